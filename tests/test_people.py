"""Leader lines to people and affiliations, in the forms decks use."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plandeck.extract.people import Mention, PeopleParser
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
