"""Cascade level 4: readings become speech events, with targets, rebuttal decisions and claims.

- Targets are the actors of the phrases a reading is directed at or about, never the
  speaker; an actor named only as a place is no target.
- A denial, a rejection or a falsity judgment always rebuts. A counter-claim ("claims",
  "insists") or a response rebuts when the speaker is already rebutting, or answers an
  actor that targeted it before, or names whom it answers; otherwise it is a statement.
- Plain speech that calls what was said false ("not true", "lies") rebuts when its speaker
  had been targeted.
- A rebuttal's claims run from its verb (auxiliaries included) to the clause's end, plus
  the clauses of what it says; a speaker who only rebuts makes no statement, but
  accusations, warnings and demands made while rebutting are statements too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import attrs

from geostance._cascade.accounts import (
    blames_another,
    counter_fact,
    denies_the_thing,
    justified_deed,
    other_just_before,
    rumoured,
    self_negated,
)
from geostance._cascade.claims import claim_kind, split_claims
from geostance._cascade.perpetrators import charged_doer
from geostance._cascade.rebut import hearsay_in
from geostance._cascade.roles import cited_authors, denial_noun
from geostance._cascade.speakers import CHARGES, Speaker, document_key
from geostance._cascade.targets import (
    answered_actors,
    content_targets,
    phrase_actors,
    reading_targets,
    subject_s_own,
)
from geostance._cascade.vocab import vocabulary
from geostance._cascade.wording import (
    accusing_words,
    assures,
    judged_report,
    negated,
    obliges,
    obliges_another,
    own_affairs,
    quotable_words,
    rebutting_words,
)
from geostance._document import SpeechEvent
from geostance.model import Act

if TYPE_CHECKING:
    from geostance._cascade.reading import Reading
    from geostance._cascade.sentence import Sentence
    from geostance._cascade.speakers import Discourse
    from geostance._document import Document
    from geostance._segment import QuoteSpan

__all__ = ["EventMemory", "to_events"]

_ALWAYS = frozenset(["deny", "reject", "judge-said"])
Grounds = Literal["", "rebuts", "talked-of", "hearsay"]
"""Why a reading rebuts: not at all, on the usual grounds, only because the text spoke of its speaker, or as a
denial of hearsay (it answers nobody)."""
_STATEMENT_ACTS = frozenset([Act.DEMAND, Act.WARN, Act.ACCUSE, Act.SUPPORT])


@attrs.define
class EventMemory:
    """Who has rebutted and who has been targeted so far (for counter-claims and responses)."""

    rebutters: set[str] = attrs.Factory(set)
    speakers: set[str] = attrs.Factory(set)
    """Every actor that has made a statement so far."""
    targeted: dict[str, dict[str, None]] = attrs.Factory(dict)
    """Target -> the actors who targeted it, in order."""
    accused: dict[str, dict[str, None]] = attrs.Factory(dict)
    """Target -> the actors who accused or warned it, in order."""
    mentioned: dict[str, dict[str, None]] = attrs.Factory(dict)
    """Actor -> the speakers whose words named it (as a target, a modifier or a place), in order."""
    spoken_of: dict[str, dict[str, None]] = attrs.Factory(dict)
    """Actor -> the speakers whose words were about it (named, not as a place), in order."""
    first_named: dict[str, int] | None = None
    """Actor -> where the text first names it (by name, capital or demonym), built on first use."""

    last_rebutter: str | None = None
    rebuffed: set[str] = attrs.Factory(set)
    """Actors that accused or warned someone who has since rebutted: their counter answers back (ANSWER-BACK)."""
    pressing: set[str] = attrs.Factory(set)
    """Actors that demand, accuse or warn in the sentence being read."""


def spans_of(reading: Reading) -> list[tuple[int, int]]:
    """What a reading says: its reported content and its quotations."""
    return [*reading.content, *((q.start, q.end) for q in reading.quotes)]


def documents_in(sentence: Sentence, spans: list[tuple[int, int]], memory: Discourse) -> list[str]:
    """Authors of the documents named in what was said ("the resolution contained lies": the resolution's)."""
    out: list[str] = []
    for unit in sentence.units:
        if unit.tag != "O" or not any(a <= unit.start < b for a, b in spans):
            continue
        noun = unit.entry("noun")
        author = memory.documents.get(document_key(noun.lemma)) if noun is not None else None
        if author is not None:
            out += [author.actor, *(a for a, _ in author.joint)]
    return list(dict.fromkeys(out))


def _is_rebuttal(
    sentence: Sentence, reading: Reading, speaker: str, answered: list[str], *, state: EventMemory, memory: Discourse
) -> Grounds:
    """Whether a reading rebuts, and on what grounds (see the module docstring); "" when it does not."""
    if reading.rebut in _ALWAYS:
        # HEARSAY-THEN-DENIAL: "Posts claimed X's troops ... X denied it": what is denied is the posts' claim
        return "hearsay" if not answered and rumoured(sentence, speaker) else "rebuts"
    going_on = speaker == state.last_rebutter  # "Earlier, X, responding to Y, said ...": X's answer goes on
    spans = [*reading.content, *((q.start, q.end) for q in reading.quotes)]
    if not answered and not going_on and _told_earlier(sentence, reading) and not rebutting_words(sentence, spans):
        return ""  # EARLIER-WORDS: "Hours earlier, X said the boats ...": an account, no answer to what came before
    targeted_by = [a for a in state.targeted.get(speaker, {}) if a != speaker]
    accused_by = [a for a in state.accused.get(speaker, {}) if a != speaker]
    named_by = [a for a in state.mentioned.get(speaker, {}) if a != speaker]
    spoken_of_by = [a for a in state.spoken_of.get(speaker, {}) if a != speaker]
    if reading.rebut in ("counter", "respond"):
        if set(reading.acts) & _STATEMENT_ACTS:
            return ""
        if speaker in state.pressing and obliges(sentence, spans):
            return ""  # "urged Kabul to act, insisting that it must ...": pressing the other side, not answering
        reporting = reading.cue in vocabulary().reporting_counter  # "ISWAP claimed the attack": maybe no counter
        if reporting and _reports_attack(sentence, reading):
            return ""  # CLAIM-OF-ATTACK: a claim of an attack is a statement, even from an actor accused before
        # COUNTER-THE-MENTION: "X said Y's ships had ... Y countered that ...": Y answers words about it
        if bool(answered) or speaker in state.rebutters or bool(targeted_by) or bool(named_by):
            return "rebuts"
        if reading.rebut == "respond" and speaker in state.rebuffed:
            return "rebuts"  # ANSWER-BACK: "X hit back" after the one X accused rebutted it
        if (
            reading.rebut == "respond"
            and _replied_in_words(sentence, reading)
            and _charge_just_made(sentence, speaker, spans)
        ):
            return "rebuts"  # REPLY-TO-CHARGE: "X urged the EU not to sign. Y replied that the deal ..."
        if reporting and not _reports_no_attack(sentence, reading, speaker):
            return ""
        # TALKED-OF: "X insisted that ..." after the text spoke of X
        return "talked-of" if _talked_of(sentence, speaker, state) else ""
    if set(reading.acts) & {Act.DEMAND, Act.WARN}:
        # "urged the G7 to stop meddling in its internal affairs": a demand that rebuts
        return "rebuts" if any(own_affairs(sentence, speaker, a, b) for a, b in spans) else ""
    if reading.acts == [Act.ASSERT] and reading.construction.startswith(("SAY", "TELL", "ACCORDING-TO")):
        joint = reading.speaker is not None and bool(reading.speaker.joint)
        cited = reading.construction == "ACCORDING-TO"  # its own words must rebut: "According to X, ... a fabrication"
        if speaker == state.last_rebutter and not answered and not joint and not cited:
            return "rebuts"  # the rebutter goes on alone; speaking with others ("the two ministers affirmed") is new
        if any(own_affairs(sentence, speaker, a, b) for a, b in spans):
            return "rebuts"  # "China is opposed to interference ... in its domestic politics"
        rebutting = rebutting_words(sentence, spans)
        if rebutting == "denial" or (rebutting and (targeted_by or answered or accused_by or named_by)):
            return "rebuts"
        if rebutting and _names_a_claimant(sentence, reading, spans, speaker, state=state, memory=memory):
            return "rebuts"
        judged = judged_report(sentence, spans) if rebutting else None
        if judged is not None and _claimant_before(sentence, judged, speaker, memory) is not None:
            return "rebuts"  # "Beijing may repeat its baseless claims": an actor's claims judged false
        if rebutting and hearsay_in(sentence, spans):
            return "rebuts"  # "said reports of troop movements were false": a denial of hearsay
        if rebutting and _media_faulted(sentence, spans):
            return "hearsay"  # MISQUOTED: "said a television channel had misquoted its minister": answers nobody
        if judged is not None and _talked_of(sentence, speaker, state):
            return "talked-of"  # TALKED-OF: the text spoke of the speaker before; its words call a claim false
        # the accused says it did not, or assures it does not: a denial;
        # the party another's words were about (not as a place) says it did not, or assures it does not
        denies = bool(targeted_by or spoken_of_by) and (negated(sentence, spans) or assures(sentence, spans))
        if not denies and named_by and negated(sentence, spans) and self_negated(sentence, speaker, spans):
            return "rebuts"  # SELF-NEGATION: named by another, even as a place, it says it does not
        if not denies and reading.construction == "SAY" and counter_fact(sentence, speaker, spans, accused_by):
            return "rebuts"
        if not denies and accused_by and justified_deed(sentence, spans):
            return "rebuts"  # JUSTIFIED-DEED: the accused says "the measures were lawful"
        if not denies and (accused_by or targeted_by) and blames_another(sentence, speaker, spans):
            return "rebuts"  # CLEFT-COUNTER: the accused says "it was Y that opened fire"
        if not denies and negated(sentence, spans) and denies_the_thing(sentence, speaker, spans):
            return "rebuts"  # NEGATED-THING: "Houthis said they hit a ship ... X said the ship had not been hit"
        if not denies and negated(sentence, spans) and rumoured(sentence, speaker):
            return "hearsay"  # HEARSAY-THEN-DENIAL: "Posts claimed X's troops ... X said no operation took place"
        return "rebuts" if denies else ""
    return ""


_MEDIA_REACH = 4
"""How many words before a falsity word a media noun may stand as its subject ("a television channel had misquoted")."""


def _media_faulted(sentence: Sentence, spans: list[tuple[int, int]]) -> bool:
    """MISQUOTED: whether the words fault the press ("a channel had misquoted the minister", "media distorted").

    A media noun (grammar.json `media_nouns`) a few words before a falsity word, no actor named before it.
    """
    vocab = vocabulary()
    units = [u for u in sentence.units if any(a <= u.start < b for a, b in spans)]
    for k, unit in enumerate(units):
        if not any(e.kind == "judgment" and e.category == "falsity" for e in unit.entries):
            continue
        before = units[max(0, k - _MEDIA_REACH) : k]
        if any(u.low in vocab.media_nouns for u in before) and not any(u.tag in "AZ" for u in units[:k]):
            return True
    return False


def _replied_in_words(sentence: Sentence, reading: Reading) -> bool:
    """Whether a verb of answering reports words: "replied that ...", "retorted: '...'", not "reacted within hours"."""
    group = reading.group
    if group is None:
        return False
    after = sentence.tags[group.end : group.end + 1]
    return bool(reading.quotes) or (after != "" and after in "T:Q")  # "that" (a complementizer), ":", a quotation


def _charge_just_made(sentence: Sentence, speaker: str, spans: list[tuple[int, int]]) -> bool:
    """REPLY-TO-CHARGE: whether another actor's accusation, demand or warning ended the sentence before."""
    last = other_just_before(sentence, speaker, spans)
    return last is not None and last.sentence == sentence.index - 1 and bool(CHARGES.intersection(last.acts))


def _told_earlier(sentence: Sentence, reading: Reading) -> bool:
    """EARLIER-WORDS: whether the sentence sets the reading's words before what was reported ahead of it.

    A prior-time adverb (grammar.json `prior_time_adverbs`) before the verb or right after it: "Hours earlier,
    X wrote ...", "X had previously said ...", "X said earlier that ...".
    """
    group = reading.group
    if group is None:
        return False
    adverbs = vocabulary().prior_time_adverbs
    units = sentence.units
    reach = min(group.end + 1, len(units))
    return any(  # not a modifier after a determiner ("after an earlier incident")
        units[k].low in adverbs and (k == 0 or units[k - 1].tag not in "DS") for k in range(reach)
    )


def _reports_attack(sentence: Sentence, reading: Reading) -> bool:
    """Whether the words report an attack ("claimed the ambush", "claimed to have killed ... in a raid")."""
    spans = spans_of(reading)
    return any(
        unit.entry("attack") is not None for unit in sentence.units if any(a <= unit.start < b for a, b in spans)
    )


def _reports_no_attack(sentence: Sentence, reading: Reading, speaker: str) -> bool:
    """Whether a claim names no other actor and reports no attack.

    Such a claim may counter what was said of its speaker; a claim of an attack ("ISWAP claimed it killed ...",
    "claimed the operations") is a statement.
    """
    spans = spans_of(reading)
    if accusing_words(sentence, spans) or content_targets(sentence, spans, speaker):
        return False
    return not _reports_attack(sentence, reading)


def _talked_of(sentence: Sentence, speaker: str, state: EventMemory) -> bool:
    """Whether the text named the speaker before this sentence, by name, capital or demonym, in any voice."""
    if state.first_named is None:  # one pass over the mentions, then a lookup per question
        doc = sentence.doc
        state.first_named = {}
        for hit in sorted((*doc.hits, *doc.capitals, *doc.adjectives), key=lambda h: h.start, reverse=True):
            state.first_named[hit.actor] = hit.start
    return state.first_named.get(speaker, len(sentence.text)) < sentence.segment.start


def _claimant_before(sentence: Sentence, judged: tuple[int, int], speaker: str, memory: Discourse) -> str | None:
    """Whose claims a judged report noun means.

    The actor named as the subject or possessor just before it ("Beijing repeats its ...
    claims"); after a demonstrative ("these accusations are unfounded"), the last other speaker;
    after a described possessor ("the ministry's account"), the actor that role was last tied to.
    """
    doc = sentence.doc
    at, words_start = judged
    window = max(words_start, at - _CLAIMANT_REACH)  # within the words said: not the speaker's own subject
    named = sorted([*doc.hits_in(window, at), *doc.capitals_in(window, at)], key=lambda h: h.start)
    named = [h for h in named if h.actor != speaker and doc.record(h.actor) is not None]
    if named:
        return named[-1].actor
    before = sentence.text[window:at].split()
    other = memory.last_speaker if memory.last_speaker != speaker else None
    if before and before[-1].lower() in _DEMONSTRATIVES:
        return _recent_accuser(doc, speaker, _noun_act_at(sentence, at)) or other
    owner = next((w for w in reversed(before[-3:]) if w.endswith(("'s", "’s"))), None)
    if owner is not None:  # "the ministry's account was incorrect": the ministry last tied to an actor
        actor = memory.roles.get(owner[:-2].lower().strip("\"“”'’"))
        return actor if actor is not None and actor != speaker else other
    return None


def _recent_accuser(doc: Document, speaker: str, acts: list[Act]) -> str | None:
    """The author of the latest statement aimed at `speaker` among the last few ("the charge" is theirs).

    One that made the act the judged noun names comes first ("the allegations": an accusation, not a later call).
    """
    aimed = [
        e for e in doc.events[-_ACCUSER_REACH:] if e.speaker != speaker and not e.rebuttal and speaker in e.targets
    ]
    fitting = [e for e in aimed if set(acts) & set(e.acts)]
    found = (fitting or aimed)[-1:]
    return found[0].speaker if found else None


_ACCUSER_REACH = 6
"""How many of the latest events a judged "the charge" looks back through for a statement aimed at its speaker."""

_DEMONSTRATIVES = frozenset(["this", "these", "that", "those", "such", "the"])
"""Before a report noun, they point back at the claim just reported ("these accusations", "the claim that ...")."""


_CLAIMANT_REACH = 40
"""How far before a judged report (in characters) its claimant may be named."""


def _names_a_claimant(
    sentence: Sentence,
    reading: Reading,
    spans: list[tuple[int, int]],
    speaker: str,
    *,
    state: EventMemory,
    memory: Discourse,
) -> bool:
    """Whether words that call something false name another who spoke, cite its claim or its document."""
    if any(a in state.speakers for a in content_targets(sentence, spans, speaker)):
        return True
    if any(a != speaker for s, e in spans for a in cited_authors(sentence.doc, s, e)):
        return True
    return any(a != speaker for a in documents_in(sentence, reading.content, memory))


def _claims(sentence: Sentence, reading: Reading) -> list[tuple[int, int, object]]:
    doc = sentence.doc
    text = sentence.text
    out: list[tuple[int, int, object]] = []
    if reading.claim_start is not None and reading.group is not None:
        end = reading.evidence[1]
        for a, b in split_claims(text, reading.claim_start, end):
            out.append((a, b, claim_kind(doc, a, b)))
    elif reading.claim_start is not None:
        for a, b in split_claims(text, reading.claim_start, reading.evidence[1]):
            out.append((a, b, claim_kind(doc, a, b)))
    for start, end in [*reading.content, *((q.start, q.end) for q in reading.quotes)]:
        for a, b in split_claims(text, start, end):
            if not any(a < d and c < b for c, d, _ in out):
                out.append((a, b, claim_kind(doc, a, b)))
    out.sort(key=lambda c: c[0])
    return out


def to_events(sentence: Sentence, readings: list[Reading], memory: Discourse, state: EventMemory) -> list[SpeechEvent]:
    """The speech events of a sentence's readings (see the module docstring)."""
    events: list[SpeechEvent] = []
    main = readings[0].speaker.actor if readings and readings[0].speaker is not None else None
    state.pressing = {
        r.speaker.actor for r in readings if r.speaker is not None and set(r.acts) & {Act.DEMAND, Act.ACCUSE, Act.WARN}
    }
    for reading in readings:  # documents cited in the sentence ("the G7's joint statement") have spoken
        if reading.construction == "ISSUED-BY" and reading.speaker is not None:
            state.speakers.add(reading.speaker.actor)
    for reading in readings:
        speaker = reading.speaker
        if speaker is None or _empty(reading):
            continue
        if reading.rebut == "judge-said" and main == speaker.actor:
            earlier = next((e for e in events if e.speaker == main and e.rebuttal), None)
            framed = _framed_document(sentence, readings, main) if earlier is None else None
            if earlier is None and framed is None:
                # "condemned the strike, calling it 'a flagrant violation'": a judgment of a thing nobody here
                # said answers no one; its words are more of the speaker's statement (JUDGED-THING)
                reading.rebut, reading.answered, reading.acts = None, [], [Act.ASSERT]
                events.extend(_events_of(sentence, reading, speaker, memory, state=state, main=main))
                continue
            reading.rebut = "reject"  # "took exception to the statement, calling it 'ill-considered'"
            reading.answered = []
            made = _events_of(sentence, reading, speaker, memory, state=state, main=main)
            for event in made:
                event.objects = list(earlier.objects) if earlier is not None else [framed] if framed else []
            events.extend(made)
            continue
        if reading.deed and reading.perpetrator is None:  # CHARGED-DEED: "Z also condemned the strikes"
            before = [*sentence.doc.events[-8:], *events]
            reading.perpetrator = charged_doer(sentence, reading.deed, speaker.actor, before)
        made = _events_of(sentence, reading, speaker, memory, state=state, main=main)
        framed = _framed_document(sentence, readings, speaker.actor) if _rejects_it(sentence, reading) else None
        if framed is not None:  # "As for X's report, Y called it a lie"
            for event in made:
                event.objects = [framed]
        events.extend(made)
    return events


def _judged_acts(sentence: Sentence, reading: Reading) -> list[Act]:
    """JUDGED-NOUN-ACT: the act a report noun judged in the words names ("said the allegations were false": accuse).

    Linking then prefers the statement that made that act, as it does for "rejected the allegations".
    """
    judged = judged_report(sentence, spans_of(reading))
    return _noun_act_at(sentence, judged[0]) if judged is not None else []


def _noun_act_at(sentence: Sentence, at: int) -> list[Act]:
    """The charge a report noun at offset `at` names ("allegations": accuse, "call": demand), if any."""
    words = sentence.text[at : at + _NOUN_REACH].split()[:1]
    entries = vocabulary().lookup([w.strip(".,;:!?\"“”'’()").lower() for w in words], 0)[1] if words else ()
    return [Act(e.category) for e in entries if e.kind == "noun" and e.category in _CHARGE_NOUNS][:1]


_NOUN_REACH = 40
"""How many characters of a judged report noun are read for its word."""


_CHARGE_NOUNS = frozenset(["accuse", "demand", "warn", "assert"])
"""Report-noun categories a judged noun passes on to linking: "the reports were baseless" prefers a statement that
asserted something over a later call or expression of concern."""


def _rejects_it(sentence: Sentence, reading: Reading) -> bool:
    """Whether a rejection answers "it": "called it a lie" (read with no answered phrase), "rejects it as ..."."""
    if reading.rebut != "reject":
        return False
    if not reading.answered:
        return reading.construction == "CALL-X-Y"
    pronouns = [sentence.units[p.head].entry("pron") for p in reading.answered]
    return all(p is not None and p.category == "thing" for p in pronouns)


def _framed_document(sentence: Sentence, readings: list[Reading], main: str) -> str | None:
    """FRAMED-DOCUMENT: whose document, named in the sentence's topic frame, "it" judges.

    "Regarding the statement of the AES, the ministry rejects it as 'regrettable'": another
    actor's document named in an opening "Regarding / As for X," (grammar.json `topic_openers`)
    is what "it" stands for.
    """
    units, tags = sentence.units, sentence.tags
    lows = [u.low for u in units[:4]]
    if not any(tuple(lows[: len(o)]) == o for o in vocabulary().topic_openers) or "," not in tags:
        return None
    frame_end = units[tags.index(",")].start
    for reading in readings:
        if (
            reading.construction == "ISSUED-BY"
            and reading.speaker is not None
            and reading.speaker.actor != main
            and reading.cue_start < frame_end
        ):
            return reading.speaker.actor
    return None


def _empty(reading: Reading) -> bool:
    """A verb of speech with nothing said after or before it and no quotation ("went on to", "spoke")."""
    return reading.construction == "SAY" and not reading.content and not reading.quotes


def _events_of(
    sentence: Sentence, reading: Reading, speaker: Speaker, memory: Discourse, *, state: EventMemory, main: str | None
) -> list[SpeechEvent]:
    """The speech events of one reading: one, or one per actor of a joint speaker."""
    actor = speaker.actor
    if reading.rebut == "judge-said" and main is None:
        return []
    if reading.construction == "REQUEST" and _own_agents(sentence, reading, actor, memory):
        return []  # ORDER-OWN-AGENTS: "ordered its troops to withdraw" asks nobody else for anything
    co_speakers = {a for a, _ in speaker.joint}
    answered = _also_answered(sentence, reading, actor, state) or answered_actors(
        sentence, reading, memory, actor, main
    )
    grounds = _is_rebuttal(sentence, reading, actor, answered, state=state, memory=memory)
    rebuttal = bool(grounds)
    # what a counter-claim that rebuts nobody says is about its actors, as any assertion's is
    with_content = reading.rebut is None or not rebuttal
    found = reading_targets(sentence, reading, memory, actor, main, with_content=with_content)
    targets = [t for t in found if t not in co_speakers]
    reciprocal = bool(co_speakers) and _reciprocal(sentence, reading)
    if reciprocal:  # "A and B accused each other": each aims at the other
        targets = [*targets, *(a for a in co_speakers if a not in targets)]
        if rebuttal:
            answered = list(co_speakers)
    plain = not rebuttal and reading.acts == [Act.ASSERT] and targets and reading.rebut is None
    if plain and accusing_words(sentence, spans_of(reading)):  # "said Y had violated the ceasefire": accuses Y
        reading.acts = [Act.ACCUSE, Act.ASSERT]
    elif plain and obliges_another(sentence, reading.content):  # SAY-MUST: "said Y must withdraw": a demand of Y
        reading.acts = [Act.DEMAND, Act.ASSERT]
    unattributed = reading.unattributed
    named_only = False
    if grounds == "hearsay":
        unattributed = True  # HEARSAY-THEN-DENIAL: a denial of what posts or videos claimed answers nobody
    if rebuttal and not answered and reading.rebut is None:
        if actor not in state.targeted and hearsay_in(sentence, spans_of(reading)):
            unattributed = True  # nobody aimed at the speaker, "said reports of troop movements were baseless"
        answered, named_only = _named_in_words(sentence, reading, actor, state=state, memory=memory)
    acts = list(dict.fromkeys(reading.acts)) or ([] if rebuttal else [Act.ASSERT])
    event = SpeechEvent(
        sentence=sentence.index,
        speaker=actor,
        speaker_span=speaker.span,
        person_span=speaker.person,
        acts=acts,
        cue_start=reading.cue_start,
        rebuttal=rebuttal,
        quotes=list(reading.quotes),
        evidence=reading.evidence,
        targets=targets,
        content=list(reading.content),
        objects=answered,
        object_acts=list(reading.answered_acts) or (_judged_acts(sentence, reading) if rebuttal else []),
        topic_spans=[reading.evidence, *((q.start, q.end) for q in reading.quotes)],
        nominal=reading.construction == "NOMINAL-REBUTTAL",
        unattributed=unattributed,
        named_only=named_only,
        joint=(actor, *(a for a, _ in speaker.joint)) if speaker.joint else (),
        document=reading.construction == "ISSUED-BY",
        cue=reading.cue,
        rejects_denial=rebuttal and any(denial_noun(sentence, phrase.head) for phrase in reading.answered),
        rejects_count=rebuttal
        and any(sentence.units[p.head].low in vocabulary().count_nouns for p in reading.answered),
    )
    if rebuttal:
        event.claims = _claims(sentence, reading)  # type: ignore[assignment]
        event.also_statement = bool(set(acts) & _STATEMENT_ACTS) or any(
            quotable_words(sentence, q) for q in reading.quotes
        )
    _remember_event(state, event, sentence, chains=grounds != "talked-of")
    return [event, *_co_events(event, speaker, state, reciprocal=reciprocal)]


_AGENT_ROLES = frozenset(["agent"])


def _own_agents(sentence: Sentence, reading: Reading, actor: str, memory: Discourse) -> bool:
    """Whether every one asked is the speaker's own agents ("US troops", "its forces", "Russian soldiers")."""
    asked = [p for p in reading.objects if sentence.tags[p.head] == "R"]
    if not asked or len(asked) != len(reading.objects):
        return False
    for phrase in asked:
        role = sentence.units[phrase.head].entry("role")
        if role is None or role.category not in _AGENT_ROLES or role.lemma in vocabulary().own_people:
            return False  # "urged its citizens to leave": advice to its people, still a statement
        if not subject_s_own(sentence, phrase, reading) and [
            a for a, _, _ in phrase_actors(sentence, phrase, memory)
        ] != [actor]:
            return False
    return True


def _also_answered(sentence: Sentence, reading: Reading, speaker: str, state: EventMemory) -> list[str]:
    """ALSO-REJECTED: "Y also rejected it", "Y rejected them too": the claim the rebuttal just read rejected.

    A pronoun object of a rejection or denial with "also" or "too" beside it, right after another actor's
    rebuttal: the parties that rebuttal answers (else the one that last aimed at its speaker), not its speaker.
    """
    if reading.rebut not in ("reject", "deny") or reading.group is None or len(reading.answered) != 1:
        return []
    units = sentence.units
    phrase = reading.answered[0]
    if sentence.tags[phrase.head] != "H" or units[phrase.head].low not in ("it", "them"):
        return []
    group = reading.group
    near = {u.low for u in units[max(0, group.first - 2) : min(len(units), phrase.end + 2)]}
    if not near & vocabulary().also_words:
        return []
    events = sentence.doc.events
    last = events[-1] if events else None
    if last is None or not last.rebuttal or last.speaker == speaker or last.sentence < sentence.index - 1:
        return []
    aimed = (state.targeted, state.accused, state.spoken_of, state.mentioned)  # who aimed words at its speaker
    answered = last.objects or next((list(by[last.speaker])[-1:] for by in aimed if by.get(last.speaker)), [])
    return [a for a in answered if a not in (speaker, last.speaker)]


def _reciprocal(sentence: Sentence, reading: Reading) -> bool:
    """RECIPROCAL: whether a joint speaker's act is aimed at one another ("each other", "the other's")."""
    group = reading.group
    if group is None:
        return False
    units = sentence.units
    reciprocals = vocabulary().reciprocals  # grammar.json: "each other", "one another", "the other('s)"
    return any(
        (units[k].low, units[k + 1].low) in reciprocals for k in range(group.end, min(group.end + 3, len(units) - 1))
    )


def _named_in_words(
    sentence: Sentence, reading: Reading, actor: str, *, state: EventMemory, memory: Discourse
) -> tuple[list[str], bool]:
    """Whom plain words that rebut answer: the authors of the claims they cite, else the speakers they name.

    The flag tells the second kind: a speaker merely named may be the one answered or only a party talked about.
    """
    spans = spans_of(reading)
    cited = [a for s, e in spans for a in cited_authors(sentence.doc, s, e) if a != actor]
    cited += [a for a in documents_in(sentence, reading.content, memory) if a != actor]
    if cited:
        return list(dict.fromkeys(cited)), False
    judged = judged_report(sentence, spans)
    claimant = _claimant_before(sentence, judged, actor, memory) if judged is not None else None
    if claimant is not None:  # "Beijing keeps repeating baseless claims": Beijing's claims
        return [claimant], False
    subjects = _judged_subjects(sentence, reading, actor, state, memory)
    if subjects:  # JUDGED-SPEAKER: "said the US was in no position to lecture others": the US is answered
        return subjects, False
    named = [a for a in content_targets(sentence, spans, actor) if a in state.speakers]
    return named, bool(named)


_CLAUSE_OPENERS = frozenset("T\"'")
"""Tags read past before a content clause's subject: the complementizer "that" and quotation marks."""


def _judged_subjects(
    sentence: Sentence, reading: Reading, actor: str, state: EventMemory, memory: Discourse
) -> list[str]:
    """JUDGED-SPEAKER: earlier speakers that are the subject of a clause whose words rebut.

    "said Washington was in no position to lecture anyone", "said the EU was spreading lies": the subject's
    words are what is answered, not a party talked of ("said the dam had protected Sudan" answers no Sudan).
    """
    out: list[str] = []
    units = sentence.units
    for a, b in reading.content:
        k = next((i for i, u in enumerate(units) if u.start >= a), len(units))
        while k < len(units) and units[k].end <= b and sentence.tags[k] in _CLAUSE_OPENERS:
            k += 1
        phrase = sentence.phrase_starting(k)
        if phrase is None or sentence.tags[phrase.head] == "H" or not rebutting_words(sentence, [(a, b)]):
            continue  # a pronoun's referent is too uncertain to outrank the statements aimed at the rebutter
        for judged, _, _ in phrase_actors(sentence, phrase, memory):
            if judged != actor and judged in state.speakers and judged not in out:
                out.append(judged)
    return out


def _remember_event(state: EventMemory, event: SpeechEvent, sentence: Sentence, *, chains: bool = True) -> None:
    """Note who rebutted, who was aimed at and by whom, for the events still to come."""
    actor = event.speaker
    if event.rebuttal and not chains:
        return  # TALKED-OF: a rebuttal on weak grounds starts no chain of rebuttals
    if event.rebuttal:
        state.rebutters.add(actor)
        state.last_rebutter = actor
        state.rebuffed.update(a for a in state.accused.get(actor, {}) if a != actor)
    else:
        doc = sentence.doc
        for a, b in event.content:
            for hit in (*doc.hits_in(a, b), *doc.adjectives_in(a, b), *doc.capitals_in(a, b)):
                state.mentioned.setdefault(hit.actor, {})[actor] = None
        for about in content_targets(sentence, event.content, actor):
            state.spoken_of.setdefault(about, {})[actor] = None
        hostile = bool(set(event.acts) & {Act.ACCUSE, Act.WARN})
        aims = _aims(event)
        for target in event.targets:
            if aims:
                state.targeted.setdefault(target, {})[actor] = None
            if hostile:
                state.accused.setdefault(target, {})[actor] = None
        if state.last_rebutter == actor and event.acts != [Act.ASSERT]:
            state.last_rebutter = None
    state.speakers.add(actor)


def _aims(event: SpeechEvent) -> bool:
    """Whether an event aims at its targets: an accusation or warning does, and so does an act on one party.

    MEDIATOR-CALL: a call on several parties at once ("urged both sides to talk") aims at none of them.
    """
    return bool(set(event.acts) & {Act.ACCUSE, Act.WARN}) or len(event.targets) == 1


def _co_events(
    event: SpeechEvent, speaker: Speaker, state: EventMemory, *, reciprocal: bool = False
) -> list[SpeechEvent]:
    """A joint act is one event per actor, each cited by its own name (aimed at the others if reciprocal)."""
    out: list[SpeechEvent] = []
    joint = {a for a, _ in speaker.joint}
    everyone = [event.speaker, *joint]
    for co_actor, span in speaker.joint:
        others = [a for a in everyone if a != co_actor] if reciprocal else []
        targets = [t for t in event.targets if t != co_actor and (reciprocal or t not in joint)]
        out.append(
            attrs.evolve(
                event,
                speaker=co_actor,
                speaker_span=span,
                person_span=None,
                targets=[*targets, *(a for a in others if a not in targets)],
                objects=others if reciprocal and event.rebuttal else list(event.objects),
                quotes=list(event.quotes),
                claims=list(event.claims),
            )
        )
        if event.rebuttal:
            state.rebutters.add(co_actor)
        elif _aims(event):  # each co-actor aims as the joint act does
            for target in event.targets:
                state.targeted.setdefault(target, {})[co_actor] = None
    return out


def quotes_for(readings: list[Reading], quotes: list[QuoteSpan]) -> None:
    """Give each quotation to the reading whose verb comes before it (opening ones to the first).

    Readings of a noun (a document "by X", a nominal denial) take quotations only when the
    sentence has no verb of its own: "'...,' she said" is hers, not the document's.
    """
    verbal = [r for r in readings if r.group is not None]
    ordered = sorted(verbal or readings, key=lambda r: r.cue_start)
    if not ordered:
        return
    cues = [r.cue_start for r in readings]
    for quote in quotes:
        if any(quote.start <= cue < quote.end for cue in cues):
            continue  # 'that it "categorically rejects" ...': the quoted words are a reading's own verb
        owner = ordered[0]
        for reading in ordered:
            if reading.cue_start < quote.start:
                owner = reading
        owner.quotes.append(quote)
