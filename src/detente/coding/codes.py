"""CAMEO's conventions for the code of an event: a refusal switches to the
reject code (12x), an announcement to the intent code (03x), and a decision
that itself carries the act out is the act."""

from __future__ import annotations

from detente.coding.modality import Modality, intent_code, reject_code
from detente.coding.patterns import VerbPattern

# CAMEO's uses of force: assault (18), fight (19), mass violence (20).
FORCE_ROOTS = frozenset({"18", "19", "20"})
# What is fought, battled or combated without an adversary: diseases,
# disasters and social ills. "donated supplies to fight COVID-19" uses no force.
HAZARD_NOUNS = frozenset("""
    epidemic pandemic disease virus coronavirus covid covid-19 ebola malaria cholera measles polio hiv aids
    tuberculosis cancer infection outbreak flu influenza hunger famine malnutrition poverty drought flood
    wildfire locust desertification pollution inflation unemployment illiteracy corruption
""".split())


def fights_a_hazard(pattern: VerbPattern, direct_lemmas: frozenset[str]) -> bool:
    """A use of force whose direct object is a hazard ("fight the Ebola epidemic") is no event."""
    return pattern.code[:2] in FORCE_ROOTS and bool(HAZARD_NOUNS.intersection(w.lower() for w in direct_lemmas))


# Acts a decision itself carries out: easing or lifting (08), cutting ties or
# expelling (16), imposing restrictions (17), granting asylum (075). "Japan
# decided to lift sanctions" is the lifting; "Russia decided to supply
# equipment" announces a delivery still to come (an intent, 0332).
_ENACTED_ROOTS = frozenset({"08", "16", "17"})


def final_code(pattern: VerbPattern, modality: Modality) -> tuple[str, bool]:
    """Apply CAMEO's conventions: refusals switch code, announcements become intents.
    A ``literal`` pattern's code stands as written."""
    if pattern.style.literal:
        return pattern.code, modality.negated
    if modality.negated and pattern.negated_code:
        return pattern.negated_code, False
    refusing = modality.mood == "intended" or modality.governed_by_refusal
    if modality.negated and refusing and (refused := reject_code(pattern.code)):
        # "will not accept refugees", "failed to reach agreement": a refusal, CAMEO's 12x
        return refused, False
    if modality.mood == "intended" and not (modality.decided and _enacted_by_deciding(pattern.code)):
        return intent_code(pattern.code), modality.negated
    return pattern.code, modality.negated


def _enacted_by_deciding(code: str) -> bool:
    return code[:2] in _ENACTED_ROOTS or code == "075"
