"""Legacy .ppt and .odp decks, converted to PPTX by LibreOffice headless, then read as PPTX.

Each conversion gets its own temporary LibreOffice profile (so parallel batch workers do
not fight over one), a time limit, and its whole process group is killed afterwards so
no soffice is left behind.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from plandeck.errors import MissingToolError, TimeoutError_, UnreadableError
from plandeck.model import Deck
from plandeck.settings import Settings


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pptx(path: Path, settings: Settings, workdir: Path) -> Path:
    """Convert a deck to PPTX in ``workdir``; raises a plandeck error naming the file."""
    soffice = soffice_path()
    if soffice is None:
        raise MissingToolError(path.name, "reading .ppt/.odp needs LibreOffice: apt-get install "
                                          "libreoffice-impress-nogui")
    profile = workdir / "profile"
    # A copy with a plain name: LibreOffice chooses the filter by extension and dislikes odd names.
    src = workdir / ("input" + (".odp" if path.suffix.lower() == ".odp" else ".ppt"))
    shutil.copyfile(path, src)
    cmd = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore", "--nolockcheck",
           "--convert-to", "pptx", "--outdir", str(workdir / "out"), str(src)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                            env={**os.environ, "HOME": str(workdir)})
    try:
        _, err = proc.communicate(timeout=settings.convert_timeout)
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        limit = settings.convert_timeout
        raise TimeoutError_(path.name, f"LibreOffice took over {limit:.0f} s to convert it") from None
    finally:
        _kill_group(proc)
    out = workdir / "out" / "input.pptx"
    if not out.is_file() or out.stat().st_size == 0:
        detail = err.decode("utf-8", "replace").strip().splitlines()[-1:] if err else []
        raise UnreadableError(path.name, "LibreOffice could not convert it" + (f" ({detail[0]})" if detail else ""))
    return out


def _kill_group(proc: subprocess.Popen) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def read_converted(path: Path, fmt: str, settings: Settings, digest: str) -> Deck:
    """Convert then read as PPTX, keeping the original format and hash in the source."""
    from plandeck.extract.readers import _read_pptx

    with tempfile.TemporaryDirectory(prefix="plandeck-") as tmp:
        pptx = convert_to_pptx(path, settings, Path(tmp))
        deck = _read_pptx(pptx, pptx.read_bytes(), settings, digest, fmt)
    deck.source.file = path.name
    return deck
