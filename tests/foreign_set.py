"""The vendored foreign evaluation set (``tests/foreign``): its decks, golds, scores and floors.

Used by ``tests/test_foreign.py`` and ``scripts/floors.py`` so that both score the same way:
each deck through :func:`plandeck.pipeline.extract` (in process), scored with
:mod:`plandeck.scoring` against ``gold/<deck file name>.gold.json``.
"""
from __future__ import annotations

import json
import os
from decimal import ROUND_FLOOR, Decimal
from functools import cache
from pathlib import Path

import tomllib

from plandeck.pipeline import extract
from plandeck.scoring import ScoreResult, score

FOREIGN = Path(__file__).resolve().parent / "foreign"
DECKS = FOREIGN / "decks"
GOLD = FOREIGN / "gold"
FLOORS = FOREIGN / "floors.toml"

FLOORS_HEADER = """\
# Fact-level F1 floors of the foreign evaluation set (tests/foreign), checked by
# tests/test_foreign.py: every deck's F1 >= its floor, and the mean over the decks >= mean.
# floors only go up: raise them when the extractor improves; never lower one.
# scripts/floors.py rewrites this file with the current figures rounded down to 2
# decimals, and refuses to lower any floor.
"""


def in_ci() -> bool:
    """True when the run is a CI run (``CI=true``), where a missing tool fails instead of skipping."""
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def gold_of(deck: Path) -> Path:
    return GOLD / f"{deck.name}.gold.json"


def foreign_decks() -> list[Path]:
    """Every deck of the set that has a gold file, by name."""
    if not DECKS.is_dir():
        return []
    return [d for d in sorted(DECKS.iterdir()) if d.is_file() and gold_of(d).is_file()]


@cache
def score_deck(deck: Path) -> ScoreResult:
    """Extract one deck (once per process) and score it against its gold.

    Raises :class:`plandeck.errors.MissingToolError` when the deck needs a tool that is
    not installed (Tesseract for the scan).
    """
    gold = json.loads(gold_of(deck).read_text("utf-8"))
    pred = json.loads(extract(deck).to_json())
    return score(gold, pred)


def round_down(value: float, places: int = 2) -> float:
    """``value`` rounded towards zero to ``places`` decimals (0.6789 -> 0.67), exact in decimal."""
    step = Decimal(1).scaleb(-places)
    return float(Decimal(repr(value)).quantize(step, rounding=ROUND_FLOOR))


def read_floors(path: Path = FLOORS) -> tuple[float | None, dict[str, float]]:
    """The mean floor and the per-deck floors (deck file name -> floor); empty when no file."""
    if not path.is_file():
        return None, {}
    data = tomllib.loads(path.read_text("utf-8"))
    mean = data.get("mean")
    return (None if mean is None else float(mean)), {k: float(v) for k, v in (data.get("decks") or {}).items()}


def render_floors(mean: float, decks: dict[str, float]) -> str:
    """The text of ``floors.toml`` for these floors."""
    lines = [FLOORS_HEADER, f"mean = {mean:.2f}", "", "[decks]"]
    lines += [f'"{name}" = {floor:.2f}' for name, floor in sorted(decks.items())]
    return "\n".join(lines) + "\n"


def table(results: dict[str, ScoreResult], floors: dict[str, float] | None = None,
          mean_floor: float | None = None) -> str:
    """One line per deck (F1, items matched, floor), then the mean: for a test's output or message."""
    floors = floors or {}
    width = max([len(n) for n in results] + [4])
    lines = [f"{'deck':{width}}  {'F1':>5}  {'floor':>5}  items (matched/gold, pred)  lowest kinds"]
    for name, r in results.items():
        floor = floors.get(name)
        weak = sorted((k for k, row in r.facts.items() if k != "ALL" and row.f1 < 1), key=lambda k: r.facts[k].f1)
        mark = " <" if floor is not None and r.f1 < floor else "  "
        lines.append(f"{name:{width}}  {r.f1:5.3f}{mark}{'' if floor is None else f'{floor:.2f}':>5}  "
                     f"{r.matched_items:>3}/{r.gold_items:<3} (pred {r.pred_items:>2})"
                     f"          {', '.join(f'{k} {r.facts[k].f1:.2f}' for k in weak[:4])}")
    if results:
        mean = sum(r.f1 for r in results.values()) / len(results)
        shown = "" if mean_floor is None else f"  (floor {mean_floor:.2f})"
        lines.append(f"{'mean':{width}}  {mean:5.3f}{shown}  over {len(results)} decks; "
                     f"lowest {min(r.f1 for r in results.values()):.3f}")
    return "\n".join(line.rstrip() for line in lines)
