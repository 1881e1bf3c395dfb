"""Small helpers shared by the sample-deck modules: deterministic saving, text boxes with
chosen bullet glyphs, label/value and grid tables, footers and logo boxes.

Every deck module builds its slides with these and stays short. Decks are meant to look
as if different people made them, so every helper takes the font, size and colours.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt

WIDE = (Inches(13.333), Inches(7.5))  # 16:9
STANDARD = (Inches(10), Inches(7.5))  # 4:3
ZIP_TIME = (2023, 1, 1, 0, 0, 0)

# layouts of python-pptx's default template
TITLE_SLIDE, TITLE_AND_CONTENT, TITLE_ONLY, BLANK = 0, 1, 5, 6


def rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#"))


def new_deck(size=WIDE, *, title: str, author: str, created: datetime, modified: datetime | None = None):
    """A presentation of the given slide size with fixed core properties (for byte-stable builds)."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = size
    cp = prs.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = created
    cp.modified = modified or created
    cp.last_printed = created
    cp.revision = 1
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    return prs


def save(prs, path: Path) -> Path:
    """Save with fixed zip timestamps so the same script gives the same bytes."""
    raw = io.BytesIO()
    prs.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    path.write_bytes(out.getvalue())
    return path


def pdf(deck: Path) -> Path:
    """Render with LibreOffice, then pin the creation date and document id LibreOffice writes,
    keeping their byte lengths so the cross-reference offsets stay valid."""
    from samples.build import render_pdf

    out = render_pdf(deck)
    return pin_pdf(out, deck.read_bytes())


def pin_pdf(out: Path, source: bytes) -> Path:
    """Pin the dates and document id a PDF writer stamps (LibreOffice, Chromium, img2pdf...)
    in place, keeping their byte lengths so the cross-reference offsets stay valid. The id
    is taken from the hash of ``source`` (the bytes the PDF was made from)."""
    data = out.read_bytes()
    digest = hashlib.sha256(source).hexdigest().upper()
    data = re.sub(
        rb"/CreationDate\s*\(D:[^)]*\)",
        lambda m: _same_length(m.group(0), b"/CreationDate(D:20230101000000Z)"),
        data,
    )
    data = re.sub(
        rb"/ModDate\s*\(D:[^)]*\)", lambda m: _same_length(m.group(0), b"/ModDate(D:20230101000000Z)"), data
    )
    data = re.sub(
        rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
        lambda m: (
            m.group(0)
            .replace(m.group(1), digest[: len(m.group(1))].encode())
            .replace(m.group(2), digest[: len(m.group(2))].encode())
        ),
        data,
    )
    data = re.sub(
        rb"/DocChecksum\s*/([0-9A-Fa-f]+)",
        lambda m: m.group(0).replace(m.group(1), digest[-len(m.group(1)) :].encode()),
        data,
    )
    out.write_bytes(data)
    return out


def _same_length(old: bytes, new: bytes) -> bytes:
    if len(new) > len(old):
        return old
    return new[:-1] + b" " * (len(old) - len(new)) + new[-1:]


# --- text ---------------------------------------------------------------------------


class P:
    """One paragraph: plain text, or a bold label followed by a value.

    ``text`` may hold "\\v" for a soft line break (Shift+Enter). ``bullet`` is a glyph
    ("•", "▪", "–", "o") drawn as a real PowerPoint bullet, "" for none, None to inherit.
    """

    def __init__(
        self,
        text: str = "",
        *,
        label: str | None = None,
        level: int = 0,
        bullet: str | None = None,
        bold: bool | None = None,
        italic: bool | None = None,
        size: float | None = None,
        color: str | None = None,
        font: str | None = None,
        align=None,
        space_before: float | None = None,
    ):
        self.text, self.label, self.level, self.bullet = text, label, level, bullet
        self.bold, self.italic, self.size, self.color, self.font = bold, italic, size, color, font
        self.align, self.space_before = align, space_before


def _style(run, *, font=None, size=None, bold=None, italic=None, color=None):
    f = run.font
    if font:
        f.name = font
    if size:
        f.size = Pt(size)
    if bold is not None:
        f.bold = bold
    if italic is not None:
        f.italic = italic
    if color:
        f.color.rgb = rgb(color)


def set_bullet(
    paragraph,
    glyph: str,
    *,
    indent: float = 0.25,
    level: int = 0,
    font: str | None = None,
    color: str | None = None,
):
    """Give a paragraph a real bullet glyph (a:buChar) with a hanging indent."""
    pPr = paragraph._p.get_or_add_pPr()
    for tag in ("a:buNone", "a:buChar", "a:buAutoNum", "a:buFont", "a:buClr"):
        for el in pPr.findall(qn(tag)):
            pPr.remove(el)
    if glyph == "":
        pPr.set("indent", "0")
        pPr.set("marL", str(Inches(indent * (level + 1))))
        pPr.append(pPr.makeelement(qn("a:buNone"), {}))
        return
    pPr.set("marL", str(Inches(indent * (level + 1))))
    pPr.set("indent", str(-Inches(indent)))
    if color:
        clr = pPr.makeelement(qn("a:buClr"), {})
        clr.append(clr.makeelement(qn("a:srgbClr"), {"val": color.lstrip("#")}))
        pPr.append(clr)
    if font:
        pPr.append(pPr.makeelement(qn("a:buFont"), {"typeface": font}))
    pPr.append(pPr.makeelement(qn("a:buChar"), {"char": glyph}))


def fill(
    text_frame,
    paras,
    *,
    font: str | None = None,
    size: float | None = None,
    color: str | None = None,
    label_color: str | None = None,
    bullet_color: str | None = None,
    indent: float = 0.25,
    space_before: float | None = None,
):
    """Replace a text frame's content by the paragraphs (P or str)."""
    text_frame.clear()
    for i, spec in enumerate(paras):
        if isinstance(spec, str):
            spec = P(spec)
        para = text_frame.paragraphs[0] if i == 0 else text_frame.add_paragraph()
        para.level = spec.level
        if spec.align is not None:
            para.alignment = spec.align
        sb = spec.space_before if spec.space_before is not None else space_before
        if sb is not None:
            para.space_before = Pt(sb)
        if spec.bullet is not None:
            set_bullet(para, spec.bullet, indent=indent, level=spec.level, color=bullet_color)
        look = {"font": spec.font or font, "size": spec.size or size, "italic": spec.italic}
        if spec.label:
            run = para.add_run()
            run.text = spec.label
            _style(run, bold=True, color=label_color or spec.color or color, **look)
        for k, chunk in enumerate(spec.text.split("\v")):
            if k:
                para.add_line_break()
            if chunk:
                run = para.add_run()
                run.text = chunk
                _style(run, bold=spec.bold, color=spec.color or color, **look)
    return text_frame


def text_box(
    slide,
    x,
    y,
    w,
    h,
    paras,
    *,
    wrap: bool = True,
    anchor=MSO_ANCHOR.TOP,
    margin: float | None = None,
    fill_colour: str | None = None,
    name: str | None = None,
    **look,
):
    """A plain text box (not a placeholder). Positions in inches."""
    box = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    if name:
        box.name = name
    tf = box.text_frame
    tf.word_wrap = wrap
    tf.vertical_anchor = anchor
    if margin is not None:
        tf.margin_left = tf.margin_right = tf.margin_top = tf.margin_bottom = Inches(margin)
    if fill_colour:
        box.fill.solid()
        box.fill.fore_color.rgb = rgb(fill_colour)
    fill(tf, paras, **look)
    return box


def place(shape, x, y, w, h):
    """Move/resize a placeholder (inches); the default template is laid out for 4:3."""
    shape.left, shape.top, shape.width, shape.height = Inches(x), Inches(y), Inches(w), Inches(h)
    return shape


def title(
    slide,
    text: str,
    *,
    font: str,
    size: float,
    color: str | None = None,
    bold: bool | None = None,
    box=None,
    align=None,
):
    """Fill the slide's title placeholder (optionally moved to box=(x, y, w, h))."""
    ph = slide.shapes.title
    if box:
        place(ph, *box)
    fill(ph.text_frame, [P(text, bold=bold, align=align)], font=font, size=size, color=color)
    return ph


def rect(slide, x, y, w, h, colour: str, *, shape=MSO_SHAPE.RECTANGLE, line: str | None = None):
    s = slide.shapes.add_shape(shape, Inches(x), Inches(y), Inches(w), Inches(h))
    s.fill.solid()
    s.fill.fore_color.rgb = rgb(colour)
    if line:
        s.line.color.rgb = rgb(line)
    else:
        s.line.fill.background()
    s.shadow.inherit = False
    return s


def logo(
    slide,
    text: str,
    x,
    y,
    w,
    h,
    *,
    colour: str,
    text_colour: str = "FFFFFF",
    font: str = "Arial",
    size: float = 14,
    shape=MSO_SHAPE.ROUNDED_RECTANGLE,
):
    """A coloured shape with the organisation's short name, standing in for a logo."""
    s = rect(slide, x, y, w, h, colour, shape=shape)
    s.name = "Logo"
    tf = s.text_frame
    tf.margin_left = tf.margin_right = Inches(0.04)
    fill(tf, [P(text, bold=True, align=PP_ALIGN.CENTER)], font=font, size=size, color=text_colour)
    tf.vertical_anchor = MSO_ANCHOR.MIDDLE
    return s


def _slide_number_field(paragraph, number: int, *, font, size, color):
    """An <a:fld type="slidenum"> with its cached text, as PowerPoint writes it."""
    fld = paragraph._p.makeelement(
        qn("a:fld"), {"id": "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}", "type": "slidenum"}
    )
    rpr = fld.makeelement(qn("a:rPr"), {"lang": "en-GB", "sz": str(int(size * 100))})
    if color:
        fillel = rpr.makeelement(qn("a:solidFill"), {})
        fillel.append(fillel.makeelement(qn("a:srgbClr"), {"val": color}))
        rpr.append(fillel)
    if font:
        rpr.append(rpr.makeelement(qn("a:latin"), {"typeface": font}))
    fld.append(rpr)
    t = fld.makeelement(qn("a:t"), {})
    t.text = str(number)
    fld.append(t)
    paragraph._p.append(fld)


def footer(
    prs,
    slide,
    left: str,
    number: int,
    *,
    font: str,
    size: float = 10,
    color: str = "7F7F7F",
    number_format: str = "{n}",
    field: bool = False,
    rule: str | None = None,
    bottom: float = 0.45,
):
    """Programme name bottom-left and the slide number bottom-right, as text boxes."""
    width = Emu(prs.slide_width).inches
    height = Emu(prs.slide_height).inches
    y = height - bottom
    if rule:
        rect(slide, 0.4, y - 0.06, width - 0.8, 0.015, rule)
    text_box(
        slide,
        0.4,
        y,
        width * 0.6,
        0.3,
        [P(left)],
        font=font,
        size=size,
        color=color,
        margin=0.02,
        name="Footer",
    )
    num = text_box(
        slide,
        width - 1.9,
        y,
        1.5,
        0.3,
        [],
        font=font,
        size=size,
        color=color,
        margin=0.02,
        name="Slide Number",
    )
    para = num.text_frame.paragraphs[0]
    para.alignment = PP_ALIGN.RIGHT
    if field:
        _slide_number_field(para, number, font=font, size=size, color=color)
    else:
        run = para.add_run()
        run.text = number_format.format(n=number)
        _style(run, font=font, size=size, color=color)
    return num


# --- tables ---------------------------------------------------------------------------


def table(
    slide,
    x,
    y,
    w,
    rows,
    col_widths,
    *,
    font: str,
    size: float,
    header: bool = True,
    header_fill: str | None = None,
    header_colour: str = "FFFFFF",
    band: str | None = None,
    first_col_bold: bool = False,
    first_col_fill: str | None = None,
    row_height: float = 0.4,
    color: str = "000000",
    bullet: str | None = None,
):
    """A table; ``rows`` is a list of lists of cell text ("\\n" separates paragraphs in a cell).
    With ``header`` the first row is styled as a header row."""
    n_rows, n_cols = len(rows), len(rows[0])
    frame = slide.shapes.add_table(
        n_rows, n_cols, Inches(x), Inches(y), Inches(w), Inches(row_height * n_rows)
    )
    tbl = frame.table
    tbl.first_row = header
    tbl.horz_banding = bool(band)
    total = sum(col_widths)
    for j, cw in enumerate(col_widths):
        tbl.columns[j].width = Inches(w * cw / total)
    for i in range(n_rows):
        tbl.rows[i].height = Inches(row_height)
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            cell = tbl.cell(i, j)
            cell.margin_left = cell.margin_right = Inches(0.06)
            cell.margin_top = cell.margin_bottom = Inches(0.03)
            is_head = header and i == 0
            paras = [
                P(
                    line,
                    bullet=bullet
                    if (bullet and not is_head and j > 0 and len(value.split("\n")) > 1)
                    else None,
                )
                for line in value.split("\n")
            ]
            fill(
                cell.text_frame,
                paras,
                font=font,
                size=size,
                color=header_colour if is_head and header_fill else color,
                indent=0.15,
            )
            for para in cell.text_frame.paragraphs:
                for run in para.runs:
                    if is_head or (first_col_bold and j == 0):
                        run.font.bold = True
            if is_head and header_fill:
                cell.fill.solid()
                cell.fill.fore_color.rgb = rgb(header_fill)
            elif first_col_fill and j == 0:
                cell.fill.solid()
                cell.fill.fore_color.rgb = rgb(first_col_fill)
            elif band and i % 2 == 0:
                cell.fill.solid()
                cell.fill.fore_color.rgb = rgb(band)
            else:
                cell.fill.solid()
                cell.fill.fore_color.rgb = rgb("FFFFFF")
    return frame


def label_table(
    slide,
    x,
    y,
    w,
    pairs,
    *,
    font: str,
    size: float,
    label_fill: str,
    label_colour: str = "FFFFFF",
    ratio=(1, 2.6),
    row_height: float = 0.36,
    color: str = "1F1F1F",
):
    """A two-column label/value table (no header row), one row per field."""
    frame = table(
        slide,
        x,
        y,
        w,
        [list(p) for p in pairs],
        list(ratio),
        font=font,
        size=size,
        header=False,
        first_col_bold=True,
        first_col_fill=label_fill,
        row_height=row_height,
        color=color,
    )
    for i in range(len(pairs)):
        for run in frame.table.cell(i, 0).text_frame.paragraphs[0].runs:
            run.font.color.rgb = rgb(label_colour)
    return frame
