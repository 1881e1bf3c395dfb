"""Errors plandeck reports, each with a stable code a batch report can group by.

PlandeckError
 ├── UnreadableError     the file cannot be read as a deck: corrupt, truncated, empty, not a deck
 ├── UnsupportedError    a format plandeck does not read (e.g. a spreadsheet, a .ppt from PowerPoint 4)
 ├── EncryptedError      password protected and no (right) password given
 ├── LimitError          over a configured cap: size, slides/pages, zip members, compression ratio
 ├── MissingToolError    an external program is needed and not installed (LibreOffice, Tesseract)
 ├── TimeoutError_       a file took longer than the per-file time limit
 ├── NameClashError      two inputs would get the same output name
 └── NoInputError        nothing to work on: no deck where the command line pointed

Every error names the file; ``str(err)`` is the one-line message a user sees. They
pickle cleanly so they cross process-pool boundaries intact.
"""
from __future__ import annotations


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
        return f"{self.file}{where}: {self.reason} [{self.code}]"


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


class NameClashError(PlandeckError):
    code = "name-clash"


class NoInputError(PlandeckError):
    code = "no-input"
