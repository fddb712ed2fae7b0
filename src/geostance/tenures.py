"""Who held an office when: tenures, offices, and the checks a tenure file must pass.

An [`Office`][geostance.Office] (`PAK.foreign_minister`, `AFG.government`) holds
[`Tenure`][geostance.Tenure]s: who held it, for which actor, from when to when, known
to the year, month or day. The shipped data is `geostance/data/tenures.json` (its
coverage and sources are in `data/SOURCES.md` and the [dates](dates.md) page); a
[`Gazetteer`][geostance.Gazetteer] loads it and answers who held an office on a day.

Dates are partial ISO dates at the tenure's precision: `"2019"`, `"2019-05"` or
`"2019-05-03"`. A tenure covers every day from the first day its `start` may mean to
the last day its `end` may mean (an open `end`: to this day). Where two consecutive
holders share a handover period ("2022-04" ends one and starts the next) the
successor holds it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Mapping
from typing import Any

import attrs
from attrs import field, frozen

from geostance._dates import PRECISIONS, Precision, first_day, last_day, partial
from geostance.errors import GazetteerError

__all__ = ["KIND_TITLES", "Office", "Tenure"]

KIND_TITLES: dict[str, tuple[str, ...]] = {
    "head_of_state": ("president", "king", "queen", "emperor", "monarch", "supreme leader", "head of state", "emir"),
    "head_of_government": ("prime minister", "premier", "chancellor", "head of government", "chief executive"),
    "foreign_minister": (
        "foreign minister",
        "foreign secretary",
        "secretary of state",
        "minister of foreign affairs",
        "minister for foreign affairs",
        "foreign affairs minister",
        "external affairs minister",
        "top diplomat",
    ),
}
"""The titles news gives the holder of each kind of office ("President X", "Foreign Minister Y")."""

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*\.[a-z][a-z_]*\Z")
_RANK: dict[str, int] = {"year": 4, "month": 7, "day": 10}


def _precision_of(start: object) -> str:
    """The precision a partial date is written at (`2019` -> year), `day` for what is none (refused later)."""
    return next((name for name, form in PRECISIONS.items() if isinstance(start, str) and form.match(start)), "day")


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str) or not all(isinstance(v, str) and v.strip() for v in value):
        msg = "expected a list of non-empty strings"
        raise TypeError(msg)
    return tuple(value)


def _flag(_inst: object, attribute: attrs.Attribute[bool], value: bool) -> None:
    if not isinstance(value, bool):
        msg = f"{attribute.name} must be true or false, got {value!r}"
        raise TypeError(msg)


def _text(_inst: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        msg = f"{attribute.name} must be a non-empty string, got {value!r}"
        raise ValueError(msg)


def _optional_text(_inst: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None:
        _text(_inst, attribute, value)  # type: ignore[arg-type]


@frozen(kw_only=True)
class Tenure:
    """One holder's time in one office (a claimant's, in a contested office)."""

    office: str = field(validator=_text)
    """Id of the office, e.g. `PAK.foreign_minister`."""
    name: str = field(validator=_text)
    """The holder's name as news writes it in full (for a government: what governs)."""
    actor: str = field(validator=_text)
    """Id of the actor the holder speaks for (the Taliban for Afghanistan's ministers after August 2021)."""
    start: str = field(validator=_text)
    """First period in office, at `precision`: `2019`, `2019-05` or `2019-05-03`."""
    end: str | None = field(default=None, validator=_optional_text)
    """Last period in office at `precision`, or None while in office."""
    precision: Precision = field(
        default=attrs.Factory(lambda self: _precision_of(self.start), takes_self=True),
        validator=attrs.validators.in_(tuple(PRECISIONS)),
    )
    """How exactly `start` and `end` are known: `year`, `month` or `day` (default: as `start` is written)."""
    aliases: tuple[str, ...] = field(default=(), converter=_strings)
    """Other forms of the holder's name (surname, transliterations)."""
    acting: bool = field(default=False, validator=_flag)
    """Held as acting, interim or caretaker."""
    claimant: bool = field(default=False, validator=_flag)
    """One of several rival claims to a contested office."""
    note: str | None = field(default=None, validator=_optional_text)
    """What a reader should know (how the tenure began or ended, what is uncertain)."""
    source: str | None = field(default=None, validator=_optional_text)
    """Where the tenure's facts come from."""

    def __attrs_post_init__(self) -> None:
        for name in ("start", "end"):
            value = getattr(self, name)
            if value is not None and not partial(value, self.precision):
                msg = f"{self.name}: {name} {value!r} is not a date at {self.precision} precision"
                raise GazetteerError(msg)
        if self.end is not None and self.last_day < self.first_day:
            msg = f"{self.name}: start {self.start} is after end {self.end}"
            raise GazetteerError(msg)

    @property
    def first_day(self) -> dt.date:
        """The first day `start` may mean."""
        return first_day(self.start)

    @property
    def last_day(self) -> dt.date:
        """The last day `end` may mean (`date.max` while in office)."""
        return dt.date.max if self.end is None else last_day(self.end)

    def covers(self, day: dt.date) -> bool:
        """Whether the holder may have held the office on `day` (at the tenure's precision)."""
        return self.first_day <= day <= self.last_day

    def meets(self, lo: dt.date, hi: dt.date) -> bool:
        """Whether the tenure shares a day with the range `lo`..`hi`."""
        return self.first_day <= hi and lo <= self.last_day


def _tenures(value: Iterable[Tenure]) -> tuple[Tenure, ...]:
    found = tuple(value)
    wrong = next((t for t in found if not isinstance(t, Tenure)), None)
    if wrong is not None:
        msg = f"tenures must be Tenure records, got {type(wrong).__name__}"
        raise TypeError(msg)
    return found


def _clash(a: Tenure, b: Tenure) -> bool:
    """Two holders on one day at the coarser of their precisions (a shared handover period is no clash)."""
    n = min(_RANK[a.precision], _RANK[b.precision])
    a_end, b_end = (a.end or "9999-99-99")[:n], (b.end or "9999-99-99")[:n]
    return not (a_end <= b.start[:n] or b_end <= a.start[:n])


@frozen(kw_only=True)
class Office:
    """An office and who held it: a head of state, of government, a foreign minister, a government.

    Construction checks that a tenure of this office ends no earlier than it starts
    and that, unless the office is contested and both are claimants, no two holders
    hold it on one day at the precision they state.

    Raises:
        GazetteerError: two holders overlap, or a claimant is in an uncontested office.
    """

    id: str = field(validator=attrs.validators.matches_re(_ID))
    """`<actor>.<kind>`, e.g. `PAK.foreign_minister`."""
    actor: str = field(validator=_text)
    """Id of the actor (a state) whose office it is."""
    kind: str = field(validator=_text)
    """`head_of_state`, `head_of_government`, `foreign_minister`, `government`, or a kind of your own."""
    title: str = field(validator=_text)
    """The office's English title, e.g. `Minister of Foreign Affairs of Pakistan`."""
    contested: bool = field(default=False, validator=_flag)
    """Whether rival claimants held it at once (Venezuela 2019-2023, Libya, Myanmar since 2021)."""
    tenures: tuple[Tenure, ...] = field(default=(), converter=_tenures)
    """Its holders, in the order the data gives them."""

    def __attrs_post_init__(self) -> None:
        if self.id != f"{self.actor}.{self.kind}":
            raise GazetteerError(f"{self.id}: an office id is <actor>.<kind>, here {self.actor}.{self.kind}")
        problems = [f"{t.name}: a claimant, but the office is not contested" for t in self.tenures if t.claimant]
        problems = [] if self.contested else problems
        problems += [
            f"{a.name} ({a.start}..{a.end or 'open'}) and {b.name} ({b.start}..{b.end or 'open'}) hold it at once"
            for a, b in itertools.combinations(self.tenures, 2)
            if not (self.contested and a.claimant and b.claimant) and _clash(a, b)
        ]
        problems += [f"{t.name}: tenure of office {t.office!r}" for t in self.tenures if t.office != self.id]
        if problems:
            raise GazetteerError(f"{self.id}: " + "; ".join(problems))

    def holders(self, day: dt.date) -> tuple[Tenure, ...]:
        """Who held the office on `day`, latest first: one holder, rival claimants, or none.

        Where a handover period at the stated precision covers `day` ("2022-04" ends one
        tenure and starts the next), the successor holds it.
        """
        found = [t for t in self.tenures if t.covers(day)]
        kept = [t for t in found if not any(_hands_over(t, u) for u in found)]
        return tuple(sorted(kept, key=lambda t: t.first_day, reverse=True))

    def titles(self) -> tuple[str, ...]:
        """The titles news gives this office's holder: its own title and those of its kind."""
        return (self.title.casefold(), *KIND_TITLES.get(self.kind, ()))


def _hands_over(tenure: Tenure, successor: Tenure) -> bool:
    """Whether `successor` starts in the period that ends `tenure` (at the coarser of their precisions)."""
    if tenure.end is None or successor is tenure or successor.first_day <= tenure.first_day:
        return False
    n = min(_RANK[tenure.precision], _RANK[successor.precision])
    return tenure.end[:n] == successor.start[:n]


# ------------------------------------------------------------------ loading
_TENURE_KEYS = {"name", "aliases", "actor", "start", "end", "precision", "acting", "claimant", "note", "source"}
_OFFICE_KEYS = {"id", "actor", "kind", "title", "contested", "holders"}


def offices_from_document(data: Mapping[str, Any], origin: str) -> tuple[list[Office], dt.date | None]:
    """The offices of a tenure document (`{"reference_date", "sources", "offices": [...]}`) and its reference date.

    Raises:
        GazetteerError: a malformed office, tenure or reference date, naming where.
    """
    reference = data.get("reference_date")
    day = None
    if reference is not None:
        day = _reference(reference, origin)
    sources = data.get("sources") or ()
    default_source = f"{origin} ({sources[0]})" if isinstance(sources, list) and sources else origin
    items = data.get("offices", [])
    if not isinstance(items, list):
        raise GazetteerError(f"{origin}: offices must be a list")
    return [_office(item, f"{origin}: offices[{i}]", default_source) for i, item in enumerate(items)], day


def _reference(value: object, origin: str) -> dt.date:
    if isinstance(value, str) and partial(value, "day"):
        return first_day(value)
    raise GazetteerError(f"{origin}: reference_date must be a date written YYYY-MM-DD, got {value!r}")


def _office(item: object, where: str, source: str) -> Office:
    if not isinstance(item, Mapping):
        raise GazetteerError(f"{where}: expected an object")
    unknown = set(item) - _OFFICE_KEYS
    if unknown:
        raise GazetteerError(f"{where}: unknown keys {', '.join(sorted(unknown))}")
    office_id = item.get("id")
    named = f"{where} ({office_id})"
    holders = item.get("holders", [])
    if not isinstance(holders, list) or not holders:
        raise GazetteerError(f"{named}: holders must be a non-empty list")
    tenures = tuple(_tenure(h, item, f"{named}.holders[{i}]", source) for i, h in enumerate(holders))
    fields: dict[str, Any] = {key: item.get(key) for key in ("id", "actor", "kind", "title")}
    try:
        return Office(**fields, contested=item.get("contested", False), tenures=tenures)
    except GazetteerError as exc:  # its message names the office
        raise GazetteerError(f"{where}: {exc}") from None
    except (TypeError, ValueError) as exc:
        raise GazetteerError(f"{named}: {exc}") from None


def _tenure(item: object, office: Mapping[str, Any], where: str, source: str) -> Tenure:
    if not isinstance(item, Mapping):
        raise GazetteerError(f"{where}: expected an object")
    unknown = set(item) - _TENURE_KEYS
    if unknown:
        raise GazetteerError(f"{where}: unknown keys {', '.join(sorted(unknown))}")
    values = {"source": source, **item, "office": office.get("id"), "actor": item.get("actor", office.get("actor"))}
    try:
        return Tenure(**values)
    except (TypeError, ValueError) as exc:
        raise GazetteerError(f"{where}: {exc}") from None
