"""The tables of a PDF page: drawn with ruling lines, or laid out with spaces, and which wins where both are seen.

pdfplumber's table functions are used only on pages that draw enough ruling lines to
hold a table, over PDFium's own paths and characters (the page is never parsed twice).
Tables laid out with spaces are found from a header row that names fields
(:mod:`whitespace_tables`).
"""
from __future__ import annotations

import ctypes
import math
import re
from collections.abc import Callable
from functools import cache
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from plandeck.extract.read.chars import Char, PageFrame
from plandeck.extract.read.lines import split_lines
from plandeck.extract.read.settings import LAYOUT, LayoutSettings
from plandeck.extract.read.text import clean_line, join_wrapped, starts_with_bullet
from plandeck.extract.read.whitespace_tables import find_tables
from plandeck.model import Block, BlockKind, Box
from plandeck.vocabulary import fold, load

# A page needs this many path objects before its ruling lines are looked at for tables.
MIN_PATHS_FOR_TABLES = 8
# Past this many ruling edges a page is vector art, not a table.
MAX_RULE_EDGES = 4000

IsField = Callable[[str], bool]
# A ruling line as pdfplumber's table functions take it.
Edge = dict[str, Any]


def page_tables(page: pdfium.PdfPage, frame: PageFrame, chars: list[Char], is_field: IsField | None,
                layout: LayoutSettings = LAYOUT) -> list[Block]:
    """The page's tables, ruled and whitespace, one block for each table (the fuller reading where both see one)."""
    ruled: list[Block] = []
    if count_paths(page) >= MIN_PATHS_FOR_TABLES:
        ruled = ruled_tables(page, frame, chars, layout)
    spaced = whitespace_tables(chars, is_field, frame.width, frame.height, layout) if is_field is not None else []
    return prefer_fuller(ruled, spaced, layout)


def outside_tables(chars: list[Char], tables: list[Block], width: float, height: float) -> list[Char]:
    """The characters no table covers (by their centre): what is left for text blocks."""
    for block in tables:
        chars = [c for c in chars if not _inside(c, block.box, width, height)]
    return chars


def count_paths(page: pdfium.PdfPage) -> int:
    """How many path objects the page draws, counted up to :data:`MIN_PATHS_FOR_TABLES`."""
    n = 0
    for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=3):
        n += 1
        if n >= MIN_PATHS_FOR_TABLES:
            break
    return n


def ruling_edges(page: pdfium.PdfPage, frame: PageFrame, layout: LayoutSettings = LAYOUT) -> list[Edge]:
    """Ruling lines from the page's vector paths, as pdfplumber edge dicts in the layout frame.

    Every straight horizontal or vertical segment of every path is an edge (a rectangle's
    four sides included, as pdfplumber counts them); curves and diagonals are not rules.
    """
    edges: list[Edge] = []
    x = ctypes.c_float()
    y = ctypes.c_float()
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=3):
        try:
            m = obj.get_matrix()
            count = pdfium_c.FPDFPath_CountSegments(obj.raw)
        except Exception:  # a damaged path object: no edge from it
            continue
        start = prev = None
        for i in range(max(count, 0)):
            seg = pdfium_c.FPDFPath_GetPathSegment(obj.raw, i)
            if not seg or not pdfium_c.FPDFPathSegment_GetPoint(seg, x, y):
                continue
            point = (m.a * x.value + m.c * y.value + m.e, m.b * x.value + m.d * y.value + m.f)
            kind = pdfium_c.FPDFPathSegment_GetType(seg)
            if kind == pdfium_c.FPDF_SEGMENT_LINETO and prev is not None:
                _add_rule(edges, frame, prev, point, layout)
            if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
                start = point
            elif pdfium_c.FPDFPathSegment_GetClose(seg) and start is not None:
                _add_rule(edges, frame, point, start, layout)
            prev = point
        if len(edges) > MAX_RULE_EDGES:  # a page of vector art, not a table
            return []
    return edges


def _add_rule(edges: list[Edge], frame: PageFrame, a: tuple[float, float], b: tuple[float, float],
              layout: LayoutSettings) -> None:
    if not all(map(math.isfinite, (*a, *b))):
        return
    x0, y0, x1, y1 = frame.rect(min(a[0], b[0]), max(a[1], b[1]), max(a[0], b[0]), min(a[1], b[1]))
    thin, least = layout.rule_thin_pt, layout.rule_min_pt
    if y1 - y0 <= thin and x1 - x0 >= least:
        edges.append(_edge("h", x0, x1, (y0 + y1) / 2, (y0 + y1) / 2))
    elif x1 - x0 <= thin and y1 - y0 >= least:
        edges.append(_edge("v", (x0 + x1) / 2, (x0 + x1) / 2, y0, y1))


def _edge(orientation: str, x0: float, x1: float, top: float, bottom: float) -> Edge:
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0, "height": bottom - top,
            "orientation": orientation, "object_type": "line"}


def ruled_tables(page: pdfium.PdfPage, frame: PageFrame, chars: list[Char],
                 layout: LayoutSettings = LAYOUT) -> list[Block]:
    """Tables drawn with ruling lines: pdfplumber's cell geometry over PDFium's paths and characters.

    Only pdfplumber's pure table functions are used (edges -> intersections -> cells ->
    tables), so the page is never parsed a second time by pdfminer: a ruled page costs
    about as much as any other.
    """
    from pdfplumber.table import cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges

    snap = layout.rule_snap_pt
    edges = merge_edges(ruling_edges(page, frame, layout), snap, snap, snap, snap)
    edges = [e for e in edges if (e["x1"] - e["x0"] if e["orientation"] == "h" else e["bottom"] - e["top"])
             >= layout.rule_min_pt]
    cells = intersections_to_cells(edges_to_intersections(edges, snap, snap))
    width, height = frame.width, frame.height
    blocks = []
    for table in cells_to_tables(cells):
        tops = sorted({c[1] for c in table})
        lefts = sorted({c[0] for c in table})
        if len(tops) < 2 or len(lefts) < 2:
            continue
        rows = [[""] * len(lefts) for _ in tops]
        boxes: list[list[Box | None]] = [[None] * len(lefts) for _ in tops]
        for x0, top, x1, bottom in table:
            inside = [c for c in chars if x0 <= (c.x0 + c.x1) / 2 <= x1 and top <= (c.top + c.bottom) / 2 <= bottom]
            lines = split_lines(inside, layout=layout)
            rows[tops.index(top)][lefts.index(x0)] = clean_cell("\n".join(ln.text for ln in lines))
            boxes[tops.index(top)][lefts.index(x0)] = Box(x0 / width, top / height, x1 / width, bottom / height)
        box = Box(min(c[0] for c in table) / width, min(c[1] for c in table) / height,
                  max(c[2] for c in table) / width, max(c[3] for c in table) / height)
        blocks.append(Block(BlockKind.TABLE, box, rows=rows, cells=boxes))
    return blocks


def whitespace_tables(chars: list[Char], is_field: IsField, width: float, height: float,
                      layout: LayoutSettings = LAYOUT) -> list[Block]:
    """Tables laid out with spaces, found from a header row that names fields.

    Table columns can sit closer than the gap that splits ordinary lines, so rows are cut
    into finer segments (any gap over ~1 em) just for this search.
    """
    segments = split_lines(chars, gap_em=layout.cell_gap_em, layout=layout)
    # A header row names at least two fields: most pages have no two such segments at all.
    if sum(1 for seg in segments if is_field(seg.text.strip())) < 2:
        return []
    found = find_tables(segments, is_field, layout)
    pad = 1.0  # points: the box must hold the characters it was made of
    return [Block(BlockKind.TABLE, Box((t.x0 - pad) / width, (t.top - pad) / height, (t.x1 + pad) / width,
                                       (t.bottom + pad) / height),
                  rows=[[clean_cell(cell) for cell in row] for row in t.rows],
                  cells=[[None if b is None else Box((b[0] - pad) / width, (b[1] - pad) / height, (b[2] + pad) / width,
                                                     (b[3] + pad) / height) for b in row] for row in t.boxes])
            for t in found]


def prefer_fuller(ruled: list[Block], spaced: list[Block], layout: LayoutSettings = LAYOUT) -> list[Block]:
    """Where a ruled and a whitespace table overlap, keep the ruled one unless the other reaches further down.

    Browsers and slide tools often rule only some rows (a line under the header), so
    pdfplumber sees a short table where the whitespace reading sees all of it; where the
    rules cover the whole table, pdfplumber's cells (wrapped text and all) are better.
    """
    edge, fuller = layout.same_edge, layout.fuller_by
    kept = list(ruled)
    for table in spaced:
        overlapping = [r for r in kept if _overlap(r.box, table.box)]
        # Rules fix a table's width: a whitespace reading wider than the ruled table has taken in
        # text beside it (a column of fields next to a ruled table on a two-column page).
        wider = any(table.box.x0 < r.box.x0 - edge or table.box.x1 > r.box.x1 + edge for r in overlapping)
        if not wider and all(table.box.y1 > r.box.y1 + fuller for r in overlapping):
            kept = [r for r in kept if r not in overlapping] + [table]
    return kept


def _overlap(a: Box, b: Box) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


def _inside(c: Char, box: Box, width: float, height: float) -> bool:
    cx = (c.x0 + c.x1) / 2 / width
    cy = (c.top + c.bottom) / 2 / height
    return box.x0 <= cx <= box.x1 and box.y0 <= cy <= box.y1


_ENTRY_END = (")", ".", ";", ":")
_CONNECTOR_END = re.compile(r"(?:\b(?:of|for|the|and|de|del|des|du|la|le|et|y|von|van|da|di)|[,&–—-])$", re.IGNORECASE)


def clean_cell(cell: str | None) -> str:
    """Cell text with its line breaks kept where the author made them.

    pdfplumber gives one line per visual line, so lines a narrow column wrapped are
    joined back: a break inside parentheses, after a connector ("Authority of"), before a
    lower-case word or a number, or after a line that does not end an entry.
    """
    if not cell:
        return ""
    out: list[str] = []
    for line in (clean_line(t) for t in cell.split("\n")):
        if not line:
            continue
        if out and _wrapped(out[-1], line):
            out[-1] = join_wrapped([out[-1], line])
        else:
            out.append(line)
    return "\n".join(out)


def _wrapped(prev: str, line: str) -> bool:
    if prev.count("(") > prev.count(")") or _CONNECTOR_END.search(prev):
        return True
    if line[:1].islower() or line[:1].isdigit():
        return True
    first = fold(line.split()[0]).rstrip(".")
    return not prev.endswith(_ENTRY_END) and first not in _honorifics() and not starts_with_bullet(line)


@cache
def _honorifics() -> frozenset[str]:
    """Honorifics without their dots: a line opening with one starts a new person, not a wrapped one."""
    return frozenset(t.rstrip(".") for t in load().person_titles)


