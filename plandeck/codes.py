"""The one code grammar: finding, splitting and normalising item codes ("WG3", "D1.2", "SG2/7").

The grammar is data (``data/codes.toml``); extraction (titles, code columns) and
normalisation (meeting lines naming groups) both read codes through this module so a
code such as ``D1.2`` is understood the same way everywhere.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from plandeck.vocabulary import fold, read_toml


@dataclass(frozen=True)
class CodeGrammar:
    """Compiled code patterns and the header words of code columns."""

    one: re.Pattern[str]
    anywhere: re.Pattern[str]
    prefix: re.Pattern[str]
    trailing: re.Pattern[str]
    separators: tuple[str, ...]
    column_headers: frozenset[str]
    lead: re.Pattern[str]
    numbered: re.Pattern[str]

    def normalise(self, code: str) -> str:
        """ "WG 3" and "WG-3" give "WG3"; "X.1001", "D1.2" and "JWG-DATA&AI" are kept."""
        code = code.strip()
        m = re.match(r"^([A-Za-z]+)[ -](\d.*)$", code)
        if m and not re.search(r"[A-Z]-[A-Z]", code):
            return m.group(1) + m.group(2)
        return code

    def is_code(self, text: str) -> bool:
        """Whether the whole text is one code."""
        return bool(self.one.fullmatch(text.strip()))

    def split(self, title: str) -> tuple[str | None, str]:
        """A title's code and the rest: "WG1 - IT Solutions", "Question 4/9 (Q4/9)"."""
        title = " ".join(title.split())
        numbered = self.numbered.match(title)
        if numbered:
            return numbered.group("code"), numbered.group("title")
        lead = self.lead.match(title)
        if lead:
            code, rest = self.split(title[lead.end():])
            if code:
                return code, rest
        m = self.prefix.match(title)
        if m:
            return self.normalise(m.group("code")), m.group("title").strip()
        m = self.trailing.match(title)
        if m and m.group("title").strip():
            return self.normalise(m.group("code")), m.group("title").strip()
        return None, title

    def find(self, text: str, known: frozenset[str] = frozenset(), prefixes: frozenset[str] = frozenset()) -> list[str]:
        """Codes a free line names: known codes written anywhere, and codes whose prefix is listed."""
        out: list[str] = []
        for m in self.anywhere.finditer(text):
            code = self.normalise(m.group(0))
            head = re.match(r"[A-Za-z]+", code)
            if (code in known or (head and head.group(0) in prefixes)) and code not in out:
                out.append(code)
        for code in known:
            if code not in out and re.search(rf"(?<![\w/.-]){re.escape(code)}(?![\w/&-])", text):
                out.append(code)
        return out

    def column_prefix(self, header: str) -> str | None:
        """The letters a code column's header gives its bare numbers: "WP#" -> "WP", "Task no." -> None."""
        m = re.fullmatch(r"\s*([A-Z]{1,5})\s*(?:#|no\.?|nr\.?|n°)\s*", header)
        return m.group(1) if m else None

    def is_column_header(self, header: str) -> bool:
        """Whether a table header names a column of codes ("#", "Ref", "WP#", "Kürzel")."""
        folded = " ".join(fold(header).split()).strip(" :")
        return folded in self.column_headers or self.column_prefix(header) is not None


@cache
def grammar() -> CodeGrammar:
    """The process-wide grammar, read once from ``data/codes.toml``."""
    data = read_toml("codes.toml")
    words = sorted({w for w in data["grammar"]["lead_words"]}, key=len, reverse=True)
    one = f"(?:{data['grammar']['compound']}|{data['grammar']['pattern']})"
    sep = "[" + "".join(re.escape(c) for c in data["grammar"]["title_separators"]) + "]"
    return CodeGrammar(
        one=re.compile(one),
        anywhere=re.compile(rf"(?<![\w/.&-]){one}(?![\w/&-])"),
        prefix=re.compile(rf"^(?P<code>{one})(?:\s*{sep}\s*|\s+[-–—]\s+|\s+(?=[A-Z][a-z]))(?P<title>\S.*)$"),
        trailing=re.compile(rf"^(?P<title>.*?)\s*\((?P<code>{one})\)$"),
        separators=tuple(data["grammar"]["separators"]),
        column_headers=frozenset(" ".join(fold(h).split()) for h in data["columns"]["headers"]),
        lead=re.compile(r"^(?:" + "|".join(re.escape(w) for w in words) + r")\s+(?=[A-Z])", re.IGNORECASE),
        numbered=re.compile(r"^(?P<code>(?:" + "|".join(re.escape(w) for w in data["grammar"]["numbered_words"])
                            + rf")\s+\d{{1,2}})\s*{sep}\s*(?P<title>\S.*)$", re.IGNORECASE),
    )
