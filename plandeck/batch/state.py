"""Resume state of a batch: which outputs are current, so a re-run skips them.

A state file in the output folder records which input bytes (sha256) each deck's JSON
came from, under a :func:`fingerprint` of everything else an output depends on (tool
version, code, vocabularies, settings). A re-run skips decks whose output is current;
an interrupted run resumes.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

import plandeck
from plandeck import __version__
from plandeck.batch.inputs import Task
from plandeck.export.atomic import write_atomic
from plandeck.settings import Settings

STATE_FILE = ".plandeck-state.json"
STATE_FLUSH_SECONDS = 1.0


def fingerprint(settings: Settings) -> str:
    """What an output depends on besides its input bytes: version, code, vocabularies, settings, corrections.

    A re-run after a vocabulary tweak (bundled or in ``PLANDECK_DATA``), an upgrade, a
    changed setting or an edited corrections file must extract again, so all of them go into the key.
    """
    import hashlib
    import os

    digest = hashlib.sha256(__version__.encode())
    package = Path(plandeck.__file__).resolve().parent
    files = sorted(p for p in package.rglob("*") if p.suffix in (".py", ".toml", ".csv") and p.is_file())
    user = os.environ.get("PLANDECK_DATA")
    if user and Path(user).is_dir():
        files += sorted(p for p in Path(user).iterdir() if p.is_file())
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    digest.update(repr((settings.languages, settings.ocr, settings.ocr_languages)).encode())
    if settings.corrections is not None:
        digest.update(b"corrections\0" + settings.corrections.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:16]}"


class State:
    """Which outputs are current: ``{output name: sha256}`` under one :func:`fingerprint`."""

    def __init__(self, outdir: Path | None, key: str) -> None:
        self._path = outdir / STATE_FILE if outdir is not None else None
        self._key = key
        self._flushed = 0.0
        self.files: dict[str, str] = {}
        if self._path is not None and self._path.is_file():
            try:
                data = json.loads(self._path.read_text("utf-8"))
            except (OSError, ValueError):
                data = {}
            if data.get("version") == key:
                self.files = dict(data.get("files", {}))

    def current(self, task: Task, digest: str) -> bool:
        return (self._path is not None and self.files.get(task.output) == digest
                and (self._path.parent / task.output).is_file())

    def record(self, task: Task, digest: str) -> None:
        """Remember a finished output; written out at most every :data:`STATE_FLUSH_SECONDS`.

        After a kill, at most the last moment's decks are missing from the state and are
        simply extracted again on the next run.
        """
        if self._path is None:
            return
        self.files[task.output] = digest
        if time.monotonic() - self._flushed >= STATE_FLUSH_SECONDS:
            self.flush()

    def flush(self) -> None:
        if self._path is None:
            return
        write_atomic(self._path, json.dumps({"version": self._key, "files": self.files}, indent=1, sort_keys=True))
        self._flushed = time.monotonic()
