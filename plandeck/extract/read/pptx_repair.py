"""A package whose slide or notes part is not well-formed XML, opened with that part emptied.

python-pptx parses every XML part when it opens a package, so one slide cut mid-element
(a damaged download, a tool's bug) or nested past the parser's depth limit used to fail
the whole deck. Here, only after opening has failed, each slide and notes part is parsed
with python-pptx's own parser; those that fail are replaced, in memory, by an empty part
of their kind, and the package is opened again. The reader turns each emptied slide into
that slide's ``damaged-slide`` warning, so the other slides are read. A broken part of
any other kind (the presentation, a layout, a master) still fails the file: every slide
depends on it.
"""
from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TypeVar

from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.oxml import serialize_part_xml
from pptx.oxml import parse_xml
from pptx.oxml.slide import CT_NotesSlide, CT_Slide

from plandeck.extract.read.slide_list import part_types

T = TypeVar("T")
# What an unparsable part of each kind is replaced with.
_EMPTY = {CT.PML_SLIDE: CT_Slide.new, CT.PML_NOTES_SLIDE: CT_NotesSlide.new}


@dataclass
class Repair:
    """The repaired package and, for each part emptied, why ("/ppt/slides/slide3.xml" -> reason)."""

    data: bytes
    emptied: dict[str, str] = field(default_factory=dict)


def open_repaired(source: Path | str | bytes | IO[bytes], open_package: Callable[[Path | str | bytes | IO[bytes]], T],
                  ) -> tuple[T, dict[str, str]]:
    """``open_package(source)``, or, when an XML part will not parse, the package with its broken slide
    and notes parts emptied; with the part names emptied and why."""
    try:
        return open_package(source), {}
    except SyntaxError:  # lxml's XMLSyntaxError is one
        repair = empty_broken_parts(package_bytes(source))
        if repair is None:
            raise
        return open_package(repair.data), repair.emptied


def package_bytes(source: Path | str | bytes | IO[bytes]) -> bytes:
    """The whole package as bytes, whatever the reader was handed."""
    if isinstance(source, bytes):
        return source
    if isinstance(source, str | Path):
        return Path(source).read_bytes()
    source.seek(0)
    return source.read()


def empty_broken_parts(raw: bytes) -> Repair | None:
    """The package with every unparsable slide and notes part emptied, or None when none of them is broken."""
    with zipfile.ZipFile(io.BytesIO(raw)) as zf:
        kinds = part_types(zf)
        broken = {}
        for name, kind in kinds.items():
            if kind in _EMPTY and name in zf.namelist():
                reason = _parse_error(zf.read(name))
                if reason is not None:
                    broken[name] = reason
        if not broken:
            return None
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zf.infolist():
                if info.filename in broken:
                    zout.writestr(info.filename, serialize_part_xml(_EMPTY[kinds[info.filename]]()))
                else:
                    zout.writestr(info, zf.read(info))
    return Repair(out.getvalue(), {"/" + name: reason for name, reason in broken.items()})


def _parse_error(blob: bytes) -> str | None:
    try:
        parse_xml(blob)
    except Exception as exc:  # lxml's XMLSyntaxError, or whatever python-pptx's element classes raise
        return " ".join(str(exc).split())[:160] or type(exc).__name__
    return None
