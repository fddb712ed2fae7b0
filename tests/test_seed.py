"""The seed article, parsed exactly: every actor, statement and rebuttal stated field by field."""

from __future__ import annotations

from pathlib import Path

import pytest

import geostance
from geostance import Act, Article, ClaimKind, Topic

SEED = Path(__file__).parent.parent / "seeds" / "csto-afghanistan.txt"


@pytest.fixture(scope="module")
def article() -> Article:
    """The seed's parse, shared by the tests of this module."""
    return geostance.parse(SEED.read_text(encoding="utf-8"), source=str(SEED))


def _texts(article: Article, actor_id: str) -> list[str]:
    return [m.text for m in article.actor(actor_id).mentions]


def test_organization_csto(article: Article) -> None:
    """The CSTO: full name, acronym, the kind and founding year the text states, its six listed members."""
    (csto,) = article.organizations
    assert csto.id == "csto"
    assert csto.name == "Collective Security Treaty Organization"
    assert csto.acronym == "CSTO"
    assert csto.kind == "intergovernmental military alliance"
    assert csto.founded == 2002
    assert csto.members == ("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK")
    assert {"Collective Security Treaty Organization", "CSTO"} <= set(csto.aliases)
    assert len(csto.mentions) == 10
    stated = " ".join(e.text for e in csto.evidence)
    assert "Formed in 2002" in stated
    assert "namely Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan" in stated


def test_states_with_iso_codes_and_no_others(article: Article) -> None:
    """Exactly the seven states named in the text, each with its ISO 3166 codes."""
    codes = {s.id: (s.name, s.alpha2, s.alpha3) for s in article.states}
    assert codes == {
        "AFG": ("Afghanistan", "AF", "AFG"),
        "KAZ": ("Kazakhstan", "KZ", "KAZ"),
        "ARM": ("Armenia", "AM", "ARM"),
        "BLR": ("Belarus", "BY", "BLR"),
        "KGZ": ("Kyrgyzstan", "KG", "KGZ"),
        "RUS": ("Russia", "RU", "RUS"),
        "TJK": ("Tajikistan", "TJ", "TJK"),
    }


def test_dateline_is_a_place_not_a_mention(article: Article) -> None:
    """Check: "KABUL, AFGHANISTAN –" is the dateline; its AFGHANISTAN is not a mention of the state."""
    assert article.dateline is not None
    assert article.dateline.text == "KABUL, AFGHANISTAN"
    assert all(m.span.start > article.dateline.span.end for m in article.actor("AFG").mentions)


def test_groups(article: Article) -> None:
    """Taliban (also as "Taliban authorities" and "The regime in Kabul"), al-Qaeda, ISKP, TTP, Jamaat Ansarullah."""
    names = {g.id: g.name for g in article.groups}
    assert names == {
        "taliban": "Taliban",
        "al-qaeda": "al-Qaeda",
        "iskp": "Islamic State Khorasan Province",
        "ttp": "Tehrik-i-Taliban Pakistan",
        "jamaat-ansarullah": "Jamaat Ansarullah",
    }
    assert {"Taliban authorities", "regime in Kabul"} <= set(_texts(article, "taliban"))
    assert _texts(article, "ttp") == ["Tahrik-i-Taliban Pakistan", "TTP"]
    assert _texts(article, "al-qaeda") == ["Al-Qaeda"]
    assert article.actor("taliban").kind == "de facto authority"  # type: ignore[union-attr]


def test_pakistan_inside_ttp_is_no_state(article: Article) -> None:
    """The "Pakistan" of Tahrik-i-Taliban Pakistan does not make Pakistan a state of the article."""
    assert "PAK" not in {s.id for s in article.states}


def test_statement_one_joint_statement(article: Article) -> None:
    """Statement 1: the CSTO foreign ministers' joint statement on Thursday after the Astana summit, per TASS."""
    s1 = article.statements[0]
    assert s1.id == "s1"
    assert s1.speaker == "csto"
    assert s1.speaker_text.text == "CSTO foreign ministers"
    assert s1.person is None
    assert s1.targets == ("taliban",)
    assert s1.acts == (Act.CONCERN, Act.DEMAND, Act.ASSERT)
    assert {Topic.TERRORISM, Topic.DRUG_TRAFFICKING, Topic.INCLUSIVE_GOVERNMENT, Topic.WOMENS_RIGHTS} <= set(s1.topics)
    assert s1.occasion is not None
    assert s1.occasion.when is not None
    assert s1.occasion.when.text == "on Thursday"
    assert s1.occasion.channel is not None
    assert s1.occasion.channel.text == "a joint statement"
    assert s1.occasion.event is not None
    assert s1.occasion.event.text == "the CSTO summit"
    assert s1.occasion.where is not None
    assert s1.occasion.where.text == "Astana, Kazakhstan"
    assert s1.reported_by is not None
    assert s1.reported_by.text == "TASS"
    evidence = [e.text for e in s1.evidence]
    assert (
        "called on the Taliban authorities to direct their efforts toward combating terrorism and drug trafficking"
        in evidence
    )


def test_statement_one_quotes_with_exact_spans(article: Article) -> None:
    """The two quotations, without their marks or the trailing comma, at their exact offsets."""
    text = article.text
    quotes = article.statements[0].quotes
    assert [q.text[:40] for q in quotes] == [
        "We are seriously concerned about the sit",
        "We are concerned about the current drug ",
    ]
    assert quotes[0].text.endswith("a serious threat to the security of CSTO member states")
    assert quotes[1].text.endswith("to fight the spread of drug trafficking to other countries")
    for quote in quotes:
        assert text[quote.span.start : quote.span.end] == quote.text
        assert text[quote.span.start - 1] == "“"
        assert text[quote.span.end : quote.span.end + 2] == ",”"


def test_statement_two_in_recent_years(article: Article) -> None:
    """Statement 2: CSTO officials and member states, in recent years: concerns and calls on the Taliban."""
    s2 = article.statements[1]
    assert s2.speaker == "csto"
    assert s2.speaker_text.text == "CSTO officials and member states"
    assert s2.targets == ("taliban",)
    assert s2.acts == (Act.CONCERN, Act.DEMAND)
    assert s2.quotes == ()
    assert s2.occasion is not None
    assert s2.occasion.when is not None
    assert s2.occasion.when.text == "In recent years"
    assert len(article.statements) == 2


def test_taliban_rebuttal_claims(article: Article) -> None:
    """One Taliban rebuttal answering both statements, each claim an exact clause with its kind."""
    (rebuttal,) = article.rebuttals
    assert rebuttal.speaker == "taliban"
    assert rebuttal.speaker_text.text == "The regime in Kabul"
    assert rebuttal.rebuts == ("s1", "s2")
    assert [(c.kind, c.text) for c in rebuttal.claims] == [
        (ClaimKind.DENIAL, "has consistently denied the presence of terrorist groups in Afghanistan"),
        (ClaimKind.COUNTER_CLAIM, "claims to have suppressed ISKP"),
        (ClaimKind.ASSURANCE, "asserts that Afghanistan poses no threat to any neighboring country"),
        (ClaimKind.DEFLECTION, "argue that neighboring countries should address their own security challenges"),
        (ClaimKind.DEFLECTION, "the Taliban is not responsible for the security failures of its neighbors"),
        (ClaimKind.COUNTER_CLAIM, "claims that their current political structure is inclusive"),
        (ClaimKind.COUNTER_CLAIM, "they uphold women’s rights"),
        (
            ClaimKind.NON_INTERFERENCE,
            (
                "the form of government and women’s rights are internal matters"
                " in which other countries should not interfere"
            ),
        ),
    ]
    for claim in rebuttal.claims:
        assert article.text[claim.span.start : claim.span.end] == claim.text


def test_lookups_follow_the_references(article: Article) -> None:
    """The Article's lookups connect speakers, statements and rebuttals."""
    assert [s.id for s in article.statements_by("csto")] == ["s1", "s2"]
    assert [s.id for s in article.statements_about("taliban")] == ["s1", "s2"]
    assert [r.id for r in article.rebuttals_of("s1")] == ["r1"]
    assert article.rebuttals_by("taliban") == article.rebuttals


def test_seed_round_trips_and_keeps_its_source(article: Article) -> None:
    """The seed's Article survives JSON unchanged and remembers where it came from."""
    assert geostance.from_json(geostance.to_json(article)) == article
    assert article.source == str(SEED)
