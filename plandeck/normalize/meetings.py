"""Meeting lines ("WG3 & WG4 January- February 2022 revision ...") to months, groups and notes.

A line is cut into sentences; each sentence's date atoms give months (ranges such as
"March-May 2022" expand month by month), the group codes it names (carried on to the
next sentences of the same line when they name none), and the words left over are the
meeting's note. An open-ended rule ("Monthly e-meetings from February 2022") becomes a
recurrence whose first month is also a meeting; a sentence saying there are no (more)
meetings gives no months. The words (range, between, from and until connectors, frequencies
and their steps, "no more meetings" phrases) are data: ``data/dates.toml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from plandeck.codes import grammar
from plandeck.model import Origin
from plandeck.normalize.dates import Atom, DateScanner, alternation, date_words
from plandeck.vocabulary import Vocabulary, fold

# Sentence ends: ";", a full stop after a number ("December 2021. January"), or after a word
# of four letters or more before a capital ("meeting. March") -- not after "Sept." or "Nov.".
# A day number's dot is no sentence end ("am 14. März 2025", "ab 3. März").
_SENTENCE = re.compile(r"(?<=;)\s+|(?<=\d)(?<!\b\d)(?<!\b\d\d)\.(?:\s+|(?=[A-Za-z]))|(?<=[a-z]{4})\.\s+(?=[A-Z])")
# The frequencies the schema's Recurrence.freq allows; others only expand bounded rules.
_SCHEMA_FREQ = {"weekly", "monthly", "quarterly", "yearly"}
_PUNCT = r"[\s,.;:&+/\-–—]*"


@dataclass(frozen=True, slots=True)
class MonthFact:
    """One meeting month as read from a line."""

    month: str
    groups: tuple[str, ...]
    note: str | None
    origin: Origin | None = None  # where the line was read, set by the caller that knows the field


@dataclass(frozen=True, slots=True)
class RecurrenceFact:
    """An open-ended meeting rule."""

    freq: str
    start: str
    text: str


@dataclass(slots=True)
class MeetingLines:
    """What a field's meeting lines said."""

    months: list[MonthFact] = field(default_factory=list)
    recurrence: RecurrenceFact | None = None
    notes: list[str] = field(default_factory=list)


class MeetingParser:
    """Parses meeting lines; ``wg_prefixes`` say which codes name groups (WG3, GT 2)."""

    def __init__(self, vocab: Vocabulary, dates: DateScanner) -> None:
        self._dates = dates
        self._prefixes = frozenset(vocab.wg_code_prefixes)
        self._freq_of = {w: k for k, words in vocab.recurrence.items() for w in words}
        self._freq_re = re.compile(rf"(?<![a-z])(?:{alternation(self._freq_of)})(?![a-z])")
        words = date_words()
        self._steps = words.recurrence_steps
        said = words.connectors
        self._range_gap = re.compile(rf"^\s*(?:{alternation(said['range'])})\s*$")
        # "tra gennaio e marzo 2025", "between January and March": an `and` word ends a range after `between`.
        self._and_gap = re.compile(rf"^\s*(?:{alternation(said['and'])})\s*$")
        self._between = re.compile(rf"(?<![a-z])(?:{alternation(said['between'])})\s*$")
        tail = alternation(said["from_tail"])
        self._from = re.compile(rf"(?<![a-z])(?:{alternation(said['from'])})(?:\s*(?:{tail}))?\s*$")
        self._until = re.compile(rf"(?<![a-z])(?:{alternation(said['until'])})\s*$")
        self._none = re.compile(rf"(?<![a-z])(?:{alternation(words.no_meetings)})(?![a-z])")
        joiners = alternation(said["and"])
        lead = [w for key in ("from", "from_tail", "until", "range", "between", "of", "at") for w in said[key]
                if w.isalpha() or " " in w or "'" in w or "/" in w]
        self._lead = re.compile(rf"(?:(?<![a-z])(?:{alternation(lead)})\s*)+$")
        # Joiners left at either end once dates are out: "and" of "March and May", "e" of "tra gennaio e marzo".
        self._junk = re.compile(rf"^{_PUNCT}(?:(?:{joiners})(?![a-z]){_PUNCT})*"
                                rf"|(?:{_PUNCT}(?<![a-z])(?:{joiners}))*{_PUNCT}$")

    def codes(self, text: str, known: frozenset[str] = frozenset()) -> tuple[str, ...]:
        """Group codes a line names, normalised to "WG3"."""
        return tuple(grammar().find(text, known, self._prefixes))

    def parse(self, lines: list[str], known_codes: frozenset[str] = frozenset()) -> MeetingLines:
        """Every month the lines plan, in line order."""
        result = MeetingLines()
        for line in lines:
            line = " ".join(line.split())
            if not line or self._dates.is_empty(line):
                continue
            if not self._parse_line(line, known_codes, result):
                result.notes.append(line)
        return result

    def _parse_line(self, line: str, known: frozenset[str], result: MeetingLines) -> bool:
        found = False
        groups: tuple[str, ...] = ()
        leftovers = []
        for sentence in (s for s in _SENTENCE.split(line) if s.strip()):
            groups = self.codes(sentence, known) or groups
            folded = fold(sentence)
            atoms = [a for a in self._dates.atoms(sentence) if a.precise]
            if not atoms or self._none.search(folded):
                # "No more meetings planned", "keine weiteren Sitzungen bis Ende 2025": no months.
                leftovers.append(sentence.strip())
                continue
            found = True
            freq = self._frequency(folded)
            if freq and len(atoms) <= 2 and self._from.search(folded[: atoms[0].start]):
                start = _month(atoms[0].year, atoms[0].first)
                bounded = len(atoms) == 2 and self._until.search(folded[atoms[0].end: atoms[1].start])
                if bounded:
                    # "every two months from October 2022 to April 2023": the months, no open rule.
                    step = self._steps.get(freq, 1)
                    months = _expand(atoms[0].year, atoms[0].first, atoms[1].year, atoms[1].last)[::step]
                    result.months.extend(MonthFact(m, groups, None) for m in months)
                    continue
                if freq in _SCHEMA_FREQ and result.recurrence is None:
                    result.recurrence = RecurrenceFact(freq, start, sentence.strip().rstrip("."))
                elif freq not in _SCHEMA_FREQ:
                    result.notes.append(sentence.strip())
                result.months.append(MonthFact(start, groups, None))
                continue
            note = self._note(sentence, folded, atoms)
            for month in self._months(folded, atoms):
                result.months.append(MonthFact(month, groups, note))
        if found and leftovers:
            result.notes.extend(leftovers)
        return found

    def _frequency(self, folded: str) -> str | None:
        """The frequency the longest recurrence phrase in the text names."""
        found = [m.group(0) for m in self._freq_re.finditer(folded)]
        return self._freq_of[max(found, key=len)] if found else None

    def _months(self, folded: str, atoms: list[Atom]) -> list[str]:
        months: list[str] = []
        i = 0
        while i < len(atoms):
            a = atoms[i]
            if i + 1 < len(atoms) and self._is_range(folded, atoms[i - 1].end if i else 0, a, atoms[i + 1]):
                b = atoms[i + 1]
                months.extend(_expand(a.year, a.first, b.year, b.last))
                i += 2
                continue
            months.append(_month(a.year, a.first))
            i += 1
        return months

    def _is_range(self, folded: str, before: int, a: Atom, b: Atom) -> bool:
        """Whether two atoms are a range's ends: a range word between them, or `and` after `between`."""
        gap = folded[a.end: b.start]
        return bool(self._range_gap.match(gap)
                    or (self._and_gap.match(gap) and self._between.search(folded, before, a.start)))

    def _note(self, sentence: str, folded: str, atoms: list[Atom]) -> str | None:
        """The words left once dates and group codes are taken out: the meeting's purpose."""
        keep = list(sentence)
        # Atoms' offsets are in the folded text; folding one character may give none or two ("ß").
        origin = [i for i, ch in enumerate(sentence) for _ in fold(ch)]
        if len(origin) == len(folded):
            for a in atoms:
                # The date and the small words that lead to it ("em", "bis", "a partir de").
                lead = self._lead.search(folded, 0, a.start)
                for i in range(lead.start() if lead else a.start, a.end):
                    keep[origin[i]] = " "
        text = "".join(keep)
        text = grammar().anywhere.sub(lambda m: " " if _letters(m.group(0)) in self._prefixes else m.group(0), text)
        text = " ".join(text.split())
        text = self._junk.sub("", text).strip()
        text = re.sub(r"\s*[-–—]\s*$", "", text)
        return text or None


def _letters(code: str) -> str:
    """The letters a code starts with ("WG" of "WG3")."""
    m = re.match(r"[A-Za-z]+", code)
    return m.group(0) if m else ""


def _month(year: int | None, month: int | None) -> str:
    return f"{year:04d}-{(month or 1):02d}"


def _expand(y0: int | None, m0: int | None, y1: int | None, m1: int | None) -> list[str]:
    """Every month from the first to the last, inclusive (at most five years, against typos)."""
    if y0 is None or y1 is None:
        return []
    start = y0 * 12 + (m0 or 1) - 1
    end = y1 * 12 + (m1 or 12) - 1
    if end < start or end - start > 60:
        return [_month(y0, m0)]
    return [f"{n // 12:04d}-{n % 12 + 1:02d}" for n in range(start, end + 1)]
