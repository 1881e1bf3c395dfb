"""``plandeck review`` (issue 12, part 3): every slide beside its facts, boxes lit by hover or focus.

The page is checked as text (every slide, every fact, nothing fetched from outside) and in
headless Chromium: screenshots at desktop and phone width are saved under tests/artifacts
for a person to look at, and focusing or clicking a fact is checked to light its box.
"""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from plandeck.pipeline import extract
from plandeck.review import build_review
from tests.conftest import SAMPLES
from tests.deckkit import Deck

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
PDF = SAMPLES / "u4ssc-action-plan-2021-2022.pdf"
PPTX = SAMPLES / "u4ssc-action-plan-2021-2022.pptx"


def review(deck: Path, out: Path) -> str:
    """The installed command's page for ``deck``."""
    run = subprocess.run(["plandeck", "review", str(deck), "-o", str(out)], capture_output=True, text=True,
                         timeout=600)
    assert run.returncode == 0, run.stderr
    return out.read_text("utf-8")


@pytest.fixture(scope="module")
def pdf_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("review") / "pdf.review.html"
    review(PDF, out)
    return out


def facts_on_page(page: str) -> int:
    return len(re.findall(r'<button type="button" class="fact', page))


@pytest.mark.parametrize("deck", [PDF, PPTX], ids=["pdf", "pptx"])
def test_review_shows_every_slide_with_its_facts(deck: Path, tmp_path: Path) -> None:
    page = review(deck, tmp_path / "review.html")
    doc = extract(deck)
    sections = re.findall(r'<section class="slide" id="s(\d+)"', page)
    assert [int(n) for n in sections] == list(range(1, doc.source.units + 1))
    assert facts_on_page(page) == sum(len(it.provenance.values) for it in doc.items)
    assert page.count("<img ") == doc.source.units
    for it in doc.items:
        assert f"<code>{it.id}</code>" in page
    # Each fact with a box points at a drawn box of its own slide.
    for section in re.split(r'(?=<section class="slide")', page)[1:]:
        for target in re.findall(r'data-box="([^"]+)"', section):
            assert f'<rect id="{target}"' in section


def test_review_is_self_contained(pdf_page: Path) -> None:
    page = pdf_page.read_text("utf-8")
    assert "default-src 'none'" in page
    assert not re.search(r'(?:src|href)="(?!data:|#)', page), "the page must fetch nothing"


def test_review_draws_slides_without_libreoffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No LibreOffice: each PPTX slide is drawn from its boxes, text included, and the facts still sit on it."""
    import plandeck.extract.read.convert as convert

    monkeypatch.setattr(convert, "soffice_path", lambda: None)
    deck = Deck()
    deck.slide("Tree census", ["Leader: Maren Holt (City Lab)", "Timeline: 2025", "Status: planned <now>"])
    page = build_review(deck.save(tmp_path / "census.pptx"))
    assert 'alt="Slide 1, drawn' in page and "data:image/svg+xml;base64," in page
    assert "planned &lt;now&gt;" in page and "<now>" not in page
    assert facts_on_page(page) == 4  # title, status, leader, timeline


def test_review_of_unreadable_file_is_one_coded_line(tmp_path: Path) -> None:
    bad = tmp_path / "broken.pptx"
    bad.write_bytes(b"not a deck")
    run = subprocess.run(["plandeck", "review", str(bad), "-o", str(tmp_path / "x.html")], capture_output=True,
                         text=True)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and "broken.pptx" in run.stderr
    assert not (tmp_path / "x.html").exists()


# --- in a real browser --------------------------------------------------------------------------

def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("chromium")
    if exe is None:
        pytest.skip("chromium is not installed (apt-get install -y chromium): the page is not checked in a browser")
    cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
           "--virtual-time-budget=10000", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=180)


def with_script(page: Path, script: str, out: Path) -> Path:
    """A copy of the page that runs ``script`` once loaded: how a test presses a key or focuses a fact."""
    out.write_text(page.read_text("utf-8").replace("</body>", f"<script>{script}</script></body>"), "utf-8")
    return out


@pytest.mark.parametrize("size", ["1400,1500", "390,1900"], ids=["desktop", "phone"])
def test_browser_screenshot_is_saved_as_an_artifact(tmp_path: Path, pdf_page: Path, size: str) -> None:
    """Slide 2 with its leader focused (a headless screenshot is taken unscrolled, so the window is tall)."""
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / f"review-u4ssc-{'phone' if size.startswith('390') else 'desktop'}.png"
    shot.unlink(missing_ok=True)
    script = "document.querySelectorAll('#s2 .fact')[1].focus({preventScroll: true});"
    page = with_script(pdf_page, script, tmp_path / "focused.html")
    run = chromium(tmp_path, f"--screenshot={shot}", f"--window-size={size}", page.as_uri())
    assert run.returncode == 0 and shot.is_file(), run.stderr[-2000:]
    assert shot.stat().st_size > 30_000, "the screenshot looks empty"


@pytest.mark.parametrize("how", ["focus()", "click()"])
def test_focusing_or_clicking_a_fact_lights_its_box(tmp_path: Path, pdf_page: Path, how: str) -> None:
    script = (f"var f = document.querySelectorAll('#s3 .fact')[2]; f.{how};"
              "document.body.dataset.picked = f.dataset.box;")
    run = chromium(tmp_path, "--dump-dom", with_script(pdf_page, script, tmp_path / "picked.html").as_uri())
    assert run.returncode == 0, run.stderr[-2000:]
    dom = run.stdout
    picked = re.search(r'data-picked="([^"]+)"', dom)
    assert picked, "the script did not run"
    box = picked.group(1)
    lit = re.findall(r'<rect id="([^"]+)" class="box[^"]*\bhl\b', dom)
    assert lit == [box]
    assert re.search(rf'class="fact[^"]*\bactive\b[^"]*" data-box="{box}" aria-pressed="true"', dom)


def test_moving_focus_away_unlights_the_box(tmp_path: Path, pdf_page: Path) -> None:
    script = ("var f = document.querySelectorAll('#s3 .fact'); f[0].focus(); f[1].focus();"
              "document.body.dataset.picked = f[1].dataset.box;")
    run = chromium(tmp_path, "--dump-dom", with_script(pdf_page, script, tmp_path / "moved.html").as_uri())
    dom = run.stdout
    box = re.search(r'data-picked="([^"]+)"', dom).group(1)  # type: ignore[union-attr]
    assert re.findall(r'<rect id="([^"]+)" class="box[^"]*\bhl\b', dom) == [box]


def test_review_takes_the_same_limits_as_extract(tmp_path: Path) -> None:
    """The facts come from a supervised worker: its limits are parsed strictly, like every deck-reading command's."""
    run = subprocess.run(["plandeck", "review", str(PDF), "-o", str(tmp_path / "x.html"), "--time-limit", "nan"],
                         capture_output=True, text=True)
    assert run.returncode == 2 and "--time-limit" in run.stderr
    assert not (tmp_path / "x.html").exists()
