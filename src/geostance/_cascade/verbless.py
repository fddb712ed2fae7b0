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

if TYPE_CHECKING:
    from geostance._cascade.memory import Discourse, Speaker
    from geostance._cascade.sentence import Sentence

__all__ = ["attributed_by", "verbless_judgment"]

_COPULAS = frozenset(["is", "are", "was", "were"])
_JUDGMENT_TAIL = 4
"""How many words after the copula may hold the falsity judgment ("are a grand lie", "is pure invention")."""
_ATTRIBUTION_VERBS = frozenset(["made", "voiced", "given", "expressed", "issued", "delivered"])
_DEMONSTRATIVES = frozenset(["this", "that", "these", "those", "the", "such"])


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
    """Whether a copula after the subject is followed, within a few words, by a falsity judgment."""
    units = sentence.units
    for k in range(after, len(units)):
        if units[k].low in _COPULAS:
            tail = units[k + 1 : k + 1 + _JUDGMENT_TAIL + 1]
            return any(e.kind == "judgment" and e.category == "falsity" for unit in tail for e in unit.entries)
    return False


def attributed_by(sentence: Sentence, memory: Discourse) -> Speaker | None:
    """Who made the words of the sentence before: "This statement was made ... by X", "So said X"."""
    units = sentence.units
    lows = [u.low for u in units]
    if len(lows) > 2 and lows[0] == "so" and lows[1] in ("said", "stated", "declared"):
        phrase = sentence.phrase_starting(2)
        return resolve(sentence, phrase, memory) if phrase is not None else None
    if len(lows) < 4 or lows[0] not in _DEMONSTRATIVES or sentence.tags[1] != "O":
        return None
    if not any(w in _ATTRIBUTION_VERBS for w in lows[2:5]):
        return None
    for k in range(3, len(units)):
        if lows[k] == "by":
            phrase = sentence.phrase_starting(k + 1)
            return resolve(sentence, phrase, memory) if phrase is not None else None
    return None
