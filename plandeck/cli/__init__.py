"""The ``plandeck`` command: thin wrappers over the library, one module per command.

Each command module has the same two functions: ``add_parser(sub)`` declares its
arguments and ``run(args) -> int`` does the work. Data goes to files or stdout, messages
to stderr. Exit status: 0 all good, 1 some input failed (or, for ``diff``, the plans
differ), 2 usage error. Heavy libraries are imported inside ``run`` so ``plandeck --help``
stays instant.
"""
from __future__ import annotations

import argparse
import sys
from types import ModuleType

from plandeck import __version__
from plandeck.cli import compare, extract, schema, validate

#: The commands in the order ``--help`` lists them.
COMMANDS: dict[str, ModuleType] = {
    "extract": extract,
    "schema": schema,
    "diff": compare.diff,
    "history": compare.history,
    "report": compare.report,
    "validate": validate,
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="plandeck", description="Turn action-plan slide decks (PPTX, PDF, PPT, "
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
        return 2
    code: int = COMMANDS[args.command].run(args)
    return code
