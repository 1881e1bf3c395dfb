"""Every file of the shared real-world corpus, through the CLI, in its own process.

Each must end in a plandeck/1 document or one coded error line: never a traceback, never
over :data:`TIMEOUT` seconds, never near :data:`MAX_RSS_MB` of memory. The outcome of each
file is pinned (``document`` unless listed in :data:`EXPECTED`), so the corpus doubles as a
regression suite: a deck that stops being read, or a hostile file that starts being
"read", fails here. The corpus lives beside the repository in ``shared/corpus``; without
it these tests skip, saying so.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
TIMEOUT = 60.0
MAX_RSS_MB = 1024

# Outcomes other than "document"; by file name.
EXPECTED = {
    "pdfjs_brotli-filter.pdf": "unreadable",  # /BrotliDecode streams: PDFium cannot decode even the xref
    "pdfjs_redhat-1531897-fuzzed.pdf": "unreadable",  # xref stream with absurd /W widths
    "pdfplumber_empty-zero-bytes.pdf": "unreadable",
    "pypdf_r2-user-password.pdf": "encrypted",
    "pypdf_r6-both-passwords.pdf": "encrypted",
    "tika_unicode-password.pdf": "encrypted",
    "poi_clusterfuzz-hslf-4838893004128256.ppt": "encrypted",  # encrypted-OOXML container named .ppt
    "poi_password-protected-hello.ppt": "encrypted",
    "poi_pp40only.ppt": "unsupported",
    "poi_ppt95.ppt": "unsupported",
    "poi_clusterfuzz-xslf-6254434927378432.pptx": "unreadable",  # no central directory
    "poi_divino-revelado-truncated.pptx": "unreadable",  # truncated download
    "tika_ppt-protected-passtika.pptx": "encrypted",
}
# Passwords from the corpus manifest, and what the file gives when it is supplied.
PASSWORDS = {
    "pypdf_r2-user-password.pdf": ("asdfzxcv", "document"),
    "pypdf_r6-both-passwords.pdf": ("foo", "document"),
    "tika_ppt-protected-passtika.pptx": ("tika", "document"),
    # msoffcrypto accepts the password but cannot rebuild this legacy RC4 format into a readable file.
    "poi_password-protected-hello.ppt": ("hello", "unsupported"),
}
CODES = {"unreadable", "unsupported", "encrypted", "too-large", "missing-tool", "timeout"}
_ERROR_LINE = re.compile(r"^plandeck: error: (?P<file>[^\n]+?)(?: \(slide/page \d+\))?: .+ \[(?P<code>[a-z-]+)\]$")


def corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.parent != CORPUS)


@dataclass
class Run:
    outcome: str
    seconds: float
    rss_mb: float
    stderr: str


def run_cli(path: Path, outdir: Path, *extra: str) -> Run:
    """``plandeck extract`` on one file in a child process, with its own wall time and peak memory.

    ``os.wait4`` gives the child's own resource usage (RUSAGE_CHILDREN would be a running
    maximum over every child this test process ever had).
    """
    err_path = outdir.with_suffix(".stderr")
    cmd = [sys.executable, "-m", "plandeck.cli", "extract", str(path), "-o", str(outdir), "--format", "json",
           "--quiet", *extra]
    started = time.monotonic()
    with err_path.open("w") as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - started > TIMEOUT:
                os.killpg(proc.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(proc.pid, 0)
                proc.returncode = -9
                return Run("TIMEOUT", time.monotonic() - started, usage.ru_maxrss / 1024, err_path.read_text())
            time.sleep(0.05)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.monotonic() - started
    stderr = err_path.read_text(errors="replace")
    rss = usage.ru_maxrss / 1024
    if proc.returncode == 0:
        docs = [p for p in outdir.glob("*.json") if not p.name.startswith(".")]  # not the batch's resume state
        assert docs, f"exit 0 but no JSON written for {path.name}\n{stderr}"
        assert json.loads(docs[0].read_text())["schema"] == "plandeck/1"
        return Run("document", seconds, rss, stderr)
    lines = [line for line in stderr.splitlines() if line.startswith("plandeck: error:")]
    assert proc.returncode == 1 and len(lines) == 1, f"{path.name}: exit {proc.returncode}\n{stderr}"
    match = _ERROR_LINE.match(lines[0])
    assert match, f"not a coded one-line error: {lines[0]!r}"
    assert match["file"] in (path.name, str(path)), lines[0]
    return Run(match["code"], seconds, rss, stderr)


def _check(run: Run, path: Path) -> None:
    assert "Traceback" not in run.stderr, f"{path.name}:\n{run.stderr}"
    assert run.outcome != "TIMEOUT", f"{path.name} ran over {TIMEOUT:.0f} s"
    assert run.outcome == "document" or run.outcome in CODES, run
    assert run.rss_mb < MAX_RSS_MB, f"{path.name} peaked at {run.rss_mb:.0f} MB"


def _expected(path: Path) -> str:
    wanted = EXPECTED.get(path.name, "document")
    if path.suffix.lower() in (".ppt", ".odp") and wanted == "document" and shutil.which("soffice") is None:
        return "missing-tool"
    return wanted


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"no shared corpus at {CORPUS}")
@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_corpus_file(path: Path, tmp_path: Path) -> None:
    run = run_cli(path, tmp_path / "out")
    _check(run, path)
    assert run.outcome == _expected(path), f"{path.name}: expected {_expected(path)}, got {run.outcome}\n{run.stderr}"


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"no shared corpus at {CORPUS}")
@pytest.mark.parametrize("name", sorted(PASSWORDS))
def test_corpus_file_with_its_password(name: str, tmp_path: Path) -> None:
    matches = [p for p in corpus_files() if p.name == name]
    if not matches:
        pytest.skip(f"{name} is not in this corpus")
    password, wanted = PASSWORDS[name]
    run = run_cli(matches[0], tmp_path / "out", "--password", password)
    _check(run, matches[0])
    assert run.outcome == wanted, run


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"no shared corpus at {CORPUS}")
def test_corpus_leaves_no_soffice_running() -> None:
    """Runs after the corpus files (file order): LibreOffice conversions must not leave processes behind."""
    out = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
    assert not [line for line in out.splitlines() if "soffice" in line and "plandeck-" in line]


def test_corpus_location_is_reported() -> None:
    """Always runs, so a run without the corpus says where it looked instead of silently testing nothing."""
    if not CORPUS.is_dir():
        pytest.skip(f"no shared corpus at {CORPUS}: corpus tests skipped")
    assert corpus_files(), f"{CORPUS} holds no files"
