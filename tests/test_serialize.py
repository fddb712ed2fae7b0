"""JSON serialization: the exact document shape, round trips, and SchemaError for every kind of bad input."""

from __future__ import annotations

import copy
import json
import re
from typing import TYPE_CHECKING, Any

import pytest

from geostance import (
    Act,
    Article,
    Claim,
    ClaimKind,
    GeostanceError,
    Mention,
    Occasion,
    SchemaError,
    Span,
    State,
    Statement,
    from_dict,
    from_json,
    to_dict,
    to_json,
)

if TYPE_CHECKING:
    from collections.abc import Callable

EXPECTED: dict[str, Any] = {
    "text": (
        "KABUL – The CSTO urged the Taliban on Thursday to fight “terrorism and drug trafficking”.\n"
        "Russia warned Tajikistan about the border.\n"
        "The Taliban denied the presence of terrorist groups."
    ),
    "source": "tests/conftest.py",
    "url": "https://example.org/csto",
    "dateline": {"text": "KABUL", "start": 0, "end": 5},
    "date": None,
    "date_basis": "unknown",
    "organizations": [
        {
            "id": "csto",
            "name": "Collective Security Treaty Organization",
            "acronym": "CSTO",
            "aliases": ["CSTO"],
            "kind": "intergovernmental military alliance",
            "founded": 2002,
            "members": ["RUS", "TJK"],
            "evidence": [],
            "mentions": [{"text": "CSTO", "start": 12, "end": 16}],
        }
    ],
    "states": [
        {
            "id": "RUS",
            "name": "Russia",
            "alpha2": "RU",
            "alpha3": "RUS",
            "aliases": [],
            "mentions": [{"text": "Russia", "start": 90, "end": 96}],
        },
        {
            "id": "TJK",
            "name": "Tajikistan",
            "alpha2": "TJ",
            "alpha3": "TJK",
            "aliases": [],
            "mentions": [{"text": "Tajikistan", "start": 104, "end": 114}],
        },
    ],
    "groups": [
        {
            "id": "taliban",
            "name": "Taliban",
            "acronym": None,
            "aliases": [],
            "kind": "de facto authority",
            "mentions": [{"text": "Taliban", "start": 27, "end": 34}, {"text": "Taliban", "start": 137, "end": 144}],
        }
    ],
    "statements": [
        {
            "id": "s1",
            "speaker": "csto",
            "speaker_text": {"text": "The CSTO", "start": 8, "end": 16},
            "person": None,
            "targets": ["taliban"],
            "acts": ["demand"],
            "topics": ["terrorism", "drug_trafficking"],
            "quotes": [{"text": "terrorism and drug trafficking", "start": 57, "end": 87}],
            "evidence": [{"text": "urged the Taliban", "start": 17, "end": 34}],
            "occasion": {
                "when": {"text": "on Thursday", "start": 35, "end": 46},
                "where": None,
                "event": None,
                "channel": None,
            },
            "reported_by": None,
            "cue": None,
        },
        {
            "id": "s2",
            "speaker": "RUS",
            "speaker_text": {"text": "Russia", "start": 90, "end": 96},
            "person": None,
            "targets": ["TJK"],
            "acts": ["warn"],
            "topics": ["border"],
            "quotes": [],
            "evidence": [],
            "occasion": None,
            "reported_by": None,
            "cue": None,
        },
    ],
    "rebuttals": [
        {
            "id": "r1",
            "speaker": "taliban",
            "speaker_text": {"text": "The Taliban", "start": 133, "end": 144},
            "person": None,
            "rebuts": ["s1"],
            "claims": [{"text": "denied the presence of terrorist groups", "start": 145, "end": 184, "kind": "denial"}],
            "quotes": [],
        }
    ],
}
"""The hand-written article of conftest.py as JSON data, keys in document order."""


@pytest.fixture
def data() -> dict[str, Any]:
    """A fresh copy of EXPECTED, safe to mutate."""
    return copy.deepcopy(EXPECTED)


def _problems(data: object, cls: type = Article) -> tuple[str, ...]:
    """The problems SchemaError reports for `data` (fails the test when nothing is raised)."""
    with pytest.raises(SchemaError) as caught:
        from_dict(data, cls)
    return caught.value.problems


# -------------------------------------------------------------------- shape
def test_to_json_is_exactly_the_expected_document(article: Article) -> None:
    """`to_json` writes every key in field order, flat excerpts, enum values, and non-ASCII as is."""
    assert to_json(article) == json.dumps(EXPECTED, ensure_ascii=False)


def test_top_level_keys_in_field_order(article: Article) -> None:
    """The top-level keys are text, source, url, dateline, date, date_basis, then the five lists."""
    assert list(json.loads(to_json(article))) == [
        "text",
        "source",
        "url",
        "dateline",
        "date",
        "date_basis",
        "organizations",
        "states",
        "groups",
        "statements",
        "rebuttals",
    ]


def test_excerpts_are_flat(article: Article) -> None:
    """Excerpts serialize as {"text", "start", "end"} and claims add "kind", with no nested span."""
    document = json.loads(to_json(article))
    assert list(document["dateline"]) == ["text", "start", "end"]
    assert list(document["rebuttals"][0]["claims"][0]) == ["text", "start", "end", "kind"]


def test_to_dict_equals_the_expected_data(article: Article) -> None:
    """`to_dict` gives the same data as the JSON document."""
    assert to_dict(article) == EXPECTED


def _types(value: object) -> set[type]:
    if isinstance(value, dict):
        return {dict}.union(*(_types(v) for v in value.values()), *(_types(k) for k in value))
    if isinstance(value, list):
        return {list}.union(*(_types(v) for v in value))
    return {type(value)}


def test_to_dict_gives_plain_json_types(article: Article) -> None:
    """`to_dict` returns only dict, list, str, int and None: enums become their plain string values."""
    assert _types(to_dict(article)) <= {dict, list, str, int, type(None)}


def test_to_json_keeps_non_ascii(article: Article) -> None:
    """Non-ASCII text is written as is, not as backslash-u escapes."""
    document = to_json(article)
    assert "KABUL – The CSTO" in document
    assert "“terrorism" in document
    assert "\\u" not in document


def test_to_json_is_compact_by_default(article: Article) -> None:
    """Without `indent` the document is one line (newlines in the text are escaped)."""
    document = to_json(article)
    assert "\n" not in document
    assert "\\n" in document


def test_to_json_indent(article: Article) -> None:
    """`indent` pretty-prints with that many spaces and changes nothing else."""
    document = to_json(article, indent=2)
    assert document.startswith('{\n  "text": ')
    assert '\n    {\n      "id": "csto",' in document
    assert json.loads(document) == json.loads(to_json(article))


def test_serializes_any_model_object() -> None:
    """`to_dict` and `to_json` work on single records, not only on articles."""
    assert to_dict(Span(start=1, end=3)) == {"start": 1, "end": 3}
    claim = Claim(text="no", span=Span(start=0, end=2), kind="denial")
    assert to_json(claim) == '{"text": "no", "start": 0, "end": 2, "kind": "denial"}'


# --------------------------------------------------------------- round trip
def test_json_round_trip(article: Article) -> None:
    """`from_json(to_json(a)) == a`."""
    assert from_json(to_json(article)) == article


def test_json_round_trip_with_indent(article: Article) -> None:
    """An indented document reads back to the same article."""
    assert from_json(to_json(article, indent=4)) == article


def test_dict_round_trip(article: Article) -> None:
    """`from_dict(to_dict(a)) == a`."""
    assert from_dict(to_dict(article)) == article


def test_from_json_accepts_utf8_bytes(article: Article) -> None:
    """UTF-8 encoded JSON bytes read back like the string."""
    assert from_json(to_json(article).encode("utf-8")) == article


def test_from_json_rejects_bytes_that_are_not_utf8() -> None:
    """Bytes that are not valid UTF-8 raise SchemaError, not UnicodeDecodeError."""
    with pytest.raises(SchemaError, match=re.escape("@ $")):
        from_json(b'{"text": "\xff"}')


def test_from_dict_builds_records_of_any_class(article: Article) -> None:
    """`from_dict(data, cls)` builds a record of the class asked for."""
    statement = article.statements[0]
    assert from_dict(to_dict(statement), Statement) == statement
    assert from_dict({"start": 2, "end": 5}, Span) == Span(start=2, end=5)
    assert from_dict({"when": None, "where": None}, Occasion) == Occasion()


def test_optional_keys_may_be_left_out() -> None:
    """Keys of fields with defaults may be missing; the defaults apply."""
    article = from_json('{"text": "Russia", "states": [{"id": "RUS", "name": "Russia"}]}')
    assert article == Article(text="Russia", states=[State(id="RUS", name="Russia")])


def test_act_strings_become_members(article: Article) -> None:
    """Act values read back as equal Act members."""
    assert from_json(to_json(article)).statements[0].acts == (Act.DEMAND,)


# -------------------------------------------------------------- SchemaError
def _set(path: tuple[str | int, ...], value: object) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _delete(path: tuple[str | int, ...]) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return change


_BAD_DOCUMENTS: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    (
        "wrong-type",
        _set(("statements", 1, "speaker"), 42),
        "expected str, got int @ $.statements[1].speaker",
    ),
    ("null-for-str", _set(("text",), None), "expected str, got NoneType @ $.text"),
    (
        "string-for-array",
        _set(("statements", 0, "targets"), "taliban"),
        "expected an array, got str @ $.statements[0].targets",
    ),
    ("object-for-array", _set(("statements",), {}), "expected an array, got dict @ $.statements"),
    ("array-for-object", _set(("statements", 0, "occasion"), []), "@ $.statements[0].occasion"),
    ("array-for-excerpt", _set(("dateline",), ["KABUL", 0, 5]), "@ $.dateline"),
    (
        "float-for-int",
        _set(("organizations", 0, "founded"), 2002.0),
        "expected int, got float @ $.organizations[0].founded",
    ),
    (
        "float-for-offset",
        _set(("statements", 0, "quotes", 0, "start"), 57.0),
        "got 57.0 @ $.statements[0].quotes[0].start",
    ),
    (
        "bool-for-int",
        _set(("organizations", 0, "founded"), value=True),
        "expected int, got bool @ $.organizations[0].founded",
    ),
    (
        "bool-for-offset",
        _set(("rebuttals", 0, "claims", 0, "end"), value=True),
        "got True @ $.rebuttals[0].claims[0].end",
    ),
    ("negative-offset", _set(("dateline", "start"), -1), "got -1 @ $.dateline.start"),
    (
        "missing-key",
        _delete(("statements", 0, "speaker_text")),
        "required field missing @ $.statements[0].speaker_text",
    ),
    ("missing-text", _delete(("text",)), "required field missing @ $.text"),
    (
        "missing-excerpt-key",
        _delete(("statements", 0, "quotes", 0, "end")),
        "required field missing @ $.statements[0].quotes[0].end",
    ),
    ("missing-claim-kind", _delete(("rebuttals", 0, "claims", 0, "kind")), "@ $.rebuttals[0].claims[0].kind"),
    ("unknown-key", _set(("extra",), 1), "unknown keys extra @ $"),
    ("unknown-nested-key", _set(("states", 1, "capital"), "Dushanbe"), "unknown keys capital @ $.states[1]"),
    (
        "unknown-excerpt-key",
        _set(("statements", 0, "quotes", 0, "lang"), "en"),
        "unknown keys lang @ $.statements[0].quotes[0]",
    ),
    (
        "unknown-occasion-key",
        _set(("statements", 0, "occasion", "why"), None),
        "unknown keys why @ $.statements[0].occasion",
    ),
    (
        "unknown-claim-kind",
        _set(("rebuttals", 0, "claims", 0, "kind"), "shrug"),
        "got 'shrug' @ $.rebuttals[0].claims[0].kind",
    ),
    ("unknown-act", _set(("statements", 0, "acts"), ["praise"]), "got 'praise' @ $.statements[0].acts[0]"),
    (
        "unknown-topic",
        _set(("statements", 1, "topics"), ["demand"]),
        "got 'demand' @ $.statements[1].topics[0]",
    ),
    (
        "dangling-speaker",
        _set(("statements", 0, "speaker"), "nobody"),
        "$.statements[0].speaker: no actor has id 'nobody'",
    ),
    ("dangling-rebuts", _set(("rebuttals", 0, "rebuts"), ["s9"]), "$.rebuttals[0].rebuts[0]: no statement"),
    ("dangling-member", _set(("organizations", 0, "members"), ["XXX"]), "$.organizations[0].members[0]: no state"),
    ("duplicate-id", _set(("statements", 1, "id"), "s1"), "$.statements[1].id: 's1' is already the id"),
    (
        "span-outside-text",
        _set(("rebuttals", 0, "claims", 0, "start"), 185),
        "@ $.rebuttals[0].claims[0]",
    ),
    (
        "span-beyond-text",
        lambda data: data["rebuttals"][0]["claims"][0].update(start=150, end=189),
        "$.rebuttals[0].claims[0]: span 150-189 ends beyond the text (185 characters)",
    ),
    (
        "text-mismatch",
        _set(("statements", 0, "speaker_text", "text"), "THE CSTO"),
        "$.statements[0].speaker_text: text 'THE CSTO' differs from the text at 8-16",
    ),
    ("bad-id", _set(("groups", 0, "id"), "the taliban"), "@ $.groups[0]"),
    ("blank-name", _set(("groups", 0, "name"), " "), "name must not be empty or blank @ $.groups[0]"),
]


@pytest.mark.parametrize(
    ("change", "expected"),
    [(change, expected) for _, change, expected in _BAD_DOCUMENTS],
    ids=[name for name, _, _ in _BAD_DOCUMENTS],
)
def test_bad_document_raises_schema_error_naming_the_path(
    data: dict[str, Any], change: Callable[[dict[str, Any]], None], expected: str
) -> None:
    """Each kind of malformed document raises SchemaError whose message names the bad field's path."""
    change(data)
    with pytest.raises(SchemaError) as caught:
        from_json(json.dumps(data))
    assert any(expected in problem for problem in caught.value.problems), caught.value.problems
    assert expected in str(caught.value)


def test_every_field_error_is_reported(data: dict[str, Any]) -> None:
    """Errors in several fields are all reported in one SchemaError."""
    data["statements"][1]["speaker"] = 42
    data["organizations"][0]["founded"] = "2002"
    data["rebuttals"][0]["claims"][0]["kind"] = "shrug"
    del data["groups"][0]["name"]
    problems = _problems(data)
    assert len(problems) == 4
    assert "expected str, got int @ $.statements[1].speaker" in problems
    assert "expected int, got str @ $.organizations[0].founded" in problems
    assert "required field missing @ $.groups[0].name" in problems
    assert any(problem.endswith("@ $.rebuttals[0].claims[0].kind") for problem in problems)


def test_unknown_act_is_reported_at_its_index(data: dict[str, Any]) -> None:
    """An unknown act is reported at `$.statements[0].acts[1]`, like an unknown claim kind."""
    data["statements"][0]["acts"] = ["demand", "praise"]
    assert any(problem.endswith("@ $.statements[0].acts[1]") for problem in _problems(data))


def test_from_dict_builds_enum_members() -> None:
    """`from_dict(value, SomeEnum)` returns the member and rejects unknown values."""
    assert from_dict("denial", ClaimKind) is ClaimKind.DENIAL
    _problems("shrug", ClaimKind)


@pytest.mark.parametrize(
    "document",
    ["", "nope", "{", '{"text": "x",}', "{'text': 'x'}", '{"text": "x"} trailing', "NaN"],
    ids=["empty", "word", "unclosed", "trailing-comma", "single-quotes", "trailing-text", "nan"],
)
def test_not_json_raises_schema_error(document: str) -> None:
    """Text that is not JSON (or not a JSON object) raises SchemaError located at `$`."""
    with pytest.raises(SchemaError, match=re.escape("@ $")):
        from_json(document)


@pytest.mark.parametrize(
    "document",
    ["[" * 100_000, "[" * 100_000 + "]" * 100_000, '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}"],
    ids=["unclosed", "balanced", "inside-a-field"],
)
def test_deeply_nested_json_raises_schema_error(document: str) -> None:
    """Deeply nested JSON raises SchemaError instead of RecursionError."""
    with pytest.raises(SchemaError, match=re.escape("@ $")):
        from_json(document)


def test_deeply_nested_data_raises_schema_error() -> None:
    """Deeply nested Python data given to from_dict raises SchemaError instead of RecursionError."""
    nested: list[Any] = []
    for _ in range(100_000):
        nested = [nested]
    with pytest.raises(SchemaError, match=re.escape("$.statements")):
        from_dict({"text": "x", "statements": nested})


@pytest.mark.parametrize(
    ("document", "kind"),
    [("[]", "list"), ("null", "NoneType"), ("42", "int"), ('"text"', "str"), ("true", "bool")],
)
def test_top_level_must_be_an_object(document: str, kind: str) -> None:
    """A JSON value other than an object at the top raises SchemaError at `$`."""
    with pytest.raises(SchemaError) as caught:
        from_json(document)
    assert caught.value.problems == (f"expected an object, got {kind} @ $",)


def test_schema_error_is_value_error_and_geostance_error() -> None:
    """SchemaError can be caught as ValueError or as GeostanceError."""
    with pytest.raises(ValueError, match="not valid JSON"):
        from_json("nope")
    with pytest.raises(GeostanceError, match="not valid JSON"):
        from_json("nope")


def test_schema_error_for_record_classes() -> None:
    """`from_dict` checks records of other classes just as strictly."""
    assert _problems({"text": "CSTO", "start": 0, "end": 5}, Mention) == (
        "Mention text has 4 characters but its span 0-5 covers 5 @ $.end",
    )
    assert _problems({"start": 5, "end": 4}, Span) == ("span end 4 is before its start 5 @ $",)
    assert _problems({"id": "RUS"}, State) == ("required field missing @ $.name",)


@pytest.mark.parametrize(
    "data",
    [
        {"text": "x", 1: "one"},
        {"text": "x", 1: "one", "b": "two"},
        {"text": "ab", "dateline": {"text": "a", "start": 0, "end": 1, 5: 1, "z": 2}},
    ],
    ids=["int-key", "mixed-keys", "mixed-keys-in-excerpt"],
)
def test_non_string_keys_raise_schema_error(data: dict[object, object]) -> None:
    """A mapping with non-string keys (possible from Python, never from JSON) raises SchemaError, not TypeError."""
    with pytest.raises(SchemaError, match="unknown keys"):
        from_dict(data)


def test_duplicate_keys_are_rejected_not_silently_dropped() -> None:
    """A JSON object naming a key twice raises SchemaError instead of keeping one value silently."""
    with pytest.raises(SchemaError, match="'text' appears twice"):
        from_json('{"text": "a", "text": "b"}')
