"""``plandeck review``: write the page that shows each fact of a deck on its slide."""
from __future__ import annotations

import argparse
from pathlib import Path

from plandeck.cli.common import error, write_failed
from plandeck.cli.limits import add_limit_arguments, limits_from


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = sub.add_parser("review", help="write an HTML page to check every fact against its slide",
                       description="One self-contained HTML page: each slide as an image beside the facts read "
                                   "from it; hovering or focusing a fact highlights where it was read.",
                       epilog="example:\n  plandeck review plan.pptx -o plan.review.html",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("deck", help="a deck (PPTX, PDF, PPT, ODP)")
    p.add_argument("-o", "--output", help="the page to write (default: DECK.review.html beside the deck)")
    p.add_argument("--password", help="password of a protected deck")
    add_limit_arguments(p)
    return p


def run(args: argparse.Namespace) -> int:
    from plandeck.batch.supervise import extract_documents
    from plandeck.errors import PlandeckError
    from plandeck.export.atomic import write_atomic
    from plandeck.review import build_review
    from plandeck.settings import Settings

    deck = Path(args.deck)
    out = Path(args.output) if args.output else deck.with_name(deck.name + ".review.html")
    limits = limits_from(args)
    settings = Settings(password=args.password, convert_timeout=limits.time_limit)
    # The facts come from a supervised worker, as for every command that reads decks: a hostile deck fails there.
    result = extract_documents([deck], settings, limits)[0]
    if result.document is None:
        error(result.message)
        return 1
    try:
        html = build_review(deck, settings, result.document)
    except PlandeckError as exc:
        error(exc)
        return 1
    try:
        write_atomic(out, html)
    except OSError as exc:
        write_failed(out, exc)
        return 1
    return 0
