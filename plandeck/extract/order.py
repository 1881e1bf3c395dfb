"""Visual reading order of blocks: rows top to bottom, left to right within a row."""
from __future__ import annotations

from plandeck.model import Block

# Blocks whose tops are this close (fraction of slide height) sit in the same row.
ROW_TOLERANCE = 0.04


def reading_order(blocks: list[Block]) -> list[Block]:
    """Sort blocks the way a reader scans a slide; side-by-side frames read left first."""
    ordered = sorted(blocks, key=lambda b: (b.box.y0, b.box.x0))
    rows: list[list[Block]] = []
    for block in ordered:
        if rows and abs(block.box.y0 - rows[-1][0].box.y0) <= ROW_TOLERANCE:
            rows[-1].append(block)
        else:
            rows.append([block])
    return [block for row in rows for block in sorted(row, key=lambda b: b.box.x0)]
