"""Stage 5, assembly: speech events become Statements and Rebuttals, hits become actors.

- Consecutive statement events of one speaker form one Statement unless a
  sentence opens a new occasion ("In recent years, ...", "Earlier, ...") or
  another speaker's event comes between them.
- Consecutive rebuttal events of one speaker against the same party form one
  Rebuttal with all their claims.
- A rebuttal answers the statements of the actor it names as its object
  ("rejected the UNSC report"); when that actor has no statement in the article,
  the reported object becomes one ("concerns raised by members of the Security
  Council"). Otherwise it answers the statements that target the rebutter, else
  those of the actor its claims name (or that actor's claim, reported in them, becomes
  a statement about the rebutter when the claim names it), else those of the last other
  speaker before it.
- Actors are the gazetteer or inline actors with at least one mention, plus
  states that speak only through an adjective ("the Iranian foreign ministry").
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, TypeVar

import attrs

from geostance._attribute import claim_kind
from geostance.model import (
    Act,
    Article,
    Claim,
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
    _Excerpt,
)

if TYPE_CHECKING:
    from geostance._document import Document, SpeechEvent

__all__ = ["assemble"]

_ACT_ORDER = {act: i for i, act in enumerate(Act)}
_TOPIC_ORDER = {topic: i for i, topic in enumerate(Topic)}
_AUTHORITY = "de facto authority"


@attrs.define
class _Run:
    speaker: str
    events: list[SpeechEvent]
    rebuttal: bool
    objects: list[str]
    implicit: bool = False


_E = TypeVar("_E", bound=_Excerpt)
_new = object.__new__
_set = object.__setattr__


def _cite(cls: type[_E], text: str, start: int, end: int) -> _E:
    """`cls.at(text, start, end)`, built directly when the offsets pass every check the constructors make.

    Int offsets with `0 <= start < end <= len(text)` are all that Span and the excerpt
    check ask (the cited text is then the exact, non-empty slice), so running the
    validators for each of the thousands of mentions would re-prove it; anything else
    takes the checked path and fails as before. The Article still validates every span.
    """
    if type(start) is int and type(end) is int and 0 <= start < end <= len(text):
        span = _new(Span)
        _set(span, "start", start)
        _set(span, "end", end)
        excerpt = _new(cls)
        _set(excerpt, "text", text[start:end])
        _set(excerpt, "span", span)
        return excerpt
    return cls.at(text, start, end)


def _mention(text: str, span: tuple[int, int]) -> Mention:
    return _cite(Mention, text, span[0], span[1])


def _runs(doc: Document) -> list[_Run]:
    runs: list[_Run] = []
    open_statement: dict[str, _Run] = {}
    open_rebuttal: dict[str, _Run] = {}
    last_speaker: str | None = None
    last_joint: tuple[str, ...] = ()
    for event in doc.events:
        if event.nominal:  # a reported past denial does not interrupt anyone's statement
            runs.append(_Run(event.speaker, [event], rebuttal=True, objects=[]))
            continue
        sentence = doc.sentences[event.sentence]
        new_occasion = bool(doc.lexicon.new_occasion.match(doc.text, sentence.start, sentence.end))
        if last_speaker != event.speaker and not (event.speaker in last_joint and event.joint == last_joint):
            open_statement.clear()  # another speaker intervenes (the co-speakers of one joint act do not)
            if event.rebuttal is False:
                open_rebuttal.pop(event.speaker, None)
        if event.rebuttal:
            current = open_rebuttal.get(event.speaker)
            if current is not None and (
                not event.objects or set(event.objects) & set(current.objects) or not current.objects
            ):
                current.events.append(event)
                current.objects += [o for o in event.objects if o not in current.objects]
            else:
                current = _Run(event.speaker, [event], rebuttal=True, objects=list(event.objects))
                runs.append(current)
                open_rebuttal[event.speaker] = current
            open_statement.pop(event.speaker, None)
        if not event.rebuttal or event.also_statement:
            current = open_statement.get(event.speaker)
            if current is not None and not new_occasion:
                current.events.append(event)
            else:
                current = _Run(event.speaker, [event], rebuttal=False, objects=[])
                runs.append(current)
                open_statement[event.speaker] = current
        last_speaker = event.speaker
        last_joint = event.joint
    return _fold_documents(runs)


def _fold_documents(runs: list[_Run]) -> list[_Run]:
    """Fold documents "issued by" an actor into that actor's nearest other statement.

    "A joint statement issued by the G7" is the G7 statement the article also reports.
    """
    out: list[_Run] = []
    for run in runs:
        if not run.rebuttal and all(e.document for e in run.events):
            others = [r for r in runs if r is not run and not r.rebuttal and r.speaker == run.speaker]
            if others:
                nearest = min(others, key=lambda r: abs(r.events[0].sentence - run.events[0].sentence))
                nearest.events[:0] = run.events
                continue
        out.append(run)
    return out


_REACH = 300
"""How far around an event its occasion, agency and answered party are looked for."""


def _around(doc: Document, event: SpeechEvent) -> tuple[int, int]:
    """The stretch of its sentence an event's occasion and agency are looked for in (bounded)."""
    sentence = doc.sentences[event.sentence]
    start = max(sentence.start, min(event.speaker_span[0], event.cue_start) - _REACH)
    return start, min(sentence.end, max(event.evidence[1], event.cue_start) + _REACH)


def _occasion(doc: Document, events: list[SpeechEvent]) -> Occasion | None:
    text = doc.text
    lex = doc.lexicon
    when = where = event_m = channel = None
    for event in events:
        a, b = _around(doc, event)
        if when is None:
            when = next((m for m in lex.time.finditer(text, a, b) if not doc.in_quote(m.start())), None)
        if event_m is None:
            event_m = next((m for m in lex.events.finditer(text, a, b) if not doc.in_quote(m.start())), None)
            if event_m is not None and where is None:
                where_match = _WHERE.match(text, event_m.end(), b)
                if where_match:
                    where = where_match
        if channel is None:
            channel = next((m for m in lex.channels.finditer(text, a, b) if not doc.in_quote(m.start())), None)
    if not (when or where or event_m or channel):
        return None

    def mention(match: object, group: str | int = 0) -> Mention | None:
        if match is None:
            return None
        start, end = match.span(group)  # type: ignore[attr-defined]
        return _cite(Mention, text, start, end)

    return Occasion(
        when=mention(when),
        where=mention(where, "place") if where else None,
        event=mention(event_m),
        channel=mention(channel),
    )


_WHERE = re.compile(
    r"\s+(?:in|at)\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?)"
)


def _reported_by(doc: Document, events: list[SpeechEvent]) -> Mention | None:
    for event in events:
        a, b = _around(doc, event)
        for match in doc.lexicon.media.finditer(doc.text, a, b):
            if not doc.in_quote(match.start()):
                return _cite(Mention, doc.text, match.start(), match.end())
    return None


def _statement(doc: Document, run: _Run, sid: str) -> Statement:
    text = doc.text
    events = run.events
    acts = sorted({a for e in events for a in e.acts}, key=_ACT_ORDER.__getitem__)
    targets = list(dict.fromkeys(t for e in events for t in e.targets if t != run.speaker))
    # a state whose de facto authority is already a target is its territory here, not a second target
    governed = {r.based_in for t in targets if (r := doc.record(t)) and r.type == "group" and r.kind == _AUTHORITY}
    speaker_record = doc.record(run.speaker)
    if speaker_record is not None and speaker_record.kind == _AUTHORITY and speaker_record.based_in:
        governed.add(speaker_record.based_in)  # an authority speaking of the country it governs
    targets = [t for t in targets if t not in governed]
    topics = sorted(  # read here, not per event: most rebuttal events never become statements
        {
            Topic(m.lastgroup)
            for e in events
            for a, b in e.topic_spans
            for m in doc.lexicon.topics.finditer(text, a, b)
            if m.lastgroup
        },
        key=_TOPIC_ORDER.__getitem__,
    )
    speaker_event = next((e for e in events if e.person_span or _specific(doc, e)), events[0])
    person = next((e.person_span for e in events if e.person_span), None)
    quotes = []
    seen: set[tuple[int, int]] = set()
    for event in events:
        for q in event.quotes:
            if (q.start, q.end) not in seen and _quotable(text, q.start, q.end):
                seen.add((q.start, q.end))
                quotes.append(_cite(Quote, text, q.start, q.end))
    # a bare attribution verb ("they said" after a quotation) is no evidence: the quotation is
    evidence = [
        _cite(Evidence, text, *e.evidence) for e in events if len(text[e.evidence[0] : e.evidence[1]].split()) >= 3
    ]
    return Statement(
        id=sid,
        speaker=run.speaker,
        speaker_text=_mention(text, speaker_event.speaker_span),
        person=_mention(text, person) if person else None,
        targets=targets,
        acts=acts or [Act.ASSERT],
        topics=topics,
        quotes=quotes,
        evidence=evidence,
        occasion=_occasion(doc, events),
        reported_by=_reported_by(doc, events),
    )


MIN_QUOTE_WORDS = 4
"""Shorter quoted phrases ("serious threat") are scare quotes or terms, not quotations of a speaker."""


def _quotable(text: str, start: int, end: int) -> bool:
    return len(text[start:end].split()) >= MIN_QUOTE_WORDS


def _specific(doc: Document, event: SpeechEvent) -> bool:
    """A speaker phrase with a role ("CSTO foreign ministers") says more than a bare name."""
    a, b = event.speaker_span
    return bool(doc.lexicon.role_nouns.search(doc.text, a, b))


def _implicit_statement(
    doc: Document, event: SpeechEvent, actor: str, sid: str, *, span: tuple[int, int] | None = None
) -> Statement:
    """The statement a rebuttal answers, reported only as its object ("rejected the UN report") or in its claims."""
    text = doc.text
    span = span or event.object_span or event.evidence
    hit = next((h for h in doc.hits_in(span[0], span[1]) if h.actor == actor), None)
    if hit is None:  # named by an adjective or a description: cite its first mention, else the answer itself
        hit = next((h for h in doc.hits if h.actor == actor), None)
    speaker_span = (hit.start, hit.end) if hit else (span if span[1] > span[0] else event.speaker_span)
    acts = sorted(set(event.object_acts) or {Act.ASSERT}, key=_ACT_ORDER.__getitem__)
    targets = [
        h.actor
        for h in doc.hits_in(span[0], span[1])
        if h.actor not in {actor, event.speaker} and (r := doc.record(h.actor)) and r.type == "group"
    ]
    # the claim names the one who answers it ("... that the Azerbaijani armed forces fired"): it is about them
    named = [*doc.hits_in(span[0], span[1]), *doc.adjectives_in(span[0], span[1])]
    if any(h.actor == event.speaker and h.start > speaker_span[1] for h in named):
        targets.append(event.speaker)
    return Statement(
        id=sid,
        speaker=actor,
        speaker_text=_mention(text, speaker_span),
        targets=list(dict.fromkeys(targets)),
        acts=acts,
        evidence=[_cite(Evidence, text, *span)] if span[1] > span[0] else [],
    )


def _dialogue_targets(statements: list[Statement], rebuttals: list[Rebuttal]) -> list[Statement]:
    """The rebutter's own statements in the article address the party it rebuts."""
    speaker_of = {s.id: s.speaker for s in statements}
    answered: dict[str, dict[str, None]] = {}  # rebutter -> the parties it rebuts, in order (one pass: linear)
    for rebuttal in rebuttals:
        answered.setdefault(rebuttal.speaker, {}).update(
            dict.fromkeys(speaker_of[r] for r in rebuttal.rebuts if r in speaker_of)
        )
    out = []
    for statement in statements:
        more = [t for t in answered.get(statement.speaker, ()) if t != statement.speaker and t not in statement.targets]
        out.append(attrs.evolve(statement, targets=[*statement.targets, *dict.fromkeys(more)]) if more else statement)
    return out


_BY_BEFORE = re.compile(r"\b(?:by|from)\s+(?:the\s+)?$", re.IGNORECASE)
_WORDS_TO_BY = re.compile(r"(?:\s+[\w-]+){0,2}\s+")
_POSSESSIVE_TO_NOUN = re.compile(r"['’]s?\s+(?:[\w-]+\s+)?")


def _claim_of(doc: Document, start: int, end: int, actor: str) -> bool:
    """Whether `text[start:end]` cites a claim of `actor`: "information spread by X", "X's statement".

    The claim nouns are the lexicon's reported-object nouns (statements, claims, allegations, ...).
    """
    text = doc.text
    nouns = doc.lexicon.object_nouns
    for hit in doc.hits_in(start, end):
        if hit.actor != actor:
            continue
        by = _BY_BEFORE.search(text, max(start, hit.start - 20), hit.start)
        if by is not None:
            window = max(start, by.start() - 50)
            if any(_WORDS_TO_BY.fullmatch(text, n.end(), by.start()) for n in nouns.finditer(text, window, by.start())):
                return True
        owned = _POSSESSIVE_TO_NOUN.match(text, hit.end, end)
        if owned is not None and nouns.match(text, owned.end(), end):
            return True
    return False


def _start(statement: Statement) -> int:
    """Where a statement starts in the text: its speaker's mention or its first evidence."""
    return min([statement.speaker_text.span.start, *(e.span.start for e in statement.evidence)])


ANSWER_REACH = 20_000
"""How far before or after a rebuttal (in characters) the statements it answers are looked for.

Far beyond any news article, and it keeps linking linear in the length of one huge text.
"""


class _Nearby:
    """The statements of an article by where they start, for the rebuttal linker's local lookups."""

    def __init__(self, statements: list[Statement]) -> None:
        self._starts: list[int] = []
        self._statements: list[Statement] = []
        for statement in statements:
            self.add(statement)

    def add(self, statement: Statement) -> None:
        """Index one more statement (an implicit one found while linking)."""
        start = _start(statement)
        at = bisect.bisect_right(self._starts, start)
        self._starts.insert(at, start)
        self._statements.insert(at, statement)

    def around(self, offset: int) -> list[Statement]:
        """The statements starting within `ANSWER_REACH` of `offset`, in id order (the order they were made)."""
        lo = bisect.bisect_left(self._starts, offset - ANSWER_REACH)
        hi = bisect.bisect_right(self._starts, offset + ANSWER_REACH)
        return sorted(self._statements[lo:hi], key=lambda s: int(s.id[1:]))


_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|into|inside|across|within|to)\s+(?:the\s+)?$", re.IGNORECASE)


def _named_in_claims(doc: Document, run: _Run) -> str | None:
    """The first actor other than the rebutter named in the rebuttal's own sentences: whom it answers."""
    for event in run.events:
        for hit in doc.hits_in(event.cue_start, _around(doc, event)[1]):
            record = doc.record(hit.actor)
            if hit.actor == run.speaker or record is None or record.type == "group":
                continue
            if _PLACE_BEFORE.search(doc.text, max(0, hit.start - 30), hit.start):
                continue  # "a military base in Afghanistan" names a place, not whom the denial answers
            return hit.actor
    return None


def assemble(doc: Document, *, source: str | None = None, url: str | None = None) -> Article:
    """Build the Article from the document's events, hits and facts."""
    text = doc.text
    runs = _runs(doc)
    statements: list[Statement] = []
    rebuttal_runs: list[tuple[_Run, str]] = []
    for run in runs:
        if run.rebuttal:
            rebuttal_runs.append((run, f"r{len(rebuttal_runs) + 1}"))
        else:
            statements.append(_statement(doc, run, f"s{len(statements) + 1}"))
    rebuttals: list[Rebuttal] = []
    nearby = _Nearby(statements)
    for run, rid in rebuttal_runs:
        first = run.events[0]
        rebuts: list[str] = []
        for actor in run.objects:
            mine = [s.id for s in nearby.around(first.cue_start) if s.speaker == actor]
            if not mine:
                implicit = _implicit_statement(doc, first, actor, f"s{len(statements) + 1}")
                statements.append(implicit)
                nearby.add(implicit)
                mine = [implicit.id]
            rebuts += mine
        around = nearby.around(first.cue_start)
        before = [s for s in around if s.speaker != run.speaker and _start(s) < first.cue_start]
        nobody = first.nominal or first.unattributed
        if nobody and not rebuts:
            before = []  # "the Taliban's previous denials", "denied reports that ...": nobody named here
        if not rebuts and not nobody:
            aimed = [s for s in before if run.speaker in s.targets]
            # "dismissed the warning": of the statements aimed at the rebutter, those that warned
            wanted = set(first.object_acts)
            rebuts = [s.id for s in aimed if wanted & set(s.acts)] or [s.id for s in aimed]
        if not rebuts and first.object_acts:
            # "rejected the call": the latest earlier statement that made a call
            wanted = set(first.object_acts)
            matching = [s for s in before if wanted & set(s.acts)]
            if matching:  # with the joint speakers of that same statement ("The US and Britain condemned")
                latest = matching[-1]
                rebuts = [s.id for s in matching if s.evidence and s.evidence[:1] == latest.evidence[:1]] or [latest.id]
        if not rebuts and not nobody:
            named = _named_in_claims(doc, run)
            rebuts = [s.id for s in around if s.speaker == named]
            if not rebuts and named is not None:
                # "The information disseminated by Armenia that ... is a lie": Armenia's claim, reported here
                cited = next(
                    ((a, b) for e in run.events for a, b, _ in e.claims if _claim_of(doc, a, b, named)),
                    None,
                )
                if cited is not None:
                    implicit = _implicit_statement(doc, first, named, f"s{len(statements) + 1}", span=cited)
                    statements.append(implicit)
                    nearby.add(implicit)
                    rebuts = [implicit.id]
        if not rebuts and before:
            last = before[-1].speaker
            rebuts = [s.id for s in before if s.speaker == last]
        if not rebuts and not nobody and not first.object_acts:
            # news often leads with the rebuttal: the first later statement aimed at the rebutter
            # (not when it says what it answers and that is nobody here: "denied media reports")
            later = [s for s in around if s.speaker != run.speaker and run.speaker in s.targets]
            rebuts = [later[0].id] if later else []
        claims: list[Claim] = []
        seen: set[tuple[int, int]] = set()
        for event in run.events:
            for a, b, kind in event.claims:
                if (a, b) not in seen:
                    seen.add((a, b))
                    claims.append(Claim(text=text[a:b], span=Span(start=a, end=b), kind=kind))
        if not claims:
            a, b = first.evidence
            if b > a:
                claims.append(Claim(text=text[a:b], span=Span(start=a, end=b), kind=claim_kind(doc, a, b)))
        person = next((e.person_span for e in run.events if e.person_span), None)
        quotes = list(
            dict.fromkeys(
                _cite(Quote, text, q.start, q.end)
                for e in run.events
                for q in e.quotes
                if _quotable(text, q.start, q.end)
            )
        )
        rebuttals.append(
            Rebuttal(
                id=rid,
                speaker=run.speaker,
                speaker_text=_mention(text, first.speaker_span),
                person=_mention(text, person) if person else None,
                rebuts=list(dict.fromkeys(rebuts)),
                claims=claims,
                quotes=quotes,
            )
        )
    statements = _dialogue_targets(sorted(statements, key=lambda s: int(s.id[1:])), rebuttals)
    organizations, states, groups = _actors(doc, statements, rebuttals)
    dateline = _mention(text, doc.dateline) if doc.dateline else None
    return Article(
        text=text,
        source=source,
        url=url,
        dateline=dateline,
        organizations=organizations,
        states=states,
        groups=groups,
        statements=statements,
        rebuttals=rebuttals,
    )


def _actors(
    doc: Document, statements: list[Statement], rebuttals: list[Rebuttal]
) -> tuple[list[Organization], list[State], list[Group]]:
    text = doc.text
    mentions: dict[str, list[Mention]] = {}
    for hit in doc.hits:
        mentions.setdefault(hit.actor, []).append(_cite(Mention, text, hit.start, hit.end))
    # in the order the statements and rebuttals name them (not a set's: its order changes from run to run, and
    # actors the text never names, found through a person or a pronoun, keep this order in the output)
    for actor in [
        *(s.speaker for s in statements),
        *(r.speaker for r in rebuttals),
        *(t for s in statements for t in s.targets),
    ]:
        mentions.setdefault(actor, [])
    for fact_org, fact in doc.facts.items():
        mentions.setdefault(fact_org, [])
        for member in fact.members:
            mentions.setdefault(member, [])
    organizations: list[Organization] = []
    states: list[State] = []
    groups: list[Group] = []
    for actor_id in sorted(mentions, key=lambda a: mentions[a][0].span.start if mentions[a] else len(text)):
        record = doc.record(actor_id)
        if record is None:
            continue
        found = mentions[actor_id]
        aliases = list(
            dict.fromkeys([record.name, *([record.acronym] if record.acronym else []), *(m.text for m in found)])
        )
        if record.type == "organization":
            stated = doc.facts.get(actor_id)
            organizations.append(
                Organization(
                    id=actor_id,
                    name=record.name,
                    acronym=record.acronym,
                    aliases=aliases,
                    kind=(stated.kind if stated and stated.kind else record.kind),
                    founded=(stated.founded if stated and stated.founded else record.founded),
                    members=list(stated.members) if stated else [],
                    evidence=[_cite(Evidence, text, a, b) for a, b in dict.fromkeys(stated.evidence)] if stated else [],
                    mentions=found,
                )
            )
        elif record.type == "state":
            states.append(
                State(
                    id=actor_id,
                    name=record.name,
                    alpha2=record.alpha2,
                    alpha3=record.alpha3,
                    aliases=aliases,
                    mentions=found,
                )
            )
        else:
            groups.append(
                Group(
                    id=actor_id,
                    name=record.name,
                    acronym=record.acronym,
                    aliases=aliases,
                    kind=record.kind,
                    mentions=found,
                )
            )
    return organizations, states, groups
