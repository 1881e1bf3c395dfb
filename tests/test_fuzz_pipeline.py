"""Pipeline-level fuzz: whole decks from random label/value lines give a document or a coded error.

Two paths, both ending in the fact finder and the normaliser: PPTX decks built with
python-pptx (tests/deckkit.py) and read like any file, and decks of text built in memory
(the format-neutral model every reader produces, put through the readers' own line
clean-up and slide arrangement), which run a hundred times faster and so explore more.
The lines mix what breaks rules written for tidy decks: nested parentheses, organisations
spelled out with their acronym, empty values, odd separators, very long lines, control
characters, right-to-left text, combining marks.

Example counts come from a hypothesis profile: ``fuzz-ci`` (the default, small so the
suite stays fast) or ``fuzz-hunt`` for a crash hunt, chosen with ``PLANDECK_FUZZ``::

    PLANDECK_FUZZ=fuzz-hunt python -m pytest tests/test_fuzz_pipeline.py -p no:cacheprovider

Every crash a hunt finds is fixed at its cause and kept below as a regression test named
after it. Every name and organisation here is made up.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plandeck.errors import PlandeckError
from plandeck.extract.read.deck import arrange
from plandeck.extract.read.text import clean_line
from plandeck.model import Block, BlockKind, Box, Deck, Paragraph, Slide, SourceInfo
from plandeck.pipeline import Engine
from plandeck.schema import Document
from plandeck.settings import Settings
from plandeck.vocabulary import load
from tests.deckkit import Deck as PptxDeck

settings.register_profile("fuzz-ci", max_examples=8, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("fuzz-hunt", max_examples=int(os.environ.get("PLANDECK_FUZZ_EXAMPLES", "400")), deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
_PROFILE = os.environ.get("PLANDECK_FUZZ", "fuzz-ci")
# The text path is about a hundred times cheaper than the PPTX path: it gets more examples.
_TEXT_FACTOR = 4

# --- what lines are made of ------------------------------------------------------------------------------
_LABELS = sorted({w for words in load().labels.values() for w in words})
_SEPARATORS = [": ", ":", " : ", "：", "﹕", " – ", " - ", " — ", " | ", "=", "\t", "  ", " :: ", "", ":\u200b",
               "\u00a0: ", " -> ", ".", ";", "\u061b ", ": :", "(", ")"]
_ANY = st.characters(blacklist_categories=("Cs",))
_PRINTABLE = st.characters(blacklist_categories=("Cs", "Cc"))
_CONTROL = st.characters(whitelist_categories=("Cc",))
_COMBINING = st.characters(whitelist_categories=("Mn", "Me"))
_RTL = st.sampled_from(["مدينة ذكية", "خطة العمل", "إدارة المياه (وزارة)", "עיר חכמה", "תוכנית עבודה",
                        "\u202eevil\u202c", "\u200fشريك\u200f", "اليونسكو (UNESCO)"])
_WORDS = st.sampled_from([
    "Jane Doe", "Ida Marsh", "Dr. Bo Lind", "Kestrel Institute of Technology (KIT)", "KIT", "City of Elm",
    "Civic Sound Lab (CSL)", "Trees & Open Spaces", "Q3 2025", "H1 2026", "mid-2024", "2024-2025", "TBD", "N/A",
    "ongoing", "completed", "WG1", "D1.2", "WP3/5", "and", "et", "/", ";", ",", "(", ")", "((", "))", "()",
    "https://example.invalid/x", "ana@example.invalid", "March 2025", "every two months from May 2024",
    "Monthly from February 2022", "Proposed new deliverable", "(cont.)", "1.1", "–", "•", "✔", "…"])
_FRAGMENT = st.one_of(_WORDS, _RTL, st.text(_PRINTABLE, max_size=15), st.text(_ANY, max_size=6),
                      st.text(_COMBINING, min_size=1, max_size=4), st.text(_CONTROL, min_size=1, max_size=3))
_FREE = st.lists(_FRAGMENT, min_size=1, max_size=6).map(" ".join)
_NESTED = st.recursive(_FREE, lambda inner: st.tuples(inner, inner).map(lambda p: f"{p[0]} ({p[1]})"),
                       max_leaves=5)
_LONG = st.tuples(_FREE, st.integers(20, 200)).map(lambda t: (t[0] + " ") * t[1])
_VALUE = st.one_of(st.just(""), st.just("   "), _FREE, _FREE, _NESTED, _NESTED, _LONG)
_LABEL = st.one_of(st.sampled_from(_LABELS).map(str.capitalize), st.sampled_from(_LABELS).map(str.upper),
                   st.sampled_from(_LABELS), _FREE)
_LINE = st.tuples(_LABEL, st.sampled_from(_SEPARATORS), _VALUE, st.integers(0, 3)).map(
    lambda t: (f"{t[0]}{t[1]}{t[2]}", t[3]))
_TITLE = st.one_of(st.none(), _FREE, _NESTED, st.sampled_from(["Action Plan 2024-2025", "WG1 – Quiet streets",
                                                               "D1.2 Flood map viewer", "Contacts", "Agenda"]))
_ROW = st.lists(st.one_of(_VALUE, _LABEL), min_size=1, max_size=5)
_TABLE = st.one_of(st.none(), st.lists(_ROW, min_size=1, max_size=5))
_SLIDE = st.tuples(_TITLE, st.lists(_LINE, min_size=0, max_size=7), _TABLE)
_DECK = st.lists(_SLIDE, min_size=1, max_size=5)

SlideSpec = tuple[str | None, list[tuple[str, int]], list[list[str]] | None]


def _checked(run) -> Document | None:
    """The document, or None for a coded error; anything else (an internal error) propagates and fails."""
    try:
        doc = run()
    except PlandeckError as err:
        message = str(err)
        assert "\n" not in message and message.endswith(f"[{err.code}]"), message
        return None
    assert isinstance(doc, Document)
    ids = [it.id for it in doc.items]
    assert len(ids) == len(set(ids)) and all(ids)
    seen: set[str] = set()
    for item in doc.items:  # parents come before their children
        assert item.parent is None or item.parent in seen
        seen.add(item.id)
    assert Document.model_validate_json(doc.to_json()) == doc
    return doc


def _pptx(slides: list[SlideSpec], folder: Path) -> Path:
    deck = PptxDeck()
    for title, lines, table in slides:
        title = title if title and title.strip() else None
        slide = deck.slide(title, lines)
        if table:
            deck.table(slide, [[cell for cell in row] for row in table], top=4.5, height=2.0)
    return deck.save(folder / "fuzz.pptx")


def _paragraphs(lines: list[tuple[str, int]]) -> list[Paragraph]:
    out = []
    for text, level in lines:
        for piece in text.split("\n"):
            cleaned = clean_line(piece)
            if cleaned:
                out.append(Paragraph(text=cleaned, level=level, size=18.0, bold=level == 0 and len(cleaned) < 20))
    return out


def text_deck(slides: list[SlideSpec]) -> Deck:
    """The format-neutral deck a reader would give for these slides (title on top, lines, a table below)."""
    built = []
    for number, (title, lines, table) in enumerate(slides, start=1):
        blocks = []
        heading = _paragraphs([(title, 0)]) if title else []
        if heading:
            blocks.append(Block(BlockKind.TITLE, Box(0.05, 0.03, 0.95, 0.15), paragraphs=heading))
        body = _paragraphs(lines)
        if body:
            blocks.append(Block(BlockKind.TEXT, Box(0.05, 0.2, 0.95, 0.6), paragraphs=body))
        if table:
            width = max(len(row) for row in table)
            rows = [[clean_line(c) for c in row] + [""] * (width - len(row)) for row in table]
            if any(any(row) for row in rows):
                blocks.append(Block(BlockKind.TABLE, Box(0.05, 0.65, 0.95, 0.95), rows=rows,
                                    fills=[[None] * width for _ in rows]))
        built.append(Slide(number=number, blocks=blocks))
    source = SourceInfo(file="fuzz.txt", sha256="0" * 64, format="pptx", units=len(built))
    return arrange(Deck(source=source, slides=built))


def run_text(slides: list[SlideSpec]) -> Document:
    engine = Engine(Settings())
    return engine.normaliser.normalise(engine.facts.find(text_deck(slides)))


@settings(settings.get_profile(_PROFILE))
@given(_DECK)
def test_fuzzed_pptx_deck_gives_a_document_or_a_coded_error(slides: list[SlideSpec]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = _pptx(slides, Path(folder))
        _checked(lambda: Engine(Settings()).run(path))


_TEXT_PROFILE = settings(settings.get_profile(_PROFILE),
                         max_examples=settings.get_profile(_PROFILE).max_examples * _TEXT_FACTOR)


@_TEXT_PROFILE
@given(_DECK)
def test_fuzzed_text_deck_gives_a_document(slides: list[SlideSpec]) -> None:
    _checked(lambda: run_text(slides))


# --- crashes the fuzz found, each fixed at its cause -------------------------------------------------------
def test_long_line_with_many_acronyms_is_read_in_linear_time() -> None:
    """A 24,000-character leader line with 400 acronyms took 9 s: each "(ACR)" re-split the whole text before it."""
    import time

    from plandeck.extract.regions.definitions import in_text

    text = "Kestrel Institute of Technology (KIT) with Civic Sound Lab (CSL); " * 2000
    started = time.monotonic()
    pairs = in_text(text)
    assert time.monotonic() - started < 5
    assert pairs[:2] == [("Kestrel Institute of Technology", "KIT"), ("Civic Sound Lab", "CSL")]
    assert len(pairs) == 4000
    assert in_text("x" * 1000 + " Kestrel Institute of Technology (KIT)") == [("Kestrel Institute of Technology",
                                                                               "KIT")]
    assert in_text("Kestrel " + "y" * 600 + " Institute of Technology (KIT)") == []
