"""Name boundary rules from hand-built parses: no model is loaded."""

from __future__ import annotations

from detente.actors.name_spans import bracket_end, place_qualifier, title_start
from tests.parse_builder import parsed


def test_name_spans_bracket_ends_a_name():
    assert bracket_end("Rufus Firefly,[1") == len("Rufus Firefly")
    assert bracket_end("Rufus Firefly(Freedonian") == len("Rufus Firefly")
    assert bracket_end("Rufus Firefly") == len("Rufus Firefly")


def test_name_spans_title_with_of_phrase_but_not_a_verb():
    sent = parsed(
        [("said", "say", "VERB", "ROOT", 0), ("Secretary", "Secretary", "PROPN", "compound", 4),
         ("of", "of", "ADP", "prep", 1), ("State", "State", "PROPN", "pobj", 2),
         ("Firefly", "Firefly", "PROPN", "nsubj", 0)],
    )
    assert title_start(sent.tokens, 4, 5) == 1


def test_name_spans_list_of_places_is_not_a_place_and_its_country():
    sent = parsed(
        [("in", "in", "ADP", "ROOT", 0), ("Freedonia", "Freedonia", "PROPN", "pobj", 0),
         (",", ",", "PUNCT", "punct", 1), ("Sylvania", "Sylvania", "PROPN", "conj", 1),
         (",", ",", "PUNCT", "punct", 3), ("and", "and", "CCONJ", "cc", 3), ("Zenda", "Zenda", "PROPN", "conj", 3)],
    )
    assert not place_qualifier(sent, (1, 2), (3, 4))
