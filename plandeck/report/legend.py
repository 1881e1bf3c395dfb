"""The key to the Gantt chart: one entry for every kind of mark it draws, and one per status colour.

A mark without a legend entry is a guess for the reader (the publication window line had
none). Each entry shows the mark drawn with the chart's own CSS classes, so the key
cannot drift from the chart's colours; the test suite checks that every class drawn in a
chart, except the axis, appears here.
"""
from __future__ import annotations

STATUSES = ("none", "proposed", "planned", "ongoing", "completed", "cancelled")
STATUS_WORDS = {"none": "not stated"}


def _sample(width: int, body: str) -> str:
    return f'<svg width="{width}" height="16" viewBox="0 0 {width} 16" aria-hidden="true">{body}</svg>'


# (sample of the mark, what it means), in the order the eye meets them in a row.
MARKS = (
    (_sample(26, '<rect class="bar s-none" x="1" y="3" width="24" height="10" rx="2"/>'),
     "timeline (colour: status, below)"),
    (_sample(16, '<polygon class="publication" points="8,1 15,8 8,15 1,8"/>'), "expected publication"),
    (_sample(34, '<line class="publication-span" x1="1" y1="13" x2="33" y2="13"/>'
                 '<polygon class="publication" points="27,1 33,7 27,13 21,7"/>'),
     "publication window (when it spans months; the diamond is its end)"),
    (_sample(12, '<circle class="meeting" cx="6" cy="8" r="4"/>'), "meeting"),
    (_sample(26, '<line class="recurrence" x1="1" y1="8" x2="25" y2="8"/>'), "recurring meetings, no end date"),
    (_sample(26, '<rect class="plan-period" x="1" y="0" width="24" height="16"/>'
                 '<line class="plan-edge" x1="1" y1="0" x2="1" y2="16"/>'
                 '<line class="plan-edge" x1="25" y1="0" x2="25" y2="16"/>'), "plan period"),
)


def _status_bar(status: str) -> str:
    return f'<rect class="bar s-{status}" x="1" y="3" width="12" height="10" rx="2"/>'


def legend() -> str:
    """The key under every chart: the marks, then the status colours of the timeline bars."""
    marks = "".join(f"<li>{sample} {text}</li>" for sample, text in MARKS)
    statuses = "".join(
        f"<li>{_sample(14, _status_bar(s))} {STATUS_WORDS.get(s, s)}</li>" for s in STATUSES)
    return (f'<ul class="legend" aria-label="Chart legend">{marks}</ul>'
            f'<ul class="legend status-key" aria-label="Timeline colours"><li>status:</li>{statuses}</ul>')
