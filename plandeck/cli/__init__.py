"""The ``plandeck`` command: thin wrappers over the library, one module per command.

Each command module has the same two functions: ``add_parser(sub)`` declares its
arguments and ``run(args) -> int`` does the work. Data goes to files or stdout, messages
to stderr. Exit statuses mean the same in every command (:data:`~plandeck.cli.common.EXIT_STATUS`,
shown in each ``--help``). Heavy libraries are imported inside ``run`` so ``plandeck --help``
stays instant.
"""
from __future__ import annotations

import argparse
import sys
from types import ModuleType

from plandeck import __version__
from plandeck.cli import compare, extract, review, schema, validate
from plandeck.cli.common import EXIT_INTERRUPTED, EXIT_USAGE, OneLineParser

#: The commands in the order ``--help`` lists them.
COMMANDS: dict[str, ModuleType] = {
    "extract": extract,
    "schema": schema,
    "diff": compare.diff,
    "history": compare.history,
    "report": compare.report,
    "review": review,
    "validate": validate,
}


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="plandeck", description="Turn action-plan slide decks (PPTX, PDF, PPT, "
                                     "ODP) into plandeck/1 JSON and CSV tables.")
    parser.add_argument("--version", action="version", version=f"plandeck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module in COMMANDS.items():
        module.add_parser(sub).set_defaults(command=name)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        code: int = COMMANDS[args.command].run(args)
    except KeyboardInterrupt:
        # One line, no traceback. Every file is written atomically and extract's resume
        # state is saved on the way out, so the same command goes on where this one stopped.
        more = "finished decks are kept and the same command resumes" if args.command == "extract" else \
            "no file was left half-written"
        print(f"plandeck: interrupted; {more}", file=sys.stderr)
        return EXIT_INTERRUPTED
    return code
