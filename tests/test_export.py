"""Exports: deterministic JSON, CSV tables with provenance, atomic writes."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from plandeck import schema
from plandeck.export.atomic import write_atomic
from plandeck.export.tables import rows
from plandeck.export.writers import write_json, write_tables
from plandeck.pipeline import extract
from tests.conftest import SAMPLES

DECK = SAMPLES / "u4ssc-action-plan-2021-2022.pptx"


@pytest.fixture(scope="module")
def doc() -> schema.Document:
    return extract(DECK)


def test_json_is_byte_identical_across_runs(doc: schema.Document, tmp_path: Path) -> None:
    write_json(doc, tmp_path / "a.json")
    write_json(extract(DECK), tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_json_validates_against_the_models(doc: schema.Document) -> None:
    data = json.loads(doc.to_json())
    assert schema.Document.model_validate(data) == doc
    assert data["items"][0]["timeline"] is None or "from" in data["items"][0]["timeline"]


def test_every_item_has_provenance(doc: schema.Document) -> None:
    assert all(it.provenance.units and all(1 <= u <= doc.source.units for u in it.provenance.units)
               for it in doc.items)


def test_csv_tables_have_file_and_slide_on_every_row(doc: schema.Document, tmp_path: Path) -> None:
    import pandas as pd

    paths = write_tables(rows([doc]), tmp_path, ["csv"])
    assert sorted(p.name for p in paths) == ["datapackage.json", "items.csv", "leaders.csv", "meetings.csv",
                                             "organisations.csv", "plans.csv"]
    items = pd.read_csv(tmp_path / "items.csv")
    assert len(items) == len(doc.items) and items["file"].eq(DECK.name).all()
    meetings = pd.read_csv(tmp_path / "meetings.csv")
    assert meetings["slide"].notna().all() and len(meetings) == sum(len(i.meetings) for i in doc.items)
    leaders = pd.read_csv(tmp_path / "leaders.csv")
    assert leaders["slide"].notna().all() and set(leaders["name"]) >= {"Okan Geray"}


def test_csv_of_no_documents_keeps_headers(tmp_path: Path) -> None:
    write_tables(rows([]), tmp_path, ["csv"])
    assert (tmp_path / "items.csv").read_text("utf-8").startswith("file,plan_period,plan_from,plan_to,id,")


def test_atomic_write_leaves_old_file_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "x.json"
    write_atomic(target, "old")

    class Boom(Exception):
        pass

    from plandeck.export.atomic import write_with

    def fail(tmp: Path) -> None:
        tmp.write_text("half")
        raise Boom

    with pytest.raises(Boom):
        write_with(target, fail)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["x.json"]


def test_excel_parquet_and_datapackage(doc: schema.Document, tmp_path: Path) -> None:
    import openpyxl
    import pandas as pd

    write_tables(rows([doc]), tmp_path, ["csv", "xlsx", "parquet"])
    book = openpyxl.load_workbook(tmp_path / "plandeck.xlsx")
    assert book.sheetnames == ["plans", "items", "leaders", "meetings", "organisations"]
    assert all(book[name].freeze_panes == "A2" for name in book.sheetnames)
    title_column = "H"  # file, plan_period, plan_from, plan_to, id, parent, code, title
    assert book["items"][f"{title_column}1"].value == "title"
    assert book["items"].column_dimensions[title_column].width > 20
    items = pd.read_parquet(tmp_path / "items.parquet")
    assert list(items["id"]) == [it.id for it in doc.items]
    package = json.loads((tmp_path / "datapackage.json").read_text("utf-8"))
    assert [r["path"] for r in package["resources"]] == ["plans.csv", "items.csv", "leaders.csv", "meetings.csv",
                                                         "organisations.csv", "errors.csv"]
    header = (tmp_path / "items.csv").read_text("utf-8").splitlines()[0].split(",")
    assert [f["name"] for f in package["resources"][1]["schema"]["fields"]] == header


def test_formulas_in_deck_text_are_defused_in_spreadsheets(doc: schema.Document, tmp_path: Path) -> None:
    import pandas as pd

    from plandeck.export.formulas import defuse

    assert [defuse(v) for v in ['=HYPERLINK("http://evil")', "Plain", "-1+2", None, 3]] == [
        "'=HYPERLINK(\"http://evil\")", "Plain", "'-1+2", None, 3]
    evil = doc.model_copy(deep=True)
    evil.items[0].title = "=cmd|' /C calc'!A0"
    write_tables(rows([evil]), tmp_path, ["csv", "parquet"])
    assert pd.read_csv(tmp_path / "items.csv")["title"][0] == "'=cmd|' /C calc'!A0"
    assert pd.read_parquet(tmp_path / "items.parquet")["title"][0] == "=cmd|' /C calc'!A0"


def test_outputs_are_readable_by_others(doc: schema.Document, tmp_path: Path) -> None:
    mask = os.umask(0o022)
    try:
        write_json(doc, tmp_path / "x.json")
    finally:
        os.umask(mask)
    assert (tmp_path / "x.json").stat().st_mode & 0o777 == 0o666 & ~mask
