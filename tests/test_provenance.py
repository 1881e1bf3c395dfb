"""Per-value provenance (issue 12, part 1) and confidence (part 2).

Every value of an item says the slide it was read from and its box there in points; on
PDFs the box is checked against an independent reader (pdfplumber's words at that
place must hold the value's text). Confidence comes from how the value was found.
"""
from __future__ import annotations

import csv
import json
import subprocess
from pathlib import Path

import pytest

from plandeck.model import Box, Origin
from plandeck.normalize.confidence import ConfidenceRules, rules
from plandeck.normalize.provenance import Places
from plandeck.pipeline import extract
from tests.boxcheck import misses
from tests.conftest import SAMPLES
from tests.deckkit import Deck
from tests.foreign_set import DECKS as FOREIGN_DECKS

PDFS = sorted(p for p in [*SAMPLES.glob("*.pdf"), *FOREIGN_DECKS.glob("*.pdf")] if ".scan." not in p.name
              and "-scan" not in p.name)


@pytest.mark.parametrize("deck", PDFS, ids=[p.name for p in PDFS])
def test_every_pdf_value_box_holds_its_text(deck: Path) -> None:
    doc = json.loads(extract(deck).to_json())
    values = [v for it in doc["items"] for v in it["provenance"]["values"]]
    assert values, f"{deck.name}: no value has provenance"
    assert misses(deck, doc) == []


def test_every_item_field_has_a_source_on_a_pptx_sample() -> None:
    """Each leader, secretariat entry, period, scope, status, meeting and link has one source, inside its slide."""
    doc = extract(SAMPLES / "u4ssc-action-plan-2021-2022.pptx")
    width, height = 960.0, 540.0
    for it in doc.items:
        said = {(v.field, v.index) for v in it.provenance.values}
        wanted = {("title", None), *(("leaders", i) for i in range(len(it.leaders))),
                  *(("secretariat", i) for i in range(len(it.secretariat))),
                  *(("meetings", i) for i in range(len(it.meetings))), *(("links", i) for i in range(len(it.links))),
                  *((k, None) for k in ("timeline", "publication", "scope") if getattr(it, k) is not None),
                  *([("status", None)] if it.status_text else [])}
        assert said == wanted, it.id
        for v in it.provenance.values:
            # A value may come from another item's slide (a parent's meeting line naming this child).
            assert v.box is not None and 1 <= v.unit <= doc.source.units
            x0, top, x1, bottom = v.box
            assert 0 <= x0 < x1 <= width + 1 and 0 <= top < bottom <= height + 1, (it.id, v)


def test_meeting_read_from_parent_slide_reports_that_slide(tmp_path: Path) -> None:
    """Regression: WG3's 2022-02 meeting is written on the City Platforms slide (2), not WG3's table (3);
    meetings.csv used to report every meeting on the item's first slide."""
    out = tmp_path / "out"
    subprocess.run(["plandeck", "extract", str(SAMPLES / "u4ssc-action-plan-2021-2022.pptx"), "-o", str(out)],
                   check=True, capture_output=True)
    with (out / "meetings.csv").open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["item_id"] == "city-platforms/wg3"]
    slides = {r["month"]: r["slide"] for r in rows}
    assert slides == {"2021-12": "3", "2022-01": "3", "2022-02": "2"}
    doc = json.loads(next(out.glob("*.json")).read_text("utf-8"))
    wg3 = next(it for it in doc["items"] if it["id"] == "city-platforms/wg3")
    moved = next(v for v in wg3["provenance"]["values"] if v["field"] == "meetings" and v["index"] == 2)
    assert moved["unit"] == 2 and moved["confidence"] < rules().score("label")


def test_json_schema_describes_value_sources() -> None:
    result = subprocess.run(["plandeck", "schema"], check=True, capture_output=True, text=True)
    schema = json.loads(result.stdout)
    source = schema["$defs"]["ValueSource"]
    assert set(source["required"]) == {"field", "unit", "how", "confidence"}
    assert "values" in schema["$defs"]["Provenance"]["properties"]
    assert schema["$defs"]["Provenance"]["required"] == ["units"]  # old documents stay valid


def test_boxes_are_points_from_the_top_left() -> None:
    places = Places({1: (960.0, 540.0)}, set(), rules())
    assert places.points(1, Box(0.5, 0.25, 0.75, 0.5)) == [480.0, 135.0, 720.0, 270.0]
    assert places.points(2, Box(0, 0, 1, 1)) is None  # a slide of unknown size gives no box, not a wrong one


def test_confidence_is_the_how_score_times_each_factor() -> None:
    table = ConfidenceRules(how={"label": 0.9, "column-cells": 0.6}, factor={"ocr": 0.5}, low=0.5)
    assert table.score("label") == 0.9
    assert table.score("label", "ocr") == 0.45
    assert table.score("column-cells", "unknown-factor") == 0.6
    assert table.is_low(0.45) and not table.is_low(0.5)
    places = Places({3: (100.0, 100.0)}, {3}, table)
    source = places.source("scope", Origin(3, Box(0, 0, 1, 1), "label"))
    assert (source.how, source.confidence) == ("label", 0.45)


def test_guessed_column_is_a_low_confidence_warning(tmp_path: Path) -> None:
    """A column whose header names no field, read as leaders from its cells, is flagged for checking."""
    deck = Deck()
    slide = deck.slide("Deliverables")
    deck.table(slide, [["Deliverable", "Who", "Timeline"],
                       ["Street tree census", "Maren Holt (City Lab)", "2025"],
                       ["Cool roofs guide", "Tomas Rieck (Urban Works)", "2026"]])
    doc = extract(deck.save(tmp_path / "guessed.pptx"))
    census = next(it for it in doc.items if it.title == "Street tree census")
    leader = next(v for v in census.provenance.values if v.field == "leaders")
    timeline = next(v for v in census.provenance.values if v.field == "timeline")
    assert leader.how == "column-cells" and timeline.how == "column-header"
    assert leader.confidence < timeline.confidence
    low = [w for w in doc.warnings if w.code == "low-confidence"]
    assert any("Street tree census" in w.message and "leaders[0]" in w.message for w in low) == \
        rules().is_low(leader.confidence)
