import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, TypeVar

import attrs
import pytest

import geostance
from geostance._cli_outputs import add_commands
from geostance.graph import graph, to_dot, to_graphml, to_mermaid
from geostance.model import (
    Article,
    Claim,
    Evidence,
    Group,
    Mention,
    Occasion,
    Organization,
    Quote,
    Rebuttal,
    Span,
    State,
    Statement,
)

try:
    import networkx as nx  # type: ignore[import-untyped]
except ImportError:  # the optional extra geostance[graph] is not installed
    nx = None

needs_networkx = pytest.mark.skipif(nx is None, reason="networkx (the extra geostance[graph]) is not installed")

TEXT = (
    "KABUL, AFGHANISTAN - CSTO foreign ministers, in a joint statement on 16 May 2024, "
    'called on the Taliban to fight terrorism, calling terrorist groups a "serious threat" to Russia. '
    "The Taliban denied the presence of terrorist groups in Afghanistan "
    "and said neighbouring countries should address their own security."
)
E = TypeVar("E", Mention, Evidence, Quote)


def _at(cls: type[E], needle: str) -> E:
    return cls(text=needle, span=Span.locate(TEXT, needle))


def _claim(kind: str, needle: str) -> Claim:
    return Claim(kind=kind, text=needle, span=Span.locate(TEXT, needle))


def make_article(source: str | None = "csto.json") -> Article:
    """A CSTO statement targeting the Taliban, the Taliban's rebuttal, and Russia in the CSTO."""
    return Article(
        text=TEXT,
        source=source,
        organizations=(
            Organization(id="csto", name="Collective Security Treaty Organization", acronym="CSTO", members=("RUS",)),
        ),
        states=(State(id="RUS", name="Russia", alpha2="RU", alpha3="RUS"),),
        groups=(Group(id="taliban", name="Taliban", kind="de facto authority"),),
        statements=(
            Statement(
                id="s1",
                speaker="csto",
                speaker_text=_at(Mention, "CSTO foreign ministers"),
                targets=("taliban",),
                acts=("demand", "concern"),
                topics=("terrorism", "security"),
                quotes=(_at(Quote, "serious threat"),),
                evidence=(_at(Evidence, "called on the Taliban to fight terrorism"),),
                occasion=Occasion(when=_at(Mention, "on 16 May 2024"), channel=_at(Mention, "a joint statement")),
            ),
        ),
        rebuttals=(
            Rebuttal(
                id="r1",
                speaker="taliban",
                speaker_text=_at(Mention, "The Taliban"),
                rebuts=("s1",),
                claims=(
                    _claim("denial", "denied the presence of terrorist groups in Afghanistan"),
                    _claim("deflection", "neighbouring countries should address their own security"),
                ),
            ),
        ),
    )


def _edges(g: Any, kind: str) -> list[tuple[str, str, str, dict[str, Any]]]:
    return [(u, v, k, d) for u, v, k, d in g.edges(keys=True, data=True) if d["kind"] == kind]


@needs_networkx
def test_nodes_are_actors_with_type_name_and_code() -> None:
    """Every actor is a node carrying its type, name, ISO code or acronym, and a label."""
    g = graph(make_article())
    assert isinstance(g, nx.MultiDiGraph)
    assert dict(g.nodes(data="type")) == {"csto": "organization", "RUS": "state", "taliban": "group"}
    assert g.nodes["csto"]["code"] == "CSTO"
    assert g.nodes["RUS"]["code"] == "RUS"
    assert g.nodes["taliban"]["code"] is None
    assert g.nodes["RUS"]["label"] == "Russia"
    assert g.nodes["csto"]["name"] == "Collective Security Treaty Organization"


@needs_networkx
def test_statement_edge_carries_acts_topics_quotes_and_evidence_spans() -> None:
    """A statement is an edge speaker -> target whose quote and evidence spans cite the text."""
    g = graph(make_article())
    [(source, target, key, data)] = _edges(g, "statement")
    assert (source, target, key) == ("csto", "taliban", "csto.json/s1")
    assert data["acts"] == ("demand", "concern")
    assert data["topics"] == ("terrorism", "security")
    assert data["plover"] == ("REQUEST",)  # concern has no PLOVER type (CAMEO family 01)
    assert data["cameo"] == ("020", "012")
    assert data["date"] == "2024-05-16"
    for excerpt in (*data["quotes"], *data["evidence"]):
        assert TEXT[excerpt["start"] : excerpt["end"]] == excerpt["text"]
    assert [q["text"] for q in data["quotes"]] == ["serious threat"]


@needs_networkx
def test_rebuttal_edge_points_back_at_the_speaker_with_claims() -> None:
    """A rebuttal is an edge rebutter -> speaker of the rebutted statement, carrying the claims."""
    g = graph(make_article())
    [(source, target, _key, data)] = _edges(g, "rebuttal")
    assert (source, target) == ("taliban", "csto")
    assert data["rebuts"] == ("s1",)
    assert data["claim_kinds"] == ("denial", "deflection")
    assert [TEXT[c["start"] : c["end"]] for c in data["claims"]] == [c["text"] for c in data["claims"]]
    assert data["label"] == "denial, deflection"


@needs_networkx
def test_membership_is_its_own_edge_kind() -> None:
    """Organization membership is a `member` edge from the state to the organization."""
    g = graph(make_article())
    [(source, target, _key, data)] = _edges(g, "member")
    assert (source, target) == ("RUS", "csto")
    assert data["articles"] == ("csto.json",)


@needs_networkx
def test_articles_merge_into_one_graph() -> None:
    """Several articles give one node per actor and one edge per statement of each article."""
    g = graph([make_article("a.json"), make_article("b.json")])
    assert g.number_of_nodes() == 3
    assert len(_edges(g, "statement")) == 2
    assert len(_edges(g, "member")) == 1
    assert _edges(g, "member")[0][3]["articles"] == ("a.json", "b.json")
    assert g.graph["articles"] == ("a.json", "b.json")


@needs_networkx
def test_statement_without_targets_has_no_edge() -> None:
    """A statement addressing nobody adds no edge, but its speaker is still a node."""
    article = make_article()
    article = attrs.evolve(article, statements=(attrs.evolve(article.statements[0], targets=()),), rebuttals=())
    g = graph(article)
    assert _edges(g, "statement") == []
    assert "csto" in g


@needs_networkx
def test_mermaid_draws_each_kind_of_edge() -> None:
    """The Mermaid chart has a node per actor and solid, dotted and plain links per edge kind."""
    text = to_mermaid(make_article())
    lines = text.splitlines()
    assert lines[0] == "flowchart LR"
    assert '    a_csto[["CSTO<br/><small>Collective Security Treaty Organization</small>"]]' in lines
    assert '    a_RUS["Russia"]' in lines
    assert '    a_taliban(["Taliban"])' in lines
    assert '    a_csto -->|"demand, concern"| a_taliban' in lines
    assert '    a_taliban -.->|"denial, deflection"| a_csto' in lines
    assert '    a_RUS ---|"member"| a_csto' in lines
    assert "    linkStyle 0 stroke:#1d4ed8,stroke-width:2px" in lines


@needs_networkx
def test_mermaid_aggregates_parallel_edges_and_escapes_labels() -> None:
    """Parallel edges are drawn once with their number; quotes and angle brackets are escaped."""
    article = make_article()
    article = attrs.evolve(article, groups=(Group(id="taliban", name='The "Emirate" <IEA>', acronym=None),))
    text = to_mermaid(graph([article, make_article("b.json")]))
    assert '-->|"demand, concern (2)"|' in text
    assert "#quot;Emirate#quot; #lt;IEA#gt;" in text
    assert '"Emirate"' not in text


@needs_networkx
def test_mermaid_ids_are_safe_and_unique() -> None:
    """Actor ids with punctuation become distinct Mermaid-safe node ids."""
    g = nx.MultiDiGraph()
    g.add_node("al-qaeda", type="group", label="al-Qaeda")
    g.add_node("al_qaeda", type="group", label="AQ")
    text = to_mermaid(g)
    assert '    a_al_qaeda(["al-Qaeda"])' in text
    assert '    a_al_qaeda_2(["AQ"])' in text


@needs_networkx
def test_graphml_round_trips_through_networkx() -> None:
    """GraphML written for Gephi reads back with the same nodes, edges and attributes."""
    g = graph(make_article())
    back = nx.read_graphml(_write(to_graphml(g)), force_multigraph=True)
    assert set(back.nodes) == {"csto", "RUS", "taliban"}
    assert back.nodes["csto"]["type"] == "organization"
    assert "code" not in back.nodes["taliban"]  # None values are left out
    statement = next(d for _, _, d in back.edges(data=True) if d["kind"] == "statement")
    assert json.loads(statement["acts"]) == ["demand", "concern"]
    assert json.loads(statement["evidence"])[0]["text"] == "called on the Taliban to fight terrorism"
    assert back.number_of_edges() == g.number_of_edges()


def _write(text: str) -> Path:
    import tempfile  # noqa: PLC0415 - only this helper needs it

    handle = tempfile.NamedTemporaryFile("w", suffix=".graphml", delete=False, encoding="utf-8")  # noqa: SIM115
    with handle:
        handle.write(text)
    return Path(handle.name)


@needs_networkx
def test_dot_has_styled_nodes_and_edges_with_escaping() -> None:
    """DOT output lists every node and edge and escapes quotes and backslashes."""
    article = make_article()
    article = attrs.evolve(article, groups=(Group(id="taliban", name='Back\\slash "Quoted"'),))
    text = to_dot(article)
    assert text.startswith("digraph geostance {\n")
    assert text.rstrip().endswith("}")
    assert '"csto" -> "taliban" [label="demand, concern", color="#1d4ed8", id="csto.json/s1"];' in text
    assert '"taliban" -> "csto" [label="denial, deflection", color="#b91c1c", style=dashed' in text
    assert '"RUS" -> "csto" [label="member"' in text
    assert '[label="Back\\\\slash \\"Quoted\\""' in text


@needs_networkx
@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz is not installed")
def test_dot_is_accepted_by_graphviz() -> None:
    """Graphviz renders the DOT output without complaint."""
    done = subprocess.run(
        ["dot", "-Tsvg"],  # noqa: S607 - Graphviz from PATH
        input=to_dot(make_article()),
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "<svg" in done.stdout


def test_missing_networkx_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without networkx, graph() raises ImportError telling how to install the extra."""
    monkeypatch.setitem(sys.modules, "networkx", None)
    with pytest.raises(ImportError, match=r"geostance\[graph\]"):
        graph(make_article())


@needs_networkx
def test_graph_of_parsed_seed() -> None:
    """The graph of a parsed article has a node per actor and an edge per statement target."""
    text = (Path(__file__).parent.parent / "seeds" / "csto-afghanistan.txt").read_text(encoding="utf-8")
    article = geostance.parse(text)
    g = graph(article)
    assert g.number_of_nodes() == len(article.actors)
    assert len(_edges(g, "statement")) == sum(len(set(s.targets)) for s in article.statements)


# ---------------------------------------------------------------- the CLI
def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="geostance")
    sub = parser.add_subparsers(dest="command", required=True)
    add_commands(sub)
    args = parser.parse_args(argv)
    result: int = args.func(args)
    return result


@needs_networkx
def test_cli_graph_writes_each_format(tmp_path: Path) -> None:
    """`geostance graph FILE --format F -o OUT` writes Mermaid, GraphML and DOT."""
    source = tmp_path / "csto.json"
    source.write_text(geostance.to_json(make_article(source=None)), encoding="utf-8")
    for fmt, start in (("mermaid", "flowchart LR"), ("graphml", "<?xml"), ("dot", "digraph")):
        out = tmp_path / f"graph.{fmt}"
        assert _run(["graph", str(source), "--format", fmt, "-o", str(out)]) == 0
        assert out.read_text(encoding="utf-8").startswith(start)
    assert str(source) in (tmp_path / "graph.dot").read_text(encoding="utf-8")  # the file name is the key


@needs_networkx
def test_cli_graph_defaults_to_mermaid_on_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Without --format and -o, the Mermaid chart goes to standard output."""
    source = tmp_path / "a.json"
    source.write_text(geostance.to_json(make_article()), encoding="utf-8")
    assert _run(["graph", str(source)]) == 0
    assert capsys.readouterr().out.startswith("flowchart LR\n")


def test_cli_graph_reports_unreadable_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing file or bad JSON ends with one `geostance: error: <file>: <reason>` line and status 2."""
    missing = tmp_path / "missing.json"
    assert _run(["graph", str(missing)]) == 2
    assert capsys.readouterr().err == f"geostance: error: {missing}: no such file or directory\n"
    bad = tmp_path / "bad.json"
    bad.write_text('{"text": 3}', encoding="utf-8")
    assert _run(["graph", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"geostance: error: {bad}: invalid geostance data")
    assert err.count("\n") == 1


def test_cli_graph_without_networkx(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without networkx the command fails with status 2 and names the extra."""
    source = tmp_path / "a.json"
    source.write_text(geostance.to_json(make_article()), encoding="utf-8")
    monkeypatch.setitem(sys.modules, "networkx", None)
    assert _run(["graph", str(source)]) == 2
    assert "geostance[graph]" in capsys.readouterr().err
