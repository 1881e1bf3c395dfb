"""Issue 13 on the installed command: runs that say what they did, tables that accumulate, stable names,
streams and exit codes, spreadsheet-true values."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from tests.conftest import SAMPLES

OLD = SAMPLES / "u4ssc-action-plan-2021-2022.pptx"
NEW = SAMPLES / "u4ssc-action-plan-2022-2023.pptx"
SMALL = SAMPLES / "rici-plan-accion-2023.pptx"
RECURRING = SAMPLES / "amu-plan-de-travail-2025.pptx"
TABLES = ("plans.csv", "items.csv", "leaders.csv", "meetings.csv", "organisations.csv")


def plandeck(*args: str, **kwargs) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("plandeck")
    cmd = [exe] if exe else [sys.executable, "-m", "plandeck.cli"]
    return subprocess.run([*cmd, *args], capture_output=True, text=True, timeout=300, **kwargs)


def table(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.relative_to(folder).as_posix().startswith(".")}


@pytest.fixture(scope="module")
def years(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two years' plans, both called plan.pptx, in their own folders."""
    root = tmp_path_factory.mktemp("decks")
    for year, deck in (("2021", OLD), ("2022", NEW)):
        (root / year).mkdir()
        shutil.copy(deck, root / year / "plan.pptx")
    return root


@pytest.fixture(scope="module")
def yearly(years: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[subprocess.CompletedProcess]]:
    """The secretariat's routine: 2021's plan into ``yearly/``, next year 2022's into the same folder."""
    out = tmp_path_factory.mktemp("yearly")
    runs = [plandeck("extract", str(OLD), "-o", str(out))]
    (out / "notes.json").write_text('{"note": "a JSON file of the user\'s own"}', "utf-8")
    runs.append(plandeck("extract", str(NEW), "-o", str(out), "--json-summary", "-"))
    return out, runs


# --- say what was done ----------------------------------------------------------------------------

def test_each_deck_gets_a_line_with_counts_warnings_and_output(tmp_path: Path) -> None:
    out = plandeck("extract", str(SMALL), "-o", str(tmp_path))
    assert out.returncode == 0, out.stderr
    lines = out.stderr.splitlines()
    assert lines[0] == (f"plandeck: {SMALL.name}: 4 items, 4 leaders, 6 meetings -> "
                        f"{tmp_path / (SMALL.name + '.json')}"), out.stderr
    quiet = plandeck("extract", str(SMALL), "-o", str(tmp_path / "q"), "--quiet")
    assert quiet.returncode == 0 and quiet.stderr == ""


def test_a_batch_ends_with_a_summary_table_and_the_errors_file(tmp_path: Path) -> None:
    bad = tmp_path / "in" / "broken.pptx"
    bad.parent.mkdir()
    bad.write_bytes(b"PK\x03\x04 not a zip")
    shutil.copy(SMALL, tmp_path / "in" / SMALL.name)
    out = plandeck("extract", str(tmp_path / "in"), "-o", str(tmp_path / "out"))
    assert out.returncode == 1
    summary = out.stderr.split("plandeck: summary\n")[1].splitlines()
    assert summary[0].split() == ["decks", "done", "1,", "failed", "1,", "skipped", "0"]
    assert summary[1].split()[0] == "warnings"
    assert summary[-1].split() == ["errors", str(tmp_path / "out" / "errors.csv")]
    assert [e["file"] for e in table(tmp_path / "out" / "errors.csv")] == ["broken.pptx"]


def test_json_summary_for_scripts(yearly: tuple[Path, list]) -> None:
    out, runs = yearly
    summary = json.loads(runs[1].stdout)
    assert (summary["done"], summary["skipped"], summary["failed"]) == (1, 0, 0)
    [deck] = summary["decks"]
    assert deck["file"] == NEW.name and deck["status"] == "done" and deck["items"] == 13
    assert deck["output"] == str(out / f"{NEW.name}.json") and isinstance(deck["warnings"], dict)
    assert summary["documents_in_tables"] == 2
    assert summary["not_documents"] == [str(out / "notes.json")]


# --- tables over every document in the folder -------------------------------------------------------

def test_two_years_into_one_folder_give_tables_of_both(yearly: tuple[Path, list]) -> None:
    out, runs = yearly
    assert [r.returncode for r in runs] == [0, 0], [r.stderr for r in runs]
    plans = table(out / "plans.csv")
    assert [(p["plan_from"], p["plan_to"], p["items"]) for p in plans] == [("2021", "2022", "13"),
                                                                          ("2022", "2023", "13")]
    assert all(len(p["sha256"]) == 64 and p["title"] and p["organisation"] for p in plans)
    items = table(out / "items.csv")
    assert {i["plan_period"] for i in items} == {"2021-2022", "2022-2023"}
    assert {(i["plan_from"], i["plan_to"]) for i in items} == {("2021", "2022"), ("2022", "2023")}


def test_a_rerun_changes_nothing(yearly: tuple[Path, list]) -> None:
    out, _ = yearly
    before = snapshot(out)
    again = plandeck("extract", str(NEW), "-o", str(out))
    assert again.returncode == 0, again.stderr
    assert again.stderr.startswith(f"plandeck: {NEW.name}: unchanged since the last run, not extracted again: 13 items")
    assert snapshot(out) == before


def test_joint_meetings_share_one_key(yearly: tuple[Path, list]) -> None:
    out, _ = yearly
    meetings = [m for m in table(out / "meetings.csv") if m["plan_period"] == "2021-2022"]
    joint = [m for m in meetings if m["groups"] == "WG3; WG4"]
    assert len({m["item_id"] for m in joint}) >= 2, "the joint meeting is listed under both groups' items"
    keys = {(m["file"], m["meeting_key"]) for m in meetings}
    assert len(keys) < len(meetings)
    assert {m["meeting_key"] for m in joint} >= {"2021-12 WG3+WG4"}


def test_recurrences_have_frequency_and_bounds(tmp_path: Path) -> None:
    out = plandeck("extract", str(RECURRING), "-o", str(tmp_path), "-q")
    assert out.returncode == 0, out.stderr
    doc = json.loads((tmp_path / f"{RECURRING.name}.json").read_text("utf-8"))
    expected = {(it["id"], it["recurrence"]["freq"], it["recurrence"]["from"], it["recurrence"]["to"] or "")
                for it in doc["items"] if it["recurrence"]}
    assert expected, "the sample has open-ended meetings"
    rows = {(i["id"], i["recurrence_freq"], i["recurrence_from"], i["recurrence_to"])
            for i in table(tmp_path / "items.csv") if i["recurrence_freq"]}
    assert rows == expected


# --- stable, unique names ----------------------------------------------------------------------------

def test_same_name_in_two_folders_gives_two_outputs(years: Path, tmp_path: Path) -> None:
    out = plandeck("extract", str(years), "-o", str(tmp_path), "-q")
    assert out.returncode == 0, out.stderr
    for year in ("2021", "2022"):
        doc = json.loads((tmp_path / year / "plan.pptx.json").read_text("utf-8"))
        assert doc["source"]["file"] == f"{year}/plan.pptx"
    assert {r["file"] for r in table(tmp_path / "leaders.csv")} == {"2021/plan.pptx", "2022/plan.pptx"}


def test_zip_members_are_named_under_the_archive(tmp_path: Path) -> None:
    archive = tmp_path / "plans.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(SMALL, f"sub/{SMALL.name}")
    out = plandeck("extract", str(archive), "-o", str(tmp_path / "out"), "-q")
    assert out.returncode == 0, out.stderr
    doc = json.loads((tmp_path / "out" / "plans.zip" / "sub" / f"{SMALL.name}.json").read_text("utf-8"))
    assert doc["source"]["file"] == f"plans.zip/sub/{SMALL.name}"
    assert {r["file"] for r in table(tmp_path / "out" / "items.csv")} == {f"plans.zip/sub/{SMALL.name}"}


def test_a_later_run_never_replaces_another_inputs_output(years: Path, tmp_path: Path) -> None:
    first = plandeck("extract", str(years / "2021"), "-o", str(tmp_path), "-q")
    assert first.returncode == 0, first.stderr
    before = snapshot(tmp_path)
    second = plandeck("extract", str(years / "2022"), "-o", str(tmp_path), "-q")
    assert second.returncode == 1
    [line] = second.stderr.splitlines()
    assert "plan.pptx.json already holds" in line and line.endswith("[name-clash]"), line
    assert json.loads((tmp_path / "plan.pptx.json").read_bytes()) == json.loads(before["plan.pptx.json"])
    again = plandeck("extract", str(years / "2021"), "-o", str(tmp_path), "-q")
    assert again.returncode == 0, again.stderr


def test_two_arguments_with_one_name_never_share_an_output(years: Path, tmp_path: Path) -> None:
    out = plandeck("extract", str(years / "2021" / "plan.pptx"), str(years / "2022" / "plan.pptx"),
                   "-o", str(tmp_path), "-q")
    assert out.returncode == 1
    [line] = out.stderr.splitlines()
    assert line.startswith(f"plandeck: error: {years / '2022' / 'plan.pptx'}: ") and "[name-clash]" in line
    doc = json.loads((tmp_path / "plan.pptx.json").read_text("utf-8"))
    assert doc["plan"]["period"]["from"] == "2021"
    assert [e["code"] for e in table(tmp_path / "errors.csv")] == ["name-clash"]


# --- streams and exit codes --------------------------------------------------------------------------

def test_several_decks_to_stdout_are_json_lines(years: Path) -> None:
    out = plandeck("extract", str(years), "-o", "-", "-q")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert [json.loads(line)["source"]["file"] for line in lines] == ["2021/plan.pptx", "2022/plan.pptx"]
    one = plandeck("extract", str(SMALL), "-o", "-", "-q")
    assert json.loads(one.stdout)["schema"] == "plandeck/1" and one.stdout.count("\n") == 1


def test_one_csv_table_to_stdout(years: Path) -> None:
    out = plandeck("extract", str(years), "-o", "-", "--format", "csv", "--table", "leaders", "-q")
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert rows and {r["file"] for r in rows} == {"2021/plan.pptx", "2022/plan.pptx"} and "item_id" in rows[0]
    items = plandeck("extract", str(SMALL), "-o", "-", "--format", "csv", "-q")
    assert items.stdout.startswith("file,plan_period,plan_from,plan_to,id,")


@pytest.mark.parametrize("case", ["no deck", "-o on a file", "unknown format", "two formats to stdout",
                                  "unknown table"])
def test_usage_errors_are_one_line_and_exit_2(case: str, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "readme.txt").write_text("no decks here", "utf-8")
    a_file = tmp_path / "taken.txt"
    a_file.write_text("mine", "utf-8")
    args = {"no deck": [str(empty), "-o", str(tmp_path / "out")],
            "-o on a file": [str(SMALL), "-o", str(a_file)],
            "unknown format": [str(SMALL), "-o", str(tmp_path / "out"), "--format", "docx"],
            "two formats to stdout": [str(SMALL), "-o", "-", "--format", "json,csv"],
            "unknown table": [str(SMALL), "-o", "-", "--format", "csv", "--table", "people"]}[case]
    out = plandeck("extract", *args)
    assert out.returncode == 2, out.stderr
    assert len(out.stderr.splitlines()) == 1 and out.stderr.startswith("plandeck: error: "), out.stderr
    assert a_file.read_text("utf-8") == "mine" and not (tmp_path / "out").exists()


def test_every_command_documents_the_same_exit_statuses() -> None:
    epilogs = [plandeck(command, "--help").stdout for command in ("extract", "diff", "history", "report", "schema",
                                                                      "validate")]
    for text in epilogs:
        assert "exit status (the same in every plandeck command):" in text
        assert "130  interrupted" in text and "3    diff only: the plans differ" in text


def test_an_unreadable_plan_is_exit_1_in_every_command(tmp_path: Path) -> None:
    bad = tmp_path / "broken.pptx"
    bad.write_bytes(b"PK\x03\x04 not a zip")
    runs = {"extract": plandeck("extract", str(bad), "-o", str(tmp_path / "out"), "-q"),
            "diff": plandeck("diff", str(bad), str(SMALL)),
            "history": plandeck("history", str(bad), str(SMALL)),
            "report": plandeck("report", str(bad), str(SMALL), "-o", str(tmp_path / "r.html"))}
    for command, out in runs.items():
        assert out.returncode == 1, (command, out.stderr)
        assert out.stderr.count("plandeck: error: ") == 1 and "[unreadable]" in out.stderr, (command, out.stderr)


def test_ctrl_c_is_one_line_exit_130_and_the_run_resumes(tmp_path: Path) -> None:
    decks = tmp_path / "decks"
    decks.mkdir()
    for i in range(6):
        shutil.copy(SMALL, decks / f"plan-{i}.pptx")
    out = tmp_path / "out"
    exe = shutil.which("plandeck")
    assert exe
    proc = subprocess.Popen([exe, "extract", str(decks), "-o", str(out)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list(out.glob("plan-*.json"))) < 2:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)  # what the terminal does on Ctrl-C: the whole foreground group
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr and stderr.splitlines()[-1].startswith("plandeck: interrupted"), stderr
    assert len([line for line in stderr.splitlines() if "interrupted" in line]) == 1
    assert 2 <= len(list(out.glob("plan-*.json"))) < 6
    again = plandeck("extract", str(decks), "-o", str(out), "--json-summary", "-")
    assert again.returncode == 0
    summary = json.loads(again.stdout)
    # A deck whose result reached the supervisor before Ctrl-C is kept; the one in hand is done again.
    assert summary["skipped"] >= 1 and summary["skipped"] + summary["done"] == 6


def test_history_report_and_diff_read_an_extract_folder(yearly: tuple[Path, list], tmp_path: Path) -> None:
    out, _ = yearly
    assert (out / "datapackage.json").is_file() and (out / "notes.json").is_file()
    history = plandeck("history", str(out))
    assert history.returncode == 0, history.stderr
    assert {r["plan_period"] for r in csv.DictReader(io.StringIO(history.stdout))} == {"2021-2022", "2022-2023"}
    report = plandeck("report", str(out), "-o", str(tmp_path / "report.html"))
    assert report.returncode == 0, report.stderr
    one = tmp_path / "one"
    one.mkdir()
    shutil.copy(out / f"{OLD.name}.json", one / f"{OLD.name}.json")
    diff = plandeck("diff", str(one), str(out / f"{NEW.name}.json"))
    assert diff.returncode == 3 and diff.stdout.startswith("# Changes from"), diff.stderr
    same = plandeck("diff", str(one), str(out / f"{OLD.name}.json"))
    assert same.returncode == 0, same.stderr
    both = plandeck("diff", str(out), str(one))
    assert both.returncode == 2 and "holds 2 plans" in both.stderr


# --- spreadsheet-true values ---------------------------------------------------------------------------

def test_xlsx_keeps_text_exact_months_as_dates_and_filters(tmp_path: Path) -> None:
    import openpyxl

    shutil.copy(SMALL, tmp_path / SMALL.name)
    out = tmp_path / "out"
    first = plandeck("extract", str(tmp_path / SMALL.name), "-o", str(out), "-q")
    assert first.returncode == 0, first.stderr
    doc = json.loads((out / f"{SMALL.name}.json").read_text("utf-8"))
    doc["items"][0]["title"] = "+1 Procurement =HYPERLINK(\"http://evil\")"
    doc["source"]["file"] = "edited.pptx"
    (out / "edited.pptx.json").write_text(json.dumps(doc), "utf-8")
    second = plandeck("extract", str(tmp_path / SMALL.name), "-o", str(out), "--format", "json,csv,xlsx", "-q")
    assert second.returncode == 0, second.stderr
    book = openpyxl.load_workbook(out / "plandeck.xlsx")
    assert book.sheetnames == ["plans", "items", "leaders", "meetings", "organisations"]
    for sheet in book.worksheets:
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:"), sheet.title
    items = book["items"]
    header = [c.value for c in items[1]]
    titles = [row[header.index("title")] for row in items.iter_rows(min_row=2)]
    evil = [c for c in titles if c.value.startswith("+1")]
    assert [(c.value, c.data_type) for c in evil] == [("+1 Procurement =HYPERLINK(\"http://evil\")", "s")]
    header = [c.value for c in book["meetings"][1]]
    months = [row[header.index("month")] for row in book["meetings"].iter_rows(min_row=2)]
    assert months and all(c.is_date and c.number_format == "yyyy-mm" for c in months)
    csv_titles = {r["title"] for r in table(out / "items.csv")}
    assert "'+1 Procurement =HYPERLINK(\"http://evil\")" in csv_titles  # CSV keeps its guard
    workbook = (out / "plandeck.xlsx").read_bytes()
    time.sleep(2)  # past a zip timestamp's 2-second resolution
    third = plandeck("extract", str(tmp_path / SMALL.name), "-o", str(out), "--format", "json,csv,xlsx", "-q")
    assert third.returncode == 0 and (out / "plandeck.xlsx").read_bytes() == workbook, "no clock in the workbook"


def test_excel_option_writes_csv_with_a_byte_order_mark(tmp_path: Path) -> None:
    out = plandeck("extract", str(SMALL), "-o", str(tmp_path), "--excel", "-q")
    assert out.returncode == 0, out.stderr
    for name in TABLES:
        assert (tmp_path / name).read_bytes().startswith(b"\xef\xbb\xbffile,"), name
    package = json.loads((tmp_path / "datapackage.json").read_text("utf-8"))
    assert {r["encoding"] for r in package["resources"] if r["name"] != "errors"} == {"utf-8-sig"}


def test_datapackage_declares_keys_enums_lists_and_validates(yearly: tuple[Path, list]) -> None:
    frictionless = pytest.importorskip("frictionless", reason="the dev extra installs frictionless")
    out, _ = yearly
    package = json.loads((out / "datapackage.json").read_text("utf-8"))
    resources = {r["name"]: r for r in package["resources"]}
    assert set(resources) == {"plans", "items", "leaders", "meetings", "organisations", "errors"}
    assert resources["items"]["schema"]["primaryKey"] == ["file", "id"]
    assert {"fields": ["file", "item_id"], "reference": {"resource": "items", "fields": ["file", "id"]}} in \
        resources["leaders"]["schema"]["foreignKeys"]
    fields = {f["name"]: f for f in resources["items"]["schema"]["fields"]}
    assert fields["status"]["constraints"]["enum"] == ["proposed", "planned", "ongoing", "completed", "cancelled"]
    assert fields["kind"]["constraints"]["enum"] == ["deliverable", "working_group", "programme", "hub"]
    assert fields["secretariat"]["type"] == "list" and fields["secretariat"]["delimiter"] == "; "
    report = frictionless.validate(out / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_progress_on_a_terminal_names_the_file_being_worked_on(tmp_path: Path) -> None:
    import pty

    decks = tmp_path / "decks"
    decks.mkdir()
    for i in range(3):
        shutil.copy(SMALL, decks / f"plan-{i}.pptx")
    exe = shutil.which("plandeck")
    assert exe
    main, child = pty.openpty()  # stderr a terminal, as when a person runs it
    proc = subprocess.Popen([exe, "extract", str(decks), "-o", str(tmp_path / "out")], stdout=subprocess.DEVNULL,
                            stderr=child, env={**os.environ, "COLUMNS": "200", "TERM": "xterm"})
    os.close(child)
    shown = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    assert proc.wait(timeout=300) == 0
    os.close(main)
    text = shown.decode("utf-8", "replace")
    bar_lines = [line for line in text.replace("\r", "\n").splitlines() if line.startswith("extracting")]
    # The bar names the file being worked on, in the order they run. Which later files a
    # refresh catches depends on timing (a small deck can finish between two refreshes), so
    # only the first is certain; every name shown must be one of the decks, in order.
    named = [re.search(r"plan-\d\.pptx", line) for line in bar_lines]
    shown_names = [m.group(0) for m in named if m]
    assert shown_names and shown_names[0] == "plan-0.pptx", text
    assert shown_names == sorted(shown_names), text
