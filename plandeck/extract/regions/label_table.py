"""A two-column table of label | value ("Leader | Jane Doe") read as the label lines it stands for.

Each row becomes a paragraph ("Leader: Jane Doe") placed on the row's cells, so the
item rules read it like a text box and provenance points at the row, not the table.
"""
from __future__ import annotations

from collections.abc import Callable

from plandeck.extract.labels import LabelMatcher
from plandeck.extract.lines import Line, block_lines
from plandeck.model import Block, BlockKind, Paragraph, union


def label_table_lines(block: Block, index: int, titled: bool, labels: LabelMatcher,
                      is_banner: Callable[[str], bool]) -> list[Line] | None:
    """A label | value table read as label lines, or None when it is not one.

    A row naming the item ("Title | …") is its heading only on a slide with no title;
    under a slide title ("Working groups | see next slides") it is one more line.
    """
    rows = [r for r in block.rows if any(c.strip() for c in r)]
    if not rows or max(len(r) for r in rows) < 2:
        return None
    keyed = sum(1 for r in rows if labels.header_key(r[0]))
    if keyed < 2 or keyed < 0.5 * len(rows):
        return None
    paragraphs: list[Paragraph] = []
    row_boxes = {id(r): union(block.cells[i]) if i < len(block.cells) else None for i, r in enumerate(block.rows)}
    for r in rows:
        start = len(paragraphs)
        label = r[0].strip().rstrip(":：")
        values = [v for cell in r[1:] for v in cell.split("\n") if v.strip()]
        if labels.header_key(r[0]):
            paragraphs.append(Paragraph(f"{label}: {values[0] if values else ''}".strip(), level=0))
            paragraphs.extend(Paragraph(v, level=1) for v in values[1:])
        elif labels.is_title_column(r[0]) and values and not titled:
            paragraphs.append(Paragraph(" ".join(values), level=0, bold=True))
        else:
            # A label this vocabulary does not know ("Reports to") still reads as a label line of its own.
            paragraphs.append(Paragraph(f"{label}: {' '.join(values)}" if values else label, level=0))
        for para in paragraphs[start:]:
            para.box = row_boxes[id(r)]
    fake = Block(BlockKind.TEXT, block.box, paragraphs=paragraphs)
    lines = block_lines(fake, index, labels, is_banner)
    for line in lines:
        line.how = "table-label" if line.how == "label" else line.how
    return lines
