"""Entity sources over hand-built parses: no model is loaded."""

from __future__ import annotations

from detente.actors.dictionary import ActorDictionary, ActorEntry
from detente.actors.entity_candidate import to_span
from detente.actors.entity_sources import dictionary_candidates, near_candidates, spacy_candidates
from detente.actors.phrase import match_terms
from tests.parse_builder import parsed


def _texts(sent, candidates):
    return [(to_span(sent, c).text, c.label, c.source) for c in candidates]


def test_entity_sources_dictionary_leaves_the_article_to_the_merge():
    entry = ActorEntry(kind="org", country=None, code="IGOSYL", name="the League", org_kind="IGO")
    dictionary = ActorDictionary(entries={"the league": entry}, sector_terms={}, ambiguous=frozenset(),
                                 max_tokens=2, first_words={"the": 2})
    sent = parsed([("the", "the", "DET", "det", 1), ("League", "League", "PROPN", "nsubj", 2),
                   ("met", "meet", "VERB", "ROOT", 2)])
    found = dictionary_candidates(sent, match_terms(sent, dictionary))
    assert _texts(sent, found) == [("League", "Organisation", "dictionary")]


def test_entity_sources_spacy_labels_mapped_possessive_cut_dates_dropped():
    sent = parsed([("Sylvania", "Sylvania", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0),
                   ("budget", "budget", "NOUN", "ROOT", 2), ("in", "in", "ADP", "prep", 2),
                   ("1933", "1933", "NUM", "pobj", 3)], ents=[("GPE", 0, 1), ("DATE", 4, 4)])
    assert _texts(sent, spacy_candidates(sent)) == [("Sylvania", "Location", "spacy")]


def test_entity_sources_a_name_after_near_is_a_place():
    sent = parsed([("shelling", "shelling", "NOUN", "ROOT", 0), ("near", "near", "ADP", "prep", 0),
                   ("Old", "Old", "PROPN", "compound", 3), ("Zenda", "Zenda", "PROPN", "pobj", 1)])
    assert _texts(sent, near_candidates(sent)) == [("Old Zenda", "Location", "near")]
