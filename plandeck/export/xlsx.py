"""The Excel workbook: one sheet per table, values typed as what they are.

Deck text is untrusted, and a spreadsheet runs a cell starting with ``=`` as a formula.
CSV can only defuse that with a leading apostrophe, which then shows in Excel as part of
the text (``'+1 Procurement…``). A workbook can say what a cell is: every text cell is
written as a string cell in text format, which Excel never evaluates, so the text stays
exactly as in the deck. Months and years become real dates (``yyyy-mm`` / ``yyyy``) so
they sort and filter as dates; counts and slide numbers are numbers. Each sheet has its
header frozen, an autofilter and columns sized to their content. The file is byte for
byte the same for the same tables (no clock in it), so a re-run changes nothing.
"""
from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

from plandeck.export.atomic import write_with
from plandeck.export.tables import INTEGER_COLUMNS, MONTH_COLUMNS, TABLES, Rows

_MONTH = re.compile(r"(\d{4})(?:-(\d{2}))?")
TEXT_FORMAT = "@"
MAX_WIDTH = 60
#: The time written into the workbook and its zip entries instead of the clock's.
FIXED_TIME = dt.datetime(2000, 1, 1)
_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def _date(value: str) -> tuple[dt.date, str] | None:
    """``2022-03`` as 1 March 2022 shown ``yyyy-mm``; ``2022`` as 1 January shown ``yyyy``."""
    match = _MONTH.fullmatch(value)
    if not match or not 1 <= int(match.group(2) or 1) <= 12:
        return None
    date = dt.date(int(match.group(1)), int(match.group(2) or 1), 1)
    return date, "yyyy-mm" if match.group(2) else "yyyy"


def write_xlsx(tables: Rows, columns: dict[str, list[str]], path: Path) -> Path:
    """Every table as a sheet of ``path``; ``columns`` keeps the header of empty tables."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    for name in TABLES:
        sheet = book.create_sheet(name)
        header = columns[name]
        sheet.append(header)
        widths = [len(h) for h in header]
        for r, record in enumerate(tables.get(name), start=2):
            for c, column in enumerate(header, start=1):
                value = record.get(column)
                if value is None or value == "":
                    continue
                cell = sheet.cell(row=r, column=c)
                date = _date(value) if column in MONTH_COLUMNS and isinstance(value, str) else None
                if date is not None:
                    cell.value, cell.number_format = date
                elif column in INTEGER_COLUMNS and isinstance(value, int):
                    cell.value = value
                else:
                    cell.value = str(value)
                    cell.data_type = "s"  # set after the value: openpyxl would take "=..." for a formula
                    cell.number_format = TEXT_FORMAT
                if r <= 500:
                    widths[c - 1] = max(widths[c - 1], len(str(value)))
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{max(sheet.max_row, 1)}"
        for c, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(c)].width = min(width + 2, MAX_WIDTH)

    book.properties.created = FIXED_TIME

    def save(tmp: Path) -> None:
        book.save(tmp)
        _without_clock(tmp)

    write_with(path, save)
    return path


def _without_clock(path: Path) -> None:
    """Rewrite the saved workbook with fixed times: openpyxl stamps the save time into it and its zip entries."""
    with zipfile.ZipFile(path) as zf:
        members = [(info, zf.read(info)) for info in zf.infolist()]
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in members:
            if info.filename == "docProps/core.xml":
                data = _MODIFIED.sub(rb"\g<1>" + stamp + rb"\g<2>", data)
            zf.writestr(zipfile.ZipInfo(info.filename, FIXED_TIME.timetuple()[:6]), data,
                        compress_type=zipfile.ZIP_DEFLATED)
