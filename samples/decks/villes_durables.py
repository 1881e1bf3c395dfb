"""Plan d'action du RFVD 2023-2024: a French 4:3 deck, one two-column label/value table per
deliverable under a title placeholder, a "Nouveau livrable proposé" banner, French dates
(début 2023, fin 2024, T3 2024, S1 2024, mi-2023), ALL-CAPS surnames. Also rendered to PDF.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import PP_ALIGN

from samples.decks._kit import (
    STANDARD,
    TITLE_AND_CONTENT,
    TITLE_ONLY,
    TITLE_SLIDE,
    P,
    fill,
    footer,
    label_table,
    logo,
    new_deck,
    pdf,
    place,
    save,
    text_box,
    title,
)

BASE = "rfvd-plan-action-2023-2024"
GREEN, DARK, LEAF = "2E7D32", "1B3A1E", "A5D6A7"
HEAD, BODY = "Georgia", "Trebuchet MS"
FOOT = "RFVD – Plan d'action 2023-2024"

ITEMS = [
    (
        "Guide des données ouvertes pour les villes moyennes",
        None,
        [
            ("Responsable", "Mme Claire FONTAINE (Ville de Saint-Aubin)"),
            ("Secrétariat", "RFVD"),
            ("Calendrier", "début 2023 – fin 2024"),
            ("Date de publication prévue", "T3 2024"),
            (
                "Objet",
                "Accompagner les villes moyennes dans l'ouverture de leurs données : priorités, licences, "
                "formats et exemples de portails.",
            ),
            ("Réunions prévues", "mars 2023 (lancement) ; juin 2023 ; octobre 2023"),
            ("Statut", "En cours"),
        ],
    ),
    (
        "Indicateurs de sobriété énergétique des bâtiments publics",
        None,
        [
            (
                "Co-responsables",
                "Jean DUPONT – Métropole de Bellerive\n"
                "Pr Amina DIALLO – Institut des territoires durables (ITD)",
            ),
            ("Secrétariat", "ITD"),
            ("Calendrier", "2023"),
            ("Date de publication prévue", "fin 2023"),
            (
                "Objectif",
                "Définir une dizaine d'indicateurs communs de sobriété énergétique pour les écoles, "
                "mairies et équipements sportifs, et les tester dans six villes du réseau.",
            ),
            ("Réunions prévues", "mars-mai 2023 (réunions mensuelles)"),
            ("État d'avancement", "Retardé"),
        ],
    ),
    (
        "Observatoire des mobilités douces",
        None,
        [
            ("Responsable", "ITD : Marc LEBRUN"),
            ("Secrétariat", "RFVD et ITD"),
            ("Calendrier", "T2 2023 – T4 2024"),
            ("Date de publication prévue", "mars 2024"),
            (
                "Objet",
                "Suivre l'évolution de la marche et du vélo dans les villes membres à partir de comptages "
                "partagés et publier un premier rapport comparatif.",
            ),
            ("Réunions prévues", "Réunions trimestrielles à partir d'avril 2023"),
            ("Statut", "Non commencé"),
        ],
    ),
    (
        "Villes et chaleur : guide d'adaptation des espaces publics",
        "Nouveau livrable proposé",
        [
            ("Responsable", "Dr Sophie N'GUESSAN (Ville de Port-Clairval)"),
            ("Secrétariat", "À définir"),
            ("Calendrier", "mi-2023 – 2024"),
            ("Date de publication prévue", "S1 2024"),
            (
                "Objet",
                "Recenser les solutions d'ombrage, de végétalisation et de gestion de l'eau qui "
                "rafraîchissent les places, les rues et les cours d'école.",
            ),
            ("Réunions prévues", "À définir"),
        ],
    ),
    (
        "Recueil de bonnes pratiques sur la végétalisation des cours d'école",
        None,
        [
            ("Responsable", "M. Paul MARTIN (Ville de Saint-Aubin)"),
            ("Secrétariat", "RFVD"),
            ("Calendrier", "2022-2023"),
            ("Date de publication prévue", "février 2023"),
            (
                "Objet",
                "Vingt fiches d'expériences de villes membres, avec coûts, calendrier et retours "
                "des usagers.",
            ),
            ("Réunions prévues", "Aucune réunion prévue"),
            ("Statut", "Publié (février 2023)"),
            ("Lien", "https://www.rfvd.example.org/publications/vegetalisation"),
        ],
    ),
]


def _chrome(prs, slide, n):
    logo(slide, "RFVD", 8.85, 0.2, 0.9, 0.9, colour=GREEN, font=BODY, size=13, shape=MSO_SHAPE.OVAL)
    footer(prs, slide, FOOT, n, font=BODY, size=9, color="5F6F60", number_format="page {n}")


def build(out_dir: Path) -> list[Path]:
    prs = new_deck(
        STANDARD,
        title="Plan d'action du RFVD 2023-2024",
        author="Claire Fontaine",
        created=datetime(2023, 1, 23, 14, 5),
        modified=datetime(2023, 2, 2, 9, 40),
    )
    n = 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_SLIDE])
    title(s, "Plan d'action du RFVD 2023-2024", font=HEAD, size=32, color=DARK, box=(0.6, 1.9, 8.8, 1.5))
    sub = place(s.placeholders[1], 0.6, 3.6, 8.8, 1.4)
    fill(
        sub.text_frame,
        [
            P("Réseau francophone des villes durables (RFVD)", size=22, color=GREEN),
            P("Version adoptée par le Bureau", size=16, italic=True),
        ],
        font=BODY,
        color="404040",
    )
    _chrome(prs, s, n)

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_AND_CONTENT])
    title(s, "Présentation", font=HEAD, size=30, color=DARK, box=(0.5, 0.3, 8.2, 0.9), align=PP_ALIGN.LEFT)
    body = place(s.placeholders[1], 0.5, 1.5, 9.0, 4.8)
    fill(
        body.text_frame,
        [
            P(
                "Le plan d'action couvre cinq livrables portés par des villes et des partenaires du réseau.",
                bullet="›",
            ),
            P(
                "Secrétariat permanent : RFVD, avec l'appui de l'Institut des territoires durables (ITD).",
                bullet="›",
            ),
            P(
                "Chaque livrable est présenté sur une fiche : responsable, calendrier, réunions et statut.",
                bullet="›",
            ),
            P("secretariat@rfvd.example.org", label="Contact : ", bullet="›"),
        ],
        font=BODY,
        size=20,
        label_color=GREEN,
        bullet_color=GREEN,
        indent=0.3,
    )
    _chrome(prs, s, n)

    for heading, banner, rows in ITEMS:
        n += 1
        s = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
        top = 0.3
        if banner:
            text_box(
                s,
                0.5,
                0.25,
                3.6,
                0.4,
                [P(banner, bold=True)],
                font=BODY,
                size=14,
                color=DARK,
                fill_colour=LEAF,
                margin=0.05,
            )
            top = 0.7
        title(s, heading, font=HEAD, size=26, color=DARK, box=(0.5, top, 8.2, 1.1), align=PP_ALIGN.LEFT)
        label_table(
            s,
            0.5,
            top + 1.25,
            9.0,
            rows,
            font=BODY,
            size=13,
            label_fill=GREEN,
            ratio=(1, 2.5),
            row_height=0.42,
        )
        _chrome(prs, s, n)

    n += 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_AND_CONTENT])
    title(s, "Contacts", font=HEAD, size=30, color=DARK, box=(0.5, 0.3, 8.2, 0.9), align=PP_ALIGN.LEFT)
    body = place(s.placeholders[1], 0.5, 1.5, 9.0, 4.8)
    fill(
        body.text_frame,
        [
            P("secretariat@rfvd.example.org", label="Secrétariat du RFVD : ", bullet=""),
            P("https://www.rfvd.example.org", label="Site : ", bullet=""),
        ],
        font=BODY,
        size=20,
        label_color=GREEN,
    )
    _chrome(prs, s, n)

    deck = save(prs, out_dir / f"{BASE}.pptx")
    return [deck, pdf(deck)]
