"""The generated JSON Schema: well-formed, complete, and agreeing with the serializer."""

from __future__ import annotations

import copy
import enum
import json
from typing import Any

import attrs
import pytest
from jsonschema import Draft202012Validator

import geostance
from geostance import Article, from_json, json_schema, parse, to_json
from geostance import model as model_module
from geostance.schema import SCHEMA_ID

_SCHEMA = json_schema()
_VALIDATOR = Draft202012Validator(_SCHEMA)

_RECORDS = [
    obj
    for obj in (getattr(model_module, name) for name in model_module.__all__)
    if isinstance(obj, type) and attrs.has(obj) and obj not in {Article, geostance.Span}
]
"""Every model record that appears in a document as a `$defs` entry.

Article is the schema itself; Span never appears on its own because excerpts are flat.
"""
_ENUMS = [
    obj
    for obj in (getattr(model_module, name) for name in model_module.__all__)
    if isinstance(obj, type) and issubclass(obj, enum.Enum)
]


def _errors(document: object) -> list[str]:
    """Every validation message, including those nested under `anyOf` (e.g. inside an optional field)."""
    messages: list[str] = []
    pending = list(_VALIDATOR.iter_errors(document))
    while pending:
        error = pending.pop(0)
        messages.append(error.message)
        pending.extend(error.context or ())
    return messages


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    """The schema passes the draft 2020-12 meta-schema."""
    Draft202012Validator.check_schema(_SCHEMA)


def test_schema_header() -> None:
    """The schema names its dialect and its published `$id`, and describes an object."""
    assert _SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert _SCHEMA["$id"] == SCHEMA_ID
    assert _SCHEMA["title"] == "Article"
    assert _SCHEMA["type"] == "object"


def test_defs_cover_every_record_and_enum() -> None:
    """`$defs` holds every model record and enum, and nothing else."""
    assert len(_RECORDS) >= 10
    assert len(_ENUMS) == 4
    assert set(_SCHEMA["$defs"]) == {cls.__name__ for cls in [*_RECORDS, *_ENUMS]}


@pytest.mark.parametrize("cls", [Article, *_RECORDS], ids=lambda cls: cls.__name__)
def test_record_properties_follow_the_fields(cls: type) -> None:
    """Each record's schema lists its JSON keys in field order, requires the fields without default, and no others."""
    body = _SCHEMA if cls is Article else _SCHEMA["$defs"][cls.__name__]
    if issubclass(cls, model_module._Excerpt):  # flat: {"text", "start", "end"}, plus "kind" (and "cue") for claims
        required = ["text", "start", "end", *(["kind"] if cls is geostance.Claim else [])]
        keys = [*required, *(["cue"] if cls is geostance.Claim else [])]
    else:
        fields = attrs.fields(cls)
        keys = [fld.name for fld in fields]
        required = [fld.name for fld in fields if fld.default is attrs.NOTHING]
    assert list(body["properties"]) == keys
    assert body["required"] == required
    assert body["additionalProperties"] is False


@pytest.mark.parametrize("cls", _ENUMS, ids=lambda cls: cls.__name__)
def test_enum_values(cls: type[enum.Enum]) -> None:
    """Each enum's schema lists exactly its members' string values."""
    assert _SCHEMA["$defs"][cls.__name__]["enum"] == [member.value for member in cls]


def test_json_schema_returns_a_fresh_copy() -> None:
    """Changing the returned schema does not change the next one."""
    schema = json_schema()
    schema["$defs"].clear()
    assert json_schema() == _SCHEMA


def test_hand_written_article_validates(article: Article) -> None:
    """The JSON of the hand-written article is valid."""
    assert _errors(json.loads(to_json(article))) == []


def test_minimal_article_validates() -> None:
    """An object with only `text` is valid, as from_json accepts it."""
    assert _errors({"text": ""}) == []
    assert from_json('{"text": ""}') == Article(text="")


@pytest.fixture
def document(article: Article) -> dict[str, Any]:
    """The hand-written article as JSON data, safe to change."""
    return copy.deepcopy(json.loads(to_json(article)))


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("text",), None, "None is not of type 'string'"),
        (("statements", 1, "speaker"), 42, "42 is not of type 'string'"),
        (("statements", 0, "targets"), "taliban", "'taliban' is not of type 'array'"),
        (("organizations", 0, "founded"), 2002.5, "is not valid under any of the given schemas"),
        (("organizations", 0, "founded"), True, "is not valid under any of the given schemas"),
        (("statements", 0, "acts"), ["praise"], "'praise' is not one of"),
        (("rebuttals", 0, "claims", 0, "kind"), "shrug", "'shrug' is not one of"),
        (("statements", 0, "quotes", 0, "start"), -1, "-1 is less than the minimum of 0"),
        (("extra",), 1, "Additional properties are not allowed ('extra' was unexpected)"),
        (("states", 0, "capital"), "Moscow", "Additional properties are not allowed ('capital' was unexpected)"),
    ],
    ids=lambda value: ".".join(map(str, value)) if isinstance(value, tuple) else "",
)
def test_invalid_documents_fail_validation(
    document: dict[str, Any], path: tuple[str | int, ...], value: object, message: str
) -> None:
    """Wrong types, unknown enum values, negative offsets and unknown keys fail validation."""
    target: Any = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert any(message in error for error in _errors(document)), _errors(document)


@pytest.mark.parametrize(
    "path",
    [("text",), ("groups", 0, "name"), ("statements", 0, "speaker_text"), ("rebuttals", 0, "claims", 0, "kind")],
    ids=lambda path: ".".join(map(str, path)),
)
def test_missing_required_key_fails_validation(document: dict[str, Any], path: tuple[str | int, ...]) -> None:
    """Deleting a required key fails validation."""
    target: Any = document
    for key in path[:-1]:
        target = target[key]
    del target[path[-1]]
    assert f"'{path[-1]}' is a required property" in _errors(document)


def test_empty_excerpt_fails_validation(document: dict[str, Any]) -> None:
    """An excerpt with empty text fails validation, as the model rejects it."""
    document["dateline"] = {"text": "", "start": 0, "end": 0}
    assert any("should be non-empty" in error for error in _errors(document)), _errors(document)


def test_parsed_seed_article_validates(seed_text: str) -> None:
    """`parse` on the seed article returns an Article whose JSON is valid against the schema."""
    parsed = parse(seed_text)
    assert isinstance(parsed, Article)
    assert _errors(json.loads(to_json(parsed))) == []
