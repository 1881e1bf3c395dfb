"""A slide's heading when the author drew it as a plain text box instead of a title placeholder.

Designed decks often put the title in a coloured band or a grouped text box; read
literally, such a slide has no title and its heading looks like one more line. The
heading is the short text block near the top set larger than the rest of the slide
(or bold when nothing else is), so the item rules can treat it as the slide title.
"""
from __future__ import annotations

from dataclasses import dataclass
from statistics import median

from plandeck.model import Block, BlockKind, Slide


@dataclass(frozen=True)
class HeadingSettings:
    """Tolerances for a drawn heading, as fractions of the slide and ratios of font sizes."""

    top_band: float = 0.25  # the heading starts in the top quarter of the slide
    max_paragraphs: int = 2
    max_words: int = 25
    size_ratio: float = 1.15  # set at least this much larger than the body text
    min_lone_size: float = 18.0  # points, when the slide has no other text to compare with


def promote_heading(slide: Slide, settings: HeadingSettings = HeadingSettings()) -> None:
    """Mark the drawn heading of a slide without a title block as its title, in place."""
    if any(b.kind is BlockKind.TITLE for b in slide.blocks):
        return
    candidates = [b for b in slide.blocks if _could_be_heading(b, settings)]
    if not candidates:
        return
    best = max(candidates, key=lambda b: (_size(b), -b.box.y0))
    others = [p.size for b in slide.blocks if b is not best and b.kind is BlockKind.TEXT
              for p in b.paragraphs if p.size and p.text.strip()]
    size = _size(best)
    if others:
        if size < settings.size_ratio * median(others) or size < max(others):
            return
    elif not (any(p.bold for p in best.paragraphs) or size >= settings.min_lone_size):
        return
    best.kind = BlockKind.TITLE


def _could_be_heading(block: Block, settings: HeadingSettings) -> bool:
    if block.kind is not BlockKind.TEXT or block.box.y0 > settings.top_band:
        return False
    paragraphs = [p for p in block.paragraphs if p.text.strip()]
    if not paragraphs or len(paragraphs) > settings.max_paragraphs:
        return False
    return sum(len(p.text.split()) for p in paragraphs) <= settings.max_words


def _size(block: Block) -> float:
    return max((p.size or 0.0) for p in block.paragraphs)
