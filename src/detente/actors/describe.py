"""What detente knows about an actor: ``detente actors show NAME [--on DATE]``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from detente.actors.dictionary import ActorDictionary, ActorEntry


@dataclass(frozen=True, slots=True)
class ActorDescription:
    name: str
    on: date | None
    entries: tuple[ActorEntry, ...]  # dictionary senses of the name (states, organisations)
    people: tuple  # detente.actors.kb.Person records with their terms
    roles: tuple  # detente.actors.kb.RoleMatch on the date asked, one per person


def describe_actor(name: str, *, dictionary: ActorDictionary, on: date | None = None) -> ActorDescription:
    entry = dictionary.lookup(name)
    people = tuple(dictionary.people.lookup(name)) if dictionary.people is not None else ()
    roles = tuple(
        role for person in people
        for role in (dictionary.people.role_on(person.name, on, country=None),) if role is not None
    )
    return ActorDescription(name=name, on=on, entries=(entry,) if entry else (), people=people, roles=roles)
