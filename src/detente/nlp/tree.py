"""Walking a dependency parse: each token's children, and everything below a token.

Shared by the parse repairs here and by the actor and coding stages, which
read the repaired trees.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.types import Token


def children_of(tokens: Sequence[Token]) -> tuple[tuple[int, ...], ...]:
    """For each token, the indices of the tokens whose head it is."""
    kids: list[list[int]] = [[] for _ in tokens]
    for tok in tokens:
        if tok.head != tok.i:
            kids[tok.head].append(tok.i)
    return tuple(tuple(k) for k in kids)


def subtree(kids, head: int) -> set[int]:
    """``head`` and every token below it in the parse."""
    inside = {head}
    stack = [head]
    while stack:
        for child in kids[stack.pop()]:
            if child not in inside:
                inside.add(child)
                stack.append(child)
    return inside
