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
