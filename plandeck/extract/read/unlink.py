"""External links taken out of an OpenDocument package before LibreOffice opens it.

An ODP may draw an image, an OLE object, a floating frame, a plugin or a fill from a
URL or from a file anywhere on disk (``xlink:href="http://…"``, ``"/etc/…"``,
``"../../x"``), and LibreOffice fetches them while it converts: a deck could make the
machine that reads it call out, or read files beside it. Plandeck reads text only, so
every element that *loads* something from outside the package is dropped; text
hyperlinks (``text:a``), which nothing follows while converting, stay. Parts that are not
XML, and links that point inside the package (``Pictures/…``, ``./Object 1``, ``#slide``)
are left as they are.
"""
from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
# Hyperlinks in text: followed only when a reader clicks, never while converting.
_KEPT = {f"{{{_TEXT_NS}}}a"}
# A scheme (http:, file:, smb:, vnd.sun.star.…:), an absolute or UNC path, or a climb out of the package.
_EXTERNAL = re.compile(r"^\s*(?:[A-Za-z][A-Za-z0-9+.-]*:|[/\\]|.*(?:^|[/\\])\.\.(?:[/\\]|$))")


def is_external(href: str) -> bool:
    """True for a link that leaves the package: any URL scheme, an absolute path, or ``..``."""
    return bool(_EXTERNAL.match(href)) and not href.lstrip().startswith("#")


def strip_external_links(data: bytes) -> tuple[bytes, int]:
    """The package with every element that loads an external resource removed, and how many were.

    The package comes back unchanged (same bytes) when it links to nothing outside.
    """
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    changed: dict[str, bytes] = {}
    removed = 0
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for info in zf.infolist():
            if not info.filename.lower().endswith(".xml"):
                continue
            raw = zf.read(info)
            if b"href" not in raw:
                continue
            try:
                root = etree.fromstring(raw, parser)
            except etree.XMLSyntaxError:
                continue  # LibreOffice will refuse the part too
            doomed = [el for el in root.iter() if isinstance(el.tag, str) and el.tag not in _KEPT
                      and is_external(el.get(_XLINK_HREF, ""))]
            for el in doomed:
                parent = el.getparent()
                if parent is not None:
                    parent.remove(el)
                else:
                    del el.attrib[_XLINK_HREF]
            if doomed:
                removed += len(doomed)
                changed[info.filename] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
        if not changed:
            return data, 0
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as dst:
            for info in zf.infolist():
                body = changed.get(info.filename)
                dst.writestr(info, zf.read(info) if body is None else body)
    return out.getvalue(), removed
