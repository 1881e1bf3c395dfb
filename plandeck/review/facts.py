"""The facts of a document as the review page lists them: one per value, on the slide it was read from."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from plandeck import schema
from plandeck.normalize.confidence import rules

# What a field is called on the page.
LABELS = {"title": "title", "status": "status", "leaders": "leader", "secretariat": "secretariat",
          "timeline": "timeline", "publication": "publication", "scope": "scope", "meetings": "meeting",
          "links": "link"}


@dataclass(frozen=True, slots=True)
class Fact:
    """One value of one item, where it was read and how sure that reading is."""

    item: schema.Item
    source: schema.ValueSource
    text: str

    @property
    def label(self) -> str:
        return LABELS.get(self.source.field, self.source.field)

    @property
    def low(self) -> bool:
        return rules().is_low(self.source.confidence)


def facts_by_slide(doc: schema.Document) -> dict[int, list[Fact]]:
    """Every value of every item, grouped by the slide it was read from, in item then field order."""
    out: dict[int, list[Fact]] = defaultdict(list)
    for item in doc.items:
        for source in item.provenance.values:
            out[source.unit].append(Fact(item, source, shown(item, source)))
    return out


def warnings_by_slide(doc: schema.Document) -> dict[int | None, list[schema.Warning]]:
    out: dict[int | None, list[schema.Warning]] = defaultdict(list)
    for warning in doc.warnings:
        out[warning.unit].append(warning)
    return out


def shown(item: schema.Item, source: schema.ValueSource) -> str:
    """The value as a person reads it on the page."""
    field, index = source.field, source.index or 0
    if field == "title":
        return f"{item.code} – {item.title}" if item.code else item.title
    if field == "leaders":
        role = item.leaders[index]
        name = role.name or role.organisation or role.affiliation or ""
        org = role.affiliation if role.name else None
        return f"{name} ({org})" if org else name
    if field == "secretariat":
        return item.secretariat[index]
    if field in ("timeline", "publication"):
        period = getattr(item, field)
        return period.shown() if period else ""
    if field == "status":
        said = item.status_text or ""
        return f"{item.status} ({said})" if item.status and said and said.lower() != item.status else said
    if field == "scope":
        return item.scope or ""
    if field == "meetings":
        meeting = item.meetings[index]
        extra = "; ".join(p for p in ("; ".join(meeting.groups), meeting.note or "") if p)
        return f"{meeting.month} ({extra})" if extra else meeting.month
    if field == "links":
        return item.links[index]
    return ""
