"""Characters of a PDF page with their boxes, in one top-down frame where the text runs left to right.

pypdfium2 gives every character with its box and font size in well under a millisecond
per page. Character boxes come from PDFium in unrotated user space, while a page's
/Rotate and its crop box decide what a reader sees; :class:`PageFrame` maps every box
into one top-down frame in which the page's text runs left to right (see there), so the
layout rules never see rotated or offset coordinates.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

# A character as PDFium gives it: text, left, top, right, bottom (user space, y up), generated, size, weight.
RawChar = tuple[str, float, float, float, float, bool, float, int]
# Character pairs sampled to find which way a page's text runs.
_DIRECTION_SAMPLE = 1500
# A character's font size is multiplied by its text matrix's scale only outside this range (see raw_chars).
MATRIX_SCALE_KEPT = (0.5, 2.0)
# Pages with more characters than this are cut there (with a warning): the line and block grouping is
# quadratic, and no slide or plan page comes near it (a dense A4 page of 8-point text holds about 8,000).
MAX_CHARS_PER_PAGE = 60_000


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


def page_frame(page: pdfium.PdfPage, raw: list[RawChar] | None = None) -> PageFrame:
    """The frame of one page: its visible box, turned so that its text (``raw``, if given) reads left to right."""
    try:
        left, bottom, right, top = page.get_bbox()
    except pdfium.PdfiumError:
        width, height = page.get_size()
        left, bottom, right, top = 0.0, 0.0, width, height
    left, right = min(left, right), max(left, right)
    bottom, top = min(bottom, top), max(bottom, top)
    rotation = page.get_rotation() % 360
    base = PageFrame(left, bottom, right, top, (rotation // 90) % 4)
    turns = _text_turns(raw, base) if raw else None
    return base if turns is None else PageFrame(left, bottom, right, top, turns)


def _is_rtl(ch: str) -> bool:
    return "\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufeff"


def _text_turns(raw: list[RawChar], base: PageFrame) -> int | None:
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
class Char:
    """One character in the layout frame (top-down points); an OCR'd word is one "character" too."""

    ch: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    weight: int
    generated: bool


def raw_chars(textpage: pdfium.PdfTextPage, limit: int = MAX_CHARS_PER_PAGE) -> list[RawChar]:
    """Every character of the page with its PDFium box in user space; characters with no usable box are skipped."""
    count = min(textpage.count_chars(), limit)
    if count <= 0:
        return []
    text = textpage.get_text_range(0, count)
    rect = pdfium_c.FS_RECTF()
    matrix = pdfium_c.FS_MATRIX()
    raw = textpage.raw
    out: list[RawChar] = []
    # get_text_range maps one character to one index except for astral-plane pairs; fall back per char then.
    per_char = len(text) != count
    # Looked up once: this loop runs for every character of every page.
    isfinite, hypot = math.isfinite, math.hypot
    get_unicode, is_generated, get_box = (pdfium_c.FPDFText_GetUnicode, pdfium_c.FPDFText_IsGenerated,
                                          pdfium_c.FPDFText_GetLooseCharBox)
    get_size, get_matrix, get_weight = (pdfium_c.FPDFText_GetFontSize, pdfium_c.FPDFText_GetMatrix,
                                        pdfium_c.FPDFText_GetFontWeight)
    kept_low, kept_high = MATRIX_SCALE_KEPT
    for i in range(count):
        if per_char:
            code = get_unicode(raw, i)
            ch = chr(code) if 0 <= code <= 0x10FFFF else "\ufffd"
        else:
            ch = text[i]
        generated = bool(is_generated(raw, i))
        if not get_box(raw, i, rect):
            continue
        left, top, right, bottom = rect.left, rect.top, rect.right, rect.bottom
        if not isfinite(left + top + right + bottom):  # NaN or infinite from a degenerate text matrix
            continue
        if generated:
            out.append((ch, left, top, right, bottom, True, 0.0, 0))
            continue
        size = get_size(raw, i)
        if get_matrix(raw, i, matrix):
            # PDFium reports the Tf operand; many producers (Quartz, Keynote, XFA forms) set "1 Tf" and scale
            # the text matrix instead, which made every gap look many ems wide. Only a clearly scaled matrix
            # is applied, so ordinary exports keep exactly the size they had.
            scale = hypot(matrix.c, matrix.d)
            if isfinite(scale) and scale > 0 and not kept_low <= scale <= kept_high:
                size *= scale
        out.append((ch, left, top, right, bottom, False, size if isfinite(size) else 0.0, get_weight(raw, i)))
    return out


def page_chars(raw: list[RawChar], frame: PageFrame) -> list[Char]:
    """Raw characters with their boxes mapped into ``frame`` (see :meth:`PageFrame.rect`, inlined for speed)."""
    fl, fb, fr, ft, turns = frame.left, frame.bottom, frame.right, frame.top, frame.turns
    out: list[Char] = []
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
        out.append(Char(ch, x0, y0, x1, y1, size, weight, generated))
    return out
