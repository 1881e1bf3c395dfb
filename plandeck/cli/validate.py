"""``plandeck validate``: check hand-edited plandeck/1 JSON documents before they are used."""
from __future__ import annotations

import argparse
from pathlib import Path

from plandeck.cli.common import EXIT_INPUT_FAILED, EXIT_OK, EXIT_STATUS, error

EPILOG = f"""examples:
  plandeck validate out/plan.pptx.json
  plandeck validate out/*.json        # one line per problem, exit 1 if any file is invalid

{EXIT_STATUS}"""


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    va: argparse.ArgumentParser = sub.add_parser("validate", help="check plandeck/1 JSON documents", epilog=EPILOG,
                                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    va.add_argument("files", nargs="+", metavar="FILE.json", help="plandeck/1 documents")
    return va


def run(args: argparse.Namespace) -> int:
    from plandeck.errors import InvalidError, printable
    from plandeck.validation import check_file

    failed = False
    for name in args.files:
        problems = check_file(Path(name))
        for problem in problems:
            error(InvalidError(name, str(problem)))
        if problems:
            failed = True
        else:
            print(f"{printable(name)}: ok")
    return EXIT_INPUT_FAILED if failed else EXIT_OK
