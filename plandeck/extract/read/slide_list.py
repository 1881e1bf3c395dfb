"""How many slides a PPTX package holds, counted the way a reader finds them, before one is parsed.

Part names mean nothing in OOXML: a slide may live at ``ppt/slides/slide7.xml`` or at
``ppt/x/page-0042.xml``. A reader follows the package's relationships from
``_rels/.rels`` to the main part, whose ``p:sldIdLst`` lists the slides and whose own
relationships point at their parts; python-pptx loads every part reachable that way,
whatever its name. So the slide cap (``--max-units``) counts all three: the slides
listed, the slide relationships of the main part and the parts declared as slides in
``[Content_Types].xml``, and takes the largest. Elements are matched by local name, so
strict-OOXML namespaces count too. The caller has already refused any part with a DTD (and defusedxml would too).
"""
from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO
from xml.etree.ElementTree import Element, ParseError

from defusedxml.ElementTree import iterparse

_RELS = "_rels/.rels"
_CONTENT_TYPES = "[Content_Types].xml"
_SLIDE_CONTENT_TYPE = "presentationml.slide+xml"


@dataclass(frozen=True, slots=True)
class SlideCensus:
    """Slides as the presentation lists them, relates to them, and declares parts for them."""

    listed: int = 0
    related: int = 0
    typed: int = 0

    @property
    def units(self) -> int:
        """What a reader may end up parsing: the largest of the three counts."""
        return max(self.listed, self.related, self.typed)


def census(zf: zipfile.ZipFile) -> SlideCensus:
    """Count the slides of an open package; parts that are absent or broken count as none."""
    names = set(zf.namelist())
    typed = sum(1 for kind in part_types(zf).values() if kind.endswith(_SLIDE_CONTENT_TYPE))
    main = next((_target("", el.get("Target", "")) for el in _elements(zf, _RELS, names, "Relationship")
                 if el.get("Type", "").endswith("/officeDocument")), None)
    if main is None:
        return SlideCensus(typed=typed)
    listed = sum(1 for _ in _elements(zf, main, names, "sldId"))
    folder, base = posixpath.split(main)
    rels = posixpath.join(folder, "_rels", base + ".rels")
    related = sum(1 for el in _elements(zf, rels, names, "Relationship")
                  if el.get("Type", "").endswith("/slide") and el.get("TargetMode") != "External")
    return SlideCensus(listed=listed, related=related, typed=typed)


def part_types(zf: zipfile.ZipFile) -> dict[str, str]:
    """Member name -> content type, for the parts ``[Content_Types].xml`` names one by one."""
    return {el.get("PartName", "").lstrip("/"): el.get("ContentType", "")
            for el in _elements(zf, _CONTENT_TYPES, set(zf.namelist()), "Override")}


def _target(folder: str, target: str) -> str:
    """A relationship target as a member name: absolute from the package root, else relative to ``folder``."""
    path = target[1:] if target.startswith("/") else posixpath.join(folder, target)
    return posixpath.normpath(path).lstrip("/")


def _elements(zf: zipfile.ZipFile, member: str, names: set[str], local: str) -> Iterator[Element]:
    """Elements of one member whose local name is ``local``, streamed (nothing kept), or none at all."""
    if member not in names:
        return
    with zf.open(member) as fh:
        yield from _stream(fh, local)


def _stream(fh: IO[bytes], local: str) -> Iterator[Element]:
    suffix = "}" + local
    try:
        for _, el in iterparse(fh, events=("end",), forbid_dtd=True):
            if el.tag == local or el.tag.endswith(suffix):
                yield el
            el.clear()
    except (ParseError, ValueError):  # a broken part (defusedxml's refusals are ValueErrors): none counted
        return
