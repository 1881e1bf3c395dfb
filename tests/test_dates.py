"""Periods and date atoms (SCHEMA.md: Period), in the languages decks use."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plandeck.normalize.dates import DateScanner, date_words, parse_period, scanner
from plandeck.settings import Settings
from plandeck.vocabulary import load

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
    # German
    ("Januar 2025", "2025-01", "2025-01"),
    ("Jänner 2025", "2025-01", "2025-01"),
    ("Mrz. 2025", "2025-03", "2025-03"),
    ("Sept. 2025", "2025-09", "2025-09"),
    ("14. Februar 2025", "2025-02", "2025-02"),
    ("Januar – Juni 2025", "2025-01", "2025-06"),
    ("Januar bis März 2025", "2025-01", "2025-03"),
    ("Anfang 2025", "2025-01", "2025-04"),
    ("Beginn 2025", "2025-01", "2025-04"),
    ("Mitte 2025", "2025-05", "2025-08"),
    ("Ende 2025", "2025-09", "2025-12"),
    ("bis Ende Juni 2025", "2025-06", "2025-06"),
    ("3. Quartal 2025", "2025-07", "2025-09"),
    ("erstes Quartal 2024", "2024-01", "2024-03"),
    ("2. Halbjahr 2025", "2025-07", "2025-12"),
    ("zweites Halbjahr 2025", "2025-07", "2025-12"),
    ("Frühjahr 2025", "2025-03", "2025-05"),
    ("Sommer 2025", "2025-06", "2025-08"),
    ("Herbst 2025", "2025-09", "2025-11"),
    ("Winter 2025", "2025-12", "2026-02"),
    # Portuguese (pt-PT and pt-BR)
    ("março de 2022", "2022-03", "2022-03"),
    ("janeiro-fevereiro 2022", "2022-01", "2022-02"),
    ("de janeiro a março de 2023", "2023-01", "2023-03"),
    ("jan. 2023", "2023-01", "2023-01"),
    ("fev. 2023", "2023-02", "2023-02"),
    ("set. 2023", "2023-09", "2023-09"),
    ("out. 2023", "2023-10", "2023-10"),
    ("dez. 2023", "2023-12", "2023-12"),
    ("início de 2023", "2023-01", "2023-04"),
    ("princípio de 2023", "2023-01", "2023-04"),
    ("meados de 2023", "2023-05", "2023-08"),
    ("final de 2023", "2023-09", "2023-12"),
    ("fim de 2023", "2023-09", "2023-12"),
    ("até ao final de junho de 2025", "2025-06", "2025-06"),
    ("1.º trim. 2023", "2023-01", "2023-03"),
    ("3º trimestre de 2022", "2022-07", "2022-09"),
    ("2.º sem. 2022", "2022-07", "2022-12"),
    ("1º semestre de 2023", "2023-01", "2023-06"),
    ("primavera de 2024", "2024-03", "2024-05"),
    ("verão de 2023", "2023-06", "2023-08"),
    ("outono 2025", "2025-09", "2025-11"),
    # Seasons in English, French and Spanish
    ("spring 2025", "2025-03", "2025-05"),
    ("fall 2025", "2025-09", "2025-11"),
    ("autumn 2025", "2025-09", "2025-11"),
    ("printemps 2025", "2025-03", "2025-05"),
    ("été 2024", "2024-06", "2024-08"),
    ("automne 2025", "2025-09", "2025-11"),
    ("verano 2025", "2025-06", "2025-08"),
    ("winter 2025/26", "2025-12", "2026-02"),
    ("Herbst/Winter 2025", "2025-09", "2026-02"),
    ("winter–spring 2026", "2025-12", "2026-05"),
    # Quarters and halves in more spellings
    ("Q3 2025", "2025-07", "2025-09"),
    ("3Q 2025", "2025-07", "2025-09"),
    ("H2 2025", "2025-07", "2025-12"),
    ("S2 2025", "2025-07", "2025-12"),
    ("2025 H2", "2025-07", "2025-12"),
    # Deadlines, fiscal years, day dates
    ("by end of June 2025", "2025-06", "2025-06"),
    ("FY2024/25", "2024-04", "2025-03"),
    ("FY 2024-25", "2024-04", "2025-03"),
    ("FY25", "2024-04", "2025-03"),
    ("FY 2025", "2024-04", "2025-03"),
    ("FY2024/25 – FY2025/26", "2024-04", "2026-03"),
    ("30/06/2025", "2025-06", "2025-06"),
    ("30.06.2025", "2025-06", "2025-06"),
    ("2025-06-30", "2025-06", "2025-06"),
    ("2025/06/30", "2025-06", "2025-06"),
    # Italian
    ("gennaio 2025", "2025-01", "2025-01"),
    ("genn. 2025", "2025-01", "2025-01"),
    ("gen. 2025", "2025-01", "2025-01"),
    ("febbr. 2025", "2025-02", "2025-02"),
    ("magg. 2025", "2025-05", "2025-05"),
    ("lug. 2025", "2025-07", "2025-07"),
    ("sett. 2025", "2025-09", "2025-09"),
    ("ott. 2025", "2025-10", "2025-10"),
    ("dic. 2025", "2025-12", "2025-12"),
    ("14 marzo 2025", "2025-03", "2025-03"),
    ("il 14 marzo 2025", "2025-03", "2025-03"),
    ("14-03-2025", "2025-03", "2025-03"),
    ("da gennaio a marzo 2025", "2025-01", "2025-03"),
    ("tra gennaio e marzo 2025", "2025-01", "2025-03"),
    ("gennaio 2025 – giugno 2026", "2025-01", "2026-06"),
    ("inizio 2025", "2025-01", "2025-04"),
    ("all'inizio del 2025", "2025-01", "2025-04"),
    ("metà 2025", "2025-05", "2025-08"),
    ("a metà del 2025", "2025-05", "2025-08"),
    ("fine 2025", "2025-09", "2025-12"),
    ("fine del 2025", "2025-09", "2025-12"),
    ("entro fine 2025", "2025-09", "2025-12"),
    ("entro la fine del 2025", "2025-09", "2025-12"),
    ("entro giugno 2025", "2025-06", "2025-06"),
    ("entro fine giugno 2025", "2025-06", "2025-06"),
    ("primo semestre 2025", "2025-01", "2025-06"),
    ("secondo semestre del 2025", "2025-07", "2025-12"),
    ("II semestre 2025", "2025-07", "2025-12"),
    ("secondo trimestre 2025", "2025-04", "2025-06"),
    ("1° trimestre 2025", "2025-01", "2025-03"),
    ("3° trim. 2025", "2025-07", "2025-09"),
    ("IV trimestre 2025", "2025-10", "2025-12"),
    ("prima metà del 2025", "2025-01", "2025-06"),
    ("seconda metà 2025", "2025-07", "2025-12"),
    ("Q3 2025", "2025-07", "2025-09"),
    ("primavera 2025", "2025-03", "2025-05"),
    ("estate 2025", "2025-06", "2025-08"),
    ("autunno 2025", "2025-09", "2025-11"),
    ("inverno 2025", "2025-12", "2026-02"),
    # Dutch
    ("januari 2025", "2025-01", "2025-01"),
    ("mrt. 2025", "2025-03", "2025-03"),
    ("maart 2025", "2025-03", "2025-03"),
    ("mei 2025", "2025-05", "2025-05"),
    ("okt. 2025", "2025-10", "2025-10"),
    ("14 maart 2025", "2025-03", "2025-03"),
    ("van januari tot maart 2025", "2025-01", "2025-03"),
    ("januari t/m maart 2025", "2025-01", "2025-03"),
    ("januari tot en met maart 2025", "2025-01", "2025-03"),
    ("tussen januari en maart 2025", "2025-01", "2025-03"),
    ("Q1 t/m Q3 2025", "2025-01", "2025-09"),
    ("begin 2025", "2025-01", "2025-04"),
    ("half 2025", "2025-05", "2025-08"),
    ("medio 2025", "2025-05", "2025-08"),
    ("eind 2025", "2025-09", "2025-12"),
    ("einde van 2025", "2025-09", "2025-12"),
    ("vóór eind 2025", "2025-09", "2025-12"),
    ("uiterlijk eind juni 2025", "2025-06", "2025-06"),
    ("half juni 2025", "2025-06", "2025-06"),
    ("eerste helft 2025", "2025-01", "2025-06"),
    ("tweede helft van 2025", "2025-07", "2025-12"),
    ("tweede kwartaal 2025", "2025-04", "2025-06"),
    ("2e kwartaal 2025", "2025-04", "2025-06"),
    ("1ste kwartaal 2025", "2025-01", "2025-03"),
    ("3de kwartaal 2025", "2025-07", "2025-09"),
    ("H2 2025", "2025-07", "2025-12"),
    ("voorjaar 2026", "2026-03", "2026-05"),
    ("lente 2026", "2026-03", "2026-05"),
    ("zomer 2025", "2025-06", "2025-08"),
    ("najaar 2025", "2025-09", "2025-11"),
]


@pytest.mark.parametrize(("text", "start", "end"), PERIODS)
def test_period(text: str, start: str, end: str) -> None:
    span = parse_period(text)
    assert span is not None, text
    assert (span.start, span.end) == (start, end)
    assert span.text == text


@pytest.mark.parametrize("text", ["N/A", "TBD", "", "  ", "-", "to be confirmed", "À définir", "n.a.", "a definir",
                                  "n.d.", "tbc", "offen", "noch offen", "k. A.", "k.A.", "entfällt", "Entfällt.",
                                  "da definire", "Da confermare", "N.D.", "n.v.t.", "N.V.T", "nvt", "NTB", "n.t.b.",
                                  "nader te bepalen", "Nog te bepalen"])
def test_empty_values_give_no_period(text: str) -> None:
    assert parse_period(text) is None
    assert scanner().is_empty(text)  # empty, not an unparsed date (no `unparsed-date` warning)


def test_empty_words_with_a_trailing_dot_are_empty_like_the_data_says() -> None:
    """"n.a." is listed with its dot; the text is compared without it, so the data must be too."""
    assert scanner().is_empty("n.a.") and scanner().is_empty("N.A") and scanner().is_empty("k. a")


@pytest.mark.parametrize("text", ["Meetings may be held", "set-up calls", "see next slide", "roll out", "two years ago",
                                  "Sommerschule", "Herbstfest", "set up"])
def test_words_that_look_like_months_are_not_dates(text: str) -> None:
    assert parse_period(text) is None


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Roll-out 2023", "2023", "2023"), ("set-up 2023", "2023", "2023"), ("carried out 2024", "2024", "2024"),
])
def test_portuguese_month_abbreviations_need_their_dot_so_english_words_stay_words(text: str, start: str,
                                                                                  end: str) -> None:
    span = parse_period(text)
    assert span is not None and (span.start, span.end) == (start, end)


@pytest.mark.parametrize("text", ["lug 2025", "mag 2025", "gen 2025", "sett 2025"])
def test_italian_abbreviations_that_are_english_words_need_their_dot(text: str) -> None:
    """"lug", "mag", "gen" and "sett" are English words: without the dot they are no month."""
    span = parse_period(text)
    assert span is not None and (span.start, span.end) == ("2025", "2025")


def test_a_dashed_day_date_is_one_month_not_a_range_from_2003() -> None:
    """"14-03-2025" (Dutch and Italian day dates) was read as "03" (2003) to 2025."""
    assert _pair(parse_period("14-03-2025")) == ("2025-03", "2025-03")
    assert _pair(parse_period("1-3-2025")) == ("2025-03", "2025-03")
    assert _pair(parse_period("2024-25")) == ("2024", "2025")  # a year range stays one
    assert _pair(parse_period("2025-03-14")) == ("2025-03", "2025-03")


def test_a_year_and_a_month_number_are_no_range_back_to_an_earlier_year() -> None:
    span = parse_period("2025/06")
    assert span is not None and span.start >= "2025"


def test_fiscal_year_start_month_is_a_data_setting(tmp_path, monkeypatch) -> None:
    (tmp_path / "dates.toml").write_text("[fiscal_year]\nstart_month = 10\n", "utf-8")
    monkeypatch.setenv("PLANDECK_DATA", str(tmp_path))
    date_words.cache_clear()
    load.cache_clear()
    try:
        own = DateScanner(load())
        assert _pair(own.period("FY25")) == ("2024-10", "2025-09")
        assert _pair(own.period("FY2024/25")) == ("2024-10", "2025-09")
    finally:
        monkeypatch.delenv("PLANDECK_DATA")
        date_words.cache_clear()
        load.cache_clear()
    assert _pair(parse_period("FY25")) == ("2024-04", "2025-03")


def _pair(span) -> tuple[str, str] | None:
    return (span.start, span.end) if span else None


def test_default_languages_include_german_and_portuguese() -> None:
    assert {"de", "pt"} <= set(Settings().languages)
    assert scanner().languages == Settings().languages


def test_default_languages_include_italian_and_dutch() -> None:
    assert {"it", "nl"} <= set(Settings().languages)
    assert scanner().languages == Settings().languages


def test_the_dateparser_fallback_is_given_italian_and_dutch_by_default(monkeypatch) -> None:
    import dateparser

    seen: list[list[str]] = []

    def spy(text, languages=None, settings=None):
        seen.append(list(languages or []))
        return None

    monkeypatch.setattr(dateparser, "parse", spy)
    DateScanner(load()).period("ore 7 del 3 (spia)")  # no rule reads it: the fallback is asked
    assert seen and {"it", "nl"} <= set(seen[0])


def test_dateparser_is_limited_to_the_configured_languages(monkeypatch) -> None:
    import dateparser

    seen: list[list[str]] = []

    def spy(text, languages=None, settings=None):
        seen.append(list(languages or []))
        return None

    monkeypatch.setattr(dateparser, "parse", spy)
    DateScanner(load(), ("de", "pt")).period("um 7 Uhr 3")  # no rule reads it: the fallback is asked
    assert seen == [["de", "pt"]]


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


def _months_of(ym: str, end: bool) -> int:
    """Months since year 0 of the first (or last) month a ``YYYY`` / ``YYYY-MM`` value covers."""
    year, _, month = ym.partition("-")
    return int(year) * 12 + (int(month) if month else (12 if end else 1))


_WORDS = [
    "January", "Jänner", "Februar", "März", "Mrz.", "Sept.", "Dezember", "janeiro", "fev.", "março", "set.", "out.",
    "dezembro", "juin", "agosto", "Anfang", "Mitte", "Ende", "bis Ende", "início de", "meados de", "final de", "fim de",
    "early", "mid-", "end of", "Q3", "T2", "H1", "S2", "3. Quartal", "1.º trim.", "2.º sem.", "1º semestre de",
    "2. Halbjahr", "Frühjahr", "Sommer", "Herbst", "Winter", "outono", "verão", "été", "FY", "FY 2024-", "de", "bis",
    "a", "–", "-", "/", ",", "und", "e", "14.", "30/06/", "2025-06-", "k. A.", "offen", "a definir",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_WORDS), st.integers(1900, 2099).map(str), st.integers(0, 99).map(str),
                          st.text(max_size=6)), max_size=8))
def test_period_of_date_words_in_any_order_is_well_formed_and_ordered(parts: list[str]) -> None:
    span = parse_period(" ".join(parts))
    if span is not None:
        assert _YM.match(span.start) and _YM.match(span.end), span
        assert _months_of(span.start, end=False) <= _months_of(span.end, end=True), span


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Zs", "S")), max_size=80))
def test_period_of_free_text_is_ordered(text: str) -> None:
    span = parse_period(text)
    if span is not None:
        assert _YM.match(span.start) and _YM.match(span.end)
        assert _months_of(span.start, end=False) <= _months_of(span.end, end=True)


# --- Italian and Dutch: every month, qualifier, ordinal and deadline form --------------

_IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
              "novembre", "dicembre"]
_NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
              "november", "december"]


@settings(max_examples=200, deadline=None)
@given(st.integers(1990, 2090), st.integers(1, 12),
       st.sampled_from(["{m} {y}", "{d} {m} {y}", "entro {m} {y}", "entro fine {m} {y}", "fine {m} {y}",
                        "uiterlijk eind {m} {y}", "vóór eind {m} {y}", "half {m} {y}", "begin {m} {y}"]),
       st.booleans(), st.integers(1, 28))
def test_a_month_with_a_deadline_or_qualifier_is_that_month(year: int, month: int, form: str, dutch: bool,
                                                           day: int) -> None:
    name = (_NL_MONTHS if dutch else _IT_MONTHS)[month - 1]
    span = parse_period(form.format(m=name, y=year, d=day))
    assert _pair(span) == (f"{year}-{month:02d}",) * 2


@settings(max_examples=200, deadline=None)
@given(st.integers(1990, 2090),
       st.sampled_from([("inizio", 1, 4), ("metà", 5, 8), ("fine", 9, 12), ("entro fine", 9, 12),
                        ("entro la fine del", 9, 12), ("begin", 1, 4), ("medio", 5, 8), ("half", 5, 8),
                        ("eind", 9, 12), ("einde van", 9, 12), ("vóór eind", 9, 12), ("uiterlijk eind", 9, 12)]))
def test_a_qualified_year_is_its_part_of_the_year(year: int, qualified: tuple[str, int, int]) -> None:
    word, first, last = qualified
    assert _pair(parse_period(f"{word} {year}")) == (f"{year}-{first:02d}", f"{year}-{last:02d}")


_IT_ORDINALS = [("primo", "prima", "I", "1°"), ("secondo", "seconda", "II", "2°"), ("terzo", "terza", "III", "3°"),
                ("quarto", "quarta", "IV", "4°")]
_NL_ORDINALS = [("eerste", "1e", "1ste"), ("tweede", "2e", "2de"), ("derde", "3e", "3de"), ("vierde", "4e", "4de")]


@settings(max_examples=200, deadline=None)
@given(st.integers(1990, 2090), st.integers(1, 4), st.integers(0, 3), st.integers(0, 2),
       st.sampled_from(["trimestre", "trim.", "kwartaal"]), st.sampled_from(["", "del ", "van "]))
def test_an_ordinal_quarter_is_its_three_months(year: int, n: int, i: int, j: int, noun: str, of: str) -> None:
    ordinal = _NL_ORDINALS[n - 1][j] if noun == "kwartaal" else _IT_ORDINALS[n - 1][i]
    span = parse_period(f"{ordinal} {noun} {of}{year}")
    assert _pair(span) == (f"{year}-{3 * n - 2:02d}", f"{year}-{3 * n:02d}")


# Each half noun with the ordinals written before it.
_HALVES = {"semestre": (("primo", "I", "1°"), ("secondo", "II", "2°")), "metà": (("prima",), ("seconda",)),
           "helft": (("eerste", "1e", "1ste"), ("tweede", "2e", "2de")),
           "halfjaar": (("eerste", "1e", "1ste"), ("tweede", "2e", "2de"))}


@settings(max_examples=100, deadline=None)
@given(st.integers(1990, 2090), st.integers(1, 2), st.integers(0, 2), st.sampled_from(sorted(_HALVES)))
def test_an_ordinal_half_is_its_six_months(year: int, n: int, i: int, noun: str) -> None:
    ordinals = _HALVES[noun][n - 1]
    span = parse_period(f"{ordinals[i % len(ordinals)]} {noun} {year}")
    assert _pair(span) == (f"{year}-{6 * n - 5:02d}", f"{year}-{6 * n:02d}")


@settings(max_examples=200, deadline=None)
@given(st.integers(1990, 2089), st.integers(1, 12), st.integers(1, 12), st.booleans(),
       st.sampled_from(["da {a} a {b} {y}", "tra {a} e {b} {y}", "{a} – {b} {y}", "van {a} tot {b} {y}",
                        "{a} t/m {b} {y}", "{a} tot en met {b} {y}", "tussen {a} en {b} {y}"]))
def test_a_month_range_runs_from_its_first_to_its_last_month(year: int, a: int, b: int, dutch: bool,
                                                              form: str) -> None:
    names = _NL_MONTHS if dutch else _IT_MONTHS
    first, last = min(a, b), max(a, b)
    span = parse_period(form.format(a=names[first - 1], b=names[last - 1], y=year))
    assert _pair(span) == (f"{year}-{first:02d}", f"{year}-{last:02d}")


_IT_NL_WORDS = [
    "gennaio", "genn.", "febbr.", "marzo", "magg.", "lug.", "sett.", "ott.", "dicembre", "januari", "mrt.", "mei",
    "okt.", "december", "inizio", "metà", "fine", "entro", "entro fine", "primo semestre", "secondo trimestre", "1°",
    "II", "trimestre", "semestre", "begin", "half", "medio", "eind", "uiterlijk eind", "vóór", "eerste helft",
    "tweede kwartaal", "kwartaal", "helft", "1ste", "2de", "estate", "autunno", "inverno", "voorjaar", "zomer",
    "najaar", "da", "a", "tra", "e", "van", "tot", "t/m", "tot en met", "tussen", "en", "del", "14-03-", "da definire",
    "n.v.t.", "ntb",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_IT_NL_WORDS), st.integers(1900, 2099).map(str),
                          st.integers(0, 99).map(str), st.text(max_size=6)), max_size=8))
def test_italian_and_dutch_date_words_in_any_order_give_ordered_periods(parts: list[str]) -> None:
    span = parse_period(" ".join(parts))
    if span is not None:
        assert _YM.match(span.start) and _YM.match(span.end), span
        assert _months_of(span.start, end=False) <= _months_of(span.end, end=True), span
