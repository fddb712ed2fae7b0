"""What a phrase's own words say about whom it speaks for: the actor it names, and the actor a title stands for.

`named_actor` reads the actor a phrase names by itself (its head, a possessor, a demonym with
a role, an apposition or a complement: "Japan's foreign minister", "the envoy of X"),
on the article's date for offices that changed hands. When a person's title names no
actor, the title still points to one: a state body's ("government spokesman Name"), the
last actor tied to that title, a secretariat's organization, the dateline's state for a
national office, or the subject whose document the title signs (`known_title`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geostance._cascade.anaphora import (
    absolute_opening,
    described,
    paragraph_topic,
    place_frame,
    reported_subject,
    unit_actor,
)
from geostance._cascade.memory import is_state
from geostance._cascade.phrases import Phrase
from geostance._cascade.units import VERB_TAGS
from geostance._cascade.vocab import vocabulary

if TYPE_CHECKING:
    from geostance._cascade.memory import Discourse
    from geostance._cascade.sentence import Sentence
    from geostance._cascade.units import Unit
    from geostance._document import Document

__all__ = [
    "body_of",
    "briefing_host",
    "its_role",
    "known_title",
    "named_actor",
    "office_owner",
    "past_role",
    "person_unit",
    "previous_subject",
    "reporting_voice",
]


def _governed(doc: Document, state: str, sentence: Sentence, phrase: Phrase) -> str:
    """A demonym's state, or whom its government or office speaks for on the article's date.

    "the Afghan government" is the de facto authority when there is one; "the Afghan foreign
    minister" is whom that office's holder speaks for (the Taliban's minister after 2021).
    The document's gazetteer is already the view for the article's date.
    """
    for i in range(phrase.first, phrase.end):
        role = sentence.units[i].entry("role")
        if role is None:
            continue
        if role.lemma.rsplit(" ", 1)[-1] in vocabulary().government_words:
            return doc.gazetteer.authorities.get(state, state)
        holder = doc.gazetteer.office_actor(state, role.lemma)
        if holder is not None:
            return holder
    return state


def person_unit(sentence: Sentence, phrase: Phrase) -> Unit | None:
    """The first person's name in a phrase's parts (apposition included): "Ana Ruiz" of "the minister, Ana Ruiz"."""
    for part in phrase.parts():
        for unit in sentence.units[part.first : part.end]:
            if unit.tag == "P":
                return unit
    return None


def named_actor(sentence: Sentence, phrase: Phrase) -> tuple[str, int] | None:
    """The actor a phrase names by itself (head, possessor, modifier or complement), and the unit naming it."""
    doc = sentence.doc
    units = sentence.units
    named, head = phrase.apposition, units[phrase.head]
    body = head.tag == "Y" or (head.tag == "R" and (role := head.entry("role")) is not None and role.category == "body")
    if body and named is not None and units[named.head].tag == "A":
        actor = unit_actor(units[named.head])  # "the UN's nuclear watchdog, the IAEA,": the body named, not the UN
        if actor is not None:
            return actor, named.head
    candidates: list[tuple[int, str, int]] = []  # (rank, actor, unit)
    other_side = counterpart(phrase, units)
    outside = vocabulary().non_state_modifiers
    opposed = any(units[k].low in outside for k in range(phrase.first, phrase.head + 1))
    for depth, part in _ranked_parts(phrase, units):
        for i in range(part.first, part.end):
            here = units[i]
            actor = unit_actor(here)
            if actor is None or here.tag == "M" or (here.tag == "P" and depth == 0):
                continue  # a person names their actor only from an apposition or complement ("sister of X")
            if opposed and depth == 0 and i != phrase.head and is_state(doc, actor):
                continue  # OPPOSITION-NOT-STATE: "Kenya's main opposition party" does not speak for Kenya
            if other_side and depth == 0 and i + 1 < part.end and units[i + 1].tag == "S":
                continue  # COUNTERPART-ROLE: "Kenya's Ugandan counterpart" is not Kenya's
            if here.tag == "J":
                if not _has_role(units, part.first, part.end):
                    continue
                actor = _governed(doc, actor, sentence, part)
            elif here.tag == "A" and i + 1 < part.end and units[i + 1].tag == "S":
                actor = _governed(doc, actor, sentence, part)  # "Afghanistan's foreign minister" on its date
            elif here.tag == "A" and depth > 0:  # "the ministry of the caretaker government of X" on its date
                actor = _governed(doc, actor, sentence, Phrase(phrase.first, part.end, part.head, []))
            rank = 2 * depth + (0 if i == part.head else 1)
            candidates.append((rank, actor, i))
    if not candidates:
        return None
    candidates.sort(key=lambda c: c[0])
    _, best, at = candidates[0]
    return best, at


def counterpart(phrase: Phrase, units: list[Unit]) -> bool:
    """Whether a phrase's head is a counterpart role ("his Ugandan counterpart"): its possessor is the other side."""
    role = units[phrase.head].entry("role")
    return role is not None and role.lemma in vocabulary().counterpart_roles


def _ranked_parts(phrase: Phrase, units: list[Unit], depth: int = 0) -> list[tuple[int, Phrase]]:
    """The phrase's parts with how far they are from its core.

    The phrase's parts with how far they are from its core: the phrase itself, then its list members and
    apposition (not one of a past role: "The head of X, former Y foreign minister Name," is X's), then its
    complement ("The Pakistan embassy in Kabul" is Pakistan's, not Kabul's). The
    complement of a posted role ("the envoy to China", "the Special Envoy for Yemen") names where it is
    posted, not whom it speaks for.
    """
    out: list[tuple[int, Phrase]] = [(depth, phrase)]
    for member in phrase.members:
        out.extend(_ranked_parts(member, units, depth + 1))
    apposition = phrase.apposition
    if apposition is not None and not _past_apposition(
        units, apposition
    ):  # PAST-APPOSITION: "The head of X, former Y ..."
        out.extend(_ranked_parts(apposition, units, depth + 1))
    role = units[phrase.head].entry("role")
    vocab = vocabulary()
    posted = role is not None and (
        (phrase.prep == "to" and role.lemma in vocab.posted_roles)
        # "the Special Envoy for Yemen", "the Secretary-General('s envoy) for Syria": the posting, not the owner
        or (phrase.prep == "for" and (role.lemma in vocab.posted_roles or role.lemma in vocab.organization_offices))
        # "diplomats in Vienna", "the embassy in Kabul": where they are posted, not whose they are
        or (phrase.prep in ("in", "at") and role.lemma in vocab.posted_roles)
    )
    if phrase.complement is not None and not posted:
        out.extend(_ranked_parts(phrase.complement, units, depth + 2))
    return out


def _has_role(units: list[Unit], first: int, end: int) -> bool:
    """Whether a demonym's phrase names someone acting for its state.

    It does with a role, or a description of a state or of a body ("the Iranian foreign
    ministry", "the Afghan regime", "the Russian parliamentary committee"); not with a
    description that may be an armed group ("the Palestinian militant group", "Syrian rebels").
    """
    agencies = vocabulary().state_agency_heads
    for k in range(first, end):
        unit = units[k]
        if unit.tag == "R":
            return True
        if unit.tag == "Y" and not any(e.category == "group" for e in unit.entries if e.kind == "description"):
            return True
        if unit.low in agencies and k > first and units[k - 1].tag == "K" and unit.tag in "YK_":
            return True  # DEMONYM-AGENCY: "the Australian Border Force", "the Ivorian Forestry Service"
    return False


def past_role(units: list[Unit], phrase: Phrase) -> bool:
    """Whether the phrase describes someone by a past role ("former ambassador"): not the actor speaking now.

    A title of their own before an apposition outranks a past role in it: "X leader Name, a former
    police officer," speaks as leader.
    """
    apposition = phrase.apposition
    own_end = (
        apposition.first if apposition is not None and phrase.first < apposition.first < phrase.end else phrase.end
    )
    own = units[phrase.first : own_end]
    if any(u.entry("past_modifier") is not None for u in own):
        return True
    if apposition is None or any(u.tag == "R" for u in own):
        return False  # "X leader Name, a former police officer,": the title of their own
    # "Name, a former police officer,"; not "X, a splinter group of a former militia": the head's own modifiers
    return _past_apposition(units, apposition)


def _past_apposition(units: list[Unit], apposition: Phrase) -> bool:
    """Whether an apposition's own modifiers hold a past one ("a former police officer", "ex-minister")."""
    return any(u.entry("past_modifier") is not None for u in units[apposition.first : apposition.head + 1])


def body_of(sentence: Sentence, phrase: Phrase, memory: Discourse) -> str | None:
    """The actor of a state body a person's role names without its state ("government spokesman Name").

    In a place frame ("In Kinshasa, government spokesperson Name said") the capital's state;
    after ", with" (an absolute clause: "X rejected ..., with government spokesman Name telling
    reporters ...") the sentence's opening actor; else whom the body last stood for.
    """
    units = sentence.units
    body = next(
        (
            k
            for part in phrase.parts()
            for k in range(part.first, part.end)
            if (role := units[k].entry("role")) is not None and role.category == "body"
        ),
        None,
    )
    if body is None:
        return None
    if units[body].low in vocabulary().government_words and body > 0 and units[body - 1].tag == "K":
        # REGIONAL-GOVERNMENT: "Balochistan government spokesman": a province's, of the dateline's state if any
        return memory.home_state(units[body].start)
    framed = place_frame(sentence, phrase)
    if framed is not None:
        return framed
    opening = absolute_opening(sentence, phrase)
    if opening is not None:
        return opening
    home = memory.home_state(units[body].start)
    if home is not None and units[body].low in vocabulary().governing_bodies and units[phrase.first].tag not in "DS":
        return home  # TITLE-OF-THE-DATELINE: "Chief Cabinet Secretary Name" under a TOKYO dateline is Japan's
    if units[body].low in vocabulary().government_words and units[phrase.first].tag not in "DS":
        topic = paragraph_topic(sentence, units[body].start, named=True)
        if topic is not None:  # PARAGRAPH-TOPIC: "The response from Dodoma was swift. Government spokesperson ..."
            return topic
    found = described(sentence, Phrase(body, body + 1, body, []), memory, sentence.span(body, body + 1), definite=True)
    return found.actor if found is not None else None


def known_title(sentence: Sentence, phrase: Phrase, memory: Discourse) -> str | None:
    """The actor last tied to a bare title before a name ("Spokesman Name", "Minister Name").

    The signatory of the subject's own document is the subject's (DOCUMENT-SIGNATORY). For a
    national office with no such tie, the state of the dateline ("TBILISI - ... Prime Minister
    Name said") unless a state opened the sentence before as its speaker (STATE-BEFORE-TITLE); for a
    spokesperson, the actor that just spoke.
    """
    signatory = _signatory_of(sentence, phrase)
    for part in phrase.parts():
        for unit in sentence.units[part.first : part.end]:
            role = unit.entry("role")
            if role is None or role.category != "person":
                continue
            if signatory is not None:
                return signatory
            if (
                role.lemma in vocabulary().voice_roles
                and (previous := _voice_before(sentence, phrase, unit.start)) is not None
            ):
                # "India's ministry struck a softer tone. Spokesman Name said": India's, not the last's;
                # VOICE-AFTER-SPEECH: "X's ministry rejected the charge. '...,' spokesman Name said": X's
                return previous
            if role.lemma in memory.roles and not _held_by_another(sentence, phrase, memory, role.lemma):
                return memory.roles[role.lemma]
            if role.lemma in vocabulary().organization_offices:
                return memory.secretariat(unit.start, default=role.lemma not in vocabulary().named_offices)
            if role.lemma in vocabulary().national_offices:
                state = _national_office(sentence, memory, unit.start, answering=_answers(sentence, phrase))
                # OFFICE-NOT-OBJECT: "Foreign Minister Name summoned Brazil's ambassador" is not Brazil's minister
                return None if state is not None and state in _acted_upon(sentence, phrase) else state
            if role.lemma in vocabulary().voice_roles:
                # "Russia rejected the claims, spokeswoman Name said": the actor whose words she reports;
                # "X's ministry rejected it. Spokesperson Name said": X's voice
                # "The Commission has weighed in. Spokesperson Name said": the actor of the sentence before
                voice = (
                    reported_subject(sentence, unit.start)
                    or memory.announced  # ANNOUNCED-ANSWER: "The reaction from X was blunt. Spokesman Name said"
                    or previous_subject(sentence)
                    or memory.last_speaker
                )
                if voice is not None and voice in _acted_upon(sentence, phrase):
                    # OFFICE-NOT-OBJECT: "Spokesman Name dismissed Niger's claim" is not Niger's: the home state's
                    home = memory.home_state(unit.start)
                    return home if home is not None and home != voice else None
                return voice
    return None


def _national_office(sentence: Sentence, memory: Discourse, position: int, *, answering: bool = False) -> str | None:
    """The state a national office with no country named is taken to be of (see `known_title`).

    A title that answers ("Foreign Minister Name hit back") is not of the state just heard: that one is answered.
    """
    if memory.announced is not None and not answering:
        return memory.announced  # ANNOUNCED-ANSWER: "X's response came swiftly. Foreign Minister Name said"
    just = None if answering else _state_just_heard(sentence)
    if just is not None:
        return just
    home = memory.home_state(position) or paragraph_topic(sentence, position)
    if home is None and memory.home_state() is not None:
        return memory.last_state  # BUREAU-DATELINE: "DAKAR, Senegal - Mali's junta said ...": Mali's
    # STORY-STATE: no dateline and no state heard yet: the state the story opens in
    if home is not None or memory.last_state is None:
        return home or memory.story_state()
    return _paragraph_state(sentence, position) or _lead_state(sentence)


_OBJECT_VERB_LETTERS = frozenset(
    VERB_TAGS[c] for c in ("deny", "reject", "judge", "request", "warn", "support", "describe")
)
"""Verbs whose next noun phrase is their object ("accused Brazil"), not a reported clause's subject ("said Brazil")."""


def _verb_after(sentence: Sentence, phrase: Phrase) -> int:
    """Where the verb right after a speaker's phrase stands, auxiliaries and adverbs passed over."""
    tags = sentence.tags
    at = phrase.end
    while at < len(tags) and tags[at] in "XL":
        at += 1
    return at


def _answers(sentence: Sentence, phrase: Phrase) -> bool:
    """Whether the verb right after a speaker's phrase is a verb of answering ("hit back", "retorted")."""
    at = _verb_after(sentence, phrase)
    return at < len(sentence.tags) and sentence.tags[at] == VERB_TAGS["respond"]


def _acted_upon(sentence: Sentence, phrase: Phrase) -> set[str]:
    """The actors the verb right after a speaker's phrase takes as its object or the object's possessor.

    "Name accused Brazil of ...", "Name summoned Brazil's ambassador": Brazil (adverbs and auxiliaries between
    the phrase and the verb are passed over).
    """
    units, tags = sentence.units, sentence.tags
    at = _verb_after(sentence, phrase)
    if at >= len(tags) or tags[at] not in _OBJECT_VERB_LETTERS or units[at].low in vocabulary().maintain_forms:
        return set()  # OWN-DEFENDED: "Name defended Jamaica's deal" defends one's own, acts on nobody
    out: set[str] = set()
    for k in range(at + 1, min(at + 4, len(tags))):
        if tags[k] not in "DAJSMZ":
            break
        actor = unit_actor(units[k])
        if actor is not None:
            out.add(actor)
    return out


def _held_by_another(sentence: Sentence, phrase: Phrase, memory: Discourse, lemma: str) -> bool:
    """ONE-HOLDER: whether the national office a title names is held, for the actor last tied to it, by another.

    "Bulgaria's foreign minister, Nadezhda Vladova, ... Foreign Minister Aleksandar Trajkovski": a state has
    one foreign minister, so the second is another state's. Only national offices with a new full name.
    """
    if lemma not in vocabulary().national_offices:
        return False
    holder = memory.holders.get((memory.roles[lemma], lemma))
    name = person_unit(sentence, phrase)
    if holder is None or name is None:
        return False
    words, known = sentence.text[name.start : name.end].casefold().split(), set(holder.casefold().split())
    return not known.intersection(words)


_PARAGRAPH_REACH = 2000
"""How far back (in characters) within its paragraph a bare title looks for the state it names (LEAD-STATE)."""


def _paragraph_state(sentence: Sentence, position: int) -> str | None:
    """The one state the title's paragraph names before it (by name, capital, adjective or institution), if one."""
    doc = sentence.doc
    opening = max(doc.paragraphs[sentence.segment.paragraph].start, position - _PARAGRAPH_REACH)
    named = {
        hit.actor
        for hit in (
            *doc.hits_in(opening, position),
            *doc.capitals_in(opening, position),
            *doc.adjectives_in(opening, position),
        )
        if is_state(doc, hit.actor) and not doc.in_quote(hit.start)
    }
    return named.pop() if len(named) == 1 else None


def _lead_state(sentence: Sentence) -> str | None:
    """The state whose speech the article opened with, if a state's."""
    doc = sentence.doc
    first = next((e for e in doc.events if not e.document), None)
    return first.speaker if first is not None and is_state(doc, first.speaker) else None


def _state_just_heard(sentence: Sentence) -> str | None:
    """STATE-BEFORE-TITLE: the state that opened the sentence right before as its speaker, if one did.

    "Somalia's foreign ministry welcomed it. Interior Minister Name said ...": Somalia's minister, whatever the
    dateline; not a state that spoke inside another's sentence ("..., a charge Moscow rejected.").
    """
    doc = sentence.doc
    for event in reversed(doc.events):  # back over this sentence's and the one before's events only
        if event.sentence < sentence.index - 1:
            return None
        if event.document or event.sentence == sentence.index:
            continue
        if event.speaker_span[0] != doc.sentences[event.sentence].start:
            return None
        return event.speaker if is_state(doc, event.speaker) else None
    return None


def office_owner(sentence: Sentence, phrase: Phrase, memory: Discourse) -> str | None:
    """SECRETARIAT-TITLE inside a phrase: an aide of a secretary-general speaks for its organization.

    "the Special Envoy of the Secretary-General", "the Secretary-General's envoy": the organization
    whose secretary-general it is (the last named, an organ's parent).
    """
    units = sentence.units
    offices = vocabulary().organization_offices
    part: Phrase | None = phrase
    while part is not None:  # the phrase and its chain of complements ("of the Secretary-General for X")
        for k in range(part.first, part.end):
            role = units[k].entry("role")
            if (part is not phrase or k != phrase.head) and role is not None and role.lemma in offices:
                default = role.lemma not in vocabulary().named_offices
                return memory.secretariat(units[k].start, default=default)
        part = part.complement if part.prep in ("of", "for") else None
    return None


def _signatory_of(sentence: Sentence, phrase: Phrase) -> str | None:
    """DOCUMENT-SIGNATORY: the title that signs the subject's document is the subject's.

    "Venezuela answered with a communique signed by Foreign Minister Name", "rejected it in a
    statement read by Foreign Minister Name": Venezuela's minister, not the dateline's.
    """
    units = sentence.units
    k = phrase.first
    if k < 3 or units[k - 1].low != "by":
        return None
    if not units[k - 2].low.endswith("ed") and units[k - 2].low not in vocabulary().irregular_participles:
        return None  # "signed by", "read by", "written by"
    before = units[max(0, k - 6) : k - 2]
    own = vocabulary().own_document_prepositions
    if not any(u.tag == "O" for u in before) or not any(u.low in own for u in before):
        return None  # "rejected a statement signed by Name": someone else's document
    subject = sentence.phrase_starting(0)
    explicit = named_actor(sentence, subject) if subject is not None and subject.end < k else None
    return explicit[0] if explicit is not None else None


def its_role(sentence: Sentence, phrase: Phrase, memory: Discourse) -> str | None:
    """The actor of a role owned by "its"/"their" beside a person's name: the last actor that spoke.

    PREVIOUS-SUBJECT: when the sentence before said nothing anyone spoke, the actor opening it
    ("Cambodia's defence ministry gave another account. Its spokeswoman, Name, said ...").
    """
    units = sentence.units
    for part in phrase.parts():
        if units[part.first].low in ("its", "their") and any(u.tag == "R" for u in units[part.first : part.end]):
            return (
                _inserted_after_subject(sentence, part.first)
                or reported_subject(sentence, units[phrase.first].start, memory)  # "X denied ..., its spokesman said"
                or previous_subject(sentence)
                or memory.last_speaker
            )
    return None


def _inserted_after_subject(sentence: Sentence, at: int) -> str | None:
    """INSERTED-AGENT: the actor of the subject a comma insertion holding unit `at` follows.

    "The Togolese army, in a statement signed by its spokesman, Name, rejected ...": "its" is the army's.
    """
    tags = sentence.tags
    start = 1 if tags[:1] == "B" else 0  # "But the army, ..."
    opening = sentence.phrase_starting(start)
    if opening is None or opening.members or opening.last >= at or tags[opening.last] != ",":
        return None
    if any(t in ";:.Q" or (t.islower() and t not in "_i") for t in tags[opening.last : at]):
        return None
    doc = sentence.doc
    units = sentence.units
    first, last = units[opening.first].start, units[opening.last - 1].end
    hits = doc.hits_in(first, last) or doc.adjectives_in(first, last)
    return hits[0].actor if hits else None


_SUBJECT_REACH = 4
"""How many words (a timestamp, a dateline, "the") may come before the actor opening a sentence."""


def _voice_before(sentence: Sentence, phrase: Phrase, position: int) -> str | None:
    """The actor a voice title speaks for by the sentence before: its opening actor, else its one speaker.

    The one speaker only when the title attributes no clause an actor opens here (REPORTED-SUBJECT first)
    and acts on no claim of that speaker's (OFFICE-NOT-OBJECT: "Spokesman Name rejected X's account").
    """
    previous = previous_subject(sentence)
    if previous is not None or reported_subject(sentence, position) is not None:
        return previous
    speaker = _previous_speaker(sentence)
    return None if speaker is None or speaker in _acted_upon(sentence, phrase) else speaker


def _previous_speaker(sentence: Sentence) -> str | None:
    """The one actor that spoke in the sentence before (VOICE-AFTER-SPEECH).

    In the same paragraph, or right before a paragraph that opens with a quotation ("X denied it.
    / "...," spokesman Name said"): the quoted words answer where the last paragraph stopped.
    """
    doc = sentence.doc
    index = sentence.index
    quoted_opening = sentence.tags[:1] == "Q"
    if index == 0 or (doc.sentences[index - 1].paragraph != sentence.segment.paragraph and not quoted_opening):
        return None
    speakers = set()
    for event in reversed(doc.events[-_VOICE_REACH:]):  # bounded: a huge sentence's many acts are not all read
        if event.sentence < index - 1:
            break
        if event.sentence == index - 1:
            speakers.add(event.speaker)
    return speakers.pop() if len(speakers) == 1 else None


_VOICE_REACH = 8
"""How many of the latest acts VOICE-AFTER-SPEECH reads for the one speaker of the sentence before."""


def briefing_host(sentence: Sentence, phrase: Phrase) -> str | None:
    """BRIEFING-HOST: the actor opening the sentence, for a spokesperson introduced later in it.

    "X's foreign ministry held its weekly briefing, at which spokesman Name took questions": Name is X's
    voice. Every actor named before the spokesperson must be that one actor.
    """
    units = sentence.units
    if not _voice_role_in(units, phrase):
        return None
    doc = sentence.doc
    start, end = sentence.segment.start, units[phrase.first].start
    named = [*doc.hits_in(start, end), *doc.adjectives_in(start, end)]
    actors = {hit.actor for hit in named}
    if len(actors) != 1 or phrase.first == 0:
        return None
    first = min(hit.start for hit in named)
    before = doc.text[start:first].split()
    if len(before) > _SUBJECT_REACH or any(w.isalpha() and w.islower() and w != "the" for w in before):
        return None  # the actor must open the sentence as its subject
    return actors.pop()


def reporting_voice(sentence: Sentence, phrase: Phrase) -> str | None:
    """INVERTED-VOICE: a bare spokesperson reporting what comes before speaks for the body that just spoke.

    "X's ministry rejected the account. Y's troops fired first, spokeswoman Name said": Name is X's, not the
    actor her words are about. Only a voice role with no owner of its own, right after a body spoke, and not
    after an opening frame or participle ("Speaking at X's briefing, spokesman Name said" is BRIEFING-FRAME's).
    """
    units, tags = sentence.units, sentence.tags
    if tags[phrase.first - 1] != "," or phrase.end >= len(units) or tags[phrase.end] not in "sk":
        return None
    if _opens_with_frame_or_participle(sentence, phrase.first - 1):
        return None
    if not _voice_role_in(units, phrase):
        return None
    event = sentence.doc.last_voice()
    if event is None or event.sentence != sentence.index - 1 or event.person_span is not None:
        return None
    return event.speaker


def _voice_role_in(units: list[Unit], phrase: Phrase) -> bool:
    """Whether a phrase holds a voice role (frames.json `voice_roles`: "spokesman", "spokeswoman", ...)."""
    voices = vocabulary().voice_roles
    return any((r := u.entry("role")) is not None and r.lemma in voices for u in units[phrase.first : phrase.end])


def _opens_with_frame_or_participle(sentence: Sentence, comma: int) -> bool:
    """Whether only frames ("At X's headquarters,") or a participle ("Speaking at ...,") stand before `comma`."""
    start = sentence.after_frames(0)
    if start >= comma:
        return True
    tag, word = sentence.tags[start], sentence.units[start].low
    return (tag == "_" or tag.islower()) and word.endswith(("ing", "ed"))


def previous_subject(sentence: Sentence) -> str | None:
    """The actor opening the sentence before, if no speech was read there (see `its_role`)."""
    doc = sentence.doc
    index = sentence.index
    if index == 0 or (doc.events and doc.events[-1].sentence == index - 1):
        return None
    previous = doc.sentences[index - 1]
    if previous.paragraph != sentence.segment.paragraph:
        return None
    hits = doc.hits_in(previous.start, previous.end)
    if not hits:
        return None
    before = doc.text[previous.start : hits[0].start].split()
    if len(before) > _SUBJECT_REACH or any(w.isalpha() and w.islower() and w != "the" for w in before):
        return None
    return hits[0].actor
