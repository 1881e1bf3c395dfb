"""Positioned characters to text blocks: the layout rules a PDF text page and an OCR'd page share.

Characters become lines (:mod:`lines`), lines become blocks, a block's lines become
paragraphs and the page's largest text near the top its title (:mod:`paragraphs`). The
PDF reader hands in PDFium's characters, the OCR reader one "character" per word, so
both kinds of page read alike.
"""
from __future__ import annotations

from plandeck.extract.read.chars import Char
from plandeck.extract.read.lines import Line, group_blocks, split_lines
from plandeck.extract.read.paragraphs import StartsParagraph, block_box, mark_title, paragraphs
from plandeck.extract.read.settings import LAYOUT, LayoutSettings
from plandeck.model import Block, BlockKind

__all__ = ["Char", "StartsParagraph", "text_blocks"]


def text_blocks(chars: list[Char], width: float, height: float, starts_paragraph: StartsParagraph | None = None,
                layout: LayoutSettings = LAYOUT) -> list[Block]:
    """The text blocks of a page (``width`` x ``height`` points), the title among them marked; unordered."""
    blocks: list[tuple[list[Line], Block]] = []
    for lines in group_blocks(split_lines(chars, layout=layout), layout):
        found = paragraphs(lines, width, starts_paragraph, layout, height)
        if found:
            blocks.append((lines, Block(BlockKind.TEXT, block_box(lines, width, height), paragraphs=found)))
    mark_title(blocks, layout)
    return [b for _, b in blocks]
