"""OCR of pages with no text layer, through Tesseract (pytesseract), into the same block model."""
from __future__ import annotations

import shutil

from plandeck.errors import MissingToolError
from plandeck.settings import Settings


def page_ocr(file: str, settings: Settings):
    """A callable that OCRs one pypdfium2 page into a Slide; errors name what to install."""

    def run(page, number: int):
        if shutil.which("tesseract") is None:
            raise MissingToolError(file, "page has no text layer and Tesseract is not installed "
                                         "(apt-get install tesseract-ocr), or run with --no-ocr")
        from plandeck.extract.ocr_layout import ocr_slide

        return ocr_slide(page, number, settings)

    return run
