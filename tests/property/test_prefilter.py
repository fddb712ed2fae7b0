"""A prefiltered scan finds exactly what the pattern finds: same spans, same groups, at any bounds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geostance._facts import _FOUNDED, _FOUNDED_SCAN, _MEMBERSHIP, _MEMBERSHIP_SCAN
from geostance._lexicon import FoldedPattern, lexicon, lowered
from geostance._prefilter import Prefiltered, literal_prefixes, required_words

from .text_strategies import adversarial_texts, news_texts

pytestmark = pytest.mark.property


def _families() -> dict[str, FoldedPattern]:
    lex = lexicon()
    return {
        "topics": lex.topics,
        "role_nouns": lex.role_nouns,
        "object_nouns": lex.object_nouns,
        "rebuttal_phrases": lex.rebuttal_phrases,
        "any_claim_kind": lex.any_claim_kind,
        "time": lex.time,
    }


def _scanners() -> dict[str, tuple[Prefiltered, bool]]:
    """Every prefiltered or gated scanner of the lexicon, and whether it reads the lowered text."""
    lex = lexicon()
    folded = {name: (family.scan, True) for name, family in _families().items()}
    assert all(isinstance(scan, Prefiltered) for scan, _ in folded.values())
    return {
        **folded,  # type: ignore[dict-item]
        "media": (lex.media, False),
        "events": (lex.events, False),
        "channels": (lex.channels, False),
    }


def _spans(matches: object) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in matches]  # type: ignore[attr-defined]


def test_the_big_families_are_prefiltered() -> None:
    """The families the benchmark found faster with a prefilter or gate have one (a parser change would drop it)."""
    lex = lexicon()
    for name in ("topics", "role_nouns", "object_nouns", "rebuttal_phrases", "any_claim_kind"):
        scan = getattr(lex, name).scan
        assert isinstance(scan, Prefiltered), name
        assert scan.candidates is not None, name
    assert lex.media.candidates is not None
    for gated in (lex.time.scan, lex.events):
        assert isinstance(gated, Prefiltered)
        assert gated.gate is not None or gated.gate_words is not None


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"(?<![\w-])(?:den(?:ied|ies)|rejects?)(?![\w])", {"denie", "reject"}),
        (r"(?:(?<=, )|(?<=“))read", {"read"}),
        (r"sa(?:id|ys)|told", {"said", "says", "told"}),
        (r"slamm?ed", {"slam"}),
        (r"a\s+b", {"a"}),
        (r"\b(?:however|but)\b", {"howeve", "but"}),
    ],
)
def test_literal_prefixes(source: str, expected: set[str]) -> None:
    """Each alternative contributes its first literal letters, cut at six or at the first non-literal."""
    assert literal_prefixes(re.compile(source)) == expected


@pytest.mark.parametrize("source", [r"\w+ly said", r"(?:the\s+)?report", r"[abc]x", r"x?", r"(?:)|said"])
def test_no_prefixes_where_some_match_starts_without_a_literal(source: str) -> None:
    """A class, an optional part or an empty match first: no prefilter; the pattern runs alone."""
    assert literal_prefixes(re.compile(source)) is None
    scan = Prefiltered(re.compile(source))
    assert scan.candidates is None
    assert _spans(scan.finditer("the report said it")) == _spans(re.compile(source).finditer("the report said it"))


def test_case_insensitive_patterns_get_no_prefilter() -> None:
    """Literal prefixes are case-sensitive, so an IGNORECASE pattern is left to run as it is."""
    assert literal_prefixes(re.compile("said", re.IGNORECASE)) is None


@settings(max_examples=150, deadline=None)
@given(text=st.one_of(news_texts(), adversarial_texts()), data=st.data())
def test_prefiltered_scans_match_the_pattern(text: str, data: st.DataObject) -> None:
    """Scans and searches give the pattern's own matches for any text and any bounds."""
    low = lowered(text)
    pos = data.draw(st.integers(0, len(low)), label="pos")
    endpos = data.draw(st.integers(pos, len(low)), label="endpos")
    for name, (scan, folded) in _scanners().items():
        subject, pattern = (low if folded else text), scan.pattern
        assert _spans(scan.finditer(subject, pos, endpos)) == _spans(pattern.finditer(subject, pos, endpos)), name
        found, expected = scan.search(subject, pos, endpos), pattern.search(subject, pos, endpos)
        assert _spans([found] if found else []) == _spans([expected] if expected else []), name


@settings(max_examples=150, deadline=None)
@given(text=st.one_of(news_texts(), adversarial_texts()))
def test_prefiltered_twins_match_their_ignorecase_patterns(text: str) -> None:
    """The stages' case-insensitive scans, prefiltered on the lowered text, find what the plain patterns find."""
    twins = {
        _MEMBERSHIP: _MEMBERSHIP_SCAN,
        _FOUNDED: _FOUNDED_SCAN,
    }
    for pattern, twin in twins.items():
        assert isinstance(twin.scan, Prefiltered)
        assert twin.scan.candidates is not None, pattern.pattern
        assert _spans(twin.finditer(text)) == _spans(pattern.finditer(text)), pattern.pattern
        found, expected = twin.search(text), pattern.search(text)
        assert (found.span() if found else None) == (expected.span() if expected else None), pattern.pattern


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"(?:the|a)\s+(?:[A-Z]\w*\s+)?(?:summit|meeting)", {"summit", "meeting"}),
        (r"in\s+(?:19|20)\d\d", {"in 19", "in 20"}),
        (r"on\s+(?:Monday|Friday)|yesterday", {"on Monday", "on Friday", "yesterday"}),
        (r"(?:late\s+)?on\s+Monday", {"on Monday"}),
        (r"\w+ly\s+said", {"ly said"}),
    ],
)
def test_required_words(source: str, expected: set[str]) -> None:
    """The gate's words: literal stretches every match holds (a space for whitespace), the longest set kept."""
    assert required_words(re.compile(source)) == expected


@pytest.mark.parametrize("source", [r"\w+", r"[A-Z]\w*", r"(?:said)?\w", r"said|\w+"])
def test_no_required_words(source: str) -> None:
    """A pattern with an alternative holding no literal gets no gate."""
    assert required_words(re.compile(source)) is None


def test_a_gate_skips_windows_without_its_words() -> None:
    """Where no required word occurs the scan finds nothing; where one does, the pattern's matches."""
    scan = Prefiltered(re.compile(r"(?:the|a)\s+(?:[A-Z]\w*\s+)?summit"), prefixes=False, gate=True)
    assert scan.gate_words == ("summit",)
    text = "They met at the Astana summit. Later a Summit was held; the summits ended."
    assert _spans(scan.finditer(text, 0, 10)) == []
    assert _spans(scan.finditer(text)) == _spans(scan.pattern.finditer(text))
    assert scan.search(text, 30) is not None


def test_a_long_gate_is_one_trie() -> None:
    """Many required words (days and months) are looked for with one trie; the scan still equals the pattern's."""
    days = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    months = "January|February|March|April|May|June"
    scan = Prefiltered(re.compile(rf"on\s+(?:{days})|in\s+(?:{months})"), prefixes=False, gate=True)
    assert scan.gate is not None
    assert scan.gate_words is None
    text = "Talks ended on Friday; the next round, in June, ... on Mondays no one works."
    assert _spans(scan.finditer(text, 0, 12)) == []
    assert _spans(scan.finditer(text)) == _spans(scan.pattern.finditer(text))
    assert [m.group() for m in scan.finditer(text)] == ["on Friday", "in June", "on Monday"]


@settings(max_examples=100, deadline=None)
@given(words=st.lists(st.sampled_from(["said", "sa", "saying", "denied", "den", "de", "x", " ", "-", "’", ","])))
def test_prefiltered_scan_on_near_misses(words: list[str]) -> None:
    """Text made of cue fragments (prefixes that start no cue) gives the same matches as the pattern."""
    text = "".join(words)
    pattern = re.compile(r"(?<![\w-])(?:sa(?:id|ys|ying)|den(?:ied|ies|y))(?![\w])")
    scan = Prefiltered(pattern)
    assert scan.candidates is not None
    assert _spans(scan.finditer(text)) == _spans(pattern.finditer(text))
