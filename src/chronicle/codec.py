"""Documents to JSON-ready data and back, exactly.

``document_from_dict(document_to_dict(d)) == d`` for every :class:`~chronicle.model.Document` (a Hypothesis
test pins it); :func:`dumps_document` / :func:`loads_document` add the JSON text step (the whole document:
what version 2 of the store kept per article). The store and the distributed workers now use the
annotations-only format below.

Format ``chronicle.document/1``::

    {"schema": "chronicle.document/1",
     "article": {"id", "published": "YYYY-MM-DD", "text", "title"?,
                 "origins": [{"path", "outlet", "line"?, "url"?}, ...]},
     "blocks": [[start, end, kind, reason], ...],
     "sentences": [{"index", "start", "end", "text"?, "timexes": [...]?}, ...]}

    timex: {"start", "end", "text"?, "value", "anchor", "anchor_value"?, "future"?}

A sentence's or timex's ``text`` is written only when it differs from ``article.text[start:end]`` (the model's
invariant says it never does), so the article text is stored once. A time value is its ISO form
(``2025-02``, ``2025-W15``) followed by ``|start``/``|mid``/``|end`` when it has a modifier. Optional keys are
left out at their default. The JSON text is ASCII (``ensure_ascii``), so text with lone surrogates survives
any UTF-8 store.

Format ``chronicle.annotations/1`` (:func:`dumps_annotations` / :meth:`DocumentReader.annotated`) is what the
store keeps and what a distributed worker sends back: a document's annotations *without its article*, which
the reader already has (the store keeps the text in a column of its own; the client of a distributed build
read it). Positional arrays, because a whole store is decoded at once::

    {"schema": "chronicle.annotations/1",
     "blocks": [[start, end, kind, reason], ...],
     "sentences": [[index, start, end], [index, start, end, [timex, ...]], [index, start, end, [...], text]]}

    timex: [start, end, value, anchor, anchor_value | null, future] (+ [text] when it differs)

As in ``chronicle.document/1``, a sentence's or timex's text is written only when it differs from the
article text at its offsets.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any

from chronicle.errors import StoreError
from chronicle.model import (
    Anchor,
    Article,
    Block,
    BlockKind,
    Document,
    Granularity,
    Modifier,
    Origin,
    Sentence,
    TimeValue,
    Timex,
)

__all__ = [
    "ANNOTATIONS_SCHEMA",
    "DOCUMENT_SCHEMA",
    "DocumentReader",
    "document_from_dict",
    "document_to_dict",
    "dumps_annotations",
    "dumps_document",
    "loads_document",
    "origin_from_dict",
    "origin_to_dict",
    "time_value_from_str",
    "time_value_to_str",
]

DOCUMENT_SCHEMA = "chronicle.document/1"
ANNOTATIONS_SCHEMA = "chronicle.annotations/1"


def time_value_to_str(value: TimeValue) -> str:
    """``2025-02-05``, ``2025-02|start``, ``2025-W15``: the ISO form, then the modifier if any."""
    if value.modifier is Modifier.NONE:
        return value.iso
    return f"{value.iso}|{value.modifier.value}"


def time_value_from_str(text: str) -> TimeValue:
    iso, _, modifier = text.partition("|")
    parsed = TimeValue.parse(iso)
    if not modifier:
        return parsed
    return TimeValue(parsed.year, parsed.month, parsed.day, Modifier(modifier), parsed.week)


def origin_to_dict(origin: Origin) -> dict[str, Any]:
    data: dict[str, Any] = {"path": origin.path, "outlet": origin.outlet}
    if origin.line is not None:
        data["line"] = origin.line
    if origin.url is not None:
        data["url"] = origin.url
    return data


def origin_from_dict(data: Mapping[str, Any]) -> Origin:
    return Origin(path=data["path"], outlet=data["outlet"], line=data.get("line"), url=data.get("url"))


def _timex_to_dict(timex: Timex, text: str) -> dict[str, Any]:
    data: dict[str, Any] = {
        "start": timex.start,
        "end": timex.end,
        "value": time_value_to_str(timex.value),
        "anchor": timex.anchor.value,
    }
    if text[timex.start : timex.end] != timex.text:
        data["text"] = timex.text
    if timex.anchor_value is not None:
        data["anchor_value"] = time_value_to_str(timex.anchor_value)
    if timex.future:
        data["future"] = True
    return data


def _sentence_to_dict(sentence: Sentence, text: str) -> dict[str, Any]:
    data: dict[str, Any] = {"index": sentence.index, "start": sentence.start, "end": sentence.end}
    if text[sentence.start : sentence.end] != sentence.text:
        data["text"] = sentence.text
    if sentence.timexes:
        data["timexes"] = [_timex_to_dict(t, text) for t in sentence.timexes]
    return data


def document_to_dict(document: Document) -> dict[str, Any]:
    """JSON-ready data for ``document`` (format ``chronicle.document/1``)."""
    article = document.article
    text = article.text
    article_data: dict[str, Any] = {
        "id": article.id,
        "published": article.published.isoformat(),
        "text": text,
        "origins": [origin_to_dict(o) for o in article.origins],
    }
    if article.title is not None:
        article_data["title"] = article.title
    if article.published_precision is not Granularity.DAY:
        article_data["published_precision"] = article.published_precision.value
    data: dict[str, Any] = {
        "schema": DOCUMENT_SCHEMA,
        "article": article_data,
        "blocks": [[b.start, b.end, b.kind.value, b.reason] for b in document.blocks],
        "sentences": [_sentence_to_dict(s, text) for s in document.sentences],
    }
    if document.ungrounded:
        data["ungrounded"] = document.ungrounded
    return data


def document_from_dict(data: Mapping[str, Any]) -> Document:
    """The :class:`Document` that :func:`document_to_dict` turned into ``data``.

    Raises :class:`StoreError` when ``data`` is not a ``chronicle.document/1`` record.
    """
    return DocumentReader().from_dict(data)


_BLOCK_KINDS: Mapping[str, BlockKind] = MappingProxyType({k.value: k for k in BlockKind})
_ANCHORS: Mapping[str, Anchor] = MappingProxyType({a.value: a for a in Anchor})


class DocumentReader:
    """Decodes many documents, sharing equal time values between them (they are immutable), which makes
    loading a whole store several times faster. Holds only that cache; make one per batch of documents."""

    def __init__(self) -> None:
        self._values: dict[str, TimeValue] = {}

    def loads(self, text: str | bytes) -> Document:
        """The document :func:`dumps_document` wrote; raises :class:`StoreError` on anything else."""
        try:
            data = json.loads(text)
        except (ValueError, UnicodeDecodeError) as error:
            raise StoreError(f"a stored document is not valid JSON: {error}") from error
        return self.from_dict(data)

    def annotated(self, article: Article, data: str | bytes) -> Document:
        """``article`` with the annotations :func:`dumps_annotations` wrote (``chronicle.annotations/1``);
        raises :class:`StoreError` on anything else."""
        try:
            found = json.loads(data)
        except (ValueError, UnicodeDecodeError) as error:
            raise StoreError(f"stored annotations are not valid JSON: {error}") from error
        schema = found.get("schema") if isinstance(found, dict) else None
        if schema != ANNOTATIONS_SCHEMA:
            raise StoreError(f"not a {ANNOTATIONS_SCHEMA} record (schema: {schema!r})")
        text = article.text
        kinds = _BLOCK_KINDS
        sentence = self._sentence_row
        try:
            blocks = tuple([Block(s, e, kinds[k], r) for s, e, k, r in found["blocks"]])
            sentences = tuple([sentence(row, text) for row in found["sentences"]])
        except (KeyError, TypeError, ValueError) as error:
            problem = f"{type(error).__name__}: {error}"
            raise StoreError(f"malformed {ANNOTATIONS_SCHEMA} record: {problem}") from error
        return Document(article, blocks, sentences)

    def _sentence_row(self, row: Sequence[Any], text: str) -> Sentence:
        index, start, end = row[0], row[1], row[2]
        if len(row) == 3:
            return Sentence(index, start, end, text[start:end])
        timexes = tuple([self._timex_row(t, text) for t in row[3]])
        return Sentence(index, start, end, row[4] if len(row) > 4 else text[start:end], timexes)

    def _timex_row(self, row: Sequence[Any], text: str) -> Timex:
        start, end, value, anchor, anchor_value, future = row[:6]
        return Timex(
            start,
            end,
            row[6] if len(row) > 6 else text[start:end],
            self._value(value),
            _ANCHORS[anchor],
            self._value(anchor_value) if anchor_value is not None else None,
            bool(future),
        )

    def from_dict(self, data: Mapping[str, Any]) -> Document:
        """See :func:`document_from_dict`."""
        schema = data.get("schema") if isinstance(data, Mapping) else None
        if schema != DOCUMENT_SCHEMA:
            raise StoreError(f"not a {DOCUMENT_SCHEMA} record (schema: {schema!r})")
        try:
            article_data = data["article"]
            text = article_data["text"]
            article = Article(
                id=article_data["id"],
                published=dt.date.fromisoformat(article_data["published"]),
                text=text,
                origins=tuple(origin_from_dict(o) for o in article_data["origins"]),
                title=article_data.get("title"),
                published_precision=Granularity(article_data.get("published_precision", "day")),
            )
            blocks = tuple(_block_from_list(b) for b in data["blocks"])
            sentences = tuple(self._sentence(s, text) for s in data["sentences"])
        except (KeyError, TypeError, ValueError) as error:
            problem = f"{type(error).__name__}: {error}"
            raise StoreError(f"malformed {DOCUMENT_SCHEMA} record: {problem}") from error
        return Document(
            article=article, blocks=blocks, sentences=sentences, ungrounded=int(data.get("ungrounded", 0))
        )

    def _value(self, text: str) -> TimeValue:
        value = self._values.get(text)
        if value is None:
            value = self._values[text] = time_value_from_str(text)
        return value

    def _sentence(self, data: Mapping[str, Any], text: str) -> Sentence:
        start, end = data["start"], data["end"]
        found = data.get("timexes")
        return Sentence(
            index=data["index"],
            start=start,
            end=end,
            text=data["text"] if "text" in data else text[start:end],
            timexes=tuple(self._timex(t, text) for t in found) if found else (),
        )

    def _timex(self, data: Mapping[str, Any], text: str) -> Timex:
        start, end = data["start"], data["end"]
        anchor_value = data.get("anchor_value")
        return Timex(
            start=start,
            end=end,
            text=data["text"] if "text" in data else text[start:end],
            value=self._value(data["value"]),
            anchor=_ANCHORS[data["anchor"]],
            anchor_value=self._value(anchor_value) if anchor_value is not None else None,
            future=bool(data.get("future", False)),
        )


def _block_from_list(data: Sequence[Any]) -> Block:
    start, end, kind, reason = data
    return Block(start=start, end=end, kind=_BLOCK_KINDS[kind], reason=reason)


def _timex_to_row(timex: Timex, text: str) -> list[Any]:
    anchor_value = timex.anchor_value
    row: list[Any] = [
        timex.start,
        timex.end,
        time_value_to_str(timex.value),
        timex.anchor.value,
        time_value_to_str(anchor_value) if anchor_value is not None else None,
        1 if timex.future else 0,
    ]
    if text[timex.start : timex.end] != timex.text:
        row.append(timex.text)
    return row


def _sentence_to_row(sentence: Sentence, text: str) -> list[Any]:
    row: list[Any] = [sentence.index, sentence.start, sentence.end]
    differs = text[sentence.start : sentence.end] != sentence.text
    if sentence.timexes or differs:
        row.append([_timex_to_row(t, text) for t in sentence.timexes])
    if differs:
        row.append(sentence.text)
    return row


def dumps_annotations(document: Document) -> str:
    """Compact ASCII JSON of ``document``'s annotations without its article (``chronicle.annotations/1``);
    :meth:`DocumentReader.annotated` puts them back on the article."""
    text = document.article.text
    data = {
        "schema": ANNOTATIONS_SCHEMA,
        "blocks": [[b.start, b.end, b.kind.value, b.reason] for b in document.blocks],
        "sentences": [_sentence_to_row(s, text) for s in document.sentences],
    }
    return json.dumps(data, ensure_ascii=True, separators=(",", ":"))


def dumps_document(document: Document) -> str:
    """Compact ASCII JSON text of ``document``."""
    return json.dumps(document_to_dict(document), ensure_ascii=True, separators=(",", ":"))


def loads_document(text: str | bytes) -> Document:
    """The document :func:`dumps_document` wrote; raises :class:`StoreError` on anything else."""
    return DocumentReader().loads(text)
