"""Many decks at once: inputs expanded, supervised workers, resume state, combined tables.

Modules: :mod:`~plandeck.batch.run` is the entry point (:func:`run_extract`);
:mod:`~plandeck.batch.inputs` turns folders and zips into tasks;
:mod:`~plandeck.batch.workers` runs tasks in supervised processes (or
:mod:`~plandeck.batch.dask` on a Dask cluster).

The names below are loaded on first use: the CLI imports :mod:`plandeck.batch.workers`
to start the workers' fork server before anything heavy, so importing this package
must not pull in the run's own imports (pandas, pydantic).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from plandeck.batch.run import Failure, Report, RunOptions, run_extract

__all__ = ["Failure", "Report", "RunOptions", "run_extract"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from plandeck.batch import run

        return getattr(run, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
