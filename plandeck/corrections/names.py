"""The organisation rows a correction renames or empties, and what merging two items gives.

Organisation rows (``document.organisations``) hold the canonical name of every form a deck
writes; a leader's ``organisation`` is that name. Renaming a row (an alias mapped to the
name a user wants) therefore renames it for every leader, and a row whose last item was
dropped goes with it.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from plandeck import schema
from plandeck.corrections.select import same_name

Recorder = Callable[[str, "schema.Item | None", "str | None", object, object], None]


def _forms(org: schema.Organisation) -> list[str]:
    return [org.name, *([org.acronym] if org.acronym else []), *org.aliases]


def _unique(values: Sequence[str]) -> list[str]:
    out: list[str] = []
    for v in values:
        if v and v not in out:
            out.append(v)
    return out


class Organisations:
    """The document's organisation rows, changed in place, each change recorded."""

    def __init__(self, doc: schema.Document, record: Recorder) -> None:
        self.doc = doc
        self.record = record

    def row(self, form: str | None) -> schema.Organisation | None:
        """The row one of whose names (name, acronym, alias) is ``form``."""
        if not form:
            return None
        return next((o for o in self.doc.organisations if any(same_name(form, f) for f in _forms(o))), None)

    def canonical(self, form: str | None) -> str | None:
        row = self.row(form)
        return row.name if row is not None else form

    def rename(self, rule: str, alias: str, name: str) -> dict[str, str] | None:
        """Make ``name`` the canonical name of the row ``alias`` names; a row already called ``name`` joins it.

        Returns {old canonical name: new} for the leaders to follow, or None when no row is named.
        """
        row = self.row(alias)
        if row is None:
            return None
        other = next((o for o in self.doc.organisations if o is not row and any(same_name(name, f) for f in _forms(o))),
                     None)
        renamed = {row.name: name}
        if other is not None:
            renamed[other.name] = name
            other.aliases = _unique([f for f in [other.name, *other.aliases, *_forms(row)] if f != name])
            other.roles = sorted({*other.roles, *row.roles})
            other.acronym = other.acronym or row.acronym
            if other.name != name:
                self.record(rule, None, "organisations", other.name, name)
                other.name = name
            self.doc.organisations.remove(row)
            self.record(rule, None, "organisations", row.name, name)
        elif row.name != name:
            row.aliases = _unique([f for f in [row.name, *row.aliases] if f != name])
            self.record(rule, None, "organisations", row.name, name)
            row.name = name
        return renamed

    def prune(self, removed: Sequence[tuple[str, schema.Item]], items: Sequence[schema.Item]) -> None:
        """Rows only removed items wrote (leaders' organisations, secretariat) go with them."""
        def written(item: schema.Item) -> list[str]:
            return [f for r in item.leaders for f in (r.affiliation, r.organisation) if f] + item.secretariat

        kept = [f for item in items for f in written(item)]
        for rule, item in removed:
            for form in written(item):
                row = self.row(form)
                if row is not None and not any(same_name(k, f) for k in kept for f in _forms(row)):
                    self.doc.organisations.remove(row)
                    self.record(rule, None, "organisations", row.name, None)


def merged_fields(target: schema.Item, source: schema.Item) -> dict[str, object]:
    """``target``'s fields after ``source`` is folded in: gaps filled from it, lists united, slides joined."""
    single = ("code", "status", "status_text", "timeline", "publication", "scope", "recurrence")
    out: dict[str, object] = {k: getattr(target, k) if getattr(target, k) is not None else getattr(source, k)
                              for k in single}
    out["aliases"] = [a for a in _unique([*target.aliases, source.title, *source.aliases]) if a != target.title]
    seen = {(r.name, r.affiliation) for r in target.leaders}
    out["leaders"] = [*target.leaders, *(r for r in source.leaders if (r.name, r.affiliation) not in seen)]
    for name in ("secretariat", "links", "notes"):
        out[name] = _unique([*getattr(target, name), *getattr(source, name)])
    months: dict[str, schema.Meeting] = {m.month: m.model_copy(deep=True) for m in target.meetings}
    for m in source.meetings:
        if m.month in months:
            months[m.month].groups = _unique([*months[m.month].groups, *m.groups])
            months[m.month].note = months[m.month].note or m.note
        else:
            months[m.month] = m.model_copy(deep=True)
    out["meetings"] = [months[k] for k in sorted(months)]
    out["provenance"] = schema.Provenance(units=sorted({*target.provenance.units, *source.provenance.units}))
    return out
