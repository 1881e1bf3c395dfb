"""Deterministic action-plan decks for the benchmark: PPTX built with python-pptx, PDF rendered by LibreOffice.

A deck of ``n`` slides has a title slide, then one slide per deliverable (title placeholder
plus "Leader:", "Timeline:", "Expected publication date:", "Scope:" and "Planned e-meetings:"
with month bullets), and in place of every tenth slide a table of the working groups of the
deliverable before it (header "<deliverable> Working Group", Leader, Timeline, ...). The same
seed gives the same bytes (fixed core properties and zip timestamps), so rendered PDFs can be
cached by the PPTX's hash.
"""
from __future__ import annotations

import hashlib
import random
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

# The sample decks' deterministic save (fixed zip timestamps); appended, so a PYTHONPATH copy of plandeck wins.
sys.path.append(str(Path(__file__).resolve().parents[1]))
from pptx import Presentation
from pptx.util import Inches, Pt

from samples.decks._kit import save

TITLE_SLIDE, TITLE_AND_CONTENT, TITLE_ONLY = 0, 1, 5
TABLE_EVERY = 10

_FIRST = ["Ana", "Pieter", "Femi", "Marta", "Okan", "Gulnara", "Ramon", "Helena", "Warren", "Leonidas",
          "Ines", "Kenji", "Sofia", "Tomas", "Amara", "Lucas", "Nadia", "Youssef", "Claire", "Mateo"]
_LAST = ["Kowalczyk", "de Vries", "Adeyemi", "Silva", "Geray", "Roll", "Ferri", "Marsh", "Smith", "Anthopoulos",
         "Moreau", "Tanaka", "Rossi", "Novak", "Okafor", "Martin", "Haddad", "Benali", "Dubois", "Garcia"]
_ORGS = ["UNECE", "ITU", "Digital Dubai", "Port of Kallsund", "City of Valencia", "Delta Quay Energy",
         "Atlantic Logistics Research Centre", "Civic Purchasing Institute", "UN-Habitat", "Smart Cities Council",
         "Lagoon Maritime Safety Agency", "Urban Data Lab", "Metro Transit Authority", "WHO"]
_TOPICS = ["Smart Public Health", "Urban Resilience", "Digital Twins", "Open Data Platforms", "Shore Power",
           "Circular Economy", "Street Lighting", "Mobility as a Service", "Water Management", "AI in Cities",
           "Procurement", "Energy Efficiency", "Citizen Engagement", "Climate Adaptation", "Cybersecurity"]
_KINDS = ["Guidelines", "Handbook", "Case Studies", "Framework", "Toolkit", "Report", "Checklist", "Methodology"]
_SCOPE = ["A practical guide for local governments", "with case studies from member cities",
          "covering governance, financing and data sharing", "to support comparable reporting across members",
          "building on the lessons of the previous cycle", "with a checklist for first steps",
          "and a set of key performance indicators", "drawing on pilots in ten cities"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_STATUS = ["In progress", "Completed", "Published", "Delayed", "Not started"]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)} ({rng.choice(_ORGS)})"


def _title(rng: random.Random, number: int) -> str:
    return f"{rng.choice(_KINDS)} on {rng.choice(_TOPICS)} {number}"


def _timeline(rng: random.Random) -> tuple[int, str]:
    start = rng.choice([2021, 2022, 2023])
    return start, f"{start}-{start + rng.choice([1, 1, 2])}"


def _deliverable_slide(prs, rng: random.Random, number: int) -> str:
    """One deliverable; returns its title."""
    slide = prs.slides.add_slide(prs.slide_layouts[TITLE_AND_CONTENT])
    title = _title(rng, number)
    slide.shapes.title.text = title
    body = slide.placeholders[1]
    body.left, body.top, body.width, body.height = Inches(0.5), Inches(1.5), Inches(9.0), Inches(5.6)
    start, timeline = _timeline(rng)
    leaders = _person(rng) if rng.random() < 0.7 else f"{_person(rng)} and {_person(rng)}"
    months = rng.sample(range(12), rng.randint(2, 5))
    lines = [
        (0, f"Leader: {leaders}"),
        (0, f"Timeline: {timeline}"),
        (0, f"Expected publication date: Q{rng.randint(1, 4)} {start + 1}"),
        (0, "Scope: " + ", ".join(rng.sample(_SCOPE, 2)) + "."),
        (0, "Planned e-meetings:"),
        *((1, f"{_MONTHS[m]} {start + 1}") for m in sorted(months)),
    ]
    frame = body.text_frame
    for i, (level, text) in enumerate(lines):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.text = text
        para.level = level
        for run in para.runs:
            run.font.size = Pt(14 if level == 0 else 12)
    return title


def _table_slide(prs, rng: random.Random, parent: str) -> None:
    """The working groups of the deliverable on the slide before, as a table (its rows are child items)."""
    slide = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    slide.shapes.title.text = f"{parent} Working Groups"
    header = [f"{parent} Working Group", "Leader", "Timeline", "Expected publication date", "Planned e-meetings",
              "Status"]
    rows = [header]
    for k in range(1, rng.randint(3, 5) + 1):
        start, timeline = _timeline(rng)
        months = ", ".join(f"{_MONTHS[m][:3]} {start + 1}" for m in sorted(rng.sample(range(12), 2)))
        rows.append([f"WG{k} - {rng.choice(_TOPICS)} {rng.choice(_KINDS)}", _person(rng), timeline,
                     f"Q{rng.randint(1, 4)} {start + 1}", months, rng.choice(_STATUS)])
    shape = slide.shapes.add_table(len(rows), len(header), Inches(0.3), Inches(1.5), Inches(9.4),
                                   Inches(0.5 * len(rows)))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = shape.table.cell(r, c)
            cell.text = text
            for para in cell.text_frame.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(10)


def build_pptx(path: Path, slides: int, seed: int) -> Path:
    """Write an action-plan deck of ``slides`` slides; same arguments, same bytes."""
    rng = random.Random(seed)
    prs = Presentation()
    cp = prs.core_properties
    cp.title = cp.author = cp.last_modified_by = f"Benchmark plan {seed}"
    cp.created = cp.modified = cp.last_printed = datetime(2023, 1, 1)
    cp.revision = 1
    title = prs.slides.add_slide(prs.slide_layouts[TITLE_SLIDE])
    title.shapes.title.text = f"{rng.choice(_TOPICS)} Action Plan"
    title.placeholders[1].text = "2022-2023"
    parent = "Programme"
    for number in range(2, slides + 1):
        if number % TABLE_EVERY == 0:
            _table_slide(prs, rng, parent)
        else:
            parent = _deliverable_slide(prs, rng, number)
    return save(prs, path)


def render_pdfs(decks: list[Path], cache: Path) -> dict[Path, Path]:
    """PDF of each deck, rendered once by LibreOffice and cached under ``cache`` by the PPTX's hash."""
    cache.mkdir(parents=True, exist_ok=True)
    wanted = {deck: cache / f"{hashlib.sha256(deck.read_bytes()).hexdigest()[:20]}.pdf" for deck in decks}
    missing = [deck for deck, pdf in wanted.items() if not pdf.exists()]
    if missing:
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice is None:
            raise SystemExit("LibreOffice (soffice) is needed to render the PDF decks")
        with tempfile.TemporaryDirectory() as work:
            staged = Path(work) / "in"
            staged.mkdir()
            for deck in missing:  # hash-named copies, so the rendered PDF gets its cache name directly
                shutil.copyfile(deck, staged / (wanted[deck].stem + ".pptx"))
            subprocess.run([soffice, f"-env:UserInstallation=file://{work}/profile", "--headless",
                            "--convert-to", "pdf", "--outdir", str(cache), *sorted(map(str, staged.iterdir()))],
                           check=True, capture_output=True, timeout=1800)
    for deck, pdf in wanted.items():
        if not pdf.exists():
            raise SystemExit(f"LibreOffice did not render {deck.name}")
    return wanted
