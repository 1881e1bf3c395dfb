"""What a run did, told on stderr and, for scripts, as JSON.

A run that prints nothing leaves a user guessing whether an OCR run of 14 s found
anything and whether its five warnings matter. So each deck gets one line as it finishes
(its items, leaders, meetings, warnings by code and where its JSON went), and a run ends
with a small table: done, skipped, failed, warnings by code, the tables and errors.csv.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from plandeck.batch.inputs import Task

DONE, SKIPPED, FAILED = "done", "skipped", "failed"


@dataclass
class DeckSummary:
    """One deck's result: counts of what was found, or the error that stopped it."""

    file: str
    path: str
    status: str
    output: str | None = None
    items: int = 0
    leaders: int = 0
    meetings: int = 0
    warnings: dict[str, int] = field(default_factory=dict)
    code: str | None = None
    message: str | None = None

    @classmethod
    def of_document(cls, task: Task, text: str, status: str, output: Path | None) -> DeckSummary:
        """Counts read from the document's JSON text (plain ``json``: cheaper than the models)."""
        doc = json.loads(text)
        items = doc.get("items", [])
        warnings = Counter(w.get("code", "") for w in doc.get("warnings", []))
        return cls(task.name, task.display, status, str(output) if output is not None else None, len(items),
                   sum(len(it.get("leaders", [])) for it in items), sum(len(it.get("meetings", [])) for it in items),
                   dict(sorted(warnings.items())))

    def line(self) -> str:
        """``2022/plan.pptx: 13 items, 21 leaders, 9 meetings; warnings: 2 x -> out/2022/plan.pptx.json``."""
        text = f"{self.file}: {self.items} items, {self.leaders} leaders, {self.meetings} meetings"
        if self.status == SKIPPED:
            text = f"{self.file}: unchanged since the last run, not extracted again: {text.split(': ', 1)[1]}"
        if self.warnings:
            text += f"; warnings: {_by_code(self.warnings)}"
        return f"{text} -> {self.output}" if self.output else text


def _by_code(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {code}" for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


@dataclass
class RunSummary:
    """The whole run: every deck, the tables written (over how many documents) and errors.csv."""

    decks: list[DeckSummary] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)
    documents: int = 0
    not_documents: list[str] = field(default_factory=list)
    errors_file: str | None = None

    def count(self, status: str) -> int:
        return sum(1 for d in self.decks if d.status == status)

    def warnings(self) -> dict[str, int]:
        total: Counter[str] = Counter()
        for deck in self.decks:
            if deck.status == DONE:
                total.update(deck.warnings)
        return dict(sorted(total.items()))

    def to_json(self) -> str:
        """For scripts (``--json-summary``): the counts, every deck, and the files written."""
        data = {"done": self.count(DONE), "skipped": self.count(SKIPPED), "failed": self.count(FAILED),
                "warnings": self.warnings(), "decks": [asdict(d) for d in self.decks], "tables": self.tables,
                "documents_in_tables": self.documents, "not_documents": self.not_documents,
                "errors_file": self.errors_file}
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"

    def table(self) -> list[str]:
        """The closing table, one line each: counts, warnings by code, where the tables and errors went."""
        counts = f"done {self.count(DONE)}, failed {self.count(FAILED)}, skipped {self.count(SKIPPED)}"
        warnings = self.warnings()
        lines = [f"  decks     {counts}",
                 f"  warnings  {sum(warnings.values())}" + (f" ({_by_code(warnings)})" if warnings else "")]
        if self.tables:
            folder = Path(self.tables[0]).parent
            names = ", ".join(Path(t).name for t in self.tables)
            lines.append(f"  tables    {folder}/: {names} (over {self.documents} documents)")
        if self.not_documents:
            lines.append(f"  ignored   {len(self.not_documents)} JSON files that are not plandeck/1 documents")
        if self.errors_file:
            lines.append(f"  errors    {self.errors_file}")
        return lines

