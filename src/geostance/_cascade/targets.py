"""Cascade level 4, targets: whom a reading's act is about, and whose claim a rebuttal answers.

The one urged, accused, warned or supported is a target; so are the actors what the
speaker says is about (in its words and quotations), never places ("in Afghanistan",
"a missile that flew over Japan"), compound modifiers ("US-led"), nor the speaker itself.
People "from" an actor act for it ("delegates from the African Union").
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from geostance._cascade.anaphora import description_types, unit_actor
from geostance._cascade.memory import document_key
from geostance._cascade.places import convened, facilitating, harmed, list_start, located
from geostance._cascade.roles import press_report
from geostance._cascade.sentence import addressee
from geostance._cascade.speakers import resolve
from geostance._cascade.vocab import vocabulary
from geostance._document import ActorHit, Document
from geostance.model import Act

if TYPE_CHECKING:
    from geostance._cascade.memory import Discourse
    from geostance._cascade.phrases import Phrase
    from geostance._cascade.reading import Reading
    from geostance._cascade.sentence import Sentence
    from geostance._segment import QuoteSpan

__all__ = ["agent_named", "answered_actors", "content_targets", "phrase_actors", "quote_words", "reading_targets"]


def quote_words(sentence: Sentence, quote: QuoteSpan) -> int:
    """How many words a quotation holds."""
    return len(sentence.text[quote.start : quote.end].split())


def phrase_actors(sentence: Sentence, phrase: Phrase, memory: Discourse) -> list[tuple[str, tuple[int, int], str]]:
    """The actors a phrase stands for, each with the span and tag of the unit naming it."""
    found = resolve(sentence, phrase, memory)
    if found is None:
        head = sentence.units[phrase.head]
        demonym = head.ref.actor if head.tag == "J" and isinstance(head.ref, ActorHit) else None
        return [(demonym, (head.start, head.end), "J")] if demonym and phrase.end == phrase.head + 1 else []
    out = [(found.actor, found.span, "")]
    out += [(actor, span, "") for actor, span in found.joint]
    for unit in sentence.units[phrase.first : phrase.last]:  # capitals named as objects are mentions too
        if unit.tag == "Z" and isinstance(unit.ref, ActorHit):
            out = [
                (a, (unit.start, unit.end) if a == unit.ref.actor else s, "Z" if a == unit.ref.actor else t)
                for a, s, t in out
            ]
    return out


def _other_described(
    sentence: Sentence, phrase: Phrase, memory: Discourse, speaker: str
) -> list[tuple[str, tuple[int, int], str]]:
    """The last actor of a description's type other than the speaker ("the country" the speaker accuses)."""
    types = description_types(sentence.units[phrase.head])
    actor = memory.last_of_type(sentence.units[phrase.first].start, types, exclude=speaker) if types else None
    return [(actor, sentence.span(phrase.first, phrase.end), "")] if actor else []


def _addressed(sentence: Sentence, phrase: Phrase, memory: Discourse) -> list[str]:
    """ADDRESSEE-PARTICIPLE: the actors a pronoun object means when its verb follows whom words were addressed to.

    "sent a letter to the Commission asking it to act": "it" is the Commission.
    """
    verb = phrase.first - 1
    if verb < 1 or not sentence.tags[verb].islower():
        return []
    before = sentence.phrase_ending(verb)
    if before is None or not addressee(sentence, before):
        return []
    return [actor for actor, _, _ in phrase_actors(sentence, before, memory)]


def _pronoun_object(sentence: Sentence, phrase: Phrase, memory: Discourse, speaker: str, main: str | None) -> list[str]:
    """Whom an object pronoun means.

    Whom an object pronoun means: the sentence's main subject when another speaks ("X rejected a statement
    that accused it"); for "them", the last joint subject ("Russia and Belarus ... warned them"), else the two
    sides of the latest dispute; else the last speaker other than this one.
    """
    addressed = _addressed(sentence, phrase, memory)
    if addressed:
        return [a for a in addressed if a != speaker]  # "wrote to the Commission asking it to act": the Commission
    people = _people_just_acted_on(sentence, phrase, speaker)
    if people is not None:
        return [people]  # "expelled two Russian diplomats, accusing them of ...": Russia's
    head = sentence.units[phrase.head]
    plural = bool(head.entries) and head.entries[0].category == "plural"
    group = [a for a in memory.last_group if a != speaker]
    if plural and len(group) > 1 and main in (None, speaker):
        return group  # "Russia and Belarus began drills. Poland warned them": both
    if plural and main in (None, speaker):
        sides = memory.last_dispute({speaker})
        if len(sides) == 2:
            return sides  # "Kenya and Somalia traded blame. The AU urged them to talk": the two sides
    for candidate in (main, memory.last_speaker):
        if candidate is not None and candidate != speaker:
            return [candidate]
    return []


def _people_just_acted_on(sentence: Sentence, phrase: Phrase, speaker: str) -> str | None:
    """PEOPLE-PRONOUN: the actor of the people a main clause acted on, for a pronoun after its comma.

    "X expelled two Russian diplomats, accusing them of spying": "them" are the diplomats, whose actor is named
    by their demonym or possessor; "him" or "her" for one person. Only the object just before the comma that
    opens the pronoun's clause, and not the speaker's own people.
    """
    units, tags = sentence.units, sentence.tags
    pronoun = units[phrase.head].entry("pron")
    if pronoun is None or pronoun.category not in ("plural", "person"):
        return None
    comma = tags.rfind(",", 0, phrase.first)
    before = next(
        (p for p in reversed(sentence.phrases) if p.first > 0 and p.end <= comma and tags[p.head] == "R"), None
    )
    if before is None or any(t not in "IL_9D" for t in tags[before.end : comma]):
        return None  # only a time or place phrase may stand between ("expelled two X diplomats on Tuesday,")
    role = units[before.head].entry("role")
    plural = pronoun.category == "plural"
    if role is None or role.category != "person" or (role.form == "plural") != plural:
        return None
    actor = next((a for u in units[before.first : before.head] if (a := getattr(u.ref, "actor", None))), None)
    return actor if isinstance(actor, str) and actor != speaker else None


def subject_s_own(sentence: Sentence, phrase: Phrase, reading: Reading) -> bool:
    """POSSESSIVE-OF-SUBJECT: whether an object's "its"/"their" is the speaker's: nobody else named before it.

    "China urged its citizens to leave", "Togo ordered their troops back": the people are the speaker's own,
    not those of an actor of an earlier sentence. "urged Togo to pull back its troops" names Togo first, and "our
    Armenian partners" names whose they are.
    """
    units = sentence.units
    group = reading.group
    if group is None or phrase.first < group.end or sentence.tags[phrase.head] != "R" or phrase.members:
        return False
    if units[phrase.first].low not in vocabulary().collective_possessives:
        return False
    return not any(unit_actor(unit) is not None or unit.tag in "PY" for unit in units[group.end : phrase.end])


def reading_targets(
    sentence: Sentence, reading: Reading, memory: Discourse, speaker: str, main: str | None, *, with_content: bool
) -> list[str]:
    doc = sentence.doc
    out: list[str] = []
    for phrase in [*reading.objects, *reading.about]:
        if subject_s_own(sentence, phrase, reading):
            continue  # POSSESSIVE-OF-SUBJECT: "urged its citizens to leave": the speaker's own people
        if sentence.tags[phrase.head] == "H" and not phrase.members:
            out.extend(a for a in _pronoun_object(sentence, phrase, memory, speaker, main) if a not in out)
            continue
        found = phrase_actors(sentence, phrase, memory)
        if [a for a, _, _ in found] == [speaker] and sentence.tags[phrase.head] == "Y":
            found = _other_described(sentence, phrase, memory, speaker)  # "X accused the country": not X itself
        for actor, span, tag in found:
            if actor == speaker or actor in out or convened(sentence.text, span[0], span[1]):
                continue  # VENUE-MEETING: "urged Hanoi at an ASEAN summit": where it was said
            if tag == "Z":  # "urged Pyongyang": the capital names its state here
                doc.hits.append(ActorHit(span[0], span[1], actor, "capital"))
            out.append(actor)
    if not out:
        for phrase in reading.objects:  # a report noun as object ("Egypt welcomed the call"): whoever made it
            author = _report_author(sentence, phrase, speaker, memory)
            if author is not None:
                out.append(author)
    for phrase in reading.about:  # "concerns about the pact": its parties
        for actor in _agreement_parties(sentence, phrase, speaker):
            if actor not in out:
                out.append(actor)
    if reading.perpetrator is not None and reading.perpetrator != speaker and reading.perpetrator not in out:
        out.append(reading.perpetrator)  # "condemned the attack": whoever carried it out
    if with_content:
        spans = [*reading.content, *((q.start, q.end) for q in reading.quotes if quote_words(sentence, q) >= 4)]
        accusing = Act.ACCUSE in reading.acts  # "accused X of acting in tandem with Y": Y is accused too
        for actor in content_targets(sentence, spans, speaker, partners=accusing):
            if actor not in out:
                out.append(actor)
        for actor in _sides_in(sentence, spans, memory):
            if actor != speaker and actor not in out:
                out.append(actor)
    return out


_SUPPORTED_REACH = 8
"""How many events back SUPPORTED-REPORT looks for the act a definite report noun names."""


def _report_author(sentence: Sentence, phrase: Phrase, speaker: str, memory: Discourse) -> str | None:
    """SUPPORTED-REPORT: who made the call, proposal or statement "the call" names, just before.

    "The AU called for a ceasefire. Egypt welcomed the call": the AU, the latest other actor whose act is the
    one the noun names (a call or proposal is a demand). A statement or report is the document remembered
    under its noun ("issued a statement"), not any assertion. Only a definite noun with no author of its own.
    """
    units = sentence.units
    noun = units[phrase.head].entry("noun")
    if sentence.tags[phrase.head] != "O" or noun is None or phrase.possessors or phrase.complement is not None:
        return None
    if units[phrase.first].low not in ("the", "this", "that", "these", "those") or noun.category not in _ACT_NOUNS:
        return None
    if noun.category == Act.ASSERT.value:
        document = memory.documents.get(document_key(noun.lemma))
        return document.actor if document is not None and document.actor != speaker else None
    wanted = Act(noun.category)
    events = sentence.doc.events[-_SUPPORTED_REACH:]
    return next((e.speaker for e in reversed(events) if e.speaker != speaker and wanted in e.acts), None)


_ACT_NOUNS = frozenset(act.value for act in Act)


_AGREEMENT_SENTENCES = 8
"""How many sentences back the agreement a definite "the pact" refers to may have been introduced."""


@functools.cache
def _whole_word(word: str) -> re.Pattern[str]:
    """A pattern for `word` as a whole word, compiled once per word (agreement nouns are few)."""
    return re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)


def _agreement_parties(sentence: Sentence, phrase: Phrase, speaker: str) -> list[str]:
    """AGREEMENT-PARTIES: "concerns about the security pact": the parties named where the pact was introduced.

    A definite agreement noun (grammar.json `agreement_nouns`) refers back to the nearest earlier sentence
    that names it together with actors ("Samoa signed a fisheries deal with China").
    """
    units = sentence.units
    head = units[phrase.head]
    if head.low not in vocabulary().agreement_nouns or units[phrase.first].low not in ("the", "this", "that"):
        return []
    doc = sentence.doc
    word = _whole_word(head.low)
    for index in range(sentence.index - 1, max(-1, sentence.index - 1 - _AGREEMENT_SENTENCES), -1):
        earlier = doc.sentences[index]
        if not word.search(doc.text, earlier.start, earlier.end):
            continue
        named = [h.actor for h in doc.hits_in(earlier.start, earlier.end) if h.actor != speaker]
        if named:
            return list(dict.fromkeys(a for a in named if doc.record(a) is not None))
    return []


def _sides_in(sentence: Sentence, spans: list[tuple[int, int]], memory: Discourse) -> list[str]:
    """SIDES-IN-WORDS: the dispute's sides a speaker's words count ("hoped the two sides would talk")."""
    out: list[str] = []
    units = sentence.units
    for phrase in sentence.phrases:
        head = units[phrase.head].entry("description")
        if head is None or head.category != "side" or not any(a <= units[phrase.head].start < b for a, b in spans):
            continue
        if not any(units[k].low in ("both", "two") for k in range(phrase.first, phrase.head)):
            continue
        out.extend(actor for actor, _, _ in phrase_actors(sentence, phrase, memory))
    return out


_WITH_BEFORE = re.compile(r"(\S+)\s+(?:(?:\w+ly|together)\s+){0,2}with\s+(?:the\s+)?$", re.IGNORECASE)
"""A verb, up to two adverbs, then "with": the mention after it may be a partner ("work closely with X")."""


_ADVERB_WITH = re.compile(r"\b(\w+)\s+with\s+(?:the\s+)?$", re.IGNORECASE)
"""A word right before "with": a partner adverb there ("jointly with X") makes the mention a partner."""


_IN_PARTNERSHIP = re.compile(r"\bin\s+(?:\w+\s+)?([\w-]+)\s+with\s+(?:the\s+)?$", re.IGNORECASE)
"""'in', an optional adjective, a noun, then "with": "in close coordination with X", "in tandem with X"."""


_NEXT_WORD = re.compile(r"\s+(\w+)")
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][\w.-]*\)|\)")
"""An acronym in brackets right after a name ("... Community (SADC)"), or the bracket closing one."""


_COMPOUND_PART = re.compile(r"-(\w+)\s+")


def _behind(doc: Document, end: int) -> bool:
    """Whether a name ends a compound that makes it the actor behind a nameless thing ("Iran-backed militias").

    Not when the thing is an actor the text names ("the Kremlin-controlled Africa Corps"): that actor is meant.
    """
    part = _COMPOUND_PART.match(doc.text, end)
    if part is None or part.group(1).lower() not in vocabulary().backing_compounds:
        return False
    after = part.end()
    return not any(hit.start == after for hit in doc.hits_in(after, after + _NAME_REACH))


_NAME_REACH = 80
"""Characters within which an actor's name that starts right after a compound must end."""


def _place_named(text: str, end: int) -> bool:
    """Whether a name modifies a place, a topic or an instrument noun after it.

    "the Taiwan region", "the Lebanon border" are places; "the Ukraine crisis", "the Syria conflict" are where
    a state of affairs is (TOPIC-MODIFIER); "a breach of Security Council resolutions", "the UN Charter" are
    rules the actor laid down (INSTRUMENT-MODIFIER): none is a target.
    """
    acronym = _ACRONYM_AFTER.match(text, end)  # "the East African Community (EAC) protocol"
    after = _NEXT_WORD.match(text, acronym.end() if acronym else end)
    if after is None:
        return False
    vocab, word = vocabulary(), after.group(1).lower()
    return word in vocab.place_nouns or word in vocab.topic_nouns or word in vocab.instrument_nouns


def _measure_on(text: str, start: int) -> bool:
    """MEASURE-ON: whether a demonym follows a measure's "on" ("duties on Ecuadorean goods"): its state is hit."""
    return vocabulary().measure_before.search(text, max(0, start - _MEASURE_REACH), start) is not None


_MEASURE_REACH = 30
"""How many characters before a demonym its measure noun and "on" may stand ("countermeasures on all the")."""


def _facilitating_after(text: str, start: int, end: int) -> bool:
    """FACILITATOR-NOT-TARGET, after the name: "under African Union auspices", "with Oman acting as a go-between".

    A facilitator's noun counts after a preposition of means only ("through Qatar's mediation"): "support
    IGAD's mediation" supports IGAD.
    """
    found = vocabulary().facilitator_after.match(text, end)
    if found is None:
        return False
    means = vocabulary().means_before
    return found.group("noun") is None or means.search(text, max(0, start - _MEANS_REACH), start) is not None


_MEANS_REACH = 20
"""How many characters before a facilitator's name its preposition of means may stand ("under the")."""


def _partnered(text: str, start: int) -> bool:
    """PARTNER-NOT-TARGET: whether the list starting at `start` partners a cooperation verb ("work closely with X")."""
    vocab = vocabulary()
    found = _WITH_BEFORE.search(text, max(0, start - 60), start)
    if found is not None and found.group(1).lower() in vocab.partner_forms:
        return True
    adverb = _ADVERB_WITH.search(text, max(0, start - 30), start)  # "examining the data jointly with X"
    if adverb is not None and adverb.group(1).lower() in vocab.partner_adverbs:
        return True
    joint = _IN_PARTNERSHIP.search(text, max(0, start - 60), start)  # "in close coordination with X"
    return joint is not None and joint.group(1).lower() in vocab.partner_nouns


def _named_in_passing(doc: Document, hit: ActorHit, end: int) -> bool:
    """Whether an organization is named in passing, not as what the words are about (no target).

    MEMBER-DESCRIPTION: it names what a state is ("an EU and NATO member", "two NATO allies", "a member of both
    the EU and NATO");
    REFERRAL-VENUE: a matter is taken to it ("take the question up with the AU") or its ruling is cited.
    """
    record = doc.record(hit.actor)
    if record is None or record.type != "organization":
        return False
    vocab = vocabulary()
    text = doc.text
    if vocab.member_after.match(text, hit.end, end):
        return True
    listed = list_start(text, hit.start)  # "a member of both the EU and NATO": both organizations
    if vocab.member_of_before.search(text, max(0, listed - _BEFORE_REACH), listed):
        return True
    before = text[max(0, hit.start - _BEFORE_REACH) : hit.start]
    if vocab.referral_before.search(before) or vocab.ruling_before.search(before):
        return True  # "take it up with the AU"; "an opinion of the ICJ": a forum, an authority
    last = before.split()[-1:]
    return (
        bool(last) and last[0].lower() in vocab.counted_members and bool(vocab.plural_members.match(text, hit.end, end))
    )


_BEFORE_REACH = 60
"""How many characters before an organization its description or referral verb is read."""


def content_targets(
    sentence: Sentence, spans: list[tuple[int, int]], speaker: str, *, partners: bool = False
) -> list[str]:
    """Actors what a speaker says is about: named in its words and quotations, not as places nor as modifiers.

    A demonym counts when it qualifies people or forces acting for its state ("Indian agents");
    a capital counts as its state ("Moscow refuses ..."). A partner named with "in coordination with" is
    no target, unless `partners` (an accusation: "accused X of acting in tandem with Y" accuses Y too).
    """
    doc = sentence.doc
    text = sentence.text
    found: list[tuple[int, str, bool]] = []  # (start, actor, named: a name or capital, not a demonym)
    for a, b in spans:
        found.extend(
            (hit.start, hit.actor, True)
            for hit in doc.hits_in(a, b)
            if (not text.startswith("-", hit.end) or _behind(doc, hit.end))
            and not _place_named(text, hit.end)
            and not _named_in_passing(doc, hit, b)
            and not _facilitating_after(text, hit.start, hit.end)
            and not convened(text, hit.start, hit.end)
        )
        found.extend(
            (capital.start, capital.actor, True)
            for capital in doc.capitals_in(a, b)
            if not _names_an_agreement(text, capital.end)  # "the Luanda agreement": where it was signed
            and not _facilitating_after(text, capital.start, capital.end)
        )
        found.extend(
            (adj.start, adj.actor, False)
            for adj in doc.adjectives_in(a, b)
            if _role_after().match(text, adj.end)
            or (doc.names(adj.actor) and (_act_after().match(text, adj.end) or _people_after().match(text, adj.end)))
            or _measure_on(text, adj.start)
        )
    out: list[str] = []
    for start, actor, named in sorted(found):
        if actor == speaker or actor in out:
            continue
        listed = list_start(text, start)  # a list's members share the preposition or verb before it
        if located(text, listed) or facilitating(text, listed) or (not partners and _partnered(text, listed)):
            continue  # FACILITATOR-NOT-TARGET: "talks hosted by Qatar": where it is talked over
        if named and harmed(text, listed):
            continue  # "attacks on Philippine vessels": the vessels suffer; their state may be the one defended
        if doc.record(actor) is None:
            continue
        out.append(actor)
    return out


def answered_actors(
    sentence: Sentence, reading: Reading, memory: Discourse, speaker: str, main: str | None
) -> list[str]:
    """The actors whose claim a rebuttal reading answers (the possessor or author of what it rejects)."""
    out: list[str] = []
    for phrase in reading.answered:
        if sentence.tags[phrase.head] == "H" and not phrase.members:  # "called them stupid"
            out.extend(a for a in _pronoun_object(sentence, phrase, memory, speaker, main) if a not in out)
            continue
        demonym = getattr(sentence.units[phrase.head].ref, "actor", None)
        if phrase.end - phrase.first == 1 and sentence.tags[phrase.head] == "J" and isinstance(demonym, str):
            if demonym != speaker and demonym not in out:  # "the British report": its author is the state
                out.append(demonym)
            continue
        if press_report(sentence, phrase):
            continue  # "an Australian media report": the press's words, no state's
        for actor, _, _ in phrase_actors(sentence, phrase, memory):
            if actor != speaker and actor not in out:
                out.append(actor)
    return out


def _names_an_agreement(text: str, end: int) -> bool:
    """PLACE-NAMED-AGREEMENT: whether a capital names an agreement signed there ("the Luanda (peace) agreement")."""
    words = text[end : end + _AGREEMENT_REACH].lower().split()[:2]
    nouns = vocabulary().agreement_nouns
    return bool(words) and (words[0].strip(",.;") in nouns or (len(words) > 1 and words[1].strip(",.;") in nouns))


_AGREEMENT_REACH = 40
"""How many characters after a capital the agreement noun it names is looked for ("Luanda peace agreement")."""


def subject_named(doc: Document, spans: list[tuple[int, int]], actor: str) -> bool:
    """Whether what was said opens with `actor` named as the subject of a past deed ("(said) Kyrgyzstan had ...").

    The actor's name or capital opens the words (after "that"), and a past form follows it: an auxiliary of
    the past ("had", "has", "was") or a past tense ("diverted"). A future ("Kyrgyzstan would ...") is no deed.
    """
    text = doc.text
    for a, b in spans:
        opening = _OPENING.match(text, a, b)
        at = opening.end() if opening else a
        hit = next(iter(doc.hits_in(at, b)), None)
        if hit is None or hit.start != at or hit.actor != actor:
            continue
        word = text[hit.end : hit.end + _WORD_REACH].split()[:1]
        if word and (word[0] in vocabulary().past_auxiliaries or word[0].endswith("ed")):
            return True
    return False


_OPENING = re.compile(r"\s*(?:that\s+)?", re.IGNORECASE)
"""What may stand before a clause's subject at the start of reported words."""
_WORD_REACH = 24
"""How many characters after a subject its verb's first word is looked for."""


def agent_named(doc: Document, spans: list[tuple[int, int]], actor: str) -> bool:
    """Whether the words name `actor` by a demonym before its agents or its hostile conduct ("Russian missiles")."""
    text = doc.text
    return any(
        adj.actor == actor and (_role_after().match(text, adj.end) or _act_after().match(text, adj.end))
        for a, b in spans
        for adj in doc.adjectives_in(a, b)
    )


@functools.cache
def _role_after() -> re.Pattern[str]:
    """After a demonym, a word for those acting for its state ("Chinese warships", "Indian agents", "Chinese firms").

    One word may come between ("Russian special forces"); the nouns are frames.json `demonym_agents`.
    """
    nouns = sorted(vocabulary().demonym_agents, key=len, reverse=True)
    return re.compile(r"\s+(?:(?:\w+)\s+)?(?:" + "|".join(map(re.escape, nouns)) + r")\b", re.IGNORECASE)


@functools.cache
def _people_after() -> re.Pattern[str]:
    """DEMONYM-PEOPLE: right after a demonym, its state's people ("the Somali people and government").

    The nouns are frames.json `demonym_peoples`; the state counts only where the text also names it.
    """
    nouns = sorted(vocabulary().demonym_peoples, key=len, reverse=True)
    return re.compile(r"\s+(?:" + "|".join(map(re.escape, nouns)) + r")\b", re.IGNORECASE)


@functools.cache
def _act_after() -> re.Pattern[str]:
    """ADJECTIVE-AGENT: right after a demonym, hostile conduct of its state ("Russian strikes", "Chinese coercion").

    The nouns are frames.json `demonym_acts`; the state counts only where the text also names it.
    """
    nouns = sorted(vocabulary().demonym_acts, key=len, reverse=True)
    return re.compile(r"\s+(?:" + "|".join(map(re.escape, nouns)) + r")\b", re.IGNORECASE)
