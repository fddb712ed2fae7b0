"""The gazetteer's name matcher finds what the same trie finds as an IGNORECASE pattern on the text itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geostance import Gazetteer

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
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in trie.exact.finditer(text)]
