"""A plan's items as a Gantt chart in inline SVG: timelines as bars, publication as diamonds, meetings as dots.

Reading twelve slides of dates does not show which deliverables overlap or which are
late; a chart does. Inline SVG needs no script and no network, prints, and each mark
is a link to its slide with a tooltip naming the value and the slide. The month axis
spans whole years around every date in the plan, with the plan period shaded.
"""
from __future__ import annotations

from html import escape

from plandeck import schema
from plandeck.compare.periods import bounds, month_index, month_label
from plandeck.report.links import DeckLinks

WIDTH = 1240
LABEL_WIDTH = 400
RIGHT = 16
TOP = 44
ROW = 24
CHAR_WIDTH = 6.4  # average width of a 12px sans-serif character, to shorten long titles


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
    def __init__(self, first: int, last: int, links: DeckLinks) -> None:
        self.first, self.links = first, links
        self.month_width = (WIDTH - LABEL_WIDTH - RIGHT) / (last - first + 1)

    def x(self, month: int) -> float:
        return LABEL_WIDTH + (month - self.first) * self.month_width

    def link(self, slide: int | None, what: str, mark: str) -> str:
        tip = f"{what} ({self.links.tooltip(slide)})"
        return f'<a href="{escape(self.links.href(slide))}"><title>{escape(tip)}</title>{mark}</a>'

    def row(self, item: schema.Item, depth: int, top: float, axis_end: int) -> list[str]:
        slide = item.provenance.units[0] if item.provenance.units else None
        mid = top + ROW / 2
        indent = 8 + 14 * depth
        label = _shorten(item.title, LABEL_WIDTH - indent - 12)
        out = [self.link(slide, item.title, f'<text class="label" x="{indent}" y="{_f(mid + 4)}">'
                                           f"{escape(label)}</text>")]
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
            cx, cy = self.x(pub[1]) + self.month_width / 2, mid
            mark = (f'<polygon class="publication" points="{_f(cx)},{_f(cy - 7)} {_f(cx + 7)},{_f(cy)} '
                    f'{_f(cx)},{_f(cy + 7)} {_f(cx - 7)},{_f(cy)}"/>')
            if pub[1] > pub[0]:
                mark = (f'<line class="publication-span" x1="{_f(self.x(pub[0]))}" y1="{_f(cy + 8)}" '
                        f'x2="{_f(self.x(pub[1] + 1))}" y2="{_f(cy + 8)}"/>') + mark
            out.append(self.link(slide, f"Publication: {item.publication.shown()}", mark))
        for meeting in item.meetings:
            m = month_index(meeting.month)
            if m is not None:
                what = f"Meeting: {month_label(m)}" + (f" – {meeting.note}" if meeting.note else "")
                out.append(self.link(slide, what, f'<circle class="meeting" cx="{_f(self.x(m) + self.month_width / 2)}"'
                                                  f' cy="{_f(mid)}" r="3.5"/>'))
        return out


def gantt_svg(doc: schema.Document, links: DeckLinks) -> str:
    """The chart of one plan, or a short note when the plan has no dates at all."""
    months = _months_used(doc)
    if not doc.items or not months:
        return '<p class="empty">No dated items in this plan.</p>'
    first, last = min(months) // 12 * 12, max(months) // 12 * 12 + 11
    chart = _Chart(first, last, links)
    height = TOP + ROW * len(doc.items) + 8
    parts = [f'<svg class="gantt" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
             f'width="{WIDTH}" height="{height}" role="img" aria-label="Timeline of the plan\'s items">']
    period = bounds(doc.plan.period)
    if period and doc.plan.period and period[1] >= first and period[0] <= last:
        x0, x1 = chart.x(max(period[0], first)), chart.x(min(period[1], last) + 1)
        label = escape(doc.plan.period.shown())
        parts.append(f'<rect class="plan-period" x="{_f(x0)}" y="{TOP - 14}" width="{_f(x1 - x0)}" '
                     f'height="{height - TOP + 14}"><title>Plan period {label}</title></rect>')
    for k in range(len(doc.items)):
        if k % 2:
            parts.append(f'<rect class="zebra" x="0" y="{TOP + k * ROW}" width="{WIDTH}" height="{ROW}"/>')
    for year_start in range(first, last + 1, 12):
        x = chart.x(year_start)
        parts.append(f'<line class="year" x1="{_f(x)}" y1="{TOP - 30}" x2="{_f(x)}" y2="{height}"/>')
        parts.append(f'<text class="year" x="{_f(x + 4)}" y="{TOP - 18}">{year_start // 12}</text>')
        for quarter in (3, 6, 9):
            xq = chart.x(year_start + quarter)
            parts.append(f'<line class="quarter" x1="{_f(xq)}" y1="{TOP - 8}" x2="{_f(xq)}" y2="{height}"/>')
    for k, (item, depth) in enumerate(zip(doc.items, _depths(doc.items), strict=True)):
        parts.extend(chart.row(item, depth, TOP + k * ROW, last))
    parts.append("</svg>")
    return "".join(parts)


LEGEND = ('<p class="legend"><svg width="26" height="12" aria-hidden="true"><rect class="bar s-none" x="1" y="1" '
          'width="24" height="10" rx="2"/></svg> timeline (colour = status) '
          '<svg width="16" height="16" aria-hidden="true"><polygon class="publication" points="8,1 15,8 8,15 1,8"/>'
          '</svg> expected publication '
          '<svg width="12" height="12" aria-hidden="true"><circle class="meeting" cx="6" cy="6" r="4"/></svg> meeting '
          '<svg width="26" height="12" aria-hidden="true"><line class="recurrence" x1="1" y1="6" x2="25" y2="6"/>'
          '</svg> recurring meetings (open-ended) '
          '<span class="swatch plan-period"></span> plan period</p>')
