"""Verb lemma repairs of ``nlp/lemmas.py``, and that parsing applies them."""

from __future__ import annotations

import pytest

from detente.nlp.lemmas import verb_lemma


@pytest.mark.parametrize(
    ("text", "model_lemma", "expected"),
    [
        ("staged", "stag", "stage"),  # "staged a protest"
        ("waged", "wag", "wage"),
        ("hopes", "hop", "hope"),
        ("fining", "fin", "fine"),
        ("hopped", "hop", "hop"),  # a doubled consonant: the stem is the verb
        ("visited", "visit", "visit"),  # two syllables: English does not double
        ("fixed", "fix", "fix"),  # x is never doubled
        ("played", "play", "play"),
        ("goes", "go", "go"),
        ("stage", "stage", "stage"),
    ],
)
def test_verb_lemma_restores_silent_e_of_short_stems_only(text, model_lemma, expected):
    assert verb_lemma(text, model_lemma) == expected


@pytest.mark.slow
def test_parsed_records_carry_repaired_lemmas():
    from detente.config import load_settings
    from detente.nlp.parse import ParseArticles, load_nlp
    from detente.types import Article

    settings = load_settings(None)
    text = "Protesters staged a rally. The rebels waged war. Iran hoped Japan would help."
    article = Article(article_id="a", source="t", text=text, raw=text, published="2020-01-01", date_precision="day")
    [parsed] = ParseArticles(load_nlp(settings), settings)([article]).items
    lemmas = {tok.text: tok.lemma for sent in parsed.sentences for tok in sent.tokens}
    assert (lemmas["staged"], lemmas["waged"], lemmas["hoped"]) == ("stage", "wage", "hope")
