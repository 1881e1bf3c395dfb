"""Leader lines to people and affiliations, in the forms decks use."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plandeck.extract.labels import matcher
from plandeck.extract.people import Mention, PeopleParser
from plandeck.normalize.status import StatusMapper
from plandeck.vocabulary import load


@pytest.fixture(scope="module")
def parser() -> PeopleParser:
    return PeopleParser(load())


CASES = [
    ("Jane Doe (City of Oslo)", [("Jane Doe", "City of Oslo")]),
    ("Ann Lee (OASC) Bo Kim (OASC)", [("Ann Lee", "OASC"), ("Bo Kim", "OASC")]),
    ("Ann Lee (Acme SARL) and Bo Kim (UK Data Service (UKDS))",
     [("Ann Lee", "Acme SARL"), ("Bo Kim", "UK Data Service (UKDS)")]),
    ("A Smith (X Centre), B Jones (Y Authority) and C Brown (ITU)",
     [("A Smith", "X Centre"), ("B Jones", "Y Authority"), ("C Brown", "ITU")]),
    ("Dr Jane DOE, University of Lyon", [("Jane DOE", "University of Lyon")]),
    ("Jean Dupont – Ville de Lyon", [("Jean Dupont", "Ville de Lyon")]),
    ("UNECE: Anna Smith", [("Anna Smith", "UNECE")]),
    ("ITD : Marc LEBRUN", [("Marc LEBRUN", "ITD")]),
    ("Ms. Lena Berg (UNECE); Tom Hardy (City of Oslo)", [("Lena Berg", "UNECE"), ("Tom Hardy", "City of Oslo")]),
    ("Anna Smith, Bob Jones and Carl Lee", [("Anna Smith", None), ("Bob Jones", None), ("Carl Lee", None)]),
    ("Pr Amina DIALLO – Institut des territoires durables (ITD)",
     [("Amina DIALLO", "Institut des territoires durables (ITD)")]),
    ("Pieter de Vries, Delta Quay Energy", [("Pieter de Vries", "Delta Quay Energy")]),
    ("Andrés Molina, Consorcio Metropolitano de Datos de Valdeluz",
     [("Andrés Molina", "Consorcio Metropolitano de Datos de Valdeluz")]),
]


@pytest.mark.parametrize(("line", "expected"), CASES)
def test_parse_line(parser: PeopleParser, line: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(m.name, m.affiliation) for m in parser.parse_line(line)] == expected


def test_affiliation_on_the_next_line(parser: PeopleParser) -> None:
    assert parser.parse(["Jane Doe", "City of Springfield"]) == [Mention("Jane Doe", "City of Springfield")]


def test_organisation_alone_is_no_person(parser: PeopleParser) -> None:
    assert parser.parse_line("ITU") == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=80), max_size=3))
def test_parser_never_crashes_and_names_are_clean(lines: list[str]) -> None:
    for m in PeopleParser(load()).parse(lines):
        assert m.name == m.name.strip() and m.name


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["Ann Lee", "Bo Kim", "Carla Díaz", "Jean-Luc Martin", "Mei LIN"]),
                min_size=1, max_size=4, unique=True),
       st.sampled_from([", ", " and ", " & ", "; "]))
def test_every_joined_name_comes_back(names: list[str], joiner: str) -> None:
    line = joiner.join(f"{n} (Org{i})" for i, n in enumerate(names))
    found = PeopleParser(load()).parse_line(line)
    assert [(m.name, m.affiliation) for m in found] == [(n, f"Org{i}") for i, n in enumerate(names)]


# --- German and Portuguese ---------------------------------------------------------------

@pytest.mark.parametrize(("written", "name"), [
    ("Prof. Dr. Hans Weber", "Hans Weber"),
    ("Prof. Dr.-Ing. Hans Weber", "Hans Weber"),
    ("Dr.-Ing. Hans Weber", "Hans Weber"),
    ("Dipl.-Ing. Anna Schmidt", "Anna Schmidt"),
    ("Herr Max Mustermann", "Max Mustermann"),
    ("Frau Dr. Erika Muster", "Erika Muster"),
    ("Eng. João Silva", "João Silva"),
    ("Eng.ª Ana Costa", "Ana Costa"),
    ("Engª Ana Costa", "Ana Costa"),
    ("Dra. Maria Santos", "Maria Santos"),
    ("Sr.ª Maria Santos", "Maria Santos"),
    ("Prof.ª Rita Lopes", "Rita Lopes"),
    ("Profª Rita Lopes", "Rita Lopes"),
    ("Prof.ª Dra. Rita Lopes", "Rita Lopes"),
])
def test_a_leading_chain_of_honorifics_is_all_dropped(parser: PeopleParser, written: str, name: str) -> None:
    assert parser.strip_title(written) == name
    assert parser.is_person(written)


@pytest.mark.parametrize("phrase", [
    "Stadt Musterstadt", "Stadtwerke Musterstadt", "Landkreis Harburg", "Amt für Statistik", "Behörde für Umwelt",
    "Verband kommunaler Unternehmen", "Universität Hamburg", "Hochschule Bremen", "Institut für Raumplanung",
    "Muster GmbH", "Smart City Netz e.V.", "Beispiel AG", "Câmara Municipal de Lisboa", "Município do Porto",
    "Prefeitura de São Paulo", "Universidade de Coimbra", "Instituto de Mobilidade", "Agência para a Energia",
    "Associação Nacional de Municípios", "Gebalis E.M.", "Transportes Urbanos S.A.", "Exemplo Lda.",
])
def test_german_and_portuguese_organisation_words(parser: PeopleParser, phrase: str) -> None:
    assert parser.is_org(phrase)
    assert not parser.is_person(phrase)


@pytest.mark.parametrize("phrase", ["Hans Weber", "Ana Costa", "Maria da Silva", "João Pedro Santos", "Jörg Müller"])
def test_german_and_portuguese_names_are_no_organisations(parser: PeopleParser, phrase: str) -> None:
    assert not parser.is_org(phrase)
    assert parser.is_person(phrase)


@pytest.mark.parametrize(("line", "expected"), [
    ("Prof. Dr. Hans Weber (Universität Hamburg)", [("Hans Weber", "Universität Hamburg")]),
    ("Eng.ª Ana Costa – Câmara Municipal de Lisboa", [("Ana Costa", "Câmara Municipal de Lisboa")]),
    ("Dipl.-Ing. Anna Schmidt, Stadtwerke Musterstadt", [("Anna Schmidt", "Stadtwerke Musterstadt")]),
    ("Frau Dr. Erika Muster (Stadt Musterstadt) und Herr Max Mustermann (Landkreis Harburg)",
     [("Erika Muster", "Stadt Musterstadt"), ("Max Mustermann", "Landkreis Harburg")]),
    ("Dra. Maria Santos (Universidade de Coimbra) e Eng. João Silva (Município do Porto)",
     [("Maria Santos", "Universidade de Coimbra"), ("João Silva", "Município do Porto")]),
])
def test_parse_german_and_portuguese_leader_lines(parser: PeopleParser, line: str,
                                                  expected: list[tuple[str, str | None]]) -> None:
    assert [(m.name, m.affiliation) for m in parser.parse_line(line)] == expected


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["Prof.", "Dr.", "Dr.-Ing.", "Dipl.-Ing.", "Herr", "Frau", "Eng.", "Eng.ª", "Engª",
                                 "Dra.", "Sr.ª", "Prof.ª", "Profª", "Mme", "Sra."]), max_size=4),
       st.sampled_from(["Hans Weber", "Ana Costa", "Erika Muster", "João Silva"]))
def test_any_chain_of_honorifics_leaves_the_name(titles: list[str], name: str) -> None:
    assert PeopleParser(load()).strip_title(" ".join([*titles, name])) == name


# --- Labels and status words around leader lines (German and Portuguese) ----------------
# labels.toml and status.toml are read by plandeck.extract.labels and plandeck.normalize.status.

@pytest.mark.parametrize(("line", "key"), [
    ("Leitung: Hans Weber", "leader"), ("Leiter/in: Anna Schmidt", "leader"), ("Leiterin: Anna Schmidt", "leader"),
    ("Stellv. Leitung: Max Muster", "leader"), ("Stellvertretende Leitung: Max Muster", "leader"),
    ("Vorsitz: Prof. Dr. Hans Weber", "leader"), ("Koordination: Stadt Musterstadt", "leader"),
    ("Koordinator/in: Erika Muster", "leader"), ("Federführung: Stadtwerke Musterstadt", "leader"),
    ("Verantwortlich: Anna Schmidt", "leader"), ("Verantwortliche/r: Anna Schmidt", "leader"),
    ("Ansprechpartner/in: Max Muster", "leader"),
    ("Coordenação: Ana Costa", "leader"), ("Coordenador/a: Ana Costa", "leader"), ("Responsável: Ana Costa", "leader"),
    ("Responsáveis: Ana Costa e João Silva", "leader"), ("Liderança: Câmara Municipal de Lisboa", "leader"),
    ("Líder: Ana Costa", "leader"), ("Co-coordenação: João Silva", "leader"), ("Relator/a: Rita Lopes", "leader"),
    ("Sekretariat: Stadt Musterstadt", "secretariat"), ("Geschäftsstelle: Verband X", "secretariat"),
    ("Secretariado: Município do Porto", "secretariat"), ("Secretaria: Prefeitura de São Paulo", "secretariat"),
    ("Zeitraum: 2025–2026", "timeline"), ("Laufzeit: 2025", "timeline"), ("Zeitplan: Q3 2025", "timeline"),
    ("Dauer: 2025", "timeline"), ("Calendário: 2023", "timeline"), ("Cronograma: 2023", "timeline"),
    ("Período: 2023", "timeline"), ("Duração: 2023", "timeline"), ("Prazo de execução: 2023", "timeline"),
    ("Veröffentlichung: Ende 2025", "publication"), ("Geplante Veröffentlichung: Q3 2025", "publication"),
    ("Fertigstellung: Juni 2025", "publication"), ("Abgabe: Juni 2025", "publication"),
    ("Frist: Juni 2025", "publication"), ("Termin: Juni 2025", "publication"), ("Fällig: Juni 2025", "publication"),
    ("Prazo: junho de 2025", "publication"), ("Data prevista: 2025", "publication"),
    ("Publicação prevista: 2025", "publication"), ("Data de publicação: 2025", "publication"),
    ("Entrega: 2025", "publication"),
    ("Ziel: bessere Daten", "scope"), ("Ziele: bessere Daten", "scope"), ("Zielsetzung: x", "scope"),
    ("Beschreibung: x", "scope"), ("Umfang: x", "scope"), ("Gegenstand: x", "scope"), ("Âmbito: x", "scope"),
    ("Objetivo: x", "scope"), ("Objetivos: x", "scope"), ("Descrição: x", "scope"), ("Escopo: x", "scope"),
    ("Champ d'application : x", "scope"),
    ("Sitzungen: März 2025", "meetings"), ("Treffen: März 2025", "meetings"), ("Termine: März 2025", "meetings"),
    ("Geplante Sitzungen", "meetings"), ("Reuniões: março de 2023", "meetings"), ("Reuniões previstas", "meetings"),
    ("Encontros: março de 2023", "meetings"),
    ("Status: laufend", "status"), ("Situação: em curso", "status"), ("Estado: concluído", "status"),
    ("Estado atual: em curso", "status"),
    ("Webseite: https://example.org", "link"), ("Internetseite: https://example.org", "link"),
    ("Link: https://example.org", "link"), ("Página: https://example.org", "link"),
    ("Sítio web: https://example.org", "link"), ("Site: https://example.org", "link"),
])
def test_german_and_portuguese_labels(line: str, key: str) -> None:
    m = matcher().match(line)
    assert m is not None and m.key == key, line


def test_stand_as_of_a_date_is_no_label() -> None:
    """"Stand: 14. Februar 2025" on a title slide says "as of", not a status."""
    assert matcher().match("Stand: 14. Februar 2025") is None
    assert StatusMapper(load()).map("Stand: 14. Februar 2025") is None


@pytest.mark.parametrize(("text", "status"), [
    ("laufend", "ongoing"), ("in Arbeit", "ongoing"), ("in Bearbeitung", "ongoing"), ("geplant", "planned"),
    ("abgeschlossen", "completed"), ("erledigt", "completed"), ("fertig", "completed"),
    ("veröffentlicht", "completed"), ("verzögert", "ongoing"), ("neu", "proposed"), ("vorgeschlagen", "proposed"),
    ("gestoppt", "cancelled"), ("abgebrochen", "cancelled"), ("nicht begonnen", "planned"),
    ("noch nicht begonnen", "planned"), ("Neues Arbeitspaket", "proposed"),
    ("em curso", "ongoing"), ("em andamento", "ongoing"), ("em execução", "ongoing"), ("concluído", "completed"),
    ("concluída", "completed"), ("previsto", "planned"), ("prevista", "planned"), ("planeado", "planned"),
    ("planeada", "planned"), ("planejado", "planned"), ("planejada", "planned"), ("atrasado", "ongoing"),
    ("atrasada", "ongoing"), ("proposto", "proposed"), ("proposta", "proposed"), ("novo", "proposed"),
    ("nova", "proposed"), ("cancelado", "cancelled"), ("cancelada", "cancelled"), ("suspenso", "cancelled"),
    ("suspensa", "cancelled"), ("não iniciado", "planned"), ("Novo entregável", "proposed"),
])
def test_german_and_portuguese_status_words(text: str, status: str) -> None:
    assert StatusMapper(load()).map(text) == status


@pytest.mark.parametrize(("symbol", "status"), [
    ("✔", "completed"), ("✓", "completed"), ("☑", "completed"), ("✅", "completed"), ("✔\ufe0f", "completed"),
    ("▶", "ongoing"), ("►", "ongoing"), ("⏵", "ongoing"), ("◐", "ongoing"),
    ("○", "planned"), ("◯", "planned"), ("☐", "planned"),
    ("✖", "cancelled"), ("✗", "cancelled"), ("❌", "cancelled"), ("⏸", "cancelled"),
])
def test_a_lone_status_symbol_maps_to_its_status(symbol: str, status: str) -> None:
    mapper = StatusMapper(load())
    assert mapper.map(symbol) == status
    assert mapper.map(f" {symbol} ") == status
    assert mapper.map(f"Status: {symbol}") == status
