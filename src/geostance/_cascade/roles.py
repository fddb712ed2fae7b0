"""Shared readings of a phrase's parts: its author, its possessor, the actors in it.

Constructions ask the same questions of their objects: whose claim is "the NATO
chief's remark" (its possessor), whose is "criticism from the US and the EU" or "a
claim made by Beijing" (its author), is the object a report ("the remarks") or an
actor ("Washington")? They are answered here once.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geostance._cascade.phrases import Phrase
from geostance._cascade.vocab import vocabulary

if TYPE_CHECKING:
    from geostance._cascade.sentence import Sentence
    from geostance._cascade.units import Unit
    from geostance._document import Document
    from geostance._segment import Segment

__all__ = [
    "asks_questions",
    "author_of",
    "cited_authors",
    "denial_noun",
    "head_tag",
    "hearsay_before",
    "is_report",
    "made_by",
    "possessor_of",
    "press_report",
    "relaying_owner",
    "unattributed",
]

_AUTHOR_PREPS = ("by", "from", "of")
_MAX_AUTHOR_GAP = 6
_SPEAKER_TAGS = frozenset("AJMPRYKHZ")
_SUBJECT_TAGS = frozenset("AMZJPURYOKDSGVC9_")
"""Tags a noun phrase's words may bear; a verb, a comma, a clause mark or a preposition ends the subject."""


def head_tag(sentence: Sentence, phrase: Phrase) -> str:
    """The tag of a phrase's head unit (of its first member, for a list)."""
    return sentence.tags[phrase.head]


def is_report(sentence: Sentence, phrase: Phrase) -> bool:
    """Whether the phrase is headed by a report noun ("the claims", "Beijing's statement")."""
    return sentence.tags[phrase.head] == "O"


def report_or_count(sentence: Sentence, at: int) -> bool:
    """Whether unit `at` is a report noun or a count put forward as one ("the toll", "the figures"; evidence_nouns)."""
    return sentence.tags[at] == "O" or sentence.units[at].low in vocabulary().evidence_nouns


def judged_through_quality(sentence: Sentence, phrase: Phrase) -> Phrase | None:
    """QUALITY-OF-REPORT: the report a quality names ("the credibility of the report", "the accuracy of X's data").

    The phrase's head is a quality of `frames.json` report_qualities and its "of" complement a report or a
    count put forward; that complement is returned.
    """
    complement = phrase.complement
    if (
        complement is None
        or phrase.prep != "of"
        or sentence.units[phrase.head].low not in vocabulary().report_qualities
    ):
        return None
    return complement if report_or_count(sentence, complement.head) else None


def possessor_of(phrase: Phrase) -> Phrase | None:
    """The possessor of a phrase as a phrase of its own: "the NATO chief" of "the NATO chief's remark"."""
    if not phrase.possessors:
        return None
    last = phrase.possessors[-1]
    first = phrase.first
    return Phrase(first, last + 1, last, [])


def author_of(sentence: Sentence, phrase: Phrase) -> list[Phrase]:
    """Who made the reported thing a phrase names: its possessor, a "by/from/of X" complement, "made by X"."""
    out: list[Phrase] = []
    owner = possessor_of(phrase)
    if owner is not None:
        out.append(owner)
    complement = phrase.complement
    # OF-TOPIC: "Russian criticism of the mission": with an actor before the noun, "of" names what it is about
    modified = phrase.prep == "of" and any(sentence.tags[k] in "AJ" for k in range(phrase.first, phrase.head))
    if complement is not None and phrase.prep in _AUTHOR_PREPS and not modified and _speaks(sentence, complement):
        out.append(complement)  # "the claims of the ministry"; not "the account of the raid"
        out += _repeated_preposition(sentence, complement, phrase.prep)  # "... by X and by Y"
    if not out and is_report(sentence, phrase):
        agent = made_by(sentence, phrase.last) or _speaking_within(sentence, phrase.last)
        if agent is not None:
            out.append(agent)
    if press_report(sentence, phrase):
        return out  # "an Australian media report": the press's, not the state's
    if not out and is_report(sentence, phrase):  # "an OSCE statement", "the Peruvian note", "French and Malian claims"
        for k in range(phrase.first, phrase.head):
            if sentence.tags[k] in "AJ":
                out.append(Phrase(k, k + 1, k, []))
                if sentence.tags[k + 1 : k + 2] != "C":
                    break
    return out


def _repeated_preposition(sentence: Sentence, first: Phrase, prep: str) -> list[Phrase]:
    """AUTHOR-LIST: more authors after "and" + the same preposition ("allegations by Israel and by the SDF")."""
    units = sentence.units
    out: list[Phrase] = []
    k = first.last
    while k + 2 < len(units) and units[k].low == "and" and units[k + 1].low == prep:
        found = sentence.phrase_starting(k + 2)
        if found is None or not _speaks(sentence, found):
            break
        out.append(found)
        k = found.last
    return out


def press_report(sentence: Sentence, phrase: Phrase) -> bool:
    """Whether a report noun is the press's: a media word before it ("an Australian media report", grammar.json)."""
    media = vocabulary().media_nouns
    return is_report(sentence, phrase) and any(u.low in media for u in sentence.units[phrase.first : phrase.head])


def relaying_owner(sentence: Sentence, phrase: Phrase) -> str | None:
    """RELAYED-TITLE: the one actor a medium names when it quotes or cites the phrase ("X's agency quoted ...").

    "Belarus's BelTA agency quoted Deputy Minister Name as saying ...": a title with no owner of its
    own, relayed by a medium an actor possesses or a demonym modifies, is that actor's. The quoting verb
    (grammar.json `quoting_lemmas`) must stand right before the phrase, its subject right before it.
    """
    at = phrase.first
    units = sentence.units
    if at < 2 or units[at - 1].low not in vocabulary().quoting_forms:
        return None
    first = at - 1  # the subject: back to the clause's start ("Belarus's state BelTA service quoted")
    while first > 0 and units[first - 1].tag in _SUBJECT_TAGS:
        first -= 1
    actors = {getattr(unit.ref, "actor", "") for unit in units[first : at - 1] if unit.tag in "AMJZ" and _named(unit)}
    return actors.pop() if len(actors) == 1 else None


def _named(unit: Unit) -> bool:
    """Whether a unit names an actor by itself (a name, a capital, a demonym)."""
    return isinstance(getattr(unit.ref, "actor", None), str)


def unattributed(sentence: Sentence, phrase: Phrase) -> bool:
    """Whether a phrase is hearsay with no author named ("reports that ...", "media reports"; frames.json)."""
    units = sentence.units
    noun = units[phrase.head].entry("noun")
    vocab = vocabulary()
    if noun is None or noun.lemma not in vocab.hearsay_nouns or author_of(sentence, phrase):
        return False
    return units[phrase.first].low not in vocab.definite_determiners or _media_told_before(sentence)


def _media_told_before(sentence: Sentence) -> bool:
    """MEDIA-THEN-THE-REPORTS: the sentence before opened with the media as its subject ("Several outlets reported").

    "the reports" then are theirs: hearsay with no actor behind it. Not when an actor spoke in that sentence.
    """
    vocab = vocabulary()
    return hearsay_before(sentence, vocab.media_nouns | vocab.rumour_sources, _MEDIA_REACH) is not None


_MEDIA_REACH = 4
"""How many words into the sentence before its media subject may stand ("Several European media outlets")."""


def hearsay_before(sentence: Sentence, sources: frozenset[str], reach: int) -> Segment | None:
    """The sentence before, when nobody spoke in it and a word of `sources` stands among its first `reach` words.

    "Posts on social media claimed ...", "Several European media outlets reported ...": hearsay with no actor
    behind it. A live blog's time stamp before it is skipped ("12:40 EAT - Videos circulating ...").
    """
    doc = sentence.doc
    index = sentence.index
    if index == 0 or (doc.events and doc.events[-1].sentence == index - 1):
        return None  # someone spoke in it ("It published footage it said showed ..."): its words may be theirs
    before = doc.sentences[index - 1]
    words = doc.text[before.start : before.end].lower().split()[: reach + _STAMP_WORDS]
    if words and words[0][0].isdigit():
        words = words[next((k + 1 for k, w in enumerate(words) if w in _DASHES), 0) :]
    words = [w.strip(",.\"“”'’") for w in words[:reach]]
    return before if any(w in sources and not _known_report(words, k) for k, w in enumerate(words)) else None


def _known_report(words: list[str], at: int) -> bool:
    """Whether a report noun is definite ("The report, which covers ..., said"): the one an actor just made."""
    vocab = vocabulary()
    word = words[at]
    lemma = word.removesuffix("s")
    return at > 0 and words[at - 1] in vocab.definite_determiners and lemma in vocab.hearsay_nouns


_DASHES = frozenset(["-", "–", "—"])
"""Dashes that end a live blog's time stamp ("12:40 EAT -")."""
_STAMP_WORDS = 4
"""How many words a live blog's time stamp may take before the sentence proper."""


def _speaks(sentence: Sentence, phrase: Phrase) -> bool:
    """Whether a phrase can name someone who speaks: an actor, a person, a role, a name, a pronoun."""
    return any(tag in _SPEAKER_TAGS for tag in sentence.tags[phrase.first : phrase.last])


def made_by(sentence: Sentence, at: int, *, set_off: bool = False) -> Phrase | None:
    """The agent of a participle after a report noun ("... made earlier by X", "... issued by X").

    The participle must follow the noun right away (adverbs aside): in "the version in a
    statement carried by X", X carried the statement, not the version. With `set_off`, a
    comma may come between ("The statement, signed by X, urged ...": the subject's issuer).
    """
    tags = sentence.tags
    units = sentence.units
    first = at
    if set_off and first + 1 < len(tags) and tags[first] == "," and _participle(units[first + 1]):
        first += 1
        at += 1
    while first < len(tags) and tags[first] == "L":
        first += 1
    swallowed = first < len(tags) and units[first].low == "by" and first > 0 and _participle(units[first - 1])
    if first >= len(tags) or not (swallowed or _participle(units[first])):
        return None  # "a truce brokered by X" may end the noun phrase with its participle
    for k in range(first, min(len(tags), at + _MAX_AUTHOR_GAP)):
        if tags[k] == "I" and units[k].low == "by":
            return sentence.phrase_starting(k + 1)
        if units[k].low == "to" and k > first and units[k - 1].low in vocabulary().author_to_participles:
            return sentence.phrase_starting(k + 1)  # "a communique attributed to X": X's
        if tags[k] in ",;:Q":
            return None
        if tags[k].islower() and tags[k] != "_":
            forms = {e.form for e in sentence.units[k].entries if e.kind == "verb"}
            if "participle" not in forms:
                return None  # "concerns raised by X": a participle may stand before "by"
    return None


def _participle(unit: Unit) -> bool:
    """Whether a unit may be a past participle: a vocabulary verb in that form, a word in -ed or -en, or more.

    Also an irregular one that makes a report (grammar.json `irregular_author_participles`: "made", "put",
    "brought"); not "held": "positions held by X" are places.
    """
    if unit.tag.islower() and unit.tag != "_":
        return any(e.kind == "verb" and e.form == "participle" for e in unit.entries)
    if unit.tag != "_":
        return False
    return unit.low.endswith(("ed", "en", "wn")) or unit.low in vocabulary().irregular_author_participles


def _speaking_within(sentence: Sentence, at: int) -> Phrase | None:
    """The subject of a relative clause "in which X ..." after a report noun: "the statement in which X accused"."""
    units = sentence.units
    k = at + 1 if at < len(units) and units[at].tag == "," else at
    if k + 2 < len(units) and units[k].low == "in" and units[k + 1].low == "which":
        return sentence.phrase_starting(k + 2)
    return None


_BY_BEFORE = re.compile(r"\b(?:by|from)\s+(?:the\s+)?$", re.IGNORECASE)
_WORDS_TO_BY = re.compile(r"(?:\s+[\w-]+){0,2}\s+")
_POSSESSIVE_TO_NOUN = re.compile(r"['’]s?\s+(?:[\w-]+\s+)?")


def cited_authors(doc: Document, start: int, end: int) -> list[str]:
    """Actors whose claim `text[start:end]` cites: "the information spread by X", "X's statement", "claims from X".

    Read on the text itself (quotations included): an actor after "by"/"from" a few words
    after a report noun, or an actor's possessive right before one.
    """
    text = doc.text
    nouns = doc.lexicon.object_nouns
    out: list[str] = []
    posed = vocabulary().posed_participles
    for hit in doc.hits_in(start, end):
        by = _BY_BEFORE.search(text, max(start, hit.start - 20), hit.start)
        if by is not None:
            window = max(start, by.start() - 50)
            if any(
                _WORDS_TO_BY.fullmatch(text, n.end(), by.start())
                and not posed.intersection(text[n.end() : by.start()].split())
                for n in nouns.finditer(text, window, by.start())
            ):  # "the claims spread by X"; not "the threat posed by X", a danger
                out.append(hit.actor)
                continue
        owned = _POSSESSIVE_TO_NOUN.match(text, hit.end, end)
        if owned is not None and nouns.match(text, owned.end(), end):
            out.append(hit.actor)
    return list(dict.fromkeys(out))


def denial_noun(sentence: Sentence, at: int) -> bool:
    """Whether the unit at `at` is a noun of denial or rejection ("the denial", "their rejection")."""
    return any(e.kind == "noun" and e.category == "deny" for e in sentence.units[at].entries)


def asks_questions(sentence: Sentence, at: int) -> bool:
    """Whether questions are what is answered: "answered questions", "responded to a query from reporters".

    The noun (frames.json `non_claim_objects` asked) comes right at `at`, or after "to" and a determiner or a
    possessor ("replied to reporters' questions", "Responding to a question about X, ...").
    """
    asked = vocabulary().non_claim_objects["asked"]
    units = sentence.units
    k = at + 1 if at < len(units) and units[at].low == "to" else at
    for j in range(k, min(len(units), k + _QUESTION_REACH)):
        if units[j].low in asked:
            return True
        if sentence.tags[j] not in "DSRJ":  # a determiner, a possessive or a role ("reporters'") may come first
            return False
    return False


_QUESTION_REACH = 3
"""How many words after the verb (and "to") the questions it answers may stand."""
