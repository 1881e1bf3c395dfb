"""The reader boundary: format sniffing, pre-parse guards, page geometry, and a byte-mutation fuzz.

The fuzz takes the committed sample decks, damages them with a seeded random generator
(bit flips, truncation, insertion, overwritten ranges, and, for zips, damage inside an
XML part re-zipped with a valid CRC so that the XML parser and python-pptx really see
it) and requires every case to give a Deck or a PlandeckError, nothing else.

    PLANDECK_FUZZ_CASES=5000 pytest tests/test_readers.py -k fuzz     # a long run
    PLANDECK_FUZZ_SEED=123 ...                                          # another sequence

A failure prints the seed, the case number and the mutation, and leaves the damaged file
in pytest's temporary directory; a crash found this way becomes a regression case below.
"""
from __future__ import annotations

import io
import os
import random
import re
import shutil
import subprocess
import time
import traceback
import zipfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from plandeck.errors import PlandeckError, UnreadableError, UnsupportedError
from plandeck.extract.read import read_deck
from plandeck.extract.read.chars import PageFrame
from plandeck.extract.read.cluster import cluster_index, cluster_objects
from plandeck.extract.read.guard import _declares_dtd
from plandeck.extract.read.order import reading_order
from plandeck.extract.read.paragraphs import indent_levels
from plandeck.extract.read.pdf import _with_trailer
from plandeck.extract.read.settings import LayoutSettings
from plandeck.extract.read.sniff import sniff
from plandeck.model import Block, BlockKind, Box, Paragraph
from plandeck.settings import Settings
from tests.conftest import SAMPLES
from tests.hostile.make_hostile import rezip, text_pdf, text_pptx

FUZZ_CASES = int(os.environ.get("PLANDECK_FUZZ_CASES", "160"))
FUZZ_SEED = int(os.environ.get("PLANDECK_FUZZ_SEED", "20240611"))
# One damaged file may take this long (a sample deck reads in well under a second).
CASE_SECONDS = 20.0

# ---------------------------------------------------------------------------------------------------------------
# sniffing: the bytes decide, never the extension


def test_sniff_reads_bytes_not_names(tmp_path: Path) -> None:
    pdf = tmp_path / "deck.pptx"
    pdf.write_bytes(b"\n\n" + text_pdf())  # junk before the header, as some generators leave
    assert sniff(pdf, pdf.read_bytes()[:2048]) == "pdf"
    pptx = tmp_path / "deck.pdf"
    pptx.write_bytes(text_pptx())
    assert sniff(pptx, pptx.read_bytes()[:2048]) == "pptx"


def test_sniff_odp_and_non_presentations(tmp_path: Path) -> None:
    def zipped(members: dict[str, bytes]) -> Path:
        path = tmp_path / f"z{len(list(tmp_path.iterdir()))}.odp"
        with zipfile.ZipFile(path, "w") as zf:
            for name, data in members.items():
                zf.writestr(name, data)
        return path

    odp = zipped({"mimetype": b"application/vnd.oasis.opendocument.presentation", "content.xml": b"<x/>"})
    assert sniff(odp, odp.read_bytes()) == "odp"
    odt = zipped({"mimetype": b"application/vnd.oasis.opendocument.text"})
    with pytest.raises(UnsupportedError, match="not a presentation"):
        sniff(odt, odt.read_bytes())
    xlsx = zipped({"xl/workbook.xml": b"<x/>"})
    with pytest.raises(UnsupportedError, match="not a presentation"):
        sniff(xlsx, xlsx.read_bytes())
    xml = tmp_path / "flat.pptx"
    xml.write_bytes(b'<?xml version="1.0"?><pkg:package/>')
    with pytest.raises(UnsupportedError, match="XML"):
        sniff(xml, xml.read_bytes())
    with pytest.raises(UnreadableError, match="empty"):
        sniff(xml, b"")


# ---------------------------------------------------------------------------------------------------------------
# the DTD scan follows the prolog, whatever its length or encoding

@pytest.mark.parametrize(("xml", "declares"), [
    (b'<?xml version="1.0"?><p:sld/>', False),
    (b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "b">]><p:sld/>', True),
    (b'<?xml version="1.0"?><!--' + b"x" * 20000 + b"--><!DOCTYPE x><p:sld/>", True),
    ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x><r/>'.encode("utf-16"), True),
    ('<?xml version="1.0" encoding="UTF-16"?><r/>'.encode("utf-16"), False),
    ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x><r/>'.encode("utf-16-be"), True),
    (b'<p:sld><a:t>&lt;!DOCTYPE is just text here</a:t></p:sld>', False),
    (b'<?xml version="1.0"?><!--' + b"x" * 300_000 + b"--><p:sld/>", True),
    (b"", False),
], ids=["plain", "doctype", "padded", "utf16", "utf16-clean", "utf16be-bomless", "in-content", "huge-prolog",
        "empty"])
def test_dtd_scan(xml: bytes, declares: bool) -> None:
    assert _declares_dtd(io.BytesIO(xml)) is declares


# ---------------------------------------------------------------------------------------------------------------
# page geometry: every quarter turn maps the page onto itself

@pytest.mark.parametrize("turns", [0, 1, 2, 3])
def test_page_frame_maps_the_page_onto_itself(turns: int) -> None:
    frame = PageFrame(10.0, 20.0, 610.0, 820.0, turns)  # a 600 x 800 page whose origin is not at 0,0
    x0, top, x1, bottom = frame.rect(10.0, 820.0, 610.0, 20.0)  # the whole page
    assert (x0, top, x1, bottom) == pytest.approx((0, 0, frame.width, frame.height))
    assert (frame.width, frame.height) == ((800, 600) if turns % 2 else (600, 800))


def test_page_frame_turns_follow_the_reading_direction() -> None:
    frame = PageFrame(0.0, 0.0, 595.0, 842.0, 3)
    # Near the top of the unrotated page's right edge is the top-left once turned by 270 degrees.
    x0, top, _, _ = frame.rect(560.0, 800.0, 580.0, 780.0)
    assert x0 < 100 and top < 50


# ---------------------------------------------------------------------------------------------------------------
# grouping by one coordinate: the one clustering primitive and the tolerances it is given


def test_cluster_objects_chains_like_pdfplumber() -> None:
    # pdfplumber's cluster_list: a value joins while it is within the tolerance of the previous one.
    assert cluster_objects([5.0, 1.0, 2.0, 3.5, 10.0], lambda x: x, 1.5) == [[1.0, 2.0, 3.5, 5.0], [10.0]]
    assert cluster_objects([], lambda x: x, 1.0) == []


def test_cluster_objects_of_spans_cut_where_a_gap_runs_through() -> None:
    spans = [(0.0, 0.4), (0.1, 0.2), (0.5, 0.9), (0.41, 0.45)]
    groups = cluster_objects(spans, lambda s: s[0], 0.03, end=lambda s: s[1])
    assert groups == [[(0.0, 0.4), (0.1, 0.2), (0.41, 0.45)], [(0.5, 0.9)]]


def test_indent_levels_are_anchored_not_chained() -> None:
    # Starts drifting right by less than the tolerance each still make new levels once past it.
    assert indent_levels([10.0, 13.0, 16.0, 10.5, 19.0], 4.0) == [0, 0, 1, 0, 1]
    assert cluster_index([10.0, 13.0, 16.0, 10.5, 19.0], 4.0) == [0, 0, 0, 0, 0]


def test_layout_settings_validate_themselves() -> None:
    assert LayoutSettings().line_gap_em == 2.5
    with pytest.raises(ValueError, match="line_gap_em"):
        LayoutSettings(line_gap_em=-1.0)
    with pytest.raises(ValueError, match="order_gap"):
        LayoutSettings(order_gap=float("nan"))
    with pytest.raises(ValueError, match="ratio"):
        LayoutSettings(block_size_ratio=0.9)


def test_reading_order_takes_its_tolerances_from_the_settings() -> None:
    left = Block(BlockKind.TEXT, Box(0.1, 0.2, 0.45, 0.3), paragraphs=[Paragraph("left")])
    right = Block(BlockKind.TEXT, Box(0.47, 0.1, 0.9, 0.3), paragraphs=[Paragraph("right")])
    assert [b.text for b in reading_order([right, left])] == ["left", "right"]  # two columns
    wide_gap = LayoutSettings(order_gap=0.05)  # the 0.02 gap no longer separates columns: one row, top first
    assert [b.text for b in reading_order([right, left], wide_gap)] == ["right", "left"]


def test_trailer_rebuild_needs_a_catalog() -> None:
    pdf = text_pdf()
    cut = pdf[: pdf.index(b"xref")]
    repaired = _with_trailer(cut)
    assert repaired is not None and repaired.startswith(cut) and b"/Root 1 0 R" in repaired
    assert _with_trailer(cut.replace(b"/Catalog", b"/Katalog")) is None


# ---------------------------------------------------------------------------------------------------------------
# LibreOffice: parallel conversions with their own profiles, nothing left running

def _soffice_processes(marker: str) -> list[str]:
    out = subprocess.run(["ps", "-eo", "pid,args"], capture_output=True, text=True).stdout
    return [line for line in out.splitlines() if "soffice" in line and marker in line]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")
def test_legacy_ppt_converts_in_parallel_and_leaves_no_soffice(tmp_path: Path) -> None:
    source = tmp_path / "deck.pptx"
    source.write_bytes(text_pptx())
    profile = tmp_path / "profile"
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "ppt",
                    "--outdir", str(tmp_path), str(source)], capture_output=True, timeout=180,
                   env={**os.environ, "HOME": str(tmp_path)}, check=False)
    legacy = tmp_path / "deck.ppt"
    if not legacy.is_file():
        pytest.skip("this LibreOffice cannot write .ppt")
    copies = []
    for i in range(2):
        copy = tmp_path / f"copy{i}.ppt"
        shutil.copyfile(legacy, copy)
        copies.append(copy)
    with ThreadPoolExecutor(max_workers=2) as pool:
        decks = list(pool.map(lambda p: read_deck(p, Settings()), copies))
    for deck in decks:
        assert deck.source.format == "ppt"
        assert any("Street lighting survey" in b.text for s in deck.slides for b in s.blocks)
    time.sleep(0.5)
    assert _soffice_processes("plandeck-") == []


# ---------------------------------------------------------------------------------------------------------------
# the fuzz

Mutation = Callable[[bytes, random.Random], tuple[bytes, str]]


def _flip(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    out = bytearray(data)
    count = rng.randint(1, 16)
    for _ in range(count):
        i = rng.randrange(len(out))
        out[i] ^= 1 << rng.randrange(8)
    return bytes(out), f"flip {count} bits"


def _truncate(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    at = rng.randrange(len(data))
    return data[:at], f"truncate at {at}"


def _insert(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    at = rng.randrange(len(data))
    junk = rng.randbytes(rng.randint(1, 64))
    return data[:at] + junk + data[at:], f"insert {len(junk)} bytes at {at}"


def _overwrite(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    at = rng.randrange(len(data))
    size = rng.randint(1, 512)
    fill = rng.choice([b"\x00", b"\xff", b" "]) * size
    return data[:at] + fill + data[at + size:], f"overwrite {size} bytes at {at}"


def _duplicate(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    start = rng.randrange(len(data))
    chunk = data[start:start + rng.randint(1, 4096)]
    at = rng.randrange(len(data))
    return data[:at] + chunk + data[at:], f"copy {len(chunk)} bytes from {start} to {at}"


_BYTE_MUTATIONS: list[Mutation] = [_flip, _truncate, _insert, _overwrite, _duplicate]
_NUMBER = re.compile(rb"-?\d+(?:\.\d+)?")
_ODD_NUMBERS = [b"0", b"-1", b"-2147483649", b"99999999999999999999", b"1e308", b"NaN", b"", b"abc", b"0.5"]


def _numbers(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    """Replace a few numbers with hostile ones: sizes, offsets, counts, coordinates, object numbers."""
    matches = list(_NUMBER.finditer(data))
    if not matches:
        return _flip(data, rng)
    out = bytearray(data)
    chosen = sorted(rng.sample(matches, min(len(matches), rng.randint(1, 6))), key=lambda m: m.start(),
                    reverse=True)
    for m in chosen:
        out[m.start():m.end()] = rng.choice(_ODD_NUMBERS)
    return bytes(out), f"replace {len(chosen)} numbers"


def _xml_member(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    """Damage one XML part of a zip and re-zip it, so the damage gets past the CRC to the parser."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = [n for n in zf.namelist() if n.endswith((".xml", ".rels"))]
            name = rng.choice(names)
            part = zf.read(name)
    except (zipfile.BadZipFile, IndexError):
        return _flip(data, rng)
    if not part:
        return data, f"{name} left empty"
    inner = rng.choice([_flip, _truncate, _insert, _numbers, _duplicate, _numbers, _numbers])
    damaged, what = inner(part, rng)
    return rezip(data, {name: damaged}), f"{what} in {name}"


def _drop_member(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            name = rng.choice(zf.namelist())
    except (zipfile.BadZipFile, IndexError):
        return _flip(data, rng)
    return rezip(data, {name: None}), f"drop {name}"


def _mutations_for(seed: Path) -> list[Mutation]:
    if seed.suffix == ".pptx":
        return [*_BYTE_MUTATIONS, _xml_member, _xml_member, _xml_member, _xml_member, _drop_member]
    return [*_BYTE_MUTATIONS, _numbers, _numbers]


def _seed_decks() -> list[Path]:
    decks = sorted(p for p in SAMPLES.glob("*") if p.suffix in (".pptx", ".pdf") and p.is_file())
    # Two generated decks too, so the fuzz runs even where the samples are absent.
    return decks


def _generated_seeds(tmp_path: Path) -> list[Path]:
    pptx = tmp_path / "seed-generated.pptx"
    pptx.write_bytes(text_pptx())
    pdf = tmp_path / "seed-generated.pdf"
    pdf.write_bytes(text_pdf())
    return [pptx, pdf]


def test_fuzz_readers(tmp_path: Path) -> None:
    """Every damaged deck gives a Deck or a PlandeckError; any other exception is a bug in the readers."""
    seeds = _seed_decks() + _generated_seeds(tmp_path)
    blobs = {seed: seed.read_bytes() for seed in seeds}
    settings = Settings(ocr=False)
    failures: list[str] = []
    outcomes: dict[str, int] = {}
    for case in range(FUZZ_CASES):
        rng = random.Random(f"{FUZZ_SEED}:{case}")
        seed = rng.choice(seeds)
        data, what = rng.choice(_mutations_for(seed))(blobs[seed], rng)
        path = tmp_path / f"case{case:05d}{seed.suffix}"
        path.write_bytes(data)
        started = time.monotonic()
        try:
            read_deck(path, settings)
            outcomes["document"] = outcomes.get("document", 0) + 1
        except PlandeckError as err:
            outcomes[err.code] = outcomes.get(err.code, 0) + 1
            assert "\n" not in str(err) and str(err).startswith(path.name), str(err)
        except Exception:
            failures.append(f"PLANDECK_FUZZ_SEED={FUZZ_SEED} case {case}: {seed.name}, {what} -> {path}\n"
                            f"{traceback.format_exc(limit=6)}")
            continue
        elapsed = time.monotonic() - started
        if elapsed > CASE_SECONDS:
            failures.append(f"PLANDECK_FUZZ_SEED={FUZZ_SEED} case {case}: {seed.name}, {what} took {elapsed:.1f} s")
        path.unlink()
    assert not failures, f"{len(failures)} of {FUZZ_CASES} cases failed:\n\n" + "\n".join(failures[:10])
    assert sum(outcomes.values()) == FUZZ_CASES


# ---------------------------------------------------------------------------------------------------------------
# regressions the fuzz found, kept as recipes on generated decks


def _slide_xml(edit: Callable[[bytes], bytes]) -> bytes:
    base = text_pptx()
    with zipfile.ZipFile(io.BytesIO(base)) as zf:
        slide = zf.read("ppt/slides/slide2.xml")
    return rezip(base, {"ppt/slides/slide2.xml": edit(slide)})


@pytest.mark.parametrize(("name", "edit"), [
    ("font-size-not-a-number", lambda x: x.replace(b'sz="1800"', b'sz="abc"')),
    ("offset-not-a-number", lambda x: re.sub(rb'<a:off x="\d+"', b'<a:off x="1e3"', x, count=1)),
    ("huge-coordinates", lambda x: re.sub(rb'<a:ext cx="\d+"', b'<a:ext cx="99999999999999999999"', x, count=1)),
    ("negative-extent", lambda x: re.sub(rb'<a:ext cx="\d+"', b'<a:ext cx="-5"', x, count=1)),
    ("unknown-placeholder-type", lambda x: x.replace(b'type="title"', b'type="bogus"')),
    ("dangling-hyperlink", lambda x: x.replace(b"<a:rPr ", b'<a:rPr><a:hlinkClick r:id="rId99"/></a:rPr><a:rPr ',
                                               1)),
], ids=lambda v: v if isinstance(v, str) else "")
def test_damaged_attribute_costs_at_most_its_shape(name: str, edit: Callable[[bytes], bytes],
                                                   tmp_path: Path) -> None:
    path = tmp_path / f"{name}.pptx"
    path.write_bytes(_slide_xml(edit))
    try:
        deck = read_deck(path, Settings())
    except PlandeckError as err:  # acceptable only as a coded error naming the file
        assert str(err).startswith(path.name)
        return
    assert deck.slides[0].blocks, "the undamaged first slide must still be read"
