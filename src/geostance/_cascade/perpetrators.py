"""ATTACK-PERPETRATOR: whose attack "the attack" is, when a condemnation names no one.

"Mali's government condemned the attack" accuses whoever the text last reported as
carrying out an attack: the actor of "an attack by X", "X's attack", "X claimed
responsibility", or an actor (or its fighters, forces, jets; a demonym with such a word)
doing a hostile act ("al-Shabaab fighters stormed a hotel", "Turkish jets struck a
village", "X carried out strikes"), not after a conditional ("if X carried out strikes");
the words are frames.json perpetration. Only the few sentences before the condemnation are
searched, so the lookup stays linear in the length of a huge text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geostance._cascade.vocab import vocabulary
from geostance._cascade.wording import last_noun, names_thing
from geostance.model import Act

if TYPE_CHECKING:
    import re
    from collections.abc import Iterable

    from geostance._cascade.phrases import Phrase
    from geostance._cascade.sentence import Sentence
    from geostance._document import ActorHit, SpeechEvent

__all__ = ["PERPETRATOR_REACH", "charged_doer", "conduct_actor", "deed_doer", "perpetrator"]

PERPETRATOR_REACH = 1200
"""How far back (in characters) the perpetrator of a condemned attack is looked for."""

_CONDITIONAL_REACH = 20
"""Characters before an actor's mention within which a conditional ("if (the)") makes its attack unreal."""
_CLAIMING = frozenset(["claimed", "claims", "claiming"])
"""'X claimed (responsibility for / the) attack' makes X its perpetrator."""


def conduct_actor(sentence: Sentence, phrase: Phrase) -> str | None:
    """ADJECTIVE-AGENT: the state a demonym before a noun of hostile conduct names ("the Russian strike").

    Only a demonym right before the head, only nouns of frames.json `demonym_acts`, and only a state the text
    also names (an adjective alone makes no actor of the article).
    """
    units = sentence.units
    if phrase.head == phrase.first or units[phrase.head].low not in vocabulary().demonym_acts:
        return None
    before = units[phrase.head - 1]
    actor = getattr(before.ref, "actor", None) if before.tag == "J" else None
    return actor if isinstance(actor, str) and sentence.doc.names(actor) else None


def perpetrator(sentence: Sentence, before: int, speaker: str) -> str | None:
    """The actor last reported as carrying out an attack before offset `before` (not the speaker)."""
    doc = sentence.doc
    start = max(0, before - PERPETRATOR_REACH)
    vocab = vocabulary()
    reported, conditional = vocab.perpetration_after, vocab.conditional_before
    mentions = [(hit, False) for hit in (*doc.hits_in(start, before), *doc.capitals_in(start, before))]
    mentions.extend((adjective, True) for adjective in doc.adjectives_in(start, before))
    for hit, demonym in sorted(mentions, key=lambda m: m[0].start, reverse=True):
        if hit.actor == speaker or doc.record(hit.actor) is None:
            continue
        if conditional.search(doc.text, max(0, hit.start - _CONDITIONAL_REACH), hit.start) is not None:
            continue  # "if the United States carried out strikes": nothing happened yet
        found = reported.match(doc.text, hit.end) or _said_it_did(doc.text, hit.end)
        if demonym:  # "Israeli jets struck": a demonym acts through those it names
            if found is not None and found.group("agent"):
                return hit.actor
        elif found is not None or _does_attack(doc.text, hit) or _attack_by(doc.text, hit):
            return hit.actor
    return None


def _said_it_did(text: str, end: int) -> re.Match[str] | None:
    """SAID-IT-DID: after an actor, "said it (had) carried out / attacked / struck ...": a claim of the attack.

    The reporting words are grammar.json `own_deed_reports`.
    """
    vocab = vocabulary()
    said = vocab.own_deed_report.match(text, end)
    return vocab.perpetration_after.match(text, said.end()) if said is not None else None


def _words_after(text: str, end: int, count: int) -> list[str]:
    return [w.strip(".,;:\"“”'’()").lower() for w in text[end : end + 80].split()[:count]]


def _does_attack(text: str, hit: ActorHit) -> bool:
    """Whether the actor does an attack noun or claimed one: "X's attack", "X claimed responsibility".

    A hostile verb after the actor ("X fighters stormed") is read by `Vocabulary.perpetration_after`.
    """
    words = _words_after(text, hit.end, 4)
    if text.startswith(("'s", "’s"), hit.end):
        words = ["'s", *_words_after(text, hit.end + 2, 3)]
    vocab = vocabulary()
    for i, word in enumerate(words):
        if i > 0 and word == "responsibility" and words[i - 1] in _CLAIMING:
            return True
        entries = vocab.lookup(words, i)[1]
        if any(e.kind == "attack" for e in entries):
            return True
        claimed = i > 0 and words[0] in ("claimed", "claims", "claiming") and word in ("the", "this", "that")
        if word not in vocab.agent_words and word != "'s" and not claimed and not (i == 0 and word in _CLAIMING):
            return False
    return False


def _attack_by(text: str, hit: ActorHit) -> bool:
    """Whether the actor is the agent of an attack noun: "an attack by X", "the bombing carried out by X"."""
    words = [w.strip(".,;:\"“”'’()").lower() for w in text[max(0, hit.start - 60) : hit.start].split()][-5:]
    if "by" not in words:
        return False
    vocab = vocabulary()
    return any(any(e.kind == "attack" for e in vocab.lookup(words, i)[1]) for i in range(words.index("by")))


_DOER_GAP = 50
"""Characters between a doer's name and the deed noun it did ("X imposed new sanctions", "X held naval drills")."""


def deed_doer(sentence: Sentence, before: int, noun: str, speaker: str) -> str | None:
    """DEED-DOER: whose "the drills" (a conduct noun, definite) are: the actor last named doing them.

    "Russia held naval drills near the Kurils. Japan protested against the drills": Russia. The doer is the
    actor named just before the noun in its sentence ("X held drills"), or after "by" ("drills by X"); a place
    or victim after it ("drills near Taiwan") is not.
    """
    doc = sentence.doc
    start = max(0, before - PERPETRATOR_REACH)
    stem = noun.removesuffix("s")
    found = last_noun(doc.text, start, before, stem)
    if found is None:
        return None
    at = doc.sentence_at(found)
    if at < 0 or at == sentence.index:
        return None
    first = doc.sentences[at].start
    named = [h for h in (*doc.hits_in(first, found), *doc.capitals_in(first, found)) if found - h.end <= _DOER_GAP]
    after = doc.text[found : found + 40].split()
    if len(after) > 2 and after[1].lower() == "by":  # "drills by X", first
        by = [h for h in doc.hits_in(found, found + 60) if h.actor != speaker]
        return by[0].actor if by else None
    named = [h for h in named if h.actor != speaker and doc.record(h.actor) is not None]
    doer = max(named, key=lambda h: h.end) if named else None
    if doer is None or _reported_between(doc.text[doer.end : found]):
        return None  # "X said drills ...": X reports them, it need not hold them
    conditional = vocabulary().conditional_before
    if conditional.search(doc.text, max(first, doer.start - _CONDITIONAL_REACH), doer.start) is not None:
        return None  # "if X held drills": nothing was done yet
    return doer.actor


def _reported_between(words: str) -> bool:
    """Whether a verb of saying stands between a name and a deed noun ("Peru said drills by ...")."""
    vocab = vocabulary()
    return any(
        e.kind == "verb" and e.category in ("say", "reason")
        for w in words.lower().split()
        for e in vocab.word_entries(w.strip(".,;:\"“”'’()"))
    )


_CHARGE_REACH = 2
"""How many sentences back the accusation whose deed a condemnation takes up may stand (CHARGED-DEED)."""


def charged_doer(sentence: Sentence, noun: str, speaker: str, before: Iterable[SpeechEvent]) -> str | None:
    """CHARGED-DEED: the one an accusation just before charged with the deed a condemnation names.

    "X accused Y of killing fishermen in air strikes. Z condemned the strikes": Y. The accusation (another
    speaker's, latest first, at most two sentences back) names the noun or one of its kind in its words, or the
    noun stands for any deed ("the incident"). `before` are the events so far, oldest first.
    """
    doc = sentence.doc
    generic = noun in vocabulary().event_nouns
    for event in reversed(list(before)):
        if event.sentence < sentence.index - _CHARGE_REACH:
            break
        if event.rebuttal or Act.ACCUSE not in event.acts or event.speaker == speaker:
            continue
        accused = [t for t in event.targets if t != speaker]
        if not accused:
            continue
        if generic or any(names_thing(doc.text, a, b, noun) for a, b in (*event.content, event.evidence)):
            return accused[0]
    return None
