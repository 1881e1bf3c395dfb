"""Month arithmetic on plandeck periods (``YYYY`` or ``YYYY-MM``).

Diff (how many months a publication slipped), history and report (ordering plans,
drawing a Gantt chart) all need to put a period on a month axis. A bare year means its
first month when it starts a span and its last month when it ends one, so "2022" is
Jan..Dec 2022 and "July 2022" -> "2022" is not a slip.
"""
from __future__ import annotations

import re

from plandeck import schema

_VALUE = re.compile(r"^(\d{4})(?:-(\d{2}))?$")
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def month_index(value: str | None, end: bool = False) -> int | None:
    """Months since year 0 of ``YYYY`` or ``YYYY-MM``; a bare year is January, or December when ``end``.

    None for anything else, so a hand-edited JSON file with a stray value cannot crash a diff.
    """
    m = _VALUE.match(value or "")
    if not m or (m.group(2) and not 1 <= int(m.group(2)) <= 12):
        return None
    month = int(m.group(2)) - 1 if m.group(2) else (11 if end else 0)
    return int(m.group(1)) * 12 + month


def bounds(period: schema.Period | None) -> tuple[int, int] | None:
    """First and last month of a period (inclusive), or None when it has no usable end."""
    if period is None:
        return None
    start = month_index(period.from_)
    stop = month_index(period.to, end=True)
    if start is None:
        if stop is None:
            return None
        start = stop
    elif stop is None:
        stop = start
    return (min(start, stop), max(start, stop))


def slip_months(old: schema.Period | None, new: schema.Period | None) -> int | None:
    """How many months later the new period ends than the old one (negative: earlier).

    Measured on the ``to`` ends, or on ``from`` when an end is unusable; None when either
    period is missing.
    """
    if old is None or new is None:
        return None
    old_end, new_end = month_index(old.to, end=True), month_index(new.to, end=True)
    if old_end is not None and new_end is not None:
        return new_end - old_end
    old_start, new_start = month_index(old.from_), month_index(new.from_)
    if old_start is not None and new_start is not None:
        return new_start - old_start
    return None


def month_label(index: int) -> str:
    """``"Dec 2021"`` for a month index, for plain-words summaries and chart axes."""
    return f"{MONTH_NAMES[index % 12]} {index // 12}"


def month_text(value: str) -> str:
    """``"2021-12"`` as ``"Dec 2021"``; anything unparseable is returned as is."""
    index = month_index(value)
    return month_label(index) if index is not None and "-" in value else value
