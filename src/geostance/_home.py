"""A text's home state: the state its dateline names by a name, a capital or a listed city.

Read by recognition (an organ defined with no state of its own, HOME-ORGAN) and by the cascade's discourse
memory (HOME-BODY, TITLE-OF-THE-DATELINE), so it sits below both.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geostance._document import Document

__all__ = ["dateline_state", "is_state", "state_named_in"]


def dateline_state(doc: Document) -> str | None:
    """The state a dateline names by a name, a capital or a listed city; none for two bureaus ("VIENNA/DUBAI")."""
    if doc.dateline is None or "/" in doc.text[slice(*doc.dateline)]:
        return None
    a, b = doc.dateline
    return state_named_in(doc, doc.text[a:b]) or _dateline_city(doc, doc.text[a:b])


def state_named_in(doc: Document, text: str) -> str | None:
    """The first state a short text names by its name or its capital ("TBILISI", "Lima, Tuesday"), or None."""
    for match in doc.gazetteer._found(text):  # noqa: SLF001 - a light lookup, no checked records needed
        if match.kind in ("capital", "name") and is_state(doc, match.target):
            return match.target
    return None


@functools.cache
def _dateline_cities() -> dict[str, str]:
    """Casefolded city name -> state id, from `data/datelines.json` (cities that are no capital)."""
    data = json.loads((resources.files("geostance") / "data" / "datelines.json").read_text("utf-8"))
    return {city["name"].casefold(): city["state"] for city in data["cities"]}


def _dateline_city(doc: Document, dateline: str) -> str | None:
    """DATELINE-CITY: the state of the city a dateline opens with ("LAGOS -", "PESHAWAR, Pakistan"), if listed."""
    city = dateline.split(",", 1)[0].split("(", 1)[0].strip(" -\u2013\u2014").casefold()
    state = _dateline_cities().get(city)
    return state if state is not None and is_state(doc, state) else None


def is_state(doc: Document, actor: str) -> bool:
    """Whether an actor is a state (not an organization or a group)."""
    record = doc.record(actor)
    return record is not None and record.type == "state"
