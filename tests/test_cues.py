"""The parser records each statement's cue and each claim's, and the event codes follow them (issue 12)."""

from __future__ import annotations

import json

import pytest

import geostance
from geostance import Article, act_code, claim_code, from_json, rows, to_json


def _codes(article: Article) -> list[tuple[str, str | None, str | None, str | None]]:
    """(kind, act or claim kind, cue, CAMEO code) of each event-data row."""
    return [(row.kind, row.act, row.cue, row.cameo) for row in rows(article)]


@pytest.mark.parametrize(
    ("text", "cue", "cameo"),
    [
        ("France condemned Iran over its missile launch on Tuesday.", "condemn", "111"),
        ("Germany accused Russia of violating the ceasefire.", "accuse", "112"),
        ("Kenya held al-Shabaab responsible for the attack.", "hold * responsible", "112"),
        ("China lodged a protest with Japan over the visit.", "protest", "110"),
        ("Britain urged Iran to return to talks.", "urge", "020"),
        ("The European Union demanded that Belarus release the prisoners.", "demand", "100"),
        ("The CSTO expressed its deep concern about the situation in Afghanistan.", "concern", "012"),
        ("Pakistan warned that the violence could spread.", "warn", "012"),
    ],
)
def test_statement_cue_is_the_reporting_lemma_and_chooses_the_code(text: str, cue: str, cameo: str) -> None:
    """The cue is the lemma of the verb or noun that reported the act, and the act's CAMEO code follows it.

    A light verb gives way to its noun ("expressed its deep concern"), a split verb is named with a star.
    """
    [statement] = geostance.parse(text).statements
    assert statement.cue == cue
    [act] = statement.acts
    assert act_code(act, statement.cue).cameo == cameo


def test_claim_cues_tell_a_promise_from_a_bare_assurance() -> None:
    """'will not be used' is a promise (CAMEO 030, PLOVER AGREE); 'poses no threat' an optimistic comment (013)."""
    promise = geostance.parse(
        "Colombia expressed concern about rebel camps in Venezuela. Venezuela rejected the concerns, "
        "saying that its territory will not be used to attack a neighbour."
    )
    assert _codes(promise)[1:] == [
        ("rebuttal", "rejection", "rejected", "016"),
        ("rebuttal", "assurance", "will not be used", "030"),
    ]
    bare = geostance.parse(
        "Colombia expressed concern about rebel camps in Venezuela. Venezuela denied the claims and "
        "insisted that it poses no threat to Colombia."
    )
    assert _codes(bare)[1:] == [
        ("rebuttal", "denial", "denied", "016"),
        ("rebuttal", "assurance", "poses no threat", "013"),
    ]
    assert claim_code("assurance", cue="will not be used").plover == "AGREE"


def test_rejecting_a_demand_is_120_and_rejecting_an_accusation_016() -> None:
    """What the rebuttal answers chooses between refusing to yield (120) and rejecting a claim (016)."""
    demand = geostance.parse("Pakistan called on the Taliban to expel the militants. The Taliban rejected the demand.")
    assert _codes(demand) == [("statement", "demand", "call on", "020"), ("rebuttal", "rejection", "rejected", "120")]
    accusation = geostance.parse("India criticised China. China rejected the accusations as baseless.")
    assert _codes(accusation)[0] == ("statement", "accuse", "criticise", "111")
    assert _codes(accusation)[1][3] == "016"


def test_json_without_cues_still_loads_and_gets_default_codes() -> None:
    """JSON written before cues existed (no `cue` keys) loads, round-trips, and takes each act's default code."""
    article = geostance.parse("France condemned Iran over its missile launch on Tuesday.")
    data = json.loads(to_json(article))
    for statement in data["statements"]:
        del statement["cue"]
    old = from_json(json.dumps(data))
    assert old.statements[0].cue is None
    assert from_json(to_json(old)) == old
    assert [row.cameo for row in rows(old)] == ["110"]


@pytest.mark.parametrize("cue", ["", "   ", "two\nlines", "x" * 81])
def test_a_cue_is_one_short_line(cue: str) -> None:
    """A blank, multi-line or overlong cue is refused when the record is built."""
    article = geostance.parse("France condemned Iran over its missile launch on Tuesday.")
    data = json.loads(to_json(article))
    data["statements"][0]["cue"] = cue
    with pytest.raises(geostance.SchemaError, match="cue"):
        from_json(json.dumps(data))
