"""Checks a document's per-value boxes against the words a PDF has at that place (pdfplumber, an
independent reader): the words inside a value's box must hold the value's text."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

# Points a word's middle may lie outside a box (rounding; the two readers measure glyphs differently:
# PDFium's boxes hug the ink, pdfplumber's span the font's ascent and descent).
SLACK = 2.0


def tokens(text: str) -> list[str]:
    """Lower-case words without accents: what two readers agree on whatever their spacing."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.findall(r"[a-z0-9]+", plain)


def value_text(item: dict, field: str, index: int | None) -> str | None:
    """The written text a value's box must hold; None for values that are not text on the slide
    (a drawn period, a meeting month written as a range, a link behind its anchor text)."""
    if field == "title":
        return item["title"]
    if field == "leaders":
        role = item["leaders"][index]
        return role["name"] or role["affiliation"]
    if field == "secretariat":
        return item["secretariat"][index]
    if field in ("timeline", "publication"):
        return item[field]["text"]
    if field == "status":
        return item["status_text"]
    if field == "scope":
        return item["scope"]
    return None


def misses(pdf: Path, doc: dict) -> list[str]:
    """Every value whose box does not hold its text, described; empty when all do."""
    import pdfplumber

    out = []
    with pdfplumber.open(pdf) as opened:
        words = {n: page.extract_words() for n, page in enumerate(opened.pages, start=1)}
    for item in doc["items"]:
        for v in item["provenance"]["values"]:
            if v["box"] is None:
                out.append(f"{item['id']}: {v['field']}[{v['index']}] has no box")
                continue
            x0, top, x1, bottom = v["box"]
            inside = [w["text"] for w in words.get(v["unit"], [])
                      if x0 - SLACK <= (w["x0"] + w["x1"]) / 2 <= x1 + SLACK
                      and top - SLACK <= (w["top"] + w["bottom"]) / 2 <= bottom + SLACK]
            text = value_text(item, v["field"], v["index"])
            if not inside:
                out.append(f"{item['id']}: {v['field']}[{v['index']}] box {v['box']} on {v['unit']} holds no words")
                continue
            if text is None:
                continue
            held = set(tokens(" ".join(inside)))
            wanted = tokens(text)[:12]
            missing = [t for t in wanted if t not in held]
            if missing:
                out.append(f"{item['id']}: {v['field']}[{v['index']}] {text[:50]!r}: box {v['box']} on "
                           f"{v['unit']} lacks {missing[:5]} (holds {' '.join(inside)[:80]!r})")
    return out
