"""Writers for each output format; every file goes through an atomic write.

JSON is one file per deck, exactly the schema. The tables (``plans``, ``items``,
``leaders``, ``meetings``, ``organisations``) are written over all documents of the
output folder: CSV (UTF-8, or with ``excel`` UTF-8 with a byte-order mark so Excel reads
it as UTF-8; a Frictionless ``datapackage.json`` describes them), an Excel workbook
(:mod:`plandeck.export.xlsx`) and Parquet.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path

from plandeck import schema
from plandeck.export import formulas
from plandeck.export.atomic import write_atomic, write_with
from plandeck.export.tables import INTEGER_COLUMNS, TABLES, Rows, rows

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


def write_tables(tables: Rows, outdir: Path, formats: Sequence[str], excel: bool = False) -> list[Path]:
    """Every table format asked for; returns the files written."""
    from plandeck.export.xlsx import write_xlsx

    wanted = [f for f in formats if f in TABLE_FORMATS]
    if not wanted:
        return []
    written: list[Path] = []
    if "csv" in wanted:
        written += write_csv(frames(tables, spreadsheet_safe=True), outdir, excel=excel)
    if "xlsx" in wanted:
        written.append(write_xlsx(tables, columns_of(), outdir / WORKBOOK))
    if "parquet" in wanted:
        written += write_parquet(frames(tables), outdir)
    return written


def csv_text(frame, excel: bool = False) -> str:
    """One table as CSV text; with ``excel`` it starts with a byte-order mark (Excel then reads UTF-8)."""
    # Rendered to a string and written in one go: pandas' own file handling costs more
    # than the rendering for a deck's small tables.
    return ("\ufeff" if excel else "") + frame.to_csv(index=False, lineterminator="\n")


def write_csv(tables, outdir: Path, excel: bool = False) -> list[Path]:
    """``items.csv`` ... one row per fact, and ``datapackage.json`` describing them."""
    from plandeck.export.datapackage import PACKAGE_FILE, descriptor

    written = []
    for name, frame in tables.items():
        path = outdir / f"{name}.csv"
        write_atomic(path, csv_text(frame, excel))
        written.append(path)
    package = outdir / PACKAGE_FILE
    write_atomic(package, descriptor(tables, excel=excel))
    return [*written, package]


def write_parquet(tables, outdir: Path) -> list[Path]:
    """One Parquet file per table (pyarrow), strings as strings even when a column is empty."""
    written = []
    for name, frame in tables.items():
        path = outdir / f"{name}.parquet"
        typed = frame.astype({c: "Int64" if c in INTEGER_COLUMNS else "string" for c in frame.columns})
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
