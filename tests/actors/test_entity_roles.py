"""Labels by role over hand-built parses: no model is loaded."""

from __future__ import annotations

from detente.actors.entity_candidate import Candidate
from detente.actors.entity_roles import one_sense_per_text, with_role
from tests.parse_builder import parsed


def test_entity_roles_a_country_acting_is_a_body_and_in_a_country_a_place():
    # "Freedonia shelled towns in Sylvania"
    sent = parsed([("Freedonia", "Freedonia", "PROPN", "nsubj", 1), ("shelled", "shell", "VERB", "ROOT", 1),
                   ("towns", "town", "NOUN", "dobj", 1), ("in", "in", "ADP", "prep", 2),
                   ("Sylvania", "Sylvania", "PROPN", "pobj", 3)])
    tokens = sent.tokens
    acting = Candidate(tokens[0].start, tokens[0].end, "Location", "dictionary", "country")
    placed = Candidate(tokens[4].start, tokens[4].end, "Location", "dictionary", "country")
    assert with_role(sent, acting).label == "Organisation"
    assert with_role(sent, placed).label == "Location"


def test_entity_roles_a_name_placed_once_is_a_place_throughout():
    # "fighting in Zenda" ... "Zenda fell": the model's person is the town
    first = parsed([("fighting", "fighting", "NOUN", "ROOT", 0), ("in", "in", "ADP", "prep", 0),
                    ("Zenda", "Zenda", "PROPN", "pobj", 1)])
    second = parsed([("Zenda", "Zenda", "PROPN", "nsubj", 1), ("fell", "fall", "VERB", "ROOT", 1)])
    placed = Candidate(first.tokens[2].start, first.tokens[2].end, "Location", "spacy", "GPE")
    guessed = Candidate(second.tokens[0].start, second.tokens[0].end, "Person", "spacy", "PERSON")
    found = one_sense_per_text([(first, placed), (second, guessed)])
    assert [candidate.label for _, candidate in found] == ["Location", "Location"]
