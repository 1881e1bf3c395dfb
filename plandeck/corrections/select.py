"""What a rule names: items, slides, people and organisations, found by content.

Names are compared the way ``plandeck diff`` compares titles (:mod:`plandeck.compare.match`):
case, accents and punctuation do not count, and an abbreviation written as such meets its
expansion ("AI" = "artificial intelligence"). So a rule written on one year's deck still
finds its item in next year's, even when the title changed that way.
"""
from __future__ import annotations

from collections.abc import Iterable

from plandeck import schema
from plandeck.codes import grammar
from plandeck.compare.match import title_words, words
from plandeck.extract.regions.slide_roles import slide_title
from plandeck.model import BlockKind, Deck, Slide
from plandeck.vocabulary import fold


def same_name(a: str, b: str) -> bool:
    """Whether two names are the same up to case, accents, punctuation and written-out abbreviations."""
    wa = title_words(a, b)
    return bool(wa) and wa == title_words(b, a)


def names_item(selector: str, item: schema.Item, also: Iterable[str] = ()) -> bool:
    """Whether ``selector`` names ``item``: its id, its code, its title or an alias (or a former title in ``also``).

    "WG3 - Smart City Platforms" names an item by code and title together.
    """
    selector = " ".join(selector.split())
    if selector == item.id:
        return True
    if item.code and fold(grammar().normalise(selector)) == fold(item.code):
        return True
    names = (item.title, *item.aliases, *also)
    if any(same_name(selector, name) for name in names):
        return True
    code, rest = grammar().split(selector)
    return bool(code and rest and item.code and fold(grammar().normalise(code)) == fold(item.code)
                and any(same_name(rest, name) for name in names))


def same_person(a: str, b: str | None) -> bool:
    return b is not None and bool(words(a)) and words(a) == words(b)


def _text(slide: Slide) -> str:
    return "\n".join(b.text for b in slide.blocks if b.kind is not BlockKind.NOTES)


def _title(slide: Slide) -> str | None:
    """The slide's title block, or on a slide without one its first line (what a person reads as its title)."""
    title = slide_title(slide)
    if title:
        return title
    return next((line for line in _text(slide).splitlines() if line.strip()), None)


def matching_slides(deck: Deck, title: str | None, contains: str | None) -> list[int]:
    """The numbers of the slides whose title is ``title``, or whose text (notes aside) contains ``contains``."""
    found = []
    for slide in deck.slides:
        if title is not None:
            shown = _title(slide)
            hit = shown is not None and same_name(title, shown)
        else:
            phrase = " ".join(words(contains))
            hit = bool(phrase) and f" {phrase} " in f" {' '.join(words(_text(slide)))} "
        if hit:
            found.append(slide.number)
    return found
