"""Cascade level 3, first step: how each verb group of a sentence finds its speaker.

For each verb group the plan settles where its speaker comes from and how far it reads:

- "shares": a verb right after "and"/"but" with no subject of its own, or a participle
  after a comma (", saying", ", accusing"), shares the main clause's speaker;
- "inverted": a verb of speech after a quotation or a clause and a comma, with a phrase
  right after it and nothing before it ("'...,' said the ministry");
- "opening": a participle opening the sentence ("Accusing X of ..., Y said");
- "document": a participle after a document ("a statement accusing X"): its author's;
- "relative", "passive", "own": a relative clause's, an agent's, or the phrase before the verb
  (see `geostance._cascade.clauses.subject_before`);
- "reported" / "none": part of what another verb reports, or no clause of its own.

Each verb reads up to the next verb that starts a clause of its own (`Plan.limits`).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from geostance._cascade.clauses import (
    clause_end,
    in_anonymity_insertion,
    participle_before_verb,
    relative_before,
    subject_after,
    subject_after_participle,
    subject_before,
)
from geostance._cascade.roles import report_or_count
from geostance._cascade.sentence import addressee
from geostance._cascade.titles import named_actor
from geostance._cascade.vocab import vocabulary

if TYPE_CHECKING:
    from geostance._cascade.phrases import Phrase, VerbGroup
    from geostance._cascade.sentence import Sentence

__all__ = ["REPORTING", "Plan"]

REPORTING = frozenset("skew")
"""Verb tags whose clause reports what someone said (a verb inside it is part of the report)."""


def _unit_before(tags: str, at: int) -> int:
    """The index of the last non-adverb unit before `at` (-1 if none)."""
    k = at - 1
    while k >= 0 and tags[k] == "L":
        k -= 1
    return k


def form_of(sentence: Sentence, group: VerbGroup) -> str:
    """The verb's form ("ing", "participle", ...) as the lexicon gives it, or ""."""
    entry = sentence.units[group.verb].entry("verb")
    return entry.form if entry is not None else ""


_GOING_ON = frozenset(["go on", "continue", "proceed", "move", "rush", "hasten"])
"""Verbs whose "to"-infinitive is the subject's next act: "went on to accuse"."""


GERUND_OPENERS = frozenset(["after", "before", "while", "by", "since", "when", "besides"])
"""Words before a gerund whose subject is the main clause's ("after rejecting", "while denying")."""


def _shares_subject(sentence: Sentence, group: VerbGroup) -> bool:
    """Whether the verb continues the main clause without a subject: "... and urged", ", saying", "went on to"."""
    tags = sentence.tags
    k = _unit_before(tags, group.first)
    if k < 0:
        return False
    if sentence.units[k].low == "to" and k > 0:
        entry = sentence.units[k - 1].entry("verb")
        return entry is not None and entry.lemma in _GOING_ON
    if tags[k] in "CB":
        return True
    if tags[k] == "," and _in_verb_list(sentence, group):
        return True  # VERB-LIST: "X criticised Y, urged Z to ... and backed W": each verb is X's
    if form_of(sentence, group) != "ing" or group.first != group.verb:
        return False
    if tags[k] == ",":
        return True  # ", saying", ", accusing"
    if sentence.units[k].low == "each" and k > 0 and tags[k - 1] == ",":
        return True  # "A and B traded charges, each rejecting ...": every one of the main speakers
    if sentence.units[k].low in GERUND_OPENERS:
        return True  # "X announced ... after rejecting Y", "by denying": the main subject does it
    before = sentence.phrase_ending(k + 1)
    if before is not None and tags[before.head] == "O":
        return False  # a document's participle: its author's (see `_document_participle`)
    if before is not None and addressee(sentence, before):
        return True  # ADDRESSEE-PARTICIPLE: "wrote to the Commission asking it to act": the writer asks
    return tags[group.verb] in "sk" and not (before is not None and tags[before.head] in "APZRJKH")


def _passive_conjunct(sentence: Sentence, group: VerbGroup) -> bool:
    """PASSIVE-CONJUNCT: "denied" after "and" whose first conjunct is a passive ("were beaten and denied food").

    The verb is the second participle of the passive: what was withheld from the subject, not a denial. Only
    "deny" has that sense ("was surprised and rejected the claims" rejects them).
    """
    units, tags = sentence.units, sentence.tags
    k = _unit_before(tags, group.first)
    if k < 2 or units[k].low not in ("and", "or") or group.first != group.verb or tags[group.verb] != "d":
        return False
    if form_of(sentence, group) not in ("past", "participle"):
        return False
    participle = k - 1
    if tags[participle] != "_":
        return False
    auxiliary = _unit_before(tags, participle)
    entry = units[auxiliary].entry("aux") if auxiliary >= 0 else None
    if entry is None or entry.category != "passive":
        return False
    after = group.end
    if after < len(tags) and tags[after] in "T:Q":
        return False  # "was surprised and denied that ...": a denial of words
    thing = sentence.phrase_starting(after)
    return thing is None or tags[thing.head] != "O"  # "... and denied the charge" denies it; "denied food" not


_LISTED_VERB_TAGS = frozenset("jqwprdg")
"""Classes of verbs that take their object right away and so may stand in a list of one subject's acts
(judge, request, warn, support, reject, deny, ultimatum); not verbs of saying, which a comma sets after quotes."""


def _in_verb_list(sentence: Sentence, group: VerbGroup) -> bool:
    """VERB-LIST: a past verb set off by a comma in a list of one subject's acts that "and" closes.

    "X criticised Y, urged Z to ... and backed W": a verb of the vocabulary before it, this one past, of a class
    that takes its object at once and followed by it, and a later verb of that kind right after "and".
    """
    tags = sentence.tags
    verb = group.verb
    if form_of(sentence, group) != "past" or group.first != verb or tags[verb] not in _LISTED_VERB_TAGS:
        return False
    if verb + 1 >= len(tags) or tags[verb + 1] not in "ADZH":
        return False  # "urged China ...", "condemned the attack": an object right after the verb
    groups = sentence.groups
    at = next((n for n, g in enumerate(groups) if g is group), -1)
    if at <= 0 or tags[groups[at - 1].verb] not in _LISTED_VERB_TAGS:
        return False
    later = groups[at + 1 :]
    return any(tags[g.verb] in _LISTED_VERB_TAGS and g.first > 0 and tags[g.first - 1] == "C" for g in later)


def _document_participle(sentence: Sentence, group: VerbGroup) -> Phrase | None:
    """The document a participle right after it belongs to.

    The document a participle right after it belongs to: "a UN report claiming that ...", "a statement
    accusing X": the document's author speaks.
    """
    if form_of(sentence, group) != "ing" or group.first != group.verb:
        return None
    k = _unit_before(sentence.tags, group.first)
    before = sentence.phrase_ending(k + 1) if k >= 0 else None
    if before is not None and [u.low for u in sentence.units[max(0, before.first - 3) : before.first]] == [
        "on",
        "behalf",
        "of",
    ]:
        before = sentence.phrase_ending(before.first - 3)  # "a statement on behalf of the bloc urging ..."
    return before if before is not None and sentence.tags[before.head] == "O" else None


def _reduced_relative(sentence: Sentence, group: VerbGroup) -> bool:
    """Whether a verb is only a past participle after a noun ("a document written ...", "a claim made ...")."""
    if group.first != group.verb or group.first == 0 or sentence.tags[group.first - 1] in ",;:Q":
        return False
    forms = {e.form for e in sentence.units[group.verb].entries if e.kind == "verb"}
    by_agent = _by_agent(sentence, group)  # "a statement issued by X"; not "said by phone"
    # "a communique issued in Nairobi": a report noun's participle with a place or time after it
    tags = sentence.tags
    opening = tags.rfind(",", 0, group.first)  # only inside an insertion: ", in a communique issued in X,"
    placed = (
        tags[group.first - 1] == "O"
        and tags[group.end : group.end + 1] == "I"
        and opening >= 0
        and tags[opening + 1 : opening + 2] == "I"
        and "," in tags[group.end :]
    )
    return forms == {"participle"} or (
        "participle" in forms and (by_agent or placed or participle_before_verb(sentence, group.verb))
    )


def _subject_after_opening(sentence: Sentence, group: VerbGroup) -> Phrase | None:
    """The main subject after an opening participle clause, when the verb follows it and its apposition."""
    subject = subject_after_participle(sentence)
    if subject is None or subject.last >= group.first:
        return None
    between = sentence.tags[subject.last : group.first]
    return subject if "," in between and not any(t.islower() for t in between) else None


def _by_agent(sentence: Sentence, group: VerbGroup) -> bool:
    """Whether "by" after a verb names its agent ("issued by X"), not how words were said ("said by phone")."""
    units = sentence.units
    at = group.end
    if at + 1 >= len(units) or units[at].low != "by":
        return False
    means = vocabulary().means_of_speech
    words = [unit.low for unit in units[at + 1 : at + 3]]
    return words[0] not in means and " ".join(words) not in means


def _inverted(sentence: Sentence, group: VerbGroup) -> bool:
    """Whether a verb of speech comes before its subject: "'...,' said the ministry", "..., said X."."""
    tags = sentence.tags
    if tags[group.verb] not in "sk" or group.first != group.verb:
        return False
    subject = subject_after(sentence, group)
    k = _unit_before(tags, group.first)
    if subject is None or k < 0 or tags[k] not in ",Q":
        return False
    after = subject.last  # '..., said Name, a lawmaker who led ...': a relative clause may describe the subject
    return after >= len(tags) or tags[after] in ",.;:-W" or sentence.units[after].low in ("in", "on", "at", "during")


def _after_set_off_participle(sentence: Sentence, group: VerbGroup) -> Phrase | None:
    """The opening subject when a verb closes "Subject, participle ..., verb", else None.

    "Moscow, citing the failed talks, recalled its envoy": "recalled" is Moscow's own verb,
    not an inversion ("..., said X"), and its subject is the phrase opening the sentence.
    """
    tags = sentence.tags
    k = _unit_before(tags, group.first)
    if k < 0 or tags[k] != ",":
        return None
    for other in sentence.groups:
        if other.first >= k:
            break
        form = form_of(sentence, other)
        participle = form in ("past", "participle") and not other.passive and other.first == other.verb
        if (form == "ing" or participle) and _set_off_after_subject(sentence, other):
            # "The communique, released at a meeting in Evian, France, said": a place's state set off inside
            if tags.find(",", other.end, k + 1) != k and not (participle and _only_place_commas(tags, other.end, k)):
                return None
            return sentence.phrase_ending(_unit_before(tags, other.first))
    return _unknown_participle_subject(sentence, k)


def _only_place_commas(tags: str, start: int, end: int) -> bool:
    """Whether every comma between `start` and `end` sets off one name ("in Evian, France,"): no clause ends there."""
    k = tags.find(",", start, end)
    while k != -1:
        if k + 2 > end or tags[k + 1] not in "AKZ" or tags[k + 2] != ",":
            return False
        k = tags.find(",", k + 1, end)
    return True


def _unknown_participle_subject(sentence: Sentence, comma: int) -> Phrase | None:
    """SET-OFF-PARTICIPLE with a verb the vocabulary lacks: "X, meeting her counterparts in Y, accused Z".

    An -ing word right after a comma that closes the opening subject, and no other comma before the one
    closing the clause: the subject is the opening phrase.
    """
    tags, units = sentence.tags, sentence.units
    for j in range(2, comma):
        if tags[j] != "_" or tags[j - 1] != "," or not units[j].low.endswith("ing"):
            continue
        if tags.find(",", j, comma + 1) != comma:
            return None
        subject = sentence.phrase_ending(j - 1)
        if subject is None:  # "X's minister, Name, meeting ...": the phrase with its apposition
            subject = next((p for p in sentence.phrases if p.first == 0 and p.last == j - 1), None)
        opening = subject is not None and not any(tags[i] in "T:Q" or tags[i].islower() for i in range(subject.first))
        return subject if opening and subject is not None and tags[subject.head] in "APRYKZ" else None
    return None


def _speaker_like(sentence: Sentence, group: VerbGroup, phrase: Phrase | None) -> bool:
    """Whether a phrase after an inverted verb is one who speaks and ends the sentence.

    "..., stated the ministry's spokesman, Name." is inverted; "told the council on Tuesday
    that ..." has a hearer, not an inversion.
    """
    if phrase is None or sentence.tags[phrase.head] not in "APRZY":
        return False
    entry = sentence.units[group.verb].entry("verb")
    if entry is not None and entry.lemma in ("tell", "inform", "brief"):
        return False
    return phrase.last >= len(sentence.tags) or sentence.tags[phrase.last] in ".;"


def _inside_set_off_relative(sentence: Sentence, group: VerbGroup) -> bool:
    """Whether a verb stands inside a relative clause set off by a comma that has not closed yet.

    "Uzbekistan, which joined talks after the treaty was signed, called for calm": "was
    signed" belongs to the relative clause, and the subject of "called" is still Uzbekistan.
    """
    tags = sentence.tags
    for k in range(group.first - 1, 0, -1):
        if tags[k] in ",;:.Q":
            return False
        if tags[k] == "W" or sentence.units[k].low == "whose":  # ", whose leader was ...,": a relative too
            return tags[k - 1] == ","
    return False


def _narrator_clauses(sentence: Sentence) -> list[int]:
    """Where ", and" / ", but" opens the narrator's own clause, not more of a report (NARRATOR-CLAUSE).

    "Chad said it had not moved troops, and Sudan accused it of lying": a new subject with a verb
    in the simple past, where a report would have shifted it back ("had accused"), is the writer's.
    """
    units, tags = sentence.units, sentence.tags
    by_first = {g.first: g for g in sentence.groups}
    out: list[int] = []
    for at in range(1, len(units) - 1):
        if units[at].low not in ("and", "but") or tags[at - 1] != ",":
            continue
        subject = sentence.phrase_starting(at + 1)
        if subject is not None and _simple_past_after(sentence, by_first, subject):
            out.append(at)
    out.extend(_answered_appositions(sentence, by_first))
    return sorted(out)


def _group_after(sentence: Sentence, by_first: dict[int, VerbGroup], subject: Phrase) -> VerbGroup | None:
    """The verb group right after an actor-like subject, adverbs aside ("X flatly denied"), if there is one."""
    tags = sentence.tags
    if tags[subject.head] not in "AZRYJKP":
        return None
    k = subject.last
    while k < len(tags) and k not in by_first and tags[k] == "L":
        k += 1
    return by_first.get(k)


def _simple_past_after(sentence: Sentence, by_first: dict[int, VerbGroup], subject: Phrase) -> bool:
    """Whether an actor-like subject is followed by a verb in the simple past, adverbs aside ("X flatly denied")."""
    group = _group_after(sentence, by_first, subject)
    if group is None or any(sentence.tags[j] != "L" for j in range(group.first, group.verb)):
        return False  # an auxiliary shifts it back ("had accused"): still the report
    return form_of(sentence, group) == "past"


def _answered_appositions(sentence: Sentence, by_first: dict[int, VerbGroup]) -> list[int]:
    """NARRATOR-CLAUSE: ", allegations X rejected as ...", ", a charge X denied": the writer's, after a report.

    A report noun set off by a comma, with its own subject and a past verb, sums up what was just reported
    and says who answered it; it is not more of the report.
    """
    units, tags = sentence.units, sentence.tags
    out: list[int] = []
    for at in range(1, len(units) - 2):
        if tags[at - 1] not in ",-":  # ", a charge X denied", " - a claim X disputed"
            continue
        noun = at + 1 if tags[at] == "D" else at
        if noun >= len(units) or not report_or_count(sentence, noun):
            continue  # a report noun, or a count put forward (", a toll the army dismissed as propaganda")
        subject = sentence.phrase_starting(noun + 1)
        if subject is None:  # "allegations Cameroon rejected": the chunker joined the noun and the subject
            joined = sentence.phrase_starting(noun)
            subject = joined if joined is not None and joined.head > noun else None
        if subject is not None and _finite_after(sentence, by_first, subject):
            out.append(at)  # ", a claim Danish officials flatly disputed": an adverb may come first
    return out


def _finite_after(sentence: Sentence, by_first: dict[int, VerbGroup], subject: Phrase) -> bool:
    """Whether a subject is followed by a finite verb, adverbs aside: past, present or perfect.

    ", a charge Kigali denied", "..., a claim Moscow denies", "..., an accusation Somalia has long rejected":
    the tense of the writer's own comment is not shifted back as a report's would be. A negation may stand
    with the auxiliary (", a claim X has never accepted", ", a line Y does not accept").
    """
    group = _group_after(sentence, by_first, subject)
    if group is None:
        return False
    between = [u for u in sentence.units[group.first : group.verb] if u.tag not in "LN"]  # "flatly", "has never"
    if not between:  # "denies", "denied", or a refusal read as one unit ("does not accept")
        form = form_of(sentence, group)
        return form in ("s", "past") or (form == "base" and sentence.units[group.verb].low.split()[0] in _DO_FORMS)
    auxiliary = between[0].entry("aux")
    perfect = len(between) == 1 and auxiliary is not None and auxiliary.category == "perfect"
    form = form_of(sentence, group)
    return perfect and (form in ("past", "participle") or (form == "base" and between[0].low in _DO_FORMS))


_DO_FORMS = frozenset(["does", "do", "did"])
"""Auxiliaries of a present or past negation before a base form ("does not accept", "did not accept")."""


_SPEAKER_KEPT = frozenset("skjqwcpg")
"""Verb tags a nameless tail leaves their own speaker (NAMELESS-TAIL): say, claim, judge, request, ultimatum, warn,
concern, support. Not deny or reject: "X rejected a shipment ..., the ministry said" is a deed the tail reports."""


_OF_FOR = frozenset(["of", "for"])
"""Prepositions whose gerund is what a verb's object is charged with ("accused X of denying", "blamed Y for")."""


_WH_CONTENT = frozenset(["what", "how", "why", "whether", "who", "where", "when"])
"""Words that open a clause reported after a verb of speech ("said what officials think", "asked how ...")."""


class Plan:
    """How each verb group of a sentence finds its speaker, and how far each reads."""

    def __init__(self, sentence: Sentence) -> None:
        self.kinds: list[str] = []
        self.subjects: list[Phrase | None] = []
        floor = 0
        for group in sentence.groups:
            kind, subject = self._classify(sentence, group, floor)
            self.kinds.append(kind)
            self.subjects.append(subject)
            set_off = kind == "none" and group.first > 0 and sentence.tags[group.first - 1] == ","
            reduced = kind == "none" and group.first > 0 and _reduced_relative(sentence, group)
            inside = _inside_set_off_relative(sentence, group) or in_anonymity_insertion(sentence, group.first)
            if kind != "relative" and not set_off and not reduced and not inside:
                floor = group.end  # ", released on Monday,", ", who asked ...,": a clause set off hides no subject
        self.relay: tuple[int, int, int] | None = None
        self._tail_attribution(sentence)
        self.narrator = _narrator_clauses(sentence)
        self.closed_relatives: set[int] = set()  # verbs of speech (relatives, an opening's) the main clause closes
        self.opening_main = subject_after_participle(sentence)  # the main subject after an opening participle
        self.limits = [self._limit(sentence, n) for n in range(len(sentence.groups))]
        if self.relay is not None:  # TAIL-RELAY: ", a correspondent reports" after "..., X said"
            inner, relay, start = self.relay
            self.limits[inner] = min(self.limits[inner], start)
            self.kinds[relay] = "none"

    def _tail_attribution(self, sentence: Sentence) -> None:
        """A verb of speech at the sentence end makes the verbs before it part of what was said.

        "..., Foreign Ministry spokeswoman Name told reporters.": the verbs before are what she said.

        When the sentence ends with a verb of speech whose subject follows a comma or a
        quotation and nothing is reported after it, every verb before that comma is part of
        the report, not an act of its own.
        """
        groups, tags = sentence.groups, sentence.tags
        last = len(groups) - 1
        if last < 1 or tags[groups[last].verb] not in "sk" or self.kinds[last] not in ("own", "inverted"):
            return
        subject = self.subjects[last]
        start = subject.first if self.kinds[last] == "own" and subject is not None else groups[last].first
        if start == 0 or tags[start - 1] not in ",Q":
            return
        if any(t in "TQX:" or (t.islower() and t != "_") for t in tags[groups[last].end :]):
            return
        after = groups[last].end
        if after < len(sentence.units) and sentence.units[after].low in _WH_CONTENT:
            return  # "..., he was saying what officials think": a clause is reported after it
        inner = last - 1  # "..., the spokesman said at a briefing, a correspondent reports": the relay's own
        subject = self.subjects[inner]
        if (
            tags[groups[inner].verb] in "sk"
            and self.kinds[inner] in ("own", "inverted")
            and subject is not None
            and subject.first > 0
            and tags[subject.first - 1] in ",Q"
            and groups[inner].end <= start
        ):
            self.relay = (inner, last, start)  # the relay reports nothing of its own; the attribution ends before it
            last, start = inner, subject.first if self.kinds[inner] == "own" else groups[inner].first
        quoted = tags.rfind("Q", 0, start)  # what is before a quotation was attributed on its own
        teller = self.subjects[last]
        nameless = teller is not None and named_actor(sentence, teller) is None
        for m in range(last):
            if quoted < groups[m].first < start and not (nameless and self._names_its_speaker(sentence, m)):
                self.kinds[m] = "reported"

    def _names_its_speaker(self, sentence: Sentence, m: int) -> bool:
        """DOUBLE-ATTRIBUTION: "X said ..., spokesman Name said": a verb of speech whose subject names an actor.

        When the tail attribution names no actor of its own (a title and a name), the first verb keeps its
        speaker; the tail only adds who voiced it.
        """
        subject = self.subjects[m]
        if self.kinds[m] != "own" or subject is None or sentence.tags[sentence.groups[m].verb] not in _SPEAKER_KEPT:
            return False
        return named_actor(sentence, subject) is not None

    @staticmethod
    def _classify(sentence: Sentence, group: VerbGroup, floor: int) -> tuple[str, Phrase | None]:
        if _reduced_relative(sentence, group):
            return "none", None  # "a document written to please X": a participle of the noun, no clause
        if group.first == 1 and sentence.units[0].low in GERUND_OPENERS and form_of(sentence, group) == "ing":
            return "opening", None  # "By stating that ..., the group disputes ...": the main speaker's, set off
        quoted = _quoted_passive(sentence, group)
        if quoted is not None:
            return "own", quoted  # QUOTED-PASSIVE: "Name was quoted as saying": Name says it
        if _passive_conjunct(sentence, group):
            return "none", None  # PASSIVE-CONJUNCT: "were beaten and denied food": suffered, no act of anyone's
        if _shares_subject(sentence, group):
            return "shares", None
        document = _document_participle(sentence, group)
        if document is not None:
            return "document", document
        if group.first == 0 and form_of(sentence, group) == "ing":
            return "opening", None
        if form_of(sentence, group) == "ing" and group.first > 0 and sentence.units[group.first - 1].low in _OF_FOR:
            return "none", None  # "accused it of reacting too softly": what the object is said to do, no act
        opening = _after_set_off_participle(sentence, group)
        if opening is not None:
            return "own", opening  # "Moscow, citing ..., recalled its envoy": no inversion
        if _inverted(sentence, group) and _speaker_like(sentence, group, subject_after(sentence, group)):
            return "inverted", subject_after(sentence, group)  # "..., stated the ministry's spokesman, Name."
        before = subject_before(sentence, group, floor)
        if before is not None and relative_before(sentence, group) >= 0:
            return "relative", before  # "a statement that accused X": its own clause, not the main one
        if before is None and _inverted(sentence, group):
            return "inverted", subject_after(sentence, group)
        if before is None and group.passive:
            return "passive", None  # "who was accused by X of ...": the agent speaks
        if before is None and (opening := _subject_after_opening(sentence, group)) is not None:
            return "own", opening  # "Addressing parliament, Name, X's minister, rejected ...": Name
        return ("own", before) if before is not None else ("none", None)

    def _limit(self, sentence: Sentence, n: int) -> int:
        groups = sentence.groups
        end = clause_end(sentence, groups[n].end)
        if self.kinds[n] == "shares":
            end = _parenthetical_end(sentence, groups[n], end)
        main = self.opening_main  # OPENING-REPORT: "Asked about a statement that said ..., Name"
        opening = self.kinds[n] == "opening"  # the participle itself ends at its own comma already
        if (
            not opening
            and main is not None
            and groups[n].end <= main.first < end
            and sentence.tags[main.first - 1] == ","
        ):
            self.closed_relatives.add(n)  # what it reports ends where the main clause starts
            end = main.first
        for m in range(n + 1, len(groups)):
            if groups[m].first >= end:
                break
            if self.kinds[m] == "shares":
                return groups[m].first
            if self.kinds[m] == "relative":
                pronoun = relative_before(sentence, groups[m])
                if sentence.tags[groups[n].verb] in REPORTING and pronoun > 0 and sentence.tags[pronoun - 1] != ",":
                    continue  # "saying it was X which had threatened ...": a restrictive relative is what was said
                return pronoun
            subject = self.subjects[m]
            if subject is not None and subject.first <= groups[n].end + 1:
                continue  # "rejected a statement by X supporting Y": the object's own participle
            if self.kinds[m] == "own" and subject is not None and not self.reported(sentence, m, n):
                return subject.first
            if self.kinds[m] == "own" and subject is not None and self._main_after_relative(sentence, n, subject):
                self.closed_relatives.add(n)
                return subject.first
        return end

    def _main_after_relative(self, sentence: Sentence, n: int, subject: Phrase) -> bool:
        """RELATIVE-BEFORE-MAIN: a set-off relative of speech ends where the main clause's subject follows a comma.

        "Asked about remarks by X, who said that Y had ..., Name said ...": what X said ends before ", Name";
        only while no main verb has come before the relative. A relative not set off ("a statement that said")
        ends there too when the main subject follows an opening participle clause (OPENING-REPORT).
        """
        tags = sentence.tags
        if self.kinds[n] != "relative" or tags[sentence.groups[n].verb] not in REPORTING:
            return False
        pronoun = relative_before(sentence, sentence.groups[n])
        if pronoun < 1 or tags[pronoun - 1] != "," or subject.first < 1 or tags[subject.first - 1] != ",":
            return False
        return not any(kind in ("own", "inverted") for kind in self.kinds[:n])

    def report_end(self, sentence: Sentence, group: VerbGroup) -> int:
        """The unit where what a verb of speech reports ends: its clause's end, or a narrator's clause in it."""
        end = clause_end(sentence, group.end)
        at = bisect.bisect_right(self.narrator, group.end)
        return self.narrator[at] - 1 if at < len(self.narrator) and self.narrator[at] < end - 1 else end

    def reported(self, sentence: Sentence, m: int, n: int | None = None) -> bool:
        """Whether verb `m` lies inside what an earlier verb of speech (`n`, or any) reports."""
        groups = sentence.groups
        for k in [n] if n is not None else range(m):
            if k is None or self.kinds[k] not in ("own", "inverted", "shares", "relative"):
                continue
            if sentence.tags[groups[k].verb] in REPORTING and groups[k].end <= groups[m].first < self.report_end(
                sentence, groups[k]
            ):
                return True
        return False


def _quoted_passive(sentence: Sentence, group: VerbGroup) -> Phrase | None:
    """QUOTED-PASSIVE: the subject of "X was quoted (by Y) as saying": X, whose words a medium relays.

    "..., Prime Minister Name was quoted as saying.", "Name was cited as saying that ...": the -ing verb of
    speech after "as", a passive "quoted" or "cited" before it, and the phrase before the auxiliary.
    """
    units = sentence.units
    at = group.first
    if at < 3 or units[at - 1].low != "as" or form_of(sentence, group) != "ing":
        return None
    forms = vocabulary().quoting_forms
    k = at - 2
    while k > 0 and units[k].low not in forms:  # "was quoted by the Press Trust of India as saying"
        if units[k].tag in ",;:Q" or at - k > _QUOTED_BY_REACH:
            return None
        k -= 1
    if k < 2 or units[k].low not in forms or units[k - 1].entry("aux") is None:
        return None
    return sentence.phrase_ending(k - 1)


_QUOTED_BY_REACH = 10
"""How many units "by <medium>" may hold between "quoted" and "as saying"."""


def _set_off_after_subject(sentence: Sentence, group: VerbGroup) -> bool:
    """Whether a verb follows the sentence's opening subject and a comma: "The bloc, citing ..."."""
    tags = sentence.tags
    k = _unit_before(tags, group.first)
    if k < 1 or tags[k] != ",":
        return False
    subject = sentence.phrase_ending(k)
    return subject is not None and not any(tags[i] in "T:Q" or tags[i].islower() for i in range(subject.first))


def _parenthetical_end(sentence: Sentence, group: VerbGroup, end: int) -> int:
    """Where a participle set off between the subject and its verb ends: the comma that closes it.

    "The bloc, citing X's failure to comply, suspended the talks": what the participle
    says stops before ", suspended"; a participle after the main verb (", saying ...")
    reads to the clause's end.
    """
    if not _set_off_after_subject(sentence, group):
        return end
    tags = sentence.tags
    for k in range(group.end, end - 1):
        if tags[k] == "," and (tags[k + 1] in "_XL" or tags[k + 1].islower()):
            return k  # a comma before a verb, not one inside a list ("by France, Germany and ...")
    return end
