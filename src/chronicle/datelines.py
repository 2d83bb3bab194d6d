"""Datelines: the place, date and agency a wire story opens with.

"Vatican City, April 28 (LaPresse).", "KYIV, Ukraine (AP) — ...", "LONDON, April 8 (Reuters) - ...",
"Mandalay, (APP - UrduPoint / Pakistan Point News - 29th Mar, 2025) More than 90 people ...", and in PTB text
"HOUSTON , Dec 8 -LRB- Reuters -RRB- - Helix ...". A dateline carries a date signal (the tagger still reads
it) but is not news: a timeline entry shows the sentence without it, and a sentence that is only a dateline
is never a summary. So are the credits and page stamps around one, however many in a row: a photo or agency
credit ("-LRB- By Ted S. Warren -- Associated Press -RRB-"), a live page's update stamp ("-LRB- Update 4:50
a.m. in Cairo , 9:50 p.m. ET -RRB-"), a page's time stamp, alone or after a glued headline ("Page last
updated at 08:03 GMT , Tuesday , 26 July 2011", "... crisis Sunday 30 May 2010 22.52 BST A video image ...").

"""

from __future__ import annotations

import re

from chronicle.lexicon import MONTH_PATTERN, WEEKDAY_PATTERN

__all__ = ["dateline_end", "has_inner_dateline", "is_only_dateline"]

_MONTH = MONTH_PATTERN
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# "HOUSTON\\/PORT FOURCHON": two places joined by a slash (escaped in PTB text)
_PLACE_WORD = r"[A-Z][A-Za-z.'’-]*(?:\\?/[A-Z][A-Za-z.'’-]*)?"
_PLACE = (
    rf"{_PLACE_WORD}(?:[ -]{_PLACE_WORD}){{0,3}}(?:\s*,\s*{_PLACE_WORD}(?:\s{_PLACE_WORD}){{0,2}})?"
    r"(?:\s*\[[A-Z][A-Za-z ]{1,30}\])?"  # "New Delhi [India], June 12 (ANI):"
)
_CAPS_PLACE = (
    r"[A-Z][A-Z.'’-]+(?:(?:[ -]|\\?/)[A-Z][A-Z.'’-]+){0,3}"
    r"(?:\s*,\s*[A-Z][A-Za-z.'’-]+(?:\s[A-Z][A-Za-z.'’-]+){0,2})?"
)
_DATE = rf"(?:{_MONTH}\s+{_DAY}(?:\s*,\s*\d{{4}})?|{_DAY}\s+{_MONTH}(?:\s*,?\s*\d{{4}})?)"
_CREDIT = r"(?:\([^()]{1,80}\)|-LRB-\s.{1,80}?\s-RRB-|/[A-Z][\w-]{1,30}/)"  # "KYIV, April 8 /Ukrinform/."
_DASH = r"(?:--|[—–-]|:)"
_ZONE = r"(?:GMT|BST|UK|UTC|IST|CET|CEST|ET|EDT|EST|PT|PDT|PST)"

_DATELINE = re.compile(
    rf"""
    (?:
      (?:{_PLACE})\s*,\s*{_DATE}\s*(?:/\s*\d{{1,2}}[:.]\d\d\s*)?   # Vatican City, 22 April 2025 / 10:05
        (?:{_CREDIT})?\s*(?:\.?\s*{_DASH}|\.)?                           # Vatican City, April 28 (LaPresse).
    | (?:{_PLACE})\s*,?\s*(?:{_CREDIT})\s*{_DASH}                      # VATICAN CITY (AP) —
    | (?:{_PLACE})\s*,?\s*(?P<dated>\([^()]{{0,60}}{_DATE}[^()]{{0,20}}\))  # Mandalay, (APP - 29th Mar, 2025)
    | {_CAPS_PLACE}\s+{_DASH}                                             # WASHINGTON —
    )\s*
    """,
    re.VERBOSE,
)

# A wire dateline inside a block, after page furniture glued before it ("WASHINGTON | Thu Apr 30 , 2009
# 7:36 pm EDT WASHINGTON -LRB- Reuters -RRB- - Staying inside ...", "\\* Shares slump ... LONDON , May 8
# -LRB- Reuters -RRB- - Emerging markets lender ..."): a capitalised place, an optional date, a credit, a
# dash, the news.
_INNER_DATELINE = re.compile(
    rf"(?<![\w-])[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){{0,3}}(?:\s*,\s*{_DATE})?\s*{_CREDIT}"
    r"\s*(?:--|[—–-])\s*(?=[A-Z\"“‘`])"
)
# What page furniture glued before a wire dateline looks like: a "|" separator, bullets, a clock time, an
# editor's note in brackets ("-LRB- Recasts lead -RRB-")
_HEADER_MARK = re.compile(r"\||\\?\*|\d{1,2}:\d\d|-LRB-|\(")
_HEADER_REACH = 400  # an inner dateline is looked for this far into a block or sentence


def has_inner_dateline(text: str) -> bool:
    """A wire dateline opens news somewhere in ``text``: the block is a story's lead, whatever precedes it."""
    if "(" not in text and "-LRB-" not in text:
        return False
    return _INNER_DATELINE.search(text, 0, _HEADER_REACH) is not None


def _after_header(text: str) -> int:
    """Where the news begins after page furniture and a wire dateline ("WASHINGTON | Thu Apr 30 , 2009 7:36
    pm EDT WASHINGTON -LRB- Reuters -RRB- - Staying inside ..."); 0 when the text does not open that way."""
    match = _INNER_DATELINE.search(text, 0, _HEADER_REACH)
    if match is None or match.start() == 0 or not _HEADER_MARK.search(text, 0, match.start()):
        return 0
    return match.end()


# A credit or stamp in brackets opening a sentence: a photo or agency credit ("-LRB- AP -RRB-", "-LRB- By
# Ted S. Warren -- Associated Press -RRB-", "-LRB- Pall Stefansson\\/Getty Images -RRB-"), a live page's
# update stamp ("-LRB- Update 4:50 a.m. in Cairo , 9:50 p.m. ET -RRB-", one bracket nested), a server's error.
_BRACKETED = (
    r"(?:-LRB-\s(?:(?!-LRB-|-RRB-).|-LRB-(?:(?!-LRB-|-RRB-).){0,60}-RRB-){1,120}?\s-RRB-|\([^()]{1,120}\))"
)
_CREDIT_CUE = re.compile(
    r"\b(?:AP|AFP|Reuters|Getty|Photo|Video|Bloomberg|Associated\s+Press|Washington\s+Post|EPA|Pool|By|CNN"
    r"|BBC|PTI|ANI|IANS|UNI|Xinhua|ANSA|LaPresse|dpa|DPA|UPI|Kyodo|Yonhap|TASS|Interfax|EFE|APP|Anadolu"
    r"|Updated?|an\s+error\s+occurred)\b|\d{1,2}:\d\d|\s--?\s|\\?/"
)
_LEADING_BRACKET = re.compile(rf"{_BRACKETED}\s*(?:(?:--?|[—–])\s+)?")
# A page's time stamp glued before the news: "Page last updated at 08:03 GMT , Tuesday , 26 July 2011 09:03
# UK", "24 June 2010 Last updated at 14:59 GMT Help", "Last updated : 19 January , 2010 - 14:10 GMT", a
# blog's "Clare Spencer | 09:51 UK time , Friday , 28 May 2010", "Follow live updates here".
_STAMP = re.compile(
    rf"""
    (?:
      (?:\d{{1,2}}\s+{_MONTH}\s+\d{{4}}\s+)?(?:Page\s+)?[Ll]ast\s+updated\s*(?:at|:)?\s*
        [^|()]{{0,70}}?\b{_ZONE}\b
        (?:\s*,\s*[A-Z][a-z]+day)?(?:\s*,\s*\d{{1,2}}\s+{_MONTH}\s+\d{{4}})?    # , Tuesday , 26 July 2011
        (?:\s+\d{{1,2}}[:.]\d\d\s+(?:GMT|BST|UK)\b)?(?:\s+Help\b)?
    | [A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){{0,2}}\s*\|\s*\d{{1,2}}[:.]\d\d\b[^|()]{{0,50}}?\b\d{{4}}\b
    # "AP Photo\\/Dave Martin As much as ...": a photo credit
    | (?:AP|AFP|EPA|Reuters|Getty)\s+Photo\s*\\?/\s*[A-Z][\w'’-]+(?:\s[A-Z]\.)?\s[A-Z][\w'’-]+(?=\s+[A-Z])
    | (?:UPDATED|Updated)\s*:?\s*\d{{1,2}}[:.]\d\d\s*{_ZONE}(?:\s*/\s*\d{{1,2}}[:.]\d\d\s*{_ZONE})?
    | {_DATE}\s*[|/]\s*\d{{1,2}}[:.]\d\d\s*(?:[AP]M|[ap]\.?m\.?)?\s*{_ZONE}?  # 13 June 2025 | 10:05 BST
    | (?:Advertisement|ADVERTISEMENT|Listen\s+to\s+this\s+article|Story\s+continues\s+below\s+advertisement)
        (?=\s+[A-Z])
    | (?:Follow|Read)\s+(?:our\s+)?live\s+(?:updates|coverage)(?:\s+here)?\s*:?
    | {_DATE}\s+(?:at\s+)?\d{{1,2}}[:.]\d\d\s*(?:[ap]\.?m\.?|AM|PM)?\s*{_ZONE}?  # a blog
    # "Updated: April 22, 2025 10:31 IST", "Last Updated: Jun 13, 2025, 08:12 IST", "Published: 12 June 2025"
    | (?:Last\s+)?(?:Updated|Published|Posted|First\s+published)(?:\s+on)?\s*:?\s*
        (?:{WEEKDAY_PATTERN}\s*,?\s*)?{_DATE}\s*,?\s*(?:at\s+)?\d{{1,2}}[:.]\d\d\s*(?:[ap]\.?m\.?|AM|PM)?\s*(?:{_ZONE}\b)?
    # "Friday , October 10 , 2008 ; 12:00 PM", "Thursday , November 13 , 2008 ; Page A23": a Post stamp
    | {WEEKDAY_PATTERN}\s*,\s*{_DATE}\s*;\s*(?:\d{{1,2}}:\d\d\s*(?:[AP]M|[ap]\.?m\.?)|Page\s+[A-Z]?\d{{1,3}})
    | {_DATE}\s*\|\s*By\s+[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){{0,2}}\s*,\s*[A-Z][A-Za-z]+  # | By X , CNN
    )\s*
    """,
    re.VERBOSE,
)
# A photo caption's date after a credit: "-LRB- AP -RRB- May 28 : BP CEO Tony Hayward speaks ..."
_CAPTION_DATE = re.compile(rf"{_DATE}\s*:\s+")


# A page's stamp after a headline glued before the news ("Why top kill attempt failed ... Sunday 30 May 2010
# 22.52 BST A video image released by BP ...", "US sues BP ... 16 December 2010 Last updated at 06:54 GMT Help
# The United States is to sue ...", "... | Tue Sep 28 , 2010 3:55 am IST BIRMINGHAM , Ala. , -LRB- Reuters
# -RRB- - ..."): the news begins after it.
_INNER_STAMP = re.compile(
    rf"""
    (?:
      (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+\d{{1,2}}\s+{_MONTH}\s+\d{{4}}\s+\d{{1,2}}[.:]\d\d\s+(?:BST|GMT|UTC)
    | \d{{1,2}}\s+{_MONTH}\s+\d{{4}}\s+Last\s+updated\s+at\s+\d{{1,2}}[:.]\d\d\s+(?:GMT|BST)(?:\s+Help)?
    | \|\s*[A-Z][a-z]{{2}}\s+{_MONTH}\s+\d{{1,2}}\s*,\s*\d{{4}}\s+\d{{1,2}}:\d\d\s*[ap]m\s+[A-Z]{{2,4}}
    )\s+(?=[A-Z])
    """,
    re.VERBOSE,
)
_INNER_STAMP_REACH = 300


def _furniture_end(text: str, start: int) -> int:
    """Where the text after ``start`` begins once a bracketed credit or stamp, or a page's time stamp,
    opening it is passed (``start`` when none does); a caption's date after a credit goes with it."""
    if text.startswith(("-LRB-", "("), start):
        match = _LEADING_BRACKET.match(text, start)
        if match is not None and _CREDIT_CUE.search(text, start, match.end()):
            caption = _CAPTION_DATE.match(text, match.end())
            return caption.end() if caption is not None else match.end()
        return start
    if text[start : start + 1].isupper() or text[start : start + 1].isdigit():
        match = _STAMP.match(text, start)
        if match is not None and match.end() < len(text):
            return match.end()
    return start


def dateline_end(text: str) -> int:
    """Where the news begins after a dateline at the start of ``text`` (0 when there is none), after any
    credit or stamp around it ("-LRB- By Mike Ridewood -- Getty Images -RRB- TORONTO , Oct. 15 -- While ...",
    "WASHINGTON -- WASHINGTON -LRB- AP -RRB- -- The BP oil spill ..."), also after page furniture glued before
    a wire dateline ("WASHINGTON | Thu Apr 30 , 2009 7:36 pm EDT WASHINGTON -LRB- Reuters -RRB- - Staying
    inside ...")."""
    stamp = _INNER_STAMP.search(text, 0, _INNER_STAMP_REACH) if _STAMP_HINT.search(text, 0, 200) else None
    end = stamp.end() if stamp is not None else 0
    for _ in range(_MAX_PREFIXES):
        after = _furniture_end(text, end)
        after += _one_dateline_end(text[after:])
        if after == end:
            break
        end = after
    return end


_MAX_PREFIXES = 4  # credits, stamps and datelines in a row before the news
_STAMP_HINT = re.compile(r"\b(?:BST|GMT|UTC|IST|EDT|EST)\b")
# "AHMEDABAD: A passenger jet ...", "New Delhi: The ministry ...": a place and a colon open a wire story
_COLON_DATELINE = re.compile(rf"(?:{_CAPS_PLACE}|{_PLACE}):\s+(?=[A-Z\"“‘])")


def _one_dateline_end(text: str) -> int:
    colon = _COLON_DATELINE.match(text)
    if colon is not None:
        return colon.end()
    head = text[:120]
    if head[:1].isupper() and any(mark in head for mark in (",", "(", "—", "–", " -", "-LRB-", ":")):
        match = _DATELINE.match(text)
        if match is not None:
            end = match.end()
            rest = text[end:]
            if not rest or rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"“‘'`":
                return end
            # "Paris, 5 May and ..." continues a sentence: not a dateline
    reach = text[:_HEADER_REACH]
    if "-LRB-" not in reach and "(" not in reach:
        return 0  # the cheap test first: most sentences are not datelines
    return _after_header(text)


def is_only_dateline(text: str) -> bool:
    """The whole text is a dateline ("Vatican City, April 28 (LaPresse).")."""
    end = dateline_end(text)
    return end > 0 and not text[end:].strip(" .:-—–")
