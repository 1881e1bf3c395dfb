"""Visual reading order of blocks on a slide, by recursive XY-cut.

A region is first cut into columns where a vertical gap runs through all of it (two
items side by side read one column after the other), else into rows where a
horizontal gap does (title, then body). A region whose columns line up row by row,
with several one-line blocks, is a table laid out with spaces and is read by rows.
"""
from __future__ import annotations

from plandeck.model import Block, BlockKind

# Gaps narrower than this (fraction of the slide) do not separate columns or rows.
GAP = 0.005
# Tops this close (fraction of slide height) are on one row of a whitespace table.
ROW_TOLERANCE = 0.02
# A last row starting this close to the bottom edge is a footer.
FOOTER_BAND = 0.12


def reading_order(blocks: list[Block]) -> list[Block]:
    """Blocks in the order a reader scans the slide; notes stay last."""
    notes = [b for b in blocks if b.kind is BlockKind.NOTES]
    return _xycut([b for b in blocks if b.kind is not BlockKind.NOTES]) + notes


def _xycut(blocks: list[Block]) -> list[Block]:
    if len(blocks) <= 1:
        return list(blocks)
    columns = _split(blocks, lambda b: (b.box.x0, b.box.x1))
    if len(columns) > 1 and not _aligned_rows(columns):
        return [b for group in columns for b in _xycut(group)]
    rows = _split(blocks, lambda b: (b.box.y0, b.box.y1))
    if len(rows) > 1 and min(b.box.y0 for b in rows[-1]) >= 1 - FOOTER_BAND:
        # A footer row spans the columns above it: read what is above it first.
        return _xycut([b for group in rows[:-1] for b in group]) + _xycut(rows[-1])
    if len(rows) > 1:
        # Peel the top row off and cut the rest afresh: below a full-width title the rest may be columns.
        rest = [b for group in rows[1:] for b in group]
        return _xycut(rows[0]) + _xycut(rest)
    return sorted(blocks, key=lambda b: (round(b.box.y0 / ROW_TOLERANCE), b.box.x0))


def _split(blocks: list[Block], span) -> list[list[Block]]:
    """Groups of blocks separated by a gap along one axis."""
    ordered = sorted(blocks, key=lambda b: span(b)[0])
    groups: list[list[Block]] = []
    end = None
    for block in ordered:
        start, stop = span(block)
        if end is None or start > end + GAP:
            groups.append([block])
            end = stop
        else:
            groups[-1].append(block)
            end = max(end, stop)
    return groups


def _aligned_rows(columns: list[list[Block]]) -> bool:
    """Columns whose blocks pair up by top edge, three rows or more: a table, not columns."""
    left, rest = columns[0], [b for col in columns[1:] for b in col]
    if len(left) < 3:
        return False
    paired = sum(1 for a in left if any(abs(a.box.y0 - b.box.y0) <= ROW_TOLERANCE for b in rest))
    return paired >= 0.7 * len(left)

