"""Tests for detente.evaluation.extraction: token overlap scores, computed by hand."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from detente.evaluation.extraction import (
    GoldPage,
    load_article_extraction_gold,
    resolve_gold_root,
    score_corpus,
    score_page,
    tokenize,
)


def test_extraction_tokenize_lowercases_and_splits_words() -> None:
    assert tokenize("The CAT, sat! Ação é-bom") == ["the", "cat", "sat", "ação", "é", "bom"]
    assert tokenize("The CAT", lowercase=False) == ["The", "CAT"]


def test_extraction_identical_texts_score_one() -> None:
    score = score_page("The talks resumed.", "the talks RESUMED")
    assert (score.tp, score.fp, score.fn) == (3, 0, 0)
    assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0)


def test_extraction_missing_token_lowers_recall() -> None:
    score = score_page("the cat sat", "the cat sat down")
    assert (score.tp, score.fp, score.fn) == (3, 0, 1)
    assert score.precision == 1.0
    assert score.recall == 0.75
    assert score.f1 == pytest.approx(2 * 0.75 / 1.75)  # 0.857142...


def test_extraction_counts_are_multisets() -> None:
    # predicted {the: 3, cat: 1}, gold {the: 1, cat: 2}: tp = 1 + 1
    score = score_page("the the the cat", "the cat cat")
    assert (score.tp, score.fp, score.fn) == (2, 2, 1)
    assert score.precision == 0.5
    assert score.recall == pytest.approx(2 / 3)
    assert score.f1 == pytest.approx(4 / 7)


def test_extraction_empty_texts() -> None:
    assert score_page("", "").f1 == 1.0
    missed = score_page("", "the cat sat")
    assert (missed.precision, missed.recall, missed.f1) == (0.0, 0.0, 0.0)
    extra = score_page("the cat", "")
    assert (extra.precision, extra.recall, extra.f1) == (0.0, 1.0, 0.0)


def test_extraction_shingles_of_four() -> None:
    # shingles (a b c d) (b c d e) vs (a b c d) (b c d x): one shared
    score = score_page("a b c d e", "a b c d x", ngram=4)
    assert (score.tp, score.fp, score.fn) == (1, 1, 1)
    assert score.f1 == 0.5
    # a text shorter than n tokens is one shingle of all its tokens
    assert score_page("a b", "a b", ngram=4).tp == 1


def test_extraction_case_sensitive_option() -> None:
    assert score_page("Cat", "cat", lowercase=False).f1 == 0.0
    assert score_page("Cat", "cat").f1 == 1.0


def test_extraction_corpus_macro_micro_and_headline() -> None:
    # page 1: tp 2, fp 0, fn 0 -> P 1, R 1, F1 1
    # page 2: tp 1, fp 0, fn 3 -> P 1, R 0.25, F1 0.4
    corpus = score_corpus([("a b", "a b"), ("a", "a b c d")])
    assert corpus.n_pages == 2
    assert corpus.f1 == pytest.approx(0.7)
    assert corpus.precision == 1.0
    assert corpus.recall == pytest.approx(0.625)
    assert corpus.micro_precision == 1.0
    assert corpus.micro_recall == 0.5  # 3 of 6 gold tokens
    assert corpus.micro_f1 == pytest.approx(2 / 3)
    assert corpus.benchmark_f1 == pytest.approx(2 * 0.625 / 1.625)


def test_extraction_empty_corpus_is_an_error() -> None:
    with pytest.raises(ValueError):
        score_corpus([])


def _write_gold(root: Path) -> None:
    (root / "html").mkdir(parents=True)
    truth = {
        "bbb": {"articleBody": "Second body.", "url": "https://b.example/2"},
        "aaa": {"articleBody": "First body.", "url": "https://a.example/1"},
    }
    (root / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    (root / "html" / "aaa.html.gz").write_bytes(gzip.compress("<p>Première</p>".encode()))
    (root / "html" / "bbb.html.gz").write_bytes(gzip.compress(b"<p>bad \xff byte</p>"))


def test_extraction_loads_gold_pages_sorted(tmp_path: Path) -> None:
    root = tmp_path / "article-extraction"
    _write_gold(root)
    pages = list(load_article_extraction_gold(root))
    assert pages[0] == GoldPage(page_id="aaa", url="https://a.example/1", html="<p>Première</p>", text="First body.")
    assert pages[1].page_id == "bbb"
    assert pages[1].html == "<p>bad \ufffd byte</p>"


def test_extraction_resolves_gold_root(tmp_path: Path) -> None:
    repo = tmp_path / "main"
    repo.mkdir()
    assert resolve_gold_root(repo, env={}) is None
    _write_gold(tmp_path / "shared" / "eval" / "article-extraction")
    assert resolve_gold_root(repo, env={}) == (tmp_path / "shared" / "eval" / "article-extraction").resolve()
    elsewhere = tmp_path / "elsewhere"
    _write_gold(elsewhere / "eval" / "article-extraction")
    found = resolve_gold_root(repo, env={"DETENTE_SHARED": str(elsewhere)})
    assert found == (elsewhere / "eval" / "article-extraction").resolve()
