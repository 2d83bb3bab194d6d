"""The per-article stages: clean the page, split sentences, ground temporal expressions.

``annotate`` is a pure function of one :class:`~chronicle.model.Article`; it is what the store caches and what
a distributed build runs on its workers. Everything after it (story, timeline) works on documents only.
"""

from __future__ import annotations

from chronicle.clean import clean
from chronicle.model import Article, BlockKind, Document, Sentence
from chronicle.sentences import split_sentences
from chronicle.temporal import ground_document


def annotate(article: Article) -> Document:
    """Clean, split and ground one article."""
    text = article.text
    blocks = clean(text)
    body = [(b.start, b.end) for b in blocks if b.kind is BlockKind.BODY]
    spans = split_sentences(text, body)
    grounded = ground_document(text, spans, article.published, article.published_precision)
    sentences = tuple(
        Sentence(index=i, start=s, end=e, text=text[s:e], timexes=found)
        for i, ((s, e), found) in enumerate(zip(spans, grounded.timexes, strict=True))
    )
    return Document(article=article, blocks=blocks, sentences=sentences, ungrounded=grounded.ungrounded)


def title_of(document: Document) -> str | None:
    """The article's headline: its own title when the input had one, else the block the cleaner marked."""
    if document.article.title:
        return document.article.title
    for block in document.blocks:
        if block.kind is BlockKind.TITLE:
            return document.article.text[block.start : block.end].strip()
    return None
