"""Line-level boilerplate removal by general rules.

Each rule is documented where it runs. Phrase patterns live in versioned
package data (``ontology/boilerplate-v1.txt``); shape rules live in
``lineshape.py``; nothing here matches a particular site or file.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlparse

from detente.clean.lineshape import (
    ends_sentence,
    looks_like_fragment,
    looks_like_heading,
    looks_like_title,
    words,
)
from detente.clean.normalize import article_id_for, line_key
from detente.clean.rules import BoilerplateRules
from detente.types import RawDocument

# Separators between glued or listed site-chrome phrases: "Email | Print".
_SEPARATORS = re.compile(r"[\s|:•·»›/,.*!\-–—]*")
# A real line glued behind a phrase starts like a sentence or headline.
_LINE_START = re.compile(r"[A-Z0-9\"“‘'(]")
# Promotions speak to the reader; reported speech is quoted, promos are not.
_ADDRESS = re.compile(r"\b(?:you|your|our|we|us)\b", re.IGNORECASE)
_QUOTE = re.compile(r"[\"“”«»]")

NOTICE_MAX_WORDS = 40  # a notice is a line, not a paragraph that cites one
PROMO_MAX_WORDS = 50
BYLINE_MAX_WORDS = 15
REPEATED_MAX_WORDS = 40  # longer repeated lines are shared stories, not chrome
REPEATED_MAX_SHARE = 0.5  # above this share of an article, it is a re-scrape


@dataclass(frozen=True, slots=True)
class BoilerplateResult:
    """Body text with boilerplate removed.

    ``text`` excludes ``title_candidate`` (so a headline is not coded twice)
    and the in-body ``headings``; ``dropped`` lists removed boilerplate
    (whole lines, or the prefix cut from a line) in reading order.
    """

    text: str
    title_candidate: str | None
    dropped: tuple[str, ...] = ()
    headings: tuple[str, ...] = ()


def outlet_key(doc: RawDocument) -> str | None:
    """The outlet a document belongs to: its ``outlet``, else its URL host."""
    if doc.outlet:
        return doc.outlet.strip().casefold()
    host = urlparse(doc.url).hostname if doc.url else None
    return host.removeprefix("www.") if host else None


def find_repeated_lines(docs: Sequence[RawDocument], *, min_articles: int) -> dict[str, frozenset[str]]:
    """Rule (c): lines (as ``line_key``) seen in >= ``min_articles`` distinct
    articles of one outlet in this batch, keyed by ``outlet_key``.

    Site chrome repeats on every page of a site while reporting does not.
    Identical re-scrapes count once, and only short lines are candidates.
    """
    counts: dict[str, Counter[str]] = {}
    seen: set[tuple[str, str]] = set()
    for doc in docs:
        outlet = outlet_key(doc)
        if outlet is None or not doc.text:
            continue
        fingerprint = (outlet, article_id_for(doc.text))
        if fingerprint in seen:
            continue
        seen.add(fingerprint)
        keys = {line_key(line) for line in doc.text.split("\n") if 0 < len(words(line)) <= REPEATED_MAX_WORDS}
        counts.setdefault(outlet, Counter()).update(keys)
    repeated = {outlet: frozenset(k for k, n in c.items() if n >= min_articles) for outlet, c in counts.items()}
    return {outlet: keys for outlet, keys in repeated.items() if keys}


def _longest_match(patterns: Sequence[re.Pattern[str]], line: str, pos: int) -> re.Match[str] | None:
    best = None
    for pattern in patterns:
        match = pattern.match(line, pos)
        if match and match.end() > pos and (best is None or match.end() > best.end()):
            best = match
    return best


def _phrase_prefix(line: str, rules: BoilerplateRules) -> tuple[int, int]:
    """Consume leading site-chrome phrases and separators.

    Returns (end of the last phrase, end of the separators after it); (0, 0)
    when the line does not start with a phrase.
    """
    last_end = rest_start = 0
    while (match := _longest_match(rules.phrase, line, rest_start)) is not None:
        last_end = match.end()
        rest_start = _SEPARATORS.match(line, last_end).end()
    return last_end, rest_start


def _cut_glued_phrases(line: str, rules: BoilerplateRules) -> tuple[str, str]:
    """Rule (a), glued: ``AdvertisementPakistan and ...`` -> ("Advertisement", "Pakistan and ...").

    Only cut when the phrase is glued to a capital or set off by a visible
    separator: "Home Minister Rajnath Singh said" starts with a real word.
    Returns ("", line) when nothing is cut; ("line", "") when it is all chrome.
    """
    last_end, rest_start = _phrase_prefix(line, rules)
    if last_end == 0:
        return "", line
    if rest_start == len(line):
        return line, ""
    gap = line[last_end:rest_start]
    if _LINE_START.match(line, rest_start) and (gap == "" or gap.strip()):
        return line[:rest_start].strip(), line[rest_start:]
    return "", line


def _is_teaser(line: str, rules: BoilerplateRules) -> bool:
    """``Also read: <another story>``: the rest of the line is a link elsewhere."""
    match = _longest_match(rules.teaser, line, 0)
    if match is None:
        return False
    rest = line[match.end():]
    gap = _SEPARATORS.match(rest).group()
    after = rest[len(gap):]
    if not after:
        return True
    if not _LINE_START.match(after):
        return False
    # "Trending Pakistan ..." could be prose; "Also read Pakistan ..." is not.
    return gap == "" or bool(gap.strip()) or " " in match.group().strip()


def _is_notice(line: str, rules: BoilerplateRules) -> bool:
    """Forms, legal text, share/follow prompts and promos; bylines; never long prose."""
    count = len(words(line))
    if count <= NOTICE_MAX_WORDS and any(p.search(line) for p in rules.notice):
        return True
    if (
        count <= PROMO_MAX_WORDS
        and _ADDRESS.search(line)
        and not _QUOTE.search(line)
        and any(p.search(line) for p in rules.promo)
    ):
        return True
    return count <= BYLINE_MAX_WORDS and not ends_sentence(line) and any(p.match(line) for p in rules.byline)


def _clean_line(line: str, rules: BoilerplateRules, repeated: frozenset[str]) -> tuple[str, str]:
    """Return (dropped part, kept part) of one non-blank line."""
    # (c) chrome repeated across this outlet's articles in the batch.
    if line_key(line) in repeated:
        return line, ""
    # (a) teasers first: "Also read: X" is a link, not "Also read" glued to news.
    if _is_teaser(line, rules):
        return line, ""
    # (a) site-chrome phrases: dropped whole, or cut off a glued real line.
    cut, kept = _cut_glued_phrases(line, rules)
    if not kept:
        return line, ""
    # (a) teasers, notices, promos, bylines: the whole line goes.
    if _is_teaser(kept, rules) or _is_notice(kept, rules):
        return line, ""
    # (b) UI fragments: one or two words, class names, menus, time stamps.
    if looks_like_fragment(kept):
        return line, ""
    return cut, kept


def _share_repeated(lines: Sequence[str], repeated: frozenset[str]) -> float:
    total = sum(len(line) for line in lines)
    hits = sum(len(line) for line in lines if line_key(line) in repeated)
    return hits / total if total else 0.0


def remove_boilerplate(
    text: str,
    *,
    rules: BoilerplateRules,
    repeated: frozenset[str] = frozenset(),
    title: str | None = None,
) -> BoilerplateResult:
    """Drop boilerplate lines from repaired ``text`` (lines split on ``\\n``).

    ``repeated`` comes from ``find_repeated_lines`` for this text's outlet.
    ``title`` is a known headline: a first line equal to it is taken as the
    title candidate whatever its shape.
    """
    lines = text.split("\n")
    # (c) guard: when most of an article is "repeated", the batch holds
    # re-scrapes of the same story, and the lines are reporting, not chrome.
    if _share_repeated([line for line in lines if line], repeated) > REPEATED_MAX_SHARE:
        repeated = frozenset()
    dropped: list[str] = []
    kept: list[str] = []
    for line in lines:
        if not line.strip():
            kept.append("")
            continue
        cut, rest = _clean_line(line.strip(), rules, repeated)
        if cut:
            dropped.append(cut)
        if rest:
            kept.append(rest)
    title_candidate, body, headings = _split_headings(kept, title=title)
    return BoilerplateResult(
        text=re.sub(r"\n{3,}", "\n\n", "\n".join(body)).strip(),
        title_candidate=title_candidate,
        dropped=tuple(dropped),
        headings=headings,
    )


def _split_headings(lines: list[str], *, title: str | None) -> tuple[str | None, list[str], tuple[str, ...]]:
    """(d) Headline-shaped lines are headings, not reported sentences.

    The first non-blank line is the title candidate when it looks like a
    headline (or equals the known ``title``); later Title Case lines without
    sentence punctuation are in-body subheadings. Both leave the body so
    the coder never reads them as events; headings are reported.
    """
    title_candidate: str | None = None
    body: list[str] = []
    headings: list[str] = []
    title_key = line_key(title.rstrip(" .")) if title else None
    for line in lines:
        is_first = line and title_candidate is None and not any(body) and not headings
        if is_first and (looks_like_title(line) or line_key(line.rstrip(" .")) == title_key):
            title_candidate = line
        elif line and looks_like_heading(line):
            headings.append(line)
        else:
            body.append(line)
    return title_candidate, body, tuple(headings)
