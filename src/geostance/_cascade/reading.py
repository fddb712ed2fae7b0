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
    cue: str | None = None
    """The lemma of the verb or noun that reported the act (the statement's cue)."""
    rebut: str | None = None
    objects: list[Phrase] = attrs.Factory(list)
    about: list[Phrase] = attrs.Factory(list)
    answered: list[Phrase] = attrs.Factory(list)
    answered_acts: list[Act] = attrs.Factory(list)
    content: list[tuple[int, int]] = attrs.Factory(list)
    perpetrator: str | None = None
    """The actor behind a condemned attack the sentence names no one for ("condemned the attack")."""
    deed: str = ""
    """A condemned deed's noun ("the strikes", "the incident") whose doer the sentence does not name (CHARGED-DEED)."""
    quotes: list[QuoteSpan] = attrs.Factory(list)
    claim_start: int | None = None
    """Where the rebuttal's own claim starts (the verb and what follows, or the whole clause)."""
    cited: bool = False
    """A document the sentence cites rather than its speaker talking ("a UN statement condemning ..."): pronouns
    and descriptions later do not refer to its author."""
    embedded: bool = False
    """Read in a relative clause ("Name, who told reporters ..."): not who "he" or "she" means next."""
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


@attrs.frozen(kw_only=True)
class Construction:
    """A named construction of the catalogue: what it reads, an example, and where it is read.

    `level` says which part of the cascade reads it: `verb` (tried on the verb groups of
    the `anchors` classes, by `find`), `sentence` (read from a whole sentence), `phrase`
    (how a noun phrase is built or resolved), or `discourse` (across sentences).
    `example` is a sentence of our own that shows it, and `expected` what the parser must
    return for it, as lines of `statement SPEAKER -> TARGETS [ACTS]` and `rebuttal
    SPEAKER answers SPEAKER` (checked by the tests, shown on the catalogue page);
    `near_miss` looks alike but must not be read this way, and `near_expected` is what
    the parser returns for it.
    """

    name: str
    level: str
    summary: str
    reads: str
    example: str
    expected: str
    anchors: frozenset[str] = frozenset()
    find: Finder | None = None
    near_miss: str = ""
    near_expected: str = ""
