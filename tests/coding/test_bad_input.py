"""The coder on input that is not a news sentence (slow: loads the spaCy model).

Everything goes through ``code_documents`` in one batch, as ``detente code``
would send it: nothing may raise, nothing may be invented, and the one real
sentence of the batch must still be coded.
"""

from __future__ import annotations

import random

import pytest

from detente.coding.coder import CodeArticles
from detente.config import load_settings
from detente.run import back_pipeline, code_documents, load_resources
from detente.types import Article, RawDocument

pytestmark = pytest.mark.slow

REAL = "Russia and Pakistan agreed on Monday to hold joint military drills next spring."
HEADLINE = "RUSSIA AND PAKISTAN AGREE TO HOLD JOINT DRILLS"
# Headlines the model misreads in capitals (each gave no event before case normalisation).
HEADLINES = {
    "TURKEY ACCUSES GREECE OF PROVOCATION": ("TUR", "112", "GRC"),
    "FRANCE WITHDRAWS TROOPS FROM MALI": ("FRA", "0874", "MLI"),
    "PAKISTAN CONDEMNS INDIAN AIR STRIKE": ("PAK", "111", "IND"),
    "VENEZUELA EXPELS SPANISH AMBASSADOR": ("VEN", "161", "ESP"),
}
NAMES = ("Ahmed Khan", "Maria Lopez", "John Smith", "Li Wei", "Olga Petrova")
FRENCH = (
    "Le président français a rencontré mardi à Paris son homologue allemand pour discuter de la guerre "
    "en Ukraine et de l'aide militaire européenne. Les deux dirigeants ont promis de renforcer leur "
    "coopération en matière de défense."
)
GERMAN = (
    "Die Bundesregierung hat am Dienstag in Berlin neue Sanktionen gegen Russland angekündigt. Der "
    "Außenminister sagte, Deutschland werde die Ukraine weiterhin mit Waffen und Geld unterstützen."
)
TABLE = "Country | Troops | Aid\nFrance | 300 | 20m\nGermany | 150 | 12m\nItaly\t90\t5m\nSpain | 40 | 3m"


def run_on(n: int) -> str:
    """About 4 tokens per item, ``n`` items, and an event buried in the middle."""
    items = [f"{NAMES[i % len(NAMES)]} {i}" for i in range(n)]
    items.insert(n // 2, "Russia attacked Ukraine")
    return ", ".join(items) + "."


def latin1_noise(seed: int) -> str:
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(400)).decode("latin-1")


JUNK = {
    "one-token": "Yes.",
    "one-noun": "Attack.",
    "table": TABLE,
    "symbols": "%%%% ### @@@@ 12345 ;;;;",
    "latin1-a": latin1_noise(1),
    "latin1-b": latin1_noise(2),
    "latin1-c": latin1_noise(3),
    "emoji": "🔥🔥🔥 💣💥 🇷🇺🇺🇦 😡😡😡 🙏🙏 " * 8,
}
FOREIGN = {"french": FRENCH, "german": GERMAN}


@pytest.fixture(scope="module")
def settings():
    return load_settings()


@pytest.fixture(scope="module")
def resources(settings):
    return load_resources(settings)


@pytest.fixture(scope="module")
def batch(resources, settings):
    texts = {**JUNK, **FOREIGN, "run-on": run_on(500), "headline": HEADLINE, "real": REAL}
    texts.update((headline, headline) for headline in HEADLINES)
    docs = [
        RawDocument(source=f"bad#{key}", text=text, doc_id=key, published="2015-04-16") for key, text in texts.items()
    ]
    return code_documents(docs, resources=resources, settings=settings)


def mentions_of(batch, doc_id: str):
    return next(item.mentions for item in batch.items if item.article.doc_id == doc_id)


def triples(mentions) -> set[tuple]:
    return {(m.source and m.source.country, m.cameo.code, m.target and m.target.country) for m in mentions}


def test_bad_input_real_sentence_still_coded_in_a_bad_batch(batch):
    assert ("RUS", "0312", "PAK") in triples(mentions_of(batch, "real"))


def test_bad_input_junk_gives_no_event(batch):
    coded = {item.article.doc_id: item.mentions for item in batch.items}
    for doc_id in JUNK:
        assert doc_id in coded, f"{doc_id} was dropped: {batch.failures}"
        assert coded[doc_id] == (), f"{doc_id}: {triples(coded[doc_id])}"


def test_bad_input_non_english_skipped_with_e010(batch):
    failed = {failure.item_id: failure.error_code for failure in batch.failures}
    assert failed == {doc_id: "E010" for doc_id in FOREIGN}
    assert not {item.article.doc_id for item in batch.items} & set(FOREIGN)


def test_bad_input_long_sentence_skipped_not_coded(batch, resources, settings):
    assert mentions_of(batch, "run-on") == ()
    text = run_on(500)
    article = Article(article_id="long", source="t", text=text, raw=text, published="2015-04-16", date_precision="day")
    stages = back_pipeline(resources, settings).stages
    parsed = stages[0]([article]).items[0]
    assert max(len(sent.tokens) for sent in parsed.sentences) > settings.nlp.max_sentence_tokens
    assert stages[1].code_article(parsed).mentions == ()
    # The limit is what keeps it out: raised, the buried event is coded.
    raised = settings.model_copy(
        update={"nlp": settings.nlp.model_copy(update={"max_sentence_tokens": 10_000})}
    )
    coder = CodeArticles(
        ontology=resources.ontology, patterns=resources.patterns, dictionary=resources.dictionary, settings=raised
    )
    assert ("RUS", "190", "UKR") in triples(coder.code_article(parsed).mentions)


def test_bad_input_all_caps_headline_coded_as_written(batch):
    mentions = mentions_of(batch, "headline")
    assert triples(mentions) == {("RUS", "0312", "PAK"), ("PAK", "0312", "RUS")}
    mention = mentions[0]
    assert mention.sentence.text == HEADLINE
    assert mention.trigger.text == "HOLD"
    assert {mention.source.span.text, mention.target.span.text} == {"RUSSIA", "PAKISTAN"}


@pytest.mark.parametrize("headline", HEADLINES)
def test_bad_input_all_caps_headlines_coded(batch, headline):
    assert HEADLINES[headline] in triples(mentions_of(batch, headline))
