"""Publication dates as ISO strings with a precision.

``normalize_published`` returns ``YYYY-MM-DD`` (the first day of the period
for month or year precision, as in ``ResolvedDate``). It tries, in order:
ISO 8601 (``datetime.fromisoformat``), RFC 2822 mail dates, a few written
formats ("April 16, 2015"), then ``dateparser`` when it is installed, whose
answer is kept only when it names a day and its year is in the input (it
would otherwise fill gaps from today's date, and results must not depend on
when a batch runs). Unparseable input gives precision ``unknown``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime

_DAY_FORMATS = (
    "%B %d, %Y", "%B %d %Y", "%b %d, %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y",
    "%d %B, %Y", "%d %b, %Y", "%A, %B %d, %Y", "%A, %d %B %Y", "%a, %d %b %Y",
    "%Y/%m/%d", "%Y.%m.%d",
)  # fmt: skip
_MONTH_FORMATS = ("%B %Y", "%b %Y", "%Y-%m", "%Y/%m")
_YEAR = re.compile(r"^\d{4}$")
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b", re.IGNORECASE)
_LEAD_IN = re.compile(r"^(?:(?:last\s+)?(?:updated|published|posted|modified)(?:\s+on)?\s*:?\s*)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PublishedDate:
    value: str | None  # YYYY-MM-DD
    precision: str = "unknown"  # day | month | year | unknown


def _from_iso(text: str) -> PublishedDate | None:
    try:
        return PublishedDate(datetime.fromisoformat(text).date().isoformat(), "day")
    except ValueError:
        return None


def _from_rfc2822(text: str) -> PublishedDate | None:
    try:
        return PublishedDate(parsedate_to_datetime(text).date().isoformat(), "day")
    except (TypeError, ValueError, IndexError):
        return None


def _from_formats(text: str) -> PublishedDate | None:
    if _YEAR.match(text):
        return PublishedDate(f"{text}-01-01", "year")
    for formats, precision in ((_DAY_FORMATS, "day"), (_MONTH_FORMATS, "month")):
        for fmt in formats:
            try:
                parsed = datetime.strptime(text, fmt).date()
            except ValueError:
                continue
            return PublishedDate(parsed.isoformat(), precision)
    return None


def _from_dateparser(text: str) -> PublishedDate | None:
    try:
        from dateparser.date import DateDataParser  # optional: used only if installed
    except ImportError:
        return None
    parser = DateDataParser(
        languages=["en"],
        settings={"PARSERS": ["custom-formats", "absolute-time"], "REQUIRE_PARTS": ["year"]},
    )
    found = parser.get_date_data(text)
    if found.date_obj is None or found.period != "day" or str(found.date_obj.year) not in text:
        return None
    return PublishedDate(found.date_obj.date().isoformat(), "day")


def normalize_published(text: str | None) -> PublishedDate:
    """Parse a publication date string; never raises."""
    if not text or not text.strip():
        return PublishedDate(None)
    cleaned = _LEAD_IN.sub("", " ".join(text.split()))
    # "Apr. 16th, 2015" -> "Apr 16, 2015" for the strptime formats.
    simple = _ORDINAL.sub("", cleaned).replace(".", "")
    for parse in (_from_iso, _from_rfc2822, _from_formats):
        result = parse(cleaned) or parse(simple)
        if result is not None:
            return result
    return _from_dateparser(cleaned) or PublishedDate(None)

