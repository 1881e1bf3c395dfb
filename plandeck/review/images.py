"""Each slide as a picture for the review page: rendered when possible, drawn from its boxes otherwise.

PDF pages are rendered with pypdfium2. PPTX, PPT and ODP decks are turned into a PDF by
LibreOffice when it is installed and rendered the same way; without LibreOffice, or when
its PDF does not have one page per slide (hidden slides are left out of its export), each
slide is drawn as an SVG of its text boxes and tables with their text: enough to see where
a value sits. Pictures are data: URIs, so the page needs no file beside it.
"""
from __future__ import annotations

import base64
import io
import tempfile
from dataclasses import dataclass
from html import escape
from pathlib import Path

from plandeck.model import Block, BlockKind, Deck, Slide
from plandeck.settings import Settings

# Widest rendering, in pixels: sharp on a laptop, small enough for a page of forty slides.
MAX_WIDTH_PX = 1400
# A slide of unknown size is drawn at 16:9.
DEFAULT_SIZE = (960.0, 540.0)


@dataclass(frozen=True, slots=True)
class SlideImage:
    """A slide's picture and the size in points that provenance boxes are measured in."""

    number: int
    width: float
    height: float
    uri: str
    rendered: bool  # False when drawn from the boxes (no renderer for this format)


def slide_images(path: Path, deck: Deck, settings: Settings) -> list[SlideImage]:
    """A picture of every slide of ``deck`` (read from ``path``), in slide order."""
    pages = _rendered_pages(path, deck, settings)
    out = []
    for slide in deck.slides:
        width, height = slide.size or DEFAULT_SIZE
        uri = pages.get(slide.number) if pages and len(pages) == len(deck.slides) else None
        if uri is None:
            out.append(SlideImage(slide.number, width, height, _svg_uri(slide, width, height), False))
        else:
            out.append(SlideImage(slide.number, width, height, uri, True))
    return out


def _rendered_pages(path: Path, deck: Deck, settings: Settings) -> dict[int, str]:
    """Page number -> PNG data URI, or nothing when the deck cannot be rendered here."""
    if deck.source.format == "pdf":
        return _render_pdf(path, settings)
    from plandeck.errors import PlandeckError
    from plandeck.extract.read.convert import convert, soffice_path

    if soffice_path() is None or deck.source.format not in ("pptx", "ppt", "odp"):
        return {}
    with tempfile.TemporaryDirectory(prefix="plandeck-review-") as tmp:
        try:
            pdf = convert(path, settings, Path(tmp), "pdf", fmt=deck.source.format)
        except PlandeckError:
            return {}
        return _render_pdf(pdf, settings)


def _render_pdf(path: Path, settings: Settings) -> dict[int, str]:
    import pypdfium2 as pdfium

    pages: dict[int, str] = {}
    try:
        pdf = pdfium.PdfDocument(str(path), password=settings.password)
    except pdfium.PdfiumError:
        return {}
    try:
        for index in range(len(pdf)):
            try:
                page = pdf[index]
            except pdfium.PdfiumError:
                continue
            try:
                width, _ = page.get_size()
                image = page.render(scale=min(2.0, MAX_WIDTH_PX / max(width, 1.0))).to_pil()
                buffer = io.BytesIO()
                image.convert("RGB").save(buffer, format="PNG", optimize=True)
                pages[index + 1] = "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")
            finally:
                page.close()
    finally:
        pdf.close()
    return pages


def _svg_uri(slide: Slide, width: float, height: float) -> str:
    """The slide drawn as its boxes and their text, as an SVG data URI."""
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.1f} {height:.1f}" '
             f'width="{width:.0f}" height="{height:.0f}" font-family="sans-serif">',
             f'<rect width="{width:.1f}" height="{height:.1f}" fill="#fff"/>']
    for block in slide.blocks:
        if block.kind is not BlockKind.NOTES:
            parts.append(_block_svg(block, width, height))
    parts.append("</svg>")
    return "data:image/svg+xml;base64," + base64.b64encode("".join(parts).encode("utf-8")).decode("ascii")


def _block_svg(block: Block, width: float, height: float) -> str:
    x, y = block.box.x0 * width, block.box.y0 * height
    w, h = block.box.width * width, block.box.height * height
    out = [f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" fill="#f6f6f6" stroke="#bbb"/>']
    if block.kind is BlockKind.TABLE:
        for r, row in enumerate(block.rows):
            for c, text in enumerate(row):
                cell = block.cells[r][c] if r < len(block.cells) and c < len(block.cells[r]) else None
                if cell is None:
                    continue
                cx, cy = cell.x0 * width, cell.y0 * height
                out.append(f'<rect x="{cx:.1f}" y="{cy:.1f}" width="{cell.width * width:.1f}" '
                           f'height="{cell.height * height:.1f}" fill="none" stroke="#ccc"/>')
                out.append(_text(text.split("\n")[0] if text else "", cx + 2, cy + 10, 9.0))
        return "".join(out)
    size = 18.0 if block.kind is BlockKind.TITLE else 11.0
    line_y = y
    for para in block.paragraphs:
        top = para.box.y0 * height if para.box is not None else line_y
        line_y = max(line_y, top) + size * 1.2
        if line_y > y + h + size:
            break
        out.append(_text(("  " * para.level) + para.text, x + 3, line_y - size * 0.25, size))
    return "".join(out)


def _text(text: str, x: float, y: float, size: float) -> str:
    return f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size:.0f}" fill="#222">{escape(text[:160])}</text>'
