"""Accuracy on the foreign evaluation set (decks by other authors), vendored in ``tests/foreign``.

Every deck is extracted in process and scored with :mod:`plandeck.scoring` against its
gold. Each deck's F1 must reach its floor in ``tests/foreign/floors.toml`` and the mean
over the decks the mean floor there. Floors only go up: ``scripts/floors.py`` raises them
to the current figures and refuses to lower one. ``pytest -s`` prints the table of all
decks (it is also in the mean test's failure message).

The scan needs Tesseract: without it that deck (and the mean) is skipped, except in CI
(``CI=true``), where it fails.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from plandeck.errors import MissingToolError
from plandeck.scoring import ScoreResult
from tests.foreign_set import FLOORS, foreign_decks, in_ci, read_floors, score_deck, table

DECKS = foreign_decks()
MEAN_FLOOR, FLOORS_BY_DECK = read_floors()


def scored(deck: Path) -> ScoreResult:
    """The deck's score, or a skip (a failure in CI) when a tool it needs is missing."""
    try:
        return score_deck(deck)
    except MissingToolError as exc:
        message = f"{deck.name} needs a tool that is not installed: {exc}"
        if in_ci():
            pytest.fail(f"{message}\nCI must install it (scripts/test.sh installs tesseract-ocr when run as root)")
        pytest.skip(message)


def weak_kinds(result: ScoreResult) -> str:
    return "\n".join(f"    {k:12} P {r.precision:.2f} R {r.recall:.2f} (gold {r.gold}, pred {r.pred}, tp {r.tp})"
                     for k, r in result.facts.items() if k != "ALL" and r.f1 < 1)


def test_set_is_vendored_with_floors() -> None:
    assert len(DECKS) >= 15, f"expected the foreign decks with their golds in {FLOORS.parent}"
    assert MEAN_FLOOR is not None, f"no mean floor in {FLOORS}"
    names = {d.name for d in DECKS}
    assert set(FLOORS_BY_DECK) == names, (
        f"{FLOORS.name} must list exactly the decks of the set; missing {sorted(names - set(FLOORS_BY_DECK))}, "
        f"unknown {sorted(set(FLOORS_BY_DECK) - names)} (python scripts/floors.py)")
    assert all(0.0 <= f <= 1.0 for f in [MEAN_FLOOR, *FLOORS_BY_DECK.values()])


@pytest.mark.parametrize("deck", DECKS, ids=[d.name for d in DECKS])
def test_deck_f1_meets_its_floor(deck: Path) -> None:
    floor = FLOORS_BY_DECK.get(deck.name)
    if floor is None:
        pytest.fail(f"no floor for {deck.name} in {FLOORS}: run python scripts/floors.py")
    result = scored(deck)
    assert result.f1 >= floor, (
        f"{deck.name}: F1 {result.f1:.3f} fell below its floor {floor:.2f} "
        f"(items matched {result.matched_items}/{result.gold_items}, predicted {result.pred_items})\n"
        f"{weak_kinds(result)}")


def test_mean_f1_meets_the_mean_floor() -> None:
    results = {deck.name: scored(deck) for deck in DECKS}
    mean = sum(r.f1 for r in results.values()) / len(results)
    assert MEAN_FLOOR is not None
    assert mean >= MEAN_FLOOR, (f"mean F1 {mean:.3f} fell below the floor {MEAN_FLOOR:.2f}\n"
                                f"{table(results, FLOORS_BY_DECK, MEAN_FLOOR)}")


def test_print_table() -> None:
    """The table of all decks' F1 against their floors (shown with ``pytest -s``)."""
    results: dict[str, ScoreResult] = {}
    for deck in DECKS:
        try:
            results[deck.name] = score_deck(deck)
        except MissingToolError as exc:
            print(f"{deck.name}: not scored: {exc}")
    print(f"\nforeign set (floors in {FLOORS.relative_to(FLOORS.parents[2])}):")
    print(table(results, FLOORS_BY_DECK, MEAN_FLOOR))
    assert results
