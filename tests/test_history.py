"""``plandeck history``: one item followed across plans through renames, in period order."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from plandeck import schema
from plandeck.compare.history import COLUMNS, history_rows, to_csv
from plandeck.compare.plans import LoadedPlan, in_period_order
from tests.conftest import SAMPLES
from tests.test_diff import NEW, OLD, extracted, plandeck

AI_OLD, AI_NEW = "guiding-principles-for-artificial-intelligence-in-cities", "guiding-principles-for-ai-in-cities"
COMPENDIUM = "compendium-of-practices-on-innovative-financing-for-smart-sustainable-cities-projects"


def third_plan() -> schema.Document:
    """An invented 2023-2024 plan: the AI item renamed again, WG1 dropped, the Compendium back."""
    doc = extracted(NEW).model_copy(deep=True)
    doc.plan.period = schema.Period(text="2023-2024", **{"from": "2023", "to": "2024"})
    doc.source = doc.source.model_copy(update={"file": "u4ssc-action-plan-2023-2024.json"})
    items = [it for it in doc.items if it.id != "city-platforms/wg1"]
    for it in items:
        if it.id == AI_NEW:
            it.id, it.title = "ai-in-cities-guiding-principles", "AI in cities: guiding principles"
    items.append(extracted(OLD).items[[i.id for i in extracted(OLD).items].index(COMPENDIUM)])
    doc.items = items
    return doc


def rows_of(lineage: str, rows: list[dict]) -> list[dict]:
    return [r for r in rows if r["lineage"] == lineage]


def test_an_item_keeps_its_lineage_through_renames() -> None:
    rows = history_rows([extracted(OLD), extracted(NEW), third_plan()])
    ai = rows_of(AI_OLD, rows)
    assert [(r["plan_period"], r["id"], r["change"]) for r in ai] == [
        ("2021-2022", AI_OLD, ""), ("2022-2023", AI_NEW, "changed"),
        ("2023-2024", "ai-in-cities-guiding-principles", "changed")]
    assert [r["title"] for r in ai][-1] == "AI in cities: guiding principles"
    assert ai[1]["changed_fields"] == "title"


def test_rows_are_grouped_by_lineage_in_order_of_first_appearance() -> None:
    rows = history_rows([extracted(OLD), extracted(NEW), third_plan()])
    lineages = list(dict.fromkeys(r["lineage"] for r in rows))
    assert lineages[:3] == ["city-platforms", "city-platforms/wg1", "city-platforms/wg2"]
    assert lineages.index("data-governance-for-smart-sustainable-cities") > lineages.index(AI_OLD)
    assert [r["plan_period"] for r in rows_of("city-platforms/wg1", rows)] == ["2021-2022", "2022-2023"]
    assert len(rows) == sum(len(d.items) for d in (extracted(OLD), extracted(NEW), third_plan()))
    procurement = rows_of("procurement-guidelines-for-smart-sustainable-cities", rows)
    assert [r["publication"] for r in procurement] == ["July 2022", "March 2023", "March 2023"]
    assert procurement[1]["leaders"] == "Warren Smith; Helena Marsh"


def test_an_item_back_after_a_gap_starts_a_new_lineage_with_a_distinct_id() -> None:
    rows = history_rows([extracted(OLD), extracted(NEW), third_plan()])
    assert [(r["plan_period"], r["change"]) for r in rows_of(COMPENDIUM, rows)] == [("2021-2022", "")]
    back = rows_of(f"{COMPENDIUM}@2023-2024", rows)
    assert [(r["plan_period"], r["id"], r["change"]) for r in back] == [("2023-2024", COMPENDIUM, "added")]


def test_plans_go_in_period_order_whatever_the_argument_order() -> None:
    plans = [LoadedPlan(Path("c.json"), third_plan()), LoadedPlan(Path("b.pptx"), extracted(NEW)),
             LoadedPlan(Path("a.pptx"), extracted(OLD))]
    assert [p.path.name for p in in_period_order(plans)] == ["a.pptx", "b.pptx", "c.json"]


def test_csv_has_the_columns_and_is_deterministic() -> None:
    docs = [extracted(OLD), extracted(NEW)]
    text = to_csv(history_rows(docs))
    assert text == to_csv(history_rows(docs))
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == COLUMNS
    assert {r["file"] for r in rows} == {f"{OLD}.pptx", f"{NEW}.pptx"}
    assert all(r["slides"] for r in rows)


def test_cli_history_to_stdout_and_to_a_file(tmp_path: Path) -> None:
    third = tmp_path / "u4ssc-action-plan-2023-2024.json"
    third.write_text(third_plan().to_json(), "utf-8")
    args = [str(third), str(SAMPLES / f"{NEW}.pptx"), str(SAMPLES / f"{OLD}.pptx")]
    out = plandeck("history", *args)
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert [r["plan_period"] for r in rows_of(AI_OLD, rows)] == ["2021-2022", "2022-2023", "2023-2024"]
    target = tmp_path / "history.csv"
    assert plandeck("history", *args, "-o", str(target)).returncode == 0
    assert target.read_text("utf-8") == out.stdout


def test_cli_history_fails_whole_on_an_unreadable_plan(tmp_path: Path) -> None:
    target = tmp_path / "history.csv"
    out = plandeck("history", str(SAMPLES / f"{OLD}.pptx"), str(tmp_path / "nope.json"), "-o", str(target))
    assert out.returncode == 1 and not target.exists()
    assert out.stderr.count("\n") == 1 and "nope.json" in out.stderr
