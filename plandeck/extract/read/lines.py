"""Characters to lines, lines to blocks: the first two steps of reading a page's layout.

Characters arrive in content order; a line ends at a line break, a jump back or a wide
gap (so table cells and columns become separate segments). Lines become blocks by
proximity, overlap and font size. Both steps serve PDF text pages and OCR'd pages alike.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from plandeck.extract.read.chars import Char
from plandeck.extract.read.settings import LAYOUT, LayoutSettings
from plandeck.extract.read.text import starts_with_bullet


@dataclass(slots=True)
class Line:
    """Characters on one baseline: a line of text, or one segment of it when a wide gap splits it."""

    chars: list[Char] = field(default_factory=list)
    # Memo of ``solid`` and the geometry read from it, with the char count it was computed for: the block
    # grouping reads these properties over and over, and recomputing them on every access made long
    # documents slow (same values, just cached; a line that gains characters recomputes).
    _memo: tuple[list[Char], float, float, float, float] | None = field(default=None, repr=False, compare=False)
    _memo_for: int = field(default=-1, repr=False, compare=False)
    _size: float | None = field(default=None, repr=False, compare=False)

    def _geometry(self) -> tuple[list[Char], float, float, float, float]:
        if self._memo is None or self._memo_for != len(self.chars):
            solid = [c for c in self.chars if not c.generated and not c.ch.isspace()] or self.chars
            self._memo = (solid, min(c.x0 for c in solid), max(c.x1 for c in solid),
                          min(c.top for c in solid), max(c.bottom for c in solid))
            self._memo_for = len(self.chars)
            self._size = None
        return self._memo

    @property
    def solid(self) -> list[Char]:
        return self._geometry()[0]

    @property
    def text(self) -> str:
        return "".join([c.ch for c in self.chars])

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

    def split_at(self, x: float) -> tuple[Line, Line] | None:
        """Two lines cut before the first word that starts at or after ``x``; None if no word starts there."""
        for i, c in enumerate(self.chars):
            if c.x0 >= x and not c.generated and not c.ch.isspace() and i > 0:
                before = self.chars[i - 1]
                if before.ch.isspace() or c.x0 - before.x1 > 0.15 * max(c.size, 1.0):
                    return Line(self.chars[:i]), Line(self.chars[i:])
                return None
        return None

    def _first_letter(self) -> Char:
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


def split_lines(chars: list[Char], gap_em: float | None = None, layout: LayoutSettings = LAYOUT) -> list[Line]:
    """Characters in content order to lines; a new line at a break, a jump back or a gap over ``gap_em``.

    ``gap_em`` defaults to the layout's ``line_gap_em``; table searches pass a finer one.
    """
    if gap_em is None:
        gap_em = layout.line_gap_em
    baseline, jump_back = layout.baseline_tolerance, layout.jump_back_em
    lines: list[Line] = []
    cur = Line()
    prev: Char | None = None  # the current line's last visible character
    for c in chars:
        ch = c.ch
        if ch in "\r\n" or ch == "\x02":
            if cur.chars:
                lines.append(cur)
                cur = Line()
                prev = None
            continue
        visible = not c.generated and not ch.isspace()
        if visible and prev is not None:
            top, bottom, ptop, pbottom = c.top, c.bottom, prev.top, prev.bottom
            tall = max(pbottom - ptop, bottom - top, 1.0)
            gap = c.x0 - prev.x1
            em = max(prev.size, c.size, 1.0)
            # A new line when the baselines differ, the text jumps back, or a wide gap splits segments
            # (table cells, columns), except right after a colon: "Leader:      Jane Doe" is a label
            # tabbed from its value.
            if (abs((top + bottom) / 2 - (ptop + pbottom) / 2) > baseline * tall or gap < -jump_back * em
                    or (gap > gap_em * em and prev.ch not in ":：")):
                lines.append(cur)
                cur = Line()
                prev = None
        if not cur.chars and c.generated and ch == " ":
            continue
        cur.chars.append(c)
        if visible:
            prev = c
    if cur.chars:
        lines.append(cur)
    return [ln for ln in lines if ln.text.strip()]


def group_blocks(lines: list[Line], layout: LayoutSettings = LAYOUT) -> list[list[Line]]:
    """Lines to blocks: a line joins the nearest block just above it that it overlaps.

    Not a one-axis clustering: the gap above, the horizontal overlap and the font size all decide.
    """
    overlap, most_gap, ratio = layout.block_overlap_heights, layout.block_gap_heights, layout.block_size_ratio
    blocks: list[list[Line]] = []
    spans: list[tuple[float, float]] = []  # each block's left and right edge, kept as lines join it
    for line in sorted(lines, key=lambda ln: (round(ln.top, 1), ln.x0)):
        best: int | None = None
        best_gap = 0.0
        for at, block in enumerate(blocks):
            last = block[-1]
            gap = line.top - last.bottom
            if gap < -overlap * line.height or gap > most_gap * max(line.height, last.height):
                continue
            left, right = spans[at]
            if line.x1 < left or line.x0 > right:
                continue
            sizes = (line.size, last.size)
            if max(sizes) > ratio * max(min(sizes), 0.1):
                continue
            if best is None or gap < best_gap:
                best, best_gap = at, gap
        if best is None:
            blocks.append([line])
            spans.append((line.x0, line.x1))
        else:
            blocks[best].append(line)
            left, right = spans[best]
            spans[best] = (min(left, line.x0), max(right, line.x1))
    return blocks
