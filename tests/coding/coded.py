"""Code hand-built sentences as one article, and read the result as triples."""

from detente.types import Article, ParsedArticle


def code_sentences(coder, *sentences, published="2015-04-16"):
    text = " ".join(s.sentence.text for s in sentences)
    article = Article(article_id="a1", source="t", text=text, raw=text, published=published, date_precision="day")
    return coder.code_article(ParsedArticle(article=article, sentences=sentences)).mentions


def triples(mentions):
    """(source code, CAMEO code, target code) of each mention."""
    return {(m.source and m.source.code, m.cameo.code, m.target and m.target.code) for m in mentions}
