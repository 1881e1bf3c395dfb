"""Writes files so that a reader never sees half of one: temp name in the same folder, then rename."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` all at once or not at all."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    write_with(path, lambda tmp: tmp.write_bytes(payload))


def _mode() -> int:
    """What ``open()`` would give a new file under the current umask."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_with(path: Path, writer: Callable[[Path], object]) -> None:
    """Let ``writer`` fill a temporary file, then move it over ``path``; clean up on failure.

    The file gets the permissions an ordinary write would (mkstemp's are private), since
    outputs are meant to be shared. The rename makes the write atomic for any reader and
    against an interrupted or killed run; there is no fsync per file (it cost up to 60 ms
    each here), so a power cut may still lose the last files written.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        writer(tmp)
        os.chmod(tmp, _mode())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
