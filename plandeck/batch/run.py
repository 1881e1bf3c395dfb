"""Extraction over many inputs: parallel, resumable, and never stopped by one bad file.

Each deck's JSON is written (atomically) as soon as it is done. The resume state
(:mod:`plandeck.batch.state`) records which input bytes each output came from, so a
re-run skips what is already done and an interrupted run resumes. At the end come the
combined tables over every document in the output folder (:mod:`plandeck.batch.collect`)
and ``errors.csv``; :mod:`plandeck.batch.summary` says what was done.
"""
from __future__ import annotations

import contextlib
import importlib
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from plandeck import schema
from plandeck.batch.collect import collect
from plandeck.batch.inputs import DECK_SUFFIXES, Inputs, Task
from plandeck.batch.progress import Progress
from plandeck.batch.state import State, fingerprint
from plandeck.batch.summary import DONE, FAILED, SKIPPED, DeckSummary, RunSummary
from plandeck.batch.workers import Outcome, WorkerPool, start_forkserver
from plandeck.batch.workspace import Workspace, cannot_write
from plandeck.errors import NameClashError, NoInputError, OutputError, printable
from plandeck.export.atomic import write_atomic
from plandeck.export.datapackage import ERROR_COLUMNS
from plandeck.export.formulas import csv_text
from plandeck.export.tables import Rows, rows
from plandeck.export.writers import TABLE_FORMATS, write_tables
from plandeck.hashing import sha256_of
from plandeck.settings import Settings

ERRORS_FILE = "errors.csv"


@dataclass(frozen=True, slots=True)
class Failure:
    """A file that gave no document: its relative name, its path as given, the error's code and one-line message."""

    file: str
    path: str
    code: str
    message: str


@dataclass
class Report:
    """What a run produced, in input order."""

    outputs: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    skipped: int = 0
    summary: RunSummary = field(default_factory=RunSummary)

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
    excel: bool = False


def run_extract(inputs: Sequence[Path], outdir: Path | None, formats: Sequence[str] = ("json", "csv"),
                settings: Settings | None = None, options: RunOptions | None = None) -> Report:
    """Extract every deck; JSON per deck as it finishes, then the tables over the folder's documents, errors.csv."""
    settings = settings or Settings()
    options = options or RunOptions()
    report = Report()
    workspace = Workspace(outdir)  # OUT/.plandeck; an unwritable folder stops here
    source = Inputs(settings, workspace)
    state = State(outdir if "json" in formats else None, fingerprint(settings))
    with_rows = any(f in formats for f in TABLE_FORMATS)
    try:
        tasks = source.tasks(inputs)
        if not tasks and not source.rejected:
            workspace.discard()
            raise NoInputError(", ".join(str(p) for p in inputs), f"no deck found ({', '.join(DECK_SUFFIXES)} or .zip)")
        if options.executor == "local":
            start_forkserver()
        if with_rows:
            # The table writers need pandas at the end; import it while the workers run.
            threading.Thread(target=importlib.import_module, args=("pandas",), daemon=True).start()
        todo, done_json, done_rows = [], {}, {}
        decks: dict[int, DeckSummary] = {}
        clashes: dict[int, Failure] = {}
        digests = {task.index: _digest(task.path) for task in tasks}
        for task in tasks:
            digest = digests[task.index]
            other = state.taken(task, digest) if digest is not None else None
            if other is not None:
                clashes[task.index] = Failure(task.name, task.display, NameClashError.code, (
                    f"{task.display}: {task.output} already holds {other}; give their common folder, another -o, "
                    f"or delete it [{NameClashError.code}]"))
            elif digest is not None and state.current(task, digest):
                done_json[task.index] = (outdir / task.output).read_text("utf-8")  # type: ignore[operator]
                decks[task.index] = DeckSummary.of_document(task, done_json[task.index], SKIPPED,
                                                            _output(outdir, task, formats))
                report.skipped += 1
            else:
                todo.append(task)
        failures: dict[int, Failure] = {}
        json_dir = outdir if "json" in formats else None
        outcomes = iter(_execute(todo, settings, json_dir, options, with_rows))
        with Progress(len(tasks) - len(clashes), report.skipped, options.quiet, todo) as progress, \
                _closing(outcomes):
            for outcome in outcomes:
                if outcome.code == OutputError.code:  # the disk is full: what is written stays, nothing more
                    raise OutputError(outcome.task.display, outcome.message or "cannot write")
                if outcome.json is not None:
                    done_json[outcome.task.index] = outcome.json
                    decks[outcome.task.index] = DeckSummary.of_document(outcome.task, outcome.json, DONE,
                                                                        _output(outdir, outcome.task, formats))
                    if outcome.rows is not None:
                        done_rows[outcome.task.index] = outcome.rows
                    digest = digests[outcome.task.index]
                    if digest is not None:
                        state.record(outcome.task, digest)
                else:
                    failures[outcome.task.index] = Failure(outcome.task.name, outcome.task.display,
                                                           outcome.code or "error", outcome.message or "")
                progress.advance(outcome.task, decks.get(outcome.task.index))
    except OSError as exc:
        raise cannot_write(outdir or Path("."), exc) from None
    finally:
        with contextlib.suppress(OSError):
            state.flush()
        source.close()
    report.outputs = [done_json[i] for i in sorted(done_json)]
    report.failures = [Failure(r.name, r.display, r.code, f"{r.display}: {r.reason} [{r.code}]")
                       for r in source.rejected]
    report.failures += [failures[i] for i in sorted(failures)]
    report.failures += [clashes[i] for i in sorted(clashes)]
    report.summary.decks = [decks[i] for i in sorted(decks)]
    report.summary.decks += [DeckSummary(f.file, f.path, FAILED, code=f.code, message=f.message)
                             for f in report.failures]
    if outdir is not None:
        report.written = [outdir / t.output for t in tasks if t.index in done_json and "json" in formats]
        try:
            if with_rows:
                found = collect(outdir, _fresh_rows(tasks, done_json, done_rows))
                tables = write_tables(found.tables(), outdir, formats, excel=options.excel)
                report.written += tables
                report.summary.tables = [str(t) for t in tables]
                report.summary.documents = len(found.rows)
                report.summary.not_documents = [str(p) for p in found.skipped]
            errors = _write_errors(report, outdir, "csv" in formats)
        except OSError as exc:
            raise cannot_write(outdir, exc) from None
        report.written += errors
        report.summary.errors_file = str(errors[0]) if report.failures and errors else None
    return report


def _output(outdir: Path | None, task: Task, formats: Sequence[str]) -> Path | None:
    return outdir / task.output if outdir is not None and "json" in formats else None


def _fresh_rows(tasks: list[Task], done_json: dict[int, str], done_rows: dict[int, Rows]) -> dict[str, Rows]:
    """This run's rows by deck name; decks skipped as already done are read back from their JSON."""
    return {t.name: done_rows[t.index] if t.index in done_rows
            else rows([schema.Document.model_validate_json(done_json[t.index])])
            for t in tasks if t.index in done_json}


@contextlib.contextmanager
def _closing(outcomes: Iterator[Outcome]) -> Iterator[None]:
    """Stop the workers (a generator's close) when the loop over their outcomes ends early."""
    try:
        yield
    finally:
        close = getattr(outcomes, "close", None)
        if close is not None:
            close()


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


def _write_errors(report: Report, outdir: Path, described: bool) -> list[Path]:
    """``errors.csv`` when anything failed or ``datapackage.json`` describes it, and rewritten when an earlier
    run left one (so it never goes stale)."""
    if not report.failures and not described and not (outdir / ERRORS_FILE).exists():
        return []
    records = ({"file": printable(f.file), "path": printable(f.path), "code": f.code, "message": printable(f.message)}
               for f in report.failures)
    write_atomic(outdir / ERRORS_FILE, csv_text(ERROR_COLUMNS, records))
    return [outdir / ERRORS_FILE]
