"""geostance: who said what about whom in geopolitical news, and who denied it.

The public API in one place:

- [`parse`][geostance.parse] turns news text into an [`Article`][geostance.Article];
- the model classes ([`Organization`][geostance.Organization], [`State`][geostance.State],
  [`Group`][geostance.Group], [`Statement`][geostance.Statement],
  [`Rebuttal`][geostance.Rebuttal], ...) are immutable attrs records;
- [`to_json`][geostance.to_json] / [`from_json`][geostance.from_json] (and the `dict`
  variants) serialize them without loss, and [`json_schema`][geostance.json_schema]
  publishes the JSON Schema;
- [`Gazetteer`][geostance.Gazetteer] holds the actors and people it recognises, and
  who held which [`Office`][geostance.Office] when ([`Tenure`][geostance.Tenure]);
- every error the library raises on purpose is a [`GeostanceError`][geostance.GeostanceError].
"""

from geostance.batch import parse_many
from geostance.corpus import Corpus, CorpusEntry, Dyad, TimelineEvent
from geostance.errors import (
    DanglingReference,
    DuplicateId,
    GazetteerError,
    GeostanceError,
    InputTooLarge,
    InvalidInput,
    InvalidSpan,
    InvalidText,
    ModelError,
    SchemaError,
)
from geostance.eventdata import EventCode, StanceRow, act_code, claim_code, rows, to_csv, to_sqlite, topic_context
from geostance.gazetteer import ActorRecord, Gazetteer, InstitutionRecord, PersonRecord
from geostance.graph import graph, to_dot, to_graphml, to_mermaid
from geostance.model import (
    Act,
    Actor,
    Article,
    Claim,
    ClaimKind,
    DateBasis,
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
from geostance.pipeline import DEFAULT_MAX_CHARS, Pipeline, parse
from geostance.report import to_html
from geostance.schema import json_schema
from geostance.serialize import from_dict, from_json, to_dict, to_json
from geostance.tenures import Office, Tenure

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_MAX_CHARS",
    "Act",
    "Actor",
    "ActorRecord",
    "Article",
    "Claim",
    "ClaimKind",
    "Corpus",
    "CorpusEntry",
    "DanglingReference",
    "DateBasis",
    "DuplicateId",
    "Dyad",
    "EventCode",
    "Evidence",
    "Gazetteer",
    "GazetteerError",
    "GeostanceError",
    "Group",
    "InputTooLarge",
    "InstitutionRecord",
    "InvalidInput",
    "InvalidSpan",
    "InvalidText",
    "Mention",
    "ModelError",
    "Occasion",
    "Office",
    "Organization",
    "PersonRecord",
    "Pipeline",
    "Quote",
    "Rebuttal",
    "SchemaError",
    "Span",
    "StanceRow",
    "State",
    "Statement",
    "Tenure",
    "TimelineEvent",
    "Topic",
    "__version__",
    "act_code",
    "claim_code",
    "from_dict",
    "from_json",
    "graph",
    "json_schema",
    "parse",
    "parse_many",
    "rows",
    "to_csv",
    "to_dict",
    "to_dot",
    "to_graphml",
    "to_html",
    "to_json",
    "to_mermaid",
    "to_sqlite",
    "topic_context",
]
