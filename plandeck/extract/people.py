"""Parses leader lines into people and their affiliations.

Handles ``Name (Org)``, nested parentheses ``Name (UK Agency (UKA))``, several people
joined by ``,`` / ``and`` / ``&`` / ``;`` or nothing at all
(``Ann Lee (X) Bo Kim (Y)``), ``Name, Org``, ``Name – Org``, ``Org: Name``, honorifics,
ALL-CAPS surnames, and an affiliation on the line after the name.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass

from plandeck.extract.lines import EMAIL
from plandeck.vocabulary import Vocabulary, fold

_EMAIL = re.compile(rf"(?:mailto:)?<?{EMAIL.pattern}>?")
_DASH = re.compile(r"\s+[-–—]\s+")
_NAME_WORD = re.compile(r"^(?:[A-Z\u00C0-\u00DE][\w'’.\-]*|[A-Z]\.)$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&\-.]{1,9}$")



@dataclass(frozen=True, slots=True)
class Mention:
    """A person and the affiliation written with them."""

    name: str
    affiliation: str | None


class PeopleParser:
    """Parses the lines of one leader field, with rules from the data files (no statistical model)."""

    def __init__(self, vocab: Vocabulary) -> None:
        self._vocab = vocab
        self._titles = vocab.person_titles
        self._org_words = frozenset(w for w in vocab.org_words if " " not in w)
        self._org_phrases = tuple(w for w in vocab.org_words if " " in w)
        # A compound ending in an organisation word ("Kreisbauamt"): longer than the ending by a word's worth.
        endings = "|".join(re.escape(e) for e in vocab.org_endings)
        self._org_compound = re.compile(rf"\w{{4,}}(?:{endings})")
        self._known_orgs = {fold(n) for o in vocab.organisations for n in (o.canonical, o.acronym, *o.aliases) if n}
        self._particles = vocab.name_particles
        # What joins people in a list: the symbols of every language and the data's words.
        joiners = "|".join([r",", r";", r"&", r"\+", r"/", *(rf"\b{re.escape(w)}\b" for w in vocab.person_joiners)])
        self._split = re.compile(rf"\s*(?:{joiners})\s*(?![^()]*\))", re.IGNORECASE)
        self._lead_joiner = re.compile(rf"^\s*(?:(?:{joiners})\s*)+", re.IGNORECASE)
        self._trail_joiner = re.compile(rf"(?:\s*(?:{joiners}))+\s*$", re.IGNORECASE)

    def knowing(self, organisations: set[str]) -> PeopleParser:
        """A parser that also takes these phrases for organisations (those the deck writes as affiliations)."""
        other = copy.copy(self)
        other._known_orgs = self._known_orgs | {fold(o) for o in organisations}
        return other

    # --- classification ---------------------------------------------------------------
    def strip_title(self, name: str) -> str:
        """Drop honorifics ("Dr", "Prof.", "Ms") from the front of a name."""
        words = name.split()
        while len(words) > 1 and fold(words[0]).rstrip(".") in {t.rstrip(".") for t in self._titles}:
            words.pop(0)
        return " ".join(words)

    def is_org(self, phrase: str) -> bool:
        """Cheap rules first: gazetteer, acronym, organisation words."""
        folded = fold(phrase).strip()
        if folded in self._known_orgs or _ACRONYM.match(phrase.strip()):
            return True
        tokens = re.findall(r"[\w.&'-]+", folded)
        if any(t in self._org_words or t.rstrip(".") in self._org_words for t in tokens):
            return True
        if any(self._org_compound.fullmatch(t) for t in tokens):
            return True
        padded = f" {' '.join(tokens)} "
        return any(f" {phrase} " in padded for phrase in self._org_phrases)

    def is_person(self, phrase: str) -> bool:
        """Two to five capitalised words (particles allowed), no organisation word."""
        phrase = self.strip_title(phrase.strip())
        words = phrase.split()
        if not 2 <= len(words) <= 5 or self.is_org(phrase):
            return False
        caps = [w for w in words if w.lower() not in self._particles]
        return len(caps) >= 2 and all(_NAME_WORD.match(w) for w in caps)

    def _kind(self, phrase: str) -> str | None:
        if self.is_person(phrase):
            return "PERSON"
        if self.is_org(phrase):
            return "ORG"
        return None

    # --- parsing ------------------------------------------------------------------------
    def parse(self, lines: list[str]) -> list[Mention]:
        """People in a leader field, in deck order; a lone organisation line affiliates the person above."""
        out: list[Mention] = []
        for line in lines:
            found = self.parse_line(line)
            if found:
                out.extend(found)
            elif out and out[-1].affiliation is None and line.strip() and self._kind(line.strip()) != "PERSON":
                out[-1] = Mention(out[-1].name, line.strip())
        return out

    def parse_line(self, line: str) -> list[Mention]:
        """People on one line; an e-mail address written after a name is contact detail, not a person."""
        line = re.sub(r"\(\s*\)", " ", _EMAIL.sub(" ", line))
        if self._only_organisations(line):
            return []
        line = re.sub(r"\s*[,;]\s*(?=[,;]|$)", "", " ".join(line.split())).strip().strip(".;,")
        if not line:
            return []
        if "(" in line:
            return self._with_parentheses(line)
        return self._without_parentheses(line)

    def _only_organisations(self, line: str) -> bool:
        """ "Road Upkeep Team", "Trees & Open Spaces / Verge Maintenance": organisations, no person.

        Only a line with no brackets, commas, colons or dashes, not opening with an honorific,
        whose every part, split at "/" or ";", is an organisation.
        """
        if not line.strip() or re.search(r"[(),:]|\s[-–—]\s", line) or self.strip_title(line) != line.strip():
            return False  # a bracket, comma, colon or dash pairs a name with its organisation; "Prof." opens a name
        parts = [p for p in re.split(r"\s*(?:;|\s/\s|/(?=\s*[A-Z]))\s*", line.strip()) if p.strip()]
        return bool(parts) and all(not self.is_person(p) and self.is_org(p) for p in parts)

    def _with_parentheses(self, line: str) -> list[Mention]:
        out: list[Mention] = []
        for outside, inside in _paren_chunks(line):
            outside = self._trail_joiner.sub("", self._lead_joiner.sub("", outside)).strip(" .:")
            if inside is None:
                if outside:
                    out.extend(self._without_parentheses(outside))
                continue
            if not outside:
                # "(Org)" right after a person written without one: attach to the previous person.
                if out and out[-1].affiliation is None:
                    out[-1] = Mention(out[-1].name, inside.strip())
                continue
            if _ACRONYM.match(inside.strip()) and not self.is_person(outside):
                # "Name – Org (ACR)" or "Org (ACR)": the acronym belongs to the organisation before it.
                found = self._without_parentheses(f"{outside} ({inside.strip()})")
                if found:
                    out.extend(found)
                    continue
            names = [n for n in self._split.split(outside) if n.strip()]
            for name in names[:-1]:
                out.extend(self._without_parentheses(name))
            name = self.strip_title(names[-1].strip(" .:")) if names else ""
            if name and self._kind(name) == "ORG" and not self.is_person(inside):
                # "Org (Name)" is rare; "Org (ACR)" is an organisation alone with no person.
                continue
            if name and self._kind(name) == "ORG" and self.is_person(inside):
                out.append(Mention(self.strip_title(inside.strip()), name))
            elif name:
                out.append(Mention(name, inside.strip()))
        return out

    def _without_parentheses(self, text: str) -> list[Mention]:
        # "Org: Name" -- an organisation as a label for its people.
        if ":" in text:
            head, _, tail = text.partition(":")
            if self._kind(head.strip()) == "ORG" and tail.strip():
                return [Mention(m.name, m.affiliation or head.strip()) for m in self._without_parentheses(tail)]
        # "Name – Org"
        parts = _DASH.split(text, maxsplit=1)
        if len(parts) == 2 and self._kind(parts[0]) != "ORG":
            name, org = parts
            people = [n for n in self._split.split(name) if n.strip()]
            return [Mention(self.strip_title(p.strip()), org.strip()) for p in people]
        pieces = [p.strip(" .:") for p in self._split.split(text) if p.strip(" .:")]
        out: list[Mention] = []
        for piece in pieces:
            if self.is_person(piece):
                out.append(Mention(self.strip_title(piece), None))
            elif out and out[-1].affiliation is None:
                # "Name, Org": whatever follows a person and is not a person is where they work.
                out[-1] = Mention(out[-1].name, piece)
            elif self._kind(piece) != "ORG":
                out.append(Mention(self.strip_title(piece), None))
        return out


def _paren_chunks(line: str) -> list[tuple[str, str | None]]:
    """Split into (text before, balanced parenthesis content) pairs; a tail has content None."""
    chunks: list[tuple[str, str | None]] = []
    depth = 0
    outside: list[str] = []
    inside: list[str] = []
    for ch in line:
        if ch == "(":
            if depth:
                inside.append(ch)
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth:
                inside.append(ch)
            else:
                chunks.append(("".join(outside), "".join(inside)))
                outside, inside = [], []
        elif depth:
            inside.append(ch)
        else:
            outside.append(ch)
    if inside:  # unbalanced: keep what was opened as plain text
        outside.append("(" + "".join(inside))
    tail = "".join(outside)
    if tail.strip():
        chunks.append((tail, None))
    return chunks


# "R. Achterberg", "J.-P. Martin": an initial (or two) and a surname.
_INITIAL_NAME = re.compile(r"^(?P<initial>[A-Z])\.(?:-?[A-Z]\.)?\s*(?P<surname>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)$")


def full_name(name: str, full_names: list[str]) -> str:
    """ "R. Achterberg" -> "Ruth Achterberg" when the deck writes exactly one person with that
    surname and initial in full (an attendance list, a who's who); else the name as written."""
    m = _INITIAL_NAME.match(name.strip())
    if m is None:
        return name
    surname = fold(m.group("surname"))
    found = {n for n in full_names if fold(n).endswith(" " + surname) and n[:1] == m.group("initial")
             and not _INITIAL_NAME.match(n)}
    return found.pop() if len(found) == 1 else name
