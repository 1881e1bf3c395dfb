#!/usr/bin/env python3
"""Builds the hostile input set: broken, misnamed, encrypted, oversized and malicious decks.

Nothing binary is committed: every file is generated in a few milliseconds to a few
hundred (the 64 MiB zip bomb is streamed, never held in memory) from a small PPTX made
with python-pptx and from PDFs written byte by byte here, so each case is exactly the
damage it names. ``CASES`` maps each file to the outcome plandeck must give with default
settings: ``"document"`` or the code of the one-line error.

usage: python tests/hostile/make_hostile.py OUTDIR
"""
from __future__ import annotations

import hashlib
import io
import struct
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# Passwords of the encrypted cases.
USER_PASSWORD = "open sesame"
OWNER_PASSWORD = "owner-only"
PPTX_PASSWORD = "deck-secret"

PAGES_IN_BIG_PDF = 2000
# Slides added under part names no slide has (ppt/pages/pN.xml): over the default --max-units 1000.
RENAMED_SLIDES = 2400

# ---------------------------------------------------------------------------------------------------------------
# PDF, written by hand so each defect is exactly where we want it


def _pdf_string(text: str) -> bytes:
    return b"(" + text.encode("latin-1").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


# First baseline 75 pt below the top of an 842 x 595 page.
_UPRIGHT = b"BT /F1 24 Tf 72 520 Td 30 TL"
# Text turned a quarter clockwise on a 595 x 842 portrait page (lines run down the page and stack leftwards),
# as a landscape slide printed to a portrait sheet with /Rotate 270 looks inside.
_SIDEWAYS = b"BT /F1 24 Tf 30 TL 0 -1 1 0 520 770 Tm"


def _content(lines: list[str], sideways: bool = False) -> bytes:
    ops = [_SIDEWAYS if sideways else _UPRIGHT]
    ops += [_pdf_string(line) + b" Tj T*" for line in lines]
    ops.append(b"ET")
    return b"\n".join(ops)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def write_pdf(objects: list[bytes], root: int = 1, trailer_extra: bytes = b"") -> bytes:
    """A PDF whose object ``i + 1`` is ``objects[i]``, with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, root, trailer_extra, xref)
    return bytes(out)


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
DECK_LINES = ["1.1 Street lighting survey", "Lead: Ana Torres (City of Porto)", "Status: In progress",
              "Timeline: Q3 2024"]


def text_pdf(lines: list[str] | None = None, rotate: int = 0, sideways: bool = False) -> bytes:
    """One A4-landscape page of Helvetica text (optionally with /Rotate, or sideways on a portrait sheet)."""
    content = _content(lines or DECK_LINES, sideways)
    rot = b" /Rotate %d" % rotate if rotate else b""
    box = b"[0 0 595 842]" if sideways else b"[0 0 842 595]"
    return write_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox %s%s /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>" % (box, rot),
        _FONT,
        _stream(content),
    ])


def page_loop_pdf() -> bytes:
    """The page tree's /Kids lists the tree itself: a reference loop around a real page."""
    return write_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        _FONT,
        _stream(_content(DECK_LINES)),
    ])


def many_pages_pdf(pages: int = PAGES_IN_BIG_PDF) -> bytes:
    """``pages`` pages sharing one small content stream (about 100 bytes a page)."""
    first_page = 5
    kids = b" ".join(b"%d 0 R" % (first_page + i) for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d /MediaBox [0 0 842 595] /Resources << /Font << /F1 3 0 R >> >> >>"
        % (kids, pages),
        _FONT,
        _stream(_content(["Appendix page"])),
    ]
    objects += [b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>"] * pages
    return write_pdf(objects)


def image_bomb_pdf() -> bytes:
    """No text, one image XObject declaring 100000 x 100000 pixels (the JBIG2-bomb shape, with Flate)."""
    import zlib

    data = zlib.compress(b"\x00" * 1024)
    return write_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Resources << /XObject << /Im1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        _stream(data, b"/Type /XObject /Subtype /Image /Width 100000 /Height 100000 /ColorSpace /DeviceGray "
                      b"/BitsPerComponent 1 /Filter /FlateDecode "),
        _stream(b"q 842 0 0 595 0 0 cm /Im1 Do Q"),
    ])


def poster_scan_pdf() -> bytes:
    """An image-only page 200 inches square (the largest PDF allows): OCR must render it small, not at 300 dpi."""
    return write_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] /Resources << /XObject << /Im1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        _stream(b"\xff\x00" * 32, b"/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray "
                                  b"/BitsPerComponent 8 "),
        _stream(b"q 14400 0 0 14400 0 0 cm /Im1 Do Q"),
    ])


# -- the standard security handler, revision 2 (RC4, 40-bit): small enough to write here, no dependency needed

_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def _padded(password: str) -> bytes:
    return (password.encode("latin-1") + _PAD)[:32]


def encrypted_pdf(user: str = USER_PASSWORD, owner: str = OWNER_PASSWORD) -> bytes:
    """The text PDF, encrypted with a user password (PDF 1.1 security: RC4-40, R2)."""
    permissions = -44
    file_id = hashlib.md5(b"plandeck hostile set").digest()
    o_value = _rc4(hashlib.md5(_padded(owner)).digest()[:5], _padded(user))
    key = hashlib.md5(_padded(user) + o_value + struct.pack("<i", permissions) + file_id).digest()[:5]
    u_value = _rc4(key, _PAD)

    def seal(number: int, data: bytes) -> bytes:
        object_key = hashlib.md5(key + number.to_bytes(3, "little") + b"\x00\x00").digest()[:10]
        return _rc4(object_key, data)

    content = seal(5, _content(DECK_LINES))
    encrypt = b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>" % (
        o_value.hex().encode(), u_value.hex().encode(), permissions)
    return write_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        _FONT,
        _stream(content),
        encrypt,
    ], trailer_extra=b"/Encrypt 6 0 R /ID [<%s> <%s>] " % (file_id.hex().encode(), file_id.hex().encode()))


# ---------------------------------------------------------------------------------------------------------------
# PPTX, made with python-pptx and then damaged at the zip level

SLIDE = "ppt/slides/slide1.xml"
SLIDE_MAIN_CT = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
SLIDE_CT = "application/vnd.openxmlformats-officedocument.presentationml.slide+xml"


def text_pptx() -> bytes:
    """A two-slide deck: a title slide and one item with labelled fields."""
    from pptx import Presentation
    from pptx.util import Inches, Pt

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[0])
    slide.shapes.title.text = "Smart Lighting Network - Action Plan 2024"
    slide.placeholders[1].text = "Working document"
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = DECK_LINES[0]
    box = slide.shapes.add_textbox(Inches(1), Inches(2), Inches(8), Inches(3))
    frame = box.text_frame
    frame.text = DECK_LINES[1]
    for line in DECK_LINES[2:]:
        para = frame.add_paragraph()
        para.text = line
        para.runs[0].font.size = Pt(18)
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def rezip(data: bytes, replace: dict[str, bytes | None] | None = None, add: dict[str, bytes] | None = None) -> bytes:
    """A copy of a zip with members replaced (``None`` drops one) and added."""
    replace = replace or {}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename in replace:
                if replace[info.filename] is not None:
                    zout.writestr(info.filename, replace[info.filename])
                continue
            zout.writestr(info, zin.read(info))
        for name, blob in (add or {}).items():
            zout.writestr(name, blob)
    return out.getvalue()


def _member(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return zf.read(name)


def _with_prolog(xml: bytes, prolog: bytes) -> bytes:
    """The part with ``prolog`` (a DOCTYPE) inserted after its XML declaration."""
    end = xml.index(b"?>") + 2 if xml.startswith(b"<?xml") else 0
    return xml[:end] + b"\n" + prolog + xml[end:]


def billion_laughs_pptx() -> bytes:
    lol = [b'<!ENTITY lol0 "lol">']
    lol += [b'<!ENTITY lol%d "%s">' % (i, b"".join(b"&lol%d;" % (i - 1) for _ in range(10))) for i in range(1, 10)]
    doctype = b"<!DOCTYPE p:sld [" + b"".join(lol) + b"]>"
    base = text_pptx()
    slide = _with_prolog(_member(base, SLIDE), doctype).replace(b"Working document", b"&lol9;")
    return rezip(base, {SLIDE: slide})


def xxe_pptx() -> bytes:
    doctype = b'<!DOCTYPE p:sld [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    base = text_pptx()
    slide = _with_prolog(_member(base, SLIDE), doctype).replace(b"Working document", b"&xxe;")
    return rezip(base, {SLIDE: slide})


def padded_doctype_pptx() -> bytes:
    """A DTD pushed 20 KB down the prolog by a comment, past any fixed-size scan."""
    doctype = b"<!--" + b" " * 20000 + b'--><!DOCTYPE p:sld [<!ENTITY x "y">]>'
    base = text_pptx()
    return rezip(base, {SLIDE: _with_prolog(_member(base, SLIDE), doctype)})


def utf16_doctype_pptx() -> bytes:
    """The slide re-encoded as UTF-16 with a DTD: invisible to a byte-level search for '<!DOCTYPE'."""
    base = text_pptx()
    xml = _member(base, SLIDE).decode("utf-8").replace("UTF-8", "UTF-16", 1)
    xml = xml.replace("?>", '?><!DOCTYPE p:sld [<!ENTITY x "y">]>', 1)
    return rezip(base, {SLIDE: xml.encode("utf-16")})


def deep_nesting_pptx() -> bytes:
    """A slide whose XML nests 100,000 elements deep (parsers recurse or refuse)."""
    base = text_pptx()
    slide = _member(base, SLIDE)
    depth = 100_000
    bomb = b"<a:ext>" * depth + b"</a:ext>" * depth
    return rezip(base, {SLIDE: slide.replace(b"</p:cSld>", b"</p:cSld><p:extLst>" + bomb + b"</p:extLst>", 1)})


def malformed_xml_pptx() -> bytes:
    base = text_pptx()
    return rezip(base, {SLIDE: _member(base, SLIDE)[:-40]})


def malformed_presentation_pptx() -> bytes:
    """The presentation part itself cut mid-element: every slide depends on it."""
    base = text_pptx()
    return rezip(base, {"ppt/presentation.xml": _member(base, "ppt/presentation.xml")[:-40]})


def bad_table_cell_pptx() -> bytes:
    """The item slide also holds a table whose cell says hMerge="maybe", which python-pptx refuses to read."""
    from pptx import Presentation
    from pptx.util import Inches

    prs = Presentation(io.BytesIO(text_pptx()))
    table = prs.slides[1].shapes.add_table(2, 2, Inches(1), Inches(5), Inches(6), Inches(1)).table
    table.cell(0, 0).text = "Ref"
    out = io.BytesIO()
    prs.save(out)
    slide = _member(out.getvalue(), "ppt/slides/slide2.xml").replace(b"<a:tc>", b'<a:tc hMerge="maybe">', 1)
    return rezip(out.getvalue(), {"ppt/slides/slide2.xml": slide})


def missing_slide_pptx() -> bytes:
    """The presentation lists a slide whose part is not in the package."""
    return rezip(text_pptx(), {"ppt/slides/slide2.xml": None})


def slideshow_pptx(content_type: str) -> bytes:
    base = text_pptx()
    types = _member(base, "[Content_Types].xml").replace(SLIDE_MAIN_CT.encode(), content_type.encode())
    return rezip(base, {"[Content_Types].xml": types})


def docx_named_pptx() -> bytes:
    return rezip(text_pptx(), add={"word/document.xml": b"<w:document/>"}, replace={
        "ppt/presentation.xml": None})


def renamed_slides_pptx(count: int = RENAMED_SLIDES) -> bytes:
    """The deck plus ``count`` copies of its item slide under part names no slide has (``ppt/pages/pN.xml``),
    each listed in the presentation's slide list and related from it, as a reader finds them."""
    base = text_pptx()
    slide = _member(base, "ppt/slides/slide2.xml")
    slide_rels = _member(base, "ppt/slides/_rels/slide2.xml.rels")
    slide_type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide"
    add: dict[str, bytes] = {}
    rels, ids, types = [], [], []
    for i in range(count):
        add[f"ppt/pages/p{i}.xml"] = slide
        add[f"ppt/pages/_rels/p{i}.xml.rels"] = slide_rels
        rels.append(f'<Relationship Id="rIdX{i}" Type="{slide_type}" Target="pages/p{i}.xml"/>')
        ids.append(f'<p:sldId id="{1000 + i}" r:id="rIdX{i}"/>')
        types.append(f'<Override PartName="/ppt/pages/p{i}.xml" ContentType="{SLIDE_CT}"/>')
    presentation = _member(base, "ppt/presentation.xml").replace(b"</p:sldIdLst>",
                                                                 "".join(ids).encode() + b"</p:sldIdLst>")
    pres_rels = _member(base, "ppt/_rels/presentation.xml.rels").replace(
        b"</Relationships>", "".join(rels).encode() + b"</Relationships>")
    content_types = _member(base, "[Content_Types].xml").replace(b"</Types>", "".join(types).encode() + b"</Types>")
    return rezip(base, {"ppt/presentation.xml": presentation, "ppt/_rels/presentation.xml.rels": pres_rels,
                        "[Content_Types].xml": content_types}, add)


def zip_bomb(path: Path, megabytes: int = 64) -> None:
    """A deck carrying 64 MiB of zeros that deflate to 64 KB: streamed so generating it costs no memory."""
    base = text_pptx()
    with zipfile.ZipFile(io.BytesIO(base)) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info, zin.read(info))
        chunk = b"\x00" * (1 << 20)
        with zout.open("ppt/media/image1.png", "w", force_zip64=True) as fh:
            for _ in range(megabytes):
                fh.write(chunk)


def many_members_pptx() -> bytes:
    return rezip(text_pptx(), add={f"ppt/media/x{i}.bin": b"" for i in range(6000)})


def encrypted_pptx(password: str = PPTX_PASSWORD) -> bytes:
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(text_pptx())).encrypt(password, out)
    return out.getvalue()


# ---------------------------------------------------------------------------------------------------------------
# the set


@dataclass(frozen=True)
class Case:
    """One hostile file: how to make it and what plandeck must answer with default settings."""

    name: str
    make: Callable[[Path], None]
    expected: str
    why: str
    tools: tuple[str, ...] = ()  # external programs the outcome depends on


def _bytes(builder: Callable[[], bytes]) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(builder())


def _truncated(builder: Callable[[], bytes], keep: float) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(builder()[: int(len(builder()) * keep)])


def _directory(path: Path) -> None:
    path.mkdir()


CASES: list[Case] = [
    Case("truncated.pptx", _truncated(text_pptx, 0.6), "unreadable", "zip cut short: no central directory"),
    Case("truncated.pdf", lambda p: p.write_bytes(text_pdf()[:40]), "unreadable",
         "PDF cut inside its first object: nothing to repair"),
    Case("truncated-tail.pdf", _truncated(text_pdf, 0.85), "document",
         "PDF that lost its xref and trailer (a cut download): a trailer is rebuilt, the page read"),
    Case("really-a-pdf.pptx", _bytes(text_pdf), "document", "a PDF named .pptx is read as a PDF"),
    Case("really-a-pptx.pdf", _bytes(text_pptx), "document", "a PPTX named .pdf is read as a PPTX"),
    Case("really-a-pptx.ppt", _bytes(text_pptx), "document", "a PPTX named .ppt is not sent to LibreOffice"),
    Case("zip-bomb.pptx", zip_bomb, "too-large", "64 MiB of zeros at 1000:1, caught from the central directory"),
    Case("many-members.pptx", _bytes(many_members_pptx), "too-large", "6,000 zip members"),
    Case("billion-laughs.pptx", _bytes(billion_laughs_pptx), "unreadable", "nested entities in a slide part"),
    Case("xxe.pptx", _bytes(xxe_pptx), "unreadable", "external entity pointing at /etc/passwd"),
    Case("padded-doctype.pptx", _bytes(padded_doctype_pptx), "unreadable", "DTD 20 KB into the prolog"),
    Case("utf16-doctype.pptx", _bytes(utf16_doctype_pptx), "unreadable", "DTD in a UTF-16 part"),
    Case("deep-nesting.pptx", _bytes(deep_nesting_pptx), "document",
         "100,000 nested elements in slide 1: that slide is emptied with a damaged-slide warning"),
    Case("malformed-xml.pptx", _bytes(malformed_xml_pptx), "document",
         "slide 1's XML cut mid-element: slide 2 is read, slide 1 is a damaged-slide warning"),
    Case("malformed-presentation.pptx", _bytes(malformed_presentation_pptx), "unreadable",
         "the presentation part cut mid-element: no slide can be found without it"),
    Case("bad-table-cell.pptx", _bytes(bad_table_cell_pptx), "document",
         "a table cell python-pptx raises on: the table is a damaged-shape warning, the slide's text is read"),
    Case("missing-slide.pptx", _bytes(missing_slide_pptx), "document",
         "slide 2 listed but absent: slide 1 is read, slide 2 is empty with a damaged-slide warning"),
    Case("slideshow.pptx", _bytes(lambda: slideshow_pptx(
        "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml")), "document",
         "a .ppsx main part, which python-pptx's Presentation() refuses"),
    Case("macro-slideshow.pptx", _bytes(lambda: slideshow_pptx(
        "application/vnd.ms-powerpoint.slideshow.macroEnabled.main+xml")), "document",
         "a .ppsm main part, which python-pptx has no class for"),
    Case("word-document.pptx", _bytes(docx_named_pptx), "unsupported", "a Word document named .pptx"),
    Case("random-bytes.pptx", lambda p: p.write_bytes(bytes(range(256)) * 8), "unsupported", "not a deck at all"),
    Case("encrypted.pdf", _bytes(encrypted_pdf), "encrypted", "user password (RC4, R2)"),
    Case("encrypted.pptx", _bytes(encrypted_pptx), "encrypted", "agile-encrypted OOXML in an OLE container"),
    Case("page-tree-loop.pdf", _bytes(page_loop_pdf), "document",
         "/Pages lists itself: the real page is read, the loop becomes a damaged-page warning"),
    Case("rotated-90.pdf", _bytes(lambda: text_pdf(rotate=90)), "document",
         "/Rotate 90 over text horizontal in the unrotated page: read in the unrotated frame"),
    Case("rotated-270-slide.pdf", _bytes(lambda: text_pdf(rotate=270, sideways=True)), "document",
         "sideways text on a portrait sheet shown landscape by /Rotate 270: read in the displayed frame"),
    Case("image-bomb.pdf", _bytes(image_bomb_pdf), "document",
         "image declares 100000 x 100000 pixels: OCR skips it with a warning instead of decoding it",
         ("tesseract",)),
    Case("poster-scan.pdf", _bytes(poster_scan_pdf), "document", "200-inch image page: OCR renders it small",
         ("tesseract",)),
    Case(f"{PAGES_IN_BIG_PDF}-pages.pdf", _bytes(many_pages_pdf), "too-large", "over the default --max-units 1000"),
    Case("renamed-slides.pptx", _bytes(renamed_slides_pptx), "too-large",
         f"{RENAMED_SLIDES} extra slides under part names no slide has, counted from the slide list"),
    Case("empty.pptx", lambda p: p.write_bytes(b""), "unreadable", "zero bytes"),
    Case("x.pptx", _directory, "unreadable", "a directory named like a deck"),
]


def build(outdir: Path) -> dict[str, Path]:
    """Write every case into ``outdir``; returns name -> path."""
    outdir.mkdir(parents=True, exist_ok=True)
    paths = {}
    for case in CASES:
        path = outdir / case.name
        case.make(path)
        paths[case.name] = path
    return paths


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for name, path in build(Path(sys.argv[1])).items():
        print(f"{path}\t{next(c.expected for c in CASES if c.name == name)}")
