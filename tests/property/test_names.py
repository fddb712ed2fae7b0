"""The gazetteer's name matcher finds what the same trie finds as an IGNORECASE pattern on the text itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geostance import Gazetteer
from geostance.gazetteer import fold

from .text_strategies import adversarial_texts, news_texts

if TYPE_CHECKING:
    from geostance._names import NameTrie

pytestmark = pytest.mark.property

_ODD_SPACES = st.sampled_from([" ", "\n", "\t", "\u00a0", "\u2009", "\u3000", "\x0b", "\x1f", "\r\n", "  "])


@st.composite
def _spaced_names(draw: st.DrawFn) -> str:
    """Names of the gazetteer, cased and spaced at random, between words."""
    keys = list(Gazetteer.default()._compiled().keys)
    pieces = []
    for _ in range(draw(st.integers(1, 6))):
        key = draw(st.sampled_from(keys))
        key = "".join(c.upper() if draw(st.booleans()) else c for c in key) if draw(st.booleans()) else key.title()
        key = draw(_ODD_SPACES).join(key.split(" "))
        pieces.append(key)
        pieces.append(draw(st.sampled_from([" ", "-", "’", ", ", "ÉTAT ", "İ ", "s", "\n"])))
    return "".join(pieces)


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(news_texts(), adversarial_texts(), _spaced_names()))
def test_name_trie_finds_what_its_ignorecase_pattern_finds(text: str) -> None:
    """The folded-copy trie and the IGNORECASE trie on the text agree on every span."""
    trie: NameTrie = Gazetteer.default()._compiled()
    assert list(trie.spans(text)) == [m.span() for m in trie.exact.finditer(text)]


_PIECES = st.sampled_from(["a", "b", "ab", " ", "  ", "-", "–", "'", "’", ".", "(", "é"])
"""Pieces of names; names are folded as the gazetteer folds its keys (the text varies their case and marks)."""


@st.composite
def _names_and_text(draw: st.DrawFn) -> tuple[list[str], str]:
    """A few names, and a text of those names, re-spaced around their dashes, among other pieces."""
    names = draw(st.lists(st.lists(_PIECES, min_size=1, max_size=5).map("".join).map(fold), min_size=1, max_size=6))
    parts = []
    for _ in range(draw(st.integers(0, 6))):
        if draw(st.booleans()):
            name = draw(st.sampled_from(names))
            name = name.replace("-", draw(st.sampled_from(["-", " -", "- ", " - ", "  -"])))
            parts.append(name.upper() if draw(st.booleans()) else name)
        else:
            parts.append(draw(_PIECES))
    return names, "".join(parts)


@settings(max_examples=500, deadline=None)
@given(case=_names_and_text())
def test_any_names_are_found_as_their_ignorecase_pattern_finds_them(case: tuple[list[str], str]) -> None:
    """For any folded names, dashes, apostrophes and spacing included, the piece trie finds the regex trie's spans."""
    from geostance._names import NameTrie  # noqa: PLC0415 - the private matcher, tested directly

    names, text = case
    trie = NameTrie(name for name in names if name.strip())
    if not trie.keys:
        return
    assert list(trie.spans(text)) == [m.span() for m in trie.exact.finditer(text)]
