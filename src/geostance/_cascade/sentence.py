"""One sentence's shallow analysis, built once and shared by every construction.

[`Sentence`][geostance._cascade.sentence.Sentence] holds the sentence's units and tag
string (level 1), its noun phrases and verb groups (level 2), and small lookups the
constructions use: the phrase that ends or starts at a unit, the text of a stretch of
units, the character span of a stretch. Analyses are made lazily: only for sentences
with a cue verb, a quotation or a phrase a construction reads.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geostance._cascade.phrases import Phrase, VerbGroup, noun_phrases, verb_groups
from geostance._cascade.units import Unit, units_of
from geostance._segment import Segment

if TYPE_CHECKING:
    from geostance._cascade.vocab import Vocabulary
    from geostance._document import Document

__all__ = ["WINDOW", "Sentence", "addressee", "windows"]

WINDOW = 1_200
"""Longest stretch (in characters) analysed as one: a longer sentence is read in windows cut at a comma or a
semicolon, so that no step of the analysis costs more than a window's size (real sentences are far shorter)."""
_CUT = re.compile(r"[;,]\s|\s")


def windows(text: str, segment: Segment) -> list[Segment]:
    """The stretches a sentence is read in: itself, or windows of at most `WINDOW` characters."""
    if segment.end - segment.start <= WINDOW:
        return [segment]
    out: list[Segment] = []
    start = segment.start
    while segment.end - start > WINDOW:
        limit = start + WINDOW
        cut = None
        for match in _CUT.finditer(text, limit - WINDOW // 3, limit):
            cut = match.end()
            if text[match.start()] in ";,":
                break
        end = cut if cut is not None and cut > start else limit
        out.append(Segment(start, end, segment.paragraph))
        start = end
    out.append(Segment(start, segment.end, segment.paragraph))
    return out


_FRAME_REACH = 10
"""How many units an opening frame set off by a comma may span ("At a news conference in Minsk on Monday,")."""


class Sentence:
    """A sentence as units, tags, noun phrases and verb groups (see the module docstring)."""

    __slots__ = (
        "_breaks",
        "_ending",
        "_starting",
        "doc",
        "groups",
        "index",
        "judged",
        "phrases",
        "segment",
        "tags",
        "text",
        "units",
    )

    def __init__(self, doc: Document, index: int, vocab: Vocabulary, window: Segment | None = None) -> None:
        self.doc = doc
        self.text = doc.text
        self.index = index
        self.segment: Segment = window or doc.sentences[index]
        self.units: list[Unit] = units_of(doc, self.segment, vocab)
        self.tags = "".join(u.tag for u in self.units)
        self.phrases: list[Phrase] = noun_phrases(self.units, self.tags)
        self.groups: list[VerbGroup] = verb_groups(self.units, self.tags, vocab.unrealised_before_to)
        self._ending: dict[int, Phrase] = {}
        self._starting: dict[int, Phrase] = {}
        self.judged: dict[tuple[tuple[int, int], ...], tuple[int, int] | None] = {}
        """Report nouns judged in spans of words, by the spans (wording.judged_report reads each once)."""
        for phrase in self.phrases:
            self._ending[phrase.last] = phrase
            self._starting[phrase.first] = phrase
        self._breaks: list[int] = []  # for each unit, where its clause ends (a semicolon, a colon, the end)
        end = len(self.tags)
        for k in range(len(self.tags) - 1, -1, -1):
            if self.tags[k] in ";:":
                end = k
            self._breaks.append(end)
        self._breaks.reverse()

    def clause_end(self, at: int) -> int:
        """The unit where the clause going on at unit `at` ends: the next semicolon or colon, else the end."""
        return self._breaks[at] if at < len(self._breaks) else len(self.tags)

    def phrase_ending(self, end: int) -> Phrase | None:
        """The (outermost) phrase whose last unit is `end - 1`."""
        return self._ending.get(end)

    def phrase_starting(self, first: int) -> Phrase | None:
        """The (outermost) phrase whose first unit is `first`."""
        return self._starting.get(first)

    def after_frames(self, start: int = 0) -> int:
        """Where the subject starts after opening frames set off by commas, from unit `start` (OPENING-FRAME).

        An adverb ("Earlier,", "Meanwhile,") or a prepositional frame ("On Tuesday,", "Late on Tuesday,",
        "In Minsk,", "At a news conference in Minsk on Monday,"): a preposition, after at most one adverb or
        modifier, and no verb, quotation or "that" before the comma.
        """
        tags = self.tags
        while True:
            if tags[start : start + 2] == "L,":
                start += 2
                continue
            comma = tags.find(",", start, start + _FRAME_REACH + 1)
            opener = start + 1 if tags[start : start + 1] in ("L", "V") else start
            if comma < start + 2 or tags[opener : opener + 1] != "I":
                return start
            if any(t.islower() or t in 'QT"' for t in tags[start:comma]):
                return start
            start = comma + 1

    def phrase_at(self, unit: int) -> Phrase | None:
        """The outermost phrase containing unit `unit`."""
        for phrase in self.phrases:
            if phrase.first <= unit < phrase.last:
                return phrase
            if phrase.first > unit:
                break
        return None

    def span(self, first: int, end: int) -> tuple[int, int]:
        """Character offsets of units `[first, end)`."""
        return self.units[first].start, self.units[end - 1].end

    def words(self, first: int, end: int) -> str:
        """The text of units `[first, end)`."""
        a, b = self.span(first, end)
        return self.text[a:b]

    def phrase_span(self, phrase: Phrase) -> tuple[int, int]:
        """Character offsets of a phrase, its complement, members and apposition included."""
        return self.span(phrase.first, phrase.last)

    def __repr__(self) -> str:
        return f"Sentence({self.index}, {self.tags!r})"


def addressee(sentence: Sentence, phrase: Phrase) -> bool:
    """Whether a phrase is whom words are addressed to: "to" after a verb of speech or a document noun.

    "wrote to X", "a letter to X", "a note to X"; not "turning to X" or "aid to X".
    """
    at = phrase.first - 1
    return at > 0 and sentence.units[at].low == "to" and sentence.tags[at - 1] in "Os"
