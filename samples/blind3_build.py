#!/usr/bin/env python3
"""Third blind generalisation set: five decks by fictional organisations, each written from a
one-line description of an authoring habit (never from the extractor's code, tests or output),
with a hand-written gold file in ``samples/blind3/gold/``.

    python samples/blind3_build.py            # writes samples/blind3/decks/*
    python samples/blind3_build.py --check    # checks samples/blind3/gold/* against the decks

1. cavl-plan-d-actions-mobilite-energie-2026.pptx  French action table, axes as full-width group rows
2. rskv-werkplan-2026.pdf                           Dutch labels, one item per page, "(vervolg)" page
3. remsa-plan-de-trabajo-2026.pptx                  Spanish lines LT1-LT3, index, "(1/2)" / "(2/2)", glossary
4. avce-community-energy-roadmap-2026.pptx          swimlane roadmap: boxes on a quarter axis + detail slides
5. ravensholt-open-data-action-plan-2026.pptx       owners as initials, "Who's who" key, status symbols

All organisations, people, addresses and projects are fictional. This script is
self-contained (python-pptx and reportlab only; pdfplumber for ``--check``); the drawing kit is a
copy of the one in ``blind2_build.py``. PPTX files get fixed core properties and fixed zip
timestamps, the PDF is written with reportlab's ``invariant=1`` and the standard fonts, so the
same script gives the same bytes.
"""

from __future__ import annotations

import json
import math
import sys
from datetime import datetime
from pathlib import Path

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Inches, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_kit import (
    BLANK,
    STANDARD,
    TITLE_AND_CONTENT,
    TITLE_ONLY,
    TITLE_SLIDE,
    WIDE,
    P,
    check_set,
    fill,
    new_deck,
    notes,
    place,
    rect,
    rgb,
    shade,
    slide_number,
    table,
    text_box,
    title,
)
from blind_kit import save as kit_save

HERE = Path(__file__).resolve().parent
ROOT = HERE / "blind3"
OUT = ROOT / "decks"
GOLD = ROOT / "gold"

ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def save(prs, path: Path) -> Path:
    """Write a deck with this set's fixed zip timestamps (see blind_kit.save)."""
    return kit_save(prs, path, ZIP_TIME)
# =====================================================================================
# 1. French action table, 16:9, Corbel; axes as full-width group rows inside the tables
# =====================================================================================

D1_FONT = "Corbel"
D1_BLUE, D1_INK, D1_GREY, D1_AXIS = "1B4F72", "1E1E1E", "707070", "D6E4F0"
D1_N = 6
NBSP = "\u00a0"

# rows of the action tables: ("axe", text) is a full-width group row, else N°, action, pilote, échéance, état
D1_TABLE_1 = [
    ("axe", "Axe 1 – Mobilité"),
    ("1.1", "Schéma directeur cyclable intercommunal", "Direction de la voirie", "juin 2026", "En cours"),
    ("1.2", "Extension des vélos en libre-service à trois communes", "Mme Nadège Ferracci (SMTVL)",
     "T3 2026", "À lancer"),
    ("1.3", "Zones apaisées à 30 km/h aux abords des écoles", "M. Bastien Quérel (Ville de Sorvanne)",
     "déc. 2025", "Fait"),
    ("1.4", "Plan de mobilité employeur de l'agglomération", "Service mobilités", "fin 2026", "En cours"),
    ("1.5", "Navette fluviale expérimentale entre Sorvanne et Marsenay", "Service mobilités", "—",
     "Abandonné"),
    ("axe", "Axe 2 – Énergie et bâtiments"),
    ("2.1", "Audit énergétique des bâtiments communautaires", "Direction du patrimoine bâti", "nov. 2025",
     "Fait"),
    ("2.2", "Cadastre solaire en ligne", "Mme Laure Debièvre-Koné (ALEC)", "mi-2026", "En cours"),
]
D1_TABLE_2 = [
    ("axe", "Axe 2 – Énergie et bâtiments (suite)"),
    ("2.3", "Réseau de chaleur du quartier des Tanneries", "M. Yannick Le Goff (Ville de Marsenay)", "2027",
     "À lancer"),
    ("2.4", "Rénovation thermique du gymnase Jean-Moulin", "Direction du patrimoine bâti / ALEC",
     "31/03/2026", "En cours"),
    ("2.5", "Guichet unique de la rénovation pour les particuliers", "Pôle énergie", "T4 2026", "À lancer"),
]


def _d1_footer(slide, n):
    text_box(slide, 0.5, 7.02, 9.0, 0.3, [P("CAVL – Plan d'actions Mobilité et Énergie 2026")], font=D1_FONT,
             size=10, color=D1_GREY, name="Pied de page")
    slide_number(slide, 11.4, 7.02, 1.45, 0.3, n, fmt="p. {n}", font=D1_FONT, size=10, color=D1_GREY)


def _d1_table(slide, rows, *, y=1.45):
    head = ["N°", "Action", "Pilote", "Échéance", "État"]
    widths = [0.8, 5.0, 3.9, 1.45, 1.2]
    row_h = 0.5
    frame = slide.shapes.add_table(len(rows) + 1, 5, Inches(0.5), Inches(y), Inches(sum(widths)),
                                   Inches(row_h * (len(rows) + 1)))
    frame.name = "Tableau des actions"
    tbl = frame.table
    tbl.horz_banding = False
    tbl.first_row = True
    for j, w in enumerate(widths):
        tbl.columns[j].width = Inches(w)
    for j, h in enumerate(head):
        cell = tbl.cell(0, j)
        fill(cell.text_frame, [P(h, bold=True)], font=D1_FONT, size=14, color="FFFFFF")
        shade(cell, D1_BLUE)
        cell.vertical_anchor = MSO_ANCHOR.MIDDLE
    for i, row in enumerate(rows, start=1):
        tbl.rows[i].height = Inches(row_h)
        if row[0] == "axe":
            first = tbl.cell(i, 0)
            first.merge(tbl.cell(i, 4))
            fill(first.text_frame, [P(row[1], bold=True)], font=D1_FONT, size=14, color=D1_BLUE)
            shade(first, D1_AXIS)
            first.vertical_anchor = MSO_ANCHOR.MIDDLE
            continue
        for j, value in enumerate(row):
            cell = tbl.cell(i, j)
            align = PP_ALIGN.CENTER if j in (0, 3, 4) else None
            fill(cell.text_frame, [P(value, align=align)], font=D1_FONT, size=12, color=D1_INK)
            shade(cell, "FFFFFF")
            cell.vertical_anchor = MSO_ANCHOR.MIDDLE
    return frame


def _d1_slide(prs, heading, layout=TITLE_ONLY):
    s = prs.slides.add_slide(prs.slide_layouts[layout])
    rect(s, 0, 0, 0.18, 7.5, D1_BLUE)
    title(s, heading, font=D1_FONT, size=28, color=D1_BLUE, box=(0.5, 0.3, 12.3, 0.9), align=PP_ALIGN.LEFT)
    return s


def build_french_table() -> Path:
    prs = new_deck(WIDE, title="Plan d'actions Mobilité et Énergie 2026", author="Mission Transition CAVL",
                   created=datetime(2026, 1, 12, 9, 30), modified=datetime(2026, 1, 26, 17, 45))
    n = 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_SLIDE])
    rect(s, 0, 0, 13.333, 0.35, D1_BLUE)
    title(s, "Plan d'actions Mobilité et Énergie 2026", font=D1_FONT, size=40, color=D1_BLUE,
          box=(0.9, 1.9, 11.5, 1.4), align=PP_ALIGN.LEFT)
    sub = place(s.placeholders[1], 0.9, 3.4, 11.5, 2.0)
    fill(sub.text_frame, [
        P("Communauté d'agglomération du Val de Lisière", size=24, color=D1_INK, align=PP_ALIGN.LEFT),
        P("Document présenté au comité de pilotage du 27 janvier 2026", size=16, color=D1_GREY,
          align=PP_ALIGN.LEFT),
    ], font=D1_FONT, size=18)
    notes(s, "Version 3 – intègre les remarques du bureau communautaire du 8 janvier 2026.")

    n += 1
    s = _d1_slide(prs, "Gouvernance et suivi", TITLE_AND_CONTENT)
    body = place(s.placeholders[1], 0.6, 1.4, 12.1, 5.3)
    fill(body.text_frame, [
        P("10 actions réparties en deux axes : l'axe 1 pour la mobilité, l'axe 2 pour l'énergie et "
          "les bâtiments."),
        P("M. Arnaud Pelletier-Vasseur, vice-président chargé des transitions",
          label=f"Président du comité de pilotage{NBSP}: "),
        P("janvier, juin et novembre 2026", label=f"Comités de pilotage{NBSP}: "),
        P("bilan à mi-parcours en juillet 2026, bilan final en décembre 2026", label="Évaluation : "),
        P("Mme Sabine Ourand, mission Transition – transition@cavl.example", label="Référente : "),
    ], font=D1_FONT, size=19, color=D1_INK, label_color=D1_BLUE, space_before=10)
    notes(s, "Rappeler que la date du comité de novembre (le 9 ?) reste à confirmer.")
    _d1_footer(s, n)

    n += 1
    s = _d1_slide(prs, "Tableau des actions")
    _d1_table(s, D1_TABLE_1)
    notes(s, "La navette fluviale pourrait être relancée en 2027 si le financement européen est obtenu "
             "(réponse attendue le 15 avril 2026).")
    _d1_footer(s, n)

    n += 1
    s = _d1_slide(prs, "Tableau des actions (suite)")
    _d1_table(s, D1_TABLE_2)
    text_box(s, 0.5, 4.2, 12.3, 0.9, [
        P("État : Fait · En cours · À lancer · Abandonné. Échéance = date de livraison prévue.", italic=True),
    ], font=D1_FONT, size=13, color=D1_GREY)
    notes(s, "Audit du gymnase : restitution aux maires le 5 février 2026. Le réseau de chaleur dépend "
             "de l'étude de faisabilité de mars 2026.")
    _d1_footer(s, n)

    n += 1
    s = _d1_slide(prs, "Sigles", TITLE_AND_CONTENT)
    body = place(s.placeholders[1], 0.6, 1.4, 12.1, 5.3)
    fill(body.text_frame, [
        P(f"ALEC{NBSP}: Agence locale de l'énergie et du climat du Val de Lisière"),
        P(f"CAVL{NBSP}: Communauté d'agglomération du Val de Lisière"),
        P("SMTVL : Syndicat mixte des transports du Val de Lisière"),
        P("T3, T4 : troisième et quatrième trimestres"),
    ], font=D1_FONT, size=20, color=D1_INK, space_before=10)
    _d1_footer(s, n)

    n += 1
    s = _d1_slide(prs, "Contacts")
    text_box(s, 0.6, 1.5, 12.1, 3.0, [
        P("Mission Transition – Hôtel d'agglomération, 2 rue des Halles, Sorvanne"),
        P("transition@cavl.example", label="Courriel : "),
        P("https://www.cavl.example/plan-actions", label="Le plan en ligne : "),
    ], font=D1_FONT, size=20, color=D1_INK, label_color=D1_BLUE, space_before=10)
    _d1_footer(s, n)
    assert n == D1_N
    return save(prs, OUT / "cavl-plan-d-actions-mobilite-energie-2026.pptx")


# =====================================================================================
# 2. Dutch work plan, reportlab PDF (A4 landscape, Helvetica), one item per page, "(vervolg)"
# =====================================================================================

D2_W, D2_H = 842, 595
D2_FONT, D2_BOLD = "Helvetica", "Helvetica-Bold"
D2_TEAL, D2_INK, D2_GREY = "#00646E", "#1A1A1A", "#6B6B6B"
D2_N = 8
D2_SIZE, D2_LEAD = 15, 21

# (page heading, [(label, value)]); the second item runs over two pages
D2_PAGES = [
    ("Regionale hittestresskaart", [
        ("Trekker:", "drs. Femke Oosterhuis (Provincie Veenland)"),
        ("Secretariaat:", "RSKV"),
        ("Planning:", "januari – september 2026"),
        ("Oplevering:", "Q3 2026"),
        ("Status:", "lopend"),
        ("Overleg:", "maart 2026, juni 2026"),
        ("Doel:", "Eén kaart van de hittestress in alle twaalf gemeenten, met dezelfde methode en "
                  "dezelfde drempelwaarden, als basis voor de lokale hitteplannen."),
    ]),
    ("Groene schoolpleinen in tien gemeenten", [
        ("Trekker:", "ir. Joost van der Meulen, Gemeente Turfhaven"),
        ("Planning:", "maart 2026 – februari 2027"),
        ("Oplevering:", "eind 2026"),
        ("Status:", "gepland"),
    ]),
    ("Groene schoolpleinen in tien gemeenten (vervolg)", [
        ("Mede-trekker:", "mevr. Anouk Zwartjes (Waterschap De Veenstromen)"),
        ("Overleg:", "elk kwartaal vanaf april 2026"),
        ("Doel:", "Tien versteende schoolpleinen worden groen en waterdoorlatend, samen met leerlingen, "
                  "ouders en buurtbewoners ontworpen."),
        ("Website:", "https://www.rskv.example/schoolpleinen"),
    ]),
    ("Subsidieregeling regentonnen en groene daken", [
        ("Trekker:", "Waterschap De Veenstromen"),
        ("Planning:", "2025"),
        ("Oplevering:", "december 2025"),
        ("Status:", "afgerond"),
        ("Overleg:", "geen overleg meer gepland"),
        ("Doel:", "Eén regeling voor inwoners van alle deelnemende gemeenten, uitgevoerd door het waterschap."),
    ]),
    ("Klimaatdialogen met bewoners", [
        ("Trekker:", "Lisanne Haverkamp, RSKV"),
        ("Planning:", "tweede helft 2026"),
        ("Oplevering:", "begin 2027"),
        ("Status:", "gepland"),
        ("Overleg:", "september 2026 (startbijeenkomst), november 2026"),
        ("Doel:", "In zes wijken gesprekken met bewoners over wateroverlast, droogte en hitte; de opbrengst "
                  "komt in een verslag voor de gemeenteraden."),
    ]),
]


def _d2_frame(c, n, heading=None):
    from reportlab.lib.colors import HexColor

    c.setFillColor(HexColor(D2_TEAL))
    c.rect(0, D2_H - 64, D2_W, 64, stroke=0, fill=1)
    if heading:
        c.setFillColor(HexColor("#FFFFFF"))
        c.setFont(D2_BOLD, 24)
        c.drawString(50, D2_H - 42, heading)
    c.setFillColor(HexColor(D2_GREY))
    c.setFont(D2_FONT, 9)
    c.drawString(50, 24, "RSKV – Werkplan 2026")
    c.drawRightString(D2_W - 50, 24, f"pagina {n} van {D2_N}")


def _d2_wrap(c, text, font, size, width):
    words, lines, line = text.split(), [], ""
    for w in words:
        trial = (line + " " + w).strip()
        if c.stringWidth(trial, font, size) <= width or not line:
            line = trial
        else:
            lines.append(line)
            line = w
    lines.append(line)
    return lines


def _d2_fields(c, fields, y):
    """Bold label in a left column, value after it; long values wrap under the value column."""
    from reportlab.lib.colors import HexColor

    x_label, x_value, right = 60, 190, D2_W - 60
    for label, value in fields:
        c.setFillColor(HexColor(D2_TEAL))
        c.setFont(D2_BOLD, D2_SIZE)
        c.drawString(x_label, y, label)
        c.setFillColor(HexColor(D2_INK))
        c.setFont(D2_FONT, D2_SIZE)
        for part in _d2_wrap(c, value, D2_FONT, D2_SIZE, right - x_value):
            c.drawString(x_value, y, part)
            y -= D2_LEAD
        y -= 8
    return y


def build_dutch_pdf() -> Path:
    from reportlab.lib.colors import HexColor
    from reportlab.pdfgen import canvas

    out = OUT / "rskv-werkplan-2026.pdf"
    out.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(out), pagesize=(D2_W, D2_H), invariant=1, pageCompression=1)
    c.setTitle("Werkplan RSKV 2026")
    c.setAuthor("Secretariaat RSKV")
    c.setCreator("reportlab")
    c.setProducer("reportlab")

    # page 1: title page
    c.setFillColor(HexColor(D2_TEAL))
    c.rect(0, 0, 36, D2_H, stroke=0, fill=1)
    c.setFont(D2_BOLD, 42)
    c.drawString(90, 360, "Werkplan RSKV 2026")
    c.setFillColor(HexColor(D2_INK))
    c.setFont(D2_FONT, 20)
    c.drawString(90, 318, "Regionaal Samenwerkingsverband Klimaatbestendig Veenland")
    c.setFillColor(HexColor(D2_GREY))
    c.setFont(D2_FONT, 14)
    c.drawString(90, 280, "Vastgesteld door het algemeen bestuur op 11 december 2025")
    c.setFont(D2_FONT, 9)
    c.drawRightString(D2_W - 50, 24, f"pagina 1 van {D2_N}")
    c.showPage()

    # page 2: introduction with deck-level facts
    n = 2
    _d2_frame(c, n, "Inleiding")
    c.setFillColor(HexColor(D2_INK))
    c.setFont(D2_FONT, D2_SIZE)
    y = D2_H - 110
    intro = ("Twaalf gemeenten, de provincie en het waterschap werken samen aan een klimaatbestendig "
             "Veenland. Dit werkplan beschrijft vier projecten voor 2026; per project staan de trekker, de "
             "planning, de oplevering en het overleg vermeld.")
    for part in _d2_wrap(c, intro, D2_FONT, D2_SIZE, D2_W - 120):
        c.drawString(60, y, part)
        y -= D2_LEAD
    y -= 14
    _d2_fields(c, [
        ("Voorzitter:", "dhr. Wouter Blankevoort, wethouder gemeente Turfhaven"),
        ("Bestuur:", "vergadert op 12 maart, 11 juni en 8 oktober 2026"),
        ("Jaarcongres:", "donderdag 19 november 2026 in Turfhaven"),
    ], y)
    c.showPage()

    for heading, fields in D2_PAGES:
        n += 1
        _d2_frame(c, n, heading)
        _d2_fields(c, fields, D2_H - 110)
        c.showPage()

    n += 1
    _d2_frame(c, n, "Contact")
    _d2_fields(c, [
        ("Secretariaat:", "Secretariaat RSKV, Stationsplein 3, Turfhaven"),
        ("E-mail:", "info@rskv.example"),
        ("Werkplan online:", "https://www.rskv.example/werkplan"),
    ], D2_H - 110)
    c.showPage()
    assert n == D2_N
    c.save()
    return out


# =====================================================================================
# 3. Spanish work lines LT1-LT3, 4:3, Rockwell titles in text boxes / Book Antiqua body
# =====================================================================================

D3_HEAD, D3_BODY = "Rockwell", "Book Antiqua"
D3_RED, D3_INK, D3_GREY = "A23B2A", "222222", "777777"
D3_N = 8


def _d3_slide(prs, n, heading, *, rule=True):
    """Blank layout; the title is a plain text box, not a placeholder."""
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    text_box(s, 0.5, 0.35, 9.0, 0.95, [P(heading, bold=True)], font=D3_HEAD, size=24, color=D3_RED,
             name="Título", anchor=MSO_ANCHOR.BOTTOM)
    if rule:
        rect(s, 0.5, 1.35, 9.0, 0.05, D3_RED)
    text_box(s, 0.5, 7.0, 6.0, 0.3, [P("REMSA · Plan de trabajo 2026")], font=D3_BODY, size=9, color=D3_GREY,
             name="Pie")
    text_box(s, 8.3, 7.0, 1.2, 0.3, [P(f"{n}/{D3_N}", align=PP_ALIGN.RIGHT)], font=D3_BODY, size=9,
             color=D3_GREY, name="Número")
    return s


def _d3_facts(s, facts, *, y=1.6, h=5.2, size=18):
    return text_box(s, 0.6, y, 8.8, h, [P(v, label=k) for k, v in facts], font=D3_BODY, size=size,
                    color=D3_INK, label_color=D3_RED, space_before=9)


def build_spanish() -> Path:
    prs = new_deck(STANDARD, title="Plan de trabajo REMSA 2026", author="Secretaría REMSA",
                   created=datetime(2025, 12, 1, 10, 0), modified=datetime(2025, 12, 9, 13, 15))
    n = 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_SLIDE])
    rect(s, 0, 5.9, 10.0, 1.6, D3_RED)
    title(s, "Plan de trabajo REMSA 2026", font=D3_HEAD, size=38, color=D3_RED, box=(0.7, 1.8, 8.6, 1.4))
    sub = place(s.placeholders[1], 0.7, 3.3, 8.6, 1.8)
    fill(sub.text_frame, [
        P("Red de Municipios Sostenibles del Altiplano", size=22, color=D3_INK),
        P("Aprobado por la Junta Directiva el 4 de diciembre de 2025", size=15, color=D3_GREY),
    ], font=D3_BODY, size=18)
    notes(s, "Versión para la Asamblea. La Junta se reunirá de nuevo el 19 de febrero de 2026.")

    n += 1
    s = _d3_slide(prs, n, "Índice")
    text_box(s, 0.8, 1.7, 8.4, 4.8, [
        P("1.  LT1 – Reutilización de aguas grises en edificios municipales"),
        P("2.  LT2 – Observatorio de la sequía del Altiplano"),
        P("3.  LT3 – Compra conjunta de alumbrado público eficiente"),
        P("4.  Próximos pasos"),
        P("5.  Anexo: glosario"),
    ], font=D3_BODY, size=20, color=D3_INK, space_before=12)

    n += 1
    s = _d3_slide(prs, n, "LT1 – Reutilización de aguas grises en edificios municipales")
    _d3_facts(s, [
        ("Responsable: ", "Dra. Lucía Ferrán Ortega (UPVO)"),
        ("Secretaría: ", "REMSA"),
        ("Calendario: ", "enero – octubre 2026"),
        ("Entrega prevista: ", "finales de 2026"),
        ("Estado: ", "en curso"),
        ("Reuniones: ", "sin reuniones previstas"),
        ("Objetivo: ", "Una guía técnica y dos instalaciones piloto para reutilizar en las cisternas el agua "
                       "de lavabos y duchas de polideportivos municipales."),
    ])
    notes(s, "La visita a la instalación piloto de Villaseca está prevista para el 22 de abril de 2026.")

    n += 1
    s = _d3_slide(prs, n, "LT2 – Observatorio de la sequía del Altiplano (1/2)")
    _d3_facts(s, [
        ("Responsable: ", "Sr. Martín Echeverri Gil (Ayuntamiento de Villaseca) y Dña. Rocío Baeza, CRAS"),
        ("Calendario: ", "2026–2027"),
        ("Objetivo: ", "Un observatorio común que publique cada mes los indicadores de sequía de los "
                       "municipios de la red, con alertas tempranas para los servicios de agua y los regantes."),
    ])

    n += 1
    s = _d3_slide(prs, n, "LT2 – Observatorio de la sequía del Altiplano (2/2)")
    _d3_facts(s, [
        ("Entrega prevista: ", "segundo semestre de 2027"),
        ("Estado: ", "planificado"),
        ("Reuniones: ", "12 de marzo de 2026, 9 de junio de 2026"),
        ("Web: ", "https://www.remsa.example/observatorio"),
    ])
    text_box(s, 0.6, 4.6, 8.8, 1.5, [
        P("Indicadores previstos: precipitación acumulada, reservas en embalses y acuíferos, consumo urbano "
          "por habitante.", italic=True),
    ], font=D3_BODY, size=15, color=D3_GREY)
    notes(s, "Si se retrasa la financiación, la primera publicación pasaría a enero de 2028.")

    n += 1
    s = _d3_slide(prs, n, "LT3 – Compra conjunta de alumbrado público eficiente")
    _d3_facts(s, [
        ("Responsable: ", "Ing. Tomás Aldecoa (DPSA)"),
        ("Calendario: ", "T1–T3 2026"),
        ("Entrega prevista: ", "mediados de 2026"),
        ("Estado: ", "en curso"),
        ("Reuniones: ", "trimestrales a partir de enero de 2026"),
        ("Objetivo: ", "Un pliego común y una licitación conjunta para sustituir 9.000 luminarias por LED."),
    ])

    n += 1
    s = _d3_slide(prs, n, "Próximos pasos")
    text_box(s, 0.6, 1.6, 8.8, 5.0, [
        P("Presentar los avances de LT1 y LT2 en la Asamblea General (15 de octubre de 2026)", bullet="•"),
        P("Publicar la licitación conjunta de LT3 en septiembre de 2026", bullet="•"),
        P("Incorporar dos nuevos municipios a la red antes de julio de 2026", bullet="•"),
        P("Revisión del plan de trabajo: enero de 2027", bullet="•"),
        P("secretaria@remsa.example", label="Contacto: ", space_before=24),
    ], font=D3_BODY, size=18, color=D3_INK, label_color=D3_RED, space_before=10, indent=0.3,
        bullet_color=D3_RED)

    n += 1
    s = _d3_slide(prs, n, "Anexo: glosario")
    table(s, 0.6, 1.7, [
        ["Sigla", "Significado"],
        ["CRAS", "Comunidad de Regantes del Alto Segral"],
        ["DPSA", "Diputación Provincial de Sierra Alta"],
        ["LT", "Línea de trabajo"],
        ["REMSA", "Red de Municipios Sostenibles del Altiplano"],
        ["T1 … T4", "Trimestres del año"],
        ["UPVO", "Universidad Politécnica de Valdeoro"],
    ], [1.8, 7.0], font=D3_BODY, size=15, color=D3_INK, header_fill=D3_RED, band="F6E9E6", row_height=0.5)
    assert n == D3_N
    return save(prs, OUT / "remsa-plan-de-trabajo-2026.pptx")


# =====================================================================================
# 4. Swimlane roadmap, 16:9, Franklin Gothic; item boxes on a quarter axis + two detail slides
# =====================================================================================

D4_FONT, D4_HEAD = "Franklin Gothic Book", "Franklin Gothic Demi"
D4_GREEN, D4_INK, D4_GREY = "1E6B52", "1F1F1F", "6F6F6F"
D4_N = 5
# timeline geometry (inches): quarter q (0..3) spans D4_X0 + q*D4_QW .. D4_X0 + (q+1)*D4_QW
D4_X0, D4_QW, D4_TOP, D4_BOTTOM = 2.75, 2.5, 1.3, 6.75
D4_QUARTERS = ["Q1 2026", "Q2 2026", "Q3 2026", "Q4 2026"]
# lanes: label, top, height, box colour
D4_LANES = [
    ("Generation", 1.85, 1.35, "CFE8DC"),
    ("Homes & retrofit", 3.3, 2.05, "FBE3C8"),
    ("Community", 5.45, 1.3, "DCE3F4"),
]
# boxes in the order they were drawn: lane, row in lane, start and end in quarter units, title, lead
D4_BOXES = [
    (0, 0, 0.06, 1.93, "Solar on the sports hall roof", "Priya Anand"),
    (0, 0, 2.45, 3.9, "River turbine feasibility study", "Tomasz Wren"),
    (1, 0, 0.04, 3.96, "Warm Homes advice visits", "Ada Kiplagat and Rhys Morgan-Tate"),
    (1, 1, 1.3, 2.72, "Heat pump group purchase", "Lena Abernethy-Cho"),
    (2, 0, 2.06, 3.5, "Energy champions training", "Daniel Osei-Bonsu"),
    (2, 0, 1.07, 1.93, "Share offer 2026", "Martha Quayle"),
]


def _d4_footer(slide, n):
    text_box(slide, 0.5, 7.02, 9.0, 0.3, [P("Ashgrove Valley Community Energy · status at 1 February 2026")],
             font=D4_FONT, size=10, color=D4_GREY, name="Footer")
    slide_number(slide, 11.4, 7.02, 1.45, 0.3, n, font=D4_FONT, size=10, color=D4_GREY)


def _d4_roadmap(prs, n):
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    text_box(s, 0.5, 0.25, 12.3, 0.7, [P("Roadmap 2026", bold=True)], font=D4_HEAD, size=30, color=D4_GREEN,
             name="Heading")
    # lane bands and labels
    for label, top, height, _ in D4_LANES:
        rect(s, 0.5, top, 12.35, height, "F4F4F2", name=f"Lane {label}")
        text_box(s, 0.6, top, 2.0, height, [P(label, bold=True)], font=D4_FONT, size=16, color=D4_GREEN,
                 name=f"Lane label {label}", anchor=MSO_ANCHOR.MIDDLE)
    # quarter column labels and grid lines
    for q, label in enumerate(D4_QUARTERS):
        text_box(s, D4_X0 + q * D4_QW, D4_TOP, D4_QW, 0.45, [P(label, bold=True, align=PP_ALIGN.CENTER)],
                 font=D4_FONT, size=15, color=D4_INK, name=f"Quarter {q + 1}")
    for q in range(5):
        rect(s, D4_X0 + q * D4_QW - 0.005, D4_TOP + 0.5, 0.01, D4_BOTTOM - D4_TOP - 0.5, "BDBDBD",
             name=f"Grid {q}")
    # item boxes
    for k, (lane, row, start, end, head, lead) in enumerate(D4_BOXES):
        _, top, _, colour = D4_LANES[lane]
        x = D4_X0 + start * D4_QW
        w = (end - start) * D4_QW
        y = top + 0.12 + row * 0.98
        box = s.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Inches(x), Inches(y), Inches(w), Inches(0.85))
        box.name = f"Item {k + 1}"
        box.fill.solid()
        box.fill.fore_color.rgb = rgb(colour)
        box.line.color.rgb = rgb(D4_GREEN)
        box.line.width = Pt(0.75)
        box.shadow.inherit = False
        tf = box.text_frame
        tf.word_wrap = True
        tf.vertical_anchor = MSO_ANCHOR.MIDDLE
        tf.margin_left = tf.margin_right = Inches(0.08)
        fill(tf, [P(head, bold=True, align=PP_ALIGN.LEFT),
                  P(lead, label="Lead: ", align=PP_ALIGN.LEFT)],
             font=D4_FONT, size=12, color=D4_INK)
    text_box(s, 0.5, 6.75, 12.3, 0.3, [
        P("Each box shows when the project is active. Details of two projects on the next slides.", italic=True),
    ], font=D4_FONT, size=11, color=D4_GREY)
    notes(s, "The river turbine study may slip into Q1 2027 if the abstraction licence is late. "
             "The share offer could open as early as March 2026.")
    _d4_footer(s, n)
    return s


def _d4_detail(prs, n, heading, facts, note):
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    rect(s, 0, 0, 13.333, 0.1, D4_GREEN)
    title(s, heading, font=D4_HEAD, size=30, color=D4_GREEN, box=(0.5, 0.3, 12.3, 0.9), align=PP_ALIGN.LEFT)
    text_box(s, 0.6, 1.4, 12.0, 5.4, [P(v, label=k) for k, v in facts], font=D4_FONT, size=19, color=D4_INK,
             label_color=D4_GREEN, space_before=9)
    notes(s, note)
    _d4_footer(s, n)
    return s


def build_roadmap() -> Path:
    prs = new_deck(WIDE, title="Community Energy Roadmap 2026", author="AVCE board",
                   created=datetime(2026, 1, 20, 18, 0), modified=datetime(2026, 2, 1, 9, 10))
    n = 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_SLIDE])
    rect(s, 0, 6.6, 13.333, 0.9, D4_GREEN)
    title(s, "Community Energy Roadmap 2026", font=D4_HEAD, size=42, color=D4_GREEN, box=(0.9, 2.0, 11.5, 1.3),
          align=PP_ALIGN.LEFT)
    sub = place(s.placeholders[1], 0.9, 3.4, 11.5, 1.6)
    fill(sub.text_frame, [
        P("Ashgrove Valley Community Energy (AVCE)", size=24, color=D4_INK, align=PP_ALIGN.LEFT),
        P("For the members' meeting, 21 January 2026", size=16, color=D4_GREY, align=PP_ALIGN.LEFT),
    ], font=D4_FONT, size=18)

    n += 1
    _d4_roadmap(prs, n)

    n += 1
    _d4_detail(prs, n, "Solar on the sports hall roof", [
        ("Lead: ", "Priya Anand (Ashgrove Valley Community Energy)"),
        ("Timeline: ", "February – July 2026"),
        ("Target date: ", "July 2026"),
        ("Status: ", "In progress"),
        ("Meetings: ", "10 March 2026, 12 May 2026"),
        ("Scope: ", "A 150 kWp rooftop array on Ashgrove Leisure Centre, with the electricity sold to the centre "
                    "at a discount."),
    ], "Roofer's survey on 3 February 2026. Grid offer valid until 30 April 2026.")

    n += 1
    _d4_detail(prs, n, "Warm Homes advice visits", [
        ("Lead: ", "Ada Kiplagat, AVCE"),
        ("Co-lead: ", "Rhys Morgan-Tate, Fernhill Housing Trust"),
        ("Timeline: ", "January 2026 – March 2027"),
        ("Status: ", "Ongoing"),
        ("Meetings: ", "monthly from January 2026"),
        ("Scope: ", "Free home energy visits for 400 households, with small measures fitted on the day and "
                    "referrals to grant schemes."),
    ], "Funding for the 2027 visits is confirmed only up to 31 March 2027; an extension bid goes in "
       "September 2026.")

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    rect(s, 0, 0, 13.333, 0.1, D4_GREEN)
    text_box(s, 0.5, 0.3, 12.3, 0.9, [P("Governance and contact", bold=True)], font=D4_HEAD, size=30,
             color=D4_GREEN, name="Heading")
    text_box(s, 0.6, 1.4, 12.0, 5.4, [
        P("Elspeth Garrow-Lind", label="Chair of the board: "),
        P("March, June, September and December 2026", label="Board meetings: "),
        P("21 November 2026", label="Annual general meeting: "),
        P("hello@avce.example", label="Contact: "),
        P("https://www.avce.example/roadmap", label="Roadmap online: "),
    ], font=D4_FONT, size=20, color=D4_INK, label_color=D4_GREEN, space_before=10)
    _d4_footer(s, n)
    assert n == D4_N
    return save(prs, OUT / "avce-community-energy-roadmap-2026.pptx")


# =====================================================================================
# 5. Owners as initials with a "Who's who" key, status symbols; 16:9, Lucida Sans
# =====================================================================================

D5_FONT = "Lucida Sans"
D5_PLUM, D5_INK, D5_GREY, D5_GOLD = "4B2E83", "202020", "707070", "C9A227"
D5_N = 8

D5_ITEMS = [
    ("Publish spending data every month", [
        ("Owner: ", "HB, OA"),
        ("Target: ", "end Q2 2026"),
        ("Status: ", "▶ started"),
        ("Goal: ", "All spending over £250 published as open data within 30 days of the month end."),
    ], "HB to check the redaction rules with Legal before the first release."),
    ("Open data portal migration", [
        ("Owner: ", "RM"),
        ("Target: ", "end Q4 2026"),
        ("Status: ", "○ not started"),
        ("Meetings: ", "10 March 2026, 16 June 2026"),
        ("Goal: ", "Move the 140 datasets to the new portal and switch the old site off."),
    ], "RM is on leave in April 2026; the migration may only start in May 2026."),
    ("Street works data feed for navigation apps", [
        ("Owner: ", "LT, Highways Team"),
        ("Target: ", "Q3 2026"),
        ("Status: ", "▶ started"),
        ("Goal: ", "A live feed of road closures and street works in an open standard format."),
    ], None),
    ("Data skills bootcamp for council staff", [
        ("Owner: ", "SV"),
        ("Target: ", "31 January 2026"),
        ("Status: ", "✔ done"),
        ("Goal: ", "Two-day course on spreadsheets, data quality and publishing; 60 staff trained."),
    ], "Second cohort pencilled in for October 2026 if the budget allows."),
    ("Library open data café", [
        ("Owner: ", "GF, KP"),
        ("Target: ", "TBC"),
        ("Status: ", "○ not started"),
        ("Goal: ", "Monthly drop-in sessions where residents explore council data with library staff."),
    ], None),
]

D5_KEY = [
    ("GF", "Gwen Farrow"),
    ("HB", "Hamish Brodie-Kerr, Ravensholt City Council"),
    ("KP", "Kiran Petrosyan (Ravensholt Libraries)"),
    ("LT", "Lotte Tammisto, Northfield University"),
    ("OA", "Olamide Fashola-Reed, Civic Data Studio"),
    ("RM", "Rafael Moncada-Ruiz, Civic Data Studio"),
    ("SV", "Sunniva Vold, Ravensholt City Council"),
]


def _d5_footer(slide, n):
    text_box(slide, 0.5, 7.0, 8.0, 0.3, [P("Open Data Action Plan 2026 · DRAFT")], font=D5_FONT, size=9,
             color=D5_GREY, name="Footer")
    text_box(slide, 11.8, 7.0, 1.0, 0.3, [P(str(n), align=PP_ALIGN.RIGHT)], font=D5_FONT, size=9,
             color=D5_GREY, name="Page")


def build_initials() -> Path:
    prs = new_deck(WIDE, title="Open Data Action Plan 2026", author="Data & Innovation Unit",
                   created=datetime(2026, 2, 2, 8, 45), modified=datetime(2026, 2, 10, 16, 0))
    n = 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_SLIDE])
    rect(s, 0, 0, 13.333, 0.5, D5_PLUM)
    rect(s, 0, 0.5, 13.333, 0.06, D5_GOLD)
    title(s, "Open Data Action Plan 2026", font=D5_FONT, size=40, color=D5_PLUM, box=(0.9, 2.0, 11.5, 1.3),
          align=PP_ALIGN.LEFT)
    sub = place(s.placeholders[1], 0.9, 3.4, 11.5, 1.8)
    fill(sub.text_frame, [
        P("Ravensholt City Council – Data & Innovation Unit", size=22, color=D5_INK, align=PP_ALIGN.LEFT),
        P("Draft for Cabinet, 17 February 2026", size=16, color=D5_GREY, align=PP_ALIGN.LEFT),
    ], font=D5_FONT, size=18)

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    text_box(s, 0.6, 0.4, 12.0, 0.8, [P("How to read this plan", bold=True)], font=D5_FONT, size=28,
             color=D5_PLUM, name="Heading")
    text_box(s, 0.6, 1.5, 12.0, 5.2, [
        P("Each action has an owner (initials – see Who's who at the end), a target and a status."),
        P("✔ done     ▶ started     ○ not started", label="Status key:  "),
        P("Progress is reported to the Digital Board every quarter; next report 14 April 2026."),
        P("https://data.ravensholt.example", label="All published datasets: "),
    ], font=D5_FONT, size=19, color=D5_INK, label_color=D5_PLUM, space_before=14)
    _d5_footer(s, n)

    for head, facts, note in D5_ITEMS:
        n += 1
        s = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
        rect(s, 0, 0, 13.333, 0.12, D5_PLUM)
        title(s, head, font=D5_FONT, size=30, color=D5_PLUM, box=(0.6, 0.4, 12.1, 1.0), align=PP_ALIGN.LEFT)
        rect(s, 0.6, 1.45, 2.0, 0.05, D5_GOLD)
        text_box(s, 0.6, 1.7, 12.0, 5.0, [P(v, label=k) for k, v in facts], font=D5_FONT, size=20,
                 color=D5_INK, label_color=D5_PLUM, space_before=12)
        if note:
            notes(s, note)
        _d5_footer(s, n)

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    rect(s, 0, 0, 13.333, 0.12, D5_PLUM)
    text_box(s, 0.6, 0.4, 12.0, 0.8, [P("Who's who", bold=True)], font=D5_FONT, size=28, color=D5_PLUM,
             name="Heading")
    text_box(s, 0.6, 1.4, 12.0, 5.0, [P(f"{ini} – {who}") for ini, who in D5_KEY] + [
        P("Questions about this plan: opendata@ravensholt.example", space_before=20, color=D5_GREY),
    ], font=D5_FONT, size=19, color=D5_INK, space_before=6)
    _d5_footer(s, n)
    assert n == D5_N
    return save(prs, OUT / "ravensholt-open-data-action-plan-2026.pptx")
# =====================================================================================
# gold checks (python samples/blind3_build.py --check)
# =====================================================================================

def check_roadmap() -> list[str]:
    """The roadmap gold's drawn timelines, recomputed from the box geometry in the file: the box
    spans quarter q when it reaches into q's column; timeline = first .. last quarter, year 2026."""
    deck = OUT / "avce-community-energy-roadmap-2026.pptx"
    gold = json.loads((GOLD / (deck.name + ".gold.json")).read_text(encoding="utf-8"))
    by_title = {it["title"]: it for it in gold["items"]}
    slide = Presentation(str(deck)).slides[1]
    errs = []
    for sh in slide.shapes:
        if not sh.name.startswith("Item "):
            continue
        head = sh.text_frame.paragraphs[0].text
        x0 = (Emu(sh.left).inches - D4_X0) / D4_QW
        x1 = (Emu(sh.left + sh.width).inches - D4_X0) / D4_QW
        q0, q1 = math.floor(x0), math.ceil(x1) - 1
        drawn = {"text": None, "from": f"2026-{3 * q0 + 1:02d}", "to": f"2026-{3 * q1 + 3:02d}"}
        it = by_title.get(head)
        if it is None:
            errs.append(f"roadmap box {head!r} has no gold item")
        elif it["timeline"]["text"] is None and it["timeline"] != drawn:
            errs.append(f"roadmap box {head!r}: drawn {drawn}, gold {it['timeline']}")
        elif it["timeline"]["text"] is not None:
            print(f"    {head}: drawn {drawn['from']}..{drawn['to']}, written timeline takes precedence "
                  f"({it['timeline']['text']})")
    return errs


def check() -> int:
    return check_set(GOLD, OUT, ("roadmap geometry", check_roadmap))


def main(argv) -> int:
    if "--check" in argv:
        return check()
    OUT.mkdir(parents=True, exist_ok=True)
    for build in (build_french_table, build_dutch_pdf, build_spanish, build_roadmap, build_initials):
        print(build().relative_to(HERE.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
