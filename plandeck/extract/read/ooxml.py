"""The PresentationML and DrawingML namespaces, from python-pptx's own table, as lookup prefixes.

The PPTX reader walks a few XML elements directly (python-pptx re-runs an XPath per
property, too slow for large decks); this module is the one place their namespaces come
from, so no file spells out a namespace URI by hand.
"""
from __future__ import annotations

from pptx.oxml.ns import NamespacePrefixedTag, qn

A = "{" + NamespacePrefixedTag("a:p").nsuri + "}"  # DrawingML: text runs, fills, transforms
P = "{" + NamespacePrefixedTag("p:sp").nsuri + "}"  # PresentationML: shapes, placeholders
R_ID = qn("r:id")  # a relationship id attribute (hyperlinks)
