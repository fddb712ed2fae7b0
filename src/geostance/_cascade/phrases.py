"""Cascade level 2: noun phrases and verb groups over a sentence's tagged units.

Noun phrases are found by one regular expression over the tag string (see
`geostance._cascade.units` for the tags): a determiner or possessors ("Japan's",
"the ministry's"), modifiers, and a run of heads ending in a known head (actor,
place, person, role, description, report noun, title, capitalised word), or a short
run of ordinary words after a determiner or possessor ("Trump's decision"). A
pronoun is a noun phrase on its own.

Then, once per phrase:

- a complement is attached: "of"/"for"/"at"/"from" after a role or description
  ("spokesperson for the Taliban", "the foreign minister of Japan"), and
  "by"/"from"/"of" after a report noun ("criticism from the US", "a statement by X");
- coordinated phrases form a list ("Niger, Mali and Burkina Faso");
- an apposition joins a person and a role or actor ("Wang Wenbin, spokesperson for
  the ministry," / "Japan's envoy, Kenji Sato,").

Verb groups are a cue verb with the auxiliaries, adverbs and negation before it;
they know their class, lemma, form, voice, negation and modality.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geostance._cascade.units import VERB_TAGS
from geostance._cascade.vocab import vocabulary

if TYPE_CHECKING:
    from geostance._cascade.units import Unit

__all__ = ["Phrase", "VerbGroup", "noun_phrases", "verb_groups"]

_HEADS = "AZPRYOUK"
_ROLE_TO = r"D?[VJMK9FLA]*R[IG]D?[AZ]P"
"""A role with its posting and the person holding it: "Chinese ambassador to Australia Name", "envoy to the UN Name"."""
_POSS = rf"(?:{_ROLE_TO}S|D?(?!(?<=P)_)(?:[_VJMK9FAZRYOU]|P(?!_)){{0,8}}[AZPKRYOUH_]S)"
"""A possessor: a role with its posting and person, or up to nine units before "'s" (bounded, so that a long run
of words the vocabulary lacks is not read back from every word: linear time on hostile text)."""
_ACRONYM = r"(?:\([AK_9]{1,3}\))?"
"""An acronym in brackets right after a name belongs to it: "the National Maritime Council (NMC)", also
inside a longer phrase ("the Kenya Defence Forces (KDF) spokesman Name")."""
_NP = re.compile(
    # a body named after its owner, with words the vocabulary lacks between, as a speech verb's subject ("An OSCE
    # election observation mission said"); not "the TTP ran training camps in ...": a clause, not a name
    rf"D[VJMK9FL]*A{_ACRONYM}_{{1,2}}R(?=[XNL]*[a-z])|"
    # led by a determiner or possessors, ordinary head; not a word after a known head and before a determiner
    # ("China's coast guard gave a ...": "gave" is a verb the vocabulary lacks)
    rf"(?:D|{_POSS}){{1,4}}(?:[VJMK9FL_]{{0,2}}|[VJMK9FLRA_]{{0,2}}(?<![RA]))_(?![_{_HEADS}V])"
    rf"|(?:D|{_POSS}){{1,4}}[VJMK9FLRA_]{{0,2}}(?<=[RA])_(?![_{_HEADS}DV])"
    # led by a determiner or possessors; an unknown word may stand between a name and a description ("the PKK
    # terror group")
    rf"|(?:D|{_POSS}){{1,4}}[_VJMK9FLQ]*(?:[{_HEADS}]{_ACRONYM}(?:_(?=Y))?)*[AZPRYOK]{_ACRONYM}"
    rf"|{_ROLE_TO}"
    # bare, known head; "UN counter-terror officials", "EU foreign affairs spokesman"
    rf"|[VJMK9FL]*(?:[AZJ][_V]{{1,2}}(?=[RO]))?(?:[{_HEADS}]{_ACRONYM})*[AZPRYOK]{_ACRONYM}"
    r"|H"
)
_COMPLEMENT_PREPS = {
    "R": ("of", "for", "at", "from", "to"),
    "Y": ("of", "for"),
    "U": ("of",),
    "P": ("of",),
    "O": ("by", "from", "of"),
    "_": ("of", "by"),
}
"""After a head of this tag, these prepositions attach a complement to the phrase."""
_VERB_GROUP = re.compile(r"[XLN]*[" + "".join(VERB_TAGS.values()) + "]")
"""Auxiliaries, adverbs and negation, then a verb of one of the vocabulary's classes."""


class Phrase:
    """A noun phrase: units `[first, end)`, its head, possessors, complement, list members and apposition."""

    __slots__ = ("apposition", "complement", "end", "first", "head", "members", "possessors", "prep")

    def __init__(self, first: int, end: int, head: int, possessors: list[int]) -> None:
        self.first = first
        self.end = end
        self.head = head
        self.possessors = possessors
        self.complement: Phrase | None = None
        self.prep = ""
        self.members: list[Phrase] = []
        self.apposition: Phrase | None = None

    @property
    def last(self) -> int:
        """One past the last unit, complement, members and apposition included."""
        end = self.end
        if self.complement is not None:
            end = max(end, self.complement.last)
        for member in self.members:
            end = max(end, member.last)
        if self.apposition is not None:
            end = max(end, self.apposition.last)
        return end

    def parts(self) -> list[Phrase]:
        """This phrase, its list members, its apposition and their complements, outermost first."""
        out: list[Phrase] = [self]
        for member in self.members:
            out.extend(member.parts())
        if self.apposition is not None:
            out.extend(self.apposition.parts())
        if self.complement is not None:
            out.extend(self.complement.parts())
        return out

    def __repr__(self) -> str:
        return f"Phrase({self.first}:{self.end} head={self.head})"


class VerbGroup:
    """A cue verb with its auxiliaries, adverbs and negation: `[first, end)`, the verb at `verb`."""

    __slots__ = ("first", "future", "negated", "obligation", "passive", "verb")

    def __init__(self, first: int, verb: int, units: list[Unit]) -> None:
        self.first = first
        self.verb = verb
        auxiliaries = [u for u in units[first:verb] if u.tag == "X"]
        entry = units[verb].entry("verb")
        form = entry.form if entry is not None else ""
        # NEGATED-ACCEPTANCE: in "did not accept" the negation makes the rejection, it does not cancel it
        negative = entry is not None and vocabulary().negated_verbs.get(units[verb].low) == entry
        self.negated = not negative and any(u.tag == "N" for u in units[first:verb])
        self.future = any(a.entries and a.entries[0].category == "future" for a in auxiliaries)
        self.obligation = any(a.entries and a.entries[0].category == "obligation" for a in auxiliaries)
        be = [a for a in auxiliaries if a.entries and a.entries[0].category == "passive"]
        self.passive = bool(be) and form in ("past", "participle") and units[verb].tag != "c"

    @property
    def end(self) -> int:
        """One past the verb."""
        return self.verb + 1


def noun_phrases(units: list[Unit], tags: str) -> list[Phrase]:
    """The sentence's noun phrases, left to right, with complements, lists and appositions joined."""
    found: list[Phrase] = []
    for match in _NP.finditer(tags):
        first, end = match.span()
        head = end - 1
        if tags[head] == ")":  # the head is before the bracketed acronym
            head = tags.rindex("(", first, end) - 1
        if first > 0 and tags[first - 1] in "IG" and first < head and tags[first] == "L" and tags[head] in "AZ":
            first += units[first].low in vocabulary().named_days  # TIME-OPENING: "On Friday Bolivia rejected"
        if participle_after_head(units, tags, first, head):
            end = head  # "a commander reached by telephone": the participle opens a phrase of its own
            head -= 1
        split = _reduced_relative_start(tags, first, head)
        if split:  # "a charge Kigali denied": the report noun ends its phrase; the actor opens the clause's subject
            found.append(Phrase(first, split, split - 1, [i - 1 for i in range(first, split) if tags[i] == "S"]))
            first = split
        possessors = [i for i in range(first, end) if tags[i] == "S"]
        found.append(Phrase(first, end, head, [i - 1 for i in possessors]))
    found = _name_continuations(units, tags, found)
    found = _lists(units, tags, found)
    _attach_complements(units, tags, found)
    return _appositions(units, tags, found)


def _reduced_relative_start(tags: str, first: int, head: int) -> int:
    """Where an actor after a report noun opens a reduced relative ("a charge Kigali denied"), or 0.

    Also after a common noun that describes no actor, in a phrase set off by a comma, when a verb
    follows the actor: ", a town Somalia claims", ", the waters Manila patrols" (CONTACT-RELATIVE);
    a description keeps its name ("the militant group Hamas said").
    """
    if tags[first] != "D":
        return 0
    for k in range(first + 1, head + 1):
        if tags[k] not in "APZ":
            continue
        if tags[k - 1] == "O":
            return k
        set_off = first > 0 and tags[first - 1] in ",-"  # ", a town X claims"; not "its allied X militia had"
        if tags[k - 1] == "_" and k == head and set_off and verb_follows(tags, k + 1):
            return k
    return 0


def verb_follows(tags: str, at: int) -> bool:
    """Whether a verb of the vocabulary (after auxiliaries, adverbs or a negation) stands at `at`."""
    while at < len(tags) and tags[at] in "XLN":
        at += 1
    return at < len(tags) and tags[at].islower() and tags[at] != "_"


def participle_after_head(units: list[Unit], tags: str, first: int, head: int) -> bool:
    """REDUCED-PARTICIPLE: an unknown "-ed" word after a role or name, before a preposition, is no head.

    "a rebel commander reached by telephone", "officials based in Goma": the participle
    describes the phrase before it.
    """
    return (
        head > first
        and tags[head] == "_"
        and tags[head - 1] in "RAPKYO"
        and units[head].low.endswith("ed")
        and head + 1 < len(tags)
        and tags[head + 1] == "I"
    )


def _name_continuations(units: list[Unit], tags: str, found: list[Phrase]) -> list[Phrase]:
    """Join "and" + a capitalised name part to the body's name before it: "Ministry of Agriculture and Environment".

    Only inside the "of"/"for" complement of a role or body ("Minister for Development and
    the Pacific"), or after an office named with its domain ("the Ministry of Foreign Affairs and
    Worship"), and only between capitalised words that name no actor: "the ministers of Iran and
    Russia" stays a list.
    """
    out: list[Phrase] = []
    for phrase in found:
        host = out[-1] if out else None
        joined = (
            host is not None
            and phrase.first == host.end + 1
            and units[host.end].low == "and"
            and tags[phrase.head] in "KV"
            and "K" in tags[phrase.first : phrase.end]
            and all(t in "DKV" for t in tags[phrase.first : phrase.end])
        )  # "Foreign and Diaspora Affairs": a name word, then "Affairs" read as a modifier, still the name
        if (
            joined
            and host is not None
            and (
                # "the Ministry of Foreign Affairs and Worship": an office's own name goes on
                (tags[host.head] == "R" and host.head == host.end - 1 and " of " in units[host.head].low)
                or (
                    tags[host.head] == "K"
                    and host.first >= 2
                    and units[host.first - 1].low in ("of", "for")
                    and tags[host.first - 2] in "RY"
                )
            )
        ):
            if tags[host.head] == "K":
                host.head = phrase.head  # a name part: its last word heads it; an office stays the head
            host.end = phrase.end
            while host.end < len(tags) - 1 and tags[host.end] == "V" and tags[host.end + 1] not in _NP_GOES_ON:
                host.end += 1  # "... and Diaspora Affairs said": a last name word read as a modifier
            continue
        out.append(phrase)
    return out


_NP_GOES_ON = frozenset("DSAJKVRYPZ9_MO")
"""Tags a noun phrase may go on with: a modifier before one of them is no name's last word."""


def _attach_complements(units: list[Unit], tags: str, found: list[Phrase]) -> None:
    """Attach "of X" / "for X" / "by X" to the phrase before it (see `_COMPLEMENT_PREPS`)."""
    for n in range(len(found) - 1, 0, -1):
        before, after = found[n - 1], found[n]
        if after.first != before.end + 1:
            continue
        prep = units[before.end].low
        allowed = _COMPLEMENT_PREPS.get(tags[before.head], ())
        if prep == "in" and _seat_of_body(units, tags, before, after):
            allowed = ("in",)
        if tags[before.end] in "GI" and prep in allowed:
            before.complement = after
            before.prep = prep
            del found[n]


def _seat_of_body(units: list[Unit], tags: str, body: Phrase, place: Phrase) -> bool:
    """Whether "in X" names whose body it is: "the authorities in Kabul", "officials in Cairo and Khartoum".

    Only for bodies and groups of officials; an envoy "in Washington" is only posted there.
    """
    seated = tags[body.head] == "R" and any(
        e.kind == "role" and e.category in ("body", "collective") for e in units[body.head].entries
    )  # "officials" is a person's role and a collective one
    heads = {tags[p.head] for p in [place, *place.members]}
    return seated and heads <= set("AZ")


def _lists(units: list[Unit], tags: str, found: list[Phrase]) -> list[Phrase]:
    """Coordinated actors become one phrase whose members are kept: "Niger, Mali and Burkina Faso"."""
    out: list[Phrase] = []
    for phrase in found:
        if out and _continues_list(units, tags, out[-1], phrase):
            host = out[-1]
            if not host.members:
                host.members = [Phrase(host.first, host.end, host.head, host.possessors)]
            host.members.append(phrase)
            continue
        out.append(phrase)
    return out


def _appositions(units: list[Unit], tags: str, found: list[Phrase]) -> list[Phrase]:
    """A phrase in apposition joins the phrase before it: "Ana Ruiz, the ministry's spokeswoman,"."""
    out: list[Phrase] = []
    for phrase in found:
        if out and (
            (_apposed(tags, out[-1], phrase) and not _many_and_one(units, tags, out[-1], phrase))
            or _known_as(units, tags, out[-1], phrase)
            or _renamed(units, tags, out[-1], phrase)
        ):
            out[-1].apposition = phrase
            continue
        out.append(phrase)
    return out


def _known_as(units: list[Unit], tags: str, host: Phrase, phrase: Phrase) -> bool:
    """NAMED-AFTER-DESCRIPTION with "known as": "the UN peace force, known as UNMISS," names the body.

    A description, a comma, "(also) known as" and a lone actor name closed by punctuation.
    """
    if host.last >= len(tags) or tags[host.last] != "," or tags[host.first] != "D" or tags[host.head] not in "YR":
        return False
    words = tuple(u.low for u in units[host.last + 1 : phrase.first])
    closed = phrase.last >= len(tags) or tags[phrase.last] in ",-.;:)"
    return words in vocabulary().naming_phrases and tags[phrase.head] == "A" and phrase.head == phrase.first and closed


def _renamed(units: list[Unit], tags: str, host: Phrase, phrase: Phrase) -> bool:
    """RENAMED: "The UN refugee agency, UNHCR, said": an actor's other name set off by commas is the same subject.

    A lone actor name after a comma, closed by punctuation, naming the very actor the phrase before it heads.
    """
    if _gap(tags, host.last, phrase.first) != "," or phrase.head != phrase.first or phrase.last != phrase.end:
        return False
    if tags[host.head] != "A" or tags[phrase.head] != "A" or host.members:
        return False
    closed = phrase.last >= len(tags) or tags[phrase.last] in ",-;:)"
    actor = getattr(units[phrase.head].ref, "actor", None)
    return closed and actor is not None and actor == getattr(units[host.head].ref, "actor", None)


_ACTORISH = frozenset("AZJ")
_LISTABLE = frozenset("AZJRPY")
"""Heads that can be listed as one subject: actors, roles, persons, descriptions ("Ankara and the group")."""


def _gap(tags: str, start: int, end: int) -> str:
    return tags[start:end]


def _continues_list(units: list[Unit], tags: str, host: Phrase, phrase: Phrase) -> bool:
    """Whether `phrase` continues a list of actors that `host` holds: "Niger, Mali and Burkina Faso"."""
    gap = _gap(tags, host.last, phrase.first)
    if gap not in (",", "C", ",C"):
        return False
    head_tag, new_tag = tags[host.members[-1].head if host.members else host.head], tags[phrase.head]
    if gap == "," and not host.members and not _list_ahead(tags, phrase.last):
        return False  # "Russia, Iran" only as the start of a list that goes on with "and"
    opening_place = head_tag == "Z" and _OPENER.fullmatch(tags, 0, host.first) is not None
    if gap == "," and not host.members and opening_place and new_tag == "A":
        return False  # OPENING-PLACE: "In Quito, Peru and Chile urged ...": the comma ends the place, not a list
    if head_tag in _ACTORISH and new_tag in _ACTORISH:
        led = units[phrase.first].tag
        return led != "H" and (led != "D" or "C" in gap or _list_ahead(tags, phrase.last))
    return gap == "C" and head_tag in _LISTABLE and new_tag in _LISTABLE


def _list_ahead(tags: str, at: int) -> bool:
    """Whether a list goes on after `at`: more actors, then "and"/"or" (up to `_LIST_REACH` tags ahead)."""
    rest = tags[at : at + _LIST_REACH]
    return bool(re.match(r"(?:,D?[AZJ]+)*,?C", rest))


_LIST_REACH = 48
"""How many tags ahead a list of actors may run to its "and" ("China, Russia, India, ... and Uzbekistan")."""


_OPENER = re.compile(r"[IG]|[a-z][IG]?|[IGa-z][^,]*[IG]")
"""Tags before a phrase that ends an opening adverbial: "In", "Briefing", "Speaking to", "In a report seen by"."""


def _many_and_one(units: list[Unit], tags: str, host: Phrase, phrase: Phrase) -> bool:
    """Whether a person's name follows a plural role ("its troops, Name,"): one person is no apposition to many."""
    role = units[host.head].entry("role") if tags[host.head] == "R" else None
    return role is not None and role.form == "plural" and tags[phrase.head] == "P" and not phrase.members


def _apposed(tags: str, host: Phrase, phrase: Phrase) -> bool:
    """Whether `phrase` is in apposition to `host`: a person and a role or actor beside each other, by a comma."""
    if _gap(tags, host.last, phrase.first) != ",":
        return False
    punctuated = phrase.last >= len(tags) or tags[phrase.last] in ",-.;:)WT"  # "Hamas, the group that ..."
    closing = punctuated or tags[phrase.last].islower()
    if not closing:
        return False
    before = tags[host.first - 1] if host.first > 0 else ""
    if not punctuated and before and (before in "IG_" or before.islower()):
        # "... to the parties, Defence Ministry spokesman Name said", "does not host foreign troops, spokeswoman
        # Name said": the host is an object; the person opens a new subject, not an apposition
        return False
    if _OPENER.fullmatch(tags, 0, host.first) and ("R" in tags[phrase.first : phrase.end] or tags[phrase.head] == "P"):
        # OPENING-PLACE: "In Kabul, the Taliban's spokesman said", "Briefing the Council, Assistant Secretary-General
        # Name said", "In a note to the envoy of X, His Excellency Name, Minister of ..., affirmed": the comma ends
        # the opening adverbial; the role or person after it opens the subject
        return False
    if phrase.members and all(tags[m.head] in "AZ" for m in phrase.members):
        return False  # "At a meeting in Kochi, Australia and New Zealand, in a joint statement, ...": a list of actors
    kinds = {tags[p.head] for p in [host, *host.members]}
    other = {tags[i] for i in range(phrase.first, phrase.end)}
    person_host = "P" in kinds or (tags[host.head] == "K" and not host.members)
    if (person_host and bool(other & set("RAJY"))) or ("P" in other and bool(kinds & set("RAJY"))):
        return True
    # "Hamas, the Palestinian militant group,", "the OSCE, a security body,": an actor described, set off by commas
    # POSSESSED-DESCRIPTION: "Turkey, Azerbaijan's closest ally,": an actor's possessive leads the description
    possessed = tags[phrase.first] in "AZ" and tags[phrase.first + 1 : phrase.first + 2] == "S"
    led = tags[phrase.first] == "D" and tags[phrase.head] in "YR"
    described = (led or (possessed and tags[phrase.head] == "Y")) and not host.members
    if bool(kinds & set("AZ")) and described and punctuated:
        return True
    # NAMED-AFTER-DESCRIPTION: "the regional bloc, ECOWAS,", "the UN refugee agency, UNHCR," name the body
    if tags[host.first] == "D" and tags[host.head] in "YR" and not host.members and punctuated:
        lead = phrase.head - phrase.first
        named = lead == 0 or (lead == 1 and tags[phrase.first] == "D")
        return named and tags[phrase.head] == "A" and not phrase.members
    # "Name, the powerful sister of leader X,": a person described, set off by commas
    return person_host and tags[phrase.first] == "D" and punctuated and not host.members


def verb_groups(units: list[Unit], tags: str, unrealised: frozenset[str] = frozenset()) -> list[VerbGroup]:
    """The cue verbs of the sentence with their auxiliaries, adverbs and negation.

    An infinitive after a word of `unrealised` ("has yet to deny", "refused to condemn") is
    negated, and so is a verb joined to a negated one by "or" ("yet to confirm or deny").
    """
    groups = [VerbGroup(m.start(), m.end() - 1, units) for m in _VERB_GROUP.finditer(tags)]
    for n, group in enumerate(groups):
        k = group.first
        if _after_unrealised(units, k, unrealised):
            group.negated = True
        elif n and k >= 1 and units[k - 1].low in ("or", "nor") and groups[n - 1].end == k - 1:
            group.negated = group.negated or groups[n - 1].negated
    return groups


_INFINITIVE_FILLERS = frozenset(["either", "neither", "or", "nor", "and", "even", "publicly", "officially"])


def _after_unrealised(units: list[Unit], first: int, unrealised: frozenset[str]) -> bool:
    """Whether the verb at `first` is an infinitive after an unrealising word ("yet to (either confirm or) deny")."""
    k = first - 1
    for _ in range(4):  # over "either", "or", another verb: "yet to either confirm or deny"
        if k < 1:
            return False
        if units[k].low == "to":
            return units[k - 1].low in unrealised
        if units[k].low not in _INFINITIVE_FILLERS and units[k].tag != "_" and not units[k].tag.islower():
            return False
        k -= 1
    return False
