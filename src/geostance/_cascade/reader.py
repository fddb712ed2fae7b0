"""Cascade level 3: reading a sentence's verb groups with the catalogue's constructions.

`geostance._cascade.plan.Plan` first settles, for each verb group, where its speaker
comes from (its own subject, the main clause's, an inverted one after the verb, a
document's author) and how far the verb reads.

A verb inside what an earlier verb of speech reports ("said Russia had rejected ...")
is part of that report, not an act of its own, unless its subject names the reporting
speaker again ("stated that Baku rejects ..."). The constructions anchored on the verb's
class are tried in catalogue order; the first that reads the clause wins. Sentence-level
constructions (ACCORDING-TO, ISSUED-BY, NOMINAL-REBUTTAL) are read after, and
IN-RESPONSE-TO adjusts the main reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from geostance._cascade.catalogue import SENTENCE_CONSTRUCTIONS, by_class
from geostance._cascade.clauses import relative_host, subject_after_participle
from geostance._cascade.memory import document_key
from geostance._cascade.nominal import different_account, in_response_to, response_after
from geostance._cascade.phrases import Phrase
from geostance._cascade.plan import REPORTING, Plan
from geostance._cascade.reading import Clause, Reading
from geostance._cascade.speakers import (
    Discourse,
    Speaker,
    answered_party,
    on_behalf_of,
    rejecting_body,
    resolve,
    states_spoken_for,
)
from geostance._cascade.units import VERB_TAGS
from geostance._cascade.vocab import vocabulary
from geostance.model import Act

if TYPE_CHECKING:
    from geostance._cascade.phrases import VerbGroup
    from geostance._cascade.sentence import Sentence

__all__ = ["read_sentence"]

_CLASS_OF_TAG = {tag: name for name, tag in VERB_TAGS.items()}
"""Verb tag -> its class (the catalogue's anchors)."""


def _quoted_as(sentence: Sentence, group: VerbGroup) -> Phrase | None:
    """QUOTED-AS-SAYING: "Channel 12 quoted an Israeli official as saying ...": the official says it."""
    units = sentence.units
    at = group.first
    if at < 2 or units[at - 1].low != "as":
        return None
    person = sentence.phrase_ending(at - 1)
    if person is None or person.first == 0:
        return None
    return person if units[person.first - 1].low in vocabulary().quoting_forms else None


def _quotes_as(sentence: Sentence, group: VerbGroup) -> bool:
    """Whether a group is the "quoted" or "cited" of "quoted X as saying": a relay, no act of its subject."""
    units = sentence.units
    if units[group.verb].low not in vocabulary().quoting_forms:
        return False
    person = sentence.phrase_starting(group.end)
    end = person.last if person is not None else group.end
    return end + 1 < len(units) and units[end].low == "as" and units[end + 1].tag.islower()


def _noun_content(sentence: Sentence, subject: Phrase) -> bool:
    """Whether a subject opens what a report noun says ("rejected X's assertion that ISKP maintains camps").

    Such a clause is the claim, not a speaker's: a participle later in the sentence (", saying ...")
    is still the main speaker's.
    """
    tags = sentence.tags
    at = subject.first
    if at < 2 or tags[at - 1] != "T":
        return False
    host = sentence.phrase_ending(at - 1)  # the phrase whose last unit stands before "that"
    return host is not None and tags[host.head] == "O"


def _subordinate_subject(sentence: Sentence, group: VerbGroup) -> Phrase | None:
    """The actor opening a time clause right before a participle ("... after X closed the border, accusing ...").

    Only when the sentence opens with no actor of its own ("The move came hours after ...") and the clause
    ("after", "when", "as", "before", "since": grammar.json `time_subordinators`) holds the comma's verb.
    """
    tags = sentence.tags
    if group.first < 2 or tags[group.first - 1] != ",":
        return None
    opening = sentence.phrase_starting(0)
    if opening is None or tags[opening.head] in "APRYZ":
        return None
    words = vocabulary().time_subordinators
    for k in range(group.first - 2, max(0, group.first - _SUBORDINATE_REACH), -1):
        if tags[k] in ".;:Q,":
            return None
        if sentence.units[k].low in words:
            subject = sentence.phrase_starting(k + 1)
            if subject is not None and tags[subject.head] in "APRZ" and subject.last < group.first - 1:
                return subject
            return None
    return None


_SUBORDINATE_REACH = 12
"""How many units back from a participle the time clause holding its subject may open."""


def _main_subject(sentence: Sentence, group: VerbGroup) -> Phrase | None:
    """The subject of a verb sharing a clause whose own verb is no cue.

    The subject of a verb sharing a clause whose own verb is no cue: "X, who hosted Y and called ...",
    "X went further, slamming ...": the phrase before the relative pronoun, else the one opening the sentence.
    """
    tags = sentence.tags
    quoted = _quoted_as(sentence, group)
    if quoted is not None:
        return quoted
    for k in range(group.first - 1, max(-1, group.first - _RELATIVE_REACH), -1):
        if tags[k] == "W":
            return sentence.phrase_ending(k - 1 if k > 0 and tags[k - 1] == "," else k)
        if tags[k] in ".;:Q,":
            break  # "Name, who was answering a report that ..., went on to accuse": the relative has closed
    subordinate = _subordinate_subject(sentence, group)
    if subordinate is not None:
        return subordinate  # "The move came after X closed the border, accusing ...": X
    # "When X stood ... and accused", "After X arrived and urged": the subordinate clause's own subject
    opening = 1 if sentence.units and any(e.kind == "sub" for e in sentence.units[0].entries) else 0
    # "Earlier, the ministry, responding to ..., said", "On Tuesday, X closed the border, accusing ...": X
    opening = sentence.after_frames(opening)
    # "Asked whether ..., Name refused to confirm it, saying only that ...": the main clause's subject
    first = sentence.phrase_starting(opening) or subject_after_participle(sentence)
    if first is not None and tags[first.head] == "_" and first.head > first.first and tags[first.head - 1] in "RAYP":
        # "The government went further, accusing ...": the unknown word after the head is the verb
        first = Phrase(first.first, first.head, first.head - 1, first.possessors)
    if first is None or first.last >= group.first or sentence.tags[first.head] in "_O9":
        return None
    return first


_RELATIVE_REACH = 24
"""How far back a shared verb looks for the relative pronoun of its clause ("which describes ... and accuses")."""


def _reports_after(sentence: Sentence, group: VerbGroup, limit: int) -> bool:
    """Whether a verb of speech has a reported clause after it ("said (that) ...", "warned: ...")."""
    tags = sentence.tags
    at = group.end
    while at < min(limit, len(tags)) and tags[at] in "L,":
        at += 1
    if at >= min(limit, len(tags)):
        return False
    if tags[at] in "T:":
        return True
    phrase = sentence.phrase_starting(at)
    if phrase is None:
        return False
    window = tags[phrase.last : phrase.last + 4]
    if "T" in window and not any(t.islower() and t != "_" for t in window[: window.index("T")]):
        # "told reporters later that ...", "warned Serbia on Friday that ...": the hearer, then what
        # was said; not "a finding by a UN panel that put ...", where "that" opens the noun's own clause
        verb = sentence.units[group.verb].entry("verb")
        told = verb is not None and verb.lemma in vocabulary().audience_verbs
        if window.index("T") > 0 or told:
            return True
    return any(t == "X" or (t.islower() and t != "_") for t in window)


_SET_OFF = frozenset(["after", "following", "before", "while", "whereas", "as", "when", "although", "though"])


def _report_end(sentence: Sentence, group: VerbGroup, plan: Plan) -> int:
    """Where what a verb of speech reports ends: its clause's end, or a comma opening another clause."""
    units = sentence.units
    end = plan.report_end(sentence, group)
    answering = sentence.tags[group.verb] == "e"
    for k in range(group.end, end - 1):
        if units[k].tag == "," and units[k + 1].low in _SET_OFF:
            return units[k].start
        if units[k].tag == "," and units[k + 1].low == "even" and k + 2 < end and units[k + 2].low == "as":
            return units[k].start  # ", even as B rejected ...": the narrator's clause, not the report
        if answering and units[k].tag == "," and units[k + 1].low in ("which", "who"):
            return units[k].start  # ANSWERING-LATER: "answering X, which said ...": X's own words, not the answer
    return units[end - 1].end


def _person_for_actor(sentence: Sentence, pronoun: Phrase, main: Speaker) -> bool:
    """Whether "he" or "she" cannot mean a main subject that named no person.

    "The group was charging ..., he added": not the group.
    """
    entry = sentence.units[pronoun.head].entry("pron")
    return entry is not None and entry.category == "person" and main.person is None and not main.personal


def _pronoun(sentence: Sentence, phrase: Phrase) -> bool:
    return sentence.tags[phrase.head] == "H" and not phrase.members and phrase.last - phrase.first == 1


def _demands_that(sentence: Sentence, group: VerbGroup) -> bool:
    """Whether a verb of request takes a "that" clause ("demanded that X clarify", "urged that Y withdraw")."""
    end = group.end
    return sentence.tags[group.verb] == "q" and end < len(sentence.units) and sentence.units[end].low == "that"


def _opening_subject_of_relative(sentence: Sentence, pronoun: Phrase, memory: Discourse) -> Speaker | None:
    """RELATIVE-PRONOUN-SUBJECT: "X imposed sanctions on firms it accused of ...": "it" is the sentence's subject.

    Only for "it" or "they" as the subject of a relative clause on an object, when the sentence's opening subject
    (after frames) names an actor and no speaker has spoken in the sentence yet.
    """
    if sentence.units[pronoun.head].low not in ("it", "they"):
        return None
    host = relative_host(sentence, pronoun)
    start = sentence.after_frames(0)
    opening = sentence.phrase_starting(start)
    if host is None or opening is None or opening.last > host.first:
        return None
    found = resolve(sentence, opening, memory)
    if found is None:  # "The EU imposed sanctions": a verb outside the lexicon joined the name and its object
        name = next((k for k in range(start, min(start + 3, opening.last)) if sentence.tags[k] in "AZ"), None)
        found = resolve(sentence, Phrase(start, name + 1, name, []), memory) if name is not None else None
    return found


_POSSESSIVE_PRONOUNS = frozenset(["its", "his", "her", "their"])


def _owned_by_pronoun(sentence: Sentence, phrase: Phrase, main: Speaker) -> bool:
    """Whether a phrase opens with a possessive pronoun that the sentence's main speaker can own.

    "its foreign ministry", "his spokesman": the sentence's own speaker owns them before any earlier one. "his" or
    "her" needs a person: after "Brazil said ..." "his spokesman" is nobody's here.
    """
    word = sentence.units[phrase.first].low
    if word not in _POSSESSIVE_PRONOUNS or phrase.last - phrase.first < 2:
        return False
    return word in ("its", "their") or main.person is not None or main.personal


def _try(clause: Clause, memory: Discourse, tag: str) -> Reading | None:
    for construction in by_class(_CLASS_OF_TAG[tag]):
        reading = construction.find(clause, memory) if construction.find is not None else None
        if reading is not None:
            return reading
    return None


_OWN_ACTS = frozenset("drj")


def _own_report(sentence: Sentence, group: VerbGroup, subject: Phrase, main: Speaker | None, memory: Discourse) -> bool:
    """Whether a reported clause's subject is the reporting speaker again.

    Whether a reported clause's subject is the reporting speaker again ("stated that Baku rejects", "said
    that it rejects"): then it reports its own act.
    """
    if main is None:
        return False
    if sentence.tags[group.verb] not in _OWN_ACTS:
        return False  # only acts (rejecting, condemning, urging) are reported as the speaker's own
    if sentence.tags[subject.head] == "H":
        return sentence.units[subject.head].low in ("it", "they", "we")
    found = resolve(sentence, subject, memory)
    return found is not None and found.actor == main.actor


_DOCUMENT_STANCES = frozenset("jqwglc")
"""Verb tags of what a document reported inside another's words does on its own (accuses, calls for, warns,
describes as); not what it says or shows ("said the report showed ...": the speaker's own reading)."""


def _document_in_report(sentence: Sentence, subject: Phrase, main: Speaker | None, memory: Discourse) -> bool:
    """DOCUMENT-IN-REPORT: whether a reported clause's subject is a known document of another actor.

    "The Ministry regrets that the communique describes the transition as a coup and calls for ...": the
    communique issued by X earlier speaks for X, even inside what the ministry says.
    """
    units = sentence.units
    if main is None or sentence.tags[subject.head] != "O" or units[subject.first].low not in ("the", "this", "that"):
        return False
    if subject.possessors or subject.complement is not None:
        return False
    noun = units[subject.head].entry("noun")
    author = memory.documents.get(document_key(noun.lemma)) if noun is not None else None
    return author is not None and author.actor != main.actor


def _voice_of_nobody(sentence: Sentence, phrase: Phrase, memory: Discourse) -> bool:
    """Whether the phrase names a person known to speak for no actor (an analyst, a former official)."""
    units = sentence.units
    return any(
        units[k].tag == "P" and memory.person_actor(sentence.text[units[k].start : units[k].end]) == (True, None)
        for k in range(phrase.first, phrase.end)
    )


_TAIL_SAYING = frozenset(["SAY", "SAY-INVERTED", "TELL-THAT"])
"""Constructions of a tail attribution ("..., the minister said", "..., she told reporters")."""
_TAIL_STANCE_TAGS = frozenset("jqwcpg")
"""Verb tags of a stance (judge, request, warn, concern, support, ultimatum) whose act a tail attribution keeps."""


def _tail_stance(sentence: Sentence, plan: Plan, readings: list[Reading], memory: Discourse) -> None:
    """ATTRIBUTED-STANCE: "X accused Y of ..., X's minister said": the reported verb's act is the statement's.

    A tail attribution makes the verbs before it part of what was said; when such a verb is a stance of the
    speaker's own (its subject is the same actor), its act joins the attribution's reading.
    """
    for reading in readings:
        if reading.construction not in _TAIL_SAYING or reading.speaker is None or not reading.content:
            continue
        a, b = reading.content[0]
        for n, group in enumerate(sentence.groups):
            subject = plan.subjects[n]
            inside = a <= sentence.units[group.verb].start < b
            if not inside or plan.kinds[n] != "reported" or subject is None:
                continue
            entry = sentence.units[group.verb].entry("verb")
            if sentence.tags[group.verb] not in _TAIL_STANCE_TAGS or entry is None:
                continue
            act = vocabulary().class_act.get(entry.category)
            found = resolve(sentence, subject, memory)
            if act is not None and found is not None and found.actor == reading.speaker.actor:
                reading.acts = list(dict.fromkeys([Act(act), *reading.acts]))


def read_sentence(sentence: Sentence, memory: Discourse) -> list[Reading]:
    """Every reading of the sentence, its speakers resolved (see the module docstring)."""
    reader = _SentenceReader(sentence, memory)
    for n, group in enumerate(sentence.groups):
        reader.read_group(n, group)
    readings = reader.readings
    _tail_stance(sentence, reader.plan, readings, memory)
    if not readings and reader.main is not None:
        memory.person_acted(reader.main)  # "Name, arriving later, hit back. '...,' he said": Name's words
    for construction in SENTENCE_CONSTRUCTIONS:
        for reading in construction(sentence, memory):
            if reading.speaker is None and reading.subject is not None:
                reading.speaker = resolve(sentence, reading.subject, memory)
            if reading.speaker is not None:
                readings.append(reading)
    in_response_to(sentence, readings)
    response_after(sentence, readings)
    account = different_account(sentence, readings)
    if account is not None and account.subject is not None:
        account.speaker = resolve(sentence, account.subject, memory)
        if account.speaker is not None:
            readings.append(account)
    return readings


class _SentenceReader:
    """The readings of one sentence's verb groups, in order, with the main speaker found so far."""

    def __init__(self, sentence: Sentence, memory: Discourse) -> None:
        self.sentence = sentence
        self.memory = memory
        self.plan = Plan(sentence)
        self.readings: list[Reading] = []
        self.leading: list[Reading] = []  # opening participles, waiting for the main speaker
        self.main: Speaker | None = None
        self.reported: list[tuple[int, int]] = []  # what verbs of speech report: verbs inside are part of it

    def read_group(self, n: int, group: VerbGroup) -> None:
        """Read verb group `n`: classify it, find its construction, resolve its speaker."""
        sentence, plan = self.sentence, self.plan
        kind, subject, limit = plan.kinds[n], plan.subjects[n], plan.limits[n]
        tag = sentence.tags[group.verb]
        if _quotes_as(sentence, group):
            return  # "The Daily Monitor cited X as saying": the medium relays, it says nothing itself
        self._note_report(group, kind, limit, closed=n in plan.closed_relatives or self._tail_follows(n))
        main_for_document = None
        if kind == "document":
            main_for_document = self._document_speaker(n, subject)
            if main_for_document is None:
                return
            kind = "shares"
        quoted = _quoted_as(sentence, group) if kind == "shares" else None
        if quoted is not None:  # QUOTED-AS-SAYING: the person quoted speaks, whoever quoted them
            subject, kind = quoted, "own"
        if kind == "shares" and self.main is None and main_for_document is None:
            subject = _main_subject(sentence, group)  # "X went further, slamming Y": X, with no cue of its own
            kind = "own" if subject is not None else "none"
        if self._skipped(group, kind):
            return
        own_report = False
        start = sentence.units[group.verb].start
        if kind in ("own", "relative") and subject is not None and any(a <= start < b for a, b in self.reported):
            if tag in _DOCUMENT_STANCES and _document_in_report(sentence, subject, self.main, self.memory):
                pass  # DOCUMENT-IN-REPORT: "regrets that the communique calls for ...": the document's author speaks
            elif not _own_report(sentence, group, subject, self.main, self.memory):
                return  # "said Russia had rejected ...": part of what was said
            else:
                own_report = True
        inherited = main_for_document or (self.main if kind == "shares" else None)
        clause = Clause(
            sentence, group, subject if kind != "shares" else None, inherited, limit, inverted=kind == "inverted"
        )
        reading = _try(clause, self.memory, tag)
        if reading is None:
            # "X issued a statement, saying ...": X speaks on; "X condemned what he called ...": still X
            if (
                kind in ("own", "inverted")
                and subject is not None
                and not group.passive  # "Y has been urged to ...": Y is acted on, no speaker
                and (self.main is None or not _pronoun(sentence, subject))
                and not _noun_content(sentence, subject)
            ):
                self.main = resolve(sentence, subject, self.memory) or self.main
            return
        if kind == "opening":
            if not (tag == "e" and n + 1 < len(sentence.groups)):  # "Responding to X, Y said": IN-RESPONSE-TO
                self.leading.append(reading)
            return
        reading.cited = main_for_document is not None and plan.kinds[n] == "document"
        reading.embedded = kind == "relative"
        self._speak(reading, kind, own_report=own_report)

    def _tail_follows(self, n: int) -> bool:
        """TAIL-AFTER-REPORT: whether the next verb group is an attribution set off after what it attributes.

        "X denied ... and said they were ..., its spokesperson said": the inner report ends at the comma; the
        tail's speaker is no part of it.
        """
        plan, sentence = self.plan, self.sentence
        if n + 1 >= len(plan.kinds) or plan.kinds[n] != "reported" or plan.kinds[n + 1] != "own":
            return False
        subject = plan.subjects[n + 1]
        return (
            subject is not None
            and subject.first > 0
            and sentence.tags[subject.first - 1] == ","
            and sentence.tags[subject.last : sentence.groups[n + 1].first].strip(",") == ""
            and sentence.tags[sentence.groups[n + 1].end : sentence.groups[n + 1].end + 1] in ("", ".")
        )

    def _note_report(self, group: VerbGroup, kind: str, limit: int, *, closed: bool = False) -> None:
        """Note what a verb of speech reports: the rest of its clause.

        "said (that) A and B rejected C" is all reported, but not a clause set off after a
        comma ("..., after B said ..."), nor the main clause after a relative the plan closed
        ("Asked about X, who said ..., Y said ...": `closed`).
        """
        sentence = self.sentence
        if kind == "opening" and sentence.tags[group.end : group.end + 1] == ",":
            return  # BARE-OPENING-PARTICIPLE: "Responding, X rejected ...", "Also briefing, Name urged ...": nothing
        if _demands_that(sentence, group) and kind != "none":
            # DEMAND-THAT: "demanded that Washington clarify ...": the verbs of what is demanded are no acts
            self.reported.append((sentence.units[group.verb].end, sentence.units[limit - 1].end))
            return
        if sentence.tags[group.verb] in REPORTING and kind != "none" and _reports_after(sentence, group, limit):
            end = _report_end(sentence, group, self.plan)
            if kind in ("opening", "shares") or closed:  # "Claiming that ..., Croatia said", "X, citing ..., said"
                end = min(end, sentence.units[limit - 1].end)  # the report ends where the main clause goes on
            self.reported.append((sentence.units[group.verb].end, end))

    def _document_speaker(self, n: int, subject: Phrase | None) -> Speaker | None:
        """Whose document a participle after it reports for ("X issued a statement accusing Y": X's)."""
        sentence = self.sentence
        found = resolve(sentence, subject, self.memory) if subject is not None else None
        if found is None and n > 0 and sentence.tags[sentence.groups[n - 1].verb] == "i":
            found = self.main
        return found

    def _skipped(self, group: VerbGroup, kind: str) -> bool:
        """Whether the group makes no reading: reported, a passive inside a report, negated or "without"."""
        sentence = self.sentence
        if kind in ("none", "reported"):
            return True
        if kind == "passive" and any(a <= sentence.units[group.verb].start < b for a, b in self.reported):
            return True
        # "did not say", "has not denied", "without naming": no act
        return group.negated or (group.first > 0 and sentence.units[group.first - 1].low == "without")

    def _speak(self, reading: Reading, kind: str, *, own_report: bool) -> None:
        """Resolve the reading's speaker and keep it; a main clause's speaker becomes the sentence's."""
        sentence, memory, main = self.sentence, self.memory, self.main
        if own_report and main is not None:
            reading.speaker = main  # "said it 'strongly condemned' the raids": the speaker's own act
        elif (
            main is not None
            and reading.subject is not None
            and _pronoun(sentence, reading.subject)
            and not _person_for_actor(sentence, reading.subject, main)
        ):
            reading.speaker = main  # "Liu said ..., and he urged": a pronoun after the sentence's speaker is it
        elif main is None and reading.subject is not None and _pronoun(sentence, reading.subject):
            reading.speaker = _opening_subject_of_relative(sentence, reading.subject, memory)
        elif main is not None and reading.subject is not None and _owned_by_pronoun(sentence, reading.subject, main):
            # POSSESSIVE-AFTER-MAIN: "Brazil called for restraint, its foreign ministry said": Brazil's ministry
            found = resolve(sentence, reading.subject, memory)
            own = Speaker(main.actor, sentence.span(reading.subject.first, reading.subject.end))
            reading.speaker = own if found is None else attrs.evolve(found, actor=main.actor, joint=[])
        if reading.speaker is None and reading.subject is not None:
            reading.speaker = resolve(sentence, reading.subject, memory)
            if reading.speaker is None and _voice_of_nobody(sentence, reading.subject, memory):
                memory.silent_person = True  # "Name, a former ambassador, said": "he" next is still them
            reading.speaker = rejecting_body(sentence, reading, memory) or reading.speaker
            reading.speaker = answered_party(sentence, reading, memory) or reading.speaker
        if reading.speaker is None:
            return
        if kind not in ("shares", "relative") and reading.group is not None:
            spoken_for = on_behalf_of(sentence, reading.group, reading.subject, memory)
            if spoken_for is not None and spoken_for != reading.speaker.actor:
                reading.speaker = attrs.evolve(reading.speaker, actor=spoken_for, joint=[], personal=False)
            else:  # "Speaking also on behalf of A and B, C's envoy said": A and B speak with C
                span = reading.speaker.span
                joint = [
                    a for a in states_spoken_for(sentence, reading.group, reading.subject) if a != reading.speaker.actor
                ]
                if joint:
                    known = {a for a, _ in reading.speaker.joint}
                    more = [(a, span) for a in joint if a not in known]
                    reading.speaker = attrs.evolve(reading.speaker, joint=[*reading.speaker.joint, *more])
        if kind not in ("shares", "relative"):
            self.main = reading.speaker
            for early in self.leading:
                early.speaker = self.main
            self.readings.extend(self.leading)
            self.leading = []
        self.readings.append(reading)
