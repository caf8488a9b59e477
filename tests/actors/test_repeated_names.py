"""Tests for detente.actors.repeated_names: a name found once is found again."""

from detente.actors.repeated_names import known_names, recurrences
from tests.parse_builder import parsed


def test_known_names_take_the_majority_label_and_surnames_of_people():
    names = known_names([("Aleppo", "Location"), ("Aleppo", "Location"), ("Aleppo", "Person"),
                         ("Gen. Faramir Hurin", "Person"), ("the regime", "Organisation"), ("we", "Organisation")])
    assert names == {"Aleppo": "Location", "Gen. Faramir Hurin": "Person", "Hurin": "Person"}


def test_recurrences_are_whole_tokens_not_already_taken():
    first = parsed([("Hurin", "Hurin", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1)])
    second = parsed([("Hurinsson", "Hurinsson", "PROPN", "nsubj", 1), ("left", "leave", "VERB", "ROOT", 1),
                     ("Hurin", "Hurin", "PROPN", "dobj", 1)], index=1, offset=20)
    found = recurrences([first, second], {"Hurin": "Person"}, taken=[(0, 5)])
    assert [(sent.sentence.index, start, end, label) for sent, start, end, label in found] == [(1, 35, 40, "Person")]
