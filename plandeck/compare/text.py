"""A ``plandeck/diff-1`` document in words: the Markdown summary, the CSV, and the sentences both share.

People read diffs, so every field change gets one sentence in plain words
("Publication slipped 8 months (July 2022 -> March 2023)"); the HTML report uses the
same sentences. Deck text is untrusted: Markdown gets it with its markup characters
escaped, so a title cannot inject links or HTML into a rendered summary.
"""
from __future__ import annotations

import re
from typing import Any

from plandeck import schema
from plandeck.compare.diff import DiffDocument, DiffItem, FieldChange
from plandeck.compare.periods import month_text
from plandeck.export.formulas import csv_text

LABELS = {"title": "Title", "code": "Code", "status": "Status", "leaders": "Leaders", "secretariat": "Secretariat",
          "timeline": "Timeline", "publication": "Publication", "meetings": "Meetings", "recurrence": "Recurrence",
          "scope": "Scope", "kind": "Kind", "parent": "Parent", "links": "Links", "period": "Period",
          "organisation": "Organisation", "contacts": "Contacts"}
CSV_COLUMNS = ("change", "id_old", "id_new", "title", "field", "old", "new", "slip_months", "description")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<])")


def md_escape(text: str) -> str:
    """Deck text safe inside Markdown: inline markup and HTML characters backslash-escaped, one line.

    Only ever used after a list marker or heading, so line-start markup (``#``, ``>``) cannot trigger.
    """
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def _role(role: dict) -> str:
    org = role.get("organisation") or role.get("affiliation")
    return f"{role['name']} ({org})" if org and org != role["name"] else role["name"]


def value_text(field: str, value: Any) -> str:
    """A field value as one line of text, for CSV cells and table columns."""
    if value is None:
        return ""
    if isinstance(value, dict):
        return str(value.get("text", ""))
    if isinstance(value, list):
        if field == "leaders":
            return "; ".join(_role(r) for r in value)
        if field == "meetings":
            return "; ".join(month_text(m) for m in value)
        return "; ".join(str(v) for v in value)
    return str(value)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _period_sentence(label: str, change: FieldChange) -> str:
    old, new = value_text(change.field, change.old), value_text(change.field, change.new)
    if not change.old:
        return f"{label} set: {new}"
    if not change.new:
        return f"{label} removed (was {old})"
    slip = change.slip_months
    if slip:
        moved = f"slipped {_plural(slip, 'month')}" if slip > 0 else f"brought forward {_plural(-slip, 'month')}"
        return f"{label} {moved} ({old} -> {new})"
    return f"{label} changed ({old} -> {new})"


def _list_sentence(label: str, change: FieldChange) -> str:
    def show(values: list) -> str:
        return ", ".join(value_text(change.field, [v]) for v in values)

    parts = []
    if change.field == "leaders":
        parts += [f"{show(change.removed)} left"] if change.removed else []
        parts += [f"{show(change.added)} joined"] if change.added else []
    else:
        parts += [f"removed {show(change.removed)}"] if change.removed else []
        parts += [f"added {show(change.added)}"] if change.added else []
    parts.extend(f"{c['name']} now with {c['new'] or 'no organisation'} (was {c['old'] or 'none'})"
                 for c in change.changed or [])
    return f"{label}: " + "; ".join(parts)


def describe(change: FieldChange) -> str:
    """One sentence in plain words for one field change (plain text, not escaped)."""
    label = LABELS.get(change.field, change.field.capitalize())
    if change.field in ("timeline", "publication", "period"):
        return _period_sentence(label, change)
    if change.added is not None or change.removed is not None:
        return _list_sentence(label, change)
    if change.field == "title":
        return f'Renamed: "{change.old}" -> "{change.new}"'
    if change.field == "scope":
        return "Scope changed" if change.old and change.new else ("Scope added" if change.new else "Scope removed")
    old, new = value_text(change.field, change.old), value_text(change.field, change.new)
    if not old or not new:
        return f"{label} set: {new}" if new else f"{label} removed (was {old})"
    return f"{label}: {old} -> {new}"


def _code(text: str) -> str:
    """An id as a Markdown code span (ids from a JSON file could hold anything, backticks included)."""
    return "`" + " ".join(text.replace("`", "'").split()) + "`"


def _item_heading(item: DiffItem) -> str:
    if item.id_old and item.id_new and item.id_old != item.id_new:
        return f"{md_escape(item.title)} ({_code(item.id_old)} -> {_code(item.id_new)})"
    return f"{md_escape(item.title)} ({_code(item.id_new or item.id_old or '')})"


def _facts_line(item: schema.Item | None) -> str:
    """Key facts of an added or removed item, so the summary says what it is."""
    if item is None:
        return ""
    facts = [item.kind.replace("_", " ")]
    if item.status:
        facts.append(item.status)
    if item.leaders:
        facts.append("led by " + ", ".join(_role(r.model_dump()) for r in item.leaders))
    if item.timeline:
        facts.append(f"timeline {item.timeline.shown()}")
    if item.publication:
        facts.append(f"publication {item.publication.shown()}")
    return ": " + md_escape("; ".join(facts))


def to_markdown(diff: DiffDocument, old: schema.Document | None = None, new: schema.Document | None = None) -> str:
    """The summary: counts, plan changes, then per item what changed.

    The documents, when given, let added and removed items say what they are (kind, leaders, dates).
    """
    counts = diff.counts()
    old_items = {it.id: it for it in old.items} if old else {}
    new_items = {it.id: it for it in new.items} if new else {}
    lines = [f"# Changes from {md_escape(diff.old.file)} to {md_escape(diff.new.file)}", "",
             f"{counts['added']} added, {counts['removed']} removed, {counts['changed']} changed, "
             f"{counts['unchanged']} unchanged.", ""]
    if diff.plan:
        lines += ["## Plan", "", *(f"- {md_escape(describe(c))}" for c in diff.plan), ""]
    changed = [it for it in diff.items if it.change == "changed"]
    if changed:
        lines += ["## Changed", ""]
        for item in changed:
            lines += [f"### {_item_heading(item)}", ""]
            for change in item.fields:
                lines.append(f"- {md_escape(describe(change))}")
                if change.field == "scope" and change.old and change.new:
                    lines += [f"  - was: {md_escape(change.old)}", f"  - now: {md_escape(change.new)}"]
            lines.append("")
    for kind, docs in (("added", new_items), ("removed", old_items)):
        group = [it for it in diff.items if it.change == kind]
        if group:
            lines += [f"## {kind.capitalize()}", ""]
            for it in group:
                facts = _facts_line(docs.get((it.id_new if kind == "added" else it.id_old) or ""))
                lines.append(f"- {_item_heading(it)}{facts}")
            lines.append("")
    same = [it for it in diff.items if it.change == "unchanged"]
    if same:
        lines += ["## Unchanged", "", *(f"- {_item_heading(it)}" for it in same), ""]
    for label, names in (("People", diff.people), ("Organisations", diff.organisations)):
        if names.added or names.removed:
            lines += [f"## {label}", ""]
            if names.added:
                lines.append("- New: " + ", ".join(md_escape(n) for n in names.added))
            if names.removed:
                lines.append("- Gone: " + ", ".join(md_escape(n) for n in names.removed))
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def csv_rows(diff: DiffDocument) -> list[dict[str, Any]]:
    """One row per field change (plan changes first); an added or removed item is one row with no field."""
    rows = [{"change": "changed", "id_old": "", "id_new": "", "title": "", "field": f"plan.{c.field}",
             "old": value_text(c.field, c.old), "new": value_text(c.field, c.new), "slip_months": c.slip_months,
             "description": describe(c)} for c in diff.plan]
    for item in diff.items:
        base = {"change": item.change, "id_old": item.id_old or "", "id_new": item.id_new or "", "title": item.title}
        if item.change in ("added", "removed"):
            rows.append({**base, "field": "", "old": "", "new": "", "slip_months": None,
                         "description": item.change.capitalize()})
        rows.extend({**base, "field": c.field, "old": value_text(c.field, c.old), "new": value_text(c.field, c.new),
                     "slip_months": c.slip_months, "description": describe(c)} for c in item.fields)
    return rows


def to_csv(diff: DiffDocument) -> str:
    """The CSV text (UTF-8, ``\\n`` line ends, header always present, formulas defused)."""
    return csv_text(CSV_COLUMNS, csv_rows(diff))
