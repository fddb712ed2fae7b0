"""Property tests: breaking a valid document in any one place makes `from_json` raise SchemaError at that place."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geostance import SchemaError, from_json, json_schema, to_json
from geostance.strategies import articles

if TYPE_CHECKING:
    from collections.abc import Iterator

pytestmark = pytest.mark.property

Path = tuple[str | int, ...]

_SETTINGS = settings(max_examples=60, deadline=None)
_ARTICLES = articles(min_statements=1)
"""At least one statement, so there is always a reference and an excerpt to break."""

_SCHEMA = json_schema()
_REQUIRED: dict[tuple[str, ...], list[str]] = {
    keys: body["required"]
    for body in (_SCHEMA, *_SCHEMA["$defs"].values())
    if "properties" in body
    for keys in (tuple(body["properties"]), tuple(body["required"]))
}
"""Required keys by the key list of an object: `to_json` writes every key (only a claim leaves out a cue it does
not have), so the list names its class."""

_WRONG_TYPE: dict[type, object] = {str: 42, int: "42", type(None): [], list: "not an array", dict: []}
"""For a value of each JSON type, a replacement of a type no field of that kind accepts."""


def _doc(article: object) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(to_json(article))
    return document


def _nodes(value: object, path: Path = ()) -> Iterator[tuple[Path, object]]:
    """Every value in a JSON document with its path, the document itself first."""
    yield path, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _nodes(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _nodes(item, (*path, index))


def _json_path(path: Path) -> str:
    return "$" + "".join(f"[{key}]" if isinstance(key, int) else f".{key}" for key in path)


def _at(document: object, path: Path) -> Any:
    for key in path:
        document = document[key]  # type: ignore[index]
    return document


def _problems(document: dict[str, Any]) -> tuple[str, ...]:
    with pytest.raises(SchemaError) as caught:
        from_json(json.dumps(document))
    return caught.value.problems


def _reported_at(problems: tuple[str, ...], path: str) -> bool:
    """Whether a problem is located exactly at `path` (`... @ path` or `path: ...`)."""
    return any(problem.endswith(f"@ {path}") or problem.startswith(f"{path}: ") for problem in problems)


@_SETTINGS
@given(_ARTICLES, st.data())
def test_value_of_wrong_type_is_rejected(article: object, data: st.DataObject) -> None:
    """Replacing any value with one of a wrong JSON type raises SchemaError at that value's path."""
    document = _doc(article)
    path, value = data.draw(st.sampled_from([node for node in _nodes(document) if node[0]]), label="node")
    replacement = _WRONG_TYPE[type(value)]
    _at(document, path[:-1])[path[-1]] = replacement
    problems = _problems(document)
    assert _reported_at(problems, _json_path(path)), problems


@_SETTINGS
@given(_ARTICLES, st.data())
def test_missing_required_key_is_rejected(article: object, data: st.DataObject) -> None:
    """Deleting any required key raises SchemaError naming the missing key's path."""
    document = _doc(article)
    candidates = [
        (*path, key) for path, node in _nodes(document) if isinstance(node, dict) for key in _REQUIRED[tuple(node)]
    ]
    path = data.draw(st.sampled_from(candidates), label="key")
    del _at(document, path[:-1])[path[-1]]
    assert f"required field missing @ {_json_path(path)}" in _problems(document)


@_SETTINGS
@given(_ARTICLES, st.data())
def test_unknown_key_is_rejected(article: object, data: st.DataObject) -> None:
    """Adding an unknown key to any object raises SchemaError at that object's path."""
    document = _doc(article)
    path = data.draw(st.sampled_from([path for path, node in _nodes(document) if isinstance(node, dict)]))
    _at(document, path)["unexpected"] = data.draw(st.sampled_from([None, 0, "x", [], {}]), label="value")
    assert f"unknown keys unexpected @ {_json_path(path)}" in _problems(document)


def _references(document: dict[str, Any]) -> list[Path]:
    """Paths of every id that must resolve: speakers, targets, members, rebutted ids."""
    found: list[Path] = []
    for i, org in enumerate(document["organizations"]):
        found.extend(("organizations", i, "members", j) for j in range(len(org["members"])))
    for key in ("statements", "rebuttals"):
        for i, item in enumerate(document[key]):
            found.append((key, i, "speaker"))
            references = item.get("targets", []) if key == "statements" else item.get("rebuts", [])
            field = "targets" if key == "statements" else "rebuts"
            found.extend((key, i, field, j) for j in range(len(references)))
    return found


@_SETTINGS
@given(_ARTICLES, st.data())
def test_reference_to_missing_id_is_rejected(article: object, data: st.DataObject) -> None:
    """Pointing any speaker, target, member or rebutted id at an id nothing has raises SchemaError there."""
    document = _doc(article)
    path = data.draw(st.sampled_from(_references(document)), label="reference")
    used = {node for _, node in _nodes(document) if isinstance(node, str)}
    missing = "missing"
    while missing in used:
        missing += "_"
    _at(document, path[:-1])[path[-1]] = missing
    problems = _problems(document)
    assert _reported_at(problems, _json_path(path)), problems
    assert any(repr(missing) in problem for problem in problems)


@_SETTINGS
@given(_ARTICLES, st.data(), st.integers(min_value=1, max_value=5), st.booleans())
def test_span_beyond_the_text_is_rejected(article: object, data: st.DataObject, overshoot: int, shift: bool) -> None:
    """Moving any excerpt's end past the text raises SchemaError at that excerpt (or at its `end`)."""
    document = _doc(article)
    size = len(document["text"])
    excerpts = [path for path, node in _nodes(document) if isinstance(node, dict) and {"start", "end"} <= set(node)]
    path = data.draw(st.sampled_from(excerpts), label="excerpt")
    excerpt = _at(document, path)
    excerpt["end"] = size + overshoot
    if shift:  # keep the cited length, so only the article's span check can catch it
        excerpt["start"] = excerpt["end"] - len(excerpt["text"])
    problems = _problems(document)
    if shift:
        expected = (
            f"{_json_path(path)}: span {excerpt['start']}-{excerpt['end']} ends beyond the text ({size} characters)"
        )
        assert expected in problems
    else:
        assert _reported_at(problems, _json_path((*path, "end"))), problems
