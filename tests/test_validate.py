"""``plandeck validate``: hand-edited plandeck/1 documents, every problem on its own line with its JSON path."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from plandeck.validation import check_text
from tests.conftest import SAMPLES
from tests.test_cli import plandeck


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("validate") / "plan.json"
    run = plandeck("extract", str(SAMPLES / "u4ssc-action-plan-2021-2022.pptx"), "-o", "-")
    assert run.returncode == 0, run.stderr
    out.write_text(run.stdout, "utf-8")
    return out


def _edited(good: Path, tmp_path: Path, edit) -> Path:
    doc = json.loads(good.read_text("utf-8"))
    edit(doc)
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(doc), "utf-8")
    return path


def test_a_valid_document_gives_ok_and_exit_0(good: Path) -> None:
    run = plandeck("validate", str(good))
    assert run.returncode == 0 and run.stdout == f"{good}: ok\n" and run.stderr == ""


def _break_everything(doc: dict) -> None:
    doc["items"][1]["id"] = doc["items"][2]["id"]
    doc["items"][3]["parent"] = "no-such-item"
    doc["items"][4]["timeline"] = {"text": "2022", "from": "2022-13", "to": "2022"}
    doc["items"][5]["timeline"] = {"text": "2023-2021", "from": "2023", "to": "2021"}
    doc["items"][6]["meetings"] = [{"month": "2021", "groups": []}]
    doc["items"][7]["provenance"]["units"] = [0, 12]
    doc["people"][0]["items"] = ["gone"]


def test_every_problem_is_one_line_with_file_and_json_path(good: Path, tmp_path: Path) -> None:
    bad = _edited(good, tmp_path, _break_everything)
    run = plandeck("validate", str(good), str(bad))
    assert run.returncode == 1
    assert run.stdout == f"{good}: ok\n"
    lines = run.stderr.splitlines()
    assert all(line.startswith(f"plandeck: error: {bad}: $.") and line.endswith(" [invalid]") for line in lines)
    where = [line.split(": ")[3] for line in lines]
    assert where == ["$.items[2].id", "$.items[3].parent", "$.items[4].timeline.from", "$.items[5].timeline",
                     "$.items[6].meetings[0].month", "$.items[7].provenance.units[0]",
                     "$.items[7].provenance.units[1]", "$.people[0].items[0]"]
    assert "no item has id 'no-such-item'" in lines[1]
    assert "slide/page 12 is not in the deck (1..11)" in lines[6]


def test_schema_errors_are_all_listed_with_their_paths(good: Path, tmp_path: Path) -> None:
    def edit(doc: dict) -> None:
        doc["items"][0]["status"] = "finished"
        doc["items"][2]["colour"] = "red"
        del doc["source"]["sha256"]

    run = plandeck("validate", str(_edited(good, tmp_path, edit)))
    assert run.returncode == 1
    paths = sorted(line.split(": ")[3] for line in run.stderr.splitlines())
    assert paths == ["$.items[0].status", "$.items[2].colour", "$.source.sha256"]


def test_not_json_and_missing_files_are_one_line_each(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{", "utf-8")
    run = plandeck("validate", str(broken), str(tmp_path / "absent.json"))
    assert run.returncode == 1
    lines = run.stderr.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"plandeck: error: {broken}: $: not JSON: ")
    assert lines[1] == f"plandeck: error: {tmp_path / 'absent.json'}: $: cannot read the file: No such file or " \
                       "directory [invalid]"


def test_parent_loops_are_reported_once(good: Path) -> None:
    doc = json.loads(good.read_text("utf-8"))
    a, b = doc["items"][6], doc["items"][7]
    a["parent"], b["parent"] = b["id"], a["id"]
    problems = check_text(json.dumps(doc))
    loop = f"{a['id']} -> {b['id']} -> {a['id']}"
    assert [str(p) for p in problems] == [f"$.items[6].parent: parents form a loop: {loop}"]


def test_a_corrected_document_is_valid(tmp_path: Path) -> None:
    run = plandeck("extract", str(SAMPLES / "u4ssc-action-plan-2022-2023.pptx"), "-o", "-",
                   "--corrections", str(SAMPLES / "corrections-u4ssc.toml"))
    assert run.returncode == 0, run.stderr
    assert check_text(run.stdout) == []
