"""Zip archives given as input: every member a deck (or a nested zip), every bad member its own error.

An archive owner's zip may hold an encrypted member, one with a bad CRC or an unknown
compression method, a zip inside a zip, or be a bomb. So:

- the archive's central directory is checked against the caps (members, total unpacked
  bytes, overall compression ratio) before a single byte is written;
- each member is unpacked alone, with its own size and ratio caps, into this run's
  unpack folder; whatever goes wrong with it becomes that member's coded error
  (``archive.zip/b.pptx: … [encrypted]``) and the other members and inputs go on;
- a zip member is opened the same way, down to :data:`MAX_DEPTH` levels; deeper ones are
  reported, never skipped silently.
"""
from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from plandeck.settings import Settings

#: Zips inside zips are opened down to this many levels (the archive given is level 1).
MAX_DEPTH = 3
# Below this many unpacked bytes a wild compression ratio is harmless (text compresses that well).
_RATIO_FLOOR = 10 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input that could not even become a task (a bad zip member), with its reason."""

    display: str
    code: str
    reason: str
    name: str = ""  # its output name (the archive's relative name and the member's path), when known


@dataclass
class _Budget:
    """What the whole archive (nested ones included) may still write to disk."""

    bytes_left: int


class Archive:
    """Unpacks one archive's deck members into ``folder``; yields ``(path, display)`` or :class:`Rejected`."""

    def __init__(self, settings: Settings, folder: Callable[[], Path], is_deck: Callable[[str], bool]) -> None:
        self._settings = settings
        self._folder = folder
        self._is_deck = is_deck
        self._count = 0

    def members(self, archive: Path, display: str) -> Iterator[tuple[Path, str] | Rejected]:
        yield from self._members(archive, display, 1, _Budget(self._settings.max_archive_bytes))

    def _members(self, archive: Path, display: str, depth: int,
                 budget: _Budget) -> Iterator[tuple[Path, str] | Rejected]:
        try:
            zf = zipfile.ZipFile(archive)
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as exc:
            yield Rejected(display, "unreadable", f"not a readable zip archive ({_short(exc)})")
            return
        with zf:
            infos = [i for i in zf.infolist() if not i.is_dir()]
            refusal = self._refuse_archive(infos, archive, budget)
            if refusal is not None:
                yield Rejected(display, "too-large", refusal)
                return
            wanted = sorted((i for i in infos if self._is_deck(i.filename) or _is_zip(i.filename)),
                            key=lambda i: i.filename)
            for info in wanted:
                inner = f"{display}/{info.filename}"
                if _is_zip(info.filename) and depth >= MAX_DEPTH:
                    yield Rejected(inner, "too-large", f"a zip nested more than {MAX_DEPTH} levels deep is not opened")
                    continue
                result = self._unpack(zf, info, inner, budget)
                if isinstance(result, Rejected):
                    yield result
                elif _is_zip(info.filename):
                    yield from self._members(result, inner, depth + 1, budget)
                else:
                    yield result, inner

    def _refuse_archive(self, infos: list[zipfile.ZipInfo], archive: Path, budget: _Budget) -> str | None:
        """Why the central directory alone rules the archive out, or None."""
        s = self._settings
        total = sum(i.file_size for i in infos)
        packed = sum(i.compress_size for i in infos) or 1
        if len(infos) > s.max_zip_members:
            return f"{len(infos):,} members, over the limit of {s.max_zip_members:,}"
        if total > budget.bytes_left:
            return (f"unpacks to {total:,} bytes, over the {s.max_archive_bytes:,}-byte limit for an archive "
                    "(a zip bomb?)")
        if total > _RATIO_FLOOR and total / packed > s.max_compression_ratio:
            return f"compression ratio {total / packed:.0f}:1 overall (a zip bomb?)"
        return None

    def _unpack(self, zf: zipfile.ZipFile, info: zipfile.ZipInfo, display: str,
                budget: _Budget) -> Path | Rejected:
        """One member on disk, or why not; a member that fails midway leaves nothing behind."""
        s = self._settings
        if info.flag_bits & 0x1 and not s.password:
            return Rejected(display, "encrypted", "the archive encrypts this member (give --password)")
        if info.file_size > s.max_file_bytes:
            return Rejected(display, "too-large", f"{info.file_size:,} bytes unpacked, over the file size limit "
                                                  "(--max-file-mb)")
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > _RATIO_FLOOR and ratio > s.max_compression_ratio:
            return Rejected(display, "too-large", f"compression ratio {ratio:.0f}:1 (a zip bomb?)")
        self._count += 1
        target = self._folder() / str(self._count) / (PurePosixPath(info.filename).name[-200:] or "member")
        try:
            target.parent.mkdir(parents=True)
            pwd = s.password.encode() if info.flag_bits & 0x1 and s.password else None
            with zf.open(info, pwd=pwd) as src, target.open("wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
        except (RuntimeError, zipfile.BadZipFile, NotImplementedError, EOFError, ValueError,
                zipfile.LargeZipFile) as exc:
            shutil.rmtree(target.parent, ignore_errors=True)
            return _member_error(display, exc)
        budget.bytes_left -= info.file_size
        return target


def _member_error(display: str, exc: BaseException) -> Rejected:
    text = _short(exc)
    if isinstance(exc, RuntimeError) and ("password" in text.lower() or "encrypted" in text.lower()):
        return Rejected(display, "encrypted", f"the archive encrypts this member and the password is wrong ({text})")
    if isinstance(exc, NotImplementedError):
        return Rejected(display, "unsupported", f"compressed with a method plandeck cannot unpack ({text})")
    if "crc" in text.lower():
        return Rejected(display, "unreadable", "damaged inside the archive (bad CRC)")
    return Rejected(display, "unreadable", f"cannot be unpacked from the archive ({text})")


def _is_zip(name: str) -> bool:
    return PurePosixPath(name).suffix.lower() == ".zip"


def _short(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:160] or type(exc).__name__
