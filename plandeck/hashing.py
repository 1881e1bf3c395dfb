"""The hash that names a deck's bytes: in its document's ``source.sha256`` and in a batch's resume state.

A module of its own, importing nothing but the errors, so the readers and the batch
can both use it without importing each other (or the pipeline).
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from plandeck.errors import UnreadableError


def sha256_of(path: Path) -> str:
    """Hash of the input bytes, read in chunks so a large file never sits in memory twice."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    except OSError as exc:
        raise UnreadableError(path.name, f"cannot read the file: {exc.strerror or exc}") from None
    return digest.hexdigest()
