"""Minutes and action logs: an action sentence with its owner in a parenthesis is an item
wherever it stands (a "Next steps" slide too); a deadline inside the sentence is its due date;
"– done" after the tag is its status; an owner written "R. Okafor" takes the full name the
deck writes elsewhere. An attendance slide gives no item.

Decks are built here with python-pptx (tests/deckkit.py); every name in them is made up.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from plandeck.extract.people import full_name
from plandeck.pipeline import extract
from tests.deckkit import Deck


def _minutes(tmp_path: Path) -> Path:
    deck = Deck()
    deck.slide("Steering Group – Decisions and Next Steps",
               ["Harbour Rivers Partnership", "Meeting of 14 January 2026"])
    deck.slide("Attendance", ["Chair: Grace Okafor (Harbour Council, HC)", "Present:",
                              ("Tomas Lindqvist (Rivers Trust, RT)", 1), ("Amara Osei (Water Board, WB)", 1)])
    deck.slide("Review of actions", [
        "Publish the water dashboard (Owner: T. Lindqvist, RT) – done, live since November 2025.",
        "Map the landowners along the brook (Owner: A. Osei, WB).",
    ])
    deck.slide("Next steps", [
        "Circulate the data-sharing agreement to all partners by 6 February 2026 (Owner: G. Okafor, HC).",
        "Prepare a funding bid, deadline 30 April 2026 (Owners: G. Okafor, HC and A. Osei, WB).",
        "Update the risk register by mid-2026 (Owner: WB).",
    ])
    return deck.save(tmp_path / "minutes.pptx")


def test_tagged_action_lines_are_items_even_on_a_next_steps_slide(tmp_path: Path) -> None:
    doc = extract(_minutes(tmp_path))
    assert [i.title for i in doc.items] == [
        "Publish the water dashboard", "Map the landowners along the brook",
        "Circulate the data-sharing agreement to all partners", "Prepare a funding bid", "Update the risk register"]
    assert all(i.provenance.how == "inline-tag" for i in doc.items)


def test_a_deadline_in_the_sentence_is_the_due_date_and_a_dash_remark_the_status(tmp_path: Path) -> None:
    by = {i.title: i for i in extract(_minutes(tmp_path)).items}
    due = {t: (i.publication.from_, i.publication.to) for t, i in by.items() if i.publication}
    assert due == {"Circulate the data-sharing agreement to all partners": ("2026-02", "2026-02"),
                   "Prepare a funding bid": ("2026-04", "2026-04"), "Update the risk register": ("2026-05", "2026-08")}
    assert by["Publish the water dashboard"].status == "completed"
    assert by["Map the landowners along the brook"].status is None


def test_owners_written_with_an_initial_take_the_full_name_the_deck_gives(tmp_path: Path) -> None:
    by = {i.title: i for i in extract(_minutes(tmp_path)).items}
    assert [(r.name, r.affiliation) for r in by["Prepare a funding bid"].leaders] == [
        ("Grace Okafor", "HC"), ("Amara Osei", "WB")]
    assert [(r.name, r.affiliation) for r in by["Update the risk register"].leaders] == [(None, "WB")]


def test_an_initial_with_two_full_names_to_choose_from_stays_as_written() -> None:
    assert full_name("R. Achter", ["Ruth Achter", "Rob Achter"]) == "R. Achter"
    assert full_name("R. Achter", ["Ruth Achter", "Anna Achter"]) == "Ruth Achter"
    assert full_name("Ruth Achter", ["Rob Achter"]) == "Ruth Achter"


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=0, max_size=40), st.lists(st.text(min_size=0, max_size=30), max_size=5))
def test_full_name_returns_the_name_or_one_of_the_full_names(name: str, names: list[str]) -> None:
    assert full_name(name, names) in [name, *names]
