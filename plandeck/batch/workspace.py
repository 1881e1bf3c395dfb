"""The run's own corner of the output folder, ``OUT/.plandeck/``: state, temporary files, unpacked zips.

A user's output folder may be ``~/Downloads``; whatever plandeck keeps for itself lives
under a name no input can produce (inputs under ``.plandeck/`` are refused upstream), and
a run deletes only what it made there:

- ``state.json``: the resume state (:mod:`plandeck.batch.state`). A state file of the
  older layout (``OUT/.plandeck-state.json``) is ignored, not deleted: it was keyed on
  the code that wrote it, so none of its entries would be current anyway.
- ``parts/``: every temporary file of a write into the folder (:mod:`plandeck.export.atomic`),
  locked while written; a new run removes only unlocked ones, which a killed run left.
- ``unpack/run-*/``: zip members unpacked for one run, each folder unique and locked by
  its run, so two runs over the same zip never remove each other's files; a new run
  removes only folders whose run is gone.

An output folder that cannot hold this (a file, under a file, read-only, a full disk)
fails here, before any deck is read, with one :class:`~plandeck.errors.OutputError` line.
"""
from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import tempfile
from pathlib import Path

from plandeck.errors import OutputError
from plandeck.export.atomic import BOOKKEEPING, PARTS, sweep_parts

STATE_NAME = "state.json"
UNPACK = "unpack"
_LOCK = ".lock"


def cannot_write(path: Path, exc: OSError) -> OutputError:
    """The one-line error for an output that could not be written (disk full, read-only, not a folder)."""
    return OutputError(str(path), f"cannot write: {exc.strerror or exc}")


class Workspace:
    """``OUT/.plandeck`` of one run, or the system's temporary folder when output goes to stdout."""

    def __init__(self, outdir: Path | None) -> None:
        self.outdir = outdir
        self.root = outdir / BOOKKEEPING if outdir is not None else None
        self._held: list[tuple[int, Path]] = []
        if outdir is None or self.root is None:
            return
        if outdir.exists() and not outdir.is_dir():
            raise OutputError(str(outdir), "cannot write: it is a file, not a folder")
        self._created = not outdir.exists()
        try:
            (self.root / PARTS).mkdir(parents=True, exist_ok=True)
            (self.root / UNPACK).mkdir(exist_ok=True)
            with tempfile.TemporaryFile(dir=self.root / PARTS):
                pass  # proves the folder takes a new file
        except OSError as exc:
            raise cannot_write(outdir, exc) from None
        sweep_parts(self.root / PARTS)
        self._sweep_unpacked()

    @property
    def state_path(self) -> Path | None:
        return self.root / STATE_NAME if self.root is not None else None

    def unpack_dir(self) -> Path:
        """A fresh folder for this run's unpacked zip members, locked until :meth:`close`."""
        parent = self.root / UNPACK if self.root is not None else None
        try:
            folder = Path(tempfile.mkdtemp(prefix="run-", dir=parent))
            fd = os.open(folder / _LOCK, os.O_CREAT | os.O_RDWR, 0o600)
        except OSError as exc:
            raise cannot_write(parent or Path(tempfile.gettempdir()), exc) from None
        fcntl.flock(fd, fcntl.LOCK_EX)
        self._held.append((fd, folder))
        return folder

    def discard(self) -> None:
        """A run that had nothing to do leaves no trace: the output folder goes if this run created it."""
        self.close()
        if self.outdir is not None and self.root is not None and self._created:
            shutil.rmtree(self.root, ignore_errors=True)
            with contextlib.suppress(OSError):
                self.outdir.rmdir()  # only if empty: nothing else was written there

    def close(self) -> None:
        """Remove this run's unpack folders (and nothing else)."""
        for fd, folder in self._held:
            shutil.rmtree(folder, ignore_errors=True)
            with contextlib.suppress(OSError):
                os.close(fd)
        self._held.clear()

    def _sweep_unpacked(self) -> None:
        """Unpack folders whose run is gone (their lock is free); a live run's are left alone."""
        assert self.root is not None
        for folder in (self.root / UNPACK).glob("run-*"):
            try:
                fd = os.open(folder / _LOCK, os.O_RDONLY)
            except OSError:
                continue  # no lock yet: a run is just creating it (an empty folder at worst)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                continue  # held: that run is still going
            finally:
                os.close(fd)
            shutil.rmtree(folder, ignore_errors=True)
