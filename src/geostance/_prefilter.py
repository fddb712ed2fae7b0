"""Scan a big alternation only where it can match: at the literal prefixes its alternatives start with.

Python's regular expressions try every alternative of an alternation at every word
start, so a family of a hundred cues costs four times a plain scan. Most of a
text's words cannot start any cue; a trie of the cues' first few letters finds the
few that can, and the pattern itself runs only there. The result is exactly the
pattern's own: the prefixes are read from the pattern (every string it matches
starts with one of them), so no position where it matches is skipped, and a match
found at a position is the one the pattern finds there.

A gate does the same for a pattern scanned over short windows (a sentence, the
words around a statement): a few words that every match contains ("summit",
"meeting", "Monday"); where none occurs in the window, the pattern cannot match there
and is not run at all. A handful of words is looked for with `str.find`; a long list
(the months, days and periods of a time expression) with one trie, which is faster then.

The prefixes and words are read with the standard library's regular expression parser
(`re._parser`, private; `sre_parse` on Python 3.10); where it is missing or cannot
read a pattern, the pattern simply runs on its own.
"""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING, Any

from geostance._trie import trie_regex

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from types import ModuleType


__all__ = ["PREFIX_LENGTH", "Prefiltered", "literal_prefixes", "required_words"]

PREFIX_LENGTH = 6
"""How many leading letters of each alternative the trie holds (6 was fastest of 3-8 on the benchmark corpus)."""

_WORD_START = r"(?<![\w-])"
_FEW_FIRST_LETTERS = 16
"""Up to this many small letters starting the prefixes, the trie alone finds candidates fastest (measured)."""
_STOP = "\0"


def _regex_parser() -> tuple[ModuleType, ModuleType]:
    """The standard library's regular expression parser and its constants (`re._parser` since 3.11)."""
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]  # noqa: PLC0415 - private, optional
    except ImportError:  # Python 3.10
        import sre_constants as _constants  # noqa: PLC0415
        import sre_parse as _parser  # noqa: PLC0415
    return _parser, _constants


def _expand(items: Iterable[tuple[object, Any]], limit: int, constants: ModuleType) -> set[str]:
    """Literal beginnings of what a parsed subpattern matches; a trailing NUL marks one cut short."""
    found = {""}
    for op, arg in items:
        grown: set[str] = set()
        for prefix in found:
            if prefix.endswith(_STOP) or len(prefix) >= limit:
                grown.add(prefix)
            elif op is constants.LITERAL:
                grown.add(prefix + chr(arg))
            elif op is constants.SUBPATTERN:
                grown.update(prefix + p for p in _expand(arg[3], limit - len(prefix), constants))
            elif op is constants.BRANCH:
                for branch in arg[1]:
                    grown.update(prefix + p for p in _expand(branch, limit - len(prefix), constants))
            elif op in (constants.ASSERT, constants.ASSERT_NOT, constants.AT):
                grown.add(prefix)  # zero width (a lookaround, \b, ^): what follows starts here
            else:
                grown.add(prefix + _STOP)  # a class, a repeat, an anchor: the literal part ends
        found = grown
    return found


def literal_prefixes(pattern: re.Pattern[str], length: int = PREFIX_LENGTH) -> frozenset[str] | None:
    """Strings of up to `length` characters, one of which begins every match of `pattern`; None if unknown.

    None when the parser is unavailable, the pattern can match the empty string, or
    some alternative begins with no literal character (a class, a repeat).
    """
    try:
        _parser, _constants = _regex_parser()
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        if parsed.getwidth()[0] == 0 or pattern.flags & re.IGNORECASE:
            return None
        prefixes = {p.split(_STOP, 1)[0][:length] for p in _expand(parsed, length, _constants)}
    except Exception:  # noqa: BLE001 - any parser trouble means: no prefilter, the pattern alone is exact
        return None
    if not prefixes or "" in prefixes:
        return None
    return frozenset(prefixes)


_MAX_WORDS = 256
"""More literal strings than this (a product of alternatives) is no cheap gate."""
_FIND_WORDS = 12
"""Up to this many gate words, `str.find` for each beats one trie scan of the window (measured per window)."""


def _strings(items: Iterable[tuple[object, Any]], constants: ModuleType) -> set[str] | None:
    """Every string a subpattern of literals matches (whitespace runs as one space), or None if not finite."""
    found = {""}
    for op, arg in items:
        if op is constants.LITERAL:
            options: set[str] | None = {chr(arg)}
        elif op is constants.SUBPATTERN:
            options = _strings(arg[3], constants)
        elif op is constants.BRANCH:
            parts = [_strings(branch, constants) for branch in arg[1]]
            options = None if any(p is None for p in parts) else set().union(*(p for p in parts if p is not None))
        elif op is constants.MAX_REPEAT and arg[0] >= 1 and list(arg[2]) == [(constants.IN, _space_class(constants))]:
            options = {" "}  # \s+ (the gate's trie reads a space as \s+ again)
        else:
            options = None
        if options is None:
            return None
        found = {a + b for a in found for b in options}
        if len(found) > _MAX_WORDS:
            return None
    return found


def _space_class(constants: ModuleType) -> list[tuple[object, object]]:
    """How the parser writes the whitespace class inside a character set."""
    return [(constants.CATEGORY, constants.CATEGORY_SPACE)]


def _required(items: Iterable[tuple[object, Any]], constants: ModuleType) -> set[str] | None:
    """Literal strings one of which every match of the subpattern contains (the longest such set), or None."""
    best: set[str] | None = None

    def consider(candidate: set[str] | None) -> None:
        nonlocal best
        if candidate and "" not in candidate and (best is None or min(map(len, candidate)) > min(map(len, best))):
            best = candidate

    run: set[str] = {""}  # the literal strings matched by the stretch read so far
    for op, arg in items:
        strings = _strings([(op, arg)], constants)
        if strings is not None and len(run) * len(strings) <= _MAX_WORDS:
            run = {a + b for a in run for b in strings}
            continue
        consider({w.strip() for w in run} if run != {""} else None)
        run = {""}
        if op is constants.SUBPATTERN:
            consider(_required(arg[3], constants))
        elif op is constants.BRANCH:
            parts = [_required(branch, constants) for branch in arg[1]]
            if all(parts):
                consider(set().union(*(p for p in parts if p)))
        elif op in (constants.MAX_REPEAT, constants.MIN_REPEAT) and arg[0] >= 1:
            consider(_required(arg[2], constants))
    consider({w.strip() for w in run} if run != {""} else None)
    return best


def required_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Literal strings, one of which every match of `pattern` contains; None if none is known.

    A space stands for a run of whitespace. Of the sets that qualify, the one whose
    shortest string is longest is kept: it occurs least often in text.
    """
    try:
        _parser, _constants = _regex_parser()
        if pattern.flags & re.IGNORECASE:
            return None
        words = _required(_parser.parse(pattern.pattern, pattern.flags), _constants)
    except Exception:  # noqa: BLE001 - any parser trouble means: no gate, the pattern alone is exact
        return None
    return frozenset(words) if words else None


def _find_words(words: frozenset[str]) -> tuple[str, ...]:
    """Words for `str.find` that stand in for the gate's words: one token of each, the rarest-looking.

    A required word with spaces (which stand for any whitespace) gives its token most
    likely to be rare: one with a digit, else a capital, else the longest (the last on a
    tie: "this year" gives "year"). A token that holds another kept one adds nothing.
    """

    def rarity(indexed: tuple[int, str]) -> tuple[bool, bool, int, int]:
        index, token = indexed
        return any(c.isdigit() for c in token), any(c.isupper() for c in token), len(token), index

    tokens = sorted({max(enumerate(w.split()), key=rarity)[1] for w in words}, key=lambda t: (len(t), t))
    kept: list[str] = []
    for token in tokens:
        if not any(k in token for k in kept):
            kept.append(token)
    return tuple(kept)


class Prefiltered:
    """A compiled pattern's `finditer` and `search`, with the same matches, run only where a prefix occurs.

    Only patterns that never match the empty string get a prefilter; others (and
    patterns whose prefixes cannot be read) run as they are.
    """

    __slots__ = ("candidates", "gate", "gate_words", "pattern")

    gate: re.Pattern[str] | None
    """A trie of the words one of which every match contains (for a long list of words)."""
    gate_words: tuple[str, ...] | None
    """The same for a short list: looked for one by one with `str.find`, faster for a few."""

    def __init__(self, pattern: re.Pattern[str], *, prefixes: bool = True, gate: bool = False) -> None:
        self.pattern = pattern
        starts = literal_prefixes(pattern) if prefixes else None
        # with few first letters the engine skips straight to them; with many, a word-start check first is cheaper
        many_firsts = starts is not None and len({p[0] for p in starts if p[0].islower()}) > _FEW_FIRST_LETTERS
        lead = _WORD_START if many_firsts and pattern.pattern.startswith(_WORD_START) else ""
        self.candidates: re.Pattern[str] | None = (
            re.compile(lead + "(?:" + trie_regex(sorted(starts)) + ")") if starts else None
        )
        words = required_words(pattern) if gate else None
        tokens = _find_words(words) if words else None
        few = tokens is not None and len(tokens) <= _FIND_WORDS
        self.gate_words = tokens if few else None
        self.gate = re.compile(trie_regex(sorted(words))) if words and not few else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """Like `re.Pattern.finditer`: the same matches."""
        if self._shut(text, pos, endpos):
            return iter(())
        if self.candidates is None:
            return self.pattern.finditer(text, pos, endpos)
        return self._finditer(text, pos, endpos)

    def _shut(self, text: str, pos: int, endpos: int) -> bool:
        """Whether none of the gate's words occurs in `text[pos:endpos]`: then nothing can match there."""
        if self.gate is not None:
            return self.gate.search(text, pos, endpos) is None
        if self.gate_words is None:
            return False
        find = text.find
        for word in self.gate_words:  # noqa: SIM110 - a plain loop: faster than all() on this hot path
            if find(word, pos, endpos) >= 0:
                return False
        return True

    def _finditer(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        candidates = self.candidates
        assert candidates is not None  # noqa: S101 - checked by finditer
        search = candidates.search
        match = self.pattern.match
        while (candidate := search(text, pos, endpos)) is not None:
            start = candidate.start()
            found = match(text, start, endpos)
            if found is None:
                pos = start + 1
            else:
                yield found
                pos = found.end()  # never empty: patterns that can match nothing have no prefilter

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """Like `re.Pattern.search`: the same match."""
        if self._shut(text, pos, endpos):
            return None
        if self.candidates is None:
            return self.pattern.search(text, pos, endpos)
        search = self.candidates.search
        match = self.pattern.match
        while (candidate := search(text, pos, endpos)) is not None:
            found = match(text, candidate.start(), endpos)
            if found is not None:
                return found
            pos = candidate.start() + 1
        return None
