"""The read stage: any supported deck file (PPTX, PDF, legacy PPT, ODP, scans) to one :class:`~plandeck.model.Deck`.

Start at :func:`read_deck` (``deck.py``): it sniffs the format from the bytes, applies the
pre-parse guards and hands the file to its reader, then drops page furniture and puts
each slide's blocks in reading order. The modules, by what they do:

* ``deck``: the entry and the error boundary; ``sniff``: what a file is; ``guard``: caps
  checked before a parser runs; ``convert``: legacy .ppt/.odp to PPTX bytes (LibreOffice).
* ``pptx``, ``pptx_tables``: PPTX shapes, tables and notes to blocks (python-pptx).
* ``pdf``: PDF documents opened and each page assembled; ``chars``: a page's characters
  in one top-down frame; ``lines``: characters to lines, lines to blocks; ``paragraphs``:
  paragraphs, indent levels and the title; ``layout``: those three in a row, shared with
  OCR; ``pdf_tables``, ``whitespace_tables``: ruled and space-aligned tables.
* ``ocr``, ``ocr_layout``: pages with no text layer, through Tesseract.
* ``furniture``: repeated headers, footers and slide numbers dropped; ``order``: reading order.
* ``text``: line clean-up every reader shares; ``cluster``: the one 1-D clustering;
  ``settings``: the layout tolerances (:class:`~plandeck.extract.read.settings.LayoutSettings`).

:func:`read_deck` is loaded on first use, so that importing one small module of the stage
(``from plandeck.extract.read.text import clean_line``, say, from the extraction core)
does not pull in the whole stage and, with it, the core's own modules.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from plandeck.extract.read.deck import read_deck

__all__ = ["read_deck"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from plandeck.extract.read import deck

        return getattr(deck, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
