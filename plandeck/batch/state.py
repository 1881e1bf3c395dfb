"""Resume state of a batch: which outputs are current, so a re-run skips them.

A state file in the output folder's bookkeeping folder (``.plandeck/state.json``, see
:mod:`plandeck.batch.workspace`) records which input bytes (sha256) each deck's JSON
came from, under a :func:`fingerprint` of everything else an output depends on (tool
version, code, vocabularies, settings). A re-run skips decks whose output is current;
an interrupted run resumes. It also records which input each output came from (kept
whatever the version), so a later run cannot silently replace 2021's ``plan.pptx.json``
with another folder's ``plan.pptx``.
"""
from __future__ import annotations

import json
import os
import time
from dataclasses import fields
from pathlib import Path

import plandeck
from plandeck import __version__
from plandeck.batch.inputs import Task
from plandeck.export.atomic import write_atomic
from plandeck.settings import Settings

STATE_FILE = ".plandeck/state.json"
# Not in the key as they are: a deck that runs out of time gives no document (convert_timeout);
# the password goes in hashed, the corrections file by its content (see fingerprint).
_NOT_IN_KEY = ("password", "convert_timeout", "corrections")
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
    digest.update(repr(settings_key(settings)).encode())
    if settings.corrections is not None:
        digest.update(b"corrections\0" + settings.corrections.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:16]}"


def settings_key(settings: Settings) -> tuple[object, ...]:
    """Every setting that can change a document: OCR (on, languages, budget), caps, languages, the password.

    A deck OCR'd within a 1 s budget must be read again with a larger one; one refused
    over ``--max-units`` must be read once the cap is raised. The password enters only
    as a slow salted hash, so the state file (which keeps the key) never holds it.
    """
    import hashlib

    values = tuple((f.name, getattr(settings, f.name)) for f in fields(settings) if f.name not in _NOT_IN_KEY)
    secret = None
    if settings.password is not None:
        secret = hashlib.pbkdf2_hmac("sha256", settings.password.encode(), b"plandeck resume key", 200_000).hex()
    return (*values, ("password", secret))


class State:
    """Which outputs are current (``{output name: sha256}`` under one :func:`fingerprint`), and their inputs."""

    def __init__(self, outdir: Path | None, key: str) -> None:
        self._outdir = outdir
        self._path = outdir / STATE_FILE if outdir is not None else None
        self._key = key
        self._flushed = 0.0
        self.files: dict[str, str] = {}
        self.origins: dict[str, list[str]] = {}
        if self._path is not None and self._path.is_file():
            try:
                data = json.loads(self._path.read_text("utf-8"))
            except (OSError, ValueError):
                data = {}
            if data.get("version") == key:
                self.files = dict(data.get("files", {}))
            self.origins = dict(data.get("origins", {}))

    def current(self, task: Task, digest: str) -> bool:
        return (self._outdir is not None and self.files.get(task.output) == digest
                and (self._outdir / task.output).is_file())

    def taken(self, task: Task, digest: str) -> str | None:
        """The other input whose output ``task`` would replace, or None.

        The same input again (by its absolute path) or the same bytes from elsewhere (a
        moved folder) may replace it; another file with the same relative name may not.
        """
        origin = self.origins.get(task.output)
        if (self._outdir is None or origin is None or origin == [_origin(task), digest] or origin[1] == digest
                or not (self._outdir / task.output).is_file()):
            return None
        return origin[0]

    def record(self, task: Task, digest: str) -> None:
        """Remember a finished output; written out at most every :data:`STATE_FLUSH_SECONDS`.

        After a kill, at most the last moment's decks are missing from the state and are
        simply extracted again on the next run.
        """
        if self._path is None:
            return
        self.files[task.output] = digest
        self.origins[task.output] = [_origin(task), digest]
        if time.monotonic() - self._flushed >= STATE_FLUSH_SECONDS:
            self.flush()

    def flush(self) -> None:
        if self._path is None or (not self.origins and not self._path.exists()):
            return  # a run that did nothing leaves no folder behind
        write_atomic(self._path, json.dumps({"version": self._key, "files": self.files, "origins": self.origins},
                                            indent=1, sort_keys=True))
        self._flushed = time.monotonic()


def _origin(task: Task) -> str:
    """The input's absolute path (a zip member's as ``/abs/archive.zip/member``)."""
    return os.path.abspath(task.display)
