"""Label and value on their own lines in a sidebar: each label alone, its value on the next
line, the value set larger than the label; a field the schema has no place for (Partners);
a code set off from its title by a middle dot.

Decks are built here with python-pptx (tests/deckkit.py); every name in them is made up.
"""
from __future__ import annotations

from pathlib import Path

from pptx.util import Inches, Pt

from plandeck.codes import grammar
from plandeck.pipeline import extract
from tests.deckkit import Deck

SIDEBAR = ["Lead", "Jane Doe (Acme Institute)", "Partners", "Foo Trust, Bar Society", "Timeline",
           "April – December 2026", "Status", "In progress"]


def _sidebar_deck(tmp_path: Path, label_pt: float, value_pt: float) -> Path:
    deck = Deck()
    deck.slide("Coastal Plan 2026")
    slide = deck.slide("D1 · Digitised harbour maps")
    deck.textbox(slide, ["Scope", "Scan and publish the harbour maps."], 0.4, 1.6, 5.5, 4)
    box = slide.shapes.add_textbox(Inches(6.2), Inches(1.6), Inches(3.3), Inches(4))
    for n, text in enumerate(SIDEBAR):
        para = box.text_frame.paragraphs[0] if n == 0 else box.text_frame.add_paragraph()
        run = para.add_run()
        run.text = text
        run.font.bold = n % 2 == 0
        run.font.size = Pt(label_pt if n % 2 == 0 else value_pt)
    return deck.save(tmp_path / "sidebar.pptx")


def test_a_value_set_larger_than_its_label_is_still_its_value(tmp_path: Path) -> None:
    """Labels at 13 pt, values at 15 pt: the values are not headings of new items."""
    doc = extract(_sidebar_deck(tmp_path, label_pt=13, value_pt=15))
    assert [(i.code, i.title) for i in doc.items] == [("D1", "Digitised harbour maps")]
    item = doc.items[0]
    assert [(r.name, r.affiliation) for r in item.leaders] == [("Jane Doe", "Acme Institute")]
    assert item.timeline is not None and (item.timeline.from_, item.timeline.to) == ("2026-04", "2026-12")
    assert item.status == "ongoing"
    assert item.scope == "Scan and publish the harbour maps."


def test_a_field_outside_the_schema_goes_to_notes_not_to_leaders(tmp_path: Path) -> None:
    doc = extract(_sidebar_deck(tmp_path, label_pt=14, value_pt=14))
    item = doc.items[0]
    assert "Partners: Foo Trust, Bar Society" in item.notes
    assert all(r.affiliation != "Partners" and r.name != "Foo Trust" for r in item.leaders)


def test_a_middle_dot_or_bullet_sets_a_code_off_from_its_title() -> None:
    g = grammar()
    assert g.split("D1 · Digitised harbour maps") == ("D1", "Digitised harbour maps")
    assert g.split("WG2 • Data and tools") == ("WG2", "Data and tools")
    assert g.split("Axe 1 · Mobilité") == ("Axe 1", "Mobilité")


def test_an_action_log_lists_its_actions_by_the_action_column(tmp_path: Path) -> None:
    """`# | Ação | Responsável | Prazo | RAG | Comentários`: the action column is the title,
    not the longest column (the comments), and `abr/26` is April 2026."""
    deck = Deck()
    deck.slide("Plano de Ação 2026")
    slide = deck.slide("Log de ações")
    deck.table(slide, [["#", "Ação", "Responsável", "Prazo", "RAG", "Comentários"],
                       ["1", "Levantamento da rede", "Ana Lima (CIVX)", "abr/26", "G",
                        "Em andamento – quatro de nove escolas visitadas até agora."],
                       ["2", "Mapa de rotas", "Núcleo de Dados", "Mar-26", "C",
                        "Concluída; no ar desde fevereiro, com o relatório na pasta."]])
    doc = extract(deck.save(tmp_path / "log.pptx"))
    assert [i.title for i in doc.items] == ["Levantamento da rede", "Mapa de rotas"]
    months = [(i.publication.from_, i.publication.to) for i in doc.items if i.publication]
    assert months == [("2026-04", "2026-04"), ("2026-03", "2026-03")]
