"""Actor resolution: which actor a noun phrase stands for, with what the reader remembers.

A reader of news keeps track of who has been named: the person "Anna Weber" introduced
as "Germany's ambassador" is Germany when she is later "Weber" or "she"; "the bloc" is
the last organization named; "the ministry" is the ministry last tied to a state. The
[`Discourse`][geostance._cascade.speakers.Discourse] is that memory, filled in reading
order; [`resolve`][geostance._cascade.speakers.resolve] reads one phrase with it:

- a list of actors is each of them (a joint speaker);
- a person is the actor named beside them (in the phrase, its apposition or its
  complement: "US Secretary of State Name", "Name, spokesperson for the Taliban"), else
  the actor remembered for the name or surname, else the gazetteer's;
- a role or an institution is the actor that possesses or modifies it ("Japan's
  defence ministry", "the Russian foreign ministry", "CSTO foreign ministers", "the
  foreign minister of Japan"); a role marked past ("former ambassador") is nobody;
- an actor named as the head is itself; a capital in subject position is its state;
- a pronoun is the last person (he, she) or the last speaker (they, it);
- a definite description ("the bloc", "the militants", "the junta") is the last actor
  of its type named before it; a role alone ("the ministry") the actor last tied to it;
- a report noun ("the statement said") is its author.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geostance._cascade.memory import Discourse, Speaker, document_key
from geostance._cascade.phrases import Phrase
from geostance._cascade.vocab import vocabulary

if TYPE_CHECKING:
    from geostance._cascade.sentence import Sentence
    from geostance._cascade.units import Unit
    from geostance._document import Document

__all__ = ["Discourse", "Speaker", "description_types", "document_key", "learn_people", "resolve"]

_DESCRIPTION_TYPES = {
    "group": ("group",),
    "organization": ("organization",),
    "state": ("state", "group"),
    "side": ("state", "group", "organization"),
}
_AUTHORITY = "de facto authority"


def _unit_actor(unit: Unit) -> str | None:
    """The actor a unit names directly: an actor mention, a capital, a demonym, a gazetteer person."""
    ref = unit.ref
    if unit.tag in "AMZJP" and ref is not None:
        actor = getattr(ref, "actor", None)
        return actor if isinstance(actor, str) else None
    return None


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
        if role.lemma.rsplit(" ", 1)[-1] in ("government", "authorities", "administration", "leadership", "regime"):
            return doc.gazetteer.authorities.get(state, state)
        holder = doc.gazetteer.office_actor(state, role.lemma)
        if holder is not None:
            return holder
    return state


def _explicit(sentence: Sentence, phrase: Phrase) -> tuple[str, int] | None:
    """The actor a phrase names by itself (head, possessor, modifier or complement), and the unit naming it."""
    doc = sentence.doc
    units = sentence.units
    candidates: list[tuple[int, str, int]] = []  # (rank, actor, unit)
    for depth, part in _ranked_parts(phrase, units):
        for i in range(part.first, part.end):
            here = units[i]
            actor = _unit_actor(here)
            if actor is None or here.tag == "M" or (here.tag == "P" and depth == 0):
                continue  # a person names their actor only from an apposition or complement ("sister of X")
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


def _ranked_parts(phrase: Phrase, units: list[Unit], depth: int = 0) -> list[tuple[int, Phrase]]:
    """The phrase's parts with how far they are from its core.

    The phrase's parts with how far they are from its core: the phrase itself, then its list members and
    apposition, then its complement ("The Pakistan embassy in Kabul" is Pakistan's, not Kabul's). The
    complement of a posted role ("the envoy to China") names where it is posted, not whom it speaks for.
    """
    out: list[tuple[int, Phrase]] = [(depth, phrase)]
    for member in phrase.members:
        out.extend(_ranked_parts(member, units, depth + 1))
    if phrase.apposition is not None:
        out.extend(_ranked_parts(phrase.apposition, units, depth + 1))
    role = units[phrase.head].entry("role")
    posted = phrase.prep == "to" and role is not None and role.lemma in vocabulary().posted_roles
    if phrase.complement is not None and not posted:
        out.extend(_ranked_parts(phrase.complement, units, depth + 2))
    return out


def _has_role(units: list[Unit], first: int, end: int) -> bool:
    """Whether a demonym's phrase names someone acting for its state.

    It does with a role, or a description of a state or of a body ("the Iranian foreign
    ministry", "the Afghan regime", "the Russian parliamentary committee"); not with a
    description that may be an armed group ("the Palestinian militant group", "Syrian rebels").
    """
    for unit in units[first:end]:
        if unit.tag == "R":
            return True
        if unit.tag == "Y" and not any(e.category == "group" for e in unit.entries if e.kind == "description"):
            return True
    return False


def _past_role(units: list[Unit], phrase: Phrase) -> bool:
    """Whether the phrase describes someone by a past role ("former ambassador"): not the actor speaking now."""
    return any(u.entry("past_modifier") is not None for u in units[phrase.first : phrase.end])


def _body_of(sentence: Sentence, phrase: Phrase, memory: Discourse) -> str | None:
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
    framed = _place_frame(sentence, phrase)
    if framed is not None:
        return framed
    opening = _absolute_opening(sentence, phrase)
    if opening is not None:
        return opening
    found = _described(sentence, Phrase(body, body + 1, body, []), memory, sentence.span(body, body + 1), definite=True)
    return found.actor if found is not None else None


def _absolute_opening(sentence: Sentence, phrase: Phrase) -> str | None:
    """The sentence's opening actor, for a phrase opening an absolute clause (", with the government saying")."""
    units = sentence.units
    if phrase.first < 2 or units[phrase.first - 1].low != "with" or units[phrase.first - 2].tag != ",":
        return None
    opening = sentence.phrase_starting(0)
    return _unit_actor(units[opening.head]) if opening is not None and units[opening.head].tag in "AZ" else None


def description_types(unit: Unit) -> tuple[str, ...]:
    """The actor types a description unit may stand for ("the bloc": organization; "the group": group, ...)."""
    return tuple(t for e in unit.entries if e.kind == "description" for t in _DESCRIPTION_TYPES.get(e.category, ()))


def learn_people(sentence: Sentence, memory: Discourse) -> None:
    """Remember every person the sentence names with their actor, even one who does not speak here.

    After "a plan proposed by Kenyan envoy Name", "Name said" later is Kenya's.
    """
    units = sentence.units
    for phrase in sentence.phrases:
        person = next((units[k] for k in range(phrase.first, phrase.end) if units[k].tag == "P"), None)
        if person is None:
            continue
        name = sentence.text[person.start : person.end]
        known, actor = memory.person_actor(name)
        if known and actor is not None:  # known by surname alone (the gazetteer's people): the other forms too
            memory.learn_person(name, actor, replace=False)
            continue
        if _past_role(units, phrase) or _analyst(sentence, phrase):
            continue
        explicit = _explicit(sentence, phrase)
        if known:  # known to hold no office on the article's date: only a title in the text gives them one
            if explicit is not None:
                memory.learn_person(name, explicit[0])
            continue
        actor = explicit[0] if explicit is not None else _body_of(sentence, phrase, memory)
        if actor is not None:  # "Foreign Ministry spokesman Name made the remarks": the ministry's state
            memory.learn_person(name, actor, replace=False)


def _known_title(sentence: Sentence, phrase: Phrase, memory: Discourse) -> str | None:
    """The actor last tied to a bare title before a name ("Spokesman Name", "Minister Name").

    For a national office with no such tie, the state of the dateline ("TBILISI - ... Prime
    Minister Name said"); for a spokesperson, the actor that just spoke.
    """
    for part in phrase.parts():
        for unit in sentence.units[part.first : part.end]:
            role = unit.entry("role")
            if role is None or role.category != "person":
                continue
            if role.lemma in memory.roles:
                return memory.roles[role.lemma]
            if role.lemma in vocabulary().national_offices:
                return memory.home_state()
            if role.lemma in vocabulary().voice_roles:
                return memory.last_speaker  # "X's ministry rejected it. Spokesperson Name said": X's voice
    return None


def _its_role(sentence: Sentence, phrase: Phrase, memory: Discourse) -> str | None:
    """The actor of a role owned by "its"/"their" beside a person's name: the last actor that spoke."""
    units = sentence.units
    for part in phrase.parts():
        if units[part.first].low in ("its", "their") and any(u.tag == "R" for u in units[part.first : part.end]):
            return memory.last_speaker
    return None


def _other_office(sentence: Sentence, phrase: Phrase, person: Unit) -> bool:
    """Whether the text gives a person a role other than the gazetteer's: then it is someone else of that name."""
    record = sentence.doc.gazetteer.person(getattr(person.ref, "person", "") or "")
    known = (record.role or "").casefold() if record is not None else ""
    roles = [u.low for part in phrase.parts() for u in sentence.units[part.first : part.end] if u.tag == "R"]
    return bool(known) and bool(roles) and not any(role in known for role in roles)


def _analyst(sentence: Sentence, phrase: Phrase) -> bool:
    """Whether the phrase describes an analyst, a scholar or a journalist: people who speak for no actor."""
    for part in phrase.parts():
        for unit in sentence.units[part.first : part.end]:
            role = unit.entry("role")
            if role is not None and role.category == "analyst":
                return True
    return False


def _person_unit(sentence: Sentence, phrase: Phrase) -> Unit | None:
    for part in phrase.parts():
        for unit in sentence.units[part.first : part.end]:
            if unit.tag == "P":
                return unit
    return None


def resolve(sentence: Sentence, phrase: Phrase, memory: Discourse) -> Speaker | None:
    """The actor a subject phrase stands for (see the module docstring), or None."""
    span = _trimmed(sentence, phrase)
    if phrase.members:
        return _resolve_list(sentence, phrase, memory, span)
    head = sentence.units[phrase.head]
    tag = head.tag
    if tag == "H":
        return _pronoun(head, span, memory)
    if tag in "_F9":
        return None  # "the Taliban's takeover": a thing, not a speaker
    person = _person_unit(sentence, phrase)
    if person is not None:
        return _person(sentence, phrase, person, memory, span)
    if _past_role(sentence.units, phrase) or _analyst(sentence, phrase):
        return None
    if phrase.complement is not None and phrase.complement.members and tag in "RYOU":
        return _resolve_list(sentence, phrase.complement, memory, span)  # "the foreign ministers of A, B and C"
    explicit = _explicit(sentence, phrase)
    if explicit is not None:
        actor = explicit[0]
        _learn_roles(sentence, phrase, actor, memory)
        return Speaker(actor, span)
    owner = _possessor_described(sentence, phrase, memory)
    if owner is not None:  # "the force's spokesperson", "the commission's president"
        return Speaker(owner, span)
    return _described(sentence, phrase, memory, span)


def _trimmed(sentence: Sentence, phrase: Phrase) -> tuple[int, int]:
    """The speaker's words: the phrase, without a description of an actor in apposition ("Hamas, the group ...")."""
    first, last = phrase.first, phrase.last
    units = sentence.units
    if phrase.apposition is not None and units[phrase.head].tag in "AZ" and not phrase.members:
        last = phrase.complement.last if phrase.complement is not None else phrase.end
    while last > first + 1 and units[last - 1].tag in ",-":
        last -= 1
    return sentence.span(first, last)


def _resolve_list(sentence: Sentence, phrase: Phrase, memory: Discourse, span: tuple[int, int]) -> Speaker | None:
    """Each member of a listed subject is resolved alone; members naming nobody are left out.

    Titles of one person ("Communication Minister and government spokesperson Name") are
    one speaker: bare roles coordinated before the member that holds the name.
    """
    units = sentence.units
    *titles, last = phrase.members
    if (
        titles
        and any(units[k].tag == "P" for k in range(last.first, last.end))
        and all(all(units[k].tag in "RVK" for k in range(m.first, m.end)) for m in titles)
    ):
        whole = Phrase(phrase.first, last.end, last.head, last.possessors)
        whole.complement, whole.prep, whole.apposition = last.complement, last.prep, last.apposition
        found_one = resolve(sentence, whole, memory)
        return Speaker(found_one.actor, span, found_one.person) if found_one is not None else None
    found: list[tuple[str, tuple[int, int]]] = []
    person: tuple[int, int] | None = None
    for member in phrase.members:
        alone = Phrase(member.first, member.end, member.head, member.possessors)
        alone.complement, alone.prep, alone.apposition = member.complement, member.prep, member.apposition
        speaker = resolve(sentence, alone, memory)
        if speaker is not None and speaker.actor not in [a for a, _ in found]:
            found.append((speaker.actor, speaker.span))
            person = person or speaker.person
    if not found:
        return None
    actors = [a for a, _ in found]
    if len(actors) > 1:
        memory.groups.append(actors)
        group = memory.as_group(actors, span[0])
        if group is not None:  # the E3 speaking as its three members
            return Speaker(group, span)
    if len(found) == 1:
        return Speaker(found[0][0], span, person)
    return Speaker(found[0][0], found[0][1], None, found[1:])  # each joint speaker cited by its own mention


def _pronoun(head: Unit, span: tuple[int, int], memory: Discourse) -> Speaker | None:
    kind = head.entries[0].category if head.entries else ""
    if kind == "person":
        if memory.silent_person:
            return None  # "a former ambassador said ... he told reporters": still nobody's voice
        actor = memory.last_person or memory.last_speaker
    elif kind == "plural" and len(memory.last_group) > 1:
        group = memory.last_group
        return Speaker(group[0], span, None, [(a, span) for a in group[1:]])
    elif kind in ("plural", "thing"):
        actor = memory.last_speaker
    elif kind == "first" and memory.first_person is not None:
        return Speaker(memory.first_person.actor, span)  # "we" in a briefing's answer
    else:
        return None
    return Speaker(actor, span) if actor else None


def _person(
    sentence: Sentence, phrase: Phrase, person: Unit, memory: Discourse, span: tuple[int, int]
) -> Speaker | None:
    name = sentence.text[person.start : person.end]
    pspan = (person.start, person.end)
    past = _past_role(sentence.units, phrase) or any(_past_role(sentence.units, part) for part in phrase.parts())
    if _analyst(sentence, phrase):
        memory.learn_person(sentence.text[person.start : person.end], None)
        return None  # "Name, a professor at X University": an analyst, no actor
    explicit = None if past else _explicit(sentence, phrase)
    if past:
        memory.learn_person(name, None)
        return None
    if explicit is None:
        owner = _possessor_described(sentence, phrase, memory)
        explicit = (owner, -1) if owner is not None else None
    if explicit is not None:
        memory.learn_person(name, explicit[0])
        _learn_roles(sentence, phrase, explicit[0], memory)
        return Speaker(explicit[0], span, pspan)
    known, actor = memory.person_actor(name)
    if not known:
        gazetteer_actor = getattr(person.ref, "actor", None)
        actor = gazetteer_actor if isinstance(gazetteer_actor, str) else None
        if actor is not None and _other_office(sentence, phrase, person):
            actor = None  # "Defense Minister Pedro Sanchez" is not the gazetteer's prime minister of that name
    if actor is None:
        actor = _body_of(sentence, phrase, memory)  # "government spokesman Name": the government last named
    if actor is None:
        actor = _its_role(sentence, phrase, memory)  # "Its spokesperson, Name,": the actor just named
    if actor is None:
        actor = _complement_described(sentence, phrase, memory)  # "a spokesman for the armed group, Name,"
    if actor is None:
        actor = _known_title(sentence, phrase, memory)  # "Spokesman Name said": the spokesman's actor seen last
    if actor is None:
        return None
    memory.learn_person(name, actor, replace=not known)  # "Mao said" later is the same spokesperson
    _learn_roles(sentence, phrase, actor, memory)  # "the spokeswoman" later is theirs too
    return Speaker(actor, span, pspan)


def _possessor_described(sentence: Sentence, phrase: Phrase, memory: Discourse) -> str | None:
    """The actor a described possessor stands for ("the commission" of "the commission's president")."""
    if not phrase.possessors or sentence.tags[phrase.head] not in "RP":
        return None
    last = phrase.possessors[-1]
    owner = Phrase(phrase.first, last + 1, last, [])
    if sentence.tags[last] not in "RY":
        return None
    found = _described(sentence, owner, memory, sentence.span(owner.first, owner.end))
    return found.actor if found is not None else None


def _learn_roles(sentence: Sentence, phrase: Phrase, actor: str, memory: Discourse) -> None:
    """Tie the phrase's roles to the actor: "the ministry" will mean it later."""
    for part in phrase.parts():
        for unit in sentence.units[part.first : part.end]:
            role = unit.entry("role")
            if role is not None and role.category != "collective":
                memory.roles[role.lemma] = actor
                memory.roles[role.lemma.rsplit(" ", 1)[-1]] = actor  # "the foreign ministry" -> "the ministry"
            elif unit.tag == "Y":  # "the State Committee for National Security" -> "the committee"
                memory.roles[unit.low] = actor


_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}


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
    if count == 0 and words[:1] == ["the"] and entry.form == "plural" and memory.groups and head.low.endswith("s"):
        count = len(memory.groups[-1])  # "the juntas" after Niger, Mali and Burkina Faso spoke together
    if count == 0:
        return None
    types = _DESCRIPTION_TYPES.get(entry.category, ("state", "group"))
    if entry.category == "side" and count == 2:  # "urged both sides": the two sides of the latest dispute
        verb = next((k for k, t in enumerate(sentence.tags) if t.islower()), phrase.first)
        named = {a for u in units[: min(verb, phrase.first)] if (a := _unit_actor(u)) is not None}  # the subject
        sides = memory.last_dispute(named)
        if sides:
            return Speaker(sides[0], span, None, [(sides[1], span)])
    recent = next((g for g in reversed(memory.groups) if len(g) == count), None)
    if recent is not None:  # "the three countries" after France, Britain and Germany spoke together
        group = memory.as_group(recent, span[0])
        if group is not None:
            return Speaker(group, span)
        return Speaker(recent[0], span, None, [(a, span) for a in recent[1:]])
    # named before this sentence: "Brazil urged both sides" does not count Brazil among them
    found = memory.last_actors(min(span[0], sentence.segment.start), types, count, None)
    if not found:
        return None
    return Speaker(found[0], span, None, [(a, span) for a in found[1:]])


def _state_speaking(sentence: Sentence, phrase: Phrase, memory: Discourse) -> str | None:
    """The state (or de facto authority) that last spoke, for a state body named without its state."""
    if not any(
        (role := u.entry("role")) is not None and role.category == "body"
        for u in sentence.units[phrase.first : phrase.end]
    ):
        return None
    last = memory.last_speaker
    record = sentence.doc.record(last) if last else None
    return last if record is not None and record.type in ("state", "group") else None


def _place_frame(sentence: Sentence, phrase: Phrase) -> str | None:
    """The state a sentence opens in ("In Minsk, the ministry said ..."), when the phrase follows that frame."""
    units = sentence.units
    if phrase.first != 3 or units[0].low != "in" or units[2].tag != "," or units[1].tag not in "ZA":
        return None
    actor = _unit_actor(units[1])
    record = sentence.doc.record(actor) if actor else None
    return actor if record is not None and record.type == "state" else None


def _state_role(sentence: Sentence, phrase: Phrase, *, plural: bool = False) -> bool:
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

    Only an actor after a preposition counts: in "fighters of X stormed a hotel, a hospital
    director said" the director is not X's.
    """
    units = sentence.units
    for k in range(phrase.first - 1, -1, -1):
        actor = _unit_actor(units[k])
        if actor is not None and units[k].tag == "A":
            framed = k > 0 and (
                units[k - 1].tag == "I" or (units[k - 1].tag == "D" and k > 1 and units[k - 2].tag == "I")
            )
            return actor if framed else None
    return None


def _complement_described(sentence: Sentence, phrase: Phrase, memory: Discourse) -> str | None:
    """The actor a role's complement describes: "a spokesman for the coalition" is the coalition's."""
    complement = phrase.complement
    if complement is None or phrase.prep not in ("for", "of") or sentence.tags[complement.head] != "Y":
        return None
    found = _described(sentence, complement, memory, sentence.span(complement.first, complement.end))
    return found.actor if found is not None else None


def _described(
    sentence: Sentence, phrase: Phrase, memory: Discourse, span: tuple[int, int], *, definite: bool = False
) -> Speaker | None:
    """A phrase naming no actor: a definite description, a role, a report noun or a known surname."""
    units = sentence.units
    head = units[phrase.head]
    counted = _counted(sentence, phrase, memory, span)
    if counted is not None:
        return counted
    framed = _place_frame(sentence, phrase)
    if framed is not None and head.tag in "RY":
        return Speaker(framed, span)  # "In Minsk, the border committee said": Belarus's
    definite = definite or units[phrase.first].low in ("the", "this", "that", "its", "their")
    opening = _absolute_opening(sentence, phrase) if definite and head.tag in "RY" else None
    if opening is not None:
        return Speaker(opening, span)  # "X defended the deal, with the government insisting ...": X's
    if head.tag == "R" and units[phrase.first].low in ("its", "their") and memory.last_speaker:
        return Speaker(memory.last_speaker, span)  # "its foreign ministry said": the actor just speaking
    if not definite and head.tag == "R" and units[phrase.first].low in ("a", "an"):
        role = head.entry("role")
        if role is not None and role.category in ("person", "body"):
            # "a spokesperson" of the body the sentence names; "a Foreign Ministry spokesman" of the state speaking
            actor = (
                _named_before(sentence, phrase)
                or _complement_described(sentence, phrase, memory)  # "a spokesman for the coalition"
                or _state_speaking(sentence, phrase, memory)
            )
            described = phrase.complement is not None and sentence.tags[phrase.complement.head] == "Y"
            if actor is None and not described and role.lemma in vocabulary().voice_roles:
                actor = memory.last_speaker  # "X rejected the account. A spokesperson said ...": X's voice
            return Speaker(actor, span) if actor else None
    bare = units[phrase.first].tag not in "DS" and not phrase.possessors
    if not definite and bare and head.tag == "R" and _state_role(sentence, phrase, plural=True):
        actor = memory.home_state() or memory.last_state  # "Defence Ministry sources said": the home state's
        return Speaker(actor, span) if actor else None
    if head.tag == "K":
        known, actor = memory.person_actor(sentence.text[head.start : head.end])
        if known:
            return Speaker(actor, span, (head.start, head.end)) if actor else None
        return None
    if head.tag == "O":
        noun = head.entry("noun")
        author = memory.documents.get(document_key(noun.lemma)) if noun is not None else None
        return Speaker(author.actor, span, None, list(author.joint)) if author else None
    if not definite:
        return None
    if head.tag == "R":
        role = head.entry("role")
        actor = memory.roles.get(role.lemma) if role is not None else None
        types = tuple(
            t for e in head.entries if e.kind == "description" for t in _DESCRIPTION_TYPES.get(e.category, ())
        )
        last = memory.last_speaker
        record = sentence.doc.record(last) if last else None
        body = role is not None and role.category == "body"
        if actor is None and record is not None and record.type == "organization" and _state_role(sentence, phrase):
            actor = memory.last_state or memory.home_state()  # "the foreign ministry" is no organization's
        if actor is None and body and record is not None and (record.type != "organization" or not types):
            actor = last  # "the ministry said": the body of the actor speaking
        if actor is None and types:  # "the mission", "the agency": also a description of the last such actor
            actor = memory.last_of_type(span[0], types)
        actor = actor or memory.last_speaker
        return Speaker(actor, span) if actor else None
    if head.tag == "Y":
        types = tuple(
            t for e in head.entries if e.kind == "description" for t in _DESCRIPTION_TYPES.get(e.category, ())
        )
        actor = memory.roles.get(head.low) or memory.last_of_type(span[0], types)
        return Speaker(actor, span) if actor else None
    return None
