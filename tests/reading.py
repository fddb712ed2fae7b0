"""Helpers shared by tests that ask who said what where in a parsed article."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import geostance


def speakers_from(article: geostance.Article, offset: int) -> set[str]:
    """Who spoke at or after `offset`: statements with evidence or a quotation there, rebuttals with a claim there."""
    speakers = {
        s.speaker
        for s in article.statements
        if any(e.span.start >= offset for e in s.evidence) or any(q.span.start >= offset for q in s.quotes)
    }
    return speakers | {r.speaker for r in article.rebuttals if any(c.span.start >= offset for c in r.claims)}
