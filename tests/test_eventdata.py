import argparse
import csv
import io
import json
import sqlite3
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import attrs
import pytest

import geostance
from geostance._cascade.vocab import vocabulary
from geostance._cli_outputs import add_commands
from geostance.eventdata import CSV_COLUMNS, act_code, claim_code, rows, to_csv, to_sqlite, topic_context
from geostance.model import (
    Act,
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

TEXT = (
    "KABUL, AFGHANISTAN - CSTO foreign ministers, in a joint statement on 16 May 2024, "
    'called on the Taliban to fight terrorism, calling terrorist groups a "serious threat" to Russia and Tajikistan. '
    "The Taliban denied the presence of terrorist groups in Afghanistan "
    "and said neighbouring countries should address their own security."
)
E = TypeVar("E", Mention, Evidence, Quote)

# PLOVER's sixteen event types (the PLOVER manual, as used by POLECAT).
PLOVER_TYPES = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}


def _at(cls: type[E], needle: str) -> E:
    return cls(text=needle, span=Span.locate(TEXT, needle))


def _claim(kind: str, needle: str) -> Claim:
    return Claim(kind=kind, text=needle, span=Span.locate(TEXT, needle))


def make_article(source: str | None = "csto.json") -> Article:
    """A CSTO statement targeting the Taliban and Russia, and the Taliban's two-claim rebuttal."""
    return Article(
        text=TEXT,
        source=source,
        organizations=(
            Organization(
                id="csto",
                name="Collective Security Treaty Organization",
                acronym="CSTO",
                members=("RUS", "TJK"),
                mentions=(_at(Mention, "CSTO"),),
            ),
        ),
        states=(
            State(id="RUS", name="Russia", alpha3="RUS", mentions=(_at(Mention, "Russia"),)),
            State(id="TJK", name="Tajikistan", alpha3="TJK"),
        ),
        groups=(Group(id="taliban", name="Taliban", mentions=(_at(Mention, "Taliban"),)),),
        statements=(
            Statement(
                id="s1",
                speaker="csto",
                speaker_text=_at(Mention, "CSTO foreign ministers"),
                targets=("taliban", "RUS"),
                acts=("demand", "concern"),
                topics=("terrorism", "security"),
                quotes=(_at(Quote, "serious threat"),),
                evidence=(
                    _at(Evidence, "called on the Taliban to fight terrorism"),
                    _at(Evidence, "calling terrorist groups a"),
                ),
                occasion=Occasion(when=_at(Mention, "on 16 May 2024"), channel=_at(Mention, "a joint statement")),
            ),
        ),
        rebuttals=(
            Rebuttal(
                id="r1",
                speaker="taliban",
                speaker_text=_at(Mention, "The Taliban"),
                rebuts=("s1",),
                claims=(
                    _claim("denial", "denied the presence of terrorist groups in Afghanistan"),
                    _claim("deflection", "neighbouring countries should address their own security"),
                ),
            ),
        ),
    )


# ---------------------------------------------------------------- the codes
def _raw_codes() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.files("geostance").joinpath("data/eventcodes.json").read_text(encoding="utf-8")
    )
    return data


GOLDSTEIN = {
    "010": 0.0,
    "012": -0.4,
    "013": 0.4,
    "016": -2.0,
    "020": 3.0,
    "030": 4.0,
    "051": 3.4,
    "100": -5.0,
    "110": -2.0,
    "111": -2.0,
    "112": -2.0,
    "120": -4.0,
    "130": -4.4,
}
"""GDELT's Goldstein values of the CAMEO codes geostance uses (issue 12)."""


def test_every_act_and_claim_kind_has_codes() -> None:
    """Each Act and ClaimKind maps to a known PLOVER type (or None) and a leaf CAMEO code (or None)."""
    codes = [act_code(act) for act in Act] + [claim_code(kind) for kind in ClaimKind]
    for code in codes:
        assert code.plover is None or code.plover in PLOVER_TYPES
        assert code.cameo is None or (code.cameo.isdigit() and len(code.cameo) == 3)
        assert (code.cameo is None) == (code.cameo_label is None) == (code.goldstein is None)
        assert code.note


def test_mapping_file_names_its_sources_and_has_no_stray_entries() -> None:
    """The data file cites PLOVER, CAMEO, the verb dictionary and Goldstein; it lists exactly the model's values."""
    raw = _raw_codes()
    assert set(raw["sources"]) == {"plover", "cameo", "cameo_verbs", "goldstein"}
    assert "PLOVER_MANUAL.tex" in raw["sources"]["plover"]
    assert "CAMEO2PLOVER-2021.txt" in raw["sources"]["plover"]
    assert "1.1b3" in raw["sources"]["cameo"]
    assert "CAMEO.2.0.txt" in raw["sources"]["cameo_verbs"]
    assert set(raw["acts"]) == {act.value for act in Act}
    assert set(raw["claims"]) == {kind.value for kind in ClaimKind}
    assert list(raw["contexts"]) == [topic.value for topic in Topic]
    used = {
        entry["cameo"]
        for table in (raw["acts"], raw["claims"])
        for rule in table.values()
        for entry in (rule["default"], *rule["variants"])
        if entry["cameo"]
    }
    assert used == set(raw["cameo"])


def test_goldstein_values_are_gdelts() -> None:
    """Every CAMEO code used has GDELT's Goldstein value."""
    raw = _raw_codes()
    assert {code: entry["goldstein"] for code, entry in raw["cameo"].items()} == GOLDSTEIN


@pytest.mark.parametrize(
    ("value", "cue", "plover", "cameo", "label"),
    [
        (Act.CONCERN, None, None, "012", "Make pessimistic comment"),
        (Act.CONCERN, "concern", None, "012", "Make pessimistic comment"),
        (Act.DEMAND, None, "REQUEST", "020", "Make an appeal or request, not specified below"),
        (Act.DEMAND, "call on", "REQUEST", "020", "Make an appeal or request, not specified below"),
        (Act.DEMAND, "urge", "REQUEST", "020", "Make an appeal or request, not specified below"),
        (Act.DEMAND, "demand", "REQUEST", "100", "Demand, not specified below"),
        (Act.DEMAND, "press", "REQUEST", "100", "Demand, not specified below"),
        (Act.ACCUSE, None, "ACCUSE", "110", "Disapprove, not specified below"),
        (Act.ACCUSE, "protest", "ACCUSE", "110", "Disapprove, not specified below"),
        (Act.ACCUSE, "condemn", "ACCUSE", "111", "Criticize or denounce"),
        (Act.ACCUSE, "criticise", "ACCUSE", "111", "Criticize or denounce"),
        (Act.ACCUSE, "accuse", "ACCUSE", "112", "Accuse, not specified below"),
        (Act.ACCUSE, "blame", "ACCUSE", "112", "Accuse, not specified below"),
        (Act.ACCUSE, "hold * responsible", "ACCUSE", "112", "Accuse, not specified below"),
        (Act.ASSERT, None, None, "010", "Make statement, not specified below"),
        (Act.SUPPORT, None, "SUPPORT", "051", "Praise or endorse"),
        (Act.WARN, None, None, "012", "Make pessimistic comment"),
        (Act.WARN, "warn", None, "012", "Make pessimistic comment"),
        (Act.WARN, "threaten", "THREATEN", "130", "Threaten, not specified below"),
        (Act.WARN, "threat", "THREATEN", "130", "Threaten, not specified below"),
    ],
)
def test_act_codes_follow_the_cue(value: Act, cue: str | None, plover: str | None, cameo: str, label: str) -> None:
    """Acts map to the codebooks' codes, full labels and Goldstein values; the cue picks among an act's codes."""
    code = act_code(value, cue)
    assert (code.plover, code.cameo, code.cameo_label) == (plover, cameo, label)
    assert code.goldstein == GOLDSTEIN[cameo]


@pytest.mark.parametrize(
    ("kind", "cue", "answers", "plover", "cameo"),
    [
        (ClaimKind.DENIAL, "denied", (), "REJECT", "016"),
        (ClaimKind.REJECTION, "rejected", (), "REJECT", "016"),
        (ClaimKind.REJECTION, "rejected", (Act.ACCUSE,), "REJECT", "016"),
        (ClaimKind.REJECTION, "rejected", (Act.DEMAND, Act.CONCERN), "REJECT", "016"),
        (ClaimKind.REJECTION, "rejected", (Act.DEMAND,), "REJECT", "120"),
        (ClaimKind.REJECTION, "rejected", (Act.DEMAND, Act.ASSERT), "REJECT", "120"),
        (ClaimKind.ASSURANCE, None, (), None, "013"),
        (ClaimKind.ASSURANCE, "poses no threat", (Act.DEMAND,), None, "013"),
        (ClaimKind.ASSURANCE, "will not allow", (), "AGREE", "030"),
        (ClaimKind.ASSURANCE, "not allow", (), "AGREE", "030"),
        (ClaimKind.ASSURANCE, "committed to", (), "AGREE", "030"),
        (ClaimKind.COUNTER_CLAIM, None, (), "REJECT", None),
        (ClaimKind.DEFLECTION, "not responsible", (), "REJECT", "016"),
        (ClaimKind.NON_INTERFERENCE, "internal affairs", (Act.ACCUSE,), "REJECT", "120"),
    ],
)
def test_claim_codes_follow_the_cue_and_what_was_answered(
    kind: ClaimKind, cue: str | None, answers: tuple[Act, ...], plover: str | None, cameo: str | None
) -> None:
    """A rejection of demands is 120, of anything else 016; a promise is 030/AGREE, a bare assurance 013."""
    code = claim_code(kind, cue=cue, answers=answers)
    assert (code.plover, code.cameo) == (plover, cameo)
    assert code.goldstein == (GOLDSTEIN[cameo] if cameo else None)


def test_denials_note_plovers_optional_exception() -> None:
    """016 -> REJECT is PLOVER's optional exception, and the data says so wherever it maps so."""
    for code in (claim_code(ClaimKind.DENIAL), claim_code(ClaimKind.DEFLECTION), claim_code(ClaimKind.REJECTION)):
        assert code.cameo == "016"
        assert "optional exception" in code.note


def test_every_cue_is_a_lemma_the_parser_can_report() -> None:
    """Each statement cue the data lists is a lemma of the parser's vocabulary with the act it narrows down."""
    vocab = vocabulary()
    lemmas: dict[str, set[str]] = {}
    for candidates in vocab.index.values():
        for _words, entries in candidates:
            for entry in entries:
                act = vocab.class_act.get(entry.category) if entry.kind == "verb" else entry.category
                lemmas.setdefault(entry.lemma, set()).add(act or "")
    for pairs in vocab.split_verbs.values():
        for _closing, entry in pairs:
            lemmas.setdefault(entry.lemma, set()).add(vocab.class_act.get(entry.category) or "")
    for name, rule in _raw_codes()["acts"].items():
        for variant in rule["variants"]:
            for cue in variant["cues"]:
                assert name in lemmas.get(cue, set()), (name, cue)


@pytest.mark.parametrize(
    ("topic", "context"),
    [
        (Topic.TERRORISM, "terrorism"),
        (Topic.DRUG_TRAFFICKING, "illegal_drugs"),
        (Topic.WOMENS_RIGHTS, "gender"),
        (Topic.INCLUSIVE_GOVERNMENT, "political_institutions"),
        (Topic.BORDER, "territory"),
        (Topic.NUCLEAR, "cbrn"),
        (Topic.SANCTIONS, "economic"),
        (Topic.PEACE, "diplomatic"),
        (Topic.SECURITY, None),
        (Topic.MISSILES, None),
    ],
)
def test_topics_map_to_plover_contexts(topic: Topic, context: str | None) -> None:
    """Topics map to PLOVER contexts; a topic without one is None."""
    assert topic_context(topic) == context
    assert topic_context(topic.value) == context


def test_every_topic_without_a_context_says_why() -> None:
    """A null context comes with its reason."""
    for name, entry in _raw_codes()["contexts"].items():
        assert entry["note"], name
        if entry["context"] is None:
            assert entry["note"].startswith("Not mapped: "), name


def test_codes_accept_string_values_and_reject_unknown_ones() -> None:
    """Lookups take the enum's string value too, and refuse values the model does not have."""
    assert act_code("accuse", "condemn").cameo == "111"
    assert claim_code("non_interference").plover == "REJECT"
    assert claim_code("rejection", answers=["demand"]).cameo == "120"
    with pytest.raises(ValueError, match="praise"):
        act_code("praise")
    with pytest.raises(ValueError, match="plead"):
        claim_code("rejection", answers=["plead"])
    with pytest.raises(ValueError, match="weather"):
        topic_context("weather")


# ----------------------------------------------------------------- the rows
def test_one_row_per_speaker_act_and_target() -> None:
    """A statement gives acts x targets rows; a rebuttal gives one row per claim and answered actor."""
    table = rows(make_article())
    statements = [(r.speaker, r.act, r.target) for r in table if r.kind == "statement"]
    assert statements == [
        ("csto", "demand", "taliban"),
        ("csto", "demand", "RUS"),
        ("csto", "concern", "taliban"),
        ("csto", "concern", "RUS"),
    ]
    rebuttals = [(r.speaker, r.act, r.target, r.rebuts) for r in table if r.kind == "rebuttal"]
    assert rebuttals == [("taliban", "denial", "csto", "s1"), ("taliban", "deflection", "csto", "s1")]


def test_rows_carry_dates_codes_and_evidence_spans() -> None:
    """Rows carry the occasion date, names, codes, and evidence text with offsets into the article."""
    first, *_, last = rows(make_article())
    assert (first.article, first.date, first.id) == ("csto.json", "2024-05-16", "s1")
    assert (first.speaker_name, first.target_name) == ("Collective Security Treaty Organization", "Taliban")
    assert (first.plover, first.cameo, first.goldstein) == ("REQUEST", "020", 3.0)
    assert (first.topics, first.plover_contexts) == ("terrorism;security", "terrorism")
    assert (first.occasion_when, first.occasion_event, first.occasion_channel) == (
        "on 16 May 2024",
        None,
        "a joint statement",
    )
    assert first.evidence_text == "called on the Taliban to fight terrorism … calling terrorist groups a"
    assert TEXT[first.evidence_start : first.evidence_end].endswith("calling terrorist groups a")  # type: ignore[misc]
    assert first.quotes == "serious threat"
    assert last.evidence_text == TEXT[last.evidence_start : last.evidence_end]  # type: ignore[misc]
    assert (last.cameo, last.date) == ("016", None)


def test_statement_without_targets_or_acts_still_gives_a_row() -> None:
    """A statement with no targets and no acts gives one row with empty act and target."""
    article = make_article()
    bare = attrs.evolve(article.statements[0], targets=(), acts=())
    [row] = [r for r in rows(attrs.evolve(article, statements=(bare,), rebuttals=())) if r.kind == "statement"]
    assert (row.act, row.target, row.plover) == (None, None, None)


def test_rebuttal_that_answers_nobody_gives_a_row_without_target() -> None:
    """A rebuttal with no rebutted statements gives rows whose target is empty."""
    article = make_article()
    lone = attrs.evolve(article.rebuttals[0], rebuts=())
    table = [r for r in rows(attrs.evolve(article, rebuttals=(lone,))) if r.kind == "rebuttal"]
    assert [(r.act, r.target) for r in table] == [("denial", None), ("deflection", None)]


def test_csv_has_the_documented_header_and_one_line_per_row() -> None:
    """CSV output starts with CSV_COLUMNS and reads back into the same rows."""
    article = make_article()
    text = to_csv(article)
    reader = csv.DictReader(io.StringIO(text))
    assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
    records = list(reader)
    assert len(records) == len(rows(article)) == 6
    assert records[0]["evidence_start"] == str(TEXT.index("called on"))
    assert records[0]["plover_mode"] == ""
    assert (records[0]["cameo"], records[0]["goldstein"], records[0]["plover_contexts"]) == ("020", "3.0", "terrorism")
    assert (records[2]["act"], records[2]["plover"], records[2]["goldstein"]) == ("concern", "", "-0.4")
    assert (records[4]["cue"], records[4]["goldstein"]) == ("", "-2.0")
    assert text.splitlines()[0].startswith("article,date,kind,id,speaker")


# --------------------------------------------------------------- the SQLite
@pytest.fixture
def db(tmp_path: Path) -> sqlite3.Connection:
    """A database written from two articles that share their actors."""
    path = tmp_path / "stances.db"
    to_sqlite([make_article("a.json"), make_article("b.json")], path)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def test_sqlite_who_pressed_whom(db: sqlite3.Connection) -> None:
    """A join over statements, acts, targets and actors answers who demanded what of whom."""
    found = db.execute(
        """
        SELECT speaker.name, a.act, a.cameo, target.name, count(*)
        FROM statements s
        JOIN statement_acts a USING (statement_pk)
        JOIN statement_targets t USING (statement_pk)
        JOIN actors speaker ON speaker.id = s.speaker_id
        JOIN actors target ON target.id = t.target_id
        WHERE a.plover = 'REQUEST'
        GROUP BY 1, 2, 3, 4 ORDER BY 4
        """
    ).fetchall()
    assert found == [
        ("Collective Security Treaty Organization", "demand", "020", "Russia", 2),
        ("Collective Security Treaty Organization", "demand", "020", "Taliban", 2),
    ]


def test_sqlite_who_pushed_back(db: sqlite3.Connection) -> None:
    """Rebuttals, what they answer and their claims are linked by keys."""
    found = db.execute(
        """
        SELECT r.speaker_id, b.target_id, s.statement_id, c.kind, c.cameo
        FROM rebuttals r
        JOIN rebuts b USING (rebuttal_pk)
        JOIN statements s ON s.article_id = r.article_id AND s.statement_id = b.rebutted_id
        JOIN claims c USING (rebuttal_pk)
        WHERE r.article_id = 'a.json' ORDER BY c.claim_pk
        """
    ).fetchall()
    assert found == [("taliban", "csto", "s1", "denial", "016"), ("taliban", "csto", "s1", "deflection", "016")]


def test_sqlite_spans_cite_the_article_text(db: sqlite3.Connection) -> None:
    """Every evidence, claim, quote and mention span, cut from the stored text in SQL, equals its text."""
    for table, link in (
        ("evidence", "JOIN statements s USING (statement_pk) JOIN articles a ON a.id = s.article_id"),
        ("claims", "JOIN rebuttals r USING (rebuttal_pk) JOIN articles a ON a.id = r.article_id"),
        ("mentions", "JOIN articles a ON a.id = x.article_id"),
        (
            "quotes",
            (
                "LEFT JOIN statements s USING (statement_pk) LEFT JOIN rebuttals r USING (rebuttal_pk) "
                "JOIN articles a ON a.id = coalesce(s.article_id, r.article_id)"
            ),
        ),
    ):
        bad = db.execute(
            f'SELECT count(*), sum(substr(a.text, x.start + 1, x."end" - x.start) <> x.text) FROM {table} x {link}'  # noqa: S608
        ).fetchone()
        assert bad[0] > 0, table
        assert bad[1] == 0, table


def test_sqlite_merges_actors_and_keeps_articles_apart(db: sqlite3.Connection) -> None:
    """Actors appear once for the corpus; statements and memberships once per article."""
    assert db.execute("SELECT id, type, code FROM actors ORDER BY id").fetchall() == [
        ("RUS", "state", "RUS"),
        ("TJK", "state", "TJK"),
        ("csto", "organization", "CSTO"),
        ("taliban", "group", None),
    ]
    assert db.execute("SELECT id FROM articles ORDER BY id").fetchall() == [("a.json",), ("b.json",)]
    assert db.execute("SELECT count(*) FROM statements").fetchone() == (2,)
    assert db.execute("SELECT count(*) FROM members").fetchone() == (4,)
    assert db.execute("SELECT date FROM statements").fetchall() == [("2024-05-16",), ("2024-05-16",)]


def test_sqlite_foreign_keys_hold_and_are_enforced(db: sqlite3.Connection) -> None:
    """No foreign key is violated, and inserting a dangling reference is refused."""
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        db.execute("INSERT INTO statement_targets (statement_pk, target_id) VALUES (1, 'nobody')")


def test_sqlite_has_the_documented_tables_and_indexes(db: sqlite3.Connection) -> None:
    """The database has the issue's seven tables, the link tables, and indexes on the join columns."""
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"articles", "actors", "mentions", "statements", "quotes", "rebuttals", "claims"} <= tables
    indexes = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"statements_speaker", "statement_targets_target", "claims_kind", "rebuts_target"} <= indexes
    plan = " ".join(
        str(row) for row in db.execute("EXPLAIN QUERY PLAN SELECT * FROM statements WHERE speaker_id = 'csto'")
    )
    assert "statements_speaker" in plan


def test_sqlite_file_is_replaced_and_connection_is_left_open(tmp_path: Path) -> None:
    """Writing to an existing file replaces it; writing to a connection fills it and leaves it open."""
    path = tmp_path / "stances.db"
    path.write_text("not a database", encoding="utf-8")
    to_sqlite(make_article(), path)
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM articles").fetchone() == (1,)
    memory = sqlite3.connect(":memory:")
    to_sqlite(make_article(), memory)
    assert memory.execute("SELECT count(*) FROM claims").fetchone() == (2,)
    with pytest.raises(sqlite3.OperationalError, match="already exists"):
        to_sqlite(make_article(), memory)
    assert memory.execute("SELECT count(*) FROM claims").fetchone() == (2,)
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_sqlite_failed_write_leaves_the_connection_as_it_was() -> None:
    """A write that fails half-way rolls back everything it did, tables included."""
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE rebuttals (x)")  # clashes with the ninth table of the schema
    with pytest.raises(sqlite3.OperationalError, match="already exists"):
        to_sqlite(make_article(), connection)
    names = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    assert names == ["rebuttals"]


def test_parsed_seed_goes_into_sqlite(tmp_path: Path) -> None:
    """A parsed article is stored with every statement and rebuttal it has."""
    text = (Path(__file__).parent.parent / "seeds" / "csto-afghanistan.txt").read_text(encoding="utf-8")
    article = geostance.parse(text)
    path = tmp_path / "seed.db"
    to_sqlite(article, path)
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM statements").fetchone() == (len(article.statements),)
        assert connection.execute("SELECT count(*) FROM rebuttals").fetchone() == (len(article.rebuttals),)


# ---------------------------------------------------------------- the CLI
def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="geostance")
    sub = parser.add_subparsers(dest="command", required=True)
    add_commands(sub)
    args = parser.parse_args(argv)
    result: int = args.func(args)
    return result


def test_cli_table_prints_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`geostance table FILE --format csv` prints the CSV rows."""
    source = tmp_path / "a.json"
    source.write_text(geostance.to_json(make_article()), encoding="utf-8")
    assert _run(["table", str(source), "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert out == to_csv(make_article())


def test_cli_table_sqlite_alone_writes_only_the_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With only --sqlite the database is written and nothing is printed."""
    first, second = tmp_path / "a.json", tmp_path / "b.jsonl"
    first.write_text(geostance.to_json(make_article(source=None)), encoding="utf-8")
    line = geostance.to_json(make_article(source=None))
    second.write_text(f"{line}\n\n{line}\n", encoding="utf-8")
    db = tmp_path / "stances.db"
    assert _run(["table", str(first), str(second), "--sqlite", str(db)]) == 0
    assert capsys.readouterr().out == ""
    with sqlite3.connect(db) as connection:
        keys = [key for (key,) in connection.execute("SELECT id FROM articles ORDER BY rowid")]
    assert keys == [str(first), f"{second}:1", f"{second}:3"]


def test_cli_table_reports_bad_database_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A database path in a missing directory fails with status 2 and one error line."""
    source = tmp_path / "a.json"
    source.write_text(geostance.to_json(make_article()), encoding="utf-8")
    target = tmp_path / "no" / "such" / "x.db"
    assert _run(["table", str(source), "--sqlite", str(target)]) == 2
    assert capsys.readouterr().err == f"geostance: error: {target}: no such file or directory\n"


def test_cli_table_reports_bad_json_lines_by_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A bad line of a JSON Lines file is reported with its line number."""
    source = tmp_path / "a.jsonl"
    source.write_text(geostance.to_json(make_article()) + "\n{oops\n", encoding="utf-8")
    assert _run(["table", str(source)]) == 2
    assert capsys.readouterr().err.startswith(f"geostance: error: {source}:2: invalid geostance data")


def test_cli_table_parses_text_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A text file is parsed, and rejected with status 2 when it is not UTF-8."""
    source = tmp_path / "news.txt"
    source.write_text(TEXT, encoding="utf-8")
    assert _run(["table", str(source)]) == 0
    assert capsys.readouterr().out.startswith(",".join(CSV_COLUMNS))
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Bogotá".encode("latin-1"))
    assert _run(["table", str(latin)]) == 2
    assert capsys.readouterr().err.startswith(f"geostance: error: {latin}: not UTF-8 text")


# ------------------------------------------------------- the guide page
DOCS = Path(__file__).parent.parent / "docs" / "outputs.md"


def test_guide_shows_the_schema_as_it_is() -> None:
    """docs/outputs.md quotes SQLITE_SCHEMA verbatim."""
    from geostance.eventdata import SQLITE_SCHEMA  # noqa: PLC0415 - only this test needs it

    assert SQLITE_SCHEMA.strip() in DOCS.read_text(encoding="utf-8")


def test_guide_mapping_table_matches_the_data() -> None:
    """Every code of eventcodes.json (defaults and variants) has a row of the guide's table that says the same."""
    text = DOCS.read_text(encoding="utf-8")
    raw = _raw_codes()

    def cell(value: str | None) -> str:
        return f"`{value}`" if value else "—"

    lines = text.splitlines()
    for group, prefix in (("acts", "act"), ("claims", "claim")):
        for name, rule in raw[group].items():
            for entry in (rule["default"], *rule["variants"]):
                known = raw["cameo"].get(entry["cameo"], {})
                codes = (
                    f"| {cell(entry['plover'])} | {cell(entry['plover_mode'])} | {cell(entry['cameo'])} "
                    f"| {known.get('label', '—')} | {known.get('goldstein', '—')} |"
                )
                start = f"| {prefix} `{name}` |"
                assert any(line.startswith(start) and line.endswith(codes) for line in lines), (name, codes)


def test_guide_lists_every_plover_context() -> None:
    """Each topic's PLOVER context is in the guide's context table."""
    text = DOCS.read_text(encoding="utf-8")
    for topic in Topic:
        context = topic_context(topic)
        if context is not None:
            assert f"| `{topic.value}` | `{context}` |" in text
        else:
            assert f"`{topic.value}`" in text


def test_sqlite_stores_cues_goldstein_values_and_contexts(tmp_path: Path) -> None:
    """The database has the cue, the Goldstein value of each code, and the PLOVER context of each topic."""
    article = make_article()
    statement = attrs.evolve(article.statements[0], cue="press")
    rebuttal = article.rebuttals[0]
    claims = (attrs.evolve(rebuttal.claims[0], cue="rejected", kind="rejection"), *rebuttal.claims[1:])
    article = attrs.evolve(article, statements=(statement,), rebuttals=(attrs.evolve(rebuttal, claims=claims),))
    path = tmp_path / "cues.db"
    to_sqlite(article, path)
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT cue FROM statements").fetchall() == [("press",)]
        acts = connection.execute("SELECT act, cameo, goldstein FROM statement_acts ORDER BY act").fetchall()
        assert acts == [("concern", "012", -0.4), ("demand", "100", -5.0)]
        topics = connection.execute("SELECT topic, plover_context FROM statement_topics ORDER BY topic").fetchall()
        assert topics == [("security", None), ("terrorism", "terrorism")]
        found = connection.execute("SELECT kind, cue, cameo, goldstein FROM claims ORDER BY claim_pk").fetchall()
    # the rebuttal answers s1, which demanded and voiced concern: rejecting it is rejecting a claim, 016
    assert found == [("rejection", "rejected", "016", -2.0), ("deflection", None, "016", -2.0)]


def test_rejection_of_a_demand_alone_is_120_in_every_output() -> None:
    """Rows and the report code a rejection of a statement that only demanded as CAMEO 120, refusing to yield."""
    article = make_article()
    demand_only = attrs.evolve(article.statements[0], acts=("demand",))
    rebuttal = attrs.evolve(
        article.rebuttals[0], claims=(attrs.evolve(article.rebuttals[0].claims[0], kind="rejection"),)
    )
    article = attrs.evolve(article, statements=(demand_only,), rebuttals=(rebuttal,))
    [row] = [r for r in rows(article) if r.kind == "rebuttal"]
    assert (row.act, row.cameo, row.goldstein) == ("rejection", "120", -4.0)
    assert "CAMEO 120" in geostance.to_html(article)


def test_guide_lists_every_csv_column() -> None:
    """Each CSV column is named in the guide's column table."""
    text = DOCS.read_text(encoding="utf-8")
    for column in CSV_COLUMNS:
        assert f"`{column}`" in text, column


def test_guide_queries_run(db: sqlite3.Connection) -> None:
    """Every SQL query in the guide runs on a real database and returns rows; the span check passes."""
    import re  # noqa: PLC0415 - only this test needs it

    blocks = re.findall(r"```sql\n(.*?)```", DOCS.read_text(encoding="utf-8"), flags=re.DOTALL)
    queries = [block for block in blocks if block.lstrip().startswith("SELECT")]
    assert len(queries) == 5
    for query in queries:
        assert db.execute(query).fetchall(), query
    checks = db.execute(queries[-1]).fetchall()
    assert checks
    assert all(ok == 1 for _, ok in checks)
