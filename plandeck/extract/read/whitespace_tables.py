"""Tables drawn with whitespace only (no ruling lines), found from their header row.

A PDF row "Working group   Chair   Period   Status" arrives as separate line segments
at one baseline. When at least two of them name fields, the row is a table header:
its segments' left edges are the columns. The rows below, while they stay close and
inside the table, are cut at those columns; a row with a single segment under a
non-first column continues the cell above (a cell wrapped to two lines).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from plandeck.extract.read.settings import LAYOUT, LayoutSettings


class Segment(Protocol):
    """What the finder needs of a line segment: its text and box (page units)."""

    @property
    def text(self) -> str: ...
    @property
    def x0(self) -> float: ...
    @property
    def x1(self) -> float: ...
    @property
    def top(self) -> float: ...
    @property
    def bottom(self) -> float: ...
    @property
    def height(self) -> float: ...
    def split_at(self, x: float) -> tuple[Segment, Segment] | None: ...


Rect = tuple[float, float, float, float]


@dataclass
class FoundTable:
    """A whitespace table: its cells row by row and the segments it used."""

    rows: list[list[str]]
    # Each cell's (x0, top, x1, bottom) around the segments it holds, parallel to ``rows``; None when empty.
    boxes: list[list[Rect | None]]
    used: list[Segment]
    x0: float
    top: float
    x1: float
    bottom: float


def _rows(segments: Sequence[Segment], layout: LayoutSettings) -> list[list[Segment]]:
    """Segments grouped by baseline, each row sorted left to right, rows top to bottom.

    Not a one-axis clustering (:mod:`cluster`): how far apart two middles may be depends on
    the heights of both segments, and a segment joins the first row it fits, not the last.
    """
    baseline = layout.baseline_tolerance
    rows: list[list[Segment]] = []
    for seg in sorted(segments, key=lambda s: (s.top, s.x0)):
        mid = (seg.top + seg.bottom) / 2
        for row in rows:
            ref = row[0]
            if abs(mid - (ref.top + ref.bottom) / 2) <= baseline * max(ref.height, seg.height):
                row.append(seg)
                break
        else:
            rows.append([seg])
    for row in rows:
        row.sort(key=lambda s: s.x0)
    rows.sort(key=lambda r: min(s.top for s in r))
    return rows


def find_tables(segments: Sequence[Segment], is_field: Callable[[str], bool],
                layout: LayoutSettings = LAYOUT) -> list[FoundTable]:
    """Whitespace tables whose header row names at least two fields."""
    most_gap, wrap_gap = layout.table_row_gap_heights, layout.table_wrap_gap_heights
    rows = _rows(segments, layout)
    tables: list[FoundTable] = []
    i = 0
    while i < len(rows):
        header = rows[i]
        if len(header) < 3 or sum(1 for s in header if is_field(s.text.strip())) < 2:
            i += 1
            continue
        columns = [s.x0 for s in header]
        tolerance = 0.5 * min(s.height for s in header)
        left, right = min(columns) - tolerance, max(s.x1 for s in header)
        cells = [[s.text.strip() for s in header]]
        boxes: list[list[Rect | None]] = [[_rect([s]) for s in header]]
        used: list[Segment] = list(header)
        bottom = max(s.bottom for s in header)
        j = i + 1
        while j < len(rows):
            row = rows[j]
            gap = min(s.top for s in row) - bottom
            height = max(s.height for s in row)
            if gap > most_gap * height or min(s.x0 for s in row) < left:
                break
            found = _place(row, columns, tolerance)
            if found is None:
                break
            placed, where = found
            filled = [k for k, text in enumerate(placed) if text]
            if len(cells) > 1 and (len(filled) == 1 or gap < wrap_gap * height):
                # Wrapped cells: lines set tight under the row above (rows have padding) continue it.
                for col in filled:
                    cells[-1][col] = f"{cells[-1][col]}\n{placed[col]}".strip()
                    boxes[-1][col] = _rect(where[col], boxes[-1][col])
            else:
                cells.append(placed)
                boxes.append([_rect(segs) for segs in where])
            used.extend(row)
            right = max(right, *(s.x1 for s in row))
            bottom = max(s.bottom for s in row)
            j += 1
        if len(cells) >= 2:
            top = min(s.top for s in header)
            tables.append(FoundTable(cells, boxes, used, left, top, right, bottom))
            i = j
        else:
            i += 1
    return tables


def _place(row: list[Segment], columns: list[float],
           tolerance: float) -> tuple[list[str], list[list[Segment]]] | None:
    """Cut a row at the header's columns: each cell's text and segments; None when a segment straddles
    two columns (prose, not a row).

    A segment that crosses a column edge at a word boundary is two cells whose gap was
    one space ("septiembre 2025 In progress" under "Due | Status").
    """
    placed = [""] * len(columns)
    where: list[list[Segment]] = [[] for _ in columns]
    queue = list(row)
    while queue:
        seg = queue.pop(0)
        col = max((k for k, x in enumerate(columns) if seg.x0 >= x - tolerance), default=0)
        if col + 1 < len(columns) and seg.x1 > columns[col + 1] + tolerance:
            halves = seg.split_at(columns[col + 1] - tolerance)
            if halves is None:
                return None
            queue[:0] = list(halves)
            continue
        placed[col] = f"{placed[col]} {seg.text.strip()}".strip()
        where[col].append(seg)
    return placed, where


def _rect(segments: list[Segment], also: Rect | None = None) -> Rect | None:
    """The rectangle around some segments (and ``also``), or ``also`` when there are none."""
    if not segments:
        return also
    x0, top = min(s.x0 for s in segments), min(s.top for s in segments)
    x1, bottom = max(s.x1 for s in segments), max(s.bottom for s in segments)
    if also is not None:
        x0, top, x1, bottom = min(x0, also[0]), min(top, also[1]), max(x1, also[2]), max(bottom, also[3])
    return x0, top, x1, bottom
