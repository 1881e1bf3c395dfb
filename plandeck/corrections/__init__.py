"""Corrections that stick: a user's hand fixes, keyed on content so they hold for next year's deck.

:func:`load` reads and checks a corrections file; :func:`apply_corrections` applies it to
one deck's document after normalisation and records what it changed.
"""
from __future__ import annotations

from plandeck.corrections.apply import apply_corrections
from plandeck.corrections.rules import Corrections, load, parse

__all__ = ["Corrections", "apply_corrections", "load", "parse"]
