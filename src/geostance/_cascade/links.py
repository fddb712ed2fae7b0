"""Cascade level 5: speech events become runs (statements and rebuttals), and rebuttals find what they answer.

Runs:

- consecutive statement events of one speaker form one statement, unless a sentence
  opens a new occasion ("In recent years, ...", "Earlier, ...") or another speaker's
  event comes between them (the co-speakers of one joint act do not count as between);
- consecutive rebuttal events of one speaker against the same party form one rebuttal;
  after other speakers, a rebuttal event that names another party, or that follows a new
  charge, call, warning or claim aimed at the rebutter in a later sentence, starts a new
  rebuttal (not the charge told inside the denial's own sentence: CHARGE-TOLD-INSIDE; not a
  third party's concern or support: PRESSED-AGAIN; not a charge by a party the open rebuttal
  already answers by name: ANSWERED-AHEAD); documents named in passing interrupt nobody;
- a document "issued by X" joins X's nearest other statement;
- a plain assertion of a rebutter next to its rebuttal (within `RUN_REACH` sentences, with
  no other speaker between), about nobody but the parties it answers, is one more claim of
  that rebuttal, not a statement: "X denied the report. Its spokesman said the border was
  calm." (ANNOTATION: a run of sentences by one rebutter is one rebuttal with several
  claims). Quoted assertions stay statements; the rebuttal cites their clauses as claims.

Links, for each rebuttal, first rule that gives an answer:

1. the actors it names as answered (the possessor or author of the claim it rejects, the
   actor it hits back at): their nearest statements, else the claim as they made it
   (an implicit statement); actors its words only talk about yield to rule 3 when a
   statement was aimed at the rebutter (NAMED-IN-PASSING); co-rebutters of a joint
   rebuttal never answer one another (JOINT-REBUTTAL);
2. none, for a past denial reported as a noun or a denial of unattributed reports;
3. a statement aimed at the rebutter later in the rebuttal's own sentence ("denied the
   shooting, which the police had blamed on the group"); else the latest earlier
   statement aimed at the rebutter (preferring one whose act the rebuttal names:
   "dismissed the warning"), with its joint co-speakers;
4. the latest earlier statement whose act the rebuttal names ("rejected the call");
5. an actor named in the rebuttal's own words whose claim it cites ("the information
   spread by X ... is a lie"); else, right after another speaker's rebuttal of the
   rebutter's words, what that rebuttal said (COUNTER-CHARGE);
6. the first later statement aimed at the rebutter (news often leads with the denial), past the
   lead only when no earlier statement's words named the rebutter (LEAD-REBUTTAL);
7. the latest earlier statement whose words named the rebutter (not a joint act it made itself);
8. the last other speaker before it.

Only statements within `ANSWER_REACH` characters, and at most `ANSWER_COUNT` on each
side, are considered, so linking stays linear in the length of one huge text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs

from geostance._cascade.claims import claim_kind, split_claims
from geostance._cascade.roles import cited_authors
from geostance._cascade.vocab import vocabulary
from geostance.gazetteer import DE_FACTO_AUTHORITY
from geostance.model import Act, ClaimKind

if TYPE_CHECKING:
    from geostance._document import Document, SpeechEvent
    from geostance.model import Statement

__all__ = ["ANSWER_REACH", "Linker", "Run", "runs"]


@attrs.define
class Run:
    """Events of one speaker that make one statement or one rebuttal."""

    speaker: str
    events: list[SpeechEvent]
    rebuttal: bool
    objects: list[str]
    extra_claims: list[tuple[int, int, ClaimKind]] = attrs.Factory(list)
    """Claims a rebuttal cites from its speaker's quoted assertions, which stay statements."""
    named_only: bool = False
    """Its objects are only actors its words named (see `SpeechEvent.named_only`)."""


def runs(doc: Document) -> list[Run]:
    """Group the document's events into statement and rebuttal runs (see the module docstring)."""
    out: list[Run] = []
    open_statement: dict[str, Run] = {}
    open_rebuttal: dict[str, Run] = {}
    last_speaker: str | None = None
    last_joint: tuple[str, ...] = ()
    aimed: set[str] = set()  # speakers with an open rebuttal that another's statement has since aimed at
    rebutted: dict[str, Run] = {}  # each speaker's last rebuttal run so far
    by_sentence: dict[int, list[SpeechEvent]] = {}  # per sentence, its first `_ENCLOSING_REACH` acts
    for event in doc.events:
        near = by_sentence.setdefault(event.sentence, [])
        if len(near) < _ENCLOSING_REACH:
            near.append(event)
    for event in doc.events:
        if event.nominal:  # a reported past denial does not interrupt anyone's statement
            earlier = rebutted.get(event.speaker)
            if earlier is not None:  # DENIAL-NAMED-AGAIN: "a further denial from X" after X rebutted is that rebuttal
                if not _object_of_another(event, by_sentence[event.sentence]):  # "dismissed X's denial": only named
                    earlier.events.append(event)
                continue
            rebutted[event.speaker] = Run(event.speaker, [event], rebuttal=True, objects=[])
            out.append(rebutted[event.speaker])
            continue
        sentence = doc.sentences[event.sentence]
        new_occasion = event.sentence in doc.turn_starts or bool(
            doc.lexicon.new_occasion.match(doc.text, sentence.start, sentence.end)
        )
        interrupts = not event.document  # a document named in passing ("rejected the UN report") interrupts nobody
        if (
            interrupts
            and last_speaker != event.speaker
            and not (event.speaker in last_joint and event.joint == last_joint)
        ):
            open_statement.clear()  # another speaker intervenes (the co-speakers of one joint act do not)
            if event.rebuttal is False:
                open_rebuttal.pop(event.speaker, None)
        if event.rebuttal:
            if event.speaker in aimed and not event.objects:
                open_rebuttal.pop(event.speaker, None)  # a new accusation came since: this answers it
            aimed.discard(event.speaker)
            # ANSWERED-BACK: a rebuttal aimed at an open rebutter is new matter that rebutter may answer anew
            aimed.update(o for o in event.objects if o != event.speaker and o in open_rebuttal)
            shifted = bool(vocabulary().topic_shift.match(doc.text, sentence.start, sentence.end))
            _add_rebuttal(out, open_rebuttal, event, resumed=last_speaker != event.speaker or shifted)
            rebutted[event.speaker] = open_rebuttal[event.speaker]
            open_statement.pop(event.speaker, None)
        elif interrupts and set(event.acts) & _PRESSING:
            # TOLD-INSIDE: the charge told in the denial's own sentence is what it answers, no new one;
            # PRESSED-AGAIN: only a charge, call, warning or claim since opens a new answer, not concern or support
            aimed.update(
                t
                for t in event.targets
                if t in open_rebuttal
                and t != event.speaker
                and event.sentence > open_rebuttal[t].events[-1].sentence
                and event.speaker not in open_rebuttal[t].objects  # ANSWERED-AHEAD: already answered in the lead
            )
        if not event.rebuttal or event.also_statement:
            current = open_statement.get(event.speaker)
            if current is not None and not new_occasion:
                current.events.append(event)
            else:
                current = Run(event.speaker, [event], rebuttal=False, objects=[])
                out.append(current)
                open_statement[event.speaker] = current
        if interrupts:
            last_speaker = event.speaker
            last_joint = event.joint
    return _absorb_assertions(doc, _fold_documents(out))


_PRESSING = frozenset([Act.ACCUSE, Act.DEMAND, Act.WARN, Act.ASSERT])
"""Acts of a statement aimed at a rebutter that it may answer anew (PRESSED-AGAIN); concern and support are not."""


def _object_of_another(event: SpeechEvent, same_sentence: list[SpeechEvent]) -> bool:
    """Whether a nominal rebuttal stands inside another speaker's act in its sentence ("dismissed X's denial")."""
    at = event.evidence[0]
    return any(
        other.speaker != event.speaker and not other.nominal and other.evidence[0] <= at < other.evidence[1]
        for other in same_sentence
    )


_ENCLOSING_REACH = 8
"""How many acts of a sentence are looked at for one holding a nominal rebuttal as its object (huge sentences)."""


def _add_rebuttal(out: list[Run], open_rebuttal: dict[str, Run], event: SpeechEvent, *, resumed: bool) -> None:
    """Add a rebuttal event to its speaker's open run, or open a new one when it answers another party.

    A run that named nobody takes the parties a following event names, unless others spoke in
    between or the event's sentence turns to another matter (`resumed`; TOPIC-SHIFT: "Elsewhere in his
    remarks, X dismissed Y's accusations"): "Responding to the US statement, X said ..." later answers the US alone.
    """
    current = open_rebuttal.get(event.speaker)
    if current is not None and _hearsay_apart(current, event):
        current = None
    adopts = not current.objects and not resumed if current is not None else False
    if current is not None and (not event.objects or set(event.objects) & set(current.objects) or adopts):
        current.events.append(event)
        if event.objects and not current.objects:
            current.named_only = event.named_only
        current.objects += [o for o in event.objects if o not in current.objects]
        return
    current = Run(event.speaker, [event], rebuttal=True, objects=list(event.objects), named_only=event.named_only)
    out.append(current)
    open_rebuttal[event.speaker] = current


def _hearsay_apart(current: Run, event: SpeechEvent) -> bool:
    """HEARSAY-APART: a later sentence's denial of unattributed reports is a rebuttal of its own, answering nobody.

    "X rejected Y's charge. ... It also dismissed reports in the Z press that ...": not more of the answer to Y;
    in the same sentence ("denied the charge, calling reports of the attack fabricated") it still is.
    """
    return event.unattributed and not current.events[0].unattributed and event.sentence > current.events[-1].sentence


def _fold_documents(found: list[Run]) -> list[Run]:
    """Fold documents "issued by" an actor into that actor's nearest other statement (found by bisection)."""
    statements: dict[str, list[Run]] = {}
    for run in found:
        if not run.rebuttal and not all(e.document for e in run.events):
            statements.setdefault(run.speaker, []).append(run)  # in text order
    starts = {speaker: [r.events[0].sentence for r in runs_] for speaker, runs_ in statements.items()}
    grown: dict[int, Run] = {}
    out: list[Run] = []
    for run in found:
        if not run.rebuttal and all(e.document for e in run.events) and run.speaker in statements:
            others = statements[run.speaker]
            sentence = run.events[0].sentence
            at = bisect.bisect_left(starts[run.speaker], sentence)
            near = others[max(0, at - 1) : at + 1]
            nearest = min(near, key=lambda r: abs(r.events[0].sentence - sentence))
            nearest.events.extend(run.events)
            grown[id(nearest)] = nearest
            continue
        if not run.rebuttal and all(
            e.document and not e.content and not e.quotes and not e.targets for e in run.events
        ):
            continue
        out.append(run)
    for run in grown.values():  # in reading order: a statement's own first words stay its citation
        run.events.sort(key=lambda e: (e.sentence, e.cue_start))
    return out


RUN_REACH = 2
"""How many sentences before or after a rebuttal its speaker's plain assertions still belong to it."""
_NEIGHBOUR_COUNT = 16
"""At most this many events on each side are looked at, so that one huge sentence stays linear."""


def _absorb_assertions(doc: Document, found: list[Run]) -> list[Run]:
    """Make each rebutter's plain assertions next to its rebuttal claims of that rebuttal.

    An assertion belongs to a rebuttal when it is the same speaker's, asserts and nothing else
    (an accusation, warning or demand made while rebutting stays a statement), is about nobody
    but the parties the rebuttal answers, and lies within `RUN_REACH` sentences of one of the
    rebuttal's events with no other speaker's event between.
    """
    events = doc.events
    order = {id(e): i for i, e in enumerate(events)}
    owner = {id(e): run for run in found if not run.rebuttal for e in run.events}
    moved = False
    for run in found:
        if not run.rebuttal or run.events[0].nominal or run.events[0].unattributed:
            continue
        for event in [n for e in run.events for n in _neighbours(events, order[id(e)], e, owner)]:
            statement = owner.get(id(event))
            if statement is None or not set(event.targets) <= {*run.objects, *_home(doc, run.speaker)}:
                continue  # taken by another rebuttal, or about a third party: a statement of its own
            claims = [(a, b, claim_kind(doc, a, b)) for x, y in event.content for a, b in split_claims(doc.text, x, y)]
            if event.quotes:  # quoted words stay the statement's quotations; the rebuttal cites them as claims
                run.extra_claims.extend(claims)
                continue
            del owner[id(event)]
            statement.events.remove(event)
            event.claims = claims
            run.events.append(event)
            moved = True
        run.events.sort(key=lambda e: (e.sentence, e.cue_start))
    return [run for run in found if run.events] if moved else found


def _home(doc: Document, speaker: str) -> tuple[str, ...]:
    """The state a group governs or is based in: a rebutter speaking of it speaks of itself."""
    record = doc.record(speaker)
    if record is None or record.type != "group" or record.kind != DE_FACTO_AUTHORITY or not record.based_in:
        return ()
    return (record.based_in,)


def _neighbours(events: list[SpeechEvent], at: int, event: SpeechEvent, owner: dict[int, Run]) -> list[SpeechEvent]:
    """The plain assertions of `event`'s speaker on each side of it, until another speaker or `RUN_REACH`."""
    out: list[SpeechEvent] = []
    for step in (-1, 1):
        i = at + step
        while 0 <= i < len(events) and abs(i - at) <= _NEIGHBOUR_COUNT:
            other = events[i]
            if abs(other.sentence - event.sentence) > RUN_REACH:
                break
            if other.speaker != event.speaker and not (other.document or other.nominal):
                break
            # an assertion with no words of its own in the rebuttal's sentence only frames it ("issued a statement
            # on Monday denying ..."): the rebuttal's too (DOCUMENT-OF-DENIAL)
            framing = other.sentence == event.sentence and not other.quotes
            plain = other.acts == [Act.ASSERT] and (bool(other.content) or framing)
            if other.speaker == event.speaker and id(other) in owner and plain:
                out.append(other)
            i += step
    return out


ANSWER_REACH = 20_000
"""How far before or after a rebuttal (in characters) the statements it answers are looked for."""
ANSWER_COUNT = 64
"""At most this many statements on each side of a rebuttal are looked at (far more than a news article holds),
so that linking stays linear in the number of statements of one huge text."""


_ECHO_MIN = 2
"""How many content words a rebuttal must share with one accusation to answer it over a later one."""
_STEM = 5
"""Letters of a word compared: "violation" and "violating", "commitments" and "committed" alike."""
_WORD = re.compile(r"\b[a-z][a-z-]{4,}\b")


def _gives_a_count(statement: Statement) -> bool:
    """Whether a statement's words hold a number: digits or a number word (grammar.json `numbers`)."""
    vocab = vocabulary()
    words = [w.strip(".,;:\"'()") for w in _said_words(statement).lower().split()]
    return any(
        any(c.isdigit() for c in w) or any(e.kind == "number" for e in vocab.lookup(words, k)[1])
        for k, w in enumerate(words)
    )


def _said_words(statement: Statement) -> str:
    """A statement's evidence and quotations."""
    return " ".join([*(x.text for x in statement.evidence), *(q.text for q in statement.quotes)])


def _stems(text: str) -> set[str]:
    """The lower-case content words of a text, cut to a common stem (names, being capitalised, are left out)."""
    common = vocabulary().echo_stopwords
    return {w[:_STEM] for w in _WORD.findall(text) if w not in common}


def _start(statement: Statement) -> int:
    """Where a statement starts in the text: its speaker's mention or its first evidence."""
    return min([statement.speaker_text.span.start, *(e.span.start for e in statement.evidence)])


Implicit = Callable[["SpeechEvent", str, "tuple[int, int] | None"], "Statement"]
"""Makes the statement a rebuttal answers when the article reports it only there (first event, actor, span)."""


class Linker:
    """Finds the statements each rebuttal answers (see the module docstring)."""

    def __init__(self, doc: Document, statements: list[Statement], joint: dict[str, tuple[str, ...]]) -> None:
        self.doc = doc
        self.joint = joint
        self._starts: list[int] = []
        self._statements: list[Statement] = []
        for statement in statements:
            self.add(statement)
        self._rebutters: list[tuple[Run, set[str]]] = []
        """Rebuttal runs answered so far, in text order, with the speakers each answered."""

    def add(self, statement: Statement) -> None:
        """Index one more statement (an implicit one found while linking)."""
        start = _start(statement)
        at = bisect.bisect_right(self._starts, start)
        self._starts.insert(at, start)
        self._statements.insert(at, statement)

    def around(self, offset: int) -> list[Statement]:
        """The statements near `offset`, in the order they were made.

        The statements starting within `ANSWER_REACH` of `offset` (at most `ANSWER_COUNT` on each side), in
        the order they were made.
        """
        at = bisect.bisect_left(self._starts, offset)
        lo = max(bisect.bisect_left(self._starts, offset - ANSWER_REACH), at - ANSWER_COUNT)
        hi = min(bisect.bisect_right(self._starts, offset + ANSWER_REACH), at + ANSWER_COUNT)
        return sorted(self._statements[lo:hi], key=lambda s: int(s.id[1:]))

    def answers(self, run: Run, implicit: Implicit) -> list[str]:
        """The ids of the statements a rebuttal run answers."""
        found = self._answers(run, implicit)
        speaker_of = {s.id: s.speaker for s in self._statements}
        self._rebutters.append((run, {speaker_of[i] for i in found if i in speaker_of}))
        return found

    def _answers(self, run: Run, implicit: Implicit) -> list[str]:
        first = run.events[0]
        around = self.around(first.cue_start)
        # NAMED-IN-PASSING: actors the rebuttal's words only name yield to an earlier statement aimed at the rebutter
        passing = run.named_only and any(
            s.speaker != run.speaker and _start(s) < first.cue_start and run.speaker in s.targets for s in around
        )
        if run.objects and not passing:
            return self._named(run, around, implicit)
        allies = set(first.joint)  # JOINT-REBUTTAL: co-rebutters answer the same party, not one another
        around = [s for s in around if s.speaker not in allies]
        if first.nominal or first.unattributed:
            return []
        sentence_end = self.doc.sentences[first.sentence].end
        here = [
            s
            for s in around
            if s.speaker != run.speaker and first.cue_start < _start(s) < sentence_end and run.speaker in s.targets
        ]
        if here:  # "denied the shooting, which the police had blamed on the group": the accuser named right there
            return self._with_co_speakers(here[0], here)
        before = [s for s in around if s.speaker != run.speaker and _start(s) < first.cue_start]
        counted = [s for s in before if _gives_a_count(s)] if first.rejects_count else []
        if counted:  # COUNT-ANSWERED: "dismissed the figures": the latest statement that gave a number
            return self._with_co_speakers(counted[-1], counted)
        if first.rejects_denial:  # DENIAL-REJECTED: "brushed the denial aside": the last denial of it
            countered = self._counter_charge(run, [], implicit)
            if countered:
                return countered
        wanted = set(first.object_acts)
        aimed = [s for s in before if run.speaker in s.targets]
        if aimed:
            pool = [s for s in aimed if wanted & set(s.acts)] or self._charged(aimed, wanted) or aimed
            return self._with_co_speakers(self._echoed(run, pool) or pool[-1], pool)
        matching = [s for s in before if wanted & set(s.acts)]
        # NAMING-FIRST: of those, the ones whose words named the rebutter ("servers in China": China answers them)
        matching = [s for s in matching if self._names(s, run.speaker)] or matching
        if matching:  # "rejected the call": the latest earlier statement that made a call
            return self._with_co_speakers(matching[-1], matching)
        cited = self._cited(run, around, implicit)
        if cited:
            return cited
        countered = self._counter_charge(run, before, implicit)
        if countered:
            return countered
        # news often leads with the rebuttal: the first later statement aimed at the rebutter; past the lead, an
        # earlier statement whose words named the rebutter comes first (LEAD-REBUTTAL)
        later = [s for s in around if s.speaker != run.speaker and _start(s) > first.cue_start]
        aimed_later = [s for s in later if run.speaker in s.targets]
        # not a joint act the rebutter made with another ("objections from Beijing and Abu Dhabi")
        naming = [s for s in before if self._names(s, run.speaker) and run.speaker not in self.joint.get(s.id, ())]
        in_lead = self.doc.sentences[first.sentence].paragraph == 0
        if aimed_later and (not wanted or not before) and (in_lead or not naming):
            return [aimed_later[0].id]
        if naming:  # NAMED-BEFORE: the latest earlier statement whose words named the rebutter
            return self._with_co_speakers(naming[-1], naming)
        if before:
            return self._with_co_speakers(before[-1], before)
        return []

    @staticmethod
    def _charged(aimed: list[Statement], wanted: set[Act]) -> list[Statement]:
        """CHARGE-NOT-CALL: "refuted the charge" answers what was asserted of the rebutter, not a later call.

        Charges and claims answer one another: when the rebutted noun is an accusation and no statement accused
        the rebutter, the statements that asserted something of it are what it answers; when it is a claim and
        none asserted, the statements that accused it. A demand or a warning made since is neither.
        """
        kin = {Act.ACCUSE: Act.ASSERT, Act.ASSERT: Act.ACCUSE}
        other = {kin[act] for act in wanted if act in kin}
        return [s for s in aimed if other & set(s.acts)]

    def _echoed(self, run: Run, pool: list[Statement]) -> Statement | None:
        """ANSWER-BY-ECHO: the one statement whose words the rebuttal's claims take up, if one stands out.

        "Kuwait called the bill 'a violation of Iraq's commitments'. ... The GCC backed Kuwait. ... Iraq rejected
        the suggestion that it was violating its commitments": the claim echoes Kuwait's words, not the GCC's.
        """
        text = self.doc.text
        claimed = _stems(" ".join(text[a:b] for e in run.events for a, b, _ in e.claims))
        if not claimed:
            return None
        for words in (_said_words, self._words_of):  # its own words first, then the sentences reporting them
            scores = [(len(claimed & _stems(words(s))), n) for n, s in enumerate(pool)]
            best = max(scores)
            if best[0] >= _ECHO_MIN and sum(1 for score, _ in scores if score == best[0]) == 1:
                return pool[best[1]]
        return None

    def _words_of(self, statement: Statement) -> str:
        """The sentences a statement's evidence stands in, and its quotations: what its speaker was reported saying."""
        doc = self.doc
        parts = [q.text for q in statement.quotes]
        for evidence in statement.evidence:
            at = doc.sentence_at(evidence.span.start)
            if at >= 0:
                parts.append(doc.text[doc.sentences[at].start : doc.sentences[at].end])
        return " ".join(parts)

    def _names(self, statement: Statement, actor: str) -> bool:
        """Whether a statement's evidence or quotations name `actor` (by name, capital or demonym)."""
        doc = self.doc
        spans = [(e.span.start, e.span.end) for e in statement.evidence]
        spans += [(q.span.start, q.span.end) for q in statement.quotes]
        return any(
            hit.actor == actor
            for a, b in spans
            for hit in (*doc.hits_in(a, b), *doc.adjectives_in(a, b), *doc.capitals_in(a, b))
        )

    def _counter_charge(self, run: Run, before: list[Statement], implicit: Implicit) -> list[str]:
        """COUNTER-CHARGE: the rebuttal of the rebutter just before ("Y denied it, saying X wanted ..."; X rejects).

        When another speaker's latest rebuttal answered this rebutter, came after every earlier statement, and lies
        within reach, what that rebuttal said is what this one answers: its last words, as that speaker's statement.
        """
        first = run.events[0]
        latest = max((_start(s) for s in before), default=-1)
        for other, answered in reversed(self._rebutters):
            start = other.events[0].cue_start
            if start >= first.cue_start or start <= latest or first.cue_start - start > ANSWER_REACH:
                continue
            if other.speaker == run.speaker or run.speaker not in answered:
                continue
            made = implicit(first, other.speaker, other.events[-1].evidence)
            self.add(made)
            return [made.id]
        return []

    def _named(self, run: Run, around: list[Statement], implicit: Implicit) -> list[str]:
        first = run.events[0]
        out: list[str] = []
        for actor in run.objects:
            theirs = [s for s in around if s.speaker == actor]
            earlier = [s for s in theirs if _start(s) < first.cue_start]
            if earlier or theirs:
                out.append((earlier or theirs)[-1 if earlier else 0].id)
                continue
            made = implicit(first, actor, self._claim_naming(run, actor))
            self.add(made)
            out.append(made.id)
        return out

    def _claim_naming(self, run: Run, actor: str) -> tuple[int, int] | None:
        """The first claim of the run that names `actor`: where the answered statement is reported."""
        for event in run.events:
            for a, b, _ in event.claims:
                if any(h.actor == actor for h in self.doc.hits_in(a, b)):
                    return a, b
        return None

    def _with_co_speakers(self, latest: Statement, pool: list[Statement]) -> list[str]:
        """The statements in `pool` of the latest one's speaker and of its joint co-speakers in that act."""
        group = self.joint.get(latest.id, ())
        speakers = set(group) or {latest.speaker}
        return [s.id for s in pool if s.speaker in speakers] or [latest.id]

    def _cited(self, run: Run, around: list[Statement], implicit: Implicit) -> list[str]:
        """Statements of the actor the rebuttal's words name; or that actor's claim as the rebuttal cites it."""
        named = self._named_in_claims(run)
        if named is None:
            return []
        theirs = [s.id for s in around if s.speaker == named]
        if theirs:
            return theirs
        cited = next(((a, b) for e in run.events for a, b, _ in e.claims if self._claim_of(a, b, named)), None)
        if cited is None:
            return []
        made = implicit(run.events[0], named, cited)
        self.add(made)
        return [made.id]

    def _named_in_claims(self, run: Run) -> str | None:
        """The first actor other than the rebutter named in the rebuttal's sentences (not as a place)."""
        doc = self.doc
        for event in run.events:
            sentence = doc.sentences[event.sentence]
            for hit in doc.hits_in(event.cue_start, sentence.end):
                record = doc.record(hit.actor)
                if hit.actor == run.speaker or record is None or record.type == "group":
                    continue
                if vocabulary().answer_place_before.search(doc.text, max(0, hit.start - 30), hit.start):
                    continue
                return hit.actor
        return None

    def _claim_of(self, start: int, end: int, actor: str) -> bool:
        """Whether `text[start:end]` cites a claim of `actor`: "information spread by X", "X's statement"."""
        return actor in cited_authors(self.doc, start, end)
