"""The speed-ups give the same results as the plain code they stand in for."""

from __future__ import annotations

import pickle
import random
import re
from pathlib import Path

import pytest

import geostance
from geostance import Article, Evidence, Gazetteer, Mention, Quote, to_dict
from geostance._assemble import _cite
from geostance._cascade.claims import _CLAIM_SPLIT
from geostance._facts import _FOUNDED, _MEMBERSHIP
from geostance._lexicon import IgnoreCase, fold_literal, folds_exactly, ignorecase_view, lowered
from geostance._recognize import _DEFINITION, _definitions
from geostance._segment import _SENTENCE_END, _sentence_ends
from geostance.serialize import _CONVERTER, _WRITE_ARTICLE

ROOT = Path(__file__).resolve().parents[1]

_TEXTS = [
    "Russia DENIED the Claims; its Members Founded in 2002 a bloc.",
    "“Members,” said the spokesman – according to the ministry’s statement.",
    "A communiqué ISSUED BY the CSTO; a COMMUNIQUÉ issued by NATO, ACCORDING TO the statement RELEASED BY Iran.",
    "The Kremlin ſaid it was formed in 1999; the KGB (Kelvin K) and İstanbul, ıstanbul.",
    "Le ministère des Affaires étrangères: CÔTE D’IVOIRE and Côte d’Ivoire signed.",
    "x" * 300 + " Members of the SCO, namely Russia and China. Ѕергей said." + "y" * 300,
    "z" * 300 + " A lone \ud800 surrogate and a pair \ud83d\ude00: MEMBERS SAID “Straße” ſo.",
    "Σ" * 3 + " ΣΑΣ members ß İİ Kk said " * 20,
]


@pytest.mark.parametrize("text", _TEXTS)
def test_ignore_case_twin_matches_like_the_pattern(text: str) -> None:
    """The folded twin finds what the IGNORECASE pattern finds, exotic letters included."""
    pattern = re.compile(
        r"\b(?:members?|namely|formed\s+in\s+(?P<year>\d{4})|issued\s+by|communiqu[eé]|said|[A-Z]stanbul|kremlin)\b",
        re.IGNORECASE,
    )
    twin = IgnoreCase.of(pattern)
    expected = [(m.span(), m.lastgroup, fold_literal(m.group())) for m in pattern.finditer(text)]
    assert [(m.span(), m.lastgroup, fold_literal(m.group())) for m in twin.finditer(text)] == expected
    first = pattern.search(text, 3)
    found = twin.search(text, 3)
    assert (found.span() if found else None) == (first.span() if first else None)


@pytest.mark.parametrize("text", _TEXTS)
def test_lowered_copy_is_ascii_lowered(text: str) -> None:
    """Only ASCII capitals are lowered; exactness means no cased non-ASCII character."""
    low = lowered(text)
    assert low == "".join(c.lower() if "A" <= c <= "Z" else c for c in text)
    assert folds_exactly(text) == all(c.isascii() or (c.lower() == c == c.upper()) for c in text)


@pytest.mark.parametrize("text", _TEXTS)
def test_ignorecase_view_keeps_offsets(text: str) -> None:
    """The copy IGNORECASE twins read is as long as the text and lowers every letter, accented ones too."""
    view = ignorecase_view(text)
    assert view is not None
    assert len(view) == len(text)
    assert all(v == fold_literal(c) for v, c in zip(view, text, strict=True) if c.isalpha())


def test_accented_text_keeps_the_fast_path() -> None:
    """A text with accented capitals is read by the folded twin, not the IGNORECASE pattern."""
    twin = IgnoreCase(r"c[oô]te d'ivoire|türkiye")
    text = "CÔTE D'IVOIRE and TÜRKIYE; İzmir"
    assert twin.view(text) is not None
    assert [m.span() for m in twin.finditer(text)] == [(0, 13), (18, 25)]
    assert twin._exact is None


@pytest.mark.parametrize("text", _TEXTS)
def test_gazetteer_finds_as_with_ignorecase(text: str) -> None:
    """The gazetteer's folded matcher finds the same spans as its IGNORECASE pattern."""
    twin = Gazetteer.default()._compiled()
    assert list(twin.spans(text)) == [m.span() for m in twin.exact.finditer(text)]


@pytest.mark.parametrize(("start", "end"), [(0, 5), (3, 4), (6, 11)])
def test_cited_excerpts_equal_checked_ones(start: int, end: int) -> None:
    """An excerpt built directly equals (and hashes like) the one the constructors check."""
    text = "Russia said so."
    for cls in (Mention, Quote, Evidence):
        fast = _cite(cls, text, start, end)
        assert type(fast) is cls
        assert fast == cls.at(text, start, end)
        assert hash(fast) == hash(cls.at(text, start, end))
        assert pickle.loads(pickle.dumps(fast)) == fast  # noqa: S301 - our own bytes


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (4, 4), (5, 3), (10, 99), (True, 3)])
def test_cited_excerpts_fail_as_checked_ones(start: int, end: int) -> None:
    """Offsets the checks refuse take the checked path and raise its error."""
    text = "Russia said so."
    try:
        Mention.at(text, start, end)
    except (TypeError, ValueError) as exc:
        with pytest.raises(type(exc), match=re.escape(str(exc))):
            _cite(Mention, text, start, end)
    else:
        assert _cite(Mention, text, start, end) == Mention.at(text, start, end)


def test_sentence_ends_match_the_full_scan() -> None:
    """Trying only the offsets near `.!?` finds what scanning every character finds."""
    rng = random.Random(7)  # noqa: S311 - test data, not secrets
    alphabet = [*"aAbZ.!?\"”’')] \n([“‘1x", ". ", ".” ", " The ", "Mr. ", "U.S.The", "...", "?!”"]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        expected = [m.span() for m in _SENTENCE_END.finditer(text, start, end)]
        assert [m.span() for m in _sentence_ends(text, start, end)] == expected, (text, start, end)


def test_definitions_match_the_full_scan() -> None:
    """Scanning only the stretches before "(X" finds every "Full Name (ACR)" the full scan finds."""
    rng = random.Random(11)  # noqa: S311 - test data, not secrets
    alphabet = [*"aAbZ (x)’'-\n.,", " of ", " the ", "Foo ", "Bar ", " (FB)", "(CSTO)", " Council ", "(A&B-1)"]
    alphabet += ["(Xyzabcdefghij)", " (AB) ", "(", "(A", "Collective Security Treaty Organization "]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        expected = [m.span() for m in _DEFINITION.finditer(text)]
        assert [m.span() for m in _definitions(text)] == expected, text


_CLAIM_SPLIT_READABLE = re.compile(
    r",\s+as\s+|\s+and\s+that\s+|,\s+(?:arguing|saying|adding|insisting|stressing|noting|claiming|asserting|"
    r"maintaining|describing|calling)\s+(?:that\s+)?|;\s+|\s+and\s+(?=(?:\w+ly\s+)?(?:asserts?|asserted|claims?|claimed|"
    r"insists?|insisted|argues?|argued|says?|said|denies|denied|rejects?|rejected|maintains?|maintained)\b)|"
    r"(?<=[.!?])\s+(?=[A-Z“\"])"
)
"""The claim splitter as first written: one branch per separator, most starting with a lookbehind or `\\s+`."""


def test_claim_splitter_splits_like_its_readable_form() -> None:
    """The splitter written to start with a character class finds the same separators as the plain alternation."""
    rng = random.Random(13)  # noqa: S311 - test data, not secrets
    alphabet = [", as ", " and that ", ",  saying that ", ", calling ", "; ", " and claims", " and sharply denied"]
    alphabet += [".  The", "! “", '?\n"', " and ", ",", ";", " ", "\n", "x", "A", "said", " as ", "that "]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        expected = [m.span() for m in _CLAIM_SPLIT_READABLE.finditer(text, start, end)]
        assert [m.span() for m in _CLAIM_SPLIT.finditer(text, start, end)] == expected, (text, start, end)


def _same(a: object, b: object) -> bool:
    """Equal, with the same types all the way down (a tuple is not a list here) and the same key order."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict) and isinstance(b, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return a == b


def test_straight_writer_writes_what_the_converter_writes() -> None:
    """The generated Article writer gives the converter's dict for parsed and hand-built articles."""
    assert _WRITE_ARTICLE is not None  # a model field of a new shape turns it off: teach _expression the shape
    texts = [
        (ROOT / "seeds" / "csto-afghanistan.txt").read_text(encoding="utf-8"),
        "MOSCOW (TASS) – Russia on Monday denied the claims, calling them “baseless and absurd lies.”",
    ]
    articles = [geostance.parse(text, source="x", url="https://example.org/a") for text in texts]
    articles.append(Article(text=""))
    for article in articles:
        assert _same(to_dict(article), _CONVERTER.unstructure(article))


def test_gazetteers_with_compiled_matchers_compare_as_before() -> None:
    """Two gazetteers of the same records stay equal once both have matched (and survive pickling)."""
    records = list(Gazetteer.default())
    first, second = Gazetteer.from_records(records), Gazetteer.from_records(records)
    assert list(first.find("Russia said")) == list(second.find("Russia said"))
    assert first == second
    copy = pickle.loads(pickle.dumps(first))  # noqa: S301 - our own bytes
    assert list(copy.find("Moscow said")) == list(first.find("Moscow said"))


@pytest.mark.parametrize("text", _TEXTS)
def test_module_twins_match_like_their_patterns(text: str) -> None:
    """The twins the stages scan with find what their IGNORECASE patterns find."""
    for pattern in (_MEMBERSHIP, _FOUNDED):
        for twin in (IgnoreCase.of(pattern), IgnoreCase.of(pattern, prefilter=True)):  # the stages use the latter
            assert [m.span() for m in twin.finditer(text)] == [m.span() for m in pattern.finditer(text)]
