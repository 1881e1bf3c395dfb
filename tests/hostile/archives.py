"""Zip archives an archive owner might hand over: bad members among good ones, zips in zips, bombs.

Each builder writes a zip whose damage is exactly the one it names; the good member is
the hostile set's small text deck, so a test can check the run went on past the bad one.
"""
from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

from tests.hostile.make_hostile import text_pptx

_LOCAL = b"PK\x03\x04"
_CENTRAL = b"PK\x01\x02"


def _zip(members: dict[str, bytes], method: int = zipfile.ZIP_STORED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _patch(data: bytes, name: str, field: str, value: int) -> bytes:
    """Set ``name``'s general-purpose flags or compression method in its local and central headers."""
    out = bytearray(data)
    encoded = name.encode()
    # (signature, offset of flags, offset of method, offset of the name's length, offset of the name)
    for signature, flags_at, method_at, name_len_at, name_at in ((_LOCAL, 6, 8, 26, 30), (_CENTRAL, 8, 10, 28, 46)):
        start = 0
        while (pos := out.find(signature, start)) >= 0:
            length = struct.unpack_from("<H", out, pos + name_len_at)[0]
            if bytes(out[pos + name_at:pos + name_at + length]) == encoded:
                at = pos + (flags_at if field == "flags" else method_at)
                old = struct.unpack_from("<H", out, at)[0]
                struct.pack_into("<H", out, at, old | value if field == "flags" else value)
            start = pos + 4
    return bytes(out)


def _corrupt_data(data: bytes, name: str) -> bytes:
    """Flip one byte inside ``name``'s stored data, so its CRC no longer matches."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo(name)
    start = info.header_offset + 30 + len(name.encode()) + len(info.extra)
    out = bytearray(data)
    out[start + info.compress_size // 2] ^= 0xFF
    return bytes(out)


def bad_members_zip() -> bytes:
    """good.pptx, then an encrypted, a bad-CRC and an unknown-method member."""
    deck = text_pptx()
    data = _zip({"a-good.pptx": deck, "b-encrypted.pptx": deck, "c-bad-crc.pptx": deck, "d-method.pptx": deck})
    data = _patch(data, "b-encrypted.pptx", "flags", 0x1)  # the flag is what readers go by
    return _patch(_corrupt_data(data, "c-bad-crc.pptx"), "d-method.pptx", "method", 99)


def nested_zip(levels: int) -> bytes:
    """A deck at the bottom of ``levels`` zips (the outermost one counts)."""
    data = _zip({"deep.pptx": text_pptx()})
    for level in range(levels - 1, 0, -1):
        data = _zip({f"level-{level + 1}.zip": data, f"top-{level}.pptx": text_pptx()} if level == 1
                    else {f"level-{level + 1}.zip": data})
    return data


def ratio_bomb_zip(members: int = 8, megabytes: int = 4) -> bytes:
    """Members each under the per-member ratio floor, together 32 MB of zeros at about 1000:1."""
    zeros = bytes(megabytes * 1024 * 1024)
    return _zip({f"part-{i}.pptx": zeros for i in range(members)}, method=zipfile.ZIP_DEFLATED)


def many_members_zip(members: int) -> bytes:
    return _zip({f"deck-{i}.pptx": b"x" for i in range(members)})


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
