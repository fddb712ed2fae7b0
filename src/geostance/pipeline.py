"""Placeholder: replaced by the parser pipeline."""

from __future__ import annotations

from geostance.errors import InputTooLarge, InvalidInput
from geostance.model import Article

DEFAULT_MAX_CHARS = 5_000_000


def parse(text: str, *, max_chars: int = DEFAULT_MAX_CHARS) -> Article:
    """Parse news text into an Article."""
    if not isinstance(text, str):
        raise InvalidInput(f"parse() takes str, got {type(text).__name__}")
    if len(text) > max_chars:
        raise InputTooLarge(f"text has {len(text)} characters, more than max_chars={max_chars}")
    return Article(text=text)
