"""Checks a ``plandeck/1`` document a person edited by hand: the schema, then what the schema cannot say.

A hand-edited file that breaks the contract would fail later, far from the edit (``diff``
finds no parent, a report draws no bar). This names every problem at once, each with
the JSON path of the value at fault (``$.items[3].parent``), so it can be fixed in one go.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from plandeck import schema

_YEAR_MONTH = re.compile(r"\d{4}(?:-(0[1-9]|1[0-2]))?")
_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in a document: where (a JSON path) and what."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def json_path(loc: tuple[int | str, ...]) -> str:
    """``("items", 3, "parent")`` -> ``$.items[3].parent``."""
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc)


def check_text(text: str) -> list[Problem]:
    """Every problem of one document's JSON text; an empty list when it is a valid ``plandeck/1`` document."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        return [Problem("$", f"not JSON: {exc}")]
    try:
        doc = schema.Document.model_validate(data)
    except ValidationError as exc:
        return [Problem(json_path(tuple(e["loc"])), e["msg"]) for e in exc.errors()]
    return list(_cross_checks(doc))


def check_file(path: Path) -> list[Problem]:
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError:
        return [Problem("$", "not UTF-8 text")]
    except OSError as exc:
        return [Problem("$", f"cannot read the file: {exc.strerror or exc}")]
    return check_text(text)


def _span(value: str, where: str, pattern: re.Pattern[str], shape: str) -> Iterator[Problem]:
    if not pattern.fullmatch(value):
        yield Problem(where, f"{value!r} is not a month written {shape}")


def _period(period: schema.Period | None, where: str) -> Iterator[Problem]:
    if period is None:
        return
    bad = [*_span(period.from_, f"{where}.from", _YEAR_MONTH, "YYYY or YYYY-MM"),
           *_span(period.to, f"{where}.to", _YEAR_MONTH, "YYYY or YYYY-MM")]
    yield from bad
    common = min(len(period.from_), len(period.to))  # "2021" against "2021-05": compare the years only
    if not bad and period.from_[:common] > period.to[:common]:
        yield Problem(where, f"starts ({period.from_}) after it ends ({period.to})")


def _cross_checks(doc: schema.Document) -> Iterator[Problem]:
    """What the types cannot say: unique ids, existing parents and items, well-formed months, slides in range."""
    first: dict[str, int] = {}
    for k, item in enumerate(doc.items):
        if item.id in first:
            yield Problem(f"$.items[{k}].id", f"id {item.id!r} is already used by $.items[{first[item.id]}]")
        else:
            first[item.id] = k
    units = doc.source.units
    yield from _period(doc.plan.period, "$.plan.period")
    for k, item in enumerate(doc.items):
        at = f"$.items[{k}]"
        if item.parent is not None and item.parent not in first:
            yield Problem(f"{at}.parent", f"no item has id {item.parent!r}")
        elif item.parent == item.id:
            yield Problem(f"{at}.parent", "an item cannot be its own parent")
        yield from _period(item.timeline, f"{at}.timeline")
        yield from _period(item.publication, f"{at}.publication")
        for m, meeting in enumerate(item.meetings):
            yield from _span(meeting.month, f"{at}.meetings[{m}].month", _MONTH, "YYYY-MM")
        if item.recurrence is not None:
            yield from _span(item.recurrence.from_, f"{at}.recurrence.from", _MONTH, "YYYY-MM")
            if item.recurrence.to is not None:
                yield from _span(item.recurrence.to, f"{at}.recurrence.to", _MONTH, "YYYY-MM")
        for u, unit in enumerate(item.provenance.units):
            if not 1 <= unit <= units:
                yield Problem(f"{at}.provenance.units[{u}]", f"slide/page {unit} is not in the deck (1..{units})")
    yield from _loops(doc, first)
    for p, person in enumerate(doc.people):
        for i, ref in enumerate(person.items):
            if ref not in first:
                yield Problem(f"$.people[{p}].items[{i}]", f"no item has id {ref!r}")
    for w, warning in enumerate(doc.warnings):
        if warning.unit is not None and not 1 <= warning.unit <= units:
            yield Problem(f"$.warnings[{w}].unit", f"slide/page {warning.unit} is not in the deck (1..{units})")


def _loops(doc: schema.Document, index: dict[str, int]) -> Iterator[Problem]:
    """Items that are their own ancestor through others (a -> b -> a): no tree can be drawn."""
    reported: set[int] = set()
    for k in range(len(doc.items)):
        seen: list[int] = []
        at: int | None = k
        while at is not None and at not in seen:
            seen.append(at)
            parent = doc.items[at].parent
            at = index.get(parent) if parent is not None and parent != doc.items[at].id else None
        if at is not None and at == k and len(seen) > 1 and not reported & set(seen):
            reported.update(seen)
            yield Problem(f"$.items[{k}].parent", "parents form a loop: " + " -> ".join(
                doc.items[i].id for i in [*seen, k]))
