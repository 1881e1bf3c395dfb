"""One deck or a few, extracted under the same supervision as a batch: for ``diff``, ``history``, ``report``.

A command that compares plans reads decks too, and a hostile deck must cost it no more
than it costs ``extract``: each runs in a supervised worker (:class:`WorkerPool`), killed
with its whole session (LibreOffice included) past the time or memory limit, and becomes
a coded one-line failure instead of taking the machine or hanging the command.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from plandeck import schema
from plandeck.batch.inputs import Task
from plandeck.batch.limits import Limits
from plandeck.batch.workers import WorkerPool
from plandeck.settings import Settings


@dataclass(frozen=True, slots=True)
class Extracted:
    """One deck's result: its document, or the coded one-line message saying why there is none."""

    path: Path
    document: schema.Document | None = None
    code: str | None = None
    message: str | None = None


def extract_documents(paths: Sequence[Path], settings: Settings | None = None,
                      limits: Limits | None = None) -> list[Extracted]:
    """Every deck's document or failure, in the order given; no deck can outrun ``limits``."""
    if not paths:
        return []
    limits = limits or Limits()
    settings = settings or Settings(convert_timeout=limits.time_limit)
    tasks = [Task(i, path, str(path), "") for i, path in enumerate(paths)]
    results: dict[int, Extracted] = {}
    pool = WorkerPool(1, settings, None, limits.time_limit, limits.memory_mb)
    for outcome in pool.run(tasks):
        path = outcome.task.path
        if outcome.json is not None:
            results[outcome.task.index] = Extracted(path, schema.Document.model_validate_json(outcome.json))
        else:
            results[outcome.task.index] = Extracted(path, code=outcome.code, message=outcome.message)
    return [results[i] for i in range(len(tasks))]
