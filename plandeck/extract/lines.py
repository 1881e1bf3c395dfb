"""Flattens a slide's blocks into classified lines: the fact finder's input."""
from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import median

from plandeck.extract.labels import LabelMatch, LabelMatcher
from plandeck.model import Block, BlockKind, Box, Paragraph
from plandeck.vocabulary import Vocabulary, fold

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+", re.IGNORECASE)


@dataclass(slots=True)
class Line:
    """One paragraph of a slide with what the rules need to know about it."""

    text: str
    level: int
    block: int
    first_in_block: bool
    is_title: bool
    size: float | None
    bold: bool
    links: tuple[str, ...]
    label: LabelMatch | None = None
    banner: bool = False
    strong: bool = False  # set when this line is bigger or bolder than the slide's body text
    titled: bool = False  # "Maßnahme: Wärmeplanung": a word naming the item, then its title (the text kept)
    tagged: bool = False  # "Circulate the agreement (Owner: R. Achterberg)": an action line whose tag was split off
    box: Box | None = None  # where the line was read: its own box when the reader knows it, else its block's
    # How its label was found, a key of data/confidence.toml: "label" (with a colon), "bold-label", "dash-label",
    # "loose-label" (no colon, trusted because the lines around it are labels too).
    how: str = "label"


def block_lines(block: Block, index: int, labels: LabelMatcher, is_banner) -> list[Line]:
    """The lines of one text block, classified."""
    out = []
    for i, para in enumerate(block.paragraphs):
        text = para.text.strip()
        if not text:
            continue
        line = Line(text, para.level, index, i == 0, block.kind is BlockKind.TITLE, para.size, para.bold,
                    para.links, box=para.box or block.box)
        line.label = labels.match(text)
        if line.label is None:
            line.label = _bold_label(para, text, labels)
            line.how = "bold-label"
        if line.label is None:
            line.label = _label_after_dash(text, labels)
            line.how = "dash-label"
        if line.label is None and not line.is_title and (title := labels.title_value(text)) is not None:
            line.text, line.titled = title, True
        line.banner = line.label is None and is_banner(text)
        out.append(line)
    _loose_labels(out, labels)
    return out


# Fields whose value holds a date: without a colon, "Planning workshops with partners" is no timeline.
_DATED = {"timeline", "publication", "meetings"}
# How many lines of a block must open with a field name, colon or not, for colon-less ones to count.
MIN_LOOSE_LABELS = 3


def _loose_labels(lines: list[Line], labels: LabelMatcher) -> None:
    """ "Lead Jane Doe" / "When Q2 2025" / "Status In progress": a block whose lines each open with a
    field name and no colon is a list of fields, though no single such line could be trusted alone."""
    found = {id(ln): labels.match_loose(ln.text) for ln in lines if ln.label is None and not ln.banner}
    found = {k: m for k, m in found.items()
             if m is not None and not labels.goes_on(m.value)
             and (m.key not in _DATED or re.search(r"\d", m.value))}
    if len(found) + sum(1 for ln in lines if ln.label) < MIN_LOOSE_LABELS or len(found) < 2:
        return
    for ln in lines:
        if id(ln) in found:
            ln.label = found[id(ln)]
            ln.how = "loose-label"


def _bold_label(para: Paragraph, text: str, labels: LabelMatcher) -> LabelMatch | None:
    """ "**Leader** Jane Doe": a bold field name opening the line is a label even without a colon."""
    prefix = para.bold_prefix
    if not prefix or not text.startswith(prefix):
        return None
    key = labels.header_key(prefix)
    value = text[len(prefix):].strip(" :–—-")
    if key is None or labels.goes_on(value):
        return None
    return LabelMatch(key=key, label=prefix.rstrip(" :"), value=value)


_DASH = re.compile(r"\s[-–—]\s")


def _label_after_dash(text: str, labels: LabelMatcher) -> LabelMatch | None:
    """ "Thematic group – Coordinator: Jane Doe": a label with its value after a short lead-in and a dash."""
    parts = _DASH.split(text, maxsplit=1)
    if len(parts) != 2 or len(parts[0].split()) > 6:
        return None
    found = labels.match(parts[1])
    return found if found is not None and found.value else None


def mark_strong(lines: list[Line]) -> None:
    """Flag lines set larger or bolder than the labels around them: likely headings."""
    label_sizes = [ln.size for ln in lines if ln.label and ln.size]
    body = median(label_sizes) if label_sizes else None
    label_bold = any(ln.bold for ln in lines if ln.label)
    for ln in lines:
        bigger = bool(body and ln.size and ln.size >= body * 1.15)
        ln.strong = ln.is_title or ln.titled or ln.tagged or bigger or (ln.bold and not label_bold and ln.label is None)


def is_heading_like(line: Line) -> bool:
    """Could this line be an item's title? Short, not a sentence, not a label."""
    if line.label is not None or line.banner:
        return False
    if line.is_title or line.strong:
        return len(line.text) <= 250
    words = line.text.split()
    if len(words) > 22 or EMAIL.search(line.text) or URL.search(line.text):
        return False
    return not line.text.rstrip().endswith((".", ":", ";", ",")) or len(words) <= 4


def similar(a: str, b: str) -> float:
    """Share of the shorter text's words found in the other: catches "X Hub" vs "X/Y Hub"."""
    ta = set(re.findall(r"\w+", fold(a)))
    tb = set(re.findall(r"\w+", fold(b)))
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb))


def banner_detector(vocab: Vocabulary):
    """A banner is a status word plus item nouns only: "Proposed new deliverable"."""
    status_words = {w for words in vocab.status.values() for w in words}
    phrases = sorted(status_words | set(vocab.banner_nouns), key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in phrases) + r")(?![\w-])")

    def is_banner(text: str) -> bool:
        words = re.sub(r"[^\w\s'-]", " ", fold(text)).split()
        if not words or len(words) > 6:
            return False
        found = [m.group(0) for m in pattern.finditer(" ".join(words))]
        rest = pattern.sub(" ", " ".join(words))
        return any(f in status_words for f in found) and not rest.strip()

    return is_banner
