"""The gazetteer's name matcher: every known name in a text, in one pass, as IGNORECASE would find it."""

from __future__ import annotations

import math
import re
from itertools import accumulate, pairwise
from typing import TYPE_CHECKING

from geostance._lexicon import fold_literal, ignorecase_view
from geostance._trie import trie_regex

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

__all__ = ["NameTrie"]


_OTHER_SPACE = re.compile(r"[^\S \x0b\x0c\x1c-\x1f]")
"""White space a name may hold besides the plain space (not the separators, which end a name)."""
_NAME_SPACE = r"[^\S\x0b\x0c\x1c-\x1f]"
"""What separates the words of a name: white space, but not the vertical tab, form feed and file, group,
record and unit separators, which Python counts as white space (a name holding them is no name, and XML
forbids them in the outputs)."""
_PIECE = re.compile(r"\w+| +|[^\w ]")
"""A text cut into words, runs of plain spaces and single other characters: the pieces join to the text."""
_NAME_PIECE = re.compile(r"\w+|[^\w ]")
_BAD_BEFORE = re.compile(r"[\w'’-]")
"""What may not come right before a name."""
_WORD = re.compile(r"\w")
_APOSTROPHES = frozenset("'’‘`´")
_HYPHENS = frozenset("-‐‑–—")
_plain: tuple[str, str] = ("", "")

_Gaps = tuple[tuple[int, float], ...]
"""For each two pieces of a name in turn, the least and most spaces the text may hold between them."""


def _plain_copy(view: str) -> str:
    """`view` with the white space a name may hold written as plain spaces (same length)."""
    global _plain  # noqa: PLW0603 - a one-entry cache: every gazetteer scans the same document
    cached = _plain
    if cached[0] is view:
        return cached[1]
    plain = _OTHER_SPACE.sub(" ", view) if _OTHER_SPACE.search(view) else view
    _plain = (view, plain)
    return plain


def _canonical(piece: str) -> str:
    """A piece with every apostrophe written "'" and every dash "-" (the trie's character classes)."""
    if piece in _APOSTROPHES:
        return "'"
    if piece in _HYPHENS:
        return "-"
    return piece


def _key(name: str) -> tuple[tuple[str, ...], _Gaps] | None:
    """`name` (folded) as pieces and allowed gaps; None when it starts or ends with a space or a dash.

    Between two pieces a name's n spaces allow n or more in the text (one or more where n is
    0 and a piece is a dash, whose sides may hold one optional space each).
    """
    found = list(_NAME_PIECE.finditer(name))
    if not found or name[0] == " " or name[-1] == " " or name[0] in _HYPHENS or name[-1] in _HYPHENS:
        return None
    pieces = tuple(_canonical(m.group()) for m in found)
    gaps: list[tuple[int, float]] = []
    for left, right in pairwise(found):
        spaces = right.start() - left.end()
        dashes = (left.group() in _HYPHENS) + (right.group() in _HYPHENS)
        gaps.append((spaces, math.inf if spaces else dashes))
    return pieces, tuple(gaps)


class NameTrie:
    """Case-folded names found in a text as an IGNORECASE trie would find them, at a word's edges.

    The text's `ignorecase_view`, with its white space made plain spaces, is cut into words,
    space runs and single other characters, and a trie over the names' pieces is walked from
    each piece that starts a name; the longest name whose spacing fits wins. Nothing is
    compiled per name, so a gazetteer of thousands of names is ready at once. A name does not
    start right after a word character, an apostrophe or a hyphen, nor end before a word
    character. `exact`, the same names as one IGNORECASE trie pattern on the text itself,
    serves texts whose case no folded copy keeps.
    """

    __slots__ = ("_exact", "_folded", "_index", "keys")

    def __init__(self, keys: Iterable[str]) -> None:
        self.keys = tuple(keys)
        self._exact: re.Pattern[str] | None = None
        self._folded: re.Pattern[str] | None = None
        index: _Node | None = _Node()
        for name in dict.fromkeys(fold_literal(key) for key in self.keys):
            key = _key(name)
            if key is None or index is None:
                index = None  # a name this index cannot hold: the whole set uses the folded pattern
                continue
            _insert(index, *key)
        self._index = index

    def __eq__(self, other: object) -> bool:
        """Equal when built from the same names (a Gazetteer holding one compares as before)."""
        return self.keys == other.keys if isinstance(other, NameTrie) else NotImplemented

    def __hash__(self) -> int:
        return hash(self.keys)

    @property
    def exact(self) -> re.Pattern[str]:
        """The names as one IGNORECASE trie pattern on the text itself (where no folded copy is exact)."""
        if self._exact is None:
            body = trie_regex(self.keys, space=_NAME_SPACE)
            self._exact = re.compile(rf"(?<![\w'’-])(?:{body})(?![\w])", re.IGNORECASE)
        return self._exact

    def _folded_pattern(self) -> re.Pattern[str]:
        """The names as a case-sensitive trie pattern on the folded view (for names the index cannot hold)."""
        if self._folded is None:
            body = trie_regex(dict.fromkeys(fold_literal(key) for key in self.keys), space=" ")
            self._folded = re.compile(rf"(?<![\w'’-])(?:{body})(?![\w])")
        return self._folded

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, end) of every name in `text`, leftmost-longest, not overlapping."""
        view = ignorecase_view(text)
        if view is None:
            return (match.span() for match in self.exact.finditer(text))
        if self._index is None:
            return (match.span() for match in self._folded_pattern().finditer(_plain_copy(view)))
        return _indexed_spans(_plain_copy(view), self._index)


class _Node:
    """A trie node over names' pieces: the pieces that may follow, and the gaps of each name ending here."""

    __slots__ = ("ends", "next")

    def __init__(self) -> None:
        self.next: dict[str, _Node] = {}
        self.ends: list[_Gaps] = []


def _insert(root: _Node, pieces: tuple[str, ...], gaps: _Gaps) -> None:
    """Add a name to the trie; a first piece "'" or "-" is entered under each of its variants."""
    first = root.next.setdefault(pieces[0], _Node())
    for variant in _APOSTROPHES if pieces[0] == "'" else _HYPHENS if pieces[0] == "-" else ():
        root.next[variant] = first
    node = first
    for piece in pieces[1:]:
        node = node.next.setdefault(piece, _Node())
    node.ends.append(gaps)


def _fits(spaces: list[int], ends: list[_Gaps]) -> bool:
    """Whether the spaces read between the pieces fit one of the names ending here."""
    return any(all(least <= n <= most for n, (least, most) in zip(spaces, gaps, strict=True)) for gaps in ends)


def _indexed_spans(view: str, root: _Node) -> Iterator[tuple[int, int]]:
    pieces = _PIECE.findall(view)
    pieces.append("")  # an end that no name piece equals, so the walk needs no bounds checks
    offsets = list(accumulate(map(len, pieces), initial=0))
    firsts = root.next
    free = 0  # where the last name ended: names do not overlap
    for i in [i for i, piece in enumerate(pieces) if piece in firsts]:
        start = offsets[i]
        if start < free or (start and _BAD_BEFORE.match(view, start - 1)):
            continue
        node = firsts[pieces[i]]
        at = i + 1
        spaces: list[int] = []
        best = -1
        while True:
            if node.ends and _fits(spaces, node.ends) and not _WORD.match(pieces[at]):
                best = offsets[at]
            following = pieces[at]
            if following[:1] == " ":
                spaces.append(len(following))
                at += 1
                following = pieces[at]
            else:
                spaces.append(0)
            child = node.next.get(following)
            if child is None:
                child = node.next.get(_canonical(following))
                if child is None:
                    break
            node = child
            at += 1
        if best >= 0:
            yield start, best
            free = best
