"""Plans named on the command line for diff, history and report: decks or ``plandeck/1`` JSON files.

A user compares last year's deck with this year's, or JSON kept from earlier runs, or a
mix. Decks go through the pipeline; JSON files are validated against the schema, so a
hand-edited or foreign file fails with one line naming it instead of a traceback.
A folder gives every plan in it: the ``plandeck/1`` documents of an extract output
folder (its tables and ``datapackage.json`` are skipped), or, when it holds none, its decks.
Plans are put in time order by their period because history and the report read
"consecutive plans" as years, whatever order the files were given in.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from pydantic import ValidationError

from plandeck import schema
from plandeck.compare.periods import bounds
from plandeck.errors import NoInputError, UnreadableError


@dataclass(frozen=True)
class LoadedPlan:
    """One plan: the path it was given as and its document."""

    path: Path
    document: schema.Document

    @property
    def deck(self) -> Path:
        """The deck the facts came from: the file itself, or for JSON the source file beside it."""
        if self.path.suffix.lower() == ".json":
            return self.path.parent / PurePosixPath(self.document.source.file).name
        return self.path

    @property
    def label(self) -> str:
        """Short human name: the plan title and period, else the file name."""
        plan = self.document.plan
        words = [w for w in (plan.title, plan.period.shown() if plan.period else None) if w]
        return " ".join(words) or self.document.source.file


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"])
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{where + ': ' if where else ''}{err['msg']}{more}"


def read_json(path: Path) -> schema.Document:
    """A ``plandeck/1`` JSON file, validated; :class:`UnreadableError` naming the file otherwise."""
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError:
        raise UnreadableError(str(path), "not UTF-8 text") from None
    except OSError as exc:
        raise UnreadableError(str(path), f"cannot read the file: {exc.strerror or exc}") from None
    try:
        return schema.Document.model_validate_json(text)
    except ValidationError as exc:
        raise UnreadableError(str(path), f"not a plandeck/1 document: {_first_error(exc)}") from None


def load_plan(path: Path) -> LoadedPlan:
    """Extract a deck, or read a JSON file; raises :class:`plandeck.errors.PlandeckError`."""
    if path.suffix.lower() == ".json":
        return LoadedPlan(path, read_json(path))
    from plandeck.pipeline import extract

    return LoadedPlan(path, extract(path))


def plan_files(path: Path) -> list[Path]:
    """The plan files ``path`` names: itself, or a folder's plandeck/1 documents (else its decks).

    Raises :class:`NoInputError` for a folder holding neither.
    """
    if not path.is_dir():
        return [path]
    from plandeck.batch.collect import document_files, read_document
    from plandeck.batch.inputs import DECK_SUFFIXES

    documents = [file for _, file in document_files(path) if read_document(file) is not None]
    if documents:
        return documents
    decks = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in DECK_SUFFIXES
                   and not any(part.startswith(".") for part in p.relative_to(path).parts))
    if not decks:
        raise NoInputError(str(path), "no plandeck/1 document and no deck in this folder")
    return decks


def period_key(doc: schema.Document) -> tuple[int, int, int]:
    """Sort key by plan period (start, then end); plans without a period go last."""
    span = bounds(doc.plan.period)
    return (0, *span) if span else (1, 0, 0)


def in_period_order(plans: Sequence[LoadedPlan]) -> list[LoadedPlan]:
    """Plans by period, ties (and plans without period) in the order given."""
    return sorted(plans, key=lambda p: period_key(p.document))
