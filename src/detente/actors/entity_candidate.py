"""One proposed entity and where it lies among a sentence's tokens.

Shared by the entity sources (:mod:`detente.actors.entity_sources`), the
role rules (:mod:`detente.actors.entity_roles`) and the merging in
:mod:`detente.actors.entities`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from detente.types import ParsedSentence, Span


@dataclass(frozen=True, slots=True)
class Candidate:
    """One proposed entity; ``source`` is ``dictionary``, ``spacy`` or
    ``nominal``; ``kind`` is the dictionary entry's kind or spaCy's label."""

    start: int
    end: int
    label: str
    source: str
    kind: str = ""


def token_range(sent: ParsedSentence, candidate: Candidate) -> tuple[int, int]:
    # Overlap, not containment: a name may be cut out of a token the
    # tokenizer left joined to a reference mark ("officer.[3").
    inside = [tok.i for tok in sent.tokens if tok.start < candidate.end and candidate.start < tok.end]
    return (inside[0], inside[-1] + 1) if inside else (0, 0)


def span_head(sent: ParsedSentence, first: int, last: int) -> int:
    """The token of [first, last) whose head lies outside it."""
    return next((i for i in range(first, last) if not first <= sent.tokens[i].head < last or sent.tokens[i].head == i),
                last - 1)


def from_token(sent: ParsedSentence, candidate: Candidate, first: int) -> Candidate:
    return replace(candidate, start=min(candidate.start, sent.tokens[first].start))


def to_span(sent: ParsedSentence, candidate: Candidate) -> Span:
    """The candidate's text, without white space the tokenizer left on its
    edges (a non-breaking space glued to "EU\u00a0")."""
    base = sent.sentence.start
    text = sent.sentence.text[candidate.start - base : candidate.end - base]
    start = candidate.start + len(text) - len(text.lstrip())
    text = text.strip()
    return Span(start, start + len(text), text, candidate.label)
