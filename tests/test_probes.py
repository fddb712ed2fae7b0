"""Probe sets written by helpers who had not read the parser: one construction per short text.

`tests/probes/*.jsonl` hold 340 wire-style snippets (our own text): 120 rebuttals and near
misses, 120 attributions and near misses, 100 statements with their targets. Each item states
what a reader takes from it; the tests check the parser says the same. The items it still
gets wrong are listed by id and expected to fail (strictly: a fix must move them out).

`*-2.jsonl` are a second batch of 170 (80 rebuttals, 50 attributions, 40 target sets) written in the
fourteenth session in the register of wire copy, on forms the first batch lacks; scored blind before
anything was built on them (127 of 170 at 27177fe; docs/evaluation.md).

`*-3.jsonl` are a third batch of 150 (70 rebuttals, 40 attributions, 40 target sets) written in the fifteenth
session on forms real news uses and parsers miss (counter-facts, second-hand denials, hearsay); scored blind
first (119 of 150 at fc4af82).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import geostance
from reading import speakers_from

PROBES = Path(__file__).parent / "probes"


def _items(name: str) -> list[dict[str, Any]]:
    lines = (PROBES / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _ids(article: geostance.Article) -> dict[str, str]:
    """Every name and alias the article gives an actor -> that actor's id (folded)."""
    out: dict[str, str] = {}
    for actor in (*article.organizations, *article.states, *article.groups):
        for name in (actor.name, *actor.aliases):
            out[name.casefold()] = actor.id
    return out


def _last_sentence(text: str) -> int:
    """Where the text's last sentence starts (the probes put what they test there)."""
    cut = text.rfind(". ", 0, len(text) - 2)
    return 0 if cut < 0 else cut + 2


def _params(name: str, known: frozenset[str]) -> list[Any]:
    return [
        pytest.param(item, id=item["id"], marks=pytest.mark.xfail(strict=True) if item["id"] in known else ())
        for item in _items(name)
    ]


_REBUTTALS_MISSED = frozenset(["p005", "p027", "p034", "p047", "p060", "p082", "p090"])
"""Rebuttals the parser still misses or links to the wrong party (see docs/evaluation.md)."""
_REBUTTALS_MISSED_2 = frozenset(
    "q003 q004 q008 q011 q023 q035 q036 q037 q051 q053 q055 q056 q060 q064 q069 q074".split()
)
"""The second batch's: counter-facts with no denial word, descriptions the text never tied ("the former ruling
party"), a claim made in a state's name by its news agency, administrative rejections (near misses)."""


_REBUTTALS_MISSED_3 = frozenset("w002 w014 w033 w034 w035 w039 w043 w045 w047 w063".split())
"""The third batch's: counter-facts with no denial word after a plain statement or a claim of hearsay (an account
of one's own forces), denials relayed by a news agency, standing by an inquiry, and two near misses (a territory
two states dispute, a court rejecting a petition)."""


@pytest.mark.parametrize(
    "item",
    _params("rebuttals.jsonl", _REBUTTALS_MISSED)
    + _params("rebuttals-2.jsonl", _REBUTTALS_MISSED_2)
    + _params("rebuttals-3.jsonl", _REBUTTALS_MISSED_3),
)
def test_rebuttal_probe(item: dict[str, Any]) -> None:
    """A rebuttal is found with its rebutter and the party it answers; a near miss gives none."""
    article = geostance.parse(item["text"])
    if item["negative"]:
        assert not article.rebuttals
        return
    ids = _ids(article)
    by_id = {s.id: s.speaker for s in article.statements}
    pairs = {(r.speaker, by_id.get(x)) for r in article.rebuttals for x in (r.rebuts or [None])}
    rebutter = ids.get(item["rebutter"].casefold())
    assert rebutter in {speaker for speaker, _ in pairs}
    if item["rebutted"] is not None:
        assert (rebutter, ids.get(item["rebutted"].casefold())) in pairs


_SPEAKERS_MISSED = frozenset(["s075"])
"""Attributions the parser still gets wrong: an agency the probe names differently from the gazetteer."""
_SPEAKERS_MISSED_2 = frozenset("r005 r007 r014 r022 r030".split())
"""The second batch's: a post taken up in a silent sentence, "she" after another person spoke, a council
statement read by its president, a title under a bureau's dateline."""


_SPEAKERS_MISSED_3 = frozenset(["x010"])
"""The third batch's: UNHCR "alarmed by reports" (its words given, but as no statement of the last sentence)."""


@pytest.mark.parametrize(
    "item",
    _params("speakers.jsonl", _SPEAKERS_MISSED)
    + _params("speakers-2.jsonl", _SPEAKERS_MISSED_2)
    + _params("speakers-3.jsonl", _SPEAKERS_MISSED_3),
)
def test_speaker_probe(item: dict[str, Any]) -> None:
    """The last sentence's words are given to the actor a reader names; a near miss to nobody."""
    article = geostance.parse(item["text"])
    speakers = speakers_from(article, _last_sentence(item["text"]))
    if item["negative"]:
        assert not speakers
    else:
        assert _ids(article).get(item["speaker"].casefold()) in speakers


_TARGETS_MISSED = frozenset(["t056", "t062", "t088"])
"""Targets still wrong: resolutions of a council and a victim counted, a statement with no content, "the group" as
the subject of what was said."""


_TARGETS_MISSED_2 = frozenset("u003 u012 u017 u018 u021 u024 u028 u030 u032 u037 u039".split())
"""The second batch's: places inside adjuncts, victims and donors, descriptions in the words said
("the alliance"), plural demonyms ("the Ethiopians"), the Taliban's forces written as Afghanistan's."""


_TARGETS_MISSED_3 = frozenset("y002 y005 y022 y036 y039 y040".split())
"""The third batch's: victims named through a company or troops deployed by a state, a warning about another
party, support for a state's institutions, partners of economic talks, a pronoun object, a host's meeting."""


@pytest.mark.parametrize(
    "item",
    _params("targets.jsonl", _TARGETS_MISSED)
    + _params("targets-2.jsonl", _TARGETS_MISSED_2)
    + _params("targets-3.jsonl", _TARGETS_MISSED_3),
)
def test_target_probe(item: dict[str, Any]) -> None:
    """The statement in the last sentence aims at exactly the actors a reader names (none for some)."""
    article = geostance.parse(item["text"])
    ids = _ids(article)
    speaker = ids.get(item["speaker"].casefold())
    start = _last_sentence(item["text"])
    found = [
        s
        for s in article.statements
        if s.speaker == speaker
        and (
            any(e.span.start >= start for e in s.evidence)
            or any(q.span.start >= start for q in s.quotes)
            or not s.evidence
        )
    ]
    assert found
    assert {t for s in found for t in s.targets} == {ids.get(t.casefold()) for t in item["targets"]}
