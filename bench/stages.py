"""plandeck's stages for one deck through its library API, shared by run.py and memory_probe.py.

read (``Engine.read``), extract facts (``engine.facts.find``), normalise
(``engine.normaliser.normalise``) and export (the deck's JSON plus the CSV tables).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any


def new_engine() -> Any:
    """An engine with the CLI's default settings."""
    from plandeck.pipeline import Engine
    from plandeck.settings import Settings

    return Engine(Settings())


def export_document(doc: Any, outdir: Path, stem: str) -> None:
    """Write ``<stem>.json`` and the CSV tables of this one document into ``outdir``."""
    from plandeck.export import writers
    from plandeck.export.tables import rows

    writers.write_json(doc, outdir / f"{stem}.json")
    writers.write_tables(rows([doc]), outdir, ("json", "csv"))
