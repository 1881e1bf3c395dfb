"""Labels, status words, organisations and ids: the small rules the item finder rests on."""
from __future__ import annotations

import pytest

from plandeck.extract.items import split_code
from plandeck.extract.labels import matcher
from plandeck.normalize.ids import IdAllocator, slugify
from plandeck.normalize.organisations import OrganisationIndex
from plandeck.normalize.status import StatusMapper
from plandeck.vocabulary import load


@pytest.mark.parametrize(("line", "key", "value"), [
    ("Leader: Jane Doe (X)", "leader", "Jane Doe (X)"),
    ("Co-chairs : A and B", "leader", "A and B"),
    ("Expected publication date: beginning 2022", "publication", "beginning 2022"),
    ("Date de publication prévue: fin 2024", "publication", "fin 2024"),
    ("Fecha prevista de publicación: diciembre de 2023", "publication", "diciembre de 2023"),
    ("Réunions prévues", "meetings", ""),
    ("Timeline – 2022", "timeline", "2022"),
    ("Webpage: https://example.org/a", "link", "https://example.org/a"),
])
def test_labels(line: str, key: str, value: str) -> None:
    m = matcher().match(line)
    assert m is not None and (m.key, m.value) == (key, value)


@pytest.mark.parametrize("line", ["Working Groups: see next slide", "Leadership matters", "Timelines are hard"])
def test_not_labels(line: str) -> None:
    assert matcher().match(line) is None


@pytest.mark.parametrize(("text", "status"), [
    ("Proposed new deliverable", "proposed"), ("On track", "ongoing"), ("Delayed", "ongoing"),
    ("Published", "completed"), ("Not started", "planned"), ("Dropped", "cancelled"), ("En cours", "ongoing"),
    ("Retardé", "ongoing"), ("Planificado", "planned"), ("Cancelado", "cancelled"), ("Finished", "completed"),
])
def test_status_words(text: str, status: str) -> None:
    assert StatusMapper(load()).map(text) == status


def test_unknown_status_is_none() -> None:
    assert StatusMapper(load()).map("blue") is None


@pytest.mark.parametrize(("title", "code", "rest"), [
    ("WG1 - IT Solutions", "WG1", "IT Solutions"), ("TG 2: Data", "TG2", "Data"),
    ("COVID-19 recovery plans", None, "COVID-19 recovery plans"),
])
def test_split_code(title: str, code: str | None, rest: str) -> None:
    assert split_code(title) == (code, rest)


def test_ids_are_slugs_and_unique() -> None:
    ids = IdAllocator()
    assert slugify("U4SSC Country/City Hub in Austria") == "u4ssc-country-city-hub-in-austria"
    assert slugify("Guía de movilidad") == "guia-de-movilidad"
    assert ids.take("Same") == "same" and ids.take("Same") == "same-2"
    assert ids.take("WG3 thing", code="WG3", parent="platforms") == "platforms/wg3"


def test_organisations_reconcile_long_short_and_acronym_forms() -> None:
    orgs = OrganisationIndex(load())
    for form in ("Digital Dubai", "Digital Dubai Authority", "UK Government Digital Service (GDS)", "GDS", "ITU"):
        orgs.add(form, "affiliation")
    assert orgs.canonical("Digital Dubai") == "Digital Dubai Authority"
    assert orgs.canonical("GDS") == "UK Government Digital Service"
    assert orgs.canonical("ITU") == "ITU"
    assert len(orgs.clusters()) == 3


def test_deck_definitions_link_acronyms_without_adding_rows() -> None:
    orgs = OrganisationIndex(load())
    orgs.define("Réseau francophone des villes durables", "RFVD")
    orgs.define("Unused Body Of Things", "UBT")
    orgs.add("RFVD", "secretariat")
    assert orgs.canonical("RFVD") == "Réseau francophone des villes durables"
    assert [c.canonical for c in orgs.clusters()] == ["Réseau francophone des villes durables"]


def test_gazetteer_links_known_forms() -> None:
    orgs = OrganisationIndex(load())
    orgs.add("United Nations Economic Commission for Europe", "secretariat")
    orgs.add("UNECE", "affiliation")
    assert orgs.canonical("UNECE") == "United Nations Economic Commission for Europe"


def test_words_broken_at_line_ends_join_back() -> None:
    from plandeck.extract.read.text import clean_line, join_wrapped

    assert join_wrapped(["Planned e-", "meetings"]) == "Planned e-meetings"
    assert join_wrapped(["UN\ufffe", "Habitat"]) == "UN-Habitat"
    assert join_wrapped(["2022 -", "2023"]) == "2022 - 2023"
    assert join_wrapped(["Jane Doe (City of", "Oslo)"]) == "Jane Doe (City of Oslo)"
    assert clean_line("UN\ufffeHabitat") == "UN-Habitat"


@pytest.mark.parametrize("line", ["▸ Co-chairs: Ana Ruiz", "📌 Co-chairs: Ana Ruiz", "→ Co-chairs: Ana Ruiz",
                                  "◾ Co-chairs: Ana Ruiz", "🔹\ufe0f Co-chairs: Ana Ruiz", "• Co-chairs: Ana Ruiz"])
def test_symbol_bullets_are_bullets(line: str) -> None:
    from plandeck.extract.read.text import clean_line, starts_with_bullet

    assert starts_with_bullet(line)
    assert clean_line(line) == "Co-chairs: Ana Ruiz"


def test_words_are_not_bullets() -> None:
    from plandeck.extract.read.text import clean_line, starts_with_bullet

    assert not starts_with_bullet("Co-chairs: Ana Ruiz")
    assert clean_line("2025 – Q3") == "2025 – Q3"


def test_a_lone_label_box_takes_the_value_box_level_with_it() -> None:
    from plandeck.extract.label_boxes import pair_label_boxes
    from plandeck.model import Block, BlockKind, Box, Paragraph

    def text(x0: float, y0: float, x1: float, y1: float, *lines: str) -> Block:
        return Block(BlockKind.TEXT, Box(x0, y0, x1, y1), paragraphs=[Paragraph(t) for t in lines])

    title = text(0.05, 0.05, 0.9, 0.15, "Station accessibility barometer")
    label = text(0.05, 0.30, 0.30, 0.40, "Co-leads:")
    value = text(0.35, 0.30, 0.90, 0.45, "Karim Benali", "City of Lirac")
    lower = text(0.35, 0.50, 0.90, 0.55, "second half of 2025")
    other_label = text(0.05, 0.50, 0.30, 0.55, "Timeline:")
    blocks = pair_label_boxes([title, label, other_label, value, lower], lambda t: t.endswith(":"))
    assert [b.text for b in blocks] == ["Station accessibility barometer", "Co-leads:\nKarim Benali\nCity of Lirac",
                                        "Timeline:\nsecond half of 2025"]
    assert blocks[1].box == Box(0.05, 0.30, 0.90, 0.45)
