"""The Dask recipe of docs/distributed.md: the same JSON Lines as `geostance parse --jsonl`, on a LocalCluster."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from geostance import batch
from geostance.cli import main

if TYPE_CHECKING:
    from collections.abc import Iterator

db: Any = pytest.importorskip("dask.bag")
distributed: Any = pytest.importorskip("distributed")

SEED = Path(__file__).resolve().parents[1] / "seeds" / "csto-afghanistan.txt"


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """A one-worker, in-process Dask cluster: quick to start, and nothing left running."""
    with (
        distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster,
        distributed.Client(cluster) as dask_client,
    ):
        yield dask_client


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Eight text articles, one in a subdirectory, plus one file that is not UTF-8."""
    root = tmp_path_factory.mktemp("corpus")
    text = SEED.read_text(encoding="utf-8")
    for number in range(8):
        folder = root / "sub" if number == 5 else root
        folder.mkdir(exist_ok=True)
        (folder / f"a{number}.txt").write_text(text.replace("Thursday", f"day {number}"), encoding="utf-8")
    (root / "bad.txt").write_bytes(b"caf\xe9")
    return root


def serial(args: list[str], out: Path) -> str:
    """Run `geostance parse ... --jsonl out` and return what it wrote."""
    main(["parse", *args, "--jsonl", str(out), "-q"])
    return out.read_text(encoding="utf-8")


def test_bag_over_files_equals_the_cli(client: Any, corpus: Path, tmp_path: Path) -> None:  # noqa: ARG001
    """A bag of file paths mapped with parse_files gives the CLI's JSON Lines, line for line."""
    expected = serial([str(corpus)], tmp_path / "serial.jsonl")
    files = [path for path in batch.find_files([str(corpus)]) if isinstance(path, str)]
    bag = db.from_sequence(files, npartitions=3)
    lines = bag.map_partitions(batch.parse_files).compute()
    assert "".join(line + "\n" for line in lines) == expected
    assert len(lines) == 8


def test_to_textfiles_concatenates_to_the_cli_output(client: Any, corpus: Path, tmp_path: Path) -> None:  # noqa: ARG001
    """Writing the bag with to_textfiles gives part files whose concatenation is the CLI's output."""
    expected = serial([str(corpus)], tmp_path / "serial.jsonl")
    files = [path for path in batch.find_files([str(corpus)]) if isinstance(path, str)]
    lines = db.from_sequence(files, npartitions=3).map_partitions(batch.parse_files)
    lines.to_textfiles(
        str(tmp_path / "parsed" / "*.jsonl"), name_function="{:06d}".format, encoding="utf-8", last_endline=True
    )
    parts = sorted((tmp_path / "parsed").glob("*.jsonl"))
    assert len(parts) == 3
    assert "".join(part.read_text(encoding="utf-8") for part in parts) == expected


def test_bag_over_json_lines_blocks_equals_the_cli(client: Any, corpus: Path, tmp_path: Path) -> None:  # noqa: ARG001
    """read_text blocks of a JSON Lines archive mapped with parse_records give the CLI's output (--source-field)."""
    archive = tmp_path / "archive.jsonl"
    with archive.open("w", encoding="utf-8") as handle:
        for number, path in enumerate(sorted(corpus.glob("a*.txt"))):
            record = {"id": f"article-{number}", "body": path.read_text(encoding="utf-8")}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    args = [str(archive), "--input-format", "jsonl", "--text-field", "body", "--source-field", "id"]
    expected = serial(args, tmp_path / "serial.jsonl")
    bag = db.read_text(str(archive), blocksize=8_000, encoding="utf-8")
    assert bag.npartitions > 1
    lines = bag.map_partitions(batch.parse_records, text_field="body", source_field="id").compute()
    assert "".join(line + "\n" for line in lines) == expected
    assert [json.loads(line)["source"] for line in lines] == [f"article-{n}" for n in range(7)]
