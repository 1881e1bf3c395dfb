"""Status words to the schema's enum ("On track" -> ongoing), longest phrase first."""
from __future__ import annotations

import re

from plandeck.vocabulary import Vocabulary, fold


class StatusMapper:
    """Maps free status text to ``proposed | planned | ongoing | completed | cancelled``."""

    def __init__(self, vocab: Vocabulary) -> None:
        pairs = [(phrase, status) for status, phrases in vocab.status.items() for phrase in phrases]
        pairs.sort(key=lambda p: (-len(p[0]), p[0]))
        self._pairs = [(re.compile(rf"(?<![\w-]){re.escape(p)}(?![\w-])"), s) for p, s in pairs]

    def map(self, text: str | None) -> str | None:
        """The status the earliest phrase in ``text`` names; None when no phrase is known."""
        if not text:
            return None
        folded = fold(text)
        best: tuple[int, int, str] | None = None
        for regex, status in self._pairs:
            m = regex.search(folded)
            if m and (best is None or (m.start(), -(m.end() - m.start())) < (best[0], best[1])):
                best = (m.start(), -(m.end() - m.start()), status)
        return best[2] if best else None
