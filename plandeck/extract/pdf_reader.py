"""Reads PDF decks into the format-neutral model.

pypdfium2 gives every character with its box and font size in well under a millisecond
per page; characters become lines (by baseline, split at wide gaps), lines become
blocks (by proximity, overlap and font size), and a block's lines become paragraphs
(bullet glyphs and indents start them; wrapped lines join them). pdfplumber is opened
only for pages that draw enough ruling lines to hold a table, and its cells replace the
characters they cover. Pages with no text layer are handed to OCR when it is on.

Character boxes come from PDFium in unrotated user space, while a page's /Rotate and its
crop box decide what a reader sees; :class:`PageFrame` maps every box into one top-down
frame in which the page's text runs left to right (see there), so the layout rules
below never see rotated or offset coordinates. A page that will not load or a table
pdfplumber chokes on costs that page or that table, reported through a warning.
"""
from __future__ import annotations

import ctypes
import math
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from statistics import median

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from plandeck.extract.text import clean_line, join_wrapped, starts_with_bullet
from plandeck.model import Block, BlockKind, Box, Paragraph, Slide

# A page needs this many path objects before its ruling lines are looked at for tables.
MIN_PATHS_FOR_TABLES = 8
# Titles are at least this much larger than the page's median text.
TITLE_RATIO = 1.15
# How far (fraction of the page width) two table edges may be apart and still be one edge.
SAME_EDGE = 0.02
# Ruling lines: thinner than RULE_THIN points is a line, shorter than RULE_MIN is no rule,
# ends within RULE_SNAP points meet (pdfplumber's defaults); past MAX_RULE_EDGES a page is vector art.
RULE_THIN = 2.0
RULE_MIN = 3.0
RULE_SNAP = 3.0
MAX_RULE_EDGES = 4000
# Gap (in ems) that separates the cells of a table laid out with spaces; words are ~0.3 em apart.
TABLE_GAP_EM = 0.9
# Lines whose font sizes differ by more than this ratio belong to different blocks (heading vs body).
BLOCK_SIZE_RATIO = 1.25
# A line is wrapped (not ended by Enter) when it stops within this many ems of the block's right edge.
WRAP_SLACK_EM = 8.0

StartsParagraph = Callable[[str], bool]
# Called with (code, message, page number or None) for damage that was worked around.
Warn = Callable[[str, str, int | None], None]
# A character as PDFium gives it: text, left, top, right, bottom (user space, y up), generated, size, weight.
_RawChar = tuple[str, float, float, float, float, bool, float, int]
# Character pairs sampled to find which way a page's text runs.
_DIRECTION_SAMPLE = 1500
# A character's font size is multiplied by its text matrix's scale only outside this range (see _raw_chars).
MATRIX_SCALE_KEPT = (0.5, 2.0)
# Pages with more characters than this are cut there (with a warning): the line and block grouping is
# quadratic, and no slide or plan page comes near it (a dense A4 page of 8-point text holds about 8,000).
MAX_CHARS_PER_PAGE = 60_000


def _ignore(code: str, message: str, unit: int | None) -> None:
    return None


@dataclass(frozen=True, slots=True)
class PageFrame:
    """Maps PDF user space (y up, origin anywhere) to the top-down frame the layout rules read.

    ``turns`` is how many quarter turns clockwise the unrotated page is turned: it is
    chosen so that the page's dominant text direction runs left to right. For most pages
    that is what /Rotate says; but a table printed sideways and then given /Rotate 90
    (text horizontal in the unrotated page) reads in the unrotated frame, and vertical
    CJK columns read as lines once turned. Right-to-left scripts are not counted, so
    Arabic or Hebrew in logical order never turns a page upside down.
    """

    left: float
    bottom: float
    right: float
    top: float
    turns: int = 0

    @property
    def page_width(self) -> float:
        return max(self.right - self.left, 1.0)

    @property
    def page_height(self) -> float:
        return max(self.top - self.bottom, 1.0)

    @property
    def width(self) -> float:
        return self.page_height if self.turns % 2 else self.page_width

    @property
    def height(self) -> float:
        return self.page_width if self.turns % 2 else self.page_height

    def _turn(self, u: float, v: float) -> tuple[float, float]:
        """Unrotated top-down point (u right, v down) to this frame."""
        w, h = self.page_width, self.page_height
        if self.turns == 1:
            return h - v, u
        if self.turns == 2:
            return w - u, h - v
        if self.turns == 3:
            return v, w - u
        return u, v

    def rect(self, left: float, top: float, right: float, bottom: float) -> tuple[float, float, float, float]:
        """A PDF user-space rectangle as (x0, top, x1, bottom) in this frame."""
        xa, ya = self._turn(left - self.left, self.top - top)
        xb, yb = self._turn(right - self.left, self.top - bottom)
        return min(xa, xb), min(ya, yb), max(xa, xb), max(ya, yb)



def page_frame(page: pdfium.PdfPage, raw: list[_RawChar] | None = None) -> PageFrame:
    """The frame of one page: its visible box, turned so that its text (``raw``, if given) reads left to right."""
    try:
        left, bottom, right, top = page.get_bbox()
    except pdfium.PdfiumError:
        left, bottom, right, top = 0.0, 0.0, *page.get_size()
    left, right = min(left, right), max(left, right)
    bottom, top = min(bottom, top), max(bottom, top)
    rotation = page.get_rotation() % 360
    base = PageFrame(left, bottom, right, top, (rotation // 90) % 4)
    turns = _text_turns(raw, base) if raw else None
    return base if turns is None else PageFrame(left, bottom, right, top, turns)


def _is_rtl(ch: str) -> bool:
    return "\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufeff"


def _text_turns(raw: list[_RawChar], base: PageFrame) -> int | None:
    """Quarter turns that make the page's text run left to right, or None when it does not tell.

    Votes come from consecutive letters or digits of left-to-right scripts that sit
    within a few character sizes of each other: their step says which way words run.
    """
    votes = [0, 0, 0, 0]
    prev: tuple[float, float, float] | None = None
    for ch, left, top, right, bottom, generated, _, _ in raw[:_DIRECTION_SAMPLE]:
        if generated or not ch.isalnum() or _is_rtl(ch):
            prev = None
            continue
        # Unrotated top-down centre of the character, and its size.
        u = (left + right) / 2 - base.left
        v = base.top - (top + bottom) / 2
        size = max(abs(right - left), abs(top - bottom), 1.0)
        if prev is not None:
            du, dv = u - prev[0], v - prev[1]
            if math.hypot(du, dv) <= 2.5 * max(size, prev[2]):
                if abs(du) > 2 * abs(dv):
                    votes[0 if du > 0 else 2] += 1
                elif abs(dv) > 2 * abs(du):
                    votes[3 if dv > 0 else 1] += 1
        prev = (u, v, size)
    total = sum(votes)
    if total < 8:
        return None
    best = max(range(4), key=lambda k: votes[k])
    return best if votes[best] >= 0.6 * total else None


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
    # Memo of ``solid`` and the geometry read from it, with the char count it was computed for: the block
    # grouping reads these properties over and over, and recomputing them on every access made long
    # documents slow (same values, just cached; a line that gains characters recomputes).
    _memo: tuple[list[_Char], float, float, float, float] | None = field(default=None, repr=False, compare=False)
    _memo_for: int = field(default=-1, repr=False, compare=False)
    _size: float | None = field(default=None, repr=False, compare=False)

    def _geometry(self) -> tuple[list[_Char], float, float, float, float]:
        if self._memo is None or self._memo_for != len(self.chars):
            solid = [c for c in self.chars if not c.generated and not c.ch.isspace()] or self.chars
            self._memo = (solid, min(c.x0 for c in solid), max(c.x1 for c in solid),
                          min(c.top for c in solid), max(c.bottom for c in solid))
            self._memo_for = len(self.chars)
            self._size = None
        return self._memo

    @property
    def solid(self) -> list[_Char]:
        return self._geometry()[0]

    @property
    def text(self) -> str:
        return "".join(c.ch for c in self.chars)

    @property
    def x0(self) -> float:
        return self._geometry()[1]

    @property
    def x1(self) -> float:
        return self._geometry()[2]

    @property
    def top(self) -> float:
        return self._geometry()[3]

    @property
    def bottom(self) -> float:
        return self._geometry()[4]

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)

    @property
    def size(self) -> float:
        solid = self.solid  # refreshes the memo (and clears a stale size) when the line has grown
        if self._size is None:
            sizes = Counter(round(c.size, 1) for c in solid)
            self._size = sizes.most_common(1)[0][0]
        return self._size

    @property
    def bold(self) -> bool:
        solid = self.solid
        return sum(1 for c in solid if c.weight >= 600) > len(solid) / 2

    def split_at(self, x: float) -> tuple[_Line, _Line] | None:
        """Two lines cut before the first word that starts at or after ``x``; None if no word starts there."""
        for i, c in enumerate(self.chars):
            if c.x0 >= x and not c.generated and not c.ch.isspace() and i > 0:
                before = self.chars[i - 1]
                if before.ch.isspace() or c.x0 - before.x1 > 0.15 * max(c.size, 1.0):
                    return _Line(self.chars[:i]), _Line(self.chars[i:])
                return None
        return None

    def _first_letter(self) -> _Char:
        chars = self.solid
        return chars[1] if len(chars) > 1 and starts_with_bullet(chars[0].ch) else chars[0]

    @property
    def text_x0(self) -> float:
        """Where the words start, after a bullet glyph and its gap."""
        return self._first_letter().x0

    @property
    def first_word_width(self) -> float:
        """How wide the first word is: had it fitted at the end of the line above, that break was deliberate."""
        start = self._first_letter()
        end = start
        for c in self.chars[self.chars.index(start):]:
            if c.ch.isspace():
                break
            if not c.generated:
                end = c
        return end.x1 - start.x0


def _raw_chars(textpage: pdfium.PdfTextPage, limit: int = MAX_CHARS_PER_PAGE) -> list[_RawChar]:
    """Every character of the page with its PDFium box in user space; characters with no usable box are skipped."""
    count = min(textpage.count_chars(), limit)
    if count <= 0:
        return []
    text = textpage.get_text_range(0, count)
    rect = pdfium_c.FS_RECTF()
    matrix = pdfium_c.FS_MATRIX()
    raw = textpage.raw
    out: list[_RawChar] = []
    # get_text_range maps one character to one index except for astral-plane pairs; fall back per char then.
    per_char = len(text) != count
    isfinite = math.isfinite
    for i in range(count):
        if per_char:
            code = pdfium_c.FPDFText_GetUnicode(raw, i)
            ch = chr(code) if 0 <= code <= 0x10FFFF else "\ufffd"
        else:
            ch = text[i]
        generated = bool(pdfium_c.FPDFText_IsGenerated(raw, i))
        if not pdfium_c.FPDFText_GetLooseCharBox(raw, i, rect):
            continue
        left, top, right, bottom = rect.left, rect.top, rect.right, rect.bottom
        if not isfinite(left + top + right + bottom):  # NaN or infinite from a degenerate text matrix
            continue
        size = pdfium_c.FPDFText_GetFontSize(raw, i) if not generated else 0.0
        if not generated and pdfium_c.FPDFText_GetMatrix(raw, i, matrix):
            # PDFium reports the Tf operand; many producers (Quartz, Keynote, XFA forms) set "1 Tf" and scale
            # the text matrix instead, which made every gap look many ems wide. Only a clearly scaled matrix
            # is applied, so ordinary exports keep exactly the size they had.
            scale = math.hypot(matrix.c, matrix.d)
            if isfinite(scale) and scale > 0 and not MATRIX_SCALE_KEPT[0] <= scale <= MATRIX_SCALE_KEPT[1]:
                size *= scale
        weight = pdfium_c.FPDFText_GetFontWeight(raw, i) if not generated else 0
        out.append((ch, left, top, right, bottom, generated, size if isfinite(size) else 0.0, weight))
    return out


def _page_chars(raw: list[_RawChar], frame: PageFrame) -> list[_Char]:
    """Raw characters with their boxes mapped into ``frame`` (see :meth:`PageFrame.rect`, inlined for speed)."""
    fl, fb, fr, ft, turns = frame.left, frame.bottom, frame.right, frame.top, frame.turns
    out: list[_Char] = []
    for ch, left, top, right, bottom, generated, size, weight in raw:
        if turns == 0:
            xa, ya, xb, yb = left - fl, ft - top, right - fl, ft - bottom
        elif turns == 1:
            xa, ya, xb, yb = top - fb, left - fl, bottom - fb, right - fl
        elif turns == 2:
            xa, ya, xb, yb = fr - left, top - fb, fr - right, bottom - fb
        else:
            xa, ya, xb, yb = ft - top, fr - left, ft - bottom, fr - right
        x0, x1 = (xa, xb) if xa <= xb else (xb, xa)
        y0, y1 = (ya, yb) if ya <= yb else (yb, ya)
        out.append(_Char(ch, x0, y0, x1, y1, size, weight, generated))
    return out


def _lines(chars: list[_Char], gap_em: float = 2.5) -> list[_Line]:
    """Characters in content order to lines; a new line at a break, a jump back or a gap over ``gap_em``."""
    lines: list[_Line] = []
    cur = _Line()
    prev: _Char | None = None  # the current line's last visible character
    for c in chars:
        if c.ch in "\r\n" or c.ch == "\x02":
            if cur.chars:
                lines.append(cur)
                cur = _Line()
                prev = None
            continue
        visible = not c.generated and not c.ch.isspace()
        if visible and prev is not None:
            mid_prev = (prev.top + prev.bottom) / 2
            mid = (c.top + c.bottom) / 2
            tall = max(prev.bottom - prev.top, c.bottom - c.top, 1.0)
            gap = c.x0 - prev.x1
            em = max(prev.size, c.size, 1.0)
            # A wide gap splits segments (table cells, columns), except right after a colon:
            # "Leader:      Jane Doe" is a label tabbed from its value.
            wide = gap > gap_em * em and prev.ch not in ":："
            if abs(mid - mid_prev) > 0.5 * tall or gap < -em or wide:
                lines.append(cur)
                cur = _Line()
                prev = None
        if c.generated and c.ch == " " and not cur.chars:
            continue
        cur.chars.append(c)
        if visible:
            prev = c
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
            if max(sizes) > BLOCK_SIZE_RATIO * max(min(sizes), 0.1):
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
    start, sits right below it, and the line above ran to the block's right edge: so
    close that this line's first word would not have fitted after it (a short line above
    means the author pressed Enter). Bullets, labels and a colon at the end of the line
    above always start a new paragraph.
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
                       and prev.x1 + 0.2 * em + line.first_word_width > right
                       and not prev.text.rstrip().endswith(":") and abs(line.size - prev.size) < 0.6
                       and not (starts_paragraph is not None and starts_paragraph(clean_line(line.text))))
            if wrapped:
                lines.append(line)
                continue
        paras.append((line.text_x0, [line]))
    # Levels come from where the words start, not the bullet: a bullet OCR missed must not shift a level.
    levels = _indent_levels([x for x, _ in paras], tolerance)
    out = []
    for (_, lines), level in zip(paras, levels, strict=True):
        text = clean_line(join_wrapped([ln.text for ln in lines]))
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
    """The largest text in the top third of the page, clearly larger than the rest, is the title.

    Only the block's leading paragraphs set that large are the title; smaller lines under
    them in the same block (an item's fields below its heading) stay text of their own.
    """
    sizes = [ln.size for lines, _ in blocks for ln in lines]
    if len(blocks) < 2 or not sizes:
        return
    body = median(sizes)
    top = [(lines, b) for lines, b in blocks if b.box.y0 < 0.35 and b.kind is BlockKind.TEXT]
    if not top:
        return
    lines, block = max(top, key=lambda lb: max(ln.size for ln in lb[0]))
    if max(ln.size for ln in lines) < TITLE_RATIO * body:
        return
    large = max(ln.size for ln in lines)
    head = 0
    while head < len(block.paragraphs) and (block.paragraphs[head].size or 0) >= large - 0.6:
        head += 1
    head = max(head, 1)
    rest = block.paragraphs[head:]
    block.kind = BlockKind.TITLE
    text = " ".join(p.text for p in block.paragraphs[:head])
    block.paragraphs = [Paragraph(text=text, level=0, size=block.paragraphs[0].size, bold=block.paragraphs[0].bold)]
    if rest:
        at = next(i for i, (_, b) in enumerate(blocks) if b is block)
        blocks.insert(at + 1, ([], Block(BlockKind.TEXT, block.box, paragraphs=rest)))


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
            out[-1] = join_wrapped([out[-1], line])
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


def page_slide(pdf: pdfium.PdfDocument, index: int, ocr=None,
               starts_paragraph: StartsParagraph | None = None, warn: Warn | None = None,
               is_field: StartsParagraph | None = None) -> Slide:
    """One page as a slide of blocks (the caller puts them in reading order).

    A page PDFium cannot load (a cycle in the page tree, a damaged page object) is an
    empty slide and a warning, so the pages after it keep their numbers.
    """
    warn = warn or _ignore
    try:
        page = pdf[index]
    except pdfium.PdfiumError as exc:
        warn("damaged-page", f"page could not be loaded ({' '.join(str(exc).split())[:120]})", index + 1)
        return Slide(number=index + 1)
    try:
        textpage = page.get_textpage()
        try:
            if textpage.count_chars() > MAX_CHARS_PER_PAGE:
                warn("page-truncated", f"page holds over {MAX_CHARS_PER_PAGE:,} characters; only the first "
                                       "were read", index + 1)
            raw = _raw_chars(textpage)
        finally:
            textpage.close()
        frame = page_frame(page, raw)
        chars = _page_chars(raw, frame)
        width, height = frame.width, frame.height
        if not any(not c.generated and not c.ch.isspace() for c in chars):
            if ocr is not None and _has_images(page):
                return ocr(page, index + 1)
            return Slide(number=index + 1)
        ruled: list[Block] = []
        if _count_paths(page) >= MIN_PATHS_FOR_TABLES:
            ruled = _ruled_tables(page, frame, chars)
        spaced = _whitespace_tables(chars, is_field, width, height) if is_field is not None else []
        table_blocks = _prefer_fuller(ruled, spaced)
        for block in table_blocks:
            chars = [c for c in chars if not _inside(c, block.box, width, height)]
        segments = _lines(chars)
        blocks = []
        for lines in _group_blocks(segments):
            paragraphs = _paragraphs(lines, width, starts_paragraph)
            if paragraphs:
                blocks.append((lines, Block(BlockKind.TEXT, _box(lines, width, height), paragraphs=paragraphs)))
        _mark_title(blocks)
        return Slide(number=index + 1, blocks=[b for _, b in blocks] + table_blocks)
    finally:
        page.close()


def _ruling_edges(page: pdfium.PdfPage, frame: PageFrame) -> list[dict]:
    """Ruling lines from the page's vector paths, as pdfplumber edge dicts in the layout frame.

    Every straight horizontal or vertical segment of every path is an edge (a rectangle's
    four sides included, as pdfplumber counts them); curves and diagonals are not rules.
    """
    edges: list[dict] = []
    x = ctypes.c_float()
    y = ctypes.c_float()
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=3):
        try:
            m = obj.get_matrix()
            count = pdfium_c.FPDFPath_CountSegments(obj.raw)
        except Exception:  # a damaged path object: no edge from it
            continue
        start = prev = None
        for i in range(max(count, 0)):
            seg = pdfium_c.FPDFPath_GetPathSegment(obj.raw, i)
            if not seg or not pdfium_c.FPDFPathSegment_GetPoint(seg, x, y):
                continue
            point = (m.a * x.value + m.c * y.value + m.e, m.b * x.value + m.d * y.value + m.f)
            kind = pdfium_c.FPDFPathSegment_GetType(seg)
            if kind == pdfium_c.FPDF_SEGMENT_LINETO and prev is not None:
                _add_rule(edges, frame, prev, point)
            if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
                start = point
            elif pdfium_c.FPDFPathSegment_GetClose(seg) and start is not None:
                _add_rule(edges, frame, point, start)
            prev = point
        if len(edges) > MAX_RULE_EDGES:  # a page of vector art, not a table
            return []
    return edges


def _add_rule(edges: list[dict], frame: PageFrame, a: tuple[float, float], b: tuple[float, float]) -> None:
    if not all(map(math.isfinite, (*a, *b))):
        return
    x0, y0, x1, y1 = frame.rect(min(a[0], b[0]), max(a[1], b[1]), max(a[0], b[0]), min(a[1], b[1]))
    if y1 - y0 <= RULE_THIN and x1 - x0 >= RULE_MIN:
        edges.append(_edge("h", x0, x1, (y0 + y1) / 2, (y0 + y1) / 2))
    elif x1 - x0 <= RULE_THIN and y1 - y0 >= RULE_MIN:
        edges.append(_edge("v", (x0 + x1) / 2, (x0 + x1) / 2, y0, y1))


def _edge(orientation: str, x0: float, x1: float, top: float, bottom: float) -> dict:
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0, "height": bottom - top,
            "orientation": orientation, "object_type": "line"}


def _ruled_tables(page: pdfium.PdfPage, frame: PageFrame, chars: list[_Char]) -> list[Block]:
    """Tables drawn with ruling lines: pdfplumber's cell geometry over PDFium's paths and characters.

    Only pdfplumber's pure table functions are used (edges -> intersections -> cells ->
    tables), so the page is never parsed a second time by pdfminer: a ruled page costs
    about as much as any other.
    """
    from pdfplumber.table import cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges

    edges = merge_edges(_ruling_edges(page, frame), RULE_SNAP, RULE_SNAP, RULE_SNAP, RULE_SNAP)
    edges = [e for e in edges if (e["x1"] - e["x0"] if e["orientation"] == "h" else e["bottom"] - e["top"])
             >= RULE_MIN]
    cells = intersections_to_cells(edges_to_intersections(edges, RULE_SNAP, RULE_SNAP))
    width, height = frame.width, frame.height
    blocks = []
    for table in cells_to_tables(cells):
        tops = sorted({c[1] for c in table})
        lefts = sorted({c[0] for c in table})
        if len(tops) < 2 or len(lefts) < 2:
            continue
        rows = [[""] * len(lefts) for _ in tops]
        for x0, top, x1, bottom in table:
            inside = [c for c in chars if x0 <= (c.x0 + c.x1) / 2 <= x1 and top <= (c.top + c.bottom) / 2 <= bottom]
            rows[tops.index(top)][lefts.index(x0)] = clean_cell("\n".join(ln.text for ln in _lines(inside)))
        box = Box(min(c[0] for c in table) / width, min(c[1] for c in table) / height,
                  max(c[2] for c in table) / width, max(c[3] for c in table) / height)
        blocks.append(Block(BlockKind.TABLE, box, rows=rows))
    return blocks


def _whitespace_tables(chars: list[_Char], is_field: StartsParagraph, width: float, height: float) -> list[Block]:
    """Tables laid out with spaces, found from a header row that names fields.

    Table columns can sit closer than the gap that splits ordinary lines, so rows are cut
    into finer segments (any gap over ~1 em) just for this search.
    """
    from plandeck.extract.whitespace_tables import find_tables

    segments = _lines(chars, gap_em=TABLE_GAP_EM)
    # A header row names at least two fields: most pages have no two such segments at all.
    if sum(1 for seg in segments if is_field(seg.text.strip())) < 2:
        return []
    found = find_tables(segments, is_field)
    pad = 1.0  # points: the box must hold the characters it was made of
    return [Block(BlockKind.TABLE, Box((t.x0 - pad) / width, (t.top - pad) / height, (t.x1 + pad) / width,
                                       (t.bottom + pad) / height),
                  rows=[[clean_cell(cell) for cell in row] for row in t.rows]) for t in found]


def _prefer_fuller(ruled: list[Block], spaced: list[Block]) -> list[Block]:
    """Where a ruled and a whitespace table overlap, keep the ruled one unless the other reaches further down.

    Browsers and slide tools often rule only some rows (a line under the header), so
    pdfplumber sees a short table where the whitespace reading sees all of it; where the
    rules cover the whole table, pdfplumber's cells (wrapped text and all) are better.
    """
    kept = list(ruled)
    for table in spaced:
        overlapping = [r for r in kept if _overlap(r.box, table.box)]
        # Rules fix a table's width: a whitespace reading wider than the ruled table has taken in
        # text beside it (a column of fields next to a ruled table on a two-column page).
        wider = any(table.box.x0 < r.box.x0 - SAME_EDGE or table.box.x1 > r.box.x1 + SAME_EDGE for r in overlapping)
        if not wider and all(table.box.y1 > r.box.y1 + 0.02 for r in overlapping):
            kept = [r for r in kept if r not in overlapping] + [table]
    return kept


def _overlap(a: Box, b: Box) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


def _inside(c: _Char, box: Box, width: float, height: float) -> bool:
    cx = (c.x0 + c.x1) / 2 / width
    cy = (c.top + c.bottom) / 2 / height
    return box.x0 <= cx <= box.x1 and box.y0 <= cy <= box.y1


def iter_pages(pdf: pdfium.PdfDocument, ocr=None,
               starts_paragraph: StartsParagraph | None = None, warn: Warn | None = None,
               is_field: StartsParagraph | None = None) -> Iterator[Slide]:
    """Yield every page of an open PDF as a slide."""
    for index in range(len(pdf)):
        yield page_slide(pdf, index, ocr, starts_paragraph, warn, is_field)
