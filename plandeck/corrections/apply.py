"""Applies a corrections file to one deck's document, recording every change it makes.

Runs after normalisation, on the schema :class:`~plandeck.schema.Document`, so a fix
is made to the facts a user sees. Rules name their targets by content
(:mod:`plandeck.corrections.select`); a rule that names nothing is a warning
(``correction-unmatched``), one that names several items is skipped with a warning
(``correction-ambiguous``), so one file can serve every year's deck. Each change is one
:class:`~plandeck.schema.Correction` in ``document.corrections``; ids, parents and the
people list follow the items (ids are slugs of titles, SCHEMA.md), and those changes
are recorded too, so the document differs from the uncorrected one by exactly the records.
"""
from __future__ import annotations

from pydantic_core import to_jsonable_python

from plandeck import schema
from plandeck.corrections.names import Organisations, merged_fields
from plandeck.corrections.rules import Corrections, Leader, Merge, SetFields
from plandeck.corrections.select import matching_slides, names_item, same_person
from plandeck.model import Deck
from plandeck.normalize.dates import DateScanner
from plandeck.normalize.document import people_of
from plandeck.normalize.ids import slugify

# Fields whose change moves an item's id (a child's id is ``parent-id/code`` or ``parent-id/slug``).
_ID_FIELDS = frozenset({"title", "code", "parent"})
# Text fields that ``""`` clears.
_CLEARABLE = frozenset({"code", "status", "status_text", "scope"})


def _json(value: object) -> object:
    return to_jsonable_python(value, by_alias=True)


class _Corrector:
    """One application of the rules to one document (a deep copy: the input is left as read)."""

    def __init__(self, doc: schema.Document, deck: Deck, dates: DateScanner) -> None:
        self.doc = doc.model_copy(deep=True)
        self.deck = deck
        self.dates = dates
        self.read_id = {id(it): it.id for it in self.doc.items}
        self.former: dict[int, list[str]] = {}
        self.moved: set[int] = set()
        self.removed: list[tuple[str, schema.Item]] = []
        self.records: list[schema.Correction] = []
        self.warnings: list[schema.Warning] = []
        self.orgs = Organisations(self.doc, self.record)

    # --- bookkeeping ---------------------------------------------------------------------------
    def record(self, rule: str, item: schema.Item | None, field: str | None, old: object, new: object) -> None:
        self.records.append(schema.Correction(rule=rule, item=self.read_id[id(item)] if item is not None else None,
                                              field=field, old=_json(old), new=_json(new)))

    def warn(self, code: str, rule: str, message: str) -> None:
        self.warnings.append(schema.Warning(code=code, message=f"corrections {rule}: {message}"))

    def change(self, rule: str, item: schema.Item, field: str, new: object) -> None:
        """Set one field of an item, recording it when the value really changes."""
        old = getattr(item, field)
        if _json(old) == _json(new):
            return
        setattr(item, field, new)
        self.record(rule, item, field, old, new)
        if field in _ID_FIELDS:
            self.moved.add(id(item))

    def find(self, rule: str, selector: str) -> schema.Item | None:
        found = [it for it in self.doc.items if names_item(selector, it, self.former.get(id(it), ()))]
        if len(found) == 1:
            return found[0]
        if found:
            self.warn("correction-ambiguous", rule, f"{selector!r} names {len(found)} items "
                      f"({', '.join(it.id for it in found)}); rule skipped")
        else:
            self.warn("correction-unmatched", rule, f"{selector!r} names no item")
        return None

    def children(self, item: schema.Item) -> list[schema.Item]:
        return [it for it in self.doc.items if it.parent == item.id]

    def within(self, item: schema.Item, ancestor: schema.Item) -> bool:
        """Whether ``item`` is ``ancestor`` or sits (at any depth) under it."""
        by_id = {it.id: it for it in self.doc.items}
        at: schema.Item | None = item
        seen: set[int] = set()
        while at is not None and id(at) not in seen:
            if at is ancestor:
                return True
            seen.add(id(at))
            at = by_id.get(at.parent) if at.parent else None
        return False

    def remove(self, rule: str, item: schema.Item, new: object = None) -> None:
        """Take an item out; its children move up to its parent."""
        for child in self.children(item):
            self.change(rule, child, "parent", item.parent)
        self.doc.items.remove(item)
        self.removed.append((rule, item))
        self.record(rule, item, None, item.title, new)

    # --- the rules, in file order per kind --------------------------------------------------------
    def run(self, rules: Corrections) -> schema.Document:
        for n, ignore in enumerate(rules.ignore_slide, 1):
            self.ignore_slide(f"ignore_slide[{n}]", ignore.title, ignore.contains)
        for n, drop in enumerate(rules.drop, 1):
            if (item := self.find(f"drop[{n}]", drop.item)) is not None:
                self.remove(f"drop[{n}]", item)
        for n, merge in enumerate(rules.merge, 1):
            self.merge(f"merge[{n}]", merge)
        for n, rename in enumerate(rules.rename, 1):
            if (item := self.find(f"rename[{n}]", rename.item)) is not None:
                self.retitle(f"rename[{n}]", item, rename.title)
        for n, fields in enumerate(rules.set_, 1):
            self.set_fields(f"set[{n}]", fields)
        for alias, name in rules.people.items():
            self.person(f"people[{alias}]", alias, name)
        for alias, name in rules.organisations.items():
            rule = f"organisations[{alias}]"
            renamed = self.orgs.rename(rule, alias, name)
            if renamed is None:
                self.warn("correction-unmatched", rule, f"{alias!r} names no organisation")
            else:
                self.follow_organisation(rule, renamed)
        self.reallocate_ids()
        self.orgs.prune(self.removed, self.doc.items)
        self.doc.people = people_of(self.doc.items)
        self.doc.warnings = [*self.doc.warnings, *self.warnings]
        self.doc.corrections = [*(self.doc.corrections or []), *self.records]
        return self.doc

    def ignore_slide(self, rule: str, title: str | None, contains: str | None) -> None:
        units = set(matching_slides(self.deck, title, contains))
        if not units:
            self.warn("correction-unmatched", rule, f"{title or contains!r} names no slide")
            return
        for item in [it for it in self.doc.items if it.provenance.units and set(it.provenance.units) <= units]:
            self.remove(rule, item)
        for warning in [w for w in self.doc.warnings if w.unit in units]:
            self.doc.warnings.remove(warning)
            self.record(rule, None, "warnings", warning.message, None)

    def merge(self, rule: str, merge: Merge) -> None:
        target = self.find(rule, merge.into)
        if target is None:
            return
        for selector in merge.items:
            source = self.find(rule, selector)
            if source is None:
                continue
            if source is target:
                self.warn("correction-skipped", rule, f"{selector!r} is the item it would merge into")
                continue
            for child in self.children(source):
                if not self.within(target, child):
                    self.change(rule, child, "parent", target.id)
            for field, value in merged_fields(target, source).items():
                self.change(rule, target, field, value)
            self.former.setdefault(id(target), []).extend([source.title, *self.former.get(id(source), [])])
            self.remove(rule, source, new=self.read_id[id(target)])

    def retitle(self, rule: str, item: schema.Item, title: str) -> None:
        old = item.title
        self.change(rule, item, "title", " ".join(title.split()))
        if item.title != old:
            self.former.setdefault(id(item), []).append(old)

    def set_fields(self, rule: str, fields: SetFields) -> None:
        item = self.find(rule, fields.item)
        if item is None:
            return
        for name, value in fields.given().items():
            if name == "title":
                self.retitle(rule, item, str(value))
            elif name == "parent":
                self.reparent(rule, item, str(value))
            elif name in ("timeline", "publication"):
                span = self.dates.period(str(value)) if value else None
                self.change(rule, item, name, schema.Period(text=span.text, from_=span.start, to=span.end)
                            if span else None)
            elif name == "leaders":
                self.change(rule, item, name, [self.role(leader) for leader in fields.leaders or []])
            else:
                self.change(rule, item, name, None if name in _CLEARABLE and value == "" else value)

    def reparent(self, rule: str, item: schema.Item, selector: str) -> None:
        if not selector:
            self.change(rule, item, "parent", None)
            return
        parent = self.find(rule, selector)
        if parent is None:
            return
        if self.within(parent, item):
            self.warn("correction-skipped", rule, f"{selector!r} sits under {item.id!r}: it cannot be its parent")
            return
        self.change(rule, item, "parent", parent.id)

    def role(self, leader: Leader) -> schema.Role:
        """A leader as written in the rule; its organisation is the canonical row its affiliation names."""
        if leader.name is None:
            return schema.Role(name=None, affiliation=leader.affiliation, organisation=leader.affiliation)
        return schema.Role(name=leader.name, affiliation=leader.affiliation,
                           organisation=self.orgs.canonical(leader.affiliation))

    def person(self, rule: str, alias: str, name: str) -> None:
        found = False
        for item in self.doc.items:
            for k, role in enumerate(item.leaders):
                if same_person(alias, role.name):
                    found = True
                    if role.name != name:
                        self.record(rule, item, f"leaders.{k}.name", role.name, name)
                        role.name = name
        if not found:
            self.warn("correction-unmatched", rule, f"{alias!r} names no person")

    def follow_organisation(self, rule: str, renamed: dict[str, str]) -> None:
        """Leaders whose organisation was a renamed row now name its new name."""
        for item in self.doc.items:
            for k, role in enumerate(item.leaders):
                new = renamed.get(role.organisation or "")
                if new is not None and new != role.organisation:
                    self.record(rule, item, f"leaders.{k}.organisation", role.organisation, new)
                    role.organisation = new

    # --- ids follow titles, codes and parents ------------------------------------------------------
    def reallocate_ids(self) -> None:
        """New ids for moved items and everything under them, in tree order; unmoved items keep theirs."""
        moving = [it for it in self.doc.items if any(id(a) in self.moved for a in self.ancestry(it))]
        moving_ids = {id(it) for it in moving}
        taken = {it.id for it in self.doc.items if id(it) not in moving_ids}
        for item in sorted(moving, key=lambda it: len(self.ancestry(it))):
            parent_id = item.parent
            base = item.code.lower() if item.code and parent_id else slugify(item.title)
            base = f"{parent_id}/{base}" if parent_id else base
            new, n = base, 2
            while new in taken:
                new, n = f"{base}-{n}", n + 1
            taken.add(new)
            if new != item.id:
                for child in self.children(item):
                    self.change("ids", child, "parent", new)
                self.record("ids", item, "id", item.id, new)
                item.id = new

    def ancestry(self, item: schema.Item) -> list[schema.Item]:
        """The item and its ancestors, nearest first (a parent loop in a hand-made document ends it)."""
        by_id = {it.id: it for it in self.doc.items}
        chain: list[schema.Item] = []
        at: schema.Item | None = item
        while at is not None and all(at is not c for c in chain):
            chain.append(at)
            at = by_id.get(at.parent) if at.parent else None
        return chain


def apply_corrections(doc: schema.Document, deck: Deck, rules: Corrections, dates: DateScanner) -> schema.Document:
    """A corrected copy of ``doc`` (read from ``deck``), with ``corrections`` listing every change."""
    return _Corrector(doc, deck, dates).run(rules)
