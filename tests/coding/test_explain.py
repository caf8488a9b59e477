from detente.coding.explain import trace_sentence
from detente.types import ResolvedDate

from tests.parse_builder import parsed


def test_explain_says_why_a_verb_was_not_coded(coder):
    # "Chile and Peru frobnicated." - no pattern knows the verb
    sent = parsed([("Chile", "chile", "PROPN", "nsubj", 3, "GPE"), ("and", "and", "CCONJ", "cc", 0),
                   ("Peru", "peru", "PROPN", "conj", 0, "GPE"), ("frobnicated", "frobnicate", "VERB", "ROOT", 3)])
    trace = trace_sentence(coder, sent, date=ResolvedDate(None))
    assert trace.mentions == ()
    [item] = trace.predicates
    assert item.pattern is None and "no pattern for verb 'frobnicate'" in item.verdict
    assert {m.entry.code for m in trace.terms if m.entry} == {"CHL", "PER"}


def test_explain_shows_pattern_modality_and_sides(coder):
    # "Chile will supply Peru with weapons."
    sent = parsed([("Chile", "chile", "PROPN", "nsubj", 2, "GPE"), ("will", "will", "AUX", "aux", 2),
                   ("supply", "supply", "VERB", "ROOT", 2), ("Peru", "peru", "PROPN", "dobj", 2, "GPE"),
                   ("with", "with", "ADP", "prep", 2), ("weapons", "weapon", "NOUN", "pobj", 4)])
    trace = trace_sentence(coder, sent, date=ResolvedDate(None))
    [item] = trace.predicates
    assert item.code == "0332" and item.modality == "intended"
    assert [a.code for a in item.sources] == ["CHL"] and [a.code for a in item.targets] == ["PER"]
    assert [(m.source.code, m.cameo.code, m.target.code) for m in trace.mentions] == [("CHL", "0332", "PER")]
