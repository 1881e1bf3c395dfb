"""PPTX table cells: text and fill colour, the part of a table the later stages read."""
from __future__ import annotations

from typing import Any

from pptx.table import Table

from plandeck.extract.read import ooxml
from plandeck.extract.read.text import clean_line
from plandeck.model import Box


def table_cells(table: Table) -> tuple[list[list[str]], list[list[str | None]]]:
    """Each cell's text and its fill colour (a Gantt chart's shaded months are fills, not text)."""
    rows, fills = [], []
    for row in table.rows:
        cells: list[str] = []
        colours: list[str | None] = []
        for cell in row.cells:
            colours.append(_cell_fill(cell._tc))
            if cell.is_spanned:
                cells.append("")
                continue
            lines = [clean_line(p.text) for p in cell.text_frame.paragraphs]
            cells.append("\n".join(line for line in lines if line))
        rows.append(cells)
        fills.append(colours)
    return rows, fills


_A = ooxml.A


def _cell_fill(tc: Any) -> str | None:
    """A cell's solid fill: "RRGGBB" for an RGB colour, the scheme name ("accent1") for a theme colour."""
    fill = tc.find(f"{_A}tcPr/{_A}solidFill")
    if fill is None or not len(fill):
        return None
    colour = fill[0]
    return colour.get("val") if colour.tag in (f"{_A}srgbClr", f"{_A}schemeClr") else None


def cell_boxes(table: Table, box: Box) -> list[list[Box | None]]:
    """Each cell's box on the slide, from the grid's column widths and row heights laid over the frame's box.

    Row heights in the file are minimums: a renderer grows a row until its text fits, and
    decks written by tools other than PowerPoint never record the grown height. So each
    row is given at least the height its wrapped text needs (estimated from the text's
    length, size and the cell's width), and the rows below move down with it.
    """
    try:
        widths = [int(table.columns[i].width or 0) for i in range(len(table.columns))]
        declared = [int(r.height or 0) for r in table.rows]
    except (ValueError, TypeError, AttributeError):
        return []
    total_w, total_h = sum(widths), sum(declared)
    if not total_w or not total_h:
        return []
    try:
        heights = [max([h, *(_needed_height(cell, widths[c]) for c, cell in enumerate(row.cells) if c < len(widths)
                             and not cell.is_spanned and int(getattr(cell, "span_height", 1) or 1) == 1)])
                   for h, row in zip(declared, table.rows, strict=False)]
    except (ValueError, TypeError):  # a malformed inset or size: the declared heights are still a fair guess
        heights = declared
    xs = _edges(widths, box.x0, box.width / total_w)
    ys = _edges(heights, box.y0, box.height / total_h)
    out: list[list[Box | None]] = []
    for r, row in enumerate(table.rows):
        cells: list[Box | None] = []
        for c, cell in enumerate(row.cells):
            span_w = max(int(getattr(cell, "span_width", 1) or 1), 1)
            span_h = max(int(getattr(cell, "span_height", 1) or 1), 1)
            right, bottom = min(c + span_w, len(widths)), min(r + span_h, len(heights))
            cells.append(Box(xs[c], ys[r], xs[right], ys[bottom]) if c < len(widths) else None)
        out.append(cells)
    return out


# Cell insets PowerPoint uses when a cell sets none (EMU), the size of text that sets none (points),
# the average character width and the line height as fractions of the text size.
_INSET_X, _INSET_Y = 91440, 45720
_DEFAULT_PT = 18.0
_CHAR_WIDTH, _LINE_HEIGHT = 0.5, 1.2
_EMU_PER_PT = 12700


def _needed_height(cell: Any, width: int) -> int:
    """How tall (EMU) a cell must be to hold its text wrapped at its width: a close estimate, not a layout."""
    tc = cell._tc
    pr = tc.find(f"{_A}tcPr")
    inset_x = sum(int(pr.get(k, _INSET_X)) for k in ("marL", "marR")) if pr is not None else 2 * _INSET_X
    inset_y = sum(int(pr.get(k, _INSET_Y)) for k in ("marT", "marB")) if pr is not None else 2 * _INSET_Y
    room = max(width - inset_x, _EMU_PER_PT)
    lines = 0.0
    tallest = 0.0
    for p in tc.iter(f"{_A}p"):
        size = next((int(r.get("sz")) / 100 for r in p.iter(f"{_A}rPr", f"{_A}endParaRPr")
                     if (r.get("sz") or "").isdigit()), _DEFAULT_PT)
        text = "".join(t.text or "" for t in p.iter(f"{_A}t"))
        per_line = max(room / (size * _CHAR_WIDTH * _EMU_PER_PT), 1.0)
        lines += max(-(-len(text) // per_line), 1) * size
        tallest = max(tallest, size)
    return int(lines * _LINE_HEIGHT * _EMU_PER_PT) + inset_y if tallest else 0


def _edges(sizes: list[int], start: float, scale: float) -> list[float]:
    """Where each column or row starts, and where the last ends."""
    edges = [start]
    for size in sizes:
        edges.append(edges[-1] + size * scale)
    return edges
