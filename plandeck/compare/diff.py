"""What changed between two plans: the ``plandeck/diff-1`` document.

A yearly action plan is mostly last year's plan edited; what readers want is the edit:
which deliverables are new, which were dropped, whose publication slipped, who left.
Items are paired by :mod:`plandeck.compare.match` (so a renamed item is one ``changed``
item, not removed + added) and compared field by field by :mod:`plandeck.compare.fields`.
Output is deterministic: items in new-plan order, then removed items in old-plan order.
"""
from __future__ import annotations

from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, model_serializer

from plandeck import schema
from plandeck.compare.fields import compare_items, compare_plans, names_added_removed
from plandeck.compare.match import How, match_items

DIFF_VERSION: Final = "plandeck/diff-1"
Change = Literal["added", "removed", "changed", "unchanged"]
DETAILS = ("slip_months", "added", "removed", "changed")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class FieldChange(_Model):
    """One field that differs, with the old and new values as in ``plandeck/1``.

    Details only where they help: ``slip_months`` for timeline and publication
    (positive = later, None when a side is missing); ``added``/``removed`` for list
    fields (leaders as roles, secretariat, meeting months, links, contacts);
    ``changed`` for leaders kept whose organisation changed (``{name, old, new}``).
    Absent details are left out of the JSON rather than written as null.
    """

    field: str
    old: Any
    new: Any
    slip_months: int | None = None
    added: list[Any] | None = None
    removed: list[Any] | None = None
    changed: list[Any] | None = None

    @model_serializer(mode="wrap")
    def _without_absent_details(self, handler: Any) -> dict[str, Any]:
        data = handler(self)
        return {k: v for k, v in data.items() if k not in DETAILS or v is not None}


class DiffItem(_Model):
    """One item of either plan: how it changed and which fields differ.

    ``title`` is the new title (the old one for a removed item); ``match`` says what
    the pairing rests on (see :class:`plandeck.compare.match.Matching`), null when unpaired.
    """

    change: Change
    id_old: str | None
    id_new: str | None
    title: str
    match: How | None
    fields: list[FieldChange]


class Names(_Model):
    """People or organisations that appear only in the new plan (added) or only in the old (removed)."""

    added: list[str]
    removed: list[str]


class DiffDocument(_Model):
    """The difference between two ``plandeck/1`` documents."""

    schema_: Literal["plandeck/diff-1"] = Field(default=DIFF_VERSION, alias="schema")
    old: schema.Source
    new: schema.Source
    plan: list[FieldChange]
    items: list[DiffItem]
    people: Names
    organisations: Names

    def to_json(self) -> str:
        """Deterministic JSON, like :meth:`plandeck.schema.Document.to_json`."""
        return self.model_dump_json(by_alias=True, indent=2) + "\n"

    def counts(self) -> dict[str, int]:
        """Items per kind of change, every kind present (zero if none)."""
        out = {"added": 0, "removed": 0, "changed": 0, "unchanged": 0}
        for item in self.items:
            out[item.change] += 1
        return out

    @property
    def has_changes(self) -> bool:
        """Whether anything differs: what ``plandeck diff``'s exit status reports."""
        return bool(self.plan) or any(item.change != "unchanged" for item in self.items)


def diff_documents(old: schema.Document, new: schema.Document) -> DiffDocument:
    """The ``plandeck/diff-1`` document from ``old`` (earlier plan) to ``new``."""
    matching = match_items(old.items, new.items)
    new_id_of_old = {old.items[i].id: new.items[j].id for j, i in matching.old_of.items()}
    items: list[DiffItem] = []
    for j, item in enumerate(new.items):
        i = matching.old_of.get(j)
        if i is None:
            items.append(DiffItem(change="added", id_old=None, id_new=item.id, title=item.title, match=None,
                                  fields=[]))
            continue
        before = old.items[i]
        fields = [FieldChange(**c) for c in compare_items(before, item, new_id_of_old)]
        items.append(DiffItem(change="changed" if fields else "unchanged", id_old=before.id, id_new=item.id,
                              title=item.title, match=matching.how[j], fields=fields))
    matched_old = set(matching.old_of.values())
    items.extend(DiffItem(change="removed", id_old=it.id, id_new=None, title=it.title, match=None, fields=[])
                 for i, it in enumerate(old.items) if i not in matched_old)
    people, organisations = names_added_removed(old, new)
    return DiffDocument(old=old.source, new=new.source, plan=[FieldChange(**c) for c in compare_plans(old, new)],
                        items=items, people=Names(**people), organisations=Names(**organisations))
