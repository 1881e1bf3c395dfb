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

from plandeck.settings import Settings

DECK_SUFFIXES = (".pptx", ".pptm", ".ppsx", ".pdf", ".ppt", ".pps", ".odp")


@dataclass(frozen=True, slots=True)
class Task:
    """One deck to extract: where its bytes are, how to name it to a user, and its output name."""

    index: int
    path: Path
    display: str
    output: str


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input that could not even become a task (a bad zip member), with its reason."""

    display: str
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
        found = list(self._expand(inputs))
        names = output_names([display for _, display in found])
        return [Task(i, path, display, names[i]) for i, (path, display) in enumerate(found)]

    def close(self) -> None:
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

    def _expand(self, inputs: Sequence[Path]) -> Iterator[tuple[Path, str]]:
        for path in inputs:
            if path.is_dir() and path.suffix.lower() not in DECK_SUFFIXES:
                for p in sorted(path.rglob("*")):
                    if p.is_file() and p.suffix.lower() in DECK_SUFFIXES:
                        yield p, str(p)
                    elif p.is_file() and p.suffix.lower() == ".zip":
                        yield from self._zip(p)
            elif path.suffix.lower() == ".zip" and path.is_file():
                yield from self._zip(path)
            else:
                yield path, str(path)

    def _zip(self, archive: Path) -> Iterator[tuple[Path, str]]:
        try:
            zf = zipfile.ZipFile(archive)
        except (zipfile.BadZipFile, OSError) as exc:
            self.rejected.append(Rejected(str(archive), "unreadable", f"not a readable zip archive ({exc})"))
            return
        with zf:
            members = sorted((i for i in zf.infolist() if not i.is_dir()
                              and PurePosixPath(i.filename).suffix.lower() in DECK_SUFFIXES),
                             key=lambda i: i.filename)
            for n, info in enumerate(members):
                display = f"{archive}:{info.filename}"
                if info.file_size > self._settings.max_file_bytes:
                    self.rejected.append(Rejected(display, "too-large", f"{info.file_size:,} bytes unpacked, over the "
                                                  "file size limit"))
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
                    self.rejected.append(Rejected(display, "too-large", reason))
                    continue
                with zf.open(info) as src, target.open("wb") as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
                yield target, display


def remove_stale(workdir: Path) -> None:
    """Unpack folders a killed run left in ``workdir``."""
    if workdir.is_dir():
        for stale in workdir.glob(f"{UNPACK_PREFIX}*"):
            shutil.rmtree(stale, ignore_errors=True)


def output_names(displays: Sequence[str]) -> dict[int, str]:
    """``<stem>.json`` per deck; decks sharing a stem keep their extension, then a number."""
    stems = [PurePosixPath(d.replace(":", "/")).stem for d in displays]
    names = [PurePosixPath(d.replace(":", "/")).name for d in displays]
    out: dict[int, str] = {}
    taken: set[str] = set()
    for i, stem in enumerate(stems):
        base = names[i] if stems.count(stem) > 1 else stem
        name, n = f"{base}.json", 2
        while name in taken:
            name, n = f"{base}-{n}.json", n + 1
        taken.add(name)
        out[i] = name
    return out
