"""Format-neutral data handed between stages.

Readers turn PPTX, PDF and scans into a :class:`Deck` of :class:`Slide` s made of
:class:`Block` s; the fact finder turns that into a :class:`RawDeck` of
:class:`RawItem` s; ``normalize`` turns that into the canonical schema. Nothing from a
third-party library (lxml elements, pdfplumber dicts, open files) crosses these types.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum


class BlockKind(str, Enum):
    """What a block is on its slide; notes are kept apart so they never become facts."""

    TITLE = "title"
    TEXT = "text"
    TABLE = "table"
    NOTES = "notes"


@dataclass(frozen=True, slots=True)
class Box:
    """Position on the slide as fractions of its width and height (0..1), top-left origin."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    def union(self, other: Box | None) -> Box:
        """The smallest box holding both: a value read over several lines or cells."""
        if other is None:
            return self
        return Box(min(self.x0, other.x0), min(self.y0, other.y0), max(self.x1, other.x1), max(self.y1, other.y1))


def union(boxes: Iterable[Box | None]) -> Box | None:
    """The box around every known box, or None when none is known."""
    out: Box | None = None
    for box in boxes:
        if box is not None:
            out = box if out is None else out.union(box)
    return out


@dataclass(slots=True)
class Paragraph:
    """One paragraph: what a user sees as one bullet or one line of a text box."""

    text: str
    level: int = 0
    size: float | None = None
    bold: bool = False
    links: tuple[str, ...] = ()
    # The leading bold words when the rest is not bold: "**Leader** Jane Doe" labels without a colon.
    bold_prefix: str | None = None
    # Where the paragraph itself sits, when the reader knows it finer than its block (a PDF line, a table row).
    box: Box | None = None


@dataclass(slots=True)
class Block:
    """A text frame, title, table or notes page, with its place on the slide."""

    kind: BlockKind
    box: Box
    paragraphs: list[Paragraph] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    # Fill colour of each table cell ("1D7874"), parallel to ``rows``; None where the cell sets none.
    fills: list[list[str | None]] = field(default_factory=list)
    # Box of each table cell, parallel to ``rows``; empty when the reader does not know them.
    cells: list[list[Box | None]] = field(default_factory=list)

    @property
    def text(self) -> str:
        if self.kind is BlockKind.TABLE:
            return "\n".join("\t".join(row) for row in self.rows)
        return "\n".join(p.text for p in self.paragraphs)


@dataclass(slots=True)
class Slide:
    """A slide or a PDF page; ``number`` is 1-based and is what provenance points at."""

    number: int
    blocks: list[Block] = field(default_factory=list)
    ocr: bool = False
    # The slide's size in points (width, height): what turns the blocks' fractions into provenance boxes.
    size: tuple[float, float] | None = None


@dataclass(slots=True)
class SourceInfo:
    """What the input file was; ``units`` is its slide or page count."""

    file: str
    sha256: str
    format: str
    units: int = 0


@dataclass(slots=True)
class Deck:
    """A whole deck as read, before any fact is found."""

    source: SourceInfo
    slides: list[Slide] = field(default_factory=list)
    warnings: list[RawWarning] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class RawWarning:
    """Something found but not understood; becomes a schema Warning."""

    code: str
    message: str
    unit: int | None = None


@dataclass(frozen=True, slots=True)
class Origin:
    """Where one value was read and how: the slide, its box there (fractions) and a key of data/confidence.toml."""

    unit: int
    box: Box | None
    how: str
    # Circumstances that make the value less sure, factors of data/confidence.toml ("moved", "ocr").
    factors: tuple[str, ...] = ()


@dataclass(slots=True)
class PersonMention:
    """A person named in a leader line, as written."""

    name: str
    affiliation: str | None
    unit: int
    box: Box | None = None


@dataclass(slots=True)
class RawField:
    """A labelled value: ``key`` is the plandeck field, ``lines`` the value's lines as written."""

    key: str
    label: str
    lines: list[str]
    unit: int
    people: list[PersonMention] = field(default_factory=list)
    # False when the label stood alone on its line and the values follow on the next lines.
    inline: bool = True
    # True when the lines name organisations only (an "Owner" or "Lead partner" column): no people.
    organisations: bool = False
    # True when the value was drawn, not written (the shaded months of a Gantt chart): its Period has no text.
    drawn: bool = False
    # Where the value sits on slide ``unit`` (every line of it), and each line's own box by its text when finer.
    box: Box | None = None
    line_boxes: dict[str, Box] = field(default_factory=dict)
    # How the field was found, a key of data/confidence.toml ("label", "column-header", "drawn" ...).
    how: str = "label"

    @property
    def text(self) -> str:
        return " ".join(line for line in self.lines if line).strip()

    def add_line(self, text: str, box: Box | None) -> None:
        """One more line of the value, with the box it was read from."""
        self.lines.append(text)
        self.place(text, box)

    def place(self, text: str, box: Box | None) -> None:
        """Record where ``text`` (a line of this value) was read."""
        if box is not None:
            self.line_boxes.setdefault(text, box)
            self.box = box.union(self.box)

    def box_of(self, value: str) -> Box | None:
        """The box of the line holding ``value`` (a name in a list, a month in a meeting line), else the field's."""
        for text, box in self.line_boxes.items():
            if value and value in text:
                return box
        return self.box

    def origin(self, value: str = "") -> Origin:
        """Where ``value`` (or the whole field) was read."""
        return Origin(self.unit, self.box_of(value), self.how)


@dataclass(slots=True, eq=False)
class RawItem:
    """One record of a deliverable, group or programme as found on the slides, not yet normalised.

    A deck may say things about one item in several places (an overview table row, its own
    slide, a "(cont.)" slide); each place gives a record, and ``assemble`` merges them.
    ``origin`` says which kind of place: ``text`` (labelled lines) or ``row`` (a table row).
    ``parent`` is set once the enclosing item is known; identity, not equality, matters.
    """

    title: str
    unit: int
    code: str | None = None
    kind: str | None = None
    banner: str | None = None
    parent_hint: str | None = None
    fields: list[RawField] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    units: set[int] = field(default_factory=set)
    origin: str = "text"
    parent: RawItem | None = None
    # Where the title was read (a heading line, a title placeholder, a row's title cell): on slide ``unit``,
    # or on ``title_unit`` when a merged record from another slide gave the title.
    box: Box | None = None
    title_unit: int | None = None
    # How the item was found: a key of data/confidence.toml ("heading", "slide-title", "row").
    how: str = "heading"
    # Where each of ``links`` was read, and the banner line that gave a status.
    link_origins: dict[str, Origin] = field(default_factory=dict)
    banner_origin: Origin | None = None

    def has(self, key: str) -> bool:
        return any(f.key == key for f in self.fields)

    def get(self, key: str) -> list[RawField]:
        return [f for f in self.fields if f.key == key]


@dataclass(slots=True)
class RawPlan:
    """Deck-level facts: title slide, contacts, loose links."""

    title: str | None = None
    organisation: str | None = None
    period_text: str | None = None
    # What follows "Project start:" on the first slides; project months ("M6") count from it.
    start_text: str | None = None
    contacts: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)


@dataclass(slots=True)
class RawDeck:
    """The facts found in a deck, in deck order, before normalisation."""

    source: SourceInfo
    plan: RawPlan
    items: list[RawItem]
    warnings: list[RawWarning] = field(default_factory=list)
    # "Long Name (ACR)" written anywhere in the deck: how the deck itself spells out acronyms.
    definitions: list[tuple[str, str]] = field(default_factory=list)
    # Lines of a slide of its own that plans meetings by group ("E-meeting calendar":
    # "WG1: March, June 2025"); normalising gives them to the items whose codes they name.
    calendar: list[RawField] = field(default_factory=list)
    # Each slide's size in points, by number: boxes are fractions of it until the schema gives points.
    sizes: dict[int, tuple[float, float]] = field(default_factory=dict)
    # Slides read by OCR: their facts are less sure.
    ocr_units: set[int] = field(default_factory=set)
