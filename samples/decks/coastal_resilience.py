"""CLIMA Coastal Resilience Plan 2025–2026: a 16:9 deck where the deliverables are the rows of
"Deliverable | Chair(s) | Secretariat | Timeframe | Target date | Status" tables, one table per
working group under a text box giving the group's Chair / Co-chairs, Secretariat, Timeframe,
Scope; a table of cross-cutting deliverables with no group; leaders in table cells as
"Name (Org); Name (Org)"; dates such as Q3 2025, mid-2026, H1 2026, end of 2025,
"Sept 2025 – Feb 2026", "by December 2025"; an "E-meeting calendar" slide listing months per
group (including a joint WG1/WG2 session and an open-ended monthly rule); a contacts slide.
An overview slide repeats the working-group titles. Also rendered to PDF.

Written as a blind test: the gold ``samples/clima-coastal-resilience-plan-2025-2026.gold.json``
is written by hand from this script's text, not from the extractor's output.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pptx.enum.text import PP_ALIGN

from samples.decks._kit import (
    TITLE_AND_CONTENT,
    TITLE_ONLY,
    TITLE_SLIDE,
    WIDE,
    P,
    fill,
    footer,
    logo,
    new_deck,
    pdf,
    place,
    save,
    table,
    text_box,
    title,
)

BASE = "clima-coastal-resilience-plan-2025-2026"
DEEP, SEA, SAND, INK = "0B3C5D", "328CC1", "F4EBD9", "222222"
FONT = "Segoe UI"
FOOT = "CLIMA · Coastal Resilience Plan 2025–2026 · Progress update"
BULLET = "▸"

HEAD = ["Deliverable", "Chair(s)", "Secretariat", "Timeframe", "Target date", "Status"]
WIDTHS = [3.0, 3.8, 1.3, 1.9, 1.4, 1.2]

GROUPS = [
    (
        "WG1 – Shoreline Monitoring",
        [
            P(label="Co-chairs:", bullet=BULLET),
            P("Dr Aisha Rahman, Port Eldon City Council", level=1, bullet="–"),
            P("Mateo Ruiz, Instituto Costero de Valmar (ICV)", level=1, bullet="–"),
            P("TICS", label="Secretariat: ", bullet=BULLET),
            P("2025–2026", label="Timeframe: ", bullet=BULLET),
            P(
                "Common methods and open data for tracking shoreline erosion, sea-level rise and storm "
                "damage across member municipalities.",
                label="Scope: ",
                bullet=BULLET,
            ),
            P("https://shoreline.clima.example.net", label="Data portal: ", bullet=BULLET),
        ],
        [
            [
                "Coastal Erosion Atlas",
                "Aisha Rahman (Port Eldon City Council); Jonas Berg (Skerrihavn Municipality)",
                "TICS",
                "Q3 2025 – mid-2026",
                "mid-2026",
                "On track",
            ],
            [
                "Tide-Gauge Data Sharing Protocol",
                "Mateo Ruiz (ICV)",
                "TICS; ICV",
                "H1 2025",
                "by June 2025",
                "Completed",
            ],
            [
                "Storm Damage Reporting Template",
                "Dr Lina Haddad (Bayview Emergency Services)",
                "TICS",
                "Sept 2025 – Feb 2026",
                "Q1 2026",
                "Not started",
            ],
        ],
    ),
    (
        "WG2 – Nature-Based Coastal Defences",
        [
            P("Prof. Samuel Okoro, University of Carrow Point (UCP)", label="Chair: ", bullet=BULLET),
            P("UCP", label="Secretariat: ", bullet=BULLET),
            P("mid-2025 – end of 2026", label="Timeframe: ", bullet=BULLET),
            P(
                "Evidence and guidance for dunes, salt marshes, mangroves and reefs used as coastal "
                "defences, alone or combined with grey infrastructure.",
                label="Scope: ",
                bullet=BULLET,
            ),
        ],
        [
            [
                "Mangrove and Salt-Marsh Restoration Guide",
                "Samuel Okoro (UCP); Ms Freya Lund (Greenhaven Council)",
                "UCP",
                "2025",
                "end of 2025",
                "Delayed",
            ],
            [
                "Living Shorelines Cost-Benefit Toolkit",
                "Rosa Delgado (Marisma Foundation)",
                "TICS",
                "2025–2026",
                "H1 2026",
                "Not started",
            ],
        ],
    ),
    (
        "WG3 – Coastal Adaptation Finance",
        [
            P("Mr Daniel Asante (Harbourline Development Bank)", label="Chair: ", bullet=BULLET),
            P("TICS", label="Secretariat: ", bullet=BULLET),
            P("H2 2025 – 2026", label="Timeframe: ", bullet=BULLET),
            P(
                "Help member municipalities finance adaptation works through bonds, insurance and "
                "blended funds.",
                label="Scope: ",
                bullet=BULLET,
            ),
        ],
        [
            [
                "Municipal Resilience Bond Primer",
                "Daniel Asante (Harbourline Development Bank); Chloé Martin (City of Saint-Brévin)",
                "TICS",
                "Q3 2025 – Q1 2026",
                "Q1 2026",
                "On track",
            ],
            [
                "Insurance Gap Mapping for Small Ports",
                "Kenji Mori (Pacific Rim Insurers Forum)",
                "TICS",
                "2025",
                "by December 2025",
                "Proposed",
            ],
        ],
    ),
]

CROSS_CUTTING = [
    ["Annual Coastal Resilience Report", "Noor Aziz (TICS)", "TICS", "2025", "end of 2025", "On track"],
    [
        "Coastal Resilience Training Modules for City Staff",
        "Dr Paula Nunes (Instituto Costero de Valmar); Freya Lund (Greenhaven Council)",
        "ICV",
        "2026",
        "mid-2026",
        "Cancelled",
    ],
]


def _chrome(prs, slide, n):
    logo(slide, "CLIMA", 11.75, 0.28, 1.2, 0.5, colour=SEA, font=FONT, size=15)
    footer(prs, slide, FOOT, n, font=FONT, size=10, color="6A7B8C", number_format="{n}", rule=SAND)


def _heading(slide, text):
    title(slide, text, font=FONT, size=28, color=DEEP, bold=True, box=(0.5, 0.25, 11.0, 0.8), align=PP_ALIGN.LEFT)


def _table(slide, y, rows, size=12):
    return table(
        slide,
        0.4,
        y,
        12.5,
        [HEAD, *rows],
        WIDTHS,
        font=FONT,
        size=size,
        header_fill=DEEP,
        band=SAND,
        row_height=0.5,
        color=INK,
    )


def build(out_dir: Path) -> list[Path]:
    prs = new_deck(
        WIDE,
        title="CLIMA Coastal Resilience Plan 2025–2026",
        author="Noor Aziz",
        created=datetime(2025, 1, 14, 9, 0),
        modified=datetime(2025, 9, 22, 16, 30),
    )
    n = 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_SLIDE])
    title(s, "CLIMA Coastal Resilience Plan 2025–2026", font=FONT, size=32, color=DEEP, bold=True,
          box=(0.8, 1.9, 11.7, 1.4), align=PP_ALIGN.LEFT)
    sub = place(s.placeholders[1], 0.8, 3.5, 11.7, 1.6)
    fill(
        sub.text_frame,
        [
            P("Coastal Living and Infrastructure Municipal Alliance (CLIMA)", size=22, color=SEA, align=PP_ALIGN.LEFT),
            P("Progress update – September 2025", size=16, italic=True, align=PP_ALIGN.LEFT),
        ],
        font=FONT,
        color="404040",
    )
    _chrome(prs, s, n)

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_AND_CONTENT])
    _heading(s, "Plan at a glance")
    body = place(s.placeholders[1], 0.5, 1.35, 12.3, 5.3)
    fill(
        body.text_frame,
        [
            P(
                "Adopted by the CLIMA General Assembly in January 2025; this version reports progress "
                "up to September 2025.",
                bullet=BULLET,
            ),
            P("Three working groups:", bullet=BULLET),
            P("WG1 – Shoreline Monitoring", level=1, bullet="–"),
            P("WG2 – Nature-Based Coastal Defences", level=1, bullet="–"),
            P("WG3 – Coastal Adaptation Finance", level=1, bullet="–"),
            P("Two cross-cutting deliverables led by the secretariat and partner institutes.", bullet=BULLET),
            P("Secretariat hosted by the Tidewater Institute for Coastal Studies (TICS).", bullet=BULLET),
        ],
        font=FONT,
        size=20,
        color=INK,
        bullet_color=SEA,
        indent=0.35,
        space_before=6,
    )
    _chrome(prs, s, n)

    for heading, fields, rows in GROUPS:
        n += 1
        s = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
        _heading(s, heading)
        text_box(
            s,
            0.5,
            1.1,
            12.3,
            2.3,
            fields,
            font=FONT,
            size=14,
            color=INK,
            label_color=DEEP,
            bullet_color=SEA,
            indent=0.3,
            space_before=2,
        )
        _table(s, 3.55 if len(fields) > 5 else 3.1, rows)
        _chrome(prs, s, n)

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    _heading(s, "Cross-cutting deliverables")
    _table(s, 1.4, CROSS_CUTTING, size=13)
    _chrome(prs, s, n)

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_AND_CONTENT])
    _heading(s, "E-meeting calendar")
    body = place(s.placeholders[1], 0.5, 1.35, 12.3, 5.3)
    fill(
        body.text_frame,
        [
            P("WG1: March, June, September 2025", bullet=BULLET),
            P("WG2: monthly from April 2025", bullet=BULLET),
            P("WG3: October 2025 (kick-off), February 2026", bullet=BULLET),
            P("WG1 and WG2 joint review session, November 2025", bullet=BULLET),
            P(
                "All e-meetings are held online; invitations are sent by the secretariat two weeks ahead.",
                bullet="",
                italic=True,
                size=16,
            ),
        ],
        font=FONT,
        size=20,
        color=INK,
        bullet_color=SEA,
        indent=0.35,
        space_before=8,
    )
    _chrome(prs, s, n)

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_AND_CONTENT])
    _heading(s, "Contacts and links")
    body = place(s.placeholders[1], 0.5, 1.35, 12.3, 4.0)
    fill(
        body.text_frame,
        [
            P("clima.secretariat@tics.example.org", label="Secretariat e-mail: ", bullet=""),
            P("https://clima.example.net/resilience-plan-2025-2026", label="Plan online: ", bullet=""),
            P("https://clima.example.net/working-groups", label="Working group pages: ", bullet=""),
        ],
        font=FONT,
        size=20,
        color=INK,
        label_color=DEEP,
        space_before=8,
    )
    _chrome(prs, s, n)

    deck = save(prs, out_dir / f"{BASE}.pptx")
    return [deck, pdf(deck)]
