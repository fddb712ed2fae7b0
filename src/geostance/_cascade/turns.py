"""TRANSCRIPT-TURN: in a briefing transcript, an answer's sentences are its speaker's words.

A paragraph that opens with a speaker's label ("Lin Wei: ...", "Spokesperson: ...",
"A: ...") holds that speaker's words, as if quoted: a sentence in it that reports
nobody else's act is the speaker's assertion, and "we" there is the speaker. The
label names a person the text introduced ("Foreign Ministry spokesman Name held his
weekly briefing"), or the answerer's role; when the person's actor is unknown, it is
the actor the previous question asked about ("What is China's response?"), else the
state of the capital the introduction places the person in, else the actor a later
question asks the same label to respond for. Question labels ("Q:",
"Reporter:", a news outlet) are the journalists' words and speak for nobody.

PUBLISHED-TEXT: a paragraph that introduces a document printed after it ("The ministry
issued the following statement") makes every later paragraph the issuer's words, as one turn.

HEADED-RELEASE: a transcript that opens with a heading naming its author ("Comment by the
foreign ministry spokesperson of X, in response to a media question") has that author answer
its questions. TURN-CONTINUES: an unlabelled paragraph after an answer goes on with it, up to
the next label.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from geostance._cascade.memory import Speaker, state_named_in
from geostance._cascade.reading import Reading
from geostance._cascade.speakers import resolve
from geostance._cascade.vocab import vocabulary
from geostance._segment import Segment
from geostance.model import Act

if TYPE_CHECKING:
    from geostance._cascade.memory import Discourse
    from geostance._cascade.sentence import Sentence
    from geostance._document import Document

__all__ = ["Turns"]

_LABEL = re.compile(
    r"(?P<label>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*:[ \t]+(?=\S)"
)
"""A speaker's label opening a paragraph: one to four capitalised words, an outlet in brackets ("Q (Reuters):")
or none, and a colon."""
_ANSWER_LABELS = frozenset(["a", "answer", "spokesperson", "spokesman", "spokeswoman"])
_QUESTION_LABELS = frozenset(["q", "question", "reporter", "journalist"])
_ASKED_ABOUT = re.compile(
    r"\b(?i:what\s+(?:is|are)\s+|how\s+(?:does|do|will|would)\s+)(?P<who>[A-Z][\w'’. -]{1,40}?)(?:['’]s?\s+"
    r"(?:response|comment|reaction|position|view|stance)|\s+(?:respond|react|comment))",
)
"""A question asking an actor's response: "What is China's response?", "How does Tokyo respond?"."""
_PLACED_IN = re.compile(r"[ \t]+(?:in|of)[ \t]+(?P<place>[A-Z][\w'’-]+)")
_FOLLOWING = re.compile(r"\b(?i:the|a)[ \t]+following[ \t]+(?P<noun>\w+)")
"""A document announced as printed below: "issued the following statement"."""


class Turns:
    """The labelled paragraphs of a transcript, and whose words each holds."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._labels: dict[int, tuple[str, int, int]] = {}  # paragraph -> (label, its start, where its words start)
        self._actors: dict[int, str | None] = {}
        self._by_label: dict[str, str] = {}  # a label already resolved: the same speaker in every turn
        self._last_answer: str | None = None
        self._first: dict[str, int] = {}  # a label -> where its first labelled paragraph starts
        self._introduced_cache: dict[str, bool] = {}
        self._asked_later_cache: dict[str, str | None] = {}
        self._turns_of: dict[str, list[int]] = {}  # a label -> its paragraphs, in order
        self._briefer: str | None = None
        self._introduced_actors: list[str] | None = None
        """The actors of the people named before the first labelled paragraph (who gives the briefing)."""
        for index, paragraph in enumerate(doc.paragraphs):
            match = _LABEL.match(doc.text, paragraph.start, paragraph.end)
            if match is not None:
                self._labels[index] = (match.group("label"), match.start(), match.end())
                self._first.setdefault(match.group("label"), match.start())
                self._turns_of.setdefault(match.group("label"), []).append(index)
        self._label_order = sorted(self._labels)
        """The labelled paragraphs in order, for finding the turn an unlabelled paragraph goes on."""
        self.labelled = len(self._labels) >= 2
        """Whether the text is a transcript: at least two labelled paragraphs (not a stray colon)."""
        self._heading = _heading_author(doc) if self.labelled else None
        """The author a transcript's heading names (HEADED-RELEASE), if the text opens with one."""
        self._release = not self.labelled and _reads_as_release(doc)
        self._announcement = None if self.labelled else (0 if self._release else _announcing_paragraph(doc))
        """The paragraph that announces a document printed after it (PUBLISHED-TEXT, RELEASE-VOICE), if any."""
        self._issuer: Speaker | None = None

    def __bool__(self) -> bool:
        """Whether some paragraphs hold a speaker's words: a transcript, or a document printed in full."""
        return self.labelled or self._announcement is not None

    def speaker_at(self, sentence: Sentence, memory: Discourse) -> Speaker | None:
        """The speaker whose turn the sentence is in (its span: the label), or None."""
        paragraph = sentence.segment.paragraph
        if self._announcement is not None:
            return self._issued(sentence, memory, self._announcement)
        found = self._labels.get(paragraph)
        if found is None and self.labelled:
            paragraph = self._turn_continued(paragraph)  # TURN-CONTINUES: an answer's later paragraphs
            found = self._labels.get(paragraph)
        if found is None:
            return None
        if self._introduced_actors is None:  # the people the introduction named, before any question's
            self._introduced_actors = [actor for actor in memory.persons.values() if actor is not None]
        if paragraph not in self._actors:
            self._actors[paragraph] = self._resolve(paragraph, found[0], memory)
        actor = self._actors[paragraph]
        label, start, _ = found
        return Speaker(actor, (start, start + len(label))) if actor is not None else None

    def opens_turn(self, paragraph: int) -> bool:
        """Whether a paragraph opens with a label (a new turn), not one going on with the turn before it."""
        return paragraph in self._labels

    def _turn_continued(self, paragraph: int) -> int:
        """The labelled paragraph whose turn an unlabelled paragraph goes on (the last label before it), or -1."""
        at = bisect.bisect_left(self._label_order, paragraph)
        return self._label_order[at - 1] if at > 0 else -1

    def _issued(self, sentence: Sentence, memory: Discourse, announcement: int) -> Speaker | None:
        """PUBLISHED-TEXT: the issuer of the document a paragraph announces, for every later paragraph.

        The issuer is the subject of the sentence that announces it ("The ministry of X issued the
        following statement"); a text whose announcement names no speaker is read as any other.
        """
        paragraph = sentence.segment.paragraph
        if paragraph == announcement and self._issuer is None and self._announces(sentence):
            subject = sentence.phrase_starting(0)
            self._issuer = resolve(sentence, subject, memory) if subject is not None else None
        if paragraph <= announcement:
            return None
        if self._issuer is None:
            self._announcement = None  # nobody issued it: the rest is read as any other text
        return self._issuer

    def _announces(self, sentence: Sentence) -> bool:
        """Whether the sentence announces the document: "the following statement", or a release's opening verb."""
        words = sentence.text[sentence.segment.start : sentence.segment.end]
        return _FOLLOWING.search(words) is not None or (self._release and _present_speech(words))

    def without_label(self, segment: Segment) -> Segment:
        """A labelled paragraph's first sentence without its label ("Q: Japan's paper says" reads from "Japan's")."""
        found = self._labels.get(segment.paragraph)
        if found is None or not found[1] <= segment.start < found[2] < segment.end:
            return segment
        return Segment(found[2], segment.end, segment.paragraph)

    def words_start(self, sentence: Sentence) -> int:
        """Where the turn's own words start in the sentence: after the label, if the sentence holds it."""
        found = self._labels.get(sentence.segment.paragraph)
        return max(found[2], sentence.segment.start) if found is not None else sentence.segment.start

    def _resolve(self, paragraph: int, label: str, memory: Discourse) -> str | None:
        if label in self._by_label:
            self._last_answer = self._by_label[label]
            return self._by_label[label]
        key = label.lower().rstrip(".")
        if key in _QUESTION_LABELS:
            return None
        if key.rsplit(" ", 1)[-1] in _ANSWER_LABELS:  # "Spokesperson:", "Official Spokesperson:"
            if self._briefer is None:
                self._briefer = next(iter(self._introduced_actors or ()), None)
            actor = (
                self._last_answer
                or self._asked_about(paragraph)
                or self._heading
                or self._briefer
                or self._introducer(paragraph, memory)
                or self._introduction_place()
                or self._asked_later(label)
            )
        else:
            name = _without_honorific(label)  # "MR. CALLAN": the Callan the introduction named
            known, actor = memory.person_actor(name)
            if not known and not self._introduced(name, label):
                return None  # an outlet asking ("Reuters:"), or someone the text never introduced
            actor = (
                actor
                or self._asked_about(paragraph)
                or self._placed(name)
                or memory.home_state()
                or (self._introduction_place() if name != label else None)
                or self._asked_later(label)
                # a person the introduction named with no actor: where the briefing is ("... gave its weekly
                # briefing in Nairobi with Spokesperson Name"); not an actor's name heading a roundup paragraph
                or (self._introduction_place() if self.doc.gazetteer.by_name(name) is None else None)
            )
        if actor is not None:
            self._last_answer = self._by_label[label] = actor
            if key.rsplit(" ", 1)[-1] not in _ANSWER_LABELS:
                memory.learn_person(_without_honorific(label), actor)  # "Name said" later is the same speaker
        return actor

    def _introduced(self, name: str, label: str) -> bool:
        """Whether the text names the label before its first labelled paragraph ("Spokesperson Name held ...").

        A label in capitals after an honorific ("MR. CALLAN:") is looked for in any case ("Thomas Callan").
        """
        found = self._introduced_cache.get(label)
        if found is None:
            first = self._first[label]
            before = self.doc.text[:first]
            found = name in before or (name != label and name.casefold() in before.casefold())
            self._introduced_cache[label] = found
        return found

    def _introducer(self, paragraph: int, memory: Discourse) -> str | None:
        """Who the introduction says gives the briefing.

        The author of the first document it names ("the briefing by the spokesperson of X"), else
        its speaker when no question came between.
        """
        authors = [document.actor for document in memory.documents.values()]
        if authors:
            return authors[0]
        return memory.last_speaker if paragraph == min(self._labels) else None

    def _introduction_place(self) -> str | None:
        """The state of the first capital or state the introduction names, where the briefing is given.

        "The briefing of Spokesperson Name, Lima, Tuesday": used when nothing else says whose it is.
        """
        first_label = min((start for _, start, _ in self._labels.values()), default=0)
        return state_named_in(self.doc, self.doc.text[:first_label])

    def _asked_about(self, paragraph: int) -> str | None:
        """The actor the previous paragraph's question asks to respond ("What is China's response?")."""
        if paragraph == 0:
            return None
        previous = self.doc.paragraphs[paragraph - 1]
        asked = _ASKED_ABOUT.search(self.doc.text, previous.start, previous.end)
        if asked is None:
            return None
        record = self.doc.gazetteer.by_name(asked.group("who").strip())
        return record.id if record is not None else None

    def _asked_later(self, label: str) -> str | None:
        """The actor a later question asks this label's speaker to respond for ("What is China's comment?").

        With nothing else to go by, the first such question before one of the label's turns names
        whose spokesperson answers them all. Looked for once per label.
        """
        if label not in self._asked_later_cache:
            turns = self._turns_of.get(label, [])
            self._asked_later_cache[label] = next(filter(None, map(self._asked_about, turns)), None)
        return self._asked_later_cache[label]

    def _placed(self, label: str) -> str | None:
        """The state the text first places the person in or of ("Spokeswoman Name in Moscow", "Name of Chile")."""
        text = self.doc.text
        at = text.find(label)
        if at < 0:
            return None
        place = _PLACED_IN.match(text, at + len(label))
        return state_named_in(self.doc, place.group("place")) if place is not None else None


def _heading_author(doc: Document) -> str | None:
    """HEADED-RELEASE: the author a text's heading names.

    The heading is the text's first or second sentence (a dateline may come first: "Yerevan, 16 October.")
    and ends its paragraph; it opens with a heading noun and its preposition ("Comment by", "Statement
    of"); the author is the first actor named after it.
    """
    heading = vocabulary().release_heading
    text = doc.text
    for at, sentence in enumerate(doc.sentences[:_HEADING_SENTENCES]):
        found = heading.match(text, sentence.start, sentence.end)
        if found is None or not text[sentence.start].isupper():
            continue
        ends_paragraph = at + 1 == len(doc.sentences) or doc.sentences[at + 1].paragraph != sentence.paragraph
        hits = doc.hits_in(found.end(), sentence.end) if ends_paragraph else []
        return hits[0].actor if hits else None
    return None


_HEADING_SENTENCES = 2
"""How many opening sentences may hold a release's heading (a dateline may come first)."""


def _announcing_paragraph(doc: Document) -> int | None:
    """The first paragraph, not the last, that announces a document printed after it ("the following statement")."""
    vocab = vocabulary()
    for index, paragraph in enumerate(doc.paragraphs[:-1]):
        found = _FOLLOWING.search(doc.text, paragraph.start, paragraph.end)
        if found is None:
            continue
        words = doc.text[found.start("noun") : paragraph.end].lower().split()[:4]
        for at in (0, 1):  # "the following statement", "the following press statement"
            _, entries = vocab.lookup(words, at) if at < len(words) else (0, ())
            if any(entry.kind == "noun" for entry in entries):
                return index
    return None


def _present_speech(text: str) -> bool:
    """Whether a sentence's first words hold a verb of speech in the present ("X rejects", "X condemns").

    Or in a release's present perfect ("X has noted", "X has taken note of"; grammar.json `release_perfects`).
    """
    vocab = vocabulary()
    words = text.lower().split()[:_RELEASE_VERB_REACH]
    for at in range(len(words)):
        _, entries = vocab.lookup(words, at)
        if any(entry.kind == "verb" and entry.form == "s" for entry in entries):
            return True
        if words[at] in ("has", "have") and any(
            words[at + 1 : at + 1 + len(phrase)] == phrase for phrase in vocab.release_perfects
        ):
            return True  # "The Ministry has taken note of ...", "has noted with concern": not "has announced"
    return False


def _reads_as_release(doc: Document) -> bool:
    """RELEASE-VOICE: a text in an institution's own voice, as a press release is written.

    Its first paragraph opens with a verb of speech in the present ("Cuba's Foreign Ministry
    rejects ..."), and no sentence attributes words in the past ("said", "told"), as every news
    report does: its later paragraphs are the institution's own words.
    """
    if len(doc.paragraphs) < 2:
        return False
    opening = [s for s in doc.sentences if s.paragraph == 0][:2]
    if not any(_present_speech(doc.text[s.start : s.end]) for s in opening):
        return False
    vocab = vocabulary()
    for word in set(_WORD.findall(doc.text.lower())):
        entries = vocab.single.get(word, ())
        if any(e.kind == "verb" and e.lemma in vocab.attribution_lemmas and e.form == "past" for e in entries):
            return False
    return True


_RELEASE_VERB_REACH = 16
"""How many words into its sentence a release's opening verb may stand (a long official name comes first)."""
_WORD = re.compile(r"[a-z]+")


_HONORIFICS = frozenset(["mr", "ms", "mrs", "dr", "madam", "mister"])


def _without_honorific(label: str) -> str:
    """A label without its honorific ("MR. CALLAN" -> "CALLAN"); the label itself when it has none."""
    words = label.split()
    if len(words) > 1 and words[0].rstrip(".").lower() in _HONORIFICS:
        return " ".join(words[1:])
    return label


def turn_reading(sentence: Sentence, speaker: Speaker, begin: int) -> Reading | None:
    """The assertion a sentence of a turn makes in its speaker's voice (its words after the label)."""
    text = sentence.text
    end = sentence.segment.end
    while end > begin and text[end - 1] in " .?!\"”'’":
        end -= 1
    if end - begin < 8 or text[begin:end].rstrip().endswith("?"):
        return None
    reading = Reading(
        construction="SAY-TURN",
        group=None,
        subject=None,
        acts=[Act.ASSERT],
        cue_start=begin,
        evidence=(begin, end),
        speaker=speaker,
    )
    reading.content = [(begin, end)]
    return reading
