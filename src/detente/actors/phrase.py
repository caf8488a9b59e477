"""Resolve the noun phrase around a parse token to an actor.

"Pakistan Defence Minister Khawaja Asif" -> PAK + GOV, named Khawaja Asif;
"Michael Kugelman, Deputy Director ... at the Wilson Center" -> the think
tank, not the United States. The nearest evidence in the dependency tree
wins, so a city deep inside an apposition does not outrank an organisation
closer to the head.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from detente.actors.dictionary import ActorDictionary, ActorEntry, normalize_surface
from detente.actors.noun_phrase import core_span, np_span, phrase_depths
from detente.actors.nouns import PEOPLE_NOUNS, PLACE_NOUNS, QUANTITY_NOUNS
from detente.actors.office_lookup import name_candidates, with_office
from detente.nlp.tree import subtree
from detente.types import ActorMention, ParsedSentence, Span, Token

_ENTITY_LABELS = frozenset({"GPE", "NORP", "LOC", "ORG", "FAC"})
_ORG_SECTOR = {"NGO": "NGO", "THINKTANK": "NGO", "REB": "REB", "PARTY": "PTY", "BUS": "BUS", "IGO": "", "MEDIA": "MED"}
PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
_LOWER_NAME_STARTS = frozenset({"the", "al", "el", "-"})


@dataclass(frozen=True, slots=True)
class TermMatch:
    start: int  # first token index
    end: int  # one past the last token index
    entry: ActorEntry | None
    sector: str | None


def _surface(sent: ParsedSentence, i: int, j: int) -> str:
    base = sent.sentence.start
    return sent.sentence.text[sent.tokens[i].start - base : sent.tokens[j - 1].end - base]


def _entity_ok(tokens: Sequence[Token], i: int, j: int, key: str, dictionary: ActorDictionary) -> bool:
    # "the Shire": a leading article may be lower case; the name itself may
    # not, past a particle that names begin with in lower case ("al-Qaeda in
    # Iraq", "al Shabaab").
    first = next((tok.text for tok in tokens[i:j] if tok.text.lower() not in _LOWER_NAME_STARTS), tokens[i].text)
    if not first[:1].isupper():  # "china", "turkey" in lower case are common nouns
        return False
    if key in dictionary.ambiguous:  # "Jordan", "Georgia": only with NER support
        return any(tok.ent_type in _ENTITY_LABELS for tok in tokens[i:j])
    return True


def match_terms(sent: ParsedSentence, dictionary: ActorDictionary) -> tuple[TermMatch, ...]:
    """Greedy longest-first dictionary matches over the sentence's tokens."""
    tokens = sent.tokens
    found: list[TermMatch] = []
    i = 0
    while i < len(tokens):
        step = 1
        width = dictionary.first_words.get(normalize_surface(tokens[i].text), 0)
        for j in range(min(len(tokens), i + min(width, dictionary.max_tokens)), i, -1):
            key = normalize_surface(_surface(sent, i, j))
            entry = dictionary.entries.get(key)
            if entry is not None and not _entity_ok(tokens, i, j, key, dictionary):
                entry = None
            sector = dictionary.sector_terms.get(key)
            if entry is not None or sector is not None:
                found.append(TermMatch(i, j, entry, sector))
                step = j - i
                break
        else:
            sector = dictionary.sector_terms.get(tokens[i].lemma)
            if sector is not None:  # "ministers" -> "minister"
                found.append(TermMatch(i, i + 1, None, sector))
        i += step
    return tuple(found)


def match_root(tokens: Sequence[Token], match: TermMatch, *, default: int) -> int:
    """The token of a multi-token name that the rest of the sentence attaches
    to; ``default`` when the name holds the sentence's root."""
    return next((i for i in range(match.start, match.end) if not match.start <= tokens[i].head < match.end), default)


def nominal_head(tokens: Sequence[Token], match: TermMatch) -> int:
    """The noun an actor word belongs to: "Syrian" in "Syrian refugees"."""
    node = match_root(tokens, match, default=match.start)
    while tokens[node].dep in ("amod", "compound", "poss", "nmod") and tokens[node].head != node:
        node = tokens[node].head
    return node


# What someone says or wants, named with whose it is: "the call of the
# European Parliament" is answered or rejected as the Parliament's call.
STANCE_NOUNS = frozenset({
    "call", "position", "demand", "offer", "request", "decision", "proposal", "suggestion", "comment",
    "accusation", "allegation", "statement", "remark", "stance", "appeal", "plea", "ultimatum",
})


def actor_span(
    sent: ParsedSentence, kids, head: int, *, evidence: "PhraseEvidence", named: bool, exclude: frozenset[int]
) -> Span:
    """Where the actor is named. Usually the phrase of ``head``; but when the
    head is a thing ("the deployment of troops to Liberia", "a mediation
    effort") and the actor sits deeper, the actor's own phrase."""
    match = evidence.match
    # "100,000 people in Serb-held parts of Bosnia", "dozens of Islamic State fighters"
    head_token = sent.tokens[head]
    people = head_token.lemma in PEOPLE_NOUNS or head_token.lemma in PLACE_NOUNS or (
        head_token.lemma in QUANTITY_NOUNS and head_token.ent_type not in ("MONEY", "PERCENT", "QUANTITY"))
    if _owned_stance(sent.tokens, kids, head):
        return np_span(sent, kids, head, exclude=exclude | _complements(sent.tokens, kids, head))
    if match is None or named or evidence.core_sector or people or match.start <= head < match.end \
            or _described_name(sent.tokens, kids, head, match.start) \
            or _located_name(sent.tokens, kids, head, match.start):
        return np_span(sent, kids, head, exclude=exclude, role_head=evidence.core_sector)
    depths = phrase_depths(sent.tokens, kids, head)
    if min((depths.get(i, 99) for i in range(match.start, match.end)), default=99) <= 1 \
            or (head_token.lemma in STANCE_NOUNS and _of_phrase_holds(sent.tokens, kids, head, match.start)):
        # "Pakistan's successes", "the call of the European Parliament": the owner's phrase
        return np_span(sent, kids, head, exclude=exclude)
    return np_span(sent, kids, nominal_head(sent.tokens, match), exclude=exclude)


def _owned_stance(tokens, kids, head: int) -> bool:
    """A stance noun whose owner is named before it: "the Croatian
    government's request", "the JIA demand"; not a force's "positions"."""
    token = tokens[head]
    if token.lemma not in STANCE_NOUNS or (token.lemma == "position" and token.tag == "NNS"):
        return False
    return any(tokens[k].dep == "poss" or (tokens[k].dep == "compound" and tokens[k].pos == "PROPN")
               or (tokens[k].dep == "compound" and tokens[k].lemma in ("government", "administration"))
               for k in kids[head] if k < head)


def _complements(tokens, kids, head: int) -> frozenset[int]:
    """What an owned stance asks or says, after its noun: "Trump's offer [to
    mediate]", "the government's request [for revocation of the ruling]",
    "Somalia's decisions [taken at the meeting]". Once the owner is named,
    the complement is the content, not who it belongs to."""
    return frozenset(i for k in kids[head] if k > head and tokens[k].dep in ("prep", "acl", "relcl")
                     for i in subtree(kids, k))


def _described_name(tokens, kids, head: int, token: int) -> bool:
    """A name whose description, set off by a comma, names the actor: "Haifa,
    Israel's third largest city" is Haifa (in Israel), not the description."""
    return tokens[head].pos == "PROPN" and any(
        tokens[c].dep == "appos" and token in subtree(kids, c) for c in kids[head])


def _located_name(tokens, kids, head: int, token: int) -> bool:
    """A name of several words placed somewhere by "in": "the Pirmasen
    Municipal Museum in Germany" is the museum (in Germany), not Germany."""
    return tokens[head].pos == "PROPN" and tokens[head].ent_type in ("ORG", "FAC") and any(
        tokens[c].dep == "compound" and tokens[c].pos == "PROPN" for c in kids[head]) and any(
        tokens[c].dep == "prep" and tokens[c].text.lower() == "in" and token in subtree(kids, c) for c in kids[head])


def _of_phrase_holds(tokens, kids, head: int, token: int) -> bool:
    """Token ``token`` lies in an "of" phrase of ``head``."""
    return any(tokens[child].dep == "prep" and tokens[child].text.lower() == "of" and token in subtree(kids, child)
               for child in kids[head])


def person_name(sent: ParsedSentence, depths: dict[int, int]) -> str | None:
    for ent in sent.entities:
        if ent.label != "PERSON":
            continue
        if any(ent.start <= sent.tokens[i].start < ent.end and d <= 2 for i, d in depths.items()):
            return ent.text
    return None


@dataclass(frozen=True, slots=True)
class PhraseEvidence:
    entry: ActorEntry | None
    sectors: tuple[str, ...]
    head_is_non_actor: bool
    match: TermMatch | None = None  # where the entry was found
    core_sector: bool = False  # a role word sits in the head's own name ("Defence Minister")


def gather_evidence(matches: Sequence[TermMatch], depths: dict[int, int], head: int) -> PhraseEvidence:
    best: tuple[int, ActorEntry, TermMatch] | None = None
    sectors: list[tuple[int, str]] = []
    core_sector = False
    non_actor_head = False
    for match in matches:
        inside = [depths[i] for i in range(match.start, match.end) if i in depths]
        if not inside:
            continue
        depth = min(inside)
        if match.entry is not None:
            if not match.entry.is_actor:
                non_actor_head = non_actor_head or match.start <= head < match.end
                continue
            if best is None or depth < best[0]:
                best = (depth, match.entry, match)
        if match.sector and depth <= 2:
            sectors.extend((depth, sector) for sector in match.sector.split("|"))
            core_sector = core_sector or depth <= 1
    ordered = tuple(dict.fromkeys(sector for _, sector in sorted(sectors, key=lambda pair: pair[0])))
    return PhraseEvidence(entry=best[1] if best else None, sectors=ordered, head_is_non_actor=non_actor_head,
                          match=best[2] if best else None, core_sector=core_sector)


def resolve_phrase(
    sent: ParsedSentence,
    head: int,
    *,
    dictionary: ActorDictionary,
    matches: Sequence[TermMatch],
    kids,
    date: str | None = None,
) -> ActorMention | None:
    """The actor named by the phrase headed at token ``head``, or None.
    ``date`` (the article's, YYYY-MM-DD) picks among an entry's dated codes."""
    tokens = sent.tokens
    depths = phrase_depths(tokens, kids, head, identity_only=True)
    evidence = gather_evidence(matches, depths, head)
    if evidence.head_is_non_actor:
        return None
    if evidence.entry is not None and evidence.entry.dated:
        evidence = replace(evidence, entry=evidence.entry.as_of(date))
    name = person_name(sent, depths)
    if name is None and tokens[head].pos == "PROPN" and evidence.entry is None:
        # A bare proper name the tagger did not mark ("Asif is on a visit"):
        # keep it as a name so an earlier mention in the article can resolve it.
        name = core_span(sent, kids, head).text
    entry = evidence.entry
    if entry is None and evidence.sectors == () and name is None:
        return None
    sectors = evidence.sectors
    if entry is not None and entry.org_kind:
        sectors = tuple(s for s in (_ORG_SECTOR.get(entry.org_kind, ""),) if s) or entry.sectors or sectors
    elif entry is not None and not sectors:
        sectors = entry.sectors
    actor = ActorMention(
        article_id=sent.sentence.article_id,
        sentence_index=sent.sentence.index,
        span=actor_span(sent, kids, head, evidence=evidence, named=name is not None,
                        exclude=_non_actor_tokens(tokens, matches)),
        code=compose_code(entry, sectors),
        country=entry.country if entry else None,
        sectors=sectors,
        name=name or (entry.name if entry else None),
        confidence=_confidence(entry, sectors, name),
        method=_method(entry, sectors, name),
    )
    head_is_entry = evidence.match is not None and evidence.match.start <= head < evidence.match.end
    # A phrase headed by a state or organisation name ("Pakistan", "NATO") names no person.
    people = dictionary.people
    # Every candidate but the tagged name ends with the head word: one cheap
    # surname check spares building them for the many phrases naming nobody known.
    known = people is not None and not head_is_entry and (
        people.may_know(tokens[head].text) or (name is not None and people.may_know(name)))
    names = name_candidates(sent, kids, head, name) if known else ()
    return with_office(actor, dictionary=dictionary, names=names, entry=entry, date=date)


def _non_actor_tokens(tokens: Sequence[Token], matches: Sequence[TermMatch]) -> frozenset[int]:
    """Tokens naming outlets and platforms: an apposition "..., Express Tribune"
    (a parse error for "..., Express Tribune reported") is not the actor's name.
    An outlet in a title before a name stays: "Al Jazeera journalist Mahmoud Hussein"."""
    return frozenset(
        i for m in matches if m.entry is not None and not m.entry.is_actor and not _in_title(tokens, m)
        for i in range(m.start, m.end)
    )


def _in_title(tokens: Sequence[Token], match: TermMatch) -> bool:
    root = tokens[match_root(tokens, match, default=match.start)]
    return root.dep == "compound" and root.head >= match.end and tokens[root.head].pos == "NOUN"


def compose_code(entry: ActorEntry | None, sectors: Sequence[str]) -> str | None:
    if entry is None:
        return None
    if entry.kind == "org":
        return entry.code
    sector = sectors[0] if sectors else ""
    # "White House officials": USAGOV already says GOV; add only what is new.
    held = {entry.code[i : i + 3] for i in range(0, len(entry.code), 3)}
    return entry.code + "".join(sector[i : i + 3] for i in range(0, len(sector), 3) if sector[i : i + 3] not in held)


def _confidence(entry: ActorEntry | None, sectors: Sequence[str], name: str | None) -> float:
    if entry is None:
        return 0.3
    return 0.9 if (sectors or name or entry.kind == "org") else 0.75


def _method(entry: ActorEntry | None, sectors: Sequence[str], name: str | None) -> str:
    if entry is None:
        return "title_only" if sectors else "unresolved_name"
    parts = [f"dictionary:{entry.kind}"]
    if sectors:
        parts.append("title")
    if name:
        parts.append("person")
    return "+".join(parts)
