r"""JSON for the model: one configured cattrs converter and four functions.

The rules the converter applies (see `configure_converter`):

- attrs classes become JSON objects whose keys follow the field order;
- tuples become arrays, enums their lowercase string values;
- text excerpts (`Mention`, `Quote`, `Evidence`, `Claim`) flatten their span:
  `{"text": ..., "start": ..., "end": ...}` (plus `"kind"` for a claim, and its
  `"cue"` when it has one: the key is optional, so JSON written before it loads);
- structuring is strict: unknown keys, missing keys, wrong types and unknown enum
  values are errors, and so is an article text holding a surrogate code point (a
  lone `\ud800` escape in the JSON), which `parse` refuses too. Every error is
  gathered and reported by path in one [`SchemaError`][geostance.SchemaError], e.g.
  `expected int @ $.statements[2].quotes[0].start`.
  Rejecting unknown keys is deliberate: a newer document read by an older library
  fails loudly instead of silently dropping what it does not understand. A key
  named twice in one object is an error as well.
"""

from __future__ import annotations

import datetime as dt
import json
import types
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union, get_args, get_origin, get_type_hints

import attrs
import cattrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn

from geostance._dates import parse_day
from geostance._escape import find_surrogate
from geostance.errors import ModelError, SchemaError
from geostance.model import Act, Article, Claim, ClaimKind, DateBasis, Evidence, Mention, Quote, Span, Topic, _Excerpt

if TYPE_CHECKING:
    import enum

__all__ = ["configure_converter", "from_dict", "from_json", "make_converter", "to_dict", "to_json"]

T = TypeVar("T")
_ENUMS: tuple[type[enum.Enum], ...] = (Act, Topic, ClaimKind, DateBasis)
_EXCERPTS: tuple[type[_Excerpt], ...] = (Mention, Quote, Evidence, Claim)


class _FieldError(ValueError):
    """A bad value inside an excerpt object; `key` names the field."""

    def __init__(self, key: str, message: str) -> None:
        self.key = key
        super().__init__(message)


def _excerpt_fields(cls: type[_Excerpt]) -> tuple[str, ...]:
    """The keys an excerpt object must have."""
    return ("text", "start", "end", "kind") if cls is Claim else ("text", "start", "end")


def _optional_excerpt_fields(cls: type[_Excerpt]) -> tuple[str, ...]:
    """The keys an excerpt object may have besides: a claim's cue, written only when it has one."""
    return ("cue",) if cls is Claim else ()


def _unstructure_excerpt(obj: _Excerpt) -> dict[str, Any]:
    out: dict[str, Any] = {"text": obj.text, "start": obj.span.start, "end": obj.span.end}
    if isinstance(obj, Claim):
        out["kind"] = obj.kind.value
        if obj.cue is not None:
            out["cue"] = obj.cue
    return out


def _structure_excerpt(data: object, cls: type[_Excerpt]) -> _Excerpt:
    if not isinstance(data, Mapping):
        msg = f"expected an object with keys {', '.join(_excerpt_fields(cls))}, got {type(data).__name__}"
        raise TypeError(msg)
    wanted = _excerpt_fields(cls)
    errors: list[Exception] = [_FieldError(key, "required field missing") for key in wanted if key not in data]
    extra = set(data) - set(wanted) - set(_optional_excerpt_fields(cls))
    if extra:
        errors.append(ForbiddenExtraKeysError("", cls, extra))
    text, start, end = data.get("text"), data.get("start"), data.get("end")
    if "text" in data and not isinstance(text, str):
        errors.append(_FieldError("text", f"expected str, got {type(text).__name__}"))
    for key, value in (("start", start), ("end", end)):
        if key in data and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
            errors.append(_FieldError(key, f"expected a non-negative int, got {value!r}"))
    kind = data.get("kind")
    if cls is Claim and "kind" in data and kind not in {k.value for k in ClaimKind}:
        errors.append(_FieldError("kind", f"expected one of {', '.join(k.value for k in ClaimKind)}, got {kind!r}"))
    cue = data.get("cue")
    if cls is Claim and cue is not None and not isinstance(cue, str):
        errors.append(_FieldError("cue", f"expected str or null, got {type(cue).__name__}"))
    if errors:
        raise ClassValidationError(f"While structuring {cls.__name__}", errors, cls)
    assert isinstance(text, str)  # noqa: S101 - narrowed above
    assert isinstance(start, int)  # noqa: S101
    assert isinstance(end, int)  # noqa: S101
    try:
        span = Span(start=start, end=end)
        if cls is Claim:
            return Claim(text=text, span=span, kind=ClaimKind(kind), cue=cue)
        return cls(text=text, span=span)
    except ValueError as exc:
        key = "cue" if cls is Claim and "cue" in str(exc) else "end"
        raise ClassValidationError(f"While structuring {cls.__name__}", [_FieldError(key, str(exc))], cls) from None


def _strict_str(data: object, _: type) -> str:
    if not isinstance(data, str):
        msg = f"expected str, got {type(data).__name__}"
        raise TypeError(msg)
    return data


def _strict_int(data: object, _: type) -> int:
    if not isinstance(data, int) or isinstance(data, bool):
        msg = f"expected int, got {type(data).__name__}"
        raise TypeError(msg)
    return data


def _unstructure_day(day: dt.date) -> str:
    return day.isoformat()


def _structure_day(data: object, _: type) -> dt.date:
    """A day written `YYYY-MM-DD`, and nothing else (no time, no other layout)."""
    day = parse_day(data)
    if day is None:
        msg = f"expected a date written YYYY-MM-DD, got {data!r}"
        raise ValueError(msg)
    return day


def _enum_value(member: enum.Enum) -> Any:  # noqa: ANN401 - the member's JSON value
    return member.value


def _structure_enum(data: object, tp: type[enum.Enum]) -> enum.Enum:
    try:
        return tp(data)
    except ValueError:
        allowed = ", ".join(str(m.value) for m in tp)
        msg = f"expected one of {allowed}, got {data!r}"
        raise ValueError(msg) from None


def _is_tuple_type(tp: Any) -> bool:  # noqa: ANN401 - a type expression
    return get_origin(tp) is tuple


def _strict_tuple_factory(tp: Any, converter: cattrs.Converter) -> Any:  # noqa: ANN401 - cattrs hook factory
    """Arrays only: a string or object where an array belongs is an error, not a sequence of characters/keys."""
    (item_type, _ellipsis) = get_args(tp)
    item_hook = converter.get_structure_hook(item_type)

    def structure(data: object, _: type) -> tuple[Any, ...]:
        if not isinstance(data, (list, tuple)):
            msg = f"expected an array, got {type(data).__name__}"
            raise TypeError(msg)
        out: list[Any] = []
        errors: list[Exception] = []
        for index, item in enumerate(data):
            try:
                out.append(item_hook(item, item_type))
            except Exception as exc:  # noqa: BLE001 - gathered and re-raised with its index
                note = IterableValidationNote(f"@ index {index}", index, item_type)
                object.__setattr__(exc, "__notes__", [*getattr(exc, "__notes__", []), note])
                errors.append(exc)
        if errors:
            msg = f"While structuring {tp!r}"
            raise IterableValidationError(msg, errors, tp)
        return tuple(out)

    return structure


def _is_record(tp: Any) -> bool:  # noqa: ANN401 - a type expression
    return isinstance(tp, type) and attrs.has(tp) and not issubclass(tp, _Excerpt)


def _object_factory(cls: type, converter: cattrs.Converter) -> Any:  # noqa: ANN401 - cattrs hook factory
    """JSON objects only, strict keys, every field error gathered."""
    inner: Any = make_dict_structure_fn(cls, converter, _cattrs_forbid_extra_keys=True)

    def structure(data: object, _: type) -> Any:  # noqa: ANN401 - the record built
        if not isinstance(data, Mapping):
            msg = f"expected an object, got {type(data).__name__}"
            raise TypeError(msg)
        if cls is Article:
            _check_text(data.get("text"))
        return inner(data, cls)

    return structure


def _check_text(text: object) -> None:
    """Refuse an article text holding surrogate code points, as `parse` does: no UTF-8 text can carry them."""
    surrogate = find_surrogate(text) if isinstance(text, str) else None
    if surrogate is not None:
        problem = _FieldError(
            "text",
            f"holds a surrogate code point (U+{ord(surrogate.group()):04X}) at offset {surrogate.start()}: "
            "it is not valid Unicode and cannot be written as UTF-8",
        )
        raise ClassValidationError("While structuring Article", [problem], Article)


def configure_converter(converter: cattrs.Converter) -> None:
    """Install geostance's JSON rules on `converter` (see the module docstring)."""
    converter.register_structure_hook(str, _strict_str)
    converter.register_structure_hook(int, _strict_int)
    converter.register_unstructure_hook(dt.date, _unstructure_day)
    converter.register_structure_hook(dt.date, _structure_day)
    # the str-valued enums subclass str: register them by class so the str hooks above never catch them
    for enum_type in _ENUMS:
        converter.register_unstructure_hook(enum_type, _enum_value)
        converter.register_structure_hook(enum_type, _structure_enum)
    converter.register_structure_hook_factory(_is_record, lambda tp: _object_factory(tp, converter))
    converter.register_structure_hook_factory(_is_tuple_type, lambda tp: _strict_tuple_factory(tp, converter))
    for cls in _EXCERPTS:
        converter.register_unstructure_hook(cls, _unstructure_excerpt)
        converter.register_structure_hook(cls, _structure_excerpt)


def make_converter() -> cattrs.Converter:
    """A new converter with geostance's rules: strict, detailed, JSON-ready."""
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    configure_converter(converter)
    return converter


_CONVERTER = make_converter()


class _UnknownShape(TypeError):
    """A field type the straight-line writer does not handle (the converter then does all the work)."""


def _plain_excerpt(obj: _Excerpt) -> dict[str, Any]:
    return {"text": obj.text, "start": obj.span.start, "end": obj.span.end}


def _claim_excerpt(obj: Claim) -> dict[str, Any]:
    out = {"text": obj.text, "start": obj.span.start, "end": obj.span.end, "kind": obj.kind._value_}
    if obj.cue is not None:
        out["cue"] = obj.cue
    return out


def _expression(tp: Any, value: str, writers: dict[type, str], sources: list[str]) -> str:  # noqa: ANN401 - a type
    """Python code that writes `value` (an expression) of type `tp` as the converter does."""
    if tp in (str, int):
        return value
    if get_origin(tp) in (Union, types.UnionType):
        (inner, *more) = [arg for arg in get_args(tp) if arg is not type(None)]
        if more:
            raise _UnknownShape(tp)
        written = _expression(inner, "v", writers, sources)
        return value if written == "v" else f"(None if (v := {value}) is None else {written})"
    if tp is Claim:
        return f"_claim({value})"
    if tp in (Mention, Quote, Evidence):
        return f"_excerpt({value})"
    if tp in _ENUMS:
        return f"{value}._value_"
    if tp is dt.date:
        return f"{value}.isoformat()"
    if get_origin(tp) is tuple:
        item, *_ = get_args(tp)
        written = _expression(item, "x", writers, sources)
        return f"list({value})" if written == "x" else f"[{written} for x in {value}]"
    if isinstance(tp, type) and attrs.has(tp) and not issubclass(tp, _Excerpt):
        return f"{_writer(tp, writers, sources)}({value})"
    raise _UnknownShape(tp)


def _writer(cls: type, writers: dict[type, str], sources: list[str]) -> str:
    """The name of the generated function that writes a `cls` record (generated on first need)."""
    if cls not in writers:
        writers[cls] = name = f"_write_{cls.__name__}"
        hints = get_type_hints(cls)
        items = ", ".join(
            f"{f.name!r}: {_expression(hints[f.name], f'o.{f.name}', writers, sources)}" for f in attrs.fields(cls)
        )
        sources.append(f"def {name}(o):\n    return {{{items}}}\n")
    return writers[cls]


def _straight_writer(cls: type) -> Callable[[Any], dict[str, Any]] | None:
    """What `_CONVERTER.unstructure` does for a `cls` record, as straight-line generated code.

    cattrs' generic hooks (iterables, optionals, enums, excerpts) cost about half of
    `to_json`; this writes the same dict, key order and list types directly. A model
    field of a shape not handled here gives None: the converter then does the work.
    """
    writers: dict[type, str] = {}
    sources: list[str] = []
    try:
        name = _writer(cls, writers, sources)
    except _UnknownShape:
        return None
    namespace: dict[str, Any] = {"_excerpt": _plain_excerpt, "_claim": _claim_excerpt}
    exec("\n".join(sources), namespace)  # noqa: S102 - our own code, built from the model's fields
    writer: Callable[[Any], dict[str, Any]] = namespace[name]
    return writer


_WRITE_ARTICLE = _straight_writer(Article)


def to_dict(obj: object) -> Any:  # noqa: ANN401 - JSON-ready data of any shape
    """Turn a model object (usually an [`Article`][geostance.Article]) into plain JSON-ready data."""
    if type(obj) is Article and _WRITE_ARTICLE is not None:
        return _WRITE_ARTICLE(obj)
    return _CONVERTER.unstructure(obj)


def to_json(obj: object, *, indent: int | None = None) -> str:
    """Serialize a model object to a JSON string (keys in field order).

    Non-ASCII text is kept as is; a text holding lone surrogates (which no UTF-8
    file can store) is written with ASCII escapes instead, so the JSON always
    encodes as UTF-8 and reads back equal.
    """
    data = to_dict(obj)
    out = json.dumps(data, ensure_ascii=False, indent=indent)
    try:
        out.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(data, ensure_ascii=True, indent=indent)
    return out


def from_dict(data: object, cls: type[T] = Article) -> T:  # type: ignore[assignment]
    """Build a model object of type `cls` from plain data, checking everything.

    Raises:
        SchemaError: the data is malformed; the message names every bad field by path.
    """
    try:
        return _CONVERTER.structure(data, cls)
    except (ClassValidationError, IterableValidationError) as exc:
        raise SchemaError(_describe(exc)) from None
    except ModelError as exc:
        raise SchemaError(exc.problems) from None
    except (TypeError, ValueError, AttributeError, KeyError) as exc:
        raise SchemaError([f"{_message(exc)} @ $"]) from None
    except RecursionError:
        raise SchemaError(["document is nested too deeply @ $"]) from None


def from_json(text: str | bytes, cls: type[T] = Article) -> T:  # type: ignore[assignment]
    """Parse a JSON document into a model object of type `cls`.

    Raises:
        SchemaError: the text is not JSON, or the data is malformed.
    """
    if not isinstance(text, (str, bytes, bytearray)):
        raise SchemaError([f"expected a JSON document as str or bytes, got {type(text).__name__} @ $"])
    try:
        data = json.loads(text, object_pairs_hook=_unique_keys)
    except _DuplicateKeyError as exc:
        raise SchemaError([f"{exc} @ $"]) from None
    except (ValueError, RecursionError) as exc:
        raise SchemaError([f"not valid JSON ({exc}) @ $"]) from None
    return from_dict(data, cls)


class _DuplicateKeyError(ValueError):
    """A JSON object names one key twice (json.loads would silently keep the last)."""


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            msg = f"the key {key!r} appears twice in one object"
            raise _DuplicateKeyError(msg)
        out[key] = value
    return out


def _message(exc: BaseException) -> str:
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, ForbiddenExtraKeysError):
        return f"unknown keys {', '.join(sorted(map(str, exc.extra_fields)))}"
    return str(exc) or type(exc).__name__


def _describe(exc: BaseException, path: str = "$") -> list[str]:
    """Flatten a cattrs error tree into `message @ path` lines (cattrs.transform_error, extended)."""
    if isinstance(exc, ModelError):
        return list(exc.problems)
    if isinstance(exc, _FieldError):
        return [f"{exc} @ {path}.{exc.key}"]
    if isinstance(exc, (ClassValidationError, IterableValidationError)):
        out: list[str] = []
        if isinstance(exc, IterableValidationError):
            indexed, without = exc.group_exceptions()
            for inner, index_note in indexed:
                out.extend(_describe(inner, f"{path}[{index_note.index!r}]"))
        else:
            named, without = exc.group_exceptions()
            for inner, name_note in named:
                out.extend(_describe(inner, f"{path}.{name_note.name}"))
        for inner in without:
            out.extend(_describe(inner, path))
        return out
    return [f"{_message(exc)} @ {path}"]
