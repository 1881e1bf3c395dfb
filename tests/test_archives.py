"""Zip archives as input: caps before any byte is written, each bad member its own coded error, nesting."""
from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import pytest

from plandeck.batch.archives import MAX_DEPTH
from plandeck.batch.inputs import Inputs
from plandeck.batch.workspace import Workspace
from plandeck.settings import Settings
from tests.hostile.archives import bad_members_zip, many_members_zip, nested_zip, ratio_bomb_zip, write
from tests.test_batch import plandeck


def expand(archive: Path, out: Path, settings: Settings | None = None) -> tuple[list[str], list[tuple[str, str, str]]]:
    """(displays of the tasks, (display, code, reason) of the rejected) for one archive."""
    source = Inputs(settings or Settings(), Workspace(out))
    try:
        tasks = source.tasks([archive])
        return [t.display for t in tasks], [(r.display, r.code, r.reason) for r in source.rejected]
    finally:
        source.close()


def unpacked(out: Path) -> list[Path]:
    return [p for p in (out / ".plandeck" / "unpack").rglob("*") if p.is_file() and p.name != ".lock"]


def test_every_bad_member_is_its_own_coded_error_and_the_run_goes_on(tmp_path: Path) -> None:
    archive = write(tmp_path / "archive.zip", bad_members_zip())
    good = tmp_path / "other.pptx"
    with zipfile.ZipFile(archive) as zf:
        good.write_bytes(zf.read("a-good.pptx"))
    out = tmp_path / "out"
    result = plandeck("extract", str(archive), str(good), "-o", str(out), "--format", "json,csv", "-q")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = sorted(result.stderr.strip().splitlines())
    assert [line.rsplit("[", 1)[1] for line in lines] == ["encrypted]", "unreadable]", "unsupported]"]
    assert lines[0].startswith(f"plandeck: error: {archive}/b-encrypted.pptx: ")
    assert lines[1].startswith(f"plandeck: error: {archive}/c-bad-crc.pptx: damaged inside the archive (bad CRC)")
    assert lines[2].startswith(f"plandeck: error: {archive}/d-method.pptx: compressed with a method")
    with (out / "errors.csv").open(encoding="utf-8") as fh:
        assert sorted(r["code"] for r in csv.DictReader(fh)) == ["encrypted", "unreadable", "unsupported"]
    with (out / "items.csv").open(encoding="utf-8") as fh:
        files = sorted({r["file"] for r in csv.DictReader(fh)})
    # the good member (named by its archive) and the other input were both read
    assert files == ["archive.zip/a-good.pptx", "other.pptx"]
    assert unpacked(out) == []  # the run's unpack folder went with it


def test_a_bad_crc_member_leaves_no_partial_file(tmp_path: Path) -> None:
    archive = write(tmp_path / "archive.zip", bad_members_zip())
    source = Inputs(Settings(), Workspace(tmp_path / "out"))
    try:
        tasks = source.tasks([archive])
        assert [t.path.name for t in tasks] == ["a-good.pptx"]
        assert [p.name for p in unpacked(tmp_path / "out")] == ["a-good.pptx"]
    finally:
        source.close()


def test_an_overall_ratio_bomb_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    archive = write(tmp_path / "bomb.zip", ratio_bomb_zip())
    tasks, rejected = expand(archive, tmp_path / "out")
    assert tasks == []
    [(display, code, reason)] = rejected
    assert (display, code) == (str(archive), "too-large") and "compression ratio" in reason
    assert not list((tmp_path / "out" / ".plandeck" / "unpack").iterdir())  # not even a folder


def test_the_total_size_cap_is_checked_from_the_central_directory(tmp_path: Path) -> None:
    archive = write(tmp_path / "big.zip", ratio_bomb_zip(members=2, megabytes=1))
    tasks, rejected = expand(archive, tmp_path / "out", Settings(max_archive_bytes=1024 * 1024))
    assert tasks == [] and rejected[0][1] == "too-large" and "unpacks to 2,097,152 bytes" in rejected[0][2]
    assert not list((tmp_path / "out" / ".plandeck" / "unpack").iterdir())


def test_too_many_members_is_one_error_for_the_archive(tmp_path: Path) -> None:
    archive = write(tmp_path / "many.zip", many_members_zip(12))
    tasks, rejected = expand(archive, tmp_path / "out", Settings(max_zip_members=10))
    assert tasks == [] and rejected == [(str(archive), "too-large", "12 members, over the limit of 10")]


def test_nested_zips_are_read(tmp_path: Path) -> None:
    archive = write(tmp_path / "outer.zip", nested_zip(MAX_DEPTH))
    tasks, rejected = expand(archive, tmp_path / "out")
    inner = f"{archive}/level-2.zip/level-3.zip/deep.pptx"
    assert sorted(tasks) == sorted([inner, f"{archive}/top-1.pptx"]) and rejected == []


def test_zips_nested_too_deep_are_reported_not_skipped(tmp_path: Path) -> None:
    archive = write(tmp_path / "outer.zip", nested_zip(MAX_DEPTH + 1))
    tasks, rejected = expand(archive, tmp_path / "out")
    assert tasks == [f"{archive}/top-1.pptx"]
    assert rejected == [(f"{archive}/level-2.zip/level-3.zip/level-4.zip", "too-large",
                         f"a zip nested more than {MAX_DEPTH} levels deep is not opened")]


@pytest.mark.parametrize("password", [None, "wrong"])
def test_an_encrypted_member_without_the_right_password_is_encrypted(password: str | None, tmp_path: Path) -> None:
    archive = write(tmp_path / "archive.zip", bad_members_zip())
    _, rejected = expand(archive, tmp_path / "out", Settings(password=password))
    assert (f"{archive}/b-encrypted.pptx", "encrypted") in [(d, c) for d, c, _ in rejected]
