"""Visual reading order of blocks on a slide, by recursive XY-cut.

A region is first cut into columns where a vertical gap runs through all of it (two
items side by side read one column after the other), else into rows where a
horizontal gap does (title, then body). A region whose columns line up row by row,
with several one-line blocks, is a table laid out with spaces and is read by rows.
"""
from __future__ import annotations

from plandeck.extract.read.cluster import cluster_objects
from plandeck.extract.read.settings import LAYOUT, LayoutSettings
from plandeck.model import Block, BlockKind


def reading_order(blocks: list[Block], layout: LayoutSettings = LAYOUT) -> list[Block]:
    """Blocks in the order a reader scans the slide; notes stay last."""
    notes = [b for b in blocks if b.kind is BlockKind.NOTES]
    return _xycut([b for b in blocks if b.kind is not BlockKind.NOTES], layout) + notes


def _xycut(blocks: list[Block], layout: LayoutSettings) -> list[Block]:
    if len(blocks) <= 1:
        return list(blocks)
    # Columns, then rows: blocks clustered along one axis, a gap wider than order_gap between the clusters.
    columns = cluster_objects(blocks, _x0, layout.order_gap, end=_x1)
    if len(columns) > 1 and not _aligned_rows(columns, layout):
        return [b for group in columns for b in _xycut(group, layout)]
    rows = cluster_objects(blocks, _y0, layout.order_gap, end=_y1)
    if len(rows) > 1 and min(b.box.y0 for b in rows[-1]) >= 1 - layout.footer_band:
        # A footer row spans the columns above it: read what is above it first.
        return _xycut([b for group in rows[:-1] for b in group], layout) + _xycut(rows[-1], layout)
    if len(rows) > 1:
        # Peel the top row off and cut the rest afresh: below a full-width title the rest may be columns.
        rest = [b for group in rows[1:] for b in group]
        return _xycut(rows[0], layout) + _xycut(rest, layout)
    return sorted(blocks, key=lambda b: (round(b.box.y0 / layout.row_tolerance), b.box.x0))


def _x0(block: Block) -> float:
    return block.box.x0


def _x1(block: Block) -> float:
    return block.box.x1


def _y0(block: Block) -> float:
    return block.box.y0


def _y1(block: Block) -> float:
    return block.box.y1


def _aligned_rows(columns: list[list[Block]], layout: LayoutSettings) -> bool:
    """Columns whose blocks pair up by top edge, three rows or more: a table, not columns."""
    left, rest = columns[0], [b for col in columns[1:] for b in col]
    if len(left) < 3:
        return False
    paired = sum(1 for a in left if any(abs(a.box.y0 - b.box.y0) <= layout.row_tolerance for b in rest))
    return paired >= 0.7 * len(left)

