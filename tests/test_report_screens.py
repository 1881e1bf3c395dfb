"""The report on a phone and on a desktop, measured in headless Chromium: fit, text size, contrast.

Looking at a page is not a test, so the report is opened at 390 px (a phone) and 1400 px
(a desktop) wide through the DevTools protocol (tests/cdp.py: the command line cannot lay a
page out narrower than 500 px), tests/report_measure.js is evaluated in it, and its figures are checked:
nothing wider than the screen, chart text at least 11 px, WCAG AA contrast for every
text and chart mark against what is actually drawn beneath it. Screenshots of the real
page at both widths are saved under tests/artifacts/ (ignored by git) for a person to look at.
"""
from __future__ import annotations

import json
import re
import shutil
import struct
from pathlib import Path

import pytest

from plandeck import schema
from tests.cdp import Browser
from tests.conftest import SAMPLES
from tests.test_diff import NEW, OLD, document, item, period, plandeck, role
from tests.test_report import ARTIFACTS

MEASURE = Path(__file__).resolve().parent / "report_measure.js"
PHONE, TABLET, DESKTOP = 390, 800, 1400  # the tablet: the wide chart in its own scroll box
# Two U4SSC years and a plan of another organisation, from a PDF: the caveat, page links and both kinds of
# deck; the fixture adds a plan of unbreakable words (stress_plan).
INPUTS = [SAMPLES / f"{OLD}.pptx", SAMPLES / f"{NEW}.pptx", SAMPLES / "awp-work-plan-2024-2025.pdf"]


def luminance(rgb: list[float]) -> float:
    """WCAG 2 relative luminance of an sRGB colour given as 0-255 channels."""
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in (v / 255 for v in rgb[:3])]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(fg: list[float], bg: list[float]) -> float:
    """WCAG 2 contrast ratio; a translucent foreground is first composited onto the background."""
    alpha = fg[3] if len(fg) > 3 else 1.0
    fg = [alpha * f + (1 - alpha) * b for f, b in zip(fg[:3], bg[:3], strict=True)]
    hi, lo = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_contrast_formula_matches_wcag_examples() -> None:
    assert contrast([0, 0, 0], [255, 255, 255]) == pytest.approx(21.0)
    assert contrast([118, 118, 118], [255, 255, 255]) == pytest.approx(4.54, abs=0.01)  # #767676, the AA edge
    assert contrast([0, 0, 0, 0.0], [255, 255, 255]) == pytest.approx(1.0)


def stress_plan() -> schema.Document:
    """A plan whose words do not break: a URL-long title, scope and leader, deep nesting, a decade of dates."""
    word = "Interoperability" * 8
    url = "https://example.org/" + "a-very-long-path-segment/" * 8 + "report.pdf"
    items = [item("root", f"{word} programme", timeline=period("2026-2035", "2026", "2035"),
                  scope=f"See {url} and {word}.", leaders=[role(word, url)])]
    for depth in range(1, 6):
        items.append(item(f"n{depth}", f"Level {depth} {word}", parent=f"n{depth - 1}" if depth > 1 else "root",
                          publication=period("2030", "2030", "2030"), meetings=[schema.Meeting(month="2027-01")]))
    return document(items, period="2026-2035", file=f"{word}.pptx")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The report as the installed command writes it."""
    out = tmp_path_factory.mktemp("report") / "report.html"
    stress = out.with_name("stress.json")
    stress.write_text(stress_plan().to_json(), "utf-8")
    run = plandeck("report", *map(str, INPUTS), str(stress), "-o", str(out))
    assert run.returncode == 0, run.stderr
    return out


def test_cli_report_names_the_organisations_and_links_pdf_pages(report: Path) -> None:
    page = report.read_text("utf-8")
    assert "Plans of different organisations:</strong> U4SSC; AWP." in page
    assert re.search(r'href="[^"]*/awp-work-plan-2024-2025\.pdf#page=\d+"', page)
    assert not re.search(r"\.pdf#slide=", page) and re.search(r"\.pptx#slide=\d+", page)


@pytest.fixture(scope="module")
def screens(report: Path) -> dict[int, dict]:
    """Per width: the figures of tests/report_measure.js; the screenshots go to tests/artifacts/ on the way."""
    exe = shutil.which("chromium")
    if exe is None:
        pytest.skip("chromium is not installed (apt-get install -y chromium): the report is not checked in a browser")
    ARTIFACTS.mkdir(exist_ok=True)
    out = {}
    with Browser(exe, report.parent / "profile") as browser:
        for width in (PHONE, TABLET, DESKTOP):
            browser.open(report.as_uri(), width, 900, mobile=width == PHONE)
            requested = browser.requested
            height = browser.evaluate("document.documentElement.scrollHeight")
            for name, shot_height in ((f"report-{width}.png", 1600), (f"report-{width}-full.png", height)):
                (ARTIFACTS / name).unlink(missing_ok=True)
                browser.screenshot(ARTIFACTS / name, width, shot_height)
            browser.resize(width, height, mobile=width == PHONE)
            out[width] = {**json.loads(browser.evaluate(MEASURE.read_text("utf-8"))), "requested": requested}
    return out


@pytest.fixture(params=[PHONE, TABLET, DESKTOP], ids=["phone", "tablet", "desktop"])
def measured(request: pytest.FixtureRequest, screens: dict[int, dict]) -> dict:
    data = screens[request.param]
    # A phone zooms out to show a page wider than the screen: its layout width then grows past the screen's.
    assert data["width"] == request.param, "the page is wider than the screen"
    return data


def test_the_page_fetches_nothing_but_itself(report: Path, measured: dict) -> None:
    assert measured["requested"] == [report.as_uri()]


def test_nothing_is_wider_than_the_screen(measured: dict) -> None:
    assert measured["docScrollWidth"] <= measured["width"], "the page scrolls sideways"
    assert measured["cut"] == [], "elements reach past the edge of the screen"


def test_on_a_phone_tables_and_chart_reflow_instead_of_scrolling(screens: dict[int, dict]) -> None:
    boxes = screens[PHONE]["boxes"]
    assert any("narrow" in b["cls"] for b in boxes) and not any("wide" in b["cls"] for b in boxes)
    assert len([b for b in boxes if b["cls"] == "scroll"]) >= 9, "items, leaders, meetings, diffs"
    wide = [b for b in boxes if b["scrollWidth"] > b["clientWidth"]]
    assert wide == [], "on a phone every table is a stack of cards and the chart fits"


def test_on_a_tablet_only_the_wide_chart_scrolls_in_its_box(screens: dict[int, dict]) -> None:
    boxes = screens[TABLET]["boxes"]
    assert {b["cls"] for b in boxes if b["scrollWidth"] > b["clientWidth"]} == {"gantt-box wide"}


def test_on_a_desktop_the_wide_chart_fits_without_scrolling(screens: dict[int, dict]) -> None:
    boxes = screens[DESKTOP]["boxes"]
    charts = [b for b in boxes if "gantt-box" in b["cls"]]
    assert len(charts) == 4 and all("wide" in b["cls"] and b["scrollWidth"] <= b["clientWidth"] for b in charts)


def test_chart_text_is_at_least_11px(measured: dict) -> None:
    fonts = measured["chartFonts"]
    assert len(fonts) > 30 and min(fonts) >= 11, min(fonts or [0])
    assert measured["clippedText"] == [], "shortened titles must end inside the chart"


def test_every_text_has_aa_contrast(measured: dict) -> None:
    texts = measured["texts"]
    assert len(texts) > 300
    low = []
    for t in texts:
        large = t["size"] >= 24 or (t["size"] >= 18.66 and t["weight"] >= 700)
        ratio = contrast(t["fg"], t["bg"])
        if ratio < (3.0 if large else 4.5):
            low.append((t["text"], t["fg"], t["bg"], round(ratio, 2)))
    assert low == []


def test_every_chart_mark_has_3_to_1_contrast(measured: dict) -> None:
    # The plan-period band is ground, not a mark: its dashed edges carry it (and are checked here).
    marks = [m for m in measured["marks"] if "plan-period" not in m["cls"]]
    assert {"plan-edge", "publication-span", "recurrence", "meeting", "publication"} <= {m["cls"] for m in marks}
    low = []
    for m in marks:
        colours = [c for c in (m["fill"], m["stroke"] if m["strokeWidth"] >= 1 else None) if c and c[3] > 0]
        best = max((contrast(c, m["bg"]) for c in colours), default=0.0)
        if best < 3.0:
            low.append((m["cls"], m["legend"], m["fill"], m["stroke"], m["bg"], round(best, 2)))
    assert low == []


@pytest.mark.parametrize("width", [PHONE, TABLET, DESKTOP])
def test_screenshots_are_saved_as_artifacts(screens: dict[int, dict], width: int) -> None:
    """The top of the page and the whole page, at phone and desktop width, for a person to look at."""
    for name, height in ((f"report-{width}.png", 1600), (f"report-{width}-full.png", screens[width]["docHeight"])):
        head = (ARTIFACTS / name).read_bytes()[:24]
        assert head[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", head[16:24]) == (width, height)
        assert (ARTIFACTS / name).stat().st_size > 40_000, "the screenshot looks empty"
