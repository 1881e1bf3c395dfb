"""Writers for each output format; every file goes through :func:`write_atomic`."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from plandeck import schema
from plandeck.export.atomic import write_atomic, write_with
from plandeck.export.tables import TABLES, rows

FORMATS = ("json", "csv")


def write_json(doc: schema.Document, path: Path) -> None:
    """The document exactly in the schema, deterministic byte for byte."""
    write_atomic(path, doc.to_json())


def frames(docs: Sequence[schema.Document]):
    """The tables as pandas DataFrames with stable columns even when empty."""
    import pandas as pd

    table_rows = rows(docs)
    columns = _columns()
    return {name: pd.DataFrame(table_rows.get(name), columns=columns[name]) for name in TABLES}


def write_csv(docs: Sequence[schema.Document], outdir: Path, prefix: str = "") -> list[Path]:
    """``items.csv``, ``leaders.csv``, ``meetings.csv``, ``organisations.csv``: UTF-8, one row per fact."""
    written = []
    for name, frame in frames(docs).items():
        path = outdir / f"{prefix}{name}.csv"
        write_with(path, lambda tmp, f=frame: f.to_csv(tmp, index=False, encoding="utf-8", lineterminator="\n"))
        written.append(path)
    return written


def _columns() -> dict[str, list[str]]:
    """Column names taken from a sample row of each table, so empty tables keep their header."""
    probe = schema.Document(
        source=schema.Source(file="", sha256="", format="", units=0), plan=schema.Plan(),
        items=[schema.Item(id="x", title="x", provenance=schema.Provenance(units=[1]),
                           leaders=[schema.Role(name="x", organisation="o")],
                           meetings=[schema.Meeting(month="2000-01")])],
        organisations=[schema.Organisation(name="o")])
    sample = rows([probe])
    return {name: list(sample.get(name)[0].keys()) for name in TABLES}
