"""Build every sample deck in ``samples/`` from the scripts in ``samples/decks/``.

Each module in ``samples/decks/`` exposes ``build(out_dir: Path) -> list[Path]`` and
writes its decks (and copies or writes its gold files) into ``out_dir``. PDF renderings
that need LibreOffice are made by :func:`render_pdf`; the built files are committed so
that tests never need LibreOffice.

usage: python samples/build.py [MODULE ...]
"""
from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def render_pdf(deck: Path, out_dir: Path | None = None) -> Path:
    """Render a deck to PDF with LibreOffice headless, in a private profile so runs can overlap."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice is needed to render PDFs: apt-get install libreoffice-impress-nogui")
    out_dir = out_dir or deck.parent
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
             "--outdir", str(out_dir), str(deck)],
            check=True, capture_output=True, timeout=180,
        )
    return out_dir / (deck.stem + ".pdf")


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(HERE.parent))
    names = argv or sorted(p.stem for p in (HERE / "decks").glob("*.py") if not p.stem.startswith("_"))
    for name in names:
        module = importlib.import_module(f"samples.decks.{name}")
        for path in module.build(HERE):
            print(f"built {path.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
