"""The benchmark's stage helpers follow the library API (a broken bench is only found when someone runs it)."""
from __future__ import annotations

import sys
from pathlib import Path

from tests.conftest import SAMPLES

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from stages import export_document, new_engine


def test_bench_stages_write_the_json_and_tables(tmp_path: Path) -> None:
    deck = SAMPLES / "hcrn-action-plan-2023-2024.pptx"
    doc = new_engine().run(deck)
    export_document(doc, tmp_path, deck.stem)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [f"{deck.stem}.json", "plans.csv", "items.csv", "leaders.csv", "meetings.csv", "organisations.csv",
         "datapackage.json"])
    assert (tmp_path / "items.csv").read_text("utf-8").count("\n") == len(doc.items) + 1
