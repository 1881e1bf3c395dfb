"""Fact-level accuracy of a ``plandeck/1`` document against a hand-made gold document.

The project's own scorer: a faithful port of the shared evaluation scorer
(``../shared/eval/score.py``), with the same fact kinds, the same item matching and the
same figures, so the tests never need the shared folder. ``tests/test_scoring.py`` checks
that both give identical results.

Both documents are turned into sets of atomic facts (an item exists, its status, each
leader, each meeting month, ...). Predicted items are first matched one-to-one to gold
items by code and title similarity, so facts compare per real-world item; precision,
recall and F1 are then counted per fact kind and over all facts (``"ALL"``).

>>> gold = {"items": [{"id": "a", "title": "Report", "status": "ongoing"}]}
>>> score(gold, gold).f1
1.0

Standard library only. ``python -m plandeck.scoring GOLD.json PRED.json [-v] [--json]``
prints the same table as the shared scorer.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

#: One atomic fact: its kind first (``"item"``, ``"leader"``, ...), then the item key and values.
Fact = tuple[Any, ...]
Doc = Mapping[str, Any]

#: Title similarity (or a shared code, which counts as 0.95) needed to match two items.
MATCH_THRESHOLD = 0.8
CODE_SIMILARITY = 0.95
#: Scope wording this similar to the gold's counts as the gold's scope.
SCOPE_SIMILARITY = 0.9
#: The key of the row over all fact kinds.
ALL = "ALL"

_DASHES = re.compile(r"[\u2010-\u2015]")
_NOT_WORD = re.compile(r"[^\w@./:-]+")
_YEARS = re.compile(r"\b(?:19|20)\d{2}(?:\s*[-/]\s*(?:19|20)?\d{2})?\b")


def norm(s: object) -> str:
    """Comparable text: NFKC, case-folded, dashes unified, punctuation (but ``@./:-``) as spaces."""
    if s is None:
        return ""
    text = unicodedata.normalize("NFKC", str(s)).casefold()
    text = _DASHES.sub("-", text)
    text = _NOT_WORD.sub(" ", text)
    return " ".join(text.split())


def sim(a: object, b: object) -> float:
    """Similarity ratio (0..1) of two texts after :func:`norm`."""
    return SequenceMatcher(None, norm(a), norm(b)).ratio()


def match_items(gold_items: list[Doc], pred_items: list[Doc]) -> tuple[dict[Any, Any], dict[Any, Any]]:
    """Greedy one-to-one matching of items: same code first, then best title similarity.

    A pair's score is the best similarity between any of their titles and aliases, raised
    to 0.95 when their codes agree; pairs under 0.8 never match. Returns the maps gold id ->
    predicted id and predicted id -> gold id.
    """
    pairs: list[tuple[float, Any, Any]] = []
    for g in gold_items:
        names_g = [g.get("title"), *(g.get("aliases") or [])]
        for p in pred_items:
            names_p = [p.get("title"), *(p.get("aliases") or [])]
            s = 0.0
            if g.get("title") and p.get("title"):
                s = max(sim(a, b) for a in names_g for b in names_p if a and b)
            if g.get("code") and p.get("code") and norm(g["code"]) == norm(p["code"]):
                s = max(s, CODE_SIMILARITY)
            if s >= MATCH_THRESHOLD:
                pairs.append((s, g["id"], p.get("id")))
    pairs.sort(reverse=True)
    g2p: dict[Any, Any] = {}
    p2g: dict[Any, Any] = {}
    for _, gid, pid in pairs:
        if gid in g2p or pid in p2g:
            continue
        g2p[gid] = pid
        p2g[pid] = gid
    return g2p, p2g


def period(p: Mapping[str, Any] | None) -> tuple[str, str] | None:
    """A Period as ``(from, to)`` strings (empty when absent); None for no period."""
    if not p:
        return None
    return (str(p.get("from") or ""), str(p.get("to") or ""))


def _affiliations(role: Mapping[str, Any]) -> set[str]:
    return {norm(role.get("affiliation")), norm(role.get("organisation"))} - {""}


def item_facts(item: Doc, key: Any, parent_key: Any, gold_item: Doc | None = None) -> set[Fact]:
    """The facts of one item, keyed by ``key`` (the matched gold id on the prediction side).

    With ``gold_item`` given (prediction side), lenient fields are mapped onto the gold
    wording when they agree, so that set intersection counts them: a leader's affiliation
    when either of its affiliation/organisation equals either of the gold's, and a scope
    at least 0.9 similar to the gold's.
    """
    f: set[Fact] = {("item", key)}
    if item.get("status"):
        f.add(("status", key, norm(item["status"])))
    if item.get("kind"):
        f.add(("kind", key, norm(item["kind"])))
    f.add(("parent", key, parent_key))
    timeline = period(item.get("timeline"))
    if timeline:
        f.add(("timeline", key, *timeline))
    publication = period(item.get("publication"))
    if publication:
        f.add(("publication", key, *publication))
    for s in item.get("secretariat") or []:
        f.add(("secretariat", key, norm(s)))
    gold_roles = {norm(r.get("name")): r for r in (gold_item or {}).get("leaders") or []}
    for r in item.get("leaders") or []:
        name = norm(r.get("name"))
        f.add(("leader", key, name))
        aff = norm(r.get("affiliation")) or norm(r.get("organisation"))
        g = gold_roles.get(name)
        if g is not None and _affiliations(r) & _affiliations(g):
            aff = norm(g.get("affiliation")) or norm(g.get("organisation"))
        if aff:
            f.add(("affiliation", key, name, aff))
    for month in {m.get("month") for m in item.get("meetings") or [] if m.get("month")}:
        f.add(("meeting", key, month))
    if item.get("scope"):
        text = item["scope"]
        if gold_item is not None and gold_item.get("scope") and sim(text, gold_item["scope"]) >= SCOPE_SIMILARITY:
            text = gold_item["scope"]
        f.add(("scope", key, norm(text)))
    rec = item.get("recurrence")
    if rec:
        f.add(("recurrence", key, norm(rec.get("freq")), str(rec.get("from"))))
    for u in item.get("links") or []:
        f.add(("link", key, norm(u).rstrip("/")))
    return f


def plan_title(title: object) -> str:
    """A plan's name without its years: "CCDC Work Plan 2023" and "CCDC Work Plan" are one title."""
    return " ".join(_YEARS.sub(" ", norm(title)).strip(" -/:,").split())


def plan_facts(plan: Doc | None) -> set[Fact]:
    """The plan-level facts: title (without years), period, contacts, links."""
    f: set[Fact] = set()
    if not plan:
        return f
    if plan.get("title"):
        f.add(("plan-title", plan_title(plan["title"])))
    plan_period = period(plan.get("period"))
    if plan_period:
        f.add(("plan-period", *plan_period))
    for c in plan.get("contacts") or []:
        f.add(("plan-contact", norm(c)))
    for u in plan.get("links") or []:
        f.add(("plan-link", norm(u).rstrip("/")))
    return f


def facts(gold: Doc, pred: Doc) -> tuple[set[Fact], set[Fact], dict[Any, Any]]:
    """Gold facts, predicted facts (keyed by matched gold ids) and the gold -> predicted id map.

    A predicted item with no gold match is keyed ``"pred:<id>"``, so none of its facts
    can be true positives; its children's parent links are keyed the same way.
    """
    g_items = gold.get("items") or []
    p_items = pred.get("items") or []
    g2p, p2g = match_items(g_items, p_items)
    g_by_id = {g["id"]: g for g in g_items}
    gf = plan_facts(gold.get("plan"))
    for g in g_items:
        gf |= item_facts(g, g["id"], g.get("parent"))
    pf = plan_facts(pred.get("plan"))
    for p in p_items:
        key = p2g.get(p.get("id"), "pred:" + str(p.get("id")))
        parent = p.get("parent")
        parent_key = p2g.get(parent, "pred:" + str(parent)) if parent else None
        pf |= item_facts(p, key, parent_key, g_by_id.get(key))
    return gf, pf, g2p


@dataclass(frozen=True)
class KindScore:
    """Counts and figures for one fact kind (or ``ALL``)."""

    gold: int
    pred: int
    tp: int
    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, gold: set[Fact], pred: set[Fact]) -> KindScore:
        """Score a predicted fact set against a gold one; two empty sets score 1.0."""
        tp = len(gold & pred)
        prec = tp / len(pred) if pred else (1.0 if not gold else 0.0)
        rec = tp / len(gold) if gold else (1.0 if not pred else 0.0)
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        return cls(len(gold), len(pred), tp, prec, rec, f1)

    def as_dict(self) -> dict[str, Any]:
        return {"gold": self.gold, "pred": self.pred, "tp": self.tp,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass(frozen=True)
class ScoreResult:
    """The score of one prediction: per fact kind (sorted, ``ALL`` last) and item counts.

    ``result.f1`` / ``.precision`` / ``.recall`` are the figures over all facts.
    ``as_dict()`` is exactly the shared scorer's result, and ``result["facts"]`` etc.
    read it, so code written against the shared scorer keeps working.
    """

    facts: dict[str, KindScore]
    matched_items: int
    gold_items: int
    pred_items: int
    missed: list[Fact] = field(default_factory=list)
    spurious: list[Fact] = field(default_factory=list)

    @property
    def f1(self) -> float:
        return self.facts[ALL].f1

    @property
    def precision(self) -> float:
        return self.facts[ALL].precision

    @property
    def recall(self) -> float:
        return self.facts[ALL].recall

    def as_dict(self) -> dict[str, Any]:
        return {"facts": {k: v.as_dict() for k, v in self.facts.items()},
                "matched_items": self.matched_items, "gold_items": self.gold_items,
                "pred_items": self.pred_items, "missed": list(self.missed), "spurious": list(self.spurious)}

    def __getitem__(self, key: str) -> Any:
        return self.as_dict()[key]

    def table(self, verbose: bool = False) -> str:
        """The shared scorer's text report (with ``verbose``, every missed and spurious fact)."""
        lines = [f"items: gold {self.gold_items}, predicted {self.pred_items}, matched {self.matched_items}",
                 f"{'fact':14} {'gold':>5} {'pred':>5} {'tp':>5} {'prec':>6} {'rec':>6} {'f1':>6}"]
        for k, r in self.facts.items():
            lines.append(f"{k:14} {r.gold:5} {r.pred:5} {r.tp:5} {r.precision:6.3f} {r.recall:6.3f} {r.f1:6.3f}")
        if verbose:
            lines += [f"missed   {f}" for f in self.missed]
            lines += [f"spurious {f}" for f in self.spurious]
        lines.append(f"F1 {self.f1:.3f}")
        return "\n".join(lines)


def _subset(all_facts: Iterable[Fact], kind: str) -> set[Fact]:
    return {f for f in all_facts if kind == ALL or f[0] == kind}


def score(gold: Doc, pred: Doc) -> ScoreResult:
    """Score ``pred`` (a ``plandeck/1`` document as plain JSON data) against ``gold``."""
    gf, pf, g2p = facts(gold, pred)
    kinds = sorted({f[0] for f in gf | pf})
    rows = {k: KindScore.of(_subset(gf, k), _subset(pf, k)) for k in [*kinds, ALL]}
    return ScoreResult(facts=rows, matched_items=len(g2p), gold_items=len(gold.get("items") or []),
                       pred_items=len(pred.get("items") or []),
                       missed=sorted(gf - pf, key=str), spurious=sorted(pf - gf, key=str))


def score_files(gold_path: str | Path, pred_path: str | Path) -> ScoreResult:
    """:func:`score` of two JSON files."""
    gold = json.loads(Path(gold_path).read_text("utf-8"))
    pred = json.loads(Path(pred_path).read_text("utf-8"))
    return score(gold, pred)


def main(argv: list[str] | None = None) -> int:
    """``python -m plandeck.scoring GOLD.json PRED.json [-v] [--json]``."""
    args = sys.argv[1:] if argv is None else argv
    paths = [a for a in args if not a.startswith("-")]
    if len(paths) != 2:
        print(__doc__)
        return 2
    result = score_files(*paths)
    if "--json" in args:
        print(json.dumps(result.as_dict(), indent=1, default=list))
    else:
        print(result.table(verbose="-v" in args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
