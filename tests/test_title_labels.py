"""A word naming the item, then its title ("Maßnahme: Kommunale Wärmeplanung"): each such line
opens an item, and under a slide whose title opens an item of its own (a field of action with
its coordinator) those items are its children. German compounds ending in an organisation word
("Kreisbauamt") are organisations; "Stand" is the status.

Decks are built here with python-pptx (tests/deckkit.py); every name in them is made up.
"""
from __future__ import annotations

from pathlib import Path

from plandeck.extract.labels import matcher
from plandeck.extract.people import PeopleParser
from plandeck.pipeline import extract
from plandeck.vocabulary import load
from tests.deckkit import Deck


def test_title_label_lines_open_children_of_the_slide_title_item(tmp_path: Path) -> None:
    deck = Deck()
    deck.slide("Arbeitsplan 2026")
    deck.slide("Wärme und Gebäude", [
        "Koordination: Dr. Katrin Vogel (EAX)",
        "Maßnahme: Kommunale Wärmeplanung",
        "Verantwortlich: Kreisbauamt Talheim",
        "Zeitraum: 03/2026 – 11/2026",
        "Stand: in Bearbeitung",
        "Maßnahme: Sanierungsberatung für Vereinsheime",
        "Verantwortlich: Dr. Katrin Vogel (EAX)",
        "Stand: geplant",
    ])
    doc = extract(deck.save(tmp_path / "plan.pptx"))
    by_title = {i.title: i for i in doc.items}
    assert list(by_title) == ["Wärme und Gebäude", "Kommunale Wärmeplanung", "Sanierungsberatung für Vereinsheime"]
    parent = by_title["Wärme und Gebäude"].id
    assert [i.parent for i in doc.items[1:]] == [parent, parent]
    first = by_title["Kommunale Wärmeplanung"]
    assert first.status == "ongoing" and by_title["Sanierungsberatung für Vereinsheime"].status == "planned"
    assert [(r.name, r.affiliation) for r in first.leaders] == [(None, "Kreisbauamt Talheim")]
    assert first.provenance.how == "title-label"


def test_a_plural_header_word_names_no_item() -> None:
    """ "Working groups: see next slides" is a pointer, not an item called "see next slides"."""
    labels = matcher()
    assert labels.title_value("Working groups: see next slides") is None
    assert labels.title_value("Action: Map the landowners") == "Map the landowners"
    assert labels.title_value("Maßnahme: Mitfahrbänke") == "Mitfahrbänke"
    assert labels.title_value("Action plan for 2026") is None


def test_a_compound_ending_in_an_organisation_word_is_an_organisation() -> None:
    people = PeopleParser(load())
    assert people.is_org("Kreisbauamt Talheim")
    assert people.is_org("Stadtverwaltung")
    assert people.is_person("Katrin Vogel")
    assert not people.is_org("Anna Stelle")  # a bare ending is no compound
