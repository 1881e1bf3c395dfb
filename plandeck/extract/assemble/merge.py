"""One item across the deck: the records a deck gives of the same item become one.

Decks repeat themselves: an overview table lists every deliverable, then each gets its
own slide; a "(cont.)" slide goes on with the same item. Records are the same item when
they carry the same code, or, without conflicting codes, the same title up to small
differences. The merged item keeps the first record's place in the deck; for each field
the record that says most wins (labelled text over a table row), the other fills the
gaps, and a differing value is reported, never turned into a second item.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from plandeck.model import RawItem, RawWarning
from plandeck.vocabulary import fold

# Title similarity (rapidfuzz ratio, 0-100) from which two records are one item.
SAME_TITLE = 92.0



@dataclass(frozen=True, slots=True)
class MergeResult:
    """The items after merging, in deck order, and the conflicts found."""

    items: list[RawItem]
    warnings: list[RawWarning]


def continued_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """What marks a title as going on from the slide before: "(cont.)", "– suite", "(vervolg)", "(2/2)"."""
    alternation = "|".join(re.escape(w) for w in words)
    return re.compile(rf"\s*[-–—]?\s*[\(\[]?\s*(?:{alternation}|\d+\s*/\s*\d+)\s*[\)\]]?\s*$", re.IGNORECASE)


def merge_records(records: list[RawItem], continued: re.Pattern[str]) -> MergeResult:
    """Join records of the same item; children of a merged-away record follow the survivor."""
    kept: list[RawItem] = []
    into: dict[int, RawItem] = {}
    warnings: list[RawWarning] = []
    for record in records:
        record.title = continued.sub("", record.title) or record.title
        target = next((k for k in kept if _same(k, record, into)), None)
        if target is None:
            kept.append(record)
            continue
        warnings.extend(_absorb(target, record))
        into[id(record)] = target
    for item in kept:
        while item.parent is not None and id(item.parent) in into:
            item.parent = into[id(item.parent)]
        if item.parent is item:
            item.parent = None
    return MergeResult(kept, warnings)


def _same(a: RawItem, b: RawItem, into: dict[int, RawItem]) -> bool:
    if a.units & b.units and a.origin == b.origin == "row":
        return False  # two rows of one table are two items
    if _resolve(a.parent, into) is not _resolve(b.parent, into) and a.parent is not None and b.parent is not None:
        return False
    if a is _resolve(b.parent, into) or b is _resolve(a.parent, into):
        return False
    if a.code and b.code:
        return fold(a.code) == fold(b.code)
    return fuzz.ratio(_key(a.title), _key(b.title)) >= SAME_TITLE


def _resolve(item: RawItem | None, into: dict[int, RawItem]) -> RawItem | None:
    while item is not None and id(item) in into:
        item = into[id(item)]
    return item


def _key(title: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", fold(title)).split())


def _absorb(target: RawItem, other: RawItem) -> list[RawWarning]:
    """Merge ``other`` into ``target`` in place; labelled text wins over a table row, field by field."""
    first, second = (other, target) if other.origin == "text" and target.origin == "row" else (target, other)
    warnings = []
    keys = {f.key for f in first.fields}
    for key in keys & {f.key for f in second.fields}:
        a, b = _text(first, key), _text(second, key)
        if key not in ("meetings", "link") and a != b:
            warnings.append(RawWarning("conflicting-values", f"{target.title!r}: {key} is {_plain(first, key)!r} "
                                       f"on slide {first.unit} but {_plain(second, key)!r} on slide {second.unit}; "
                                       f"kept the first", second.unit))
    fields = list(first.fields) + [f for f in second.fields if f.key not in keys or f.key == "meetings"]
    title = first.title if first.origin == "text" else target.title
    aliases = [t for t in (target.title, other.title, *target.aliases, *other.aliases) if t and t != title]
    target.fields = fields
    if title != target.title and title == other.title:
        target.box, target.how, target.title_unit = other.box, other.how, other.title_unit or other.unit
    target.title = title
    target.aliases = list(dict.fromkeys(aliases))
    target.code = target.code or other.code
    target.kind = target.kind or other.kind
    if target.banner is None and other.banner is not None:
        target.banner, target.banner_origin = other.banner, other.banner_origin
    target.parent = target.parent or other.parent
    target.parent_hint = target.parent_hint or other.parent_hint
    target.notes = list(dict.fromkeys([*target.notes, *other.notes]))
    target.links = list(dict.fromkeys([*target.links, *other.links]))
    target.link_origins = {**other.link_origins, **target.link_origins}
    target.units |= other.units | {other.unit}
    target.origin = "text" if "text" in (target.origin, other.origin) else "row"
    return warnings


def _text(item: RawItem, key: str) -> str:
    return _key(" ".join(f.text for f in item.get(key)))


def _plain(item: RawItem, key: str) -> str:
    return " ".join(f.text for f in item.get(key))[:60]
