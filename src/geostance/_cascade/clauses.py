"""Clause-level reading around a verb group: its subject, its object, what follows it.

These helpers are what every construction shares: the subject phrase before a verb
(over adverbs, short prepositional phrases, parentheticals and appositions), the
subject after an inverted verb ("..., said the ministry"), the object phrase after it,
the prepositional phrases that follow ("of X", "for X", "against X"), and where the
verb's clause and content end.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geostance._cascade.phrases import Phrase, participle_after_head
from geostance._cascade.vocab import vocabulary

if TYPE_CHECKING:
    from geostance._cascade.phrases import VerbGroup
    from geostance._cascade.sentence import Sentence
    from geostance._cascade.units import Unit

__all__ = [
    "bare_attack_by",
    "clause_end",
    "content_after",
    "gapped_noun",
    "in_anonymity_insertion",
    "object_after",
    "past_adverbials",
    "past_what_called",
    "pp_after",
    "relative_before",
    "relative_host",
    "report_after_judgment",
    "still_to_come",
    "subject_after",
    "subject_after_participle",
    "subject_before",
    "trim_end",
]

_PARENTHETICAL_OPENERS = frozenset("ILEWTBG9D")
"""A stretch between commas opening with these tags is an insertion, not the subject: ", in a statement on Monday,"."""
_CLAUSE_BREAKS = frozenset(";:")
_SUBORDINATING = frozenset(["after", "before", "since", "until", "as", "while", "when", "once", "because", "though"])
"""Words that are prepositions or conjunctions: before a subject and its verb they open a clause."""
_MAX_PP = 6


def _skip_pp(tags: str, end: int, floor: int) -> int:
    """Skip back over one short prepositional phrase ending at `end` ("on Friday", "in a statement"), or stay."""
    for k in range(end - 1, max(floor, end - _MAX_PP) - 1, -1):
        tag = tags[k]
        if tag == "I":
            inner = tags[k + 1 : end]
            if inner and all(t in "_DK9AJZOLGYSV" for t in inner):
                return k
            return end
        if tag not in "_DK9AJZOLGYSV":
            return end
    return end


_PARTICIPLE_REACH = 6
"""How many units a participle insertion (", released on Monday,") may hold."""
_PHRASES_REACH = 10
"""How many more units a participle with prepositional phrases and no other verb may hold (", speaking on
condition of anonymity because of restrictions on talking to the media,")."""


def _participle_insertion(inner: str, first_word: str = "") -> bool:
    """Whether an insertion is a verb with only adverbials after it.

    A verb of the vocabulary (", released this morning,") or a role participle before "as" or a
    preposition (", elected as Chile's president in March,", ", appointed in May,").
    """
    if 0 < len(inner) <= _PARTICIPLE_REACH and inner[0].islower() and inner[0] != "_":
        return all(t in "LI9DKAZJ_" for t in inner[1:])
    verb = (inner[:1].islower() and inner[0] != "_") or (inner[:1] == "_" and first_word.endswith("ing"))
    if verb and inner[0] == "_" and 1 < len(inner) <= _PARTICIPLE_REACH and all(t in "LI9DJ_" for t in inner[1:]):
        return True  # ", arriving minutes later,": an unknown participle with only adverbials after it
    if 2 < len(inner) <= _PARTICIPLE_REACH + _PHRASES_REACH and verb and inner[1:].lstrip("L")[:1] == "I":
        # ", asked about the bribery claim at a later briefing,", ", speaking (also) at a news conference,": a
        # participle with its prepositional phrases; a verb tag inside is a noun after a determiner or adverb
        return all(t in "LI9DKAZJ_OFRYVGCSHE()" or (t.islower() and inner[k] in "DL") for k, t in enumerate(inner[1:]))
    return (
        1 < len(inner) <= _PARTICIPLE_REACH + 2
        and inner[:2] in ("VE", "VI")
        and all(t in "LI9DKAZJSREG_" for t in inner[2:])
    )


def _unknown_participle(sentence: Sentence, at: int) -> bool:
    """Whether unit `at` is an "-ing" word the vocabulary lacks ("speaking", "acting"), opening an insertion."""
    return at < len(sentence.units) and sentence.tags[at] == "_" and sentence.units[at].low.endswith("ing")


def _behalf_insertion(sentence: Sentence, first: int, end: int) -> bool:
    """Whether units `first`..`end` are "(speaking/acting) on behalf of ..." with no verb of its own (ON-BEHALF-OF)."""
    units, tags = sentence.units, sentence.tags
    at = first + 1 if first < end and _unknown_participle(sentence, first) else first
    return (
        end - at >= 4
        and [u.low for u in units[at : at + 3]] == ["on", "behalf", "of"]
        and not any(t.islower() and t != "_" for t in tags[at + 3 : end])
    )


_ANONYMITY_REACH = 9
"""How far into a participle insertion "anonymity" may stand (", speaking to Al Jazeera on condition of anonymity")."""


def _anonymity_insertion(sentence: Sentence, first: int, end: int) -> bool:
    """ANONYMITY-INSERTION: ", speaking on condition of anonymity because they were not authorised to ...,".

    A participle whose words ask for anonymity is about the subject, whatever reason follows.
    """
    units = sentence.units
    return (
        end - first >= 4
        and _unknown_participle(sentence, first)
        and any(u.low == "anonymity" for u in units[first + 1 : min(end, first + _ANONYMITY_REACH)])
    )


def in_anonymity_insertion(sentence: Sentence, at: int) -> bool:
    """Whether unit `at` lies inside a set-off ANONYMITY-INSERTION (its verbs hide no subject).

    Read only in sentences that ask for anonymity at all (one scan of the text, not one per verb).
    """
    segment = sentence.segment
    if sentence.text.find("anonymity", segment.start, segment.end) < 0:
        return False
    tags = sentence.tags
    opening = tags.rfind(",", 0, at)
    closing = tags.find(",", at)
    return opening >= 0 and closing > at and _anonymity_insertion(sentence, opening + 1, closing)


def _skip_parenthetical(sentence: Sentence, comma: int, floor: int) -> int:
    """From a closing comma, the opening comma of an insertion (", in a joint statement on Thursday,"), or -1.

    The insertion may hold commas of its own (", at a summit in Astana, Kazakhstan,"):
    up to three earlier commas are tried, nearest first.
    """
    tags = sentence.tags
    end = comma
    for _ in range(3):
        opening = tags.rfind(",", floor, end)
        if opening < 0:
            return -1
        inner = tags[opening + 1 : comma]
        if inner and inner[0] in "WT":  # a relative clause may hold a verb: ", which also denied it,"
            return opening
        if inner and sentence.units[opening + 1].low == "whose":  # ", whose leader was sanctioned in 2021,"
            return opening
        if (
            inner
            and inner[0] in _PARENTHETICAL_OPENERS
            and not any(t.islower() and t != "_" and not _issued_report(inner, k) for k, t in enumerate(inner))
        ):
            return opening  # ", in a statement on Monday,", ", in a statement signed by its spokesman,"
        first_word = sentence.units[opening + 1].low if inner else ""
        # "as" in the role of is a preposition there: ", speaking (also) as the group's chair,"
        as_role = "".join(
            "I" if t == "E" and sentence.units[opening + 1 + k].low == "as" else t for k, t in enumerate(inner)
        )
        if _participle_insertion(as_role, first_word):  # ", released on Monday,": a reduced relative about the subject
            return opening
        if _behalf_insertion(sentence, opening + 1, comma):  # ", speaking on behalf of ...,": whom the subject serves
            return opening
        if _anonymity_insertion(sentence, opening + 1, comma):  # ", speaking on condition of anonymity because ...,"
            return opening
        if _bare_apposition(sentence, inner, opening):  # ", penholder on the file,", ", chair of the committee,"
            return opening
        end = opening
    return -1


def _issued_report(inner: str, at: int) -> bool:
    """Whether the verb at `at` of an insertion is an issue participle on a report noun ("a statement signed by")."""
    return inner[at] == "i" and at > 0 and inner[at - 1] == "O" and inner[at + 1 : at + 2] == "I"


_APPOSITION_REACH = 8
"""How many units a bare appositive noun phrase between commas may hold (", penholder on the file,")."""


def _bare_apposition(sentence: Sentence, inner: str, opening: int) -> bool:
    """BARE-APPOSITION: a noun phrase with no determiner set off after a subject, describing it.

    "The representative of France, penholder on the file, said", "X's envoy, chair of the committee, urged":
    a role or an unknown noun with its prepositional phrases and no verb, right after a phrase.
    """
    if not inner or inner[0] not in "R_" or len(inner) > _APPOSITION_REACH:
        return False
    if any(t.islower() and t != "_" for t in inner) or any(t in ";:.Q," for t in inner):
        return False
    if inner[0] == "_" and _unknown_participle(sentence, opening + 1):
        return False  # ", arriving late,": a participle, read as one
    return opening > 0 and sentence.phrase_ending(opening) is not None


def subject_before(sentence: Sentence, group: VerbGroup, floor: int) -> Phrase | None:
    """The subject phrase of a verb group: the phrase before it, over insertions; `floor` bounds the search.

    When the words right before the verb are no subject, a relative clause may end there: its
    host is the subject ("Name, spokesman, who is also deputy minister of X and Y in Z, said").
    """
    found = _subject_walk(sentence, group, floor)
    if found is None:
        found = _relative_host(sentence, group.first, floor, reach=_RELATIVE_REACH)
    return _self_identified(sentence, found, group.first) if found is not None else None


def _self_identified(sentence: Sentence, subject: Phrase, verb: int) -> Phrase:
    """SELF-IDENTIFIED: "a masked man who identified himself as a spokesman for X said": the role phrase speaks.

    The subject names no one ("a man", "a caller"); "(who) identified / described himself as" + a phrase
    before the verb (grammar.json `self_identification`): that phrase is the subject, whose actor speaks.
    """
    units = sentence.units
    k = subject.last
    if k < verb and units[k].low in ("who", "whom"):
        k += 1
    vocab = vocabulary()
    if k + 2 >= verb or units[k].low not in vocab.self_verbs or units[k + 1].low not in vocab.reflexives:
        return subject
    if units[k + 2].low != "as" or any(unit.tag in "APRJZ" for unit in units[subject.first : subject.last]):
        return subject
    role = sentence.phrase_starting(k + 3)
    return role if role is not None and role.last <= verb else subject


_RELATIVE_REACH = 24
"""How many units a relative clause between a subject and its verb may span."""


def _infinitive_chain(sentence: Sentence, at: int) -> bool:
    """Whether the word at `at`, right before a verb, is a bare verb after "to" ("to help send")."""
    unit = sentence.units[at]
    return (
        at > 0
        and sentence.tags[at] == "_"
        and sentence.units[at - 1].low == "to"
        and unit.low.isalpha()
        and not unit.low.endswith("s")
    )


def _subject_walk(sentence: Sentence, group: VerbGroup, floor: int) -> Phrase | None:
    tags = sentence.tags
    i = group.first
    for _ in range(12):  # each step skips one insertion; a subject is never far
        if i <= floor:
            return None
        tag = tags[i - 1]
        if tag == "L":
            i -= 1
            continue
        if tag.islower() and tag != "_" and _reduced_participle(sentence, i - 1):
            i -= 1  # "an editorial by X printed by the agency warned": the participle is the subject's
            continue
        if tag == "_" and participle_after_head(sentence.units, tags, 0, i - 1):
            i -= 1  # "a commander reached by telephone said": the participle is the subject's
            continue
        if tag in "WT":  # a relative clause: "Hamas, which controls Gaza, ...", "a statement by X on Monday that ..."
            k = i - 2 if i >= 2 and tags[i - 2] == "," else i - 1
            host = sentence.phrase_ending(k) if k > floor else None
            if host is None and k > floor:
                skipped = _skip_pp(tags, k, floor)
                host = sentence.phrase_ending(skipped) if skipped < k else None
                host = host or _participle_host(sentence, k, floor)
            return _who(sentence, i - 1, _report_of_topic(sentence, host))
        if tag in ",-":
            phrase = sentence.phrase_ending(i - 1)
            if tag == "-" and phrase is not None and _dashed_insertion(sentence, phrase, floor):
                i = phrase.first  # "the bloc's members - A, B and C - urged": the list describes, skip it
                continue
            if phrase is not None and phrase.apposition is not None and _after_preposition(sentence, phrase):
                # "the head of the forces in X, General Name, said": the name is the role's, not X's
                role = _distant_apposition(sentence, phrase.apposition, floor)
                if role is not None and role.complement is not None and role.complement.last >= phrase.first - 1:
                    return role  # only when the role's own phrase runs up to the name
            if phrase is not None and (phrase.apposition is not None or tag == "-") and not _agent_of(sentence, phrase):
                return phrase  # "Name, spokesperson for X, said"
            distant = _distant_apposition(sentence, phrase, floor) or _role_apposition(sentence, i - 1, floor)
            if distant is not None:
                return distant  # "Its envoy to the agencies in Vienna, Name, said", "Name, director of X at Y, said"
            opening = _skip_parenthetical(sentence, i - 1, floor)
            if opening < 0:
                return _relative_host(sentence, i - 1, floor)
            i = opening
            continue
        if i == group.first and _infinitive_chain(sentence, i - 1):
            return None  # INFINITIVE-CHAIN: "urged X to help send home ...": "send" is asked for, it has no subject
        skipped = _skip_pp(tags, i, floor)
        if skipped < i and sentence.phrase_ending(i) is None:
            i = skipped
            continue
        phrase = sentence.phrase_ending(i)
        if phrase is None:
            return None
        if phrase.first > floor and tags[phrase.first - 1] in "IG":
            if sentence.units[phrase.first - 1].low in _SUBORDINATING or _gerund(sentence, group, phrase):
                return phrase  # "after Trump threatened", "turning to Borrell labeling": the clause's own subject
            i = phrase.first - 1  # "the takeover of power in Afghanistan has raised": a prepositional object
            continue
        if phrase.first > floor and tags[phrase.first - 1] in "TWO":
            # "said ... that it rejects", "the report that Moscow rejected", "a charge Kigali denied": its own subject
            return phrase
        if _closes_opener(tags, phrase.first - 1):
            return phrase  # "In response to accusations that ..., Belarus said": the opener ends at the comma
        if phrase.first > floor and tags[phrase.first - 1] == "Q" and tags[phrase.first] == "D":
            # QUOTE-THEN-SUBJECT: 'X's paper, which "...," a ministry spokesperson said': the phrase after the
            # quotation's comma is the subject, not the host of a relative clause before the quotation
            return phrase
        host = _relative_host(sentence, phrase.first, floor)
        return host or phrase
    return None


def _dashed_insertion(sentence: Sentence, phrase: Phrase, floor: int) -> bool:
    """DASHED-LIST: whether a list between dashes follows a phrase it spells out ("its members - A, B, C -")."""
    tags = sentence.tags
    before = phrase.first - 1
    return bool(phrase.members) and before - 1 > floor and tags[before] == "-" and tags[before - 1] in "RYAO"


def _after_preposition(sentence: Sentence, phrase: Phrase) -> bool:
    """Whether a phrase is a preposition's object ("forces in X", "Minister of X"), not a clause's own subject."""
    before = phrase.first - 1
    return before > 0 and sentence.tags[before] in "IG" and sentence.units[before].low not in _SUBORDINATING


def _agent_of(sentence: Sentence, phrase: Phrase) -> bool:
    """INSERTED-AGENT: whether a phrase is the object of a preposition inside an insertion, not a subject.

    "the government, in a statement read by the Minister of Information, Name, dismissed ...": the
    minister in apposition follows "by" and belongs to the insertion; the subject stands before it.
    """
    before = phrase.first - 1
    return before > 0 and sentence.units[before].low == "by" and "," in sentence.tags[:before]


def _report_of_topic(sentence: Sentence, host: Phrase | None) -> Phrase | None:
    """DOCUMENT-RELATIVE: "a resolution on Georgia which calls for ...": the relative's host is the resolution.

    The phrase ending before "which" may be a report noun's topic ("on", "about" X); the report, not its
    topic, does what the relative clause says.
    """
    topics = vocabulary().report_topic_prepositions
    if host is None or host.first < 2 or sentence.units[host.first - 1].low not in topics:
        return host
    report = sentence.phrase_ending(host.first - 1)
    return report if report is not None and sentence.tags[report.head] == "O" else host


def _closes_opener(tags: str, comma: int) -> bool:
    """Whether unit `comma` is the first comma of a sentence that opens with a preposition or a verb form."""
    opener = tags[0] == "I" or (tags[0].islower() and tags[0] != "_")  # "In response to ...", "Asked about ..."
    return comma > 0 and tags[comma] == "," and tags.find(",") == comma and opener


def _who(sentence: Sentence, pronoun: int, host: Phrase | None) -> Phrase | None:
    """The host "who" means: a person, so in "remarks by Name, who said" the complement, not the remarks."""
    if host is not None and sentence.tags[host.head] == "P" and sentence.units[pronoun].low in ("who", "whom"):
        return _distant_apposition(sentence, host, 0, object_of=True) or _role_stretch(sentence, host) or host
    if host is None or sentence.units[pronoun].low not in ("who", "whom") or host.complement is None:
        return host
    if sentence.tags[host.head] in "PRAK" or sentence.tags[host.complement.head] not in "PRAK":
        return host
    return host.complement


_ROLE_STRETCH = frozenset("DASJKMV_GIO9")
"""Tags inside a role phrase and its prepositional phrases ("remarks by the EU's special envoy for sanctions")."""


def _role_stretch(sentence: Sentence, person: Phrase) -> Phrase | None:
    """The role a name set off by commas stands beside, inside a longer phrase ("by X's envoy for Y, Name, who").

    The last role before the comma, with the words from its determiner to the comma: the name in apposition.
    """
    tags = sentence.tags
    comma = person.first - 1
    if comma < 1 or tags[comma] != ",":
        return None
    for j in range(comma - 1, max(-1, comma - 14), -1):
        if tags[j] == "R":
            start = j
            while start > 0 and tags[start - 1] in "DASJKMV":
                start -= 1
            joined = Phrase(start, comma, j, [])
            joined.apposition = person
            return joined
        if tags[j] not in _ROLE_STRETCH:
            return None
    return None


def relative_before(sentence: Sentence, group: VerbGroup) -> int:
    """The unit of a relative pronoun right before the verb ("a statement that accused ..."), or -1."""
    tags = sentence.tags
    k = group.first - 1
    while k >= 0 and tags[k] == "L":
        k -= 1
    return k if k >= 0 and tags[k] in "WT" else -1


def _reduced_participle(sentence: Sentence, at: int) -> bool:
    """Whether unit `at` is a bare past participle of the phrase before it.

    Followed by "by" ("published by the ministry"), or after a report noun or role and before only
    adverbials and another verb ("a UN report released on Monday said").
    """
    units = sentence.units
    forms = {e.form for e in units[at].entries if e.kind == "verb"}
    if "participle" not in forms:
        return False
    return (at + 1 < len(units) and units[at + 1].low == "by") or participle_before_verb(sentence, at)


_ADVERBIAL_TAGS = frozenset("IDLA9_KZJGRYO")
_ADVERBIAL_REACH = 8


def participle_before_verb(sentence: Sentence, at: int) -> bool:
    """Whether a participle follows a report noun or role and only adverbials part it from a later verb.

    "a UN report released on Monday said", "an OSCE report delivered to member states last month concluded".
    """
    tags = sentence.tags
    if at == 0 or tags[at - 1] not in "OR":
        return False
    for later in sentence.groups:
        if later.first <= at + 1:
            continue
        between = tags[at + 1 : later.first]  # a preposition or adverb first: "said Greece would" is no participle
        if tags[later.first - 1] == "O":
            return False  # "answered with a communique signed by ...": the later verb is the noun's own participle
        return (
            0 < len(between) <= _ADVERBIAL_REACH and between[0] in "IL" and all(t in _ADVERBIAL_TAGS for t in between)
        )
    return False


def _gerund(sentence: Sentence, group: VerbGroup, phrase: Phrase) -> bool:
    """Whether the verb is a gerund right after a person or actor ("Borrell labeling Russia"): its subject."""
    entry = sentence.units[group.verb].entry("verb")
    adjacent = phrase.last == group.first
    return adjacent and entry is not None and entry.form == "ing" and sentence.tags[phrase.head] in "APZRK"


def _distant_apposition(
    sentence: Sentence, person: Phrase | None, floor: int, *, object_of: bool = False
) -> Phrase | None:
    """A role phrase with a name in apposition after it.

    A name set off by commas after a role phrase and its prepositional phrases: the role, with the name in
    apposition ("Its envoy to the international organisations in Vienna, Mikhail Ulyanov, disputed ...").
    With `object_of`, the role may also follow a preposition ("remarks by the EU's envoy for X, Name, who ...").
    """
    tags = sentence.tags
    if person is None or tags[person.head] != "P" or person.first < 2 or tags[person.first - 1] != ",":
        return None
    k = person.first - 1
    for j in range(k - 1, max(floor, k - 14) - 1, -1):
        if tags[j] in ",;:.Q" or (tags[j].islower() and tags[j] != "_"):
            return None
        role = sentence.phrase_starting(j)
        opens = j in (0, floor) or tags[j - 1] in ",.;:" or (object_of and tags[j - 1] == "I")
        if role is not None and tags[role.head] == "R" and opens:
            joined = Phrase(role.first, role.end, role.head, role.possessors)
            joined.complement, joined.prep, joined.apposition = role.complement, role.prep, person
            return joined
    return None


def _role_apposition(sentence: Sentence, comma: int, floor: int) -> Phrase | None:
    """A name with a role phrase in apposition after it.

    A name, then a role with its prepositional phrases set off by commas: the name with that whole stretch in
    apposition ("Ana Ruiz, head of the desk for Andean affairs at Peru's foreign ministry, said").
    """
    tags = sentence.tags
    opening = tags.rfind(",", floor, comma)
    if opening <= floor or comma - opening > 16:
        return None
    stretch = tags[opening + 1 : comma]
    if not stretch or any(t in ";:.Q" or (t.islower() and t != "_") for t in stretch):
        return None
    role = sentence.phrase_starting(opening + 1)
    person = sentence.phrase_ending(opening)
    if role is None or person is None or tags[role.head] != "R" or tags[person.head] != "P":
        return None
    apposed = Phrase(opening + 1, comma, role.head, role.possessors)
    joined = Phrase(person.first, person.end, person.head, person.possessors)
    joined.apposition = apposed
    return joined


def _relative_host(sentence: Sentence, at: int, floor: int, *, reach: int = 10) -> Phrase | None:
    """The phrase a relative clause ending at `at` hangs on: "Hamas, the group that controls Gaza, said".

    A relative set off by commas may hold verbs of its own ("X, who asked not to be named, said").
    """
    tags = sentence.tags
    set_off = at > 0 and tags[at - 1] == ","
    for k in range(at - 1, max(floor, at - reach) - 1, -1):
        if tags[k] == "W" and set_off and k and tags[k - 1] == ",":
            return sentence.phrase_ending(k - 1) or _participle_host(sentence, k - 1, floor)
        if tags[k] in "WT":
            j = k - 1 if k and tags[k - 1] == "," else k
            if j > 0 and tags[j - 1] == ")":  # "the group (banned in Canada) that claimed the attack ..."
                opening = tags.rfind("(", floor, j - 1)
                j = opening if opening > floor else j
            return sentence.phrase_ending(k) or sentence.phrase_ending(j)
        if tags[k] in ";:." or (tags[k].islower() and tags[k] != "_" and not set_off):
            return None
    return None


def _participle_host(sentence: Sentence, end: int, floor: int) -> Phrase | None:
    """The phrase before a reduced participle and its prepositional phrase ending at `end` ("X reached by phone")."""
    tags = sentence.tags
    skipped = _skip_pp(tags, end, floor)
    if skipped < end and skipped > floor and participle_after_head(sentence.units, tags, 0, skipped - 1):
        return sentence.phrase_ending(skipped - 1)
    return None


def gapped_noun(sentence: Sentence, subject: Phrase | None) -> Phrase | None:
    """The noun phrase a contact relative hangs on, set off by a comma or dash, else None.

    ", a charge Kigali denied", ", a town Somalia claims": the subject follows a noun with its
    determiner and no relative pronoun; the verb's object is that noun (the gap).
    """
    tags = sentence.tags
    if subject is None or subject.first < 3 or tags[subject.first - 1] not in "O_":
        return None
    noun = sentence.phrase_ending(subject.first)
    if noun is None or tags[noun.first] != "D" or noun.first == 0 or tags[noun.first - 1] not in ",-":
        return None
    return noun


def relative_host(sentence: Sentence, subject: Phrase | None) -> Phrase | None:
    """The noun phrase an object relative clause hangs on: "firms (that) it accused of ...", "envoys whom X expelled".

    The subject follows a relative pronoun ("that", "whom", "which") or, in a contact relative, the noun itself;
    the noun phrase before is what the relative's verb acts on (its object is the gap).
    """
    if subject is None or subject.first < 2:
        return None
    tags, units = sentence.tags, sentence.units
    k = subject.first - 1
    if units[k].low in _OBJECT_RELATIVES:
        k -= 1
    elif tags[k] not in "_OR" or units[k].entry("verb") is not None:
        return None  # "both said they ...": a verb the tagger took for a noun hosts no relative
    outer = sentence.phrase_ending(k + 1)
    if outer is None:  # "on three Iranian firms it accused": a bare noun and its modifiers
        first = k
        while first > 0 and tags[first - 1] in _BARE_MODIFIERS and k - first < _BARE_REACH:
            first -= 1
        outer = Phrase(first, k + 1, k, [])
    host = next(p for p in reversed(outer.parts()) if p.last == k + 1 or p is outer)  # "sanctions on (firms)"
    return host if host.first > 0 and tags[host.head] in "_ORAJ" else None


_BARE_MODIFIERS = frozenset("9JAV")
"""Tags of the words before a bare noun that belong to it ("three Iranian firms")."""
_BARE_REACH = 3
"""How many modifiers a bare noun may have."""


_OBJECT_RELATIVES = frozenset(["that", "whom", "which"])
"""Relative pronouns that may open a clause whose object is the noun before them."""


def subject_after(sentence: Sentence, group: VerbGroup) -> Phrase | None:
    """The subject of an inverted verb: "..., said the ministry", "..., read the statement"."""
    return sentence.phrase_starting(group.end)


def object_after(sentence: Sentence, group: VerbGroup) -> Phrase | None:
    """The phrase right after the verb (its direct object), or after "to", "at", "on" of a phrasal verb."""
    tags = sentence.tags
    at = group.end
    while at < len(tags) and tags[at] == "L":
        at += 1
    at = past_what_called(sentence, at)
    phrase = sentence.phrase_starting(at)
    if phrase is None and at < len(tags) and tags[at] == "J" and at != group.end:
        phrase = Phrase(at, at + 1, at, [])  # "condemned what it called Israeli aggression": the demonym's state
    if phrase is None:
        phrase = bare_attack_by(sentence, at)  # "condemned (repeated) strikes by Israel"
    if (
        phrase is None
        and at < len(tags)
        and tags[at] == "I"
        and sentence.units[at].low in ("at", "on", "to", "against")
    ):
        at += 1
        phrase = sentence.phrase_starting(at)
    if phrase is None and tags[at : at + 2] in ("JC", "AC"):  # "French and Malian claims": shared modifiers
        shared = sentence.phrase_starting(at + 2)
        if shared is not None and tags[shared.first] in "JA":
            phrase = Phrase(at, shared.end, shared.head, shared.possessors)
            phrase.complement, phrase.prep = shared.complement, shared.prep
    return phrase


_ATTACK_MODIFIERS = 2
"""How many modifiers may stand before a bare attack noun ("repeated deadly strikes by X")."""


def bare_attack_by(sentence: Sentence, at: int, *, any_plural: bool = False) -> Phrase | None:
    """A bare attack noun, after up to two modifiers, and its agent: "strikes by Israel", "repeated attacks by X".

    With `any_plural`, any bare plural noun outside the vocabulary will do ("concern over maneuvers by China").
    """
    tags, units = sentence.tags, sentence.units
    for head in range(at, min(at + _ATTACK_MODIFIERS + 1, len(tags) - 2)):
        plural = any_plural and tags[head] == "_" and units[head].low.endswith("s")
        if (units[head].entry("attack") or plural) and units[head + 1].low == "by":
            agent = sentence.phrase_starting(head + 2)
            if agent is None:
                return None
            phrase = Phrase(at, head + 1, head, [])
            phrase.complement, phrase.prep = agent, "by"
            return phrase
        if tags[head] not in "_FV":
            return None
    return None


def past_what_called(sentence: Sentence, at: int) -> int:
    """WHAT-IT-CALLED: after "what it called (as)", "what they described as", where the object really starts."""
    units, tags = sentence.units, sentence.tags
    if at + 2 >= len(units) or units[at].low != "what" or tags[at + 1] not in "HA" or tags[at + 2] != "l":
        return at
    after = at + 3
    return after + 1 if after < len(units) and units[after].low == "as" else after


def pp_after(sentence: Sentence, at: int, words: tuple[str, ...]) -> tuple[int, Phrase | None] | None:
    """A prepositional phrase at unit `at` whose preposition is one of `words`: (its unit, its phrase)."""
    tags = sentence.tags
    at = past_adverbials(sentence, at)
    if at < len(tags) and tags[at] in "IGE" and sentence.units[at].low in words:
        return at, sentence.phrase_starting(at + 1)
    return None


def past_adverbials(sentence: Sentence, at: int) -> int:
    """Skip adverbs and a dated phrase at unit `at`: "was rejected on Wednesday by X", "urged on 4 May to".

    A dated phrase is "on" and a named day or a number (grammar.json `named_days`).
    """
    units = sentence.units
    days = vocabulary().named_days
    while at < len(units):
        if units[at].tag == "L":
            at += 1
        elif units[at].low == "on" and at + 1 < len(units) and (units[at + 1].low in days or units[at + 1].tag == "9"):
            at += 2
            while at < len(units) and (units[at].low in days or units[at].tag == "9" or _month_by_number(units, at)):
                at += 1
        else:
            break
    return at


def _month_by_number(units: list[Unit], at: int) -> bool:
    """Whether "March" or "May" (no named days: a protest, a modal) is a month, a number next to it ("4 March")."""
    if units[at].low not in _AMBIGUOUS_MONTHS:
        return False
    return units[at - 1].tag == "9" or (at + 1 < len(units) and units[at + 1].tag == "9")


_AMBIGUOUS_MONTHS = frozenset(["march", "may"])
"""Months that are also other words, read as months only beside a number."""


def clause_end(sentence: Sentence, at: int) -> int:
    """The unit where the clause that goes on at `at` ends: a semicolon, colon or the sentence's end."""
    return sentence.clause_end(at)


def trim_end(sentence: Sentence, start: int, end: int) -> int:
    """Back `end` off trailing commas, dashes, conjunctions and a stranded preposition.

    "... ISKP and" ends at "ISKP"; "... near the border, with" (an absolute clause whose
    subject starts the next clause) ends at "border"; "... the shooting, which" (a relative
    clause read on its own) ends at "shooting".
    """
    tags = sentence.tags
    while end > start and (
        tags[end - 1] in ",;:-CB(.!?W" or (tags[end - 1] == "I" and end - 2 >= start and tags[end - 2] == ",")
    ):
        end -= 1
    return end


def content_after(sentence: Sentence, at: int) -> int:
    """Where reported content after unit `at` starts: past "that", a colon or a comma."""
    tags = sentence.tags
    while at < len(tags) and tags[at] in "T:,L":
        at += 1
    return at


def still_to_come(sentence: Sentence, group: VerbGroup) -> bool:
    """Whether a verb is future, by its own modal or the one of the verb it joins ("would study it and respond")."""
    if group.future:
        return True
    units = sentence.units
    k = group.first - 1
    if k < 0 or units[k].low not in ("and", "or"):
        return False
    joined = next((other for other in reversed(sentence.groups) if other.end <= k), None)
    for at in range(k - 1, -1, -1):
        if units[at].tag in ",;:.":
            return False  # "..., and responded": another clause
        if joined is not None and at == joined.verb:
            return joined.future  # "would regard X as Y and respond": the joined verb's modal
        if units[at].tag == "X" and units[at].entries and units[at].entries[0].category == "future":
            return True  # "would study the remarks and respond": a modal before a verb outside the vocabulary
    return False


def report_after_judgment(sentence: Sentence, at: int) -> Phrase | None:
    """The report rejected after "as" and a judgment: "dismissed as 'exaggerated' media reports of ...".

    The judgment comes first and the object after it; the report noun is the object's head.
    """
    units = sentence.units
    if at >= len(units) or units[at].low != "as":
        return None
    for k in range(at + 1, min(len(units), at + 1 + _JUDGMENT_REACH)):
        if units[k].tag == "O":
            return next((p for p in sentence.phrases if p.head == k), None)
        if units[k].tag not in "FQ_LVJAC,":
            return None
    return None


_JUDGMENT_REACH = 6
"""How many words a judgment after "as" may run before the report it judges ("as baseless and hostile claims")."""


def subject_after_participle(sentence: Sentence) -> Phrase | None:
    """The main clause's subject after an opening participle clause ("Asked about X, Name said ...": Name).

    The first name, role or actor phrase after a comma or quotation that a verb follows; None when the
    sentence opens otherwise, or with a source ("According to her, ...").
    """
    tags, units = sentence.tags, sentence.units
    if not tags or not (tags[0].islower() or tags[0] == "_") or not units[0].low.endswith(("ed", "ing")):
        return None
    if units[0].low in vocabulary().prepositional_participles:
        return None  # "According to her, the leadership is ...": a source, no participle clause
    for k in range(1, len(tags) - 1):
        if tags[k - 1] not in ",Q":
            continue
        phrase = sentence.phrase_starting(k)
        if phrase is None or tags[phrase.head] not in "PKARZ" or phrase.last >= len(tags):
            continue
        after = phrase.last
        closing = after + 1 < len(tags) and (tags[after + 1].islower() and tags[after + 1] != "_")
        if tags[after] == "," and after + 1 < len(tags) and (phrase.apposition is not None or closing):
            after += 1  # "Name, the largest contributor, paid ...", "..., X's minister, rejected": an apposition ends
        elif tags[after] == "," and tags[after + 1 : after + 2] == "D":
            close = tags.find(",", after + 1, after + 1 + _APPOSITION_REACH)
            if close > 0 and close + 1 < len(tags) and not any(t.islower() for t in tags[after + 1 : close]):
                after = close + 1  # an apposition the phrase did not take: "X of Y, the largest Z to W, paid"
        if tags[after] in "XNL_" or tags[after].islower():  # a verb follows: the main clause
            return phrase
    return None
