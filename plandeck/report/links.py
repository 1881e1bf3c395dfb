"""Links from every value in the report back to the deck and slide it came from.

A reader who doubts a date wants the slide it was read from. The report may be opened
from anywhere its folder is copied to, so links are relative to the report's folder,
with ``#slide=N`` (the convention PDF viewers and plandeck share for "page/slide N").
All text goes through :func:`html.escape`: deck text is untrusted.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from html import escape
from pathlib import Path
from urllib.parse import quote


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

    @classmethod
    def to(cls, deck: Path, report_dir: Path) -> DeckLinks:
        return cls(relative_href(deck, report_dir), deck.name)

    def href(self, slide: int | None) -> str:
        return f"{self.href_base}#slide={slide}" if slide else self.href_base

    def tooltip(self, slide: int | None) -> str:
        return f"{self.file}, slide {slide}" if slide else self.file

    def anchor(self, text: str, slide: int | None, css: str = "") -> str:
        """``<a>`` to the slide with the escaped text; empty text gives nothing to click."""
        if not text:
            return ""
        cls = f' class="{escape(css)}"' if css else ""
        return (f'<a href="{escape(self.href(slide))}" title="{escape(self.tooltip(slide))}"{cls}>'
                f"{escape(text)}</a>")
