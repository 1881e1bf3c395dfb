"""What a slide is for: the deck's title page, items, a meetings calendar, or the deck itself.

Deck-level slides (about the group, at a glance, contacts, agenda, summary, next steps,
annex, legend, partners) describe the body or the document, not one deliverable: their
chairs and secretariat are the group's, so they must never become items. The role is
read from the slide title against ``data/slides.toml``.
"""
from __future__ import annotations

import re
from enum import Enum

from plandeck.model import BlockKind, Slide
from plandeck.normalize.dates import YEAR_SPAN
from plandeck.vocabulary import Vocabulary, fold

# How many words a title may have besides a role phrase that opens or closes it ("Project Kestrel at a glance").
_EXTRA_WORDS = 3
_YEARS_AND_PAGES = re.compile(rf"{YEAR_SPAN.pattern}|\(\s*\d+\s*/\s*\d+\s*\)")


class SlideRole(str, Enum):
    """The roles the item rules tell apart."""

    CONTENT = "content"  # items, or an overview of items
    DECK = "deck"  # about, contacts, agenda, summary, next steps, annex, legend, partners
    CALENDAR = "calendar"  # meetings by group


class SlideRoles:
    """Classifies slides by their titles; built once from the vocabulary."""

    def __init__(self, vocab: Vocabulary) -> None:
        self._roles = vocab.slide_roles
        nouns = "|".join(re.escape(n) for n in vocab.overview_nouns)
        self._overview = re.compile(rf"(?<!\w)(?:{nouns})(?!\w)")

    def of(self, slide: Slide) -> SlideRole:
        """The slide's role; a slide with no title is content."""
        title = slide_title(slide)
        if not title:
            return SlideRole.CONTENT
        folded = " ".join(re.sub(r"[^\w&'’ -]+", " ", fold(_YEARS_AND_PAGES.sub(" ", title))).split()).strip(" -")
        if not folded:
            return SlideRole.CONTENT
        if self._matches(folded, self._roles.get("calendar", ())):
            return SlideRole.CALENDAR
        if self._overview.search(folded):
            return SlideRole.CONTENT
        for role, phrases in self._roles.items():
            if role != "calendar" and self._matches(folded, phrases):
                return SlideRole.DECK
        return SlideRole.CONTENT

    @staticmethod
    def _matches(title: str, phrases: tuple[str, ...]) -> bool:
        """The phrase is the title, or opens or closes a title at most three words longer."""
        words = len(title.split())
        for phrase in phrases:
            if title == phrase:
                return True
            if words <= len(phrase.split()) + _EXTRA_WORDS and (
                    title.startswith(phrase + " ") or title.endswith(" " + phrase)):
                return True
        return False


def slide_title(slide: Slide) -> str | None:
    """The text of the slide's first title block, whitespace collapsed."""
    for block in slide.blocks:
        if block.kind is BlockKind.TITLE and block.text.strip():
            return " ".join(block.text.split())
    return None
