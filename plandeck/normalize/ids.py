"""Stable item ids: slugs of titles, so the same item keeps its id across years."""
from __future__ import annotations

import re
import unicodedata


def slugify(text: str, max_length: int = 120) -> str:
    """ASCII, lower case, hyphen-separated; "Country/City Hub" -> "country-city-hub"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug or "item"


class IdAllocator:
    """Hands out unique ids in deck order; a clash gets ``-2``, ``-3`` ..."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def take(self, title: str, code: str | None = None, parent: str | None = None) -> str:
        base = (code.lower() if code else slugify(title))
        base = f"{parent}/{base}" if parent else base
        candidate = base
        n = 2
        while candidate in self._taken:
            candidate = f"{base}-{n}"
            n += 1
        self._taken.add(candidate)
        return candidate
