"""`parse`: the ordered stages that turn news text into an Article.

The pipeline is a list of stages sharing one contract: a stage is a callable
that takes the working document and fills part of it.

1. `segment` (paragraphs, sentences, quotations, dateline),
2. `recognize_actors` (the article's date, gazetteer names, metonyms, inline definitions,
   people as of that date),
3. `find_facts` (memberships, founding years, kinds stated in the text),
4. `attribute` (speech events: speaker, acts, targets, quotes, rebuttal claims),

then assembly builds the immutable [`Article`][geostance.Article]. Each stage is
tested alone; [`Pipeline`][geostance.Pipeline] lets users add or swap stages.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs

from geostance._assemble import assemble
from geostance._cascade.stage import attribute
from geostance._document import Document
from geostance._facts import find_facts
from geostance._lexicon import lexicon
from geostance._recognize import recognize_actors
from geostance._segment import find_dateline, find_quotes, paragraphs, sentences
from geostance._when import date_from_text
from geostance.errors import InputTooLarge, InvalidInput, InvalidText
from geostance.gazetteer import Gazetteer
from geostance.model import DateBasis

if TYPE_CHECKING:
    from geostance.model import Article

__all__ = ["DEFAULT_MAX_CHARS", "Pipeline", "Stage", "parse", "segment"]

_SURROGATE = re.compile("[\ud800-\udfff]")

DEFAULT_MAX_CHARS = 5_000_000
"""Longest text `parse` accepts by default (about 1,000 long news articles)."""

Stage = Callable[[Document], None]
"""A pipeline stage: reads and fills the working document."""


def segment(doc: Document) -> None:
    """Stage 1: paragraphs, quotations, sentences and the dateline."""
    text = doc.text
    doc.paragraphs = paragraphs(text)
    doc.quotes = find_quotes(text, doc.paragraphs)
    doc.quote_opens = [q.open for q in doc.quotes]
    doc.sentences = sentences(text, doc.paragraphs, doc.quotes)
    date_from_text(doc)
    dateline = find_dateline(text)
    if dateline is not None:
        doc.dateline = (dateline[0], dateline[1])
        doc.body_start = dateline[2]
        while doc.sentences and doc.sentences[0].end <= doc.body_start:
            doc.sentences.pop(0)  # "ASTANA." of "ASTANA. KAZINFORM –": all dateline, no sentence
        first = doc.sentences[0] if doc.sentences else None
        if first is not None and first.start < doc.body_start < first.end:
            doc.sentences[0] = attrs.evolve(first, start=doc.body_start)


DEFAULT_STAGES: tuple[Stage, ...] = (segment, recognize_actors, find_facts, attribute)


@attrs.frozen
class Pipeline:
    """An ordered list of stages plus the gazetteer they use.

    `Pipeline().parse(text)` is what [`geostance.parse`][geostance.parse] does.
    """

    stages: tuple[Stage, ...] = attrs.field(default=DEFAULT_STAGES, converter=tuple)
    """The stages, run in order on a fresh working document."""
    gazetteer: Gazetteer | None = None
    """Known actors; None means the shipped gazetteer."""

    def parse(
        self,
        text: str,
        *,
        source: str | None = None,
        url: str | None = None,
        max_chars: int = DEFAULT_MAX_CHARS,
        date: dt.date | None = None,
    ) -> Article:
        """Run the stages on `text` and assemble the Article (see [`parse`][geostance.parse])."""
        _check_options(source, url, self.gazetteer, max_chars)
        day = _check_date(date)
        _check_input(text, max_chars)
        doc = Document(text=text, gazetteer=self.gazetteer or Gazetteer.default(), lexicon=lexicon())
        if day is not None:
            doc.date, doc.date_basis = day, DateBasis.GIVEN
        for stage in self.stages:
            stage(doc)
        return assemble(doc, source=source, url=url)


def _check_options(source: object, url: object, gazetteer: object, max_chars: object) -> None:
    """Reject bad options before any work, with the library's error naming the option."""
    for name, value in (("source", source), ("url", url)):
        if value is not None and not isinstance(value, str):
            raise InvalidInput(f"parse() option {name} must be str or None, got {type(value).__name__}")
    if gazetteer is not None and not isinstance(gazetteer, Gazetteer):
        raise InvalidInput(f"parse() option gazetteer must be a geostance.Gazetteer, got {type(gazetteer).__name__}")
    if not isinstance(max_chars, int) or isinstance(max_chars, bool) or max_chars < 0:
        raise InvalidInput(f"parse() option max_chars must be a non-negative int, got {max_chars!r}")


def _check_date(date: object) -> dt.date | None:
    """The day of a `date` option (a `datetime` counts by its date), or None; anything else is refused."""
    if date is None:
        return None
    if not isinstance(date, dt.date):
        hint = " (for a string, datetime.date.fromisoformat('2021-08-20'))" if isinstance(date, str) else ""
        raise InvalidInput(f"parse() option date must be a datetime.date or None, got {type(date).__name__}{hint}")
    return date.date() if isinstance(date, dt.datetime) else date


def _check_input(text: object, max_chars: int) -> None:
    if not isinstance(text, str):
        hint = " (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(text, (bytes, bytearray)) else ""
        raise InvalidInput(f"parse() takes the article text as str, got {type(text).__name__}{hint}")
    surrogate = _SURROGATE.search(text)
    if surrogate is not None:
        raise InvalidText(
            f"text holds a surrogate code point (U+{ord(surrogate.group()):04X}) at offset {surrogate.start()}: "
            "it is not valid Unicode and cannot be written as UTF-8 or JSON; decode bytes with errors='replace'"
        )
    if len(text) > max_chars:
        raise InputTooLarge(
            f"text has {len(text):,} characters, more than max_chars={max_chars:,}; "
            "split it into articles or pass a larger max_chars"
        )


_DEFAULT = Pipeline()


def parse(
    text: str,
    *,
    source: str | None = None,
    url: str | None = None,
    gazetteer: Gazetteer | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    date: dt.date | None = None,
) -> Article:
    """Parse one news article into an [`Article`][geostance.Article].

    Args:
        text: The article text; paragraphs separated by newlines.
        source: Where the text came from (kept in `Article.source`).
        url: The article's URL (kept in `Article.url`).
        gazetteer: Known actors to recognise; default: the shipped gazetteer.
        max_chars: Refuse longer texts (default `DEFAULT_MAX_CHARS`).
        date: The article's date: who governs and who holds office are read as of it.
            Without it, the date the text states as the article's own (a dateline with
            a full date, a "Published ..." line), else one inferred from the office
            holders it names with their titles, else the gazetteer's reference date
            (never today's: the same text gives the same result on any day). See
            [Dates](dates.md); `Article.date` and `Article.date_basis` record the outcome.

    Raises:
        InvalidInput: `text` is not a `str`, or an option has the wrong type.
        InvalidText: `text` holds surrogate code points (not valid Unicode).
        InputTooLarge: `text` is longer than `max_chars`.
    """
    _check_options(source, url, gazetteer, max_chars)
    pipeline = _DEFAULT if gazetteer is None else Pipeline(gazetteer=gazetteer)
    return pipeline.parse(text, source=source, url=url, max_chars=max_chars, date=date)
