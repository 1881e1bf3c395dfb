"""From a read :class:`Deck` to the raw facts of a :class:`RawDeck`.

Runs the item rules slide by slide, finds the plan's title, period and organisation on
its first slides, gathers contacts and links that belong to no item, and parses the
people in every leader field.
"""
from __future__ import annotations

import re

from plandeck.extract.items import ItemFinder
from plandeck.extract.labels import LabelMatcher
from plandeck.extract.lines import EMAIL, URL, Line, banner_detector
from plandeck.extract.people import PeopleParser
from plandeck.model import BlockKind, Deck, PersonMention, RawDeck, RawField, RawPlan, RawWarning, Slide
from plandeck.vocabulary import Vocabulary, fold

# "Long name (ACR)": the acronym in parentheses; its long form is found among the words before it.
_ACRONYM_PAREN = re.compile(r"\(([A-Z][A-Za-z0-9&\-]{1,11})\)")
_CONNECTORS = {"of", "for", "the", "and", "de", "del", "des", "du", "la", "le", "les", "et", "y", "für", "und", "di",
               "da", "d", "l", "on", "in", "en", "pour", "para", "por"}
_YEARS = re.compile(r"\b(?:19|20)\d{2}(?:\s*[-–—/]\s*(?:(?:19|20)?\d{2}))?\b")
# How many slides from the start may hold the plan's title.
_TITLE_SLIDES = 3


class FactFinder:
    """Holds the rules built from the vocabulary; one per process, reused for every deck."""

    def __init__(self, vocab: Vocabulary, labels: LabelMatcher, people: PeopleParser) -> None:
        self._vocab = vocab
        self._labels = labels
        self._is_banner = banner_detector(vocab)
        self._items = ItemFinder(vocab, labels, self._is_banner)
        self._people = people

    def find(self, deck: Deck) -> RawDeck:
        plan = RawPlan()
        items = []
        warnings = list(deck.warnings)
        definitions: list[tuple[str, str]] = []
        calendar: list[RawField] = []
        for slide in deck.slides:
            for block in slide.blocks:
                if block.kind is not BlockKind.NOTES:
                    for found in _definitions(block.text):
                        if found not in definitions:
                            definitions.append(found)
            result = self._items.find(slide)
            items.extend(result.items)
            warnings.extend(result.warnings)
            if not result.items:
                self._plan_lines(plan, slide, result.loose, warnings)
                calendar.extend(self._calendar(slide))
            self._contacts(plan, slide)
        self._plan_title(plan, deck.slides[:_TITLE_SLIDES])
        for item in items:
            for f in item.get("leader"):
                f.people = [PersonMention(m.name, m.affiliation, f.unit) for m in self._people.parse(f.lines)]
        if not items and deck.slides:
            warnings.append(RawWarning("not-a-plan", "no slide has an item with labelled fields "
                                       "(Leader:, Timeline: ...); is this an action plan?", None))
        return RawDeck(source=deck.source, plan=plan, items=items, warnings=warnings, definitions=definitions,
                       calendar=calendar)

    def _calendar(self, slide: Slide) -> list[RawField]:
        """A slide titled like a meetings label ("E-meeting calendar", "Réunions prévues 2025"): its lines."""
        titles = [b.text for b in slide.blocks if b.kind is BlockKind.TITLE]
        if not titles or self._labels.header_key(_without_period(titles[0])[0]) != "meetings":
            return []
        label = titles[0]
        lines = [p.text for b in slide.blocks if b.kind is BlockKind.TEXT for p in b.paragraphs]
        lines += [" ".join(cell for cell in row if cell) for b in slide.blocks if b.kind is BlockKind.TABLE
                  for row in b.rows]
        return [RawField("meetings", label, [line], slide.number) for line in lines if line.strip()]

    # --- plan ---------------------------------------------------------------------------------
    @staticmethod
    def _contacts(plan: RawPlan, slide: Slide) -> None:
        for block in slide.blocks:
            if block.kind is BlockKind.NOTES:
                continue
            texts = [block.text, *(link for p in block.paragraphs for link in p.links)]
            for text in texts:
                for email in EMAIL.findall(text.replace("mailto:", " ")):
                    if email not in plan.contacts:
                        plan.contacts.append(email)

    def _plan_lines(self, plan: RawPlan, slide: Slide, loose: list[Line], warnings: list[RawWarning]) -> None:
        """Links on a slide with no item are the plan's; other text there is reported once."""
        for block in slide.blocks:
            if block.kind is BlockKind.NOTES:
                continue
            links = [*URL.findall(block.text), *(lk for p in block.paragraphs for lk in p.links)]
            for url in links:
                if url.lower().startswith("mailto:"):
                    continue
                url = url.rstrip(".,;")
                if not any(_same_url(url, u) for u in plan.links):
                    plan.links.append(url)
        stray = [ln for ln in loose if ln.label is not None]
        if stray:
            warnings.append(RawWarning("label-without-item",
                                       f"label line with no item heading: {stray[0].text[:80]!r}", slide.number))

    def _plan_title(self, plan: RawPlan, slides: list[Slide]) -> None:
        phrases = self._vocab.plan_phrases
        candidates = [(s, p.text) for s in slides for b in s.blocks if b.kind in (BlockKind.TITLE, BlockKind.TEXT)
                      for p in b.paragraphs]
        for slide, text in candidates:
            folded = fold(text)
            phrase = next((ph for ph in phrases if re.search(rf"(?<!\w){re.escape(ph)}(?!\w)", folded)), None)
            if phrase is None:
                continue
            plan.title, period = _without_period(text)
            plan.organisation = self._organisation(plan.title, phrase)
            plan.period_text = period or self._period_near(slide)
            return
        first = slides[0] if slides else None
        if first is not None:
            titles = [b.text for b in first.blocks if b.kind is BlockKind.TITLE]
            texts = [b.text for b in first.blocks if b.kind is BlockKind.TEXT]
            head = (titles or texts or [None])[0]
            title, period = _without_period(head) if head else (None, None)
            plan.title = title or None
            plan.period_text = period or self._period_near(first)

    def _organisation(self, title: str, phrase: str) -> str | None:
        """What the title says besides the plan phrase and its connectors: "U4SSC" in "U4SSC Action Plan"."""
        folded = fold(title)
        start = folded.find(phrase)
        rest = (title[:start] + " " + title[start + len(phrase):]).strip()
        words = rest.split()
        connectors = {c for c in self._vocab.plan_connectors if " " not in c}
        while words and fold(words[0]) in connectors | {"the", "la", "le", "el", "l'"}:
            words.pop(0)
        while words and fold(words[-1]) in connectors | {"the"}:
            words.pop()
        org = " ".join(words).strip(" -–—:,")
        return org or None

    @staticmethod
    def _period_near(slide: Slide) -> str | None:
        for block in slide.blocks:
            if block.kind is BlockKind.NOTES:
                continue
            m = _YEARS.search(block.text)
            if m:
                return m.group(0)
        return None


def _definitions(text: str) -> list[tuple[str, str]]:
    """("Réseau francophone des villes durables", "RFVD") pairs a text spells out.

    The long form is the shortest run of words right before the parenthesis, within the
    same phrase, whose first word starts with the acronym's first letter and whose
    initials (connectors skipped) contain the acronym's letters in order.
    """
    out = []
    for m in _ACRONYM_PAREN.finditer(text):
        acronym = m.group(1)
        letters = [c.lower() for c in acronym if c.isalpha()]
        if len(letters) < 2 or not any(c.isupper() for c in acronym[1:]):
            continue
        phrase = re.split(r"[:;,.()\n\u2013\u2014]|\s-\s", text[: m.start()])[-1]
        words = re.findall(r"[\w'’&-]+", phrase)[-12:]
        for k in range(1, len(words) + 1):
            run = words[-k:]
            if run[0][0].lower() != letters[0] or not run[0][0].isupper():
                continue
            initials = iter(w[0].lower() for w in run if w.lower() not in _CONNECTORS)
            if all(c in initials for c in letters):
                out.append((" ".join(run), acronym))
                break
    return out


def _same_url(a: str, b: str) -> bool:
    return a.rstrip("/").lower() == b.rstrip("/").lower()


def _without_period(title: str) -> tuple[str, str | None]:
    """A title line without its plan period ("Coastal Plan 2025–2026" gives "Coastal Plan" and "2025–2026")."""
    period = _YEARS.search(title)
    if period is None:
        return " ".join(title.split()), None
    return " ".join(_YEARS.sub(" ", title).split()).strip(" -–—:,"), period.group(0)


def build(use_model: bool = True) -> FactFinder:
    """A fact finder wired with the bundled vocabulary and the lazy spaCy tagger."""
    from plandeck.extract.entities import tagger
    from plandeck.extract.labels import matcher
    from plandeck.vocabulary import load

    vocab = load()
    people = PeopleParser(vocab, classify=lambda phrase: tagger(use_model).kind(phrase))
    return FactFinder(vocab, matcher(), people)

