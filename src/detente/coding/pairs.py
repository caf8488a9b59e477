"""From the sides of one predicate to the (source, target) pairs it codes:
one event per actor pair, both ways for reciprocal acts, never the same
actor on both sides (the CAMEO dyad blow-up), and "his Russian
counterpart" given the office of the other side."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from detente.ontology.loader import SECTOR_CODES
from detente.types import ActorMention


def fill_counterparts(actors: Sequence[ActorMention]) -> list[ActorMention]:
    """"his Russian counterpart" holds the office of the other side's actor."""
    donor = next((a for a in actors if a.sectors and "counterpart" not in a.span.text.lower()), None)
    if donor is None:
        return list(actors)
    out = []
    for actor in actors:
        if not actor.sectors and actor.country and "counterpart" in actor.span.text.lower():
            code = (actor.code or actor.country) + donor.sectors[0]
            actor = replace(actor, sectors=donor.sectors, code=code, method=actor.method + "+counterpart")
        out.append(actor)
    return out


# How a target found as the place an act was done in is marked: a state's
# organs acting in their own country ("Bolivian authorities declared a state
# of siege in Bolivia") have it as their target all the same.
PLACE_OF_ACT = "place_of_act"


def _own_body(actor: ActorMention) -> bool:
    """The code names a body of its own past country and sectors ("IRQGOVKRG",
    the Kurdistan Regional Government), not just a state organ ("IRQGOV",
    "RUSGOVMIL")."""
    code, country = actor.code or "", actor.country or ""
    if not code.startswith(country) or not country:
        return False
    rest = code[len(country):]
    return any(rest[i:i + 3] not in SECTOR_CODES for i in range(0, len(rest), 3))


def _private(actor: ActorMention) -> bool:
    """A named person or group known only by nationality: no office, no sector."""
    return "person" in (actor.method or "") and not actor.sectors and not actor.entity_id


def same_actor(left: ActorMention, right: ActorMention) -> bool:
    """Both sides name one actor: the CAMEO dyad blow-up we refuse to code."""
    if left.entity_id and right.entity_id and left.entity_id != right.entity_id:
        return False  # two known people: "President Rivlin eased restrictions on ex-prime minister Olmert"
    if any(_former(a) for a in (left, right)) and not (left.entity_id and right.entity_id):
        return False  # a former office holder is not today's office: "Israel's president ... former PM Olmert"
    if right.method == PLACE_OF_ACT and (left.sectors or left.code == left.country):
        # "Bolivian authorities declared a state of siege in Bolivia", "Saudi Arabia
        # imposed blockades on Saudi ports": a state acting in its own country
        return False
    if _private(left) != _private(right) and left.code == right.code == left.country:
        return False  # "the Haitian group Veye Yo ... in Haiti": someone of the country, not the state
    if left.code and right.code and left.code == right.code:
        return True
    if not left.country or left.country != right.country:
        return False
    if left.code != right.code and any(_own_body(a) for a in (left, right)):
        return False  # a body known by its own name is not the state's organ: the KRG against Baghdad
    # One state on both sides ("India ... New Delhi") unless two distinct
    # parts of it act: a government against its opposition, police against
    # protesters.
    if left.sectors and right.sectors:
        return set(left.sectors) == set(right.sectors)
    if left.entity_id or right.entity_id:
        return False  # a known person is not the state: "Ukraine imposed sanctions on Yanukovich"
    if any(set(a.sectors) - _STATE_SECTORS for a in (left, right)):
        return False  # a group within a state is not the state: "the Taliban agreed to a ceasefire in Afghanistan"
    # A side with no sector is the state itself only when it is a bare name:
    # "the Turkey head of rights group Amnesty" names someone else.
    return all(_bare_name(a) for a in (left, right) if not a.sectors)


# The state's own organs; any other sector (rebels, parties, business, ...)
# marks a part of its society that can act on the state or in it.
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def _former(actor: ActorMention) -> bool:
    words = actor.span.text.lower().replace("-", " ").split()
    return bool(actor.entity_id) and any(w in ("former", "ex") for w in words[:3])


def _bare_name(actor: ActorMention) -> bool:
    words = actor.span.text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return all(word[:1].isupper() or not word[:1].isalpha() for word in words)


def actor_pairs(
    sources: Sequence[ActorMention], targets: Sequence[ActorMention], *, reciprocal: bool
) -> list[tuple[ActorMention | None, ActorMention | None]]:
    if reciprocal and len(sources) >= 2 and not targets:
        return [(a, b) for a in sources for b in sources if a is not b and not same_actor(a, b)]
    if not sources and not targets:
        return []
    if not targets:
        return [(s, None) for s in sources]
    if not sources:
        return [(None, t) for t in targets]
    pairs = [(s, t) for s in sources for t in targets if not same_actor(s, t)]
    # "The UN peacekeeping chief expressed concern to the UN Security Council":
    # no dyad between two voices of one actor, but the act itself still happened.
    return pairs or [(s, None) for s in sources]
