"""Actors of one article as the coder meets them, sentence by sentence.

A surname or a pronoun takes the actor resolved earlier in the same article
("Lavrov said" after "Russia's Foreign Minister Sergey Lavrov"). One object
per article: nothing carries over between articles.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from detente.types import ActorMention, Span

PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})


def _keys(name: str) -> tuple[str, ...]:
    parts = name.lower().replace("'s", "").split()
    return (" ".join(parts), parts[-1]) if parts else ()


@dataclass(slots=True)
class ArticleActors:
    by_name: dict[str, ActorMention] = field(default_factory=dict)
    last_person: ActorMention | None = None
    states: list[ActorMention] = field(default_factory=list)  # most recent last, one per country
    evidence: list = field(default_factory=list)  # RoleEvidence met so far (see actors/learn.py)

    def remember_state(self, actor: ActorMention) -> None:
        if actor.country:
            self.states = [s for s in self.states if s.country != actor.country] + [actor]

    def both(self, span: Span, sentence_index: int) -> tuple[ActorMention, ...]:
        """"the two countries", "both sides": the last two states the article named."""
        if len(self.states) < 2:
            return ()
        return tuple(
            _moved(replace(state, code=state.country, sectors=(), name=None), span, sentence_index, "article:both")
            for state in self.states[-2:]
        )

    def remember(self, actor: ActorMention) -> None:
        if actor.name and (actor.country or actor.code) and actor.method != "dictionary:country":
            for key in _keys(actor.name):
                self.by_name.setdefault(key, actor)
            self.last_person = actor

    def recall(self, actor: ActorMention) -> ActorMention:
        """Fill an unresolved name from an earlier, resolved mention of it, and
        a bare definite title ("the minister") from the last person holding
        such a role in the article."""
        if actor.country or actor.code:
            return actor
        if not actor.name:
            return self._by_title(actor)
        for key in _keys(actor.name):
            known = self.by_name.get(key)
            if known is not None:
                return _moved(known, actor.span, actor.sentence_index, "article:name")
        return actor

    def _by_title(self, actor: ActorMention) -> ActorMention:
        words = actor.span.text.lower().split()
        if not actor.sectors or not words or words[0] != "the" or len(words) > 4:
            return actor  # "a minister", "ministers from three states": not one known person
        for known in reversed(list(dict.fromkeys(self.by_name.values()))):
            if set(actor.sectors) & set(known.sectors):
                return _moved(known, actor.span, actor.sentence_index, "article:title")
        return actor

    def pronoun(self, span: Span, sentence_index: int) -> ActorMention | None:
        if self.last_person is None:
            return None
        return _moved(self.last_person, span, sentence_index, "article:pronoun")


def _moved(known: ActorMention, span: Span, sentence_index: int, how: str) -> ActorMention:
    return replace(
        known,
        span=span,
        sentence_index=sentence_index,
        confidence=round(known.confidence * 0.9, 3),
        method=f"{how}<{known.method}",
    )
