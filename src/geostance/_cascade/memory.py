"""The reader's memory: who spoke, who was named, what each role and document stands for.

A reader of news keeps track of who has been named and who has spoken; the speaker
resolution (`speakers.resolve`) reads every phrase against this memory, and the stage
fills it in reading order.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

import attrs

from geostance._cascade.places import facilitating, list_start
from geostance._cascade.vocab import vocabulary
from geostance._home import dateline_state, is_state, state_named_in
from geostance._lexicon import lowered
from geostance.gazetteer import DE_FACTO_AUTHORITY
from geostance.model import Act

if TYPE_CHECKING:
    from collections.abc import Iterator

    from geostance._document import Document, SpeechEvent

__all__ = ["Discourse", "Speaker", "document_key", "is_state", "state_named_in"]


def _sides(test: str, event: SpeechEvent, other: str, aimed: set[tuple[str, str]]) -> bool:
    """Whether an event's speaker and `other` pass one of `last_dispute`'s tests, in its order of preference."""
    if test == "mutual":
        return (other, event.speaker) in aimed
    if test == "hostile":
        return event.rebuttal or Act.ACCUSE in event.acts or Act.WARN in event.acts
    return True


_DISPUTE_REACH = 40
"""How many speech events back "both sides" looks for the dispute it means."""


@attrs.define
class Speaker:
    """A resolved speaker: the actor, the phrase's span, the person's span, and co-speakers of a list."""

    actor: str
    span: tuple[int, int]
    person: tuple[int, int] | None = None
    joint: list[tuple[str, tuple[int, int]]] = attrs.Factory(list)
    """Other actors of a joint subject, each with its own mention."""
    personal: bool = False
    """One unnamed person speaks, by a role ("the representative of X", "the minister"): "he" or "she" later."""


@attrs.define
class Discourse:
    """What the reader remembers, in reading order (see the module docstring)."""

    doc: Document
    persons: dict[str, str | None] = attrs.Factory(dict)
    """A person's name, surname and (two-word names) first word -> the actor they speak for (None: nobody)."""
    roles: dict[str, str] = attrs.Factory(dict)
    """A role or institution ("foreign ministry") -> the actor it was last tied to."""
    anonymous_roles: set[str] = attrs.Factory(set)
    """Person roles last introduced with "a" and no actor ("a European diplomat"): "the diplomat" is them, nobody's."""

    def tie_role(self, lemma: str, actor: str) -> None:
        """Tie a role to an actor under its lemma and its head word ("the foreign ministry" -> "the ministry")."""
        self.roles[lemma] = actor
        self.roles[lemma.rsplit(" ", 1)[-1]] = actor

    def anonymous(self, lemma: str) -> bool:
        """ANONYMOUS-ROLE: whether "the" + this role means one introduced with "a" and tied to no actor since."""
        return lemma in self.anonymous_roles and lemma not in self.roles

    bearers: dict[str, set[frozenset[str]]] = attrs.Factory(dict)
    """A word of a remembered full name -> the full names (as word sets) holding it (SURNAME-CLASH)."""
    holders: dict[tuple[str, str], str] = attrs.Factory(dict)
    """(actor, person role) -> the name of the person last named holding it ("Bulgaria's foreign minister, Name")."""
    documents: dict[str, Speaker] = attrs.Factory(dict)
    """A report noun's head word ("statement", "report") -> whose document it was last (all of them if joint)."""
    last_document: Speaker | None = None
    """The author of the last document named, of any kind ("those findings" after "a report by X")."""
    last_person: str | None = None
    """The actor of the last person who spoke (for he, she)."""
    last_person_at: int = -1
    """Where the last person (or person's role) who spoke was named: a later actor speaking alone ends them."""
    silent_person: bool = False
    """Whether the last person who spoke speaks for no actor (an analyst, a former official): "he" is them."""
    last_speaker: str | None = None
    """The last actor that spoke (for they, it)."""
    first_person: Speaker | None = None
    """Whom "we" and "I" mean here: the speaker of a transcript's answer (None elsewhere)."""
    last_state: str | None = None
    """The last state (or government in fact) that spoke: whose "the foreign ministry" is, when no state is named."""
    announced: str | None = None
    """The actor whose answer a sentence announced ("X's response came swiftly"), until an actor speaks."""
    last_group: list[str] = attrs.Factory(list)
    """The actors of the last speaker, all of them when it spoke jointly (for they)."""
    groups: list[list[str]] = attrs.Factory(list)
    """Joint speakers met so far, latest last ("the three countries" may mean the last three that spoke)."""
    _named_groups: dict[frozenset[str], tuple[str, int]] | None = None
    _home: list[str | None] = attrs.Factory(list)
    _story: list[str | None] = attrs.Factory(list)
    _first: dict[str | None, int | None] = attrs.Factory(dict)
    _word_starts: dict[str, list[int]] = attrs.Factory(dict)

    def word_starts(self, word: str) -> list[int]:
        """Where the text holds `word` as a whole word, any case, in order (one scan per word per text)."""
        if word not in self._word_starts:
            pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
            self._word_starts[word] = [m.start() for m in pattern.finditer(lowered(self.doc.text))]
        return self._word_starts[word]

    def home_state(self, before: int | None = None) -> str | None:
        """The state of the dateline's place ("TBILISI (Reuters) -" is Georgia), or None.

        A dateline whose state the body never names while it names others is a bureau's
        ("DAKAR, Senegal" over a story on Mali), from where another is first named. `before`
        (an offset) asks at that point: a dateline whose state is not named yet while another
        state has spoken is a bureau's so far ("DAKAR, Senegal - Mali's junta accused ...":
        Mali's story until Senegal enters it).
        """
        home = self._dateline_state()
        if home is None:
            return None
        other, own = self._first_named(None), self._first_named(home)
        if own is None and other is not None and (before is None or other < before):
            return None  # a bureau's dateline: the body names other states (here, already), never it
        spoke = self.last_state is not None and self.last_state != home
        if before is not None and spoke and own is not None and own >= before:
            return None  # a bureau's dateline so far: another state spoke, and this one is not named yet
        return home

    def _first_named(self, state: str | None) -> int | None:
        """Where the body first names `state` (by name, capital or adjective), or any state; memoised."""
        if state not in self._first:
            doc = self.doc
            self._first[state] = min(
                (
                    hit.start
                    for hit in (*doc.hits, *doc.adjectives, *doc.capitals)
                    if hit.start >= doc.body_start and (hit.actor == state if state else is_state(doc, hit.actor))
                ),
                default=None,
            )
        return self._first[state]

    def _dateline_state(self) -> str | None:
        """The state the dateline names, if one (memoised)."""
        if not self._home:
            self._home.append(dateline_state(self.doc))
        return self._home[0]

    def story_state(self) -> str | None:
        """The one state the text's first sentence names (by name or adjective), for a story with no dateline.

        "Few people in Colombia's Catatumbo region were surprised ...": a bare national title later
        ("Defence Minister Name") is Colombia's, while no state has spoken yet.
        """
        if not self._story:  # read once per text: the first sentence does not change
            doc = self.doc
            states: set[str] = set()
            if doc.dateline is None and doc.sentences:
                first = doc.sentences[0]
                named = (*doc.hits, *doc.adjectives)
                states = {h.actor for h in named if first.start <= h.start < first.end and is_state(doc, h.actor)}
            self._story.append(next(iter(states)) if len(states) == 1 else None)
        return self._story[0]

    def learn_person(self, name: str, actor: str | None, *, replace: bool = True) -> None:
        """Remember whom a person speaks for under the forms news uses later (surnames; first word of two)."""
        words = name.split()
        if not words:
            return
        keys = [name.casefold(), words[-1].casefold()]
        if len(words) == 2:
            keys.append(words[0].casefold())
        elif len(words) > 2 and words[-2][:1].isupper():  # "Gonzalo Mamani Ticona" is "Mamani" later (a first surname)
            keys.append(words[-2].casefold())
        dash = keys[1].find("-")
        if 0 < dash < len(keys[1]) - 1 and keys[1][: dash + 1] in vocabulary().name_particles:
            keys.append(keys[1][dash + 1 :])  # "Abdulkarim al-Wazir" is "Wazir" later
        for n, key in enumerate(keys):
            if replace and n < 2:
                self.persons[key] = actor
            else:
                self.persons.setdefault(key, actor)
        if len(words) > 1:  # SURNAME-CLASH reads who else bears each word of a full name
            full = frozenset(keys[0].split())
            for word in full:
                self.bearers.setdefault(word, set()).add(full)

    def person_actor(self, name: str) -> tuple[bool, str | None]:
        """Whether the name is known, and the actor remembered for it (full name, then surname)."""
        key = name.casefold()
        if key in self.persons:
            return True, self.persons[key]
        words = key.split()
        if words and words[-1] in self.persons and not self._other_bearer(words):
            return True, self.persons[words[-1]]
        return False, None

    def _other_bearer(self, words: list[str]) -> bool:
        """SURNAME-CLASH: whether a full name shares only its surname with the full names remembered.

        "Pal Mai Deng" is not "Santo Deng Marial" (remembered as "Deng" too): two full names with
        different first names are two people ("Ngoa Essomba" is still "Jean-Marie Ngoa Essomba"). A name of one
        word, or a surname known alone, matches.
        """
        if len(words) < 2:
            return False
        bearers = self.bearers.get(words[-1], set())
        return bool(bearers) and not any(bearer.issuperset(words) or words[0] in bearer for bearer in bearers)

    def heard(self, speaker: Speaker, *, embedded: bool = False) -> None:
        """An actor spoke (through a person or not; alone or jointly): pronouns will refer to it.

        A person speaking inside a relative clause ("X rejected remarks by Name, who said ...")
        does not become who "he" or "she" means: the sentence's main speaker stays that.
        """
        self.last_speaker = speaker.actor
        self.announced = None
        record = self.doc.record(speaker.actor)
        if record is not None and (record.type == "state" or record.kind == DE_FACTO_AUTHORITY):
            self.last_state = speaker.actor  # a militia has no foreign ministry; a government in fact has
        self.last_group = [speaker.actor, *(a for a, _ in speaker.joint)]
        if (speaker.person is not None or speaker.personal) and not embedded:
            self.last_person = speaker.actor
            self.last_person_at = speaker.span[0]
            self.silent_person = False
        elif not embedded and speaker.actor != self.last_person and speaker.span[0] > self.last_person_at:
            self.last_person = None  # "X's envoy said ... Hezbollah said ... he added": not X's envoy

    def person_acted(self, speaker: Speaker) -> None:
        """PERSON-SUBJECT: a person of an actor acted without speaking ("Name hit back."): "he" next means them."""
        if speaker.person is not None:
            self.last_person = speaker.actor
            self.last_person_at = speaker.span[0]
            self.silent_person = False

    def as_group(self, actors: list[str], position: int) -> str | None:
        """The organization named before `position` whose members are exactly these states, or None.

        "France, Britain and Germany" after "the E3 countries" speak as the E3; named first,
        they speak each for itself, even if the article later says they form a group.
        """
        if self._named_groups is None:
            self._named_groups = {}
            for hit in self.doc.hits:  # in text order: the first mention of each group
                record = self.doc.record(hit.actor)
                if record is not None and record.type == "organization" and len(record.members) > 1:
                    self._named_groups.setdefault(frozenset(record.members), (hit.actor, hit.start))
        found = self._named_groups.get(frozenset(actors))
        return found[0] if found is not None and found[1] < position else None

    def last_dispute(self, exclude: set[str], types: tuple[str, ...] = ()) -> list[str]:
        """The two sides of the latest dispute heard.

        The latest pair of actors who aimed acts at each other; else the speaker and target of the
        latest accusation, warning or rebuttal; else of the latest aimed act. Actors in `exclude`
        (the current sentence's subject) are no side; with `types`, both sides are of those actor types.
        """
        recent = self.doc.events[-_DISPUTE_REACH:]
        doc = self.doc

        def typed(actor: str) -> bool:
            record = doc.record(actor)
            return not types or (record is not None and record.type in types)

        aimed = {(e.speaker, t) for e in recent for t in [*e.targets, *e.objects] if t != e.speaker}
        for test in ("mutual", "hostile", "any"):
            for event in reversed(recent):
                if event.speaker in exclude or not typed(event.speaker):
                    continue
                for other in [*event.targets, *event.objects]:
                    if other in exclude or other == event.speaker or not typed(other):
                        continue
                    if _sides(test, event, other, aimed):
                        return [event.speaker, other]
        return []

    def last_actors(
        self, position: int, types: tuple[str, ...], count: int, exclude: str | None, *, parties: bool = False
    ) -> list[str]:
        """The last `count` distinct actors of `types` named before `position` ("the two countries").

        With `parties`, not the hosts or mediators of talks ("a truce mediated by X and Y": "both sides" are not
        X and Y; SIDES-NOT-MEDIATORS).
        """
        doc = self.doc
        out: list[str] = []
        i = bisect.bisect_left(doc.hit_starts, position) - 1
        steps = 0
        while i >= 0 and steps < 200 and len(out) < count:
            hit = doc.hits[i]
            record = doc.record(hit.actor)
            typed = record is not None and record.type in types
            mediator = parties and facilitating(doc.text, list_start(doc.text, hit.start))
            if typed and not mediator and hit.actor not in out and hit.actor != exclude:
                out.append(hit.actor)
            i -= 1
            steps += 1
        return out if len(out) == count else []

    def last_of_type(
        self,
        position: int,
        types: tuple[str, ...],
        exclude: str | None = None,
        *,
        bloc: bool = False,
        people: bool = False,
    ) -> str | None:
        """The last actor of one of `types` named before `position` (a description's antecedent), not `exclude`.

        With `bloc`, only an organization that can be a bloc of states (BLOC-DESCRIPTION: not the UN system, a
        court or an NGO; frames.json `bloc_descriptions`); with `people`, one that can be a group of people
        (GROUP-DESCRIPTION: not the UN system or a court; frames.json `group_descriptions`).
        """
        doc = self.doc
        i = bisect.bisect_left(doc.hit_starts, position) - 1
        steps = 0
        while i >= 0 and steps < 200:
            hit = doc.hits[i]
            record = doc.record(hit.actor)
            fits = record is not None and record.type in types and hit.actor != exclude
            # a person's former post ("former Botswana foreign minister Name") names no actor of the story
            former = doc.text[max(0, hit.start - _FORMER_REACH) : hit.start].lower().endswith(_FORMER)
            if (
                fits
                and not former
                and not doc.in_quote(hit.start)
                and not (bloc and self._universal(hit.actor))
                and not (people and self.no_group(hit.actor))
            ):
                return hit.actor
            i -= 1
            steps += 1
        return None

    def no_group(self, actor: str) -> bool:
        """Whether an organization can be no group of people (the UN system, a court: GROUP-DESCRIPTION)."""
        record = self.doc.record(actor)
        vocab = vocabulary()
        return record is not None and (record.kind in vocab.not_group_kinds or record.id in vocab.not_group_ids)

    def _universal(self, actor: str) -> bool:
        """Whether an organization can be no bloc of states (the UN system, a court, an NGO: BLOC-DESCRIPTION)."""
        record = self.doc.record(actor)
        vocab = vocabulary()
        return record is not None and (record.kind in vocab.not_bloc_kinds or record.id in vocab.not_bloc_ids)

    def secretariat(self, position: int, *, default: bool = True) -> str | None:
        """SECRETARIAT-TITLE: the organization of a bare "Secretary-General": the last named, an organ's parent.

        "Briefing the Council, Assistant Secretary-General Name said": the Security Council has no
        secretary-general; the United Nations does. With no organization named yet, the UN (`default`).
        """
        doc = self.doc
        actor = self.last_of_type(position, ("organization",))
        if actor is None and default and doc.gazetteer.get(vocabulary().office_default) is not None:
            actor = vocabulary().office_default
        for _ in range(_PARENT_REACH):
            record = doc.record(actor) if actor is not None else None
            if record is None or record.parent is None or doc.gazetteer.get(record.parent) is None:
                break
            actor = record.parent
        return actor

    def last_headed(self, position: int, head: str, *, anywhere: bool = False) -> str | None:
        """NAME-HEAD: the last actor named before `position` whose own name ends in `head` ("the agency": the IAEA).

        A description repeating the last word of a name ("the International Atomic Energy Agency ... the agency")
        means that actor, even when another of the same kind was named after it. With `anywhere`, a word of the
        name anywhere will do: "the kingdom" is the last state whose names say so ("Kingdom of Saudi Arabia").
        """
        for actor, names in self._names_back(position):
            words = [name.casefold().split() if anywhere else name.rsplit(" ", 1)[-1:] for name in names]
            if any(head in [w.casefold() for w in name_words] for name_words in words):
                return actor
        return None

    def last_containing(self, position: int, words: tuple[str, ...]) -> str | None:
        """NAME-PART: the last actor named before `position` one of whose names holds `words` in a row.

        "the Group of Experts" after "the UN Group of Experts on Congo" is that group of experts, not the last armed
        group; `words` are casefolded.
        """
        n = len(words)
        for actor, names in self._names_back(position):
            for name in names:
                held = name.casefold().split()
                if any(tuple(held[k : k + n]) == words for k in range(len(held) - n + 1)):
                    return actor
        return None

    def _names_back(self, position: int) -> Iterator[tuple[str, tuple[str, ...]]]:
        """The actors named before `position`, latest first, with their names (as written, canonical, aliases).

        At most `_HEAD_REACH` mentions back; a mention inside a quotation is passed over.
        """
        doc = self.doc
        i = bisect.bisect_left(doc.hit_starts, position) - 1
        steps = 0
        while i >= 0 and steps < _HEAD_REACH:
            hit = doc.hits[i]
            record = doc.record(hit.actor)
            if record is not None and not doc.in_quote(hit.start):
                yield hit.actor, (doc.text[hit.start : hit.end], record.name, *record.aliases)
            i -= 1
            steps += 1


_FORMER = ("former ", "ex-")
"""What stands right before a state named in a person's past post ("former Kenyan", "ex-Botswana")."""
_FORMER_REACH = 8
"""How many characters before a mention "former " is looked for."""

_PARENT_REACH = 3
"""How many parents up an organ's title climbs (a panel of a council of the UN)."""

_HEAD_REACH = 60
"""How many actor mentions back a description looks for a name it repeats the last word of."""


def document_key(lemma: str) -> str:
    """The word a document is remembered by: its head noun ("joint statement" -> "statement")."""
    return lemma.rsplit(" ", 1)[-1]
