"""The tolerances of the layout rules: how close is "the same line", "the same column", "one block".

One frozen dataclass instead of numbers scattered through the readers, so every rule
that groups by position says which tolerance it uses, and a test or a caller can try
another value without patching a module. Each field names its unit: ``_em`` fields are
ems of the font size at hand, ``_heights`` fields line heights, fractions are of the
page (or slide) width or height, ``_pt`` fields points.
"""
from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True, slots=True)
class LayoutSettings:
    """Tolerances for reading text, blocks, tables and reading order from positions."""

    # -- characters to lines (PDF text layer and OCR words) ----------------------------------------------
    # A horizontal gap wider than this splits a line into segments (table cells, columns).
    line_gap_em: float = 2.5
    # The finer split used only to look for tables laid out with spaces (words are ~0.3 em apart).
    cell_gap_em: float = 0.9
    # Two characters (or two line segments) are on one line when their middles are closer than this
    # fraction of the taller one's height.
    baseline_tolerance: float = 0.5
    # A character further left than this of the one before it (after the line's start) starts a new line.
    jump_back_em: float = 1.0

    # -- lines to blocks ---------------------------------------------------------------------------------
    # A line joins the block above when it starts at most this far below that block's last line ...
    block_gap_heights: float = 1.1
    # ... or overlaps it by no more than this.
    block_overlap_heights: float = 0.5
    # Lines whose font sizes differ by more than this ratio belong to different blocks (heading vs body).
    block_size_ratio: float = 1.25

    # -- a block's lines to paragraphs -------------------------------------------------------------------
    # Line starts closer than this (fraction of the page width) are one indent level.
    indent_tolerance: float = 0.012
    # A wrapped line sits closer than this under the line above it.
    wrap_gap_heights: float = 0.8
    # A line is wrapped (not ended by Enter) when it stops within this many ems of the block's right edge.
    wrap_slack_em: float = 8.0
    # The space a word needs before it after the end of a line.
    word_space_em: float = 0.2
    # Font sizes closer than this are one size (a wrapped line keeps its size; a title's lines share one).
    same_size_pt: float = 0.6

    # -- the page's title --------------------------------------------------------------------------------
    # Titles are at least this much larger than the page's median text ...
    title_ratio: float = 1.15
    # ... and start in this top fraction of the page.
    title_zone: float = 0.35

    # -- tables ------------------------------------------------------------------------------------------
    # How far (fraction of the page width) two table edges may be apart and still be one edge.
    same_edge: float = 0.02
    # A whitespace table must reach this much further down (fraction of the page height) than the ruled
    # table it overlaps to replace it.
    fuller_by: float = 0.02
    # Ruling lines: thinner than rule_thin_pt points is a line, shorter than rule_min_pt is no rule,
    # ends within rule_snap_pt points meet (pdfplumber's defaults).
    rule_thin_pt: float = 2.0
    rule_min_pt: float = 3.0
    rule_snap_pt: float = 3.0
    # Rows of a whitespace table further apart than this many line heights end the table.
    table_row_gap_heights: float = 2.2
    # A line closer than this (in line heights) under the row above is that row's cells wrapping.
    table_wrap_gap_heights: float = 0.35

    # -- reading order of a slide's blocks (fractions of the slide) --------------------------------------
    # Gaps narrower than this do not separate columns or rows.
    order_gap: float = 0.005
    # Tops this close are on one row of a whitespace table.
    row_tolerance: float = 0.02
    # A last row starting this close to the bottom edge is a footer.
    footer_band: float = 0.12

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if not isinstance(value, int | float) or value != value or value < 0:
                raise ValueError(f"LayoutSettings.{f.name} must be a number >= 0, not {value!r}")
        if self.block_size_ratio < 1 or self.title_ratio < 1:
            raise ValueError("LayoutSettings ratios (block_size_ratio, title_ratio) must be >= 1")


#: The tolerances every reader uses unless it is handed others.
LAYOUT = LayoutSettings()
