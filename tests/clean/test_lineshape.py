import pytest

from detente.clean.lineshape import (
    is_css_like,
    is_date_only,
    is_nav_like,
    looks_like_fragment,
    looks_like_heading,
    looks_like_title,
    title_case_ratio,
    words,
)


def test_lineshape_words_keep_inner_punctuation():
    assert words("Russia’s first-ever U.S. visit, 2021") == ["Russia’s", "first-ever", "U.S", "visit", "2021"]


@pytest.mark.parametrize("line", ["article-main", "col-md-8 story_body", ".entry-content"])
def test_lineshape_css_like(line):
    assert is_css_like(line)


def test_lineshape_css_like_rejects_prose():
    assert not is_css_like("Pakistan-Russia talks")
    assert not is_css_like("joint drills")


def test_lineshape_nav_like():
    assert is_nav_like("Home | World | Asia")
    assert is_nav_like("News › Pakistan › Politics")
    assert not is_nav_like("Pakistan and Russia sign a long-awaited pipeline deal | Opinion")


def test_lineshape_date_only():
    assert is_date_only("Wednesday, April 7, 2021 10:32 IST")
    assert is_date_only("16th April 2015")
    assert not is_date_only("April talks in Moscow")


@pytest.mark.parametrize("line", ["Home", "Menu", "Live tv", "article-main", "***", "Home | World", "April 7, 2021"])
def test_lineshape_fragments(line):
    assert looks_like_fragment(line)


@pytest.mark.parametrize("line", ["He agreed.", "Pakistan and Russia sign pact", "“Yes,” he said"])
def test_lineshape_not_fragments(line):
    assert not looks_like_fragment(line)


def test_lineshape_title_shape():
    assert looks_like_title("Pakistan, Russia to hold first-ever joint military exercises")
    assert looks_like_title("Will Russia arm Pakistan?")
    assert not looks_like_title("Pakistan and Russia signed a pact on Monday.")
    assert not looks_like_title("Pakistan signs pact")
    assert not looks_like_title("pakistan and russia sign pact")


def test_lineshape_heading_shape():
    assert looks_like_heading("Russia Pakistan Assisting each other in Joint Drills;")
    assert looks_like_heading("Lavrov Expresses Hope for a Bond of Trust")
    assert not looks_like_heading("Pakistan to buy four helicopters from Russia")
    assert not looks_like_heading("Lavrov Expresses Hope for a Bond of Trust.")


def test_lineshape_title_case_ratio():
    assert title_case_ratio("Talks in Moscow") == 1.0
    assert title_case_ratio("talks in moscow") == 0.0
