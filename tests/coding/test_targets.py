"""Tests for detente.coding.targets: who an event is done to."""

from tests.coding.coded import code_sentences, triples
from tests.parse_builder import parsed


def test_targets_a_thing_is_no_target_but_people_are(coder):
    # "Russia rejected the decision." -> no target; "Russia rejected the refugees." -> the refugees
    thing = parsed([("Russia", "russia", "PROPN", "nsubj", 1, "GPE"), ("rejected", "reject", "VERB", "ROOT", 1),
                    ("the", "the", "DET", "det", 3), ("decision", "decision", "NOUN", "dobj", 1),
                    (".", ".", "PUNCT", "punct", 1)])
    people = parsed([("Russia", "russia", "PROPN", "nsubj", 1, "GPE"), ("rejected", "reject", "VERB", "ROOT", 1),
                     ("the", "the", "DET", "det", 3), ("refugees", "refugee", "NOUN", "dobj", 1),
                     (".", ".", "PUNCT", "punct", 1)])
    [rejected_thing] = code_sentences(coder, thing)
    assert rejected_thing.target is None
    [rejected_people] = code_sentences(coder, people)
    assert rejected_people.target is not None and rejected_people.target.span.text == "the refugees"


def test_targets_pushed_someone_for_something_targets_the_one_pushed(coder):
    # "Egypt has pushed Iraq for a constitution."
    sent = parsed([
        ("Egypt", "Egypt", "PROPN", "nsubj", 2, "GPE"), ("has", "have", "AUX", "aux", 2),
        ("pushed", "push", "VERB", "ROOT", 2), ("Iraq", "Iraq", "PROPN", "dobj", 2, "GPE"),
        ("for", "for", "ADP", "prep", 2), ("a", "a", "DET", "det", 6), ("constitution", "constitution", "NOUN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 2),
    ])
    assert triples(code_sentences(coder, sent)) == {("EGY", "020", "IRQ")}


def test_targets_rejected_accusations_target_whoever_made_them(coder):
    # "Iran rejected accusations by Netanyahu over the attack." (a name no dictionary knows)
    sent = parsed([
        ("Iran", "Iran", "PROPN", "nsubj", 1, "GPE"), ("rejected", "reject", "VERB", "ROOT", 1),
        ("accusations", "accusation", "NOUN", "dobj", 1), ("by", "by", "ADP", "prep", 2),
        ("Netanyahu", "Netanyahu", "PROPN", "pobj", 3, "PERSON"), ("over", "over", "ADP", "prep", 2),
        ("the", "the", "DET", "det", 7), ("attack", "attack", "NOUN", "pobj", 5), (".", ".", "PUNCT", "punct", 1),
    ], ents=[("PERSON", 4, 4)])
    rejections = [m for m in code_sentences(coder, sent) if m.source is not None and m.source.code == "IRN"]
    assert rejections and all(m.target is not None and m.target.span.text == "Netanyahu" for m in rejections)


def test_targets_what_an_accusation_says_is_not_whom_its_rejection_is_aimed_at(coder):
    # "Iran rejected accusation it is hiding weapons in Iraq.": Iraq is inside what is alleged
    sent = parsed([
        ("Iran", "Iran", "PROPN", "nsubj", 1, "GPE"), ("rejected", "reject", "VERB", "ROOT", 1),
        ("accusation", "accusation", "NOUN", "dobj", 1), ("it", "it", "PRON", "nsubj", 5),
        ("is", "be", "AUX", "aux", 5), ("hiding", "hide", "VERB", "relcl", 2), ("weapons", "weapon", "NOUN", "dobj", 5),
        ("in", "in", "ADP", "prep", 5), ("Iraq", "Iraq", "PROPN", "pobj", 7, "GPE"), (".", ".", "PUNCT", "punct", 1),
    ], ents=[("GPE", 0, 0), ("GPE", 8, 8)])
    rejections = [m for m in code_sentences(coder, sent) if m.source is not None and m.source.code == "IRN"]
    assert rejections and all(m.target is None or m.target.country != "IRQ" for m in rejections)


def test_targets_countries_named_by_a_common_noun_are_someone_to_give_to(coder):
    # "China donated supplies to various African countries."
    sent = parsed([
        ("China", "China", "PROPN", "nsubj", 1, "GPE"), ("donated", "donate", "VERB", "ROOT", 1),
        ("supplies", "supply", "NOUN", "dobj", 1), ("to", "to", "ADP", "prep", 1),
        ("various", "various", "ADJ", "amod", 6), ("African", "african", "ADJ", "amod", 6, "NORP"),
        ("countries", "country", "NOUN", "pobj", 3), (".", ".", "PUNCT", "punct", 1),
    ], ents=[("GPE", 0, 0), ("NORP", 5, 5)], tags={6: "NNS"})
    [donated] = code_sentences(coder, sent)
    assert donated.target is not None and donated.target.span.text == "various African countries"


def test_targets_people_somewhere_are_the_target_not_the_place(coder):
    # "The United Nations suspended aid to 100,000 people in Bosnia."
    sent = parsed([
        ("The", "the", "DET", "det", 2, "ORG"), ("United", "United", "PROPN", "compound", 2, "ORG"),
        ("Nations", "Nations", "PROPN", "nsubj", 3, "ORG"), ("suspended", "suspend", "VERB", "ROOT", 3),
        ("aid", "aid", "NOUN", "dobj", 3), ("to", "to", "ADP", "prep", 3),
        ("100,000", "100,000", "NUM", "nummod", 7, "CARDINAL"), ("people", "people", "NOUN", "pobj", 5),
        ("in", "in", "ADP", "prep", 7), ("Bosnia", "Bosnia", "PROPN", "pobj", 8, "GPE"), (".", ".", "PUNCT", "punct", 3),
    ])
    (mention,) = code_sentences(coder, sent)
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


def test_targets_a_day_is_not_the_one_called_on_and_the_target_sits_inside_the_demand(coder):
    mentions = code_sentences(coder, parsed(CALLED_FOR_SANCTIONS))
    appeal = [m for m in mentions if m.cameo.code == "100"]  # calling for sanctions is a demand
    assert [(m.source.code, m.target and m.target.code) for m in appeal] == [("GRCGOV", "TUR")]
    assert appeal[0].target.span.text == "Turkey"


def test_targets_called_for_someone_to_act_targets_them(coder):
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
    appeal = [m for m in code_sentences(coder, sent) if m.cameo.code == "020"]
    assert [m.target.code for m in appeal] == ["GBR"]


def test_targets_what_is_sent_is_not_the_target_where_it_goes_is(coder):
    # "Britain sent armoured vehicles and a team of paratroopers to Lebanon."
    sent = parsed([
        ("Britain", "britain", "PROPN", "nsubj", 1, "GPE"), ("sent", "send", "VERB", "ROOT", 1),
        ("armoured", "armoured", "ADJ", "amod", 3), ("vehicles", "vehicle", "NOUN", "dobj", 1),
        ("and", "and", "CCONJ", "cc", 3), ("a", "a", "DET", "det", 6), ("team", "team", "NOUN", "conj", 3),
        ("of", "of", "ADP", "prep", 6), ("paratroopers", "paratrooper", "NOUN", "pobj", 7),
        ("to", "to", "ADP", "prep", 8), ("Lebanon", "lebanon", "PROPN", "pobj", 9, "GPE"),
        (".", ".", "PUNCT", "punct", 1),
    ])
    mentions = code_sentences(coder, sent)
    assert triples(mentions) == {("GBR", "070", "LBN")}
    assert mentions[0].target.span.text == "Lebanon"


def test_targets_the_one_arrested_is_the_target_not_a_state_named_later(coder):
    # "Disha Ravi was arrested by Delhi Police for spreading disaffection against India."
    sent = parsed([
        ("Disha", "disha", "PROPN", "compound", 1, "PERSON"), ("Ravi", "ravi", "PROPN", "nsubjpass", 3, "PERSON"),
        ("was", "be", "AUX", "auxpass", 3), ("arrested", "arrest", "VERB", "ROOT", 3), ("by", "by", "ADP", "agent", 3),
        ("Delhi", "delhi", "PROPN", "compound", 6, "ORG"), ("Police", "police", "PROPN", "pobj", 4, "ORG"),
        ("for", "for", "ADP", "prep", 3), ("spreading", "spread", "VERB", "pcomp", 7),
        ("disaffection", "disaffection", "NOUN", "dobj", 8), ("against", "against", "ADP", "prep", 9),
        ("India", "india", "PROPN", "pobj", 10, "GPE"), (".", ".", "PUNCT", "punct", 3),
    ], ents=[("PERSON", 0, 2)], tags={3: "VBN"})
    arrests = [m for m in code_sentences(coder, sent) if m.cameo.code == "173"]
    assert [m.target.span.text for m in arrests] == ["Disha Ravi"]


def test_targets_a_thing_lifted_targets_whom_it_was_imposed_on(coder):
    # "Israel's president lifted restrictions imposed on Olmert."
    sent = parsed([
        ("Israel", "israel", "PROPN", "poss", 2, "GPE"), ("'s", "'s", "PART", "case", 0),
        ("president", "president", "NOUN", "nsubj", 3), ("lifted", "lift", "VERB", "ROOT", 3),
        ("restrictions", "restriction", "NOUN", "dobj", 3), ("imposed", "impose", "VERB", "acl", 4),
        ("on", "on", "ADP", "prep", 5), ("Olmert", "olmert", "PROPN", "pobj", 6, "PERSON"),
        (".", ".", "PUNCT", "punct", 3),
    ], ents=[("PERSON", 7, 8)], tags={5: "VBN"})
    lifted = [m for m in code_sentences(coder, sent) if m.source is not None and m.source.code == "ISRGOV"]
    assert lifted and {m.target.span.text for m in lifted if m.target} == {"Olmert"}


def test_targets_an_act_done_to_no_one_in_a_place_targets_the_place(coder):
    # "A rebel leader surrendered in the Democratic Republic of Congo."
    sent = parsed([
        ("A", "a", "DET", "det", 2), ("rebel", "rebel", "ADJ", "compound", 2), ("leader", "leader", "NOUN", "nsubj", 3),
        ("surrendered", "surrender", "VERB", "ROOT", 3), ("in", "in", "ADP", "prep", 3),
        ("the", "the", "DET", "det", 7, "GPE"), ("Democratic", "Democratic", "PROPN", "compound", 7, "GPE"),
        ("Republic", "Republic", "PROPN", "pobj", 4, "GPE"), ("of", "of", "ADP", "prep", 7, "GPE"),
        ("Congo", "Congo", "PROPN", "pobj", 8, "GPE"), (".", ".", "PUNCT", "punct", 3),
    ], ents=[("GPE", 5, 9)])
    [surrendered] = code_sentences(coder, sent)
    assert surrendered.cameo.root == "08" and surrendered.target is not None and surrendered.target.code == "COD"


def test_targets_a_passive_act_in_a_place_is_not_done_to_the_place(coder):
    # "Gul Rahman was tortured and killed in Afghanistan.": Rahman suffered it, not Afghanistan
    sent = parsed([
        ("Gul", "Gul", "PROPN", "compound", 1, "PERSON"), ("Rahman", "Rahman", "PROPN", "nsubjpass", 3, "PERSON"),
        ("was", "be", "AUX", "auxpass", 3), ("tortured", "torture", "VERB", "ROOT", 3), ("and", "and", "CCONJ", "cc", 3),
        ("killed", "kill", "VERB", "conj", 3), ("in", "in", "ADP", "prep", 5),
        ("Afghanistan", "Afghanistan", "PROPN", "pobj", 6, "GPE"), (".", ".", "PUNCT", "punct", 3),
    ], ents=[("PERSON", 0, 1), ("GPE", 7, 7)])
    mentions = code_sentences(coder, sent)
    assert mentions and all(m.target is None or m.target.code != "AFG" for m in mentions)


def test_targets_a_counted_group_is_someone_not_a_number(coder):
    # "Armenian police detained dozens of demonstrators." ("dozens" is tagged a number)
    sent = parsed([
        ("Armenian", "armenian", "ADJ", "amod", 1, "NORP"), ("police", "police", "NOUN", "nsubj", 2),
        ("detained", "detain", "VERB", "ROOT", 2), ("dozens", "dozen", "NOUN", "dobj", 2, "CARDINAL"),
        ("of", "of", "ADP", "prep", 3), ("demonstrators", "demonstrator", "NOUN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 2),
    ])
    [detained] = code_sentences(coder, sent)
    assert detained.cameo.code == "173" and detained.target.span.text == "dozens of demonstrators"


def test_targets_a_show_of_force_targets_whom_it_is_aimed_at_not_the_troops(coder):
    # "Israel mobilized the army for an assault against Lebanon."
    sent = parsed([
        ("Israel", "Israel", "PROPN", "nsubj", 1, "GPE"), ("mobilized", "mobilize", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3), ("army", "army", "NOUN", "dobj", 1), ("for", "for", "ADP", "prep", 1),
        ("an", "an", "DET", "det", 6), ("assault", "assault", "NOUN", "pobj", 4),
        ("against", "against", "ADP", "prep", 6), ("Lebanon", "Lebanon", "PROPN", "pobj", 7, "GPE"),
        (".", ".", "PUNCT", "punct", 1),
    ])
    shows = [m for m in code_sentences(coder, sent) if m.cameo.root == "15"]
    assert [(m.source.code, m.target and m.target.code) for m in shows] == [("ISR", "LBN")]
    # "Israel mobilized the troops for a battle against the remnants of the militias.": unnamed, still the aim
    unnamed = parsed([
        ("Israel", "Israel", "PROPN", "nsubj", 1, "GPE"), ("mobilized", "mobilize", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3), ("troops", "troop", "NOUN", "dobj", 1), ("for", "for", "ADP", "prep", 1),
        ("a", "a", "DET", "det", 6), ("battle", "battle", "NOUN", "pobj", 4),
        ("against", "against", "ADP", "prep", 6), ("the", "the", "DET", "det", 9),
        ("remnants", "remnant", "NOUN", "pobj", 7), ("of", "of", "ADP", "prep", 9), ("the", "the", "DET", "det", 12),
        ("militias", "militia", "NOUN", "pobj", 10), (".", ".", "PUNCT", "punct", 1),
    ], tags={3: "NNS", 9: "NNS", 12: "NNS"})
    [show] = [m for m in code_sentences(coder, unnamed) if m.cameo.root == "15"]
    assert show.target is not None and show.target.span.text == "the remnants of the militias"


def test_targets_what_is_sent_into_a_country_is_sent_to_it(coder):
    # "Britain sent a team of engineers into Libya."
    sent = parsed([
        ("Britain", "Britain", "PROPN", "nsubj", 1, "GPE"), ("sent", "send", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3), ("team", "team", "NOUN", "dobj", 1), ("of", "of", "ADP", "prep", 3),
        ("engineers", "engineer", "NOUN", "pobj", 4), ("into", "into", "ADP", "prep", 1),
        ("Libya", "Libya", "PROPN", "pobj", 6, "GPE"), (".", ".", "PUNCT", "punct", 1),
    ])
    assert ("GBR", "LBY") in {(m.source.code, m.target and m.target.code) for m in code_sentences(coder, sent)}


def test_targets_a_mutual_act_in_a_place_is_between_its_parties_not_with_the_place(coder):
    # "Pakistan and Russia signed an agreement in Geneva."
    sent = parsed([
        ("Pakistan", "Pakistan", "PROPN", "nsubj", 3, "GPE"), ("and", "and", "CCONJ", "cc", 0),
        ("Russia", "Russia", "PROPN", "conj", 0, "GPE"), ("signed", "sign", "VERB", "ROOT", 3),
        ("an", "an", "DET", "det", 5), ("agreement", "agreement", "NOUN", "dobj", 3), ("in", "in", "ADP", "prep", 5),
        ("Geneva", "Geneva", "PROPN", "pobj", 6, "GPE"), (".", ".", "PUNCT", "punct", 3),
    ])
    assert triples(code_sentences(coder, sent)) == {("PAK", "057", "RUS"), ("RUS", "057", "PAK")}





def test_targets_remaining_something_else_is_no_show_of_force(coder):
    # "Japan remains the largest donor.": "remain" alone codes nothing
    sent = parsed([
        ("Japan", "Japan", "PROPN", "nsubj", 1, "GPE"), ("remains", "remain", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 4), ("largest", "large", "ADJ", "amod", 4), ("donor", "donor", "NOUN", "attr", 1),
        (".", ".", "PUNCT", "punct", 1),
    ], ents=[("GPE", 0, 0)])
    assert not code_sentences(coder, sent)


def test_targets_a_mediator_acts_on_the_parties_however_deep(coder):
    # "Egypt launched a mediation effort to end the dispute between Turkey and Syria."
    sent = parsed([
        ("Egypt", "Egypt", "PROPN", "nsubj", 1, "GPE"), ("launched", "launch", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 4), ("mediation", "mediation", "NOUN", "compound", 4),
        ("effort", "effort", "NOUN", "dobj", 1), ("to", "to", "PART", "aux", 6), ("end", "end", "VERB", "acl", 4),
        ("the", "the", "DET", "det", 8), ("dispute", "dispute", "NOUN", "dobj", 6),
        ("between", "between", "ADP", "prep", 8), ("Turkey", "Turkey", "PROPN", "pobj", 9, "GPE"),
        ("and", "and", "CCONJ", "cc", 10), ("Syria", "Syria", "PROPN", "conj", 10, "GPE"),
        (".", ".", "PUNCT", "punct", 1),
    ], ents=[("GPE", 0, 0), ("GPE", 10, 10), ("GPE", 12, 12)])
    mediations = [m for m in code_sentences(coder, sent) if m.cameo.code == "045"]
    assert {(m.source.country, m.target.country) for m in mediations} == {("EGY", "TUR"), ("EGY", "SYR")}




def test_targets_the_head_of_a_body_is_a_person_not_the_body(coder):
    # "Trump sent a letter to the head of the World Health Organization."
    sent = parsed([
        ("Trump", "Trump", "PROPN", "nsubj", 1, "PERSON"), ("sent", "send", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3), ("letter", "letter", "NOUN", "dobj", 1), ("to", "to", "ADP", "dative", 1),
        ("the", "the", "DET", "det", 6), ("head", "head", "NOUN", "pobj", 4), ("of", "of", "ADP", "prep", 6),
        ("the", "the", "DET", "det", 11, "ORG"), ("World", "World", "PROPN", "compound", 11, "ORG"),
        ("Health", "Health", "PROPN", "compound", 11, "ORG"), ("Organization", "Organization", "PROPN", "pobj", 7, "ORG"),
        (".", ".", "PUNCT", "punct", 1),
    ], ents=[("PERSON", 0, 0), ("ORG", 8, 11)])
    targets = {m.target.span.text for m in code_sentences(coder, sent) if m.target is not None}
    assert targets == {"the head of the World Health Organization"}


def test_targets_what_is_returned_goes_back_to_whom_it_was_taken_from(coder):
    # "Iraqi militia groups will return weapons they seized from the Iraqi army."
    sent = parsed([
        ("Iraqi", "iraqi", "ADJ", "amod", 2, "NORP"), ("militia", "militia", "NOUN", "compound", 2),
        ("groups", "group", "NOUN", "nsubj", 4), ("will", "will", "AUX", "aux", 4), ("return", "return", "VERB", "ROOT", 4),
        ("weapons", "weapon", "NOUN", "dobj", 4), ("they", "they", "PRON", "nsubj", 7),
        ("seized", "seize", "VERB", "relcl", 5), ("from", "from", "ADP", "prep", 7), ("the", "the", "DET", "det", 11),
        ("Iraqi", "iraqi", "ADJ", "amod", 11, "NORP"), ("army", "army", "NOUN", "pobj", 8), (".", ".", "PUNCT", "punct", 4),
    ], ents=[("NORP", 0, 0), ("NORP", 10, 10)])
    [returned] = [m for m in code_sentences(coder, sent) if m.trigger.text == "return"]
    assert returned.target is not None and returned.target.span.text == "the Iraqi army"


def test_targets_aid_with_no_recipient_goes_to_whom_it_helps(coder):
    # "The U.S. government donated a shipment of ventilators to assist Ethiopia."
    sent = parsed([
        ("The", "the", "DET", "det", 2), ("U.S.", "U.S.", "PROPN", "compound", 2, "GPE"),
        ("government", "government", "NOUN", "nsubj", 3), ("donated", "donate", "VERB", "ROOT", 3),
        ("a", "a", "DET", "det", 5), ("shipment", "shipment", "NOUN", "dobj", 3), ("of", "of", "ADP", "prep", 5),
        ("ventilators", "ventilator", "NOUN", "pobj", 6), ("to", "to", "PART", "aux", 9),
        ("assist", "assist", "VERB", "acl", 5), ("Ethiopia", "Ethiopia", "PROPN", "dobj", 9, "GPE"),
        (".", ".", "PUNCT", "punct", 3),
    ], ents=[("GPE", 1, 1), ("GPE", 10, 10)])
    [donated] = [m for m in code_sentences(coder, sent) if m.trigger.text == "donated"]
    assert donated.target is not None and donated.target.country == "ETH"


def test_targets_a_definite_office_in_apposition_stays_with_the_name(coder):
    # "The ELN will release Odin Sanchez, the Colombian congressman.": the office says who he is
    sent = parsed([
        ("The", "the", "DET", "det", 1), ("ELN", "ELN", "PROPN", "nsubj", 3, "ORG"), ("will", "will", "AUX", "aux", 3),
        ("release", "release", "VERB", "ROOT", 3), ("Odin", "Odin", "PROPN", "compound", 5, "PERSON"),
        ("Sanchez", "Sanchez", "PROPN", "dobj", 3, "PERSON"), (",", ",", "PUNCT", "punct", 5),
        ("the", "the", "DET", "det", 9), ("Colombian", "colombian", "ADJ", "amod", 9, "NORP"),
        ("congressman", "congressman", "NOUN", "appos", 5), (".", ".", "PUNCT", "punct", 3),
    ], ents=[("ORG", 1, 1), ("PERSON", 4, 5), ("NORP", 8, 8)])
    [released] = code_sentences(coder, sent)
    assert released.target is not None and released.target.span.text == "Odin Sanchez, the Colombian congressman"


def test_targets_the_one_acted_on_is_named_without_the_description_after_the_name(coder):
    # "The ELN will release Odin Sanchez, a former Colombian congressman."
    sent = parsed([
        ("The", "the", "DET", "det", 1), ("ELN", "ELN", "PROPN", "nsubj", 3, "ORG"), ("will", "will", "AUX", "aux", 3),
        ("release", "release", "VERB", "ROOT", 3), ("Odin", "Odin", "PROPN", "compound", 5, "PERSON"),
        ("Sanchez", "Sanchez", "PROPN", "dobj", 3, "PERSON"), (",", ",", "PUNCT", "punct", 5),
        ("a", "a", "DET", "det", 10), ("former", "former", "ADJ", "amod", 10),
        ("Colombian", "colombian", "ADJ", "amod", 10, "NORP"), ("congressman", "congressman", "NOUN", "appos", 5),
        (".", ".", "PUNCT", "punct", 3),
    ], ents=[("ORG", 1, 1), ("PERSON", 4, 5), ("NORP", 9, 9)])
    [released] = code_sentences(coder, sent)
    assert released.target is not None and released.target.span.text == "Odin Sanchez"


def test_targets_an_acronym_tagged_as_a_common_noun_still_names_the_recipient(coder):
    # "Egypt provided training to ZENFOR." - the tagger calls the unknown acronym a NOUN
    sent = parsed([
        ("Egypt", "Egypt", "PROPN", "nsubj", 1, "GPE"), ("provided", "provide", "VERB", "ROOT", 1),
        ("training", "training", "NOUN", "dobj", 1), ("to", "to", "ADP", "dative", 1),
        ("ZENFOR", "zenfor", "NOUN", "pobj", 3, "ORG"), (".", ".", "PUNCT", "punct", 1),
    ], ents=[("ORG", 4, 4)])
    [provided] = [m for m in code_sentences(coder, sent) if m.source is not None]
    assert provided.target is not None and provided.target.span.text == "ZENFOR"


def test_targets_a_described_place_is_named_by_its_name(coder):
    # "Hezbollah threatened to shell Haifa, Israel's third largest city." -> Haifa (in Israel),
    # not the description, for the threat and for the shelling
    sent = parsed([
        ("Hezbollah", "Hezbollah", "PROPN", "nsubj", 1, "ORG"), ("threatened", "threaten", "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3), ("shell", "shell", "VERB", "xcomp", 1),
        ("Haifa", "Haifa", "PROPN", "dobj", 3, "GPE"), (",", ",", "PUNCT", "punct", 4),
        ("Israel", "Israel", "PROPN", "poss", 10, "GPE"), ("'s", "'s", "PART", "case", 6),
        ("third", "third", "ADV", "advmod", 9, "ORDINAL"), ("largest", "large", "ADJ", "amod", 10),
        ("city", "city", "NOUN", "appos", 4), (".", ".", "PUNCT", "punct", 1),
    ], ents=[("ORG", 0, 0), ("GPE", 4, 4), ("GPE", 6, 6)])
    mentions = [m for m in code_sentences(coder, sent) if m.target is not None]
    assert {m.cameo.code[:2] for m in mentions} >= {"13", "19"}
    assert all(m.target.span.text == "Haifa" and m.target.country == "ISR" for m in mentions)


def test_targets_people_deported_are_the_target_not_where_they_are_sent(coder):
    # "Guatemala deported 300 migrants to Honduras." -> the migrants; an extradition
    # "to" a state is cooperation with that state and keeps it (see the 063 pattern examples)
    sent = parsed([
        ("Guatemala", "Guatemala", "PROPN", "nsubj", 1, "GPE"), ("deported", "deport", "VERB", "ROOT", 1),
        ("300", "300", "NUM", "nummod", 3, "CARDINAL"), ("migrants", "migrant", "NOUN", "dobj", 1),
        ("to", "to", "ADP", "prep", 1), ("Honduras", "Honduras", "PROPN", "pobj", 4, "GPE"),
        (".", ".", "PUNCT", "punct", 1),
    ], ents=[("GPE", 0, 0), ("CARDINAL", 2, 2), ("GPE", 5, 5)])
    [deported] = [m for m in code_sentences(coder, sent) if m.cameo.code == "174"]
    assert deported.target is not None and deported.target.span.text == "300 migrants"


def test_targets_charges_denied_target_who_made_them_when_by_hangs_on_the_verb(coder):
    # "China denied charges by the Chamber of Commerce." - the parser attaches "by" to "denied"
    sent = parsed([
        ("China", "China", "PROPN", "nsubj", 1, "GPE"), ("denied", "deny", "VERB", "ROOT", 1),
        ("charges", "charge", "NOUN", "dobj", 1), ("by", "by", "ADP", "prep", 1),
        ("the", "the", "DET", "det", 5, "ORG"), ("Chamber", "Chamber", "PROPN", "pobj", 3, "ORG"),
        ("of", "of", "ADP", "prep", 5, "ORG"), ("Commerce", "Commerce", "PROPN", "pobj", 6, "ORG"),
        (".", ".", "PUNCT", "punct", 1),
    ], ents=[("GPE", 0, 0), ("ORG", 4, 7)])
    [denial] = [m for m in code_sentences(coder, sent) if m.cameo.code == "016"]
    assert denial.target is not None and denial.target.span.text == "the Chamber of Commerce"


def test_targets_a_denial_answers_who_made_the_charge_not_whom_it_is_against(coder):
    # "Chile rejected accusations by Peru against Bolivia." -> Peru
    sent = parsed([
        ("Chile", "Chile", "PROPN", "nsubj", 1, "GPE"), ("rejected", "reject", "VERB", "ROOT", 1),
        ("accusations", "accusation", "NOUN", "dobj", 1), ("by", "by", "ADP", "prep", 2),
        ("Peru", "Peru", "PROPN", "pobj", 3, "GPE"), ("against", "against", "ADP", "prep", 2),
        ("Bolivia", "Bolivia", "PROPN", "pobj", 5, "GPE"), (".", ".", "PUNCT", "punct", 1),
    ])
    [denial] = [m for m in code_sentences(coder, sent) if m.cameo.code == "016"]
    assert denial.target is not None and denial.target.span.text == "Peru"


def test_targets_whom_the_subject_makes_act_is_the_target(coder):
    # "Chile ordered Peruvian newspapers to suspend publications." -> the newspapers
    sent = parsed([
        ("Chile", "Chile", "PROPN", "nsubj", 1, "GPE"), ("ordered", "order", "VERB", "ROOT", 1),
        ("Peruvian", "peruvian", "ADJ", "amod", 3, "NORP"), ("newspapers", "newspaper", "NOUN", "dobj", 1),
        ("to", "to", "PART", "aux", 5), ("suspend", "suspend", "VERB", "xcomp", 1),
        ("publications", "publication", "NOUN", "dobj", 5), (".", ".", "PUNCT", "punct", 1),
    ])
    [suspended] = code_sentences(coder, sent)
    assert suspended.target is not None and suspended.target.span.text == "Peruvian newspapers"
    assert suspended.target.country == "PER"


def test_targets_aid_for_people_somewhere_goes_to_the_people_not_the_place(coder):
    # "Germany provided aid for those affected in Yemen." -> "those affected in Yemen", coded as Yemen
    sent = parsed([
        ("Germany", "Germany", "PROPN", "nsubj", 1, "GPE"), ("provided", "provide", "VERB", "ROOT", 1),
        ("aid", "aid", "NOUN", "dobj", 1), ("for", "for", "ADP", "prep", 2), ("those", "those", "PRON", "pobj", 3),
        ("affected", "affect", "VERB", "acl", 4), ("in", "in", "ADP", "prep", 5),
        ("Yemen", "Yemen", "PROPN", "pobj", 6, "GPE"), (".", ".", "PUNCT", "punct", 1),
    ], tags={5: "VBN"})
    [aid] = [m for m in code_sentences(coder, sent) if m.cameo.root == "07"]
    assert aid.target is not None and aid.target.span.text == "those affected in Yemen"
    assert aid.target.country == "YEM"


def test_targets_the_particle_let_free_is_not_part_of_whom_it_frees(coder):
    # "Yemen let free Towakil Karman." - the parser hangs "free" on the name
    sent = parsed([
        ("Yemen", "Yemen", "PROPN", "nsubj", 1, "GPE"), ("let", "let", "VERB", "ROOT", 1),
        ("free", "free", "VERB", "amod", 4), ("Towakil", "Towakil", "PROPN", "compound", 4, "PERSON"),
        ("Karman", "Karman", "PROPN", "dobj", 1, "PERSON"), (".", ".", "PUNCT", "punct", 1),
    ], ents=[("GPE", 0, 0), ("PERSON", 3, 4)])
    [freed] = [m for m in code_sentences(coder, sent) if m.cameo.code == "0841"]
    assert freed.target is not None and freed.target.span.text == "Towakil Karman"


def test_targets_everyone_listed_under_a_lifted_sanction(coder):
    # "Japan lifted sanctions imposed on India and Pakistan." -> India and Pakistan
    sent = parsed([
        ("Japan", "Japan", "PROPN", "nsubj", 1, "GPE"), ("lifted", "lift", "VERB", "ROOT", 1),
        ("sanctions", "sanction", "NOUN", "dobj", 1), ("imposed", "impose", "VERB", "acl", 2),
        ("on", "on", "ADP", "prep", 3), ("India", "India", "PROPN", "pobj", 4, "GPE"),
        ("and", "and", "CCONJ", "cc", 5), ("Pakistan", "Pakistan", "PROPN", "conj", 5, "GPE"),
        (".", ".", "PUNCT", "punct", 1),
    ], ents=[("GPE", 0, 0), ("GPE", 5, 5), ("GPE", 7, 7)], tags={3: "VBN"})
    assert {t for s, c, t in triples(code_sentences(coder, sent)) if c.startswith("08")} == {"IND", "PAK"}


def test_targets_an_extradition_is_with_the_state_that_receives_the_person(coder):
    # "A US judge approved the extradition of the former Panamanian president to Panama."
    # -> judicial cooperation (063) with Panama, not with the person handed over
    sent = parsed([
        ("A", "a", "DET", "det", 2), ("US", "US", "PROPN", "compound", 2, "GPE"), ("judge", "judge", "NOUN", "nsubj", 3),
        ("approved", "approve", "VERB", "ROOT", 3), ("the", "the", "DET", "det", 5),
        ("extradition", "extradition", "NOUN", "dobj", 3), ("of", "of", "ADP", "prep", 5),
        ("the", "the", "DET", "det", 10), ("former", "former", "ADJ", "amod", 10),
        ("Panamanian", "panamanian", "ADJ", "amod", 10, "NORP"), ("president", "president", "NOUN", "pobj", 6),
        ("to", "to", "ADP", "prep", 5), ("Panama", "Panama", "PROPN", "pobj", 11, "GPE"),
        (".", ".", "PUNCT", "punct", 3),
    ], ents=[("GPE", 1, 1), ("NORP", 9, 9), ("GPE", 12, 12)])
    [extradition] = [m for m in code_sentences(coder, sent) if m.cameo.code == "063"]
    assert extradition.target is not None and extradition.target.span.text == "Panama"


def test_targets_a_date_in_a_name_does_not_make_an_act_someone(coder):
    # "The rebels claimed responsibility for an October 18 act of arson at a ski resort in Vail."
    # "October" is a proper noun but a date: the act names no one and is no target
    sent = parsed([
        ("The", "the", "DET", "det", 1), ("rebels", "rebel", "NOUN", "nsubj", 2), ("claimed", "claim", "VERB", "ROOT", 2),
        ("responsibility", "responsibility", "NOUN", "dobj", 2), ("for", "for", "ADP", "prep", 3),
        ("an", "an", "DET", "det", 8), ("October", "October", "PROPN", "nmod", 8, "DATE"),
        ("18", "18", "NUM", "nummod", 6, "DATE"), ("act", "act", "NOUN", "pobj", 4), ("of", "of", "ADP", "prep", 8),
        ("arson", "arson", "NOUN", "pobj", 9), ("at", "at", "ADP", "prep", 2), ("a", "a", "DET", "det", 14),
        ("ski", "ski", "NOUN", "compound", 14), ("resort", "resort", "NOUN", "pobj", 11),
        ("in", "in", "ADP", "prep", 14), ("Vail", "Vail", "PROPN", "pobj", 15, "GPE"), (".", ".", "PUNCT", "punct", 2),
    ], ents=[("DATE", 6, 7), ("GPE", 16, 16)])
    [claim] = [m for m in code_sentences(coder, sent) if m.cameo.code == "015"]
    assert claim.target is None or "October" not in claim.target.span.text


def test_targets_what_someone_is_arrested_for_is_not_whom_it_is_done_to(coder):
    # "Nigeria arrested a blogger for collaborating with Boko Haram." - the reason clause names
    # Boko Haram, but the arrest is not done to it
    sent = parsed([
        ("Nigeria", "Nigeria", "PROPN", "nsubj", 1, "GPE"), ("arrested", "arrest", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3), ("blogger", "blogger", "NOUN", "dobj", 1), ("for", "for", "ADP", "prep", 1),
        ("collaborating", "collaborate", "VERB", "pcomp", 4), ("with", "with", "ADP", "prep", 5),
        ("Boko", "Boko", "PROPN", "compound", 8, "ORG"), ("Haram", "Haram", "PROPN", "pobj", 6, "ORG"),
        (".", ".", "PUNCT", "punct", 1),
    ], ents=[("GPE", 0, 0), ("ORG", 7, 8)])
    [arrest] = [m for m in code_sentences(coder, sent) if m.cameo.code == "173"]
    assert arrest.target is None or "Boko" not in arrest.target.span.text


def test_targets_an_object_pronoun_stands_for_the_subject_of_the_clause_above(coder):
    # "Peter Ajak was released after President Kiir pardoned him." -> Kiir pardoned Peter Ajak
    sent = parsed([
        ("Peter", "Peter", "PROPN", "compound", 1, "PERSON"), ("Ajak", "Ajak", "PROPN", "nsubjpass", 3, "PERSON"),
        ("was", "be", "AUX", "auxpass", 3), ("released", "release", "VERB", "ROOT", 3),
        ("after", "after", "SCONJ", "mark", 7), ("President", "President", "PROPN", "compound", 6),
        ("Kiir", "Kiir", "PROPN", "nsubj", 7, "PERSON"), ("pardoned", "pardon", "VERB", "advcl", 3),
        ("him", "he", "PRON", "dobj", 7), (".", ".", "PUNCT", "punct", 3),
    ], ents=[("PERSON", 0, 1), ("PERSON", 6, 6)])
    pardons = [m for m in code_sentences(coder, sent) if m.cameo.root == "05" and m.target is not None]
    assert pardons and all(m.target.span.text == "Peter Ajak" for m in pardons)


def test_targets_a_threat_is_against_whom_the_threatened_act_would_hit(coder):
    # "The rebels threatened to shell the airfield if Damascus refused." -> the airfield, not Damascus
    sent = parsed([
        ("The", "the", "DET", "det", 1), ("rebels", "rebel", "NOUN", "nsubj", 2),
        ("threatened", "threaten", "VERB", "ROOT", 2), ("to", "to", "PART", "aux", 4),
        ("shell", "shell", "VERB", "xcomp", 2), ("the", "the", "DET", "det", 6),
        ("airfield", "airfield", "NOUN", "dobj", 4), ("if", "if", "SCONJ", "mark", 9),
        ("Damascus", "Damascus", "PROPN", "nsubj", 9, "GPE"), ("refused", "refuse", "VERB", "advcl", 4),
        (".", ".", "PUNCT", "punct", 2),
    ], ents=[("GPE", 8, 8)])
    [threat] = [m for m in code_sentences(coder, sent) if m.cameo.root == "13"]
    assert threat.target is not None and threat.target.span.text == "the airfield"


def test_targets_a_round_of_an_act_is_the_act_not_its_target(coder):
    # "Jordan and Britain began a new round of joint exercises." -> joint exercises, each with the
    # other; the round is the act, not whom it is done to
    sent = parsed([
        ("Jordan", "Jordan", "PROPN", "nsubj", 3, "GPE"), ("and", "and", "CCONJ", "cc", 0),
        ("Britain", "Britain", "PROPN", "conj", 0, "GPE"), ("began", "begin", "VERB", "ROOT", 3),
        ("a", "a", "DET", "det", 6), ("new", "new", "ADJ", "amod", 6), ("round", "round", "NOUN", "dobj", 3),
        ("of", "of", "ADP", "prep", 6), ("joint", "joint", "ADJ", "amod", 9),
        ("exercises", "exercise", "NOUN", "pobj", 7), (".", ".", "PUNCT", "punct", 3),
    ], ents=[("GPE", 0, 0), ("GPE", 2, 2)])
    mentions = code_sentences(coder, sent)
    assert {(s, t) for s, c, t in triples(mentions) if c.startswith("06")} == {("JOR", "GBR"), ("GBR", "JOR")}


def test_targets_property_returned_to_someone_is_done_to_the_one_it_goes_to(coder):
    # "Germany returned a Polish painting to its owners.": the painting's
    # nationality does not make it the one the act is done to
    sent = parsed([
        ("Germany", "Germany", "PROPN", "nsubj", 1, "GPE"), ("returned", "return", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 4), ("Polish", "polish", "ADJ", "amod", 4, "NORP"),
        ("painting", "painting", "NOUN", "dobj", 1), ("to", "to", "ADP", "dative", 1),
        ("its", "its", "PRON", "poss", 7), ("owners", "owner", "NOUN", "pobj", 5), (".", ".", "PUNCT", "punct", 1),
    ], ents=[("GPE", 0, 0), ("NORP", 3, 3)], tags={7: "NNS"})
    [returned] = code_sentences(coder, sent)
    assert returned.cameo.code.startswith("084")
    assert returned.target is not None and returned.target.span.text == "its owners"


def test_targets_aid_made_available_to_fight_a_hazard_goes_where_the_hazard_is(coder):
    # "Norway made available experts to fight the epidemic in Malawi."
    sent = parsed([
        ("Norway", "Norway", "PROPN", "nsubj", 1, "GPE"), ("made", "make", "VERB", "ROOT", 1),
        ("available", "available", "ADJ", "amod", 3), ("experts", "expert", "NOUN", "dobj", 1),
        ("to", "to", "PART", "aux", 5), ("fight", "fight", "VERB", "acl", 3), ("the", "the", "DET", "det", 7),
        ("epidemic", "epidemic", "NOUN", "dobj", 5), ("in", "in", "ADP", "prep", 5),
        ("Malawi", "Malawi", "PROPN", "pobj", 8, "GPE"), (".", ".", "PUNCT", "punct", 1),
    ], ents=[("GPE", 0, 0), ("GPE", 9, 9)], tags={3: "NNS"})
    mentions = code_sentences(coder, sent)
    assert triples(mentions) == {("NOR", "070", "MWI")}  # fighting an epidemic uses no force


def test_targets_a_team_sent_somewhere_to_investigate_is_sent_to_that_place(coder):
    # "Norway sent a team of experts to Marxburg to investigate the crash.": a
    # town the actor dictionary does not know is still where the team goes
    sent = parsed([
        ("Norway", "Norway", "PROPN", "nsubj", 1, "GPE"), ("sent", "send", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3), ("team", "team", "NOUN", "dobj", 1), ("of", "of", "ADP", "prep", 3),
        ("experts", "expert", "NOUN", "pobj", 4), ("to", "to", "ADP", "prep", 3),
        ("Marxburg", "Marxburg", "PROPN", "pobj", 6, "GPE"), ("to", "to", "PART", "aux", 9),
        ("investigate", "investigate", "VERB", "advcl", 1), ("the", "the", "DET", "det", 11),
        ("crash", "crash", "NOUN", "dobj", 9), (".", ".", "PUNCT", "punct", 1),
    ], ents=[("GPE", 0, 0), ("GPE", 7, 7)], tags={5: "NNS"})
    sent_team = [m for m in code_sentences(coder, sent) if m.trigger.text == "sent"]
    assert sent_team and sent_team[0].target is not None and sent_team[0].target.span.text == "Marxburg"


def test_targets_people_held_or_taken_in_are_the_target_not_the_place(coder):
    # "Sylvanian militants held 200 civilians as human shields in Marxburg."
    sent = parsed([
        ("Sylvanian", "sylvanian", "ADJ", "amod", 1, "NORP"), ("militants", "militant", "NOUN", "nsubj", 2),
        ("held", "hold", "VERB", "ROOT", 2), ("200", "200", "NUM", "nummod", 4),
        ("civilians", "civilian", "NOUN", "dobj", 2), ("as", "as", "ADP", "prep", 2),
        ("human", "human", "ADJ", "amod", 7), ("shields", "shield", "NOUN", "pobj", 5),
        ("in", "in", "ADP", "prep", 2), ("Marxburg", "Marxburg", "PROPN", "pobj", 8, "GPE"),
        (".", ".", "PUNCT", "punct", 2),
    ], ents=[("NORP", 0, 0), ("GPE", 9, 9)], tags={1: "NNS", 4: "NNS", 7: "NNS"})
    [held] = code_sentences(coder, sent)
    assert held.cameo.code == "181" and held.target is not None and held.target.span.text == "200 civilians"


def test_targets_an_offer_rejected_is_the_offerers_not_its_topics(coder):
    # "Sylvania rejected Freedonia's offer on citizens' rights."
    sent = parsed([
        ("Sylvania", "Sylvania", "PROPN", "nsubj", 1, "GPE"), ("rejected", "reject", "VERB", "ROOT", 1),
        ("Freedonia", "Freedonia", "PROPN", "poss", 4, "GPE"), ("'s", "'s", "PART", "case", 2),
        ("offer", "offer", "NOUN", "dobj", 1), ("on", "on", "ADP", "prep", 4),
        ("citizens", "citizen", "NOUN", "poss", 8), ("'", "'", "PART", "case", 6),
        ("rights", "right", "NOUN", "pobj", 5), (".", ".", "PUNCT", "punct", 1),
    ], ents=[("GPE", 0, 0), ("GPE", 2, 2)], tags={6: "NNS", 8: "NNS"})
    [rejected] = code_sentences(coder, sent)
    assert rejected.target is not None and rejected.target.span.text == "Freedonia's offer"


def test_targets_people_expelled_are_the_target_but_troops_withdrawn_are_the_actors_own(coder):
    # "Sylvania expelled aid workers, including those from Freedonia."
    expelled = parsed([
        ("Sylvania", "Sylvania", "PROPN", "nsubj", 1, "GPE"), ("expelled", "expel", "VERB", "ROOT", 1),
        ("aid", "aid", "NOUN", "compound", 3), ("workers", "worker", "NOUN", "dobj", 1), (",", ",", "PUNCT", "punct", 3),
        ("including", "include", "VERB", "prep", 3), ("those", "those", "PRON", "pobj", 5),
        ("from", "from", "ADP", "prep", 6), ("Freedonia", "Freedonia", "PROPN", "pobj", 7, "GPE"),
        (".", ".", "PUNCT", "punct", 1),
    ], ents=[("GPE", 0, 0), ("GPE", 8, 8)], tags={3: "NNS"})
    [expulsion] = code_sentences(coder, expelled)
    assert expulsion.target is not None and expulsion.target.span.text == "aid workers"
    # "The UN withdrew peacekeepers from Marxburg.": the peacekeepers are the UN's own
    withdrawn = parsed([
        ("The", "the", "DET", "det", 1), ("UN", "UN", "PROPN", "nsubj", 2, "ORG"), ("withdrew", "withdraw", "VERB", "ROOT", 2),
        ("peacekeepers", "peacekeeper", "NOUN", "dobj", 2), ("from", "from", "ADP", "prep", 2),
        ("Marxburg", "Marxburg", "PROPN", "pobj", 4, "GPE"), (".", ".", "PUNCT", "punct", 2),
    ], ents=[("ORG", 1, 1), ("GPE", 5, 5)], tags={3: "NNS"})
    assert all(m.target is None or m.target.span.text != "peacekeepers" for m in code_sentences(coder, withdrawn))


def test_targets_aid_is_for_whom_it_helps_to_act_or_where_its_purpose_lies(coder):
    # "Norway gave money to help Malawi cope." / "Norway gave money to promote development in Marxburg."
    cope = parsed([
        ("Norway", "Norway", "PROPN", "nsubj", 1, "GPE"), ("gave", "give", "VERB", "ROOT", 1),
        ("money", "money", "NOUN", "dobj", 1), ("to", "to", "PART", "aux", 4), ("help", "help", "VERB", "advcl", 1),
        ("Malawi", "Malawi", "PROPN", "nsubj", 6, "GPE"), ("cope", "cope", "VERB", "ccomp", 4),
        (".", ".", "PUNCT", "punct", 1),
    ], ents=[("GPE", 0, 0), ("GPE", 5, 5)])
    promote = parsed([
        ("Norway", "Norway", "PROPN", "nsubj", 1, "GPE"), ("gave", "give", "VERB", "ROOT", 1),
        ("money", "money", "NOUN", "dobj", 1), ("to", "to", "PART", "aux", 4), ("promote", "promote", "VERB", "advcl", 1),
        ("development", "development", "NOUN", "dobj", 4), ("in", "in", "ADP", "prep", 5),
        ("Marxburg", "Marxburg", "PROPN", "pobj", 6, "GPE"), (".", ".", "PUNCT", "punct", 1),
    ], ents=[("GPE", 0, 0), ("GPE", 7, 7)])
    for sent, helped in ((cope, "Malawi"), (promote, "Marxburg")):
        given = [m for m in code_sentences(coder, sent) if m.trigger.text == "gave"]
        assert given and given[0].target is not None and given[0].target.span.text == helped


def test_targets_a_states_organs_restrict_a_place_in_their_own_country(coder):
    # "Bolivian authorities declared a state of emergency in Bolivia." -> BOLGOV -> BOL (1724),
    # while "Bolivian authorities praised Bolivia" stays one actor on both sides, not coded as a dyad
    declared = parsed([
        ("Bolivian", "bolivian", "ADJ", "amod", 1, "NORP"), ("authorities", "authority", "NOUN", "nsubj", 2),
        ("declared", "declare", "VERB", "ROOT", 2), ("a", "a", "DET", "det", 4), ("state", "state", "NOUN", "dobj", 2),
        ("of", "of", "ADP", "prep", 4), ("emergency", "emergency", "NOUN", "pobj", 5), ("in", "in", "ADP", "prep", 4),
        ("Bolivia", "Bolivia", "PROPN", "pobj", 7, "GPE"), (".", ".", "PUNCT", "punct", 2),
    ], ents=[("NORP", 0, 0), ("GPE", 8, 8)], tags={1: "NNS"})
    [state_of_emergency] = code_sentences(coder, declared)
    assert (state_of_emergency.cameo.code, state_of_emergency.target and state_of_emergency.target.code) == ("1724", "BOL")
    praised = parsed([
        ("Bolivian", "bolivian", "ADJ", "amod", 1, "NORP"), ("authorities", "authority", "NOUN", "nsubj", 2),
        ("praised", "praise", "VERB", "ROOT", 2), ("Bolivia", "Bolivia", "PROPN", "dobj", 2, "GPE"),
        (".", ".", "PUNCT", "punct", 2),
    ], ents=[("NORP", 0, 0), ("GPE", 3, 3)], tags={1: "NNS"})
    assert all(m.target is None for m in code_sentences(coder, praised))


def test_targets_let_free_read_as_a_clause_frees_its_object(coder):
    # "Ethiopia let free some 74 political leaders." - the parser makes "free" a clause holding the object
    sent = parsed([
        ("Ethiopia", "Ethiopia", "PROPN", "nsubj", 1, "GPE"), ("let", "let", "VERB", "ROOT", 1),
        ("free", "free", "VERB", "ccomp", 1), ("some", "some", "DET", "det", 6), ("74", "74", "NUM", "nummod", 6),
        ("political", "political", "ADJ", "amod", 6), ("leaders", "leader", "NOUN", "dobj", 2),
        (".", ".", "PUNCT", "punct", 1),
    ], ents=[("GPE", 0, 0)], tags={6: "NNS"})
    freed = [m for m in code_sentences(coder, sent) if m.trigger.text == "let"]
    assert freed and freed[0].target is not None and freed[0].target.span.text.endswith("political leaders")


def test_targets_aid_weighed_is_for_whom_it_would_help(coder):
    # "Norway is considering sending aid to help Malawi cope."
    sent = parsed([
        ("Norway", "Norway", "PROPN", "nsubj", 2, "GPE"), ("is", "be", "AUX", "aux", 2),
        ("considering", "consider", "VERB", "ROOT", 2), ("sending", "send", "VERB", "xcomp", 2),
        ("aid", "aid", "NOUN", "dobj", 3), ("to", "to", "PART", "aux", 6), ("help", "help", "VERB", "advcl", 3),
        ("Malawi", "Malawi", "PROPN", "nsubj", 8, "GPE"), ("cope", "cope", "VERB", "ccomp", 6),
        (".", ".", "PUNCT", "punct", 2),
    ], ents=[("GPE", 0, 0), ("GPE", 7, 7)])
    weighed = [m for m in code_sentences(coder, sent) if m.trigger.text == "considering"]
    assert weighed and weighed[0].target is not None and weighed[0].target.country == "MWI"


def test_targets_troops_sent_to_help_someone_are_for_them_not_their_enemy(coder):
    # "Australia offered to send troops to help the Philippines army in its fight against Islamic State."
    sent = parsed([
        ("Australia", "Australia", "PROPN", "nsubj", 1, "GPE"), ("offered", "offer", "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3), ("send", "send", "VERB", "xcomp", 1), ("troops", "troop", "NOUN", "dobj", 3),
        ("to", "to", "PART", "aux", 6), ("help", "help", "VERB", "advcl", 3), ("the", "the", "DET", "det", 9),
        ("Philippines", "Philippines", "PROPN", "compound", 9, "GPE"), ("army", "army", "NOUN", "dobj", 6),
        ("in", "in", "ADP", "prep", 6), ("its", "its", "PRON", "poss", 12), ("fight", "fight", "NOUN", "pobj", 10),
        ("against", "against", "ADP", "prep", 12), ("Islamic", "Islamic", "PROPN", "compound", 15, "ORG"),
        ("State", "State", "PROPN", "pobj", 13, "ORG"), (".", ".", "PUNCT", "punct", 1),
    ], ents=[("GPE", 0, 0), ("GPE", 8, 8), ("ORG", 14, 15)], tags={4: "NNS"})
    sent_troops = [m for m in code_sentences(coder, sent) if m.trigger.text == "send"]
    assert sent_troops and sent_troops[0].target is not None and sent_troops[0].target.country == "PHL"


def test_targets_an_agreement_is_with_the_thing_agreed_with(coder):
    # "Sylvania agreed with the recommendation."
    sent = parsed([
        ("Sylvania", "Sylvania", "PROPN", "nsubj", 1, "GPE"), ("agreed", "agree", "VERB", "ROOT", 1),
        ("with", "with", "ADP", "prep", 1), ("the", "the", "DET", "det", 4),
        ("recommendation", "recommendation", "NOUN", "pobj", 2), (".", ".", "PUNCT", "punct", 1),
    ], ents=[("GPE", 0, 0)])
    [agreed] = code_sentences(coder, sent)
    assert agreed.cameo.code == "019" and agreed.target is not None and agreed.target.span.text == "the recommendation"


def test_targets_a_thing_owned_by_a_pronoun_names_no_one(coder):
    # "Sylvania's office declined to comment on his role." - "his" alone names no one
    sent = parsed([
        ("Sylvania", "Sylvania", "PROPN", "poss", 2, "GPE"), ("'s", "'s", "PART", "case", 0),
        ("office", "office", "NOUN", "nsubj", 3), ("declined", "decline", "VERB", "ROOT", 3),
        ("to", "to", "PART", "aux", 5), ("comment", "comment", "VERB", "xcomp", 3), ("on", "on", "ADP", "prep", 5),
        ("his", "his", "PRON", "poss", 8), ("role", "role", "NOUN", "pobj", 6), (".", ".", "PUNCT", "punct", 3),
    ], ents=[("GPE", 0, 0)], tags={7: "PRP$"})
    assert all(m.target is None for m in code_sentences(coder, sent))


def test_targets_what_is_given_goes_to_the_indirect_object(coder):
    # "Sylvania gave Freedonia access to a transcript of the Marxburg Committee interview."
    sent = parsed([
        ("Sylvania", "Sylvania", "PROPN", "nsubj", 1, "GPE"), ("gave", "give", "VERB", "ROOT", 1),
        ("Freedonia", "Freedonia", "PROPN", "dative", 1, "GPE"), ("access", "access", "NOUN", "dobj", 1),
        ("to", "to", "ADP", "prep", 3), ("a", "a", "DET", "det", 6), ("transcript", "transcript", "NOUN", "pobj", 4),
        ("of", "of", "ADP", "prep", 6), ("the", "the", "DET", "det", 10),
        ("Marxburg", "Marxburg", "PROPN", "compound", 10, "ORG"), ("Committee", "Committee", "PROPN", "pobj", 7, "ORG"),
        (".", ".", "PUNCT", "punct", 1),
    ], ents=[("GPE", 0, 0), ("GPE", 2, 2), ("ORG", 9, 10)])
    given = [m for m in code_sentences(coder, sent) if m.trigger.text == "gave"]
    assert given and given[0].target is not None and given[0].target.span.text == "Freedonia"


def test_targets_a_resignation_leaves_the_state_of_the_office(coder):
    # "Firefly resigned as president of Freedonia."
    sent = parsed([
        ("Firefly", "Firefly", "PROPN", "nsubj", 1, "PERSON"), ("resigned", "resign", "VERB", "ROOT", 1),
        ("as", "as", "ADP", "prep", 1), ("president", "president", "NOUN", "pobj", 2), ("of", "of", "ADP", "prep", 3),
        ("Freedonia", "Freedonia", "PROPN", "pobj", 4, "GPE"), (".", ".", "PUNCT", "punct", 1),
    ], ents=[("PERSON", 0, 0), ("GPE", 5, 5)])
    [resigned] = code_sentences(coder, sent)
    assert resigned.target is not None and resigned.target.span.text == "Freedonia"


def test_targets_a_resignation_concerns_whom_it_makes_way_for(coder):
    # "Firefly resigned to allow his rival to take power."
    sent = parsed([
        ("Firefly", "Firefly", "PROPN", "nsubj", 1, "PERSON"), ("resigned", "resign", "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3), ("allow", "allow", "VERB", "advcl", 1), ("his", "his", "PRON", "poss", 5),
        ("rival", "rival", "NOUN", "dobj", 3), ("to", "to", "PART", "aux", 7), ("take", "take", "VERB", "acl", 5),
        ("power", "power", "NOUN", "dobj", 7), (".", ".", "PUNCT", "punct", 1),
    ], ents=[("PERSON", 0, 0)])
    resigned = [m for m in code_sentences(coder, sent) if m.trigger.text == "resigned"]
    assert resigned and resigned[0].target is not None and resigned[0].target.span.text == "his rival"


def test_targets_no_one_in_a_clause_of_its_own_is_the_target(coder):
    # "Sylvania declared a state of siege after it was overrun by Russian troops.": the troops
    # overran; they are not whom the state of siege is declared on
    sent = parsed([
        ("Sylvania", "Sylvania", "PROPN", "nsubj", 1, "GPE"), ("declared", "declare", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3), ("state", "state", "NOUN", "dobj", 1), ("of", "of", "ADP", "prep", 3),
        ("siege", "siege", "NOUN", "pobj", 4), ("after", "after", "SCONJ", "mark", 9), ("it", "it", "PRON", "nsubjpass", 9),
        ("was", "be", "AUX", "auxpass", 9), ("overrun", "overrun", "VERB", "advcl", 1), ("by", "by", "ADP", "agent", 9),
        ("Russian", "russian", "ADJ", "amod", 12, "NORP"), ("troops", "troop", "NOUN", "pobj", 10),
        (".", ".", "PUNCT", "punct", 1),
    ], ents=[("GPE", 0, 0), ("NORP", 11, 11)], tags={9: "VBN", 12: "NNS"})
    declared = [m for m in code_sentences(coder, sent) if m.trigger.text == "declared"]
    assert declared and all(m.target is None or "troops" not in m.target.span.text for m in declared)


def test_targets_what_a_show_of_force_is_for_is_not_its_target_but_where_it_is(coder):
    # "Indian troops remained on alert in Delhi for Hindu-Muslim riots." -> Delhi, not the riots
    sent = parsed([
        ("Indian", "indian", "ADJ", "amod", 1, "NORP"), ("troops", "troop", "NOUN", "nsubj", 2),
        ("remained", "remain", "VERB", "ROOT", 2), ("on", "on", "ADP", "prep", 2),
        ("alert", "alert", "NOUN", "pobj", 3),
        ("in", "in", "ADP", "prep", 2), ("Delhi", "Delhi", "PROPN", "pobj", 5, "GPE"), ("for", "for", "ADP", "prep", 2),
        ("Hindu", "Hindu", "PROPN", "compound", 11, "NORP"), ("-", "-", "PUNCT", "punct", 11),
        ("Muslim", "Muslim", "PROPN", "compound", 11, "NORP"), ("riots", "riot", "NOUN", "pobj", 7),
        (".", ".", "PUNCT", "punct", 2),
    ], ents=[("NORP", 0, 0), ("GPE", 6, 6), ("NORP", 8, 10)], tags={1: "NNS", 2: "VBD", 11: "NNS"})
    [alert] = [m for m in code_sentences(coder, sent) if m.cameo.code == "152"]
    assert alert.target is not None and alert.target.span.text == "Delhi"


def test_targets_aid_for_a_capital_goes_to_the_city_not_the_government_seated_there(coder):
    # "Bosnia suspended aid for Sarajevo.": not the Bosnian government acting on itself
    sent = parsed([
        ("Bosnia", "Bosnia", "PROPN", "nsubj", 1, "GPE"), ("suspended", "suspend", "VERB", "ROOT", 1),
        ("aid", "aid", "NOUN", "dobj", 1), ("for", "for", "ADP", "prep", 2),
        ("Sarajevo", "Sarajevo", "PROPN", "pobj", 3, "GPE"), (".", ".", "PUNCT", "punct", 1),
    ], ents=[("GPE", 0, 0), ("GPE", 4, 4)], tags={1: "VBD"})
    [cut] = code_sentences(coder, sent)
    assert cut.cameo.code == "162"
    assert cut.target is not None and cut.target.span.text == "Sarajevo" and cut.target.code == "BIH"


def test_targets_agreeing_with_what_someone_proposes_is_agreeing_with_them(coder):
    # "Firefly agreed with what Russia proposed." -> Russia
    sent = parsed([
        ("Firefly", "Firefly", "PROPN", "nsubj", 1, "PERSON"), ("agreed", "agree", "VERB", "ROOT", 1),
        ("with", "with", "ADP", "prep", 1), ("what", "what", "PRON", "dobj", 5),
        ("Russia", "Russia", "PROPN", "nsubj", 5, "GPE"), ("proposed", "propose", "VERB", "pcomp", 2),
        (".", ".", "PUNCT", "punct", 1),
    ], ents=[("PERSON", 0, 0), ("GPE", 4, 4)], tags={1: "VBD", 3: "WP", 5: "VBD"})
    [agreement] = [m for m in code_sentences(coder, sent) if m.cameo.code == "019"]
    assert agreement.target is not None and agreement.target.span.text == "Russia"


def test_targets_who_brokered_a_ceasefire_is_not_whom_its_violation_is_done_to(coder):
    # "Houthis violated a UN-brokered ceasefire." -> not the UN
    sent = parsed([
        ("Houthis", "Houthis", "PROPN", "nsubj", 1, "ORG"), ("violated", "violate", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 6), ("UN", "UN", "PROPN", "npadvmod", 5, "ORG"), ("-", "-", "PUNCT", "punct", 5),
        ("brokered", "broker", "VERB", "amod", 6), ("ceasefire", "ceasefire", "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ], ents=[("ORG", 0, 0), ("ORG", 3, 3)], tags={1: "VBD", 5: "VBN"})
    [violation] = [m for m in code_sentences(coder, sent) if m.cameo.code == "196"]
    assert violation.target is None or "UN" not in violation.target.span.text


def test_targets_a_count_of_things_is_the_act_itself(coder):
    # "Japan eased some of its restrictions on Russia." -> an eased restriction (081) on Russia
    eased = parsed([
        ("Japan", "Japan", "PROPN", "nsubj", 1, "GPE"), ("eased", "ease", "VERB", "ROOT", 1),
        ("some", "some", "PRON", "dobj", 1), ("of", "of", "ADP", "prep", 2), ("its", "its", "PRON", "poss", 5),
        ("restrictions", "restriction", "NOUN", "pobj", 3), ("on", "on", "ADP", "prep", 5),
        ("Russia", "Russia", "PROPN", "pobj", 6, "GPE"), (".", ".", "PUNCT", "punct", 1),
    ], ents=[("GPE", 0, 0), ("GPE", 7, 7)], tags={1: "VBD", 5: "NNS"})
    [easing] = code_sentences(coder, eased)
    assert easing.cameo.code == "081" and easing.target is not None and easing.target.span.text == "Russia"


def test_targets_what_an_act_follows_is_not_whom_it_is_done_to(coder):
    # "Firefly declared a state of siege following Zelaya's announcement." -> not the announcement
    sent = parsed([
        ("Firefly", "Firefly", "PROPN", "nsubj", 1, "PERSON"), ("declared", "declare", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3), ("state", "state", "NOUN", "dobj", 1), ("of", "of", "ADP", "prep", 3),
        ("siege", "siege", "NOUN", "pobj", 4), ("following", "follow", "VERB", "prep", 3),
        ("Zelaya", "Zelaya", "PROPN", "poss", 9, "PERSON"), ("'s", "'s", "PART", "case", 7),
        ("announcement", "announcement", "NOUN", "pobj", 6), (".", ".", "PUNCT", "punct", 1),
    ], ents=[("PERSON", 0, 0), ("PERSON", 7, 7)], tags={1: "VBD"})
    [siege] = [m for m in code_sentences(coder, sent) if m.cameo.root == "17"]
    assert siege.target is None or "announcement" not in siege.target.span.text


def test_targets_both_items_of_a_both_and_list_are_targets(coder):
    # "The Taliban claimed responsibility for both the Farah and the Ghazni attacks."
    sent = parsed([
        ("The", "the", "DET", "det", 1), ("Taliban", "Taliban", "PROPN", "nsubj", 2, "ORG"),
        ("claimed", "claim", "VERB", "ROOT", 2), ("responsibility", "responsibility", "NOUN", "dobj", 2),
        ("for", "for", "ADP", "prep", 3), ("both", "both", "CCONJ", "preconj", 7), ("the", "the", "DET", "det", 7),
        ("Farah", "Farah", "PROPN", "pobj", 4, "GPE"), ("and", "and", "CCONJ", "cc", 7),
        ("the", "the", "DET", "det", 11),
        ("Ghazni", "Ghazni", "PROPN", "compound", 11, "GPE"), ("attacks", "attack", "NOUN", "conj", 7),
        (".", ".", "PUNCT", "punct", 2),
    ], ents=[("ORG", 1, 1), ("GPE", 7, 7), ("GPE", 10, 10)], tags={2: "VBD", 11: "NNS"})
    targets = sorted(m.target.span.text for m in code_sentences(coder, sent) if m.cameo.code == "015" and m.target)
    assert targets == ["the Farah", "the Ghazni attacks"]
