"""Commands that compare plans (decks or plandeck/1 JSON): ``diff``, ``history``, ``report``."""
from plandeck.cli.compare import diff, history, report

__all__ = ["diff", "history", "report"]
