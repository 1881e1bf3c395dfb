"""A plan's items, leaders and meetings as HTML tables, every cell linked to its slide.

The rows are the very rows of the CSV export (:func:`plandeck.export.tables.rows`), so
the report and the spreadsheets never disagree; this module only picks columns and
writes escaped HTML.
"""
from __future__ import annotations

from collections.abc import Sequence
from html import escape

from plandeck import schema
from plandeck.export.tables import rows
from plandeck.report.links import DeckLinks

ITEM_COLUMNS = (("title", "Title"), ("code", "Code"), ("kind", "Kind"), ("status", "Status"),
                ("leaders", "Leaders"), ("secretariat", "Secretariat"), ("timeline", "Timeline"),
                ("publication", "Publication"), ("meetings", "Meetings"), ("scope", "Scope"))
LEADER_COLUMNS = (("item_title", "Item"), ("name", "Name"), ("affiliation", "Affiliation (as written)"),
                  ("organisation", "Organisation"))
MEETING_COLUMNS = (("item_title", "Item"), ("month", "Month"), ("groups", "Groups"), ("note", "Note"))


def slide_of(row: dict) -> int | None:
    """The slide a table row links to: its ``slide``, or the first of its ``slides``."""
    if row.get("slide"):
        return int(row["slide"])
    first = str(row.get("slides") or "").split(";")[0]
    return int(first) if first.isdigit() else None


def html_table(table_rows: Sequence[dict], columns: Sequence[tuple[str, str]], links: DeckLinks,
               css: str) -> str:
    """A table whose every non-empty cell links to the row's slide.

    Each cell carries its column's name (``data-label``) so that on a narrow screen, where
    the stylesheet lays every row out as a card, each value keeps its label.
    """
    if not table_rows:
        return '<p class="empty">None.</p>'
    head = "".join(f'<th scope="col">{escape(label)}</th>' for _, label in columns)
    body = []
    for row in table_rows:
        slide = slide_of(row)
        cells = "".join(f'<td class="c-{escape(key)}" data-label="{escape(label)}">'
                        f"{links.anchor(_text(row.get(key)), slide)}</td>" for key, label in columns)
        body.append(f"<tr>{cells}</tr>")
    return (f'<div class="scroll"><table class="{escape(css)}"><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table></div>')


def _text(value: object) -> str:
    return "" if value is None else str(value)


def plan_tables(doc: schema.Document, links: DeckLinks) -> str:
    """The three tables of one plan, each under its heading."""
    tables = rows([doc])
    return "".join([
        f"<h3>Items ({len(tables.items)})</h3>", html_table(tables.items, ITEM_COLUMNS, links, "items"),
        f"<h3>Leaders ({len(tables.leaders)})</h3>", html_table(tables.leaders, LEADER_COLUMNS, links, "leaders"),
        f"<h3>Meetings ({len(tables.meetings)})</h3>",
        html_table(tables.meetings, MEETING_COLUMNS, links, "meetings"),
    ])
