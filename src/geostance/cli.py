"""The `geostance` command: parse news text to JSON, print the JSON Schema.

```text
geostance parse FILE|- [-o OUT] [--indent N]
geostance schema [--indent N]
geostance --version
```

Output is UTF-8 JSON whatever the locale. Problems with the input or output files,
and every [`GeostanceError`][geostance.GeostanceError] from the parser, end the
command with one line on stderr, `geostance: error: <file>: <reason>`, and exit
status 2 (the status argparse uses for usage errors); `-o OUT` is written
atomically, so a failed run never leaves a partial file behind.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import geostance

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["EXIT_ERROR", "main"]

EXIT_ERROR = 2
"""Exit status for unusable input or output and for errors raised by the parser."""

_PROG = "geostance"
_STDIN = "-"


class _CommandError(Exception):
    """A failure to report as `geostance: error: <file>: <reason>`."""

    def __init__(self, file: str, reason: str) -> None:
        self.file = file
        self.reason = reason
        super().__init__(f"{file}: {reason}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with `argv` (default: `sys.argv[1:]`) and return the exit status."""
    parser = _make_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors: argparse has already printed
        return exc.code if isinstance(exc.code, int) else EXIT_ERROR
    try:
        if args.command == "parse":
            return _parse(args.file, args.output, args.indent)
        return _schema(args.indent)
    except _CommandError as exc:
        sys.stderr.write(f"{_PROG}: error: {exc.file}: {exc.reason}\n")
        return EXIT_ERROR


def _make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_PROG,
        description="Who said what about whom in geopolitical news, and who denied it.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {geostance.__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    parse = commands.add_parser(
        "parse",
        help="parse a UTF-8 text file into an article and print it as JSON",
        description="Parse a UTF-8 text file (or standard input) into an article and print it as JSON.",
    )
    parse.add_argument("file", metavar="FILE", help="the text file to parse, or - for standard input")
    parse.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        type=Path,
        help="write the JSON to OUT (replaced atomically) instead of standard output",
    )
    _add_indent(parse)

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of geostance documents",
        description="Print the JSON Schema (draft 2020-12) of the documents that `geostance parse` writes.",
    )
    _add_indent(schema)
    return parser


def _add_indent(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--indent",
        metavar="N",
        type=_indent,
        default=2,
        help="indent the JSON by N spaces (default: 2; 0 puts each value on its own line unindented)",
    )


def _indent(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        msg = f"expected a whole number of spaces, got {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return number


def _parse(file: str, output: Path | None, indent: int) -> int:
    name = "<stdin>" if file == _STDIN else file
    text = _read_text(file, name)
    try:
        article = geostance.parse(text, source=file)
    except geostance.GeostanceError as exc:
        raise _CommandError(name, _one_line(str(exc))) from None
    document = geostance.to_json(article, indent=indent) + "\n"
    if output is None:
        _write_stdout(document)
    else:
        _write_atomically(output, document)
    return 0


def _schema(indent: int) -> int:
    _write_stdout(json.dumps(geostance.json_schema(), indent=indent, ensure_ascii=False) + "\n")
    return 0


def _read_text(file: str, name: str) -> str:
    """Read `file` (or standard input for `-`) as strict UTF-8, dropping a leading byte order mark."""
    try:
        data = sys.stdin.buffer.read() if file == _STDIN else Path(file).read_bytes()
    except OSError as exc:
        raise _CommandError(name, _os_reason(exc)) from None
    except ValueError as exc:  # e.g. a path with a NUL byte
        raise _CommandError(name, str(exc)) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _CommandError(name, f"not UTF-8 text: {exc.reason} at byte offset {exc.start}") from None
    return text.removeprefix("\ufeff")


def _write_stdout(document: str) -> None:
    """Write UTF-8 to standard output whatever its encoding; a closed pipe ends the output quietly."""
    try:
        sys.stdout.flush()
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:
            sys.stdout.write(document)
        else:
            buffer.write(document.encode("utf-8"))
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`geostance parse x | head`): point stdout at devnull so
        # the interpreter's final flush does not fail again, as the Python docs advise.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _write_atomically(path: Path, document: str) -> None:
    """Write `document` to a temporary file beside `path`, then rename it over `path`."""
    name = str(path)
    if path.is_dir():
        raise _CommandError(name, "is a directory")
    directory = path.parent
    temp: str | None = None
    try:
        fd, temp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(document.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        Path(temp).chmod(_new_file_mode())  # mkstemp creates 0600; give the usual permissions
        Path(temp).replace(path)
        temp = None
    except OSError as exc:
        raise _CommandError(name, _os_reason(exc)) from None
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                Path(temp).unlink()


def _new_file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _os_reason(exc: OSError) -> str:
    reasons = {
        FileNotFoundError: "no such file or directory",
        IsADirectoryError: "is a directory",
        NotADirectoryError: "a part of the path is not a directory",
        PermissionError: "permission denied",
    }
    for kind, reason in reasons.items():
        if isinstance(exc, kind):
            return reason
    return (exc.strerror or str(exc) or type(exc).__name__).lower()


def _one_line(message: str) -> str:
    return " ".join(line.strip() for line in message.splitlines() if line.strip())
