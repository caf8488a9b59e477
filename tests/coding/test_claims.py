"""Tests for detente.coding.claims: a claim of one's own use of force."""

from tests.coding.coded import code_sentences
from tests.parse_builder import parsed

_END = [("had", "have", "AUX", "aux", 6), ("attacked", "attack", "VERB", "ccomp", 2), ("the", "the", "DET", "det", 9),
        ("Saudi", "saudi", "ADJ", "amod", 9, "NORP"), ("airport", "airport", "NOUN", "dobj", 6),
        (".", ".", "PUNCT", "punct", 2)]


def _claim(doer: tuple) -> object:
    """ "The Houthis claimed that <doer> had attacked the Saudi airport." """
    rows = [("The", "the", "DET", "det", 1), ("Houthis", "Houthis", "PROPN", "nsubj", 2, "PERSON"),
            ("claimed", "claim", "VERB", "ROOT", 2), ("that", "that", "SCONJ", "mark", 6), doer, *_END]
    return parsed(rows, ents=[("NORP", 8, 8)])


def test_claims_claiming_ones_own_attack_is_a_claim_of_responsibility(coder):
    codes = {m.cameo.code: m for m in code_sentences(coder, _claim(("they", "they", "PRON", "nsubj", 6)))}
    assert "015" in codes and codes["015"].target is not None and codes["015"].target.code == "SAU"
    assert any(code.startswith("19") for code in codes)  # the attack stays, as reported


def test_claims_a_claim_about_someone_elses_attack_is_a_statement(coder):
    codes = {m.cameo.code for m in code_sentences(coder, _claim(("Iraq", "Iraq", "PROPN", "nsubj", 6, "GPE")))}
    assert "015" not in codes
