"""What a run reads: files as given, folders walked, zip archives opened, each a :class:`Task`.

Zip archives are opened by :mod:`plandeck.batch.archives` (caps first, then one member
at a time, each bad member its own error) into this run's unpack folder of the
:class:`~plandeck.batch.workspace.Workspace`.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from plandeck.batch.archives import Archive, Rejected
from plandeck.batch.workspace import Workspace
from plandeck.settings import Settings

DECK_SUFFIXES = (".pptx", ".pptm", ".ppsx", ".pdf", ".ppt", ".pps", ".odp")


@dataclass(frozen=True, slots=True)
class Task:
    """One deck to extract: where its bytes are, how to name it to a user, and its output name."""

    index: int
    path: Path
    display: str
    output: str


class Inputs:
    """Expands the command line into tasks; zip members are unpacked into the workspace's unpack folder."""

    def __init__(self, settings: Settings, workspace: Workspace) -> None:
        self._settings = settings
        self._workspace = workspace
        self._tmp: Path | None = None
        self.rejected: list[Rejected] = []

    def tasks(self, inputs: Sequence[Path]) -> list[Task]:
        found = list(self._expand(inputs))
        names = output_names([display for _, display in found])
        return [Task(i, path, display, names[i]) for i, (path, display) in enumerate(found)]

    def close(self) -> None:
        self._workspace.close()

    def _folder(self) -> Path:
        if self._tmp is None:
            self._tmp = self._workspace.unpack_dir()
        return self._tmp

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
        def is_deck(name: str) -> bool:
            return PurePosixPath(name).suffix.lower() in DECK_SUFFIXES

        for member in Archive(self._settings, self._folder, is_deck).members(archive, str(archive)):
            if isinstance(member, Rejected):
                self.rejected.append(member)
            else:
                yield member


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
