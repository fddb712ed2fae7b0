"""Where the report's stance graph puts its actors and its edge labels, so that labels do not pile up.

- Actors are placed by a force layout (Fruchterman and Reingold, 1991): every pair
  pushes apart, every linked pair pulls together towards a distance long enough for an
  edge label between them, so actors that interact stand apart with their label in the
  middle, and unrelated groups drift apart. The start is a fixed ellipse and there is no
  randomness: the same graph always gets the same picture.
- The picture has the report's width and grows in height with the number of actors, so
  its text is drawn at its own size instead of shrinking with a wider picture.
- Then each actor's box (its circle and its name below) is pushed out of the others'.
- Edge labels go at the middle of their curve, or slide along it to a free place; a label
  with no free place is left out (its edge keeps its tooltip, and the dyad table lists it).

The work is bounded: at most `MAX_NODES` actors are laid out (the report says how many
more there are), so the quadratic steps never see more than that.
"""

from __future__ import annotations

import math
from typing import NamedTuple

__all__ = ["MAX_NODES", "WIDTH", "Box", "layout", "node_box", "place_label"]

WIDTH = 1160.0
"""Width of the picture: the report's column, so text is drawn at its size."""
MAX_NODES = 60
"""The most actors drawn: the busiest ones; the others are in the dyad table."""
NODE_R = 22.0
"""Radius of an actor's circle."""
CHAR_W = 7.2
"""Width of a character of 13 px sans-serif text, for label boxes (an estimate; wider is safer)."""
LINE_H = 16.0
"""Height of a line of label text."""
_ITERATIONS = 220
LINK_LENGTH = 240.0
"""How far apart actors linked by a statement or rebuttal stay at least: room for the label between them."""
GRAVITY = 0.1
"""How strongly each actor is pulled to its group's centre, against the push that would stretch a big group."""
SPACING = 120.0
"""The distance at which the push between two actors equals a link's pull (Fruchterman and Reingold's k)."""
MEMBER_LENGTH = 130.0
"""The same for a state and an organization it is a member of: that line has no label."""


class Box(NamedTuple):
    """An axis-aligned rectangle: left, top, right, bottom."""

    x1: float
    y1: float
    x2: float
    y2: float

    def overlaps(self, other: Box, gap: float = 0.0) -> bool:
        """Whether the boxes overlap, or come closer than `gap`."""
        return not (
            self.x2 + gap <= other.x1
            or other.x2 + gap <= self.x1
            or self.y2 + gap <= other.y1
            or other.y2 + gap <= self.y1
        )


def layout(
    nodes: list[str], links: list[tuple[str, str, float]], label_widths: dict[str, float]
) -> tuple[dict[str, tuple[float, float]], float]:
    """Positions of the nodes and the picture's height.

    Each group of linked actors is laid out on its own, in an area that grows with its
    size, and the groups are packed in rows, biggest first, each row centred.

    Args:
        nodes: Node ids (at most `MAX_NODES`), in the order of the start ellipse (neighbours next to each other).
        links: Linked pairs (either direction), each with the distance they should keep at least (the
            longest of repeated pairs counts).
        label_widths: Width of each node's name below it, for the boxes that must not overlap.
    """
    index = {node: i for i, node in enumerate(nodes)}
    lengths: dict[tuple[int, int], float] = {}
    for a, b, length in links:
        if a != b and a in index and b in index:
            key = (min(index[a], index[b]), max(index[a], index[b]))
            lengths[key] = max(length, lengths.get(key, 0.0))
    pairs = sorted(lengths)
    placed: dict[str, tuple[float, float]] = {}
    rows: list[list[tuple[list[str], list[float], list[float], float, float]]] = [[]]
    row_width = 0.0
    for group in _components(len(nodes), pairs):
        names = [nodes[i] for i in group]
        local = {i: k for k, i in enumerate(group)}
        xs, ys, width, height = _group_layout(
            [(local[i], local[j], lengths[i, j]) for i, j in pairs if i in local], [label_widths[n] for n in names]
        )
        if row_width + width > WIDTH and rows[-1]:
            rows.append([])
            row_width = 0.0
        rows[-1].append((names, xs, ys, width, height))
        row_width += width
    top = 0.0
    for row in rows:
        left = (WIDTH - sum(item[3] for item in row)) / 2
        for names, xs, ys, width, _height in row:
            for k, name in enumerate(names):
                placed[name] = (left + xs[k], top + ys[k])
            left += width
        top += max((item[4] for item in row), default=0.0)
    return placed, max(top, 2 * CELL)


CELL = 150.0
"""The room one actor of a group takes: its circle, its name, and an edge label's worth of space."""


def _components(n: int, pairs: list[tuple[int, int]]) -> list[list[int]]:
    """The groups of linked nodes, biggest first, each in node order."""
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in pairs:
        parent[root(i)] = root(j)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(root(i), []).append(i)
    return sorted(groups.values(), key=lambda group: (-len(group), group[0]))


def _group_layout(
    edges: list[tuple[int, int, float]], widths: list[float]
) -> tuple[list[float], list[float], float, float]:
    """One group laid out by forces in an area that grows with its size: positions, width and height.

    The forces work within the picture's width (less room for the names) and are free
    in height, so the result keeps its distances: a big group grows taller, not smaller.
    """
    n = len(widths)
    if n == 1:
        width = max(CELL, widths[0] + 24)
        return [width / 2], [NODE_R + 12], width, CELL * 0.75
    margin = max(widths) / 2 + 10
    area = n * CELL * CELL * 1.6
    width = min(WIDTH - 2 * margin, math.sqrt(area * 1.6))
    height = max(CELL, area / width)
    xs, ys = _start(n, width, height)
    _forces(xs, ys, edges, width, height)
    width, height = _fit(xs, ys, margin)
    _separate(xs, ys, widths, width, height)
    return xs, ys, width, height


def _start(n: int, width: float, height: float) -> tuple[list[float], list[float]]:
    """An ellipse inside the area, first node at the top."""
    cx, cy = width / 2, height / 2
    rx, ry = width / 3, height / 3
    angles = [-math.pi / 2 + 2 * math.pi * i / n for i in range(n)]
    return [cx + rx * math.cos(a) for a in angles], [cy + ry * math.sin(a) for a in angles]


def _forces(xs: list[float], ys: list[float], edges: list[tuple[int, int, float]], width: float, height: float) -> None:
    """Fruchterman-Reingold: pairs repel (k²/d), links pull beyond their length, the step cools to nothing.

    x stays within `[0, width]`; y is free (`height` only sets the centre the group is held to).
    """
    n = len(xs)
    k = SPACING
    reach2 = (3 * k) ** 2
    cx, cy = width / 2, height / 2
    for step in range(_ITERATIONS):
        dx = [0.0] * n
        dy = [0.0] * n
        for i in range(n):
            xi, yi = xs[i], ys[i]
            for j in range(i + 1, n):
                ex, ey = xi - xs[j], yi - ys[j]
                d2 = ex * ex + ey * ey or 0.01
                if d2 > reach2:  # only near actors push (the grid variant of the method): big groups stay compact
                    continue
                f = k * k / d2  # force / distance: the unit vector's division folded in
                dx[i] += ex * f
                dy[i] += ey * f
                dx[j] -= ex * f
                dy[j] -= ey * f
        for i, j, length in edges:  # a spring that pulls only beyond its length: room for a label
            ex, ey = xs[i] - xs[j], ys[i] - ys[j]
            d = math.hypot(ex, ey)
            f = max(0.0, d - length) * d / (k * max(d, 1.0))
            dx[i] -= ex * f
            dy[i] -= ey * f
            dx[j] += ex * f
            dy[j] += ey * f
        limit = width / 10 * (1 - step / _ITERATIONS) + 1.0
        for i in range(n):
            dx[i] -= GRAVITY * (xs[i] - cx)  # gravity keeps the group together, and not too tall
            dy[i] -= GRAVITY * (ys[i] - cy)
            d = math.hypot(dx[i], dy[i]) or 1.0
            move = min(d, limit)
            xs[i] = min(max(xs[i] + dx[i] / d * move, 0.0), width)  # within the width, free in height
            ys[i] += dy[i] / d * move


def _fit(xs: list[float], ys: list[float], margin: float) -> tuple[float, float]:
    """Move the positions inside margins (room for the names), shrinking only what is wider than the picture.

    Returns the width and height the group then takes.
    """
    top, bottom = NODE_R + 12, NODE_R + 12 + 2 * LINE_H
    lo_x, hi_x = min(xs), max(xs)
    scale = min(1.0, (WIDTH - 2 * margin) / (hi_x - lo_x)) if hi_x > lo_x else 1.0  # 1 but for rounding
    lo_y = min(ys)
    for i in range(len(xs)):  # the same scale both ways: the shape stays, only a group too wide shrinks
        xs[i] = margin + (xs[i] - lo_x) * scale
        ys[i] = top + (ys[i] - lo_y) * scale
    return (hi_x - lo_x) * scale + 2 * margin, max(ys) + bottom


def node_box(x: float, y: float, label_width: float) -> Box:
    """The room an actor takes: its circle and its name below it (two lines at most)."""
    half = max(NODE_R, label_width / 2) + 4
    return Box(x - half, y - NODE_R - 4, x + half, y + NODE_R + 6 + 2 * LINE_H)


def _separate(xs: list[float], ys: list[float], widths: list[float], width: float, height: float) -> None:
    """Push overlapping actor boxes apart, along the axis where they overlap least (a few rounds)."""
    n = len(xs)
    for _round in range(60):
        moved = False
        boxes = [node_box(xs[i], ys[i], widths[i]) for i in range(n)]
        for i in range(n):
            for j in range(i + 1, n):
                a, b = boxes[i], boxes[j]
                if not a.overlaps(b, 6.0):
                    continue
                moved = True
                over_x = min(a.x2, b.x2) - max(a.x1, b.x1) + 6
                over_y = min(a.y2, b.y2) - max(a.y1, b.y1) + 6
                if over_x < over_y:
                    shift = over_x / 2 if xs[i] >= xs[j] else -over_x / 2
                    xs[i] += shift
                    xs[j] -= shift
                else:
                    shift = over_y / 2 if ys[i] >= ys[j] else -over_y / 2
                    ys[i] += shift
                    ys[j] -= shift
        for i in range(n):
            xs[i] = min(max(xs[i], widths[i] / 2 + 8), width - widths[i] / 2 - 8)
            ys[i] = min(max(ys[i], NODE_R + 8), height - NODE_R - 8 - 2 * LINE_H)
        if not moved:
            return


def place_label(
    curve: tuple[tuple[float, float], tuple[float, float], tuple[float, float]],
    width: float,
    taken: list[Box],
) -> tuple[float, float] | None:
    """Where an edge label of `width` goes on a quadratic curve without covering `taken` boxes (then taken too).

    The middle of the curve first, then points towards either end; None when none is free.
    """
    (x0, y0), (x1, y1), (x2, y2) = curve
    for t in (0.5, 0.4, 0.6, 0.32, 0.68, 0.25, 0.75):
        u = 1 - t
        x = u * u * x0 + 2 * u * t * x1 + t * t * x2
        y = u * u * y0 + 2 * u * t * y1 + t * t * y2
        box = Box(x - width / 2 - 2, y - LINE_H / 2, x + width / 2 + 2, y + LINE_H / 2)
        if not any(box.overlaps(other) for other in taken):
            taken.append(box)
            return x, y
    return None
