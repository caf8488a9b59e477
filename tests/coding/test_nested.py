"""Tests for detente.coding.nested: which events inside events stand."""

from detente.coding.nested import demand_code

from tests.coding.coded import code_sentences, triples
from tests.parse_builder import parsed


def _says(modal: str):
    # "Russia says Israel <modal> end attacks on Syria."
    return parsed([
        ("Russia", "russia", "PROPN", "nsubj", 1, "GPE"), ("says", "say", "VERB", "ROOT", 1),
        ("Israel", "israel", "PROPN", "nsubj", 4, "GPE"), (modal, modal, "AUX", "aux", 4),
        ("end", "end", "VERB", "ccomp", 1), ("attacks", "attack", "NOUN", "dobj", 4), ("on", "on", "ADP", "prep", 5),
        ("Syria", "syria", "PROPN", "pobj", 6, "GPE"), (".", ".", "PUNCT", "punct", 1),
    ])


def test_nested_what_someone_must_do_is_a_demand_on_them_by_the_speaker(coder):
    mentions = code_sentences(coder, _says("must"))
    assert {(s, code[:2], t) for s, code, t in triples(mentions)} == {("RUS", "10", "ISR")}
    assert all(m.modality == "asserted" and not m.negated for m in mentions)


def test_nested_what_someone_will_do_stays_their_act(coder):
    mentions = code_sentences(coder, _says("will"))
    assert {s for s, _, _ in triples(mentions)} == {"ISR"}  # Israel's intent; the statement gives way


def test_nested_demand_codes_parallel_the_demanded_act():
    assert demand_code("0312") == "1012"  # joint military cooperation
    assert demand_code("039") == "108"  # to mediate
    assert demand_code("087") == "1056"  # to de-escalate
    assert demand_code("190") == "100"  # no demand code for a use of force


def test_nested_a_duty_nobody_codes_makes_the_statement_a_demand(coder):
    # "Amnesty said the Sudanese authorities must ensure security." - no pattern for "ensure"
    sent = parsed([
        ("Amnesty", "amnesty", "PROPN", "nsubj", 1, "ORG"), ("said", "say", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 4), ("Sudanese", "sudanese", "ADJ", "amod", 4, "NORP"),
        ("authorities", "authority", "NOUN", "nsubj", 6), ("must", "must", "AUX", "aux", 6),
        ("ensure", "ensure", "VERB", "ccomp", 1), ("security", "security", "NOUN", "dobj", 6),
        (".", ".", "PUNCT", "punct", 1),
    ])
    [demand] = code_sentences(coder, sent)
    assert demand.cameo.code == "100" and demand.target.country == "SDN"
    assert demand.source.span.text == "Amnesty"


def test_nested_a_purpose_clause_does_not_cover_the_act_it_serves(coder):
    # "The United Nations will send aid to Colombia to help the refugees.": the
    # help is why aid is sent; the sending, with its recipient, stands.
    sent = parsed([
        ("The", "the", "DET", "det", 2, "ORG"), ("United", "united", "PROPN", "compound", 2, "ORG"),
        ("Nations", "nations", "PROPN", "nsubj", 4, "ORG"), ("will", "will", "AUX", "aux", 4),
        ("send", "send", "VERB", "ROOT", 4), ("aid", "aid", "NOUN", "dobj", 4), ("to", "to", "ADP", "dative", 4),
        ("Colombia", "colombia", "PROPN", "pobj", 6, "GPE"), ("to", "to", "PART", "aux", 9),
        ("help", "help", "VERB", "advcl", 4), ("the", "the", "DET", "det", 11),
        ("refugees", "refugee", "NOUN", "dobj", 9), (".", ".", "PUNCT", "punct", 4),
    ])
    mentions = code_sentences(coder, sent)
    assert any(m.trigger.text == "send" and m.target and m.target.country == "COL" for m in mentions)


def test_nested_a_refusal_stands_beside_a_statement_joined_to_it(coder):
    # "The Taliban rejected the government's offer and announced a new offensive.": the
    # announcement is a second act, not a statement that carries the refusal
    sent = parsed([
        ("The", "the", "DET", "det", 1), ("Taliban", "Taliban", "PROPN", "nsubj", 2, "ORG"),
        ("rejected", "reject", "VERB", "ROOT", 2), ("the", "the", "DET", "det", 4),
        ("government", "government", "NOUN", "poss", 6), ("'s", "'s", "PART", "case", 4),
        ("offer", "offer", "NOUN", "dobj", 2), ("and", "and", "CCONJ", "cc", 2),
        ("announced", "announce", "VERB", "conj", 2), ("a", "a", "DET", "det", 11), ("new", "new", "ADJ", "amod", 11),
        ("offensive", "offensive", "NOUN", "dobj", 8), (".", ".", "PUNCT", "punct", 2),
    ], ents=[("ORG", 1, 1)])
    assert any(m.cameo.root == "12" and m.trigger.text == "rejected" for m in code_sentences(coder, sent))


def test_nested_a_duty_in_the_passive_is_a_demand_on_no_one_named(coder):
    # "The EU says military intervention must be avoided."
    sent = parsed([
        ("The", "the", "DET", "det", 1), ("EU", "EU", "PROPN", "nsubj", 2, "ORG"), ("says", "say", "VERB", "ROOT", 2),
        ("military", "military", "ADJ", "amod", 4), ("intervention", "intervention", "NOUN", "nsubjpass", 7),
        ("must", "must", "AUX", "aux", 7), ("be", "be", "AUX", "auxpass", 7), ("avoided", "avoid", "VERB", "ccomp", 2),
        (".", ".", "PUNCT", "punct", 2),
    ], ents=[("ORG", 1, 1)])
    [demand] = code_sentences(coder, sent)
    assert demand.cameo.code == "100" and demand.source.span.text == "The EU" and demand.target is None


def test_nested_an_act_that_only_describes_someone_is_trusted_less(coder):
    # "The Saudi coalition fighting Houthi rebels declared a ceasefire." - the ceasefire leads;
    # the fighting only says which coalition
    sent = parsed([
        ("The", "the", "DET", "det", 2), ("Saudi", "Saudi", "PROPN", "compound", 2, "GPE"),
        ("coalition", "coalition", "NOUN", "nsubj", 6), ("fighting", "fight", "VERB", "acl", 2),
        ("Houthi", "Houthi", "PROPN", "compound", 5, "ORG"), ("rebels", "rebel", "NOUN", "dobj", 3),
        ("declared", "declare", "VERB", "ROOT", 6), ("a", "a", "DET", "det", 8),
        ("ceasefire", "ceasefire", "NOUN", "dobj", 6), (".", ".", "PUNCT", "punct", 6),
    ], ents=[("GPE", 1, 1), ("ORG", 4, 4)])
    mentions = code_sentences(coder, sent)
    fighting = [m for m in mentions if m.cameo.root == "19"]
    ceasefire = [m for m in mentions if m.cameo.code.startswith("087")]
    from detente.evaluation.predicted import MAIN_EVENT_MARGIN
    # trusted less by more than the margin within which the earlier event would count as the main one
    assert fighting and ceasefire
    assert min(m.confidence for m in ceasefire) - max(m.confidence for m in fighting) > MAIN_EVENT_MARGIN
    # a coalition the dictionaries do not know leaves both acts unsure: the own act still leads
    unknown = parsed([
        ("The", "the", "DET", "det", 1), ("coalition", "coalition", "NOUN", "nsubj", 5),
        ("fighting", "fight", "VERB", "acl", 1), ("Houthi", "Houthi", "PROPN", "compound", 4, "ORG"),
        ("rebels", "rebel", "NOUN", "dobj", 2), ("declared", "declare", "VERB", "ROOT", 5),
        ("a", "a", "DET", "det", 7), ("ceasefire", "ceasefire", "NOUN", "dobj", 5), (".", ".", "PUNCT", "punct", 5),
    ], ents=[("ORG", 3, 3)], tags={2: "VBG"})
    mentions = code_sentences(coder, unknown)
    fighting = [m for m in mentions if m.cameo.root == "19"]
    ceasefire = [m for m in mentions if m.cameo.code.startswith("087")]
    assert fighting and ceasefire
    assert min(m.confidence for m in ceasefire) - max(m.confidence for m in fighting) > MAIN_EVENT_MARGIN


def test_nested_a_names_own_verb_read_as_a_participle_is_not_a_description(coder):
    # "President Trump called President Erdogan and urged him to ...": "called" read as describing Trump
    sent = parsed([
        ("President", "President", "PROPN", "compound", 1), ("Trump", "Trump", "PROPN", "nsubj", 6, "PERSON"),
        ("called", "call", "VERB", "acl", 1), ("President", "President", "PROPN", "compound", 4),
        ("Erdogan", "Erdogan", "PROPN", "oprd", 2, "PERSON"), ("and", "and", "CCONJ", "cc", 1),
        ("urged", "urge", "VERB", "ROOT", 6), ("him", "him", "PRON", "dobj", 6), ("to", "to", "PART", "aux", 9),
        ("wait", "wait", "VERB", "xcomp", 6), (".", ".", "PUNCT", "punct", 6),
    ], ents=[("PERSON", 1, 1), ("PERSON", 4, 4)], tags={2: "VBN"})
    mentions = code_sentences(coder, sent)
    [call] = [m for m in mentions if m.trigger.text == "called"]
    from detente.evaluation.predicted import MAIN_EVENT_MARGIN
    # not trusted less than a description: first in the sentence and within the margin, it is the main act
    assert max(m.confidence for m in mentions) - call.confidence <= MAIN_EVENT_MARGIN


def test_nested_an_attack_named_as_the_subject_of_a_verb_of_attack_is_one_act(coder):
    # "Russian air strikes hit Freedonia." - one use of force, coded from the verb with its target
    sent = parsed([
        ("Russian", "russian", "ADJ", "amod", 2, "NORP"), ("air", "air", "NOUN", "compound", 2),
        ("strikes", "strike", "NOUN", "nsubj", 3), ("hit", "hit", "VERB", "ROOT", 3),
        ("Freedonia", "Freedonia", "PROPN", "dobj", 3, "GPE"), (".", ".", "PUNCT", "punct", 3),
    ], ents=[("NORP", 0, 0), ("GPE", 4, 4)], tags={2: "NNS"})
    force = [m for m in code_sentences(coder, sent) if m.cameo.root == "19"]
    assert [m.trigger.text for m in force] == ["hit"]


def test_nested_a_denial_stands_over_the_act_it_denies(coder):
    # "Chile denied that it had attacked Peru.": the denial is the event, not only the attack
    sent = parsed([
        ("Chile", "Chile", "PROPN", "nsubj", 1, "GPE"), ("denied", "deny", "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 5), ("it", "it", "PRON", "nsubj", 5), ("had", "have", "AUX", "aux", 5),
        ("attacked", "attack", "VERB", "ccomp", 1), ("Peru", "Peru", "PROPN", "dobj", 5, "GPE"),
        (".", ".", "PUNCT", "punct", 1),
    ])
    assert "016" in {m.cameo.code for m in code_sentences(coder, sent)}
