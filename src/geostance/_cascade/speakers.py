"""Actor resolution: which actor a noun phrase stands for, with what the reader remembers.

A reader of news keeps track of who has been named: the person "Anna Weber" introduced
as "Germany's ambassador" is Germany when she is later "Weber" or "she"; "the bloc" is
the last organization named; "the ministry" is the ministry last tied to a state. The
[`Discourse`][geostance._cascade.speakers.Discourse] is that memory, filled in reading
order; [`resolve`][geostance._cascade.speakers.resolve] reads one phrase with it:

- a list of actors is each of them (a joint speaker);
- what the phrase's own words name, and whom a bare title stands for, is read by
  [`titles`][geostance._cascade.titles];
- a person is the actor named beside them (in the phrase, its apposition or its
  complement: "US Secretary of State Name", "Name, spokesperson for the Taliban"), else
  the actor remembered for the name or surname, else the gazetteer's;
- a role or an institution is the actor that possesses or modifies it ("Japan's
  defence ministry", "the Russian foreign ministry", "CSTO foreign ministers", "the
  foreign minister of Japan"); a role marked past ("former ambassador") is nobody;
- an actor named as the head is itself; a capital in subject position is its state;
- a pronoun is the last person (he, she) or the last speaker (they, it);
- a phrase naming no actor (a definite description such as "the bloc", a role alone such
  as "the ministry", a report noun such as "the statement") is read by
  [`anaphora`][geostance._cascade.anaphora]: the actor last tied to it or of its type.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from geostance._cascade.anaphora import (
    body_frame,
    briefing_frame,
    complement_described,
    described,
    holds_no_office,
    is_state_role,
    paragraph_header,
    place_frame,
    reported_subject,
    unit_actor,
)
from geostance._cascade.clauses import subject_before
from geostance._cascade.memory import Discourse, Speaker, document_key, is_state
from geostance._cascade.phrases import Phrase
from geostance._cascade.roles import author_of, denial_noun, made_by, possessor_of, relaying_owner, unattributed
from geostance._cascade.titles import (
    body_of,
    briefing_host,
    counterpart,
    its_role,
    known_title,
    named_actor,
    office_owner,
    past_role,
    person_unit,
    previous_subject,
    reporting_voice,
)
from geostance._cascade.vocab import vocabulary
from geostance.model import Act

if TYPE_CHECKING:
    from geostance._cascade.phrases import VerbGroup
    from geostance._cascade.reading import Reading
    from geostance._cascade.sentence import Sentence
    from geostance._cascade.units import Unit

__all__ = [
    "CHARGES",
    "Discourse",
    "Speaker",
    "analyst",
    "answered_party",
    "document_key",
    "learn_inserted_agents",
    "learn_people",
    "on_behalf_of",
    "rejecting_body",
    "resolve",
    "states_spoken_for",
]


def _person_in(sentence: Sentence, phrase: Phrase) -> Unit | None:
    """The person a phrase names in its own words or in its apposition ("met Uganda's foreign minister, Name,")."""
    units = sentence.units
    spans = [(phrase.first, phrase.end)]
    if phrase.apposition is not None:
        spans.append((phrase.apposition.first, phrase.apposition.end))
    return next((units[k] for first, end in spans for k in range(first, end) if units[k].tag == "P"), None)


def _named_one_by_one(phrase: Phrase) -> list[Phrase]:
    """A phrase, and for a list set off by an apposition its last member with that apposition.

    "talks between Iraqi Foreign Minister A and his Syrian counterpart, B,": B is the Syrian counterpart.
    """
    if not phrase.members or phrase.apposition is None or phrase.members[-1].apposition is not None:
        return [phrase]
    last = phrase.members[-1]
    named = Phrase(last.first, last.end, last.head, last.possessors)
    named.apposition = phrase.apposition
    return [phrase, named]


def learn_people(sentence: Sentence, memory: Discourse) -> None:
    """Remember every person the sentence names with their actor, even one who does not speak here.

    After "a plan proposed by Kenyan envoy Name", "Name said" later is Kenya's.
    """
    units = sentence.units
    for phrase in (piece for whole in sentence.phrases for piece in _named_one_by_one(whole)):
        _tie_named_role(sentence, phrase, memory)
        person = _person_in(sentence, phrase)
        if person is None:
            continue
        name = sentence.text[person.start : person.end]
        known, actor = memory.person_actor(name)
        namesake = _namesake(sentence, phrase, person, actor)
        if namesake:
            known, actor = False, None  # "Defense Minister Pedro Sanchez" is not the gazetteer's prime minister
        if known and actor is not None:  # known by surname alone (the gazetteer's people): the other forms too
            memory.learn_person(name, actor, replace=False)
            continue
        if past_role(units, phrase):
            continue
        if analyst(sentence, phrase):
            body = analyst_body(sentence, phrase, memory)
            if body is not None:
                memory.learn_person(name, body)
            continue
        explicit = named_actor(sentence, phrase)
        if known:  # known to hold no office on the article's date: only a title in the text gives them one
            if explicit is not None:
                memory.learn_person(name, explicit[0])
            continue
        actor = explicit[0] if explicit is not None else paragraph_header(sentence)
        actor = actor or relaying_owner(sentence, phrase) or _tail_voice(sentence, phrase, memory)
        actor = actor or body_of(sentence, phrase, memory)
        actor = actor or reporting_voice(sentence, phrase)  # "X rejected it. Y struck first, spokesman Name said"
        actor = actor or briefing_host(sentence, phrase)  # "X's ministry held a briefing, at which spokesman Name"
        if actor is None and phrase.apposition is not None:  # "by Name, Spokesperson for the Secretary-General,"
            actor = office_owner(sentence, phrase.apposition, memory)
        if actor is None and namesake:
            actor = known_title(sentence, phrase, memory)
        if actor is not None:  # "Foreign Ministry spokesman Name made the remarks": the ministry's state
            memory.learn_person(name, actor, replace=namesake)


def _tie_named_role(sentence: Sentence, phrase: Phrase, memory: Discourse) -> None:
    """NAMED-ROLE-ANYWHERE: "a U.S. envoy", "the Russian ambassador" named in any position ties the role.

    "Denmark criticised a U.S. envoy's remarks. The envoy said ...": the envoy is the one just named, whoever
    spoke. Only one person's role with an actor of its own, not a past one ("the former ambassador").
    """
    tags = sentence.tags
    if tags[phrase.head] != "R" and not any(tags[k] == "R" for k in phrase.possessors):
        return
    owners = [Phrase(phrase.first, k + 1, k, [p for p in phrase.possessors if p < k]) for k in phrase.possessors]
    for part in [phrase, *owners]:  # "a U.S. envoy's talk": the possessor names the role too
        head = sentence.units[part.head]
        role = head.entry("role") if head.tag == "R" else None
        if role is None or role.category != "person" or role.form != "singular" or past_role(sentence.units, part):
            continue
        explicit = named_actor(sentence, part)
        if explicit is not None:
            memory.tie_role(role.lemma, explicit[0])


def learn_inserted_agents(sentence: Sentence, readings: list[Reading], memory: Discourse) -> None:
    """INSERTED-AGENT: the person who delivers a subject's words in an insertion speaks for that subject.

    "The government, in a statement read on radio by the Minister of Information, Name, dismissed ...":
    "Name said" later is the government's. Only a person the article has not placed yet.
    """
    units = sentence.units
    tags = sentence.tags
    for reading in readings:
        speaker, subject, group = reading.speaker, reading.subject, reading.group
        if speaker is None or speaker.person is not None or subject is None or group is None:
            continue
        after_by = next((k + 1 for k in range(subject.last, group.first - 1) if units[k].low == "by"), None)
        if after_by is None:
            continue
        for k in range(after_by, group.first):  # "by the Minister of Security, Name,": the first name there
            if tags[k] in ";:.Q" or (tags[k].islower() and tags[k] != "_"):
                break
            if tags[k] == "P":
                name = sentence.text[units[k].start : units[k].end]
                if not memory.person_actor(name)[0]:
                    memory.learn_person(name, speaker.actor)
                break


_ANSWER_LOOKBACK = 6
"""How many earlier events the REJECTING-BODY rule searches for the last speaker's charge."""


def rejecting_body(sentence: Sentence, reading: Reading, memory: Discourse) -> Speaker | None:
    """REJECTING-BODY: a bare body that rejects what the last speaker alleged is the accused's, not the accuser's.

    "Kabul accused Pakistan of mistreating refugees. The foreign ministry rejected the allegations": the
    ministry is Pakistan's. Only a role named bare ("the foreign ministry", "the Foreign Office"), a rejection of
    a report with no author of its own, and a speaker resolved to the last speaker, whose latest charges
    (accusations, demands, warnings; nobody else speaking since) named the accused; a state body answers
    for a state only. SELF-ANSWERED comes first: a subject naming no actor that was resolved to the very author
    of what it rejects is the one that author aimed at, a person there too.
    """
    speaker, subject = reading.speaker, reading.subject
    if speaker is None or subject is None or reading.rebut not in ("reject", "deny"):
        return None
    if _answers_itself(sentence, reading, speaker, memory):
        return _accused_by(sentence, subject, speaker, memory)
    if speaker.person is not None:
        return None
    if speaker.actor != memory.last_speaker or subject.possessors or subject.members:
        return None
    roles = [u.entry("role") for u in sentence.units[subject.first : subject.end]]
    if not any(r is not None and r.category == "body" for r in roles) or named_actor(sentence, subject) is not None:
        return None  # "the spokesman" goes on being the person who just spoke; "the ministry spokesman" need not
    if any(author_of(sentence, answered) or named_actor(sentence, answered) for answered in reading.answered):
        return None  # "rejected Islamabad's allegations": whose they are is said
    if any(_names_another(sentence, answered, speaker.actor) for answered in reading.answered):
        return None  # "dismissed the Israeli warning" after Damascus spoke: the warning is another's
    doc = sentence.doc
    state_body = is_state_role(sentence, subject)
    for event in reversed(doc.events[-_ANSWER_LOOKBACK:]):
        if event.speaker != speaker.actor:
            return None  # another actor spoke since the charges: theirs may be what is rejected
        if not CHARGES.intersection(event.acts):
            continue
        if _NAMED_CHARGES.intersection(reading.answered_acts) - set(event.acts):
            continue  # "dismissed the warning" after an accusation: not these charges
        for target in event.targets:
            record = doc.record(target)
            if target != speaker.actor and record is not None and (record.type == "state" or not state_body):
                return Speaker(target, speaker.span)
    return None


def answered_party(sentence: Sentence, reading: Reading, memory: Discourse) -> Speaker | None:
    """ANSWERED-PARTY: whoever rejects Y's remarks, with no actor of their own named, is the one Y's words aimed at.

    "The US urged Tehran to free the ship. Kuwait said it was in contact. Foreign Ministry spokesman Name
    dismissed the US remarks": Name is Iran's, not Kuwait's, the last state to speak. Only when the subject
    names no actor and was taken for the last speaker, the rejected words name their author, and that author's
    latest words aimed at one actor of the speaker's kind (a state for a state) that is not that speaker.
    """
    speaker, subject = reading.speaker, reading.subject
    if speaker is None or subject is None or reading.rebut not in ("reject", "deny") or speaker.personal:
        return None
    if speaker.actor != memory.last_speaker:
        return None  # found by default, as the last to speak; "junta spokesman Name" is the junta's
    if subject.possessors or subject.members or sentence.tags[subject.head] not in "RPK":
        return None  # a role or a person's name; not "The statement accused ...", a document already someone's
    if named_actor(sentence, subject) is not None:
        return None
    if any(_denial_named(sentence, answered) for answered in reading.answered):
        return None  # "hit back at the Taliban denial": the denier answered, not the one its words aimed at
    authors = {found[0] for answered in reading.answered if (found := named_actor(sentence, answered)) is not None}
    if len(authors) != 1 or speaker.actor in authors:
        return None
    author = authors.pop()
    doc = sentence.doc
    event = next((e for e in reversed(doc.events) if e.speaker == author and not e.document), None)
    if event is None or event.rebuttal or not CHARGES.intersection(event.acts) or speaker.actor in event.targets:
        return None
    kind = is_state(doc, speaker.actor)
    aimed = [t for t in event.targets if t != author and is_state(doc, t) == kind]
    if len(aimed) != 1:
        return None
    if speaker.person is not None:
        memory.learn_person(sentence.text[speaker.person[0] : speaker.person[1]], aimed[0])
    return attrs.evolve(speaker, actor=aimed[0], joint=[])


def _denial_named(sentence: Sentence, phrase: Phrase) -> bool:
    """Whether a phrase is, or is the author of, a noun of denial ("the Taliban denial", "Kabul's rejection")."""
    return any(at < len(sentence.units) and denial_noun(sentence, at) for at in (phrase.head, phrase.last))


def _answers_itself(sentence: Sentence, reading: Reading, speaker: Speaker, memory: Discourse) -> bool:
    """SELF-ANSWERED: whether a speaker the subject does not name was resolved to the author of what it rejects.

    "Bissau accused Senegal ... The army's press office denied Bissau's claim": whatever "the army" stood
    for last, a rejection of Bissau's claim is not Bissau's. Only a subject naming no actor of its own ("the
    army's press office", "presidential spokesman Name"); "Bissau denied Bissau's claim" is left as written.
    """
    subject = reading.subject
    if subject is None or subject.members or named_actor(sentence, subject) is not None:
        return False
    if any(unit_actor(unit) is not None for unit in sentence.units[subject.first : subject.end]):
        return False
    for answered in reading.answered:
        for author in [answered, *author_of(sentence, answered)]:
            head = sentence.units[author.head]
            named = named_actor(sentence, author)
            actor = named[0] if named is not None else unit_actor(head) if head.tag in "AJZ" else None
            if named is None and actor is None and head.entry("description") is not None and not author.possessors:
                described_as = described(sentence, author, memory, sentence.span(author.first, author.end))
                actor = described_as.actor if described_as is not None else None
            if actor == speaker.actor:
                return True
    return False


def _accused_by(sentence: Sentence, subject: Phrase, speaker: Speaker, memory: Discourse) -> Speaker | None:
    """SELF-ANSWERED: who answers the author: whom its latest charge (else its latest words) aimed at.

    Else the one that last aimed at the author. A state, for a state's body; a person speaking so is
    remembered as that actor's.
    """
    doc = sentence.doc
    state_body = is_state_role(sentence, subject)
    author = speaker.actor
    recent = doc.events[-_SELF_ANSWER_LOOKBACK:]
    own = [e for e in recent if e.speaker == author]
    charges = [e for e in own if CHARGES.intersection(e.acts)]
    candidates = [t for e in reversed(charges or own) for t in e.targets]
    # else the one that last aimed at the author: the other side of the dispute
    candidates += [e.speaker for e in reversed(recent) if author in e.targets]
    for actor in candidates:
        record = doc.record(actor)
        if actor != author and record is not None and (record.type == "state" or not state_body):
            if speaker.person is not None:
                memory.learn_person(doc.text[speaker.person[0] : speaker.person[1]], actor)
            return attrs.evolve(speaker, actor=actor, joint=[])
    return None


_SELF_ANSWER_LOOKBACK = 12
"""How many earlier events SELF-ANSWERED searches for the author's statements."""


def _names_another(sentence: Sentence, phrase: Phrase, actor: str) -> bool:
    """Whether a word of the phrase (a demonym, a name) names an actor other than `actor`."""
    return any(
        (named := unit_actor(unit)) is not None and named != actor for unit in sentence.units[phrase.first : phrase.end]
    )


CHARGES = frozenset([Act.ACCUSE, Act.DEMAND, Act.WARN])
"""Acts whose target a rejection by that target answers (not concern, support or plain assertion)."""
_NAMED_CHARGES = frozenset([Act.DEMAND, Act.WARN])
"""Charges a rejected noun names narrowly ("the warning", "the demand"); "the allegations" may answer any."""


def _namesake(sentence: Sentence, phrase: Phrase, person: Unit, actor: str | None) -> bool:
    """Whether a gazetteer person's name here belongs to someone else: a title right before it names another office.

    "Defense Minister Pedro Sanchez" is not the gazetteer's prime minister of that name; in "Name's
    spokesman" the role is the spokesman's, not the person's.
    """
    gazetteer_actor = getattr(person.ref, "actor", None)
    if actor is None or actor != gazetteer_actor:
        return False
    units = sentence.units
    at = next((k for k in range(phrase.first, phrase.end) if units[k] is person), phrase.first)
    first = at
    while first > phrase.first and units[first - 1].tag in "RVJ":
        first -= 1
    title = Phrase(first, at, at, []) if first < at else None
    return title is not None and _other_office(sentence, title, person)


def _other_office(sentence: Sentence, phrase: Phrase, person: Unit) -> bool:
    """Whether the text gives a person a role other than the gazetteer's: then it is someone else of that name."""
    record = sentence.doc.gazetteer.person(getattr(person.ref, "person", "") or "")
    known = (record.role or "").casefold() if record is not None else ""
    roles = [u.low for part in phrase.parts() for u in sentence.units[part.first : part.end] if u.tag == "R"]
    return bool(known) and bool(roles) and not any(role in known for role in roles)


def analyst_body(sentence: Sentence, phrase: Phrase, memory: Discourse) -> str | None:
    """ANALYST-OF-BODY: the organization an analyst's phrase ties them to ("the group's researcher"), if any.

    "an analyst at Human Rights Watch" speaks for it; not a university, a think tank the gazetteer lacks or a state.
    """
    explicit = named_actor(sentence, phrase)
    candidates = [_possessor_described(sentence, part, memory) for part in (phrase, phrase.apposition) if part]
    candidates.append(explicit[0] if explicit is not None else None)  # "the group's Mozambique researcher": HRW's
    for actor in candidates:
        record = sentence.doc.record(actor) if actor is not None else None
        if record is not None and record.type == "organization":
            return actor
    return None


def analyst(sentence: Sentence, phrase: Phrase) -> bool:
    """Whether the phrase describes an analyst, a scholar or a journalist: people who speak for no actor."""
    for part in phrase.parts():
        for unit in sentence.units[part.first : part.end]:
            role = unit.entry("role")
            if role is not None and role.category == "analyst":
                return True
    return False


def resolve(sentence: Sentence, phrase: Phrase, memory: Discourse) -> Speaker | None:
    """The actor a subject phrase stands for (see the module docstring), or None."""
    span = _trimmed(sentence, phrase)
    if phrase.members:
        return _resolve_list(sentence, phrase, memory, span)
    head = sentence.units[phrase.head]
    tag = head.tag
    if tag == "H":
        return _own_subject(sentence, phrase, memory, span) or _pronoun(sentence, head, span, memory)
    if tag in "_F9":
        return None  # "the Taliban's takeover": a thing, not a speaker
    other_side = counterpart(phrase, sentence.units)
    if other_side and phrase.apposition is None and named_actor(sentence, phrase) is None:
        return None  # COUNTERPART-ROLE: "Blinken's counterpart" speaks for the other side, unnamed here
    person = person_unit(sentence, phrase)
    if person is not None:
        return _person(sentence, phrase, person, memory, span)
    if past_role(sentence.units, phrase) or analyst(sentence, phrase):
        return None
    if phrase.complement is not None and phrase.complement.members and tag in "RYOU":
        return _resolve_list(sentence, phrase.complement, memory, span)  # "the foreign ministers of A, B and C"
    if tag == "O":  # "adopted a resolution (on Georgia) which calls for ...": its issuer
        issuer = _issuer(sentence, phrase, memory, span)
        if issuer is not None:
            return issuer
        bare = phrase.first == 0 and not phrase.possessors and phrase.complement is None
        agent = made_by(sentence, phrase.end, set_off=True) if bare else None
        if agent is not None and sentence.units[agent.head].tag != "O":
            bloc = _bloc_of_members(sentence, agent, memory)
            if bloc is not None:  # BLOC-DOCUMENT: "The declaration, signed by the bloc's members - A, B, C -"
                return Speaker(bloc, span)
            found = resolve(sentence, agent, memory)  # ISSUED-BY: "A statement issued by Hamas said ...": Hamas
            if found is not None:
                return Speaker(found.actor, span, found.person, found.joint)
    explicit = named_actor(sentence, phrase)
    if explicit is not None:
        actor = explicit[0]
        _learn_roles(sentence, phrase, actor, memory)
        role = head.entry("role") if tag == "R" else None
        personal = role is not None and role.category == "person" and role.form == "singular"
        joint = _coordinated_demonyms(sentence, phrase, actor) if role is not None else []
        if joint:  # JOINT-DEMONYMS: "French and German officials said": both states, the last one's phrase
            return Speaker(joint[0][0], span, None, [*joint[1:], (actor, span)])
        return Speaker(actor, span, personal=personal)  # "The representative of X said ... she said": X's
    if other_side:
        return None
    owner = _possessor_described(sentence, phrase, memory) or office_owner(sentence, phrase, memory)
    if owner is not None:  # "the force's spokesperson", "the envoy of the Secretary-General"
        return Speaker(owner, span)
    relayed = relaying_owner(sentence, phrase)
    if relayed is not None:  # RELAYED-TITLE: "X's newspaper quoted a ministry official as saying ...": X's
        return Speaker(relayed, span)
    if tag == "K":
        known, holder = memory.person_actor(sentence.text[head.start : head.end])
        if known:  # a surname met before ("Al-Muhannadi said") is theirs, under a topic header too ("Sudan: ...")
            return Speaker(holder, span, (head.start, head.end)) if holder else None
    header = paragraph_header(sentence)
    if header is not None and not _voice_met(sentence, phrase, memory) and not unattributed(sentence, phrase):
        return Speaker(header, span)  # ROUNDUP-HEADER: "CHINA - The foreign ministry said": China's
    return described(sentence, phrase, memory, span)


def _voice_met(sentence: Sentence, phrase: Phrase, memory: Discourse) -> bool:
    """Whether a phrase is "the spokesman" the text already tied to an actor: theirs under a topic header too."""
    units = sentence.units
    role = units[phrase.head].entry("role")
    if role is None or units[phrase.first].low != "the" or phrase.head != phrase.first + 1:
        return False
    return role.lemma in vocabulary().voice_roles and role.lemma in memory.roles


def _bloc_of_members(sentence: Sentence, agent: Phrase, memory: Discourse) -> str | None:
    """The organization whose members the agent of a document is ("the leaders of ASEAN's members": ASEAN)."""
    units = sentence.units
    nouns = vocabulary().membership_nouns
    for part in agent.parts():
        if units[part.head].low not in nouns:
            continue
        owner = possessor_of(part) or (part.complement if part.prep == "of" else None)
        found = resolve(sentence, owner, memory) if owner is not None else None
        record = sentence.doc.record(found.actor) if found is not None else None
        if record is not None and record.type == "organization":
            return record.id
    return None


def _issuer(sentence: Sentence, phrase: Phrase, memory: Discourse, span: tuple[int, int]) -> Speaker | None:
    """DOCUMENT-RELATIVE: who issued a report that is an issue verb's object: that verb's subject.

    "The Parliament adopted a resolution on Georgia which calls for ...": the Parliament ("issued a statement
    on behalf of the bloc": the bloc); a report its possessor names ("X's statement") is read as any phrase.
    """
    if phrase.possessors or phrase.first == 0:
        return None
    group = next((g for g in sentence.groups if g.end == phrase.first and sentence.tags[g.verb] == "i"), None)
    subject = subject_before(sentence, group, 0) if group is not None else None
    if subject is None or subject.first >= phrase.first:
        return None
    behalf = on_behalf_of(sentence, group, subject, memory) if group is not None else None
    if behalf is not None:  # "issued a statement on behalf of the bloc urging ...": the bloc's
        return Speaker(behalf, span)
    found = resolve(sentence, subject, memory)
    return Speaker(found.actor, span, found.person, found.joint) if found is not None else None


_BEHALF_REACH = 14
"""How many units after "on behalf of" the organization spoken for may stand ("of her country and the other ...")."""
_BEFORE_BEHALF = frozenset("DOL_")
"""Tags between a verb and "on behalf of" that leave the phrase the speaker's: "issued a statement on behalf of"."""


def on_behalf_of(sentence: Sentence, group: VerbGroup, subject: Phrase | None, memory: Discourse) -> str | None:
    """ON-BEHALF-OF: the organization a speaker speaks for, which is then the speaker.

    "Speaking on behalf of the AU, Kenya's envoy said", "Ghana's delegate, speaking on behalf
    of ECOWAS, urged", "Malaysia issued a statement on behalf of the bloc": the phrase opens
    the sentence, stands between the subject and the verb, or follows the verb (and a report
    noun) at once. Only an organization is spoken for so; the states of a list speak with the
    speaker (`states_spoken_for`).
    """
    for at in _behalf_phrases(sentence, group, subject):
        found = _organization_after(sentence, at, memory)
        if found is not None:
            return found
    return None


def states_spoken_for(sentence: Sentence, group: VerbGroup, subject: Phrase | None) -> list[str]:
    """ON-BEHALF-OF for states: "Speaking also on behalf of Algeria and Guyana, Sierra Leone's envoy said".

    The states listed speak jointly with the speaker (one statement each); an organization there
    is `on_behalf_of`'s.
    """
    for at in [*_behalf_phrases(sentence, group, subject), *_joined_by(sentence, group, subject)]:
        found = _states_listed(sentence, at)
        if found:
            return found
    return []


def _joined_by(sentence: Sentence, group: VerbGroup, subject: Phrase | None) -> list[int]:
    """JOINED-BY: where the co-speakers after ", along with" (", joined by", ...) start, between subject and verb."""
    if subject is None or subject.end >= group.first:
        return []
    units = sentence.units
    phrases = vocabulary().comitative_phrases
    for k in range(subject.end, group.first - 1):
        if sentence.tags[k] != ",":
            continue
        for phrase in phrases:
            n = len(phrase)
            if tuple(u.low for u in units[k + 1 : k + 1 + n]) == phrase:
                return [k + 1 + n]
    return []


def _behalf_phrases(sentence: Sentence, group: VerbGroup, subject: Phrase | None) -> list[int]:
    """Where what follows each "on behalf of" that belongs to the group's speaker starts.

    The phrase opens the sentence, stands between the subject and the verb, or follows the verb (and a
    report noun) at once.
    """
    units, tags = sentence.units, sentence.tags
    segment = sentence.segment
    if sentence.text.find("behalf", segment.start, segment.end) < 0:
        return []  # most sentences: no scan of their units
    out: list[int] = []
    for k in range(1, len(units) - 1):
        if units[k].low != "behalf" or units[k - 1].low != "on" or units[k + 1].low != "of":
            continue
        on = k - 1
        before_verb = on < group.first and (subject is None or on < subject.first or on >= subject.end)
        after_verb = on >= group.end and all(t in _BEFORE_BEHALF for t in tags[group.end : on])
        if before_verb or after_verb:
            out.append(k + 2)
    return out


def _states_listed(sentence: Sentence, at: int) -> list[str]:
    """The states of the phrase starting at unit `at`, one or a list ("Algeria, Somalia and Guyana"), or none."""
    listed = sentence.phrase_starting(at)
    if listed is None:
        return []
    out: list[str] = []
    for part in sorted([listed, *listed.members], key=lambda p: p.head):  # in the order the text lists them
        actor = unit_actor(sentence.units[part.head])
        record = sentence.doc.record(actor) if actor is not None else None
        if record is None or record.type != "state":
            return []  # a list that holds anything but states is no list of states spoken for
        if record.id not in out:  # the list's own head is also one of its members
            out.append(record.id)
    return out


def _organization_after(sentence: Sentence, at: int, memory: Discourse) -> str | None:
    """The first organization named from unit `at` on, before the clause goes on (a comma or a verb)."""
    units, tags = sentence.units, sentence.tags
    for j in range(at, min(len(units), at + _BEHALF_REACH)):
        tag = tags[j]
        if tag in ",;:" or (tag.islower() and tag != "_"):
            return None
        actor = unit_actor(units[j]) if tag == "A" else None
        if actor is None and tag == "Y":  # "on behalf of the bloc": the one its sentence named, else the last
            actor = next(
                (a for u in units[:at] if (a := unit_actor(u)) is not None and _organization(sentence, a)), None
            )
            phrase = sentence.phrase_ending(j) if actor is None else None
            found = described(sentence, phrase, memory, sentence.span(phrase.first, phrase.end)) if phrase else None
            actor = found.actor if found is not None else actor
        if actor is not None and _organization(sentence, actor):
            return actor
    return None


def _organization(sentence: Sentence, actor: str) -> bool:
    """Whether the actor is an organization (only one is spoken for "on behalf of")."""
    record = sentence.doc.record(actor)
    return record is not None and record.type == "organization"


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


def _coordinated_demonyms(sentence: Sentence, phrase: Phrase, actor: str) -> list[tuple[str, tuple[int, int]]]:
    """JOINT-DEMONYMS: the demonyms joined before a role's own ("French and German officials": France's)."""
    units, tags = sentence.units, sentence.tags
    if tags[phrase.first] != "J":
        return []
    found: list[tuple[str, tuple[int, int]]] = []
    k = phrase.first - 1
    while k >= 1 and (tags[k] == "," or units[k].low == "and") and tags[k - 1] == "J":
        other = unit_actor(units[k - 1])
        if other is None or other == actor:
            return []
        found.insert(0, (other, (units[k - 1].start, units[k - 1].end)))
        k -= 2
    if found and tags[phrase.first - 1] != "C":
        return []  # "Chilean, Peruvian officials": no list without its "and"
    return found


def _own_subject(sentence: Sentence, phrase: Phrase, memory: Discourse, span: tuple[int, int]) -> Speaker | None:
    """SENTENCE-SUBJECT: "it" later in a sentence that an actor opens as subject is that actor.

    "X's defence ministry took a day to respond, and when it did, it dismissed the figure": the ministry,
    even though another actor spoke last.
    """
    head = sentence.units[phrase.head]
    if not head.entries or head.entries[0].category != "thing" or phrase.first == 0:
        return None
    opening = sentence.phrase_starting(0)
    tags = sentence.tags
    if opening is None or opening.members or tags[opening.head] not in "AR" or opening.last >= phrase.first:
        return None
    if not (tags[opening.last] in "XL_" or tags[opening.last].islower()):
        return None  # the opening phrase is no subject ("Russia, which ..."; "Russia's claims that ...")
    found = resolve(sentence, opening, memory)
    return Speaker(found.actor, span) if found is not None and found.person is None else None


def _pronoun(sentence: Sentence, head: Unit, span: tuple[int, int], memory: Discourse) -> Speaker | None:
    """Whom a subject pronoun means: the last person or speaker (PRONOUN).

    "It" after a sentence an actor opened and nobody spoke in is that actor ("The League wrapped up a summit.
    It said ...").
    """
    kind = head.entries[0].category if head.entries else ""
    if kind == "person":
        if memory.silent_person:
            return None  # "a former ambassador said ... he told reporters": still nobody's voice
        actor = memory.last_person or memory.last_speaker
    elif kind == "plural" and len(memory.last_group) > 1:
        group = memory.last_group
        return Speaker(group[0], span, None, [(a, span) for a in group[1:]])
    elif kind in ("plural", "thing"):
        actor = (previous_subject(sentence) if kind == "thing" else None) or memory.last_speaker
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
    past = past_role(sentence.units, phrase) or any(past_role(sentence.units, part) for part in phrase.members)
    if analyst(sentence, phrase):
        body = analyst_body(sentence, phrase, memory)
        memory.learn_person(sentence.text[person.start : person.end], body)
        # "Name, a professor at X University": an analyst, no actor; "Name, the group's researcher": the group's
        return Speaker(body, span, pspan) if body is not None else None
    explicit = None if past else named_actor(sentence, phrase)
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
    if _namesake(sentence, phrase, person, actor):
        known, actor = False, None
    if not known:
        gazetteer_actor = getattr(person.ref, "actor", None)
        actor = gazetteer_actor if isinstance(gazetteer_actor, str) else None
        if actor is not None and _other_office(sentence, phrase, person):
            actor = None  # "Defense Minister Pedro Sanchez" is not the gazetteer's prime minister of that name
    if actor is None:
        actor = paragraph_header(sentence)  # ROUNDUP-HEADER: "FIJI - Prime Minister Name said": Fiji's
    if actor is None:
        actor = relaying_owner(sentence, phrase)  # RELAYED-TITLE: "X's agency quoted Deputy Minister Name as ..."
    if actor is None:
        actor = _tail_voice(sentence, phrase, memory)
    if actor is None:
        actor = body_of(sentence, phrase, memory)  # "government spokesman Name": the government last named
    if actor is None:
        actor = its_role(sentence, phrase, memory)  # "Its spokesperson, Name,": the actor just named
    if actor is None:
        actor = complement_described(sentence, phrase, memory)  # "a spokesman for the armed group, Name,"
    if actor is None and phrase.apposition is not None:
        # SECRETARIAT-TITLE: "Name, Deputy Spokesperson for the Secretary-General,": the organization's aide
        actor = office_owner(sentence, phrase.apposition, memory)
    if actor is None and _voiced(sentence, phrase):
        actor = body_frame(sentence, phrase)  # BODY-FRAME: "At NATO headquarters, spokesman Name said": NATO's
    if actor is None and _voiced(sentence, phrase):
        actor = briefing_frame(sentence, phrase, memory)  # BRIEFING-FRAME: "At X's weekly briefing, spokesman Name"
    if actor is None and _titled(sentence, phrase):
        actor = place_frame(sentence, phrase)  # SPEECH-VENUE: "spokesman Name told reporters in Paris": France's
    if actor is None:
        actor = known_title(sentence, phrase, memory)  # "Spokesman Name said": the spokesman's actor seen last
    if actor is None:
        actor = _post_in_relative(sentence, phrase, memory)  # "Name, who heads X's office, said": X's
    record = sentence.doc.record(actor) if actor is not None else None
    if record is not None and holds_no_office(record) and not known and _national_title(sentence, phrase):
        # GOVERNMENT-NOT-PARTY: "the office of Prime Minister Name" after a gang spoke is a state's
        actor = memory.home_state(sentence.units[phrase.first].start) or memory.last_state
    if actor is None:
        return None
    memory.learn_person(name, actor, replace=not known)  # "Mao said" later is the same spokesperson
    _learn_roles(sentence, phrase, actor, memory)  # "the spokeswoman" later is theirs too
    return Speaker(actor, span, pspan)


def _national_title(sentence: Sentence, phrase: Phrase) -> bool:
    """Whether a person's phrase holds a national office ("Prime Minister Name", "the office of President Name")."""
    offices = vocabulary().national_offices
    return any(unit.low in offices for unit in sentence.units[phrase.first : phrase.last])


def _tail_voice(sentence: Sentence, phrase: Phrase, memory: Discourse) -> str | None:
    """REPORTED-SUBJECT: "X fired no shots, the spokesperson for its border service, Name, said": X's voice."""
    if not _voiced(sentence, phrase):
        return None
    return reported_subject(sentence, sentence.units[phrase.first].start, memory)


def _voiced(sentence: Sentence, phrase: Phrase) -> bool:
    """Whether a person's phrase holds a spokesperson's title ("deputy spokesman Name")."""
    voices = vocabulary().voice_roles
    return any(
        (role := u.entry("role")) is not None and role.lemma in voices
        for u in sentence.units[phrase.first : phrase.end]
    )


def _titled(sentence: Sentence, phrase: Phrase) -> bool:
    """Whether a person's phrase holds a role or title ("spokesman Name") that is not held abroad ("observer")."""
    units = sentence.units
    spans = [range(part.first, part.end) for part in phrase.parts()]
    if any(units[k].low in vocabulary().posted_roles for span in spans for k in span):
        return False  # "chief observer Name told a news conference in Maputo": a visitor, not Mozambique's
    return any(sentence.tags[k] in "RU" for span in spans for k in span)


def _post_in_relative(sentence: Sentence, phrase: Phrase, memory: Discourse) -> str | None:
    """POST-IN-RELATIVE: the actor of the body a person heads, leads or chairs in a relative set off after the name."""
    units = sentence.units
    k = phrase.last
    if k + 3 > len(units) or units[k].tag != "," or units[k + 1].tag != "W":
        return None
    if units[k + 2].low not in vocabulary().post_forms:
        return None
    body = sentence.phrase_starting(k + 3)
    swallowed = sentence.phrase_starting(k + 2)  # "leads JNIM's wing": the verb read as a possessor's modifier
    if body is None and swallowed is not None and swallowed.head >= k + 3:
        body = Phrase(k + 3, swallowed.end, swallowed.head, [p for p in swallowed.possessors if p >= k + 3])
    found = resolve(sentence, body, memory) if body is not None else None
    return found.actor if found is not None and found.person is None else None


def _possessor_described(sentence: Sentence, phrase: Phrase, memory: Discourse) -> str | None:
    """The actor a described possessor stands for ("the commission" of "the commission's president")."""
    if not phrase.possessors or sentence.tags[phrase.head] not in "RP":
        return None
    last = phrase.possessors[-1]
    owner = Phrase(phrase.first, last + 1, last, [])
    if sentence.tags[last] not in "RY":
        return None
    found = described(sentence, owner, memory, sentence.span(owner.first, owner.end))
    return found.actor if found is not None else None


def _learn_roles(sentence: Sentence, phrase: Phrase, actor: str, memory: Discourse) -> None:
    """Tie the phrase's roles to the actor: "the ministry" will mean it later; a named person holds a person role."""
    person = person_unit(sentence, phrase)
    for part in phrase.parts():
        for unit in sentence.units[part.first : part.end]:
            role = unit.entry("role")
            if role is not None and role.category != "collective":
                memory.tie_role(role.lemma, actor)
                if person is not None and role.category == "person":
                    memory.holders[actor, role.lemma] = sentence.text[person.start : person.end]
            elif unit.tag == "Y":  # "the State Committee for National Security" -> "the committee"
                memory.roles[unit.low] = actor
