#!/usr/bin/env python3
"""Fourth blind generalisation set: five decks by fictional organisations, each written from a
one-line description of an authoring habit (never from the extractor's code, tests or output),
with a hand-written gold file in ``samples/blind4/gold/``.

    python samples/blind4_build.py            # writes samples/blind4/decks/*
    python samples/blind4_build.py --check    # checks samples/blind4/gold/* against the decks

1. civrc-log-de-acoes-mobilidade-ativa-2026.pptx   Portuguese action log:
                                                   # | Ação | Responsável | Prazo | RAG | Comentários
2. kfnpa-trail-restoration-plan-2026-2027.pdf      Gantt chart drawn with shapes on a month axis + legend + detail pages
3. eah-arbeitsplan-2026.pptx                       German label lines: Maßnahme / Verantwortlich / Zeitraum / Stand
4. cehp-heritage-deliverables-plan-2026-27.pptx    two-column slides with a sidebar box + deliverable × WG tick matrix
5. lcrp-steering-group-decisions-2026-01.pptx      minutes: decisions, review of actions,
                                                   next steps "(Owner: R. X, ORG)"

All organisations, people, addresses and projects are fictional. Uses the shared drawing kit
``blind_kit.py`` (python-pptx) and reportlab; pdfplumber for ``--check``. PPTX files get fixed core
properties and fixed zip timestamps, the PDF is written with reportlab's ``invariant=1`` and the
standard fonts, so the same script gives the same bytes.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Inches

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_kit import (
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
    shade,
    slide_number,
    table,
    text_box,
    title,
)
from blind_kit import save as kit_save

HERE = Path(__file__).resolve().parent
ROOT = HERE / "blind4"
OUT = ROOT / "decks"
GOLD = ROOT / "gold"

ZIP_TIME = (2026, 2, 1, 0, 0, 0)


def save(prs, path: Path) -> Path:
    """Write a deck with this set's fixed zip timestamps (see blind_kit.save)."""
    return kit_save(prs, path, ZIP_TIME)


# =====================================================================================
# 1. Portuguese action log, 16:9, Calibri; 17 rows over two slides, header repeated
# =====================================================================================

D1_FONT = "Calibri"
D1_GREEN, D1_INK, D1_GREY = "0B6E4F", "1F1F1F", "6B6B6B"
D1_RAG = {"G": "8BC34A", "A": "FFC107", "R": "E53935", "C": "90A4AE", "—": "FFFFFF"}
D1_N = 6

D1_HEAD = ["#", "Ação", "Responsável", "Prazo", "RAG", "Comentários"]
D1_ROWS_1 = [
    ("1", "Levantamento da rede cicloviária existente", "SEMOB", "31/01/2026", "C",
     "Concluída em 28/01; relatório na pasta do projeto."),
    ("2", "Plano de rotas escolares seguras", "Ana Beatriz Figueiredo (CIVRC)", "abr/26", "G",
     "Em andamento – 4 de 9 escolas visitadas."),
    ("3", "Contagens de ciclistas nos corredores principais", "Núcleo de Dados", "mar/26", "A",
     "Contador do corredor Norte com defeito."),
    ("4", "Projeto executivo da ciclovia da Av. das Palmeiras", "Rodrigo Tavares Lemos, SEMOB", "30/06/2026", "R",
     "Licitação deserta; nova licitação em maio."),
    ("5", "Bicicletário no terminal rodoviário", "Prefeitura de Pedra Alta", "2º tri 2026", "G", ""),
    ("6", "Campanha “Vá de bike”", "Comunicação CIVRC / SEMOB", "set/26", "G",
     "Não iniciada; briefing com a agência em abril."),
    ("7", "Manual de desenho de calçadas", "Luíza Okamoto (UFVR)", "dez/26", "G", "Em andamento."),
    ("8", "Sinalização de zonas 30 no centro", "DER-VC", "31/05/2026", "A", "Aguardando parecer jurídico."),
    ("9", "Pesquisa origem-destino", "Núcleo de Dados", "2027", "G", "Não iniciada."),
]
D1_ROWS_2 = [
    ("10", "Programa de bicicletas compartilhadas", "Marcelo Andrade Pires (CIVRC)", "fim de 2026", "R",
     "Proposta de patrocínio recusada em 02/03."),
    ("11", "Oficinas de mecânica para jovens", "Instituto Pedal Livre", "jul/26", "G",
     "Em andamento; primeira turma formada."),
    ("12", "Integração tarifária bicicleta + ônibus", "SEMOB", "a definir", "A",
     "Depende do novo contrato de ônibus (março 2027)."),
    ("13", "Mapa interativo de rotas", "Núcleo de Dados", "fev/26", "C", "Concluída; no ar desde 20/02."),
    ("14", "Estudo de paraciclos em escolas", "—", "—", "—", "Cancelada – incorporada à ação 2."),
    ("15", "Capacitação de agentes de trânsito", "Guarda Municipal de Pedra Alta", "30/09/2026", "G",
     "Não iniciada."),
    ("16", "Relatório anual de mobilidade ativa", "Ana Beatriz Figueiredo (CIVRC)", "jan/27", "G", ""),
    ("17", "Contagem de pedestres no centro histórico", "UFVR", "3º tri 2026", "A",
     "Em andamento; falta autorização do conselho de patrimônio."),
]


def _d1_footer(slide, n):
    text_box(slide, 0.5, 7.05, 9.0, 0.3, [P("CIVRC · Plano de Ação de Mobilidade Ativa 2026 · uso interno")],
             font=D1_FONT, size=10, color=D1_GREY, name="Rodapé")
    slide_number(slide, 11.4, 7.05, 1.45, 0.3, n, fmt="página {n}", font=D1_FONT, size=10, color=D1_GREY)


def _d1_slide(prs, heading, layout=TITLE_ONLY):
    s = prs.slides.add_slide(prs.slide_layouts[layout])
    rect(s, 0, 0, 13.333, 0.12, D1_GREEN)
    title(s, heading, font=D1_FONT, size=28, color=D1_GREEN, box=(0.5, 0.25, 12.3, 0.8), align=PP_ALIGN.LEFT)
    return s


def _d1_log(slide, rows):
    widths = [0.45, 3.6, 2.75, 1.3, 0.65, 3.6]
    row_h = 0.5
    frame = slide.shapes.add_table(len(rows) + 1, 6, Inches(0.45), Inches(1.2), Inches(sum(widths)),
                                   Inches(row_h * (len(rows) + 1)))
    frame.name = "Log de ações"
    tbl = frame.table
    tbl.horz_banding = False
    tbl.first_row = True
    for j, w in enumerate(widths):
        tbl.columns[j].width = Inches(w)
    for j, h in enumerate(D1_HEAD):
        cell = tbl.cell(0, j)
        fill(cell.text_frame, [P(h, bold=True)], font=D1_FONT, size=12, color="FFFFFF")
        shade(cell, D1_GREEN)
    for i, row in enumerate(rows, start=1):
        tbl.rows[i].height = Inches(row_h)
        for j, value in enumerate(row):
            cell = tbl.cell(i, j)
            align = PP_ALIGN.CENTER if j in (0, 3, 4) else None
            fill(cell.text_frame, [P(value, align=align, bold=(j == 4) or None)], font=D1_FONT, size=11,
                 color=D1_INK)
            shade(cell, D1_RAG[row[4]] if j == 4 else ("FFFFFF" if i % 2 else "F1F6F4"))
            cell.vertical_anchor = MSO_ANCHOR.MIDDLE
    return frame


def build_action_log() -> Path:
    prs = new_deck(WIDE, title="Plano de Ação de Mobilidade Ativa 2026", author="Núcleo de Projetos CIVRC",
                   created=datetime(2026, 1, 5, 9, 0), modified=datetime(2026, 3, 13, 18, 20))
    n = 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_SLIDE])
    rect(s, 0, 0, 0.3, 7.5, D1_GREEN)
    title(s, "Plano de Ação de Mobilidade Ativa 2026", font=D1_FONT, size=40, color=D1_GREEN,
          box=(0.9, 1.8, 11.5, 1.4), align=PP_ALIGN.LEFT)
    sub = place(s.placeholders[1], 0.9, 3.3, 11.5, 2.2)
    fill(sub.text_frame, [
        P("Consórcio Intermunicipal do Vale do Ribeirão Claro", size=24, color=D1_INK, align=PP_ALIGN.LEFT),
        P("Log de ações – posição em 13/03/2026", size=18, color=D1_GREY, align=PP_ALIGN.LEFT),
    ], font=D1_FONT, size=18)
    notes(s, "Apresentar na reunião do conselho gestor de 19/03/2026.")

    n += 1
    s = _d1_slide(prs, "Como ler este log", TITLE_AND_CONTENT)
    body = place(s.placeholders[1], 0.6, 1.3, 12.1, 5.4)
    fill(body.text_frame, [
        P("Cada linha é uma ação do plano; o número (#) não muda entre versões."),
        P("G – dentro do prazo · A – risco de atraso · R – atrasada · C – concluída", label="RAG: "),
        P("data de entrega prevista (dd/mm/aaaa ou mês/ano).", label="Prazo: "),
        P("Atualização quinzenal pelo Núcleo de Projetos; próxima revisão em 27/03/2026."),
    ], font=D1_FONT, size=20, color=D1_INK, label_color=D1_GREEN, space_before=10)
    _d1_footer(s, n)

    n += 1
    s = _d1_slide(prs, "Log de ações (1/2)")
    _d1_log(s, D1_ROWS_1)
    _d1_footer(s, n)
    notes(s, "Ação 4: a nova licitação deve abrir em 12/05/2026.")

    n += 1
    s = _d1_slide(prs, "Log de ações (2/2)")
    _d1_log(s, D1_ROWS_2)
    _d1_footer(s, n)

    n += 1
    s = _d1_slide(prs, "Siglas", TITLE_AND_CONTENT)
    body = place(s.placeholders[1], 0.6, 1.3, 12.1, 5.4)
    fill(body.text_frame, [
        P("CIVRC – Consórcio Intermunicipal do Vale do Ribeirão Claro"),
        P("DER-VC – Departamento de Estradas e Rodagem do Vale Claro"),
        P("SEMOB – Secretaria Municipal de Mobilidade de Pedra Alta"),
        P("UFVR – Universidade Federal do Vale do Ribeirão"),
        P("RAG – vermelho, amarelo, verde (red, amber, green)"),
    ], font=D1_FONT, size=20, color=D1_INK, space_before=8)
    _d1_footer(s, n)

    n += 1
    s = _d1_slide(prs, "Contatos")
    text_box(s, 0.6, 1.4, 12.1, 3.0, [
        P("Núcleo de Projetos – Rua do Comércio, 410, Pedra Alta"),
        P("mobilidade@civrc.example", label="E-mail: "),
        P("https://www.civrc.example/mobilidade-ativa", label="Página do plano: "),
    ], font=D1_FONT, size=20, color=D1_INK, label_color=D1_GREEN, space_before=10)
    _d1_footer(s, n)
    assert n == D1_N
    return save(prs, OUT / "civrc-log-de-acoes-mobilidade-ativa-2026.pptx")


# =====================================================================================
# 2. Gantt chart drawn with shapes, reportlab PDF 16:9 (960 x 540 pt), Helvetica
# =====================================================================================

D2_W, D2_H = 960, 540
D2_FONT, D2_BOLD = "Helvetica", "Helvetica-Bold"
D2_SLATE, D2_INK, D2_GREY = "#2F4858", "#1E1E1E", "#777777"
D2_COLOURS = {"survey": "#9CC3E6", "works": "#1F5F99", "people": "#5BAE6A", "span": "#555555"}
D2_N = 7
D2_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
             "Jan", "Feb", "Mar", "Apr", "May", "Jun"]
D2_X0, D2_MW = 330, 33.0          # month 0 (January 2026) starts at x = 330, 18 columns of 33 pt
D2_TOP = 420                      # first row baseline area

# (kind, label, colour, first month index, last month index, milestone month index or None, milestone label)
D2_ROWS = [
    ("ws", "WS1 Path repairs", "span", 0, 10, None, None),
    ("task", "Condition survey of upland paths", "survey", 0, 2, None, None),
    ("task", "Stone pitching on Skelwith Edge", "works", 3, 8, None, None),
    ("task", "Drainage renewal on valley routes", "works", 5, 10, None, None),
    ("ws", "WS2 Access and signage", "span", 2, 14, None, None),
    ("task", "Accessible gate replacement", "works", 2, 6, None, None),
    ("task", "Waymarking and interpretation boards", "survey", 7, 13, 14, "boards unveiled"),
    ("ws", "WS3 Volunteers and engagement", "span", 1, 17, None, None),
    ("task", "Volunteer ranger recruitment", "people", 1, 3, None, None),
    ("task", "Community path-care days", "people", 4, 17, None, None),
    ("task", "Annual trail report", "survey", 10, 11, 12, "report published"),
]

D2_DETAILS = [
    ("WS1 – Path repairs", [
        ("Lead:", "Dr Imogen Thwaite, Kestrel Fells National Park Authority"),
        ("Co-lead:", "Callum Rigg (Fellside Footpath Trust)"),
        ("Timeline:", "January – November 2026"),
        ("Status:", "In progress"),
        ("Meetings:", "monthly site meetings from February 2026"),
        ("Aim:", "Repair the eroded upland paths and renew the drainage on the busiest valley routes before "
                 "the winter storms."),
    ], [
        ("Condition survey of upland paths", "Fellside Footpath Trust", "Complete"),
        ("Stone pitching on Skelwith Edge", "Ranger Team", "In progress"),
        ("Drainage renewal on valley routes", "Brantwick Contractors Ltd", "Not started"),
    ]),
    ("WS2 – Access and signage", [
        ("Lead:", "Priya Venkataraman – Kestrel Fells National Park Authority"),
        ("Timeline:", "March 2026 – March 2027"),
        ("Status:", "Planned"),
        ("Meetings:", "12 March 2026, 9 July 2026, 5 November 2026"),
        ("Aim:", "Make the three lakeside routes usable with a wheelchair or buggy and replace the "
                 "waymarking on all promoted trails."),
    ], [
        ("Accessible gate replacement", "Ranger Team", "Not started"),
        ("Waymarking and interpretation boards", "Hollin & Daughters Design", "Not started"),
    ]),
    ("WS3 – Volunteers and engagement", [
        ("Lead:", "Tom Ashburner (Friends of the Kestrel Fells)"),
        ("Timeline:", "February 2026 – June 2027"),
        ("Status:", "In progress"),
        ("Meetings:", "quarterly volunteer forums from April 2026"),
        ("Aim:", "Grow a team of forty trained volunteer rangers and report each year on the state of the "
                 "trails."),
    ], [
        ("Volunteer ranger recruitment", "Friends of the Kestrel Fells", "In progress"),
        ("Community path-care days", "Friends of the Kestrel Fells", "Not started"),
        ("Annual trail report", "Kestrel Fells National Park Authority", "Not started"),
    ]),
]


def _d2_frame(c, n, heading=None):
    from reportlab.lib.colors import HexColor

    c.setFillColor(HexColor(D2_SLATE))
    c.rect(0, D2_H - 8, D2_W, 8, stroke=0, fill=1)
    if heading:
        c.setFont(D2_BOLD, 24)
        c.drawString(40, D2_H - 52, heading)
    c.setFillColor(HexColor(D2_GREY))
    c.setFont(D2_FONT, 8)
    c.drawString(40, 18, "Kestrel Fells National Park Authority · Trail Restoration Plan")
    c.drawRightString(D2_W - 40, 18, f"{n} / {D2_N}")


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


def _d2_diamond(c, x, y, r, colour):
    from reportlab.lib.colors import HexColor

    c.setFillColor(HexColor(colour))
    p = c.beginPath()
    p.moveTo(x, y + r)
    p.lineTo(x + r, y)
    p.lineTo(x, y - r)
    p.lineTo(x - r, y)
    p.close()
    c.drawPath(p, stroke=0, fill=1)


def _d2_gantt(c):
    from reportlab.lib.colors import HexColor

    row_h = 26
    top = 448
    # year band and month labels
    c.setFont(D2_BOLD, 10)
    c.setFillColor(HexColor(D2_INK))
    c.drawCentredString(D2_X0 + 6 * D2_MW, top + 22, "2026")
    c.drawCentredString(D2_X0 + 15 * D2_MW, top + 22, "2027")
    c.setFont(D2_FONT, 8)
    for m, label in enumerate(D2_MONTHS):
        c.drawCentredString(D2_X0 + (m + 0.5) * D2_MW, top + 6, label)
    bottom = top - row_h * len(D2_ROWS) - 4
    # grid lines between months (year boundary heavier)
    for m in range(len(D2_MONTHS) + 1):
        c.setStrokeColor(HexColor("#9E9E9E" if m in (0, 12, 18) else "#DDDDDD"))
        c.setLineWidth(1.0 if m in (0, 12, 18) else 0.5)
        c.line(D2_X0 + m * D2_MW, top + 2, D2_X0 + m * D2_MW, bottom)
    # rows: name on the left, bar on the month axis
    y = top - row_h
    for kind, label, colour, first, last, mile, mile_label in D2_ROWS:
        c.setFillColor(HexColor(D2_INK))
        if kind == "ws":
            c.setFont(D2_BOLD, 11)
            c.drawString(40, y + 8, label)
            c.setFillColor(HexColor(D2_COLOURS[colour]))
            c.rect(D2_X0 + first * D2_MW + 2, y + 10, (last - first + 1) * D2_MW - 4, 5, stroke=0, fill=1)
        else:
            c.setFont(D2_FONT, 10)
            c.drawString(54, y + 8, label)
            c.setFillColor(HexColor(D2_COLOURS[colour]))
            c.rect(D2_X0 + first * D2_MW + 2, y + 5, (last - first + 1) * D2_MW - 4, 14, stroke=0, fill=1)
        if mile is not None:
            cx = D2_X0 + (mile + 0.5) * D2_MW
            _d2_diamond(c, cx, y + 12, 7, "#C0392B")
            c.setFillColor(HexColor(D2_GREY))
            c.setFont("Helvetica-Oblique", 8)
            c.drawString(cx + 10, y + 9, mile_label)
        y -= row_h
    # legend
    ly = 62
    lx = 40
    c.setFont(D2_FONT, 9)
    for colour, text in (("survey", "Survey, design and reporting"), ("works", "Works on site"),
                         ("people", "Volunteers and events")):
        c.setFillColor(HexColor(D2_COLOURS[colour]))
        c.rect(lx, ly, 22, 9, stroke=0, fill=1)
        c.setFillColor(HexColor(D2_INK))
        c.drawString(lx + 28, ly + 1, text)
        lx += 190
    c.setFillColor(HexColor(D2_COLOURS["span"]))
    c.rect(lx, ly + 2, 22, 5, stroke=0, fill=1)
    c.setFillColor(HexColor(D2_INK))
    c.drawString(lx + 28, ly + 1, "Workstream span")
    lx += 130
    _d2_diamond(c, lx + 8, ly + 4.5, 6, "#C0392B")
    c.setFillColor(HexColor(D2_INK))
    c.drawString(lx + 20, ly + 1, "Milestone")
    c.setFillColor(HexColor(D2_GREY))
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(40, 44, "Bars run from the first to the last month of activity. Dates after March 2027 depend "
                         "on the 2027/28 budget.")


def build_gantt_pdf() -> Path:
    from reportlab.lib.colors import HexColor
    from reportlab.pdfgen import canvas

    out = OUT / "kfnpa-trail-restoration-plan-2026-2027.pdf"
    out.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(out), pagesize=(D2_W, D2_H), invariant=1, pageCompression=1)
    c.setTitle("Trail Restoration Plan")
    c.setAuthor("Kestrel Fells National Park Authority")
    c.setCreator("reportlab")
    c.setProducer("reportlab")

    # 1 title page
    n = 1
    c.setFillColor(HexColor(D2_SLATE))
    c.rect(0, 0, D2_W, 150, stroke=0, fill=1)
    c.setFont(D2_BOLD, 40)
    c.drawString(60, 380, "Trail Restoration Plan")
    c.setFillColor(HexColor(D2_INK))
    c.setFont(D2_FONT, 22)
    c.drawString(60, 340, "Kestrel Fells National Park Authority")
    c.setFont(D2_FONT, 18)
    c.drawString(60, 305, "January 2026 – June 2027")
    c.setFillColor(HexColor("#FFFFFF"))
    c.setFont(D2_FONT, 12)
    c.drawString(60, 70, "Version 2 · agreed by the Park Management Board on 3 December 2025")
    c.showPage()

    # 2 partners (no items)
    n += 1
    _d2_frame(c, n, "Who is involved")
    c.setFillColor(HexColor(D2_INK))
    y = 430
    for name, role in (
        ("Kestrel Fells National Park Authority", "lead body, ranger service, funding"),
        ("Fellside Footpath Trust", "path surveys and upland repair skills"),
        ("Friends of the Kestrel Fells", "volunteer recruitment and path-care days"),
        ("Brantwick Contractors Ltd", "drainage works (framework contract)"),
        ("Hollin & Daughters Design", "waymarking and interpretation design"),
    ):
        c.setFont(D2_BOLD, 14)
        c.drawString(60, y, name)
        c.setFont(D2_FONT, 13)
        c.drawString(400, y, role)
        y -= 34
    c.setFont(D2_FONT, 13)
    c.drawString(60, y - 10, "Programme board: Dr Imogen Thwaite (chair), meets in March, June, September "
                             "and December.")
    c.showPage()

    # 3 Gantt
    n += 1
    _d2_frame(c, n, "The plan at a glance")
    _d2_gantt(c)
    c.showPage()

    # 4-6 one page per workstream
    for heading, facts, tasks in D2_DETAILS:
        n += 1
        _d2_frame(c, n, heading)
        y = 440
        for label, value in facts:
            c.setFillColor(HexColor(D2_SLATE))
            c.setFont(D2_BOLD, 13)
            c.drawString(40, y, label)
            c.setFillColor(HexColor(D2_INK))
            c.setFont(D2_FONT, 13)
            for part in _d2_wrap(c, value, D2_FONT, 13, 360):
                c.drawString(130, y, part)
                y -= 17
            y -= 8
        # task table on the right, drawn with lines
        tx, ty = 530, 440
        cols = [(tx, "Task"), (tx + 215, "Owner"), (tx + 345, "Status")]
        c.setFillColor(HexColor(D2_SLATE))
        c.rect(tx - 6, ty - 7, 430, 22, stroke=0, fill=1)
        c.setFillColor(HexColor("#FFFFFF"))
        c.setFont(D2_BOLD, 11)
        for x, h in cols:
            c.drawString(x, ty, h)
        c.setStrokeColor(HexColor("#BBBBBB"))
        c.setLineWidth(0.6)
        y = ty - 30
        for task, owner, status in tasks:
            c.setFillColor(HexColor(D2_INK))
            c.setFont(D2_FONT, 10)
            t_lines = _d2_wrap(c, task, D2_FONT, 10, 205)
            o_lines = _d2_wrap(c, owner, D2_FONT, 10, 125)
            for k, part in enumerate(t_lines):
                c.drawString(tx, y - 13 * k, part)
            for k, part in enumerate(o_lines):
                c.drawString(tx + 215, y - 13 * k, part)
            c.drawString(tx + 345, y, status)
            depth = 13 * max(len(t_lines), len(o_lines))
            c.line(tx - 6, y - depth + 3, tx + 424, y - depth + 3)
            y -= depth + 12
        c.showPage()

    # 7 contacts
    n += 1
    _d2_frame(c, n, "Contacts")
    c.setFillColor(HexColor(D2_INK))
    c.setFont(D2_FONT, 15)
    c.drawString(60, 420, "Trails team, Kestrel Fells National Park Authority, Fellgate House, Brantwick")
    c.drawString(60, 390, "E-mail: trails@kestrelfells.example")
    c.drawString(60, 360, "Progress updates: https://www.kestrelfells.example/trails")
    c.showPage()
    assert n == D2_N
    c.save()
    return out


# =====================================================================================
# 3. German work plan, 4:3, Segoe-like Verdana; "Maßnahme:" label lines, two or three per slide
# =====================================================================================

D3_FONT = "Verdana"
D3_RED, D3_INK, D3_GREY = "9E1B32", "202020", "707070"
D3_N = 7


def _d3_footer(slide, n):
    text_box(slide, 0.4, 7.05, 6.0, 0.3, [P("EAH · Arbeitsplan 2026")], font=D3_FONT, size=9, color=D3_GREY,
             name="Fußzeile")
    slide_number(slide, 8.2, 7.05, 1.4, 0.3, n, fmt="Seite {n}", font=D3_FONT, size=9, color=D3_GREY)


def _d3_field_slide(prs, n, kicker, heading, coord, blocks, note=None):
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    rect(s, 0, 0, 10, 0.08, D3_RED)
    text_box(s, 0.45, 0.25, 9.0, 0.35, [P(kicker.upper(), bold=True)], font=D3_FONT, size=11, color=D3_RED,
             name="Kicker")
    title(s, heading, font=D3_FONT, size=26, color=D3_INK, box=(0.4, 0.55, 9.2, 0.8), align=PP_ALIGN.LEFT)
    paras = [P(coord, label="Koordination: ", size=13, color=D3_GREY)]
    for block in blocks:
        for k, (label, value) in enumerate(block):
            paras.append(P(value, label=label + ": ", space_before=(14 if k == 0 else 2),
                           bold=True if label == "Maßnahme" else None))
    text_box(s, 0.5, 1.45, 9.0, 5.5, paras, font=D3_FONT, size=14, color=D3_INK, label_color=D3_RED,
             name="Inhalt")
    if note:
        notes(s, note)
    _d3_footer(s, n)
    return s


def build_german() -> Path:
    prs = new_deck(STANDARD, title="Arbeitsplan 2026", author="Energieagentur Kreis Hohenfels",
                   created=datetime(2025, 12, 1, 8, 0), modified=datetime(2026, 1, 20, 16, 30))
    n = 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_SLIDE])
    rect(s, 0, 6.9, 10, 0.6, D3_RED)
    title(s, "Arbeitsplan 2026", font=D3_FONT, size=40, color=D3_RED, box=(0.7, 1.8, 8.6, 1.2),
          align=PP_ALIGN.LEFT)
    sub = place(s.placeholders[1], 0.7, 3.1, 8.6, 2.2)
    fill(sub.text_frame, [
        P("Energieagentur Kreis Hohenfels", size=24, color=D3_INK, align=PP_ALIGN.LEFT),
        P("Stand: 20.01.2026 – beschlossen vom Aufsichtsrat am 15.12.2025", size=14, color=D3_GREY,
          align=PP_ALIGN.LEFT),
    ], font=D3_FONT, size=18)

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_AND_CONTENT])
    title(s, "Inhalt", font=D3_FONT, size=28, color=D3_INK, box=(0.4, 0.4, 9.2, 0.9), align=PP_ALIGN.LEFT)
    body = place(s.placeholders[1], 0.6, 1.5, 8.8, 5.2)
    fill(body.text_frame, [
        P("Handlungsfeld Wärme und Gebäude"),
        P("Handlungsfeld Mobilität"),
        P("Handlungsfeld Bildung und Beteiligung"),
        P("Termine 2026"),
        P("Abkürzungen und Kontakt"),
    ], font=D3_FONT, size=20, color=D3_INK, space_before=8)
    _d3_footer(s, n)

    n += 1
    _d3_field_slide(prs, n, "Handlungsfeld", "Wärme und Gebäude", "Dr. Katrin Vößing (EAH)", [
        [("Maßnahme", "Kommunale Wärmeplanung für neun Gemeinden"),
         ("Verantwortlich", "Dr. Katrin Vößing (EAH)"),
         ("Zeitraum", "03/2026 – 11/2026"),
         ("Stand", "in Bearbeitung")],
        [("Maßnahme", "Sanierungsberatung für Vereinsheime"),
         ("Verantwortlich", "Kreisbauamt Hohenfels"),
         ("Zeitraum", "Q3/2026"),
         ("Stand", "geplant")],
    ], note="Förderbescheid für die Wärmeplanung kam am 12.02.2026 – ggf. Start schon im Februar.")

    n += 1
    _d3_field_slide(prs, n, "Handlungsfeld", "Mobilität", "Jörg Schäfer, Stadtwerke Hohenfels GmbH", [
        [("Maßnahme", "Ladeinfrastruktur an Kreisliegenschaften"),
         ("Verantwortlich", "Stadtwerke Hohenfels GmbH / Kreisbauamt Hohenfels"),
         ("Zeitraum", "01/2026 bis Ende 2026"),
         ("Stand", "in Bearbeitung"),
         ("Beteiligte", "Gemeinde Ebersgrund, Gemeinde Talheim-Süd")],
        [("Maßnahme", "Mitfahrbänke in den Ortsteilen"),
         ("Verantwortlich", "Lena Brückner (Kreisverwaltung Hohenfels)"),
         ("Zeitraum", "09/2025 – 02/2026"),
         ("Stand", "abgeschlossen (02/2026)")],
    ])

    n += 1
    _d3_field_slide(prs, n, "Handlungsfeld", "Bildung und Beteiligung",
                    "Prof. Dr. Ulrike Großmann (Hochschule Hohenfels-Ahrtal)", [
        [("Maßnahme", "Klimaschulen-Wettbewerb"),
         ("Verantwortlich", "Prof. Dr. Ulrike Großmann (HHA)"),
         ("Zeitraum", "Q4/2026 – Q2/2027"),
         ("Stand", "noch nicht begonnen")],
        [("Maßnahme", "Bürgerforum Energiewende"),
         ("Verantwortlich", "EAH"),
         ("Zeitraum", "2026–2027"),
         ("Stand", "in Bearbeitung"),
         ("Sitzungen", "04/2026 und 10/2026")],
        [("Maßnahme", "Energiesparwettbewerb der Gemeinden"),
         ("Verantwortlich", "EAH"),
         ("Zeitraum", "—"),
         ("Stand", "entfällt (in das Bürgerforum integriert)")],
    ], note="Klimaschulen: Preisverleihung evtl. beim Klimatag 2027 (Mai?).")

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    rect(s, 0, 0, 10, 0.08, D3_RED)
    title(s, "Termine 2026", font=D3_FONT, size=26, color=D3_INK, box=(0.4, 0.4, 9.2, 0.9), align=PP_ALIGN.LEFT)
    table(s, 0.6, 1.6, [
        ["Gremium", "Termine"],
        ["Lenkungskreis", "03/2026, 07/2026, 11/2026"],
        ["Aufsichtsrat", "12/2026"],
        ["Hohenfelser Klimatag", "19.09.2026"],
    ], [3.4, 5.2], font=D3_FONT, size=14, header_fill=D3_RED, band="F6E9EC", row_height=0.5)
    _d3_footer(s, n)

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    rect(s, 0, 0, 10, 0.08, D3_RED)
    title(s, "Abkürzungen und Kontakt", font=D3_FONT, size=26, color=D3_INK, box=(0.4, 0.4, 9.2, 0.9),
          align=PP_ALIGN.LEFT)
    text_box(s, 0.5, 1.5, 9.0, 5.0, [
        P("EAH – Energieagentur Kreis Hohenfels"),
        P("HHA – Hochschule Hohenfels-Ahrtal"),
        P("Q3/2026 – drittes Quartal 2026"),
        P("info@eah-hohenfels.example", label="E-Mail: ", space_before=24),
        P("https://www.eah-hohenfels.example/arbeitsplan", label="Online: "),
    ], font=D3_FONT, size=16, color=D3_INK, label_color=D3_RED, space_before=6)
    _d3_footer(s, n)
    assert n == D3_N
    return save(prs, OUT / "eah-arbeitsplan-2026.pptx")


# =====================================================================================
# 4. Two-column deliverable slides with a sidebar box, WG table, deliverable × WG tick matrix
# =====================================================================================

D4_HEAD, D4_FONT = "Georgia", "Gill Sans MT"
D4_TEAL, D4_SAND, D4_INK, D4_GREY = "1D5C63", "EDE6D6", "222222", "6F6F6F"
D4_N = 10

D4_DELIVERABLES = [
    ("D1", "Digitised tithe maps of the Corran valley",
     "Scan, transcribe and geo-reference the 1840s tithe maps and apportionments for the eleven "
     "parishes of the valley, and publish them with a simple search by field name.", None,
     [("Lead", "Dr Morwenna Tallack (Corran County Record Office)"),
      ("Partners", "Estuary Wildlife Trust, Polwenna Village Society"),
      ("Timeline", "April – December 2026"),
      ("Status", "In progress")]),
    ("D2", "Oral history of the ferry crossings",
     "Record thirty interviews with former ferrymen, crews and passengers and deposit them, with "
     "transcripts, in the county sound archive.", "https://www.cehp.example/ferry-voices",
     [("Lead", "Sadie Trelawny (CEHP)"),
      ("Partners", "Polwenna Village Society"),
      ("Timeline", "June 2026 – March 2027"),
      ("Status", "Planned")]),
    ("D3", "Condition survey of the estuary lime kilns",
     "Survey the nineteen lime kilns along the estuary and rank them by risk, as the basis of a "
     "repair bid.", None,
     [("Lead", "Idris Penhallow, Estuary Wildlife Trust"),
      ("Partners", "Corran Archaeology Group"),
      ("Timeline", "Q2–Q3 2026"),
      ("Status", "Not started")]),
    ("D4", "Heritage trail app",
     "A free walking app with twelve audio stops that draws on D1 and D2.", None,
     [("Lead", "Corran District Council"),
      ("Partners", "CEHP, Estuary Wildlife Trust"),
      ("Timeline", "September 2026 – early 2027"),
      ("Status", "Proposed")]),
    ("D5", "Schools heritage kit",
     "Lesson plans, replica objects and map packs for the primary schools of the valley, lent out "
     "by the library service.", None,
     [("Lead", "Sadie Trelawny (CEHP) and Gethin Rowe (Corran District Council)"),
      ("Partners", "—"),
      ("Timeline", "2026–2027"),
      ("Status", "Delayed (funding decision in May)")]),
]
D4_MATRIX = {"D1": ("WG1", "WG2"), "D2": ("WG1", "WG3"), "D3": ("WG2",), "D4": ("WG2", "WG3"), "D5": ("WG3",)}


def _d4_footer(slide, n):
    text_box(slide, 0.5, 7.05, 9.0, 0.3, [P("Corran Estuary Heritage Partnership · draft for the Board")],
             font=D4_FONT, size=10, color=D4_GREY, name="Footer")
    slide_number(slide, 11.4, 7.05, 1.45, 0.3, n, fmt="{n} of 10", font=D4_FONT, size=10, color=D4_GREY)


def _d4_slide(prs, heading):
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    title(s, heading, font=D4_HEAD, size=28, color=D4_TEAL, box=(0.5, 0.3, 12.3, 0.9), align=PP_ALIGN.LEFT)
    rect(s, 0.5, 1.2, 12.33, 0.04, D4_TEAL)
    return s


def build_sidebar() -> Path:
    prs = new_deck(WIDE, title="Heritage Deliverables Plan", author="CEHP secretariat",
                   created=datetime(2026, 2, 16, 10, 0), modified=datetime(2026, 3, 9, 12, 15))
    n = 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_SLIDE])
    rect(s, 0, 5.6, 13.333, 1.9, D4_TEAL)
    title(s, "Heritage Deliverables Plan", font=D4_HEAD, size=40, color=D4_TEAL, box=(0.9, 1.4, 11.5, 1.3),
          align=PP_ALIGN.LEFT)
    sub = place(s.placeholders[1], 0.9, 2.8, 11.5, 2.4)
    fill(sub.text_frame, [
        P("Corran Estuary Heritage Partnership", size=24, color=D4_INK, align=PP_ALIGN.LEFT),
        P("April 2026 – March 2027", size=20, color=D4_INK, align=PP_ALIGN.LEFT),
        P("Draft for the Partnership Board, 11 March 2026", size=14, color=D4_GREY, align=PP_ALIGN.LEFT),
    ], font=D4_FONT, size=18)

    n += 1
    s = _d4_slide(prs, "Agenda")
    text_box(s, 0.7, 1.6, 11.5, 5.0, [P(t, bullet="•") for t in (
        "Our working groups", "Five deliverables for 2026/27", "Who contributes to what",
        "Partners and contacts")], font=D4_FONT, size=22, color=D4_INK, space_before=12)
    _d4_footer(s, n)

    n += 1
    s = _d4_slide(prs, "Our working groups")
    table(s, 0.5, 1.6, [
        ["Group", "Chair", "Meets"],
        ["WG1 Archives and collections", "Dr Morwenna Tallack (Corran County Record Office)",
         "quarterly from May 2026"],
        ["WG2 Landscape and sites", "Idris Penhallow, Estuary Wildlife Trust",
         "May 2026, September 2026, January 2027"],
        ["WG3 Learning and outreach", "Sadie Trelawny (CEHP)", "monthly from April 2026"],
    ], [3.9, 4.8, 3.6], font=D4_FONT, size=15, header_fill=D4_TEAL, band=D4_SAND, row_height=0.7)
    _d4_footer(s, n)

    for code, name, scope, link, side in D4_DELIVERABLES:
        n += 1
        s = _d4_slide(prs, f"{code} · {name}")
        left = [P("Scope", bold=True, color=D4_TEAL, size=16), P(scope, space_before=4)]
        if link:
            left.append(P(link, label="More: ", space_before=14, size=14))
        text_box(s, 0.5, 1.5, 7.6, 5.2, left, font=D4_FONT, size=18, color=D4_INK, name="Description")
        box = rect(s, 8.6, 1.5, 4.23, 5.1, D4_SAND, name="Sidebar")
        tf = box.text_frame
        tf.word_wrap = True
        tf.vertical_anchor = MSO_ANCHOR.TOP
        tf.margin_left = tf.margin_right = Inches(0.2)
        tf.margin_top = Inches(0.2)
        paras = []
        for k, (label, value) in enumerate(side):
            paras.append(P(label, bold=True, color=D4_TEAL, size=13, space_before=(0 if k == 0 else 14),
                           align=PP_ALIGN.LEFT))
            paras.append(P(value, align=PP_ALIGN.LEFT))
        fill(tf, paras, font=D4_FONT, size=15, color=D4_INK)
        _d4_footer(s, n)

    n += 1
    s = _d4_slide(prs, "Who contributes to what")
    rows = [["Deliverable", "WG1", "WG2", "WG3"]]
    for code, name, *_ in D4_DELIVERABLES:
        rows.append([f"{code} {name}"] + [("✓" if wg in D4_MATRIX[code] else "") for wg in ("WG1", "WG2", "WG3")])
    frame = table(s, 0.5, 1.6, rows, [6.9, 1.8, 1.8, 1.8], font=D4_FONT, size=15, header_fill=D4_TEAL,
                  band=D4_SAND, row_height=0.6)
    for i in range(1, len(rows)):
        for j in (1, 2, 3):
            for p in frame.table.cell(i, j).text_frame.paragraphs:
                p.alignment = PP_ALIGN.CENTER
    text_box(s, 0.5, 5.5, 12.3, 0.5, [P("✓ = the working group contributes staff or volunteer time.",
                                        italic=True)], font=D4_FONT, size=13, color=D4_GREY)
    _d4_footer(s, n)

    n += 1
    s = _d4_slide(prs, "Partners and contacts")
    text_box(s, 0.7, 1.5, 11.8, 5.2, [
        P("Corran Estuary Heritage Partnership (CEHP): Corran District Council, Corran County Record Office, "
          "Estuary Wildlife Trust, Polwenna Village Society, Corran Archaeology Group."),
        P("Secretariat: CEHP, The Old Custom House, Polwenna Quay", space_before=14),
        P("heritage@cehp.example", label="Email: ", space_before=14),
        P("https://www.cehp.example", label="Web: "),
    ], font=D4_FONT, size=18, color=D4_INK, label_color=D4_TEAL)
    _d4_footer(s, n)
    assert n == D4_N
    return save(prs, OUT / "cehp-heritage-deliverables-plan-2026-27.pptx")


# =====================================================================================
# 5. Minutes-style deck: decisions, review of actions, next steps with "(Owner: R. X, ORG)"
# =====================================================================================

D5_FONT = "Arial"
D5_NAVY, D5_INK, D5_GREY = "23395B", "1A1A1A", "707070"
D5_N = 6


def _d5_footer(slide, n):
    text_box(slide, 0.5, 7.05, 9.0, 0.3, [P("LCRP Steering Group · 14 January 2026 · approved minutes")],
             font=D5_FONT, size=10, color=D5_GREY, name="Footer")
    slide_number(slide, 11.4, 7.05, 1.45, 0.3, n, fmt="Slide {n}", font=D5_FONT, size=10, color=D5_GREY)


def _d5_slide(prs, heading, paras, *, size=18, note=None):
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_AND_CONTENT])
    title(s, heading, font=D5_FONT, size=30, color=D5_NAVY, box=(0.5, 0.3, 12.3, 0.9), align=PP_ALIGN.LEFT)
    body = place(s.placeholders[1], 0.6, 1.35, 12.1, 5.5)
    fill(body.text_frame, paras, font=D5_FONT, size=size, color=D5_INK, space_before=9)
    if note:
        notes(s, note)
    return s


def build_minutes() -> Path:
    prs = new_deck(WIDE, title="Steering Group – Decisions and Next Steps", author="LDA partnership support",
                   created=datetime(2026, 1, 15, 9, 0), modified=datetime(2026, 1, 21, 15, 40))
    n = 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_SLIDE])
    rect(s, 0, 0, 13.333, 0.4, D5_NAVY)
    title(s, "Steering Group – Decisions and Next Steps", font=D5_FONT, size=36, color=D5_NAVY,
          box=(0.9, 1.9, 11.5, 1.3), align=PP_ALIGN.LEFT)
    sub = place(s.placeholders[1], 0.9, 3.3, 11.5, 2.0)
    fill(sub.text_frame, [
        P("Lowmoor Clean Rivers Partnership", size=24, color=D5_INK, align=PP_ALIGN.LEFT),
        P("Meeting of 14 January 2026, Lowmoor Town Hall", size=18, color=D5_GREY, align=PP_ALIGN.LEFT),
    ], font=D5_FONT, size=18)

    n += 1
    s = _d5_slide(prs, "Attendance", [
        P("Cllr Helen Marchbank (Lowmoor Borough Council, LBC)", label="Chair: "),
        P("Present:", bold=True),
        P("Ruth Achterberg (Lowmoor Development Agency, LDA)", level=1, bullet="–"),
        P("Jonah Pietersen (Riverkeepers Trust, RKT)", level=1, bullet="–"),
        P("Sunita Bhardwaj (Lowmoor Water plc, LW)", level=1, bullet="–"),
        P("Owen Caddick (Lowmoor Borough Council, LBC)", level=1, bullet="–"),
        P("Fern Ibbotson (Yare Farmers' Network, YFN)", label="Apologies: "),
    ], size=18)
    _d5_footer(s, n)

    n += 1
    s = _d5_slide(prs, "Review of actions from 8 October 2025", [
        P("Publish the water-quality dashboard (Owner: J. Pietersen, RKT) – done, live since November 2025.",
          bullet="•"),
        P("Agree the misconnections survey method (Owner: S. Bhardwaj, LW) – done.", bullet="•"),
        P("Map the landowners along the Brook Eller (Owner: F. Ibbotson, YFN) – carried forward, now due "
          "end of March 2026.", bullet="•"),
    ], note="Fern sent apologies; Owen to chase the landowner list before 20 February 2026.")
    _d5_footer(s, n)

    n += 1
    s = _d5_slide(prs, "Decisions", [
        P("The partnership adopts the Brook Eller catchment plan as its priority for 2026.", label="D1 "),
        P("The citizen science programme continues, with quarterly sampling from March 2026.", label="D2 "),
        P("Lowmoor Water plc will co-fund the misconnections survey (£40,000).", label="D3 "),
        P("The Steering Group will meet every two months; next meeting 11 March 2026.", label="D4 "),
    ])
    _d5_footer(s, n)

    n += 1
    s = _d5_slide(prs, "Next steps", [
        P("Circulate the revised data-sharing agreement to all partners by 6 February 2026 "
          "(Owner: R. Achterberg, LDA)."),
        P("Commission the misconnections survey in the Eller valley by the end of March 2026 "
          "(Owner: S. Bhardwaj, LW)."),
        P("Draft terms of reference for the farmers' advisory panel for approval at the March meeting "
          "(Owner: O. Caddick, LBC)."),
        P("Launch the volunteer sampling programme in Q2 2026, with training days in April and May 2026 "
          "(Owner: J. Pietersen, RKT)."),
        P("Prepare a funding bid to the Lowmoor Rivers Fund, deadline 30 April 2026 "
          "(Owners: H. Marchbank, LBC and R. Achterberg, LDA)."),
        P("Update the catchment risk register by mid-2026 (Owner: LDA)."),
    ], size=17, note="Ruth may need until mid-February for the agreement if legal comments are late.")
    for p in s.placeholders[1].text_frame.paragraphs:
        pPr = p._p.get_or_add_pPr()
        pPr.set("marL", str(int(Inches(0.45))))
        pPr.set("indent", str(-int(Inches(0.45))))
        from pptx.oxml import parse_xml
        from pptx.oxml.ns import nsdecls
        for tag in ("a:buNone", "a:buChar", "a:buAutoNum"):
            for el in pPr.findall("{http://schemas.openxmlformats.org/drawingml/2006/main}" + tag[2:]):
                pPr.remove(el)
        pPr.append(parse_xml(f'<a:buAutoNum {nsdecls("a")} type="arabicPeriod"/>'))
    _d5_footer(s, n)

    n += 1
    s = _d5_slide(prs, "Next meeting and contacts", [
        P("11 March 2026, 14:00, Lowmoor Town Hall", label="Next meeting: "),
        P("Lowmoor Development Agency, on behalf of the partnership", label="Secretariat: "),
        P("cleanrivers@lda.example", label="Email: "),
        P("https://www.cleanrivers-lowmoor.example", label="Web: "),
    ])
    _d5_footer(s, n)
    assert n == D5_N
    return save(prs, OUT / "lcrp-steering-group-decisions-2026-01.pptx")


# =====================================================================================
# gold checks (python samples/blind4_build.py --check)
# =====================================================================================

def check_gantt() -> list[str]:
    """The Gantt gold's drawn task timelines and milestone months, recomputed from the row table
    that draws the chart (month index 0 = January 2026)."""
    deck = OUT / "kfnpa-trail-restoration-plan-2026-2027.pdf"
    gold = json.loads((GOLD / (deck.name + ".gold.json")).read_text(encoding="utf-8"))
    by_title = {it["title"]: it for it in gold["items"]}

    def month(i):
        return f"{2026 + i // 12}-{i % 12 + 1:02d}"

    errs = []
    for kind, label, _, first, last, mile, _ in D2_ROWS:
        if kind != "task":
            continue
        it = by_title.get(label)
        if it is None:
            errs.append(f"gantt row {label!r} has no gold item")
            continue
        drawn = {"text": None, "from": month(first), "to": month(last)}
        if it["timeline"] != drawn:
            errs.append(f"gantt row {label!r}: drawn {drawn}, gold {it['timeline']}")
        pub = None if mile is None else {"text": None, "from": month(mile), "to": month(mile)}
        if it["publication"] != pub:
            errs.append(f"gantt row {label!r}: milestone {pub}, gold {it['publication']}")
    for kind, label, _, first, last, _, _ in D2_ROWS:
        if kind == "ws":
            it = next((x for x in gold["items"] if x["code"] == label.split()[0]), None)
            if it and it["timeline"] and (it["timeline"]["from"], it["timeline"]["to"]) != (month(first), month(last)):
                errs.append(f"{label}: written timeline {it['timeline']} differs from the drawn span")
    return errs


def check() -> int:
    return check_set(GOLD, OUT, ("gantt geometry", check_gantt))


def main(argv) -> int:
    if "--check" in argv:
        return check()
    OUT.mkdir(parents=True, exist_ok=True)
    for build in (build_action_log, build_gantt_pdf, build_german, build_sidebar, build_minutes):
        print(build().relative_to(HERE.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
