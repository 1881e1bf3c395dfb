"""The changes between two consecutive plans as an HTML table, coloured by kind of change.

Same content as ``plandeck diff`` (the same :class:`~plandeck.compare.diff.DiffDocument` and the
same sentences from :mod:`plandeck.compare.text`), laid out for reading: one row per
changed field, the old value linked to the old deck's slide and the new value to the
new deck's, so both sides can be checked in one click.
"""
from __future__ import annotations

from html import escape

from plandeck import schema
from plandeck.compare.diff import DiffDocument, DiffItem
from plandeck.compare.text import LABELS, describe, value_text
from plandeck.report.links import DeckLinks

NO_FIELDS = {"added": "new in this plan", "removed": "not in the newer plan", "unchanged": "no change"}


def _slide(item: schema.Item | None) -> int | None:
    return item.provenance.units[0] if item and item.provenance.units else None


def _name_slides(doc: schema.Document) -> dict[str, int]:
    """First slide where each person or organisation appears, to link the people/organisations lists."""
    out: dict[str, int] = {}
    for it in doc.items:
        slide = _slide(it)
        if slide is None:
            continue
        for name in [*(r.name or "" for r in it.leaders), *(r.organisation or r.affiliation or "" for r in it.leaders),
                     *it.secretariat]:
            out.setdefault(name, slide)
    return out


class _Sides:
    """Both plans of a diff: their items by id and their deck links."""

    def __init__(self, old: schema.Document, new: schema.Document, old_links: DeckLinks,
                 new_links: DeckLinks) -> None:
        self.old_items = {it.id: it for it in old.items}
        self.new_items = {it.id: it for it in new.items}
        self.old, self.new = old, new
        self.old_links, self.new_links = old_links, new_links

    def item_rows(self, item: DiffItem) -> list[str]:
        before = self.old_items.get(item.id_old or "")
        after = self.new_items.get(item.id_new or "")
        old_slide, new_slide = _slide(before), _slide(after)
        title = (self.new_links.anchor(item.title, new_slide) if after
                 else self.old_links.anchor(item.title, old_slide))
        ids = " → ".join(dict.fromkeys(i for i in (item.id_old, item.id_new) if i))
        head = (f'<td class="item" data-label="Item" rowspan="{max(1, len(item.fields))}">{title}'
                f'<br><code>{escape(ids)}</code></td>'
                f'<td class="change" data-label="Change" rowspan="{max(1, len(item.fields))}">'
                f'<span class="badge {item.change}">'
                f"{item.change}</span></td>")
        if not item.fields:
            return [f'<tr class="change-{item.change}">{head}<td colspan="4" class="none" data-label="Fields">'
                    f"{NO_FIELDS[item.change]}</td></tr>"]
        out = []
        for k, change in enumerate(item.fields):
            cells = (f'<td data-label="Field">{escape(LABELS.get(change.field, change.field))}</td>'
                     f'<td class="old" data-label="Before">'
                     f"{self.old_links.anchor(value_text(change.field, change.old), old_slide)}</td>"
                     f'<td class="new" data-label="After">'
                     f"{self.new_links.anchor(value_text(change.field, change.new), new_slide)}</td>"
                     f'<td data-label="In words">{escape(describe(change))}</td>')
            # "more" marks the item's second and later fields: one card with the first on a narrow screen.
            out.append(f'<tr class="change-{item.change}{" more" if k else ""}">{head if k == 0 else ""}{cells}</tr>')
        return out

    def names(self, label: str, added: list[str], removed: list[str]) -> str:
        if not (added or removed):
            return ""
        new_at, old_at = _name_slides(self.new), _name_slides(self.old)
        parts = ['<span class="badge added">new</span> '
                 + ", ".join(self.new_links.anchor(n, new_at.get(n)) for n in added)] if added else []
        parts += ['<span class="badge removed">gone</span> '
                  + ", ".join(self.old_links.anchor(n, old_at.get(n)) for n in removed)] if removed else []
        return f"<p><strong>{escape(label)}:</strong> " + " &nbsp; ".join(parts) + "</p>"


def diff_section(diff: DiffDocument, old: schema.Document, new: schema.Document, old_links: DeckLinks,
                 new_links: DeckLinks) -> str:
    """Counts, plan-level changes, the per-item table, then people and organisations that came or went."""
    sides = _Sides(old, new, old_links, new_links)
    counts = diff.counts()
    out = ['<p class="counts">' + " ".join(f'<span class="badge {k}">{v} {k}</span>' for k, v in counts.items())
           + "</p>"]
    if diff.plan:
        out.append('<ul class="plan-changes">' + "".join(
            f"<li>Plan {escape(LABELS.get(c.field, c.field).lower())}: "
            f"{old_links.anchor(value_text(c.field, c.old), None) or 'none'} → "
            f"{new_links.anchor(value_text(c.field, c.new), None) or 'none'}</li>" for c in diff.plan) + "</ul>")
    rows = [row for item in diff.items for row in sides.item_rows(item)]
    out.append('<div class="scroll"><table class="diff"><thead><tr><th scope="col">Item</th>'
               '<th scope="col">Change</th><th scope="col">Field</th><th scope="col">Before</th>'
               '<th scope="col">After</th><th scope="col">In words</th></tr></thead>'
               f'<tbody>{"".join(rows)}</tbody></table></div>')
    out.append(sides.names("People", diff.people.added, diff.people.removed))
    out.append(sides.names("Organisations", diff.organisations.added, diff.organisations.removed))
    return "".join(out)
