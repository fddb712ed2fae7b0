"""Stage 1, segmentation: paragraphs, sentences, quotations and the dateline, with offsets.

Every function here is total: any string gives a result, never an exception,
and every offset it returns lies inside the text. All scans are single passes
over the text (no step revisits earlier sentences), so cost is linear.
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import TYPE_CHECKING

from attrs import frozen

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["QuoteSpan", "Segment", "find_dateline", "find_quotes", "paragraphs", "sentences"]


@frozen
class Segment:
    """A stretch `[start, end)` of the text: a paragraph or a sentence."""

    start: int
    end: int
    paragraph: int = 0


@frozen
class QuoteSpan:
    """A quotation: `start`/`end` bound the words inside the marks, `open`/`close` the marks too."""

    open: int
    start: int
    end: int
    close: int
    closed: bool


_PARAGRAPH = re.compile(r"[^\n]+")

# A sentence ends at . ! ? (plus closing quotes/brackets) before whitespace and a
# capital, digit or opening quote; common abbreviations and initials do not end one.
_SENTENCE_END = re.compile(
    r"""(?<![.!?])[.!?]+["”’')\]]*(?=\s+["“‘'(\[]?[A-Z0-9])|(?<=[.!?]["”])(?=[A-Z])|(?<=[a-z)\]]\.)(?=[A-Z][a-z]+\s)"""
)
_TERMINALS = re.compile(r"[.!?]+")


def _sentence_ends(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of `_SENTENCE_END.finditer(text, start, end)`, found without scanning every character.

    Each alternative of `_SENTENCE_END` is anchored to a run of `.!?`: the first starts
    at the run's first mark, the third one character after that mark, the second two
    characters after the run's last mark (past a closing quote). So only those three
    offsets per run are tried, in text order, with the rules of `finditer` (after an
    empty match the next try is one character on); the runs are found by a fast scan.
    The lookbehinds see before `start`, so `start` and the offset after it are tried too.
    """
    pos = start
    tried = -1
    runs = ((run.start(), run.end()) for run in _TERMINALS.finditer(text, start, end))
    for first, after in itertools.chain([(start - 1, start)], runs):  # a run just before `start` is seen too
        for at in (first, first + 1, after + 1):
            if at < pos or at <= tried or at >= end:
                continue
            tried = at
            match = _SENTENCE_END.match(text, at, end)
            if match is not None:
                yield match
                pos = match.end() if match.end() > at else at + 1


_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Gov|Sen|Rep|St|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
    r"Sept?|Oct|Nov|Dec|vs|etc|approx|Inc|Ltd|Co|Corp|Jr|Sr|Ref|Art|para|e\.g|i\.e)|\b[A-Z](?:\.[A-Z])*)\.$"
)


_ACRONYM_ENDS = re.compile(r"\b[A-Z]\.(?:[A-Z]\.)+$")
"""An acronym written with stops ("U.S.", "U.N."): it ends a sentence when a sentence-opening word follows."""
_OPENERS_AFTER = re.compile(
    r"\s+(?:The|That|This|These|Those|It|Its|He|She|They|We|I|But|And|In|On|At|However|A|An|His|Her|Their|Our|"
    r"Meanwhile|Earlier|Later|Last|Since|After|Before|While|When|Asked|According)\b"
)


def _abbreviated(head: str, text: str, end: int) -> bool:
    """Whether the stop ending `head` belongs to an abbreviation ("Mr.", "Jan.") rather than ending a sentence.

    An acronym with stops ("U.S.") ends a sentence only when a word that opens sentences
    follows ("... the U.S. That effort ..."), not before a name ("the U.S. President").
    """
    if _ACRONYM_ENDS.search(head):
        return not _OPENERS_AFTER.match(text, end)
    return bool(_ABBREVIATION.search(head))


def paragraphs(text: str) -> list[Segment]:
    """Paragraphs are the non-empty lines of the text, trimmed of surrounding whitespace."""
    out: list[Segment] = []
    for match in _PARAGRAPH.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            out.append(Segment(start, end, len(out)))
    return out


def sentences(text: str, paras: list[Segment], quotes: list[QuoteSpan] = ()) -> list[Segment]:  # type: ignore[assignment]
    """Split each paragraph into sentences at terminal punctuation.

    Abbreviations and initials do not end a sentence, and neither does a full stop
    inside a closed quotation: a quoted passage and its attribution stay together.
    """
    out: list[Segment] = []
    inside = [(q.open, q.close) for q in quotes if q.closed]
    qi = 0
    for para in paras:
        start = para.start
        for match in _sentence_ends(text, para.start, para.end):
            end = match.end()
            while qi < len(inside) and inside[qi][1] <= end - 1:
                qi += 1
            if qi < len(inside) and inside[qi][0] < end - 1 < inside[qi][1] - 1:
                continue
            head = text[max(start, end - 12) : end].rstrip("\"”’')]")
            if _abbreviated(head, text, end):
                continue
            if end > start:
                out.append(Segment(start, end, para.paragraph))
            start = end
            while start < para.end and text[start].isspace():
                start += 1
        if start < para.end:
            out.append(Segment(start, para.end, para.paragraph))
    return out


_OPENERS = {"“": "”", "«": "»", "„": "“"}
_STRAIGHT = '"'


_QUOTE_MARK = re.compile('[“”«»„"]')


def find_quotes(text: str, paras: list[Segment]) -> list[QuoteSpan]:
    """Find quotations paragraph by paragraph.

    Curly and guillemet quotes pair with their closing mark; straight quotes
    alternate open/close. A quotation left open runs to the end of its paragraph
    (news style lets a multi-paragraph quote reopen in the next one); stray
    closing marks are ignored. Empty quotations are dropped.
    """
    out: list[QuoteSpan] = []
    for para in paras:
        open_at = -1
        closer = ""
        for mark in _QUOTE_MARK.finditer(text, para.start, para.end):
            ch = mark.group()
            i = mark.start()
            if open_at < 0:
                if ch in _OPENERS:
                    open_at, closer = i, _OPENERS[ch]
                elif ch == _STRAIGHT:
                    open_at, closer = i, _STRAIGHT
            elif ch == closer:
                _add_quote(out, text, open_at, i, closed=True)
                open_at = -1
        if open_at >= 0:
            _add_quote(out, text, open_at, para.end, closed=False)
    if "'" in text or "‘" in text:
        out = sorted([*out, *_single_quoted(text, paras, out)], key=lambda q: q.open)
    return out


SINGLE_OPENER = r"(?<![^\s(\[—–-])['‘](?=[A-Za-z0-9])"
"""The pattern of a single mark opening a quotation (shared with the claims' mark closing)."""
_SINGLE_OPEN = re.compile(SINGLE_OPENER)
"""A single quotation mark opening a quotation: at a word's start, before a letter or a digit."""
_SINGLE_CLOSE = re.compile(r"(?<=\S)['’](?![\w'’])")
"""A single mark that may close one: after a character, not inside a word ("Yemen's" is no mark)."""
_SINGLE_REACH = 600
"""How many characters a single-quoted quotation may run (it must close in its paragraph)."""


def _single_quoted(text: str, paras: list[Segment], double: list[QuoteSpan]) -> list[QuoteSpan]:
    """SINGLE-QUOTES: quotations in single marks ('These allegations are false,' he said), outside double ones.

    Only a mark at a word's start before a letter or digit opens one, and only a mark after a character and not
    inside a word closes it, in the same paragraph and within `_SINGLE_REACH`; a plural possessive before a
    lowercase word ("the states' concerns") closes nothing. A quotation inside double marks is part of that one.
    The closing marks of a paragraph are found once, so a text of many marks costs no more than one pass.
    """
    out: list[QuoteSpan] = []
    taken = sorted((q.open, q.close) for q in double)
    opens = [a for a, _ in taken]
    for para in paras:
        closers = [m.start() for m in _SINGLE_CLOSE.finditer(text, para.start, para.end) if not _possessive_s(text, m)]
        if not closers:
            continue
        at = para.start
        while True:
            opener = _SINGLE_OPEN.search(text, at, para.end)
            if opener is None:
                break
            at = opener.end()
            k = bisect.bisect_left(closers, opener.end())
            if k == len(closers):
                break  # no mark closes anything after here in this paragraph
            close = closers[k]
            if close - opener.end() > _SINGLE_REACH:
                continue
            j = bisect.bisect_right(opens, opener.start())
            if (j > 0 and opener.start() < taken[j - 1][1]) or (j < len(opens) and opens[j] < close):
                continue  # inside a double-quoted quotation, or one opens before the mark would close
            _add_quote(out, text, opener.start(), close, closed=True)
            at = close + 1
    return out


def _possessive_s(text: str, mark: re.Match[str]) -> bool:
    """Whether a closing-like mark ends a plural possessive ("the states' concerns"): no quotation mark."""
    at = mark.start()
    return text[at - 1] == "s" and _LOWER_WORD_AFTER.match(text, at + 1) is not None


_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")


def _add_quote(out: list[QuoteSpan], text: str, open_at: int, close_at: int, *, closed: bool) -> None:
    start, end = open_at + 1, close_at
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    if start < end and any(c.isalnum() for c in text[start:end]):
        out.append(QuoteSpan(open_at, start, end, close_at + 1 if closed else close_at, closed))


_DATELINE = re.compile(
    r"""\A\s*
    (?P<place>[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’.-]*(?:[ /][A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’.-]*)*  # KABUL / SÃO PAULO
      (?:,[ ][A-Z][A-Za-z'’.-]*(?:[ ][A-Za-z0-9'’.-]+){0,2})?)  # , AFGHANISTAN / , Nov. 14
    (?:,[ ][A-Z][a-z]{2,8}\.?[ ]\d{1,2})?                     # , Jan 12 after the country
    (?:,[ ]\d{1,2}[ ][A-Z][a-z]+\.?(?:[ ]\d{4})?)?            # , 3 September / , 14 Nov. 2025 (no place)
    (?:,[ ]\d{4})?                                           # , Oct 2, 2025: the year after the date
    (?:[ ]?\((?P<agency>[^()\n]{1,40})\))?                   # (Yonhap)
    (?:[ ]*[,.][ ]*[A-Z][a-z]+[ ]\d{1,2}\.?)?                 # , January 11.
    (?:[ ]*/(?P<agency2>[A-Za-z]{2,12})/\.?[ ]                # /TASS/.
      |[ ]*(?:[–—]|-{1,2}|:)[ ])                             # – or -- or :
    """,
    re.VERBOSE,
)


def find_dateline(text: str) -> tuple[int, int, int] | None:
    """The dateline opening an article ("KABUL, AFGHANISTAN –", "MOSCOW (Reuters) -").

    Returns `(start, end, body_start)`: the place's offsets and where the story
    begins, or None. A dateline is short, stands at the very start and ends in a
    dash or colon; its place is all capitals or a single capitalised word.
    """
    match = _DATELINE.match(text[:120])
    if match is None:
        return None
    place = match.group("place")
    first = place.split(",")[0]
    if not (first.isupper() or (" " not in first and len(first) <= 20)):
        return None
    start, end = match.span("place")
    city, dot, agency = place.rpartition(". ")
    if dot and len(city) > 3 and agency.isupper() and " " not in agency:  # not "ST. PETERSBURG"
        end = start + len(city)  # "ASTANA. KAZINFORM –": the place, then the agency's name
    return start, end, match.end()
