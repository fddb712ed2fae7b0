"""Shared fixtures: a small hand-written article, its text, and the seed article text."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import pytest

from geostance import (
    Act,
    Article,
    Claim,
    ClaimKind,
    Evidence,
    Group,
    Mention,
    Occasion,
    Organization,
    Quote,
    Rebuttal,
    Span,
    State,
    Statement,
    Topic,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

TEXT = (
    "KABUL – The CSTO urged the Taliban on Thursday to fight “terrorism and drug trafficking”.\n"
    "Russia warned Tajikistan about the border.\n"
    "The Taliban denied the presence of terrorist groups."
)
"""The text of the hand-written article: curly quotes, an en dash and line breaks included."""

_E = TypeVar("_E", Mention, Quote, Evidence)


def cite(cls: type[_E], needle: str, start: int = 0) -> _E:
    """Cite the first occurrence of `needle` in `TEXT` at or after `start`."""
    span = Span.locate(TEXT, needle, start)
    return cls.at(TEXT, span.start, span.end)


def make_article() -> Article:
    """Build the hand-written article: one organization, two states, one group, two statements, one rebuttal."""
    second_line = TEXT.index("\n")
    third_line = TEXT.index("\n", second_line + 1)
    denial = Span.locate(TEXT, "denied the presence of terrorist groups")
    return Article(
        text=TEXT,
        source="tests/conftest.py",
        url="https://example.org/csto",
        dateline=cite(Mention, "KABUL"),
        organizations=(
            Organization(
                id="csto",
                name="Collective Security Treaty Organization",
                acronym="CSTO",
                aliases=("CSTO",),
                kind="intergovernmental military alliance",
                founded=2002,
                members=("RUS", "TJK"),
                mentions=(cite(Mention, "CSTO"),),
            ),
        ),
        states=(
            State(id="RUS", name="Russia", alpha2="RU", alpha3="RUS", mentions=(cite(Mention, "Russia"),)),
            State(id="TJK", name="Tajikistan", alpha2="TJ", alpha3="TJK", mentions=(cite(Mention, "Tajikistan"),)),
        ),
        groups=(
            Group(
                id="taliban",
                name="Taliban",
                kind="de facto authority",
                mentions=(cite(Mention, "Taliban"), cite(Mention, "Taliban", third_line)),
            ),
        ),
        statements=(
            Statement(
                id="s1",
                speaker="csto",
                speaker_text=cite(Mention, "The CSTO"),
                targets=("taliban",),
                acts=(Act.DEMAND,),
                topics=(Topic.TERRORISM, Topic.DRUG_TRAFFICKING),
                quotes=(cite(Quote, "terrorism and drug trafficking"),),
                evidence=(cite(Evidence, "urged the Taliban"),),
                occasion=Occasion(when=cite(Mention, "on Thursday")),
            ),
            Statement(
                id="s2",
                speaker="RUS",
                speaker_text=cite(Mention, "Russia"),
                targets=("TJK",),
                acts=(Act.WARN,),
                topics=(Topic.BORDER,),
            ),
        ),
        rebuttals=(
            Rebuttal(
                id="r1",
                speaker="taliban",
                speaker_text=cite(Mention, "The Taliban", third_line),
                rebuts=("s1",),
                claims=(Claim(text=denial.slice(TEXT), span=denial, kind=ClaimKind.DENIAL),),
            ),
        ),
    )


@pytest.fixture
def article() -> Article:
    """The hand-written article (see `make_article`)."""
    return make_article()


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The text of `seeds/csto-afghanistan.txt`, the article geostance was designed on."""
    return (SEEDS / "csto-afghanistan.txt").read_text(encoding="utf-8")


@pytest.fixture
def text() -> str:
    """The text of the hand-written article."""
    return TEXT


@pytest.fixture(name="cite")
def cite_fixture() -> object:
    """`cite(cls, needle, start=0)`: an excerpt of the hand-written article's text."""
    return cite
