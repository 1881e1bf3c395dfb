"""Hostile inputs: each must give a plandeck/1 document or one coded, one-line error, fast.

The files are generated at test time by ``tests/hostile/make_hostile.py`` (nothing binary
is committed); each case there names the outcome it must have with default settings.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from plandeck.errors import EncryptedError, LimitError, PlandeckError
from plandeck.extract.read import read_deck
from plandeck.pipeline import Engine
from plandeck.settings import Settings
from tests.hostile.make_hostile import (
    CASES,
    OWNER_PASSWORD,
    PAGES_IN_BIG_PDF,
    PPTX_PASSWORD,
    USER_PASSWORD,
    Case,
    build,
    many_pages_pdf,
    renamed_slides_pptx,
)

# Every hostile case must end within this many seconds (the batch-level budget is 60 s a file).
CASE_SECONDS = 30.0


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build(tmp_path_factory.mktemp("hostile"))


def outcome(path: Path, settings: Settings | None = None) -> tuple[str, str | None]:
    """("document", None) or (error code, one-line message); any other exception propagates and fails the test."""
    try:
        Engine(settings or Settings()).run(path)
    except PlandeckError as err:
        return err.code, str(err)
    return "document", None


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_case(case: Case, hostile: dict[str, Path]) -> None:
    missing = [tool for tool in case.tools if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)}")
    started = time.monotonic()
    code, message = outcome(hostile[case.name])
    elapsed = time.monotonic() - started
    assert code == case.expected, f"{case.name} ({case.why}): expected {case.expected}, got {code}: {message}"
    if message is not None:
        assert "\n" not in message, f"message is not one line: {message!r}"
        assert message.startswith(f"{case.name}:") or message.startswith(f"{case.name} ("), message
        assert message.endswith(f"[{code}]"), message
    assert elapsed < CASE_SECONDS, f"{case.name} took {elapsed:.1f} s"


def test_zip_caps_trip_before_python_pptx_opens_the_package(hostile: dict[str, Path],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The bomb is refused from the central directory: python-pptx (which inflates every part) never runs."""
    import pptx.package

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("python-pptx opened a package that the zip caps should have refused")

    monkeypatch.setattr(pptx.package.Package, "open", classmethod(refuse))
    for name in ("zip-bomb.pptx", "many-members.pptx"):
        with pytest.raises(LimitError):
            read_deck(hostile[name], Settings())


def test_encrypted_pdf_reads_with_the_password(hostile: dict[str, Path]) -> None:
    deck = read_deck(hostile["encrypted.pdf"], Settings(password=USER_PASSWORD, ocr=False))
    text = "\n".join(b.text for s in deck.slides for b in s.blocks)
    assert "Street lighting survey" in text
    assert "Ana Torres" in text


def test_encrypted_pdf_opens_with_the_owner_password_too(hostile: dict[str, Path]) -> None:
    deck = read_deck(hostile["encrypted.pdf"], Settings(password=OWNER_PASSWORD, ocr=False))
    assert any("Street lighting survey" in b.text for s in deck.slides for b in s.blocks)


def test_encrypted_pdf_wrong_password_is_an_encrypted_error(hostile: dict[str, Path]) -> None:
    with pytest.raises(EncryptedError, match="password given does not open"):
        read_deck(hostile["encrypted.pdf"], Settings(password="not it"))


def test_encrypted_pptx_reads_with_the_password(hostile: dict[str, Path]) -> None:
    deck = read_deck(hostile["encrypted.pptx"], Settings(password=PPTX_PASSWORD))
    assert deck.source.format == "pptx"
    text = "\n".join(b.text for s in deck.slides for b in s.blocks)
    assert "Street lighting survey" in text


def test_encrypted_pptx_wrong_password_is_an_encrypted_error(hostile: dict[str, Path]) -> None:
    with pytest.raises(EncryptedError, match="password given does not open"):
        read_deck(hostile["encrypted.pptx"], Settings(password="not it"))


def test_encrypted_files_read_end_to_end_with_the_password(hostile: dict[str, Path]) -> None:
    assert outcome(hostile["encrypted.pdf"], Settings(password=USER_PASSWORD))[0] == "document"
    assert outcome(hostile["encrypted.pptx"], Settings(password=PPTX_PASSWORD))[0] == "document"


def test_page_cap_refuses_fast_and_a_higher_cap_reads(hostile: dict[str, Path]) -> None:
    path = hostile[f"{PAGES_IN_BIG_PDF}-pages.pdf"]
    started = time.monotonic()
    with pytest.raises(LimitError, match="--max-units"):
        read_deck(path, Settings())
    assert time.monotonic() - started < 5
    deck = read_deck(path, Settings(max_units=5000, ocr=False))
    assert deck.source.units == PAGES_IN_BIG_PDF
    assert len(deck.slides) == PAGES_IN_BIG_PDF


@pytest.mark.parametrize("name", ["rotated-90.pdf", "rotated-270-slide.pdf"])
def test_rotated_page_reads_in_order_from_the_top_left(name: str, hostile: dict[str, Path]) -> None:
    """Whichever way the page is stored, its lines come out in order, boxed where a reader sees them."""
    deck = read_deck(hostile[name], Settings(ocr=False))
    blocks = [b for s in deck.slides for b in s.blocks]
    text = "\n".join(b.text for b in blocks)
    positions = [text.index(line) for line in ("Street lighting", "Lead:", "Status:", "Timeline:")]
    assert positions == sorted(positions)
    for b in blocks:
        assert 0 <= b.box.x0 <= b.box.x1 <= 1 and 0 <= b.box.y0 <= b.box.y1 <= 1, b.box
    first = blocks[0].box
    # The first line starts 72 pt from the left and 75 pt from the top of the 842 x 595 landscape view.
    assert first.x0 == pytest.approx(72 / 842, abs=0.02) and first.y0 < 100 / 595, first
    assert first.x1 - first.x0 > first.y1 - first.y0, "lines must run across the page, not down it"


def test_page_tree_loop_keeps_the_real_page_and_warns(hostile: dict[str, Path]) -> None:
    deck = read_deck(hostile["page-tree-loop.pdf"], Settings(ocr=False))
    assert any("Street lighting" in b.text for b in deck.slides[0].blocks)
    assert any(w.code == "damaged-page" for w in deck.warnings)


def test_slides_under_other_part_names_count_towards_the_slide_cap(tmp_path: Path) -> None:
    """The cap counts the presentation's slide list, not parts named ppt/slides/slideN.xml."""
    path = tmp_path / "renamed.pptx"
    path.write_bytes(renamed_slides_pptx(3))
    deck = read_deck(path, Settings())
    assert deck.source.units == len(deck.slides) == 5
    assert not deck.warnings
    with pytest.raises(LimitError, match="5 slides, over the limit of 4"):
        read_deck(path, Settings(max_units=4))


@pytest.mark.parametrize("name", ["malformed-xml.pptx", "deep-nesting.pptx"])
def test_slide_that_is_not_well_formed_xml_costs_only_that_slide(name: str, hostile: dict[str, Path]) -> None:
    deck = read_deck(hostile[name], Settings())
    assert [s.number for s in deck.slides] == [1, 2]
    assert not deck.slides[0].blocks
    assert "Street lighting survey" in "\n".join(b.text for b in deck.slides[1].blocks)
    [warning] = deck.warnings
    assert (warning.code, warning.unit) == ("damaged-slide", 1)
    assert warning.message.startswith("slide XML is not well-formed (")
    doc = Engine(Settings()).run(hostile[name])
    assert [it.title for it in doc.items] == ["1.1 Street lighting survey"]
    assert [(w.code, w.unit) for w in doc.warnings] == [("damaged-slide", 1)]


def test_shape_the_reader_raises_on_costs_only_that_shape(hostile: dict[str, Path]) -> None:
    deck = read_deck(hostile["bad-table-cell.pptx"], Settings())
    assert not any(b.kind.value == "table" for s in deck.slides for b in s.blocks)
    assert "Lead: Ana Torres" in "\n".join(b.text for b in deck.slides[1].blocks)
    assert [(w.code, w.unit) for w in deck.warnings] == [("damaged-shape", 2)]


def test_pdf_page_a_reader_raises_on_costs_only_that_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page whose assembly raises (here the table finder, as pdfplumber does on a damaged page) is that
    page's damaged-page warning; the pages around it are read."""
    import plandeck.extract.read.pdf as pdf_reader

    path = tmp_path / "three-pages.pdf"
    path.write_bytes(many_pages_pdf(3))
    real = pdf_reader.page_tables
    calls = []

    def flaky(*args: object, **kwargs: object) -> list:
        calls.append(1)
        if len(calls) == 2:
            raise KeyError("/Widths")
        return real(*args, **kwargs)

    monkeypatch.setattr(pdf_reader, "page_tables", flaky)
    deck = read_deck(path, Settings(ocr=False))
    assert [bool(s.blocks) for s in deck.slides] == [True, False, True]
    assert [(w.code, w.unit) for w in deck.warnings] == [("damaged-page", 2)]
    assert "KeyError" in deck.warnings[0].message or "/Widths" in deck.warnings[0].message


def test_missing_slide_part_costs_only_that_slide(hostile: dict[str, Path]) -> None:
    deck = read_deck(hostile["missing-slide.pptx"], Settings())
    assert [s.number for s in deck.slides] == [1, 2]
    assert deck.slides[0].blocks and not deck.slides[1].blocks
    assert any(w.code == "damaged-slide" and w.unit == 2 for w in deck.warnings)


def test_truncated_pdf_is_repaired_with_a_warning(hostile: dict[str, Path]) -> None:
    deck = read_deck(hostile["truncated-tail.pdf"], Settings(ocr=False))
    assert any("Street lighting" in b.text for s in deck.slides for b in s.blocks)
    assert any(w.code == "repaired" for w in deck.warnings)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs tesseract")
def test_image_bomb_is_not_decoded(hostile: dict[str, Path]) -> None:
    deck = read_deck(hostile["image-bomb.pdf"], Settings())
    assert [w.code for w in deck.warnings] == ["ocr-skipped"]
    assert "pixels" in deck.warnings[0].message


@pytest.mark.parametrize("name", ["zip-bomb.pptx", "encrypted.pdf", "x.pptx", "random-bytes.pptx"])
def test_cli_reports_one_line_without_traceback(name: str, hostile: dict[str, Path], tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "plandeck.cli", "extract", str(hostile[name]), "-o",
                           str(tmp_path / "out"), "--format", "json", "--quiet"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if name in line]
    assert len(errors) == 1, proc.stderr
