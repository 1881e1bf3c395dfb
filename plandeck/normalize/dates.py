"""Dates, periods and month lists in free text, to ``YYYY`` / ``YYYY-MM`` (SCHEMA.md: Period).

The text is scanned once for date *atoms* (a year, a month with a year, a quarter, a
half, a season, a fiscal year, a qualified year such as "mid-2023", a month without a
year), then atoms are combined: ranges ("2020-2022", "March-May 2022", "2022/23") take
the first atom's start and the last's end; a month without a year borrows the next year
written. Every word the rules know (months, qualifiers, ordinals, seasons, connectors)
comes from ``data/dates.toml``; this module only holds the shapes of the expressions.
dateparser, limited to the configured languages, is the fallback for a lone date the
rules miss.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from plandeck.settings import Settings
from plandeck.vocabulary import Vocabulary, fold, read_toml

# The languages of a default run: what the CLI and the library use when not told otherwise.
DEFAULT_LANGUAGES: tuple[str, ...] = Settings().languages


@dataclass(frozen=True, slots=True)
class Atom:
    """One date expression found in text: its span and the months it covers.

    ``last`` may pass 12: a period that runs into the next year (winter, a fiscal year)
    ends in month ``last - 12`` of ``year + 1``.
    """

    start: int
    end: int
    year: int | None
    first: int | None  # first month, None = whole year
    last: int | None
    precise: bool  # names months (not a whole year)

    def with_year(self, year: int) -> Atom:
        return Atom(self.start, self.end, year, self.first, self.last, self.precise)

    @property
    def first_index(self) -> int:
        """Months since year 0 of the first month covered (year known)."""
        return (self.year or 0) * 12 + (self.first or 1) - 1

    @property
    def last_index(self) -> int:
        """Months since year 0 of the last month covered (year known)."""
        return (self.year or 0) * 12 + (self.last or 12) - 1


@dataclass(frozen=True, slots=True)
class Span:
    """A period as the schema writes it."""

    text: str
    start: str
    end: str


@dataclass(frozen=True)
class DateWords:
    """The sections of ``data/dates.toml`` beyond the shared vocabulary, folded for matching."""

    qualifier_months: dict[str, tuple[int, int]]
    quarter_nouns: tuple[str, ...]
    half_nouns: tuple[str, ...]
    ordinal_suffixes: tuple[str, ...]
    ordinals: dict[str, int]
    seasons: dict[str, tuple[int, int]]  # folded season word -> (first, last) month
    fiscal_prefixes: tuple[str, ...]
    fiscal_start: int
    connectors: dict[str, tuple[str, ...]]
    recurrence_steps: dict[str, int]
    no_meetings: tuple[str, ...]


#: A year of this or the last century, and a span of them ("2023–2024", "2022/23"): the one
#: pattern every stage uses to find years in titles and headers.
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
YEAR_SPAN = re.compile(r"\b(?:19|20)\d{2}(?:\s*[-–—/]\s*(?:19|20)?\d{2})?\b")


def _longest_first(words) -> tuple[str, ...]:
    return tuple(sorted({fold(w) for w in words}, key=lambda w: (-len(w), w)))


@cache
def date_words() -> DateWords:
    """The extra date words of this process (bundled file plus ``PLANDECK_DATA``), read once."""
    data = read_toml("dates.toml")
    periods = data["periods"]
    season_months = {k: (int(v[0]), int(v[1])) for k, v in data["season_months"].items()}
    return DateWords(
        qualifier_months={k: (int(v[0]), int(v[1])) for k, v in data["qualifier_months"].items()},
        quarter_nouns=_longest_first(periods["quarter_nouns"]),
        half_nouns=_longest_first(periods["half_nouns"]),
        ordinal_suffixes=_longest_first(periods["ordinal_suffixes"]),
        ordinals={fold(w): int(n) for n, words in data["ordinals"].items() for w in words},
        seasons={fold(w): season_months[k] for k, words in data["seasons"].items() for w in words},
        fiscal_prefixes=_longest_first(data["fiscal_year"]["prefixes"]),
        fiscal_start=int(data["fiscal_year"]["start_month"]),
        connectors={k: _longest_first(v) for k, v in data["connectors"].items()},
        recurrence_steps={k: int(v) for k, v in data["recurrence_steps"].items()},
        no_meetings=_longest_first(data["no_meetings"]["phrases"]),
    )


def alternation(words) -> str:
    """A regex alternation of folded words, longest first; spaces match any run of spaces."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w)))


def _ym(year: int, month: int | None) -> str:
    if month is None:
        return f"{year:04d}"
    index = year * 12 + month - 1
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _empty_key(text: str) -> str:
    return " ".join(fold(text).split()).strip(" .:;")


class DateScanner:
    """Finds date atoms with regexes built from the vocabulary's month and qualifier words."""

    def __init__(self, vocab: Vocabulary, languages: tuple[str, ...] = DEFAULT_LANGUAGES) -> None:
        words = date_words()
        self._months = vocab.months
        self._languages = list(languages)
        self._empty = frozenset(_empty_key(w) for w in vocab.empty_words)
        self._between = _between(words.connectors["and"] + words.connectors["range"])
        # The small words a line may hold besides its dates and still be only a period.
        ranges = alternation(w for w in words.connectors["range"] + words.connectors["until"] if re.search(r"[a-z]", w))
        self._range = re.compile(rf"\w\s*[-–—]\s*\w|(?<![a-z])(?:{ranges})(?![a-z])")
        self._period_words = frozenset(word for k in ("and", "range", "until", "of", "between")
                                       for phrase in words.connectors[k] for word in phrase.split())
        self._qual_of = {w: k for k, ws in vocab.qualifiers.items() for w in ws}
        self._qualifier_months = words.qualifier_months
        self._ordinals = words.ordinals
        self._seasons = words.seasons
        self._fiscal_start = words.fiscal_start
        mon = alternation(self._months)
        qual = alternation(self._qual_of)
        qpre = alternation(vocab.quarter_prefixes)
        hpre = alternation(vocab.half_prefixes)
        qnoun, hnoun = alternation(words.quarter_nouns), alternation(words.half_nouns)
        suffix = alternation(words.ordinal_suffixes)
        ordinal = rf"(?:(?P<o>{alternation(self._ordinals)})\s+|(?P<n>[1-4])\s*(?:{suffix})?\s*)"
        season = alternation(self._seasons)
        fy = alternation(words.fiscal_prefixes)
        year = r"(?P<y>(?:19|20)\d{2})(?!\d)"
        of_word = alternation(words.connectors["of"])
        of = rf"(?:\s*(?:{of_word}|,)\s*|\s*)"
        patterns = [
            ("fiscal", rf"(?<![a-z])(?:{fy})\s*(?P<f1>(?:19|20)\d{{2}}|\d{{2}})"
                       rf"(?:\s*[/-]\s*(?P<f2>(?:19|20)\d{{2}}|\d{{2}}))?(?!\d)"),
            ("quarter", rf"(?<![a-z])(?:{qpre})\s*(?P<n>[1-4])(?![0-9])\s*[/,-]?\s*(?:{of})?{year}"),
            ("quarter", rf"{year}\s*[-/ ]?\s*(?:{qpre})(?P<n>[1-4])(?![0-9a-z])"),
            ("quarter", rf"(?<![a-z0-9]){ordinal}(?:{qnoun})\.?(?![a-z]){of}{year}"),
            ("half", rf"(?<![a-z])(?:{hpre})\s*(?P<n>[12])(?![0-9])\s*[/,-]?\s*(?:{of})?{year}"),
            ("half", rf"{year}\s*[-/ ]?\s*(?:{hpre})(?P<n>[12])(?![0-9a-z])"),
            ("half", rf"(?<![a-z0-9]){ordinal}(?:{hnoun})\.?(?![a-z]){of}{year}"),
            ("season", rf"(?<![a-z])(?P<s>{season})(?![a-z]){of}{year}"
                       rf"(?:\s*[/-]\s*(?P<y2>(?:19|20)\d{{2}}|\d{{2}})(?!\d))?"),
            ("qualmonth", rf"(?<![a-z])(?:{qual})\s*[-]?\s*(?:{of})?(?P<m>{mon})\.?(?![a-z]){of}{year}"),
            ("qualyear", rf"(?<![a-z])(?P<q>{qual})\s*[-]?\s*(?:{of})?{year}"),
            # A day before or after the month is read and dropped: "14. Februar", "14 de março", "March 14th".
            ("monthyear", rf"(?<![a-z])(?:\d{{1,2}}(?:{suffix})?\s*(?:(?:{of_word})\s*)?)?(?P<m>{mon})\.?"
                          rf"(?![a-z])(?:\s*\d{{1,2}}(?:{suffix})?(?!\d))?{of}{year}"),
            # A month and a two-digit year, as spreadsheets write them: "Mar-26", "abr/26", "Sep '26".
            ("monthyy", rf"(?<![a-z])(?P<m>{mon})\.?\s*[-/'’]\s*(?P<yy>\d{{2}})(?![\d/.:-])"),
            ("numeric", rf"(?<![\d/.-])(?:(?P<d>\d{{1,2}})[/.])?(?P<mn>0?[1-9]|1[0-2])[/.]{year}"),
            # A day date with dashes, as Dutch and Italian write them: "14-03-2025" (not "03-2025").
            ("numeric", rf"(?<![\d/.-])\d{{1,2}}-(?P<mn>0?[1-9]|1[0-2])-{year}"),
            ("iso", rf"{year}-(?P<mn>0[1-9]|1[0-2])(?![\d])(?:-\d{{2}})?"),
            ("iso", rf"{year}[/.](?P<mn>0?[1-9]|1[0-2])[/.]\d{{1,2}}(?!\d)"),
            ("quarter_noyear", rf"(?<![a-z])(?:{qpre})(?P<n>[1-4])(?![0-9a-z])"),
            ("half_noyear", rf"(?<![a-z])(?:{hpre})(?P<n>[12])(?![0-9a-z])"),
            ("season", rf"(?<![a-z])(?P<s>{season})(?![a-z])"),
            ("month", rf"(?<![a-z])(?P<m>{mon})\.?(?![a-z])"),
            ("year", rf"(?<![\d/]){year}"),
            ("yy", r"(?<=[/-])(?P<yy>\d{2})(?![\d])"),
        ]
        # Inner group names repeat across alternatives: the scan uses unnamed copies, and the
        # matching part is then re-run at the same position to read its groups.
        self._regex = re.compile("|".join(
            f"(?P<{name}{i}>{re.sub(r'[(][?]P<[a-z0-9]+>', '(?:', p)})" for i, (name, p) in enumerate(patterns)))
        self._kinds = {f"{name}{i}": name for i, (name, _) in enumerate(patterns)}
        self._parts = {f"{name}{i}": re.compile(p) for i, (name, p) in enumerate(patterns)}

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages dateparser, the fallback, is limited to."""
        return tuple(self._languages)

    # --- atoms --------------------------------------------------------------------------------
    def atoms(self, text: str) -> list[Atom]:
        """Date atoms of ``text`` in order; a month with no year takes the next year written."""
        folded = fold(text)
        found: list[Atom] = []
        for m in self._regex.finditer(folded):
            group = m.lastgroup
            if group is None:
                continue
            kind = self._kinds[group]
            atom = self._atom(kind, self._parts[group].match(folded, m.start()), m.start(), m.end())
            if atom is None:
                continue
            if kind == "yy" and found and found[-1].year is not None and atom.year is not None \
                    and not 0 <= atom.year - found[-1].year <= 10:
                continue  # "2025/06" is no range back to 2006
            found.append(atom)
        return _resolve_years(found, folded, self._between)

    def _atom(self, kind: str, m: re.Match | None, start: int, end: int) -> Atom | None:
        if m is None:
            return None
        g = m.groupdict()
        year = int(g["y"]) if g.get("y") else None
        if kind in ("quarter", "quarter_noyear", "half", "half_noyear"):
            n = int(g["n"]) if g.get("n") else self._ordinals[re.sub(r"\s+", " ", g["o"])]
            size = 3 if kind.startswith("quarter") else 6
            if n * size > 12:
                return None
            return Atom(start, end, year, size * (n - 1) + 1, size * n, True)
        if kind == "season":
            first, last = self._seasons[re.sub(r"\s+", " ", g["s"])]
            last += 12 if last < first else 0
            y2 = _full_year(g["y2"], year) if g.get("y2") and year is not None else None
            if year is not None and y2 is not None and 0 < y2 - year <= 10:
                # "winter 2025/26" is one winter; "summer 2025-2026" runs to the second summer.
                last += 12 * (y2 - year - (1 if last > 12 else 0))
            return Atom(start, end, year, first, last, True)
        if kind == "fiscal":
            return self._fiscal(g, start, end)
        if kind == "qualyear":
            first, last = self._qualifier_months[self._qual_of[re.sub(r"\s+", " ", g["q"])]]
            return Atom(start, end, year, first, last, True)
        if kind in ("monthyear", "qualmonth", "month"):
            month = self._months[g["m"]]
            return Atom(start, end, year, month, month, True)
        if kind in ("numeric", "iso"):
            month = int(g["mn"])
            return Atom(start, end, year, month, month, True)
        if kind == "year":
            return Atom(start, end, year, None, None, False)
        if kind == "monthyy":
            month = self._months[g["m"]]
            return Atom(start, end, 2000 + int(g["yy"]), month, month, True)
        if kind == "yy":
            return Atom(start, end, 2000 + int(g["yy"]), None, None, False)
        return None

    def _fiscal(self, g: dict, start: int, end: int) -> Atom | None:
        """"FY2024/25" runs from the start month of 2024; "FY25" is the fiscal year ending in 2025."""
        first_year = _full_year(g["f1"], 2000)
        if g.get("f2"):
            last_year = _full_year(g["f2"], first_year)
            if not 0 <= last_year - first_year <= 10:
                return None
        else:
            last_year, first_year = first_year, first_year - (1 if self._fiscal_start > 1 else 0)
        if self._fiscal_start == 1:
            return Atom(start, end, first_year, 1, 12 * (last_year - first_year + 1), True)
        return Atom(start, end, first_year, self._fiscal_start,
                    self._fiscal_start - 1 + 12 * max(1, last_year - first_year), True)

    # --- periods ------------------------------------------------------------------------------
    def is_empty(self, text: str) -> bool:
        """"N/A", "TBD", "-", "k. A." and friends: no value at all."""
        return not text.strip() or _empty_key(text) in self._empty

    def is_range(self, text: str) -> bool:
        """A span written with a dash or a range word ("M4–M30", "2024 to 2025", "Jan bis März")."""
        return bool(self._range.search(fold(text)))

    def only_period(self, text: str) -> bool:
        """A line that is a dated period and nothing else ("January – December 2014", "2023 to 2025"):
        besides its dates it holds only the connectors of date expressions."""
        atoms = self.atoms(text)
        if not any(a.year is not None for a in atoms):
            return False
        rest = fold(text)
        for a in reversed(atoms):
            rest = rest[:a.start] + " " + rest[a.end:]
        return all(w in self._period_words for w in re.findall(r"[^\W\d_]{3,}", rest))

    def period(self, text: str) -> Span | None:
        """The period a field value states: from its earliest to its latest atom."""
        text = " ".join(text.split())
        if self.is_empty(text):
            return None
        atoms = [a for a in self.atoms(text) if a.year is not None]
        if not atoms:
            month = self._dateparser_month(text)
            return Span(text, month, month) if month else None
        first = min(atoms, key=lambda a: a.first_index)
        last = max(atoms, key=lambda a: a.last_index)
        return Span(text, _ym(first.year or 0, first.first), _ym(last.year or 0, last.last))

    def _dateparser_month(self, text: str) -> str | None:
        """Fallback for a lone date the rules miss; only for short texts that look like dates."""
        if len(text) > 40 or not re.search(r"\d", text):
            return None
        parsed = _dateparser_parse(text, tuple(self._languages))
        return f"{parsed.year:04d}-{parsed.month:02d}" if parsed else None


def _full_year(digits: str, near: int) -> int:
    """A year written with two or four digits; two digits take the century of ``near``."""
    if len(digits) == 4:
        return int(digits)
    year = near // 100 * 100 + int(digits)
    return year + 100 if year < near else year


@cache
def _dateparser_parse(text: str, languages: tuple[str, ...]):
    import dateparser

    try:
        return dateparser.parse(text, languages=list(languages),
                                settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["month", "year"]})
    except (ValueError, OverflowError):  # dateparser raises on some out-of-range numbers
        return None


@cache
def _between(words: tuple[str, ...]) -> re.Pattern[str]:
    """What may stand between a yearless month and the dated one it borrows its year from."""
    named = alternation(w for w in words if re.search(r"[a-z]", w))
    return re.compile(rf"^[\s,;&/.\u2013\u2014-]*(?:(?:{named})(?![a-z]))?[\s,;&/.\u2013\u2014-]*$")


def _resolve_years(atoms: list[Atom], folded: str, between: re.Pattern[str]) -> list[Atom]:
    """Give a yearless atom (a bare month, "Q3") the year of the dated atom next to it.

    Only across separators: "January- February 2022" and "March, May and June 2023" borrow,
    "May be held in 2023" does not.
    """
    out = list(atoms)
    for i in range(len(out) - 1, -1, -1):
        after = out[i + 1].year if i + 1 < len(out) else None
        if out[i].year is None and after is not None and between.match(folded[out[i].end: out[i + 1].start]):
            out[i] = out[i].with_year(after)
    for i in range(1, len(out)):
        before = out[i - 1].year
        if out[i].year is None and before is not None and between.match(folded[out[i - 1].end: out[i].start]):
            out[i] = out[i].with_year(before)
    # "November-February 2023": a range running backwards crosses a new year.
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if (a.precise and b.precise and a.year is not None and a.year == b.year and a.first and b.first
                and a.first > b.first and atoms[i].year is None):
            out[i] = a.with_year(a.year - 1)
    return [a for a in out if a.year is not None]


@cache
def scanner(languages: tuple[str, ...] = DEFAULT_LANGUAGES) -> DateScanner:
    """One scanner per process and language set."""
    from plandeck.vocabulary import load

    return DateScanner(load(), languages)


def parse_period(text: str, languages: tuple[str, ...] = DEFAULT_LANGUAGES) -> Span | None:
    """Convenience entry point: a field value to a schema Period span, or None."""
    return scanner(languages).period(text)


# Months counted from a project's start ("M6", "M4–M30"), as EU projects write due dates and spans.
_PROJECT_MONTHS = re.compile(r"^M\s?(\d{1,3})(?:\s*[-–—]\s*M\s?(\d{1,3}))?$")


def project_months(text: str, start: str | None) -> Span | None:
    """ "M6" with a project starting 2024-01 is 2024-06; "M4–M30" is 2024-04..2026-06; None without a start month."""
    m = _PROJECT_MONTHS.match(" ".join(text.split()))
    if m is None or start is None or len(start) != 7:
        return None
    base = int(start[:4]) * 12 + int(start[5:]) - 1

    def month(n: str) -> str:
        k = base + int(n) - 1
        return f"{k // 12:04d}-{k % 12 + 1:02d}"

    first = month(m.group(1))
    return Span(text.strip(), first, month(m.group(2)) if m.group(2) else first)
