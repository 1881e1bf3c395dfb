"""What every command shares: exit statuses, one way to say an error, one way to load plans."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from plandeck.compare.plans import LoadedPlan

# One meaning per exit status in every command, so a script can tell the same failure the same way.
EXIT_OK = 0
EXIT_INPUT_FAILED = 1
EXIT_USAGE = 2
EXIT_DIFFERS = 3
EXIT_INTERRUPTED = 130

EXIT_STATUS = """exit status (the same in every plandeck command):
  0    done (diff: the plans are the same)
  1    an input could not be read (extract: the other decks were done; diff, history,
       report: nothing was written); each is one 'plandeck: error:' line with its [code]
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
    """One ``plandeck: error:`` line on stderr."""
    print(f"plandeck: error: {message}", file=sys.stderr)


def write_failed(path: Path, exc: OSError) -> None:
    error(f"{path}: cannot write: {exc.strerror or exc}")


def load_plans(paths: list[str]) -> list[LoadedPlan] | int:
    """Every plan (a folder gives each plan in it), or the exit status after one error line per bad input."""
    from plandeck.compare.plans import load_plans as load
    from plandeck.errors import NoInputError, PlandeckError

    plans, status = [], EXIT_OK
    for name in paths:
        try:
            plans.extend(load(Path(name)))
        except NoInputError as exc:
            error(exc)
            status = EXIT_USAGE
        except PlandeckError as exc:
            error(exc)
            status = status or EXIT_INPUT_FAILED
    return status or plans
