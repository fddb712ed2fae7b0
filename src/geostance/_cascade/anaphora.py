"""Anaphora: which actor a phrase naming no actor stands for.

News refers back to actors by description as often as by name. Given what the reader
remembers (the [`Discourse`][geostance._cascade.memory.Discourse]), a phrase without a
name resolves to:

- any phrase naming no actor, in a paragraph headed by an actor's name ("CHINA - The foreign
  ministry said ..."), to that actor (ROUNDUP-HEADER);
- a counted description ("the two countries", "both sides") to the last actors of that number;
- a role or body in a place frame ("In Minsk, the border committee said") to that place's state;
- an indefinite role ("a spokesperson") to the actor framed before it, its complement's
  actor ("a spokesman for the coalition") or the state speaking;
- a known surname to the actor remembered for that person;
- a report noun ("the statement said") to its author;
- a definite description or role ("the bloc", "the ministry") to the actor last tied to
  it, else the last actor of its type, else the last speaker.

[`speakers.resolve`][geostance._cascade.speakers.resolve] calls these after it has tried
names, lists, persons and pronouns.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING

from geostance._cascade.memory import Discourse, Speaker, document_key
from geostance._cascade.phrases import Phrase
from geostance._cascade.vocab import vocabulary
from geostance.gazetteer import DE_FACTO_AUTHORITY

if TYPE_CHECKING:
    from geostance._cascade.sentence import Sentence
    from geostance._cascade.units import Unit
    from geostance._document import SpeechEvent
    from geostance.gazetteer import ActorRecord

__all__ = [
    "absolute_opening",
    "body_frame",
    "briefing_frame",
    "complement_described",
    "described",
    "description_types",
    "gathering_named_host",
    "holds_no_office",
    "is_state_role",
    "paragraph_header",
    "paragraph_topic",
    "place_frame",
    "reported_subject",
    "unit_actor",
]

_DESCRIPTION_TYPES = {
    "group": ("group",),
    "organization": ("organization",),
    "state": ("state", "group"),
    "sovereign": ("state",),  # "the kingdom", "the Kremlin": never a de facto authority or an armed group
    "side": ("state", "group", "organization"),
    "gathering": (),
}

_GATHERING_REACH = 3000
"""How far back (in characters) "the summit" looks for the gathering it repeats (GATHERING-HOST)."""


def unit_actor(unit: Unit) -> str | None:
    """The actor a unit names directly: an actor mention, a capital, a demonym, a gazetteer person."""
    ref = unit.ref
    if unit.tag in "AMZJP" and ref is not None:
        actor = getattr(ref, "actor", None)
        return actor if isinstance(actor, str) else None
    return None


def absolute_opening(sentence: Sentence, phrase: Phrase) -> str | None:
    """The sentence's opening actor, for a phrase opening an absolute or a joined clause.

    ", with the government saying ...", ", and government spokesman Name told ...": the body is the
    opening actor's, the one the sentence began with.
    """
    units = sentence.units
    if phrase.first < 2 or units[phrase.first - 1].low not in ("with", "and") or units[phrase.first - 2].tag != ",":
        return None
    opening = sentence.phrase_starting(0)
    return unit_actor(units[opening.head]) if opening is not None and units[opening.head].tag in "AZ" else None


_HEADER_MARK = re.compile(r"[ \t]*(?:-|–|—|:)[ \t]")
"""What ends a paragraph's header: a dash or a colon ("FRANCE - ", "Japan: ")."""


def paragraph_header(sentence: Sentence) -> str | None:
    """ROUNDUP-HEADER: the actor whose name heads the sentence's paragraph ("CHINA - The ministry said ...").

    Reaction roundups give each actor a paragraph under its name; whoever speaks there without a
    name of their own speaks for it. Not the first paragraph, where a dash ends a dateline, and
    not a capital ("BEIJING - " is a place).
    """
    doc = sentence.doc
    paragraph = sentence.segment.paragraph
    if paragraph == 0 or paragraph >= len(doc.paragraphs):
        return None
    opening = doc.paragraphs[paragraph].start
    hits = doc.hits_in(opening, opening + _TOPIC_REACH)
    lead = 4 if doc.text.startswith(("The ", "the "), opening) else 0  # "The Taliban: ..."
    if not hits or hits[0].start != opening + lead or hits[0].via == "capital":
        return None
    return hits[0].actor if _HEADER_MARK.match(doc.text, hits[0].end) is not None else None


def paragraph_topic(sentence: Sentence, position: int, *, named: bool = False) -> str | None:
    """PARAGRAPH-TOPIC: the state that opens the paragraph as its subject, for a bare national title after it.

    "Tashkent has so far chosen quiet diplomacy. Addressing the Senate, Foreign Minister Name said ...",
    "Peru will not negotiate, Foreign Minister Name said": the minister is that state's. With `named`,
    else the one state the paragraph's first sentence names, for a title in the sentence right after it.
    """
    doc = sentence.doc
    segment = sentence.segment
    if segment.paragraph >= len(doc.paragraphs):
        return None
    opening = doc.paragraphs[segment.paragraph].start
    for hit in (*doc.hits_in(opening, opening + _TOPIC_REACH), *doc.capitals_in(opening, opening + _TOPIC_REACH)):
        record = doc.record(hit.actor)
        if hit.start == opening and hit.end < position and record is not None and record.type == "state":
            return hit.actor
    if not named:
        return None
    # "The response from Dodoma was swift. Government spokesperson Name said ...": the one state the
    # paragraph's first sentence names, when the title stands in the sentence right after it
    at = doc.sentence_at(opening - 1) + 1  # the paragraph's first sentence
    if at + 1 >= len(doc.sentences) or not doc.sentences[at + 1].start <= position:
        return None
    first = doc.sentences[at]
    if first.end > position or (at + 2 < len(doc.sentences) and doc.sentences[at + 2].start <= position):
        return None
    states = {
        hit.actor
        for hit in (*doc.hits_in(first.start, first.end), *doc.capitals_in(first.start, first.end))
        if (record := doc.record(hit.actor)) is not None and record.type == "state"
    }
    return next(iter(states)) if len(states) == 1 else None


_TOPIC_REACH = 40
"""Characters from a paragraph's start within which its opening name must lie."""


def description_types(unit: Unit) -> tuple[str, ...]:
    """The actor types a description unit may stand for ("the bloc": organization; "the group": group, ...)."""
    return tuple(t for e in unit.entries if e.kind == "description" for t in _DESCRIPTION_TYPES.get(e.category, ()))


_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}
_COUNT_DETERMINERS = frozenset(["the", "both", "all", "these", "those"])
"""Words opening a counted phrase that points back at actors ("the two ministers", "all three countries")."""


_PAIRED_TYPES = ("state",)
"""What a counted pair of frames.json `paired_plurals` may stand for (BOTH-GOVERNMENTS)."""


def _pair_just_named(sentence: Sentence, phrase: Phrase, named: set[str]) -> list[str]:
    """The two states named since the previous sentence began, when exactly two were.

    By name or demonym; a demonym of bystanders ("most of them Indian nationals": grammar.json
    `bystander_nouns`) names no party.
    """
    doc = sentence.doc
    start = doc.sentences[sentence.index - 1].start if sentence.index > 0 else sentence.segment.start
    end = sentence.units[phrase.first].start
    found: list[str] = []
    bystanders = vocabulary().bystander_nouns
    adjectives = [adj for adj in doc.adjectives_in(start, end) if _word_after(doc.text, adj.end) not in bystanders]
    for hit in sorted([*doc.hits_in(start, end), *adjectives], key=lambda h: h.start):
        if _is_paired_type(sentence, hit.actor) and hit.actor not in named and hit.actor not in found:
            found.append(hit.actor)
    return found if len(found) == 2 else []


def _word_after(text: str, end: int) -> str:
    """The lower-cased word right after `end` ("Indian nationals": "nationals"), or ""."""
    found = _NEXT_WORD.match(text, end)
    return found.group(1).lower() if found else ""


_NEXT_WORD = re.compile(r"\s+([\w-]+)")


def _two_sides(sentence: Sentence, phrase: Phrase, memory: Discourse, *, paired: bool) -> list[str]:
    """BOTH-SIDES, BOTH-GOVERNMENTS: the two parties "both sides" (or "both governments") means.

    A pair named between the subject and the phrase; for "both governments", a subject that is itself a pair of
    states ("A and B imposed sanctions, a move both governments said ...") or two states named since the previous
    sentence began; else the two sides of the latest dispute, never the sentence's own subject.
    """
    units = sentence.units
    subject = sentence.phrase_starting(0)
    verb = next((k for k, t in enumerate(sentence.tags) if t.islower()), phrase.first)
    end = subject.end if subject is not None else verb
    while end + 1 < phrase.first and sentence.tags[end] == "C":  # "Canada and the UK": the whole joint subject
        at = end + 2 if sentence.tags[end + 1] == "D" else end + 1
        if at >= phrase.first or unit_actor(units[at]) is None:
            break
        end = at + 1
    end = min(end, phrase.first)
    named = list(dict.fromkeys(a for u in units[:end] if (a := unit_actor(u)) is not None))  # the subject
    # "The OSCE, in which both Armenia and Azerbaijan take part, urged the two sides": the pair named just before
    between: list[str] = []
    for unit in units[end : phrase.first]:
        actor = unit_actor(unit)
        if actor is not None and actor not in named and actor not in between:
            between.append(actor)
    if len(between) == 2:
        return between
    if paired and len(named) == 2 and all(_is_paired_type(sentence, a) for a in named):
        return named
    sides = _pair_just_named(sentence, phrase, set(named)) if paired else []
    return sides or memory.last_dispute(set(named), _PAIRED_TYPES if paired else ())


def _is_paired_type(sentence: Sentence, actor: str) -> bool:
    """Whether an actor may be one of "both governments" (a state)."""
    record = sentence.doc.record(actor)
    return record is not None and record.type in _PAIRED_TYPES


def _counted(sentence: Sentence, phrase: Phrase, memory: Discourse, span: tuple[int, int]) -> Speaker | None:
    """The last actors of a counted description's number ("both sides", "the two countries")."""
    units = sentence.units
    words = [u.low for u in units[phrase.first : phrase.head]]
    if words[:1] == ["both"] and len(words) > 1 and units[phrase.first + 1].tag == "D":
        return None  # "both the army and the RSF": a pair named, not counted
    count = next((_COUNTS[w] for w in words if w in _COUNTS), 0)
    head = units[phrase.head]
    entry = head.entry("description") or head.entry("role")
    if entry is None:
        return None
    if entry.kind == "role" and count and words[0] not in _COUNT_DETERMINERS:
        return None  # "two Western officials" counts people, not the last two actors; "the two ministers" does
    personal_plural = entry.kind == "role" and entry.category == "person" and entry.form == "plural"
    if personal_plural and words[:1] in (["the"], ["both"]):
        met = _holders_just_named(sentence, phrase, memory, entry.lemma)  # MET-HOLDERS: "the ministers"
        if len(met) >= 2 and count in (0, len(met)):
            return Speaker(met[0], span, None, [(a, span) for a in met[1:]])
    if count == 0 and words[:1] == ["the"] and entry.form == "plural" and memory.groups and head.low.endswith("s"):
        count = len(memory.groups[-1])  # "the juntas" after Niger, Mali and Burkina Faso spoke together
    if count == 0:
        return None
    types = _DESCRIPTION_TYPES.get(entry.category, ("state", "group"))
    # BOTH-GOVERNMENTS: "both countries" when the latest joint speakers were two are those two (as below)
    paired = head.low in vocabulary().paired_plurals and not (memory.groups and len(memory.groups[-1]) == count)
    if count == 2 and (entry.category == "side" or paired):
        sides = _two_sides(sentence, phrase, memory, paired=paired)
        if sides:
            return Speaker(sides[0], span, None, [(sides[1], span)])
    recent = next((g for g in reversed(memory.groups) if len(g) == count), None)
    if recent is not None:  # "the three countries" after France, Britain and Germany spoke together
        group = memory.as_group(recent, span[0])
        if group is not None:
            return Speaker(group, span)
        return Speaker(recent[0], span, None, [(a, span) for a in recent[1:]])
    # named before this sentence: "Brazil urged both sides" does not count Brazil among them
    two_sides = count == 2 and entry.category == "side"
    found = memory.last_actors(min(span[0], sentence.segment.start), types, count, None, parties=two_sides)
    if not found:
        return None
    return Speaker(found[0], span, None, [(a, span) for a in found[1:]])


def _holders_just_named(sentence: Sentence, phrase: Phrase, memory: Discourse, lemma: str) -> list[str]:
    """MET-HOLDERS: the actors of the people holding a role named since the previous sentence began.

    "A's foreign minister, Name, met B's foreign minister, Name. The ministers urged ...": A and B. A person
    counts when the role's word stands between them and the person named before (their title: "Minister of
    Foreign Affairs of A Name") or right after them (", A's foreign minister,"); each actor once.
    """
    doc = sentence.doc
    text = doc.text
    start = doc.sentences[sentence.index - 1].start if sentence.index > 0 else sentence.segment.start
    end = sentence.units[phrase.first].start
    stretch = text[start:end].lower()
    named = sorted(  # the full names remembered, where the stretch holds them
        (start + at, start + at + len(name), actor)
        for name, actor in memory.persons.items()
        if " " in name and actor is not None and (at := stretch.find(name)) >= 0
    )
    word = _role_word(lemma.rsplit(maxsplit=1)[-1])
    actors: list[str] = []
    before = start
    for first, last, actor in named:
        titled = word.search(text, max(before, first - _TITLE_REACH), first) or _apposed(text, last, end, word)
        before = last
        if titled is not None and actor not in actors:
            actors.append(actor)
    return actors


@functools.cache
def _role_word(word: str) -> re.Pattern[str]:
    """A role's word as a whole word, any case (compiled once per word)."""
    return re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)


def _apposed(text: str, at: int, end: int, word: re.Pattern[str]) -> re.Match[str] | None:
    """The role word in an apposition set off right after a name (", Uganda's foreign minister,"), if any."""
    if not text.startswith(",", at):
        return None
    close = text.find(",", at + 1, min(end, at + _APPOSITION_REACH))
    first = text[at + 1 : close].split()[:1] if close > 0 else []
    if not first or not (first[0][0].isupper() or _determiner(first[0].lower())):
        return None  # ", met Uganda's foreign minister,": the sentence goes on, no apposition
    return word.search(text, at + 1, close)


def _determiner(word: str) -> bool:
    """Whether a word is a determiner or a possessive pronoun ("the", "a", "its")."""
    return any(e.kind in ("det", "poss") for e in vocabulary().lookup([word], 0)[1])


_TITLE_REACH = 80
"""How many characters before a person their title may open ("Minister of Foreign Affairs of the Republic of X")."""
_APPOSITION_REACH = 40
"""How many characters after a person their apposition may run (", Uganda's foreign minister,")."""


def _governs(record: ActorRecord) -> bool:
    """Whether an actor has a state's bodies (an army, ministries): a state or a de facto authority."""
    return record.type == "state" or (record.type == "group" and record.kind == DE_FACTO_AUTHORITY)


def holds_no_office(record: ActorRecord) -> bool:
    """GOVERNMENT-NOT-PARTY: a group that governs no territory has no government and no national office.

    Only authorities over a territory (frames.json government_descriptions `office_kinds`) have them: "the
    government" or "Prime Minister Name" after a party, a movement or an armed group spoke is a state's.
    """
    return record.type == "group" and record.kind not in vocabulary().office_kinds


def _state_speaking(sentence: Sentence, phrase: Phrase, memory: Discourse) -> str | None:
    """The state (or de facto authority) that last spoke, for a state body named without its state.

    Before anyone spoke, the dateline's state (HOME-BODY).
    """
    if not any(
        (role := u.entry("role")) is not None and role.category == "body"
        for u in sentence.units[phrase.first : phrase.end]
    ):
        return None
    last = memory.announced or memory.last_speaker  # ANNOUNCED-ANSWER: "X's response came swiftly."
    if last is None:
        # HOME-BODY: "BISHKEK - ..., a ministry spokesman said" before anyone spoke
        return memory.home_state(sentence.units[phrase.first].start)
    record = sentence.doc.record(last)
    return last if record is not None and record.type in ("state", "group") else None


_PLACE_FRAME = re.compile(r"(?:L,)?I(?P<place>[ZA]),(?:L,)?")
"""The tags of a sentence's opening place frame: "In Minsk,", "In Minsk, however,", "Meanwhile, in Minsk,"."""


def place_frame(sentence: Sentence, phrase: Phrase) -> str | None:
    """The state of the place where the phrase speaks (PLACE-FRAME, SPEECH-VENUE).

    A frame the sentence opens in ("In Minsk, the ministry said ..."), or the venue of its verb
    ("the ministry said at a briefing in Minsk", "Name told reporters in Minsk").
    """
    units = sentence.units
    # "In Minsk, the ministry said", "In Minsk, however, ...", "Meanwhile, in Minsk, ...": an adverb may be set off
    frame = _PLACE_FRAME.fullmatch(sentence.tags, 0, phrase.first)
    if frame is not None and units[frame.start("place") - 1].low == "in":
        place: Unit | None = units[frame.start("place")]
    else:
        place = _venue(units, _past_portfolio(sentence, phrase.end)) or _opening_venue(sentence, phrase)
    actor = unit_actor(place) if place is not None else None
    record = sentence.doc.record(actor) if actor else None
    return actor if record is not None and record.type == "state" else None


def _past_portfolio(sentence: Sentence, end: int) -> int:
    """Where the verb after a title's portfolio stands ("the Principal Secretary for Foreign Affairs told ...").

    A title's "for" or "of" and the capitalised words of its portfolio are still the title; else `end` itself.
    """
    units = sentence.units
    if end >= len(units) or units[end].low not in ("for", "of"):
        return end
    k = end + 1
    while k < len(units) and units[k].tag in "VK_" and sentence.text[units[k].start].isupper():
        k += 1
    return k if k > end + 1 and k < len(units) and units[k].tag.islower() else end


def _opening_venue(sentence: Sentence, phrase: Phrase) -> Unit | None:
    """The capital an opening clause names with "in" ("Asked about it at a briefing in Moscow, ...").

    Only a participle opening the sentence ("Asked", "Speaking", "Responding"), or "At" / "During" and the occasion
    ("At a regular briefing in Beijing, a foreign ministry spokesperson said"), whose clause ends with a comma
    right before the phrase, and only for a state's body or office ("Foreign Ministry spokesperson Name"): where
    it speaks. A body of its own ("council spokesman Name") is not the host state's.
    """
    units = sentence.units
    first = phrase.first
    opening = units[0].low.endswith(("ed", "ing")) or units[0].low in _VENUE_PREPOSITIONS
    if first < 4 or units[first - 1].tag != "," or not opening:
        return None
    if not is_state_role(sentence, phrase):
        return None
    for k in range(1, min(first - 2, _OPENING_VENUE_REACH)):
        if units[k].low == "in" and units[k + 1].tag in "ZA":
            return units[k + 1]
    return None


_VENUE_PREPOSITIONS = frozenset(["at", "during"])
"""Prepositions opening a sentence with the occasion it was said at ("At a regular briefing in Beijing, ...")."""
_OPENING_VENUE_REACH = 16
"""How many units into an opening participle clause its "in <capital>" may stand."""


def _venue(units: list[Unit], verb: int) -> Unit | None:
    """The capital in "in <capital>" among the adjuncts right after a verb of speaking.

    "said on Monday at a briefing in Minsk", "told reporters in Minsk": not past a comma, "that", a
    quotation or another verb, and only when the verb is followed first by a preposition, an adverb or
    its audience (so "said talks in Minsk failed" names no venue).
    """
    if verb + 2 >= len(units) or not units[verb].tag.islower():
        return None
    vocab = vocabulary()
    first = verb + 1
    lemma = entry.lemma if (entry := units[verb].entry("verb")) is not None else ""
    if lemma in vocab.audience_verbs and units[first].tag == "D" and units[first + 1].tag in "O_":
        first += 2  # "told a news conference in Minsk"
    elif lemma in vocab.audience_verbs and units[first].low in vocab.audiences:
        first += 1  # "told reporters in Minsk"
    elif units[first].tag not in _VENUE_OPENERS:
        return None
    for k in range(first, min(len(units), verb + _VENUE_REACH)):
        tag = units[k].tag
        if tag == "Z" and units[k - 1].low == "in":
            return units[k]
        if tag not in _VENUE_TAGS:
            return None
    return None


_VENUE_OPENERS = frozenset("IL")
_VENUE_TAGS = frozenset("IDL9O_KV")
"""What the adjuncts before a venue may hold: prepositions, determiners, adverbs, numbers, nouns ("a weekly
briefing"), capitalised words ("on Tuesday")."""
_VENUE_REACH = 10


def document_frame(sentence: Sentence, phrase: Phrase, memory: Discourse) -> str | None:
    """The author of the document a sentence opens in ("In the statement, the official said ..."), if remembered.

    The frame is "In" + a determiner or possessive + a report noun, and at most a few words of time or place
    ("In its statement on Monday,"), then a comma right before the phrase.
    """
    units = sentence.units
    k = phrase.first
    if k < 4 or k > _DOCUMENT_FRAME_REACH or units[0].low != "in" or units[k - 1].tag != ",":
        return None
    if units[1].tag not in "DS" or any(u.tag.islower() and u.tag != "_" for u in units[1 : k - 1]):
        return None
    if any(u.low in vocabulary().other_document_modifiers for u in units[1 : k - 1]):
        return None  # "In a separate statement, the minister said": not the document known
    noun = next((u.entry("noun") for u in units[2 : k - 1] if u.tag == "O"), None)
    author = memory.documents.get(document_key(noun.lemma)) if noun is not None else None
    return author.actor if author is not None else None


_DOCUMENT_FRAME_REACH = 9
"""How many units a document frame ("In its written statement on Monday,") may hold with its comma."""


def is_state_role(sentence: Sentence, phrase: Phrase, *, plural: bool = False) -> bool:
    """Whether the phrase names a role only a state holds ("the Foreign Ministry spokesman", "the army").

    Only in the singular, unless `plural`: "the foreign ministers" of several states often meet as an
    organization, but "Defence Ministry sources" still names one ministry.
    """
    state_roles = vocabulary().state_roles
    return any(
        (role := u.entry("role")) is not None and (u.low in state_roles or (plural and role.lemma in state_roles))
        for u in sentence.units[phrase.first : phrase.end]
    )


def _named_before(sentence: Sentence, phrase: Phrase) -> str | None:
    """An actor named in a place frame earlier in the same sentence ("At NATO headquarters, a spokesperson said").

    Only an actor after a preposition of place counts (grammar.json `workplace_prepositions`): in "fighters of X
    stormed a hotel, a hospital director said" the director is not X's, nor in "sanctions against X, a
    spokesperson said" the sanctioned state's.
    """
    units = sentence.units
    places = vocabulary().workplace_prepositions
    for k in range(phrase.first - 1, -1, -1):
        actor = unit_actor(units[k])
        if actor is not None and units[k].tag == "A":
            at = k - 1 if k > 0 and units[k - 1].tag == "I" else k - 2
            framed = (
                at >= 0
                and units[at].tag == "I"
                and units[at].low in places
                and (at == k - 1 or units[k - 1].tag == "D")
            )
            return actor if framed else None
    return None


def _header_actor(sentence: Sentence, phrase: Phrase) -> str | None:
    """ROUNDUP-HEADER: the actor a colon closes right before the phrase ("Back to the AU mission, AUSSOM: a ...")."""
    k = phrase.first
    if k < 2 or sentence.units[k - 1].tag != ":":
        return None
    return unit_actor(sentence.units[k - 2])


def _opening_frame(sentence: Sentence, phrase: Phrase, prepositions: tuple[str, ...]) -> int | None:
    """Where an opening frame's preposition stands ("At ...", "Speaking at ...", "During ..."), or None.

    Only a frame that opens the sentence and that a comma right before `phrase` closes.
    """
    units = sentence.units
    opening = 1 if units[0].low.endswith("ing") and len(units) > 1 else 0  # "Speaking at ..."
    if phrase.first < 3 + opening or units[opening].low not in prepositions or units[phrase.first - 1].tag != ",":
        return None
    return opening


def body_frame(sentence: Sentence, phrase: Phrase) -> str | None:
    """BODY-FRAME: the organization a sentence opens at, for the spokesperson who speaks right after it.

    "At NATO headquarters in Brussels, deputy spokesman Name said": NATO's voice; also after an opening
    participle ("Speaking at UN headquarters, ..."). Only an opening "At" frame closed by a comma right before
    the phrase, and only an organization (a state there is a venue).
    """
    if _opening_frame(sentence, phrase, ("at",)) is None:
        return None
    actor = _named_before(sentence, phrase)
    record = sentence.doc.record(actor) if actor else None
    return actor if record is not None and record.type == "organization" else None


_BRIEFING_REACH = 3
"""How many words may stand between a possessive and the briefing noun ("'s weekly press briefing")."""


def briefing_frame(sentence: Sentence, phrase: Phrase, memory: Discourse) -> str | None:
    """BRIEFING-FRAME: the actor whose briefing a sentence opens at, for the spokesperson right after the comma.

    "Speaking at the ministry's weekly press briefing, spokesman Name said": the ministry's actor (named, by
    demonym, or whose "the ministry" is as a bare role: JUST-SPOKE-BODY first); grammar.json `briefing_nouns`.
    """
    units = sentence.units
    opening = _opening_frame(sentence, phrase, ("at", "during"))
    comma = phrase.first - 1
    if opening is None or units[comma - 1].low not in vocabulary().briefing_nouns:
        return None
    owner = next((k for k in range(comma - 2, max(opening, comma - 2 - _BRIEFING_REACH), -1) if units[k].tag == "S"), 0)
    if owner <= opening + 1:
        return None
    for unit in units[opening + 1 : owner]:
        actor = unit_actor(unit)
        if actor is not None:
            return actor
    if units[owner - 1].entry("role") is None:
        return None
    possessor = Phrase(opening + 1, owner, owner - 1, [])  # "the ministry": as a bare role would be read
    found = _definite_role(sentence, possessor, memory, sentence.span(opening + 1, owner))
    return found.actor if found is not None else None


def complement_described(sentence: Sentence, phrase: Phrase, memory: Discourse) -> str | None:
    """The actor a role's complement describes: "a spokesman for the coalition" is the coalition's."""
    complement = phrase.complement
    if complement is None or phrase.prep not in ("for", "of") or sentence.tags[complement.head] != "Y":
        return None
    found = described(sentence, complement, memory, sentence.span(complement.first, complement.end))
    return found.actor if found is not None else None


def _unknown_name(sentence: Sentence, phrase: Phrase) -> bool:
    """UNKNOWN-BODY: a capitalised role or description headed by an unknown capitalised word names its own body."""
    units, text = sentence.units, sentence.text
    head = units[phrase.head]
    if head.tag not in "RY" or not text[head.start].isupper() or phrase.head == 0:
        return False
    if head.low.rsplit(" ", 1)[-1] not in vocabulary().named_body_heads:
        return False  # "the Treasury Department": a state's office, read as one
    before = units[phrase.first : phrase.head]
    return any(u.tag == "K" for u in before) and all(u.tag in "DKV" for u in before)


def described(
    sentence: Sentence, phrase: Phrase, memory: Discourse, span: tuple[int, int], *, definite: bool = False
) -> Speaker | None:
    """A phrase naming no actor: a definite description, a role, a report noun or a known surname."""
    units = sentence.units
    head = units[phrase.head]
    named = _capitalised_name_head(sentence, phrase, memory, span) or _name_part(sentence, phrase, memory, span)
    if named is not None:
        return named
    counted = _counted(sentence, phrase, memory, span)
    if counted is not None:
        return counted
    framed = place_frame(sentence, phrase) or document_frame(sentence, phrase, memory)
    if framed is not None and head.tag in "RY":
        role = head.entry("role")
        if role is not None and role.category in ("person", "body"):  # "the spokesperson" later is this one
            memory.tie_role(role.lemma, framed)
        return Speaker(framed, span)  # "In Minsk, the border committee said": Belarus's; "In the statement, ..."
    if _unknown_name(sentence, phrase):
        return None  # "the Saami Council said": a body the gazetteer does not know, not the last council
    definite = definite or units[phrase.first].low in ("the", "this", "that", "its", "their")
    definite = definite or _bare_government(sentence, phrase)
    indefinite = units[phrase.first].low in ("a", "an")
    opening = absolute_opening(sentence, phrase) if (definite or indefinite) and head.tag in "RY" else None
    if opening is not None:  # "X defended the deal, with the government (a spokesperson) insisting ...": X's
        return Speaker(opening, span)
    if head.tag == "R" and units[phrase.first].low in ("its", "their"):
        # "X denied ..., its spokesperson said": X's; else "its foreign ministry said": the actor just speaking
        owner = reported_subject(sentence, span[0], memory) or memory.last_speaker
        return Speaker(owner, span) if owner else None
    role = head.entry("role") if head.tag == "R" else None
    if (
        not definite
        and role is not None
        and role.category in ("person", "body")
        and units[phrase.first].low in ("a", "an")
    ):
        return _indefinite_role(sentence, phrase, memory, span)
    bare = units[phrase.first].tag not in "DS" and not phrase.possessors
    if not definite and bare and head.tag == "R" and is_state_role(sentence, phrase, plural=True):
        actor = memory.home_state(span[0]) or memory.last_state  # "Defence Ministry sources said": the home state's
        return Speaker(actor, span) if actor else None
    if head.tag == "K":
        return _surname(sentence, phrase, memory, span)
    if head.tag == "O" and (definite or units[phrase.first].low in vocabulary().demonstratives):
        return _known_document(sentence, phrase, memory, span)
    if not definite:
        return None
    if head.tag == "R":
        return _definite_role(sentence, phrase, memory, span)
    if head.tag == "Y" and any(e.kind == "description" and e.category == "gathering" for e in head.entries):
        host = _gathering_host(sentence, head.low, span[0], memory)
        return Speaker(host, span) if host else None
    if head.tag == "Y" and any(u.low in vocabulary().generic_modifiers for u in units[phrase.first : phrase.head]):
        return None  # GENERIC-COLLECTIVE: "the international community" is everyone, no organization named before
    if head.tag == "Y" and phrase.possessors and units[phrase.possessors[-1]].tag in "RY":
        # OWNED-BODY: "the group's prisoner affairs committee" is the group's, whatever committee was named last
        at = phrase.possessors[-1]
        owning = Phrase(phrase.first, at + 1, at, [p for p in phrase.possessors if p < at])
        return described(sentence, owning, memory, span, definite=definite)
    if head.tag == "Y":
        types = _types_of(head)
        people = head.low in vocabulary().group_heads  # GROUP-DESCRIPTION: "the group" is no UN body or court
        actor = memory.roles.get(head.low) or _ambiguous_description(sentence, memory, types, span[0])
        if actor is not None and people and memory.no_group(actor):
            actor = None
        sovereign = any(e.kind == "description" and e.category == "sovereign" for e in head.entries)
        bloc = head.low in vocabulary().bloc_heads  # BLOC-DESCRIPTION: "the bloc" is no UN body named since
        actor = (
            actor
            or memory.last_headed(span[0], head.low, anywhere=sovereign)
            or memory.last_of_type(span[0], types, bloc=bloc, people=people)
        )
        return Speaker(actor, span) if actor else None
    return None


def reported_subject(sentence: Sentence, position: int, memory: Discourse | None = None) -> str | None:
    """REPORTED-SUBJECT: the actor named as the subject opening a sentence whose tail attributes it.

    "Russia rejected the claims, spokeswoman Name said": the clause before ", spokeswoman" opens with
    Russia; the voice that reports it is Russia's. A body's possessor names it too ("Mauritania's navy
    denied ..., its spokesperson said": Mauritania).
    """
    units, tags = sentence.units, sentence.tags
    opening = sentence.phrase_starting(0)
    if opening is None or opening.last >= len(units):
        return None
    at = next((k for k, u in enumerate(units) if u.start >= position), len(units))
    if at >= 3 and tags[at - 1] == "D" and units[at - 1].low == "the":
        at -= 1  # ", the spokesperson for its border service, said"
    if at < 2 or tags[at - 1] != "," or not (tags[opening.last] in "XNL" or tags[opening.last].islower()):
        return None  # the title must follow a comma that closes the clause the actor opens
    owner = opening.head
    if tags[owner] in "RY" and opening.possessors and tags[opening.possessors[-1]] in "AZ":
        owner = opening.possessors[-1]
    if tags[owner] in "AZ":
        return unit_actor(units[owner])
    if memory is None or tags[owner] not in "RY" or opening.possessors:
        return None
    found = described(sentence, opening, memory, sentence.span(opening.first, opening.end))  # "The agency ..."
    return found.actor if found is not None else None


def _bare_government(sentence: Sentence, phrase: Phrase) -> bool:
    """HOME-BODY: "Government has rejected ..." with no article (as some presses write) opening the sentence."""
    head = sentence.units[phrase.head]
    return (
        phrase.first == 0
        and phrase.head == 0
        and head.low in vocabulary().government_words
        and sentence.text[head.start].isupper()
    )


def _gathering_host(sentence: Sentence, noun: str, position: int, memory: Discourse) -> str | None:
    """GATHERING-HOST: the one organization named in the sentence that last mentioned the gathering.

    "The SADC summit was held on Friday. The summit urged ...": SADC; "Russia and China held a summit ... The
    summit called for ...": no organization hosted it, nobody speaks.
    """
    doc = sentence.doc
    starts = memory.word_starts(noun)
    k = bisect.bisect_left(starts, position) - 1
    if k < 0 or position - starts[k] > _GATHERING_REACH:
        return None
    earlier = doc.sentence_at(starts[k])
    if earlier < 0 or earlier == sentence.index:
        return None
    where = doc.sentences[earlier]
    hosts = {
        h.actor for h in doc.hits_in(where.start, where.end) if (r := doc.record(h.actor)) and r.type == "organization"
    }
    return hosts.pop() if len(hosts) == 1 else None


def gathering_named_host(sentence: Sentence, phrase: Phrase) -> str | None:
    """GATHERING-HOST in its own sentence: the organization a gathering's "of" phrases name.

    "a communique issued by an emergency summit of presidents and ministers of the EAC": the EAC, the first
    organization named after the gathering's head before the clause ends.
    """
    units = sentence.units
    head = units[phrase.head].entry("description")
    if head is None or head.category != "gathering":
        return None
    for k in range(phrase.head + 1, min(len(units), phrase.head + _HOST_REACH)):
        if sentence.tags[k] in ",;:.Q":
            break
        actor = unit_actor(units[k])
        record = sentence.doc.record(actor) if actor is not None else None
        if record is not None and record.type == "organization":
            return record.id
    return None


_HOST_REACH = 16
"""How many units after a gathering's head its host may be named ("Summit of Heads of State and ... of X")."""


def _just_spoke(sentence: Sentence, memory: Discourse) -> bool:
    """Whether the last speaker, a state, spoke in this sentence or the one before.

    A document named in passing since ("concern over statements by Y's ministry") is nobody speaking.
    """
    last = memory.last_speaker
    record = sentence.doc.record(last) if last else None
    if record is None or record.type != "state":
        return False
    event = sentence.doc.last_voice()
    return (
        event is not None
        and event.speaker == last
        and event.sentence >= sentence.index - 1
        and _spoke_as_body(sentence, event)
    )


def _other_body_spoke(sentence: Sentence, lemma: str) -> bool:
    """Whether the last voice spoke through a body of another kind (frames.json `body_kinds`, or another last word).

    "The State Department" then "the foreign ministry" is one kind; "the Defence Ministry" then "the embassy" is not.
    """
    event = sentence.doc.last_voice()
    if event is None:
        return False
    bodies = _bodies_named(_speaker_words(sentence, event))
    same = vocabulary().body_kinds.get(lemma, frozenset())
    noun = lemma.rsplit(maxsplit=1)[-1]
    if not bodies or any(body in same or noun in body.split() for body in bodies):
        return False
    # "... according to a foreign ministry statement. But the ministry also rejected ...": named just before
    doc = sentence.doc
    since = doc.sentences[max(0, sentence.index - 1)].start
    before = doc.text[since : sentence.units[0].start if sentence.units else sentence.segment.start]
    return _role_word(noun).search(before) is None


def _speaker_words(sentence: Sentence, event: SpeechEvent) -> list[str]:
    """The lower-cased words of an event's speaker phrase, possessive endings dropped ("X's military" -> x military)."""
    start, end = event.speaker_span
    return sentence.text[start:end].lower().replace("’s", " ").replace("'s", " ").split()


def _bodies_named(words: list[str]) -> list[str]:
    """The lemmas of the body roles among `words` ("foreign ministry", "military")."""
    vocab = vocabulary()
    return [
        e.lemma
        for k in range(len(words))
        for e in vocab.lookup(words, k)[1]
        if e.kind == "role" and e.category == "body"
    ]


def _spoke_as_body(sentence: Sentence, event: SpeechEvent) -> bool:
    """Whether an event's speaker was named by a body or the state ("X's military", "X"), not a person.

    "an adviser to X's leader warned ...": a person of X spoke, and "the ministry" after it may be another's.
    """
    words = _speaker_words(sentence, event)
    personal = len(words) == 1 and vocabulary().pronouns.get(words[0]) == "person"  # "he", "she"
    if event.person_span is None and not personal:
        return True
    return bool(_bodies_named(words))


def _types_of(head: Unit) -> tuple[str, ...]:
    """The actor types a description noun may stand for ("the bloc": an organization)."""
    return tuple(t for e in head.entries if e.kind == "description" for t in _DESCRIPTION_TYPES.get(e.category, ()))


def _indefinite_role(sentence: Sentence, phrase: Phrase, memory: Discourse, span: tuple[int, int]) -> Speaker | None:
    """A role with "a": "a spokesperson" of the body named, "a Foreign Ministry spokesman" of the state speaking."""
    role = sentence.units[phrase.head].entry("role")
    actor = (
        _named_before(sentence, phrase)
        or _header_actor(sentence, phrase)
        or complement_described(sentence, phrase, memory)  # "a spokesman for the coalition"
        or _body_after(sentence, phrase)
        or _state_speaking(sentence, phrase, memory)
    )
    complemented = phrase.complement is not None and sentence.tags[phrase.complement.head] in "YK"
    if actor is None and not complemented and role is not None and role.lemma in vocabulary().voice_roles:
        # "X denied ..., a spokesperson said": X's voice; "X rejected the account. A spokesperson said ...": X's
        actor = reported_subject(sentence, span[0]) or memory.last_speaker
        record = sentence.doc.record(actor) if actor else None
        if record is not None and record.type != "state" and is_state_role(sentence, phrase):
            actor = None  # STATE-VOICE: "a junta spokesman" is no voice of the UN that spoke last
    if actor is None and role is not None and role.category == "person":
        memory.roles.pop(role.lemma, None)  # ANONYMOUS-ROLE: "A European diplomat said ... the diplomat said"
        memory.anonymous_roles.add(role.lemma)
    elif actor is not None and role is not None and role.category == "person" and role.form == "singular":
        memory.tie_role(role.lemma, actor)  # INTRODUCED-ROLE: "a spokesperson for X said ... the spokesperson said"
    return Speaker(actor, span) if actor else None


def _body_after(sentence: Sentence, phrase: Phrase) -> str | None:
    """WORKPLACE: the actor of the body or capital a person role works in ("a source in X's interior ministry").

    The body's demonym or possessor ("an official at Chile's navy"), or the capital ("an official in Kyiv").
    """
    units = sentence.units
    at = phrase.end
    role = units[phrase.head].entry("role")
    if role is None or role.category != "person" or at + 1 >= len(units):
        return None
    if units[at].low not in vocabulary().workplace_prepositions:
        return None
    if role.lemma in vocabulary().posted_roles or any(u.tag in "JKAM" for u in units[phrase.first : phrase.head]):
        return None  # "a Western diplomat in Bishkek", "an envoy in Kabul": posted there, someone else's
    place = sentence.phrase_starting(at + 1)
    if place is None or units[place.head].tag not in "RZA":
        return None
    if units[place.head].tag == "R" and not any(
        (entry := u.entry("role")) is not None and entry.category == "body" for u in units[place.first : place.end]
    ):
        return None
    doc = sentence.doc
    a, b = units[place.first].start, units[place.last - 1].end
    named = [*doc.hits_in(a, b), *doc.adjectives_in(a, b), *doc.capitals_in(a, b)]
    actors = {hit.actor for hit in named}
    return actors.pop() if len(actors) == 1 else None


def _surname(sentence: Sentence, phrase: Phrase, memory: Discourse, span: tuple[int, int]) -> Speaker | None:
    """A name met before (with its actor), a role acronym, or a name described by a role in apposition."""
    units = sentence.units
    head = units[phrase.head]
    known, actor = memory.person_actor(sentence.text[head.start : head.end])
    if known:
        return Speaker(actor, span, (head.start, head.end)) if actor else None
    if head.low in memory.roles and not phrase.possessors:
        return Speaker(memory.roles[head.low], span)  # ROLE-ACRONYM: "the JCS" after "the Joint Chiefs (JCS)"
    apposed = phrase.apposition
    if apposed is not None and units[apposed.head].tag == "R" and units[apposed.first].tag == "D":
        # "Liu, the spokesperson, said": a name the text did not introduce, described by a role
        found = described(sentence, apposed, memory, span)
        return Speaker(found.actor, span, (head.start, head.end)) if found is not None else None
    return None


def _known_document(sentence: Sentence, phrase: Phrase, memory: Discourse, span: tuple[int, int]) -> Speaker | None:
    """A known document ("the report", "those findings"): its author; not "a report"."""
    units = sentence.units
    noun = units[phrase.head].entry("noun")
    author = memory.documents.get(document_key(noun.lemma)) if noun is not None else None
    if author is None and units[phrase.first].low in vocabulary().demonstratives:
        author = memory.last_document  # "those findings" after "a report by X said": X's
    return Speaker(author.actor, span, None, list(author.joint)) if author else None


def _definite_role(sentence: Sentence, phrase: Phrase, memory: Discourse, span: tuple[int, int]) -> Speaker | None:
    """A definite role ("the ministry", "the spokesman", "the agency"): the actor last tied to it, else by who spoke."""
    head = sentence.units[phrase.head]
    role = head.entry("role")
    if role is not None and memory.anonymous(role.lemma):
        return None  # ANONYMOUS-ROLE: "the diplomat" after "a European diplomat" nobody's
    last = memory.last_speaker
    if role is not None and role.lemma in vocabulary().voice_roles:
        reported = reported_subject(sentence, span[0], memory)
        if reported is not None:  # REPORTED-SUBJECT: "X had no patrol there, the spokesperson for its ... said"
            return Speaker(reported, span)
    actor = memory.roles.get(role.lemma) if role is not None else None
    # "the military" is a state's when the text tied it to no actor (UNTIED-STATE-ROLE: frames.json)
    untied = actor is None and role is not None and role.lemma in vocabulary().untied_state_roles
    state_body = is_state_role(sentence, phrase) or untied
    if state_body and memory.announced is not None:
        actor = memory.announced  # ANNOUNCED-ANSWER: "X's response came swiftly. The ministry said ..."
    if actor is None and role is not None and role.lemma in vocabulary().organization_offices:
        actor = memory.secretariat(span[0])  # SECRETARIAT-TITLE: "the Secretary-General" after a UN mission: the UN
    if actor is not None and actor != last and state_body and _just_spoke(sentence, memory):
        actor = last  # JUST-SPOKE-BODY: "X's military rejected the account. ... the army said": X's, not Y's army
    body = role is not None and role.category == "body"
    if actor is None and body:
        actor = memory.last_headed(span[0], head.low)  # NAME-HEAD: "Commission spokesperson", the EU's
        named = sentence.doc.record(actor) if actor else None
        if state_body and named is not None and named.type == "group":
            actor = None  # "Army spokesman": a state's army, not the "White Army" militia named before
    types = _types_of(head)
    record = sentence.doc.record(last) if last else None
    if actor is None and record is not None and not _governs(record) and state_body:
        # "the foreign ministry" is no organization's, "the army" no militia's: the last state's to speak;
        # when no state has spoken, the one state the last words were aimed at ("Y said Z's army shelled ...
        # The junta denied"), else the last state named (STATE-ROLE-ANTECEDENT)
        actor = (
            memory.last_state
            or memory.home_state(span[0])
            or _state_aimed_at(sentence)
            or memory.last_of_type(span[0], ("state",))
        )
    bare = not phrase.possessors and phrase.complement is None
    if actor is None and record is None and bare and state_body:
        # HOME-BODY: before anyone spoke, "SEOUL - ... the Joint Chiefs of Staff said" is the story's state's
        actor = memory.home_state(span[0])
    vocab = vocabulary()
    government = bare and head.low in vocab.government_words
    # HOME-OFFICE: a national office's holder as a possessor ("KOROR - ... the president's office accused X")
    office = role is not None and role.lemma in vocab.national_offices
    office_holder = office and sentence.tags[phrase.end : phrase.end + 1] == "S"
    if actor is None and record is None and (government or office_holder):
        # "Japan lodged a protest ..., the government's top spokesman said": before anyone spoke, the
        # dateline's state or the one opening the paragraph
        actor = memory.home_state(span[0]) or paragraph_topic(sentence, span[0]) or _federation_named(sentence, phrase)
    if actor is None and government and record is not None and holds_no_office(record):
        # GOVERNMENT-NOT-PARTY: "Government spokesperson Name" after a party spoke is no party's: a state's
        actor = _a_state(memory, span[0])
    if actor is None and body and record is not None and role is not None and _other_body_spoke(sentence, role.lemma):
        # OTHER-BODY: "BEIJING - The U.S. State Department said ... The Foreign Ministry said": the dateline's state's,
        # not the body of another kind that just spoke
        home = memory.home_state(span[0])
        actor = home if home != last else None
    if actor is None and body and record is not None and (record.type != "organization" or not types):
        actor = last  # "the ministry said": the body of the actor speaking
    if actor is None and types:  # "the mission", "the agency": also a description of the last such actor
        actor = memory.last_headed(span[0], head.low) or memory.last_of_type(span[0], types)
        named = sentence.doc.record(actor) if actor is not None and government else None
        if named is not None and holds_no_office(named):
            actor = _a_state(memory, span[0])  # GOVERNMENT-NOT-PARTY: "the government" is no party named last
    actor = actor or last
    return Speaker(actor, span) if actor else None


def _a_state(memory: Discourse, position: int) -> str | None:
    """GOVERNMENT-NOT-PARTY: the state a government is taken to be: the last to speak, else the last named."""
    return memory.last_state or memory.last_of_type(position, ("state",))


def _federation_named(sentence: Sentence, phrase: Phrase) -> str | None:
    """FEDERAL-GOVERNMENT: "the Federal Government" with no dateline is the first federation the text names.

    "The Federal Government has dismissed claims by Niger that Nigeria ...": Nigeria, the federation of the two.
    """
    units = sentence.units
    if not any(u.low == "federal" for u in units[phrase.first : phrase.head]):
        return None
    federations = vocabulary().federations
    first = min((hit for hit in sentence.doc.hits if hit.actor in federations), key=lambda h: h.start, default=None)
    return first.actor if first is not None else None


def _capitalised_name_head(
    sentence: Sentence, phrase: Phrase, memory: Discourse, span: tuple[int, int]
) -> Speaker | None:
    """NAME-HEAD: "the Guards' assertion" after "the Islamic Revolutionary Guard Corps": a word of a name.

    A capitalised role word after "the" inside a sentence ("the Guards", "the Forces") is a word of a name
    the text used before (singular or plural), not a role or a count of the last speakers.
    """
    units = sentence.units
    head = units[phrase.head]
    role = head.entry("role")
    if role is None or role.category == "body" or phrase.head == 0 or not sentence.text[head.start].isupper():
        return None
    if units[phrase.first].low != "the" or phrase.head != phrase.first + 1:
        return None
    actor = memory.last_headed(span[0], head.low, anywhere=True) or memory.last_headed(
        span[0], head.low.removesuffix("s"), anywhere=True
    )
    return Speaker(actor, span) if actor else None


def _name_part(sentence: Sentence, phrase: Phrase, memory: Discourse, span: tuple[int, int]) -> Speaker | None:
    """NAME-PART: "the Group of Experts" after "the UN Group of Experts on Congo" is that body.

    A definite phrase whose capitalised head runs on through a particle into more capitalised words ("the
    Commission of Inquiry", "the Panel of Experts") repeats part of a name the text used before; it is that
    actor, not the last actor of the head's kind ("the group" would be the last armed group).
    """
    units, text = sentence.units, sentence.text
    head = units[phrase.head]
    if phrase.head == 0 or units[phrase.first].low != "the" or phrase.head != phrase.first + 1:
        return None
    run = _NAME_RUN.match(text, head.start)
    if run is None:
        return None
    actor = memory.last_containing(span[0], tuple(run.group(0).casefold().split()))
    return Speaker(actor, span) if actor else None


_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*)+")
"""A capitalised word joined by "of", "for" or "on" to more capitalised words: a name's part ("Panel of Experts")."""


def _state_aimed_at(sentence: Sentence) -> str | None:
    """The one state the last statement before this sentence aimed at, if it aimed at exactly one."""
    doc = sentence.doc
    last = doc.events[-1] if doc.events else None
    if last is None or last.sentence >= sentence.index:
        return None
    states = [t for t in last.targets if (record := doc.record(t)) is not None and record.type == "state"]
    return states[0] if len(states) == 1 else None


def _ambiguous_description(sentence: Sentence, memory: Discourse, types: tuple[str, ...], position: int) -> str | None:
    """A description of several kinds ("the group": an armed group or an organization) is the last speaker.

    "Hamas called on the OIC to act. The group denied ...": Hamas goes on speaking. Only when the last
    speaker is of one of those kinds and the sentence names none of them before the description.
    """
    last = memory.last_speaker
    record = sentence.doc.record(last) if last else None
    if len(set(types)) < 2 or record is None or record.type not in types:
        return None
    doc = sentence.doc
    for hit in doc.hits_in(sentence.segment.start, position):
        named = doc.record(hit.actor)
        if named is not None and named.type in types:
            return None  # "ARSA denied the attack, which police blamed on the group": ARSA, named here
    return last
