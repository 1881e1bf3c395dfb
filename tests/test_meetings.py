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


@pytest.mark.parametrize("line", [
    "keine weiteren Sitzungen geplant", "Keine weiteren Sitzungen bis Ende 2025 geplant",
    "sem mais reuniões previstas", "Sem mais reuniões previstas até dezembro de 2023",
    "No more meetings planned after March 2023", "Plus de réunion prévue après mars 2024",
])
def test_no_more_meetings_sentences_give_no_months_even_with_a_date(parser: MeetingParser, line: str) -> None:
    parsed = parser.parse([line])
    assert parsed.months == [] and parsed.recurrence is None and parsed.notes == [line]


def test_a_no_more_meetings_sentence_keeps_the_other_sentences_months(parser: MeetingParser) -> None:
    parsed = parser.parse(["Abschlusssitzung im März 2025. Keine weiteren Sitzungen geplant."])
    assert [(m.month, m.note) for m in parsed.months] == [("2025-03", "Abschlusssitzung")]
    assert parsed.notes == ["Keine weiteren Sitzungen geplant."]


@pytest.mark.parametrize(("line", "expected"), [
    ("Januar – März 2025 monatliche Treffen", ["2025-01", "2025-02", "2025-03"]),
    ("janeiro-fevereiro 2022", ["2022-01", "2022-02"]),
    ("Reuniões de abril a junho de 2023", ["2023-04", "2023-05", "2023-06"]),
    ("Sitzungen März bis Mai 2025", ["2025-03", "2025-04", "2025-05"]),
    ("Jan. 2025; Mrz. 2025; Sept. 2025", ["2025-01", "2025-03", "2025-09"]),
    ("fev. 2023, set. 2023 e dez. 2023", ["2023-02", "2023-09", "2023-12"]),
])
def test_german_and_portuguese_month_lists_and_ranges(parser: MeetingParser, line: str, expected: list[str]) -> None:
    assert months(parser, line) == expected


def test_a_german_day_number_dot_is_no_sentence_end(parser: MeetingParser) -> None:
    """"am 14. März 2025" was cut at "14." and lost its note; "ab 3. März" lost its recurrence."""
    parsed = parser.parse(["Sitzung am 14. März 2025"])
    assert [(m.month, m.note) for m in parsed.months] == [("2025-03", "Sitzung")]


@pytest.mark.parametrize(("line", "note"), [
    ("Kick-off-Sitzung im März 2025", "Kick-off-Sitzung"),
    ("Reunião de arranque em março de 2023", "Reunião de arranque"),
    ("Kick-off meeting in March 2022", "Kick-off meeting"),
    ("Straßenbegehung im März 2025", "Straßenbegehung"),
    ("reuniões mensais de abril a junho de 2023", "reuniões mensais"),
])
def test_the_small_words_leading_to_a_date_are_not_in_the_note(parser: MeetingParser, line: str, note: str) -> None:
    assert {m.note for m in parser.parse([line]).months} == {note}


@pytest.mark.parametrize(("line", "freq", "start"), [
    ("Monthly e-meetings from February 2022", "monthly", "2022-02"),
    ("quarterly from January 2023", "quarterly", "2023-01"),
    ("Réunions trimestrielles à partir d'avril 2023", "quarterly", "2023-04"),
    ("trimestrales a partir de febrero de 2023", "quarterly", "2023-02"),
    ("monatlich ab Februar 2025", "monthly", "2025-02"),
    ("Monatliche Sitzungen ab Februar 2025", "monthly", "2025-02"),
    ("vierteljährlich ab März 2025", "quarterly", "2025-03"),
    ("wöchentlich ab 3. März 2025", "weekly", "2025-03"),
    ("jährlich ab Juni 2025", "yearly", "2025-06"),
    ("Reuniões mensais a partir de março de 2022", "monthly", "2022-03"),
    ("mensal a partir de março de 2022", "monthly", "2022-03"),
    ("trimestral a partir de janeiro de 2023", "quarterly", "2023-01"),
    ("semanal desde fevereiro de 2024", "weekly", "2024-02"),
    ("anual a partir de junho de 2024", "yearly", "2024-06"),
    ("Riunioni mensili a partire da marzo 2025", "monthly", "2025-03"),
    ("mensile a partire dal 3 marzo 2025", "monthly", "2025-03"),
    ("ogni mese a partire da febbraio 2025", "monthly", "2025-02"),
    ("Incontri trimestrali da gennaio 2025", "quarterly", "2025-01"),
    ("trimestrale dal gennaio 2025", "quarterly", "2025-01"),
    ("Riunioni settimanali a partire dal 3 marzo 2025", "weekly", "2025-03"),
    ("annuali a partire da giugno 2025", "yearly", "2025-06"),
    ("maandelijks vanaf maart 2025", "monthly", "2025-03"),
    ("Maandelijkse vergaderingen vanaf februari 2025", "monthly", "2025-02"),
    ("Vergaderingen per kwartaal vanaf januari 2025", "quarterly", "2025-01"),
    ("wekelijks vanaf 3 maart 2025", "weekly", "2025-03"),
    ("jaarlijks vanaf juni 2025", "yearly", "2025-06"),
])
def test_open_ended_recurrence(parser: MeetingParser, line: str, freq: str, start: str) -> None:
    parsed = parser.parse([line])
    assert parsed.recurrence is not None
    assert (parsed.recurrence.freq, parsed.recurrence.start) == (freq, start)
    assert [m.month for m in parsed.months] == [start]


@pytest.mark.parametrize("line", [
    "every two months from October 2022 to April 2023",
    "alle zwei Monate von Oktober 2022 bis April 2023",
    "a cada dois meses a partir de outubro de 2022 até abril de 2023",
    "ogni due mesi da ottobre 2022 a aprile 2023",
    "bimestrali da ottobre 2022 fino ad aprile 2023",
    "om de twee maanden van oktober 2022 tot april 2023",
    "om de twee maanden vanaf oktober 2022 t/m april 2023",
])
def test_bounded_rule_expands_by_its_step(parser: MeetingParser, line: str) -> None:
    parsed = parser.parse([line])
    assert parsed.recurrence is None
    assert [m.month for m in parsed.months] == ["2022-10", "2022-12", "2023-02", "2023-04"]


def test_a_frequency_outside_the_schema_gives_its_first_month_and_a_note(parser: MeetingParser) -> None:
    parsed = parser.parse(["halbjährlich ab Januar 2025"])
    assert parsed.recurrence is None
    assert [m.month for m in parsed.months] == ["2025-01"]
    assert parsed.notes == ["halbjährlich ab Januar 2025"]


@pytest.mark.parametrize("line", ["vierteljährlich", "wöchentlich", "mensal", "trimestral", "semanal", "anual"])
def test_a_frequency_without_a_date_is_a_note(parser: MeetingParser, line: str) -> None:
    parsed = parser.parse([line])
    assert parsed.months == [] and parsed.recurrence is None and parsed.notes == [line]


# --- Italian and Dutch --------------------------------------------------------------------

@pytest.mark.parametrize(("line", "expected"), [
    ("gennaio, marzo e giugno 2025", ["2025-01", "2025-03", "2025-06"]),
    ("januari, maart en juni 2025", ["2025-01", "2025-03", "2025-06"]),
    ("da gennaio a marzo 2025", ["2025-01", "2025-02", "2025-03"]),
    ("dal gennaio al marzo 2025", ["2025-01", "2025-02", "2025-03"]),
    ("tra gennaio e marzo 2025", ["2025-01", "2025-02", "2025-03"]),
    ("van januari tot maart 2025", ["2025-01", "2025-02", "2025-03"]),
    ("januari t/m maart 2025", ["2025-01", "2025-02", "2025-03"]),
    ("januari tot en met maart 2025", ["2025-01", "2025-02", "2025-03"]),
    ("tussen januari en maart 2025", ["2025-01", "2025-02", "2025-03"]),
    ("genn. 2025; mrt. 2025; sett. 2025; okt. 2025", ["2025-01", "2025-03", "2025-09", "2025-10"]),
    ("14-03-2025, 12-06-2025", ["2025-03", "2025-06"]),
    ("tra gennaio e marzo 2025 e giugno 2025", ["2025-01", "2025-02", "2025-03", "2025-06"]),
])
def test_italian_and_dutch_month_lists_and_ranges(parser: MeetingParser, line: str, expected: list[str]) -> None:
    assert months(parser, line) == expected


@pytest.mark.parametrize(("line", "note"), [
    ("Riunione di avvio a marzo 2025", "Riunione di avvio"),
    ("Riunione di avvio nel marzo 2025", "Riunione di avvio"),
    ("Incontro il 14 marzo 2025", "Incontro"),
    ("Kick-off vergadering in maart 2025", "Kick-off vergadering"),
    ("Workshop op 14 maart 2025", "Workshop"),
    ("Eindpresentatie uiterlijk juni 2025", "Eindpresentatie"),
    ("Riunioni tra gennaio e marzo 2025", "Riunioni"),
    ("Overleg januari t/m maart 2025", "Overleg"),
    ("Bijeenkomsten van januari tot maart 2025", "Bijeenkomsten"),
])
def test_italian_and_dutch_small_words_leading_to_a_date_are_not_in_the_note(parser: MeetingParser, line: str,
                                                                             note: str) -> None:
    assert {m.note for m in parser.parse([line]).months} == {note}


def test_a_joiner_left_at_the_end_of_a_note_is_dropped(parser: MeetingParser) -> None:
    """"Riunioni tra gennaio e marzo 2025" gave the note "Riunioni e": the "e" of the range stayed."""
    assert {m.note for m in parser.parse(["Riunioni tra gennaio e marzo 2025 e giugno 2025"]).months} == {"Riunioni"}
    assert {m.note for m in parser.parse(["Research & Development March 2025"]).months} == {"Research & Development"}


def test_between_x_and_y_is_a_range_in_every_language(parser: MeetingParser) -> None:
    """"between January and March" gave January and March only: an `and` after `between` ends a range."""
    for line in ("between January and March 2025", "entre enero y marzo de 2025", "zwischen Januar und März 2025",
                 "entre janvier et mars 2025", "tra gennaio e marzo 2025", "tussen januari en maart 2025"):
        assert months(parser, line) == ["2025-01", "2025-02", "2025-03"], line
    assert months(parser, "January and March 2025") == ["2025-01", "2025-03"]  # no `between`: two months




@pytest.mark.parametrize("line", [
    "Nessuna ulteriore riunione prevista", "Nessuna ulteriore riunione prevista fino a dicembre 2025",
    "Non sono previste altre riunioni nel 2025", "Geen verdere vergaderingen gepland",
    "Geen vergaderingen meer na maart 2025", "geen verdere bijeenkomsten in 2025",
])
def test_italian_and_dutch_no_more_meetings_give_no_months(parser: MeetingParser, line: str) -> None:
    parsed = parser.parse([line])
    assert parsed.months == [] and parsed.recurrence is None and parsed.notes == [line]


def test_an_italian_no_more_meetings_sentence_keeps_the_other_sentences_months(parser: MeetingParser) -> None:
    parsed = parser.parse(["Riunione finale a marzo 2025. Nessuna ulteriore riunione prevista."])
    assert [(m.month, m.note) for m in parsed.months] == [("2025-03", "Riunione finale")]
    assert parsed.notes == ["Nessuna ulteriore riunione prevista."]


@pytest.mark.parametrize("line", ["mensili", "trimestrale", "ogni mese", "maandelijks", "per kwartaal", "wekelijks"])
def test_an_italian_or_dutch_frequency_without_a_date_is_a_note(parser: MeetingParser, line: str) -> None:
    parsed = parser.parse([line])
    assert parsed.months == [] and parsed.recurrence is None and parsed.notes == [line]


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


_WORDS = [
    "monatlich", "monatliche Sitzungen", "vierteljährlich", "wöchentlich", "jährlich", "alle zwei Monate", "ab", "von",
    "bis", "im", "am", "mensais", "mensal", "trimestral", "semanal", "anual", "a cada dois meses", "a partir de",
    "até", "de", "em", "monthly", "every two months", "from", "to", "Januar", "März", "Sept.", "Dezember", "janeiro",
    "março", "set.", "out.", "dezembro", "Q3", "2.º sem.", "Herbst", "Winter", "FY25", "14.", "-", "–", ";", ".",
    "WG3", "&", "Kick-off", "keine weiteren Sitzungen", "sem mais reuniões",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.one_of(st.sampled_from(_WORDS), st.integers(1990, 2099).map(str), st.text(max_size=5)),
                         max_size=10).map(" ".join), max_size=3))
def test_meeting_words_in_any_order_give_well_formed_months(lines: list[str]) -> None:
    parsed = MeetingParser(load(), scanner()).parse(lines)
    assert all(_MONTH.match(m.month) for m in parsed.months)
    assert all(m.note is None or (m.note == m.note.strip() and m.note) for m in parsed.months)
    if parsed.recurrence is not None:
        assert _MONTH.match(parsed.recurrence.start)
        assert parsed.recurrence.start in {m.month for m in parsed.months}


_IT_NL_WORDS = [
    "mensili", "mensile", "trimestrali", "settimanali", "annuali", "ogni mese", "ogni due mesi", "a partire da", "dal",
    "da", "a", "tra", "e", "fino a", "entro", "nel", "il", "maandelijks", "per kwartaal", "wekelijks", "jaarlijks",
    "om de twee maanden", "vanaf", "van", "tot", "t/m", "tot en met", "tussen", "en", "op", "uiterlijk", "gennaio",
    "marzo", "sett.", "dicembre", "januari", "mrt.", "mei", "december", "secondo trimestre", "eerste helft", "estate",
    "najaar", "14-03-", "GdL1", "WG3", "Riunione", "Overleg", "nessuna ulteriore riunione",
    "geen verdere vergaderingen",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.one_of(st.sampled_from(_IT_NL_WORDS), st.integers(1990, 2099).map(str),
                                   st.text(max_size=5)), max_size=10).map(" ".join), max_size=3))
def test_italian_and_dutch_meeting_words_in_any_order_give_well_formed_months(lines: list[str]) -> None:
    parsed = MeetingParser(load(), scanner()).parse(lines)
    assert all(_MONTH.match(m.month) for m in parsed.months)
    assert all(m.note is None or (m.note == m.note.strip() and m.note) for m in parsed.months)
    if parsed.recurrence is not None:
        assert _MONTH.match(parsed.recurrence.start)
        assert parsed.recurrence.start in {m.month for m in parsed.months}
