"""Many articles at once: `parse_many`, file and JSON Lines readers, and the parts the CLI and Dask share.

- [`parse_many`][geostance.batch.parse_many] parses an iterable of texts into
  articles, lazily and in order, on one core or on `jobs` worker processes;
- [`parse_many_json`][geostance.batch.parse_many_json] does the same but yields
  each article already serialized as one JSON line, with the counts a summary needs
  and the error of an article that could not be parsed (what `geostance parse --jsonl`
  writes);
- [`find_files`][geostance.batch.find_files] and
  [`read_inputs`][geostance.batch.read_inputs] turn paths (files, directories,
  JSON Lines archives) into [`ArticleText`][geostance.batch.ArticleText]s, and
  report what cannot be read as [`Failure`][geostance.batch.Failure]s instead of
  stopping;
- [`parse_files`][geostance.batch.parse_files] and
  [`parse_records`][geostance.batch.parse_records] are the per-partition functions
  of the Dask recipe (see the Distributed page of the docs): they give the same JSON
  lines as the command line.

Memory stays bounded whatever the corpus size: inputs are read one at a time, and
with `jobs > 1` at most `4 * jobs` chunks of articles are in flight. Worker
processes are started with the `spawn` method, the same on every platform, and each
builds the gazetteer once, when it starts.
"""

from __future__ import annotations

import codecs
import concurrent.futures
import functools
import json
import logging
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
from collections import deque
from pathlib import Path, PurePath
from typing import IO, TYPE_CHECKING, Literal, TypeAlias, TypeVar

import attrs

from geostance._dates import parse_day
from geostance.errors import GeostanceError
from geostance.gazetteer import Gazetteer
from geostance.pipeline import DEFAULT_MAX_CHARS, parse
from geostance.serialize import _DuplicateKeyError, _unique_keys, to_json

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Generator, Iterable, Iterator, Mapping

    from geostance.model import Article

__all__ = [
    "ArticleText",
    "Failure",
    "InputFormat",
    "Outcome",
    "find_files",
    "parse_files",
    "parse_many",
    "parse_many_json",
    "parse_records",
    "read_inputs",
]

InputFormat = Literal["text", "jsonl"]
"""How input files hold articles: `text` (one article per file) or `jsonl` (one JSON object per line)."""

DEFAULT_CHUNK_SIZE = 16
"""Articles sent to a worker process at a time (fewer when they are long)."""

_CHUNK_CHARS = 262_144
"""A chunk is closed once it holds this many characters, so long articles travel in small chunks."""

_WINDOW_PER_JOB = 4
"""Chunks in flight per worker process: enough to keep every worker busy, few enough to bound memory."""

_STDIN = "-"
_DEFAULT_PATTERNS: dict[InputFormat, str] = {"text": "*.txt", "jsonl": "*.jsonl"}

_log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")


@attrs.frozen(kw_only=True)
class ArticleText:
    """The text of one article and where it came from, before parsing."""

    text: str
    """The article text (parsed as it is)."""
    source: str | None = None
    """Where the text came from, kept in `Article.source` (a path, `path:line`, or an id)."""
    url: str | None = None
    """The article's URL, kept in `Article.url`."""
    date: dt.date | None = None
    """The article's date, given to `parse` (a JSON Lines record's `date`, `YYYY-MM-DD`)."""


@attrs.frozen(kw_only=True)
class Failure:
    """An input that could not be read or parsed, and why."""

    source: str
    """The file (or `file:line` for a JSON Lines record, `<stdin>` for standard input)."""
    reason: str
    """What went wrong, in one line, e.g. `not UTF-8 text: invalid start byte at byte offset 3`."""


@attrs.frozen(kw_only=True)
class Outcome:
    """One article of [`parse_many_json`][geostance.batch.parse_many_json]: its JSON line, or why there is none."""

    source: str | None
    """The `source` of the input."""
    chars: int
    """Characters of text in the input."""
    json: str | None = None
    """The article as one line of JSON (no newline at the end); None when it could not be parsed."""
    error: str | None = None
    """Why the article could not be parsed; None when it was."""
    actors: int = 0
    """Actors in the article (organizations, states and groups)."""
    statements: int = 0
    """Statements in the article."""
    rebuttals: int = 0
    """Rebuttals in the article."""

    @property
    def ok(self) -> bool:
        """Whether the article was parsed."""
        return self.json is not None


# ------------------------------------------------------------------ parsing
def parse_many(
    texts: Iterable[str | ArticleText],
    *,
    jobs: int = 1,
    gazetteer: Gazetteer | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Generator[Article, None, None]:
    """Parse many articles, lazily, in order, on one core or several.

    The result is an iterator: texts are read from `texts` only as results are
    consumed, so memory stays bounded however long the input is. The articles are
    equal to what [`geostance.parse`][geostance.parse] returns for each text,
    whatever `jobs` is. Closing the iterator early (`.close()`, or leaving a `for`
    loop and dropping it) stops the worker processes.

    Args:
        texts: Article texts, each a `str` or an [`ArticleText`][geostance.batch.ArticleText]
            (which also carries the source and URL).
        jobs: Worker processes; 1 parses in this process, 0 uses every core.
        gazetteer: Known actors; default: the shipped gazetteer (it must be picklable for `jobs > 1`).
        max_chars: Refuse longer texts, as `parse` does.
        chunk_size: Texts sent to a worker at a time (when `jobs > 1`).

    Raises:
        GeostanceError: as `parse` raises it (e.g. `InputTooLarge`), when the
            iterator reaches the text that caused it; the articles before it have
            been yielded.
    """
    jobs = _resolve_jobs(jobs)
    work = functools.partial(_parse_chunk, max_chars=max_chars, gazetteer=gazetteer if jobs == 1 else None)
    for result in _ordered_map(work, texts, jobs=jobs, chunk_size=chunk_size, gazetteer=gazetteer):
        if isinstance(result, BaseException):
            raise result
        yield result


def parse_many_json(
    texts: Iterable[str | ArticleText],
    *,
    jobs: int = 1,
    gazetteer: Gazetteer | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Generator[Outcome, None, None]:
    """Parse and serialize many articles, lazily, in order: one [`Outcome`][geostance.batch.Outcome] per text.

    Like [`parse_many`][geostance.batch.parse_many], but each article is turned
    into one line of JSON (`geostance.to_json(article)`) where it is parsed, in the
    worker process when `jobs > 1`, and an article that cannot be parsed gives an
    outcome with its `error` instead of stopping the batch. This is what
    `geostance parse --jsonl` writes.

    Args:
        texts: Article texts, each a `str` or an [`ArticleText`][geostance.batch.ArticleText].
        jobs: Worker processes; 1 parses in this process, 0 uses every core.
        gazetteer: Known actors; default: the shipped gazetteer.
        max_chars: Refuse longer texts, as `parse` does.
        chunk_size: Texts sent to a worker at a time (when `jobs > 1`).
    """
    jobs = _resolve_jobs(jobs)
    work = functools.partial(_json_chunk, max_chars=max_chars, gazetteer=gazetteer if jobs == 1 else None)
    yield from _ordered_map(work, texts, jobs=jobs, chunk_size=chunk_size, gazetteer=gazetteer)


def _resolve_jobs(jobs: int) -> int:
    """The number of worker processes: `jobs`, or every core for 0."""
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 0:
        raise ValueError(f"jobs must be a whole number, 0 for every core, got {jobs!r}")
    return jobs or os.cpu_count() or 1


_worker_gazetteer: Gazetteer | None = None
"""The gazetteer of a worker process, set once by `_init_worker`."""


def _init_worker(gazetteer: Gazetteer | None) -> None:
    """Start a worker: leave Ctrl-C to the parent, exit with it, and build the gazetteer and lexicon once."""
    global _worker_gazetteer  # noqa: PLW0603 - per-process state, set once when the worker starts
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = multiprocessing.parent_process()
    if parent is not None:
        watch = threading.Thread(target=_exit_with, args=(parent.sentinel,), name="geostance-parent", daemon=True)
        watch.start()
    _worker_gazetteer = gazetteer if gazetteer is not None else Gazetteer.default()
    parse("Warm-up.", gazetteer=_worker_gazetteer)


def _exit_with(parent_sentinel: int) -> None:
    """Wait for the parent process to end, then end this worker at once.

    A parent killed outright (SIGKILL, the OOM killer) cannot shut its pool down, and
    the workers, which hold both ends of the task queue, would wait for work forever.
    """
    multiprocessing.connection.wait([parent_sentinel])
    os._exit(1)


def _unpack(item: str | ArticleText) -> tuple[object, str | None, str | None, dt.date | None]:
    if isinstance(item, ArticleText):
        return item.text, item.source, item.url, item.date
    return item, None, None, None


def _parse_chunk(
    chunk: list[str | ArticleText], *, max_chars: int, gazetteer: Gazetteer | None
) -> list[Article | BaseException]:
    """Parse a chunk; stop at the first GeostanceError and return it in the article's place."""
    gazetteer = gazetteer or _worker_gazetteer
    out: list[Article | BaseException] = []
    for item in chunk:
        text, source, url, date = _unpack(item)
        try:
            out.append(parse(text, source=source, url=url, gazetteer=gazetteer, max_chars=max_chars, date=date))  # type: ignore[arg-type]
        except GeostanceError as exc:
            out.append(exc)
            break
    return out


def _json_chunk(chunk: list[str | ArticleText], *, max_chars: int, gazetteer: Gazetteer | None) -> list[Outcome]:
    """Parse and serialize a chunk; a text that fails gives an outcome with its error."""
    gazetteer = gazetteer or _worker_gazetteer
    out: list[Outcome] = []
    for item in chunk:
        text, source, url, date = _unpack(item)
        chars = len(text) if isinstance(text, str) else 0
        try:
            article = parse(text, source=source, url=url, gazetteer=gazetteer, max_chars=max_chars, date=date)  # type: ignore[arg-type]
            document = to_json(article)
        except GeostanceError as exc:
            out.append(Outcome(source=source, chars=chars, error=_one_line(str(exc))))
            continue
        except Exception as exc:  # noqa: BLE001 - a bug on one article must not end a corpus-sized batch
            _log.exception("geostance failed on %s", source or "a text")
            reason = f"internal error, please report it: {type(exc).__name__}: {exc}"
            out.append(Outcome(source=source, chars=chars, error=_one_line(reason)))
            continue
        out.append(
            Outcome(
                source=source,
                chars=chars,
                json=document,
                actors=len(article.organizations) + len(article.states) + len(article.groups),
                statements=len(article.statements),
                rebuttals=len(article.rebuttals),
            )
        )
    return out


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Group `items` into lists of at most `size` items and about `_CHUNK_CHARS` characters."""
    chunk: list[T] = []
    chars = 0
    for item in items:
        chunk.append(item)
        text = item.text if isinstance(item, ArticleText) else item
        chars += len(text) if isinstance(text, str) else 1
        if len(chunk) >= size or chars >= _CHUNK_CHARS:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def _ordered_map(
    work: Callable[[list[T]], list[R]],
    items: Iterable[T],
    *,
    jobs: int,
    chunk_size: int,
    gazetteer: Gazetteer | None,
) -> Iterator[R]:
    """`work` over chunks of `items`, results in order, with at most `4 * jobs` chunks in flight."""
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be 1 or more, got {chunk_size}")
    if jobs == 1:  # one at a time: each result is out as soon as it is ready
        for item in items:
            yield from work([item])
        return
    pool = concurrent.futures.ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_init_worker,
        initargs=(gazetteer,),
    )
    pending: deque[concurrent.futures.Future[list[R]]] = deque()
    try:
        for chunk in _chunks(items, chunk_size):
            pending.append(pool.submit(work, chunk))
            if len(pending) >= _WINDOW_PER_JOB * jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# ------------------------------------------------------------------ reading
def find_files(paths: Iterable[str], *, pattern: str = "*.txt") -> Iterator[str | Failure]:
    """The files named by `paths`, with each directory replaced by the files in it.

    A directory gives the files under it whose names match `pattern`, at any depth,
    in sorted order, skipping hidden files and directories (names starting with `.`);
    a directory with no such file gives a [`Failure`][geostance.batch.Failure].
    Anything else, `-` (standard input) included, is passed on as it is: reading it
    reports what is wrong with it.
    """
    _check_pattern(pattern)
    for path in paths:
        if path == _STDIN or not _is_dir(path):
            yield path
            continue
        found = sorted(_walk(path, pattern), key=lambda pair: pair[0])
        if not found:
            yield Failure(source=path, reason=f"directory has no files matching {pattern} (choose others with --glob)")
        for _parts, item in found:
            yield item


def _check_pattern(pattern: str) -> None:
    """Check that `pattern` is a file name pattern `find_files` can match (`*.txt`, `news/*.md`).

    Raises:
        ValueError: an empty pattern, or one `pathlib` cannot match (`.`).
    """
    try:
        PurePath("x").match(pattern)
    except ValueError:
        raise ValueError(f"{pattern!r} is not a file name pattern (e.g. '*.txt')") from None


def _walk(root: str, pattern: str) -> Iterator[tuple[tuple[str, ...], str | Failure]]:
    """The files under `root` matching `pattern` (as `Path.rglob` matches), and a Failure per unreadable directory.

    Each comes with its path relative to `root`, as parts, to sort by. Hidden files and
    directories are skipped; symbolic links to directories are not followed.
    """
    unreadable: list[OSError] = []  # os.walk reports a directory it cannot list here, instead of skipping it quietly
    base = Path(root)
    for directory, subdirectories, files in os.walk(root, onerror=unreadable.append):
        subdirectories[:] = [name for name in subdirectories if not name.startswith(".")]
        for name in files:
            file = Path(directory, name)
            relative = file.relative_to(base)
            if not name.startswith(".") and relative.match(pattern) and file.is_file():
                yield relative.parts, str(file)
    for error in unreadable:
        where = root if error.filename is None else os.fsdecode(error.filename)
        reason = f"{_os_reason(error)}: the files in this directory were not read"
        yield Path(where).relative_to(base).parts, Failure(source=where, reason=reason)


def _is_dir(path: str) -> bool:
    try:
        return Path(path).is_dir()
    except (OSError, ValueError):
        return False


def read_inputs(
    paths: Iterable[str],
    *,
    input_format: InputFormat = "text",
    text_field: str = "text",
    source_field: str | None = None,
    url_field: str | None = None,
    encoding: str = "utf-8",
    errors: str = "strict",
    pattern: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[ArticleText | Failure]:
    """The articles in files and directories, in order, and a Failure for each one that cannot be read.

    Args:
        paths: Files, directories (see [`find_files`][geostance.batch.find_files]) or
            `-` for standard input.
        input_format: `text`: each file is one article, its source the path as given
            (`-` for standard input). `jsonl`: each line is a JSON object holding one
            article; its source is `path:line` (line numbers from 1), or the
            `source_field` of the record when one is named; a record's `date`
            (`YYYY-MM-DD`), if any, is the article's date.
        text_field: The field of a JSON Lines record that holds the text.
        source_field: The field of a JSON Lines record to use as the source (a string or an integer).
        url_field: The field of a JSON Lines record that holds the URL, if any.
        encoding: How the bytes are decoded: any text encoding Python knows (UTF-16 and
            UTF-32 JSON Lines too; a leading byte order mark is dropped).
        errors: What to do with bytes that do not decode: `strict` (a Failure naming
            the byte offset), or `replace`, `ignore`, `backslashreplace`.
        pattern: Which files a directory gives; default `*.txt` for text, `*.jsonl` for JSON Lines.
        max_chars: A text file larger than `4 * max_chars` bytes, or a JSON Lines record
            longer than `6 * max_chars` bytes (six bytes a character: room for JSON escapes),
            is a Failure without being read whole.

    Raises:
        LookupError: `encoding` is not a text encoding (`base64`, `rot13`, ...) or
            `errors` names no error handler; raised before anything is read.
    """
    for item, _size in _read_sized(
        find_files(paths, pattern=pattern or _DEFAULT_PATTERNS[input_format]),
        input_format=input_format,
        text_field=text_field,
        source_field=source_field,
        url_field=url_field,
        encoding=encoding,
        errors=errors,
        max_chars=max_chars,
    ):
        yield item


def _read_sized(
    paths: Iterable[str | Failure],
    *,
    input_format: InputFormat = "text",
    text_field: str = "text",
    source_field: str | None = None,
    url_field: str | None = None,
    encoding: str = "utf-8",
    errors: str = "strict",
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[tuple[ArticleText | Failure, int]]:
    """`read_inputs` over paths `find_files` gave, each item with the input bytes it stands for (for progress)."""
    codec = _codec_name(encoding)
    codecs.lookup_error(errors)  # an unknown handler fails here, not at the first bad byte
    for path in paths:
        if isinstance(path, Failure):
            yield path, 0
        elif input_format == "jsonl":
            yield from _read_jsonl(
                path,
                text_field=text_field,
                source_field=source_field,
                url_field=url_field,
                encoding=encoding,
                codec=codec,
                errors=errors,
                max_chars=max_chars,
            )
        else:
            yield _read_text_file(path, encoding=encoding, errors=errors, max_chars=max_chars)


def _codec_name(encoding: str) -> str:
    """The display name of a text encoding (`UTF-8`, `utf-16`, `cp1252`, ...).

    Raises:
        LookupError: Python knows no such codec, or it is not a text encoding (base64,
            rot13, hex, zlib, ... turn bytes into bytes or text into text).
    """
    name = codecs.lookup(encoding).name
    try:
        b"a".decode(encoding)
    except LookupError:
        raise LookupError(f"{encoding!r} is not a text encoding: it does not decode bytes to text") from None
    except UnicodeError:
        pass  # a text encoding that does not decode this byte alone (UTF-16, ...)
    return "UTF-8" if name == "utf-8" else name


def _not_text(exc: UnicodeError, codec: str, offset: int = 0, data: bytes = b"") -> str:
    """Why bytes did not decode, with the byte offset (from `offset`) when the codec says it.

    Given the bytes (or their start), the reason also names the encoding they are likely
    in and how to ask for it (see `encoding_hint`).
    """
    if isinstance(exc, UnicodeDecodeError):
        return f"not {codec} text: {exc.reason} at byte offset {offset + exc.start}{encoding_hint(data, codec)}"
    return f"not {codec} text: {exc}"


_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32", "utf-32"),  # before UTF-16: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_BE, "UTF-32", "utf-32"),
    (codecs.BOM_UTF16_LE, "UTF-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "UTF-16", "utf-16"),
)


def encoding_hint(data: bytes, codec: str) -> str:
    """`; ` and the encoding bytes that did not decode as `codec` are likely in, with the option that reads them.

    A UTF-16 or UTF-32 byte order mark names its encoding; other bytes that are not
    UTF-8 are most often Latin-1 or its Windows superset. Empty when there is no guess.
    """
    for mark, name, option in _BOMS:
        if data.startswith(mark) and codec.lower().replace("_", "-") not in {option, f"{option}-le", f"{option}-be"}:
            return f"; it starts with a {name} byte order mark: add --encoding {option}"
    if codec == "UTF-8":
        return "; it may be Latin-1 or Windows-1252 text: add --encoding cp1252 (or --encoding latin-1)"
    return ""


def nul_reason(at: int, data: bytes) -> str:
    """Why a text holding a NUL character (at `at`) is refused: it is binary data or a misread encoding."""
    reason = f"holds a NUL character at character offset {at:,}: this is not plain text"
    if data.count(0) * 4 >= len(data):  # every second or fourth byte: UTF-16 or UTF-32 without a byte order mark
        return reason + "; it may be UTF-16 without a byte order mark: add --encoding utf-16-le (or utf-16-be)"
    return reason + " (a binary file?)"


def _splits_on_newline_byte(encoding: str) -> bool:
    """Whether a line break is one newline byte (0x0A) in this encoding (UTF-8, Latin-1, cp1251, Shift JIS, ...).

    Then a file is split into lines before decoding, and each line decoded alone; in
    UTF-16 or UTF-32 a line break is two or four bytes, so the file is decoded first.
    """
    encoder = codecs.getincrementalencoder(encoding)()
    try:
        encoder.encode("a")  # a byte order mark, if the codec writes one, comes out first
        return encoder.encode("\n") == b"\n"
    except UnicodeError:
        return False


_JSON_BYTES_PER_CHAR = 6
"""The most a character of text takes in a JSON Lines record: `\\uXXXX`."""


def _display(path: str) -> str:
    return "<stdin>" if path == _STDIN else path


def _read_text_file(path: str, *, encoding: str, errors: str, max_chars: int) -> tuple[ArticleText | Failure, int]:
    name = _display(path)
    try:
        if path == _STDIN:
            data = sys.stdin.buffer.read()
        else:
            size = Path(path).stat().st_size
            if size > 4 * max_chars:
                return Failure(source=name, reason=f"file has {size:,} bytes, too long for max_chars={max_chars:,}"), 0
            data = Path(path).read_bytes()
    except OSError as exc:
        return Failure(source=name, reason=_os_reason(exc)), 0
    except ValueError as exc:  # e.g. a path with a NUL byte
        return Failure(source=name, reason=str(exc)), 0
    return decode_text(data, source=path, encoding=encoding, errors=errors), len(data)


def decode_text(data: bytes, *, source: str, encoding: str = "utf-8", errors: str = "strict") -> ArticleText | Failure:
    """The text of one article file's bytes, as every command reads it, or why there is none.

    A leading byte order mark is dropped. Bytes that do not decode (with `errors="strict"`)
    give a Failure naming the byte offset and the encoding they are likely in; so does a
    NUL character (binary data, or UTF-16 read as UTF-8), and a text that is empty or
    only white space. `source` (`-` for standard input) is the ArticleText's source.
    """
    name = _display(source)
    codec = _codec_name(encoding)
    try:
        text = data.decode(encoding, errors)
    except UnicodeError as exc:
        return Failure(source=name, reason=_not_text(exc, codec, data=data[:4]))
    text = text.removeprefix("\ufeff")
    nul = text.find("\x00")
    if nul >= 0:
        return Failure(source=name, reason=nul_reason(nul, data))
    if not text.strip():
        reason = "empty file: no text to parse" if not data else "file holds only white space: no text to parse"
        return Failure(source=name, reason=reason)
    return ArticleText(text=text, source=source)


def _read_jsonl(
    path: str,
    *,
    text_field: str,
    source_field: str | None,
    url_field: str | None,
    encoding: str,
    codec: str,
    errors: str,
    max_chars: int,
) -> Iterator[tuple[ArticleText | Failure, int]]:
    name = _display(path)
    try:
        handle = sys.stdin.buffer if path == _STDIN else Path(path).open("rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        yield Failure(source=name, reason=_os_reason(exc)), 0
        return
    except ValueError as exc:
        yield Failure(source=name, reason=str(exc)), 0
        return
    limit = _JSON_BYTES_PER_CHAR * max_chars
    split = _byte_lines if _splits_on_newline_byte(encoding) else _decoded_lines
    total = 0
    records = 0
    try:
        for number, content, size in split(handle, encoding=encoding, codec=codec, errors=errors, limit=limit):
            total += size
            line = content.removeprefix("\ufeff") if number == 1 and isinstance(content, str) else content
            if isinstance(line, str) and not line.strip():  # a blank line (the BOM of a text file is no text)
                continue
            records += 1
            where = f"{name}:{number}"
            if isinstance(line, Failure):
                yield Failure(source=where, reason=line.reason), size
                continue
            yield _record(line, where, text_field, source_field, url_field), size
    except OSError as exc:
        yield Failure(source=name, reason=_os_reason(exc)), 0
        return
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()
    if not records:
        yield Failure(source=name, reason="empty file: no JSON Lines records" if not total else "no records"), 0


_Lines: TypeAlias = "Iterator[tuple[int, str | Failure, int]]"
"""(line number, the line decoded or why it cannot be, bytes it takes) for each line of a file."""

_BLOCK = 1 << 16


def _byte_lines(handle: IO[bytes], *, encoding: str, codec: str, errors: str, limit: int) -> _Lines:
    """The lines of a file whose line breaks are newline bytes, each decoded alone; over `limit` bytes: not kept."""
    offset = 0
    number = 0
    while raw := handle.readline(limit + 1):
        number += 1
        start = offset
        if len(raw) > limit and not raw.endswith(b"\n"):
            size = len(raw) + _skip_line(handle)
            offset += size
            yield number, Failure(source="", reason=_too_long(limit, "bytes")), size
            continue
        offset += len(raw)
        try:
            yield number, raw.decode(encoding, errors).removesuffix("\n"), len(raw)
        except UnicodeError as exc:
            yield number, Failure(source="", reason=_not_text(exc, codec, start)), len(raw)


def _skip_line(handle: IO[bytes]) -> int:
    """Read past the end of the current line without keeping it; the bytes read."""
    skipped = 0
    while chunk := handle.readline(_BLOCK):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def _decoded_lines(handle: IO[bytes], *, encoding: str, codec: str, errors: str, limit: int) -> _Lines:
    """The lines of a file decoded as a whole (UTF-16, UTF-32, ...); a line over `limit` characters is not kept.

    A byte that does not decode (with `errors="strict"`) ends the file: where the next
    line starts cannot be known in such encodings. Sizes are those of the blocks read
    (for progress only).
    """
    decoder = codecs.getincrementaldecoder(encoding)(errors)
    number = 0
    pending: list[str] = []  # the start of a line whose end has not been read yet
    length = 0  # characters in pending
    skipping = False  # the current line is too long: drop it up to its end
    fed = 0  # bytes given to the decoder so far
    unreported = 0  # bytes read since a line was last given out
    while True:
        block = handle.read(_BLOCK)
        buffered = len(decoder.getstate()[0])  # bytes of an unfinished character, from the last block
        failure = None
        try:
            text = decoder.decode(block, final=not block)
        except UnicodeError as exc:
            failure = f"{_not_text(exc, codec, fed - buffered)}; the rest of the file is not read"
            good = exc.start - buffered if isinstance(exc, UnicodeDecodeError) else 0
            block = block[: max(good, 0)]  # the lines before the bad bytes are read
            try:
                text = decoder.decode(block)
            except UnicodeError:
                text = ""
        fed += len(block)
        unreported += len(block)
        *ends, rest = text.split("\n")
        for piece in ends:
            number += 1
            line = "".join([*pending, piece])
            if skipping or len(line) > limit:
                yield number, Failure(source="", reason=_too_long(limit, "characters")), unreported
            else:
                yield number, line, unreported
            pending, length, skipping, unreported = [], 0, False, 0
        if failure is not None:
            yield number + 1, Failure(source="", reason=failure), unreported
            return
        if not skipping:
            pending.append(rest)
            length += len(rest)
            if length > limit:
                pending, length, skipping = [], 0, True
        if not block:
            break
    if skipping or length:
        line = "".join(pending)
        yield number + 1, Failure(source="", reason=_too_long(limit, "characters")) if skipping else line, unreported


def _too_long(limit: int, unit: str) -> str:
    return f"record has more than {limit:,} {unit}: too long for max_chars={limit // _JSON_BYTES_PER_CHAR:,}"


def _record(
    line: str,
    where: str,
    text_field: str,
    source_field: str | None,
    url_field: str | None,
) -> ArticleText | Failure:
    """One JSON Lines record as an ArticleText, its source `where` unless `source_field` names one."""
    try:
        data = json.loads(line, object_pairs_hook=_unique_keys)
    except _DuplicateKeyError as exc:  # as from_json: json.loads would silently keep the last value
        return Failure(source=where, reason=f"not a valid record: {exc}")
    except json.JSONDecodeError as exc:  # "Unterminated string starting at", "Invalid control character at"
        return Failure(source=where, reason=f"not valid JSON: {exc.msg.removesuffix(' at')} at column {exc.colno}")
    except ValueError as exc:  # an integer of more than 4,300 digits
        return Failure(source=where, reason=f"not valid JSON: {str(exc).split(';')[0]}")
    except RecursionError:
        return Failure(source=where, reason="not valid JSON: nested too deeply")
    if not isinstance(data, dict):
        return Failure(source=where, reason=f"expected a JSON object, got {_json_type(data)}")
    text = data.get(text_field)
    if not isinstance(text, str):
        return Failure(source=where, reason=_missing(data, text_field, "a string"))
    source = where
    if source_field is not None:
        value = data.get(source_field)
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            return Failure(source=where, reason=_missing(data, source_field, "a string or an integer"))
        source = str(value)
    url = data.get(url_field) if url_field is not None else None
    if url is not None and not isinstance(url, str):
        return Failure(source=where, reason=f"field {url_field!r} is {_json_type(url)}, expected a string")
    if not text.strip():
        return Failure(source=where, reason=f"field {text_field!r} is empty: no text to parse")
    date = parse_day(data.get("date"))
    if data.get("date") is not None and date is None:
        return Failure(source=where, reason=f"field 'date' is {data['date']!r}, expected a date written YYYY-MM-DD")
    return ArticleText(text=text, source=source, url=url, date=date)


def _missing(data: Mapping[str, object], field: str, expected: str) -> str:
    if field in data:
        return f"field {field!r} is {_json_type(data[field])}, expected {expected}"
    keys = ", ".join(sorted(data)[:10]) or "none"
    return f"no field {field!r} (the record has: {keys})"


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


def _os_reason(exc: OSError) -> str:
    """A short lowercase reason for an OSError, without the path."""
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


# ------------------------------------------------------------------ Dask partitions
def parse_files(
    paths: Iterable[str],
    *,
    input_format: InputFormat = "text",
    text_field: str = "text",
    source_field: str | None = None,
    url_field: str | None = None,
    encoding: str = "utf-8",
    errors: str = "strict",
    max_chars: int = DEFAULT_MAX_CHARS,
) -> list[str]:
    """The JSON lines (without newlines) of the articles in `paths`, as `geostance parse --jsonl` writes them.

    Made for `dask.bag.Bag.map_partitions` over a bag of file paths. Inputs that
    cannot be read or parsed are left out and logged as warnings on the
    `geostance.batch` logger, as the command line leaves them out of its output.
    The arguments are those of [`read_inputs`][geostance.batch.read_inputs].
    """
    items = read_inputs(
        paths,
        input_format=input_format,
        text_field=text_field,
        source_field=source_field,
        url_field=url_field,
        encoding=encoding,
        errors=errors,
        max_chars=max_chars,
    )
    return _json_lines(items, max_chars=max_chars)


def parse_records(
    lines: Iterable[str],
    *,
    text_field: str = "text",
    source_field: str | None = None,
    url_field: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> list[str]:
    """The JSON lines of the articles in JSON Lines records (strings, one record each).

    Made for `dask.bag.read_text(...).map_partitions(parse_records, ...)`, which
    splits large JSON Lines files into blocks. A block does not know its line
    numbers, so name a `source_field` to get the same sources (and so the same
    output) as `geostance parse --input-format jsonl --source-field FIELD`; without
    one, articles have no source. Blank lines are skipped; bad records are left out
    and logged as warnings.
    """
    limit = _JSON_BYTES_PER_CHAR * max_chars

    def articles() -> Iterator[ArticleText | Failure]:
        for line in lines:
            if not line.strip():
                continue
            if len(line) > limit:
                yield Failure(source="record", reason=_too_long(limit, "characters"))
                continue
            item = _record(line, "record", text_field, source_field, url_field)
            if isinstance(item, ArticleText) and source_field is None:
                item = attrs.evolve(item, source=None)
            yield item

    return _json_lines(articles(), max_chars=max_chars)


def _json_lines(items: Iterable[ArticleText | Failure], *, max_chars: int) -> list[str]:
    def good() -> Iterator[ArticleText]:
        for item in items:
            if isinstance(item, Failure):
                _log.warning("skipped %s: %s", item.source, item.reason)
            else:
                yield item

    out: list[str] = []
    for outcome in parse_many_json(good(), max_chars=max_chars):
        if outcome.json is None:
            _log.warning("skipped %s: %s", outcome.source, outcome.error)
        else:
            out.append(outcome.json)
    return out
