"""Corrections that stick: each rule on a small made-up deck, bad files, and the U4SSC file on both years.

Every test that applies corrections checks the whole document against the one read
without them (:func:`assert_exactly_recorded`): it must differ by exactly the recorded
changes, no more and no fewer.
"""
from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from plandeck import schema
from plandeck.corrections import apply_corrections, parse
from plandeck.errors import InvalidError
from plandeck.model import Deck as ReadDeck
from plandeck.normalize.dates import scanner
from plandeck.normalize.document import people_of
from plandeck.pipeline import Engine
from plandeck.settings import Settings
from tests.conftest import SAMPLES
from tests.deckkit import Deck
from tests.test_cli import plandeck

U4SSC_FILE = SAMPLES / "corrections-u4ssc.toml"


# --- the check every test shares ------------------------------------------------------------------
def _steps(path: str) -> list[str | int]:
    return [int(p) if p.isdigit() else p for p in path.split(".")]


def _get(value: Any, path: str) -> Any:
    for step in _steps(path):
        value = value[step]
    return value


def _put(value: Any, path: str, new: Any) -> None:
    *head, last = _steps(path)
    for step in head:
        value = value[step]
    value[last] = new


def assert_exactly_recorded(plain: dict, corrected: dict) -> None:
    """``corrected`` is ``plain`` with exactly the changes ``corrected["corrections"]`` lists.

    Each item read is replayed: its recorded changes are applied in order (each one's
    ``old`` must be what is there), and the result must equal the corrected item. Items
    recorded as gone must be gone; no item may appear from nowhere; organisation rows no
    record names (as old or new name) are unchanged; the people list is the one the corrected items give.
    """
    records = corrected["corrections"]
    gone = {r["item"] for r in records if r["field"] is None and r["item"] is not None}
    after = {it["id"]: it for it in corrected["items"]}
    for item in plain["items"]:
        if item["id"] in gone:
            assert not any(r["item"] == item["id"] and r["field"] == "id" for r in records)
            continue
        expected = copy.deepcopy(item)
        for r in records:
            if r["item"] == item["id"] and r["field"]:
                assert _get(expected, r["field"]) == r["old"], r
                _put(expected, r["field"], r["new"])
        assert after.pop(expected["id"], None) == expected, item["id"]
    assert not after, f"items from nowhere: {sorted(after)}"
    orgs = [r for r in records if r["field"] == "organisations"]
    named = {r["old"] for r in orgs} | {r["new"] for r in orgs}  # a row renamed, emptied, or joined by another
    assert ([o for o in plain["organisations"] if o["name"] not in named]
            == [o for o in corrected["organisations"] if o["name"] not in named])
    rows = {o["name"]: o for o in corrected["organisations"]}
    for r in orgs:
        assert r["old"] not in rows or r["old"] == r["new"]
        if r["new"] is not None:
            assert r["old"] in rows[r["new"]]["aliases"]
    removed = {r["old"] for r in records if r["field"] == "warnings"}
    assert [w for w in corrected["warnings"] if not w["code"].startswith("correction-")] == [
        w for w in plain["warnings"] if w["message"] not in removed]
    items = [schema.Item.model_validate(it) for it in corrected["items"]]
    assert corrected["people"] == [p.model_dump(by_alias=True) for p in people_of(items)]
    assert {k: v for k, v in plain.items() if k not in ("items", "people", "organisations", "warnings")} == {
        k: v for k, v in corrected.items() if k not in ("items", "people", "organisations", "warnings", "corrections")}


def _changes(doc: dict) -> list[tuple[str, str | None, str | None]]:
    return [(r["rule"], r["item"], r["field"]) for r in doc["corrections"]]


# --- each rule on a made-up deck ----------------------------------------------------------------
@pytest.fixture(scope="module")
def harbour(tmp_path_factory: pytest.TempPathFactory) -> tuple[schema.Document, ReadDeck]:
    deck = Deck()
    deck.slide("Harbour Works Action Plan 2025-2026")
    deck.slide("Quay Renewal", ["Leader: Ana Ruiz (Port Authority)", "Secretariat: Harbour Office",
                                "Timeline: 2025-2026", "Status: Ongoing"])
    deck.slide("Tide Gauges", ["Leader: Ben Okafor (Coast Lab)", "Timeline: 2025"])
    deck.slide("Dredging Study", ["Leader: Ana Ruiz (Port Authority)", "Timeline: 2026", "Status: Proposed"])
    deck.slide("Partner spotlight: Coast Lab", ["Leader: Carla Moss (Coast Lab Foundation)", "Timeline: 2025"])
    path = deck.save(tmp_path_factory.mktemp("harbour") / "harbour.pptx")
    engine = Engine(Settings())
    read = engine.read(path)
    return engine.normaliser.normalise(engine.facts.find(read)), read


def correct(harbour: tuple[schema.Document, ReadDeck], text: str) -> dict:
    doc, read = harbour
    fixed = apply_corrections(doc, read, parse(text, "fix.toml"), scanner())
    plain, corrected = json.loads(doc.to_json()), json.loads(fixed.to_json())
    assert_exactly_recorded(plain, corrected)
    return corrected


def test_rename_changes_title_and_id(harbour) -> None:
    out = correct(harbour, '[[rename]]\nitem = "tide gauges"\ntitle = "Tide gauge network"\n')
    assert _changes(out) == [("rename[1]", "tide-gauges", "title"), ("ids", "tide-gauges", "id")]
    assert out["items"][1]["id"] == "tide-gauge-network"
    assert out["people"][1]["items"] == ["tide-gauge-network"]


def test_set_fields_parses_periods_and_finds_canonical_organisations(harbour) -> None:
    out = correct(harbour, """
[[set]]
item = "Dredging Study"
status = "planned"
timeline = "March 2026 - June 2027"
scope = "Depth survey of the outer basin"
leaders = [{ name = "Ben Okafor", affiliation = "Coast Lab" }, { affiliation = "Harbour Office" }]
secretariat = ["Harbour Office"]
parent = "Quay Renewal"
""")
    item = next(it for it in out["items"] if it["title"] == "Dredging Study")
    assert item["id"] == "quay-renewal/dredging-study" and item["parent"] == "quay-renewal"
    assert item["timeline"] == {"text": "March 2026 - June 2027", "from": "2026-03", "to": "2027-06"}
    assert item["leaders"] == [
        {"name": "Ben Okafor", "affiliation": "Coast Lab", "organisation": "Coast Lab Foundation"},
        {"name": None, "affiliation": "Harbour Office", "organisation": "Harbour Office"}]
    assert [f for _, _, f in _changes(out)] == ["status", "scope", "timeline", "leaders", "secretariat", "parent", "id"]


def test_empty_string_clears_a_field(harbour) -> None:
    out = correct(harbour, '[[set]]\nitem = "Quay Renewal"\nstatus = ""\ntimeline = ""\n')
    assert out["items"][0]["status"] is None and out["items"][0]["timeline"] is None


def test_merge_fills_gaps_unites_lists_and_joins_slides(harbour) -> None:
    out = correct(harbour, '[[merge]]\ninto = "Quay Renewal"\nitems = ["Dredging Study"]\n')
    quay = out["items"][0]
    assert [it["title"] for it in out["items"]] == ["Quay Renewal", "Tide Gauges", "Partner spotlight: Coast Lab"]
    assert quay["aliases"] == ["Dredging Study"] and quay["provenance"]["units"] == [2, 4]
    assert quay["status"] == "ongoing" and len(quay["leaders"]) == 1  # the same person is not added twice
    assert ("merge[1]", "dredging-study", None) in _changes(out)


def test_a_merged_title_still_names_the_item_for_later_rules(harbour) -> None:
    out = correct(harbour, '[[merge]]\ninto = "Quay Renewal"\nitems = ["Dredging Study"]\n'
                           '[[set]]\nitem = "Dredging Study"\nscope = "Both works"\n')
    assert out["items"][0]["scope"] == "Both works"


def test_drop_and_ignore_slide_remove_what_was_read_there(harbour) -> None:
    by_title = correct(harbour, '[[ignore_slide]]\ntitle = "partner spotlight coast lab"\n')
    by_text = correct(harbour, '[[ignore_slide]]\ncontains = "Carla Moss (Coast Lab Foundation)"\n')
    dropped = correct(harbour, '[[drop]]\nitem = "partner-spotlight-coast-lab"\n')
    for out in (by_title, by_text, dropped):
        assert [it["id"] for it in out["items"]] == ["quay-renewal", "tide-gauges", "dredging-study"]
        assert [p["name"] for p in out["people"]] == ["Ana Ruiz", "Ben Okafor"]
        # Coast Lab Foundation is still Ben Okafor's organisation: the row stays.
        assert [o["name"] for o in out["organisations"]] == ["Port Authority", "Harbour Office", "Coast Lab Foundation"]


def test_an_organisation_only_a_dropped_item_named_goes_with_it(harbour) -> None:
    out = correct(harbour, '[[drop]]\nitem = "Quay Renewal"\n[[drop]]\nitem = "Dredging Study"\n')
    assert [o["name"] for o in out["organisations"]] == ["Coast Lab Foundation"]
    assert ("drop[1]", None, "organisations") in _changes(out)


def test_people_and_organisation_aliases(harbour) -> None:
    out = correct(harbour, '[people]\n"ana ruiz" = "Ana Ruiz-Vega"\n'
                           '[organisations]\n"Coast Lab" = "Coastal Laboratory"\n"Harbour Office" = "Port Authority"\n')
    assert [p["name"] for p in out["people"]] == ["Ana Ruiz-Vega", "Ben Okafor", "Carla Moss"]
    assert out["items"][1]["leaders"][0] == {"name": "Ben Okafor", "affiliation": "Coast Lab",  # as written
                                             "organisation": "Coastal Laboratory"}
    rows = {o["name"]: o for o in out["organisations"]}
    assert rows["Coastal Laboratory"]["aliases"] == ["Coast Lab Foundation", "Coast Lab"]
    assert rows["Port Authority"]["aliases"] == ["Harbour Office"]  # two rows became one
    assert rows["Port Authority"]["roles"] == ["affiliation", "secretariat"] and "Harbour Office" not in rows


def test_rules_that_name_nothing_are_coded_warnings(harbour) -> None:
    out = correct(harbour, '[[drop]]\nitem = "Lighthouse"\n[[ignore_slide]]\ntitle = "Annex"\n'
                           '[people]\n"Nobody Here" = "X"\n[organisations]\n"Nowhere Inc" = "Y"\n')
    assert out["corrections"] == []
    assert [w["code"] for w in out["warnings"]] == ["correction-unmatched"] * 4
    assert out["warnings"][1]["message"] == "corrections drop[1]: 'Lighthouse' names no item"


def test_a_rule_naming_several_items_is_skipped(harbour) -> None:
    doc, read = harbour
    twin = doc.model_copy(deep=True)
    twin.items[1].aliases = ["Quay Renewal"]
    fixed = apply_corrections(twin, read, parse('[[drop]]\nitem = "Quay Renewal"\n', "f.toml"), scanner())
    assert len(fixed.items) == 4 and fixed.warnings[0].code == "correction-ambiguous"


def test_an_item_cannot_be_put_under_itself(harbour) -> None:
    out = correct(harbour, '[[set]]\nitem = "Dredging Study"\nparent = "Quay Renewal"\n'
                           '[[set]]\nitem = "Quay Renewal"\nparent = "Dredging Study"\n')
    assert out["items"][0]["parent"] is None
    assert [w["code"] for w in out["warnings"]] == ["correction-skipped"]


@pytest.mark.parametrize(("text", "reason"), [
    ("[[drop]\nitem = 1", "not a corrections file: "),
    ('[[drop]]\nitem = "A"\ncolour = "red"\n', "drop[1].colour: Extra inputs are not permitted"),
    ('[[set]]\nitem = "A"\nstatus = "done"\n', "set[1].status: Input should be"),
    ('[[set]]\nitem = "A"\ntimeline = "soonish"\n', "set[1].timeline: no date understood in 'soonish'"),
    ('[[ignore_slide]]\ntitle = "A"\ncontains = "B"\n', "ignore_slide[1]: give exactly one of title or contains"),
    ('[[merge]]\ninto = "A"\nitems = []\n', "merge[1].items: List should have at least 1 item"),
    ('[[set]]\nitem = "A"\nleaders = [{}]\n', "set[1].leaders[1]: a leader needs a name or an affiliation"),
])
def test_bad_files_give_one_coded_line(tmp_path: Path, text: str, reason: str) -> None:
    from plandeck.corrections import load

    path = tmp_path / "fix.toml"
    path.write_text(text, "utf-8")
    with pytest.raises(InvalidError) as err:
        load(path, scanner())
    message = str(err.value)
    assert message.startswith(f"{path}: {reason}") and message.endswith("[invalid]") and "\n" not in message


# --- the U4SSC file on both years, through the installed command ------------------------------------
U4SSC_CHANGES = [
    ("ignore_slide[1]", "u4ssc-country-city-hub-in-austria", None),
    ("drop[1]", "city-platforms/wg1", None),
    ("merge[1]", "city-platforms/wg3", "aliases"),
    ("merge[1]", "city-platforms/wg3", "leaders"),
    ("merge[1]", "city-platforms/wg4", None),
    ("rename[1]", "guiding-principles-for-artificial-intelligence-in-cities", "title"),
    ("set[1]", "city-platforms", "kind"),
    ("set[1]", "city-platforms", "status"),
    ("set[1]", "city-platforms", "secretariat"),
    ("set[2]", "digital-transformation-for-people-oriented-cities", "parent"),
    ("set[3]", "u4ssc-implementation-programme", "timeline"),
    ("set[3]", "u4ssc-implementation-programme", "leaders"),
    ("people[Ramon Ferri]", "city-platforms", "leaders.0.name"),
    ("people[Ramon Ferri]", "city-platforms/wg5", "leaders.0.name"),
    ("organisations[Valencia]", None, "organisations"),
    ("organisations[Valencia]", "city-platforms", "leaders.0.organisation"),
    ("organisations[Valencia]", "city-platforms/wg5", "leaders.0.organisation"),
    ("organisations[OiER]", None, "organisations"),
    ("organisations[OiER]", "u4ssc-implementation-programme", "leaders.0.organisation"),
    ("ids", "guiding-principles-for-artificial-intelligence-in-cities", "id"),
    ("ids", "digital-transformation-for-people-oriented-cities", "id"),
]
# The 2022-2023 deck already calls the AI deliverable by the new title: the rename names it and changes nothing.
U4SSC_2022_CHANGES = [c for c in U4SSC_CHANGES if c[1] != "guiding-principles-for-artificial-intelligence-in-cities"]


def _extract(deck: Path, *more: str) -> dict:
    run = plandeck("extract", str(deck), "-o", "-", *more)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


@pytest.mark.parametrize(("year", "changes"), [("2021-2022", U4SSC_CHANGES), ("2022-2023", U4SSC_2022_CHANGES)])
def test_u4ssc_corrections_apply_unchanged_to_both_years(year: str, changes: list) -> None:
    deck = SAMPLES / f"u4ssc-action-plan-{year}.pptx"
    plain = _extract(deck)
    corrected = _extract(deck, "--corrections", str(U4SSC_FILE))
    assert "corrections" not in plain
    assert _changes(corrected) == changes
    assert not [w for w in corrected["warnings"] if w["code"].startswith("correction-")]
    assert_exactly_recorded(plain, corrected)
    titles = {it["id"]: it["title"] for it in corrected["items"]}
    assert titles["guiding-principles-for-ai-in-cities"] == "Guiding principles for AI in cities"
    assert "city-platforms/digital-transformation-for-people-oriented-cities" in titles


def test_a_bad_corrections_file_stops_extract_with_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "fix.toml"
    bad.write_text('[[set]]\nitem = "WG3"\nstatus = "finished"\n', "utf-8")
    run = plandeck("extract", str(SAMPLES / "u4ssc-action-plan-2021-2022.pptx"), "-o", str(tmp_path / "out"),
                   "--corrections", str(bad))
    assert run.returncode == 2 and not (tmp_path / "out").exists()
    assert run.stderr.startswith(f"plandeck: error: {bad}: set[1].status: Input should be")
    assert run.stderr.count("\n") == 1 and run.stderr.rstrip().endswith("[invalid]")


def test_changing_the_corrections_file_extracts_again(tmp_path: Path) -> None:
    deck, fix, out = SAMPLES / "u4ssc-action-plan-2021-2022.pptx", tmp_path / "fix.toml", tmp_path / "out"
    fix.write_text('[[drop]]\nitem = "WG1"\n', "utf-8")
    args = ("extract", str(deck), "-o", str(out), "--format", "json", "--corrections", str(fix))

    def written() -> tuple[Path, int, list[str]]:
        [path] = out.rglob("u4ssc*.json")
        stat = path.stat()
        return path, stat.st_ino, [c["item"] for c in json.loads(path.read_text("utf-8"))["corrections"]]

    assert plandeck(*args).returncode == 0
    first = written()
    assert first[2] == ["city-platforms/wg1"]
    assert plandeck(*args).returncode == 0
    assert written() == first  # current: skipped, not written again
    fix.write_text('[[drop]]\nitem = "WG2"\n', "utf-8")
    assert plandeck(*args).returncode == 0
    assert written()[2] == ["city-platforms/wg2", None]  # WG2, and the Greece row only WG2 named


def test_json_schema_lists_corrections() -> None:
    props = schema.json_schema()["properties"]
    assert "corrections" in props and "Correction" in schema.json_schema()["$defs"]


def test_a_title_that_opens_like_a_code_still_names_an_item_without_one() -> None:
    from plandeck.corrections.select import names_item

    item = schema.Item(id="q4-smart-things", title="Q4 Smart things", provenance=schema.Provenance(units=[1]))
    coded = schema.Item(id="p/q4", code="Q4", title="Smart things", provenance=schema.Provenance(units=[1]))
    assert names_item("Q4 Smart things", item) and names_item("Q4 - smart things", coded)
    assert names_item("Q4", coded) and not names_item("Q5 - Smart things", coded)
