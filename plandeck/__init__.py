"""plandeck: action-plan slide decks to structured data.

The stages are ``plandeck.extract`` (decks to slides and raw facts),
``plandeck.normalize`` (raw facts to the canonical schema) and ``plandeck.export``
(JSON, CSV and more). :func:`plandeck.pipeline.extract` runs all three on one deck.
"""

__version__ = "0.1.0"
