"""Build ``ParsedSentence`` records by hand, the way spaCy's tests build a Doc:
no model is loaded, and each test states the parse it is about."""

from __future__ import annotations

from detente.types import ParsedSentence, Sentence, Span, Token


def parsed(rows, *, article_id: str = "a1", index: int = 0, offset: int = 0, ents=(), tags=None) -> ParsedSentence:
    """``rows``: (text, lemma, pos, dep, head[, ent_type]) per token, heads
    sentence-local; tokens are joined by single spaces (no space before
    punctuation and "'s"). ``tags``: fine-grained tags by token index
    ("VBN"), where a rule reads them."""
    tokens, text, pos_ = [], "", offset
    for i, row in enumerate(rows):
        word, lemma, pos, dep, head, *rest = row
        if text and not (pos == "PUNCT" or word in ("'s", "n't")):
            text += " "
        start = offset + len(text)
        text += word
        tokens.append(Token(i=i, text=word, lemma=lemma, pos=pos, tag=(tags or {}).get(i, ""), dep=dep, head=head,
                            start=start, end=start + len(word), ent_type=rest[0] if rest else ""))
    spans = []
    for label, first, last in ents:
        start, end = tokens[first].start, tokens[last].end
        spans.append(Span(start, end, text[start - offset:end - offset], label))
    sentence = Sentence(article_id=article_id, index=index, start=offset, end=offset + len(text), text=text)
    return ParsedSentence(sentence=sentence, tokens=tuple(tokens), entities=tuple(spans))
