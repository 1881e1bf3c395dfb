"""The canonical ``plandeck/1`` document (see ``shared/spec/SCHEMA.md``) as pydantic models.

These models are the contract with users: JSON is written from them, ``plandeck
schema`` prints their JSON Schema, and a JSON file read back (for ``diff``) is
validated by them.
"""
from __future__ import annotations

from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue

SCHEMA_VERSION: Final = "plandeck/1"

Kind = Literal["deliverable", "working_group", "programme", "hub"]
Status = Literal["proposed", "planned", "ongoing", "completed", "cancelled"]
Freq = Literal["weekly", "monthly", "quarterly", "yearly"]
RoleName = Literal["leader", "secretariat", "affiliation"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Source(_Model):
    """Where a document came from, so a user can find the file again."""

    file: str
    sha256: str
    format: str
    units: int


class Period(_Model):
    """A span of time as written and as months or years (``YYYY`` or ``YYYY-MM``)."""

    # None when the period is drawn, not written (the shaded cells of a Gantt chart), as SCHEMA.md says.
    text: str | None
    from_: str = Field(alias="from")
    to: str

    def shown(self) -> str:
        """The period as a person reads it: the words as written, or its months when it was drawn."""
        return self.text if self.text is not None else (self.from_ if self.from_ == self.to else
                                                         f"{self.from_} – {self.to}")


class Plan(_Model):
    """Deck-level facts."""

    title: str | None = None
    organisation: str | None = None
    period: Period | None = None
    contacts: list[str] = []
    links: list[str] = []


class Role(_Model):
    """A person leading an item, with the organisation as written and as reconciled."""

    # None when the deck names only an organisation as the lead ("Owner: Housing Services").
    name: str | None
    affiliation: str | None = None
    organisation: str | None = None


class Meeting(_Model):
    """One planned meeting month."""

    month: str
    groups: list[str] = []
    note: str | None = None


class Recurrence(_Model):
    """An open-ended meeting rule; its first month is also in ``meetings``."""

    freq: Freq
    from_: str = Field(alias="from")
    to: str | None = None
    text: str


class ValueSource(_Model):
    """Where one value of an item was read, and how sure that reading is.

    ``field`` names the item's field ("leaders", "timeline" ...) and ``index`` the entry of a
    list field (``leaders[0]``); ``box`` is ``[x0, top, x1, bottom]`` in points from the
    slide's top-left corner: the PPTX shape or table cell, the PDF line or cell, the OCR words.
    """

    field: str
    index: int | None = None
    unit: int
    box: list[float] | None = Field(default=None, min_length=4, max_length=4)
    how: str
    confidence: float = Field(ge=0, le=1)


class Provenance(_Model):
    """The 1-based slides or pages an item's facts came from; each value's own place and confidence."""

    units: list[int]
    how: str | None = None
    confidence: float | None = Field(default=None, ge=0, le=1)
    values: list[ValueSource] = []

    def unit_of(self, field: str, index: int | None = None) -> int | None:
        """The slide one value was read from; the item's first slide when the document does not say."""
        found = next((v.unit for v in self.values if v.field == field and v.index == index), None)
        return found if found is not None else (self.units[0] if self.units else None)


class Item(_Model):
    """A deliverable, working group, programme or hub."""

    id: str
    parent: str | None = None
    code: str | None = None
    title: str
    aliases: list[str] = []
    kind: Kind = "deliverable"
    status: Status | None = None
    status_text: str | None = None
    leaders: list[Role] = []
    secretariat: list[str] = []
    timeline: Period | None = None
    publication: Period | None = None
    scope: str | None = None
    meetings: list[Meeting] = []
    recurrence: Recurrence | None = None
    links: list[str] = []
    notes: list[str] = []
    provenance: Provenance


class Person(_Model):
    """One distinct person across the deck."""

    name: str
    affiliations: list[str] = []
    organisation: str | None = None
    items: list[str] = []


class Organisation(_Model):
    """One distinct organisation across the deck."""

    name: str
    acronym: str | None = None
    aliases: list[str] = []
    roles: list[RoleName] = []


class Warning(_Model):
    """Something found and not understood: never dropped silently."""

    code: str
    message: str
    unit: int | None = None


class Correction(_Model):
    """One change a corrections file made (see ``plandeck.corrections``), so a reader sees what was fixed by hand.

    ``item`` is the item's id as read (before corrections), ``field`` the changed field
    (a dotted path such as ``leaders.0.organisation``; null when the whole item was dropped
    or merged away), ``old`` and ``new`` its values before and after.
    """

    rule: str
    item: str | None = None
    field: str | None = None
    old: JsonValue = None
    new: JsonValue = None


class Document(_Model):
    """One deck's facts in the canonical shape."""

    schema_: Literal["plandeck/1"] = Field(default=SCHEMA_VERSION, alias="schema")
    source: Source
    plan: Plan
    items: list[Item] = []
    people: list[Person] = []
    organisations: list[Organisation] = []
    warnings: list[Warning] = []
    # Additive: present only when a corrections file was applied (an empty list when it changed nothing).
    corrections: list[Correction] | None = None

    def to_json(self) -> str:
        """Deterministic JSON: schema field names, fixed key order, no clock; no ``corrections`` key unless applied."""
        return self.model_dump_json(by_alias=True, indent=2,
                                    exclude={"corrections"} if self.corrections is None else None) + "\n"


def json_schema() -> dict:
    """The JSON Schema of ``plandeck/1``, for ``plandeck schema``."""
    schema = Document.model_json_schema(by_alias=True)
    schema["$id"] = "https://plandeck.invalid/schema/plandeck-1.json"
    schema["title"] = "plandeck/1"
    return schema
