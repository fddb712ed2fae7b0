"""Event-data tables: PLOVER and CAMEO codes, flat CSV rows and a SQLite database.

Each statement act and each rebuttal claim kind maps to an event type of the PLOVER
ontology (with a mode where one fits) and, where a clear equivalent exists, to a CAMEO
event code with its Goldstein value; where one act spans several codes, the statement's
cue (the verb or noun that reported it) or what a rebuttal answers chooses among them.
Statement topics map to PLOVER contexts. The mapping is data,
`geostance/data/eventcodes.json`, which names its sources and explains every entry;
it is read once, on first use. Nothing here reads the article text again.

[`rows`][geostance.rows] flattens articles into one
[`StanceRow`][geostance.StanceRow] per (speaker, act, target);
[`to_csv`][geostance.to_csv] writes them as CSV and
[`to_sqlite`][geostance.to_sqlite] writes a whole corpus into a SQLite
database with foreign keys and indexes (the schema is `SQLITE_SCHEMA`).
"""

from __future__ import annotations

import contextlib
import csv
import functools
import io
import json
import os
import sqlite3
import tempfile
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import attrs
from attrs import frozen

from geostance._escape import utf8_safe
from geostance._filemode import new_file_mode
from geostance.corpus import Articles, actor_code, actor_type, all_rebuttal_targets, as_corpus, statement_date
from geostance.errors import InvalidInput
from geostance.model import Act, Article, ClaimKind, Organization, State, Statement, Topic

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable, Iterator

    from geostance.corpus import Corpus
    from geostance.model import Mention, Quote, Rebuttal

__all__ = [
    "CSV_COLUMNS",
    "FORMULA_STARTS",
    "SQLITE_SCHEMA",
    "EventCode",
    "StanceRow",
    "act_code",
    "claim_code",
    "rows",
    "to_csv",
    "to_sqlite",
    "topic_context",
]


@frozen(kw_only=True)
class EventCode:
    """The PLOVER and CAMEO codes of one act or claim kind (as its cue or what it answers narrows it down)."""

    plover: str | None
    """PLOVER event type, e.g. `ACCUSE`; None when PLOVER has no category for it."""
    plover_mode: str | None
    """PLOVER mode of that event type, or None."""
    cameo: str | None
    """CAMEO event code, e.g. `112`; None when CAMEO has no clear equivalent."""
    cameo_label: str | None
    """The CAMEO codebook's name for that code, e.g. `Accuse, not specified below`."""
    note: str
    """Why this mapping."""
    goldstein: float | None = None
    """The Goldstein conflict-cooperation value of the CAMEO code (-10 to +10), or None without a code."""


@frozen(kw_only=True)
class _Variant:
    """A code that replaces an act's or claim kind's default when its condition holds."""

    code: EventCode
    cues: frozenset[str] = frozenset()
    cue_prefixes: tuple[str, ...] = ()
    answers: frozenset[Act] = frozenset()

    def applies(self, cue: str | None, answered: frozenset[Act]) -> bool:
        """Whether the cue is one of the variant's, or every answered act (there is one) is."""
        if cue is not None and (cue in self.cues or any(cue.startswith(p) for p in self.cue_prefixes)):
            return True
        return bool(answered) and answered <= self.answers


@frozen(kw_only=True)
class _Rule:
    default: EventCode
    variants: tuple[_Variant, ...]

    def code(self, cue: str | None, answered: frozenset[Act]) -> EventCode:
        """The first variant that applies, else the default."""
        return next((v.code for v in self.variants if v.applies(cue, answered)), self.default)


@frozen(kw_only=True)
class _Table:
    acts: dict[Act, _Rule]
    claims: dict[ClaimKind, _Rule]
    contexts: dict[Topic, str | None]


@functools.cache
def _table() -> _Table:
    """eventcodes.json, read on first use."""
    raw = json.loads(resources.files("geostance").joinpath("data/eventcodes.json").read_text(encoding="utf-8"))
    cameo: dict[str, dict[str, Any]] = raw["cameo"]

    def code(entry: dict[str, Any]) -> EventCode:
        known = cameo.get(entry["cameo"], {}) if entry["cameo"] else {}
        return EventCode(
            plover=entry["plover"],
            plover_mode=entry["plover_mode"],
            cameo=entry["cameo"],
            cameo_label=known.get("label"),
            note=entry["note"],
            goldstein=known.get("goldstein"),
        )

    def rule(entry: dict[str, Any]) -> _Rule:
        variants = tuple(
            _Variant(
                code=code(v),
                cues=frozenset(v.get("cues", ())),
                cue_prefixes=tuple(v.get("cue_prefixes", ())),
                answers=frozenset(Act(a) for a in v.get("answers", ())),
            )
            for v in entry["variants"]
        )
        return _Rule(default=code(entry["default"]), variants=variants)

    return _Table(
        acts={Act(name): rule(entry) for name, entry in raw["acts"].items()},
        claims={ClaimKind(name): rule(entry) for name, entry in raw["claims"].items()},
        contexts={Topic(name): entry["context"] for name, entry in raw["contexts"].items()},
    )


def act_code(act: Act | str, cue: str | None = None) -> EventCode:
    """The PLOVER/CAMEO codes of a statement act, narrowed down by the statement's cue.

    Args:
        act: An [`Act`][geostance.Act] or its value.
        cue: The lemma of the verb or noun that reported it ([`Statement.cue`][geostance.Statement.cue]),
            e.g. `condemn` (CAMEO 111) or `accuse` (112) for `accuse`; None gives the act's default code.

    Raises:
        ValueError: `act` is not an [`Act`][geostance.Act] value.
    """
    return _table().acts[Act(act)].code(cue, frozenset())


def claim_code(kind: ClaimKind | str, *, cue: str | None = None, answers: Iterable[Act | str] = ()) -> EventCode:
    """The PLOVER/CAMEO codes of a rebuttal claim kind, narrowed down by its cue and what it answers.

    Args:
        kind: A [`ClaimKind`][geostance.ClaimKind] or its value.
        cue: The words that marked the claim's kind ([`Claim.cue`][geostance.Claim.cue]): an assurance
            that promises (`will not allow`) is CAMEO 030, a bare one (`poses no threat`) 013.
        answers: The acts of the statements the rebuttal answers: a rejection of statements that only
            demanded (`assert` aside) is CAMEO 120, of anything else 016.

    Raises:
        ValueError: `kind` is not a [`ClaimKind`][geostance.ClaimKind] value, or `answers` holds a value
            that is not an [`Act`][geostance.Act].
    """
    answered = frozenset(Act(a) for a in answers) - {Act.ASSERT}
    return _table().claims[ClaimKind(kind)].code(cue, answered)


def topic_context(topic: Topic | str) -> str | None:
    """The PLOVER context of a statement topic, e.g. `terrorism` or `illegal_drugs`; None where none fits.

    Raises:
        ValueError: `topic` is not a [`Topic`][geostance.Topic] value.
    """
    return _table().contexts[Topic(topic)]


def _answered_acts(article: Article) -> list[frozenset[Act]]:
    """The acts of the statements each rebuttal of the article answers (one index of the statements: linear)."""
    acts = {statement.id: statement.acts for statement in article.statements}
    return [frozenset(act for rebutted in r.rebuts for act in acts.get(rebutted, ())) for r in article.rebuttals]


# ---------------------------------------------------------------- flat rows
@frozen(kw_only=True)
class StanceRow:
    """One (speaker, act, target) of a statement, or (speaker, claim, answered actor) of a rebuttal."""

    article: str
    """Key of the article (its source, URL or text hash; see [`Corpus.add`][geostance.Corpus.add])."""
    date: str | None
    """ISO date of the statement (its occasion's, else the article's) when known."""
    kind: Literal["statement", "rebuttal"]
    """Whether the row comes from a statement or a rebuttal."""
    id: str
    """Id of the statement or rebuttal within the article."""
    speaker: str
    """Id of the actor who speaks or rebuts."""
    speaker_name: str
    """Canonical name of the speaker."""
    act: str | None
    """The act (statements) or claim kind (rebuttals); None when there is none."""
    cue: str | None
    """The statement's cue (the lemma of the verb or noun that reported it) or the claim's (the words that
    marked its kind); None when unknown."""
    target: str | None
    """Id of the actor addressed, or answered by a rebuttal; None when there is none."""
    target_name: str | None
    """Canonical name of the target."""
    plover: str | None
    """PLOVER event type of the act or claim kind."""
    plover_mode: str | None
    """PLOVER mode, where one fits."""
    cameo: str | None
    """CAMEO event code, where a clear equivalent exists."""
    goldstein: float | None
    """Goldstein value of the CAMEO code (-10 conflict to +10 cooperation), where there is a code."""
    topics: str
    """The statement's topics, `;`-separated (empty for rebuttals)."""
    plover_contexts: str
    """The PLOVER contexts of those topics, `;`-separated, each once (topics without one add nothing)."""
    rebuts: str
    """For a rebuttal: ids of the target's statements it answers, `;`-separated."""
    occasion_when: str | None
    """When the statement was made, as written."""
    occasion_where: str | None
    """Where, as written."""
    occasion_event: str | None
    """At what gathering, as written."""
    occasion_channel: str | None
    """How it was said (a joint statement, a press conference, ...), as written."""
    person: str | None
    """The named person who spoke, as written."""
    evidence_text: str | None
    """A statement's evidence clauses joined by ` … `, or a rebuttal claim's text."""
    evidence_start: int | None
    """Start offset of the evidence in the article text."""
    evidence_end: int | None
    """End offset of the evidence (for several clauses: of the last one)."""
    quotes: str
    """Verbatim quotes, joined by ` | `."""


CSV_COLUMNS: tuple[str, ...] = tuple(field.name for field in attrs.fields(StanceRow))
"""The CSV header: the fields of [`StanceRow`][geostance.StanceRow], in order."""


def rows(data: Articles) -> tuple[StanceRow, ...]:
    """Flatten articles into event-data rows, in article then text order.

    A statement gives one row per act and target (a statement without targets or
    without acts still gives rows, with an empty target or act); a rebuttal gives one
    row per claim and answered actor.

    Args:
        data: An [`Article`][geostance.Article], several, or a [`Corpus`][geostance.Corpus].
    """
    corpus = as_corpus(data)
    names = {actor.id: actor.name for actor in corpus.actors}
    out: list[StanceRow] = []
    for entry in corpus.entries:
        out.extend(_article_rows(entry.key, entry.article, entry.date, names))
    return tuple(out)


def _article_rows(key: str, article: Article, date: dt.date | None, names: dict[str, str]) -> Iterator[StanceRow]:
    for statement in article.statements:
        when = statement_date(statement, date)
        evidence = statement.evidence
        occasion = statement.occasion
        common: dict[str, Any] = {
            "article": key,
            "date": when.isoformat() if when else None,
            "kind": "statement",
            "id": statement.id,
            "speaker": statement.speaker,
            "speaker_name": names.get(statement.speaker, statement.speaker),
            "topics": ";".join(topic.value for topic in statement.topics),
            "plover_contexts": _contexts(statement),
            "cue": statement.cue,
            "rebuts": "",
            "occasion_when": _text(occasion.when) if occasion else None,
            "occasion_where": _text(occasion.where) if occasion else None,
            "occasion_event": _text(occasion.event) if occasion else None,
            "occasion_channel": _text(occasion.channel) if occasion else None,
            "person": _text(statement.person),
            "evidence_text": " … ".join(e.text for e in evidence) if evidence else None,
            "evidence_start": evidence[0].span.start if evidence else None,
            "evidence_end": evidence[-1].span.end if evidence else None,
            "quotes": _quotes(statement.quotes),
        }
        acts: tuple[Act | None, ...] = statement.acts or (None,)
        targets: tuple[str | None, ...] = tuple(dict.fromkeys(statement.targets)) or (None,)
        for act in acts:
            plover, mode, cameo, goldstein = _code_fields(act_code(act, statement.cue) if act is not None else None)
            for target in targets:
                yield StanceRow(
                    **common,
                    act=act.value if act is not None else None,
                    target=target,
                    target_name=names.get(target, target) if target is not None else None,
                    plover=plover,
                    plover_mode=mode,
                    cameo=cameo,
                    goldstein=goldstein,
                )
    yield from _rebuttal_rows(key, article, date, names)


def _rebuttal_rows(key: str, article: Article, date: dt.date | None, names: dict[str, str]) -> Iterator[StanceRow]:
    for rebuttal, answering, acts in zip(
        article.rebuttals, all_rebuttal_targets(article), _answered_acts(article), strict=True
    ):
        answered: dict[str | None, tuple[str, ...]] = {None: ()}
        answered.update(answering)
        if len(answered) > 1:
            del answered[None]
        base: dict[str, Any] = {
            "article": key,
            "date": date.isoformat() if date else None,
            "kind": "rebuttal",
            "id": rebuttal.id,
            "speaker": rebuttal.speaker,
            "speaker_name": names.get(rebuttal.speaker, rebuttal.speaker),
            "topics": "",
            "plover_contexts": "",
            "occasion_when": None,
            "occasion_where": None,
            "occasion_event": None,
            "occasion_channel": None,
            "person": _text(rebuttal.person),
            "quotes": _quotes(rebuttal.quotes),
        }
        claims = rebuttal.claims or (None,)
        for claim in claims:
            code = claim_code(claim.kind, cue=claim.cue, answers=acts) if claim is not None else None
            plover, mode, cameo, goldstein = _code_fields(code)
            for target, answers in answered.items():
                yield StanceRow(
                    **base,
                    act=claim.kind.value if claim is not None else None,
                    cue=claim.cue if claim is not None else None,
                    target=target,
                    target_name=names.get(target, target) if target is not None else None,
                    rebuts=";".join(answers),
                    evidence_text=claim.text if claim is not None else None,
                    evidence_start=claim.span.start if claim is not None else None,
                    evidence_end=claim.span.end if claim is not None else None,
                    plover=plover,
                    plover_mode=mode,
                    cameo=cameo,
                    goldstein=goldstein,
                )


def _code_fields(code: EventCode | None) -> tuple[str | None, str | None, str | None, float | None]:
    """PLOVER type, PLOVER mode, CAMEO code and Goldstein value, all None without a code."""
    if code is None:
        return None, None, None, None
    return code.plover, code.plover_mode, code.cameo, code.goldstein


def _contexts(statement: Statement) -> str:
    """The PLOVER contexts of a statement's topics, `;`-separated, each once, in topic order."""
    return ";".join(dict.fromkeys(c for topic in statement.topics if (c := topic_context(topic)) is not None))


def _text(mention: Mention | None) -> str | None:
    return mention.text if mention is not None else None


def _quotes(quotes: tuple[Quote, ...]) -> str:
    return " | ".join(quote.text for quote in quotes)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a text cell may not start with in a spreadsheet: it would be read as a formula (OWASP, CSV injection)."""


def to_csv(data: Articles, *, escape_formulas: bool = True) -> str:
    """The rows of [`rows`][geostance.rows] as CSV text with a header line.

    Columns are `CSV_COLUMNS`; empty values are empty cells; lines end with CR LF
    as RFC 4180 says. Surrogate code points (a file name with an undecodable byte)
    are written as their escapes, so the text always encodes as UTF-8.

    A text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
    (`FORMULA_STARTS`), which a spreadsheet would run as a formula
    (`=HYPERLINK(...)` in a quote), gets a `'` in front, as OWASP advises against
    CSV injection; the offsets stay numbers.

    Args:
        data: An [`Article`][geostance.Article], several, or a [`Corpus`][geostance.Corpus].
        escape_formulas: Put the `'` in front of such cells (the default); False
            writes every cell as it is, for programs that read the CSV as data.
    """
    if not isinstance(escape_formulas, bool):
        msg = f"to_csv option escape_formulas must be True or False, got {escape_formulas!r}"
        raise InvalidInput(msg)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for row in rows(data):
        writer.writerow(_cell(value, escape_formulas=escape_formulas) for value in attrs.astuple(row))
    return utf8_safe(buffer.getvalue())


def _cell(value: object, *, escape_formulas: bool) -> object:
    if value is None:
        return ""
    if escape_formulas and isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


# ------------------------------------------------------------------ SQLite
SQLITE_SCHEMA = """\
CREATE TABLE articles (
    id          TEXT PRIMARY KEY,            -- the corpus key: source, URL or text hash
    source      TEXT,
    url         TEXT,
    date        TEXT,                        -- ISO date, when known
    dateline    TEXT,
    text        TEXT NOT NULL
);
CREATE TABLE actors (
    id          TEXT PRIMARY KEY,            -- canonical id: ISO alpha-3 for states, e.g. csto, taliban
    type        TEXT NOT NULL CHECK (type IN ('organization', 'state', 'group')),
    name        TEXT NOT NULL,
    code        TEXT,                        -- ISO alpha-3 code or acronym
    kind        TEXT,
    founded     INTEGER
);
CREATE TABLE members (
    organization_id TEXT NOT NULL REFERENCES actors(id),
    state_id        TEXT NOT NULL REFERENCES actors(id),
    article_id      TEXT NOT NULL REFERENCES articles(id),
    PRIMARY KEY (organization_id, state_id, article_id)
);
CREATE TABLE mentions (
    mention_pk  INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL REFERENCES articles(id),
    actor_id    TEXT NOT NULL REFERENCES actors(id),
    text        TEXT NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL
);
CREATE TABLE statements (
    statement_pk    INTEGER PRIMARY KEY,
    article_id      TEXT NOT NULL REFERENCES articles(id),
    statement_id    TEXT NOT NULL,           -- id within the article, e.g. s1
    speaker_id      TEXT NOT NULL REFERENCES actors(id),
    speaker_text    TEXT NOT NULL,
    person          TEXT,
    date            TEXT,                    -- ISO date of the occasion, else of the article
    occasion_when   TEXT,
    occasion_where  TEXT,
    occasion_event  TEXT,
    occasion_channel TEXT,
    reported_by     TEXT,
    cue             TEXT,                    -- lemma of the verb or noun that reported it, e.g. condemn
    UNIQUE (article_id, statement_id)
);
CREATE TABLE statement_targets (
    statement_pk INTEGER NOT NULL REFERENCES statements(statement_pk),
    target_id    TEXT NOT NULL REFERENCES actors(id),
    PRIMARY KEY (statement_pk, target_id)
);
CREATE TABLE statement_acts (
    statement_pk INTEGER NOT NULL REFERENCES statements(statement_pk),
    act          TEXT NOT NULL,
    plover       TEXT,
    plover_mode  TEXT,
    cameo        TEXT,
    goldstein    REAL,                       -- Goldstein value of the CAMEO code
    PRIMARY KEY (statement_pk, act)
);
CREATE TABLE statement_topics (
    statement_pk INTEGER NOT NULL REFERENCES statements(statement_pk),
    topic        TEXT NOT NULL,
    plover_context TEXT,                     -- PLOVER context of the topic, where one fits
    PRIMARY KEY (statement_pk, topic)
);
CREATE TABLE evidence (
    evidence_pk  INTEGER PRIMARY KEY,
    statement_pk INTEGER NOT NULL REFERENCES statements(statement_pk),
    text         TEXT NOT NULL,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL
);
CREATE TABLE rebuttals (
    rebuttal_pk  INTEGER PRIMARY KEY,
    article_id   TEXT NOT NULL REFERENCES articles(id),
    rebuttal_id  TEXT NOT NULL,              -- id within the article, e.g. r1
    speaker_id   TEXT NOT NULL REFERENCES actors(id),
    speaker_text TEXT NOT NULL,
    person       TEXT,
    UNIQUE (article_id, rebuttal_id)
);
CREATE TABLE rebuts (
    rebuttal_pk  INTEGER NOT NULL REFERENCES rebuttals(rebuttal_pk),
    rebutted_id  TEXT NOT NULL,              -- statement_id or rebuttal_id in the same article
    target_id    TEXT NOT NULL REFERENCES actors(id),  -- who made the rebutted statement
    PRIMARY KEY (rebuttal_pk, rebutted_id)
);
CREATE TABLE claims (
    claim_pk     INTEGER PRIMARY KEY,
    rebuttal_pk  INTEGER NOT NULL REFERENCES rebuttals(rebuttal_pk),
    kind         TEXT NOT NULL,
    cue          TEXT,                       -- the words that marked its kind, e.g. poses no threat
    text         TEXT NOT NULL,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    plover       TEXT,
    plover_mode  TEXT,
    cameo        TEXT,
    goldstein    REAL
);
CREATE TABLE quotes (
    quote_pk     INTEGER PRIMARY KEY,
    statement_pk INTEGER REFERENCES statements(statement_pk),
    rebuttal_pk  INTEGER REFERENCES rebuttals(rebuttal_pk),
    text         TEXT NOT NULL,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    CHECK ((statement_pk IS NULL) <> (rebuttal_pk IS NULL))
);
CREATE INDEX mentions_actor ON mentions(actor_id);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX statements_speaker ON statements(speaker_id);
CREATE INDEX statements_date ON statements(date);
CREATE INDEX statement_targets_target ON statement_targets(target_id);
CREATE INDEX statement_acts_act ON statement_acts(act);
CREATE INDEX statement_acts_plover ON statement_acts(plover);
CREATE INDEX statement_topics_topic ON statement_topics(topic);
CREATE INDEX evidence_statement ON evidence(statement_pk);
CREATE INDEX rebuttals_speaker ON rebuttals(speaker_id);
CREATE INDEX rebuttals_article ON rebuttals(article_id);
CREATE INDEX rebuts_target ON rebuts(target_id);
CREATE INDEX claims_rebuttal ON claims(rebuttal_pk);
CREATE INDEX claims_kind ON claims(kind);
CREATE INDEX quotes_statement ON quotes(statement_pk);
CREATE INDEX quotes_rebuttal ON quotes(rebuttal_pk);
"""
"""The tables, keys and indexes [`to_sqlite`][geostance.to_sqlite] creates."""


def to_sqlite(data: Articles, target: str | os.PathLike[str] | sqlite3.Connection) -> None:
    """Write articles into a new SQLite database with the schema `SQLITE_SCHEMA`.

    Actors are merged across articles by id (see [`Corpus`][geostance.Corpus]).

    Args:
        data: An [`Article`][geostance.Article], several, or a [`Corpus`][geostance.Corpus].
        target: A database file, written to a temporary file first and then renamed
            over any existing file (so a failure leaves no partial database); it gets the
            permissions of any new file (0644 under the usual umask), or an open
            connection to a database without these tables, written all or nothing (in a
            savepoint, so inside a transaction of the caller's too) and left open.

    Raises:
        sqlite3.Error: the database cannot be written, e.g. a connection that already
            has these tables.
        OSError: the file cannot be created.
        InvalidInput: `data` is not articles or a corpus, or `target` neither a path
            nor a connection.
    """
    corpus = as_corpus(data)
    if isinstance(target, sqlite3.Connection):
        _fill(target, corpus)
        return
    if not isinstance(target, (str, os.PathLike)):
        msg = f"to_sqlite takes a file path or a sqlite3.Connection, got {type(target).__name__}"
        raise InvalidInput(msg)
    path = Path(target)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        connection = sqlite3.connect(temp)
        try:
            _fill(connection, corpus)
        finally:
            connection.close()
        Path(temp).chmod(new_file_mode())  # mkstemp creates 0600: end as any other output file (0644)
        Path(temp).replace(path)
    finally:
        with contextlib.suppress(OSError):
            Path(temp).unlink()


def _fill(connection: sqlite3.Connection, corpus: Corpus) -> None:
    connection.execute("PRAGMA foreign_keys = ON")  # a no-op inside a transaction, so first
    # A savepoint rather than BEGIN: it also nests inside a transaction the caller has open,
    # and it covers the CREATE statements, which the sqlite3 module runs outside any transaction.
    connection.execute("SAVEPOINT geostance_export")
    try:
        _write_all(connection, corpus)
    except BaseException:
        connection.execute("ROLLBACK TO geostance_export")
        connection.execute("RELEASE geostance_export")
        raise
    connection.execute("RELEASE geostance_export")


def _write_all(connection: sqlite3.Connection, corpus: Corpus) -> None:
    for statement in SQLITE_SCHEMA.split(";"):
        if statement.strip():
            connection.execute(statement)
    for actor in corpus.actors:
        _insert(
            connection,
            "INSERT INTO actors (id, type, name, code, kind, founded) VALUES (?, ?, ?, ?, ?, ?)",
            (
                actor.id,
                actor_type(actor),
                actor.name,
                actor_code(actor),
                actor.kind if not isinstance(actor, State) else None,
                actor.founded if isinstance(actor, Organization) else None,
            ),
        )
    for entry in corpus.entries:
        _fill_article(connection, entry.key, entry.article, entry.date)


def _fill_article(connection: sqlite3.Connection, key: str, article: Article, date: dt.date | None) -> None:
    _insert(
        connection,
        "INSERT INTO articles (id, source, url, date, dateline, text) VALUES (?, ?, ?, ?, ?, ?)",
        (key, article.source, article.url, date.isoformat() if date else None, _text(article.dateline), article.text),
    )
    for actor in article.actors:
        _insert_many(
            connection,
            'INSERT INTO mentions (article_id, actor_id, text, start, "end") VALUES (?, ?, ?, ?, ?)',
            [(key, actor.id, m.text, m.span.start, m.span.end) for m in actor.mentions],
        )
    for organization in article.organizations:
        _insert_many(
            connection,
            "INSERT OR IGNORE INTO members (organization_id, state_id, article_id) VALUES (?, ?, ?)",
            [(organization.id, member, key) for member in organization.members],
        )
    for statement in article.statements:
        _insert_statement(connection, key, statement, date)
    for rebuttal, targets, acts in zip(
        article.rebuttals, all_rebuttal_targets(article), _answered_acts(article), strict=True
    ):
        _insert_rebuttal(connection, key, rebuttal, targets, acts)


def _insert_statement(connection: sqlite3.Connection, key: str, statement: Statement, date: dt.date | None) -> None:
    when = statement_date(statement, date)
    occasion = statement.occasion
    cursor = _insert(
        connection,
        "INSERT INTO statements (article_id, statement_id, speaker_id, speaker_text, person, date,"
        " occasion_when, occasion_where, occasion_event, occasion_channel, reported_by, cue)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            key,
            statement.id,
            statement.speaker,
            statement.speaker_text.text,
            _text(statement.person),
            when.isoformat() if when else None,
            _text(occasion.when) if occasion else None,
            _text(occasion.where) if occasion else None,
            _text(occasion.event) if occasion else None,
            _text(occasion.channel) if occasion else None,
            _text(statement.reported_by),
            statement.cue,
        ),
    )
    pk = cursor.lastrowid
    _insert_many(
        connection,
        "INSERT OR IGNORE INTO statement_targets (statement_pk, target_id) VALUES (?, ?)",
        [(pk, target) for target in statement.targets],
    )
    _insert_many(
        connection,
        "INSERT OR IGNORE INTO statement_acts (statement_pk, act, plover, plover_mode, cameo, goldstein)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(pk, act.value, *_code_fields(act_code(act, statement.cue))) for act in statement.acts],
    )
    _insert_many(
        connection,
        "INSERT OR IGNORE INTO statement_topics (statement_pk, topic, plover_context) VALUES (?, ?, ?)",
        [(pk, topic.value, topic_context(topic)) for topic in statement.topics],
    )
    _insert_many(
        connection,
        'INSERT INTO evidence (statement_pk, text, start, "end") VALUES (?, ?, ?, ?)',
        [(pk, e.text, e.span.start, e.span.end) for e in statement.evidence],
    )
    _insert_many(
        connection,
        'INSERT INTO quotes (statement_pk, text, start, "end") VALUES (?, ?, ?, ?)',
        [(pk, q.text, q.span.start, q.span.end) for q in statement.quotes],
    )


def _insert_rebuttal(
    connection: sqlite3.Connection,
    key: str,
    rebuttal: Rebuttal,
    targets: dict[str, tuple[str, ...]],
    answered: frozenset[Act],
) -> None:
    cursor = _insert(
        connection,
        "INSERT INTO rebuttals (article_id, rebuttal_id, speaker_id, speaker_text, person) VALUES (?, ?, ?, ?, ?)",
        (key, rebuttal.id, rebuttal.speaker, rebuttal.speaker_text.text, _text(rebuttal.person)),
    )
    pk = cursor.lastrowid
    _insert_many(
        connection,
        "INSERT OR IGNORE INTO rebuts (rebuttal_pk, rebutted_id, target_id) VALUES (?, ?, ?)",
        [(pk, rebutted, target) for target, answers in targets.items() for rebutted in answers],
    )
    _insert_many(
        connection,
        'INSERT INTO claims (rebuttal_pk, kind, cue, text, start, "end", plover, plover_mode, cameo, goldstein)'
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                pk,
                c.kind.value,
                c.cue,
                c.text,
                c.span.start,
                c.span.end,
                *_code_fields(claim_code(c.kind, cue=c.cue, answers=answered)),
            )
            for c in rebuttal.claims
        ],
    )
    _insert_many(
        connection,
        'INSERT INTO quotes (rebuttal_pk, text, start, "end") VALUES (?, ?, ?, ?)',
        [(pk, q.text, q.span.start, q.span.end) for q in rebuttal.quotes],
    )


def _insert(connection: sqlite3.Connection, sql: str, values: tuple[object, ...]) -> sqlite3.Cursor:
    """Run one INSERT with its strings made encodable (surrogate code points written as escapes)."""
    return connection.execute(sql, tuple(utf8_safe(v) if isinstance(v, str) else v for v in values))


def _insert_many(connection: sqlite3.Connection, sql: str, rows: list[tuple[object, ...]]) -> None:
    """Run one INSERT per row, strings made encodable as in `_insert`."""
    connection.executemany(sql, [tuple(utf8_safe(v) if isinstance(v, str) else v for v in row) for row in rows])
