"""Shared test fixtures: where the samples, golds and scorers live; the golden-update report."""
from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
# The shared folder beside the repository; PLANDECK_SHARED points elsewhere (a path that
# does not exist checks that no test but the scorer comparison needs it).
SHARED = Path(os.environ.get("PLANDECK_SHARED") or ROOT.parent / "shared")
GOLDEN = Path(__file__).resolve().parent / "golden"

# Unified diffs of the golden files rewritten by --update-golden, printed in the terminal summary.
_golden_updates = pytest.StashKey[list[str]]()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite tests/golden/*.json from the current output (review the diff!)")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def record_golden_update(request: pytest.FixtureRequest):
    """``record(diff)``: keep a rewritten golden file's unified diff for the terminal summary."""
    updates = request.config.stash.setdefault(_golden_updates, [])
    return updates.append


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    """After a ``--update-golden`` run, print every changed golden file's diff for review."""
    if not config.getoption("--update-golden"):
        return
    diffs = config.stash.get(_golden_updates, [])
    terminalreporter.section("golden files updated (review this diff, then git diff tests/golden)")
    if not diffs:
        terminalreporter.write_line("no golden file changed")
        return
    for diff in diffs:
        terminalreporter.write(diff if diff.endswith("\n") else diff + "\n")
    terminalreporter.write_line(f"{len(diffs)} golden file(s) rewritten")


def gold_for(deck: Path) -> Path:
    """``samples/<base>.gold.json`` for ``<base>.pptx``, ``<base>.pdf`` or ``<base>.<variant>.pdf``."""
    return deck.with_name(deck.name.split(".")[0] + ".gold.json")


def sample_decks() -> list[Path]:
    """Every sample deck that has a gold file."""
    decks = [p for p in sorted(SAMPLES.iterdir()) if p.suffix.lower() in (".pptx", ".pdf", ".ppt", ".odp")]
    return [p for p in decks if gold_for(p).is_file()]


def load_scorer() -> ModuleType:
    """The project's fact-level scorer (:mod:`plandeck.scoring`); needs nothing outside the repo."""
    import plandeck.scoring

    return plandeck.scoring


def load_shared_scorer() -> ModuleType | None:
    """The shared scorer ``../shared/eval/score.py``, or None when it is not beside the repo.

    Only ``tests/test_scoring.py`` uses it, to check that :mod:`plandeck.scoring` agrees with it.
    """
    path = SHARED / "eval" / "score.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("plandeck_shared_score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
