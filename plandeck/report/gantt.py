"""A plan's items as a Gantt chart in inline SVG: timelines as bars, publication as diamonds, meetings as dots.

Reading twelve slides of dates does not show which deliverables overlap or which are
late; a chart does. Inline SVG needs no script and no network, prints, and each mark
is a link to its slide with a tooltip naming the value and the slide. The month axis
spans whole years around every date in the plan, with the plan period shaded and its
ends drawn as lines (a pale band alone is too faint to be seen by everyone).

The chart is drawn twice, in two layouts, and CSS shows the one that fits the screen: on
a wide screen titles sit left of their bars; on a phone each title sits above its bar, so
the whole plan fits the width with its text at full size instead of an SVG shrunk to a
few pixels. An SVG scales its text with its width, so no single drawing can do both.
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape
from math import ceil

from plandeck import schema
from plandeck.compare.periods import bounds, month_index, month_label
from plandeck.report.links import DeckLinks

CHAR_WIDTH = 6.4  # average width of a 12px sans-serif character, to shorten long titles
MIN_YEAR_WIDTH = 40  # below this many pixels per year, only every other (third, ...) year is labelled


@dataclass(frozen=True)
class Layout:
    """The geometry of one drawing of the chart (pixels at 100 % zoom)."""

    name: str  # CSS class of the drawing: which screens show it
    width: int
    label_width: int  # room for titles left of the bars; 0 puts each title above its bar
    row: int  # height of one item's row
    margin: int  # empty room right of the month axis (and left of it when titles are stacked)
    indent: int  # extra indent of a title per level of nesting
    diamond: float  # half the width of a publication diamond
    dot: float  # radius of a meeting dot

    @property
    def stacked(self) -> bool:
        return self.label_width == 0


TOP = 44  # room above the first row for the year labels
WIDE = Layout("wide", width=1240, label_width=400, row=24, margin=16, indent=14, diamond=7, dot=3.5)
NARROW = Layout("narrow", width=360, label_width=0, row=38, margin=8, indent=10, diamond=6, dot=3)
LAYOUTS = (WIDE, NARROW)


def _depths(items: list[schema.Item]) -> list[int]:
    parent = {it.id: it.parent for it in items}
    out = []
    for it in items:
        depth, at, seen = 0, it.parent, {it.id}
        while at in parent and at not in seen:
            seen.add(at)
            depth, at = depth + 1, parent[at]
        out.append(depth)
    return out


def _months_used(doc: schema.Document) -> list[int]:
    months: list[int] = []
    for it in doc.items:
        for period in (it.timeline, it.publication):
            span = bounds(period)
            if span:
                months.extend(span)
        months.extend(m for m in (month_index(x.month) for x in it.meetings) if m is not None)
    return months


def _shorten(text: str, room: float) -> str:
    limit = max(8, int(room / CHAR_WIDTH))
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _f(x: float) -> str:
    """Fixed-precision coordinates: byte-identical output whatever the float noise."""
    return f"{x:.1f}"


class _Chart:
    def __init__(self, layout: Layout, first: int, last: int, links: DeckLinks) -> None:
        self.layout, self.first, self.links = layout, first, links
        self.left = layout.margin if layout.stacked else layout.label_width
        self.month_width = (layout.width - self.left - layout.margin) / (last - first + 1)

    def x(self, month: int) -> float:
        return self.left + (month - self.first) * self.month_width

    def link(self, slide: int | None, what: str, mark: str) -> str:
        tip = f"{what} ({self.links.tooltip(slide)})"
        return f'<a href="{escape(self.links.href(slide))}"><title>{escape(tip)}</title>{mark}</a>'

    def label(self, item: schema.Item, depth: int, top: float) -> tuple[str, float]:
        """The item's linked title and the y of the middle of its bar."""
        lay = self.layout
        indent = lay.margin + lay.indent * depth
        if lay.stacked:
            baseline, mid = top + 14, top + 26
            room = lay.width - indent - lay.margin - 12
        else:
            baseline, mid = top + lay.row / 2 + 4, top + lay.row / 2
            room = lay.label_width - indent - 12
        text = f'<text class="label" x="{indent}" y="{_f(baseline)}">{escape(_shorten(item.title, room))}</text>'
        return text, mid

    def row(self, item: schema.Item, depth: int, top: float, axis_end: int) -> list[str]:
        slide = item.provenance.units[0] if item.provenance.units else None
        label, mid = self.label(item, depth, top)
        out = [self.link(slide, item.title, label)]
        span = bounds(item.timeline)
        if span and item.timeline:
            x0, x1 = self.x(span[0]), self.x(span[1] + 1)
            status = item.status or "none"
            out.append(self.link(slide, f"Timeline: {item.timeline.shown()}",
                                 f'<rect class="bar s-{escape(status)}" x="{_f(x0)}" y="{_f(mid - 5)}" '
                                 f'width="{_f(max(x1 - x0, 2))}" height="10" rx="2"/>'))
        if item.recurrence and item.recurrence.to is None:
            start = month_index(item.recurrence.from_)
            if start is not None:
                out.append(self.link(slide, f"Meetings: {item.recurrence.text}",
                                     f'<line class="recurrence" x1="{_f(self.x(start) + self.month_width / 2)}" '
                                     f'y1="{_f(mid)}" x2="{_f(self.x(axis_end + 1))}" y2="{_f(mid)}"/>'))
        pub = bounds(item.publication)
        if pub and item.publication:
            cx, cy, d = self.x(pub[1]) + self.month_width / 2, mid, self.layout.diamond
            mark = (f'<polygon class="publication" points="{_f(cx)},{_f(cy - d)} {_f(cx + d)},{_f(cy)} '
                    f'{_f(cx)},{_f(cy + d)} {_f(cx - d)},{_f(cy)}"/>')
            if pub[1] > pub[0]:
                mark = (f'<line class="publication-span" x1="{_f(self.x(pub[0]))}" y1="{_f(cy + 8)}" '
                        f'x2="{_f(self.x(pub[1] + 1))}" y2="{_f(cy + 8)}"/>') + mark
            out.append(self.link(slide, f"Publication: {item.publication.shown()}", mark))
        for meeting in item.meetings:
            m = month_index(meeting.month)
            if m is not None:
                what = f"Meeting: {month_label(m)}" + (f" – {meeting.note}" if meeting.note else "")
                out.append(self.link(slide, what, f'<circle class="meeting" cx="{_f(self.x(m) + self.month_width / 2)}"'
                                                  f' cy="{_f(mid)}" r="{self.layout.dot}"/>'))
        return out

    def axis(self, first: int, last: int, height: int) -> list[str]:
        """Year lines and labels (thinned out when years are narrow), and quarter lines."""
        parts = []
        step = max(1, ceil(MIN_YEAR_WIDTH / (12 * self.month_width)))
        for k, year_start in enumerate(range(first, last + 1, 12)):
            x = self.x(year_start)
            parts.append(f'<line class="year" x1="{_f(x)}" y1="{TOP - 30}" x2="{_f(x)}" y2="{height}"/>')
            if k % step == 0:
                parts.append(f'<text class="year" x="{_f(x + 4)}" y="{TOP - 18}">{year_start // 12}</text>')
            for quarter in (3, 6, 9):
                xq = self.x(year_start + quarter)
                parts.append(f'<line class="quarter" x1="{_f(xq)}" y1="{TOP - 8}" x2="{_f(xq)}" y2="{height}"/>')
        return parts


def _drawing(doc: schema.Document, links: DeckLinks, layout: Layout, first: int, last: int) -> str:
    chart = _Chart(layout, first, last, links)
    height = TOP + layout.row * len(doc.items) + 8
    parts = [f'<svg class="gantt {layout.name}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {layout.width} '
             f'{height}" width="{layout.width}" height="{height}" role="img" '
             'aria-label="Timeline of the plan\'s items">']
    period = bounds(doc.plan.period)
    edges: list[str] = []
    if period and doc.plan.period and period[1] >= first and period[0] <= last:
        x0, x1 = chart.x(max(period[0], first)), chart.x(min(period[1], last) + 1)
        tip = f"<title>Plan period {escape(doc.plan.period.shown())}</title>"
        parts.append(f'<rect class="plan-period" x="{_f(x0)}" y="{TOP - 14}" width="{_f(x1 - x0)}" '
                     f'height="{height - TOP + 14}">{tip}</rect>')
        edges = [f'<line class="plan-edge" x1="{_f(x)}" y1="{TOP - 14}" x2="{_f(x)}" y2="{height}">{tip}</line>'
                 for x in (x0, x1)]
    # Translucent stripes over the band, so rows stay easy to follow inside the plan period too.
    for k in range(1, len(doc.items), 2):
        parts.append(f'<rect class="zebra" x="0" y="{TOP + k * layout.row}" width="{layout.width}" '
                     f'height="{layout.row}"/>')
    parts.extend(edges)
    parts.extend(chart.axis(first, last, height))
    for k, (item, depth) in enumerate(zip(doc.items, _depths(doc.items), strict=True)):
        parts.extend(chart.row(item, depth, TOP + k * layout.row, last))
    parts.append("</svg>")
    return "".join(parts)


def gantt_svg(doc: schema.Document, links: DeckLinks) -> str:
    """The chart of one plan in every layout, each in its own box, or a short note when nothing is dated."""
    months = _months_used(doc)
    if not doc.items or not months:
        return '<p class="empty">No dated items in this plan.</p>'
    first, last = min(months) // 12 * 12, max(months) // 12 * 12 + 11
    return "".join(f'<div class="gantt-box {layout.name}">{_drawing(doc, links, layout, first, last)}</div>'
                   for layout in LAYOUTS)
