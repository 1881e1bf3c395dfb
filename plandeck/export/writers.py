"""Writers for each output format; every file goes through an atomic write.

JSON is one file per deck, exactly the schema. The tables (``items``, ``leaders``,
``meetings``, ``organisations``) are written over all decks of a run: CSV (UTF-8, with
a Frictionless ``datapackage.json`` describing them), an Excel workbook (one sheet per
table, header frozen, columns sized) and Parquet.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path

from plandeck import schema
from plandeck.export import formulas
from plandeck.export.atomic import write_atomic, write_with
from plandeck.export.tables import TABLES, Rows, rows

FORMATS = ("json", "csv", "xlsx", "parquet")
TABLE_FORMATS = ("csv", "xlsx", "parquet")
WORKBOOK = "plandeck.xlsx"


def write_json(doc: schema.Document, path: Path) -> None:
    """The document exactly in the schema, deterministic byte for byte."""
    write_atomic(path, doc.to_json())


def frames(tables: Rows, spreadsheet_safe: bool = False):
    """The tables as pandas DataFrames with stable columns even when empty.

    With ``spreadsheet_safe``, text a spreadsheet would run as a formula is defused (see
    :mod:`plandeck.export.formulas`); done on the plain rows, before pandas, where it costs least.
    """
    import pandas as pd

    columns = columns_of()
    out = {}
    for name in TABLES:
        records = tables.get(name)
        if spreadsheet_safe:
            records = [formulas.defused(record) if formulas.risky(record) else record for record in records]
        out[name] = pd.DataFrame(records, columns=columns[name])
    return out


def write_tables(tables: Rows, outdir: Path, formats: Sequence[str]) -> list[Path]:
    """Every table format asked for; returns the files written."""
    wanted = [f for f in formats if f in TABLE_FORMATS]
    if not wanted:
        return []
    written: list[Path] = []
    if "csv" in wanted or "xlsx" in wanted:
        safe = frames(tables, spreadsheet_safe=True)
        if "csv" in wanted:
            written += write_csv(safe, outdir)
        if "xlsx" in wanted:
            written.append(write_xlsx(safe, outdir / WORKBOOK))
    if "parquet" in wanted:
        written += write_parquet(frames(tables), outdir)
    return written


def write_csv(tables, outdir: Path) -> list[Path]:
    """``items.csv`` ... UTF-8, one row per fact, and ``datapackage.json`` describing them."""
    from plandeck.export.datapackage import descriptor

    written = []
    for name, frame in tables.items():
        path = outdir / f"{name}.csv"
        # Rendered to a string and written in one go: pandas' own file handling costs more
        # than the rendering for a deck's small tables.
        write_atomic(path, frame.to_csv(index=False, lineterminator="\n"))
        written.append(path)
    package = outdir / "datapackage.json"
    write_atomic(package, descriptor(tables))
    return [*written, package]


def write_xlsx(tables, path: Path) -> Path:
    """One sheet per table, header row frozen, columns sized to their content (capped)."""
    import pandas as pd

    def fill(tmp: Path) -> None:
        with pd.ExcelWriter(tmp, engine="openpyxl") as xl:
            for name, frame in tables.items():
                frame.to_excel(xl, sheet_name=name, index=False)
                sheet = xl.sheets[name]
                sheet.freeze_panes = "A2"
                for i, column in enumerate(frame.columns, start=1):
                    values = [str(column), *(str(v) for v in frame[column].head(500) if v is not None)]
                    width = min(max(len(v) for v in values) + 2, 60)
                    sheet.column_dimensions[sheet.cell(row=1, column=i).column_letter].width = width

    write_with(path, fill)
    return path


def write_parquet(tables, outdir: Path) -> list[Path]:
    """One Parquet file per table (pyarrow), strings as strings even when a column is empty."""
    written = []
    for name, frame in tables.items():
        path = outdir / f"{name}.parquet"
        typed = frame.astype({c: "string" for c in frame.columns if c not in ("slide",)})
        typed = typed.astype({"slide": "Int64"}) if "slide" in typed.columns else typed
        write_with(path, partial(_to_parquet, typed))
        written.append(path)
    return written


def columns_of() -> dict[str, list[str]]:
    """Column names taken from a sample row of each table, so empty tables keep their header."""
    probe = schema.Document(
        source=schema.Source(file="", sha256="", format="", units=0), plan=schema.Plan(),
        items=[schema.Item(id="x", title="x", provenance=schema.Provenance(units=[1]),
                           leaders=[schema.Role(name="x", organisation="o")],
                           meetings=[schema.Meeting(month="2000-01")])],
        organisations=[schema.Organisation(name="o")])
    sample = rows([probe])
    return {name: list(sample.get(name)[0].keys()) for name in TABLES}


def _to_parquet(frame, tmp: Path) -> None:
    frame.to_parquet(tmp, engine="pyarrow", index=False)
