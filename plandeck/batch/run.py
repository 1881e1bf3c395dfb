"""Extraction over many inputs: parallel, resumable, and never stopped by one bad file.

Each deck's JSON is written (atomically) as soon as it is done. The resume state
(:mod:`plandeck.batch.state`) records which input bytes each output came from, so a
re-run skips what is already done and an interrupted run resumes. At the end come the
combined tables over every deck and ``errors.csv``.
"""
from __future__ import annotations

import importlib
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from plandeck import schema
from plandeck.batch.inputs import Inputs, Task, remove_stale
from plandeck.batch.progress import Progress
from plandeck.batch.state import State, fingerprint
from plandeck.batch.workers import Outcome, WorkerPool, start_forkserver
from plandeck.errors import printable
from plandeck.export.atomic import write_atomic
from plandeck.export.formulas import csv_text
from plandeck.export.tables import Rows, rows
from plandeck.export.writers import TABLE_FORMATS, write_tables
from plandeck.hashing import sha256_of
from plandeck.settings import Settings

ERRORS_FILE = "errors.csv"


@dataclass(frozen=True, slots=True)
class Failure:
    """A file that gave no document, with the error's code and one-line message."""

    file: str
    code: str
    message: str


@dataclass
class Report:
    """What a run produced, in input order."""

    outputs: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    skipped: int = 0

    @cached_property
    def documents(self) -> list[schema.Document]:
        """The outputs as models; parsed only when asked for, since a batch itself never needs them."""
        return [schema.Document.model_validate_json(text) for text in self.outputs]


@dataclass(frozen=True)
class RunOptions:
    """How to run: workers, limits, executor; defaults suit a laptop."""

    jobs: int = 1
    time_limit: float = 120.0
    memory_mb: int = 1024
    executor: str = "local"
    scheduler: str | None = None
    quiet: bool = True


def run_extract(inputs: Sequence[Path], outdir: Path | None, formats: Sequence[str] = ("json", "csv"),
                settings: Settings | None = None, options: RunOptions | None = None) -> Report:
    """Extract every deck; JSON per deck as it finishes, then combined tables and errors.csv."""
    settings = settings or Settings()
    options = options or RunOptions()
    report = Report()
    if outdir is not None:
        _remove_partial_files(outdir)
        remove_stale(outdir)
    source = Inputs(settings, outdir)
    state = State(outdir if "json" in formats else None, fingerprint(settings))
    with_rows = any(f in formats for f in TABLE_FORMATS)
    try:
        tasks = source.tasks(inputs)
        if options.executor == "local":
            start_forkserver()
        if with_rows:
            # The table writers need pandas at the end; import it while the workers run.
            threading.Thread(target=importlib.import_module, args=("pandas",), daemon=True).start()
        todo, done_json, done_rows = [], {}, {}
        digests = {task.index: _digest(task.path) for task in tasks}
        for task in tasks:
            digest = digests[task.index]
            if digest is not None and state.current(task, digest):
                done_json[task.index] = (outdir / task.output).read_text("utf-8")  # type: ignore[operator]
                report.skipped += 1
            else:
                todo.append(task)
        failures: dict[int, Failure] = {}
        json_dir = outdir if "json" in formats else None
        with Progress(len(tasks), report.skipped, options.quiet) as progress:
            for outcome in _execute(todo, settings, json_dir, options, with_rows):
                if outcome.json is not None:
                    done_json[outcome.task.index] = outcome.json
                    if outcome.rows is not None:
                        done_rows[outcome.task.index] = outcome.rows
                    digest = digests[outcome.task.index]
                    if digest is not None:
                        state.record(outcome.task, digest)
                else:
                    failures[outcome.task.index] = Failure(outcome.task.display, outcome.code or "error",
                                                           outcome.message or "")
                progress.advance(outcome.json is not None)
    finally:
        state.flush()
        source.close()
    report.outputs = [done_json[i] for i in sorted(done_json)]
    report.failures = [Failure(r.display, r.code, f"{r.display}: {r.reason} [{r.code}]") for r in source.rejected]
    report.failures += [failures[i] for i in sorted(failures)]
    if outdir is not None:
        report.written = [outdir / t.output for t in tasks if t.index in done_json and "json" in formats]
        if with_rows:
            report.written += write_tables(_table_rows(done_json, done_rows), outdir, formats)
        report.written += _write_errors(report, outdir)
    return report


def _table_rows(done_json: dict[int, str], done_rows: dict[int, Rows]) -> Rows:
    """Every deck's rows in input order; decks skipped as already done are read back from their JSON."""
    return Rows.concat(done_rows[i] if i in done_rows else rows([schema.Document.model_validate_json(done_json[i])])
                       for i in sorted(done_json))


def _remove_partial_files(outdir: Path) -> None:
    """Temporary ``.name.part`` files a killed run left behind: never complete, never kept."""
    if outdir.is_dir():
        for stale in outdir.glob(".*.part"):
            stale.unlink(missing_ok=True)


def _digest(path: Path) -> str | None:
    """The input's hash for the resume state; None when it cannot be read (the run reports why)."""
    try:
        return sha256_of(path) if path.is_file() else None
    except Exception:
        return None


def _execute(tasks: list[Task], settings: Settings, outdir: Path | None, options: RunOptions,
             with_rows: bool) -> Iterable[Outcome]:
    if not tasks:
        return []
    if options.executor == "dask":
        from plandeck.batch.dask import run_on_dask

        return run_on_dask(tasks, settings, outdir, options.scheduler, with_rows)
    return WorkerPool(options.jobs, settings, outdir, options.time_limit, options.memory_mb, with_rows).run(tasks)


def _write_errors(report: Report, outdir: Path) -> list[Path]:
    """``errors.csv`` when anything failed, and rewritten when an earlier run left one (so it never goes stale)."""
    if not report.failures and not (outdir / ERRORS_FILE).exists():
        return []
    records = ({"file": printable(f.file), "code": f.code, "message": printable(f.message)} for f in report.failures)
    write_atomic(outdir / ERRORS_FILE, csv_text(("file", "code", "message"), records))
    return [outdir / ERRORS_FILE]
