"""Every command that reads decks runs them supervised: time and memory limits, LibreOffice killed too.

The slow deck is the issue's 1 KB PDF of form XObjects drawing each other (tests/hostile/heavy.py):
without a limit it grows until the machine runs out of memory.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from plandeck.batch import session
from plandeck.batch.inputs import Task
from plandeck.batch.workers import WorkerPool
from plandeck.settings import Settings
from tests.hostile.heavy import forms_pdf
from tests.hostile.linked import linked_odp
from tests.test_batch import plandeck
from tests.test_offline import needs_soffice

# Starting the CLI and its worker (imports, fork server) on a busy 2-CPU machine, on top of the limit itself.
STARTUP_SECONDS = 25.0


@pytest.fixture(scope="module")
def forms(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("heavy") / "forms.pdf"
    path.write_bytes(forms_pdf())
    return path


def timed(*args: str) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.monotonic()
    result = plandeck(*args)
    return result, time.monotonic() - started


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("plandeck: error: "), lines[0]
    return lines[0]


def test_a_single_deck_is_stopped_at_the_time_limit(forms: Path, tmp_path: Path) -> None:
    result, elapsed = timed("extract", str(forms), "-o", str(tmp_path / "out"), "--time-limit", "2")
    assert result.returncode == 1
    assert one_line(result).endswith(f"{forms}: took over 2 s [timeout]")
    assert elapsed < 2 + STARTUP_SECONDS


def test_a_single_deck_is_stopped_at_the_memory_limit(forms: Path, tmp_path: Path) -> None:
    result, _ = timed("extract", str(forms), "-o", str(tmp_path / "out"), "--memory-mb", "250", "--time-limit", "60")
    assert result.returncode == 1
    assert one_line(result).endswith(f"{forms}: used over 250 MB of memory [too-large]")


@pytest.mark.parametrize(("command", "status"), [("diff", 2), ("history", 1), ("report", 1)])
def test_compare_commands_read_decks_under_the_same_limits(command: str, status: int, forms: Path,
                                                           tmp_path: Path) -> None:
    out = ["-o", str(tmp_path / "report.html")] if command == "report" else []
    result, elapsed = timed(command, str(forms), str(forms), *out, "--time-limit", "1.5")
    assert result.returncode == status, result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines == [f"plandeck: error: {forms}: took over 1.5 s [timeout]"] * 2
    assert elapsed < 2 * 1.5 + STARTUP_SECONDS


@pytest.mark.parametrize("command", ["extract", "diff", "history", "report"])
@pytest.mark.parametrize(("option", "value"), [("--time-limit", "nan"), ("--time-limit", "inf"), ("--time-limit", "0"),
                                               ("--time-limit", "-3"), ("--memory-mb", "10"),
                                               ("--memory-mb", "lots")])
def test_limits_that_would_not_limit_are_usage_errors(command: str, option: str, value: str, tmp_path: Path) -> None:
    args = {"extract": ["extract", "x.pptx", "-o", str(tmp_path)], "diff": ["diff", "a.json", "b.json"],
            "history": ["history", "a.json"], "report": ["report", "a.json", "-o", str(tmp_path / "r.html")]}[command]
    result = plandeck(*args, f"{option}={value}")
    assert result.returncode == 2
    assert f"argument {option}" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(("option", "value"), [("--ocr-budget", "-5"), ("--ocr-budget", "nan"), ("--jobs", "0"),
                                               ("--max-units", "0"), ("--max-file-mb", "-1")])
def test_extract_settings_out_of_range_are_usage_errors(option: str, value: str, tmp_path: Path) -> None:
    result = plandeck("extract", "x.pptx", "-o", str(tmp_path), f"{option}={value}")
    assert result.returncode == 2
    assert f"argument {option}" in result.stderr


def test_a_zero_ocr_budget_is_allowed(tmp_path: Path) -> None:
    result = plandeck("extract", str(tmp_path / "missing.pdf"), "-o", str(tmp_path / "out"), "--ocr-budget", "0")
    assert result.returncode == 1 and "[unreadable]" in result.stderr


def test_the_session_counts_and_kills_what_the_worker_started() -> None:
    """A grandchild holding 150 MB counts towards the worker's memory and dies with it."""
    code = ("import subprocess, sys, time; subprocess.Popen([sys.executable, '-c', "
            "'x = bytearray(150 * 2**20); import time; time.sleep(60)']); time.sleep(60)")
    leader = subprocess.Popen([sys.executable, "-c", code], start_new_session=True)
    try:
        deadline = time.monotonic() + 20
        while len(session.members(leader.pid)) < 2 or session.rss_mb(leader.pid) < 150:
            assert time.monotonic() < deadline, "the grandchild never showed up in the session"
            time.sleep(0.1)
        grandchild = session.members(leader.pid)[1]
        session.kill(leader.pid)
        leader.wait(timeout=10)
        deadline = time.monotonic() + 10
        while session.members(leader.pid) and time.monotonic() < deadline:
            time.sleep(0.05)  # an orphan is reaped by init shortly after it dies
        assert not Path(f"/proc/{grandchild}/cmdline").exists() or not session.members(leader.pid)
    finally:
        session.kill(leader.pid)
        leader.kill()
        leader.wait()


def _processes_with(marker: str) -> list[int]:
    """Processes a worker started (the marker is in their environment), but not the fork server itself."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                tagged = marker.encode() in Path(f"/proc/{entry}/environ").read_bytes()
                if tagged and b"multiprocessing" not in Path(f"/proc/{entry}/cmdline").read_bytes():
                    found.append(int(entry))
            except OSError:
                continue
    return found


@needs_soffice
def test_libreoffice_dies_with_a_worker_killed_at_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """LibreOffice's own timeout is set far off here, so only the supervisor can stop the conversion."""
    marker = tmp_path / "marker-vocabulary"
    marker.mkdir()
    monkeypatch.setenv("PLANDECK_DATA", str(marker))  # workers pass it on: it tags every process they start
    deck = tmp_path / "slow.odp"
    deck.write_bytes(linked_odp("http://127.0.0.1:9"))
    pool = WorkerPool(1, Settings(convert_timeout=300), None, time_limit=0.8, memory_mb=1024)
    [outcome] = list(pool.run([Task(0, deck, "slow.odp", "slow.odp.json")]))
    assert outcome.code == "timeout", outcome.message
    deadline = time.monotonic() + 5
    while _processes_with(str(marker)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _processes_with(str(marker)) == []
