"""Places and victims: whether an actor named at some point of the text is only where something happened.

"in Yemen, Sudan or Somalia", "a missile that flew over Japan", "a war against Ukraine": such
mentions are no targets (PLACE-LIST, VICTIM-NOT-TARGET), nor is a body whose meeting was the venue
(VENUE-MEETING). The words are `grammar.json` locatives
and `frames.json` harm_nouns.
"""

from __future__ import annotations

import re

from geostance._cascade.vocab import vocabulary

__all__ = ["convened", "facilitating", "harmed", "list_start", "located"]


_LISTED_AFTER = re.compile(
    r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$"
)
"""A name, then a comma or "and"/"or": the mention after it is the next member of the same list."""
_LIST_REACH = 4
"""How many list members before a mention are walked back to find the list's preposition."""


def list_start(text: str, start: int) -> int:
    """Where the list a mention closes begins ("Sudan" in "in Yemen, Sudan": "Yemen"), or the mention itself."""
    for _ in range(_LIST_REACH):
        listed = _LISTED_AFTER.search(text, max(0, start - 60), start)
        if listed is None:
            break
        start = listed.start(1)
    return start


def harmed(text: str, start: int) -> bool:
    """VICTIM-NOT-TARGET: whether the list at `start` suffers a harm noun ("war against Ukraine", "attacks on X")."""
    return vocabulary().harm_before.search(text, max(0, start - 40), start) is not None


def located(text: str, start: int) -> bool:
    """Whether the list starting at `start` is the object of a place preposition: places, not actors.

    Callers pass the list's start (`list_start`): a later member of a list of places is a place too
    ("in Yemen, Sudan or Somalia").
    """
    vocab, window = vocabulary(), max(0, start - 60)
    if "from" in text[max(0, start - _FROM_REACH) : start]:  # both patterns end "from (the)" or "territory of"
        if vocab.people_from.search(text, window, start) is not None:
            return False  # people "from" an actor act for it ("delegates from the African Union")
        if vocab.origin_from.search(text, window, start) is not None:
            return False  # HOSTILE-ORIGIN: "drones launched from Belarus": the one held responsible, no place
    if vocab.particle_in.search(text, window, start) is not None:
        return False  # "in" as a phrasal verb's particle ("rein in the TTP") leaves its object an actor
    if "to" in text[max(0, start - 4) : start] and vocab.destination_to.search(text, window, start) is not None:
        return True  # DESTINATION: "women returning to Afghanistan", "the return of the displaced to Abkhazia"
    return vocab.locative_before.search(text, max(0, start - 40), start) is not None


_FROM_REACH = 30
"""How many characters before a name "from" may stand for the people-from and origin patterns ("from the
territory of")."""


def facilitating(text: str, start: int) -> bool:
    """FACILITATOR-NOT-TARGET: whether the list at `start` hosts or mediates talks ("talks hosted by X").

    The host, mediator or convener of a meeting or deal is where the dispute is talked over, not a party to it;
    only after a meeting or deal noun ("a truce brokered by"; "militants hosted by X" still accuses X). Callers
    pass the list's start (`list_start`): "mediated by Brazil and the Caribbean Community" are both.
    """
    window = text[max(0, start - _FACILITATOR_REACH) : start]
    if "by" not in window and " of" not in window:  # every pattern ends "... by (the)" or "... of (the)"
        return False
    return vocabulary().facilitator_before.search(text, max(0, start - _FACILITATOR_REACH), start) is not None


_FACILITATOR_REACH = 70
"""How many characters before a name its facilitating words are read ("a ceasefire, which is mediated by")."""


def convened(text: str, start: int, end: int) -> bool:
    """VENUE-MEETING: whether the name at `start`..`end` is the body whose meeting was where words were said.

    "urged Cambodia at a Mekong River Commission meeting", "during an OSCE ministerial session", "at the
    meeting of the African Union": the venue, not a party (ANNOTATION: the venue of a meeting is no target).
    "told the ASEAN summit" addresses it; "accused X of wrecking the IGAD summit" is about it: no "at".
    """
    vocab = vocabulary()
    window = max(0, start - _VENUE_REACH)
    before = vocab.venue_before.search(text, window, start)
    if before is None:
        return False
    return before.group("of") is not None or vocab.venue_after.match(text, end) is not None


_VENUE_REACH = 60
"""How many characters before a name its venue preposition may stand ("on the sidelines of the meeting of the")."""
