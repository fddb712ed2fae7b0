"""The attrs model: construction, immutability, field validators, Article invariants, lookups."""

from __future__ import annotations

import pickle
import re
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from attrs.exceptions import FrozenInstanceError

from geostance import (
    Act,
    Article,
    Claim,
    ClaimKind,
    DanglingReference,
    DuplicateId,
    Evidence,
    GazetteerError,
    GeostanceError,
    Group,
    InputTooLarge,
    InvalidInput,
    InvalidSpan,
    Mention,
    ModelError,
    Occasion,
    Organization,
    Quote,
    Rebuttal,
    SchemaError,
    Span,
    State,
    Statement,
    Topic,
)

if TYPE_CHECKING:
    from collections.abc import Callable

MENTION = Mention(text="CSTO", span=Span(start=0, end=4))


# ---------------------------------------------------------------- construction
def test_span_has_offsets_length_and_slice() -> None:
    """A span keeps its offsets, measures end - start and slices the text it points into."""
    span = Span(start=2, end=5)
    assert (span.start, span.end, len(span)) == (2, 5, 3)
    assert span.slice("abcdefg") == "cde"


def test_empty_span_is_allowed() -> None:
    """A span may be empty (start == end); only excerpts must be non-empty."""
    assert len(Span(start=3, end=3)) == 0


@pytest.mark.parametrize("cls", [Mention, Quote, Evidence])
def test_excerpt_holds_text_and_span(cls: type[Mention | Quote | Evidence]) -> None:
    """Mention, Quote and Evidence keep the cited text and its span."""
    excerpt = cls(text="CSTO", span=Span(start=4, end=8))
    assert excerpt.text == "CSTO"
    assert excerpt.span == Span(start=4, end=8)


def test_claim_converts_its_kind() -> None:
    """A claim accepts its kind as the enum's string value and stores the enum member."""
    claim = Claim(text="denied", span=Span(start=0, end=6), kind="denial")
    assert claim.kind is ClaimKind.DENIAL


def test_excerpts_of_different_classes_differ() -> None:
    """A Quote and a Mention citing the same text are not equal."""
    span = Span(start=0, end=4)
    assert Quote(text="CSTO", span=span) != Mention(text="CSTO", span=span)


def test_organization_defaults_and_conversion() -> None:
    """An Organization needs only id and name; list fields become tuples."""
    org = Organization(id="csto", name="CSTO", aliases=["CSTO", "ODKB"], members=["RUS"], mentions=[MENTION])
    assert org.acronym is None
    assert org.founded is None
    assert org.kind is None
    assert org.evidence == ()
    assert org.aliases == ("CSTO", "ODKB")
    assert org.members == ("RUS",)
    assert org.mentions == (MENTION,)


def test_state_defaults() -> None:
    """A State needs only id and name."""
    state = State(id="RUS", name="Russia")
    assert (state.alpha2, state.alpha3, state.aliases, state.mentions) == (None, None, (), ())


def test_group_defaults() -> None:
    """A Group needs only id and name."""
    group = Group(id="taliban", name="Taliban")
    assert (group.acronym, group.kind, group.aliases, group.mentions) == (None, None, (), ())


def test_occasion_defaults_to_nothing_known() -> None:
    """An Occasion without arguments knows no time, place or event."""
    assert all(value is None for value in attrs.astuple(Occasion(), recurse=False))


def test_statement_converts_acts_topics_and_lists() -> None:
    """A Statement converts act/topic strings to enums and lists to tuples."""
    statement = Statement(
        id="s1",
        speaker="csto",
        speaker_text=MENTION,
        targets=["taliban"],
        acts=["demand", Act.WARN],
        topics=["terrorism"],
    )
    assert statement.acts == (Act.DEMAND, Act.WARN)
    assert statement.topics == (Topic.TERRORISM,)
    assert statement.targets == ("taliban",)
    assert (statement.person, statement.occasion, statement.reported_by) == (None, None, None)


def test_rebuttal_defaults() -> None:
    """A Rebuttal needs id, speaker and speaker_text; it may rebut nothing identifiable."""
    rebuttal = Rebuttal(id="r1", speaker="taliban", speaker_text=MENTION)
    assert (rebuttal.rebuts, rebuttal.claims, rebuttal.quotes, rebuttal.person) == ((), (), (), None)


def test_hand_written_article_is_valid(article: Article) -> None:
    """The fixture article has no invariant violations."""
    assert article.problems() == []
    article.validate()


def test_empty_article_is_valid() -> None:
    """An article with only a text (even an empty one) is valid."""
    assert Article(text="").problems() == []


def test_records_are_hashable_and_compare_by_value(article: Article, text: str) -> None:
    """Two articles built from the same values are equal and hash alike."""
    copy = attrs.evolve(article)
    assert copy == article
    assert hash(copy) == hash(article)
    assert Article(text=text) != article


# ------------------------------------------------------------------ frozen
def _instances() -> list[object]:
    return [
        Span(start=0, end=4),
        MENTION,
        Claim(text="CSTO", span=Span(start=0, end=4), kind="denial"),
        Occasion(when=MENTION),
        Organization(id="csto", name="CSTO"),
        State(id="RUS", name="Russia"),
        Group(id="taliban", name="Taliban"),
        Statement(id="s1", speaker="csto", speaker_text=MENTION),
        Rebuttal(id="r1", speaker="csto", speaker_text=MENTION),
        Article(text="CSTO"),
    ]


@pytest.mark.parametrize("instance", _instances(), ids=lambda obj: type(obj).__name__)
def test_records_are_frozen(instance: object) -> None:
    """Assigning to any field of any model record raises FrozenInstanceError."""
    name = attrs.fields(type(instance))[0].name
    with pytest.raises(FrozenInstanceError):
        setattr(instance, name, getattr(instance, name))


# ------------------------------------------------------------------ kw_only
@pytest.mark.parametrize(
    ("cls", "args"),
    [
        (Span, (0, 4)),
        (Mention, ("CSTO", Span(start=0, end=4))),
        (Claim, ("CSTO", Span(start=0, end=4), "denial")),
        (Occasion, (MENTION,)),
        (Organization, ("csto", "CSTO")),
        (State, ("RUS", "Russia")),
        (Group, ("taliban", "Taliban")),
        (Statement, ("s1", "csto", MENTION)),
        (Rebuttal, ("r1", "csto", MENTION)),
        (Article, ("CSTO",)),
    ],
    ids=lambda value: value.__name__ if isinstance(value, type) else "",
)
def test_records_are_keyword_only(cls: type, args: tuple[object, ...]) -> None:
    """Passing fields positionally raises TypeError."""
    with pytest.raises(TypeError, match="positional"):
        cls(*args)


# --------------------------------------------------------------- validators
@pytest.mark.parametrize("bad", ["", " csto", "has space", "-csto", "_csto", "ça", "csto\n", "a/b"])
@pytest.mark.parametrize("cls", [Organization, State, Group])
def test_actor_id_must_be_an_id(cls: type, bad: str) -> None:
    """Actor ids are letters, digits and _.:- starting with a letter or digit."""
    with pytest.raises(ValueError, match="id must be a non-empty id"):
        cls(id=bad, name="Name")


def test_id_must_be_a_string() -> None:
    """A non-string id is rejected."""
    with pytest.raises(ValueError, match="id must be a non-empty id"):
        State(id=5, name="Russia")  # type: ignore[arg-type]


@pytest.mark.parametrize("good", ["RUS", "csto", "un.sc", "iso:643", "ttp-2", "a_b", "7"])
def test_valid_ids_are_accepted(good: str) -> None:
    """Ids made of letters, digits and _.:- are accepted."""
    assert Group(id=good, name="x").id == good


@pytest.mark.parametrize(
    ("field", "value"),
    [("speaker", "has space"), ("id", "")],
)
def test_statement_ids_are_checked(field: str, value: str) -> None:
    """Statement id and speaker must be ids."""
    fields: dict[str, Any] = {"id": "s1", "speaker": "csto", "speaker_text": MENTION, field: value}
    with pytest.raises(ValueError, match=f"{field} must be a non-empty id"):
        Statement(**fields)


def test_reference_lists_hold_ids() -> None:
    """Every target, member and rebutted id is checked like an id."""
    with pytest.raises(ValueError, match="targets must be"):
        Statement(id="s1", speaker="csto", speaker_text=MENTION, targets=["ok", "not ok"])
    with pytest.raises(ValueError, match="members must be"):
        Organization(id="csto", name="CSTO", members=[""])
    with pytest.raises(ValueError, match="rebuts must be"):
        Rebuttal(id="r1", speaker="csto", speaker_text=MENTION, rebuts=["s 1"])


def test_single_string_where_ids_belong_is_rejected() -> None:
    """A bare string for a tuple of ids raises TypeError instead of splitting it into characters."""
    with pytest.raises(TypeError, match="single string"):
        Statement(id="s1", speaker="csto", speaker_text=MENTION, targets="taliban")  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["", " ", "\n\t"])
@pytest.mark.parametrize("cls", [Organization, State, Group])
def test_actor_name_must_not_be_blank(cls: type, name: str) -> None:
    """Actor names must contain a non-space character."""
    with pytest.raises(ValueError, match="name must not be empty"):
        cls(id="x", name=name)


def test_span_end_before_start_is_rejected() -> None:
    """A span whose end is before its start raises ValueError."""
    with pytest.raises(ValueError, match="before its start"):
        Span(start=5, end=4)


def test_span_start_must_not_be_negative() -> None:
    """A span cannot start before the text."""
    with pytest.raises(ValueError, match="start"):
        Span(start=-1, end=4)


def test_span_offsets_must_be_ints() -> None:
    """Span offsets must be ints."""
    with pytest.raises(TypeError, match="start"):
        Span(start=0.0, end=4)  # type: ignore[arg-type]


@pytest.mark.parametrize("cls", [Mention, Quote, Evidence])
def test_excerpt_text_must_match_span_length(cls: type[Mention | Quote | Evidence]) -> None:
    """An excerpt whose text length differs from its span length raises ValueError."""
    with pytest.raises(ValueError, match="has 4 characters but its span 0-5 covers 5"):
        cls(text="CSTO", span=Span(start=0, end=5))


def test_excerpt_must_not_be_empty() -> None:
    """An excerpt of no characters raises ValueError."""
    with pytest.raises(ValueError, match="must not be empty"):
        Mention(text="", span=Span(start=3, end=3))


def test_excerpt_span_must_be_a_span() -> None:
    """An excerpt's span must be a Span object."""
    with pytest.raises(TypeError, match="span"):
        Mention(text="CSTO", span=(0, 4))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "build",
    [
        lambda: Statement(id="s1", speaker="csto", speaker_text=MENTION, acts=["praise"]),
        lambda: Statement(id="s1", speaker="csto", speaker_text=MENTION, topics=["weather"]),
        lambda: Claim(text="CSTO", span=Span(start=0, end=4), kind="shrug"),
        lambda: Statement(id="s1", speaker="csto", speaker_text=MENTION, acts=["CONCERN"]),
    ],
    ids=["act", "topic", "claim-kind", "act-by-member-name"],
)
def test_unknown_enum_values_are_rejected(build: Callable[[], object]) -> None:
    """Unknown Act, Topic or ClaimKind values (including member names) raise ValueError."""
    with pytest.raises(ValueError, match="is not a valid"):
        build()


def test_record_fields_check_their_types() -> None:
    """A field that holds a record rejects a value of another type."""
    with pytest.raises(TypeError, match="speaker_text"):
        Statement(id="s1", speaker="csto", speaker_text="CSTO")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="mentions"):
        State(id="RUS", name="Russia", mentions=["Russia"])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="statements"):
        Article(text="x", statements=[MENTION])  # type: ignore[list-item]


def test_occasion_fields_must_be_mentions() -> None:
    """An Occasion rejects a plain string where a Mention belongs, like every other excerpt field."""
    with pytest.raises(TypeError, match="when"):
        Occasion(when="on Thursday")  # type: ignore[arg-type]


# ------------------------------------------------------- Article invariants
def _bad(cls: type, text: str = "zzzz") -> Any:
    """An excerpt of `cls` at 0-4 whose text is not the article's text there."""
    span = Span(start=0, end=len(text))
    if cls is Claim:
        return Claim(text=text, span=span, kind="denial")
    return cls(text=text, span=span)


def _beyond(cls: type, article: Article) -> Any:
    """An excerpt of `cls` whose span ends past the end of the article's text."""
    size = len(article.text)
    span = Span(start=size - 2, end=size + 2)
    if cls is Claim:
        return Claim(text="zzzz", span=span, kind="denial")
    return cls(text="zzzz", span=span)


def _statement(article: Article, index: int, **changes: Any) -> Article:
    statements = list(article.statements)
    statements[index] = attrs.evolve(statements[index], **changes)
    return attrs.evolve(article, statements=statements)


def _rebuttal(article: Article, index: int, **changes: Any) -> Article:
    rebuttals = list(article.rebuttals)
    rebuttals[index] = attrs.evolve(rebuttals[index], **changes)
    return attrs.evolve(article, rebuttals=rebuttals)


def _org(article: Article, **changes: Any) -> Article:
    return attrs.evolve(article, organizations=[attrs.evolve(article.organizations[0], **changes)])


_EXCERPT_CASES: list[tuple[str, Callable[[Article, Callable[[type], Any]], Article]]] = [
    ("$.dateline", lambda a, bad: attrs.evolve(a, dateline=bad(Mention))),
    ("$.organizations[0].mentions[0]", lambda a, bad: _org(a, mentions=[bad(Mention)])),
    ("$.organizations[0].evidence[0]", lambda a, bad: _org(a, evidence=[bad(Evidence)])),
    (
        "$.states[1].mentions[0]",
        lambda a, bad: attrs.evolve(a, states=[a.states[0], attrs.evolve(a.states[1], mentions=[bad(Mention)])]),
    ),
    (
        "$.groups[0].mentions[1]",
        lambda a, bad: attrs.evolve(
            a, groups=[attrs.evolve(a.groups[0], mentions=[a.groups[0].mentions[0], bad(Mention)])]
        ),
    ),
    ("$.statements[0].speaker_text", lambda a, bad: _statement(a, 0, speaker_text=bad(Mention))),
    ("$.statements[1].person", lambda a, bad: _statement(a, 1, person=bad(Mention))),
    ("$.statements[0].quotes[0]", lambda a, bad: _statement(a, 0, quotes=[bad(Quote)])),
    ("$.statements[0].evidence[0]", lambda a, bad: _statement(a, 0, evidence=[bad(Evidence)])),
    ("$.statements[0].occasion.where", lambda a, bad: _statement(a, 0, occasion=Occasion(where=bad(Mention)))),
    ("$.statements[0].occasion.channel", lambda a, bad: _statement(a, 0, occasion=Occasion(channel=bad(Mention)))),
    ("$.statements[1].reported_by", lambda a, bad: _statement(a, 1, reported_by=bad(Mention))),
    ("$.rebuttals[0].speaker_text", lambda a, bad: _rebuttal(a, 0, speaker_text=bad(Mention))),
    ("$.rebuttals[0].person", lambda a, bad: _rebuttal(a, 0, person=bad(Mention))),
    ("$.rebuttals[0].claims[0]", lambda a, bad: _rebuttal(a, 0, claims=[bad(Claim)])),
    ("$.rebuttals[0].quotes[0]", lambda a, bad: _rebuttal(a, 0, quotes=[bad(Quote)])),
]


@pytest.mark.parametrize(("path", "change"), _EXCERPT_CASES, ids=[path for path, _ in _EXCERPT_CASES])
def test_excerpt_citing_other_text_is_invalid_span(
    article: Article, path: str, change: Callable[[Article, Callable[[type], Any]], Article]
) -> None:
    """An excerpt whose text differs from the article text at its span raises InvalidSpan naming its path."""
    with pytest.raises(InvalidSpan) as caught:
        change(article, _bad)
    assert caught.value.problems == (f"{path}: text 'zzzz' differs from the text at 0-4",)
    assert path in str(caught.value)


@pytest.mark.parametrize(("path", "change"), _EXCERPT_CASES, ids=[path for path, _ in _EXCERPT_CASES])
def test_excerpt_beyond_the_text_is_invalid_span(
    article: Article, path: str, change: Callable[[Article, Callable[[type], Any]], Article]
) -> None:
    """An excerpt whose span ends past the text raises InvalidSpan naming its path."""
    size = len(article.text)
    with pytest.raises(InvalidSpan) as caught:
        change(article, lambda cls: _beyond(cls, article))
    assert caught.value.problems == (f"{path}: span {size - 2}-{size + 2} ends beyond the text ({size} characters)",)


def test_excerpt_ending_exactly_at_the_end_is_valid(text: str) -> None:
    """A span may end exactly at len(text)."""
    last = Mention.at(text, len(text) - 7, len(text))
    assert Article(text=text, dateline=last).dateline == last


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda a: attrs.evolve(a, groups=[*a.groups, Group(id="RUS", name="Rus")]), "$.groups[1].id"),
        (lambda a: attrs.evolve(a, states=[*a.states, State(id="csto", name="C")]), "$.states[2].id"),
        (lambda a: attrs.evolve(a, states=[a.states[0], a.states[0], a.states[1]]), "$.states[1].id"),
        (lambda a: _statement(a, 1, id="s1"), "$.statements[1].id"),
        (lambda a: _rebuttal(a, 0, id="s2"), "$.rebuttals[0].id"),
    ],
    ids=["group-reuses-state", "state-reuses-org", "same-list", "statement", "rebuttal-reuses-statement"],
)
def test_reused_id_is_duplicate_id(article: Article, change: Callable[[Article], Article], path: str) -> None:
    """An id used twice (actors across lists, statements and rebuttals together) raises DuplicateId."""
    with pytest.raises(DuplicateId) as caught:
        change(article)
    assert len(caught.value.problems) == 1
    assert caught.value.problems[0].startswith(f"{path}: ")
    assert "is already the id of" in str(caught.value)


def test_statement_and_actor_may_share_an_id(article: Article) -> None:
    """Actor ids and statement ids are separate namespaces."""
    assert _statement(article, 1, id="csto").statement("csto").speaker == "RUS"


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda a: _statement(a, 0, speaker="nobody"), "$.statements[0].speaker"),
        (lambda a: _statement(a, 1, targets=["TJK", "nobody"]), "$.statements[1].targets[1]"),
        (lambda a: _org(a, members=["RUS", "nobody"]), "$.organizations[0].members[1]"),
        (lambda a: _org(a, members=["taliban"]), "$.organizations[0].members[0]"),
        (lambda a: _rebuttal(a, 0, speaker="nobody"), "$.rebuttals[0].speaker"),
        (lambda a: _rebuttal(a, 0, rebuts=["s9"]), "$.rebuttals[0].rebuts[0]"),
        (lambda a: _rebuttal(a, 0, rebuts=["csto"]), "$.rebuttals[0].rebuts[0]"),
    ],
    ids=["speaker", "target", "member", "member-not-a-state", "rebuttal-speaker", "rebuts", "rebuts-an-actor"],
)
def test_unresolved_reference_is_dangling(article: Article, change: Callable[[Article], Article], path: str) -> None:
    """A speaker, target, member or rebutted id that names nothing raises DanglingReference with its path."""
    with pytest.raises(DanglingReference) as caught:
        change(article)
    assert len(caught.value.problems) == 1
    assert caught.value.problems[0].startswith(f"{path}: no ")
    assert path in str(caught.value)


def test_rebuttal_may_rebut_a_rebuttal(article: Article, cite: Callable[..., Mention]) -> None:
    """A rebuttal may answer another rebuttal, even one that comes later."""
    second = Rebuttal(id="r2", speaker="csto", speaker_text=cite(Mention, "The CSTO"), rebuts=["r1"])
    first = attrs.evolve(article.rebuttals[0], rebuts=["s1", "r2"])
    assert attrs.evolve(article, rebuttals=[first, second]).rebuttals_of("r2") == (first,)


def test_every_problem_is_listed(article: Article) -> None:
    """An article with several violations lists them all in `.problems`, raising the first kind found."""
    with pytest.raises(InvalidSpan) as caught:
        attrs.evolve(
            article,
            dateline=_bad(Mention),
            statements=[
                attrs.evolve(article.statements[0], speaker="nobody"),
                attrs.evolve(article.statements[1], id="s1"),
            ],
        )
    assert caught.value.problems == (
        "$.dateline: text 'zzzz' differs from the text at 0-4",
        "$.statements[0].speaker: no actor has id 'nobody'",
        "$.statements[1].id: 's1' is already the id of $.statements[0]",
    )
    assert str(caught.value).startswith("invalid article (3 problems):")


def test_first_kind_of_problem_decides_the_error_class(article: Article) -> None:
    """With a dangling reference before a duplicate id, DanglingReference is raised and both are listed."""
    with pytest.raises(DanglingReference) as caught:
        attrs.evolve(
            article,
            statements=[
                attrs.evolve(article.statements[0], speaker="nobody"),
                attrs.evolve(article.statements[1], id="s1"),
            ],
        )
    assert len(caught.value.problems) == 2


def test_invariant_errors_are_value_errors(article: Article) -> None:
    """Invariant violations can be caught as ValueError and as GeostanceError."""
    with pytest.raises(ValueError, match=re.escape("$.statements[0].speaker")):
        _statement(article, 0, speaker="nobody")
    with pytest.raises(GeostanceError, match=re.escape("$.statements[0].speaker")):
        _statement(article, 0, speaker="nobody")


# ------------------------------------------------------------------ lookups
def test_actors_lists_organizations_then_states_then_groups(article: Article) -> None:
    """`actors` concatenates organizations, states and groups in that order."""
    assert [actor.id for actor in article.actors] == ["csto", "RUS", "TJK", "taliban"]


def test_actor_lookup(article: Article) -> None:
    """`actor(id)` finds organizations, states and groups by id."""
    assert article.actor("csto") is article.organizations[0]
    assert article.actor("TJK") is article.states[1]
    assert article.actor("taliban") is article.groups[0]


def test_statement_lookup(article: Article) -> None:
    """`statement(id)` finds a statement by id."""
    assert article.statement("s2") is article.statements[1]


@pytest.mark.parametrize(
    ("lookup", "key"),
    [("actor", "nobody"), ("actor", "s1"), ("statement", "r1"), ("statement", "csto")],
)
def test_lookup_of_unknown_id_raises_key_error(article: Article, lookup: str, key: str) -> None:
    """`actor` and `statement` raise KeyError for an id they do not hold (rebuttals are not statements)."""
    with pytest.raises(KeyError, match=key):
        getattr(article, lookup)(key)


def test_statements_by_and_about(article: Article) -> None:
    """`statements_by` selects by speaker, `statements_about` by target."""
    s1, s2 = article.statements
    assert article.statements_by("csto") == (s1,)
    assert article.statements_by("RUS") == (s2,)
    assert article.statements_by("taliban") == ()
    assert article.statements_about("taliban") == (s1,)
    assert article.statements_about("TJK") == (s2,)
    assert article.statements_about("csto") == ()


def test_rebuttals_by_and_of(article: Article) -> None:
    """`rebuttals_by` selects by speaker, `rebuttals_of` by rebutted id."""
    (r1,) = article.rebuttals
    assert article.rebuttals_by("taliban") == (r1,)
    assert article.rebuttals_by("csto") == ()
    assert article.rebuttals_of("s1") == (r1,)
    assert article.rebuttals_of("s2") == ()


# ------------------------------------------------------ named constructors
def test_span_locate_finds_first_occurrence() -> None:
    """`Span.locate` returns the first occurrence at or after `start`."""
    text = "CSTO and CSTO"
    assert Span.locate(text, "CSTO") == Span(start=0, end=4)
    assert Span.locate(text, "CSTO", 1) == Span(start=9, end=13)
    assert Span.locate("«ОДКБ» 😀 ОДКБ", "ОДКБ", 2) == Span(start=9, end=13)


@pytest.mark.parametrize(("needle", "start"), [("Taliban", 0), ("CSTO", 1), ("", 0)])
def test_span_locate_raises_invalid_span_when_absent(needle: str, start: int) -> None:
    """`Span.locate` raises InvalidSpan when the needle is absent (or empty)."""
    with pytest.raises(InvalidSpan, match="does not occur"):
        Span.locate("CSTO", needle, start)


def test_excerpt_at_cites_the_slice() -> None:
    """`Mention.at(text, start, end)` cites `text[start:end]`, and each excerpt class builds its own type."""
    text = "KABUL \u2013 CSTO"
    assert Mention.at(text, 8, 12) == Mention(text="CSTO", span=Span(start=8, end=12))
    assert type(Quote.at(text, 0, 5)) is Quote


def test_excerpt_at_beyond_the_text_is_rejected() -> None:
    """`Mention.at` past the end of the text raises ValueError (the slice is shorter than the span)."""
    with pytest.raises(ValueError, match="covers 4"):
        Mention.at("CSTO", 2, 6)


# ------------------------------------------------------------------- errors
@pytest.mark.parametrize(
    ("error", "builtin"),
    [
        (ModelError, ValueError),
        (InvalidSpan, ValueError),
        (DuplicateId, ValueError),
        (DanglingReference, ValueError),
        (SchemaError, ValueError),
        (InvalidInput, TypeError),
        (InputTooLarge, ValueError),
        (GazetteerError, ValueError),
    ],
)
def test_errors_subclass_geostance_error_and_a_builtin(error: type[Exception], builtin: type[Exception]) -> None:
    """Each error class is both a GeostanceError and the builtin it resembles."""
    assert issubclass(error, GeostanceError)
    assert issubclass(error, builtin)


@pytest.mark.parametrize("error", [InvalidSpan, DuplicateId, DanglingReference])
def test_invariant_errors_are_model_errors(error: type[Exception]) -> None:
    """InvalidSpan, DuplicateId and DanglingReference are ModelErrors."""
    assert issubclass(error, ModelError)


def test_model_error_message_summarises_problems() -> None:
    """A ModelError keeps its problems and names them all in its message."""
    one = ModelError(["$.a: bad"])
    many = ModelError(["$.a: bad", "$.b: worse"])
    assert one.problems == ("$.a: bad",)
    assert str(one) == "invalid article: $.a: bad"
    assert str(many) == "invalid article (2 problems):\n  $.a: bad\n  $.b: worse"


def test_errors_with_problems_survive_pickling() -> None:
    """ModelError and SchemaError keep their problems through pickle (worker processes raise them)."""
    for error in (DanglingReference(["$.statements[0].speaker: no actor has id 'x'"]), SchemaError(["bad @ $.text"])):
        again = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own object
        assert type(again) is type(error)
        assert again.problems == error.problems
        assert str(again) == str(error)
