"""What every command shares: one way to say an error, one way to load plans."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from plandeck.compare.plans import LoadedPlan


def error(message: object) -> None:
    """One ``plandeck: error:`` line on stderr, escaped: a file name cannot start a forged line."""
    from plandeck.errors import printable

    print(f"plandeck: error: {printable(message)}", file=sys.stderr)


def write_failed(path: Path, exc: OSError) -> None:
    error(f"{path}: cannot write: {exc.strerror or exc}")


def load_plans(paths: list[str]) -> list[LoadedPlan] | None:
    """Every plan, or None after one error line per file that cannot be read."""
    from plandeck.compare.plans import load_plan
    from plandeck.errors import PlandeckError

    plans, failed = [], False
    for name in paths:
        try:
            plans.append(load_plan(Path(name)))
        except PlandeckError as exc:
            error(exc)
            failed = True
    return None if failed else plans
