"""Tests for detente.ingest.html: article text and metadata from HTML pages.

The pages are written for the project in the shape news sites produce
(navigation, ads, share bar, related links, comments, footer); the actors
and places are made up.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from detente.evaluation.extraction import (
    load_article_extraction_gold,
    resolve_gold_root,
    score_page,
    summarize_scores,
)
from detente.ingest.html import HtmlExtract, extract_html

REPO_ROOT = Path(__file__).resolve().parents[2]

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Ostrovia and Valdoria resume border talks | The Meridian Courier</title>
  <meta property="og:title" content="Ostrovia and Valdoria resume border talks">
  <meta property="og:site_name" content="The Meridian Courier">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="2024-03-05T09:30:00Z">
  <link rel="canonical" href="https://courier.example/world/ostrovia-valdoria-talks">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">The Meridian Courier</a>
    <nav class="main-nav"><ul>
      <li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li>
      <li><a href="/business">Business</a></li><li><a href="/subscribe">Subscribe today</a></li>
    </ul></nav>
  </header>
  <div class="ad-slot ad-leaderboard">Advertisement: Lowest mortgage rates in years, click here</div>
  <main>
    <article class="story">
      <h1 class="headline">Ostrovia and Valdoria resume border talks</h1>
      <div class="byline">By <a href="/authors/lena-ardent">Lena Ardent</a></div>
      <ul class="share-bar">
        <li><a href="https://facebook.com/sharer">Share on Facebook</a></li>
        <li><a href="https://twitter.com/intent/tweet">Share on Twitter</a></li>
        <li><a href="mailto:?subject=story">Email this story</a></li>
      </ul>
      <div class="story-body">
        <p>Negotiators from Ostrovia and Valdoria met in the lakeside city of Brennmark on Tuesday,
        the first direct talks between the two governments since the border crossings were closed
        last autumn.</p>
        <p>Foreign Minister Tomas Hale of Ostrovia said the delegations had agreed to reopen two
        crossings for freight within a month, and to exchange lists of detained fishermen before
        the next round.</p>
        <div class="ad-slot ad-inline">Advertisement</div>
        <p>Valdoria's delegation, led by Deputy Prime Minister Irena Vos, called the meeting
        constructive but warned that the dispute over the river islands remained unresolved and
        would need international mediation.</p>
        <p>The talks were brokered by the Coastal States Council, which has offered to send observers
        to the disputed islands if both sides accept a ceasefire along the river.</p>
      </div>
      <aside class="related">
        <h3>Related stories</h3>
        <ul>
          <li><a href="/world/a">Fishing fleets caught in river standoff</a></li>
          <li><a href="/world/b">Coastal States Council names new envoy</a></li>
        </ul>
      </aside>
      <div class="newsletter-signup">Sign up for our daily briefing newsletter. Enter your email.</div>
    </article>
    <section id="comments" class="comments">
      <h2>Comments (2)</h2>
      <div class="comment"><span class="comment-author">riverwatcher</span>
        <p>About time these two sat down together, the fishermen have waited long enough for this.</p></div>
      <div class="comment"><span class="comment-author">grumpy_reader</span>
        <p>Nothing will change until the islands question is settled by a court, mark my words.</p></div>
    </section>
  </main>
  <footer class="site-footer">
    <ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy policy</a></li></ul>
    <p>&copy; 2024 The Meridian Courier. All rights reserved.</p>
  </footer>
</body>
</html>
"""

BODY = "<p>" + " ".join(
    ["Delegates from the two republics met again to discuss the river islands and the fishing quotas."] * 4
) + "</p>"

EMPTY_SHELL = """<!DOCTYPE html><html><head><title>The Meridian Courier</title>
<script src="/static/app.js"></script></head>
<body><div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript></body></html>"""

LOGIN_PAGE = """<html><head><title>Sign in - The Meridian Courier</title></head><body>
<header><nav><a href="/">Home</a></nav></header>
<main><h1>Sign in to continue reading</h1>
<form action="/login" method="post"><label>Email address</label><input type="email" name="email">
<label>Password</label><input type="password" name="password"><button>Sign in</button></form>
<p><a href="/reset">Forgot your password?</a></p>
<p>Not a subscriber? <a href="/subscribe">Subscribe now</a></p></main>
<footer>&copy; 2024 The Meridian Courier</footer></body></html>"""

GALLERY_PAGE = """<html><head><title>In pictures: spring floods</title></head><body><main>
<h1>In pictures: spring floods</h1>
<figure><img src="1.jpg"><figcaption>Rescue boats in Brennmark.</figcaption></figure>
<figure><img src="2.jpg"><figcaption>The river at dawn.</figcaption></figure>
<figure><img src="3.jpg"><figcaption>Sandbags on the quay.</figcaption></figure>
</main></body></html>"""


def _page_with(dateline: str) -> str:
    return f"<html><body><article><h1>Talks</h1><p>{dateline}</p>{BODY}</article></body></html>"


@pytest.fixture(scope="module")
def news_extract() -> HtmlExtract:
    extract = extract_html(NEWS_PAGE)
    assert extract is not None
    return extract


def test_html_keeps_article_paragraphs(news_extract: HtmlExtract) -> None:
    assert "Negotiators from Ostrovia and Valdoria met in the lakeside city" in news_extract.text
    assert "Deputy Prime Minister Irena Vos" in news_extract.text
    assert news_extract.text.rstrip().endswith("ceasefire along the river.")


@pytest.mark.parametrize(
    "boilerplate",
    [
        "Subscribe today",  # navigation
        "mortgage rates",  # advertisement
        "Share on Facebook",  # share bar
        "Fishing fleets caught",  # related stories
        "riverwatcher",  # comment author
        "mark my words",  # comment text
        "All rights reserved",  # footer
        "Privacy policy",  # footer links
    ],
)
def test_html_drops_boilerplate(news_extract: HtmlExtract, boilerplate: str) -> None:
    assert boilerplate not in news_extract.text


def test_html_paragraphs_separated_by_blank_line(news_extract: HtmlExtract) -> None:
    paragraphs = news_extract.text.split("\n\n")
    assert len(paragraphs) >= 4
    assert all(paragraph and paragraph == paragraph.strip() and "\n" not in paragraph for paragraph in paragraphs)
    # the source's hard-wrapped lines are one paragraph
    assert "Brennmark on Tuesday, the first direct talks" in news_extract.text


def test_html_reads_metadata_from_meta_tags(news_extract: HtmlExtract) -> None:
    assert news_extract.title == "Ostrovia and Valdoria resume border talks"
    assert news_extract.published == "2024-03-05"
    assert news_extract.date_precision == "day"
    assert news_extract.outlet == "The Meridian Courier"
    assert news_extract.url == "https://courier.example/world/ostrovia-valdoria-talks"


def test_html_url_falls_back_to_given_url() -> None:
    page = NEWS_PAGE.replace('rel="canonical"', 'rel="alternate"')
    extract = extract_html(page, url="https://given.example/story")
    assert extract is not None
    assert extract.url == "https://given.example/story"


def test_html_date_from_url_path() -> None:
    extract = extract_html(_page_with("Brennmark"), url="https://courier.example/2019/11/18/talks.html")
    assert extract is not None
    assert (extract.published, extract.date_precision) == ("2019-11-18", "day")


def test_html_month_only_date_is_month_precision() -> None:
    extract = extract_html(_page_with("Published 2019-11"))
    assert extract is not None
    assert (extract.published, extract.date_precision) == ("2019-11-01", "month")


def test_html_full_date_on_the_first_keeps_day_precision() -> None:
    extract = extract_html(_page_with('<time datetime="2019-11-01T10:00">1 Nov</time>'))
    assert extract is not None
    assert (extract.published, extract.date_precision) == ("2019-11-01", "day")


def test_html_no_date_is_unknown() -> None:
    extract = extract_html(f"<html><body><article>{BODY}</article></body></html>")
    assert extract is not None
    assert (extract.published, extract.date_precision) == (None, "unknown")
    assert extract.title is None and extract.outlet is None and extract.url is None


@pytest.mark.parametrize("html", ["", "   \n", EMPTY_SHELL, LOGIN_PAGE, GALLERY_PAGE])
def test_html_no_article_returns_none(html: str) -> None:
    assert extract_html(html) is None


def test_html_min_chars_is_an_option() -> None:
    page = f"<html><body><article>{BODY}</article></body></html>"
    assert extract_html(page, min_chars=len(BODY) * 2) is None
    assert extract_html(page, min_chars=10) is not None


@pytest.mark.slow
def test_html_gold_set_mean_f1() -> None:
    root = resolve_gold_root(REPO_ROOT, env=os.environ)
    if root is None:
        pytest.skip("article-extraction gold set not found under ../shared/eval")
    scores = []
    for page in load_article_extraction_gold(root):
        extract = extract_html(page.html, url=page.url)
        scores.append(score_page(extract.text if extract is not None else "", page.text))
    corpus = summarize_scores(scores)
    assert corpus.n_pages >= 100
    assert corpus.f1 >= 0.95
