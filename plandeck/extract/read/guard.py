"""Checks run before a parser touches a file, so hostile input fails fast and cheaply.

python-pptx reads every zip member fully into memory and parses every XML part it knows
when the package is opened, and lxml builds about 14 bytes of tree per byte of dense
XML. So, from the zip's central directory alone (nothing is inflated), the member count,
total uncompressed size, compression ratio and XML sizes are capped first; then the
prolog of every XML part is scanned for a DTD (billion-laughs and external-entity tricks)
before any parser sees it. python-pptx's parser does not resolve entities either; the
scan makes the refusal explicit and early, whatever the parser does.

Python's zipfile never inflates a member past the size its header declares (it fails
the CRC check instead), so the declared sizes checked here really bound what is read.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import IO

from plandeck.errors import LimitError, UnreadableError
from plandeck.extract.read.slide_list import SlideCensus, census
from plandeck.settings import Settings

# One XML part may unpack to this much (the largest real slide part seen is under 2 MB).
MAX_XML_PART_BYTES = 16 * 1024 * 1024
# All XML parts together (the largest real deck seen has under 7 MB): keeps lxml's trees well under 1 GiB.
MAX_XML_TOTAL_BYTES = 40 * 1024 * 1024
# A prolog (declaration, comments, DOCTYPE) longer than this before the root element is itself suspicious.
MAX_PROLOG_BYTES = 256 * 1024
# The ratio check applies only above this size: small parts compress wildly without harm.
_RATIO_FLOOR = 10 * 1024 * 1024


def check_size(path: Path, settings: Settings) -> int:
    """The file's size, or an error if it is over the cap."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UnreadableError(path.name, f"cannot read the file: {exc.strerror or exc}") from None
    if size > settings.max_file_bytes:
        raise LimitError(path.name, f"file is {size:,} bytes, over the {settings.max_file_bytes:,}-byte limit "
                                    "(raise it with --max-file-mb)")
    return size


def check_zip(path: Path, data: bytes | None, settings: Settings) -> SlideCensus:
    """Caps for OOXML/ODP containers; returns the slides counted from the presentation's slide list."""
    source = path if data is None else io.BytesIO(data)
    try:
        with zipfile.ZipFile(source) as zf:
            infos = zf.infolist()
            _check_sizes(path.name, infos, settings)
            for info in infos:
                if _is_xml(info) and info.file_size:
                    with zf.open(info) as fh:
                        if _declares_dtd(fh):
                            raise UnreadableError(path.name, f"XML part {info.filename} declares a DTD or entities, "
                                                             "which decks never need (entity expansion attack?)")
            slides = census(zf)
    except zipfile.BadZipFile as exc:
        raise UnreadableError(path.name, f"corrupt or truncated zip container ({_short(exc)})") from None
    except (NotImplementedError, RuntimeError, EOFError, OSError, ValueError) as exc:
        # An encrypted member, an unknown compression method, a member header that lies about its offset.
        raise UnreadableError(path.name, f"corrupt zip container ({_short(exc)})") from None
    if slides.units > settings.max_units:
        raise LimitError(path.name, f"{slides.units} slides, over the limit of {settings.max_units} (--max-units)")
    return slides


def _short(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:160] or type(exc).__name__


def _is_xml(info: zipfile.ZipInfo) -> bool:
    return info.filename.lower().endswith((".xml", ".rels", ".vml"))


def _check_sizes(name: str, infos: list[zipfile.ZipInfo], settings: Settings) -> None:
    if len(infos) > settings.max_zip_members:
        raise LimitError(name, f"zip holds {len(infos)} members, over the limit of {settings.max_zip_members}")
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if total > settings.max_unzipped_bytes:
        raise LimitError(name, f"zip unpacks to {total:,} bytes, over the limit of "
                               f"{settings.max_unzipped_bytes:,} (a zip bomb?)")
    if total / packed > settings.max_compression_ratio and total > _RATIO_FLOOR:
        raise LimitError(name, f"compression ratio {total / packed:.0f}:1 is suspicious (a zip bomb?)")
    xml = [i for i in infos if _is_xml(i)]
    biggest = max(xml, key=lambda i: i.file_size, default=None)
    if biggest is not None and biggest.file_size > MAX_XML_PART_BYTES:
        raise LimitError(name, f"XML part {biggest.filename} unpacks to {biggest.file_size:,} bytes, over the "
                               f"{MAX_XML_PART_BYTES:,}-byte limit for one part")
    xml_total = sum(i.file_size for i in xml)
    if xml_total > MAX_XML_TOTAL_BYTES:
        raise LimitError(name, f"XML parts unpack to {xml_total:,} bytes, over the {MAX_XML_TOTAL_BYTES:,}-byte "
                               "limit")


def _decode(raw: bytes) -> str:
    """Prolog bytes as text, whatever of UTF-8/16/32 the part is in (a UTF-16 DOCTYPE must not slip past)."""
    for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
                       (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if raw.startswith(bom):
            return raw[len(bom):].decode(codec, "replace")
    if raw[:4] == b"<\x00\x00\x00":
        return raw.decode("utf-32-le", "replace")
    if raw[:4] == b"\x00\x00\x00<":
        return raw.decode("utf-32-be", "replace")
    if raw[:2] == b"<\x00":
        return raw.decode("utf-16-le", "replace")
    if raw[:2] == b"\x00<":
        return raw.decode("utf-16-be", "replace")
    return raw.decode("utf-8", "replace")


def _declares_dtd(fh: IO[bytes]) -> bool:
    """True if the part's prolog (everything before the root element) holds a DOCTYPE or ENTITY.

    A DTD can only appear before the root element, but comments and processing
    instructions may pad it arbitrarily far from the start, so the scan follows the
    prolog rather than a fixed number of bytes. A prolog longer than
    :data:`MAX_PROLOG_BYTES` counts as a DTD: nothing legitimate needs one.
    """
    raw = b""
    while True:
        chunk = fh.read(4096)
        raw += chunk
        text = _decode(raw)
        verdict = _prolog_verdict(text)
        if verdict is not None:
            return verdict
        if not chunk:
            return False  # no root element at all: the parser will reject it
        if len(raw) > MAX_PROLOG_BYTES:
            return True


def _prolog_verdict(text: str) -> bool | None:
    """True: a DTD before the root; False: root reached cleanly; None: need more text."""
    i = 0
    n = len(text)
    while True:
        i = text.find("<", i)
        if i < 0 or i + 1 >= n:
            return None
        if text.startswith("<?", i):
            end = text.find("?>", i + 2)
            if end < 0:
                return None
            i = end + 2
        elif text.startswith("<!--", i):
            end = text.find("-->", i + 4)
            if end < 0:
                return None
            i = end + 3
        else:
            # The root element (False), or <!DOCTYPE or another declaration, equally foreign to a deck (True).
            return text.startswith("<!", i)
