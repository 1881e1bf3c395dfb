"""Columns of boxes on a slide: headings a split slide title gives each column, and the text
item a table sits under.

"WP4 Sensor network | WP5 Outreach" over two columns of boxes puts one item in each column;
a table under an item's text, in the same column, lists that item's children.
"""
from __future__ import annotations

from plandeck.extract.lines import Line
from plandeck.extract.regions.slide_roles import slide_title
from plandeck.model import Block, BlockKind, Box, RawItem, Slide

# A part of a title split by vertical bars names a panel when it is this short.
PANEL_TITLE_WORDS = 10


def panel_headings(lines: list[Line], slide: Slide) -> list[Line]:
    """ "WP4 Sensor network | WP5 Outreach" over two columns: each part heads its column.

    When a slide title split by vertical bars names as many parts as the slide has columns
    of boxes, the parts become the columns' headings, left to right, and the title goes.
    """
    title = slide_title(slide)
    parts = [p.strip() for p in title.split(" | ")] if title else []
    if len(parts) < 2 or any(not p or len(p.split()) > PANEL_TITLE_WORDS for p in parts):
        return lines
    body = [i for i, b in enumerate(slide.blocks) if b.kind in (BlockKind.TEXT, BlockKind.TABLE)]
    columns = cluster_columns([(i, slide.blocks[i].box.x0) for i in body])
    if len(columns) != len(parts):
        return lines
    first_block = {min(col): part for col, part in zip(columns, parts, strict=True)}
    out: list[Line] = []
    for line in lines:
        if line.is_title:
            continue
        part = first_block.pop(line.block, None)
        if part is not None:
            out.append(Line(part, 0, line.block, True, False, line.size, True, ()))
        out.append(line)
    return out


def cluster_columns(xs: list[tuple[int, float]], gap: float = 0.2) -> list[list[int]]:
    """Block indices grouped into columns by their left edges (fractions of the slide width)."""
    groups: list[list[int]] = []
    last = None
    for index, x in sorted(xs, key=lambda ix: ix[1]):
        if last is None or x - last > gap:
            groups.append([])
        groups[-1].append(index)
        last = x
    return groups


def table_owner(table: Block, items: list[RawItem], boxes: dict[int, list[Box]]) -> RawItem | None:
    """The text item a table sits under on its slide: the one above it in the same column, else the only one."""
    best: tuple[float, RawItem] | None = None
    for item in items:
        for box in boxes.get(id(item), []):
            overlap = min(box.x1, table.box.x1) - max(box.x0, table.box.x0)
            if overlap > 0.3 * min(box.width, table.box.width) and box.y0 <= table.box.y0 + 0.01:
                gap = table.box.y0 - box.y1
                if best is None or gap < best[0]:
                    best = (gap, item)
    if best is not None:
        return best[1]
    return items[0] if len(items) == 1 else None
