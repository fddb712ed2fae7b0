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

import functools
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import Any, Literal, NamedTuple

import attrs
from attrs import field, frozen

from geostance._lexicon import IgnoreCase
from geostance._trie import trie_regex
from geostance.errors import GazetteerError
from geostance.model import _year

__all__ = ["ActorRecord", "ActorType", "Gazetteer", "InstitutionRecord", "NameMatch", "PersonRecord"]

ActorType = Literal["organization", "state", "group"]
"""The three kinds of actor."""

MatchKind = Literal["name", "capital", "adjective", "person", "institution"]
"""What a matched string is: a name of the actor, its capital, its adjective, a person, or an institution."""

_ACTOR_TYPES = ("organization", "state", "group")
_DATA_FILES = {"organization": "organizations.json", "state": "states.json", "group": "groups.json"}


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        msg = "expected a list of strings, got a single string"
        raise TypeError(msg)
    return tuple(value)


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


_NAME_SPACE = r"[^\S\x0b\x0c\x1c-\x1f]"
"""What separates the words of a name: white space, but not the vertical tab, form feed and file, group,
record and unit separators, which Python counts as white space (a name holding them is no name, and XML
forbids them in the outputs)."""

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
    "chad" in running text do not name states).
    """
    if not any(c.islower() for c in alias):
        return not any(c.islower() for c in found)
    if " " not in alias and sum(c.isupper() for c in alias) >= 2 and alias[1:2].islower():
        return found == alias
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
    """

    _actors: dict[str, ActorRecord]
    _people: dict[str, PersonRecord]
    _institutions: tuple[InstitutionRecord, ...] = ()
    _pattern: IgnoreCase | None = None
    _authorities: dict[str, str] | None = None
    _resolved: dict[str, tuple[MatchKind, str, tuple[str, ...]] | tuple[()]] = attrs.Factory(dict)
    _table: dict[str, list[tuple[MatchKind, str, str]]] = attrs.Factory(dict)

    # -- construction
    @classmethod
    def from_records(
        cls,
        actors: Iterable[ActorRecord],
        people: Iterable[PersonRecord] = (),
        institutions: Iterable[InstitutionRecord] = (),
    ) -> Gazetteer:
        """Build a gazetteer from records; later records with an id already seen replace earlier ones.

        Raises:
            GazetteerError: a reference (member, parent, person's actor) does not resolve.
        """
        table = {a.id: a for a in actors}
        persons = {p.id: p for p in people}
        problems = []
        for record in table.values():
            problems += [f"{record.id}: member {m!r} is not a known state" for m in record.members if m not in table]
            if record.parent and record.parent not in table:
                problems.append(f"{record.id}: parent {record.parent!r} is not a known actor")
        problems += [f"{p.id}: actor {p.actor!r} is not known" for p in persons.values() if p.actor not in table]
        offices = tuple(institutions)
        problems += [f"{i.name}: actor {i.actor!r} is not known" for i in offices if i.actor not in table]
        if problems:
            raise GazetteerError("; ".join(problems[:10]))
        return cls(table, persons, offices)

    @classmethod
    def default(cls) -> Gazetteer:
        """The gazetteer shipped with geostance (loaded once and shared)."""
        return _default()

    @classmethod
    def from_files(cls, *paths: str | Path) -> Gazetteer:
        """Build a gazetteer from JSON files in the shipped format (see `data/SOURCES.md`).

        Raises:
            GazetteerError: a file cannot be read or holds malformed records.
        """
        actors: list[ActorRecord] = []
        people: list[PersonRecord] = []
        offices: list[InstitutionRecord] = []
        for path in paths:
            try:
                data = json.loads(Path(path).read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise GazetteerError(f"{path}: {exc}") from None
            more_actors, more_people, more_offices = _records_from_document(data, str(path))
            actors += more_actors
            people += more_people
            offices += more_offices
        return cls.from_records(actors, people, offices)

    def extend(
        self,
        actors: Iterable[ActorRecord] = (),
        people: Iterable[PersonRecord] = (),
        institutions: Iterable[InstitutionRecord] = (),
    ) -> Gazetteer:
        """A new gazetteer with these records added (replacing records with the same id)."""
        return Gazetteer.from_records(
            [*self._actors.values(), *actors],
            [*self._people.values(), *people],
            [*self._institutions, *institutions],
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
        """The person record with this id, or None."""
        return self._people.get(person_id)

    @property
    def authorities(self) -> dict[str, str]:
        """State id -> id of the group that governs it de facto (the Taliban for Afghanistan)."""
        if self._authorities is None:
            self._authorities = {
                r.based_in: r.id
                for r in self._actors.values()
                if r.type == "group" and r.based_in and r.kind == "de facto authority"
            }
        return self._authorities

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
        for match in pattern.finditer(text):
            start, end = match.span()
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
            for person in self._people.values():
                for alias in (person.name, *person.aliases):
                    add("person", person.id, alias)
            for office in self._institutions:
                for alias in (office.name, *office.aliases):
                    add("institution", office.actor, alias)
            order = {"name": 0, "institution": 1, "person": 2, "capital": 3, "adjective": 4}
            for entries in table.values():
                entries.sort(key=lambda e: (order[e[0]], not any(c.islower() for c in e[2])))
            self._table = table
        return self._table

    def _compiled(self) -> IgnoreCase:
        if self._pattern is None:
            keys = self._lookup().keys()
            body = trie_regex(keys, space=_NAME_SPACE)
            self._pattern = IgnoreCase(rf"(?<![\w'’-])(?:{body})(?![\w])")
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


def _record(cls: type[Any], item: object, where: str) -> Any:  # noqa: ANN401 - ActorRecord or PersonRecord
    if not isinstance(item, Mapping):
        raise GazetteerError(f"{where}: expected an object")
    allowed = {ActorRecord: _ACTOR_FIELDS, PersonRecord: _PERSON_FIELDS}.get(cls, _INSTITUTION_FIELDS)
    try:
        return cls(**{k: v for k, v in item.items() if k in allowed})
    except (TypeError, ValueError) as exc:
        raise GazetteerError(f"{where}: {exc}") from None


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
    return Gazetteer.from_records(actors, people, offices)
