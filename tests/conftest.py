"""Shared test fixtures: where the samples, golds and the shared scorer live."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
GOLDEN = Path(__file__).resolve().parent / "golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite tests/golden/*.json from the current output (review the diff!)")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def gold_for(deck: Path) -> Path:
    """``samples/<base>.gold.json`` for ``<base>.pptx``, ``<base>.pdf`` or ``<base>.<variant>.pdf``."""
    return deck.with_name(deck.name.split(".")[0] + ".gold.json")


def sample_decks() -> list[Path]:
    """Every sample deck that has a gold file."""
    decks = [p for p in sorted(SAMPLES.iterdir()) if p.suffix.lower() in (".pptx", ".pdf", ".ppt", ".odp")]
    return [p for p in decks if gold_for(p).is_file()]


def load_scorer():
    """The shared scorer (standard library only), or None when ../shared is not beside the repo."""
    path = SHARED / "eval" / "score.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("plandeck_shared_score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
