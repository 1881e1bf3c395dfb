"""The role of each column of a table, from its header words or from what its cells hold.

Authors name columns freely ("WP# | Title | Lead Partner | PI", "Ref | Action | Owner |
Due | Status"), so a header in no vocabulary must not lose the table: a column whose
cells are codes is the code column, mostly dates a date column, status words the status,
people the leaders, organisations their affiliations, and the column of long texts the
titles. A header the vocabulary knows always wins over a guess from the cells.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from plandeck.codes import grammar
from plandeck.vocabulary import fold

# Share of a column's non-empty body cells that must agree for a guess from the cells.
CELL_AGREEMENT = 0.6
# Months counted from the project's start ("M6", "M4–M30"), as EU projects write due dates.
PROJECT_MONTHS = re.compile(r"^M\s?(\d{1,3})(?:\s*[-–—]\s*M\s?(\d{1,3}))?$")
_CLOCK = re.compile(r"\b\d{1,2}[:.h]\d{2}\b")
_BARE_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,2})*\.?$")


class Role(str, Enum):
    """What a column holds."""

    CODE = "code"
    TITLE = "title"
    FIELD = "field"  # a plandeck field: ``key`` says which
    AFFILIATION = "affiliation"  # the organisations of the people in the leader column
    START = "start"  # the first month of the row's timeline ("Start | End")
    END = "end"  # its last month
    PARENT = "parent"  # the code of the item each row belongs to ("WP" column of 1, 2, 3 beside D1.1, D2.1)
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Column:
    """One column's role; ``how`` is "header" or "cells" (what the role was read from)."""

    index: int
    header: str
    role: Role
    key: str | None = None
    prefix: str | None = None  # letters a code column's header gives bare numbers ("WP#")
    how: str = "header"


@dataclass(frozen=True, slots=True)
class CellTests:
    """Predicates on one cell's text, built from the rule data by the caller."""

    label: Callable[[str], str | None]  # the field a header names, if any
    is_title_header: Callable[[str], bool]
    is_affiliation_header: Callable[[str], bool]
    is_non_item_header: Callable[[str], bool]
    span_end: Callable[[str], str | None]  # "start" or "end" for a header naming one end of a span
    status: Callable[[str], bool]
    date: Callable[[str], bool]
    person: Callable[[str], bool]
    organisation: Callable[[str], bool]
    opening_label: Callable[[str], str | None]  # the field of a label opening the cell ("Co-chairs:")
    range: Callable[[str], bool]  # a span written with a dash or a range word ("M4–M30", "2024 to 2025")
    period_line: Callable[[str], bool]  # a line that is a period and nothing else ("January – December 2014")
    month_name: Callable[[str], int | None]  # the month a header cell names ("Jan", "März"), if only that


@dataclass(slots=True)
class TableLayout:
    """An items table's columns; ``title`` is the index of the title column."""

    columns: list[Column] = field(default_factory=list)
    title: int = 0

    def of(self, role: Role) -> list[Column]:
        return [c for c in self.columns if c.role is role]


def read_columns(header: list[str], body: list[list[str]], tests: CellTests) -> TableLayout | None:
    """The layout of an items table, or None when the table does not list items."""
    if any(tests.is_non_item_header(h) for h in header if h.strip()):
        return None
    if any(_is_clock_column([row[i] for row in body if i < len(row) and row[i].strip()]) for i in range(len(header))):
        return None  # a timetable (a conference programme, an agenda) lists sessions, not plan items
    columns = [_from_header(i, h, tests) for i, h in enumerate(header)]
    for i, col in enumerate(columns):
        if col is None:
            cells = [row[i] for row in body if i < len(row) and row[i].strip()]
            columns[i] = _from_cells(i, header[i], cells, tests, columns)
    roles = [c for c in columns if c is not None]
    titles = [c for c in roles if c.role is Role.TITLE]
    if len(titles) > 1 and not any(c.role is Role.CODE for c in roles):
        # "Work item | Title": two headers name the items; the one whose cells are codes holds the codes.
        for col in titles:
            cells = [row[col.index] for row in body if col.index < len(row) and row[col.index].strip()]
            if cells and all(_is_code_cell(c) for c in cells):
                roles[col.index] = Column(col.index, col.header, Role.CODE, how="cells")
                break
        titles = [c for c in roles if c.role is Role.TITLE]
    if not titles:
        title = _longest_text_column(roles, body)
        if title is None:
            return None
        roles[title.index] = Column(title.index, title.header, Role.TITLE, how="cells")
        titles = [roles[title.index]]
    named = any(c.role is Role.AFFILIATION and c.how == "header" for c in roles)
    guessed = [c for c in roles if c.role is Role.AFFILIATION and c.how == "cells"]
    for col in guessed[1:] if not named else guessed:
        # One column of organisations: a header naming it wins over short codes guessed from cells ("PU", "R").
        roles[col.index] = Column(col.index, col.header, Role.OTHER, how="cells")
    if not (roles_of(roles, Role.START) and roles_of(roles, Role.END)):
        # One end alone ("To" beside "From"-less tables) is no span: its cells are plain notes.
        roles = [Column(c.index, c.header, Role.OTHER, how=c.how) if c.role in (Role.START, Role.END) else c
                 for c in roles]
    useful = [c for c in roles if c.role in (Role.FIELD, Role.AFFILIATION, Role.START)]
    if not useful:
        return None
    return TableLayout(columns=roles, title=titles[0].index)


def _from_header(index: int, header: str, tests: CellTests) -> Column | None:
    text = " ".join(header.split())
    if not text:
        return None
    key = tests.label(text)
    if key is not None:
        return Column(index, text, Role.FIELD, key=key)
    if tests.is_title_header(text):
        return Column(index, text, Role.TITLE)
    if grammar().is_column_header(text):
        return Column(index, text, Role.CODE, prefix=grammar().column_prefix(text))
    if tests.is_affiliation_header(text):
        return Column(index, text, Role.AFFILIATION)
    end = tests.span_end(text)
    if end is not None:
        return Column(index, text, Role.START if end == "start" else Role.END)
    return None


def _from_cells(index: int, header: str, cells: list[str], tests: CellTests,
                known: list[Column | None]) -> Column:
    """Guess a column's role from its cells; OTHER when no guess is strong enough."""
    text = " ".join(header.split())
    if not cells:
        return Column(index, text, Role.OTHER, how="cells")

    def agree(test: Callable[[str], bool]) -> bool:
        return sum(1 for c in cells if test(c)) >= CELL_AGREEMENT * len(cells)

    taken = {(c.role, c.key) for c in known if c is not None}
    g = grammar()
    if agree(_is_code_cell):
        if (Role.CODE, None) not in taken:
            return Column(index, text, Role.CODE, prefix=g.column_prefix(text), how="cells")
        if (Role.PARENT, None) not in taken:
            letters = re.fullmatch(r"\s*([A-Z]{1,5})\s*", header)
            prefix = letters.group(1) if letters else g.column_prefix(text)
            return Column(index, text, Role.PARENT, prefix=prefix, how="cells")
    opening = [tests.opening_label(c) for c in cells]
    if opening[0] and opening.count(opening[0]) >= CELL_AGREEMENT * len(cells):
        return Column(index, text, Role.FIELD, key=opening[0], how="cells")
    if (Role.FIELD, "status") not in taken and agree(tests.status):
        return Column(index, text, Role.FIELD, key="status", how="cells")
    if agree(lambda c: tests.date(c) or bool(PROJECT_MONTHS.match(c.strip()))):
        # Ranges ("M4–M30", "2024–2025") are spans of work; single dates are when something is due.
        ranged = agree(tests.range)
        key = "timeline" if ranged or (Role.FIELD, "publication") in taken else "publication"
        if (Role.FIELD, key) in taken:
            key = "publication" if key == "timeline" else "timeline"
        return Column(index, text, Role.FIELD, key=key, how="cells")
    if (Role.FIELD, "leader") not in taken and agree(tests.person):
        return Column(index, text, Role.FIELD, key="leader", how="cells")
    if agree(lambda c: len(c.split()) <= 6 and tests.organisation(c)):
        return Column(index, text, Role.AFFILIATION, how="cells")
    return Column(index, text, Role.OTHER, how="cells")


def roles_of(columns: list[Column], role: Role) -> list[Column]:
    """The columns of one role, left to right."""
    return [c for c in columns if c.role is role]


def _is_clock_column(cells: list[str]) -> bool:
    """Most cells are clock times ("09:30–11:00", "14h00")."""
    return bool(cells) and sum(1 for c in cells if _CLOCK.search(c)) >= CELL_AGREEMENT * len(cells)


def _is_code_cell(cell: str) -> bool:
    """A cell holding one code ("D1", "SG2/7", "X.1002 (rev.)") or an outline number ("2", "1.3")."""
    first = re.sub(r"\s*\([^)]*\)\s*$", "", cell.split("\n")[0].strip())
    return grammar().is_code(first) or bool(_BARE_NUMBER.match(first))


def _longest_text_column(columns: list[Column], body: list[list[str]]) -> Column | None:
    """The OTHER column whose cells are longest on average: where authors write titles."""
    best: tuple[float, Column] | None = None
    for col in columns:
        if col.role is not Role.OTHER:
            continue
        cells = [row[col.index] for row in body if col.index < len(row) and row[col.index].strip()]
        if len(cells) < max(1, len(body) // 2):
            continue
        words = sum(len(c.split()) for c in cells) / len(cells)
        if words >= 2 and (best is None or words > best[0]):
            best = (words, col)
    return best[1] if best else None


def normalise_header(cell: str) -> str:
    """A header cell folded for comparison with vocabulary words."""
    return re.sub(r"\s+", " ", fold(cell)).strip(" :*")
