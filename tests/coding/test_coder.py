from detente.actors.dictionary import build_dictionary
from detente.coding.coder import CodeArticles
from detente.coding.patterns import load_patterns
from detente.config import load_settings
from detente.ontology.loader import load_ontology

from tests.coding.coded import code_sentences, triples
from tests.parse_builder import parsed


AGREED = [  # "Egypt and Sudan agreed to hold joint military exercises."
    ("Egypt", "egypt", "PROPN", "nsubj", 3, "GPE"), ("and", "and", "CCONJ", "cc", 0),
    ("Sudan", "sudan", "PROPN", "conj", 0, "GPE"), ("agreed", "agree", "VERB", "ROOT", 3),
    ("to", "to", "PART", "aux", 5), ("hold", "hold", "VERB", "xcomp", 3),
    ("joint", "joint", "ADJ", "amod", 8), ("military", "military", "ADJ", "amod", 8),
    ("exercises", "exercise", "NOUN", "dobj", 5), (".", ".", "PUNCT", "punct", 3),
]


def test_coder_reciprocal_intent_gives_both_directions_and_no_bare_agree(coder):
    mentions = code_sentences(coder, parsed(AGREED))
    assert triples(mentions) == {("EGY", "0312", "SDN"), ("SDN", "0312", "EGY")}
    assert all(m.modality == "intended" and not m.negated for m in mentions)
    assert all(m.date.value == "2015-04-16" and m.date.precision == "day" for m in mentions)
    assert all(m.plover_type for m in mentions)


def test_coder_reported_future_supply_is_intent_to_give_military_aid(coder):
    # "Lavrov said Russia will supply Pakistan with military equipment."
    sent = parsed([
        ("Lavrov", "lavrov", "PROPN", "nsubj", 1, "PERSON"), ("said", "say", "VERB", "ROOT", 1),
        ("Russia", "russia", "PROPN", "nsubj", 4, "GPE"), ("will", "will", "AUX", "aux", 4),
        ("supply", "supply", "VERB", "ccomp", 1), ("Pakistan", "pakistan", "PROPN", "dobj", 4, "GPE"),
        ("with", "with", "ADP", "prep", 4), ("military", "military", "ADJ", "amod", 8),
        ("equipment", "equipment", "NOUN", "pobj", 6), (".", ".", "PUNCT", "punct", 1),
    ])
    mentions = code_sentences(coder, sent)
    assert triples(mentions) == {("RUS", "0332", "PAK")}  # the statement itself is not coded
    assert mentions[0].modality == "intended"


def test_coder_same_actor_on_both_sides_is_not_coded(coder):
    # "Egypt and Egypt agreed ..." is the dyad blow-up a coder must not produce
    rows = list(AGREED)
    rows[2] = ("Egypt", "egypt", "PROPN", "conj", 0, "GPE")
    assert code_sentences(coder, parsed(rows)) == ()


def test_coder_surname_takes_the_actor_resolved_earlier(coder):
    first = parsed([
        ("Indian", "indian", "ADJ", "amod", 2, "NORP"), ("Foreign", "foreign", "PROPN", "compound", 2),
        ("Minister", "minister", "PROPN", "compound", 4), ("Subrahmanyam", "subrahmanyam", "PROPN", "compound", 4, "PERSON"),
        ("Jaishankar", "jaishankar", "PROPN", "nsubj", 5, "PERSON"), ("visited", "visit", "VERB", "ROOT", 5),
        ("Dhaka", "dhaka", "PROPN", "dobj", 5, "GPE"), (".", ".", "PUNCT", "punct", 5),
    ], ents=[("PERSON", 3, 4)])
    second = parsed([
        ("Jaishankar", "jaishankar", "PROPN", "nsubj", 1, "PERSON"), ("praised", "praise", "VERB", "ROOT", 1),
        ("Bangladesh", "bangladesh", "PROPN", "dobj", 1, "GPE"), (".", ".", "PUNCT", "punct", 1),
    ], index=1, offset=first.sentence.end + 1, ents=[("PERSON", 0, 0)])
    mentions = code_sentences(coder, first, second)
    assert ("INDGOV", "042", "BGDGOV") in triples(mentions)
    praise = [m for m in mentions if m.sentence_index == 1]
    assert [(m.source.code, m.cameo.code, m.target.code) for m in praise] == [("INDGOV", "051", "BGD")]
    assert praise[0].source.method.startswith("article:name")


def test_coder_negated_agreement(coder):
    # "Armenia did not agree to meet Azerbaijan."
    sent = parsed([
        ("Armenia", "armenia", "PROPN", "nsubj", 3, "GPE"), ("did", "do", "AUX", "aux", 3),
        ("not", "not", "PART", "neg", 3), ("agree", "agree", "VERB", "ROOT", 3),
        ("to", "to", "PART", "aux", 5), ("meet", "meet", "VERB", "xcomp", 3),
        ("Azerbaijan", "azerbaijan", "PROPN", "dobj", 5, "GPE"), (".", ".", "PUNCT", "punct", 3),
    ])
    mentions = code_sentences(coder, sent)
    assert mentions
    assert all(m.negated or m.cameo.root == "12" for m in mentions)


def test_coder_person_resolved_through_office_holders_as_of_article_date():
    from dataclasses import replace as _replace

    from detente.actors.kb import load_office_holders

    ontology = load_ontology()
    dictionary = _replace(build_dictionary(ontology), people=load_office_holders())
    with_kb = CodeArticles(ontology=ontology, patterns=load_patterns(), dictionary=dictionary, settings=load_settings())
    # "Shoigu visited Pakistan." - no title, no country: only the knowledge base knows him
    sent = parsed([("Shoigu", "shoigu", "PROPN", "nsubj", 1, "PERSON"), ("visited", "visit", "VERB", "ROOT", 1),
                   ("Pakistan", "pakistan", "PROPN", "dobj", 1, "GPE"), (".", ".", "PUNCT", "punct", 1)],
                  ents=[("PERSON", 0, 0)])
    in_2015 = code_sentences(with_kb, sent, published="2015-04-16")
    visit = next(m for m in in_2015 if m.cameo.code == "042")
    assert (visit.source.code, visit.source.sectors, visit.source.entity_id) == ("RUSGOV", ("GOV", "MIL"), "sergei-shoigu")
    assert "kb" in visit.source.method
    in_2025 = next(m for m in code_sentences(with_kb, sent, published="2025-01-10") if m.cameo.code == "042")
    assert in_2025.source.country == "RUS" and in_2025.source.sectors != ("GOV", "MIL")


def test_coder_definite_title_takes_the_last_doer_with_that_role(coder):
    # "Egyptian Foreign Minister Sameh Shoukry visited Sudan. The minister praised Sudan."
    first = parsed([
        ("Egyptian", "egyptian", "ADJ", "amod", 2, "NORP"), ("Foreign", "foreign", "PROPN", "compound", 2),
        ("Minister", "minister", "PROPN", "compound", 4), ("Sameh", "sameh", "PROPN", "compound", 4, "PERSON"),
        ("Shoukry", "shoukry", "PROPN", "nsubj", 5, "PERSON"), ("visited", "visit", "VERB", "ROOT", 5),
        ("Sudan", "sudan", "PROPN", "dobj", 5, "GPE"), (".", ".", "PUNCT", "punct", 5),
    ], ents=[("PERSON", 3, 4)])
    second = parsed([
        ("The", "the", "DET", "det", 1), ("minister", "minister", "NOUN", "nsubj", 2),
        ("praised", "praise", "VERB", "ROOT", 2), ("Sudan", "sudan", "PROPN", "dobj", 2, "GPE"),
        (".", ".", "PUNCT", "punct", 2),
    ], index=1, offset=first.sentence.end + 1)
    praise = [m for m in code_sentences(coder, first, second) if m.sentence_index == 1]
    assert [(m.source.code, m.cameo.code, m.target.code) for m in praise] == [("EGYGOV", "051", "SDN")]
    assert "article:title" in praise[0].source.method


def test_coder_statement_is_about_the_actor_of_its_reported_clause(coder):
    # "Kenya said Ethiopia is ready." - nothing inside is an event: the statement targets Ethiopia
    sent = parsed([("Kenya", "kenya", "PROPN", "nsubj", 1, "GPE"), ("said", "say", "VERB", "ROOT", 1),
                   ("Ethiopia", "ethiopia", "PROPN", "nsubj", 3, "GPE"), ("is", "be", "AUX", "ccomp", 1),
                   ("ready", "ready", "ADJ", "acomp", 3), (".", ".", "PUNCT", "punct", 1)])
    assert triples(code_sentences(coder, sent)) == {("KEN", "010", "ETH")}


def test_coder_meetings_are_mutual_acts(coder):
    # "Chile met Peru." - a meeting is done by both; an accusation is not
    sent = parsed([("Chile", "chile", "PROPN", "nsubj", 1, "GPE"), ("met", "meet", "VERB", "ROOT", 1),
                   ("Peru", "peru", "PROPN", "dobj", 1, "GPE"), (".", ".", "PUNCT", "punct", 1)])
    assert all(m.mutual for m in code_sentences(coder, sent) if m.cameo.root == "04")
    accused = parsed([("Chile", "chile", "PROPN", "nsubj", 1, "GPE"), ("accused", "accuse", "VERB", "ROOT", 1),
                      ("Peru", "peru", "PROPN", "dobj", 1, "GPE"), (".", ".", "PUNCT", "punct", 1)])
    assert [m.mutual for m in code_sentences(coder, accused)] == [False]


def test_coder_pronoun_subject_takes_the_speaker_named_in_the_sentence(coder):
    # "Iraqi militia groups said they will return weapons to Iraq."
    sent = parsed([
        ("Iraqi", "iraqi", "ADJ", "amod", 2, "NORP"), ("militia", "militia", "NOUN", "compound", 2),
        ("groups", "group", "NOUN", "nsubj", 3), ("said", "say", "VERB", "ROOT", 3),
        ("they", "they", "PRON", "nsubj", 6), ("will", "will", "AUX", "aux", 6),
        ("return", "return", "VERB", "ccomp", 3), ("weapons", "weapon", "NOUN", "dobj", 6),
        ("to", "to", "ADP", "prep", 6), ("Iraq", "Iraq", "PROPN", "pobj", 8, "GPE"), (".", ".", "PUNCT", "punct", 3),
    ], tags={2: "NNS", 4: "PRP"})
    (mention,) = [m for m in code_sentences(coder, sent) if m.cameo.code.startswith("03")]
    assert mention.source.span.text == "Iraqi militia groups"


def test_coder_document_acts_for_whoever_issued_it(coder):
    # "The European Parliament approved a resolution criticizing the Nicaraguan government."
    sent = parsed([
        ("The", "the", "DET", "det", 2, "ORG"), ("European", "European", "PROPN", "compound", 2, "ORG"),
        ("Parliament", "Parliament", "PROPN", "nsubj", 3, "ORG"), ("approved", "approve", "VERB", "ROOT", 3),
        ("a", "a", "DET", "det", 5), ("resolution", "resolution", "NOUN", "dobj", 3),
        ("criticizing", "criticize", "VERB", "acl", 5), ("the", "the", "DET", "det", 9),
        ("Nicaraguan", "nicaraguan", "ADJ", "amod", 9, "NORP"), ("government", "government", "NOUN", "dobj", 6),
        (".", ".", "PUNCT", "punct", 3),
    ], tags={6: "VBG"})
    (mention,) = code_sentences(coder, sent)
    assert mention.cameo.code == "111"
    assert mention.source.span.text == "The European Parliament"
    assert mention.target.code == "NICGOV"


def test_coder_a_phone_call_needs_someone_called(coder):
    # "The French president called the Ukrainian president on Monday." / "The rebels called the attack cowardly."
    called = parsed([
        ("The", "the", "DET", "det", 2), ("French", "french", "ADJ", "amod", 2, "NORP"),
        ("president", "president", "NOUN", "nsubj", 3), ("called", "call", "VERB", "ROOT", 3),
        ("the", "the", "DET", "det", 6), ("Ukrainian", "ukrainian", "ADJ", "amod", 6, "NORP"),
        ("president", "president", "NOUN", "dobj", 3), ("on", "on", "ADP", "prep", 3),
        ("Monday", "monday", "PROPN", "pobj", 7, "DATE"), (".", ".", "PUNCT", "punct", 3),
    ])
    assert triples(code_sentences(coder, called)) == {("FRAGOV", "041", "UKRGOV")}
    named = parsed([
        ("The", "the", "DET", "det", 1), ("rebels", "rebel", "NOUN", "nsubj", 2), ("called", "call", "VERB", "ROOT", 2),
        ("the", "the", "DET", "det", 4), ("attack", "attack", "NOUN", "dobj", 2),
        ("cowardly", "cowardly", "ADV", "advmod", 2), (".", ".", "PUNCT", "punct", 2),
    ])
    assert not [m for m in code_sentences(coder, named) if m.cameo.code == "041"]


def test_coder_a_meeting_to_come_and_an_agreement_signed_are_mutual(coder):
    meet = parsed([
        ("Putin", "putin", "PROPN", "nsubj", 2, "PERSON"), ("will", "will", "AUX", "aux", 2),
        ("meet", "meet", "VERB", "ROOT", 2), ("Merkel", "merkel", "PROPN", "dobj", 2, "PERSON"),
        ("in", "in", "ADP", "prep", 2), ("Berlin", "berlin", "PROPN", "pobj", 4, "GPE"), (".", ".", "PUNCT", "punct", 2),
    ], ents=[("PERSON", 0, 1), ("PERSON", 3, 4)])
    signed = parsed([
        ("Kenya", "kenya", "PROPN", "nsubj", 1, "GPE"), ("signed", "sign", "VERB", "ROOT", 1),
        ("an", "an", "DET", "det", 3), ("agreement", "agreement", "NOUN", "dobj", 1), ("with", "with", "ADP", "prep", 3),
        ("Britain", "britain", "PROPN", "pobj", 4, "GPE"), (".", ".", "PUNCT", "punct", 1),
    ])
    intent = [m for m in code_sentences(coder, meet) if m.cameo.code == "036"]
    assert intent and all(m.mutual for m in intent)
    agreement = [m for m in code_sentences(coder, signed) if m.cameo.code == "057"]
    assert agreement and all(m.mutual for m in agreement)


def test_coder_parties_agreeing_together_act_toward_each_other(coder):
    # "Britain and Germany have agreed to share information on company ownership."
    sent = parsed([
        ("Britain", "Britain", "PROPN", "nsubj", 4, "GPE"), ("and", "and", "CCONJ", "cc", 0),
        ("Germany", "Germany", "PROPN", "conj", 0, "GPE"), ("have", "have", "AUX", "aux", 4),
        ("agreed", "agree", "VERB", "ROOT", 4), ("to", "to", "PART", "aux", 6), ("share", "share", "VERB", "xcomp", 4),
        ("information", "information", "NOUN", "dobj", 6), ("on", "on", "ADP", "prep", 7),
        ("company", "company", "NOUN", "compound", 10), ("ownership", "ownership", "NOUN", "pobj", 8),
        (".", ".", "PUNCT", "punct", 4),
    ], ents=[("GPE", 0, 0), ("GPE", 2, 2)])
    found = triples(code_sentences(coder, sent))
    assert {(s, t) for s, _, t in found} == {("GBR", "DEU"), ("DEU", "GBR")}
    assert all(code.startswith("03") for _, code, _ in found)


def test_coder_parties_agreeing_together_on_a_known_place_still_act_toward_each_other(coder):
    # "... agreed to share information on Iraq": Iraq is the topic, not a target
    found = triples(code_sentences(coder, parsed([
        ("Britain", "Britain", "PROPN", "nsubj", 3, "GPE"), ("and", "and", "CCONJ", "cc", 0),
        ("Germany", "Germany", "PROPN", "conj", 0, "GPE"), ("agreed", "agree", "VERB", "ROOT", 3),
        ("to", "to", "PART", "aux", 5), ("share", "share", "VERB", "xcomp", 3),
        ("information", "information", "NOUN", "dobj", 5), ("on", "on", "ADP", "prep", 6),
        ("Iraq", "Iraq", "PROPN", "pobj", 7, "GPE"), (".", ".", "PUNCT", "punct", 3),
    ], ents=[("GPE", 0, 0), ("GPE", 2, 2), ("GPE", 8, 8)])))
    assert {(s, t) for s, _, t in found} == {("GBR", "DEU"), ("DEU", "GBR")}


def test_coder_parties_agreeing_to_lift_a_restriction_act_on_whom_it_is_on(coder):
    # "Mexico and Canada agreed to lift tariffs on American goods."
    found = triples(code_sentences(coder, parsed([
        ("Mexico", "Mexico", "PROPN", "nsubj", 3, "GPE"), ("and", "and", "CCONJ", "cc", 0),
        ("Canada", "Canada", "PROPN", "conj", 0, "GPE"), ("agreed", "agree", "VERB", "ROOT", 3),
        ("to", "to", "PART", "aux", 5), ("lift", "lift", "VERB", "xcomp", 3),
        ("tariffs", "tariff", "NOUN", "dobj", 5), ("on", "on", "ADP", "prep", 6),
        ("American", "american", "ADJ", "amod", 9, "NORP"), ("goods", "good", "NOUN", "pobj", 7),
        (".", ".", "PUNCT", "punct", 3),
    ], ents=[("GPE", 0, 0), ("GPE", 2, 2), ("NORP", 8, 8)])))
    assert {(s, t) for s, _, t in found} == {("MEX", "USA"), ("CAN", "USA")}


def test_coder_parties_breaking_a_ceasefire_act_toward_each_other(coder):
    # "India and Pakistan violated the ceasefire in Kashmir.": not an act on Kashmir
    found = triples(code_sentences(coder, parsed([
        ("India", "India", "PROPN", "nsubj", 3, "GPE"), ("and", "and", "CCONJ", "cc", 0),
        ("Pakistan", "Pakistan", "PROPN", "conj", 0, "GPE"), ("violated", "violate", "VERB", "ROOT", 3),
        ("the", "the", "DET", "det", 5), ("ceasefire", "ceasefire", "NOUN", "dobj", 3), ("in", "in", "ADP", "prep", 5),
        ("Kashmir", "Kashmir", "PROPN", "pobj", 6, "GPE"), (".", ".", "PUNCT", "punct", 3),
    ], ents=[("GPE", 0, 0), ("GPE", 2, 2), ("GPE", 7, 7)])))
    assert {(s, t) for s, code, t in found if code == "196"} == {("IND", "PAK"), ("PAK", "IND")}


def test_coder_a_pronoun_subject_two_clauses_down_is_the_speaker(coder):
    # "The German government announced that it has earmarked aid to help Haiti.": "it"
    # is the government, also for the purpose clause "to help Haiti"
    sent = parsed([
        ("The", "the", "DET", "det", 2), ("German", "german", "ADJ", "amod", 2, "NORP"),
        ("government", "government", "NOUN", "nsubj", 3), ("announced", "announce", "VERB", "ROOT", 3),
        ("that", "that", "SCONJ", "mark", 7), ("it", "it", "PRON", "nsubj", 7), ("has", "have", "AUX", "aux", 7),
        ("earmarked", "earmark", "VERB", "ccomp", 3), ("aid", "aid", "NOUN", "dobj", 7), ("to", "to", "PART", "aux", 10),
        ("help", "help", "VERB", "advcl", 7), ("Haiti", "Haiti", "PROPN", "dobj", 10, "GPE"),
        (".", ".", "PUNCT", "punct", 3),
    ], ents=[("NORP", 1, 1), ("GPE", 11, 11)])
    helped = [m for m in code_sentences(coder, sent) if m.trigger.text == "help"]
    assert helped and all(m.source is not None and m.source.country == "DEU" for m in helped)


def test_coder_a_pattern_keyed_on_the_direct_object_beats_one_keyed_on_a_circumstance(coder):
    # "Denmark suspended aid to Egypt in protest." - the aid (162), not a suspended protest (082)
    sent = parsed([
        ("Denmark", "Denmark", "PROPN", "nsubj", 1, "GPE"), ("suspended", "suspend", "VERB", "ROOT", 1),
        ("aid", "aid", "NOUN", "dobj", 1), ("to", "to", "ADP", "prep", 1), ("Egypt", "Egypt", "PROPN", "pobj", 3, "GPE"),
        ("in", "in", "ADP", "prep", 1), ("protest", "protest", "NOUN", "pobj", 5), (".", ".", "PUNCT", "punct", 1),
    ], ents=[("GPE", 0, 0), ("GPE", 4, 4)])
    assert {m.cameo.code for m in code_sentences(coder, sent)} == {"162"}


def test_coder_maintaining_relations_is_no_refusal(coder):
    # "Turkey will maintain constructive relations with Greece." - only "maintained sanctions" refuses to ease
    sent = parsed([
        ("Turkey", "Turkey", "PROPN", "nsubj", 2, "GPE"), ("will", "will", "AUX", "aux", 2),
        ("maintain", "maintain", "VERB", "ROOT", 2), ("constructive", "constructive", "ADJ", "amod", 4),
        ("relations", "relation", "NOUN", "dobj", 2), ("with", "with", "ADP", "prep", 4),
        ("Greece", "Greece", "PROPN", "pobj", 5, "GPE"), (".", ".", "PUNCT", "punct", 2),
    ])
    assert not any(m.cameo.root == "12" for m in code_sentences(coder, sent))


def test_coder_ending_a_trip_yields_nothing_but_ending_an_offensive_deescalates(coder):
    # "Obama is ending a trip in Paris." / "Israel ended its offensive in Gaza."
    trip = parsed([
        ("Obama", "Obama", "PROPN", "nsubj", 2, "PERSON"), ("is", "be", "AUX", "aux", 2), ("ending", "end", "VERB", "ROOT", 2),
        ("a", "a", "DET", "det", 4), ("trip", "trip", "NOUN", "dobj", 2), ("in", "in", "ADP", "prep", 2),
        ("Paris", "Paris", "PROPN", "pobj", 5, "GPE"), (".", ".", "PUNCT", "punct", 2),
    ])
    assert not any(m.cameo.root == "08" for m in code_sentences(coder, trip))
    offensive = parsed([
        ("Israel", "Israel", "PROPN", "nsubj", 1, "GPE"), ("ended", "end", "VERB", "ROOT", 1),
        ("its", "its", "PRON", "poss", 3), ("offensive", "offensive", "NOUN", "dobj", 1), ("in", "in", "ADP", "prep", 3),
        ("Gaza", "Gaza", "PROPN", "pobj", 4, "GPE"), (".", ".", "PUNCT", "punct", 1),
    ])
    assert any(m.cameo.code == "087" for m in code_sentences(coder, offensive))


def test_coder_a_verb_whose_listed_objects_do_not_make_a_family_is_not_coded_from_the_lemma(coder):
    # "The navy will test its capability." - "test missiles" shows force; testing a capability does not
    sent = parsed([
        ("The", "the", "DET", "det", 1), ("navy", "navy", "NOUN", "nsubj", 3), ("will", "will", "AUX", "aux", 3),
        ("test", "test", "VERB", "ROOT", 3), ("its", "its", "PRON", "poss", 5), ("capability", "capability", "NOUN", "dobj", 3),
        (".", ".", "PUNCT", "punct", 3),
    ])
    assert code_sentences(coder, sent) == ()


def test_coder_giving_a_speech_hands_nothing_over(coder):
    # "Sylvania gave a speech to Freedonia." - no aid; "Sylvania gave 20 tents to Freedonia." is
    def gave(obj, lemma):
        return code_sentences(coder, parsed([
            ("Sylvania", "Sylvania", "PROPN", "nsubj", 1, "GPE"), ("gave", "give", "VERB", "ROOT", 1),
            ("a", "a", "DET", "det", 3), (obj, lemma, "NOUN", "dobj", 1), ("to", "to", "ADP", "dative", 1),
            ("Freedonia", "Freedonia", "PROPN", "pobj", 4, "GPE"), (".", ".", "PUNCT", "punct", 1),
        ]))

    assert not any(m.cameo.root == "07" for m in gave("speech", "speech"))
    assert any(m.cameo.root == "07" for m in gave("grant", "grant"))


def test_coder_meeting_a_deadline_meets_no_one(coder):
    # "Sylvania will meet the deadline." - no meeting; "Sylvania will meet Freedonia." is one
    deadline = parsed([
        ("Sylvania", "Sylvania", "PROPN", "nsubj", 2, "GPE"), ("will", "will", "AUX", "aux", 2),
        ("meet", "meet", "VERB", "ROOT", 2), ("the", "the", "DET", "det", 4), ("deadline", "deadline", "NOUN", "dobj", 2),
        (".", ".", "PUNCT", "punct", 2),
    ])
    assert not any(m.cameo.root in ("03", "04") for m in code_sentences(coder, deadline))
    partner = parsed([
        ("Egypt", "Egypt", "PROPN", "nsubj", 2, "GPE"), ("will", "will", "AUX", "aux", 2),
        ("meet", "meet", "VERB", "ROOT", 2), ("Sudan", "Sudan", "PROPN", "dobj", 2, "GPE"), (".", ".", "PUNCT", "punct", 2),
    ])
    assert ("EGY", "036", "SDN") in triples(code_sentences(coder, partner))


def test_coder_adding_a_thing_is_no_statement(coder):
    # "Germany is adding an airplane to the pool." states nothing; "Germany added that ..." does
    sent = parsed([
        ("Germany", "Germany", "PROPN", "nsubj", 2, "GPE"), ("is", "be", "AUX", "aux", 2),
        ("adding", "add", "VERB", "ROOT", 2), ("an", "an", "DET", "det", 4), ("airplane", "airplane", "NOUN", "dobj", 2),
        ("to", "to", "ADP", "prep", 2), ("the", "the", "DET", "det", 7), ("pool", "pool", "NOUN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 2),
    ], ents=[("GPE", 0, 0)], tags={2: "VBG"})
    assert not [m for m in code_sentences(coder, sent) if m.cameo.code == "010"]
