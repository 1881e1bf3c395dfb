"""The ``plandeck`` command: thin wrappers over the library.

Data goes to files or stdout, messages to stderr. Exit status: 0 all good, 1 some
input failed (or, for ``diff``, the plans differ), 2 usage error. Heavy libraries are
imported inside commands so ``plandeck --help`` stays instant.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from plandeck import __version__

EPILOG_EXTRACT = """examples:
  plandeck extract samples/u4ssc-action-plan-2021-2022.pptx -o out/
  plandeck extract decks/ archive.zip -o out/ --format json,csv,xlsx --jobs 2
  plandeck extract plan.pdf -o -            # JSON to stdout
"""


def _formats(value: str) -> tuple[str, ...]:
    from plandeck.export.writers import FORMATS

    names = tuple(v.strip().lower() for v in value.split(",") if v.strip())
    unknown = [n for n in names if n not in FORMATS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(f"unknown format {', '.join(unknown) or value!r}; choose from "
                                         f"{', '.join(FORMATS)}")
    return names


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="plandeck", description="Turn action-plan slide decks (PPTX, PDF, PPT, "
                                     "ODP) into plandeck/1 JSON and CSV tables.")
    parser.add_argument("--version", action="version", version=f"plandeck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ex = sub.add_parser("extract", help="extract decks to JSON and CSV", epilog=EPILOG_EXTRACT,
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    ex.add_argument("inputs", nargs="+", metavar="DECK", help="deck files, folders or zip archives")
    ex.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="output folder, or - for JSON on stdout")
    ex.add_argument("--format", type=_formats, default=("json", "csv"), help="comma-separated: json,csv,xlsx,"
                    "parquet (default: json,csv; csv comes with datapackage.json)")
    ex.add_argument("--password", help="password for encrypted PDF or PPTX files")
    ex.add_argument("--no-ocr", action="store_true", help="do not OCR pages that have no text layer")
    ex.add_argument("--max-units", type=int, default=1000, help="refuse decks with more slides/pages (default 1000)")
    ex.add_argument("--max-file-mb", type=int, default=200, help="refuse files larger than this (default 200)")
    ex.add_argument("--jobs", "-j", type=int, default=1, help="worker processes (default 1)")
    ex.add_argument("--time-limit", type=float, default=120.0, help="seconds per file before it is given up "
                    "(default 120)")
    ex.add_argument("--memory-mb", type=int, default=1024, help="memory per worker before its file is given up "
                    "(default 1024)")
    ex.add_argument("--executor", choices=("local", "dask"), default="local", help="where files run (default local)")
    ex.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler address, with --executor dask")
    ex.add_argument("--quiet", "-q", action="store_true", help="no progress on stderr")

    sc = sub.add_parser("schema", help="print the JSON Schema of plandeck/1",
                        epilog="example:\n  plandeck schema > plandeck-1.schema.json",
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    sc.set_defaults()
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    if args.command == "schema":
        import json

        from plandeck.schema import json_schema

        sys.stdout.write(json.dumps(json_schema(), indent=2) + "\n")
        return 0
    if args.command == "extract":
        return _extract(args)
    parser.error(f"unknown command {args.command}")
    return 2


def _extract(args: argparse.Namespace) -> int:
    from plandeck.batch import RunOptions, run_extract
    from plandeck.errors import PlandeckError
    from plandeck.settings import Settings

    try:
        settings = Settings(password=args.password, ocr=not args.no_ocr, max_units=args.max_units,
                            max_file_bytes=args.max_file_mb * 1024 * 1024)
        if args.jobs < 1 or args.time_limit <= 0 or args.memory_mb < 64:
            raise ValueError("--jobs must be >= 1, --time-limit > 0 and --memory-mb >= 64")
    except ValueError as exc:
        print(f"plandeck: error: {exc}", file=sys.stderr)
        return 2
    to_stdout = args.output == "-"
    options = RunOptions(jobs=args.jobs, time_limit=args.time_limit, memory_mb=args.memory_mb,
                         executor=args.executor, scheduler=args.scheduler, quiet=args.quiet or to_stdout)
    try:
        report = run_extract([Path(p) for p in args.inputs], None if to_stdout else Path(args.output),
                             formats=args.format, settings=settings, options=options)
    except PlandeckError as err:
        print(f"plandeck: error: {err}", file=sys.stderr)
        return 2
    for failure in report.failures:
        print(f"plandeck: error: {failure.message}", file=sys.stderr)
    if to_stdout:
        for doc in report.documents:
            sys.stdout.write(doc.to_json())
    return 1 if report.failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
