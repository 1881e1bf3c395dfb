"""How a deck spells out its acronyms: "Long Name (ACR)" anywhere, and partner lists.

Organisations are reconciled with these pairs ("INRIA" -> "Institut national de
recherche en informatique et automatique"), so an affiliation written as an acronym on
an item's slide gets the long name the deck gives elsewhere.
"""
from __future__ import annotations

import re

from plandeck.model import Block, BlockKind
from plandeck.vocabulary import load

# "Long name (ACR)": the acronym in parentheses; its long form is found among the words before it.
_ACRONYM_PAREN = re.compile(r"\(([A-Z][A-Za-z0-9&\-/]{1,11})\)")
# "LiU – Linköping University" on a partners list: a short form, a dash, the long one.
_SHORT_DASH_LONG = re.compile(r"^(?P<short>[A-Z][\w&/.-]{1,11}(?: [A-Z][\w&/.-]{1,11})?)\s+[-–—:]\s+(?P<long>\S.{4,})$")
Definition = tuple[str, str]
_PHRASE_END = re.compile(r"[:;,.()\n\u2013\u2014]|\s-\s")
_WORD = re.compile(r"[\w'’&-]+")
# The long form is among the 12 words before the parenthesis: no need to look further back than this.
_WINDOW = 400


def in_text(text: str) -> list[Definition]:
    """("Institut des territoires durables", "ITD") pairs a text spells out.

    The long form is the shortest run of words right before the parenthesis, within the
    same phrase, whose first word starts with the acronym's first letter and whose
    initials (connectors skipped) contain the acronym's letters in order.
    """
    out = []
    skip = load().acronym_skip
    for m in _ACRONYM_PAREN.finditer(text):
        acronym = m.group(1)
        letters = [c.lower() for c in acronym if c.isalpha()]
        if len(letters) < 2 or not any(c.isupper() for c in acronym[1:]):
            continue
        words = _words_before(text, m.start())
        for k in range(1, len(words) + 1):
            run = words[-k:]
            if run[0][0].lower() != letters[0] or not run[0][0].isupper():
                continue
            initials = iter(w[0].lower() for w in run if w.lower() not in skip)
            if all(c in initials for c in letters):
                out.append((" ".join(run), acronym))
                break
    return out


def _words_before(text: str, end: int) -> list[str]:
    """The last 12 words of the phrase ending at ``end``.

    Only a window before ``end`` is looked at, so a long line with many parentheses costs
    linear time, not the square of its length; a word cut by the window's start is dropped.
    """
    start = max(0, end - _WINDOW)
    phrase = _PHRASE_END.split(text[start:end])[-1]
    words = _WORD.findall(phrase)
    if start and len(phrase) == end - start and words and _WORD.fullmatch(text[start - 1: start]):
        words = words[1:]
    return words[-12:]


def in_list(blocks: list[Block]) -> list[Definition]:
    """Pairs a partners or glossary slide lists: a two-column table or "ACR – Long name" lines."""
    out: list[Definition] = []
    for block in blocks:
        if block.kind is BlockKind.TABLE:
            for row in block.rows:
                cells = [" ".join(c.split()) for c in row if c.strip()]
                if len(cells) == 2:
                    pair = _pair(cells[0], cells[1])
                    if pair:
                        out.append(pair)
        elif block.kind is BlockKind.TEXT:
            for para in block.paragraphs:
                m = _SHORT_DASH_LONG.match(para.text.strip())
                if m:
                    pair = _pair(m.group("short"), m.group("long"))
                    if pair:
                        out.append(pair)
    return out


def _pair(short: str, long: str) -> Definition | None:
    """(long, short) when ``short`` reads as an abbreviation of ``long``."""
    if len(short.split()) > 2 or len(long) < 2 * len(short) or not any(c.isupper() for c in short[1:]):
        return None
    return long, short
