"""The RICI deck (``rici-plan-accion-2023.pptx``, text boxes only, Spanish) saved by LibreOffice
as a legacy binary PowerPoint 97-2003 file and as an OpenDocument presentation:
``rici-plan-accion-2023.legacy.ppt`` and ``rici-plan-accion-2023.open.odp``. Both share the
PPTX's gold (the tests find the gold by the name before the first dot).

Needs LibreOffice (``soffice``). The ODP's zip entries get fixed timestamps so the bytes are
stable; the PPT keeps the PPTX's fixed document dates and is stable as LibreOffice writes it.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from samples.decks._kit import ZIP_TIME

SOURCE = "rici-plan-accion-2023.pptx"
BASE = "rici-plan-accion-2023"
TARGETS = {"ppt": f"{BASE}.legacy.ppt", "odp": f"{BASE}.open.odp"}


_DECLS = re.compile(r"<office:font-face-decls>(.*?)</office:font-face-decls>", re.S)
_FACE = re.compile(r"<style:font-face [^>]*/>")
_FONT_REF = re.compile(r'(style:font-name(?:-asian|-complex)?)="([^"]*)"')


def _attr(element: str, name: str) -> str:
    m = re.search(rf'{name}="([^"]*)"', element)
    return m.group(1) if m else ""


def _stable_fonts(xml: str) -> str:
    """LibreOffice declares a font family more than once ("Calibri", "Calibri1") with slightly
    different attributes, and which variant gets which name changes from run to run. Give the
    names out in a fixed order (by the declaration's attributes) and rename the references."""
    m = _DECLS.search(xml)
    if not m:
        return xml
    faces = _FACE.findall(m.group(1))
    if "".join(faces) != m.group(1):
        return xml  # embedded fonts or other content: leave as written
    families: dict[str, list[str]] = {}
    for face in faces:
        families.setdefault(_attr(face, "svg:font-family"), []).append(face)
    mapping, out = {}, []
    for group in families.values():
        names = sorted(_attr(f, "style:name") for f in group)
        bodies = sorted((re.sub(r' style:name="[^"]*"', "", f), _attr(f, "style:name")) for f in group)
        for new, (body, old) in zip(names, bodies, strict=True):
            mapping[old] = new
            out.append(body.replace("<style:font-face ", f'<style:font-face style:name="{new}" ', 1))
    xml = xml[: m.start(1)] + "".join(out) + xml[m.end(1) :]
    return _FONT_REF.sub(lambda r: f'{r.group(1)}="{mapping.get(r.group(2), r.group(2))}"', xml)


def _stable_odf(path: Path) -> None:
    """Rewrite an ODF zip with fixed timestamps, "mimetype" first and stored, as ODF requires,
    and the font declarations in a fixed order."""
    out = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        infos = sorted(src.infolist(), key=lambda i: i.filename != "mimetype")  # stable: keeps order
        for info in infos:
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            is_dir = info.filename.endswith("/")
            fixed.external_attr = (0o40755 << 16 | 0x10) if is_dir else 0o644 << 16
            fixed.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            data = src.read(info.filename)
            if info.filename in ("content.xml", "styles.xml"):
                data = _stable_fonts(data.decode("utf-8")).encode("utf-8")
            dst.writestr(fixed, data)
    path.write_bytes(out.getvalue())


def build(out_dir: Path) -> list[Path]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(f"{BASE}: LibreOffice is not installed; keeping the committed .ppt and .odp")
        return []
    source = out_dir / SOURCE
    built = []
    for fmt, name in TARGETS.items():
        with tempfile.TemporaryDirectory() as profile, tempfile.TemporaryDirectory() as tmp:
            subprocess.run(
                [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", fmt,
                 "--outdir", tmp, str(source)],
                check=True,
                capture_output=True,
                timeout=180,
            )
            made = Path(tmp) / f"{source.stem}.{fmt}"
            target = out_dir / name
            shutil.move(str(made), target)
        if fmt == "odp":
            _stable_odf(target)
        built.append(target)
    return built
