"""Constructions of rebuttal.

DENY, REJECT-CLAIM, REJECT-ACTOR, CALL-X-Y, JUDGE-STATEMENT, CRITICIZE-FOR-CLAIMING, RESPOND,
DEFEND-AGAINST.

A rebuttal answers someone: the possessor or author of the claim it rejects ("the NATO
chief's remark", "criticism from the US"), the actor it hits back at, or the actor it
criticises for claiming something. Who that is stays open ("denied the reports") when
the text does not say; the linker then looks for the statement answered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geostance._cascade.clauses import (
    clause_end,
    content_after,
    gapped_noun,
    object_after,
    past_what_called,
    pp_after,
    report_after_judgment,
    still_to_come,
    trim_end,
)
from geostance._cascade.directed import _targets_of, assault
from geostance._cascade.phrases import Phrase
from geostance._cascade.roles import (
    asks_questions,
    author_of,
    is_report,
    judged_through_quality,
    made_by,
    possessor_of,
    report_or_count,
    unattributed,
)
from geostance._cascade.speech import base_reading, stance_noun
from geostance._cascade.vocab import vocabulary
from geostance._cascade.wording import imputes_motive, negated
from geostance.model import Act

if TYPE_CHECKING:
    from geostance._cascade.reading import Clause, Reading
    from geostance._cascade.sentence import Sentence
    from geostance._cascade.speakers import Discourse

__all__ = [
    "call_x_y",
    "criticize_for_claiming",
    "defend_against",
    "deny",
    "express_rejection",
    "hearsay_in",
    "judge_statement",
    "reject",
    "respond",
]

_AS = ("as",)


def _noun_act(sentence: Sentence, phrase: Phrase | None) -> list[Act]:
    """The act a report noun names ("the accusations" -> accuse, "the call" -> demand)."""
    if phrase is None or sentence.tags[phrase.head] != "O":
        return []
    noun = sentence.units[phrase.head].entry("noun")
    if noun is None or noun.category == "deny":
        return []
    return [Act(noun.category)]


def _claim_from_verb(clause: Clause, reading: Reading) -> None:
    """The rebuttal's claim runs from the verb group (auxiliaries included) to the clause's end.

    In a reduced relative after a report noun ("..., a charge Kigali has always denied") it is the whole
    appositive, from the noun phrase it hangs on.
    """
    sentence = clause.sentence
    start = clause.group.first
    subject = clause.subject
    tags = sentence.tags
    if subject is not None and subject.first > 0 and tags[subject.first - 1] == "O":
        host = sentence.phrase_ending(subject.first)
        start = host.first if host is not None else start
    elif subject is not None and subject.first > 1 and tags[subject.first - 2 : subject.first] == ",W":
        # SET-OFF-RELATIVE-DENIAL: "the accusation, which Abu Dhabi has denied, has soured ties": the relative
        # clause is the claim; it ends at its closing comma, before the main clause goes on
        start = subject.first - 1
        close = tags.find(",", clause.group.end)
        if close != -1 and close < clause.limit:
            reading.evidence = (reading.evidence[0], sentence.units[close - 1].end)
    reading.claim_start = sentence.units[start].start


def defend_against(clause: Clause, memory: Discourse) -> Reading | None:
    """DEFEND-AGAINST: "X defended the deal against Y's criticism": X rebuts the author of the criticism.

    A verb of support with its object and "against"/"from" + a report noun (criticism,
    accusations, claims); support against an actor alone ("backed Kyiv against Moscow") is
    no rebuttal.
    """
    del memory
    sentence = clause.sentence
    obj = object_after(sentence, clause.group)
    if obj is None:
        return None
    criticism = _against_report(sentence, obj.last)
    if criticism is None:
        return None
    reading = base_reading(clause, "DEFEND-AGAINST", [])
    reading.rebut = "reject"
    _answer(sentence, reading, criticism)
    _claim_from_verb(clause, reading)
    return reading


def stand_by_own(clause: Clause, memory: Discourse) -> Reading | None:
    """STAND-BY-OWN-WORDS: "X stood by its findings", "defended its account": X maintains its words against a challenge.

    A verb of maintaining (frames.json `maintain_lemmas`) with the speaker's own report as object
    (a possessive pronoun before a report noun) rebuts whoever challenged it: the linker finds who.
    Another's report ("stood by the UN report") or an actor ("stood by Kyiv") is support.
    """
    del memory
    sentence = clause.sentence
    units = sentence.units
    if units[clause.group.verb].low not in vocabulary().maintain_forms:
        return None
    obj = object_after(sentence, clause.group)
    if obj is None or obj.possessors:
        return None
    if not is_report(sentence, obj) and units[obj.head].low not in vocabulary().maintained_objects:
        return None  # "stood by its research": a body's own output, maintained like its words
    owner = units[obj.first].entries
    if not any(e.kind == "det" and e.category == "possessive" for e in owner):
        return None
    reading = base_reading(clause, "STAND-BY-OWN-WORDS", [])
    reading.rebut = "reject"
    _claim_from_verb(clause, reading)
    return reading


def _answer(sentence: Sentence, reading: Reading, report: Phrase) -> None:
    """The reading answers a reported thing: its author (else the thing itself), and the act its noun names."""
    reading.answered = author_of(sentence, report) or [report]
    reading.answered_acts = _noun_act(sentence, report)


def _against_report(sentence: Sentence, at: int) -> Phrase | None:
    """The report noun phrase after "against"/"from", past up to two other prepositional phrases of the object."""
    for _ in range(3):
        found = pp_after(sentence, at, ("against", "from"))
        if found is not None:
            phrase = found[1]
            return phrase if phrase is not None and is_report(sentence, phrase) else None
        if at >= len(sentence.tags) or sentence.tags[at] not in "IG":
            return None
        phrase = sentence.phrase_starting(at + 1)  # "its deal with Russia against ...": past "with Russia"
        if phrase is None:
            return None
        at = phrase.last
    return None


def passive_rebuttal(clause: Clause, memory: Discourse) -> Reading | None:
    """PASSIVE-REBUTTAL: "the claim was denied/rejected by X": X rebuts the author of the subject.

    The claim is the whole clause, from its subject; without "by X" nobody named rebuts here.
    """
    del memory
    sentence = clause.sentence
    group = clause.group
    if not group.passive:
        return None
    by = pp_after(sentence, group.end, ("by",))
    if by is None or by[1] is None:
        return None
    if clause.subject is not None and _non_claim_head(sentence.units[clause.subject.head].low):
        return None  # OTHER-SENSE: "the assault was rebuffed by X", "the drone was shot down by Y"
    entry = sentence.units[group.verb].entry("verb")
    reading = base_reading(clause, "PASSIVE-REBUTTAL", [])
    reading.subject = by[1]
    reading.rebut = "deny" if entry is not None and entry.category == "deny" else "reject"
    subject = clause.subject
    if subject is not None and is_report(sentence, subject):
        _answer(sentence, reading, subject)
        reading.unattributed = unattributed(sentence, subject)
    first = subject.first if subject is not None else group.first
    reading.claim_start = sentence.units[first].start
    return reading


def deny(clause: Clause, memory: Discourse) -> Reading | None:
    """DENY: "X denied (the reports / that ... / any involvement)": a denial.

    It answers the author of the denied report when the text names one ("denied Kyiv's
    claims"); otherwise the linker finds whom.
    """
    del memory
    sentence = clause.sentence
    if clause.group.passive:
        return None  # "they were denied access": a refusal suffered; "was denied by X": PASSIVE-REBUTTAL
    obj = object_after(sentence, clause.group)
    if _withheld(sentence, clause.group.end, obj):
        return None  # WITHHOLD: "denied entry to the envoy", "denied the envoy a visa": no words answered
    reading = base_reading(clause, "DENY", [])
    reading.rebut = "deny"
    if obj is not None and is_report(sentence, obj):
        _answer(sentence, reading, obj)
        reading.unattributed = unattributed(sentence, obj)
    _claim_from_verb(clause, reading)
    return reading


_ANSWERABLE = frozenset("OAJZPRYHKM")
"""Heads of what a response may answer: a report noun, or someone (an actor, person, role or pronoun)."""

_OBJECT_REACH = 5
"""Words read after a verb for the head of an object no phrase was found for ("an Azerbaijani offensive")."""


def hearsay_in(sentence: Sentence, spans: list[tuple[int, int]]) -> bool:
    """Whether what was said names a claim with no author ("said reports of troop movements were false").

    Not a report an actor named before it in the words spreads: "said Russia had paid bloggers to spread invented
    stories" accuses Russia (SPREAD-STORIES), it judges no hearsay.
    """
    units = sentence.units
    doc = sentence.doc
    for phrase in sentence.phrases:
        head = units[phrase.head]
        if head.tag != "O" or not unattributed(sentence, phrase):
            continue
        span = next(((a, b) for a, b in spans if a <= head.start < b), None)
        if span is not None and not doc.hits_in(span[0], units[phrase.first].start):
            return True
    return False


def reject(clause: Clause, memory: Discourse) -> Reading | None:
    """REJECT-CLAIM / REJECT-ACTOR: "X rejected/dismissed/refuted Y's claims", "X hit back at Y".

    A reported claim as object: its possessor or author is answered (the possessor is
    the rebutted, never the rebutter). An actor as object: that actor is answered.
    """
    del memory
    sentence = clause.sentence
    if clause.group.passive:
        return None  # "the plan was rejected": its subject rejects nothing; "... by X": PASSIVE-REBUTTAL
    after = clause.group.end
    if after < len(sentence.units) and sentence.units[after].low == "to":
        return None  # "declined to comment", "refused to condemn": no rebuttal of anyone
    agents = _attempt_by(sentence, after)
    if agents is not None:  # ATTEMPT-BY: "rejected (what it called) attempts by X to cast doubt on ...": X answered
        reading = base_reading(clause, "REJECT-CLAIM", [])
        reading.rebut = "reject"
        reading.answered = [agents]
        _claim_from_verb(clause, reading)
        return reading
    obj = object_after(sentence, clause.group) or report_after_judgment(sentence, after)
    if _refused_thing(sentence, clause, obj):
        return None  # NEGATED-ACCEPTANCE of no claim: "would not accept a pattern of ...", "never accepted the line"
    if _other_sense(sentence, clause, obj):
        return None  # "rejected the appeal", "rebuffed an assault", "dismissed the minister": no words answered
    return _rejecting(clause, obj)


def _attempt_by(sentence: Sentence, at: int) -> Phrase | None:
    """ATTEMPT-BY: the agents of "attempts by X (and Y) to ..." right after a rejection verb.

    The nouns are frames.json motive_judgments `heads` (attempt, effort, bid, campaign, ploy); "what it called"
    may come first, and "to" must follow the agents: the agents' purpose is what is rejected, as their words.
    """
    units = sentence.units
    at = past_what_called(sentence, at)  # WHAT-IT-CALLED
    if at + 2 >= len(units) or units[at].low not in vocabulary().motive_heads or units[at + 1].low != "by":
        return None
    agents = sentence.phrase_starting(at + 2)
    if agents is None or agents.last >= len(units) or units[agents.last].low != "to":
        return None
    return agents if any(u.tag in "AZJ" for u in units[agents.first : agents.last]) else None


def _refused_thing(sentence: Sentence, clause: Clause, obj: Phrase | None) -> bool:
    """Whether a negated acceptance ("did not accept") refuses something other than a claim or a demand.

    "did not accept the findings" rejects a report; "would not accept a pattern of arrests" refuses a state of
    affairs and "has never accepted those baselines" a line on a map: neither answers anyone's words.
    """
    verb = sentence.units[clause.group.verb]
    entry = vocabulary().negated_verbs.get(verb.low.rsplit(" ", 1)[-1])
    if entry is None or entry.lemma in vocabulary().compliance_lemmas:
        return False  # NEGATED-COMPLIANCE: "will not comply (with the ruling)" refuses the order itself
    if obj is not None:
        return not report_or_count(sentence, obj.head)
    gap = gapped_noun(sentence, clause.subject)  # ", a claim X has never accepted": the noun before is the object
    if gap is not None:
        return not report_or_count(sentence, gap.head)
    at = clause.group.end
    if sentence.tags[at : at + 1] in ("T", "D"):
        at += 1  # "did not accept that version": the noun after the demonstrative
    return at >= len(sentence.units) or not report_or_count(sentence, at)


_REJECTION_NOUNS = frozenset(["deny"])
"""Categories of stance nouns that, expressed, reject what follows "of" ("expressed its rejection of ...")."""


def express_rejection(clause: Clause, memory: Discourse) -> Reading | None:
    """EXPRESS-REJECTION: "X expressed (on Sunday) its categorical rejection of Y's claims": X rejects them.

    The noun does what the verb "reject" does, and its "of" phrase is the object: a reported
    claim answers its author, an act ("rejection of the threats by X") accuses its doer.
    """
    del memory
    sentence = clause.sentence
    if sentence.tags[clause.group.verb] != "x" or clause.group.passive:
        return None
    noun_at = stance_noun(clause, _REJECTION_NOUNS)
    if noun_at is None:
        return None
    held = next((p for p in sentence.phrases if p.head == noun_at), None)  # "its rejection of the threats"
    obj = held.complement if held is not None and held.prep == "of" else None
    if obj is None or _other_sense(sentence, clause, obj):
        return None
    reading = _rejecting(clause, obj)
    reading.cue = sentence.units[noun_at].low
    return reading


def _rejecting(clause: Clause, obj: Phrase | None) -> Reading:
    """The reading of a rejection of `obj` (REJECT-CLAIM, REJECT-ACTOR or REJECT-ACT)."""
    sentence = clause.sentence
    reading = base_reading(clause, "REJECT-CLAIM", [])
    reading.rebut = "reject"
    if obj is not None and not is_report(sentence, obj) and (_kind_of_act(sentence, obj) or _deed(sentence, obj)):
        # "rejected any threat to shipping", "protested against the drills held by X": opposes an act, answers nobody
        reading.construction = "REJECT-ACT"
        reading.rebut = None
        reading.acts = [Act.ACCUSE]
        by = [obj.complement] if obj.complement is not None and obj.prep == "by" else []
        owner = possessor_of(obj)  # "X's renaming of villages": X's deed
        reading.about = [obj, *by, *_agent_after(sentence, obj), *([owner] if owner is not None else [])]
        return reading
    if obj is not None:
        if is_report(sentence, obj) or sentence.tags[obj.head] in "_F":
            # "rejected a plan proposed by X": the agent of a participle after any rejected thing made it
            reading.answered = author_of(sentence, obj) or _agent_after(sentence, obj) or [obj]
            reading.answered_acts = _noun_act(sentence, obj)
            reading.unattributed = is_report(sentence, obj) and unattributed(sentence, obj)
        else:
            reading.construction = "REJECT-ACTOR"
            reading.answered = _targets_of(clause, obj)
    _claim_from_verb(clause, reading)
    return reading


def _withheld(sentence: Sentence, at: int, obj: Phrase | None) -> bool:
    """Whether a denial withholds a thing (its object, or the second object after a person): "denied visas"."""
    withheld = vocabulary().non_claim_objects["withheld"]
    if at < len(sentence.units) and sentence.units[at].low in withheld:
        return True  # "denied entry to ...": a bare noun right after the verb
    if obj is None:
        return False
    if sentence.units[obj.head].low in withheld:
        return True
    if sentence.tags[obj.head] not in "ARPHY_":
        return False
    second = sentence.phrase_starting(obj.last)
    if second is not None:
        return sentence.units[second.head].low in withheld
    for k in range(obj.last, min(obj.last + _SECOND_OBJECT_REACH, len(sentence.units))):  # "members shore leave"
        if sentence.units[k].low in withheld:
            return True
        if sentence.tags[k] not in "_DV":
            break
    return False


_SECOND_OBJECT_REACH = 3
"""How many words after a person object a withheld thing may end ("denied the crew members shore leave")."""


def _object_head(sentence: Sentence, at: int, obj: Phrase | None) -> int:
    """The object's head; with no phrase found, the last of the modifier-like words after the verb."""
    if obj is not None:
        return obj.head
    k = at
    while k < len(sentence.units) and sentence.tags[k] in "DJAMLFV9_" and k - at < _OBJECT_REACH:
        k += 1
    return k - 1


def _other_sense(sentence: Sentence, clause: Clause, obj: Phrase | None) -> bool:
    """OTHER-SENSE: a rejection verb deciding a procedure, repelling an attack, contesting ground, removing someone."""
    vocab = vocabulary()
    at = _object_head(sentence, clause.group.end, obj)
    if at < clause.group.end:
        return False
    head = sentence.units[at]
    if _non_claim_head(head.low):
        return True  # "rejected the motion", "rebuffed an assault", "contests large parts of the north"
    if obj is None:
        return False
    verb = sentence.units[clause.group.verb].entry("verb")
    removes = verb is not None and verb.lemma in vocab.personnel_lemmas
    return removes and head.tag in "RP" and not obj.possessors and sentence.tags[obj.first] == "D"


def _non_claim_head(word: str) -> bool:
    """Whether a head noun (or its plural) is a procedure, an attack, a craft or ground (`non_claim_objects`)."""
    senses = vocabulary().non_claim_objects
    singular = word.removesuffix("s")
    return any(w in senses[sense] for sense in ("procedural", "military", "territorial") for w in (word, singular))


def _kind_of_act(sentence: Sentence, obj: Phrase) -> bool:
    """Whether a rejected object is a kind of act, quantified ("any attempt to", "all forms of terrorism")."""
    return sentence.units[obj.first].low in vocabulary().kind_quantifiers


def _deed(sentence: Sentence, obj: Phrase) -> bool:
    """Whether a rejected object is a deed ("the drills held by X", "X's missile tests": `conduct_nouns`)."""
    units = sentence.units
    nouns = vocabulary().conduct_nouns
    words = [unit.low for unit in units[obj.first : obj.end]]  # "the joint drills held": a participle may end it
    return any(word in nouns or f"{before} {word}" in nouns for before, word in zip(["", *words], words, strict=False))


def _agent_after(sentence: Sentence, obj: Phrase) -> list[Phrase]:
    """The agent of a participle after a rejected thing ("a plan proposed by X", "the truce brokered by Y")."""
    agent = made_by(sentence, obj.last)
    return [agent] if agent is not None else []


def _judgment_after(sentence: Sentence, at: int, limit: int, *, labels: bool) -> str | None:
    """The judgment ("falsity", "condemnation") a complement right at `at` holds: "(as) lies", "baseless", "a 'lie'".

    Only a few words in: determiners, adverbs and modifiers may come before the judgment
    word or quotation; a preposition or a verb ends the search. A quotation without a
    judgment word counts as a condemnation only after a verb of labelling (`labels`).
    JUDGMENT-LIST: complements joined by "and"/"or" ("regrettable and 'not based on facts'")
    are read together, and a falsity among them outweighs a condemnation.
    """
    units = sentence.units
    found: str | None = None
    start = at
    k = at
    while k < min(limit, start + _JUDGMENT_REACH, len(units)):
        unit = units[k]
        judgment: str | None = None
        if unit.tag == "Q":
            judgment = _quoted_judgment(sentence, unit.start, unit.end)
            if judgment is None and labels:
                words = sentence.text[unit.start : unit.end].lower().split()
                justified = _justifying(words) and not negated(sentence, [(unit.start, unit.end)])
                judgment = "justification" if justified else "condemnation"
        elif (entry := unit.entry("judgment")) is not None:
            judgment = entry.category
        elif labels and found is None and _justifying([unit.low]) and units[k - 1].tag != "N":
            judgment = "justification"  # JUSTIFY-AS: "called the drills routine"
        elif labels and found is None and imputes_motive([u.low for u in units[k : k + 3]], 0):
            judgment = "falsity"  # LABELLED-MOTIVE: "called the remarks an attempt to cover up its failures"
        elif unit.tag == "G" and k > start and units[k - 1].tag == "_" and found is None:
            start = k  # JUDGED-OF: "an act of (energy) terrorism", "a campaign of lies": the judgment follows "of"
        elif unit.tag not in "DLVE_9KRJM":  # modifiers: "pure military propaganda", "Western lies"
            return found
        if judgment is not None:
            if judgment == "falsity":
                return judgment
            found = found or judgment
            if not (k + 1 < min(limit, len(units)) and units[k + 1].tag == "C"):
                return found
            k += 1  # "regrettable and ...": the next complement of the list
            start = k + 1
        k += 1
    return found


_JUDGMENT_REACH = 4
"""How many words a complement may run before its judgment word ("a pure military fabrication")."""


def _justifying(words: list[str]) -> bool:
    """JUSTIFY-AS: whether a label calls a deed warranted ("entirely lawful", "routine"; frames.json)."""
    justification = vocabulary().justification_words
    return any(w.strip(".,;:!?\"“”'’()") in justification for w in words)


def _past_object_tail(sentence: Sentence, at: int, limit: int) -> int:
    """Skip what still belongs to the object before its judgment.

    "the posture in the conflicts 'irrational'", "the report on Afghanistan as biased",
    "Chile's supposed 'naval build-up' as 'pure fiction'", "a report on troop moves near
    the border 'a fabrication'": up to three prepositional phrases. A judgment word right
    after a prepositional phrase's noun is the complement, not part of the phrase.
    """
    tags = sentence.tags
    units = sentence.units
    k = at
    if k < limit and tags[k] == "Q" and k + 1 < len(tags) and units[k + 1].low == "as":
        return k + 1
    for _ in range(_OBJECT_TAIL_PHRASES):
        if not (k < limit and tags[k] in "IG" and units[k].low != "as"):
            return at
        j = k + 1
        while j < min(limit, k + 6) and tags[j] in "DVJ_K9AZOYRSGF":
            if tags[j] == "F" and tags[j - 1] in "_AZKOYR9":
                break  # "... in the conflicts irrational": the judgment after the noun
            if tags[j] in "IG" and j > k + 1:
                break  # the next prepositional phrase
            j += 1
        if j < len(tags) and (tags[j] == "Q" or units[j].low == "as" or units[j].entry("judgment")):
            return j
        k = j
    return at


_OBJECT_TAIL_PHRASES = 3
"""How many prepositional phrases after an object may come before its judgment."""


def _quoted_judgment(sentence: Sentence, start: int, end: int) -> str | None:
    """The judgment a quoted complement holds ('called it "a lie"'), by the vocabulary's judgment words."""
    vocab = vocabulary()
    words = sentence.text[start:end].lower().replace("“", " ").replace("”", " ").replace('"', " ").split()
    words = [w.strip(".,;:!?'’") for w in words]
    found = None
    for i in range(len(words)):
        n, entries = vocab.lookup(words, i)
        for entry in entries[: n and len(entries)]:
            if entry.kind == "judgment":
                if entry.category == "falsity":
                    return "falsity"
                found = found or entry.category
    return found


def call_x_y(clause: Clause, memory: Discourse) -> Reading | None:
    """CALL-X-Y: "X called Y's remarks groundless", "X dismissed the report as lies", "X slammed as 'lies' Y's remark".

    Judging someone's statement false or wrong rebuts its author; judging an action
    ("called the launch a provocation") accuses the actor behind it.
    """
    del memory
    sentence = clause.sentence
    group = clause.group
    tags = sentence.tags
    if _what_after_preposition(clause):
        return _named_what(clause)
    obj = object_after(sentence, group)
    judgment: str | None
    entry = sentence.units[group.verb].entry("verb")
    labels = entry is not None and any(e.category == "describe" for e in sentence.units[group.verb].entries)
    if obj is None and group.end < len(tags) and sentence.units[group.end].low == "as":
        judgment = _judgment_after(sentence, group.end + 1, clause.limit, labels=True)  # "slammed as 'lies' X"
        obj = _shifted_object(sentence, group.end + 2, clause.limit) if judgment else None
    elif obj is not None and labels and (split := _judgment_head(sentence, obj)) is not None:
        obj, judgment = split  # "called the accusations slander": the last noun is the label
    elif obj is not None:
        after = _past_object_tail(sentence, obj.last, clause.limit)
        if after < len(tags) and sentence.units[after].low == "as":
            after += 1
            labels = True
        judgment = _judgment_after(sentence, after, clause.limit, labels=labels)
    elif _gapped_report(clause):
        return _judged_gap(clause)
    else:
        return None
    if obj is None and judgment is not None and _gapped_report(clause):
        return _judged_gap(clause)  # "..., a claim X described as propaganda"
    if judgment is None or obj is None:
        return None
    if sentence.tags[obj.head] == "H" and not obj.members:
        if judgment == "approval":
            return None  # "calling it constructive": praise of "it" rebuts nothing and judges no deed
        # "called them 'stupid'": judging what was just said -- a rebuttal if another actor said it here
        reading = base_reading(clause, "CALL-X-Y", [])
        reading.rebut = "judge-said"
        reading.answered = [obj]
        pronoun = sentence.units[obj.head].entry("pron")
        if judgment == "falsity" and pronoun is not None and pronoun.category == "thing":
            reading.rebut = "reject"  # "called it a lie": "it" is the claim just reported, whoever made it
            reading.answered = []
        _claim_from_verb(clause, reading)
        return reading
    # a condemned report or count put forward is rejected ("dismissed the figures as 'cooked in offices'")
    if judgment == "falsity" or (judgment == "condemnation" and report_or_count(sentence, obj.head)):
        reading = base_reading(clause, "CALL-X-Y", [])
        reading.rebut = "reject"
        claimed = is_report(sentence, obj) or report_or_count(sentence, obj.head)  # "described the figures as ..."
        reading.answered = (author_of(sentence, obj) or [obj]) if claimed else _targets_of(clause, obj)
        reading.answered_acts = _noun_act(sentence, obj)
        reading.unattributed = is_report(sentence, obj) and unattributed(sentence, obj)  # "as 'false' media accounts"
        _claim_from_verb(clause, reading)
        return reading
    if judgment == "justification":  # JUSTIFY-AS: "described the deployment as purely defensive": an account
        reading = base_reading(clause, "CALL-X-Y", [Act.ASSERT])
        reading.rebut = "counter"
        _claim_from_verb(clause, reading)
        return reading
    if judgment == "condemnation" and sentence.tags[obj.head] != "H":  # not "calling it a threat": a thing
        reading = base_reading(clause, "CALL-X-Y", [Act.ACCUSE])
        reading.objects = _targets_of(clause, obj)
        return reading
    return None


def _judgment_head(sentence: Sentence, obj: Phrase) -> tuple[Phrase, str] | None:
    """LABEL-AFTER-NOUN: a judgment noun heading a labelling verb's object after another noun is the label.

    "called the accusations slander": the object is "the accusations", the label "slander"; its phrase
    ends there (nothing after it).
    """
    units = sentence.units
    head = obj.head
    judgment = units[head].entry("judgment")
    if judgment is None or obj.last != obj.end or head != obj.end - 1 or head - 1 < obj.first:
        return None
    if units[head - 1].tag not in "OR_" or units[head - 1].entry("judgment") is not None:
        return None
    return Phrase(obj.first, head, head - 1, obj.possessors), judgment.category


def _what_after_preposition(clause: Clause) -> bool:
    """Whether the subject follows "what" after a preposition: "over what Moscow called a provocation"."""
    subject = clause.subject
    units = clause.sentence.units
    if subject is None or subject.first < 2 or units[subject.first - 1].low != "what":
        return False
    # a pronoun there names the one acting in the clause ("launched attacks against what it called ..."): no speech
    return units[subject.first - 2].tag in "IG" and units[subject.head].tag != "H"


def _named_what(clause: Clause) -> Reading | None:
    """WHAT-X-CALLED inside a prepositional phrase: "sanctioned over what Washington called 'a fuel lifeline'".

    The actor naming the thing speaks: a condemnation or falsity accuses the actors its words name, a quoted
    label is an assertion; an unquoted label with no judgment ("what Kenya described as a routine patrol") is
    the narrative's.
    """
    sentence = clause.sentence
    at = clause.group.end
    if at < len(sentence.tags) and sentence.units[at].low == "as":
        at += 1
    judgment = _judgment_after(sentence, at, clause.limit, labels=False)
    units = sentence.units
    quoted = at < len(units) and (units[at].tag == "Q" or sentence.text[units[at].start - 1] in _OPENING_QUOTES)
    if judgment not in ("falsity", "condemnation") and not quoted:
        return None  # "on what Moscow called their third joint patrol": a label in the narrative, no statement
    reading = base_reading(clause, "WHAT-X-CALLED", [Act.ACCUSE] if judgment in ("falsity", "condemnation") else [])
    named = sentence.phrase_starting(at)
    end = min(clause_end(sentence, at), clause.limit)
    if end > at:
        reading.content = [sentence.span(at, end)]
    if named is not None and reading.acts:
        reading.objects = _targets_of(clause, named)
    if not reading.acts:
        reading.acts = [Act.ASSERT]
    return reading


_OPENING_QUOTES = frozenset("\"“‘'")
"""Marks that open a quotation right before a label ("what X called 'a fuel lifeline'")."""


def _gapped_report(clause: Clause) -> bool:
    """Whether the verb's object is the report or evidence noun before its subject (", an allegation X called absurd").

    The clause's subject follows a report noun set off by a comma or dash with its determiner: a reduced
    relative whose gap is the verb's object.
    """
    sentence = clause.sentence
    noun = gapped_noun(sentence, clause.subject)
    if noun is None:
        return False  # JUDGED-EVIDENCE too: ", a toll the army dismissed as propaganda"
    return report_or_count(sentence, noun.head)


def _judged_gap(clause: Clause) -> Reading | None:
    """CALL-X-Y with the object gapped: "..., an allegation X called 'irresponsible'": X judges the report false.

    A falsity, or a condemnation of the report, rebuts whoever made it (the discourse links it, as it does
    ", a charge X denied"); anything else reads nothing.
    """
    sentence = clause.sentence
    at = clause.group.end
    if at < len(sentence.tags) and sentence.units[at].low == "as":
        at += 1
    judgment = _judgment_after(sentence, at, clause.limit, labels=True)
    if judgment not in ("falsity", "condemnation"):
        return None
    reading = base_reading(clause, "CALL-X-Y", [])
    reading.rebut = "reject"
    _claim_from_verb(clause, reading)
    return reading


_SHIFT_REACH = 5
"""How many units a judgment put before the object may take: "branded as 'a pure fabrication' the claims"."""


def _shifted_object(sentence: Sentence, at: int, limit: int) -> Phrase | None:
    """The object after a judgment put before it: the first report phrase within reach, else the phrase at `at`.

    "dismissed as baseless the claims", "branded as 'a pure fabrication' accusations by X".
    """
    for k in range(at, min(limit, at + _SHIFT_REACH)):
        phrase = sentence.phrase_starting(k)
        if phrase is not None and is_report(sentence, phrase):
            return phrase
    return sentence.phrase_starting(at)


def judge_statement(clause: Clause, memory: Discourse) -> Reading | None:
    """JUDGE-STATEMENT: "X denounced/criticised Y's statement": condemning what another said rebuts it."""
    del memory
    sentence = clause.sentence
    obj = object_after(sentence, clause.group)
    quality = judged_through_quality(sentence, obj) if obj is not None else None
    obj = quality or obj  # QUALITY-OF-REPORT: "questioned the credibility of the report", "... of the figures"
    if obj is None or (quality is None and not is_report(sentence, obj)) or assault(clause, obj):
        return None  # "fighters attacked a police post": an assault (PHYSICAL-ATTACK), no statement judged
    noun = sentence.units[obj.head].entry("noun")
    if noun is not None and noun.category in ("support", "concern"):
        return None
    reading = base_reading(clause, "JUDGE-STATEMENT", [])
    reading.rebut = "reject"
    _answer(sentence, reading, obj)
    _claim_from_verb(clause, reading)
    return reading


def criticize_for_claiming(clause: Clause, memory: Discourse) -> Reading | None:
    """CRITICIZE-FOR-CLAIMING: "X slammed Y for claiming that .../for issuing a map": X rebuts Y (never the reverse)."""
    del memory
    sentence = clause.sentence
    obj = object_after(sentence, clause.group)
    if obj is None:
        return None
    found = pp_after(sentence, obj.last, ("for", "over"))
    if found is None:
        return None
    verb_at = found[0] + 1
    if verb_at >= len(sentence.tags) or sentence.tags[verb_at] not in "ski":
        return None
    entry = sentence.units[verb_at].entry("verb")
    if entry is None or entry.form != "ing":
        return None
    if sentence.tags[verb_at] == "i" and not _publishes(sentence, verb_at):
        return None  # "for sending ships": an act, not a claim
    reading = base_reading(clause, "CRITICIZE-FOR-CLAIMING", [])
    reading.rebut = "reject"
    reading.answered = _targets_of(clause, obj)
    start = content_after(sentence, verb_at + 1)
    end = trim_end(sentence, start, min(clause_end(sentence, start), clause.limit))
    if end > start:
        reading.content = [sentence.span(start, end)]
    _claim_from_verb(clause, reading)
    return reading


def _infinitive(sentence: Sentence, first: int) -> bool:
    """Whether a verb group is an infinitive: after "to", or coordinated with one ("to deter and respond")."""
    units = sentence.units
    before = units[max(0, first - _INFINITIVE_REACH) : first]
    if before and before[-1].low == "to":
        return True
    return len(before) >= 2 and before[-1].tag == "C" and any(u.low == "to" for u in before[:-1])


_INFINITIVE_REACH = 3


def _publishes(sentence: Sentence, at: int) -> bool:
    """Whether a verb of issuing at `at` puts out a claim: a publishing verb, or a report noun as its object."""
    entry = sentence.units[at].entry("verb")
    if entry is not None and entry.lemma in vocabulary().publishing_lemmas:
        return True
    issued = sentence.phrase_starting(at + 1)
    return issued is not None and is_report(sentence, issued)


def respond(clause: Clause, memory: Discourse) -> Reading | None:
    """RESPOND: "X responded/replied/hit back (to Y's remarks) (that/by saying ...)": X answers Y.

    Not a future or conditional "would respond" (also "would study it and respond"): that threatens
    retaliation or promises an answer still to come; nor answering questions (frames.json
    `non_claim_objects` asked): that is an interview.
    """
    del memory
    sentence = clause.sentence
    if still_to_come(sentence, clause.group):
        return None
    if _infinitive(sentence, clause.group.first):
        return None  # "determined to deter and respond to ...": an intention, no answer given
    if asks_questions(sentence, clause.group.end):
        return None  # "answered questions on the plan", "replied to a query": an interview, no answer to anyone
    found = pp_after(sentence, clause.group.end, ("to", "at", "against"))
    reading = base_reading(clause, "RESPOND", [])
    reading.rebut = "respond"
    after = clause.group.end
    if found is not None and found[1] is not None and sentence.tags[found[1].head] not in _ANSWERABLE:
        return None  # "respond to malicious cyber activity", "responded to the attack": an event, not words
    if found is not None and found[1] is not None:
        reading.answered = (
            (author_of(sentence, found[1]) or [found[1]]) if is_report(sentence, found[1]) else [found[1]]
        )
        reading.answered_acts = _noun_act(sentence, found[1])
        after = found[1].last
    means = pp_after(sentence, after, ("with",))
    if means is not None and means[1] is not None and sentence.tags[means[1].head] != "O":
        return None  # "answered with a delimitation deal", "hit back with tariffs": an act in return, no words
    start = content_after(sentence, after)
    end = trim_end(sentence, start, min(clause_end(sentence, start), clause.limit))
    if end > start:
        reading.content = [sentence.span(start, end)]
    _claim_from_verb(clause, reading)
    return reading
