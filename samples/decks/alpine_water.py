"""AWP Work Plan 2024-2025: a landscape A4 PDF drawn directly with reportlab (no PPTX behind it).
A header line and "Page n of N" on every page; two deliverables per page in two text columns,
bullets drawn as "•" text on one page and as small filled circles (graphics, no text) on the
other; a working-group table laid out only with whitespace (columns by x position, no rules,
one cell wrapping to two lines); a ruled table; a "Proposed new deliverable" tag. Dates such as
Q2 2025, mid-2024, H2 2024 – 2025, 06/2025; labels Lead, Co-chairs, Deadline, Due, Objective.

Needs reportlab (``pip install reportlab``); the built PDF is committed. Built with
``invariant=1`` (fixed dates and id) and the standard Helvetica fonts (not embedded), so the
bytes do not depend on the machine's fonts.
"""

from __future__ import annotations

from pathlib import Path

BASE = "awp-work-plan-2024-2025"
HEADER = "Alpine Water Partnership \u2013 Work Plan 2024-2025"
FONT, BOLD = "Helvetica", "Helvetica-Bold"
GLACIER, SLATE, INK, GREY, AMBER = "#1B5E7A", "#3C4A55", "#1E1E1E", "#6E6E6E", "#D9822B"

# (heading, tag, lines); a line is (label, value) or (label, [sub-lines])
PAGE_DOTS = [
    (
        "Glacier Melt Runoff Forecasting Guide",
        None,
        [
            ("Lead:", "Dr Katharina Moser (TWI)"),
            ("Secretariat:", "TWI"),
            ("Timeline:", "Q2 2024 \u2013 Q1 2025"),
            ("Deadline:", "Q2 2025"),
            (
                "Scope:",
                "A practical guide to short-term runoff forecasts for catchments fed by glacier melt, "
                "with open tools and test data from four pilot basins.",
            ),
            ("Meetings:", "monthly e-meetings from March 2024"),
            ("Status:", "In progress"),
        ],
    ),
    (
        "Drinking-Water Safety Plans for Mountain Huts",
        None,
        [
            (
                "Co-chairs:",
                ["Luca Ferrari (Club Alpino Valtellina)", "Mme Sophie Girard, Office de l'Eau de Savoie"],
            ),
            ("Period:", "mid-2024 \u2013 end of 2025"),
            ("Due:", "December 2025"),
            (
                "Objective:",
                "Template water safety plans for staffed mountain huts without a public supply, "
                "tested in huts in Savoie and Valtellina.",
            ),
            ("Planned meetings:", ["June 2024 (kick-off)", "October 2024"]),
            ("Status:", "Not started"),
        ],
    ),
]
PAGE_CIRCLES = [
    (
        "Sediment Management in Alpine Reservoirs",
        None,
        [
            ("Lead:", "Marco Bianchi \u2013 Hydro Alpina SpA"),
            ("Secretariat:", "TWI and Hydro Alpina SpA"),
            ("Timeline:", "2024"),
            ("Expected publication date:", "early 2025"),
            (
                "Scope:",
                "Compare flushing, dredging and bypass tunnels for keeping reservoirs free of sediment "
                "while protecting fish habitats downstream.",
            ),
            ("Meetings:", "April\u2013June 2024: monthly drafting calls"),
            ("Status:", "On track"),
        ],
    ),
    (
        "Cross-Border Drought Observatory",
        "Proposed new deliverable",
        [
            ("Lead:", "Prof. Anna Huber, University of Innsbruck"),
            ("Timeline:", "H2 2024 \u2013 2025"),
            ("Deadline:", "end of 2025"),
            (
                "Scope:",
                "A shared observatory of low-flow and drought indicators for river basins that cross "
                "national borders in the Alps.",
            ),
            ("Meetings:", "TBD"),
            ("Web:", "https://awp.example.org/drought"),
        ],
    ),
]
WG_HEAD = ["Working group", "Chair", "Period", "Target date", "Status"]
WG_X = [46, 262, 506, 622, 716]  # left edge of each column (points)
WG_ROWS = [
    ["Hydropower and river ecology", "Anna Huber (University of Innsbruck)", "2024-2025", "Q4 2025", "On track"],
    ["Snow and glacier monitoring", "Jean-Marc Rey (M\u00e9t\u00e9o Alpes)", "2024", "mid-2024", "Done"],
    [
        "Groundwater protection in karst\ncatchments",
        "Tina Novak \u2013 Slovenian Karst Agency",
        "H2 2024 \u2013 2025",
        "06/2025",
        "Not started",
    ],
    ["Flood risk communication", "Stefan Gruber", "2025", "end of 2025", "New"],
    ["Water pricing in tourist resorts", "Elisa Conti, Regione Alpina", "2024", "N/A", "Cancelled"],
]
RULED_HEAD = ["Deliverable", "Lead", "Deadline", "Status"]
RULED_W = [270, 290, 100, 100]
RULED_ROWS = [
    ["Policy brief on water for snowmaking", "Dr Paul Meier (Swiss Mountain Water Forum)", "Q3 2024", "Published"],
    ["Atlas of Alpine springs", "Chiara Rossi, Regione Alpina", "mid-2025", "In progress"],
    ["Guidelines for hut wastewater treatment", "Lukas Steiner (TWI)", "Q1 2025", "Planned"],
]
N_PAGES = 7


def build(out_dir: Path) -> list[Path]:
    try:
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.pdfgen import canvas
    except ImportError:
        print(f"{BASE}: reportlab is not installed (pip install reportlab); keeping the committed PDF")
        return []

    out = out_dir / f"{BASE}.pdf"
    width, height = landscape(A4)
    c = canvas.Canvas(str(out), pagesize=(width, height), invariant=1, pageCompression=1)
    c.setTitle("AWP Work Plan 2024-2025")
    c.setAuthor("AWP Secretariat")
    c.setCreator("reportlab")
    c.setProducer("reportlab")
    page = [0]

    def chrome():
        page[0] += 1
        c.setFillColor(GLACIER)
        c.rect(0, height - 8, width, 8, stroke=0, fill=1)
        c.setFillColor(GREY)
        c.setFont(FONT, 10)
        c.drawString(40, height - 28, HEADER)
        c.setFont(FONT, 9)
        c.drawRightString(width - 40, 22, f"Page {page[0]} of {N_PAGES}")

    def heading(text):
        c.setFillColor(GLACIER)
        c.setFont(BOLD, 24)
        c.drawString(40, height - 72, text)

    def wrap(text, font, size, max_w):
        from reportlab.lib.utils import simpleSplit

        return simpleSplit(text, font, size, max_w)

    def bullet(x, y, glyph, size):
        """A bullet at (x, y) baseline: the "•" character, or a filled circle drawn as graphics."""
        if glyph == "circle":
            c.setFillColor(GLACIER)
            c.circle(x + 3, y + size * 0.33, 2.6, stroke=0, fill=1)
        else:
            c.setFillColor(GLACIER)
            c.setFont(FONT, size)
            c.drawString(x, y, glyph)

    def column(x, top, w, item, glyph):
        head, tag, lines = item
        y = top
        if tag:
            c.setFont(BOLD, 11)
            tw = c.stringWidth(tag, BOLD, 11) + 14
            c.setFillColor(AMBER)
            c.roundRect(x, y - 4, tw, 19, 4, stroke=0, fill=1)
            c.setFillColor("#FFFFFF")
            c.drawString(x + 7, y + 1.5, tag)
            y -= 28
        c.setFillColor(SLATE)
        for part in wrap(head, BOLD, 19, w):
            c.setFont(BOLD, 19)
            c.drawString(x, y, part)
            y -= 24
        y -= 8
        size, lead, indent = 14, 19, 16
        for label, value in lines:
            bullet(x, y, glyph, size)
            c.setFillColor(INK)
            c.setFont(BOLD, size)
            c.drawString(x + indent, y, label)
            lw = c.stringWidth(label + " ", BOLD, size)
            if isinstance(value, list):
                y -= lead
                for sub in value:
                    c.setFillColor(GREY)
                    c.setFont(FONT, size)
                    c.drawString(x + indent + 6, y, "\u2013")
                    c.setFillColor(INK)
                    for part in wrap(sub, FONT, size, w - indent - 20):
                        c.drawString(x + indent + 20, y, part)
                        y -= lead
            else:
                # first line after the label, continuation lines under the label (hanging indent)
                first = wrap(value, FONT, size, w - indent - lw)[0]
                rest = value[len(first) :].strip()
                c.setFont(FONT, size)
                c.drawString(x + indent + lw, y, first)
                y -= lead
                for part in wrap(rest, FONT, size, w - indent) if rest else []:
                    c.drawString(x + indent, y, part)
                    y -= lead
            y -= 5
        return y

    # 1. title page
    chrome()
    c.setFillColor(GLACIER)
    c.rect(40, 300, 6, 130, stroke=0, fill=1)
    c.setFont(BOLD, 40)
    c.drawString(64, 380, "AWP Work Plan 2024-2025")
    c.setFillColor(SLATE)
    c.setFont(FONT, 22)
    c.drawString(64, 344, "Alpine Water Partnership (AWP)")
    c.setFillColor(GREY)
    c.setFont(FONT, 14)
    c.drawString(64, 312, "Adopted by the AWP General Assembly in November 2023")
    c.showPage()

    # 2. about
    chrome()
    heading("About this work plan")
    y = height - 130
    for text in [
        "Four deliverables, five working groups and three short publications for 2024-2025",
        "The secretariat is hosted by the Tyrolean Water Institute (TWI) in Innsbruck",
        "Progress is reviewed by the Steering Committee twice a year",
        "Contact: workplan@awp.example.org",
        "Full plan and reports: https://awp.example.org/work-plan",
    ]:
        bullet(48, y, "\u2022", 16)
        c.setFillColor(INK)
        c.setFont(FONT, 16)
        c.drawString(68, y, text)
        y -= 34
    c.showPage()

    # 3-4. two deliverables per page, two columns
    for n, (items, glyph) in enumerate(((PAGE_DOTS, "\u2022"), (PAGE_CIRCLES, "circle")), start=1):
        chrome()
        heading(f"Deliverables ({n}/2)")
        col_w = (width - 80 - 40) / 2
        for k, item in enumerate(items):
            column(40 + k * (col_w + 40), height - 118, col_w, item, glyph)
        c.showPage()

    # 5. working groups: a table made only of whitespace (no rules, no fills)
    chrome()
    heading("Working groups 2024-2025")
    y = height - 126
    c.setFillColor(SLATE)
    c.setFont(BOLD, 14)
    for x, text in zip(WG_X, WG_HEAD, strict=True):
        c.drawString(x, y, text)
    y -= 34
    c.setFillColor(INK)
    for row in WG_ROWS:
        lines = 1
        for j, (x, cell) in enumerate(zip(WG_X, row, strict=True)):
            limit = (WG_X[j + 1] if j + 1 < len(WG_X) else width - 40) - x - 12
            for k, part in enumerate(cell.split("\n")):
                assert c.stringWidth(part, FONT, 13) <= limit, (part, limit)
                c.setFont(FONT, 13)
                c.drawString(x, y - 16 * k, part)
            lines = max(lines, k + 1)
        y -= 16 * (lines - 1) + 36
    c.showPage()

    # 6. ruled table
    chrome()
    heading("Short publications")
    x0, y0, row_h = 46, height - 116, 42
    total = sum(RULED_W)
    c.setFillColor("#E3EEF3")
    c.rect(x0, y0 - row_h, total, row_h, stroke=0, fill=1)
    for i, row in enumerate([RULED_HEAD, *RULED_ROWS]):
        top = y0 - i * row_h
        x = x0
        for w, cell in zip(RULED_W, row, strict=True):
            c.setFillColor(SLATE if i == 0 else INK)
            c.setFont(BOLD if i == 0 else FONT, 13)
            assert c.stringWidth(cell, BOLD if i == 0 else FONT, 13) <= w - 16, cell
            c.drawString(x + 8, top - row_h / 2 - 4, cell)
            x += w
    c.setStrokeColor(SLATE)
    c.setLineWidth(0.8)
    n_rows = len(RULED_ROWS) + 1
    for i in range(n_rows + 1):
        c.line(x0, y0 - i * row_h, x0 + total, y0 - i * row_h)
    x = x0
    for w in [0, *RULED_W]:
        x += w
        c.line(x, y0, x, y0 - n_rows * row_h)
    c.showPage()

    # 7. closing page
    chrome()
    c.setFillColor(GLACIER)
    c.setFont(BOLD, 36)
    c.drawCentredString(width / 2, 330, "Thank you")
    c.setFillColor(SLATE)
    c.setFont(FONT, 16)
    c.drawCentredString(width / 2, 290, "Questions and comments: workplan@awp.example.org")
    c.showPage()

    assert page[0] == N_PAGES
    c.save()
    return [out]
