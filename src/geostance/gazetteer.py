"""Known actors and people: the gazetteer the parser recognises names with.

The default gazetteer is read once, lazily, from the JSON files shipped in
`geostance/data/` (states, organizations, groups, people; their sources are in
`data/SOURCES.md`). Users can extend it or bring their own:

```python
from geostance import Gazetteer, ActorRecord, parse

mine = Gazetteer.default().extend(
    [ActorRecord(type="group", id="abc-front", name="ABC Front", aliases=("the Front",))]
)
article = parse(text, gazetteer=mine)
```

Matching is one compiled, trie-shaped regular expression over all names, so its
cost grows with the text, not with the number of names.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import Any, Literal, NamedTuple

import attrs
from attrs import field, frozen

from geostance._dates import first_day, last_day, partial
from geostance._names import NameTrie
from geostance.errors import GazetteerError
from geostance.model import _year
from geostance.tenures import KIND_TITLES, Office, Tenure, offices_from_document

__all__ = [
    "ActorRecord",
    "ActorType",
    "Gazetteer",
    "InstitutionRecord",
    "NameMatch",
    "Office",
    "PersonRecord",
    "Tenure",
]

ActorType = Literal["organization", "state", "group"]
"""The three kinds of actor."""

MatchKind = Literal["name", "capital", "adjective", "person", "institution"]
"""What a matched string is: a name of the actor, its capital, its adjective, a person, or an institution."""

_ACTOR_TYPES = ("organization", "state", "group")
DE_FACTO_AUTHORITY = "de facto authority"
"""The kind of a group that governs a state in fact (the Taliban): it speaks through a state's bodies."""
_DATA_FILES = {"organization": "organizations.json", "state": "states.json", "group": "groups.json"}


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        msg = "expected a list of strings, got a single string"
        raise TypeError(msg)
    return tuple(value)


def _partial_date(value: object) -> object:
    """A year given as an int (`"from": 2019` in people.json) is the partial date `"2019"`."""
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


def _optional_partial(_inst: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None and not any(partial(value, p) for p in ("year", "month", "day")):
        msg = f"{attribute.name} must be a year, YYYY-MM or YYYY-MM-DD, got {value!r}"
        raise ValueError(msg)


@frozen(kw_only=True)
class ActorRecord:
    """What the gazetteer knows about one actor, independent of any article."""

    type: ActorType = field(validator=attrs.validators.in_(_ACTOR_TYPES))
    """`organization`, `state` or `group`."""
    id: str = field(validator=attrs.validators.matches_re(r"[A-Za-z0-9][A-Za-z0-9_.:-]*"))
    """Stable id: ISO alpha-3 for states, a lowercase slug otherwise."""
    name: str = field(validator=attrs.validators.min_len(1))
    """Canonical English name."""
    acronym: str | None = None
    """Usual acronym, if any."""
    aliases: tuple[str, ...] = field(default=(), converter=_strings)
    """Other names a writer uses for it (not adjectives, not capitals)."""
    kind: str | None = None
    """What kind of organization or group it is."""
    founded: int | None = field(default=None, validator=_year)
    """Founding year, when known (from -9999 to 9999, as `Organization.founded`)."""
    members: tuple[str, ...] = field(default=(), converter=_strings)
    """Ids of member states (organizations with a defined membership)."""
    parent: str | None = None
    """Id of the parent organization, for organs and bodies."""
    alpha2: str | None = None
    """ISO 3166-1 alpha-2 code (states)."""
    alpha3: str | None = None
    """ISO 3166-1 alpha-3 code (states)."""
    capitals: tuple[str, ...] = field(default=(), converter=_strings)
    """Capital cities, recognised as metonyms ("Moscow said") for states."""
    adjectives: tuple[str, ...] = field(default=(), converter=_strings)
    """Demonym adjectives ("Russian"), used to resolve speakers like "the Russian foreign ministry"."""
    based_in: str | None = None
    """Id of the state a group is based in (a de facto authority governs it)."""
    seats: tuple[str, ...] = field(default=(), converter=_strings)
    """Cities whose name stands for an organization as a metonym ("Brussels" for the EU), not for their state."""

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name, the acronym and the aliases, without duplicates."""
        seen: dict[str, None] = {self.name: None}
        if self.acronym:
            seen[self.acronym] = None
        for alias in self.aliases:
            seen.setdefault(alias, None)
        return tuple(seen)


@frozen(kw_only=True)
class PersonRecord:
    """A prominent person whose name identifies the actor they speak for."""

    id: str
    """Stable slug, e.g. `vladimir-putin`."""
    name: str
    """Full name."""
    actor: str
    """Id of the actor the person speaks for."""
    aliases: tuple[str, ...] = field(default=(), converter=_strings)
    """Other forms of the name (surname, transliterations)."""
    role: str | None = None
    """The role that makes them speak for the actor."""
    start: str | None = field(default=None, converter=_partial_date, validator=_optional_partial)
    """When the role began (`2019`, `2019-05` or `2019-05-03`; `from` in the JSON files), or None if unknown."""
    end: str | None = field(default=None, converter=_partial_date, validator=_optional_partial)
    """When it ended, like `start` (`to` in the JSON files), or None while it lasts."""

    def meets(self, lo: dt.date, hi: dt.date) -> bool:
        """Whether the role shares a day with `lo`..`hi` (a role without dates: always)."""
        begun = self.start is None or first_day(self.start) <= hi
        return begun and (self.end is None or lo <= last_day(self.end))


@frozen(kw_only=True)
class InstitutionRecord:
    """A government institution whose name identifies its state ("the Kremlin", "the MEA")."""

    name: str
    """The institution's usual English name."""
    actor: str
    """Id of the state it speaks for."""
    aliases: tuple[str, ...] = field(default=(), converter=_strings)
    """Other names and acronyms."""


@frozen(kw_only=True)
class NameMatch:
    """One gazetteer string found in a text."""

    start: int
    """Offset of the first character."""
    end: int
    """Offset one past the last character."""
    kind: MatchKind
    """Whether the string is a name, a capital, an adjective or a person's name."""
    target: str
    """Id of the actor (or person, for `kind == "person"`) the string belongs to."""
    alternatives: tuple[str, ...] = ()
    """Other actors of the same kind with this exact name (an ambiguous acronym such as `IEA`)."""


class _Found(NamedTuple):
    """A `NameMatch` as a plain tuple, for the recognition stage."""

    start: int
    end: int
    kind: MatchKind
    target: str
    alternatives: tuple[str, ...]


_FOLD = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "‐": "-", "‑": "-", "–": "-", "—": "-", "\u00a0": " "})


_DASH_SPACES = re.compile(r"\s*-\s*")


def fold(text: str) -> str:
    """The key names are compared by: case-folded, one kind of apostrophe and dash, single spaces."""
    return _DASH_SPACES.sub("-", " ".join(text.translate(_FOLD).casefold().split()))


_CACHE_LIMIT = 50_000
_IZAFE = re.compile(r"-([ie])-")


def _izafe_variants(alias: str) -> list[str]:
    """Transliterations of the Persian/Urdu izafe: "Tehrik-i-Taliban" is also written "Tehrik-e-Taliban"."""
    if not _IZAFE.search(alias):
        return []
    return [_IZAFE.sub(lambda m: "-e-" if m.group(1) == "i" else "-i-", alias)]


def _case_ok(alias: str, found: str) -> bool:
    """Whether `found` has a case compatible with `alias`.

    An acronym-like alias (no lower-case letters, e.g. `US`, `IS`) must match with the
    same case; so must a one-word acronym in mixed case (`LeT`, `JeM`: not "Let's");
    an alias that starts with a capital must be found starting with one (so "turkey" or
    "chad" in running text do not name states); a leading "The" may be lower case. After an
    acronym ("UN Command"), every capitalised word must be found capitalised.
    """
    if not any(c.islower() for c in alias):
        return not any(c.islower() for c in found)
    if " " not in alias and sum(c.isupper() for c in alias) >= 2 and alias[1:2].islower():
        return found == alias
    words = alias.split()
    if len(words) > 1 and not any(c.islower() for c in words[0]):
        # "UN Command" is a body, "under UN command" the UN: after an acronym, each capital is the name's
        return all(not a[:1].isupper() or f[:1].isupper() for a, f in zip(words, found.split(), strict=False))
    if alias[:4].lower() == "the " and found[:4].lower() == "the ":
        alias, found = alias[4:], found[4:]  # "the Netherlands" in running text for the alias "The Netherlands"
    first_alias = next((c for c in alias if c.isalpha()), "")
    first_found = next((c for c in found if c.isalpha()), "")
    return not (first_alias.isupper() and not first_found.isupper())


@attrs.define
class Gazetteer:
    """A searchable collection of actor and person records.

    Build one with [`default`][geostance.Gazetteer.default],
    [`from_records`][geostance.Gazetteer.from_records] or
    [`from_files`][geostance.Gazetteer.from_files]; it is immutable in use and its
    matcher is compiled on first use and kept.

    It also knows who held which office when ([`Office`][geostance.Office],
    [`Tenure`][geostance.Tenure]): the holders of an office are people it recognises,
    and [`speaks_for`][geostance.Gazetteer.speaks_for] tells whom a person speaks for
    on a day (see [Dates](dates.md)).
    """

    _actors: dict[str, ActorRecord]
    _people: dict[str, PersonRecord]
    _institutions: tuple[InstitutionRecord, ...] = ()
    _offices: dict[str, Office] = attrs.Factory(dict)
    _reference_date: dt.date | None = None
    _holders: dict[str, PersonRecord] = attrs.Factory(dict)
    """People known only as office holders (not in the people records)."""
    _held: dict[str, tuple[Tenure, ...]] = attrs.Factory(dict)
    """Person id -> the tenures they held."""
    _window: tuple[dt.date, dt.date] | None = None
    """For a dated view: the days the text may be from (see `_at`)."""
    _pattern: NameTrie | None = None
    _authorities: dict[str, str] | None = None
    _seats: dict[str, tuple[str, ...]] | None = None
    _resolved: dict[str, tuple[MatchKind, str, tuple[str, ...]] | tuple[()]] = attrs.Factory(dict)
    _table: dict[str, list[tuple[MatchKind, str, str]]] = attrs.Factory(dict)
    _views: dict[tuple[dt.date, dt.date], Gazetteer] = attrs.field(factory=dict, eq=False, repr=False)
    _dated_people: dict[str, tuple[str, str | None] | None] = attrs.field(factory=dict, eq=False, repr=False)

    # -- construction
    @classmethod
    def from_records(
        cls,
        actors: Iterable[ActorRecord],
        people: Iterable[PersonRecord] = (),
        institutions: Iterable[InstitutionRecord] = (),
        offices: Iterable[Office] = (),
        *,
        reference_date: dt.date | None = None,
    ) -> Gazetteer:
        """Build a gazetteer from records; later records with an id already seen replace earlier ones.

        An office replaces an earlier office with its id, tenures and all. `reference_date`
        is the day the office data describes the world as of: texts of unknown date are
        read as of that day (see [Dates](dates.md)).

        Raises:
            GazetteerError: a reference (member, parent, person's or office's actor) does not resolve.
        """
        table = {a.id: a for a in actors}
        persons = {p.id: p for p in people}
        posts = tuple(institutions)
        held_offices = {o.id: o for o in offices}
        problems = []
        for record in table.values():
            problems += [f"{record.id}: member {m!r} is not a known state" for m in record.members if m not in table]
            if record.parent and record.parent not in table:
                problems.append(f"{record.id}: parent {record.parent!r} is not a known actor")
        problems += [f"{p.id}: actor {p.actor!r} is not known" for p in persons.values() if p.actor not in table]
        problems += [f"{i.name}: actor {i.actor!r} is not known" for i in posts if i.actor not in table]
        for office in held_offices.values():
            actors_named = {office.actor, *(t.actor for t in office.tenures)}
            problems += [f"{office.id}: actor {a!r} is not known" for a in sorted(actors_named) if a not in table]
        if problems:
            raise GazetteerError("; ".join(problems[:10]))
        if reference_date is not None and not isinstance(reference_date, dt.date):
            raise GazetteerError(f"reference_date must be a datetime.date, got {type(reference_date).__name__}")
        holders, held = _link(persons, held_offices)
        return cls(
            actors=table,
            people=persons,
            institutions=posts,
            offices=held_offices,
            reference_date=reference_date,
            holders=holders,
            held=held,
        )

    @classmethod
    def default(cls) -> Gazetteer:
        """The gazetteer shipped with geostance (loaded once and shared)."""
        return _default()

    @classmethod
    def from_files(cls, *paths: str | Path, base: Gazetteer | None = None) -> Gazetteer:
        """Build a gazetteer from JSON files in the shipped format (see `data/SOURCES.md`).

        A file may hold actors, people and institutions, or offices and their tenures (the
        format of `tenures.json`). With `base` (e.g. `Gazetteer.default()`) the files add to
        it: their records replace the base's records and offices with the same ids, and the
        latest `reference_date` of the tenure files and the base is the reference date.

        Raises:
            GazetteerError: a file cannot be read or holds malformed records or tenures.
        """
        actors: list[ActorRecord] = []
        people: list[PersonRecord] = []
        posts: list[InstitutionRecord] = []
        offices: list[Office] = []
        days = [base.reference_date] if base and base.reference_date else []
        for path in paths:
            try:
                data = json.loads(Path(path).read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise GazetteerError(f"{path}: {exc}") from None
            more_actors, more_people, more_posts = _records_from_document(data, str(path))
            actors += more_actors
            people += more_people
            posts += more_posts
            more_offices, day = offices_from_document(data, str(path))
            offices += more_offices
            days += [day] if day else []
        try:
            if base is None:
                return cls.from_records(actors, people, posts, offices, reference_date=max(days, default=None))
            extended = base.extend(actors, people, posts, offices)
        except GazetteerError as exc:
            raise GazetteerError(f"{', '.join(map(str, paths))}: {exc}") from None
        return attrs.evolve(extended, reference_date=max(days, default=None))

    def extend(
        self,
        actors: Iterable[ActorRecord] = (),
        people: Iterable[PersonRecord] = (),
        institutions: Iterable[InstitutionRecord] = (),
        offices: Iterable[Office] = (),
    ) -> Gazetteer:
        """A new gazetteer with these records added (replacing records and offices with the same id)."""
        return Gazetteer.from_records(
            [*self._actors.values(), *actors],
            [*self._people.values(), *people],
            [*self._institutions, *institutions],
            [*self._offices.values(), *offices],
            reference_date=self._reference_date,
        )

    # -- lookups
    def __len__(self) -> int:
        return len(self._actors)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._actors

    def __iter__(self) -> Iterator[ActorRecord]:
        return iter(self._actors.values())

    def get(self, actor_id: str) -> ActorRecord | None:
        """The actor record with this id, or None."""
        return self._actors.get(actor_id)

    def person(self, person_id: str) -> PersonRecord | None:
        """The person record with this id (an office holder's too), or None.

        In a dated view (what the parser reads a dated text with) a person in office has
        the actor and role of the office they hold then.
        """
        record = self._people.get(person_id) or self._holders.get(person_id)
        if record is None or self._window is None:
            return record
        dated = self._dated(person_id)
        if dated is None or dated == (record.actor, record.role):
            return record
        return attrs.evolve(record, actor=dated[0], role=dated[1])

    def seated_in(self, city: str) -> tuple[str, ...]:
        """Ids of the organizations a city's name may stand for ("Brussels": the EU, NATO), in file order."""
        if self._seats is None:
            seats: dict[str, list[str]] = {}
            for record in self._actors.values():
                for seat in record.seats:
                    seats.setdefault(fold(seat), []).append(record.id)
            self._seats = {k: tuple(v) for k, v in seats.items()}
        return self._seats.get(fold(city), ())

    @property
    def authorities(self) -> dict[str, str]:
        """State id -> id of the group that governs it de facto (the Taliban for Afghanistan).

        A state with a `government` office is governed by that office's holder on the
        reference date (on the text's date, in a dated view).
        """
        if self._authorities is None:
            found = {
                r.based_in: r.id
                for r in self._actors.values()
                if r.type == "group" and r.based_in and r.kind == DE_FACTO_AUTHORITY
            }
            day = self._window[1] if self._window else self._reference_date or dt.date.max
            for office in self._offices.values():
                now = office.holders(day) if office.kind == "government" else ()
                if now and now[0].actor != office.actor:
                    found[office.actor] = now[0].actor
                elif now:
                    found.pop(office.actor, None)
            self._authorities = found
        return self._authorities

    # -- offices and dates
    @property
    def reference_date(self) -> dt.date | None:
        """The day the office data describes the world as of (texts of unknown date are read as of it), or None."""
        return self._reference_date

    @property
    def offices(self) -> tuple[Office, ...]:
        """Every office the gazetteer knows the holders of."""
        return tuple(self._offices.values())

    def office(self, office_id: str) -> Office | None:
        """The office with this id (`PAK.foreign_minister`), or None."""
        return self._offices.get(office_id)

    def holders(self, office_id: str, day: dt.date) -> tuple[Tenure, ...]:
        """Who held the office on `day` (rival claimants of a contested office: all of them), latest first.

        Raises:
            GazetteerError: no office has this id.
        """
        office = self._offices.get(office_id)
        if office is None:
            raise GazetteerError(f"no office {office_id!r} (offices look like 'PAK.foreign_minister')")
        return office.holders(day)

    def tenures(self, person_id: str) -> tuple[Tenure, ...]:
        """The tenures a person (by id) held, in the data's order."""
        return self._held.get(person_id, ())

    def speaks_for(self, person_id: str, day: dt.date | None = None) -> str | None:
        """The actor a person speaks for on `day`: that of the office they hold then, else None.

        Without `day`, the person's latest office up to the reference date: the same
        answer on any day the question is asked. A person with neither tenures nor
        dates speaks for their record's actor whatever the day.
        """
        view = self if day is None else self._at(day, day)
        dated = view._dated(person_id)  # noqa: SLF001 - a view is this class
        return dated[0] if dated else None

    def office_actor(self, state: str, role: str, day: dt.date | None = None) -> str | None:
        """Whom the holder of a state's office, named by its title, speaks for on `day` if not the state.

        `office_actor("AFG", "foreign minister", date(2023, 1, 1))` is `taliban`; on a day the
        holder speaks for the state itself, or with no such office or holder, None. Without
        `day`: on the reference date (in a dated view, the last day of its window).
        """
        wanted = " ".join(role.casefold().split())
        kinds = [kind for kind, titles in KIND_TITLES.items() if wanted in titles]
        when = day or (self._window[1] if self._window else self._reference_date or dt.date.max)
        for kind in kinds:
            office = self._offices.get(f"{state}.{kind}")
            actors = {t.actor for t in office.holders(when)} if office else set()
            if len(actors) == 1 and state not in actors:
                return actors.pop()
        return None

    def _at(self, lo: dt.date, hi: dt.date) -> Gazetteer:
        """A view of this gazetteer for a text from some day in `lo`..`hi` (compiled matcher shared)."""
        views = self._views
        view = views.get((lo, hi))
        if view is None:
            if len(views) > _VIEW_LIMIT:
                views.clear()
            self._compiled()
            view = attrs.evolve(self, window=(lo, hi), authorities=None, views={}, dated_people={})
            views[lo, hi] = view
        return view

    def _dated(self, person_id: str) -> tuple[str, str | None] | None:
        """(actor, role) of the person's latest office within the window, or None when out of office."""
        if person_id not in self._dated_people:
            lo, hi = self._window or (dt.date.min, self._reference_date or dt.date.max)
            self._dated_people[person_id] = _office_in(self, person_id, lo, hi)
        return self._dated_people[person_id]

    def by_adjective(self, adjective: str) -> ActorRecord | None:
        """The state whose demonym adjective this is ("Russian" -> Russia), or None."""
        for kind, target, _ in self._lookup().get(fold(adjective), ()):
            if kind == "adjective":
                return self._actors[target]
        return None

    def by_name(self, name: str) -> ActorRecord | None:
        """The actor that has `name` as its name, acronym or alias (compared folded), or None."""
        for kind, target, _ in self._lookup().get(fold(name), ()):
            if kind == "name":
                return self._actors[target]
        return None

    # -- matching
    def find(self, text: str) -> Iterator[NameMatch]:
        """Every gazetteer string in `text`, leftmost-longest, not overlapping, case-checked."""
        for found in self._found(text):
            yield NameMatch(
                start=found.start, end=found.end, kind=found.kind, target=found.target, alternatives=found.alternatives
            )

    def _found(self, text: str) -> Iterator[_Found]:
        """What `find` yields, as light tuples: recognition reads thousands and needs no checked records."""
        pattern = self._compiled()
        resolved = self._resolved
        for start, end in pattern.spans(text):
            found = text[start:end]  # the text's own case: the match may be on a lowered copy
            answer = resolved.get(found)
            if answer is None:
                if len(resolved) > _CACHE_LIMIT:  # case variants of names are unbounded in hostile text
                    resolved.clear()
                answer = resolved[found] = self._resolve(found)
            if answer:
                kind, target, others = answer
                yield _Found(start, end, kind, target, others)

    def _resolve(self, found: str) -> tuple[MatchKind, str, tuple[str, ...]] | tuple[()]:
        """What a matched string names (cached per exact string: news repeats its names)."""
        entries = [e for e in self._table.get(fold(found), ()) if _case_ok(e[2], found)]
        if not entries:
            return ()
        kind, target, _ = entries[0]
        return kind, target, tuple(dict.fromkeys(t for k, t, _ in entries[1:] if k == kind and t != target))

    def _lookup(self) -> dict[str, list[tuple[MatchKind, str, str]]]:
        if not self._table:
            table: dict[str, list[tuple[MatchKind, str, str]]] = {}

            def add(kind: MatchKind, target: str, alias: str) -> None:
                key = fold(alias)
                if key:
                    table.setdefault(key, []).append((kind, target, alias))

            for record in self._actors.values():
                for alias in record.names:
                    add("name", record.id, alias)
                    for variant in _izafe_variants(alias):
                        add("name", record.id, variant)
                for alias in record.capitals:
                    add("capital", record.id, alias)
                for alias in record.adjectives:
                    add("adjective", record.id, alias)
            for person in (*self._people.values(), *self._holders.values()):
                for alias in (person.name, *person.aliases):
                    add("person", person.id, alias)
            for person_id, held in self._held.items():  # a holder's one-word alias (a surname) is too often another's
                for alias in dict.fromkeys(a for t in held for a in (t.name, *t.aliases) if a == t.name or " " in a):
                    add("person", person_id, alias)
            for office in self._institutions:
                for alias in (office.name, *office.aliases):
                    add("institution", office.actor, alias)
            order = {"name": 0, "institution": 1, "person": 2, "capital": 3, "adjective": 4}
            for entries in table.values():
                entries.sort(key=lambda e: (order[e[0]], not any(c.islower() for c in e[2])))
            self._table = table
        return self._table

    def _compiled(self) -> NameTrie:
        if self._pattern is None:
            self._pattern = NameTrie(self._lookup().keys())
        return self._pattern


def _records_from_document(
    data: object, origin: str
) -> tuple[list[ActorRecord], list[PersonRecord], list[InstitutionRecord]]:
    if not isinstance(data, Mapping):
        raise GazetteerError(f"{origin}: expected a JSON object")
    actors: list[ActorRecord] = []
    people: list[PersonRecord] = []
    offices: list[InstitutionRecord] = []
    for key, actor_type in (("organizations", "organization"), ("states", "state"), ("groups", "group")):
        for i, item in enumerate(data.get(key, ())):
            actors.append(_record(ActorRecord, {"type": actor_type, **item}, f"{origin}: {key}[{i}]"))
    for i, item in enumerate(data.get("people", ())):
        people.append(_record(PersonRecord, item, f"{origin}: people[{i}]"))
    for i, item in enumerate(data.get("institutions", ())):
        offices.append(_record(InstitutionRecord, item, f"{origin}: institutions[{i}]"))
    return actors, people, offices


_ACTOR_FIELDS = {a.name for a in attrs.fields(ActorRecord)}
_PERSON_FIELDS = {a.name for a in attrs.fields(PersonRecord)}
_INSTITUTION_FIELDS = {a.name for a in attrs.fields(InstitutionRecord)}
_PERSON_KEYS = {"from": "start", "to": "end"}


def _record(cls: type[Any], item: object, where: str) -> Any:  # noqa: ANN401 - ActorRecord or PersonRecord
    if not isinstance(item, Mapping):
        raise GazetteerError(f"{where}: expected an object")
    allowed = {ActorRecord: _ACTOR_FIELDS, PersonRecord: _PERSON_FIELDS}.get(cls, _INSTITUTION_FIELDS)
    if cls is PersonRecord:  # people.json names a role's years `from` and `to`
        item = {_PERSON_KEYS.get(k, k): v for k, v in item.items()}
    try:
        return cls(**{k: v for k, v in item.items() if k in allowed})
    except (TypeError, ValueError) as exc:
        raise GazetteerError(f"{where}: {exc}") from None


_VIEW_LIMIT = 4096
"""Dated views kept per gazetteer (a corpus spans a few thousand days)."""


def _office_in(gazetteer: Gazetteer, person_id: str, lo: dt.date, hi: dt.date) -> tuple[str, str | None] | None:
    """(actor, role) of the person's office that meets `lo`..`hi` and began last, or None."""
    best: tuple[dt.date, str, str | None] | None = None
    held = gazetteer._held.get(person_id, ())  # noqa: SLF001 - a helper of the class
    for tenure in held:
        office = gazetteer._offices[tenure.office]  # noqa: SLF001
        if tenure.meets(lo, hi) and (best is None or tenure.first_day > best[0]):
            best = (tenure.first_day, tenure.actor, "; ".join(office.titles()))
    record = gazetteer._people.get(person_id)  # noqa: SLF001
    if record is not None and (record.start is not None or not held) and record.meets(lo, hi):
        began = first_day(record.start) if record.start else dt.date.min
        if best is None or began > best[0]:
            best = (began, record.actor, record.role)
    return None if best is None else (best[1], best[2])


def _slug(name: str) -> str:
    plain = unicodedata.normalize("NFKD", fold(name)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-") or "person"


def _link(
    people: dict[str, PersonRecord], offices: dict[str, Office]
) -> tuple[dict[str, PersonRecord], dict[str, tuple[Tenure, ...]]]:
    """Tie each office holder to a person: the person record of that name, else a new one (the holders)."""
    by_name = {fold(p.name): p.id for p in people.values()}
    holders: dict[str, PersonRecord] = {}
    held: dict[str, list[Tenure]] = {}
    for office in offices.values():
        if office.kind == "government":  # a government is no person
            continue
        for tenure in office.tenures:
            person_id = by_name.get(fold(tenure.name))
            if person_id is None:
                person_id = _slug(tenure.name)
                while person_id in people or person_id in holders:
                    person_id += "-holder"
                by_name[fold(tenure.name)] = person_id
            if person_id not in people:
                holders[person_id] = PersonRecord(id=person_id, name=tenure.name, actor=tenure.actor, role=office.title)
            held.setdefault(person_id, []).append(tenure)
    return holders, {k: tuple(v) for k, v in held.items()}


@functools.cache
def _default() -> Gazetteer:
    actors: list[ActorRecord] = []
    people: list[PersonRecord] = []
    offices: list[InstitutionRecord] = []
    root = resources.files("geostance") / "data"
    for name in (*_DATA_FILES.values(), "people.json", "institutions.json"):
        data = json.loads((root / name).read_text(encoding="utf-8"))
        more_actors, more_people, more_offices = _records_from_document(data, f"geostance/data/{name}")
        actors += more_actors
        people += more_people
        offices += more_offices
    tenures = json.loads((root / "tenures.json").read_text(encoding="utf-8"))
    held, day = offices_from_document(tenures, "geostance/data/tenures.json")
    return Gazetteer.from_records(actors, people, offices, held, reference_date=day)
