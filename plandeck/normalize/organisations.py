"""Reconciles the organisation names a deck writes into one row per organisation.

Two forms are one organisation when they fold to the same text, when one is the
acronym written with the other ("UK Government Digital Service (GDS)" and "GDS"), when
the gazetteer lists both, or when one is the other plus trailing generic words
("Digital Dubai" and "Digital Dubai Authority"). The canonical name is the longest form seen, without a
trailing "(ACRONYM)".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from plandeck.vocabulary import Vocabulary, fold

_TRAILING_ACRONYM = re.compile(r"^(?P<name>.+?)\s*\((?P<acr>[A-Z][\w&.\-]{1,11})\)\s*$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&\-.]{1,9}$|^[A-Z]{2,}-[A-Z][a-z]+$")


@dataclass
class OrgCluster:
    """Every form of one organisation and the roles it played."""

    forms: list[str] = field(default_factory=list)
    acronym: str | None = None
    roles: set[str] = field(default_factory=set)

    @property
    def canonical(self) -> str:
        names = [split_acronym(f)[0] for f in self.forms]
        return max(names, key=lambda n: (len(n), -names.index(n)))


def split_acronym(form: str) -> tuple[str, str | None]:
    """("UK Government Digital Service", "GDS") from "UK Government Digital Service (GDS)"."""
    m = _TRAILING_ACRONYM.match(form.strip())
    if m:
        return m.group("name").strip(), m.group("acr")
    return form.strip(), None


class OrganisationIndex:
    """Collects organisation forms with their roles, then clusters them."""

    def __init__(self, vocab: Vocabulary) -> None:
        self._generic = vocab.org_words
        self._gazetteer: dict[str, int] = {}
        for i, entry in enumerate(vocab.organisations):
            for name in (entry.canonical, entry.acronym, *entry.aliases):
                if name:
                    self._gazetteer[fold(name)] = i
        self._forms: list[str] = []
        self._roles: dict[str, set[str]] = {}
        self._used: dict[str, int] = {}
        self._clusters: list[OrgCluster] | None = None
        self._of: dict[str, OrgCluster] = {}

    def add(self, form: str, role: str) -> None:
        form = " ".join(form.split()).strip(" .,;")
        if not form:
            return
        if form not in self._roles:
            self._forms.append(form)
            self._roles[form] = set()
        self._roles[form].add(role)
        # Order of first use. A form the deck both spells out and uses ("Leader: Kestrel Institute
        # of Technology (KIT)" alone) is a use: it is no mere definition.
        self._used.setdefault(form, len(self._used))
        self._clusters = None

    def define(self, long_form: str, acronym: str) -> None:
        """Record that the deck spells an acronym out; such a form links others but is no row alone."""
        form = " ".join(f"{long_form} ({acronym})".split())
        if form not in self._roles:
            self._forms.append(form)
            self._roles[form] = set()
        self._clusters = None

    def canonical(self, form: str | None) -> str | None:
        """The canonical name of the organisation a form belongs to."""
        if not form:
            return None
        self._build()
        cluster = self._of.get(" ".join(form.split()).strip(" .,;"))
        return cluster.canonical if cluster else form

    def clusters(self) -> list[OrgCluster]:
        self._build()
        assert self._clusters is not None
        return self._clusters

    def _keys(self, form: str) -> set[str]:
        name, acr = split_acronym(form)
        keys = {"n:" + fold(name)}
        if acr:
            keys.add("n:" + fold(acr))
        if _ACRONYM.match(name):
            keys.add("n:" + fold(name))
        for text in (name, acr, form):
            if text and fold(text) in self._gazetteer:
                keys.add(f"g:{self._gazetteer[fold(text)]}")
        return keys

    def _extends(self, short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
        """"Digital Dubai Authority" is "Digital Dubai" with generic words added at the end."""
        return (len(short) >= 2 and len(long_) > len(short) and long_[: len(short)] == short
                and all(w in self._generic for w in long_[len(short):]))

    def _build(self) -> None:
        if self._clusters is not None:
            return
        parent = list(range(len(self._forms)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        def union(i: int, j: int) -> None:
            ri, rj = find(i), find(j)
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)

        seen: dict[str, int] = {}
        for i, form in enumerate(self._forms):
            for key in self._keys(form):
                if key in seen:
                    union(i, seen[key])
                else:
                    seen[key] = i
        words = [tuple(re.findall(r"[\w&'-]+", fold(split_acronym(f)[0]))) for f in self._forms]
        for i in range(len(self._forms)):
            for j in range(i + 1, len(self._forms)):
                if self._extends(words[i], words[j]) or self._extends(words[j], words[i]):
                    union(i, j)
        clusters: dict[int, OrgCluster] = {}
        for i, form in enumerate(self._forms):
            cluster = clusters.setdefault(find(i), OrgCluster())
            cluster.forms.append(form)
            cluster.roles |= self._roles[form]
            name, acr = split_acronym(form)
            if cluster.acronym is None:
                cluster.acronym = acr or (name if _ACRONYM.match(name) else None)
        # Deck order of first use; a definition alone ("X (ACR)" in a sentence) is no organisation.
        used = [c for c in clusters.values() if c.roles]
        used.sort(key=lambda c: min(self._used[f] for f in c.forms if f in self._used))
        for c in used:
            plain = [f for f in c.forms if f in self._used]
            spelled = [split_acronym(f)[0] for f in c.forms if f not in self._used]
            c.forms = plain + [d for d in spelled if not any(d in f for f in plain)]
        self._clusters = used
        self._of = {form: cluster for cluster in self._clusters for form in cluster.forms}
