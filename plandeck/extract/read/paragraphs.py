"""A block's lines to paragraphs with indent levels, and the page's title among its blocks.

Bullet glyphs and indents start paragraphs; wrapped lines join them. Levels come from
where each paragraph's words start, clustered along the page width. The title is the
largest text near the top, clearly larger than the page's body text.
"""
from __future__ import annotations

from collections.abc import Callable
from statistics import median

from plandeck.extract.read.cluster import cluster_index
from plandeck.extract.read.lines import Line
from plandeck.extract.read.settings import LAYOUT, LayoutSettings
from plandeck.extract.read.text import clean_line, join_wrapped, starts_with_bullet
from plandeck.model import Block, BlockKind, Box, Paragraph, union

StartsParagraph = Callable[[str], bool]


def paragraphs(block: list[Line], page_width: float, starts_paragraph: StartsParagraph | None = None,
               layout: LayoutSettings = LAYOUT, page_height: float | None = None) -> list[Paragraph]:
    """Join wrapped lines into paragraphs.

    A line continues the paragraph above when it starts where that paragraph's words
    start, sits right below it, and the line above ran to the block's right edge: so
    close that this line's first word would not have fitted after it (a short line above
    means the author pressed Enter). Bullets, labels and a colon at the end of the line
    above always start a new paragraph. Given ``page_height``, each paragraph keeps the box
    of its own lines: provenance finer than the block.
    """
    tolerance = layout.indent_tolerance * page_width
    wrap_gap, slack, space, same_size = (layout.wrap_gap_heights, layout.wrap_slack_em, layout.word_space_em,
                                         layout.same_size_pt)
    right = max(ln.x1 for ln in block)
    paras: list[tuple[float, list[Line]]] = []
    for line in block:
        if paras:
            x_prev, lines = paras[-1]
            prev = lines[-1]
            em = max(prev.size, 1.0)
            wrapped = (not starts_with_bullet(line.text) and abs(line.text_x0 - x_prev) <= tolerance
                       and line.top - prev.bottom < wrap_gap * line.height
                       and prev.x1 >= right - slack * em
                       and prev.x1 + space * em + line.first_word_width > right
                       and not prev.text.rstrip().endswith(":") and abs(line.size - prev.size) < same_size
                       and not (starts_paragraph is not None and starts_paragraph(clean_line(line.text))))
            if wrapped:
                lines.append(line)
                continue
        paras.append((line.text_x0, [line]))
    # Levels come from where the words start, not the bullet: a bullet OCR missed must not shift a level.
    levels = indent_levels([x for x, _ in paras], tolerance)
    out = []
    for (_, lines), level in zip(paras, levels, strict=True):
        text = clean_line(join_wrapped([ln.text for ln in lines]))
        if text:
            box = block_box(lines, page_width, page_height) if page_height else None
            out.append(Paragraph(text=text, level=level, size=lines[0].size, bold=lines[0].bold, box=box))
    return out


def indent_levels(xs: list[float], tolerance: float) -> list[int]:
    """The indent level of each line start: starts within ``tolerance`` of a level's first start share it.

    Anchored, not chained: a column of starts that each drift a little right does not stay
    one level forever.
    """
    return cluster_index(xs, tolerance, anchored=True)


def block_box(lines: list[Line], width: float, height: float) -> Box:
    """The box around some lines, as fractions of the page."""
    return Box(min(ln.x0 for ln in lines) / width, min(ln.top for ln in lines) / height,
               max(ln.x1 for ln in lines) / width, max(ln.bottom for ln in lines) / height)


def mark_title(blocks: list[tuple[list[Line], Block]], layout: LayoutSettings = LAYOUT) -> None:
    """The largest text in the top third of the page, clearly larger than the rest, is the title.

    Only the block's leading paragraphs set that large are the title; smaller lines under
    them in the same block (an item's fields below its heading) stay text of their own.
    """
    sizes = [ln.size for lines, _ in blocks for ln in lines]
    if len(blocks) < 2 or not sizes:
        return
    body = median(sizes)
    top = [(lines, b) for lines, b in blocks if b.box.y0 < layout.title_zone and b.kind is BlockKind.TEXT]
    if not top:
        return
    lines, block = max(top, key=lambda lb: max(ln.size for ln in lb[0]))
    if max(ln.size for ln in lines) < layout.title_ratio * body:
        return
    large = max(ln.size for ln in lines)
    head = 0
    while head < len(block.paragraphs) and (block.paragraphs[head].size or 0) >= large - layout.same_size_pt:
        head += 1
    head = max(head, 1)
    rest = block.paragraphs[head:]
    block.kind = BlockKind.TITLE
    text = " ".join(p.text for p in block.paragraphs[:head])
    box = union(p.box for p in block.paragraphs[:head])
    block.paragraphs = [Paragraph(text=text, level=0, size=block.paragraphs[0].size, bold=block.paragraphs[0].bold,
                                  box=box)]
    if rest:
        at = next(i for i, (_, b) in enumerate(blocks) if b is block)
        blocks.insert(at + 1, ([], Block(BlockKind.TEXT, block.box, paragraphs=rest)))
