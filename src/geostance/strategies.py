"""Hypothesis strategies that build valid geostance objects, for testing code that uses geostance.

Every object drawn passes the model's own checks, and every
[`Article`][geostance.Article] drawn is internally consistent: actor ids are
unique, statement and rebuttal ids are unique, every speaker, target, member and
rebutted id resolves, and every excerpt's span lies inside the text and cites it
exactly. So a drawn article survives `to_json`/`from_json` unchanged and
validates against [`json_schema`][geostance.json_schema].

The module needs the `strategies` extra (`pip install '.[strategies]'` in a clone of the
repository, `pip install 'geostance[strategies]'` from a package index),
which installs hypothesis; `import geostance` never imports it.

```python
from hypothesis import given

from geostance import from_json, to_json
from geostance.strategies import articles


@given(articles(min_statements=1))
def test_my_exporter_keeps_every_statement(article):
    assert len(my_export(article).rows) == len(article.statements)
```

Excerpts (`mentions`, `quotes`, `evidence`, `claims`) and everything that holds
them cite a text, so their strategies take the text as an argument: draw the
text first, then build on it, e.g. `texts(min_size=1).flatmap(mentions)`.
Drawn articles are kept small (a few actors, statements and rebuttals) so that
property tests stay fast.
"""

from __future__ import annotations

import string
from typing import TYPE_CHECKING, TypeVar

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from geostance.model import (
    Act,
    Article,
    Claim,
    ClaimKind,
    DateBasis,
    Evidence,
    Group,
    Mention,
    Occasion,
    Organization,
    Quote,
    Rebuttal,
    Span,
    State,
    Statement,
    Topic,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "articles",
    "claims",
    "evidence",
    "groups",
    "mentions",
    "occasions",
    "organizations",
    "quotes",
    "rebuttals",
    "spans",
    "statements",
    "states",
    "texts",
]

# ------------------------------------------------------------ vocabulary
_ACTOR_NAMES = (
    "CSTO",
    "the Collective Security Treaty Organization",
    "Russia",
    "Kazakhstan",
    "the Taliban",
    "Tehrik-i-Taliban Pakistan (TTP)",
    "the UN Security Council",
    "Iran's foreign ministry",
    "Zabihullah Mujahid",
    "Moscow",
    "Kabul",
    "Россия",
    "طالبان",
    "ישראל",
    "中国",
)
_VERBS = (
    "said",
    "denied",
    "rejected",
    "urged",
    "called on",
    "warned",
    "accused",
    "expressed concern about",
    "welcomed",
    "claims",
    "asserted",
    "dismissed",
)
_WORDS = (
    "terrorism",
    "security",
    "drug",
    "trafficking",
    "the",
    "border",
    "is",
    "a",
    "serious",
    "threat",
    "no",
    "internal",
    "affairs",
    "women’s",
    "rights",
    "sanctions",
    "nuclear",
    "peace",
    "talks",
    "will",
    "not",
    "interfere",
)
_QUOTE_MARKS = (("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"), ("«", "»"), ("„", "“"))
_DASHES = ("–", "—", "-", "--")
_SEPARATORS = (" ", "\n", "\n\n", "\r\n")
_UNUSUAL = "aZ09 .,;:!?()[]'\"“”‘’«»–—-\n\r\t\u00a0\x00éßЖж中文e\u0301😀👍🏽🇺🇳\u200d\u200f\u202eעבריתالعربية"
_SLUG_HEAD = string.ascii_lowercase
_SLUG_TAIL = string.ascii_lowercase + string.digits + "-_"

_MAX_TEXT = 80
"""Longest text drawn by `st.text()` inside `texts`; prose is a few sentences."""
_MAX_EXCERPTS = 2
"""Most excerpts of one kind in one record."""

_E = TypeVar("_E", Mention, Quote, Evidence)

# Strategies without parameters, built once.
_WORD_RUNS = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6).map(" ".join)
_SLUGS = st.tuples(st.sampled_from(_SLUG_HEAD), st.text(alphabet=_SLUG_TAIL, max_size=7)).map("".join)
"""Lowercase slugs such as `csto` or `ttp-2`: a letter, then letters, digits, `-` and `_`."""
_ISO3 = st.text(alphabet=string.ascii_uppercase, min_size=3, max_size=3)
"""ISO-like state ids: three uppercase ASCII letters."""
_NAMES = st.sampled_from(_ACTOR_NAMES) | st.text(min_size=1, max_size=30).filter(lambda name: bool(name.strip()))
"""Non-blank names: from the vocabulary, or any text with a non-space character."""
_OPTIONAL_TEXT = st.none() | st.text(max_size=20)
_ALIASES = st.lists(st.sampled_from(_ACTOR_NAMES) | st.text(max_size=20), max_size=2).map(tuple)
_ACRONYMS = st.none() | st.text(alphabet=string.ascii_uppercase, min_size=2, max_size=6)
_ALPHA2 = st.none() | st.text(alphabet=string.ascii_uppercase, min_size=2, max_size=2)
_FOUNDED = st.none() | st.integers(min_value=1800, max_value=2100)
_ACTS = st.lists(st.sampled_from(Act), unique=True, max_size=3).map(tuple)
_TOPICS = st.lists(st.sampled_from(Topic), unique=True, max_size=3).map(tuple)
_NUMBERS = st.integers(min_value=1, max_value=999)


def _require_text(text: str, what: str) -> None:
    if not isinstance(text, str):
        raise InvalidArgument(f"{what} needs the text as a str, got {type(text).__name__}")
    if not text:
        raise InvalidArgument(f"{what} needs a non-empty text: excerpts cite at least one character")


def _require_ids(ids: Sequence[str], what: str) -> tuple[str, ...]:
    if isinstance(ids, str):
        raise InvalidArgument(f"{what} takes a sequence of ids, got the single string {ids!r}")
    return tuple(ids)


# ----------------------------------------------------------- text builders
@st.composite
def _sentences(draw: st.DrawFn) -> str:
    """One sentence from the vocabulary: speaker, verb, target, maybe an aside, a quote, a tail."""
    speaker = draw(st.sampled_from(_ACTOR_NAMES))
    verb = draw(st.sampled_from(_VERBS))
    target = draw(st.sampled_from(_ACTOR_NAMES))
    dash = draw(st.sampled_from(_DASHES))
    opening, closing = draw(st.sampled_from(_QUOTE_MARKS))
    aside = ""
    shape = draw(st.integers(min_value=0, max_value=2))
    if shape == 1:
        aside = f" ({draw(_WORD_RUNS)})"
    elif shape == 2:
        aside = f" {dash} {draw(_WORD_RUNS)} {dash}"
    quote = f", {opening}{draw(_WORD_RUNS)}{closing}" if draw(st.booleans()) else ""
    tail = f" {dash} {draw(_WORD_RUNS)}" if draw(st.booleans()) else ""
    return f"{speaker}{aside} {verb} {target}{quote}{tail}."


@st.composite
def _prose(draw: st.DrawFn) -> str:
    """A few vocabulary sentences joined by spaces or line breaks."""
    sentences = draw(st.lists(_sentences(), min_size=1, max_size=4))
    return draw(st.sampled_from(_SEPARATORS)).join(sentences)


_CUES = st.none() | st.sampled_from(["condemn", "call on", "concern", "say", "hold * responsible", "warning"])
"""A statement's cue: a lemma of the vocabulary, or none."""
_CLAIM_CUES = st.none() | st.sampled_from(["poses no threat", "will not allow", "denied", "internal affairs"])
"""A claim's cue: the words that marked its kind, or none."""


# ------------------------------------------------------- excerpt builders
def _draw_span(draw: st.DrawFn, text: str) -> Span:
    start = draw(st.integers(min_value=0, max_value=len(text) - 1))
    end = draw(st.integers(min_value=start + 1, max_value=len(text)))
    return Span(start=start, end=end)


@st.composite
def _spans_in(draw: st.DrawFn, text: str) -> Span:
    return _draw_span(draw, text)


@st.composite
def _excerpts_in(draw: st.DrawFn, text: str, cls: type[_E]) -> _E:
    span = _draw_span(draw, text)
    return cls(text=span.slice(text), span=span)


@st.composite
def _claims_in(draw: st.DrawFn, text: str) -> Claim:
    span = _draw_span(draw, text)
    return Claim(text=span.slice(text), span=span, kind=draw(st.sampled_from(ClaimKind)), cue=draw(_CLAIM_CUES))


def _draw_excerpts(draw: st.DrawFn, text: str, cls: type[_E]) -> tuple[_E, ...]:
    """Up to `_MAX_EXCERPTS` excerpts of `text`; none when the text is empty."""
    if not text:
        return ()
    return tuple(draw(st.lists(_excerpts_in(text, cls), max_size=_MAX_EXCERPTS)))


def _draw_optional_mention(draw: st.DrawFn, text: str) -> Mention | None:
    if not text or not draw(st.booleans()):
        return None
    return draw(_excerpts_in(text, Mention))


def _draw_occasion(draw: st.DrawFn, text: str) -> Occasion:
    """Every field of an occasion (when, where, event, ...) is an optional mention."""
    return Occasion(**{fld.name: _draw_optional_mention(draw, text) for fld in attrs.fields(Occasion)})


@st.composite
def _occasions_in(draw: st.DrawFn, text: str) -> Occasion:
    return _draw_occasion(draw, text)


# --------------------------------------------------------- record builders
def _draw_organization(draw: st.DrawFn, text: str, state_ids: tuple[str, ...], org_id: str) -> Organization:
    members = draw(st.lists(st.sampled_from(state_ids), unique=True, max_size=3)) if state_ids else []
    return Organization(
        id=org_id,
        name=draw(_NAMES),
        acronym=draw(_ACRONYMS),
        aliases=draw(_ALIASES),
        kind=draw(_OPTIONAL_TEXT),
        founded=draw(_FOUNDED),
        members=tuple(members),
        evidence=_draw_excerpts(draw, text, Evidence),
        mentions=_draw_excerpts(draw, text, Mention),
    )


def _draw_state(draw: st.DrawFn, text: str, state_id: str) -> State:
    return State(
        id=state_id,
        name=draw(_NAMES),
        alpha2=draw(_ALPHA2),
        alpha3=draw(st.sampled_from((None, state_id))),
        aliases=draw(_ALIASES),
        mentions=_draw_excerpts(draw, text, Mention),
    )


def _draw_group(draw: st.DrawFn, text: str, group_id: str) -> Group:
    return Group(
        id=group_id,
        name=draw(_NAMES),
        acronym=draw(_ACRONYMS),
        aliases=draw(_ALIASES),
        kind=draw(_OPTIONAL_TEXT),
        mentions=_draw_excerpts(draw, text, Mention),
    )


def _draw_statement(draw: st.DrawFn, text: str, actors: tuple[str, ...], statement_id: str) -> Statement:
    return Statement(
        id=statement_id,
        speaker=draw(st.sampled_from(actors)),
        speaker_text=draw(_excerpts_in(text, Mention)),
        person=_draw_optional_mention(draw, text),
        targets=tuple(draw(st.lists(st.sampled_from(actors), unique=True, max_size=3))),
        acts=draw(_ACTS),
        topics=draw(_TOPICS),
        quotes=_draw_excerpts(draw, text, Quote),
        evidence=_draw_excerpts(draw, text, Evidence),
        occasion=_draw_occasion(draw, text) if draw(st.booleans()) else None,
        reported_by=_draw_optional_mention(draw, text),
        cue=draw(_CUES),
    )


def _draw_rebuttal(
    draw: st.DrawFn, text: str, actors: tuple[str, ...], answered: tuple[str, ...], rebuttal_id: str
) -> Rebuttal:
    rebuts = draw(st.lists(st.sampled_from(answered), unique=True, max_size=2)) if answered else []
    return Rebuttal(
        id=rebuttal_id,
        speaker=draw(st.sampled_from(actors)),
        speaker_text=draw(_excerpts_in(text, Mention)),
        person=_draw_optional_mention(draw, text),
        rebuts=tuple(rebuts),
        claims=tuple(draw(st.lists(_claims_in(text), max_size=_MAX_EXCERPTS))),
        quotes=_draw_excerpts(draw, text, Quote),
    )


@st.composite
def _organizations(draw: st.DrawFn, text: str, state_ids: tuple[str, ...], ids: st.SearchStrategy[str]) -> Organization:
    return _draw_organization(draw, text, state_ids, draw(ids))


@st.composite
def _states(draw: st.DrawFn, text: str, ids: st.SearchStrategy[str]) -> State:
    return _draw_state(draw, text, draw(ids))


@st.composite
def _groups(draw: st.DrawFn, text: str, ids: st.SearchStrategy[str]) -> Group:
    return _draw_group(draw, text, draw(ids))


@st.composite
def _statements(draw: st.DrawFn, text: str, actors: tuple[str, ...], ids: st.SearchStrategy[str]) -> Statement:
    return _draw_statement(draw, text, actors, draw(ids))


@st.composite
def _rebuttals(
    draw: st.DrawFn, text: str, actors: tuple[str, ...], answered: tuple[str, ...], ids: st.SearchStrategy[str]
) -> Rebuttal:
    return _draw_rebuttal(draw, text, actors, answered, draw(ids))


@st.composite
def _articles(draw: st.DrawFn, min_statements: int, max_statements: int) -> Article:
    need_speakers = min_statements > 0
    text = draw(texts(min_size=1 if need_speakers else 0))
    state_ids: list[str] = draw(st.lists(_ISO3, unique=True, max_size=2))
    slug_ids: list[str] = draw(
        st.lists(_SLUGS, unique=True, min_size=int(need_speakers and not state_ids), max_size=3),
    )
    split = draw(st.integers(min_value=0, max_value=len(slug_ids)))
    org_ids, group_ids = tuple(slug_ids[:split]), tuple(slug_ids[split:])
    orgs = tuple(_draw_organization(draw, text, tuple(state_ids), org_id) for org_id in org_ids)
    state_list = tuple(_draw_state(draw, text, state_id) for state_id in state_ids)
    group_list = tuple(_draw_group(draw, text, group_id) for group_id in group_ids)
    actor_ids = (*org_ids, *state_ids, *group_ids)

    statement_list: list[Statement] = []
    rebuttal_list: list[Rebuttal] = []
    if text and actor_ids:
        numbers = draw(st.lists(_NUMBERS, unique=True, min_size=min_statements, max_size=max_statements))
        statement_list = [_draw_statement(draw, text, actor_ids, f"s{n}") for n in numbers]
        answered = [statement.id for statement in statement_list]
        for n in draw(st.lists(_NUMBERS, unique=True, max_size=2)):
            rebuttal = _draw_rebuttal(draw, text, actor_ids, tuple(answered), f"r{n}")
            rebuttal_list.append(rebuttal)
            answered.append(rebuttal.id)

    basis = draw(st.sampled_from(DateBasis))
    return Article(
        text=text,
        source=draw(_OPTIONAL_TEXT),
        url=draw(_OPTIONAL_TEXT),
        dateline=_draw_optional_mention(draw, text),
        date=None if basis is DateBasis.UNKNOWN else draw(st.dates()),
        date_basis=basis,
        organizations=orgs,
        states=state_list,
        groups=group_list,
        statements=tuple(statement_list),
        rebuttals=tuple(rebuttal_list),
    )


# ------------------------------------------------------------------ public
def texts(*, min_size: int = 0) -> st.SearchStrategy[str]:
    """Article texts: a mix of arbitrary Unicode, awkward characters and news-like prose.

    One third each: `st.text()` (any code point except surrogates), text over an
    alphabet of awkward characters (emoji with modifiers and flags, right-to-left
    scripts and marks, combining accents, NUL, CR/LF, tabs, curly quotes, dashes),
    and sentences assembled from a small vocabulary of actor names, reporting
    verbs, straight and curly quotation marks, dashes and parentheses.

    Args:
        min_size: the shortest text to draw; pass 1 when excerpts must fit in it.

    Raises:
        InvalidArgument: `min_size` is negative.
    """
    if min_size < 0:
        raise InvalidArgument(f"min_size must be non-negative, got {min_size}")
    prose = _prose() if min_size <= 1 else _prose().filter(lambda text: len(text) >= min_size)
    return st.one_of(
        st.text(min_size=min_size, max_size=max(_MAX_TEXT, min_size)),
        st.text(alphabet=_UNUSUAL, min_size=min_size, max_size=max(_MAX_TEXT // 2, min_size)),
        prose,
    )


def spans(text: str) -> st.SearchStrategy[Span]:
    """Non-empty spans inside `text`: `0 <= start < end <= len(text)`.

    Raises:
        InvalidArgument: `text` is empty (no non-empty span fits).
    """
    _require_text(text, "spans()")
    return _spans_in(text)


def mentions(text: str) -> st.SearchStrategy[Mention]:
    """Mentions citing a non-empty stretch of `text` exactly.

    Raises:
        InvalidArgument: `text` is empty.
    """
    _require_text(text, "mentions()")
    return _excerpts_in(text, Mention)


def quotes(text: str) -> st.SearchStrategy[Quote]:
    """Quotes citing a non-empty stretch of `text` exactly.

    Raises:
        InvalidArgument: `text` is empty.
    """
    _require_text(text, "quotes()")
    return _excerpts_in(text, Quote)


def evidence(text: str) -> st.SearchStrategy[Evidence]:
    """Evidence citing a non-empty stretch of `text` exactly.

    Raises:
        InvalidArgument: `text` is empty.
    """
    _require_text(text, "evidence()")
    return _excerpts_in(text, Evidence)


def claims(text: str) -> st.SearchStrategy[Claim]:
    """Claims of any kind citing a non-empty stretch of `text` exactly.

    Raises:
        InvalidArgument: `text` is empty.
    """
    _require_text(text, "claims()")
    return _claims_in(text)


def occasions(text: str) -> st.SearchStrategy[Occasion]:
    """Occasions whose fields (`when`, `where`, `event`, ...) are each None or a mention of `text`.

    An empty `text` gives only the empty occasion.
    """
    return _occasions_in(text)


def organizations(
    text: str,
    *,
    state_ids: Sequence[str] = (),
    ids: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[Organization]:
    """Organizations whose mentions and evidence cite `text` and whose members are among `state_ids`.

    Args:
        text: the article text the excerpts cite (may be empty: then there are none).
        state_ids: ids the distinct `members` are drawn from (possibly none).
        ids: strategy for the `id`; default lowercase slugs such as `csto`.
    """
    return _organizations(text, _require_ids(state_ids, "organizations(state_ids=...)"), ids or _SLUGS)


def states(text: str, *, ids: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[State]:
    """States whose mentions cite `text`.

    Args:
        text: the article text the mentions cite (may be empty: then there are none).
        ids: strategy for the `id`; default ISO-like codes of three uppercase letters.
    """
    return _states(text, ids or _ISO3)


def groups(text: str, *, ids: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Group]:
    """Groups whose mentions cite `text`.

    Args:
        text: the article text the mentions cite (may be empty: then there are none).
        ids: strategy for the `id`; default lowercase slugs such as `taliban`.
    """
    return _groups(text, ids or _SLUGS)


def statements(
    text: str,
    actor_ids: Sequence[str],
    *,
    ids: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[Statement]:
    """Statements spoken by and about `actor_ids`, with every excerpt citing `text`.

    Args:
        text: the article text the excerpts cite; must not be empty (`speaker_text` is required).
        actor_ids: ids the `speaker` and the distinct `targets` are drawn from.
        ids: strategy for the `id`; default `s1`, `s2`, ...

    Raises:
        InvalidArgument: `text` or `actor_ids` is empty.
    """
    _require_text(text, "statements()")
    actors = _require_ids(actor_ids, "statements(actor_ids=...)")
    if not actors:
        raise InvalidArgument("statements() needs at least one actor id for the speaker")
    return _statements(text, actors, ids or _NUMBERS.map(lambda n: f"s{n}"))


def rebuttals(
    text: str,
    actor_ids: Sequence[str],
    statement_ids: Sequence[str] = (),
    *,
    ids: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[Rebuttal]:
    """Rebuttals spoken by one of `actor_ids`, answering some of `statement_ids`, citing `text`.

    Args:
        text: the article text the excerpts cite; must not be empty (`speaker_text` is required).
        actor_ids: ids the `speaker` is drawn from.
        statement_ids: ids (of statements or rebuttals) the distinct `rebuts` are drawn from;
            when empty, every rebuttal answers nobody identifiable.
        ids: strategy for the `id`; default `r1`, `r2`, ...

    Raises:
        InvalidArgument: `text` or `actor_ids` is empty.
    """
    _require_text(text, "rebuttals()")
    actors = _require_ids(actor_ids, "rebuttals(actor_ids=...)")
    if not actors:
        raise InvalidArgument("rebuttals() needs at least one actor id for the speaker")
    answered = _require_ids(statement_ids, "rebuttals(statement_ids=...)")
    return _rebuttals(text, actors, answered, ids or _NUMBERS.map(lambda n: f"r{n}"))


def articles(*, min_statements: int = 0, max_statements: int = 3) -> st.SearchStrategy[Article]:
    """Small, internally consistent articles.

    The text is drawn first (see [`texts`][geostance.strategies.texts]); then up to
    two states (ids of three uppercase letters) and up to three organizations and
    groups (lowercase slug ids, unique across both lists; members drawn from the
    states); then the statements and up to two rebuttals, whose speakers, targets
    and rebutted ids all resolve (a rebuttal may answer statements and earlier
    rebuttals). Every excerpt cites the text exactly. An empty text has no
    excerpts, hence no statements or rebuttals.

    Args:
        min_statements: the fewest statements to draw; when positive, the text is
            non-empty and there is at least one actor.
        max_statements: the most statements to draw.

    Raises:
        InvalidArgument: not `0 <= min_statements <= max_statements`.
    """
    if not 0 <= min_statements <= max_statements:
        raise InvalidArgument(
            f"need 0 <= min_statements <= max_statements, got {min_statements} and {max_statements}",
        )
    return _articles(min_statements, max_statements)
