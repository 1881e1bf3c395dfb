"""Runs extraction over many inputs: files, folders and zip archives; collects failures.

One bad file never stops the run: its error is recorded with its code and the other
files go on. Each deck's JSON is written as soon as it is done, through atomic writes.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from plandeck import schema
from plandeck.errors import PlandeckError, UnreadableError
from plandeck.settings import Settings

DECK_SUFFIXES = (".pptx", ".pptm", ".ppsx", ".pdf", ".ppt", ".pps", ".odp")


@dataclass(frozen=True, slots=True)
class Failure:
    """A file that gave no document, with the error's code and one-line message."""

    file: str
    code: str
    message: str


@dataclass
class Report:
    """What a run produced."""

    documents: list[schema.Document] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)


def iter_inputs(inputs: Sequence[Path]) -> Iterator[Path]:
    """Files as given; folders walked (sorted) for deck files."""
    for path in inputs:
        if path.is_dir() and path.suffix.lower() not in DECK_SUFFIXES:
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in DECK_SUFFIXES)
        else:
            yield path


def output_names(paths: Sequence[Path]) -> dict[Path, str]:
    """``<stem>.json`` per deck; decks sharing a stem keep their extension (``plan.pdf.json``)."""
    stems: dict[str, int] = {}
    for p in paths:
        stems[p.stem] = stems.get(p.stem, 0) + 1
    return {p: (p.name if stems[p.stem] > 1 else p.stem) + ".json" for p in paths}


def run_extract(inputs: Sequence[Path], outdir: Path | None, formats: Sequence[str] = ("json", "csv"),
                settings: Settings | None = None, quiet: bool = True) -> Report:
    """Extract every deck; write JSON per deck and CSV tables over all of them into ``outdir``."""
    from plandeck.export.writers import write_csv, write_json
    from plandeck.pipeline import Engine

    settings = settings or Settings()
    engine = Engine(settings)
    report = Report()
    paths = list(iter_inputs(inputs))
    names = output_names(paths)
    for path in paths:
        try:
            doc = engine.run(path)
        except PlandeckError as err:
            report.failures.append(Failure(err.file, err.code, str(err)))
            continue
        except OSError as exc:
            err = UnreadableError(path.name, f"cannot read: {exc.strerror or exc}")
            report.failures.append(Failure(err.file, err.code, str(err)))
            continue
        report.documents.append(doc)
        if outdir is not None and "json" in formats:
            target = outdir / names[path]
            write_json(doc, target)
            report.written.append(target)
    if outdir is not None and "csv" in formats:
        report.written.extend(write_csv(report.documents, outdir))
    return report
