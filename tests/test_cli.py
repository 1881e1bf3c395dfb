"""The installed ``plandeck`` command, run as a user would run it."""
from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLES

DECK = SAMPLES / "u4ssc-action-plan-2021-2022.pptx"
PDF = SAMPLES / "u4ssc-action-plan-2021-2022.pdf"


def plandeck(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("plandeck")
    cmd = [exe] if exe else [sys.executable, "-m", "plandeck.cli"]
    return subprocess.run([*cmd, *args], capture_output=True, text=True, timeout=300, cwd=cwd)


def test_installed_command_exists() -> None:
    assert shutil.which("plandeck"), "the console script 'plandeck' is not installed (pip install -e .)"


def test_help_lists_commands_with_examples() -> None:
    out = plandeck("--help")
    assert out.returncode == 0
    for command in ("extract", "schema"):
        assert command in out.stdout
        sub = plandeck(command, "--help")
        assert sub.returncode == 0 and "example" in sub.stdout.lower(), f"{command} --help shows no example"


def test_extract_writes_json_and_csv(tmp_path: Path) -> None:
    out = plandeck("extract", str(DECK), str(PDF), "-o", str(tmp_path))
    assert out.returncode == 0, out.stderr
    for name in ("u4ssc-action-plan-2021-2022.pptx.json", "u4ssc-action-plan-2021-2022.pdf.json",
                 "items.csv", "leaders.csv", "meetings.csv", "organisations.csv"):
        assert (tmp_path / name).is_file(), name
    doc = json.loads((tmp_path / "u4ssc-action-plan-2021-2022.pptx.json").read_text("utf-8"))
    assert doc["schema"] == "plandeck/1" and doc["source"]["format"] == "pptx"
    with (tmp_path / "leaders.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and all(r["file"] and r["slide"] for r in rows)
    assert {r["file"] for r in rows} == {DECK.name, PDF.name}
    assert not list(tmp_path.glob("*.part")), "temporary files left behind"


def test_single_deck_keeps_its_extension_in_the_output_name(tmp_path: Path) -> None:
    out = plandeck("extract", str(DECK), "-o", str(tmp_path), "--format", "json")
    assert out.returncode == 0, out.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == [
        "u4ssc-action-plan-2021-2022.pptx.json"]


def test_json_to_stdout() -> None:
    out = plandeck("extract", str(DECK), "-o", "-")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert len(doc["items"]) == 13


def test_bad_input_one_line_error_and_others_still_done(tmp_path: Path) -> None:
    bad = tmp_path / "broken.pptx"
    bad.write_bytes(b"PK\x03\x04 this is not a zip")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    outdir = tmp_path / "out"
    out = plandeck("extract", str(bad), str(DECK), str(empty), "-o", str(outdir), "--format", "json")
    assert out.returncode == 1
    errors = [line for line in out.stderr.splitlines() if line.startswith("plandeck: error:")]
    assert len(errors) == 2
    assert any("broken.pptx" in e for e in errors) and any("empty.pdf" in e for e in errors)
    assert "Traceback" not in out.stderr
    assert (outdir / "u4ssc-action-plan-2021-2022.pptx.json").is_file()


def test_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    out = plandeck("extract", str(DECK), "-o", str(tmp_path), "--format", "docx")
    assert out.returncode == 2 and "unknown format" in out.stderr


def test_schema_command_prints_json_schema() -> None:
    out = plandeck("schema")
    assert out.returncode == 0
    schema = json.loads(out.stdout)
    assert schema["title"] == "plandeck/1"
    assert {"source", "plan", "items", "people", "organisations", "warnings"} <= set(schema["properties"])


@pytest.mark.parametrize("args", [[], ["extract"]])
def test_usage_errors_exit_2(args: list[str]) -> None:
    assert plandeck(*args).returncode == 2
