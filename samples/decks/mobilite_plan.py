"""Plan de travail de l'AMU 2025: a French 16:9 deck made of text boxes on blank slides, one
slide per deliverable with "Label : valeur" lines (Pilote, Co-pilotes, Secrétariat, Calendrier,
Échéance, Périmètre, Réunions en ligne prévues, État d'avancement, Lien). One slide is built
from group shapes (a header group, and a body group holding one label-box/value-box group per
field). Leaders as "Mme Claire DUBOIS (Ville de X)", as "Name ; Name" on one line, or with the
affiliation on the next line (soft break or next paragraph). Dates such as T2 2025, fin 2025,
second semestre 2025, d'ici juin 2026, mi-2026; meetings "janvier, avril et octobre 2025",
"mensuelles à partir de mars 2025", "À définir". Also rendered to PDF.

Written as a blind test: the gold ``samples/amu-plan-de-travail-2025.gold.json`` is written by
hand from this script's text, not from the extractor's output.
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

BASE = "amu-plan-de-travail-2025"
PLUM, MINT, INK, MIST = "4A235A", "48C9B0", "1C1C1C", "EFE6F3"
FONT = "Cambria"
FOOT = "Alliance des mobilités urbaines – Plan de travail 2025"

ITEMS = [
    (
        "Guide de la logistique urbaine décarbonée",
        [
            P("Mme Claire DUBOIS (Ville de Montreval)", label="Pilote : "),
            P("AMU", label="Secrétariat : "),
            P("T2 2025 – fin 2025", label="Calendrier : "),
            P("fin 2025", label="Échéance : "),
            P(
                "Recenser les solutions de livraison du dernier kilomètre à faibles émissions : espaces "
                "logistiques urbains, vélos-cargos, mutualisation des tournées.",
                label="Périmètre : ",
            ),
            P("janvier, avril et octobre 2025", label="Réunions en ligne prévues : "),
            P("En cours", label="État d'avancement : "),
        ],
    ),
    None,  # the group-shape slide, built by _grouped_slide
    (
        "Stationnement vélo dans les quartiers denses : recommandations",
        [
            P("M. Hugo LEROY (Communauté urbaine de Belrive)", label="Pilote : "),
            P("AMU", label="Secrétariat : "),
            P("2025", label="Calendrier : "),
            P("T4 2025", label="Échéance : "),
            P(
                "Proposer des normes de stationnement vélo pour les immeubles anciens et l'espace public "
                "des quartiers denses.",
                label="Périmètre : ",
            ),
            P("Les recommandations s'appuieront sur les comptages réalisés dans quatre villes pilotes."),
            P("mensuelles à partir de mars 2025", label="Réunions en ligne prévues : "),
            P("Retardé", label="État d'avancement : "),
        ],
    ),
    (
        "Tarification solidaire des transports publics",
        [
            P("Mme Inès FAURE (SMTA) ; M. Lucas PETIT (Ville de Corbelle)", label="Co-pilotes : "),
            P("Syndicat mixte des transports de l'Ardan (SMTA)", label="Secrétariat : "),
            P("2025-2026", label="Calendrier : "),
            P("mi-2026", label="Échéance : "),
            P(
                "Comparer les grilles de tarification sociale et solidaire des réseaux membres et en tirer "
                "des principes communs.",
                label="Périmètre : ",
            ),
            P("À définir", label="Réunions en ligne prévues : "),
            P("Nouveau livrable proposé", label="État d'avancement : "),
        ],
    ),
    (
        "Retour d'expérience sur les zones à faibles émissions",
        [
            P("Nadia ROUSSEL", label="Pilote : "),
            P("Agence régionale de la qualité de l'air (ARQA)", level=1),
            P("ARQA", label="Secrétariat : "),
            P("T1 2025 – T2 2025", label="Calendrier : "),
            P("avril 2025", label="Échéance : "),
            P(
                "Tirer les enseignements des cinq premières zones à faibles émissions du réseau : "
                "périmètres, dérogations, contrôle et acceptabilité.",
                label="Périmètre : ",
            ),
            P("janvier et mars 2025", label="Réunions en ligne prévues : "),
            P("Terminé", label="État d'avancement : "),
            P("https://amu.example.fr/publications/zfe-retour-experience", label="Lien : "),
        ],
    ),
]

GROUPED_TITLE = "Baromètre de l'accessibilité des gares routières"
GROUPED_FIELDS = [
    ("Co-pilotes :", [P("Karim BENALI\vMétropole de Lirac"), P("Dr Élodie MARCHAND\vUniversité de Valbrune (UDV)")]),
    ("Secrétariat :", [P("UDV")]),
    ("Calendrier :", [P("second semestre 2025")]),
    ("Échéance :", [P("d'ici juin 2026")]),
    (
        "Périmètre :",
        [
            P(
                "Mesurer l'accessibilité des gares routières pour les personnes à mobilité réduite à l'aide "
                "d'une grille commune de trente critères."
            )
        ],
    ),
    ("Réunions en ligne prévues :", [P("septembre 2025 (lancement), novembre 2025")]),
    ("État d'avancement :", [P("Non commencé")]),
]


def _chrome(prs, slide, n):
    logo(slide, "AMU", 11.9, 0.3, 1.0, 0.5, colour=MINT, text_colour=PLUM, font=FONT, size=16)
    footer(prs, slide, FOOT, n, font=FONT, size=10, color="7D6B86", number_format="– {n} –")


def _header(target, heading, *, grouped=False):
    """Plum sidebar and the title as a text box (placed in a group when ``target`` is one)."""
    rect(target, 0, 0, 0.35, 7.5, PLUM)
    return text_box(
        target,
        0.7,
        0.35,
        10.9,
        1.0,
        [P(heading, bold=True)],
        font=FONT,
        size=28,
        color=PLUM,
        name="Titre" if not grouped else "Titre groupé",
    )


def _grouped_slide(prs, n):
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    head = s.shapes.add_group_shape()
    head.name = "En-tête"
    _header(head, GROUPED_TITLE, grouped=True)
    body = s.shapes.add_group_shape()
    body.name = "Fiche"
    y = 1.55
    for label, paras in GROUPED_FIELDS:
        lines = sum(1 + p.text.count("\v") for p in paras)
        if label == "Périmètre :":
            lines = 2
        h = 0.36 * lines + 0.08
        row = body.shapes.add_group_shape()
        text_box(
            row, 0.7, y, 3.7, h, [P(label, bold=True)], font=FONT, size=16, color=PLUM,
            fill_colour=MIST, margin=0.06,
        )
        text_box(row, 4.55, y, 8.1, h, paras, font=FONT, size=16, color=INK, margin=0.06)
        y += h + 0.1
    _chrome(prs, s, n)


def build(out_dir: Path) -> list[Path]:
    prs = new_deck(
        WIDE,
        title="Plan de travail de l'AMU 2025",
        author="Claire Dubois",
        created=datetime(2024, 12, 12, 11, 0),
        modified=datetime(2025, 9, 8, 15, 20),
    )
    n = 1
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    rect(s, 0, 0, 13.333, 7.5, PLUM)
    rect(s, 0.9, 3.55, 2.5, 0.07, MINT)
    text_box(s, 0.9, 2.0, 11.5, 1.4, [P("Plan de travail de l'AMU 2025", bold=True)], font=FONT, size=44,
             color="FFFFFF")
    text_box(
        s,
        0.9,
        3.8,
        11.5,
        1.4,
        [
            P("Alliance des mobilités urbaines (AMU)", size=24),
            P("Adopté par le bureau le 12 décembre 2024 – mise à jour de septembre 2025", size=16, italic=True),
        ],
        font=FONT,
        color="E8DAEF",
    )
    footer(prs, s, FOOT, n, font=FONT, size=10, color="C9B3D3", number_format="– {n} –")

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    _header(s, "Le plan en bref")
    text_box(
        s,
        0.7,
        1.6,
        12.0,
        4.8,
        [
            P("Cinq livrables pour 2025, chacun piloté par une collectivité ou un partenaire du réseau.", bullet="•"),
            P("Le secrétariat est assuré par l'équipe permanente de l'AMU.", bullet="•"),
            P("Les réunions en ligne se tiennent sur la plateforme de visioconférence du réseau.", bullet="•"),
        ],
        font=FONT,
        size=20,
        color=INK,
        bullet_color=MINT,
        indent=0.3,
        space_before=10,
    )
    _chrome(prs, s, n)

    for item in ITEMS:
        n += 1
        if item is None:
            _grouped_slide(prs, n)
            continue
        heading, paras = item
        s = prs.slides.add_slide(prs.slide_layouts[BLANK])
        _header(s, heading)
        text_box(
            s,
            0.7,
            1.55,
            12.0,
            5.2,
            paras,
            font=FONT,
            size=17,
            color=INK,
            label_color=PLUM,
            indent=0.4,
            space_before=6,
        )
        _chrome(prs, s, n)

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    _header(s, "Contacts")
    text_box(
        s,
        0.7,
        1.6,
        12.0,
        2.5,
        [
            P("secretariat@amu.example.fr", label="Contact : "),
            P("https://amu.example.fr/plan-de-travail-2025", label="Plan de travail en ligne : "),
        ],
        font=FONT,
        size=20,
        color=INK,
        label_color=PLUM,
        space_before=10,
    )
    _chrome(prs, s, n)

    deck = save(prs, out_dir / f"{BASE}.pptx")
    return [deck, pdf(deck)]
