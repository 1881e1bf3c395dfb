"""One deck in, one Document out: read, find facts, normalise. Batch runs build on this."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from plandeck import schema
from plandeck.errors import PlandeckError
from plandeck.model import Deck
from plandeck.settings import Settings


@dataclass(frozen=True)
class Engine:
    """The heavy, reusable parts of a run (rules, vocabularies), built once per process."""

    settings: Settings

    @property
    def facts(self):
        return _fact_finder()

    @property
    def normaliser(self):
        return _normaliser(self.settings.languages)

    def read(self, path: Path) -> Deck:
        from plandeck.extract.read import read_deck

        return read_deck(path, self.settings)

    def run(self, path: Path) -> schema.Document:
        """Read a deck and return its document; raises :class:`PlandeckError` for unreadable input."""
        deck = self.read(path)
        raw = self.facts.find(deck)
        doc = self.normaliser.normalise(raw)
        if self.settings.corrections is not None:
            from plandeck.corrections import apply_corrections
            from plandeck.normalize.dates import scanner

            doc = apply_corrections(doc, deck, load_corrections(self.settings), scanner(self.settings.languages))
        return doc


@cache
def _fact_finder():
    from plandeck.extract.facts import build

    return build()


@cache
def _normaliser(languages: tuple[str, ...]):
    from plandeck.normalize.dates import scanner
    from plandeck.normalize.document import Normaliser
    from plandeck.vocabulary import load

    return Normaliser(load(), scanner(languages))


def load_corrections(settings: Settings):
    """The settings' corrections file, read once per process; :class:`PlandeckError` (``invalid``) when it is bad.

    The CLI calls this before a run so a bad file stops it with one line instead of failing every deck.
    """
    assert settings.corrections is not None
    return _corrections(settings.corrections, settings.languages)


@cache
def _corrections(path: Path, languages: tuple[str, ...]):
    from plandeck.corrections import load
    from plandeck.normalize.dates import scanner

    return load(path, scanner(languages))


def extract(path: str | Path, settings: Settings | None = None) -> schema.Document:
    """Library entry point: the ``plandeck/1`` document of one deck."""
    return Engine(settings or Settings()).run(Path(path))


__all__ = ["Engine", "PlandeckError", "extract"]
