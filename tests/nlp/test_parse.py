"""Paragraph splitting and case normalisation of ``nlp/parse.py``; no trained
model is loaded (a blank English pipeline splits sentences)."""

from __future__ import annotations

import pytest

from detente.config import load_settings
from detente.nlp.parse import (
    ParseArticles, case_normalised, model_text, mostly_upper, no_break_without_stop, paragraphs, title_cased,
    tune_tokenizer,
)
from detente.types import Article

HEADLINE = "RUSSIA AND PAKISTAN AGREE TO HOLD JOINT DRILLS"


class RecordingNlp:
    """A blank spaCy pipeline that remembers the texts it was given."""

    def __init__(self) -> None:
        import spacy

        self.nlp = spacy.blank("en")
        self.nlp.add_pipe("sentencizer")
        self.seen: list[str] = []

    def pipe(self, texts, batch_size: int):
        for text in texts:
            self.seen.append(text)
            yield self.nlp(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HEADLINE, True),
        ("UKRAINE ACCUSES RUSSIA OF SHELLING KHARKIV, KILLING 3", True),
        ("US IN TALKS", False),  # three words: too short to judge
        ("Yes.", False),
        ("WASHINGTON (Reuters) - The US and NATO said on Monday they would meet.", False),
        ("%%%% ### @@@@ 12345 ;;;;", False),
    ],
)
def test_parse_mostly_upper(text, expected):
    assert mostly_upper(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia Offers to Supply Military Equipment to Pakistan", True),
        ("U.S. Lifts Travel Ban to Lebanon", True),
        ("Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing.", False),  # "met"
        ("Vladimir Putin, Xi Jinping, Recep Tayyip Erdogan", False),  # names, no small words
        ("Talks in Doha", False),  # too short to judge
    ],
)
def test_parse_title_case_headlines(text, expected):
    assert title_cased(text) is expected


def test_parse_a_title_case_headline_is_parsed_in_sentence_case():
    # the model reads every capitalised word as a name; offsets stay those of the original
    headline = "Russia Offers to Supply Military Equipment to Pakistan"
    assert model_text(headline) == "Russia offers to supply military equipment to pakistan"
    # acronyms and dotted abbreviations stay as written: "U.S." is not "U.s."
    assert model_text("U.S. Lifts Travel Ban on Iran and US Firms") == "U.S. lifts travel ban on iran and US firms"


def test_parse_case_normalised_is_sentence_case_of_the_same_length():
    assert case_normalised(HEADLINE) == "Russia and pakistan agree to hold joint drills"
    text = '"WE WILL FIGHT," SAID THE U.S. ENVOY. IRAN\'S MINISTER REPLIED! İSTANBUL STRASSE'
    normalised = case_normalised(text)
    assert normalised == '"We will fight," said the u.s. envoy. Iran\'s minister replied! İSTANBUL strasse'
    assert len(normalised) == len(text)


def test_parse_paragraphs_split_table_cells():
    text = "Aid to the region\n\nCountry | Troops | Aid\nFrance\t300 |  20m \n| |"
    found = list(paragraphs(text))
    assert [cell for _, cell in found] == ["Aid to the region", "Country", "Troops", "Aid", "France", "300", "20m"]
    assert all(text[start : start + len(cell)] == cell for start, cell in found)


def test_parse_paragraphs_keep_lines_without_separators():
    text = "  First line.\nSecond line, with a comma."
    assert list(paragraphs(text)) == [(0, "  First line."), (14, "Second line, with a comma.")]


def test_parse_caps_paragraph_parsed_normalised_and_recorded_as_written():
    text = f"{HEADLINE}\nRussia said so."
    nlp = RecordingNlp()
    article = Article(article_id="a1", source="t", text=text, raw=text)
    parsed = ParseArticles(nlp, load_settings())([article]).items[0]
    assert nlp.seen == ["Russia and pakistan agree to hold joint drills", "Russia said so."]
    first, second = parsed.sentences
    assert first.sentence.text == HEADLINE
    assert [tok.text for tok in first.tokens][:3] == ["RUSSIA", "AND", "PAKISTAN"]
    assert all(text[tok.start : tok.end] == tok.text for sent in parsed.sentences for tok in sent.tokens)
    assert second.sentence.text == "Russia said so."


def test_parse_reference_marks_glued_to_words_are_split_off():
    import spacy

    nlp = tune_tokenizer(spacy.blank("en"))
    words = [tok.text for tok in nlp("ruled by the Levant.[1] The Gate,[23] built")]
    assert words == ["ruled", "by", "the", "Levant", ".", "[", "1", "]", "The", "Gate", ",", "[", "23", "]", "built"]
    assert [tok.text for tok in nlp("x[b]")] == ["x[b", "]"]  # only numbered marks


def test_parse_abbreviated_ranks_stay_one_token():
    import spacy

    nlp = tune_tokenizer(spacy.blank("en"))
    assert [tok.text for tok in nlp("Navy Capt. Jeff Davis and Brig. Gen. Coe spoke.")][:4] == [
        "Navy", "Capt.", "Jeff", "Davis"]
    assert "Brig." in [tok.text for tok in nlp("Navy Capt. Jeff Davis and Brig. Gen. Coe spoke.")]


def test_parse_no_sentence_starts_right_after_a_word_or_number():
    import spacy

    doc = no_break_without_stop(spacy.blank("en")("Operator 1st Class Keating died. Others lived"))
    starts = {tok.text: tok.is_sent_start for tok in doc}
    assert starts["Class"] is False and starts["Keating"] is False
    assert starts["Others"] is not False  # after a stop the parser decides


def test_parse_direction_marks_are_split_off_words():
    import spacy

    nlp = tune_tokenizer(spacy.blank("en"))
    assert [tok.text for tok in nlp("liberation of Mosul\u200e, \u200fRaqqa")] == [
        "liberation", "of", "Mosul", "\u200e", ",", "\u200f", "Raqqa"]
