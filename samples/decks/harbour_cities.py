"""HCRN Action Plan 2023–2024: a 16:9 deck in the classic style, placeholders with bold
"Label: value" bullets, one slide per deliverable, a "Proposed new deliverable" banner, a
wrapping title, a hub, footer with a slide-number field on every slide. Also rendered to PDF.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from samples.decks._kit import (
    TITLE_AND_CONTENT,
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
    text_box,
    title,
)

BASE = "hcrn-action-plan-2023-2024"
NAVY, TEAL, ORANGE = "1F3864", "168080", "E46C0A"
HEAD, BODY = "Calibri Light", "Calibri"
FOOT = "Harbour Cities Resilience Network  |  Action Plan 2023–2024"

ITEMS = [
    (
        "Coastal Flood Early-Warning Playbook",
        None,
        [
            P("Dr Mara Lindqvist (BIUR)", label="Leader: "),
            P("BIUR", label="Secretariat: "),
            P("Q1 2023 – H1 2024", label="Timeline: "),
            P("mid-2024", label="Expected publication date: "),
            P(
                "A step-by-step playbook for harbour cities setting up flood early-warning chains, from "
                "tide-gauge data sharing to public alerts, illustrated with pilots in three member cities.",
                label="Scope: ",
            ),
            P(label="Planned e-meetings:"),
            P("14 March 2023 (kick-off)", level=1),
            P("June 2023", level=1),
            P("September 2023 (review of pilot results)", level=1),
            P("On track", label="Status: "),
        ],
    ),
    (
        "Heat Resilience Indicators for Port Districts",
        None,
        [
            P(label="Leaders:"),
            P("Kofi Mensah, Port Authority of Cape Seldon", level=1),
            P("Prof. Ingrid Solheim, Nordvik University", level=1),
            P("BIUR and Nordvik University", label="Secretariat support: "),
            P("2023–2024", label="Duration: "),
            P("Q3 2023", label="Target date: "),
            P(
                "Agree a common set of twelve heat-resilience indicators for port districts and test them "
                "with at least five member cities.",
                label="Objective: ",
            ),
            P("quarterly from January 2023", label="Meetings: "),
            P("In progress", label="Status: "),
        ],
    ),
    (
        "Financing Green Quay Walls: A Toolkit for Mid-Sized Port Cities and Their Utility Partners",
        "Proposed new deliverable",
        [
            P(
                "Ms Elena Varga (BIUR), Tomás Ferreira (Port of Aveira) and Hannah Okafor (Green Harbour "
                "Finance Lab) & Mr Li Wei (City of Marlow Bay)",
                label="Co-leads: ",
            ),
            P("BIUR", label="Secretariat: "),
            P("2023–2024", label="Timeline: "),
            P("H1 2024", label="Expected publication date: "),
            P(
                "Review of the financing models used for quay-wall renewal that combine flood protection "
                "with green infrastructure.",
                label="Scope: ",
            ),
            P("The toolkit will pair each model with a worked example from a member city.", bullet=""),
            P(label="Planned e-meetings: "),
            P("March–May 2023: monthly drafting calls", level=1),
        ],
    ),
    (
        "HCRN Regional Hub for the Adriatic",
        None,
        [
            P(
                "Luca Bartoli (Adriatic Ports Association) & Vesna Horvat (City of Porto Lume)",
                label="Co-chairs: ",
            ),
            P("2023–2026", label="Timeline: "),
            P(
                "The hub brings together port authorities, city utilities and universities "
                "around the Adriatic."
            ),
            P("It will translate HCRN deliverables and organise an annual regional workshop."),
            P("https://adriatic.hcrn.example.org", label="Webpage: "),
        ],
    ),
]


def _chrome(prs, slide, n):
    logo(slide, "HCRN", 11.85, 0.3, 1.1, 0.5, colour=TEAL, font=BODY, size=16)
    footer(prs, slide, FOOT, n, font=BODY, size=11, color="595959", field=True, rule=TEAL)


def build(out_dir: Path) -> list[Path]:
    prs = new_deck(
        WIDE,
        title="HCRN Action Plan 2023–2024",
        author="Mara Lindqvist",
        created=datetime(2023, 2, 6, 10, 30),
    )
    n = 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_SLIDE])
    title(s, "HCRN Action Plan", font=HEAD, size=48, color=NAVY, box=(0.9, 2.0, 11.5, 1.5))
    sub = place(s.placeholders[1], 0.9, 3.6, 11.5, 1.4)
    fill(
        sub.text_frame,
        [P("2023–2024", size=28, color=TEAL), P("Harbour Cities Resilience Network", size=20)],
        font=BODY,
        color="404040",
    )
    _chrome(prs, s, n)

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_AND_CONTENT])
    title(s, "About this plan", font=HEAD, size=36, color=NAVY, box=(0.6, 0.3, 11.0, 1.1))
    body = place(s.placeholders[1], 0.6, 1.6, 12.1, 5.0)
    fill(
        body.text_frame,
        [
            P("Adopted by the HCRN Steering Board in February 2023"),
            P("Three deliverables and one regional hub, each led by a member city or institute"),
            P("Secretariat hosted by the Baltic Institute for Urban Resilience (BIUR)"),
            P("secretariat@hcrn.example.org", label="Contact: "),
            P("https://hcrn.example.org/action-plan", label="Plan and reports: "),
        ],
        font=BODY,
        size=22,
        label_color=NAVY,
    )
    _chrome(prs, s, n)

    for heading, banner, lines in ITEMS:
        n += 1
        s = prs.slides.add_slide(prs.slide_layouts[TITLE_AND_CONTENT])
        top = 0.3
        if banner:
            text_box(
                s,
                0.6,
                0.25,
                4.2,
                0.45,
                [P(banner, bold=True)],
                font=BODY,
                size=16,
                color="FFFFFF",
                fill_colour=ORANGE,
                margin=0.06,
            )
            top = 0.8
        title(
            s,
            heading,
            font=HEAD,
            size=30 if banner else 34,
            color=NAVY,
            box=(0.6, top + 0.1, 11.0, 1.4) if banner else (0.6, top, 11.0, 1.1),
        )
        body = place(s.placeholders[1], 0.6, top + 1.45, 12.1, 6.6 - top - 1.45)
        fill(body.text_frame, lines, font=BODY, size=18, label_color=NAVY, indent=0.375)
        _chrome(prs, s, n)

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_SLIDE])
    title(s, "Thank you", font=HEAD, size=44, color=NAVY, box=(0.9, 2.2, 11.5, 1.3))
    sub = place(s.placeholders[1], 0.9, 3.6, 11.5, 1.2)
    fill(
        sub.text_frame,
        [P("Questions and comments: secretariat@hcrn.example.org")],
        font=BODY,
        size=20,
        color="404040",
    )
    _chrome(prs, s, n)

    deck = save(prs, out_dir / f"{BASE}.pptx")
    return [deck, pdf(deck)]
