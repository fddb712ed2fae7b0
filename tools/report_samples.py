"""Write sample wire-style articles and their HTML reports, for the screenshots in docs/img.

The articles are made up here from a few sentence patterns about varied countries and
organizations (no text is taken from anywhere). Each report is rendered by headless
Chromium at 1280 px wide when `--screenshots` is given.

    python tools/report_samples.py OUTDIR [--screenshots]

writes OUTDIR/articles-N/*.txt and OUTDIR/report-N.html for N = 1, 6 and 30, and with
`--screenshots` docs/img/report-N.png, and docs/img/report.png of the seed article
(Chromium: `apt-get install chromium`).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

import geostance

ROOT = Path(__file__).resolve().parents[1]

# (capital for the dateline, who speaks, whom it addresses, what about)
PAIRS = [
    ("ADDIS ABABA", "Ethiopia", "Egypt", "the Nile dam"),
    ("ISLAMABAD", "Pakistan", "the Taliban", "militant attacks along the border"),
    ("SEOUL", "South Korea", "North Korea", "its latest missile launch"),
    ("KYIV", "Ukraine", "Russia", "strikes on the power grid"),
    ("BAKU", "Azerbaijan", "Armenia", "shelling near the border"),
    ("MANILA", "the Philippines", "China", "the standoff in the South China Sea"),
    ("CARACAS", "Venezuela", "Guyana", "the disputed Essequibo region"),
    ("NEW DELHI", "India", "Pakistan", "cross-border terrorism"),
    ("TEHRAN", "Iran", "Israel", "the strike on its consulate"),
    ("KHARTOUM", "Sudan", "the Rapid Support Forces", "attacks on civilians in Darfur"),
    ("BAMAKO", "Mali", "ECOWAS", "the sanctions on the country"),
    ("BELGRADE", "Serbia", "Kosovo", "the police raids in the north"),
    ("TAIPEI", "Taiwan", "China", "military drills around the island"),
    ("RIYADH", "Saudi Arabia", "the Houthis", "attacks on shipping in the Red Sea"),
    ("KINSHASA", "the Democratic Republic of the Congo", "Rwanda", "support for the M23 rebels"),
]
WATCHERS = [
    "The European Union",
    "The African Union",
    "The United Nations",
    "Turkey",
    "Japan",
    "Qatar",
    "Brazil",
    "NATO",
    "The United States",
    "France",
]
ACCUSE = ["accused {b} of escalating tensions over {topic}", "condemned {b} over {topic}", "blamed {b} for {topic}"]
REPLY = [
    "{B} rejected the accusations as baseless and said it poses no threat to its neighbours.",
    "{B} denied the claims, calling them fabricated.",
    "{B} dismissed the criticism, saying the matter was an internal affair in which others should not interfere.",
]
WATCH = [
    "{w} expressed concern about {topic} and urged both sides to return to talks.",
    "{w} called on {a} and {b} to exercise restraint.",
    "{w} welcomed the offer of dialogue and said it was ready to mediate.",
    "{w} warned that the violence could spread across the region.",
]


def article(number: int) -> str:
    """The text of sample article `number` (0-based): a dispute, its answer and an outside view."""
    city, a, b, topic = PAIRS[number % len(PAIRS)]
    watcher = WATCHERS[(number * 3 + 1) % len(WATCHERS)]
    other = WATCHERS[(number * 7 + 4) % len(WATCHERS)]
    day = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"][number % 5]
    speaker = a[0].upper() + a[1:]
    lines = [
        f"{city} – {speaker} on {day} " + ACCUSE[number % len(ACCUSE)].format(b=b, topic=topic) + ".",
        f"“We will not accept any threat to our security,” {speaker} said in a statement.",
        REPLY[number % len(REPLY)].format(B=b[0].upper() + b[1:]),
        WATCH[number % len(WATCH)].format(w=watcher, a=a, b=b, topic=topic),
        WATCH[(number + 2) % len(WATCH)].format(w=other, a=a, b=b, topic=topic),
    ]
    return "\n".join(lines) + "\n"


def write(out: Path, count: int) -> Path:
    """Write `count` articles and their report; return the report's path."""
    folder = out / f"articles-{count}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for number in range(count):
        (folder / f"article-{number + 1:02d}.txt").write_text(article(number), encoding="utf-8")
    articles = [
        geostance.parse(path.read_text(encoding="utf-8"), source=path.name) for path in sorted(folder.glob("*.txt"))
    ]
    report = out / f"report-{count}.html"
    title = f"Sample report: {count} article{'s' if count > 1 else ''}"
    report.write_text(geostance.to_html(articles, title=title), encoding="utf-8")
    return report


def screenshot(report: Path, image: Path, height: int) -> None:
    """Render `report` in headless Chromium, 1280 px wide, into `image`."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        sys.exit("chromium is not installed (apt-get install chromium)")
    subprocess.run(  # noqa: S603 - our own file, a fixed browser
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            f"--screenshot={image}",
            f"--window-size=1280,{height}",
            report.resolve().as_uri(),
        ],
        check=True,
        capture_output=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="where the articles and reports go")
    parser.add_argument("--screenshots", action="store_true", help="also write docs/img/report-N.png")
    args = parser.parse_args()
    for count, height in ((1, 1000), (6, 1300), (30, 2250)):
        report = write(args.out, count)
        print(report)
        if args.screenshots:
            screenshot(report, ROOT / "docs" / "img" / f"report-{count}.png", height)
    seed = ROOT / "seeds" / "csto-afghanistan.txt"
    report = args.out / "report-seed.html"
    article = geostance.parse(seed.read_text(encoding="utf-8"), source="seeds/csto-afghanistan.txt")
    report.write_text(geostance.to_html(article), encoding="utf-8")
    print(report)
    if args.screenshots:
        screenshot(report, ROOT / "docs" / "img" / "report.png", 1000)


if __name__ == "__main__":
    main()
