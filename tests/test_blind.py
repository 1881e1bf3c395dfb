"""Accuracy on the decks written blind (``samples/blind*``): each deck's F1 stays at or above its floor.

Helpers who never read the extractor wrote these decks and their golds from a description
of one authoring habit each (README in each folder). Their first scores, before any tuning
on them, are the project's honest measure of decks it has not seen; these floors keep what
was gained since. Floors only go up: ``python tests/test_blind.py --raise`` rewrites
``samples/blind_floors.toml`` with today's figures rounded down and refuses to lower one.
"""
from __future__ import annotations

import json
import sys
from decimal import ROUND_FLOOR, Decimal
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from plandeck.pipeline import extract  # noqa: E402
from plandeck.scoring import score  # noqa: E402

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

FLOORS = ROOT / "samples" / "blind_floors.toml"
DECKS = sorted(d for folder in sorted((ROOT / "samples").glob("blind*/")) if (folder / "decks").is_dir()
               for d in (folder / "decks").iterdir() if (folder / "gold" / f"{d.name}.gold.json").is_file())


def _key(deck: Path) -> str:
    return f"{deck.parent.parent.name}/{deck.name}"


@cache
def f1_of(deck: Path) -> float:
    gold = json.loads((deck.parent.parent / "gold" / f"{deck.name}.gold.json").read_text("utf-8"))
    return score(gold, json.loads(extract(deck).to_json())).f1


def floors() -> dict[str, float]:
    return {k: float(v) for k, v in tomllib.loads(FLOORS.read_text("utf-8")).get("decks", {}).items()}


@pytest.mark.parametrize("deck", DECKS, ids=[_key(d) for d in DECKS])
def test_blind_deck_stays_at_its_floor(deck: Path) -> None:
    floor = floors().get(_key(deck))
    assert floor is not None, f"{_key(deck)} has no floor: run python tests/test_blind.py --raise"
    assert f1_of(deck) >= floor, f"{_key(deck)}: F1 {f1_of(deck):.3f} < floor {floor}"


def _raise() -> int:
    old = floors() if FLOORS.is_file() else {}
    new = {_key(d): float(Decimal(str(f1_of(d))).quantize(Decimal("0.01"), rounding=ROUND_FLOOR)) for d in DECKS}
    lower = [k for k, v in new.items() if v < old.get(k, 0.0)]
    if lower:
        print("floors would go down, nothing written: " + ", ".join(f"{k} {old[k]} -> {new[k]}" for k in lower))
        return 1
    lines = ["# F1 floors of the blind decks (samples/blind*), checked by tests/test_blind.py. Floors only go up.",
             "[decks]", *(f'"{k}" = {max(v, old.get(k, 0.0)):.2f}' for k, v in sorted(new.items()))]
    FLOORS.write_text("\n".join(lines) + "\n", "utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__" and "--raise" in sys.argv:
    raise SystemExit(_raise())
