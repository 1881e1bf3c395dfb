"""Opens any supported deck and returns the format-neutral :class:`Deck`.

Third-party errors are translated here, at the boundary, into plandeck errors whose
one-line message names the file and what went wrong.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from plandeck.errors import EncryptedError, LimitError, PlandeckError, UnreadableError
from plandeck.extract.furniture import drop_furniture
from plandeck.extract.guard import check_size, check_zip
from plandeck.extract.order import reading_order
from plandeck.extract.sniff import sniff
from plandeck.model import Deck, RawWarning, SourceInfo
from plandeck.settings import Settings


def read_deck(path: Path, settings: Settings) -> Deck:
    """Read one file into a Deck, whatever its format; raises PlandeckError when it cannot."""
    from plandeck.pipeline import sha256_of

    name = path.name
    if path.is_dir():
        raise UnreadableError(name, "is a directory, not a file")
    if not path.exists():
        raise UnreadableError(name, "no such file")
    check_size(path, settings)
    with path.open("rb") as fh:
        head = fh.read(2048)
    fmt = sniff(path, head)
    digest = sha256_of(path)
    try:
        if fmt == "pdf":
            deck = _read_pdf(path, settings, digest)
        elif fmt == "pptx":
            deck = _read_pptx(path, None, settings, digest, "pptx")
        elif fmt == "ooxml-encrypted":
            deck = _read_pptx(path, _decrypt_ooxml(path, settings), settings, digest, "pptx")
        else:
            from plandeck.extract.convert import read_converted

            deck = read_converted(path, fmt, settings, digest)
    except PlandeckError:
        raise
    except MemoryError:
        raise LimitError(name, "ran out of memory while reading") from None
    except RecursionError:
        raise UnreadableError(name, "structure nested too deeply (a reference loop?)") from None
    except Exception as exc:
        raise UnreadableError(name, f"cannot be read as {fmt.upper()}: {_describe(exc)}") from None
    drop_furniture(deck.slides)
    for slide in deck.slides:
        slide.blocks = reading_order(slide.blocks)
    return deck


def _describe(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:200]


def _decrypt_ooxml(path: Path, settings: Settings) -> bytes:
    import msoffcrypto

    if not settings.password:
        raise EncryptedError(path.name, "password-protected; give the password with --password")
    try:
        with path.open("rb") as fh:
            office = msoffcrypto.OfficeFile(fh)
            office.load_key(password=settings.password)
            out = io.BytesIO()
            office.decrypt(out)
    except Exception as exc:
        raise EncryptedError(path.name, f"cannot decrypt with the password given ({_describe(exc)})") from None
    return out.getvalue()


def _read_pptx(path: Path, data: bytes | None, settings: Settings, digest: str, fmt: str) -> Deck:
    from plandeck.extract.pptx_reader import iter_slides

    slides_declared = check_zip(path, data, settings)
    source = io.BytesIO(data) if data is not None else path
    try:
        slides = list(iter_slides(source))
    except zipfile.BadZipFile:
        raise UnreadableError(path.name, "corrupt or truncated zip container") from None
    except KeyError as exc:
        raise UnreadableError(path.name, f"package part missing: {_describe(exc)}") from None
    info = SourceInfo(file=path.name, sha256=digest, format=fmt, units=max(len(slides), 0))
    warnings = []
    if slides_declared != len(slides):
        warnings.append(RawWarning("hidden-parts", f"{slides_declared} slide parts, {len(slides)} in the deck", None))
    return Deck(source=info, slides=slides, warnings=warnings)


def _read_pdf(path: Path, settings: Settings, digest: str) -> Deck:
    import pypdfium2 as pdfium

    from plandeck.extract.pdf_reader import PdfTables, iter_pages

    try:
        pdf = pdfium.PdfDocument(str(path), password=settings.password)
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower():
            if settings.password:
                raise EncryptedError(path.name, "the password given does not open this PDF") from None
            raise EncryptedError(path.name, "password-protected PDF; give the password with --password") from None
        raise UnreadableError(path.name, f"not a readable PDF ({_describe(exc)})") from None
    tables = PdfTables(path, settings.password)
    try:
        pages = len(pdf)
        if pages > settings.max_units:
            raise LimitError(path.name, f"{pages} pages, over the limit of {settings.max_units} (--max-units)")
        ocr = None
        if settings.ocr:
            from plandeck.extract.ocr import page_ocr

            ocr = page_ocr(path.name, settings)
        from plandeck.extract.labels import matcher

        labels = matcher()
        slides = list(iter_pages(pdf, tables, ocr, lambda text: labels.match(text) is not None))
    finally:
        tables.close()
        pdf.close()
    warnings = [RawWarning("ocr", "page read by OCR: check its facts", s.number) for s in slides if s.ocr]
    return Deck(source=SourceInfo(file=path.name, sha256=digest, format="pdf", units=pages), slides=slides,
                warnings=warnings)
