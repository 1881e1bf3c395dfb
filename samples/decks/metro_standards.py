"""MDSF Work Programme 2022/23: a 4:3 Arial deck that is mostly tables. A programme slide,
its working-group table split over two slides with the header row repeated, and every
publication as a row of one big "Deliverable | Chair | Target date | Status" table. Dates
such as 2022/23, 12/2022, Sept. 2022, end of 2022, H2 2023; "every two months". Also PDF.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pptx.enum.text import PP_ALIGN

from samples.decks._kit import (
    STANDARD,
    TITLE_AND_CONTENT,
    TITLE_ONLY,
    TITLE_SLIDE,
    P,
    fill,
    footer,
    logo,
    new_deck,
    pdf,
    place,
    save,
    table,
    title,
)

BASE = "mdsf-work-programme-2022-23"
BLUE, LIGHT, INK = "003B73", "E8EEF6", "1A1A1A"
FONT = "Arial"
FOOT = "MDSF Work Programme 2022/23"
PROGRAMME = "Urban Data Standards Programme"

WG_HEAD = ["Working group", "Convenor", "Period", "Due", "Meeting schedule", "Progress"]
WG_ROWS = [
    [
        "WG1 – Sensor metadata profile",
        "Rapid Transit Authority of Kestrel: Nora Haddad",
        "2022",
        "12/2022",
        "Sept. 2022; Nov. 2022",
        "Done",
    ],
    [
        "WG2 – Open permits API",
        "Mr Daniel Osei – City of Brightwater",
        "2022/23",
        "mid-2023",
        "every two months from October 2022 to April 2023",
        "On track",
    ],
    [
        "WG3 – Digital twin interoperability",
        "Dr Yuki Tanaka (KIT) and Sara Lindgren (Northgate Utilities)",
        "2023",
        "Q4 2023",
        "quarterly from January 2023",
        "Not started",
    ],
    [
        "WG4 – Accessibility data for public transport",
        "Prof. Ama Boateng\nUniversity of Brightwater",
        "2022",
        "end of 2022",
        "Oct. 2022",
        "Finished",
    ],
    [
        "WG5 – Data clauses for public procurement",
        "Ms Priya Raman (City of Brightwater) & Tom Becker (Kestrel County Council)",
        "2023",
        "H2 2023",
        "March-May 2023",
        "Delayed",
    ],
    ["WG6 – Air-quality data exchange", "Omar Farouk – Northgate Utilities", "2022", "N/A", "N/A", "Dropped"],
    ["WG7 – Street-works coordination data", "Lena Fischer", "2023–2024", "2024", "TBD", "New"],
]
PIPELINE = [
    ["Deliverable", "Chair", "Target date", "Status"],
    ["Guide to municipal API versioning", "Ms Priya Raman (City of Brightwater)", "Sept. 2022", "Published"],
    ["Data-sharing agreement templates", "Kestrel County Council: Tom Becker", "Q1 2023", "In progress"],
    ["Glossary of urban data terms", "Dr Lena Fischer", "end of 2023", "Planned"],
    ["Benchmark of open-data portals", "Ana Costa, KIT", "14 March 2023", "Cancelled"],
]


def _chrome(prs, slide, n):
    logo(slide, "MDSF", 8.75, 0.2, 1.0, 0.42, colour=BLUE, font=FONT, size=13)
    footer(prs, slide, FOOT, n, font=FONT, size=9, color="6B6B6B", rule=BLUE)


def _heading(slide, text):
    title(
        slide, text, font=FONT, size=24, color=BLUE, bold=True, box=(0.4, 0.2, 8.2, 0.9), align=PP_ALIGN.LEFT
    )


def build(out_dir: Path) -> list[Path]:
    prs = new_deck(
        STANDARD,
        title="MDSF Work Programme 2022/23",
        author="P. Raman",
        created=datetime(2022, 8, 30, 8, 15),
        modified=datetime(2022, 9, 5, 17, 2),
    )
    n = 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_SLIDE])
    title(s, "MDSF Work Programme", font=FONT, size=40, color=BLUE, bold=True, box=(0.6, 2.0, 8.8, 1.2))
    sub = place(s.placeholders[1], 0.6, 3.3, 8.8, 1.4)
    fill(
        sub.text_frame,
        [P("2022/23", size=28, bold=True), P("Metropolitan Digital Standards Forum (MDSF)", size=18)],
        font=FONT,
        color="444444",
    )
    _chrome(prs, s, n)

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_AND_CONTENT])
    _heading(s, PROGRAMME)
    body = place(s.placeholders[1], 0.4, 1.3, 9.2, 5.2)
    fill(
        body.text_frame,
        [
            P(
                "Prof. Henrik Aalto – Kestrel Institute of Technology (KIT)",
                label="Coordinator: ",
                bullet="■",
            ),
            P("MDSF", label="Secretariat: ", bullet="■"),
            P("2022/23", label="Period: ", bullet="■"),
            P(
                "Seven working groups develop open specifications that let city departments, utilities "
                "and transport operators exchange data without bespoke integration.",
                label="Scope: ",
                bullet="■",
            ),
            P("see the tables on the next two slides", label="Working groups: ", bullet="■"),
            P(
                "WG2 and WG5 joint session on permit data, 14 March 2023",
                label="Planned e-meetings: ",
                bullet="■",
            ),
            P("https://mdsf.example.net/udsp", label="Programme page: ", bullet="■"),
        ],
        font=FONT,
        size=18,
        color=INK,
        bullet_color=BLUE,
        indent=0.3,
        space_before=6,
    )
    _chrome(prs, s, n)

    for part, rows in (("1/2", WG_ROWS[:4]), ("2/2", WG_ROWS[4:])):
        n += 1
        s = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
        _heading(s, f"{PROGRAMME} – working groups ({part})")
        table(
            s,
            0.3,
            1.35,
            9.4,
            [WG_HEAD, *rows],
            [2.3, 2.4, 0.9, 1.0, 1.9, 1.1],
            font=FONT,
            size=11,
            header_fill=BLUE,
            band=LIGHT,
            row_height=0.5,
            color=INK,
        )
        _chrome(prs, s, n)

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    _heading(s, "Publications pipeline 2022/23")
    table(
        s,
        0.3,
        1.35,
        9.4,
        PIPELINE,
        [3.2, 3.2, 1.5, 1.3],
        font=FONT,
        size=12,
        header_fill=BLUE,
        band=LIGHT,
        row_height=0.5,
        color=INK,
    )
    _chrome(prs, s, n)

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_AND_CONTENT])
    _heading(s, "Contact")
    body = place(s.placeholders[1], 0.4, 1.3, 9.2, 3.0)
    fill(
        body.text_frame,
        [
            P("workprogramme@mdsf.example.net", label="Work programme team: ", bullet=""),
            P("https://mdsf.example.net/work-programme", label="Online version: ", bullet=""),
        ],
        font=FONT,
        size=18,
        color=INK,
    )
    _chrome(prs, s, n)

    deck = save(prs, out_dir / f"{BASE}.pptx")
    return [deck, pdf(deck)]
