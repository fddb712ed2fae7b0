"""Calendar dates written in text, and dates known only to a year or a month.

- [`find_date`][geostance._dates.find_date]: the first full date in a string (what
  `Corpus` reads in sources, URLs and datelines);
- [`article_date`][geostance._dates.article_date]: the article's own date, only where
  the text states it as such: a dateline that holds a full date ("KABUL, 20 August
  2021 (Reuters) -") or a line of its own saying when it was published ("Published
  3 May 2019"). A date in the body is an event's, not the article's;
- partial dates (`"2019"`, `"2019-05"`, `"2019-05-03"`) and the first and last day
  they may mean.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Literal

__all__ = ["PRECISIONS", "Precision", "article_date", "find_date", "first_day", "last_day", "parse_day", "partial"]

Precision = Literal["year", "month", "day"]
"""How much of a date is known."""
PRECISIONS: dict[Precision, re.Pattern[str]] = {
    "year": re.compile(r"\d{4}\Z"),
    "month": re.compile(r"\d{4}-\d{2}\Z"),
    "day": re.compile(r"\d{4}-\d{2}-\d{2}\Z"),
}
"""The form a partial date has at each precision."""

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = (
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)[-/](?P<mon>\d\d)[-/](?P<day>\d\d)(?!\d)"),
    re.compile(
        r"(?<!\d)(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE
    ),
    re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE),
)


def find_date(text: str) -> dt.date | None:
    """The first full calendar date written in `text`, or None.

    Recognises `2024-05-17`, `2024/05/17` (as in URLs), `17 May 2024` and
    `May 17, 2024` (month names in full or abbreviated). Impossible dates are skipped.
    """
    found: list[tuple[int, dt.date]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            parts = match.groupdict()
            month = int(parts["mon"]) if parts.get("mon") else _MONTHS[parts["month"].lower()]
            try:
                found.append((match.start(), dt.date(int(parts["year"]), month, int(parts["day"]))))
            except ValueError:
                continue
            break
    return min(found)[1] if found else None


_HEAD = 160
"""How far into the text a dateline may reach."""
_DATELINE_HEAD = re.compile(
    r"\A\s*[A-Z][A-Za-z'’.-]*(?:[ ][A-Z][A-Za-z'’.-]*){0,3}"  # KABUL / New Delhi / WASHINGTON
    r"(?:,[ ][A-Z][A-Za-z'’.-]*(?:[ ][A-Z][A-Za-z'’.-]*){0,2})?"  # , AFGHANISTAN
    r"[ ]*[,(]?[ ]*(?P<rest>[^\n]{6,70}?)"  # the date, maybe an agency
    r"(?:[ ]*/[A-Za-z]{2,12}/\.?[ ]|[ ]*(?:[–—]|-{1,2}|:)[ ])"  # /TASS/. or a dash or colon
)
_PUBLISHED = re.compile(
    r"^[ \t]*(?:(?:first[ ])?published|posted|dated?)(?:[ ]on)?[ ]*:?[ ]*(?P<rest>[^\n]{6,80})$",
    re.IGNORECASE | re.MULTILINE,
)


def article_date(text: str) -> tuple[dt.date, int, int] | None:
    """The article's own date and where the text states it, or None (see the module docstring).

    A "Published ..." line counts only as a line of its own, at most 80 characters
    after the word; a dateline only at the very start of the text.
    """
    head = _DATELINE_HEAD.match(text[:_HEAD])
    if head is not None:
        found = find_date(head.group())
        if found is not None:
            return found, head.start(), head.end()
    for line in _PUBLISHED.finditer(text):
        found = find_date(line.group("rest"))
        if found is not None:
            return found, line.start(), line.end()
    return None


def partial(value: str, precision: Precision) -> bool:
    """Whether `value` is a real date written at `precision` (`2019`, `2019-05`, `2019-05-03`)."""
    if not isinstance(value, str) or not PRECISIONS[precision].match(value):
        return False
    try:
        first_day(value)
    except ValueError:
        return False
    return True


def first_day(value: str) -> dt.date:
    """The first day a partial date may mean: `2019` -> 2019-01-01, `2019-05` -> 2019-05-01."""
    parts = [int(p) for p in value.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def last_day(value: str) -> dt.date:
    """The last day a partial date may mean: `2019` -> 2019-12-31, `2019-02` -> 2019-02-28."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return dt.date(parts[0], parts[1], parts[2])


def parse_day(value: object) -> dt.date | None:
    """A `YYYY-MM-DD` string as a date, or None when it is not one."""
    if not isinstance(value, str) or not PRECISIONS["day"].match(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None
