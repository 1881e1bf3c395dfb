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

    Row heights in the file are minimums the renderer grows to fit the text; the frame's
    own height is what the author last saw, so rows are stretched to fill it.
    """
    try:
        widths = [int(table.columns[i].width or 0) for i in range(len(table.columns))]
        heights = [int(r.height or 0) for r in table.rows]
    except (ValueError, TypeError, AttributeError):
        return []
    total_w, total_h = sum(widths), sum(heights)
    if not total_w or not total_h:
        return []
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


def _edges(sizes: list[int], start: float, scale: float) -> list[float]:
    """Where each column or row starts, and where the last ends."""
    edges = [start]
    for size in sizes:
        edges.append(edges[-1] + size * scale)
    return edges
