"""A small builder of PPTX decks for tests: titled slides, text boxes and tables in a few calls.

Every name, organisation and title used with it in the tests is made up.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pptx import Presentation
from pptx.util import Inches, Pt

# Layouts of the default python-pptx template.
TITLE_ONLY = 5
TITLE_AND_CONTENT = 1
BLANK = 6

Line = str | tuple[str, int]  # a paragraph, or a paragraph and its bullet level


class Deck:
    """A presentation being built; ``save`` writes it and returns its path."""

    def __init__(self) -> None:
        self.prs = Presentation()

    def slide(self, title: str | None = None, lines: Sequence[Line] = ()):
        """A slide with a title placeholder and, when ``lines`` are given, a body placeholder holding them."""
        layout = TITLE_AND_CONTENT if lines else TITLE_ONLY
        if title is None and not lines:
            layout = BLANK
        slide = self.prs.slides.add_slide(self.prs.slide_layouts[layout])
        if title is not None:
            slide.shapes.title.text = title
        elif slide.shapes.title is not None:
            slide.shapes.title._element.getparent().remove(slide.shapes.title._element)
        if lines:
            _fill(slide.placeholders[1].text_frame, lines)
        return slide

    def blank(self):
        """A slide with no placeholder at all."""
        return self.prs.slides.add_slide(self.prs.slide_layouts[BLANK])

    @staticmethod
    def textbox(slide, lines: Sequence[Line], left: float, top: float, width: float, height: float,
                size: float | None = None, bold: bool = False) -> None:
        """A plain text box (inches), its runs set at ``size`` points and ``bold`` when given."""
        box = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
        _fill(box.text_frame, lines, size=size, bold=bold)

    @staticmethod
    def table(slide, rows: Sequence[Sequence[str]], left: float = 0.4, top: float = 1.6, width: float = 9.2,
              height: float | None = None, caption: bool = False) -> None:
        """A table; with ``caption`` its first row is one cell merged across the table."""
        n_rows, n_cols = len(rows), max(len(r) for r in rows)
        shape = slide.shapes.add_table(n_rows, n_cols, Inches(left), Inches(top), Inches(width),
                                       Inches(height if height is not None else 0.4 * n_rows))
        table = shape.table
        if caption:
            table.cell(0, 0).merge(table.cell(0, n_cols - 1))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                if text and not (caption and r == 0 and c > 0):
                    table.cell(r, c).text = text

    def save(self, path: Path) -> Path:
        self.prs.save(path)
        return path


def _fill(frame, lines: Sequence[Line], size: float | None = None, bold: bool = False) -> None:
    for n, line in enumerate(lines):
        text, level = (line, 0) if isinstance(line, str) else line
        para = frame.paragraphs[0] if n == 0 else frame.add_paragraph()
        run = para.add_run()
        run.text = text
        para.level = level
        if size is not None:
            run.font.size = Pt(size)
        if bold:
            run.font.bold = True
