"""Article -> ParsedArticle: sentences and dependency parses from spaCy.

spaCy stays inside this package: later stages see only ``ParsedSentence``
records (tokens with lemma, tag, dependency and head), so they can be tested
with hand-built parses and never load a model.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from spacy.language import Language

from detente.clean.lineshape import title_case_ratio
from detente.config import Settings
from detente.errors import failure_from_exception
from detente.nlp.repairs import (
    attach_border_partners, attach_envoy_posts, attach_listed_nouns, attach_named_holders, attach_participle_objects,
    attach_reduced_relatives, attach_stray_objects, attach_ties_to_nearest_noun, attach_trailing_speakers,
    join_split_names, join_stacked_subjects, restore_main_verb, verb_lemma, verbs_with_particles,
)
from detente.types import Article, BatchResult, ParsedArticle, ParsedSentence, Sentence, Span, Token

# Paragraphs are parsed separately: a blank line or line break in cleaned
# text always ends a sentence, and it keeps each spaCy call small.
_PARAGRAPH = re.compile(r"[^\n]+")
# A table flattened to text ("France | 300 | 20m") is not prose: each cell
# of a line holding a column separator is parsed on its own, so no sentence
# runs across cells ("Country | Troops | Aid" is not "troops aid").
_CELL = re.compile(r"[^\s|](?:[^|\t]*[^\s|])?")
# A paragraph set in capitals ("RUSSIA AND PAKISTAN AGREE TO HOLD JOINT
# DRILLS") is parsed from a case-normalised copy: the model tags all-caps
# words badly. It needs more than CAPS_MIN_WORDS words and more than
# CAPS_MIN_RATIO of its letters upper case.
CAPS_MIN_WORDS = 3
CAPS_MIN_RATIO = 0.8
# A headline in Title Case ("U.S. Lifts Travel Ban to Lebanon") is parsed the
# same way; longer text with every word capitalised is a list of names.
TITLE_MAX_WORDS = 20
_SMALL_WORDS = frozenset("a an and as at by for from in into of on or over the to with".split())
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# A reference mark glued to a word ("the Levant.[1]", "Gate,[3]") is split
# off as "[", "1", "]": spaCy's own suffixes keep "Levant.[1" as one token,
# which hides the name and the sentence end from everything after.
_REFERENCE_MARK = r"|(?<=\[)\d+$|(?<=\w|[.,;:])\[$"
# Marks that set the direction of the text around them ("Mosul\u200e", next
# to Arabic script): invisible, they are split off so the word stays a word.
_DIRECTION_MARKS = "[\u200e\u200f\u202a-\u202e\u2066-\u2069]"
# Abbreviated ranks and titles written before a name.
RANK_ABBREVIATIONS = (
    "Capt.", "Cpt.", "Brig.", "Lt.", "Col.", "Maj.", "Sgt.", "Cmdr.", "Cdr.", "Spc.", "Pvt.", "Cpl.", "Amb.", "Insp.",
    "Supt.", "Hon.",
)
_SENTENCE_START = re.compile(r"(?:^|(?<=[^\W\d_]{2}[.!?]\s))\W*[^\W\d_]")  # not after "U.S. "


def load_nlp(settings: Settings):
    """Load the installed spaCy pipeline named in settings (never downloads)."""
    import spacy

    return tune_tokenizer(spacy.load(settings.nlp.spacy_model))


def tune_tokenizer(nlp):
    """``nlp`` with its tokenizer splitting off reference marks ("[1]") and
    direction marks, and keeping abbreviated ranks whole ("Capt.",
    "Brig."): spaCy's English exceptions lack most military ranks, and a
    rank's stop read as a full stop ends the sentence inside a name ("Navy
    Capt. | Jeff Davis said"). A parser in the pipeline gets a step before
    it that forbids sentence starts right after a word."""
    nlp.tokenizer.suffix_search = re.compile(
        nlp.tokenizer.suffix_search.__self__.pattern + _REFERENCE_MARK + "|" + _DIRECTION_MARKS + "+$").search
    nlp.tokenizer.prefix_search = re.compile(
        nlp.tokenizer.prefix_search.__self__.pattern + "|^" + _DIRECTION_MARKS + "+").search
    for abbreviation in RANK_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    if "parser" in nlp.pipe_names and "detente_no_break_without_stop" not in nlp.pipe_names:
        nlp.add_pipe("detente_no_break_without_stop", before="parser")
    return nlp


@Language.component("detente_no_break_without_stop")
def no_break_without_stop(doc):
    """No sentence starts right after a word: the parser's own splits inside
    "Operator 1st | Class Charles Keating" need a stop, a colon or a quote
    before them (paragraphs and lines are parsed apart already)."""
    for tok in doc[1:]:
        if doc[tok.i - 1].is_alpha or doc[tok.i - 1].like_num:
            tok.is_sent_start = False
    return doc


def paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """(offset, text) of each line of ``text`` with words, or of each table
    cell of a line with column separators (``|``, tab)."""
    for match in _PARAGRAPH.finditer(text):
        line = match.group()
        if not line.strip():
            continue
        if "|" not in line and "\t" not in line:
            yield match.start(), line
            continue
        for cell in _CELL.finditer(line):
            yield match.start() + cell.start(), cell.group()


def mostly_upper(text: str) -> bool:
    """Whether ``text`` is set in capitals: a headline, a shouted line."""
    letters = sum(map(str.isalpha, text))
    if not letters or len(_WORD.findall(text)) <= CAPS_MIN_WORDS:
        return False
    return sum(map(str.isupper, text)) / letters > CAPS_MIN_RATIO


def title_cased(text: str) -> bool:
    """Whether ``text`` is a headline in Title Case ("U.S. Lifts Travel Ban to
    Lebanon"): every word but the small ones capitalised, verbs included,
    which a sentence never does ("... met Chinese President Xi")."""
    found = _WORD.findall(text)
    if not CAPS_MIN_WORDS < len(found) <= TITLE_MAX_WORDS or mostly_upper(text):
        return False
    small = any(w.islower() and w in _SMALL_WORDS for w in found)  # "to", "in": a headline, not a list of names
    return small and title_case_ratio(text) == 1.0 and sum(w[0].isupper() for w in found) > CAPS_MIN_WORDS


def _same_length(changed: str, original: str) -> str:
    return changed if len(changed) == len(original) else original


def case_normalised(text: str, *, keep_acronyms: bool = False) -> str:
    """A sentence-case copy of ``text`` ("Russia and pakistan agree to hold
    joint drills"), character for character the same length, so offsets into
    it are offsets into ``text``. Title case parses no better than capitals
    (every word reads as a name); lower case with the capitals kept in the
    records lets the model tag and the actor dictionary still match
    "PAKISTAN". ``keep_acronyms``: words in capitals stay so, as they do in a
    Title Case headline ("Iran Rejects Talks With US")."""

    def lower(m: re.Match) -> str:
        word = m.group()
        # an abbreviation's letters ("U.S.", "U.N.") stay as written, like an acronym
        dotted = text[m.end():m.end() + 1] == "." and len(word) == 1
        kept = keep_acronyms and word.isupper() and (len(word) > 1 or dotted)
        return word if kept else _same_length(word.lower(), word)

    lowered = _WORD.sub(lower, text)
    return _SENTENCE_START.sub(lambda m: _same_length(m.group().upper(), m.group()), lowered)


def sentence_from_span(sent, *, article_id: str, index: int, offset: int, text: str | None = None) -> ParsedSentence:
    """Convert one spaCy sentence span to a record with sentence-local heads.

    ``text``: the paragraph as written, when the model was given a
    case-normalised copy of it; records then carry the original characters."""
    base = sent.start
    original = text if text is not None else sent.doc.text
    tokens = tuple(
        Token(
            i=tok.i - base,
            text=original[tok.idx : tok.idx + len(tok.text)],
            lemma=verb_lemma(tok.text, tok.lemma_.lower()) if tok.pos_ == "VERB" else tok.lemma_.lower(),
            pos=tok.pos_,
            tag=tok.tag_,
            dep=tok.dep_,
            head=tok.head.i - base,
            start=offset + tok.idx,
            end=offset + tok.idx + len(tok.text),
            ent_type=tok.ent_type_,
            ent_iob=tok.ent_iob_,
        )
        for tok in sent
    )
    tokens = attach_named_holders(attach_ties_to_nearest_noun(restore_main_verb(join_split_names(tokens))))
    tokens = attach_border_partners(tokens)
    tokens = attach_participle_objects(attach_listed_nouns(attach_envoy_posts(attach_trailing_speakers(tokens))))
    tokens = verbs_with_particles(attach_stray_objects(join_stacked_subjects(attach_reduced_relatives(tokens))))
    start = offset + sent.start_char
    end = offset + sent.end_char
    entities = tuple(
        Span(offset + ent.start_char, offset + ent.end_char, original[ent.start_char : ent.end_char], ent.label_)
        for ent in sent.ents
    )
    sentence = Sentence(article_id=article_id, index=index, start=start, end=end,
                        text=original[sent.start_char : sent.end_char])
    return ParsedSentence(sentence=sentence, tokens=tokens, entities=entities)


def model_text(text: str) -> str:
    """What the model parses for one paragraph: the text itself, or a
    case-normalised copy of a paragraph set in capitals or in Title Case."""
    if mostly_upper(text):
        return case_normalised(text)
    return case_normalised(text, keep_acronyms=True) if title_cased(text) else text


class ParseArticles:
    """Split articles into sentences and parse them with one shared spaCy model."""

    name = "nlp.parse.v1"
    requires = ("article",)
    produces = ("parsed_article",)

    def __init__(self, nlp, settings: Settings) -> None:
        self.nlp = nlp
        self.batch_size = settings.nlp.pipe_batch_size

    def __call__(self, articles: Sequence[Article]) -> BatchResult:
        # One nlp.pipe call over every paragraph of the batch keeps spaCy's
        # batching effective; paragraphs are regrouped per article after.
        jobs = [(n, start, text) for n, article in enumerate(articles) for start, text in paragraphs(article.text)]
        docs = self.nlp.pipe((model_text(text) for _, _, text in jobs), batch_size=self.batch_size)
        per_article: list[list[ParsedSentence]] = [[] for _ in articles]
        failed: dict[int, BaseException] = {}
        for (n, start, text), doc in zip(jobs, docs):
            if n in failed:
                continue
            try:
                bucket = per_article[n]
                for sent in doc.sents:
                    if sent.text.strip():
                        bucket.append(
                            sentence_from_span(sent, article_id=articles[n].article_id, index=len(bucket),
                                               offset=start, text=text)
                        )
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
                failed[n] = exc
        items = tuple(
            ParsedArticle(article=article, sentences=tuple(per_article[n]))
            for n, article in enumerate(articles)
            if n not in failed
        )
        failures = tuple(failure_from_exception(articles[n].article_id, self.name, exc) for n, exc in failed.items())
        return BatchResult(items=items, failures=failures)
