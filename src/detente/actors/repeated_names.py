"""A name found once in a document is that name wherever it recurs.

The small spaCy model finds a name in one sentence and misses it in the
next ("Lyons said", "NAVCENT is responsible for ...", "attacks on Aleppo"),
or finds only the surname of a person it found in full ("Spc. Isiah L.
Booker" ... "Booker was assigned"). Labels are consistent within a
document far more often than across documents, so each later occurrence of
a name the document already has, that no other entity covers, is taken with
the label most mentions of it have.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from detente.types import ParsedSentence

# Words a name never starts with: an article or pronoun starts a description.
_NOT_NAME_STARTS = frozenset(
    "the a an this that these those our we they he she i it its his her their us them my your".split()
)


def known_names(named: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Name text -> the label most of its mentions have, from (text, label)
    pairs of found names; a person's full name also gives the surname."""
    votes: dict[str, Counter] = {}
    for text, label in named:
        words = text.split()
        if not words or not text[:1].isupper() or words[0].lower() in _NOT_NAME_STARTS:
            continue
        votes.setdefault(text, Counter())[label] += 1
        if label == "Person" and len(words) > 1 and words[-1][:1].isupper():
            votes.setdefault(words[-1], Counter())[label] += 1
    return {text: counter.most_common(1)[0][0] for text, counter in votes.items()}


def recurrences(
    sentences: Sequence[ParsedSentence], names: dict[str, str], taken: Iterable[tuple[int, int]]
) -> list[tuple[ParsedSentence, int, int, str]]:
    """(sentence, start, end, label) of each occurrence of a known name that
    starts and ends on token edges and overlaps nothing in ``taken``."""
    if not names:
        return []
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
                         + r")(?![\w-])")
    occupied = sorted(taken)
    found = []
    for sent in sentences:
        starts = {tok.start for tok in sent.tokens}
        ends = {tok.end for tok in sent.tokens}
        base = sent.sentence.start
        for match in pattern.finditer(sent.sentence.text):
            start, end = base + match.start(), base + match.end()
            if start not in starts or end not in ends or any(a < end and start < b for a, b in occupied):
                continue
            found.append((sent, start, end, names[match.group()]))
            occupied.append((start, end))
    return found
