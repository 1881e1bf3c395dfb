"""``plandeck schema``: print the JSON Schema of plandeck/1."""
from __future__ import annotations

import argparse
import sys

from plandeck.cli.common import EXIT_STATUS


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    return sub.add_parser("schema", help="print the JSON Schema of plandeck/1",
                          epilog=f"example:\n  plandeck schema > plandeck-1.schema.json\n\n{EXIT_STATUS}",
                          formatter_class=argparse.RawDescriptionHelpFormatter)


def run(args: argparse.Namespace) -> int:
    import json

    from plandeck.schema import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2) + "\n")
    return 0
