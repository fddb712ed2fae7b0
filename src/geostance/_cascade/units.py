"""Cascade level 1: a sentence as a row of tagged units, computed once and read by every later level.

A unit is a token, or a stretch the earlier stages already know as one thing: an actor
mention, a demonym, a person's name, a capital used as a place, a whole quotation, or a
multiword phrase of the vocabulary ("called on", "foreign ministry", "secretary of
state"). Each unit gets one tag character, so that phrases and constructions can be
found with regular expressions over the sentence's tag string:

| tag | unit | tag | unit |
|---|---|---|---|
| `A` | actor mention | `D` | determiner, possessive pronoun |
| `M` | actor as a compound modifier ("US-led") | `S` | possessive `'s` |
| `Z` | capital named as a place | `I` | preposition |
| `J` | demonym adjective ("Russian") | `G` | "of" |
| `P` | person's name | `X` | auxiliary or modal verb |
| `U` | title before a name ("Mr", "Gen.") | `N` | negation |
| `R` | role ("spokesman", "foreign ministry") | `C` | "and", "or" |
| `Y` | description ("the bloc", "the group") | `B` | "but", "while", "whereas" |
| `O` | report noun ("claims", "statement") | `E` | subordinator ("because", "if") |
| `F` | judgment word ("baseless", "illegal") | `W` | relative ("who", "which") |
| `H` | personal pronoun | `T` | "that" |
| `Q` | quotation (with its marks) | `L` | adverb |
| `K` | other capitalised word | `9` | number |
| `V` | role modifier ("senior", "former") | `_` | other word |

Punctuation is tagged as itself (`,` `;` `:` `(` `)` `-` `.`). An -s word that is both a
verb and a report noun is a verb after a name ("the Taliban claims"), but a noun when an
auxiliary follows it ("United Nations reports have found").

Verbs of the vocabulary are tagged by class, in lower case: `d` deny, `r` reject,
`j` judge (accuse, condemn), `q` request, `w` warn, `c` concern, `p` support,
`e` respond, `k` reason (claim, insist), `s` say, `l` describe ("called X Y"),
`x` express, `i` issue (a document).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geostance._cascade.vocab import Entry, Vocabulary
    from geostance._document import Document
    from geostance._segment import QuoteSpan, Segment

__all__ = ["VERB_TAGS", "Unit", "units_of"]

VERB_TAGS = {
    "deny": "d",
    "reject": "r",
    "judge": "j",
    "request": "q",
    "ultimatum": "g",
    "warn": "w",
    "concern": "c",
    "support": "p",
    "respond": "e",
    "reason": "k",
    "say": "s",
    "describe": "l",
    "express": "x",
    "issue": "i",
}
"""Verb class -> its tag."""

_CLOSED_TAGS = {
    "det": "D",
    "prep": "I",
    "of": "G",
    "aux": "X",
    "neg": "N",
    "coord": "C",
    "contrast": "B",
    "sub": "E",
    "rel": "W",
    "comp": "T",
    "adv": "L",
    "pron": "H",
    "title": "U",
    "number": "9",
}
_NOUN_BEFORE = frozenset("DSJMFGI9")
"""Tags after which a word that is a verb or a noun is the noun ("the claims", "Pakistan's demands", "two reports")."""
_PUNCT_TAGS = frozenset(",;:()-.!?\"'")

_TOKEN = re.compile(r"['’][sS](?![^\W_])|\d{1,3}(?:,\d{3})+(?![\d])|[^\W_]+(?:[-.&'’][^\W_]+)*|[^\w\s]")
"""A possessive "'s", a number with thousands separators ("3,000"), a word (with inner hyphens, dots,
apostrophes), or one punctuation mark."""
_POSSESSIVE_MARKS = frozenset(["'s", "’s", "'", "’"])
_QUOTE_MARKS = frozenset(['"', "“", "”", "«", "»", "„", "'", "‘", "’"])
"""Marks of a short quotation, skipped so that its words are read as the sentence's own (single marks only when
they are no possessive: "the states' ministers" keeps its mark)."""
_POSSESSIVE_END = re.compile(r"['’]s$", re.IGNORECASE)
_NEGATION_END = re.compile(r"n['’]t$", re.IGNORECASE)


class Unit:
    """One tagged unit of a sentence: offsets, tag, lower-cased text, vocabulary entries, what it refers to."""

    __slots__ = ("end", "entries", "low", "ref", "start", "tag")

    def __init__(  # noqa: PLR0917 - made in the tokenizer's loop, positionally
        self, start: int, end: int, tag: str, low: str, entries: tuple[Entry, ...] = (), ref: object = None
    ) -> None:
        self.start = start
        self.end = end
        self.tag = tag
        self.low = low
        self.entries = entries
        self.ref = ref

    def entry(self, kind: str) -> Entry | None:
        """The unit's first vocabulary entry of a kind (`verb`, `noun`, `role`, ...), if any."""
        for entry in self.entries:
            if entry.kind == kind:
                return entry
        return None

    def __repr__(self) -> str:
        return f"Unit({self.tag}:{self.low!r})"


def _fixed(doc: Document, sentence: Segment) -> list[Unit]:
    """The units the earlier stages already found: quotations, actors, demonyms, people, places."""
    a, b = sentence.start, sentence.end
    text = doc.text
    out: list[Unit] = [Unit(q.open, q.close, "Q", "", (), q) for q in _quotes_in(doc, a, b) if _long(text, q)]
    out.extend(_named(text, hit.start, hit.end, "A", hit, b) for hit in doc.hits_in(a, b))
    out.extend(_named(text, adj.start, adj.end, "J", adj, b) for adj in doc.adjectives_in(a, b) if adj.end <= b)
    out.extend(
        Unit(person.start, person.end, "P", text[person.start : person.end].lower(), (), person)
        for person in doc.persons_in(a, b)
        if person.end <= b
    )
    out.extend(_named(text, cap.start, cap.end, "Z", cap, b) for cap in doc.capitals_in(a, b) if cap.end <= b)
    out.sort(key=lambda u: (u.start, -u.end))
    kept: list[Unit] = []
    reach = a
    for unit in out:  # the first and longest wins; a quotation hides what is inside it
        if unit.start >= reach:
            kept.append(unit)
            reach = unit.end
    return kept


_COMPOUND_TAIL = re.compile(r"-[^\W\d_]+(?:-[^\W\d_]+)*")


def _named(text: str, start: int, end: int, tag: str, ref: object, limit: int) -> Unit:  # noqa: PLR0917 - a Unit's fields
    """A unit for a name; a name that opens a compound ("US-led", "Ankara-backed") is a modifier `M` with its tail."""
    tail = _COMPOUND_TAIL.match(text, end, limit)
    if tail is not None:
        return Unit(start, tail.end(), "M", text[start : tail.end()].lower(), (), ref)
    return Unit(start, end, tag, text[start:end].lower(), (), ref)


SHORT_QUOTE_WORDS = 3
"""A quotation of this many words or fewer ("categorically rejects", "lies") is read as part of the sentence."""


def _long(text: str, quote: QuoteSpan) -> bool:
    return len(text[quote.start : quote.end].split()) > SHORT_QUOTE_WORDS


def _quotes_in(doc: Document, start: int, end: int) -> list[QuoteSpan]:
    """Quotations whose opening mark lies in `[start, end)`."""
    return [q for q in doc.quotes_in(start, end) if q.open >= start]


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Word and punctuation tokens of `text[start:end]`; "’s" and "n’t" split from their word."""
    out: list[tuple[int, int]] = []
    for match in _TOKEN.finditer(text, start, end):
        s, e = match.span()
        if e - s > 2 and ("'" in (token := match.group()) or "’" in token):
            if _POSSESSIVE_END.search(text, s, e):
                out.append((s, e - 2))
                out.append((e - 2, e))
                continue
            if e - s > 3 and _NEGATION_END.search(text, s, e):
                out.append((s, e - 3))
                out.append((e - 3, e))
                continue
        out.append((s, e))
    return out


_FLOATED_AFTER = "AZPRYOKHX"
"""Tags a quantifier can float after: a subject's end ("the two governments both", "they all") or an auxiliary
("have both accused")."""


def _gerund_object(out: list[Unit]) -> bool:
    """Whether the words before an -s form are a verb the vocabulary lacks and its object's modifiers.

    "of jamming satellite navigation signals", "which has mediated earlier tanker disputes": a gerund or a
    past form, then up to two words the vocabulary lacks, before the object's head.
    """
    for unit in reversed(out[-4:-1]):
        if unit.tag not in "_VL":  # "earlier", "new": a modifier of the object
            return False
        if unit.tag == "_" and unit.low.endswith(("ing", "ed")) and len(unit.low) > _MIN_VERB_FORM:
            return True
    return False


_MIN_VERB_FORM = 5
"""The shortest gerund or past form read as a verb before its object ("jamming", "mediated"; not "need")."""


def _floating(out: list[Unit], vocab: Vocabulary) -> bool:
    """Whether the last unit is a quantifier floated after a subject or an auxiliary ("X and Y both", "have all")."""
    return len(out) >= 2 and out[-2].tag in _FLOATED_AFTER and out[-1].low in vocab.floating_quantifiers


def _tag_entries(
    entries: tuple[Entry, ...], raw: str, *, first: bool, previous: str, det_near: bool = False, previous_word: str = ""
) -> str:
    """The tag of a vocabulary phrase, chosen by its entries, its case and the tag before it."""
    kinds = {e.kind for e in entries}
    capitalised = raw[:1].isupper()
    verb = next((e for e in entries if e.kind == "verb"), None)
    if "role" in kinds:
        return "R"
    if "title" in kinds and capitalised:
        return "U"
    if verb is not None and "prep" in kinds and verb.form == "ing":
        return "I"  # "regarding", "concerning", "following": prepositions before a noun phrase
    each_doing = previous_word == "each" and verb is not None and verb.form == "ing"  # ", each rejecting ..."
    if verb is not None and previous and previous in "DSFJV" and "noun" not in kinds and not each_doing:
        return "_"  # "the issue", "a historic show": after a determiner or an adjective, no verb
    if verb is not None and previous in "KY" and "description" in kinds and not capitalised:
        return "Y"  # "in Rakhine state", "the island state of Nauru": a kind after a name or a noun, not a verb
    after_preposition = bool(previous) and previous in "IG" and previous_word != "to"
    if verb is not None and after_preposition and "noun" not in kinds and verb.form != "ing":
        return "_"  # "on issues of concern": after a preposition, only a gerund ("by saying") is a verb
    nounish = bool(kinds & {"noun", "attack", "situation"})  # "Boko Haram attacks", "the strikes": nouns there
    if previous_word == "to" and verb is not None and verb.form == "base":
        nounish = False  # "continue to share", "vowed to challenge": an infinitive, not "to US comments"
    if (
        verb is not None
        and (not capitalised or first)
        and not (nounish and (previous in _NOUN_BEFORE or det_near))
        and not (nounish and previous.islower() and previous != "_")  # "rejected claims": the object
    ):
        return VERB_TAGS[verb.category]
    if "noun" in kinds:
        return "O"
    if "concern_adj" in kinds:
        return "c"
    if "description" in kinds:
        return "Y"
    if "judgment" in kinds:
        return "F"
    if "adv" in kinds and not first and previous not in "DS":
        return "L"  # "the embassy then accused": an adverb; "the then minister": a modifier after a determiner
    if "modifier" in kinds or "past_modifier" in kinds:
        return "V"
    if kinds == {"aux"} and capitalised and not first:
        return "_"  # "said in May that ...": a capitalised auxiliary inside a sentence is a month or a name
    for kind, tag in _CLOSED_TAGS.items():
        if kind in kinds:
            return tag
    if "title" in kinds:
        return "U"
    return "_"


def _word_tag(raw: str, vocab: Vocabulary, *, first: bool = False) -> str:
    """The tag of a word outside the vocabulary."""
    if raw[0].isdigit():
        return "9"
    if raw in _PUNCT_TAGS or not raw[0].isalnum():
        return {"–": "-", "—": "-", "“": '"', "”": '"', "‘": "'", "’": "'"}.get(raw, raw if raw in _PUNCT_TAGS else "_")
    if raw[0].isupper() and raw not in vocab.not_names:
        return "_" if first and raw.endswith("ing") else "K"  # "Turning to ...": a participle, not a name
    dash = raw.find("-")
    if 0 < dash < len(raw) - 1 and raw[dash + 1].isupper() and raw[: dash + 1].lower() in vocab.name_particles:
        return "K"  # "al-Murtada", "el-Sisi": a name behind its particle
    if raw.endswith("ly") and len(raw) > 4 and raw.lower() not in vocab.not_adverbs:
        return "L"
    return "_"


_NP_INNER = frozenset("AJKVR_9MZP")
_COMPOUND_INNER = _NP_INNER | {"O"}
"""Inside a noun phrase a report noun may modify the next noun too: "a protest note", "the press release text"."""


def _object_phrase(out: list[Unit]) -> bool:
    """Whether the noun phrase being read is a verb's object ("dismissed the U.S. remarks"): its -s word is a noun."""
    for k in range(len(out) - 1, max(-1, len(out) - 7), -1):
        if out[k].tag in "DS":
            return k > 0 and out[k - 1].tag.islower() and out[k - 1].tag != "_"
        if out[k].tag not in _NP_INNER:
            return False
    return False


def _inside_noun_phrase(out: list[Unit]) -> bool:
    """Whether the next word continues a noun phrase.

    It does after a determiner or possessive and then only modifiers and names ("his closing
    remarks", "an African Union election observer mission report"), or after a preposition and a
    name or a noun ("to US comments", "for cross-border attacks").
    """
    if len(out) >= 2 and out[-2].tag in "IG" and out[-1].tag in "AJM_":
        return True  # "to US comments", "for cross-border attacks"
    for k in range(len(out) - 1, max(-1, len(out) - 7), -1):
        tag = out[k].tag
        if tag in "DS" or (tag == "9" and out[k].low.isalpha()):  # "two quarterly reports": a numeral opens it
            return k < len(out) - 1
        if tag not in _COMPOUND_INNER:
            return False
    return False


def _plural_head_before(out: list[Unit]) -> bool:
    """Whether the noun phrase being read already has a plural noun, which a base-form verb may agree with.

    "the two sides dispute the figures": after "sides" the base form is the verb; "its own long-running
    dispute" has no plural before it, so the base form is a noun of the phrase. An -s word right after a
    noun or a name is the verb agreeing with it, not a plural ("The Ministry takes note").
    """
    for k in range(len(out) - 1, max(0, len(out) - 7), -1):
        unit = out[k]
        if unit.tag in "DS" or unit.tag not in _COMPOUND_INNER:
            return False
        plural = unit.tag in "_RO" and unit.low.endswith("s") and not unit.low.endswith(("ss", "us", "is"))
        if plural and out[k - 1].tag not in "RAKP":
            return True
    return False


def _bare_medium(out: list[Unit], vocab: Vocabulary) -> bool:
    """Whether the last word is a medium with no determiner before it ("media", "press"; not "the newspaper").

    An -s form after it names what the medium published ("media reports", "press claims"); after "the
    newspaper" it may be the paper reporting.
    """
    if not out or out[-1].low not in vocab.media_nouns:
        return False
    return len(out) < 2 or out[-2].tag not in "DS"


def _possessive(text: str, start: int, end: int) -> bool:
    """Whether an apostrophe token marks a possessive: "’s" after a word, or "’" after a plural's "s"."""
    if start == 0 or not text[start - 1].isalnum():
        return False
    if end - start == 2:
        return True
    return text[start - 1] in "sS" and (end >= len(text) or text[end].isspace())


def _tag_gap(text: str, tokens: list[tuple[int, int]], vocab: Vocabulary, first_index: int, out: list[Unit]) -> None:
    """Tag the tokens between two fixed units, matching multiword vocabulary phrases longest first."""
    words = [text[s:e].lower() for s, e in tokens]
    index = vocab.index
    single = vocab.single
    i = 0
    while i < len(tokens):
        word = words[i]
        if word in _POSSESSIVE_MARKS and _possessive(text, *tokens[i]):
            out.append(Unit(tokens[i][0], tokens[i][1], "S", word))
            i += 1
            continue
        found = single.get(word)
        if found is not None:
            n, entries = 1, found
        else:
            n, entries = vocab.lookup(words, i) if word in index else (0, ())
        previous = out[-1].tag if out else ""
        if previous == "V" and text[out[-1].start].isupper() and first_index + i > 1:
            previous = "K"  # "State Committee for National Security refuted": a capitalised modifier ends a name
        elif previous == "L" and len(out) >= 2 and out[-2].tag in "DS":
            previous = "J"  # "a later briefing", "its widely shared statement": an adverb inside a noun phrase
        elif previous == "_" and len(out) >= 2 and out[-2].low == "to" and word.endswith("s"):
            previous = "J"  # "to organise protests against ...": after an infinitive an -s form is its object
        elif previous == "_" and word.endswith("s") and _bare_medium(out, vocab):
            previous = "J"  # MEDIA-REPORTS: "denied media reports that ...": a report of the media, not a verb
            out[-1].tag = "V"  # the medium modifies the noun ("media reports" is one phrase)
        elif previous == "_" and word.endswith("s") and _gerund_object(out):
            previous = "J"  # GERUND-OBJECT: "of jamming satellite signals": the gerund's object, not a verb
        if n and previous == "D" and _floating(out, vocab) and any(e.kind == "verb" for e in entries):
            out[-1].tag = previous = "L"  # FLOATING-QUANTIFIER: "X and Y both accused Z": no determiner
        if n:
            start, end = tokens[i][0], tokens[i + n - 1][1]
            capitalised = text[start].isupper()
            # "his closing remarks", "to US comments", "a UN human rights office report": inside a noun phrase; but
            # after a name or role the -s form agrees with it as a verb ("The Taliban claims"). It only decides
            # between a verb and a noun.
            det_near = False
            if id(entries) in vocab.verb_or_noun:
                after_preposition = len(out) >= 2 and out[-2].tag in "IG"  # "after Boko Haram attacks": no subject
                base = vocab.verb_or_noun[id(entries)]
                det_near = (
                    _inside_noun_phrase(out)
                    and not (base and _plural_head_before(out))
                    and (base or previous in "_JVF" or after_preposition or _object_phrase(out))
                )
                if len(out) == 1 and out[0].low == "that" and vocab.verb_or_noun[id(entries)]:
                    out[0].tag = previous = "D"  # DEMONSTRATIVE-OPENING: "That claim was rejected": a noun after it
                    det_near = True
            before = out[-1].low if out else ""
            marker = before if before in ("to", "each") else ""  # "to accuse", ", each rejecting": still verbs
            key = (id(entries), capitalised, first_index + i == 0, previous, det_near, marker)
            tag = vocab.tag_memo.get(key)
            if tag is None:
                tag = _tag_entries(
                    entries,
                    text[start:end],
                    first=first_index + i == 0,
                    previous=previous,
                    det_near=det_near,
                    previous_word=marker,
                )
                vocab.tag_memo[key] = tag
            if n == 1 and tag.islower() and words[i] in vocab.verb_particles:
                rest = text[end : end + 3].lstrip()
                ends = not rest or rest[0] in ".,;:!?)"  # nothing after it in its clause: no object to back
                if previous == "_" or ends:  # "pull back", "pull the troops back.": a particle, not "back" (support)
                    tag = "_"
            out.append(Unit(start, end, tag, words[i] if n == 1 else " ".join(words[i : i + n]), entries))
            i += n
            continue
        start, end = tokens[i]
        if words[i] in _QUOTE_MARKS:
            i += 1  # the marks of a short quotation: its words are read as the sentence's own
            continue
        if words[i] == "." and out and out[-1].tag == "U" and out[-1].end == start:
            out[-1].end = end  # ABBREVIATED-TITLE: "spokesman Col. Name": the period belongs to the title
            i += 1
            continue
        out.append(Unit(start, end, _word_tag(text[start:end], vocab, first=first_index + i == 0), words[i]))
        i += 1


def units_of(doc: Document, sentence: Segment, vocab: Vocabulary) -> list[Unit]:
    """The sentence as tagged units, in text order (see the module docstring)."""
    text = doc.text
    out: list[Unit] = []
    cursor = sentence.start
    for fixed in [*_fixed(doc, sentence), None]:
        gap_end = fixed.start if fixed is not None else sentence.end
        if gap_end > cursor:
            _tag_gap(text, _tokens(text, cursor, gap_end), vocab, len(out), out)
        if fixed is not None:
            out.append(fixed)
            cursor = fixed.end
    lows = {u.low for u in out}  # the later passes run only where their words occur (most sentences lack them)
    if any(u.tag == "K" for u in out):
        if not lows.isdisjoint(vocab.given_name_months):
            _given_name_months(text, out, vocab)
        _surname_pronouns(text, out)
        _names(text, out, vocab)
        _portfolio_lists(text, out)
        if "for" in lows:
            _regions_of_a_role(text, out)
    if "of" in lows and not lows.isdisjoint(vocab.domain_bodies):
        _domain_bodies(text, out, vocab)
    if not lows.isdisjoint(vocab.split_verbs):
        _split_verbs(out, vocab)
    if not lows.isdisjoint(vocab.negated_verbs) or any(" " in u.low for u in out if u.tag == "F"):
        _negated_verbs(out, vocab)
    if not lows.isdisjoint(vocab.time_words):
        _time_adverbials(out, vocab)
    if len(out) > 1 and out[0].low == "that" and out[0].tag == "T" and out[1].tag in "ORY":
        out[0].tag = "D"  # DEMONSTRATIVE-OPENING: "That accusation was denied": a determiner, not a clause
    _nouns_before_auxiliaries(out)
    _participles_before_nouns(out)
    return out


def _given_name_months(text: str, units: list[Unit], vocab: Vocabulary) -> None:
    """GIVEN-NAME-MONTH: a month name before a capitalised unknown word opens a name ("Minister Jan Novak")."""
    for k in range(len(units) - 1):
        unit = units[k]
        if unit.low not in vocab.given_name_months or unit.tag not in "_X":
            continue
        after = next((j for j in range(k + 1, len(units)) if units[j].low not in vocab.name_particles), k + 1)
        if after >= len(units) or units[after].tag != "K":
            continue  # "Jan Novak", "Jan de Vries": a name follows
        if not text[unit.start].isupper() or (k > 0 and units[k - 1].tag in "I9"):
            continue  # "in May Kenya's ...", "3 May": a date
        unit.tag = "K"
        unit.entries = ()


def _participles_before_nouns(units: list[Unit]) -> None:
    """PARTICIPLE-ADJECTIVE: a past participle right after a verb and before a noun modifies the noun.

    "condemned repeated attacks", "denied alleged links", "said renewed talks would start": the
    participle is no second verb ("He repeated claims" keeps its verb: a pronoun stands before it).
    """
    for k in range(1, len(units) - 1):
        unit, before, after = units[k], units[k - 1], units[k + 1]
        if not (unit.tag.islower() and unit.tag != "_" and before.tag.islower() and before.tag != "_"):
            continue
        if after.tag not in "_O":
            continue
        verb = unit.entry("verb")
        if verb is not None and verb.form in ("past", "participle") and unit.low.endswith("ed"):
            unit.tag = "_"


def _nouns_before_auxiliaries(units: list[Unit]) -> None:
    """An -s word after a name and before an auxiliary is a report noun: "United Nations reports have found".

    An attack noun after a name and before a preposition is the attacks' noun too (NAMED-ATTACKS: "Houthi
    attacks on shipping must stop"; "Russia attacks Ukraine" keeps its verb).
    """
    for k in range(1, len(units) - 1):
        unit = units[k]
        if not unit.tag.islower() or unit.tag == "_" or units[k - 1].tag not in "AJ":
            continue
        verb = unit.entry("verb")
        if verb is None or verb.form != "s":
            continue
        if units[k + 1].tag == "X" and unit.entry("noun") is not None:
            unit.tag = "O"
        elif units[k + 1].tag == "I" and unit.entry("attack") is not None:
            unit.tag = "_"


def _time_adverbials(units: list[Unit], vocab: Vocabulary) -> None:
    """Time phrases are adverbs (`L`): "last year", "earlier this week", a lone weekday ("said Monday that").

    Inside a prepositional phrase ("on Monday", "since last year") they stay nouns of the phrase, unless a name
    follows at once, with no comma: "On Monday Ethiopia's ministry said" (the name opens the subject).
    """
    for i, unit in enumerate(units):
        named_next = i + 1 < len(units) and units[i + 1].tag in "AZJ"  # "On Monday Ethiopia's ministry said"
        if (i > 0 and units[i - 1].tag in "IG" and not named_next) or (i + 1 < len(units) and units[i + 1].tag == "S"):
            continue  # "on Monday", "Sunday's attack": a noun
        if unit.tag in "K_" and unit.low in vocab.named_days:
            unit.tag = "L"
        elif (
            unit.low in vocab.time_modifiers
            and i + 1 < len(units)
            and units[i + 1].low in vocab.time_nouns
            and units[i + 1].tag == "_"
        ):
            unit.tag = "L"
            units[i + 1].tag = "L"


_SPLIT_REACH = 8
"""How many units a split verb's closing word may stand after its head ("held the militia's leaders responsible")."""


def _split_verbs(units: list[Unit], vocab: Vocabulary) -> None:
    """Tag a verb whose object stands inside it.

    A verb whose object stands inside it ("holds X responsible", "took X to task") is tagged as the verb
    when its closing word follows within reach, before any clause boundary.
    """
    for i, unit in enumerate(units):
        pairs = vocab.split_verbs.get(unit.low)
        if not pairs or (unit.tag.islower() and unit.tag != "_"):
            continue
        for k in range(i + 1, min(len(units), i + 1 + _SPLIT_REACH)):
            later = units[k]
            if later.tag in ",;:.TWQ" or (later.tag.islower() and later.tag != "_"):
                break
            entry = next((e for closing, e in pairs if _closes(units, k, closing)), None)
            if entry is not None and k > i + 1:
                unit.tag = VERB_TAGS[entry.category]
                unit.entries = (entry, *unit.entries)
                break


def _negated_verbs(units: list[Unit], vocab: Vocabulary) -> None:
    """NEGATED-ACCEPTANCE: tag "accept" as a verb of rejection when a negation stands right before it.

    "did not accept the findings", "will never recognise the ruling": only auxiliaries and adverbs may stand
    between; "accepted the findings" stays an ordinary word.
    """
    for i, unit in enumerate(units):
        last = unit.low.rsplit(" ", 1)[-1]
        entry = vocab.negated_verbs.get(last)
        if entry is not None and unit.tag == "F" and last != unit.low:  # a refusal read as one: "does not accept"
            unit.tag = VERB_TAGS[entry.category]
            unit.entries = (entry, *unit.entries)
            continue
        if entry is None or unit.tag != "_":
            continue
        k = i - 1
        while k >= 0 and units[k].tag in "XL":
            k -= 1
        if k >= 0 and units[k].tag == "N":
            unit.tag = VERB_TAGS[entry.category]
            unit.entries = (entry, *unit.entries)


def _closes(units: list[Unit], at: int, closing: str) -> bool:
    words = closing.split(" ")
    return len(units) - at >= len(words) and all(units[at + n].low == w for n, w in enumerate(words))


_LED_BY = frozenset(["regime", "government", "administration", "junta", "cabinet", "leadership", "camp", "forces"])
"""Bodies named after their leader ("the government of Name"), unlike offices named after a domain."""


def _surname_pronouns(text: str, units: list[Unit]) -> None:
    """A capitalised "He" inside a sentence, after a role or title and before a capitalised word, is a surname.

    "spokesperson He Yulin", "Minister He Lifeng": a name, not the pronoun.
    """
    for k in range(1, len(units) - 1):
        unit = units[k]
        if unit.tag == "H" and text[unit.start].isupper() and units[k - 1].tag in "RU" and units[k + 1].tag == "K":
            unit.tag = "K"


_PORTFOLIO_WORDS = frozenset("KVJ")
"""Tags of a portfolio's capitalised words ("Emigration", "International", "Egyptian")."""
_PORTFOLIO_END = frozenset("UPG,")
"""What may follow a portfolio list: a title or name ("Dr. Name"), "of the Republic of X", or a comma."""


def _portfolio_lists(text: str, units: list[Unit]) -> None:
    """PORTFOLIO-LIST: a ministry's further portfolios after a comma belong to its role.

    "Minister of Foreign Affairs, Emigration and Egyptian Expatriates Dr. Name": the capitalised words up
    to the last "and" item are one role unit with "Minister of Foreign Affairs", not names of their own.
    """
    k = 0
    while k < len(units) - 3:
        role = units[k]
        if role.tag != "R" or " " not in role.low or units[k + 1].tag != ",":
            k += 1
            continue
        end, joined = k + 2, False
        while end < len(units) and (
            (units[end].tag in _PORTFOLIO_WORDS and text[units[end].start].isupper())
            or (units[end].tag in "C," and end + 1 < len(units) and units[end + 1].tag in _PORTFOLIO_WORDS)
        ):
            joined = joined or units[end].tag == "C"
            end += 1
        if joined and end < len(units) and units[end].tag in _PORTFOLIO_END and units[end - 1].tag in "KV":
            _merge_into_role(text, units, k, end)
        k += 1


def _domain_bodies(text: str, units: list[Unit], vocab: Vocabulary) -> None:
    """DOMAIN-MINISTRY: "Ministry of National Defence", "Secretariat of Public Security" is one role unit.

    A capitalised body of frames.json `domain_bodies`, "of", and the capitalised words after it that name no
    actor (role modifiers, descriptions or unknown words; a second domain after "for": "Ministry of Popular Power
    for Foreign Affairs"): its domain, part of its name, so the phrase holds together.
    """
    k = 0
    while k < len(units) - 2:
        role = units[k]
        if role.tag != "R" or role.low not in vocab.domain_bodies or not text[role.start].isupper():
            k += 1
            continue
        end = k + 2 if units[k + 1].tag == "G" else k
        while k < end < len(units) and units[end].tag in "KVY_" and text[units[end].start].isupper():
            end += 1
            # "Ministry of Popular Power for Foreign Affairs": a second domain after "for" is part of the name
            second = end + 1 < len(units) and units[end].low == "for" and units[end + 1].tag in "KVY_"
            if second and text[units[end + 1].start].isupper():
                end += 1
        if end > k + 2:
            _merge_into_role(text, units, k, end)
        k += 1


def _merge_into_role(text: str, units: list[Unit], first: int, end: int) -> None:
    """Make units `[first, end)` one role unit with the entries of the role at `first`."""
    role = units[first]
    last = units[end - 1]
    units[first:end] = [Unit(role.start, last.end, "R", text[role.start : last.end].lower(), role.entries, role.ref)]


_REGION_WORDS = frozenset("KPV")
"""Tags of a region's capitalised words in a role's list ("Europe", "Pacific"; "Central Asia" read as a name)."""


def _regions_of_a_role(text: str, units: list[Unit]) -> None:
    """REGION-PORTFOLIO: a role "for" a list of regions is one role unit with them.

    "Assistant Secretary-General for Europe, Central Asia and the Americas, said": the regions and their
    commas belong to the role, so that the apposition it stands in holds together. Only capitalised words
    that name no actor ("the Middle East", "Asia"); a list of states ("envoy for Sudan and Chad") stays as it is.
    """
    k = 0
    while k < len(units) - 4:
        if units[k].tag != "R" or units[k + 1].low != "for":
            k += 1
            continue
        end, items, joined = k + 2, 0, False
        while end < len(units):
            at = end + 1 if units[end].tag == "D" and end + 1 < len(units) else end
            if units[at].tag not in _REGION_WORDS or not text[units[at].start].isupper():
                break
            if units[at].tag == "P":  # "Central Asia" read as a name: one item, and no name runs on after it
                at += 1
            else:
                while at < len(units) and units[at].tag in "KV" and text[units[at].start].isupper():
                    at += 1
            items, end = items + 1, at
            if end + 1 < len(units) and units[end].tag in ",C" and not joined:
                joined = units[end].tag == "C"
                end += 1
                continue
            break
        if joined and items >= 2 and units[end - 1].tag not in ",C":
            _merge_into_role(text, units, k, end)
        k += 1


def _name_step(text: str, units: list[Unit], j: int, vocab: Vocabulary) -> int:
    """Where a name running up to unit `j` goes on: past `j` when it continues, else `j`.

    A capitalised word, a suffix ("Jr."), particles before a capitalised word ("de la Cruz", "bin Zayed"),
    an initial's full stop ("Amina J. Okafor"), or a capital city's name between names ("Ana Sofia Rojas").
    """
    if j >= len(units):
        return j
    unit = units[j]
    if unit.tag == "K" or text[unit.start : unit.end].rstrip(".") in vocab.name_suffixes:
        return j + 1
    k = j
    while k < len(units) and units[k].low in vocab.name_particles:
        k += 1
    if k > j and k < len(units) and units[k].tag == "K":
        return k
    after = j + 1 < len(units) and units[j + 1].tag == "K"
    if unit.tag == "." and after and len(units[j - 1].low) == 1 and units[j - 1].end == unit.start:
        return j + 1  # "J." of "Amina J. Okafor"
    if unit.tag == "Z" and units[j - 1].tag == "K" and (after or _name_step(text, units, j + 1, vocab) > j + 1):
        return j + 1  # "Sofia" between names
    return j


def _names(text: str, units: list[Unit], vocab: Vocabulary) -> None:
    """Runs of two or more capitalised words that name nobody else are a person's name (one `P` unit).

    Particles ("da", "bin") may stand inside and a suffix ("Jr.") at the end; a run whose
    last word makes it a place or an institution ("Gaza Strip", "Security Council") is not
    a person, nor is a run right after "the".
    """
    i = 0
    while i < len(units):
        if units[i].tag != "K":
            i += 1
            continue
        j = i + 1
        while (step := _name_step(text, units, j, vocab)) > j:
            j = step
        capitalised = [u for u in units[i:j] if u.tag == "K"]
        last_word = text[units[j - 1].start : units[j - 1].end]
        after_the = i > 0 and units[i - 1].low in ("the", "a", "an")
        # "Ministry of Energy and Water" is an office; "the regime of Daniel Ortega" is a leader's
        of_office = i > 1 and units[i - 1].tag == "G" and units[i - 2].tag == "R" and units[i - 2].low not in _LED_BY
        if len(capitalised) >= 2 and last_word not in vocab.not_person_heads and not after_the and not of_office:
            units[i:j] = [Unit(units[i].start, units[j - 1].end, "P", text[units[i].start : units[j - 1].end].lower())]
        i += 1
