"""OCR of pages with no text layer, through Tesseract (pytesseract), into the same block model.

OCR is the one step whose cost a hostile or merely huge file can blow up, so it is
bounded three ways, each leaving the page empty with a warning instead of failing or
hanging the file:

* an image whose declared size is absurd (a JBIG2 "bomb" of 100000 x 100000 pixels) is
  never rendered, since PDFium decodes an image at full size whatever the render scale;
* each Tesseract run has a time limit;
* a file gets an OCR time budget (``settings.ocr_budget``, 40 s by default); pages after
  it is spent are skipped, so a 600-page scan ends in bounded time with its first pages
  read and the rest flagged.
"""
from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from functools import cache
from typing import Any

import pypdfium2.raw as pdfium_c

from plandeck.errors import MissingToolError
from plandeck.extract.read.settings import LAYOUT, LayoutSettings
from plandeck.model import Slide
from plandeck.settings import Settings

# Seconds one Tesseract run may take (a dense 300-dpi A4 page takes 5-7 s on one core).
PAGE_TIMEOUT_SECONDS = 30.0
# An image larger than this many pixels is not decoded for OCR: a page-sized scan at 600 dpi is ~35 million.
MAX_IMAGE_PIXELS = 100_000_000

Warn = Callable[[str, str, int | None], None]


def _ignore(code: str, message: str, unit: int | None) -> None:
    return None


@cache
def _languages() -> frozenset[str]:
    import pytesseract

    try:
        return frozenset(pytesseract.get_languages(config=""))
    except Exception:  # an old or broken tesseract: let the OCR run report what is wrong
        return frozenset()


def largest_image(page: Any) -> int:
    """Pixel count of the largest image drawn on a page, from the image dictionaries (nothing decoded)."""
    largest = 0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3):
        try:
            width, height = obj.get_px_size()
        except Exception:  # a damaged image dictionary: it cannot be decoded either
            continue
        largest = max(largest, int(width) * int(height))
    return largest


def page_ocr(file: str, settings: Settings, warn: Warn | None = None,
             starts_paragraph: Callable[[str], bool] | None = None,
             layout: LayoutSettings = LAYOUT) -> Callable[[Any, int], Slide]:
    """A callable that OCRs one pypdfium2 page into a Slide; errors name what to install.

    ``starts_paragraph`` is the same hint text pages get: a label line never continues the line above.
    """
    warn = warn or _ignore
    budget = settings.ocr_budget
    spent = 0.0

    def run(page: Any, number: int) -> Slide:
        nonlocal spent
        if shutil.which("tesseract") is None:
            raise MissingToolError(file, "page has no text layer and Tesseract is not installed "
                                         "(apt-get install tesseract-ocr), or run with --no-ocr")
        wanted = [lang for lang in settings.ocr_languages.split("+") if lang]
        missing = [lang for lang in wanted if _languages() and lang not in _languages()]
        if missing:
            raise MissingToolError(file, f"Tesseract has no '{'+'.join(missing)}' language data "
                                         f"(apt-get install tesseract-ocr-{missing[0]}), or run with --no-ocr")
        if spent >= budget:
            warn("ocr-skipped", f"page has no text layer; not OCR'd, the file's {budget:.0f} s OCR budget is spent",
                 number)
            return Slide(number=number)
        pixels = largest_image(page)
        if pixels > MAX_IMAGE_PIXELS:
            warn("ocr-skipped", f"page has no text layer; not OCR'd, its image declares {pixels:,} pixels "
                                "(a decompression bomb?)", number)
            return Slide(number=number)
        from plandeck.extract.read.ocr_layout import OcrTimeout, ocr_slide

        started = time.monotonic()
        try:
            return ocr_slide(page, number, settings, timeout=max(1.0, min(PAGE_TIMEOUT_SECONDS, budget - spent)),
                             starts_paragraph=starts_paragraph, layout=layout)
        except OcrTimeout:
            warn("ocr-skipped", "page has no text layer; OCR ran out of time on it", number)
        except (MemoryError, RecursionError):
            raise
        except Exception as exc:  # pytesseract.TesseractError, a render failure, an undecodable image
            reason = " ".join(str(exc).split())[:120] or type(exc).__name__
            warn("ocr-skipped", f"page has no text layer; OCR failed ({reason})", number)
        finally:
            spent += time.monotonic() - started
        return Slide(number=number)

    return run
