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
    ex.add_argument("--ocr-budget", type=float, default=40.0, metavar="SECONDS",
                    help="OCR time per file; later scanned pages are skipped with a warning (default 40)")
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
    _add_compare_commands(sub)
    return parser


EPILOG_DIFF = """examples:
  plandeck diff samples/u4ssc-action-plan-2021-2022.pptx samples/u4ssc-action-plan-2022-2023.pptx
  plandeck diff old.json new.pptx -o changes/     # changes/diff.json, diff.md, diff.csv

exit status: 0 no change, 1 the plans differ, 2 trouble (a file cannot be read)
"""
EPILOG_HISTORY = """examples:
  plandeck history plan-2021.pptx plan-2022.pptx plan-2023.json -o history.csv
  plandeck history old-plans/*.json                # CSV on stdout

plans are put in order of their period; one row per item per plan, grouped by lineage
(the item's id when it first appeared). exit status: 0 done, 1 a file cannot be read
(nothing written), 2 usage error
"""
EPILOG_REPORT = """examples:
  plandeck report samples/u4ssc-action-plan-2021-2022.pptx samples/u4ssc-action-plan-2022-2023.pptx -o report.html

one self-contained HTML file (no network access): per plan a timeline chart and the tables,
and the changes between consecutive plans; every value links to its deck and slide.
exit status: 0 done, 1 a file cannot be read (nothing written), 2 usage error
"""


def _add_compare_commands(sub: argparse._SubParsersAction) -> None:
    """``diff``, ``history`` and ``report``: commands that compare plans (decks or plandeck/1 JSON)."""
    raw = argparse.RawDescriptionHelpFormatter
    df = sub.add_parser("diff", help="what changed between two plans", epilog=EPILOG_DIFF, formatter_class=raw)
    df.add_argument("old", metavar="OLD", help="the earlier plan: a deck or a plandeck/1 JSON file")
    df.add_argument("new", metavar="NEW", help="the later plan: a deck or a plandeck/1 JSON file")
    df.add_argument("-o", "--output", metavar="OUTDIR", help="write diff.json, diff.md and diff.csv here "
                    "(default: the Markdown summary on stdout)")
    hi = sub.add_parser("history", help="one item across many plans, as CSV", epilog=EPILOG_HISTORY,
                        formatter_class=raw)
    hi.add_argument("inputs", nargs="+", metavar="DECK_OR_JSON", help="plans: decks or plandeck/1 JSON files")
    hi.add_argument("-o", "--output", metavar="FILE.csv", help="write the CSV here (default: stdout)")
    rp = sub.add_parser("report", help="one self-contained HTML report of plans and their changes",
                        epilog=EPILOG_REPORT, formatter_class=raw)
    rp.add_argument("inputs", nargs="+", metavar="DECK_OR_JSON", help="plans: decks or plandeck/1 JSON files")
    rp.add_argument("-o", "--output", required=True, metavar="REPORT.html", help="the HTML file to write")


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
    if args.command in ("diff", "history", "report"):
        return {"diff": _diff, "history": _history, "report": _report}[args.command](args)
    parser.error(f"unknown command {args.command}")
    return 2


def _extract(args: argparse.Namespace) -> int:
    if args.executor == "local" and (args.jobs > 1 or len(args.inputs) > 1 or Path(args.inputs[0]).is_dir()):
        # Workers will be needed: their fork server loads the readers while this process
        # imports its own modules and hashes the inputs.
        from plandeck.batch.workers import start_forkserver

        start_forkserver()
    from plandeck.batch.run import RunOptions, run_extract
    from plandeck.errors import PlandeckError
    from plandeck.settings import Settings

    try:
        settings = Settings(password=args.password, ocr=not args.no_ocr, ocr_budget=args.ocr_budget,
                            max_units=args.max_units,
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
        for text in report.outputs:
            sys.stdout.write(text)
    return 1 if report.failures else 0


def _load_plans(paths: list[str]) -> list | None:
    """Every plan, or None after one error line per file that cannot be read."""
    from plandeck.compare.plans import load_plan
    from plandeck.errors import PlandeckError

    plans, failed = [], False
    for name in paths:
        try:
            plans.append(load_plan(Path(name)))
        except PlandeckError as exc:
            print(f"plandeck: error: {exc}", file=sys.stderr)
            failed = True
    return None if failed else plans


def _write_failed(path: Path, exc: OSError) -> None:
    print(f"plandeck: error: {path}: cannot write: {exc.strerror or exc}", file=sys.stderr)


def _diff(args: argparse.Namespace) -> int:
    from plandeck.compare.diff import diff_documents
    from plandeck.compare.text import to_csv, to_markdown
    from plandeck.export.atomic import write_atomic

    plans = _load_plans([args.old, args.new])
    if plans is None:
        return 2
    old, new = (p.document for p in plans)
    diff = diff_documents(old, new)
    summary = to_markdown(diff, old, new)
    if args.output is None:
        sys.stdout.write(summary)
    else:
        outdir = Path(args.output)
        for name, text in (("diff.json", diff.to_json()), ("diff.md", summary), ("diff.csv", to_csv(diff))):
            try:
                write_atomic(outdir / name, text)
            except OSError as exc:
                _write_failed(outdir / name, exc)
                return 2
    return 1 if diff.has_changes else 0


def _history(args: argparse.Namespace) -> int:
    from plandeck.compare.history import history_rows, to_csv
    from plandeck.compare.plans import in_period_order
    from plandeck.export.atomic import write_atomic

    plans = _load_plans(args.inputs)
    if plans is None:
        return 1
    text = to_csv(history_rows([p.document for p in in_period_order(plans)]))
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        write_atomic(Path(args.output), text)
    except OSError as exc:
        _write_failed(Path(args.output), exc)
        return 1
    return 0


def _report(args: argparse.Namespace) -> int:
    from plandeck.compare.plans import in_period_order
    from plandeck.export.atomic import write_atomic
    from plandeck.report import build_report

    plans = _load_plans(args.inputs)
    if plans is None:
        return 1
    out = Path(args.output)
    try:
        write_atomic(out, build_report(in_period_order(plans), out.parent))
    except OSError as exc:
        _write_failed(out, exc)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
