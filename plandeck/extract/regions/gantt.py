"""Gantt charts: a table whose columns are months, where shading and marks say when.

Planners draw time instead of writing it: a row's active months are cells filled with
a colour (any colour but the table's background), and a diamond or star in a cell marks
the month something is delivered. This module finds the month columns (a header row of
month names, under an optional row of quarters) and reads each row's drawn months.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from plandeck.normalize.dates import YEAR

# A header row is a month row when at least this many of its cells name months.
MIN_MONTH_COLUMNS = 4
# Fills this light (0..1 luminance) are backgrounds, not shading.
BACKGROUND_LUMINANCE = 0.92
# Glyphs that mark a delivery or milestone month in a cell.
MILESTONES = frozenset("◆◇♦⬥⬦★☆▲△⯁")


@dataclass(frozen=True, slots=True)
class MonthColumns:
    """Which columns are which months, and the row the month names are in."""

    header_row: int
    month_of: dict[int, tuple[int, int]]  # column -> (year, month)


def month_columns(rows: list[list[str]], month_name: Callable[[str], int | None],
                  year: int | None) -> MonthColumns | None:
    """The month columns of a table, or None when it is no Gantt chart (or its year is unknown)."""
    for r, row in enumerate(rows[:3]):
        found = {c: m for c, cell in enumerate(row) if (m := month_name(cell.strip())) is not None}
        if len(found) < MIN_MONTH_COLUMNS:
            continue
        years = [int(y) for cell in (c for hr in rows[: r + 1] for c in hr) for y in YEAR.findall(cell)]
        first = years[0] if years else year
        if first is None:
            return None
        out: dict[int, tuple[int, int]] = {}
        current, last = first, 0
        for col in sorted(found):
            if found[col] < last:  # "Nov Dec Jan": the year turns
                current += 1
            out[col] = (current, found[col])
            last = found[col]
        return MonthColumns(r, out)
    return None


def drawn_months(row: list[str], fills: list[str | None], columns: MonthColumns,
                 background: str | None) -> tuple[list[str], list[str]]:
    """(shaded months, milestone months) of one body row, as "YYYY-MM"."""
    active, marks = [], []
    for col, (year, month) in sorted(columns.month_of.items()):
        ym = f"{year:04d}-{month:02d}"
        text = row[col].strip() if col < len(row) else ""
        fill = fills[col] if col < len(fills) else None
        if any(ch in MILESTONES for ch in text):
            marks.append(ym)
        if _is_shaded(fill, background) or (text and not any(ch in MILESTONES for ch in text)):
            active.append(ym)
    return active, marks


def background_of(body_fills: list[list[str | None]], columns: MonthColumns) -> str | None:
    """The chart's background: the commonest fill of the body's other cells (titles, leads), whatever its colour."""
    seen = Counter(f for fills in body_fills for c, f in enumerate(fills) if c not in columns.month_of)
    return seen.most_common(1)[0][0] if seen else None


def _is_shaded(fill: str | None, background: str | None) -> bool:
    if fill is None or fill == background:
        return False
    if re.fullmatch(r"[0-9A-Fa-f]{6}", fill):
        r, g, b = (int(fill[i:i + 2], 16) / 255 for i in (0, 2, 4))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b < BACKGROUND_LUMINANCE
    return fill not in ("bg1", "lt1")  # a theme colour other than the light background
