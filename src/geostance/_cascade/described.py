"""DESCRIBED-NAME: a description set beside a name ties its noun to that actor.

"Haiti's most powerful gang coalition, Viv Ansanm, ..." and "Viv Ansanm, a coalition of
gangs, ..." make "the coalition" later mean that actor, whatever kind of actor the noun
usually describes (a coalition is most often a body of states). The tie is learnt from
every sentence, spoken or not, and read where a definite description is resolved
(`Discourse.roles`, as "the ministry" of a ministry named before).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geostance._cascade.memory import Discourse
    from geostance._cascade.phrases import Phrase
    from geostance._cascade.sentence import Sentence

__all__ = ["learn_descriptions"]

_CLOSERS = frozenset(",.;:)-")
"""What may follow the second phrase of an apposition: it is set off, not the start of a clause."""


def learn_descriptions(sentence: Sentence, memory: Discourse) -> None:
    """Tie each description set beside a name, by a comma, to the name's actor (see the module docstring)."""
    phrases = sentence.phrases
    tags = sentence.tags
    for n, phrase in enumerate(phrases):
        if phrase.apposition is not None:
            _tie(sentence, phrase, phrase.apposition, memory)
        if n + 1 < len(phrases):
            after = phrases[n + 1]
            if tags[phrase.last : after.first] == "," and _set_off(tags, after.last):
                _tie(sentence, phrase, after, memory)


def _set_off(tags: str, at: int) -> bool:
    """Whether a phrase ending at `at` is set off: punctuation follows, maybe after its own "of"/"in" phrase."""
    if at < len(tags) and tags[at] in "GI":
        while at < len(tags) and tags[at] not in _CLOSERS:
            if tags[at].islower() or tags[at] in "XTWQ":
                return False  # "Mali, a country that ...", "X, a group of ... said": a clause, not a description
            at += 1
    return at >= len(tags) or tags[at] in _CLOSERS


def _tie(sentence: Sentence, one: Phrase, other: Phrase, memory: Discourse) -> None:
    """Tie the description noun of one phrase to the actor the other names, if one is each."""
    for description, name in ((one, other), (other, one)):
        noun = _description_noun(sentence, description)
        actor = _actor_named(sentence, name)
        if noun is not None and actor is not None:
            memory.roles[noun] = actor
            return


def _description_noun(sentence: Sentence, phrase: Phrase) -> str | None:
    """The head word of a phrase that only describes ("a coalition of gangs", "the group"), or None."""
    head = sentence.units[phrase.head]
    if head.tag != "Y" or phrase.members or head.entry("description") is None:
        return None
    return head.low


def _actor_named(sentence: Sentence, phrase: Phrase) -> str | None:
    """The one actor a phrase names by its name ("Viv Ansanm"), or None."""
    units = sentence.units
    head = units[phrase.head]
    if head.tag not in "AZ" or phrase.members:
        return None
    actor = getattr(head.ref, "actor", None)
    return actor if isinstance(actor, str) else None
