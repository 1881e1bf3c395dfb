"""Command-line values that bound a run: parsed strictly, so a typo can never switch a limit off.

``float("nan")`` compares false with everything, so ``--time-limit nan`` used to pass a
``<= 0`` check and then never fire; infinity the same. Each value here must be a finite
number in range, or argparse stops with a usage error (exit 2) naming the option.
"""
from __future__ import annotations

import argparse
import math
from collections.abc import Callable

from plandeck.batch.limits import DEFAULT_MEMORY_MB, DEFAULT_TIME_LIMIT, Limits


def number(minimum: float, *, strict: bool, integer: bool = False) -> Callable[[str], float]:
    """An argparse type: a finite number ``> minimum`` (strict) or ``>= minimum``."""
    bound = f"> {minimum:g}" if strict else f">= {minimum:g}"

    def parse(text: str) -> float:
        try:
            value = int(text) if integer else float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not {'a whole' if integer else 'a'} number") from None
        if not math.isfinite(value) or value < minimum or (strict and value == minimum):
            raise argparse.ArgumentTypeError(f"{text!r} must be a finite number {bound}")
        return value

    return parse


def count(minimum: int) -> Callable[[str], int]:
    """An argparse type: a whole number ``>= minimum``."""
    parse = number(minimum, strict=False, integer=True)
    return lambda text: int(parse(text))


def add_limit_arguments(parser: argparse.ArgumentParser) -> None:
    """``--time-limit`` and ``--memory-mb``: the same per-file limits on every command that reads decks."""
    parser.add_argument("--time-limit", type=number(0, strict=True), default=DEFAULT_TIME_LIMIT, metavar="SECONDS",
                        help=f"seconds per deck before it is given up, LibreOffice included "
                             f"(default {DEFAULT_TIME_LIMIT:g})")
    parser.add_argument("--memory-mb", type=count(64), default=DEFAULT_MEMORY_MB, metavar="MB",
                        help=f"memory per deck, LibreOffice included, before it is given up "
                             f"(default {DEFAULT_MEMORY_MB})")


def limits_from(args: argparse.Namespace) -> Limits:
    return Limits(time_limit=args.time_limit, memory_mb=args.memory_mb)
