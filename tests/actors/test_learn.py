from dataclasses import replace

import pytest

from detente.actors.dictionary import build_dictionary
from detente.actors.kb import load_office_holders
from detente.actors.learn import role_evidence
from detente.actors.phrase import match_terms
from detente.nlp.tree import children_of
from detente.ontology.loader import load_ontology

from tests.parse_builder import parsed


@pytest.fixture(scope="module")
def dictionary():
    return replace(build_dictionary(load_ontology()), people=load_office_holders())


def _titled(title_words, lemma_words):
    """"<Egyptian> <title...> Sameh Shoukry" as a hand-built noun phrase."""
    rows = [("Egyptian", "egyptian", "ADJ", "amod", len(title_words) + 2, "NORP")]
    for word, lemma in zip(title_words, lemma_words):
        rows.append((word, lemma, "PROPN", "compound", len(title_words) + 2))
    n = len(rows)
    rows += [("Sameh", "sameh", "PROPN", "compound", n + 1, "PERSON"), ("Shoukry", "shoukry", "PROPN", "ROOT", n + 1, "PERSON")]
    return parsed(rows, ents=[("PERSON", n, n + 1)])


def _evidence(sent, dictionary, date):
    return role_evidence(sent, dictionary=dictionary, matches=match_terms(sent, dictionary),
                         kids=children_of(sent.tokens), date=date)


def test_learn_title_next_to_name_is_dated_evidence(dictionary):
    [ev] = _evidence(_titled(["Foreign", "Minister"], ["foreign", "minister"]), dictionary, "2016-03-01")
    assert (ev.name, ev.country, ev.code, ev.observed_on) == ("Sameh Shoukry", "EGY", "EGYGOV", "2016-03-01")
    assert ev.kb_code == "EGYGOV" and not ev.conflict


def test_learn_disagreement_with_shipped_data_is_flagged(dictionary):
    [ev] = _evidence(_titled(["Army", "Commander"], ["army", "commander"]), dictionary, "2016-03-01")
    assert ev.code.startswith("EGYMIL") and ev.kb_code == "EGYGOV" and ev.conflict


def test_learn_name_without_title_teaches_nothing(dictionary):
    sent = parsed([("Sameh", "sameh", "PROPN", "compound", 1, "PERSON"), ("Shoukry", "shoukry", "PROPN", "ROOT", 1, "PERSON")],
                  ents=[("PERSON", 0, 1)])
    assert _evidence(sent, dictionary, "2016-03-01") == ()
