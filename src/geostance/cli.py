"""The `geostance` command: parse news text to JSON or JSON Lines, print the JSON Schema.

```text
geostance parse FILE|- [-o OUT] [--indent N] [--encoding ENC] [--errors HANDLER]
geostance parse INPUT... --jsonl OUT|- [--jobs N] [--resume] [--input-format text|jsonl]
                [--text-field F] [--source-field F] [--url-field F] [--glob PATTERN]
                [--encoding ENC] [--errors HANDLER] [--progress|--no-progress] [--quiet]
geostance schema [--indent N]
geostance --version
```

Output is UTF-8 JSON whatever the locale. With one FILE and no `--jsonl`, problems
with the input or output files, and every [`GeostanceError`][geostance.GeostanceError]
from the parser, end the command with one line on stderr,
`geostance: error: <file>: <reason>`, and exit status 2 (the status argparse uses
for usage errors); `-o OUT` is written atomically, so a failed run never leaves a
partial file behind.

With `--jsonl OUT` the command is a batch: files, directories and JSON Lines
archives in, one article per line out. An input that cannot be read or parsed is
reported at the end and the batch goes on; the exit status is then 1. `OUT` is
written to `OUT.part` and renamed to `OUT` when the batch ends, so `OUT` is never
a truncated file; `--resume` continues an interrupted batch from `OUT.part` (or
adds to a finished `OUT`), skipping the articles already there.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import shutil
import signal
import stat
import sys
import threading
import time
from collections import Counter, deque
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn

import attrs

import geostance
from geostance._cli_io import CommandError as _CommandError
from geostance._cli_io import add_decoding_arguments
from geostance._cli_io import check_not_an_input as _check_not_an_input
from geostance._cli_io import command_error as _command_error
from geostance._cli_io import lock_exclusively as _lock_exclusively
from geostance._cli_io import one_line as _one_line
from geostance._cli_io import print_error as _print_error
from geostance._cli_io import silence_stdout as _silence_stdout
from geostance._cli_io import write_atomically as _write_atomically
from geostance._cli_io import write_stdout as _write_stdout
from geostance._cli_outputs import add_commands as add_output_commands
from geostance._dates import parse_day
from geostance.batch import (
    ArticleText,
    Failure,
    _check_pattern,
    _os_reason,
    _read_sized,
    find_files,
    parse_many_json,
    read_inputs,
)

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterator, Sequence
    from types import FrameType

__all__ = ["EXIT_ERROR", "EXIT_FAILURES", "EXIT_INTERRUPTED", "main"]

EXIT_ERROR = 2
"""Exit status for unusable input or output and for errors raised by the parser."""

EXIT_FAILURES = 1
"""Exit status of a `--jsonl` batch that finished but could not read or parse some inputs."""

EXIT_INTERRUPTED = 130
"""Exit status of a `--jsonl` batch stopped by Ctrl-C or SIGTERM (its work is kept in `OUT.part`)."""

_PROG = "geostance"
_STDIN = "-"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with `argv` (default: `sys.argv[1:]`) and return the exit status."""
    parser = _make_parser()
    try:
        args = parser.parse_args(argv)
        if args.command == "parse":
            _check_parse_args(args)
    except SystemExit as exc:  # --help, --version and usage errors: argparse has already printed
        return exc.code if isinstance(exc.code, int) else EXIT_ERROR
    try:
        if args.command == "parse":
            if args.jsonl is not None:
                return _parse_batch(args)
            return _parse(args.inputs[0], args.output, args.indent, args.encoding, args.errors, date=args.date)
        if args.command == "schema":
            return _schema(args.indent)
        status: int = args.func(args)  # graph, table, report
    except _CommandError as exc:
        _print_error(exc)
        return EXIT_ERROR
    return status


def _make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_PROG,
        description="Who said what about whom in geopolitical news, and who denied it.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {geostance.__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    parse = commands.add_parser(
        "parse",
        help="parse news text into articles: one as JSON, or many as JSON Lines",
        description="Parse a UTF-8 text file (or standard input) into an article and print it as JSON; "
        "with --jsonl OUT, parse many files, directories or JSON Lines archives into one JSON object per line.",
    )
    parse.set_defaults(subparser=parse)
    parse.add_argument(
        "inputs",
        metavar="INPUT",
        nargs="+",
        help="a text file to parse, or - for standard input; with --jsonl, any number of files and directories",
    )
    parse.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        type=_date,
        help="the articles' date: who governs and who holds office are read as of it "
        "(a JSON Lines record's own date comes first; default: the date each text states, else none)",
    )
    outputs = parse.add_mutually_exclusive_group()
    outputs.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        type=Path,
        help="write the JSON to OUT (replaced atomically) instead of standard output",
    )
    outputs.add_argument(
        "--jsonl",
        metavar="OUT",
        help="parse every input and write one article per line to OUT (replaced when the batch ends; "
        "- for standard output), with a summary on stderr",
    )
    _add_indent(parse)
    batch = parse.add_argument_group("batches (with --jsonl)")
    batch.add_argument(
        "-j",
        "--jobs",
        metavar="N",
        type=_whole_number,
        default=1,
        help="parse in N worker processes (default: 1; 0 uses every core)",
    )
    batch.add_argument(
        "--resume",
        action="store_true",
        help="keep the articles already in OUT.part (left by an interrupted run) or OUT, and parse only the others",
    )
    batch.add_argument(
        "--input-format",
        choices=("text", "jsonl"),
        default="text",
        help="text: each file is one article (default); jsonl: each line of each file is a JSON object "
        "holding one article",
    )
    batch.add_argument(
        "--text-field",
        metavar="FIELD",
        help="the field of a JSON Lines record holding the article text (default: text)",
    )
    batch.add_argument(
        "--source-field",
        metavar="FIELD",
        help="the field of a JSON Lines record to record as the article's source (default: FILE:LINE)",
    )
    batch.add_argument(
        "--url-field",
        metavar="FIELD",
        help="the field of a JSON Lines record holding the article's URL (default: none)",
    )
    batch.add_argument(
        "--glob",
        metavar="PATTERN",
        type=_pattern,
        help="which files to read in a directory (default: *.txt, or *.jsonl with --input-format jsonl)",
    )
    progress = batch.add_mutually_exclusive_group()
    progress.add_argument(
        "--progress",
        action="store_true",
        default=None,
        help="show a progress bar on stderr (default: when stderr is a terminal)",
    )
    progress.add_argument("--no-progress", dest="progress", action="store_false", help="show no progress bar")
    batch.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar and no summary; failures are still listed"
    )
    add_decoding_arguments(parse, "decoding", "the input")

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of geostance documents",
        description="Print the JSON Schema (draft 2020-12) of the documents that `geostance parse` writes.",
    )
    _add_indent(schema)
    add_output_commands(commands)  # graph, table, report
    return parser


def _add_indent(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--indent",
        metavar="N",
        type=_indent,
        default=2,
        help="indent the JSON by N spaces (default: 2; 0 puts each value on its own line unindented; "
        "JSON Lines are never indented)",
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


def _date(value: str) -> dt.date:
    day = parse_day(value)
    if day is None:
        msg = f"expected a date written YYYY-MM-DD, got {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return day


def _whole_number(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        msg = f"expected a whole number, got {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return number


def _pattern(value: str) -> str:
    try:
        _check_pattern(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return value


def _check_parse_args(args: argparse.Namespace) -> None:
    """Usage errors argparse cannot see; they exit with status 2 like its own."""
    subparser: argparse.ArgumentParser = args.subparser

    def error(message: str) -> NoReturn:
        subparser.error(message)

    jsonl_fields = ("text_field", "source_field", "url_field")
    if args.input_format != "jsonl":
        for field in jsonl_fields:
            if getattr(args, field) is not None:
                error(f"--{field.replace('_', '-')} needs --input-format jsonl")
    if args.jsonl is None:
        if len(args.inputs) > 1:
            error("several inputs: write their articles as JSON Lines with --jsonl OUT (- for standard output)")
        if args.input_format == "jsonl":
            error("--input-format jsonl reads many articles: write them with --jsonl OUT (- for standard output)")
        if args.resume:
            error("--resume needs --jsonl OUT")
    elif args.resume and args.jsonl == _STDIN:
        error("--resume needs --jsonl OUT naming a file, not standard output")


# ------------------------------------------------------------------ one article
def _parse(file: str, output: Path | None, indent: int, encoding: str, errors: str, *, date: dt.date | None) -> int:
    name = "<stdin>" if file == _STDIN else file
    if file != _STDIN and _is_dir(file):
        raise _CommandError(name, "is a directory (to parse the articles in it, add --jsonl OUT)")
    if output is not None:
        _check_not_an_input(output, [file])
    item = next(read_inputs([file], encoding=encoding, errors=errors))
    if isinstance(item, Failure):
        raise _CommandError(item.source, item.reason)
    try:
        article = geostance.parse(item.text, source=file, date=date)
    except geostance.GeostanceError as exc:
        raise _command_error(name, exc) from None
    document = geostance.to_json(article, indent=indent) + "\n"
    if output is None:
        _write_stdout(document)
    else:
        _write_atomically(output, document)
    return 0


def _is_dir(path: str) -> bool:
    try:
        return Path(path).is_dir()
    except (OSError, ValueError):
        return False


def _schema(indent: int) -> int:
    _write_stdout(json.dumps(geostance.json_schema(), indent=indent, ensure_ascii=False) + "\n")
    return 0


# ------------------------------------------------------------------ batches
class _Interrupted(Exception):
    """Ctrl-C or SIGTERM during a batch."""


class _OutputClosed(Exception):
    """The reader of standard output went away."""


class _Sink:
    """Where a batch writes its JSON lines: `OUT.part`, renamed to `OUT` at the end, or standard output.

    `OUT.part` is opened without following a symbolic link and locked for the run:
    a second run to the same `OUT` is refused while the first one works.
    """

    def __init__(self, target: str, *, resume: bool) -> None:
        self.target = target
        self.done: Counter[str] = Counter()
        """How many articles of each source are already written (a source can repeat: JSON Lines ids)."""
        self.kept = 0
        self._handle: IO[bytes] | None = None
        if target == _STDIN:
            self.part = None
            self._stream: IO[bytes] | None = getattr(sys.stdout, "buffer", None)
            return
        out = Path(target)
        self.part = Path(target + ".part")
        if _is_dir(target):
            raise _CommandError(target, "is a directory")
        self._handle = self._open_part()
        try:
            empty = self._handle.seek(0, os.SEEK_END) == 0
            if resume and empty and out.is_file():
                with out.open("rb") as finished:  # no OUT.part to go on from: resume from the finished OUT
                    shutil.copyfileobj(finished, self._handle)
            if resume:
                self._load_done(self._handle)
            else:
                self._handle.truncate(0)
            self._handle.seek(0, os.SEEK_END)
        except OSError as exc:
            self._handle.close()
            raise _CommandError(target, _os_reason(exc)) from None
        except _CommandError:
            self._handle.close()
            raise
        self._stream = self._handle

    def _open_part(self) -> IO[bytes]:
        """Open `OUT.part` for reading and writing, unchanged, locked; refuse a link, a locked or a special file."""
        assert self.part is not None  # noqa: S101 - set by the caller
        name = str(self.part)
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        try:
            fd = os.open(self.part, flags, 0o666)
        except OSError as exc:
            if self.part.is_symlink():
                raise _CommandError(name, "is a symbolic link: refusing to write through it") from None
            raise _CommandError(self.target, _os_reason(exc)) from None
        problem = None
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            problem = _CommandError(name, "is not a regular file: refusing to write to it")
        elif not _lock_exclusively(fd):
            reason = f"another geostance run is writing it (it holds {name}): wait for that run to end"
            problem = _CommandError(self.target, reason)
        if problem is not None:
            os.close(fd)
            raise problem
        return os.fdopen(fd, "r+b", buffering=1 << 20)

    def _load_done(self, handle: IO[bytes]) -> None:
        """Read the sources already written; drop a last line cut short by an interruption."""
        complete = 0
        handle.seek(0)
        for number, raw in enumerate(handle, start=1):
            if not raw.endswith(b"\n"):
                break
            try:
                source = json.loads(raw)["source"]
            except (ValueError, KeyError, TypeError, RecursionError):
                raise _CommandError(
                    str(self.part), f"line {number} is not a geostance article: cannot resume from this file"
                ) from None
            if isinstance(source, str):
                self.done[source] += 1
            self.kept += 1
            complete += len(raw)
        handle.truncate(complete)

    def skip(self, source: str | None) -> bool:
        """Whether an input with this source was written before (each article written skips one input)."""
        if source is None or not self.done[source]:
            return False
        self.done[source] -= 1
        return True

    def write(self, line: str) -> None:
        try:
            if self._stream is None:  # a standard output without bytes (replaced by a test, an IDE)
                sys.stdout.write(line)
            else:
                self._stream.write(line.encode("utf-8"))
        except BrokenPipeError:
            raise _OutputClosed from None
        except OSError as exc:
            raise _CommandError(self.target, _os_reason(exc)) from None

    def commit(self) -> None:
        """Make the output complete: flush standard output, or rename `OUT.part` to `OUT`."""
        try:
            if self._handle is None or self.part is None:
                (self._stream or sys.stdout).flush()
                return
            self._handle.flush()
            os.fsync(self._handle.fileno())
            if os.name == "nt":  # Windows renames no open file
                self._handle.close()
            self.part.replace(self.target)  # elsewhere still locked: no other run can take OUT.part before it moves
            self._handle.close()
        except BrokenPipeError:
            raise _OutputClosed from None
        except OSError as exc:
            raise _CommandError(self.target, _os_reason(exc)) from None

    def keep_partial(self) -> None:
        """Stop early: flush what was written to `OUT.part` and leave it for `--resume`."""
        if self._handle is not None:
            with contextlib.suppress(OSError):
                self._handle.close()


class _Progress:
    """A progress bar on stderr: tqdm when it is installed, else one plain line redrawn twice a second."""

    interval = 0.5
    """Seconds between redraws of the plain line."""

    def __init__(self, total: int | None, *, enabled: bool) -> None:
        self.articles = 0
        self._enabled = enabled
        self._total = total
        self._done = 0
        self._start = time.perf_counter()
        self._last = 0.0
        self._bar: Any = None
        if not enabled:
            return
        try:  # optional: pip install 'geostance[progress]'; imported by name, as it may have no type stubs
            tqdm: Any = importlib.import_module("tqdm")
        except ImportError:
            return
        self._bar = tqdm.tqdm(
            total=total,
            unit="B",
            unit_scale=True,
            unit_divisor=1024,
            desc="parsing",
            file=sys.stderr,
            dynamic_ncols=True,
            mininterval=0.2,
        )

    def advance(self, nbytes: int, articles: int = 0) -> None:
        self._done += nbytes
        self.articles += articles
        if self._bar is not None:
            if articles:
                self._bar.set_postfix_str(_count(self.articles, "article"), refresh=False)
            self._bar.update(nbytes)
        elif self._enabled:
            now = time.perf_counter()
            if now - self._last >= self.interval:
                self._last = now
                self._draw(now)

    def _draw(self, now: float) -> None:
        sys.stderr.write(f"\r{self.line(now)}\x1b[K")
        sys.stderr.flush()

    def line(self, now: float) -> str:
        """The plain progress line: bytes read (of the total, when known), articles, and articles per second."""
        done = _data_size(self._done)
        of = f" of {_data_size(self._total)} ({100 * self._done // max(self._total, 1)}%)" if self._total else ""
        rate = self.articles / max(now - self._start, 1e-9)
        return f"parsing: {done}{of}, {_count(self.articles, 'article')}, {rate:,.0f} articles/s"

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
        elif self._enabled and self._last:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def _data_size(nbytes: int) -> str:
    """A byte count in the unit that reads best: `412 bytes`, `4.5 kB`, `12.3 MB`, `1.2 GB`."""
    if nbytes < 1_000:
        return _count(nbytes, "byte")
    if nbytes < 1_000_000:
        return f"{nbytes / 1_000:,.1f} kB"
    if nbytes < 1_000_000_000:
        return f"{nbytes / 1_000_000:,.1f} MB"
    return f"{nbytes / 1_000_000_000:,.1f} GB"


def _parse_batch(args: argparse.Namespace) -> int:
    """Parse every input into one JSON line each; list what failed at the end."""
    started = time.perf_counter()
    input_format = args.input_format
    pattern = args.glob or ("*.jsonl" if input_format == "jsonl" else "*.txt")
    failures: list[tuple[int, Failure]] = []
    files = list(find_files(args.inputs, pattern=pattern))
    if args.jsonl != _STDIN:  # OUT (or OUT.part) among the inputs, however named: it would be overwritten
        _check_not_an_input(args.jsonl, [file for file in files if isinstance(file, str)], args.jsonl + ".part")
    sink = _Sink(args.jsonl, resume=args.resume)
    total = None if _STDIN in files else sum(_size(file) for file in files if isinstance(file, str))
    show = not args.quiet and (sys.stderr.isatty() if args.progress is None else args.progress)
    progress = _Progress(total, enabled=show)
    pending: deque[tuple[int, int]] = deque()  # (input number, bytes) of each text sent to the parser
    counts = {"articles": 0, "chars": 0, "actors": 0, "statements": 0, "rebuttals": 0, "skipped": 0}

    def texts() -> Iterator[ArticleText]:
        items = _read_sized(
            files,
            input_format=input_format,
            text_field=args.text_field or "text",
            source_field=args.source_field,
            url_field=args.url_field,
            encoding=args.encoding,
            errors=args.errors,
        )
        for number, (item, size) in enumerate(items):
            if isinstance(item, Failure):
                failures.append((number, item))
                progress.advance(size)
            elif sink.skip(item.source):
                counts["skipped"] += 1
                progress.advance(size)
            else:
                pending.append((number, size))
                yield item if item.date is not None or args.date is None else attrs.evolve(item, date=args.date)

    interrupted = closed = False
    outcomes = parse_many_json(texts(), jobs=args.jobs)
    with _interrupt_on_sigterm(), contextlib.closing(outcomes):  # closing stops the workers, whatever happens
        try:
            for outcome in outcomes:
                number, size = pending.popleft()
                if outcome.json is None:
                    source = "<stdin>" if outcome.source == _STDIN else outcome.source or "?"
                    failures.append((number, Failure(source=source, reason=outcome.error or "not parsed")))
                    progress.advance(size)
                    continue
                sink.write(outcome.json + "\n")
                counts["articles"] += 1
                counts["chars"] += outcome.chars
                counts["actors"] += outcome.actors
                counts["statements"] += outcome.statements
                counts["rebuttals"] += outcome.rebuttals
                progress.advance(size, 1)
            sink.commit()
        except (KeyboardInterrupt, _Interrupted):
            interrupted = True
            sink.keep_partial()
        except _OutputClosed:
            closed = True
            _silence_stdout()
        finally:
            progress.close()

    for _number, failure in sorted(failures, key=lambda pair: pair[0]):
        sys.stderr.write(f"{_PROG}: error: {failure.source}: {_one_line(failure.reason)}\n")
    if not args.quiet:
        sys.stderr.write(_summary(counts, time.perf_counter() - started, args.jsonl, sink.kept) + "\n")
    if failures:
        sys.stderr.write(f"{_PROG}: {len(failures):,} input{_s(len(failures))} failed (listed above)\n")
    if interrupted:
        where = "" if sink.part is None else f"; the articles so far are in {sink.part}, add --resume to go on"
        sys.stderr.write(f"{_PROG}: interrupted{where}\n")
        return EXIT_INTERRUPTED
    if closed:
        return 0
    return EXIT_FAILURES if failures else 0


def _size(file: str) -> int:
    try:
        return Path(file).stat().st_size
    except (OSError, ValueError):
        return 0


def _summary(counts: dict[str, int], seconds: float, target: str, kept: int) -> str:
    where = "standard output" if target == _STDIN else target
    rate = counts["chars"] / seconds if seconds > 0 else 0.0
    nouns = (("chars", "character"), ("actors", "actor"), ("statements", "statement"), ("rebuttals", "rebuttal"))
    found = ", ".join(_count(counts[key], noun) for key, noun in nouns)
    resumed = bool(counts["skipped"] or kept)
    line = (
        f"{_PROG}: wrote {_count(counts['articles'], 'new article' if resumed else 'article')} to {where} "
        f"in {seconds:,.1f} s: {found} ({rate:,.0f} characters/s)"
    )
    if resumed:
        line += f"; kept {_count(kept, 'article')} from before, skipped {_count(counts['skipped'], 'input')}"
    return line


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{_s(number)}"


def _s(number: int) -> str:
    return "" if number == 1 else "s"


@contextlib.contextmanager
def _interrupt_on_sigterm() -> Iterator[None]:
    """Turn SIGTERM into `_Interrupted` while a batch runs, so it ends as cleanly as Ctrl-C."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(_signum: int, _frame: FrameType | None) -> None:
        raise _Interrupted

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
