"""The construction catalogue: every construction's example and near miss parse as the catalogue says.

The examples are our own sentences, written from the construction (other actors, verbs and
word orders than any news article); each is parsed by the whole pipeline and its statements
and rebuttals are compared with the catalogue's expected lines.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import geostance
from geostance._cascade.catalogue import CATALOGUE, outline

ROOT = Path(__file__).resolve().parents[1]


def expected(lines: str) -> list[str]:
    """The expected lines of a catalogue entry, sorted like `render`'s."""
    return sorted(line for line in lines.split("\n") if line)


@pytest.mark.parametrize("construction", CATALOGUE, ids=[c.name for c in CATALOGUE])
def test_example(construction: object) -> None:
    """The catalogue example of each construction parses to exactly its expected statements and rebuttals."""
    assert outline(geostance.parse(construction.example)) == expected(construction.expected)  # type: ignore[attr-defined]


NEAR_MISSES = [c for c in CATALOGUE if c.near_miss]


@pytest.mark.parametrize("construction", NEAR_MISSES, ids=[c.name for c in NEAR_MISSES])
def test_near_miss(construction: object) -> None:
    """A sentence that only looks like the construction is not read as it."""
    got = outline(geostance.parse(construction.near_miss))  # type: ignore[attr-defined]
    assert got == expected(construction.near_expected)  # type: ignore[attr-defined]


def test_every_construction_is_documented() -> None:
    """Each construction has a name, a summary, what it reads, an example and an expected output."""
    names = [c.name for c in CATALOGUE]
    assert len(names) == len(set(names))
    for construction in CATALOGUE:
        assert construction.summary
        assert construction.reads
        assert construction.example
        assert construction.expected
        assert construction.level in ("verb", "sentence", "phrase", "discourse")
        assert (construction.find is not None) == (construction.level == "verb")


_READ_BY_AN_EARLIER_ENTRY = frozenset(["ACCUSE-X-OF", "SAY", "REJECT-ACT"])
"""Verb constructions whose reader an earlier entry of the same class already runs (listed for their documentation)."""


def test_a_verb_reader_is_listed_again_only_knowingly() -> None:
    """The verb catalogue is the reader's dispatch order: a reader listed again under a class runs earlier than meant.

    A new entry that reuses another's reader at the verb level moves that reader ahead of the constructions
    between them; a construction read inside another's reader is documented at the phrase level instead.
    """
    for k, construction in enumerate(CATALOGUE):
        if construction.level != "verb":
            continue
        earlier = [
            c
            for c in CATALOGUE[:k]
            if c.level == "verb" and c.find is construction.find and c.anchors & construction.anchors
        ]
        assert not earlier or construction.name in _READ_BY_AN_EARLIER_ENTRY, (construction.name, earlier[0].name)


def test_catalogue_page_is_current() -> None:
    """docs/constructions.md is what tools/catalogue_page.py writes from the catalogue today."""
    result = subprocess.run(  # noqa: S603 - runs this interpreter on the repository's own tool
        [sys.executable, str(ROOT / "tools" / "catalogue_page.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
