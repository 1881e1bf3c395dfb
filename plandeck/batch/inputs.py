"""What a run reads: files as given, folders walked, zip archives opened, each a :class:`Task`.

Zip archives are opened by :mod:`plandeck.batch.archives` (caps first, then one member
at a time, each bad member its own error) into this run's unpack folder of the
:class:`~plandeck.batch.workspace.Workspace`.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from plandeck.batch.archives import Archive, Rejected
from plandeck.batch.workspace import Workspace
from plandeck.errors import NameClashError
from plandeck.settings import Settings

DECK_SUFFIXES = (".pptx", ".pptm", ".ppsx", ".pdf", ".ppt", ".pps", ".odp")


@dataclass(frozen=True, slots=True)
class Task:
    """One deck to extract: where its bytes are, how to name it to a user, and its output name.

    ``name`` is the deck's path relative to what was given on the command line (see
    :func:`relative_name`); it is the ``file`` of every table row and the document's
    ``source.file``, and the output is ``<name>.json`` (shortened when its last part would be
    longer than a file name may be, see :func:`output_name`).
    """

    index: int
    path: Path
    display: str
    output: str
    relative: str | None = None

    @property
    def name(self) -> str:
        return self.relative if self.relative is not None else self.output.removesuffix(".json")


class Inputs:
    """Expands the command line into tasks; zip members are unpacked into the workspace's unpack folder."""

    def __init__(self, settings: Settings, workspace: Workspace) -> None:
        self._settings = settings
        self._workspace = workspace
        self._tmp: Path | None = None
        self.rejected: list[Rejected] = []

    def tasks(self, inputs: Sequence[Path]) -> list[Task]:
        """One task per deck found; a deck whose name another input already took is rejected."""
        tasks: list[Task] = []
        taken: dict[str, str] = {}
        for path, display, name in self._expand(inputs):
            reason = _refused_name(name, taken)
            if reason:
                self.rejected.append(Rejected(display, NameClashError.code, reason, name))
                continue
            taken[name] = display
            tasks.append(Task(len(tasks), path, display, output_name(name), name))
        return tasks

    def close(self) -> None:
        self._workspace.close()

    def _folder(self) -> Path:
        if self._tmp is None:
            self._tmp = self._workspace.unpack_dir()
        return self._tmp

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
        """Deck members of a zip (nested zips too) as ``archive.zip/member`` names; a bad member is rejected."""
        def is_deck(name: str) -> bool:
            return PurePosixPath(name).suffix.lower() in DECK_SUFFIXES

        def name_of(display: str) -> str:
            inside = display[len(str(archive)):].lstrip("/")
            return PurePosixPath(archive_name, *(p for p in PurePosixPath(inside).parts if p != "/")).as_posix()


        for member in Archive(self._settings, self._folder, is_deck).members(archive, str(archive)):
            if isinstance(member, Rejected):
                self.rejected.append(Rejected(member.display, member.code, member.reason, name_of(member.display)))
            else:
                path, display = member
                yield path, display, name_of(display)


#: The longest file name most file systems take, in bytes.
NAME_MAX = 255


def output_name(name: str) -> str:
    """``<name>.json``; a last part too long for a file name keeps its start and gains a hash
    of the whole name, so it stays unique and the same in every run (a legal 255-byte deck
    name plus ``.json`` is not a legal file name)."""
    path = PurePosixPath(f"{name}.json")
    if len(path.name.encode()) <= NAME_MAX:
        return path.as_posix()
    digest = hashlib.sha256(name.encode()).hexdigest()[:16]
    stem = path.name.encode()[:NAME_MAX - 64].decode("utf-8", "ignore")
    return path.with_name(f"{stem}-{digest}.json").as_posix()


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
