from detente.actors.phrase import children_of
from detente.coding.modality import analyse_modality, intent_code

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
