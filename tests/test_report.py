"""``plandeck report``: one self-contained, deterministic, escaped HTML page, checked in a real browser."""
from __future__ import annotations

import html
import re
import shutil
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


def charts(page: str, layout: str = "wide") -> list[str]:
    """The Gantt drawings of one layout (each chart is drawn wide and narrow; the legend has marks too)."""
    return re.findall(rf'<svg class="gantt {layout}".*?</svg>', page, flags=re.S)


def in_charts(page: str, pattern: str, layout: str = "wide") -> int:
    """Marks inside the Gantt charts of one layout only."""
    return sum(len(re.findall(pattern, svg)) for svg in charts(page, layout))


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
    for mark in ('<rect class="bar', '<polygon class="publication"', '<circle class="meeting"', "<text class="):
        assert in_charts(page, mark, "narrow") == in_charts(page, mark), f"both layouts draw every {mark}"
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
    assert "<a" in page.split('<td class="c-title" data-label="Title">')[1][:5], "table values are links"


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


# Chart classes that are the axis or the ground, read from the year labels, not from the legend.
AXIS = {"zebra", "year", "quarter", "label"}


def drawn_classes(svg: str) -> set[str]:
    return {k for attr in re.findall(r'class="([^"]*)"', svg) for k in attr.split()} - {"gantt", "wide", "narrow"}


def test_every_mark_in_a_chart_has_a_legend_entry(tmp_path: Path) -> None:
    """Regression (#13): the publication window line was drawn with no legend entry."""
    busy = document([item("a", "Open-ended", timeline=period("2022", "2022", "2023"), status="ongoing",
                          publication=period("mid 2023", "2023-05", "2023-08"),
                          meetings=[schema.Meeting(month="2022-03")],
                          recurrence=schema.Recurrence(freq="monthly", **{"from": "2022-03"}, text="monthly")),
                     item("b", "Cancelled", timeline=period("2022", "2022", "2022"), status="cancelled")],
                    period="2022-2023")
    page = build_report([LoadedPlan(tmp_path / "p.json", busy), *plans()], tmp_path)
    drawn = set().union(*(drawn_classes(svg) for layout in ("wide", "narrow") for svg in charts(page, layout)))
    assert {"publication-span", "recurrence", "plan-edge", "s-ongoing", "s-cancelled"} <= drawn
    legends = "".join(re.findall(r'<ul class="legend.*?</ul>', page, flags=re.S))
    assert drawn - AXIS <= drawn_classes(legends), drawn - AXIS - drawn_classes(legends)
    for status in ("proposed", "planned", "ongoing", "completed", "cancelled", "not stated"):
        assert f"</svg> {status}</li>" in legends, status


def test_pdf_values_link_to_page_n_and_slides_keep_slide_n(tmp_path: Path) -> None:
    """Regression (#13): PDF links used #slide=N, which no PDF viewer understands; #page=N opens the page."""
    pdf = document([item("a", "On page one", timeline=period("2022", "2022", "2022"))], period="2022-2022",
                   file="plan.pdf")
    pdf = pdf.model_copy(update={"source": pdf.source.model_copy(update={"format": "pdf"})})
    page = build_report([LoadedPlan(tmp_path / "plan.json", pdf)], tmp_path)
    links = [h for h in hrefs(page) if h.startswith("plan.pdf")]
    assert links and all(h == "plan.pdf" or h == "plan.pdf#page=1" for h in links), set(links)
    main = page.split("<main>")[1].split("</main>")[0]
    assert 'title="plan.pdf, page 1"' in main and "1 page ·" in main and "slide" not in main
    assert "#slide=" in build_report(plans(), tmp_path) and "#page=" not in build_report(plans(), tmp_path)


def org_plan(tmp_path: Path, name: str, organisation: str | None, year: str) -> LoadedPlan:
    doc = document([item("a", "Same work", timeline=period(year, year, year))], period=f"{year}-{year}")
    doc = doc.model_copy(update={"plan": doc.plan.model_copy(update={"organisation": organisation})})
    return LoadedPlan(tmp_path / f"{name}.json", doc)


def test_plans_of_different_organisations_carry_a_caveat(tmp_path: Path) -> None:
    a, b = org_plan(tmp_path, "a", "ITU", "2022"), org_plan(tmp_path, "b", "UNECE", "2023")
    page = build_report([a, b], tmp_path)
    assert page.count('class="caveat"') == 2, "under the title and in the changes between the two"
    assert "Plans of different organisations:</strong> ITU; UNECE." in page
    c = org_plan(tmp_path, "c", "ITU", "2024")
    three = build_report([a, c, b], tmp_path)
    changes = re.findall(r'<section class="diff".*?</section>', three, flags=re.S)
    assert ['class="caveat"' in s for s in changes] == [False, True], "only the pair that differs"


def test_same_organisation_written_differently_or_unnamed_gives_no_caveat(tmp_path: Path) -> None:
    same = [org_plan(tmp_path, "a", "U4SSC", "2022"), org_plan(tmp_path, "b", "u4ssc ", "2023"),
            org_plan(tmp_path, "c", None, "2024")]
    assert 'class="caveat"' not in build_report(same, tmp_path)
    assert 'class="caveat"' not in build_report(plans(), tmp_path)


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
