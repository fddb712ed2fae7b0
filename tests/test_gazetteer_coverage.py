"""The shipped gazetteer knows organizations and groups by category, and no name belongs to two actors."""

from __future__ import annotations

import itertools
import json
from importlib import resources

import pytest

import geostance
from geostance import Gazetteer
from geostance._cascade.catalogue import outline
from geostance.gazetteer import _case_ok


def _actors(text: str) -> dict[str, str]:
    """Id -> type of every actor the parser finds in `text`."""
    article = geostance.parse(text)
    found = {e.id: "organization" for e in article.organizations}
    found.update({e.id: "state" for e in article.states})
    found.update({e.id: "group" for e in article.groups})
    return found


RECOGNIZED = [
    # African regional communities and security bodies
    ("The Common Market for Eastern and Southern Africa said on Monday that talks would resume.", "comesa"),
    ("CEN-SAD said on Monday that talks would resume.", "cen-sad"),
    ("The Arab Maghreb Union said on Monday that talks would resume.", "arab-maghreb-union"),
    ("The MNJTF said on Monday that its troops had retaken the town.", "mnjtf"),
    ("AUSSOM said on Monday that talks would resume.", "aussom"),
    ("The Confederation of Sahel States said on Monday that talks would resume.", "aes"),
    ("The AU Peace and Security Council said on Monday that talks would resume.", "au"),
    # the Americas
    ("ALBA said on Monday that talks would resume.", "alba"),
    ("The Central American Integration System said on Monday that talks would resume.", "sica"),
    ("The Andean Community said on Monday that talks would resume.", "andean-community"),
    ("The Inter-American Commission on Human Rights said on Monday that talks would resume.", "iachr"),
    # Asia-Pacific
    ("The Melanesian Spearhead Group said on Monday that talks would resume.", "melanesian-spearhead-group"),
    ("The Pacific Community said on Monday that talks would resume.", "pacific-community"),
    # Europe and Eurasia
    ("The Nordic Council said on Monday that talks would resume.", "nordic-council"),
    ("ODIHR said on Monday that the vote was competitive but unfair.", "osce"),
    ("The Venice Commission said on Monday that the law should be revised.", "council-of-europe"),
    ("The Ukraine Defense Contact Group said on Monday that talks would resume.", "udcg"),
    # Middle East and global forums
    ("OAPEC said on Monday that talks would resume.", "oapec"),
    ("The Organisation internationale de la Francophonie said on Monday that talks would resume.", "francophonie"),
    # the UN system
    ("UNTMIS said on Monday that talks would resume.", "untmis"),
    ("The UN Verification Mission in Colombia said on Monday that talks would resume.", "unvmc"),
    ("The UN Commission of Inquiry on Syria said on Monday that talks would resume.", "coi-syria"),
    ("The Independent International Fact-Finding Mission for Sudan said the talks would resume.", "ffm-sudan"),
    ("ESCWA said on Monday that talks would resume.", "escwa"),
    ("The International Maritime Organization said on Monday that talks would resume.", "imo"),
    # courts, arbitration and finance
    ("The WTO's Dispute Settlement Body said on Monday that the panel would rule.", "wto"),
    ("The ICTY said on Monday that the appeal was rejected.", "icty"),
    ("The AfDB said on Monday that talks would resume.", "afdb"),
    ("The EBRD said on Monday that talks would resume.", "ebrd"),
    # NGOs
    ("ACLED said on Monday that attacks had risen.", "acled"),
    ("The Syrian Observatory for Human Rights said on Monday that talks would resume.", "sohr"),
    ("B'Tselem said on Monday that talks would resume.", "btselem"),
    # groups in Africa
    ("CODECO said on Monday that talks would resume.", "codeco"),
    ("The FDLR said on Monday that talks would resume.", "fdlr"),
    ("Wazalendo fighters said on Monday that talks would resume.", "wazalendo"),
    ("Ambazonian separatists said on Monday that talks would resume.", "ambazonian-separatists"),
    ("The SPLM-IO said on Monday that talks would resume.", "splm-io"),
    ("Ansaroul Islam said on Monday that talks would resume.", "ansaroul-islam"),
    # groups in the Middle East
    ("The Al-Aqsa Martyrs' Brigades said on Monday that talks would resume.", "al-aqsa-martyrs-brigades"),
    ("The PFLP said on Monday that talks would resume.", "pflp"),
    ("Asa'ib Ahl al-Haq said on Monday that talks would resume.", "asaib-ahl-al-haq"),
    ("PJAK said on Monday that talks would resume.", "pjak"),
    ("The Mujahedin-e Khalq said on Monday that talks would resume.", "mek"),
    # groups in South Asia
    ("Hizbul Mujahideen said on Monday that talks would resume.", "hizbul-mujahideen"),
    ("The PAFF said on Monday that talks would resume.", "paff"),
    ("The NSCN-IM said on Monday that talks would resume.", "nscn"),
    ("The CPI (Maoist) said on Monday that talks would resume.", "cpi-maoist"),
    # groups in South-East Asia
    ("The Karen National Union said on Monday that talks would resume.", "knu"),
    ("The TNLA said on Monday that talks would resume.", "tnla"),
    ("The MILF said on Monday that talks would resume.", "milf"),
    ("The New People's Army said on Monday that talks would resume.", "npa"),
    # groups in Latin America
    ("The Estado Mayor Central said on Monday that talks would resume.", "estado-mayor-central"),
    ("Segunda Marquetalia said on Monday that talks would resume.", "segunda-marquetalia"),
    ("The Clan del Golfo said on Monday that talks would resume.", "clan-del-golfo"),
    ("The CJNG said on Monday that talks would resume.", "cjng"),
    ("Viv Ansanm said on Monday that talks would resume.", "viv-ansanm"),
    ("The Shining Path said on Monday that talks would resume.", "shining-path"),
    # groups in Europe and Eurasia
    ("The Russian Volunteer Corps said on Monday that talks would resume.", "russian-volunteer-corps"),
    ("The Freedom of Russia Legion said on Monday that talks would resume.", "freedom-of-russia-legion"),
    # political parties and movements
    ("The ruling Georgian Dream party said on Monday that talks would resume.", "georgian-dream"),
    ("Vetëvendosje said on Monday that talks would resume.", "vetevendosje"),
    ("The AfD said on Monday that talks would resume.", "afd"),
    ("The CHP said on Monday that talks would resume.", "chp"),
    ("Likud said on Monday that talks would resume.", "likud"),
    ("The PJD said on Monday that talks would resume.", "pjd"),
    ("The Awami League said on Monday that talks would resume.", "awami-league"),
    ("The PML-N said on Monday that talks would resume.", "pml-n"),
    ("The CPN (Maoist Centre) said on Monday that talks would resume.", "cpn-maoist-centre"),
    ("The Kuomintang said on Monday that talks would resume.", "kuomintang"),
    ("ZANU-PF said on Monday that talks would resume.", "zanu-pf"),
    ("The Sandinista National Liberation Front said on Monday that talks would resume.", "fsln"),
    ("The FLNKS said on Monday that talks would resume.", "flnks"),
]


@pytest.mark.parametrize(("text", "actor"), RECOGNIZED)
def test_actor_recognized_by_category(text: str, actor: str) -> None:
    """Each category's actors are found by name, acronym or alias, as their own id and no other actor."""
    assert list(_actors(text)) == [actor]


@pytest.mark.parametrize(
    "text",
    [
        "The fact is that the pace of change has been slow, and in fact nobody expected more.",
        "Fact: the rand fell against the dollar as the pace of reform slowed.",
        "Islamic relief efforts and action against hunger were discussed by the village council.",
        "North Sinai province officials said the road was open.",
        "The appellate body of the bar association met, and a white army of volunteers cleared the snow.",
        "Calle 18 was closed for repairs, and the minsk group of students visited the venice commission of artists.",
    ],
)
def test_common_words_name_no_actor(text: str) -> None:
    """Common words and phrases that resemble new names or aliases name nobody."""
    assert _actors(text) == {}


def test_jem_and_jem_are_told_apart_by_case() -> None:
    """Sudan's Justice and Equality Movement is "JEM"; Jaish-e-Mohammed is "JeM"."""
    assert list(_actors("JEM said on Monday that talks would resume.")) == ["jem-sudan"]
    assert list(_actors("JeM said on Monday that talks would resume.")) == ["jaish-e-mohammed"]


def test_rsf_stays_the_rapid_support_forces() -> None:
    """Reporters Without Borders has no bare acronym: "RSF" is the Sudanese paramilitary."""
    assert list(_actors("The RSF said on Monday that talks would resume.")) == ["rapid-support-forces"]
    assert list(_actors("Reporters Without Borders said it was alarmed.")) == ["reporters-without-borders"]


_SHARED = {"congo", "congolese", "dominican", "iea"}
"""Strings deliberately shared: bare "Congo", two adjectives, and "IEA" (energy agency or Islamic Emirate)."""


def test_no_string_names_two_actors() -> None:
    """Apart from the deliberate ones, no gazetteer string can name two different targets.

    Two entries with the same folded key clash when one surface form passes the case rule of both
    (so "JEM" and "JeM" do not clash).
    """
    clashes = []
    for key, entries in Gazetteer.default()._lookup().items():
        if key in _SHARED or len({target for _, target, _ in entries}) < 2:
            continue
        for (_, one, first), (_, other, second) in itertools.combinations(entries, 2):
            forms = {first, second, first.upper(), first.lower(), first.title(), second.title(), second.lower()}
            if one != other and any(_case_ok(first, form) and _case_ok(second, form) for form in forms):
                clashes.append((key, one, other))
    assert clashes == []


def test_ids_are_unique_and_kinds_are_known() -> None:
    """Ids are unique across states, organizations and groups; kinds come from a closed list."""
    gazetteer = Gazetteer.default()
    records = list(gazetteer)
    assert len({r.id for r in records}) == len(records)
    organization_kinds = {r.kind for r in records if r.type == "organization"}
    group_kinds = {r.kind for r in records if r.type == "group"}
    assert group_kinds <= {
        "terrorist organization",
        "militant group",
        "armed group",
        "separatist movement",
        "political movement",
        "political party",
        "resistance movement",
        "paramilitary",
        "de facto authority",
        "breakaway authority",
        "regional authority",
        "private military company",
    }
    assert "UN mission" in organization_kinds
    assert len(organization_kinds) == 15


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("The UN Panel of Experts on Libya said", "poe-libya"),
        ("the Group of Experts on the Democratic Republic of the Congo found", "goe-drc"),
        ("the Analytical Support and Sanctions Monitoring Team reported", "unsc-monitoring-team"),
    ],
)
def test_security_council_sanctions_panels_are_their_own_organizations(written: str, expected: str) -> None:
    """ANNOTATION: a named panel of experts is its own organization, under the Security Council."""
    gazetteer = Gazetteer.default()
    (match,) = [m for m in gazetteer.find(written) if m.kind == "name"]
    assert match.target == expected
    record = gazetteer.get(expected)
    assert record is not None
    assert record.parent == "unsc"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Georgia accused Russian border guards of moving the fence. South Ossetia's de facto authorities said the "
            "fence stood on the old line.",
            ["statement GEO -> RUS [accuse]", "statement south-ossetia -> - [assert]"],
            id="south-ossetia",
        ),
        pytest.param(
            "TBILISI - Georgia said two villagers were detained near the boundary line. The Abkhaz authorities denied "
            "detaining anyone.",
            ["rebuttal abkhazia answers GEO", "statement GEO -> - [assert]"],
            id="abkhazia-and-the-dateline-stays-georgia-s",
        ),
        pytest.param(
            "Ukraine said the Donetsk People's Republic had no right to hold a vote. The DPR said the vote would go "
            "ahead.",
            ["statement UKR -> dpr [assert]", "statement dpr -> - [assert]"],
            id="donetsk",
        ),
    ],
)
def test_breakaway_authorities_are_groups_of_their_own(text: str, expected: list[str]) -> None:
    """groups.json `breakaway authority`: they speak for themselves and never stand for their state."""
    assert outline(geostance.parse(text)) == expected


def test_dateline_cities_belong_to_states_and_name_no_actor() -> None:
    """datelines.json: each city is of a known state, listed once, and is no gazetteer name or capital."""
    data = json.loads((resources.files("geostance") / "data" / "datelines.json").read_text("utf-8"))
    gazetteer = Gazetteer.default()
    states = {r.id for r in gazetteer if r.type == "state"}
    names = [city["name"].casefold() for city in data["cities"]]
    assert len(names) == len(set(names))
    assert {city["state"] for city in data["cities"]} <= states
    assert [c["name"] for c in data["cities"] if list(gazetteer._found(c["name"]))] == []


@pytest.mark.parametrize(
    ("written", "state"),
    [
        ("the Chinese Communist Party", "CHN"),
        ("the CCP", "CHN"),
        ("the Workers' Party of Korea", "PRK"),
        ("the Communist Party of Vietnam", "VNM"),
    ],
)
def test_a_one_party_states_ruling_party_is_the_state(written: str, state: str) -> None:
    """A ruling party standing for its state's government is an alias of the state (SOURCES.md)."""
    article = geostance.parse(f"Japan accused {written} of coercion in the region.")
    assert [s.targets for s in article.statements] == [(state,)]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The MFDC said its fighters had withdrawn from the forest.", "mfdc"),
        ("The Front for the Liberation of the Enclave of Cabinda said it had attacked an oil convoy.", "flec"),
    ],
)
def test_africas_oldest_separatist_movements_are_groups(text: str, group: str) -> None:
    """The MFDC (Casamance) and FLEC (Cabinda) speak as separatist groups."""
    article = geostance.parse(text)
    assert [s.speaker for s in article.statements] == [group]
    assert [g.kind for g in article.groups] == ["separatist movement"]
