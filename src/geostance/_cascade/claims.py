"""Claims: a rebuttal's counter-claims as clauses of the text, each with its kind.

A rebuttal's words are split into clauses at ", as", " and that", ", arguing (that)",
"; ", " and" before another reporting verb, and sentence ends inside a quotation; each
clause is labelled by the first kind (in the lexicon's order of precedence:
non-interference, deflection, assurance, denial, rejection) whose cue it holds, else
counter-claim.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geostance._segment import SINGLE_OPENER
from geostance.model import ClaimKind

if TYPE_CHECKING:
    from geostance._document import Document

__all__ = ["claim_kind", "split_claims"]

_CLAIM_SPLIT = re.compile(
    # ", as", " and that", ", arguing (that)", "; ", " and" before a reporting verb, a sentence end. Written
    # to start with its first character's class (each branch checks which it was), so the scan skips ahead fast
    r"[,;\s](?:(?<=,)\s+as\s+|(?<=\s)\s*and\s+that\s+|(?<=,)\s+(?:arguing|saying|adding|insisting|stressing|"
    r"noting|claiming|asserting|maintaining|describing|calling)\s+(?:that\s+)?|(?<=;)\s+|(?<=\s)\s*and\s+"
    r"(?=(?:\w+ly\s+)?(?:asserts?|asserted|claims?|claimed|insists?|insisted|argues?|argued|says?|said|denies|"
    r"denied|rejects?|rejected|maintains?|maintained)\b)|(?<=[.!?]\s)\s*(?=[A-Z“\"]))"
)
_ABBREVIATION_BEFORE = re.compile(r"(?:\b[A-Z]\.(?:[A-Z]\.)+|\b(?:Mr|Mrs|Ms|Dr|Gen|St|No)\.)\s?$")
_CLAIM_DROP = re.compile(r"^(?:that|further|also|and|but|however)\s+", re.IGNORECASE)


def split_claims(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split `text[start:end]` into claim clauses (see `_CLAIM_SPLIT`), trimmed; never empty pieces."""
    pieces: list[tuple[int, int]] = []
    cursor = start
    for match in _CLAIM_SPLIT.finditer(text, start, end):
        if _ABBREVIATION_BEFORE.search(text, max(start, match.start() - 8), match.start() + 1):
            continue  # "the U.N. Security Council": a stop of an abbreviation ends no claim
        pieces.append((cursor, match.start()))
        cursor = match.end()
    pieces.append((cursor, end))
    out = []
    for piece_start, piece_end in pieces:
        a, b = piece_start, piece_end
        while True:
            drop = _CLAIM_DROP.match(text, a, b)
            if not drop:
                break
            a = drop.end()
        while a < b and text[a] in " ,\"“”'’":
            a += 1
        while b > a and text[b - 1] in " ,.;:\"“”'’":
            b -= 1
        if b - a >= 8 and len(text[a:b].split()) >= 2:
            out.append((_opening_mark(text, a, b), _closing_mark(text, a, b)))
    return out


def _opening_mark(text: str, start: int, end: int) -> int:
    """Extend a claim back over the mark that opens a quotation it closes ('that it "categorically rejects"')."""
    piece = text[start:end]
    unbalanced = piece.count("”") > piece.count("“") or piece.count('"') % 2 == 1
    if unbalanced and start > 0 and text[start - 1] in '“"':
        return start - 1
    return start


def _closing_mark(text: str, start: int, end: int) -> int:
    """Extend a claim over the mark that closes a quotation it opens ('called it "a lie."'), if one follows."""
    piece = text[start:end]
    unbalanced = piece.count("“") > piece.count("”") or piece.count('"') % 2 == 1
    single = _SINGLE_OPENED.search(piece) is not None  # "called it 'a lie" opens a single-quoted quotation
    if not unbalanced and not single:
        return end
    marks = ('”"' if unbalanced else "") + ("'’" if single else "")
    for k in range(end, min(end + 3, len(text))):
        if text[k] in marks:
            return k + 1
        if text[k] not in ".,!?":
            break
    return end


_SINGLE_OPENED = re.compile(SINGLE_OPENER + r"[^'’]*\Z")
"""A single mark opening a quotation that the piece does not close (SINGLE-QUOTES)."""


def claim_kind(doc: Document, start: int, end: int) -> ClaimKind:
    """The kind of a claim: the first kind (by precedence) whose cue occurs in it.

    One scan of all the kinds' cues finds the first cue; only the kinds that take
    precedence over its kind still need a scan of their own (most claims have no cue).
    """
    lex = doc.lexicon
    found = lex.any_claim_kind.search(doc.text, start, end)
    if found is None:
        return ClaimKind.COUNTER_CLAIM
    kind = ClaimKind(found.lastgroup)
    for earlier, pattern in lex.claim_kinds:
        if earlier is kind:
            break
        if pattern.search(doc.text, start, end):
            return earlier
    return kind
