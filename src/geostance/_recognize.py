"""Stage 2, actor recognition: gazetteer names, capitals as metonyms, inline definitions, people.

Rules, each applied in one pass over the text:

- a gazetteer name is a mention of its actor; the longest name wins, so the
  "Pakistan" inside "Tehrik-i-Taliban Pakistan" names no state;
- names inside the dateline ("KABUL, AFGHANISTAN –") are places, not mentions;
- a capital names its state only as a metonym: directly followed by a verb of
  speech or stance ("Moscow said", "Beijing rejected"), never as a place
  ("a summit in Astana"); a capital governed by a de facto authority in the
  gazetteer (a group `based_in` that state) names that authority;
- "Full Name (ACR)" defines an actor the gazetteer lacks, typed by its head noun
  (Council, Union, Organization -> organization; Front, Army, Movement -> group);
- a person's name from the gazetteer's people is kept with the actor they speak for on
  the article's date (see `_when`): the actor of the office they hold then, or of the
  office a title before the name gives them ("Foreign Minister Name") whatever the
  date; nobody when out of office; of several people of one name, the one in office;
- a capital, and "the government" of a state, name whoever governs it on that date.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from typing import TYPE_CHECKING

from geostance._cascade.vocab import vocabulary
from geostance._document import ActorHit, Document, PersonHit
from geostance._home import dateline_state, is_state
from geostance._trie import trie_regex
from geostance._when import settle, title_before
from geostance.gazetteer import DE_FACTO_AUTHORITY, ActorRecord, ActorType, fold

if TYPE_CHECKING:
    from collections.abc import Iterator

    from geostance.gazetteer import Gazetteer

__all__ = ["recognize_actors"]

_NAME_AFTER = re.compile(
    r"\s+(?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]+\b(?![’']s)"
    r"|(?:agreements?|accords?|process|format|protocols?|declaration|framework|initiative|platform)\b)"
)
"""A capitalised word or an agreement's noun after a capital makes it part of a name ("Doha Agreement")."""

_NAME_CONTINUES = re.compile(
    r"[ \t]+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b)[A-Z][a-z]+\b"
)
"""A capitalised word right after a known person's name makes it another person's longer name."""

_DEFINITION = re.compile(
    r"(?<![\w'’-])(?P<name>(?:[A-Z][\w'’-]*|of|for|the|and|on|in|de|du|des|al|el)(?:\s+(?:[A-Z][\w'’-]*|of|for|the|and|on|in|de|du|des|al|el)){1,9})"
    r"\s+\((?P<acr>[A-Z][A-Za-z0-9&-]{1,9})\)"
)
_ORG_HEADS = re.compile(
    r"\b(?:Organi[sz]ation|Council|Union|Alliance|Association|League|Community|Forum|Agency|Commission|Bank|Fund|"
    r"Conference|Assembly|Parliament|Court|Tribunal|Mission|Office|Committee|Programme|Program|Secretariat|Group\s+of|"
    r"Institute|Federation|Cooperation|Partnership|Pact|Treaty|Initiative|Watch|International|Network\s+of)\b"
)
_GROUP_HEADS = re.compile(
    r"\b(?:Front|Army|Brigades?|Movement|Party|Liberation|Taliban|Jihad|Jamaat|Jamaat-\w+|Lashkar|Jaish|Tehri[kq]|Hizb|"
    r"Ansar|Militia|Forces|Battalion|Mujahideen|Emirate|Resistance|Islamic\s+State)\b"
)
_NOT_ACTOR_HEADS = re.compile(
    r"^(?:Ministry|Department|Directorate|The\s+Ministry|Dam|Project|Corridor|Act)\b|\b(?:Dam|Project|Act|Law)$|"
    r"\b(?:News|Press)\s+(?:Agency|Service)$|\bBroadcasting(?:\s+(?:Corporation|Service|Company))?$"
)
"""Names defined inline that are no actor: a ministry (its state's), a dam or a law, and a news agency or a
broadcaster, which only relays (ANNOTATION: "Korean Central News Agency (KCNA)" is no speaker)."""


_POSSESSIVE_S = re.compile(r"['’]s\s+(?:(?:top|chief|senior|new|deputy|former|foreign|defen[cs]e)\s+){0,2}")


_NEXT_WORD = re.compile(r"\s+([A-Za-z’'-]+)")
_VERB_REACH = 4
"""Auxiliaries, negations and adverbs read past after a capital before its verb ("Kigali has always denied")."""


_WORD_BEFORE = re.compile(r"([A-Z][\w'’-]*)\s+$")


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """Whether a shared body name ("Security Council") ends a longer capitalised name ("National Security Council")."""
    if text[start:end].casefold() not in vocabulary().generic_body_names:
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    entries = vocabulary().word_entries(before.group(1).casefold())
    return not any(e.kind == "det" for e in entries)  # "The Security Council said": a determiner, no longer name


def _water_name(text: str, start: int) -> bool:
    """WATER-NAME: whether a name at `start` ends a body of water's name ("the Gulf of Oman", "Lake Chad")."""
    return vocabulary().water_name_before.search(text, max(0, start - 12), start) is not None


def _verb_follows(text: str, end: int) -> bool:
    """Whether a finite verb of the vocabulary follows a capital after auxiliaries or adverbs: then it speaks."""
    vocab = vocabulary()
    position = end
    for _ in range(_VERB_REACH):
        found = _NEXT_WORD.match(text, position)
        if found is None:
            return False
        word = found.group(1).lower()
        entries = vocab.word_entries(word)
        skipped = {e.kind for e in entries} & {"aux", "adv", "neg"}
        if skipped or (word.endswith("ly") and len(word) > _MIN_ADVERB and word not in vocab.not_adverbs):
            position = found.end()
            continue
        # right after the capital, only the verbs of `capital_speech_after` ("Moscow reports" may be news from Moscow)
        return position > end and any(e.kind == "verb" and e.form in ("past", "s") for e in entries)
    return False


_MIN_ADVERB = 4


def _role_possessive(doc: Document, end: int) -> bool:
    """Tell whether a capital's possessive stands before a role noun ("Tehran's top diplomat")."""
    match = _POSSESSIVE_S.match(doc.text, end)
    return bool(match and doc.lexicon.role_nouns.match(doc.text, match.end()))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "actor"


def _initials_match(name: str, acronym: str) -> bool:
    words = [w for w in re.split(r"[\s-]+", name) if w and w[0].isupper()]
    initials = "".join(w[0] for w in words)
    letters = "".join(c for c in acronym if c.isalpha()).upper()
    return bool(letters) and (initials.upper().startswith(letters) or letters in initials.upper() or len(letters) <= 2)


_ACRONYM_OPEN = re.compile(r"\((?=[A-Z])")
_NAME_BREAK = re.compile(r"[^\w'’\s-](?=[\w'’\s-]*\Z)")
_ACRONYM_REACH = 12
"""From the "(" of a definition to past its ")": "(" + at most ten characters + ")"."""


def _definitions(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_DEFINITION.finditer(text)`, scanning only the stretches that end in "(X".

    A definition's name and the spaces before its "(" hold only word characters,
    apostrophes, hyphens and spaces, so it starts after the last other character
    before that "(" (found by a cheap scan from the previous "("), and it ends within
    `_ACRONYM_REACH` of it. `_DEFINITION` then runs over those stretches only (merged
    where they overlap), which no match can cross; text with no "(X" is not scanned.
    """
    windows: list[list[int]] = []
    previous = 0
    for paren in _ACRONYM_OPEN.finditer(text):
        at = paren.start()
        cut = _NAME_BREAK.search(text, previous, at)
        begin = cut.start() + 1 if cut else previous
        previous = at  # the next search starts at this "(", itself a break: each character is read once
        if windows and begin < windows[-1][1]:
            windows[-1][1] = at + _ACRONYM_REACH
        else:
            windows.append([begin, at + _ACRONYM_REACH])
    for begin, end in windows:
        yield from _DEFINITION.finditer(text, begin, end)


_STATE_ORGAN = re.compile(
    r"\b(?:Council|Office|Ministry|Agency|Administration|Bureau|Department|Service|Command|Guard|Police|"
    r"Directorate|Presidency|Cabinet|Army|Navy|Forces)$"
)
"""Heads of a state's own organs: "Chile's National Fisheries Council (NFC)" speaks for Chile."""
_COUNCIL_FOR = re.compile(r"\b(?:Council|Committee)\s+(?:for|of)\s")
"""A council or committee named for what it is for ("National Council for the Safeguard of the Homeland")."""
_POSSESSOR = re.compile(r"^(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s")


def _organ_of_state(doc: Document, name: str) -> str | None:
    """The state whose organ a defined name is ("Taiwan's Mainland Affairs Council"), or None.

    Ministries, agencies, councils and armed forces of a state speak for it (they are no
    actors of their own): the name opens with the state's possessive, its demonym or its name.
    """
    if not _STATE_ORGAN.search(name):
        # a ruling council named for its mission ("the National Council for Restoration and Unity"): the story's
        return _story_state(doc) if name.startswith("National ") and _COUNCIL_FOR.search(name) else None
    owner = _POSSESSOR.match(name)
    if owner is not None:
        record = doc.gazetteer.by_name(owner.group("owner"))
        if record is not None and record.type == "state":
            return record.id
    words = name.split()
    record = doc.gazetteer.by_adjective(words[0])
    if record is not None:
        return record.id
    for size in (1, 2):  # "Kenya Defense Forces", "South Sudan People's Defence Forces": a state's name opening it
        named = doc.gazetteer.by_name(" ".join(words[:size])) if len(words) > size else None
        if named is not None and named.type == "state":
            return named.id
    if words[0] == "National":  # HOME-ORGAN: "SEOUL - ... the National Intelligence Service (NIS) said": Korea's
        return dateline_state(doc) or _story_state(doc)
    return None


def _story_state(doc: Document) -> str | None:
    """STORY-STATE: the state the text names most, by name, if it leads the others.

    "The junta, which calls itself the National Council for X (NCX)": that state's organ when no dateline names
    one.
    """
    counts = Counter(hit.actor for hit in doc.hits if is_state(doc, hit.actor))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _STORY_MENTIONS or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


_STORY_MENTIONS = 2
"""How many times the story's state must be named before an organ of no named state is taken to be its."""


def _rebind_acronyms(doc: Document) -> None:
    """ACRONYM-REBOUND: "the Inuit Circumpolar Council (ICC)": in this text "ICC" is that council, not the court.

    A known name defined with an acronym the gazetteer gives to another actor: every mention of the acronym
    names the defined actor.
    """
    gazetteer, text = doc.gazetteer, doc.text
    rebound: dict[str, tuple[str, str]] = {}
    for match in _definitions(text):
        words = match.group("name").split()
        while words and (words[0][0].islower() or words[0] in {"The", "A", "An"}):
            words.pop(0)
        named, other = gazetteer.by_name(" ".join(words)), gazetteer.by_name(match.group("acr"))
        if named is not None and other is not None and named.id != other.id:
            rebound[match.group("acr")] = (other.id, named.id)
    if not rebound:
        return
    for hit in doc.hits:
        found = rebound.get(text[hit.start : hit.end])
        if found is not None and hit.actor == found[0]:
            hit.actor = found[1]


def _inline_definitions(doc: Document) -> None:
    """Define actors from "Full Name (ACR)" when neither string is in the gazetteer."""
    gazetteer = doc.gazetteer
    for match in _definitions(doc.text):
        acronym = match.group("acr")
        name = match.group("name")
        # drop leading lowercase words and a leading "The"
        words = name.split()
        while words and (words[0][0].islower() or words[0] in {"The", "A", "An"}):
            words.pop(0)
        name = " ".join(words)
        if len(words) < 2 or gazetteer.by_name(acronym) or gazetteer.by_name(name) or _NOT_ACTOR_HEADS.search(name):
            continue
        state = _organ_of_state(doc, name)
        if state is not None:
            doc.organ_names[acronym] = state  # "the MAC said": the state speaking through its organ
            continue
        actor_type: ActorType
        if _GROUP_HEADS.search(name):
            actor_type = "group"
        elif _ORG_HEADS.search(name):
            actor_type = "organization"
        else:
            continue
        if not _initials_match(name, acronym):
            continue
        actor_id = _slug(acronym)
        if actor_id in doc.local_actors or actor_id in gazetteer:
            continue
        doc.local_actors[actor_id] = ActorRecord(type=actor_type, id=actor_id, name=name, acronym=acronym)


_NOT_DESCRIPTIVE = frozenset(["det", "noun", "verb", "pron", "rel", "comp", "sub"])
"""Kinds of vocabulary words that cannot stand in a name's description before its noun."""


def _described_names(doc: Document, taken: list[tuple[int, int]]) -> None:
    """DEFINED-BY-DESCRIPTION: define an unknown name set off by what it is ("X, a rebel group that ...").

    A group unless the description makes it an organization ("a conservation group", "a charity");
    nothing when the name is known, overlaps a gazetteer match, or the description is of a person
    ("X, a commander of the militia"). DESCRIPTION-BEFORE-NAME reads the description before the name
    ("the armed faction X"), which is then at least two words or one word the vocabulary does not know.
    """
    vocab = vocabulary()
    if ", a" in doc.text or ", the" in doc.text:
        for match in vocab.described_name.finditer(doc.text):
            after = (match.group("next") or "").lower()
            opens_paragraph = match.start() == 0 or doc.text[match.start() - 1] == "\n"
            if after not in vocab.descriptor_people:
                _define_described(doc, taken, match, single=opens_paragraph)
    for match in vocab.name_after_description.finditer(doc.text):
        _define_described(doc, taken, match, single=True)


def _define_described(doc: Document, taken: list[tuple[int, int]], match: re.Match[str], *, single: bool) -> None:
    """Define the name a description match holds as a local group or organization, if nothing forbids it.

    `single`: whether one capitalised word may be the name (opening a paragraph; after its description).
    """
    vocab = vocabulary()
    words = match.group("name").rstrip(".").split()
    while words and words[0] in vocab.not_names:
        words.pop(0)  # "The", "On Monday"
    name = " ".join(words)
    mods = match.group("mods").split()
    if not words or (len(words) == 1 and not (single and _unknown_word(words[0]))):
        return  # one capitalised word names an actor only opening a paragraph ("Fano, a network ...")
    lowered = [w.lower() for w in mods]
    if any(w in vocab.descriptor_people or w in vocab.descriptor_business for w in lowered) or "of" in mods:
        return  # a person ("a former commander"), a company ("the fuel group") or a crew ("a hacker group")
    if any(
        w in vocab.state_owner_words for w in lowered
    ):  # STATE-RUN: "the Ombudsman's Office, the state's rights watchdog"
        state = dateline_state(doc) or _story_state(doc)  # not "Kenya's largest monitoring group": a body in Kenya
        if state is not None and not doc.gazetteer.by_name(name):
            doc.organ_names[name] = state
        return
    if any(e.kind in _NOT_DESCRIPTIVE for w in mods for e in vocab.lookup([w.lower()], 0)[1]):
        return  # "near Oruro, a charge the militia denies": no description of the name
    start = match.start("name") + match.group("name").find(name)
    gazetteer = doc.gazetteer
    if gazetteer.by_name(name) or any(a < start + len(name) and start < b for a, b in taken):
        return
    noun = match.group("noun")
    organization = noun in vocab.descriptor_organizations or any(
        " ".join(mods[k:]).lower() in vocab.descriptor_organizations for k in range(len(mods))
    )
    organization = organization and not any(w in vocab.descriptor_armed for w in lowered)  # "terrorist organisation"
    actor_id = _slug(name)
    if actor_id in doc.local_actors or actor_id in gazetteer:
        return
    acronym = match.group("acr")
    doc.local_actors[actor_id] = ActorRecord(
        type="organization" if organization else "group", id=actor_id, name=name, acronym=acronym
    )


def _unknown_word(word: str) -> bool:
    """Whether one capitalised word may be a name: no vocabulary word ("Government", "Monday") and not short."""
    return len(word) > 2 and not vocabulary().lookup([word.lower()], 0)[1] and word not in vocabulary().not_names


def _find_local(doc: Document, taken: list[tuple[int, int]]) -> list[ActorHit]:
    """Mentions of the inline-defined actors: one pass of one alternation over the text.

    A mention overlapping a gazetteer match is skipped; overlaps are found by
    bisection over the sorted gazetteer matches, so the cost stays linear.
    """
    names: dict[str, str] = dict(doc.organ_names)
    for record in doc.local_actors.values():
        for needle in record.names:
            names.setdefault(needle, record.id)
    pattern = re.compile(rf"(?<![\w-])(?:{trie_regex(names)})(?![\w])")  # a trie: linear in the text
    by_key = {fold(name): actor for name, actor in names.items()}
    taken.sort()
    starts = [a for a, _ in taken]
    hits: list[ActorHit] = []
    for match in pattern.finditer(doc.text):
        i = bisect.bisect_left(starts, match.end()) - 1
        if i >= 0 and taken[i][1] > match.start():
            continue
        actor = by_key.get(fold(match.group()))  # the trie folds spaces, dashes and apostrophes
        if actor is not None:
            hits.append(ActorHit(match.start(), match.end(), actor, "inline"))
    return hits


_COMPASS = re.compile(r"(?<![\w-])(?:[Tt]he)[ \t]+(North|South)(?![ \t]+[A-Z])(?=['’]s\b|[ \t,.;:)]|$)")
"""A capitalised compass word alone after "the" ("the North's defence ministry", "the South said"): a short form."""


def _compass_forms(doc: Document) -> list[ActorHit]:
    """COMPASS-SHORT-FORM: "the North" is the one state the text names that starts with "North" (North Korea).

    Only when exactly one named state's name opens with the word; "the North Atlantic", "the Global South" and a
    lower-case "the north" (a region) are no such form.
    """
    text = doc.text
    if "the North" not in text and "the South" not in text and "The North" not in text and "The South" not in text:
        return []
    states: dict[str, set[str]] = {"North": set(), "South": set()}
    for hit in doc.hits:
        record = doc.record(hit.actor)
        if record is not None and record.type == "state":
            word = record.name.split(" ", 1)[0]
            if word in states:
                states[word].add(hit.actor)
    hits: list[ActorHit] = []
    for match in _COMPASS.finditer(text):
        named = states[match.group(1)]
        if len(named) == 1 and not doc.in_quote(match.start()):
            hits.append(ActorHit(match.start(1), match.end(1), next(iter(named)), "inline"))
    return hits


def _resolve_ambiguous(doc: Document, ambiguous: list[tuple[ActorHit, tuple[str, ...]]]) -> None:
    """An ambiguous name ("IEA") or demonym ("Congolese") names the candidate the text also names, else the first.

    A candidate counts as named by its name or its capital ("Santo Domingo" makes "Dominican" the Republic's).
    """
    unambiguous: dict[str, int] = {}
    ambiguous_hits = {id(hit) for hit, _ in ambiguous}
    for hit in (*doc.hits, *doc.capitals):
        if id(hit) not in ambiguous_hits:
            unambiguous[hit.actor] = unambiguous.get(hit.actor, 0) + 1
    for hit, candidates in ambiguous:
        best = max(candidates, key=lambda c: (unambiguous.get(c, 0), -candidates.index(c)))
        hit.actor = best


GOVERNING_ORGAN = "governing organ"
"""The kind of a body that speaks as its parent organization (ANNOTATION: bodies are folded into it)."""


def _outlet_before(text: str, start: int) -> bool:
    """Whether a broadcaster's word stands right before a capital ("Radio Tehran", "Television Kabul")."""
    words = text[max(0, start - 12) : start].split()
    return bool(words) and words[-1].casefold() in vocabulary().outlet_words and text[start - 1] == " "


_TOKEN_BEFORE = re.compile(r"(\S+)\s+$")
"""The token right before a position, whatever its case (a possessive: "its", "the agency's")."""
_NOUN_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*\b")


def _posted_office(text: str, start: int, end: int) -> bool:
    """OFFICE-CITY: whether a capital stands between a possessive and a common noun ("its Beirut office").

    The city says where the owner's office, staff or spokesperson sits; the owner is whoever "its" or "X's"
    names, not the capital's state. A possessive pronoun is grammar.json's, or a word ends in "'s".
    """
    before = _TOKEN_BEFORE.search(text, max(0, start - _POSSESSOR_REACH), start)
    if before is None or not _NOUN_AFTER.match(text, end):
        return False
    word = before.group(1).lower()
    if word.endswith(("'s", "’s")):
        return True
    return any(e.kind == "det" and e.category == "possessive" for e in vocabulary().word_entries(word))


_POSSESSOR_REACH = 24
"""How many characters before a capital its possessive may start ("the agency's ")."""


def _speaking_as(doc: Document, actor: str) -> str:
    """The actor a name stands for: a governing organ ("the European Commission") speaks as its parent."""
    record = doc.record(actor)
    if record is not None and record.kind == GOVERNING_ORGAN and record.parent:
        return record.parent
    return actor


def recognize_actors(doc: Document) -> None:
    """Fill `doc.hits`, `doc.persons` and `doc.adjectives` (see the module docstring)."""
    text = doc.text
    dateline_end = doc.dateline[1] if doc.dateline else -1
    taken: list[tuple[int, int]] = []
    ambiguous: list[tuple[ActorHit, tuple[str, ...]]] = []
    capitals: list[tuple[ActorHit, bool]] = []
    for match in doc.gazetteer._found(text):  # noqa: SLF001 - find() without a checked record per match
        if match.start < dateline_end:
            continue
        if match.kind == "name":
            if _inside_longer_name(text, match.start, match.end) or _water_name(text, match.start):
                continue  # "the Philippine National Security Council" is no UN Security Council; "Gulf of Oman"
            doc.hits.append(ActorHit(match.start, match.end, _speaking_as(doc, match.target)))
            if match.alternatives:
                ambiguous.append((doc.hits[-1], (match.target, *match.alternatives)))
        elif match.kind == "capital":
            if _NAME_AFTER.match(text, match.end) or _outlet_before(text, match.start):
                continue  # "the Luanda Process", "Radio Tehran": a capital inside a name names no state
            if _posted_office(text, match.start, match.end):
                continue  # OFFICE-CITY: "its Beirut office", "the agency's Geneva spokesperson": where it sits
            metonym = (
                bool(vocabulary().capital_speech_after.match(text, match.end))
                or _role_possessive(doc, match.end)
                or _verb_follows(text, match.end)
            )
            capitals.append((ActorHit(match.start, match.end, match.target, "capital"), metonym))
        elif match.kind == "institution":
            doc.hits.append(ActorHit(match.start, match.end, match.target, "institution"))
        elif match.kind == "adjective":
            doc.adjectives.append(ActorHit(match.start, match.end, match.target, "adjective"))
            if match.alternatives:  # "Dominican": the Dominican Republic or Dominica, as the text names them
                ambiguous.append((doc.adjectives[-1], (match.target, *match.alternatives)))
        elif not _NAME_CONTINUES.match(text, match.end):  # "Omar Bashir Hamdan" is not "Omar Bashir"
            doc.persons.append(PersonHit(match.start, match.end, None, match.target, match.alternatives))
        taken.append((match.start, match.end))
    doc.gazetteer = settle(doc, doc.persons)  # the date is known or inferred: read the rest as of it
    _govern_names(doc)
    _place_capitals(doc, capitals)
    _person_actors(doc)
    if ambiguous:
        _resolve_ambiguous(doc, ambiguous)
    _rebind_acronyms(doc)
    _inline_definitions(doc)
    _described_names(doc, taken)
    if doc.local_actors or doc.organ_names:
        doc.hits.extend(_find_local(doc, taken))
    doc.hits.extend(_compass_forms(doc))
    doc.index_hits()
    doc.index()


_GOVERNING = re.compile(r"\b(?:government|regime|authorities|administration|rulers)\b", re.IGNORECASE)


def _govern_names(doc: Document) -> None:
    """Names of a de facto authority that describe its state's government name whoever governs it then.

    "The regime in Kabul" and "the Afghan de facto authorities" are the Taliban after
    August 2021 and Afghanistan before; "the Taliban government" is the Taliban always.
    """
    gazetteer = doc.gazetteer
    authorities = gazetteer.authorities
    for hit in doc.hits:
        record = gazetteer.get(hit.actor)
        if record is None or record.kind != DE_FACTO_AUTHORITY or record.based_in is None:
            continue
        state = gazetteer.get(record.based_in)
        written = doc.text[hit.start : hit.end]
        if state is not None and _GOVERNING.search(written) and _names_state(written, state):
            hit.actor = authorities.get(state.id, state.id)


def _names_state(written: str, state: ActorRecord) -> bool:
    words = f" {fold(written)} "
    return any(f" {fold(name)} " in words for name in (*state.names, *state.adjectives, *state.capitals))


def _place_capitals(doc: Document, capitals: list[tuple[ActorHit, bool]]) -> None:
    """A capital names whoever governs its state on the article's date: as a metonym an actor, else a place.

    A city that is an organization's seat ("Brussels") stands for that organization
    (the one the article names, else the first), unless the article names the state and no such
    organization.
    """
    authorities = doc.gazetteer.authorities
    named = {hit.actor for hit in doc.hits}
    for hit, metonym in capitals:
        hit.actor = authorities.get(hit.actor, hit.actor)
        seated = doc.gazetteer.seated_in(doc.text[hit.start : hit.end])
        if seated and (set(seated) & named or hit.actor not in named):
            hit.actor = next((s for s in seated if s in named), seated[0])
        (doc.hits if metonym else doc.capitals).append(hit)


def _person_actors(doc: Document) -> None:
    """Whom each gazetteer person speaks for on the article's date; their surnames then mean the same."""
    for hit in doc.persons:
        if hit.person is None:
            continue
        hit.person, hit.actor = _speaker_of(doc, hit)
        if hit.actor is not None:
            doc.surnames.setdefault(doc.text[hit.start : hit.end].split()[-1], hit.actor)


def _speaker_of(doc: Document, hit: PersonHit) -> tuple[str | None, str | None]:
    """(person, actor) for a gazetteer name, as of the article's date.

    The holder of the office a title before the name names, whatever the date; else
    the first person of that name in office then; else nobody (out of office).
    """
    gazetteer = doc.gazetteer
    candidates = tuple(c for c in (hit.person, *hit.others) if c is not None)
    title = title_before(doc.text, hit.start)
    if title is not None and not title[1]:
        lo, hi = doc.window or (dt.date.min, dt.date.max)
        for person in candidates:
            titled = [t for t in gazetteer.tenures(person) if _titled(gazetteer, t.office, title[0])]
            if titled:  # "Foreign Minister Muttaqi": the office's actor, in office or not
                best = max(titled, key=lambda t: (t.meets(lo, hi), t.first_day if t.first_day <= hi else dt.date.min))
                return person, best.actor
    for person in candidates:
        actor = gazetteer.speaks_for(person)
        if actor is not None:
            return person, actor
    return hit.person, None


def _titled(gazetteer: Gazetteer, office_id: str, title: str) -> bool:
    office = gazetteer.office(office_id)
    return office is not None and any(title in t for t in office.titles())
