"""Long fuzz runs: tens of thousands of texts through `parse` and every output, hostile JSON through `from_json`.

Marked `fuzz` and deselected by default (`addopts` has `-m "not fuzz"`). Run them with

    .venv/bin/pytest -m fuzz -q -p no:randomly

`GEOSTANCE_FUZZ_EXAMPLES` sets the number of texts (default 20,000). Each run
prints how many inputs it tried and what it found. Failures of a known bug
(`KNOWN_FAILURES` in `test_parse_robustness.py`) are counted, not raised; anything
else fails the run and hypothesis shrinks it to a minimal input.

The exporter stage: every article parsed goes, under a key made of the start of its
own text (a hostile file name), through CSV, SQLite, GraphML, DOT, Mermaid and HTML,
and each output is checked well-formed (`tests/wellformed.py`).
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geostance import Article, SchemaError, from_json, parse, to_json
from property.test_outputs import keyed
from property.test_parse_robustness import known_failure, parse_checked
from property.text_strategies import adversarial_texts, wire_copy
from wellformed import check_every_output

if TYPE_CHECKING:
    from collections.abc import Callable

pytestmark = pytest.mark.fuzz

EXAMPLES = int(os.environ.get("GEOSTANCE_FUZZ_EXAMPLES", "20000"))
"""Texts per parse fuzz run."""


@pytest.fixture(autouse=True)
def _only_when_selected(request: pytest.FixtureRequest) -> None:
    """Skip unless the run selects the marker (`-m fuzz`), in case addopts does not deselect it."""
    expression = str(request.config.getoption("markexpr", "") or "")
    if "fuzz" not in expression or "not fuzz" in expression:
        pytest.skip("fuzz runs only with -m fuzz")


LONG = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)


def _report(
    capsys: pytest.CaptureFixture[str], title: str, tally: Counter[str], shortest: dict[str, str], start: float
) -> None:
    with capsys.disabled():
        seconds = time.perf_counter() - start
        print(f"\n{title}: {tally['inputs']:,} inputs in {seconds:.0f} s, {tally['chars']:,} characters")  # noqa: T201
        for key, count in sorted(tally.items()):
            if key not in {"inputs", "chars"}:
                example = f" (shortest: {shortest[key]!r})" if key in shortest else ""
                print(f"  {key}: {count:,}{example}")  # noqa: T201


def _fuzz_parse(strategy: st.SearchStrategy[str], capsys: pytest.CaptureFixture[str], title: str) -> None:
    tally: Counter[str] = Counter()
    shortest: dict[str, str] = {}
    start = time.perf_counter()

    @LONG
    @given(strategy)
    def run(text: str) -> None:
        tally["inputs"] += 1
        tally["chars"] += len(text)
        article = parse_checked(text)  # raises on anything but a documented refusal or a known bug
        if article is None:
            name = known_failure_name(text)
            bug = "refused (documented): InvalidText" if name == "InvalidText" else f"known bug: {name}"
            tally[bug] += 1
            if bug not in shortest or len(text) < len(shortest[bug]):
                shortest[bug] = text
        else:
            tally["with statements"] += bool(article.statements)
            tally["with rebuttals"] += bool(article.rebuttals)
            check_every_output(keyed(article, text))  # the exporter stage: six outputs, each well-formed
            tally["outputs checked (x6)"] += 1

    try:
        run()
    finally:
        _report(capsys, title, tally, shortest, start)
    assert tally["inputs"] >= EXAMPLES // 2


def known_failure_name(text: str) -> str:
    """The known bug `text` triggers (it is parsed again to get the exception)."""
    try:
        parse(text)
    except Exception as exc:  # noqa: BLE001 - any exception is classified
        return known_failure(exc) or type(exc).__name__
    return "none"


def test_fuzz_parse_adversarial_text(capsys: pytest.CaptureFixture[str]) -> None:
    """Tens of thousands of adversarial texts each parse to a valid, schema-valid, round-tripping Article."""
    _fuzz_parse(adversarial_texts(), capsys, "parse fuzz (adversarial_texts)")


def test_fuzz_parse_wire_copy(capsys: pytest.CaptureFixture[str]) -> None:
    """Thousands of clean wire-copy texts (richest in statements and rebuttals) parse to valid Articles."""
    _fuzz_parse(wire_copy(), capsys, "parse fuzz (wire_copy)")


def _containers(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)


_JSON: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10), _containers, max_leaves=20
)
"""Any JSON value (floats include inf and nan, which `json.dumps` writes as Infinity and NaN)."""


def _paths(node: Any, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    out = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            out += _paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            out += _paths(value, (*path, index))
    return out


@st.composite
def hostile_documents(draw: st.DrawFn) -> str:
    """A parsed article's JSON with one to three values replaced by arbitrary JSON, or arbitrary JSON, or junk."""
    kind = draw(st.sampled_from(("mutated", "mutated", "value", "text")))
    if kind == "value":
        return json.dumps(draw(_JSON))
    if kind == "text":
        return draw(st.text(max_size=50))
    text = draw(wire_copy(max_sentences=3))
    try:
        document: Any = json.loads(to_json(parse(text)))
    except Exception:  # noqa: BLE001 - a refused text (surrogates): fall back to a fixed document
        document = json.loads(to_json(parse("Russia urged the Taliban to act. The Taliban denied it.")))
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_paths(document)))
        value = draw(_JSON)
        if not path:
            document = value
            continue
        node = document
        for key in path[:-1]:
            node = node[key]
        if draw(st.booleans()) or not isinstance(node, dict):
            node[path[-1]] = value
        else:
            node[draw(st.text(max_size=6))] = value
    return json.dumps(document)


# Hypothesis 6.170 sometimes misreports `_containers` as not using its argument while
# drawing deep inside a composite strategy; the strategy does recurse (its values nest).
@pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisDeprecationWarning")
def test_fuzz_from_json_hostile_documents(capsys: pytest.CaptureFixture[str]) -> None:
    """Mutated and arbitrary JSON documents either load as a valid Article or raise SchemaError with a path."""
    tally: Counter[str] = Counter()
    start = time.perf_counter()
    check: Callable[[str], None]

    @settings(LONG, max_examples=max(EXAMPLES // 4, 100))
    @given(hostile_documents())
    def check(document: str) -> None:
        tally["inputs"] += 1
        tally["chars"] += len(document)
        problems: tuple[str, ...] = ()
        try:
            article = from_json(document)
        except SchemaError as exc:
            problems = exc.problems or ("(no problems listed)",)
        if problems:
            tally["SchemaError"] += 1
            assert all("@ $" in p or p.startswith("$") for p in problems), problems
            return
        tally["loaded"] += 1
        assert isinstance(article, Article)
        assert article.problems() == []

    try:
        check()
    finally:
        _report(capsys, "from_json fuzz (hostile_documents)", tally, {}, start)
