"""Progress of a run on stderr: one line per deck as it finishes, under a bar when stderr is a terminal.

Each finished deck's line (:meth:`DeckSummary.line`) names the file as it finishes; the
bar (terminals only) adds done / failed / skipped counts and the file being worked on
(the oldest one not finished: tasks go to the workers in order, so with one worker it is
exactly the current file). The closing table is printed by the caller from the run's
:class:`~plandeck.batch.summary.RunSummary`.
"""
from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from plandeck.batch.inputs import Task
from plandeck.batch.summary import DeckSummary

if TYPE_CHECKING:
    from rich.progress import Progress as Bar
    from rich.progress import TaskID


class Progress:
    """Per-deck lines on stderr, and a rich progress bar when stderr is a terminal."""

    def __init__(self, total: int, skipped: int, quiet: bool, pending: Sequence[Task] = ()) -> None:
        self._total = total
        self._pending = {task.index: task.name for task in pending}
        self._done = 0
        self._failed = 0
        self._skipped = skipped
        self._quiet = quiet
        self._bar: Bar | None = None
        self._task: TaskID | None = None

    def __enter__(self) -> Progress:
        if not self._quiet and sys.stderr.isatty() and self._total > 1:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
            from rich.progress import Progress as Bar

            self._bar = Bar(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[counts]}"), TimeElapsedColumn(),
                            TextColumn("{task.fields[current]}"), console=Console(stderr=True))
            self._bar.start()
            self._task = self._bar.add_task("", total=self._total, completed=self._skipped, counts=self._counts(),
                                            current=self._current())
        return self

    def _current(self) -> str:
        return next(iter(self._pending.values()), "")

    def _counts(self) -> str:
        return f"done {self._done}, failed {self._failed}, skipped {self._skipped}"

    def advance(self, task: Task, deck: DeckSummary | None) -> None:
        """One deck finished: ``deck`` is its summary, None when it failed (its error is told at the end)."""
        if deck is not None:
            self._done += 1
        else:
            self._failed += 1
        self._pending.pop(task.index, None)
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, advance=1, counts=self._counts(), current=self._current())
        if deck is not None and not self._quiet:
            if self._bar is not None:
                self._bar.console.print(f"plandeck: {deck.line()}", markup=False, highlight=False)
            else:
                print(f"plandeck: {deck.line()}", file=sys.stderr)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()
