"""``plandeck review``: one self-contained page to check every fact of a deck against its slide.

Slide by slide, the slide as an image (:mod:`images`) beside the facts read from it
(:mod:`page`); each fact's box is drawn over the image and lights up when the fact is
hovered or focused, so a person checks a value by looking, not by hunting in the deck.
"""
from __future__ import annotations

from plandeck.review.page import build_review

__all__ = ["build_review"]
