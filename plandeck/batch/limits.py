"""Per-file limits every command that reads decks runs under (light to import: the CLI parses with it)."""
from __future__ import annotations

from dataclasses import dataclass

DEFAULT_TIME_LIMIT = 120.0
DEFAULT_MEMORY_MB = 1024


@dataclass(frozen=True)
class Limits:
    """Seconds of wall time and MiB of resident memory for one deck: its worker and everything it starts."""

    time_limit: float = DEFAULT_TIME_LIMIT
    memory_mb: int = DEFAULT_MEMORY_MB
