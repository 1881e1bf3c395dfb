"""Run settings: one frozen object passed to every stage, never module globals."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Settings:
    """Knobs a user can turn from the CLI; defaults suit an unattended batch."""

    languages: tuple[str, ...] = ("en", "fr", "es", "de", "pt", "it", "nl")
    ocr: bool = True
    ocr_languages: str = "eng"
    ocr_budget: float = 40.0
    password: str | None = None
    max_file_bytes: int = 200 * 1024 * 1024
    max_units: int = 1000
    max_zip_members: int = 5000
    max_unzipped_bytes: int = 500 * 1024 * 1024
    max_compression_ratio: float = 200.0
    convert_timeout: float = 120.0
    # A corrections file applied to every document (see plandeck.corrections); None for none.
    corrections: Path | None = None

    def __post_init__(self) -> None:
        if self.max_units < 1 or self.max_file_bytes < 1:
            raise ValueError("limits must be positive")
        if not self.languages:
            raise ValueError("at least one language is needed")
