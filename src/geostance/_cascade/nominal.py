"""Constructions read from a sentence as a whole: ACCORDING-TO, ISSUED-BY, NOMINAL-REBUTTAL, IN-RESPONSE-TO.

These are not anchored on a verb of speech: the speaker stands in a prepositional
phrase ("according to X"), after a document noun ("a statement issued by X", "a
statement by X"), or before a noun of denial ("X's denials of ..."). IN-RESPONSE-TO
changes the sentence's main reading: plain words said "in response to X's remarks"
answer X.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geostance._cascade.clauses import clause_end
from geostance._cascade.memory import Speaker
from geostance._cascade.reading import Reading
from geostance._cascade.roles import asks_questions, author_of, is_report, possessor_of
from geostance._cascade.vocab import vocabulary
from geostance._cascade.wording import assures, negated, rebutting_words
from geostance.model import Act

if TYPE_CHECKING:
    from collections.abc import Iterable

    from geostance._cascade.phrases import Phrase
    from geostance._cascade.sentence import Sentence
    from geostance._cascade.speakers import Discourse

__all__ = [
    "according_to",
    "different_account",
    "in_response_to",
    "issued_by",
    "nominal_rebuttal",
    "response_after",
    "response_note",
]


def according_to(sentence: Sentence, memory: Discourse) -> list[Reading]:
    """ACCORDING-TO: "According to X, ..." / "..., according to X": X asserts the rest of the sentence.

    X must be an actor or someone speaking for one, or a report with its author ("according to a
    statement from the Houthis"): a report of nobody's, a news agency or unnamed sources give no statement.
    """
    units = sentence.units
    out: list[Reading] = []
    for k in range(len(units) - 2):
        if units[k].low != "according" or units[k + 1].low != "to":
            continue
        if k == 0 and (found := _according_to_pronoun(sentence, memory)) is not None:
            out.append(found)
            continue
        phrase = sentence.phrase_starting(k + 2)
        if phrase is not None and sentence.tags[phrase.head] == "O":
            authors = author_of(sentence, phrase)  # "according to a statement from the Houthis": its author
            phrase = authors[0] if authors else None
        if phrase is None or sentence.tags[phrase.head] in "O_":
            continue
        a, b = sentence.phrase_span(phrase)
        if sentence.doc.lexicon.media.search(sentence.text, a, b) and not sentence.doc.hits_in(a, b):
            continue  # "according to the official news agency": media relay, nobody speaks
        if k > 1 and _media_source(sentence, phrase) and _opener_names_an_actor(sentence):
            # MEDIA-RELAY: "X said ..., according to the state news agency": the agency relays X's words
            phrase = sentence.phrase_starting(sentence.after_frames(0))
            if phrase is None:
                continue
        if k == 0 or (k == 1 and sentence.tags[0] == "L"):
            start = phrase.last + (1 if phrase.last < len(units) and units[phrase.last].tag == "," else 0)
            end = clause_end(sentence, start)
        else:
            start, end = 0, k
            while end > start and sentence.tags[end - 1] in ",-":
                end -= 1
        if end <= start:
            continue
        out.append(_according_reading(sentence.span(start, end), units[k].start, phrase))
    return out


def _opener_names_an_actor(sentence: Sentence) -> bool:
    """Whether the sentence opens with a subject naming an actor itself that then speaks ("Kuwait's ministry said").

    A verb of saying or of stance must follow the subject: "X's border police have denied entry to ..., according
    to a news agency" is the agency's report of a deed, not X's words relayed.
    """
    opener = sentence.phrase_starting(sentence.after_frames(0))
    if opener is None or not any(t in "AZJ" for t in sentence.tags[opener.first : opener.end]):
        return False
    group = next((g for g in sentence.groups if g.first >= opener.last), None)
    return group is not None and group.first - opener.last <= _RELAY_VERB_REACH and sentence.tags[group.verb] in "skx"


_RELAY_VERB_REACH = 2
"""How many words (adverbs, auxiliaries) may stand between a relayed subject and its verb of saying."""


def _media_source(sentence: Sentence, phrase: Phrase) -> bool:
    """Whether a source is the media: a media noun in it, or a state's media role ("the state news agency")."""
    media = vocabulary().media_nouns
    for unit in sentence.units[phrase.first : phrase.end]:
        role = unit.entry("role")
        words = (role.lemma if role is not None else unit.low).split()
        if any(word in media for word in words):
            return True
    return False


def _according_reading(span: tuple[int, int], cue_start: int, subject: Phrase | None) -> Reading:
    """The assertion an "according to" attribution gives its source: the words it covers."""
    return Reading(
        construction="ACCORDING-TO",
        group=None,
        subject=subject,
        acts=[Act.ASSERT],
        cue_start=cue_start,
        evidence=span,
        content=[span],
    )


def _according_to_pronoun(sentence: Sentence, memory: Discourse) -> Reading | None:
    """ACCORDING-TO a person just heard: "According to her, X ...": the last person's (or speaker's) words."""
    units, tags = sentence.units, sentence.tags
    pronoun = units[2].entry("pron")
    if pronoun is None or pronoun.category != "person" or len(units) < 5 or tags[3] != ",":
        return None
    actor = memory.last_person or memory.last_speaker
    if actor is None or memory.silent_person:
        return None
    reading = _according_reading(sentence.span(4, clause_end(sentence, 4)), units[0].start, None)
    reading.speaker = Speaker(actor, (units[2].start, units[2].end), personal=True)
    return reading


_STATEMENT_NOUNS = {
    "assert": Act.ASSERT,
    "accuse": Act.ACCUSE,
    "demand": Act.DEMAND,
    "warn": Act.WARN,
    "concern": Act.CONCERN,
    "support": Act.SUPPORT,
}
_ABOUT_WORDS = frozenset(["that", "about", "against", "concerning", "regarding", "on", "over", "of"])
_STANDING = frozenset(
    [
        "position",
        "stance",
        "posture",
        "attitude",
        "account",
        "version",
        "narrative",
        "interpretation",
        "characterization",
        "characterisation",
        "portrayal",
        "description",
        "conclusion",
        "assessment",
        "finding",
        "findings",
        "information",
        "rhetoric",
        "words",
        "support",
        "backing",
        "welcome",
        "solidarity",
    ]
)
"""Report nouns that name a standing view rather than an act of saying: "Iran's position" is no statement."""


def _dated(sentence: Sentence, at: int) -> bool:
    """Whether unit `at` opens a date ("on Thursday", "on 4 March"): when a document was issued, not its topic."""
    if at >= len(sentence.units):
        return False
    unit = sentence.units[at]
    return unit.tag == "9" or unit.low in vocabulary().named_days or unit.low in ("may", "march")


def issued_by(sentence: Sentence, memory: Discourse) -> list[Reading]:
    """ISSUED-BY / REPORTED-STATEMENT: a document or remark named with its author.

    ISSUED-BY / REPORTED-STATEMENT: a document or remark with its author: "a statement issued by X", "a joint
    statement by X", "X's remarks", "the accusations of X", "criticism from X".

    The author made that statement (its act is the noun's: an accusation accuses, a call
    demands); what follows ("... that", "... against Y") is what it says. The document is
    remembered, so that "the statement said" later is the author speaking.
    """
    del memory
    out: list[Reading] = []
    tags = sentence.tags
    units = sentence.units
    for phrase in sentence.phrases:
        if tags[phrase.head] != "O" or phrase.members:
            continue
        noun = units[phrase.head].entry("noun")
        if (
            noun is None
            or noun.category not in _STATEMENT_NOUNS
            or noun.lemma in _STANDING
            or noun.lemma in vocabulary().court_decisions
        ):
            continue
        author = author_of(sentence, phrase)
        if not author:
            k = phrase.last
            if k + 2 < len(tags) and tags[k] == "i" and units[k + 1].low == "by":
                found = sentence.phrase_starting(k + 2)
                author = [found] if found is not None else []
        if not author or tags[author[0].head] in "H_":
            continue
        end = clause_end(sentence, phrase.last)
        a = units[phrase.first].start
        b = units[end - 1].end
        content: list[tuple[int, int]] = []
        if phrase.last < end and units[phrase.last].low in _ABOUT_WORDS and not _dated(sentence, phrase.last + 1):
            content = [sentence.span(phrase.last, min(end, phrase.last + 25))]
        out.append(
            Reading(
                construction="ISSUED-BY",
                cue=noun.lemma,
                group=None,
                subject=author[0],
                acts=[_STATEMENT_NOUNS[noun.category]],
                cue_start=units[phrase.head].start,
                evidence=(a, b),
                content=content,
                document=noun.lemma,
            )
        )
    return out


def nominal_rebuttal(sentence: Sentence, memory: Discourse) -> list[Reading]:
    """NOMINAL-REBUTTAL: a rebuttal reported as a noun.

    NOMINAL-REBUTTAL: "X's (repeated) denials of ...", "a rejection by X", "pushback from X": a rebuttal
    reported as a noun; its claim runs from the noun phrase to the clause's end.
    """
    del memory
    out: list[Reading] = []
    units = sentence.units
    for phrase in sentence.phrases:
        noun = units[phrase.head].entry("noun")
        if noun is None or noun.category != "deny" or noun.lemma in vocabulary().pledge_nouns:
            continue
        owner = possessor_of(phrase)
        if owner is None and phrase.complement is not None and phrase.prep in ("from", "by"):
            owner = phrase.complement  # "pushback from Brazil's president", "a denial by the ministry"
        if owner is None:
            continue
        end = clause_end(sentence, phrase.last)
        a, b = units[phrase.first].start, units[end - 1].end
        reading = Reading(
            construction="NOMINAL-REBUTTAL",
            cue=noun.lemma,
            group=None,
            subject=owner,
            acts=[],
            cue_start=units[phrase.head].start,
            evidence=(a, b),
            rebut="deny",
            claim_start=a,
        )
        if noun.lemma in vocabulary().answer_nouns or _report_subject(sentence, phrase):
            # DRAWN-REBUTTAL: "The charge drew an angry denial from X", "the reply from X": an answer now,
            # linked as a verb's denial is, not a past denial reported
            reading.construction = "DRAWN-REBUTTAL"
        out.append(reading)
    return out


def _report_subject(sentence: Sentence, phrase: Phrase) -> bool:
    """Whether a definite report noun opens the sentence before a nominal rebuttal ("The charge drew a denial")."""
    first = sentence.phrase_starting(0)
    if first is None or first.last >= phrase.first or sentence.tags[first.head] != "O":
        return False
    return sentence.units[0].low in vocabulary().definite_determiners


def in_response_to(sentence: Sentence, readings: list[Reading]) -> None:
    """IN-RESPONSE-TO: a sentence opening "In response to X's remarks, ..." answers X with its main reading."""
    units = sentence.units
    lead = 0
    while lead < len(units) and units[lead].tag in "L,":  # "Further, responding to ..."
        lead += 1
    words = [u.low for u in units[lead : lead + 4]]
    opener = _opener_in(tuple(words), vocabulary().response_openers)
    main = next((r for r in readings if not r.embedded and r.construction != "ISSUED-BY"), None)
    if main is None:
        return  # the main reading, not one of a relative clause ("..., who had said ...")
    if opener is None and _reply_after_verb(sentence, main):
        opener = ("in", "reply")  # "X said in reply that ...": the same answer, set after the verb
        lead = len(units)
    if opener is None:
        opener, lead = _trailing_opener(sentence, main) or (None, lead)
    if opener is None:
        _in_a_rebuttal(sentence, lead, main)
        return
    phrase = sentence.phrase_starting(lead + len(opener))
    # QUESTION-ANSWERED: "Responding to a question about X, ..." answers a question, as "Asked about X, ..." does
    question = asks_questions(sentence, lead + len(opener))
    if question:
        phrase = None
    authors = author_of(sentence, phrase) if phrase is not None and is_report(sentence, phrase) else []
    if phrase is not None and main.answered and not authors and is_report(sentence, phrase):
        phrase = None  # "Responding to those remarks, X rejected Y's claim": the claim the verb names is answered
    if phrase is not None:
        main.answered = (authors or [phrase]) if is_report(sentence, phrase) else [phrase]
        noun = units[phrase.head].entry("noun")
        if noun is not None and noun.category in ("accuse", "assert", "warn", "demand"):
            main.answered_acts = [Act(noun.category)]
        if noun is not None and noun.category == "demand":
            return  # "in response to the call" is compliance as often as refusal
    if (
        (question or opener in vocabulary().question_openers)
        and not _counters(sentence, main)
        and not _reported_content(sentence, lead, opener)
    ):
        return  # "Asked about the EU statement, Paris said it took note": an answer, not a rebuttal
    if main.rebut is None and main.acts in ([Act.ASSERT], []):
        main.rebut = "respond"
        main.claim_start = main.claim_start or (main.content[0][0] if main.content else main.evidence[0])


def _reported_content(sentence: Sentence, lead: int, opener: tuple[str, ...]) -> bool:
    """Whether the question names what was claimed ("Asked about a report that X had ...": an answer to it)."""
    units = sentence.units
    at = lead + len(opener)
    phrase = sentence.phrase_starting(at) if at < len(units) else None
    return phrase is not None and phrase.last < len(units) and units[phrase.last].low == "that"


def _counters(sentence: Sentence, reading: Reading) -> bool:
    """Whether a reading's words counter something: a negation, a denial or falsity, an assurance."""
    spans = [*reading.content, *((q.start, q.end) for q in reading.quotes)]
    return bool(spans) and (
        negated(sentence, spans) or bool(rebutting_words(sentence, spans)) or assures(sentence, spans)
    )


def different_account(sentence: Sentence, readings: list[Reading]) -> Reading | None:
    """DIFFERENT-ACCOUNT: "X offered a very different account", "X told a conflicting story, saying ...".

    The subject opening the sentence counters what was said of it: its main reading (if any) becomes an
    answer; with none, a reading of its own is returned (its speaker still to be resolved), which the next
    plain words of the same actor go on (REBUTTER-SPEAKS-ON).
    """
    units = sentence.units
    vocab = vocabulary()
    at = next(
        (
            k
            for k in range(1, len(units) - 1)
            if units[k].low in vocab.different_adjectives and units[k + 1].low in vocab.account_nouns
        ),
        -1,
    )
    if at < 0 or not any(u.low in ("a", "an") for u in units[max(0, at - 3) : at]):
        return None
    subject = sentence.phrase_starting(0)
    if subject is None or subject.end >= at or units[subject.head].tag not in "AZJMR":
        return None
    main = next((r for r in readings if not r.embedded and r.subject is subject), None)
    if main is not None:
        if main.rebut is None and main.acts in ([Act.ASSERT], []):
            main.rebut = "respond"
            main.claim_start = main.claim_start or units[at].start
        return None
    if readings:
        return None
    return Reading(
        construction="DIFFERENT-ACCOUNT",
        cue=units[at + 1].low,
        group=None,
        subject=subject,
        acts=[],
        cue_start=units[at].start,
        evidence=(units[subject.end].start, units[-1].end),
        rebut="respond",
        claim_start=units[subject.end].start,
    )


_NOT_TRAILING = frozenset([("in", "response"), ("in", "reply"), ("referring", "to"), ("commenting", "on")])
"""Openers a trailing response does not use: bare "in reply" (RESPONSE-AFTER-VERB reads it), and "referring to",
"commenting on", which name a topic."""
_TRAILING_LINKS = frozenset(["when", "after", "being", "while"])
"""Words between a verb of saying and a response phrase after it: "said when (being) asked about ..."."""


def _opener_in(words: tuple[str, ...], openers: Iterable[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The first response opener (in the data's order) the words begin with."""
    return next((o for o in openers if words[: len(o)] == o), None)


def _trailing_opener(sentence: Sentence, main: Reading) -> tuple[tuple[str, ...], int] | None:
    """TRAILING-RESPONSE: a response phrase after the verb or set off at the sentence's end, and where it starts.

    "X said when asked about Y's remarks", "X said ..., in response to Y's remarks". Only words naming
    whose they answer (an actor, or a report with its author) count: a reply to a reporter's question
    answers nobody, and "referring to X" or "commenting on X" name a topic.
    """
    if main.group is None:
        return None
    units = sentence.units
    openers = [o for o in vocabulary().response_openers if o not in _NOT_TRAILING]
    k = main.group.end
    while k < len(units) and (units[k].tag == "," or units[k].low in _TRAILING_LINKS):
        k += 1
    starts = [k, *(j + 1 for j in range(main.group.end, len(units) - 2) if units[j].tag == ",")]
    for at in starts:
        opener = _opener_in(tuple(u.low for u in units[at : at + 4]), openers)
        phrase = sentence.phrase_starting(at + len(opener)) if opener is not None else None
        if opener is None or phrase is None:
            continue
        if sentence.tags[phrase.head] == "A" or (is_report(sentence, phrase) and author_of(sentence, phrase)):
            return opener, at
    return None


def _reply_after_verb(sentence: Sentence, main: Reading) -> bool:
    """Whether "in reply" or "in response" (with no "to") follows the main verb: "X said in reply that ..."."""
    if main.group is None:
        return False
    words = [u.low for u in sentence.units[main.group.end : main.group.end + 3]]
    answers = vocabulary().answer_heads  # frames.json: reply, response, ...
    return len(words) >= 2 and words[0] == "in" and words[1] in answers and words[2:] != ["to"]


_REBUTTAL_CHANNEL_OWNERS = frozenset(["a", "an", "its", "his", "her", "their", "the"])


def _in_a_rebuttal(sentence: Sentence, lead: int, main: Reading) -> None:
    """IN-A-REBUTTAL: "In a rebuttal (published by ...), X said ...": what the main reading says rebuts."""
    units = sentence.units
    if lead + 2 >= len(units) or units[lead].low != "in" or units[lead + 1].low not in _REBUTTAL_CHANNEL_OWNERS:
        return
    noun = units[lead + 2].entry("noun")
    if noun is None or noun.category != "deny" or noun.lemma in vocabulary().pledge_nouns:
        return
    if main.rebut is None and main.acts in ([Act.ASSERT], []):
        main.rebut = "reject"
        main.claim_start = main.claim_start or (main.content[0][0] if main.content else main.evidence[0])


_NOTE_SUBJECTS = frozenset(["this", "it", "that", "the", "these", "his", "her", "its", "their", "she", "he", "they"])
_NOTE_PHRASES = (
    ("in", "response", "to"),
    ("a", "response", "to"),
    ("in", "reaction", "to"),
    ("a", "reaction", "to"),
    ("in", "reply", "to"),
    ("a", "reply", "to"),
    ("as", "a", "response", "to"),
)


def response_note(sentence: Sentence) -> Phrase | None:
    """RESPONSE-NOTE: "This is (came) in response to X's remarks": what was just said answers X (the phrase).

    The sentence opens with a pronoun or a report noun ("This", "The statement", "His
    remarks"), a form of be or come, and a response phrase; it returns the answered phrase.
    ANSWERING-LATER: "She was answering X, which said ...", "The denial answered X": the same.
    """
    units = sentence.units
    if not units or units[0].low not in _NOTE_SUBJECTS:
        return None
    for k in range(1, min(len(units), 6)):
        words = tuple(u.low for u in units[k : k + 3])
        answering = next((v for v in vocabulary().answering_verbs if words[: len(v)] == v), None)
        if answering is not None:  # ANSWERING-LATER: "She was answering X", "The denial answered X"
            return sentence.phrase_starting(k + len(answering))
        if units[k].low in ("is", "was", "came", "comes", "come", "were", "are"):
            words = tuple(u.low for u in units[k + 1 : k + 5])
            for phrase in _NOTE_PHRASES:
                if words[: len(phrase)] == phrase:
                    return sentence.phrase_starting(k + 1 + len(phrase))
            if words[:1] not in (("answering",), ("responding",), ("replying",)):
                return None
    return None


def response_after(sentence: Sentence, readings: list[Reading]) -> None:
    """RESPONSE-AFTER: "X said ..., after Y said/accused ...": X's plain words answer Y.

    Only a statement (no demand, accusation or warning of its own) made by another actor
    than Y, with Y's act in a clause opened by "after" or "following".
    """
    if len(readings) < 2:
        return
    main = readings[0]
    if main.group is None or main.rebut is not None or main.acts != [Act.ASSERT] or main.speaker is None:
        return
    for later in readings[1:]:
        if later.group is None or later.subject is None or later.speaker is None:
            continue
        if later.speaker.actor == main.speaker.actor or later.cue_start < main.cue_start:
            continue
        opener = later.subject.first - 1
        if opener >= 0 and sentence.units[opener].low in ("after", "following"):
            main.rebut = "respond"
            main.answered = [later.subject]
            return
