"""geostance.batch: parse_many, parse_many_json, the readers and the Dask partition functions."""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

import geostance
import geostance.cli
from geostance import batch
from geostance.batch import ArticleText, Failure, find_files, parse_many, parse_many_json, read_inputs
from geostance.gazetteer import Gazetteer

if TYPE_CHECKING:
    from collections.abc import Iterator

SEED = Path(__file__).resolve().parents[1] / "seeds" / "csto-afghanistan.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")
LATIN_HINT = "; it may be Latin-1 or Windows-1252 text: add --encoding cp1252 (or --encoding latin-1)"


def variants(count: int) -> list[str]:
    """`count` different texts made from the seed and short synthetic articles."""
    short = (
        "MOSCOW – Russia accused Ukraine of shelling the border on Monday.\n"
        "Kyiv denied the accusation, calling it “baseless”.\n"
    )
    out = []
    for number in range(count):
        base = SEED_TEXT if number % 3 == 0 else short
        out.append(base.replace("Monday", f"day {number}").replace("Thursday", f"day {number}"))
    return out


# ------------------------------------------------------------------ parse_many
def test_parse_many_equals_parse_one_by_one() -> None:
    """parse_many yields, in order, the articles `parse` gives for each text."""
    texts = variants(7)
    assert list(parse_many(texts)) == [geostance.parse(text) for text in texts]


def test_parse_many_keeps_source_and_url() -> None:
    """An ArticleText's source and URL reach the article."""
    item = ArticleText(text=SEED_TEXT, source="a.txt", url="https://example.org/a")
    (article,) = parse_many([item])
    assert article == geostance.parse(SEED_TEXT, source="a.txt", url="https://example.org/a")


def test_parse_many_is_lazy() -> None:
    """parse_many reads its input only as results are taken (jobs=1)."""
    taken: list[int] = []

    def texts() -> Iterator[str]:
        for number, text in enumerate(variants(100)):
            taken.append(number)
            yield text

    articles = parse_many(texts(), chunk_size=4)
    next(articles)
    assert len(taken) <= 4


def test_parse_many_jobs_2_equals_jobs_1() -> None:
    """Two worker processes give the same articles, in the same order, as one process."""
    texts = [ArticleText(text=text, source=f"t{n}") for n, text in enumerate(variants(40))]
    assert list(parse_many(texts, jobs=2, chunk_size=3)) == list(parse_many(texts, jobs=1))


def test_parse_many_json_jobs_2_equals_jobs_1() -> None:
    """parse_many_json gives identical JSON lines and counts with jobs=2 and jobs=1."""
    texts = variants(30)
    assert list(parse_many_json(texts, jobs=2, chunk_size=2)) == list(parse_many_json(texts))


def test_parse_many_bounded_window_with_workers() -> None:
    """With jobs=2, parse_many reads only a bounded number of texts ahead of the consumer."""
    taken: list[int] = []

    def texts() -> Iterator[str]:
        for number in range(10_000):
            taken.append(number)
            yield f"Russia warned Tajikistan on day {number}."

    articles = parse_many(texts(), jobs=2, chunk_size=5)
    first = next(articles)
    articles.close()
    assert first.text == "Russia warned Tajikistan on day 0."
    assert len(taken) <= 2 * 4 * 5 + 5


def test_parse_many_uses_a_custom_gazetteer_in_workers() -> None:
    """A gazetteer given to parse_many is the one the worker processes use."""
    gazetteer = Gazetteer.from_records([], [])
    text = "The CSTO urged the Taliban to act."
    expected = geostance.parse(text, gazetteer=gazetteer)
    assert list(parse_many([text] * 3, jobs=2, gazetteer=gazetteer)) == [expected] * 3


def test_parse_many_raises_at_the_bad_text() -> None:
    """A text the parser refuses raises its GeostanceError after the articles before it."""
    texts = ["Russia spoke.", "x" * 51, "Russia spoke again."]
    articles = parse_many(texts, max_chars=50, jobs=1)
    assert next(articles).text == "Russia spoke."
    with pytest.raises(geostance.InputTooLarge):
        next(articles)


def test_parse_many_raises_from_a_worker() -> None:
    """With jobs=2 the parser's error reaches the caller as the same exception class."""
    with pytest.raises(geostance.InputTooLarge, match="max_chars"):
        list(parse_many(["short", "y" * 50], max_chars=10, jobs=2))


def test_parse_many_rejects_bad_jobs() -> None:
    """A negative number of jobs is a ValueError."""
    with pytest.raises(ValueError, match="jobs"):
        list(parse_many(["x"], jobs=-1))


def test_parse_many_json_reports_errors_and_counts() -> None:
    """parse_many_json gives counts and the JSON line for a good text, the error for a bad one."""
    texts = [ArticleText(text=SEED_TEXT, source="seed"), ArticleText(text="z" * 5000, source="big")]
    good, bad = parse_many_json(texts, max_chars=4000)
    article = geostance.parse(SEED_TEXT, source="seed")
    assert good.ok
    assert good.json == geostance.to_json(article)
    assert good.chars == len(SEED_TEXT)
    assert (good.actors, good.statements, good.rebuttals) == (
        len(article.organizations) + len(article.states) + len(article.groups),
        len(article.statements),
        len(article.rebuttals),
    )
    assert not bad.ok
    assert bad.source == "big"
    assert bad.json is None
    assert bad.error is not None
    assert "max_chars" in bad.error


def test_parse_many_json_reports_non_str_input() -> None:
    """A text that is not a str gives an error outcome instead of stopping the batch."""
    outcomes = list(parse_many_json([b"bytes", "Russia spoke."]))  # type: ignore[list-item]
    assert [o.ok for o in outcomes] == [False, True]
    assert outcomes[0].error is not None
    assert "str" in outcomes[0].error


def test_parse_many_json_survives_an_internal_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug on one article becomes an error outcome naming it, and the batch goes on."""
    real = geostance.parse

    def flaky(text: str, **kwargs: object) -> geostance.Article:
        if text == "boom":
            raise RuntimeError("kaput")
        return real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "parse", flaky)
    logging.getLogger("geostance.batch").disabled = True
    try:
        outcomes = list(parse_many_json(["Russia spoke.", "boom", "Russia spoke again."]))
    finally:
        logging.getLogger("geostance.batch").disabled = False
    assert [o.ok for o in outcomes] == [True, False, True]
    assert outcomes[1].error == "internal error, please report it: RuntimeError: kaput"


# ------------------------------------------------------------------ readers
def test_find_files_expands_directories_in_sorted_order(tmp_path: Path) -> None:
    """A directory gives its *.txt files at any depth, sorted, without hidden ones; files pass through."""
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b/2.txt", "a.txt", "b/1.txt", ".git/x.txt", ".hidden.txt", "notes.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = list(find_files([str(tmp_path), "other.txt"]))
    assert found == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "1.txt"), str(tmp_path / "b" / "2.txt"), "other.txt"]


def test_find_files_reports_an_empty_directory(tmp_path: Path) -> None:
    """A directory without matching files is a Failure naming the pattern."""
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    (failure,) = find_files([str(tmp_path)])
    assert isinstance(failure, Failure)
    assert failure.source == str(tmp_path)
    assert "*.txt" in failure.reason


def test_read_inputs_text_files(tmp_path: Path) -> None:
    """Text files give one ArticleText each, the path as source, a byte order mark dropped."""
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbfRussia spoke.")
    (item,) = read_inputs([str(tmp_path / "a.txt")])
    assert item == ArticleText(text="Russia spoke.", source=str(tmp_path / "a.txt"))


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "only white space"),
        (b"Caf\xe9 au lait", "not UTF-8 text: invalid continuation byte at byte offset 3"),
    ],
)
def test_read_inputs_bad_text_files(tmp_path: Path, content: bytes, reason: str) -> None:
    """Empty, blank and undecodable files are Failures that say why (with the byte offset)."""
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    (item,) = read_inputs([str(path)])
    assert isinstance(item, Failure)
    assert item.source == str(path)
    assert reason in item.reason


def test_read_inputs_missing_file(tmp_path: Path) -> None:
    """A missing file is a Failure, not an exception."""
    (item,) = read_inputs([str(tmp_path / "missing.txt")])
    assert item == Failure(source=str(tmp_path / "missing.txt"), reason="no such file or directory")


def test_read_inputs_encoding_and_errors(tmp_path: Path) -> None:
    """--encoding decodes other charsets; errors='replace' puts U+FFFD for bad bytes."""
    path = tmp_path / "latin1.txt"
    path.write_bytes("Café au lait".encode("latin-1"))
    (latin,) = read_inputs([str(path)], encoding="latin-1")
    assert isinstance(latin, ArticleText)
    assert latin.text == "Café au lait"
    (replaced,) = read_inputs([str(path)], errors="replace")
    assert isinstance(replaced, ArticleText)
    assert replaced.text == "Caf\ufffd au lait"


def test_read_inputs_refuses_huge_files_unread(tmp_path: Path) -> None:
    """A file with more than 4 * max_chars bytes is a Failure without being read."""
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * 41)
    (item,) = read_inputs([str(path)], max_chars=10)
    assert isinstance(item, Failure)
    assert "max_chars=10" in item.reason


def write_jsonl(path: Path, lines: list[str]) -> None:
    """Write raw lines (each given without its newline) to `path`."""
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def test_read_inputs_jsonl(tmp_path: Path) -> None:
    """JSON Lines give one ArticleText per record, source FILE:LINE, blank lines skipped."""
    path = tmp_path / "a.jsonl"
    write_jsonl(path, [json.dumps({"text": "One."}), "", json.dumps({"text": "Two.", "u": "https://x.org"})])
    items = list(read_inputs([str(path)], input_format="jsonl", url_field="u"))
    assert items == [
        ArticleText(text="One.", source=f"{path}:1"),
        ArticleText(text="Two.", source=f"{path}:3", url="https://x.org"),
    ]


def test_read_inputs_jsonl_fields(tmp_path: Path) -> None:
    """--text-field and --source-field choose the record's fields; an integer id becomes a string."""
    path = tmp_path / "a.jsonl"
    write_jsonl(path, [json.dumps({"body": "One.", "id": 7}), json.dumps({"body": "Two.", "id": "b"})])
    items = list(read_inputs([str(path)], input_format="jsonl", text_field="body", source_field="id"))
    assert [(i.source, i.text) for i in items if isinstance(i, ArticleText)] == [("7", "One."), ("b", "Two.")]


def test_read_inputs_bad_jsonl_records(tmp_path: Path) -> None:
    """Bad records are Failures naming FILE:LINE; the good records around them are read."""
    path = tmp_path / "a.jsonl"
    path.write_bytes(
        b'{"text": "One."}\n'
        b"{not json\n"
        b"[1, 2]\n"
        b'{"body": "x"}\n'
        b'{"text": 5}\n'
        b'{"text": "caf\xe9"}\n'
        b'{"text": "   "}\n'
        b'{"text": "Two."}'
    )
    items = list(read_inputs([str(path)], input_format="jsonl"))
    assert [i.source for i in items] == [f"{path}:{n}" for n in range(1, 9)]
    reasons = [i.reason if isinstance(i, Failure) else None for i in items]
    assert reasons[0] is None
    assert reasons[-1] is None
    assert reasons[1] is not None
    assert reasons[1].startswith("not valid JSON")
    assert reasons[2] == "expected a JSON object, got an array"
    assert reasons[3] == "no field 'text' (the record has: body)"
    assert reasons[4] == "field 'text' is a number, expected a string"
    assert reasons[5] == "not UTF-8 text: invalid continuation byte at byte offset 73" + LATIN_HINT
    assert reasons[6] == "field 'text' is empty: no text to parse"


def test_read_inputs_empty_jsonl(tmp_path: Path) -> None:
    """An empty JSON Lines file is one Failure."""
    path = tmp_path / "a.jsonl"
    path.write_bytes(b"")
    (item,) = read_inputs([str(path)], input_format="jsonl")
    assert isinstance(item, Failure)
    assert "empty file" in item.reason


def test_read_inputs_jsonl_directory(tmp_path: Path) -> None:
    """A directory read as JSON Lines gives its *.jsonl files."""
    write_jsonl(tmp_path / "a.jsonl", [json.dumps({"text": "One."})])
    (tmp_path / "b.txt").write_text("ignored", encoding="utf-8")
    items = list(read_inputs([str(tmp_path)], input_format="jsonl"))
    assert items == [ArticleText(text="One.", source=f"{tmp_path / 'a.jsonl'}:1")]


def test_read_inputs_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    """`-` reads standard input, as text or as JSON Lines."""

    class Stdin:
        def __init__(self, data: bytes) -> None:
            import io  # noqa: PLC0415

            self.buffer = io.BytesIO(data)

    monkeypatch.setattr(sys, "stdin", Stdin(b"Russia spoke."))
    assert list(read_inputs(["-"])) == [ArticleText(text="Russia spoke.", source="-")]
    monkeypatch.setattr(sys, "stdin", Stdin(b'{"text": "One."}\n'))
    assert list(read_inputs(["-"], input_format="jsonl")) == [ArticleText(text="One.", source="<stdin>:1")]


# ------------------------------------------------------------------ Dask partition functions
def test_parse_files_gives_the_json_lines(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """parse_files returns to_json of each article and logs the inputs it skips."""
    (tmp_path / "a.txt").write_text(SEED_TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    with caplog.at_level(logging.WARNING, logger="geostance.batch"):
        lines = batch.parse_files([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert lines == [geostance.to_json(geostance.parse(SEED_TEXT, source=str(tmp_path / "a.txt")))]
    assert "b.txt" in caplog.text
    assert "empty file" in caplog.text


def test_parse_records_uses_the_source_field() -> None:
    """parse_records parses JSON strings, taking the source from source_field (else none)."""
    records = [json.dumps({"id": "x", "text": "Russia spoke."}) + "\n", "\n"]
    assert batch.parse_records(records, source_field="id") == [
        geostance.to_json(geostance.parse("Russia spoke.", source="x"))
    ]
    assert batch.parse_records(records) == [geostance.to_json(geostance.parse("Russia spoke."))]


# ------------------------------------------------------------------ hostile JSON Lines (issue 11)
def test_bad_record_does_not_end_the_file(tmp_path: Path) -> None:
    """A record the JSON reader refuses (a 5,000-digit integer, nesting 100,000 deep) is a Failure; reading goes on."""
    path = tmp_path / "a.jsonl"
    path.write_text(
        '{"text": "One.", "n": 1' + "0" * 5000 + "}\n" + "[" * 100_000 + "]" * 100_000 + '\n{"text": "Two."}\n',
        encoding="utf-8",
    )
    first, second, third = read_inputs([str(path)], input_format="jsonl")
    assert isinstance(first, Failure)
    assert first.reason == (
        "not valid JSON: Exceeds the limit (4300 digits) for integer string conversion: value has 5001 digits"
    )
    assert isinstance(second, Failure)
    assert second.reason == "not valid JSON: nested too deeply"
    assert third == ArticleText(text="Two.", source=f"{path}:3")


@pytest.mark.parametrize(
    "record",
    ['{"text": "One.", "text": "Two."}', '{"text": "One.", "meta": {"id": 1, "id": 2}}'],
    ids=["top", "nested"],
)
def test_duplicate_keys_in_a_record_are_refused(tmp_path: Path, record: str) -> None:
    """A key named twice in a record, at any depth, is a Failure (as from_json refuses it), not the last value kept."""
    path = tmp_path / "a.jsonl"
    write_jsonl(path, [record])
    (item,) = read_inputs([str(path)], input_format="jsonl")
    assert isinstance(item, Failure)
    assert "appears twice in one object" in item.reason


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ('{"text": "One', "not valid JSON: Unterminated string starting at column 10"),
        ('{"text": "a\tb"}', "not valid JSON: Invalid control character at column 12"),
    ],
)
def test_json_errors_name_the_column_once(tmp_path: Path, record: str, reason: str) -> None:
    """JSON errors whose message ends in "at" read "... at column N", not "at at column"."""
    path = tmp_path / "a.jsonl"
    path.write_text(record, encoding="utf-8")
    (item,) = read_inputs([str(path)], input_format="jsonl")
    assert isinstance(item, Failure)
    assert item.reason == reason


RECORDS = [json.dumps({"text": "Russia urged Iran to act."}), "", json.dumps({"text": "Iran denied it, Moscow said."})]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig", "cp037"])
def test_jsonl_in_wide_and_non_ascii_encodings(tmp_path: Path, encoding: str) -> None:
    """UTF-16, UTF-32 (line breaks of 2 or 4 bytes), a BOM and EBCDIC give the same records as UTF-8, no phantom one."""
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(RECORDS) + "\n", encoding=encoding)
    items = list(read_inputs([str(path)], input_format="jsonl", encoding=encoding))
    assert items == [
        ArticleText(text="Russia urged Iran to act.", source=f"{path}:1"),
        ArticleText(text="Iran denied it, Moscow said.", source=f"{path}:3"),
    ]


def test_utf8_byte_order_mark_is_dropped(tmp_path: Path) -> None:
    """A UTF-8 byte order mark before record 1 is dropped, as for text files (and a BOM alone is a blank line)."""
    path = tmp_path / "a.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + RECORDS[0].encode() + b"\n")
    assert list(read_inputs([str(path)], input_format="jsonl")) == [
        ArticleText(text="Russia urged Iran to act.", source=f"{path}:1")
    ]
    path.write_bytes(b"\xef\xbb\xbf\n" + RECORDS[0].encode() + b"\n")
    assert list(read_inputs([str(path)], input_format="jsonl")) == [
        ArticleText(text="Russia urged Iran to act.", source=f"{path}:2")
    ]


def test_undecodable_utf16_ends_the_file_with_a_failure(tmp_path: Path) -> None:
    """A bad UTF-16 sequence is a Failure naming its line and byte offset; the records before it are read."""
    path = tmp_path / "a.jsonl"
    good = (RECORDS[0] + "\n").encode("utf-16-le")
    path.write_bytes(good + b"\x00\xdc" + (RECORDS[2] + "\n").encode("utf-16-le"))
    first, second = read_inputs([str(path)], input_format="jsonl", encoding="utf-16-le")
    assert first == ArticleText(text="Russia urged Iran to act.", source=f"{path}:1")
    assert second == Failure(
        source=f"{path}:2",
        reason=f"not utf-16-le text: illegal encoding at byte offset {len(good)}; the rest of the file is not read",
    )


@pytest.mark.parametrize("encoding", ["base64", "rot13", "hex", "zlib", "bz2", "uu", "quopri"])
def test_non_text_encodings_are_refused_up_front(tmp_path: Path, encoding: str) -> None:
    """Codecs that do not turn bytes into text are a LookupError before any file is read, and a CLI usage error."""
    path = tmp_path / "a.jsonl"
    write_jsonl(path, RECORDS)
    with pytest.raises(LookupError, match="not a text encoding"):
        list(read_inputs([str(path)], input_format="jsonl", encoding=encoding))
    assert (
        geostance.cli.main(["parse", str(path), "--input-format", "jsonl", "--jsonl", "-", "--encoding", encoding]) == 2
    )


def test_unknown_error_handler_is_refused_up_front(tmp_path: Path) -> None:
    """An unknown `errors` handler is a LookupError before reading, not at the first bad byte deep in a batch."""
    path = tmp_path / "a.txt"
    path.write_text("Russia spoke.", encoding="utf-8")
    with pytest.raises(LookupError, match="nope"):
        list(read_inputs([str(path)], errors="nope"))


class _Spy(io.BytesIO):
    """A binary file that records the largest read it was asked to return."""

    largest = 0

    def readline(self, size: int | None = -1, /) -> bytes:
        line = super().readline(size)
        self.largest = max(self.largest, len(line))
        return line

    def read(self, size: int | None = -1, /) -> bytes:
        data = super().read(size)
        self.largest = max(self.largest, len(data))
        return data


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_overlong_record_is_refused_without_being_held(encoding: str) -> None:
    """A record longer than 6 x max_chars is a Failure read in small pieces; the records after it are read."""
    big = json.dumps({"text": "Russia urged Iran. " * 5_000})  # 95,000+ characters
    data = (big + "\n" + RECORDS[0] + "\n").encode(encoding)
    handle = _Spy(data)
    split = batch._byte_lines if encoding == "utf-8" else batch._decoded_lines
    lines = list(split(handle, encoding=encoding, codec=encoding, errors="strict", limit=6 * 1_000))
    assert [line if isinstance(line, str) else line.reason for _, line, _ in lines] == [
        f"record has more than 6,000 {'bytes' if encoding == 'utf-8' else 'characters'}: too long for max_chars=1,000",
        RECORDS[0],
    ]
    assert handle.largest <= 1 << 16  # never the whole record at once
    assert sum(size for _, _, size in lines) == len(data)


def test_overlong_record_in_a_file_and_in_dask_partitions(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """read_inputs and parse_records refuse a record over 6 x max_chars, naming the limit, and go on."""
    path = tmp_path / "a.jsonl"
    write_jsonl(path, [json.dumps({"text": "x" * 100}), RECORDS[0]])
    first, second = read_inputs([str(path)], input_format="jsonl", max_chars=10)
    assert first == Failure(source=f"{path}:1", reason="record has more than 60 bytes: too long for max_chars=10")
    assert isinstance(second, ArticleText)
    with caplog.at_level(logging.WARNING, logger="geostance.batch"):
        assert batch.parse_records([json.dumps({"text": "x" * 100})], max_chars=10) == []
    assert "too long for max_chars=10" in caplog.text


def _refuse_listing(monkeypatch: pytest.MonkeyPatch, refused: Path) -> None:
    """Make `os.scandir` of `refused` fail as an unreadable directory does (chmod 000 does not stop root)."""
    real = os.scandir

    def scandir(path: Any = ".") -> Any:
        if Path(path) == refused:
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_unreadable_subdirectory_is_reported_in_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A subdirectory that cannot be listed is a Failure among the files, in sorted order, not skipped quietly."""
    for name in ("a.txt", "b/1.txt", "c/2.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    _refuse_listing(monkeypatch, tmp_path / "b")
    found = list(find_files([str(tmp_path)]))
    assert found == [
        str(tmp_path / "a.txt"),
        Failure(source=str(tmp_path / "b"), reason="permission denied: the files in this directory were not read"),
        str(tmp_path / "c" / "2.txt"),
    ]


def test_unreadable_directory_given_is_one_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A directory input that cannot be listed is one 'permission denied' Failure, not 'no files matching'."""
    _refuse_listing(monkeypatch, tmp_path)
    assert list(find_files([str(tmp_path)])) == [
        Failure(source=str(tmp_path), reason="permission denied: the files in this directory were not read")
    ]


def test_find_files_matches_as_rglob_does(tmp_path: Path) -> None:
    """Patterns with a directory part, symbolic links and directories named like files are treated as rglob does."""
    for name in ("x/news/1.txt", "news/2.txt", "other/3.txt", "dir.txt/4.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "link").symlink_to(tmp_path / "other", target_is_directory=True)
    (tmp_path / "alias.txt").symlink_to(tmp_path / "other" / "3.txt")
    for pattern in ("news/*.txt", "*.txt", "*"):
        expected = sorted(
            (str(p) for p in tmp_path.rglob(pattern) if p.is_file()),
            key=lambda p: Path(p).relative_to(tmp_path).parts,
        )
        assert list(find_files([str(tmp_path)], pattern=pattern)) == expected


_ORPHANED_BATCH = """
import itertools, multiprocessing, time
from geostance.batch import parse_many

articles = parse_many((f"Russia warned Tajikistan on day {n}." for n in itertools.count()), jobs=2, chunk_size=1)
next(articles)
print(" ".join(str(child.pid) for child in multiprocessing.active_children()), flush=True)
time.sleep(600)
"""


def _running(pid: int) -> bool:
    """Whether process `pid` exists and is not a zombie (an ended child nobody has reaped)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="utf-8")
    except OSError:
        return False
    return "\nState:\tZ" not in status


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc to see the workers end")
def test_workers_exit_when_the_parent_is_killed() -> None:
    """Worker processes of a jobs=2 batch end when their parent is killed outright (SIGKILL), not wait forever."""
    command = [sys.executable, "-c", _ORPHANED_BATCH]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as parent:  # noqa: S603
        assert parent.stdout is not None
        workers = [int(pid) for pid in parent.stdout.readline().split()]
        assert len(workers) == 2
        assert all(_running(pid) for pid in workers)
        parent.kill()
    deadline = time.monotonic() + 60  # a bound, not a measurement: they end within a second
    while any(_running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_running(pid) for pid in workers)


@pytest.mark.parametrize("pattern", [".", ""])
def test_a_pattern_pathlib_cannot_match_is_refused(tmp_path: Path, pattern: str) -> None:
    """A --glob pattern such as '.' is a ValueError naming it (a usage error on the command line), not a traceback."""
    with pytest.raises(ValueError, match="is not a file name pattern"):
        list(find_files([str(tmp_path)], pattern=pattern))
    if pattern:
        assert geostance.cli.main(["parse", str(tmp_path), "--glob", pattern, "--jsonl", "-"]) == 2
