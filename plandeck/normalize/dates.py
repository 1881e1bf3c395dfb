"""Dates, periods and month lists in free text, to ``YYYY`` / ``YYYY-MM`` (SCHEMA.md: Period).

The text is scanned once for date *atoms* (a year, a month with a year, a quarter, a
half, a qualified year such as "mid-2023", a month without a year), then atoms are
combined: ranges ("2020-2022", "March-May 2022", "2022/23") take the first atom's start
and the last's end; a month without a year borrows the next year written. Rules cover
the forms decks use; dateparser, limited to the configured languages, is the fallback
for a lone date the rules miss.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from plandeck.vocabulary import Vocabulary, fold

_QUALIFIED = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
_ORDINAL_QUARTER = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "premier": 1, "1er": 1, "deuxieme": 2, "2e": 2, "2eme": 2, "troisieme": 3, "3e": 3, "3eme": 3,
    "quatrieme": 4, "4e": 4, "4eme": 4, "primer": 1, "segundo": 2, "tercer": 3, "cuarto": 4,
}
_ORDINAL_HALF = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "premier": 1, "1er": 1, "second ": 2,
                 "deuxieme": 2, "2e": 2, "primer": 1, "segundo": 2}


@dataclass(frozen=True, slots=True)
class Atom:
    """One date expression found in text: its span and the months it covers."""

    start: int
    end: int
    year: int | None
    first: int | None  # first month, None = whole year
    last: int | None
    precise: bool  # names months (not a whole year)

    def with_year(self, year: int) -> Atom:
        return Atom(self.start, self.end, year, self.first, self.last, self.precise)


@dataclass(frozen=True, slots=True)
class Span:
    """A period as the schema writes it."""

    text: str
    start: str
    end: str


def _ym(year: int, month: int | None) -> str:
    return f"{year:04d}" if month is None else f"{year:04d}-{month:02d}"


class DateScanner:
    """Finds date atoms with regexes built from the vocabulary's month and qualifier words."""

    def __init__(self, vocab: Vocabulary, languages: tuple[str, ...] = ("en", "fr", "es")) -> None:
        self._months = vocab.months
        self._languages = list(languages)
        self._empty = vocab.empty_words
        self._qual_of = {w: k for k, words in vocab.qualifiers.items() for w in words}
        mon = "|".join(re.escape(m) for m in sorted(self._months, key=lambda m: (-len(m), m)))
        qual = "|".join(re.escape(q) for q in sorted(self._qual_of, key=lambda q: (-len(q), q)))
        qpre = "|".join(re.escape(q) for q in vocab.quarter_prefixes)
        hpre = "|".join(re.escape(h) for h in vocab.half_prefixes)
        year = r"(?P<y>(?:19|20)\d{2})(?!\d)"
        ordq = "|".join(sorted(_ORDINAL_QUARTER, key=len, reverse=True))
        ordh = "|".join(sorted(_ORDINAL_HALF, key=len, reverse=True))
        of = r"(?:\s*(?:of|de|del|d'|,)\s*|\s*)"
        patterns = [
            ("quarter", rf"(?<![a-z])(?:{qpre})\s*(?P<n>[1-4])(?![0-9])\s*[/,-]?\s*(?:{of})?{year}"),
            ("quarter", rf"{year}\s*[-/ ]?\s*(?:q|t)(?P<n>[1-4])(?![0-9])"),
            ("quarter", rf"(?<![a-z])(?P<o>{ordq})\s+(?:quarter|trimestre){of}{year}"),
            ("half", rf"(?<![a-z])(?:{hpre})\s*(?P<n>[12])(?![0-9])\s*[/,-]?\s*(?:{of})?{year}"),
            ("half", rf"(?<![a-z])(?P<o>{ordh})\s+(?:half|semestre|semester){of}{year}"),
            ("qualmonth", rf"(?<![a-z])(?:{qual})\s*[-]?\s*(?:{of})?(?P<m>{mon})\.?(?![a-z]){of}{year}"),
            ("qualyear", rf"(?<![a-z])(?P<q>{qual})\s*[-]?\s*(?:{of})?{year}"),
            ("monthyear", rf"(?<![a-z])(?:\d{{1,2}}(?:st|nd|rd|th|er|o)?\s*(?:de\s+|of\s+)?)?(?P<m>{mon})\.?"
                          rf"(?![a-z])(?:\s*\d{{1,2}}(?:st|nd|rd|th)?(?!\d))?{of}{year}"),
            ("numeric", rf"(?<![\d/.-])(?:(?P<d>\d{{1,2}})[/.])?(?P<mn>0?[1-9]|1[0-2])[/.]{year}"),
            ("iso", rf"{year}-(?P<mn>0[1-9]|1[0-2])(?![\d])(?:-\d{{2}})?"),
            ("quarter_noyear", r"(?<![a-z])(?:q|t)(?P<n>[1-4])(?![0-9a-z])"),
            ("month", rf"(?<![a-z])(?P<m>{mon})\.?(?![a-z])"),
            ("year", rf"(?<![\d/]){year}"),
            ("yy", r"(?<=[/-])(?P<yy>\d{2})(?![\d])"),
        ]
        # Inner group names repeat across alternatives: the scan uses unnamed copies, and the
        # matching part is then re-run at the same position to read its groups.
        self._regex = re.compile("|".join(
            f"(?P<{name}{i}>{re.sub(r'[(][?]P<[a-z]+>', '(?:', p)})" for i, (name, p) in enumerate(patterns)))
        self._kinds = {f"{name}{i}": name for i, (name, _) in enumerate(patterns)}
        self._parts = {f"{name}{i}": re.compile(p) for i, (name, p) in enumerate(patterns)}

    # --- atoms --------------------------------------------------------------------------------
    def atoms(self, text: str) -> list[Atom]:
        """Date atoms of ``text`` in order; a month with no year takes the next year written."""
        folded = fold(text)
        found: list[Atom] = []
        for m in self._regex.finditer(folded):
            group = m.lastgroup
            if group is None:
                continue
            atom = self._atom(self._kinds[group], self._parts[group].match(folded, m.start()), m.start(), m.end())
            if atom is not None:
                found.append(atom)
        return _resolve_years(found, folded)

    def _atom(self, kind: str, m: re.Match | None, start: int, end: int) -> Atom | None:
        if m is None:
            return None
        g = m.groupdict()
        year = int(g["y"]) if g.get("y") else None
        if kind == "quarter":
            n = int(g["n"]) if g.get("n") else _ORDINAL_QUARTER[g["o"]]
            return Atom(start, end, year, 3 * n - 2, 3 * n, True)
        if kind == "quarter_noyear":
            n = int(g["n"])
            return Atom(start, end, None, 3 * n - 2, 3 * n, True)
        if kind == "half":
            n = int(g["n"]) if g.get("n") else _ORDINAL_HALF[g["o"]]
            return Atom(start, end, year, 6 * n - 5, 6 * n, True)
        if kind == "qualyear":
            first, last = _QUALIFIED[self._qual_of[re.sub(r"\s+", " ", g["q"])]]
            return Atom(start, end, year, first, last, True)
        if kind in ("monthyear", "qualmonth", "month"):
            month = self._months[g["m"]]
            return Atom(start, end, year, month, month, True)
        if kind in ("numeric", "iso"):
            month = int(g["mn"])
            return Atom(start, end, year, month, month, True)
        if kind == "year":
            return Atom(start, end, year, None, None, False)
        if kind == "yy":
            return Atom(start, end, 2000 + int(g["yy"]), None, None, False)
        return None

    # --- periods ------------------------------------------------------------------------------
    def is_empty(self, text: str) -> bool:
        """"N/A", "TBD", "-" and friends: no value at all."""
        return not text.strip() or fold(text).strip(" .:;") in self._empty

    def period(self, text: str) -> Span | None:
        """The period a field value states: from its earliest to its latest atom."""
        text = " ".join(text.split())
        if self.is_empty(text):
            return None
        atoms = [a for a in self.atoms(text) if a.year is not None]
        if not atoms:
            month = self._dateparser_month(text)
            return Span(text, month, month) if month else None
        first = min(atoms, key=lambda a: (a.year, a.first or 1))
        last = max(atoms, key=lambda a: (a.year, a.last or 12))
        return Span(text, _ym(first.year, first.first), _ym(last.year, last.last))

    def _dateparser_month(self, text: str) -> str | None:
        """Fallback for a lone date the rules miss; only for short texts that look like dates."""
        if len(text) > 40 or not re.search(r"\d", text):
            return None
        parsed = _dateparser_parse(text, tuple(self._languages))
        return f"{parsed.year:04d}-{parsed.month:02d}" if parsed else None


@cache
def _dateparser_parse(text: str, languages: tuple[str, ...]):
    import dateparser

    return dateparser.parse(text, languages=list(languages),
                            settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["month", "year"]})


# What may stand between a yearless month and the dated one it borrows its year from.
_BETWEEN_LIST = re.compile(r"^[\s,;&/.\u2013\u2014-]*(?:(?:and|et|y|e|to|a|au|through|till|until|hasta)\b)?"
                           r"[\s,;&/.\u2013\u2014-]*$")


def _resolve_years(atoms: list[Atom], folded: str) -> list[Atom]:
    """Give a yearless atom (a bare month, "Q3") the year of the dated atom next to it.

    Only across separators: "January- February 2022" and "March, May and June 2023" borrow,
    "May be held in 2023" does not.
    """
    out = list(atoms)
    for i in range(len(out) - 1, -1, -1):
        if out[i].year is None and i + 1 < len(out) and out[i + 1].year is not None \
                and _BETWEEN_LIST.match(folded[out[i].end: out[i + 1].start]):
            out[i] = out[i].with_year(out[i + 1].year)
    for i in range(1, len(out)):
        if out[i].year is None and out[i - 1].year is not None \
                and _BETWEEN_LIST.match(folded[out[i - 1].end: out[i].start]):
            out[i] = out[i].with_year(out[i - 1].year)
    # "November-February 2023": a range running backwards crosses a new year.
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if (a.precise and b.precise and a.year is not None and a.year == b.year and a.first and b.first
                and a.first > b.first and atoms[i].year is None):
            out[i] = a.with_year(a.year - 1)
    return [a for a in out if a.year is not None]


@cache
def scanner(languages: tuple[str, ...] = ("en", "fr", "es")) -> DateScanner:
    """One scanner per process and language set."""
    from plandeck.vocabulary import load

    return DateScanner(load(), languages)


def parse_period(text: str, languages: tuple[str, ...] = ("en", "fr", "es")) -> Span | None:
    """Convenience entry point: a field value to a schema Period span, or None."""
    return scanner(languages).period(text)
