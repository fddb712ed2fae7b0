import argparse
import datetime as dt
import re
from pathlib import Path
from typing import TypeVar

import attrs
import pytest

import geostance
from geostance._cli_outputs import add_commands
from geostance.corpus import Corpus
from geostance.model import Article, Evidence, Group, Mention, Quote, Span, State, Statement
from geostance.report import to_html
from wellformed import read_page as _page

E = TypeVar("E", Mention, Evidence, Quote)


def test_report_is_a_complete_self_contained_page(article: Article) -> None:
    """The report is one balanced HTML document with inline style, SVG and script, and no outside reference."""
    html = to_html(article, title="CSTO & the Taliban")
    assert html.startswith("<!DOCTYPE html>\n")
    assert "<title>CSTO &amp; the Taliban</title>" in html
    page = _page(html)
    assert page.problems == []
    assert page.stack == []
    assert page.external == []
    assert "http://" not in html
    assert "https://example.org/csto" not in html.split("<body>")[0]
    assert "<link" not in html
    assert "@import" not in html
    assert html.count("<svg") == 1


def test_every_in_page_link_has_a_target(article: Article) -> None:
    """Each link from a card to its evidence, claim or quote lands on an anchor, and ids are unique."""
    page = _page(to_html(article))
    assert page.links
    assert set(page.links) <= set(page.ids)
    assert len(page.ids) == len(set(page.ids))


def test_evidence_claims_and_quotes_are_highlighted(article: Article) -> None:
    """Evidence, claims and quotes are wrapped in spans naming their statement or rebuttal."""
    html = to_html(article)
    assert '<span class="hl ev" data-items="a0-s1">urged the Taliban</span>' in html
    assert '<span class="hl qt" data-items="a0-s1">terrorism and drug trafficking</span>' in html
    assert '<span class="hl cl" data-items="a0-r1">denied the presence of terrorist groups</span>' in html
    assert '<a class="anchor" id="a0-r1-c0"></a>' in html


def test_overlapping_marks_split_into_segments_with_all_their_items() -> None:
    """Where a quote lies inside evidence, that stretch carries both classes; text around it only one."""
    text = 'The CSTO urged the Taliban to end the "terrorist threat" at once.'

    def cite(cls: type[E], needle: str) -> E:
        return cls(text=needle, span=Span.locate(text, needle))

    article = Article(
        text=text,
        groups=(Group(id="csto", name="CSTO"), Group(id="taliban", name="Taliban")),
        statements=(
            Statement(
                id="s1",
                speaker="csto",
                speaker_text=cite(Mention, "The CSTO"),
                targets=("taliban",),
                acts=("demand",),
                evidence=(cite(Evidence, 'urged the Taliban to end the "terrorist threat"'),),
                quotes=(cite(Quote, "terrorist threat"),),
            ),
        ),
    )
    html = to_html(article)
    assert '<span class="hl ev" data-items="a0-s1">urged the Taliban to end the &quot;</span>' in html
    assert '<span class="hl ev qt" data-items="a0-s1">terrorist threat</span>' in html
    assert '<span class="hl ev" data-items="a0-s1">&quot;</span> at once.' in html


def test_article_text_cannot_inject_markup() -> None:
    """Markup in the article text, names and title is escaped, never emitted."""
    hostile = "<script>alert(1)</script> & <img src=x onerror=alert(2)>"
    evil = Article(text=hostile, source='"><b>source</b>', groups=(Group(id="g", name="<b>Group</b>"),))
    html = to_html(evil, title="<i>title</i>")
    assert "<script>alert" not in html
    assert "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(2)&gt;" in html
    assert "<b>" not in html
    assert "<i>" not in html
    assert _page(html).problems == []


def test_graph_draws_every_actor_and_dyad(article: Article) -> None:
    """The SVG has a node per actor and an arrow per dyad and kind, with the membership lines."""
    html = to_html(article)
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert svg.count('<g class="node ') == 4
    assert svg.count('<g class="edge statement">') == 2  # CSTO -> Taliban, Russia -> Tajikistan
    assert svg.count('<g class="edge rebuttal">') == 1
    assert svg.count('<g class="edge member">') == 2
    assert "<title>CSTO → Taliban: 1 statement (demand)</title>" in svg
    assert 'marker-end="url(#arrow-rebuttal)"' in svg


def test_dyad_table_counts_over_a_corpus(article: Article) -> None:
    """The dyad table shows the statement and rebuttal counts of every dyad in the corpus."""
    other = attrs.evolve(article, source="second.json", url=None)
    html = to_html([article, other])
    table = html[html.index('<section id="dyads">') : html.index("</section>", html.index('<section id="dyads">'))]
    row = re.search(r"<tr><td>CSTO</td><td>Taliban</td>(.*?)</tr>", table)
    assert row is not None
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row.group(1))
    assert cells[:3] == ["2", "0", "demand 2"]
    assert cells[-1] == "2"
    assert "2 articles · 4 actors · 4 statements · 2 rebuttals" in html


def test_timeline_lists_dated_stances_only(article: Article) -> None:
    """A timeline appears when dates are known, with links to the articles."""
    assert 'id="timeline"' not in to_html(article)
    corpus = Corpus()
    corpus.add(article, date=dt.date(2024, 5, 16))
    html = to_html(corpus)
    assert '<section id="timeline">' in html
    assert "<td>2024-05-16</td><td>CSTO</td><td>statement</td><td>Taliban</td>" in html


def test_empty_article_reports_nothing_found() -> None:
    """An article with no actors still gives a valid page that says so."""
    html = to_html(Article(text="Nothing happened."))
    assert "No actors were found." in html
    assert "No statements or rebuttals." in html
    assert _page(html).problems == []


def test_report_of_parsed_seed(seed_text: str) -> None:
    """The report of the parsed seed article highlights every claim the parser found."""
    article = geostance.parse(seed_text)
    html = to_html(article)
    claims = sum(len(r.claims) for r in article.rebuttals)
    assert html.count('class="anchor" id="a0-r') >= min(claims, 1)
    assert _page(html).problems == []


# ---------------------------------------------------------------- the CLI
def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="geostance")
    sub = parser.add_subparsers(dest="command", required=True)
    add_commands(sub)
    args = parser.parse_args(argv)
    result: int = args.func(args)
    return result


def test_cli_report_writes_the_page(tmp_path: Path, article: Article, seed_text: str) -> None:
    """`geostance report FILES -o report.html` writes one page from JSON and text inputs."""
    first = tmp_path / "a.json"
    first.write_text(geostance.to_json(article), encoding="utf-8")
    second = tmp_path / "seed.txt"
    second.write_text(seed_text, encoding="utf-8")
    out = tmp_path / "report.html"
    assert _run(["report", str(first), str(second), "-o", str(out), "--title", "Two articles"]) == 0
    html = out.read_text(encoding="utf-8")
    assert "<h1>Two articles</h1>" in html
    assert f"<h3>{second}" in html  # a parsed text without source is known by its file name
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "report.html", "seed.txt"]


def test_cli_report_reads_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], article: Article
) -> None:
    """`-` reads an article from standard input (JSON when it starts with a brace) and prints the page."""
    import io  # noqa: PLC0415 - only this test fakes stdin

    fake = io.TextIOWrapper(io.BytesIO(geostance.to_json(article).encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", fake)
    assert _run(["report", "-"]) == 0
    assert "urged the Taliban</span>" in capsys.readouterr().out


def test_cli_report_into_missing_directory_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], article: Article
) -> None:
    """An output path in a missing directory fails with status 2 and one error line."""
    source = tmp_path / "a.json"
    source.write_text(geostance.to_json(article), encoding="utf-8")
    target = tmp_path / "missing" / "report.html"
    assert _run(["report", str(source), "-o", str(target)]) == 2
    assert capsys.readouterr().err == f"geostance: error: {target}: no such file or directory\n"


# ---------------------------------------------------------------- the layout
_PAIRS = [
    ("Ethiopia", "Egypt"),
    ("Pakistan", "Afghanistan"),
    ("South Korea", "North Korea"),
    ("Ukraine", "Russia"),
    ("Azerbaijan", "Armenia"),
    ("the Philippines", "China"),
    ("Venezuela", "Guyana"),
    ("India", "Bangladesh"),
    ("Serbia", "Kosovo"),
]
_WATCHERS = ["Turkey", "Japan", "Qatar", "Brazil", "France", "Kenya"]


def _busy_corpus() -> list[Article]:
    """Nine articles, each a dispute with an answer and an outside call: 24 actors, most of them linked."""
    articles = []
    for number, (a, b) in enumerate(_PAIRS):
        watcher = _WATCHERS[number % len(_WATCHERS)]
        text = (
            f"{a} accused {b} of escalating tensions. {b} rejected the accusations as baseless. "
            f"{watcher} called on {a} and {b} to exercise restraint. Norway said it was following the talks."
        )
        articles.append(geostance.parse(text, source=f"a{number}.txt"))
    return articles


def _nodes(page: str) -> list[tuple[float, float]]:
    return [(float(x), float(y)) for x, y in re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)"', page)]


def test_graph_of_many_actors_keeps_every_actor_apart() -> None:
    """With 15+ linked actors no two actors' circles and names overlap, and every one lies inside the picture."""
    page = to_html(_busy_corpus())
    width, height = map(float, re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', page).groups())  # type: ignore[union-attr]
    nodes = _nodes(page)
    assert len(nodes) >= 15
    for i, (x1, y1) in enumerate(nodes):
        assert 0 < x1 < width
        assert 0 < y1 < height
        for x2, y2 in nodes[i + 1 :]:
            assert abs(x1 - x2) >= 2 * 22 or abs(y1 - y2) >= 2 * 22 + 30, ((x1, y1), (x2, y2))


def test_graph_is_drawn_at_the_reports_width() -> None:
    """The picture is as wide as the report's column whatever the number of actors, so its text keeps its size."""
    one = to_html(_busy_corpus()[:1])
    many = to_html(_busy_corpus())
    for page in (one, many):
        assert re.search(r'<svg class="graph" viewBox="0 0 1160 \d+" width="1160"', page)


def test_unconnected_actors_are_left_out_and_named() -> None:
    """An actor that no statement, rebuttal or membership links is not drawn; a note names it."""
    page = to_html(_busy_corpus())
    graph = page[page.index('<section id="graph">') : page.index("</section>")]
    assert "Norway" not in graph.split("</svg>")[0]
    assert "Also named, with no statement or rebuttal linking them to another actor: Norway." in graph


def test_actor_names_are_full_or_split_on_two_lines() -> None:
    """Names are written in full under the circle (long ones on two lines), not cut to a code."""
    text = "The Democratic Republic of the Congo accused Rwanda of backing the rebels. Rwanda denied it."
    page = to_html(geostance.parse(text))
    assert '<tspan x="' in page
    assert ">Democratic Republic</tspan>" in page
    assert ">of the Congo</tspan>" in page
    assert ">Rwanda</tspan>" in page


def test_graph_layout_is_deterministic() -> None:
    """The same articles always give the same picture."""
    assert to_html(_busy_corpus()) == to_html(_busy_corpus())


def test_at_most_max_nodes_actors_are_drawn() -> None:
    """A graph with more linked actors than the layout draws says how many were left to the dyad table."""
    from geostance import _layout  # noqa: PLC0415 - its limit

    states = [State(id=f"S{n:02d}", name=f"State {n}") for n in range(_layout.MAX_NODES + 6)]
    text = " ".join(f"State {n} urged State {n + 1}." for n in range(len(states) - 1))
    statements = []
    for n in range(len(states) - 1):
        at = text.index(f"State {n} urged")
        statements.append(
            Statement(
                id=f"s{n + 1}",
                speaker=states[n].id,
                speaker_text=Mention.at(text, at, at + len(f"State {n}")),
                targets=(states[n + 1].id,),
                acts=("demand",),
            )
        )
    page = to_html(Article(text=text, states=states, statements=statements))
    assert len(_nodes(page)) == _layout.MAX_NODES
    assert "6 more actors with fewer links not drawn: the dyad table lists every pair." in page
