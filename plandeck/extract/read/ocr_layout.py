"""Turns Tesseract's words on a rendered page into blocks, reusing the PDF layout rules.

Each OCR word becomes one positioned "character" carrying the whole word, with a
generated space after it, so the layout rules PDF text pages go through (:mod:`layout`)
apply unchanged and OCR'd pages read like text-layer pages.

Rendering is bounded: a page is rendered at 300 dpi only while that stays under
:data:`MAX_RENDER_PIXELS`, larger pages at whatever lower resolution fits (a poster-size
page would otherwise need gigabytes). Scans fed in sideways are turned upright when the
first pass reads poorly and Tesseract's orientation detection is confident.
"""
from __future__ import annotations

import math
from statistics import median
from typing import TYPE_CHECKING, Any

from plandeck.extract.read.layout import Char, StartsParagraph, text_blocks
from plandeck.extract.read.settings import LAYOUT, LayoutSettings
from plandeck.model import Slide
from plandeck.settings import Settings

if TYPE_CHECKING:
    from PIL.Image import Image

# Render scale: 300 dpi is what Tesseract is tuned for.
SCALE = 300 / 72
MIN_CONFIDENCE = 30
# Font size of an OCR'd line from the median height of its words (rounded to whole points).
SIZE_PER_WORD_HEIGHT = 0.9
# OCR sizes closer than this ratio are one size.
SIZE_STEP = 1.3
# Largest rendered page, in pixels (grey, one byte each): A4 or a 16:9 slide at 300 dpi is 9-10 million.
MAX_RENDER_PIXELS = 16_000_000
# A first pass whose words average under this confidence may be a sideways scan: ask for its orientation.
ORIENTATION_CHECK_BELOW = 60.0
# Tesseract's orientation confidence needed before a page is turned.
MIN_ORIENTATION_CONFIDENCE = 1.5
# Orientation detection needs no more than this many pixels on the long side.
_OSD_SIDE = 1600


class OcrTimeout(Exception):
    """Tesseract ran out of the time it was given for one page."""


def render_scale(width_pt: float, height_pt: float) -> float:
    """300 dpi, or less so that the rendered page stays under :data:`MAX_RENDER_PIXELS`.

    Scans made at lower resolutions are still rendered at 300 dpi: Tesseract reads
    upsampled text better than small text.
    """
    area = max(width_pt, 1.0) * max(height_pt, 1.0)
    return min(SCALE, math.sqrt(MAX_RENDER_PIXELS / area))


def _tesseract(image: Image, lang: str, timeout: float | None) -> dict[str, list[Any]]:
    import pytesseract

    try:
        return pytesseract.image_to_data(image, lang=lang, output_type=pytesseract.Output.DICT, config="--psm 3",
                                         timeout=timeout or 0)
    except RuntimeError as exc:
        if "timeout" in str(exc).lower():
            raise OcrTimeout(str(exc)) from None
        raise


def _score(data: dict[str, list[Any]]) -> tuple[float, float]:
    """(sum of confident words' confidences, their mean): how well a pass read."""
    confs = []
    for word, conf in zip(data.get("text", []), data.get("conf", []), strict=False):
        try:
            value = float(conf)
        except (TypeError, ValueError):
            continue
        if (word or "").strip() and value >= 0:
            confs.append(value)
    good = [c for c in confs if c >= MIN_CONFIDENCE]
    return sum(good), (sum(confs) / len(confs) if confs else 0.0)


def _orientation(image: Image) -> int:
    """Degrees clockwise the image must turn to stand upright, 0 when unsure or Tesseract lacks 'osd' data."""
    import pytesseract

    small = image.copy()
    small.thumbnail((_OSD_SIDE, _OSD_SIDE))
    try:
        osd = pytesseract.image_to_osd(small, output_type=pytesseract.Output.DICT, timeout=10)
    except (pytesseract.TesseractError, RuntimeError):  # too few characters, no osd.traineddata, timeout
        return 0
    try:
        rotate = int(osd.get("rotate", 0)) % 360
        confidence = float(osd.get("orientation_conf", 0.0))
    except (TypeError, ValueError):
        return 0
    return rotate if rotate in (90, 180, 270) and confidence >= MIN_ORIENTATION_CONFIDENCE else 0


def _line_sizes(data: dict[str, list[Any]], scale: float) -> dict[tuple[int, int, int], float]:
    """One font size per OCR line, from the median height of its words.

    A single word's box varies with ascenders, descenders and brackets, and on a skewed
    scan Tesseract may fold two visual lines into one "line" whose box is twice as tall;
    the median word of a line is steady, which the layout rules (headings, wrapped lines)
    need.
    """
    heights: dict[tuple[int, int, int], list[float]] = {}
    for i, word in enumerate(data["text"]):
        if (word or "").strip():
            key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
            heights.setdefault(key, []).append(data["height"][i] / scale)
    sizes = {key: max(median(values) * SIZE_PER_WORD_HEIGHT, 1.0) for key, values in heights.items()}
    return snap_sizes(sizes)


def snap_sizes(sizes: dict[tuple[int, int, int], float]) -> dict[tuple[int, int, int], float]:
    """Sizes chained into clusters (each step under :data:`SIZE_STEP`), each line given its cluster's median.

    OCR heights scatter by a fifth around the true size; what the layout needs is which
    lines share a size (body) and which stand out (titles, at least a third larger).
    """
    # Not cluster.cluster_objects: the step is a ratio, and as a difference of logarithms it would round
    # differently on the exact ratios whole-pixel heights give (13 px and 10 px are 1.3 apart).
    ordered = sorted(set(sizes.values()))
    clusters: list[list[float]] = []
    for size in ordered:
        if clusters and size <= clusters[-1][-1] * SIZE_STEP:
            clusters[-1].append(size)
        else:
            clusters.append([size])
    snapped = {size: round(median(cluster), 1) for cluster in clusters for size in cluster}
    return {key: snapped[size] for key, size in sizes.items()}


def ocr_slide(page: Any, number: int, settings: Settings, timeout: float | None = None,
              starts_paragraph: StartsParagraph | None = None, layout: LayoutSettings = LAYOUT) -> Slide:
    """OCR one pypdfium2 page (/Rotate applied by the renderer) into a Slide marked ``ocr``.

    ``timeout`` bounds each Tesseract run; :class:`OcrTimeout` is raised when it is hit.
    """
    width_pt, height_pt = page.get_size()
    scale = render_scale(width_pt, height_pt)
    image = page.render(scale=scale, grayscale=True).to_pil()
    data = _tesseract(image, settings.ocr_languages, timeout)
    total, mean = _score(data)
    if mean < ORIENTATION_CHECK_BELOW:
        turn = _orientation(image)
        if turn:
            turned = image.rotate(-turn, expand=True)  # PIL turns counter-clockwise
            turned_data = _tesseract(turned, settings.ocr_languages, timeout)
            if _score(turned_data)[0] > total:
                image, data = turned, turned_data
    width_px, height_px = image.size
    width, height = width_px / scale, height_px / scale
    chars: list[Char] = []
    previous = None
    line_size = _line_sizes(data, scale)
    for i, word in enumerate(data["text"]):
        word = (word or "").strip()
        try:
            conf = float(data["conf"][i])
        except (TypeError, ValueError):
            conf = -1.0
        if not word or conf < MIN_CONFIDENCE:
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        x0 = data["left"][i] / scale
        top = data["top"][i] / scale
        x1 = x0 + data["width"][i] / scale
        bottom = top + data["height"][i] / scale
        size = line_size.get(key, max(bottom - top, 1.0))
        if previous is not None and previous != key:
            chars.append(Char("\n", x0, top, x0, bottom, 0.0, 0, True))
        elif previous is not None:
            chars.append(Char(" ", x0, top, x0, bottom, 0.0, 0, True))
        chars.append(Char(word, x0, top, x1, bottom, size, 400, False))
        previous = key
    return Slide(number=number, blocks=text_blocks(chars, width, height, starts_paragraph, layout), ocr=True,
                 size=(width, height))
