"""Readings that must not change when the surface around them does.

Each test builds a grid of sentences from parts (openings, subjects, titles, names, verbs) that
news copy combines freely, and asserts the reading of the core act is the same in every cell.
A cell that fails names a construction the parser does not yet read in that company.
"""

from __future__ import annotations

import itertools

import pytest

import geostance
from geostance._cascade.catalogue import outline

_OPENINGS = [
    "",
    "Responding, ",
    "In response, ",
    "Speaking to reporters in Santiago, ",
    "Asked about the charge, ",
    "Later, ",
    "On Tuesday, ",
    "Hours later, ",
    "In a statement on Tuesday, ",
    "For its part, ",
    "In Santiago, ",
    "Reacting to the accusation, ",
    "Meanwhile, ",
    "At a news conference, ",
    "Addressing parliament, ",
]
_SUBJECTS = [
    "Chile",
    "Chile's foreign ministry",
    "Chilean Foreign Minister Ana Rojas",
    "the Chilean government",
    "Santiago",
    "Ana Rojas, Chile's foreign minister,",
    "a Chilean foreign ministry spokesman",
    "Chile's ambassador to Peru, Luis Soto,",
]
_REBUTTALS = ["rejected the accusation.", "called the accusation baseless.", "said the claims were false."]


def _sentence(opening: str, subject: str) -> str:
    return opening + (subject if opening else subject[0].upper() + subject[1:])


@pytest.mark.parametrize(("opening", "subject"), list(itertools.product(_OPENINGS, _SUBJECTS)))
def test_a_rebuttal_reads_the_same_after_any_opening(opening: str, subject: str) -> None:
    """Whatever opens the sentence and however the rebutter is named, the rebuttal answers the accuser."""
    for predicate in _REBUTTALS:
        text = f"Peru accused Chile of spying. {_sentence(opening, subject)} {predicate}"
        assert "rebuttal CHL answers PER" in outline(geostance.parse(text)), text


_STATES = [
    ("Kenyan", "KEN"),
    ("South Sudanese", "SSD"),
    ("Ivorian", "CIV"),
    ("Emirati", "ARE"),
    ("Vietnamese", "VNM"),
    ("Salvadoran", "SLV"),
    ("Bosnian", "BIH"),
    ("Kyrgyz", "KGZ"),
    ("New Zealand", "NZL"),
    ("Dutch", "NLD"),
    ("Chadian", "TCD"),
    ("Bolivian", "BOL"),
]
_TITLES = ["Foreign Minister", "Interior Minister", "Deputy Foreign Minister", "government spokesman", "Army chief"]
_NAMES = ["Jan de Wit", "Amina J. Okafor", "Ana Sofia de la Cruz", "Mohammed bin Rashid", "Le Van Thanh", "May Jansen"]


@pytest.mark.parametrize(("demonym", "code"), _STATES)
def test_a_titled_person_speaks_for_the_state_whatever_the_name(demonym: str, code: str) -> None:
    """A demonym, a title and a name of any shape: the person speaks for the demonym's state."""
    for title, name in itertools.product(_TITLES, _NAMES):
        text = f"{demonym} {title} {name} said Russia had staged the attack."
        assert outline(geostance.parse(text)) == [f"statement {code} -> RUS [assert]"], text


_SPEAKERS = [
    ("Chile", "CHL"),
    ("Chile's foreign ministry", "CHL"),
    ("Chilean Foreign Minister Ana Rojas", "CHL"),
    ("Ana Rojas, Chile's foreign minister,", "CHL"),
    ("the Organization of American States", "oas"),
]
_FORMS = [
    "{S} said {T}.",
    "{T}, {S} said.",
    "{T}, said {S}.",
    "According to {S}, {T}.",
    "{S} told reporters that {T}.",
    '"{Tq}," {S} said.',
    "{S} said in a statement that {T}.",
]
_CONTENTS = ["Peru had violated the border", "Peru must withdraw its troops", "Peruvian forces had fired first"]


@pytest.mark.parametrize(("speaker", "code"), _SPEAKERS)
@pytest.mark.parametrize("form", _FORMS)
def test_an_attribution_reads_the_same_wherever_it_stands(speaker: str, code: str, form: str) -> None:
    """Before, after or around what was said, the speaker's statement is about the actor its words name."""
    for content in _CONTENTS:
        lead = form.startswith("{S}")
        named = speaker[0].upper() + speaker[1:] if lead else speaker
        text = form.format(S=named, T=content, Tq=content)
        statements = outline(geostance.parse(text))
        assert any(s.startswith(f"statement {code} -> PER") for s in statements), text


_JOINT_SUBJECTS = [
    "Chile, Peru and Bolivia",
    "The foreign ministers of Chile, Peru and Bolivia",
    "Chile, Peru and Bolivia, in a joint statement,",
    "In a joint statement, Chile, Peru and Bolivia",
    "The governments of Chile, Peru and Bolivia",
    "Chilean, Peruvian and Bolivian officials",
    "Chile, along with Peru and Bolivia,",
    "Chile, Peru, and Bolivia",
]


@pytest.mark.parametrize("subject", _JOINT_SUBJECTS)
def test_every_state_of_a_joint_subject_speaks(subject: str) -> None:
    """However a joint subject lists its states, each of them makes the statement."""
    for predicate in ("urged Argentina to reopen the border.", "said Argentina had blocked trade."):
        statements = outline(geostance.parse(f"{subject} {predicate}"))
        speakers = {s.split()[1] for s in statements if s.startswith("statement") and "ARG" in s}
        assert speakers == {"CHL", "PER", "BOL"}, subject


_ACCUSERS = [
    ("Human Rights Watch accused Chile of torturing detainees.", "hrw"),
    ("A UN report said Chilean police had tortured detainees.", "un"),
    ("The European Union said Chile had tortured detainees.", "eu"),
    ("Amnesty International said in a report that Chilean police had tortured detainees.", "amnesty-international"),
    ("Peru's foreign minister, Luis Vega, accused Chile of torturing detainees.", "PER"),
    ("The UN human rights office said Chilean police had tortured detainees.", "ohchr"),
]
_DENIALS = [
    "Chile rejected the report.",
    "Chile's government called the findings biased.",
    "Santiago dismissed the allegations as false.",
    "Chile denied the charge.",
    'The Chilean foreign ministry said the report was "full of errors".',
    "Chilean officials rejected the accusations.",
]


@pytest.mark.parametrize(("accusation", "accuser"), _ACCUSERS)
def test_a_denial_answers_whoever_accused(accusation: str, accuser: str) -> None:
    """Whoever made the charge (a state, an organization, its report) and however it is denied, it is answered."""
    for denial in _DENIALS:
        rebuttals = [r for r in outline(geostance.parse(f"{accusation} {denial}")) if r.startswith("rebuttal")]
        assert any(r.startswith("rebuttal CHL answers") and accuser in r for r in rebuttals), denial


_LEADS = [
    "LIMA (Reuters) - Peru accused Chile on Monday of sending spy drones over its border.",
    "LIMA (Reuters) - Peru's foreign ministry said on Monday that Chilean drones had flown over its border.",
    "LIMA (Reuters) - Peruvian Foreign Minister Luis Vega accused Chile on Monday of flying spy drones.",
]
_BACKGROUND = [
    "\nThe two countries fought a war in the 19th century and have long disputed their maritime boundary.",
    "",
]
_ANSWERS = [
    "\nChile's foreign ministry denied the accusation.",
    "\nIn Santiago, the foreign ministry rejected the claim.",
    '\nChilean Foreign Minister Ana Rojas called the charge "absurd".',
    "\nSantiago denied any drone flights.",
    "\nA Chilean government spokesman said no drones had crossed the border.",
    '\n"There were no flights," Chile\'s defence ministry said in a statement.',
]


@pytest.mark.parametrize("lead", _LEADS)
@pytest.mark.parametrize("background", _BACKGROUND)
def test_a_denial_paragraphs_later_answers_the_lead(lead: str, background: str) -> None:
    """A denial in a later paragraph answers the lead's accuser, a background paragraph between or not."""
    for answer in _ANSWERS:
        assert "rebuttal CHL answers PER" in outline(geostance.parse(lead + background + answer)), answer


_CHARGES = [
    "NAIROBI (Reuters) - Kenya accused Uganda on Monday of arming rebels along their border.",
    "NAIROBI (Reuters) - Kenyan President William Ruto accused Uganda on Monday of arming rebels.",
    "NAIROBI (Reuters) - Kenya's foreign ministry said Ugandan officers had armed the rebels last week.",
    "NAIROBI (Reuters) - A Kenyan government report said Uganda had armed rebels along the border.",
]
_BETWEEN = [
    "",
    "\nThe United States said it was concerned by the reports and called for an investigation.",
    '\nTanzania offered to mediate. "We stand ready to help," its foreign minister said.',
    "\nThe border has been tense since 2021, when clashes killed dozens.",
]
_REPLIES = [
    "\nUganda denied the accusation.",
    "\nUganda's foreign ministry rejected the claims as baseless.",
    "\nIn Kampala, a government spokesman said the allegations were false.",
    '\n"We have never armed anyone," Uganda\'s defence minister said.',
    "\nUganda dismissed the report as propaganda.",
]


@pytest.mark.parametrize("charge", _CHARGES)
@pytest.mark.parametrize("between", _BETWEEN)
def test_a_reply_answers_the_charge_whoever_spoke_between(charge: str, between: str) -> None:
    """However the charge was made and whoever spoke in between (a third party, a mediator), the reply answers it."""
    for reply in _REPLIES:
        assert "rebuttal UGA answers KEN" in outline(geostance.parse(charge + between + reply)), reply


_FORMS = [
    "Uganda denied that it had supplied any weapons.",
    "Uganda has repeatedly denied arming the rebels.",
    "Uganda dismissed the report as propaganda.",
    "The allegations were denied by Uganda.",
    "In a rebuttal, Uganda said the weapons belonged to Kenyan police.",
    "Uganda pushed back against the accusation, saying it respected Kenya's sovereignty.",
    'Uganda said there was "no truth" in the report.',
    "Uganda insisted its forces had not crossed the border.",
    "Uganda countered that the weapons had come from Somalia.",
    'Uganda rejected what it called "baseless accusations" by Nairobi.',
    "Uganda brushed aside the accusations, calling them baseless.",
    "Uganda said the accusations were unacceptable.",
    "Uganda said the report was an attempt to distract from Kenya's own failures.",
    "Uganda questioned the credibility of the report.",
    "Uganda said Kenya had failed to provide any evidence.",
    "Uganda said it was Kenya that had armed the rebels.",
]


@pytest.mark.parametrize("form", _FORMS)
def test_a_denial_in_any_of_its_forms_answers_the_accuser(form: str) -> None:
    """Denials, rejections, judgments of the charge and counter-accounts all answer the one who made the charge."""
    text = "NAIROBI (Reuters) - Kenya accused Uganda of arming rebels.\nKenyan officials said weapons were found.\n"
    assert "rebuttal UGA answers KEN" in outline(geostance.parse(text + form))
