"""Flat tables of documents: one row per fact, each with its source file, plan period and slide."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from plandeck import schema

TABLES = ("items", "leaders", "meetings", "organisations")


def _period(p: schema.Period | None) -> tuple[str | None, str | None, str | None]:
    return (p.text, p.from_, p.to) if p else (None, None, None)


def _units(units: list[int]) -> str:
    return ";".join(str(u) for u in units)


@dataclass(frozen=True)
class Rows:
    """The rows of every table, as plain records ready for any writer."""

    items: list[dict]
    leaders: list[dict]
    meetings: list[dict]
    organisations: list[dict]

    def get(self, name: str) -> list[dict]:
        return getattr(self, name)

    @classmethod
    def concat(cls, parts: Iterable[Rows]) -> Rows:
        """One table set from per-document ones (batch workers build each deck's rows in parallel)."""
        merged = cls([], [], [], [])
        for part in parts:
            for name in TABLES:
                merged.get(name).extend(part.get(name))
        return merged


def rows(docs: Iterable[schema.Document]) -> Rows:
    """All documents' facts as table rows, in document then deck order."""
    items, leaders, meetings, orgs = [], [], [], []
    for doc in docs:
        base = {"file": doc.source.file,
                "plan_period": doc.plan.period.shown() if doc.plan.period else None}
        org_units: dict[str, set[int]] = {}
        for it in doc.items:
            t_text, t_from, t_to = _period(it.timeline)
            p_text, p_from, p_to = _period(it.publication)
            items.append({**base, "id": it.id, "parent": it.parent, "code": it.code, "title": it.title,
                          "kind": it.kind, "status": it.status, "status_text": it.status_text,
                          "leaders": "; ".join(r.name or r.organisation or r.affiliation or "" for r in it.leaders),
                          "secretariat": "; ".join(it.secretariat),
                          "timeline": t_text, "timeline_from": t_from, "timeline_to": t_to,
                          "publication": p_text, "publication_from": p_from, "publication_to": p_to,
                          "scope": it.scope, "meetings": "; ".join(m.month for m in it.meetings),
                          "recurrence": it.recurrence.text if it.recurrence else None,
                          "links": "; ".join(it.links), "slides": _units(it.provenance.units)})
            for n, r in enumerate(it.leaders):  # each row's slide is where that value was read
                leaders.append({**base, "item_id": it.id, "item_title": it.title, "name": r.name,
                                "affiliation": r.affiliation, "organisation": r.organisation,
                                "slide": it.provenance.unit_of("leaders", n)})
                if r.organisation:
                    org_units.setdefault(r.organisation, set()).update(it.provenance.units)
            for name in it.secretariat:
                org_units.setdefault(name, set()).update(it.provenance.units)
            for n, m in enumerate(it.meetings):
                meetings.append({**base, "item_id": it.id, "item_title": it.title, "month": m.month,
                                 "groups": "; ".join(m.groups), "note": m.note,
                                 "slide": it.provenance.unit_of("meetings", n)})
        for o in doc.organisations:
            units = set().union(*(org_units.get(n, set()) for n in (o.name, *o.aliases)))
            orgs.append({**base, "name": o.name, "acronym": o.acronym, "aliases": "; ".join(o.aliases),
                         "roles": "; ".join(o.roles), "slides": _units(sorted(units))})
    return Rows(items, leaders, meetings, orgs)
