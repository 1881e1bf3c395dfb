"""Periods and date atoms (SCHEMA.md: Period), in the languages decks use."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plandeck.normalize.dates import parse_period

PERIODS = [
    ("2022", "2022", "2022"),
    ("July 2022", "2022-07", "2022-07"),
    ("2022-2023", "2022", "2023"),
    ("beginning 2022", "2022-01", "2022-04"),
    ("beginning of 2022", "2022-01", "2022-04"),
    ("early 2022", "2022-01", "2022-04"),
    ("start of 2022", "2022-01", "2022-04"),
    ("mid-2022", "2022-05", "2022-08"),
    ("mid 2023", "2023-05", "2023-08"),
    ("end of 2022", "2022-09", "2022-12"),
    ("late 2022", "2022-09", "2022-12"),
    ("Q3 2022", "2022-07", "2022-09"),
    ("H1 2022", "2022-01", "2022-06"),
    ("H2 2023", "2023-07", "2023-12"),
    ("Sept. 2022", "2022-09", "2022-09"),
    ("12/2022", "2022-12", "2022-12"),
    ("2022/23", "2022", "2023"),
    ("2023-24", "2023", "2024"),
    ("14 March 2023", "2023-03", "2023-03"),
    ("March 14, 2023", "2023-03", "2023-03"),
    ("14/03/2023", "2023-03", "2023-03"),
    ("2022-07", "2022-07", "2022-07"),
    ("Q3-Q4 2023", "2023-07", "2023-12"),
    ("March 2022 - June 2023", "2022-03", "2023-06"),
    ("December 2021 – February 2022", "2021-12", "2022-02"),
    ("November-February 2023", "2022-11", "2023-02"),
    ("first quarter of 2024", "2024-01", "2024-03"),
    ("2nd half of 2023", "2023-07", "2023-12"),
    ("Q1 2023 – H1 2024", "2023-01", "2024-06"),
    # French and Spanish
    ("début 2023", "2023-01", "2023-04"),
    ("fin 2024", "2024-09", "2024-12"),
    ("mi-2023 – 2024", "2023-05", "2024"),
    ("T3 2023", "2023-07", "2023-09"),
    ("S1 2024", "2024-01", "2024-06"),
    ("mars 2023", "2023-03", "2023-03"),
    ("Décembre 2023", "2023-12", "2023-12"),
    ("finales de 2022", "2022-09", "2022-12"),
    ("mediados de 2023", "2023-05", "2023-08"),
    ("principios de 2023 – finales de 2023", "2023-01", "2023-12"),
    ("enero-marzo 2023", "2023-01", "2023-03"),
    ("primer semestre de 2024", "2024-01", "2024-06"),
    ("diciembre de 2023", "2023-12", "2023-12"),
]


@pytest.mark.parametrize(("text", "start", "end"), PERIODS)
def test_period(text: str, start: str, end: str) -> None:
    span = parse_period(text)
    assert span is not None, text
    assert (span.start, span.end) == (start, end)
    assert span.text == text


@pytest.mark.parametrize("text", ["N/A", "TBD", "", "  ", "-", "to be confirmed", "À définir", "n.a."])
def test_empty_values_give_no_period(text: str) -> None:
    assert parse_period(text) is None


@pytest.mark.parametrize("text", ["Meetings may be held", "set-up calls", "see next slide"])
def test_words_that_look_like_months_are_not_dates(text: str) -> None:
    assert parse_period(text) is None


_YM = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2]))?$")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_period_never_crashes_and_is_well_formed(text: str) -> None:
    span = parse_period(text)
    if span is not None:
        assert _YM.match(span.start) and _YM.match(span.end)


@settings(max_examples=200, deadline=None)
@given(st.integers(1990, 2090), st.integers(1, 12), st.sampled_from(["", "early ", "mid-", "end of ", "Q2 "]))
def test_period_start_never_after_end(year: int, month: int, qualifier: str) -> None:
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
    text = f"{qualifier}{year}" if qualifier else f"{months[month - 1]} {year} - {year + 1}"
    span = parse_period(text)
    assert span is not None
    assert span.start[:4] <= span.end[:4]
