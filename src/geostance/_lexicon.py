"""The cue lexicons of `data/lexicon.json`, compiled once into regular expressions.

Each pattern family becomes one alternation with a named group per category,
so a sentence is scanned once per family, whatever the number of cues.

Case-insensitive families are matched case-sensitively against an ASCII-lowered
copy of the text (same length, so offsets are unchanged): Python's regular
expressions run three to four times faster without IGNORECASE. The lowered copy
is made once per text and shared by every family. `IgnoreCase` patterns read a
second copy, the text as IGNORECASE itself sees it (every letter lowered, the
letters it treats as one made one), so they keep the fast path on accented text.
"""

from __future__ import annotations

import functools
import json
import re
import sys
from importlib import resources
from typing import TYPE_CHECKING, Any

import attrs

from geostance._prefilter import Prefiltered
from geostance.model import ClaimKind, Topic

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = [
    "FoldedPattern",
    "IgnoreCase",
    "Lexicon",
    "fold_literal",
    "folds_exactly",
    "ignorecase_view",
    "lexicon",
    "lowered",
]

_ASCII_LOWER = str.maketrans({c: c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"})
_lowered: tuple[str, str, bool] = ("", "", True)
_SMALL = 256


def _lower(text: str) -> tuple[str, bool]:
    """`text` with ASCII capitals lowered, and whether the text has no cased non-ASCII character.

    `bytes.lower` changes ASCII letters only and UTF-8 keeps every other character in
    bytes >= 0x80, so the round trip is ASCII lowering at C speed (`translate` is
    ten times slower on non-ASCII text). Where `str.lower` and `str.upper` agree with
    the ASCII-only versions, no other character has a case: IGNORECASE would see the
    text as its lowered copy.
    """
    if text.isascii():
        return text.lower(), True
    data = text.encode("utf-8", "surrogatepass")  # lone surrogates round-trip
    low = data.lower().decode("utf-8", "surrogatepass")
    return low, text.lower() == low and text.upper() == data.upper().decode("utf-8", "surrogatepass")


def _cached(text: str) -> tuple[str, str, bool]:
    global _lowered  # noqa: PLW0603 - a one-entry cache shared by every pattern; races only recompute
    cached = _lowered
    if cached[0] is text:
        return cached
    low, exact = _lower(text)
    if len(text) < _SMALL:
        return text, low, exact  # a phrase: cheap, and must not evict the document
    _lowered = (text, low, exact)
    return _lowered


def _casefix_classes() -> dict[int, tuple[int, ...]] | None:
    """Python's own table of the letters IGNORECASE equates beyond lowercase ("ı"/"i", "ſ"/"s", "ς"/"σ")."""
    try:
        from re import _casefix  # type: ignore[attr-defined] # noqa: PLC0415 - private, Python 3.11+

        return dict(_casefix._EXTRA_CASES)  # noqa: SLF001
    except (ImportError, AttributeError):
        try:
            import sre_compile  # noqa: PLC0415 - Python 3.10

            return dict(sre_compile._ignorecase_fixes)  # type: ignore[attr-defined] # noqa: SLF001
        except (ImportError, AttributeError):
            return None


def _canonical_letters() -> tuple[dict[int, int], re.Pattern[str]] | None:
    r"""Each letter of an IGNORECASE class -> one letter of the class, and a pattern finding the others.

    The letter kept is the class's first word character, so the copy keeps what `\w`
    sees (the class of "ι" also holds a combining mark).
    """
    classes = _casefix_classes()
    if classes is None:
        return None
    groups: list[set[int]] = []
    for letter, others in classes.items():
        members = {letter, *others}
        for group in [g for g in groups if g & members]:
            members |= group
            groups.remove(group)
        groups.append(members)
    table: dict[int, int] = {}
    for group in groups:
        kept = min(group, key=lambda c: (not chr(c).isalnum(), c))
        table.update({c: kept for c in group if c != kept})
    return table, re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(table)) + "]")


_CANONICAL = _canonical_letters()
_DOTTED_CAPITAL_I = "\u0130"  # lowers to two characters; IGNORECASE reads it as "i"
_view: tuple[str, str | None] = ("", "")


def ignorecase_view(text: str) -> str | None:
    """`text` as an IGNORECASE pattern compares it, same length: lowered, equated letters made one.

    A case-sensitive pattern whose literals are folded the same way finds on this copy
    exactly what the IGNORECASE pattern finds on the text. None where Python's table
    of equated letters is not available and the text has cased non-ASCII letters.
    """
    global _view  # noqa: PLW0603 - a one-entry cache; races only recompute
    if text.isascii():
        return lowered(text)
    cached = _view
    if cached[0] is text:
        return cached[1]
    view: str | None = None
    if _CANONICAL is not None:
        view = text.lower()
        if len(view) != len(text):
            view = text.replace(_DOTTED_CAPITAL_I, "i").lower()
        table, others = _CANONICAL
        if others.search(view):
            view = view.translate(table)
    elif folds_exactly(text):
        view = lowered(text)
    if view is not None and len(view) != len(text):
        view = None  # never a copy whose offsets are not the text's
    if len(text) >= _SMALL:
        _view = (text, view)
    return view


def fold_literal(text: str) -> str:
    """A literal as `ignorecase_view` folds texts (for patterns scanned on that view)."""
    view = ignorecase_view(text)
    return text.lower() if view is None else view


def lowered(text: str) -> str:
    """`text` with ASCII capitals lowered (same length); the last text's copy is kept."""
    if len(text) < _SMALL:
        return text.translate(_ASCII_LOWER)  # a phrase: cheap, and must not evict the document
    return _cached(text)[1]


def folds_exactly(text: str) -> bool:
    """Whether an IGNORECASE pattern sees `text` as its ASCII-lowered copy (no cased non-ASCII character)."""
    return _cached(text)[2]


def _fold_source(source: str) -> str:
    r"""Lower the ASCII letters of a pattern's literals, leaving escapes (\S, \W) and `(?P<` alone."""
    return re.sub(r"(?<!\\)(?<!\(\?)[A-Z]", lambda m: m.group().lower(), source)


class FoldedPattern:
    """A case-insensitive pattern that matches against the lowered text; offsets are the text's.

    With `prefilter`, scans run the pattern only where one of its literal prefixes
    occurs; with `gate`, only in windows holding one of the words every match
    contains (see `geostance._prefilter`): same matches, faster.
    """

    __slots__ = ("pattern", "scan")

    def __init__(self, source: str, *, prefilter: bool = False, gate: bool = False) -> None:
        self.pattern = re.compile(_fold_source(source))
        self.scan: re.Pattern[str] | Prefiltered = (
            Prefiltered(self.pattern, prefixes=prefilter, gate=gate) if prefilter or gate else self.pattern
        )

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """Like `re.Pattern.finditer`; matched groups are lower-cased."""
        cached = _lowered  # the document's copy, without two calls per scan
        return self.scan.finditer(cached[1] if cached[0] is text else lowered(text), pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """Like `re.Pattern.search`."""
        cached = _lowered  # the document's copy, without two calls per scan
        return self.scan.search(cached[1] if cached[0] is text else lowered(text), pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """Like `re.Pattern.match`."""
        cached = _lowered  # the document's copy, without two calls per scan
        return self.pattern.match(cached[1] if cached[0] is text else lowered(text), pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """Like `re.Pattern.fullmatch`."""
        cached = _lowered  # the document's copy, without two calls per scan
        return self.pattern.fullmatch(cached[1] if cached[0] is text else lowered(text), pos, endpos)


class IgnoreCase:
    """An IGNORECASE pattern, run as its case-sensitive folded twin on the text's `ignorecase_view`.

    Same matches, spans and (case-folded) groups as the pattern itself, three to four
    times faster. The pattern itself runs only where the twin cannot be exact: a pattern
    whose literals hold cased non-ASCII letters, on a text that has some too.
    """

    __slots__ = ("_exact", "ascii_only", "flags", "folded", "scan", "source")

    def __init__(self, source: str, flags: int = 0, *, prefilter: bool = False) -> None:
        self.source = source
        self.flags = flags | re.IGNORECASE
        self.folded = re.compile(_fold_source(source), self.flags & ~re.IGNORECASE)
        self.scan: re.Pattern[str] | Prefiltered = Prefiltered(self.folded) if prefilter else self.folded
        self._exact: re.Pattern[str] | None = None
        self.ascii_only = any(not c.isascii() and fold_literal(c) != c for c in source)
        """Whether the twin is exact only on texts without cased non-ASCII letters."""

    def __eq__(self, other: object) -> bool:
        """Equal when the patterns are (as compiled patterns compare): a Gazetteer holding one compares as before."""
        if not isinstance(other, IgnoreCase):
            return NotImplemented
        return (self.source, self.flags) == (other.source, other.flags)

    def __hash__(self) -> int:
        return hash((self.source, self.flags))

    def __repr__(self) -> str:
        return f"IgnoreCase({self.source!r}, {self.flags!r})"

    @classmethod
    def of(cls, pattern: re.Pattern[str], *, prefilter: bool = False) -> IgnoreCase:
        """The twin of a compiled IGNORECASE pattern (with `prefilter`, scanned only where its prefixes occur)."""
        return cls(pattern.pattern, pattern.flags, prefilter=prefilter)

    @property
    def exact(self) -> re.Pattern[str]:
        """The IGNORECASE pattern itself, compiled on first need (rare texts only)."""
        if self._exact is None:
            self._exact = re.compile(self.source, self.flags)
        return self._exact

    def view(self, text: str) -> str | None:
        """The copy of `text` the folded twin reads, or None where only the pattern itself is exact."""
        if self.ascii_only and not folds_exactly(text):
            return None
        return ignorecase_view(text)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """Like `re.Pattern.finditer`; groups are lower-cased where the folded twin runs."""
        view = self.view(text)
        return self.exact.finditer(text, pos, endpos) if view is None else self.scan.finditer(view, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """Like `re.Pattern.search`; groups are lower-cased where the folded twin runs."""
        view = self.view(text)
        return self.exact.search(text, pos, endpos) if view is None else self.scan.search(view, pos, endpos)


def _alternation(named: dict[str, list[str]], *, prefilter: bool = False) -> FoldedPattern:
    parts = [f"(?P<{name}>{'|'.join(f'(?:{p})' for p in patterns)})" for name, patterns in named.items()]
    return FoldedPattern(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w])", prefilter=prefilter)


def _words(items: list[str], *, prefilter: bool = False) -> FoldedPattern:
    ordered = sorted(items, key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
    return FoldedPattern(rf"(?<![\w-])(?:{body})(?![\w])", prefilter=prefilter)


def _scanner(source: str, *, gate: bool) -> Prefiltered:
    """A case-sensitive pattern scanned over short windows.

    With `gate`, a window is scanned only when it holds a word every match contains;
    without, the pattern runs as it is (for words so common that the gate would cost more).
    """
    return Prefiltered(re.compile(source), prefixes=False, gate=gate)


@attrs.frozen
class Lexicon:
    """Compiled cue patterns; see `data/lexicon.json` for the words themselves."""

    rebuttal_phrases: FoldedPattern
    """Words that mark reported speech as a rebuttal (baseless, not true, internal affairs)."""
    claim_kinds: tuple[tuple[ClaimKind, FoldedPattern], ...]
    """Claim kind cues, in order of precedence."""
    any_claim_kind: FoldedPattern
    """Every claim kind cue in one alternation (group name is the kind): one scan finds most claims' kind."""
    role_nouns: FoldedPattern
    """Nouns naming someone who speaks for an actor (spokesman, foreign ministry, officials)."""
    object_nouns: FoldedPattern
    """Nouns for what a rebuttal answers (report, claims, accusations); group name is the act."""
    topics: FoldedPattern
    """Topic cues; the group name is the [`Topic`][geostance.Topic] value."""
    time: FoldedPattern
    """Time expressions ("on Thursday", "in recent years")."""
    new_occasion: FoldedPattern
    """Openers that start a new occasion for the same speaker."""
    events: Prefiltered
    """Gatherings ("the CSTO summit", "a meeting")."""
    channels: Prefiltered
    """Channels of a statement ("a joint statement", "a press conference", "on X")."""
    media: Prefiltered
    """News agencies and outlets (reported_by; never actors)."""

    def claim_kind_pattern(self, kind: ClaimKind) -> FoldedPattern | None:
        """The cues of one claim kind; None for the kind without cues (a plain counter-claim)."""
        return next((pattern for k, pattern in self.claim_kinds if k is kind), None)


@functools.cache
def lexicon() -> Lexicon:
    """The shipped lexicon, compiled on first use."""
    data: dict[str, Any] = json.loads((resources.files("geostance") / "data" / "lexicon.json").read_text("utf-8"))
    kinds = tuple(
        (ClaimKind(name), FoldedPattern(r"(?<![\w-])(?:" + "|".join(p) + ")"))
        for name, p in data["claim_kinds"].items()
    )
    any_kind = FoldedPattern(
        r"(?<![\w-])(?:" + "|".join(f"(?P<{name}>{'|'.join(p)})" for name, p in data["claim_kinds"].items()) + ")",
        prefilter=True,
    )
    topics = {topic.value: data["topics"][topic.value] for topic in Topic}
    media_body = "|".join(re.escape(m) for m in sorted(data["media"], key=len, reverse=True))
    # prefilters where they measured faster (benchmarks/corpus.py texts): the big families scanned over
    # whole sentences; small ones, and those led by short words ("a", "the"), run faster as they are
    return Lexicon(
        rebuttal_phrases=_alternation({"phrase": data["rebuttal_phrases"]}, prefilter=True),
        claim_kinds=kinds,
        any_claim_kind=any_kind,
        role_nouns=_words(data["role_nouns"], prefilter=True),
        object_nouns=_alternation(data["reported_object_nouns"], prefilter=True),
        topics=_alternation(topics, prefilter=True),
        time=FoldedPattern(r"(?<![\w-])(?:" + "|".join(data["time_expressions"]) + r")(?![\w])", gate=True),
        new_occasion=FoldedPattern(r"\W*(?:" + "|".join(data["new_occasion_markers"]) + r")(?![\w])"),
        events=_scanner(r"(?<![\w-])(?:" + "|".join(data["events"]) + r")(?![\w])", gate=True),
        # "statement", "report", "post": most windows hold one, so a gate would only add a scan
        channels=_scanner(r"(?<![\w-])(?:" + "|".join(data["channels"]) + r")(?![\w])", gate=False),
        media=Prefiltered(re.compile(rf"(?<![\w-])(?:{media_body})(?![\w])")),
    )
