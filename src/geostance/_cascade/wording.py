"""Wording: what the words of a reported speech do, read from the vocabulary.

The event level decides whether a reading rebuts, accuses or only asserts; these tests
tell it what the reported words themselves do, whoever said them:

- deny ("had nothing to do with") or call something false ("not true", "lies", "rejects");
- report a hostile act ("had violated", "failed to honour its pledges");
- assure ("poses no threat"), lay an obligation ("it must stop"), or negate;
- tell others to keep out of the speaker's own affairs ("stop interfering in our internal affairs");
- judge a report noun false ("baseless claims", "the allegations are fabricated");
- in a quotation, also demand, accuse, warn or support (then a rebutter's quotation is a
  statement too; a quotation that only denies stays in the rebuttal's claims).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from geostance._cascade.claims import claim_kind
from geostance._cascade.targets import quote_words
from geostance._cascade.units import VERB_TAGS
from geostance._cascade.vocab import vocabulary
from geostance.model import ClaimKind

if TYPE_CHECKING:
    from collections.abc import Sequence

    from geostance._cascade.sentence import Sentence
    from geostance._cascade.vocab import Vocabulary
    from geostance._segment import QuoteSpan

__all__ = [
    "accusing_words",
    "assures",
    "cleft_foci",
    "corrects",
    "imputes_motive",
    "judged_report",
    "last_noun",
    "names_noun",
    "names_thing",
    "negated",
    "obliges",
    "obliges_another",
    "own_affairs",
    "quotable_words",
    "rebutting_words",
]

_DIRECTED_TAGS = frozenset("qjwp")


def mixed(sentence: Sentence, quote: QuoteSpan) -> bool:
    """Whether a rebutter's quotation also demands, accuses, warns or supports (then it is a statement too).

    A quotation that only denies stays in the rebuttal's claims (ANNOTATION: denial quotes).
    """
    if quote_words(sentence, quote) < 4:
        return False
    vocab = vocabulary()
    words = [w.strip(".,;:!?\"“”'’()") for w in sentence.text[quote.start : quote.end].lower().split()]
    i = 0
    judged: list[int] = []  # a condemnation word accuses, unless it judges a reported claim beside it
    reported: list[int] = []  # ("this absurd claim", "the claims are unacceptable")
    while i < len(words):
        n, entries = vocab.lookup(words, i)
        for entry in entries:
            if entry.kind == "verb" and VERB_TAGS.get(entry.category) in _DIRECTED_TAGS:
                return True
            if entry.kind == "aux" and entry.category == "obligation":
                return True
            if entry.kind == "judgment" and entry.category == "condemnation":
                judged.append(i)
            if entry.kind == "hostile" and not _negated_before(words, i):
                return True  # HOSTILE-IN-DENIAL: "efforts to distort its objectives" accuses; "never harboured" not
            if entry.kind == "noun":
                reported.append(i)
        if words[i] in ("needs", "need") and i + 1 < len(words) and words[i + 1] == "to":
            return True
        i += max(n, 1)
    return any(not _near(reported, j) for j in judged)


def _near(positions: list[int], at: int) -> bool:
    """Whether a position in the sorted `positions` lies within `_JUDGED_REACH` words of `at`."""
    k = bisect.bisect_left(positions, at - _JUDGED_REACH)
    return k < len(positions) and positions[k] <= at + _JUDGED_REACH


_JUDGED_REACH = 3
"""How many words apart a judgment and the report noun it judges may stand ("baseless claims", "the claims are
unacceptable"); further from a report noun a condemnation judges an act."""


def quotable_words(sentence: Sentence, quote: QuoteSpan) -> bool:
    """Whether a rebutter's quotation is also a statement of theirs: anything but a bare denial ("That is a lie")."""
    if quote_words(sentence, quote) < 4:
        return False
    return mixed(sentence, quote) or not rebutting_words(sentence, [(quote.start, quote.end)])


_NEGATIONS = frozenset(["no", "not", "never", "nothing", "n't", "n’t", "neither", "nor", "none", "nobody"])
_INTERFERENCE = re.compile(r"\b(?:internal|domestic)\s+(?:affairs|matters|issues)\b|\bmeddl|\binterfer", re.IGNORECASE)
_OWN_INTERNAL = re.compile(r"\b(?:its|our|their)\s+(?:own\s+)?(?:internal|domestic)\b", re.IGNORECASE)


def _negated_before(words: list[str], at: int) -> bool:
    """Whether a negation stands among the three words before `words[at]` ("never harboured", "has not met")."""
    return any(w in _NEGATIONS for w in words[max(0, at - 3) : at])


def _span_words(sentence: Sentence, spans: list[tuple[int, int]]) -> list[str]:
    text = sentence.text
    return [w.strip(".,;:!?\"“”'’()") for a, b in spans for w in text[a:b].lower().split()]


def rebutting_words(sentence: Sentence, spans: list[tuple[int, int]]) -> str:
    """How what was said rebuts: "denial", "false" or "".

    How what was said rebuts: "denial" for a denial expression ("had nothing to do with", "cannot accept"),
    "false" for words calling something false or rejecting it ("not true", "lies", "rejects"), else "".
    """
    words = _span_words(sentence, spans)
    vocab = vocabulary()
    found = ""
    reports: list[int] = []  # report nouns, for CONDEMNED-REPORT
    i = 0
    while i < len(words):
        n, entries = vocab.lookup(words, i)
        after_determiner = i > 0 and any(e.kind == "det" for e in vocab.lookup(words, i - 1)[1])
        for entry in entries:
            if entry.kind == "denial":
                return "denial"
            if entry.kind == "noun" and entry.category in _CLAIM_NOUNS:
                reports.append(i + n - 1)
            if entry.kind == "verb" and after_determiner:
                continue  # "a dispute between two states", "the challenge": a noun, nothing rejected
            if entry.kind == "verb" and entry.category == "deny" and _refused_to_someone(vocab, words, i, n):
                continue  # "inspectors were denied entry": access refused, nothing denied as untrue
            if entry.kind == "verb" and entry.category in ("deny", "reject") and _kind_of_act(vocab, words, i + n):
                continue  # "opposes any attempt to change the status quo": a kind of act refused, no claim
            if entry.kind == "judgment" and entry.category == "disqualification":
                if not entry.lemma.endswith(" to") or (i + n < len(words) and words[i + n] in vocab.disqualified_acts):
                    found = "false"  # DISQUALIFY-THE-CRITIC: "has no right to lecture others"
                continue
            if (entry.kind == "verb" and entry.category in ("deny", "reject")) or (
                entry.kind == "judgment" and entry.category == "falsity"
            ):
                found = "false"
        i += max(n, 1)
    if not found and (corrects(sentence, spans) or _condemned(vocab, words, reports)):
        found = "false"
    lex = sentence.doc.lexicon
    if not found and any(lex.rebuttal_phrases.search(sentence.text, a, b) for a, b in spans):
        found = "false"
    return found


def cleft_foci(sentence: Sentence, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """CLEFT-COUNTER: the focus of each cleft in the words ("it was Kenya that armed them": "Kenya"), quoted too."""
    cleft = vocabulary().cleft
    return [m.span("focus") for a, b in spans for m in cleft.finditer(sentence.text, a, b)]


_NOUN_KINDS = frozenset(["description", "role", "noun"])
_CORRECTION_REACH = 8
"""How many words a negated characterisation may run before the correction after it ("not ... but")."""


def corrects(sentence: Sentence, spans: list[tuple[int, int]]) -> bool:
    """CORRECTIVE-CONTRAST: whether the words set a correction against a characterisation.

    "are not mercenaries but instructors", "hit a depot, not a hospital", "it was the militia, not the
    army, that fired": the negated phrase is what another said, and saying so counters it. A negated verb
    ("had not decided but would") and an additive "not only ... but" correct nothing.
    """
    vocab = vocabulary()
    for a, b in spans:
        raw = sentence.text[a:b].split()
        words = [w.strip(".,;:!?\"“”'’()").lower() for w in raw]
        for i, word in enumerate(words):
            if word != "not" or i == 0 or i + 1 >= len(words) or words[i + 1] in vocab.not_additive:
                continue
            after_be = _be_at(vocab, words, i - 1)
            if after_be and _contrast_follows(vocab, words, i + 1):
                return True
            if raw[i - 1].endswith(",") and _set_off_phrase(vocab, raw, words, i + 1):
                return True
    return False


def _phrase_word(vocab: Vocabulary, words: list[str], at: int) -> bool:
    """Whether a word can stand inside a noun phrase: a vocabulary noun ("state"), or no verb or function word."""
    entries = vocab.lookup(words, at)[1]
    if any(e.kind in _NOUN_KINDS for e in entries):
        return True
    return words[at] != "" and not any(e.kind in ("verb", "aux", "pron", "sub", "comp", "rel", "neg") for e in entries)


def _contrast_follows(vocab: Vocabulary, words: list[str], start: int) -> bool:
    """Whether a noun phrase from `start` ends in "but" and another noun phrase ("not X but Y")."""
    for k in range(start, min(len(words) - 1, start + _CORRECTION_REACH)):
        if words[k] in vocab.corrective_contrasts:
            return k > start and _phrase_word(vocab, words, k + 1)
        if not _phrase_word(vocab, words, k):
            return False
    return False


def _set_off_phrase(vocab: Vocabulary, raw: list[str], words: list[str], start: int) -> bool:
    """Whether a noun phrase from `start` closes with a comma or the span's end (", not the army,").

    The phrase opens with a determiner or a name: a prepositional phrase (", not on our knees") or a
    comparative (", not more") sets a manner or a degree against another, not a claim.
    """
    named = raw[start][:1].isupper()
    if words[start] in vocab.degree_after_not:
        return False  # "answers, not more excuses": an amount weighed, no claim corrected
    if not named and not any(e.kind == "det" for e in vocab.lookup(words, start)[1]):
        return False
    for k in range(start, min(len(words), start + _CORRECTION_REACH)):
        if not _phrase_word(vocab, words, k):
            return False
        if raw[k].endswith((",", ".")) or k == len(words) - 1:
            return named or k > start  # a determiner alone (", not more") is no phrase
    return False


_KIND_REACH = 3
"""Words read after "any" / "all" for the noun that tells a claim ("any allegation") from an act ("any attempt")."""


def _kind_of_act(vocab: Vocabulary, words: list[str], at: int) -> bool:
    """Whether a rejection's object is a kind of act: "any attempt", "all forms of", not "any allegation that"."""
    if at >= len(words) or words[at] not in vocab.kind_quantifiers:
        return False
    for k in range(at + 1, min(at + 1 + _KIND_REACH, len(words))):
        if any(e.kind == "noun" for e in vocab.lookup(words, k)[1]):
            return False  # a report noun: "any allegation", "all claims"
    return True


def _refused_to_someone(vocab: Vocabulary, words: list[str], at: int, length: int) -> bool:
    """Whether "deny" at `at` is passive with a bare object: "were denied entry", "had been denied visas"."""
    if at == 0 or at + length >= len(words):
        return False
    before = vocab.lookup(words, at - 1)[1]
    after = vocab.lookup(words, at + length)[1]
    passive = any(e.kind == "aux" and e.category == "passive" for e in before)
    return passive and not any(e.kind in ("det", "comp", "prep", "of") for e in after) and words[at + length].isalpha()


def accusing_words(sentence: Sentence, spans: list[tuple[int, int]]) -> bool:
    """Whether what was said reports a hostile act ("had violated", "attacked", "has not met its pledges")."""
    words = _span_words(sentence, spans)
    vocab = vocabulary()
    for i in range(len(words)):
        n, entries = vocab.lookup(words, i)
        for entry in entries[: len(entries) if n else 0]:
            if entry.kind == "hostile" and entry.form != "base":
                return True
            if entry.kind == "obligation" and _negated_before(words, i):
                return True  # "has not met its pledges", "failed to honour"
            if entry.kind == "obligation" and i > 1 and words[i - 1] == "to" and words[i - 2] in ("failed", "fails"):
                return True
    return False


def assures(sentence: Sentence, spans: list[tuple[int, int]]) -> bool:
    """Whether what was said is an assurance that denies ("poses no threat", "will not allow").

    A pledge ("remains committed to the talks": frames.json `pledge_words`) is an assurance too, but it
    promises rather than denies: on its own it does not count.
    """
    doc = sentence.doc
    pattern = doc.lexicon.claim_kind_pattern(ClaimKind.ASSURANCE)
    pledges = vocabulary().pledge_words
    for a, b in spans:
        if pattern is None or claim_kind(doc, a, b) is not ClaimKind.ASSURANCE:
            continue
        if any(found.group().split(maxsplit=1)[0] not in pledges for found in pattern.finditer(doc.text, a, b)):
            return True
    return False


def _obligations(sentence: Sentence, spans: list[tuple[int, int]]) -> list[int]:
    """The units inside `spans` that are modals of obligation ("must", "should": grammar.json `obligation_modals`)."""
    return [
        k
        for k, unit in enumerate(sentence.units)
        if (aux := unit.entry("aux")) is not None
        and aux.category == "obligation"
        and any(a <= unit.start < b for a, b in spans)
    ]


def obliges(sentence: Sentence, spans: list[tuple[int, int]]) -> bool:
    """Whether what was said lays an obligation on someone ("it must stop the militants"): a demand."""
    return bool(_obligations(sentence, spans))


def obliges_another(sentence: Sentence, spans: list[tuple[int, int]]) -> bool:
    """SAY-MUST: whether the words lay an obligation on a named party ("Y must withdraw", "Y's troops should leave").

    Not on a pronoun, which in reported words is mostly the speaker ("said it must defend itself").
    """
    return any(k > 0 and sentence.tags[k - 1] in "AZRYO_J" for k in _obligations(sentence, spans))


def negated(sentence: Sentence, spans: list[tuple[int, int]]) -> bool:
    """Whether the words hold a negation; "not only ... but also" adds and "not more talks" weighs: no negation."""
    words = _span_words(sentence, spans)
    vocab = vocabulary()
    not_negating = vocab.not_additive | vocab.degree_after_not
    return any(
        w in _NEGATIONS
        and not (w == "not" and k + 1 < len(words) and words[k + 1] in not_negating)
        and not _resolve(words, k)
        and not _unsaid(words, k)
        for k, w in enumerate(words)
    )


_NOT = frozenset(["not", "n't", "n’t"])


def _unsaid(words: list[str], negation: int) -> bool:
    """Whether a negation reports silence: "did not say which side fired", "has not named the country".

    Only "not": "never said so" denies having said something.
    """
    if words[negation] not in _NOT:
        return False
    forms = vocabulary().unsaid_forms
    return any(" ".join(words[negation + 1 : negation + 1 + n]) in forms for n in (1, 2))


_PASSIVE_BE = frozenset(["be", "been", "being"])


_RESOLVE_MODALS = frozenset(["will", "would", "shall"])


def _resolve(words: list[str], negation: int) -> bool:
    """Whether a future negation states resolve: "will not hesitate", "would not (be) intimidated", "won't bow".

    "does not tolerate armed groups" assures, and stays a negation.
    """
    if words[negation] == "no" and negation > 1 and words[negation - 2] in _RESOLVE_MODALS:
        return words[negation - 1] in vocabulary().threat_lemmas  # "will find no place to hide", "will show no mercy"
    if negation == 0 or words[negation - 1] not in _RESOLVE_MODALS:
        return False
    at = negation + 1
    if at < len(words) and words[at] in _PASSIVE_BE:
        at += 1
    forms = vocabulary().resolve_forms
    return any(" ".join(words[at : at + n]) in forms for n in (1, 2, 3))


_CLAIM_NOUNS = frozenset(["assert", "accuse", "warn", "demand"])
"""Report nouns for what someone claimed ("claims", "allegations", "threats"), not concern, support or denial."""


_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def names_noun(text: str, start: int, end: int, stem: str) -> bool:
    """Whether `text[start:end]` holds the noun `stem` or its -s plural as a word ("boat", "boats")."""
    return last_noun(text, start, end, stem) is not None


def names_thing(text: str, start: int, end: int, noun: str) -> bool:
    """Whether `text[start:end]` names the thing `noun` names: the noun, its -s plural, or a noun of its kind.

    Nouns of one kind are frames.json `same_thing_nouns` ("boats" in a charge, "the vessels" in the answer).
    """
    kin = vocabulary().same_things.get(noun)
    if kin is not None:
        return any(match.group().lower() in kin for match in _WORD.finditer(text, start, end))
    return names_noun(text, start, end, noun.removesuffix("s"))


def last_noun(text: str, start: int, end: int, stem: str) -> int | None:
    """Where the last word of `text[start:end]` that is the noun `stem` or its -s plural starts, if any."""
    found = None
    for match in _WORD.finditer(text, start, end):
        if match.group().lower().removesuffix("s") == stem:
            found = match.start()
    return found


def judged_report(sentence: Sentence, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Where the words judge a report noun false ("baseless claims", "the allegations are fabricated").

    The report noun's offset, and the start of the words holding it (its claimant is named there).
    A report condemned in its predicate counts too (CONDEMNED-REPORT: "the accusations were unacceptable").
    Read once per sentence and spans.
    """
    key = tuple(spans)
    if key not in sentence.judged:
        sentence.judged[key] = _judged_report(sentence, spans)
    return sentence.judged[key]


def _judged_report(sentence: Sentence, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """`judged_report`, read."""
    vocab = vocabulary()
    text = sentence.text
    for a, b in spans:
        found = [(m.group().lower(), m.start()) for m in _WORD.finditer(text, a, b)]
        words = [w for w, _ in found]
        judged: list[int] = []
        reports: list[int] = []
        i = 0
        while i < len(words):
            n, entries = vocab.lookup(words, i)
            if any(e.kind == "judgment" and e.category == "falsity" for e in entries):
                judged.append(i)
            if (
                any(e.kind == "noun" and e.category in _CLAIM_NOUNS for e in entries)
                or words[i] in vocab.evidence_nouns
            ):
                reports.append(i)  # JUDGED-EVIDENCE: "the photos were doctored", "UNICEF's numbers are inflated"
            i += max(n, 1)
        for r in reports:
            if any(abs(j - r) <= _JUDGED_REACH or _judged_after_clause(words, r, j) for j in judged):
                return found[r][1], a
            if _condemned_predicate(vocab, words, r):
                return found[r][1], a
    return None


def _condemned(vocab: Vocabulary, words: list[str], reports: list[int]) -> bool:
    """CONDEMNED-REPORT: whether a report noun is the subject of "be" and a condemnation or an imputed motive.

    "the accusations were unacceptable", "the charges are an insult", "the report was nothing but a
    pretext", "the allegations were designed to justify sanctions": the words reject the report as
    falsity judgments do, though no word calls it untrue.
    """
    if not reports or vocab.passive_forms.isdisjoint(words):
        return False  # no report noun, or no "is" / "was" / "were": nothing condemned in its predicate
    return any(_condemned_predicate(vocab, words, r) for r in reports)


_PREDICATE_REACH = 5
"""How many words a report noun's tail ("against Nairobi", "by the ministry") may run before "is" / "was"."""
_HEDGE_REACH = 3
"""How many determiners, adverbs and hedges ("nothing but a", "simply an") may stand between "was" and the judgment."""


def _condemned_predicate(vocab: Vocabulary, words: list[str], report: int) -> bool:
    """Whether "be" follows the report noun (no verb between) and a condemnation or a motive follows "be"."""
    for b in range(report + 1, min(len(words), report + 1 + _PREDICATE_REACH)):
        entries = vocab.lookup(words, b)[1]
        if _be_at(vocab, words, b):
            return _judgment_of_report(vocab, words, b + 1)
        if any(e.kind == "aux" for e in entries):
            continue  # "had been", "would be"
        if words[b] == "that" or any(e.kind in ("verb", "sub", "rel", "comp") for e in entries):
            return False
    return False


def imputes_motive(words: Sequence[str], k: int) -> bool:
    """Whether a motive opens at `words[k]`: "an attempt to divert ...", "a bid to discredit" (frames.json).

    The head, a link ("to", "at") and a verb of discrediting or deflecting (`motive_judgments`), lower case.
    """
    vocab = vocabulary()
    return (
        k + 2 < len(words)
        and words[k] in vocab.motive_heads
        and words[k + 1] in vocab.motive_links
        and words[k + 2] in vocab.motive_verbs
    )


def _judgment_of_report(vocab: Vocabulary, words: list[str], start: int) -> bool:
    """Whether a condemnation ("unacceptable", "a pretext") or a motive ("an attempt to divert") opens at `start`."""
    k = start
    while k < min(len(words), start + _HEDGE_REACH + 1):
        n, entries = vocab.lookup(words, k)
        if any(e.kind == "judgment" and e.category in ("condemnation", "falsity") for e in entries):
            return True
        if words[k] in vocab.motive_heads:
            return imputes_motive(words, k)
        hedge = next((h for h in vocab.predicate_hedges if tuple(words[k : k + len(h)]) == h), None)
        if hedge is not None:
            k += len(hedge)
        elif words[k].endswith("ly") or any(e.kind == "det" for e in entries):
            k += max(n, 1)
        elif not entries and k + 1 < len(words) and words[k + 1] in vocab.motive_heads:
            k += 1  # an adjective of the motive the vocabulary lacks: "a desperate attempt to", "a cynical ploy to"
        else:
            return False
    return False


_CLAUSE_REACH = 14
"""How many words a report noun's that-clause may run before "is false" (CLAIM-THAT-IS-FALSE)."""


def _be_at(vocab: Vocabulary, words: list[str], at: int) -> bool:
    """Whether the word at `at` is a form of "be" (the vocabulary's passive auxiliaries)."""
    return at >= 0 and any(e.kind == "aux" and e.category == "passive" for e in vocab.lookup(words, at)[1])


def _judged_after_clause(words: list[str], report: int, judgment: int) -> bool:
    """CLAIM-THAT-IS-FALSE: "the claim that the boat was poaching is false": the judgment after the clause.

    The report noun opens a that-clause, and the judgment follows a form of "be" (an adverb may stand
    between: "is simply false") within reach.
    """
    if not (report + 2 < judgment <= report + _CLAUSE_REACH) or words[report + 1] != "that":
        return False
    vocab = vocabulary()
    return _be_at(vocab, words, judgment - 1) or _be_at(vocab, words, judgment - 2)


_OWN_SOVEREIGN_RIGHT = re.compile(
    r"\b(?:it|we|they|government)\s+(?:has|had|have)\s+(?:every\s+|the\s+|a\s+)?sovereign\s+rights?\b",
    re.IGNORECASE,
)
"""The speaker claiming a sovereign right for itself: "it has the sovereign right", "we have every sovereign right"."""


def own_affairs(sentence: Sentence, speaker: str, start: int, end: int) -> bool:
    """Whether a span tells others to keep out of the speaker's own affairs.

    Whether `[start, end)` tells others to keep out of the speaker's own affairs ("not to meddle in
    Afghanistan's internal affairs" said by the Taliban; "stop interfering in our internal affairs").
    """
    text = sentence.text
    doc = sentence.doc
    if _OWN_SOVEREIGN_RIGHT.search(text, start, end):
        return True  # SOVEREIGN-RIGHT: "(it) had the sovereign right to choose ..."; not another's right defended
    for match in _INTERFERENCE.finditer(text, start, end):
        if _OWN_INTERNAL.search(text, max(start, match.start() - 60), match.end() + 40):
            return True
        record = doc.record(speaker)
        home = {speaker, record.based_in if record is not None else None}
        for hit in doc.hits_in(max(start, match.start() - 60), min(end, match.end() + 40)):
            if hit.actor in home or doc.gazetteer.authorities.get(hit.actor) == speaker:
                return True
    return False
