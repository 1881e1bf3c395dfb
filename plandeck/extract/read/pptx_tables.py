"""PPTX table cells: text and fill colour, the part of a table the later stages read."""
from __future__ import annotations

from typing import Any

from pptx.table import Table

from plandeck.extract.read import ooxml
from plandeck.extract.read.text import clean_line


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
