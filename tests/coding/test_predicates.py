from detente.coding.predicates import find_predicates, noun_forms
from detente.nlp.tree import children_of

from tests.parse_builder import parsed

# "Gondor and Arnor agreed to hold joint exercises."
AGREED = parsed([
    ("Gondor", "gondor", "PROPN", "nsubj", 3), ("and", "and", "CCONJ", "cc", 0),
    ("Arnor", "arnor", "PROPN", "conj", 0), ("agreed", "agree", "VERB", "ROOT", 3),
    ("to", "to", "PART", "aux", 5), ("hold", "hold", "VERB", "xcomp", 3),
    ("joint", "joint", "ADJ", "amod", 7), ("exercises", "exercise", "NOUN", "dobj", 5),
    (".", ".", "PUNCT", "punct", 3),
])

# "Three soldiers were killed by militants in Rohan."
PASSIVE = parsed([
    ("Three", "three", "NUM", "nummod", 1), ("soldiers", "soldier", "NOUN", "nsubjpass", 3),
    ("were", "be", "AUX", "auxpass", 3), ("killed", "kill", "VERB", "ROOT", 3),
    ("by", "by", "ADP", "agent", 3), ("militants", "militant", "NOUN", "pobj", 4),
    ("in", "in", "ADP", "prep", 3), ("Rohan", "rohan", "PROPN", "pobj", 6), (".", ".", "PUNCT", "punct", 3),
])

# "Shoigu's visit to Gondor"
VISIT = parsed([
    ("Shoigu", "shoigu", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0),
    ("visit", "visit", "NOUN", "ROOT", 2), ("to", "to", "ADP", "prep", 2), ("Gondor", "gondor", "PROPN", "pobj", 3),
])


def _by_lemma(sent, nouns=frozenset()):
    return {p.lemma: p for p in find_predicates(sent.tokens, children_of(sent.tokens), nouns)}


def test_predicates_control_verb_inherits_coordinated_subjects():
    preds = _by_lemma(AGREED)
    assert preds["agree"].subjects == (0, 2)
    assert preds["hold"].subjects == (0, 2)
    assert preds["hold"].governor == 3
    assert "exercise" in preds["hold"].object_lemmas


def test_predicates_an_ing_clause_after_by_or_after_is_done_by_the_main_subject():
    # "Gondor helped Rohan by sending troops." / "Gondor left after signing the pact."
    by = parsed([("Gondor", "gondor", "PROPN", "nsubj", 1), ("helped", "help", "VERB", "ROOT", 1),
                 ("Rohan", "rohan", "PROPN", "dobj", 1), ("by", "by", "ADP", "prep", 1),
                 ("sending", "send", "VERB", "pcomp", 3), ("troops", "troop", "NOUN", "dobj", 4)], tags={4: "VBG"})
    assert _by_lemma(by)["send"].subjects == (0,)
    # a noun's "of" clause is not: "the cost of sending troops"
    of = parsed([("the", "the", "DET", "det", 1), ("cost", "cost", "NOUN", "ROOT", 1), ("of", "of", "ADP", "prep", 1),
                 ("sending", "send", "VERB", "pcomp", 2), ("troops", "troop", "NOUN", "dobj", 3)], tags={3: "VBG"})
    assert _by_lemma(of)["send"].subjects == ()


def test_predicates_passive_takes_agent_as_subject_and_patient_as_object():
    kill = _by_lemma(PASSIVE)["kill"]
    assert kill.passive
    assert kill.subjects == (5,) and kill.agents == (5,)
    assert kill.objects == (1,)
    assert ("in", 7) in kill.preps
    # a participle with a "by" agent is passive with no auxiliary: "money donated by Gondor"
    donated = _by_lemma(parsed([("money", "money", "NOUN", "ROOT", 0), ("donated", "donate", "VERB", "acl", 0),
                                ("by", "by", "ADP", "agent", 1), ("Gondor", "gondor", "PROPN", "pobj", 2)]))["donate"]
    assert donated.passive and donated.subjects == (3,)


def test_predicates_event_noun_with_possessor_and_target_preposition():
    assert "visit" not in _by_lemma(VISIT)
    visit = _by_lemma(VISIT, frozenset({"visit"}))["visit"]
    assert visit.pos == "noun"
    assert visit.subjects == (0,)
    assert visit.preps == (("to", 4),)


# "Denmark announced a suspension of aid to Egypt."
SUSPENSION = parsed([
    ("Denmark", "Denmark", "PROPN", "nsubj", 1, "GPE"), ("announced", "announce", "VERB", "ROOT", 1),
    ("a", "a", "DET", "det", 3), ("suspension", "suspension", "NOUN", "dobj", 1), ("of", "of", "ADP", "prep", 3),
    ("aid", "aid", "NOUN", "pobj", 4), ("to", "to", "ADP", "prep", 3), ("Egypt", "Egypt", "PROPN", "pobj", 6, "GPE"),
    (".", ".", "PUNCT", "punct", 1),
])


def test_predicates_a_nominalised_act_is_the_verb_on_its_of_object():
    [act] = [p for p in find_predicates(SUSPENSION.tokens, children_of(SUSPENSION.tokens), frozenset())
             if p.head == 3]
    assert (act.lemma, act.subjects, act.objects, act.governor) == ("suspend", (0,), (5,), 1)
    assert "aid" in act.object_lemmas and ("to", 7) in act.preps


def test_nested_an_announced_suspension_of_aid_is_the_event_not_the_announcement(coder):
    from tests.coding.coded import code_sentences
    [event] = code_sentences(coder, SUSPENSION)
    assert event.cameo.code == "162" and event.source.country == "DNK" and event.target.country == "EGY"


def test_predicates_whoever_is_responsible_for_an_act_did_it(coder):
    # "Syria is responsible for the killing of Turkish soldiers." -> SYR kills TUR soldiers
    from tests.coding.coded import code_sentences
    sent = parsed([
        ("Syria", "Syria", "PROPN", "nsubj", 1, "GPE"), ("is", "be", "AUX", "ROOT", 1),
        ("responsible", "responsible", "ADJ", "acomp", 1), ("for", "for", "ADP", "prep", 2),
        ("the", "the", "DET", "det", 5), ("killing", "killing", "NOUN", "pobj", 3), ("of", "of", "ADP", "prep", 5),
        ("Turkish", "turkish", "ADJ", "amod", 8, "NORP"), ("soldiers", "soldier", "NOUN", "pobj", 6),
        (".", ".", "PUNCT", "punct", 1),
    ], ents=[("GPE", 0, 0), ("NORP", 7, 7)])
    [killing] = code_sentences(coder, sent)
    assert killing.cameo.root == "18" and killing.source.country == "SYR" and killing.target.country == "TUR"


def test_predicates_a_measure_of_goods_is_read_as_the_goods():
    # "13 tons of medicine" is medicine to a pattern keyed on what is sent; "13 tons" alone is not
    sent = parsed([("13", "13", "NUM", "nummod", 1), ("tons", "ton", "NOUN", "dobj", 1),
                   ("of", "of", "ADP", "prep", 1), ("medicine", "medicine", "NOUN", "pobj", 2)])
    assert "medicine" in noun_forms(sent.tokens, children_of(sent.tokens), 1)
    bare = parsed([("13", "13", "NUM", "nummod", 1), ("tons", "ton", "NOUN", "dobj", 1)])
    assert "medicine" not in noun_forms(bare.tokens, children_of(bare.tokens), 1)


# "The Council approved the deployment of a UN team."
DEPLOYMENT = parsed([
    ("The", "the", "DET", "det", 1), ("Council", "Council", "PROPN", "nsubj", 2),
    ("approved", "approve", "VERB", "ROOT", 2),
    ("the", "the", "DET", "det", 4), ("deployment", "deployment", "NOUN", "dobj", 2), ("of", "of", "ADP", "prep", 4),
    ("a", "a", "DET", "det", 8), ("UN", "UN", "PROPN", "compound", 8, "ORG"), ("team", "team", "NOUN", "pobj", 5),
    (".", ".", "PUNCT", "punct", 2),
])


def test_predicates_who_approves_an_act_does_it_not_who_is_sent():
    deployment = _by_lemma(DEPLOYMENT, frozenset({"deployment"}))["deployment"]
    assert deployment.subjects == (1,)


def test_predicates_a_hyphenated_event_noun_is_read_as_one_word():
    # "Ghani announced a cease-fire with the Taliban." - the tokenizer splits "cease", "-", "fire"
    from dataclasses import replace
    sent = parsed([("Ghani", "Ghani", "PROPN", "nsubj", 1), ("announced", "announce", "VERB", "ROOT", 1),
                   ("a", "a", "DET", "det", 5), ("cease", "cease", "NOUN", "compound", 5),
                   ("-", "-", "PUNCT", "punct", 5),
                   ("fire", "fire", "NOUN", "dobj", 1), ("with", "with", "ADP", "prep", 5)])
    # written without a space: "cease-fire"
    tokens = [*sent.tokens[:5], *(replace(t, start=t.start - 1, end=t.end - 1) for t in sent.tokens[5:])]
    preds = {p.lemma: p for p in find_predicates(tokens, children_of(tokens), frozenset({"ceasefire"}))}
    assert preds["ceasefire"].head == 5 and preds["ceasefire"].pos == "noun"
    spaced = {p.lemma for p in find_predicates(sent.tokens, children_of(sent.tokens), frozenset({"ceasefire"}))}
    assert "ceasefire" not in spaced  # "cease - fire" is not one word


def test_predicates_an_amount_is_no_doer_of_an_event_noun():
    # "The EU announced assistance of 60 million euros." - the doer is the announcer, not the euros
    sent = parsed([("The", "the", "DET", "det", 1), ("EU", "EU", "PROPN", "nsubj", 2, "ORG"),
                   ("announced", "announce", "VERB", "ROOT", 2), ("assistance", "assistance", "NOUN", "dobj", 2),
                   ("of", "of", "ADP", "prep", 3), ("60", "60", "NUM", "compound", 6, "CARDINAL"),
                   ("million", "million", "NUM", "nummod", 7, "CARDINAL"), ("euros", "euro", "NOUN", "pobj", 4)])
    assert _by_lemma(sent, frozenset({"assistance"}))["assistance"].subjects == (1,)


def test_predicates_an_announced_release_of_people_is_a_release(coder):
    # "Iran announced the release of two Kuwaiti nationals." -> 0841 IRN -> KWT; "the release of
    # $2 million" is money, not people
    from tests.coding.coded import code_sentences, triples
    sent = parsed([("Iran", "Iran", "PROPN", "nsubj", 1, "GPE"), ("announced", "announce", "VERB", "ROOT", 1),
                   ("the", "the", "DET", "det", 3), ("release", "release", "NOUN", "dobj", 1),
                   ("of", "of", "ADP", "prep", 3), ("two", "two", "NUM", "nummod", 7, "CARDINAL"),
                   ("Kuwaiti", "Kuwaiti", "PROPN", "compound", 7, "GPE"), ("nationals", "national", "NOUN", "pobj", 4),
                   (".", ".", "PUNCT", "punct", 1)], ents=[("GPE", 0, 0), ("CARDINAL", 5, 5), ("GPE", 6, 6)])
    assert ("IRN", "0841", "KWT") in triples(code_sentences(coder, sent))
    money = parsed([("Iran", "Iran", "PROPN", "nsubj", 1, "GPE"), ("announced", "announce", "VERB", "ROOT", 1),
                    ("the", "the", "DET", "det", 3), ("release", "release", "NOUN", "dobj", 1),
                    ("of", "of", "ADP", "prep", 3), ("$", "$", "SYM", "nmod", 6, "MONEY"),
                    ("2", "2", "NUM", "compound", 7, "MONEY"), ("million", "million", "NUM", "pobj", 4, "MONEY")],
                   ents=[("GPE", 0, 0), ("MONEY", 5, 7)])
    assert not any(code == "0841" for _, code, _ in triples(code_sentences(coder, money)))


def test_predicates_who_is_guilty_of_an_act_did_it():
    # "The army was guilty of violating the ceasefire." - the army violated it
    sent = parsed([("The", "the", "DET", "det", 1), ("army", "army", "NOUN", "nsubj", 2),
                   ("was", "be", "AUX", "ROOT", 2),
                   ("guilty", "guilty", "ADJ", "acomp", 2), ("of", "of", "ADP", "prep", 3),
                   ("violating", "violate", "VERB", "pcomp", 4), ("the", "the", "DET", "det", 7),
                   ("ceasefire", "ceasefire", "NOUN", "dobj", 5), (".", ".", "PUNCT", "punct", 2)])
    assert _by_lemma(sent)["violate"].subjects == (1,)


def test_predicates_what_an_act_is_in_relation_to_is_its_object_unless_it_names_one():
    # "Sylvania imposed sanctions in relation to Freedonia." / "... sanctions on Marxburg in relation to Freedonia."
    topic = parsed([("Sylvania", "Sylvania", "PROPN", "nsubj", 1), ("imposed", "impose", "VERB", "ROOT", 1),
                    ("sanctions", "sanction", "NOUN", "dobj", 1), ("in", "in", "ADP", "prep", 1),
                    ("relation", "relation", "NOUN", "pobj", 3), ("to", "to", "ADP", "prep", 4),
                    ("Freedonia", "Freedonia", "PROPN", "pobj", 5)])
    [imposed] = [p for p in find_predicates(topic.tokens, children_of(topic.tokens), ()) if p.lemma == "impose"]
    assert ("on", 6) in imposed.preps
    named = parsed([("Sylvania", "Sylvania", "PROPN", "nsubj", 1), ("imposed", "impose", "VERB", "ROOT", 1),
                    ("sanctions", "sanction", "NOUN", "dobj", 1), ("on", "on", "ADP", "prep", 2),
                    ("Marxburg", "Marxburg", "PROPN", "pobj", 3), ("in", "in", "ADP", "prep", 1),
                    ("relation", "relation", "NOUN", "pobj", 5), ("to", "to", "ADP", "prep", 6),
                    ("Freedonia", "Freedonia", "PROPN", "pobj", 7)])
    [imposed] = [p for p in find_predicates(named.tokens, children_of(named.tokens), ()) if p.lemma == "impose"]
    assert [i for word, i in imposed.preps if word == "on"] == [4]
