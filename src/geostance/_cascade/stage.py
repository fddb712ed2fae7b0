"""The relation layer as a pipeline stage: read every sentence in order, fill `doc.events`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geostance._cascade.anaphora import gathering_named_host, unit_actor
from geostance._cascade.claims import claim_kind, split_claims
from geostance._cascade.clauses import subject_after_participle
from geostance._cascade.described import learn_descriptions
from geostance._cascade.events import EventMemory, quotes_for, to_events
from geostance._cascade.nominal import response_note
from geostance._cascade.phrases import Phrase
from geostance._cascade.reader import read_sentence
from geostance._cascade.roles import author_of
from geostance._cascade.sentence import Sentence, windows
from geostance._cascade.speakers import (
    Discourse,
    Speaker,
    analyst,
    document_key,
    learn_inserted_agents,
    learn_people,
    resolve,
)
from geostance._cascade.turns import Turns, turn_reading
from geostance._cascade.verbless import attributed_by, verbless_judgment
from geostance._cascade.vocab import vocabulary
from geostance.model import Act

if TYPE_CHECKING:
    from geostance._cascade.reading import Reading
    from geostance._document import Document, SpeechEvent
    from geostance._segment import QuoteSpan

__all__ = ["attribute"]


def _continue(doc: Document, event: SpeechEvent, quotes: list[QuoteSpan]) -> None:
    """A sentence that only quotes: more words of the last speaker (claims too, if it was rebutting)."""
    last = event.quotes[-1].start if event.quotes else -1
    new = [q for q in quotes if q.start > last]
    event.quotes.extend(new)
    if event.rebuttal:
        for quote in new:
            event.claims.extend(
                (a, b, claim_kind(doc, a, b)) for a, b in split_claims(doc.text, quote.start, quote.end)
            )


def _answers(sentence: Sentence, event: SpeechEvent, answered: Phrase, memory: Discourse) -> None:
    """Make the event just read a rebuttal of the answered phrase's author (its claims are its words)."""
    doc = sentence.doc
    phrase = author_of(sentence, answered) or [answered]
    actors: list[str] = []
    for part in phrase:
        found = resolve(sentence, part, memory)
        if found is not None:
            actors += [a for a in (found.actor, *(j for j, _ in found.joint)) if a != event.speaker and a not in actors]
    if not actors:
        return
    event.objects = actors
    if event.rebuttal:
        return  # ANSWERING-LATER: a denial already read keeps its claims; it now answers these actors
    event.rebuttal = True
    event.also_statement = bool(set(event.acts) - {Act.ASSERT})
    event.claims = [
        (a, b, claim_kind(doc, a, b))
        for start, end in [*event.content, *((q.start, q.end) for q in event.quotes)]
        for a, b in split_claims(doc.text, start, end)
    ]


def _notice_subject(sentence: Sentence, memory: Discourse) -> None:
    """Remember who opens a sentence, for pronouns that follow.

    A person or an actor opening a sentence is who "he", "she", "it" or "its" will mean next, even if it
    said nothing here ("Russia took a different line. Its envoy ...").
    """
    opening = _STAMP.match(sentence.tags)  # "11:45 WAT - Mali's army chief ...": a live blog's stamp
    start = opening.end() if opening is not None else 0
    phrase = next((p for p in sentence.phrases if p.first >= start), None)
    if phrase is None or phrase.first != start:
        return
    tags = sentence.tags
    if (tags[phrase.head] not in "APZR" and not _known_surname(sentence, phrase, memory)) or phrase.last >= len(tags):
        return
    closes_apposition = phrase.apposition is not None and tags[phrase.last] == ","  # "Name, X's envoy, arrived"
    if tags[phrase.last] in ",;:(" and not closes_apposition and not _relative_follows(sentence, phrase.last):
        return
    found = resolve(sentence, phrase, memory)
    if found is None:
        return
    if found.person is not None or found.personal:  # "The Chinese delegate was sharper. ..., he said": the delegate
        memory.last_person, memory.last_person_at = found.actor, found.span[0]
        memory.silent_person = False
    else:
        memory.last_speaker = found.actor
        memory.last_group = [found.actor, *(a for a, _ in found.joint)]


def _opening_person(sentence: Sentence, memory: Discourse) -> Speaker | None:
    """A person the text named before opening the sentence as its subject ("Sadykov was blunt when ...")."""
    phrase = sentence.phrase_starting(0)
    if phrase is None or not _known_surname(sentence, phrase, memory):
        return None
    return resolve(sentence, phrase, memory)


def _known_surname(sentence: Sentence, phrase: Phrase, memory: Discourse) -> bool:
    """Whether a capitalised word opening the sentence is a person the text named before ("Sadykov was ...")."""
    head = sentence.units[phrase.head]
    return head.tag == "K" and memory.person_actor(sentence.text[head.start : head.end])[0]


_STAMP = re.compile(r"9(?::9)?[K_]?-")
"""The tags of a time stamp opening a live blog's entry ("11:45 WAT -", "1405 -")."""


def _announced_answer(sentence: Sentence, memory: Discourse) -> bool:
    """ANNOUNCED-ANSWER: "X's response came within hours." makes X the voice of the bodies named next.

    A sentence that reports nothing and opens with an answer noun (frames.json `answer_heads`) owned by an
    actor ("X's response", "The reaction from X"): a state body or role named without its state next is X's.
    """
    units = sentence.units
    at = next((k for k, u in enumerate(units[:_ANSWER_REACH]) if u.low in vocabulary().answer_heads), -1)
    if at < 0:
        return False
    if at >= 2 and units[at - 1].tag == "S":
        owner = units[at - 2]  # "Beijing's answer"
    elif at + 2 < len(units) and units[at + 1].low == "from":
        owner = units[at + 2]  # "The reaction from Tehran"
    else:
        return False
    actor = unit_actor(owner)
    if actor is None:
        return False
    memory.announced = actor  # whose bodies speak next, though nothing was said yet
    return True


_ANSWER_REACH = 4
"""How far into a sentence its answer noun may stand ("The first official reaction from X")."""


def _relative_follows(sentence: Sentence, comma: int) -> bool:
    """Whether a relative clause opens after the comma: ", which ...", ", of which both X and Y are members"."""
    tags, units = sentence.tags, sentence.units
    if tags[comma] != "," or comma + 1 >= len(tags):
        return False
    if tags[comma + 1] == "W":
        return True
    return comma + 2 < len(tags) and tags[comma + 1] in "IG" and any(e.kind == "rel" for e in units[comma + 2].entries)


def _subject_after_opening(sentence: Sentence, memory: Discourse) -> Speaker | None:
    """The main subject after an opening participle clause, speaking or not (PRONOUN).

    "Asked about remarks by X's president, who said ..., Name did not hesitate. '...,' he said": "he" is
    Name; "Asked about the interview, Indonesia's Foreign Ministry was blunt. '...,' a spokesperson said":
    the spokesperson's voice is Indonesia's.
    """
    phrase = subject_after_participle(sentence)
    return resolve(sentence, phrase, memory) if phrase is not None else None


def _notice_subject_after_opening(sentence: Sentence, memory: Discourse) -> None:
    """Remember the main subject after an opening participle clause, as `_notice_subject` does an opening one."""
    found = _subject_after_opening(sentence, memory)
    if found is None:
        return
    if found.person is not None:
        memory.last_person, memory.last_person_at = found.actor, found.span[0]
        memory.silent_person = False
    else:
        memory.last_speaker = found.actor
        memory.last_group = [found.actor, *(a for a, _ in found.joint)]


def _channel_in(sentence: Sentence, start: int, end: int, *, set_off: bool = False) -> str:
    """The document an attribution names as its channel between units `start` and `end` ("in a joint statement").

    With `set_off`, only one set off by a comma (", in a joint statement"): an adjunct of the whole clause.
    """
    units = sentence.units
    channels = vocabulary().channel_nouns
    for k in range(start, end):
        if units[k].low != "in" or (set_off and (k == 0 or units[k - 1].tag != ",")):
            continue
        for j in range(k + 1, min(end, k + _CHANNEL_REACH)):
            noun = units[j].entry("noun") if units[j].tag == "O" else None
            if noun is not None and noun.lemma.rsplit(" ", 1)[-1] in channels:
                return noun.lemma
            if units[j].tag not in _CHANNEL_MODIFIERS:
                break  # "in a confidential quarterly report": only modifiers before the noun
    return ""


def _closing_channel(sentence: Sentence, start: int) -> str:
    """The channel noun that closes the clause after unit `start` ("... in a joint communique."), if one does."""
    end = sentence.clause_end(start)
    while end > start and sentence.tags[end - 1] in ".!?\"”’'":
        end -= 1
    noun = sentence.units[end - 1].entry("noun") if end > start and sentence.tags[end - 1] == "O" else None
    if noun is None or noun.lemma.rsplit(" ", 1)[-1] not in vocabulary().channel_nouns:
        return ""
    return _channel_in(sentence, max(start, end - _CHANNEL_REACH), end)


_CHANNEL_REACH = 6
"""How many units after "in" a channel noun may stand (a determiner and up to four modifiers)."""
_CHANNEL_MODIFIERS = frozenset("DSJVL_9AMFY")
"""Tags that may stand between "in" and a channel noun: determiners, possessives, modifiers, names."""


def _remember_documents(sentence: Sentence, readings: list[Reading], memory: Discourse) -> None:
    """Remember whose documents the sentence names, so that "the statement said" later is its author.

    A document issued or cited as said ("X issued a statement", "In a statement, X said")
    is remembered; one the sentence only rejects ("denounced Y's statement") only when no
    document of its kind is known yet ("rejected a European Parliament resolution. The
    resolution called on ..."): otherwise "the statement" next still means the one known.
    """
    rejecting = [r.cue_start for r in readings if r.rebut in ("deny", "reject")]
    _remember_issued(sentence, memory, rejected=bool(rejecting))
    for reading in readings:
        if reading.speaker is None:
            continue
        if reading.document:
            key = document_key(reading.document)
            if key not in memory.documents or not any(cue < reading.cue_start for cue in rejecting):
                memory.documents[key] = memory.last_document = reading.speaker
        elif reading.group is not None:
            group = reading.group
            channel = _channel_in(sentence, max(0, group.first - 24), group.first)  # "In a statement, X said"
            if not channel and reading.rebut in ("deny", "reject"):  # "rejected the charge in a joint statement"
                channel = _channel_in(sentence, group.end, sentence.clause_end(group.end))
            if not channel:  # '"...," X said in a statement': the channel right after the verb
                channel = _channel_in(sentence, group.end, min(group.end + 4, len(sentence.units)))
            if not channel:  # SET-OFF-CHANNEL: "X voiced concern over ..., in a joint statement issued on ..."
                channel = _channel_in(sentence, group.end, sentence.clause_end(group.end), set_off=True)
            if not channel:  # CLOSING-CHANNEL: "X urged Y to end the violence in a joint communique."
                channel = _closing_channel(sentence, group.end)
            if channel:
                memory.documents[document_key(channel)] = memory.last_document = reading.speaker


def _remember_issued(sentence: Sentence, memory: Discourse, *, rejected: bool) -> None:
    """DOCUMENT-BY: remember a document named with its issuer ("the communique issued on 14 March by X").

    "The Ministry has taken note of the final communique issued by the summit of X": "the communique" later
    is X's. Not in a sentence that rejects, when a document of that kind is known already.
    """
    units = sentence.units
    for phrase in sentence.phrases:
        noun = units[phrase.head].entry("noun") if sentence.tags[phrase.head] == "O" else None
        if noun is None or phrase.possessors:
            continue
        key = document_key(noun.lemma)
        if noun.category not in _DOCUMENT_ACTS or key in vocabulary().hearsay_nouns:
            continue
        if rejected and key in memory.documents:
            continue
        agents = author_of(sentence, phrase)
        found = resolve(sentence, agents[0], memory) if agents else None
        if found is None and agents:  # "by an emergency summit of presidents ... of the EAC": the host's
            host = gathering_named_host(sentence, agents[0])
            found = Speaker(host, sentence.span(agents[0].first, agents[0].end)) if host is not None else None
        if found is not None:
            memory.documents[key] = memory.last_document = found


_DOCUMENT_ACTS = frozenset(["assert", "accuse", "demand", "warn"])
"""Acts of the report nouns that an issuer's document may be ("a communique", "a protest note", "a warning")."""


def _analyst_speaks(sentence: Sentence, memory: Discourse) -> bool:
    """Whether a verb's subject, before or after it, is an analyst or another voice of nobody ("said one analyst").

    So is the definite role of one introduced with "a" and no actor (ANONYMOUS-ROLE: "the diplomat said").
    """
    units = sentence.units
    audience_verbs = vocabulary().audience_verbs
    for group in sentence.groups:
        verb = units[group.verb].entry("verb")
        told = verb is not None and verb.lemma in audience_verbs  # "told reporters": the audience, not a subject
        after = None if told else sentence.phrase_starting(group.end)
        for phrase in (sentence.phrase_ending(group.first), after):
            if phrase is not None and (analyst(sentence, phrase) or _anonymous(sentence, phrase, memory)):
                return True
    return False


def _anonymous(sentence: Sentence, phrase: Phrase, memory: Discourse) -> bool:
    """Whether a phrase is "the" + a role last introduced with "a" and no actor ("the diplomat")."""
    role = sentence.units[phrase.head].entry("role")
    return role is not None and sentence.units[phrase.first].low == "the" and memory.anonymous(role.lemma)


def _accused_subject(sentence: Sentence, readings: list[Reading], memory: Discourse) -> None:
    """PASSIVE-SUBJECT: after "Y was accused by X of ...", "they" and "it" mean Y, the one the sentence is about."""
    for reading in readings:
        if reading.construction != "PASSIVE-BY" or not reading.objects or reading.speaker is None:
            continue
        found = resolve(sentence, reading.objects[0], memory)
        if found is not None and found.person is None and found.actor != reading.speaker.actor:
            memory.last_speaker = found.actor
            memory.last_group = [found.actor]
        return


def attribute(doc: Document) -> None:
    """Fill `doc.events` with the speech events of every sentence (the cascade's levels 1 to 4)."""
    vocab = vocabulary()
    memory = Discourse(doc)
    for surname, actor in doc.surnames.items():
        memory.persons.setdefault(surname.casefold(), actor)
    state = EventMemory()
    turns = Turns(doc)
    previous: SpeechEvent | None = None
    previous_sentence = -2
    judged: tuple[Sentence, Reading] | None = None  # VERBLESS-JUDGMENT waiting for its speaker
    for index, whole in enumerate(doc.sentences):
        for segment in windows(doc.text, turns.without_label(whole) if turns else whole):
            sentence = Sentence(doc, index, vocab, segment)
            memory.first_person = None
            turn = turns.speaker_at(sentence, memory) if turns else None
            if turn is not None:
                memory.first_person = turn  # "we" in an answer is its speaker
                new_paragraph = index == 0 or doc.sentences[index - 1].paragraph != whole.paragraph
                if turns.labelled and new_paragraph and turns.opens_turn(whole.paragraph):
                    doc.turn_starts.add(index)  # each answer is its own occasion; a published text is one
                    state.last_rebutter = None  # TURN-OCCASION: an answer goes on no earlier answer's rebuttal
            if judged is not None:
                _attribute_judgment(judged, sentence, memory, state)
            heard = len(doc.events)
            previous, previous_sentence = _read(
                doc, sentence, memory, state, previous=previous, previous_sentence=previous_sentence
            )
            spoken = any(not e.document for e in doc.events[heard:])  # a document named in passing is no speaker
            found = verbless_judgment(sentence) if not spoken else None
            judged = (sentence, found) if found is not None else None
            if judged is not None and index + 1 == len(doc.sentences):
                _attribute_judgment(judged, None, memory, state)  # the story's last sentence: the voice going on
            learn_descriptions(sentence, memory)  # "the gang coalition, Viv Ansanm,": "the coalition" is it later
            # TURN-DOCUMENT: in an answer, a sentence that only names a document is still the answerer's words
            spoke = any(e.sentence == index and not (e.document and turns.labelled) for e in doc.events[-8:])
            if turn is not None and not spoke:
                _read_turn(sentence, turn, turns.words_start(sentence), memory, state)
    doc.index_hits()


def _cited_by_the_turn(sentence: Sentence, reading: Reading, memory: Discourse) -> bool:
    """AS-CITED: in a speaker's own words (a turn, a printed statement), "as X stated" cites X; X does not speak."""
    subject = reading.subject
    if memory.first_person is None or subject is None or subject.first == 0:
        return False
    return sentence.units[subject.first - 1].low == "as" and reading.construction.startswith("SAY")


def _asked(sentence: Sentence, reading: Reading) -> bool:
    """QUESTION-INVERSION: "How does China respond?", "Is Japan concerned?": an act asked about, not reported.

    The sentence ends with a question mark and the reading's subject stands right after an auxiliary. A question
    with a question word and a past or perfect auxiliary ("What has X said?", "Why did X reject ...?") takes the
    act as done, and reads it.
    """
    subject = reading.subject
    asks = sentence.text[: sentence.segment.end].rstrip("\"”’' ").endswith("?")
    if subject is None or subject.first == 0 or not asks:
        return False
    before = subject.first - 1
    if sentence.units[before].entry("aux") is None:
        return False
    if before == 0:
        return True  # "Is Japan concerned?", "Did Russia reject it?": yes or no
    return sentence.units[0].low != "why" and sentence.units[before].low not in vocabulary().done_question_auxiliaries


def _learn_acronyms(sentence: Sentence, memory: Discourse) -> None:
    """ROLE-ACRONYM: "the Joint Chiefs of Staff (JCS)", "Border Guard Bangladesh (BGB)": "the JCS" is the same actor.

    The phrase before the acronym names a body of an actor, by a role or the actor's own name; the actor it stands
    for (spoken or not) is what the acronym names later.
    """
    tags = sentence.tags
    for outer in sentence.phrases:
        end = outer.last
        if end < 4 or tags[end - 3 : end] != "(K)" or memory.roles.get(sentence.units[end - 2].low):
            continue
        # the innermost part the acronym closes: "the killing of a boy by X's Border Force (BF)" names X's force
        phrase = next((p for p in reversed(outer.parts()) if p.last == end and p.first < end - 3), outer)
        body = tags[phrase.first : end - 3]
        if "R" not in body and not any(t in "AJ" for t in body):
            continue
        head = phrase.head if phrase.head < end - 3 else end - 4
        found = resolve(sentence, Phrase(phrase.first, end - 3, head, list(phrase.possessors)), memory)
        if found is not None and not found.joint:
            memory.roles[sentence.units[end - 2].low] = found.actor


def _attribute_judgment(
    judged: tuple[Sentence, Reading], sentence: Sentence | None, memory: Discourse, state: EventMemory
) -> None:
    """VERBLESS-JUDGMENT: the sentence before judged someone's words false; this one may say who did.

    JUDGMENT-GOES-ON: when it does not, a speaker who spoke (not as a document's author) in the sentence right
    before the judgment, and is not the judged words' author, goes on judging them ("X welcomed the release.
    The claim by Y that ... is baseless.").
    """
    before, reading = judged
    speaker = attributed_by(sentence, memory) if sentence is not None else None
    if speaker is None:
        speaker = _voice_going_on(before, reading, memory)
    if speaker is None:
        return
    reading.speaker = speaker
    before.doc.events.extend(to_events(before, [reading], memory, state))
    memory.heard(speaker)


def _voice_going_on(sentence: Sentence, reading: Reading, memory: Discourse) -> Speaker | None:
    """JUDGMENT-GOES-ON: the speaker of the sentence right before a verbless judgment, if not the judged author."""
    last = sentence.doc.last_voice()
    if last is None or last.sentence != sentence.index - 1:
        return None
    authors = {found.actor for phrase in reading.answered if (found := resolve(sentence, phrase, memory)) is not None}
    if last.speaker in authors:
        return None
    return Speaker(last.speaker, last.speaker_span)


def _read_turn(sentence: Sentence, turn: Speaker, start: int, memory: Discourse, state: EventMemory) -> None:
    """A sentence of a transcript's answer that reported no act: its speaker's own assertion (TRANSCRIPT-TURN)."""
    doc = sentence.doc
    reading = turn_reading(sentence, turn, start)
    if reading is None:
        return
    quotes_for([reading], doc.quotes_in(sentence.segment.start, sentence.segment.end))
    doc.events.extend(to_events(sentence, [reading], memory, state))
    memory.heard(turn)


def _read(
    doc: Document,
    sentence: Sentence,
    memory: Discourse,
    state: EventMemory,
    *,
    previous: SpeechEvent | None,
    previous_sentence: int,
) -> tuple[SpeechEvent | None, int]:
    """Read one sentence (or window of one); returns the event a following quotation continues, and its sentence."""
    index = sentence.index
    segment = sentence.segment
    _learn_acronyms(sentence, memory)
    learn_people(sentence, memory)  # before reading: "spokesman Name made the remarks after X said" is not X's
    readings = [
        r
        for r in read_sentence(sentence, memory)
        if not _cited_by_the_turn(sentence, r, memory) and not _asked(sentence, r)
    ]
    quotes = doc.quotes_in(segment.start, segment.end)
    answered = response_note(sentence)
    unanswered = previous is not None and (not previous.rebuttal or not previous.objects)
    if answered is not None and previous is not None and previous_sentence >= index - 1 and unanswered:
        _answers(sentence, previous, answered, memory)  # "This is in response to X's statements": it rebuts X
        note_end = sentence.units[answered.first].start  # ANSWERING-LATER: "She was answering X" says no more
        readings = [r for r in readings if not (r.rebut == "respond" and r.cue_start < note_end)]
    if not readings:
        _remember_documents(sentence, readings, memory)  # "has taken note of the communique issued by X"
    if not readings and not _announced_answer(sentence, memory):
        _notice_subject(sentence, memory)
        _notice_subject_after_opening(sentence, memory)
        opens_with_quote = bool(sentence.tags) and sentence.tags[0] == "Q"
        if opens_with_quote and sentence.groups and (memory.silent_person or _analyst_speaks(sentence, memory)):
            # '"...," he said' of a person who speaks for nobody; '"...," said one security analyst'
            return previous, previous_sentence
        if opens_with_quote and previous is not None and previous_sentence >= index - 2:
            _continue(doc, previous, quotes)
            return previous, index
        return previous, previous_sentence
    quotes_for(readings, quotes)
    learn_inserted_agents(sentence, readings, memory)
    events = to_events(sentence, readings, memory, state)
    _remember_documents(sentence, readings, memory)
    subject = _subject_after_opening(sentence, memory) or _opening_person(sentence, memory) if readings else None
    if subject is not None and subject.person is None:
        subject = None  # a person who opens the main clause is "he" next, even if a relative clause spoke
    main = subject is not None or any(
        r.speaker is not None and not r.embedded and not r.cited and r.construction != "ISSUED-BY" for r in readings
    )
    for reading in readings:
        if reading.speaker is not None and reading.construction != "ISSUED-BY" and not reading.cited:
            # "X rejected remarks by Name, who said ...": "he" stays X's; with no main speaker, Name is "he"
            memory.heard(reading.speaker, embedded=reading.embedded and main)
    if subject is not None and not any(r.speaker is not None and not r.embedded for r in readings):
        memory.last_person, memory.last_person_at = subject.actor, subject.span[0]
    _accused_subject(sentence, readings, memory)
    doc.events.extend(events)
    if events:  # a quotation in the next sentence continues the main speaker, not a document
        return next((e for e in events if not e.document and not e.nominal), events[0]), index
    return previous, previous_sentence
