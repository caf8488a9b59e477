"""The two reports detente started from, coded as an analyst would (issue 3).

The seeds are read from ../shared at run time, never copied; the test asserts
on coded triples, not on their text."""

from __future__ import annotations

import pytest

from detente.config import load_settings
from detente.ingest.readers import read_inputs
from detente.run import back_pipeline, front_pipeline, load_resources
from detente.types import RawDocument

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def coded(seeds_dir):
    settings = load_settings()
    docs = [d for d in read_inputs([str(seeds_dir)], max_bytes=10**7) if isinstance(d, RawDocument)]
    articles = front_pipeline(settings).run_batch(docs).items
    items = back_pipeline(load_resources(settings), settings).run_batch(articles).items
    assert len(items) == 2
    return {item.article.source.rsplit("/", 1)[-1][:3]: item for item in items}


def _triples(item):
    return {
        (m.source.country if m.source else None, m.cameo.code, m.target.country if m.target else None)
        for m in item.mentions
    }


def _has(triples, source, code_prefix, target):
    return any(s == source and c.startswith(code_prefix) and t == target for s, c, t in triples)


def test_seeds_2015_report(coded):
    triples = _triples(coded["000"])
    assert _has(triples, "PAK", "0312", "RUS") and _has(triples, "RUS", "0312", "PAK")
    assert _has(triples, "PAK", "04", "RUS") and _has(triples, "RUS", "04", "PAK")  # the Moscow meeting
    assert _has(triples, "PAK", "057", "RUS")  # the 2014 military cooperation agreement
    assert _has(triples, "RUS", "08", "PAK")  # the lifted embargo


def test_seeds_2021_report(coded):
    triples = _triples(coded["002"])
    assert _has(triples, "RUS", "0312", "PAK") and _has(triples, "PAK", "0312", "RUS")  # joint drills
    assert _has(triples, "RUS", "0332", "PAK")  # intent to supply military equipment
    assert _has(triples, "RUS", "042", "PAK") and _has(triples, "PAK", "043", "RUS")  # Lavrov's visit
    assert _has(triples, "RUS", "07", "PAK") or _has(triples, "RUS", "033", "PAK")  # vaccines
    assert _has(triples, "RUS", "051", "PAK")  # praise for counter-terrorism


def test_seeds_no_same_state_dyads_and_no_boilerplate_events(coded):
    for item in coded.values():
        for mention in item.mentions:
            if mention.source and mention.target and mention.source.country:
                assert mention.source.country != mention.target.country or (
                    mention.source.sectors and mention.target.sectors
                    and set(mention.source.sectors) != set(mention.target.sectors)
                ), mention.sentence.text
            assert mention.sentence.text in item.article.text
            for junk in ("WhatsApp", "Advertisement", "Comment", "email address"):
                assert junk not in mention.sentence.text
    outlets = {"Express Tribune", "Sputnik", "Twitter"}
    for item in coded.values():
        for actor in item.actors:
            assert not any(name in actor.span.text for name in outlets if actor.code), actor
