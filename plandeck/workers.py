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
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path

from plandeck.inputs import Task
from plandeck.settings import Settings

_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one task: its JSON text, or an error code and one-line message."""

    task: Task
    json: str | None = None
    code: str | None = None
    message: str | None = None


def run_task(task: Task, settings: Settings, outdir: str | None) -> Outcome:
    """Extract one deck and write its JSON; every failure becomes an Outcome, never an exception."""
    from plandeck.errors import PlandeckError
    from plandeck.export.atomic import write_atomic

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
    text = doc.to_json()
    if outdir is not None:
        write_atomic(Path(outdir) / task.output, text)
    return Outcome(task, json=text)


_ENGINES: dict = {}


def _engine(settings: Settings):
    from plandeck.pipeline import Engine

    if settings not in _ENGINES:
        _ENGINES[settings] = Engine(settings)
    return _ENGINES[settings]


def _worker(conn: Connection, settings: Settings, outdir: str | None, address_space_mb: int) -> None:
    if address_space_mb:
        limit = address_space_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        conn.send(run_task(task, settings, outdir))


@dataclass
class _Slot:
    process: mp.process.BaseProcess
    conn: Connection
    task: Task | None = None
    started: float = 0.0


class WorkerPool:
    """A fixed number of supervised workers."""

    def __init__(self, jobs: int, settings: Settings, outdir: Path | None, time_limit: float, memory_mb: int) -> None:
        self._ctx = mp.get_context("forkserver")
        self._ctx.set_forkserver_preload(["plandeck.pipeline", "plandeck.workers"])
        self._jobs = max(1, jobs)
        self._settings = settings
        self._outdir = str(outdir) if outdir is not None else None
        self._time_limit = time_limit
        self._memory_mb = memory_mb

    def _spawn(self) -> _Slot:
        parent, child = self._ctx.Pipe()
        # The address-space cap is a backstop well above the RSS limit the supervisor enforces.
        proc = self._ctx.Process(target=_worker, args=(child, self._settings, self._outdir, self._memory_mb * 4),
                                 daemon=True)
        proc.start()
        child.close()
        return _Slot(proc, parent)

    def run(self, tasks: Sequence[Task]) -> Iterator[Outcome]:
        """Yield one Outcome per task, in completion order."""
        pending = deque(tasks)
        slots = [self._spawn() for _ in range(min(self._jobs, len(tasks)))]
        try:
            while pending or any(s.task for s in slots):
                for i, slot in enumerate(slots):
                    if slot.task is None and pending:
                        slot.task, slot.started = pending.popleft(), time.monotonic()
                        try:
                            slot.conn.send(slot.task)
                        except (BrokenPipeError, OSError):  # the worker died before taking it
                            yield self._failed(slot, "internal", "the worker process could not start")
                            slots[i] = self._spawn()
                busy = [s for s in slots if s.task is not None]
                ready = wait([s.conn for s in busy], timeout=0.2)
                for i, slot in enumerate(slots):
                    if slot.task is None:
                        continue
                    outcome = None
                    if slot.conn in ready:
                        try:
                            outcome = slot.conn.recv()
                        except (EOFError, OSError):
                            outcome = self._failed(slot, "internal", "the worker died (crash)")
                    elif time.monotonic() - slot.started > self._time_limit:
                        outcome = self._failed(slot, "timeout", f"took over {self._time_limit:.0f} s")
                    elif _rss_mb(slot.process.pid) > self._memory_mb:
                        outcome = self._failed(slot, "too-large", f"used over {self._memory_mb} MB of memory")
                    elif not slot.process.is_alive():
                        outcome = self._failed(slot, "internal", "the worker died (crash)")
                    if outcome is None:
                        continue
                    if not slot.process.is_alive():
                        slots[i] = self._spawn()
                    else:
                        slot.task = None
                    yield outcome
        finally:
            for slot in slots:
                _stop(slot)

    def _failed(self, slot: _Slot, code: str, reason: str) -> Outcome:
        task = slot.task
        assert task is not None
        _stop(slot, kill=True)
        return Outcome(task, code=code, message=f"{task.display}: {reason} [{code}]")


def _stop(slot: _Slot, kill: bool = False) -> None:
    if slot.process.is_alive() and not kill:
        with contextlib.suppress(BrokenPipeError, OSError):
            slot.conn.send(None)
        slot.process.join(timeout=2)
    if slot.process.is_alive():
        slot.process.kill()
        slot.process.join(timeout=5)
    slot.conn.close()


def _rss_mb(pid: int | None) -> float:
    if pid is None:
        return 0.0
    try:
        with open(f"/proc/{pid}/statm", "rb") as fh:
            return int(fh.read().split()[1]) * _PAGE / (1024 * 1024)
    except (OSError, ValueError, IndexError):
        return 0.0
