"""``plandeck report``: one self-contained HTML page of plans, their timelines, tables and changes.

Modules: :mod:`~plandeck.report.page` assembles the page from ``template.html`` and
``static/report.css`` (package data, inlined); :mod:`~plandeck.report.gantt` draws the
timeline chart (drawn twice: titles beside the bars on wide screens, above them on phones) and
:mod:`~plandeck.report.legend` its key; :mod:`~plandeck.report.tables` and :mod:`~plandeck.report.changes`
write the tables; :mod:`~plandeck.report.links` links every value to its slide.
"""
from __future__ import annotations

from plandeck.report.page import build_report

__all__ = ["build_report"]
