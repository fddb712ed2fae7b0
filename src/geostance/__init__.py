"""geostance: who said what about whom in geopolitical news, and who denied it.

The public API in one place:

- [`parse`][geostance.parse] turns news text into an [`Article`][geostance.Article];
- the model classes ([`Organization`][geostance.Organization], [`State`][geostance.State],
  [`Group`][geostance.Group], [`Statement`][geostance.Statement],
  [`Rebuttal`][geostance.Rebuttal], ...) are immutable attrs records;
- [`to_json`][geostance.to_json] / [`from_json`][geostance.from_json] (and the `dict`
  variants) serialize them without loss, and [`json_schema`][geostance.json_schema]
  publishes the JSON Schema;
- every error the library raises on purpose is a [`GeostanceError`][geostance.GeostanceError].
"""

from geostance.errors import (
    DanglingReference,
    DuplicateId,
    GazetteerError,
    GeostanceError,
    InputTooLarge,
    InvalidInput,
    InvalidSpan,
    ModelError,
    SchemaError,
)
from geostance.model import (
    Act,
    Actor,
    Article,
    Claim,
    ClaimKind,
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
    Topic,
)
from geostance.pipeline import DEFAULT_MAX_CHARS, parse
from geostance.schema import json_schema
from geostance.serialize import from_dict, from_json, to_dict, to_json

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_MAX_CHARS",
    "Act",
    "Actor",
    "Article",
    "Claim",
    "ClaimKind",
    "DanglingReference",
    "DuplicateId",
    "Evidence",
    "GazetteerError",
    "GeostanceError",
    "Group",
    "InputTooLarge",
    "InvalidInput",
    "InvalidSpan",
    "Mention",
    "ModelError",
    "Occasion",
    "Organization",
    "Quote",
    "Rebuttal",
    "SchemaError",
    "Span",
    "State",
    "Statement",
    "Topic",
    "__version__",
    "from_dict",
    "from_json",
    "json_schema",
    "parse",
    "to_dict",
    "to_json",
]
