"""Hostile input: texts built to trigger backtracking or quadratic loops, bad types, oversized text, bad JSON.

`HOSTILE` is the one table of hostile inputs: `benchmarks/hostile.py` times the
same builders at full size (100,000 quote marks, 1 MB without a sentence
break, ...). Here they run small, and instead of timing them the tests count
the Python lines the parser executes (`sys.settrace`) at size n, 2n and 4n:
linear work costs w, w + d, w + 3d, a quadratic loop makes the second step four
times the first. The count is deterministic, so the check cannot flake.

Comparisons of two `str` run in C, where the trace does not see them, so a loop
testing membership in a growing list of actor ids would look linear. The counted
parses therefore use a gazetteer whose actor ids are `_CountedId`s, a `str` whose
comparisons are Python calls: every comparison of ids is a trace event. What the
count still cannot see is backtracking inside one regular-expression match (that
happens in C): the benchmark shows it instead.
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
import sqlite3
import sys
from itertools import cycle, islice
from typing import TYPE_CHECKING, Any

import attrs
import pytest

import geostance
from geostance import (
    Act,
    Article,
    Claim,
    ClaimKind,
    Corpus,
    Evidence,
    GeostanceError,
    InputTooLarge,
    InvalidInput,
    InvalidText,
    Mention,
    Rebuttal,
    SchemaError,
    Span,
    State,
    Statement,
    from_json,
    graph,
    parse,
    to_csv,
    to_dot,
    to_graphml,
    to_html,
    to_json,
    to_mermaid,
    to_sqlite,
)
from geostance.gazetteer import Gazetteer

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import FrameType


def _cycled(words: tuple[str, ...], size: int) -> str:
    """`words` joined by spaces, repeated and cut to exactly `size` characters."""
    return "".join(islice(cycle(" ".join(words) + " "), size))


_NAMES = ("Russia", "China", "Iran", "Pakistan", "Taliban", "CSTO", "Zabihullah Mujahid", "Moscow", "Kabul", "UN")
_PROSE = ("the", "talks", "went", "on", "and", "the", "delegates", "met", "again", "in", "the", "capital", "while")
_TURNS = "".join(
    f"Spokesman Ali Reza{k} of Iran gave a briefing.\nQ: Israel accused Iran of arming militias. Your comment?\n"
    f"Ali Reza{k}: These accusations are baseless. We arm nobody.\n"
    for k in range(300)
)
_SPEECH = ("the Taliban said that Russia urged Iran to act and officials in Kabul rejected the claims,",)


def _definitions(size: int) -> str:
    """Distinct inline definitions ("Ax By Cz Council (ABCC)"), each a new actor, up to `size` characters."""
    out: list[str] = []
    length = 0
    for i in range(26**3):
        a, b, c = (chr(65 + i // 26**k % 26) for k in range(3))
        item = f"{a}x {b}y {c}z Council ({a}{b}{c}C) "
        if length + len(item) > size:
            break
        out.append(item)
        length += len(item)
    return "".join(out)


HOSTILE: dict[str, tuple[str, int, Callable[[int], str]]] = {
    "unmatched_quotes": ("100,000 unmatched opening quote marks “““…", 100_000, lambda n: "“" * n),
    "no_sentence_break": ("1 MB of prose without a sentence break", 1_000_000, lambda n: _cycled(_PROSE, n)),
    "no_sentence_break_speech": (
        "1 MB of speech clauses without a sentence break",
        1_000_000,
        lambda n: _cycled(_SPEECH, n),
    ),
    "nested_parentheses": (
        "50,000 nested parentheses ((((CSTO))))",
        100_004,
        lambda n: "(" * ((n - 4) // 2) + "CSTO" + ")" * ((n - 4) // 2),
    ),
    "repeated_alias": (
        "one alias repeated 100,000 times: Taliban Taliban …",
        800_000,
        lambda n: _cycled(("Taliban",), n),
    ),
    "line_of_names": ("a 200,000-character line of actor and person names", 200_000, lambda n: _cycled(_NAMES, n)),
    "full_stops": ("a run of full stops ……", 100_000, lambda n: "." * n),
    "capitals": ("one word of capitals AAAA…", 100_000, lambda n: "A" * n),
    "speech_chain": (
        "Russia said China said … in one sentence",
        200_000,
        lambda n: _cycled(("Russia said China said",), n),
    ),
    "rebuttal_chain": (
        "The Taliban denied it, Russia rejected it, … in one sentence",
        200_000,
        lambda n: _cycled(("The Taliban denied it, Russia rejected it,",), n),
    ),
    "quotes_and_cues": (
        "“a b c d” Russia said, … in one sentence",
        200_000,
        lambda n: _cycled(("“a b c d” Russia said,",), n),
    ),
    "definition_and_names": (
        "one inline definition, then its acronym among names",
        200_000,
        lambda n: _cycled(("Foo Bar Council (FBC) Russia FBC",), n),
    ),
    "many_definitions": ("thousands of distinct inline definitions", 200_000, _definitions),
    "one_speaker_rebuttals": (
        "“We deny it,” said Lavrov. … the same speaker rebutting in every sentence",
        200_000,
        lambda n: _cycled(("“We deny it,” said Lavrov.",), n),
    ),
    "quote_paragraphs": (
        "one attribution, then paragraph after paragraph of quotation",
        200_000,
        lambda n: "Russia said.\n" + "".join(islice(cycle("“We deny it.”\n"), max(n - 13, 0))),
    ),
    "request_chain": (
        "Russia urged China to urge Iran to … in one sentence",
        1_000_000,
        lambda n: _cycled(("Russia urged China to urge Iran to",), n),
    ),
    "accusation_chain": (
        "Russia accused China of accusing Iran of … in one sentence",
        1_000_000,
        lambda n: _cycled(("Russia accused China of accusing Iran of",), n),
    ),
    "sentences": (
        "ordinary short sentences: statements and rebuttals",
        1_000_000,
        lambda n: _cycled(("Russia urged Iran to act. Iran denied it.",), n),
    ),
    "determiner_run": ("a run of articles: a a a …", 1_000_000, lambda n: _cycled(("a",), n)),
    "single_marks": ("single quotation marks before every word: 'a 'a …", 1_000_000, lambda n: _cycled(("'a",), n)),
    "transcript_turns": (
        "a briefing transcript of labelled answers: Name: ... / Q: ... lines, thousands of speakers",
        1_000_000,
        lambda n: "".join(islice(cycle(_TURNS), n)),
    ),
}
"""name -> (description, full size in characters for the benchmark, builder of a text of about n characters)."""

SMALL = 2_000
"""Size at which the scaling check starts (it parses n, 2n and 4n characters)."""


# ------------------------------------------------------------------ outputs
_SHORT = (
    "MOSCOW – The CSTO, whose members include Russia and Tajikistan, urged the Taliban to act. The Taliban denied it."
)


def _dense(size: int) -> Article:
    """`size` characters of short statements and rebuttals, each one highlighted in the report."""
    return parse(_cycled(("Russia urged Iran to act. Iran denied it.",), size))


def _corpus(size: int) -> Corpus:
    """`size` articles naming the same actors, the same dyads and the same memberships."""
    article = parse(_SHORT)
    corpus = Corpus()
    for number in range(size):
        corpus.add(article, key=_CountedId(f"moscow-{number}.txt"))  # keys compared in Python: the count sees them
    return corpus


def _statements(size: int) -> Article:
    """One article with `size` statements and `size` rebuttals, each answering one statement (schema-valid)."""
    sentence = "Russia urged Iran to act. Iran denied it. "
    text = sentence * size
    statements, rebuttals = [], []
    for number in range(size):
        at = number * len(sentence)
        statements.append(
            Statement(
                id=f"s{number + 1}",
                speaker="RUS",
                speaker_text=Mention.at(text, at, at + 6),
                targets=("IRN",),
                acts=(Act.DEMAND,),
                evidence=(Evidence.at(text, at + 7, at + 24),),
            )
        )
        rebuttals.append(
            Rebuttal(
                id=f"r{number + 1}",
                speaker="IRN",
                speaker_text=Mention.at(text, at + 26, at + 30),
                rebuts=(f"s{number + 1}",),
                claims=(Claim(text="denied it", span=Span(start=at + 31, end=at + 40), kind=ClaimKind.DENIAL),),
            )
        )
    states = (State(id="RUS", name="Russia"), State(id="IRN", name="Iran"))
    return Article(text=text, states=states, statements=statements, rebuttals=rebuttals)


def _graph_outputs(data: Article | Corpus) -> None:
    stances = graph(data)
    to_graphml(stances)
    to_dot(stances)
    to_mermaid(stances)


def _every_output(data: Article | Corpus) -> None:
    """The HTML report, CSV, SQLite, and the graph as GraphML, DOT and Mermaid."""
    to_html(data)
    to_csv(data)
    with contextlib.closing(sqlite3.connect(":memory:")) as connection:
        to_sqlite(data, connection)
    _graph_outputs(data)


def _dyads_and_timeline(corpus: Corpus) -> None:
    corpus.dyads()
    corpus.timeline()


HOSTILE_OUTPUTS: dict[str, tuple[str, int, Callable[[int], Any], Callable[[Any], object]]] = {
    "dense_highlights": (
        "1 MB of short statements and rebuttals, all highlighted: the report",
        1_000_000,
        _dense,
        to_html,
    ),
    "corpus_dyads": (
        "50,000 articles naming the same actors: Corpus.dyads and timeline",
        50_000,
        _corpus,
        _dyads_and_timeline,
    ),
    "corpus_graph": ("50,000 articles naming the same actors: graph", 50_000, _corpus, graph),
    "corpus_report": ("50,000 articles naming the same actors: the report", 50_000, _corpus, to_html),
    "many_rebuttals": (
        "one article with 20,000 statements and 20,000 rebuttals: report, CSV, SQLite, GraphML, DOT, Mermaid",
        20_000,
        _statements,
        _every_output,
    ),
}
"""name -> (description, full size for the benchmark, builder of the input at size n, what to time on it).

The outputs, not the parser: `benchmarks/hostile.py` times the last callable on what
the builder made; the tests below count its work at n, 2n and 4n.
"""

SMALL_OUTPUTS = {
    "dense_highlights": 2_000,
    "many_rebuttals": 50,
    "corpus_dyads": 50,
    "corpus_graph": 50,
    "corpus_report": 50,
}
"""Size at which the outputs' scaling check starts."""

QUADRATIC: dict[str, str] = {}
"""Inputs whose Python-level work grows quadratically today (known bugs; the scaling test is xfail for them)."""


class _CountedId(str):
    """An actor id whose comparisons are Python calls, so the trace counts each one (see the module docstring)."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        return str.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return str.__ne__(self, other)

    __hash__ = str.__hash__


@functools.cache
def counted_gazetteer() -> Gazetteer:
    """The shipped gazetteer with every actor id (and every reference to one) a `_CountedId`."""
    ids: dict[str, _CountedId] = {}

    def counted(value: str | None) -> Any:
        return None if value is None else ids.setdefault(value, _CountedId(value))

    default = Gazetteer.default()
    actors = [
        attrs.evolve(
            record,
            id=counted(record.id),
            members=tuple(counted(member) for member in record.members),
            parent=counted(record.parent),
            based_in=counted(record.based_in),
        )
        for record in default
    ]
    people = [attrs.evolve(person, actor=counted(person.actor)) for person in default._people.values()]
    offices = [attrs.evolve(office, actor=counted(office.actor)) for office in default._institutions]
    return Gazetteer.from_records(actors, people, offices)


def count_work(run: Callable[[], object]) -> int:
    """The number of trace events (Python lines, calls, returns) while `run()` runs."""
    count = 0

    def tracer(_frame: FrameType, _event: str, _arg: Any) -> Callable[..., Any]:
        nonlocal count
        count += 1
        return tracer

    re.purge()  # compile work then counts the same whatever ran before
    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        run()
    finally:
        sys.settrace(previous)
    return count


def _work(text: str) -> int:
    """The number of trace events while parsing `text` (with the counted gazetteer)."""
    gazetteer = counted_gazetteer()
    return count_work(lambda: parse(text, gazetteer=gazetteer))


def assert_linear(one: int, two: int, four: int) -> None:
    """Work w, w + d, w + 3d at n, 2n, 4n is linear; a quadratic a + c*n*n makes the second step 4x the first.

    The relation layer reads a huge sentence in windows of at most 1,200 characters, and the
    sizes cut their last window differently, so a linear cost's second step may come out a
    little over twice the first (2.25 seen); 2.5 leaves that room and still fails a quadratic.
    """
    first, second = two - one, four - two
    assert second <= 2.5 * max(first, 1), f"work {one}, {two}, {four} at n, 2n, 4n: steps {first}, {second}"


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    """Compile the gazetteer and lexicon patterns before any work is counted."""
    text = "KABUL – The CSTO (a bloc) urged Iran. “No,” Moscow said. Foo Bar Council (FBC) met."
    parse(text)
    parse(text, gazetteer=counted_gazetteer())


def test_counted_ids_reach_the_article() -> None:
    """The counted gazetteer's ids are what the parser compares and keeps: the count sees their comparisons."""
    article = parse("Russia urged China to act.", gazetteer=counted_gazetteer())
    assert article == parse("Russia urged China to act.")
    assert isinstance(article.statements[0].speaker, _CountedId)
    assert all(isinstance(target, _CountedId) for target in article.statements[0].targets)


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_parses_to_a_valid_article(name: str) -> None:
    """Each hostile input, at a test-friendly size, parses to a valid Article citing the text as given."""
    text = HOSTILE[name][2](2 * SMALL)
    article = parse(text)
    assert article.text == text
    assert article.problems() == []


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=QUADRATIC[name])) if name in QUADRATIC else name
        for name in sorted(HOSTILE)
    ],
)
def test_hostile_input_work_grows_linearly(name: str) -> None:
    """The parser's work (Python trace events) on a hostile input grows linearly: n, 2n, 4n cost w, w+d, w+3d."""
    build = HOSTILE[name][2]
    assert_linear(*(_work(build(k * SMALL)) for k in (1, 2, 4)))


@pytest.mark.parametrize("name", sorted(HOSTILE_OUTPUTS))
def test_hostile_output_work_grows_linearly(name: str) -> None:
    """The outputs' work (Python trace events) on a large input grows linearly: n, 2n, 4n cost w, w+d, w+3d."""
    pytest.importorskip("networkx")
    _, _, build, run = HOSTILE_OUTPUTS[name]
    inputs = [build(k * SMALL_OUTPUTS[name]) for k in (1, 2, 4)]
    run(inputs[0])  # imports and caches (networkx, event codes) before counting
    assert_linear(*(count_work(lambda data=data: run(data)) for data in inputs))


def test_full_size_unmatched_quotes_parse() -> None:
    """100,000 unmatched quote marks parse (the issue's own example, at full size: it is fast)."""
    text = "“" * 100_000
    assert parse(text).text == text


def test_quote_marks_only() -> None:
    """A text that is nothing but assorted quote marks has no quotations, statements or actors."""
    text = '“”"‘’«»„' * 2_500
    article = parse(text)
    assert (article.statements, article.rebuttals, article.actors) == ((), (), ())


# ------------------------------------------------------------------ limits
def test_max_chars_is_inclusive() -> None:
    """A text exactly `max_chars` long is accepted."""
    assert parse("Russia said it.", max_chars=15).text == "Russia said it."


def test_over_max_chars_raises_input_too_large() -> None:
    """A text longer than `max_chars` raises InputTooLarge, a ValueError, naming both sizes."""
    with pytest.raises(InputTooLarge, match=r"16 characters, more than max_chars=15") as info:
        parse("Russia said it!!", max_chars=15)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, GeostanceError)


def test_default_limit_is_five_million_characters() -> None:
    """The documented default limit holds: one character over DEFAULT_MAX_CHARS is refused before any work."""
    assert geostance.DEFAULT_MAX_CHARS == 5_000_000
    with pytest.raises(InputTooLarge, match="5,000,001 characters"):
        parse("." * (geostance.DEFAULT_MAX_CHARS + 1))


# ------------------------------------------------------------- wrong types
@pytest.mark.parametrize("value", [b"Russia said it.", bytearray(b"x"), None, 123, 1.5, ["Russia"], memoryview(b"x")])
def test_non_str_raises_invalid_input(value: object) -> None:
    """parse() of anything but str raises InvalidInput, which is both a TypeError and a GeostanceError."""
    with pytest.raises(InvalidInput, match="takes the article text as str") as info:
        parse(value)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)
    assert isinstance(info.value, GeostanceError)


def test_bytes_error_says_to_decode() -> None:
    """The error for bytes tells the caller to decode them."""
    with pytest.raises(InvalidInput, match=r"decode"):
        parse(b"\xe2\x80\x9cNo,\xe2\x80\x9d Moscow said.")  # type: ignore[arg-type]


def test_str_subclass_is_accepted() -> None:
    """A str subclass is text: it parses, and the Article keeps it equal to the input."""

    class Text(str):
        __slots__ = ()

    article = parse(Text("Russia urged Iran to act."))
    assert article.text == "Russia urged Iran to act."


# -------------------------------------------------------------- bad JSON
@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    """A parsed article with statements and a rebuttal, as plain JSON data."""
    text = "Russia urged the Taliban to fight terrorism. The Taliban denied the presence of terrorist groups."
    data: dict[str, Any] = json.loads(to_json(parse(text)))
    assert data["statements"]
    assert data["rebuttals"]
    return data


def _with(data: dict[str, Any], path: tuple[str | int, ...], value: object) -> str:
    """A copy of `data` as JSON with the value at `path` replaced."""
    copy = json.loads(json.dumps(data))
    node = copy
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return json.dumps(copy)


def _schema_error(document: str | bytes) -> SchemaError:
    with pytest.raises(SchemaError) as info:
        from_json(document)
    assert isinstance(info.value, ValueError)
    return info.value


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("statements", 0, "acts", 0), "shout", r"expected one of .*got 'shout' @ \$\.statements\[0\]\.acts\[0\]"),
        (("statements", 0, "topics"), ["weather"], r"got 'weather' @ \$\.statements\[0\]\.topics\[0\]"),
        (("rebuttals", 0, "claims", 0, "kind"), "nope", r"got 'nope' @ \$\.rebuttals\[0\]\.claims\[0\]\.kind"),
        (("statements", 0, "speaker"), 7, r"expected str, got int @ \$\.statements\[0\]\.speaker"),
        (("statements", 0, "quotes"), "abc", r"expected an array, got str @ \$\.statements\[0\]\.quotes"),
        (("statements", 0, "speaker_text", "start"), True, r"got True @ \$\.statements\[0\]\.speaker_text\.start"),
        (("statements", 0, "speaker_text", "end"), 1e400, r"@ \$\.statements\[0\]\.speaker_text\.end"),
        (("statements", 0, "speaker_text", "end"), 10**50, r"@ \$\.statements\[0\]\.speaker_text"),
        (("statements", 0, "mood"), "calm", r"unknown keys mood @ \$\.statements\[0\]"),
        (("extra",), 1, r"unknown keys extra @ \$"),
        (("statements", 0, "speaker_text", "note"), "x", r"unknown keys note @ \$\.statements\[0\]\.speaker_text"),
        (("text",), None, r"expected str, got NoneType @ \$\.text"),
    ],
)
def test_hostile_json_names_the_path(
    document: dict[str, Any], path: tuple[str | int, ...], value: object, message: str
) -> None:
    """Wrong types, huge numbers, unknown enum values and unknown keys raise SchemaError naming the bad path."""
    error = _schema_error(_with(document, path, value))
    assert any(re.search(message, problem) for problem in error.problems), error.problems


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"text": "x", "statements": ' + "[" * 50_000 + "]" * 50_000 + "}",
        '{"a":' * 100_000 + "1" + "}" * 100_000,
    ],
    ids=["nested-arrays", "nested-in-field", "nested-objects"],
)
def test_deeply_nested_json_raises_schema_error(text: str) -> None:
    """JSON nested 50,000+ levels deep raises SchemaError, not RecursionError."""
    assert _schema_error(text).problems


def test_huge_integer_literal_raises_schema_error() -> None:
    """A 5,000-digit integer (beyond Python's int parsing limit) raises SchemaError, not ValueError."""
    assert _schema_error('{"text": "abc", "dateline": {"text": "a", "start": 1' + "0" * 5000 + ', "end": 1}}').problems


@pytest.mark.parametrize("value", [None, 123, [], {}, "", "null", "[]", '"text"', b"\xff\xfe{", "NaN"])
def test_non_documents_raise_schema_error(value: object) -> None:
    """from_json of non-JSON, non-text or a JSON value that is not an object raises SchemaError at `$`."""
    error = _schema_error(value)  # type: ignore[arg-type]
    assert any(problem.endswith("@ $") for problem in error.problems), error.problems


def test_inconsistent_document_raises_schema_error(document: dict[str, Any]) -> None:
    """A well-typed document that breaks the Article invariants (a dangling speaker) raises SchemaError."""
    error = _schema_error(_with(document, ("statements", 0, "speaker"), "nobody"))
    assert any("$.statements[0].speaker" in problem for problem in error.problems), error.problems


def test_span_end_beyond_maxsize_is_a_value_error() -> None:
    """An excerpt whose span ends past sys.maxsize is refused with a ValueError, like any other bad span."""
    with pytest.raises(ValueError, match="span"):
        geostance.Mention(text="a", span=geostance.Span(start=0, end=sys.maxsize + 1))


@pytest.mark.parametrize(
    "options",
    [
        {"source": 5},
        {"url": b"https://example.org"},
        {"gazetteer": "default"},
        {"max_chars": None},
        {"max_chars": "5"},
        {"max_chars": True},
        {"max_chars": -1},
    ],
    ids=[
        "source-int",
        "url-bytes",
        "gazetteer-str",
        "max_chars-none",
        "max_chars-str",
        "max_chars-bool",
        "max_chars-neg",
    ],
)
def test_bad_parse_options_raise_invalid_input(options: dict[str, Any]) -> None:
    """Wrongly typed keyword arguments to parse() raise InvalidInput naming the argument, before any parsing."""
    with pytest.raises(InvalidInput, match=next(iter(options))):
        parse("Russia said it.", **options)


def test_text_with_surrogates_is_refused() -> None:
    """A str holding surrogate code points (lone or paired) raises InvalidText: no UTF-8 or JSON can carry it."""
    for text in ("“\ud800” Russia said.", "\ud800\udc00"):
        with pytest.raises(InvalidText, match="surrogate"):
            parse(text)


def test_json_of_a_user_built_article_with_a_lone_surrogate_encodes_as_utf8() -> None:
    """to_json of an Article built by hand around a lone surrogate still gives UTF-8-encodable JSON."""
    article = Article(text="a\ud800b")
    assert to_json(article).encode("utf-8")
