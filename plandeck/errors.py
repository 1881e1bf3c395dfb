"""Errors plandeck reports, each with a stable code a batch report can group by.

PlandeckError
 ├── UnreadableError     the file cannot be read as a deck: corrupt, truncated, empty, not a deck
 ├── UnsupportedError    a format plandeck does not read (e.g. a spreadsheet, a .ppt from PowerPoint 4)
 ├── EncryptedError      password protected and no (right) password given
 ├── LimitError          over a configured cap: size, slides/pages, zip members, compression ratio
 ├── MissingToolError    an external program is needed and not installed (LibreOffice, Tesseract)
 ├── TimeoutError_       a file took longer than the per-file time limit
 └── InvalidError        a corrections file or a plandeck/1 document that breaks its rules

Every error names the file; ``str(err)`` is the one-line message a user sees. They
pickle cleanly so they cross process-pool boundaries intact.

File names and deck text are untrusted: a name holding a newline could print a forged
``plandeck: error:`` line, an ESC sequence could drive the terminal, a bidi override
could make a name read backwards. :func:`printable` is the one escaping every message
goes through before it is printed or recorded (stderr, ``errors.csv``).
"""
from __future__ import annotations

import re

# Control characters (C0, DEL, C1), line and paragraph separators, and the bidi marks,
# embeddings, overrides and isolates that reorder what a terminal shows.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def printable(text: object) -> str:
    """``text`` as one safe line: each unsafe character written as its Python escape (``\\n``, ``\\x1b``).

    Idempotent (the escapes are plain ASCII), so a message escaped where it is made and
    again where it is printed reads the same.
    """
    return _UNSAFE.sub(lambda m: ascii(m.group())[1:-1], str(text))


class PlandeckError(Exception):
    """Base of every error plandeck raises on purpose."""

    code = "error"

    def __init__(self, file: str, reason: str, unit: int | None = None) -> None:
        super().__init__(file, reason, unit)
        self.file = file
        self.reason = reason
        self.unit = unit

    def __str__(self) -> str:
        where = f" (slide/page {self.unit})" if self.unit is not None else ""
        return printable(f"{self.file}{where}: {self.reason} [{self.code}]")


class UnreadableError(PlandeckError):
    code = "unreadable"


class UnsupportedError(PlandeckError):
    code = "unsupported"


class EncryptedError(PlandeckError):
    code = "encrypted"


class LimitError(PlandeckError):
    code = "too-large"


class MissingToolError(PlandeckError):
    code = "missing-tool"


class TimeoutError_(PlandeckError):
    code = "timeout"


class InvalidError(PlandeckError):
    code = "invalid"
