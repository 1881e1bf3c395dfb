"""A scanned excerpt of the HCRN Action Plan: slides 1-5 of the committed
``hcrn-action-plan-2023-2024.pdf`` (title, "About this plan" and the first three deliverables,
the third with its "Proposed new deliverable" banner), rendered at 150 dpi and made to look
scanned: grey paper, a tilt of up to half a degree, a slight blur, grey noise and specks, and
JPEG compression. The result is an image-only PDF (no text layer), so the extractor must OCR it.

Its gold, ``hcrn-action-plan-2023-2024-excerpt.gold.json``, is the HCRN gold restricted to
those five slides (the hub on slide 6 is left out).

Needs pdftoppm (poppler-utils), Pillow and img2pdf (``pip install img2pdf``). The noise comes
from a fixed seed per page and the PDF has no dates, so rebuilding gives the same bytes with
the same poppler, Pillow and libjpeg.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from samples.decks._kit import pin_pdf

SOURCE = "hcrn-action-plan-2023-2024.pdf"
BASE = "hcrn-action-plan-2023-2024-excerpt"
PAGES = (1, 5)  # first and last slide scanned
DPI = 150
TILT = [0.5, -0.4, 0.3, -0.5, 0.45]  # degrees, one per page
PAPER = 236  # grey level of the scanned white
QUALITY = 55


def scan_page(png: Path, page: int):
    """One rendered slide made to look like a greyscale office scan."""
    from PIL import Image, ImageChops, ImageDraw, ImageFilter

    rng = random.Random(2024 * 100 + page)
    img = Image.open(png).convert("L")
    w, h = img.size
    # paper is never white and toner never quite black
    img = img.point(lambda v: 10 + v * (PAPER - 10) // 255)
    img = img.rotate(TILT[(page - 1) % len(TILT)], resample=Image.BICUBIC, fillcolor=PAPER - 6)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    # grey noise: darken every pixel by 0..12 levels
    noise = Image.frombytes("L", (w, h), rng.randbytes(w * h)).point(lambda v: v * 12 // 255)
    img = ImageChops.subtract(img, noise)
    draw = ImageDraw.Draw(img)
    # dust specks
    for _ in range(60):
        x, y, r = rng.randrange(w), rng.randrange(h), rng.choice((1, 1, 1, 2, 2, 3))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.randrange(70, 170))
    # the scanner lid's shadow along one edge
    for k in range(18):
        draw.line((k, 0, k, h), fill=max(0, PAPER - 6 - (18 - k) * 7))
    return img


def build(out_dir: Path) -> list[Path]:
    try:
        import img2pdf
        from PIL import Image  # noqa: F401
    except ImportError:
        print(f"{BASE}: img2pdf or Pillow is missing (pip install img2pdf Pillow); keeping the committed PDF")
        return []
    if shutil.which("pdftoppm") is None:
        print(f"{BASE}: pdftoppm is missing (apt-get install poppler-utils); keeping the committed PDF")
        return []
    source = out_dir / SOURCE
    out = out_dir / f"{BASE}.scan.pdf"
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["pdftoppm", "-r", str(DPI), "-f", str(PAGES[0]), "-l", str(PAGES[1]), "-png", str(source),
             f"{tmp}/p"],
            check=True,
            timeout=180,
        )
        jpegs = []
        for n, png in enumerate(sorted(Path(tmp).glob("p-*.png")), start=PAGES[0]):
            jpg = Path(tmp) / f"s-{n}.jpg"
            scan_page(png, n).save(jpg, "JPEG", quality=QUALITY, dpi=(DPI, DPI), optimize=True)
            jpegs.append(jpg.read_bytes())
        assert len(jpegs) == PAGES[1] - PAGES[0] + 1
        out.write_bytes(img2pdf.convert(jpegs, engine=img2pdf.Engine.internal, nodate=True))
    return [pin_pdf(out, source.read_bytes())]
