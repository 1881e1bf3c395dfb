"""Legacy .ppt and .odp decks, converted to PPTX by LibreOffice headless; the PPTX reader reads the result.

Each conversion gets its own temporary LibreOffice profile (so parallel batch workers do
not fight over one), its own HOME, a time limit, and its whole process group (soffice
forks soffice.bin) is killed afterwards whatever happened, so no soffice is left behind.
The process group stays in the caller's session, so a supervisor that kills a worker's
session (:mod:`plandeck.batch.session`) takes LibreOffice with it.

A deck must not make LibreOffice reach out: an ODP's external links are removed before
it is opened (:mod:`~plandeck.extract.read.unlink`), the profile turns link updates off
and blocks links from untrusted documents, and soffice runs in a network namespace of
its own (``unshare -rn``: no interface but a loopback that is down) wherever the system
allows unprivileged namespaces; where it does not, the first two still hold.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

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
    soffice = soffice_path()
    if soffice is None:
        raise MissingToolError(path.name, "reading .ppt/.odp needs LibreOffice: apt-get install "
                                          "libreoffice-impress-nogui")
    profile = workdir / "profile"
    _write_profile(profile)
    fmt = fmt or ("odp" if path.suffix.lower() == ".odp" else "ppt")
    # A copy with a plain name and the right extension: LibreOffice picks its import filter partly by extension
    # and dislikes odd names.
    src = workdir / f"input.{fmt}"
    if fmt == "odp":
        src.write_bytes(_unlinked_odp(path, data, settings))
    elif data is not None:
        src.write_bytes(data)
    else:
        shutil.copyfile(path, src)
    cmd = [*offline_prefix(), soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
           "--nolockcheck", "--nodefault", "--nologo", "--convert-to", "pptx", "--outdir", str(workdir / "out"),
           str(src)]
    err = b""
    with subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          env={**os.environ, "HOME": str(workdir)}, **_own_group()) as proc:
        try:
            _, err = proc.communicate(timeout=settings.convert_timeout)
        except subprocess.TimeoutExpired:
            limit = settings.convert_timeout
            raise TimeoutError_(path.name, f"LibreOffice took over {limit:.0f} s to convert it") from None
        finally:
            _kill_group(proc)
    out = workdir / "out" / "input.pptx"
    if not out.is_file() or out.stat().st_size == 0:
        lines = err.decode("utf-8", "replace").strip().splitlines()[-1:] if err else []
        detail = f" ({lines[0][:160]})" if lines else ""
        raise UnreadableError(path.name, f"LibreOffice could not convert it{detail}")
    return out


def _unlinked_odp(path: Path, data: bytes | None, settings: Settings) -> bytes:
    """The ODP's bytes with external links removed, after the same zip caps as any package."""
    from plandeck.extract.read.guard import check_zip
    from plandeck.extract.read.unlink import strip_external_links

    check_zip(path, data, settings)
    raw = data if data is not None else path.read_bytes()
    try:
        return strip_external_links(raw)[0]
    except Exception:
        return raw  # not a readable package: LibreOffice says why, in its own words


# Link updates never (Writer/Calc: 0), links from documents outside trusted locations blocked,
# macros off: a converter has no business fetching or running anything.
_PROFILE_SETTINGS = (
    ("/org.openoffice.Office.Common/Security/Scripting", "BlockUntrustedRefererLinks", "xs:boolean", "true"),
    ("/org.openoffice.Office.Common/Security/Scripting", "DisableMacrosExecution", "xs:boolean", "true"),
    ("/org.openoffice.Office.Common/Security/Scripting", "MacroSecurityLevel", "xs:int", "3"),
    ("/org.openoffice.Office.Writer/Content/Update", "Link", "xs:int", "0"),
    ("/org.openoffice.Office.Calc/Content/Update", "Link", "xs:int", "0"),
)


def _write_profile(profile: Path) -> None:
    """A fresh LibreOffice user profile holding :data:`_PROFILE_SETTINGS`."""
    items = "".join(f'<item oor:path="{where}"><prop oor:name="{name}" oor:op="fuse"><value>{value}</value>'
                    f'</prop></item>' for where, name, _, value in _PROFILE_SETTINGS)
    user = profile / "user"
    user.mkdir(parents=True, exist_ok=True)
    (user / "registrymodifications.xcu").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" '
        'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"{items}</oor:items>", "utf-8")


@cache
def offline_prefix() -> tuple[str, ...]:
    """``unshare -rn`` when this system lets an unprivileged process have its own network namespace, else nothing.

    Probed once per process (a few milliseconds): containers and hardened kernels often
    forbid user namespaces, and then LibreOffice runs as before, links stripped.
    """
    unshare = shutil.which("unshare")
    if unshare is None:
        return ()
    try:
        probe = subprocess.run([unshare, "-rn", "true"], stdin=subprocess.DEVNULL, capture_output=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return ()
    return (unshare, "-rn") if probe.returncode == 0 else ()


def _own_group() -> dict[str, Any]:
    """Popen arguments giving soffice a process group of its own inside the caller's session."""
    if sys.version_info >= (3, 11):
        return {"process_group": 0}
    return {"preexec_fn": os.setpgrp}


def _kill_group(proc: subprocess.Popen) -> None:
    """Kill soffice and everything it forked (they share the new session's process group), then reap it."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def converted_pptx(path: Path, settings: Settings, data: bytes | None = None, fmt: str | None = None) -> bytes:
    """The bytes of a deck converted to PPTX (see :func:`convert_to_pptx`); LibreOffice's files are gone after."""
    with tempfile.TemporaryDirectory(prefix="plandeck-") as tmp:
        return convert_to_pptx(path, settings, Path(tmp), data, fmt).read_bytes()
