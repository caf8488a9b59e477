"""Join pre-tokenised gold text the way it was written.

CoNLL gold (``conflibert-ner``) comes split into tokens: "Iran 's", "May ’ s
offer", "rebel - held", "2 , 374". A news pipeline never sees text like
that, and the parser reads it worse ("’ s" is two words to it), so the
evaluation gives the pipeline the sentence as printed and keeps each gold
token's character offsets in it; scoring stays token by token.
"""

from __future__ import annotations

from collections.abc import Sequence

_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "”", "n't", "…"})
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "“", "#", "£", "€"})
_APOSTROPHES = frozenset({"'", "’", "ʼ"})
_CLITICS = frozenset({"s", "re", "ve", "ll", "d", "m", "t"})


def _hyphenates(left: str, right: str) -> bool:
    return left[-1:].isalnum() and right[:1].isalnum() and (left[-1:].isalpha() or right[:1].isalpha())


def _glued(words: Sequence[str], i: int, quotes_open: bool) -> bool:
    """Whether token ``i`` follows token ``i - 1`` with no space."""
    word, before = words[i], words[i - 1]
    after = words[i + 1] if i + 1 < len(words) else ""
    if word in _NO_SPACE_BEFORE or before in _NO_SPACE_AFTER:
        return True
    if word[0] in _APOSTROPHES and word[1:].lower() in _CLITICS:  # "Iran 's"
        return True
    if word in _APOSTROPHES and after.lower() in _CLITICS:  # "May ’ s": the mark joins the name ...
        return before[-1:].isalnum()
    if before in _APOSTROPHES and word.lower() in _CLITICS and i > 1 and words[i - 2][-1:].isalnum():
        return True  # ... and the clitic the mark
    if word == "-" and _hyphenates(before, after):  # "rebel - held", "45 - day"; not "2010 - 2011"
        return True
    if before == "-" and i > 1 and _hyphenates(words[i - 2], word):
        return True
    if word in _APOSTROPHES and before[-1:] == "s" and after.lower() not in _CLITICS:  # "the Houthis ' attack"
        return True
    if word == "," and before.isdigit() and len(after) == 3 and after.isdigit():  # "2 , 374"
        return True
    if before == "," and word.isdigit() and len(word) == 3 and i > 1 and words[i - 2].isdigit():
        return True
    if before == "." and word.isdigit() and i > 1 and words[i - 2].isdigit():  # "352 . 5 million": a decimal
        return True
    if word == '"':
        return quotes_open  # a closing quote
    return before == '"' and quotes_open  # just after an opening quote


def join_tokens(words: Sequence[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The sentence as printed, and each token's (start, end) in it."""
    text, offsets, quotes_open = "", [], False
    for i, word in enumerate(words):
        if i and not _glued(words, i, quotes_open):
            text += " "
        offsets.append((len(text), len(text) + len(word)))
        text += word
        if word == '"':
            quotes_open = not quotes_open
    return text, tuple(offsets)
