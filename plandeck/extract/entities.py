"""Tells people from organisations in leader lines, with spaCy.

The default pipeline is a blank English one with an EntityRuler fed from the data files
(the organisation gazetteer, organisation words, honorifics): fast and with no model to
download. When a statistical English model (``en_core_web_sm`` and friends) is installed
it is asked too, as an extra vote, never required. The pipeline is built lazily, on the
first phrase the cheap rules in :mod:`plandeck.extract.people` could not settle.
"""
from __future__ import annotations

from functools import cache
from typing import Literal

from plandeck.vocabulary import Vocabulary

EntityKind = Literal["PERSON", "ORG"]
_MODELS = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_trf")


def _patterns(vocab: Vocabulary) -> list[dict]:
    patterns: list[dict] = []
    for org in vocab.organisations:
        for name in (org.canonical, org.acronym, *org.aliases):
            if name:
                patterns.append({"label": "ORG", "pattern": name})
    words = sorted(vocab.org_words)
    # An organisation word anywhere in a capitalised phrase makes the phrase an organisation.
    patterns.append({"label": "ORG", "pattern": [
        {"IS_TITLE": True, "OP": "*"}, {"LOWER": {"IN": words}}, {"IS_TITLE": True, "OP": "*"}]})
    patterns.append({"label": "ORG", "pattern": [{"IS_UPPER": True, "LENGTH": {">=": 2, "<=": 8}}]})
    titles = sorted(vocab.person_titles)
    patterns.append({"label": "PERSON", "pattern": [
        {"LOWER": {"IN": titles}}, {"IS_PUNCT": True, "OP": "?"}, {"IS_TITLE": True, "OP": "+"}]})
    return patterns


class EntityTagger:
    """Labels a short phrase as a person or an organisation, or says it cannot tell."""

    def __init__(self, vocab: Vocabulary, use_model: bool = True) -> None:
        import spacy

        self._ruler_nlp = spacy.blank("en")
        ruler = self._ruler_nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
        ruler.add_patterns(_patterns(vocab))
        self._model = None
        if use_model:
            for name in _MODELS:
                try:
                    self._model = spacy.load(name, disable=["parser", "lemmatizer", "tagger"])
                    break
                except OSError:
                    continue

    def kind(self, phrase: str) -> EntityKind | None:
        """PERSON or ORG when an entity covers most of the phrase, else None."""
        votes: list[str] = []
        for nlp in (self._ruler_nlp, self._model):
            if nlp is None:
                continue
            doc = nlp(phrase)
            for ent in doc.ents:
                if ent.label_ in ("PERSON", "ORG", "GPE") and len(ent.text) >= 0.6 * len(phrase.strip()):
                    votes.append("ORG" if ent.label_ == "GPE" else ent.label_)
                    break
        if not votes:
            return None
        return "ORG" if "ORG" in votes else "PERSON"


@cache
def tagger(use_model: bool = True) -> EntityTagger:
    """One tagger per process: spaCy loads once."""
    from plandeck.vocabulary import load

    return EntityTagger(load(), use_model=use_model)
