#!/usr/bin/env python3
"""Raise the foreign set's F1 floors (tests/foreign/floors.toml) to the current figures.

usage: python scripts/floors.py [--dry-run]

Scores every deck of tests/foreign exactly as tests/test_foreign.py does, rounds each F1
and the mean down to 2 decimals, and rewrites floors.toml with them. Floors only go up:
if any current figure is below its recorded floor, nothing is written, the lowered floors
are listed and the exit status is 1 (fix the regression instead). Exit status 2 when a
deck cannot be scored (Tesseract missing for the scan, for instance).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from plandeck.errors import PlandeckError  # noqa: E402
from tests.foreign_set import FLOORS, foreign_decks, read_floors, render_floors, round_down, score_deck, table  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--dry-run", action="store_true", help="print the table and the new floors, write nothing")
    args = ap.parse_args(argv)

    decks = foreign_decks()
    if not decks:
        print(f"floors: no decks with golds under {FLOORS.parent}", file=sys.stderr)
        return 2
    results = {}
    for deck in decks:
        try:
            results[deck.name] = score_deck(deck)
        except PlandeckError as exc:
            print(f"floors: cannot score {deck.name}: {exc}; no floor changed", file=sys.stderr)
            return 2

    old_mean, old = read_floors()
    print(table(results, old, old_mean))
    new = {name: round_down(r.f1) for name, r in results.items()}
    new_mean = round_down(sum(r.f1 for r in results.values()) / len(results))

    lowered = [(name, old[name], floor) for name, floor in new.items() if name in old and floor < old[name]]
    if old_mean is not None and new_mean < old_mean:
        lowered.append(("mean", old_mean, new_mean))
    if lowered:
        for name, was, now in lowered:
            print(f"floors: refusing to lower the floor of {name}: {was:.2f} -> {now:.2f}", file=sys.stderr)
        print("floors: floors only go up; nothing written", file=sys.stderr)
        return 1

    for name in sorted(set(old) - set(new)):
        print(f"floors: {name} is no longer in the set; its floor {old[name]:.2f} is dropped")
    changes = [f"  {name}: {'-' if name not in old else f'{old[name]:.2f}'} -> {floor:.2f}"
               for name, floor in sorted(new.items()) if old.get(name) != floor]
    if old_mean != new_mean:
        changes.append(f"  mean: {'-' if old_mean is None else f'{old_mean:.2f}'} -> {new_mean:.2f}")
    print("floors raised:" if changes else "floors unchanged", *changes, sep="\n")
    if not args.dry_run and changes:
        FLOORS.write_text(render_floors(new_mean, new), "utf-8")
        print(f"wrote {FLOORS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
