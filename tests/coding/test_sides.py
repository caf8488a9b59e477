"""Tests for detente.coding.sides: who does an event."""

from tests.coding.coded import code_sentences
from tests.parse_builder import parsed


def test_sides_an_arrest_with_no_one_named_is_the_act_of_the_state_it_happens_in(coder):
    # "Ingabire was arrested in Rwanda." -> Rwanda arrested Ingabire; a talk "in Rwanda" is not Rwanda's
    arrested = parsed([
        ("Ingabire", "Ingabire", "PROPN", "nsubjpass", 2, "PERSON"), ("was", "be", "AUX", "auxpass", 2),
        ("arrested", "arrest", "VERB", "ROOT", 2), ("in", "in", "ADP", "prep", 2),
        ("Rwanda", "Rwanda", "PROPN", "pobj", 3, "GPE"), (".", ".", "PUNCT", "punct", 2),
    ], ents=[("PERSON", 0, 0), ("GPE", 4, 4)])
    [arrest] = [m for m in code_sentences(coder, arrested) if m.cameo.root == "17"]
    assert arrest.source is not None and arrest.source.code == "RWA"
    praised = parsed([
        ("Ingabire", "Ingabire", "PROPN", "nsubjpass", 2, "PERSON"), ("was", "be", "AUX", "auxpass", 2),
        ("praised", "praise", "VERB", "ROOT", 2), ("in", "in", "ADP", "prep", 2),
        ("Rwanda", "Rwanda", "PROPN", "pobj", 3, "GPE"), (".", ".", "PUNCT", "punct", 2),
    ], ents=[("PERSON", 0, 0), ("GPE", 4, 4)])
    assert all(m.source is None or m.source.code != "RWA" for m in code_sentences(coder, praised))
