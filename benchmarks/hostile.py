"""Time `geostance.parse` and the outputs on hostile inputs at a tenth of full size and at full size.

The inputs are the `HOSTILE` table of `tests/test_hostile.py` (100,000 unmatched
quote marks, 1 MB without a sentence break, 50,000 nested parentheses, an alias
repeated 100,000 times, a 200,000-character line of names, and the inputs the
robustness work found superlinear), timed through `parse`, and its
`HOSTILE_OUTPUTS` table (a densely highlighted megabyte, a corpus of 50,000
articles, an article with 20,000 statements and 20,000 rebuttals), timed through
the outputs each row names. Linear cost shows as a ratio near 10 between the two
sizes; a quadratic one near 100.

Each measurement runs in a fresh subprocess (best of three runs, one if a run
takes over a second) and is cut off after `--timeout` seconds.

    .venv/bin/python benchmarks/hostile.py               # plain table
    .venv/bin/python benchmarks/hostile.py --markdown    # the table in docs/reliability.md
    .venv/bin/python benchmarks/hostile.py --check       # exit 1 if any input is superlinear or times out
    .venv/bin/python benchmarks/hostile.py --only full_stops capitals --scale 0.1
"""

from __future__ import annotations

import argparse
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from test_hostile import HOSTILE, HOSTILE_OUTPUTS  # noqa: E402 - the tests directory is put on the path first

if TYPE_CHECKING:
    from collections.abc import Callable

SUPERLINEAR = 20.0
"""A ratio above this (for 10x the text) marks the input superlinear: linear is about 10, quadratic 100."""


def _child(name: str, size: int) -> None:
    """Measure one input in this (fresh) process and print the best time in seconds and the input's size."""
    import geostance  # noqa: PLC0415 - imported in the child only

    geostance.parse("Warm up: the CSTO urged Iran. “No,” Moscow said. Foo Bar Council (FBC) met.")
    if name in HOSTILE:
        text = HOSTILE[name][2](size)
        data: object = text
        run: Callable[[Any], object] = geostance.parse
        size = len(text)
    else:
        _, _, build, run = HOSTILE_OUTPUTS[name]
        data = build(size)
        run(build(1))  # imports (networkx) and caches (event codes) before timing
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        run(data)
        best = min(best, time.perf_counter() - start)
        if best > 1.0:
            break
    print(f"{best:.6f} {size}")


def _measure(name: str, size: int, timeout: float) -> tuple[float | None, int]:
    """(seconds, characters) for one input at one size; seconds is None when the run timed out."""
    command = [sys.executable, __file__, "--child", name, str(size)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=True)  # noqa: S603
    except subprocess.TimeoutExpired:
        return None, size
    except subprocess.CalledProcessError as exc:
        message = exc.stderr.strip().splitlines()[-1] if exc.stderr.strip() else f"exit {exc.returncode}"
        raise SystemExit(f"{name} at {size:,} characters failed: {message}") from None
    seconds, chars = done.stdout.split()
    return float(seconds), int(chars)


def _seconds(value: float | None, timeout: float) -> str:
    return f"> {timeout:.0f}" if value is None else f"{value:.3f}"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its table; with --check, return 1 if any input is superlinear."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--check", action="store_true", help="exit 1 if any input is superlinear or times out")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds allowed per measurement (default 60)")
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full sizes to use (default 1)")
    parser.add_argument(
        "--only", nargs="+", choices=sorted({*HOSTILE, *HOSTILE_OUTPUTS}), help="inputs to run (default: all)"
    )
    parser.add_argument("--child", nargs=2, metavar=("NAME", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child[0], int(args.child[1]))
        return 0

    rows: list[tuple[str, str, int, str, str, str, str]] = []
    bad = 0
    for name in args.only or [*HOSTILE, *HOSTILE_OUTPUTS]:
        description, full = HOSTILE[name][:2] if name in HOSTILE else HOSTILE_OUTPUTS[name][:2]
        size = max(int(full * args.scale), 100)
        small_time, small_chars = _measure(name, size // 10, args.timeout)
        large_time, large_chars = (None, size) if small_time is None else _measure(name, size, args.timeout)
        if small_time is None:
            ratio, verdict = "-", "timeout"
        elif large_time is None:
            ratio, verdict = f"> {args.timeout / max(small_time, 1e-6):.0f}", "timeout"
        else:
            value = large_time / max(small_time, 1e-6)
            ratio, verdict = f"{value:.1f}", ("superlinear" if value > SUPERLINEAR else "linear")
        bad += verdict != "linear"
        rows.append(
            (
                name,
                description,
                large_chars,
                f"{small_chars:,}: {_seconds(small_time, args.timeout)}",
                _seconds(large_time, args.timeout),
                ratio,
                verdict,
            )
        )
        if not args.markdown:
            small, large = rows[-1][3], rows[-1][4]
            print(f"{name:26} n = {large_chars:>10,}  n/10 {small:>22} s  n {large:>8} s  x{ratio:>6}  {verdict}")
            sys.stdout.flush()

    header = ("input", "what", "n", "n/10: seconds", "n: seconds", "ratio", "verdict")
    if args.markdown:
        print(f"Python {platform.python_version()}, {platform.machine()}, timeout {args.timeout:.0f} s per run.\n")
        print("| " + " | ".join(header) + " |")
        print("|" + "|".join(["---"] * 2 + ["---:"] * 4 + ["---"]) + "|")
        for name, description, chars, small, large, ratio, verdict in rows:
            shown = f"**{verdict}**" if verdict != "linear" else verdict
            print(f"| `{name}` | {description} | {chars:,} | {small} | {large} | {ratio} | {shown} |")
    return 1 if args.check and bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
