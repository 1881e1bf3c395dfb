"""``plandeck extract``: decks, folders and zip archives to plandeck/1 JSON and tables."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from plandeck.cli.common import EXIT_INPUT_FAILED, EXIT_OK, EXIT_STATUS, EXIT_USAGE, error, write_failed
from plandeck.cli.limits import add_limit_arguments, count, number

if TYPE_CHECKING:
    from plandeck.batch.run import Report

EPILOG = f"""examples:
  plandeck extract samples/u4ssc-action-plan-2021-2022.pptx -o out/
  plandeck extract decks/ archive.zip -o out/ --format json,csv,xlsx --jobs 2
  plandeck extract plan.pdf -o -                  # the document as JSON on stdout
  plandeck extract decks/ -o - > all.jsonl        # JSON Lines: one document per line
  plandeck extract decks/ -o - --format csv --table leaders > leaders.csv

outputs: OUT/<path>.json per deck, <path> being the deck's path below the folder given
(decks/2022/plan.pptx -> OUT/2022/plan.pptx.json; a zip's members OUT/archive.zip/<member>.json);
the tables (plans, items, leaders, meetings, organisations, errors) cover every plandeck/1
document in OUT, so yearly runs into one folder add up. A line per deck and a closing
summary go to stderr (--quiet: errors only).

{EXIT_STATUS}"""


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
    ex.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="output folder, or - for stdout "
                    "(JSON Lines, one document per line; or one CSV table with --format csv)")
    ex.add_argument("--format", type=_formats, default=None, help="comma-separated: json,csv,xlsx,parquet "
                    "(default: json,csv; csv comes with datapackage.json; with -o -: json or csv)")
    ex.add_argument("--table", default=None, help="with -o - --format csv: the table to write, one of plans, "
                    "items, leaders, meetings, organisations (default items)")
    ex.add_argument("--excel", action="store_true", help="CSV as UTF-8 with a byte-order mark, so Excel opens "
                    "accents right")
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
    ex.add_argument("--quiet", "-q", action="store_true", help="no progress or summary on stderr, errors only")
    ex.add_argument("--json-summary", metavar="FILE", help="write what was done as JSON to FILE (- for stdout): "
                    "per deck its status, counts, warnings by code and output, and the files written")
    return ex


def _usage_problem(args: argparse.Namespace, to_stdout: bool) -> str | None:
    """Why these options cannot go together, or None."""
    formats = args.format
    if to_stdout:
        if formats is not None and (len(formats) != 1 or formats[0] not in ("json", "csv")):
            return "with -o -, give one --format: json (JSON Lines) or csv (one --table)"
        if args.json_summary == "-":
            return "-o - and --json-summary - would both write to stdout"
    elif Path(args.output).exists() and not Path(args.output).is_dir():
        return f"{args.output}: -o names a file; give a folder (it is created if missing) or - for stdout"
    if args.table is not None:
        from plandeck.export.tables import TABLES

        if args.table not in TABLES:
            return f"unknown table {args.table!r}; choose from {', '.join(TABLES)}"
        if not (to_stdout and formats == ("csv",)):
            return "--table goes with -o - --format csv (a folder gets every table)"
    return None


def run(args: argparse.Namespace) -> int:
    to_stdout = args.output == "-"
    problem = _usage_problem(args, to_stdout)
    if problem:
        error(problem)
        return EXIT_USAGE
    formats = args.format or (("json",) if to_stdout else ("json", "csv"))
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
        return EXIT_USAGE
    except PlandeckError as err:
        error(err)
        return EXIT_USAGE
    options = RunOptions(jobs=args.jobs, time_limit=args.time_limit, memory_mb=args.memory_mb,
                         executor=args.executor, scheduler=args.scheduler, quiet=args.quiet, excel=args.excel)
    try:
        report = run_extract([Path(p) for p in args.inputs], None if to_stdout else Path(args.output),
                             formats=formats, settings=settings, options=options)
    except PlandeckError as err:
        error(err)
        return EXIT_USAGE
    for failure in report.failures:
        error(failure.message)
    if to_stdout:
        _write_stdout(report, formats[0], args.table or "items", args.excel)
    if not args.quiet and len(report.summary.decks) > 1:
        print("plandeck: summary", *report.summary.table(), sep="\n", file=sys.stderr)
    elif not args.quiet and report.skipped:  # one deck, already done: say so, since no line came as it ran
        print(f"plandeck: {report.summary.decks[0].line()}", file=sys.stderr)
    if args.json_summary:
        if args.json_summary == "-":
            sys.stdout.write(report.summary.to_json())
        else:
            from plandeck.export.atomic import write_atomic

            try:
                write_atomic(Path(args.json_summary), report.summary.to_json())
            except OSError as exc:
                write_failed(Path(args.json_summary), exc)
                return EXIT_USAGE
    return EXIT_INPUT_FAILED if report.failures else EXIT_OK


def _write_stdout(report: Report, fmt: str, table: str, excel: bool) -> None:
    """JSON Lines (one document per line, so one deck is also one valid JSON document), or one CSV table."""
    if fmt == "json":
        import json

        for text in report.outputs:  # the documents as written (to_json), each folded onto one line
            sys.stdout.write(json.dumps(json.loads(text), ensure_ascii=False, separators=(",", ":")) + "\n")
        return
    from plandeck.export.tables import rows
    from plandeck.export.writers import csv_text, frames

    sys.stdout.write(csv_text(frames(rows(report.documents), spreadsheet_safe=True)[table], excel))
