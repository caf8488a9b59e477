import pytest

from detente.clean.dates import PublishedDate, normalize_published


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2015-04-16", PublishedDate("2015-04-16", "day")),
        ("2015-04-16T23:30:00-05:00", PublishedDate("2015-04-16", "day")),
        ("2021-04-07T10:32:00Z", PublishedDate("2021-04-07", "day")),
        ("April 16, 2015", PublishedDate("2015-04-16", "day")),
        ("Apr. 16th, 2015", PublishedDate("2015-04-16", "day")),
        ("16 April 2015", PublishedDate("2015-04-16", "day")),
        ("Wednesday, April 7, 2021", PublishedDate("2021-04-07", "day")),
        ("Thu, 16 Apr 2015 10:00:00 +0000", PublishedDate("2015-04-16", "day")),
        ("Updated: April 16, 2015", PublishedDate("2015-04-16", "day")),
        ("April 2015", PublishedDate("2015-04-01", "month")),
        ("2015-04", PublishedDate("2015-04-01", "month")),
        ("2015", PublishedDate("2015-01-01", "year")),
    ],
)
def test_dates_normalize_published_formats(text, expected):
    assert normalize_published(text) == expected


@pytest.mark.parametrize("text", [None, "", "   ", "garbage", "yesterday", "April 16"])
def test_dates_normalize_published_unknown(text):
    assert normalize_published(text) == PublishedDate(None, "unknown")
