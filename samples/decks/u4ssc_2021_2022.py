"""The U4SSC Action Plan 2021-2022 deck, rebuilt the way a secretariat makes it in PowerPoint.

Source: /work/shared/dev/u4ssc-action-plan-2021-2022.txt, the text of the real deck. Every word,
typo and punctuation mark of that text is kept ("February2022", "January- February 2022", ". both
are"); the bullet-glyph artefacts of its PDF-to-text dump ("-", "o", "O", "■") become real bullets
(``a:buChar``) in the PPTX, so the label text itself never starts with a glyph, while the PDF
rendering shows the glyphs again, as the original PDF did.

The helpers here (16:9 presentation, bullet slides, working-group table, contact slide,
deterministic save) are reused by the other U4SSC sample decks.
"""
from __future__ import annotations

import io
import shutil
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.oxml.ns import qn
from pptx.slide import Slide
from pptx.util import Emu, Inches, Pt

STEM = "u4ssc-action-plan-2021-2022"
GOLD_SOURCE = Path("/work/shared/dev/u4ssc-action-plan-2021-2022.gold.json")

# 16:9 "Widescreen" (13.333 x 7.5 in), the PowerPoint default since 2013.
SLIDE_WIDTH = Emu(12192000)
SLIDE_HEIGHT = Emu(6858000)

# Layout indices of python-pptx's default template.
LAYOUT_TITLE = 0
LAYOUT_TITLE_AND_CONTENT = 1
LAYOUT_TITLE_ONLY = 5
LAYOUT_BLANK = 6

# Bullets as (character, font); None means no bullet (a:buNone).
DOT = ("\u2022", "Arial")  # shows as "-" in the dump of the original
CIRCLE = ("o", "Courier New")  # "o Timeline"
CIRCLE_CAP = ("O", "Courier New")  # "O Timeline"
SQUARE = ("\u25a0", "Arial")  # "■ Monthly e-meetings"

# Left margin / hanging indent per level when a bullet is shown (EMU), as in the default master.
_BULLET_INDENT = {0: (342900, -342900), 1: (742950, -285750), 2: (1143000, -228600)}
# Left margin per level for paragraphs without a bullet.
_PLAIN_MARGIN = {0: 0, 1: 457200, 2: 914400}

TITLE_SIZE = Pt(30)
BODY_SIZE = {0: Pt(18), 1: Pt(16), 2: Pt(14)}
TABLE_SIZE = Pt(11)
BANNER_COLOUR = RGBColor(0xC0, 0x00, 0x00)


@dataclass(frozen=True)
class Para:
    """One paragraph of a text frame: its text, outline level, bullet and optional trailing link."""

    text: str
    level: int = 0
    bullet: tuple[str, str] | None = None
    link: str | None = None  # URL appended after ``text`` as a hyperlinked run (its own address)
    bold: bool = False


# ---------------------------------------------------------------------------------------------
# helpers shared by the U4SSC decks


def new_presentation() -> Presentation:
    """A 16:9 presentation on the default template, its master and layouts widened to match."""
    prs = Presentation()
    scale = SLIDE_WIDTH / prs.slide_width
    prs.slide_width, prs.slide_height = SLIDE_WIDTH, SLIDE_HEIGHT
    # python-pptx keeps the 4:3 type attribute; a widescreen deck has none (custom size).
    sld_sz = prs.part._element.find(qn("p:sldSz"))
    sld_sz.attrib.pop("type", None)
    # What PowerPoint does on "Slide Size > Widescreen": stretch placeholders horizontally.
    parts = [prs.slide_master, *prs.slide_layouts]
    for part in parts:
        for xfrm in part._element.iter(qn("a:xfrm")):
            off, ext = xfrm.find(qn("a:off")), xfrm.find(qn("a:ext"))
            if off is not None:
                off.set("x", str(round(int(off.get("x")) * scale)))
            if ext is not None:
                ext.set("cx", str(round(int(ext.get("cx")) * scale)))
    return prs


def fill_paragraphs(text_frame, paras: Sequence[Para], sizes: dict[int, Pt] = BODY_SIZE) -> None:
    """Write ``paras`` into ``text_frame`` (replacing its text), with explicit bullets and sizes."""
    text_frame.clear()
    for i, para in enumerate(paras):
        p = text_frame.paragraphs[0] if i == 0 else text_frame.add_paragraph()
        p.level = para.level
        set_bullet(p, para.bullet, para.level)
        run = p.add_run()
        run.text = para.text
        _style_run(run, sizes[para.level], para.bold)
        if para.link:
            link_run = p.add_run()
            link_run.text = para.link
            link_run.hyperlink.address = para.link
            _style_run(link_run, sizes[para.level], para.bold)


def _style_run(run, size, bold: bool) -> None:
    run.font.size = size
    if bold:
        run.font.bold = True


def set_bullet(paragraph, bullet: tuple[str, str] | None, level: int) -> None:
    """Give ``paragraph`` an explicit bullet character (a:buChar) or none (a:buNone)."""
    pPr = paragraph._p.get_or_add_pPr()
    for tag in ("a:buFont", "a:buChar", "a:buNone", "a:buAutoNum"):
        for el in pPr.findall(qn(tag)):
            pPr.remove(el)
    if bullet is None:
        pPr.set("marL", str(_PLAIN_MARGIN[level]))
        pPr.set("indent", "0")
        pPr.insert(0, pPr.makeelement(qn("a:buNone"), {}))
        return
    char, font = bullet
    mar_l, indent = _BULLET_INDENT[level]
    pPr.set("marL", str(mar_l))
    pPr.set("indent", str(indent))
    pPr.insert(0, pPr.makeelement(qn("a:buFont"), {"typeface": font}))
    pPr.insert(1, pPr.makeelement(qn("a:buChar"), {"char": char}))


def remove_shape(shape) -> None:
    """Delete a shape (e.g. an unused title placeholder) from its slide."""
    el = shape._element
    el.getparent().remove(el)


def add_title_slide(prs: Presentation, title: str, subtitle: str) -> Slide:
    """Slide 1: the deck title and the plan period."""
    slide = prs.slides.add_slide(prs.slide_layouts[LAYOUT_TITLE])
    slide.shapes.title.text = title
    slide.placeholders[1].text = subtitle
    return slide


def add_bullet_slide(
    prs: Presentation,
    title: str | None,
    paras: Sequence[Para],
    *,
    banner: str | None = None,
    notes: str | None = None,
) -> Slide:
    """A "Title and Content" slide; ``title=None`` removes the title placeholder (title in the body).

    ``banner`` adds a coloured bold text box above the title ("Proposed new deliverable").
    """
    slide = prs.slides.add_slide(prs.slide_layouts[LAYOUT_TITLE_AND_CONTENT])
    title_ph, body_ph = slide.shapes.title, slide.placeholders[1]
    if title is None:
        remove_shape(title_ph)
        # The body box was stretched up into the free space, as one does in PowerPoint.
        body_ph.left, body_ph.top = Inches(0.5), Inches(0.5)
        body_ph.width, body_ph.height = SLIDE_WIDTH - Inches(1.0), Inches(6.2)
    else:
        title_ph.text_frame.text = title
        title_ph.text_frame.paragraphs[0].runs[0].font.size = TITLE_SIZE
        if banner is not None:
            box = slide.shapes.add_textbox(Inches(0.5), Inches(0.15), Inches(6.0), Inches(0.45))
            box.name = "Banner"
            box.text_frame.word_wrap = True
            run = box.text_frame.paragraphs[0].add_run()
            run.text = banner
            run.font.size, run.font.bold = Pt(20), True
            run.font.color.rgb = BANNER_COLOUR
            title_ph.left, title_ph.top = Inches(0.5), Inches(0.6)
            title_ph.width, title_ph.height = SLIDE_WIDTH - Inches(1.0), Inches(1.1)
    fill_paragraphs(body_ph.text_frame, paras)
    if notes:
        slide.notes_slide.notes_text_frame.text = notes
    return slide


def add_table_slide(
    prs: Presentation,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    col_widths_in: Sequence[float],
) -> Slide:
    """A real table (graphic frame) on a "Title Only" slide whose empty title was deleted."""
    slide = prs.slides.add_slide(prs.slide_layouts[LAYOUT_TITLE_ONLY])
    remove_shape(slide.shapes.title)
    width = Inches(sum(col_widths_in))
    left = (SLIDE_WIDTH - width) // 2
    frame = slide.shapes.add_table(
        len(rows) + 1, len(header), left, Inches(0.5), width, Inches(0.4) * (len(rows) + 1)
    )
    frame.name = "Working groups"
    table = frame.table
    for col, w in zip(table.columns, col_widths_in, strict=True):
        col.width = Inches(w)
    for r, values in enumerate([header, *rows]):
        for c, value in enumerate(values):
            cell = table.cell(r, c)
            cell.text = value
            for p in cell.text_frame.paragraphs:
                for run in p.runs:
                    run.font.size = TABLE_SIZE
    return slide


def add_contact_slide(prs: Presentation, email: str, website: str) -> Slide:
    """Last slide: contact text box (mailto link) and a group of two boxes with the website."""
    slide = prs.slides.add_slide(prs.slide_layouts[LAYOUT_BLANK])
    box = slide.shapes.add_textbox(Inches(1.0), Inches(2.2), Inches(11.3), Inches(1.3))
    box.name = "Contact"
    tf = box.text_frame
    tf.word_wrap = True
    run = tf.paragraphs[0].add_run()
    run.text = "For more information, please contact:"
    run.font.size = Pt(28)
    p = tf.add_paragraph()
    run = p.add_run()
    run.text = email
    run.font.size = Pt(28)
    run.hyperlink.address = f"mailto:{email}"
    group = slide.shapes.add_group_shape()
    group.name = "Website"
    label = group.shapes.add_textbox(Inches(1.0), Inches(4.2), Inches(3.2), Inches(0.6))
    label.text_frame.paragraphs[0].add_run().text = "U4SSC website:"
    url = group.shapes.add_textbox(Inches(4.2), Inches(4.2), Inches(6.0), Inches(0.6))
    run = url.text_frame.paragraphs[0].add_run()
    run.text = website
    run.hyperlink.address = website
    for shape in (label, url):
        shape.text_frame.word_wrap = True
        shape.text_frame.paragraphs[0].runs[0].font.size = Pt(24)
    return slide


def save_pptx(prs: Presentation, path: Path, *, title: str, created: datetime, modified: datetime) -> Path:
    """Save with fixed core properties and zip timestamps, so a rebuild gives the same bytes."""
    cp = prs.core_properties
    cp.title = title
    cp.author = "U4SSC secretariat"
    cp.last_modified_by = "U4SSC secretariat"
    cp.created = created
    cp.modified = modified
    cp.last_printed = modified
    cp.revision = 1
    buf = io.BytesIO()
    prs.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return path


# ---------------------------------------------------------------------------------------------
# the 2021-2022 deck

PLAN_TITLE = "U4SSC Action Plan"
CONTACT_EMAIL = "u4ssc@itu.int"
WEBSITE = "https://www.itu.int/go/u4ssc"

WG_TABLE_HEADER = (
    "City Platforms Working Group",
    "Leader",
    "Timeline",
    "Expected publication date",
    "Planned e-meetings",
    "Status",
)
WG_TABLE_WIDTHS_IN = (3.5, 2.3, 1.1, 1.55, 2.1, 1.75)

WG1_ROW = (
    "WG1 - IT Solutions for integrated cities management & Use Cases",
    "Ramon Ferri (Valencia)", "N/A", "N/A", "N/A", "Completed",
)
WG2_ROW = (
    "WG2 - Smart Public Health Emergency Management",
    "Leonidas Anthopoulos (Greece)", "N/A", "N/A", "N/A", "Completed",
)
WG_ROWS = (
    WG1_ROW,
    WG2_ROW,
    (
        "WG3 - Smart City Platforms - Transitioning to a new architecture",
        "Martin Brynskov (OASC) Michael Mulquin (OASC)", "2020-2022", "2022",
        "December 2021. January 2022.", "Ongoing",
    ),
    (
        "WG4 - Tourism, Health and Resilience Management from the perspective of a Smart City Platform",
        "Alberto Bernal (Indra Minsait)", "2020-2022", "2022", "December 2021. January 2022.", "Ongoing",
    ),
    (
        "WG5 - Reference framework for an integrated management of a smart sustainable city",
        "Ramon Ferri (Valencia)", "2021-2022", "2022",
        "February2022. March 2022. April 2022 May 2022", "Proposed new working group",
    ),
)

CITY_PLATFORMS = [
    Para("Leader: Ramon Ferri (Valencia)"),
    Para("Secretariat: ITU"),
    Para("Working Groups: see next slide"),
    Para(
        'Scope: Finalising the work on WG3 "Transition to a new architecture" and WG4 '
        '"Smart Tourism: a path to more secure and resilient destinations". both are in '
        'process of final revisions and layout. Starting new WG5 "Reference framework for an '
        'integrated management of a smart sustainable city"'
    ),
    Para("Planned e-meetings:"),
    Para("WG3 & WG4 December 2021 thematic group final revision.", 1, DOT),
    Para("WG3 & WG4 January- February 2022 revision from the U4SSC secretariat and UN Bodies.", 1, DOT),
    Para("WG5 February 2022 kick-off meeting. March-May 2022 monthly meeting", 1, DOT),
]

LESSONS_TITLE = (
    "Lessons learned from building urban economic resilience at city level during and after COVID-19"
)
LESSONS_SCOPE = Para(
    "Scope: Building on experiences of cities which developed their local action plans to overcome "
    "economic consequences of COVID-19 pandemic, the publication will document key lessons learned "
    "in developing and implementing the action plans"
)
LESSONS_MEETINGS = [
    Para("Planned e-meetings:", 0, DOT),
    Para("February 2022", 1, DOT),
    Para("April 2022", 1, DOT),
    Para("June 2022", 1, DOT),
]
LESSONS = [
    Para("Leader: Gulnara Roll (UNECE)"),
    Para("Timeline: 2020-2022"),
    Para("Expected publication date: 2022"),
    Para("Secretariat: UNECE"),
    LESSONS_SCOPE,
    *LESSONS_MEETINGS,
]

COMPENDIUM_TITLE = "Compendium of Practices on Innovative Financing for Smart Sustainable Cities Projects"
COMPENDIUM = [
    Para("Leaders: Gulnara Roll (UNECE)"),
    Para("Timeline: 2020-2021", 0, CIRCLE),
    Para("Expected publication date: beginning 2022"),
    Para("Secretariat: UNECE"),
    Para(
        "Scope: The compendium includes a compilation of 16 case studies with practices of innovative "
        "financing of smart sustainable cities projects. The Compendium complements the \"U4SSC "
        "Guidelines on tools and mechanisms to finance sustainable smart cities projects\", published "
        "in August 2021."
    ),
    Para("Planned e-meetings:"),
    Para(
        "No more meetings planned. The publication was finalized and will be sent to partners for "
        "comments before it will be published.",
        1,
    ),
]


def ai_principles(title: str) -> list[Para]:
    """The AI-principles slide body: the title is itself a bullet, the labels hang under it."""
    return [
        Para(title, 0, DOT, bold=True),
        Para("Leader: Okan Geray (Digital Dubai)", 1, DOT),
        Para("Timeline: 2021-2022", 1, CIRCLE_CAP),
        Para("Expected publication date: 2022", 1, DOT),
        Para("Secretariat: ITU", 1, DOT),
        Para("Scope: A Guide and Case Studies", 1, DOT),
        Para("Planned e-meetings:", 1, DOT),
        Para("December 2021", 2, DOT),
        Para("February 2022", 2, DOT),
        Para("April 2022", 2, DOT),
        Para("June 2022", 2, DOT),
    ]


PROCUREMENT_TITLE = "Procurement Guidelines for Smart Sustainable Cities"
PROCUREMENT_SCOPE = Para(
    "Scope: Practical guidance and illustrative case studies from around the world, to support local "
    "governments with public procurement as they transition to smart sustainable cities"
)
PROCUREMENT_MEETINGS = [
    Para("Planned e-meetings:"),
    Para("January 2022", 1, DOT),
    Para("March 2022", 1, DOT),
    Para("May 2022", 1, DOT),
]
PROCUREMENT = [
    Para(
        "Leader: Warren Smith (Dangersmith SARL) and John Davies (UK Government Digital Service (GDS))"
    ),
    Para("Timeline: 2021-2022", 0, CIRCLE_CAP),
    Para("Expected publication date: July 2022"),
    Para("Secretariat: ITU"),
    PROCUREMENT_SCOPE,
    *PROCUREMENT_MEETINGS,
]

PROPOSED_BANNER = "Proposed new deliverable"
DIGITAL_TITLE = "Digital Transformation for People-Oriented Cities"
DIGITAL_LEADER = Para(
    "Leader: Barbara Kolm (Austrian Economics Centre), Okan Geray (Digital Dubai Authority) and "
    "Cristina Bueti (ITU)"
)
DIGITAL_SCOPE = Para(
    'Scope: The proposed Thematic Group on "Digital Transformation for People-Oriented Cities" aims to '
    "provide guidance and formulate a series of policy-based recommendations and assessment frameworks "
    "for driving digital transformation in an urban context, while improving smart and sustainable "
    "city governance."
)
DIGITAL_MEETINGS = [
    Para("Planned e-meetings:"),
    Para("Monthly e-meetings from February 2022", 1, SQUARE),
]
DIGITAL = [
    DIGITAL_LEADER,
    Para("Timeline: 2022-2023", 0, CIRCLE),
    Para("Expected publication date: 2022-2023"),
    Para("Secretariat: ITU"),
    DIGITAL_SCOPE,
    *DIGITAL_MEETINGS,
]

PROGRAMME_TITLE = "U4SSC Implementation Programme"
PROGRAMME = [
    Para("Leader: Kari Eik (OiER)"),
    Para("Timeline: 2021-2022", 0, CIRCLE_CAP),
    Para(
        "Scope: the U4SSC Implementation programme supports the implementation of projects and builds "
        "partnerships which aim to build smarter and more sustainable cities worldwide."
    ),
    Para("Webpage: ", link="https://www.itu.int/en/ITU-T/ssc/united/Pages/U4SSC-IP.aspx"),
]

HUB_TITLE = "U4SSC Country/City Hub in Austria"
HUB = [
    Para(
        "The U4SSC (Country/City) Hub will connect the private sector ranging from start-ups to "
        "multi-nationals as well as universities and research institutions.",
        0, DOT,
    ),
    Para(
        "The U4SSC (Country/City) Hub will provide a unique platform to disseminate and promote the "
        "deliverables developed by U4SSC including the U4SSC KPIs; and to accelerate cooperation between "
        "the public and private sector through concrete areas of knowledge transfer and projects in cities.",
        0, DOT,
    ),
    Para("U4SSC Country Hub in Austria (in cooperation with ITU)", 0, DOT),
    Para("Leader: Barbara Kolm (Austrian Economics Centre)", 1, DOT),
    Para("Timeline: 2021-2025", 1, DOT),
]


def make_deck() -> Presentation:
    """The eleven slides of the 2021-2022 deck."""
    prs = new_presentation()
    add_title_slide(prs, PLAN_TITLE, "2021-2022")
    add_bullet_slide(prs, "City Platforms", CITY_PLATFORMS)
    add_table_slide(prs, WG_TABLE_HEADER, WG_ROWS, WG_TABLE_WIDTHS_IN)
    add_bullet_slide(prs, LESSONS_TITLE, LESSONS)
    add_bullet_slide(prs, COMPENDIUM_TITLE, COMPENDIUM)
    add_bullet_slide(prs, None, ai_principles("Guiding principles for artificial intelligence in cities"))
    add_bullet_slide(
        prs, PROCUREMENT_TITLE, PROCUREMENT, notes="Presenter: recall the deadline for comments."
    )
    add_bullet_slide(prs, DIGITAL_TITLE, DIGITAL, banner=PROPOSED_BANNER)
    add_bullet_slide(prs, PROGRAMME_TITLE, PROGRAMME)
    add_bullet_slide(prs, HUB_TITLE, HUB)
    add_contact_slide(prs, CONTACT_EMAIL, WEBSITE)
    return prs


def build(out_dir: Path) -> list[Path]:
    """Write the PPTX, its PDF rendering and the gold JSON into ``out_dir``."""
    from samples.build import render_pdf

    pptx = save_pptx(
        make_deck(), out_dir / f"{STEM}.pptx", title=f"{PLAN_TITLE} 2021-2022",
        created=datetime(2021, 11, 15, 9, 0, 0), modified=datetime(2021, 12, 1, 16, 30, 0),
    )
    pdf = render_pdf(pptx)
    gold = out_dir / f"{STEM}.gold.json"
    if GOLD_SOURCE.exists():
        shutil.copyfile(GOLD_SOURCE, gold)
    elif not gold.exists():
        raise SystemExit(f"gold file missing: {GOLD_SOURCE}")
    return [pptx, pdf, gold]
