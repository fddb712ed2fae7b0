"""Time-aware actors: the article's date, tenures, and who governs and holds office on that date.

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

import geostance
from geostance import DateBasis, Gazetteer, GazetteerError, InvalidInput, Office, Tenure
from geostance._dates import article_date, first_day, last_day
from geostance.batch import ArticleText, parse_many, read_inputs
from geostance.cli import main

ROOT = Path(__file__).resolve().parent.parent
OVERLAP = Path(__file__).parent / "data" / "tenures-overlap.json"

GOVERNMENT = "The Afghan government said on Tuesday that it would not allow attacks on its neighbours."
CAPITAL = "Kabul said the border crossing would reopen after talks with Islamabad."
MINISTER = "Mohammad Haneef Atmar said the reports of a secret deal were baseless."


def speakers(article: geostance.Article) -> list[str]:
    """The speakers of the article's statements, then of its rebuttals."""
    return [s.speaker for s in article.statements] + [r.speaker for r in article.rebuttals]


# ------------------------------------------------------------------ one sentence, two dates
@pytest.mark.parametrize(
    ("text", "before", "after"),
    [(GOVERNMENT, ["AFG"], ["taliban"]), (CAPITAL, ["AFG"], ["taliban"]), (MINISTER, ["AFG"], [])],
    ids=["government", "capital", "minister"],
)
def test_the_same_sentence_on_two_dates_gives_two_answers(text: str, before: list[str], after: list[str]) -> None:
    """Who governs Afghanistan, and whom its minister speaks for, depends on the article's date."""
    early = geostance.parse(text, date=dt.date(2020, 6, 1))
    late = geostance.parse(text, date=dt.date(2023, 6, 1))
    assert speakers(early) == before
    assert speakers(late) == after
    assert (early.date, early.date_basis) == (dt.date(2020, 6, 1), DateBasis.GIVEN)


@pytest.mark.parametrize(
    "text",
    [
        "The regime in Kabul rejected the claims as baseless.",
        "The Afghan de facto authorities said the talks had failed.",
    ],
    ids=["regime-in-kabul", "de-facto-authorities"],
)
def test_a_name_describing_the_government_follows_the_date(text: str) -> None:
    """A name of the Taliban that describes Afghanistan's government names whoever governs then."""
    assert speakers(geostance.parse(text, date=dt.date(2019, 1, 1))) == ["AFG"]
    assert speakers(geostance.parse(text, date=dt.date(2023, 1, 1))) == ["taliban"]


def test_the_taliban_s_own_names_stay_the_taliban_s() -> None:
    """'The Taliban government' and 'the Islamic Emirate' are the Taliban on any date."""
    for text in ("The Taliban government said the talks had failed.", "The Islamic Emirate rejected the claims."):
        assert speakers(geostance.parse(text, date=dt.date(2019, 1, 1))) == ["taliban"]


def test_the_takeover_day_is_the_taliban_s() -> None:
    """The Islamic Republic governs until 14 August 2021; on the 15th (the handover day) the Taliban do."""
    assert speakers(geostance.parse(GOVERNMENT, date=dt.date(2021, 8, 14))) == ["AFG"]
    assert speakers(geostance.parse(GOVERNMENT, date=dt.date(2021, 8, 15))) == ["taliban"]


def test_an_office_resolves_to_its_holder_on_the_date() -> None:
    """'Pakistan's foreign minister' is whoever held the office then; the speaker is Pakistan either way."""
    gazetteer = Gazetteer.default()
    assert [t.name for t in gazetteer.holders("PAK.foreign_minister", dt.date(2019, 6, 1))] == ["Shah Mahmood Qureshi"]
    assert [t.name for t in gazetteer.holders("PAK.foreign_minister", dt.date(2023, 1, 10))] == [
        "Bilawal Bhutto Zardari"
    ]
    text = "Pakistan's foreign minister said the border attacks had to stop."
    assert speakers(geostance.parse(text, date=dt.date(2019, 6, 1))) == ["PAK"]


def test_an_office_s_holder_may_speak_for_another_actor() -> None:
    """Afghanistan's foreign minister speaks for the Taliban after August 2021: the hook role phrases use."""
    gazetteer = Gazetteer.default()
    assert gazetteer.office_actor("AFG", "foreign minister", dt.date(2023, 1, 1)) == "taliban"
    assert gazetteer.office_actor("AFG", "Foreign  Minister", dt.date(2019, 1, 1)) is None
    assert gazetteer.office_actor("PAK", "foreign minister", dt.date(2023, 1, 1)) is None
    assert gazetteer.office_actor("AFG", "foreign minister") == "taliban"  # the reference date


def test_a_contested_office_has_rival_claimants() -> None:
    """Venezuela's presidency had two claimants in 2020 and one in 2024."""
    gazetteer = Gazetteer.default()
    assert {t.name for t in gazetteer.holders("VEN.head_of_state", dt.date(2020, 2, 1))} == {
        "Nicolás Maduro",
        "Juan Guaidó",
    }
    assert [t.name for t in gazetteer.holders("VEN.head_of_state", dt.date(2024, 2, 1))] == ["Nicolás Maduro"]


def test_a_titled_person_speaks_for_the_office_whatever_the_date() -> None:
    """'Foreign Minister Name' speaks for that office's actor even on a date outside the tenure.

    The bare name then speaks for nobody.
    """
    titled = "Foreign Minister Amir Khan Muttaqi said the charges were baseless."
    bare = "Amir Khan Muttaqi said the charges were baseless."
    day = dt.date(2019, 3, 1)
    assert speakers(geostance.parse(titled, date=day)) == ["taliban"]
    assert speakers(geostance.parse(bare, date=day)) == []
    assert speakers(geostance.parse(bare, date=dt.date(2024, 3, 1))) == ["taliban"]


def test_a_former_office_holder_is_not_the_state_speaking() -> None:
    """'Former foreign minister Name said' is not the state, even on a date when the data has them in office."""
    text = "Former foreign minister Salahuddin Rabbani said the talks had failed."
    assert "AFG" not in speakers(geostance.parse(text, date=dt.date(2017, 6, 1)))
    assert speakers(geostance.parse("Salahuddin Rabbani said the talks had failed.", date=dt.date(2017, 6, 1))) == [
        "AFG"
    ]


def test_a_person_speaks_for_the_office_held_on_the_date() -> None:
    """Tedros spoke for Ethiopia as its foreign minister and for the WHO later."""
    gazetteer = Gazetteer.default()
    person = "tedros-adhanom-ghebreyesus"
    assert gazetteer.speaks_for(person, dt.date(2015, 5, 1)) == "ETH"
    assert gazetteer.speaks_for(person, dt.date(2021, 5, 1)) == "who"
    assert gazetteer.speaks_for(person) == "who"  # no date: the latest office up to the reference date


def test_people_keep_their_years() -> None:
    """people.json's from/to years are kept as the role's start and end."""
    record = Gazetteer.default().person("ned-price")
    assert record is not None
    assert (record.start, record.end) == ("2021", "2023")
    assert Gazetteer.default().speaks_for("ned-price", dt.date(2025, 1, 1)) is None


# ------------------------------------------------------------------ no date: the reference date
def test_without_a_date_actors_resolve_at_the_reference_date() -> None:
    """No date: the data's reference date decides (the Taliban govern), and the article records none."""
    article = geostance.parse(GOVERNMENT)
    assert speakers(article) == ["taliban"]
    assert (article.date, article.date_basis) == (None, DateBasis.UNKNOWN)
    assert Gazetteer.default().reference_date == dt.date(2026, 12, 1)


def test_no_clock_is_read() -> None:
    """The package never asks the clock for today's date: the same text gives the same JSON on any day."""
    clock = re.compile(r"\b(?:date|datetime)\.today\(|\.now\(|\butcnow\(|\btime\.time\(|\btime\.time_ns\(|localtime\(")
    readers = [p.name for p in (ROOT / "src" / "geostance").rglob("*.py") if clock.search(p.read_text("utf-8"))]
    assert readers == []


# ------------------------------------------------------------------ the date from the text
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KABUL, 20 August 2021 (Reuters) - The Afghan government said it was in control.", dt.date(2021, 8, 20)),
        ("ISLAMABAD, March 3, 2019: Pakistan said the talks would resume.", dt.date(2019, 3, 3)),
        ("Pakistan said the talks would resume.\nPublished 3 May 2019\n", dt.date(2019, 5, 3)),
        ("Posted on: 2018-11-02\nPakistan said the talks would resume.", dt.date(2018, 11, 2)),
        ("Pakistan said on 3 May 2019 that the talks would resume.", None),
        ("KABUL - The Afghan government said on 12 July 2019 that it was in control.", None),
    ],
    ids=["dateline", "dateline-colon", "published-line", "posted-line", "body-date", "dateline-without-date"],
)
def test_the_article_s_own_date_only(text: str, expected: dt.date | None) -> None:
    """A dateline with a full date or a 'Published' line dates the article; a date in the body is an event's."""
    found = article_date(text)
    assert (found[0] if found else None) == expected
    article = geostance.parse(text)
    assert article.date_basis == (DateBasis.TEXT if expected else DateBasis.UNKNOWN)
    assert article.date == expected


def test_a_dated_dateline_resolves_the_afghan_government() -> None:
    """The dateline's date decides who governs, with no date given."""
    text = "KABUL, 2 March 2020 (Reuters) - The Afghan government said it would not allow attacks."
    assert speakers(geostance.parse(text)) == ["AFG"]
    assert speakers(geostance.parse(text, date=dt.date(2022, 3, 2))) == ["taliban"]  # given beats text


def test_titled_holders_bound_the_date() -> None:
    """'Foreign Minister Qin Gang' bounds the date to his tenure: the latest day of it is the article's."""
    article = geostance.parse("Foreign Minister Qin Gang said China was concerned about the border.")
    assert (article.date, article.date_basis) == (dt.date(2023, 7, 31), DateBasis.INFERRED)


def test_titles_that_disagree_infer_nothing() -> None:
    """Two titled holders who never held office together (a retrospective) give no date."""
    text = "President Barack Obama met President Volodymyr Zelensky, who said Ukraine needed help."
    article = geostance.parse(text)
    assert (article.date, article.date_basis) == (None, DateBasis.UNKNOWN)


def test_a_former_title_bounds_nothing() -> None:
    """'Former Foreign Minister Name' says nothing about the article's date."""
    article = geostance.parse("Former Foreign Minister Qin Gang said China was concerned.")
    assert article.date_basis == DateBasis.UNKNOWN


# ------------------------------------------------------------------ the date option
@pytest.mark.parametrize("bad", ["2021-08-15", 20210815, object()], ids=["string", "int", "object"])
def test_a_bad_date_option_is_refused(bad: object) -> None:
    """parse() takes a datetime.date; anything else is an InvalidInput naming the option."""
    with pytest.raises(InvalidInput, match="option date"):
        geostance.parse(GOVERNMENT, date=bad)  # type: ignore[arg-type]


def test_a_datetime_counts_by_its_date() -> None:
    """A datetime is read as its day (the JSON holds a date, not a time)."""
    article = geostance.parse(GOVERNMENT, date=dt.datetime(2020, 6, 1, 13, 30, tzinfo=dt.timezone.utc))
    assert article.date == dt.date(2020, 6, 1)
    assert json.loads(geostance.to_json(article))["date"] == "2020-06-01"


def test_old_json_without_date_fields_still_loads() -> None:
    """An article written before the date fields existed reads back with no date."""
    document = json.loads(geostance.to_json(geostance.parse(GOVERNMENT)))
    del document["date"], document["date_basis"]
    article = geostance.from_dict(document)
    assert (article.date, article.date_basis) == (None, DateBasis.UNKNOWN)


def test_date_and_basis_must_agree() -> None:
    """A date needs a basis other than unknown, and a basis other than unknown needs a date."""
    with pytest.raises(geostance.ModelError, match="date_basis"):
        geostance.Article(text="x", date=dt.date(2020, 1, 1))
    with pytest.raises(geostance.ModelError, match="needs a date"):
        geostance.Article(text="x", date_basis="inferred")


# ------------------------------------------------------------------ tenure files
def test_loading_rejects_overlapping_tenures() -> None:
    """A file where two holders of one uncontested office overlap is refused, naming both."""
    with pytest.raises(GazetteerError, match=r"Ada Testesen \(2019-01\.\.2020-06\) and Bo Provesen"):
        Gazetteer.from_files(OVERLAP, base=Gazetteer.default())


def _tenure(**changes: object) -> dict[str, object]:
    return {"name": "Ada Testesen", "start": "2019-01", "end": "2020-06", "precision": "month", **changes}


def _file(tmp_path: Path, *holders: dict[str, object], contested: bool = False) -> Path:
    office = {"id": "NOR.foreign_minister", "actor": "NOR", "kind": "foreign_minister", "title": "Test office"}
    document = {"reference_date": "2026-12-01", "offices": [{**office, "contested": contested, "holders": holders}]}
    path = tmp_path / "tenures.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("holder", "message"),
    [
        (_tenure(start="2021-01"), "start 2021-01 is after end 2020-06"),
        (_tenure(start="2019"), "not a date at month precision"),
        (_tenure(end="2020-13"), "not a date at month precision"),
        (_tenure(precision="week"), "precision"),
        (_tenure(claimant=True), "not contested"),
        (_tenure(actor="nobody-at-all"), "nobody-at-all"),
        (_tenure(born="1970"), "unknown keys born"),
    ],
    ids=["start-after-end", "wrong-precision", "impossible-month", "bad-precision", "claimant", "actor", "key"],
)
def test_loading_rejects_malformed_tenures(tmp_path: Path, holder: dict[str, object], message: str) -> None:
    """Each malformed tenure is a GazetteerError naming the file and what is wrong."""
    with pytest.raises(GazetteerError, match=message) as caught:
        Gazetteer.from_files(_file(tmp_path, holder), base=Gazetteer.default())
    assert "tenures.json" in str(caught.value)


def test_sharing_a_handover_month_is_no_overlap(tmp_path: Path) -> None:
    """One holder ending in June and the next starting in June is a handover: the successor holds June."""
    path = _file(tmp_path, _tenure(), _tenure(name="Bo Provesen", start="2020-06", end=None))
    gazetteer = Gazetteer.from_files(path, base=Gazetteer.default())
    assert [t.name for t in gazetteer.holders("NOR.foreign_minister", dt.date(2020, 6, 10))] == ["Bo Provesen"]
    assert [t.name for t in gazetteer.holders("NOR.foreign_minister", dt.date(2020, 5, 31))] == ["Ada Testesen"]


def test_claimants_of_a_contested_office_may_overlap(tmp_path: Path) -> None:
    """In a contested office rival claimants hold it at once."""
    path = _file(tmp_path, _tenure(claimant=True), _tenure(name="Bo Provesen", claimant=True), contested=True)
    gazetteer = Gazetteer.from_files(path, base=Gazetteer.default())
    assert len(gazetteer.holders("NOR.foreign_minister", dt.date(2020, 1, 1))) == 2


def test_a_user_file_adds_holders_people_are_then_recognised(tmp_path: Path) -> None:
    """A user's tenure file replaces the shipped office of that id; its holders are recognised by name."""
    path = _file(tmp_path, _tenure(), _tenure(name="Bo Provesen", start="2020-07", end=None))
    gazetteer = Gazetteer.from_files(path, base=Gazetteer.default())
    text = "Ada Testesen said Norway was worried about the fishing dispute."
    assert speakers(geostance.parse(text, gazetteer=gazetteer, date=dt.date(2019, 6, 1))) == ["NOR"]
    assert speakers(geostance.parse(text, gazetteer=gazetteer, date=dt.date(2022, 6, 1))) == []
    assert gazetteer.reference_date == dt.date(2026, 12, 1)
    assert len(gazetteer) == len(Gazetteer.default())


def test_extend_replaces_an_office() -> None:
    """Gazetteer.extend(offices=...) replaces a shipped office by id, tenures and all."""
    mine = Office(
        id="MEX.foreign_minister",
        actor="MEX",
        kind="foreign_minister",
        title="Secretary of Foreign Affairs of Mexico",
        tenures=[Tenure(office="MEX.foreign_minister", name="Test Holder", actor="MEX", start="2015")],
    )
    gazetteer = Gazetteer.default().extend(offices=[mine])
    assert [t.name for t in gazetteer.holders("MEX.foreign_minister", dt.date(2020, 1, 1))] == ["Test Holder"]
    with pytest.raises(GazetteerError, match="no office"):
        gazetteer.holders("MEX.defence_minister", dt.date(2020, 1, 1))


def test_an_office_refuses_overlaps_when_built_in_code() -> None:
    """The same check runs when an Office is built in Python."""
    first = Tenure(office="NOR.foreign_minister", name="A", actor="NOR", start="2019", end="2021", precision="year")
    second = Tenure(office="NOR.foreign_minister", name="B", actor="NOR", start="2020", precision="year")
    with pytest.raises(GazetteerError, match="hold it at once"):
        Office(id="NOR.foreign_minister", actor="NOR", kind="foreign_minister", title="T", tenures=[first, second])


def test_partial_dates_span_their_period() -> None:
    """A year covers January to December, a month its days (February of a leap year too)."""
    assert (first_day("2019"), last_day("2019")) == (dt.date(2019, 1, 1), dt.date(2019, 12, 31))
    assert last_day("2024-02") == dt.date(2024, 2, 29)
    assert last_day("2021-08-15") == dt.date(2021, 8, 15)


# ------------------------------------------------------------------ the shipped data
G20 = "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA".split()
MORE = "AFG PAK IRN IRQ SYR YEM ISR LBN LBY SDN ETH SOM MLI BFA NER COD RWA MMR PRK UKR BLR ARM AZE VEN".split()


@pytest.mark.parametrize("state", G20 + MORE)
def test_the_shipped_data_covers_the_issue_s_states(state: str) -> None:
    """Each state the coverage names has its head of state and foreign minister, held by 2016.

    (Lebanon's presidency was vacant until October 2016.)
    """
    gazetteer = Gazetteer.default()
    for kind in ("head_of_state", "foreign_minister"):
        office = gazetteer.office(f"{state}.{kind}")
        assert office is not None
        assert office.tenures
        assert min(t.first_day for t in office.tenures) <= dt.date(2016, 10, 31)


def test_shipped_tenures_start_by_the_reference_date() -> None:
    """No tenure starts after the data's reference date, and every one has a source."""
    gazetteer = Gazetteer.default()
    reference = gazetteer.reference_date
    assert reference is not None
    tenures = [t for office in gazetteer.offices for t in office.tenures]
    assert len(tenures) > 400
    assert all(t.first_day <= reference and t.source for t in tenures)


# ------------------------------------------------------------------ batches and the command line
def test_a_json_lines_record_carries_its_date(tmp_path: Path) -> None:
    """A record's `date` is given to parse; a malformed one is a failure naming the field."""
    archive = tmp_path / "a.jsonl"
    archive.write_text(
        json.dumps({"text": GOVERNMENT, "date": "2019-05-01"}) + "\n" + json.dumps({"text": GOVERNMENT, "date": "May"}),
        encoding="utf-8",
    )
    good, bad = read_inputs([str(archive)], input_format="jsonl")
    assert isinstance(good, ArticleText)
    assert good.date == dt.date(2019, 5, 1)
    assert "expected a date written YYYY-MM-DD" in getattr(bad, "reason", "")
    (article,) = parse_many([good])
    assert (speakers(article), article.date_basis) == (["AFG"], DateBasis.GIVEN)


def test_the_cli_takes_a_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`geostance parse FILE --date YYYY-MM-DD` reads the article as of that date; a bad date is a usage error."""
    source = tmp_path / "a.txt"
    source.write_text(GOVERNMENT, encoding="utf-8")
    assert main(["parse", str(source), "--date", "2019-05-01"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert (document["date"], document["date_basis"]) == ("2019-05-01", "given")
    assert [s["speaker"] for s in document["statements"]] == ["AFG"]
    assert main(["parse", str(source), "--date", "1 May 2019"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_the_cli_date_applies_to_records_without_their_own(tmp_path: Path) -> None:
    """With --jsonl, --date dates the records that carry no date; a record's own date comes first."""
    archive = tmp_path / "a.jsonl"
    records = [{"text": GOVERNMENT, "id": "a"}, {"text": GOVERNMENT, "id": "b", "date": "2023-02-01"}]
    archive.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    argv = ["parse", str(archive), "--input-format", "jsonl", "--source-field", "id", "--jsonl", str(out)]
    assert main([*argv, "--date", "2019-05-01", "--quiet"]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(d["date"], d["statements"][0]["speaker"]) for d in lines] == [
        ("2019-05-01", "AFG"),
        ("2023-02-01", "taliban"),
    ]


def test_a_corpus_dates_articles_by_their_own_date() -> None:
    """Corpus takes a given or stated article date; an inferred one is no publication date."""
    given = geostance.parse(GOVERNMENT, date=dt.date(2019, 5, 1), source="a")
    inferred = geostance.parse("Foreign Minister Qin Gang said China was concerned.", source="b")
    corpus = geostance.Corpus.from_articles([given, inferred])
    assert [e.date for e in corpus.entries] == [dt.date(2019, 5, 1), None]


def test_a_state_office_resolves_by_date_in_possessive_form_too() -> None:
    """The possessive form of an office resolves by date like the demonym form (Afghanistan, then the Taliban)."""
    text = "Afghanistan's foreign minister said the border talks would continue."
    days = (dt.date(2019, 5, 1), dt.date(2023, 5, 1))
    speakers = [[s.speaker for s in geostance.parse(text, date=day).statements] for day in days]
    assert speakers == [["AFG"], ["taliban"]]


def test_a_known_name_followed_by_another_name_is_someone_else() -> None:
    """A gazetteer person's name followed by another capitalised name ("Omar Bashir Hamdan") is a longer name."""
    article = geostance.parse("RSF adviser Omar Bashir Hamdan said the report was false.")
    assert [p.text for s in article.statements for p in [s.person] if p is not None] == ["Omar Bashir Hamdan"]


def test_a_title_gives_an_office_to_a_person_out_of_it_later_too() -> None:
    """A known person out of office on the article's date, named once with a title, speaks for it later by name."""
    text = (
        "Ukrainian Foreign Minister Dmytro Kuleba met his Polish counterpart.\n"
        "Kuleba said Russia did not want negotiations."
    )
    article = geostance.parse(text, date=dt.date(2026, 11, 1))
    assert [s.speaker for s in article.statements if "negotiations" in s.evidence[0].text] == ["UKR"]


def test_a_government_named_in_a_complement_resolves_by_date() -> None:
    """The ministry "of the interim government of Afghanistan" is Afghanistan's in 2019 and the Taliban's in 2023."""
    text = "The interior ministry of the interim government of Afghanistan rejected the accusations on Sunday."
    days = (dt.date(2019, 5, 1), dt.date(2023, 5, 1))
    assert [[r.speaker for r in geostance.parse(text, date=day).rebuttals] for day in days] == [["AFG"], ["taliban"]]
