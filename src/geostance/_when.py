"""The article's date, and the days its actors are resolved at.

In order, the date is:

1. **given** to the parser (`parse(text, date=...)`);
2. stated in the **text** as the article's own: a dateline with a full date or a
   "Published ..." line (`_dates.article_date`); a date in the body is an event's;
3. **inferred** from office holders the text names with their title ("Foreign Minister
   Bilawal Bhutto Zardari" bounds it to April 2022 - August 2023): the days all such
   tenures allow, the latest of them (never after the data's reference date) the date;
4. else **unknown**: resolved as of the data's reference date, never the clock, so the
   same text gives the same answer on any day.

The resolution window is the days the article may be from: one day when the date is
given or stated, the inferred range, or everything up to the reference date. A person
speaks for the actor of the office they hold in that window (their latest one), and a
capital or "the government" for whoever governs on its last day.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from geostance._dates import article_date
from geostance.model import DateBasis
from geostance.tenures import KIND_TITLES

if TYPE_CHECKING:
    from geostance._document import Document, PersonHit
    from geostance.gazetteer import Gazetteer

__all__ = ["date_from_text", "settle", "title_before"]

_TITLES = sorted({t for titles in KIND_TITLES.values() for t in titles}, key=len, reverse=True)
_TITLE = re.compile(
    r"(?P<past>\b(?:former|ex|then|late)[\s-]+)?(?:(?:acting|interim|caretaker|new)\s+)?"
    r"(?P<title>" + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in _TITLES) + r")\s+\Z",
    re.IGNORECASE,
)
_REACH = 60
"""How far before a name its title may start."""


def date_from_text(doc: Document) -> None:
    """Stage-1 helper: the date the text states as the article's own, unless one was given."""
    if doc.date_basis is None:
        found = article_date(doc.text)
        if found is not None:
            doc.date, doc.date_basis = found[0], DateBasis.TEXT


def title_before(text: str, start: int) -> tuple[str, bool] | None:
    """The title right before a name ("Foreign Minister Name"): (title, whether marked past), or None."""
    match = _TITLE.search(text, max(0, start - _REACH), start)
    if match is None:
        return None
    return " ".join(match.group("title").casefold().split()), match.group("past") is not None


def settle(doc: Document, persons: list[PersonHit]) -> Gazetteer:
    """Settle the article's date (inferring it from titled holders if need be); the gazetteer to read it with."""
    gazetteer = doc.gazetteer
    reference = gazetteer.reference_date
    if doc.date is not None:
        doc.window = (doc.date, doc.date)
    else:
        inferred = _inferred(doc, persons, reference or dt.date.max)
        if inferred is not None:
            doc.window = inferred
            doc.date, doc.date_basis = inferred[1], DateBasis.INFERRED
        else:
            doc.window = (dt.date.min, reference or dt.date.max)
            doc.date_basis = DateBasis.UNKNOWN
    return gazetteer._at(*doc.window)  # noqa: SLF001 - the dated view is the parser's business


def _inferred(doc: Document, persons: list[PersonHit], reference: dt.date) -> tuple[dt.date, dt.date] | None:
    """The days every titled office holder's tenures allow (hull of them), or None."""
    allowed: list[tuple[dt.date, dt.date]] | None = None
    for hit in persons:
        spans = _titled_tenures(doc, hit)
        if not spans:
            continue
        allowed = spans if allowed is None else _intersect(allowed, spans)
        if not allowed:
            return None  # the titles disagree (a retrospective): no inference
    if not allowed:
        return None
    lo = min(a for a, _ in allowed)
    hi = min(max(b for _, b in allowed), reference)
    return (lo, hi) if lo <= hi else None


def _titled_tenures(doc: Document, hit: PersonHit) -> list[tuple[dt.date, dt.date]]:
    """The spans of the tenures that a title before a gazetteer name names (none if past or untitled)."""
    if hit.person is None:
        return []
    found = title_before(doc.text, hit.start)
    if found is None or found[1]:
        return []
    title = found[0]
    gazetteer = doc.gazetteer
    spans = []
    for tenure in gazetteer.tenures(hit.person):
        office = gazetteer.office(tenure.office)
        if office is not None and any(title in t for t in office.titles()):
            spans.append((tenure.first_day, tenure.last_day))
    return spans


def _intersect(a: list[tuple[dt.date, dt.date]], b: list[tuple[dt.date, dt.date]]) -> list[tuple[dt.date, dt.date]]:
    out = [(max(a0, b0), min(a1, b1)) for a0, a1 in a for b0, b1 in b]
    return [(lo, hi) for lo, hi in out if lo <= hi]
