"""Runs tasks in supervised worker processes: a per-file time limit and memory limit.

Each worker loads the engine (spaCy, vocabularies) once and takes files one at a time
over a pipe. The supervisor polls: a worker past the time limit, over the memory limit,
or dead is killed and replaced, and its file is reported as failed; the run goes on.
Workers come from a ``forkserver`` so the parent's threads (the progress bar) never
leak into them.
"""
from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import resource
import time
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import TYPE_CHECKING

from plandeck.batch import session
from plandeck.batch.inputs import Task
from plandeck.settings import Settings

if TYPE_CHECKING:
    from plandeck.export.tables import Rows
    from plandeck.pipeline import Engine

@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one task: its JSON text (and table rows when asked), or an error code and one-line message."""

    task: Task
    json: str | None = None
    code: str | None = None
    message: str | None = None
    rows: Rows | None = None


def run_task(task: Task, settings: Settings, outdir: str | None, with_rows: bool = False) -> Outcome:
    """Extract one deck and write its JSON; every failure becomes an Outcome, never an exception.

    ``with_rows`` builds the deck's table rows here too, so a batch's workers share that
    work instead of the supervisor doing it for every deck once they are done.
    """
    from plandeck.errors import PlandeckError
    from plandeck.export.atomic import write_atomic
    from plandeck.export.tables import rows

    try:
        doc = _engine(settings).run(task.path)
    except PlandeckError as err:
        err.file = task.display
        return Outcome(task, code=err.code, message=str(err))
    except MemoryError:
        return Outcome(task, code="too-large", message=f"{task.display}: ran out of memory [too-large]")
    except Exception as exc:
        return Outcome(task, code="internal", message=f"{task.display}: internal error {type(exc).__name__}: "
                                                      f"{str(exc)[:200]} [internal]")
    doc.source.file = task.name  # the path as the user gave it, not the name of a temporary copy
    text = doc.to_json()
    if outdir is not None:
        try:
            write_atomic(Path(outdir) / task.output, text)
        except OSError as exc:  # a full disk, a folder gone read-only: the run stops on this code
            return Outcome(task, code="cannot-write", message=f"cannot write its JSON: {exc.strerror or exc}")
    return Outcome(task, json=text, rows=rows([doc]) if with_rows else None)


_ENGINES: dict[Settings, Engine] = {}


def _engine(settings: Settings) -> Engine:
    from plandeck.pipeline import Engine

    if settings not in _ENGINES:
        _ENGINES[settings] = Engine(settings)
    return _ENGINES[settings]


def _worker(conn: Connection, settings: Settings, outdir: str | None, with_rows: bool, address_space_mb: int,
            data_dir: str | None) -> None:
    # Its own session: the supervisor measures and kills it together with the converters it starts.
    session.lead()
    session.die_with_parent()
    # The caller's vocabulary folder as it is now (the fork server's environment dates from its start).
    if data_dir is None:
        os.environ.pop("PLANDECK_DATA", None)
    else:
        os.environ["PLANDECK_DATA"] = data_dir
    if address_space_mb:
        limit = address_space_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        while True:
            try:
                task = conn.recv()
            except EOFError:
                return
            if task is None:
                return
            conn.send(run_task(task, settings, outdir, with_rows))
    except KeyboardInterrupt:
        return  # Ctrl-C reaches the whole process group: the supervisor says it once, a worker stays silent


#: What an Engine imports on first use. The fork server imports them once, before it forks
#: any worker, so workers (and replacements of killed ones) start with them loaded.
ENGINE_MODULES = ("plandeck.pipeline", "plandeck.extract.read.deck", "plandeck.extract.read.pptx",
                  "plandeck.extract.read.pdf", "pdfplumber.table", "plandeck.extract.facts",
                  "plandeck.normalize.document", "plandeck.export.tables")


def start_forkserver() -> mp.context.ForkServerContext:
    """Start the fork server workers come from, with the engine's modules imported.

    Called as early as a run knows it needs workers (the CLI does so before its own
    imports), so the server's imports overlap the run's start; calling it again is free.
    """
    from multiprocessing import forkserver

    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(["plandeck.batch.workers", *ENGINE_MODULES])
    forkserver.ensure_running()
    return ctx


#: How often a worker's session memory is added up, at most (the loop waits 0.2 s at a time).
MEMORY_CHECK_SECONDS = 0.2


@dataclass
class _Slot:
    """One worker and the tasks sent to it; the first is the one it is working on."""

    process: mp.process.BaseProcess
    conn: Connection
    queue: deque[Task] = field(default_factory=deque)
    started: float = 0.0
    measured: float = 0.0  # when its session's memory was last added up


class WorkerPool:
    """A fixed number of supervised workers.

    Each worker is sent up to ``QUEUE_DEPTH`` tasks, so it starts its next deck the
    moment it finishes one instead of idling until the supervisor gets the CPU back
    (on a 2-core laptop the supervisor shares a core with the workers). A task's time
    limit counts from when its worker could start it.
    """

    QUEUE_DEPTH = 2

    def __init__(self, jobs: int, settings: Settings, outdir: Path | None, time_limit: float, memory_mb: int,
                 with_rows: bool = False) -> None:
        self._ctx = start_forkserver()
        self._jobs = max(1, jobs)
        self._settings = settings
        self._outdir = str(outdir) if outdir is not None else None
        self._time_limit = time_limit
        self._memory_mb = memory_mb
        self._with_rows = with_rows

    def _spawn(self) -> _Slot:
        parent, child = self._ctx.Pipe()
        # The address-space cap is a backstop well above the RSS limit the supervisor enforces.
        proc = self._ctx.Process(target=_worker, args=(child, self._settings, self._outdir, self._with_rows,
                                                              self._memory_mb * 4, os.environ.get("PLANDECK_DATA")),
                                 daemon=True)
        proc.start()
        child.close()
        return _Slot(proc, parent)

    def run(self, tasks: Sequence[Task]) -> Iterator[Outcome]:
        """Yield one Outcome per task, in completion order."""
        pending = deque(tasks)
        slots = [self._spawn() for _ in range(min(self._jobs, len(tasks)))]
        try:
            while pending or any(s.queue for s in slots):
                # Every idle worker gets a task before any worker gets a second one.
                for depth in range(1, self.QUEUE_DEPTH + 1):
                    for i, slot in enumerate(slots):
                        if len(slot.queue) < depth and pending:
                            failed = self._send(slot, pending)
                            if failed is not None:
                                slots[i] = self._spawn()
                                yield failed
                busy = [s for s in slots if s.queue]
                ready = wait([s.conn for s in busy], timeout=0.2)
                for i, slot in enumerate(slots):
                    if not slot.queue:
                        continue
                    outcome = None
                    if slot.conn in ready:
                        try:
                            outcome = slot.conn.recv()
                        except (EOFError, OSError):
                            outcome = self._failed(slot, pending, "internal", "the worker died (crash)")
                    elif time.monotonic() - slot.started > self._time_limit:
                        outcome = self._failed(slot, pending, "timeout", f"took over {self._time_limit:g} s")
                    elif self._over_memory(slot):
                        outcome = self._failed(slot, pending, "too-large", f"used over {self._memory_mb} MB of memory")
                    elif not slot.process.is_alive():
                        outcome = self._failed(slot, pending, "internal", "the worker died (crash)")
                    if outcome is None:
                        continue
                    if slot.queue and outcome.task == slot.queue[0]:
                        slot.queue.popleft()
                        slot.started = time.monotonic()  # the worker goes straight on to the next one
                    else:
                        slots[i] = self._spawn()
                    yield outcome
        finally:
            for slot in slots:
                _stop(slot)

    def _over_memory(self, slot: _Slot) -> bool:
        """Whether the worker's session uses more than the limit. Adding up a session walks /proc
        (milliseconds), so it is done at most every MEMORY_CHECK_SECONDS per worker, not on every
        outcome of a fast batch: the wait between checks is no longer than the loop's own."""
        now = time.monotonic()
        if slot.process.pid is None or now - slot.measured < MEMORY_CHECK_SECONDS:
            return False
        slot.measured = now
        return session.rss_mb(slot.process.pid) > self._memory_mb

    def _send(self, slot: _Slot, pending: deque[Task]) -> Outcome | None:
        """Send the next pending task; an Outcome if the worker turned out to be dead."""
        task = pending.popleft()
        try:
            slot.conn.send(task)
        except (BrokenPipeError, OSError):
            if slot.queue:  # it died on the task it was working on
                pending.appendleft(task)
                return self._failed(slot, pending, "internal", "the worker died (crash)")
            _stop(slot, kill=True)
            return Outcome(task, code="internal", message=f"{task.display}: the worker process could not start "
                                                          "[internal]")
        if not slot.queue:
            slot.started = time.monotonic()
        slot.queue.append(task)
        return None

    def _failed(self, slot: _Slot, pending: deque[Task], code: str, reason: str) -> Outcome:
        """The worker is killed; its current task fails and the ones queued behind it go back to pending."""
        task = slot.queue.popleft()
        while slot.queue:
            pending.appendleft(slot.queue.pop())
        _stop(slot, kill=True)
        return Outcome(task, code=code, message=f"{task.display}: {reason} [{code}]")


def _stop(slot: _Slot, kill: bool = False) -> None:
    """Let the worker finish (or kill it), then kill whatever is left of its session (a converter it started)."""
    if slot.process.is_alive() and not kill:
        with contextlib.suppress(BrokenPipeError, OSError):
            slot.conn.send(None)
        slot.process.join(timeout=2)
    if slot.process.pid is not None:
        session.kill(slot.process.pid)
    if slot.process.is_alive():
        slot.process.kill()
    slot.process.join(timeout=5)
    slot.conn.close()
