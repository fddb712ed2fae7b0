"""One sentence's shallow analysis, built once and shared by every construction.

[`Sentence`][geostance._cascade.sentence.Sentence] holds the sentence's units and tag
string (level 1), its noun phrases and verb groups (level 2), and small lookups the
constructions use: the phrase that ends or starts at a unit, the text of a stretch of
units, the character span of a stretch. Analyses are made lazily: only for sentences
with a cue verb, a quotation or a phrase a construction reads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geostance._cascade.phrases import Phrase, VerbGroup, noun_phrases, verb_groups
from geostance._cascade.units import Unit, units_of

if TYPE_CHECKING:
    from geostance._cascade.vocab import Vocabulary
    from geostance._document import Document
    from geostance._segment import Segment

__all__ = ["Sentence"]


class Sentence:
    """A sentence as units, tags, noun phrases and verb groups (see the module docstring)."""

    __slots__ = ("_ending", "_starting", "doc", "groups", "index", "phrases", "segment", "tags", "text", "units")

    def __init__(self, doc: Document, index: int, vocab: Vocabulary) -> None:
        self.doc = doc
        self.text = doc.text
        self.index = index
        self.segment: Segment = doc.sentences[index]
        self.units: list[Unit] = units_of(doc, self.segment, vocab)
        self.tags = "".join(u.tag for u in self.units)
        self.phrases: list[Phrase] = noun_phrases(self.units, self.tags)
        self.groups: list[VerbGroup] = verb_groups(self.units, self.tags)
        self._ending: dict[int, Phrase] = {}
        self._starting: dict[int, Phrase] = {}
        for phrase in self.phrases:
            self._ending[phrase.last] = phrase
            self._starting[phrase.first] = phrase

    def phrase_ending(self, end: int) -> Phrase | None:
        """The (outermost) phrase whose last unit is `end - 1`."""
        return self._ending.get(end)

    def phrase_starting(self, first: int) -> Phrase | None:
        """The (outermost) phrase whose first unit is `first`."""
        return self._starting.get(first)

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
