"""Authoring habits other secretariats have, on decks built here with python-pptx."""
from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from plandeck.pipeline import extract


def _bold_label_deck(path: Path) -> Path:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    slide.shapes.title.text = "Open data toolkit for towns"
    frame = slide.placeholders[1].text_frame
    for n, (label, value) in enumerate([("Chair", "Jane Doe (City of Oslo)"), ("Timeline", "Q3 2023 – H1 2024"),
                                        ("Status", "On track"), ("Status", "of the sector is unclear.")]):
        para = frame.paragraphs[0] if n == 0 else frame.add_paragraph()
        bold = para.add_run()
        bold.text = label
        bold.font.bold = True
        para.add_run().text = f" {value}"
    prs.save(path)
    return path


def test_bold_label_without_colon_is_a_label_but_bold_prose_is_not(tmp_path: Path) -> None:
    doc = extract(_bold_label_deck(tmp_path / "bold.pptx"))
    [item] = doc.items
    assert [(r.name, r.affiliation) for r in item.leaders] == [("Jane Doe", "City of Oslo")]
    assert item.timeline is not None and (item.timeline.from_, item.timeline.to) == ("2023-07", "2024-06")
    assert item.status == "ongoing" and item.status_text == "On track"
    assert item.notes == ["Status of the sector is unclear."]


def test_items_stacked_in_one_box_under_bold_headings(tmp_path: Path) -> None:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    slide.shapes.title.text = "Deliverables 2024"
    frame = slide.placeholders[1].text_frame
    rows = [("Urban heat atlas", True), ("Lead: Ana Lima (City of Porto)", False), ("Timeline: 2024", False),
            ("Status: ongoing", False), ("Mobility data hub", True), ("Lead: Tom Berg, Oslo Kommune", False),
            ("Timeline: H2 2024", False), ("Status: planned", False)]
    for n, (text, bold) in enumerate(rows):
        para = frame.paragraphs[0] if n == 0 else frame.add_paragraph()
        run = para.add_run()
        run.text = text
        run.font.bold = bold
        para.level = 0 if bold else 1
    prs.save(tmp_path / "stacked.pptx")
    doc = extract(tmp_path / "stacked.pptx")
    assert [it.id for it in doc.items] == ["urban-heat-atlas", "mobility-data-hub"]
    assert [(r.name, r.affiliation) for r in doc.items[1].leaders] == [("Tom Berg", "Oslo Kommune")]
    assert [it.status for it in doc.items] == ["ongoing", "planned"]
    assert doc.items[1].timeline is not None and doc.items[1].timeline.from_ == "2024-07"


def test_table_with_a_caption_row_above_its_header(tmp_path: Path) -> None:
    from pptx.util import Inches

    prs = Presentation()
    intro = prs.slides.add_slide(prs.slide_layouts[1])
    intro.shapes.title.text = "Data Platform Programme"
    intro.placeholders[1].text_frame.text = "Coordinator: Mia Svensson (Nordic Data Council)"
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    rows = [["Data Platform Programme working groups", "", ""], ["Working group", "Chair", "Status"],
            ["WG1 - Open APIs", "Lea Kurz (City of Graz)", "Completed"], ["WG2 - Sensors", "Ivo Dias", "Ongoing"]]
    table = slide.shapes.add_table(4, 3, Inches(0.5), Inches(1.5), Inches(9), Inches(3)).table
    table.cell(0, 0).merge(table.cell(0, 2))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).text = text
    prs.save(tmp_path / "caption.pptx")
    doc = extract(tmp_path / "caption.pptx")
    assert [(it.id, it.kind, it.status) for it in doc.items] == [
        ("data-platform-programme", "programme", None),
        ("data-platform-programme/wg1", "working_group", "completed"),
        ("data-platform-programme/wg2", "working_group", "ongoing")]
