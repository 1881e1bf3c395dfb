"""Reads PPTX (and PPTM/PPSX) decks with python-pptx into the format-neutral model.

Shapes are walked recursively so text inside group shapes is found; group children are
mapped from the group's child coordinate space to slide coordinates so reading order
stays right. Tables become table blocks, title placeholders title blocks, and speaker
notes a notes block that the fact finder never reads as facts.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.shapes.base import BaseShape

from plandeck.extract.text import clean_line
from plandeck.model import Block, BlockKind, Box, Paragraph, Slide

_TITLE_TYPES = {PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.VERTICAL_TITLE}
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


@dataclass(frozen=True, slots=True)
class _Frame:
    """Maps a shape's own coordinates (EMU) to fractions of the slide."""

    sx: float
    sy: float
    dx: float
    dy: float

    def box(self, shape: BaseShape, index: int) -> Box:
        left, top, width, height = shape.left, shape.top, shape.width, shape.height
        if left is None or top is None:
            # Shapes with no position keep document order: place them in a thin band per index.
            return Box(0.0, min(index * 0.01, 0.99), 1.0, min(index * 0.01 + 0.01, 1.0))
        width = width or 0
        height = height or 0
        x0 = left * self.sx + self.dx
        y0 = top * self.sy + self.dy
        return Box(x0, y0, x0 + width * self.sx, y0 + height * self.sy)

    def inside(self, group: BaseShape) -> _Frame:
        """The frame of a group's children, from its a:xfrm off/ext/chOff/chExt."""
        xfrm = group._element.find("./{http://schemas.openxmlformats.org/presentationml/2006/main}grpSpPr/"
                                   f"{_A}xfrm")
        if xfrm is None:
            return self
        vals = {}
        for tag in ("off", "ext", "chOff", "chExt"):
            el = xfrm.find(_A + tag)
            if el is None:
                return self
            keys = ("x", "y") if tag in ("off", "chOff") else ("cx", "cy")
            vals[tag] = tuple(int(el.get(k, "0")) for k in keys)
        (ox, oy), (ex, ey), (cox, coy), (cex, cey) = vals["off"], vals["ext"], vals["chOff"], vals["chExt"]
        kx = ex / cex if cex else 1.0
        ky = ey / cey if cey else 1.0
        return _Frame(self.sx * kx, self.sy * ky, self.dx + (ox - cox * kx) * self.sx,
                      self.dy + (oy - coy * ky) * self.sy)


def _paragraphs(text_frame, soft_breaks_split: bool = True) -> list[Paragraph]:
    """Paragraphs of a text frame; a soft line break starts a new line of the same level
    ("Rapporteur: Dr A. Name" / "Agency" typed with Shift+Enter), except in titles where it only wraps."""
    out = []
    for para in text_frame.paragraphs:
        pieces = para.text.split("\v") if soft_breaks_split else [para.text.replace("\v", " ")]
        texts = [t for t in (clean_line(piece) for piece in pieces) if t]
        if not texts:
            continue
        size = None
        bold = False
        links: list[str] = []
        for run in para.runs:
            font = run.font
            if size is None and font.size is not None:
                size = font.size.pt
            bold = bold or bool(font.bold)
            address = run.hyperlink.address if run.hyperlink is not None else None
            if address:
                links.append(address)
        for i, text in enumerate(texts):
            out.append(Paragraph(text=text, level=para.level, size=size, bold=bold,
                                 links=tuple(links) if i == 0 else ()))
    return out


def _table_rows(table) -> list[list[str]]:
    rows = []
    for row in table.rows:
        cells = []
        for cell in row.cells:
            if cell.is_spanned:
                cells.append("")
                continue
            lines = [clean_line(p.text) for p in cell.text_frame.paragraphs]
            cells.append("\n".join(line for line in lines if line))
        rows.append(cells)
    return rows


def _is_title(shape: BaseShape) -> bool:
    if not shape.is_placeholder:
        return False
    try:
        return shape.placeholder_format.type in _TITLE_TYPES
    except ValueError:  # a placeholder whose type python-pptx does not know
        return False


def _walk(shapes, frame: _Frame) -> Iterator[Block]:
    for index, shape in enumerate(shapes):
        if shape.shape_type is not None and shape.shape_type == 6:  # MSO_SHAPE_TYPE.GROUP
            yield from _walk(shape.shapes, frame.inside(shape))
            continue
        box = frame.box(shape, index)
        if getattr(shape, "has_table", False) and shape.has_table:
            rows = _table_rows(shape.table)
            if any(any(cell for cell in row) for row in rows):
                yield Block(BlockKind.TABLE, box, rows=rows)
            continue
        if getattr(shape, "has_text_frame", False) and shape.has_text_frame:
            is_title = _is_title(shape)
            paragraphs = _paragraphs(shape.text_frame, soft_breaks_split=not is_title)
            if paragraphs:
                kind = BlockKind.TITLE if is_title else BlockKind.TEXT
                yield Block(kind, box, paragraphs=paragraphs)


def _notes(slide) -> Block | None:
    if not slide.has_notes_slide:
        return None
    frame = slide.notes_slide.notes_text_frame
    if frame is None:
        return None
    paragraphs = _paragraphs(frame)
    return Block(BlockKind.NOTES, Box(0, 1, 1, 1), paragraphs=paragraphs) if paragraphs else None


def iter_slides(path: Path) -> Iterator[Slide]:
    """Yield the slides of a PPTX deck in order; blocks are put in reading order by the caller."""
    prs = Presentation(str(path))
    width = prs.slide_width or 9144000
    height = prs.slide_height or 6858000
    frame = _Frame(1.0 / width, 1.0 / height, 0.0, 0.0)
    for number, slide in enumerate(prs.slides, start=1):
        blocks = list(_walk(slide.shapes, frame))
        notes = _notes(slide)
        if notes is not None:
            blocks.append(notes)
        yield Slide(number=number, blocks=blocks)


def count_slides(path: Path) -> int:
    """Slide count without reading shapes, for the size cap."""
    return len(Presentation(str(path)).slides)
