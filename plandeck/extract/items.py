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
from plandeck.model import Block, BlockKind, Paragraph, RawField, RawItem, RawWarning, Slide
from plandeck.vocabulary import Vocabulary, fold

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

    def __init__(self, vocab: Vocabulary, labels: LabelMatcher, is_banner) -> None:
        self._vocab = vocab
        self._labels = labels
        self._is_banner = is_banner
        self._wg_words = vocab.wg_table_words

    # --- slides ---------------------------------------------------------------------------
    def find(self, slide: Slide) -> SlideResult:
        result = SlideResult()
        lines: list[Line] = []
        for index, block in enumerate(slide.blocks):
            if block.kind is BlockKind.NOTES:
                continue
            if block.kind is BlockKind.TABLE:
                as_lines = self._label_table_lines(block, index)
                if as_lines is not None:
                    lines.extend(as_lines)
                    continue
                table_items = self._table_items(block, slide.number, _slide_title(slide))
                if table_items is not None:
                    result.items.extend(table_items)
                else:
                    result.warnings.append(RawWarning(
                        "unused-table", f"a table of {len(block.rows)} rows names no known field", slide.number))
                continue
            lines.extend(block_lines(block, index, self._labels, self._is_banner))
        mark_strong(lines)
        text_items, loose = self._segment(lines, slide.number)
        # Items from text come before table rows that sit on the same slide: rows are children.
        result.items = text_items + result.items
        result.loose = loose
        return result

    # --- text -----------------------------------------------------------------------------
    def _segment(self, lines: list[Line], unit: int) -> tuple[list[RawItem], list[Line]]:
        items: list[RawItem] = []
        current: RawItem | None = None
        last: RawField | None = None
        last_level = 0
        last_block = -1
        pending: list[Line] = []
        banner: str | None = None
        used_title = False
        own_heading: str | None = None  # what the first item would be called if the slide title is a section title

        for line in lines:
            if line.banner:
                banner = line.text
                continue
            if line.label is None:
                if current is not None and last is not None and self._continues(line, last, last_level, last_block):
                    last.lines.append(line.text)
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
                    current = RawItem(title=title, unit=unit, code=code, banner=banner, units={unit})
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
                            inline=bool(label.value))
            current.fields.append(last)
            _add_links(current, line)
            last_level = line.level
            last_block = line.block

        loose = pending if current is None else []
        if current is not None:
            if banner and current.banner is None:
                current.banner = banner
            for ln in pending:
                self._absorb_heading_or_note(current, ln, current.title)
        items = [it for it in items if self._is_item(it)]
        if len(items) >= 2 and own_heading:
            # Several items each under its own heading: the slide title names the section, not the first item.
            first = items[0]
            first.notes = [n for n in first.notes if n != own_heading]
            first.aliases = [a for a in first.aliases if a != own_heading]
            first.code, first.title = split_code(own_heading)
        return items, loose if not items else []

    def _continues(self, line: Line, last: RawField, level: int, block: int) -> bool:
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
        titles = [i for i in heads if pending[i].is_title] if not used_title else []
        if titles:
            # Consecutive title paragraphs are one title wrapped by hand.
            first = titles[0]
            last = first
            while last + 1 < len(pending) and pending[last + 1].is_title:
                last += 1
            text = " ".join(ln.text for ln in pending[first:last + 1])
            return pending[first], text, pending[:first], pending[last + 1:]
        pick = heads[-1]
        first = pick
        while (first - 1 >= 0 and pending[first - 1].block == pending[pick].block and pending[first - 1].strong
               and pending[pick].strong and pending[first - 1].size == pending[pick].size
               and not pending[first - 1].is_title):
            first -= 1
        text = " ".join(ln.text for ln in pending[first:pick + 1])
        return pending[pick], text, pending[:first], pending[pick + 1:]

    @staticmethod
    def _own_heading(pending: list[Line]) -> str | None:
        """The heading that opens its own text box right before the labels, if any."""
        heads = [ln for ln in pending if is_heading_like(ln)]
        if heads and heads[-1] is pending[-1] and heads[-1].first_in_block and not heads[-1].is_title:
            return heads[-1].text
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

    # --- tables ---------------------------------------------------------------------------
    def _label_table_lines(self, block: Block, index: int) -> list[Line] | None:
        """A label | value table read as label lines, or None when it is not one."""
        rows = [r for r in block.rows if any(c.strip() for c in r)]
        if not rows or max(len(r) for r in rows) < 2:
            return None
        keyed = sum(1 for r in rows if self._labels.header_key(r[0]))
        if keyed < 2 or keyed < 0.5 * len(rows):
            return None
        paragraphs: list[Paragraph] = []
        for r in rows:
            label = r[0].strip().rstrip(":：")
            values = [v for cell in r[1:] for v in cell.split("\n") if v.strip()]
            if self._labels.header_key(r[0]):
                paragraphs.append(Paragraph(f"{label}: {values[0] if values else ''}".strip(), level=0))
                paragraphs.extend(Paragraph(v, level=1) for v in values[1:])
            elif self._labels.is_title_column(r[0]) and values:
                paragraphs.append(Paragraph(" ".join(values), level=0, bold=True))
            else:
                paragraphs.append(Paragraph(" ".join(c for c in r if c.strip()), level=0))
        fake = Block(BlockKind.TEXT, block.box, paragraphs=paragraphs)
        return block_lines(fake, index, self._labels, self._is_banner)

    def _table_items(self, block: Block, unit: int, slide_title: str | None) -> list[RawItem] | None:
        """One item per row of a table whose header names fields, or None."""
        rows = [r for r in block.rows if any(c.strip() for c in r)]
        if len(rows) >= 3 and sum(1 for c in rows[0] if c.strip()) == 1:
            # A caption row merged across the table ("Working groups 2024") names the parent.
            slide_title = " ".join(next(c for c in rows[0] if c.strip()).split())
            rows = rows[1:]
        if len(rows) < 2:
            return None
        header = rows[0]
        keys = [self._labels.header_key(c, overflow=True) for c in header]
        if sum(1 for k in keys if k) < 2:
            return None
        title_col = next((i for i, c in enumerate(header) if keys[i] is None and self._labels.is_title_column(c)),
                         next((i for i, k in enumerate(keys) if k is None), None))
        if title_col is None:
            return None
        head = " ".join(header[title_col].split())
        # The first header names the parent ("City Platforms Working Group"); a generic one
        # ("Working group") leaves that to the slide title ("X Programme – working groups (1/2)").
        parent_hint = slide_title if self._labels.is_title_column(head) else head
        wg = any(re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", fold(head)) for w in self._wg_words)
        items: list[RawItem] = []
        for row in rows[1:]:
            if [fold(c) for c in row] == [fold(c) for c in header]:
                continue
            cells = row + [""] * (len(header) - len(row))
            title_cell = " ".join(cells[title_col].split())
            if not title_cell and items:
                target = items[-1]
            elif not title_cell:
                continue
            else:
                code, title = split_code(title_cell)
                target = RawItem(title=title, unit=unit, code=code, parent_hint=parent_hint,
                                 kind="working_group" if wg else None, units={unit})
                items.append(target)
            for col, key in enumerate(keys):
                if key is None or col == title_col or col >= len(cells):
                    continue
                values = [v.strip() for v in cells[col].split("\n") if v.strip()]
                if values:
                    target.fields.append(RawField(key=key, label=" ".join(header[col].split()), lines=values,
                                                  unit=unit))
                    for v in values:
                        target.links.extend(u for u in URL.findall(v) if u not in target.links)
        return items


def _slide_title(slide: Slide) -> str | None:
    titles = [b.text for b in slide.blocks if b.kind is BlockKind.TITLE]
    return " ".join(titles[0].split()) if titles else None


def _add_links(item: RawItem, line: Line) -> None:
    for url in [*URL.findall(line.text), *line.links]:
        if url.lower().startswith("mailto:") or EMAIL.fullmatch(url):
            continue
        if url not in item.links:
            item.links.append(url)
