"""Property tests: every generated object survives serialization unchanged and validates against the schema."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from jsonschema import Draft202012Validator

from geostance import Article, from_dict, from_json, json_schema, to_dict, to_json
from geostance import model as model_module
from geostance.strategies import (
    articles,
    claims,
    evidence,
    groups,
    mentions,
    occasions,
    organizations,
    quotes,
    rebuttals,
    spans,
    statements,
    states,
    texts,
)

if TYPE_CHECKING:
    from collections.abc import Callable

pytestmark = pytest.mark.property

_VALIDATOR = Draft202012Validator(json_schema())
"""Built once: compiling the schema for every example would dominate the run time."""

_RECORDS: dict[str, Callable[[str], st.SearchStrategy[object]]] = {
    "Span": spans,
    "Mention": mentions,
    "Quote": quotes,
    "Evidence": evidence,
    "Claim": claims,
    "Occasion": occasions,
    "Organization": lambda text: organizations(text, state_ids=["RUS", "TJK"]),
    "State": states,
    "Group": groups,
    "Statement": lambda text: statements(text, ["csto", "RUS", "taliban"]),
    "Rebuttal": lambda text: rebuttals(text, ["taliban"], ["s1", "s2"]),
}
"""A strategy for every model record but Article, given a non-empty text to cite."""


def test_every_record_class_has_a_strategy() -> None:
    """The round-trip test below covers every attrs class the model exports."""
    exported = {
        name
        for name in model_module.__all__
        if isinstance(getattr(model_module, name), type) and attrs.has(getattr(model_module, name))
    }
    assert exported == {*_RECORDS, "Article"}


@pytest.mark.parametrize("name", sorted(_RECORDS))
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_record_dict_round_trip(name: str, data: st.DataObject) -> None:
    """`from_dict(to_dict(x), type(x)) == x` for records of every class."""
    text = data.draw(texts(min_size=1), label="text")
    record = data.draw(_RECORDS[name](text), label=name)
    assert type(record).__name__ == name
    assert from_dict(to_dict(record), type(record)) == record


@settings(max_examples=100, deadline=None)
@given(articles())
def test_article_dict_round_trip(article: Article) -> None:
    """`from_dict(to_dict(a), Article) == a`."""
    assert from_dict(to_dict(article), Article) == article


@settings(max_examples=100, deadline=None)
@given(articles(), st.sampled_from([None, 0, 2]))
def test_article_json_round_trip(article: Article, indent: int | None) -> None:
    """`from_json(to_json(a)) == a`, with or without indentation, from str and from UTF-8 bytes."""
    document = to_json(article, indent=indent)
    assert from_json(document) == article
    assert from_json(document.encode("utf-8")) == article


@settings(max_examples=50, deadline=None)
@given(articles())
def test_to_json_is_stable(article: Article) -> None:
    """Writing an article that was read back gives the same document, byte for byte."""
    document = to_json(article)
    assert to_json(from_json(document)) == document


@settings(max_examples=100, deadline=None)
@given(articles())
def test_article_validates_against_schema(article: Article) -> None:
    """The JSON of every generated article is valid against the published JSON Schema."""
    errors = [error.message for error in _VALIDATOR.iter_errors(json.loads(to_json(article)))]
    assert errors == []


# --------------------------------------------------------- strategy contract
@settings(max_examples=50, deadline=None)
@given(articles(min_statements=1, max_statements=2))
def test_articles_honour_statement_bounds(article: Article) -> None:
    """`articles(min_statements=1, max_statements=2)` draws one or two statements, hence a text and an actor."""
    assert 1 <= len(article.statements) <= 2
    assert article.text
    assert article.actors


@settings(max_examples=50, deadline=None)
@given(data=st.data())
def test_excerpts_cite_their_text(data: st.DataObject) -> None:
    """Excerpt strategies cite a non-empty stretch of the given text exactly."""
    text = data.draw(texts(min_size=1), label="text")
    excerpt = data.draw(st.one_of(mentions(text), quotes(text), evidence(text), claims(text)), label="excerpt")
    assert excerpt.text
    assert excerpt.span.slice(text) == excerpt.text


@pytest.mark.parametrize(
    "make",
    [
        lambda: spans(""),
        lambda: mentions(""),
        lambda: claims(""),
        lambda: statements("", ["csto"]),
        lambda: statements("text", []),
        lambda: rebuttals("text", [], ["s1"]),
        lambda: organizations("text", state_ids="RUS"),
        lambda: articles(min_statements=3, max_statements=2),
        lambda: articles(min_statements=-1),
        lambda: texts(min_size=-1),
    ],
    ids=[
        "span-empty",
        "mention-empty",
        "claim-empty",
        "statement-empty",
        "no-speakers",
        "rebuttal-no-speakers",
        "ids-as-string",
        "min-above-max",
        "negative-min",
        "negative-size",
    ],
)
def test_strategies_reject_impossible_arguments(make: Callable[[], object]) -> None:
    """Strategies raise InvalidArgument up front for arguments no valid object fits."""
    with pytest.raises(InvalidArgument):
        make()
