import pytest

from detente.actors.dictionary import build_dictionary
from detente.coding.coder import CodeArticles
from detente.coding.patterns import load_patterns
from detente.config import load_settings
from detente.ontology.loader import load_ontology
from detente.types import Article, ParsedArticle

from tests.parse_builder import parsed


@pytest.fixture(scope="module")
def coder():
    ontology = load_ontology()
    return CodeArticles(ontology=ontology, patterns=load_patterns(), dictionary=build_dictionary(ontology),
                        settings=load_settings())


def _code(coder, *sentences, published="2015-04-16"):
    text = " ".join(s.sentence.text for s in sentences)
    article = Article(article_id="a1", source="t", text=text, raw=text, published=published, date_precision="day")
    return coder.code_article(ParsedArticle(article=article, sentences=sentences)).mentions


def _triples(mentions):
    return {(m.source and m.source.code, m.cameo.code, m.target and m.target.code) for m in mentions}


AGREED = [  # "Egypt and Sudan agreed to hold joint military exercises."
    ("Egypt", "egypt", "PROPN", "nsubj", 3, "GPE"), ("and", "and", "CCONJ", "cc", 0),
    ("Sudan", "sudan", "PROPN", "conj", 0, "GPE"), ("agreed", "agree", "VERB", "ROOT", 3),
    ("to", "to", "PART", "aux", 5), ("hold", "hold", "VERB", "xcomp", 3),
    ("joint", "joint", "ADJ", "amod", 8), ("military", "military", "ADJ", "amod", 8),
    ("exercises", "exercise", "NOUN", "dobj", 5), (".", ".", "PUNCT", "punct", 3),
]


def test_coder_reciprocal_intent_gives_both_directions_and_no_bare_agree(coder):
    mentions = _code(coder, parsed(AGREED))
    assert _triples(mentions) == {("EGY", "0312", "SDN"), ("SDN", "0312", "EGY")}
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
    mentions = _code(coder, sent)
    assert _triples(mentions) == {("RUS", "0332", "PAK")}  # the statement itself is not coded
    assert mentions[0].modality == "intended"


def test_coder_same_actor_on_both_sides_is_not_coded(coder):
    # "Egypt and Egypt agreed ..." is the dyad blow-up a coder must not produce
    rows = list(AGREED)
    rows[2] = ("Egypt", "egypt", "PROPN", "conj", 0, "GPE")
    assert _code(coder, parsed(rows)) == ()


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
    mentions = _code(coder, first, second)
    assert ("INDGOV", "042", "BGDGOV") in _triples(mentions)
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
    mentions = _code(coder, sent)
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
    in_2015 = _code(with_kb, sent, published="2015-04-16")
    visit = next(m for m in in_2015 if m.cameo.code == "042")
    assert (visit.source.code, visit.source.sectors, visit.source.entity_id) == ("RUSGOV", ("GOV", "MIL"), "sergei-shoigu")
    assert "kb" in visit.source.method
    in_2025 = next(m for m in _code(with_kb, sent, published="2025-01-10") if m.cameo.code == "042")
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
    praise = [m for m in _code(coder, first, second) if m.sentence_index == 1]
    assert [(m.source.code, m.cameo.code, m.target.code) for m in praise] == [("EGYGOV", "051", "SDN")]
    assert "article:title" in praise[0].source.method


def test_coder_statement_is_about_the_actor_of_its_reported_clause(coder):
    # "Kenya said Ethiopia is ready." - nothing inside is an event: the statement targets Ethiopia
    sent = parsed([("Kenya", "kenya", "PROPN", "nsubj", 1, "GPE"), ("said", "say", "VERB", "ROOT", 1),
                   ("Ethiopia", "ethiopia", "PROPN", "nsubj", 3, "GPE"), ("is", "be", "AUX", "ccomp", 1),
                   ("ready", "ready", "ADJ", "acomp", 3), (".", ".", "PUNCT", "punct", 1)])
    assert _triples(_code(coder, sent)) == {("KEN", "010", "ETH")}


def test_coder_a_thing_is_no_target_but_people_are(coder):
    # "Russia rejected the decision." -> no target; "Russia rejected the refugees." -> the refugees
    thing = parsed([("Russia", "russia", "PROPN", "nsubj", 1, "GPE"), ("rejected", "reject", "VERB", "ROOT", 1),
                    ("the", "the", "DET", "det", 3), ("decision", "decision", "NOUN", "dobj", 1),
                    (".", ".", "PUNCT", "punct", 1)])
    people = parsed([("Russia", "russia", "PROPN", "nsubj", 1, "GPE"), ("rejected", "reject", "VERB", "ROOT", 1),
                     ("the", "the", "DET", "det", 3), ("refugees", "refugee", "NOUN", "dobj", 1),
                     (".", ".", "PUNCT", "punct", 1)])
    [rejected_thing] = _code(coder, thing)
    assert rejected_thing.target is None
    [rejected_people] = _code(coder, people)
    assert rejected_people.target is not None and rejected_people.target.span.text == "the refugees"


def test_coder_meetings_are_mutual_acts(coder):
    # "Chile met Peru." - a meeting is done by both; an accusation is not
    sent = parsed([("Chile", "chile", "PROPN", "nsubj", 1, "GPE"), ("met", "meet", "VERB", "ROOT", 1),
                   ("Peru", "peru", "PROPN", "dobj", 1, "GPE"), (".", ".", "PUNCT", "punct", 1)])
    assert all(m.mutual for m in _code(coder, sent) if m.cameo.root == "04")
    accused = parsed([("Chile", "chile", "PROPN", "nsubj", 1, "GPE"), ("accused", "accuse", "VERB", "ROOT", 1),
                      ("Peru", "peru", "PROPN", "dobj", 1, "GPE"), (".", ".", "PUNCT", "punct", 1)])
    assert [m.mutual for m in _code(coder, accused)] == [False]


def test_coder_pronoun_subject_takes_the_speaker_named_in_the_sentence(coder):
    # "Iraqi militia groups said they will return weapons to Iraq."
    sent = parsed([
        ("Iraqi", "iraqi", "ADJ", "amod", 2, "NORP"), ("militia", "militia", "NOUN", "compound", 2),
        ("groups", "group", "NOUN", "nsubj", 3), ("said", "say", "VERB", "ROOT", 3),
        ("they", "they", "PRON", "nsubj", 6), ("will", "will", "AUX", "aux", 6),
        ("return", "return", "VERB", "ccomp", 3), ("weapons", "weapon", "NOUN", "dobj", 6),
        ("to", "to", "ADP", "prep", 6), ("Iraq", "Iraq", "PROPN", "pobj", 8, "GPE"), (".", ".", "PUNCT", "punct", 3),
    ], tags={2: "NNS", 4: "PRP"})
    (mention,) = [m for m in _code(coder, sent) if m.cameo.code.startswith("03")]
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
    (mention,) = _code(coder, sent)
    assert mention.cameo.code == "111"
    assert mention.source.span.text == "The European Parliament"
    assert mention.target.code == "NICGOV"


def test_coder_pushed_someone_for_something_targets_the_one_pushed(coder):
    # "Egypt has pushed Iraq for a constitution."
    sent = parsed([
        ("Egypt", "Egypt", "PROPN", "nsubj", 2, "GPE"), ("has", "have", "AUX", "aux", 2),
        ("pushed", "push", "VERB", "ROOT", 2), ("Iraq", "Iraq", "PROPN", "dobj", 2, "GPE"),
        ("for", "for", "ADP", "prep", 2), ("a", "a", "DET", "det", 6), ("constitution", "constitution", "NOUN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 2),
    ])
    assert _triples(_code(coder, sent)) == {("EGY", "100", "IRQ")}


def test_coder_rejected_accusations_target_whoever_made_them(coder):
    # "Iran rejected accusations by Netanyahu over the attack." (a name no dictionary knows)
    sent = parsed([
        ("Iran", "Iran", "PROPN", "nsubj", 1, "GPE"), ("rejected", "reject", "VERB", "ROOT", 1),
        ("accusations", "accusation", "NOUN", "dobj", 1), ("by", "by", "ADP", "prep", 2),
        ("Netanyahu", "Netanyahu", "PROPN", "pobj", 3, "PERSON"), ("over", "over", "ADP", "prep", 2),
        ("the", "the", "DET", "det", 7), ("attack", "attack", "NOUN", "pobj", 5), (".", ".", "PUNCT", "punct", 1),
    ], ents=[("PERSON", 4, 4)])
    rejections = [m for m in _code(coder, sent) if m.source is not None and m.source.code == "IRN"]
    assert rejections and all(m.target is not None and m.target.span.text == "Netanyahu" for m in rejections)


def test_coder_people_somewhere_are_the_target_not_the_place(coder):
    # "The United Nations suspended aid to 100,000 people in Bosnia."
    sent = parsed([
        ("The", "the", "DET", "det", 2, "ORG"), ("United", "United", "PROPN", "compound", 2, "ORG"),
        ("Nations", "Nations", "PROPN", "nsubj", 3, "ORG"), ("suspended", "suspend", "VERB", "ROOT", 3),
        ("aid", "aid", "NOUN", "dobj", 3), ("to", "to", "ADP", "prep", 3),
        ("100,000", "100,000", "NUM", "nummod", 7, "CARDINAL"), ("people", "people", "NOUN", "pobj", 5),
        ("in", "in", "ADP", "prep", 7), ("Bosnia", "Bosnia", "PROPN", "pobj", 8, "GPE"), (".", ".", "PUNCT", "punct", 3),
    ])
    (mention,) = _code(coder, sent)
    assert mention.target.span.text == "100,000 people in Bosnia"
    assert mention.target.country == "BIH"


CALLED_FOR_SANCTIONS = [  # "Greek Foreign Minister Nikos Dendias on Monday called for sanctions against Turkey."
    ("Greek", "greek", "ADJ", "amod", 2, "NORP"), ("Foreign", "foreign", "PROPN", "compound", 2),
    ("Minister", "minister", "PROPN", "compound", 4), ("Nikos", "nikos", "PROPN", "compound", 4, "PERSON"),
    ("Dendias", "dendias", "PROPN", "nsubj", 7, "PERSON"), ("on", "on", "ADP", "prep", 7),
    ("Monday", "monday", "PROPN", "pobj", 5, "DATE"), ("called", "call", "VERB", "ROOT", 7),
    ("for", "for", "ADP", "prep", 7), ("sanctions", "sanction", "NOUN", "pobj", 8),
    ("against", "against", "ADP", "prep", 9), ("Turkey", "turkey", "PROPN", "pobj", 10, "GPE"),
    (".", ".", "PUNCT", "punct", 7),
]


def test_coder_a_day_is_not_the_one_called_on_and_the_target_sits_inside_the_demand(coder):
    mentions = _code(coder, parsed(CALLED_FOR_SANCTIONS))
    appeal = [m for m in mentions if m.cameo.code == "020"]
    assert [(m.source.code, m.target and m.target.code) for m in appeal] == [("GRCGOV", "TUR")]
    assert appeal[0].target.span.text == "Turkey"


def test_coder_called_for_someone_to_act_targets_them(coder):
    # "Prime Minister Theresa May called on Friday for Britain to stay in the single market."
    sent = parsed([
        ("Prime", "prime", "PROPN", "compound", 1), ("Minister", "minister", "PROPN", "compound", 2),
        ("Theresa", "theresa", "PROPN", "compound", 3, "PERSON"), ("May", "may", "PROPN", "nsubj", 4, "PERSON"),
        ("called", "call", "VERB", "ROOT", 4), ("on", "on", "ADP", "prep", 4),
        ("Friday", "friday", "PROPN", "pobj", 5, "DATE"), ("for", "for", "SCONJ", "mark", 10),
        ("Britain", "britain", "PROPN", "nsubj", 10, "GPE"), ("to", "to", "PART", "aux", 10),
        ("stay", "stay", "VERB", "advcl", 4), ("in", "in", "ADP", "prep", 10), ("the", "the", "DET", "det", 14),
        ("single", "single", "ADJ", "amod", 14), ("market", "market", "NOUN", "pobj", 11),
        (".", ".", "PUNCT", "punct", 4),
    ])
    appeal = [m for m in _code(coder, sent) if m.cameo.code == "020"]
    assert [m.target.code for m in appeal] == ["GBR"]


def test_coder_a_phone_call_needs_someone_called(coder):
    # "The French president called the Ukrainian president on Monday." / "The rebels called the attack cowardly."
    called = parsed([
        ("The", "the", "DET", "det", 2), ("French", "french", "ADJ", "amod", 2, "NORP"),
        ("president", "president", "NOUN", "nsubj", 3), ("called", "call", "VERB", "ROOT", 3),
        ("the", "the", "DET", "det", 6), ("Ukrainian", "ukrainian", "ADJ", "amod", 6, "NORP"),
        ("president", "president", "NOUN", "dobj", 3), ("on", "on", "ADP", "prep", 3),
        ("Monday", "monday", "PROPN", "pobj", 7, "DATE"), (".", ".", "PUNCT", "punct", 3),
    ])
    assert _triples(_code(coder, called)) == {("FRAGOV", "041", "UKRGOV")}
    named = parsed([
        ("The", "the", "DET", "det", 1), ("rebels", "rebel", "NOUN", "nsubj", 2), ("called", "call", "VERB", "ROOT", 2),
        ("the", "the", "DET", "det", 4), ("attack", "attack", "NOUN", "dobj", 2),
        ("cowardly", "cowardly", "ADV", "advmod", 2), (".", ".", "PUNCT", "punct", 2),
    ])
    assert not [m for m in _code(coder, named) if m.cameo.code == "041"]


def test_coder_what_is_sent_is_not_the_target_where_it_goes_is(coder):
    # "Britain sent armoured vehicles and a team of paratroopers to Lebanon."
    sent = parsed([
        ("Britain", "britain", "PROPN", "nsubj", 1, "GPE"), ("sent", "send", "VERB", "ROOT", 1),
        ("armoured", "armoured", "ADJ", "amod", 3), ("vehicles", "vehicle", "NOUN", "dobj", 1),
        ("and", "and", "CCONJ", "cc", 3), ("a", "a", "DET", "det", 6), ("team", "team", "NOUN", "conj", 3),
        ("of", "of", "ADP", "prep", 6), ("paratroopers", "paratrooper", "NOUN", "pobj", 7),
        ("to", "to", "ADP", "prep", 8), ("Lebanon", "lebanon", "PROPN", "pobj", 9, "GPE"),
        (".", ".", "PUNCT", "punct", 1),
    ])
    mentions = _code(coder, sent)
    assert _triples(mentions) == {("GBR", "070", "LBN")}
    assert mentions[0].target.span.text == "Lebanon"


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
    intent = [m for m in _code(coder, meet) if m.cameo.code == "036"]
    assert intent and all(m.mutual for m in intent)
    agreement = [m for m in _code(coder, signed) if m.cameo.code == "057"]
    assert agreement and all(m.mutual for m in agreement)


def test_coder_the_one_arrested_is_the_target_not_a_state_named_later(coder):
    # "Disha Ravi was arrested by Delhi Police for spreading disaffection against India."
    sent = parsed([
        ("Disha", "disha", "PROPN", "compound", 1, "PERSON"), ("Ravi", "ravi", "PROPN", "nsubjpass", 3, "PERSON"),
        ("was", "be", "AUX", "auxpass", 3), ("arrested", "arrest", "VERB", "ROOT", 3), ("by", "by", "ADP", "agent", 3),
        ("Delhi", "delhi", "PROPN", "compound", 6, "ORG"), ("Police", "police", "PROPN", "pobj", 4, "ORG"),
        ("for", "for", "ADP", "prep", 3), ("spreading", "spread", "VERB", "pcomp", 7),
        ("disaffection", "disaffection", "NOUN", "dobj", 8), ("against", "against", "ADP", "prep", 9),
        ("India", "india", "PROPN", "pobj", 10, "GPE"), (".", ".", "PUNCT", "punct", 3),
    ], ents=[("PERSON", 0, 2)], tags={3: "VBN"})
    arrests = [m for m in _code(coder, sent) if m.cameo.code == "173"]
    assert [m.target.span.text for m in arrests] == ["Disha Ravi"]


def test_coder_a_thing_lifted_targets_whom_it_was_imposed_on(coder):
    # "Israel's president lifted restrictions imposed on Olmert."
    sent = parsed([
        ("Israel", "israel", "PROPN", "poss", 2, "GPE"), ("'s", "'s", "PART", "case", 0),
        ("president", "president", "NOUN", "nsubj", 3), ("lifted", "lift", "VERB", "ROOT", 3),
        ("restrictions", "restriction", "NOUN", "dobj", 3), ("imposed", "impose", "VERB", "acl", 4),
        ("on", "on", "ADP", "prep", 5), ("Olmert", "olmert", "PROPN", "pobj", 6, "PERSON"),
        (".", ".", "PUNCT", "punct", 3),
    ], ents=[("PERSON", 7, 8)], tags={5: "VBN"})
    lifted = [m for m in _code(coder, sent) if m.source is not None and m.source.code == "ISRGOV"]
    assert lifted and {m.target.span.text for m in lifted if m.target} == {"Olmert"}
