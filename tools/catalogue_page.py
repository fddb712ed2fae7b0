"""Write docs/constructions.md from the construction catalogue (geostance._cascade.catalogue).

Each construction gets its summary, what it reads, its example and the output the parser
gives for it (parsed now, so the page shows what the code does). Run from the repository
root after changing the catalogue:

    python tools/catalogue_page.py           # rewrite docs/constructions.md
    python tools/catalogue_page.py --check   # exit 1 if the page is out of date
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import geostance
from geostance._cascade.catalogue import CATALOGUE, outline

PAGE = Path(__file__).resolve().parents[1] / "docs" / "constructions.md"
LEVELS = {
    "verb": "Constructions on a verb",
    "sentence": "Constructions on a sentence",
    "phrase": "Phrases and who they stand for",
    "discourse": "Across sentences",
}

HEADER = """# What the parser reads: the construction catalogue

The relation layer is a cascade: each sentence is cut into tagged units (actors, people,
roles, verbs of speech, quotations), the units into noun phrases and verb groups, and then
the **constructions** below are matched on those phrases. Each construction is one named
pattern of English news writing; it is tried on the verb groups of its verb classes (or on
the whole sentence), and what it reads becomes a statement or a rebuttal.

This page is generated from the catalogue in `geostance/_cascade/catalogue.py` by
`tools/catalogue_page.py`; every example is our own sentence, and the output shown is
what `geostance.parse` returns for it today (`tests/test_constructions.py` checks each
one, and a near miss where one is given). Statements are written `statement SPEAKER ->
TARGETS [ACTS]`, rebuttals `rebuttal SPEAKER answers SPEAKER`, with actor ids.
"""


def _render(text: str) -> list[str]:
    return outline(geostance.parse(text)) or ["(nothing)"]


def page() -> str:
    """The page's Markdown."""
    out = [HEADER]
    for level, title in LEVELS.items():
        out.append(f"\n## {title}\n")
        for construction in (c for c in CATALOGUE if c.level == level):
            out.append(f"\n### {construction.name}\n")
            out.append(f"\n{construction.summary}\n")
            anchors = (
                f" Tried on verbs of the classes: {', '.join(sorted(construction.anchors))}."
                if construction.anchors
                else ""
            )
            out.append(f"\n**Reads:** {construction.reads}.{anchors}\n")
            out.append(
                f"\n> {construction.example}\n\n```text\n" + "\n".join(_render(construction.example)) + "\n```\n"
            )
            if construction.near_miss:
                out.append(f"\nNear miss, not read this way:\n\n> {construction.near_miss}\n\n```text\n")
                out.append("\n".join(_render(construction.near_miss)) + "\n```\n")
    return "".join(out)


def main(argv: list[str] | None = None) -> int:
    """Write the page, or with --check report whether it is current."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if docs/constructions.md is out of date")
    args = parser.parse_args(argv)
    text = page()
    if args.check:
        current = PAGE.read_text(encoding="utf-8") if PAGE.exists() else ""
        if current != text:
            print(f"{PAGE} is out of date: run python tools/catalogue_page.py")
            return 1
        return 0
    PAGE.write_text(text, encoding="utf-8")
    print(f"wrote {PAGE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
