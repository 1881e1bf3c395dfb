"""Rules are data: the reading stages hold mechanisms, and every word of a language
(labels, joiners, particles, honorifics, connectors) lives in ``plandeck/data``.

Read with ``ast`` like test_architecture: a word list added to ``plandeck/extract`` or
``plandeck/normalize`` fails here the day it is written, and names the line to move.
"""
from __future__ import annotations

import ast
import re
import typing
from collections.abc import Iterator
from pathlib import Path

import tomllib

import plandeck
from plandeck import schema

PACKAGE = Path(plandeck.__file__).resolve().parent
READING_STAGES = ("extract", "normalize")
# Three or more words of a language in one literal is a word list.
MIN_WORDS = 3
FILE_FORMATS = ("pptx", "ppt", "pdf", "odp", "zip", "json", "csv", "xlsx", "parquet")
_WORD = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*'?")
# A word between \b anchors inside a regex literal: ``r"\band\b|\bet\b"``.
_REGEX_WORD = re.compile(r"\\b([^\W\d_]{1,15})\\b")


def _identifiers() -> set[str]:
    """Names that are not language: keys of the data tables, schema field names and enum values,
    file formats."""
    names: set[str] = set(FILE_FORMATS)

    def walk(table: dict) -> None:
        for key, value in table.items():
            names.add(key.lower())
            if isinstance(value, dict):
                walk(value)

    for path in (PACKAGE / "data").glob("*.toml"):
        walk(tomllib.loads(path.read_text("utf-8")))
    for obj in vars(schema).values():
        if typing.get_origin(obj) is typing.Literal:
            names.update(str(a) for a in typing.get_args(obj))
        names.update(getattr(obj, "model_fields", {}))
    return names


def word_lists(source: str, identifiers: set[str]) -> Iterator[tuple[int, list[str]]]:
    """(line, words) for each literal in ``source`` that spells a list of language words."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Set | ast.List | ast.Tuple):
            texts = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            words = [t for t in texts if _WORD.fullmatch(t) and t == t.lower() and t not in identifiers]
            if len(words) >= MIN_WORDS:
                yield node.lineno, words
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            words = [w for w in _REGEX_WORD.findall(node.value) if w.lower() not in identifiers]
            if len(words) >= MIN_WORDS:
                yield node.lineno, words


def test_no_word_lists_in_the_reading_stages() -> None:
    identifiers = _identifiers()
    found = [f"{path.relative_to(PACKAGE)}:{line}: {words[:6]}"
             for stage in READING_STAGES for path in sorted((PACKAGE / stage).rglob("*.py"))
             for line, words in word_lists(path.read_text("utf-8"), identifiers)]
    assert not found, "move these words to plandeck/data:\n" + "\n".join(found)


def test_the_word_list_finder_finds_both_spellings() -> None:
    """The check above can fail: a set of words and a regex of words are both found."""
    source = ('_PARTICLES = {"de", "van", "von"}\n'
              '_JOINERS = r"(?:,|\\bwith\\b|\\bavec\\b|\\bund\\b)"\n'
              'FIELDS = ("leader", "status", "scope")\n')
    found = list(word_lists(source, _identifiers()))
    assert [line for line, _ in found] == [1, 2]
    assert found[1][1] == ["with", "avec", "und"]
