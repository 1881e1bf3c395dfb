#!/usr/bin/env python3
"""Second blind generalisation set: five decks by fictional organisations, each written from a
one-line description of an authoring habit (never from the extractor's behaviour or output),
with a hand-written gold file in ``samples/blind2/gold/``.

    python samples/blind2_build.py            # writes samples/blind2/decks/*
    python samples/blind2_build.py --check    # checks samples/blind2/gold/* against the decks

1. orrinford-transformation-portfolio-2025-2026.pptx   status dashboard (Phase / Health / Go-live)
2. rcac-piano-d-azione-2025.pptx                       Italian labels, GdL table, Italian dates
3. secap-clean-air-action-plan-2025-2026.pdf           numbered headings, bold labels without colons
4. thornleigh-vale-tenant-services-plan-fy2025-26.pptx  plan on a page (3x2 boxes), FY period
5. ardenvale-sustainable-procurement-course-2025.pptx  training syllabus, not a plan

All organisations, people, addresses and projects are fictional. This script is
self-contained (python-pptx and reportlab only; pdfplumber for ``--check``). PPTX files get
fixed core properties and fixed zip timestamps, the PDF is written with reportlab's
``invariant=1``, so the same script gives the same bytes.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Inches

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_kit import (
    BLANK,
    STANDARD,
    TITLE_AND_CONTENT,
    TITLE_ONLY,
    TITLE_SLIDE,
    WIDE,
    P,
    R,
    check_set,
    fill,
    new_deck,
    notes,
    place,
    rect,
    slide_number,
    table,
    text_box,
    title,
)
from blind_kit import save as kit_save

HERE = Path(__file__).resolve().parent
ROOT = HERE / "blind2"
OUT = ROOT / "decks"
GOLD = ROOT / "gold"

ZIP_TIME = (2025, 1, 1, 0, 0, 0)


def save(prs, path: Path) -> Path:
    """Write a deck with this set's fixed zip timestamps (see blind_kit.save)."""
    return kit_save(prs, path, ZIP_TIME)


# =====================================================================================
# 1. Status dashboard, 16:9, Segoe UI; overview tables per programme area, Phase + Health
# =====================================================================================

D1_FONT = "Segoe UI"
D1_NAVY, D1_TEAL, D1_INK, D1_GREY = "1F3A5F", "2A9D8F", "1D1D1D", "6E6E6E"
D1_G, D1_A, D1_R = "2E9E4F", "F0A202", "C8102E"
D1_N = 8
D1_DOT = {"G": D1_G, "A": D1_A, "R": D1_R}

# project, sponsor, phase, start, end, health colour, health words after the dot (None = no dot)
D1_DIGITAL = [
    ("Customer Portal Replacement", "Nadia Oyelowo-Fenn", "Delivery", "Apr 2025", "Jun 2026", "R", "● Red"),
    ("Telephony Migration to Cloud", "Gareth Penhallow", "Delivery", "Jan 2025", "Dec 2025", "G", "●"),
    ("Digital Skills for Staff", "Nadia Oyelowo-Fenn", "Initiation", "Jul 2025", "Mar 2026", "A", "●"),
    ("Council Tax Online Forms", "Priti Ramaswamy", "Closed", "Oct 2024", "Mar 2025", "G", "Green"),
    ("Data Warehouse Refresh", "Gareth Penhallow", "Initiation", "Sep 2025", "Aug 2026", "A", "● Amber"),
]
D1_ESTATES = [
    ("Depot Consolidation", "Owen Castellanos", "Closed", "Feb 2024", "Apr 2025", "G", "●"),
    ("Civic Centre Solar Canopy", "Harriet Mbeki-Lowe", "Delivery", "May 2025", "Feb 2026", "A", "Amber"),
    ("Leisure Centre Heat Decarbonisation", "Harriet Mbeki-Lowe", "Delivery", "Nov 2024", "Oct 2026", "G", "●"),
    ("Community Hub Lease Review", "Owen Castellanos", "Initiation", "Aug 2025", "Jan 2026", "R", "●"),
]


def _d1_footer(slide, n):
    text_box(slide, 0.5, 7.0, 8.0, 0.3, [P("Portfolio Management Office  ·  OFFICIAL")], font=D1_FONT, size=9,
             color=D1_GREY, name="Footer")
    text_box(slide, 11.3, 7.0, 1.5, 0.3, [P(f"{n} / {D1_N}", align=PP_ALIGN.RIGHT)], font=D1_FONT, size=9,
             color=D1_GREY, name="Page")


def _d1_health(code, words):
    """Health cell: a coloured ● (and/or words). Words 'Green/Amber/Red' without a dot stay black."""
    if words.startswith("●"):
        rest = words[1:]
        runs = [R("●", color=D1_DOT[code], size=16)]
        if rest:
            runs.append(R(rest))
        return [P(runs=runs, align=PP_ALIGN.CENTER)]
    return [P(words, align=PP_ALIGN.CENTER)]


def _d1_overview(prs, n, heading, director, rows, note=None):
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    rect(s, 0, 0, 13.333, 0.12, D1_TEAL)
    text_box(s, 0.5, 0.3, 8.0, 0.35, [P("PROGRAMME OVERVIEW", bold=True)], font=D1_FONT, size=11,
             color=D1_TEAL, name="Kicker")
    text_box(s, 0.5, 0.62, 12.3, 0.75, [P(heading, bold=True)], font=D1_FONT, size=30, color=D1_NAVY,
             name="Heading")
    text_box(s, 0.5, 1.38, 12.3, 0.45, [P(director, label="Programme director: ")], font=D1_FONT, size=15,
             color=D1_INK, label_color=D1_NAVY)
    head = ["Project", "Sponsor", "Phase", "Start", "End", "Health"]
    body = [[p, sp, ph, st, en, _d1_health(code, words)] for p, sp, ph, st, en, code, words in rows]
    table(s, 0.5, 2.0, [head, *body], [4.0, 2.7, 1.5, 1.35, 1.35, 1.4], font=D1_FONT, size=14, color=D1_INK,
          header_fill=D1_NAVY, band="EEF3F8", row_height=0.52)
    if note:
        notes(s, note)
    _d1_footer(s, n)
    return s


def _d1_detail(prs, n, kicker, heading, facts, milestones, health, note):
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    rect(s, 0, 0, 13.333, 0.12, D1_TEAL)
    text_box(s, 0.5, 0.3, 8.0, 0.35, [P(kicker, bold=True)], font=D1_FONT, size=11, color=D1_TEAL,
             name="Kicker")
    title(s, heading, font=D1_FONT, size=30, color=D1_NAVY, box=(0.5, 0.62, 12.3, 0.8), align=PP_ALIGN.LEFT)
    paras = [P(v, label=k) for k, v in facts]
    paras.append(P("", label="Milestones:"))
    for m in milestones:
        if ": " in m:
            lab, val = m.split(": ", 1)
            paras.append(P(val, label=lab + ": ", level=1, bullet="–"))
        else:
            paras.append(P(m, level=1, bullet="–"))
    text_box(s, 0.5, 1.6, 7.9, 5.2, paras, font=D1_FONT, size=17, color=D1_INK, label_color=D1_NAVY,
             space_before=7, indent=0.3)
    panel = rect(s, 8.8, 1.7, 4.0, 3.2, "F4F6F8", line="D0D7DE", name="Health panel")
    code, words, why = health
    tf = panel.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = MSO_ANCHOR.TOP
    tf.margin_left = tf.margin_right = Inches(0.2)
    runs = [R("●", color=D1_DOT[code], size=28)] + ([R(" " + words, bold=True)] if words else [])
    fill(tf, [P("Health", bold=True, color=D1_NAVY, size=14), P(runs=runs), P(why, size=13)],
         font=D1_FONT, size=18, color=D1_INK, space_before=6)
    notes(s, note)
    _d1_footer(s, n)
    return s


def build_dashboard() -> Path:
    prs = new_deck(WIDE, title="Transformation Portfolio 2025–2026", author="Portfolio Management Office",
                   created=datetime(2025, 5, 28, 9, 0), modified=datetime(2025, 6, 3, 16, 20))
    n = 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_SLIDE])
    rect(s, 0, 0, 0.45, 7.5, D1_NAVY)
    title(s, "Transformation Portfolio 2025–2026", font=D1_FONT, size=40, color=D1_NAVY,
          box=(1.0, 2.0, 11.5, 1.3), align=PP_ALIGN.LEFT)
    sub = place(s.placeholders[1], 1.0, 3.4, 11.5, 2.0)
    fill(sub.text_frame, [
        P("Orrinford District Council", size=24, bold=True, color=D1_TEAL, align=PP_ALIGN.LEFT),
        P("Portfolio status dashboard · position at 30 May 2025", size=18, color=D1_INK, align=PP_ALIGN.LEFT),
        P("Portfolio Board, 11 June 2025", size=16, color=D1_GREY, align=PP_ALIGN.LEFT),
    ], font=D1_FONT, size=18)
    notes(s, "Dashboard is refreshed monthly. The July 2025 edition will add the housing programme.")

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    rect(s, 0, 0, 13.333, 0.12, D1_TEAL)
    title(s, "Executive summary", font=D1_FONT, size=30, color=D1_NAVY, box=(0.5, 0.4, 12.3, 0.9),
          align=PP_ALIGN.LEFT)
    text_box(s, 0.6, 1.5, 12.0, 5.2, [
        P("Nine projects in two programmes: four in delivery, three in initiation, two closed", bullet="•"),
        P("Customer Portal Replacement is rated Red: supplier mobilisation is six weeks late", bullet="•"),
        P("Depot Consolidation closed in April 2025; benefits handed to Fleet Services", bullet="•"),
        P("Board decision needed: approve the revised portal go-live date", bullet="•"),
        P("Next full portfolio review: 10 September 2025", bullet="•"),
    ], font=D1_FONT, size=20, color=D1_INK, space_before=12, indent=0.35, bullet_color=D1_TEAL)
    notes(s, "Mention the internal audit of project assurance, report due October 2025.")
    _d1_footer(s, n)

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    rect(s, 0, 0, 13.333, 0.12, D1_TEAL)
    text_box(s, 0.5, 0.4, 12.3, 0.8, [P("How to read this dashboard", bold=True)], font=D1_FONT, size=30,
             color=D1_NAVY, name="Heading")
    text_box(s, 0.6, 1.5, 12.0, 5.3, [
        P(runs=[R("●", color=D1_G, size=24), R("  Green – on track for time, cost and scope")]),
        P(runs=[R("●", color=D1_A, size=24), R("  Amber – at risk; recovery actions agreed")]),
        P(runs=[R("●", color=D1_R, size=24), R("  Red – off track; escalated to the Portfolio Board")]),
        P("Health is the project manager's own monthly rating.", space_before=18),
        P("Phase shows where a project is in its life cycle: Initiation, Delivery or Closed."),
        P("Start and End are the month the project started and its planned month of closure."),
        P("Portfolio office: pmo@orrinford.example"),
    ], font=D1_FONT, size=19, color=D1_INK, space_before=8)
    _d1_footer(s, n)

    n += 1
    _d1_overview(prs, n, "Digital Services Programme", "Nadia Oyelowo-Fenn (Digital & Customer Directorate)",
                 D1_DIGITAL, "Telephony end date may move to January 2026 if the contract extension is agreed.")
    n += 1
    _d1_overview(prs, n, "Estates and Assets Programme", "Harriet Mbeki-Lowe (Estates & Property Services)",
                 D1_ESTATES)

    n += 1
    _d1_detail(prs, n, "DIGITAL SERVICES PROGRAMME · PROJECT DETAIL", "Customer Portal Replacement", [
        ("Sponsor: ", "Nadia Oyelowo-Fenn (Digital & Customer Directorate)"),
        ("Project manager: ", "Callum Ferreira-Shaw, Quillfield Digital Ltd"),
        ("Phase: ", "Delivery"),
        ("Budget: ", "£1.4m capital, £120k a year revenue"),
    ], [
        "Supplier mobilised – June 2025",
        "Pilot with 200 tenants – November 2025",
        "Go-live: February 2026",
        "Legacy portal switched off – May 2026",
    ], ("R", "Red", "Supplier mobilisation six weeks late; recovery plan due at the June Board."),
        "Supplier says go-live could slip to April 2026. Not agreed yet – keep February on the slide.")

    n += 1
    _d1_detail(prs, n, "ESTATES AND ASSETS PROGRAMME · PROJECT DETAIL", "Civic Centre Solar Canopy", [
        ("Sponsor: ", "Harriet Mbeki-Lowe, Estates & Property Services"),
        ("Project manager: ", "Idris Vaughan-Price, Sunmere Energy Consultants"),
        ("Phase: ", "Delivery"),
        ("Budget: ", "£860k, 40% from the Low Carbon Estates Fund"),
    ], [
        "Planning consent – July 2025",
        "Installation complete – December 2025",
        "Go-live: January 2026",
        "Handover to facilities management – February 2026",
    ], ("A", "Amber", "Grid connection date not yet confirmed by the network operator."),
        "Network operator meeting on 19 June 2025 should confirm the connection slot.")

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    rect(s, 0, 0, 13.333, 0.12, D1_TEAL)
    title(s, "Risks and issues", font=D1_FONT, size=30, color=D1_NAVY, box=(0.5, 0.4, 12.3, 0.9),
          align=PP_ALIGN.LEFT)
    table(s, 0.5, 1.5, [
        ["Ref", "Risk or issue", "Project", "Owner", "Rating", "Next review"],
        ["R1", "Supplier cannot staff the portal build team", "Customer Portal Replacement",
         "Callum Ferreira-Shaw", "High", "30 June 2025"],
        ["R2", "Grid connection slot not confirmed", "Civic Centre Solar Canopy", "Idris Vaughan-Price",
         "Medium", "July 2025"],
        ["I1", "Old telephony contract ends in December 2025", "Telephony Migration to Cloud",
         "Gareth Penhallow", "Medium", "Monthly"],
        ["R3", "Staff time for training is not released", "Digital Skills for Staff", "Nadia Oyelowo-Fenn",
         "Low", "September 2025"],
    ], [0.6, 4.0, 3.2, 2.3, 1.0, 1.6], font=D1_FONT, size=13, color=D1_INK, header_fill=D1_NAVY,
        band="EEF3F8", row_height=0.6)
    text_box(s, 0.5, 4.9, 12.3, 0.5, [P("R = risk, I = issue. Extract from the portfolio risk register.",
                                         italic=True)], font=D1_FONT, size=12, color=D1_GREY)
    notes(s, "Full register last reviewed 22 May 2025; next review with internal audit in October 2025.")
    _d1_footer(s, n)
    assert n == D1_N
    return save(prs, OUT / "orrinford-transformation-portfolio-2025-2026.pptx")


# =====================================================================================
# 2. Italian plan, 4:3, Palatino Linotype, title placeholders, real bullets, GdL table
# =====================================================================================

D2_FONT = "Palatino Linotype"
D2_GREEN, D2_INK, D2_GREY = "2F5D3A", "202020", "7A7A7A"
D2_N = 7


def _d2_footer(slide, n):
    text_box(slide, 0.4, 7.05, 6.0, 0.3, [P("RCAC · Piano d'azione 2025")], font=D2_FONT, size=9,
             color=D2_GREY, name="Footer")
    text_box(slide, 7.6, 7.05, 2.0, 0.3, [P(f"Pagina {n} di {D2_N}", align=PP_ALIGN.RIGHT)], font=D2_FONT,
             size=9, color=D2_GREY, name="Page")


def _d2_slide(prs, n, heading, paras, *, size=17, note=None):
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_AND_CONTENT])
    title(s, heading, font=D2_FONT, size=26, color=D2_GREEN, box=(0.4, 0.3, 9.2, 1.0), align=PP_ALIGN.LEFT)
    rect(s, 0.4, 1.32, 9.2, 0.04, D2_GREEN)
    body = place(s.placeholders[1], 0.5, 1.5, 9.0, 5.4)
    fill(body.text_frame, paras, font=D2_FONT, size=size, color=D2_INK, label_color=D2_GREEN, space_before=5)
    if note:
        notes(s, note)
    _d2_footer(s, n)
    return s


def build_italian() -> Path:
    prs = new_deck(STANDARD, title="Piano d'azione RCAC 2025", author="Segreteria tecnica RCAC",
                   created=datetime(2025, 1, 14, 9, 40), modified=datetime(2025, 1, 20, 12, 5))
    n = 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_SLIDE])
    title(s, "Piano d'azione RCAC 2025", font=D2_FONT, size=38, color=D2_GREEN)
    fill(s.placeholders[1].text_frame, [
        P("Rete Città Appenniniche per il Clima (RCAC)", size=22, color=D2_INK),
        P("Approvato dall'Assemblea dei sindaci il 12 dicembre 2024", size=16, color=D2_GREY),
        P("Aggiornato al 20 gennaio 2025", size=16, color=D2_GREY),
    ], font=D2_FONT, size=18)

    n += 1
    _d2_slide(prs, n, "Chi siamo", [
        P("Rete di 23 comuni dell'Appennino centrale impegnati nell'adattamento ai cambiamenti climatici"),
        P("Lucia Fantoni Rizzi, sindaca di Montecalvo Alto", label="Presidente: "),
        P("Ufficio di rete presso il Comune di Roccalta", label="Segreteria tecnica: "),
        P("Assemblea annuale dei sindaci: novembre 2025"),
    ], size=18)

    n += 1
    _d2_slide(prs, n, "Linee guida per il raffrescamento passivo delle scuole", [
        P("Ing. Paolo Santangeli (Comune di Roccalta)", label="Responsabile: "),
        P("Dott.ssa Elena Marchetti Vivaldi, Università di Valtorre", label="Coordinatore: "),
        P("gennaio – ottobre 2025", label="Periodo: "),
        P("entro fine 2025", label="Scadenza: "),
        P("in corso", label="Stato: "),
        P("marzo 2025, giugno 2025", label="Riunioni: "),
        P("RCAC", label="Segreteria: "),
        P("Indicazioni tecniche per ridurre il surriscaldamento estivo delle scuole con interventi passivi "
          "e a basso costo.", label="Obiettivo: "),
    ], note="Il sopralluogo nelle scuole pilota è fissato per il 14 aprile 2025; "
            "seconda visita possibile a settembre 2025.")

    n += 1
    _d2_slide(prs, n, "Inventario delle emissioni dei piccoli comuni", [
        P("Arch. Giulia Ferrante, Unione dei Comuni della Valle del Sorbo", label="Responsabile: "),
        P("luglio 2025 – giugno 2026", label="Periodo: "),
        P("primo semestre 2026", label="Scadenza: "),
        P("previsto", label="Stato: "),
        P("da definire", label="Riunioni: "),
        P("Un metodo comune e semplificato per l'inventario delle emissioni dei comuni sotto i 5.000 "
          "abitanti.", label="Obiettivo: "),
    ])

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    title(s, "Piattaforma comune di dati climatici", font=D2_FONT, size=26, color=D2_GREEN,
          box=(0.4, 0.3, 9.2, 1.0), align=PP_ALIGN.LEFT)
    rect(s, 0.4, 1.32, 9.2, 0.04, D2_GREEN)
    text_box(s, 0.5, 1.45, 9.0, 1.9, [
        P("Stefano Orlandini Bassi (RCAC)", label="Coordinatore: "),
        P("2025", label="Periodo: "),
        P("in corso", label="Stato: "),
        P("trimestrali a partire da febbraio 2025", label="Riunioni: "),
    ], font=D2_FONT, size=16, color=D2_INK, label_color=D2_GREEN, space_before=3)
    table(s, 0.5, 3.35, [
        ["Gruppo", "Tema", "Responsabile", "Scadenza", "Stato"],
        ["GdL1", "Stazioni meteo comunali e qualità dei dati", "Chiara Benedettini (Comune di Pietralba)",
         "metà 2025", "in corso"],
        ["GdL2", "Mappe di rischio per le ondate di calore", "Davide Moroni, Consorzio Geoinformatico Valtorre",
         "primo semestre 2025", "previsto"],
    ], [1.1, 2.7, 2.9, 1.3, 1.0], font=D2_FONT, size=13, color=D2_INK, header_fill=D2_GREEN, row_height=0.7)
    text_box(s, 0.5, 5.6, 9.0, 0.9, [
        P("GdL = Gruppo di lavoro", italic=True, color=D2_GREY),
        P("Riunione congiunta GdL1 e GdL2: maggio 2025 (laboratorio sui dati)"),
    ], font=D2_FONT, size=14, color=D2_INK, space_before=4)
    _d2_footer(s, n)

    n += 1
    _d2_slide(prs, n, "Guida agli acquisti verdi per i piccoli comuni", [
        P("Marta Colasanti (Comune di Pietralba)", label="Responsabile: "),
        P("ottobre 2024 – febbraio 2025", label="Periodo: "),
        P("febbraio 2025", label="Scadenza: "),
        P("completato", label="Stato: "),
        P("nessuna ulteriore riunione prevista", label="Riunioni: "),
        P("https://www.rcac.example/acquisti-verdi", label="Pagina web: "),
    ])

    n += 1
    _d2_slide(prs, n, "Contatti", [
        P("Segreteria tecnica RCAC"),
        P("Piazza del Municipio 4, Roccalta"),
        P("segreteria@rcac.example", label="E-mail: "),
        P("https://www.rcac.example", label="Sito: "),
    ], size=20)
    assert n == D2_N
    return save(prs, OUT / "rcac-piano-d-azione-2025.pptx")


# =====================================================================================
# 3. Numbered headings, bold field names without colons; reportlab PDF, 16:9, Times
# =====================================================================================

D3_W, D3_H = 960, 540
D3_FONT, D3_BOLD, D3_HEAD = "Times-Roman", "Times-Bold", "Helvetica-Bold"
D3_PLUM, D3_INK, D3_GREY = "#5A2A5E", "#1C1C1C", "#707070"
D3_N = 6
D3_SIZE, D3_LEAD = 14, 18

D3_ITEMS = [
    ("1. Anti-idling zones outside primary schools", [
        ("Lead", "Morwenna Tregarthen-Clarke, Selwick City Council"),
        ("When", "Q2 2025 – Q1 2026"),
        ("Status", "In progress"),
        ("Report due", "March 2026"),
        ("Meetings", "May 2025, September 2025"),
        ("Aim", "Cut engine idling at school gates with signage, volunteer patrols and two enforcement days "
                "each term."),
    ]),
    ("2. Low-emission taxi licensing policy", [
        ("Lead", "Portcullis Borough Council"),
        ("When", "2025"),
        ("Status", "Not started"),
        ("Report due", "end of 2025"),
        ("Aim", "A common licensing condition that new taxis and private hire vehicles are zero-emission "
                "capable from 2027."),
    ]),
    ("3. Air quality monitoring network upgrade", [
        ("Co-leads", "Dr Tobiah Marsden (Selwick University) and Ffion Llewellyn-Bray (Selwick Harbour Trust)"),
        ("When", "January – September 2025"),
        ("Status", "Ongoing"),
        ("Report due", "Q4 2025"),
        ("Meetings", "monthly from February 2025"),
        ("Aim", "Replace twelve diffusion-tube sites with real-time sensors and publish the readings as "
                "open data."),
    ]),
    ("4. Clean air campaign for the estuary towns", [
        ("Lead", "Selma Varga-Reid, Selwick Estuary Public Health"),
        ("When", "H2 2025"),
        ("Status", "Planned"),
        ("Meetings", "July 2025 (kick-off)"),
        ("Aim", "A winter campaign on indoor and outdoor air quality aimed at households with young "
                "children."),
    ]),
    ("5. Shore power feasibility study", [
        ("Lead", "Garrick Thorsby, Selwick Harbour Trust"),
        ("When", "2024–2025"),
        ("Status", "Complete"),
        ("Report due", "February 2025"),
        ("Meetings", "No further meetings planned"),
        ("Web", "https://secap.example/shore-power"),
    ]),
    ("6. Wood-burning stove awareness pilot", [
        ("Lead", "Annika Ferreday (SECAP)"),
        ("When", "October 2025 – March 2026"),
        ("Status", "Not started"),
        ("Report due", "mid-2026"),
        ("Aim", "Advice visits and a stove swap offer in two smoke-control areas."),
    ]),
]


def _d3_frame(c, n, heading=None):
    from reportlab.lib.colors import HexColor

    c.setFillColor(HexColor(D3_PLUM))
    c.rect(0, D3_H - 10, D3_W, 10, stroke=0, fill=1)
    if heading:
        c.setFont(D3_HEAD, 24)
        c.drawString(48, D3_H - 52, heading)
    c.setFillColor(HexColor(D3_GREY))
    c.setFont(D3_FONT, 9)
    c.drawString(48, 20, "SECAP Clean Air Action Plan")
    c.drawRightString(D3_W - 48, 20, f"{n}/{D3_N}")


def _d3_item(c, x, y, width, item):
    """Numbered bold heading, then bullet + 'Label value' lines; the label is bold and has no colon.
    Long values wrap under the label's start (hanging after the bullet)."""
    from reportlab.lib.colors import HexColor

    heading, lines = item
    c.setFillColor(HexColor(D3_PLUM))
    c.setFont(D3_BOLD, 19)
    c.drawString(x, y, heading)
    y -= 26
    c.setFillColor(HexColor(D3_INK))
    text_x = x + 16
    for label, value in lines:
        c.circle(x + 5, y + 4, 2.2, stroke=0, fill=1)  # the bullet is drawn, not a glyph
        c.setFont(D3_BOLD, D3_SIZE)
        c.drawString(text_x, y, label)
        lw = c.stringWidth(label + "  ", D3_BOLD, D3_SIZE)
        avail = width - 16 - lw
        words = value.split()
        line, lines_out = "", []
        first = True
        while words:
            cap = avail if first else width - 16
            trial = (line + " " + words[0]).strip()
            if c.stringWidth(trial, D3_FONT, D3_SIZE) <= cap or not line:
                line = trial
                words.pop(0)
            else:
                lines_out.append(line)
                line, first = "", False
        lines_out.append(line)
        c.setFont(D3_FONT, D3_SIZE)
        for k, part in enumerate(lines_out):
            c.drawString(text_x + (lw if k == 0 else 0), y, part)
            y -= D3_LEAD
        y -= 3
    return y


def build_numbered_pdf() -> Path:
    from reportlab.lib.colors import HexColor
    from reportlab.pdfgen import canvas

    out = OUT / "secap-clean-air-action-plan-2025-2026.pdf"
    out.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(out), pagesize=(D3_W, D3_H), invariant=1, pageCompression=1)
    c.setTitle("Clean Air Action Plan 2025–2026")
    c.setAuthor("SECAP coordination team")
    c.setCreator("reportlab")
    c.setProducer("reportlab")

    # page 1: title page
    c.setFillColor(HexColor(D3_PLUM))
    c.rect(0, 0, D3_W, 150, stroke=0, fill=1)
    c.setFont(D3_HEAD, 40)
    c.drawString(72, 340, "Clean Air Action Plan 2025–2026")
    c.setFillColor(HexColor(D3_INK))
    c.setFont(D3_FONT, 22)
    c.drawString(72, 298, "Selwick Estuary Clean Air Partnership (SECAP)")
    c.setFillColor(HexColor("#FFFFFF"))
    c.setFont(D3_FONT, 15)
    c.drawString(72, 80, "Endorsed by the Partnership Board on 9 January 2025")
    c.setFont(D3_FONT, 9)
    c.drawRightString(D3_W - 48, 20, f"1/{D3_N}")
    c.showPage()

    # page 2: overview with a plain numbered list that repeats the titles
    _d3_frame(c, 2, "Overview")
    c.setFillColor(HexColor(D3_INK))
    c.setFont(D3_FONT, 16)
    y = D3_H - 100
    for line in ["SECAP brings together three councils, the harbour trust, the university and the public",
                 "health team. This plan sets out six actions for the next two years:"]:
        c.drawString(60, y, line)
        y -= 22
    y -= 10
    c.setFont(D3_FONT, 15)
    for heading, _ in D3_ITEMS:
        c.drawString(84, y, heading)
        y -= 22
    y -= 10
    c.setFont(D3_FONT, 16)
    c.drawString(60, y, "Each action has a named lead and is reviewed by the Board every quarter.")
    c.showPage()

    # page 3: items 1 and 2, stacked
    _d3_frame(c, 3, "Actions")
    y = _d3_item(c, 60, D3_H - 96, 840, D3_ITEMS[0])
    _d3_item(c, 60, y - 18, 840, D3_ITEMS[1])
    c.showPage()

    # page 4: items 3 and 4 side by side in two columns
    _d3_frame(c, 4, "Actions (continued)")
    _d3_item(c, 60, D3_H - 96, 400, D3_ITEMS[2])
    c.setStrokeColor(HexColor("#D8C8DA"))
    c.setLineWidth(1)
    c.line(D3_W / 2, 56, D3_W / 2, D3_H - 76)
    _d3_item(c, D3_W / 2 + 20, D3_H - 96, 400, D3_ITEMS[3])
    c.showPage()

    # page 5: items 5 and 6, stacked
    _d3_frame(c, 5, "Actions (continued)")
    y = _d3_item(c, 60, D3_H - 96, 840, D3_ITEMS[4])
    _d3_item(c, 60, y - 18, 840, D3_ITEMS[5])
    c.showPage()

    # page 6: governance and contacts, same bold-label-no-colon habit
    _d3_frame(c, 6, "Governance and contacts")
    y = D3_H - 100
    for label, value in [("Chair", "Councillor Branwen Ashdown, Selwick City Council"),
                         ("Board meetings", "March, June, September and December 2025"),
                         ("Email", "cleanair@secap.example"),
                         ("Web", "https://secap.example/clean-air-plan")]:
        c.setFillColor(HexColor(D3_INK))
        c.setFont(D3_BOLD, 16)
        c.drawString(60, y, label)
        c.setFont(D3_FONT, 16)
        c.drawString(60 + c.stringWidth(label + "  ", D3_BOLD, 16), y, value)
        y -= 28
    c.showPage()
    c.save()
    return out


# =====================================================================================
# 4. Plan on a page, 16:9, Century Gothic; six coloured boxes in a 3x2 grid
# =====================================================================================

D4_FONT = "Century Gothic"
D4_INK, D4_GREY, D4_DARK = "222222", "6A6A6A", "3D2C5E"
# (title, lead, by, status, fill colour); reading order = row by row
D4_BOXES = [
    ("Repairs right first time", "Declan Fairhurst (Repairs)", "30 September 2025", "In progress", "DCEAF7"),
    ("Damp and mould reports answered within 10 days", "Property Services", "June 2025", "On track", "E3F1DF"),
    ("Welcome visits for every new tenant", "Shona MacAlister-Reyes, Neighbourhood Team", "end of 2025",
     "Not started", "FCEBD3"),
    ("Online rent account\nfor all tenants", "Digital Team / Income Team", "January 2026", "Delayed", "F6DCE0"),
    ("Refreshed tenant scrutiny panel", "Bethan Ilori (Tenant Involvement)", "31 October 2025", "Planned",
     "E6E0F3"),
    ("Anti-social behaviour case reviews", "Community Safety Team", "March 2026", "In progress", "DDF1F0"),
]
# shapes were drawn column by column, so shape order is 1, 4, 2, 5, 3, 6
D4_SHAPE_ORDER = [0, 3, 1, 4, 2, 5]


def build_plan_on_a_page() -> Path:
    prs = new_deck(WIDE, title="Tenant Services Improvement Plan FY2025/26", author="Thornleigh Vale Housing",
                   created=datetime(2025, 2, 24, 11, 0), modified=datetime(2025, 3, 3, 14, 30))
    n = 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_SLIDE])
    rect(s, 0, 5.6, 13.333, 1.9, D4_DARK)
    title(s, "Tenant Services Improvement Plan", font=D4_FONT, size=40, color=D4_DARK,
          box=(0.9, 1.5, 11.5, 1.3), align=PP_ALIGN.LEFT)
    sub = place(s.placeholders[1], 0.9, 2.9, 11.5, 1.6)
    fill(sub.text_frame, [
        P("FY2025/26", size=28, bold=True, color="7A5CB0", align=PP_ALIGN.LEFT),
        P("Thornleigh Vale Housing Association", size=20, color=D4_INK, align=PP_ALIGN.LEFT),
    ], font=D4_FONT, size=20)
    text_box(s, 0.9, 6.1, 11.5, 0.6, [P("Agreed with the Tenants' Forum")], font=D4_FONT, size=16,
             color="FFFFFF")

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    text_box(s, 0.5, 0.25, 9.0, 0.7, [P("Plan on a page", bold=True)], font=D4_FONT, size=28, color=D4_DARK,
             name="Heading")
    text_box(s, 0.5, 0.9, 12.3, 0.45, [P("Our six commitments to tenants this year")], font=D4_FONT,
             size=15, color=D4_GREY)
    bw, bh, gx, gy, x0, y0 = 3.95, 2.55, 0.25, 0.25, 0.5, 1.45
    for k in D4_SHAPE_ORDER:
        head, lead, by, status, colour = D4_BOXES[k]
        row, col = divmod(k, 3)
        box = rect(s, x0 + col * (bw + gx), y0 + row * (bh + gy), bw, bh, colour, name=f"Box {k + 1}")
        tf = box.text_frame
        tf.word_wrap = True
        tf.vertical_anchor = MSO_ANCHOR.TOP
        tf.margin_left = tf.margin_right = Inches(0.15)
        tf.margin_top = Inches(0.12)
        fill(tf, [
            P(head, bold=True, size=19, color=D4_DARK, align=PP_ALIGN.LEFT),
            P(lead, label="Lead: ", align=PP_ALIGN.LEFT, space_before=8),
            P(by, label="By: ", align=PP_ALIGN.LEFT, space_before=4),
            P(status, label="Status: ", align=PP_ALIGN.LEFT, space_before=4),
        ], font=D4_FONT, size=15, color=D4_INK)
    text_box(s, 0.5, 7.0, 6.0, 0.3, [P("Last updated 3 March 2025")], font=D4_FONT, size=10, color=D4_GREY,
             name="Footer")
    slide_number(s, 11.3, 7.0, 1.5, 0.3, n, font=D4_FONT, size=10, color=D4_GREY)
    notes(s, "Welcome visits depend on the new housing officer starting in May 2025. "
             "Rent account: supplier now says November 2025 at the earliest.")

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    title(s, "How we will measure progress", font=D4_FONT, size=28, color=D4_DARK, box=(0.5, 0.25, 12.3, 0.8),
          align=PP_ALIGN.LEFT)
    table(s, 0.5, 1.3, [
        ["Measure", "Baseline (2024/25)", "Target", "Reported"],
        ["Repairs fixed at the first visit", "78%", "90%", "Quarterly"],
        ["Average days to respond to a damp report", "21", "10", "Monthly"],
        ["Tenants using the online rent account", "0%", "40%", "Quarterly"],
        ["ASB cases reviewed within 5 working days", "64%", "85%", "Quarterly"],
    ], [5.2, 2.4, 1.6, 2.0], font=D4_FONT, size=14, color=D4_INK, header_fill=D4_DARK, band="F1EEF7",
        row_height=0.55)
    text_box(s, 0.5, 4.5, 12.3, 1.2, [
        P("Progress reports to the Board: July 2025, October 2025, January 2026 and April 2026."),
        P("The Tenants' Forum reviews this plan every six months."),
    ], font=D4_FONT, size=15, color=D4_INK, space_before=6)
    text_box(s, 0.5, 7.0, 6.0, 0.3, [P("Last updated 3 March 2025")], font=D4_FONT, size=10, color=D4_GREY,
             name="Footer")
    slide_number(s, 11.3, 7.0, 1.5, 0.3, n, font=D4_FONT, size=10, color=D4_GREY)

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_AND_CONTENT])
    title(s, "Get involved", font=D4_FONT, size=28, color=D4_DARK, box=(0.5, 0.25, 12.3, 0.8),
          align=PP_ALIGN.LEFT)
    body = place(s.placeholders[1], 0.6, 1.3, 12.0, 4.8)
    fill(body.text_frame, [
        P("Join the Tenants' Forum or the scrutiny panel"),
        P("involvement@thornleighvale.example", label="Email: "),
        P("https://www.thornleighvale.example/plan", label="Read the full plan: "),
    ], font=D4_FONT, size=20, color=D4_INK, label_color=D4_DARK, space_before=10)
    notes(s, "Tenant conference pencilled in for 18 October 2025 – not public yet.")
    slide_number(s, 11.3, 7.0, 1.5, 0.3, n, font=D4_FONT, size=10, color=D4_GREY)
    return save(prs, OUT / "thornleigh-vale-tenant-services-plan-fy2025-26.pptx")


# =====================================================================================
# 5. Not a plan: training course syllabus, 16:9, Cambria / Candara, plain text box titles
# =====================================================================================

D5_BODY, D5_HEAD = "Cambria", "Candara"
D5_RUST, D5_INK, D5_GREY = "9C3D1C", "262626", "777777"
D5_N = 7


def _d5_slide(prs, n, heading, *, number=True):
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    text_box(s, 0.6, 0.35, 12.0, 0.8, [P(heading, bold=True)], font=D5_HEAD, size=30, color=D5_RUST,
             name="Title text")
    rect(s, 0.6, 1.15, 12.1, 0.03, D5_RUST)
    if number:
        text_box(s, 12.2, 7.0, 0.7, 0.3, [P(str(n), align=PP_ALIGN.RIGHT)], font=D5_BODY, size=10,
                 color=D5_GREY, name="Number")
    return s


def _d5_module(prs, n, heading, lines, outcomes, note=None):
    s = _d5_slide(prs, n, heading)
    paras = [P(v, label=k) for k, v in lines]
    paras.append(P("By the end of the module participants can:", space_before=14, italic=True))
    paras += [P(o, bullet="▪", level=1) for o in outcomes]
    text_box(s, 0.7, 1.45, 11.9, 5.4, paras, font=D5_BODY, size=18, color=D5_INK, label_color=D5_RUST,
             space_before=6, indent=0.3, bullet_color=D5_RUST)
    if note:
        notes(s, note)
    return s


def build_syllabus() -> Path:
    prs = new_deck(WIDE, title="Sustainable Procurement Foundation Course 2025", author="Ardenvale SPA",
                   created=datetime(2025, 1, 9, 10, 0), modified=datetime(2025, 2, 11, 15, 0))
    n = 1
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    rect(s, 0, 0, 13.333, 2.2, D5_RUST)
    text_box(s, 0.8, 2.6, 11.7, 1.4, [P("Sustainable Procurement Foundation Course 2025", bold=True)],
             font=D5_HEAD, size=38, color=D5_RUST, name="Course title")
    text_box(s, 0.8, 4.1, 11.7, 1.8, [
        P("Course syllabus · spring cohort", size=22),
        P("Ardenvale School of Public Administration", size=18, color=D5_GREY),
        P("Course dates: April – June 2025", size=18, color=D5_GREY),
    ], font=D5_BODY, size=18, color=D5_INK, space_before=4)

    n += 1
    s = _d5_slide(prs, n, "About the course")
    text_box(s, 0.7, 1.45, 11.9, 5.4, [
        P("A blended course for procurement officers in local government: three taught modules, "
          "online study and a final case study."),
        P("Dr Imogen Whitlock-Baines (Ardenvale School of Public Administration)", label="Course director: "),
        P("case-study report, due 20 June 2025", label="Assessment: "),
        P("24 participants", label="Places: "),
        P("certificate on completion; counts towards 18 hours of professional development", label="Award: "),
    ], font=D5_BODY, size=18, color=D5_INK, label_color=D5_RUST, space_before=10)

    n += 1
    _d5_module(prs, n, "Module 1 – Principles of sustainable procurement", [
        ("Lead trainer: ", "Rohan Castellane-Obi (Greenledger Procurement Advisory)"),
        ("Dates: ", "7–8 April 2025"),
        ("Format: ", "in person, Seminar Room 2.14"),
        ("Status: ", "confirmed"),
    ], ["explain the legal basis for environmental criteria in tenders",
        "set proportionate sustainability requirements for a contract"],
        note="Room 2.14 is booked until 30 April 2025 only – check with facilities before the May module.")

    n += 1
    _d5_module(prs, n, "Module 2 – Whole-life costing", [
        ("Lead trainer: ", "Dr Imogen Whitlock-Baines"),
        ("Dates: ", "6 May 2025"),
        ("Format: ", "online, live sessions with recordings"),
        ("Status: ", "confirmed"),
    ], ["compare tenders on whole-life cost rather than purchase price",
        "use the course costing spreadsheet on a real contract"])

    n += 1
    _d5_module(prs, n, "Module 3 – Social value in contracts", [
        ("Lead trainer: ", "Maelle Dufresne-Hart, Ardenvale City Council"),
        ("Dates: ", "2–3 June 2025"),
        ("Format: ", "in person"),
        ("Status: ", "provisional"),
    ], ["write social value criteria that can be measured",
        "manage social value commitments after contract award"],
        note="If the June dates fall through, the fallback is 16–17 June 2025.")

    n += 1
    s = _d5_slide(prs, n, "Timetable")
    table(s, 0.7, 1.5, [
        ["Week", "Date", "Session", "Trainer"],
        ["1", "7 April 2025", "Module 1, day 1", "Rohan Castellane-Obi"],
        ["1", "8 April 2025", "Module 1, day 2", "Rohan Castellane-Obi"],
        ["3", "22 April 2025", "Online tutorial", "Dr Imogen Whitlock-Baines"],
        ["5", "6 May 2025", "Module 2", "Dr Imogen Whitlock-Baines"],
        ["9", "2–3 June 2025", "Module 3", "Maelle Dufresne-Hart"],
        ["11", "20 June 2025", "Case-study report due", "–"],
    ], [1.0, 2.6, 4.4, 3.6], font=D5_BODY, size=15, color=D5_INK, header_fill=D5_RUST, band="F7EEE9",
        row_height=0.55)

    n += 1
    s = _d5_slide(prs, n, "How to enrol")
    text_box(s, 0.7, 1.45, 11.9, 5.4, [
        P("14 March 2025", label="Applications close: "),
        P("your line manager signs the application form", label="Approval: "),
        P("£450 per participant, invoiced to the employing council", label="Fee: "),
        P("courses@ardenvale-spa.example", label="Enquiries: "),
    ], font=D5_BODY, size=18, color=D5_INK, label_color=D5_RUST, space_before=10)
    assert n == D5_N
    return save(prs, OUT / "ardenvale-sustainable-procurement-course-2025.pptx")


# =====================================================================================
# gold checks (python samples/blind2_build.py --check)
# =====================================================================================

def check() -> int:
    return check_set(GOLD, OUT)


def main(argv) -> int:
    if "--check" in argv:
        return check()
    OUT.mkdir(parents=True, exist_ok=True)
    for build in (build_dashboard, build_italian, build_numbered_pdf, build_plan_on_a_page, build_syllabus):
        print(build().relative_to(HERE.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
