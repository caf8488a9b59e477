"""HTML page -> main article text and metadata, with trafilatura.

The extraction is trafilatura's own (``bare_extraction``); this module only
picks its options, runs a documented two-pass cascade, reads the metadata
trafilatura and htmldate find, and normalises the text layout.

Cascade (each step runs only when the one before came back short):

1. **Precise pass**: ``favor_precision=True`` with trafilatura's full
   fallback cascade (its own rules, then readability and jusText backups).
   On news pages this drops the share bars, "related stories" lists and
   newsletter boxes that the balanced mode keeps.
2. **Balanced pass**: when the precise pass returned fewer than
   ``_SHORT_CHARS`` characters *and* the balanced mode finds at least
   ``_RECOVER_FACTOR`` times more, the precise rules threw away the body
   itself (not just boilerplate), so the balanced text is used. The
   balanced mode of trafilatura 2.x already escalates to its recall settings
   when it finds little, so no third pass is needed.

Options held fixed, and why:

* ``include_comments=False``: reader comments are not the article.
* ``include_tables=True``: tables in news pages are usually figures the
  story reports (results, tallies); dropping them lost more text than noise.
* ``deduplicate=False``: trafilatura's dedup keeps a cache of segments seen
  across calls, so output would depend on call order (see STYLE.md); even a
  per-call cache removed repeated article lines.

Metadata: title, site name and canonical URL come from trafilatura's
metadata reader (``og:``/``twitter:`` meta, JSON-LD, ``<link rel=canonical>``,
``<title>``). The publication date comes from htmldate (``original_date``),
first with its precise sources only (URL path, meta tags, JSON-LD,
``<time>``), then, failing that, its extensive text search. htmldate fills a
missing day or month with ``01``, so a date on the 1st that the page never
spells in full is reported at ``month`` precision (``year`` for 1 January).
"""

from __future__ import annotations

from dataclasses import dataclass

import trafilatura
from htmldate import find_date
from trafilatura.settings import Document

_SHORT_CHARS = 500
"""A precise pass shorter than this (a short news brief) is checked against
the balanced pass."""

_RECOVER_FACTOR = 2.0
"""The balanced pass replaces a short precise pass only when at least this
many times longer."""

DEFAULT_MIN_CHARS = 200
"""Below this many characters of text a page is treated as having no article
(an empty app shell, a login wall, an image gallery)."""


@dataclass(frozen=True, slots=True)
class HtmlExtract:
    """The article found in one HTML page.

    ``text`` holds one block (paragraph, heading, list item or table row) per
    paragraph, paragraphs separated by one blank line (``"\\n\\n"``); no
    paragraph contains a newline. ``published`` is an ISO ``YYYY-MM-DD``
    date whose trustworthy part is given by ``date_precision``
    (``day``/``month``/``year``/``unknown``).
    """

    text: str
    title: str | None = None
    published: str | None = None
    date_precision: str = "unknown"
    outlet: str | None = None
    url: str | None = None


def extract_html(
    html: str,
    *,
    url: str | None = None,
    min_chars: int = DEFAULT_MIN_CHARS,
) -> HtmlExtract | None:
    """Return the main article of ``html``, or None when the page has none.

    None means trafilatura found no main text, or fewer than ``min_chars``
    characters of it; the caller records error E007.

    >>> page = "<html><body><article><p>" + "Talks resumed today. " * 20
    >>> extract_html(page + "</p></article></body></html>").text[:20]
    'Talks resumed today.'
    """
    if not html or not html.strip():
        return None
    document = _run_pass(html, url=url, precise=True, with_metadata=True)
    text = _normalize_text(document.text or "") if document is not None else ""
    if len(text) < _SHORT_CHARS:
        fallback = _run_pass(html, url=url, precise=False, with_metadata=document is None)
        text = _pick_recovered(text, fallback)
        document = document if document is not None else fallback
    if document is None or len(text) < min_chars:
        return None
    published, precision = _find_published(html, url=url, found=document.date)
    return HtmlExtract(
        text=text,
        title=_clean(document.title),
        published=published,
        date_precision=precision,
        outlet=_clean(document.sitename),
        url=_clean(document.url) or url,
    )


def _run_pass(html: str, *, url: str | None, precise: bool, with_metadata: bool) -> Document | None:
    """One trafilatura run; the date search is htmldate's precise mode only."""
    return trafilatura.bare_extraction(
        html,
        url=url,
        favor_precision=precise,
        include_comments=False,
        include_tables=True,
        deduplicate=False,
        with_metadata=with_metadata,
        date_extraction_params={"original_date": True, "extensive_search": False},
    )


def _pick_recovered(text: str, fallback: Document | None) -> str:
    """Step 2 of the cascade: keep the balanced text if it is much longer."""
    if fallback is None:
        return text
    balanced = _normalize_text(fallback.text or "")
    if len(balanced) >= _RECOVER_FACTOR * max(len(text), 1):
        return balanced
    return text


def _normalize_text(text: str) -> str:
    """One block per paragraph, blank line between, no empty paragraphs."""
    lines = (line.strip() for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


def _find_published(html: str, *, url: str | None, found: str | None) -> tuple[str | None, str]:
    """The publication date and its precision (see the module docstring)."""
    published = found or find_date(html, extensive_search=True, original_date=True, url=url)
    if not published:
        return None, "unknown"
    return published, _date_precision(published, html=html, url=url)


def _date_precision(published: str, *, html: str, url: str | None) -> str:
    """``day`` unless the date may carry a day (or month) htmldate filled in.

    htmldate turns "2019-11" or "November 2019" into 2019-11-01 or
    2019-01-01. A date on the 1st therefore keeps day precision only when the
    page or its URL spells that full date (``2019-11-01``, ``2019/11/01``),
    as meta tags, JSON-LD and ``<time datetime>`` do.
    """
    if not published.endswith("-01"):
        return "day"
    year, month, day = published.split("-")
    for form in (published, f"{year}/{month}/{day}"):
        if form in html or (url and form in url):
            return "day"
    return "year" if month == "01" else "month"


def _clean(value: str | None) -> str | None:
    """Strip a metadata string; an empty one is None."""
    if value is None:
        return None
    value = value.strip()
    return value or None
