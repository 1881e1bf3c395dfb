"""Field names and their values set in separate boxes side by side, joined back into one block.

Designed slides often draw a column of labels ("Co-pilotes :", "Échéance :") and, level
with each, a box holding its value. Read as separate blocks, a value box looks like a
heading of its own and the label like a field with nothing after it. A block that is
nothing but one label is joined with the nearest text block starting level with it to
its right, label first, so the facts stage sees the label-alone line followed by its
value lines, as in one text box.
"""
from __future__ import annotations

from collections.abc import Callable

from plandeck.model import Block, BlockKind, Box

# How far apart (fraction of slide height) the tops of a label box and its value box may be.
TOP_TOLERANCE = 0.03
# A value box may start this far left of the label box's right edge (fraction of slide width).
OVERLAP_TOLERANCE = 0.01


def pair_label_boxes(blocks: list[Block], is_label_alone: Callable[[str], bool]) -> list[Block]:
    """The blocks with each lone-label block merged with its value box; other blocks untouched."""
    labels = [b for b in blocks if b.kind is BlockKind.TEXT and len(b.paragraphs) == 1
              and is_label_alone(b.paragraphs[0].text)]
    if not labels:
        return blocks
    taken: set[int] = set()
    merged: dict[int, Block] = {}
    for label in labels:
        value = _value_box(label, blocks, taken)
        if value is not None:
            taken.add(id(value))
            for block in (label, value):  # each line keeps the box it was read from, not the pair's
                for para in block.paragraphs:
                    para.box = para.box or block.box
            merged[id(label)] = Block(BlockKind.TEXT, _union(label.box, value.box),
                                      paragraphs=[*label.paragraphs, *value.paragraphs])
    return [merged.get(id(b), b) for b in blocks if id(b) not in taken]


def _value_box(label: Block, blocks: list[Block], taken: set[int]) -> Block | None:
    """The nearest text block to the right of ``label`` whose top is level with it, if any."""
    best: Block | None = None
    for b in blocks:
        if (b is label or id(b) in taken or b.kind is not BlockKind.TEXT or not b.paragraphs
                or abs(b.box.y0 - label.box.y0) > TOP_TOLERANCE or b.box.x0 < label.box.x1 - OVERLAP_TOLERANCE):
            continue
        if best is None or b.box.x0 < best.box.x0:
            best = b
    return best


def _union(a: Box, b: Box) -> Box:
    return Box(min(a.x0, b.x0), min(a.y0, b.y0), max(a.x1, b.x1), max(a.y1, b.y1))
