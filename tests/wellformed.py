"""Checks that an output is well-formed, shared by the output tests and the fuzz run.

Each `check_*` raises AssertionError naming what is wrong, and returns what it read,
for more checks by the caller. Every output must encode as UTF-8; beyond that:

- CSV: a header of `CSV_COLUMNS`, then rows of as many cells, none of them (but the
  numbers: offsets and Goldstein values) starting like a formula;
- SQLite: `PRAGMA integrity_check` and `foreign_key_check` pass;
- GraphML: an XML 1.0 parser reads it, and so does `networkx.parse_graphml`;
- DOT: every line is a statement of the small grammar `to_dot` writes, every ID a
  closed quoted string without control characters;
- Mermaid: every line is a node, an edge or a link style, each label a closed quoted
  string that holds no quote, line break, control character or `%` (no directive);
- HTML: every tag opened is closed, in order, and nothing points outside the page.
"""

from __future__ import annotations

import contextlib
import csv
import io
import re
import sqlite3
from html.parser import HTMLParser
from typing import Any
from xml.etree import ElementTree as ET

from geostance import Corpus, graph, to_csv, to_dot, to_graphml, to_html, to_mermaid, to_sqlite
from geostance.eventdata import CSV_COLUMNS, FORMULA_STARTS

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_NUMERIC = {"evidence_start", "evidence_end"}
_SIGNED = re.compile(r"-?\d+\.\d+")
"""A Goldstein value as the CSV writes it (-10.0 to 10.0)."""


def check_utf8(text: str) -> None:
    """The text encodes as UTF-8 (no surrogate code points)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise AssertionError(f"not encodable as UTF-8: {exc}") from None


def check_csv(text: str, *, escape_formulas: bool = True) -> list[dict[str, str]]:
    """The rows of a CSV document `to_csv` wrote."""
    check_utf8(text)
    table = list(csv.reader(io.StringIO(text, newline="")))
    assert table, "no header"
    assert tuple(table[0]) == CSV_COLUMNS, table[0]
    rows = []
    for number, cells in enumerate(table[1:], start=2):
        assert len(cells) == len(CSV_COLUMNS), f"row {number} has {len(cells)} cells"
        row = dict(zip(CSV_COLUMNS, cells, strict=True))
        for column in _NUMERIC:
            assert row[column] == "" or row[column].isdigit(), f"row {number}: {column} is {row[column]!r}"
        assert row["goldstein"] == "" or _SIGNED.fullmatch(row["goldstein"]), f"row {number}: {row['goldstein']!r}"
        if escape_formulas:
            numbers = {*_NUMERIC, "goldstein"}
            formulas = [c for c, v in row.items() if c not in numbers and v.startswith(FORMULA_STARTS)]
            assert not formulas, f"row {number}: cells {formulas} start like a formula"
        rows.append(row)
    return rows


def check_sqlite(data: Any) -> sqlite3.Connection:
    """An in-memory database `to_sqlite` wrote, checked by SQLite itself."""
    connection = sqlite3.connect(":memory:")
    to_sqlite(data, connection)
    assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    if isinstance(data, Corpus):
        assert connection.execute("SELECT count(*) FROM articles").fetchone() == (len(data),)
    return connection


def check_graphml(text: str) -> Any:
    """The graph read back from GraphML, by an XML 1.0 parser (expat) and networkx."""
    import networkx as nx  # type: ignore[import-untyped]  # noqa: PLC0415 - optional

    check_utf8(text)
    try:
        ET.fromstring(text.encode("utf-8"))  # noqa: S314 - our own output
    except ET.ParseError as exc:
        raise AssertionError(f"ill-formed XML: {exc}") from None
    return nx.parse_graphml(text, force_multigraph=True)


_DOT_ID = r'"(?:[^"\\\n]|\\.)*"'
_DOT_ATTRIBUTE = rf"\w+=(?:{_DOT_ID}|[\w#.]+)"
_DOT_LINE = re.compile(
    rf"    (?:(?:graph|node|edge)|{_DOT_ID}(?: -> {_DOT_ID})?) \[{_DOT_ATTRIBUTE}(?:, {_DOT_ATTRIBUTE})*\];"
)


def check_dot(text: str) -> list[str]:
    """The statement lines of a DOT document `to_dot` wrote."""
    check_utf8(text)
    assert not _CONTROL.search(text), f"control character at {_CONTROL.search(text)}"
    lines = text.split("\n")
    assert lines[0] == "digraph geostance {", lines[0]
    assert lines[-2:] == ["}", ""], lines[-2:]
    body = lines[1:-2]
    for line in body:
        assert _DOT_LINE.fullmatch(line), f"not a DOT statement: {line!r}"
    return body


_LABEL = r'"[^"%\n]*"'
_MERMAID_LINE = re.compile(
    rf"    a_\w+(?:\[\[{_LABEL}\]\]|\[{_LABEL}\]|\(\[{_LABEL}\]\))"  # a node: organization, state, group
    rf"|    a_\w+ (?:-->|-\.->|---)\|{_LABEL}\| a_\w+"  # an edge
    r"|    linkStyle \d+(?:,\d+)* [\w:#,.-]+"
)


def check_mermaid(text: str) -> list[str]:
    """The lines of a Mermaid flowchart `to_mermaid` wrote."""
    check_utf8(text)
    assert not _CONTROL.search(text), f"control character at {_CONTROL.search(text)}"
    assert "%%" not in text, "a Mermaid directive or comment"
    lines = text.split("\n")
    assert lines[0] == "flowchart LR", lines[0]
    assert lines[-1] == "", "no final newline"
    for line in lines[1:-1]:
        assert _MERMAID_LINE.fullmatch(line), f"not a Mermaid statement: {line!r}"
    return lines[1:-1]


class _Page(HTMLParser):
    """Collects ids, in-page links, external references and the tag nesting of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.links: list[str] = []
        self.external: list[str] = []
        self.stack: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.append(values["id"] or "")
        for name in ("href", "src", "xlink:href"):
            value = values.get(name)
            if value is not None and value.startswith("#"):
                self.links.append(value[1:])
            elif value is not None:
                self.external.append(value)
        if tag not in {"meta", "br", "path", "circle", "line", "img", "input", "link"}:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        if tag in {"path", "circle", "line"}:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()


def read_page(html: str) -> _Page:
    """The page as an HTML parser read it: its ids, links, outside references and unbalanced tags."""
    page = _Page()
    page.feed(html)
    page.close()
    return page


def check_html(html: str) -> _Page:
    """A report page: balanced tags, every in-page link resolved, nothing from outside."""
    check_utf8(html)
    assert html.startswith("<!DOCTYPE html>\n")
    page = read_page(html)
    assert page.problems == []
    assert page.stack == []
    assert page.external == []
    assert set(page.links) <= set(page.ids), set(page.links) - set(page.ids)
    return page


def check_every_output(data: Any) -> None:
    """Write `data` as CSV, SQLite, GraphML, DOT, Mermaid and HTML, and check each output."""
    check_csv(to_csv(data))
    with contextlib.closing(check_sqlite(data)):
        pass
    stances = graph(data)
    check_graphml(to_graphml(stances))
    check_dot(to_dot(stances))
    check_mermaid(to_mermaid(stances))
    check_html(to_html(data))
