"""Repairs for parses the bundled English model gets wrong in a regular way.

Verb lemmas (:mod:`detente.nlp.lemmas`) and names split into arguments: the
small model often reads "Omar al-Bashir expelled ..." as four subjects of
"expelled" ("Omar", "al", "-", "Bashir"), and "Hezb-e-Islami" as three.
Two arguments of one verb are never written side by side with nothing
between them, so a run of such siblings is one name: each joins the last
as a compound, and the coder sees one side, not four.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from detente.types import Token

_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr", "conj", "npadvmod"})


def _one_name(tokens: Sequence[Token], left: Token, right: Token) -> bool:
    """Whether sibling ``left`` runs into ``right`` as one name: parts
    joined with no space ("al-Bashir"), or proper nouns side by side."""
    if left.head != right.head or left.dep != right.dep or left.dep not in _ARGUMENT_DEPS:
        return False
    between = tokens[left.i + 1 : right.i]
    glued = all(a.end == b.start for a, b in zip(tokens[left.i : right.i], tokens[left.i + 1 : right.i + 1]))
    if glued:
        return True
    # "Prime Minister Fayez al-Sarraj": proper nouns with nothing between
    # but words of their own phrases.
    names = (left.pos == right.pos == "PROPN")
    return names and all(t.pos == "PROPN" and left.i <= t.head <= right.i for t in between)


def join_split_names(tokens: Sequence[Token]) -> tuple[Token, ...]:
    """The tokens with runs of sibling name parts attached to the run's last
    token as compounds."""
    fixed = list(tokens)
    for right in range(1, len(fixed)):
        # The nearest earlier sibling of ``right`` with the same role.
        left = next((k for k in range(right - 1, -1, -1) if fixed[k].head == fixed[right].head
                     and fixed[k].dep == fixed[right].dep), None)
        if left is not None and _one_name(fixed, fixed[left], fixed[right]):
            fixed[left] = replace(fixed[left], dep="compound", head=right)
    return tuple(fixed)
