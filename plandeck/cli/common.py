"""What every command shares: one way to say an error, one way to load plans."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from plandeck.batch.limits import Limits
    from plandeck.compare.plans import LoadedPlan


def error(message: object) -> None:
    """One ``plandeck: error:`` line on stderr, escaped: a file name cannot start a forged line."""
    from plandeck.errors import printable

    print(f"plandeck: error: {printable(message)}", file=sys.stderr)


def write_failed(path: Path, exc: OSError) -> None:
    error(f"{path}: cannot write: {exc.strerror or exc}")


def load_plans(paths: list[str], limits: Limits | None = None) -> list[LoadedPlan] | None:
    """Every plan, or None after one error line per file that cannot be read.

    Decks are extracted in a supervised worker under ``limits`` (as ``extract`` does), so
    a hostile deck given to ``diff``, ``history`` or ``report`` fails with a coded line.
    """
    from plandeck.batch.supervise import extract_documents
    from plandeck.compare.plans import LoadedPlan, read_json
    from plandeck.errors import PlandeckError

    decks = [i for i, name in enumerate(paths) if Path(name).suffix.lower() != ".json"]
    extracted = dict(zip(decks, extract_documents([Path(paths[i]) for i in decks], limits=limits), strict=True))
    plans, failed = [], False
    for i, name in enumerate(paths):
        try:
            if i in extracted:
                result = extracted[i]
                if result.document is None:
                    error(result.message)
                    failed = True
                    continue
                plans.append(LoadedPlan(Path(name), result.document))
            else:
                plans.append(LoadedPlan(Path(name), read_json(Path(name))))
        except PlandeckError as exc:
            error(exc)
            failed = True
    return None if failed else plans
