"""Parse repairs of ``nlp/repairs.py``: verb lemmas, split names; and that parsing applies them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from detente.nlp.repairs import (
    attach_border_partners, attach_envoy_posts, attach_listed_nouns, attach_named_holders, attach_participle_objects,
    attach_reduced_relatives, attach_stray_objects, attach_ties_to_nearest_noun, attach_trailing_speakers,
    join_split_names, join_stacked_subjects, restore_main_verb, verb_lemma,
)
from tests.parse_builder import parsed


def _deps(sent):
    return [(t.text, t.dep, t.head) for t in join_split_names(sent.tokens)]


def test_hyphenated_name_read_as_several_subjects_is_one_name():
    # "Omar al-Bashir expelled aid workers" as the small model parses it: four subjects
    sent = parsed([("Omar", "Omar", "PROPN", "nsubj", 4), ("al", "al", "PROPN", "nsubj", 4),
                   ("-", "-", "PROPN", "nsubj", 4), ("Bashir", "Bashir", "PROPN", "nsubj", 4),
                   ("expelled", "expel", "VERB", "ROOT", 4), ("workers", "worker", "NOUN", "dobj", 4)])
    # the builder puts spaces between tokens: glue "al-Bashir" as it is written
    tokens = list(sent.tokens)
    tokens[2] = replace(tokens[2], start=tokens[1].end, end=tokens[1].end + 1)
    tokens[3] = replace(tokens[3], start=tokens[2].end, end=tokens[2].end + 6)
    fixed = join_split_names(tokens)
    assert [t.i for t in fixed if t.dep == "nsubj"] == [3]
    assert [(t.dep, t.head) for t in fixed[:3]] == [("compound", 1), ("compound", 2), ("compound", 3)]


def test_a_common_noun_before_a_named_subject_describes_it():
    # "The rebel Free Army threatened" parsed with two subjects; not "Rebels and the Free Army threatened"
    sent = parsed([("The", "the", "DET", "det", 1), ("rebel", "rebel", "NOUN", "nsubj", 4),
                   ("Free", "Free", "PROPN", "compound", 3), ("Army", "Army", "PROPN", "nsubj", 4),
                   ("threatened", "threaten", "VERB", "ROOT", 4)])
    fixed = join_stacked_subjects(sent.tokens)
    assert [(t.dep, t.head) for t in fixed[:2]] == [("det", 1), ("compound", 3)]
    listed = parsed([("Rebels", "rebel", "NOUN", "nsubj", 4), ("and", "and", "CCONJ", "cc", 0),
                     ("Free", "Free", "PROPN", "compound", 3), ("Army", "Army", "PROPN", "conj", 0),
                     ("threatened", "threaten", "VERB", "ROOT", 4)])
    assert join_stacked_subjects(listed.tokens) == listed.tokens


def test_a_participle_set_off_after_the_subject_describes_it():
    # "Fishermen, held in Libya, have been freed." parsed with "held" as the sentence's verb
    sent = parsed([("Fishermen", "fisherman", "NOUN", "nsubj", 2), (",", ",", "PUNCT", "punct", 0),
                   ("held", "hold", "VERB", "ROOT", 2), ("in", "in", "ADP", "prep", 2),
                   ("Libya", "Libya", "PROPN", "pobj", 3, "GPE"), (",", ",", "PUNCT", "punct", 2),
                   ("have", "have", "AUX", "aux", 8), ("been", "be", "AUX", "auxpass", 8),
                   ("freed", "free", "VERB", "conj", 2)], tags={2: "VBD", 8: "VBN"})
    fixed = attach_reduced_relatives(sent.tokens)
    assert (fixed[2].dep, fixed[2].head, fixed[2].tag) == ("acl", 0, "VBN")
    assert (fixed[8].dep, fixed[0].dep, fixed[0].head) == ("ROOT", "nsubjpass", 8)
    # "Fishermen held ... and freed": no comma before the participle, nothing to mend
    plain = parsed([("Fishermen", "fisherman", "NOUN", "nsubj", 1), ("held", "hold", "VERB", "ROOT", 1)])
    assert attach_reduced_relatives(plain.tokens) == plain.tokens


def test_title_and_name_side_by_side_are_one_subject():
    # "Prime Minister Fayez Sarraj rejected it", parsed with two subjects
    sent = parsed([("Prime", "Prime", "PROPN", "compound", 1), ("Minister", "Minister", "PROPN", "nsubj", 4),
                   ("Fayez", "Fayez", "PROPN", "compound", 3), ("Sarraj", "Sarraj", "PROPN", "nsubj", 4),
                   ("rejected", "reject", "VERB", "ROOT", 4), ("it", "it", "PRON", "dobj", 4)])
    assert ("Minister", "compound", 3) in _deps(sent)


def test_coordinated_and_separated_arguments_stay_apart():
    # "Pakistan, Russia hold drills": a comma between; "Iran and Iraq": a conjunction
    comma = parsed([("Pakistan", "Pakistan", "PROPN", "nsubj", 3), (",", ",", "PUNCT", "punct", 3),
                    ("Russia", "Russia", "PROPN", "nsubj", 3), ("hold", "hold", "VERB", "ROOT", 3)])
    assert _deps(comma) == [(t.text, t.dep, t.head) for t in comma.tokens]
    # an object and a subject side by side are different roles
    roles = parsed([("gave", "give", "VERB", "ROOT", 0), ("Iraq", "Iraq", "PROPN", "dative", 0),
                    ("Iran", "Iran", "PROPN", "dobj", 0)])
    assert _deps(roles) == [(t.text, t.dep, t.head) for t in roles.tokens]


def test_a_main_verb_read_as_a_relative_clause_without_subject_is_the_sentences_verb():
    # "The government, a number of parties condemned the decision.": the model's root is "government"
    sent = parsed([("The", "the", "DET", "det", 1), ("government", "government", "NOUN", "ROOT", 1),
                   (",", ",", "PUNCT", "punct", 1), ("a", "a", "DET", "det", 4),
                   ("number", "number", "NOUN", "appos", 1),
                   ("of", "of", "ADP", "prep", 4), ("parties", "party", "NOUN", "pobj", 5),
                   ("condemned", "condemn", "VERB", "relcl", 4), ("the", "the", "DET", "det", 9),
                   ("decision", "decision", "NOUN", "dobj", 7)], tags={7: "VBD"})
    fixed = restore_main_verb(sent.tokens)
    assert (fixed[7].dep, fixed[7].head) == ("ROOT", 7) and (fixed[1].dep, fixed[1].head) == ("nsubj", 7)
    # a true relative clause has its own subject or a relative word: "the decision that parties condemned"
    relative = parsed([("the", "the", "DET", "det", 1), ("decision", "decision", "NOUN", "ROOT", 1),
                       ("which", "which", "PRON", "dobj", 4), ("parties", "party", "NOUN", "nsubj", 4),
                       ("condemned", "condemn", "VERB", "relcl", 1)], tags={2: "WDT", 4: "VBD"})
    assert restore_main_verb(relative.tokens) == tuple(relative.tokens)


def test_a_tie_hung_on_a_noun_further_back_describes_the_noun_before_it():
    # "sanctions on firms linked to Firefly": the model hangs "linked" on "sanctions"
    sent = parsed([("sanctions", "sanction", "NOUN", "ROOT", 0), ("on", "on", "ADP", "prep", 0),
                   ("firms", "firm", "NOUN", "pobj", 1), ("linked", "link", "VERB", "acl", 0),
                   ("to", "to", "ADP", "prep", 3), ("Firefly", "Firefly", "PROPN", "pobj", 4, "PERSON")],
                  tags={3: "VBN"})
    assert attach_ties_to_nearest_noun(sent.tokens)[3].head == 2
    # other participles keep the parser's reading: "sanctions on Iran imposed by the UN"
    imposed = parsed([("sanctions", "sanction", "NOUN", "ROOT", 0), ("on", "on", "ADP", "prep", 0),
                      ("Iran", "Iran", "PROPN", "pobj", 1, "GPE"), ("imposed", "impose", "VERB", "acl", 0)],
                     tags={3: "VBN"})
    assert attach_ties_to_nearest_noun(imposed.tokens) == tuple(imposed.tokens)


def test_a_name_after_the_body_of_an_office_names_who_holds_it():
    # "the head of Amnesty International, Idil Eser, and activists": the model lists "Eser" with Amnesty
    sent = parsed([("the", "the", "DET", "det", 1), ("head", "head", "NOUN", "ROOT", 1), ("of", "of", "ADP", "prep", 1),
                   ("Amnesty", "Amnesty", "PROPN", "compound", 4, "ORG"),
                   ("International", "International", "PROPN", "pobj", 2, "ORG"), (",", ",", "PUNCT", "punct", 4),
                   ("Idil", "Idil", "PROPN", "compound", 7, "PERSON"), ("Eser", "Eser", "PROPN", "conj", 4, "PERSON"),
                   (",", ",", "PUNCT", "punct", 4), ("and", "and", "CCONJ", "cc", 1),
                   ("activists", "activist", "NOUN", "conj", 1)])
    assert [(t.dep, t.head) for t in attach_named_holders(sent.tokens)][7] == ("appos", 1)
    # a name listed with "and" is a list item: "the head of Amnesty and Idil Eser"
    listed = parsed([("the", "the", "DET", "det", 1), ("head", "head", "NOUN", "ROOT", 1),
                     ("of", "of", "ADP", "prep", 1), ("Amnesty", "Amnesty", "PROPN", "pobj", 2, "ORG"),
                     ("and", "and", "CCONJ", "cc", 3),
                     ("Eser", "Eser", "PROPN", "conj", 3, "PERSON")])
    assert attach_named_holders(listed.tokens) == tuple(listed.tokens)


def test_a_border_is_named_by_what_lies_across_it():
    # "struck an area near the frontier with the Golan Heights": the model hangs "with" on "struck"
    sent = parsed([("struck", "strike", "VERB", "ROOT", 0), ("an", "an", "DET", "det", 2),
                   ("area", "area", "NOUN", "dobj", 0), ("near", "near", "ADP", "prep", 2),
                   ("the", "the", "DET", "det", 5), ("frontier", "frontier", "NOUN", "pobj", 3),
                   ("with", "with", "ADP", "prep", 0), ("Gondor", "Gondor", "PROPN", "pobj", 6, "GPE")])
    assert attach_border_partners(sent.tokens)[6].head == 5
    # "with" after any other noun keeps the parser's reading: "struck the area with missiles"
    other = parsed([("struck", "strike", "VERB", "ROOT", 0), ("the", "the", "DET", "det", 2),
                    ("area", "area", "NOUN", "dobj", 0), ("with", "with", "ADP", "prep", 0),
                    ("missiles", "missile", "NOUN", "pobj", 3)])
    assert attach_border_partners(other.tokens) == tuple(other.tokens)


@pytest.mark.parametrize(
    ("text", "model_lemma", "expected"),
    [
        ("staged", "stag", "stage"),  # "staged a protest"
        ("waged", "wag", "wage"),
        ("hopes", "hop", "hope"),
        ("fining", "fin", "fine"),
        ("hopped", "hop", "hop"),  # a doubled consonant: the stem is the verb
        ("visited", "visit", "visit"),  # two syllables: English does not double
        ("fixed", "fix", "fix"),  # x is never doubled
        ("played", "play", "play"),
        ("goes", "go", "go"),
        ("stage", "stage", "stage"),
    ],
)
def test_verb_lemma_restores_silent_e_of_short_stems_only(text, model_lemma, expected):
    assert verb_lemma(text, model_lemma) == expected


@pytest.mark.slow
def test_parsed_records_carry_repaired_lemmas():
    from detente.config import load_settings
    from detente.nlp.parse import ParseArticles, load_nlp
    from detente.types import Article

    settings = load_settings(None)
    text = "Protesters staged a rally. The rebels waged war. Iran hoped Japan would help."
    article = Article(article_id="a", source="t", text=text, raw=text, published="2020-01-01", date_precision="day")
    [parsed] = ParseArticles(load_nlp(settings), settings)([article]).items
    lemmas = {tok.text: tok.lemma for sent in parsed.sentences for tok in sent.tokens}
    assert (lemmas["staged"], lemmas["waged"], lemmas["hoped"]) == ("stage", "wage", "hope")


def test_a_second_object_after_a_comma_describes_the_noun_before_it():
    # "Israel established ties with Bhutan, a Buddhist nation." - the model makes
    # "nation" a second object of "established"
    sent = parsed([("Israel", "Israel", "PROPN", "nsubj", 1, "GPE"), ("established", "establish", "VERB", "ROOT", 1),
                   ("ties", "tie", "NOUN", "dobj", 1), ("with", "with", "ADP", "prep", 1),
                   ("Bhutan", "Bhutan", "PROPN", "pobj", 3, "GPE"), (",", ",", "PUNCT", "punct", 1),
                   ("a", "a", "DET", "det", 8), ("Buddhist", "buddhist", "ADJ", "amod", 8, "NORP"),
                   ("nation", "nation", "NOUN", "dobj", 1), (".", ".", "PUNCT", "punct", 1)])
    fixed = attach_stray_objects(sent.tokens)
    assert (fixed[8].dep, fixed[8].head) == ("appos", 4)
    assert [(t.dep, t.head) for t in fixed[:5]] == [(t.dep, t.head) for t in sent.tokens[:5]]


def test_a_verb_with_one_object_is_left_alone():
    sent = parsed([("Israel", "Israel", "PROPN", "nsubj", 1), ("thanked", "thank", "VERB", "ROOT", 1),
                   ("Bhutan", "Bhutan", "PROPN", "dobj", 1), (",", ",", "PUNCT", "punct", 1),
                   ("officials", "official", "NOUN", "nsubj", 5), ("said", "say", "VERB", "parataxis", 1)])
    assert attach_stray_objects(sent.tokens) == tuple(sent.tokens)


def test_a_noun_with_a_subject_and_a_particle_is_a_verb():
    # "EU and UN hand over supplies." - headline style: the model tags "hand" a noun
    from detente.nlp.repairs import verbs_with_particles
    sent = parsed([("EU", "EU", "PROPN", "nsubj", 3, "ORG"), ("and", "and", "CCONJ", "cc", 0),
                   ("UN", "UN", "PROPN", "conj", 0, "ORG"), ("hand", "hand", "NOUN", "ROOT", 3),
                   ("over", "over", "ADP", "prt", 3), ("supplies", "supply", "NOUN", "dobj", 3)])
    fixed = verbs_with_particles(sent.tokens)
    assert fixed[3].pos == "VERB" and [t.pos for t in fixed if t.i != 3] == [t.pos for t in sent.tokens if t.i != 3]
    # a noun with no particle stays a noun: "the hand of the government"
    plain = parsed([("the", "the", "DET", "det", 1), ("hand", "hand", "NOUN", "ROOT", 1)])
    assert verbs_with_particles(plain.tokens)[1].pos == "NOUN"


def test_an_envoys_post_belongs_to_the_envoy_not_the_verb():
    # "Bahrain received the UAE Ambassador to Bahrain." - the model hangs "to" on "received";
    # "Bahrain sent aid to Yemen." keeps its "to" on the verb
    sent = parsed([("Bahrain", "Bahrain", "PROPN", "nsubj", 1, "GPE"), ("received", "receive", "VERB", "ROOT", 1),
                   ("the", "the", "DET", "det", 4), ("UAE", "UAE", "PROPN", "compound", 4, "ORG"),
                   ("Ambassador", "Ambassador", "PROPN", "dobj", 1), ("to", "to", "ADP", "prep", 1),
                   ("Bahrain", "Bahrain", "PROPN", "pobj", 5, "GPE"), (".", ".", "PUNCT", "punct", 1)])
    assert attach_envoy_posts(sent.tokens)[5].head == 4
    aid = parsed([("Bahrain", "Bahrain", "PROPN", "nsubj", 1, "GPE"), ("sent", "send", "VERB", "ROOT", 1),
                  ("aid", "aid", "NOUN", "dobj", 1), ("to", "to", "ADP", "prep", 1),
                  ("Yemen", "Yemen", "PROPN", "pobj", 3, "GPE"), (".", ".", "PUNCT", "punct", 1)])
    assert attach_envoy_posts(aid.tokens) == tuple(aid.tokens)


def test_a_name_listed_after_an_apposition_or_a_verbs_object_joins_the_list():
    # "sanctions against the organization Glavkosmos and the Research Organization":
    # the second name is coordinated with the phrase the apposition describes
    appos = parsed([("sanctions", "sanction", "NOUN", "ROOT", 0), ("against", "against", "ADP", "prep", 0),
                    ("the", "the", "DET", "det", 3), ("organization", "organization", "NOUN", "pobj", 1),
                    ("Glavkosmos", "Glavkosmos", "PROPN", "appos", 3), ("and", "and", "CCONJ", "cc", 4),
                    ("the", "the", "DET", "det", 8), ("Research", "Research", "PROPN", "compound", 8),
                    ("Organization", "Organization", "PROPN", "conj", 4)])
    assert attach_listed_nouns(appos.tokens)[8].head == 3
    # "outlawed the Congress and the Pan Africanist Congress": the second is the verb's object's partner
    verb = parsed([("They", "they", "PRON", "nsubj", 1), ("outlawed", "outlaw", "VERB", "ROOT", 1),
                   ("the", "the", "DET", "det", 3), ("Congress", "Congress", "PROPN", "dobj", 1),
                   ("and", "and", "CCONJ", "cc", 1), ("the", "the", "DET", "det", 6),
                   ("Assembly", "Assembly", "PROPN", "conj", 1)])
    assert attach_listed_nouns(verb.tokens)[6].head == 3
    # "... and Pakistan said": a noun with a subject of its own heads a clause and stays
    clause = parsed([("They", "they", "PRON", "nsubj", 1), ("outlawed", "outlaw", "VERB", "ROOT", 1),
                     ("Congress", "Congress", "PROPN", "dobj", 1), ("and", "and", "CCONJ", "cc", 1),
                     ("Pakistan", "Pakistan", "PROPN", "conj", 1), ("officials", "official", "NOUN", "nsubj", 4)])
    assert attach_listed_nouns(clause.tokens) == tuple(clause.tokens)


def test_a_country_in_apposition_to_a_country_before_a_list_is_a_list_item():
    # "The United States, India, Israel and others sent aid." - the model makes India an
    # apposition of "States" and lists Israel under India
    sent = parsed([("The", "the", "DET", "det", 2), ("United", "United", "PROPN", "compound", 2, "GPE"),
                   ("States", "States", "PROPN", "nsubj", 10, "GPE"), (",", ",", "PUNCT", "punct", 2),
                   ("India", "India", "PROPN", "appos", 2, "GPE"), (",", ",", "PUNCT", "punct", 4),
                   ("Israel", "Israel", "PROPN", "conj", 4, "GPE"), ("and", "and", "CCONJ", "cc", 6),
                   ("others", "other", "NOUN", "conj", 6), ("have", "have", "AUX", "aux", 10),
                   ("sent", "send", "VERB", "ROOT", 10), ("aid", "aid", "NOUN", "dobj", 10)])
    fixed = attach_listed_nouns(sent.tokens)
    assert (fixed[4].dep, fixed[4].head) == ("conj", 2) and fixed[6].head == 2


def test_two_countries_opening_a_headline_with_a_comma_act_together():
    # "Pakistan, Russia agree to hold drills" - the model makes "Pakistan" a loose modifier
    sent = parsed([("Pakistan", "Pakistan", "PROPN", "npadvmod", 3, "GPE"), (",", ",", "PUNCT", "punct", 3),
                   ("Russia", "Russia", "PROPN", "nsubj", 3, "GPE"), ("agree", "agree", "VERB", "ROOT", 3)])
    fixed = attach_listed_nouns(sent.tokens)
    assert (fixed[0].dep, fixed[0].head) == ("conj", 2)
    said = parsed([("Moscow", "Moscow", "PROPN", "npadvmod", 3, "GPE"), (",", ",", "PUNCT", "punct", 3),
                   ("officials", "official", "NOUN", "nsubj", 3), ("said", "say", "VERB", "ROOT", 3)])
    assert attach_listed_nouns(said.tokens) == tuple(said.tokens)


def test_a_noun_read_as_the_subject_of_a_participle_is_the_verbs_object():
    # "Bangladesh will not accept refugees fleeing violence." - the model makes "refugees" the
    # subject of "fleeing"; "said that refugees were fleeing" keeps its clause
    sent = parsed([("Bangladesh", "Bangladesh", "PROPN", "nsubj", 3, "GPE"), ("will", "will", "AUX", "aux", 3),
                   ("not", "not", "PART", "neg", 3), ("accept", "accept", "VERB", "ROOT", 3),
                   ("refugees", "refugee", "NOUN", "nsubj", 5), ("fleeing", "flee", "VERB", "ccomp", 3),
                   ("violence", "violence", "NOUN", "dobj", 5)], tags={5: "VBG"})
    fixed = attach_participle_objects(sent.tokens)
    assert (fixed[4].dep, fixed[4].head) == ("dobj", 3) and (fixed[5].dep, fixed[5].head) == ("acl", 4)
    said = parsed([("Aid", "aid", "NOUN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
                   ("that", "that", "SCONJ", "mark", 4), ("refugees", "refugee", "NOUN", "nsubj", 4),
                   ("fleeing", "flee", "VERB", "ccomp", 1)], tags={4: "VBG"})
    assert attach_participle_objects(said.tokens) == tuple(said.tokens)
    # "declared a state of siege to begin at midnight": the same with a "to" clause
    declared = parsed([("Bolivia", "Bolivia", "PROPN", "nsubj", 1, "GPE"), ("declared", "declare", "VERB", "ROOT", 1),
                       ("a", "a", "DET", "det", 3), ("state", "state", "NOUN", "nsubj", 5),
                       ("to", "to", "PART", "aux", 5), ("begin", "begin", "VERB", "ccomp", 1)], tags={5: "VB"})
    fixed = attach_participle_objects(declared.tokens)
    assert (fixed[3].dep, fixed[3].head) == ("dobj", 1) and (fixed[5].dep, fixed[5].head) == ("acl", 3)


def test_a_speaker_read_as_an_apposition_is_the_subject_of_the_verb_of_saying():
    # "Sylvania left Freedonia, Minister Firefly said.": "Firefly" an apposition of "Freedonia"
    sent = parsed([("Sylvania", "Sylvania", "PROPN", "nsubj", 1, "GPE"), ("left", "leave", "VERB", "ROOT", 1),
                   ("Freedonia", "Freedonia", "PROPN", "dobj", 1, "GPE"), (",", ",", "PUNCT", "punct", 2),
                   ("Minister", "Minister", "PROPN", "compound", 5), ("Firefly", "Firefly", "PROPN", "appos", 2),
                   ("said", "say", "VERB", "conj", 1), (".", ".", "PUNCT", "punct", 6)])
    fixed = attach_trailing_speakers(sent.tokens)
    assert (fixed[5].dep, fixed[5].head) == ("nsubj", 6)
    # a verb of saying with its own subject keeps the apposition as it is
    spoken = parsed([("Sylvania", "Sylvania", "PROPN", "nsubj", 1, "GPE"), ("left", "leave", "VERB", "ROOT", 1),
                     ("Freedonia", "Freedonia", "PROPN", "dobj", 1, "GPE"), (",", ",", "PUNCT", "punct", 2),
                     ("Firefly", "Firefly", "PROPN", "appos", 2), ("said", "say", "VERB", "conj", 1),
                     ("he", "he", "PRON", "nsubj", 5)])
    assert attach_trailing_speakers(spoken.tokens) == tuple(spoken.tokens)


def test_a_name_listed_with_the_noun_before_a_preposition_joins_the_name_after_it():
    # "sanctions on Sylvania and Freedonia": the model lists "Freedonia" with "sanctions"
    sent = parsed([("imposed", "impose", "VERB", "ROOT", 0), ("sanctions", "sanction", "NOUN", "dobj", 0),
                   ("on", "on", "ADP", "prep", 1), ("Sylvania", "Sylvania", "PROPN", "pobj", 2, "GPE"),
                   ("and", "and", "CCONJ", "cc", 1), ("Freedonia", "Freedonia", "PROPN", "conj", 1, "GPE")])
    assert attach_listed_nouns(sent.tokens)[5].head == 3


@pytest.mark.parametrize(
    ("text", "model_lemma", "expected"),
    [("overran", "overran", "overrun"), ("withdrew", "withdrew", "withdraw"), ("outfought", "outfought", "outfight"),
     ("undertook", "undertake", "undertake"), ("ran", "run", "run"), ("overhauled", "overhaul", "overhaul")],
)
def test_verb_lemma_strong_past_after_a_prefix(text, model_lemma, expected):
    # the model leaves "overran" as it is; a lemma it found stays
    assert verb_lemma(text, model_lemma) == expected
