"""Constructions of acts aimed at someone: REQUEST, WARN, ACCUSE-X-OF, JUDGE-POSSESSOR, SUPPORT, PASSIVE-BY.

The object of a directed verb is the actor the act is about: the one urged, warned,
accused or supported. What follows it ("of ...", "for ...", "to ...") is the charge or
the request, not a second target: in "accused Moscow of a war against Kyiv" only
Moscow is accused.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geostance._cascade.clauses import (
    clause_end,
    content_after,
    object_after,
    past_adverbials,
    pp_after,
    relative_host,
    trim_end,
)
from geostance._cascade.perpetrators import conduct_actor, deed_doer, perpetrator
from geostance._cascade.phrases import Phrase
from geostance._cascade.roles import author_of, is_report, judged_through_quality, made_by, possessor_of
from geostance._cascade.speech import base_reading, content_from
from geostance._cascade.vocab import vocabulary
from geostance.model import Act

if TYPE_CHECKING:
    from geostance._cascade.reading import Clause, Reading
    from geostance._cascade.sentence import Sentence
    from geostance._cascade.speakers import Discourse

__all__ = ["accuse", "assault", "offer", "passive_by", "request", "support", "warn"]

_ABOUT = ("of", "about", "against", "over", "on")
_CHARGE = ("of", "for", "over")
_THING_REQUESTS = ("call for", "press for", "push for", "appeal for", "plead for", "seek", "propose", "recommend")


_ACTOR_TAGS = frozenset("AZPJRYKH")
"""Tags of a phrase head that names or stands for an actor."""


def _targets_of(clause: Clause, phrase: Phrase | None) -> list[Phrase]:
    """The actor(s) an object phrase points at: itself, or the possessor of a thing ("Turkey's offensive")."""
    if phrase is None:
        return []
    sentence = clause.sentence
    tag = sentence.tags[phrase.head]
    if tag in _ACTOR_TAGS or phrase.members:
        return [phrase]
    owner = possessor_of(phrase)
    if owner is not None:
        return [owner]
    modifier = next((k for k in range(phrase.first, phrase.head) if sentence.tags[k] == "A"), None)
    head = sentence.units[phrase.head].low
    if modifier is None and head in vocabulary().demonym_agents and head not in vocabulary().private_agents:
        # DEMONYM-AGENT-OBJECT: "gave a Serbian liaison officer 48 hours to leave": Serbia's officer
        modifier = next((k for k in range(phrase.first, phrase.head) if sentence.tags[k] == "J"), None)
    if modifier is not None:
        return [Phrase(modifier, modifier + 1, modifier, [])]  # "the Houthi campaign": the Houthis'
    if phrase.complement is not None:
        return [phrase.complement]
    agent = made_by(sentence, phrase.last)
    return [agent] if agent is not None else []  # "welcomed the readiness expressed by X": X


def _lemma(clause: Clause) -> str:
    entry = clause.sentence.units[clause.group.verb].entry("verb")
    return entry.lemma if entry is not None else ""


def _acted_on(clause: Clause) -> bool:
    """Whether the verb is passive ("Y was urged to ..."): Y is acted on, and PASSIVE-BY reads an agent, if named."""
    return clause.group.passive


def _culprit(clause: Clause, obj: Phrase | None) -> Phrase | None:
    """The one a thing is laid on: the phrase after "on"/"to" that follows the object of "blame"/"attribute"."""
    preposition = vocabulary().blame_transfers.get(_lemma(clause))
    if preposition is None or obj is None or clause.sentence.tags[obj.head] in "AZ":
        return None  # "blamed Russia for ...": the object is the culprit already
    return _culprit_past_complements(clause.sentence, obj.last, preposition, clause.limit)


def _culprit_past_complements(sentence: Sentence, at: int, preposition: str, limit: int) -> Phrase | None:
    """BLAME-ON: the phrase after "on"/"to", past adverbs, a date and the object's own complements.

    "blamed the raid on X", "attributed a campaign against its ruling party to X": the preposition is looked for
    right after the object and over its prepositional phrases, up to a comma, a verb or the
    clause's end, the first one naming an actor preferred ("the attacks on police posts on X"); the chunker
    may have hung the culprit on the last noun ("party to X").
    """
    units, tags = sentence.units, sentence.tags
    at = past_adverbials(sentence, at)  # "blamed the raid on Tuesday on X"
    first: Phrase | None = None
    for k in range(at, min(limit, at + _CULPRIT_REACH, len(units) - 1)):
        if tags[k] in ",;:Q" or (tags[k].islower() and tags[k] != "_") or units[k].low in ("that", "which", "who"):
            break
        if units[k].low != preposition or tags[k] not in "IGE":
            continue
        found = sentence.phrase_starting(k + 1) or _nested_phrase(sentence, k + 1)
        if found is not None and tags[found.head] in "AZ":
            return found  # "blamed the attacks on police posts ... on X": the "on" that names an actor
        first = first or found
    return first


def _nested_phrase(sentence: Sentence, first: int) -> Phrase | None:
    """The phrase starting at unit `first` inside another's chain of complements ("its party (to) the GRU")."""
    outer = sentence.phrase_at(first)
    part = outer.complement if outer is not None else None
    while part is not None and part.first != first:
        part = part.complement
    return part


_CULPRIT_REACH = 10
"""How many words of the object's complements may stand before the culprit's "to" or "on"."""


def request(clause: Clause, memory: Discourse) -> Reading | None:
    """REQUEST: "X urged/called on/asked Y to ...": a demand; Y (the one asked) is its target.

    "called for the release of ..." asks for a thing: its possessor, if an actor, is the target.
    """
    del memory
    if _acted_on(clause) or _asks_for_itself(clause) or _attempts(clause):
        return None
    sentence = clause.sentence
    reading = base_reading(clause, "REQUEST", [Act.DEMAND])
    obj = object_after(sentence, clause.group)
    if _lemma(clause) in _THING_REQUESTS and obj is not None and sentence.tags[obj.head] not in "AZ":
        reading.objects = _targets_of(clause, obj) if obj.possessors else []
    else:
        reading.objects = _targets_of(clause, obj)
    singled = _singled_out(sentence, obj)
    if singled is not None:  # "urged every faction, notably the navy, to ...": the navy too
        reading.objects = [*reading.objects, *_targets_of(clause, singled)]
    # what is asked for: its actors are the targets when the one asked names none ("urged the world to ...")
    start = (
        obj.first if obj is not None and not reading.objects else (obj.last if obj is not None else clause.group.end)
    )
    end = trim_end(sentence, start, min(clause_end(sentence, start), clause.limit))
    if end > start:
        reading.content = [sentence.span(start, end)]
    return reading


def _singled_out(sentence: Sentence, obj: Phrase | None) -> Phrase | None:
    """SINGLED-OUT: the phrase a set-off "in particular" (grammar.json `singling_out`) names after the object."""
    if obj is None or obj.last + 2 >= len(sentence.units) or sentence.tags[obj.last] != ",":
        return None
    units = sentence.units
    words = vocabulary().singling_out
    k = obj.last + 1
    if units[k].low in words:
        k += 1
    elif k + 1 < len(units) and f"{units[k].low} {units[k + 1].low}" in words:
        k += 2
    else:
        return None
    return sentence.phrase_starting(k)


def ultimatum(clause: Clause, memory: Discourse) -> Reading | None:
    """ULTIMATUM: "X gave Y a week to restore the president": a demand of Y, with a deadline.

    Only a recipient, then a span of time (a number or "a" and a unit of time: frames.json
    `ultimatum`, grammar.json `duration_nouns`), then "to" and a verb: "gave a speech", "granted
    asylum" and "gave Kyiv drones" report no act.
    """
    del memory
    if _acted_on(clause):
        return None
    sentence = clause.sentence
    units = sentence.units
    recipient = object_after(sentence, clause.group)
    if recipient is None or recipient.last + 2 >= min(clause.limit, len(units)):
        return None
    k = recipient.last
    if units[k].tag not in "9D" or units[k + 1].low not in vocabulary().duration_nouns:
        return None  # "a week", "72 hours", "ten days"
    content = _infinitive(clause, k + 2)
    if not content:
        return None
    reading = base_reading(clause, "ULTIMATUM", [Act.DEMAND])
    reading.objects = _targets_of(clause, recipient)
    reading.content = content
    return reading if reading.objects else None


def _attempts(clause: Clause) -> bool:
    """ATTEMPT: "sought to avoid a clash", "proposed to host the talks": the subject's own aim, no one asked."""
    units = clause.sentence.units
    k = clause.group.end
    return (
        units[clause.group.verb].low in vocabulary().attempt_forms
        and k + 1 < len(units)
        and units[k].low == "to"
        and units[k + 1].tag not in "DSAZRYKP"  # "proposed to the council": a hearer, not an infinitive
    )


def _asks_for_itself(clause: Clause) -> bool:
    """SELF-REQUEST: "asked (not) to be named": a passive infinitive right after the verb asks about the speaker."""
    units = clause.sentence.units
    k = clause.group.end
    if k < len(units) and units[k].tag == "N":
        k += 1
    return k + 1 < len(units) and units[k].low == "to" and units[k + 1].low == "be"


def warn(clause: Clause, memory: Discourse) -> Reading | None:
    """WARN: "X warned Y (against/of ...)", "X threatened ...", "X warned that ...": a warning.

    The one warned is the target; so is an actor the warning is about ("warned of a
    threat from ISKP" names ISKP as what it is about).
    """
    del memory
    if _acted_on(clause):
        return None
    sentence = clause.sentence
    reading = base_reading(clause, "WARN", [Act.WARN])
    obj = object_after(sentence, clause.group)
    reading.objects = _targets_of(clause, obj)
    after = obj.last if obj is not None else clause.group.end
    found = pp_after(sentence, after, _ABOUT)
    if found is not None and found[1] is not None:
        reading.about.append(found[1])
    reading.content = content_from(clause, after) or _infinitive(clause, after)
    return reading


def _infinitive(clause: Clause, at: int) -> list[tuple[int, int]]:
    """The infinitive of "warned Y (not) to ...": what the warning says."""
    sentence = clause.sentence
    units = sentence.units
    start = at + 1 if at < len(units) and units[at].low in ("not", "never") else at
    if start >= min(clause.limit, len(units)) or units[start].low != "to":
        return []
    end = trim_end(sentence, at, min(clause_end(sentence, at), clause.limit))
    return [sentence.span(at, end)] if end > start + 1 else []


def accuse(clause: Clause, memory: Discourse) -> Reading | None:
    """ACCUSE-X-OF: "X accused/blamed/condemned/criticised Y (of/for ...)": an accusation of Y.

    The target is the object, or the actor behind a thing ("condemned Turkey's
    offensive" accuses Turkey). What follows "of"/"for" is the charge, never a target.
    When the object is someone's statement ("denounced the joint statement"), the
    construction is JUDGE-STATEMENT instead (a rebuttal, in `geostance._cascade.rebut`).
    """
    del memory
    if _acted_on(clause):
        return None
    sentence = clause.sentence
    obj = object_after(sentence, clause.group)
    if obj is not None and (is_report(sentence, obj) or judged_through_quality(sentence, obj) is not None):
        return None  # JUDGE-STATEMENT, QUALITY-OF-REPORT
    if assault(clause, obj) or _priced(clause):
        return None
    reading = base_reading(clause, "ACCUSE-X-OF", [Act.ACCUSE])
    reading.objects = _targets_of(clause, obj)
    gap = sentence.units[clause.group.end].low if clause.group.end < len(sentence.units) else ""
    if obj is None and gap in _CHARGE:  # RELATIVE-ACCUSED: "firms it accused of supplying drones": the firms
        reading.objects = _targets_of(clause, relative_host(sentence, clause.subject))
    culprit = _culprit(clause, obj)
    if culprit is not None:  # BLAME-ON: "blamed the bombing on the TTP": the TTP is accused, the bombing is not
        reading.objects = _targets_of(clause, culprit)
        return reading
    victim = obj.complement if obj is not None and obj.prep == "of" else None  # "the arrest of X by Y": X
    if (victim is not None and reading.objects == [victim]) or not any(
        sentence.tags[p.head] in _ACTOR_TAGS or p.members for p in reading.objects
    ):
        agent = _agent_by(sentence, clause.group.end, clause.limit)  # AGENT-BY: "condemned the seizure of X by Y"
        reading.objects = [agent] if agent is not None else reading.objects
    if not reading.objects and obj is not None:
        _doer_of_deed(sentence, obj, reading)
    after = obj.last if obj is not None else clause.group.end
    if not reading.objects and not reading.perpetrator:
        cause = _cause_clause_agent(sentence, after)  # "protested after China's coast guard entered"
        reading.objects = _targets_of(clause, cause) if cause is not None else []
    found = pp_after(sentence, after, _CHARGE)
    if found is not None:
        start = found[0] + 1
        end = trim_end(sentence, start, min(clause_end(sentence, start), clause.limit))
        if end > start:
            reading.content = [sentence.span(start, end)]
    elif sentence.tags[after : after + 1] == "T":
        start = content_after(sentence, after)
        end = trim_end(sentence, start, min(clause_end(sentence, start), clause.limit))
        if end > start:
            reading.content = [sentence.span(start, end)]
    return reading


def _cause_clause_agent(sentence: Sentence, at: int) -> Phrase | None:
    """CAUSE-CLAUSE: the actor acting in an "after"/"when" clause right after a protest that names no one.

    "Japan protested after China's coast guard entered its waters": China; the clause's subject must name an
    actor (a name, a possessor, a demonym) and a verb must follow it. The clause is one of its own, past the
    protest's limit.
    """
    units, tags = sentence.units, sentence.tags
    k = past_adverbials(sentence, at)
    if k + 1 >= len(units) or units[k].low not in _CAUSE_OPENERS:
        return None
    subject = sentence.phrase_starting(k + 1)
    if subject is None or subject.last >= len(units):
        return None
    if tags[subject.first] in "AZ":
        return subject  # "after China sent ships": a name opens the clause (the chunker may run on past it)
    verb = tags[subject.last]
    return subject if verb.islower() or verb in "XN_" else None


_CAUSE_OPENERS = frozenset(["after", "when"])
"""Subordinators of the deed a protest answers ("protested after X ...", "condemned it when X ...")."""


def _doer_of_deed(sentence: Sentence, obj: Phrase, reading: Reading) -> None:
    """Whoever did a condemned thing that names no actor: the reading's perpetrator, or its deed to look up later.

    ADJECTIVE-AGENT ("condemned the Russian strike"), ATTACK-PERPETRATOR ("condemned the attack"), DEED-DOER
    ("condemned the drills"), and CHARGED-DEED (the deed an accusation just before charged someone with, found
    with the events: `reading.deed`).
    """
    head = sentence.units[obj.head]
    attack = head.entry("attack") is not None
    definite = sentence.units[obj.first].low in ("the", "these", "those")
    deed = head.low in vocabulary().conduct_nouns and not attack
    reading.perpetrator = conduct_actor(sentence, obj)
    if reading.perpetrator is None and attack:
        reading.perpetrator = perpetrator(sentence, sentence.units[obj.first].start, "")
    if reading.perpetrator is None and definite and deed:
        reading.perpetrator = deed_doer(sentence, head.start, head.low, "")
    charged = deed or attack or head.low in vocabulary().event_nouns
    if reading.perpetrator is None and definite and charged and obj.head == obj.last - 1:
        reading.deed = head.low


_AGENT_REACH = 10
"""How many units after a judgment verb the "by" naming the doer of what it judges may stand."""


def _agent_by(sentence: Sentence, start: int, limit: int) -> Phrase | None:
    """AGENT-BY: the actor after "by" in the object of a judgment verb ("the seizure of the tanker by X").

    Only inside the object: no punctuation, quotation or verb of the vocabulary before "by".
    """
    units, tags = sentence.units, sentence.tags
    for k in range(start, min(limit, len(units) - 1, start + _AGENT_REACH)):
        if tags[k] in ",;:Q.()" or (tags[k].islower() and tags[k] != "_"):
            return None
        if units[k].low == "by" and tags[k] == "I" and k > start:
            agent = sentence.phrase_starting(k + 1)
            if agent is not None:
                return agent if tags[agent.head] in _ACTOR_TAGS else None
            head = next((h for h in range(k + 1, min(k + 4, len(units))) if tags[h] not in "DJV"), len(units))
            # inside a longer phrase ("its airspace by X"): the agent's own words
            return Phrase(k + 1, head + 1, head, []) if head < len(units) and tags[head] in "AZPRYK" else None
    return None


_PRICE_REACH = 16
"""How many units after a price verb its amount or fee word may stand ("charging migrants heading south, up to
400 dollars")."""


def _priced(clause: Clause) -> bool:
    """PRICE-SENSE: whether "charge" names a price here (a number or a fee word soon after it), not an accusation."""
    vocab = vocabulary()
    if _lemma(clause) not in vocab.price_lemmas:
        return False
    units, tags = clause.sentence.units, clause.sentence.tags
    for k in range(clause.group.end, min(len(units), clause.group.end + _PRICE_REACH)):
        if tags[k] in ";:Q." or units[k].low in vocab.charge_markers:
            return False  # "charged X with ...", "charged that ...": the accusation's charge
        if tags[k] == "9" or units[k].low in vocab.price_words:
            return True
    return False


def assault(clause: Clause, obj: Phrase | None) -> bool:
    """Whether a judgment verb names an assault here: "fighters attacked ...", "attacked a military base".

    Only for the judgment verbs that also name an assault (frames.json `physical_judgments`): the subject's
    head is armed agents, or the object's head a place or a military target.
    """
    vocab = vocabulary()
    if _lemma(clause) not in vocab.physical_judgments:
        return False
    units = clause.sentence.units
    subject = clause.subject
    if subject is not None and units[subject.last - 1].low in vocab.agent_words:
        return True
    if obj is not None and units[obj.head].low in vocab.physical_objects:
        return True
    for k in range(clause.group.end, min(clause.group.end + _BARE_OBJECT_REACH, len(units))):
        if units[k].low in vocab.physical_objects:
            return True  # "attacked two towns", "attacked army posts": a bare plural object
        if units[k].tag not in "9_FVJLR":  # "three military bases", "army posts"
            return False
    return False


_BARE_OBJECT_REACH = 3
"""How many words a bare object of an assault may run ("attacked two border towns")."""


def support(clause: Clause, memory: Discourse) -> Reading | None:
    """SUPPORT: "X welcomed/backed/praised Y": support for Y, or for the actor behind a thing."""
    del memory
    if _acted_on(clause):
        return None
    reading = base_reading(clause, "SUPPORT", [Act.SUPPORT])
    obj = object_after(clause.sentence, clause.group)
    reading.objects = _targets_of(clause, obj)
    if not reading.objects and obj is not None and is_report(clause.sentence, obj):
        reading.objects = [obj]  # SUPPORTED-REPORT: "welcomed the call": its author, found among the events
    return reading


def offer(clause: Clause, memory: Discourse) -> Reading | None:
    """OFFER: "X offered to mediate between Y and Z", "offered to host talks": support for those helped.

    Only an offer of the subject's own action ("to" and a verb); "offered condolences" is
    CONCERN's (a stance noun) or nothing. The actors the offered action names are the targets.
    """
    del memory
    sentence = clause.sentence
    units = sentence.units
    if _acted_on(clause) or units[clause.group.verb].low not in vocabulary().offer_forms:
        return None
    k = past_adverbials(sentence, clause.group.end)  # "offered on Tuesday to mediate"
    if k + 1 >= min(clause.limit, len(units)) or units[k].low != "to" or units[k + 1].tag in "DSAZRYKP":
        return None  # "offered to the council": a hearer, not an infinitive
    reading = base_reading(clause, "OFFER", [Act.SUPPORT])
    reading.content = _infinitive(clause, k)
    return reading if reading.content else None


_PASSIVE_ACTS = {
    "judge": Act.ACCUSE,
    "request": Act.DEMAND,
    "warn": Act.WARN,
    "support": Act.SUPPORT,
    "say": Act.ASSERT,
    "reason": Act.ASSERT,
}


def passive_by(clause: Clause, memory: Discourse) -> Reading | None:
    """PASSIVE-BY: "Y was accused/urged/warned by X (of/to ...)": X's act, aimed at Y (the subject).

    Without "by X" nobody named speaks in the clause: the subject is only the target,
    and the speaker is whoever the text names elsewhere (no reading here).
    """
    del memory
    sentence = clause.sentence
    group = clause.group
    if not group.passive:
        return None
    entry = sentence.units[group.verb].entry("verb")
    act = _PASSIVE_ACTS.get(entry.category if entry is not None else "")
    if act is None:
        return None
    by = pp_after(sentence, group.end, ("by",))
    if by is None or by[1] is None:
        return None
    if entry is not None and entry.lemma == "claim" and not _claimed_deed(sentence, clause.subject):
        return None  # CLAIMED-TERRITORY: "the islands are claimed by Vietnam": a possession, nothing said
    reading = base_reading(clause, "PASSIVE-BY", [act])
    reading.subject = by[1]
    if act is Act.ASSERT:  # "the plan was announced by X": what was said is the subject
        if clause.subject is not None:
            reading.content = [clause.sentence.phrase_span(clause.subject)]
    else:
        reading.objects = _targets_of(clause, clause.subject)
    return reading


def _claimed_deed(sentence: Sentence, subject: Phrase | None) -> bool:
    """Whether a passive "claimed by X" claims a deed or a report ("the attack", "responsibility"), not a territory."""
    if subject is None:
        return True
    head = sentence.units[subject.head]
    return head.entry("attack") is not None or head.low == "responsibility" or head.entry("noun") is not None


def report_targets(clause: Clause, phrase: Phrase) -> list[Phrase]:
    """The authors of a reported thing ("the ministry's claims", "criticism from X")."""
    return author_of(clause.sentence, phrase)
