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

import re
from typing import TYPE_CHECKING, TypeVar

import attrs

from geostance._cascade.claims import claim_kind
from geostance._cascade.links import Linker, Run, runs
from geostance.gazetteer import DE_FACTO_AUTHORITY
from geostance.model import (
    Act,
    Article,
    Claim,
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
    _Excerpt,
)

if TYPE_CHECKING:
    from geostance._document import Document, SpeechEvent
    from geostance.gazetteer import ActorRecord
    from geostance.model import ClaimKind

__all__ = ["assemble"]

_ACT_ORDER = {act: i for i, act in enumerate(Act)}
_TOPIC_ORDER = {topic: i for i, topic in enumerate(Topic)}


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


def _statement(doc: Document, run: Run, sid: str) -> Statement:
    text = doc.text
    events = run.events
    acts = sorted({a for e in events for a in e.acts}, key=_ACT_ORDER.__getitem__)
    targets = list(dict.fromkeys(t for e in events for t in e.targets if t != run.speaker))
    # a state whose de facto authority is already a target is its territory here, not a second target
    governed = {
        r.based_in for t in targets if (r := doc.record(t)) and r.type == "group" and r.kind == DE_FACTO_AUTHORITY
    }
    speaker_record = doc.record(run.speaker)
    if speaker_record is not None and speaker_record.kind == DE_FACTO_AUTHORITY and speaker_record.based_in:
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
        cue=next((e for e in events if set(e.acts) - {Act.ASSERT}), events[0]).cue,
    )


def _claim_cue(doc: Document, kind: ClaimKind, start: int, end: int) -> str | None:
    """The words that marked a claim's kind (the kind's lexicon cue, to the end of its last word), lower-cased."""
    pattern = doc.lexicon.claim_kind_pattern(kind)
    found = pattern.search(doc.text, start, end) if pattern is not None else None
    if found is None:
        return None
    stop = found.end()
    while stop < end and doc.text[stop].isalnum():
        stop += 1
    return " ".join(doc.text[found.start() : stop].lower().split()) or None


MIN_QUOTE_WORDS = 4
"""Shorter quoted phrases ("serious threat") are scare quotes or terms, not quotations of a speaker."""


_RECENT_CLAIMS = 4
"""How many of a rebuttal's latest claims a new one is checked against for overlap (linear in long runs)."""


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
    named = [*doc.hits_in(span[0], span[1]), *doc.adjectives_in(span[0], span[1])]  # "the British report"
    hit = next((h for h in sorted(named, key=lambda h: h.start) if h.actor == actor), None)
    if hit is None:  # named by a description: cite its first mention, else the answer itself
        hit = next((h for h in doc.hits if h.actor == actor), None)
    speaker_span = (hit.start, hit.end) if hit else (span if span[1] > span[0] else event.speaker_span)
    acts = sorted(set(event.object_acts) or {Act.ASSERT}, key=_ACT_ORDER.__getitem__)
    targets = [
        h.actor
        for h in doc.hits_in(span[0], span[1])
        if h.actor not in {actor, event.speaker, *event.objects} and (r := doc.record(h.actor)) and r.type == "group"
    ]  # a co-author of what is answered ("allegations by X and by Y") is no target of X's
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


def _claim(doc: Document, start: int, end: int, kind: ClaimKind) -> Claim:
    text = doc.text
    return Claim(
        text=text[start:end], span=Span(start=start, end=end), kind=kind, cue=_claim_cue(doc, kind, start, end)
    )


def _dialogue_targets(statements: list[Statement], rebuttals: list[Rebuttal]) -> list[Statement]:
    """Targets a rebuttal implies for the statements around it.

    The rebutter's own statements in the article address the party it rebuts; and an accusation, demand or
    warning a rebuttal answers that names nobody was aimed at the rebutter ("rejected criticism from X").
    """
    aimed_at: dict[str, list[str]] = {}
    for rebuttal in rebuttals:
        for rebutted in rebuttal.rebuts:
            aimed_at.setdefault(rebutted, []).append(rebuttal.speaker)
    speaker_of = {s.id: s.speaker for s in statements}
    answered: dict[str, dict[str, None]] = {}  # rebutter -> the parties it rebuts, in order (one pass: linear)
    for rebuttal in rebuttals:
        answered.setdefault(rebuttal.speaker, {}).update(
            dict.fromkeys(speaker_of[r] for r in rebuttal.rebuts if r in speaker_of)
        )
    out = []
    pointed = {Act.ACCUSE, Act.DEMAND, Act.WARN}
    for original in statements:
        statement = original
        if not statement.targets and set(statement.acts) & pointed and statement.id in aimed_at:
            statement = attrs.evolve(statement, targets=list(dict.fromkeys(aimed_at[statement.id])))
        more = [t for t in answered.get(statement.speaker, ()) if t != statement.speaker and t not in statement.targets]
        out.append(attrs.evolve(statement, targets=[*statement.targets, *dict.fromkeys(more)]) if more else statement)
    return out


def assemble(doc: Document, *, source: str | None = None, url: str | None = None) -> Article:
    """Build the Article from the document's events, hits and facts."""
    text = doc.text
    found = runs(doc)
    statements: list[Statement] = []
    joint: dict[str, tuple[str, ...]] = {}
    rebuttal_runs: list[tuple[Run, str]] = []
    for run in found:
        if run.rebuttal:
            rebuttal_runs.append((run, f"r{len(rebuttal_runs) + 1}"))
        else:
            statement = _statement(doc, run, f"s{len(statements) + 1}")
            statements.append(statement)
            if run.events[0].joint:
                joint[statement.id] = run.events[0].joint
    rebuttals: list[Rebuttal] = []
    linker = Linker(doc, statements, joint)

    def implicit(event: SpeechEvent, actor: str, span: tuple[int, int] | None) -> Statement:
        made = _implicit_statement(doc, event, actor, f"s{len(statements) + 1}", span=span)
        statements.append(made)
        return made

    for run, rid in rebuttal_runs:
        rebuttals.append(_rebuttal(doc, run, rid, linker.answers(run, implicit)))
    statements = _dialogue_targets(sorted(statements, key=lambda s: int(s.id[1:])), rebuttals)
    organizations, states, groups = _actors(doc, statements, rebuttals)
    dateline = _mention(text, doc.dateline) if doc.dateline else None
    return Article(
        text=text,
        source=source,
        url=url,
        dateline=dateline,
        date=doc.date,
        date_basis=doc.date_basis or (DateBasis.UNKNOWN if doc.date is None else DateBasis.TEXT),
        organizations=organizations,
        states=states,
        groups=groups,
        statements=statements,
        rebuttals=rebuttals,
    )


def _rebuttal(doc: Document, run: Run, rid: str, rebuts: list[str]) -> Rebuttal:
    """The Rebuttal of a run: its claims (a clause read twice is one claim), quotations and speaker."""
    text = doc.text
    first = run.events[0]
    claims: list[Claim] = []
    read = [c for e in run.events for c in e.claims]
    if run.extra_claims:  # claims cited from quoted assertions, in their place in the text
        read = sorted([*read, *run.extra_claims], key=lambda c: c[0])
    for a, b, kind in read:
        # the same clause read twice ("Underlining that X, Y said": X once, and once with its opening) is one
        # claim; claims come in reading order, so the last few kept are the only ones it can overlap
        if not any(a < c.span.end and c.span.start < b for c in claims[-_RECENT_CLAIMS:]):
            claims.append(_claim(doc, a, b, kind))
    if not claims:
        a, b = first.evidence
        if b > a:
            claims.append(_claim(doc, a, b, claim_kind(doc, a, b)))
    person = next((e.person_span for e in run.events if e.person_span), None)
    quoted = (q for e in run.events for q in e.quotes if _quotable(text, q.start, q.end))
    return Rebuttal(
        id=rid,
        speaker=run.speaker,
        speaker_text=_mention(text, first.speaker_span),
        person=_mention(text, person) if person else None,
        rebuts=list(dict.fromkeys(rebuts)),
        claims=claims,
        quotes=list(dict.fromkeys(_cite(Quote, text, q.start, q.end) for q in quoted)),
    )


def _actors(
    doc: Document, statements: list[Statement], rebuttals: list[Rebuttal]
) -> tuple[list[Organization], list[State], list[Group]]:
    """The organizations, states and groups of the article, in the order the text first names them."""
    text = doc.text
    mentions = _mentions(doc, statements, rebuttals)
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
            organizations.append(_organization(doc, record, aliases, found))
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


def _mentions(doc: Document, statements: list[Statement], rebuttals: list[Rebuttal]) -> dict[str, list[Mention]]:
    """Every actor of the article with its mentions, in the order the statements and rebuttals name them."""
    mentions: dict[str, list[Mention]] = {}
    for hit in doc.hits:
        mentions.setdefault(hit.actor, []).append(_cite(Mention, doc.text, hit.start, hit.end))
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
    return mentions


def _organization(doc: Document, record: ActorRecord, aliases: list[str], found: list[Mention]) -> Organization:
    """An Organization from its record, with what the text states about it (kind, founding, members)."""
    stated = doc.facts.get(record.id)
    return Organization(
        id=record.id,
        name=record.name,
        acronym=record.acronym,
        aliases=aliases,
        kind=(stated.kind if stated and stated.kind else record.kind),
        founded=(stated.founded if stated and stated.founded else record.founded),
        members=list(stated.members) if stated else [],
        evidence=[_cite(Evidence, doc.text, a, b) for a, b in dict.fromkeys(stated.evidence)] if stated else [],
        mentions=found,
    )
