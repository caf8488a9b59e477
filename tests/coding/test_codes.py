"""Tests for detente.coding.codes: CAMEO's conventions for an event's code."""

from detente.coding.codes import final_code
from detente.coding.modality import Modality
from detente.coding.patterns import VerbPattern


def _pattern(code: str, **kw) -> VerbPattern:
    return VerbPattern(pattern_id="t", code=code, lemma="x", **kw)


def test_codes_announced_acts_are_intents_and_decisions_that_carry_them_out_are_acts():
    intended = Modality(negated=False, mood="intended", governed_by_refusal=False)
    assert final_code(_pattern("0332"), intended) == ("0332", False)  # already an intent code
    assert final_code(_pattern("072"), intended)[0].startswith("03")  # "will supply arms" -> intent
    decided = Modality(negated=False, mood="intended", governed_by_refusal=False, decided=True)
    assert final_code(_pattern("081"), decided) == ("081", False)  # "decided to lift sanctions" lifts them


def test_codes_refusals_switch_to_reject_codes():
    refused = Modality(negated=True, mood="asserted", governed_by_refusal=True)
    assert final_code(_pattern("057"), refused) == ("127", False)  # "failed to reach agreement"
    plain = Modality(negated=True, mood="asserted", governed_by_refusal=False)
    assert final_code(_pattern("057"), plain) == ("057", True)  # "did not sign": negated, not a refusal
    assert final_code(_pattern("057", negated_code="1246"), refused) == ("1246", False)  # the pattern's own
