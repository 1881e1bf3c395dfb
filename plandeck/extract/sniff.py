"""What a file really is, from its bytes, not its extension."""
from __future__ import annotations

import zipfile
from pathlib import Path

from plandeck.errors import UnreadableError, UnsupportedError

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OOXML_MAIN = {
    "ppt/presentation.xml": "pptx",
}


def sniff(path: Path, head: bytes) -> str:
    """One of ``pptx``, ``pdf``, ``ppt``, ``odp``, ``ooxml-encrypted``; raises for anything else."""
    name = path.name
    if not head:
        raise UnreadableError(name, "the file is empty")
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _sniff_zip(path)
    if head.startswith(_OLE):
        return _sniff_ole(path)
    raise UnsupportedError(name, "not a PPTX, PDF, PPT or ODP file (unrecognised content)")


def _sniff_zip(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "mimetype" in names:
                mime = zf.read("mimetype")[:100].decode("ascii", "replace").strip()
                if mime == "application/vnd.oasis.opendocument.presentation":
                    return "odp"
                raise UnsupportedError(path.name, f"an OpenDocument file that is not a presentation ({mime})")
    except zipfile.BadZipFile:
        raise UnreadableError(path.name, "corrupt or truncated zip container (no central directory)") from None
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
    except (OSError, ValueError) as exc:
        raise UnreadableError(path.name, f"corrupt OLE container: {exc}") from None
    if "EncryptedPackage" in streams or "EncryptionInfo" in streams:
        return "ooxml-encrypted"
    if "PowerPoint Document" in streams:
        return "ppt"
    if "PP40" in streams or any(s.startswith("PP") for s in streams):
        raise UnsupportedError(path.name, "PowerPoint 4.0 or older binary format; save it as PPTX first")
    raise UnsupportedError(path.name, "an OLE document that is not a PowerPoint presentation")
