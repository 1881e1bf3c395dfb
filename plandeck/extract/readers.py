"""Opens any supported deck and returns the format-neutral :class:`Deck`.

Third-party errors are translated here, at the boundary, into plandeck errors whose
one-line message names the file and what went wrong. The format is chosen from the
bytes (see :mod:`sniff`), never the extension. Damage a reader can work around (a page
that will not load, a shape python-pptx cannot parse, a page OCR had to skip) becomes a
warning on the deck instead of an error, so one bad slide never costs the whole plan.
"""
from __future__ import annotations

import io
import re
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path

from plandeck.errors import EncryptedError, LimitError, PlandeckError, UnreadableError, UnsupportedError
from plandeck.extract.furniture import drop_furniture
from plandeck.extract.guard import check_size, check_zip
from plandeck.extract.label_boxes import pair_label_boxes
from plandeck.extract.labels import matcher
from plandeck.extract.order import reading_order
from plandeck.extract.sniff import sniff
from plandeck.model import Block, BlockKind, Deck, RawWarning, SourceInfo
from plandeck.settings import Settings

Warn = Callable[[str, str, int | None], None]
_LABELS = {"pdf": "PDF", "pptx": "PPTX", "ppt": "PPT", "odp": "ODP", "ooxml-encrypted": "encrypted PPTX",
           "ppt-encrypted": "encrypted PPT"}


def read_deck(path: Path, settings: Settings) -> Deck:
    """Read one file into a Deck, whatever its format; raises PlandeckError when it cannot."""
    from plandeck.hashing import sha256_of

    name = path.name
    _check_regular_file(path)
    check_size(path, settings)
    try:
        with path.open("rb") as fh:
            head = fh.read(2048)
    except OSError as exc:
        raise UnreadableError(name, f"cannot read the file: {exc.strerror or exc}") from None
    fmt = sniff(path, head)
    digest = sha256_of(path)
    try:
        if fmt == "pdf":
            deck = _read_pdf(path, settings, digest)
        elif fmt == "pptx":
            deck = read_pptx(path, None, settings, digest, "pptx")
        elif fmt == "ooxml-encrypted":
            deck = read_pptx(path, _decrypt(path, settings), settings, digest, "pptx")
        else:
            from plandeck.extract.convert import read_converted

            if fmt == "ppt-encrypted":
                deck = _read_encrypted_ppt(path, settings, digest)
            else:
                deck = read_converted(path, fmt, settings, digest)
    except PlandeckError:
        raise
    except MemoryError:
        raise LimitError(name, "ran out of memory while reading") from None
    except RecursionError:
        raise UnreadableError(name, "structure nested too deeply (a reference loop?)") from None
    except Exception as exc:
        raise UnreadableError(name, f"cannot be read as {_LABELS.get(fmt, fmt)}: {_describe(exc)}") from None
    drop_furniture(deck.slides)
    labels = matcher()

    def is_label_alone(text: str) -> bool:
        found = labels.match(text)
        return found is not None and not found.value.strip()

    for slide in deck.slides:
        slide.blocks = _ordered(pair_label_boxes(slide.blocks, is_label_alone))
    return deck


def _check_regular_file(path: Path) -> None:
    """Refuse what is not a plain readable file before anything opens it.

    A directory called ``x.pptx``, a dangling link, or a FIFO (which would block a read
    forever) each get a one-line error instead of an exception from deep inside a parser.
    """
    name = path.name
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise UnreadableError(name, "no such file") from None
    except OSError as exc:
        raise UnreadableError(name, f"cannot read the file: {exc.strerror or exc}") from None
    if stat.S_ISDIR(mode):
        raise UnreadableError(name, "is a directory, not a file")
    if not stat.S_ISREG(mode):
        raise UnreadableError(name, "is not a regular file (a device, socket or pipe)")


def _ordered(blocks: list[Block]) -> list[Block]:
    """Reading order; top-to-bottom if a pathological slide (thousands of rows) exhausts the recursive cut."""
    try:
        return reading_order(blocks)
    except RecursionError:
        body = sorted((b for b in blocks if b.kind is not BlockKind.NOTES), key=lambda b: (b.box.y0, b.box.x0))
        return body + [b for b in blocks if b.kind is BlockKind.NOTES]


def _describe(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:200]


def _decrypt(path: Path, settings: Settings) -> bytes:
    """Decrypted bytes of a password-protected Office file (encrypted OOXML or RC4 CryptoAPI .ppt)."""
    import msoffcrypto
    from msoffcrypto.exceptions import DecryptionError, InvalidKeyError

    if not settings.password:
        raise EncryptedError(path.name, "password-protected; give the password with --password")
    try:
        with path.open("rb") as fh:
            office = msoffcrypto.OfficeFile(fh)
            office.load_key(password=settings.password)
            out = io.BytesIO()
            office.decrypt(out)
    except InvalidKeyError:
        raise EncryptedError(path.name, "the password given does not open this file") from None
    except DecryptionError as exc:
        raise EncryptedError(path.name, f"cannot decrypt with the password given ({_describe(exc)})") from None
    except Exception as exc:  # a damaged EncryptionInfo: msoffcrypto raises anything from ValueError to AssertionError
        raise UnreadableError(path.name, f"damaged encryption headers ({_describe(exc)})") from None
    return out.getvalue()


def _read_encrypted_ppt(path: Path, settings: Settings, digest: str) -> Deck:
    """A password-protected PowerPoint 97-2003 file: decrypted in memory, then converted.

    msoffcrypto checks the password reliably, but its decryption of this format can leave
    the record index damaged (the UserEditAtom is overwritten), which LibreOffice then
    refuses; that case is reported as unsupported with what to do, not as a corrupt file.
    """
    from plandeck.extract.convert import read_converted

    data = _decrypt(path, settings)
    try:
        return read_converted(path, "ppt", settings, digest, data)
    except UnreadableError:
        raise UnsupportedError(path.name, "password accepted, but this legacy .ppt encryption (RC4 CryptoAPI) "
                                          "cannot be decrypted into a readable deck; open it in PowerPoint "
                                          "and save it as PPTX") from None


def read_pptx(path: Path, data: bytes | None, settings: Settings, digest: str, fmt: str) -> Deck:
    """A PPTX deck from its bytes (``data``) or from ``path``; errors and warnings name ``path``."""
    from plandeck.extract.pptx_reader import NotAPresentation, iter_slides

    slides_declared = check_zip(path, data, settings)
    warnings: list[RawWarning] = []

    def warn(code: str, message: str, unit: int | None) -> None:
        warnings.append(RawWarning(code, message, unit))

    try:
        slides = list(iter_slides(data if data is not None else path, warn))
    except NotAPresentation as exc:
        raise UnsupportedError(path.name, f"an Office package that is not a presentation ({exc})") from None
    except zipfile.BadZipFile as exc:
        raise UnreadableError(path.name, f"corrupt zip container ({_describe(exc)})") from None
    except KeyError as exc:
        raise UnreadableError(path.name, f"package part missing: {_describe(exc)}") from None
    info = SourceInfo(file=path.name, sha256=digest, format=fmt, units=max(len(slides), 0))
    if slides_declared != len(slides):
        warnings.append(RawWarning("hidden-parts", f"{slides_declared} slide parts, {len(slides)} in the deck", None))
    return Deck(source=info, slides=slides, warnings=warnings)


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


def _open_pdf(path: Path, settings: Settings, warn: Warn):
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


def _read_pdf(path: Path, settings: Settings, digest: str) -> Deck:
    from plandeck.extract.pdf_reader import iter_pages

    warnings: list[RawWarning] = []

    def warn(code: str, message: str, unit: int | None) -> None:
        warnings.append(RawWarning(code, message, unit))

    pdf = _open_pdf(path, settings, warn)
    try:
        pages = len(pdf)
        if pages > settings.max_units:
            raise LimitError(path.name, f"{pages} pages, over the limit of {settings.max_units} (--max-units)")
        labels = matcher()

        def starts_paragraph(text: str) -> bool:
            return labels.match(text) is not None

        ocr = None
        if settings.ocr:
            from plandeck.extract.ocr import page_ocr

            ocr = page_ocr(path.name, settings, warn, starts_paragraph)
        slides = list(iter_pages(pdf, ocr, starts_paragraph, warn,
                                 lambda cell: labels.header_key(cell) is not None))
    finally:
        pdf.close()
    warnings += [RawWarning("ocr", "page read by OCR: check its facts", s.number) for s in slides if s.ocr]
    warnings.sort(key=lambda w: (w.unit or 0))
    return Deck(source=SourceInfo(file=path.name, sha256=digest, format="pdf", units=pages), slides=slides,
                warnings=warnings)
