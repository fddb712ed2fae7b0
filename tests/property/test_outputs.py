"""Property tests: every output of any parsed text is well-formed (the fuzz run's exporter stage, small).

Each text drawn is parsed and the article, under a key drawn from hostile text too
(as a file name would be), goes through CSV, SQLite, GraphML, DOT, Mermaid and HTML;
`tests/wellformed.py` checks each output. `tests/test_fuzz.py` does the same for every
text of its long runs.
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given

from geostance import Article, Corpus
from wellformed import check_every_output

from .test_parse_robustness import FAST, parse_checked
from .text_strategies import adversarial_texts, wire_copy

pytest.importorskip("networkx")
pytestmark = pytest.mark.property


def keyed(article: Article, key: str) -> Corpus:
    """A corpus holding `article` under `key` (a hostile key, as a file name can be), and again under its own key."""
    corpus = Corpus()
    corpus.add(article, key=key[:60] or "empty")
    corpus.add(article)
    return corpus


@FAST
@given(adversarial_texts(), adversarial_texts())
def test_outputs_of_adversarial_text_are_well_formed(text: str, key: str) -> None:
    """Every output of an article parsed from adversarial text, keyed by adversarial text, is well-formed."""
    article = parse_checked(text)
    assume(article is not None)
    check_every_output(keyed(article, key))


@FAST
@given(wire_copy(), adversarial_texts())
def test_outputs_of_wire_copy_are_well_formed(text: str, key: str) -> None:
    """Every output of an article parsed from wire copy (rich in statements and rebuttals) is well-formed."""
    article = parse_checked(text)
    assume(article is not None)
    check_every_output(keyed(article, key))
