"""A Frictionless Data Package descriptor for the CSV tables, so open-data tools load them typed."""
from __future__ import annotations

import json

_DESCRIPTIONS = {
    "items": "One row per deliverable, working group, programme or hub.",
    "leaders": "One row per leader of an item.",
    "meetings": "One row per planned meeting month of an item.",
    "organisations": "One row per reconciled organisation of a deck.",
}
_INTEGER = {"slide"}
_MONTH_OR_YEAR = {"timeline_from", "timeline_to", "publication_from", "publication_to", "month"}


def _field(name: str) -> dict:
    field: dict = {"name": name, "type": "integer" if name in _INTEGER else "string"}
    if name in _MONTH_OR_YEAR:
        field["description"] = "YYYY or YYYY-MM"
        field["constraints"] = {"pattern": r"\d{4}(-\d{2})?"}
    if name == "file":
        field["description"] = "the deck the row came from"
    if name in ("slide", "slides"):
        field["description"] = "1-based slide or page number(s) the facts came from"
    return field


def descriptor(tables) -> str:
    """The ``datapackage.json`` text for the tables written by :func:`write_csv`."""
    package = {
        "profile": "tabular-data-package",
        "name": "plandeck-tables",
        "title": "Action-plan facts extracted by plandeck",
        "resources": [
            {
                "name": name,
                "path": f"{name}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "description": _DESCRIPTIONS.get(name, ""),
                "schema": {"fields": [_field(c) for c in frame.columns]},
            }
            for name, frame in tables.items()
        ],
    }
    return json.dumps(package, indent=2, ensure_ascii=False) + "\n"
