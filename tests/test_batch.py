"""Batch runs: many decks, bad ones among them, re-runs, interruption, workers, Dask."""
from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from plandeck.batch.run import RunOptions, run_extract
from tests.conftest import SAMPLES

GOOD = [SAMPLES / "u4ssc-action-plan-2021-2022.pptx", SAMPLES / "hcrn-action-plan-2023-2024.pptx",
        SAMPLES / "rici-plan-accion-2023.pptx", SAMPLES / "u4ssc-action-plan-2022-2023.pdf"]
BAD = {"truncated.pptx": GOOD[0].read_bytes()[:5000], "empty.pdf": b"", "notes.pptx": b"just some text\n"}


def documents_in(out: Path) -> list[Path]:
    """The decks' JSON files below ``out`` (each input keeps its folder), not the tables' or the run's own."""
    return [p for p in out.rglob("*.json") if p.name != "datapackage.json"
            and not any(part.startswith(".") for part in p.relative_to(out).parts)]


def plandeck(*args: str) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("plandeck") or sys.executable
    cmd = [exe] if exe.endswith("plandeck") else [exe, "-m", "plandeck.cli"]
    return subprocess.run([*cmd, *args], capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """52 good decks in nested folders and a zip, plus three bad files."""
    root = tmp_path_factory.mktemp("archive")
    for i in range(48):
        src = GOOD[i % len(GOOD)]
        folder = root / f"year-{2000 + i % 6}"
        folder.mkdir(exist_ok=True)
        shutil.copy(src, folder / f"deck-{i:02d}{src.suffix}")
    with zipfile.ZipFile(root / "old.zip", "w") as zf:
        for i, src in enumerate(GOOD):
            zf.write(src, f"inside/zipped-{i}{src.suffix}")
    for name, data in BAD.items():
        (root / name).write_bytes(data)
    return root


def test_batch_over_fifty_decks_with_bad_ones(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = plandeck("extract", str(archive), "-o", str(out), "--jobs", "2", "--format", "json,csv")
    assert first.returncode == 1, first.stderr
    assert len(documents_in(out)) == 52
    with (out / "errors.csv").open(encoding="utf-8") as fh:
        errors = list(csv.DictReader(fh))
    assert sorted(Path(e["file"]).name for e in errors) == sorted(BAD)
    assert all(e["code"] in ("unreadable", "unsupported") for e in errors)
    with (out / "items.csv").open(encoding="utf-8") as fh:
        items = list(csv.DictReader(fh))
    assert {r["file"] for r in items} >= {"year-2000/deck-00.pptx", "old.zip/inside/zipped-3.pdf"}
    assert all(r["plan_period"] for r in items if r["file"].startswith("year-"))

    items_first = (out / "items.csv").read_bytes()
    second = plandeck("extract", str(archive), "-o", str(out), "--jobs", "2", "--format", "json,csv")
    assert second.returncode == 1
    assert "done 0, failed 3, skipped 52" in second.stderr, second.stderr
    state = json.loads((out / ".plandeck" / "state.json").read_text())
    assert len(state["files"]) == 52
    assert (out / "items.csv").read_bytes() == items_first  # skipped decks still fill the combined tables


def test_results_do_not_depend_on_worker_count(tmp_path: Path) -> None:
    one = run_extract(GOOD, tmp_path / "one", ("json", "csv"), options=RunOptions(jobs=1))
    two = run_extract(GOOD, tmp_path / "two", ("json", "csv"), options=RunOptions(jobs=2))
    assert not one.failures and not two.failures
    for name in ("items.csv", "leaders.csv", "meetings.csv", "u4ssc-action-plan-2021-2022.pptx.json"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def test_killed_run_leaves_complete_files_and_resumes(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    exe = shutil.which("plandeck")
    assert exe
    proc = subprocess.Popen([exe, "extract", str(archive), "-o", str(out), "--jobs", "2", "--format", "json"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list(out.glob("year-*/deck-*.json"))) < 8:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = sorted(out.glob("year-*/deck-*.json"))
    assert 0 < len(partial) < 52, "the run should have been killed midway"
    for p in partial:  # whatever is there under its real name is complete
        assert json.loads(p.read_text("utf-8"))["schema"] == "plandeck/1"
    resumed = plandeck("extract", str(archive), "-o", str(out), "--jobs", "2", "--format", "json")
    assert resumed.returncode == 1
    assert not list(out.rglob("*.part")), "partial files left behind"
    assert len(documents_in(out)) == 52


def write_text_pdf(path: Path, pages: int, lines: int = 40) -> None:
    """A plain PDF of many text pages, written by hand: slow to read on purpose."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for n in range(pages):
        text = b"".join(b"BT /F1 9 Tf 40 %d Td (Leader: Person %d of page %d, Timeline: 2022-2023) Tj ET\n"
                        % (800 - 18 * i, i, n) for i in range(lines))
        objects.append(b"<< /Length %d >>\nstream\n%sendstream" % (len(text), text))
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
                       b" /Contents %d 0 R >>" % len(objects))
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), pages)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (i, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))


def test_a_file_over_the_time_limit_is_given_up_and_the_run_goes_on(tmp_path: Path) -> None:
    from plandeck.settings import Settings

    heavy = tmp_path / "heavy.pdf"
    write_text_pdf(heavy, pages=1500)
    report = run_extract([heavy, GOOD[1], GOOD[2]], tmp_path / "out", ("json",), settings=Settings(max_units=5000),
                         options=RunOptions(jobs=2, time_limit=2.0))
    assert [(Path(f.file).name, f.code) for f in report.failures] == [("heavy.pdf", "timeout")]
    assert len(report.documents) == 2


def test_tasks_queued_behind_a_killed_worker_go_to_its_replacement(tmp_path: Path) -> None:
    from plandeck.batch.inputs import Task
    from plandeck.batch.workers import WorkerPool
    from plandeck.settings import Settings

    heavy = tmp_path / "heavy.pdf"
    write_text_pdf(heavy, pages=1500)
    paths = [heavy, GOOD[1], GOOD[2]]
    tasks = [Task(i, path, path.name, f"{i}.json") for i, path in enumerate(paths)]
    pool = WorkerPool(1, Settings(max_units=5000), tmp_path, time_limit=2.0, memory_mb=1024)
    outcomes = list(pool.run(tasks))
    # One worker holds the heavy deck and the next one queued behind it; the kill must not lose that one.
    assert [(o.task.display, o.code) for o in outcomes] == [("heavy.pdf", "timeout"), (GOOD[1].name, None),
                                                            (GOOD[2].name, None)]
    assert all((tmp_path / f"{i}.json").is_file() for i in (1, 2))


def test_dask_local_cluster_gives_the_same_outputs(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed", reason="plandeck[dask] not installed")
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    local = run_extract([*GOOD[:2], bad], tmp_path / "local", ("json", "csv"), options=RunOptions(jobs=1))
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        remote = run_extract([*GOOD[:2], bad], tmp_path / "dask", ("json", "csv"),
                             options=RunOptions(executor="dask", scheduler=cluster.scheduler_address))
    assert [f.code for f in remote.failures] == [f.code for f in local.failures] == ["unreadable"]
    for name in ("items.csv", "u4ssc-action-plan-2021-2022.pptx.json", "errors.csv"):
        assert (tmp_path / "local" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes(), name


def test_a_vocabulary_change_invalidates_finished_outputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    assert not run_extract([GOOD[1]], out, ("json",), options=RunOptions(jobs=2)).failures
    again = run_extract([GOOD[1]], out, ("json",), options=RunOptions(jobs=2))
    assert again.skipped == 1
    user = tmp_path / "vocab"
    user.mkdir()
    (user / "labels.toml").write_text('[labels]\nleader = ["pilot"]\n', "utf-8")
    monkeypatch.setenv("PLANDECK_DATA", str(user))
    assert run_extract([GOOD[1]], out, ("json",), options=RunOptions(jobs=2)).skipped == 0
