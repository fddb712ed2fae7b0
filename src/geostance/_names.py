"""The gazetteer's name matcher: every known name in a text, in one pass, as IGNORECASE would find it."""

from __future__ import annotations

import re
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
_plain: tuple[str, str] = ("", "")


def _plain_copy(view: str) -> str:
    """`view` with the white space a name may hold written as plain spaces (same length)."""
    global _plain  # noqa: PLW0603 - a one-entry cache: every gazetteer scans the same document
    cached = _plain
    if cached[0] is view:
        return cached[1]
    plain = _OTHER_SPACE.sub(" ", view) if _OTHER_SPACE.search(view) else view
    _plain = (view, plain)
    return plain


class NameTrie:
    """Case-folded names found in a text as an IGNORECASE trie would find them, at a word's edges.

    The trie runs case-sensitively on the text's `ignorecase_view` with its white space made
    plain spaces, so a space in a name is one literal, not a character class: the pattern
    compiles in half the time and scans faster. A name does not start right after a word
    character, an apostrophe or a hyphen, nor end before a word character.
    """

    __slots__ = ("_exact", "keys", "pattern")

    def __init__(self, keys: Iterable[str]) -> None:
        self.keys = tuple(keys)
        body = trie_regex(dict.fromkeys(fold_literal(key) for key in self.keys), space=" ")
        self.pattern = re.compile(rf"(?<![\w'’-])(?:{body})(?![\w])")
        self._exact: re.Pattern[str] | None = None

    def __eq__(self, other: object) -> bool:
        """Equal when built from the same names (a Gazetteer holding one compares as before)."""
        return self.keys == other.keys if isinstance(other, NameTrie) else NotImplemented

    def __hash__(self) -> int:
        return hash(self.keys)

    @property
    def exact(self) -> re.Pattern[str]:
        """The same trie as an IGNORECASE pattern on the text itself (where no folded copy is exact)."""
        if self._exact is None:
            body = trie_regex(self.keys, space=_NAME_SPACE)
            self._exact = re.compile(rf"(?<![\w'’-])(?:{body})(?![\w])", re.IGNORECASE)
        return self._exact

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Every name in `text`, leftmost-longest, with the text's offsets."""
        view = ignorecase_view(text)
        return self.exact.finditer(text) if view is None else self.pattern.finditer(_plain_copy(view))
