"""Stance graphs: who pressed whom and who pushed back, as a networkx graph and as text.

[`graph`][geostance.graph] builds a `networkx.MultiDiGraph` (networkx is the
optional extra `graph`: `pip install '.[graph]'` in a clone, `geostance[graph]` from an index):

- **nodes** are actors, keyed by their canonical id, with the attributes `type`
  (`organization`, `state` or `group`), `name`, `code` (ISO 3166-1 alpha-3 code of a
  state, acronym of an organization or group, or None), `label` (a state's name, an
  organization's or group's acronym, else its name) and `aliases`;
- **statement edges** run `speaker -> target`, one per statement and target, with
  `kind="statement"`, `article`, `id`, `acts`, `topics`, `quotes`, `evidence`, `person`,
  `date`, `plover` and `cameo`;
- **rebuttal edges** run `rebutter -> speaker of the rebutted statements`, one per
  rebuttal and answered actor, with `kind="rebuttal"`, `article`, `id`, `rebuts` (the
  answered statement ids), `claims`, `claim_kinds`, `quotes`, `person`, `plover` and `cameo`;
- **membership edges** run `state -> organization` with `kind="member"` and the
  `articles` that state the membership.

Every edge also has a `label` for display. Quotes, evidence and claims are tuples of
`{"text", "start", "end"}` dicts (plus `"kind"` for claims), offsets into the text of
the edge's `article`. A statement without targets, or a rebuttal that answers nobody
identifiable, has no edge.

[`to_mermaid`][geostance.to_mermaid], [`to_graphml`][geostance.to_graphml] and
[`to_dot`][geostance.to_dot] write the graph for Markdown pages, Gephi/yEd and Graphviz.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from geostance._escape import xml_safe
from geostance.corpus import Articles, actor_code, actor_label, actor_type, as_corpus, iter_links, statement_date
from geostance.eventdata import act_code, claim_code
from geostance.model import Act, Rebuttal, Statement

if TYPE_CHECKING:
    from collections.abc import Iterable

    from geostance.corpus import _Link
    from geostance.model import Claim, _Excerpt

__all__ = ["graph", "to_dot", "to_graphml", "to_mermaid"]

_EXTRA_HINT = (
    "geostance.graph() needs networkx: `pip install networkx`, or the extra: `pip install 'geostance[graph]'` "
    "(from a clone of the repository: `pip install '.[graph]'`)"
)


def _networkx() -> Any:  # noqa: ANN401 - the networkx module, which has no type stubs
    try:
        import networkx as nx  # type: ignore[import-untyped]  # noqa: PLC0415 - optional dependency, imported on use
    except ImportError as exc:
        raise ImportError(_EXTRA_HINT, name="networkx") from exc
    return nx


def graph(data: Articles) -> Any:  # noqa: ANN401 - a networkx.MultiDiGraph; networkx has no type stubs
    """Build the stance graph of one article, several, or a corpus.

    Actors that share an id across articles are one node (see
    [`Corpus`][geostance.Corpus]). The node and edge attributes are listed in the
    module documentation.

    Args:
        data: An [`Article`][geostance.Article], an iterable of articles, or a
            [`Corpus`][geostance.Corpus].

    Returns:
        A `networkx.MultiDiGraph` whose graph attribute `articles` lists the article keys.

    Raises:
        ImportError: networkx is not installed (`pip install '.[graph]'` in a clone,
            `geostance[graph]` from an index).
    """
    nx = _networkx()
    corpus = as_corpus(data)
    result = nx.MultiDiGraph(articles=tuple(entry.key for entry in corpus.entries))
    for actor in corpus.actors:
        result.add_node(
            actor.id,
            type=actor_type(actor),
            name=actor.name,
            code=actor_code(actor),
            label=actor_label(actor),
            aliases=actor.aliases,
        )
    dates = {entry.key: entry.date for entry in corpus.entries}
    acts_of = {entry.key: {s.id: s.acts for s in entry.article.statements} for entry in corpus.entries}
    for link in iter_links(corpus):
        if link.target is None:
            continue
        item = link.item
        common = {
            "article": link.article,
            "id": item.id,
            "quotes": _spans(item.quotes),
            "person": item.person.text if item.person else None,
        }
        if isinstance(item, Statement):
            when = statement_date(item, dates[link.article])
            acts = tuple(act.value for act in item.acts)
            result.add_edge(
                link.speaker,
                link.target,
                key=f"{link.article}/{item.id}",
                kind="statement",
                label=", ".join(acts) or "statement",
                acts=acts,
                topics=tuple(topic.value for topic in item.topics),
                evidence=_spans(item.evidence),
                date=when.isoformat() if when else None,
                plover=_unique(act_code(act, item.cue).plover for act in item.acts),
                cameo=_unique(act_code(act, item.cue).cameo for act in item.acts),
                **common,
            )
        else:
            answered = (act for rebutted in item.rebuts for act in acts_of[link.article].get(rebutted, ()))
            _add_rebuttal(result, link, item, common, tuple(answered))
    memberships: dict[tuple[str, str], dict[str, None]] = {}  # (state, organization) -> article keys, in order
    for entry in corpus.entries:
        for organization in entry.article.organizations:
            for member in organization.members:
                memberships.setdefault((member, organization.id), {})[entry.key] = None
    for (member, organization_id), articles in memberships.items():
        result.add_edge(
            member, organization_id, key=f"member:{member}", kind="member", label="member", articles=tuple(articles)
        )
    return result


def _add_rebuttal(
    result: Any,  # noqa: ANN401 - a networkx graph
    link: _Link,
    rebuttal: Rebuttal,
    common: dict[str, Any],
    answered: tuple[Act, ...],
) -> None:
    kinds = _unique(claim.kind.value for claim in rebuttal.claims)
    codes = [claim_code(claim.kind, cue=claim.cue, answers=answered) for claim in rebuttal.claims]
    result.add_edge(
        link.speaker,
        link.target,
        key=f"{link.article}/{rebuttal.id}",
        kind="rebuttal",
        label=", ".join(kinds) or "rebuttal",
        rebuts=link.answers,
        claims=tuple(_claim(claim) for claim in rebuttal.claims),
        claim_kinds=kinds,
        plover=_unique(code.plover for code in codes),
        cameo=_unique(code.cameo for code in codes),
        **common,
    )


def _spans(excerpts: Iterable[_Excerpt]) -> tuple[dict[str, Any], ...]:
    return tuple({"text": e.text, "start": e.span.start, "end": e.span.end} for e in excerpts)


def _claim(claim: Claim) -> dict[str, Any]:
    return {"kind": claim.kind.value, "text": claim.text, "start": claim.span.start, "end": claim.span.end}


def _unique(values: Iterable[str | None]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v is not None))


def _as_graph(data: Any) -> Any:  # noqa: ANN401 - articles, a corpus or a networkx graph
    nx = _networkx()
    if isinstance(data, nx.MultiDiGraph):
        return data
    return graph(data)


# ------------------------------------------------------------------ Mermaid
_MERMAID_SHAPES = {"organization": ('[["', '"]]'), "state": ('["', '"]'), "group": ('(["', '"])')}
_STYLE = {
    "statement": "stroke:#1d4ed8,stroke-width:2px",
    "rebuttal": "stroke:#b91c1c,stroke-width:2px",
    "member": "stroke:#9ca3af,stroke-width:1px",
}


def to_mermaid(data: Any) -> str:  # noqa: ANN401 - articles, a corpus or a networkx graph
    """Write a stance graph as a Mermaid flowchart, for Markdown pages that render Mermaid.

    Parallel edges of one kind between two actors are drawn once, labelled with
    their acts or claim kinds and, when more than one, their number, e.g. `demand, concern (3)`.
    Statements are solid blue arrows, rebuttals dotted red arrows, memberships
    grey lines; organizations are boxes with side bars, states boxes, groups pills.

    Args:
        data: A graph made by [`graph`][geostance.graph] (possibly filtered), or
            anything `graph` accepts.

    Raises:
        ImportError: networkx is not installed (`pip install '.[graph]'` in a clone,
            `geostance[graph]` from an index).
    """
    g = _as_graph(data)
    ids = _mermaid_ids(g.nodes)
    lines = ["flowchart LR"]
    for node, attrs in g.nodes(data=True):
        opening, closing = _MERMAID_SHAPES.get(attrs.get("type", ""), ('["', '"]'))
        label = _mermaid_text(str(attrs.get("label", node)))
        name = attrs.get("name")
        if name and name != attrs.get("label"):
            label += "<br/><small>" + _mermaid_text(str(name)) + "</small>"
        lines.append(f"    {ids[node]}{opening}{label}{closing}")
    kinds: list[str] = []
    for (source, target, kind), labels in _aggregate(g).items():
        text = _mermaid_text(_edge_label(labels))
        if kind == "member":
            lines.append(f'    {ids[source]} ---|"{text}"| {ids[target]}')
        elif kind == "rebuttal":
            lines.append(f'    {ids[source]} -.->|"{text}"| {ids[target]}')
        else:
            lines.append(f'    {ids[source]} -->|"{text}"| {ids[target]}')
        kinds.append(kind)
    for kind, style in _STYLE.items():
        numbers = [str(i) for i, k in enumerate(kinds) if k == kind]
        if numbers:
            lines.append(f"    linkStyle {','.join(numbers)} {style}")
    return "\n".join(lines) + "\n"


def _mermaid_ids(nodes: Iterable[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    taken: set[str] = set()
    for node in nodes:
        base = "a_" + re.sub(r"[^A-Za-z0-9_]", "_", str(node))
        candidate, n = base, 1
        while candidate in taken:
            n += 1
            candidate = f"{base}_{n}"
        taken.add(candidate)
        out[node] = candidate
    return out


def _mermaid_text(text: str) -> str:
    r"""Escape text for a quoted Mermaid label with its entity codes.

    `%` is `#37;`, so `%%{init: ...}%%` in a name is no directive; a line break of any
    kind is a space; characters XML forbids are written as escapes (`\x1f`).
    """
    text = xml_safe(" ".join(text.splitlines())).replace("#", "#35;")
    for char, code in (('"', "#quot;"), ("<", "#lt;"), (">", "#gt;"), ("|", "#124;"), ("%", "#37;"), ("`", "#96;")):
        text = text.replace(char, code)
    return text


def _aggregate(g: Any) -> dict[tuple[str, str, str], list[str]]:  # noqa: ANN401 - a networkx graph
    out: dict[tuple[str, str, str], list[str]] = {}
    for source, target, attrs in g.edges(data=True):
        kind = str(attrs.get("kind", "statement"))
        out.setdefault((source, target, kind), []).append(str(attrs.get("label", kind)))
    return out


def _edge_label(labels: list[str]) -> str:
    parts = dict.fromkeys(part.strip() for label in labels for part in label.split(","))
    text = ", ".join(p for p in parts if p)
    return f"{text} ({len(labels)})" if len(labels) > 1 else text


# ------------------------------------------------------------------ GraphML
def to_graphml(data: Any) -> str:  # noqa: ANN401 - articles, a corpus or a networkx graph
    """Write a stance graph as GraphML, for Gephi, yEd or Cytoscape.

    Strings, numbers and booleans are written as they are; tuples and dicts (acts,
    quotes, evidence, claims, ...) as JSON text; None values are left out.

    Args:
        data: A graph made by [`graph`][geostance.graph] (possibly filtered), or
            anything `graph` accepts.

    Raises:
        ImportError: networkx is not installed (`pip install '.[graph]'` in a clone,
            `geostance[graph]` from an index).
    """
    nx = _networkx()
    g = _as_graph(data)
    flat = nx.MultiDiGraph(**_flatten(g.graph))
    for node, attrs in g.nodes(data=True):
        flat.add_node(_xml_key(node), **_flatten(attrs))
    for source, target, key, attrs in g.edges(keys=True, data=True):
        flat.add_edge(_xml_key(source), _xml_key(target), key=_xml_key(key), **_flatten(attrs))
    writer = nx.GraphMLWriter(named_key_ids=True)
    writer.add_graph_element(flat)
    # not generate_graphml: it splits the document at line breaks inside values and joins it with newlines;
    # a carriage return left in a value would be read back as a newline, so it is written as a reference
    body = str(writer).replace("\r", "&#13;").rstrip("\n")  # after </graphml>, only the indenter's newline
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def _xml_key(value: Any) -> Any:  # noqa: ANN401 - a node or edge key: a string, or any hashable of a user's graph
    """A node id or edge key as GraphML can hold it: a string with what XML forbids escaped, other keys as they are."""
    return xml_safe(str.__str__(value)) if isinstance(value, str) else value


def _flatten(attrs: dict[str, Any]) -> dict[str, Any]:
    """Attributes as GraphML values: strings (characters XML forbids escaped), numbers, booleans, or JSON text."""
    out: dict[str, Any] = {}
    for name, value in attrs.items():
        if value is None:
            continue
        if isinstance(value, str):  # a plain str: the writer refuses subclasses (a str enum, a user's key)
            out[xml_safe(str.__str__(name))] = xml_safe(str.__str__(value))
        elif isinstance(value, (int, float, bool)):
            out[xml_safe(str.__str__(name))] = value
        else:
            out[xml_safe(str.__str__(name))] = xml_safe(json.dumps(value, ensure_ascii=False))
    return out


# ---------------------------------------------------------------------- DOT
_DOT_NODES = {
    "organization": 'shape=box, style="rounded,filled", fillcolor="#dbeafe"',
    "state": 'shape=box, style=filled, fillcolor="#dcfce7"',
    "group": 'shape=ellipse, style=filled, fillcolor="#fef3c7"',
}
_DOT_EDGES = {
    "statement": 'color="#1d4ed8"',
    "rebuttal": 'color="#b91c1c", style=dashed',
    "member": 'color="#9ca3af", style=dotted, arrowhead=none',
}


def to_dot(data: Any) -> str:  # noqa: ANN401 - articles, a corpus or a networkx graph
    """Write a stance graph in Graphviz DOT, one edge per statement, rebuttal and membership.

    Args:
        data: A graph made by [`graph`][geostance.graph] (possibly filtered), or
            anything `graph` accepts.

    Raises:
        ImportError: networkx is not installed (`pip install '.[graph]'` in a clone,
            `geostance[graph]` from an index).
    """
    g = _as_graph(data)
    lines = [
        "digraph geostance {",
        '    graph [rankdir=LR, fontname="Helvetica"];',
        '    node [fontname="Helvetica"];',
        '    edge [fontname="Helvetica", fontsize=10];',
    ]
    for node, attrs in g.nodes(data=True):
        label = str(attrs.get("label", node))
        name = attrs.get("name")
        if name and name != label:
            label += "\n" + str(name)
        style = _DOT_NODES.get(str(attrs.get("type")), "shape=box")
        lines.append(f"    {_dot_id(node)} [label={_dot_id(label)}, {style}];")
    for source, target, attrs in g.edges(data=True):
        kind = str(attrs.get("kind", "statement"))
        style = _DOT_EDGES.get(kind, "")
        extra = f", id={_dot_id(str(attrs['article']) + '/' + str(attrs['id']))}" if "id" in attrs else ""
        lines.append(
            f"    {_dot_id(source)} -> {_dot_id(target)} [label={_dot_id(str(attrs.get('label', kind)))}, "
            f"{style}{extra}];"
        )
    lines.append("}")
    return "\n".join(lines) + "\n"


def _dot_id(value: object) -> str:
    r"""Quote a DOT ID, escaping backslashes and double quotes and writing newlines as DOT line breaks.

    Characters XML forbids (DOT goes on to SVG) are written as escapes first, `\x1f`.
    """
    text = xml_safe(str(value)).replace("\\", "\\\\").replace('"', '\\"').replace("\r", "").replace("\n", "\\n")
    return f'"{text}"'
