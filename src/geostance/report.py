"""A self-contained HTML report: the stance graph, the dyads, and every stance in its text.

[`to_html`][geostance.to_html] returns one HTML page with inline CSS, inline SVG and a
few lines of inline JavaScript, and no link to anything outside it, so it opens the
same offline, from an e-mail attachment or from a file share. It shows:

- the stance graph as SVG (statements blue, rebuttals red and dashed, memberships grey),
  each arrow labelled with its acts or claim kinds; actors are placed by a force layout
  (`geostance._layout`) that keeps actors who address each other apart, at the page's
  width so text keeps its size; actors linked to nobody are named below it instead;
- a table of dyads with their statement and rebuttal counts;
- a timeline, when dates are known;
- each article's text with the evidence of statements, the claims of rebuttals and the
  quotes highlighted, beside a list of its statements and rebuttals; pointing at one
  highlights its passages, and its links jump to them.

Article text and every other value is HTML-escaped: an article cannot inject markup.
"""

from __future__ import annotations

import itertools
import math
import re
from html import escape
from typing import TYPE_CHECKING, NamedTuple

from geostance import _layout
from geostance._escape import utf8_safe
from geostance.corpus import (
    Articles,
    Corpus,
    actor_code,
    actor_label,
    actor_type,
    all_rebuttal_targets,
    as_corpus,
    statement_date,
)
from geostance.errors import InvalidInput
from geostance.eventdata import act_code, claim_code
from geostance.model import Group, Organization, State, Statement

if TYPE_CHECKING:
    import datetime as dt

    from geostance.corpus import CorpusEntry
    from geostance.eventdata import EventCode
    from geostance.model import Act, Rebuttal

__all__ = ["to_html"]


def to_html(data: Articles, *, title: str = "geostance report") -> str:
    r"""Render articles as a self-contained HTML report.

    Args:
        data: An [`Article`][geostance.Article], several, or a [`Corpus`][geostance.Corpus].
        title: The page title and heading.

    Returns:
        A complete HTML document (UTF-8 text) that needs no network. Surrogate code
        points (a file name with an undecodable byte, a title) are written as their
        escapes, `\udcff`, so the page always encodes as UTF-8.

    Raises:
        InvalidInput: `data` is not articles or a corpus, or `title` is not a string.
    """
    if not isinstance(title, str):
        msg = f"to_html option title must be str, got {type(title).__name__}"
        raise InvalidInput(msg)
    corpus = as_corpus(data)
    names = {actor.id: actor_label(actor) for actor in corpus.actors}
    n_statements = sum(len(a.statements) for a in corpus.articles)
    n_rebuttals = sum(len(a.rebuttals) for a in corpus.articles)
    summary = (
        f"{_plural(len(corpus), 'article')} · {_plural(len(corpus.actors), 'actor')} · "
        f"{_plural(n_statements, 'statement')} · {_plural(n_rebuttals, 'rebuttal')}"
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{escape(title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        f'<header><h1>{escape(title)}</h1><p class="summary">{escape(summary)}</p></header>',
        '<section id="graph"><h2>Stance graph</h2>',
        _svg(corpus),
        _LEGEND,
        "</section>",
        _dyad_table(corpus, names),
        _timeline(corpus, names),
        '<section id="articles"><h2>Articles</h2>',
        *(_article(i, entry, names) for i, entry in enumerate(corpus.entries)),
        "</section>",
        f"<script>{_JS}</script>",
        "</body>",
        "</html>",
    ]
    return utf8_safe("\n".join(parts) + "\n")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


# -------------------------------------------------------------------- graph
class _Edge(NamedTuple):
    source: str
    target: str
    kind: str
    n: int
    label: str


def _edges(corpus: Corpus) -> list[_Edge]:
    out: list[_Edge] = []
    for dyad in corpus.dyads():
        if dyad.statements:
            acts = ", ".join(act.value for act, _ in dyad.acts)
            out.append(_Edge(dyad.source, dyad.target, "statement", dyad.statements, acts))
        if dyad.rebuttals:
            claims = ", ".join(kind.value for kind, _ in dyad.claims)
            out.append(_Edge(dyad.source, dyad.target, "rebuttal", dyad.rebuttals, claims))
    seen: set[tuple[str, str]] = set()
    for actor in corpus.actors:
        if isinstance(actor, Organization):
            for member in actor.members:
                if (member, actor.id) not in seen:
                    seen.add((member, actor.id))
                    out.append(_Edge(member, actor.id, "member", 1, ""))
    return out


def _svg(corpus: Corpus) -> str:
    """The stance graph as SVG: linked actors placed by `_layout`, then edges, actors, and edge labels on top."""
    actors = {actor.id: actor for actor in corpus.actors}
    if not actors:
        return '<p class="empty">No actors were found.</p>'
    edges = [e for e in _edges(corpus) if e.source != e.target and e.source in actors and e.target in actors]
    drawn = _drawn(list(actors), edges)
    if not drawn:
        return '<p class="empty">No statement, rebuttal or membership links two actors.</p>' + _not_drawn(
            actors, drawn, edges
        )
    names = {node: _name_lines(actors[node]) for node in drawn}
    widths = {node: max(len(line) for line in lines) * _layout.CHAR_W for node, lines in names.items()}
    shown = [e for e in edges if e.source in widths and e.target in widths]
    lengths = {"member": _layout.MEMBER_LENGTH}
    links = [(e.source, e.target, lengths.get(e.kind, _layout.LINK_LENGTH)) for e in shown]
    pos, height = _layout.layout(drawn, links, widths)
    out = [
        (
            f'<svg class="graph" viewBox="0 0 {_layout.WIDTH:.0f} {height:.0f}" '
            f'width="{_layout.WIDTH:.0f}" height="{height:.0f}" role="img" aria-label="Stance graph">'
        ),
        "<defs>",
        *(
            f'<marker id="arrow-{kind}" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" '
            f'markerWidth="11" markerHeight="11" '
            f'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="head-{kind}"/></marker>'
            for kind in ("statement", "rebuttal")
        ),
        "</defs>",
    ]
    taken = [_layout.node_box(*pos[node], widths[node]) for node in drawn]
    labels: list[str] = []  # edge labels go on top of the nodes, so a node never hides one
    full = {actor_id: actor_label(actor) for actor_id, actor in actors.items()}
    for edge in sorted(shown, key=lambda e: (e.kind == "member", -e.n)):
        line, label = _svg_edge(edge, pos[edge.source], pos[edge.target], full, taken)
        out.append(line)
        labels.append(label)
    out.extend(_svg_node(actors[node], pos[node], names[node]) for node in drawn)
    out.extend(label for label in labels if label)
    out.append("</svg>")
    return "\n".join(out) + _not_drawn(actors, drawn, edges)


def _drawn(actor_ids: list[str], edges: list[_Edge]) -> list[str]:
    """The actors to draw: those some edge links, the busiest `MAX_NODES`, neighbours next to each other."""
    weight: dict[str, int] = dict.fromkeys(actor_ids, 0)
    neighbours: dict[str, dict[str, None]] = {}
    for edge in edges:
        weight[edge.source] += edge.n
        weight[edge.target] += edge.n
        neighbours.setdefault(edge.source, {})[edge.target] = None
        neighbours.setdefault(edge.target, {})[edge.source] = None
    linked = sorted((a for a in actor_ids if weight[a]), key=lambda a: -weight[a])[: _layout.MAX_NODES]
    keep = set(linked)
    order: dict[str, None] = {}
    for root in linked:  # breadth first from the busiest: neighbours start side by side
        queue = [root]
        while queue:
            node = queue.pop(0)
            if node in order:
                continue
            order[node] = None
            queue.extend(n for n in neighbours.get(node, ()) if n in keep and n not in order)
    return list(order)


def _not_drawn(actors: dict[str, Organization | State | Group], drawn: list[str], edges: list[_Edge]) -> str:
    """A note naming the actors left out of the picture, and why."""
    shown = set(drawn)
    linked = {e.source for e in edges} | {e.target for e in edges}
    alone = [actor_label(actor) for actor_id, actor in actors.items() if actor_id not in linked]
    more = len(linked - shown)
    notes = []
    if more:
        notes.append(f"{_plural(more, 'more actor')} with fewer links not drawn: the dyad table lists every pair.")
    if alone:
        notes.append(
            "Also named, with no statement or rebuttal linking them to another actor: " + ", ".join(alone) + "."
        )
    return "".join(f'<p class="graph-note">{escape(note)}</p>' for note in notes)


def _name_lines(actor: Organization | State | Group) -> list[str]:
    """The actor's name under its circle: in full, on two lines if long; a long name's acronym if it has one."""
    name = actor.name
    acronym = actor_code(actor) if not isinstance(actor, State) else None
    if len(name) > 34 and acronym:
        name = acronym
    if len(name) <= 20:
        return [name]
    words = name.split()
    splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    if not splits:
        return [name]
    first, second = min(splits, key=lambda pair: max(len(pair[0]), len(pair[1])))
    return [first, second]


def _svg_node(actor: Organization | State | Group, at: tuple[float, float], lines: list[str]) -> str:
    x, y = at
    kind = actor_type(actor)
    text = "".join(
        f'<tspan x="{x:.1f}" y="{y + _layout.NODE_R + 14 + i * _layout.LINE_H:.1f}">{escape(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    return (
        f'<g class="node {kind}"><title>{escape(actor.name)} ({kind}, {escape(actor.id)})</title>'
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{_layout.NODE_R:.0f}"/>'
        f'<text x="{x:.1f}" y="{y:.1f}" class="code" text-anchor="middle" dominant-baseline="central">'
        f"{escape(_badge(actor))}</text>"
        f'<text class="name" text-anchor="middle">{text}</text></g>'
    )


def _badge(actor: Organization | State | Group) -> str:
    """Up to five characters inside a node: the code or acronym, else initials or the name's start."""
    code = actor_code(actor)
    if code and len(code) <= 5:
        return code
    words = [w for w in re.split(r"[\s-]+", actor.name) if w[:1].isalpha()]
    if len(words) > 1:
        return "".join(w[0].upper() for w in words)[:4]
    return actor.name[:4]


def _edge_text(edge: _Edge, noun: str) -> str:
    """An edge's label: its acts or claim kinds (`assert` only when alone), two at most, and its count."""
    kinds = edge.label.split(", ") if edge.label else [noun]
    shown = [k for k in kinds if k != "assert"] or kinds
    text = ", ".join(shown[:2]) + (", …" if len(shown) > 2 else "")
    return text + (f" ({edge.n})" if edge.n > 1 else "")


def _svg_edge(
    edge: _Edge,
    start: tuple[float, float],
    end: tuple[float, float],
    names: dict[str, str],
    taken: list[_layout.Box],
) -> tuple[str, str]:
    """The edge's line and, separately, its label (empty when no free place on the curve takes it)."""
    (x1, y1), (x2, y2) = start, end
    dx, dy = x2 - x1, y2 - y1
    dist = math.hypot(dx, dy) or 1.0
    ux, uy = dx / dist, dy / dist
    # Bend to the right of the direction of travel, so A->B and B->A do not overlap.
    bend = {"statement": 0.12, "rebuttal": 0.26, "member": 0.0}[edge.kind] * dist
    mx, my = (x1 + x2) / 2 - uy * bend, (y1 + y2) / 2 + ux * bend
    # Start and end on the node circles, heading towards the control point.
    sx, sy = _towards(x1, y1, mx, my, _layout.NODE_R)
    ex, ey = _towards(x2, y2, mx, my, _layout.NODE_R + 2)
    width = 1.5 + 1.5 * math.log2(edge.n) if edge.n > 1 else 1.5
    title = f"{names.get(edge.source, edge.source)} → {names.get(edge.target, edge.target)}: "
    if edge.kind == "member":
        title += "member of"
        return (
            f'<g class="edge member"><title>{escape(title)}</title>'
            f'<line x1="{sx:.1f}" y1="{sy:.1f}" x2="{ex:.1f}" y2="{ey:.1f}"/></g>'
        ), ""
    noun = "statement" if edge.kind == "statement" else "rebuttal"
    title += f"{_plural(edge.n, noun)} ({edge.label})" if edge.label else _plural(edge.n, noun)
    line = (
        f'<g class="edge {edge.kind}"><title>{escape(title)}</title>'
        f'<path d="M{sx:.1f},{sy:.1f} Q{mx:.1f},{my:.1f} {ex:.1f},{ey:.1f}" stroke-width="{width:.1f}" '
        f'marker-end="url(#arrow-{edge.kind})"/></g>'
    )
    text = _edge_text(edge, noun)
    at = _layout.place_label(((sx, sy), (mx, my), (ex, ey)), len(text) * 6.2, taken)
    if at is None:
        return line, ""
    label = (
        f'<g class="edge-label {edge.kind}"><title>{escape(title)}</title>'
        f'<text x="{at[0]:.1f}" y="{at[1]:.1f}" text-anchor="middle" dominant-baseline="central">'
        f"{escape(text)}</text></g>"
    )
    return line, label


def _towards(x: float, y: float, tx: float, ty: float, distance: float) -> tuple[float, float]:
    dx, dy = tx - x, ty - y
    norm = math.hypot(dx, dy) or 1.0
    return x + dx / norm * distance, y + dy / norm * distance


_LEGEND = (
    '<p class="legend"><span class="key statement">statement</span> '
    '<span class="key rebuttal">rebuttal</span> <span class="key member">membership</span> '
    '<span class="dot organization"></span> organization <span class="dot state"></span> state '
    '<span class="dot group"></span> group</p>'
)


# ------------------------------------------------------------------- tables
def _dyad_table(corpus: Corpus, names: dict[str, str]) -> str:
    dyads = corpus.dyads()
    if not dyads:
        return '<section id="dyads"><h2>Dyads</h2><p class="empty">No statements or rebuttals.</p></section>'
    rows = []
    for dyad in dyads:
        acts = ", ".join(f"{act.value} {n}" for act, n in dyad.acts)
        claims = ", ".join(f"{kind.value} {n}" for kind, n in dyad.claims)
        rows.append(
            f"<tr><td>{escape(names.get(dyad.source, dyad.source))}</td>"
            f"<td>{escape(names.get(dyad.target, dyad.target))}</td>"
            f'<td class="num">{dyad.statements}</td><td class="num">{dyad.rebuttals}</td>'
            f'<td>{escape(acts)}</td><td>{escape(claims)}</td><td class="num">{len(dyad.articles)}</td></tr>'
        )
    return (
        '<section id="dyads"><h2>Dyads</h2><table><thead><tr><th>From</th><th>To</th>'
        '<th class="num">Statements</th><th class="num">Rebuttals</th><th>Acts</th><th>Claims</th>'
        '<th class="num">Articles</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table></section>"
    )


def _timeline(corpus: Corpus, names: dict[str, str]) -> str:
    events = corpus.timeline()
    if not events:
        return ""
    index = {entry.key: i for i, entry in enumerate(corpus.entries)}
    rows = [
        f"<tr><td>{event.date.isoformat()}</td><td>{escape(names.get(event.speaker, event.speaker))}</td>"
        f"<td>{event.kind}</td><td>{escape(', '.join(names.get(t, t) for t in event.targets))}</td>"
        f'<td><a href="#{_anchor(index[event.article], event.id)}">{escape(event.article)}</a></td></tr>'
        for event in events
    ]
    return (
        '<section id="timeline"><h2>Timeline</h2><table><thead><tr><th>Date</th><th>Who</th><th>What</th>'
        "<th>Towards</th><th>Article</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table></section>"
    )


# ----------------------------------------------------------------- articles
class _Mark(NamedTuple):
    start: int
    end: int
    cls: str
    item: str
    anchor: str


def _anchor(article: int, item_id: str, part: str = "") -> str:
    return f"a{article}-{item_id}{part}"


def _article(index: int, entry: CorpusEntry, names: dict[str, str]) -> str:
    article = entry.article
    marks: list[_Mark] = []
    cards: list[str] = []
    for statement in article.statements:
        item = _anchor(index, statement.id)
        for j, evidence in enumerate(statement.evidence):
            marks.append(_Mark(evidence.span.start, evidence.span.end, "ev", item, f"{item}-e{j}"))
        for j, quote in enumerate(statement.quotes):
            marks.append(_Mark(quote.span.start, quote.span.end, "qt", item, f"{item}-q{j}"))
        cards.append(_statement_card(item, statement, names, statement_date(statement, entry.date)))
    acts = {statement.id: statement.acts for statement in article.statements}
    for rebuttal, answered in zip(article.rebuttals, all_rebuttal_targets(article), strict=True):
        item = _anchor(index, rebuttal.id)
        for j, claim in enumerate(rebuttal.claims):
            marks.append(_Mark(claim.span.start, claim.span.end, "cl", item, f"{item}-c{j}"))
        for j, quote in enumerate(rebuttal.quotes):
            marks.append(_Mark(quote.span.start, quote.span.end, "qt", item, f"{item}-q{j}"))
        answered_acts = tuple(act for rebutted in rebuttal.rebuts for act in acts.get(rebutted, ()))
        cards.append(_rebuttal_card(item, rebuttal, answered, answered_acts, names))
    heading = escape(entry.key) + (f' <span class="date">{entry.date.isoformat()}</span>' if entry.date else "")
    listing = "".join(cards) or '<p class="empty">No statements or rebuttals.</p>'
    return (
        f'<article id="a{index}"><h3>{heading}</h3><div class="layout">'
        f'<div class="text">{_highlight(article.text, marks)}</div>'
        f'<ol class="items">{listing}</ol></div></article>'
    )


def _highlight(text: str, marks: list[_Mark]) -> str:
    """Escape `text` and wrap every stretch covered by marks in one span listing them all.

    One sweep over the cut points: a mark joins the covering set where it starts and
    leaves it where it ends, so the work is the text plus, per stretch, the marks
    covering it (listed in `marks` order, as the page shows them).
    """
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    starting: dict[int, list[int]] = {}
    ending: dict[int, list[int]] = {}
    for number, mark in enumerate(marks):
        starting.setdefault(mark.start, []).append(number)
        ending.setdefault(mark.end, []).append(number)
    active: set[int] = set()
    out: list[str] = []
    anchored: set[str] = set()
    for start, end in itertools.pairwise(cuts):
        active.update(starting.get(start, ()))
        active.difference_update(ending.get(start, ()))  # after: a mark of no length covers nothing
        covering = [marks[number] for number in sorted(active)]
        chunk = escape(text[start:end])
        if not covering:
            out.append(chunk)
            continue
        for mark in covering:
            if mark.anchor not in anchored:
                anchored.add(mark.anchor)
                out.append(f'<a class="anchor" id="{mark.anchor}"></a>')
        classes = " ".join(sorted({m.cls for m in covering}))
        items = " ".join(dict.fromkeys(m.item for m in covering))
        out.append(f'<span class="hl {classes}" data-items="{items}">{chunk}</span>')
    return "".join(out)


def _codes(codes: list[EventCode]) -> str:
    plover = ", ".join(dict.fromkeys(c.plover for c in codes if c.plover))
    cameo = ", ".join(dict.fromkeys(c.cameo for c in codes if c.cameo))
    bits = []
    if plover:
        bits.append(f"PLOVER {plover}")
    if cameo:
        bits.append(f"CAMEO {cameo}")
    return f'<div class="codes">{escape(" · ".join(bits))}</div>' if bits else ""


def _links(item: str, excerpts: list[tuple[str, str]], cls: str) -> str:
    return "".join(f'<li><a class="{cls}" href="#{item}-{suffix}">{escape(text)}</a></li>' for suffix, text in excerpts)


def _statement_card(item: str, statement: Statement, names: dict[str, str], date: dt.date | None) -> str:
    targets = ", ".join(names.get(t, t) for t in statement.targets) or "—"
    acts = ", ".join(act.value for act in statement.acts) or "statement"
    meta = []
    if statement.topics:
        meta.append("topics: " + ", ".join(t.value for t in statement.topics))
    if statement.person:
        meta.append("by " + statement.person.text)
    if statement.occasion:
        occasion = statement.occasion
        meta.extend(m.text for m in (occasion.when, occasion.where, occasion.event, occasion.channel) if m)
    if date:
        meta.append(date.isoformat())
    if statement.reported_by:
        meta.append("reported by " + statement.reported_by.text)
    evidence = _links(item, [(f"e{j}", e.text) for j, e in enumerate(statement.evidence)], "ev")
    quotes = _links(item, [(f"q{j}", f"“{q.text}”") for j, q in enumerate(statement.quotes)], "qt")
    return (
        f'<li class="card statement" data-item="{item}" id="{item}-card">'
        f'<div class="who">{escape(names.get(statement.speaker, statement.speaker))} → {escape(targets)}'
        f' <span class="tag">{escape(acts)}</span> <span class="id">{escape(statement.id)}</span></div>'
        + (f'<div class="meta">{escape(" · ".join(meta))}</div>' if meta else "")
        + _codes([act_code(a, statement.cue) for a in statement.acts])
        + (f"<ul>{evidence}{quotes}</ul>" if evidence or quotes else "")
        + "</li>"
    )


def _rebuttal_card(
    item: str,
    rebuttal: Rebuttal,
    answered: dict[str, tuple[str, ...]],
    answered_acts: tuple[Act, ...],
    names: dict[str, str],
) -> str:
    targets = ", ".join(names.get(t, t) for t in answered) or "—"
    rebuts = ", ".join(rebuttal.rebuts)
    claims = "".join(
        f'<li><a class="cl" href="#{item}-c{j}"><span class="tag">{escape(c.kind.value)}</span> '
        f"{escape(c.text)}</a></li>"
        for j, c in enumerate(rebuttal.claims)
    )
    quotes = _links(item, [(f"q{j}", f"“{q.text}”") for j, q in enumerate(rebuttal.quotes)], "qt")
    meta = [f"answers {rebuts}"] if rebuts else []
    if rebuttal.person:
        meta.append("by " + rebuttal.person.text)
    return (
        f'<li class="card rebuttal" data-item="{item}" id="{item}-card">'
        f'<div class="who">{escape(names.get(rebuttal.speaker, rebuttal.speaker))} ⟲ {escape(targets)}'
        f' <span class="tag">rebuttal</span> <span class="id">{escape(rebuttal.id)}</span></div>'
        + (f'<div class="meta">{escape(" · ".join(meta))}</div>' if meta else "")
        + _codes([claim_code(c.kind, cue=c.cue, answers=answered_acts) for c in rebuttal.claims])
        + (f"<ul>{claims}{quotes}</ul>" if claims or quotes else "")
        + "</li>"
    )


_CSS = """
:root { --statement: #1d4ed8; --rebuttal: #b91c1c; --member: #9ca3af; --ink: #1f2937; --muted: #6b7280;
  --organization: #dbeafe; --state: #dcfce7; --group: #fef3c7; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--ink);
  margin: 0 auto; max-width: 1240px; padding: 1.5rem; }
h1 { margin: 0; font-size: 1.8rem; } h2 { border-bottom: 1px solid #e5e7eb; padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; word-break: break-all; } .summary, .empty, .meta, .id, .date { color: var(--muted); }
svg.graph { display: block; width: 100%; max-width: 1160px; height: auto; margin: 0 auto; font-size: 13px; }
.graph-note { color: var(--muted); font-size: .9rem; text-align: center; margin: .2rem 0; }
.node circle { stroke: #374151; stroke-width: 1.2; } .node.organization circle { fill: var(--organization); }
.node.state circle { fill: var(--state); } .node.group circle { fill: var(--group); }
.node text { fill: var(--ink); } .node text.code { font-size: 10px; font-weight: 600; }
.node text.name { font-size: 13px; paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
.edge path, .edge line { fill: none; } .edge-label text { font-size: 11px; paint-order: stroke; stroke: #fff;
  stroke-width: 3px; stroke-linejoin: round; }
.edge.statement path { stroke: var(--statement); } .edge-label.statement text { fill: var(--statement); }
.edge.rebuttal path { stroke: var(--rebuttal); stroke-dasharray: 6 4; }
.edge-label.rebuttal text { fill: var(--rebuttal); }
.edge.member line { stroke: var(--member); stroke-dasharray: 2 3; }
.head-statement { fill: var(--statement); } .head-rebuttal { fill: var(--rebuttal); }
.legend { text-align: center; color: var(--muted); font-size: .9rem; }
.key::before { content: ""; display: inline-block; width: 26px; margin: 0 .3rem .25rem .8rem; border-top: 2px solid; }
.key.statement::before { border-color: var(--statement); } .key.rebuttal::before { border: 0;
  border-top: 2px dashed var(--rebuttal); } .key.member::before { border-top: 2px dotted var(--member); }
.dot { display: inline-block; width: 12px; height: 12px; border-radius: 50%; border: 1px solid #374151;
  margin: 0 .2rem 0 .8rem; vertical-align: -1px; } .dot.organization { background: var(--organization); }
.dot.state { background: var(--state); } .dot.group { background: var(--group); }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { text-align: left; padding: .3rem .6rem; border-bottom: 1px solid #e5e7eb; vertical-align: top; }
th { background: #f9fafb; } .num { text-align: right; }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem; }
@media (max-width: 900px) { .layout { grid-template-columns: 1fr; } }
.text { white-space: pre-wrap; background: #fcfcfd; border: 1px solid #e5e7eb; border-radius: 6px; padding: 1rem;
  line-height: 1.65; }
.hl.ev { background: #dbeafe; } .hl.cl { background: #fee2e2; } .hl.ev.cl { background: #ede9fe; }
.hl.qt { text-decoration: underline 2px #6b7280; text-underline-offset: 3px; }
.hl.active { outline: 2px solid #f59e0b; background: #fef3c7; }
.items { list-style: none; padding: 0; margin: 0; }
.card { border: 1px solid #e5e7eb; border-left: 4px solid var(--statement); border-radius: 6px; padding: .5rem .7rem;
  margin-bottom: .6rem; font-size: .9rem; } .card.rebuttal { border-left-color: var(--rebuttal); }
.card.active { box-shadow: 0 0 0 2px #f59e0b; } .card ul { margin: .3rem 0 0; padding-left: 1.1rem; }
.card a { color: inherit; text-decoration: none; } .card a:hover { text-decoration: underline; }
.who { font-weight: 600; } .tag { font-weight: 500; font-size: .8rem; background: #f3f4f6; border-radius: 4px;
  padding: 0 .3rem; } .codes { font-size: .8rem; color: #374151; }
a.anchor { scroll-margin-top: 4rem; }
"""

_JS = """
(function () {
  function mark(item, on) {
    document.querySelectorAll('.hl').forEach(function (el) {
      if ((el.getAttribute('data-items') || '').split(' ').indexOf(item) >= 0) { el.classList.toggle('active', on); }
    });
    var card = document.getElementById(item + '-card');
    if (card) { card.classList.toggle('active', on); }
  }
  document.querySelectorAll('.card').forEach(function (card) {
    var item = card.getAttribute('data-item');
    card.addEventListener('mouseenter', function () { mark(item, true); });
    card.addEventListener('mouseleave', function () { mark(item, false); });
  });
  document.querySelectorAll('.hl').forEach(function (el) {
    el.addEventListener('click', function () {
      var first = (el.getAttribute('data-items') || '').split(' ')[0];
      var card = first && document.getElementById(first + '-card');
      if (card) { card.scrollIntoView({block: 'nearest'}); mark(first, true);
        setTimeout(function () { mark(first, false); }, 1500); }
    });
  });
})();
"""
