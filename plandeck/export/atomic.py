"""Writes files so that a reader never sees half of one: a temporary file, then a rename.

Where the temporary file goes matters to a user's folder. A batch's output folder holds
``.plandeck/parts/`` (see :mod:`plandeck.batch.workspace`): every temporary file of a write
below that folder is made there, under a short random name, and held locked while it is
written, so a later run removes exactly the ones a killed run left (unlocked) and never
a file of the user's, nor one another run is still writing. Elsewhere (``diff -o``,
``report -o``) the temporary file sits beside its target under a short name and is
removed on failure. Short names matter: a 255-byte file name is legal, a longer
temporary name beside it is not.
"""
from __future__ import annotations

import contextlib
import fcntl
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

#: The output folder's bookkeeping folder and, inside it, where temporary files are made.
BOOKKEEPING = ".plandeck"
PARTS = "parts"
PART_SUFFIX = ".part"


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` all at once or not at all."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    write_with(path, lambda tmp: tmp.write_bytes(payload))


def _mode() -> int:
    """What ``open()`` would give a new file under the current umask."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def staging_dir(path: Path) -> Path | None:
    """The ``.plandeck/parts`` folder of the nearest enclosing output folder on the same disk, if any."""
    folder = path.parent
    try:
        device = folder.stat().st_dev
    except OSError:
        return None
    for candidate in (folder, *folder.parents):
        parts = candidate / BOOKKEEPING / PARTS
        try:
            if parts.is_dir():
                return parts if parts.stat().st_dev == device else None
        except OSError:
            return None
    return None


def write_with(path: Path, writer: Callable[[Path], object]) -> None:
    """Let ``writer`` fill a temporary file, then move it over ``path``; clean up on failure.

    The file gets the permissions an ordinary write would (mkstemp's are private), since
    outputs are meant to be shared. The rename makes the write atomic for any reader and
    against an interrupted or killed run; there is no fsync per file (it cost up to 60 ms
    each here), so a power cut may still lose the last files written.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = staging_dir(path)
    if staging is not None:
        fd, tmp_name = tempfile.mkstemp(suffix=PART_SUFFIX, dir=staging)
    else:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name[:32]}.", suffix=PART_SUFFIX, dir=path.parent)
    tmp = Path(tmp_name)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # "being written": sweep_parts leaves it alone
        writer(tmp)
        os.chmod(tmp, _mode())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        os.close(fd)


def sweep_parts(parts: Path) -> int:
    """Remove the temporary files in ``parts`` nobody is writing (a killed run's); how many went."""
    removed = 0
    if not parts.is_dir():
        return 0
    for part in parts.glob(f"*{PART_SUFFIX}"):
        try:
            fd = os.open(part, os.O_RDONLY | os.O_NOFOLLOW)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            continue  # a live writer holds it
        finally:
            with contextlib.suppress(OSError):
                os.close(fd)
        part.unlink(missing_ok=True)
        removed += 1
    return removed
