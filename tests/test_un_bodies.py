"""UN bodies that news names often are organizations of their own, under the right parent."""

from __future__ import annotations

import pytest

import geostance
from geostance import Gazetteer


def _organizations(text: str) -> list[str]:
    """Ids of the organizations the parser finds in `text`, in order."""
    return [e.id for e in geostance.parse(text).organizations]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The UN Human Rights Monitoring Mission in Ukraine said on Tuesday that 14 civilians were killed.",
            "hrmmu",
        ),
        ("HRMMU said on Tuesday that 14 civilians were killed in the shelling.", "hrmmu"),
        (
            "The U.N. human rights mission in Ukraine said on Tuesday that the attack killed civilians.",
            "hrmmu",
        ),
        ("The United Nations Command said on Monday that it had repatriated the soldier.", "un-command"),
        ("The U.N. Command said on Monday that talks at Panmunjom would resume.", "un-command"),
        (
            "The Independent International Fact-Finding Mission on the Sudan said both sides had killed civilians.",
            "ffm-sudan",
        ),
        (
            "The UN Independent International Commission of Inquiry on the Syrian Arab Republic said so on Friday.",
            "coi-syria",
        ),
        (
            "The UN Organization Stabilization Mission in the Democratic Republic of the Congo said it would stay.",
            "monusco",
        ),
        (
            "The UN Relief and Works Agency for Palestine Refugees in the Near East said its schools would reopen.",
            "unrwa",
        ),
        ("The U.N. World Food Programme said on Monday that aid deliveries would resume.", "wfp"),
        ("The UN Group of Experts on the DRC said armed groups were taxing the mines.", "goe-drc"),
    ],
)
def test_un_body_is_its_own_organization(text: str, expected: str) -> None:
    """The named body is the one organization found: no bare UN and no state from inside its name."""
    article = geostance.parse(text)
    assert [e.id for e in article.organizations] == [expected]
    assert list(article.states) == []


def test_us_led_un_command_names_the_us_and_the_command() -> None:
    """ANNOTATION: "US-led" names the US; the UN Command is its own organization."""
    article = geostance.parse("The U.S.-led United Nations Command said on Monday that the soldier was returned.")
    assert [e.id for e in article.organizations] == ["un-command"]
    assert [e.id for e in article.states] == ["USA"]


@pytest.mark.parametrize(
    ("record_id", "parent", "kind", "founded"),
    [
        ("hrmmu", "ohchr", "UN mission", 2014),
        ("un-command", None, "intergovernmental organization", 1950),
    ],
)
def test_added_records(record_id: str, parent: str | None, kind: str, founded: int) -> None:
    """The added bodies carry their parent, kind and founding year."""
    record = Gazetteer.default().get(record_id)
    assert record is not None
    assert (record.parent, record.kind, record.founded) == (parent, kind, founded)


@pytest.mark.parametrize(
    "text",
    [
        "The army's command said on Monday that the offensive would resume.",
        "Command of the brigade passed to a new general, and the mission said the road was open.",
        "The monitoring mission said on Monday that the ceasefire was holding.",
        "A human rights mission visited the region, and UNC won the basketball game.",
    ],
)
def test_near_misses_name_no_un_body(text: str) -> None:
    """Bare "command" or "mission", and the withheld acronym "UNC", name no UN organization."""
    assert _organizations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The peacekeepers will serve under UN command until the vote, the ministry said.",
        "The brigade passed to EU command in March.",
    ],
)
def test_an_acronym_before_a_lower_case_word_is_no_body_named_after_it(text: str) -> None:
    """After an acronym, a body's capitalised word must be capitalised: "UN command" is no UN Command."""
    assert "un-command" not in _organizations(text)


def test_a_short_name_is_one_of_the_body_s_aliases() -> None:
    """The written form ("UN Group of Experts on the DRC") is recorded whole, so the body's aliases hold it."""
    (body,) = geostance.parse("The UN Group of Experts on the DRC said the rebels held the mines.").organizations
    assert "UN Group of Experts on the DRC" in body.aliases
