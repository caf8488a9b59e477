"""A knowledge base that learns: titles met next to names while coding.

Each "Russian Defence Minister Sergei Shoigu" seen in a sentence becomes dated
evidence (name, country, sectors, date). It is compared with the shipped
office-holder data for that date; a disagreement is flagged for review and
never overrides the shipped data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from detente.actors.dictionary import ActorDictionary
from detente.actors.phrase import TermMatch, resolve_phrase
from detente.types import ParsedSentence, RoleEvidence


def _entity_heads(sent: ParsedSentence) -> list[int]:
    tokens = sent.tokens
    heads = []
    for ent in sent.entities:
        if ent.label != "PERSON":
            continue
        inside = [t.i for t in tokens if ent.start <= t.start < ent.end]
        heads.extend(i for i in inside if tokens[i].head not in inside or tokens[i].head == i)
    return heads


def role_evidence(
    sent: ParsedSentence, *, dictionary: ActorDictionary, matches: Sequence[TermMatch], kids, date: str | None
) -> tuple[RoleEvidence, ...]:
    """Evidence from every named person whose phrase carries both a country
    and a role word; what the text says is read with the knowledge base off."""
    text_only = replace(dictionary, people=None)
    found = []
    for head in _entity_heads(sent):
        claim = resolve_phrase(sent, head, dictionary=text_only, matches=matches, kids=kids, date=date)
        if claim is None or not claim.country or not claim.sectors or not claim.name or not claim.code:
            continue
        if "org" in claim.method:
            continue  # "a fellow at the Wilson Center": a post in an organisation, not an office
        kb_code = _kb_code(dictionary, claim.name, claim.country, date)
        found.append(RoleEvidence(
            name=claim.name, country=claim.country, code=claim.code, sectors=claim.sectors,
            title=claim.span.text, observed_on=date, article_id=sent.sentence.article_id,
            sentence_index=sent.sentence.index, kb_code=kb_code,
            conflict=kb_code is not None and kb_code[:6] != claim.code[:6],
        ))
    return tuple(found)


def _kb_code(dictionary: ActorDictionary, name: str, country: str, date: str | None) -> str | None:
    from datetime import date as _date

    people = dictionary.people
    if people is None:
        return None
    try:
        day = _date.fromisoformat(date) if date else None
    except ValueError:
        day = None
    return people.code_on(name, day, country=country)
