"""One item record per row of an items table, by the roles of its columns.

Rows may be grouped: a caption row merged across the table names the parent of all
rows; a full-width row in the body opens a group whose rows are its children; outline
numbers ("1", "1.1") nest rows; a row with an empty title cell continues the row above.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from plandeck.codes import grammar
from plandeck.extract.lines import URL
from plandeck.extract.regions.columns import CellTests, Role, TableLayout, read_columns
from plandeck.extract.regions.gantt import background_of, drawn_months, month_columns
from plandeck.model import Block, Box, Origin, RawField, RawItem, union
from plandeck.vocabulary import fold

_OUTLINE = re.compile(r"^(\d{1,3}(?:\.\d{1,2})*)\.?$")


@dataclass(frozen=True, slots=True)
class TableRecords:
    """What an items table gave: its rows' records and the caption naming their parent, if any."""

    records: list[RawItem]
    caption: str | None
    layout: TableLayout


def table_records(block: Block, unit: int, tests: CellTests, wg_words: re.Pattern[str],
                  year: int | None = None) -> TableRecords | None:
    """The records of an items table, or None when the table does not list items.

    ``year`` is the year a Gantt chart's month columns fall in when its header names none.
    """
    kept = [(i, [c.strip() for c in r]) for i, r in enumerate(block.rows) if any(c.strip() for c in r)]
    fills = [block.fills[i] if i < len(block.fills) else [] for i, _ in kept]
    # Each row's cell boxes; the table's box stands in for cells the reader could not place.
    places = [[*(block.cells[i] if i < len(block.cells) else [])] for i, _ in kept]
    rows = [r for _, r in kept]
    caption = None
    if len(rows) >= 3 and sum(1 for c in rows[0] if c.strip()) == 1 and len(rows[1]) > 1:
        caption = " ".join(next(c for c in rows[0] if c.strip()).split())
        rows, fills, places = rows[1:], fills[1:], places[1:]
    if len(rows) < 2:
        return None
    chart = month_columns(rows, tests.month_name, year)
    if chart is not None:
        # The month header rows go; their other cells ("Workstream", "Lead") make one header row.
        head_rows = rows[: chart.header_row + 1]
        header = [next((h[c] for h in head_rows if c < len(h) and h[c].strip()), "") if c not in chart.month_of
                  else "" for c in range(len(rows[0]))]
        rows = [header, *rows[chart.header_row + 1:]]
        fills = [[], *fills[chart.header_row + 1:]]
        places = [[], *places[chart.header_row + 1:]]
    header = rows[0]
    width = len(header)
    pairs = [(r + [""] * (width - len(r)), f, _Cells(p, block.box))
             for r, f, p in zip(rows[1:], fills[1:], places[1:], strict=True)
             if [fold(c) for c in r] != [fold(c) for c in header]]
    body = [r for r, _, _ in pairs]
    plain = [[c if chart is None or i not in chart.month_of else "" for i, c in enumerate(r)] for r in body]
    layout = read_columns(header, [r for r in plain if not _is_group_row(r)], tests)
    if layout is None:
        return None
    heads = [header[c.index] for c in layout.columns if c.role in (Role.TITLE, Role.CODE)]
    kind = "working_group" if any(wg_words.search(fold(" ".join(h.split()))) for h in heads) else None
    records: list[RawItem] = []
    group: RawItem | None = None
    by_outline: dict[str, RawItem] = {}
    background = background_of([f for _, f, _ in pairs], chart) if chart else None
    for row, row_fills, cells in pairs:
        if chart is not None:
            drawn = drawn_months(row, row_fills, chart, background)
            row = [c if i not in chart.month_of else "" for i, c in enumerate(row)]
        if _is_group_row(row):
            code, title = grammar().split(" ".join(next(c for c in row if c.strip()).split()))
            group = RawItem(title=title, unit=unit, code=code, units={unit}, origin="row", box=cells.row(), how="row")
            records.append(group)
            continue
        title_cell = " ".join(row[layout.title].split())
        if not title_cell:
            if records:
                _fill(records[-1], row, cells, layout, header, unit, tests)
            continue
        code, outline = _code(row, layout)
        if code is None:
            code, title_cell = grammar().split(title_cell)
        record = RawItem(title=title_cell, unit=unit, code=code, kind=kind, units={unit}, origin="row",
                         box=cells.at(layout.title), how="row")
        parent_outline = outline.rsplit(".", 1)[0] if outline and "." in outline else None
        record.parent = (by_outline.get(parent_outline) if parent_outline else None) or group
        record.parent_hint = _parent_code(row, layout)
        if outline:
            by_outline[outline] = record
        _fill(record, row, cells, layout, header, unit, tests)
        if chart is not None:
            _add_drawn(record, *drawn, unit=unit, cells=cells, months=chart.month_of)
        records.append(record)
    return TableRecords(records, caption, layout)


def _is_group_row(row: list[str]) -> bool:
    """A row with one filled cell in a table of three or more columns: a group heading."""
    return len(row) >= 3 and sum(1 for c in row if c.strip()) == 1 and bool(row[0].strip() or row[1].strip())


def _code(row: list[str], layout: TableLayout) -> tuple[str | None, str | None]:
    """The row's code, and its outline number when the code column holds bare numbers with no prefix."""
    for col in layout.of(Role.CODE):
        # "X.1002 (rev.)": a bracketed aside after the code is a note, not part of it.
        cell = re.sub(r"\s*\([^)]*\)\s*$", "", row[col.index].split("\n")[0].strip())
        if not cell:
            continue
        outline = _OUTLINE.match(cell)
        if outline:
            if col.prefix:
                return f"{col.prefix}{outline.group(1)}", None
            return None, outline.group(1)
        if grammar().is_code(cell):
            return grammar().normalise(cell), None
    return None, None


def _add_drawn(record: RawItem, active: list[str], marks: list[str], unit: int, cells: _Cells,
               months: dict[int, tuple[int, int]]) -> None:
    """A Gantt row's shaded months become its timeline, its milestone marks its publication (drawn, no text);
    their box is the row's cells from the first month to the last."""
    for key, found in (("timeline", active), ("publication", marks)):
        if found and not record.has(key):
            where = [c for c, (y, m) in months.items() if found[0] <= f"{y:04d}-{m:02d}" <= found[-1]]
            record.fields.append(RawField(key, "(chart)", [f"{found[0]} – {found[-1]}"], unit, drawn=True,
                                          box=cells.of(where), how="drawn"))


def _parent_code(row: list[str], layout: TableLayout) -> str | None:
    """The code a parent column names for this row ("WP" column "3" -> "WP3")."""
    for col in layout.of(Role.PARENT):
        cell = row[col.index].split("\n")[0].strip()
        if _OUTLINE.match(cell) and col.prefix:
            return f"{col.prefix}{cell.rstrip('.')}"
        if grammar().is_code(cell):
            return grammar().normalise(cell)
    return None


def _fill(record: RawItem, row: list[str], cells: _Cells, layout: TableLayout, header: list[str], unit: int,
          tests: CellTests) -> None:
    """Add the row's field cells to ``record``; organisations go with the leaders they belong to."""
    orgs = [row[c.index].strip() for c in layout.of(Role.AFFILIATION) if row[c.index].strip()]
    leaders = False
    for col in layout.of(Role.FIELD):
        lines = [v.strip() for v in row[col.index].split("\n") if v.strip()]
        if lines and tests.opening_label(lines[0]) == col.key:
            first = re.split(r"[:：]", lines[0], maxsplit=1)
            lines = ([first[1].strip()] if len(first) > 1 and first[1].strip() else []) + lines[1:]
        if not lines or col.key is None:
            continue
        if col.key == "leader":
            leaders = True
            if orgs:
                lines = [ln if "(" in ln or " – " in ln or " - " in ln else f"{ln} ({orgs[0]})" for ln in lines]
        record.fields.append(_field(col.key, " ".join(header[col.index].split()), lines, unit, cells.at(col.index),
                                    f"column-{col.how}"))
        for v in lines:
            for url in URL.findall(v):
                if url not in record.links:
                    record.links.append(url)
                    record.link_origins[url] = Origin(unit, cells.at(col.index), "link")
    starts = [row[c.index].strip() for c in layout.of(Role.START) if row[c.index].strip()]
    ends = [row[c.index].strip() for c in layout.of(Role.END) if row[c.index].strip()]
    if starts or ends:
        text = " – ".join([starts[0]] * bool(starts) + [ends[0]] * bool(ends))
        label = " / ".join(" ".join(header[c.index].split()) for c in layout.of(Role.START) + layout.of(Role.END))
        where = [c.index for c in layout.of(Role.START) + layout.of(Role.END)]
        record.fields.append(_field("timeline", label, [text], unit, cells.of(where), "span-columns"))
    if orgs and not leaders:
        label = " ".join(header[layout.of(Role.AFFILIATION)[0].index].split())
        found = _field("leader", label, orgs, unit, cells.of([c.index for c in layout.of(Role.AFFILIATION)]),
                       f"column-{layout.of(Role.AFFILIATION)[0].how}")
        found.organisations = True
        record.fields.append(found)
    for col in layout.of(Role.OTHER):
        text = " ".join(row[col.index].split())
        if text and col.index != layout.title:
            record.notes.append(f"{' '.join(header[col.index].split())}: {text}" if header[col.index] else text)


@dataclass(frozen=True, slots=True)
class _Cells:
    """One row's cell boxes; a cell the reader could not place is given the whole table's box."""

    boxes: list[Box | None]
    table: Box

    def at(self, index: int) -> Box:
        box = self.boxes[index] if index < len(self.boxes) else None
        return box or self.table

    def of(self, indices: list[int]) -> Box:
        return union(self.at(i) for i in indices) or self.table

    def row(self) -> Box:
        return union(self.boxes) or self.table


def _field(key: str, label: str, lines: list[str], unit: int, box: Box, how: str) -> RawField:
    """A field read from a cell: its box is the cell's, and so is each of its lines'."""
    found = RawField(key=key, label=label, lines=lines, unit=unit, box=box, how=how)
    for line in lines:
        found.place(line, box)
    return found
