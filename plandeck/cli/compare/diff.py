"""``plandeck diff``: what changed between two plans."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from plandeck.cli.common import load_plans, write_failed
from plandeck.cli.limits import add_limit_arguments, limits_from

EPILOG = """examples:
  plandeck diff samples/u4ssc-action-plan-2021-2022.pptx samples/u4ssc-action-plan-2022-2023.pptx
  plandeck diff old.json new.pptx -o changes/     # changes/diff.json, diff.md, diff.csv

exit status: 0 no change, 1 the plans differ, 2 trouble (a file cannot be read)
"""


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    df: argparse.ArgumentParser = sub.add_parser("diff", help="what changed between two plans", epilog=EPILOG,
                                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    df.add_argument("old", metavar="OLD", help="the earlier plan: a deck or a plandeck/1 JSON file")
    df.add_argument("new", metavar="NEW", help="the later plan: a deck or a plandeck/1 JSON file")
    df.add_argument("-o", "--output", metavar="OUTDIR", help="write diff.json, diff.md and diff.csv here "
                    "(default: the Markdown summary on stdout)")
    add_limit_arguments(df)
    return df


def run(args: argparse.Namespace) -> int:
    from plandeck.compare.diff import diff_documents
    from plandeck.compare.text import to_csv, to_markdown
    from plandeck.export.atomic import write_atomic

    plans = load_plans([args.old, args.new], limits_from(args))
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
                write_failed(outdir / name, exc)
                return 2
    return 1 if diff.has_changes else 0
