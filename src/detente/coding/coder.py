"""The coding stage: parsed sentences -> CAMEO/PLOVER event mentions.

For each predicate: pick the most specific matching pattern, read modality
(negation, intent, reported speech, hypotheticals), find the sides, and emit
one mention per actor pair. A statement verb ("said") is coded only when
nothing inside what was said was coded.
"""

from __future__ import annotations

import hashlib
from collections import Counter
import re
from dataclasses import dataclass, replace
from collections.abc import Collection, Sequence
from types import MappingProxyType

from detente.actors.dictionary import ActorDictionary
from detente.actors.learn import role_evidence
from detente.actors.phrase import match_terms
from detente.coding.actors_in_sentence import ArticleActors
from detente.coding.claims import CLAIM_OF_RESPONSIBILITY, claimed_acts
from detente.coding.codes import final_code, fights_a_hazard
from detente.coding.modality import analyse_modality, governing_chain
from detente.coding.nested import demand_code, drop_covered_statements, obligation_speech, obliged_clauses
from detente.coding.patterns import PatternTable, VerbPattern
from detente.coding.predicates import Predicate, find_predicates, lemma_variants, subjects_of
from detente.coding.pairs import actor_pairs, fill_counterparts, same_actor
from detente.coding.sides import SentenceContext, counts, resolve_all, resolve_head, source_actors, span_heads
from detente.coding.targets import target_actors
from detente.coding.word_context import PredicateWords, context_matches, predicate_words
from detente.config import Settings
from detente.errors import failure_from_exception
from detente.nlp.tree import children_of, subtree
from detente.types import (
    ActorMention, Article, BatchResult, CodedArticle, EventMention, ParsedArticle, ParsedSentence,
    ResolvedDate, Span,
)


# "On a visit to Pakistan, Lavrov spoke": only visits and meetings take the
# subject of the clause they sit in; "success in the war" does not.
TRAVEL_CODES = frozenset({"042", "043", "044"})


# Verbs that mean little without their object ("have opportunities", "mark
# a point in history"): never coded from the lemma alone.
LIGHT_VERBS = frozenset({
    "have", "make", "take", "get", "do", "hold", "put", "set", "keep", "bring", "mark", "see", "find", "go",
    "come", "carry", "play", "pay", "raise", "run", "turn", "lead", "reach", "show", "leave", "open",
    "stage", "launch", "conduct", "mount", "undertake", "begin", "start", "continue", "remain", "stay",
    "maintain",  # "maintained sanctions" refuses to ease them; "maintain constructive relations" refuses nothing
    "end",  # "ended the blockade" eases it; "ending a five-day trip" yields nothing
})


def select_pattern(
    pred: Predicate, candidates: Sequence[VerbPattern], *, words: PredicateWords | None = None
) -> VerbPattern | None:
    """The first (most specific) pattern whose conditions the predicate meets.
    A pattern with a word ``context`` needs ``words`` to match at all.

    When every pattern of the lemma asks for a particular object and all of
    them share one CAMEO root ("give" + aid/arms/vaccines -> 07x), an
    unlisted object still gets that root's general code (at least 60% of the
    lemma's patterns must share the root) ("gave $2 million
    to Nigeria" -> 070): the verb alone already says which family it is."""
    preps = {word for word, _ in pred.preps}
    meets = [p for p in candidates if _meets(p, pred, preps, words)]
    # A pattern keyed on the direct object beats one keyed on a circumstance:
    # "suspended humanitarian aid ... in protest" is about the aid.
    direct = [p for p in meets if p.objects & pred.direct_lemmas]
    chosen = (direct or meets or [None])[0] or _root_fallback(pred, candidates)
    return None if chosen is not None and fights_a_hazard(chosen, pred.direct_lemmas) else chosen


def _meets(pattern: VerbPattern, pred: Predicate, preps: Collection[str], words: PredicateWords | None) -> bool:
    if pattern.particle and pattern.particle != pred.particle:
        return False
    if pattern.style.no_object and pred.objects:
        return False  # "Poland added that ..." states; "Germany is adding an airplane to the pool" does not
    if pattern.objects and not (pattern.objects & pred.object_lemmas):
        return False
    if (pattern.prep and pattern.prep not in preps) or (pattern.source_prep and pattern.source_prep not in preps):
        return False
    return pattern.context is None or (
        words is not None and context_matches(pattern.context, words, subjects=len(pred.subjects)))


def discarded(text: str, phrases: Collection[str]) -> bool:
    """Whether ``text`` holds one of the (lower-case) discard ``phrases`` as whole words."""
    lowered = text.lower()
    return any(re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", lowered) for phrase in phrases)


# Verbs whose listed objects share a family that other objects do not: "test
# missiles" shows force, "test their capability" does not; "drop charges",
# "dropped his guns"; "level accusations", "leveled the building"; "uphold a
# ban", "uphold the right"; "build a base", "build a cathedral".
_NO_ROOT_FALLBACK = frozenset({
    "reduce", "halt", "order", "drop", "level", "uphold", "plan", "test", "display", "build", "improve",
    "establish", "limit", "burn", "lodge", "restore", "clinch", "attempt", "plot",
})


# What one gives or makes as a speaker, not as a giver: "gave a speech to
# business leaders" hands nothing over.
_SPOKEN_OBJECTS = frozenset({"speech", "interview", "address", "lecture", "talk", "briefing", "presentation", "sermon"})


def _root_fallback(pred: Predicate, candidates: Sequence[VerbPattern]) -> VerbPattern | None:
    candidates = [p for p in candidates if not p.particle]
    if pred.lemma in LIGHT_VERBS or pred.lemma in _NO_ROOT_FALLBACK:
        return None
    objects = pred.direct_lemmas - {"to"}  # the parser's dative "to" is listed among the objects
    if objects and objects <= _SPOKEN_OBJECTS:
        return None
    if not candidates or pred.particle or any(not p.objects or p.prep for p in candidates):
        return None
    counts = Counter(p.code[:2] for p in candidates)
    root, n = counts.most_common(1)[0]
    if n / len(candidates) < 0.6:  # "launch" talks / probes / attacks: the verb alone does not say
        return None
    target_preps = tuple(dict.fromkeys(word for p in candidates if p.code[:2] == root for word in p.target_preps))
    return replace(candidates[0], code=root + "0", objects=frozenset(), target_preps=target_preps,
                   negated_code=None, prep=None, particle=None, pattern_id=f"{candidates[0].pattern_id}~root{root}",
                   # every listed object is a thing handed over: an unlisted one is too
                   style=replace(candidates[0].style, recipient_target=True))


def article_date(article: Article) -> ResolvedDate:
    if article.published:
        return ResolvedDate(article.published, article.date_precision, None, "article publication date")
    return ResolvedDate(None, "unknown", None, "no date in text or metadata")


def mention_id_for(article_id: str, sentence_index: int, trigger: Span, code: str, source, target) -> str:
    key = "|".join([
        article_id, str(sentence_index), str(trigger.start), code,
        getattr(source, "code", None) or "", getattr(target, "code", None) or "",
        str(getattr(source, "span", Span(0, 0, "")).start), str(getattr(target, "span", Span(0, 0, "")).start),
    ])
    return hashlib.sha256(key.encode()).hexdigest()[:32]


# Cooperation that parties named together undertake with each other.
_JOINT_ROOTS = frozenset({"03", "04", "06"})



# Parties breaking a ceasefire together break it toward each other, as they agreed it.
_CEASEFIRE_BROKEN = "196"
# What an agreed act may lift or impose on someone: "agreed to lift tariffs on American products".
_RESTRICTIONS = frozenset({"ban", "tariff", "sanction", "embargo", "restriction", "blockade", "boycott", "curb"})


def _acted_on(ctx: SentenceContext, pred: Predicate, actor: ActorMention) -> bool:
    """The actor is what the act is done to: its direct object ("agreed to
    sanction Iran") or whom a restriction it handles is on ("agreed to lift
    tariffs on American products"); not a topic or a place ("share
    information on North Korea")."""
    tokens = ctx.sent.tokens
    restricted = [o for o in pred.objects if tokens[o].lemma in _RESTRICTIONS]
    on = {i for o in restricted for k in ctx.kids[o] if tokens[k].dep == "prep" and tokens[k].lemma in ("on", "against")
          for i in subtree(ctx.kids, k)}  # "a ban on imports of Egyptian products"
    return any(head in pred.objects or head in on for head in span_heads(tokens, actor))


def _agreed(tokens, head: int) -> bool:
    """The act is agreed on: "agreed to share information", "agreed a ceasefire"."""
    return any(tokens[node].lemma == "agree" for node in governing_chain(tokens, head))



class CodeArticles:
    """Code every sentence of parsed articles into event mentions."""

    name = "coding.cameo_rules.v1"
    requires = ("parsed_article",)
    produces = ("coded_article",)

    def __init__(self, *, ontology, patterns: PatternTable, dictionary: ActorDictionary, settings: Settings) -> None:
        self.codes = MappingProxyType({**patterns.extra_codes, **ontology.cameo_codes})
        self.plover = ontology.cameo_to_plover
        self.patterns = patterns
        self.dictionary = dictionary
        self.max_tokens = settings.nlp.max_sentence_tokens
        self.min_confidence = settings.coding.min_confidence
        self.noun_lemmas = frozenset(
            lemma for lemma, entries in patterns.by_lemma.items() if any(p.pos == "noun" for p in entries)
        )
        self.ontology_version = f"{ontology.versions.get('cameo-codes-v1.tsv', 'v1')}+{patterns.version}"

    def __call__(self, parsed: Sequence[ParsedArticle]) -> BatchResult:
        items, failures = [], []
        for item in parsed:
            try:
                items.append(self.code_article(item))
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
                failures.append(failure_from_exception(item.article.article_id, self.name, exc))
        return BatchResult(items=tuple(items), failures=tuple(failures))

    def code_article(self, parsed: ParsedArticle) -> CodedArticle:
        memory = ArticleActors()
        date = article_date(parsed.article)
        actors: dict[tuple[int, int], ActorMention] = {}
        mentions: list[EventMention] = []
        discards = self.patterns.discards
        story_discarded = discarded(parsed.article.text, discards.story)
        for sent in parsed.sentences:
            if len(sent.tokens) > self.max_tokens or story_discarded:
                continue
            if discarded(sent.sentence.text, discards.sentence):
                continue
            found = self.code_sentence(sent, memory=memory, date=date)
            for mention in found:
                for actor in (mention.source, mention.target):
                    if actor is not None:
                        actors.setdefault((actor.span.start, actor.span.end), actor)
            mentions.extend(found)
        return CodedArticle(
            article=parsed.article,
            sentences=tuple(s.sentence for s in parsed.sentences),
            actors=tuple(actors.values()),
            mentions=tuple(mentions),
            evidence=tuple(memory.evidence),
        )

    def code_sentence(self, sent: ParsedSentence, *, memory: ArticleActors, date: ResolvedDate) -> list[EventMention]:
        kids = children_of(sent.tokens)
        ctx = SentenceContext(sent, kids, match_terms(sent, self.dictionary), self.dictionary, memory, date.value)
        coded: dict[int, list[EventMention]] = {}
        covered_nouns: set[int] = set()
        announcers: set[int] = set()  # statement verbs whose object noun was coded as the event
        for pred in find_predicates(sent.tokens, kids, self.noun_lemmas):
            if pred.pos == "noun" and pred.head in covered_nouns:
                continue
            pred, candidates = self.candidates_for(pred, sent)
            words = predicate_words(sent.tokens, kids, pred.head) if any(p.context for p in candidates) else None
            pattern = select_pattern(pred, candidates, words=words)
            if pattern is None or (pred.subjects_from_clause and pattern.code not in TRAVEL_CODES):
                continue
            if pattern.code[:2] != "01":  # "announced sanctions": the sanctions are the event
                covered_nouns.update(pred.objects)
            found = self._mentions_for(ctx, pred, pattern, date)
            if found:
                coded[pred.head] = found
                if sent.tokens[pred.head].pos == "NOUN" and pred.governor is not None:  # an event noun announced
                    announcers.add(pred.governor)
        self._remember_sides(ctx, coded)
        self._remember_people(ctx)
        memory.evidence.extend(role_evidence(sent, dictionary=self.dictionary, matches=ctx.matches, kids=kids,
                                             date=date.value))
        for match in ctx.matches:
            if match.entry is not None and match.entry.kind in ("country", "adjective", "capital", "seat"):
                state = resolve_head(ctx, match.start)
                if state is not None:
                    memory.remember_state(state)
        coded = self._demands(ctx, coded, date)
        for head, act in claimed_acts(sent.tokens, coded).items():  # "claimed that they had attacked X": 015
            first = coded[head][0]
            coded[head] = [self._build(sent, _MentionDraft(first.trigger, CLAIM_OF_RESPONSIBILITY, first.source,
                                                           act.target, False, first.modality, first.confidence,
                                                           first.rule + "+claim"), date)]
        return drop_covered_statements(sent, coded, announcers)

    def candidates_for(self, pred: Predicate, sent: ParsedSentence) -> tuple[Predicate, tuple[VerbPattern, ...]]:
        """Patterns for the predicate's lemma, or for a repaired lemma when the
        lemmatizer slipped on an inflected verb."""
        candidates = self.patterns.candidates(pred.lemma, pred.pos)
        if candidates or pred.pos != "verb":
            return pred, candidates
        for lemma in lemma_variants(sent.tokens[pred.head].text):
            candidates = self.patterns.candidates(lemma, pred.pos)
            if candidates:
                return replace(pred, lemma=lemma), candidates
        return pred, ()

    def _mentions_for(self, ctx, pred: Predicate, pattern: VerbPattern, date: ResolvedDate) -> list[EventMention]:
        modality = analyse_modality(ctx.sent.tokens, ctx.kids, pred.head)
        code, negated = final_code(pattern, modality)
        if code not in self.codes:
            return []
        sources, targets = source_actors(ctx, pred, pattern), target_actors(ctx, pred, pattern)
        both = fill_counterparts([*sources, *targets])
        sources, targets = both[: len(sources)], both[len(sources):]
        trigger = _trigger_span(ctx.sent, pred)
        out = []
        if pred.pos == "noun" and not any(a.code for a in (*sources, *targets)):
            return []  # "Military aid" alone: an event noun needs a known actor to be an event
        reciprocal = pattern.reciprocal or pred.mutual
        if len(sources) >= 2 and (code == _CEASEFIRE_BROKEN or code[:2] in _JOINT_ROOTS
                                  and _agreed(ctx.sent.tokens, pred.head)) \
                and not any(t.code and _acted_on(ctx, pred, t) for t in targets):
            # "Britain and Germany agreed to share information on company ownership",
            # "India and Pakistan violated the ceasefire": parties agreeing together, or
            # breaking what they agreed, act toward each other, not toward the topic or place
            targets, reciprocal = [], True
        for source, target in actor_pairs(sources, targets, reciprocal=reciprocal):
            confidence = _confidence(source, target, pattern, modality)
            if confidence < self.min_confidence or (pattern.style.require_dyad and not _coded_dyad(source, target)):
                continue
            if pattern.style.require_target and target is None:
                continue
            base = _MentionDraft(trigger, code, source, target, negated, modality.mood, confidence, pattern.pattern_id,
                                 mutual=_mutual(pattern, code))
            out.append(self._build(ctx.sent, base, date))
            if pattern.paired_code in self.codes and source is not None and target is not None:
                mirror = _MentionDraft(trigger, pattern.paired_code, target, source, negated, modality.mood,
                                       confidence, pattern.pattern_id + "+paired")
                out.append(self._build(ctx.sent, mirror, date))
            # A visit implies a host: "Lavrov's visit to Pakistan" is also
            # Pakistan hosting Lavrov (CAMEO 043), as analysts code it.
            if code == "042" and not (negated or pattern.style.literal) and target is not None and target.country and source:
                host = _MentionDraft(trigger, "043", target, source, False, modality.mood,
                                     round(confidence * 0.9, 3), pattern.pattern_id + "+host")
                out.append(self._build(ctx.sent, host, date))
        return list({mention.mention_id: mention for mention in out}.values())  # reciprocal + paired overlap

    def _demands(self, ctx: SentenceContext, coded: dict[int, list[EventMention]],
                 date: ResolvedDate) -> dict[int, list[EventMention]]:
        """"Russia says Israel must end attacks": a demand by the speaker on
        Israel (10x), not Israel's act; the statement gives way to it. When
        the act itself is not coded ("said the government must ensure
        security"), the statement is the demand (100)."""
        sent, tokens, out = ctx.sent, ctx.sent.tokens, dict(coded)
        for head, found in coded.items():
            speech = obligation_speech(tokens, ctx.kids, head)
            speakers = [m.source for m in coded.get(speech, ()) if m.source is not None] if speech is not None else []
            obliged = list({m.source.span.start: m.source for m in found if m.source is not None}.values())
            if not (speakers and obliged) and found[0].cameo.root == "01":
                clauses = [c for c in obliged_clauses(tokens, ctx.kids, head) if c not in coded]
                speakers = [m.source for m in found if m.source is not None]
                obliged = [a for c in clauses for a in resolve_all(ctx, subjects_of(tokens, ctx.kids, c))
                           if counts(ctx, a)]
                if not obliged and any(tokens[k].dep == "auxpass" for c in clauses for k in ctx.kids[c]):
                    obliged = [None]  # "says military intervention must be avoided": a demand on no one named
            code = demand_code(found[0].cameo.code) if found[0].cameo.root != "01" else "100"
            if not speakers or not obliged or code not in self.codes:
                continue
            first = found[0]
            out[head] = [
                self._build(sent, _MentionDraft(first.trigger, code, speaker, party, False, "asserted",
                                                first.confidence, first.rule + "+demand"), date)
                for speaker in speakers for party in obliged if party is None or not same_actor(speaker, party)
            ] or found
        return out

    def _build(self, sent: ParsedSentence, draft: "_MentionDraft", date: ResolvedDate) -> EventMention:
        plover_type, plover_mode = self.plover.get(draft.code, (None, None))
        return EventMention(
            mention_id=mention_id_for(sent.sentence.article_id, sent.sentence.index, draft.trigger, draft.code,
                                      draft.source, draft.target),
            article_id=sent.sentence.article_id, sentence_index=sent.sentence.index, sentence=sent.sentence,
            source=draft.source, target=draft.target, trigger=draft.trigger, cameo=self.codes[draft.code],
            plover_type=plover_type, plover_mode=plover_mode or None, negated=draft.negated, modality=draft.mood,
            date=date, place=None, confidence=draft.confidence, rule=draft.rule, ontology_version=self.ontology_version,
            mutual=draft.mutual,
        )

    @staticmethod
    def _remember_people(ctx: SentenceContext) -> None:
        """Named people resolved here, coded or not, so "Qureshi said" later in
        the article knows who Qureshi is."""
        tokens = ctx.sent.tokens
        for ent in ctx.sent.entities:
            if ent.label != "PERSON":
                continue
            inside = [t.i for t in tokens if ent.start <= t.start < ent.end]
            heads = [i for i in inside if tokens[i].head not in inside or tokens[i].head == i]
            actor = resolve_head(ctx, heads[0]) if heads else None
            if actor is not None and actor.country:
                ctx.memory.remember(actor)

    @staticmethod
    def _remember_sides(ctx: SentenceContext, coded: dict[int, list[EventMention]]) -> None:
        # Targets first: the sentence's doer is remembered last, so "the
        # minister" in the next sentence is the one who acted, not the one met.
        for found in coded.values():
            for mention in found:
                for actor in (mention.target, mention.source):
                    if actor is not None:
                        ctx.memory.remember(actor)


@dataclass(frozen=True, slots=True)
class _MentionDraft:
    trigger: Span
    code: str
    source: ActorMention | None
    target: ActorMention | None
    negated: bool
    mood: str
    confidence: float
    rule: str
    mutual: bool = False


def _coded_dyad(source: ActorMention | None, target: ActorMention | None) -> bool:
    """Both sides present and resolved to an actor code."""
    return bool(source is not None and source.code and target is not None and target.code)


def _trigger_span(sent: ParsedSentence, pred: Predicate) -> Span:
    tok = sent.tokens[pred.head]
    base = sent.sentence.start
    return Span(tok.start, tok.end, sent.sentence.text[tok.start - base : tok.end - base], "TRIGGER")


def _confidence(source, target, pattern: VerbPattern, modality: Modality) -> float:
    """How far to trust a mention: sides resolved to known actors, a pattern
    that needed its object or preposition, and an asserted (not hypothetical) mood."""
    score = 0.4
    score += 0.25 if source is not None and source.code else 0.0
    score += 0.2 if target is not None and target.code else 0.0
    score += 0.1 if (pattern.objects or pattern.prep or pattern.particle) else 0.0
    sides = [a.confidence for a in (source, target) if a is not None]
    if sides:
        score *= 0.7 + 0.3 * sum(sides) / len(sides)
    if modality.mood == "hypothetical":
        score *= 0.6
    return round(min(0.95, score), 3)


def _mutual(pattern: VerbPattern, code: str) -> bool:
    """Both parties do it: a meeting or talks, and one to come ("Putin will
    meet Merkel" is coded 036, an intent, from a meeting pattern); an
    agreement signed ("Kenya signed an agreement with the UK")."""
    return pattern.reciprocal and (pattern.code[:2] == "04" or code[:2] == "04" or pattern.code == "057")
