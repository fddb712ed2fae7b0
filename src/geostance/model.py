"""The domain model: who said what about whom in an article, and who denied it.

Every class is an immutable attrs record (frozen, slotted, keyword-only) whose
fields are checked at construction. Text positions are character offsets into
[`Article.text`][geostance.Article.text]; an [`Article`][geostance.Article]
checks on construction that every span lies inside its text and cites it exactly,
that ids are unique and that every reference resolves.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

import attrs
from attrs import field, frozen

from geostance.errors import DanglingReference, DuplicateId, InvalidSpan, ModelError

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from attrs import Attribute
    from typing_extensions import Self

__all__ = [
    "Act",
    "Actor",
    "Article",
    "Claim",
    "ClaimKind",
    "DateBasis",
    "Evidence",
    "Group",
    "Mention",
    "Occasion",
    "Organization",
    "Quote",
    "Rebuttal",
    "Span",
    "State",
    "Statement",
    "Topic",
]

_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]*\Z")
_T = TypeVar("_T")


# --------------------------------------------------------------------- enums
class Act(str, enum.Enum):
    """What a statement does: the communicative acts a speaker performs."""

    CONCERN = "concern"
    """Expresses concern, alarm or worry."""
    DEMAND = "demand"
    """Calls on, urges, demands or appeals to someone."""
    ACCUSE = "accuse"
    """Accuses, blames, condemns or criticises."""
    ASSERT = "assert"
    """States, emphasises, reaffirms or announces something as a fact."""
    SUPPORT = "support"
    """Supports, welcomes or offers help."""
    WARN = "warn"
    """Warns or threatens."""


class Topic(str, enum.Enum):
    """What a statement is about, as a coarse subject vocabulary."""

    TERRORISM = "terrorism"
    """Terrorism, extremism, militancy, counterterrorism."""
    DRUG_TRAFFICKING = "drug_trafficking"
    """Narcotics production and trafficking."""
    HUMAN_RIGHTS = "human_rights"
    """Human rights in general, atrocities, executions, abuses."""
    WOMENS_RIGHTS = "womens_rights"
    """Rights of women and girls, education of girls."""
    INCLUSIVE_GOVERNMENT = "inclusive_government"
    """Inclusive, representative government or political structure."""
    SECURITY = "security"
    """Regional or national security, stability, threats."""
    BORDER = "border"
    """Borders, border security and border incidents."""
    NUCLEAR = "nuclear"
    """Nuclear programmes, deals and weapons."""
    MISSILES = "missiles"
    """Ballistic missiles and missile launches."""
    SOVEREIGNTY = "sovereignty"
    """Sovereignty, territorial integrity, self-determination, internal affairs."""
    WEAPONS = "weapons"
    """Arms supplies, weapons transfers, illegal weapons."""
    MILITARY = "military"
    """Military operations, strikes, troops and exercises."""
    HUMANITARIAN = "humanitarian"
    """Humanitarian aid, refugees and migration."""
    WATER = "water"
    """Water rights, rivers and dams."""
    SANCTIONS = "sanctions"
    """Sanctions and their monitoring."""
    PEACE = "peace"
    """Peace talks, negotiations, dialogue and agreements."""


class ClaimKind(str, enum.Enum):
    """How a rebuttal claim counters what was said."""

    DENIAL = "denial"
    """Says the alleged fact is not true ("denied the presence of ...")."""
    REJECTION = "rejection"
    """Rejects a statement, report or accusation as a whole."""
    COUNTER_CLAIM = "counter_claim"
    """Asserts the opposite of what was alleged ("claims to have suppressed ISKP")."""
    ASSURANCE = "assurance"
    """Promises no threat or harm will come ("poses no threat to any neighbour")."""
    DEFLECTION = "deflection"
    """Shifts responsibility to someone else ("neighbours should handle their own security")."""
    NON_INTERFERENCE = "non_interference"
    """Calls the matter internal affairs in which others should not interfere."""


class DateBasis(str, enum.Enum):
    """Where an article's date (the date its actors are resolved at) comes from."""

    GIVEN = "given"
    """Given to the parser (`parse(text, date=...)`, a JSON Lines record's `date`, `--date`)."""
    TEXT = "text"
    """Stated in the text as the article's own: a dateline with a full date, a "Published ..." line."""
    INFERRED = "inferred"
    """Bounded by office holders the text names with their titles: the latest day they allow."""
    UNKNOWN = "unknown"
    """Not known: `date` is null and actors resolve at the data's reference date."""


# ------------------------------------------------------------ field helpers
def _check_id(_inst: object, attribute: Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not _ID_RE.match(value):
        msg = f"{attribute.name} must be a non-empty id of letters, digits and _.:- (got {value!r})"
        raise ValueError(msg)


def _check_optional_id(_inst: object, attribute: Attribute[str | None], value: str | None) -> None:
    if value is not None:
        _check_id(_inst, attribute, value)  # type: ignore[arg-type]


def _check_ids(_inst: object, attribute: Attribute[tuple[str, ...]], value: tuple[str, ...]) -> None:
    for item in value:
        _check_id(_inst, attribute, item)  # type: ignore[arg-type]


def _non_empty(_inst: object, attribute: Attribute[str], value: str) -> None:
    if not value.strip():
        msg = f"{attribute.name} must not be empty or blank"
        raise ValueError(msg)


def _tuple_of(kind: type[_T]) -> Any:  # noqa: ANN401 - an attrs validator
    """Validate a tuple whose items are all of `kind`.

    The items are checked inline (an article holds thousands); attrs' own validator
    runs only on a failure, to raise its usual error.
    """
    slow = attrs.validators.deep_iterable(
        member_validator=attrs.validators.instance_of(kind),
        iterable_validator=attrs.validators.instance_of(tuple),
    )

    def validate(inst: object, attribute: Attribute[Any], value: Any) -> None:  # noqa: ANN401 - any value
        if isinstance(value, tuple):
            for item in value:
                if not isinstance(item, kind):
                    break
            else:
                return
        slow(inst, attribute, value)

    return validate


def _str_tuple(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        msg = "expected a sequence of strings, got a single string"
        raise TypeError(msg)
    return tuple(value)


def _items(value: Iterable[Any]) -> tuple[Any, ...]:
    """Accept any iterable (a list from user code) and store a tuple."""
    if isinstance(value, (str, bytes)):
        msg = "expected a sequence of records, got a string"
        raise TypeError(msg)
    return tuple(value)


def _acts(values: Iterable[Act | str]) -> tuple[Act, ...]:
    return tuple(Act(v) for v in _items(values))


def _topics(values: Iterable[Topic | str]) -> tuple[Topic, ...]:
    return tuple(Topic(v) for v in _items(values))


def _optional_of(kind: type) -> Any:  # noqa: ANN401 - an attrs validator
    """Validate a value that is None or of `kind` (attrs' validator words the error)."""
    slow = attrs.validators.optional(attrs.validators.instance_of(kind))

    def validate(inst: object, attribute: Attribute[Any], value: Any) -> None:  # noqa: ANN401 - any value
        if value is not None and not isinstance(value, kind):
            slow(inst, attribute, value)

    return validate


_STR = attrs.validators.instance_of(str)
_OPT_STR = _optional_of(str)
_INT = attrs.validators.instance_of(int)
_AT_LEAST_ZERO = attrs.validators.ge(0)


def _offset(inst: object, attribute: Attribute[int], value: int) -> None:
    """An int >= 0: one call where a Span is built, attrs' validators word the error."""
    if not isinstance(value, int) or value < 0:
        _INT(inst, attribute, value)
        _AT_LEAST_ZERO(inst, attribute, value)


_YEAR_RANGE = {"minimum": -9999, "maximum": 9999}
"""A year: bounded, so every output can store it (a 64-bit SQLite INTEGER, a spreadsheet cell)."""


def _year(_inst: object, attribute: Attribute[int | None], value: int | None) -> None:
    """None, or an int (not a bool) within `_YEAR_RANGE`."""
    if value is None:
        return
    if not isinstance(value, int) or isinstance(value, bool):
        msg = f"{attribute.name} must be a year as an int or None, got {value!r}"
        raise TypeError(msg)
    if not _YEAR_RANGE["minimum"] <= value <= _YEAR_RANGE["maximum"]:
        msg = (
            f"{attribute.name} must be a year from {_YEAR_RANGE['minimum']} to {_YEAR_RANGE['maximum']}, got {value:,}"
        )
        raise ValueError(msg)


def _day(_inst: object, attribute: Attribute[dt.date | None], value: dt.date | None) -> None:
    """None, or a `datetime.date` that is not a `datetime` (a day has no time of day)."""
    if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
        msg = f"{attribute.name} must be a datetime.date or None, got {type(value).__name__}"
        raise TypeError(msg)


def _cue(_inst: object, attribute: Attribute[str | None], value: str | None) -> None:
    """None, or a one-line phrase that is not blank (a cue is a word or a few, never a passage)."""
    if value is None:
        return
    if not isinstance(value, str):
        msg = f"{attribute.name} must be a str or None, got {type(value).__name__}"
        raise TypeError(msg)
    if not value.strip() or len(value) > _CUE_MAX or any(c in value for c in "\n\r"):
        msg = f"{attribute.name} must be a phrase of 1 to {_CUE_MAX} characters on one line, got {value!r}"
        raise ValueError(msg)


_CUE_MAX = 80
"""The longest cue: a phrase of the vocabulary ("take strong exception to") fits many times over."""


def _name(inst: object, attribute: Attribute[str], value: str) -> None:
    """A str that is not blank."""
    if not isinstance(value, str) or not value.strip():
        _STR(inst, attribute, value)
        _non_empty(inst, attribute, value)


# ------------------------------------------------------------------- spans
@frozen(kw_only=True)
class Span:
    """A half-open range `[start, end)` of character offsets into `Article.text`."""

    start: int = field(validator=_offset)
    """Offset of the first character."""
    end: int = field(validator=_INT)
    """Offset one past the last character."""

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            msg = f"span end {self.end} is before its start {self.start}"
            raise ValueError(msg)

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return the part of `text` this span covers."""
        return text[self.start : self.end]

    @classmethod
    def locate(cls, text: str, needle: str, start: int = 0) -> Span:
        """Find the first occurrence of `needle` in `text` at or after `start`.

        Raises:
            InvalidSpan: `needle` does not occur there.
        """
        at = text.find(needle, start)
        if at < 0 or not needle:
            msg = f"$: {needle!r} does not occur in the text after offset {start}"
            raise InvalidSpan([msg])
        return cls(start=at, end=at + len(needle))


def _check_excerpt(inst: _Excerpt) -> None:
    covered = inst.span.end - inst.span.start  # not len(): a hostile span can exceed sys.maxsize
    if len(inst.text) != covered:
        msg = (
            f"{type(inst).__name__} text has {len(inst.text)} characters "
            f"but its span {inst.span.start}-{inst.span.end} covers {covered}"
        )
        raise ValueError(msg)
    if not inst.text:
        msg = f"{type(inst).__name__} text must not be empty"
        raise ValueError(msg)


@frozen(kw_only=True)
class _Excerpt:
    """Base of the records that cite a stretch of the article text."""

    text: str = field(validator=_STR)
    """The cited text, exactly `Article.text[span.start:span.end]`."""
    span: Span = field(validator=attrs.validators.instance_of(Span))
    """Where the text stands in the article."""

    def __attrs_post_init__(self) -> None:
        _check_excerpt(self)

    @classmethod
    def at(cls, text: str, start: int, end: int) -> Self:
        """Cite `text[start:end]`."""
        return cls(text=text[start:end], span=Span(start=start, end=end))


@frozen(kw_only=True)
class Mention(_Excerpt):
    """A stretch of text that names an actor, a person, a place or a time."""


@frozen(kw_only=True)
class Quote(_Excerpt):
    """Words inside quotation marks, without the marks."""


@frozen(kw_only=True)
class Evidence(_Excerpt):
    """A clause of the article that shows an act or a fact."""


@frozen(kw_only=True)
class Claim(_Excerpt):
    """One counter-claim of a rebuttal, as an exact clause of the text."""

    kind: ClaimKind = field(converter=ClaimKind)
    """How the claim counters what was said."""
    cue: str | None = field(
        default=None, validator=_cue, metadata={"json_schema": {"minLength": 1, "maxLength": _CUE_MAX}}
    )
    """The words that marked its kind, lower-cased, e.g. `poses no threat` or `will not allow`; None when none did
    (a counter-claim) or for data written before geostance recorded it."""


# ------------------------------------------------------------------ actors
@frozen(kw_only=True)
class Organization:
    """An intergovernmental body, alliance, organ or international NGO."""

    id: str = field(validator=_check_id)
    """Stable identifier, e.g. `csto`; the same organization gets the same id in every article."""
    name: str = field(validator=_name)
    """Canonical full English name, e.g. `Collective Security Treaty Organization`."""
    acronym: str | None = field(default=None, validator=_OPT_STR)
    """Usual acronym, e.g. `CSTO`, or None."""
    aliases: tuple[str, ...] = field(default=(), converter=_str_tuple, validator=_tuple_of(str))
    """Every string the article uses to name it (plus the canonical name and acronym)."""
    kind: str | None = field(default=None, validator=_OPT_STR)
    """What kind of body it is, e.g. `intergovernmental military alliance`."""
    founded: int | None = field(default=None, validator=_year, metadata={"json_schema": _YEAR_RANGE})
    """Founding year (from -9999 to 9999, negative before the common era), or None when unknown."""
    members: tuple[str, ...] = field(default=(), converter=_str_tuple, validator=_check_ids)
    """Ids of the member states *the article states* as members."""
    evidence: tuple[Evidence, ...] = field(default=(), converter=_items, validator=_tuple_of(Evidence))
    """Clauses of the text that state its facts (members, founding year, kind)."""
    mentions: tuple[Mention, ...] = field(default=(), converter=_items, validator=_tuple_of(Mention))
    """Every place in the text that names it."""


@frozen(kw_only=True)
class State:
    """A sovereign state (a UN member or observer state)."""

    id: str = field(validator=_check_id)
    """Stable identifier: the ISO 3166-1 alpha-3 code, e.g. `RUS`."""
    name: str = field(validator=_name)
    """Common short English name, e.g. `Russia`."""
    alpha2: str | None = field(default=None, validator=_OPT_STR)
    """ISO 3166-1 alpha-2 code, e.g. `RU`."""
    alpha3: str | None = field(default=None, validator=_OPT_STR)
    """ISO 3166-1 alpha-3 code, e.g. `RUS`."""
    aliases: tuple[str, ...] = field(default=(), converter=_str_tuple, validator=_tuple_of(str))
    """Every string the article uses to name it (plus the canonical name)."""
    mentions: tuple[Mention, ...] = field(default=(), converter=_items, validator=_tuple_of(Mention))
    """Every place in the text that names it."""


@frozen(kw_only=True)
class Group:
    """A non-state armed or political group, or a de facto authority such as the Taliban."""

    id: str = field(validator=_check_id)
    """Stable identifier, e.g. `taliban`."""
    name: str = field(validator=_name)
    """Canonical English name, e.g. `Tehrik-i-Taliban Pakistan`."""
    acronym: str | None = field(default=None, validator=_OPT_STR)
    """Usual acronym, e.g. `TTP`, or None."""
    aliases: tuple[str, ...] = field(default=(), converter=_str_tuple, validator=_tuple_of(str))
    """Every string the article uses to name it (plus the canonical name and acronym)."""
    kind: str | None = field(default=None, validator=_OPT_STR)
    """What kind of group, e.g. `armed group` or `de facto authority`."""
    mentions: tuple[Mention, ...] = field(default=(), converter=_items, validator=_tuple_of(Mention))
    """Every place in the text that names it."""


Actor: TypeAlias = Organization | State | Group
"""Anything that can speak or be targeted."""


# ------------------------------------------------------------- statements
@frozen(kw_only=True)
class Occasion:
    """When, where and at what event a statement was made, as the text states it."""

    when: Mention | None = field(default=None, validator=_optional_of(Mention))
    """The time as written, e.g. `on Thursday`."""
    where: Mention | None = field(default=None, validator=_optional_of(Mention))
    """The place as written, e.g. `Astana, Kazakhstan`."""
    event: Mention | None = field(default=None, validator=_optional_of(Mention))
    """The gathering as written, e.g. `the CSTO summit`."""
    channel: Mention | None = field(default=None, validator=_optional_of(Mention))
    """How it was said, as written, e.g. `a joint statement`, `a press conference`, `on X`."""


@frozen(kw_only=True)
class Statement:
    """One communicative act of an actor: a concern, demand, accusation, warning, ..."""

    id: str = field(validator=_check_id)
    """Identifier unique within the article, e.g. `s1`."""
    speaker: str = field(validator=_check_id)
    """Id of the actor that speaks (a person's words count for the actor they speak for)."""
    speaker_text: Mention = field(validator=attrs.validators.instance_of(Mention))
    """The text's own words for the speaker, e.g. `CSTO foreign ministers`."""
    person: Mention | None = field(default=None, validator=_optional_of(Mention))
    """The named person who speaks, if any, e.g. `Zabihullah Mujahid`."""
    targets: tuple[str, ...] = field(default=(), converter=_str_tuple, validator=_check_ids)
    """Ids of the actors the statement addresses, calls on, accuses or is about."""
    acts: tuple[Act, ...] = field(default=(), converter=_acts, validator=_tuple_of(Act))
    """What the statement does."""
    topics: tuple[Topic, ...] = field(default=(), converter=_topics, validator=_tuple_of(Topic))
    """What it is about."""
    quotes: tuple[Quote, ...] = field(default=(), converter=_items, validator=_tuple_of(Quote))
    """Verbatim words attributed to the speaker."""
    evidence: tuple[Evidence, ...] = field(default=(), converter=_items, validator=_tuple_of(Evidence))
    """Clauses that report the act."""
    occasion: Occasion | None = field(default=None, validator=_optional_of(Occasion))
    """When, where and at what event, as stated."""
    reported_by: Mention | None = field(default=None, validator=_optional_of(Mention))
    """The agency or outlet the article credits, e.g. `TASS`."""
    cue: str | None = field(
        default=None, validator=_cue, metadata={"json_schema": {"minLength": 1, "maxLength": _CUE_MAX}}
    )
    """The dictionary form of the verb or noun that reported the act (of its first report with an act other than
    `assert`), e.g. `condemn`, `call on`, `concern`; it tells apart the event codes one act spans (see
    `geostance.act_code`). None when unknown (hand-built data, or JSON written before geostance recorded it)."""


@frozen(kw_only=True)
class Rebuttal:
    """An actor denying, rejecting or countering earlier statements."""

    id: str = field(validator=_check_id)
    """Identifier unique within the article, e.g. `r1`."""
    speaker: str = field(validator=_check_id)
    """Id of the actor that rebuts."""
    speaker_text: Mention = field(validator=attrs.validators.instance_of(Mention))
    """The text's own words for the rebutter, e.g. `The regime in Kabul`."""
    person: Mention | None = field(default=None, validator=_optional_of(Mention))
    """The named person who rebuts, if any."""
    rebuts: tuple[str, ...] = field(default=(), converter=_str_tuple, validator=_check_ids)
    """Ids of the statements (or rebuttals) it answers; empty when it answers nobody identifiable."""
    claims: tuple[Claim, ...] = field(default=(), converter=_items, validator=_tuple_of(Claim))
    """The counter-claims, one per clause."""
    quotes: tuple[Quote, ...] = field(default=(), converter=_items, validator=_tuple_of(Quote))
    """Verbatim words of the rebutter."""


# ----------------------------------------------------------------- article
@frozen(kw_only=True)
class Article:
    """A news text and everything geostance found in it.

    Construction checks the invariants (see [`validate`][geostance.Article.validate])
    and raises a [`ModelError`][geostance.ModelError] subclass naming every violation.
    """

    text: str = field(validator=_STR)
    """The source text, exactly as given to the parser."""
    source: str | None = field(default=None, validator=_OPT_STR)
    """Where the text came from (a file path or archive id), if known."""
    url: str | None = field(default=None, validator=_OPT_STR)
    """The article's URL, if known."""
    dateline: Mention | None = field(default=None, validator=_optional_of(Mention))
    """The dateline that opens the article, e.g. `KABUL, AFGHANISTAN`."""
    date: dt.date | None = field(default=None, validator=_day, metadata={"json_schema": {"format": "date"}})
    """The date the article's actors were resolved at (ISO `YYYY-MM-DD` in JSON), or None when unknown."""
    date_basis: DateBasis = field(default=DateBasis.UNKNOWN, converter=DateBasis)
    """Where `date` comes from: `given`, `text`, `inferred`, or `unknown` (then `date` is None)."""
    organizations: tuple[Organization, ...] = field(default=(), converter=_items, validator=_tuple_of(Organization))
    """Organizations named in the text."""
    states: tuple[State, ...] = field(default=(), converter=_items, validator=_tuple_of(State))
    """States named in the text."""
    groups: tuple[Group, ...] = field(default=(), converter=_items, validator=_tuple_of(Group))
    """Non-state groups named in the text."""
    statements: tuple[Statement, ...] = field(default=(), converter=_items, validator=_tuple_of(Statement))
    """The actors' statements, in text order."""
    rebuttals: tuple[Rebuttal, ...] = field(default=(), converter=_items, validator=_tuple_of(Rebuttal))
    """The actors' rebuttals, in text order."""

    def __attrs_post_init__(self) -> None:
        self.validate()

    # -- lookups
    @property
    def actors(self) -> tuple[Organization | State | Group, ...]:
        """All actors: organizations, then states, then groups."""
        return (*self.organizations, *self.states, *self.groups)

    def actor(self, actor_id: str) -> Organization | State | Group:
        """Return the actor with this id.

        Raises:
            KeyError: no actor has that id.
        """
        for candidate in self.actors:
            if candidate.id == actor_id:
                return candidate
        raise KeyError(actor_id)

    def statement(self, statement_id: str) -> Statement:
        """Return the statement with this id.

        Raises:
            KeyError: no statement has that id.
        """
        for candidate in self.statements:
            if candidate.id == statement_id:
                return candidate
        raise KeyError(statement_id)

    def statements_by(self, actor_id: str) -> tuple[Statement, ...]:
        """Statements whose speaker is `actor_id`."""
        return tuple(s for s in self.statements if s.speaker == actor_id)

    def statements_about(self, actor_id: str) -> tuple[Statement, ...]:
        """Statements that target `actor_id`."""
        return tuple(s for s in self.statements if actor_id in s.targets)

    def rebuttals_by(self, actor_id: str) -> tuple[Rebuttal, ...]:
        """Rebuttals whose speaker is `actor_id`."""
        return tuple(r for r in self.rebuttals if r.speaker == actor_id)

    def rebuttals_of(self, statement_id: str) -> tuple[Rebuttal, ...]:
        """Rebuttals that answer the statement (or rebuttal) `statement_id`."""
        return tuple(r for r in self.rebuttals if statement_id in r.rebuts)

    # -- invariants
    def problems(self) -> list[tuple[type[ModelError], str]]:
        """List every invariant violation as `(error class, "path: message")`; empty when valid."""
        return list(_article_problems(self))

    def validate(self) -> None:
        """Check the invariants; raise on the first kind of violation, listing them all.

        - ids are unique across actors, and across statements and rebuttals;
        - every speaker, target, member and rebutted id resolves;
        - every span lies inside `text` and `text[span]` equals the cited text;
        - `date` is None exactly when `date_basis` is `unknown`.

        Raises:
            InvalidSpan: a span is outside the text or cites other text.
            DuplicateId: an id is used twice.
            DanglingReference: a reference does not resolve.
            ModelError: `date` and `date_basis` disagree.
        """
        found = self.problems()
        if found:
            raise found[0][0]([message for _, message in found])


def _article_problems(article: Article) -> Iterator[tuple[type[ModelError], str]]:
    text = article.text
    size = len(text)

    def spans(path: str, excerpt: _Excerpt | None) -> Iterator[tuple[type[ModelError], str]]:
        if excerpt is None:
            return
        span = excerpt.span
        if span.end > size:
            yield InvalidSpan, f"{path}: span {span.start}-{span.end} ends beyond the text ({size} characters)"
        elif text[span.start : span.end] != excerpt.text:
            yield InvalidSpan, f"{path}: text {excerpt.text!r} differs from the text at {span.start}-{span.end}"

    def many(path: str, excerpts: Iterable[_Excerpt]) -> Iterator[tuple[type[ModelError], str]]:
        for i, excerpt in enumerate(excerpts):
            span = excerpt.span
            if span.end > size or text[span.start : span.end] != excerpt.text:  # spans() says what is wrong
                yield from spans(f"{path}[{i}]", excerpt)

    yield from spans("$.dateline", article.dateline)
    if (article.date is None) != (article.date_basis is DateBasis.UNKNOWN):
        basis = article.date_basis.value
        yield ModelError, f"$.date: date_basis {basis!r} needs {'no date' if basis == 'unknown' else 'a date'}"
    actor_ids: dict[str, str] = {}
    state_ids = {s.id for s in article.states}
    actor_lists: tuple[tuple[str, tuple[Organization | State | Group, ...]], ...] = (
        ("organizations", article.organizations),
        ("states", article.states),
        ("groups", article.groups),
    )
    for key, actors in actor_lists:
        for i, actor in enumerate(actors):
            path = f"$.{key}[{i}]"
            if actor.id in actor_ids:
                yield DuplicateId, f"{path}.id: {actor.id!r} is already the id of {actor_ids[actor.id]}"
            actor_ids[actor.id] = path
            yield from many(f"{path}.mentions", actor.mentions)
    for i, org in enumerate(article.organizations):
        yield from many(f"$.organizations[{i}].evidence", org.evidence)
        for j, member in enumerate(org.members):
            if member not in state_ids:
                yield DanglingReference, f"$.organizations[{i}].members[{j}]: no state has id {member!r}"

    utterance_ids: dict[str, str] = {}
    utterance_lists: tuple[tuple[str, tuple[Statement | Rebuttal, ...]], ...] = (
        ("statements", article.statements),
        ("rebuttals", article.rebuttals),
    )
    for key, items in utterance_lists:
        for i, item in enumerate(items):
            path = f"$.{key}[{i}]"
            if item.id in utterance_ids:
                yield DuplicateId, f"{path}.id: {item.id!r} is already the id of {utterance_ids[item.id]}"
            utterance_ids[item.id] = path
            if item.speaker not in actor_ids:
                yield DanglingReference, f"{path}.speaker: no actor has id {item.speaker!r}"
            yield from spans(f"{path}.speaker_text", item.speaker_text)
            yield from spans(f"{path}.person", item.person)
            yield from many(f"{path}.quotes", item.quotes)

    for i, statement in enumerate(article.statements):
        path = f"$.statements[{i}]"
        for j, target in enumerate(statement.targets):
            if target not in actor_ids:
                yield DanglingReference, f"{path}.targets[{j}]: no actor has id {target!r}"
        yield from many(f"{path}.evidence", statement.evidence)
        yield from spans(f"{path}.reported_by", statement.reported_by)
        if statement.occasion is not None:
            for name in ("when", "where", "event", "channel"):
                yield from spans(f"{path}.occasion.{name}", getattr(statement.occasion, name))
    for i, rebuttal in enumerate(article.rebuttals):
        path = f"$.rebuttals[{i}]"
        for j, rebutted in enumerate(rebuttal.rebuts):
            if rebutted not in utterance_ids:
                yield DanglingReference, f"{path}.rebuts[{j}]: no statement or rebuttal has id {rebutted!r}"
        yield from many(f"{path}.claims", rebuttal.claims)
