"""How sure a value is, from how it was found: the scores and factors of ``data/confidence.toml``.

A score is a plain product, so a reader can recompute it: the `how` score of the rule that
found the value (a known label scores higher than a column role guessed from its cells),
times a factor for each circumstance that makes it less sure (read by OCR, merged from
several slides). The numbers are data so that a project can tune them without code.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from plandeck.vocabulary import read_toml


@dataclass(frozen=True, slots=True)
class ConfidenceRules:
    """The scores of each way of finding a value, the factors that lower them, and the warning threshold."""

    how: dict[str, float]
    factor: dict[str, float]
    low: float

    def score(self, how: str, *factors: str) -> float:
        """The score of a value found by ``how`` under ``factors`` (unknown names count as 1), rounded to 0.01."""
        value = self.how.get(how, 1.0)
        for name in factors:
            value *= self.factor.get(name, 1.0)
        return round(value, 2)

    def is_low(self, score: float) -> bool:
        return score < self.low


@lru_cache(maxsize=1)
def rules() -> ConfidenceRules:
    """The bundled rules, extended by ``PLANDECK_DATA/confidence.toml``; read once per process."""
    data = read_toml("confidence.toml")
    return ConfidenceRules(how={k: float(v) for k, v in data.get("how", {}).items()},
                           factor={k: float(v) for k, v in data.get("factor", {}).items()},
                           low=float(data.get("low", 0.0)))
