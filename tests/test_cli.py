from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

import geostance
import geostance.cli
from geostance.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "csto-afghanistan.txt"
SCHEMA_FILE = ROOT / "docs" / "schema.json"
EXAMPLE_FILE = ROOT / "docs" / "examples" / "article.json"


def assert_one_line_error(err: str, file: object) -> None:
    """Check that `err` is a single `geostance: error: <file>: ...` line."""
    assert err.startswith(f"geostance: error: {file}: "), err
    assert err.count("\n") == 1, err
    assert err.endswith("\n")
    assert "Traceback" not in err


# ------------------------------------------------------------------ parse
def test_parse_prints_the_article_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    """`parse FILE` prints the article JSON with the file's text and the path as source."""
    assert main(["parse", str(SEED)]) == 0
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert data["text"] == SEED.read_text(encoding="utf-8")
    assert data["source"] == str(SEED)
    assert err == ""


def test_parse_output_round_trips(capsys: pytest.CaptureFixture[str]) -> None:
    """The printed JSON reads back with `from_json` into an equal article."""
    assert main(["parse", str(SEED)]) == 0
    out = capsys.readouterr().out
    article = geostance.from_json(out, geostance.Article)
    assert geostance.to_json(article, indent=2) + "\n" == out


def test_parse_uses_indent_2_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    """Without --indent the JSON is indented by two spaces."""
    assert main(["parse", str(SEED)]) == 0
    assert capsys.readouterr().out.startswith('{\n  "text": ')


def test_parse_indent_option(capsys: pytest.CaptureFixture[str]) -> None:
    """--indent N indents by N spaces."""
    assert main(["parse", str(SEED), "--indent", "4"]) == 0
    assert capsys.readouterr().out.startswith('{\n    "text": ')


def test_parse_rejects_a_negative_indent(capsys: pytest.CaptureFixture[str]) -> None:
    """A negative --indent is a usage error with exit status 2."""
    assert main(["parse", str(SEED), "--indent", "-1"]) == 2
    assert "--indent" in capsys.readouterr().err


def test_parse_reads_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """`parse -` reads UTF-8 bytes from standard input and records `-` as the source."""
    monkeypatch.setattr(sys, "stdin", _BytesStdin("Kabul \u2013 \u201cquoted\u201d\n".encode()))
    assert main(["parse", "-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["text"] == "Kabul \u2013 \u201cquoted\u201d\n"
    assert data["source"] == "-"


def test_parse_drops_a_byte_order_mark(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A leading UTF-8 byte order mark is not part of the text."""
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfHello.")
    assert main(["parse", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["text"] == "Hello."


def test_parse_keeps_line_endings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The text is the file's exact characters, CRLF included, so offsets match the file."""
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"One.\r\nTwo.\r\n")
    assert main(["parse", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["text"] == "One.\r\nTwo.\r\n"


def test_parse_writes_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """-o OUT writes the same JSON to OUT and nothing to stdout, leaving no temporary file."""
    out = tmp_path / "article.json"
    assert main(["parse", str(SEED), "-o", str(out)]) == 0
    assert capsys.readouterr().out == ""
    assert main(["parse", str(SEED)]) == 0
    assert out.read_text(encoding="utf-8") == capsys.readouterr().out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.json"]


def test_parse_output_replaces_an_existing_file(tmp_path: Path) -> None:
    """-o OUT replaces what OUT held before."""
    out = tmp_path / "article.json"
    out.write_text("old", encoding="utf-8")
    assert main(["parse", str(SEED), "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["source"] == str(SEED)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_parse_output_gets_ordinary_permissions(tmp_path: Path) -> None:
    """OUT gets the umask's usual mode, not the private mode of a temporary file."""
    out = tmp_path / "article.json"
    old = os.umask(0o022)
    try:
        assert main(["parse", str(SEED), "-o", str(out)]) == 0
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o644


# ------------------------------------------------------------------ errors
def test_parse_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing FILE is a one-line error with exit status 2 and no output file."""
    missing = tmp_path / "missing.txt"
    out = tmp_path / "out.json"
    assert main(["parse", str(missing), "-o", str(out)]) == 2
    captured = capsys.readouterr()
    assert_one_line_error(captured.err, missing)
    assert "no such file" in captured.err
    assert captured.out == ""
    assert not out.exists()


def test_parse_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A directory as FILE is a one-line error with exit status 2 and no output file."""
    out = tmp_path / "out.json"
    assert main(["parse", str(tmp_path), "-o", str(out)]) == 2
    captured = capsys.readouterr()
    assert_one_line_error(captured.err, tmp_path)
    assert "directory" in captured.err
    assert not out.exists()


def test_parse_undecodable_bytes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Bytes that are not UTF-8 are a one-line error naming the byte offset."""
    path = tmp_path / "latin1.txt"
    path.write_bytes("Café au lait".encode("latin-1"))
    out = tmp_path / "out.json"
    assert main(["parse", str(path), "-o", str(out)]) == 2
    captured = capsys.readouterr()
    assert_one_line_error(captured.err, path)
    assert "byte offset 3" in captured.err
    assert not out.exists()


def test_parse_undecodable_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Undecodable standard input is reported as <stdin> with the byte offset."""
    monkeypatch.setattr(sys, "stdin", _BytesStdin(b"ab\xffcd"))
    assert main(["parse", "-"]) == 2
    captured = capsys.readouterr()
    assert_one_line_error(captured.err, "<stdin>")
    assert "byte offset 2" in captured.err
    assert captured.out == ""


def test_parse_path_through_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A path that runs through a regular file is a one-line error with exit status 2."""
    bad = tmp_path / "article.txt" / "child.txt"
    (tmp_path / "article.txt").write_text("x", encoding="utf-8")
    out = tmp_path / "out.json"
    assert main(["parse", str(bad), "-o", str(out)]) == 2
    captured = capsys.readouterr()
    assert_one_line_error(captured.err, bad)
    assert not out.exists()


def test_parse_unreadable_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file that cannot be read is a one-line 'permission denied' error with exit status 2."""
    path = tmp_path / "secret.txt"
    path.write_text("x", encoding="utf-8")
    original = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return original(self)

    # chmod 000 does not stop root, who runs CI, so the refusal is simulated.
    monkeypatch.setattr(Path, "read_bytes", refuse)
    out = tmp_path / "out.json"
    assert main(["parse", str(path), "-o", str(out)]) == 2
    captured = capsys.readouterr()
    assert_one_line_error(captured.err, path)
    assert "permission denied" in captured.err
    assert not out.exists()


def test_parse_input_too_large(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A GeostanceError from the parser (InputTooLarge) is a one-line error with exit status 2."""
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * (geostance.DEFAULT_MAX_CHARS + 1))
    out = tmp_path / "out.json"
    assert main(["parse", str(path), "-o", str(out)]) == 2
    captured = capsys.readouterr()
    assert_one_line_error(captured.err, path)
    assert "max_chars" in captured.err
    assert not out.exists()


def test_parse_output_into_missing_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An OUT whose directory does not exist is a one-line error naming OUT."""
    out = tmp_path / "nowhere" / "out.json"
    assert main(["parse", str(SEED), "-o", str(out)]) == 2
    captured = capsys.readouterr()
    assert_one_line_error(captured.err, out)
    assert not out.exists()


def test_parse_output_is_a_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An OUT that is a directory is a one-line error and the directory is left alone."""
    out = tmp_path / "out"
    out.mkdir()
    assert main(["parse", str(SEED), "-o", str(out)]) == 2
    assert_one_line_error(capsys.readouterr().err, out)
    assert out.is_dir()
    assert list(out.iterdir()) == []


def test_parse_failure_keeps_the_old_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A failed run leaves an existing OUT untouched and no temporary file beside it."""
    out = tmp_path / "out.json"
    out.write_text("old", encoding="utf-8")
    assert main(["parse", str(tmp_path / "missing.txt"), "-o", str(out)]) == 2
    capsys.readouterr()
    assert out.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


# ------------------------------------------------------- schema, version
def test_schema_prints_the_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    """`schema` prints `json_schema()` as JSON."""
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == geostance.json_schema()


def test_schema_indent_option(capsys: pytest.CaptureFixture[str]) -> None:
    """`schema --indent 0` puts values on their own lines without indentation."""
    assert main(["schema", "--indent", "0"]) == 0
    assert capsys.readouterr().out.startswith('{\n"$schema": ')


def test_published_schema_is_current() -> None:
    """docs/schema.json equals `json_schema()`; regenerate it with `geostance schema > docs/schema.json`."""
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == geostance.json_schema()


def test_docs_example_is_a_valid_document() -> None:
    """The example in docs/json.md reads back unchanged and validates against the schema."""
    document = EXAMPLE_FILE.read_text(encoding="utf-8")
    article = geostance.from_json(document, geostance.Article)
    assert geostance.to_json(article, indent=2) + "\n" == document
    jsonschema.validate(json.loads(document), geostance.json_schema())


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the program name and the package version."""
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"geostance {geostance.__version__}\n"


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """Running without a command prints usage and exits with status 2."""
    assert main([]) == 2
    assert "usage: geostance" in capsys.readouterr().err


def test_python_dash_m() -> None:
    """`python -m geostance parse` on the seed exits 0 and prints JSON with the text."""
    result = subprocess.run(
        [sys.executable, "-m", "geostance", "parse", "seeds/csto-afghanistan.txt"],
        cwd=ROOT,
        capture_output=True,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "ascii"},  # the JSON is UTF-8 whatever the locale
        timeout=120,
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    assert "Traceback" not in result.stderr.decode(errors="replace")
    data = json.loads(result.stdout.decode("utf-8"))
    assert data["text"] == SEED.read_text(encoding="utf-8")


class _BytesStdin:
    """A stand-in for `sys.stdin` whose `buffer` holds the given bytes."""

    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


# ------------------------------------------------------------------ batches


def make_corpus(root: Path, count: int = 3) -> list[Path]:
    """Write `count` variants of the seed under `root` (one in a subdirectory) and return their paths."""
    text = SEED.read_text(encoding="utf-8")
    paths = []
    for number in range(count):
        path = root / ("sub" if number == count - 1 else "") / f"a{number}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.replace("Thursday", f"day {number}"), encoding="utf-8")
        paths.append(path)
    return paths


def jsonl_sources(path: Path) -> list[str]:
    """The `source` of every line of a JSON Lines output."""
    return [json.loads(line)["source"] for line in path.read_text(encoding="utf-8").splitlines()]


def test_jsonl_writes_one_article_per_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--jsonl OUT writes to_json of each article, one per line, in input order, and a summary."""
    paths = make_corpus(tmp_path / "corpus")
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(tmp_path / "corpus"), "--jsonl", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    expected = [geostance.parse(p.read_text(encoding="utf-8"), source=str(p)) for p in paths]
    assert lines == [geostance.to_json(article) for article in expected]
    err = capsys.readouterr().err
    assert err.startswith(f"geostance: wrote 3 articles to {out} in ")
    statements = sum(len(a.statements) for a in expected)
    assert f"{sum(len(a.text) for a in expected):,} characters" in err
    assert f"{statements:,} statement" in err
    assert err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "out.jsonl"]


def test_jsonl_to_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--jsonl - writes the JSON Lines to standard output and the summary to stderr."""
    (path,) = make_corpus(tmp_path, 1)
    assert main(["parse", str(path), "--jsonl", "-"]) == 0
    captured = capsys.readouterr()
    assert captured.out == geostance.to_json(geostance.parse(path.read_text(encoding="utf-8"), source=str(path))) + "\n"
    assert "wrote 1 article to standard output" in captured.err


def test_jsonl_jobs_2_equals_jobs_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--jobs 2 writes exactly the same file as --jobs 1."""
    make_corpus(tmp_path / "corpus", 6)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["parse", str(tmp_path / "corpus"), "--jsonl", str(one), "--jobs", "1", "-q"]) == 0
    assert main(["parse", str(tmp_path / "corpus"), "--jsonl", str(two), "--jobs", "2", "-q"]) == 0
    assert one.read_bytes() == two.read_bytes()
    assert capsys.readouterr().err == ""


def test_jsonl_continues_past_bad_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Bad inputs are listed at the end, the good ones are all written, and the exit status is 1."""
    good = make_corpus(tmp_path / "corpus", 2)
    (tmp_path / "corpus" / "latin1.txt").write_bytes("Café".encode("latin-1"))
    (tmp_path / "corpus" / "empty.txt").write_bytes(b"")
    (tmp_path / "nothing").mkdir()
    out = tmp_path / "out.jsonl"
    missing = tmp_path / "missing.txt"
    inputs = [str(tmp_path / "corpus"), str(missing), str(tmp_path / "nothing")]
    assert main(["parse", *inputs, "--jsonl", str(out)]) == 1
    assert jsonl_sources(out) == [str(p) for p in good]
    err = capsys.readouterr().err.splitlines()
    latin1 = tmp_path / "corpus" / "latin1.txt"
    assert err[:4] == [
        f"geostance: error: {tmp_path / 'corpus' / 'empty.txt'}: empty file: no text to parse",
        (
            f"geostance: error: {latin1}: not UTF-8 text: unexpected end of data at byte offset 3"
            "; it may be Latin-1 or Windows-1252 text: add --encoding cp1252 (or --encoding latin-1)"
        ),
        f"geostance: error: {missing}: no such file or directory",
        f"geostance: error: {tmp_path / 'nothing'}: directory has no files matching *.txt (choose others with --glob)",
    ]
    assert err[4].startswith("geostance: wrote 2 articles")
    assert err[5] == "geostance: 4 inputs failed (listed above)"


def test_jsonl_parser_errors_are_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An article the parser refuses (too long) is listed like a bad file, and the batch goes on."""
    make_corpus(tmp_path / "corpus", 1)
    (tmp_path / "corpus" / "huge.txt").write_bytes(b"a" * (geostance.DEFAULT_MAX_CHARS + 1))
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(tmp_path / "corpus"), "--jsonl", str(out), "-q"]) == 1
    assert len(jsonl_sources(out)) == 1
    err = capsys.readouterr().err
    assert f"geostance: error: {tmp_path / 'corpus' / 'huge.txt'}: text has " in err
    assert "max_chars" in err


def test_jsonl_encoding_option(tmp_path: Path) -> None:
    """--encoding latin-1 decodes a Latin-1 file that strict UTF-8 refuses."""
    path = tmp_path / "latin1.txt"
    path.write_bytes("Café au lait in Moscow.".encode("latin-1"))
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(path), "--jsonl", str(out), "--encoding", "latin-1", "-q"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["text"] == "Café au lait in Moscow."


def test_errors_replace_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--errors replace decodes bad bytes as U+FFFD, for one file too."""
    path = tmp_path / "latin1.txt"
    path.write_bytes("Café au lait.".encode("latin-1"))
    assert main(["parse", str(path), "--errors", "replace"]) == 0
    assert json.loads(capsys.readouterr().out)["text"] == "Caf\ufffd au lait."


def test_unknown_encoding_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """An encoding Python does not know is a usage error with exit status 2."""
    assert main(["parse", str(SEED), "--encoding", "no-such-codec"]) == 2
    assert "unknown encoding" in capsys.readouterr().err


def test_empty_file_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An empty FILE is a one-line error with exit status 2, not an empty article."""
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert main(["parse", str(path)]) == 2
    assert_one_line_error(capsys.readouterr().err, path)


def test_jsonl_input_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--input-format jsonl reads records; sources are FILE:LINE, or the --source-field; bad records are listed."""
    text = SEED.read_text(encoding="utf-8")
    archive = tmp_path / "archive.jsonl"
    archive.write_text(
        json.dumps({"id": "a", "body": text, "link": "https://example.org/a"})
        + "\n\n{broken\n"
        + json.dumps({"id": "b", "body": text.replace("Thursday", "Friday")})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    args = ["parse", str(archive), "--input-format", "jsonl", "--text-field", "body", "--jsonl", str(out)]
    assert main([*args, "--url-field", "link"]) == 1
    data = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(d["source"], d["url"]) for d in data] == [
        (f"{archive}:1", "https://example.org/a"),
        (f"{archive}:4", None),
    ]
    assert f"geostance: error: {archive}:3: not valid JSON" in capsys.readouterr().err
    assert main([*args, "--source-field", "id", "-q"]) == 1
    assert jsonl_sources(out) == ["a", "b"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["a.txt", "b.txt"], "--jsonl OUT"),
        (["a.txt", "--input-format", "jsonl"], "--jsonl OUT"),
        (["a.txt", "--resume"], "--resume needs --jsonl"),
        (["a.txt", "--jsonl", "-", "--resume"], "not standard output"),
        (["a.txt", "--text-field", "body", "--jsonl", "-"], "--input-format jsonl"),
        (["a.txt", "-o", "x.json", "--jsonl", "y.jsonl"], "not allowed with"),
        (["a.txt", "--jsonl", "a.txt"], "also an input"),
        (["a.txt", "--jobs", "-1", "--jsonl", "-"], "--jobs"),
    ],
)
def test_batch_usage_errors(args: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Option combinations that make no sense are usage errors with exit status 2."""
    assert main(["parse", *args]) == 2
    assert message in capsys.readouterr().err


def test_jsonl_output_is_replaced_only_at_the_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An interrupted batch leaves OUT as it was and its finished articles in OUT.part; exit status 130."""
    make_corpus(tmp_path / "corpus", 3)
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    real = geostance.parse
    calls: list[str] = []

    def interrupt_on_third(text: str, **kwargs: object) -> geostance.Article:
        calls.append(text)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(geostance.batch, "parse", interrupt_on_third)
    assert main(["parse", str(tmp_path / "corpus"), "--jsonl", str(out)]) == 130
    assert out.read_text(encoding="utf-8") == "old\n"
    assert len(jsonl_sources(tmp_path / "out.jsonl.part")) == 2
    err = capsys.readouterr().err
    assert err.endswith(f"geostance: interrupted; the articles so far are in {out}.part, add --resume to go on\n")


def test_resume_skips_articles_already_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """--resume keeps the complete lines of OUT.part, drops a cut-off last line, and parses only the rest."""
    paths = make_corpus(tmp_path / "corpus", 3)
    out = tmp_path / "out.jsonl"
    full = tmp_path / "full.jsonl"
    assert main(["parse", str(tmp_path / "corpus"), "--jsonl", str(full), "-q"]) == 0
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    part = tmp_path / "out.jsonl.part"
    part.write_text(lines[0] + lines[1][:100], encoding="utf-8")  # the second line was being written
    parsed: list[str] = []
    real = geostance.parse

    def spy(text: str, **kwargs: object) -> geostance.Article:
        parsed.append(str(kwargs["source"]))
        return real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(geostance.batch, "parse", spy)
    assert main(["parse", str(tmp_path / "corpus"), "--jsonl", str(out), "--resume"]) == 0
    assert parsed == [str(paths[1]), str(paths[2])]
    assert out.read_bytes() == full.read_bytes()
    assert not part.exists()
    assert "kept 1 article from before, skipped 1 input" in capsys.readouterr().err


def test_resume_from_a_finished_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--resume after a finished run adds only the new inputs to OUT."""
    paths = make_corpus(tmp_path / "corpus", 2)
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(paths[0]), "--jsonl", str(out), "-q"]) == 0
    assert main(["parse", str(paths[0]), str(paths[1]), "--jsonl", str(out), "--resume"]) == 0
    assert jsonl_sources(out) == [str(paths[0]), str(paths[1])]
    assert "wrote 1 new article" in capsys.readouterr().err


def test_resume_refuses_a_foreign_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--resume from an OUT that is not geostance JSON Lines is an error that leaves it alone."""
    (path,) = make_corpus(tmp_path, 1)
    out = tmp_path / "out.jsonl"
    out.write_text("hello\n", encoding="utf-8")
    assert main(["parse", str(path), "--jsonl", str(out), "--resume"]) == 2
    assert "line 1 is not a geostance article" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "hello\n"


def test_jsonl_into_missing_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An OUT whose directory does not exist is a one-line error with exit status 2."""
    out = tmp_path / "nowhere" / "out.jsonl"
    assert main(["parse", str(SEED), "--jsonl", str(out)]) == 2
    assert_one_line_error(capsys.readouterr().err, out)


def test_plain_progress_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """--progress without tqdm draws a plain progress line on stderr and clears it at the end."""
    make_corpus(tmp_path / "corpus", 2)
    monkeypatch.setitem(sys.modules, "tqdm", None)  # as if tqdm were not installed
    monkeypatch.setattr(geostance.cli._Progress, "interval", 0.0)
    assert main(["parse", str(tmp_path / "corpus"), "--jsonl", str(tmp_path / "out.jsonl"), "--progress"]) == 0
    err = capsys.readouterr().err
    assert "\rparsing: " in err
    assert "articles/s" in err


def test_tqdm_progress_bar(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--progress uses tqdm when it is installed."""
    pytest.importorskip("tqdm")
    make_corpus(tmp_path / "corpus", 2)
    assert main(["parse", str(tmp_path / "corpus"), "--jsonl", str(tmp_path / "out.jsonl"), "--progress"]) == 0
    assert "parsing: 100%" in capsys.readouterr().err


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Without --progress, a batch whose stderr is not a terminal draws no progress bar."""
    make_corpus(tmp_path / "corpus", 2)
    assert main(["parse", str(tmp_path / "corpus"), "--jsonl", str(tmp_path / "out.jsonl")]) == 0
    assert "\r" not in capsys.readouterr().err


def test_output_commands_are_wired_into_the_cli(capsys: pytest.CaptureFixture[str]) -> None:
    """`geostance graph` is reachable from the main command line and draws the seed as Mermaid."""
    pytest.importorskip("networkx")
    status = main(
        ["graph", str(Path(__file__).parent.parent / "seeds" / "csto-afghanistan.txt"), "--format", "mermaid"]
    )
    assert status == 0
    assert capsys.readouterr().out.startswith("flowchart")


# ------------------------------------------------------------------ hostile batches (issue 11)
def test_jsonl_batch_goes_on_past_a_record_json_refuses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A record holding a 5,000-digit integer is listed as failed; the records after it are parsed; exit status 1."""
    archive = tmp_path / "archive.jsonl"
    archive.write_text(
        json.dumps({"text": "Russia urged Iran to act."})
        + '\n{"text": "x", "n": 1'
        + "0" * 5000
        + "}\n"
        + json.dumps({"text": "Iran denied it."})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(archive), "--input-format", "jsonl", "--jsonl", str(out), "-q"]) == 1
    assert jsonl_sources(out) == [f"{archive}:1", f"{archive}:3"]
    err = capsys.readouterr().err
    assert f"geostance: error: {archive}:2: not valid JSON: Exceeds the limit (4300 digits)" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("args", "output"),
    [
        (["parse", "./a.txt", "--jsonl", "a.txt"], "a.txt"),
        (["parse", "a.txt", "-o", "./a.txt"], "a.txt"),
        (["parse", "corpus", "--jsonl", "corpus/out.txt"], "corpus/out.txt"),
        (["parse", "corpus", "--glob", "*", "--jsonl", "corpus/out", "--resume"], "corpus/out.part"),
        (["report", "a.txt", "-o", "link.txt"], "link.txt"),
        (["graph", "a.txt", "-o", "a.txt"], "a.txt"),
        (["table", "a.txt", "-o", "./a.txt"], "a.txt"),
        (["table", "corpus/../a.txt", "--sqlite", "a.txt"], "a.txt"),
    ],
    ids=["jsonl", "output", "directory", "part", "report-link", "graph", "table", "sqlite"],
)
def test_an_output_that_is_an_input_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], args: list[str], output: str
) -> None:
    """An output naming an input file (by another path, a link or inside an input directory) is refused; inputs stay."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus").mkdir()
    for name in ("a.txt", "corpus/b.txt", "corpus/out.txt", "corpus/out.part"):
        (tmp_path / name).write_text("Russia urged Iran to act.\n", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "a.txt")
    before = {path: path.read_bytes() for path in tmp_path.rglob("*") if path.is_file()}
    if "graph" in args:
        pytest.importorskip("networkx")
    assert main(args) == 2
    err = capsys.readouterr().err
    assert_one_line_error(err, output)
    assert "is also an input" in err
    assert {path: path.read_bytes() for path in tmp_path.rglob("*") if path.is_file()} == before


def test_a_second_batch_to_the_same_output_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """While a batch holds OUT.part, another batch to OUT is refused (exit 2) and changes neither OUT.part nor OUT."""
    (path,) = make_corpus(tmp_path / "corpus", 1)
    out = tmp_path / "out.jsonl"
    part = tmp_path / "out.jsonl.part"
    part.write_text("running\n", encoding="utf-8")
    with part.open("rb+") as held:
        assert geostance._cli_io.lock_exclusively(held.fileno())  # what the first run holds while it works
        assert main(["parse", str(path), "--jsonl", str(out)]) == 2
        assert main(["parse", str(path), "--jsonl", str(out), "--resume"]) == 2
    err = capsys.readouterr().err
    assert f"geostance: error: {out}: another geostance run is writing it" in err
    assert part.read_text(encoding="utf-8") == "running\n"
    assert not out.exists()
    assert main(["parse", str(path), "--jsonl", str(out), "-q"]) == 0  # the lock went with the first run
    assert jsonl_sources(out) == [str(path)]


@pytest.mark.parametrize("resume", [False, True])
def test_a_planted_part_link_is_not_followed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], *, resume: bool
) -> None:
    """OUT.part planted as a symbolic link to another file is refused; the file it points at is not overwritten."""
    (path,) = make_corpus(tmp_path / "corpus", 1)
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    (tmp_path / "out.jsonl.part").symlink_to(victim)
    assert main(["parse", str(path), "--jsonl", str(out), *(["--resume"] if resume else [])]) == 2
    assert_one_line_error(capsys.readouterr().err, f"{out}.part")
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert not out.exists()


def test_resume_with_repeated_ids_parses_every_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """--resume skips one input per article written with its source: records sharing an id are all parsed once."""
    archive = tmp_path / "archive.jsonl"
    texts = ["Russia urged Iran to act.", "Iran denied it.", "China warned Japan."]
    ids = ["a", "a", "b"]
    archive.write_text(
        "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in zip(ids, texts, strict=True)), encoding="utf-8"
    )
    out = tmp_path / "out.jsonl"
    args = ["parse", str(archive), "--input-format", "jsonl", "--source-field", "id", "--jsonl", str(out), "-q"]
    assert main(args) == 0
    full = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.unlink()
    (tmp_path / "out.jsonl.part").write_text(full[0], encoding="utf-8")  # interrupted after the first "a"
    parsed: list[str] = []
    real = geostance.parse

    def spy(text: str, **kwargs: object) -> geostance.Article:
        parsed.append(text)
        return real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(geostance.batch, "parse", spy)
    assert main([*args, "--resume"]) == 0
    assert parsed == texts[1:]
    assert out.read_text(encoding="utf-8").splitlines(keepends=True) == full
    capsys.readouterr()


def test_resume_from_a_deeply_nested_line_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--resume from an OUT.part whose line nests 100,000 deep is a one-line error, not a RecursionError."""
    (path,) = make_corpus(tmp_path / "corpus", 1)
    out = tmp_path / "out.jsonl"
    part = tmp_path / "out.jsonl.part"
    part.write_text("[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    assert main(["parse", str(path), "--jsonl", str(out), "--resume"]) == 2
    err = capsys.readouterr().err
    assert_one_line_error(err, part)
    assert "line 1 is not a geostance article" in err
