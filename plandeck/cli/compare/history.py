"""``plandeck history``: one item across many plans, as CSV."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from plandeck.cli.common import EXIT_OK, EXIT_STATUS, EXIT_USAGE, load_plans, write_failed
from plandeck.cli.limits import add_limit_arguments, limits_from

EPILOG = f"""examples:
  plandeck history plan-2021.pptx plan-2022.pptx plan-2023.json -o history.csv
  plandeck history old-plans/*.json                # CSV on stdout
  plandeck history yearly/                         # every plan an extract wrote there

plans are put in order of their period; one row per item per plan, grouped by lineage
(the item's id when it first appeared). A folder gives every plandeck/1 document in it
(an extract output folder: its tables and datapackage.json are skipped), or its decks.

{EXIT_STATUS}"""


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    hi: argparse.ArgumentParser = sub.add_parser("history", help="one item across many plans, as CSV",
                                                 epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    hi.add_argument("inputs", nargs="+", metavar="DECK_OR_JSON", help="plans: decks, plandeck/1 JSON files or "
                    "folders of them")
    hi.add_argument("-o", "--output", metavar="FILE.csv", help="write the CSV here (default: stdout)")
    add_limit_arguments(hi)
    return hi


def run(args: argparse.Namespace) -> int:
    from plandeck.compare.history import history_rows, to_csv
    from plandeck.compare.plans import in_period_order
    from plandeck.export.atomic import write_atomic

    plans = load_plans(args.inputs, limits_from(args))
    if isinstance(plans, int):
        return plans
    text = to_csv(history_rows([p.document for p in in_period_order(plans)]))
    if args.output is None:
        sys.stdout.write(text)
        return EXIT_OK
    try:
        write_atomic(Path(args.output), text)
    except OSError as exc:
        write_failed(Path(args.output), exc)
        return EXIT_USAGE
    return EXIT_OK
