"""Constructions of plain reported speech: SAY, SAY-INVERTED, TELL-THAT, CONCERN, COUNTER-CLAIM.

Each function reads one clause (a verb group with its subject) and returns a
[`Reading`][geostance._cascade.reading.Reading] or None; its docstring says what it
reads. Their catalogue entries (examples, expected output) are in
`geostance._cascade.catalogue`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geostance._cascade.clauses import (
    bare_attack_by,
    clause_end,
    content_after,
    gapped_noun,
    past_adverbials,
    pp_after,
    relative_before,
    trim_end,
)
from geostance._cascade.phrases import verb_follows
from geostance._cascade.reading import Reading
from geostance._cascade.roles import possessor_of
from geostance._cascade.vocab import vocabulary
from geostance.model import Act

if TYPE_CHECKING:
    from geostance._cascade.phrases import Phrase
    from geostance._cascade.reading import Clause
    from geostance._cascade.sentence import Sentence
    from geostance._cascade.speakers import Discourse
    from geostance._cascade.vocab import Entry

__all__ = ["concern", "counter_claim", "say", "say_inverted", "stance_noun", "tell_that"]

_CONCERN_NOUNS = ("concern", "worry", "fear", "alarm", "anxiety", "unease", "apprehension", "dismay", "disquiet")
_ABOUT = ("about", "over", "at", "regarding", "concerning", "on", "with", "by")
_NOT_ADVERBIAL = frozenset(["to", "of"])
"""Prepositions after a verb of speech that open no adverbial ("said to be", "spoke of")."""


def base_reading(clause: Clause, name: str, acts: list[Act]) -> Reading:
    """A reading of the clause's verb group with the evidence running from the verb to the clause's end."""
    sentence = clause.sentence
    group = clause.group
    end = trim_end(sentence, group.end, min(clause_end(sentence, group.end), clause.limit))
    start = sentence.units[group.first].start
    stop = sentence.units[max(group.verb, end - 1)].end
    verb = sentence.units[group.verb].entry("verb")
    return Reading(
        construction=name,
        group=group,
        subject=clause.subject,
        acts=acts,
        cue_start=sentence.units[group.verb].start,
        cue=verb.lemma if verb is not None else None,
        evidence=(start, stop),
        speaker=clause.inherited,
    )


def _skip_adverbials(sentence: Sentence, at: int, limit: int) -> int:
    """Skip adverbs and prepositional phrases after a verb ("said in a statement on Monday that ...").

    "to" and "of" open no adverbial right after the verb ("said to be"), but may continue one
    ("said in a message to reporters that").
    """
    tags = sentence.tags
    verb_end = at
    while at < limit:
        if tags[at] == "L":
            at += 1
            continue
        if _opens_quantity(sentence, at):
            break  # "said at least 1,200 children had been killed": the content starts with a number
        if tags[at] == "I" and _infinitive_marker(sentence, at):
            break  # "claimed on Tuesday to have seized ...": "to" opens the verb's clause, no adverbial
        if tags[at] == "I" and (at > verb_end or sentence.units[at].low not in _NOT_ADVERBIAL):
            k = at + 1
            while k < limit and tags[k] in "DVJ_K9AZOYRSGFP":
                if tags[k] == "D" and k > at + 1 and tags[k - 1] not in "GDSI":
                    break  # "said on Sunday its troops had left": a determiner after the noun opens the content
                k += 1
            at = k
            continue
        break
    return at


def _infinitive_marker(sentence: Sentence, at: int) -> bool:
    """Whether "to" at `at` marks an infinitive: an auxiliary or a verb of the vocabulary follows ("to have")."""
    after = sentence.tags[at + 1 : at + 2]
    return sentence.units[at].low == "to" and after != "" and (after == "X" or after.islower())


def _opens_quantity(sentence: Sentence, at: int) -> bool:
    """Whether the words at `at` open a number ("at least", "up to", "as many as"), not a prepositional phrase."""
    units = sentence.units
    openers = vocabulary().quantity_openers
    return any(tuple(u.low for u in units[at : at + len(phrase)]) == phrase for phrase in openers)


_COMPLEMENT_REACH = 10
"""How many units of prepositional complements may stand between a subject and its verb."""
_COMPLEMENT_TAGS = frozenset("DVJ_K9AZYRSF")
"""Tags inside a prepositional complement's noun phrase."""


def _clause_ahead(sentence: Sentence, at: int, limit: int) -> bool:
    """Whether a clause starts at `at`: a noun phrase and, within a few words, a verb ("said Russia would ...")."""
    phrase = sentence.phrase_starting(at)
    if phrase is None:
        return False
    tags = sentence.tags
    if _present_after_name(sentence, at, limit):
        return True
    k = phrase.last
    while k < limit and tags[k] in "LN":
        k += 1  # "said its forces only struck ...", "its troops never crossed": an adverb before the verb
    after = tags[k : min(limit, k + 4)]
    if any(t == "X" or (t.islower() and t != "_") for t in after) or (after[:1] == "_" and len(after) > 1):
        return True
    # "said the forces in the border region are ...": a verb after the phrase's prepositional complements
    end = min(limit, k + _COMPLEMENT_REACH)
    while k < end and tags[k] in "IG":
        k += 1
        while k < end and tags[k] in _COMPLEMENT_TAGS:
            k += 1
    return k < limit and (tags[k] == "X" or (tags[k].islower() and tags[k] != "_"))


def _present_after_name(sentence: Sentence, at: int, limit: int) -> bool:
    """NAME-PRESENT-VERB: an actor's name, then an unknown "-s" word and more words: "said Nigeria hosts troops".

    The unknown word is the clause's verb in the present, not a noun the name modifies.
    """
    tags, units = sentence.tags, sentence.units
    if at + 2 >= min(limit, len(tags)) or tags[at] not in "AZ" or tags[at + 1] != "_":
        return False
    word = units[at + 1].low
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and tags[at + 2] in "DSVJ_R9AZ"


def _content(clause: Clause) -> list[tuple[int, int]]:
    """What follows the verb as reported content (see `content_from`)."""
    return content_from(clause, clause.group.end)


def content_from(clause: Clause, at: int) -> list[tuple[int, int]]:
    """What follows unit `at` as reported content: after "that" or a colon, or a clause right there.

    Adverbial phrases in between are passed over ("said on Monday that"); a quotation
    right there is the content itself (it goes to the statement's quotes).
    """
    sentence = clause.sentence
    tags = sentence.tags
    right_after = at
    at = _skip_adverbials(sentence, at, clause.limit)
    if at < len(tags) and tags[at] == ",":
        at += 1
    if at >= min(clause.limit, len(tags)) or tags[at] in "Q.W":  # a quotation, or an indirect question
        return []
    object_content = at == right_after and (tags[at] in "DSAZJKHP9_VOYRFM" or _opens_quantity(sentence, at))
    if object_content and not _clause_ahead(sentence, at, clause.limit):
        phrase = sentence.phrase_starting(at)
        quoted = phrase is not None and phrase.last < len(tags) and tags[phrase.last] == "Q"
        if phrase is not None and tags[phrase.head] in "RP" and not quoted:
            return []  # "recalled its ambassador", "informed the minister": a person, not what was said
    if tags[at] not in "T:" and not object_content and not _clause_ahead(sentence, at, clause.limit):
        return []  # "wrote on Truth Social -- without ...": no clause was reported
    start = content_after(sentence, at)
    end = _contrast_end(sentence, start, trim_end(sentence, start, min(clause_end(sentence, start), clause.limit)))
    if end <= start:
        return []
    return [sentence.span(start, end)]


def _contrast_end(sentence: Sentence, start: int, end: int) -> int:
    """Where ", but <another subject> <verb>" or ", even as ..." ends what was said: the writer's own clause follows."""
    tags = sentence.tags
    units = sentence.units
    for k in range(start, end - 2):
        if tags[k] == "," and tags[k + 1] == "B" and _clause_ahead(sentence, k + 2, end):
            return k
        if tags[k] == "," and units[k + 1].low == "even" and units[k + 2].low == "as":
            return k
        if tags[k] == "," and tags[k + 1] == "D" and tags[k + 2] == "O" and _verb_within(tags, k + 3, end):
            return k  # CHARGE-APPOSITIVE: "..., a charge Kigali has always denied": the writer's comment
        if tags[k] == "," and tags[k + 1] == "D" and tags[k + 2] == "_" and _contact_relative(sentence, k + 3):
            return k  # CONTACT-RELATIVE: "..., a town Somalia claims": the writer's comment on the noun
    return end


def _contact_relative(sentence: Sentence, at: int) -> bool:
    """Whether an actor at `at` opens a contact relative: a phrase of its own, a verb right after."""
    phrase = sentence.phrase_starting(at)
    return phrase is not None and sentence.tags[phrase.head] in "APZ" and verb_follows(sentence.tags, phrase.end)


def _verb_within(tags: str, start: int, end: int) -> bool:
    """Whether a verb of the vocabulary stands in the next few units (a relative clause on the noun before)."""
    return any(t.islower() and t != "_" for t in tags[start : min(end, start + 4)])


def _content_before(clause: Clause) -> list[tuple[int, int]]:
    """What stands before an attribution placed last: "X is Y, the ministry said"."""
    sentence = clause.sentence
    subject = clause.subject
    first = subject.first if subject is not None and not clause.inverted else clause.group.first
    end = first
    while end > 0 and sentence.tags[end - 1] in ",-":
        end -= 1
    if end <= 0 or sentence.tags[end - 1] == "Q":
        return []
    return [sentence.span(0, end)]


def say(clause: Clause, memory: Discourse) -> Reading | None:
    """SAY: a subject, a verb of speech, and what was said after it ("X said (that) ...", "X stressed: ...").

    Also the attribution placed after its content ("X is Y, the ministry said"). The act
    is `assert`; the content is the clause after the verb, or the sentence before it.
    """
    del memory
    if clause.group.passive and clause.subject is not None:
        return None  # "the deal was declared void by X": the subject is what was said, not who said it
    sentence = clause.sentence
    entry = sentence.units[clause.group.verb].entry("verb")
    after = clause.group.end
    if entry is not None and entry.lemma in vocabulary().intransitive_speech and after < len(sentence.tags):
        infinitive = sentence.units[after].low == "to" and sentence.tags[after + 1 : after + 2] != "s"
        if sentence.tags[after] in "DSHAJ" or infinitive:
            return None  # "the ship was continuing its voyage", "continued to fire"; not "went on to say"
    reading = base_reading(clause, "SAY", [Act.ASSERT])
    content = [] if clause.inverted else _content(clause)  # "..., said Chile.": the speaker follows, not its words
    tags = clause.sentence.tags
    quoted_after = "Q" in tags[clause.group.end : clause.group.end + 3]  # 'declared, "We ..."': the quotation
    reading.content = content or ([] if quoted_after else _content_before(clause) + _content_resumed(clause))
    return reading


def _content_resumed(clause: Clause) -> list[tuple[int, int]]:
    """PARENTHETICAL-SAY: what goes on after an attribution set off by commas ("The report, he said, was biased")."""
    sentence, subject = clause.sentence, clause.subject
    tags, after = sentence.tags, clause.group.end
    if subject is None or clause.inverted or subject.first == 0 or tags[subject.first - 1] != ",":
        return []
    if after + 1 >= min(clause.limit, len(tags)) or tags[after] != ",":
        return []
    end = min(clause.limit, len(tags))
    while end > after + 1 and tags[end - 1] in ".,;:":
        end -= 1
    return [sentence.span(after + 1, end)] if end > after + 1 else []


def say_inverted(clause: Clause, memory: Discourse) -> Reading | None:
    """SAY-INVERTED: the verb before its subject after the words said ("'...,' said the ministry")."""
    del memory
    if not clause.inverted:
        return None
    reading = base_reading(clause, "SAY-INVERTED", [Act.ASSERT])
    reading.content = _content_before(clause)
    return reading


def tell_that(clause: Clause, memory: Discourse) -> Reading | None:
    """TELL-THAT: "X told reporters (that) ...": the hearer is no target; the content follows it."""
    del memory
    sentence = clause.sentence
    verb = sentence.units[clause.group.verb]
    entry = verb.entry("verb")
    if entry is None or entry.lemma not in vocabulary().audience_verbs:
        return None
    tags = sentence.tags
    hearer = sentence.phrase_starting(clause.group.end)
    if hearer is not None and hearer.last < len(tags) and sentence.units[hearer.last].low == "to":
        reading = base_reading(clause, "TELL-TO", [Act.DEMAND])  # "told Kabul to stop": a demand of the hearer
        reading.objects = [hearer]
        return reading
    reading = base_reading(clause, "TELL-THAT", [Act.ASSERT])
    for k in range(clause.group.end, min(clause.limit, clause.group.end + 10)):
        if tags[k] in "T:Q":
            start = content_after(sentence, k)
            end = trim_end(sentence, start, min(clause_end(sentence, start), clause.limit))
            if end > start:
                reading.content = [sentence.span(start, end)]
            break
    if not reading.content and hearer is not None:  # "told reporters it was false": a clause after the hearer
        reading.content = content_from(clause, hearer.last)
    if not reading.content:
        reading.content = _content_before(clause)
    return reading


_INSERTION_REACH = 14
"""How many units a prepositional insertion set off by commas after a verb may run ("expressed, in a statement
carried by the official news agency, its support")."""


def _past_insertion(sentence: Sentence, at: int, limit: int) -> int:
    """Where the words after a verb resume past an insertion set off by commas that opens with a preposition."""
    tags = sentence.tags
    if at + 1 >= min(limit, len(tags)) or tags[at] != "," or tags[at + 1] != "I":
        return at
    close = tags.find(",", at + 1, min(limit, at + 1 + _INSERTION_REACH))
    return close + 1 if close > 0 else at


_STANCE_ACTS = {"concern": Act.CONCERN, "accuse": Act.ACCUSE, "support": Act.SUPPORT, "demand": Act.DEMAND}
"""The act of expressing a stance noun: concern, objection (accuse), support, a call (demand)."""


_STANCE_REACH = 5
"""How many units after an expressing verb (and any insertion or dated phrase) its stance noun may stand."""


def stance_noun(clause: Clause, categories: frozenset[str]) -> int | None:
    """The unit of the stance noun an expressing verb expresses ("expressed (deep) concern", "voiced its support").

    An insertion set off by commas ("expressed, in a statement, its support") and a dated phrase
    ("expressed on Sunday its rejection") may come between.
    """
    sentence = clause.sentence
    units = sentence.units
    start = past_adverbials(sentence, _past_insertion(sentence, clause.group.end, clause.limit))
    return next(
        (
            k
            for k in range(start, min(clause.limit, start + _STANCE_REACH))
            if (noun := units[k].entry("noun")) is not None and noun.category in categories
        ),
        None,
    )


def concern(clause: Clause, memory: Discourse) -> Reading | None:
    """CONCERN / EXPRESS-STANCE: a stance noun expressed by a verb.

    CONCERN / EXPRESS-STANCE: "X expressed (deep) concern about Y", "X is concerned over Y", "X voiced
    support for Y", "X raised objections to Y", "X renewed its call for Y".

    The act is the stance noun's (concern, accuse, support, demand); the phrase after
    "about/over/at/for/to" is what it is about.
    """
    del memory
    sentence = clause.sentence
    units = sentence.units
    group = clause.group
    tag = sentence.tags[group.verb]
    entry = units[group.verb].entry("verb")
    act = Act.CONCERN
    noun: Entry | None = None
    if tag == "x":  # express + a stance noun within a few words
        noun_at = stance_noun(clause, frozenset(_STANCE_ACTS))
        if noun_at is None:
            return None
        noun = units[noun_at].entry("noun")
        act = _STANCE_ACTS[noun.category] if noun is not None else Act.CONCERN
        after = noun_at + 1
    elif tag == "c" or (entry is not None and entry.category == "concern"):
        after = group.end
    else:
        return None
    reading = base_reading(clause, "CONCERN" if act is Act.CONCERN else "EXPRESS-STANCE", [act])
    if tag == "x" and noun is not None:
        reading.cue = noun.lemma  # "expressed concern": the noun performs the act, not the light verb
    elif reading.cue is None and (adjective := units[group.verb].entry("concern_adj")) is not None:
        reading.cue = adjective.lemma  # "was deeply concerned"
    if after + 1 < len(units) and units[after].low == "of" and tag == "x":
        # "the solidarity of its members with X": the holder is passed over, to the preposition after it
        after = next((j for j in range(after + 1, min(after + 5, len(units))) if units[j].tag in "IE"), after)
    found = pp_after(sentence, after, (*_ABOUT, "for", "to", "against"))
    bare = bare_attack_by(sentence, found[0] + 1, any_plural=True) if found is not None and found[1] is None else None
    if found is not None and bare is not None:
        found = (found[0], bare)  # "concern about (repeated) attacks by X", "concern over maneuvers by X"
    if found is not None and found[1] is not None:
        target = found[1]
        owner = possessor_of(target) if sentence.tags[target.head] in "_O" else None
        reading.about.append(owner or target)
        end = trim_end(sentence, found[0], min(clause_end(sentence, found[0]), clause.limit))
        if end > found[0]:  # "concern about the activities of groups such as ISIS": what it is about
            reading.content = [sentence.span(found[0], end)]
    elif sentence.tags[after : after + 1] == "T":
        reading.content = content_from(clause, after)
    if tag == "x":
        _coordinated_stance(clause, reading, after)
    return reading


def _coordinated_stance(clause: Clause, reading: Reading, after: int) -> None:
    """A second stance noun joined by "and" to the first: "expressed its condemnation of X and its support for Y"."""
    sentence = clause.sentence
    units = sentence.units
    end = min(clause.limit, len(units), after + _COORDINATED_REACH)
    for k in range(after, end - 1):
        if units[k].low != "and":
            continue
        noun_at = next(
            (j for j in range(k + 1, min(k + 4, len(units))) if units[j].tag == "O" or units[j].entry("noun")), -1
        )
        noun = units[noun_at].entry("noun") if noun_at >= 0 else None
        if noun is None or noun.category not in _STANCE_ACTS:
            return
        act = _STANCE_ACTS[noun.category]
        if act not in reading.acts:
            reading.acts.append(act)
        found = pp_after(sentence, noun_at + 1, (*_ABOUT, "for", "to", "against"))
        if found is not None and found[1] is not None:
            reading.about.append(found[1])
        return


_COORDINATED_REACH = 14
"""How many units after the first stance noun's phrase a second one joined by "and" may start."""


def issue_document(clause: Clause, memory: Discourse) -> Reading | None:
    """ISSUE-DOCUMENT: "X issued/released a (joint) statement (saying ...)": X's statement, remembered as X's.

    What the document says usually follows in a participle (", saying ...") that shares X
    as its speaker; "the statement said" later is X too.
    """
    del memory
    sentence = clause.sentence
    obj = sentence.phrase_starting(clause.group.end)
    if obj is None or sentence.tags[obj.head] != "O":
        return None
    noun = sentence.units[obj.head].entry("noun")
    vocab = vocabulary()
    if noun is not None and noun.category == "deny" and noun.lemma not in vocab.pledge_nouns | vocab.answer_nouns:
        return _issued_denial(clause, obj)  # "issued a denial"; not "submitted its reply to the proposal"
    if noun is None or noun.category not in ("assert", "accuse", "demand", "warn"):
        return None
    reading = base_reading(clause, "ISSUE-DOCUMENT", [Act(noun.category)])
    reading.document = noun.lemma
    reading.cue = noun.lemma  # "lodged a protest": the document names the act
    addressee = pp_after(sentence, obj.last, ("with", "to", "against")) if noun.category != "assert" else None
    if addressee is not None and addressee[1] is not None:  # "lodged a protest with X", "sent a demand to X"
        reading.objects.append(addressee[1])
        reading.content = content_from(clause, addressee[1].last)
    else:
        reading.content = content_from(clause, obj.last)
    return reading


def _issued_denial(clause: Clause, obj: Phrase) -> Reading:
    """ISSUE-DOCUMENT of a denial: "X issued a denial (, saying ...)", "released a rebuttal": X rebuts.

    Whose claim it answers is left to the discourse (the accusation just heard), as for a bare "X denied it".
    """
    reading = base_reading(clause, "ISSUE-DOCUMENT", [])
    reading.rebut = "deny"
    reading.content = content_from(clause, obj.last)
    return reading


def _rejected_relative(clause: Clause) -> bool:
    """REJECTED-CLAIM-RELATIVE: "refutes the communique of X, which claims that ...": X's claim is what is rejected.

    A claim verb in a relative clause after a rejection or denial verb of the same sentence
    reports the claim being rejected; it counters nothing.
    """
    sentence = clause.sentence
    if relative_before(sentence, clause.group) < 0:
        return False
    return any(tag in "rd" for tag in sentence.tags[: clause.group.first])


def counter_claim(clause: Clause, memory: Discourse) -> Reading | None:
    """COUNTER-CLAIM: a verb of reasoning ("X claims/insists/argues that ..."): an assertion that may rebut.

    Whether it rebuts is decided with the discourse (a speaker already rebutting, or
    answering an accusation); alone it is an `assert`. "claimed responsibility" is a
    plain assertion (a claim of an attack).
    """
    del memory
    sentence = clause.sentence
    after = sentence.units[clause.group.end].low if clause.group.end < len(sentence.units) else ""
    next_tag = sentence.tags[clause.group.end] if clause.group.end < len(sentence.tags) else "."
    past = _skip_adverbials(sentence, clause.group.end, clause.limit)  # "claimed in a statement that ..."
    past_tag = sentence.tags[past] if past < len(sentence.tags) else "."
    if past > clause.group.end and past < len(sentence.units) and _infinitive_marker(sentence, past):
        after = "to"  # CLAIM-TO-HAVE past a time phrase: "claimed on Tuesday to have kidnapped ..."
    clausal = (
        next_tag in "T:Q,."
        or after == "to"
        or _clause_ahead(sentence, clause.group.end, clause.limit)
        or (past > clause.group.end and past_tag in "T:")
    )
    if next_tag in ".;" and _object_gapped(sentence, clause.subject):
        return None  # CONTACT-RELATIVE: ", a town Somalia claims.": the claim is of the noun, nothing reported
    obj = sentence.phrase_starting(clause.group.end)
    attack = obj is not None and sentence.units[obj.head].entry("attack") is not None  # "claimed the bombing"
    if not clausal and after != "responsibility" and next_tag != "O" and not attack:
        return None  # "the group maintains bases in the hills", "both claim the islands": no claim is reported
    reading = base_reading(clause, "COUNTER-CLAIM", [Act.ASSERT])
    if after != "responsibility" and not attack and not _rejected_relative(clause):
        reading.rebut = "counter"
        entry = sentence.units[clause.group.verb].entry("verb")
        if entry is not None and entry.form != "ing":  # "claims to have ...": the claim is the verb's clause
            reading.claim_start = sentence.units[clause.group.verb].start
    reading.content = _infinitive(clause, past) if after == "to" else _content(clause) or _content_before(clause)
    return reading


def _object_gapped(sentence: Sentence, subject: Phrase | None) -> bool:
    """Whether a relative clause's object is the noun it hangs on: ", a town X claims", ", which X claims"."""
    if subject is None or subject.first == 0:
        return False
    before = sentence.units[subject.first - 1].low
    return before in ("which", "that") or gapped_noun(sentence, subject) is not None


def _infinitive(clause: Clause, marker: int) -> list[tuple[int, int]]:
    """CLAIM-TO-HAVE: the clause a reasoning verb takes with "to" at `marker` ("claimed to have downed a jet")."""
    sentence = clause.sentence
    start = marker + 1
    end = trim_end(sentence, start, min(clause_end(sentence, start), clause.limit))
    return [sentence.span(start, end)] if end > start else []
