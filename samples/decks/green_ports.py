"""GPETI Work Plan 2024: a 16:9 deck built only from text boxes over a dark header band.
Two deliverables side by side on one slide (each column with its own title), a wrapping
title, a "New work item" banner, people with the affiliation on the next line, and labels
Editors / Rapporteur / Convenor / Coordinator / Lead, Deadline / Delivery / Due,
Description, Next meetings / Meeting schedule, Progress. Also rendered to PDF.
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
    pdf,
    rect,
    save,
    text_box,
)

BASE = "gpeti-work-plan-2024"
CHARCOAL, AMBER, INK = "263238", "F9A825", "212121"
FONT = "Tahoma"
FOOT = "Green Ports Energy Transition Initiative – Work Plan 2024"
DOT = "o"

SIDE_BY_SIDE = [
    (
        "Shore Power Readiness Checklist",
        [
            P(label="Editors:", bullet=DOT),
            P("Ana Kowalczyk, Port of Kallsund", level=1, bullet="–"),
            P("Pieter de Vries, Delta Quay Energy", level=1, bullet="–"),
            P("2023–2024", label="Period: ", bullet=DOT),
            P("Q2 2024", label="Deadline: ", bullet=DOT),
            P(
                "A checklist ports can use to assess grid capacity, berth equipment and vessel compatibility "
                "before investing in shore power.",
                label="Description: ",
                bullet=DOT,
            ),
            P("15 January 2024, 12 March 2024", label="Next meetings: ", bullet=DOT),
            P("in progress", label="Status: ", bullet=DOT),
        ],
    ),
    (
        "Hydrogen Bunkering Safety Note",
        [
            P("Dr Femi Adeyemi\vLagoon Maritime Safety Agency", label="Rapporteur: ", bullet=DOT),
            P("H1 2024", label="Period: ", bullet=DOT),
            P("June 2024", label="Delivery: ", bullet=DOT),
            P(
                "Short guidance on safety distances, permits and emergency procedures for hydrogen bunkering "
                "at container and ferry terminals.",
                label="Description: ",
                bullet=DOT,
            ),
            P("every two months from January to May 2024", label="Next meetings: ", bullet=DOT),
            P("delayed", label="Status: ", bullet=DOT),
        ],
    ),
]

FULL = [
    (
        "Methodology for Measuring Scope 3 Emissions of Port Hinterland Logistics and Inland Terminals",
        None,
        [
            P("Prof. Marta SILVA\vAtlantic Logistics Research Centre (ALRC)", label="Convenor: ", bullet=DOT),
            P("ALRC", label="Secretariat support: ", bullet=DOT),
            P("2024", label="Period: ", bullet=DOT),
            P("end of 2024", label="Due: ", bullet=DOT),
            P(
                "A shared method to count the emissions of trucks, trains and barges serving the port, "
                "so that members report comparable figures.",
                label="Description: ",
                bullet=DOT,
            ),
            P(
                "The method builds on existing corridor studies and will be tested with two inland "
                "terminals.",
                bullet="",
            ),
            P("quarterly from February 2024", label="Meeting schedule: ", bullet=DOT),
            P("on track (outline agreed)", label="Progress: ", bullet=DOT),
        ],
    ),
    (
        "Port Electricity Tariff Observatory",
        "New work item",
        [
            P("Northsea Ports Council: Jens Holm", label="Coordinator: ", bullet=DOT),
            P("2024–2025", label="Period: ", bullet=DOT),
            P("2025", label="Delivery: ", bullet=DOT),
            P(
                "Yearly comparison of the electricity tariffs and grid fees that ports pay, to support "
                "negotiations with grid operators.",
                label="Description: ",
                bullet=DOT,
            ),
            P("March–May 2024 (set-up calls)", label="Meetings: ", bullet=DOT),
        ],
    ),
    (
        "Green Berth Allocation Principles",
        None,
        [
            P("Olivia Brown (Port of Kallsund)", label="Lead: ", bullet=DOT),
            P("2023", label="Period: ", bullet=DOT),
            P("12/2023", label="Delivery: ", bullet=DOT),
            P(
                "Principles for giving berth priority to low- and zero-emission vessels.",
                label="Description: ",
                bullet=DOT,
            ),
            P("published", label="Status: ", bullet=DOT),
            P("https://gpeti.example.com/berth-principles", label="Download: ", bullet=DOT),
        ],
    ),
]


def _band(prs, slide, n, heading, height=1.1, size=28):
    rect(slide, 0, 0, 13.333, height, CHARCOAL)
    text_box(
        slide,
        0.5,
        0.1,
        10.8,
        height - 0.15,
        [P(heading, bold=True)],
        font=FONT,
        size=size,
        color="FFFFFF",
        name="Heading",
    )
    logo(slide, "GPETI", 11.6, 0.25, 1.3, 0.55, colour=AMBER, text_colour=CHARCOAL, font=FONT, size=14)
    footer(prs, slide, FOOT, n, font=FONT, size=10, color="607D8B", number_format="{n}")


def _fields(slide, x, y, w, h, paras, size=16):
    return text_box(
        slide,
        x,
        y,
        w,
        h,
        paras,
        font=FONT,
        size=size,
        color=INK,
        label_color=CHARCOAL,
        bullet_color="607D8B",
        indent=0.3,
        space_before=4,
    )


def build(out_dir: Path) -> list[Path]:
    prs = new_deck(
        WIDE,
        title="GPETI Work Plan 2024",
        author="Jens Holm",
        created=datetime(2023, 11, 28, 13, 45),
        modified=datetime(2023, 12, 4, 10, 10),
    )
    n = 1
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    rect(s, 0, 0, 13.333, 7.5, CHARCOAL)
    rect(s, 0.8, 3.45, 3.0, 0.08, AMBER)
    text_box(
        s, 0.8, 2.0, 11.5, 1.3, [P("GPETI Work Plan 2024", bold=True)], font=FONT, size=44, color="FFFFFF"
    )
    text_box(
        s,
        0.8,
        3.7,
        11.5,
        1.3,
        [
            P("Green Ports Energy Transition Initiative (GPETI)", size=22),
            P("Prepared for the Steering Group, December 2023", size=16),
        ],
        font=FONT,
        color="CFD8DC",
    )
    logo(s, "GPETI", 11.6, 0.25, 1.3, 0.55, colour=AMBER, text_colour=CHARCOAL, font=FONT, size=14)
    footer(prs, s, FOOT, n, font=FONT, size=10, color="90A4AE")

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    _band(prs, s, n, "Deliverables under way")
    for k, (heading, paras) in enumerate(SIDE_BY_SIDE):
        x = 0.5 + k * 6.3
        text_box(s, x, 1.35, 5.9, 0.6, [P(heading, bold=True)], font=FONT, size=20, color="00796B")
        _fields(s, x, 2.0, 5.9, 4.7, paras, size=14)
    rect(s, 6.6, 1.45, 0.02, 5.1, "B0BEC5")

    for heading, banner, paras in FULL:
        n += 1
        s = prs.slides.add_slide(prs.slide_layouts[BLANK])
        long_title = len(heading) > 60
        _band(prs, s, n, heading, height=1.45 if long_title else 1.1, size=26 if long_title else 28)
        y = 1.75 if long_title else 1.4
        if banner:
            text_box(
                s,
                0.5,
                y,
                2.6,
                0.42,
                [P(banner, bold=True)],
                font=FONT,
                size=14,
                color=CHARCOAL,
                fill_colour=AMBER,
                margin=0.06,
            )
            y += 0.6
        _fields(s, 0.5, y, 12.3, 6.7 - y, paras)

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    _band(prs, s, n, "Contact")
    text_box(
        s,
        0.5,
        1.6,
        12.0,
        2.0,
        [
            P("contact@gpeti.example.com", label="GPETI secretariat: "),
            P("https://gpeti.example.com", label="Website: "),
        ],
        font=FONT,
        size=20,
        color=INK,
        label_color=CHARCOAL,
        space_before=6,
    )

    deck = save(prs, out_dir / f"{BASE}.pptx")
    return [deck, pdf(deck)]
