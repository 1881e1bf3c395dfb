"""Links from every value in the report back to the deck and slide (or page) it came from.

A reader who doubts a date wants the slide it was read from. The report may be opened
from anywhere its folder is copied to, so links are relative to the report's folder.
The fragment names the place the way the file's viewers understand it: PDF viewers
(browsers, Acrobat, pdf.js) open ``#page=N`` at page N and ignore anything else, so PDFs
get ``#page=N``; no PPTX/PPT/ODP viewer honours a fragment, so slides keep plandeck's own
``#slide=N``, harmless to them and readable by a person. All text goes through
:func:`html.escape`: deck text is untrusted.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from html import escape
from pathlib import Path
from urllib.parse import quote

# Formats whose units are pages (and whose viewers open ``#page=N``); every other format has slides.
PAGED_FORMATS = frozenset({"pdf"})


def unit_name(fmt: str) -> str:
    """What one unit of a deck of format ``fmt`` is called: ``page`` for PDFs, ``slide`` otherwise."""
    return "page" if fmt in PAGED_FORMATS else "slide"


def relative_href(target: Path, base_dir: Path) -> str:
    """A URL for ``target`` relative to ``base_dir`` (percent-encoded, ``/`` separators)."""
    try:
        rel = os.path.relpath(target.resolve(), base_dir.resolve())
    except ValueError:  # another drive on Windows: no relative path exists
        return target.resolve().as_uri()
    return quote(Path(rel).as_posix(), safe="/")


@dataclass(frozen=True)
class DeckLinks:
    """Makes links into one deck: ``href`` relative to the report, tooltip ``"file, slide N"``."""

    href_base: str
    file: str
    unit: str = "slide"

    @classmethod
    def to(cls, deck: Path, report_dir: Path, fmt: str) -> DeckLinks:
        return cls(relative_href(deck, report_dir), deck.name, unit_name(fmt))

    def href(self, slide: int | None) -> str:
        return f"{self.href_base}#{self.unit}={slide}" if slide else self.href_base

    def tooltip(self, slide: int | None) -> str:
        return f"{self.file}, {self.unit} {slide}" if slide else self.file

    def anchor(self, text: str, slide: int | None, css: str = "") -> str:
        """``<a>`` to the slide with the escaped text; empty text gives nothing to click."""
        if not text:
            return ""
        cls = f' class="{escape(css)}"' if css else ""
        return (f'<a href="{escape(self.href(slide))}" title="{escape(self.tooltip(slide))}"{cls}>'
                f"{escape(text)}</a>")
