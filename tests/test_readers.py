"""Wire briefs written and judged by readers who had not read the parser (nineteenth and twentieth sessions).

`tests/readers/reader-*.jsonl` hold short texts of our own on topics the dev set lacks, each with
what a careful reader takes from it: statements (speaker and targets; acts are left out, readers
differ on them) and rebuttals (rebutter and whom it answers). reader-19: 14 of 24 read right at the
nineteenth session's start (4038ffe); reader-20: 9 of 30 at the twentieth's (f0b0512). The texts the
parser still reads otherwise are listed and expected to fail (strictly: a fix must move them out). reader-21
(rebuttal exchanges): 13 of 30 at 7446c8f; reader-22 (exchanges and many-actor sentences): 21 of 30 at 6062119
with the first change of the twenty-first session (CHARGE-NOT-CALL's converse), which none of its texts needed;
reader-23 (rebuttal exchanges of many shapes): 14 of 30 at 83b7bba; reader-24 (targets in crowded sentences,
judged by ANNOTATION.md): 16 of 30 at 07f36f6; reader-25 (exchanges, crowded sentences and news formats): 13 of
30 at d812c51 (10 after single quotation marks were read as quotations: three briefs quoted in single marks
now read as their double-quoted forms do); reader-26 (spokespeople of two actors, replies naming the accuser
by capital or role, topics dev lacks): 16 of 30 at a0b7591 (its two statements with no target written as
the outline writes them); reader-27 (border incidents, expulsions, seizures, claims and denials in
seven regions): 14 of 30 at 2980b66; reader-28 (elections, extraditions, inspections, fishing and refugee
disputes in seven regions): 15 of 30 at 914b0b7. Some of its misses differ from the gold convention, not from
the reading: the gold files give a rebutter whose quotation says more than a bare denial a statement aimed at
the party it answers (r28-01, -07, -19, -28, -29), where the reader gave only the rebuttal. reader-29 (denials,
rejected rulings and reports, counter-accusations in eight regions): 7 of 30 at 914b0b7; the same convention
accounts for eleven of its misses.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import geostance
from geostance._cascade.catalogue import outline

_ITEMS = [
    json.loads(line)
    for path in sorted((Path(__file__).parent / "readers").glob("reader-*.jsonl"))
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip()
]
_ACTS = re.compile(r" \[[^\]]*\]$")

STILL_WRONG = frozenset(
    [
        "r19-01",
        "r19-11",
        "r19-15",
        "r19-18",
        "r19-22",
        "r20-03",
        "r20-04",
        "r20-06",
        "r20-07",
        "r20-10",
        "r20-12",
        "r20-13",
        "r20-14",
        "r20-16",
        "r20-20",
        "r20-22",
        "r20-23",
        "r20-24",
        "r20-26",
        "r20-30",
        "r21-02",
        "r21-09",
        "r21-10",
        "r21-11",
        "r21-15",
        "r21-16",
        "r21-19",
        "r21-20",
        "r21-22",
        "r21-24",
        "r21-25",
        "r21-26",
        "r21-28",
        "r22-10",
        "r22-13",
        "r22-25",
        "r22-26",
        "r22-28",
        "r23-02",
        "r23-03",
        "r23-05",
        "r23-07",
        "r23-10",
        "r23-13",
        "r23-14",
        "r23-20",
        "r23-21",
        "r23-23",
        "r23-24",
        "r23-25",
        "r23-28",
        "r24-05",
        "r24-06",
        "r24-09",
        "r24-11",
        "r24-12",
        "r24-14",
        "r24-16",
        "r24-22",
        "r24-23",
        "r24-27",
        "r24-28",
        "r24-29",
        "r24-30",
        "r25-03",
        "r25-04",
        "r25-05",
        "r25-07",
        "r25-08",
        "r25-11",
        "r25-12",
        "r25-14",
        "r25-16",
        "r25-18",
        "r25-20",
        "r25-21",
        "r25-22",
        "r25-23",
        "r25-24",
        "r25-27",
        "r25-28",
        "r26-10",
        "r26-12",
        "r26-15",
        "r26-18",
        "r26-19",
        "r26-23",
        "r26-26",
        "r26-29",
        "r27-02",
        "r27-07",
        "r27-08",
        "r27-09",
        "r27-10",
        "r27-13",
        "r27-16",
        "r27-17",
        "r27-18",
        "r27-22",
        "r27-26",
        "r27-30",
        "r28-01",
        "r28-07",
        "r28-10",
        "r28-12",
        "r28-15",
        "r28-19",
        "r28-21",
        "r28-28",
        "r28-29",
        "r28-30",
        "r29-01",
        "r29-04",
        "r29-05",
        "r29-08",
        "r29-09",
        "r29-11",
        "r29-12",
        "r29-14",
        "r29-15",
        "r29-16",
        "r29-17",
        "r29-18",
        "r29-19",
        "r29-22",
        "r29-23",
        "r29-26",
        "r29-28",
        "r29-29",
        "r29-30",
    ]
)
"""Items the parser reads otherwise than the reader (see docs/evaluation.md)."""


def _normal(line: str) -> str:
    """An outline line with its targets in sorted order (readers list a statement's targets as a set)."""
    if " -> " not in line:
        return line
    head, targets = line.split(" -> ", 1)
    return f"{head} -> {', '.join(sorted(targets.split(', ')))}"


def _reading(text: str) -> list[str]:
    """The outline of the parse, statements without their acts."""
    return sorted(_normal(_ACTS.sub("", line)) for line in outline(geostance.parse(text)))


@pytest.mark.parametrize(
    "item",
    [
        pytest.param(item, id=item["id"], marks=pytest.mark.xfail(strict=True) if item["id"] in STILL_WRONG else ())
        for item in _ITEMS
    ],
)
def test_a_reader_s_brief(item: dict[str, Any]) -> None:
    """Each brief reads as the reader took it: who said what about whom, and who rebutted whom."""
    assert _reading(item["text"]) == sorted(_normal(line) for line in item["expected"])
