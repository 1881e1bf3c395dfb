"""From a read :class:`Deck` to the raw facts of a :class:`RawDeck`.

Runs the item rules slide by slide, finds the plan's title, period and organisation on
its first slides, gathers contacts and links that belong to no item, and parses the
people in every leader field.
"""
from __future__ import annotations

import re

from plandeck.extract.assemble.hierarchy import link_parents, tree_order
from plandeck.extract.assemble.merge import continued_pattern, merge_records
from plandeck.extract.items import ItemFinder
from plandeck.extract.labels import LabelMatcher
from plandeck.extract.lines import EMAIL, URL, Line, banner_detector
from plandeck.extract.people import PeopleParser, full_name
from plandeck.extract.regions.columns import CellTests, normalise_header
from plandeck.extract.regions.definitions import in_list as definitions_in_list
from plandeck.extract.regions.definitions import in_text as definitions_in_text
from plandeck.extract.regions.headings import promote_heading
from plandeck.extract.regions.slide_roles import SlideRole, SlideRoles, slide_title
from plandeck.model import (
    BlockKind,
    Box,
    Deck,
    PersonMention,
    RawDeck,
    RawField,
    RawItem,
    RawPlan,
    RawWarning,
    Slide,
    union,
)
from plandeck.normalize.dates import YEAR_SPAN, DateScanner
from plandeck.normalize.status import StatusMapper
from plandeck.vocabulary import Vocabulary, fold, phrase_pattern

# Fields that make a heading a plan item.
_PLAN_FIELDS = {"leader", "secretariat", "timeline", "publication", "meetings", "status"}
# Words joining the two ends of a period ("January to December 2014").
# From this many slides on, the first slide is the deck's title slide and gives no item.
_MIN_SLIDES_FOR_TITLE_SLIDE = 3
# How many slides from the start may hold the plan's title.
_TITLE_SLIDES = 3


class FactFinder:
    """Holds the rules built from the vocabulary; one per process, reused for every deck."""

    def __init__(self, vocab: Vocabulary, labels: LabelMatcher, people: PeopleParser, tests: CellTests) -> None:
        self._vocab = vocab
        self._labels = labels
        self._is_banner = banner_detector(vocab)
        self._items = ItemFinder(vocab, labels, self._is_banner, tests)
        self._tests = tests
        self._continued = continued_pattern(vocab.continued)
        self._wg_re = phrase_pattern(vocab.wg_table_words)
        self._roles = SlideRoles(vocab)
        self._people = people

    def find(self, deck: Deck) -> RawDeck:
        plan = RawPlan()
        items = []
        warnings = list(deck.warnings)
        definitions: list[tuple[str, str]] = []
        calendar: list[RawField] = []
        first_years = [m.group(0) for s in deck.slides[:1] for b in s.blocks if b.kind is not BlockKind.NOTES
                       for m in [YEAR_SPAN.search(b.text)] if m]
        year = int(first_years[0][:4]) if first_years else None
        for slide in deck.slides:
            promote_heading(slide)
            role = SlideRole.DECK if self._is_title_slide(slide, deck) else self._roles.of(slide)
            found = [d for b in slide.blocks if b.kind is not BlockKind.NOTES for d in definitions_in_text(b.text)]
            if role is SlideRole.DECK:
                found += definitions_in_list(slide.blocks)
            definitions.extend(d for d in found if d not in definitions)
            if role is SlideRole.CONTENT:
                result = self._items.find(slide, year)
                items.extend(result.items)
                warnings.extend(result.warnings)
                if not result.items:
                    self._plan_lines(plan, slide, result.loose, warnings)
            else:
                if role is SlideRole.DECK and slide is not deck.slides[0]:
                    # "Next steps" gives no items, but an action written with its owner's tag is one anywhere.
                    items.extend(it for it in self._items.find(slide, year).items if it.how == "inline-tag")
                self._plan_lines(plan, slide, [], warnings)
                if role is SlideRole.CALENDAR:
                    calendar.extend(self._calendar(slide))
            self._contacts(plan, slide)
        titled_as_plan = self._plan_title(plan, deck.slides[:_TITLE_SLIDES])
        plan.start_text = self._project_start(deck.slides[:_TITLE_SLIDES])
        if items and not titled_as_plan and not any(_strong(it) for it in items):
            warnings.append(RawWarning("not-a-plan", f"{len(items)} heading(s) with at most one field each and no "
                                       "plan title: read as a document that is no action plan", None))
            items = []
        merged = merge_records(items, self._continued)
        warnings.extend(merged.warnings)
        warnings.extend(link_parents(merged.items, self._wg_re))
        items = tree_order(merged.items)
        people_key = self._people_key(definitions)
        definitions = [d for d in definitions if d[1] not in people_key]
        self._parse_people(items, people_key, [p.text for s in deck.slides for b in s.blocks
                                               if b.kind is not BlockKind.NOTES for p in b.paragraphs])
        if not items:  # a document that is no plan has a title only
            plan.period_text = plan.organisation = None
            plan.contacts, plan.links = [], []
        if not items and deck.slides and not any(w.code == "not-a-plan" for w in warnings):
            warnings.append(RawWarning("not-a-plan", "no slide has an item with labelled fields "
                                       "(Leader:, Timeline: ...); is this an action plan?", None))
        return RawDeck(source=deck.source, plan=plan, items=items, warnings=warnings, definitions=definitions,
                       calendar=calendar, sizes={s.number: s.size for s in deck.slides if s.size},
                       ocr_units={s.number for s in deck.slides if s.ocr})

    @staticmethod
    def _calendar(slide: Slide) -> list[RawField]:
        """The lines of a meetings calendar slide ("Calendar 2014", "E-meeting calendar"), table rows included."""
        label = slide_title(slide) or ""
        lines: list[tuple[str, Box | None]] = [(p.text, p.box or b.box) for b in slide.blocks
                                               if b.kind is BlockKind.TEXT for p in b.paragraphs]
        lines += [(" ".join(cell for cell in row if cell), union(b.cells[i]) if i < len(b.cells) else b.box)
                  for b in slide.blocks if b.kind is BlockKind.TABLE for i, row in enumerate(b.rows)]
        out = []
        for line, box in lines:
            if line.strip():
                found = RawField("meetings", label, [], slide.number, how="calendar")
                found.add_line(line, box)
                out.append(found)
        return out

    # --- plan ---------------------------------------------------------------------------------
    @staticmethod
    def _contacts(plan: RawPlan, slide: Slide) -> None:
        for block in slide.blocks:
            if block.kind is BlockKind.NOTES:
                continue
            texts = [block.text, *(link for p in block.paragraphs for link in p.links)]
            for text in texts:
                for email in EMAIL.findall(text.replace("mailto:", " ")):
                    if email not in plan.contacts:
                        plan.contacts.append(email)

    def _plan_lines(self, plan: RawPlan, slide: Slide, loose: list[Line], warnings: list[RawWarning]) -> None:
        """Links on a slide with no item are the plan's; other text there is reported once."""
        for block in slide.blocks:
            if block.kind is BlockKind.NOTES:
                continue
            links = [*URL.findall(block.text), *(lk for p in block.paragraphs for lk in p.links)]
            for url in links:
                if url.lower().startswith("mailto:"):
                    continue
                url = url.rstrip(".,;")
                if not any(_same_url(url, u) for u in plan.links):
                    plan.links.append(url)
        stray = [ln for ln in loose if ln.label is not None]
        if stray:
            warnings.append(RawWarning("label-without-item",
                                       f"label line with no item heading: {stray[0].text[:80]!r}", slide.number))

    def _people_key(self, definitions: list[tuple[str, str]]) -> dict[str, str]:
        """Initials a deck spells out as people ("JD – Jane Doerr, City Lab" on a who's who slide)."""
        key: dict[str, str] = {}
        for long, short in definitions:
            name = re.split(r"\s*[,(]", long, maxsplit=1)[0]
            if re.fullmatch(r"[A-Z]{2,4}", short) and self._people.is_person(name):
                # One entry is one person: what follows the name is their organisation.
                rest = long[len(name):].strip(" ,")
                key[short] = f"{name} ({rest})" if rest and not rest.startswith("(") else long
        return key

    def _parse_people(self, items: list[RawItem], people_key: dict[str, str], texts: list[str]) -> None:
        """People in every leader field; a phrase the deck writes as someone's affiliation is an organisation.

        Two passes: the first collects the affiliations written in brackets or after a name
        ("Ida Marsh (Trees & Open Spaces)"), so that the same phrase standing alone
        as an owner is read as that organisation, not as a person named "Open Spaces".
        """
        fields = [f for item in items for f in item.get("leader") if not f.organisations]
        if people_key:
            for f in fields:
                f.lines = [_expand_initials(line, people_key) for line in f.lines]
        affiliations = {m.affiliation for f in fields for m in self._people.parse(f.lines) if m.affiliation}
        parser = self._people.knowing(affiliations)
        for f in fields:
            f.people = [PersonMention(m.name, m.affiliation, f.unit, f.box_of(m.name)) for m in parser.parse(f.lines)]
        initialled = [p for f in fields for p in f.people if re.match(r"[A-Z]\.", p.name)]
        if initialled:  # "R. Achterberg": the full name the deck writes elsewhere (an attendance list)
            values = [found.value if (found := self._labels.match(text)) else text for text in texts]
            names = [m.name for text in values for m in parser.parse([text]) if parser.is_person(m.name)]
            for p in initialled:
                p.name = full_name(p.name, names)

    @staticmethod
    def _is_title_slide(slide: Slide, deck: Deck) -> bool:
        """The first slide of a deck of several: its coordinator and dates are the plan's, not an item's."""
        return len(deck.slides) >= _MIN_SLIDES_FOR_TITLE_SLIDE and slide is deck.slides[0]

    def _project_start(self, slides: list[Slide]) -> str | None:
        """The text after a project-start phrase ("Project start: 1 January 2024 (M1) · Duration: 36 months")."""
        words = "|".join(re.escape(p) for p in self._vocab.project_start)
        pattern = re.compile(rf"(?<!\w)(?:{words})\s*[:：]\s*")
        for slide in slides:
            for block in slide.blocks:
                if block.kind is BlockKind.NOTES:
                    continue
                for para in block.paragraphs:
                    m = pattern.search(fold(para.text))
                    if m and len(fold(para.text)) == len(para.text):
                        return para.text[m.end():]
        return None

    def _plan_title(self, plan: RawPlan, slides: list[Slide]) -> bool:
        """Fill the plan's title, organisation and period; True when the title names a plan ("Work Plan")."""
        phrases = self._vocab.plan_phrases
        candidates = [(s, p.text) for s in slides for b in s.blocks if b.kind in (BlockKind.TITLE, BlockKind.TEXT)
                      for p in b.paragraphs]
        for slide, text in candidates:
            folded = fold(text)
            phrase = next((ph for ph in phrases if re.search(rf"(?<!\w){re.escape(ph)}(?!\w)", folded)), None)
            if phrase is None:
                continue
            plan.title, period = _without_period(text)
            plan.organisation = self._organisation(plan.title, phrase)
            plan.period_text = period or self._period_near(slide)
            return True
        first = slides[0] if slides else None
        if first is not None:
            titles = [b.text for b in first.blocks if b.kind is BlockKind.TITLE]
            texts = [b.text for b in first.blocks if b.kind is BlockKind.TEXT]
            head = (titles or texts or [""])[0]
            title, period = _without_period(head) if head else (None, None)
            plan.title = title or None
            plan.period_text = period or self._period_near(first)
        return False

    def _organisation(self, title: str, phrase: str) -> str | None:
        """What the title says besides the plan phrase and its connectors: "U4SSC" in "U4SSC Action Plan"."""
        folded = fold(title)
        start = folded.find(phrase)
        rest = (title[:start] + " " + title[start + len(phrase):]).strip()
        words = rest.split()
        small = {c for c in self._vocab.plan_connectors if " " not in c} | self._vocab.plan_articles
        while words and fold(words[0]) in small:
            words.pop(0)
        while words and fold(words[-1]) in small:
            words.pop()
        org = " ".join(words).strip(" -–—:,")
        return org or None

    def _period_near(self, slide: Slide) -> str | None:
        """The plan period on the title slide: a line that is a period and nothing else, else the first years."""
        texts = [p.text for b in slide.blocks if b.kind is not BlockKind.NOTES for p in b.paragraphs]
        for text in texts:
            if self._tests.period_line(text):
                return " ".join(text.split())
        for text in texts:
            m = YEAR_SPAN.search(text)
            if m:
                return m.group(0)
        return None


def _expand_initials(line: str, key: dict[str, str]) -> str:
    """ "HB, OA" -> "Hamish Brodie-Kerr, City Council; Olamide Reed (Data Studio)": owners written as initials."""
    parts = [p for p in re.split(r"\s*(?:,|;|/|&|\band\b)\s*", line.strip()) if p]
    if not any(p in key for p in parts):
        return line
    return "; ".join(key.get(p, p) for p in parts)


def _strong(item: RawItem) -> bool:
    """An item a plan would have: a code, a banner, or two different fields (a lecture slide has one at most)."""
    keys = {f.key for f in item.fields if f.key in _PLAN_FIELDS and f.text}
    return bool(item.code or item.banner or len(keys) >= 2 or (item.origin == "row" and keys))


def _same_url(a: str, b: str) -> bool:
    return a.rstrip("/").lower() == b.rstrip("/").lower()


def _without_period(title: str) -> tuple[str, str | None]:
    """A title line without its plan period ("Coastal Plan 2025–2026" gives "Coastal Plan" and "2025–2026")."""
    period = YEAR_SPAN.search(title)
    if period is None:
        return " ".join(title.split()), None
    return " ".join(YEAR_SPAN.sub(" ", title).split()).strip(" -–—:,"), period.group(0)


def build() -> FactFinder:
    """A fact finder wired with the bundled vocabulary and the cell tests."""
    from plandeck.extract.labels import matcher
    from plandeck.normalize.dates import scanner
    from plandeck.normalize.status import StatusMapper
    from plandeck.vocabulary import load

    vocab = load()
    labels = matcher()
    people = PeopleParser(vocab)
    return FactFinder(vocab, labels, people, cell_tests(vocab, labels, people, StatusMapper(vocab), scanner()))


def cell_tests(vocab: Vocabulary, labels: LabelMatcher, people: PeopleParser, status: StatusMapper,
               dates: DateScanner) -> CellTests:
    """What a table cell may hold, from the rule data: the tests column roles are guessed with."""
    affiliation = {normalise_header(w) for w in vocab.affiliation_columns}
    non_items = {normalise_header(w) for w in vocab.non_item_columns}
    span = {**{normalise_header(w): "start" for w in vocab.span_columns["start"]},
            **{normalise_header(w): "end" for w in vocab.span_columns["end"]}}

    def is_person(cell: str) -> bool:
        first = cell.split("\n")[0]
        found = people.parse_line(first)
        return bool(found) and all(people.is_person(m.name) for m in found)

    def opening_label(cell: str) -> str | None:
        m = labels.match(cell.split("\n")[0])
        return m.key if m else None

    return CellTests(
        label=lambda h: labels.header_key(h, overflow=True),
        is_title_header=labels.is_title_column,
        is_affiliation_header=lambda h: normalise_header(h) in affiliation,
        is_non_item_header=lambda h: normalise_header(h) in non_items,
        span_end=lambda h: span.get(normalise_header(h)),
        status=lambda c: status.map(c) is not None and len(c.split()) <= 6,
        # Atoms only: the dateparser fallback costs milliseconds a cell on table-heavy documents.
        date=lambda c: len(c.split()) <= 6 and any(a.year is not None for a in dates.atoms(c)),
        person=is_person,
        organisation=people.is_org,
        opening_label=opening_label,
        range=dates.is_range,
        period_line=dates.only_period,
        month_name=lambda cell: vocab.months.get(fold(cell).strip(" ."), None),
    )
