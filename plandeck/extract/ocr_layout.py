"""Turns Tesseract's words on a rendered page into blocks, reusing the PDF layout rules.

Each OCR word becomes one positioned "character" carrying the whole word, with a
generated space after it, so the PDF reader's line, block and paragraph rules apply
unchanged and OCR'd pages read like text-layer pages.
"""
from __future__ import annotations

from plandeck.extract import pdf_reader as layout
from plandeck.model import Block, BlockKind, Slide
from plandeck.settings import Settings

# Render scale: 300 dpi is what Tesseract is tuned for.
SCALE = 300 / 72
MIN_CONFIDENCE = 30


def ocr_slide(page, number: int, settings: Settings) -> Slide:
    """OCR one pypdfium2 page (rotation applied by the renderer) into a Slide marked ``ocr``."""
    import pytesseract

    image = page.render(scale=SCALE).to_pil()
    width_px, height_px = image.size
    data = pytesseract.image_to_data(image, lang=settings.ocr_languages, output_type=pytesseract.Output.DICT,
                                     config="--psm 3")
    width, height = width_px / SCALE, height_px / SCALE
    chars: list[layout._Char] = []
    previous = None
    for i, word in enumerate(data["text"]):
        word = (word or "").strip()
        try:
            conf = float(data["conf"][i])
        except (TypeError, ValueError):
            conf = -1.0
        if not word or conf < MIN_CONFIDENCE:
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        x0 = data["left"][i] / SCALE
        top = data["top"][i] / SCALE
        x1 = x0 + data["width"][i] / SCALE
        bottom = top + data["height"][i] / SCALE
        size = max(bottom - top, 1.0)
        if previous is not None and previous != key:
            chars.append(layout._Char("\n", x0, top, x0, bottom, 0.0, 0, True))
        elif previous is not None:
            chars.append(layout._Char(" ", x0, top, x0, bottom, 0.0, 0, True))
        chars.append(layout._Char(word, x0, top, x1, bottom, size, 400, False))
        previous = key
    blocks = []
    for lines in layout._group_blocks(layout._lines(chars)):
        paragraphs = layout._paragraphs(lines, width)
        if paragraphs:
            blocks.append((lines, Block(BlockKind.TEXT, layout._box(lines, width, height), paragraphs=paragraphs)))
    layout._mark_title(blocks)
    return Slide(number=number, blocks=[b for _, b in blocks], ocr=True)
