"""Regular expressions shaped as tries, for matching many literal names in one linear pass."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["trie_regex"]


def _char_class(ch: str, space: str) -> str:
    if ch in "'’‘`´":
        return "['’‘`´]"
    if ch in "-‐‑–—":
        return rf"{space}?[-‐‑–—]{space}?"
    if ch == " ":
        return rf"{space}+"
    return re.escape(ch)


def trie_regex(keys: Iterable[str], *, space: str = r"\s") -> str:
    """A regex matching any of `keys`, shaped as a trie so the engine never backtracks far.

    Longer continuations are tried before a key ends, so the longest key wins. A space
    in a key matches one or more characters of the class `space`.
    """
    trie: dict[str, Any] = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict[str, Any]) -> str:
        branches = [_char_class(ch, space) + render(child) for ch, child in sorted(node.items()) if ch]
        ends = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return render(trie)
