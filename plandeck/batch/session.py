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
import threading
import time
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
    """SIGKILL every process in the session (a few rounds, for processes forked while it was being killed).

    The calling process, when it is in the session itself, goes last.
    """
    me = os.getpid()
    for _ in range(3):
        pids = [pid for pid in members(sid) if pid != me]
        if not pids:
            break
        for pid in pids:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)
    if me in members(sid):
        os.kill(me, signal.SIGKILL)


def die_with_parent(poll: float = 0.5) -> None:
    """Kill this session, the calling process last, once the process that started it is gone.

    A session leader is out of reach of a signal sent to its starter's process group
    (``kill -9 -PGID`` of a run, a closed terminal), so a worker watches instead: when the
    run dies its fork server exits, the worker's parent changes, and the worker takes
    itself and any LibreOffice it started down rather than read a hostile deck unsupervised.
    """
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(poll)
        kill(os.getpid())

    threading.Thread(target=watch, name="plandeck-parent-watch", daemon=True).start()


def lead() -> None:
    """Make the calling process the leader of a new session (a no-op where it already is one)."""
    with contextlib.suppress(OSError):
        os.setsid()
