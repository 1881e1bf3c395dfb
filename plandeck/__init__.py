"""plandeck: action-plan slide decks to structured data.

The stages are ``plandeck.extract`` (decks to slides and raw facts),
``plandeck.normalize`` (raw facts to the canonical schema) and ``plandeck.export``
(JSON, CSV and more); ``plandeck.batch`` runs many decks and ``plandeck.compare``
compares plans across years. :func:`plandeck.extract_file` runs the first two on one deck::

    import plandeck
    doc = plandeck.extract_file("plan.pptx")                       # a plandeck.Document
    doc = plandeck.extract_file("scan.pdf", plandeck.Settings(ocr=False))

The function is ``extract_file``, not ``extract``: ``plandeck.extract`` is the extraction
stage package, and Python sets that attribute to the package as soon as it is imported, so
a function of that name would be replaced by a module after the first extraction.

The names below are loaded on first use, so ``import plandeck`` (and ``plandeck --help``)
stays instant.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from plandeck.errors import (
        EncryptedError,
        LimitError,
        MissingToolError,
        PlandeckError,
        TimeoutError_,
        UnreadableError,
        UnsupportedError,
    )
    from plandeck.pipeline import extract as extract_file
    from plandeck.schema import (
        Document,
        Item,
        Meeting,
        Organisation,
        Period,
        Person,
        Plan,
        Provenance,
        Recurrence,
        Role,
        Source,
    )
    from plandeck.settings import Settings

_ERRORS = ("EncryptedError", "LimitError", "MissingToolError", "PlandeckError", "TimeoutError_", "UnreadableError",
           "UnsupportedError")
_MODELS = ("Document", "Item", "Meeting", "Organisation", "Period", "Person", "Plan", "Provenance", "Recurrence",
           "Role", "Source")

__all__ = [
    "Document", "EncryptedError", "Item", "LimitError", "Meeting", "MissingToolError", "Organisation", "Period",
    "Person", "Plan", "PlandeckError", "Provenance", "Recurrence", "Role", "Settings", "Source", "TimeoutError_",
    "UnreadableError", "UnsupportedError", "extract_file",
]


def __getattr__(name: str) -> Any:
    if name == "extract_file":
        from plandeck.pipeline import extract

        return extract
    if name == "Settings":
        from plandeck.settings import Settings

        return Settings
    if name in _ERRORS:
        from plandeck import errors

        return getattr(errors, name)
    if name in _MODELS:
        from plandeck import schema

        return getattr(schema, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
