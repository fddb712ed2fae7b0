"""Outputs that are always well-formed and never a vector: hostile text through every exporter (issue 11, 12-16)."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import jsonschema
import pytest

import geostance
from geostance import (
    Article,
    Claim,
    ClaimKind,
    Corpus,
    Evidence,
    Mention,
    Organization,
    Quote,
    Rebuttal,
    SchemaError,
    Span,
    State,
    Statement,
    from_json,
    parse,
    to_csv,
    to_dot,
    to_graphml,
    to_html,
    to_json,
    to_mermaid,
)
from geostance.cli import main
from wellformed import check_csv, check_every_output, check_graphml, check_mermaid, check_sqlite

if TYPE_CHECKING:
    from collections.abc import Callable

needs_networkx = pytest.mark.skipif(
    not __import__("importlib.util").util.find_spec("networkx"), reason="networkx (geostance[graph]) is not installed"
)

DIRECTIVE = "%%{init: {'theme': 'dark'}}%%"
TEXT = (
    "MOSCOW \x1f\ufffe\uffff – Sergei\x1fLavrov said Russia urged Iran to act: "
    '“=HYPERLINK("http://evil.example","click")”, “+1+2”, “-3”, “@SUM(A1)”, “\tTAB”. '
    f"Line\ronly\u2028{DIRECTIVE}. Iran denied it."
)
E = TypeVar("E", Mention, Quote, Evidence)


def _at(cls: type[E], needle: str) -> E:
    return cls(text=needle, span=Span.locate(TEXT, needle))


def hostile_article(source: str | None = "-\x1f report.txt") -> Article:
    """A valid article whose text, names and source hold control characters, formulas and a Mermaid directive."""
    quotes = tuple(
        _at(Quote, q) for q in ('=HYPERLINK("http://evil.example","click")', "+1+2", "-3", "@SUM(A1)", "\tTAB")
    )
    return Article(
        text=TEXT,
        source=source,
        organizations=(
            Organization(
                id="org",
                name=f"{DIRECTIVE} Org\x1f",
                acronym="=CMD|' /C calc'!A0\uffff",
                aliases=("\ufffe",),
                kind="@kind\uffff",
                founded=9999,
                members=("RUS",),
            ),
        ),
        states=(
            State(id="RUS", name="Russia\x0b", mentions=(_at(Mention, "Russia"),)),
            State(id="IRN", name="Iran\x1c", mentions=(_at(Mention, "Iran"),)),
        ),
        statements=(
            Statement(
                id="s1",
                speaker="RUS",
                speaker_text=_at(Mention, "Russia"),
                person=_at(Mention, "Sergei\x1fLavrov"),
                targets=("IRN", "org"),
                acts=("demand",),
                quotes=quotes,
                evidence=(_at(Evidence, f"Line\ronly\u2028{DIRECTIVE}"),),
            ),
        ),
        rebuttals=(
            Rebuttal(
                id="r1",
                speaker="IRN",
                speaker_text=_at(Mention, "Iran denied"),
                rebuts=("s1",),
                claims=(Claim(kind=ClaimKind.DENIAL, text="denied it", span=Span.locate(TEXT, "denied it")),),
            ),
        ),
    )


def with_surrogates() -> Article:
    """A hand-built article (the model allows it; parse and from_json do not) with lone surrogates everywhere."""
    text = "Russia \ud800 urged Iran."
    return Article(
        text=text,
        source="\udcff.txt",
        url="https://example.org/\udcfe",
        states=(State(id="RUS", name="Russia\udc80", mentions=(Mention.at(text, 0, 6),)),),
        statements=(
            Statement(id="s1", speaker="RUS", speaker_text=Mention.at(text, 0, 6), person=Mention.at(text, 7, 8)),
        ),
    )


# ------------------------------------------------------------- every output
@needs_networkx
@pytest.mark.parametrize("make", [hostile_article, with_surrogates], ids=["hostile", "surrogates"])
def test_every_output_is_well_formed(make: Callable[[], Article]) -> None:
    """CSV, SQLite, GraphML, DOT, Mermaid and HTML of hostile articles are well-formed and encode as UTF-8."""
    article = make()
    corpus = Corpus()
    corpus.add(article)
    corpus.add(article, key="=also\x1f\ud83d")
    check_every_output(corpus)


# ------------------------------------------------------- item 12: surrogates
def test_from_json_refuses_a_surrogate_in_the_text() -> None:
    """from_json refuses an article text holding a lone surrogate, as parse does, naming `$.text` and the offset."""
    with pytest.raises(SchemaError, match=r"surrogate code point \(U\+D800\) at offset 1.* @ \$\.text"):
        from_json('{"text": "a\\ud800b"}')
    assert from_json('{"text": "a\\ud83d\\ude00b"}').text == "a\U0001f600b"  # a pair is one character


def test_from_json_keeps_a_surrogate_in_a_file_name() -> None:
    """A source holding a surrogate (a file name with an undecodable byte) still reads back: it is escaped on output."""
    article = parse("Russia urged Iran to act.", source="\udcff.txt")
    assert from_json(to_json(article)) == article


def test_outputs_escape_surrogates_visibly() -> None:
    """Each text output writes a surrogate as its escape (backslash, udcff) instead of failing, and drops nothing."""
    article = with_surrogates()
    for output in (to_html(article, title="t\udcfd"), to_csv(article)):
        output.encode("utf-8")
        assert "\\udcff.txt" in output
    assert "\\ud800" in to_csv(article)
    assert "t\\udcfd" in to_html(article, title="t\udcfd")
    connection = check_sqlite(article)
    assert connection.execute("SELECT id, text FROM articles").fetchone() == (
        "\\udcff.txt",
        "Russia \\ud800 urged Iran.",
    )


@needs_networkx
def test_graph_outputs_escape_surrogates_visibly() -> None:
    """DOT, Mermaid and GraphML write surrogates as escapes."""
    article = with_surrogates()
    assert "Russia\\\\udc80" in to_dot(article)  # a DOT string doubles the backslash
    assert "Russia\\udc80" in to_mermaid(article)
    read = check_graphml(to_graphml(article))
    assert read.nodes["RUS"]["name"] == "Russia\\udc80"


@pytest.mark.parametrize(
    "command",
    [
        ["report", "--title", "Report \udcff"],
        ["table"],
        ["table", "--sqlite", "out.db"],
        pytest.param(["graph", "--format", "dot"], marks=needs_networkx),
        pytest.param(["graph", "--format", "graphml"], marks=needs_networkx),
        pytest.param(["graph", "--format", "mermaid"], marks=needs_networkx),
    ],
    ids=["report", "table", "sqlite", "dot", "graphml", "mermaid"],
)
def test_cli_outputs_of_an_undecodable_file_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    """A file name with an undecodable byte (and a --title with one) gives UTF-8 output, not UnicodeEncodeError."""
    monkeypatch.chdir(tmp_path)
    name = os.fsdecode(b"caf\xe9.txt")  # what sys.argv holds for a Latin-1 file name
    Path(name).write_text("Russia urged Iran to act. Iran denied it.", encoding="utf-8")
    (tmp_path / "plain.json").write_text(to_json(hostile_article(source=None)), encoding="utf-8")
    assert main([command[0], name, "plain.json", *command[1:], "-o", "out"]) == 0
    assert capsys.readouterr().err == ""
    written = Path("out.db" if "--sqlite" in command else "out").read_bytes()
    if "--sqlite" in command:
        with sqlite3.connect("out.db") as connection:
            keys = [key for (key,) in connection.execute("SELECT id FROM articles")]
        assert keys == ["caf\\udce9.txt", "plain.json"]
    elif "mermaid" not in command:  # a flowchart names actors, not articles
        assert "caf\\udce9.txt" in written.decode("utf-8").replace("\\\\", "\\")  # DOT doubles backslashes
    else:
        assert written.decode("utf-8").startswith("flowchart LR")


# --------------------------------------------------- item 13: GraphML and names
@needs_networkx
def test_graphml_escapes_what_xml_forbids_and_keeps_the_rest() -> None:
    """Control characters, U+FFFE and U+FFFF are written as escapes; CR, U+2028 and JSON values read back exactly."""
    read = check_graphml(to_graphml(hostile_article()))
    assert read.nodes["RUS"]["name"] == "Russia\\x0b"
    assert read.nodes["org"]["code"] == "=CMD|' /C calc'!A0\\uffff"
    assert read.nodes["org"]["name"] == f"{DIRECTIVE} Org\\x1f"
    assert json.loads(read.nodes["org"]["aliases"]) == ["\ufffe"]  # in JSON text the escape is JSON's own: exact
    (statement,) = (data for _, _, data in read.edges(data=True) if data.get("id") == "s1" and _ == "IRN")
    assert statement["person"] == "Sergei\\x1fLavrov"
    assert [e["text"] for e in json.loads(statement["evidence"])] == [f"Line\ronly\u2028{DIRECTIVE}"]
    assert statement["article"] == "-\\x1f report.txt"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The United\x0bNations urged Iran to act.", "United\x0bNations"),
        ("The United\x0cNations urged Iran to act.", "United\x0cNations"),
        ("Spokesman Zabihullah\x1cMujahid rejected the claims by Russia.", "Zabihullah\x1cMujahid"),
        ("The Islamic\x1fEmirate denied it.", "Islamic\x1fEmirate"),
    ],
)
def test_names_do_not_span_separator_characters(text: str, name: str) -> None:
    """Vertical tab, form feed and the separators U+001C-U+001F do not join the words of a known name."""
    article = parse(text)
    cited = [m.text for actor in article.actors for m in actor.mentions]
    cited += [item.person.text for item in (*article.statements, *article.rebuttals) if item.person]
    assert name not in cited


def test_names_still_span_spaces() -> None:
    """Spaces, runs of spaces and no-break spaces still join the words of a name."""
    for space in (" ", "  ", "\u00a0", "\n"):
        article = parse(f"The United{space}Nations urged Iran to act.")
        assert [m.text for m in article.actor("un").mentions] == [f"United{space}Nations"]


# ----------------------------------------------------------- item 14: CSV
def test_csv_neutralises_formulas_in_text_cells() -> None:
    """Text cells starting with = + - @ or a tab get a leading ', offsets stay numbers; the option turns it off."""
    rows = check_csv(to_csv(hostile_article()))
    statement = rows[0]
    assert statement["article"] == "'-\x1f report.txt"
    assert statement["quotes"].startswith("'=HYPERLINK(")
    assert statement["evidence_start"].isdigit()
    assert statement["evidence_end"].isdigit()
    assert {row["target_name"] for row in rows} >= {f"{DIRECTIVE} Org\x1f", "Iran\x1c"}
    raw = check_csv(to_csv(hostile_article(), escape_formulas=False), escape_formulas=False)
    assert raw[0]["article"] == "-\x1f report.txt"
    assert raw[0]["quotes"].startswith("=HYPERLINK(")


def test_cli_table_option_keeps_formulas(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`geostance table` neutralises formulas by default; --no-escape-formulas writes the cells as they are."""
    path = tmp_path / "hostile.json"
    path.write_text(to_json(hostile_article()), encoding="utf-8")
    assert main(["table", str(path)]) == 0
    assert "'=HYPERLINK(" in capsys.readouterr().out
    assert main(["table", str(path), "--no-escape-formulas"]) == 0
    out = capsys.readouterr().out
    assert "'=HYPERLINK(" not in out
    assert '"=HYPERLINK(' in out


# ------------------------------------------------------------ item 15: Mermaid
@needs_networkx
def test_mermaid_escapes_directives_and_line_breaks() -> None:
    """`%%{...}%%` in a name or label is no directive (`%` is #37;), and a CR or U+2028 is a space."""
    text = to_mermaid(hostile_article())
    lines = check_mermaid(text)
    assert "#37;#37;{init: {'theme': 'dark'}}#37;#37; Org\\x1f" in text
    assert len(lines) == len(text.splitlines()) - 1  # no line break inside a label


# ------------------------------------------------------ item 16: bounded integers
def test_founded_is_a_bounded_year() -> None:
    """Organization.founded takes a year from -9999 to 9999; not a larger int, not a bool."""
    assert Organization(id="x", name="X", founded=-9999).founded == -9999
    with pytest.raises(ValueError, match="year from -9999 to 9999"):
        Organization(id="x", name="X", founded=9223372036854775808)
    with pytest.raises(TypeError, match="year"):
        Organization(id="x", name="X", founded=True)
    with pytest.raises(ValueError, match="year"):
        geostance.ActorRecord(type="organization", id="x", name="X", founded=10_000)


def test_schema_bounds_founded() -> None:
    """The JSON Schema bounds `founded` as the model does: a document with a 64-bit overflow is invalid."""
    document = json.loads(to_json(hostile_article()))
    jsonschema.validate(document, geostance.json_schema())
    document["organizations"][0]["founded"] = 9223372036854775808
    with pytest.raises(jsonschema.ValidationError, match="maximum"):
        jsonschema.validate(document, geostance.json_schema())


def test_cli_sqlite_of_a_huge_founded_year(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`table --sqlite` of an article with founded 2**63 ends with one line naming the field, not an OverflowError."""
    document = json.loads(to_json(hostile_article()))
    document["organizations"][0]["founded"] = 9223372036854775808
    path = tmp_path / "big.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert main(["table", str(path), "--sqlite", str(tmp_path / "out.db")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"geostance: error: {path}: ")
    assert "founded must be a year" in err
    assert err.count("\n") == 1
    assert not (tmp_path / "out.db").exists()
