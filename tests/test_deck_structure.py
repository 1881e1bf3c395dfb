"""How slides relate across a deck: one item from an overview row and its own slide,
"(cont.)" slides, deck-level slides that give no items, calendar slides, partner lists
that spell out acronyms, and items side by side on one slide.

Decks are built here with python-pptx (tests/deckkit.py); every name in them is made up.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from plandeck.pipeline import extract
from plandeck.schema import Document
from tests.deckkit import Deck


def _summary(doc: Document) -> list[tuple]:
    return [(it.id, it.code, it.status, it.timeline.text if it.timeline else None,
             [(r.name, r.affiliation) for r in it.leaders], it.provenance.units) for it in doc.items]


# --- one item across the deck ----------------------------------------------------------------------
def test_overview_table_and_detail_slides_give_one_item_each(tmp_path: Path) -> None:
    deck = Deck()
    deck.slide("Lakeside Network Action Plan 2025")
    deck.table(deck.slide("Deliverables at a glance"), [
        ["Deliverable", "Leader", "Timeline", "Status"],
        ["D1 - Wetland monitoring guide", "Ines Varga", "2025", "Planned"],
        ["D2 - Shoreline access toolkit", "Pavel Orn", "Q2 2025", "Ongoing"]])
    deck.slide("D1 - Wetland monitoring guide", ["Leader: Ines Varga", "Timeline: Q1 – Q3 2025", "Status: Ongoing",
                                                 "Scope: A field guide for volunteers."])
    deck.slide("D2 - Shoreline access toolkit", ["Leader: Pavel Orn", "Timeline: Q2 2025", "Status: Ongoing"])
    doc = extract(deck.save(tmp_path / "merge.pptx"))
    # The detail slide's values win over the overview row's.
    assert _summary(doc) == [
        ("wetland-monitoring-guide", "D1", "ongoing", "Q1 – Q3 2025", [("Ines Varga", None)], [2, 3]),
        ("shoreline-access-toolkit", "D2", "ongoing", "Q2 2025", [("Pavel Orn", None)], [2, 4])]
    assert doc.items[0].scope == "A field guide for volunteers."
    assert [p.name for p in doc.people] == ["Ines Varga", "Pavel Orn"]
    conflicts = [(w.message.split(": ")[1].split(" is ")[0], w.unit) for w in doc.warnings
                 if w.code == "conflicting-values"]
    assert sorted(conflicts) == [("status", 2), ("timeline", 2)]
    assert {w.code for w in doc.warnings} <= {"conflicting-values", "parent-not-found"}  # see tests/test_tables.py


def test_records_with_nearly_the_same_title_merge(tmp_path: Path) -> None:
    deck = Deck()
    deck.slide("Lakeside Network Action Plan 2025")
    deck.table(deck.slide("Deliverables at a glance"), [
        ["Deliverable", "Leader", "Status"], ["Wetland monitoring guide", "Ines Varga", "Ongoing"],
        ["Shoreline access toolkit", "Pavel Orn", "Planned"]])
    deck.slide("Wetland monitoring guides", ["Leader: Ines Varga", "Timeline: 2025"])
    doc = extract(deck.save(tmp_path / "near.pptx"))
    assert [(it.id, it.title, it.status, it.provenance.units) for it in doc.items] == [
        ("wetland-monitoring-guides", "Wetland monitoring guides", "ongoing", [2, 3]),
        ("shoreline-access-toolkit", "Shoreline access toolkit", "planned", [2])]
    assert doc.items[0].aliases == ["Wetland monitoring guide"]
    assert doc.warnings == []


def _continued(path: Path, title: str) -> Document:
    deck = Deck()
    deck.slide("Ridge Network Action Plan 2025")
    deck.slide("Trail maintenance atlas", ["Leader: Kim Aalto", "Timeline: 2025"])
    deck.slide(title, ["Status: Ongoing", "Meetings: March 2025"])
    return extract(deck.save(path))


@pytest.mark.parametrize("title", ["Trail maintenance atlas (cont.)", "Trail maintenance atlas (continued)",
                                   "Trail maintenance atlas (suite)"])
def test_continued_slide_goes_on_with_the_same_item(tmp_path: Path, title: str) -> None:
    doc = _continued(tmp_path / "cont.pptx", title)
    assert _summary(doc) == [("trail-maintenance-atlas", None, "ongoing", "2025", [("Kim Aalto", None)], [2, 3])]
    assert [m.month for m in doc.items[0].meetings] == ["2025-03"]
    assert doc.items[0].aliases == []
    assert doc.warnings == []


def test_dash_contd_slide_leaves_no_alias(tmp_path: Path) -> None:
    doc = _continued(tmp_path / "contd.pptx", "Trail maintenance atlas – cont'd")
    assert [(it.title, it.aliases) for it in doc.items] == [("Trail maintenance atlas", [])]


# --- deck-level slides -------------------------------------------------------------------------------
def test_about_and_at_a_glance_slides_give_no_item(tmp_path: Path) -> None:
    deck = Deck()
    deck.slide("Meadow Alliance Work Plan 2025")
    deck.slide("About the group", ["Chair: Rosa Feld (Meadow Alliance)", "Secretariat: Meadow Alliance Office",
                                   "Timeline: 2025"])
    deck.slide("Meadow Alliance at a glance", ["Chair: Rosa Feld", "Status: Ongoing"])
    deck.slide("WG1 - Hedgerow corridors", ["Leader: Tomas Brink (Town of Elmford)", "Timeline: 2025",
                                              "Status: Ongoing"])
    deck.slide("Contact", ["Secretariat: Meadow Alliance Office", "hello@meadow.invalid"])
    doc = extract(deck.save(tmp_path / "about.pptx"))
    assert _summary(doc) == [("hedgerow-corridors", "WG1", "ongoing", "2025",
                              [("Tomas Brink", "Town of Elmford")], [4])]
    assert doc.items[0].secretariat == []  # the group's chair and secretariat are not copied to its items
    assert [p.name for p in doc.people] == ["Tomas Brink"]
    assert doc.plan.contacts == ["hello@meadow.invalid"]
    assert doc.warnings == []


def test_about_slide_with_a_drawn_heading_gives_no_item(tmp_path: Path) -> None:
    deck = Deck()
    deck.slide("Meadow Alliance Work Plan 2025")
    slide = deck.blank()
    deck.textbox(slide, ["About the network"], 0.5, 0.3, 9, 0.8, size=32)
    deck.textbox(slide, ["Chair: Rosa Feld (Meadow Alliance)", "Timeline: 2025 – 2027", "Status: Ongoing"],
                 0.5, 1.8, 9, 3, size=16)
    deck.slide("WG1 - Hedgerow corridors", ["Leader: Tomas Brink", "Timeline: 2025"])
    doc = extract(deck.save(tmp_path / "about2.pptx"))
    assert [(it.code, [r.name for r in it.leaders]) for it in doc.items] == [("WG1", ["Tomas Brink"])]
    assert doc.warnings == []


def test_calendar_slide_rows_give_meetings_to_the_items_they_name(tmp_path: Path) -> None:
    deck = Deck()
    deck.slide("Fjordline Action Plan 2014")
    deck.slide("WG1 - Ferry data", ["Chair: Aud Kvist", "Timeline: 2014"])
    deck.slide("WG2 - Port energy", ["Chair: Per Vang", "Timeline: 2014"])
    deck.table(deck.slide("Calendar 2014"), [["Month", "Meeting"], ["March 2014", "WG1 kick-off"],
                                            ["June 2014", "WG1 and WG2 joint review"],
                                            ["October 2014", "Plenary of all members"]])
    doc = extract(deck.save(tmp_path / "calendar.pptx"))
    assert [(it.code, it.kind) for it in doc.items] == [("WG1", "working_group"), ("WG2", "working_group")]
    assert [[(m.month, m.groups) for m in it.meetings] for it in doc.items] == [
        [("2014-03", ["WG1"]), ("2014-06", ["WG1", "WG2"])], [("2014-06", ["WG1", "WG2"])]]
    assert [it.provenance.units for it in doc.items] == [[2, 4], [3, 4]]
    assert doc.warnings == []


# --- acronyms spelled out on partner slides -----------------------------------------------------------
def test_partner_table_gives_organisations_their_long_names(tmp_path: Path) -> None:
    deck = Deck()
    deck.slide("Delta Lab Work Plan 2025")
    deck.table(deck.slide("Partners"), [["Acronym", "Partner"],
                                        ["IRVN", "Institut de recherche des villes nouvelles"],
                                        ["KTU", "Kessler Technical University"]])
    deck.slide("WP1 - Sensor fusion", ["Leader: Mara Quill (IRVN)", "Timeline: 2025"])
    deck.slide("WP2 - Edge computing", ["Leader: Otto Brandt (KTU)", "Timeline: 2025 – 2026"])
    doc = extract(deck.save(tmp_path / "partners.pptx"))
    assert [[(r.name, r.affiliation, r.organisation) for r in it.leaders] for it in doc.items] == [
        [("Mara Quill", "IRVN", "Institut de recherche des villes nouvelles")],
        [("Otto Brandt", "KTU", "Kessler Technical University")]]
    assert [(o.name, o.acronym, o.aliases) for o in doc.organisations] == [
        ("Institut de recherche des villes nouvelles", "IRVN", ["IRVN"]),
        ("Kessler Technical University", "KTU", ["KTU"])]
    assert [(p.name, p.organisation) for p in doc.people] == [
        ("Mara Quill", "Institut de recherche des villes nouvelles"), ("Otto Brandt", "Kessler Technical University")]
    assert doc.warnings == []


def test_glossary_lines_and_text_definitions_give_long_names(tmp_path: Path) -> None:
    deck = Deck()
    deck.slide("Delta Lab Work Plan 2025", ["Hosted by the Orchard Water Agency (OWA)"])
    deck.slide("Glossary", ["IRVN – Institut de recherche des villes nouvelles"])
    deck.slide("WP1 - Sensor fusion", ["Leader: Mara Quill (IRVN)", "Secretariat: OWA", "Timeline: 2025"])
    doc = extract(deck.save(tmp_path / "glossary.pptx"))
    [item] = doc.items
    assert [(r.name, r.organisation) for r in item.leaders] == [
        ("Mara Quill", "Institut de recherche des villes nouvelles")]
    assert item.secretariat == ["OWA"]  # as written; the reconciled name is the organisation's
    assert {o.name: o.acronym for o in doc.organisations}["Orchard Water Agency"] == "OWA"


def test_acronym_on_a_content_slide_is_no_definition_list(tmp_path: Path) -> None:
    deck = Deck()
    deck.slide("Delta Lab Work Plan 2025")
    deck.slide("WP1 - Sensor fusion", ["Leader: Mara Quill (IRVN)", "Timeline: 2025",
                                       "IRVN – Institut de recherche des villes nouvelles"])
    doc = extract(deck.save(tmp_path / "nolist.pptx"))
    assert [(r.affiliation, r.organisation) for r in doc.items[0].leaders] == [("IRVN", "IRVN")]


# --- several items on one slide ---------------------------------------------------------------------------
def test_items_side_by_side_in_two_text_boxes(tmp_path: Path) -> None:
    deck = Deck()
    deck.slide("Orchard Cities Action Plan 2025")
    slide = deck.slide("Deliverables under way")
    deck.textbox(slide, ["Compost sharing scheme", "Leader: Jon Peel", "Timeline: 2025", "Status: Ongoing"],
                 0.4, 1.5, 4.4, 3)
    deck.textbox(slide, ["Seed library guide", "Leader: Ula Ferro", "Timeline: 2026", "Status: Planned"],
                 5.2, 1.5, 4.4, 3)
    doc = extract(deck.save(tmp_path / "side.pptx"))
    assert _summary(doc) == [
        ("compost-sharing-scheme", None, "ongoing", "2025", [("Jon Peel", None)], [2]),
        ("seed-library-guide", None, "planned", "2026", [("Ula Ferro", None)], [2])]
    assert [it.notes for it in doc.items] == [[], []]
    assert doc.warnings == []


def test_calendar_slide_text_lines_name_codes(tmp_path: Path) -> None:
    deck = Deck()
    deck.slide("Fjordline Action Plan 2014")
    deck.slide("WG1 - Ferry data", ["Chair: Aud Kvist", "Timeline: 2014"])
    deck.slide("WG2 - Port energy", ["Chair: Per Vang", "Timeline: 2014"])
    deck.slide("Meeting calendar", ["WG2 – 12 May 2014", "WG1, WG2: September 2014", "All groups – December 2014"])
    doc = extract(deck.save(tmp_path / "calendar-lines.pptx"))
    assert [[(m.month, m.groups) for m in it.meetings] for it in doc.items] == [
        [("2014-09", ["WG1", "WG2"])], [("2014-05", ["WG2"]), ("2014-09", ["WG1", "WG2"])]]
    assert doc.warnings == []
