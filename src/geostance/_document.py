"""The working state the pipeline stages read and fill, one per parsed text."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    import datetime as dt

    from geostance._lexicon import Lexicon
    from geostance._segment import QuoteSpan, Segment
    from geostance.gazetteer import ActorRecord, Gazetteer
    from geostance.model import Act, ClaimKind, DateBasis

__all__ = ["LIST_GAP", "ActorHit", "Document", "Fact", "PersonHit", "SpeechEvent"]

LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?")
"""What stands between two names of one list: "France, Britain, and the UK", "X or Y"."""


@attrs.define
class ActorHit:
    """A place in the text that names an actor (`via` says how: name, capital, inline)."""

    start: int
    end: int
    actor: str
    via: str = "name"


@attrs.define
class PersonHit:
    """A person's name, with the actor they speak for when known."""

    start: int
    end: int
    actor: str | None
    person: str | None = None
    """The gazetteer person's id, when the name is the gazetteer's."""
    others: tuple[str, ...] = ()
    """Other gazetteer people of the same name (resolved by the article's date)."""


@attrs.define
class Fact:
    """Facts the text states about an organization."""

    members: list[str] = attrs.Factory(list)
    founded: int | None = None
    kind: str | None = None
    evidence: list[tuple[int, int]] = attrs.Factory(list)


@attrs.define
class SpeechEvent:
    """One sentence's report of an actor's act: who, which acts, and the parts of the sentence."""

    sentence: int
    speaker: str
    speaker_span: tuple[int, int]
    person_span: tuple[int, int] | None
    acts: list[Act]
    cue_start: int
    rebuttal: bool
    quotes: list[QuoteSpan]
    evidence: tuple[int, int]
    targets: list[str]
    content: list[tuple[int, int]]
    objects: list[str] = attrs.Factory(list)
    object_span: tuple[int, int] | None = None
    object_acts: list[Act] = attrs.Factory(list)
    topic_spans: list[tuple[int, int]] = attrs.Factory(list)
    """Where the event's topics are read (its evidence and quotations), if it becomes a statement."""
    claims: list[tuple[int, int, ClaimKind]] = attrs.Factory(list)
    also_statement: bool = False
    nominal: bool = False
    document: bool = False
    unattributed: bool = False
    """A rebuttal of hearsay with no author ("denied reports that ..."): it answers nobody."""
    named_only: bool = False
    """Its objects are only actors its words name, not the author of a claim it cites (a weaker sign)."""
    joint: tuple[str, ...] = ()
    """All the actors of a joint act (each has its own event)."""
    cue: str | None = None
    """The lemma of the verb or noun that reported the act ("condemn", "concern", "hold * responsible")."""
    rejects_denial: bool = False
    """A rebuttal whose object is itself a denial ("brushed the denial aside"): it answers the last denier."""
    rejects_count: bool = False
    """A rebuttal whose object is a count ("dismissed the figures"): it answers the last statement giving one."""


@attrs.define
class Document:
    """Everything known about one text while it is parsed."""

    text: str
    gazetteer: Gazetteer
    lexicon: Lexicon
    paragraphs: list[Segment] = attrs.Factory(list)
    sentences: list[Segment] = attrs.Factory(list)
    quotes: list[QuoteSpan] = attrs.Factory(list)
    quote_opens: list[int] = attrs.Factory(list)
    dateline: tuple[int, int] | None = None
    body_start: int = 0
    date: dt.date | None = None
    """The article's date: given to the parser, stated in the text or inferred (see `date_basis`)."""
    date_basis: DateBasis | None = None
    """Where `date` comes from; None until the date is settled (then `unknown` if there is none)."""
    window: tuple[dt.date, dt.date] | None = None
    """The days the article may be from, once settled: actors and people resolve within them."""
    hits: list[ActorHit] = attrs.Factory(list)
    hit_starts: list[int] = attrs.Factory(list)
    persons: list[PersonHit] = attrs.Factory(list)
    adjectives: list[ActorHit] = attrs.Factory(list)
    capitals: list[ActorHit] = attrs.Factory(list)
    surnames: dict[str, str] = attrs.Factory(dict)
    local_actors: dict[str, ActorRecord] = attrs.Factory(dict)
    organ_names: dict[str, str] = attrs.Factory(dict)
    """Acronyms the text defines for a state's organ ("MAC") -> the state's id."""
    speakers_only: dict[str, tuple[int, int]] = attrs.Factory(dict)
    facts: dict[str, Fact] = attrs.Factory(dict)
    events: list[SpeechEvent] = attrs.Factory(list)
    turn_starts: set[int] = attrs.Factory(set)
    """Sentences that open a transcript's answer: each answer is a new occasion (its own statement)."""
    _person_starts: list[int] = attrs.Factory(list)
    _adjective_starts: list[int] = attrs.Factory(list)
    _quote_starts: list[int] = attrs.Factory(list)
    _capital_starts: list[int] = attrs.Factory(list)
    _sentence_starts: list[int] = attrs.Factory(list)
    _named: set[str] | None = None

    def last_voice(self) -> SpeechEvent | None:
        """The latest event of an actor speaking: not a document named in passing ("statements by X")."""
        return next((e for e in reversed(self.events) if not e.document), None)

    def names(self, actor_id: str) -> bool:
        """Whether the text names the actor by a name or capital, not only by an adjective (built once)."""
        if self._named is None:
            self._named = {h.actor for h in self.hits} | {h.actor for h in self.capitals}
        return actor_id in self._named

    def sentence_at(self, offset: int) -> int:
        """The index of the sentence that starts at or last before `offset` (-1 before the first)."""
        if len(self._sentence_starts) != len(self.sentences):  # the sentences are set once, by segmentation
            self._sentence_starts = [s.start for s in self.sentences]
        return bisect.bisect_right(self._sentence_starts, offset) - 1

    def record(self, actor_id: str) -> ActorRecord | None:
        """The gazetteer or inline record of an actor."""
        return self.local_actors.get(actor_id) or self.gazetteer.get(actor_id)

    def index_hits(self) -> None:
        """Sort the actor hits and index their starts for range lookups."""
        self.hits.sort(key=lambda h: h.start)
        self.hit_starts = [h.start for h in self.hits]

    def hits_in(self, start: int, end: int) -> list[ActorHit]:
        """Actor hits lying inside `[start, end)`, in text order (binary search, no scan)."""
        lo = bisect.bisect_left(self.hit_starts, start)
        hi = bisect.bisect_left(self.hit_starts, end)
        return [h for h in self.hits[lo:hi] if h.end <= end]

    def index(self) -> None:
        """Sort persons, adjectives, capitals and quotes and index their starts for range lookups."""
        self.persons.sort(key=lambda h: h.start)
        self.adjectives.sort(key=lambda h: h.start)
        self._person_starts = [h.start for h in self.persons]
        self._adjective_starts = [h.start for h in self.adjectives]
        self._quote_starts = [q.start for q in self.quotes]
        self.capitals.sort(key=lambda h: h.start)
        self._capital_starts = [h.start for h in self.capitals]

    def capitals_in(self, start: int, end: int) -> list[ActorHit]:
        """Capitals not used as metonyms (places, or objects such as "support for Cairo") in `[start, end)`."""
        lo = bisect.bisect_left(self._capital_starts, start)
        return self.capitals[lo : bisect.bisect_left(self._capital_starts, end)]

    def persons_in(self, start: int, end: int) -> list[PersonHit]:
        """People named starting inside `[start, end)`."""
        return self.persons[
            bisect.bisect_left(self._person_starts, start) : bisect.bisect_left(self._person_starts, end)
        ]

    def adjectives_in(self, start: int, end: int) -> list[ActorHit]:
        """Demonym adjectives starting inside `[start, end)`."""
        lo = bisect.bisect_left(self._adjective_starts, start)
        return self.adjectives[lo : bisect.bisect_left(self._adjective_starts, end)]

    def is_place(self, start: int, end: int) -> bool:
        """Whether a capital not used as a metonym (a place name) overlaps `[start, end)`."""
        i = bisect.bisect_left(self._capital_starts, end) - 1
        return i >= 0 and self.capitals[i].end > start

    def quotes_in(self, start: int, end: int) -> list[QuoteSpan]:
        """Quotations whose words start inside `[start, end)`."""
        return self.quotes[bisect.bisect_left(self._quote_starts, start) : bisect.bisect_left(self._quote_starts, end)]

    def in_quote(self, pos: int) -> QuoteSpan | None:
        """The quotation containing offset `pos`, if any."""
        i = bisect.bisect_right(self.quote_opens, pos) - 1
        if i >= 0 and self.quotes[i].open <= pos < self.quotes[i].close:
            return self.quotes[i]
        return None
