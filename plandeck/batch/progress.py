"""Progress of a batch on stderr: a bar with done / failed / skipped counts, then one summary line."""
from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.progress import Progress as Bar
    from rich.progress import TaskID


class Progress:
    """A rich progress bar on stderr with done / failed / skipped counts, when stderr is a terminal."""

    def __init__(self, total: int, skipped: int, quiet: bool) -> None:
        self._total = total
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
                            TextColumn("{task.fields[counts]}"), TimeElapsedColumn(), console=Console(stderr=True))
            self._bar.start()
            self._task = self._bar.add_task("", total=self._total, completed=self._skipped, counts=self._counts())
        return self

    def _counts(self) -> str:
        return f"done {self._done}, failed {self._failed}, skipped {self._skipped}"

    def advance(self, ok: bool) -> None:
        if ok:
            self._done += 1
        else:
            self._failed += 1
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, advance=1, counts=self._counts())

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()
        if not self._quiet and self._total > 1:
            print(f"plandeck: {self._counts()}", file=sys.stderr)
