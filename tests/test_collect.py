"""Output names from the command line, documents collected from an output folder, workbook values."""
from __future__ import annotations

import zipfile
from pathlib import Path

from plandeck import schema
from plandeck.batch.collect import collect
from plandeck.batch.inputs import Inputs
from plandeck.batch.workspace import Workspace
from plandeck.export.tables import meeting_key, rows
from plandeck.export.writers import columns_of
from plandeck.export.xlsx import write_xlsx
from plandeck.settings import Settings


def document(file: str, period: tuple[str, str] = ("2022", "2023")) -> schema.Document:
    return schema.Document(
        source=schema.Source(file=file, sha256="0" * 64, format="pptx", units=1),
        plan=schema.Plan(title="Plan", period=schema.Period(text="x", **{"from": period[0]}, to=period[1])),
        items=[schema.Item(id="wg3", title="Group 3", provenance=schema.Provenance(units=[1]),
                           meetings=[schema.Meeting(month="2022-01", groups=["WG4", "WG3"])]),
               schema.Item(id="wg4", title="Group 4", provenance=schema.Provenance(units=[1]),
                           meetings=[schema.Meeting(month="2022-01", groups=["WG3", "WG4"]),
                                     schema.Meeting(month="2022-03")])])


def test_output_names_follow_the_path_below_what_was_given(tmp_path: Path) -> None:
    for rel in ("2021/plan.pptx", "2022/plan.pptx", "2022/notes.txt"):
        (tmp_path / "decks" / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "decks" / rel).write_bytes(b"x")
    with zipfile.ZipFile(tmp_path / "decks" / "old.zip", "w") as zf:
        zf.writestr("inside/plan.pdf", b"%PDF")
        zf.writestr("../escape.pdf", b"%PDF")
    single = tmp_path / "elsewhere" / "plan.pptx"
    single.parent.mkdir()
    single.write_bytes(b"x")
    inputs = Inputs(Settings(), Workspace(tmp_path / "out"))
    try:
        tasks = inputs.tasks([tmp_path / "decks", single, tmp_path / "decks" / "2021" / "plan.pptx"])
    finally:
        inputs.close()
    assert [t.output for t in tasks] == ["2021/plan.pptx.json", "2022/plan.pptx.json", "old.zip/inside/plan.pdf.json",
                                         "plan.pptx.json"]
    assert [(r.name, r.code) for r in inputs.rejected] == [("old.zip/../escape.pdf", "name-clash"),
                                                           ("plan.pptx", "name-clash")]


def test_a_joint_meeting_has_one_key_whatever_the_order_of_its_groups() -> None:
    doc = document("a.pptx")
    keys = [meeting_key(it, m) for it in doc.items for m in it.meetings]
    assert keys == ["2022-01 WG3+WG4", "2022-01 WG3+WG4", "2022-03 wg4"]


def test_collect_reads_every_document_and_skips_other_json(tmp_path: Path) -> None:
    (tmp_path / "2021").mkdir()
    (tmp_path / "2021" / "plan.pptx.json").write_text(document("plan.pptx", ("2021", "2022")).to_json(), "utf-8")
    (tmp_path / "datapackage.json").write_text('{"resources": []}', "utf-8")
    (tmp_path / "diff.json").write_text('{"schema": "plandeck/diff-1"}', "utf-8")
    (tmp_path / ".plandeck").mkdir()
    (tmp_path / ".plandeck" / "state.json").write_text("{}", "utf-8")
    fresh = {"2022/plan.pptx": rows([document("2022/plan.pptx")])}
    found = collect(tmp_path, fresh)
    assert [p["file"] for p in found.tables().plans] == ["2021/plan.pptx", "2022/plan.pptx"]
    assert [p["plan_from"] for p in found.tables().plans] == ["2021", "2022"]
    assert found.skipped == [tmp_path / "diff.json"]


def test_workbook_months_and_years_are_dates(tmp_path: Path) -> None:
    import openpyxl

    write_xlsx(rows([document("a.pptx")]), columns_of(), tmp_path / "book.xlsx")
    plans = openpyxl.load_workbook(tmp_path / "book.xlsx")["plans"]
    header = [c.value for c in plans[1]]
    start = plans.cell(row=2, column=header.index("plan_from") + 1)
    assert start.is_date and start.value.year == 2022 and start.number_format == "yyyy"
    assert plans.cell(row=2, column=header.index("items") + 1).value == 2
