"""Regression tests for bugs found on decks by other authors, each named after its bug.

Decks are built in the test (python-pptx, reportlab); every name and title is made up.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import landscape
from reportlab.pdfgen import canvas

from plandeck.pipeline import extract
from tests.deckkit import Deck


def test_remark_after_closing_scope_is_a_note_not_scope(tmp_path: Path) -> None:
    deck = Deck()
    deck.slide("Noise Atlas of the Old Town", ["Lead: Ana Ruiz (Civic Sound Lab)", "Status: ongoing",
                                               "Scope: Map the night-time noise of every street.",
                                               "First draft circulated to members in May 2024."])
    doc = extract(deck.save(tmp_path / "remark.pptx"))
    [item] = doc.items
    assert item.scope == "Map the night-time noise of every street."
    assert "First draft circulated to members in May 2024." in item.notes


def test_sentence_between_scope_and_next_label_stays_scope(tmp_path: Path) -> None:
    deck = Deck()
    deck.slide("Noise Atlas of the Old Town", ["Lead: Ana Ruiz (Civic Sound Lab)",
                                               "Scope: Map the night-time noise of every street.",
                                               "The atlas builds on the 2022 sensor survey.",
                                               "Timeline: 2024-2025"])
    doc = extract(deck.save(tmp_path / "between.pptx"))
    [item] = doc.items
    assert item.scope == ("Map the night-time noise of every street. "
                          "The atlas builds on the 2022 sensor survey.")


def test_bold_heading_beats_plain_line_just_before_the_labels(tmp_path: Path) -> None:
    deck = Deck()
    slide = deck.blank()
    deck.textbox(slide, ["Noise Programme"], 0.4, 0.3, 4.3, 0.6, size=24, bold=True)
    deck.textbox(slide, ["Leader: Bo Lind (Civic Sound Lab)", "Timeline: 2024"], 0.4, 1.2, 4.3, 2.0, size=14)
    deck.textbox(slide, ["Quiet Streets Hub"], 5.2, 0.3, 4.3, 0.6, size=20, bold=True)
    deck.textbox(slide, ["The hub links member cities that test quiet-street designs.",
                         "Quiet Streets Hub (with partner cities)",
                         ("Leader: Ana Ruiz (Civic Sound Lab)", 1), ("Timeline: 2024-2026", 1)],
                 5.2, 1.2, 4.3, 3.0, size=14)
    doc = extract(deck.save(tmp_path / "heading.pptx"))
    assert [it.title for it in doc.items] == ["Noise Programme", "Quiet Streets Hub"]


def test_ruled_table_is_not_widened_over_the_fields_beside_it(tmp_path: Path) -> None:
    """A whitespace reading of a two-column PDF page took the left column's fields into the right column's table."""
    path = tmp_path / "two-columns.pdf"
    width, height = landscape((540, 960))
    c = canvas.Canvas(str(path), pagesize=(width, height))
    c.setFont("Helvetica-Bold", 22)
    c.drawString(30, height - 40, "Sensing and outreach")
    c.setFont("Helvetica-Bold", 15)
    c.drawString(30, height - 80, "WP4 – Sensor network")
    c.drawString(500, height - 80, "WP5 – Outreach")
    c.setFont("Helvetica", 12)
    c.drawString(500, height - 110, "Lead: Ana Ruiz")
    c.drawString(500, height - 128, "Status: on track")
    rows = [["Output", "Owner", "Due", "Status"], ["Street festival kit", "Ana Ruiz", "mid-2025", "On track"],
            ["School workshop series", "Ana Ruiz", "Q4 2024", "Done"]]
    xs = [500, 660, 750, 830, 920]
    top = height - 150
    # The left column's lines sit level with the table's rows and run on below it.
    left = ["Lead: Bo Lind", "Civic Sound Lab", "Status: delayed", "Duration: 2024-2026",
            "Scope: Install and run forty sensors.", "Meetings: quarterly from March 2024"]
    for i, text in enumerate(left):
        c.drawString(30, top - 14 - 20 * (i - 1), text)
    for r, row in enumerate(rows):
        y = top - 20 * r
        for k, text in enumerate(row):
            c.drawString(xs[k] + 4, y - 14, text)
    for r in range(len(rows) + 1):
        c.line(xs[0], top - 20 * r, xs[-1], top - 20 * r)
    for x in xs:
        c.line(x, top, x, top - 20 * len(rows))
    c.showPage()
    c.save()
    doc = extract(path)
    titles = {it.title: it for it in doc.items}
    assert titles["Sensor network"].status == "ongoing"
    assert titles["Sensor network"].recurrence is not None
    kids = [it.title for it in doc.items if it.parent == titles["Outreach"].id]
    assert kids == ["Street festival kit", "School workshop series"]


def test_person_named_without_organisation_is_identified_from_elsewhere_in_the_deck(tmp_path: Path) -> None:
    deck = Deck()
    deck.slide("D1 – Street Noise Handbook", ["Lead: Ana Ruiz – Civic Sound Lab", "Status: ongoing"])
    deck.slide("D2 – Quiet Courtyards Guide", ["Co-chairs: Bo Lind and Ana Ruiz", "Status: planned"])
    doc = extract(deck.save(tmp_path / "people.pptx"))
    roles = {r.name: r for r in doc.items[1].leaders}
    assert roles["Ana Ruiz"].affiliation is None
    assert roles["Ana Ruiz"].organisation == "Civic Sound Lab"
    assert roles["Bo Lind"].organisation is None


def test_group_noun_before_the_code_gives_code_and_working_group(tmp_path: Path) -> None:
    deck = Deck()
    deck.slide("Arbeitsgruppe AG3: Lärmkarten der Altstadt", ["Leitung: Ana Ruiz (Stadt Nordhafen)",
                                                             "Status: laufend"])
    doc = extract(deck.save(tmp_path / "ag.pptx"))
    [item] = doc.items
    assert (item.code, item.title, item.kind) == ("AG3", "Lärmkarten der Altstadt", "working_group")


def test_email_after_a_leader_is_no_person(tmp_path: Path) -> None:
    deck = Deck()
    deck.slide("Street Noise Handbook", ["Lead: Dr. Bo Lind, Civic Sound Lab, b.lind@example.org",
                                         "Status: ongoing"])
    doc = extract(deck.save(tmp_path / "mail.pptx"))
    [item] = doc.items
    assert [(r.name, r.affiliation) for r in item.leaders] == [("Bo Lind", "Civic Sound Lab")]


def test_month_and_year_is_no_code() -> None:
    from plandeck.codes import grammar

    assert not grammar().is_code("March 2024")
    assert grammar().split("June 2024 – Review of the plan") == (None, "June 2024 – Review of the plan")


def test_project_months_count_from_the_start_and_a_parent_column_names_the_work_package(tmp_path: Path) -> None:
    deck = Deck()
    deck.slide("Harbour Light Project", ["Project start: 1 March 2025 (M1)", "Coordinator: Tessa Holm"])
    slide = deck.slide("Work packages")
    deck.table(slide, [["WP", "Title", "Lead partner", "Months"],
                       ["WP1", "Coordination and reporting", "NHL", "M1–M24"],
                       ["WP2", "Pilot lighting sites", "SEA", "M4–M18"]])
    slide = deck.slide("Deliverables")
    deck.table(slide, [["No.", "Deliverable", "WP", "Lead partner", "Due"],
                       ["D1.1", "Project handbook", "1", "NHL", "M3"],
                       ["D2.1", "Pilot site report", "2", "SEA", "M12"]])
    deck.slide("Next steps", ["Agree the handbook by M3"])
    doc = extract(deck.save(tmp_path / "eu.pptx"))
    by_code = {it.code: it for it in doc.items}
    assert set(by_code) == {"WP1", "WP2", "D1.1", "D2.1"}  # the title slide's coordinator is no item
    assert (by_code["WP2"].timeline.from_, by_code["WP2"].timeline.to) == ("2025-06", "2026-08")
    assert (by_code["D2.1"].publication.from_, by_code["D2.1"].publication.to) == ("2026-02", "2026-02")
    assert by_code["D1.1"].parent == by_code["WP1"].id and by_code["D2.1"].parent == by_code["WP2"].id
    assert [(r.name, r.affiliation) for r in by_code["D2.1"].leaders] == [(None, "SEA")]


def test_owner_written_elsewhere_as_an_affiliation_is_an_organisation(tmp_path: Path) -> None:
    deck = Deck()
    deck.slide("Green Streets Action Log")
    slide = deck.slide("Actions 2025")
    deck.table(slide, [["Ref", "Action", "Owner", "Due", "Status"],
                       ["A1", "Plant 300 street trees", "Trees & Open Spaces", "Dec 2025", "✔"],
                       ["A2", "Map the shade deficit", "Ida Marsh (Trees & Open Spaces)", "Jun 2025", "▶"],
                       ["A3", "Fix the verge mowing plan", "Trees & Open Spaces / Road Upkeep Team", "TBC", "○"]])
    deck.slide("Contact", ["green@example.org"])
    doc = extract(deck.save(tmp_path / "log.pptx"))
    roles = [[(r.name, r.affiliation) for r in it.leaders] for it in doc.items]
    assert roles == [[(None, "Trees & Open Spaces")], [("Ida Marsh", "Trees & Open Spaces")],
                     [(None, "Trees & Open Spaces"), (None, "Road Upkeep Team")]]
    assert doc.people[0].name == "Ida Marsh" and len(doc.people) == 1


def test_status_cell_holding_only_a_symbol_keeps_it(tmp_path: Path) -> None:
    deck = Deck()
    deck.slide("Green Streets Action Log")
    slide = deck.slide("Actions 2025")
    deck.table(slide, [["Ref", "Action", "Owner", "Status"], ["A1", "Plant 300 street trees", "Ida Marsh", "✔"],
                       ["A2", "Map the shade deficit", "Ida Marsh", "▶"], ["A3", "Publish the map", "Ida Marsh", "○"]])
    deck.slide("Contact", ["green@example.org"])
    doc = extract(deck.save(tmp_path / "symbols.pptx"))
    assert [it.status for it in doc.items] == ["completed", "ongoing", "planned"]


def test_gantt_chart_shaded_months_and_milestones_give_drawn_periods(tmp_path: Path) -> None:
    from pptx.dml.color import RGBColor

    deck = Deck()
    deck.slide("Quiet Parks Delivery Plan 2027")
    slide = deck.slide("Timeline 2027")
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    rows = [["Workstream", "Lead", *months], ["Bench survey", "Ida Marsh", "", "", "", "◆", "", ""],
            ["Signage refresh", "Bo Lind", "", "", "", "", "", "◆"]]
    deck.table(slide, rows)
    table = next(s for s in slide.shapes if s.has_table).table
    shaded = {1: [0, 1, 2], 2: [2, 3, 4]}  # month indices per body row; dark fill, white elsewhere
    for r in (1, 2):
        for c in range(len(rows[0])):
            cell = table.cell(r, c)
            cell.fill.solid()
            dark = c >= 2 and c - 2 in shaded[r]
            cell.fill.fore_color.rgb = RGBColor(0x1D, 0x78, 0x74) if dark else RGBColor(0xFF, 0xFF, 0xFF)
    deck.slide("Contact", ["parks@example.org"])
    doc = extract(deck.save(tmp_path / "gantt.pptx"))
    periods = [(it.title, it.timeline and (it.timeline.text, it.timeline.from_, it.timeline.to),
                it.publication and (it.publication.from_, it.publication.to)) for it in doc.items]
    assert periods == [("Bench survey", (None, "2027-01", "2027-03"), ("2027-04", "2027-04")),
                       ("Signage refresh", (None, "2027-03", "2027-05"), ("2027-06", "2027-06"))]


def test_start_and_end_columns_make_one_timeline_and_phase_gives_status(tmp_path: Path) -> None:
    deck = Deck()
    deck.slide("Harbour Works Portfolio 2026")
    slide = deck.slide("Projects")
    deck.table(slide, [["Project", "Sponsor", "Phase", "Start", "End"],
                       ["Quay wall survey", "Ida Marsh", "In delivery", "Apr 2026", "Jun 2027"],
                       ["Ferry ramp renewal", "Bo Lind", "Initiation", "Sep 2026", "Mar 2027"]])
    deck.slide("Contact", ["works@example.org"])
    doc = extract(deck.save(tmp_path / "portfolio.pptx"))
    got = [(it.title, it.status, it.timeline.from_, it.timeline.to, it.leaders[0].name) for it in doc.items]
    assert got == [("Quay wall survey", "ongoing", "2026-04", "2027-06", "Ida Marsh"),
                   ("Ferry ramp renewal", "planned", "2026-09", "2027-03", "Bo Lind")]


def test_course_timetable_is_no_plan(tmp_path: Path) -> None:
    deck = Deck()
    deck.slide("Harbour Safety Course 2026")
    deck.slide("Module 1 – Mooring basics", ["Lead trainer: Ida Marsh", "Status: confirmed"])
    slide = deck.slide("Timetable")
    deck.table(slide, [["Week", "Date", "Session", "Trainer"], ["1", "7 April 2026", "Module 1", "Ida Marsh"],
                       ["2", "14 April 2026", "Module 2", "Bo Lind"]])
    deck.slide("Contact", ["safety@example.org"])
    doc = extract(deck.save(tmp_path / "course.pptx"))
    assert doc.items == [] and "not-a-plan" in [w.code for w in doc.warnings]


def test_block_of_field_names_without_colons_reads_as_fields(tmp_path: Path) -> None:
    deck = Deck()
    deck.slide("Quiet Air Action Plan 2026")
    deck.slide("1. Anti-idling zones", ["Lead Ida Marsh, Selby Council", "When Q2 2026 – Q1 2027",
                                        "Status In progress", "Aim Cut idling at school gates."])
    deck.slide("Contact", ["air@example.org"])
    doc = extract(deck.save(tmp_path / "loose.pptx"))
    [item] = doc.items
    assert (item.leaders[0].name, item.status, item.timeline.from_, item.scope) == (
        "Ida Marsh", "ongoing", "2026-04", "Cut idling at school gates.")


def test_one_line_opening_with_a_field_word_is_not_a_field(tmp_path: Path) -> None:
    deck = Deck()
    deck.slide("Quiet Air Action Plan 2026")
    deck.slide("Anti-idling zones", ["Leader: Ida Marsh", "Timeline: 2026",
                                     "Status reports go to the board every quarter."])
    deck.slide("Contact", ["air@example.org"])
    doc = extract(deck.save(tmp_path / "prose.pptx"))
    assert doc.items[0].status is None


def test_indicator_table_with_baseline_and_target_is_no_items_table(tmp_path: Path) -> None:
    deck = Deck()
    deck.slide("Tenant Services Improvement Plan 2026")
    deck.slide("Repairs right first time", ["Lead: Ida Marsh", "By: June 2026", "Status: On track"])
    slide = deck.slide("How we will measure progress")
    deck.table(slide, [["Measure", "Baseline", "Target", "Reported"],
                       ["Repairs fixed at the first visit", "78%", "90%", "Quarterly"]])
    doc = extract(deck.save(tmp_path / "kpi.pptx"))
    assert [it.title for it in doc.items] == ["Repairs right first time"]
    assert (doc.items[0].publication.from_, doc.items[0].publication.to) == ("2026-06", "2026-06")


def test_owner_initials_are_read_through_the_decks_people_key(tmp_path: Path) -> None:
    deck = Deck()
    deck.slide("Open Data Action Plan 2026")
    deck.slide("Publish spending data", ["Owner: IM, BL", "Target: June 2026", "Status: started"])
    deck.slide("Who's who", ["IM – Ida Marsh, Civic Data Studio", "BL – Bo Lind (City Council)"])
    doc = extract(deck.save(tmp_path / "initials.pptx"))
    [item] = doc.items
    assert [(r.name, r.affiliation) for r in item.leaders] == [("Ida Marsh", "Civic Data Studio"),
                                                               ("Bo Lind", "City Council")]
    assert not [o for o in doc.organisations if o.acronym in ("IM", "BL")]


def test_numbered_axis_rows_are_parents_of_outline_numbered_actions(tmp_path: Path) -> None:
    deck = Deck()
    deck.slide("Plan d'actions 2026")
    slide = deck.slide("Tableau des actions")
    deck.table(slide, [["N°", "Action", "Pilote", "Échéance", "État"],
                       ["Axe 1 – Mobilité", "", "", "", ""],
                       ["1.1", "Schéma cyclable", "Service mobilités", "juin 2026", "En cours"],
                       ["Axe 2 – Énergie", "", "", "", ""],
                       ["2.1", "Cadastre solaire", "Mme Laure Bris (ALEC)", "mi-2026", "Fait"]])
    deck.slide("Contact", ["plan@example.org"])
    doc = extract(deck.save(tmp_path / "axes.pptx"))
    assert [(it.code, it.title, it.parent, it.status) for it in doc.items] == [
        ("Axe 1", "Mobilité", None, None), (None, "Schéma cyclable", doc.items[0].id, "ongoing"),
        ("Axe 2", "Énergie", None, None), (None, "Cadastre solaire", doc.items[2].id, "completed")]


def test_continued_slide_in_another_language_merges_with_its_item(tmp_path: Path) -> None:
    deck = Deck()
    deck.slide("Werkplan 2026")
    deck.slide("Groene schoolpleinen", ["Trekker: Ida Marsh (Gemeente Veen)", "Status: lopend"])
    deck.slide("Groene schoolpleinen (vervolg)", ["Overleg: maart 2026, juni 2026", "Doel: Tien pleinen vergroenen."])
    deck.slide("Contact", ["info@example.org"])
    doc = extract(deck.save(tmp_path / "vervolg.pptx"))
    [item] = doc.items
    assert item.title == "Groene schoolpleinen" and [m.month for m in item.meetings] == ["2026-03", "2026-06"]
    assert item.provenance.units == [2, 3]


def test_colonless_planning_line_without_a_date_is_no_timeline(tmp_path: Path) -> None:
    deck = Deck()
    deck.slide("Quiet Air Action Plan 2026")
    deck.slide("Anti-idling zones", ["Lead Ida Marsh, Selby Council", "Status In progress",
                                     "Aim Cut idling at school gates.", "Planning workshops with partners"])
    deck.slide("Contact", ["air@example.org"])
    doc = extract(deck.save(tmp_path / "planning.pptx"))
    assert doc.items[0].timeline is None


def test_dutch_en_joins_two_leaders() -> None:
    from plandeck.extract.people import PeopleParser
    from plandeck.vocabulary import load

    found = PeopleParser(load()).parse_line("Jan de Vries (Gemeente Veen) en mevr. Anna Bos (Provincie Noord)")
    assert [(m.name, m.affiliation) for m in found] == [("Jan de Vries", "Gemeente Veen"),
                                                        ("Anna Bos", "Provincie Noord")]


def test_organisation_spelled_out_only_in_its_own_leader_line_is_no_internal_error(tmp_path: Path) -> None:
    """"Jane Doe (Kestrel Institute of Technology (KIT))" as the only leader line failed the whole deck with
    ``min() arg is an empty sequence``: the affiliation was also the deck's only definition of KIT, and a form
    both defined and used counted as a mere definition, leaving its organisation with no used form."""
    for line in ("Leader: Jane Doe (Kestrel Institute of Technology (KIT))",
                 "Leader: Kestrel Institute of Technology (KIT)"):
        deck = Deck()
        deck.slide("Action Plan 2024")
        deck.slide("D1 Guidelines on quiet streets", [line, "Timeline: 2024"])
        doc = extract(deck.save(tmp_path / "kit.pptx"))
        [item] = doc.items
        [role] = item.leaders
        assert role.affiliation == "Kestrel Institute of Technology (KIT)"
        assert role.organisation == "Kestrel Institute of Technology"
        [org] = doc.organisations
        assert (org.name, org.acronym) == ("Kestrel Institute of Technology", "KIT")
