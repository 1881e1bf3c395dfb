"""Not an action plan: a short 4:3 guest lecture in the plain default template. It still has
the words that trip a plan reader (a "Timeline" slide of history, a "Team" slide with a
project lead, a "Status" slide, dates such as mid-2018 and Q3 2020), and its gold has no items.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from samples.decks._kit import STANDARD, TITLE_AND_CONTENT, TITLE_SLIDE, P, fill, footer, new_deck, save

BASE = "street-lighting-lecture"
FOOT = "UIS 204 – Urban Infrastructure Systems"

SLIDES = [
    (
        "Why street lighting matters",
        [
            "Up to 40 % of a municipality's electricity bill",
            "Safety and perceived safety after dark",
            "A ready-made network of poles for sensors and small cells",
        ],
    ),
    (
        "Timeline",
        [
            "2012 – First LED pilot on three streets",
            "2015 – City-wide retrofit tender (48 000 luminaires)",
            "mid-2018 – Adaptive dimming switched on",
            "Q3 2020 – Sensor pilots on 200 poles",
            "2022 – Energy use down 62 % compared with 2012",
        ],
    ),
    (
        "The team",
        [
            "Project lead: Rosa Albers (Lumen Lab)",
            "Data analysis: Tim Kerr, City Energy Office",
            "Field work: municipal maintenance crews",
        ],
    ),
    (
        "Status of the network today",
        [
            "Completed: LED retrofit of all main roads",
            "In progress: dimming profiles for residential streets",
            "Planned: replacing the remaining 3 000 sodium lamps",
        ],
    ),
    (
        "Lessons learned",
        [
            "Start with an inventory: half the poles were not where the maps said",
            "Dimming saves more than the LEDs themselves",
            "Residents notice colour temperature before brightness",
            "Sensor pilots need an owner after the pilot ends",
        ],
    ),
]


def build(out_dir: Path) -> list[Path]:
    prs = new_deck(
        STANDARD, title="Smart Street Lighting", author="Rosa Albers", created=datetime(2023, 4, 17, 19, 30)
    )
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_SLIDE])
    s.shapes.title.text = "Smart Street Lighting: Ten Years of Lessons"
    fill(
        s.placeholders[1].text_frame,
        [P("Guest lecture, Urban Infrastructure Systems (UIS 204)"), P("Dr Rosa Albers, Lumen Lab")],
    )
    footer(prs, s, FOOT, 1, font="Calibri", size=10)
    for n, (heading, bullets) in enumerate(SLIDES, start=2):
        s = prs.slides.add_slide(prs.slide_layouts[TITLE_AND_CONTENT])
        s.shapes.title.text = heading
        fill(s.placeholders[1].text_frame, bullets)
        footer(prs, s, FOOT, n, font="Calibri", size=10)
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_SLIDE])
    s.shapes.title.text = "Questions?"
    s.placeholders[1].text_frame.text = "Thank you for listening"
    footer(prs, s, FOOT, len(SLIDES) + 2, font="Calibri", size=10)
    return [save(prs, out_dir / f"{BASE}.pptx")]
