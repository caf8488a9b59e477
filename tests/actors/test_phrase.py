import pytest

from detente.actors.dictionary import build_dictionary
from detente.actors.phrase import children_of, match_terms, resolve_phrase
from detente.ontology.loader import load_ontology

from tests.parse_builder import parsed


@pytest.fixture(scope="module")
def dictionary():
    return build_dictionary(load_ontology())


def _resolve(sent, head, dictionary):
    return resolve_phrase(sent, head, dictionary=dictionary, matches=match_terms(sent, dictionary),
                          kids=children_of(sent.tokens))


def test_phrase_title_country_and_name(dictionary):
    # "Egyptian Foreign Minister Sameh Shoukry"
    sent = parsed([("Egyptian", "egyptian", "ADJ", "amod", 2, "NORP"), ("Foreign", "foreign", "PROPN", "compound", 2),
                   ("Minister", "minister", "PROPN", "compound", 4), ("Sameh", "sameh", "PROPN", "compound", 4, "PERSON"),
                   ("Shoukry", "shoukry", "PROPN", "ROOT", 4, "PERSON")], ents=[("PERSON", 3, 4)])
    actor = _resolve(sent, 4, dictionary)
    assert (actor.code, actor.country, actor.name) == ("EGYGOV", "EGY", "Sameh Shoukry")
    assert actor.span.text == "Egyptian Foreign Minister Sameh Shoukry"


def test_phrase_defence_minister_is_government_and_military(dictionary):
    sent = parsed([("Indian", "indian", "ADJ", "amod", 2), ("Defence", "defence", "PROPN", "compound", 2),
                   ("Minister", "minister", "PROPN", "ROOT", 2)])
    actor = _resolve(sent, 2, dictionary)
    assert actor.code == "INDGOV" and actor.sectors == ("GOV", "MIL")


def test_phrase_capital_speaks_for_government(dictionary):
    sent = parsed([("Tokyo", "tokyo", "PROPN", "ROOT", 0, "GPE")])
    assert _resolve(sent, 0, dictionary).code == "JPNGOV"


def test_phrase_think_tank_beats_city_deeper_in_apposition(dictionary):
    # "Jane Roe, a fellow at the Brookings Institution in Washington"
    sent = parsed([("Jane", "jane", "PROPN", "compound", 1, "PERSON"), ("Roe", "roe", "PROPN", "ROOT", 1, "PERSON"),
                   (",", ",", "PUNCT", "punct", 1), ("a", "a", "DET", "det", 4), ("fellow", "fellow", "NOUN", "appos", 1),
                   ("at", "at", "ADP", "prep", 4), ("the", "the", "DET", "det", 8),
                   ("Brookings", "brookings", "PROPN", "compound", 8, "ORG"),
                   ("Institution", "institution", "PROPN", "pobj", 5, "ORG"), ("in", "in", "ADP", "prep", 8),
                   ("Washington", "washington", "PROPN", "pobj", 9, "GPE")], ents=[("PERSON", 0, 1)])
    actor = _resolve(sent, 1, dictionary)
    assert actor.country == "USA" and "GOV" not in actor.sectors and actor.code != "USAGOV"


def test_phrase_news_outlet_is_never_an_actor(dictionary):
    sent = parsed([("Reuters", "reuters", "PROPN", "nsubj", 1, "ORG"), ("reported", "report", "VERB", "ROOT", 1)])
    assert _resolve(sent, 0, dictionary) is None


def test_phrase_lower_case_country_word_is_not_a_country(dictionary):
    sent = parsed([("fine", "fine", "ADJ", "amod", 1), ("china", "china", "NOUN", "ROOT", 1)])
    assert _resolve(sent, 1, dictionary) is None
