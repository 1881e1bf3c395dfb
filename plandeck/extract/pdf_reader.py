"""Reads PDF decks into the format-neutral model.

pypdfium2 gives every character with its box and font size in well under a millisecond
per page; characters become lines (by baseline, split at wide gaps), lines become
blocks (by proximity, overlap and font size), and a block's lines become paragraphs
(bullet glyphs and indents start them; wrapped lines join them). pdfplumber is opened
only for pages that draw enough ruling lines to hold a table, and its cells replace the
characters they cover. Pages with no text layer are handed to OCR when it is on.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from statistics import median

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from plandeck.extract.text import clean_line, starts_with_bullet
from plandeck.model import Block, BlockKind, Box, Paragraph, Slide

# A page needs this many path objects before pdfplumber is asked for ruled tables.
MIN_PATHS_FOR_TABLES = 8
# Titles are at least this much larger than the page's median text.
TITLE_RATIO = 1.15
# A line is wrapped (not ended by Enter) when it stops within this many ems of the block's right edge.
WRAP_SLACK_EM = 8.0

StartsParagraph = Callable[[str], bool]


@dataclass(slots=True)
class _Char:
    ch: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    weight: int
    generated: bool


@dataclass(slots=True)
class _Line:
    chars: list[_Char] = field(default_factory=list)

    @property
    def solid(self) -> list[_Char]:
        return [c for c in self.chars if not c.generated and not c.ch.isspace()] or self.chars

    @property
    def text(self) -> str:
        return "".join(c.ch for c in self.chars)

    @property
    def x0(self) -> float:
        return min(c.x0 for c in self.solid)

    @property
    def x1(self) -> float:
        return max(c.x1 for c in self.solid)

    @property
    def top(self) -> float:
        return min(c.top for c in self.solid)

    @property
    def bottom(self) -> float:
        return max(c.bottom for c in self.solid)

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)

    @property
    def size(self) -> float:
        sizes = Counter(round(c.size, 1) for c in self.solid)
        return sizes.most_common(1)[0][0]

    @property
    def bold(self) -> bool:
        solid = self.solid
        return sum(1 for c in solid if c.weight >= 600) > len(solid) / 2

    @property
    def text_x0(self) -> float:
        """Where the words start, after a bullet glyph and its gap."""
        chars = self.solid
        if len(chars) > 1 and starts_with_bullet(chars[0].ch):
            return chars[1].x0
        return chars[0].x0


def _page_chars(textpage: pdfium.PdfTextPage, height: float) -> list[_Char]:
    count = textpage.count_chars()
    if count <= 0:
        return []
    text = textpage.get_text_range(0, count)
    rect = pdfium_c.FS_RECTF()
    raw = textpage.raw
    out: list[_Char] = []
    # get_text_range maps one character to one index except for astral-plane pairs; fall back per char then.
    per_char = len(text) != count
    for i in range(count):
        ch = chr(pdfium_c.FPDFText_GetUnicode(raw, i)) if per_char else text[i]
        generated = bool(pdfium_c.FPDFText_IsGenerated(raw, i))
        if not pdfium_c.FPDFText_GetLooseCharBox(raw, i, rect):
            continue
        size = pdfium_c.FPDFText_GetFontSize(raw, i) if not generated else 0.0
        weight = pdfium_c.FPDFText_GetFontWeight(raw, i) if not generated else 0
        out.append(_Char(ch, rect.left, height - rect.top, rect.right, height - rect.bottom, size, weight, generated))
    return out


def _lines(chars: list[_Char]) -> list[_Line]:
    """Characters in content order to lines; a new line at a break, a jump back or a wide gap."""
    lines: list[_Line] = []
    cur = _Line()
    for c in chars:
        if c.ch in "\r\n" or c.ch == "\x02":
            if cur.chars:
                lines.append(cur)
                cur = _Line()
            continue
        if cur.chars and not c.generated and not c.ch.isspace():
            prev = next((p for p in reversed(cur.chars) if not p.generated and not p.ch.isspace()), None)
            if prev is not None:
                mid_prev = (prev.top + prev.bottom) / 2
                mid = (c.top + c.bottom) / 2
                tall = max(prev.bottom - prev.top, c.bottom - c.top, 1.0)
                gap = c.x0 - prev.x1
                em = max(prev.size, c.size, 1.0)
                if abs(mid - mid_prev) > 0.5 * tall or gap < -em or gap > 2.5 * em:
                    lines.append(cur)
                    cur = _Line()
        if c.generated and c.ch == " " and not cur.chars:
            continue
        cur.chars.append(c)
    if cur.chars:
        lines.append(cur)
    return [ln for ln in lines if ln.text.strip()]


def _group_blocks(lines: list[_Line]) -> list[list[_Line]]:
    """Lines to blocks: a line joins the nearest block just above it that it overlaps."""
    blocks: list[list[_Line]] = []
    for line in sorted(lines, key=lambda ln: (round(ln.top, 1), ln.x0)):
        best, best_gap = None, None
        for block in blocks:
            last = block[-1]
            gap = line.top - last.bottom
            if gap < -0.5 * line.height or gap > 1.1 * max(line.height, last.height):
                continue
            left = min(b.x0 for b in block)
            right = max(b.x1 for b in block)
            if line.x1 < left or line.x0 > right:
                continue
            sizes = (line.size, last.size)
            if max(sizes) > 1.4 * max(min(sizes), 0.1):
                continue
            if best_gap is None or gap < best_gap:
                best, best_gap = block, gap
        if best is None:
            blocks.append([line])
        else:
            best.append(line)
    return blocks


def _paragraphs(block: list[_Line], page_width: float, starts_paragraph: StartsParagraph | None = None,
                ) -> list[Paragraph]:
    """Join wrapped lines into paragraphs.

    A line continues the paragraph above when it starts where that paragraph's words
    start, sits right below it, and the line above ran to the block's right edge (a
    short line above means the author pressed Enter). Bullets, labels and a colon at the
    end of the line above always start a new paragraph.
    """
    tolerance = 0.012 * page_width
    right = max(ln.x1 for ln in block)
    paras: list[tuple[float, list[_Line]]] = []
    for line in block:
        if paras:
            x_prev, lines = paras[-1]
            prev = lines[-1]
            em = max(prev.size, 1.0)
            wrapped = (not starts_with_bullet(line.text) and abs(line.text_x0 - x_prev) <= tolerance
                       and line.top - prev.bottom < 0.8 * line.height
                       and prev.x1 >= right - WRAP_SLACK_EM * em
                       and not prev.text.rstrip().endswith(":") and abs(line.size - prev.size) < 0.6
                       and not (starts_paragraph is not None and starts_paragraph(clean_line(line.text))))
            if wrapped:
                lines.append(line)
                continue
        paras.append((line.text_x0, [line]))
    levels = _indent_levels([min(ln.x0 for ln in lines) for _, lines in paras], tolerance)
    out = []
    for (_, lines), level in zip(paras, levels, strict=True):
        text = clean_line(" ".join(ln.text.strip() for ln in lines))
        if text:
            out.append(Paragraph(text=text, level=level, size=lines[0].size, bold=lines[0].bold))
    return out


def _indent_levels(xs: list[float], tolerance: float) -> list[int]:
    distinct: list[float] = []
    for x in sorted(xs):
        if not distinct or x - distinct[-1] > tolerance:
            distinct.append(x)
    return [next(i for i, d in enumerate(distinct) if abs(x - d) <= tolerance or x < d) for x in xs]


def _box(lines: list[_Line], width: float, height: float) -> Box:
    return Box(min(ln.x0 for ln in lines) / width, min(ln.top for ln in lines) / height,
               max(ln.x1 for ln in lines) / width, max(ln.bottom for ln in lines) / height)


def _mark_title(blocks: list[tuple[list[_Line], Block]]) -> None:
    """The largest text in the top third of the page, clearly larger than the rest, is the title."""
    sizes = [ln.size for lines, _ in blocks for ln in lines]
    if len(blocks) < 2 or not sizes:
        return
    body = median(sizes)
    top = [(lines, b) for lines, b in blocks if b.box.y0 < 0.35 and b.kind is BlockKind.TEXT]
    if not top:
        return
    lines, block = max(top, key=lambda lb: max(ln.size for ln in lb[0]))
    if max(ln.size for ln in lines) >= TITLE_RATIO * body:
        block.kind = BlockKind.TITLE
        text = " ".join(p.text for p in block.paragraphs)
        block.paragraphs = [Paragraph(text=text, level=0, size=block.paragraphs[0].size,
                                      bold=block.paragraphs[0].bold)]


class PdfTables:
    """Ruled tables of a page via pdfplumber, opened once per file and only when needed."""

    def __init__(self, source: Path | bytes, password: str | None) -> None:
        self._source = source
        self._password = password
        self._pdf = None

    def find(self, index: int, width: float, height: float) -> list[tuple[Box, list[list[str]]]]:
        if self._pdf is None:
            import io

            import pdfplumber

            src = io.BytesIO(self._source) if isinstance(self._source, bytes) else str(self._source)
            self._pdf = pdfplumber.open(src, password=self._password or "")
        page = self._pdf.pages[index]
        out = []
        for table in page.find_tables():
            rows = [[clean_cell(c) for c in row] for row in table.extract()]
            if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
                x0, top, x1, bottom = table.bbox
                out.append((Box(x0 / width, top / height, x1 / width, bottom / height), rows))
        page.close()
        return out

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()


_ENTRY_END = (")", ".", ";", ":")
_CONNECTOR_END = re.compile(r"(?:\b(?:of|for|the|and|de|del|des|du|la|le|et|y|von|van|da|di)|[,&–—-])$", re.IGNORECASE)


def clean_cell(cell: str | None) -> str:
    """Cell text with its line breaks kept where the author made them.

    pdfplumber gives one line per visual line, so lines a narrow column wrapped are
    joined back: a break inside parentheses, after a connector ("Authority of"), before a
    lower-case word or a number, or after a line that does not end an entry.
    """
    if not cell:
        return ""
    out: list[str] = []
    for line in (clean_line(t) for t in cell.split("\n")):
        if not line:
            continue
        if out and _wrapped(out[-1], line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return "\n".join(out)


def _wrapped(prev: str, line: str) -> bool:
    if prev.count("(") > prev.count(")") or _CONNECTOR_END.search(prev):
        return True
    if line[:1].islower() or line[:1].isdigit():
        return True
    first = line.split()[0].rstrip(".").lower()
    return not prev.endswith(_ENTRY_END) and first not in _HONORIFICS and not starts_with_bullet(line)


_HONORIFICS = {"dr", "prof", "mr", "mrs", "ms", "mme", "m", "sr", "sra", "dra", "pr"}


def _count_paths(page: pdfium.PdfPage) -> int:
    n = 0
    for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=3):
        n += 1
        if n >= MIN_PATHS_FOR_TABLES:
            break
    return n


def _has_images(page: pdfium.PdfPage) -> bool:
    return any(True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3))


def page_slide(pdf: pdfium.PdfDocument, index: int, tables: PdfTables, ocr=None,
               starts_paragraph: StartsParagraph | None = None) -> Slide:
    """One page as a slide of blocks in reading order."""
    page = pdf[index]
    try:
        width, height = page.get_size()
        width = max(width, 1.0)
        height = max(height, 1.0)
        textpage = page.get_textpage()
        try:
            chars = _page_chars(textpage, height)
        finally:
            textpage.close()
        if not any(not c.generated and not c.ch.isspace() for c in chars):
            if ocr is not None and _has_images(page):
                return ocr(page, index + 1)
            return Slide(number=index + 1)
        table_blocks: list[Block] = []
        if _count_paths(page) >= MIN_PATHS_FOR_TABLES:
            for box, rows in tables.find(index, width, height):
                table_blocks.append(Block(BlockKind.TABLE, box, rows=rows))
                chars = [c for c in chars if not _inside(c, box, width, height)]
        blocks = []
        for lines in _group_blocks(_lines(chars)):
            paragraphs = _paragraphs(lines, width, starts_paragraph)
            if paragraphs:
                blocks.append((lines, Block(BlockKind.TEXT, _box(lines, width, height), paragraphs=paragraphs)))
        _mark_title(blocks)
        return Slide(number=index + 1, blocks=[b for _, b in blocks] + table_blocks)
    finally:
        page.close()


def _inside(c: _Char, box: Box, width: float, height: float) -> bool:
    cx = (c.x0 + c.x1) / 2 / width
    cy = (c.top + c.bottom) / 2 / height
    return box.x0 <= cx <= box.x1 and box.y0 <= cy <= box.y1


def iter_pages(pdf: pdfium.PdfDocument, tables: PdfTables, ocr=None,
               starts_paragraph: StartsParagraph | None = None) -> Iterator[Slide]:
    """Yield every page of an open PDF as a slide."""
    for index in range(len(pdf)):
        yield page_slide(pdf, index, tables, ocr, starts_paragraph)
