"""The project's fact-level scorer (:mod:`plandeck.scoring`).

Unit tests on tiny hand-made documents with known precision and recall, and a check that
it gives exactly the shared scorer's results on every gold file (scored against itself and
against perturbed copies) and on the golden outputs. That comparison is the one test that
needs ``../shared`` (or ``$PLANDECK_SHARED``); it is skipped without it.
"""
from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from plandeck import scoring
from plandeck.scoring import score
from tests.conftest import GOLDEN, SAMPLES, SHARED, gold_for, load_shared_scorer

FOREIGN_GOLD = SHARED / "foreign" / "gold"
VENDORED_GOLD = Path(__file__).resolve().parent / "foreign" / "gold"


def _plan_golds() -> list[Path]:
    """Every ``plandeck/1`` gold: the shared foreign set's (or its vendored copy) and the samples'
    (``samples/*.gold.json`` and those of sub-folders such as ``samples/blind/gold``)."""
    foreign = FOREIGN_GOLD if FOREIGN_GOLD.is_dir() else VENDORED_GOLD
    paths = sorted(foreign.glob("*.gold.json")) + sorted(SAMPLES.rglob("*.gold.json"))
    return [p for p in paths if str(json.loads(p.read_text("utf-8")).get("schema", "")).startswith("plandeck/1")]


GOLDS = _plan_golds()
GOLD_IDS = [f"samples/{p.relative_to(SAMPLES)}" if p.is_relative_to(SAMPLES) else f"foreign/{p.name}" for p in GOLDS]


def perturbed(gold: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``gold`` with one item removed, one leader renamed and one meeting added."""
    doc = copy.deepcopy(gold)
    items = doc.setdefault("items", [])
    if len(items) > 1:
        items.pop(len(items) // 2)
    for item in items:
        if item.get("leaders"):
            item["leaders"][0]["name"] = "Alex Example"
            break
    if not items:
        items.append({"id": "extra", "title": "An extra item", "meetings": []})
    items[0].setdefault("meetings", []).append({"month": "2031-07", "groups": [], "note": None})
    return doc


def mangled(gold: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``gold`` whose items are changed in the ways that test the lenient parts:
    titles cut or replaced (around the 0.8 match threshold, or matched by code only),
    scopes cut (around the 0.9 scope threshold), affiliations swapped with organisations."""
    doc = copy.deepcopy(gold)
    for n, item in enumerate(doc.get("items") or []):
        title = str(item.get("title") or "")
        words = title.split()
        if n % 4 == 1 and len(words) > 1:
            item["title"] = " ".join(words[:-1])
        elif n % 4 == 2:
            item["title"] = f"Item {n}"
        elif n % 4 == 3:
            item["title"] = title[: len(title) * 3 // 4]
        if item.get("scope"):
            item["scope"] = item["scope"][: -(n % 3) * 4 or None]
        for role in item.get("leaders") or []:
            role["affiliation"], role["organisation"] = role.get("organisation"), role.get("affiliation")
    return doc


def reidentified(gold: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``gold`` whose item ids (and parent links) are all different, as a prediction's are."""
    doc = copy.deepcopy(gold)
    new = {item["id"]: f"p{n}" for n, item in enumerate(doc.get("items") or [])}
    for item in doc.get("items") or []:
        item["id"] = new[item["id"]]
        if item.get("parent"):
            item["parent"] = new.get(item["parent"], item["parent"])
    return doc


@pytest.fixture(scope="module")
def shared():
    module = load_shared_scorer()
    if module is None:
        pytest.skip(f"no shared scorer at {SHARED / 'eval' / 'score.py'}: comparison with it skipped")
    return module


def test_golds_found() -> None:
    assert len(GOLDS) >= 20
    assert any("foreign" in i for i in GOLD_IDS) and any("samples" in i for i in GOLD_IDS)


@pytest.mark.parametrize("gold_path", GOLDS, ids=GOLD_IDS)
def test_agrees_with_shared_scorer(gold_path: Path, shared) -> None:
    gold = json.loads(gold_path.read_text("utf-8"))
    for name, pred in [("gold", gold), ("perturbed", perturbed(gold)), ("re-identified", reidentified(gold)),
                       ("re-identified perturbed", reidentified(perturbed(gold))),
                       ("mangled", mangled(gold)), ("re-identified mangled", reidentified(mangled(gold)))]:
        ours = score(gold, pred)
        assert ours.as_dict() == shared.score(gold, pred), f"{gold_path.name} against its {name} copy"
    assert score(gold, gold).f1 == 1.0
    if gold.get("items"):
        assert score(gold, perturbed(gold)).f1 < 1.0


GOLDENS = sorted(GOLDEN.glob("*.json"))


@pytest.mark.parametrize("golden", GOLDENS, ids=[p.name for p in GOLDENS])
def test_agrees_with_shared_scorer_on_real_output(golden: Path, shared) -> None:
    """The golden outputs are real predictions: the two scorers agree on them too."""
    gold_path = gold_for(SAMPLES / golden.name.removesuffix(".json"))
    gold = json.loads(gold_path.read_text("utf-8"))
    pred = json.loads(golden.read_text("utf-8"))
    assert score(gold, pred).as_dict() == shared.score(gold, pred)


# --- tiny hand-made documents -------------------------------------------------------

def doc(*items: dict[str, Any], title: str = "X Plan 2024") -> dict[str, Any]:
    return {"schema": "plandeck/1", "plan": {"title": title}, "items": list(items)}


REPORT = {"id": "a", "title": "Annual report", "status": "ongoing",
          "leaders": [{"name": "Jane Doe", "affiliation": "ACME", "organisation": None}]}


def test_identical_documents_score_one() -> None:
    result = score(doc(REPORT), doc(REPORT))
    assert (result.precision, result.recall, result.f1) == (1.0, 1.0, 1.0)
    assert (result.gold_items, result.pred_items, result.matched_items) == (1, 1, 1)
    assert result.missed == [] and result.spurious == []


def test_missing_leader_lowers_recall_only() -> None:
    # gold: plan-title, item, status, parent, leader, affiliation = 6 facts; pred has the first 4
    pred = doc({**REPORT, "leaders": []}, title="X Plan")  # plan titles compare without years
    result = score(doc(REPORT), pred)
    assert result.facts["ALL"].gold == 6 and result.facts["ALL"].pred == 4 and result.facts["ALL"].tp == 4
    assert result.precision == 1.0
    assert result.recall == pytest.approx(4 / 6)
    assert result.f1 == pytest.approx(0.8)
    assert result.facts["leader"].recall == 0.0 and result.facts["status"].f1 == 1.0
    assert result.missed == [("affiliation", "a", "jane doe", "acme"), ("leader", "a", "jane doe")]


def test_spurious_item_lowers_precision_only() -> None:
    extra = {"id": "z", "title": "Something unrelated"}
    result = score(doc(REPORT), doc(REPORT, extra))
    # the unmatched item brings two facts of its own: it exists, its parent is none
    assert result.facts["ALL"].pred == 8 and result.facts["ALL"].tp == 6
    assert result.precision == pytest.approx(0.75) and result.recall == 1.0
    assert result.f1 == pytest.approx(6 / 7)
    assert ("item", "pred:z") in result.spurious


def test_empty_documents() -> None:
    assert score({}, {}).f1 == 1.0
    nothing = score(doc(REPORT), {})
    assert (nothing.precision, nothing.recall, nothing.f1) == (0.0, 0.0, 0.0)
    assert score({}, doc(REPORT)).facts["item"].precision == 0.0


def test_items_match_by_title_similarity_or_code() -> None:
    gold = doc({"id": "a", "title": "Energy efficiency of data centres", "code": "WG3"})
    assert score(gold, doc({"id": "p", "title": "Energy efficiency of data centers"})).matched_items == 1
    assert score(gold, doc({"id": "p", "title": "Totally different words"})).matched_items == 0
    by_code = score(gold, doc({"id": "p", "title": "Totally different words", "code": "wg3"}))
    assert by_code.matched_items == 1 and by_code.f1 == 1.0  # the code itself is no fact


def test_aliases_count_for_matching() -> None:
    gold = doc({"id": "a", "title": "Joint Coordination Activity on ICT and Climate Change",
                "aliases": ["JCA on ICT and Climate Change"]})
    assert score(gold, doc({"id": "p", "title": "JCA on ICT and Climate Change"})).matched_items == 1


def test_matching_is_one_to_one_best_first() -> None:
    gold = doc({"id": "a", "title": "Guide for cities"})
    pred = doc({"id": "p", "title": "Guide for city"}, {"id": "q", "title": "Guide for cities"})
    result = score(gold, pred)
    assert result.matched_items == 1
    assert ("item", "pred:p") in result.spurious and ("item", "a") not in result.missed


def test_parent_links_follow_the_matching() -> None:
    parent = {"id": "wg1", "title": "Working group one", "code": "WG1"}
    child = {"id": "wg1/guide", "title": "Guide to things", "parent": "wg1"}
    gold = doc(parent, child)
    pred = doc({**parent, "id": "x"}, {**child, "id": "y", "parent": "x"})
    assert score(gold, pred).f1 == 1.0
    orphan = score(gold, doc({**parent, "id": "x"}, {**child, "id": "y", "parent": None}))
    assert orphan.missed == [("parent", "wg1/guide", "wg1")]
    assert orphan.spurious == [("parent", "wg1/guide", None)]


def test_affiliation_is_lenient_between_affiliation_and_organisation() -> None:
    leader = {"name": "Jane Doe", "affiliation": "GDS", "organisation": "UK Government Digital Service"}
    gold = doc({"id": "a", "title": "Open data", "leaders": [leader]})
    as_organisation = {"name": "Jane Doe", "affiliation": None, "organisation": "UK Government Digital Service"}
    assert score(gold, doc({"id": "p", "title": "Open data", "leaders": [as_organisation]})).f1 == 1.0
    other = {"name": "Jane Doe", "affiliation": "ACME", "organisation": None}
    result = score(gold, doc({"id": "p", "title": "Open data", "leaders": [other]}))
    assert result.facts["affiliation"].tp == 0 and result.facts["leader"].tp == 1


def test_scope_is_lenient_and_text_is_normalised() -> None:
    gold = doc({"id": "a", "title": "Procurement", "scope": "Guidance for cities on procurement of smart solutions."})
    close = doc({"id": "p", "title": "PROCUREMENT", "scope": "Guidance for cities on procurement of smart solution"})
    assert score(gold, close).f1 == 1.0
    far = doc({"id": "p", "title": "Procurement", "scope": "Something else entirely"})
    assert score(gold, far).facts["scope"].f1 == 0.0


def test_periods_meetings_recurrence_links() -> None:
    item = {"id": "a", "title": "Report", "timeline": {"text": "2022-2023", "from": "2022", "to": "2023"},
            "publication": {"text": "mid-2023", "from": "2023-05", "to": "2023-08"},
            "meetings": [{"month": "2023-01"}, {"month": "2023-02"}],
            "recurrence": {"freq": "monthly", "from": "2023-01"}, "links": ["https://example.org/x/"]}
    pred = copy.deepcopy(item)
    pred["meetings"].append({"month": "2023-01", "note": "again"})  # a month counts once
    pred["links"] = ["HTTPS://example.org/x"]  # case and a trailing slash do not matter
    pred["publication"]["to"] = "2023-12"
    result = score(doc(item), doc(pred))
    assert result.facts["meeting"].f1 == 1.0 and result.facts["link"].f1 == 1.0
    assert result.facts["recurrence"].f1 == 1.0 and result.facts["timeline"].f1 == 1.0
    assert result.facts["publication"].f1 == 0.0
    assert result.missed == [("publication", "a", "2023-05", "2023-08")]


def test_norm_and_plan_title() -> None:
    assert scoring.norm("  Ｆｏｏ\u2013Bar,  BAZ!  ") == "foo-bar baz"
    assert scoring.norm(None) == ""
    assert scoring.plan_title("CCDC Work Plan 2023-2024") == scoring.plan_title("ccdc work plan")


def test_result_reads_like_the_shared_dict() -> None:
    result = score(doc(REPORT), doc(REPORT))
    assert result["facts"]["ALL"]["f1"] == 1.0
    assert list(result.facts) == [*sorted(k for k in result.facts if k != "ALL"), "ALL"]
    assert set(result.as_dict()) == {"facts", "matched_items", "gold_items", "pred_items", "missed", "spurious"}


def test_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(doc(REPORT)), "utf-8")
    assert scoring.main([str(gold), str(gold)]) == 0
    assert capsys.readouterr().out.strip().endswith("F1 1.000")
    assert scoring.main([str(gold), str(gold), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["facts"]["ALL"]["f1"] == 1.0
    assert scoring.main([str(gold)]) == 2
