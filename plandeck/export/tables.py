"""Flat tables of documents: one row per fact, each with its source file, plan period and slide.

``plans`` has one row per document; every other table's ``file`` points at it. List
cells (``leaders``, ``groups``, ``roles`` ...) are joined with :data:`LIST_DELIMITER`.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from plandeck import schema

TABLES = ("plans", "items", "leaders", "meetings", "organisations")
#: How list cells are joined; datapackage.json declares it.
LIST_DELIMITER = "; "
#: Slide numbers are joined without the space.
UNITS_DELIMITER = ";"
LIST_COLUMNS = frozenset({"leaders", "secretariat", "meetings", "links", "groups", "aliases", "roles"})
UNITS_COLUMNS = frozenset({"slides"})
#: Columns holding a month or year (``YYYY-MM`` or ``YYYY``).
MONTH_COLUMNS = frozenset({"plan_from", "plan_to", "timeline_from", "timeline_to", "publication_from",
                           "publication_to", "recurrence_from", "recurrence_to", "month"})
INTEGER_COLUMNS = frozenset({"slide", "units", "items", "warnings"})


def _period(p: schema.Period | None) -> tuple[str | None, str | None, str | None]:
    return (p.text, p.from_, p.to) if p else (None, None, None)


def _units(units: list[int]) -> str:
    return UNITS_DELIMITER.join(str(u) for u in units)


def _joined(values: Iterable[str]) -> str:
    return LIST_DELIMITER.join(values)


def meeting_key(item: schema.Item, meeting: schema.Meeting) -> str:
    """One key per meeting of a deck: a joint meeting listed under each of its groups' items gets one key.

    ``2022-01 WG3+WG4`` when the line names groups, else the month and the item's id, so
    counting distinct ``(file, meeting_key)`` counts each meeting once.
    """
    return f"{meeting.month} {'+'.join(sorted(meeting.groups)) if meeting.groups else item.id}"


@dataclass(frozen=True)
class Rows:
    """The rows of every table, as plain records ready for any writer."""

    plans: list[dict]
    items: list[dict]
    leaders: list[dict]
    meetings: list[dict]
    organisations: list[dict]

    def get(self, name: str) -> list[dict]:
        return getattr(self, name)

    @classmethod
    def concat(cls, parts: Iterable[Rows]) -> Rows:
        """One table set from per-document ones (batch workers build each deck's rows in parallel)."""
        merged = cls([], [], [], [], [])
        for part in parts:
            for name in TABLES:
                merged.get(name).extend(part.get(name))
        return merged


def rows(docs: Iterable[schema.Document]) -> Rows:
    """All documents' facts as table rows, in document then deck order."""
    plans, items, leaders, meetings, orgs = [], [], [], [], []
    for doc in docs:
        period = doc.plan.period
        base = {"file": doc.source.file, "plan_period": period.shown() if period else None,
                "plan_from": period.from_ if period else None, "plan_to": period.to if period else None}
        plans.append({"file": doc.source.file, "sha256": doc.source.sha256, "format": doc.source.format,
                      "units": doc.source.units, "title": doc.plan.title, "organisation": doc.plan.organisation,
                      **{k: v for k, v in base.items() if k != "file"},
                      "items": len(doc.items), "warnings": len(doc.warnings)})
        org_units: dict[str, set[int]] = {}
        for it in doc.items:
            t_text, t_from, t_to = _period(it.timeline)
            p_text, p_from, p_to = _period(it.publication)
            items.append({**base, "id": it.id, "parent": it.parent, "code": it.code, "title": it.title,
                          "kind": it.kind, "status": it.status, "status_text": it.status_text,
                          "leaders": _joined(r.name or r.organisation or r.affiliation or "" for r in it.leaders),
                          "secretariat": _joined(it.secretariat),
                          "timeline": t_text, "timeline_from": t_from, "timeline_to": t_to,
                          "publication": p_text, "publication_from": p_from, "publication_to": p_to,
                          "scope": it.scope, "meetings": _joined(m.month for m in it.meetings),
                          "recurrence": it.recurrence.text if it.recurrence else None,
                          "recurrence_freq": it.recurrence.freq if it.recurrence else None,
                          "recurrence_from": it.recurrence.from_ if it.recurrence else None,
                          "recurrence_to": it.recurrence.to if it.recurrence else None,
                          "links": _joined(it.links), "slides": _units(it.provenance.units)})
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
                                 "groups": _joined(m.groups), "meeting_key": meeting_key(it, m), "note": m.note,
                                 "slide": it.provenance.unit_of("meetings", n)})
        for o in doc.organisations:
            units = set().union(*(org_units.get(n, set()) for n in (o.name, *o.aliases)))
            orgs.append({**base, "name": o.name, "acronym": o.acronym, "aliases": _joined(o.aliases),
                         "roles": _joined(o.roles), "slides": _units(sorted(units))})
    return Rows(plans, items, leaders, meetings, orgs)
