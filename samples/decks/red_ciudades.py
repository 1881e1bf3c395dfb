"""Plan de acción RICI 2023: a Spanish 16:9 deck made only of text boxes on blank slides (no
placeholders), each label on its own line with the value on the next, the fields of one item
spread over two columns, a wrapping title, a "Nuevo entregable propuesto" banner and a
contents slide that repeats the titles. PPTX only.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from samples.decks._kit import (
    BLANK,
    WIDE,
    P,
    footer,
    logo,
    new_deck,
    rect,
    save,
    text_box,
)

BASE = "rici-plan-accion-2023"
WINE, GREY, SAND = "8B1E3F", "5A5A5A", "F3E9DC"
FONT = "Verdana"
FOOT = "RICI · Plan de acción 2023"

ITEMS = [
    (
        "Guía de movilidad urbana sostenible",
        None,
        [
            ("Responsable:", ["Dra. Lucía ORTEGA (Ayuntamiento de Villaverde del Río)"]),
            ("Secretaría:", ["RICI"]),
            ("Cronograma:", ["finales de 2022 – mediados de 2023"]),
            ("Fecha prevista de publicación:", ["mediados de 2023"]),
        ],
        [
            (
                "Alcance:",
                [
                    "Guía práctica para que los ayuntamientos diseñen planes de movilidad urbana sostenible, "
                    "con indicadores comunes y ejemplos de ciudades de la red."
                ],
            ),
            ("Reuniones previstas:", ["enero-marzo 2023 (reuniones mensuales)"]),
            ("Estado:", ["En curso"]),
        ],
    ),
    (
        "Marco de referencia para la gestión integrada de datos urbanos en ciudades intermedias "
        "de Iberoamérica",
        None,
        [
            ("Responsable:", ["Andrés Molina, Consorcio Metropolitano de Datos de Valdeluz"]),
            ("Secretaría:", ["RICI y Consorcio Metropolitano de Datos de Valdeluz"]),
            ("Calendario:", ["2023"]),
            ("Fecha prevista de publicación:", ["diciembre de 2023"]),
        ],
        [
            (
                "Objetivo:",
                [
                    "Proponer una arquitectura de referencia y un modelo de gobernanza de datos que las "
                    "ciudades intermedias puedan adoptar por etapas."
                ],
            ),
            ("Reuniones previstas:", ["trimestrales a partir de febrero de 2023"]),
            ("Estado:", ["Planificado"]),
        ],
    ),
    (
        "Presupuestos participativos digitales",
        "Nuevo entregable propuesto",
        [
            ("Responsable:", ["Fundación Ciudad Abierta: Marta QUIROGA"]),
            ("Secretaría:", ["RICI"]),
            ("Cronograma:", ["principios de 2023 – finales de 2023"]),
            ("Fecha prevista de publicación:", ["primer semestre de 2024"]),
        ],
        [
            (
                "Alcance:",
                [
                    "Recopilar experiencias de presupuestos participativos en línea y extraer "
                    "recomendaciones sobre plataformas, inclusión digital y seguimiento de los "
                    "proyectos votados."
                ],
            ),
            ("Reuniones previstas:", ["abril de 2023 (reunión de lanzamiento)", "junio de 2023"]),
        ],
    ),
    (
        "Red de laboratorios urbanos",
        None,
        [
            ("Responsable:", ["Sr. Jorge Salas – RICI"]),
            ("Secretaría:", ["RICI"]),
            ("Cronograma:", ["2022-2023"]),
            ("Fecha prevista de publicación:", ["N/A"]),
        ],
        [
            (
                "Alcance:",
                ["Conectar los laboratorios urbanos de las ciudades socias para compartir metodologías."],
            ),
            ("Reuniones previstas:", ["Sin reuniones previstas"]),
            ("Estado:", ["Cancelado: las actividades se integran en la Guía de movilidad urbana sostenible"]),
        ],
    ),
]


def _fields(pairs):
    paras = []
    for label, values in pairs:
        paras.append(P(label, bold=True, color=WINE, space_before=8))
        paras.extend(P(v, bullet="▪") for v in values)
    return paras


def _chrome(prs, slide, n):
    logo(slide, "RICI", 0.35, 0.3, 0.95, 0.55, colour=WINE, font=FONT, size=14)
    footer(prs, slide, FOOT, n, font=FONT, size=9, color=GREY, number_format="Diapositiva {n}", rule="D9C3B0")


def _slide_title(slide, text, top=0.25):
    text_box(slide, 1.5, top, 11.3, 1.2, [P(text, bold=True)], font=FONT, size=24, color=WINE, name="Título")


def build(out_dir: Path) -> list[Path]:
    prs = new_deck(
        WIDE,
        title="Plan de acción RICI 2023",
        author="Secretaría RICI",
        created=datetime(2022, 12, 12, 16, 0),
        modified=datetime(2023, 1, 9, 11, 20),
    )
    n = 1
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    rect(s, 0, 0, 13.333, 7.5, SAND)
    rect(s, 0, 2.2, 0.35, 2.6, WINE)
    text_box(
        s, 0.9, 2.2, 11.5, 1.1, [P("Plan de acción RICI 2023", bold=True)], font=FONT, size=40, color=WINE
    )
    text_box(
        s,
        0.9,
        3.4,
        11.5,
        1.4,
        [
            P("Red Iberoamericana de Ciudades Inteligentes (RICI)", size=20),
            P("Documento de trabajo para la Asamblea de socios", size=14, italic=True),
        ],
        font=FONT,
        color=GREY,
    )
    _chrome(prs, s, n)

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    _slide_title(s, "Contenido")
    text_box(
        s,
        1.5,
        1.5,
        10.5,
        4.5,
        [
            P("1.  Guía de movilidad urbana sostenible"),
            P("2.  Marco de referencia para la gestión integrada de datos urbanos"),
            P("3.  Presupuestos participativos digitales (nueva propuesta)"),
            P("4.  Red de laboratorios urbanos"),
        ],
        font=FONT,
        size=18,
        color=GREY,
        space_before=10,
    )
    _chrome(prs, s, n)

    for heading, banner, left, right in ITEMS:
        n += 1
        s = prs.slides.add_slide(prs.slide_layouts[BLANK])
        top = 0.25
        if banner:
            text_box(
                s,
                1.5,
                0.2,
                3.9,
                0.4,
                [P(banner.upper(), bold=True)],
                font=FONT,
                size=12,
                color="FFFFFF",
                fill_colour=WINE,
                margin=0.05,
            )
            top = 0.65
        _slide_title(s, heading, top)
        y = top + 1.25
        text_box(
            s,
            0.6,
            y,
            5.6,
            6.7 - y,
            _fields(left),
            font=FONT,
            size=15,
            color="222222",
            bullet_color=GREY,
            indent=0.22,
        )
        text_box(
            s,
            6.6,
            y,
            6.2,
            6.7 - y,
            _fields(right),
            font=FONT,
            size=15,
            color="222222",
            bullet_color=GREY,
            indent=0.22,
        )
        _chrome(prs, s, n)

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    rect(s, 0, 0, 13.333, 7.5, SAND)
    text_box(s, 0.9, 2.4, 11.5, 1.0, [P("¡Gracias!", bold=True)], font=FONT, size=36, color=WINE)
    text_box(
        s,
        0.9,
        3.5,
        11.5,
        1.2,
        [P("Contacto: plan@rici.example.org"), P("https://rici.example.org/plan-2023")],
        font=FONT,
        size=16,
        color=GREY,
    )
    _chrome(prs, s, n)

    return [save(prs, out_dir / f"{BASE}.pptx")]
