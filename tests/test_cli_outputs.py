"""The output commands as a new user meets them (issue 12): inputs, failures, permissions, docs, progress."""

from __future__ import annotations

import argparse
import os
import re
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import geostance
import geostance.cli
from geostance.cli import main

if TYPE_CHECKING:
    from collections.abc import Iterator

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "csto-afghanistan.txt"
CLI_DOC = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")
NEWS = "Germany accused Russia of violating the ceasefire. Russia rejected the accusations as baseless.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A directory with a text file, article JSON in a subdirectory, a hidden file and a file of another kind."""
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(NEWS, encoding="utf-8")
    article = geostance.parse(SEED.read_text(encoding="utf-8"), source="seed.txt")
    (root / "sub" / "b.json").write_text(geostance.to_json(article), encoding="utf-8")
    (root / ".hidden.txt").write_text("France condemned Iran.", encoding="utf-8")
    (root / "notes.md").write_text("not an article", encoding="utf-8")
    return root


# ------------------------------------------------------------- directories
@pytest.mark.parametrize("command", ["graph", "table", "report"])
def test_output_commands_take_directories(command: str, corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A directory gives its .json, .jsonl and .txt files at any depth, hidden ones and others left out."""
    if command == "graph":
        pytest.importorskip("networkx")
    assert main([command, str(corpus)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert "Collective Security Treaty Organization" in out or "CSTO" in out  # from sub/b.json
    assert "Germany" in out or "DEU" in out  # from a.txt
    assert "France" not in out  # .hidden.txt


def test_table_of_a_directory_keys_articles_by_path(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The text file's article is known by its path, the JSON one by its recorded source, in sorted order."""
    assert main(["table", str(corpus)]) == 0
    keys = {line.split(",", 1)[0] for line in capsys.readouterr().out.splitlines()[1:]}
    assert keys == {str(corpus / "a.txt"), "seed.txt"}


def test_glob_chooses_the_files_of_a_directory(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--glob reads only the files that match it."""
    assert main(["table", str(corpus), "--glob", "*.txt"]) == 0
    assert "seed.txt" not in capsys.readouterr().out
    assert main(["table", str(corpus), "--glob", "*.csv"]) == 2
    assert capsys.readouterr().err == (
        f"geostance: error: {corpus}: directory has no files matching *.csv (choose others with --glob)\n"
    )


def test_directory_without_articles_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A directory with none of the files the commands read fails with exit status 2."""
    (tmp_path / "x.md").write_text("no", encoding="utf-8")
    assert main(["report", str(tmp_path)]) == 2
    assert capsys.readouterr().err == (
        f"geostance: error: {tmp_path}: directory has no files matching *.json, *.jsonl or *.txt "
        "(choose others with --glob)\n"
    )


def test_output_inside_an_input_directory_is_refused(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Writing over a file that the directory gives as input is refused before anything is written."""
    target = corpus / "a.txt"
    assert main(["report", str(corpus), "-o", str(target)]) == 2
    assert "is also an input" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == NEWS


# ----------------------------------------------------------- empty inputs
@pytest.mark.parametrize("command", ["graph", "table", "report"])
@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", "", "empty file: no text to parse"),
        ("blank.txt", " \n\t\n", "file holds only white space: no text to parse"),
        ("empty.jsonl", "\n\n", "empty file: no JSON Lines records"),
    ],
)
def test_empty_input_is_exit_2_as_with_parse(  # noqa: PLR0917 - parameters and fixtures
    command: str, name: str, content: str, reason: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An input with no article in it fails with one line and status 2, as `geostance parse` does."""
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert main([command, str(path)]) == 2
    assert capsys.readouterr() == ("", f"geostance: error: {path}: {reason}\n")
    if name.endswith(".txt"):
        assert main(["parse", str(path)]) == 2
        assert capsys.readouterr().err == f"geostance: error: {path}: {reason}\n"


# ------------------------------------------------------------ encodings
@pytest.mark.parametrize("command", ["parse", "table"])
def test_utf16_with_a_byte_order_mark_names_its_encoding(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """UTF-16 read as UTF-8: the error names UTF-16 and --encoding, which then reads it."""
    path = tmp_path / "u16.txt"
    path.write_bytes(NEWS.encode("utf-16"))
    assert main([command, str(path)]) == 2
    assert capsys.readouterr().err == (
        f"geostance: error: {path}: not UTF-8 text: invalid start byte at byte offset 0; "
        "it starts with a UTF-16 byte order mark: add --encoding utf-16\n"
    )
    assert main([command, str(path), "--encoding", "utf-16"]) == 0
    assert "Germany" in capsys.readouterr().out


@pytest.mark.parametrize("command", ["parse", "report"])
def test_latin1_names_its_likely_encoding(command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Latin-1 bytes read as UTF-8: the error suggests cp1252 or latin-1, which then read the text."""
    path = tmp_path / "latin.txt"
    path.write_bytes("Colombia’s envoy in Bogotá accused Venezuela of shelling.".replace("’", "'").encode("latin-1"))
    assert main([command, str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"geostance: error: {path}: not UTF-8 text: invalid continuation byte at byte offset ")
    assert err.endswith("; it may be Latin-1 or Windows-1252 text: add --encoding cp1252 (or --encoding latin-1)\n")
    assert main([command, str(path), "--encoding", "latin-1"]) == 0
    assert "Bogotá" in capsys.readouterr().out


@pytest.mark.parametrize("command", ["parse", "graph"])
def test_nul_bytes_are_refused(command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A NUL byte is refused with a clear reason; UTF-16 without a byte order mark is named as the likely cause."""
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"Russia condemned\x00 Iran.")
    assert main([command, str(binary)]) == 2
    assert capsys.readouterr().err == (
        f"geostance: error: {binary}: holds a NUL character at character offset 16: this is not plain text "
        "(a binary file?)\n"
    )
    no_bom = tmp_path / "y.txt"
    no_bom.write_bytes(NEWS.encode("utf-16-le"))
    assert main([command, str(no_bom)]) == 2
    assert capsys.readouterr().err.endswith(
        "it may be UTF-16 without a byte order mark: add --encoding utf-16-le (or utf-16-be)\n"
    )


def test_json_that_is_not_utf8_says_json_is_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Article JSON is read as UTF-8 whatever --encoding says; the error says so and names the likely encoding."""
    path = tmp_path / "a.json"
    path.write_bytes(geostance.to_json(geostance.parse(NEWS)).encode("utf-16"))
    assert main(["table", str(path), "--encoding", "utf-16"]) == 2
    assert capsys.readouterr().err == (
        f"geostance: error: {path}: not UTF-8 text: invalid start byte at byte offset 0; "
        "it starts with a UTF-16 byte order mark; JSON is read as UTF-8\n"
    )


# --------------------------------------------------------- schema errors
def test_schema_errors_are_listed_one_path_per_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Each problem of an invalid article goes on a line of its own, as SchemaError.problems lists them."""
    path = tmp_path / "bad.json"
    path.write_text('{"text": 5, "statements": [1]}', encoding="utf-8")
    assert main(["table", str(path)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"geostance: error: {path}: invalid geostance data (2 problems):",
        "  expected str, got int @ $.text",
        "  expected an object, got int @ $.statements[0]",
    ]
    lines = tmp_path / "bad.jsonl"
    lines.write_text(geostance.to_json(geostance.parse(NEWS)) + "\n" + '{"text": 5, "statements": [1]}\n')
    assert main(["graph", str(lines)]) == 2
    assert (
        capsys.readouterr().err.splitlines()[0] == f"geostance: error: {lines}:2: invalid geostance data (2 problems):"
    )


def test_one_schema_problem_stays_on_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A single problem is said on the error line itself."""
    path = tmp_path / "bad.json"
    path.write_text('{"text": 5}', encoding="utf-8")
    assert main(["report", str(path)]) == 2
    assert (
        capsys.readouterr().err == f"geostance: error: {path}: invalid geostance data: expected str, got int @ $.text\n"
    )


# ------------------------------------------------------------ permissions
@pytest.fixture
def umask_022() -> Iterator[None]:
    """The usual umask, whatever the test runner had."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.usefixtures("umask_022")
def test_every_output_file_ends_0644(tmp_path: Path) -> None:
    """JSON, JSON Lines, CSV, SQLite, HTML and graph files all end with the permissions of a new file."""
    written = {
        "a.json": ["parse", str(SEED), "-o"],
        "all.jsonl": ["parse", str(SEED), "--jsonl"],
        "rows.csv": ["table", str(SEED), "-o"],
        "stances.db": ["table", str(SEED), "--sqlite"],
        "report.html": ["report", str(SEED), "-o"],
    }
    for name, argv in written.items():
        assert main([*argv, str(tmp_path / name), *(["-q"] if "--jsonl" in argv else [])]) == 0, name
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o644, name
    with sqlite3.connect(tmp_path / "stances.db") as connection:
        assert connection.execute("SELECT count(*) FROM articles").fetchone() == (1,)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.usefixtures("umask_022")
def test_to_sqlite_file_gets_the_permissions_of_a_new_file(tmp_path: Path) -> None:
    """The library's SQLite file is no longer left 0600 by its temporary file."""
    path = tmp_path / "x.db"
    geostance.to_sqlite(geostance.parse(NEWS), path)
    assert path.stat().st_mode & 0o777 == 0o644


# ---------------------------------------------------------------- progress
@pytest.mark.parametrize(
    ("done", "total", "articles", "expected"),
    [
        (412, 4_500, 1, "parsing: 412 bytes of 4.5 kB (9%), 1 article, "),
        (1, None, 0, "parsing: 1 byte, 0 articles, "),
        (2_500_000, 10_000_000, 2, "parsing: 2.5 MB of 10.0 MB (25%), 2 articles, "),
    ],
)
def test_progress_line_reads_right_for_small_inputs(done: int, total: int | None, articles: int, expected: str) -> None:
    """Small inputs are counted in bytes or kB, never '0.0 MB of 0.0 MB'; one article is '1 article'."""
    progress = geostance.cli._Progress(total, enabled=False)
    progress.advance(done, articles)
    line = progress.line(progress._start + 1.0)
    assert line.startswith(expected), line
    assert re.search(r"(?<![\d.])0\.0 MB", line) is None


# -------------------------------------------------------------- the docs
def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = geostance.cli._make_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_cli_doc_documents_every_command_and_option() -> None:
    """docs/cli.md has a section for each of the five commands and names every option of each."""
    commands = _subcommands()
    assert set(commands) == {"parse", "schema", "graph", "table", "report"}
    headings = set(re.findall(r"^## `geostance ([a-z]+)`", CLI_DOC, flags=re.MULTILINE))
    headings |= set(re.findall(r"^## `geostance graph`, `(table)` and `(report)`", CLI_DOC, flags=re.MULTILINE)[0])
    assert headings >= set(commands)
    for name, sub in commands.items():
        for action in sub._actions:
            for option in action.option_strings:
                if option.startswith("--") and option != "--help":
                    assert f"{option}" in CLI_DOC, (name, option)
        assert f"geostance {name}" in CLI_DOC.split("## ", 1)[0], name  # in the synopsis


def test_cli_doc_says_where_failures_go_as_the_cli_does() -> None:
    """A batch lists failures before its summary, as the CLI prints them; no 'after the summary'."""
    assert "before the summary" in CLI_DOC
    assert "after the summary" not in CLI_DOC


def test_install_hints_work_from_a_clone_and_from_an_index() -> None:
    """Every extra is shown both as '.[extra]' (a clone) and 'geostance[extra]' (a package index)."""
    from geostance.graph import _EXTRA_HINT  # noqa: PLC0415 - the hint alone

    assert "pip install '.[graph]'" in _EXTRA_HINT
    assert "pip install 'geostance[graph]'" in _EXTRA_HINT
    docs = [README, *(p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md") if p.name != "changelog.md")]
    for text in docs:
        for extra in re.findall(r"geostance\[(\w+)\]", text):
            assert f".[{extra}]" in text, extra


def test_readme_runs_the_evaluation_and_the_docs_with_the_venv() -> None:
    """The evaluation and docs commands use the virtual environment the README's first command makes."""
    assert ".venv/bin/python ../shared/eval/score.py ../shared/eval/dev" in README
    assert ".venv/bin/mkdocs serve" in README
    assert re.search(r"^python \.\./shared", README, flags=re.MULTILINE) is None
