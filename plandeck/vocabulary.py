"""Loads the rule data in ``plandeck/data`` once per process.

Rules are data so that a user can teach plandeck a new label, status word or
organisation without touching code; ``PLANDECK_DATA`` may name a folder whose files
extend (not replace) the bundled ones.
"""
from __future__ import annotations

import csv
import os
import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10: the same parser, from PyPI
    import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]


def fold(text: str) -> str:
    """Case- and accent-insensitive form used for every vocabulary comparison."""
    if text.isascii():  # nothing to decompose: most deck text, and the hot path
        return text.lower()
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[\u2010-\u2015\u2212]", "-", text).replace("\u2019", "'")


@dataclass(frozen=True, slots=True)
class OrgEntry:
    """A gazetteer row: the long name, its acronym and other known forms."""

    canonical: str
    acronym: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Vocabulary:
    """Every word list plandeck's rules use, folded for matching."""

    labels: dict[str, tuple[str, ...]]
    title_columns: tuple[str, ...]
    title_labels: frozenset[str]
    status: dict[str, tuple[str, ...]]
    banner_nouns: tuple[str, ...]
    kind_title_words: dict[str, tuple[str, ...]]
    wg_code_prefixes: tuple[str, ...]
    wg_table_words: tuple[str, ...]
    plan_phrases: tuple[str, ...]
    plan_connectors: tuple[str, ...]
    plan_articles: frozenset[str]
    months: dict[str, int]
    qualifiers: dict[str, tuple[str, ...]]
    quarter_prefixes: tuple[str, ...]
    half_prefixes: tuple[str, ...]
    empty_words: frozenset[str]
    recurrence: dict[str, tuple[str, ...]]
    person_titles: frozenset[str]
    person_joiners: tuple[str, ...]
    org_joiners: tuple[str, ...]
    name_particles: frozenset[str]
    sentence_go_on: frozenset[str]
    deadline_words: tuple[str, ...]
    acronym_skip: frozenset[str]
    org_words: frozenset[str]
    org_endings: tuple[str, ...]
    organisations: tuple[OrgEntry, ...]
    slide_roles: dict[str, tuple[str, ...]]
    affiliation_columns: tuple[str, ...]
    non_item_columns: tuple[str, ...]
    span_columns: dict[str, tuple[str, ...]]
    overview_nouns: tuple[str, ...]
    project_start: tuple[str, ...]
    continued: tuple[str, ...]


def _merge(base: dict, extra: dict) -> dict:
    """Extend lists and merge tables, so a user file only lists what it adds."""
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        elif isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = out[key] + [v for v in value if v not in out[key]]
        else:
            out[key] = value
    return out


def read_toml(name: str) -> dict:
    """A bundled data file, extended by the same file in ``PLANDECK_DATA`` if there is one."""
    data = tomllib.loads(resources.files("plandeck.data").joinpath(name).read_text("utf-8"))
    user_dir = os.environ.get("PLANDECK_DATA")
    if user_dir and (Path(user_dir) / name).is_file():
        data = _merge(data, tomllib.loads((Path(user_dir) / name).read_text("utf-8")))
    return data


def _read_orgs() -> tuple[OrgEntry, ...]:
    texts = [resources.files("plandeck.data").joinpath("organisations.csv").read_text("utf-8")]
    user_dir = os.environ.get("PLANDECK_DATA")
    if user_dir and (Path(user_dir) / "organisations.csv").is_file():
        texts.append((Path(user_dir) / "organisations.csv").read_text("utf-8"))
    rows = []
    for text in texts:
        for row in csv.DictReader(text.splitlines()):
            aliases = tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())
            rows.append(OrgEntry(row["canonical"].strip(), (row.get("acronym") or "").strip() or None, aliases))
    return tuple(rows)


def _folded(words: list[str]) -> tuple[str, ...]:
    """Folded and longest first, so alternations in regexes prefer the longest phrase."""
    return tuple(sorted({fold(w) for w in words}, key=lambda w: (-len(w), w)))


def phrase_pattern(words: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    """Any of the phrases as whole words, longest first: for matching folded text against a word list."""
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


@cache
def load() -> Vocabulary:
    """The vocabulary of this process, read once."""
    labels = read_toml("labels.toml")
    status = read_toml("status.toml")
    kinds = read_toml("kinds.toml")
    plan_file = read_toml("plan.toml")
    plan = plan_file["plan"]
    dates = read_toml("dates.toml")
    people = read_toml("people.toml")
    slides = read_toml("slides.toml")
    months = {fold(name): int(num) for num, names in dates["months"].items() for name in names}
    return Vocabulary(
        labels={key: _folded(words) for key, words in labels["labels"].items()},
        title_columns=_folded(labels["title_columns"]["terms"]),
        title_labels=frozenset(fold(w) for w in labels["title_labels"]["terms"]),
        status={key: _folded(words) for key, words in status["status"].items()},
        banner_nouns=_folded(status["banner"]["nouns"]),
        kind_title_words={k: _folded(v["title_words"]) for k, v in kinds.items() if "title_words" in v},
        wg_code_prefixes=tuple(p.upper() for p in kinds["working_group"]["code_prefixes"]),
        wg_table_words=_folded(kinds["working_group"]["table_words"]),
        plan_phrases=_folded(plan["title_phrases"]),
        plan_connectors=_folded(plan["connectors"]),
        plan_articles=frozenset(fold(w) for w in plan["articles"]),
        months=months,
        qualifiers={k: _folded(v) for k, v in dates["qualifiers"].items()},
        quarter_prefixes=_folded(dates["periods"]["quarter"]),
        half_prefixes=_folded(dates["periods"]["half"]),
        empty_words=frozenset(fold(w) for w in dates["empty"]["words"]),
        recurrence={k: _folded(v) for k, v in dates["recurrence"].items()},
        person_titles=frozenset(fold(w) for w in people["titles"]["words"]),
        person_joiners=_folded(people["joiners"]["words"]),
        org_joiners=_folded(people["organisation_lists"]["joiners"]),
        name_particles=frozenset(fold(w) for w in people["particles"]["words"]),
        sentence_go_on=frozenset(fold(w) for w in labels["sentence"]["go_on"]),
        deadline_words=_folded(labels["deadline"]["words"]),
        acronym_skip=frozenset(fold(w) for w in read_toml("abbreviations.toml")["acronym_letters"]["skip"]),
        org_words=frozenset(fold(w) for w in people["organisation"]["words"]),
        org_endings=_folded(people["organisation_endings"]["words"]),
        organisations=_read_orgs(),
        slide_roles={key: _folded(words) for key, words in slides["roles"].items()},
        affiliation_columns=_folded(labels["columns"]["affiliation"]),
        non_item_columns=_folded(labels["columns"]["not_items"]),
        span_columns={"start": _folded(labels["columns"]["start"]), "end": _folded(labels["columns"]["end"])},
        overview_nouns=_folded(slides["overview"]["nouns"]),
        continued=_folded(slides["continued"]["words"]),
        project_start=_folded(plan_file["project"]["start"]),
    )
