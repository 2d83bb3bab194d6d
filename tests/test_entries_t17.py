"""Timeline entry rules (chronicle.entries) on real T17 dev sentences that were shown as summaries before
(found by scripts/audit_entries.py): each article is read and annotated alone, as the pipeline reads it."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from chronicle.entries import entry_text
from chronicle.model import Document, Sentence
from chronicle.pipeline import Pipeline, PipelineOptions


def _article(t17_dir: Path, topic: str, article_id: str, tmp_path: Path) -> Document:
    with gzip.open(t17_dir / topic / "articles.jsonl.gz", "rt", encoding="utf-8") as lines:
        record = next(json.loads(line) for line in lines if f'"{article_id}"' in line)
    path = tmp_path / f"{topic}.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (document,) = Pipeline(PipelineOptions(stages=())).run([path]).documents
    return document


def _sentence(document: Document, words: str) -> Sentence:
    return next(s for s in document.sentences if words in s.text)


def _shown(document: Document, sentence: Sentence) -> str | None:
    return entry_text(document, sentence, sentence.timexes[0] if sentence.timexes else None, False)


@pytest.mark.parametrize(
    ("topic", "article_id", "words", "starts"),
    [
        # two datelines in a row: both go
        ("bpoil", "foxnews/2010-06-28/572", "The BP oil spill has hammered", "The BP oil spill has hammered"),
        # a dateline naming two places joined by an escaped slash
        ("bpoil", "reuters/2010-05-14/1882", "geared up for its latest", "BP on Thursday geared up"),
        # a photo credit, then a dateline with an abbreviated month
        (
            "Finan",
            "washingtonpost/2008-10-16/755",
            "While the United States reels",
            "While the United States",
        ),
        # a live page's update stamp, one bracket nested
        ("EgyptianProtest", "cnn/2011-02-03/222", "Tommy Vietor said", "National Security Council"),
        # a page stamp and a server's error line
        ("MJ", "bbc/2011-07-26/330", "Katherine Jackson has announced", "Katherine Jackson has announced"),
        # a blog's byline and time
        ("bpoil", "bbc/2010-05-28/1391", "Commentators react", "Commentators react"),
        # a call to follow the live page
        ("bpoil", "guardian/2010-05-10/1436", "BP revealed yesterday", "BP revealed yesterday"),
    ],
)
def test_credits_stamps_and_datelines_are_cut(
    t17_dir: Path, tmp_path: Path, topic: str, article_id: str, words: str, starts: str
) -> None:
    document = _article(t17_dir, topic, article_id, tmp_path)
    sentence = _sentence(document, words)
    shown = _shown(document, sentence)
    assert shown is not None and shown.startswith(starts), shown
    assert sentence.text[: len(starts)] != starts  # the sentence as written opened with furniture


@pytest.mark.parametrize(
    ("topic", "article_id", "words"),
    [
        ("EgyptianProtest", "cnn/2011-02-08/257", "We see this now"),  # a columnist's "we"
        ("haiti", "bbc/2010-01-21/726", "I was trying to get to my home"),  # a witness's "I"
        ("haiti", "bbc/2010-01-20/1797", "You can donate"),  # an appeal to the reader
        ("bpoil", "bbc/2010-06-15/1983", "Are you affected by the oil spill"),  # a question to the reader
        ("Finan", "washingtonpost/2008-09-16/995", "Report abuse Yet another liberal"),  # a reader's comment
        ("H1N1", "reuters/2009-05-04/427", "-LRB- MSD -RRB- confirmed today"),  # a fragment of a sentence
        ("Finan", "washingtonpost/2008-09-07/1107", "BAD MONEY Reckless Finance"),  # a book's listing
    ],
)
def test_sentences_that_cannot_stand_alone_are_not_summaries(
    t17_dir: Path, tmp_path: Path, topic: str, article_id: str, words: str
) -> None:
    document = _article(t17_dir, topic, article_id, tmp_path)
    sentence = _sentence(document, words)
    assert _shown(document, sentence) is None, sentence.text


def test_a_stamps_date_dates_the_whole_report_when_trimming(t17_dir: Path, tmp_path: Path) -> None:
    """A Post stamp ("Friday , October 10 , 2008 ; 12:00 PM U.S. stocks continued ..."): the clause
    trimming once showed only "Friday , October 10 , 2008." for the stamp's date."""
    document = _article(t17_dir, "Finan", "washingtonpost/2008-10-10/1960", tmp_path)
    sentence = _sentence(document, "U.S. stocks continued a relentless sell off")
    stamp = next(t for t in sentence.timexes if t.value.iso == "2008-10-10")
    shown = entry_text(document, sentence, stamp, True)
    assert shown is not None and shown.startswith("U.S. stocks continued a relentless sell off"), shown
