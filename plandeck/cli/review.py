"""``plandeck review``: write the page that shows each fact of a deck on its slide."""
from __future__ import annotations

import argparse
from pathlib import Path

from plandeck.cli.common import error, write_failed


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = sub.add_parser("review", help="write an HTML page to check every fact against its slide",
                       description="One self-contained HTML page: each slide as an image beside the facts read "
                                   "from it; hovering or focusing a fact highlights where it was read.",
                       epilog="example:\n  plandeck review plan.pptx -o plan.review.html",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("deck", help="a deck (PPTX, PDF, PPT, ODP)")
    p.add_argument("-o", "--output", help="the page to write (default: DECK.review.html beside the deck)")
    p.add_argument("--password", help="password of a protected deck")
    return p


def run(args: argparse.Namespace) -> int:
    from plandeck.errors import PlandeckError
    from plandeck.export.atomic import write_atomic
    from plandeck.review import build_review
    from plandeck.settings import Settings

    deck = Path(args.deck)
    out = Path(args.output) if args.output else deck.with_name(deck.name + ".review.html")
    try:
        html = build_review(deck, Settings(password=args.password))
    except PlandeckError as exc:
        error(exc)
        return 1
    try:
        write_atomic(out, html)
    except OSError as exc:
        write_failed(out, exc)
        return 1
    return 0
