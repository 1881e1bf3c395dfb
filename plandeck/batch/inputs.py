"""What a run reads: files as given, folders walked, zip archives opened, each a :class:`Task`.

Zip members are unpacked one by one into a private temporary folder with the same
caps as any deck (size, compression ratio), so an archive cannot be a bomb.
"""
from __future__ import annotations

import shutil
import tempfile
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from plandeck.errors import NameClashError
from plandeck.settings import Settings

DECK_SUFFIXES = (".pptx", ".pptm", ".ppsx", ".pdf", ".ppt", ".pps", ".odp")


@dataclass(frozen=True, slots=True)
class Task:
    """One deck to extract: where its bytes are, how to name it to a user, and its output name.

    ``name`` is the deck's path relative to what was given on the command line (see
    :func:`relative_name`); it is the ``file`` of every table row and the document's
    ``source.file``, and the output is ``<name>.json``.
    """

    index: int
    path: Path
    display: str
    output: str

    @property
    def name(self) -> str:
        return self.output.removesuffix(".json")


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input that could not even become a task (a bad zip member), with its reason."""

    display: str
    name: str
    code: str
    reason: str


UNPACK_PREFIX = ".plandeck-zip-"


class Inputs:
    """Expands the command line into tasks; unpacks zips into a folder removed by :meth:`close`.

    The folder lives in ``workdir`` (the output folder) when there is one, so that what a
    killed run leaves behind is found and removed by the next run (:func:`remove_stale`).
    """

    def __init__(self, settings: Settings, workdir: Path | None = None) -> None:
        self._settings = settings
        self._workdir = workdir
        self._tmp: Path | None = None
        self.rejected: list[Rejected] = []

    def tasks(self, inputs: Sequence[Path]) -> list[Task]:
        """One task per deck found; a deck whose name another input already took is rejected."""
        tasks: list[Task] = []
        taken: dict[str, str] = {}
        for path, display, name in self._expand(inputs):
            reason = _refused_name(name, taken)
            if reason:
                self.rejected.append(Rejected(display, name, NameClashError.code, reason))
                continue
            taken[name] = display
            tasks.append(Task(len(tasks), path, display, f"{name}.json"))
        return tasks

    def close(self) -> None:
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

    def _expand(self, inputs: Sequence[Path]) -> Iterator[tuple[Path, str, str]]:
        """``(where the bytes are, how to show it, its relative name)`` per deck."""
        for path in inputs:
            if path.is_dir() and path.suffix.lower() not in DECK_SUFFIXES:
                for p in sorted(path.rglob("*")):
                    if p.is_file() and p.suffix.lower() in DECK_SUFFIXES:
                        yield p, str(p), relative_name(p, path)
                    elif p.is_file() and p.suffix.lower() == ".zip":
                        yield from self._zip(p, relative_name(p, path))
            elif path.suffix.lower() == ".zip" and path.is_file():
                yield from self._zip(path, path.name)
            else:
                yield path, str(path), path.name

    def _zip(self, archive: Path, archive_name: str) -> Iterator[tuple[Path, str, str]]:
        try:
            zf = zipfile.ZipFile(archive)
        except (zipfile.BadZipFile, OSError) as exc:
            self.rejected.append(Rejected(str(archive), archive_name, "unreadable",
                                          f"not a readable zip archive ({exc})"))
            return
        with zf:
            members = sorted((i for i in zf.infolist() if not i.is_dir()
                              and PurePosixPath(i.filename).suffix.lower() in DECK_SUFFIXES),
                             key=lambda i: i.filename)
            for n, info in enumerate(members):
                display = f"{archive}/{info.filename}"
                name = PurePosixPath(archive_name, *(p for p in PurePosixPath(info.filename).parts
                                                     if p != "/")).as_posix()
                if info.file_size > self._settings.max_file_bytes:
                    self.rejected.append(Rejected(display, name, "too-large", f"{info.file_size:,} bytes unpacked, "
                                                  "over the file size limit"))
                    continue
                if self._tmp is None:
                    if self._workdir is not None:
                        self._workdir.mkdir(parents=True, exist_ok=True)
                    self._tmp = Path(tempfile.mkdtemp(prefix=UNPACK_PREFIX, dir=self._workdir))
                target = self._tmp / str(n) / PurePosixPath(info.filename).name
                target.parent.mkdir(parents=True)
                ratio = info.file_size / max(info.compress_size, 1)
                if ratio > self._settings.max_compression_ratio and info.file_size > 10 * 1024 * 1024:
                    reason = f"compression ratio {ratio:.0f}:1 (a zip bomb?)"
                    self.rejected.append(Rejected(display, name, "too-large", reason))
                    continue
                with zf.open(info) as src, target.open("wb") as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
                yield target, display, name


def remove_stale(workdir: Path) -> None:
    """Unpack folders a killed run left in ``workdir``."""
    if workdir.is_dir():
        for stale in workdir.glob(f"{UNPACK_PREFIX}*"):
            shutil.rmtree(stale, ignore_errors=True)


def relative_name(path: Path, given: Path) -> str:
    """The deck's path below the folder given on the command line, with ``/`` between parts.

    It names the output (``<name>.json``) and fills the ``file`` column, so it must not
    depend on what else is in the run: two years' ``plan.pptx`` in ``2021/`` and ``2022/``
    stay apart, and the same deck gets the same name in every run.
    """
    return path.relative_to(given).as_posix()


#: The run's own bookkeeping folder in the output folder; no deck may be named into it.
BOOKKEEPING = ".plandeck"


def _refused_name(name: str, taken: dict[str, str]) -> str | None:
    """Why a deck cannot have ``name`` as its output name, or None."""
    parts = PurePosixPath(name).parts
    if ".." in parts or PurePosixPath(name).is_absolute():
        return "its name would leave the output folder"
    if parts and parts[0] == BOOKKEEPING:
        return f"names under {BOOKKEEPING}/ are the run's own"
    if name in taken:
        return (f"{taken[name]} already gives {name}.json; give their common folder instead "
                "so each keeps its path")
    return None
