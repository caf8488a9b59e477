import hashlib

import pytest

import detente
from detente.clean.normalize import article_id_for
from detente.clean.stage import CleanArticles
from detente.config import load_settings
from detente.types import Article, Failure, RawDocument

TITLE = "Pakistan, Russia to hold first-ever joint military exercises"
PARA_1 = (
    "Pakistan and Russia have agreed to hold their first joint military exercises, "
    "the defence ministry in Islamabad said on Thursday after talks in Moscow."
)
PARA_2 = (
    "“We agreed to enhance cooperation in both defence industry and military training,” "
    "the minister was quoted as saying by state media."
)
FRENCH = (
    "Le Pakistan et la Russie ont convenu d'organiser leurs premiers exercices militaires "
    "conjoints, a annoncé jeudi le ministère de la défense à Islamabad après des entretiens."
)


@pytest.fixture(scope="module")
def stage():
    return CleanArticles(load_settings())


def raw_doc(text, n=1, **fields):
    return RawDocument(source=f"inbox/story{n}.txt", text=text, **fields)


def scraped(n=1, extra=""):
    return raw_doc(
        f"Twitter\nAdvertisement\n\n{TITLE}\n\nLatest News\narticle-main\n"
        f"FacebookTwitterWhatsappLinkedin\n\n{PARA_1}\n\n{PARA_2}\n{extra}\nAdvertisement\n\nLive tv\n",
        n=n,
        published="April 16, 2015",
        url=f"https://news.example.com/world/{n}",
    )


def test_stage_declares_its_contract(stage):
    assert stage.name == "clean.articles.v1"
    assert stage.requires == ("raw_document",)
    assert stage.produces == ("article",)


def test_stage_builds_a_clean_article(stage):
    doc = scraped()
    result = stage([doc])
    assert result.failures == ()
    (article,) = result.items
    assert isinstance(article, Article)
    assert article.text == f"{PARA_1}\n\n{PARA_2}"
    assert article.title == TITLE
    assert article.article_id == article_id_for(article.text)
    assert article.language == "en"
    assert (article.published, article.date_precision) == ("2015-04-16", "day")
    assert article.raw == doc.text
    assert article.url == doc.url


def test_stage_records_provenance(stage):
    doc = raw_doc(
        f"{PARA_1}\n\n{PARA_2}",
        html=f"<html><body><p>{PARA_1}</p><p>{PARA_2}</p></body></html>",
        warc_record_id="<urn:uuid:1234>",
        fetched_at="2015-04-16T10:00:00Z",
    )
    (article,) = stage([doc]).items
    assert article.raw == doc.html
    provenance = article.provenance
    assert provenance.source_uri == doc.source
    assert provenance.content_sha256 == hashlib.sha256(doc.html.encode("utf-8")).hexdigest()
    assert provenance.warc_record_id == "<urn:uuid:1234>"
    assert provenance.fetched_at == "2015-04-16T10:00:00Z"
    assert provenance.detente_version == detente.__version__
    assert provenance.ontology_versions == (("boilerplate", "v1"),)


def test_stage_known_title_wins_and_its_line_leaves_the_body(stage):
    doc = raw_doc(f"Pakistan and Russia agree drills.\n\n{PARA_1}", title="Pakistan and Russia agree drills")
    (article,) = stage([doc]).items
    assert article.title == "Pakistan and Russia agree drills"
    assert article.text == PARA_1


def test_stage_same_story_rescraped_has_same_id(stage):
    messy = raw_doc(f"{TITLE}\n\n\n{PARA_1.upper()}\n\n\n\n{PARA_2}  \n\nAdvertisement", n=2)
    first, second = stage([scraped(1), messy]).items
    assert first.article_id == second.article_id


def test_stage_confident_other_language_is_e010(stage):
    result = stage([raw_doc(FRENCH, n=1), scraped(2)])
    assert [f.error_code for f in result.failures] == ["E010"]
    assert result.failures[0].item_id == "inbox/story1.txt"
    assert result.failures[0].stage == "clean.articles.v1"
    assert len(result.items) == 1


def test_stage_too_short_after_cleaning_is_e012(stage):
    result = stage([raw_doc("Advertisement\nLive tv\nArmy chief visits Moscow.\nFacebookTwitter")])
    assert [f.error_code for f in result.failures] == ["E012"]


def test_stage_too_long_is_e003():
    stage = CleanArticles(load_settings(ingest={"max_document_chars": 100}))
    result = stage([raw_doc(f"{PARA_1}\n\n{PARA_2}", doc_id="abc-1")])
    assert [(f.item_id, f.error_code) for f in result.failures] == [("abc-1", "E003")]


def test_stage_empty_and_html_only_documents_fail(stage):
    result = stage([raw_doc(""), RawDocument(source="page.html", html="<html></html>")])
    assert [f.error_code for f in result.failures] == ["E001", "E007"]


def test_stage_bad_item_never_kills_the_batch(stage):
    result = stage([raw_doc(12345, n=1), scraped(2)])
    assert [f.error_code for f in result.failures] == ["E011"]
    assert all(isinstance(f, Failure) for f in result.failures)
    assert len(result.items) == 1


def test_stage_drops_lines_repeated_across_an_outlet():
    stage = CleanArticles(load_settings(clean={"repeated_line_min_articles": 3}))
    slogan = "The Example Herald brings regional affairs to your screen every day"
    docs = [
        raw_doc(f"{para}\n\n{slogan}", n=n, outlet="Example Herald")
        for n, para in enumerate([PARA_1, PARA_2, PARA_1.replace("Thursday", "Friday")])
    ]
    result = stage(docs)
    assert len(result.items) == 3
    assert all(slogan not in article.text for article in result.items)
    assert slogan in stage(docs[:2]).items[0].text


def test_stage_does_not_mutate_its_input(stage):
    docs = [scraped(1), scraped(2)]
    before = list(docs)
    stage(docs)
    assert docs == before


def test_stage_is_deterministic(stage):
    docs = [scraped(1), raw_doc(FRENCH, n=2)]
    assert stage(docs) == stage(docs)


def test_stage_unparseable_date_is_unknown(stage):
    (article,) = stage([raw_doc(PARA_1, published="sometime last week")]).items
    assert (article.published, article.date_precision) == (None, "unknown")
