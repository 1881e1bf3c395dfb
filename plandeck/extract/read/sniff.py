"""What a file really is, from its bytes, not its extension.

Decks arrive misnamed (a PDF saved as .pptx, an OOXML zip called .ppt), so the reader is
chosen from magic bytes and container contents only. Every answer is cheap: the zip's
central directory and the OLE directory are read, never a whole part.
"""
from __future__ import annotations

import struct
import zipfile
from pathlib import Path

from plandeck.errors import UnreadableError, UnsupportedError

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OOXML_MAIN = {
    "ppt/presentation.xml": "pptx",
}
# The CurrentUserAtom of PowerPoint 97 and later: record type 0x0FF6, then a header token
# that says whether the document is encrypted ([MS-PPT] 2.3.2).
_CURRENT_USER_TYPE = 0x0FF6
_TOKEN_PLAIN = 0xE391C05F
_TOKEN_ENCRYPTED = 0xF3D1C4DF

FORMATS = ("pptx", "pdf", "ppt", "odp", "ooxml-encrypted", "ppt-encrypted")


def sniff(path: Path, head: bytes) -> str:
    """One of :data:`FORMATS`; raises a plandeck error for anything else."""
    name = path.name
    if not head:
        raise UnreadableError(name, "the file is empty")
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _sniff_zip(path)
    if head.startswith(_OLE):
        return _sniff_ole(path)
    if head.lstrip()[:5].lower() == b"<?xml":
        raise UnsupportedError(name, "an XML file, not a deck (a Flat OPC or PowerPoint 2003 XML save?); "
                                     "save it as PPTX first")
    raise UnsupportedError(name, "not a PPTX, PDF, PPT or ODP file (unrecognised content)")


def _sniff_zip(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "mimetype" in names:
                mime = zf.read("mimetype")[:100].decode("ascii", "replace").strip()
                if mime in ("application/vnd.oasis.opendocument.presentation",
                            "application/vnd.oasis.opendocument.presentation-template"):
                    return "odp"
                raise UnsupportedError(path.name, f"an OpenDocument file that is not a presentation ({mime})")
    except zipfile.BadZipFile:
        raise UnreadableError(path.name, "corrupt or truncated zip container (no central directory)") from None
    except (zipfile.LargeZipFile, NotImplementedError, RuntimeError, OSError, EOFError) as exc:
        # An encrypted or exotic 'mimetype' member, or a header zipfile cannot follow.
        raise UnreadableError(path.name, f"corrupt zip container ({exc})") from None
    for member, fmt in _OOXML_MAIN.items():
        if member in names:
            return fmt
    if "word/document.xml" in names or "xl/workbook.xml" in names:
        raise UnsupportedError(path.name, "an Office document that is not a presentation")
    raise UnsupportedError(path.name, "a zip file that is not a presentation")


def _sniff_ole(path: Path) -> str:
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            streams = {"/".join(s) for s in ole.listdir(streams=True, storages=True)}
            current_user = ole.openstream("Current User").read(4096) if "Current User" in streams else b""
    except Exception as exc:  # olefile raises OSError, ValueError, struct.error, IndexError... on damage
        raise UnreadableError(path.name, f"corrupt OLE container: {' '.join(str(exc).split())[:160]}") from None
    if "EncryptedPackage" in streams or "EncryptionInfo" in streams:
        return "ooxml-encrypted"
    if "PowerPoint Document" in streams:
        return _sniff_ppt(path, streams, current_user)
    if "PP40" in streams or any(s.startswith("PP") for s in streams):
        raise UnsupportedError(path.name, "PowerPoint 4.0 or older binary format; save it as PPTX first")
    raise UnsupportedError(path.name, "an OLE document that is not a PowerPoint presentation")


def _sniff_ppt(path: Path, streams: set[str], current_user: bytes) -> str:
    """PowerPoint 97-2003, encrypted or not; PowerPoint 95 (same stream name, older records) is refused.

    PowerPoint 95's 'Current User' stream is a bare length-prefixed user name instead of
    a CurrentUserAtom record; LibreOffice would 'convert' it into an empty or garbled deck,
    so it is reported as unsupported rather than read wrongly.
    """
    if len(current_user) >= 16:
        _, rec_type = struct.unpack_from("<HH", current_user, 0)
        token = struct.unpack_from("<I", current_user, 12)[0]
        if rec_type == _CURRENT_USER_TYPE and token == _TOKEN_ENCRYPTED:
            return "ppt-encrypted"
        if rec_type == _CURRENT_USER_TYPE and token == _TOKEN_PLAIN:
            return "ppt-encrypted" if "EncryptedSummary" in streams else "ppt"
    if len(current_user) >= 4 and struct.unpack_from("<I", current_user, 0)[0] + 4 == len(current_user):
        raise UnsupportedError(path.name, "PowerPoint 95 binary format; save it as PPTX first")
    if "Header" in streams and "PersistentStorage Directory" in streams:
        raise UnsupportedError(path.name, "PowerPoint 95 binary format; save it as PPTX first")
    return "ppt-encrypted" if "EncryptedSummary" in streams else "ppt"
