"""The documents an output folder holds, so the tables cover every run into it, not only the last.

A secretariat extracts 2021's plan into ``yearly/`` and next year 2022's into the same
folder; the tables must then hold both years. So after a run the tables are rebuilt from
every ``plandeck/1`` document in the folder (this run's and earlier runs'), in order of
their names, which makes a re-run byte-identical. JSON files that are not documents
(``datapackage.json``, a ``diff.json``, anything a user put there) are skipped, and so is
everything under a hidden folder (the run's own ``.plandeck/``).
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from plandeck import schema
from plandeck.export.datapackage import PACKAGE_FILE
from plandeck.export.tables import Rows, rows

DOCUMENT_SUFFIX = ".json"


@dataclass
class Collection:
    """Every document's rows by name, and the JSON files skipped as not being documents."""

    rows: dict[str, Rows] = field(default_factory=dict)
    skipped: list[Path] = field(default_factory=list)

    def tables(self) -> Rows:
        """All rows, documents in name order."""
        return Rows.concat(self.rows[name] for name in sorted(self.rows))


def document_files(folder: Path) -> Iterator[tuple[str, Path]]:
    """``(name, path)`` of each JSON file below ``folder``; the name is its path without ``.json``."""
    if not folder.is_dir():
        return
    for path in sorted(folder.rglob(f"*{DOCUMENT_SUFFIX}")):
        relative = path.relative_to(folder)
        if path.is_file() and not any(part.startswith(".") for part in relative.parts):
            yield relative.as_posix().removesuffix(DOCUMENT_SUFFIX), path


def read_document(path: Path) -> schema.Document | None:
    """The ``plandeck/1`` document in ``path``, or None when the file is something else."""
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    if '"plandeck/1"' not in text[:200]:
        return None  # cheap test first: most other JSON files are not worth validating
    try:
        return schema.Document.model_validate_json(text)
    except ValidationError:
        return None


def collect(folder: Path, fresh: Mapping[str, Rows]) -> Collection:
    """This run's rows (``fresh``, by name) and those of every other document in ``folder``.

    A document's name is its path in the folder without ``.json``, which is the input's
    relative path for every document a run wrote; it becomes the rows' ``file``.
    """
    found = Collection(rows=dict(fresh))
    for name, path in document_files(folder):
        if name in found.rows or path == folder / PACKAGE_FILE:
            continue
        doc = read_document(path)
        if doc is None:
            found.skipped.append(path)
            continue
        doc.source.file = name
        found.rows[name] = rows([doc])
    return found
