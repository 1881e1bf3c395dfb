"""One item across many plans: the rows of ``plandeck history``.

A deliverable lives for several years and changes name, status, dates and leaders on
the way; a reader wants its whole story in consecutive rows. Plans are put in period
order, consecutive plans are diffed (so an item is followed through renames exactly
as ``plandeck diff`` pairs it), and each item gets a lineage id: the id it had when it
first appeared. An item missing from one plan and back in a later one starts a new
lineage; a lineage id already taken gets ``@<plan period>`` appended.
"""
from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from plandeck import schema
from plandeck.compare.diff import DiffDocument, diff_documents
from plandeck.export.formulas import csv_text
from plandeck.export.tables import rows as table_rows

COLUMNS = ("lineage", "file", "plan_period", "id", "code", "title", "change", "changed_fields", "status",
           "timeline", "publication", "leaders", "slides")


def _lineage_ids(docs: Sequence[schema.Document], diffs: Sequence[DiffDocument]) -> list[dict[str, str]]:
    """Per plan, item id -> lineage id, following each diff's pairing from one plan to the next."""
    taken: set[str] = set()
    out: list[dict[str, str]] = []
    for k, doc in enumerate(docs):
        previous = {it.id_new: it.id_old for it in diffs[k - 1].items if it.id_new and it.id_old} if k else {}
        lineage: dict[str, str] = {}
        for item in doc.items:
            if item.id in previous and previous[item.id] in out[k - 1]:
                lineage[item.id] = out[k - 1][previous[item.id]]
                continue
            name = item.id
            if name in taken:
                name = f"{item.id}@{doc.plan.period.shown() if doc.plan.period else doc.source.file}"
            n = 2
            while name in taken:  # the same period given twice
                name, n = f"{item.id}@{k + 1}-{n}", n + 1
            taken.add(name)
            lineage[item.id] = name
        out.append(lineage)
    return out


def history_rows(docs: Sequence[schema.Document]) -> list[dict[str, object]]:
    """One row per item per plan, grouped by lineage (in order of first appearance), plans in the order given.

    ``change`` is how the item changed since the previous plan (``added`` when it was
    not there; empty in the first plan); ``changed_fields`` names the fields.
    """
    diffs = [diff_documents(a, b) for a, b in pairwise(docs)]
    lineages = _lineage_ids(docs, diffs)
    order: dict[str, int] = {}
    rows: list[tuple[int, int, dict[str, object]]] = []
    for k, doc in enumerate(docs):
        changes = {it.id_new: it for it in diffs[k - 1].items if it.id_new} if k else {}
        for item_row in table_rows([doc]).items:
            lineage = lineages[k][str(item_row["id"])]
            order.setdefault(lineage, len(order))
            change = changes.get(str(item_row["id"]))
            row = {"lineage": lineage, **{c: item_row.get(c) for c in COLUMNS if c in item_row},
                   "change": change.change if change else "",
                   "changed_fields": "; ".join(f.field for f in change.fields) if change else ""}
            rows.append((order[lineage], k, {c: row.get(c) for c in COLUMNS}))
    return [row for _, _, row in sorted(rows, key=lambda r: (r[0], r[1]))]


def to_csv(rows: Sequence[dict[str, object]]) -> str:
    """The history as CSV text (UTF-8, ``\\n`` line ends, header always present, formulas defused)."""
    return csv_text(COLUMNS, rows)
