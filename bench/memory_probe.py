"""A worker process that extracts decks (read, facts, normalise, JSON and CSV written) and reports its peak memory.

usage: python memory_probe.py OUTDIR DECK...
prints one JSON object: {"max_rss_mb": peak resident set of this process, "items": n}

It does what a ``plandeck extract --jobs N`` worker does plus the CSV tables (which the
batch writes in its parent process), so the figure is an upper bound for a worker.

The peak is VmHWM from /proc/self/status, not ``ru_maxrss``: Linux keeps ``ru_maxrss``
across fork and exec, so a probe started by a large parent (the benchmark itself) would
report the parent's size; VmHWM belongs to this process's own address space.
"""
from __future__ import annotations

import json
import resource
import sys
from pathlib import Path


def peak_rss_mb() -> float:
    """High-water resident set of this process in MB (VmHWM; ``ru_maxrss`` where /proc is missing)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def main(argv: list[str]) -> int:
    from stages import export_document, new_engine

    engine = new_engine()
    items = 0
    for deck in map(Path, argv[1:]):
        doc = engine.run(deck)
        export_document(doc, Path(argv[0]), deck.stem)
        items += len(doc.items)
    json.dump({"max_rss_mb": peak_rss_mb(), "items": items}, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
