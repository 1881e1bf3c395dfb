"""Reads PDF decks into the format-neutral model: the document opened, each page assembled into a slide.

A page's characters (:mod:`chars`) become text blocks (:mod:`layout`) once the tables
(:mod:`pdf_tables`) have taken the characters they cover. Pages with no text layer are
handed to OCR when it is on. A page that will not load costs that page only, reported
through a warning; a truncated file is given one repair attempt before it is refused.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from plandeck.errors import EncryptedError, LimitError, PlandeckError, UnreadableError, UnsupportedError
from plandeck.extract.read.chars import MAX_CHARS_PER_PAGE, page_chars, page_frame, raw_chars
from plandeck.extract.read.layout import text_blocks
from plandeck.extract.read.pdf_tables import outside_tables, page_tables
from plandeck.extract.read.settings import LAYOUT, LayoutSettings
from plandeck.model import Deck, RawWarning, Slide, SourceInfo
from plandeck.settings import Settings

# A hint about a line's text: does it start a paragraph (a label), is it a field name (a table header cell).
TextTest = Callable[[str], bool]
# Called with (code, message, page number or None) for damage that was worked around.
Warn = Callable[[str, str, int | None], None]
# OCR of one page with no text layer: (page, page number) -> slide.
PageOcr = Callable[[pdfium.PdfPage, int], Slide]


def _ignore(code: str, message: str, unit: int | None) -> None:
    return None


def read_pdf(path: Path, settings: Settings, digest: str, hints: Callable[[], tuple[TextTest, TextTest]],
             layout: LayoutSettings = LAYOUT) -> Deck:
    """A PDF deck, one slide per page; ``hints`` gives (starts_paragraph, is_field), asked once the file opens."""
    warnings: list[RawWarning] = []

    def warn(code: str, message: str, unit: int | None) -> None:
        warnings.append(RawWarning(code, message, unit))

    pdf = _open_pdf(path, settings, warn)
    try:
        pages = len(pdf)
        if pages > settings.max_units:
            raise LimitError(path.name, f"{pages} pages, over the limit of {settings.max_units} (--max-units)")
        starts_paragraph, is_field = hints()
        ocr = None
        if settings.ocr:
            from plandeck.extract.read.ocr import page_ocr

            ocr = page_ocr(path.name, settings, warn, starts_paragraph, layout)
        slides = list(iter_pages(pdf, ocr, starts_paragraph, warn, is_field, layout))
    finally:
        pdf.close()
    warnings += [RawWarning("ocr", "page read by OCR: check its facts", s.number) for s in slides if s.ocr]
    warnings.sort(key=lambda w: (w.unit or 0))
    return Deck(source=SourceInfo(file=path.name, sha256=digest, format="pdf", units=pages), slides=slides,
                warnings=warnings)


def iter_pages(pdf: pdfium.PdfDocument, ocr: PageOcr | None = None, starts_paragraph: TextTest | None = None,
               warn: Warn | None = None, is_field: TextTest | None = None,
               layout: LayoutSettings = LAYOUT) -> Iterator[Slide]:
    """Yield every page of an open PDF as a slide."""
    for index in range(len(pdf)):
        yield page_slide(pdf, index, ocr, starts_paragraph, warn, is_field, layout)


def page_slide(pdf: pdfium.PdfDocument, index: int, ocr: PageOcr | None = None,
               starts_paragraph: TextTest | None = None, warn: Warn | None = None,
               is_field: TextTest | None = None, layout: LayoutSettings = LAYOUT) -> Slide:
    """One page as a slide of blocks (the caller puts them in reading order).

    A page PDFium cannot load (a cycle in the page tree, a damaged page object), or one a
    reader raises on while assembling it, is an empty slide and a warning, so the pages
    after it keep their numbers. Coded errors (OCR's missing tool or time limit) and
    running out of memory still stop the file.
    """
    warn = warn or _ignore
    try:
        page = pdf[index]
    except pdfium.PdfiumError as exc:
        warn("damaged-page", f"page could not be loaded ({' '.join(str(exc).split())[:120]})", index + 1)
        return Slide(number=index + 1)
    try:
        return _page_slide(page, index, ocr, starts_paragraph, warn, is_field, layout)
    except (PlandeckError, MemoryError):
        raise
    except Exception as exc:
        warn("damaged-page", f"page could not be read ({' '.join(str(exc).split())[:120] or type(exc).__name__})",
             index + 1)
        return Slide(number=index + 1)
    finally:
        page.close()


def _page_slide(page: pdfium.PdfPage, index: int, ocr: PageOcr | None, starts_paragraph: TextTest | None,
                warn: Warn, is_field: TextTest | None, layout: LayoutSettings) -> Slide:
    """The page's text blocks and tables, or its OCR; may raise on a damaged page (the caller contains it)."""
    textpage = page.get_textpage()
    try:
        if textpage.count_chars() > MAX_CHARS_PER_PAGE:
            warn("page-truncated", f"page holds over {MAX_CHARS_PER_PAGE:,} characters; only the first "
                                   "were read", index + 1)
        raw = raw_chars(textpage)
    finally:
        textpage.close()
    frame = page_frame(page, raw)
    chars = page_chars(raw, frame)
    width, height = frame.width, frame.height
    if not any(not c.generated and not c.ch.isspace() for c in chars):
        if ocr is not None and _has_images(page):
            return ocr(page, index + 1)
        return Slide(number=index + 1, size=(width, height))
    tables = page_tables(page, frame, chars, is_field, layout)
    chars = outside_tables(chars, tables, width, height)
    return Slide(number=index + 1, blocks=text_blocks(chars, width, height, starts_paragraph, layout) + tables,
                 size=(width, height))


def _has_images(page: pdfium.PdfPage) -> bool:
    return any(True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3))


_OBJ = re.compile(rb"(?:^|[\r\n])\s*(\d{1,10})\s+(\d{1,5})\s+obj\b")
_CATALOG = re.compile(rb"/Type\s*/Catalog\b")


def _with_trailer(data: bytes) -> bytes | None:
    """A truncated PDF with a trailer appended, or None when no catalog object survives in plain text.

    A download cut short loses the cross-reference table and trailer at the end of the
    file; PDFium rebuilds the table from the objects when a trailer remains, but not the
    trailer itself. The catalog is found by scanning, so this cannot help when it sits in
    a compressed object stream.
    """
    starts = [(m.start(), m.group(1), m.group(2)) for m in _OBJ.finditer(data)]
    for (start, number, generation), following in zip(starts, [*starts[1:], (len(data), b"", b"")], strict=True):
        if _CATALOG.search(data, start, following[0]):
            size = max(int(n) for _, n, _ in starts) + 1
            return data + b"\ntrailer\n<< /Root %s %s R /Size %d >>\n%%%%EOF\n" % (number, generation, size)
    return None


def _open_pdf(path: Path, settings: Settings, warn: Warn) -> pdfium.PdfDocument:
    """pypdfium2's document of the file, or of a repaired copy of it.

    Load errors are told apart by PDFium's error code; a damaged file is given one
    repair attempt (see :func:`_with_trailer`) before it is called unreadable.
    """
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        return pdfium.PdfDocument(str(path), password=settings.password)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == pdfium_c.FPDF_ERR_FORMAT:
            repaired = _with_trailer(path.read_bytes())
            if repaired is not None:
                try:
                    pdf = pdfium.PdfDocument(repaired, password=settings.password)
                except pdfium.PdfiumError as again:
                    code = getattr(again, "err_code", code)
                else:
                    warn("repaired", "the file's cross-reference table and trailer were missing (a truncated "
                                     "download?); read from the objects that survive", None)
                    return pdf
        if code == pdfium_c.FPDF_ERR_PASSWORD or "password" in str(exc).lower():
            if settings.password:
                raise EncryptedError(path.name, "the password given does not open this PDF") from None
            raise EncryptedError(path.name, "password-protected PDF; give the password with --password") from None
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise UnsupportedError(path.name, "PDF uses an encryption scheme PDFium does not support") from None
        if code == pdfium_c.FPDF_ERR_FILE:
            raise UnreadableError(path.name, "cannot open the file") from None
        raise UnreadableError(path.name, "not a readable PDF (damaged beyond repair: no usable cross-reference "
                                         "table or trailer)") from None
