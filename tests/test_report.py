"""``plandeck report``: one self-contained, deterministic, escaped HTML page, checked in a real browser."""
from __future__ import annotations

import html
import re
import shutil
import struct
import subprocess
from pathlib import Path
from urllib.parse import unquote

import pytest

from plandeck import schema
from plandeck.compare.plans import LoadedPlan
from plandeck.report import build_report
from tests.conftest import SAMPLES
from tests.test_diff import NEW, OLD, document, extracted, item, period, plandeck

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
DECKS = [SAMPLES / f"{OLD}.pptx", SAMPLES / f"{NEW}.pptx"]


def plans() -> list[LoadedPlan]:
    return [LoadedPlan(DECKS[0], extracted(OLD)), LoadedPlan(DECKS[1], extracted(NEW))]


def in_charts(page: str, pattern: str) -> int:
    """Marks inside the Gantt charts only (the legend shows one of each too)."""
    return sum(len(re.findall(pattern, svg)) for svg in re.findall(r'<svg class="gantt".*?</svg>', page, flags=re.S))


def chart_bars(page: str) -> int:
    return in_charts(page, r'<rect class="bar s-[a-z]+"')


def hrefs(page: str) -> list[str]:
    return [html.unescape(h) for h in re.findall(r'href="([^"]*)"', page)]


def test_every_title_bar_and_change_is_on_the_page(tmp_path: Path) -> None:
    page = build_report(plans(), tmp_path)
    for doc in (extracted(OLD), extracted(NEW)):
        for it in doc.items:
            assert html.escape(it.title) in page, it.title
    timelines = sum(1 for d in (extracted(OLD), extracted(NEW)) for it in d.items if it.timeline)
    assert chart_bars(page) == timelines
    assert in_charts(page, '<polygon class="publication"') == sum(
        1 for d in (extracted(OLD), extracted(NEW)) for it in d.items if it.publication)
    assert in_charts(page, '<circle class="meeting"') == sum(len(it.meetings) for d in (extracted(OLD), extracted(NEW))
                                                       for it in d.items)
    assert 'id="changes-1-2"' in page and "Publication slipped 8 months (July 2022 -&gt; March 2023)" in page
    assert page.count('<tr class="change-added">') == 1 and page.count('<tr class="change-removed">') == 1


def test_values_link_to_deck_and_slide_relative_to_the_report(tmp_path: Path) -> None:
    out_dir = tmp_path / "reports" / "2023"
    page = build_report(plans(), out_dir)
    links = [h for h in hrefs(page) if not h.startswith("#")]
    assert links and all(".pptx" in h for h in links)
    for h in links:
        target = (out_dir / unquote(h.split("#")[0])).resolve()
        assert target in [d.resolve() for d in DECKS], h
    assert all(h.startswith("../../") for h in links), "relative to the report's folder"
    slide = re.search(r'href="([^"]*u4ssc-action-plan-2021-2022\.pptx#slide=7)" title="([^"]*)"', page)
    assert slide and slide.group(2) == "u4ssc-action-plan-2021-2022.pptx, slide 7"
    assert "<a" in page.split('<td class="c-title">')[1][:5], "table values are links"


def test_report_is_self_contained_and_deterministic(tmp_path: Path) -> None:
    page = build_report(plans(), tmp_path)
    assert page == build_report(plans(), tmp_path)
    lowered = page.lower()
    for fetch in ("<script", "<link", " src=", "@import", "url(", "<iframe", "<img"):
        assert fetch not in lowered, fetch
    assert "default-src 'none'" in page
    assert not re.search(r"\b20\d\d-\d\d-\d\dT\d\d:", page), "no timestamps"


def test_deck_text_is_escaped(tmp_path: Path) -> None:
    evil = '<script>alert("x")</script> & "quotes" \'single\''
    old = document([item("a", evil, timeline=period("2022", "2022", "2022"),
                         leaders=[schema.Role(name="<b>Eve</b>", affiliation="O\"rg", organisation="O\"rg")])],
                   period="2022-2022", file='evil"><script>x</script>.pptx')
    new = document([item("b", evil + " v2", timeline=period("2023", "2023", "2023"))], period="2023-2023")
    page = build_report([LoadedPlan(tmp_path / "old.json", old), LoadedPlan(tmp_path / "new.json", new)], tmp_path)
    assert "<script" not in page and "<b>Eve" not in page
    assert html.escape(evil) in page
    assert all('"' not in h and "<" not in h for h in re.findall(r'href="([^"]*)"', page))


def test_a_plan_without_dates_gets_a_note(tmp_path: Path) -> None:
    page = build_report([LoadedPlan(tmp_path / "p.json", document([item("a", "Undated")]))], tmp_path)
    assert "No dated items in this plan." in page and "Changes:" not in page


def test_cli_report_writes_one_file(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    run = plandeck("report", str(DECKS[1]), str(DECKS[0]), "-o", str(out))
    assert run.returncode == 0, run.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]
    page = out.read_text("utf-8")
    assert page.index("U4SSC Action Plan 2021-2022</h2>") < page.index("U4SSC Action Plan 2022-2023</h2>")
    assert plandeck("report", str(DECKS[1]), str(DECKS[0]), "-o", str(tmp_path / "again.html")).returncode == 0
    assert (tmp_path / "again.html").read_bytes() == out.read_bytes()


# --- in a real browser --------------------------------------------------------------------------

def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("chromium")
    if exe is None:
        pytest.skip("chromium is not installed (apt-get install -y chromium): the report is not checked in a browser")
    cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
           *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=180)


@pytest.fixture
def report_file(tmp_path: Path) -> Path:
    out = tmp_path / "report.html"
    out.write_text(build_report(plans(), tmp_path), "utf-8")
    return out


def test_browser_renders_every_title_and_the_bars(tmp_path: Path, report_file: Path) -> None:
    run = chromium(tmp_path, "--dump-dom", report_file.as_uri())
    assert run.returncode == 0 and "</html>" in run.stdout, run.stderr[-2000:]
    dom = run.stdout
    for doc in (extracted(OLD), extracted(NEW)):
        for it in doc.items:
            assert html.escape(it.title, quote=False) in dom, it.title
    assert chart_bars(dom) == sum(
        1 for d in (extracted(OLD), extracted(NEW)) for it in d.items if it.timeline)
    assert "<svg" in dom and 'class="diff"' in dom


def test_browser_screenshot_is_saved_as_an_artifact(tmp_path: Path, report_file: Path) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "report-u4ssc.png"
    shot.unlink(missing_ok=True)
    run = chromium(tmp_path, f"--screenshot={shot}", "--window-size=1400,2000", report_file.as_uri())
    assert run.returncode == 0 and shot.is_file(), run.stderr[-2000:]
    head = shot.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", head[16:24]) == (1400, 2000)
    assert shot.stat().st_size > 50_000, "the screenshot looks empty"
