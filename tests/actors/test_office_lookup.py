"""Tests for detente.actors.office_lookup: a named person resolved through the
office-holder knowledge base as of the article date."""

from dataclasses import replace

import pytest

from detente.actors.dictionary import build_dictionary
from detente.actors.kb import load_office_holders
from detente.actors.office_lookup import name_candidates, with_office
from detente.nlp.tree import children_of
from detente.ontology.loader import load_ontology
from detente.types import ActorMention, Span

from tests.parse_builder import parsed

# "Gen Qamar Javed Bajwa spoke"
BAJWA = parsed([
    ("Gen", "gen", "PROPN", "compound", 3), ("Qamar", "Qamar", "PROPN", "compound", 3),
    ("Javed", "Javed", "PROPN", "compound", 3), ("Bajwa", "Bajwa", "PROPN", "nsubj", 4, "PERSON"),
    ("spoke", "speak", "VERB", "ROOT", 4),
])


@pytest.fixture(scope="module")
def dictionary():
    return replace(build_dictionary(load_ontology()), people=load_office_holders())


def _unknown(text: str) -> ActorMention:
    return ActorMention(article_id="a1", sentence_index=0, span=Span(0, len(text), text, "ACTOR"), code=None,
                        country=None, method="unresolved_name")


def test_office_lookup_candidates_drop_honorifics_and_end_with_the_surname():
    assert name_candidates(BAJWA, children_of(BAJWA.tokens), 3, None) == (
        "Qamar Javed Bajwa", "Javed Bajwa", "Bajwa")


def test_office_lookup_office_held_on_the_day(dictionary):
    in_2015 = with_office(_unknown("Shoigu"), dictionary=dictionary, names=["Shoigu"], entry=None, date="2015-04-16")
    assert (in_2015.code, in_2015.sectors, in_2015.entity_id) == ("RUSGOV", ("GOV", "MIL"), "sergei-shoigu")
    assert in_2015.method.endswith("+kb")
    later = with_office(_unknown("Shoigu"), dictionary=dictionary, names=["Shoigu"], entry=None, date="2025-06-01")
    assert "MIL" not in later.sectors  # no longer defence minister


def test_office_lookup_without_a_date_says_so(dictionary):
    undated = with_office(_unknown("Lavrov"), dictionary=dictionary, names=["Lavrov"], entry=None, date=None)
    assert undated.code == "RUSGOV" and undated.method.endswith(":undated")
