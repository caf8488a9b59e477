"""What a line of article text looks like: sentence, heading, or page fragment.

Pure predicates on one line; ``boilerplate.py`` decides what to do with them.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
# A sentence ends in . ! ? … or a colon introducing a quote, optionally
# followed by closing quotes or brackets; a line ending in a quote is speech.
_SENTENCE_END = re.compile(r"(?:[.!?…:][\"'’”»)\]]*|[\"”»])\s*$")
_CSS_TOKEN = re.compile(r"^[.#]?[a-z0-9]+(?:[-_][a-z0-9]+)+$")
_NAV_SEPARATOR = re.compile(r"\s*[|›»>•·]\s*")
_LETTER = re.compile(r"[^\W\d_]")

# Words that stay lower case in Title Case headlines.
_MINOR_WORDS = frozenset(
    "a an and as at but by for from in into nor of on or per than the to "
    "up via vs with over that this is are was be will".split()
)
_DATE_WORDS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march "
    "april june july august september october november december mon tue wed thu "
    "fri sat sun monday tuesday wednesday thursday friday saturday sunday am pm "
    "a.m p.m gmt utc ist pkt est edt pst pdt bst cet cest msk st nd rd th".split()
)


def words(line: str) -> list[str]:
    """Word tokens: letters and digits, with inner apostrophes, dots, hyphens."""
    return _WORD.findall(line)


def ends_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line))


def has_letters(line: str) -> bool:
    return bool(_LETTER.search(line))


def is_css_like(line: str) -> bool:
    """``article-main``, ``col-md-8 story_body``: class names, not prose."""
    tokens = line.split()
    return bool(tokens) and all(_CSS_TOKEN.match(token) for token in tokens)


def is_nav_like(line: str) -> bool:
    """``Home | World | Asia``: short segments between menu separators."""
    parts = [part for part in _NAV_SEPARATOR.split(line) if part]
    return len(parts) >= 2 and all(len(words(part)) <= 3 for part in parts)


def is_date_only(line: str) -> bool:
    """``Wednesday, April 7, 2021 10:32 IST``: a time stamp, no reporting."""
    tokens = words(line)
    return bool(tokens) and all(
        token.isdigit() or token.casefold().rstrip(".") in _DATE_WORDS
        or re.fullmatch(r"\d+(?:st|nd|rd|th)|\d{1,2}[.:]\d{2}", token.casefold())
        for token in tokens
    )


def title_case_ratio(line: str) -> float:
    """Share of the non-minor words that start with a capital letter."""
    major = [w for w in words(line) if w.casefold() not in _MINOR_WORDS and w[0].isalpha()]
    if not major:
        return 0.0
    return sum(1 for w in major if w[0].isupper()) / len(major)


def _starts_upper(line: str) -> bool:
    letter = _LETTER.search(line)
    return bool(letter) and (letter.group().isupper() or line[: letter.start()].strip()[:1].isdigit())


def looks_like_fragment(line: str) -> bool:
    """A line too short or too odd to be reported speech or a headline."""
    if not has_letters(line):
        return True
    if ends_sentence(line):
        return False
    return len(words(line)) <= 2 or is_css_like(line) or is_nav_like(line) or is_date_only(line)


def looks_like_title(line: str, *, min_words: int = 4, max_words: int = 30) -> bool:
    """Headline shape: a few words, starts with a capital, no closing full stop."""
    count = len(words(line))
    if not (min_words <= count <= max_words) or not _starts_upper(line):
        return False
    return not re.search(r"[.,;:]\s*$", line)


def looks_like_heading(line: str, *, min_words: int = 3, max_words: int = 25) -> bool:
    """A subheading inside the body: short, Title Case, not a sentence."""
    count = len(words(line))
    if not (min_words <= count <= max_words) or ends_sentence(line):
        return False
    return _starts_upper(line) and title_case_ratio(line) >= 0.6
