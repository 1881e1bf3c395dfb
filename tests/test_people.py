"""Leader lines to people and affiliations, in the forms decks use."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plandeck.codes import grammar
from plandeck.extract.labels import matcher
from plandeck.extract.people import Mention, PeopleParser
from plandeck.extract.regions.slide_roles import SlideRole, SlideRoles
from plandeck.model import Block, BlockKind, Box, Paragraph, Slide
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


# --- Italian and Dutch --------------------------------------------------------------------

@pytest.mark.parametrize(("written", "name"), [
    ("Dott. Marco Bianchi", "Marco Bianchi"),
    ("Dott.ssa Giulia Rossi", "Giulia Rossi"),
    ("Dr.ssa Giulia Rossi", "Giulia Rossi"),
    ("Ing. Luca Verdi", "Luca Verdi"),
    ("Prof. Ing. Luca Verdi", "Luca Verdi"),
    ("Arch. Sara Neri", "Sara Neri"),
    ("Avv. Paolo Russo", "Paolo Russo"),
    ("Prof.ssa Anna Ferrari", "Anna Ferrari"),
    ("Sig. Mario Rossi", "Mario Rossi"),
    ("Sig.ra Maria Esposito", "Maria Esposito"),
    ("dhr. Jan de Vries", "Jan de Vries"),
    ("Dhr. ir. Jan de Vries", "Jan de Vries"),
    ("mevr. Anna Jansen", "Anna Jansen"),
    ("Mevr. drs. Anna Jansen", "Anna Jansen"),
    ("ir. Pieter Bakker", "Pieter Bakker"),
    ("mr. Eva de Boer", "Eva de Boer"),
    ("ing. Daan Smit", "Daan Smit"),
    ("Prof.dr.ir. Kees Smit", "Kees Smit"),
])
def test_italian_and_dutch_honorifics_are_dropped(parser: PeopleParser, written: str, name: str) -> None:
    assert parser.strip_title(written) == name
    assert parser.is_person(written)


@pytest.mark.parametrize("phrase", [
    "Comune di Milano", "Regione Lombardia", "Provincia di Torino", "Università di Bologna", "Politecnico di Milano",
    "Agenzia per la Coesione Territoriale", "Associazione Città Sostenibili", "Fondazione Cariplo",
    "Consorzio Energia Veneto", "Ufficio Tecnico", "Servizio Ambiente", "Acme S.p.A.", "Beta S.r.l.",
    "Gemeente Utrecht", "Provincie Noord-Holland", "Universiteit Utrecht", "Hogeschool Rotterdam",
    "Stichting Slimme Stad", "Vereniging Nederlandse Gemeenten", "Agentschap Innoveren", "Dienst Stedenbouw",
    "Afdeling Mobiliteit", "Voorbeeld B.V.", "Havenbedrijf Rotterdam N.V.",
])
def test_italian_and_dutch_organisation_words(parser: PeopleParser, phrase: str) -> None:
    assert parser.is_org(phrase)
    assert not parser.is_person(phrase)


@pytest.mark.parametrize("phrase", ["Giulia Rossi", "Marco De Luca", "Francesca Esposito", "Jan de Vries",
                                    "Sanne van den Berg", "Pieter van der Meer", "Daan Bakker"])
def test_italian_and_dutch_names_are_no_organisations(parser: PeopleParser, phrase: str) -> None:
    assert not parser.is_org(phrase)
    assert parser.is_person(phrase)


@pytest.mark.parametrize(("line", "expected"), [
    ("Dott.ssa Giulia Rossi (Comune di Milano)", [("Giulia Rossi", "Comune di Milano")]),
    ("Ing. Luca Verdi – Politecnico di Milano", [("Luca Verdi", "Politecnico di Milano")]),
    ("Arch. Sara Neri, Comune di Torino", [("Sara Neri", "Comune di Torino")]),
    ("Dott. Marco Bianchi (Regione Lombardia) e Prof.ssa Anna Ferrari (Università di Bologna)",
     [("Marco Bianchi", "Regione Lombardia"), ("Anna Ferrari", "Università di Bologna")]),
    ("dhr. ir. Jan de Vries (Gemeente Utrecht), mevr. Anna Jansen (Provincie Utrecht)",
     [("Jan de Vries", "Gemeente Utrecht"), ("Anna Jansen", "Provincie Utrecht")]),
    ("Sanne van den Berg, Stichting Slimme Stad", [("Sanne van den Berg", "Stichting Slimme Stad")]),
    ("Prof.dr.ir. Kees Smit (Universiteit Twente)", [("Kees Smit", "Universiteit Twente")]),
])
def test_parse_italian_and_dutch_leader_lines(parser: PeopleParser, line: str,
                                              expected: list[tuple[str, str | None]]) -> None:
    assert [(m.name, m.affiliation) for m in parser.parse_line(line)] == expected


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["Dott.", "Dott.ssa", "Dr.ssa", "Ing.", "Arch.", "Avv.", "Prof.", "Prof.ssa", "Sig.",
                                 "Sig.ra", "dhr.", "Dhr.", "mevr.", "Mevr.", "ir.", "drs.", "mr.", "ing.", "dr."]),
                max_size=4),
       st.sampled_from(["Giulia Rossi", "Luca Verdi", "Jan de Vries", "Anna Jansen", "Sanne van den Berg"]))
def test_any_chain_of_italian_and_dutch_honorifics_leaves_the_name(titles: list[str], name: str) -> None:
    assert PeopleParser(load()).strip_title(" ".join([*titles, name])) == name


@pytest.mark.parametrize(("line", "key"), [
    ("Responsabile: Giulia Rossi", "leader"), ("Responsabili: Giulia Rossi e Luca Verdi", "leader"),
    ("Coordinatore: Luca Verdi", "leader"), ("Coordinatrice: Giulia Rossi", "leader"),
    ("Coordinamento: Comune di Milano", "leader"), ("Referente: Sara Neri", "leader"),
    ("Capofila: Politecnico di Milano", "leader"), ("Presidente: Marco Bianchi", "leader"),
    ("Vicepresidente: Anna Ferrari", "leader"),
    ("Trekker: Jan de Vries", "leader"), ("Trekkers: Jan de Vries en Anna Jansen", "leader"),
    ("Voorzitter: Jan de Vries", "leader"), ("Coördinator: Anna Jansen", "leader"),
    ("Projectleider: Pieter Bakker", "leader"), ("Verantwoordelijke: Gemeente Utrecht", "leader"),
    ("Eigenaar: Afdeling Mobiliteit", "leader"), ("Penvoerder: Stichting Slimme Stad", "leader"),
    ("Segreteria: Comune di Verona", "secretariat"), ("Segreteria tecnica: ANCI", "secretariat"),
    ("Secretariaat: Gemeente Utrecht", "secretariat"),
    ("Periodo: 2025–2026", "timeline"), ("Durata: 2025", "timeline"), ("Calendario: 2025", "timeline"),
    ("Tempistica: primo semestre 2025", "timeline"), ("Looptijd: 2025", "timeline"), ("Periode: 2025", "timeline"),
    ("Planning: Q3 2025", "timeline"),
    ("Scadenza: entro fine 2025", "publication"), ("Data prevista: giugno 2025", "publication"),
    ("Pubblicazione prevista: 2025", "publication"), ("Consegna: 2025", "publication"),
    ("Deadline: juni 2025", "publication"), ("Oplevering: uiterlijk eind juni 2025", "publication"),
    ("Publicatie: vóór eind 2025", "publication"), ("Gereed: 2025", "publication"),
    ("Obiettivo: x", "scope"), ("Obiettivi: x", "scope"), ("Descrizione: x", "scope"), ("Ambito: x", "scope"),
    ("Doel: x", "scope"), ("Doelstelling: x", "scope"), ("Omschrijving: x", "scope"), ("Scope: x", "scope"),
    ("Riunioni: marzo 2025", "meetings"), ("Incontri: marzo 2025", "meetings"), ("Riunioni previste", "meetings"),
    ("Vergaderingen: maart 2025", "meetings"), ("Overleggen: maandelijks", "meetings"),
    ("Bijeenkomsten: maart 2025", "meetings"),
    ("Stato: in corso", "status"), ("Stato di avanzamento: in corso", "status"), ("Avanzamento: x", "status"),
    ("Status: lopend", "status"), ("Voortgang: afgerond", "status"),
    ("Pagina web: https://example.org", "link"), ("Sito web: https://example.org", "link"),
    ("Sito: https://example.org", "link"), ("Website: https://example.org", "link"),
    ("Webpagina: https://example.org", "link"),
])
def test_italian_and_dutch_labels(line: str, key: str) -> None:
    m = matcher().match(line)
    assert m is not None and m.key == key, line


@pytest.mark.parametrize(("text", "status"), [
    ("in corso", "ongoing"), ("avviato", "ongoing"), ("in ritardo", "ongoing"), ("completato", "completed"),
    ("completata", "completed"), ("concluso", "completed"), ("conclusa", "completed"), ("pubblicato", "completed"),
    ("previsto", "planned"), ("prevista", "planned"), ("pianificato", "planned"), ("da avviare", "planned"),
    ("non avviato", "planned"), ("proposto", "proposed"), ("proposta", "proposed"), ("nuovo", "proposed"),
    ("nuova", "proposed"), ("annullato", "cancelled"), ("sospeso", "cancelled"), ("Nuovo progetto", "proposed"),
    ("lopend", "ongoing"), ("in uitvoering", "ongoing"), ("gestart", "ongoing"), ("vertraagd", "ongoing"),
    ("afgerond", "completed"), ("voltooid", "completed"), ("gepubliceerd", "completed"), ("gepland", "planned"),
    ("nog niet gestart", "planned"), ("voorgesteld", "proposed"), ("nieuw", "proposed"),
    ("geannuleerd", "cancelled"), ("gepauzeerd", "cancelled"), ("on hold", "cancelled"),
    ("Nieuwe werkgroep", "proposed"),
])
def test_italian_and_dutch_status_words(text: str, status: str) -> None:
    assert StatusMapper(load()).map(text) == status


# --- The deck around leader lines, in Italian and Dutch -----------------------------------
# slides.toml (slide roles), codes.toml (code grammar, lead words), kinds.toml and plan.toml.

def _titled(title: str) -> Slide:
    return Slide(1, [Block(BlockKind.TITLE, Box(0.05, 0.05, 0.95, 0.15), paragraphs=[Paragraph(title)])])


@pytest.mark.parametrize(("title", "role"), [
    ("Chi siamo", SlideRole.DECK), ("Contatti", SlideRole.DECK), ("Agenda", SlideRole.DECK),
    ("Indice", SlideRole.DECK), ("Sommario", SlideRole.DECK), ("Prossimi passi", SlideRole.DECK),
    ("Allegato 1", SlideRole.DECK), ("Legenda", SlideRole.DECK), ("I partner", SlideRole.DECK),
    ("Over ons", SlideRole.DECK), ("Contact", SlideRole.DECK), ("Inhoud", SlideRole.DECK),
    ("Samenvatting", SlideRole.DECK), ("Volgende stappen", SlideRole.DECK), ("Bijlage", SlideRole.DECK),
    ("Legenda", SlideRole.DECK), ("Partners", SlideRole.DECK),
    ("Calendario delle riunioni 2025", SlideRole.CALENDAR), ("Vergaderschema 2025", SlideRole.CALENDAR),
    ("GdL 1 – Mobilità sostenibile", SlideRole.CONTENT), ("Le attività in sintesi", SlideRole.CONTENT),
    ("WG2 – Klimaatadaptatie", SlideRole.CONTENT),
    # Left out on purpose: "vervolg" closes continued item slides, "partner" opens English item titles.
    ("WG3 Mobiliteit (vervolg)", SlideRole.CONTENT), ("Partner onboarding", SlideRole.CONTENT),
])
def test_italian_and_dutch_slide_roles(title: str, role: SlideRole) -> None:
    assert SlideRoles(load()).of(_titled(title)) is role


@pytest.mark.parametrize(("title", "code", "rest"), [
    ("GdL 2 – Mobilità sostenibile", "GdL2", "Mobilità sostenibile"),
    ("Gruppo di lavoro GdL1: Energia", "GdL1", "Energia"),
    ("Werkgroep WG3 – Data en digitalisering", "WG3", "Data en digitalisering"),
    ("PhD 2025 programme", None, "PhD 2025 programme"),
])
def test_italian_and_dutch_codes_and_lead_words(title: str, code: str | None, rest: str) -> None:
    assert grammar().split(title) == (code, rest)


def test_italian_and_dutch_decks_end_to_end(tmp_path: Path) -> None:
    """Plan title phrases and their connectors, labels, honorifics, dates, meetings and status, per language."""
    from plandeck.pipeline import extract
    from tests.deckkit import Deck

    it = Deck()
    it.slide("Piano d'azione 2025–2026 della Rete Città Sostenibili", ["Segreteria tecnica: Comune di Verona"])
    it.slide("Chi siamo", ["Presidente: Dott.ssa Giulia Rossi (Comune di Milano)"])
    it.slide("GdL 1 – Mobilità sostenibile", [
        "Coordinatore: Ing. Luca Verdi (Politecnico di Milano)", "Periodo: gennaio 2025 – giugno 2026",
        "Scadenza: entro fine 2025", "Stato: in corso", "Riunioni previste: mensili a partire da febbraio 2025"])
    it.slide("Contatti", ["segreteria@example.org"])
    doc = extract(it.save(tmp_path / "it.pptx"))
    assert (doc.plan.title, doc.plan.organisation) == ("Piano d'azione della Rete Città Sostenibili",
                                                      "Rete Città Sostenibili")
    [item] = doc.items
    assert (item.code, item.title, item.kind, item.status) == ("GdL1", "Mobilità sostenibile", "working_group",
                                                               "ongoing")
    assert [(r.name, r.affiliation) for r in item.leaders] == [("Luca Verdi", "Politecnico di Milano")]
    assert (item.timeline.from_, item.timeline.to) == ("2025-01", "2026-06")
    assert (item.publication.from_, item.publication.to) == ("2025-09", "2025-12")
    assert item.recurrence is not None and (item.recurrence.freq, item.recurrence.from_) == ("monthly", "2025-02")

    nl = Deck()
    nl.slide("Werkplan 2025 van het Netwerk Slimme Steden", ["Secretariaat: Gemeente Utrecht"])
    nl.slide("Over ons", ["Voorzitter: dhr. ir. Jan de Vries (Gemeente Utrecht)"])
    nl.slide("Werkgroep WG2 – Klimaatadaptatie", [
        "Trekker: mevr. drs. Anna Jansen (Provincie Utrecht)", "Looptijd: januari t/m december 2025",
        "Oplevering: uiterlijk eind juni 2025", "Voortgang: nog niet gestart",
        "Bijeenkomsten: van september tot en met november 2025"])
    nl.slide("Volgende stappen", ["Vaststelling werkplan in mei 2025"])
    doc = extract(nl.save(tmp_path / "nl.pptx"))
    assert (doc.plan.title, doc.plan.organisation) == ("Werkplan van het Netwerk Slimme Steden",
                                                      "Netwerk Slimme Steden")
    [item] = doc.items
    assert (item.code, item.title, item.kind, item.status) == ("WG2", "Klimaatadaptatie", "working_group", "planned")
    assert [(r.name, r.affiliation) for r in item.leaders] == [("Anna Jansen", "Provincie Utrecht")]
    assert (item.timeline.from_, item.timeline.to) == ("2025-01", "2025-12")
    assert (item.publication.from_, item.publication.to) == ("2025-06", "2025-06")
    assert [m.month for m in item.meetings] == ["2025-09", "2025-10", "2025-11"]
