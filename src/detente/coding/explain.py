"""Why a sentence was or was not coded: the trace behind ``detente explain``.

It re-runs the coder's own steps on one parsed sentence and records, per
predicate, which pattern matched (or why none did), the modality read, and
the sides found, next to the mentions the coder really produced.
"""

from __future__ import annotations

from dataclasses import dataclass

from detente.actors.phrase import TermMatch, match_terms
from detente.coding.actors_in_sentence import ArticleActors
from detente.coding.codes import final_code
from detente.coding.coder import CodeArticles, select_pattern
from detente.coding.modality import analyse_modality
from detente.coding.patterns import VerbPattern
from detente.coding.predicates import Predicate, find_predicates
from detente.coding.sides import SentenceContext, source_actors
from detente.coding.targets import target_actors
from detente.coding.word_context import predicate_words
from detente.nlp.tree import children_of
from detente.types import ActorMention, EventMention, ParsedSentence, ResolvedDate


@dataclass(frozen=True, slots=True)
class PredicateTrace:
    predicate: Predicate
    pattern: VerbPattern | None
    verdict: str  # what happened, in words
    modality: str = ""
    negated: bool = False
    code: str | None = None
    sources: tuple[ActorMention, ...] = ()
    targets: tuple[ActorMention, ...] = ()


@dataclass(frozen=True, slots=True)
class SentenceTrace:
    sentence: ParsedSentence
    terms: tuple[TermMatch, ...]
    predicates: tuple[PredicateTrace, ...]
    mentions: tuple[EventMention, ...]


def _why_no_pattern(pred: Predicate, candidates: tuple[VerbPattern, ...]) -> str:
    if not candidates:
        return f"no pattern for {pred.pos} '{pred.lemma}'"
    needs = []
    for pattern in candidates[:4]:
        if pattern.objects:
            needs.append("object in {" + ", ".join(sorted(pattern.objects)[:5]) + "}")
        if pattern.particle:
            needs.append(f"particle '{pattern.particle}'")
        if pattern.prep:
            needs.append(f"preposition '{pattern.prep}'")
    seen = ", ".join(sorted(pred.object_lemmas)) or "none"
    return f"{len(candidates)} pattern(s) for '{pred.lemma}', none matched (they need {'; '.join(needs)}; objects seen: {seen})"


def trace_predicate(coder: CodeArticles, ctx: SentenceContext, pred: Predicate) -> PredicateTrace:
    pred, candidates = coder.candidates_for(pred, ctx.sent)
    pattern = select_pattern(pred, candidates, words=predicate_words(ctx.sent.tokens, ctx.kids, pred.head))
    if pattern is None:
        return PredicateTrace(pred, None, _why_no_pattern(pred, candidates))
    modality = analyse_modality(ctx.sent.tokens, ctx.kids, pred.head)
    code, negated = final_code(pattern, modality)
    sources = tuple(source_actors(ctx, pred, pattern))
    targets = tuple(target_actors(ctx, pred, pattern))
    verdict = f"pattern {pattern.pattern_id} -> {code}"
    if not sources and not targets:
        verdict += "; no actor found on either side, not coded"
    return PredicateTrace(pred, pattern, verdict, modality.mood, negated, code, sources, targets)


def trace_sentence(coder: CodeArticles, sent: ParsedSentence, *, date: ResolvedDate,
                   memory: ArticleActors | None = None) -> SentenceTrace:
    memory = memory if memory is not None else ArticleActors()
    kids = children_of(sent.tokens)
    terms = match_terms(sent, coder.dictionary)
    ctx = SentenceContext(sent, kids, terms, coder.dictionary, memory, date.value)
    traces = tuple(
        trace_predicate(coder, ctx, pred) for pred in find_predicates(sent.tokens, kids, coder.noun_lemmas)
    )
    mentions = tuple(coder.code_sentence(sent, memory=memory, date=date))
    return SentenceTrace(sentence=sent, terms=terms, predicates=traces, mentions=mentions)
