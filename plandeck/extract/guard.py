"""Checks run before a parser touches a file, so hostile input fails fast and cheaply.

python-pptx reads every zip member fully into memory and lxml expands entities unless
told not to; so the zip's member count, total uncompressed size and compression ratio
are capped first, and every XML part is scanned for DTDs (entity tricks) before it is
parsed.
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from plandeck.errors import LimitError, UnreadableError
from plandeck.settings import Settings

_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)


def check_size(path: Path, settings: Settings) -> int:
    """The file's size, or an error if it is over the cap."""
    size = path.stat().st_size
    if size > settings.max_file_bytes:
        raise LimitError(path.name, f"file is {size:,} bytes, over the {settings.max_file_bytes:,}-byte limit "
                                    "(raise it with --max-file-mb)")
    return size


def check_zip(path: Path, data: bytes | None, settings: Settings) -> int:
    """Caps for OOXML/ODP containers; returns the number of slide parts."""
    source = path if data is None else __import__("io").BytesIO(data)
    try:
        with zipfile.ZipFile(source) as zf:
            infos = zf.infolist()
            if len(infos) > settings.max_zip_members:
                raise LimitError(path.name, f"zip holds {len(infos)} members, over the limit of "
                                            f"{settings.max_zip_members}")
            total = sum(i.file_size for i in infos)
            packed = sum(i.compress_size for i in infos) or 1
            if total > settings.max_unzipped_bytes:
                raise LimitError(path.name, f"zip unpacks to {total:,} bytes, over the limit of "
                                            f"{settings.max_unzipped_bytes:,} (a zip bomb?)")
            if total / packed > settings.max_compression_ratio and total > 10 * 1024 * 1024:
                raise LimitError(path.name, f"compression ratio {total / packed:.0f}:1 is suspicious (a zip bomb?)")
            for info in infos:
                if info.filename.endswith((".xml", ".rels")) and info.file_size:
                    with zf.open(info) as fh:
                        head = fh.read(4096)
                    if _DOCTYPE.search(head):
                        raise UnreadableError(path.name, f"XML part {info.filename} declares a DTD or entities, "
                                                         "which decks never need (entity expansion attack?)")
            slides = sum(1 for i in infos if re.fullmatch(r"ppt/slides/slide\d+\.xml", i.filename))
    except zipfile.BadZipFile:
        raise UnreadableError(path.name, "corrupt or truncated zip container") from None
    if slides > settings.max_units:
        raise LimitError(path.name, f"{slides} slides, over the limit of {settings.max_units} (--max-units)")
    return slides
