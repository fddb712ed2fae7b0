"""Many articles as one body of evidence: merged actors, dyad counts and a timeline.

A [`Corpus`][geostance.Corpus] holds articles under unique keys. The same actor
in several articles (the same canonical id, e.g. `csto` or `AFG`) is one actor of
the corpus. Stances are counted per *dyad*, an ordered pair of actors:

- a statement counts once for each of its targets, `speaker -> target`;
- a rebuttal counts once for each actor whose statements (or rebuttals) it answers,
  `rebutter -> that actor`.

Dates come from what is known: a date given to [`Corpus.add`][geostance.Corpus.add],
else the article's own `date` when it was given to `parse` or stated in the text
(not an inferred one), else one written in the article's source, URL or dateline (`2024-05-17`,
`/2024/05/17/`, `17 May 2024`, `May 17, 2024`); a statement's own occasion
(`on 16 May 2024`) overrides the article's date. Relative phrases such as
`on Thursday` give no date.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Literal, TypeAlias, TypeVar

import attrs
from attrs import frozen

from geostance._dates import find_date
from geostance.errors import InvalidInput
from geostance.model import Act, Article, ClaimKind, DateBasis, Group, Organization, Rebuttal, State, Statement

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["Articles", "Corpus", "CorpusEntry", "Dyad", "TimelineEvent"]

Articles: TypeAlias = "Article | Iterable[Article] | Corpus"
"""What the output functions accept: one article, several, or a corpus."""

_Actor: TypeAlias = "Organization | State | Group"
_E = TypeVar("_E", Act, ClaimKind)


@frozen(kw_only=True)
class CorpusEntry:
    """One article of a corpus, with the key and date the corpus knows it by."""

    key: str
    """Unique key within the corpus: the article's source, else its URL, else a hash of its text."""
    article: Article
    """The article itself."""
    date: dt.date | None = None
    """Publication date, when given, the article's own (given or stated), or found in the source, URL or dateline."""


@frozen(kw_only=True)
class Dyad:
    """The stances of one actor towards another, counted over the corpus."""

    source: str
    """Id of the actor who speaks or rebuts."""
    target: str
    """Id of the actor addressed (statements) or answered (rebuttals)."""
    statements: int = 0
    """How many statements `source` directed at `target`."""
    rebuttals: int = 0
    """How many rebuttals `source` made against statements of `target`."""
    acts: tuple[tuple[Act, int], ...] = ()
    """How often each act occurs in those statements, most frequent first."""
    claims: tuple[tuple[ClaimKind, int], ...] = ()
    """How often each claim kind occurs in those rebuttals, most frequent first."""
    articles: tuple[str, ...] = ()
    """Keys of the articles where the dyad occurs, in corpus order."""

    @property
    def total(self) -> int:
        """Statements plus rebuttals."""
        return self.statements + self.rebuttals


@frozen(kw_only=True)
class TimelineEvent:
    """A dated statement or rebuttal."""

    date: dt.date
    """When it was made (its occasion's date, else the article's)."""
    article: str
    """Key of the article that reports it."""
    kind: Literal["statement", "rebuttal"]
    """Whether it is a statement or a rebuttal."""
    id: str
    """Its id within the article."""
    speaker: str
    """Id of the actor who made it."""
    targets: tuple[str, ...]
    """Ids of the actors addressed (statements) or answered (rebuttals)."""


@frozen(kw_only=True)
class _Link:
    """One directed stance: a statement towards one target, or a rebuttal against one speaker."""

    article: str
    kind: Literal["statement", "rebuttal"]
    item: Statement | Rebuttal
    speaker: str
    target: str | None
    answers: tuple[str, ...] = ()
    """For a rebuttal: the ids of `target`'s statements (or rebuttals) it answers."""


@attrs.define
class Corpus:
    """A collection of articles read together: one actor per id, stance counts per dyad, a timeline.

    Build one with [`Corpus.from_articles`][geostance.Corpus.from_articles] or
    start empty and [`add`][geostance.Corpus.add] articles one by one.
    """

    _entries: list[CorpusEntry] = attrs.field(factory=list, init=False)
    _keys: set[str] = attrs.field(factory=set, init=False)

    @classmethod
    def from_articles(
        cls,
        articles: Iterable[Article],
        *,
        dates: Mapping[str, dt.date] | None = None,
    ) -> Corpus:
        """Build a corpus from `articles`, in order.

        Args:
            articles: The articles.
            dates: Publication dates by article key (source, URL or text hash), for
                articles whose date cannot be read from their source, URL or dateline.

        Raises:
            InvalidInput: `articles` is not an iterable of articles, or `dates` not a
                mapping of keys to dates.
        """
        if isinstance(articles, (str, bytes)) or not isinstance(articles, Iterable):
            msg = f"Corpus.from_articles takes an iterable of Articles, got {type(articles).__name__}"
            raise InvalidInput(msg)
        if dates is not None and not isinstance(dates, Mapping):
            msg = f"Corpus.from_articles option dates must map article keys to dates, got {type(dates).__name__}"
            raise InvalidInput(msg)
        corpus = cls()
        for article in articles:
            _check_article(article)
            corpus.add(article, date=dates.get(_base_key(article)) if dates else None)
        return corpus

    def add(self, article: Article, *, key: str | None = None, date: dt.date | None = None) -> str:
        """Add an article and return the key it is stored under.

        Args:
            article: The article.
            key: The key to use; default: the article's source, else its URL, else
                `article-` and a hash of its text. A key already taken gets `#2`, `#3`, ... appended.
            date: Its publication date (a `datetime` counts by its date); default: one
                found in the source, URL or dateline.

        Raises:
            InvalidInput: `article` is not an Article, `key` not a string or `date` not a date.
        """
        _check_article(article)
        if key is not None and not isinstance(key, str):
            msg = f"Corpus.add option key must be str or None, got {type(key).__name__}"
            raise InvalidInput(msg)
        if date is not None and not isinstance(date, dt.date):
            msg = f"Corpus.add option date must be a datetime.date or None, got {type(date).__name__}"
            raise InvalidInput(msg)
        if isinstance(date, dt.datetime):
            date = date.date()  # a timeline sorts dates: a datetime does not compare with them
        base = key if key is not None else _base_key(article)
        unique, n = base, 1
        while unique in self._keys:
            n += 1
            unique = f"{base}#{n}"
        if date is None:
            date = _article_date(article)
        self._entries.append(CorpusEntry(key=unique, article=article, date=date))
        self._keys.add(unique)
        return unique

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[CorpusEntry]:
        return iter(tuple(self._entries))

    @property
    def entries(self) -> tuple[CorpusEntry, ...]:
        """The articles with their keys and dates, in the order they were added."""
        return tuple(self._entries)

    @property
    def articles(self) -> tuple[Article, ...]:
        """The articles, in the order they were added."""
        return tuple(entry.article for entry in self._entries)

    @property
    def actors(self) -> tuple[Organization | State | Group, ...]:
        """Every actor once, merged across articles by id, in order of first appearance.

        The first record seen for an id wins; later ones add their aliases (and an
        organization's members) and fill fields the first left empty. Mentions and
        evidence cite one article's text, so merged actors carry none.
        """
        merged: dict[str, _Merged] = {}
        for entry in self._entries:
            for actor in entry.article.actors:
                known = merged.get(actor.id)
                if known is None:
                    merged[actor.id] = _Merged(actor)
                else:
                    known.add(actor)
        return tuple(known.actor() for known in merged.values())

    def actor(self, actor_id: str) -> Organization | State | Group:
        """Return the merged actor with this id.

        Raises:
            KeyError: no article of the corpus has an actor with that id.
        """
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        raise KeyError(actor_id)

    def dyads(self) -> tuple[Dyad, ...]:
        """Stance counts for every ordered pair of actors, busiest first (then by ids)."""
        statements: Counter[tuple[str, str]] = Counter()
        rebuttals: Counter[tuple[str, str]] = Counter()
        acts: dict[tuple[str, str], Counter[Act]] = {}
        claims: dict[tuple[str, str], Counter[ClaimKind]] = {}
        articles: dict[tuple[str, str], dict[str, None]] = {}  # the keys of each pair, in order, once
        for link in self._links():
            if link.target is None:
                continue
            pair = (link.speaker, link.target)
            articles.setdefault(pair, {})[link.article] = None
            if isinstance(link.item, Statement):
                statements[pair] += 1
                acts.setdefault(pair, Counter()).update(link.item.acts)
            else:
                rebuttals[pair] += 1
                claims.setdefault(pair, Counter()).update(claim.kind for claim in link.item.claims)
        out = [
            Dyad(
                source=source,
                target=target,
                statements=statements[source, target],
                rebuttals=rebuttals[source, target],
                acts=_ranked(acts.get((source, target), Counter())),
                claims=_ranked(claims.get((source, target), Counter())),
                articles=tuple(keys),
            )
            for (source, target), keys in articles.items()
        ]
        out.sort(key=lambda d: (-d.total, d.source, d.target))
        return tuple(out)

    def dyad(self, source: str, target: str) -> Dyad:
        """The counts for `source -> target`; all zero when they never met."""
        for candidate in self.dyads():
            if (candidate.source, candidate.target) == (source, target):
                return candidate
        return Dyad(source=source, target=target)

    def timeline(self) -> tuple[TimelineEvent, ...]:
        """Statements and rebuttals whose date is known, oldest first (ties in corpus order)."""
        events: list[TimelineEvent] = []
        for entry in self._entries:
            article = entry.article
            for statement in article.statements:
                when = statement_date(statement, entry.date)
                if when is not None:
                    events.append(
                        TimelineEvent(
                            date=when,
                            article=entry.key,
                            kind="statement",
                            id=statement.id,
                            speaker=statement.speaker,
                            targets=statement.targets,
                        )
                    )
            if entry.date is not None:
                for rebuttal, answered in zip(article.rebuttals, all_rebuttal_targets(article), strict=True):
                    events.append(
                        TimelineEvent(
                            date=entry.date,
                            article=entry.key,
                            kind="rebuttal",
                            id=rebuttal.id,
                            speaker=rebuttal.speaker,
                            targets=tuple(answered),
                        )
                    )
        events.sort(key=lambda e: e.date)  # stable: corpus order within a day
        return tuple(events)

    def _links(self) -> Iterator[_Link]:
        for entry in self._entries:
            yield from _article_links(entry.key, entry.article)


def iter_links(corpus: Corpus) -> Iterator[_Link]:
    """Every directed stance of the corpus: statements per target, rebuttals per answered actor.

    A statement without targets, or a rebuttal that answers nobody, gives one link
    whose `target` is None.
    """
    return corpus._links()  # noqa: SLF001 - the module's own helper


# ------------------------------------------------------------------ helpers
def as_corpus(data: Articles) -> Corpus:
    """Return `data` as a corpus: a corpus as is, an article or articles wrapped in a new one.

    Raises:
        InvalidInput: `data` is neither an article, nor articles, nor a corpus (a
            `TypeError` too).
    """
    if isinstance(data, Corpus):
        return data
    if isinstance(data, Article):
        return Corpus.from_articles([data])
    if isinstance(data, (str, bytes)) or not isinstance(data, Iterable):
        msg = f"expected an Article, an iterable of Articles or a Corpus, got {type(data).__name__}"
        raise InvalidInput(msg)
    return Corpus.from_articles(data)


def _check_article(article: object) -> None:
    if not isinstance(article, Article):
        msg = f"a corpus holds Article objects, got {type(article).__name__}"
        raise InvalidInput(msg)


def rebuttal_targets(article: Article, rebuttal: Rebuttal) -> dict[str, tuple[str, ...]]:
    """The actors a rebuttal answers: speaker id -> ids of that speaker's items it rebuts.

    Speakers appear in the order the rebutted ids are listed; an id that names nothing
    in the article is skipped (a valid article has none). This indexes the whole
    article: for each of its rebuttals, use
    [`all_rebuttal_targets`][geostance.corpus.all_rebuttal_targets], which indexes it once.
    """
    return _answered(_speakers(article), rebuttal)


def all_rebuttal_targets(article: Article) -> tuple[dict[str, tuple[str, ...]], ...]:
    """[`rebuttal_targets`][geostance.corpus.rebuttal_targets] of each rebuttal of the article, in order."""
    speakers = _speakers(article)
    return tuple(_answered(speakers, rebuttal) for rebuttal in article.rebuttals)


def _speakers(article: Article) -> dict[str, str]:
    """Id of each statement and rebuttal -> id of its speaker."""
    items: tuple[Statement | Rebuttal, ...] = (*article.statements, *article.rebuttals)
    return {item.id: item.speaker for item in items}


def _answered(speakers: Mapping[str, str], rebuttal: Rebuttal) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for rebutted in rebuttal.rebuts:
        speaker = speakers.get(rebutted)
        if speaker is not None:
            out.setdefault(speaker, []).append(rebutted)
    return {speaker: tuple(ids) for speaker, ids in out.items()}


def statement_date(statement: Statement, article_date: dt.date | None) -> dt.date | None:
    """The date of a statement: an absolute date in its occasion's `when`, else `article_date`."""
    if statement.occasion is not None and statement.occasion.when is not None:
        found = find_date(statement.occasion.when.text)
        if found is not None:
            return found
    return article_date


def _article_date(article: Article) -> dt.date | None:
    if article.date is not None and article.date_basis in (DateBasis.GIVEN, DateBasis.TEXT):
        return article.date  # an inferred date only bounds when it was written: no publication date
    for text in (article.source, article.url, article.dateline.text if article.dateline else None):
        if text:
            found = find_date(text)
            if found is not None:
                return found
    return None


def _base_key(article: Article) -> str:
    if article.source:
        return article.source
    if article.url:
        return article.url
    return "article-" + hashlib.sha256(article.text.encode("utf-8")).hexdigest()[:12]


def _article_links(key: str, article: Article) -> Iterator[_Link]:
    for statement in article.statements:
        if not statement.targets:
            yield _Link(article=key, kind="statement", item=statement, speaker=statement.speaker, target=None)
        for target in dict.fromkeys(statement.targets):
            yield _Link(article=key, kind="statement", item=statement, speaker=statement.speaker, target=target)
    for rebuttal, targets in zip(article.rebuttals, all_rebuttal_targets(article), strict=True):
        if not targets:
            yield _Link(article=key, kind="rebuttal", item=rebuttal, speaker=rebuttal.speaker, target=None)
        for target, answers in targets.items():
            yield _Link(
                article=key, kind="rebuttal", item=rebuttal, speaker=rebuttal.speaker, target=target, answers=answers
            )


def _ranked(counts: Counter[_E]) -> tuple[tuple[_E, int], ...]:
    return tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].value)))


_FILLED = ("acronym", "kind", "founded", "alpha2", "alpha3")
"""Fields a later record of an actor fills when the first left them empty."""


class _Merged:
    """One actor of a corpus, merged from its records in the articles as they are added.

    The first record wins; each later record of the same type adds its aliases (and an
    organization's members) and fills the fields still empty. The unions are kept as
    ordered dicts and the actor is built once, so merging n records costs O(n).
    """

    def __init__(self, first: _Actor) -> None:
        self.first = first
        self.aliases = dict.fromkeys(first.aliases)
        self.members = dict.fromkeys(first.members) if isinstance(first, Organization) else {}
        self.filled: dict[str, object] = {}
        self.merged = False

    def add(self, other: _Actor) -> None:
        first = self.first
        if type(first) is not type(other):
            return
        self.merged = True
        self.aliases.update(dict.fromkeys(other.aliases))
        if isinstance(other, Organization):
            self.members.update(dict.fromkeys(other.members))
        for name in _FILLED:
            if hasattr(first, name) and getattr(first, name) is None and name not in self.filled:
                value = getattr(other, name)
                if value is not None:
                    self.filled[name] = value

    def actor(self) -> _Actor:
        """The merged actor: without mentions and evidence, which cite one article's text."""
        changes: dict[str, object] = {"mentions": ()}
        if isinstance(self.first, Organization):
            changes["evidence"] = ()
        if self.merged:
            changes["aliases"] = tuple(self.aliases)
            if isinstance(self.first, Organization):
                changes["members"] = tuple(self.members)
            changes.update(self.filled)
        return attrs.evolve(self.first, **changes)  # type: ignore[arg-type]


def actor_type(actor: Organization | State | Group) -> Literal["organization", "state", "group"]:
    """`organization`, `state` or `group`."""
    if isinstance(actor, Organization):
        return "organization"
    if isinstance(actor, State):
        return "state"
    return "group"


def actor_code(actor: Organization | State | Group) -> str | None:
    """A state's ISO 3166-1 alpha-3 code (its id when not given), else the acronym."""
    if isinstance(actor, State):
        return actor.alpha3 or actor.id
    return actor.acronym


def actor_label(actor: Organization | State | Group) -> str:
    """A short display name: a state's name, else the acronym, else the name."""
    if isinstance(actor, State):
        return actor.name
    return actor.acronym or actor.name
