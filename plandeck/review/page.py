"""The review page: each slide's picture beside the facts read from it, their boxes drawn over it.

One HTML file: pictures are data: URIs, the style and the few lines of script are inline,
and a Content-Security-Policy forbids every fetch, so the page opens offline and can be
mailed. Facts are buttons: hovering, focusing (Tab) or pressing one lights its box up;
low-confidence facts and warnings are marked in colour and in words, not colour alone.
On a narrow screen the picture goes above its facts.
"""
from __future__ import annotations

from html import escape
from importlib import resources
from pathlib import Path
from string import Template

from plandeck import __version__, schema
from plandeck.review.facts import Fact, facts_by_slide, warnings_by_slide
from plandeck.review.images import SlideImage, slide_images
from plandeck.settings import Settings


def build_review(path: Path, settings: Settings | None = None, document: schema.Document | None = None) -> str:
    """The review page of the deck at ``path``; raises :class:`PlandeckError` when it cannot be read.

    ``document`` is the deck's document when the caller already has it (the CLI extracts it
    in a supervised worker first, so a hostile deck fails there, under the run's limits);
    the deck is read again here for its slides' sizes and boxes.
    """
    from plandeck.pipeline import Engine

    engine = Engine(settings or Settings())
    deck = engine.read(path)
    doc = document if document is not None else engine.normaliser.normalise(engine.facts.find(deck))
    return review_html(doc, slide_images(path, deck, engine.settings))


def review_html(doc: schema.Document, images: list[SlideImage]) -> str:
    """The page for ``doc`` over its slides' pictures."""
    facts = facts_by_slide(doc)
    warnings = warnings_by_slide(doc)
    low = sum(1 for found in facts.values() for f in found if f.low)
    noun = "slide" if doc.source.format in ("pptx", "ppt", "odp") else "page"
    sections = [_slide(image, facts.get(image.number, []), warnings.get(image.number, []), noun)
                for image in images]
    nav = "".join(f'<li><a href="#s{i.number}">{i.number}{_count(facts.get(i.number, []))}</a></li>' for i in images)
    deck_warnings = _warnings(warnings.get(None, []))
    total = sum(len(found) for found in facts.values())
    summary = (f"{len(doc.items)} items, {total} facts on {len(images)} {noun}s; "
               f"{low} fact{'s' if low != 1 else ''} of low confidence, {len(doc.warnings)} warning"
               f"{'s' if len(doc.warnings) != 1 else ''}.")
    asset = resources.files("plandeck.review")
    return Template(asset.joinpath("review.html").read_text("utf-8")).substitute(
        title=escape(f"Review: {doc.source.file}"), summary=escape(summary), nav=nav, warnings=deck_warnings,
        body="\n".join(sections), style=asset.joinpath("review.css").read_text("utf-8"),
        script=asset.joinpath("review.js").read_text("utf-8"), version=escape(__version__))


def _count(found: list[Fact]) -> str:
    low = sum(1 for f in found if f.low)
    return ((f' <span class="n">· {len(found)}</span>' if found else "")
            + (' <span class="flag" title="low-confidence facts">!</span>' if low else ""))


def _slide(image: SlideImage, found: list[Fact], warnings: list[schema.Warning], noun: str) -> str:
    n = image.number
    boxes = []
    entries = []
    current: str | None = None
    for k, fact in enumerate(found):
        box_id = f"b{n}-{k}"
        if fact.source.box is not None:
            x0, top, x1, bottom = fact.source.box
            boxes.append(f'<rect id="{box_id}" class="box{" low" if fact.low else ""}" x="{x0:.1f}" y="{top:.1f}" '
                         f'width="{max(x1 - x0, 1):.1f}" height="{max(bottom - top, 1):.1f}"/>')
        if fact.item.id != current:
            if current is not None:
                entries.append("</ul></article>")
            current = fact.item.id
            entries.append(f'<article class="item"><h3>{escape(fact.item.title)} <code>{escape(fact.item.id)}</code>'
                           f"</h3><ul>")
        entries.append(_fact(fact, box_id if fact.source.box is not None else None))
    if current is not None:
        entries.append("</ul></article>")
    kind = "rendered" if image.rendered else "drawn from its text boxes (no renderer for this format here)"
    figure = (f'<figure class="view"><div class="frame" style="aspect-ratio: {image.width:.1f} / {image.height:.1f}">'
              f'<img src="{image.uri}" alt="{noun.capitalize()} {n}, {kind}">'
              f'<svg viewBox="0 0 {image.width:.1f} {image.height:.1f}" preserveAspectRatio="none" '
              f'aria-hidden="true">{"".join(boxes)}</svg></div></figure>')
    listing = "".join(entries) or '<p class="none">No fact was read from this slide.</p>'
    return (f'<section class="slide" id="s{n}" aria-labelledby="h{n}"><h2 id="h{n}">{noun.capitalize()} {n}</h2>'
            f'<div class="pair">{figure}<div class="facts">{_warnings(warnings)}{listing}</div></div></section>')


def _fact(fact: Fact, box_id: str | None) -> str:
    source = fact.source
    low = ' <strong class="check">check</strong>' if fact.low else ""
    target = f' data-box="{box_id}"' if box_id else ""
    name = fact.label if source.index is None else f"{fact.label} {source.index + 1}"
    return (f'<li><button type="button" class="fact{" low" if fact.low else ""}"{target}>'
            f'<span class="field">{escape(name)}</span> <span class="value">{escape(fact.text)}</span>'
            f'<span class="how">{escape(source.how)} · {source.confidence:.2f}{low}</span></button></li>')


def _warnings(warnings: list[schema.Warning]) -> str:
    if not warnings:
        return ""
    return ('<ul class="warnings" aria-label="warnings">' + "".join(
        f"<li><strong>{escape(w.code)}</strong> {escape(w.message)}</li>" for w in warnings) + "</ul>")
