"""Reconciles a :class:`RawDeck` into the canonical ``plandeck/1`` :class:`Document`.

Periods are parsed, statuses mapped, parents found for table rows, meeting lines that
name child codes moved to those children and merged with their own months, people and
organisations reconciled across the deck, and ids allocated from titles.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from plandeck import schema
from plandeck.model import Origin, RawDeck, RawField, RawItem
from plandeck.normalize.confidence import rules as confidence_rules
from plandeck.normalize.dates import DateScanner, project_months
from plandeck.normalize.ids import IdAllocator
from plandeck.normalize.meetings import MeetingParser, MonthFact
from plandeck.normalize.organisations import OrganisationIndex
from plandeck.normalize.provenance import Places, joined, ordered
from plandeck.normalize.status import StatusMapper
from plandeck.vocabulary import Vocabulary, fold, phrase_pattern


@dataclass
class _Draft:
    """An item while it is being reconciled."""

    raw: RawItem
    id: str = ""
    parent: _Draft | None = None
    children: list[_Draft] = field(default_factory=list)
    months: list[MonthFact] = field(default_factory=list)
    item: schema.Item | None = None
    sources: list[schema.ValueSource] = field(default_factory=list)


class Normaliser:
    """Turns raw facts into the schema; holds the parsers, built once per process."""

    def __init__(self, vocab: Vocabulary, dates: DateScanner) -> None:
        self._vocab = vocab
        self._dates = dates
        self._meetings = MeetingParser(vocab, dates)
        self._status = StatusMapper(vocab)
        # Organisations in one cell: "," ";" " / " and the data's joining words split them.
        words = "".join(rf"|\b{re.escape(w)}\b" for w in vocab.org_joiners)
        self._org_split = re.compile(rf"\s*(?:,|;|\s/\s|/(?=\s*[A-Z]){words})\s*(?![^()]*\))")
        self._kind_res = {kind: phrase_pattern(ws) for kind, ws in vocab.kind_title_words.items() if ws}

    def normalise(self, raw: RawDeck) -> schema.Document:
        warnings = [schema.Warning(code=w.code, message=w.message, unit=w.unit) for w in raw.warnings]
        drafts = [_Draft(raw=item) for item in raw.items]
        by_raw = {id(d.raw): d for d in drafts}
        for d in drafts:
            parent = by_raw.get(id(d.raw.parent)) if d.raw.parent is not None else None
            if parent is not None:
                d.parent = parent
                parent.children.append(d)
        # The fact finder hands items in tree order, parents before children.
        ids = IdAllocator()
        for d in drafts:
            d.id = ids.take(d.raw.title, d.raw.code if d.parent else None, d.parent.id if d.parent else None)
        orgs = OrganisationIndex(self._vocab)
        for long_form, acronym in raw.definitions:
            orgs.define(long_form, acronym)
        start_span = self._dates.period(raw.plan.start_text) if raw.plan.start_text else None
        start = start_span.start if start_span else None
        places = Places(raw.sizes, raw.ocr_units, confidence_rules())
        items = [self._item(d, warnings, orgs, start, places) for d in drafts]
        self._calendar_meetings(raw.calendar, drafts, items)
        self._move_child_meetings(drafts)
        for d, item in zip(drafts, items, strict=True):
            item.meetings, origins = _merge_months(d.months)
            d.sources += [places.source("meetings", o, i) for i, o in enumerate(origins) if o is not None]
            item.provenance.values = ordered(d.sources)
            warnings.extend(places.warnings(item))
        for item in items:
            for role in item.leaders:
                role.organisation = orgs.canonical(role.affiliation or role.organisation)
            item.secretariat = _unique(item.secretariat)  # as written, like an affiliation; canonical in organisations
        _identify_people(items)
        plan = self._plan(raw, items)
        return schema.Document(
            source=schema.Source(file=raw.source.file, sha256=raw.source.sha256, format=raw.source.format,
                                 units=raw.source.units),
            plan=plan,
            items=items,
            people=people_of(items),
            organisations=[
                schema.Organisation(name=c.canonical, acronym=c.acronym,
                                    aliases=[f for f in c.forms if f != c.canonical],
                                    roles=sorted(c.roles))
                for c in orgs.clusters()
            ],
            warnings=warnings,
        )

    def _calendar_meetings(self, lines: list[RawField], drafts: list[_Draft], items: list[schema.Item]) -> None:
        """Each line of a meetings calendar goes to the items whose codes it names ("WG1 and WG2, November 2025")."""
        by_code = {d.raw.code: (d, item) for d, item in zip(drafts, items, strict=True) if d.raw.code}
        known = frozenset(by_code)
        for f in lines:
            for line in f.lines:
                codes = [c for c in self._meetings.codes(line, known) if c in by_code]
                if not codes:
                    continue
                parsed = self._meetings.parse([line], known)
                for code in codes:
                    d, item = by_code[code]
                    d.months.extend(replace(m, origin=f.origin(line)) for m in parsed.months)
                    if parsed.recurrence and item.recurrence is None:
                        r = parsed.recurrence
                        item.recurrence = schema.Recurrence(freq=r.freq, from_=r.start, to=None, text=r.text)
                    if f.unit not in item.provenance.units:
                        item.provenance.units = sorted([*item.provenance.units, f.unit])

    def _move_child_meetings(self, drafts: list[_Draft]) -> None:
        """A parent's meeting line that names child codes belongs to those children."""
        for d in drafts:
            codes = {c.raw.code: c for c in d.children if c.raw.code}
            if not codes:
                continue
            kept = []
            for m in d.months:
                targets = [codes[g] for g in m.groups if g in codes]
                if targets:
                    for child in targets:
                        moved = replace(m.origin, factors=(*m.origin.factors, "moved")) if m.origin else None
                        child.months.append(replace(m, origin=moved))
                else:
                    kept.append(m)
            d.months = kept

    # --- one item -------------------------------------------------------------------------------
    def _item(self, d: _Draft, warnings: list[schema.Warning], orgs: OrganisationIndex,
              start: str | None, places: Places) -> schema.Item:
        raw = d.raw
        status_text = _joined(raw.get("status")) or raw.banner
        status_origin = joined(raw.get("status")) or raw.banner_origin
        status = self._status.map(status_text)
        if status_text and status is None:
            warnings.append(schema.Warning(code="unknown-status", message=f"status not understood: {status_text!r}",
                                           unit=raw.unit))
        known = frozenset(c.raw.code for c in d.children if c.raw.code)
        notes = list(raw.notes)
        recurrence = None
        for f, line in ((g, line) for g in raw.get("meetings") for line in g.lines):
            parsed = self._meetings.parse([line], known)  # line by line, so each month knows its line's box
            d.months.extend(replace(m, origin=f.origin(line)) for m in parsed.months)
            notes.extend(parsed.notes)
            if parsed.recurrence and recurrence is None:
                r = parsed.recurrence
                recurrence = schema.Recurrence(freq=r.freq, from_=r.start, to=None, text=r.text)
        led = self._leaders(raw.get("leader"), orgs)  # first: decks name leaders before the secretariat
        leaders = [role for role, _ in led]
        sources = [places.source("leaders", origin, i) for i, (_, origin) in enumerate(led)]
        secretariat: list[str] = []
        for f in raw.get("secretariat"):
            for name in self._org_split.split(f.text):
                name = name.strip(" .")
                if name and not self._dates.is_empty(name) and name not in secretariat:
                    sources.append(places.source("secretariat", f.origin(name), len(secretariat)))
                    secretariat.append(name)
                    orgs.add(name, "secretariat")
        units = sorted({raw.unit, *raw.units, *(f.unit for f in raw.fields)})
        links = _unique([*raw.links, *(u for f in raw.get("link") for u in f.lines if "://" in u or "www." in u)])
        link_origins = {**{u: f.origin(u) for f in raw.get("link") for u in f.lines}, **raw.link_origins}
        sources += [places.source("links", link_origins[u], i) for i, u in enumerate(links) if u in link_origins]
        sources.append(places.source("title", Origin(raw.title_unit or raw.unit, raw.box, raw.how)))
        if status_text and status_origin is not None:
            sources.append(places.source("status", status_origin))
        for key, name in (("timeline", "timeline"), ("publication", "publication"), ("scope", "scope")):
            origin = joined(raw.get(key))
            if origin is not None:
                sources.append(places.source(name, origin))
        how, confidence = places.item(raw.how, {raw.unit, *raw.units}, raw.unit)
        d.sources = sources
        item = schema.Item(
            id=d.id,
            parent=d.parent.id if d.parent else None,
            code=raw.code if raw.code else None,
            title=raw.title,
            aliases=_unique(raw.aliases),
            kind=self._kind(raw, d),
            status=status,
            status_text=status_text,
            leaders=leaders,
            secretariat=secretariat,
            timeline=self._period(raw.get("timeline"), warnings, start),
            publication=self._period(raw.get("publication"), warnings, start),
            scope=_joined(raw.get("scope")) or None,
            recurrence=recurrence,
            links=links,
            notes=_unique(notes + [f.text for f in raw.get("link") if f.text and "://" not in f.text]
                          + [f"{f.label}: {f.text}" for f in raw.get("other") if f.text]),
            provenance=schema.Provenance(units=units, how=how, confidence=confidence),
        )
        # A field written but not understood (a period with no date) is no value: it has no source.
        d.sources = [s for s in sources if getattr(item, s.field) not in (None, []) or s.field == "status"]
        d.item = item
        return item

    def _leaders(self, fields: list[RawField], orgs: OrganisationIndex) -> list[tuple[schema.Role, Origin]]:
        """Each leader with where it was read."""
        roles: list[tuple[schema.Role, Origin]] = []
        for f in fields:
            if f.people:
                for p in f.people:
                    if p.affiliation:
                        orgs.add(p.affiliation, "affiliation")
                    roles.append((schema.Role(name=p.name, affiliation=p.affiliation), Origin(p.unit, p.box, f.how)))
            else:
                # No person, only organisations: the organisations lead (name null, as SCHEMA.md says).
                for name in self._org_split.split(f.text):
                    name = name.strip(" .")
                    if name and not self._dates.is_empty(name):
                        orgs.add(name, "leader")
                        roles.append((schema.Role(name=None, affiliation=name, organisation=name), f.origin(name)))
        return roles

    def _kind(self, raw: RawItem, d: _Draft) -> str:
        if raw.kind:
            return raw.kind
        prefix = re.match(r"[A-Z]+", raw.code or "")
        if prefix and prefix.group(0) in self._vocab.wg_code_prefixes:
            return "working_group"
        title = fold(raw.title)
        # A coded or nested item named "… program" ("WP4 – Knowledge transfer program", a "Fellowship program" row) is a
        # unit of work: only a top-level item without a code is a programme or hub by its title.
        kinds = ("working_group",) if raw.code or d.parent is not None else ("programme", "hub", "working_group")
        for kind in kinds:
            pattern = self._kind_res.get(kind)
            if pattern is not None and pattern.search(title):
                return kind
        return "deliverable"

    def _period(self, fields: list[RawField], warnings: list[schema.Warning],
                start: str | None = None) -> schema.Period | None:
        """The period a field states; project months ("M18") count from the project's start month."""
        text = _joined(fields)
        if not text:
            return None
        span = project_months(text, start) or self._dates.period(text)
        if span is not None and all(f.drawn for f in fields):
            return schema.Period(text=None, from_=span.start, to=span.end)  # drawn (a Gantt chart), not written
        if span is None:
            if not self._dates.is_empty(text):
                warnings.append(schema.Warning(code="unparsed-date", message=f"no date understood in {text!r}",
                                               unit=fields[0].unit))
            return None
        return schema.Period(text=span.text, from_=span.start, to=span.end)

    def _plan(self, raw: RawDeck, items: list[schema.Item]) -> schema.Plan:
        period = self._dates.period(raw.plan.period_text) if raw.plan.period_text else None
        item_links = {u.rstrip("/").lower() for it in items for u in it.links}
        return schema.Plan(
            title=raw.plan.title,
            organisation=raw.plan.organisation,
            period=schema.Period(text=period.text, from_=period.start, to=period.end) if period else None,
            contacts=raw.plan.contacts,
            links=[u for u in raw.plan.links if u.rstrip("/").lower() not in item_links],
        )


def _joined(fields: list[RawField]) -> str:
    return " ".join(f.text for f in fields if f.text).strip()


def _unique(values: list[str]) -> list[str]:
    out: list[str] = []
    for v in values:
        if v and v not in out:
            out.append(v)
    return out


def _merge_months(months: list[MonthFact]) -> tuple[list[schema.Meeting], list[Origin | None]]:
    """One meeting per month, sorted; groups united, the first note kept; and where each month was first read."""
    by_month: dict[str, schema.Meeting] = {}
    origins: dict[str, Origin | None] = {}
    for m in months:
        meeting = by_month.get(m.month)
        if meeting is None:
            by_month[m.month] = schema.Meeting(month=m.month, groups=list(m.groups), note=m.note)
            origins[m.month] = m.origin
            continue
        meeting.groups.extend(g for g in m.groups if g not in meeting.groups)
        meeting.note = meeting.note or m.note
    keys = sorted(by_month)
    return [by_month[k] for k in keys], [origins[k] for k in keys]


def _identify_people(items: list[schema.Item]) -> None:
    """A person named without an organisation on one item but with one elsewhere in the deck is that person.

    The organisation is filled, the affiliation stays null: the item's own slide did not write it.
    A name seen with two different organisations is left alone.
    """
    known: dict[str, set[str]] = {}
    for item in items:
        for role in item.leaders:
            if role.name and role.organisation:
                known.setdefault(fold(role.name), set()).add(role.organisation)
    for item in items:
        for role in item.leaders:
            found = known.get(fold(role.name)) if role.name else None
            if found and len(found) == 1 and role.organisation is None and role.affiliation is None:
                role.organisation = next(iter(found))


def people_of(items: list[schema.Item]) -> list[schema.Person]:
    """One row per person named as a leader, in deck order; public because corrections re-derive it after a fix."""
    people: dict[str, schema.Person] = {}
    for item in items:
        for role in item.leaders:
            if role.name is None:
                continue  # an organisation leading on its own is no person
            key = fold(role.name)
            person = people.get(key)
            if person is None:
                person = people[key] = schema.Person(name=role.name, organisation=role.organisation)
            if role.affiliation and role.affiliation not in person.affiliations:
                person.affiliations.append(role.affiliation)
            if item.id not in person.items:
                person.items.append(item.id)
    return list(people.values())
