"""The one guard against formula injection, for every CSV (and spreadsheet) plandeck writes.

Deck text and file names are untrusted, and CSV files are opened by spreadsheet
programs, which run a cell starting with ``=``, ``+``, ``-`` or ``@`` as a formula
(``=HYPERLINK("http://evil", "Click")``); a leading tab or carriage return hides one.
Every CSV writer (the main tables, ``errors.csv``, ``diff.csv``, ``history.csv``) goes
through :func:`defuse`, so no writer can forget it. JSON and Parquet keep text exactly.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_CHARS = frozenset(FORMULA_START)


def defuse(value):
    """Text starting like a formula gets a leading quote; anything else is returned as it is."""
    return f"'{value}" if isinstance(value, str) and value.startswith(FORMULA_START) else value


def risky(record: Mapping[str, object]) -> bool:
    """Whether any text of a record would need :func:`defuse` (cheap: most rows need nothing)."""
    return any(value.__class__ is str and value[:1] in _FORMULA_CHARS for value in record.values())


def defused(record: Mapping[str, object]) -> dict[str, object]:
    """A defused copy of a record: the caller's row stays exact (for Parquet and JSON)."""
    return {key: defuse(value) for key, value in record.items()}


def csv_text(columns: Sequence[str], records: Iterable[Mapping[str, object]]) -> str:
    """CSV text (UTF-8, ``\\n`` line ends, header always present) with every cell defused."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows(defused(record) if risky(record) else record for record in records)
    return out.getvalue()
