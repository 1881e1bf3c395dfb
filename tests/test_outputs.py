"""The output folder: the run's own files under OUT/.plandeck, nothing of the user's lost, clean failures.

Read-only folders and full disks are made for real in a private mount namespace
(``unshare -rm`` + tmpfs), since a test running as root can write through chmod.
"""
from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import threading
import zipfile
from pathlib import Path

import pytest

from plandeck.batch.run import RunOptions, run_extract
from plandeck.batch.state import fingerprint
from plandeck.batch.workspace import Workspace
from plandeck.export.atomic import sweep_parts, write_atomic
from plandeck.settings import Settings
from tests.conftest import SAMPLES
from tests.hostile.heavy import scan_pdf
from tests.test_batch import GOOD, plandeck

DECK = SAMPLES / "hcrn-action-plan-2023-2024.pptx"


def namespaces_work() -> bool:
    return shutil.which("unshare") is not None and subprocess.run(
        ["unshare", "-rm", "true"], capture_output=True).returncode == 0


needs_namespace = pytest.mark.skipif(not namespaces_work(), reason="needs unprivileged mount namespaces")


def in_tmpfs(mount: Path, size: str, script: str, read_only: bool = False) -> subprocess.CompletedProcess[str]:
    """Run ``script`` (sh) with a fresh tmpfs of ``size`` at ``mount``, optionally read-only, seen only by it."""
    mount.mkdir(exist_ok=True)
    remount = f" && mount -o remount,ro {mount}" if read_only else ""
    exe = shutil.which("plandeck")
    assert exe
    body = f"mount -t tmpfs -o size={size} tmpfs {mount}{remount} && PLANDECK={exe} && {script}"
    return subprocess.run(["unshare", "-rm", "sh", "-c", body], capture_output=True, text=True, timeout=600)


def test_bookkeeping_lives_under_dot_plandeck(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert not run_extract([DECK], out, ("json",)).failures
    assert sorted(p.name for p in out.iterdir()) == [".plandeck", "hcrn-action-plan-2023-2024.pptx.json"]
    state = json.loads((out / ".plandeck" / "state.json").read_text("utf-8"))
    assert list(state["files"]) == ["hcrn-action-plan-2023-2024.pptx.json"]
    assert list((out / ".plandeck" / "parts").iterdir()) == []


def test_the_users_part_files_survive_a_run(tmp_path: Path) -> None:
    """``-o ~/Downloads``: a browser's half-done download is not plandeck's to delete."""
    out = tmp_path / "Downloads"
    out.mkdir()
    mine = {".movie.mkv.part": b"half a film", ".notes.part": b"x", "report.part": b"y"}
    for name, data in mine.items():
        (out / name).write_bytes(data)
    result = plandeck("extract", str(DECK), "-o", str(out), "-q")
    assert result.returncode == 0, result.stderr
    assert {name: (out / name).read_bytes() for name in mine} == mine


def test_only_parts_nobody_is_writing_are_swept(tmp_path: Path) -> None:
    parts = tmp_path / ".plandeck" / "parts"
    parts.mkdir(parents=True)
    (parts / "dead.part").write_bytes(b"left by a killed run")
    live = parts / "live.part"
    live.write_bytes(b"")
    fd = os.open(live, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        assert sweep_parts(parts) == 1
        assert sorted(p.name for p in parts.iterdir()) == ["live.part"]
    finally:
        os.close(fd)


def test_writes_below_an_output_folder_stage_in_its_parts(tmp_path: Path) -> None:
    Workspace(tmp_path)
    seen: list[str] = []

    def spy(tmp: Path) -> None:
        seen.append(str(tmp.parent))
        tmp.write_text("x")

    from plandeck.export.atomic import write_with

    write_with(tmp_path / "2022" / ("p" * 250 + ".json"), spy)  # a 255-byte name: the temporary one is short
    assert seen == [str(tmp_path / ".plandeck" / "parts")]


def test_unpack_folders_are_unique_and_only_dead_runs_are_swept(tmp_path: Path) -> None:
    first, second = Workspace(tmp_path), None
    mine = first.unpack_dir()
    (mine / "deck.pptx").write_bytes(b"x")
    dead = tmp_path / ".plandeck" / "unpack" / "run-killed"
    dead.mkdir()
    (dead / ".lock").write_bytes(b"")
    try:
        second = Workspace(tmp_path)  # sweeps at start
        theirs = second.unpack_dir()
        assert mine != theirs and (mine / "deck.pptx").exists()
        assert not dead.exists()
    finally:
        first.close()
        if second is not None:
            second.close()
    assert not mine.exists()


def test_two_runs_of_the_same_zip_at_once_both_succeed(tmp_path: Path) -> None:
    archive = tmp_path / "decks.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for i, deck in enumerate(GOOD[:3]):
            zf.write(deck, f"d{i}-{deck.name}")
    results: dict[str, subprocess.CompletedProcess[str]] = {}

    def run(name: str) -> None:
        results[name] = plandeck("extract", str(archive), "-o", str(tmp_path / "out"), "--format", "json", "-q")

    threads = [threading.Thread(target=run, args=(n,)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [r.returncode for r in results.values()] == [0, 0], [r.stderr for r in results.values()]
    assert len(list((tmp_path / "out").rglob("d*.json"))) == 3


def test_output_folder_that_is_a_file(tmp_path: Path) -> None:
    target = tmp_path / "out"
    target.write_text("the user's file")
    for out in (target, target / "sub"):
        result = plandeck("extract", str(DECK), "-o", str(out), "-q")
        assert result.returncode == 2
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        if out == target:  # a usage error, caught before anything runs
            assert lines[0] == (f"plandeck: error: {out}: -o names a file; give a folder (it is created if "
                                "missing) or - for stdout")
        else:
            assert lines[0].startswith(f"plandeck: error: {out}: cannot write: "), result.stderr
            assert lines[0].endswith("[cannot-write]")
    assert target.read_text() == "the user's file"


@needs_namespace
def test_read_only_output_folder(tmp_path: Path) -> None:
    mount = tmp_path / "ro"
    result = in_tmpfs(mount, "1m", f'"$PLANDECK" extract {DECK} -o {mount}/out -q', read_only=True)
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip() == f"plandeck: error: {mount}/out: cannot write: Read-only file system [cannot-write]"


@needs_namespace
def test_a_full_disk_stops_the_run_cleanly_and_keeps_earlier_outputs(tmp_path: Path) -> None:
    mount = tmp_path / "small"
    decks = tmp_path / "decks"
    decks.mkdir()
    for i in range(12):
        shutil.copy(DECK, decks / f"deck-{i:02d}.pptx")
    script = (f'"$PLANDECK" extract {DECK} -o {mount}/out -q --format json && echo FIRST-OK && '
              f'"$PLANDECK" extract {decks} -o {mount}/out -q; echo "rc=$?"; '
              f'python3 -c "import json,sys; json.load(open(sys.argv[1])); print(\'INTACT\')" '
              f"{mount}/out/hcrn-action-plan-2023-2024.pptx.json")
    result = in_tmpfs(mount, "200k", script)
    assert "FIRST-OK" in result.stdout and "INTACT" in result.stdout, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert "rc=2" in result.stdout, result.stdout
    errors = [line for line in result.stderr.splitlines() if "[cannot-write]" in line]
    assert len(errors) == 1 and "No space left on device" in errors[0], result.stderr


def test_a_255_byte_file_name_works(tmp_path: Path) -> None:
    deck = tmp_path / ("p" * 250 + ".pptx")
    shutil.copy(DECK, deck)
    result = plandeck("extract", str(deck), "-o", str(tmp_path / "out"), "-q")
    assert result.returncode == 0, result.stderr
    assert [p for p in (tmp_path / "out").iterdir() if p.name.startswith("ppp")]


@pytest.mark.parametrize("change", [{"ocr_budget": 5.0}, {"ocr": False}, {"max_units": 50}, {"password": "x"},
                                    {"max_file_bytes": 1024}, {"max_zip_members": 10}, {"ocr_languages": "fra"}])
def test_every_setting_that_changes_a_document_changes_the_resume_key(change: dict[str, object]) -> None:
    assert fingerprint(Settings(**change)) != fingerprint(Settings())  # type: ignore[arg-type]


def test_the_password_is_never_stored(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_extract([DECK], out, ("json",), Settings(password="hunter2-secret"))
    assert b"hunter2" not in (out / ".plandeck" / "state.json").read_bytes()
    assert fingerprint(Settings(password="a")) != fingerprint(Settings(password="b"))


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs tesseract")
def test_a_scan_ocrd_with_a_tiny_budget_is_read_again_with_a_larger_one(tmp_path: Path) -> None:
    """Regression (issue 15): the resume key ignored --ocr-budget, so a scan read in 0 s stayed unread."""
    out = tmp_path / "out"
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(scan_pdf())
    first = run_extract([scan], out, ("json",), Settings(ocr_budget=0.0), RunOptions(time_limit=300))
    doc = json.loads(first.outputs[0])
    assert any(w["code"] == "ocr-skipped" for w in doc["warnings"]) and not doc["items"]
    second = run_extract([scan], out, ("json",), Settings(ocr_budget=120.0), RunOptions(time_limit=300))
    assert second.skipped == 0
    doc = json.loads(second.outputs[0])
    assert not any(w["code"] == "ocr-skipped" for w in doc["warnings"])
    assert [i["title"] for i in doc["items"]] == ["1.1 Street lighting survey"]


def test_old_layout_state_is_left_alone(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    old = out / ".plandeck-state.json"
    old.write_text('{"version": "0", "files": {}}')
    write_atomic(out / "kept.txt", "x")
    assert not run_extract([DECK], out, ("json",)).failures
    assert old.read_text() == '{"version": "0", "files": {}}' and (out / "kept.txt").read_text() == "x"
