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
from plandeck.compare.match import words
from plandeck.compare.plans import LoadedPlan
from plandeck.report.changes import diff_section
from plandeck.report.gantt import gantt_svg
from plandeck.report.legend import legend
from plandeck.report.links import DeckLinks
from plandeck.report.tables import plan_tables


def _asset(name: str) -> str:
    return resources.files("plandeck.report").joinpath(name).read_text("utf-8")


def _plan_section(plan: LoadedPlan, links: DeckLinks, anchor: str) -> str:
    doc = plan.document
    src = doc.source
    units = f"{src.units} {links.unit}" + ("" if src.units == 1 else "s")
    meta = (f'<p class="source">{links.anchor(src.file, None)} · {escape(src.format)} · {units} · '
            f"{len(doc.items)} items · sha256 <code>{escape(src.sha256[:12])}</code></p>")
    warnings = ""
    if doc.warnings:
        warnings = "<h3>Warnings</h3><ul class=\"warnings\">" + "".join(
            f"<li>{escape(w.code)}: {links.anchor(w.message, w.unit)}</li>" for w in doc.warnings) + "</ul>"
    return (f'<section class="plan" id="{anchor}"><h2>{escape(plan.label)}</h2>{meta}'
            f'<h3>Timeline</h3><figure class="chart">{gantt_svg(doc, links)}</figure>{legend()}'
            f"{plan_tables(doc, links)}{warnings}</section>")


def _organisations(plans: Sequence[LoadedPlan]) -> list[str]:
    """The distinct organisations the plans name, as first written; spelling and case do not count."""
    seen: dict[str, str] = {}
    for plan in plans:
        name = plan.document.plan.organisation
        if name and words(name):
            seen.setdefault(" ".join(words(name)), name)
    return list(seen.values())


def caveat(plans: Sequence[LoadedPlan]) -> str:
    """A warning when the plans come from different organisations, empty otherwise.

    Items are matched across plans by title and code, so two organisations' plans give a
    "history" of work that never was one plan: the reader must be told before reading it.
    A plan that names no organisation is given the benefit of the doubt.
    """
    names = _organisations(plans)
    if len(names) < 2:
        return ""
    return ('<p class="caveat" role="note"><strong>Plans of different organisations:</strong> '
            + "; ".join(escape(n) for n in names) + ". Items are matched by title and code across plans, "
            "so what shows as a change may be two organisations' separate work, not one plan's history.</p>")


def build_report(plans: Sequence[LoadedPlan], report_dir: Path) -> str:
    """The HTML text of the report for ``plans`` (in the order given), links relative to ``report_dir``."""
    links = [DeckLinks.to(p.deck, report_dir, p.document.source.format) for p in plans]
    nav, body = [], []
    for k, plan in enumerate(plans):
        if k:
            before = plans[k - 1]
            anchor = f"changes-{k}-{k + 1}"
            heading = f"Changes: {before.label} → {plan.label}"
            diff = diff_documents(before.document, plan.document)
            nav.append(f'<li><a href="#{anchor}">{escape(heading)}</a></li>')
            body.append(f'<section class="diff" id="{anchor}"><h2>{escape(heading)}</h2>{caveat([before, plan])}'
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
        caveat=caveat(plans), nav="".join(nav), body="\n".join(body), version=escape(__version__))
