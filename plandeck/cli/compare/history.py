"""``plandeck history``: one item across many plans, as CSV."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from plandeck.cli.common import load_plans, write_failed
from plandeck.cli.limits import add_limit_arguments, limits_from

EPILOG = """examples:
  plandeck history plan-2021.pptx plan-2022.pptx plan-2023.json -o history.csv
  plandeck history old-plans/*.json                # CSV on stdout

plans are put in order of their period; one row per item per plan, grouped by lineage
(the item's id when it first appeared). exit status: 0 done, 1 a file cannot be read
(nothing written), 2 usage error
"""


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    hi: argparse.ArgumentParser = sub.add_parser("history", help="one item across many plans, as CSV",
                                                 epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    hi.add_argument("inputs", nargs="+", metavar="DECK_OR_JSON", help="plans: decks or plandeck/1 JSON files")
    hi.add_argument("-o", "--output", metavar="FILE.csv", help="write the CSV here (default: stdout)")
    add_limit_arguments(hi)
    return hi


def run(args: argparse.Namespace) -> int:
    from plandeck.compare.history import history_rows, to_csv
    from plandeck.compare.plans import in_period_order
    from plandeck.export.atomic import write_atomic

    plans = load_plans(args.inputs, limits_from(args))
    if plans is None:
        return 1
    text = to_csv(history_rows([p.document for p in in_period_order(plans)]))
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        write_atomic(Path(args.output), text)
    except OSError as exc:
        write_failed(Path(args.output), exc)
        return 1
    return 0
