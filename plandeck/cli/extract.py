"""``plandeck extract``: decks, folders and zip archives to plandeck/1 JSON and tables."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from plandeck.cli.common import error
from plandeck.cli.limits import add_limit_arguments, count, number

EPILOG = """examples:
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


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    ex: argparse.ArgumentParser = sub.add_parser("extract", help="extract decks to JSON and CSV", epilog=EPILOG,
                                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ex.add_argument("inputs", nargs="+", metavar="DECK", help="deck files, folders or zip archives")
    ex.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="output folder, or - for JSON on stdout")
    ex.add_argument("--format", type=_formats, default=("json", "csv"), help="comma-separated: json,csv,xlsx,"
                    "parquet (default: json,csv; csv comes with datapackage.json)")
    ex.add_argument("--password", help="password for encrypted PDF or PPTX files")
    ex.add_argument("--no-ocr", action="store_true", help="do not OCR pages that have no text layer")
    ex.add_argument("--ocr-budget", type=number(0, strict=False), default=40.0, metavar="SECONDS",
                    help="OCR time per file; later scanned pages are skipped with a warning (default 40)")
    ex.add_argument("--max-units", type=count(1), default=1000,
                    help="refuse decks with more slides/pages (default 1000)")
    ex.add_argument("--max-file-mb", type=count(1), default=200, help="refuse files larger than this (default 200)")
    ex.add_argument("--jobs", "-j", type=count(1), default=1, help="worker processes (default 1)")
    add_limit_arguments(ex)
    ex.add_argument("--executor", choices=("local", "dask"), default="local", help="where files run (default local)")
    ex.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler address, with --executor dask")
    ex.add_argument("--corrections", metavar="FILE", help="a corrections file (TOML) applied to every deck; see "
                    "README 'Corrections that stick'")
    ex.add_argument("--quiet", "-q", action="store_true", help="no progress on stderr")
    return ex


def run(args: argparse.Namespace) -> int:
    if args.executor == "local":
        # Every deck runs in a supervised worker: their fork server loads the readers while
        # this process imports its own modules and hashes the inputs.
        from plandeck.batch.workers import start_forkserver

        start_forkserver()
    from plandeck.batch.run import RunOptions, run_extract
    from plandeck.errors import PlandeckError
    from plandeck.settings import Settings

    try:
        settings = Settings(password=args.password, ocr=not args.no_ocr, ocr_budget=args.ocr_budget,
                            max_units=args.max_units,
                            max_file_bytes=args.max_file_mb * 1024 * 1024, convert_timeout=args.time_limit,
                            corrections=Path(args.corrections) if args.corrections else None)
        if settings.corrections is not None:
            from plandeck.pipeline import load_corrections

            load_corrections(settings)
    except ValueError as exc:
        error(exc)
        return 2
    except PlandeckError as err:
        error(err)
        return 2
    to_stdout = args.output == "-"
    options = RunOptions(jobs=args.jobs, time_limit=args.time_limit, memory_mb=args.memory_mb,
                         executor=args.executor, scheduler=args.scheduler, quiet=args.quiet or to_stdout)
    try:
        report = run_extract([Path(p) for p in args.inputs], None if to_stdout else Path(args.output),
                             formats=args.format, settings=settings, options=options)
    except PlandeckError as err:
        error(err)
        return 2
    for failure in report.failures:
        error(failure.message)
    if to_stdout:
        for text in report.outputs:
            sys.stdout.write(text)
    return 1 if report.failures else 0
