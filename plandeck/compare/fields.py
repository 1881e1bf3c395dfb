"""Field-by-field comparison of two versions of one item (or of one plan's header).

Decks are retyped every year, so differences that carry no meaning are ignored: case,
accents, punctuation and spacing in titles and scopes; leader order; the wording of a
period that covers the same months ("mid 2022" / "mid-2022"); an organisation written
differently but reconciled to the same canonical name. Each comparison returns a
plain dict (``field``, ``old``, ``new`` and details) for :class:`plandeck.compare.diff.FieldChange`.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from plandeck import schema
from plandeck.compare.match import words
from plandeck.compare.periods import slip_months

Change = dict[str, Any]


def _key(text: str | None) -> str:
    """Comparison form of a text: folded words only."""
    return " ".join(words(text))


def _dump(value: schema.Period | schema.Recurrence | None) -> dict | None:
    return value.model_dump(by_alias=True) if value is not None else None


def _added_removed(old: Iterable[Any], new: Iterable[Any], key: Callable[[Any], str]) -> tuple[list, list]:
    """Elements only in ``new`` (in new order) and only in ``old`` (in old order), compared by ``key``."""
    old, new = list(old), list(new)
    old_keys, new_keys = {key(x) for x in old}, {key(x) for x in new}
    return [x for x in new if key(x) not in old_keys], [x for x in old if key(x) not in new_keys]


def _list_change(field: str, old: list[str], new: list[str], key: Callable[[str], str] = _key) -> Change | None:
    added, removed = _added_removed(old, new, key)
    return {"field": field, "old": old, "new": new, "added": added, "removed": removed} if added or removed else None


def _scalar(field: str, old: Any, new: Any, key: Callable[[Any], Any] = lambda v: v) -> Change | None:
    return None if key(old) == key(new) else {"field": field, "old": old, "new": new}


def _span(period: schema.Period | None) -> tuple[str, str] | None:
    return (period.from_, period.to) if period else None


def _roles(roles: list[schema.Role]) -> list[dict]:
    return [r.model_dump() for r in roles]


def _period(field: str, old: schema.Period | None, new: schema.Period | None, slip: bool = True) -> Change | None:
    """A period changes when its months change, not its wording; the slip is in months (positive = later)."""
    if _span(old) == _span(new):
        return None
    change: Change = {"field": field, "old": _dump(old), "new": _dump(new)}
    if slip:
        change["slip_months"] = slip_months(old, new)
    return change


def _org(role: schema.Role) -> str:
    return _key(role.organisation or role.affiliation)


def _leaders(old: list[schema.Role], new: list[schema.Role]) -> Change | None:
    """Names added or removed, and kept names whose (reconciled) organisation changed."""
    added, removed = _added_removed(old, new, lambda r: _key(r.name))
    before = {_key(r.name): r for r in old}
    moved = [{"name": r.name, "old": before[_key(r.name)].organisation or before[_key(r.name)].affiliation,
              "new": r.organisation or r.affiliation}
             for r in new if _key(r.name) in before and _org(before[_key(r.name)]) != _org(r)]
    if not (added or removed or moved):
        return None
    return {"field": "leaders", "old": _roles(old), "new": _roles(new), "added": _roles(added),
            "removed": _roles(removed), "changed": moved}


def _rule(recurrence: schema.Recurrence | None) -> tuple[str, str, str | None] | None:
    return (recurrence.freq, recurrence.from_, recurrence.to) if recurrence else None


def _recurrence(old: schema.Recurrence | None, new: schema.Recurrence | None) -> Change | None:
    """A rule changes when its frequency or months change, not its wording."""
    if _rule(old) == _rule(new):
        return None
    return {"field": "recurrence", "old": _dump(old), "new": _dump(new)}


def compare_items(old: schema.Item, new: schema.Item, new_id_of_old: dict[str, str]) -> list[Change]:
    """The fields that differ between two versions of an item, in a fixed order.

    ``new_id_of_old`` maps matched old ids to new ids, so a parent counts as the same
    when it is the same item renamed.
    """
    old_parent = new_id_of_old.get(old.parent, old.parent) if old.parent else None
    changes = [
        _scalar("title", old.title, new.title, _key),
        _scalar("code", old.code, new.code, lambda c: _key(c) if c else None),
        _scalar("status", old.status, new.status),
        _leaders(old.leaders, new.leaders),
        _list_change("secretariat", old.secretariat, new.secretariat),
        _period("timeline", old.timeline, new.timeline),
        _period("publication", old.publication, new.publication),
        _list_change("meetings", [m.month for m in old.meetings], [m.month for m in new.meetings], key=str),
        _recurrence(old.recurrence, new.recurrence),
        _scalar("scope", old.scope, new.scope, _key),
        _scalar("kind", old.kind, new.kind),
        {"field": "parent", "old": old.parent, "new": new.parent} if old_parent != new.parent else None,
        _list_change("links", old.links, new.links, key=str),
    ]
    return [c for c in changes if c is not None]


def compare_plans(old: schema.Document, new: schema.Document) -> list[Change]:
    """The plan-level facts that differ: title, organisation, period, contacts, links."""
    changes = [
        _scalar("title", old.plan.title, new.plan.title, _key),
        _scalar("organisation", old.plan.organisation, new.plan.organisation, _key),
        _period("period", old.plan.period, new.plan.period, slip=False),
        _list_change("contacts", old.plan.contacts, new.plan.contacts, key=str.casefold),
        _list_change("links", old.plan.links, new.plan.links, key=str),
    ]
    return [c for c in changes if c is not None]


def _is_person(role: schema.Role) -> bool:
    """A role naming an organisation only (name = organisation, no affiliation) is not a person."""
    return not (role.affiliation is None and role.organisation is not None and _key(role.name) == _key(
        role.organisation))


def _unique(names: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(_key(name), name)
    return list(seen.values())


def people_of(doc: schema.Document) -> list[str]:
    """Leaders who are people, in deck order, once each."""
    return _unique(r.name for it in doc.items for r in it.leaders if r.name and _is_person(r))


def organisations_of(doc: schema.Document) -> list[str]:
    """Organisations that lead or run a secretariat, in deck order, once each (canonical names)."""
    return _unique(name for it in doc.items
                   for name in [*(r.organisation or r.affiliation for r in it.leaders), *it.secretariat] if name)


def names_added_removed(old: schema.Document, new: schema.Document) -> tuple[dict, dict]:
    """People and organisations new in the new plan, and those gone from it."""
    people = _added_removed(people_of(old), people_of(new), _key)
    orgs = _added_removed(organisations_of(old), organisations_of(new), _key)
    return ({"added": people[0], "removed": people[1]}, {"added": orgs[0], "removed": orgs[1]})
