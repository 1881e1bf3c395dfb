"""Which item of one plan is which item of the next: the matching behind diff, history and report.

Plans are rewritten every year: codes stay, titles get renamed ("artificial
intelligence" -> "AI"), items are dropped and new ones appear. A title alone cannot
tell a drastic rename from a new item, so the other fields vote too. Matching is
one-to-one and deterministic:

1. level by level (roots first, then their children), an item with a code takes the
   item with the same code under the matched parent;
2. at the same level, the remaining pairs are taken greedily, best score first, where
   the score mixes title similarity (after expanding abbreviations, see
   ``data/abbreviations.toml``) with evidence from leaders, secretariat, timeline,
   publication, scope, meetings and code; a pair is accepted when that score is high
   enough, or when the titles are the same (an item that keeps its title is the same
   item, whatever else changed);
3. finally items left over at any level, the same way (an item moved to another parent).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from rapidfuzz import fuzz

from plandeck import schema
from plandeck.vocabulary import fold, read_toml

# The title counts as much as three pieces of evidence; weak evidence (most items share
# the secretariat and the plan's timeline) counts half.
TITLE_WEIGHT = 3.0
EVIDENCE_WEIGHTS = {"code": 1.0, "leaders": 1.0, "secretariat": 0.5, "timeline": 0.5, "publication": 0.5,
                    "scope": 1.5, "meetings": 1.0}
ACCEPT = 0.7          # combined score needed for a match
SAME_TITLE = 0.95     # title similarity that is a match on its own
TITLE_FLOOR = 0.4     # below this the titles are about different things whatever the evidence
PENALTY = 0.1         # per mismatch of kind or of parent

# What a pairing rests on (see :class:`Matching`).
How = Literal["code", "title", "similar"]

_WORD = re.compile(r"[^\W_]+")


@cache
def abbreviations() -> dict[str, tuple[str, ...]]:
    """Folded abbreviation -> folded expansions, from ``data/abbreviations.toml`` (plus ``PLANDECK_DATA``)."""
    table = read_toml("abbreviations.toml").get("abbreviations", {})
    return {fold(key): tuple(fold(v) for v in ([value] if isinstance(value, str) else value))
            for key, value in table.items()}


def words(text: str | None) -> list[str]:
    """Folded word tokens: case, accents and punctuation do not make two texts differ."""
    return _WORD.findall(fold(text or ""))


@lru_cache(maxsize=4096)
def _title_parts(title: str, table_id: int) -> tuple[str | tuple[str, ...], ...]:
    """A title's folded words, each abbreviation written as such replaced by its expansions.

    Cached per title (matching compares every pair of titles); ``table_id`` keys the cache
    to the abbreviation table in use.
    """
    table = abbreviations()
    parts: list[str | tuple[str, ...]] = []
    for token in _WORD.findall(title):
        expansions = table.get(fold(token)) if sum(c.isupper() for c in token) >= 2 else None
        parts.extend([expansions] if expansions else words(token))
    return tuple(parts)


def title_words(title: str, other: str = "") -> list[str]:
    """Words of a title with abbreviations written as such ("AI", "IoT") expanded.

    Where an abbreviation has expansions in several languages, the one the other title
    uses wins, so "IA" meets "intelligence artificielle" as well as "inteligencia artificial".
    """
    out: list[str] = []
    other_folded: str | None = None
    for part in _title_parts(title, id(abbreviations())):
        if isinstance(part, str):
            out.append(part)
            continue
        other_folded = fold(other) if other_folded is None else other_folded
        out.extend(_WORD.findall(next((e for e in part if e in other_folded), part[0])))
    return out


def title_similarity(a: str, b: str) -> float:
    """0..1: the mean of rapidfuzz's word-order-free ratio and the share of common words."""
    wa, wb = title_words(a, b), title_words(b, a)
    if not wa or not wb:
        return 1.0 if wa == wb else 0.0
    ordered = fuzz.token_sort_ratio(" ".join(wa), " ".join(wb)) / 100
    sa, sb = set(wa), set(wb)
    return (ordered + len(sa & sb) / len(sa | sb)) / 2


@dataclass(frozen=True)
class _Facts:
    """What the evidence compares, computed once per item."""

    code: str | None
    leaders: frozenset[str]
    secretariat: frozenset[str]
    timeline: tuple[str, str] | None
    publication: tuple[str, str] | None
    scope: str
    meetings: frozenset[str]


def _facts(item: schema.Item) -> _Facts:
    return _Facts(
        code=fold(item.code) if item.code else None,
        leaders=frozenset(" ".join(words(r.name or r.affiliation or "")) for r in item.leaders),
        secretariat=frozenset(" ".join(words(s)) for s in item.secretariat),
        timeline=(item.timeline.from_, item.timeline.to) if item.timeline else None,
        publication=(item.publication.from_, item.publication.to) if item.publication else None,
        scope=" ".join(words(item.scope)),
        meetings=frozenset(m.month for m in item.meetings))


def _overlap(a: frozenset[str], b: frozenset[str]) -> float | None:
    """Jaccard overlap; None (no evidence either way) when both are empty."""
    return len(a & b) / len(a | b) if a or b else None


def _shared(a: frozenset[str], b: frozenset[str]) -> float | None:
    """Overlap as evidence for only: meetings of consecutive plans are usually in different months."""
    return len(a & b) / len(a | b) if a & b else None


def _same(a: object, b: object) -> float | None:
    return None if a is None and b is None else float(a == b)


def _text_similarity(a: str, b: str) -> float | None:
    """Similarity of two normalised texts; None when both are empty, 0 when only one is."""
    if not (a or b):
        return None
    return fuzz.token_sort_ratio(a, b) / 100 if a and b else 0.0


def evidence(a: _Facts, b: _Facts) -> dict[str, float]:
    """Per field, how much two items agree (0..1).

    Fields empty on both sides say nothing; meetings only ever count for a match.
    """
    votes = {
        "code": float(a.code == b.code) if a.code and b.code else None,
        "leaders": _overlap(a.leaders, b.leaders),
        "secretariat": _overlap(a.secretariat, b.secretariat),
        "timeline": _same(a.timeline, b.timeline),
        "publication": _same(a.publication, b.publication),
        "scope": _text_similarity(a.scope, b.scope),
        "meetings": _shared(a.meetings, b.meetings),
    }
    return {k: v for k, v in votes.items() if v is not None}


def combined_score(title_sim: float, votes: dict[str, float]) -> float:
    """Weighted mean of the title similarity and the evidence votes."""
    total = TITLE_WEIGHT * title_sim + sum(EVIDENCE_WEIGHTS[k] * v for k, v in votes.items())
    return total / (TITLE_WEIGHT + sum(EVIDENCE_WEIGHTS[k] for k in votes))


@dataclass(frozen=True)
class Matching:
    """The one-to-one pairing of two plans' items, by index into each plan's ``items``.

    ``how`` says what the pairing rests on: ``code`` (same code under the matched
    parent), ``title`` (same title up to case and punctuation) or ``similar`` (similar
    title backed by the other fields).
    """

    old_of: dict[int, int]
    how: dict[int, How]

    @property
    def new_of(self) -> dict[int, int]:
        return {old: new for new, old in self.old_of.items()}


def _parents(items: Sequence[schema.Item]) -> list[int | None]:
    index = {it.id: k for k, it in enumerate(items)}
    return [index.get(it.parent) if it.parent else None for it in items]


def _depths(parents: list[int | None]) -> list[int]:
    depths = []
    for k in range(len(parents)):
        depth, at, seen = 0, parents[k], {k}
        while at is not None and at not in seen:  # a parent loop in a hand-edited file ends here
            seen.add(at)
            depth, at = depth + 1, parents[at]
        depths.append(depth)
    return depths


class _Matcher:
    def __init__(self, old: Sequence[schema.Item], new: Sequence[schema.Item]) -> None:
        self.old, self.new = old, new
        self.old_parent, self.new_parent = _parents(old), _parents(new)
        self.old_depth, self.new_depth = _depths(self.old_parent), _depths(self.new_parent)
        self.old_facts, self.new_facts = [_facts(i) for i in old], [_facts(i) for i in new]
        self.old_of: dict[int, int] = {}
        self.new_of: dict[int, int] = {}
        self.how: dict[int, How] = {}
        self._base: dict[tuple[int, int], tuple[float, float]] = {}  # scores before the parent penalty

    def run(self) -> Matching:
        for depth in sorted(set(self.old_depth) | set(self.new_depth)):
            news = [j for j, d in enumerate(self.new_depth) if d == depth]
            olds = [i for i, d in enumerate(self.old_depth) if d == depth]
            self._by_code(news, olds)
            self._greedy(news, olds)
        self._greedy(range(len(self.new)), range(len(self.old)))
        return Matching(dict(sorted(self.old_of.items())), dict(sorted(self.how.items())))

    def _take(self, j: int, i: int, how: How) -> None:
        self.old_of[j], self.new_of[i], self.how[j] = i, j, how

    def same_parent(self, i: int, j: int) -> bool:
        """Whether old item ``i`` and new item ``j`` sit under parents that match (or are both roots)."""
        po, pn = self.old_parent[i], self.new_parent[j]
        if po is None or pn is None:
            return po is None and pn is None
        return self.old_of.get(pn) == po

    def _by_code(self, news: list[int], olds: list[int]) -> None:
        for j in news:
            code = self.new_facts[j].code
            if code is None or j in self.old_of:
                continue
            for i in olds:
                if i not in self.new_of and self.old_facts[i].code == code and self.same_parent(i, j):
                    self._take(j, i, "code")
                    break

    def score(self, i: int, j: int) -> tuple[float, float]:
        """(combined score, title similarity) of old item ``i`` against new item ``j``."""
        key = (i, j)
        if key not in self._base:
            title_sim = title_similarity(self.old[i].title, self.new[j].title)
            base = (combined_score(title_sim, evidence(self.old_facts[i], self.new_facts[j]))
                    if title_sim >= TITLE_FLOOR else 0.0)
            self._base[key] = (base, title_sim)
        score, title_sim = self._base[key]
        score -= PENALTY * (self.old[i].kind != self.new[j].kind) + PENALTY * (not self.same_parent(i, j))
        return round(score, 6), title_sim

    def _greedy(self, news: Iterable[int], olds: Iterable[int]) -> None:
        olds = [i for i in olds if i not in self.new_of]
        candidates = []
        for j in news:
            if j in self.old_of:
                continue
            for i in olds:
                score, title_sim = self.score(i, j)
                if (score >= ACCEPT and title_sim >= TITLE_FLOOR) or title_sim >= SAME_TITLE:
                    candidates.append((-score, j, i))
        for _, j, i in sorted(candidates):
            if j not in self.old_of and i not in self.new_of:
                same = words(self.old[i].title) == words(self.new[j].title)
                self._take(j, i, "title" if same else "similar")


def match_items(old: Sequence[schema.Item], new: Sequence[schema.Item]) -> Matching:
    """Pair the items of an older plan with those of a newer one (see the module docstring)."""
    return _Matcher(old, new).run()
