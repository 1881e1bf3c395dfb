"""The whole report page: per plan a chart and tables, between consecutive plans their changes.

Plans come in period order (see :func:`plandeck.compare.plans.in_period_order`) and the page
reads as a chronicle: plan, what changed, next plan. The page is one file with its CSS
inlined and a Content-Security-Policy that forbids every fetch, so it can be mailed or
archived and opened offline; nothing in it depends on the clock, so the same inputs
give the same bytes.
"""
from __future__ import annotations

from collections.abc import Sequence
from html import escape
from importlib import resources
from pathlib import Path
from string import Template

from plandeck import __version__
from plandeck.compare.diff import diff_documents
from plandeck.compare.plans import LoadedPlan
from plandeck.report.changes import diff_section
from plandeck.report.gantt import LEGEND, gantt_svg
from plandeck.report.links import DeckLinks
from plandeck.report.tables import plan_tables

STATUSES = ("none", "proposed", "planned", "ongoing", "completed", "cancelled")


def _asset(name: str) -> str:
    return resources.files("plandeck.report").joinpath(name).read_text("utf-8")


def _plan_section(plan: LoadedPlan, links: DeckLinks, anchor: str) -> str:
    doc = plan.document
    src = doc.source
    unit = "slide" if src.format in ("pptx", "ppt", "odp") else "page"
    meta = (f'<p class="source">{links.anchor(src.file, None)} · {escape(src.format)} · {src.units} {unit}s · '
            f"{len(doc.items)} items · sha256 <code>{escape(src.sha256[:12])}</code></p>")
    key = '<p class="legend status-key">status:' + "".join(
        f'<span><i class="k-{s}"></i>{"not stated" if s == "none" else s}</span>' for s in STATUSES) + "</p>"
    warnings = ""
    if doc.warnings:
        warnings = "<h3>Warnings</h3><ul class=\"warnings\">" + "".join(
            f"<li>{escape(w.code)}: {links.anchor(w.message, w.unit)}</li>" for w in doc.warnings) + "</ul>"
    return (f'<section class="plan" id="{anchor}"><h2>{escape(plan.label)}</h2>{meta}'
            f'<h3>Timeline</h3><figure class="chart">{gantt_svg(doc, links)}</figure>{LEGEND}{key}'
            f"{plan_tables(doc, links)}{warnings}</section>")


def build_report(plans: Sequence[LoadedPlan], report_dir: Path) -> str:
    """The HTML text of the report for ``plans`` (in the order given), links relative to ``report_dir``."""
    links = [DeckLinks.to(p.deck, report_dir) for p in plans]
    nav, body = [], []
    for k, plan in enumerate(plans):
        if k:
            before = plans[k - 1]
            anchor = f"changes-{k}-{k + 1}"
            heading = f"Changes: {before.label} → {plan.label}"
            diff = diff_documents(before.document, plan.document)
            nav.append(f'<li><a href="#{anchor}">{escape(heading)}</a></li>')
            body.append(f'<section class="diff" id="{anchor}"><h2>{escape(heading)}</h2>'
                        f"{diff_section(diff, before.document, plan.document, links[k - 1], links[k])}</section>")
        anchor = f"plan-{k + 1}"
        nav.append(f'<li><a href="#{anchor}">{escape(plan.label)}</a></li>')
        body.append(_plan_section(plan, links[k], anchor))
    labels = [p.label for p in plans]
    title = labels[0] if len(labels) == 1 else f"{labels[0]} to {labels[-1]}"
    intro = (f"{len(plans)} plan{'s' if len(plans) != 1 else ''}, in order of period"
             + (", with the changes between consecutive plans." if len(plans) > 1 else "."))
    return Template(_asset("template.html")).substitute(
        title=escape(f"Action plans: {title}"), style=_asset("static/report.css"), intro=escape(intro),
        nav="".join(nav), body="\n".join(body), version=escape(__version__))
