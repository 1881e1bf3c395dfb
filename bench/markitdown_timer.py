"""Times ``MarkItDown().convert(path)``; runs inside bench/.venv-markitdown and never imports plandeck.

usage: python markitdown_timer.py
Reads one request per line on stdin and answers one JSON line on stdout: ``version`` gives
``{"version": ...}``; a file path gives ``{"seconds": s, "chars": n}`` for one conversion
(or ``{"error": ...}``). The benchmark interleaves these requests with its plandeck and
floor runs so that all three see the same machine load.
"""
from __future__ import annotations

import json
import sys
import time
from importlib.metadata import version


def main() -> int:
    from markitdown import MarkItDown

    converter = MarkItDown()
    for line in sys.stdin:
        request = line.strip()
        if not request:
            continue
        if request == "version":
            answer: dict = {"version": version("markitdown")}
        else:
            try:
                start = time.perf_counter()
                result = converter.convert(request)
                answer = {"seconds": time.perf_counter() - start, "chars": len(result.text_content)}
            except Exception as exc:  # report, keep serving
                answer = {"error": f"{type(exc).__name__}: {exc}"[:300]}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
