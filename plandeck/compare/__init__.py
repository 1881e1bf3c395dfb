"""Plans across years: ``plandeck diff``, ``plandeck history`` and the report's changes.

Modules: :mod:`~plandeck.compare.plans` loads plans (decks or ``plandeck/1`` JSON) and
puts them in period order; :mod:`~plandeck.compare.match` pairs the items of two plans;
:mod:`~plandeck.compare.fields` compares a pair field by field;
:mod:`~plandeck.compare.diff` builds the ``plandeck/diff-1`` document and
:mod:`~plandeck.compare.text` puts it in words (Markdown, CSV);
:mod:`~plandeck.compare.history` follows items across many plans;
:mod:`~plandeck.compare.periods` is the month arithmetic they share.
"""
from __future__ import annotations

from plandeck.compare.diff import DiffDocument, diff_documents
from plandeck.compare.history import history_rows
from plandeck.compare.plans import LoadedPlan, in_period_order, load_plan
from plandeck.compare.text import to_markdown

__all__ = ["DiffDocument", "LoadedPlan", "diff_documents", "history_rows", "in_period_order", "load_plan",
           "to_markdown"]
