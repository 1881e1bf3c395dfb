"""Legacy .ppt and .odp decks, converted to PPTX by LibreOffice headless; the PPTX reader reads the result.

Each conversion gets its own temporary LibreOffice profile (so parallel batch workers do
not fight over one), its own HOME, a time limit, and its whole process group (soffice
forks soffice.bin) is killed afterwards whatever happened, so no soffice is left behind.
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
from plandeck.settings import Settings


def soffice_path() -> str | None:
    """LibreOffice's command, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pptx(path: Path, settings: Settings, workdir: Path, data: bytes | None = None,
                    fmt: str | None = None) -> Path:
    """Convert a deck to PPTX in ``workdir``; raises a plandeck error naming the file.

    ``data``, when given, is the deck to convert instead of the file's bytes (a legacy
    .ppt decrypted in memory: LibreOffice is never handed the password). ``fmt`` is the
    sniffed format; the file's own extension may be wrong.
    """
    return convert(path, settings, workdir, "pptx", data, fmt)


def convert(path: Path, settings: Settings, workdir: Path, target: str, data: bytes | None = None,
            fmt: str | None = None) -> Path:
    """Convert a deck to ``target`` ("pptx", or "pdf" to draw its slides) in ``workdir``; see above."""
    soffice = soffice_path()
    if soffice is None:
        raise MissingToolError(path.name, "reading .ppt/.odp needs LibreOffice: apt-get install "
                                          "libreoffice-impress-nogui")
    profile = workdir / "profile"
    fmt = fmt or (path.suffix.lower().lstrip(".") if path.suffix.lower() in (".odp", ".pptx") else "ppt")
    # A copy with a plain name and the right extension: LibreOffice picks its import filter partly by extension
    # and dislikes odd names.
    src = workdir / f"input.{fmt}"
    if data is not None:
        src.write_bytes(data)
    else:
        shutil.copyfile(path, src)
    cmd = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore", "--nolockcheck",
           "--nodefault", "--nologo", "--convert-to", target, "--outdir", str(workdir / "out"), str(src)]
    err = b""
    with subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          start_new_session=True, env={**os.environ, "HOME": str(workdir)}) as proc:
        try:
            _, err = proc.communicate(timeout=settings.convert_timeout)
        except subprocess.TimeoutExpired:
            limit = settings.convert_timeout
            raise TimeoutError_(path.name, f"LibreOffice took over {limit:.0f} s to convert it") from None
        finally:
            _kill_group(proc)
    out = workdir / "out" / f"input.{target}"
    if not out.is_file() or out.stat().st_size == 0:
        lines = err.decode("utf-8", "replace").strip().splitlines()[-1:] if err else []
        detail = f" ({lines[0][:160]})" if lines else ""
        raise UnreadableError(path.name, f"LibreOffice could not convert it{detail}")
    return out


def _kill_group(proc: subprocess.Popen) -> None:
    """Kill soffice and everything it forked (they share the new session's process group), then reap it."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def converted_pptx(path: Path, settings: Settings, data: bytes | None = None, fmt: str | None = None) -> bytes:
    """The bytes of a deck converted to PPTX (see :func:`convert_to_pptx`); LibreOffice's files are gone after."""
    with tempfile.TemporaryDirectory(prefix="plandeck-") as tmp:
        return convert_to_pptx(path, settings, Path(tmp), data, fmt).read_bytes()
