from detente.coding.word_context import (
    PredicateWords, WordContext, WordSlot, context_matches, match_slots, predicate_words,
)
from detente.nlp.tree import children_of

from tests.parse_builder import parsed


def _slot(*options, adjacent=False):
    return WordSlot(frozenset(tuple(option.split()) for option in options), adjacent)


def test_word_context_slots_match_in_order_with_gaps():
    words = ("full", "diplomatic", "ties", "with", "gondor")
    assert match_slots((_slot("diplomatic"), _slot("ties")), words)
    assert not match_slots((_slot("ties"), _slot("diplomatic")), words)
    assert not match_slots((_slot("diplomatic", adjacent=True),), words)  # "full" comes first
    assert match_slots((_slot("swiss francs", "dollars"),), ("a", "million", "swiss", "francs"))


def test_word_context_checks_form_and_coordinated_subject():
    words = PredicateWords(text="left", before=("has",), after=("for", "gondor"))
    assert context_matches(WordContext(forms=frozenset({"left"})), words, subjects=1)
    assert not context_matches(WordContext(forms=frozenset({"leave"})), words, subjects=1)
    assert not context_matches(WordContext(compound_subject=True), words, subjects=1)
    assert context_matches(WordContext(compound_subject=True, before=(_slot("has"),)), words, subjects=2)


def test_word_context_one_word_anywhere_in_the_clause():
    # "peacekeepers arrived in Juba" / "troops arrived to join the peacekeeping mission" / "troops arrived"
    peacekeeping = WordContext(anywhere=frozenset({"peacekeepers", "peacekeeping"}))
    assert context_matches(peacekeeping, PredicateWords("arrived", ("peacekeepers",), ("in", "juba")), subjects=1)
    assert context_matches(peacekeeping, PredicateWords("arrived", ("troops",), ("to", "peacekeeping")), subjects=1)
    assert not context_matches(peacekeeping, PredicateWords("arrived", ("troops",), ("in", "juba")), subjects=1)


def test_word_context_reads_the_clause_before_and_the_subtree_after():
    # "Ethiopia indicated it would act now with Libya"
    sent = parsed([("Ethiopia", "ethiopia", "PROPN", "nsubj", 1), ("indicated", "indicate", "VERB", "ROOT", 1),
                   ("it", "it", "PRON", "nsubj", 4), ("would", "would", "AUX", "aux", 4),
                   ("act", "act", "VERB", "ccomp", 1), ("now", "now", "ADV", "advmod", 4),
                   ("with", "with", "ADP", "prep", 4), ("Libya", "libya", "PROPN", "pobj", 6)])
    words = predicate_words(sent.tokens, children_of(sent.tokens), 4)
    assert words == PredicateWords("act", ("would", "it", "indicated", "ethiopia"), ("now", "with", "libya"))
