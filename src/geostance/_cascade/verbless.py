"""VERBLESS-JUDGMENT: someone's words judged false with no verb of speech, attributed next.

"X's claim that the border is closed is a fabrication. This statement was made by the
ministry's spokeswoman, Name." and "... is pure invention. So said the foreign ministry of
Y." The first sentence judges an actor's words false but names no one judging; the next
one says whose judgment it was. Together they are that speaker's rebuttal of the actor
whose words were judged, with the judged sentence as its claim.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geostance._cascade.reading import Reading
from geostance._cascade.roles import author_of, is_report
from geostance._cascade.speakers import resolve
from geostance._cascade.vocab import vocabulary

if TYPE_CHECKING:
    from geostance._cascade.memory import Discourse, Speaker
    from geostance._cascade.sentence import Sentence

__all__ = ["attributed_by", "verbless_judgment"]

_JUDGMENT_TAIL = 5
"""How many words after the copula may hold the falsity judgment ("are a grand lie", "is pure invention")."""


def verbless_judgment(sentence: Sentence) -> Reading | None:
    """A sentence whose subject is someone's words and whose predicate calls them false, with no cue verb.

    The reading has no speaker yet: `attributed_by` finds it in the next sentence.
    """
    if not sentence.phrases:
        return None
    subject = sentence.phrases[0]
    if subject.first > 0 or not is_report(sentence, subject):
        return None
    authors = author_of(sentence, subject)
    if not authors or not _judged_false(sentence, subject.last):
        return None
    start = sentence.units[0].start
    reading = Reading(
        construction="VERBLESS-JUDGMENT",
        group=None,
        subject=None,
        acts=[],
        cue_start=start,
        evidence=(start, sentence.units[-1].end),
    )
    reading.rebut = "reject"
    reading.answered = authors
    reading.claim_start = start
    return reading


def _judged_false(sentence: Sentence, after: int) -> bool:
    """Whether a copula after the subject is followed, within a few words, by a falsity judgment.

    Any copula: the subject's own clause ("X's claim that the troops were spies is baseless") may hold another.
    """
    units = sentence.units
    for k in range(after, len(units)):
        aux = units[k].entry("aux")
        if aux is not None and aux.category == "passive":  # a form of "be" (grammar.json passive_auxiliaries)
            tail = units[k + 1 : k + 1 + _JUDGMENT_TAIL]
            if any(e.kind == "judgment" and e.category == "falsity" for unit in tail for e in unit.entries):
                return True
    return False


def attributed_by(sentence: Sentence, memory: Discourse) -> Speaker | None:
    """Who made the words of the sentence before: "This statement was made ... by X", "So said X"."""
    units = sentence.units
    lows = [u.low for u in units]
    if len(lows) > 2 and lows[0] == "so" and units[1].entry("verb") is not None and sentence.tags[1] == "s":
        phrase = sentence.phrase_starting(2)  # "So said the ministry": a verb of speech, its subject after it
        return resolve(sentence, phrase, memory) if phrase is not None else None
    if len(lows) < 4 or sentence.tags[:2] != "DO":  # "This statement", "These remarks", "The words"
        return None
    if vocabulary().attribution_participles.isdisjoint(lows[2:5]):
        return None
    for k in range(3, len(units)):
        if lows[k] == "by":
            phrase = sentence.phrase_starting(k + 1)
            return resolve(sentence, phrase, memory) if phrase is not None else None
    return None
