"""``plandeck diff``: what changed between two plans."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from plandeck.cli.common import EXIT_DIFFERS, EXIT_OK, EXIT_STATUS, EXIT_USAGE, error, load_plans, write_failed
from plandeck.cli.limits import add_limit_arguments, limits_from

EPILOG = f"""examples:
  plandeck diff samples/u4ssc-action-plan-2021-2022.pptx samples/u4ssc-action-plan-2022-2023.pptx
  plandeck diff old.json new.pptx -o changes/     # changes/diff.json, diff.md, diff.csv
  plandeck diff out-2021/ out-2022/               # folders holding one plan each

{EXIT_STATUS}"""


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    df: argparse.ArgumentParser = sub.add_parser("diff", help="what changed between two plans", epilog=EPILOG,
                                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    df.add_argument("old", metavar="OLD", help="the earlier plan: a deck, a plandeck/1 JSON file or a folder "
                    "holding one")
    df.add_argument("new", metavar="NEW", help="the later plan: a deck, a plandeck/1 JSON file or a folder "
                    "holding one")
    df.add_argument("-o", "--output", metavar="OUTDIR", help="write diff.json, diff.md and diff.csv here "
                    "(default: the Markdown summary on stdout)")
    add_limit_arguments(df)
    return df


def run(args: argparse.Namespace) -> int:
    from plandeck.compare.diff import diff_documents
    from plandeck.compare.text import to_csv, to_markdown
    from plandeck.export.atomic import write_atomic

    pair, statuses = [], []
    for name in (args.old, args.new):  # both are loaded, so every bad input is told at once
        plans = load_plans([name], limits_from(args))
        if isinstance(plans, int):
            statuses.append(plans)
        elif len(plans) != 1:
            error(f"{name}: holds {len(plans)} plans; diff compares one plan with one (see history for more)")
            statuses.append(EXIT_USAGE)
        else:
            pair.append(plans[0].document)
    if statuses:
        return max(statuses)
    old, new = pair
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
                write_failed(outdir / name, exc)
                return EXIT_USAGE
    return EXIT_DIFFERS if diff.has_changes else EXIT_OK
