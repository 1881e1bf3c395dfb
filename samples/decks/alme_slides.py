"""Programa de Trabajo ALME 2025: a deck written as HTML in the style of an online slide editor
(16:9, one <section> per slide) and printed to PDF by headless Chromium. Spanish with English
labels mixed in: HTML lists for the labels (<ul><li>Lead: ...</li>), nested lists for co-leads
and meetings, a "Proposed new deliverable" banner, an HTML table "Deliverable | Lead | Due |
Status", open-ended Spanish recurrence, "principios de 2026", "febrero – octubre 2025".

The module writes ``samples/decks/alme_slides.html`` and prints it with Chromium; without a
``chromium`` on PATH it says so and keeps the committed PDF. The PDF's dates and id are
pinned with the _kit helper; its bytes still depend on the Chromium build and installed fonts.
"""

from __future__ import annotations

import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from samples.decks._kit import pin_pdf

BASE = "alme-programa-de-trabajo-2025"
HERE = Path(__file__).resolve().parent
HTML_NAME = "alme_slides.html"
FOOT = "ALME · Programa de Trabajo 2025"

CSS = """
@page { size: 1280px 720px; margin: 0 }
* { box-sizing: border-box }
html, body { margin: 0; padding: 0 }
body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; color: #202124; }
section { width: 1280px; height: 720px; position: relative; overflow: hidden;
          page-break-after: always; break-after: page; background: #ffffff; }
section:last-child { page-break-after: auto; break-after: auto }
.bar { position: absolute; left: 0; top: 0; width: 24px; height: 720px; background: #0B8043 }
.content { position: absolute; left: 80px; top: 56px; right: 80px }
h1 { font-size: 60px; font-weight: 700; color: #0B8043; margin: 180px 0 16px 0 }
h2 { font-size: 38px; font-weight: 700; color: #0B8043; margin: 0 0 26px 0; line-height: 1.15 }
.sub { font-size: 28px; color: #3c4043; margin: 0 0 10px 0 }
.small { font-size: 20px; color: #5f6368 }
ul { font-size: 25px; line-height: 1.38; margin: 0; padding-left: 34px }
ul ul { font-size: 23px; padding-left: 34px; list-style-type: circle }
li { margin: 0 0 6px 0 }
b { color: #137333 }
.banner { display: inline-block; background: #F29900; color: #ffffff; font-weight: 700;
          font-size: 22px; padding: 8px 18px; border-radius: 6px; margin: 0 0 16px 0 }
table { border-collapse: collapse; width: 100%; font-size: 22px; table-layout: fixed }
td.nowrap { white-space: nowrap }
th { background: #0B8043; color: #ffffff; text-align: left; padding: 12px 14px }
td { padding: 12px 14px; border-bottom: 1px solid #dadce0; vertical-align: top }
tr:nth-child(even) td { background: #e6f4ea }
.num { position: absolute; right: 40px; bottom: 24px; font-size: 16px; color: #80868b }
.foot { position: absolute; left: 80px; bottom: 24px; font-size: 16px; color: #80868b }
.center { text-align: center; left: 80px; right: 80px }
"""


def li(label: str, value=None) -> str:
    """<li><b>label</b> value</li>; a list value becomes a nested <ul>."""
    if isinstance(value, list):
        inner = "".join(f"<li>{html.escape(v)}</li>" for v in value)
        return f"<li><b>{html.escape(label)}</b><ul>{inner}</ul></li>"
    if value is None:
        return f"<li>{html.escape(label)}</li>"
    return f"<li><b>{html.escape(label)}</b> {html.escape(value)}</li>"


ITEMS = [
    (
        "Hoja de ruta para buses eléctricos urbanos",
        None,
        [
            ("Lead:", "Carolina Pérez (Transporte Metropolitano de Quillota)"),
            ("Secretaría:", "CETL"),
            ("Cronograma:", "febrero – octubre 2025"),
            ("Due:", "Q4 2025"),
            (
                "Alcance:",
                "Hoja de ruta para que las ciudades medianas sustituyan sus flotas de buses diésel por "
                "buses eléctricos, con costos de referencia y un plan de recarga en cocheras.",
            ),
            ("Reuniones:", "mensuales a partir de febrero de 2025"),
            ("Estado:", "En curso"),
        ],
    ),
    (
        "Guía de compras públicas de vehículos eléctricos",
        None,
        [
            (
                "Co-leads:",
                ["Dra. Valeria Soto, Universidad del Pacífico Sur", "Martín Rojas – Municipalidad de Río Claro"],
            ),
            ("Cronograma:", "2025"),
            ("Fecha prevista de publicación:", "mediados de 2025"),
            (
                "Objetivo:",
                "Modelos de pliegos y criterios de evaluación para la compra o el arrendamiento de "
                "vehículos eléctricos municipales.",
            ),
            ("Reuniones previstas:", ["marzo 2025 (lanzamiento)", "junio 2025"]),
            ("Estado:", "Planificado"),
        ],
    ),
    (
        "Mapa regional de puntos de carga rápida",
        "Proposed new deliverable",
        [
            ("Lead:", "Diego Ramírez – Universidad del Pacífico Sur"),
            ("Secretaría:", "CETL"),
            ("Timeline:", "H2 2025"),
            ("Due:", "principios de 2026"),
            (
                "Scope:",
                "An open map of public fast-charging points in member cities, updated by the operators "
                "through a shared data format.",
            ),
            ("Meetings:", "TBD"),
            ("Link:", "https://alme.example.org/mapa-carga"),
        ],
    ),
]
TABLE = [
    ["Deliverable", "Lead", "Due", "Status"],
    ["Glosario de electromovilidad", "Ana Torres (CETL)", "Q2 2025", "Published"],
    [
        "Encuesta regional de flotas municipales",
        "Jorge Silva, Universidad del Pacífico Sur",
        "septiembre 2025",
        "In progress",
    ],
    ["Webinar series on charging standards", "Lucía Fernández", "TBD", "Not started"],
    ["Estudio de tarifas eléctricas para flotas", "Pablo Castro (Comisión Tarifaria Andina)", "2025", "Cancelled"],
]


def slides() -> list[str]:
    out = []
    out.append(
        '<div class="content">'
        "<h1>Programa de Trabajo ALME 2025</h1>"
        '<p class="sub">Alianza Latinoamericana de Movilidad Eléctrica (ALME)</p>'
        '<p class="small">Work programme · versión para el Comité Directivo, enero de 2025</p>'
        "</div>"
    )
    out.append(
        '<div class="content"><h2>Sobre este programa / About this programme</h2><ul>'
        + li("Tres entregables principales y cuatro productos de conocimiento")
        + li("La secretaría técnica está a cargo del Centro de Estudios de Transporte Limpio (CETL)")
        + li("Las ciudades miembro pueden sumarse a cualquier entregable en cualquier momento")
        + li("Contacto:", "programa@alme.example.org")
        + li("Más información:", "https://alme.example.org/programa-2025")
        + "</ul></div>"
    )
    for heading, banner, lines in ITEMS:
        top = f'<div class="banner">{html.escape(banner)}</div>' if banner else ""
        body = "".join(li(label, value) for label, value in lines)
        out.append(f'<div class="content">{top}<h2>{html.escape(heading)}</h2><ul>{body}</ul></div>')
    head, *rows = TABLE
    table = (
        '<table><colgroup><col style="width:35%"><col style="width:34%">'
        '<col style="width:16%"><col style="width:15%"></colgroup><thead><tr>'
    )
    table += "".join(f"<th>{html.escape(h)}</th>" for h in head) + "</tr></thead><tbody>"
    for row in rows:
        table += "<tr>" + "".join(
            f'<td class="nowrap">{html.escape(c)}</td>' if j >= 2 else f"<td>{html.escape(c)}</td>"
            for j, c in enumerate(row)
        ) + "</tr>"
    table += "</tbody></table>"
    out.append(f'<div class="content"><h2>Productos de conocimiento / Knowledge products</h2>{table}</div>')
    out.append(
        '<div class="content center"><h1>¡Gracias! / Thank you</h1>'
        '<p class="sub">Preguntas y comentarios: programa@alme.example.org</p></div>'
    )
    return out


def page() -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="es"><head><meta charset="utf-8">',
        "<title>Programa de Trabajo ALME 2025</title>",
        f"<style>{CSS}</style></head><body>",
    ]
    for n, body in enumerate(slides(), start=1):
        parts.append(
            f'<section><div class="bar"></div>{body}'
            f'<div class="foot">{html.escape(FOOT)}</div><div class="num">{n}</div></section>'
        )
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def build(out_dir: Path) -> list[Path]:
    source = HERE / HTML_NAME
    source.write_text(page(), encoding="utf-8")
    chromium = next(
        (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None
    )
    if chromium is None:
        print(f"{BASE}: chromium is not installed (apt-get install chromium); keeping the committed PDF")
        return [source]
    out = out_dir / f"{BASE}.pdf"
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                f"--user-data-dir={profile}",
                "--no-pdf-header-footer",
                f"--print-to-pdf={out}",
                source.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    return [source, pin_pdf(out, source.read_bytes())]
