"""Constructions of plain reported speech: SAY, SAY-INVERTED, TELL-THAT, CONCERN, COUNTER-CLAIM.

Each function reads one clause (a verb group with its subject) and returns a
[`Reading`][geostance._cascade.reading.Reading] or None; its docstring says what it
reads. Their catalogue entries (examples, expected output) are in
`geostance._cascade.catalogue`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geostance._cascade.clauses import clause_end, content_after, trim_end, pp_after
from geostance._cascade.reading import Reading
from geostance.model import Act

if TYPE_CHECKING:
    from geostance._cascade.reading import Clause
    from geostance._cascade.speakers import Discourse

__all__ = ["concern", "counter_claim", "say", "say_inverted", "tell_that"]

_CONCERN_NOUNS = ("concern", "worry", "fear", "alarm", "anxiety", "unease", "apprehension", "dismay", "disquiet")
_ABOUT = ("about", "over", "at", "regarding", "concerning", "on", "with", "by")


def base_reading(clause: Clause, name: str, acts: list[Act]) -> Reading:
    """A reading of the clause's verb group with the evidence running from the verb to the clause's end."""
    sentence = clause.sentence
    group = clause.group
    end = trim_end(sentence, group.end, min(clause_end(sentence, group.end), clause.limit))
    start = sentence.units[group.first].start
    stop = sentence.units[max(group.verb, end - 1)].end
    return Reading(
        construction=name,
        group=group,
        subject=clause.subject,
        acts=acts,
        cue_start=sentence.units[group.verb].start,
        evidence=(start, stop),
        speaker=clause.inherited,
    )


def _content(clause: Clause) -> list[tuple[int, int]]:
    """What follows the verb as reported content (to the clause's end), if anything."""
    sentence = clause.sentence
    start = content_after(sentence, clause.group.end)
    end = trim_end(sentence, start, min(clause_end(sentence, start), clause.limit))
    if end <= start:
        return []
    return [sentence.span(start, end)]


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
    reading = base_reading(clause, "SAY", [Act.ASSERT])
    content = _content(clause)
    reading.content = content or _content_before(clause)
    return reading


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
    if entry is None or entry.lemma not in ("tell", "inform", "brief"):
        return None
    reading = base_reading(clause, "TELL-THAT", [Act.ASSERT])
    tags = sentence.tags
    for k in range(clause.group.end, min(clause.limit, clause.group.end + 10)):
        if tags[k] in "T:Q":
            start = content_after(sentence, k)
            end = trim_end(sentence, start, min(clause_end(sentence, start), clause.limit))
            if end > start:
                reading.content = [sentence.span(start, end)]
            break
    if not reading.content:
        reading.content = _content_before(clause)
    return reading


def concern(clause: Clause, memory: Discourse) -> Reading | None:
    """CONCERN: "X expressed (deep) concern about Y", "X is concerned over Y", "X fears ...".

    The act is `concern`; the phrase after "about/over/at" is what the concern is about.
    """
    del memory
    sentence = clause.sentence
    units = sentence.units
    group = clause.group
    tag = sentence.tags[group.verb]
    entry = units[group.verb].entry("verb")
    if tag == "x":  # express + a concern noun within a few words
        noun_at = next(
            (
                k
                for k in range(group.end, min(clause.limit, group.end + 5))
                if (noun := units[k].entry("noun")) is not None and noun.lemma in _CONCERN_NOUNS
            ),
            None,
        )
        if noun_at is None:
            return None
        after = noun_at + 1
    elif tag == "c" or (entry is not None and entry.category == "concern"):
        after = group.end
    else:
        return None
    reading = base_reading(clause, "CONCERN", [Act.CONCERN])
    found = pp_after(sentence, after, _ABOUT)
    if found is not None and found[1] is not None:
        reading.about.append(found[1])
    reading.content = _content(clause) if sentence.tags[after : after + 1] == "T" else []
    return reading


def counter_claim(clause: Clause, memory: Discourse) -> Reading | None:
    """COUNTER-CLAIM: a verb of reasoning ("X claims/insists/argues that ..."): an assertion that may rebut.

    Whether it rebuts is decided with the discourse (a speaker already rebutting, or
    answering an accusation); alone it is an `assert`. "claimed responsibility" is a
    plain assertion (a claim of an attack).
    """
    del memory
    sentence = clause.sentence
    after = sentence.units[clause.group.end].low if clause.group.end < len(sentence.units) else ""
    reading = base_reading(clause, "COUNTER-CLAIM", [Act.ASSERT])
    if after != "responsibility":
        reading.rebut = "counter"
        entry = sentence.units[clause.group.verb].entry("verb")
        if entry is not None and entry.form != "ing":  # "claims to have ...": the claim is the verb's clause
            reading.claim_start = sentence.units[clause.group.verb].start
    reading.content = _content(clause) or _content_before(clause)
    return reading
