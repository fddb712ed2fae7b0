"""Counter-accounts: words that rebut with no denial word in them.

The accused's account of its own conduct (COUNTER-FACT), of the thing the charge named (SAME-THING-ACCOUNT),
a negated account of the thing just reported (NEGATED-THING), a cleft that blames another (CLEFT-COUNTER), and
a denial of what unattributed posts spread (HEARSAY-THEN-DENIAL). `geostance._cascade.events` decides with
them whether a plain assertion rebuts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geostance._cascade.anaphora import unit_actor
from geostance._cascade.roles import hearsay_before
from geostance._cascade.targets import agent_named, subject_named
from geostance._cascade.vocab import vocabulary
from geostance._cascade.wording import cleft_foci, names_thing
from geostance.model import Act

if TYPE_CHECKING:
    from geostance._cascade.sentence import Sentence
    from geostance._cascade.units import Unit
    from geostance._document import SpeechEvent

__all__ = [
    "blames_another",
    "counter_fact",
    "denies_the_thing",
    "justified_deed",
    "other_just_before",
    "rumoured",
    "self_negated",
]


def rumoured(sentence: Sentence, speaker: str) -> bool:
    """Whether the sentence before spread an unattributed claim naming the speaker, and nobody spoke in it.

    "Posts on social media claimed that Malian troops ...", "Videos circulating online appeared to show a
    Turkish drone ...": its subject is headed by a rumour source (frames.json `rumour_sources`) right at the start.
    """
    doc = sentence.doc
    before = hearsay_before(sentence, vocabulary().rumour_sources, _RUMOUR_REACH)
    if before is None:
        return False
    named = (
        *doc.hits_in(before.start, before.end),
        *doc.adjectives_in(before.start, before.end),
        *doc.capitals_in(before.start, before.end),
    )
    return any(hit.actor == speaker for hit in named)


_RUMOUR_REACH = 2
"""How many words into the sentence before its rumour source stands ("Posts on social media", "Videos circulating")."""


def counter_fact(sentence: Sentence, speaker: str, spans: list[tuple[int, int]], accused_by: list[str]) -> bool:
    """COUNTER-FACT: the actor the last statement accused answers with an account of its own conduct.

    Or of the thing the accuser's words were about, right after its accuser spoke (SAME-THING-ACCOUNT).
    """
    if spans and any(_same_thing_account(sentence, spans, speaker, accuser) for accuser in accused_by):
        return True  # SAME-THING-ACCOUNT: "Y said the boats were intercepted in its own zone"
    last = _aimed_in_last_sentence(sentence, speaker, other_just_before(sentence, speaker, spans))
    if last is None:
        return False
    doc = sentence.doc
    if last.speaker not in accused_by and not (
        agent_named(doc, [*last.content, last.evidence], speaker) or subject_named(doc, last.content, speaker)
    ):
        return False  # neither accused nor named as the one acting ("said Russian missiles had hit ...")
    start, end = spans[0]
    units = [u for u in sentence.units if start <= u.start < end]
    if not units or not (units[0].low in vocabulary().collective_possessives or _own_demonym(units, speaker)):
        return False
    if any(u.tag == "X" and u.entries and u.entries[0].category == "future" for u in units[1:6]):
        return False  # "its forces would respect the truce": a pledge, no account of what was done
    return any(u.tag == "X" or (u.tag.islower() and u.tag != "_") or _past_form(u.low) for u in units[1:6])


def justified_deed(sentence: Sentence, spans: list[tuple[int, int]]) -> bool:
    """JUSTIFIED-DEED: the words open with a deed and call it warranted ("said the measures were lawful").

    "the"/"its"/"these" + up to three modifiers + a noun + a form of "be" + up to three words, one of them a
    justification word (frames.json `justification_words`: lawful, routine, defensive ...), no negation.
    Said by the accused, it counters the charge (the caller checks who speaks).
    """
    if not spans:
        return False
    start, end = spans[0]
    units = [u for u in sentence.units if start <= u.start < end]
    if len(units) < 3 or units[0].low not in _DEED_DETERMINERS:
        return False
    vocab = vocabulary()
    k = 1
    while k < len(units) and k <= 4 and units[k].low not in vocab.passive_forms:
        k += 1
    if k >= len(units) or units[k].low not in vocab.passive_forms or units[k - 1].tag != "_":
        return False
    after = units[k + 1 : k + 5]
    if any(u.tag == "N" for u in after):
        return False  # "the strikes were not lawful": a condemnation
    justification = vocab.justification_words
    return any(w.strip(".,;:!?\"“”'’()") in justification for u in after for w in u.low.split())


_DEED_DETERMINERS = frozenset(["the", "its", "their", "these", "those", "such", "our"])
"""Words that open a deed the words go on to call warranted ("the measures", "its patrols")."""


def _own_demonym(units: list[Unit], speaker: str) -> bool:
    """OWN-DEMONYM-ACCOUNT: words opening with the speaker's own demonym and a noun ("Greek border guards had ...").

    The accused names its own forces or vessels by its adjective as it would by "its"; "the" may stand before.
    """
    first = 1 if units[0].low == "the" and len(units) > 1 else 0
    return units[first].tag == "J" and unit_actor(units[first]) == speaker and len(units) > first + 1


def _same_thing_account(
    sentence: Sentence, spans: list[tuple[int, int]], speaker: str, accuser: str, *, charged: bool = True
) -> bool:
    """SAME-THING-ACCOUNT: the accused's words open with "the" + a noun the accuser just used, then a deed done.

    "X accused Y of seizing two boats ... Y said the boats were intercepted in its own zone".
    """
    start, end = spans[0]
    units = [u for u in sentence.units if start <= u.start < end]
    head = _thing_head(units)
    if head == 0:
        return False
    if not any(u.tag == "X" or _past_form(u.low) for u in units[head + 1 : head + 4]):
        return False
    role = units[head].entry("role")
    thing = units[head].tag == "_" or (role is not None and role.category == "agent")  # "the ship", not "the Council"
    if not charged and (not thing or not any(u.tag == "N" for u in units[head + 1 : head + 5])):
        return False  # NEGATED-THING: a thing (not a body or an office) said not to have been done
    if any(u.tag == "X" and u.entries and u.entries[0].category == "future" for u in units[head + 1 : head + 4]):
        return False
    doc = sentence.doc
    noun = units[head].low
    recent = []
    for event in reversed(doc.events[-6:]):
        if event.sentence < sentence.index - _ACCOUNT_REACH:
            break
        if event.speaker == accuser:  # another may have spoken since ("Japan also condemned the incident")
            recent.append(event)
    if charged and not any(Act.ACCUSE in e.acts and speaker in e.targets for e in recent):
        return False  # the accusation itself among the accuser's last words, not one made long before
    if charged:  # "accused Y of a hostile act after a drone was shot down": the charge's whole sentence
        spans_before = [(doc.sentences[e.sentence].start, doc.sentences[e.sentence].end) for e in recent]
    else:
        spans_before = [span for e in recent for span in (*e.content, e.evidence)]
    return any(names_thing(doc.text, a, b, noun) for a, b in spans_before)  # "boats", then "the vessels"


_THING_MODIFIERS = frozenset("JA9_")
"""Tags of words that may stand between "the" and the thing's noun ("the Philippine vessel", "the two boats")."""


def _thing_head(units: list[Unit]) -> int:
    """Where the noun of "the (modifiers) noun" opening an account stands, or 0 when the words open otherwise.

    The noun is the word right before an auxiliary or a past form, after at most two modifiers ("the fishing
    boats were"); else the word after "the" ("the boats in question had").
    """
    if len(units) < 3 or units[0].low != "the":
        return 0
    for head in range(1, min(4, len(units) - 1)):
        unit, after = units[head], units[head + 1]
        if after.tag in "XN" or _past_form(after.low):
            if unit.tag in "_R" and unit.low.isalpha():
                return head
            break
        if unit.tag not in _THING_MODIFIERS:
            break
    return 1 if units[1].tag in "_R" and units[1].low.isalpha() else 0


def denies_the_thing(sentence: Sentence, speaker: str, spans: list[tuple[int, int]]) -> bool:
    """NEGATED-THING: negated words about the thing the statement just before reported ("the ship had not been hit").

    They rebut its speaker though nobody aimed anything at this one (SAME-THING-ACCOUNT without a charge).
    """
    last = other_just_before(sentence, speaker, spans)
    return last is not None and _same_thing_account(sentence, spans, speaker, last.speaker, charged=False)


def other_just_before(sentence: Sentence, speaker: str, spans: list[tuple[int, int]]) -> SpeechEvent | None:
    """The last statement, when another actor made it in this sentence or the one before (and words were said)."""
    events = sentence.doc.events
    if not events or not spans:
        return None
    last = events[-1]
    if last.speaker == speaker or last.rebuttal or last.sentence < sentence.index - 1:
        return None
    return last


def _aimed_in_last_sentence(sentence: Sentence, speaker: str, last: SpeechEvent | None) -> SpeechEvent | None:
    """The last speaker's latest event in its sentence aimed at `speaker`: the charge, not a clause after it.

    "X accused Y of placing a satellite ..., calling the manoeuvre reckless": the accusation aims at Y.
    """
    if last is None or speaker in last.targets:
        return last
    for event in reversed(sentence.doc.events[-6:]):
        if event.sentence != last.sentence:
            break
        if event.speaker == last.speaker and not event.rebuttal and speaker in event.targets:
            return event
    return None


_ACCOUNT_REACH = 3
"""How many sentences back the accuser's words may stand for SAME-THING-ACCOUNT."""


def blames_another(sentence: Sentence, speaker: str, spans: list[tuple[int, int]]) -> bool:
    """CLEFT-COUNTER: whether a cleft's focus names an actor other than the speaker ("it was Y who fired first")."""
    doc = sentence.doc
    for a, b in cleft_foci(sentence, spans):
        named = [h.actor for h in (*doc.hits_in(a, b), *doc.adjectives_in(a, b))]
        if any(actor != speaker for actor in named):
            return True
    return False


def _past_form(word: str) -> bool:
    """Whether an unknown word looks like a past tense or participle ("withdrawn", "intercepted")."""
    return word.endswith(("ed", "en", "wn"))


_OPENING_PRONOUNS = frozenset(["it", "we"])
"""Pronouns that, opening reported words, are the speaker itself ("said it had not", "'We do not ...'")."""


def self_negated(sentence: Sentence, speaker: str, spans: list[tuple[int, int]]) -> bool:
    """SELF-NEGATION: reported words in which the speaker, as subject, says it does not or did not do something.

    "X's embassy said X does not conduct cyberattacks", "said it had never ...": the speaker named by name or
    capital, or "it" / "we" opening a clause, then auxiliaries or adverbs, then a negation.
    """
    units, tags = sentence.units, sentence.tags
    inside = [k for k, u in enumerate(units) if any(a <= u.start < b for a, b in spans)]
    for k in inside:
        unit = units[k]
        opening = k == inside[0] or tags[k - 1] in "T\"'"
        if not ((unit.tag in "AZ" and unit_actor(unit) == speaker) or (unit.low in _OPENING_PRONOUNS and opening)):
            continue
        j = k + 1
        while j < len(units) and tags[j] in "XL":
            j += 1
        if j < len(units) and tags[j] == "N":
            return True
    return False
