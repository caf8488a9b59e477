"""Words around a predicate that a pattern may require.

Dictionaries written for PETRARCH name the words a verb must come with,
in order: "* DIPLOMATIC TIES" (after the verb, gaps allowed), "IN_*"
(right before it), "&NEGATVAUXVRB * OVER EFFORTS" (a synonym set before
it). A pattern carries these as a ``WordContext``; the coder reads the
predicate's ``PredicateWords`` off the parse and checks one against the
other. Words compare as lower-case token text, the way the dictionaries
write them ("EFFORTS" is not "effort").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from detente.coding.modality import governing_chain
from detente.nlp.tree import subtree
from detente.types import Token


@dataclass(frozen=True, slots=True)
class WordSlot:
    """One position of an ordered word constraint.

    ``options``: alternatives, each a run of adjacent words, written in the
    order the matcher walks (away from the verb). ``adjacent``: the slot
    starts right next to the previous one (or to the verb, for the first)."""

    options: frozenset[tuple[str, ...]]
    adjacent: bool = False


@dataclass(frozen=True, slots=True)
class WordContext:
    """What a pattern needs around its predicate, beyond lemma and arguments."""

    forms: frozenset[str] = frozenset()  # the predicate's own surface forms; empty: any
    before: tuple[WordSlot, ...] = ()  # nearest the verb first, each option read leftwards
    after: tuple[WordSlot, ...] = ()  # nearest the verb first
    compound_subject: bool = False  # only with a coordinated subject ("X and Y have delayed")
    anywhere: frozenset[str] = frozenset()  # one of these words in the clause, before or after ("peacekeeping")

    @property
    def size(self) -> int:
        """How much the context asks for: more specific patterns are tried first."""
        return len(self.before) + len(self.after) + int(self.compound_subject) + int(bool(self.anywhere))


@dataclass(frozen=True, slots=True)
class PredicateWords:
    text: str  # the predicate token, lower case
    before: tuple[str, ...]  # words before it in its clause chain, nearest first
    after: tuple[str, ...]  # words of its own subtree after it, nearest first


def predicate_words(tokens: Sequence[Token], kids, head: int) -> PredicateWords:
    """The words a ``WordContext`` is checked against. Before the verb: the
    clause it sits in, up through the verbs it complements ("indicated it
    would act"); after it: its own subtree ("act now with Libya")."""
    top = governing_chain(tokens, head)[-1]
    before = sorted((i for i in subtree(kids, top) if i < head), reverse=True)
    after = sorted(i for i in subtree(kids, head) if i > head)
    return PredicateWords(
        text=tokens[head].text.lower(),
        before=tuple(tokens[i].text.lower() for i in before),
        after=tuple(tokens[i].text.lower() for i in after),
    )


def match_slots(slots: Sequence[WordSlot], words: Sequence[str], start: int = 0) -> bool:
    """Whether ``slots`` occur in ``words`` in order from ``start`` (gaps allowed
    unless a slot is ``adjacent``)."""
    if not slots:
        return True
    slot, rest = slots[0], slots[1:]
    positions = (start,) if slot.adjacent else range(start, len(words))
    for pos in positions:
        for option in slot.options:
            end = pos + len(option)
            if tuple(words[pos:end]) == option and match_slots(rest, words, end):
                return True
    return False


def context_matches(context: WordContext, words: PredicateWords, *, subjects: int) -> bool:
    """Whether a predicate with ``words`` and ``subjects`` subject tokens meets ``context``."""
    if context.forms and words.text not in context.forms:
        return False
    if context.compound_subject and subjects < 2:
        return False
    if context.anywhere and context.anywhere.isdisjoint(words.before) and context.anywhere.isdisjoint(words.after):
        return False
    return match_slots(context.before, words.before) and match_slots(context.after, words.after)
