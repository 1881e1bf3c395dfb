"""A Frictionless Data Package descriptor for the CSV tables, so open-data tools load them typed and joined.

It declares what a reader would otherwise have to guess: each table's primary key, the
foreign keys that tie every row to its plan (``plans.csv``) and item, the closed value
sets of ``kind``, ``status`` and ``recurrence_freq`` (taken from the schema, so they
cannot drift), which cells are lists and their delimiter, and ``errors.csv``.
"""
from __future__ import annotations

import json
from typing import get_args

from plandeck import schema
from plandeck.export.tables import (
    INTEGER_COLUMNS,
    LIST_COLUMNS,
    LIST_DELIMITER,
    MONTH_COLUMNS,
    UNITS_COLUMNS,
    UNITS_DELIMITER,
)

ERRORS_TABLE = "errors"
PACKAGE_FILE = "datapackage.json"

_DESCRIPTIONS = {
    "plans": "One row per plandeck/1 document in the folder: the deck it came from and its plan.",
    "items": "One row per deliverable, working group, programme or hub.",
    "leaders": "One row per leader of an item.",
    "meetings": "One row per planned meeting month of an item; a joint meeting is listed under each of its "
                "groups' items with the same meeting_key.",
    "organisations": "One row per reconciled organisation of a deck.",
    ERRORS_TABLE: "One row per input of the last run that gave no document, with its error code.",
}
_FIELD_DESCRIPTIONS = {
    "file": "the deck's path relative to what was given on the command line (zip members as archive.zip/path)",
    "path": "the input as given on the command line",
    "plan_period": "the plan's period as written",
    "meeting_key": "the same for every row of one meeting: month and groups (or item id)",
    "slide": "1-based slide or page number the facts came from",
    "slides": "1-based slide or page numbers the facts came from",
    "parent": "the id of the enclosing item in the same file",
}
_ENUMS: dict[str, list[str]] = {"kind": list(get_args(schema.Kind)), "status": list(get_args(schema.Status)),
                                "recurrence_freq": list(get_args(schema.Freq))}
_LIST_ENUMS: dict[str, list[str]] = {"roles": list(get_args(schema.RoleName))}
_ITEM = {"fields": ["file", "item_id"], "reference": {"resource": "items", "fields": ["file", "id"]}}
_PLAN = {"fields": ["file"], "reference": {"resource": "plans", "fields": ["file"]}}
_KEYS: dict[str, dict] = {
    "plans": {"primaryKey": ["file"]},
    # items.parent is an id of the same file; not declared as a key since Frictionless rejects a
    # composite key with one empty part (a top-level item's parent).
    "items": {"primaryKey": ["file", "id"], "foreignKeys": [_PLAN]},
    "leaders": {"foreignKeys": [_ITEM]},
    "meetings": {"primaryKey": ["file", "item_id", "month"], "foreignKeys": [_ITEM]},
    "organisations": {"primaryKey": ["file", "name"], "foreignKeys": [_PLAN]},
}
#: The columns of ``errors.csv``.
ERROR_COLUMNS = ("file", "path", "code", "message")


def _field(name: str) -> dict:
    field: dict = {"name": name, "type": "integer" if name in INTEGER_COLUMNS else "string"}
    if name in MONTH_COLUMNS:
        field["description"] = "YYYY or YYYY-MM"
        field["constraints"] = {"pattern": r"\d{4}(-\d{2})?"}
    elif name in LIST_COLUMNS or name in UNITS_COLUMNS:
        field.update(type="list", delimiter=LIST_DELIMITER if name in LIST_COLUMNS else UNITS_DELIMITER,
                     itemType="integer" if name in UNITS_COLUMNS else "string")
        if name in _LIST_ENUMS:
            field["itemConstraints"] = {"enum": _LIST_ENUMS[name]}
    elif name in _ENUMS:
        field["constraints"] = {"enum": _ENUMS[name]}
    if name in _FIELD_DESCRIPTIONS:
        field["description"] = _FIELD_DESCRIPTIONS[name]
    return field


def _resource(name: str, columns: list[str], encoding: str) -> dict:
    return {"name": name, "path": f"{name}.csv", "profile": "tabular-data-resource", "format": "csv",
            "mediatype": "text/csv", "encoding": encoding, "description": _DESCRIPTIONS.get(name, ""),
            "schema": {"fields": [_field(c) for c in columns], **_KEYS.get(name, {})}}


def descriptor(tables, excel: bool = False) -> str:
    """The ``datapackage.json`` text for the tables written by :func:`write_csv`, and ``errors.csv``."""
    encoding = "utf-8-sig" if excel else "utf-8"
    resources = [_resource(name, list(frame.columns), encoding) for name, frame in tables.items()]
    resources.append(_resource(ERRORS_TABLE, list(ERROR_COLUMNS), "utf-8"))
    package = {"profile": "tabular-data-package", "name": "plandeck-tables",
               "title": "Action-plan facts extracted by plandeck", "resources": resources}
    return json.dumps(package, indent=2, ensure_ascii=False) + "\n"
