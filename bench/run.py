"""plandeck benchmark (issue 7): per-deck stage times, raw floor, markitdown, batch, cold start, memory.

usage: python bench/run.py [--quick] [--repeats N] [--no-markitdown]

Prints a per-deck table and a table of figures with their targets and PASS/FAIL, and
writes every figure to bench/results/latest.json. Decks are generated deterministically
(fixed seeds) into bench/.cache; PDFs are rendered once by LibreOffice and cached by the
PPTX's hash. markitdown runs in its own virtual environment, bench/.venv-markitdown,
created on the first run. See bench/README.md for what each figure means.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from gen_decks import build_pptx, render_pdfs
from stages import export_document, new_engine

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
RESULTS = HERE / "results" / "latest.json"
VENV = HERE / ".venv-markitdown"
MARKITDOWN_SPEC = "markitdown[pptx,pdf]"

SIZES = (10, 50, 300)
QUICK_SIZES = (10, 50)
FORMATS = ("pptx", "pdf")
STAGES = ("read", "facts", "normalise", "export")
SEED = 2023
BATCH_DECKS, QUICK_BATCH_DECKS = 200, 40
BATCH_VARIANTS = 10  # distinct small decks (each as PPTX and PDF) that the batch folder cycles through
REPEATS, QUICK_REPEATS = 5, 2
LOAD_WARNING = 0.7  # 1-minute load average above which the run warns that the figures are skewed
BATCH_REPEATS = 5  # whole-process batch runs are long: at most this many
BATCH_TABLES = ("plans", "items", "leaders", "meetings", "organisations")

# Targets: (figure key, comparison, limit)
TARGET_PPTX_VS_MARKITDOWN = 1.0
TARGET_PDF_VS_MARKITDOWN = 0.5
TARGET_JOBS_SPEEDUP = 1.7
TARGET_COLD_EXTRACT_S = 1.5
TARGET_HELP_S = 0.3
TARGET_LINEARITY_300_10 = 32.0
TARGET_PEAK_MB = 400.0


@dataclass
class Figure:
    """One measured figure, with its target and verdict (``passed`` is None when there is no target)."""

    name: str
    value: float | None
    unit: str
    target: str = ""
    passed: bool | None = None
    note: str = ""

    @property
    def verdict(self) -> str:
        if self.value is None:
            return "n/a"
        return "" if self.passed is None else ("PASS" if self.passed else "FAIL")


@dataclass
class DeckTiming:
    """Medians over the repeats for one generated deck, in seconds."""

    fmt: str
    slides: int
    file: str
    stages: dict[str, float]
    total: float
    total_runs: list[float]
    floor: float
    markitdown: float | None = None
    items: int = 0

    @property
    def vs_floor(self) -> float:
        return self.total / self.floor

    @property
    def vs_markitdown(self) -> float | None:
        return self.total / self.markitdown if self.markitdown else None


def at_most(name: str, value: float | None, unit: str, limit: float, note: str = "") -> Figure:
    passed = None if value is None else value <= limit
    return Figure(name, value, unit, f"<= {limit:g}", passed, note)


def below(name: str, value: float | None, unit: str, limit: float, note: str = "") -> Figure:
    passed = None if value is None else value < limit
    return Figure(name, value, unit, f"< {limit:g}", passed, note)


def at_least(name: str, value: float | None, unit: str, limit: float, note: str = "") -> Figure:
    passed = None if value is None else value >= limit
    return Figure(name, value, unit, f">= {limit:g}", passed, note)


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


# --- decks ----------------------------------------------------------------------------------------


def prepare_decks(sizes: Sequence[int]) -> dict[tuple[str, int], Path]:
    """The generated PPTX of each size and its PDF rendering, under bench/.cache/decks."""
    folder = CACHE / "decks"
    folder.mkdir(parents=True, exist_ok=True)
    pptx = {n: build_pptx(folder / f"plan-{n}.pptx", n, SEED + n) for n in sizes}
    pdfs = render_pdfs(list(pptx.values()), CACHE / "pdf")
    decks: dict[tuple[str, int], Path] = {}
    for n, deck in pptx.items():
        decks[("pptx", n)] = deck
        decks[("pdf", n)] = _copy_if_changed(pdfs[deck], folder / f"plan-{n}.pdf")
    return decks


def prepare_batch(count: int) -> Path:
    """A folder of ``count`` decks, PPTX and PDF alternating, cycling through small variants (6-15 slides)."""
    variants = CACHE / "variants"
    variants.mkdir(parents=True, exist_ok=True)
    pptx = [build_pptx(variants / f"variant-{i}.pptx", 6 + i, 1000 + i) for i in range(BATCH_VARIANTS)]
    pdfs = render_pdfs(pptx, CACHE / "pdf")
    folder = CACHE / f"batch-{count}"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    for k in range(count):
        source = pptx[(k // 2) % BATCH_VARIANTS]
        if k % 2:
            shutil.copyfile(pdfs[source], folder / f"deck-{k:03d}.pdf")
        else:
            shutil.copyfile(source, folder / f"deck-{k:03d}.pptx")
    return folder


def _copy_if_changed(src: Path, dst: Path) -> Path:
    if not dst.exists() or dst.read_bytes() != src.read_bytes():
        shutil.copyfile(src, dst)
    return dst


# --- in-process stage times and the raw floor ---------------------------------------------------


def run_stages(engine: Any, path: Path) -> tuple[dict[str, float], int]:
    """One pass of the four stages over ``path`` (export into a temporary folder); seconds per stage, items."""
    gc.collect()
    with tempfile.TemporaryDirectory() as out:
        t0 = time.perf_counter()
        deck = engine.read(path)
        t1 = time.perf_counter()
        raw = engine.facts.find(deck)
        t2 = time.perf_counter()
        doc = engine.normaliser.normalise(raw)
        t3 = time.perf_counter()
        export_document(doc, Path(out), path.stem)
        t4 = time.perf_counter()
    return dict(zip(STAGES, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True)), len(doc.items)


def floor_pptx(path: Path) -> int:
    """python-pptx load plus a walk of every shape: groups recursed, text frames and tables read."""
    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    def walk(shapes) -> int:
        chars = 0
        for shape in shapes:
            if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
                chars += walk(shape.shapes)
            elif getattr(shape, "has_table", False):
                chars += sum(len(cell.text) for row in shape.table.rows for cell in row.cells)
            elif shape.has_text_frame:
                chars += sum(len(p.text) for p in shape.text_frame.paragraphs)
        return chars

    return sum(walk(slide.shapes) for slide in Presentation(str(path)).slides)


def floor_pdf(path: Path) -> int:
    """pdfplumber word extraction of every page."""
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return sum(len(page.extract_words()) for page in pdf.pages)


def time_floor(fmt: str, path: Path) -> float:
    fn = floor_pptx if fmt == "pptx" else floor_pdf
    gc.collect()
    return timed(lambda: fn(path))


def measure_decks(decks: dict[tuple[str, int], Path], repeats: int, markitdown: Markitdown | None,
                  ) -> list[DeckTiming]:
    """Stage times, floor and markitdown of every deck, warm, median of ``repeats``.

    The three are interleaved run by run, so a change in machine load hits all of them
    alike and their ratios hold. One untimed pass per format first loads the rules, spaCy,
    the exporters' imports (pandas) and markitdown's converters: the cold-start figures
    count those instead.
    """
    engine = new_engine()
    for fmt in FORMATS:
        smallest = decks[(fmt, min(n for f, n in decks if f == fmt))]
        run_stages(engine, smallest)
        time_floor(fmt, smallest)
        if markitdown is not None:
            markitdown.time(smallest)
    timings = []
    for (fmt, n), path in sorted(decks.items(), key=lambda kv: (FORMATS.index(kv[0][0]), kv[0][1])):
        runs: dict[str, list[float]] = {stage: [] for stage in STAGES}
        totals, floors, md = [], [], []
        items = 0
        for _ in range(repeats):
            stage_times, items = run_stages(engine, path)
            for stage, seconds in stage_times.items():
                runs[stage].append(seconds)
            totals.append(sum(stage_times.values()))
            floors.append(time_floor(fmt, path))
            if markitdown is not None:
                md.append(markitdown.time(path))
        timing = DeckTiming(fmt, n, str(path.relative_to(HERE)), {s: statistics.median(r) for s, r in runs.items()},
                            statistics.median(totals), totals, statistics.median(floors),
                            statistics.median(md) if md else None, items)
        timings.append(timing)
        print(f"  {fmt} {n:>3} slides: {timing.total * 1000:8.1f} ms, floor {timing.floor * 1000:.1f} ms"
              + (f", markitdown {timing.markitdown * 1000:.1f} ms" if timing.markitdown else ""), flush=True)
    return timings


# --- markitdown, in its own environment -------------------------------------------------------------


def markitdown_python() -> tuple[Path | None, str]:
    """The interpreter of bench/.venv-markitdown, created and filled on first use; or None and why not."""
    python = VENV / "bin" / "python"
    try:
        if not python.exists():
            print(f"  creating {VENV.relative_to(HERE.parent)} ...", flush=True)
            subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True, capture_output=True, timeout=300)
        (VENV / ".gitignore").write_text("# made by bench/run.py; keeps git and ruff out\n*\n")
        probe = subprocess.run([str(python), "-c", "import markitdown"], capture_output=True, timeout=120)
        if probe.returncode != 0:
            print(f"  pip install '{MARKITDOWN_SPEC}' into {VENV.name} ...", flush=True)
            pip = subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                                  MARKITDOWN_SPEC], capture_output=True, text=True, timeout=1800)
            if pip.returncode != 0:
                lines = (pip.stderr or pip.stdout).strip().splitlines()
                return None, f"pip install failed: {lines[-1] if lines else pip.returncode}"
    except (OSError, subprocess.SubprocessError) as exc:
        return None, f"cannot set up {VENV.name}: {exc}"
    return python, "ok"


class Markitdown:
    """markitdown_timer.py running in the markitdown venv: send a path, get the seconds its conversion took."""

    def __init__(self, python: Path) -> None:
        self._proc = subprocess.Popen([str(python), str(HERE / "markitdown_timer.py")], stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE, text=True)
        self.version = self._ask("version")["version"]

    def _ask(self, line: str) -> dict:
        assert self._proc.stdin is not None and self._proc.stdout is not None
        self._proc.stdin.write(line + "\n")
        self._proc.stdin.flush()
        answer = self._proc.stdout.readline()
        if not answer:
            raise RuntimeError(f"markitdown timer exited ({self._proc.wait()})")
        data = json.loads(answer)
        if "error" in data:
            raise RuntimeError(f"markitdown failed on {line}: {data['error']}")
        return data

    def time(self, path: Path) -> float:
        return float(self._ask(str(path))["seconds"])

    def close(self) -> None:
        if self._proc.stdin is not None:
            self._proc.stdin.close()
        self._proc.wait(timeout=30)


def start_markitdown(enabled: bool) -> tuple[Markitdown | None, str]:
    """The markitdown timer, or None and why the column is skipped."""
    if not enabled:
        return None, "skipped: --no-markitdown"
    python, reason = markitdown_python()
    if python is None:
        return None, f"skipped: {reason}"
    try:
        timer = Markitdown(python)
    except (OSError, RuntimeError, ValueError) as exc:
        return None, f"skipped: markitdown does not start: {exc}"
    return timer, f"markitdown {timer.version}"


# --- whole processes ----------------------------------------------------------------------------------


def plandeck_command() -> list[str]:
    """The console script installed beside this interpreter (no pyenv shim in the timing), else ``-m``."""
    script = Path(sys.executable).parent / "plandeck"
    if script.exists():
        return [str(script)]
    found = shutil.which("plandeck")
    return [found] if found else [sys.executable, "-m", "plandeck.cli"]


def wall(args: Sequence[str]) -> float:
    """Wall time of one process; raises when it fails."""
    start = time.perf_counter()
    proc = subprocess.run(list(args), capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} exited {proc.returncode}: {proc.stderr.strip()[-300:]}")
    return elapsed


def median_wall(args_for_run: Callable[[Path], list[str]], repeats: int) -> float:
    """Median wall time, each run writing into a fresh output folder."""
    runs = []
    for _ in range(repeats):
        with tempfile.TemporaryDirectory() as out:
            runs.append(wall(args_for_run(Path(out))))
    return statistics.median(runs)


def cli_has_jobs() -> bool:
    """True when ``plandeck extract --help`` lists a --jobs option (the examples may mention it before it exists)."""
    proc = subprocess.run([*plandeck_command(), "extract", "--help"], capture_output=True, text=True)
    return re.search(r"^\s*(?:-\w+,\s*)?--jobs\b", proc.stdout, re.MULTILINE) is not None


def measure_batch(folder: Path, count: int, repeats: int) -> tuple[list[Figure], dict]:
    """Decks per second of ``plandeck extract DIR -o OUT --format json,csv``, and with --jobs 1 / 2 when it exists.

    The variants run in turn within each repeat, so load changes hit them alike; the
    speed-up is the median of each repeat's own --jobs 1 / --jobs 2 ratio, which a slow
    spell on a shared machine moves far less than a ratio of separate medians.
    """
    cmd = plandeck_command()
    problem = _check_batch_output(cmd, folder, count)
    if problem:
        print(f"  {problem}", flush=True)
        return [Figure(f"batch {count} decks, default", None, "decks/s", note=problem[:80])], {"error": problem}
    has_jobs = cli_has_jobs()
    variants = {"default": [], **({"--jobs 1": ["--jobs", "1"], "--jobs 2": ["--jobs", "2"]} if has_jobs else {})}
    runs: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(repeats):
        for name, extra in variants.items():
            with tempfile.TemporaryDirectory() as out:
                runs[name].append(wall([*cmd, "extract", str(folder), "-o", out, "--format", "json,csv", *extra]))
    seconds = {name: statistics.median(r) for name, r in runs.items()}
    figures = [Figure(f"batch {count} decks, {name}", count / s, "decks/s", note=f"{s:.1f} s wall")
               for name, s in seconds.items()]
    if has_jobs:
        ratios = [one / two for one, two in zip(runs["--jobs 1"], runs["--jobs 2"], strict=True)]
        figures.append(at_least("batch --jobs 2 / --jobs 1 speed-up", statistics.median(ratios), "x",
                                TARGET_JOBS_SPEEDUP, note=f"per repeat {min(ratios):.2f}-{max(ratios):.2f}"))
    else:
        figures.append(Figure("batch --jobs 2 / --jobs 1 speed-up", None, "x", f">= {TARGET_JOBS_SPEEDUP:g}",
                              note="n/a: no --jobs option yet"))
    return figures, {"decks": count, "seconds": seconds, "runs": runs}


def _check_batch_output(cmd: list[str], folder: Path, count: int) -> str:
    """One untimed run that must give a JSON per deck and the five CSV tables (also warms the OS cache).

    Returns what went wrong, or "": timing a run whose decks fail would time the error path.
    """
    with tempfile.TemporaryDirectory() as out:
        proc = subprocess.run([*cmd, "extract", str(folder), "-o", out, "--format", "json,csv"],
                              capture_output=True, text=True)
        written = sum((Path(out) / f"{deck.name}.json").is_file() for deck in folder.iterdir())
        csvs = sum((Path(out) / f"{table}.csv").is_file() for table in BATCH_TABLES)
    if proc.returncode != 0 or written != count or csvs != len(BATCH_TABLES):
        errors = proc.stderr.strip().splitlines()
        return (f"not timed: batch wrote {written}/{count} JSON and {csvs} CSV (exit {proc.returncode}); "
                f"{errors[-1] if errors else ''}")
    return ""


def measure_cold_start(decks: Sequence[Path], repeats: int) -> list[Figure]:
    """Wall time of a fresh ``plandeck extract`` process on each small deck, and of ``plandeck --help``."""
    cmd = plandeck_command()
    wall([*cmd, "--help"])  # first run pays for .pyc writing and a cold page cache
    figures = []
    for deck in decks:
        seconds = median_wall(lambda out, d=deck: [*cmd, "extract", str(d), "-o", str(out), "--format", "json,csv"],
                              repeats)
        figures.append(below(f"CLI cold start: extract {deck.name}", seconds, "s", TARGET_COLD_EXTRACT_S))
    helps = statistics.median(timed(lambda: subprocess.run([*cmd, "--help"], capture_output=True))
                              for _ in range(repeats))
    return [*figures, below("CLI cold start: plandeck --help", helps, "s", TARGET_HELP_S)]


def measure_memory(decks: dict[tuple[str, int], Path]) -> list[Figure]:
    """Peak RSS of a worker process extracting the largest deck of each format (JSON + CSV written).

    The smallest PPTX gives the baseline (imports, rules, spaCy) that every worker pays.
    """
    def peak(deck: Path) -> float:
        with tempfile.TemporaryDirectory() as out:
            proc = subprocess.run([sys.executable, str(HERE / "memory_probe.py"), out, str(deck)],
                                  capture_output=True, text=True, check=True)
        return json.loads(proc.stdout)["max_rss_mb"]

    smallest = min(size for f, size in decks if f == "pptx")
    figures = [Figure(f"peak worker memory, pptx {smallest} slides (baseline)", peak(decks[("pptx", smallest)]),
                      "MB")]
    for fmt in FORMATS:
        n = max(size for f, size in decks if f == fmt)
        figures.append(below(f"peak worker memory, {fmt} {n} slides", peak(decks[(fmt, n)]), "MB", TARGET_PEAK_MB))
    return figures


# --- figures from the deck timings ------------------------------------------------------------------


def markitdown_figures(timings: list[DeckTiming], status: str) -> list[Figure]:
    figures = []
    for t in timings:
        limit = TARGET_PPTX_VS_MARKITDOWN if t.fmt == "pptx" else TARGET_PDF_VS_MARKITDOWN
        note = "" if t.markitdown else status
        figures.append(at_most(f"{t.fmt} {t.slides} slides end to end / markitdown", t.vs_markitdown, "x", limit,
                               note))
    return figures


def linearity_figures(timings: list[DeckTiming]) -> list[Figure]:
    """time(largest) / time(10 slides) per format; the target scales with the slide ratio (32x for 300/10)."""
    figures = []
    for fmt in FORMATS:
        by_size = {t.slides: t.total for t in timings if t.fmt == fmt}
        small, big = min(by_size), max(by_size)
        limit = TARGET_LINEARITY_300_10 * (big / small) / 30
        figures.append(at_most(f"cost linearity {fmt}: {big} / {small} slides", by_size[big] / by_size[small], "x",
                               round(limit, 2), "" if big == 300 else "quick run: target scaled from 32x for 300/10"))
    return figures


# --- output ------------------------------------------------------------------------------------------


def print_deck_table(timings: list[DeckTiming]) -> None:
    head = (f"{'deck':<12}{'read':>9}{'facts':>9}{'norm':>9}{'export':>9}{'total':>9}{'floor':>9}"
            f"{'read/fl':>9}{'total/fl':>9}{'mkitdown':>10}{'tot/md':>8}{'items':>7}")
    print("\nper deck, median ms (floor = python-pptx walk / pdfplumber words; md = markitdown)")
    print(head)
    print("-" * len(head))
    for t in timings:
        ms = [t.stages[s] * 1000 for s in STAGES]
        md = f"{t.markitdown * 1000:10.1f}" if t.markitdown else f"{'-':>10}"
        ratio = f"{t.vs_markitdown:8.2f}" if t.vs_markitdown else f"{'-':>8}"
        print(f"{t.fmt + ' ' + str(t.slides):<12}" + "".join(f"{v:9.1f}" for v in ms)
              + f"{t.total * 1000:9.1f}{t.floor * 1000:9.1f}{t.stages['read'] / t.floor:9.2f}{t.vs_floor:9.2f}"
              + md + ratio + f"{t.items:7d}")


def print_figures(figures: list[Figure]) -> None:
    width = max(len(f.name) for f in figures) + 2
    head = f"{'figure':<{width}}{'value':>12}  {'target':<10}{'result':<7}note"
    print("\n" + head)
    print("-" * (len(head) + 30))
    for f in figures:
        value = "n/a" if f.value is None else f"{f.value:.3g} {f.unit}" if f.value < 100 else f"{f.value:.0f} {f.unit}"
        print(f"{f.name:<{width}}{value:>12}  {f.target:<10}{f.verdict:<7}{f.note}")


def write_results(path: Path, meta: dict, timings: list[DeckTiming], figures: list[Figure], batch: dict) -> None:
    decks = [{**asdict(t), "vs_floor": t.vs_floor, "vs_markitdown": t.vs_markitdown} for t in timings]
    data = {"meta": meta, "decks": decks, "batch": batch,
            "figures": [{**asdict(f), "verdict": f.verdict} for f in figures]}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def _meta(args: argparse.Namespace, repeats: int) -> dict:
    import plandeck

    rev = subprocess.run(["git", "-C", str(HERE.parent), "rev-parse", "--short", "HEAD"], capture_output=True,
                         text=True).stdout.strip()
    dirty = bool(subprocess.run(["git", "-C", str(HERE.parent), "status", "--porcelain", "plandeck"],
                                capture_output=True, text=True).stdout.strip())
    return {"date": datetime.now(timezone.utc).isoformat(timespec="seconds"), "plandeck": plandeck.__version__,
            "plandeck_path": str(Path(plandeck.__file__).parent), "git": rev + ("+dirty" if dirty else ""),
            "python": platform.python_version(),
            "machine": f"{platform.machine()}, {os.cpu_count()} cores", "quick": args.quick, "repeats": repeats,
            "command": plandeck_command()}


PARTS = ("decks", "batch", "cold", "memory")


def _parts(value: str) -> tuple[str, ...]:
    names = tuple(v.strip() for v in value.split(",") if v.strip())
    unknown = [n for n in names if n not in PARTS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(f"choose from {', '.join(PARTS)}")
    return names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smoke run: fewer repeats, no 300-slide decks, "
                        f"{QUICK_BATCH_DECKS}-deck batch")
    parser.add_argument("--repeats", type=int, help=f"runs per figure, median taken (default {REPEATS}, "
                        f"quick {QUICK_REPEATS})")
    parser.add_argument("--only", type=_parts, default=PARTS, help="comma-separated parts to run: "
                        f"{','.join(PARTS)} (default all; decks gives the markitdown and linearity figures)")
    parser.add_argument("--no-markitdown", action="store_true", help="skip the markitdown column")
    parser.add_argument("--output", type=Path, default=RESULTS, help="results JSON (default bench/results/latest.json)")
    args = parser.parse_args(argv)
    repeats = args.repeats or (QUICK_REPEATS if args.quick else REPEATS)
    sizes = QUICK_SIZES if args.quick else SIZES
    batch_count = QUICK_BATCH_DECKS if args.quick else BATCH_DECKS

    meta = _meta(args, repeats)  # before the run: the tree may change while it runs
    load_before = os.getloadavg()[0]
    if load_before > LOAD_WARNING:
        print(f"warning: load average {load_before:.2f}: other work on this machine will skew the figures", flush=True)
    print(f"generating decks {', '.join(map(str, sizes))} slides (PDF via LibreOffice, cached) ...", flush=True)
    decks = prepare_decks(sizes)
    timings: list[DeckTiming] = []
    figures: list[Figure] = []
    batch: dict = {}
    markitdown = "not run"
    if "decks" in args.only:
        timer, markitdown = start_markitdown(not args.no_markitdown)
        print(f"timing stages, floor and {markitdown}, {repeats} runs each ...", flush=True)
        try:
            timings = measure_decks(decks, repeats, timer)
        finally:
            if timer is not None:
                timer.close()
        figures += markitdown_figures(timings, markitdown)
    if "batch" in args.only:
        print(f"batch of {batch_count} decks ...", flush=True)
        batch_figures, batch = measure_batch(prepare_batch(batch_count), batch_count, min(repeats, BATCH_REPEATS))
        figures += batch_figures
    if "cold" in args.only:
        print("cold start ...", flush=True)
        figures += measure_cold_start([decks[(fmt, min(sizes))] for fmt in FORMATS], repeats)
    if "memory" in args.only:
        print("memory ...", flush=True)
        figures += measure_memory(decks)
    if timings:
        figures += linearity_figures(timings)
        print_deck_table(timings)
    print_figures(figures)
    meta.update(markitdown=markitdown, parts=list(args.only),
                load_average_1min={"start": load_before, "end": os.getloadavg()[0]})
    write_results(args.output, meta, timings, figures, batch)
    if max(meta["load_average_1min"].values()) > LOAD_WARNING:
        print(f"note: load average was {load_before:.2f} at start and {os.getloadavg()[0]:.2f} at the end; "
              "rerun on an idle machine for figures to compare")
    print(f"\nwrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
