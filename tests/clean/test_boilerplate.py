import pytest

from detente.clean.boilerplate import find_repeated_lines, outlet_key, remove_boilerplate
from detente.clean.rules import load_boilerplate_rules
from detente.types import RawDocument

BODY = "Pakistan and Russia signed a defence cooperation agreement in Moscow on Monday, officials said."


@pytest.fixture(scope="module")
def rules():
    return load_boilerplate_rules("v1")


def clean(text, rules, **options):
    return remove_boilerplate(text, rules=rules, **options)


@pytest.mark.parametrize(
    "line",
    [
        "FacebookTwitterWhatsappLinkedin",
        "Facebook | Twitter | WhatsApp | Telegram | Email",
        "Share this article",
        "Advertisement",
        "ADVERTISEMENT",
        "Live tv",
        "Latest News",
        "Read more",
        "Add a Comment",
        "Download the app",
    ],
)
def test_boilerplate_drops_phrase_only_lines(rules, line):
    result = clean(f"{BODY}\n{line}\n{BODY}", rules)
    assert line not in result.text
    assert line in result.dropped


def test_boilerplate_cuts_glued_phrase_and_keeps_rest(rules):
    result = clean(f"AdvertisementPakistan and Russia sign pact in Moscow on Monday.\n{BODY}", rules)
    assert result.text.startswith("Pakistan and Russia sign pact in Moscow on Monday.")
    assert result.dropped == ("Advertisement",)


def test_boilerplate_cuts_separated_phrase(rules):
    result = clean(f"Video: Lavrov arrived in Islamabad on Tuesday for talks.\n{BODY}", rules)
    assert result.text.startswith("Lavrov arrived in Islamabad on Tuesday for talks.")


@pytest.mark.parametrize(
    "line",
    [
        "Home Minister Rajnath Singh said India was watching the talks closely.",
        "Share prices fell sharply in Karachi after the announcement.",
        "Search operations continued in North Waziristan on Sunday.",
        "Related talks were held in Geneva last week.",
        "Relatedly, Russia offered helicopters to Pakistan.",
    ],
)
def test_boilerplate_keeps_prose_starting_with_a_phrase_word(rules, line):
    assert line in clean(f"{BODY}\n{line}", rules).text


@pytest.mark.parametrize(
    "line",
    [
        "Also read: Pakistan, China sign trade deal",
        "ALSO READ | India summons Russian envoy",
        "Also Read India summons Russian envoy",
        "Trending Now: Five things to know about the summit",
        "Tags: Pakistan, Russia, Military",
    ],
)
def test_boilerplate_drops_teasers_whole(rules, line):
    result = clean(f"{BODY}\n{line}", rules)
    assert result.text == BODY


@pytest.mark.parametrize(
    "line",
    [
        "Your email address will not be published. Required fields are marked *",
        "© 2021 The Daily Example. All rights reserved.",
        "Copyright 2015 Example Media Group",
        "We use cookies to improve your experience on our site.",
        "Click here to read the full statement.",
        "Find your daily dose of news in your WhatsApp. Stay updated, Stay informed- Follow XYZ on WhatsApp.",
        "Join our WhatsApp channel",
        "Subscribe to our daily newsletter for more.",
        "Your trusted source for journalism. Stay informed with our coverage of world affairs.",
        "By Ayesha Khan | Updated: April 16, 2015 10:32 IST",
        "Updated: Apr 16, 2015, 10:32 AM",
        "5 min read",
    ],
)
def test_boilerplate_drops_notices_promos_and_bylines(rules, line):
    result = clean(f"{BODY}\n\n{line}", rules)
    assert result.text == BODY
    assert line in result.dropped


@pytest.mark.parametrize(
    "line",
    [
        "Residents were told to stay informed through state radio, officials said.",
        "“We ask all of you to stay informed,” the minister said.",
        "Millions of supporters follow the prime minister on Twitter.",
        "Officials will follow up on WhatsApp messages sent by the militants.",
        "By Monday, Russia had agreed to the terms.",
        "Published on April 16, the report found that the drills would continue.",
    ],
)
def test_boilerplate_keeps_reporting_that_resembles_notices(rules, line):
    assert line in clean(f"{BODY}\n{line}", rules).text


@pytest.mark.parametrize(
    "line", ["article-main", "Home", "Menu", "col-md-8 story-body", "Home | World | Asia", "April 16, 2015", "***"]
)
def test_boilerplate_drops_ui_fragments(rules, line):
    assert clean(f"{BODY}\n{line}\n{BODY}", rules).text == f"{BODY}\n{BODY}"


def test_boilerplate_title_candidate_is_first_headline_line(rules):
    text = f"Twitter\nAdvertisement\n\nPakistan, Russia to hold first-ever joint drills\n\n{BODY}"
    result = clean(text, rules)
    assert result.title_candidate == "Pakistan, Russia to hold first-ever joint drills"
    assert result.text == BODY


def test_boilerplate_no_title_candidate_when_first_line_is_a_sentence(rules):
    result = clean(f"{BODY}\n\nRussia Seeks New Role in the Region\n\n{BODY}", rules)
    assert result.title_candidate is None
    assert result.headings == ("Russia Seeks New Role in the Region",)


def test_boilerplate_known_title_line_leaves_body(rules):
    result = clean(f"Pakistan and Russia sign a pact.\n\n{BODY}", rules, title="Pakistan and Russia sign a pact")
    assert result.title_candidate == "Pakistan and Russia sign a pact."
    assert result.text == BODY


def test_boilerplate_drops_and_reports_body_headings(rules):
    text = (
        f"Pakistan, Russia to hold joint drills\n\n{BODY}\n\n"
        "Russia Pakistan Assisting each other in Joint Drills;\n\n"
        f"{BODY}\n\nPakistan to buy four helicopters from Russia\n"
    )
    result = clean(text, rules)
    assert result.headings == ("Russia Pakistan Assisting each other in Joint Drills;",)
    assert "Joint Drills;" not in result.text
    assert "Pakistan to buy four helicopters from Russia" in result.text


def test_boilerplate_collapses_blank_runs_left_by_drops(rules):
    result = clean(f"{BODY}\n\nAdvertisement\n\nLive tv\n\n{BODY}", rules)
    assert result.text == f"{BODY}\n\n{BODY}"


def test_boilerplate_drops_repeated_lines(rules):
    slogan = "The region's most trusted voice on policy and power"
    result = clean(f"{BODY}\n\n{slogan}\n\n{BODY}", rules, repeated=frozenset({slogan.casefold()}))
    assert slogan not in result.text
    assert slogan in result.dropped


def test_boilerplate_keeps_repeated_lines_that_are_most_of_the_article(rules):
    result = clean(BODY, rules, repeated=frozenset({BODY.casefold()}))
    assert result.text == BODY


def _doc(n, text, outlet="Example Times", url=None):
    return RawDocument(source=f"batch.jsonl#{n}", text=text, outlet=outlet, url=url)


def test_boilerplate_find_repeated_lines_per_outlet():
    slogan = "Your trusted source for regional news"
    docs = [_doc(i, f"Story number {i} about the talks.\n{slogan}") for i in range(3)]
    docs.append(_doc(9, f"Another story.\n{slogan}", outlet="Other Daily"))
    repeated = find_repeated_lines(docs, min_articles=3)
    assert repeated == {"example times": frozenset({slogan.casefold()})}


def test_boilerplate_find_repeated_lines_needs_min_articles():
    docs = [_doc(i, f"Story {i}.\nShared footer line here") for i in range(2)]
    assert find_repeated_lines(docs, min_articles=3) == {}


def test_boilerplate_find_repeated_lines_counts_identical_rescrapes_once():
    docs = [_doc(i, "Same story.\nShared footer line here") for i in range(3)]
    assert find_repeated_lines(docs, min_articles=3) == {}


def test_boilerplate_outlet_key_falls_back_to_url_host():
    assert outlet_key(_doc(1, "x", outlet=None, url="https://www.example.com/a/1")) == "example.com"
    assert outlet_key(_doc(1, "x", outlet=None)) is None
