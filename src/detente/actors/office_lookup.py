"""A named person looked up in the office-holder knowledge base as of a
date (:mod:`detente.actors.kb`): which names to try for a phrase, and the
actor mention the office held then makes of it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from detente.actors.dictionary import ActorDictionary, ActorEntry
from detente.types import ActorMention, ParsedSentence

_HONORIFICS = frozenset({"gen", "gen.", "general", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "lt",
                         "col", "adm", "sheikh", "sen", "sen.", "rep", "rep.", "prince", "king", "queen"})


def name_candidates(sent: ParsedSentence, kids, head: int, name: str | None) -> tuple[str, ...]:
    """Ways to look a person up: the tagged name, the run of proper nouns
    ending at the head without honorifics ("Gen Qamar Javed Bajwa" ->
    "Qamar Javed Bajwa"), and the surname alone."""
    tokens = sent.tokens
    if tokens[head].pos != "PROPN":
        return (name,) if name else ()
    run = [head]
    while run[0] - 1 >= 0 and tokens[run[0] - 1].pos == "PROPN" and tokens[run[0] - 1].head in (head, *run):
        run.insert(0, run[0] - 1)
    words = [tokens[i].text for i in run if tokens[i].text.lower() not in _HONORIFICS]
    found = [name] if name else []
    for size in range(min(len(words), 4), 0, -1):
        found.append(" ".join(words[-size:]))
    return tuple(dict.fromkeys(n for n in found if n))


def with_office(actor: ActorMention, *, dictionary: ActorDictionary, names: Sequence[str],
                entry: ActorEntry | None, date: str | None) -> ActorMention:
    """Resolve a named person through the office-holder knowledge base, as of
    ``date``: Shoigu in April 2015 is Russia's defence minister (GOV+MIL); the
    phrase's own country, when it names one, must agree."""
    people = dictionary.people
    if people is None or not names or (entry is not None and entry.kind == "org"):
        return actor
    names = [n for n in names if people.may_know(n)]
    if not names:
        return actor
    day = _day(date)
    country = entry.country if entry else None
    role = next((r for r in (people.role_on(n, day, country=country) for n in names) if r is not None), None)
    if role is None:
        return actor
    how = "kb" if role.current else "kb:former"
    if day is None:
        how += ":undated"  # no event or article date: the person's latest office, and we say so
    return replace(
        actor, code=role.code, country=role.term.country, sectors=role.term.sectors, name=role.person.name,
        entity_id=role.person.person_id, confidence=0.9 if role.current else 0.6, method=f"{actor.method}+{how}",
    )


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None
