"""Recognises field labels ("Leader:", "Co-chairs :", "Réunions prévues") from the vocabulary."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from plandeck.vocabulary import Vocabulary, fold

# Shortest field name trusted without a colon ("Lead", "When", "Aim"; not "By").
MIN_LOOSE_LABEL = 3


@dataclass(frozen=True, slots=True)
class LabelMatch:
    """A label found at the start of a line; ``value`` is what follows it (maybe empty)."""

    key: str
    label: str
    value: str


class LabelMatcher:
    """Matches labels at the start of lines and as whole table header cells."""

    def __init__(self, vocab: Vocabulary) -> None:
        self._key_of: dict[str, str] = {}
        for key, words in vocab.labels.items():
            for word in words:
                self._key_of.setdefault(word, key)
        self._title_columns = frozenset(vocab.title_columns)
        self._go_on = vocab.sentence_go_on
        longest_first = sorted(self._key_of, key=lambda w: (-len(w), w))
        alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in longest_first)
        # Label, optional "(s)", then a colon (or a dash with spaces); or the label alone on its line.
        self._line = re.compile(
            rf"^(?P<label>{alternation})(?:\s*\(s\))?\s*(?:(?:[:：]|\s[-–—]\s)\s*(?P<value>.*)|[:：]?\s*$)",
            re.DOTALL,
        )
        # A label and its value with no colon between ("Lead Jane Doe", "When Q2 2025").
        self._loose = re.compile(rf"^(?P<label>{alternation})\s+(?P<value>\S.*)$", re.DOTALL)

    def goes_on(self, value: str) -> bool:
        """A value opening with a word that carries a sentence on ("**Status** of the sector ..."):
        the field name was the start of prose, not a label."""
        return fold(value).split(" ", 1)[0] in self._go_on

    def match(self, text: str) -> LabelMatch | None:
        """The label that opens ``text``, if any. Folding keeps offsets: NFKD only splits accents."""
        folded = fold(text)
        m = self._line.match(folded)
        if m is None:
            return None
        key = self._key_of[re.sub(r"\s+", " ", m.group("label"))]
        value_start = m.start("value") if m.group("value") is not None else len(folded)
        label_text, value = _split_at_folded(text, m.end("label"), value_start)
        return LabelMatch(key=key, label=label_text, value=value)

    def match_loose(self, text: str) -> LabelMatch | None:
        """A label opening ``text`` with no colon: only trusted when a block writes all its fields so."""
        folded = fold(text)
        m = self._loose.match(folded)
        if m is None:
            return None
        if len(m.group("label")) < MIN_LOOSE_LABEL:
            return None  # "By the end of the module ...": short words open sentences too often
        key = self._key_of[re.sub(r"\s+", " ", m.group("label"))]
        label_text, value = _split_at_folded(text, m.end("label"), m.start("value"))
        return LabelMatch(key=key, label=label_text, value=value)

    def header_key(self, cell: str, overflow: bool = False) -> str | None:
        """The field a table header cell names: the whole cell must be a label.

        With ``overflow``, for an items table's header row, all of the cell but one stray
        first word may be: a long neighbouring header can overflow into this cell in a PDF
        ("Gro Timeline" where "Working Groups" ran over).
        """
        folded = re.sub(r"\s*\(s\)\s*", "", fold(cell)).strip(" :：*")
        folded = re.sub(r"\s+", " ", folded)
        key = self._key_of.get(folded)
        if key is None and overflow and " " in folded:
            key = self._key_of.get(folded.split(" ", 1)[1])
        return key

    def is_title_column(self, cell: str) -> bool:
        """Whether a header cell names the items themselves ("Deliverable", "Working group")."""
        return re.sub(r"\s+", " ", fold(cell)).strip(" :*") in self._title_columns


def _split_at_folded(text: str, label_end: int, value_start: int) -> tuple[str, str]:
    """Cut the original text at offsets found in its folded form.

    Folding removes combining accents, so offsets shift; walk both strings together.
    """
    if text.isascii():  # folding ASCII only lowers case: offsets are the same
        return text[:label_end].strip(), text[value_start:].strip()
    mapping = []
    for i, ch in enumerate(text):
        mapping.extend([i] * len(fold(ch)))
    mapping.append(len(text))
    cut_label = mapping[min(label_end, len(mapping) - 1)]
    cut_value = mapping[min(value_start, len(mapping) - 1)]
    return text[:cut_label].strip(), text[cut_value:].strip()


@cache
def matcher() -> LabelMatcher:
    """The process-wide matcher, built once from the bundled and user vocabulary."""
    from plandeck.vocabulary import load

    return LabelMatcher(load())
