from detente.coding.modality import analyse_modality, intent_code
from detente.nlp.tree import children_of

from tests.parse_builder import parsed


def _mood(rows, head):
    sent = parsed(rows)
    return analyse_modality(sent.tokens, children_of(sent.tokens), head)


def test_modality_agree_to_is_intent():
    rows = [("Gondor", "gondor", "PROPN", "nsubj", 1), ("agreed", "agree", "VERB", "ROOT", 1),
            ("to", "to", "PART", "aux", 3), ("hold", "hold", "VERB", "xcomp", 1),
            ("drills", "drill", "NOUN", "dobj", 3)]
    result = _mood(rows, 3)
    assert result.mood == "intended" and not result.negated


def test_modality_negated_control_verb_negates_inner_event():
    rows = [("Gondor", "gondor", "PROPN", "nsubj", 3), ("did", "do", "AUX", "aux", 3),
            ("not", "not", "PART", "neg", 3), ("agree", "agree", "VERB", "ROOT", 3),
            ("to", "to", "PART", "aux", 5), ("meet", "meet", "VERB", "xcomp", 3)]
    assert _mood(rows, 5).negated


def test_modality_refusal_marks_negated():
    rows = [("Arnor", "arnor", "PROPN", "nsubj", 1), ("refused", "refuse", "VERB", "ROOT", 1),
            ("to", "to", "PART", "aux", 3), ("sign", "sign", "VERB", "xcomp", 1)]
    result = _mood(rows, 3)
    assert result.negated and result.governed_by_refusal


def test_modality_what_someone_cannot_do_is_refused():
    # "Arnor cannot sign." is a refusal; "Arnor did not sign." only negated
    cannot = [("Arnor", "arnor", "PROPN", "nsubj", 3), ("can", "can", "AUX", "aux", 3),
              ("not", "not", "PART", "neg", 3), ("sign", "sign", "VERB", "ROOT", 3)]
    did_not = [("Arnor", "arnor", "PROPN", "nsubj", 3), ("did", "do", "AUX", "aux", 3),
               ("not", "not", "PART", "neg", 3), ("sign", "sign", "VERB", "ROOT", 3)]
    assert _mood(cannot, 3).governed_by_refusal and _mood(cannot, 3).negated
    assert _mood(did_not, 3).negated and not _mood(did_not, 3).governed_by_refusal


def test_modality_reported_future_is_intent_and_plain_report_is_reported():
    future = [("Lavrov", "lavrov", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
              ("Russia", "russia", "PROPN", "nsubj", 4), ("will", "will", "AUX", "aux", 4),
              ("supply", "supply", "VERB", "ccomp", 1), ("arms", "arm", "NOUN", "dobj", 4)]
    past = [("Lavrov", "lavrov", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
            ("Russia", "russia", "PROPN", "nsubj", 3), ("supplied", "supply", "VERB", "ccomp", 1),
            ("arms", "arm", "NOUN", "dobj", 3)]
    assert _mood(future, 4).mood == "intended"
    assert _mood(past, 3).mood == "reported"


def test_modality_conditional_is_hypothetical():
    rows = [("If", "if", "SCONJ", "mark", 2), ("Gondor", "gondor", "PROPN", "nsubj", 2),
            ("attacks", "attack", "VERB", "advcl", 5), ("Arnor", "arnor", "PROPN", "nsubj", 5),
            ("could", "could", "AUX", "aux", 5), ("respond", "respond", "VERB", "ROOT", 5)]
    assert _mood(rows, 2).mood == "hypothetical"


def test_intent_code_maps_material_events_to_03x_and_force_to_threats():
    assert intent_code("062") == "0312"
    assert intent_code("072") == "0332"
    assert intent_code("042") == "036"
    assert intent_code("190") == "1384"
    assert intent_code("051") == "032"
    assert intent_code("112") == "112"


def test_modality_an_act_hoped_of_someone_else_is_hypothetical():
    # "Iran hopes Japan will persuade Biden": Japan intends nothing; Iran wishes it
    rows = [("Iran", "iran", "PROPN", "nsubj", 1), ("hopes", "hope", "VERB", "ROOT", 1),
            ("Japan", "japan", "PROPN", "nsubj", 4), ("will", "will", "AUX", "aux", 4),
            ("persuade", "persuade", "VERB", "ccomp", 1), ("Biden", "biden", "PROPN", "dobj", 4)]
    assert _mood(rows, 4).mood == "hypothetical"
    # "Iran hopes to persuade Biden": its own intent
    own = [("Iran", "iran", "PROPN", "nsubj", 1), ("hopes", "hope", "VERB", "ROOT", 1),
           ("to", "to", "PART", "aux", 3), ("persuade", "persuade", "VERB", "xcomp", 1)]
    assert _mood(own, 3).mood == "intended"


CONSIDERING = [
    ("Japan", "Japan", "PROPN", "nsubj", 2, "GPE"), ("is", "be", "AUX", "aux", 2),
    ("considering", "consider", "VERB", "ROOT", 2), ("sending", "send", "VERB", "xcomp", 2),
    ("aid", "aid", "NOUN", "dobj", 3), ("to", "to", "ADP", "dative", 3),
    ("North", "North", "PROPN", "compound", 7, "GPE"), ("Korea", "Korea", "PROPN", "pobj", 5, "GPE"),
    (".", ".", "PUNCT", "punct", 2),
]
DECIDED = [
    ("Japan", "Japan", "PROPN", "nsubj", 2, "GPE"), ("has", "have", "AUX", "aux", 2),
    ("decided", "decide", "VERB", "ROOT", 2), ("to", "to", "PART", "aux", 4), ("lift", "lift", "VERB", "xcomp", 2),
    ("sanctions", "sanction", "NOUN", "dobj", 4), ("on", "on", "ADP", "prep", 5),
    ("Iran", "Iran", "PROPN", "pobj", 6, "GPE"), (".", ".", "PUNCT", "punct", 2),
]


def test_modality_an_option_considered_is_hypothetical_not_intended():
    assert _mood(CONSIDERING, 3).mood == "hypothetical"


def test_modality_considering_aid_codes_the_weighing_about_its_recipient(coder):
    # "Japan is considering sending aid to North Korea." -> 014 (consider a policy option), JPN -> PRK
    from tests.coding.coded import code_sentences
    mentions = code_sentences(coder, parsed(CONSIDERING))
    [weighing] = [m for m in mentions if m.cameo.code == "014"]
    assert weighing.target is not None and weighing.target.country == "PRK"
    assert all(m.modality == "hypothetical" for m in mentions if m is not weighing)  # the aid is not intended


def test_modality_a_decision_to_lift_sanctions_is_the_lifting_a_decision_to_supply_is_an_intent(coder):
    from tests.coding.coded import code_sentences
    [lifted] = code_sentences(coder, parsed(DECIDED))
    assert lifted.cameo.code == "085" and lifted.source.country == "JPN" and lifted.target.country == "IRN"
    supply = [(t[0], t[1], t[2], t[3], t[4], *t[5:]) for t in DECIDED]
    supply[4] = ("supply", "supply", "VERB", "xcomp", 2)
    supply[5] = ("weapons", "weapon", "NOUN", "dobj", 4)
    supply[6] = ("to", "to", "ADP", "dative", 4)
    [intent] = code_sentences(coder, parsed(supply))
    assert intent.cameo.code.startswith("03") and intent.modality == "intended"


def test_modality_a_cooperative_act_someone_will_not_do_is_a_refusal(coder):
    # "Hungary says it will not accept refugees." -> a reject code (12x), not a negated intent
    from tests.coding.coded import code_sentences
    sent = parsed([
        ("Hungary", "Hungary", "PROPN", "nsubj", 1, "GPE"), ("says", "say", "VERB", "ROOT", 1),
        ("it", "it", "PRON", "nsubj", 5), ("will", "will", "AUX", "aux", 5), ("not", "not", "PART", "neg", 5),
        ("accept", "accept", "VERB", "ccomp", 1), ("refugees", "refugee", "NOUN", "dobj", 5),
        (".", ".", "PUNCT", "punct", 1),
    ])
    codes = {m.cameo.code for m in code_sentences(coder, sent)}
    assert codes and all(code.startswith("12") for code in codes)


def test_modality_failing_or_refusing_to_cooperate_is_a_refusal(coder):
    # "Russia and Ukraine failed to reach an agreement." -> 127 (reject a settlement) both ways,
    # not a negated 057
    from tests.coding.coded import code_sentences
    sent = parsed([
        ("Russia", "Russia", "PROPN", "nsubj", 3, "GPE"), ("and", "and", "CCONJ", "cc", 0),
        ("Ukraine", "Ukraine", "PROPN", "conj", 0, "GPE"), ("failed", "fail", "VERB", "ROOT", 3),
        ("to", "to", "PART", "aux", 5), ("reach", "reach", "VERB", "xcomp", 3), ("an", "an", "DET", "det", 7),
        ("agreement", "agreement", "NOUN", "dobj", 5), (".", ".", "PUNCT", "punct", 3),
    ])
    mentions = code_sentences(coder, sent)
    assert mentions and all(m.cameo.code.startswith("12") and not m.negated for m in mentions)


def test_modality_reject_codes_parallel_the_refused_act():
    from detente.coding.modality import reject_code
    assert reject_code("075") == "1223"  # asylum refused
    assert reject_code("085") == "1244"  # sanctions not eased
    assert reject_code("040") == "125"  # a meeting refused
    assert reject_code("190") is None  # not cooperation
