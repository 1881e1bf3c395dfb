"""The extraction core's general mechanisms, one at a time: code grammar, column roles, drawn
headings, slide roles, acronym definitions, plan-or-not, plan period, labels after a dash;
and a property test that no deck of label lines makes extraction raise.

Decks are built here with python-pptx (tests/deckkit.py); every name in them is made up.
Table and deck-structure mechanisms are in tests/test_tables.py and tests/test_deck_structure.py.
"""
from __future__ import annotations

import tempfile
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plandeck.codes import grammar
from plandeck.extract.regions import definitions
from plandeck.extract.regions.columns import CellTests, Role, read_columns
from plandeck.extract.regions.headings import promote_heading
from plandeck.extract.regions.slide_roles import SlideRole, SlideRoles
from plandeck.model import Block, BlockKind, Box, Paragraph, Slide
from plandeck.pipeline import extract
from plandeck.schema import Document
from plandeck.vocabulary import load
from tests.deckkit import Deck


@cache
def _tests() -> CellTests:
    """The cell tests the fact finder guesses column roles with (no statistical model)."""
    from plandeck.extract.facts import cell_tests
    from plandeck.extract.labels import matcher
    from plandeck.extract.people import PeopleParser
    from plandeck.normalize.dates import scanner
    from plandeck.normalize.status import StatusMapper

    vocab = load()
    people = PeopleParser(vocab)
    return cell_tests(vocab, matcher(), people, StatusMapper(vocab), scanner())


def _roles(header: list[str], body: list[list[str]]) -> list[tuple[Role, str | None, str | None]] | None:
    layout = read_columns(header, body, _tests())
    return None if layout is None else [(c.role, c.key, c.prefix) for c in layout.columns]


# --- code grammar ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("title", "expected"), [
    ("WG1 - Open street data", ("WG1", "Open street data")),
    ("WG 3: Quiet streets", ("WG3", "Quiet streets")),
    ("GT-2 – Mobilité douce", ("GT2", "Mobilité douce")),
    ("D1.2 Flood map viewer", ("D1.2", "Flood map viewer")),
    ("WP3/5 – Sensors and climate", ("WP3/5", "Sensors and climate")),
    ("Question 12/5 (Q12/5)", ("Q12/5", "Question 12/5")),
    ("JCA-ICT&CC – Joint work", ("JCA-ICT&CC", "Joint work")),
    ("Tree canopy survey", (None, "Tree canopy survey")),
    ("Tree  canopy\tsurvey", (None, "Tree canopy survey")),
])
def test_code_grammar_splits_a_titles_code(title: str, expected: tuple[str | None, str]) -> None:
    assert grammar().split(title) == expected


def test_code_grammar_finds_codes_in_meeting_lines() -> None:
    g = grammar()
    known = frozenset({"WG1", "WG2", "WG3"})
    assert g.find("WG1 and WG2 joint review, November 2025", known) == ["WG1", "WG2"]
    assert g.find("WG10 plenary, May 2025", known) == []  # WG10 is not WG1
    assert g.find("Plenary of all members, May 2025", known) == []
    assert g.find("WG 4 kick-off with D1.2 editors", frozenset(), frozenset({"WG"})) == ["WG4"]


@pytest.mark.parametrize(("header", "prefix", "is_header"), [
    ("WP#", "WP", True), ("WG #", "WG", True), ("D nr.", "D", True), ("No.", None, True),
    ("Ref", None, True), ("Kürzel", None, True), ("Title", None, False), ("Leader", None, False),
])
def test_code_column_headers_and_their_prefix(header: str, prefix: str | None, is_header: bool) -> None:
    assert grammar().column_prefix(header) == prefix
    assert grammar().is_column_header(header) is is_header


def test_task_no_header_gives_no_prefix() -> None:
    assert grammar().column_prefix("Task no.") is None


def test_code_normalisation() -> None:
    g = grammar()
    assert [g.normalise(c) for c in ("WG 3", "WG-3", "L.1430", "JCA-ICT&CC", "D1.2")] == [
        "WG3", "WG3", "L.1430", "JCA-ICT&CC", "D1.2"]
    assert g.is_code("WP3/5") and not g.is_code("Work package 3")


# --- column roles ----------------------------------------------------------------------------------
def test_columns_from_headers_and_cells_ref_action_owner_due_status() -> None:
    body = [["A1", "Publish the park bench inventory", "Parks Office", "March 2024", "Ongoing"],
            ["A2", "Open the bike-share booking data", "Transport Services", "June 2024", "Planned"]]
    assert _roles(["Ref", "Action", "Owner", "Due", "Status"], body) == [
        (Role.CODE, None, None), (Role.TITLE, None, None), (Role.FIELD, "leader", None),
        (Role.FIELD, "publication", None), (Role.FIELD, "status", None)]


def test_columns_guessed_from_cells_without_headers() -> None:
    body = [["A1", "Publish the park bench inventory", "Ada Pell", "March 2024", "Completed"],
            ["A2", "Open the bike-share booking data", "Bo Lund", "June 2024", "Ongoing"]]
    layout = read_columns(["", "", "", "", ""], body, _tests())
    assert layout is not None and layout.title == 1
    assert [(c.role, c.key, c.how) for c in layout.columns] == [
        (Role.CODE, None, "cells"), (Role.TITLE, None, "cells"), (Role.FIELD, "leader", "cells"),
        (Role.FIELD, "publication", "cells"), (Role.FIELD, "status", "cells")]


def test_code_column_prefix_and_affiliation_column() -> None:
    body = [["1", "Tidal sensor network design", "Wexmoor University", "Alma Quist"]]
    assert _roles(["WP#", "Title", "Lead Partner", "PI"], body) == [
        (Role.CODE, None, "WP"), (Role.TITLE, None, None), (Role.AFFILIATION, None, None),
        (Role.FIELD, "leader", None)]


def test_two_title_headers_one_holding_codes() -> None:
    body = [["X.1001", "Guidelines for open sensor APIs", "Rui Tamm"],
            ["X.1002", "Metrics for street lighting data", "Ola Berg"]]
    layout = read_columns(["Work item", "Title", "Editor"], body, _tests())
    assert layout is not None and layout.title == 1
    assert [(c.role, c.how) for c in layout.columns] == [
        (Role.CODE, "cells"), (Role.TITLE, "header"), (Role.FIELD, "header")]


def test_timetable_and_risk_register_are_no_items_tables() -> None:
    assert _roles(["Time", "Session", "Speaker"], [["09:30 – 10:00", "Welcome and opening", "Ada Pell"],
                                                    ["10:00 – 11:15", "Panel on harbours", "Bo Lund"]]) is None
    assert _roles(["Risk", "Likelihood", "Impact", "Owner"], [["Budget cut", "Low", "High", "Ada Pell"]]) is None
    # Headers naming sessions or speakers make a timetable even with no clock times...
    assert _roles(["Slot", "Session", "Speaker"], [["Morning", "Welcome and opening", "Ada Pell"],
                                                    ["Noon", "Panel on harbours", "Bo Lund"]]) is None
    # ...while the same rows under plan headers list items.
    assert _roles(["Part", "Activity", "Lead"], [["Morning", "Welcome and opening", "Ada Pell"],
                                                 ["Noon", "Panel on harbours", "Bo Lund"]]) is not None


def test_table_with_no_field_column_is_not_an_items_table() -> None:
    assert _roles(["Town", "Population"], [["Elmford", "12 000"], ["Varrow", "8 500"]]) is None


# --- drawn headings ----------------------------------------------------------------------------------
def _text(text: str, y0: float, size: float | None, bold: bool = False) -> Block:
    return Block(BlockKind.TEXT, Box(0.05, y0, 0.95, y0 + 0.1), [Paragraph(text, size=size, bold=bold)])


def test_promote_heading_marks_the_larger_top_box_as_title() -> None:
    slide = Slide(1, [_text("Rainwater harvesting pilot", 0.05, 32.0), _text("Leader: Mina Kask", 0.3, 16.0),
                      _text("Timeline: 2025", 0.4, 16.0)])
    promote_heading(slide)
    assert [b.kind for b in slide.blocks] == [BlockKind.TITLE, BlockKind.TEXT, BlockKind.TEXT]


@pytest.mark.parametrize("blocks", [
    [_text("Rainwater harvesting pilot", 0.05, 16.0), _text("Leader: Mina Kask", 0.3, 16.0)],  # same size
    [_text("Rainwater harvesting pilot", 0.5, 32.0), _text("Leader: Mina Kask", 0.7, 16.0)],  # not at the top
    [_text("Small note", 0.05, 20.0), _text("Big body text", 0.4, 28.0)],  # something else is larger
    [_text("Rainwater harvesting pilot", 0.05, 12.0)],  # alone, small and not bold
])
def test_promote_heading_leaves_slides_without_a_drawn_heading(blocks: list[Block]) -> None:
    slide = Slide(1, blocks)
    promote_heading(slide)
    assert all(b.kind is BlockKind.TEXT for b in slide.blocks)


def test_promote_heading_keeps_a_real_title() -> None:
    title = Block(BlockKind.TITLE, Box(0.05, 0.02, 0.95, 0.1), [Paragraph("Rainwater", size=20.0)])
    slide = Slide(1, [title, _text("Cisterns for schools", 0.15, 40.0)])
    promote_heading(slide)
    assert [b.kind for b in slide.blocks] == [BlockKind.TITLE, BlockKind.TEXT]


def test_heading_in_a_plain_text_box_titles_the_item(tmp_path: Path) -> None:
    deck = Deck()
    deck.slide("Hillcrest Action Plan 2025")
    slide = deck.blank()
    deck.textbox(slide, ["Rainwater harvesting pilot"], 0.5, 0.3, 9, 0.8, size=32)
    deck.textbox(slide, ["Schools collect roof water", "Leader: Mina Kask", "Timeline: 2025", "Status: Planned"],
                 0.5, 1.8, 9, 3, size=16)
    doc = extract(deck.save(tmp_path / "heading.pptx"))
    assert [(it.id, it.title, it.status, it.notes) for it in doc.items] == [
        ("rainwater-harvesting-pilot", "Rainwater harvesting pilot", "planned", ["Schools collect roof water"])]
    assert [r.name for r in doc.items[0].leaders] == ["Mina Kask"]
    assert doc.warnings == []


# --- slide roles ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(("title", "role"), [
    ("About the group", SlideRole.DECK), ("Meadow Alliance at a glance", SlideRole.DECK),
    ("Contact", SlideRole.DECK), ("Agenda", SlideRole.DECK), ("Partners", SlideRole.DECK),
    ("Next steps 2025", SlideRole.DECK), ("Annex (2/3)", SlideRole.DECK),
    ("Deliverables at a glance", SlideRole.CONTENT), ("Calendar 2014", SlideRole.CALENDAR),
    ("E-meeting calendar", SlideRole.CALENDAR), ("WG1 - Hedgerow corridors", SlideRole.CONTENT),
    ("Partners of the northern river basin towns network", SlideRole.CONTENT),
])
def test_slide_roles_from_titles(title: str, role: SlideRole) -> None:
    slide = Slide(1, [Block(BlockKind.TITLE, Box(0.05, 0.02, 0.95, 0.1), [Paragraph(title)])])
    assert SlideRoles(load()).of(slide) is role


def test_slide_without_title_is_content() -> None:
    assert SlideRoles(load()).of(Slide(1, [_text("Leader: Mina Kask", 0.3, 16.0)])) is SlideRole.CONTENT


# --- acronym definitions -----------------------------------------------------------------------------
def test_definitions_in_text() -> None:
    text = "Hosted by the Réseau des villes du littoral (RVL), with Kessler Technical University (KTU)."
    assert definitions.in_text(text) == [("Réseau des villes du littoral", "RVL"),
                                         ("Kessler Technical University", "KTU")]
    assert definitions.in_text("Budget (EUR) and timing (Q3)") == []  # no long form before them


def test_definitions_in_partner_lists() -> None:
    table = Block(BlockKind.TABLE, Box(0, 0, 1, 1), rows=[["Acronym", "Partner"],
                                                          ["IRVN", "Institut de recherche des villes nouvelles"],
                                                          ["KTU", "Kessler Technical University"]])
    lines = Block(BlockKind.TEXT, Box(0, 0, 1, 1), [Paragraph("OWA – Orchard Water Agency"),
                                                     Paragraph("Meetings – twice a year")])
    assert definitions.in_list([table, lines]) == [
        ("Institut de recherche des villes nouvelles", "IRVN"), ("Kessler Technical University", "KTU"),
        ("Orchard Water Agency", "OWA")]


# --- plan or not, plan period, labels after a dash ---------------------------------------------------------
def _lecture(path: Path) -> Path:
    deck = Deck()
    deck.slide("An introduction to river ecology", ["Spring term 2025"])
    deck.slide("Why rivers matter", ["Rivers carry nutrients to the sea.", "Timeline: rivers change over centuries."])
    deck.slide("Case study: the Ormsby delta", ["Lead: sediment transport dominates here.", "Deltas grow and shrink."])
    deck.slide("Questions?")
    return deck.save(path)


def test_lecture_like_deck_gives_zero_items_and_not_a_plan(tmp_path: Path) -> None:
    doc = extract(_lecture(tmp_path / "lecture.pptx"))
    assert doc.items == [] and doc.people == []
    assert (doc.plan.title, doc.plan.organisation, doc.plan.period) == ("An introduction to river ecology", None, None)
    assert {w.code for w in doc.warnings} == {"not-a-plan"}


def test_lecture_like_deck_warns_not_a_plan_once(tmp_path: Path) -> None:
    doc = extract(_lecture(tmp_path / "lecture.pptx"))
    assert [w.code for w in doc.warnings] == ["not-a-plan"]


def test_deck_without_plan_title_keeps_a_strong_item(tmp_path: Path) -> None:
    deck = Deck()
    deck.slide("Vale Partnership")
    deck.slide("Trail signage", ["Leader: Jane Okoro", "Timeline: 2025"])
    doc = extract(deck.save(tmp_path / "strong.pptx"))
    assert [(it.id, it.timeline.from_ if it.timeline else None) for it in doc.items] == [("trail-signage", "2025")]
    assert doc.warnings == []


def test_plan_period_from_a_line_that_is_only_a_period(tmp_path: Path) -> None:
    deck = Deck()
    deck.slide("Vale Partnership Action Plan", ["Meeting in Elmford, 2013", "January – December 2014"])
    deck.slide("Trail signage", ["Leader: Jane Okoro", "Timeline: 2014"])
    doc = extract(deck.save(tmp_path / "period.pptx"))
    assert doc.plan.title == "Vale Partnership Action Plan" and doc.plan.organisation == "Vale Partnership"
    assert doc.plan.period is not None
    assert (doc.plan.period.text, doc.plan.period.from_, doc.plan.period.to) == (
        "January – December 2014", "2014-01", "2014-12")


def test_label_after_a_short_lead_in_and_a_dash(tmp_path: Path) -> None:
    deck = Deck()
    deck.slide("Réseau des Vallons", ["Plan d'action", "Janvier – Décembre 2014"])
    deck.slide("Mobilité douce", ["Groupe de travail – Coordinatrice : Jeanne Lumet", "Calendrier : 2014",
                                  "Statut : en cours"])
    doc = extract(deck.save(tmp_path / "dash.pptx"))
    [item] = doc.items
    assert (item.title, item.status, [r.name for r in item.leaders]) == ("Mobilité douce", "ongoing", ["Jeanne Lumet"])
    assert doc.plan.period is not None and (doc.plan.period.from_, doc.plan.period.to) == ("2014-01", "2014-12")
    assert doc.warnings == []


# --- property: no deck of label lines makes extraction raise ------------------------------------------------
_LABELS = sorted({w for words in load().labels.values() for w in words})
_SEPARATORS = [": ", ":", " : ", "：", " – ", " - ", " — ", " | ", "=", "\t", "  ", " :: ", ""]
_CHARS = st.characters(blacklist_categories=("Cs", "Cc"))
_PAREN_VALUE = st.recursive(st.text(_CHARS, max_size=12),
                            lambda inner: st.tuples(inner, inner).map(lambda p: f"{p[0]} ({p[1]})"), max_leaves=4)
_VALUE = st.one_of(st.just(""), st.text(_CHARS, max_size=40), _PAREN_VALUE,
                   st.sampled_from(["Jane Roe (City of Elm (North))", "Q3 2025 – H1 2026", "TBD", "((", "))(",
                                    "WG1 and WG2, March 2025", "Ongoing", "https://example.invalid/x"]))
_LINE = st.tuples(st.sampled_from(_LABELS).map(lambda w: w.capitalize()), st.sampled_from(_SEPARATORS), _VALUE,
                  st.integers(0, 2)).map(lambda t: (f"{t[0]}{t[1]}{t[2]}", t[3]))
_SLIDE = st.tuples(st.one_of(st.none(), st.text(_CHARS, min_size=1, max_size=30), _PAREN_VALUE),
                   st.lists(_LINE, min_size=1, max_size=6))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_SLIDE, min_size=1, max_size=4))
def test_random_label_lines_always_give_a_document(slides: list[tuple[str | None, list[tuple[str, int]]]]) -> None:
    deck = Deck()
    for title, lines in slides:
        deck.slide(title if title and title.strip() else None, lines)
    with tempfile.TemporaryDirectory() as folder:
        doc = extract(deck.save(Path(folder) / "random.pptx"))
    assert isinstance(doc, Document)
    ids = [it.id for it in doc.items]
    assert len(ids) == len(set(ids)) and all(ids)
    seen: set[str] = set()
    for item in doc.items:  # parents come before their children
        assert item.parent is None or item.parent in seen
        seen.add(item.id)
    assert Document.model_validate_json(doc.to_json()) == doc
