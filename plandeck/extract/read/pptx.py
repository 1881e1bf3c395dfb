"""Reads PPTX (and PPTM/PPSX/POTX) decks with python-pptx into the format-neutral model.

Shapes are walked recursively so text inside group shapes is found; group children are
mapped from the group's child coordinate space to slide coordinates so reading order
stays right. Tables become table blocks, title placeholders title blocks, and speaker
notes a notes block that the fact finder never reads as facts.

Real decks are often slightly broken (a missing relationship, a shape with no position,
an attribute python-pptx cannot parse), so damage is contained as narrowly as possible:
a bad attribute is ignored, a bad shape or notes page is skipped, a slide whose part is
missing becomes an empty slide, and each of those is reported through a warning callback
rather than failing the whole deck; a slide or notes part that is not well-formed XML is
emptied before the package is opened (:mod:`pptx_repair`) and is that slide's warning.
Only a package python-pptx cannot open fails the file.
"""
from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.shapes.autoshape import Shape
from pptx.shapes.base import BaseShape
from pptx.shapes.graphfrm import GraphicFrame
from pptx.shapes.group import GroupShape

from plandeck.extract.read import ooxml
from plandeck.extract.read.pptx_repair import open_repaired
from plandeck.extract.read.pptx_tables import cell_boxes, table_cells
from plandeck.extract.read.text import clean_line
from plandeck.model import Block, BlockKind, Box, Paragraph, Slide

if TYPE_CHECKING:
    from pptx.presentation import Presentation

# What a reader can be handed: a path, the bytes of a decrypted or converted package, or a binary stream.
Source = Path | str | bytes | IO[bytes]
# Called with (code, message, slide number or None) for damage that was worked around.
Warn = Callable[[str, str, int | None], None]

# Groups nested deeper than this are skipped: no real deck comes near it, a hostile one would recurse forever.
MAX_GROUP_DEPTH = 50
_DEFAULT_WIDTH, _DEFAULT_HEIGHT = 9144000, 6858000
_EMU_PER_POINT = 12700
# Main-part content types python-pptx maps to no presentation class; read by relabelling them in memory.
_RELABEL = (
    "application/vnd.ms-powerpoint.slideshow.macroEnabled.main+xml",
    "application/vnd.ms-powerpoint.template.macroEnabled.main+xml",
    "application/vnd.ms-powerpoint.addin.macroEnabled.main+xml",
)


class NotAPresentation(ValueError):
    """The package opens but its main part is not a PowerPoint presentation (a renamed .docx, say)."""


_A = ooxml.A
_P = ooxml.P


@dataclass(frozen=True, slots=True)
class _Frame:
    """Maps a shape's own coordinates (EMU) to fractions of the slide."""

    sx: float
    sy: float
    dx: float
    dy: float
    # Inherited placeholder positions of this deck, by (layout, placeholder type, idx).
    inherited: dict = field(default_factory=dict, compare=False)

    def box(self, shape: BaseShape, index: int) -> Box:
        left, top, width, height = _position(shape, self.inherited)
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
        xfrm = group._element.find(f"./{_P}grpSpPr/{_A}xfrm")
        if xfrm is None:
            return self
        vals = {}
        for tag in ("off", "ext", "chOff", "chExt"):
            el = xfrm.find(_A + tag)
            if el is None:
                return self
            keys = ("x", "y") if tag in ("off", "chOff") else ("cx", "cy")
            try:
                vals[tag] = tuple(int(el.get(k, "0")) for k in keys)
            except ValueError:  # a coordinate that is not an integer: keep the parent's frame
                return self
        (ox, oy), (ex, ey), (cox, coy), (cex, cey) = vals["off"], vals["ext"], vals["chOff"], vals["chExt"]
        kx = ex / cex if cex else 1.0
        ky = ey / cey if cey else 1.0
        return _Frame(self.sx * kx, self.sy * ky, self.dx + (ox - cox * kx) * self.sx,
                      self.dy + (oy - coy * ky) * self.sy, self.inherited)


def _position(shape: BaseShape, inherited: dict) -> tuple[Any, Any, Any, Any]:
    """(left, top, width, height) in EMU, from the shape's own a:xfrm when it has one.

    python-pptx resolves each of the four through the layout for placeholders; reading
    the XML first and asking the inherited placeholder once costs a fraction of that.
    """
    xfrm = shape._element.find(f".//{_A}xfrm")
    if xfrm is not None:
        off, ext = xfrm.find(_A + "off"), xfrm.find(_A + "ext")
        if off is not None and ext is not None:
            try:
                return int(off.get("x")), int(off.get("y")), int(ext.get("cx")), int(ext.get("cy"))
            except (TypeError, ValueError):
                pass
    ph = _placeholder(shape)
    if ph is None:
        return _attr(shape, "left"), _attr(shape, "top"), _attr(shape, "width"), _attr(shape, "height")
    # Every slide on a layout inherits the same positions: resolve each once per deck.
    layout = _attr(_attr(shape, "part"), "slide_layout")
    key = (id(layout), ph.get("type"), ph.get("idx"))
    if layout is None or key not in inherited:
        source = _attr(shape, "_base_placeholder") or shape
        found = (_attr(source, "left"), _attr(source, "top"), _attr(source, "width"), _attr(source, "height"))
        if layout is None:
            return found
        inherited[key] = found
    return inherited[key]


def _attr(obj: Any, name: str) -> Any:
    """An attribute python-pptx parses lazily, or None when its XML value is malformed.

    A font size of "abc" or a dangling hyperlink relationship should cost that one
    attribute, not the paragraph or the deck.
    """
    try:
        return getattr(obj, name)
    except (ValueError, KeyError, TypeError, AttributeError, IndexError):
        return None


_RID = ooxml.R_ID


def _paragraphs(text_frame: Any, soft_breaks_split: bool = True) -> list[Paragraph]:
    """Paragraphs of a text frame; a soft line break starts a new line of the same level
    ("Rapporteur: Dr A. Name" / "Agency" typed with Shift+Enter), except in titles where it only wraps.

    Read from the XML in one pass (runs, breaks and fields; size, bold and hyperlink from
    each run's a:rPr), which is what python-pptx's properties read one object at a time.
    """
    rels = _attr(_attr(text_frame, "part"), "rels")
    out = []
    for p in text_frame._txBody.iterfind(f"{_A}p"):
        try:
            out.extend(_paragraph(p, rels, soft_breaks_split))
        except (ValueError, KeyError, TypeError, AttributeError):  # a malformed paragraph costs only itself
            continue
    return out


def _paragraph(p: Any, rels: Any, soft_breaks_split: bool) -> list[Paragraph]:
    pieces: list[str] = []
    runs: list[tuple[str, bool]] = []
    size = None
    links: list[str] = []
    for child in p:
        tag = child.tag
        if tag == f"{_A}br":
            pieces.append("\v")
            continue
        if tag not in (f"{_A}r", f"{_A}fld"):
            continue
        text = "".join(t.text or "" for t in child.iterfind(f"{_A}t"))
        pieces.append(text)
        rpr = child.find(f"{_A}rPr")
        bold = rpr is not None and rpr.get("b") in ("1", "true")
        runs.append((text, bold))
        if rpr is None:
            continue
        if size is None and rpr.get("sz", "").isdigit():
            size = int(rpr.get("sz")) / 100
        click = rpr.find(f"{_A}hlinkClick")
        rid = click.get(_RID) if click is not None else None
        if rid and rels is not None and rid in rels:
            target = _attr(rels[rid], "target_ref")
            if target:
                links.append(target)
    raw = "".join(pieces)
    chunks = raw.split("\v") if soft_breaks_split else [raw.replace("\v", " ")]
    texts = [t for t in (clean_line(chunk) for chunk in chunks) if t]
    if not texts:
        return []
    ppr = p.find(f"{_A}pPr")
    level = int(ppr.get("lvl", "0")) if ppr is not None and ppr.get("lvl", "0").isdigit() else 0
    bold = any(b for _, b in runs)
    prefix = _bold_prefix(runs)
    return [Paragraph(text=text, level=level, size=size, bold=bold, links=tuple(links) if i == 0 else (),
                      bold_prefix=prefix if i == 0 else None) for i, text in enumerate(texts)]


def _bold_prefix(runs: list[tuple[str, bool]]) -> str | None:
    """The text of the leading bold runs when plain text follows them, else None."""
    head: list[str] = []
    for n, (text, bold) in enumerate(runs):
        if bold:
            head.append(text)
            continue
        if n and text.strip():
            return clean_line("".join(head)) or None
        return None
    return None


_TITLE_PH = {"title", "ctrTitle", "vertTitle"}


def _placeholder(shape: BaseShape) -> Any:
    """The shape's p:ph element, or None: read once from the XML (python-pptx re-runs an XPath per property)."""
    return shape._element.find(f"./*/{_P}nvPr/{_P}ph")


def _is_title(shape: BaseShape) -> bool:
    ph = _placeholder(shape)
    return ph is not None and ph.get("type") in _TITLE_PH


def _walk(shapes: Iterable[BaseShape], frame: _Frame, number: int, warn: Warn, depth: int = 0) -> Iterator[Block]:
    """Blocks of a shape tree; a shape python-pptx cannot read is skipped with a warning."""
    for index, shape in enumerate(shapes):
        try:
            yield from _shape_blocks(shape, index, frame, number, warn, depth)
        except (MemoryError, RecursionError):
            raise
        except Exception as exc:
            warn("damaged-shape", f"a shape could not be read and was skipped ({_describe(exc)})", number)


def _shape_blocks(shape: BaseShape, index: int, frame: _Frame, number: int, warn: Warn,
                  depth: int) -> Iterator[Block]:
    if shape._element.tag == f"{_P}grpSp":
        if depth >= MAX_GROUP_DEPTH:
            warn("damaged-shape", f"group shapes nested over {MAX_GROUP_DEPTH} deep were skipped", number)
            return
        yield from _walk(cast(GroupShape, shape).shapes, frame.inside(shape), number, warn, depth + 1)
        return
    box = frame.box(shape, index)
    if getattr(shape, "has_table", False) and shape.has_table:
        table = cast(GraphicFrame, shape).table
        rows, fills = table_cells(table)
        if any(any(cell for cell in row) for row in rows):
            yield Block(BlockKind.TABLE, box, rows=rows, fills=fills, cells=cell_boxes(table, box))
        return
    if getattr(shape, "has_text_frame", False) and shape.has_text_frame:
        is_title = _is_title(shape)
        paragraphs = _paragraphs(cast(Shape, shape).text_frame, soft_breaks_split=not is_title)
        if paragraphs:
            kind = BlockKind.TITLE if is_title else BlockKind.TEXT
            yield Block(kind, box, paragraphs=paragraphs)


def _notes(slide: Any) -> Block | None:
    if not slide.has_notes_slide:
        return None
    frame = slide.notes_slide.notes_text_frame
    if frame is None:
        return None
    paragraphs = _paragraphs(frame)
    return Block(BlockKind.NOTES, Box(0, 1, 1, 1), paragraphs=paragraphs) if paragraphs else None


def _describe(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:160]


def _stream(source: Source) -> IO[bytes] | str:
    if isinstance(source, bytes):
        return io.BytesIO(source)
    if isinstance(source, Path):
        return str(source)
    return source


def _relabelled(source: Source, content_type: str) -> io.BytesIO:
    """A copy of the package whose main part is declared a plain presentation.

    Macro-enabled slideshows and templates are ordinary decks underneath, but python-pptx
    knows no part class for their main content type; relabelling it in [Content_Types].xml
    (in memory, the file is untouched) lets them be read like a .pptx.
    """
    if isinstance(source, bytes):
        raw = source
    elif isinstance(source, str | Path):
        raw = Path(source).read_bytes()
    else:
        source.seek(0)
        raw = source.read()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(content_type.encode(), CT.PML_PRESENTATION_MAIN.encode())
            zout.writestr(info, data)
    out.seek(0)
    return out


def open_presentation(source: Source) -> Presentation:
    """The python-pptx Presentation of a package, whatever flavour of PowerPoint package it is.

    ``pptx.Presentation()`` refuses anything whose main part is not a .pptx or .pptm
    (a .ppsx show or a .potx template, say) although they are the same deck inside; so
    the package is opened directly and any part python-pptx reads as a presentation is
    accepted.
    """
    from pptx.package import Package
    from pptx.parts.presentation import PresentationPart

    part = Package.open(_stream(source)).main_document_part
    if not isinstance(part, PresentationPart):
        content_type = getattr(part, "content_type", "")
        if content_type not in _RELABEL:
            raise NotAPresentation(f"the main part is {content_type or 'of no known type'}, not a presentation")
        part = Package.open(_relabelled(source, content_type)).main_document_part
        if not isinstance(part, PresentationPart):
            raise NotAPresentation(f"the main part is {content_type}, not a presentation")
    return part.presentation


def _slide_size(prs: Presentation) -> tuple[int, int]:
    width = _attr(prs, "slide_width") or _DEFAULT_WIDTH
    height = _attr(prs, "slide_height") or _DEFAULT_HEIGHT
    return (width if width > 0 else _DEFAULT_WIDTH), (height if height > 0 else _DEFAULT_HEIGHT)


def _ignore(code: str, message: str, unit: int | None) -> None:
    return None


def iter_slides(source: Source, warn: Warn | None = None) -> Iterator[Slide]:
    """Yield the slides of a PPTX deck in order; blocks are put in reading order by the caller.

    A slide whose part is missing or unreadable is yielded empty (so later slide numbers
    stay right) and reported through ``warn``.
    """
    warn = warn or _ignore
    prs, emptied = open_repaired(source, open_presentation)
    width, height = _slide_size(prs)
    frame = _Frame(1.0 / width, 1.0 / height, 0.0, 0.0)
    size = (width / _EMU_PER_POINT, height / _EMU_PER_POINT)
    for number, slide_id in enumerate(_slide_ids(prs), start=1):
        try:
            slide = prs.part.related_slide(slide_id.rId)
            shapes = slide.shapes
        except (MemoryError, RecursionError):
            raise
        except Exception as exc:
            warn("damaged-slide", f"slide part could not be read ({_describe(exc)})", number)
            yield Slide(number=number, size=size)
            continue
        if str(slide.part.partname) in emptied:
            warn("damaged-slide", f"slide XML is not well-formed ({emptied[str(slide.part.partname)]})", number)
            yield Slide(number=number, size=size)
            continue
        blocks = list(_walk(shapes, frame, number, warn))
        try:
            notes = _notes(slide)
            if slide.has_notes_slide and str(slide.notes_slide.part.partname) in emptied:
                warn("damaged-shape", "speaker notes XML is not well-formed; the notes were skipped", number)
        except (MemoryError, RecursionError):
            raise
        except Exception as exc:
            warn("damaged-shape", f"speaker notes could not be read ({_describe(exc)})", number)
            notes = None
        if notes is not None:
            blocks.append(notes)
        yield Slide(number=number, blocks=blocks, size=size)


def _slide_ids(prs: Presentation) -> list[Any]:
    """The deck's slide list as written (p:sldIdLst), without touching the slide parts.

    ``prs.slides`` renames every slide part on first access and so fails outright when
    one listed slide is missing from the package; reading the list itself lets each
    slide fail on its own.
    """
    id_list = prs.part._element.sldIdLst
    return [] if id_list is None else list(id_list.sldId_lst)
