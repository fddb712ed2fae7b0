"""The library's exceptions: one class per failure, each also the builtin it resembles.

Catch [`GeostanceError`][geostance.GeostanceError] to handle every failure the
library raises on purpose; anything else escaping from geostance is a bug.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "DanglingReference",
    "DuplicateId",
    "GazetteerError",
    "GeostanceError",
    "InputTooLarge",
    "InvalidInput",
    "InvalidSpan",
    "InvalidText",
    "ModelError",
    "SchemaError",
]


class GeostanceError(Exception):
    """Base class of every error geostance raises on purpose."""


class ModelError(GeostanceError, ValueError):
    """An [`Article`][geostance.Article] breaks one of its invariants.

    `problems` lists every violation found, each as `"<path>: <message>"` with a
    JSON-path-like location such as `$.statements[1].speaker`.
    """

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems: tuple[str, ...] = tuple(problems)
        super().__init__(_summarise("invalid article", self.problems))

    def __reduce__(self) -> tuple[type[ModelError], tuple[tuple[str, ...]]]:
        return (type(self), (self.problems,))  # survives pickling, e.g. from a worker process


class InvalidSpan(ModelError):
    """A span lies outside the text, or the text it points at differs from what it cites."""


class DuplicateId(ModelError):
    """Two actors, statements or rebuttals share one id."""


class DanglingReference(ModelError):
    """An id is referenced (speaker, target, member, rebutted statement) but not defined."""


class SchemaError(GeostanceError, ValueError):
    """Data given to `from_dict`/`from_json` does not describe a valid model object.

    The message names every bad field by path, e.g.
    `expected int @ $.statements[2].quotes[0].start`; `problems` holds them one by one.
    """

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems: tuple[str, ...] = tuple(problems)
        super().__init__(_summarise("invalid geostance data", self.problems))

    def __reduce__(self) -> tuple[type[SchemaError], tuple[tuple[str, ...]]]:
        return (type(self), (self.problems,))  # survives pickling, e.g. from a worker process


class InvalidInput(GeostanceError, TypeError):
    """An argument of the wrong type: `parse` given something other than `str` (bytes must be decoded first).

    The output functions raise it too, for what is not an article, articles or a
    corpus, and for options of the wrong type (`to_html(title=None)`,
    `Corpus.add(key=5)`).
    """


class InvalidText(GeostanceError, ValueError):
    """The text holds surrogate code points (U+D800-U+DFFF), which no UTF-8 text or JSON can carry.

    Such a `str` comes from decoding with `errors="surrogateescape"`; decode with
    `errors="replace"` instead.
    """


class InputTooLarge(GeostanceError, ValueError):
    """The text is longer than the `max_chars` limit given to `parse`."""


class GazetteerError(GeostanceError, ValueError):
    """A gazetteer data file or record is malformed."""


def _summarise(title: str, problems: tuple[str, ...]) -> str:
    if not problems:
        return title
    if len(problems) == 1:
        return f"{title}: {problems[0]}"
    return f"{title} ({len(problems)} problems):\n  " + "\n  ".join(problems)
