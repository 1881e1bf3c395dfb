"""Meeting lines: months, ranges, group codes, notes and open-ended recurrences."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plandeck.normalize.dates import scanner
from plandeck.normalize.meetings import MeetingParser
from plandeck.vocabulary import load


@pytest.fixture(scope="module")
def parser() -> MeetingParser:
    return MeetingParser(load(), scanner())


def months(parser: MeetingParser, line: str) -> list[str]:
    return [m.month for m in parser.parse([line]).months]


def test_range_expands_month_by_month(parser: MeetingParser) -> None:
    assert months(parser, "March-May 2022 monthly meeting") == ["2022-03", "2022-04", "2022-05"]
    assert months(parser, "January- February 2022") == ["2022-01", "2022-02"]


def test_typo_without_space_parses(parser: MeetingParser) -> None:
    assert months(parser, "February2022. March 2022. April 2022 May 2022") == [
        "2022-02", "2022-03", "2022-04", "2022-05"]


def test_codes_and_notes(parser: MeetingParser) -> None:
    parsed = parser.parse(["WG3 & WG4 December 2021 thematic group final revision."])
    assert [(m.month, m.groups, m.note) for m in parsed.months] == [
        ("2021-12", ("WG3", "WG4"), "thematic group final revision")]


def test_codes_carry_over_to_later_sentences_of_the_line(parser: MeetingParser) -> None:
    parsed = parser.parse(["WG5 February 2022 kick-off meeting. March-May 2022 monthly meeting"])
    assert all(m.groups == ("WG5",) for m in parsed.months)
    assert [m.note for m in parsed.months][:2] == ["kick-off meeting", "monthly meeting"]


def test_no_more_meetings_goes_to_notes(parser: MeetingParser) -> None:
    parsed = parser.parse(["No more meetings planned. The publication was finalized."])
    assert parsed.months == [] and parsed.notes == ["No more meetings planned. The publication was finalized."]


@pytest.mark.parametrize(("line", "freq", "start"), [
    ("Monthly e-meetings from February 2022", "monthly", "2022-02"),
    ("quarterly from January 2023", "quarterly", "2023-01"),
    ("Réunions trimestrielles à partir d'avril 2023", "quarterly", "2023-04"),
    ("trimestrales a partir de febrero de 2023", "quarterly", "2023-02"),
])
def test_open_ended_recurrence(parser: MeetingParser, line: str, freq: str, start: str) -> None:
    parsed = parser.parse([line])
    assert parsed.recurrence is not None
    assert (parsed.recurrence.freq, parsed.recurrence.start) == (freq, start)
    assert [m.month for m in parsed.months] == [start]


def test_bounded_rule_expands_by_its_step(parser: MeetingParser) -> None:
    parsed = parser.parse(["every two months from October 2022 to April 2023"])
    assert parsed.recurrence is None
    assert [m.month for m in parsed.months] == ["2022-10", "2022-12", "2023-02", "2023-04"]


def test_abbreviated_months_in_a_list(parser: MeetingParser) -> None:
    assert months(parser, "Sept. 2022; Nov. 2022") == ["2022-09", "2022-11"]


def test_words_like_months_are_ignored(parser: MeetingParser) -> None:
    assert months(parser, "March–May 2024 (set-up calls)") == ["2024-03", "2024-04", "2024-05"]


_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=60), max_size=4))
def test_parser_never_crashes_and_months_are_well_formed(lines: list[str]) -> None:
    parsed = MeetingParser(load(), scanner()).parse(lines)
    assert all(_MONTH.match(m.month) for m in parsed.months)
