"""``plandeck diff``: the U4SSC pair against its hand-made diff gold, matching rules, outputs, CLI."""
from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
from pptx import Presentation

from plandeck import schema
from plandeck.compare import match
from plandeck.compare.diff import DiffDocument, diff_documents
from plandeck.compare.periods import slip_months
from plandeck.compare.text import describe, to_csv, to_markdown
from plandeck.hashing import sha256_of
from plandeck.pipeline import extract
from tests.conftest import SAMPLES

OLD, NEW = "u4ssc-action-plan-2021-2022", "u4ssc-action-plan-2022-2023"
DIFF_GOLD = SAMPLES / "u4ssc-2021-2022-to-2022-2023.diff.gold.json"


@cache
def gold_document(base: str) -> schema.Document:
    """A sample's gold as a ``plandeck/1`` document.

    Golds leave out ``source`` and ``provenance`` (the scorer does not use them); the
    source is the deck the gold describes, provenance empty.
    """
    data = json.loads((SAMPLES / f"{base}.gold.json").read_text("utf-8"))
    deck = SAMPLES / f"{base}.pptx"
    data["source"] = {"file": deck.name, "sha256": sha256_of(deck), "format": "pptx",
                      "units": len(Presentation(str(deck)).slides)}
    for item in data["items"]:
        item.setdefault("provenance", {"units": []})
    return schema.Document.model_validate(data)


@cache
def extracted(base: str) -> schema.Document:
    """A sample deck through the pipeline, once per test session."""
    return extract(SAMPLES / f"{base}.pptx")


def without_sha(diff: dict) -> dict:
    """The diff with the sources' hashes blanked: rebuilding the sample decks changes their bytes, not the facts."""
    return {**diff, "old": {**diff["old"], "sha256": ""}, "new": {**diff["new"], "sha256": ""}}


def shape(diff: DiffDocument | dict) -> list[tuple]:
    """Per item: change kind, ids, and each changed field with its details (slip, added, removed)."""
    data = json.loads(diff.to_json()) if isinstance(diff, DiffDocument) else diff
    return [(it["change"], it["id_old"], it["id_new"],
             [(f["field"], f.get("slip_months"), json.dumps(f.get("added")), json.dumps(f.get("removed")))
              for f in it["fields"]]) for it in data["items"]]


def item(id_: str, title: str, **fields) -> schema.Item:
    return schema.Item(id=id_, title=title, provenance=schema.Provenance(units=[1]), **fields)


def document(items: list[schema.Item], period: str | None = None, file: str = "plan.pptx") -> schema.Document:
    plan = schema.Plan(period=schema.Period(text=period, **{"from": period[:4], "to": period[-4:]}) if period else None)
    return schema.Document(source=schema.Source(file=file, sha256="0" * 64, format="pptx", units=1), plan=plan,
                           items=items)


def period(text: str, start: str, end: str) -> schema.Period:
    return schema.Period(text=text, **{"from": start, "to": end})


def role(name: str, org: str | None = None) -> schema.Role:
    return schema.Role(name=name, affiliation=org, organisation=org)


# --- the U4SSC pair against the gold --------------------------------------------------------------

def test_diff_gold_is_in_the_diff_format() -> None:
    text = DIFF_GOLD.read_text("utf-8")
    assert json.loads(DiffDocument.model_validate_json(text).to_json()) == json.loads(text)


def test_diff_of_the_gold_plans_reproduces_the_diff_gold() -> None:
    diff = diff_documents(gold_document(OLD), gold_document(NEW))
    assert without_sha(json.loads(diff.to_json())) == without_sha(json.loads(DIFF_GOLD.read_text("utf-8")))


def test_diff_of_the_extracted_decks_gives_the_gold_changes() -> None:
    diff = diff_documents(extracted(OLD), extracted(NEW))
    gold = json.loads(DIFF_GOLD.read_text("utf-8"))
    assert shape(diff) == shape(gold)
    assert diff.counts() == {"added": 1, "removed": 1, "changed": 8, "unchanged": 4}


def test_rename_is_one_changed_item() -> None:
    diff = diff_documents(extracted(OLD), extracted(NEW))
    [renamed] = [it for it in diff.items if it.id_new == "guiding-principles-for-ai-in-cities"]
    assert (renamed.change, renamed.id_old, renamed.match) == (
        "changed", "guiding-principles-for-artificial-intelligence-in-cities", "similar")
    assert [f.field for f in renamed.fields] == ["title"]


def test_rename_is_matched_on_evidence_even_without_the_abbreviation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(match, "abbreviations", lambda: {})
    assert match.title_similarity("Guiding principles for artificial intelligence in cities",
                                     "Guiding principles for AI in cities") < 0.75
    diff = diff_documents(gold_document(OLD), gold_document(NEW))
    assert shape(diff) == shape(json.loads(DIFF_GOLD.read_text("utf-8")))


def test_abbreviations_expand_only_when_written_as_such() -> None:
    assert match.title_words("AI in cities") == ["artificial", "intelligence", "in", "cities"]
    assert match.title_words("Its role in cities")[0] == "its"
    assert match.title_words("IA en villes", "intelligence artificielle")[:2] == ["intelligence", "artificielle"]
    assert match.title_words("IA en ciudades", "inteligencia artificial")[:2] == ["inteligencia", "artificial"]


# --- matching rules -----------------------------------------------------------------------------

def test_new_item_sharing_leader_and_dates_with_a_dropped_one_stays_added() -> None:
    common = {"leaders": [role("Gulnara Roll", "UNECE")], "secretariat": ["UNECE"],
              "timeline": period("2022-2023", "2022", "2023")}
    old = document([item("a", "Compendium of practices on innovative financing for cities", **common)])
    new = document([item("b", "Data governance for smart sustainable cities", **common)])
    assert [(it.change, it.id_old, it.id_new) for it in diff_documents(old, new).items] == [
        ("added", None, "b"), ("removed", "a", None)]


def test_children_match_by_code_under_a_renamed_parent() -> None:
    lead = [role("Ramon Ferri", "Valencia")]
    old = document([item("city-platforms", "City Platforms", leaders=lead, scope="Platforms for cities"),
                    item("city-platforms/wg3", "Transition to a new architecture", parent="city-platforms",
                         code="WG3"),
                    item("other", "Other programme", leaders=[role("Kari Eik", "OiER")]),
                    item("other/wg3", "Something else entirely", parent="other", code="WG3")])
    new = document([item("city-platform-programme", "City Platform Programme", leaders=lead,
                         scope="Platforms for cities"),
                    item("city-platform-programme/wg3", "Completely renamed working group",
                         parent="city-platform-programme", code="WG3")])
    diff = diff_documents(old, new)
    pairs = {(it.id_old, it.id_new, it.match) for it in diff.items}
    assert ("city-platforms", "city-platform-programme", "similar") in pairs
    assert ("city-platforms/wg3", "city-platform-programme/wg3", "code") in pairs
    [child] = [it for it in diff.items if it.id_new == "city-platform-programme/wg3"]
    assert [f.field for f in child.fields] == ["title"], "a parent renamed is not a parent change"


def test_matching_is_one_to_one_best_first() -> None:
    old = document([item("a", "Smart tourism guidelines"), item("b", "Smart tourism guidelines for ports")])
    new = document([item("c", "Smart tourism guidelines for ports"), item("d", "Smart tourism guidelines")])
    assert {(it.id_old, it.id_new) for it in diff_documents(old, new).items} == {("b", "c"), ("a", "d")}


def test_wording_that_keeps_the_facts_is_no_change() -> None:
    old = document([item("a", "Smart  Tourism: a guide", timeline=period("mid 2022", "2022-05", "2022-08"),
                         scope="Guidance for cities,  with case studies.",
                         leaders=[schema.Role(name="Okan Geray", affiliation="Digital Dubai",
                                              organisation="Digital Dubai Authority")])])
    new = document([item("a", "Smart tourism - a guide", timeline=period("mid-2022", "2022-05", "2022-08"),
                         scope="Guidance for cities, with case studies",
                         leaders=[schema.Role(name="Okan Geray", affiliation="Digital Dubai Authority",
                                              organisation="Digital Dubai Authority")])])
    diff = diff_documents(old, new)
    assert [it.change for it in diff.items] == ["unchanged"] and not diff.has_changes


def test_leader_organisation_change_is_reported() -> None:
    old = document([item("a", "Guide", leaders=[role("Okan Geray", "Smart Dubai"), role("Ann Lee", "ITU")])])
    new = document([item("a", "Guide", leaders=[role("Okan Geray", "Digital Dubai Authority"),
                                                 role("Ann Lee", "ITU")])])
    [change] = diff_documents(old, new).items[0].fields
    assert (change.added, change.removed) == ([], [])
    assert change.changed == [{"name": "Okan Geray", "old": "Smart Dubai", "new": "Digital Dubai Authority"}]
    assert describe(change) == "Leaders: Okan Geray now with Digital Dubai Authority (was Smart Dubai)"


def test_every_compared_field() -> None:
    old = document([item("p", "Parent one"), item("q", "Parent two", scope="Another parent entirely"),
                    item("p/x", "Child", parent="p", code="X1", kind="working_group", status="planned",
                         secretariat=["ITU"], timeline=period("2022", "2022", "2022"),
                         meetings=[schema.Meeting(month="2022-01")], links=["https://a.example"],
                         recurrence=schema.Recurrence(freq="monthly", text="Monthly from January 2022",
                                                      **{"from": "2022-01"}))])
    new = document([item("p", "Parent one"), item("q", "Parent two", scope="Another parent entirely"),
                    item("q/x", "Child", parent="q", code="X2", kind="deliverable", status="cancelled",
                         secretariat=["UNECE"], timeline=period("2023", "2023", "2023"),
                         meetings=[schema.Meeting(month="2022-02")], links=["https://b.example"])])
    [child] = [it for it in diff_documents(old, new).items if it.id_new == "q/x"]
    assert [f.field for f in child.fields] == ["code", "status", "secretariat", "timeline", "meetings", "recurrence",
                                               "kind", "parent", "links"]
    timeline = next(f for f in child.fields if f.field == "timeline")
    assert timeline.slip_months == 12


@pytest.mark.parametrize(("old", "new", "months"), [
    (("July 2022", "2022-07", "2022-07"), ("March 2023", "2023-03", "2023-03"), 8),
    (("2022", "2022", "2022"), ("March 2023", "2023-03", "2023-03"), 3),
    (("Q4 2023", "2023-10", "2023-12"), ("mid-2023", "2023-05", "2023-08"), -4),
    (("2022", "2022", "bad"), ("2023", "2023", "bad"), 12),
])
def test_slip_months(old: tuple, new: tuple, months: int) -> None:
    assert slip_months(period(*old), period(*new)) == months


def test_order_is_new_plan_then_removed_in_old_order_and_deterministic() -> None:
    old = document([item("gone-1", "First dropped deliverable"), item("kept", "Kept"),
                    item("gone-2", "Second dropped deliverable")])
    new = document([item("fresh", "A fresh new idea"), item("kept", "Kept")])
    diff = diff_documents(old, new)
    assert [(it.id_old, it.id_new) for it in diff.items] == [(None, "fresh"), ("kept", "kept"), ("gone-1", None),
                                                              ("gone-2", None)]
    assert diff.to_json() == diff_documents(old, new).to_json()


# --- outputs ------------------------------------------------------------------------------------

def test_markdown_says_what_changed_in_plain_words() -> None:
    old, new = extracted(OLD), extracted(NEW)
    text = to_markdown(diff_documents(old, new), old, new)
    assert "1 added, 1 removed, 8 changed, 4 unchanged." in text
    for line in ("- Publication slipped 8 months (July 2022 -> March 2023)",
                 "- Leaders: John Davies (UK Government Digital Service) left; Helena Marsh (Civic Purchasing "
                 "Institute) joined",
                 "- Status: ongoing -> completed", "- Status set: completed",
                 "- Meetings: removed Feb 2022, Mar 2022, Apr 2022, May 2022; added Sep 2022, Oct 2022, Nov 2022",
                 '- Renamed: "Guiding principles for artificial intelligence in cities" -> "Guiding principles for AI '
                 'in cities"', "- Period changed (2021-2022 -> 2022-2023)", "- New: Helena Marsh, Tomas Lindqvist"):
        assert line in text.splitlines(), line


def test_markdown_escapes_deck_text() -> None:
    old = document([item("a", "Plain")])
    new = document([item("b", "<img src=x onerror=alert(1)> [link](javascript:x) *bold*")])
    text = to_markdown(diff_documents(old, new), old, new)
    assert not re.search(r"(?<!\\)[<\[\]*]", text.split("## Added")[1]), "unescaped markup from the deck"
    assert "\\<img" in text and "\\*bold\\*" in text


def test_csv_has_one_row_per_field_change() -> None:
    diff = diff_documents(extracted(OLD), extracted(NEW))
    rows = list(csv.DictReader(io.StringIO(to_csv(diff))))
    expected = len(diff.plan) + sum(len(it.fields) for it in diff.items) + sum(
        it.change in ("added", "removed") for it in diff.items)
    assert len(rows) == expected
    pub = next(r for r in rows if r["field"] == "publication")
    assert (pub["old"], pub["new"], pub["slip_months"]) == ("July 2022", "March 2023", "8")
    assert list(rows[0]) == ["change", "id_old", "id_new", "title", "field", "old", "new", "slip_months",
                             "description"]


# --- command line -------------------------------------------------------------------------------

def plandeck(*args: str) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("plandeck")
    cmd = [exe] if exe else [sys.executable, "-m", "plandeck.cli"]
    return subprocess.run([*cmd, *args], capture_output=True, text=True, timeout=300)


def test_cli_diff_of_two_decks_writes_three_files(tmp_path: Path) -> None:
    out = plandeck("diff", str(SAMPLES / f"{OLD}.pptx"), str(SAMPLES / f"{NEW}.pptx"), "-o", str(tmp_path))
    assert out.returncode == 3, out.stderr  # 3: the plans differ (1 is an unreadable input in every command)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["diff.csv", "diff.json", "diff.md"]
    written = json.loads((tmp_path / "diff.json").read_text("utf-8"))
    assert without_sha(written) == without_sha(json.loads(DIFF_GOLD.read_text("utf-8")))
    assert "Publication slipped 8 months" in (tmp_path / "diff.md").read_text("utf-8")


def test_cli_diff_of_json_files_prints_markdown(tmp_path: Path) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(extracted(OLD).to_json(), "utf-8")
    new.write_text(extracted(NEW).to_json(), "utf-8")
    out = plandeck("diff", str(old), str(new))
    assert out.returncode == 3 and out.stdout.startswith("# Changes from u4ssc-action-plan-2021-2022.pptx")
    same = plandeck("diff", str(old), str(SAMPLES / f"{OLD}.pptx"))
    assert same.returncode == 0, same.stdout + same.stderr
    assert "0 added, 0 removed, 0 changed, 13 unchanged." in same.stdout


@pytest.mark.parametrize("bad", ["missing.pptx", "gold", "garbage.json"])
def test_cli_diff_of_an_unreadable_plan_is_exit_1_with_one_line_naming_the_file(tmp_path: Path, bad: str) -> None:
    path = {"missing.pptx": tmp_path / "missing.pptx", "gold": SAMPLES / f"{OLD}.gold.json",
            "garbage.json": tmp_path / "garbage.json"}[bad]
    if bad == "garbage.json":
        path.write_text("{not json", "utf-8")
    out = plandeck("diff", str(path), str(SAMPLES / f"{NEW}.pptx"))
    assert out.returncode == 1 and out.stdout == ""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("plandeck: error: ") and path.name in lines[0], out.stderr
