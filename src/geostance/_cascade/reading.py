"""What a construction finds in a sentence (a `Reading`), and what a construction is (`Construction`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from geostance._cascade.phrases import Phrase, VerbGroup
    from geostance._cascade.sentence import Sentence
    from geostance._cascade.speakers import Discourse, Speaker
    from geostance._segment import QuoteSpan
    from geostance.model import Act

__all__ = ["Clause", "Construction", "Finder", "Reading"]


@attrs.define
class Reading:
    """One act a construction read in a sentence: who, which act, about whom, what was said.

    `subject` is the speaker's phrase (None when the speaker comes from elsewhere: the
    main clause of a participle, the speaker of a continued quotation); `speaker` is
    the resolved actor. `objects` are the phrases the act is directed at (the one urged,
    accused, warned, supported); `answered` the phrases whose claim a rebuttal answers
    (the possessor or author of "the ministry's claims"); `rebut` says which rebuttal it
    is (`deny`, `reject`, `counter`, `respond`, `falsity`) or None for a statement.
    """

    construction: str
    group: VerbGroup | None
    subject: Phrase | None
    acts: list[Act]
    cue_start: int
    evidence: tuple[int, int]
    speaker: Speaker | None = None
    rebut: str | None = None
    objects: list[Phrase] = attrs.Factory(list)
    about: list[Phrase] = attrs.Factory(list)
    answered: list[Phrase] = attrs.Factory(list)
    answered_acts: list[Act] = attrs.Factory(list)
    content: list[tuple[int, int]] = attrs.Factory(list)
    quotes: list[QuoteSpan] = attrs.Factory(list)
    claim_start: int | None = None
    """Where the rebuttal's own claim starts (the verb and what follows, or the whole clause)."""
    unattributed: bool = False
    """The rebuttal answers hearsay with no author ("denied reports that ..."): it answers nobody."""
    document: str = ""
    """The report noun of a document this reading is ("statement"): remembered with its author."""


@attrs.define
class Clause:
    """Where a construction reads: a verb group, its subject (if before or after it), and the bounds.

    `inherited` is the speaker of a verb that shares the main clause's subject ("...
    and urged", ", saying"); `limit` is the unit where the next main verb group's stretch
    begins (objects and content are read before it).
    """

    sentence: Sentence
    group: VerbGroup
    subject: Phrase | None
    inherited: Speaker | None
    limit: int
    inverted: bool = False


Finder = Callable[[Clause, "Discourse"], "Reading | None"]


@attrs.frozen
class Construction:
    """A named construction of the catalogue: what it reads, an example, and its finder.

    `anchors` are the verb classes whose verb groups it is tried on (empty: it reads
    the sentence as a whole); `example` is a sentence of our own that shows it, and
    `expected` what the parser must return for it (checked by the tests and shown on the
    catalogue page).
    """

    name: str
    summary: str
    reads: str
    example: str
    expected: str
    anchors: frozenset[str]
    find: Finder
    near_miss: str = ""
    """A sentence that looks alike but must not be read this way (tested too)."""
