"""A fictional U4SSC Action Plan 2022-2023: the 2021-2022 deck one year on, for plan-to-plan diffs.

Same style and helpers as :mod:`samples.decks.u4ssc_2021_2022`. Changes from 2021-2022 (listed in
``samples/u4ssc-2021-2022-to-2022-2023.changes.md``): WG3 and WG4 completed, WG5 ongoing with
meetings later in 2022 (and the City Platforms scope rewritten to say so); the Compendium dropped;
"Guiding principles for artificial intelligence in cities" renamed "... for AI in cities";
Procurement gets a new co-leader and slips to March 2023; "Lessons learned" published; "Digital
Transformation" loses its "Proposed new deliverable" banner and is on track; a new proposed
deliverable on data governance. The people and organisation added here are invented.

The gold file ``samples/u4ssc-action-plan-2022-2023.gold.json`` is written by hand, not by this
script: the script only writes the PPTX and its PDF.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pptx import Presentation

from samples.decks.u4ssc_2021_2022 import (
    CIRCLE,
    CIRCLE_CAP,
    CONTACT_EMAIL,
    DIGITAL_LEADER,
    DIGITAL_MEETINGS,
    DIGITAL_SCOPE,
    DIGITAL_TITLE,
    DOT,
    HUB,
    HUB_TITLE,
    LESSONS_MEETINGS,
    LESSONS_SCOPE,
    LESSONS_TITLE,
    PLAN_TITLE,
    PROCUREMENT_MEETINGS,
    PROCUREMENT_SCOPE,
    PROCUREMENT_TITLE,
    PROGRAMME,
    PROGRAMME_TITLE,
    PROPOSED_BANNER,
    WEBSITE,
    WG1_ROW,
    WG2_ROW,
    WG_TABLE_HEADER,
    WG_TABLE_WIDTHS_IN,
    Para,
    add_bullet_slide,
    add_contact_slide,
    add_table_slide,
    add_title_slide,
    ai_principles,
    new_presentation,
    save_pptx,
)

STEM = "u4ssc-action-plan-2022-2023"
PERIOD = "2022-2023"

WG_ROWS = (
    WG1_ROW,
    WG2_ROW,
    (
        "WG3 - Smart City Platforms - Transitioning to a new architecture",
        "Martin Brynskov (OASC) Michael Mulquin (OASC)", "2020-2022", "2022", "N/A", "Completed",
    ),
    (
        "WG4 - Tourism, Health and Resilience Management from the perspective of a Smart City Platform",
        "Alberto Bernal (Indra Minsait)", "2020-2022", "2022", "N/A", "Completed",
    ),
    (
        "WG5 - Reference framework for an integrated management of a smart sustainable city",
        "Ramon Ferri (Valencia)", "2021-2022", "2022",
        "September 2022. October 2022. November 2022.", "Ongoing",
    ),
)

CITY_PLATFORMS = [
    Para("Leader: Ramon Ferri (Valencia)"),
    Para("Secretariat: ITU"),
    Para("Working Groups: see next slide"),
    Para(
        'Scope: WG3 "Transition to a new architecture" and WG4 "Smart Tourism: a path to more secure '
        'and resilient destinations" were completed and published in 2022. Continuing the work on WG5 '
        '"Reference framework for an integrated management of a smart sustainable city"'
    ),
    Para("Planned e-meetings:"),
    Para("WG5 September 2022 review of the first draft.", 1, DOT),
    Para("WG5 October- November 2022 monthly meeting", 1, DOT),
]

LESSONS = [
    Para("Leader: Gulnara Roll (UNECE)"),
    Para("Timeline: 2020-2022"),
    Para("Expected publication date: 2022"),
    Para("Secretariat: UNECE"),
    Para("Status: Published"),
    LESSONS_SCOPE,
    *LESSONS_MEETINGS,
]

PROCUREMENT = [
    Para("Leader: Warren Smith (Dangersmith SARL) and Helena Marsh (Civic Purchasing Institute)"),
    Para("Timeline: 2021-2022", 0, CIRCLE_CAP),
    Para("Expected publication date: March 2023"),
    Para("Secretariat: ITU"),
    PROCUREMENT_SCOPE,
    *PROCUREMENT_MEETINGS,
]

DIGITAL = [
    DIGITAL_LEADER,
    Para("Timeline: 2022-2023", 0, CIRCLE),
    Para("Expected publication date: 2022-2023"),
    Para("Secretariat: ITU"),
    Para("Status: On track"),
    DIGITAL_SCOPE,
    *DIGITAL_MEETINGS,
]

DATA_GOVERNANCE_TITLE = "Data governance for smart sustainable cities"
DATA_GOVERNANCE = [
    Para("Leader: Tomas Lindqvist (Nordic Urban Data Council)"),
    Para("Timeline: 2023", 0, CIRCLE),
    Para("Expected publication date: Q4 2023"),
    Para("Secretariat: ITU"),
    Para(
        "Scope: Guidance for city administrations on the governance of urban data: roles and "
        "responsibilities, data sharing agreements, privacy and open data, with case studies from "
        "member cities."
    ),
    Para("Planned e-meetings:"),
    Para("February 2023", 1, DOT),
    Para("May 2023", 1, DOT),
    Para("September 2023", 1, DOT),
]


def make_deck() -> Presentation:
    """The eleven slides of the 2022-2023 deck."""
    prs = new_presentation()
    add_title_slide(prs, PLAN_TITLE, PERIOD)
    add_bullet_slide(prs, "City Platforms", CITY_PLATFORMS)
    add_table_slide(prs, WG_TABLE_HEADER, WG_ROWS, WG_TABLE_WIDTHS_IN)
    add_bullet_slide(prs, LESSONS_TITLE, LESSONS)
    add_bullet_slide(prs, None, ai_principles("Guiding principles for AI in cities"))
    add_bullet_slide(
        prs, PROCUREMENT_TITLE, PROCUREMENT,
        notes="Presenter: welcome the new co-leader and explain the new publication date.",
    )
    add_bullet_slide(prs, DIGITAL_TITLE, DIGITAL)
    add_bullet_slide(prs, DATA_GOVERNANCE_TITLE, DATA_GOVERNANCE, banner=PROPOSED_BANNER)
    add_bullet_slide(prs, PROGRAMME_TITLE, PROGRAMME)
    add_bullet_slide(prs, HUB_TITLE, HUB)
    add_contact_slide(prs, CONTACT_EMAIL, WEBSITE)
    return prs


def build(out_dir: Path) -> list[Path]:
    """Write the PPTX and its PDF rendering into ``out_dir`` (the gold is hand-written)."""
    from samples.build import render_pdf

    pptx = save_pptx(
        make_deck(), out_dir / f"{STEM}.pptx", title=f"{PLAN_TITLE} {PERIOD}",
        created=datetime(2022, 11, 14, 9, 0, 0), modified=datetime(2022, 11, 30, 16, 30, 0),
    )
    return [pptx, render_pdf(pptx)]
