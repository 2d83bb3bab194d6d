"""Separate an article from the page furniture around it.

Scraped pages arrive as plain text: the story's paragraphs mixed with banners, bylines, captions, share
bars, "Most popular" lists and news feeds. :func:`clean` cuts the text into line blocks and decides for
each whether it is the headline (``TITLE``), part of the story (``BODY``) or not (``FURNITURE``, with a
short reason).

The algorithm, in three linear passes (see ``docs/cleaning.md``):

1. **Local features.** Every block is classed on its own: *prose* (enough words, ends a sentence, normal
   share of function words), *short* (headings, labels), *truncated* (long but stops mid-sentence), a
   furniture *cue* (byline, caption, timestamp, promo, share bar, ...) or a *section break* ("Most
   popular", "News Feed", a bare timestamp). The cues are generic patterns of news pages, never the
   strings of one site.
2. **Article region.** Prose scores its length in characters, everything else a penalty (small for a
   short heading, large for a section break); the article is the contiguous run of blocks with the
   largest total score (a maximum-sum segment, found in one pass). Furniture inside the run is still
   furniture; prose outside it (teasers, feed items, promos) is not the article.
3. **Headline.** The nearest heading-like block before the region, reached only across bylines, captions
   and timestamps, is the ``TITLE``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from enum import Enum

from chronicle.datelines import has_inner_dateline, is_only_dateline
from chronicle.lexicon import FUNCTION_WORDS, MONTH_PATTERN, WEEKDAY_PATTERN
from chronicle.model import Block, BlockKind

__all__ = ["clean"]

# Every character ``str.splitlines`` breaks on: a block never spans one of them.
_LINE = re.compile(r"[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")
_WORD = re.compile(r"\w+")  # digits count as words too: cheaper than a letters-only class
_EDGE = 160  # anchored cue patterns look at this many characters of a block's start or end


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# English function words (written for this module): their share separates running prose from lists of
# names, headlines and navigation labels, as in jusText's stopword density.
_STOPWORDS = FUNCTION_WORDS

# A block ends a sentence: terminal punctuation, possibly followed by closing quotes or brackets (also in
# PTB form: ``''`` and ``-RRB-``).
_TERMINALS = frozenset(".!?…:;")
_CLOSERS = frozenset("\"'”’»)]")
_CLOSING_QUOTES = ('"', "”", "»", "''")
_SENTENCE_END = re.compile(r"""[a-z0-9)][.!?]["”’]?\s+["“‘]?[A-Z]""")

_TIME = r"\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?\s?[Mm]\.?)?(?:\s*(?:GMT|UTC|BST|CET|CEST|EET|EEST|[ECMP][SD]?T))?"
_MONTH = MONTH_PATTERN
_WEEKDAY = WEEKDAY_PATTERN
_DIGIT = re.compile(r"\d")
_HAS_TIME = re.compile(_TIME)
_HAS_DATE = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b|\b\d{{1,2}}\s+{_MONTH}\s+\d{{4}}\b|"
    r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
)
# What may surround a time or date in a bare timestamp line ("8:56 PM (Updated: )", "3 hours ago").
_TIMESTAMP_FILLER = re.compile(
    rf"{_TIME}|{_MONTH}|{_WEEKDAY}|\b(?:updated|published|posted|last|modified|ago|today|yesterday|"
    r"just|now|at|on|am|pm|gmt|utc|et|mins?|minutes?|hours?|hrs?|days?|weeks?|seconds?|secs?)\b|[\d\W_]+",
    re.IGNORECASE,
)
_RELATIVE_TIME = re.compile(r"\b\d+\s*(?:min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?)\s+ago\b", re.I)

# Section headings that close the article: what follows them is another list, not the story.
_SECTION_BREAK = re.compile(
    r"^(?:most\s+(?:popular|read|viewed|shared|commented|recent)|popular(?:\s+now)?|"
    r"related(?:\s+(?:stories|articles|news|content|coverage|posts|topics|links|reading))?|"
    r"recommended(?:\s+(?:for\s+you|stories|articles|reading))?|"
    r"more\s+(?:news|stories|articles|from\b.{1,40}|on\s+this\s+(?:story|topic)|in\b.{1,30})|"
    r"news\s*feed|latest(?:\s+(?:news|stories|headlines|articles|updates))?|top\s+stories|"
    r"read\s+(?:next|more|also)|you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested\s+in)|"
    r"trending(?:\s+now)?|editor['’]?s['’]?\s+picks?|in\s+other\s+news|what\s+to\s+read\s+next|"
    r"further\s+reading|comments?(?:\s*\(\d+\))?|\d+\s+comments?|sponsored(?:\s+(?:content|stories))?|"
    r"from\s+around\s+the\s+web|around\s+the\s+web|more\s+like\s+this|also\s+read|see\s+also|"
    r"partner\s+content|promoted\s+stories|don['’]?t\s+miss|must\s+read|"
    r"(?:about|more\s+about)\s+the\s+authors?|tags?|topics?|keywords?|categories)$",
    re.IGNORECASE,
)

_PROMO = re.compile(
    r"^(?:subscribe|sign\s+up|sign\s+in|log\s+in|register|donate|join|download|get\s+(?:the|our|unlimited))\b|"
    r"\bsubscribe\s+(?:now|today|for|to\s+(?:our|the)\b)|\bsubscri(?:ber|ption)s?\s+(?:only|exclusive)\b|"
    r"\balready\s+a\s+subscriber\b|\bsign\s+up\s+(?:now|today|for|to)\b|\bnewsletters?\b|"
    r"\bbe\s+among\s+the\s+first\b|\bsupport\s+(?:our|independent|quality)\s+journalism\b|"
    r"\bbecome\s+a\s+(?:member|patron|subscriber|supporter)\b|\bfree\s+trial\b|\bunlimited\s+access\b|"
    r"\bdownload\s+(?:our|the)\s+app\b|\bregister\s+(?:now|for\s+free|today)\b|\bget\s+it\s+(?:now|today)\b|"
    r"\bdonate\s+(?:now|today)\b|\bdelivered\s+to\s+your\s+inbox\b|\benter\s+your\s+email\b",
    re.IGNORECASE,
)
_ADVERT = re.compile(
    r"^(?:advertisement|advertising|sponsored|ads?|promoted|paid\s+content)\b(?:\W+\w+){0,4}\W*$|"
    r"\b(?:story|article)\s+continues\s+(?:below|after)\b|\bscroll\s+to\s+continue\b|"
    r"^continue\s+reading(?:\s+below)?\W*$",
    re.IGNORECASE,
)
_NAVIGATION = re.compile(
    r"^(?:share(?:\s+(?:this|on|via|the\s+article|article|story))?\b|follow\s+(?:us|@)|skip\s+to\b|"
    r"jump\s+to\b|back\s+to\s+(?:top|home)|click\s+here\b|(?:read|see)\s+(?:more|also|next)\s*:|"
    r"related\s*:|also\s+read\s*:|more\s*:|home\s*(?:[>»/|]|$)|menu$|search$|close$|print$|copy\s+link\b)",
    re.IGNORECASE,
)
_LEGAL = re.compile(
    r"©|\(c\)\s*\d{4}|\ball\s+rights\s+reserved\b|\bcookies?\s+(?:policy|settings|preferences|consent|notice)\b|"
    r"\b(?:use|uses|accept|using|allow)\s+(?:all\s+)?cookies\b|\bprivacy\s+(?:policy|notice|settings)\b|"
    r"\bterms\s+(?:of\s+(?:use|service)|and\s+conditions)\b|\bmay\s+not\s+be\s+(?:published|reproduced)",
    re.IGNORECASE,
)
_MEDIA = re.compile(
    r"\baudio\s+is\s+(?:created|generated)\b|\blisten\s+to\s+(?:this|the)\s+(?:article|story)\b|"
    r"^(?:video|audio|watch|listen|play|gallery|photos?|infographic|podcast|live)\W*(?:\d{1,2}:\d{2})?\W*$|"
    r"^(?:watch|listen)\s*:|^\d{1,2}:\d{2}(?::\d{2})?$",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?:by\s+(?-i:[A-Z])[\w.'’-]*(?:\s|$)|(?:author|authors|written\s+by|words\s+by|reporting\s+by|edited\s+by|"
    r"editing\s+by|posted\s+by|contributor|updated|published|posted|last\s+updated|first\s+published)\b|"
    r"\(?(?:additional\s+)?(?:reporting|writing|editing)\s+by\b)",
    re.IGNORECASE,
)
_READ_TIME = re.compile(r"\bmin(?:ute)?s?\.?\s+read\b", re.IGNORECASE)
_CAPTION = re.compile(
    r"^(?:photo|photograph|image|picture|pictured|credit|caption|file\s+photo)s?\s*(?:by\b|:|\|)|"
    r"\((?:photo|image|picture|credit)\b[^()]{0,80}\)|\b(?:photo|photograph|image|picture)s?\s*(?::|by\b)|"
    r"\bphoto(?:graph)?\s+(?:published|taken|courtesy|by|credit)\b|\bgetty\s+images\b|\bvia\s+getty\b|\bshutterstock\b|\b(?:AFP|AP|EPA|Reuters)\s+photo\b|"
    r"\bphoto\s*/\s*\w",
    re.IGNORECASE,
)
_CAPTION_WORDS = _wordset(
    "photo photos photograph photographs image images picture pictures pictured credit caption getty "
    "shutterstock"
)
_MEDIA_WORDS = _wordset("audio listen watch")
_LEGAL_WORDS = _wordset("rights cookie cookies privacy terms c reproduced")
_SOCIAL_WORDS = _wordset(
    "facebook twitter linkedin whatsapp telegram instagram youtube email pinterest reddit tiktok tweet"
)
_PROMO_WORDS = _wordset(
    "subscribe subscriber subscribers subscription subscriptions newsletter newsletters among journalism "
    "member patron supporter trial unlimited app inbox email"
)
_PROMO_FIRST = _wordset("subscribe sign log register donate join download get")
_ADVERT_FIRST = _wordset("advertisement advertising sponsored ad ads promoted paid continue")
# "... military. (SBU)": a short parenthesised credit after the last sentence of a block.
_TRAILING_CREDIT = re.compile(r"""[.!?]["”’]?\s*\([^()\n]{1,40}\)\s*$""")
# "(Reuters) -" / "KYIV (AP) —": the dateline of a wire story opens a body paragraph, not furniture.


_ENDS_IN_DATE = re.compile(
    rf"\b(?:on|from|until|by|since|in|before|after)\s+(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?"
    rf"(?:,?\s+\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s+\d{{4}})?|{_WEEKDAY}|\d{{4}})\s*$"
)
# "Source: ministry press conference on 8 April", "Note: ...": an attribution line of the story
_ATTRIBUTION = re.compile(
    r"^(?:sources?|note|editor['’]?s\s+note|update|correction|clarification|according\s+to)\b\s*:?", re.I
)
_MENU_MARK = re.compile(r"[|›»]")  # "A | B"
_MENU_SEPARATOR = re.compile(r"\s[/–—·>-]\s")  # twice in a line: "News / Crime / Courts"


class _Local(Enum):
    """What a block looks like on its own."""

    PROSE = "prose"
    SHORT = "short"
    TRUNCATED = "truncated"
    CUE = "cue"  # furniture that may sit inside an article (a caption, an ad label, a share bar)
    BREAK = "break"  # furniture that closes the article (a "Most popular" heading, a feed timestamp)


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    local: _Local
    reason: str  # the furniture reason of a CUE or BREAK block
    words: int
    stopwords: int
    terminal: bool
    headline_like: bool
    attribution: bool = False  # "Source: ... press conference on 8 April"
    dateline: bool = False  # "Vatican City, April 28 (LaPresse)."
    menu: bool = False  # "Arts | Obituaries | Culture"


# Region scores: prose earns its length in characters; the rest costs.
_SHORT_COST = -30  # a heading or label
_SHORT_SENTENCE_COST = -5  # a short sentence ("Nobody led.") or list item: bridged easily
_CUE_COST = -200
_BREAK_COST = -1000
_SHORT_WORDS = 8  # a block of fewer words is a heading or label, never prose
_LONG_CUE_WORDS = 30  # cues that could occur in a sentence count only in blocks shorter than this
_LONG_CAPTION_WORDS = 60  # a block this long is never a caption
_MIN_STOPWORD_SHARE = 0.18
_TITLE_LOOKBACK = 6  # blocks between the headline and the first paragraph (byline, caption, ...)


def clean(text: str) -> tuple[Block, ...]:
    """Cut ``text`` into line blocks and classify each as the headline, the story or page furniture.

    The blocks are in order, do not overlap, have no leading or trailing whitespace and together cover
    every non-whitespace character of ``text``. At most one block is ``TITLE``; every ``FURNITURE`` block
    carries a short reason ("byline", "caption", "timestamp", "promo", "navigation", "feed item",
    "teaser", "truncated", "heading", ...).
    """
    spans = [_describe(text, start, end) for start, end in _blocks(text)]
    if not spans:
        return ()
    if sum(s.stopwords for s in spans) < 0.05 * sum(s.words for s in spans):
        # not English, or no prose at all: judge prose by its shape only
        spans = [_relax(s) for s in spans]
    first, last = _region(spans)
    if last < first:  # no block reads as a finished paragraph: take what is cut off as the best there is
        spans = [replace(s, local=_Local.PROSE) if s.local is _Local.TRUNCATED else s for s in spans]
        first, last = _region(spans)
    if last >= first and first > 0 and spans[first - 1].dateline:
        first -= 1  # a wire dateline right before the story opens it (its date is a signal)
    title = _title(spans, first) if last >= first else None
    summary = None
    if title is not None and _is_summary(spans[title]) and title > 0 and _is_headline(spans[title - 1]):
        # "Headline" / "A sentence that sums the story up" / byline: the second line is the summary
        summary, title = title, title - 1
    blocks: list[Block] = []
    after_break = False
    for index, span in enumerate(spans):
        if index == title:
            blocks.append(Block(span.start, span.end, BlockKind.TITLE))
        elif index == summary:
            blocks.append(Block(span.start, span.end, BlockKind.BODY))
        elif first <= index <= last:
            blocks.append(_inside(span))
        else:
            if index > last and span.local is _Local.BREAK:
                after_break = True
            reason = _outside(span, index, last, after_break)
            blocks.append(Block(span.start, span.end, BlockKind.FURNITURE, reason))
    return tuple(blocks)


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """The non-blank lines of ``text``, without their surrounding whitespace, as (start, end) offsets."""
    for match in _LINE.finditer(text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            start = match.start() + len(line) - len(line.lstrip())
            yield start, start + len(stripped)


def _describe(text: str, start: int, end: int) -> _Span:
    block = text[start:end]
    head, tail = block[:_EDGE], block[-_EDGE:]
    long_block = end - start > 4 * _EDGE
    lower = (head + " " + tail if long_block else block).lower()
    words = _WORD.findall(lower)
    n_words = max(len(words), (end - start) // 6) if long_block else len(words)
    stop = sum(map(_STOPWORDS.__contains__, words))
    share = stop / len(words) if words else 0.0
    last = tail.rstrip()[-1]
    terminal = _ends_sentence(tail)
    first_char = block[0]
    headline_like = (
        2 <= n_words <= 30
        and (first_char.isupper() or first_char.isdigit() or first_char in "\"'‘“«")
        and not block.rstrip("”’\"' ").endswith((".", ",", ";"))
    )
    reason = _cue(block, lower, tail, n_words, frozenset(words), terminal)
    if reason is not None:
        local = _Local.BREAK if reason in {"section", "timestamp"} else _Local.CUE
    elif n_words >= _SHORT_WORDS and terminal and share >= _MIN_STOPWORD_SHARE:
        local = _Local.PROSE
    elif (
        share >= _MIN_STOPWORD_SHARE
        and (last.isalnum() or last in ",–—-")
        and (n_words >= _LONG_CUE_WORDS or (n_words >= 2 * _SHORT_WORDS and _SENTENCE_END.search(block)))
    ):
        # a cut-off paragraph (a teaser); one unpunctuated sentence is a heading. A lead paragraph that ends
        # in a date ("... in Gdansk on Wednesday, May 17") lost its full stop, not its end: prose.
        local = _Local.PROSE if _ENDS_IN_DATE.search(tail) else _Local.TRUNCATED
    else:
        local = _Local.SHORT
    if (
        local is not _Local.PROSE
        and reason is None
        and n_words >= _SHORT_WORDS
        and has_inner_dateline(block[:400])
    ):
        # "WASHINGTON | Thu Apr 30 , 2009 7:36 pm EDT WASHINGTON -LRB- Reuters -RRB- - Staying inside ...": a
        # wire dateline opens the news here, whatever furniture is glued before it: the story's lead
        local = _Local.PROSE
    return _Span(
        start,
        end,
        local,
        reason or "",
        n_words,
        stop,
        terminal,
        headline_like,
        attribution=local is _Local.SHORT and n_words >= 4 and _ATTRIBUTION.match(block) is not None,
        dateline=n_words <= 12 and is_only_dateline(block),
        menu=_MENU_MARK.search(head) is not None or len(_MENU_SEPARATOR.findall(head)) >= 2,
    )


def _ends_sentence(tail: str) -> bool:
    """Terminal punctuation, possibly followed by closing quotes or brackets (also PTB ``''``, ``-RRB-``)."""
    rest = tail.rstrip()
    if rest.endswith(_CLOSING_QUOTES):
        return True
    while rest:
        if rest.endswith("-RRB-"):
            rest = rest[:-5].rstrip()
        elif rest[-1] in _CLOSERS:
            rest = rest[:-1].rstrip()
        else:
            break
    return bool(rest) and rest[-1] in _TERMINALS


def _relax(span: _Span) -> _Span:
    """Without function words to count, a long block that ends a sentence is prose."""
    if span.local is _Local.SHORT and span.terminal and span.words >= _SHORT_WORDS:
        return replace(span, local=_Local.PROSE)
    return span


def _cue(block: str, lower: str, tail: str, words: int, vocab: frozenset[str], terminal: bool) -> str | None:
    """The furniture reason a block's own text shows, if any.

    Word triggers (``vocab & _..._WORDS``) gate the costlier patterns, which keeps the pass fast.
    """
    if words >= _LONG_CAPTION_WORDS:
        return None
    if tail.endswith(")") and _TRAILING_CREDIT.search(tail):
        return "caption"
    if words >= _LONG_CUE_WORDS:
        return None
    if len(block) <= 80 and _DIGIT.search(block) and _is_timestamp(block):
        return "timestamp"
    if not terminal and _SECTION_BREAK.match(block.strip(" :.-–—|»›>#*•·\u00a0")):
        return "section"
    # A credit glued before a whole sentence ("Photograph: AP How much oil is lost?") leaves the sentence.
    if vocab & _CAPTION_WORDS and _CAPTION.search(lower) and (words < 15 or not terminal):
        return "caption"
    if _BYLINE.match(block) and (not terminal or _HAS_DATE.search(block) or _HAS_TIME.search(block)):
        return "byline"
    if "read" in vocab and _READ_TIME.search(lower):
        return "byline"
    first = lower.split(None, 1)[0]
    if (first in _ADVERT_FIRST or "continue" in vocab or "continues" in vocab) and _ADVERT.search(block):
        return "advertisement"
    if (words <= 3 or vocab & _MEDIA_WORDS or block[0].isdigit()) and _MEDIA.search(block):
        return "media"
    if (words < 12 or not terminal) and ("©" in block or vocab & _LEGAL_WORDS) and _LEGAL.search(lower):
        return "legal"
    if (words < 12 or not terminal) and _NAVIGATION.match(block):
        return "navigation"
    if not terminal and (first in _SOCIAL_WORDS or len(vocab & _SOCIAL_WORDS) >= 2):
        return "navigation"
    if (
        (words < 20 or not terminal)
        and (first in _PROMO_FIRST or vocab & _PROMO_WORDS)
        and _PROMO.search(lower)
    ):
        return "promo"
    return None


def _is_timestamp(block: str) -> bool:
    """A line that is only a time or a date ("8:56 PM (Updated: )", "April 10, 2025", "3 hours ago")."""
    if len(block) > 80:
        return False
    if not (_HAS_TIME.search(block) or _HAS_DATE.search(block) or _RELATIVE_TIME.search(block)):
        return False
    return not _TIMESTAMP_FILLER.sub("", block).strip()


def _score(span: _Span) -> int:
    if span.local is _Local.PROSE:
        return span.end - span.start
    if span.local is _Local.SHORT:
        return _SHORT_SENTENCE_COST if span.terminal else _SHORT_COST
    if span.local is _Local.BREAK:
        return _BREAK_COST
    return _CUE_COST


def _region(spans: list[_Span]) -> tuple[int, int]:
    """First and last index of the run of blocks with the largest total score (Kadane); (0, -1) if none."""
    best, best_first, best_last = 0, 0, -1
    total, first = 0, 0
    for index, span in enumerate(spans):
        if total <= 0:
            total, first = 0, index
        total += _score(span)
        if total > best:
            best, best_first, best_last = total, first, index
    return best_first, best_last


def _title(spans: list[_Span], first: int) -> int | None:
    """The headline: the nearest heading-like block before the article, across bylines and captions only."""
    for index in range(first - 1, max(-1, first - 1 - _TITLE_LOOKBACK), -1):
        span = spans[index]
        if span.local is _Local.CUE and span.reason in {"byline", "caption", "media", "advertisement"}:
            continue
        if span.local is _Local.BREAK and span.reason == "timestamp":
            continue
        if span.local is _Local.SHORT and span.headline_like:
            return index
        return None
    return None


def _is_summary(span: _Span) -> bool:
    """A standfirst: a sentence-like line (enough words, normal share of function words), no menu."""
    return span.words >= _SHORT_WORDS and span.stopwords >= _MIN_STOPWORD_SHARE * span.words and not span.menu


def _is_headline(span: _Span) -> bool:
    return span.local is _Local.SHORT and span.headline_like and not span.menu and span.words >= 4


def _inside(span: _Span) -> Block:
    if span.local is _Local.PROSE:
        return Block(span.start, span.end, BlockKind.BODY)
    if span.local is _Local.SHORT:
        if span.terminal or span.attribution:
            return Block(span.start, span.end, BlockKind.BODY)
        return Block(span.start, span.end, BlockKind.FURNITURE, "heading")
    if span.local is _Local.TRUNCATED:
        return Block(span.start, span.end, BlockKind.FURNITURE, "truncated")
    return Block(span.start, span.end, BlockKind.FURNITURE, span.reason)


def _outside(span: _Span, index: int, last: int, after_break: bool) -> str:
    if span.local in {_Local.CUE, _Local.BREAK}:
        return span.reason
    if span.local is _Local.TRUNCATED:
        return "truncated"
    if last < 0:
        return "no article"
    if index < last:
        return "header" if span.local is _Local.SHORT else "outside article"
    return "feed item" if after_break else "teaser"
