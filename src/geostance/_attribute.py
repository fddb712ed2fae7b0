"""Stage 4, attribution: find who performs which act in each sentence.

A sentence is read once, left to right:

1. cues are found outside quotations (reporting and stance verbs from the
   lexicon; a cue right after a determiner or possessive is a noun and skipped:
   "the claims", "Pakistan's demands");
2. each cue's speaker is the subject before it: after a closing quote
   ("“...,” they said"), else from the start of the clause with leading adverbials
   ("According to the report,", "In a statement on Saturday,") and prepositional
   insertions (", in a joint statement on Thursday ...,") removed. The subject is
   the leftmost actor that is not inside a prepositional phrase and not a
   possessive of a non-speaker noun ("the Taliban's takeover" is no speaker). A
   person speaks for the actor named beside them ("Taliban spokesperson
   Zabihullah Mujahid", "Andrey Rudenko, Russia's deputy foreign minister"), a
   demonym adjective with a role noun for its state ("the Iranian foreign
   ministry"), and a pronoun or a definite description ("they", "the ministry")
   for the last speaker. With no subject before it, an inverted cue takes the
   actor after it ("..., read the UNSC report");
3. a later cue joined by "and" keeps the earlier cue's speaker;
4. targets are the actors right after directed cues ("called on the Taliban",
   "accused the E3") and the actors the rest of the clause and the speaker's own
   words are about, never places ("in Afghanistan", "in Astana, Kazakhstan"),
   venues ("a meeting of the CSTO"), authors of cited documents ("a UN report")
   nor the speaker;
5. a sentence is a rebuttal when it has a rebuttal verb (denied, rejected,
   dismissed), when reported speech calls something baseless, untrue or internal
   affairs, when an accuse verb takes a statement or report as object
   ("denounced the joint statement"), or when a counter-claim verb (claims,
   asserts, argues) or plain reported speech comes from an actor already
   rebutting or targeted by another. Accusations, warnings and demands in a
   rebuttal sentence also make a statement.

Sentences with no cue but a quotation continue the previous speaker's event.
Joint subjects, passive and modal demands, "according to X", documents "issued
by X" and nominal rebuttals ("X's denials of ...") are read too; the whole rule
set is explained in docs/pipeline.md.
"""

from __future__ import annotations

import bisect
import re

import attrs

from geostance._document import LIST_GAP, ActorHit, Document, SpeechEvent
from geostance._lexicon import IgnoreCase, folds_exactly, lexicon, lowered
from geostance._cascade.claims import _CLAIM_SPLIT, claim_kind, split_claims
from geostance._segment import QuoteSpan, Segment
from geostance.model import Act, ClaimKind

__all__ = ["_CLAIM_SPLIT", "attribute", "claim_kind", "split_claims"]

_DETERMINERS = frozenset("the a an its their his her our these those such this any no all of whose your my".split())
_NOUN_ADJECTIVES = frozenset(
    "new earlier latest recent previous repeated false baseless so-called unfounded groundless alleged similar "
    "serious strong continued growing such these those mutual public written territorial fresh wild".split()
)


_NOUN_ONLY_ADJECTIVES = frozenset("baseless unfounded groundless false so-called fabricated wild territorial".split())


def _is_noun_position(text: str, start: int, floor: int) -> bool:
    """Whether the word at `start` follows a determiner or possessive, so it is a noun ("the claims").

    Up to two adjectives may stand between ("its repeated baseless claims"), and two
    adjectives alone also make a noun phrase ("laid baseless claims").
    """
    words = text[max(floor, start - 40) : start].split()[-3:]
    adjectives: list[str] = []
    for word in reversed(words):
        lower = word.casefold()
        if lower in _DETERMINERS:
            return True  # "such references", "these claims"
        if lower in _NOUN_ADJECTIVES and len(adjectives) < 2:
            adjectives.append(lower)
            continue
        if lower in _DETERMINERS or lower.endswith(("'s", "’s", "s'", "s’")):
            return True
        break
    # without a determiner only unmistakable adjectives make a noun: "laid baseless claims", not "earlier said"
    return any(a in _NOUN_ONLY_ADJECTIVES for a in adjectives)


_LEADING_ADVERBIAL = re.compile(
    r"\W*(?:According\s+to|As\s+(?:reported|quoted|cited)\s+by|As|In|At|On|During|Following|After|Before|Speaking|"
    r"Despite|While|Earlier|Meanwhile|However|But|And|Moreover|Also|Later|Last|Addressing|Responding|Commenting|"
    r"Wrapping|Referring|Reacting|Separately|Furthermore|Additionally|Since|Over|Amid|Under|Through|With|"
    r"Asked|When|Citing|Quoting|Writing|Talking|Instead|Yet|Still|Nevertheless)\b[^,]*,\s*",
    re.IGNORECASE,
)
_INSERTION = re.compile(
    r",\s*(?:in|at|on|during|following|after|before|while|speaking|according|as|via|through|with|without|"
    r"however|though|meanwhile|also|too|moreover|for\s+(?:its|their|his|her)\s+part)\b[^,]*(?:,\s*[A-Z][\w-]*)?,\s*",
    re.IGNORECASE,
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|at|from|near|across|within|inside|into|towards?|on|over|about|against|by|with|for|of|following|after|"
    r"between|among|amid|through|throughout|around|beyond|under|like|including|than|as|to|via|toward|upon|"
    r"regarding|concerning|despite|during)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:flew|fly|flies|flying|flown|missiles?|rockets?|drones?|aircraft|jets?)\s+over\s+(?:the\s+)?|"
    r"\bsidelines\s+of\s+(?:the\s+)?|\b(?:in|at|from|near|across|within|inside|into|toward|towards|throughout|around|beyond|via)\s+"
    r"(?:the\s+)?(?:(?:[a-z]+ern|entire|whole|neighbou?ring)\s+)?(?:[A-Z][\w'’-]*,?\s+)?|"
    r"\b(?:in|at)\s+[A-Z][\w'’-]*,\s*)$"
)
_ROLE_OF = re.compile(r"\b(?:of|for|from|at)\s+(?:the\s+)?$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?\s+(?P<noun>(?:[\w-]+\s+){0,3}?[\w-]+)")
_PERSON = re.compile(
    r"(?<![\w'’-])[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]+)*(?:\s+(?:al-|el-|bin\s+|ibn\s+|van\s+|de\s+)?[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]+)*){1,3}(?![\w-])"
)
_AND_BEFORE = re.compile(
    r"(?:\band|,|\bbut|\bwhile)\s+(?:(?:has|have|had|is|was|will|would|also|further|then|later|\w+ly)\s+){0,2}$"
)
_PASSIVE_BEFORE = re.compile(r"\b(?:been|being|be|is|are|was|were)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_NOMINAL_REBUTTAL = re.compile(
    r"['’]s?\s+(?:(?:previous|repeated|earlier|recent|consistent|categorical|flat|official|latest)\s+)?"
    r"(?P<noun>denials?|rejections?|refutations?|dismissals?|assurances?)\s+(?:of|that)\b",
    re.IGNORECASE,
)
_APOSTROPHES = ("'", "’")
_NOMINAL_TAIL = re.compile(r",\s+(?:[A-Z]|he\b|she\b|they\b|it\b)")
_IN_RESPONSE = re.compile(
    r"\W*(?:in\s+(?:response|reaction|reply)\s+to|responding\s+to|reacting\s+to)\b", re.IGNORECASE
)
_GOVERNMENT = re.compile(
    r"\s+(?:(?:interim|current|de\s+facto|de-facto|ruling|new)\s+)?(?:government|authorities|administration|side|leadership|"
    r"regime|rulers)\b",
    re.IGNORECASE,
)
_OBJECT_GAP = re.compile(r"\s+(?:at|on|to|against|with|toward|towards)\s+(?:the\s+)?", re.IGNORECASE)
_CAPITAL_OBJECT = re.compile(
    r"\b(?:for|to|against|with|at|on|toward|towards|urged|accused|warned|blamed)\s+(?:\w+\s+(?:and|,)\s+)?$"
)
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+|a\s+)?", re.IGNORECASE)
_ACCORDING_SCAN = IgnoreCase.of(_ACCORDING, prefilter=True)
_VENUE_TAIL = re.compile(r"(?:\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}){1,2}")
_AUTHOR_OF = re.compile(
    r"(?:['’]s)?\s+(?:(?!(?:and|or|but|is|was|its|their|his|her|the)\b)[\w-]+\s+){0,3}?"
    r"(?:reports?|statements?|resolutions?|communiqu[eé]s?|declarations?|assessments?|findings|charter|conventions?|"
    r"mandate|sanctions|black\s*list|blacklist)\b",
    re.IGNORECASE,
)
_SURNAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*")
_SUBORDINATOR = re.compile(
    r"\b(?:after|as|when|because|since|before|until|once|whereas|although|though)\s+(?:(?:earlier|\w+ly)\s+)?"
    r"(?=(?:the|a|an|two|three|several|[A-Z]))"
)
_COMPOUND_TAIL = re.compile(r"-[a-z]")
_LAST_PRONOUN = re.compile(r"(?<![\w'’-])(he|she|it|they)\s*$", re.IGNORECASE)
_CLAUSE_COMMA = re.compile(r",\s*$")
_OPENING_PARTICIPLE = re.compile(r"[A-Z][a-z]+ing")
_LIST_END = re.compile(r"\b(?:and|or)\s")
_PHRASAL_BEFORE = re.compile(
    r"\b(?:rein(?:ed|s|ing)?|(?:crack|clamp)(?:ed|s|ing)?\s+down|crackdown|act(?:ed|s|ing)?)\s+(?:in|on|against)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_RELATIVE_END = re.compile(r"\s(?:that|which|who)\s+(?:(?:also|\w+ly)\s+)?$")
_RELATIVE_GAP = re.compile(r"(?:\s+(?:on|last|this|earlier)\s+\w+)?\s*,?\s*")
_UNNAMED_SOURCE = re.compile(
    r"\s*(?:(?:the|some|several|many|other|local|media|news|press|western|diplomatic|security|unnamed|two|three)\s+)*"
    r"(?:reports?|sources?|analysts?|experts?|observers?|media|newspapers?|witnesses|residents|commentators|critics)\s*",
    re.IGNORECASE,
)
_COORDINATOR = re.compile(r"\s(?:and|but)\s+")
_DOCUMENT_NOUNS = r"statement|report|resolution|declaration|communiqu[eé]|document|letter|draft\s+resolution"
"""The documents an actor issues: "a statement issued by X", "a joint statement by X that ..."."""
_DOCUMENT_BY = re.compile(
    rf"\b(?:joint\s+)?(?:{_DOCUMENT_NOUNS})\s+(?:(?:issued|released|signed)\s+)?by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_OWNER_LEAD = re.compile(r"(?:its|their)\s+", re.IGNORECASE)
_JOINING_WORD = re.compile(r"(?:while|whereas|and|but|which|who|that|as|when|after|since)\s+", re.IGNORECASE)
_ENVOY = re.compile(r"ambassador|envoy|representative|delegat|mission|diplomat", re.IGNORECASE)
_OWN_AFFAIRS = re.compile(r"\b(?:internal|domestic)\s+(?:affairs|matters)\b", re.IGNORECASE)
_AFFAIRS_OWNER = re.compile(
    r"(?:\b(?P<pronoun>its|our|their|the\s+country['’]s)|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s?)\s+$", re.IGNORECASE
)
_INFINITIVE_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
_GOES_ON_TO = re.compile(
    r"\b(?:went|go|goes|going|gone)\s+on\s+to\s+$|\b(?:proceeded|continued|moved|hastened|rushed)\s+to\s+$",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"(?:the|a|an)\s+", re.IGNORECASE)
_NEXT_NAME = re.compile(r"\s*([A-Z][\w'’-]+)")
_WORD = re.compile(r"\S+")
_FUNCTION_WORD = re.compile(r"(?i)the|a|an|of|for|and|in|at|to")
_AUXILIARY = re.compile(r"(?i)has|have|had|is|are|was|were|will|would|did|does|do")
_PRONOUN = re.compile(r"(?i)he|she|they|it|we|i")
_MODAL = re.compile(r"(?:must|should)\b", re.IGNORECASE)
_CONTRAST = re.compile(
    r"\b(?:however|but|though|although|nevertheless|yet)\b",
    re.IGNORECASE,
)
_CONTRAST_SCAN = IgnoreCase.of(_CONTRAST, prefilter=True)  # scanned for many events: the faster twin
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:while|whereas|but|and\s+(?:the|a|it|he|she|they))\b|\.\s")
_AUX_BEFORE = re.compile(
    r"(?:(?:has|have|had|is|are|was|were|will|would|did|does|do)\s+(?:(?:also|again|once\s+again|further|consistently|"
    r"repeatedly|strongly|firmly|categorically|completely|\w+ly)\s+)*)$",
    re.IGNORECASE,
)
_SPEECH = re.compile(
    r"^(?:sa(?:id|ys|y|ying)|stat(?:ed|es|ing)|told|tells|add(?:ed|s|ing)|not(?:ed|es|ing)|wrote|writes|emphasi[sz]\w*|"
    r"stress\w*|declar\w*|assur\w*|insist\w*|claim\w*|assert\w*|argu\w*|maintain\w*|tweet\w*|post\w*|explain\w*|"
    r"confirm\w*|affirm\w*|underlin\w*|underscor\w*|clarif\w*|describ\w*|countered|retorted)",
    re.IGNORECASE,
)
_TOLD = re.compile(r"(?i)told|tells|tell|telling")
_HEARER_THAT = re.compile(r"\s+(?:[^\s,.;:“”\"]+\s+){1,8}?that\s+", re.IGNORECASE)
_THAT = re.compile(
    r"\s*(?:,\s*)?(?:(?:(?:in|on|at|during|via|through)\s+[^,.;:\"“”]{0,60}?\s+)?that\s+|:\s*|,\s*)?", re.IGNORECASE
)
_PLAIN_WORDS = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "As",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "This",
        "That",
        "These",
        "Those",
        "His",
        "Her",
        "Their",
        "Its",
        "Our",
        "But",
        "And",
        "However",
        "Meanwhile",
        "According",
        "Speaking",
        "Despite",
        "While",
        "Earlier",
        "Later",
        "Also",
        "Moreover",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "President",
        "Minister",
        "Foreign",
        "Ministry",
        "Secretary",
        "General",
        "Spokesman",
        "Spokesperson",
        "Deputy",
        "Chief",
        "Prime",
        "Vice",
        "Affairs",
        "Defence",
        "Defense",
        "Interior",
        "Security",
        "Council",
        "Office",
        "Department",
        "State",
    ]
)
_ISSUED_BY = re.compile(
    rf"\b(?P<noun>{_DOCUMENT_NOUNS})\s+"
    r"(?:\w+\s+){0,2}?(?:adopted|issued|released|published|prepared|drafted|signed|presented)\s+by\s+(?:the\s+)?",
    re.IGNORECASE,
)
_ISSUED_BY_SCAN = IgnoreCase.of(_ISSUED_BY, prefilter=True)  # every sentence is scanned: the faster twin
_ISSUING_VERBS = ("adopted", "issued", "released", "published", "prepared", "drafted", "signed", "presented")
"""The verbs of `_ISSUED_BY`: a text naming none of them has no sentence to scan for it."""
_GENERIC_ROLES = frozenset(
    [
        "official",
        "officials",
        "authorities",
        "government",
        "leaders",
        "leader",
        "members",
        "statement",
        "report",
        "side",
        "representatives",
        "representative",
        "delegation",
        "delegations",
        "experts",
        "team",
        "panel",
        "observers",
        "monitors",
        "forces",
        "troops",
        "military",
    ]
)
_DIRECTED = {Act.DEMAND, Act.ACCUSE, Act.WARN, Act.SUPPORT, Act.CONCERN}


_Candidate = tuple[int, str, tuple[int, int], tuple[int, int] | None]
"""A speaker candidate: position, actor id (empty when unknown), its span, the person's span if a person."""


class _Cue:
    __slots__ = ("act", "end", "kind", "passive_target", "start")

    def __init__(self, start: int, end: int, kind: str, act: Act | None) -> None:
        self.start = start
        self.end = end
        self.kind = kind  # "act", "rebut", "counter"
        self.act = act
        self.passive_target: str | None = None


class _Speaker:
    __slots__ = ("actor", "co", "person", "span")

    def __init__(self, actor: str, span: tuple[int, int], person: tuple[int, int] | None) -> None:
        self.actor = actor
        self.span = span
        self.person = person
        self.co: list[str] = []


def _cues(doc: Document, sentence: Segment) -> list[_Cue]:
    """The verb cues of a sentence outside quotations, left to right, not overlapping.

    One pass of one alternation: at a position, a rebuttal verb is preferred to a
    counter-claim verb, which is preferred to a statement cue.
    """
    text = doc.text
    out: list[_Cue] = []
    for match in doc.lexicon.cues.finditer(text, sentence.start, sentence.end):
        start = match.start()
        if doc.in_quote(start) or _is_noun_position(text, start, sentence.start):
            continue
        if _INFINITIVE_BEFORE.search(text, max(sentence.start, start - 4), start) and not _GOES_ON_TO.search(
            text, max(sentence.start, start - 30), start
        ):
            continue  # "urged Russia to condemn", "refused to condemn", "was to blame": not an act performed
        if out and not text[out[-1].end : start].strip():
            continue  # "rejected claims", "denied reports": a noun right after a verb is its object
        group = match.lastgroup or ""
        if group in ("rebut", "counter"):
            out.append(_Cue(start, match.end(), group, None))
        else:
            out.append(_Cue(start, match.end(), "act", Act(group)))
    return out


def _strip_zone(text: str, start: int, end: int) -> tuple[int, str]:
    """Remove leading adverbials and prepositional insertions; keep offsets via a mask."""
    zone = text[start:end]
    offset = 0
    while True:
        match = _LEADING_ADVERBIAL.match(zone, offset)
        if not match or match.end() >= len(zone):
            break
        offset = match.end()
    masked: list[str] | None = None  # most zones have no insertion: no copy then
    for match in _INSERTION.finditer(zone, offset):
        if masked is None:
            masked = list(zone)
        for i in range(match.start(), match.end()):
            masked[i] = " "
    return start + offset, ("".join(masked) if masked is not None else zone)[offset:]


class _Attributor:
    """Reads the sentences in order, remembering the last speaker for pronouns."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.last: _Speaker | None = None
        self.last_paragraph = -1
        self.surnames: dict[str, str] = dict(doc.surnames)
        self.descriptions: dict[str, str] = {}
        self.person_names = {doc.text[h.start : h.end]: h.actor for h in doc.persons if h.actor}
        self.sentence_speaker: _Speaker | None = None
        self.rebutters: set[str] = set()
        self.targeted: set[str] = set()
        self.groups_named: dict[frozenset[str], str] | None = None

    # -- speakers
    def _role_after(self, pos: int, limit: int) -> bool:
        window = self.text[pos : min(limit, pos + 40)]
        match = self.doc.lexicon.role_nouns.search(window)
        return bool(match and not window[: match.start()].strip(" ,'’s-").count(" ") > 2)

    def _candidate_actor(self, hit: ActorHit, zone_start: int, limit: int) -> bool:
        text = self.text
        before = text[max(zone_start, hit.start - 60) : hit.start]
        if _PREPOSITION_BEFORE.search(before) and not (
            _ROLE_OF.search(before) and self.doc.lexicon.role_nouns.search(before[-45:])
        ):
            return False
        possessive = _POSSESSIVE.match(text, hit.end, limit)
        if possessive is None:
            return True
        # "Mali's interim military government" speaks; "the Taliban's takeover of power" does not;
        # in "Afghanistan's interim Taliban government" the head, the Taliban, speaks
        noun = possessive.start("noun")
        role = self.doc.lexicon.role_nouns.search(text, noun, min(limit, noun + 45))
        if role is None or len(text[noun : role.start()].split()) > 3:
            return False
        following = self.doc.hits_in(noun, role.end() + 60)  # an actor inside the phrase is its head
        if not following or following[0].start >= role.end():
            return True
        # but "Rwanda's U.N. ambassador" is Rwanda's envoy to the organization, not the organization's
        inner = self.doc.record(following[0].actor)
        return inner is not None and inner.type == "organization" and bool(_ENVOY.search(role.group()))

    def _loose_actor(self, start: int, end: int) -> str | None:
        """The first actor named anywhere in a zone, prepositions or not (for a person's affiliation)."""
        for hit in self.doc.hits_in(start, end):
            if not self.doc.in_quote(hit.start):
                return hit.actor
        adjective = self._adjective_speaker(start, end)
        return adjective[0] if adjective else None

    def _remember(self, start: int, end: int, actor: str) -> None:
        """Keep the role nouns of a resolved speaker phrase: "the foreign ministry" will mean the same actor."""
        for role in self.doc.lexicon.role_nouns.finditer(self.text, start, end):
            key = " ".join(role.group().casefold().split())
            if key not in _GENERIC_ROLES:
                self.descriptions[key] = actor

    def _described(self, start: int, end: int) -> str | None:
        """The actor a definite description ("the external affairs ministry") was last used for."""
        found = [
            self.descriptions.get(" ".join(m.group().casefold().split()))
            for m in self.doc.lexicon.role_nouns.finditer(self.text, start, end)
        ]
        known = [f for f in found if f]
        return known[0] if known else None  # "the external affairs ministry statement": the ministry's

    def _person_actor(self, name: str) -> str | None:
        known = self.person_names.get(name)
        if known:
            return known
        parts = name.split()
        return self.surnames.get(parts[-1]) if parts else None

    def _adjective_actor(self, adjective: ActorHit, limit: int) -> str | None:
        """The actor behind a demonym with a role: "the Iranian foreign ministry" is Iran.

        Where the gazetteer records a de facto authority for the state, its government
        is that authority: "the Afghan government" is the Taliban.
        """
        if not self._role_after(adjective.end, limit):
            return None
        government = _GOVERNMENT.match(self.text, adjective.end, limit)
        if government:
            return self.doc.gazetteer.authorities.get(adjective.actor, adjective.actor)
        return adjective.actor

    def _adjective_speaker(self, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
        for adj in self.doc.adjectives_in(start, end):
            actor = self._adjective_actor(adj, end)
            if actor is not None:
                return actor, (adj.start, adj.end)
        return None

    def _collect(self, zone_start: int, zone: str, end: int, first_word: int) -> list[_Candidate]:
        """Speaker candidates in a (masked) zone: actors, adjective + role, people, known surnames."""
        doc = self.doc
        text = self.text
        candidates: list[_Candidate] = []
        skipped: ActorHit | None = None
        for hit in doc.hits_in(zone_start, end):
            if (zone[hit.start - zone_start] == " " and text[hit.start] != " ") or doc.in_quote(hit.start):
                continue  # inside a removed insertion or a quotation
            if skipped is not None and _same_list(doc, text, skipped, hit):
                skipped = hit  # the list after a preposition goes on: "by France, Britain and Germany"
                continue
            if self._candidate_actor(hit, first_word, end):
                candidates.append((hit.start, hit.actor, (hit.start, hit.end), None))
                break
            skipped = hit
        adjective = self._adjective_speaker(zone_start, end)
        if adjective:
            candidates.append((adjective[1][0], adjective[0], adjective[1], None))
        for match in _PERSON.finditer(text, zone_start, end):
            words = match.group().split()
            if words[0] in _PLAIN_WORDS or all(w in _PLAIN_WORDS for w in words):
                continue
            if any(
                h.start < match.end() and match.start() < h.end for h in doc.hits_in(match.start() - 40, match.end())
            ):
                continue
            if doc.is_place(match.start(), match.end()):
                continue
            actor = self._person_actor(match.group())
            candidates.append((match.start(), actor or "", (match.start(), match.end()), (match.start(), match.end())))
            break
        for person in doc.persons_in(zone_start, end):
            if person.actor:
                candidates.append((person.start, person.actor, (person.start, person.end), (person.start, person.end)))
                break
        stripped = text[first_word:end].strip(" ,\"“”'’–—-")
        single = _SURNAME.fullmatch(stripped)
        if single and not candidates and stripped not in _PLAIN_WORDS:
            # a lone capitalised word before the verb is a surname ("..., Zhao said")
            at = text.find(stripped, zone_start, end)
            actor = self.surnames.get(stripped) or (self.last.actor if self.last else "")
            if actor:
                candidates.append((at, actor, (at, at + len(stripped)), (at, at + len(stripped))))
        candidates.sort(key=lambda c: c[0])
        return candidates

    def _subordinate_subject(
        self, zone_start: int, zone: str, end: int, lead: int
    ) -> tuple[list[_Candidate], int] | None:
        """The subject of a subordinate clause that ends at the cue: "The move came after UN officials told".

        The cue's subject is then the noun phrase after the conjunction, not the main
        clause's subject before it. Only taken when that phrase names a speaker.
        """
        found = max(_SUBORDINATOR.finditer(zone, lead), key=lambda m: m.start(), default=None)
        if found is None or found.start() <= lead:
            return None
        tail = found.end()
        if "," in zone[tail:]:
            return None
        candidates = self._collect(zone_start + tail, zone[tail:], end, zone_start + tail)
        return (candidates, zone_start + tail) if candidates else None

    def _coordinated_subject(
        self, zone_start: int, zone: str, end: int, lead: int
    ) -> tuple[list[_Candidate], int] | None:
        """The subject of a second coordinated clause: "The group wants a state and China held it responsible".

        Taken when an actor's noun phrase runs from the last "and"/"but" to the cue and
        the word before the conjunction is no actor (so it is no list: "Russia and China said").
        """
        found = max(_COORDINATOR.finditer(zone, lead), key=lambda m: m.start(), default=None)
        if found is None or found.start() <= lead or len(zone[lead : found.start()].split()) < 6:
            return None
        doc = self.doc
        tail = zone_start + found.end()
        if doc.hits_in(found.start() + zone_start - 1, found.start() + zone_start) or doc.adjectives_in(
            found.start() + zone_start - 1, found.start() + zone_start
        ):
            return None
        if not _noun_phrase_words(self.text, tail, end):
            return None
        candidates = self._collect(tail, zone[found.end() :], end, tail)
        return (candidates, tail) if candidates else None

    def _learn_name(self, name: str, actor: str, *, replace: bool) -> None:
        """Remember whom a person speaks for under the short forms news uses for them later.

        The last word ("Blinken") and, for two-word names, the first one too, which is the
        family name in Chinese and Korean order ("Mao" of "Mao Ning"); never overriding.
        """
        words = name.split()
        if not words:
            return
        if replace:
            self.surnames[words[-1]] = actor
        else:
            self.surnames.setdefault(words[-1], actor)
        if len(words) == 2:
            self.surnames.setdefault(words[0], actor)

    def _antecedent(self) -> _Speaker | None:
        """What a pronoun subject refers to: this sentence's first speaker, else the last main speaker."""
        return self.sentence_speaker or self.last

    def subject(self, start: int, end: int) -> _Speaker | None:
        """The speaker named in `[start, end)`, the subject zone of a cue."""
        doc = self.doc
        text = self.text
        zone_start, zone = _strip_zone(text, start, end)
        stripped = zone.strip(" ,\"“”'’–—-")
        if not stripped:
            return None
        lead = len(zone) - len(zone.lstrip(" ,\"“”'’–—-"))
        first_word = zone_start + lead
        candidates: list[_Candidate] = []
        tail_only = False
        relative = self._relative_subject(zone_start, zone)
        if relative is not None:
            return relative
        last_word = _LAST_PRONOUN.search(zone)
        antecedent = self._antecedent()
        if last_word is not None and last_word.start() > lead and antecedent is not None:
            # "... disappearances, issues it said have fueled conflict": the pronoun right before the verb
            at = zone_start + last_word.start(1)
            return _Speaker(antecedent.actor, (at, at + len(last_word.group(1))), antecedent.person)
        clause = self._subordinate_subject(zone_start, zone, end, lead) or self._coordinated_subject(
            zone_start, zone, end, lead
        )
        if clause is not None:
            candidates, first_word = clause
            tail_only = True
        comma = -1 if tail_only else zone.rfind(",")
        if comma > lead and zone[comma + 1 :].strip(" ,\"“”'’–—-"):
            # the subject usually stands right before its verb: try the last comma-separated part first,
            # unless that part only continues a list ("China, Iran and Pakistan")
            tail = comma + 1 + len(zone[comma + 1 :]) - len(zone[comma + 1 :].lstrip(" \"“”'’–—-"))
            before_comma = list(doc.hits_in(zone_start, zone_start + comma + 1))
            after_comma = doc.hits_in(zone_start + tail, end)
            # a list ends with "and"/"or": in "influenced by Armenia, Azerbaijan said" the tail is the subject
            continues_list = (
                bool(before_comma and after_comma)
                and _LIST_END.search(zone, comma) is not None
                and _same_list(doc, text, before_comma[-1], after_comma[0])
            )
            if not continues_list:
                candidates = self._collect(zone_start + tail, zone[tail:], end, zone_start + tail)
                tail_anaphor = doc.lexicon.anaphors.match(text, zone_start + tail)
                if candidates or (
                    tail_anaphor and tail_anaphor.end() >= end - 1 - len(text[tail_anaphor.end() : end].lstrip())
                ):
                    first_word = zone_start + tail
                    tail_only = True
                elif _UNNAMED_SOURCE.fullmatch(zone, tail):
                    return None  # "..., reports said", "..., analysts say": no actor speaks
        if not candidates and not tail_only:
            candidates = self._collect(zone_start, zone, end, first_word)
        anaphor = doc.lexicon.anaphors.match(text, first_word)
        role_lead = _ARTICLE.match(text, first_word, end)
        if candidates:
            pos, actor, span, person = candidates[0]
            if not actor:
                others = [c for c in candidates[1:] if c[1]]
                loose = self._loose_actor(zone_start, end)
                if others:
                    actor = others[0][1]
                elif loose is not None:
                    actor = loose  # "Jo Chol-su, director general ... at North Korea's foreign ministry"
                elif antecedent is not None:
                    actor = antecedent.actor
                else:
                    return None
                self._learn_name(text[span[0] : span[1]], actor, replace=True)
            for other in candidates:
                if other[3] is not None and other[2][1] - other[2][0] > 0:
                    self._learn_name(text[other[2][0] : other[2][1]], actor, replace=False)
            if (
                anaphor
                and anaphor.end() <= pos
                and antecedent is not None
                and not person
                and anaphor.start() == first_word
            ) and _PRONOUN.fullmatch(anaphor.group()):
                return _Speaker(antecedent.actor, (anaphor.start(), anaphor.end()), antecedent.person)
            other_persons = [c[3] for c in candidates if c[3] is not None]
            phrase_start = _phrase_start(text, first_word, span[0])
            joined = _JOINING_WORD.match(text, phrase_start, span[0])
            if joined:  # "..., while Iran warned", "which Beijing says": the conjunction is no part of the name
                phrase_start = joined.end()
            speaker_end = max(_speaker_phrase_end(text, phrase_start, end), span[1])
            self._remember(phrase_start, speaker_end, actor)
            speaker = _Speaker(
                actor, (phrase_start, speaker_end), person or (other_persons[0] if other_persons else None)
            )
            speaker.co = self._co_speakers(actor, span, end)
            return self._as_group(speaker)
        if anaphor and anaphor.start() == first_word:
            phrase_end = max(anaphor.end(), _speaker_phrase_end(text, first_word, end))
            known = None if _PRONOUN.fullmatch(anaphor.group()) else self._described(first_word, phrase_end)
            if known is not None:
                return _Speaker(known, (first_word, phrase_end), None)
            if antecedent is not None:
                return _Speaker(antecedent.actor, (anaphor.start(), anaphor.end()), antecedent.person)
        phrase_end = _speaker_phrase_end(text, first_word, end)
        owned = _OWNER_LEAD.match(text, first_word, end)
        if owned and antecedent is not None and doc.lexicon.role_nouns.search(text, owned.end(), phrase_end):
            return _Speaker(antecedent.actor, (first_word, phrase_end), None)  # "Its foreign ministry said"
        if role_lead and doc.lexicon.role_nouns.search(text, first_word, phrase_end):
            known = self._described(first_word, phrase_end)
            if known is not None:
                return _Speaker(known, (first_word, phrase_end), None)
            if antecedent is not None and phrase_end - first_word < 60:
                self._remember(first_word, phrase_end, antecedent.actor)
                return _Speaker(antecedent.actor, (first_word, phrase_end), None)
        return None

    def _relative_subject(self, zone_start: int, zone: str) -> _Speaker | None:
        """The actors of the noun phrase a relative clause hangs on: "a statement by France and Germany that urged".

        Only when the zone ends in "that"/"which"/"who" and the phrase's last actor (or
        list of actors) stands right before it.
        """
        relative = _RELATIVE_END.search(zone)
        if relative is None:
            return None
        doc = self.doc
        at = zone_start + relative.start()
        hits = [h for h in doc.hits_in(max(zone_start, at - 120), at) if not doc.in_quote(h.start)]
        if not hits or not _RELATIVE_GAP.fullmatch(self.text, hits[-1].end, at):
            return None
        listed = [hits[-1]]
        for hit in reversed(hits[:-1]):
            if not _same_list(doc, self.text, hit, listed[0]):
                break
            listed.insert(0, hit)
        speaker = _Speaker(listed[0].actor, (listed[0].start, listed[-1].end), None)
        speaker.co = [h.actor for h in listed[1:] if h.actor != listed[0].actor]
        speaker = self._as_group(speaker)
        # "a joint statement by France, Britain and Germany that ...": later "the joint statement" is theirs
        by = _DOCUMENT_BY.search(self.text, max(zone_start, listed[0].start - 60), listed[0].start)
        if by is not None:
            self._remember(by.start(), by.end(), speaker.actor)
        return speaker

    def _as_group(self, speaker: _Speaker) -> _Speaker:
        """Joint speakers that are exactly the members of a group the article names speak as that group.

        "France, Britain and Germany said" in an article that names the E3 is the E3.
        """
        if not speaker.co:
            return speaker
        if self.groups_named is None:  # once per document: the groups of states the article names
            self.groups_named = {}
            for actor in dict.fromkeys(h.actor for h in self.doc.hits):
                record = self.doc.record(actor)
                if record is not None and record.type == "organization" and len(record.members) > 1:
                    self.groups_named.setdefault(frozenset(record.members), actor)
        group = self.groups_named.get(frozenset([speaker.actor, *speaker.co]))
        return _Speaker(group, speaker.span, speaker.person) if group is not None else speaker

    def _co_speakers(self, actor: str, span: tuple[int, int], end: int) -> list[str]:
        """Actors listed with the subject ("China, Iran and Pakistan described ..."): they speak too."""
        doc = self.doc
        out: list[str] = []
        previous = next((h for h in doc.hits_in(span[0], span[1] + 1) if h.actor == actor), None)
        if previous is None:
            return out
        for hit in doc.hits_in(span[1], end):
            if not _same_list(doc, self.text, previous, hit):
                break
            if hit.actor != actor and hit.actor not in out:
                out.append(hit.actor)
            previous = hit
        return out

    def inverted(self, cue_end: int, limit: int) -> _Speaker | None:
        """The speaker after an inverted cue ("..., said Lavrov", "read the UNSC report")."""
        window_end = min(limit, cue_end + 80)
        comma = self.text.find(",", cue_end, window_end)
        if comma > 0:
            window_end = comma
        for hit in self.doc.hits_in(cue_end, window_end):
            return _Speaker(hit.actor, (hit.start, hit.end), None)
        for person in self.doc.persons_in(cue_end, window_end):
            if person.actor:
                return _Speaker(person.actor, (person.start, person.end), (person.start, person.end))
        surname = _NEXT_NAME.match(self.text[cue_end:window_end])
        if surname and surname.group(1) in self.surnames:  # "..., said Sharif"
            at = cue_end + surname.start(1)
            return _Speaker(
                self.surnames[surname.group(1)], (at, cue_end + surname.end(1)), (at, cue_end + surname.end(1))
            )
        described = _ARTICLE.match(self.text, cue_end + 1, window_end)
        if described is not None:  # "..., read the joint statement": a document already tied to its author
            phrase_end = _speaker_phrase_end(self.text, described.start(), window_end)
            known = self._described(described.start(), phrase_end)
            if known is not None:
                return _Speaker(known, (described.start(), phrase_end), None)
        return None

    # -- targets
    def targets(self, sentence: Segment, cues: list[_Cue], speaker: str, zone_end: int) -> list[str]:
        """Actors the event is directed at or about (see the module docstring, rule 4)."""
        doc = self.doc
        text = self.text
        out: list[str] = [c.passive_target for c in cues if c.passive_target and c.passive_target != speaker]
        for i, cue in enumerate(cues):
            if cue.act not in _DIRECTED or cue.passive_target:
                continue
            limit = min(cues[i + 1].start if i + 1 < len(cues) else sentence.end, cue.end + 70)
            for hit in doc.hits_in(cue.start, limit):  # some cues hold their object: "held X responsible"
                if hit.actor == speaker or doc.in_quote(hit.start) or _modifier(text, hit):
                    continue
                if _OBJECT_GAP.fullmatch(text, cue.end, hit.start) or not self._locative(sentence, hit):
                    out.append(hit.actor)  # "lashed out at Japan": the object, not a place
                    break
            # "summoned Iranian diplomats": a demonym with a role inside the cue is its object
            inside = next(
                (a for adj in doc.adjectives_in(cue.start, cue.end) if (a := self._adjective_actor(adj, limit))), None
            )
            if inside is not None and inside != speaker:
                out.append(inside)
            # "showed their support for Cairo and Khartoum": capitals as objects name their states
            out.extend(
                capital.actor
                for capital in doc.capitals_in(cue.end, limit)
                if _CAPITAL_OBJECT.search(text, max(cue.end, capital.start - 30), capital.start)
                or _OBJECT_GAP.fullmatch(text, cue.end, capital.start)
                or not text[cue.end : capital.start].strip()
            )
        region = max(zone_end, cues[0].end)
        # "concern about the Ethiopian government's plans": the state behind an adjective + role
        for adjective in doc.adjectives_in(region, sentence.end):
            actor = self._adjective_actor(adjective, sentence.end)
            if actor is not None and actor != speaker:
                out.append(actor)
        listed: tuple[frozenset[str], int] | None = None  # an organization's members, and where its list is
        seen = set(out)
        for hit in doc.hits_in(region, sentence.end):
            if listed and hit.actor in listed[0] and _APPOSITION_GAP.fullmatch(text, listed[1], hit.start):
                listed = (listed[0], hit.end)
                continue  # "the E3 countries –– France, Britain and Germany": the members restate the group
            organization = doc.record(hit.actor)
            is_group_of_states = organization is not None and organization.type == "organization"
            listed = (frozenset(organization.members), hit.end) if is_group_of_states and organization else None
            if (
                hit.actor == speaker
                or hit.actor in seen
                or self._locative(sentence, hit)
                or self._author(hit)
                or _modifier(text, hit)
            ):
                continue
            record = doc.record(hit.actor)
            if record is None or (record.type == "state" and hit.via == "name" and _member_of(doc, hit.actor, speaker)):
                continue
            out.append(hit.actor)
            seen.add(hit.actor)
        return list(dict.fromkeys(out))

    def _author(self, hit: ActorHit) -> bool:
        """Whether the mention names the author of a cited document ("a UN Security Council report")."""
        return bool(_AUTHOR_OF.match(self.text, hit.end))

    def _venues(self, sentence: Segment) -> list[tuple[int, int]]:
        """Gatherings named in the sentence ("a meeting of the CSTO Collective Security Council"): venues."""
        text = self.text
        spans = []
        for match in self.doc.lexicon.events.finditer(text, sentence.start, sentence.end):
            tail = _VENUE_TAIL.match(text, match.end(), sentence.end)
            spans.append((match.start(), tail.end() if tail else match.end()))
        return spans

    def _locative(self, sentence: Segment, hit: ActorHit) -> bool:
        """Whether a mention is a place ("in Afghanistan", "in Astana, Kazakhstan"), not an actor."""
        text = self.text
        match = _LOCATIVE_BEFORE.search(text, max(sentence.start, hit.start - 40), hit.start)
        if match is None or _PHRASAL_BEFORE.search(text, max(sentence.start, hit.start - 40), hit.start):
            return False  # "rein in the TTP", "crack down on the ETIM": the particle of a verb
        # "representatives from the United Nations": people from an actor, not a place
        if not text.startswith("from", match.start()):
            return True
        roles = self.doc.lexicon.role_nouns.finditer(text, max(sentence.start, match.start() - 40), match.start())
        return not any(not text[role.end() : match.start()].strip() for role in roles)

    # -- the main loop
    def run(self) -> None:
        doc = self.doc
        text = self.text
        previous_event: SpeechEvent | None = None
        # no sentence needs the "according to" ("issued by") scan when the text never says "according"
        # (none of the issuing verbs); texts that do not fold exactly are scanned as before
        exact, low = folds_exactly(text), lowered(text)
        according = not exact or "according" in low
        documents = not exact or any(verb in low for verb in _ISSUING_VERBS)
        for index, sentence in enumerate(doc.sentences):
            if sentence.paragraph > self.last_paragraph + 1:
                self.last = None
            new_paragraph = sentence.paragraph != self.last_paragraph
            self.last_paragraph = sentence.paragraph
            cues = _cues(doc, sentence)
            quotes = doc.quotes_in(sentence.start, sentence.end)
            if documents:
                self._documents(index, sentence)
            self._nominal_rebuttals(index, sentence)
            if according:
                self._according_to(index, sentence, quotes)
            if not cues:
                opens_with_quote = bool(quotes) and not text[sentence.start : quotes[0].open].strip()
                if (
                    opens_with_quote
                    and previous_event is not None
                    and self.last is not None
                    and (previous_event.sentence == index - 1 or new_paragraph)
                ):
                    self._continue(previous_event, index, quotes, sentence)
                continue
            groups = self._speakers(sentence, cues, quotes)
            starts = [min(c.start for c in g[1]) for g in groups]
            cue_starts = [c.start for c in cues]  # once per sentence: every group looks up the next cue in it
            quote_starts = [q.start for q in quotes]
            for n, (speaker, group_cues) in enumerate(groups):
                # a quotation belongs to the group whose cue comes before it (sentence-initial ones to the first)
                lo = 0 if n == 0 else bisect.bisect_left(quote_starts, starts[n])
                hi = bisect.bisect_left(quote_starts, starts[n + 1]) if n + 1 < len(groups) else len(quotes)
                mine = quotes[lo:hi]
                # each group reads only its own stretch of the sentence, so a huge sentence stays linear
                limit = starts[n + 1] if n + 1 < len(groups) else sentence.end
                if n + 1 < len(groups) and _CLAUSE_COMMA.search(
                    text, max(sentence.start, groups[n + 1][0].span[0] - 20), groups[n + 1][0].span[0]
                ):
                    # up to the next main clause's subject: in "..., the Islamic Emirate said" it is no target
                    limit = min(limit, max(groups[n + 1][0].span[0], *(c.end for c in group_cues)))
                window = Segment(
                    max(sentence.start, min(speaker.span[0], starts[n]) - MAX_CLAUSE),
                    min(limit, max(c.end for c in group_cues) + MAX_CLAUSE),
                    sentence.paragraph,
                )
                event = self._event(index, window, speaker, cues=group_cues, quotes=mine, cue_starts=cue_starts)
                if event is not None:
                    doc.events.append(event)
                    if n == 0:
                        previous_event = event  # a following quotation continues the main speaker
                    for co in speaker.co:  # a joint act is one event per actor, cited by its own name
                        named = next((h for h in doc.hits_in(speaker.span[0], event.cue_start) if h.actor == co), None)
                        doc.events.append(
                            attrs.evolve(
                                event,
                                speaker=co,
                                speaker_span=(named.start, named.end) if named else event.speaker_span,
                                person_span=None if named else event.person_span,
                                targets=[t for t in event.targets if t not in {co, *speaker.co, speaker.actor}],
                                quotes=[],
                                claims=list(event.claims),
                            )
                        )
            if groups:
                self.last = groups[0][0]  # pronouns refer back to the main clause's subject

    def _speakers(
        self, sentence: Segment, cues: list[_Cue], quotes: list[QuoteSpan]
    ) -> list[tuple[_Speaker, list[_Cue]]]:
        text = self.text
        groups: list[tuple[_Speaker, list[_Cue]]] = []
        current: _Speaker | None = None
        previous_end = sentence.start
        passive: list[_Cue] = []
        leading: list[_Cue] = []
        next_quote = 0
        self.sentence_speaker = None
        for cue in cues:
            while next_quote < len(quotes) and quotes[next_quote].close <= cue.start:
                next_quote += 1  # quotations before this cue; each is passed over once per sentence
            last = quotes[next_quote - 1] if next_quote else None
            closing = (
                [last]
                if last is not None
                and last.closed
                and previous_end <= last.close
                and not text[previous_end : last.open].strip(" ,:;–—-")
                else []
            )
            start = closing[-1].close if closing else previous_end
            if current is not None and _AND_BEFORE.search(text, max(previous_end, cue.start - 40), cue.start):
                groups[-1][1].append(cue)
                previous_end = cue.end
                continue
            passive_like = _PASSIVE_BEFORE.search(text, max(previous_end, cue.start - 30), cue.start) or _MODAL.match(
                text, cue.start
            )
            if passive_like and cue.act not in _DIRECTED and not _MODAL.match(text, cue.start):
                # "is stated to be", "was announced": nobody in the subject speaks
                previous_end = cue.end
                continue
            if passive_like and cue.act in _DIRECTED:
                # "Pakistan has been advised to ...": the subject is the target; the speaker is said elsewhere
                subject = self.subject(start, cue.start)
                cue.passive_target = subject.actor if subject else None
                passive.append(cue)
                previous_end = cue.end
                continue
            speaker = self.subject(start, cue.start)
            if speaker is None and closing:
                speaker = self.inverted(cue.end, sentence.end)
            if speaker is None and current is not None:
                groups[-1][1].append(cue)
                previous_end = cue.end
                continue
            if speaker is None:
                if (
                    not groups
                    and _OPENING_PARTICIPLE.fullmatch(text, cue.start, cue.end)
                    and not text[sentence.start : cue.start].strip(" \"“'‘")
                ):
                    leading.append(cue)  # "Accusing Washington of hypocrisy, Beijing said ...": Beijing's
                previous_end = cue.end
                continue
            if current is not None and speaker.actor == current.actor:
                groups[-1][1].append(cue)
            else:
                groups.append((speaker, [*leading, cue]))
                leading = []
                current = speaker
                if self.sentence_speaker is None:
                    self.sentence_speaker = speaker
            previous_end = cue.end
        if passive:
            host = next((g for g in groups if all(g[0].actor != c.passive_target for c in passive)), None)
            if host is not None:
                host[1].extend(passive)
            elif self.last is not None and all(self.last.actor != c.passive_target for c in passive):
                groups.append((self.last, passive))
        return groups

    def _event(
        self,
        index: int,
        sentence: Segment,
        speaker: _Speaker,
        *,
        cues: list[_Cue],
        quotes: list[QuoteSpan],
        cue_starts: list[int],
    ) -> SpeechEvent | None:
        doc = self.doc
        text = self.text
        lex = doc.lexicon
        acts = list(dict.fromkeys(c.act for c in cues if c.act is not None))
        kinds = {c.kind for c in cues}
        first = cues[0]
        rebuttal = "rebut" in kinds
        object_actors: list[str] = []
        object_acts: list[Act] = []
        object_span: tuple[int, int] | None = None
        accuses_actor = False  # "... and accusing the OAS of serving Washington": an accusation of its own
        for cue in cues:
            if cue.kind == "rebut" or cue.act == Act.ACCUSE:
                after = bisect.bisect_right(cue_starts, cue.end)  # the next cue of the sentence bounds the object
                limit = min(sentence.end, cue_starts[after]) if after < len(cue_starts) else sentence.end
                clause_end = _clause_end(text, cue.end, limit)
                noun = lex.object_nouns.search(text, cue.end, min(clause_end, cue.end + 90))
                if cue.act == Act.ACCUSE and not (noun and noun.lastgroup == "assert" and noun.start() - cue.end < 45):
                    accuses_actor = accuses_actor or bool(doc.hits_in(cue.end, min(clause_end, cue.end + 40)))
                    continue
                rebuttal = True
                if noun and noun.lastgroup:
                    object_acts.append(Act(noun.lastgroup))
                object_span = (cue.end, clause_end)
                found: list[tuple[int, str]] = []
                for hit in doc.hits_in(cue.end, clause_end):
                    # "hit back at Canada over its allegations": right after the verb, "at X" is its object
                    if hit.actor != speaker.actor and (
                        _OBJECT_GAP.fullmatch(text, cue.end, hit.start) or not self._locative(sentence, hit)
                    ):
                        found.append((hit.start, hit.actor))
                        break
                adjective = self._adjective_speaker(cue.end, clause_end)
                if adjective and adjective[0] != speaker.actor:
                    found.append((adjective[1][0], adjective[0]))
                if found:
                    object_actors.append(min(found)[1])
                    if noun is not None:
                        # "rejected the UNSC report": later "the report said" is the UNSC speaking
                        self.descriptions[" ".join(noun.group().casefold().split())] = min(found)[1]
        in_run = speaker.actor in self.rebutters
        content = _content(text, cues, sentence, quotes, speaker.span[0])
        if rebuttal and not object_acts:
            response = _IN_RESPONSE.match(text, sentence.start, first.start)
            if response:
                noun = lex.object_nouns.search(text, response.end(), first.start)
                if noun and noun.lastgroup:
                    object_acts.append(Act(noun.lastgroup))
                    for hit in doc.hits_in(response.end(), first.start):
                        if hit.actor != speaker.actor:
                            object_actors.append(hit.actor)
                            break
        if rebuttal and not object_actors:
            # "said the resolution contained ...": a document described earlier names whom it answers
            for a, b in [(first.end, sentence.end), *content]:
                for noun in lex.object_nouns.finditer(text, a, b):
                    known = self.descriptions.get(" ".join(noun.group().casefold().split()))
                    if known and known != speaker.actor:
                        object_actors.append(known)
                        break
                if object_actors:
                    break
        statement_acts = [a for a in acts if a in {Act.DEMAND, Act.WARN, Act.ACCUSE, Act.SUPPORT}]
        if (
            not rebuttal
            and (Act.DEMAND in acts or Act.WARN in acts)
            and self._own_affairs(speaker.actor, first.end, sentence.end)
        ):
            # "enjoined Tajikistan not to meddle in Afghanistan's internal affairs": a demand that rebuts
            rebuttal = True
        if not rebuttal and not statement_acts and all(c.act in {Act.ASSERT, None} for c in cues):
            # "In reaction to the CSTO's statement ..., the Taliban said ...": plain words answering another's claim
            answered = self._answered(sentence, first.start, speaker.actor)
            if answered is not None:
                rebuttal = True
                object_acts.append(answered[1])
                object_actors.append(answered[0])
        if (
            not rebuttal
            and "counter" in kinds
            and not (statement_acts and not in_run)  # "pressured Kabul, insisting that ...": a demand
            and (in_run or speaker.actor in self.targeted or self._contrast(sentence, first.start, object_acts))
        ):
            rebuttal = True
        if (
            not rebuttal
            and not statement_acts
            and (
                speaker.actor in self.targeted
                or in_run
                or any(_SPEECH.match(text[c.start : c.end]) for c in cues)
                or self._contrast(sentence, first.start, object_acts)
            )
            and (  # rebuttal words in what was said: scanned last, as few events get this far
                any(
                    lex.rebuttal_phrases.search(text, a, b) or lex.rebuttal_verbs.search(text, a, b) for a, b in content
                )
                or lex.rebuttal_phrases.search(text, first.end, sentence.end)
            )
        ):
            rebuttal = True
        if (
            not rebuttal
            and in_run
            and not statement_acts
            and all(c.kind == "counter" or (c.act == Act.ASSERT) for c in cues)
        ):
            rebuttal = True
        if "counter" in kinds and not rebuttal:
            acts = [*acts, Act.ASSERT] if Act.ASSERT not in acts else acts
        if not acts and not rebuttal:
            acts = [Act.ASSERT]
        targets = self.targets(sentence, cues, speaker.actor, speaker.span[1])
        venues = self._venues(sentence)
        # "Accusing Washington of ..., Beijing said": an opening participle's clause is the speaker's too
        opening = [(c.end, speaker.span[0]) for c in cues if c.end <= speaker.span[0]]
        for a, b in [*content, *opening]:  # who the speaker's own words are about ("China hopes that the Taliban ...")
            for hit in doc.hits_in(a, b):
                if (
                    hit.actor != speaker.actor
                    and hit.actor not in targets
                    and not self._locative(sentence, hit)
                    and not self._author(hit)
                    and not _modifier(text, hit)
                ):
                    targets.append(hit.actor)
        if venues:  # an actor named only as the host of a gathering is where it was said, not a target
            hits = doc.hits_in(sentence.start, sentence.end)
            inside = {h.actor for h in hits if any(a <= h.start < b for a, b in venues)}
            outside = {h.actor for h in hits if not any(a <= h.start < b for a, b in venues)}
            targets = [t for t in targets if t not in inside or t in outside]
        evidence = (first.start, _clause_end(text, cues[-1].end, sentence.end))
        event = SpeechEvent(
            sentence=index,
            speaker=speaker.actor,
            speaker_span=speaker.span,
            person_span=speaker.person,
            acts=acts,
            cue_start=first.start,
            rebuttal=rebuttal,
            quotes=quotes,
            evidence=evidence,
            targets=targets,
            content=content,
            objects=object_actors,
            object_span=object_span,
            object_acts=object_acts,
            topic_spans=[evidence, *((q.start, q.end) for q in quotes)],
        )
        if rebuttal:
            event.claims = _claims(doc, cues, sentence, content, quotes)
            # demands, warnings, support, and accusations other than "denounced the statement" stand on their own
            event.also_statement = bool(statement_acts) and (
                any(act != Act.ACCUSE for act in statement_acts) or not object_acts or accuses_actor
            )
            if any(len(text[q.start : q.end].split()) >= 4 for q in quotes):
                event.also_statement = True  # the rebutter's own words are also a statement of theirs
                event.targets = list(dict.fromkeys([*object_actors, *targets]))
            elif self._third_parties(speaker.actor, targets, object_actors):
                event.also_statement = True  # "... a response to the exercise of the US and South Korea"
            self.rebutters.add(speaker.actor)
            self._lead_in(speaker.actor)
        else:
            self.targeted.update(t for t in targets if t != speaker.actor)
        return event

    def _contrast(self, sentence: Segment, cue_start: int, object_acts: list[Act]) -> bool:
        """Whether the words before the cue set it against what was said ("However, ...", "In response to X's claims").

        Asked only when an event's other conditions leave it open: most events never need it.
        """
        text = self.text
        return bool(_CONTRAST_SCAN.search(text, sentence.start, cue_start + 1)) or (
            bool(object_acts) and bool(_IN_RESPONSE.match(text, sentence.start, cue_start))
        )

    def _answered(self, sentence: Segment, cue_start: int, speaker: str) -> tuple[str, Act] | None:
        """The actor and act a sentence opening "In response to X's claims" answers, if not a request."""
        text = self.text
        response = _IN_RESPONSE.match(text, sentence.start, cue_start)
        if response is None:
            return None
        noun = self.doc.lexicon.object_nouns.search(text, response.end(), cue_start)
        if noun is None or noun.lastgroup in (None, "demand"):
            return None  # "in response to the EU's call" is compliance as often as refusal
        for hit in self.doc.hits_in(response.end(), noun.start()):
            if hit.actor != speaker:
                return hit.actor, Act(noun.lastgroup)
        return None

    def _own_affairs(self, speaker: str, start: int, end: int) -> bool:
        """Whether `[start, end)` speaks of the speaker's own internal affairs ("its", "Afghanistan's", "our").

        Not someone else's: "Iran's interference in the internal affairs of regional countries".
        """
        text = self.text
        doc = self.doc
        for match in _OWN_AFFAIRS.finditer(text, start, end):
            owner = _AFFAIRS_OWNER.search(text, max(start, match.start() - 40), match.start())
            if owner is None:
                continue
            if owner.group("pronoun"):
                return True
            record = doc.gazetteer.get(speaker)
            home = {speaker, record.based_in if record is not None else None}
            named = doc.hits_in(owner.start(), owner.end())
            if any(h.actor in home or doc.gazetteer.authorities.get(h.actor) == speaker for h in named):
                return True
        return False

    def _third_parties(self, speaker: str, targets: list[str], answered: list[str]) -> list[str]:
        """States a rebuttal also speaks about, besides the party it answers."""
        governs = self.doc.gazetteer.get(speaker)
        home = governs.based_in if governs is not None else None
        out = []
        for target in targets:
            record = self.doc.record(target)
            if target in answered or target == home or record is None or record.type != "state":
                continue
            out.append(target)
        return out

    def _lead_in(self, speaker: str) -> None:
        """Plain assertions by the rebutter right before its rebuttal are part of it (its lead-in)."""
        for event in reversed(self.doc.events):
            if event.speaker != speaker or event.rebuttal:
                break  # an earlier rebuttal already took its own lead-in
            if set(event.acts) - {Act.ASSERT}:
                break
            event.rebuttal = True
            event.also_statement = True  # it stays a statement of the speaker as well
            event.claims = [
                (a, b, claim_kind(self.doc, a, b))
                for start, end in event.content
                for a, b in split_claims(self.text, start, end)
            ]

    def _according_to(self, index: int, sentence: Segment, quotes: list[QuoteSpan]) -> None:
        """Find statements attributed with "according to X" (X an actor, not a report or an agency)."""
        doc = self.doc
        text = self.text
        for match in _ACCORDING_SCAN.finditer(text, sentence.start, sentence.end):
            if doc.in_quote(match.start()):
                continue
            comma = text.find(",", match.end(), min(sentence.end, match.end() + 120))
            np_end = comma if comma > 0 else min(sentence.end, match.end() + 120)
            if doc.lexicon.media.search(text, match.end(), np_end) and not doc.hits_in(match.end(), np_end):
                continue
            actor = self._loose_actor(match.end(), np_end)
            if actor is None:
                continue
            if match.start() - sentence.start < 3:
                content = (np_end + 1, sentence.end)
            else:
                content = (sentence.start, match.start())
            a, b = content
            while a < b and text[a] in ' ,"“”':
                a += 1
            while b > a and text[b - 1] in ' ,."“”':
                b -= 1
            if b - a < 10:
                continue
            venues = self._venues(sentence)
            targets = [
                h.actor
                for h in doc.hits_in(a, b)
                if h.actor != actor
                and not self._locative(sentence, h)
                and not any(v0 <= h.start < v1 for v0, v1 in venues)
            ]
            doc.events.append(
                SpeechEvent(
                    sentence=index,
                    speaker=actor,
                    speaker_span=(match.end(), _speaker_phrase_end(text, match.end(), np_end)),
                    person_span=None,
                    acts=[Act.ASSERT],
                    cue_start=match.start(),
                    rebuttal=False,
                    quotes=[q for q in quotes if a <= q.start < b],
                    evidence=(a, b),
                    targets=list(dict.fromkeys(targets)),
                    content=[(a, b)],
                )
            )

    def _nominal_rebuttals(self, index: int, sentence: Segment) -> None:
        """Find rebuttals reported as nouns: "the Taliban's previous denials of ... and their assurances that ..."."""
        doc = self.doc
        text = self.text
        for hit in doc.hits_in(sentence.start, sentence.end):
            if text[hit.end : hit.end + 1] not in _APOSTROPHES:
                continue  # the pattern opens with one: no call for the other mentions
            match = _NOMINAL_REBUTTAL.match(text, hit.end, sentence.end)
            if match is None or doc.in_quote(hit.start):
                continue
            start = hit.start
            article = text.rfind("the ", max(sentence.start, start - 4), start)
            if article >= 0 and text[article:start].casefold() == "the ":
                start = article
            end = _clause_end(text, match.end(), sentence.end)
            comma = text.find(", ", match.end(), end)  # the noun phrase ends where the main clause resumes
            end = comma if comma > 0 and _NOMINAL_TAIL.match(text, comma) else end
            claims = [
                (a, b, claim_kind(doc, a, b) if "assur" not in text[a:b] else ClaimKind.ASSURANCE)
                for a, b in _split_nominal(text, start, end)
            ]
            if not claims:
                continue
            doc.events.append(
                SpeechEvent(
                    sentence=index,
                    speaker=hit.actor,
                    speaker_span=(start, hit.end),
                    person_span=None,
                    acts=[],
                    cue_start=match.start("noun"),
                    rebuttal=True,
                    quotes=[],
                    evidence=(start, end),
                    targets=[],
                    content=[],
                    claims=claims,
                    nominal=True,
                )
            )
            self.rebutters.add(hit.actor)

    def _documents(self, index: int, sentence: Segment) -> None:
        """Find documents issued by an actor ("a resolution adopted by the European Parliament"): its statements."""
        doc = self.doc
        text = self.text
        for match in _ISSUED_BY_SCAN.finditer(text, sentence.start, sentence.end):
            if doc.in_quote(match.start()):
                continue
            # the issuer is the noun phrase right after "by": not "drafted by groups influenced by Armenia"
            hit = next(iter(doc.hits_in(match.end(), min(sentence.end, match.end() + 40))), None)
            if hit is None or not _noun_phrase_words(text, match.end(), hit.start):
                continue
            noun = " ".join(match.group("noun").casefold().split())
            self.descriptions[noun] = hit.actor
            clause_end = _clause_end(text, hit.end, sentence.end)
            targets = [
                h.actor
                for h in doc.hits_in(hit.end, clause_end)
                if h.actor != hit.actor and not self._locative(sentence, h) and not doc.in_quote(h.start)
            ]
            doc.events.append(
                SpeechEvent(
                    sentence=index,
                    speaker=hit.actor,
                    speaker_span=(hit.start, hit.end),
                    person_span=None,
                    acts=[Act.ASSERT],
                    cue_start=match.start(),
                    rebuttal=False,
                    quotes=[],
                    evidence=(match.start(), clause_end),
                    targets=list(dict.fromkeys(targets)),
                    content=[],
                    document=True,
                )
            )

    def _continue(self, event: SpeechEvent, index: int, quotes: list[QuoteSpan], sentence: Segment) -> None:
        """A sentence that only quotes: more words of the last speaker."""
        last = event.quotes[-1].start if event.quotes else -1
        new = [q for q in quotes if q.start > last]  # quotations only ever come later in the text
        event.quotes.extend(new)
        if event.rebuttal:
            for quote in new:
                event.claims.extend(_split_quote_claims(self.doc, quote.start, quote.end))
            if any(len(self.text[q.start : q.end].split()) >= 4 for q in new):
                event.also_statement = True
        del index, sentence


_NP_WORD = re.compile(
    r"(?:[A-Z0-9][\w'’.-]*|the|an|a|of|for|and|in|at|to|senior|deputy|chief|top|foreign|external|"
    r"interior|defen[cs]e|former|current|interim|acting|official|permanent|special|joint|respective|ruling|"
    r"transitional|military|local|de[ -]facto|armed|affairs|international|several|other|three|two|four|five|six|policy|"
    r"caretaker|outgoing|incoming|"
    r"fellow|european)(?![\w-])(?:['’]s?)?|['’]s?(?![\w-])|\([^()]{1,20}\)",
)


def _modifier(text: str, hit: ActorHit) -> bool:
    """Whether a mention only modifies a noun in a compound: not what a statement is about.

    "NATO-caliber weapons", "Taliban-controlled Afghanistan", "weapons left by US-led
    forces": the statement is about the weapons, the country, the forces.
    """
    return _COMPOUND_TAIL.match(text, hit.end) is not None


def _same_list(doc: Document, text: str, before: ActorHit, hit: ActorHit) -> bool:
    """Whether `hit` continues a list that `before` is in ("France, Britain, and Germany")."""
    if not LIST_GAP.fullmatch(text, before.end, hit.start):
        return False
    a, b = doc.record(before.actor), doc.record(hit.actor)
    return a is not None and b is not None and a.type == b.type


_APPOSITION_GAP = re.compile(
    r"(?:\s+(?:countries|members|states|nations|powers))?\s*(?:[–—-]+|,|\(|:)\s*|\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
)


def _member_of(doc: Document, state: str, organization: str) -> bool:
    """Whether the gazetteer lists `state` as a member of `organization` (members are not its targets)."""
    record = doc.record(organization)
    return bool(record and state in record.members)


def _phrase_start(text: str, first_word: int, actor_start: int) -> int:
    """Where the noun phrase around an actor mention starts: back over names, roles and modifiers."""
    if actor_start <= first_word:
        return actor_start
    if _speaker_phrase_end(text, first_word, actor_start + 1) >= actor_start:
        return first_word  # the whole zone up to the actor is one noun phrase
    words = list(_WORD.finditer(text[first_word:actor_start]))
    start = actor_start
    roles = lexicon().role_nouns
    for word in reversed(words):
        token = word.group().strip(",;:")
        at = first_word + word.start()
        if token != word.group() or not (_NP_WORD.fullmatch(token) or roles.fullmatch(token)):
            break
        start = at
    return start


def _noun_phrase_words(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is only noun-phrase words (names, roles, modifiers): "the foreign ministers of"."""
    roles = lexicon().role_nouns
    return all(_NP_WORD.fullmatch(word) or roles.fullmatch(word) for word in text[start:end].split())


def _speaker_phrase_end(text: str, start: int, end: int) -> int:
    """Find where the subject noun phrase that starts at `start` ends.

    It ends at a comma, or before the first word that is neither a name, a role noun
    nor a modifier of one (usually the verb or an adverb).
    """
    roles = lexicon().role_nouns
    pos = start
    last = start
    while pos < end:
        while pos < end and text[pos] == " ":
            pos += 1
        if pos >= end or text[pos] in ',;:–—"“”':
            break
        role = roles.match(text, pos, end)
        word = role or _NP_WORD.match(text, pos, end)
        if word is None or word.end() == pos:
            break
        pos = word.end()
        if not _FUNCTION_WORD.fullmatch(text, word.start(), word.end()):
            last = pos
    return last if last > start else start + len(text[start:end].split(",", maxsplit=1)[0].rstrip())


MAX_CLAUSE = 600
"""No clause, claim or evidence runs longer than this many characters (keeps every scan local)."""


def _clause_end(text: str, start: int, limit: int) -> int:
    limit = min(limit, start + MAX_CLAUSE)
    match = _CLAUSE_BREAK.search(text, start, limit)
    end = match.start() if match else limit
    while end > start and text[end - 1] in " .,;:\"“”’'":
        end -= 1
    return end


def _content(
    text: str, cues: list[_Cue], sentence: Segment, quotes: list[QuoteSpan], speaker_start: int
) -> list[tuple[int, int]]:
    """Find what the speaker says.

    That is the quotations of the sentence, else the clause after a speech verb, else
    (for a trailing attribution, "..., Lavrov emphasized.") the clause before the speaker.
    """
    if any(len(text[q.start : q.end].split()) >= 4 for q in quotes):
        return [(q.start, q.end) for q in quotes]
    for cue in cues:  # no quotation, or only quoted terms ('said the allegations were "baseless"')
        if _SPEECH.match(text[cue.start : cue.end]):
            if _TOLD.fullmatch(text, cue.start, cue.end):
                # "told reporters that ...": the words come after the hearer; "..., X told Chinese media": before
                after = _HEARER_THAT.match(text, cue.end, sentence.end)
                start = after.end() if after else sentence.end
            else:
                after = _THAT.match(text, cue.end, sentence.end)
                start = after.end() if after else cue.end
            end = sentence.end
            while end > start and text[end - 1] in ' ."”':
                end -= 1
            if end - start > 10:
                return [(start, end)]
            head_end = speaker_start
            while head_end > sentence.start and text[head_end - 1] in " ,":
                head_end -= 1
            if head_end - sentence.start > 10 and text[speaker_start - 2 : speaker_start].strip() == ",":
                return [(sentence.start, head_end)]
    return []


def _split_nominal(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split "X's denials of A and their assurances that B" into its coordinated noun phrases."""
    out: list[tuple[int, int]] = []
    cursor = start
    for match in re.finditer(r"\s+and\s+(?=(?:their|its|his|her)\s+\w+\s+(?:of|that)\b)", text[start:end]):
        out.append((cursor, start + match.start()))
        cursor = start + match.end()
    out.append((cursor, end))
    return [(a, b) for a, b in out if len(text[a:b].split()) >= 3]


def _split_quote_claims(doc: Document, start: int, end: int) -> list[tuple[int, int, ClaimKind]]:
    return [(a, b, claim_kind(doc, a, b)) for a, b in split_claims(doc.text, start, end)]


def _claims(
    doc: Document, cues: list[_Cue], sentence: Segment, content: list[tuple[int, int]], quotes: list[QuoteSpan]
) -> list[tuple[int, int, ClaimKind]]:
    text = doc.text
    out: list[tuple[int, int, ClaimKind]] = []
    narrative = [c for c in cues if c.kind in {"rebut", "counter"}]
    if narrative:
        first = narrative[0]
        aux = _AUX_BEFORE.search(text, max(sentence.start, first.start - 50), first.start)
        start = (
            aux.start()
            if aux and aux.start() < first.start and _AUXILIARY.match(text, aux.start(), first.start)
            else first.start
        )
        end = sentence.end
        for a, b in split_claims(text, start, end):
            if not any(q.open <= a < q.close for q in quotes):
                out.append((a, b, claim_kind(doc, a, b)))
    for a, b in content:
        for piece in split_claims(text, a, b):
            if not any(piece[0] < c[1] and c[0] < piece[1] for c in out):
                out.append((*piece, claim_kind(doc, *piece)))
    out.sort()
    return out


def attribute(doc: Document) -> None:
    """Fill `doc.events` with one speech event per speaker per sentence (see the module docstring)."""
    _Attributor(doc).run()
