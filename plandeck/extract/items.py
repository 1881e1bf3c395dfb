"""Finds items (deliverables, groups, programmes) and their labelled fields on slides.

The rules, in deck terms:
- An item is a heading followed by label lines ("Leader:", "Timeline:" ...). Its title
  is the slide title, or the heading line just before the labels when that line opens
  its own text box (two items side by side), or the last heading-like line before them.
- A new item starts on the same slide when a heading comes before a label the current
  item already has, or before any label in another text box.
- Lines deeper than their label, or right after a label with no value, continue it.
- A banner ("Proposed new deliverable") gives its status to the item it heads.
- A table whose header names fields (Leader | Timeline | Status) lists one item per row;
  its first header ("City Platforms Working Group") names the parent item. A two-column
  table of label | value is read as label lines.
- Items live on one slide: a new slide closes them, except that table rows continue
  across slides. Slides with no item are the plan's: title, contacts, links.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from plandeck.codes import grammar
from plandeck.extract.assemble.tables import TableRecords, table_records
from plandeck.extract.inline_tags import deadline_pattern, split_tagged
from plandeck.extract.labels import LabelMatcher
from plandeck.extract.lines import (
    EMAIL,
    URL,
    Line,
    block_lines,
    is_heading_like,
    mark_strong,
    similar,
)
from plandeck.extract.regions.columns import CellTests
from plandeck.extract.regions.label_table import label_table_lines
from plandeck.extract.regions.panels import panel_headings, table_owner
from plandeck.extract.regions.slide_roles import slide_title
from plandeck.model import Block, BlockKind, Box, Origin, RawField, RawItem, RawWarning, Slide
from plandeck.normalize.dates import YEAR
from plandeck.vocabulary import Vocabulary, fold, phrase_pattern

# Fields whose value may go on over short lines of the same level; and how short.
_LIST_FIELDS = {"leader", "secretariat", "meetings"}
_SHORT_LINE_WORDS = 8
# "Working Groups: see next slide": a label this vocabulary does not know still opens its own line.
_UNKNOWN_LABEL = re.compile(r"^[\w'’ /()-]{2,40}:\s")
_MIN_FIELDS_FOR_ITEM = {"leader", "secretariat", "timeline", "publication", "meetings", "status"}


def split_code(title: str) -> tuple[str | None, str]:
    """("WG1", "IT Solutions") from "WG1 - IT Solutions", by the one code grammar."""
    return grammar().split(title)


@dataclass
class SlideResult:
    """What one slide gave: its items and the lines no item took."""

    items: list[RawItem] = field(default_factory=list)
    loose: list[Line] = field(default_factory=list)
    warnings: list[RawWarning] = field(default_factory=list)


class ItemFinder:
    """Runs the rules above slide by slide."""

    def __init__(self, vocab: Vocabulary, labels: LabelMatcher, is_banner, tests: CellTests) -> None:
        self._vocab = vocab
        self._labels = labels
        self._is_banner = is_banner
        self._tests = tests
        self._wg_re = phrase_pattern(vocab.wg_table_words)
        self._deadline = deadline_pattern(vocab.deadline_words)

    # --- slides ---------------------------------------------------------------------------
    def find(self, slide: Slide, year: int | None = None) -> SlideResult:
        """Items on one slide; ``year`` is the deck's year, for charts whose months name none."""
        result = SlideResult()
        lines: list[Line] = []
        tables: list[tuple[Block, TableRecords]] = []
        for index, block in enumerate(slide.blocks):
            if block.kind is BlockKind.NOTES:
                continue
            if block.kind is BlockKind.TABLE:
                titled = slide_title(slide) is not None
                as_lines = label_table_lines(block, index, titled, self._labels, self._is_banner)
                if as_lines is not None:
                    lines.extend(as_lines)
                    continue
                title_year = YEAR.search(slide_title(slide) or "")
                found = table_records(block, slide.number, self._tests, self._wg_re,
                                      int(title_year.group(0)) if title_year else year)
                if found is not None:
                    tables.append((block, found))
                else:
                    result.warnings.append(RawWarning(
                        "unused-table", f"a table of {len(block.rows)} rows names no known field", slide.number))
                continue
            for line in block_lines(block, index, self._labels, self._is_banner):
                lines.extend(split_tagged(line, self._labels, self._deadline, self._tests.date) or [line])
        lines = panel_headings(lines, slide)
        mark_strong(lines)
        text_items, loose, boxes = self._segment(lines, slide.number, slide.blocks)
        rows: list[RawItem] = []
        title = slide_title(slide)
        for block, found in tables:
            owner = None if found.caption else table_owner(block, text_items, boxes)
            hint = found.caption or self._table_hint(found, title)
            for record in found.records:
                if record.parent is None and record.parent_hint is None:  # a parent column names its own
                    record.parent = owner
                    record.parent_hint = None if owner else hint
            rows.extend(found.records)
        _under_slide_title(text_items)
        # Items from text come before table rows that sit on the same slide: rows are children.
        result.items = text_items + rows
        result.loose = loose
        return result

    def _table_hint(self, found: TableRecords, slide_title: str | None) -> str | None:
        """The first header names the parent ("City Platforms Working Group"); a generic one
        ("Working group") leaves that to the slide title ("X Programme – working groups (1/2)")."""
        column = found.layout.columns[found.layout.title]
        head = " ".join(column.header.split())
        # A one-word header the vocabulary does not know ("Action") names the column, not a parent.
        generic = not head or self._labels.is_title_column(head) or (column.how == "cells" and len(head.split()) < 2)
        return slide_title if generic else head

    # --- text -----------------------------------------------------------------------------
    def _segment(self, lines: list[Line], unit: int,
                 blocks: list[Block]) -> tuple[list[RawItem], list[Line], dict[int, list[Box]]]:
        """Items from the slide's lines, the lines no item took, and the boxes each item's lines came from."""
        items: list[RawItem] = []
        taken: dict[int, set[int]] = {}
        current: RawItem | None = None
        last: RawField | None = None
        last_level = 0
        last_block = -1
        pending: list[Line] = []
        banner: str | None = None
        banner_origin: Origin | None = None
        used_title = False
        own_heading: Line | None = None  # what the first item would be called if the slide title is a section title

        for line in lines:
            if line.banner:
                banner = line.text
                banner_origin = Origin(unit, line.box, "banner")
                continue
            if line.label is None:
                if current is not None and last is not None and self._continues(line, last, last_level, last_block):
                    last.add_line(line.text, line.box)
                    taken.setdefault(id(current), set()).add(line.block)
                    _add_links(current, line)
                else:
                    pending.append(line)
                continue
            starts = current is None or self._starts_new(current, line, pending, last_block)
            if starts:
                title_line, title_text, before, after = self._heading(pending, used_title)
                if title_line is None:
                    # Labels with no heading at all: a continuation of the item above, if any.
                    if current is None:
                        pending.append(line)
                        continue
                    starts = False
                else:
                    previous = current
                    if title_line.is_title:
                        used_title = True
                        own_heading = self._own_heading(pending)
                    code, title = split_code(title_text)
                    # "Arbeitsgruppe AG1: …": a group noun before the code makes the item a working group.
                    kind = "working_group" if code and self._wg_re.match(fold(title_text)) else None
                    current = RawItem(title=title, unit=unit, code=code, kind=kind, banner=banner, units={unit},
                                      box=title_line.box, how=_how_titled(title_line),
                                      banner_origin=banner_origin)
                    # Lines above the heading belong to the item before it, or are this one's notes.
                    self._absorb(previous or current, before)
                    for ln in after:
                        self._absorb_heading_or_note(current, ln, title_text)
                    items.append(current)
                    banner = None
                    pending = []
            if not starts and current is not None:
                for ln in pending:
                    self._absorb_heading_or_note(current, ln, current.title)
                pending = []
            assert current is not None
            label = line.label
            last = RawField(key=label.key, label=label.label, lines=[label.value] if label.value else [], unit=unit,
                            inline=bool(label.value), box=line.box, how=line.how)
            if label.value:
                last.place(label.value, line.box)
            current.fields.append(last)
            taken.setdefault(id(current), set()).add(line.block)
            _add_links(current, line)
            last_level = line.level
            last_block = line.block

        loose = pending if current is None else []
        if current is not None:
            if banner and current.banner is None:
                current.banner = banner
                current.banner_origin = banner_origin
            for ln in pending:
                self._absorb_heading_or_note(current, ln, current.title)
        items = [it for it in items if self._is_item(it)]
        for it in items:
            _trailing_remarks(it)
        if len(items) >= 2 and own_heading:
            # Several items each under its own heading: the slide title names the section, not the first item.
            first = items[0]
            first.notes = [n for n in first.notes if n != own_heading.text]
            first.aliases = [a for a in first.aliases if a != own_heading.text]
            first.code, first.title = split_code(own_heading.text)
            first.box, first.how = own_heading.box, "heading"
        boxes = {key: [blocks[i].box for i in sorted(ids) if blocks[i].kind is not BlockKind.TITLE]
                 for key, ids in taken.items()}
        return items, loose if not items else [], boxes

    def _continues(self, line: Line, last: RawField, level: int, block: int) -> bool:
        if not last.inline and not last.lines and line.block == block and not line.is_title:
            return True  # "Lead" alone, then its value: the value, however large its type is set
        if line.is_title or line.strong:
            return False
        if line.level > level:
            return True
        if line.block != block:
            return False
        if not last.inline:  # "Leader:" alone on its line: the values are on the next ones
            return True
        if (last.key in _LIST_FIELDS and len(line.text.split()) <= _SHORT_LINE_WORDS
                and not _UNKNOWN_LABEL.match(line.text)):
            return True  # "Leader: Jane Doe" then "City of X" on the line below
        # "Data portal: https://..." under a scope is a link of its own, not more scope.
        return last.key == "scope" and not is_heading_like(line) and not (
            _UNKNOWN_LABEL.match(line.text) and URL.search(line.text))

    @staticmethod
    def _starts_new(current: RawItem, line: Line, pending: list[Line], last_block: int) -> bool:
        heads = [ln for ln in pending if is_heading_like(ln)]
        if not heads:
            return False
        assert line.label is not None
        if current.has(line.label.key) and line.label.key != "link":
            return True
        return any(ln.strong or (ln.first_in_block and ln.block != last_block) for ln in heads)

    def _heading(self, pending: list[Line], used_title: bool) -> tuple[Line | None, str, list[Line], list[Line]]:
        """Choose the title among pending lines: (title line, its text, lines before, lines after).

        The slide title wins while unused; otherwise the last heading-like line, joined with
        the lines of the same block and size it wraps from.
        """
        heads = [i for i, ln in enumerate(pending) if is_heading_like(ln)]
        if not heads:
            return None, "", pending, []
        tagged = [i for i in heads if pending[i].tagged]
        if tagged:  # an action written with its owner's tag is its own title, whatever the slide is called
            return pending[tagged[-1]], pending[tagged[-1]].text, pending[:tagged[-1]], pending[tagged[-1] + 1:]
        titles = [i for i in heads if pending[i].is_title] if not used_title else []
        if titles:
            # Consecutive title paragraphs are one title wrapped by hand.
            first = titles[0]
            last = first
            while last + 1 < len(pending) and pending[last + 1].is_title:
                last += 1
            text = " ".join(ln.text for ln in pending[first:last + 1])
            return pending[first], text, pending[:first], pending[last + 1:]
        # A heading set in larger or bolder type beats a plain short line after it ("U4SSC Hub in
        # Austria" over the sentence-like "Hub in Austria (in cooperation with ITU)" under it).
        strong = [i for i in heads if pending[i].strong]
        pick = strong[-1] if strong else heads[-1]
        first = pick
        while (first - 1 >= 0 and pending[first - 1].block == pending[pick].block and pending[first - 1].strong
               and pending[pick].strong and pending[first - 1].size == pending[pick].size
               and not pending[first - 1].is_title):
            first -= 1
        text = " ".join(ln.text for ln in pending[first:pick + 1])
        return pending[pick], text, pending[:first], pending[pick + 1:]

    @staticmethod
    def _own_heading(pending: list[Line]) -> Line | None:
        """The heading that opens its own text box right before the labels, if any."""
        heads = [ln for ln in pending if is_heading_like(ln)]
        if heads and heads[-1] is pending[-1] and heads[-1].first_in_block and not heads[-1].is_title:
            return heads[-1]
        return None

    def _absorb(self, item: RawItem, lines: list[Line]) -> None:
        """Lines between two items on a slide belong to the first one, as notes."""
        for ln in lines:
            item.notes.append(ln.text)
            _add_links(item, ln)

    def _absorb_heading_or_note(self, item: RawItem, line: Line, title: str) -> None:
        if is_heading_like(line) and similar(line.text, title) >= 0.5:
            item.aliases.append(line.text)
        else:
            item.notes.append(line.text)
        _add_links(item, line)

    @staticmethod
    def _is_item(item: RawItem) -> bool:
        """A heading with only a description is not a plan item (a lecture slide has those)."""
        return any(f.key in _MIN_FIELDS_FOR_ITEM for f in item.fields) or item.banner is not None


def _trailing_remarks(item: RawItem) -> None:
    """Sentences after a scope that closes the item's fields are remarks (notes), not more scope.

    A sentence between the scope and the next label goes on with the scope; once the scope's
    own sentence has ended and no field follows, what comes after is the author's comment
    ("First draft published in December 2018 ...").
    """
    if not item.fields or item.fields[-1].key != "scope":
        return
    scope = item.fields[-1]
    for i, line in enumerate(scope.lines[:-1]):
        if line.rstrip().endswith((".", "!", "?")) and not scope.lines[i + 1][:1].islower():
            item.notes.extend(scope.lines[i + 1:])
            del scope.lines[i + 1:]
            return


def _add_links(item: RawItem, line: Line) -> None:
    for url in [*URL.findall(line.text), *line.links]:
        if url.lower().startswith("mailto:") or EMAIL.fullmatch(url):
            continue
        if url not in item.links:
            item.links.append(url)
            item.link_origins[url] = Origin(item.unit, line.box, "link")


def _how_titled(line: Line) -> str:
    """How an item's title line was found: the slide title, a "Maßnahme:" line, a tagged action, or a heading."""
    if line.is_title:
        return "slide-title"
    return "title-label" if line.titled else "inline-tag" if line.tagged else "heading"


def _under_slide_title(items: list[RawItem]) -> None:
    """A slide whose title opens an item ("Wärme und Gebäude", its coordinator) and then lists
    "Maßnahme: …" items: those are the title item's children."""
    if not items or items[0].how != "slide-title":
        return
    for item in items[1:]:
        if item.how == "title-label" and item.parent is None and item.parent_hint is None:
            item.parent = items[0]
