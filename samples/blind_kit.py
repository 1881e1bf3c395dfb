"""The drawing kit and gold checker shared by the blind-set builders (blind2_build.py, blind3_build.py).

python-pptx helpers with fixed, deterministic output (core properties, zip timestamps), and
the mechanical gold checks: key shape, ids, parents first, sorted meetings, every quoted
string present in the deck's visible text.
"""
from __future__ import annotations

import io
import json
import re
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls, qn
from pptx.util import Inches, Pt

# layouts of python-pptx's default template
TITLE_SLIDE, TITLE_AND_CONTENT, TITLE_ONLY, BLANK = 0, 1, 5, 6
WIDE, STANDARD = (13.333, 7.5), (10.0, 7.5)


# =====================================================================================
# small python-pptx kit (the first set, blind_build.py, keeps its own older helpers)
# =====================================================================================


def rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour)


class R:
    """One run: text plus optional overrides."""

    def __init__(self, text, *, bold=None, italic=None, color=None, font=None, size=None):
        self.text, self.bold, self.italic = text, bold, italic
        self.color, self.font, self.size = color, font, size


class P:
    """One paragraph: ``label`` is a bold run before ``text``; ``runs`` replaces both."""

    def __init__(self, text="", *, label=None, runs=None, bold=None, italic=None, size=None, color=None,
                 font=None, level=0, bullet=None, align=None, label_color=None, space_before=None):
        self.text, self.label, self.runs = text, label, runs
        self.bold, self.italic, self.size, self.color, self.font = bold, italic, size, color, font
        self.level, self.bullet, self.align = level, bullet, align
        self.label_color, self.space_before = label_color, space_before


def _style_run(run, *, font, size, color, bold=None, italic=None):
    if font:
        run.font.name = font
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = rgb(color)
    if bold is not None:
        run.font.bold = bold
    if italic is not None:
        run.font.italic = italic
    return run


def _add_text(p, text, **style):
    """Add ``text`` to paragraph ``p``; a "\\n" inside becomes a line break (<a:br/>)."""
    parts = text.split("\n")
    for k, part in enumerate(parts):
        if k:
            p.add_line_break()
        if part:
            _style_run(p.add_run(), **style).text = part


def _bullet(p, char, *, indent, font=None, color=None):
    pPr = p._p.get_or_add_pPr()
    for tag in ("a:buNone", "a:buChar", "a:buAutoNum", "a:buFont", "a:buClr"):
        for el in pPr.findall(qn(tag)):
            pPr.remove(el)
    if char is None:
        return
    if char == "none":
        pPr.append(parse_xml(f"<a:buNone {nsdecls('a')}/>"))
        return
    emu = int(Inches(indent))
    pPr.set("marL", str(emu * (1 + p.level)))
    pPr.set("indent", str(-emu))
    if color:
        pPr.append(parse_xml(f'<a:buClr {nsdecls("a")}><a:srgbClr val="{color}"/></a:buClr>'))
    pPr.append(parse_xml(f'<a:buFont {nsdecls("a")} typeface="{font or "Arial"}"/>'))
    pPr.append(parse_xml(f'<a:buChar {nsdecls("a")} char="{char}"/>'))


def fill(tf, paras, *, font, size, color="000000", label_color=None, space_before=None, indent=0.3,
         bullet_color=None):
    """Replace the text of text frame ``tf`` with ``paras`` (list of P)."""
    tf.clear()
    for k, para in enumerate(paras):
        p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
        p.level = para.level
        if para.align is not None:
            p.alignment = para.align
        sb = para.space_before if para.space_before is not None else space_before
        if sb:
            p.space_before = Pt(sb)
        f = para.font or font
        s = para.size or size
        c = para.color or color
        if para.bullet is not None:
            _bullet(p, para.bullet, indent=indent, font=f, color=bullet_color)
        if para.runs:
            for r in para.runs:
                _add_text(p, r.text, font=r.font or f, size=r.size or s, color=r.color or c,
                          bold=r.bold if r.bold is not None else para.bold,
                          italic=r.italic if r.italic is not None else para.italic)
            continue
        if para.label:
            _add_text(p, para.label, font=f, size=s, color=para.label_color or label_color or c, bold=True,
                      italic=para.italic)
        if para.text:
            _add_text(p, para.text, font=f, size=s, color=c, bold=para.bold, italic=para.italic)
    return tf


def new_deck(size, *, title, author, created, modified):
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(size[0]), Inches(size[1])
    cp = prs.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = created
    cp.modified = modified
    return prs


def save(prs, path: Path, zip_time: tuple[int, ...]) -> Path:
    """Save with fixed zip timestamps so that two runs give the same bytes."""
    buf = io.BytesIO()
    prs.save(buf)
    buf.seek(0)
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=zip_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return path


def place(shape, x, y, w, h):
    shape.left, shape.top, shape.width, shape.height = Inches(x), Inches(y), Inches(w), Inches(h)
    return shape


def drop_placeholder(slide, idx):
    for ph in list(slide.placeholders):
        if ph.placeholder_format.idx == idx:
            ph._element.getparent().remove(ph._element)


def title(slide, text, *, font, size, color, bold=True, box=None, align=None):
    t = slide.shapes.title
    if box:
        place(t, *box)
    fill(t.text_frame, [P(text, bold=bold, align=align)], font=font, size=size, color=color)
    t.text_frame.word_wrap = True
    return t


def text_box(slide, x, y, w, h, paras, *, font, size, color="000000", name=None, anchor=None, **kw):
    tb = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    if name:
        tb.name = name
    tb.text_frame.word_wrap = True
    if anchor is not None:
        tb.text_frame.vertical_anchor = anchor
    fill(tb.text_frame, paras, font=font, size=size, color=color, **kw)
    return tb


def rect(slide, x, y, w, h, colour, *, line=None, name=None):
    shp = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(x), Inches(y), Inches(w), Inches(h))
    shp.fill.solid()
    shp.fill.fore_color.rgb = rgb(colour)
    if line:
        shp.line.color.rgb = rgb(line)
        shp.line.width = Pt(1)
    else:
        shp.line.fill.background()
    shp.shadow.inherit = False
    if name:
        shp.name = name
    return shp


def shade(cell, colour):
    cell.fill.solid()
    cell.fill.fore_color.rgb = rgb(colour)


def table(slide, x, y, rows, widths, *, font, size, color="000000", header_fill="333333",
          header_color="FFFFFF", band=None, row_height=0.45):
    """``rows`` are lists of str or P-lists; the first row is the header."""
    n_rows, n_cols = len(rows), len(rows[0])
    frame = slide.shapes.add_table(n_rows, n_cols, Inches(x), Inches(y), Inches(sum(widths)),
                                   Inches(row_height * n_rows))
    tbl = frame.table
    tbl.horz_banding = False
    for j, w in enumerate(widths):
        tbl.columns[j].width = Inches(w)
    for i, row in enumerate(rows):
        tbl.rows[i].height = Inches(row_height)
        for j, value in enumerate(row):
            cell = tbl.cell(i, j)
            cell.vertical_anchor = MSO_ANCHOR.MIDDLE
            paras = value if isinstance(value, list) else [P(value)]
            if i == 0:
                fill(cell.text_frame, paras, font=font, size=size, color=header_color)
                for p in cell.text_frame.paragraphs:
                    for r in p.runs:
                        r.font.bold = True
                shade(cell, header_fill)
            else:
                fill(cell.text_frame, paras, font=font, size=size, color=color)
                shade(cell, band if band and i % 2 == 0 else "FFFFFF")
    return frame


def slide_number(slide, x, y, w, h, n, *, fmt="{n}", font, size, color, align=PP_ALIGN.RIGHT):
    """A text box whose number is a real slide-number field (<a:fld type="slidenum">)."""
    tb = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    tb.name = "Slide Number"
    p = tb.text_frame.paragraphs[0]
    p.alignment = align
    before, after = fmt.split("{n}")
    if before:
        _style_run(p.add_run(), font=font, size=size, color=color).text = before
    fld = parse_xml(
        f'<a:fld {nsdecls("a")} id="{{5C7A3E21-0B4D-4C8E-9F11-2A6D3B8E7F{n:02d}}}" type="slidenum">'
        f'<a:rPr lang="en-GB" sz="{int(size * 100)}"><a:solidFill><a:srgbClr val="{color}"/></a:solidFill>'
        f'<a:latin typeface="{font}"/></a:rPr><a:t>{n}</a:t></a:fld>')
    p._p.append(fld)
    if after:
        _style_run(p.add_run(), font=font, size=size, color=color).text = after
    return tb


def notes(slide, text):
    slide.notes_slide.notes_text_frame.text = text



ITEM_KEYS = ["id", "parent", "code", "title", "kind", "status", "leaders", "secretariat", "timeline",
             "publication", "scope", "meetings", "recurrence", "links"]
KINDS = {"deliverable", "working_group", "programme", "hub"}
STATUSES = {"proposed", "planned", "ongoing", "completed", "cancelled", None}
MONTH = re.compile(r"^\d{4}(-\d{2})?$")


def _pptx_text(path):
    """Visible text of a PPTX: shapes (groups, tables, line breaks as spaces), not the notes."""
    prs = Presentation(str(path))
    chunks = []

    def walk(shapes):
        for sh in shapes:
            if sh.shape_type == 6:  # group
                walk(sh.shapes)
            if getattr(sh, "has_text_frame", False) and sh.has_text_frame:
                for p in sh.text_frame.paragraphs:
                    chunks.append("".join(r.text for r in p.runs) if p.runs else p.text)
                    chunks.append(p.text.replace("\v", " ").replace("\n", " "))
            if getattr(sh, "has_table", False) and sh.has_table:
                for row in sh.table.rows:
                    for cell in row.cells:
                        for p in cell.text_frame.paragraphs:
                            chunks.append(p.text.replace("\v", " "))

    for slide in prs.slides:
        walk(slide.shapes)
    return "\n".join(chunks)


def _pdf_text(path):
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        out = []
        for page in pdf.pages:
            out.append(page.extract_text() or "")
            # each half on its own too, so that text wrapped inside one column reads in order
            w = float(page.width)
            for box in ((0, 0, w / 2, float(page.height)), (w / 2, 0, w, float(page.height))):
                out.append(page.crop(box).extract_text() or "")
        return "\n".join(out)


def _flat(s):
    return " ".join(unicodedata.normalize("NFC", s).split())


def _slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def _check_period(p, where, quoted):
    if p is None:
        return []
    errs = []
    if set(p) != {"text", "from", "to"}:
        errs.append(f"{where}: period keys {sorted(p)}")
    for k in ("from", "to"):
        if not (isinstance(p[k], str) and MONTH.match(p[k])):
            errs.append(f"{where}: bad {k} {p[k]!r}")
    if p.get("from") and p.get("to") and len(p["from"]) == len(p["to"]) and p["from"] > p["to"]:
        errs.append(f"{where}: from after to")
    if p.get("text") is not None:
        quoted.append((where + ".text", p["text"]))
    return errs


def check_gold(gold_path: Path, decks: Path) -> list[str]:
    deck = decks / gold_path.name[: -len(".gold.json")]
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    errs, quoted = [], []
    if list(gold) != ["schema", "plan", "items"] or gold["schema"] != "plandeck/1":
        errs.append(f"top-level keys {list(gold)}")
    plan = gold["plan"]
    if list(plan) != ["title", "organisation", "period", "contacts", "links"]:
        errs.append(f"plan keys {list(plan)}")
    quoted.append(("plan.title", plan["title"]))
    if plan["organisation"]:
        quoted.append(("plan.organisation", plan["organisation"]))
    errs += _check_period(plan["period"], "plan.period", quoted)
    quoted += [("plan.contacts", c) for c in plan["contacts"]] + [("plan.links", u) for u in plan["links"]]
    seen = set()
    for it in gold["items"]:
        w = it.get("id")
        if list(it) != ITEM_KEYS:
            errs.append(f"{w}: keys {list(it)}")
        if w in seen:
            errs.append(f"{w}: duplicate id")
        if not re.fullmatch(r"[a-z0-9-]+(/[a-z0-9-]+)*", w or ""):
            errs.append(f"{w}: id is not an ASCII slug path")
        if it["parent"] is not None:
            if it["parent"] not in seen:
                errs.append(f"{w}: parent {it['parent']} does not come first")
            if not w.startswith(it["parent"] + "/"):
                errs.append(f"{w}: id does not start with its parent")
        leaf = w.split("/")[-1]
        if leaf != _slug(it["code"] if (it["code"] and it["parent"]) else it["title"]):
            errs.append(f"{w}: id is not the slug of its title/code")
        seen.add(w)
        if it["kind"] not in KINDS:
            errs.append(f"{w}: kind {it['kind']}")
        if it["status"] not in STATUSES:
            errs.append(f"{w}: status {it['status']}")
        quoted.append((w + ".title", it["title"]))
        if it["code"]:
            quoted.append((w + ".code", it["code"]))
        for r in it["leaders"]:
            if list(r) != ["name", "affiliation", "organisation"]:
                errs.append(f"{w}: role keys {list(r)}")
            for k in r:
                if r[k] is not None:
                    quoted.append((f"{w}.leader.{k}", r[k]))
        quoted += [(w + ".secretariat", s) for s in it["secretariat"]]
        errs += _check_period(it["timeline"], w + ".timeline", quoted)
        errs += _check_period(it["publication"], w + ".publication", quoted)
        if it["scope"]:
            quoted.append((w + ".scope", it["scope"]))
        months = [m["month"] for m in it["meetings"]]
        if months != sorted(months) or len(set(months)) != len(months):
            errs.append(f"{w}: meetings not sorted/unique {months}")
        for m in it["meetings"]:
            if list(m) != ["month", "groups", "note"] or not re.fullmatch(r"\d{4}-\d{2}", m["month"]):
                errs.append(f"{w}: bad meeting {m}")
            if m["note"]:
                quoted.append((w + ".meeting.note", m["note"]))
            quoted += [(w + ".meeting.group", g) for g in m["groups"]]
        rec = it["recurrence"]
        if rec:
            if list(rec) != ["freq", "from", "to", "text"]:
                errs.append(f"{w}: recurrence keys {list(rec)}")
            if rec["from"] not in months:
                errs.append(f"{w}: recurrence start {rec['from']} not among the meetings")
            quoted.append((w + ".recurrence.text", rec["text"]))
        quoted += [(w + ".link", u) for u in it["links"]]
    text = _flat(_pdf_text(deck) if deck.suffix == ".pdf" else _pptx_text(deck))
    for where, s in quoted:
        if _flat(s) not in text:
            errs.append(f"{where}: {s!r} not in the deck text")
    return errs




def check_set(gold_dir: Path, decks: Path, geometry: tuple[str, Callable[[], list[str]]] | None = None) -> int:
    """Every gold file against its deck (and a set's own drawn-geometry check): 0 when all hold."""
    bad = 0
    golds = sorted(gold_dir.glob("*.gold.json"))
    if sorted(g.name[: -len(".gold.json")] for g in golds) != sorted(p.name for p in decks.iterdir()):
        print("gold files and decks do not pair up")
        bad += 1
    checks = [(g.name, check_gold(g, decks), len(json.loads(g.read_text(encoding="utf-8"))["items"]))
              for g in golds]
    for name, errs, n_items in checks:
        print(f"{name}: {n_items} items, {'OK' if not errs else str(len(errs)) + ' problem(s)'}")
        for e in errs:
            print("   ", e)
        bad += bool(errs)
    if geometry is not None:
        label, check_geometry = geometry
        errs = check_geometry()
        print(f"{label}: {'OK' if not errs else str(len(errs)) + ' problem(s)'}")
        for e in errs:
            print("   ", e)
        bad += bool(errs)
    return 1 if bad else 0
