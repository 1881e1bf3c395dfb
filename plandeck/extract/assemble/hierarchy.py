"""Each record's parent: the item its table, caption or slide title names.

A table of rows names its parent in a caption row, its first header ("City Platforms
Working Group") or the slide title ("SG2/7 – Data standards: work items"). The
hint is matched to an earlier item by code first, then by title, with group words
("working groups") and bracketed asides left out. A hint that names a code no item has
is reported; a section title naming no item ("Work packages") leaves the rows at the top.
Records whose parent is already known (rows of a table on their parent's own slide, rows
under a group row) keep it.
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from plandeck.codes import grammar
from plandeck.model import RawItem, RawWarning
from plandeck.vocabulary import fold

# Title similarity (rapidfuzz ratio, 0-100) from which a hint names an item.
SAME_PARENT = 85.0
# A title this long found inside the hint names that item ("City Platforms" in "City Platforms – WGs").
MIN_CONTAINED = 8


def link_parents(items: list[RawItem], wg_words: re.Pattern[str]) -> list[RawWarning]:
    """Set ``parent`` from ``parent_hint`` where it is not set yet; report hints that name no item."""
    warnings: list[RawWarning] = []
    titles = [fold(it.title) for it in items]
    for i, item in enumerate(items):
        hint = item.parent_hint
        if item.parent is not None or not hint:
            continue
        candidates = [other for other in items[:i] if other.parent is None]
        code = grammar().normalise(hint) if grammar().is_code(hint) else grammar().split(hint)[0]
        if code is None:  # "Outputs of WG3": a known code anywhere in the hint
            named = grammar().find(hint, frozenset(o.code for o in candidates if o.code))
            code = named[0] if len(named) == 1 else None
        parent = next((o for o in candidates if code and o.code and fold(o.code) == fold(code)), None)
        if parent is None:
            core = wg_words.sub(" ", re.sub(r"\([^)]*\)", " ", fold(hint)))
            core = " ".join(re.sub(r"[^\w&'/-]+", " ", core).split()).strip(" -")
            best, score = None, 0.0
            for j, other in enumerate(items[:i]):
                if other not in candidates:
                    continue
                s = fuzz.ratio(core, titles[j]) if core else 0.0
                if len(titles[j]) >= MIN_CONTAINED and titles[j] in core:
                    s = max(s, 90.0)
                if s > score:
                    best, score = other, s
            parent = best if best is not None and score >= SAME_PARENT else None
            if parent is None and code and not any(hint in w.message for w in warnings):
                warnings.append(RawWarning("parent-not-found", f"no item titled like {hint!r} for the table rows "
                                           f"from {item.title!r} on", item.unit))
        item.parent = parent
    return warnings


def tree_order(items: list[RawItem]) -> list[RawItem]:
    """Deck order with every parent directly followed by its children (parents before children)."""
    children: dict[int, list[RawItem]] = {}
    for it in items:
        if it.parent is not None:
            children.setdefault(id(it.parent), []).append(it)
    out: list[RawItem] = []
    seen: set[int] = set()

    def visit(it: RawItem) -> None:
        if id(it) in seen:
            return
        seen.add(id(it))
        out.append(it)
        for child in children.get(id(it), []):
            visit(child)

    present = {id(it) for it in items}
    for it in items:
        if it.parent is None or id(it.parent) not in present:
            it.parent = None if it.parent is not None and id(it.parent) not in present else it.parent
            visit(it)
    for it in items:  # a cycle would leave items unvisited: keep them, at top level
        if id(it) not in seen:
            it.parent = None
            visit(it)
    return out
