"""The output subcommands of `geostance`: `graph`, `table` and `report`.

```text
geostance graph INPUT... [--format mermaid|graphml|dot] [-o OUT] [--glob PATTERN] [--encoding ENC] [--errors H]
geostance table INPUT... [--format csv] [-o OUT] [--sqlite DB] [--no-escape-formulas] [--glob PATTERN] ...
geostance report INPUT... [-o OUT] [--title TITLE] [--glob PATTERN] [--encoding ENC] [--errors H]
```

Each INPUT is an article as JSON (`*.json`, as `geostance parse` writes it), JSON Lines
(`*.jsonl`, one article per line), anything else as news text (UTF-8 unless `--encoding`
says otherwise), which is parsed with the file's path as its source, or a directory,
which gives its `*.json`, `*.jsonl` and `*.txt` files at any depth (or those matching
`--glob`), as `geostance parse --jsonl` finds files. `-` reads standard input (JSON when
it starts with `{`, else text). All inputs together form one [`Corpus`][geostance.Corpus]:
an article without a source or URL is known by its file name. Output goes to standard
output unless `-o OUT` names a file, which is replaced atomically. Any unusable input
(an empty text file too) or output ends the command with one line on stderr,
`geostance: error: <file>: <reason>` (then each problem of invalid JSON on a line of
its own), and exit status 2.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geostance._cli_io import CommandError as _CommandError
from geostance._cli_io import add_decoding_arguments
from geostance._cli_io import check_not_an_input as _check_not_an_input
from geostance._cli_io import command_error as _command_error
from geostance._cli_io import os_reason as _os_reason
from geostance._cli_io import print_error as _print_error
from geostance._cli_io import write_atomically as _write_atomically
from geostance._cli_io import write_stdout as _write_stdout
from geostance.batch import Failure, _check_pattern, _is_dir, decode_text, encoding_hint, find_files
from geostance.corpus import Corpus
from geostance.errors import GeostanceError
from geostance.eventdata import to_csv, to_sqlite
from geostance.pipeline import parse
from geostance.report import to_html
from geostance.serialize import from_json

if TYPE_CHECKING:
    from collections.abc import Callable

    from geostance.model import Article

__all__ = ["add_commands"]

EXIT_ERROR = 2
_STDIN = "-"


def add_commands(subparsers: Any) -> None:  # noqa: ANN401 - argparse's private _SubParsersAction
    """Register the `graph`, `table` and `report` subcommands.

    Each subcommand sets `func`, a handler that takes the parsed arguments and
    returns the exit status.

    Args:
        subparsers: What `ArgumentParser.add_subparsers()` returned.
    """
    graph = subparsers.add_parser(
        "graph",
        help="write the stance graph of articles as Mermaid, GraphML or DOT",
        description="Write the stance graph of the articles (actors as nodes; statements, rebuttals and "
        "memberships as edges). Needs networkx: pip install networkx, or the extra: pip install "
        "'geostance[graph]' (in a clone of the repository: pip install '.[graph]').",
    )
    _add_files(graph)
    graph.add_argument(
        "--format",
        choices=("mermaid", "graphml", "dot"),
        default="mermaid",
        help="mermaid (Markdown pages, GitHub), graphml (Gephi, yEd) or dot (Graphviz); default: mermaid",
    )
    _add_output(graph)
    graph.set_defaults(func=_handler(_graph))

    table = subparsers.add_parser(
        "table",
        help="write event-data rows (one per speaker, act and target) as CSV or SQLite",
        description="Write one row per (speaker, act, target) with PLOVER/CAMEO codes as CSV, and/or the whole "
        "corpus as a SQLite database.",
    )
    _add_files(table)
    table.add_argument(
        "--format",
        choices=("csv",),
        default=None,
        help="write the rows as CSV (the default, unless only --sqlite is given)",
    )
    _add_output(table)
    table.add_argument(
        "--sqlite",
        metavar="DB",
        type=Path,
        help="also write a SQLite database to DB (replaced if it exists); alone, no CSV is written",
    )
    table.add_argument(
        "--no-escape-formulas",
        dest="escape_formulas",
        action="store_false",
        help="write CSV cells as they are: by default a cell starting with = + - @ or a tab gets a ' in front, "
        "so that a spreadsheet shows it as text instead of running it as a formula",
    )
    table.set_defaults(func=_handler(_table))

    report = subparsers.add_parser(
        "report",
        help="write a self-contained HTML report: graph, dyads, highlighted evidence",
        description="Write a self-contained HTML page (no network needed) with the stance graph, a table of "
        "dyads and every statement and rebuttal highlighted in its article.",
    )
    _add_files(report)
    _add_output(report)
    report.add_argument("--title", default="geostance report", help="the page title (default: %(default)s)")
    report.set_defaults(func=_handler(_report))


def _add_files(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files",
        metavar="INPUT",
        nargs="+",
        help="article JSON (.json), JSON Lines (.jsonl), text to parse, or a directory of them; - for standard input",
    )
    parser.add_argument(
        "--glob",
        metavar="PATTERN",
        type=_pattern,
        help="which files to read in a directory (default: *.json, *.jsonl and *.txt)",
    )
    add_decoding_arguments(parser, "decoding (text files; JSON is always UTF-8)", "text files")


def _pattern(value: str) -> str:
    try:
        _check_pattern(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return value


def _add_output(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o", "--output", metavar="OUT", type=Path, help="write to OUT (replaced atomically) instead of standard output"
    )


def _handler(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    def handle(args: argparse.Namespace) -> int:
        try:
            args.files = _expand(args.files, args.glob)
            for output in (args.output, getattr(args, "sqlite", None)):
                if output is not None:
                    _check_not_an_input(output, args.files)
            return run(args)
        except _CommandError as exc:
            _print_error(exc)
            return EXIT_ERROR

    handle.__doc__ = run.__doc__
    return handle


# ---------------------------------------------------------------- commands
def _graph(args: argparse.Namespace) -> int:
    """Write the stance graph."""
    corpus = _load(args)
    from geostance.graph import to_dot, to_graphml, to_mermaid  # noqa: PLC0415 - networkx is optional

    writers = {"mermaid": to_mermaid, "graphml": to_graphml, "dot": to_dot}
    try:
        document = writers[args.format](corpus)
    except ImportError as exc:
        raise _CommandError("networkx", str(exc)) from None
    _emit(args.output, document)
    return 0


def _table(args: argparse.Namespace) -> int:
    """Write event-data rows as CSV and/or the corpus as SQLite."""
    corpus = _load(args)
    if args.sqlite is not None:
        name = str(args.sqlite)
        if args.sqlite.is_dir():
            raise _CommandError(name, "is a directory")
        try:
            to_sqlite(corpus, args.sqlite)
        except OSError as exc:
            raise _CommandError(name, _os_reason(exc)) from None
        except sqlite3.Error as exc:
            raise _CommandError(name, f"cannot write the database: {exc}") from None
    if args.sqlite is None or args.format is not None or args.output is not None:
        _emit(args.output, to_csv(corpus, escape_formulas=args.escape_formulas))
    return 0


def _report(args: argparse.Namespace) -> int:
    """Write the HTML report."""
    corpus = _load(args)
    _emit(args.output, to_html(corpus, title=args.title))
    return 0


# ------------------------------------------------------------------ inputs
_SUFFIXES = (".json", ".jsonl", ".txt")
"""The files a directory gives without --glob."""


def _expand(paths: list[str], glob: str | None) -> list[str]:
    """The input files, each directory replaced by its files (found as `parse --jsonl` finds them).

    Raises:
        CommandError: a directory without such files, or with a subdirectory that cannot be listed.
    """
    out: list[str] = []
    for path in paths:
        if path == _STDIN or not _is_dir(path):
            out.append(path)
            continue
        files = []
        for item in find_files([path], pattern=glob or "*"):
            if isinstance(item, Failure):
                if item.source == path and item.reason.startswith("directory has no files"):
                    continue  # said below, with the patterns these commands use
                raise _CommandError(item.source, item.reason)
            if glob or item.lower().endswith(_SUFFIXES):
                files.append(item)
        if not files:
            wanted = glob or "*.json, *.jsonl or *.txt"
            raise _CommandError(path, f"directory has no files matching {wanted} (choose others with --glob)")
        out.extend(files)
    return out


def _load(args: argparse.Namespace) -> Corpus:
    corpus = Corpus()
    for file in args.files:
        name = "<stdin>" if file == _STDIN else file
        for suffix, article in _articles(file, name, args.encoding, args.errors):
            key = None if article.source or article.url else name + suffix
            corpus.add(article, key=key)
    return corpus


def _articles(file: str, name: str, encoding: str, errors: str) -> list[tuple[str, Article]]:
    """The articles in one input, each with a key suffix (`:<line>` for JSON Lines)."""
    data = _read_bytes(file, name)
    kind = Path(file).suffix.lower()
    if file == _STDIN:
        kind = ".json" if data.lstrip().startswith(b"{") else ".txt"
    try:
        if kind == ".json":
            return [("", from_json(_utf8(data, name)))]
        if kind == ".jsonl":
            return _json_lines(_utf8(data, name), name)
        item = decode_text(data, source=file, encoding=encoding, errors=errors)
        if isinstance(item, Failure):
            raise _CommandError(name, item.reason)
        return [("", parse(item.text, source=None if file == _STDIN else file))]
    except GeostanceError as exc:
        raise _command_error(name, exc) from None


def _json_lines(text: str, name: str) -> list[tuple[str, Article]]:
    out: list[tuple[str, Article]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                out.append((f":{number}", from_json(line)))
            except GeostanceError as exc:
                raise _command_error(f"{name}:{number}", exc) from None
    if not out:
        raise _CommandError(name, "empty file: no JSON Lines records")
    return out


def _read_bytes(file: str, name: str) -> bytes:
    try:
        return sys.stdin.buffer.read() if file == _STDIN else Path(file).read_bytes()
    except OSError as exc:
        raise _CommandError(name, _os_reason(exc)) from None
    except ValueError as exc:  # e.g. a path with a NUL byte
        raise _CommandError(name, str(exc)) from None


def _utf8(data: bytes, name: str) -> str:
    """JSON as UTF-8, as `geostance parse` writes it (`--encoding` is for text), a byte order mark dropped."""
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        guess = encoding_hint(data[:4], "UTF-8").split(": add", 1)[0]
        reason = f"not UTF-8 text: {exc.reason} at byte offset {exc.start}{guess}; JSON is read as UTF-8"
        raise _CommandError(name, reason) from None


# ----------------------------------------------------------------- outputs
def _emit(output: Path | None, document: str) -> None:
    if output is None:
        _write_stdout(document)
    else:
        _write_atomically(output, document)
