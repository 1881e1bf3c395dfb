"""Drops page furniture: text repeated at the top or bottom of most slides, and slide numbers."""
from __future__ import annotations

import re
from collections import Counter

from plandeck.model import BlockKind, Box, Slide

# Bands at the top and bottom of a slide where headers and footers live (by block centre).
BAND = 0.12
_DIGITS = re.compile(r"\d+")


def _key(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.split()).casefold())


def _in_band(box: Box) -> bool:
    centre = (box.y0 + box.y1) / 2
    return centre <= BAND or centre >= 1 - BAND


def drop_furniture(slides: list[Slide]) -> None:
    """Remove in place what repeats in the header/footer bands on at least half the slides (and 3)."""
    if not slides:
        return
    counts: Counter[str] = Counter()
    for slide in slides:
        seen = set()
        for block in slide.blocks:
            if block.kind is BlockKind.TEXT and _in_band(block.box):
                seen.add(_key(block.text))
        counts.update(seen)
    threshold = max(3, len(slides) // 2)
    repeated = {k for k, n in counts.items() if n >= threshold}
    for slide in slides:
        slide.blocks = [
            b for b in slide.blocks
            if not (b.kind is BlockKind.TEXT and _in_band(b.box)
                    and (_key(b.text) in repeated or _key(b.text) in ("#", "# / #", "#/#", "page #", "slide #")))
        ]
