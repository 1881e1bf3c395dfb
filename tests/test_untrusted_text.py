"""Deck text and file names are untrusted: no CSV runs them as formulas, no message lets them
forge a line or drive the terminal.

Every CSV writer goes through one guard (:mod:`plandeck.export.formulas`); every message
printed or recorded goes through one escaping (:func:`plandeck.errors.printable`). The
commands are run as installed; every name and title here is made up.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from plandeck.errors import UnreadableError, printable
from plandeck.export.formulas import FORMULA_START, csv_text
from tests.deckkit import Deck
from tests.test_cli import plandeck

FORMULAS = ['=HYPERLINK("http://evil.invalid","Click")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)"]


def _cells(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [cell for row in csv.reader(fh) for cell in row]


def _armed(cells: list[str]) -> list[str]:
    return [c for c in cells if c.startswith(FORMULA_START)]


def _plan(path: Path, titles: list[str], leader: str) -> Path:
    deck = Deck()
    deck.slide("Action Plan 2024")
    for title in titles:
        deck.slide(title, [f"Leader: {leader}", f"Status: {'ongoing' if 'v2' in path.name else 'planned'}",
                                     "Timeline: 2024"])
    return deck.save(path)


def test_csv_text_defuses_every_formula_cell() -> None:
    text = csv_text(("a", "b", "n"), [{"a": f, "b": "plain", "n": -3} for f in FORMULAS])
    rows = list(csv.DictReader(text.splitlines()))
    assert [r["a"] for r in rows] == [f"'{f}" for f in FORMULAS]
    assert {r["b"] for r in rows} == {"plain"} and {r["n"] for r in rows} == {"-3"}


def test_history_and_diff_csv_defuse_formulas_from_deck_text(tmp_path: Path) -> None:
    old = _plan(tmp_path / "plan-v1.pptx", ["=HYPERLINK(\"http://evil.invalid\")", "@Quiet streets"],
                "+Jane Doe (=Civic Lab)")
    new = _plan(tmp_path / "plan-v2.pptx", ["=HYPERLINK(\"http://evil.invalid\")", "Noise atlas"],
                "@Ida Marsh (+Civic Lab)")
    history = tmp_path / "history.csv"
    out = plandeck("history", str(old), str(new), "-o", str(history))
    assert out.returncode == 0, out.stderr
    cells = _cells(history)
    assert "'=HYPERLINK(\"http://evil.invalid\")" in cells and not _armed(cells)
    out = plandeck("diff", str(old), str(new), "-o", str(tmp_path / "changes"))
    assert out.returncode == 3, out.stderr  # the plans differ
    cells = _cells(tmp_path / "changes" / "diff.csv")
    assert "'@Quiet streets" in cells and "'@Ida Marsh (+Civic Lab)" in cells and not _armed(cells)


@pytest.mark.parametrize("name", ["=HYPERLINK(1).pptx", "@evil.pptx", "+cmd.pptx", "-x.pptx"])
def test_errors_csv_defuses_a_file_name_starting_like_a_formula(name: str, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / name).write_bytes(b"")
    out = plandeck("extract", "-o", str(tmp_path / "out"), "--quiet", "--", name, cwd=tmp_path / "in")
    assert out.returncode == 1, out.stderr
    cells = _cells(tmp_path / "out" / "errors.csv")
    assert f"'{name}" in cells and not _armed(cells)


def test_printable_escapes_control_characters_and_bidi_overrides_once() -> None:
    text = "a\nplandeck: error: forged\r\x1b[31mred\x07\t\u202egnp.exe\u2028\x85end"
    safe = printable(text)
    assert safe == "a\\nplandeck: error: forged\\r\\x1b[31mred\\x07\\t\\u202egnp.exe\\u2028\\x85end"
    assert printable(safe) == safe
    assert printable("Zoë – مدينة (KIT) ✔") == "Zoë – مدينة (KIT) ✔"


def test_error_message_escapes_file_name_and_reason() -> None:
    err = UnreadableError("x\nplandeck: error: y.pptx", "bad \x1b[2J part")
    assert str(err) == "x\\nplandeck: error: y.pptx: bad \\x1b[2J part [unreadable]"


def test_file_name_with_a_newline_or_escape_prints_no_forged_line(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    names = ["a\nplandeck: error: forged.pptx", "b\x1b[2J\x1b[31m.pptx", "c\u202extpp.pptx"]
    for name in names:
        (folder / name).write_bytes(b"")
    out = plandeck("extract", str(folder), "-o", str(tmp_path / "out"), "--quiet")
    assert out.returncode == 1
    lines = out.stderr.splitlines()
    assert len(lines) == len(names), out.stderr
    assert all(line.startswith("plandeck: error: ") and line.endswith("[unreadable]") for line in lines)
    [forged] = [line for line in lines if "forged" in line]
    assert "/a\\nplandeck: error: forged.pptx: " in forged
    assert "\x1b" not in out.stderr and "\u202e" not in out.stderr
    text = (tmp_path / "out" / "errors.csv").read_text("utf-8")
    assert not any(ch in text for ch in "\x1b\u202e\r") and len(text.splitlines()) == len(names) + 1
    assert "a\\nplandeck: error: forged.pptx" in text
