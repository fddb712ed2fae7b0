"""The same text gives the same JSON in every process, whatever Python's string hashing does or the clock says."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import geostance

_UNNAMED_SPEAKERS = (
    "Sergei Lavrov warned that the sanctions would fail. Wang Yi said the talks must continue. "
    "Antony Blinken urged restraint. Lithuanian officials denied the claims."
)
"""Four states that speak through people and a demonym, none of them named: their order comes from the statements."""

_PARSE = "import sys, geostance; sys.stdout.write(geostance.to_json(geostance.parse(sys.stdin.read())))"


def test_actors_the_text_never_names_come_in_the_order_they_speak() -> None:
    """Actors found only through a person or an adjective are listed as the statements and rebuttals name them."""
    article = geostance.parse(_UNNAMED_SPEAKERS)
    assert [s.id for s in article.states] == ["RUS", "CHN", "USA", "LTU"]
    assert all(not s.mentions for s in article.states)


def test_output_does_not_depend_on_the_hash_seed() -> None:
    """Processes with different PYTHONHASHSEED (as worker processes have) write byte-identical JSON."""
    outputs = set()
    for seed in ("0", "1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(  # noqa: S603 - our own interpreter and code
            [sys.executable, "-c", _PARSE], input=_UNNAMED_SPEAKERS, capture_output=True, text=True, env=env, check=True
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1
    assert json.loads(outputs.pop()) == geostance.to_dict(geostance.parse(_UNNAMED_SPEAKERS))


_UNDATED = (
    "The Afghan government said it would not allow attacks on its neighbours. "
    "Mohammad Haneef Atmar said the reports were false."
)
"""No date in the text: who governs Afghanistan (the Taliban) and whom a former minister speaks for (his last
office's actor) come from the data's reference date."""

_FAKE_CLOCK = """
import datetime, sys, time
offset = float(sys.argv[1]) * 86400 * 365.25
real = time.time
time.time = lambda: real() + offset
time.time_ns = lambda: int((real() + offset) * 1e9)
class Date(datetime.date):
    @classmethod
    def today(cls):
        return datetime.date.fromtimestamp(time.time())
class DateTime(datetime.datetime):
    @classmethod
    def now(cls, tz=None):
        return datetime.datetime.fromtimestamp(time.time(), tz)
datetime.date, datetime.datetime = Date, DateTime
import geostance
sys.stdout.write(geostance.to_json(geostance.parse(sys.stdin.read())))
"""


def test_an_undated_text_gives_the_same_json_on_any_day() -> None:
    """Processes whose clocks say 1999, today and 2041 write byte-identical JSON for a text with no date."""
    outputs = set()
    for years in ("-27", "0", "15"):
        done = subprocess.run(  # noqa: S603 - our own interpreter and code
            [sys.executable, "-c", _FAKE_CLOCK, years], input=_UNDATED, capture_output=True, text=True, check=True
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1
    document = json.loads(outputs.pop())
    assert (document["date"], document["date_basis"]) == (None, "unknown")
    speakers = [s["speaker"] for s in document["statements"]] + [r["speaker"] for r in document["rebuttals"]]
    assert speakers == ["taliban", "AFG"]  # the former minister calling reports false speaks for his last office
