"""``plandeck report``: one self-contained HTML report of plans and their changes."""
from __future__ import annotations

import argparse
from pathlib import Path

from plandeck.cli.common import load_plans, write_failed
from plandeck.cli.limits import add_limit_arguments, limits_from

EPILOG = """examples:
  plandeck report samples/u4ssc-action-plan-2021-2022.pptx samples/u4ssc-action-plan-2022-2023.pptx -o report.html

one self-contained HTML file (no network access): per plan a timeline chart and the tables,
and the changes between consecutive plans; every value links to its deck and slide.
exit status: 0 done, 1 a file cannot be read (nothing written), 2 usage error
"""


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    rp: argparse.ArgumentParser = sub.add_parser("report", help="one self-contained HTML report of plans and "
                                                 "their changes", epilog=EPILOG,
                                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    rp.add_argument("inputs", nargs="+", metavar="DECK_OR_JSON", help="plans: decks or plandeck/1 JSON files")
    rp.add_argument("-o", "--output", required=True, metavar="REPORT.html", help="the HTML file to write")
    add_limit_arguments(rp)
    return rp


def run(args: argparse.Namespace) -> int:
    from plandeck.compare.plans import in_period_order
    from plandeck.export.atomic import write_atomic
    from plandeck.report import build_report

    plans = load_plans(args.inputs, limits_from(args))
    if plans is None:
        return 1
    out = Path(args.output)
    try:
        write_atomic(out, build_report(in_period_order(plans), out.parent))
    except OSError as exc:
        write_failed(out, exc)
        return 1
    return 0
