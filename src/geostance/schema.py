"""The JSON Schema (draft 2020-12) of geostance documents, generated from the model.

The schema is derived from the attrs classes' fields and type hints, so it
cannot drift from the model: a field added to a class appears here as soon as
it exists. Text excerpts follow the converter's flat shape
(`{"text", "start", "end"}`, plus `"kind"` for claims).
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
import functools
import types
import typing
from typing import Any, Union

import attrs

from geostance import model
from geostance.model import Article, Claim, _Excerpt

__all__ = ["SCHEMA_ID", "json_schema"]

SCHEMA_ID = "https://geostance.readthedocs.io/schema/article.json"
"""The `$id` of the published schema."""


def json_schema(cls: type = Article) -> dict[str, Any]:
    """Return the JSON Schema of `cls` (default: a whole [`Article`][geostance.Article]).

    Each call returns a fresh copy, safe to modify.
    """
    return copy.deepcopy(_build(cls))


@functools.cache
def _build(cls: type) -> dict[str, Any]:
    defs: dict[str, Any] = {}
    _ref(cls, defs)
    body = defs.pop(cls.__name__)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID if cls is Article else SCHEMA_ID.replace("article", cls.__name__.lower()),
        **body,
        "$defs": dict(sorted(defs.items())),
    }


def _doc(obj: object) -> str:
    return (obj.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ")


def _ref(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:  # noqa: ANN401 - a type expression
    name = tp.__name__
    if name not in defs:
        defs[name] = {}  # placeholder against recursion
        defs[name] = _enum_schema(tp) if issubclass(tp, enum.Enum) else _class_schema(tp, defs)
    return {"$ref": f"#/$defs/{name}"}


def _enum_schema(tp: type[enum.Enum]) -> dict[str, Any]:
    return {"title": tp.__name__, "description": _doc(tp), "type": "string", "enum": [m.value for m in tp]}


def _class_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    if issubclass(cls, _Excerpt):
        props: dict[str, Any] = {
            "text": {"type": "string", "minLength": 1, "description": "The cited text, exactly text[start:end]."},
            "start": {"type": "integer", "minimum": 0, "description": "Offset of the first character."},
            "end": {"type": "integer", "minimum": 0, "description": "Offset one past the last character."},
        }
        required = list(props)
        if cls is Claim:
            props["kind"] = _ref(model.ClaimKind, defs)
            required.append("kind")
            props["cue"] = {  # optional: written only when the claim has one
                "anyOf": [{"type": "string", **attrs.fields(Claim).cue.metadata["json_schema"]}, {"type": "null"}],
                "description": "The words that marked the claim's kind, lower-cased.",
            }
        return {
            "title": cls.__name__,
            "description": _doc(cls),
            "type": "object",
            "properties": props,
            "required": required,
            "additionalProperties": False,
        }
    hints = typing.get_type_hints(cls, vars(model))
    props = {}
    required = []
    for fld in attrs.fields(typing.cast("type[attrs.AttrsInstance]", cls)):
        prop = _type_schema(hints[fld.name], defs)
        if fld.name == "start":
            prop["minimum"] = 0
        _constrain(prop, fld.metadata.get("json_schema", {}))
        props[fld.name] = prop
        if fld.default is attrs.NOTHING:
            required.append(fld.name)
    return {
        "title": cls.__name__,
        "description": _doc(cls),
        "type": "object",
        "properties": props,
        "required": required,
        "additionalProperties": False,
    }


def _constrain(prop: dict[str, Any], bounds: dict[str, Any]) -> None:
    """Add a field's own bounds (its `json_schema` metadata) to its schema, or to the non-null choice of an optional."""
    if not bounds:
        return
    for option in prop.get("anyOf", [prop]):
        if option.get("type") != "null":
            option.update(bounds)


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:  # noqa: ANN401 - a type expression
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if tp is str:
        return {"type": "string"}
    if tp is int:
        return {"type": "integer"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is type(None):
        return {"type": "null"}
    if tp is dt.date:
        return {"type": "string"}
    if origin is tuple:
        return {"type": "array", "items": _type_schema(args[0], defs)}
    if origin in (Union, types.UnionType):
        options = [_type_schema(a, defs) for a in args]
        return {"anyOf": options}
    if isinstance(tp, type) and (attrs.has(tp) or issubclass(tp, enum.Enum)):
        return _ref(tp, defs)
    msg = f"no JSON Schema rule for {tp!r}"
    raise TypeError(msg)
