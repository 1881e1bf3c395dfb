"""A worker and everything it starts, as one unit to measure and to kill: its session.

A worker makes itself a session leader, and the converters it starts (LibreOffice's
``soffice`` forks ``soffice.bin``; Tesseract) stay in that session though each gets its
own process group. So the supervisor can add up the memory of the whole session and,
at a limit, kill every process in it, LibreOffice included, even ones whose parent has
already died. Linux only (``/proc``); elsewhere only the worker itself is seen.
"""
from __future__ import annotations

import contextlib
import os
import signal
from pathlib import Path

_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
_PROC = Path("/proc")


def members(sid: int) -> list[int]:
    """The pids of every process in session ``sid`` (its leader first when alive)."""
    found = []
    try:
        entries = os.listdir(_PROC)
    except OSError:
        return [sid]
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            stat = (_PROC / entry / "stat").read_bytes()
        except OSError:
            continue
        # Fields after the command name (which may hold spaces and parentheses): state ppid pgrp session ...
        fields = stat[stat.rfind(b")") + 2:].split()
        if len(fields) > 3 and int(fields[3]) == sid:
            found.append(int(entry))
    return sorted(found, key=lambda pid: pid != sid)


def rss_mb(sid: int) -> float:
    """Resident memory of the whole session in MiB."""
    total = 0
    for pid in members(sid):
        try:
            total += int((_PROC / str(pid) / "statm").read_bytes().split()[1])
        except (OSError, ValueError, IndexError):
            continue
    return total * _PAGE / (1024 * 1024)


def kill(sid: int) -> None:
    """SIGKILL every process in the session (a few rounds, for processes forked while it was being killed)."""
    for _ in range(3):
        pids = members(sid)
        if not pids:
            return
        for pid in pids:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)


def lead() -> None:
    """Make the calling process the leader of a new session (a no-op where it already is one)."""
    with contextlib.suppress(OSError):
        os.setsid()
