"""What every command shares: exit statuses, one way to say an error, one way to load plans."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from plandeck.batch.limits import Limits
    from plandeck.compare.plans import LoadedPlan

# One meaning per exit status in every command, so a script can tell the same failure the same way.
EXIT_OK = 0
EXIT_INPUT_FAILED = 1
EXIT_USAGE = 2
EXIT_DIFFERS = 3
EXIT_INTERRUPTED = 130

EXIT_STATUS = """exit status (the same in every plandeck command):
  0    done (diff: the plans are the same)
  1    an input could not be read or is invalid (extract: the other decks were done;
       diff, history, report: nothing was written; validate: a document breaks its
       rules); each is one 'plandeck: error:' line with its [code]
  2    usage error: a bad option, no deck found, -o naming a file, an unknown format,
       an output that cannot be written
  3    diff only: the plans differ
  130  interrupted (Ctrl-C); extract keeps every finished deck and the same command resumes
"""


class OneLineParser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one ``plandeck: error:`` line and exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"plandeck: error: {message} (see {self.prog} --help)\n")


def error(message: object) -> None:
    """One ``plandeck: error:`` line on stderr, escaped: a file name cannot start a forged line."""
    from plandeck.errors import printable

    print(f"plandeck: error: {printable(message)}", file=sys.stderr)


def write_failed(path: Path, exc: OSError) -> None:
    error(f"{path}: cannot write: {exc.strerror or exc}")


def load_plans(paths: list[str], limits: Limits | None = None) -> list[LoadedPlan] | int:
    """Every plan (a folder gives each plan in it), or the exit status after one error line per bad input.

    Decks are extracted in a supervised worker under ``limits`` (as ``extract`` does), so
    a hostile deck given to ``diff``, ``history`` or ``report`` fails with a coded line.
    """
    from plandeck.batch.supervise import extract_documents
    from plandeck.compare.plans import LoadedPlan, plan_files, read_json
    from plandeck.errors import NoInputError, PlandeckError

    files: list[Path] = []
    status = EXIT_OK
    for name in paths:
        try:
            files.extend(plan_files(Path(name)))
        except NoInputError as exc:
            error(exc)
            status = EXIT_USAGE
    decks = [i for i, path in enumerate(files) if path.suffix.lower() != ".json"]
    extracted = dict(zip(decks, extract_documents([files[i] for i in decks], limits=limits), strict=True))
    plans = []
    for i, path in enumerate(files):
        try:
            if i in extracted:
                result = extracted[i]
                if result.document is None:
                    error(result.message)
                    status = status or EXIT_INPUT_FAILED
                    continue
                plans.append(LoadedPlan(path, result.document))
            else:
                plans.append(LoadedPlan(path, read_json(path)))
        except PlandeckError as exc:
            error(exc)
            status = status or EXIT_INPUT_FAILED
    return status or plans
