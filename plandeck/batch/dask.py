"""Runs the same per-file job on a Dask distributed cluster, for archives that outgrow one machine.

Install with ``pip install 'plandeck[dask]'``. Outputs and error report are the same as
a local run; per-file memory and time limits are the cluster's own (set them on its
workers), since a remote task cannot be killed from here.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from plandeck.batch.inputs import Task
from plandeck.batch.workers import Outcome, run_task
from plandeck.errors import MissingToolError
from plandeck.settings import Settings


def run_on_dask(tasks: Sequence[Task], settings: Settings, outdir: Path | None,
                scheduler: str | None, with_rows: bool = False) -> Iterator[Outcome]:
    """Submit one task per deck to the scheduler at ``scheduler`` and yield outcomes as they finish."""
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise MissingToolError("--executor dask", "needs the dask extra: pip install 'plandeck[dask]'") from None
    if not scheduler:
        raise MissingToolError("--executor dask", "needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)")
    with Client(scheduler) as client:
        out = str(outdir) if outdir is not None else None
        futures = [client.submit(run_task, task, settings, out, with_rows, key=f"plandeck-{task.index}-{task.output}",
                                 pure=False) for task in tasks]
        for future in as_completed(futures):
            yield future.result()
