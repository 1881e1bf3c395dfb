"""Opens any supported deck and returns the format-neutral :class:`Deck`: the read stage's entry.

Third-party errors are translated here, at the boundary, into plandeck errors whose
one-line message names the file and what went wrong. The format is chosen from the
bytes (see :mod:`sniff`), never the extension. Damage a reader can work around (a page
that will not load, a shape python-pptx cannot parse, a page OCR had to skip) becomes a
warning on the deck instead of an error, so one bad slide never costs the whole plan.
"""
from __future__ import annotations

import io
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path

from plandeck.errors import EncryptedError, LimitError, PlandeckError, UnreadableError, UnsupportedError
from plandeck.extract.label_boxes import pair_label_boxes
from plandeck.extract.labels import matcher
from plandeck.extract.read.furniture import drop_furniture
from plandeck.extract.read.guard import check_size, check_zip
from plandeck.extract.read.order import reading_order
from plandeck.extract.read.sniff import sniff
from plandeck.model import Block, BlockKind, Deck, RawWarning, SourceInfo
from plandeck.settings import Settings

TextTest = Callable[[str], bool]
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
            from plandeck.extract.read.pdf import read_pdf

            deck = read_pdf(path, settings, digest, _pdf_hints)
        elif fmt == "pptx":
            deck = read_pptx(path, None, settings, digest, "pptx")
        elif fmt == "ooxml-encrypted":
            deck = read_pptx(path, _decrypt(path, settings), settings, digest, "pptx")
        elif fmt == "ppt-encrypted":
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
    return arrange(deck)


def arrange(deck: Deck) -> Deck:
    """What every reader's slides go through: furniture dropped, label boxes paired, reading order.

    Public so a deck built in memory (the pipeline fuzz's text path) meets the fact finder
    exactly as a read one does.
    """
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
    data = _decrypt(path, settings)
    try:
        return read_converted(path, "ppt", settings, digest, data)
    except UnreadableError:
        raise UnsupportedError(path.name, "password accepted, but this legacy .ppt encryption (RC4 CryptoAPI) "
                                          "cannot be decrypted into a readable deck; open it in PowerPoint "
                                          "and save it as PPTX") from None


def read_pptx(path: Path, data: bytes | None, settings: Settings, digest: str, fmt: str) -> Deck:
    """A PPTX deck from its bytes (``data``) or from ``path``; errors and warnings name ``path``."""
    from plandeck.extract.read.pptx import NotAPresentation, iter_slides

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
    if slides_declared.typed > len(slides):
        warnings.append(RawWarning("hidden-parts", f"{slides_declared.typed} slide parts, {len(slides)} in the deck",
                                   None))
    return Deck(source=info, slides=slides, warnings=warnings)


def read_converted(path: Path, fmt: str, settings: Settings, digest: str, data: bytes | None = None) -> Deck:
    """A legacy .ppt or .odp deck: converted to PPTX by LibreOffice, then read as PPTX.

    The converted bytes are read with the *original* path, name, format and hash, so every
    error and warning names the user's file, not LibreOffice's temporary output.
    """
    from plandeck.extract.read.convert import converted_pptx

    return read_pptx(path, converted_pptx(path, settings, data, fmt), settings, digest, fmt)


def _pdf_hints() -> tuple[TextTest, TextTest]:
    """What the PDF layout rules ask of the label vocabulary: does a line start a paragraph, is a cell a field name."""
    labels = matcher()

    def starts_paragraph(text: str) -> bool:
        return labels.match(text) is not None

    def is_field(cell: str) -> bool:
        return labels.header_key(cell) is not None

    return starts_paragraph, is_field
