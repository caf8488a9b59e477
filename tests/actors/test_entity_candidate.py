"""Candidate positions among hand-built tokens: no model is loaded."""

from __future__ import annotations

from detente.actors.entity_candidate import Candidate, from_token, span_head, to_span, token_range
from tests.parse_builder import parsed


def _sentence():
    # "the Freedonian army shelled Sylvania"
    return parsed([("the", "the", "DET", "det", 2), ("Freedonian", "Freedonian", "ADJ", "amod", 2),
                   ("army", "army", "NOUN", "nsubj", 3), ("shelled", "shell", "VERB", "ROOT", 3),
                   ("Sylvania", "Sylvania", "PROPN", "dobj", 3)])


def test_entity_candidate_token_range_and_head_of_a_phrase():
    sent = _sentence()
    tokens = sent.tokens
    candidate = Candidate(tokens[1].start, tokens[2].end, "Organisation", "spacy")
    assert token_range(sent, candidate) == (1, 3)
    assert span_head(sent, 1, 3) == 2  # "army": its head lies outside the span


def test_entity_candidate_from_token_only_ever_widens_and_to_span_gives_the_text():
    sent = _sentence()
    tokens = sent.tokens
    candidate = Candidate(tokens[1].start, tokens[2].end, "Organisation", "spacy")
    assert to_span(sent, from_token(sent, candidate, 0)).text == "the Freedonian army"
    assert from_token(sent, candidate, 2) == candidate  # a later token does not cut the name
    assert to_span(sent, candidate).label == "Organisation"
