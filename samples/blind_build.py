#!/usr/bin/env python3
"""Blind generalisation decks: six decks by fictional organisations, each written from a
one-line description of an authoring habit (not from the extractor's behaviour), with a
hand-written gold file in ``samples/blind/gold/``.

    python samples/blind_build.py            # writes samples/blind/decks/*

1. brackenford-neighbourhoods-action-plan-2025-26.pptx  action log tables, RAG fills, ✔ ▶ ○
2. fenmoor-digital-inclusion-delivery-plan-2026.pptx    Gantt chart (shaded month cells, ◆)
3. kwn-arbeitsplan-2025.pptx                            German labels (Leitung, Zeitraum, ...)
4. rmac-plano-de-acao-2022-2023.pdf                     Portuguese, reportlab, two columns
5. volthaven-deliverables-plan-2024-2026.pptx           EU deliverable list, M-months, acronyms
6. urban-soundscapes-symposium-2025.pptx                conference programme, not a plan

All organisations, people, addresses and projects are fictional. The PPTX files get fixed
core properties and zip timestamps, the PDF is written with reportlab's ``invariant=1``, so
the same script gives the same bytes.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from pptx.enum.text import MSO_ANCHOR, PP_ALIGN  # noqa: E402
from pptx.util import Inches, Pt  # noqa: E402

from samples.decks._kit import (  # noqa: E402
    BLANK,
    STANDARD,
    TITLE_AND_CONTENT,
    TITLE_ONLY,
    TITLE_SLIDE,
    WIDE,
    P,
    fill,
    footer,
    new_deck,
    place,
    rect,
    rgb,
    save,
    table,
    text_box,
    title,
)

OUT = HERE / "blind" / "decks"


def notes(slide, text: str):
    slide.notes_slide.notes_text_frame.text = text


def white_cells(frame):
    """Explicit white fill on every cell, so no table-style banding shows through."""
    tbl = frame.table
    tbl.horz_banding = False
    for row in tbl.rows:
        for cell in row.cells:
            cell.fill.solid()
            cell.fill.fore_color.rgb = rgb("FFFFFF")


def shade(cell, colour: str):
    cell.fill.solid()
    cell.fill.fore_color.rgb = rgb(colour)


def cell_text(cell, text: str, *, font: str, size: float, color: str = "000000", bold=None, align=None):
    fill(cell.text_frame, [P(text, bold=bold, align=align)], font=font, size=size, color=color)


# =====================================================================================
# 1. Action log (city department), 16:9, Arial, title placeholders on every slide
# =====================================================================================

D1_FONT = "Arial"
D1_PURPLE, D1_INK = "5B2C6F", "222222"
D1_RED, D1_AMBER, D1_GREEN = "C0392B", "F5A623", "2E9E4F"
D1_FOOT = "Brackenford City Council  |  Neighbourhoods Action Plan 2025/26"

D1_TABLE1 = [
    ("A1", "Replace 40 town-centre litter bins with solar compacting bins", "Street Cleansing Team",
     "30/06/2025", D1_GREEN, "Complete"),
    ("A2", "Launch a litter-pick kit loan scheme for community groups", "Megan Hollis (Neighbourhood Wardens)",
     "Sept 2025", D1_GREEN, "On track"),
    ("A3", "Plant 1,200 street trees in low-canopy wards", "Parks & Open Spaces", "31/03/2026", D1_AMBER,
     "Delayed"),
    ("A4", "Convert 15 hectares of amenity grass to pollinator verges",
     "Parks & Open Spaces / Highways Maintenance", "Dec 2025", D1_GREEN, "On track"),
    ("A5", "Agree a joint fly-tipping enforcement protocol", "CSP", "Nov 2025", D1_RED, "Not started"),
    ("A6", "Install drinking-water refill points in three parks", "Tomasz Wierzbicki (Parks & Open Spaces)",
     "TBC", D1_AMBER, "Not started"),
]
D1_TABLE2 = [
    ("A7", "Inspect all licensed houses in multiple occupation in Eastgate ward", "Private Sector Housing Team",
     "Sept 2025", "▶"),
    ("A8", "Fit loft insulation in 150 council homes", "Housing Asset Management", "31/03/2026", "▶"),
    ("A9", "Publish a damp and mould reporting guide for tenants", "Ruth Okonjo (Tenant Engagement)",
     "May 2025", "✔"),
    ("A10", "Pilot heat-pump retrofits in 20 council homes", "Dev Malhotra (Housing Asset Management)",
     "Feb 2026", "▶"),
    ("A11", "Set up a private landlords' forum", "Private Sector Housing Team", "Jan 2026", "○"),
    ("A12", "Review the tenancy sustainment service", "Tenancy Support Team", "31/03/2026", "○"),
]


def _d1_chrome(prs, slide, n):
    rect(slide, 0, 0, 13.333, 0.18, D1_PURPLE)
    footer(prs, slide, D1_FOOT, n, font=D1_FONT, size=10, color="6B6B6B", number_format="Page {n}")


def _d1_heading(slide, text):
    title(slide, text, font=D1_FONT, size=26, color=D1_PURPLE, bold=True, box=(0.5, 0.35, 12.3, 0.8),
          align=PP_ALIGN.LEFT)


def build_action_log() -> Path:
    prs = new_deck(WIDE, title="Neighbourhoods Action Plan", author="Neighbourhoods Performance Team",
                   created=datetime(2025, 3, 20, 10, 0), modified=datetime(2025, 10, 6, 15, 45))
    n = 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_SLIDE])
    title(s, "Neighbourhoods Action Plan", font=D1_FONT, size=40, color=D1_PURPLE, bold=True,
          box=(0.8, 2.0, 11.7, 1.2), align=PP_ALIGN.LEFT)
    sub = place(s.placeholders[1], 0.8, 3.3, 11.7, 2.0)
    fill(sub.text_frame, [
        P("April 2025 – March 2026", size=24, color=D1_INK, align=PP_ALIGN.LEFT),
        P("Brackenford City Council", size=18, bold=True, color=D1_PURPLE, align=PP_ALIGN.LEFT),
        P("Neighbourhoods & Environment Directorate", size=18, color="555555", align=PP_ALIGN.LEFT),
    ], font=D1_FONT)
    _d1_chrome(prs, s, n)

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_AND_CONTENT])
    _d1_heading(s, "Summary")
    body = place(s.placeholders[1], 0.6, 1.4, 12.1, 5.2)
    fill(body.text_frame, [
        P("12 actions agreed by the Neighbourhoods Board on 3 April 2025"),
        P("Progress position as at 30 September 2025 (Quarter 2)"),
        P("Most actions are owned by a service team; where a named officer leads, their team is shown "
          "in brackets"),
        P("CSP = Brackenford Community Safety Partnership"),
        P("Actions A7–A12 are copied from the housing tracker and keep its status symbols"),
    ], font=D1_FONT, size=20, color=D1_INK, space_before=10)
    _d1_chrome(prs, s, n)

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    _d1_heading(s, "Action log 2025/26 – Quarter 2 position (1 of 2)")
    head = ["Ref", "Action", "Owner", "Due", "RAG", "Status"]
    rows = [head] + [[r, a, o, d, "", st] for r, a, o, d, _c, st in D1_TABLE1]
    frame = table(s, 0.5, 1.35, 12.3, rows, [0.6, 4.6, 3.4, 1.3, 0.7, 1.5], font=D1_FONT, size=13,
                  header_fill=D1_PURPLE, row_height=0.6, color=D1_INK)
    for i, (*_x, colour, _st) in enumerate(D1_TABLE1, start=1):
        shade(frame.table.cell(i, 4), colour)
    _d1_chrome(prs, s, n)

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    _d1_heading(s, "Action log 2025/26 – Quarter 2 position (2 of 2)")
    text_box(s, 0.5, 1.05, 12.3, 0.4, [P("Housing actions – from the housing tracker", italic=True)],
             font=D1_FONT, size=14, color="555555")
    head = ["Ref", "Action", "Owner", "Due", "Status"]
    rows = [head] + [list(r) for r in D1_TABLE2]
    frame = table(s, 0.5, 1.5, 12.3, rows, [0.6, 5.0, 3.8, 1.4, 1.0], font=D1_FONT, size=13,
                  header_fill=D1_PURPLE, band="F3EEF6", row_height=0.55, color=D1_INK)
    for i in range(1, len(rows)):
        cell = frame.table.cell(i, 4)
        cell.text_frame.paragraphs[0].alignment = PP_ALIGN.CENTER
        for run in cell.text_frame.paragraphs[0].runs:
            run.font.name = "Segoe UI Symbol"
            run.font.size = Pt(16)
    text_box(s, 0.5, 5.55, 12.3, 0.4, [P("Key:   ✔ Complete     ▶ In progress     ○ Not started")],
             font=D1_FONT, size=13, color="555555")
    _d1_chrome(prs, s, n)

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_AND_CONTENT])
    _d1_heading(s, "Governance and reporting")
    body = place(s.placeholders[1], 0.6, 1.4, 12.1, 5.2)
    fill(body.text_frame, [
        P("Plan owner: Director of Neighbourhoods & Environment"),
        P("Quarterly progress reports to the Neighbourhoods Board: July 2025, October 2025, "
          "January 2026, April 2026"),
        P("RAG ratings:"),
        P("Green – on track or complete", level=1),
        P("Amber – at risk, recovery plan in place", level=1),
        P("Red – off track, escalated to the Board", level=1),
        P("Questions about this plan: neighbourhoods.plan@brackenford.example"),
    ], font=D1_FONT, size=20, color=D1_INK, space_before=8)
    _d1_chrome(prs, s, n)

    return save(prs, OUT / "brackenford-neighbourhoods-action-plan-2025-26.pptx")


# =====================================================================================
# 2. Gantt chart, 16:9, Tahoma, titles are plain text boxes (blank layout)
# =====================================================================================

D2_FONT = "Tahoma"
D2_TEAL, D2_LIGHT, D2_INK, D2_GREY = "1D7874", "A8DADC", "1E2D2F", "7A8B8C"
D2_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
# workstream, lead, planning months, delivery months, milestone month (1-based)
D2_ROWS = [
    ("Device lending scheme", "Ines Fairweather (Fenmoor Libraries)", [1, 2], range(3, 11), 4),
    ("Digital skills drop-in sessions", "Kwame Asare", [], [2, 3, 4, 5, 6, 9, 10, 11, 12], None),
    ("Basic digital skills curriculum", "Dr Rosalind Achterberg (Fenmoor College)", [1, 2, 3], range(4, 8), 7),
    ("Social tariff awareness campaign", "Lena Sorensen, Kwame Asare", [], range(5, 10), 10),
    ("Community digital champions network", "Priyanka Rao (Fenmoor Voluntary Action)", [3, 4], range(5, 13), 6),
    ("Digital exclusion survey report", "Marcus Thorne (FDIP)", [6, 7], range(8, 12), 11),
]
D2_N = 6


def _d2_title(slide, text):
    text_box(slide, 0.6, 0.35, 12.0, 0.8, [P(text, bold=True)], font=D2_FONT, size=28, color=D2_TEAL,
             name="Heading")
    rect(slide, 0.6, 1.12, 1.4, 0.06, D2_LIGHT)


def _d2_chrome(prs, slide, n):
    footer(prs, slide, "FDIP Delivery Plan 2026", n, font=D2_FONT, size=9, color=D2_GREY,
           number_format="{n} / " + str(D2_N))


def build_gantt() -> Path:
    prs = new_deck(WIDE, title="Digital Inclusion Delivery Plan 2026", author="R. Fitzgerald",
                   created=datetime(2025, 11, 3, 9, 30), modified=datetime(2025, 12, 1, 11, 0))
    n = 1
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    rect(s, 0, 0, 0.35, 7.5, D2_TEAL)
    text_box(s, 1.0, 1.6, 11.0, 0.6, [P("Fenmoor Digital Inclusion Partnership")], font=D2_FONT, size=20,
             color=D2_GREY)
    text_box(s, 1.0, 2.3, 11.0, 1.2, [P("Digital Inclusion Delivery Plan 2026", bold=True)], font=D2_FONT,
             size=40, color=D2_TEAL, name="Deck title")
    text_box(s, 1.0, 4.2, 11.0, 0.6, [P("Approved by the Partnership Board, 27 November 2025")],
             font=D2_FONT, size=16, color=D2_INK)
    _d2_chrome(prs, s, n)

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    _d2_title(s, "Agenda")
    text_box(s, 0.8, 1.5, 11.5, 4.5, [
        P("1.  Our six workstreams"),
        P("2.  Timeline 2026"),
        P("3.  How to read the timeline"),
        P("4.  Next steps"),
    ], font=D2_FONT, size=22, color=D2_INK, space_before=12)
    _d2_chrome(prs, s, n)

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    _d2_title(s, "Our six workstreams")
    text_box(s, 0.8, 1.5, 11.5, 5.0, [P(ws, bullet="■") for ws, *_ in D2_ROWS], font=D2_FONT, size=22,
             color=D2_INK, bullet_color=D2_TEAL, indent=0.4, space_before=10)
    _d2_chrome(prs, s, n)

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    _d2_title(s, "Timeline 2026")
    n_rows, n_cols = 2 + len(D2_ROWS), 14
    widths = [3.3, 3.1] + [0.5] * 12
    total_w = sum(widths)
    frame = s.shapes.add_table(n_rows, n_cols, Inches(0.4), Inches(1.45), Inches(total_w),
                               Inches(0.55 * n_rows))
    tbl = frame.table
    tbl.first_row = True
    for j, w in enumerate(widths):
        tbl.columns[j].width = Inches(w)
    for i in range(n_rows):
        tbl.rows[i].height = Inches(0.36 if i < 2 else 0.62)
    white_cells(frame)
    for i in range(n_rows):
        for j in range(n_cols):
            c = tbl.cell(i, j)
            c.margin_left = c.margin_right = Inches(0.04)
            c.vertical_anchor = MSO_ANCHOR.MIDDLE
    tbl.cell(0, 0).merge(tbl.cell(1, 0))
    tbl.cell(0, 1).merge(tbl.cell(1, 1))
    cell_text(tbl.cell(0, 0), "Workstream", font=D2_FONT, size=12, color="FFFFFF", bold=True)
    cell_text(tbl.cell(0, 1), "Lead", font=D2_FONT, size=12, color="FFFFFF", bold=True)
    shade(tbl.cell(0, 0), D2_TEAL)
    shade(tbl.cell(0, 1), D2_TEAL)
    for q in range(4):
        first = tbl.cell(0, 2 + 3 * q)
        first.merge(tbl.cell(0, 4 + 3 * q))
        cell_text(first, f"Q{q + 1}", font=D2_FONT, size=11, color="FFFFFF", bold=True, align=PP_ALIGN.CENTER)
        shade(first, D2_TEAL)
    for m, name in enumerate(D2_MONTHS):
        c = tbl.cell(1, 2 + m)
        cell_text(c, name, font=D2_FONT, size=10, color=D2_INK, bold=True, align=PP_ALIGN.CENTER)
        shade(c, "E8F1F1")
    for i, (ws, lead, planning, delivery, milestone) in enumerate(D2_ROWS, start=2):
        cell_text(tbl.cell(i, 0), ws, font=D2_FONT, size=11, color=D2_INK, bold=True)
        cell_text(tbl.cell(i, 1), lead, font=D2_FONT, size=10, color=D2_INK)
        for m in range(1, 13):
            c = tbl.cell(i, 1 + m)
            active = m in planning or m in delivery
            if m in planning:
                shade(c, D2_LIGHT)
            elif m in delivery:
                shade(c, D2_TEAL)
            if m == milestone:
                cell_text(c, "◆", font="Segoe UI Symbol", size=14, color="FFFFFF" if active else D2_TEAL,
                          align=PP_ALIGN.CENTER)
            else:
                c.text_frame.text = ""
    notes(s, "Survey report may slip to December – Marcus to confirm at the June board. "
             "Drop-ins pause over the summer holidays.")
    _d2_chrome(prs, s, n)

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    _d2_title(s, "How to read the timeline")
    y = 1.6
    for colour, label in [(D2_LIGHT, "Planning and procurement"), (D2_TEAL, "Delivery")]:
        rect(s, 0.9, y + 0.08, 0.6, 0.35, colour)
        text_box(s, 1.7, y, 10.0, 0.5, [P(label)], font=D2_FONT, size=20, color=D2_INK)
        y += 0.8
    text_box(s, 0.95, y, 0.6, 0.5, [P("◆")], font="Segoe UI Symbol", size=22, color=D2_TEAL)
    text_box(s, 1.7, y, 10.0, 0.5, [P("Milestone: launch or publication")], font=D2_FONT, size=20,
             color=D2_INK)
    y += 0.8
    text_box(s, 0.9, y, 11.0, 1.2, [
        P("Months without shading: no planned activity for that workstream."),
        P("Lead: the officer accountable for the workstream."),
    ], font=D2_FONT, size=16, color=D2_GREY, space_before=6)
    _d2_chrome(prs, s, n)

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    _d2_title(s, "Next steps")
    text_box(s, 0.8, 1.5, 11.5, 4.5, [
        P("Submit the joint bid to the Fenmoor Community Fund by 31 January 2026", bullet="■"),
        P("Board review of progress in June 2026", bullet="■"),
        P("Publish this plan on the partnership website", bullet="■"),
    ], font=D2_FONT, size=20, color=D2_INK, bullet_color=D2_TEAL, indent=0.4, space_before=10)
    _d2_chrome(prs, s, n)
    assert n == D2_N

    return save(prs, OUT / "fenmoor-digital-inclusion-delivery-plan-2026.pptx")


# =====================================================================================
# 3. German plan, 4:3, Trebuchet MS, title placeholders and real bullets
# =====================================================================================

D3_FONT = "Trebuchet MS"
D3_RED, D3_INK, D3_GREY = "A4262C", "2B2B2B", "808080"
D3_N = 8


def _d3_chrome(prs, slide, n):
    rect(slide, 0.4, 1.25, 9.2, 0.03, D3_RED)
    footer(prs, slide, "KWN · Arbeitsplan 2025", n, font=D3_FONT, size=9, color=D3_GREY,
           number_format="Seite {n} von " + str(D3_N))


def _d3_slide(prs, heading, paras, n, size=17):
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_AND_CONTENT])
    title(s, heading, font=D3_FONT, size=26, color=D3_RED, bold=True, box=(0.4, 0.3, 9.2, 0.9),
          align=PP_ALIGN.LEFT)
    body = place(s.placeholders[1], 0.5, 1.45, 9.0, 5.4)
    fill(body.text_frame, paras, font=D3_FONT, size=size, color=D3_INK, label_color=D3_RED, space_before=5)
    _d3_chrome(prs, s, n)
    return s


def build_german() -> Path:
    prs = new_deck(STANDARD, title="KWN-Arbeitsplan 2025", author="KWN-Geschäftsstelle",
                   created=datetime(2025, 2, 10, 8, 15), modified=datetime(2025, 2, 14, 17, 0))
    n = 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_SLIDE])
    title(s, "KWN-Arbeitsplan 2025", font=D3_FONT, size=38, color=D3_RED, bold=True)
    fill(s.placeholders[1].text_frame, [
        P("Kommunalverbund Wärmewende Nord (KWN)", size=22, color=D3_INK),
        P("Stand: 14. Februar 2025", size=16, color=D3_GREY),
    ], font=D3_FONT)
    footer(prs, s, "KWN · Arbeitsplan 2025", n, font=D3_FONT, size=9, color=D3_GREY,
           number_format="Seite {n} von " + str(D3_N))

    n += 1
    _d3_slide(prs, "Über uns", [
        P("Zusammenschluss von 17 Städten und Gemeinden für die kommunale Wärmeplanung"),
        P("Gegründet im Mai 2022"),
        P("Bürgermeisterin Clara Voss, Stadt Lindholm", label="Vorsitz: "),
        P("KWN-Büro bei der Stadt Lindholm", label="Geschäftsstelle: "),
        P("Mitgliederversammlung: einmal jährlich im November"),
    ], n, size=18)

    n += 1
    _d3_slide(prs, "Inhalt", [
        P("Leitfaden Wärmenetze im Bestand"),
        P("Arbeitsgruppe AG1: Datengrundlagen und Wärmekataster"),
        P("Arbeitsgruppe AG2: Beteiligung und Kommunikation"),
        P("Musterausschreibung Großwärmepumpen"),
        P("Kontakt"),
    ], n, size=20)

    n += 1
    _d3_slide(prs, "Leitfaden Wärmenetze im Bestand", [
        P("Prof. Dr. Henrik Dammann, Fachhochschule Lindholm", label="Leitung: "),
        P("Dr. Marlene Ostrowski, Stadtwerke Lindholm, m.ostrowski@example.org", label="Stellv. Leitung: "),
        P("Januar – Juni 2025", label="Zeitraum: "),
        P("bis Ende Juni 2025", label="Veröffentlichung: "),
        P("laufend", label="Status: "),
        P("März 2025, Juni 2025", label="Sitzungen: "),
        P("Praxisleitfaden für den Aus- und Neubau von Wärmenetzen in bestehenden Wohnquartieren, "
          "mit Beispielen aus drei Mitgliedskommunen.", label="Ziel: "),
    ], n)

    n += 1
    _d3_slide(prs, "Arbeitsgruppe AG1: Datengrundlagen und Wärmekataster", [
        P("Friederike Lange (Kreis Nordmarsch)", label="Leitung: "),
        P("2025", label="Zeitraum: "),
        P("Frühjahr 2025", label="Veröffentlichung: "),
        P("laufend", label="Status: "),
        P("monatlich ab Februar 2025", label="Sitzungen: "),
        P("Einheitliche Datengrundlagen für die Wärmeplanung: Gebäudebestand, Verbräuche und "
          "Potenziale erneuerbarer Wärme in einem gemeinsamen Kataster.", label="Ziel: "),
    ], n)

    n += 1
    _d3_slide(prs, "Arbeitsgruppe AG2: Beteiligung und Kommunikation", [
        P("Jana Petersen (Amt Lindholm-Land) und Ole Brandt (Gemeinde Süderwik)", label="Leitung: "),
        P("Juli – Dezember 2025", label="Zeitraum: "),
        P("geplant", label="Status: "),
        P("Juli 2025 (Auftakt), Oktober 2025", label="Sitzungen: "),
        P("Bausteine für die Information und Beteiligung der Bürgerinnen und Bürger bei der kommunalen "
          "Wärmeplanung.", label="Ziel: "),
    ], n)

    n += 1
    _d3_slide(prs, "Musterausschreibung Großwärmepumpen", [
        P("Thorsten Kühl (KWN)", label="Leitung: "),
        P("Oktober 2024 – Januar 2025", label="Zeitraum: "),
        P("Januar 2025", label="Veröffentlichung: "),
        P("abgeschlossen", label="Status: "),
        P("keine weiteren Sitzungen geplant", label="Sitzungen: "),
        P("Musterunterlagen für die Ausschreibung von Großwärmepumpen bis 5 MW für Stadtwerke und "
          "Kommunen.", label="Ziel: "),
    ], n)

    n += 1
    _d3_slide(prs, "Kontakt", [
        P("KWN-Geschäftsstelle"),
        P("Rathausplatz 1, 24999 Lindholm"),
        P("info@kwn-nord.example", label="E-Mail: "),
        P("https://www.kwn-nord.example/arbeitsplan", label="Web: "),
    ], n, size=20)
    assert n == D3_N

    return save(prs, OUT / "kwn-arbeitsplan-2025.pptx")


# =====================================================================================
# 4. Portuguese plan, PDF drawn with reportlab (real text layer), two items per page
# =====================================================================================

D4_W, D4_H = 960, 540
D4_FONT, D4_BOLD = "Helvetica", "Helvetica-Bold"
D4_BLUE, D4_INK, D4_GREY = "#0E4D64", "#1A1A1A", "#6B6B6B"
D4_N = 5
D4_SIZE, D4_LEAD = 14, 19

D4_LEFT = ("Guia de reutilização de águas residuais tratadas", [
    ("Coordenação:", "Dra. Helena Quaresma (Câmara Municipal de Vila Serrana)"),
    ("Responsável:", "Eng.ª Joana Pimentel, Águas de Porto Alvo"),
    ("Calendário:", "2022-2023"),
    ("Prazo:", "2.º sem. 2022"),
    ("Situação:", "em curso"),
    ("Reuniões:", "março 2022, junho 2022"),
    ("Âmbito:", "Orientações técnicas e regulamentares para a utilização de águas residuais tratadas na "
                "rega de espaços verdes e na lavagem de ruas."),
])
D4_RIGHT = ("Observatório municipal de perdas de água", [
    ("Responsável:", "Rui Tavares, Águas do Planalto, E.M."),
    ("Calendário:", "2022"),
    ("Prazo:", "1.º trim. 2023"),
    ("Situação:", "previsto"),
    ("Reuniões:", "mensais a partir de setembro 2022"),
    ("Âmbito:", "Painel comum de indicadores de água não faturada e perdas reais nas redes de distribuição "
                "dos municípios associados."),
])
D4_LEFT2 = ("Programa de capacitação técnica", [
    ("Coordenação:", "Tiago Ferraz (RMAC)"),
    ("Calendário:", "janeiro – junho 2022"),
    ("Prazo:", "junho 2022"),
    ("Situação:", "concluído"),
    ("Reuniões:", "janeiro-fevereiro 2022"),
    ("Âmbito:", "Cursos de curta duração para técnicos municipais sobre gestão de perdas, reutilização e "
                "eficiência hídrica."),
])
D4_RIGHT2 = ("Candidatura conjunta a fundos europeus", [
    ("Coordenação:", "Rita Valadares (Câmara Municipal de Ribeira Funda)"),
    ("Calendário:", "2023"),
    ("Prazo:", "início de 2023"),
    ("Situação:", "previsto"),
    ("Reuniões:", "a definir"),
    ("Âmbito:", "Preparação de uma candidatura conjunta dos municípios associados para projetos de "
                "reutilização de água."),
])


def _d4_frame(c, n, heading):
    from reportlab.lib.colors import HexColor

    c.setFillColor(HexColor(D4_BLUE))
    c.rect(0, D4_H - 64, D4_W, 64, stroke=0, fill=1)
    c.setFillColor(HexColor("#FFFFFF"))
    c.setFont(D4_BOLD, 24)
    c.drawString(40, D4_H - 42, heading)
    c.setFillColor(HexColor(D4_GREY))
    c.setFont(D4_FONT, 9)
    c.drawString(40, 20, "RMAC · Plano de Ação 2022-2023")
    c.drawRightString(D4_W - 40, 20, f"página {n} de {D4_N}")
    c.setStrokeColor(HexColor("#C9D6DB"))
    c.setLineWidth(0.6)
    c.line(40, 34, D4_W - 40, 34)


def _d4_item(c, x, y, width, item):
    """Item title in bold blue, then label/value lines; long values wrap under the label's start."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.utils import simpleSplit

    heading, lines = item
    c.setFillColor(HexColor(D4_BLUE))
    for part in simpleSplit(heading, D4_BOLD, 18, width):
        c.setFont(D4_BOLD, 18)
        c.drawString(x, y, part)
        y -= 23
    y -= 6
    for label, value in lines:
        c.setFillColor(HexColor(D4_INK))
        c.setFont(D4_BOLD, D4_SIZE)
        c.drawString(x, y, label)
        lw = c.stringWidth(label + " ", D4_BOLD, D4_SIZE)
        first_w = width - lw
        words = value.split()
        first = ""
        while words and c.stringWidth((first + " " + words[0]).strip(), D4_FONT, D4_SIZE) <= first_w:
            first = (first + " " + words.pop(0)).strip()
        c.setFont(D4_FONT, D4_SIZE)
        c.drawString(x + lw, y, first)
        y -= D4_LEAD
        for part in simpleSplit(" ".join(words), D4_FONT, D4_SIZE, width) if words else []:
            c.drawString(x, y, part)
            y -= D4_LEAD
        y -= 6
    return y


def build_portuguese() -> Path:
    from reportlab.lib.colors import HexColor
    from reportlab.pdfgen import canvas

    out = OUT / "rmac-plano-de-acao-2022-2023.pdf"
    c = canvas.Canvas(str(out), pagesize=(D4_W, D4_H), invariant=1, pageCompression=1)
    c.setTitle("Plano de Ação RMAC 2022-2023")
    c.setAuthor("Secretariado técnico da RMAC")
    c.setCreator("reportlab")
    c.setProducer("reportlab")

    # page 1: title page
    c.setFillColor(HexColor(D4_BLUE))
    c.rect(0, 0, 28, D4_H, stroke=0, fill=1)
    c.setFont(D4_BOLD, 38)
    c.drawString(80, 300, "Plano de Ação RMAC 2022-2023")
    c.setFillColor(HexColor(D4_INK))
    c.setFont(D4_FONT, 20)
    c.drawString(80, 258, "Rede de Municípios para a Água Circular")
    c.setFillColor(HexColor(D4_GREY))
    c.setFont(D4_FONT, 14)
    c.drawString(80, 226, "Aprovado em Assembleia Geral, 18 de janeiro de 2022")
    c.setFont(D4_FONT, 9)
    c.drawRightString(D4_W - 40, 20, f"página 1 de {D4_N}")
    c.showPage()

    # page 2: summary
    _d4_frame(c, 2, "Sumário")
    c.setFillColor(HexColor(D4_INK))
    y = 400
    for k, line in enumerate([D4_LEFT[0], D4_RIGHT[0], D4_LEFT2[0], D4_RIGHT2[0], "Contactos"], start=1):
        c.setFont(D4_FONT, 18)
        c.drawString(70, y, f"{k}.  {line}")
        y -= 40
    c.showPage()

    # pages 3 and 4: two items side by side
    for page, (left, right) in [(3, (D4_LEFT, D4_RIGHT)), (4, (D4_LEFT2, D4_RIGHT2))]:
        _d4_frame(c, page, "Ações 2022-2023" if page == 3 else "Ações 2022-2023 (cont.)")
        _d4_item(c, 40, D4_H - 100, 420, left)
        c.setStrokeColor(HexColor("#C9D6DB"))
        c.setLineWidth(1)
        c.line(D4_W / 2, 60, D4_W / 2, D4_H - 84)
        _d4_item(c, D4_W / 2 + 20, D4_H - 100, 420, right)
        c.showPage()

    # page 5: contacts
    _d4_frame(c, 5, "Contactos")
    c.setFillColor(HexColor(D4_INK))
    y = 400
    for label, value in [("", "Secretariado técnico da RMAC"),
                         ("Correio eletrónico:", "secretariado@rmac.example"),
                         ("Sítio:", "https://rmac.example/plano-de-acao")]:
        x = 70
        if label:
            c.setFont(D4_BOLD, 16)
            c.drawString(x, y, label)
            x += c.stringWidth(label + " ", D4_BOLD, 16)
        c.setFont(D4_FONT, 16)
        c.drawString(x, y, value)
        y -= 32
    c.showPage()
    c.save()
    return out


# =====================================================================================
# 5. EU project deliverable list, 16:9, Calibri, "Title Only" placeholders, tables
# =====================================================================================

D5_FONT = "Calibri"
D5_NAVY, D5_GOLD, D5_INK = "143C6E", "F2B705", "1B1B1B"
D5_PARTNERS = [
    ("HVU", "Haldvik University of Applied Sciences", "Norway"),
    ("SAAR", "Saarvik Island Energy Cooperative", "Estonia"),
    ("KORA", "Kora Batteries Oy", "Finland"),
    ("BRISA", "Brisa Grid Analytics S.L.", "Spain"),
    ("TMU", "Tramuntana Municipal Utilities", "Spain"),
]
D5_WPS = [
    ("WP1", "Project management and coordination", "HVU", "M1–M36"),
    ("WP2", "Island grid requirements and pilot sites", "SAAR", "M1–M12"),
    ("WP3", "Battery management and control", "KORA", "M4–M30"),
    ("WP4", "Forecasting and pilot evaluation", "BRISA", "M10–M36"),
    ("WP5", "Dissemination, exploitation and communication", "TMU", "M1–M36"),
]
D5_HEAD = ["No.", "Deliverable", "WP", "Lead beneficiary", "Type", "Dissemination level", "Due (month)"]
D5_DELIVERABLES_1 = [
    ("D1.1", "Project handbook and quality plan", "1", "HVU", "R", "SEN", "M3"),
    ("D1.2", "Data management plan", "1", "HVU", "DMP", "PU", "M6"),
    ("D2.1", "Island grid requirements report", "2", "SAAR", "R", "PU", "M6"),
    ("D2.2", "Pilot site specifications", "2", "TMU", "R", "SEN", "M9"),
    ("D3.1", "Battery management system prototype", "3", "KORA", "DEM", "SEN", "M18"),
]
D5_DELIVERABLES_2 = [
    ("D3.2", "Grid-forming control software", "3", "KORA", "OTHER", "PU", "M24"),
    ("D4.1", "Short-term demand and solar forecasting toolkit", "4", "BRISA", "OTHER", "PU", "M20"),
    ("D4.2", "Final pilot evaluation report", "4", "BRISA", "R", "PU", "M34"),
    ("D5.1", "Dissemination and communication plan", "5", "TMU", "R", "PU", "M4"),
    ("D5.2", "Exploitation and business plan", "5", "TMU", "R", "SEN", "M36"),
]


def _d5_slide(prs, heading, n):
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    title(s, heading, font=D5_FONT, size=30, color=D5_NAVY, bold=True, box=(0.5, 0.3, 12.3, 0.85),
          align=PP_ALIGN.LEFT)
    rect(s, 0.5, 1.15, 12.3, 0.05, D5_GOLD)
    footer(prs, s, "VOLTHAVEN  ·  Deliverables plan 2024–2026", n, font=D5_FONT, size=10, color="5F6B7A",
           field=True)
    return s


def _d5_table(slide, y, rows, widths, size=13, row_height=0.5):
    return table(slide, 0.5, y, 12.3, rows, widths, font=D5_FONT, size=size, header_fill=D5_NAVY,
                 band="EAF0F7", row_height=row_height, color=D5_INK)


def build_eu() -> Path:
    prs = new_deck(WIDE, title="VOLTHAVEN Deliverables Plan 2024–2026", author="VOLTHAVEN Project Office",
                   created=datetime(2024, 2, 5, 10, 0), modified=datetime(2025, 3, 3, 9, 20))
    n = 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_SLIDE])
    rect(s, 0, 5.9, 13.333, 1.6, D5_NAVY)
    title(s, "VOLTHAVEN Deliverables Plan 2024–2026", font=D5_FONT, size=40, color=D5_NAVY, bold=True,
          box=(0.8, 1.3, 11.7, 1.3), align=PP_ALIGN.LEFT)
    sub = place(s.placeholders[1], 0.8, 2.7, 11.7, 2.6)
    fill(sub.text_frame, [
        P("Community battery storage for island grids", size=24, color=D5_INK, align=PP_ALIGN.LEFT),
        P("Project start: 1 January 2024 (M1)  ·  Duration: 36 months", size=18, color="404040",
          align=PP_ALIGN.LEFT),
        P("Coordinator: Haldvik University of Applied Sciences (HVU)", size=18, color="404040",
          align=PP_ALIGN.LEFT),
    ], font=D5_FONT)
    text_box(s, 0.8, 6.3, 11.7, 0.6, [P("General Assembly, 12 March 2025")], font=D5_FONT, size=16,
             color="FFFFFF")

    n += 1
    s = _d5_slide(prs, "Summary", n)
    text_box(s, 0.6, 1.5, 12.0, 4.8, [
        P("5 work packages, 10 deliverables, 5 beneficiaries", bullet="•"),
        P("Due dates are given in project months", bullet="•"),
        P("Each deliverable is submitted by its lead beneficiary", bullet="•"),
        P("Deliverables D1.1, D2.2, D3.1 and D5.2 are sensitive (SEN)", bullet="•"),
    ], font=D5_FONT, size=22, color=D5_INK, indent=0.35, space_before=10)

    n += 1
    s = _d5_slide(prs, "Partners", n)
    _d5_table(s, 1.5, [["Acronym", "Full name", "Country"]] + [list(p) for p in D5_PARTNERS],
              [1.4, 6.0, 2.0], size=16, row_height=0.55)

    n += 1
    s = _d5_slide(prs, "Work packages", n)
    _d5_table(s, 1.5, [["WP", "Title", "Lead beneficiary", "Months"]] + [list(w) for w in D5_WPS],
              [0.9, 6.5, 2.2, 1.6], size=16, row_height=0.55)

    for k, rows in enumerate([D5_DELIVERABLES_1, D5_DELIVERABLES_2], start=1):
        n += 1
        s = _d5_slide(prs, f"Deliverables ({k}/2)", n)
        _d5_table(s, 1.45, [D5_HEAD] + [list(r) for r in rows], [0.8, 4.8, 0.6, 1.7, 0.9, 1.6, 1.3])
        if k == 1:
            notes(s, "KORA says D3.1 might move to M20; to be decided at the GA. Keep M18 until the amendment.")

    n += 1
    s = _d5_slide(prs, "Next steps", n)
    text_box(s, 0.6, 1.5, 12.0, 4.8, [
        P("Finalise D1.2 and D2.1 for submission at the end of M6", bullet="•"),
        P("Pilot design workshops start in M7 (July 2024)", bullet="•"),
        P("Mid-term review meeting with the project officer in M18", bullet="•"),
    ], font=D5_FONT, size=22, color=D5_INK, indent=0.35, space_before=10)

    n += 1
    s = _d5_slide(prs, "Annex – abbreviations", n)
    text_box(s, 0.6, 1.5, 12.0, 4.8, [
        P("M = project month (M1 = January 2024)"),
        P("R = document, report; DEM = demonstrator, pilot, prototype; DMP = data management plan; "
          "OTHER = software, tools"),
        P("PU = public; SEN = sensitive, limited under the conditions of the Grant Agreement"),
        P("WP = work package"),
    ], font=D5_FONT, size=18, color=D5_INK, space_before=10)

    return save(prs, OUT / "volthaven-deliverables-plan-2024-2026.pptx")


# =====================================================================================
# 6. Not a plan: conference programme, 4:3, Georgia, titles in a coloured band
# =====================================================================================

D6_FONT = "Georgia"
D6_PLUM, D6_SAND, D6_INK = "4A1942", "F6EFE6", "2A2A2A"


def _d6_slide(prs, heading, n):
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    band = rect(s, 0, 0, 10, 1.1, D6_PLUM)
    band.name = "Header band"
    tf = band.text_frame
    tf.margin_left = Inches(0.4)
    tf.vertical_anchor = MSO_ANCHOR.MIDDLE
    fill(tf, [P(heading, bold=True, align=PP_ALIGN.LEFT)], font=D6_FONT, size=26, color="FFFFFF")
    num = text_box(s, 8.6, 7.05, 1.0, 0.3, [P(str(n), align=PP_ALIGN.RIGHT)], font=D6_FONT, size=10,
                   color="8A7A86", name="Slide Number")
    del num
    return s


def build_programme() -> Path:
    prs = new_deck(STANDARD, title="Urban Soundscapes Symposium 2025", author="Marrowgate Acoustics Society",
                   created=datetime(2025, 6, 2, 14, 0), modified=datetime(2025, 9, 15, 10, 10))
    n = 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_SLIDE])
    title(s, "Urban Soundscapes Symposium 2025", font=D6_FONT, size=36, color=D6_PLUM, bold=True)
    fill(s.placeholders[1].text_frame, [
        P("Programme", size=24, color=D6_INK),
        P("8–9 October 2025 · Marrowgate Conference Centre", size=18, color="6A5A66"),
    ], font=D6_FONT)

    n += 1
    s = _d6_slide(prs, "Programme at a glance", n)
    text_box(s, 0.5, 1.4, 9.0, 5.4, [
        P("Wednesday 8 October", bold=True),
        P("Welcome, Sessions 1–3, poster session and reception", bullet="–", level=1),
        P("Thursday 9 October", bold=True),
        P("Sessions 4–5, working group meeting, closing panel", bullet="–", level=1),
        P("All sessions are in English; Main Hall sessions are streamed.", italic=True),
    ], font=D6_FONT, size=18, color=D6_INK, space_before=8)

    day_head = ["Time", "Session", "Chair", "Room"]
    widths = [1.3, 4.2, 2.6, 1.1]
    n += 1
    s = _d6_slide(prs, "Day 1 – Wednesday 8 October", n)
    table(s, 0.4, 1.35, 9.2, [day_head,
        ["09:00–09:30", "Welcome and opening", "Prof. Halvard Munthe-Rye", "Main Hall"],
        ["09:30–11:00", "Session 1: Mapping noise in dense neighbourhoods", "Dr Elin Vasquez-Holm "
         "(Marrowgate University)", "Main Hall"],
        ["11:30–13:00", "Session 2: Quiet areas and health", "Tobias Wren (Northshire Public Health)", "Room B"],
        ["14:00–15:30", "Session 3: Acoustic design of public squares", "Mariana Seixas (Atelier Sonoro)",
         "Room B"],
        ["16:00–18:00", "Poster session and reception", "–", "Foyer"],
    ], widths, font=D6_FONT, size=13, header_fill=D6_PLUM, band=D6_SAND, row_height=0.7, color=D6_INK)

    n += 1
    s = _d6_slide(prs, "Day 2 – Thursday 9 October", n)
    table(s, 0.4, 1.35, 9.2, [day_head,
        ["09:00–10:30", "Session 4: Citizen science and low-cost sensors", "Dr Amara Quist (Listening Cities "
         "Lab)", "Main Hall"],
        ["11:00–12:30", "Session 5: Traffic noise policy after 2025", "Jonah Pereira-Lind (Marrowgate City "
         "Transport)", "Room B"],
        ["13:30–14:30", "WG2 business meeting (members only)", "WG2 convenor", "Room C"],
        ["15:00–16:00", "Closing panel: What next for soundscape standards?", "Prof. Halvard Munthe-Rye",
         "Main Hall"],
    ], widths, font=D6_FONT, size=13, header_fill=D6_PLUM, band=D6_SAND, row_height=0.75, color=D6_INK)

    n += 1
    s = _d6_slide(prs, "Keynote speakers", n)
    text_box(s, 0.5, 1.4, 9.0, 5.4, [
        P("Prof. Keiko Armitage, University of Thornwick", bold=True),
        P("“Listening to the city: twenty years of soundwalks”", level=1, bullet="–"),
        P("confirmed", label="Status: ", level=1, bullet="–"),
        P("Dr Samuel Oyelaran-Becker, Institute for Quiet Urbanism", bold=True),
        P("“Designing for silence in the compact city”", level=1, bullet="–"),
        P("to be confirmed", label="Status: ", level=1, bullet="–"),
    ], font=D6_FONT, size=18, color=D6_INK, space_before=6)

    n += 1
    s = _d6_slide(prs, "Key dates", n)
    text_box(s, 0.5, 1.4, 9.0, 5.4, [
        P("15 January 2025", label="Call for abstracts opens: "),
        P("15 May 2025", label="Abstract deadline: "),
        P("30 June 2025", label="Notification of acceptance: "),
        P("31 August 2025", label="Early-bird registration ends: "),
        P("December 2025", label="Proceedings published: "),
    ], font=D6_FONT, size=18, color=D6_INK, space_before=10)
    notes(s, "Proceedings editor still to be appointed.")

    n += 1
    s = _d6_slide(prs, "Organising committee", n)
    text_box(s, 0.5, 1.4, 9.0, 5.4, [
        P("Dr Elin Vasquez-Holm, Marrowgate University", label="Chair: "),
        P("Tobias Wren, Mariana Seixas, Dr Amara Quist", label="Programme committee: "),
        P("Marrowgate Acoustics Society", label="Local organisation: "),
        P("Planning meetings of the committee: monthly from February 2025", italic=True),
    ], font=D6_FONT, size=18, color=D6_INK, space_before=10)

    return save(prs, OUT / "urban-soundscapes-symposium-2025.pptx")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for build in (build_action_log, build_gantt, build_german, build_portuguese, build_eu, build_programme):
        print(build().relative_to(HERE.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
