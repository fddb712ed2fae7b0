"""Each pipeline stage alone, on sentences written for the purpose."""

from __future__ import annotations

import inspect
import json
import re
from typing import TYPE_CHECKING

import pytest

import geostance
from geostance import ActorRecord, ClaimKind, Gazetteer, GazetteerError, PersonRecord
from geostance._cascade import wording
from geostance._cascade.catalogue import outline
from geostance._cascade.sentence import Sentence
from geostance._cascade.vocab import Vocabulary, vocabulary
from geostance._document import Document
from geostance._facts import find_facts
from geostance._lexicon import lexicon
from geostance._recognize import recognize_actors
from geostance._segment import find_dateline, find_quotes, paragraphs, sentences
from geostance.pipeline import segment

if TYPE_CHECKING:
    from pathlib import Path
from reading import speakers_from


def _doc(text: str) -> Document:
    doc = Document(text=text, gazetteer=Gazetteer.default(), lexicon=lexicon())
    segment(doc)
    recognize_actors(doc)
    return doc


# -- segmentation -----------------------------------------------------------
def test_paragraphs_are_trimmed_lines() -> None:
    """Paragraphs are the non-blank lines, with surrounding spaces trimmed."""
    text = "  First line.  \n\n Second line.\n"
    assert [text[p.start : p.end] for p in paragraphs(text)] == ["First line.", "Second line."]


def test_sentences_skip_abbreviations_and_keep_quotes_whole() -> None:
    """A sentence does not end at "U.N." or inside a quotation with its attribution."""
    text = 'The U.N. Security Council met. "We act. We wait," he said. Then it ended.'
    paras = paragraphs(text)
    quotes = find_quotes(text, paras)
    got = [text[s.start : s.end] for s in sentences(text, paras, quotes)]
    assert got == ["The U.N. Security Council met.", '"We act. We wait," he said.', "Then it ended."]


def test_quotes_curly_straight_and_unbalanced() -> None:
    """Curly and straight quotes pair up; an unclosed quote runs to the paragraph end; no exception."""
    text = 'He said “we refuse,” and “never\nShe said "no more" today'
    quotes = find_quotes(text, paragraphs(text))
    assert [(text[q.start : q.end], q.closed) for q in quotes] == [
        ("we refuse", True),
        ("never", False),
        ("no more", True),
    ]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        pytest.param(
            "Chile's envoy said the talks had stalled. 'We will not sign under pressure,' she told reporters.",
            ["We will not sign under pressure"],
            id="a-sentence-in-single-marks",
        ),
        pytest.param(
            "The ministry called the report ‘a crude fabrication’ and the Gulf states' concerns misplaced.",
            ["a crude fabrication"],
            id="curly-single-marks-and-a-plural-possessive",
        ),
        pytest.param(
            "Kenya's and Uganda's ministers met at the region's summit in the Gulf states' capital.",
            [],
            id="near-miss-possessives-only",
        ),
        pytest.param(
            "He said: \"The ministers rejected the 'Western narrative' outright.\"",
            ["The ministers rejected the 'Western narrative' outright."],
            id="near-miss-single-marks-inside-double-ones",
        ),
    ],
)
def test_single_quotation_marks_quote(text: str, quoted: list[str]) -> None:
    """SINGLE-QUOTES: 'a quotation in single marks' quotes as double marks do; apostrophes and possessives do not."""
    assert [text[q.start : q.end] for q in find_quotes(text, paragraphs(text))] == quoted


def test_a_denial_in_single_marks_is_a_rebuttal_with_a_closed_claim() -> None:
    """A judgment in single marks rebuts, and the claim closes the mark it opens."""
    article = geostance.parse(
        "Sudan accused the UAE of arming the RSF. The UAE foreign ministry called the allegation 'baseless and "
        "irresponsible'."
    )
    (rebuttal,) = article.rebuttals
    assert [claim.text for claim in rebuttal.claims] == ["called the allegation 'baseless and irresponsible'"]


def test_only_quote_marks_is_harmless() -> None:
    """Text made of quote marks yields no empty quotations and parses."""
    text = '“”""«»“' * 50
    assert find_quotes(text, paragraphs(text)) == []
    assert geostance.parse(text).statements == ()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("KABUL, AFGHANISTAN – The ministers met.", "KABUL, AFGHANISTAN"),
        ("MOSCOW — Officials said so.", "MOSCOW"),
        ("BEIJING (Xinhua) - The ministry said so.", "BEIJING"),
        ("ISLAMABAD: The office said so.", "ISLAMABAD"),
        ("BISHKEK. KABAR – The ministry said so.", "BISHKEK"),
        ("ST. PETERSBURG - The governor said so.", "ST. PETERSBURG"),
        ("Hanoi, 14 June - The ministry said so.", "Hanoi"),
        ("DODOMA, 2 March 2026 – The ministry said so.", "DODOMA"),
        ("QUITO, Oct 2, 2025 (AFP) - The ministry said so.", "QUITO, Oct 2"),
        ("GAROUA, Cameroon, Mar 3 (AFP) - The ministry said so.", "GAROUA, Cameroon"),
        ("HERAT, Afghanistan, Nov. 9 (AP) — The ministry said so.", "HERAT, Afghanistan"),
        ("SÃO PAULO (Reuters) - The governor said so.", "SÃO PAULO"),
        ("CIUDAD JUÁREZ, Mexico - The mayor said so.", "CIUDAD JUÁREZ, Mexico"),
    ],
)
def test_datelines(text: str, place: str) -> None:
    """Datelines with dashes, colons and agencies are found, with the place's span."""
    found = find_dateline(text)
    assert found is not None
    assert text[found[0] : found[1]] == place


def test_a_dateline_with_a_full_stop_is_no_sentence() -> None:
    """A dateline "BISHKEK. KABAR –" is the place and the agency; the story's first sentence follows them."""
    article = geostance.parse("BISHKEK. KABAR – Kyrgyzstan rejected the claims, a ministry spokesman said.")
    assert article.dateline is not None
    assert [r.speaker for r in article.rebuttals] + [s.speaker for s in article.statements] == ["KGZ"]


def test_no_dateline_in_ordinary_sentence() -> None:
    """An ordinary opening sentence is not a dateline."""
    assert find_dateline("Iran has rejected the statement by the three countries.") is None
    assert find_dateline("Talks ended on 14 June - a day early.") is None


def test_a_day_month_dateline_names_the_story_s_state() -> None:
    """A press release's "City, 14 June -" dateline is the home of a bare cabinet title (TITLE-OF-THE-DATELINE)."""
    text = (
        "Tashkent, 3 September - Minister of Foreign Affairs Dr. Bakhtiyor Rasulov today sent a letter to the "
        "Secretary-General regarding the Kazakh and Kyrgyz water quotas. In his letter, Minister Rasulov stressed "
        "that the quotas must be respected."
    )
    assert [s.speaker for s in geostance.parse(text).statements] == ["UZB"]


# -- recognition --------------------------------------------------------------
def test_country_inside_group_name_is_not_a_state() -> None:
    """Longest match wins: the "Pakistan" of Tehreek-e-Taliban Pakistan names no state."""
    doc = _doc("Officials said Tehreek-e-Taliban Pakistan was active.")
    assert [h.actor for h in doc.hits] == ["ttp"]


def test_capital_is_a_metonym_only_before_a_verb() -> None:
    """Check: "Moscow said" names Russia; "a summit in Astana" does not name Kazakhstan."""
    doc = _doc("Moscow said the summit in Astana was useful.")
    assert [(doc.text[h.start : h.end], h.actor) for h in doc.hits] == [("Moscow", "RUS")]


def test_capital_governed_by_a_de_facto_authority() -> None:
    """Check: "Kabul rejected" names the Taliban, the de facto authority the gazetteer records for Afghanistan."""
    doc = _doc("Kabul rejected the report.")
    assert [h.actor for h in doc.hits] == ["taliban"]


def test_acronym_case_matters() -> None:
    """Check: "US" names the United States; the pronoun "us" does not."""
    doc = _doc("The US told us nothing.")
    assert [doc.text[h.start : h.end] for h in doc.hits] == ["US"]


def test_capital_inside_a_name_names_no_state() -> None:
    """Check: a capital opening a name ("the Abuja Accord", "Tehran Times") or an agreement names no state."""
    doc = _doc("Nigeria cited the Abuja Accord, the Minsk agreements and a Tehran Times editorial. Moscow said no.")
    assert [(doc.text[h.start : h.end], h.actor) for h in [*doc.hits, *doc.capitals]] == [
        ("Nigeria", "NGA"),
        ("Moscow", "RUS"),
    ]


def test_mixed_case_acronym_matches_only_as_written() -> None:
    """Check: "JeM" names Jaish-e-Mohammed; "Jem" at a sentence start does not."""
    assert [h.actor for h in _doc("India blamed JeM for the attack.").hits] == ["IND", "jaish-e-mohammed"]
    assert [h.actor for h in _doc("Jem and others left. India was silent.").hits] == ["IND"]


def test_inline_definition_defines_an_unknown_actor() -> None:
    """Check: "Full Name (ACR)" introduces an organization the gazetteer lacks; later "ACR" names it too."""
    article = geostance.parse(
        "The Northern Lakes Water Council (NLWC) warned of shortages. The NLWC said more was needed."
    )
    (org,) = article.organizations
    assert (org.name, org.acronym) == ("Northern Lakes Water Council", "NLWC")
    assert [m.text for m in org.mentions] == ["Northern Lakes Water Council", "NLWC", "NLWC"]
    assert article.statements[0].speaker == org.id


def test_bare_congo_follows_the_context() -> None:
    """Bare "Congo" is the DRC, unless the text names the Republic of the Congo."""
    assert {h.actor for h in _doc("Rwanda and Congo signed a deal.").hits} == {"RWA", "COD"}
    assert {h.actor for h in _doc("The Republic of Congo held elections. Congo said they were fair.").hits} == {"COG"}


def test_ambiguous_acronym_follows_the_context() -> None:
    """Check: "IEA" is the Islamic Emirate where the text speaks of the Taliban."""
    doc = _doc("The Taliban met. The IEA said it would respond.")
    assert {h.actor for h in doc.hits} == {"taliban"}


# -- facts ----------------------------------------------------------------
def test_membership_list_and_founding_year() -> None:
    """A membership sentence and "Founded in" become stated facts of the organization."""
    text = (
        "Founded in 2001, the Shanghai Cooperation Organisation (SCO) is a regional bloc. "
        "Its members include China, Russia, India and Pakistan."
    )
    doc = _doc(text)
    find_facts(doc)
    fact = doc.facts["sco"]
    assert fact.founded == 2001
    assert fact.members == ["CHN", "RUS", "IND", "PAK"]
    assert fact.kind == "regional bloc"


def test_membership_stated_with_includes() -> None:
    """A sentence "The SCO ... includes China, Russia and India" states three memberships."""
    article = geostance.parse("The SCO, founded in 2001, includes China, Russia and India.")
    (sco,) = article.organizations
    assert sco.members == ("CHN", "RUS", "IND")
    assert sco.founded == 2001


def test_membership_stated_in_apposition() -> None:
    """A list in apposition ("the E3 countries –– France, Britain, and Germany ––") states memberships."""
    article = geostance.parse(
        "Iran accused the E3 countries –– France, Britain, and Germany –– of bad faith. "
        "The Gulf Cooperation Council (GCC) met in Doha."
    )
    members = {o.id: o.members for o in article.organizations}
    assert members == {"e3": ("FRA", "GBR", "DEU"), "gcc": ()}


def test_single_membership() -> None:
    """Check: "NATO member Turkey" states one membership."""
    article = geostance.parse("NATO member Turkey said it would not object.")
    (nato,) = article.organizations
    assert nato.members == ("TUR",)


# -- attribution and rebuttals -------------------------------------------------
def test_person_resolved_to_actor_by_apposition() -> None:
    """A named person speaks for the actor of their apposition, and later by surname."""
    article = geostance.parse(
        'Farid Osmani, a spokesman for the Arab League, urged calm. "We need talks now," Osmani said.'
    )
    (statement,) = article.statements
    assert statement.speaker == "arab-league"
    assert statement.person is not None
    assert statement.person.text == "Farid Osmani"
    assert [q.text for q in statement.quotes] == ["We need talks now"]


def test_adjective_and_role_names_a_state_speaker() -> None:
    """Check: "The Iranian foreign ministry" speaks for Iran, which becomes an actor of the article."""
    article = geostance.parse("The Iranian foreign ministry criticised the sanctions imposed by the European Union.")
    (statement,) = article.statements
    assert statement.speaker == "IRN"
    assert "IRN" in {s.id for s in article.states}


def test_joint_subject_gives_one_statement_per_state() -> None:
    """Check: "France, Germany and Italy urged ..." is one statement for each of them."""
    article = geostance.parse("France, Germany and Italy urged Russia to withdraw its troops.")
    assert [(s.speaker, s.targets) for s in article.statements] == [
        ("FRA", ("RUS",)),
        ("DEU", ("RUS",)),
        ("ITA", ("RUS",)),
    ]


def test_passive_demand_targets_its_subject() -> None:
    """In "Armenia has been urged to ..., he said" Armenia is the target, not the speaker."""
    article = geostance.parse(
        "Azerbaijan's foreign minister said talks would resume. Armenia has been urged to withdraw its forces, he said."
    )
    assert {(s.speaker, t) for s in article.statements for t in s.targets} == {("AZE", "ARM")}


def test_rebuttal_links_to_the_statement_it_answers() -> None:
    """A denial names whom it answers; both sides become each other's targets."""
    article = geostance.parse(
        "The European Union accused Belarus of staging the border crisis.\n"
        "Minsk rejected the accusations as baseless and said it had acted lawfully."
    )
    (statement,) = article.statements_by("EU") or article.statements_by("eu")
    (rebuttal,) = article.rebuttals
    assert rebuttal.speaker == "BLR"
    assert rebuttal.rebuts == (statement.id,)
    assert "BLR" in statement.targets
    assert rebuttal.claims[0].kind in {ClaimKind.REJECTION, ClaimKind.DENIAL}


def test_rebuttal_of_a_claim_reported_only_in_its_words() -> None:
    """A denial naming whose claim it answers makes that claim a statement, about the one denying it."""
    article = geostance.parse(
        'The Georgian foreign ministry said: "The information spread by Russia that Georgian troops '
        'crossed the line is a lie."'
    )
    (rebuttal,) = article.rebuttals
    assert rebuttal.speaker == "GEO"
    (answered,) = [s for s in article.statements if s.id in rebuttal.rebuts]
    assert answered.speaker == "RUS"
    assert answered.targets == ("GEO",)


def test_speaker_text_leaves_out_the_conjunction() -> None:
    """In "..., while Iran warned" the speaker is cited as "Iran", not "while Iran"."""
    article = geostance.parse("The US urged restraint, while Iran warned Israel of consequences.")
    assert [(s.speaker, s.speaker_text.text) for s in article.statements] == [("USA", "The US"), ("IRN", "Iran")]


def test_dismissed_warning_answers_the_warning() -> None:
    """Of the statements aimed at the rebutter, "dismissed the warning" answers the one that warned."""
    article = geostance.parse(
        "Hezbollah accused Israel of attacking civilians.\n"
        "Iran warned Israel that it would face consequences.\n"
        "Israel's foreign minister dismissed the warning."
    )
    (rebuttal,) = article.rebuttals
    assert {s.speaker for s in article.statements if s.id in rebuttal.rebuts} == {"IRN"}


def test_rebuttal_answers_every_joint_speaker() -> None:
    """After "The US and Britain condemned ...", "Iran rejected accusations" answers both statements."""
    article = geostance.parse(
        "The United States and Britain condemned the attack on the ship.\n"
        "Iran rejected accusations that it had supplied the missiles."
    )
    (rebuttal,) = article.rebuttals
    answered = {s.speaker for s in article.statements if s.id in rebuttal.rebuts}
    assert answered == {"USA", "GBR"}


def test_hit_back_at_an_actor_answers_it() -> None:
    """In "hit back at Canada over its allegations" Canada is the object, not a place."""
    article = geostance.parse(
        "India hit back at Canada over its allegations, calling them absurd.\n"
        "Canada's prime minister had told parliament that India was behind the killing."
    )
    (rebuttal,) = article.rebuttals
    assert {s.speaker for s in article.statements if s.id in rebuttal.rebuts} == {"CAN"}


def test_accusing_an_actor_while_rejecting_is_also_a_statement() -> None:
    """Rejecting a resolution while "accusing the OAS of serving Washington" is a rebuttal and an accusation."""
    article = geostance.parse(
        "The OAS called on Venezuela to publish the results.\n"
        "Venezuela's foreign minister rejected the resolution, accusing the OAS of serving Washington."
    )
    assert [r.speaker for r in article.rebuttals] == ["VEN"]
    assert ("VEN", "oas") in {(s.speaker, t) for s in article.statements for t in s.targets}


def test_joint_speakers_are_cited_by_their_own_names() -> None:
    """Each joint speaker's statement cites its own mention."""
    article = geostance.parse("Brazil, Colombia and Mexico urged Venezuela to release the vote tallies.")
    assert [(s.speaker, s.speaker_text.text) for s in article.statements] == [
        ("BRA", "Brazil"),
        ("COL", "Colombia"),
        ("MEX", "Mexico"),
    ]


def test_the_junta_is_the_last_speaker() -> None:
    """A sentence opening "The junta insists ..." continues the military government's rebuttal."""
    article = geostance.parse(
        "ASEAN urged Myanmar to end the violence.\n"
        "Myanmar's military government rejected the call as interference in its internal affairs.\n"
        "The junta insists that it is fighting terrorists."
    )
    (rebuttal,) = article.rebuttals
    assert rebuttal.speaker == "MMR"
    assert any("fighting terrorists" in c.text for c in rebuttal.claims)


def test_rebuttal_links_stay_within_reach() -> None:
    """A denial answers statements near it, not one made 20,000+ characters earlier in a huge text."""
    from geostance._cascade.links import ANSWER_REACH  # noqa: PLC0415 - the documented limit

    filler = "The weather was mild and the markets were calm. " * (ANSWER_REACH // 48 + 10)
    near = geostance.parse("Kenya accused Somalia of hosting militants.\nSomalia rejected the accusation.")
    far = geostance.parse(f"Kenya accused Somalia of hosting militants.\n{filler}\nSomalia rejected the accusation.")
    assert near.rebuttals[0].rebuts == (near.statements[0].id,)
    assert far.rebuttals[0].rebuts == ()


def test_went_on_to_say_is_still_speech() -> None:
    """A quotation followed by "the minister went on to say" is the minister's, unlike other infinitives."""
    article = geostance.parse(
        "Ghana's foreign minister said on Monday that the talks would go on.\n"
        '"We will not accept any interference in our elections," the minister went on to say.'
    )
    quoted = [(s.speaker, q.text) for s in article.statements for q in s.quotes]
    assert quoted == [("GHA", "We will not accept any interference in our elections")]


def test_demand_to_keep_out_of_own_affairs_rebuts() -> None:
    """Warning another not to meddle in one's own internal affairs rebuts it; in others' affairs it does not."""
    own = geostance.parse(
        "Belarus warned Lithuania not to meddle in Belarus's internal affairs.\n"
        "Lithuania's foreign minister said that the elections in Belarus were neither free nor fair."
    )
    (rebuttal,) = own.rebuttals
    assert rebuttal.speaker == "BLR"
    assert {s.speaker for s in own.statements if s.id in rebuttal.rebuts} == {"LTU"}
    others = geostance.parse(
        "The GCC called on Iran to change its policies, condemning its interference in the internal affairs of "
        "regional countries."
    )
    assert others.rebuttals == ()


def test_journalist_narrative_is_not_a_statement() -> None:
    """Narrative without a speaking actor ("These concerns are driven by ...") yields no statement."""
    article = geostance.parse("The takeover has raised concerns in the region. These concerns are driven by attacks.")
    assert article.statements == ()


def _dyads(text: str) -> set[tuple[str, str | None]]:
    """The (speaker, target) pairs of the statements parsed from `text` (None for no target)."""
    article = geostance.parse(text)
    return {(s.speaker, t) for s in article.statements for t in (s.targets or (None,))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The move came after two NATO officials told reporters that Russia had massed troops.",
            {("nato", "RUS")},
            id="subordinate-clause-subject",
        ),
        pytest.param(
            "The African Union said the rebels were armed with NATO-standard rifles.",
            {("au", None)},
            id="compound-modifier-is-no-target",
        ),
        pytest.param(
            "The European Union condemned the attacks in Taliban-controlled Afghanistan by Iran-backed militias.",
            {("eu", None)},
            id="participle-compounds-are-modifiers-too",
        ),
        pytest.param(
            "This comes as earlier Moscow claimed that militants were crossing into Central Asia.",
            {("RUS", None)},
            id="comes-as-clause-subject",
        ),
        pytest.param(
            "Hamas fighters have left the area, Qatar's foreign ministry told Egyptian media on Monday.",
            {("QAT", "hamas")},
            id="told-hearer-is-not-the-content",
        ),
        pytest.param(
            "Turkey's foreign minister told the Kenyan press that Hamas fighters had left the area.",
            {("TUR", "hamas")},
            id="told-hearer-that-content",
        ),
        pytest.param(
            "Accusing Washington of hypocrisy, the Chinese foreign ministry said the sanctions were illegal.",
            {("CHN", "USA")},
            id="opening-participle-belongs-to-the-speaker",
        ),
        pytest.param(
            "Claiming that the motion was drafted by groups influenced by Serbia, Croatia said it was biased.",
            {("HRV", "SRB")},
            id="two-items-without-and-are-no-list",
        ),
        pytest.param(
            "Egypt said that representatives from the African Union attended the talks in Cairo.",
            {("EGY", "au")},
            id="people-from-an-actor-are-not-a-place",
        ),
        pytest.param(
            "Qatar said that its envoy returned from Afghanistan on Monday.",
            {("QAT", None)},
            id="from-a-country-is-a-place",
        ),
        pytest.param(
            "Uzbekistan warned that the Islamic State affiliate in Afghanistan was recruiting.",
            {("UZB", "iskp")},
            id="descriptive-alias-of-iskp",
        ),
        pytest.param(
            "The Security Council condemned the launch of a missile that flew over Japan.",
            {("unsc", None)},
            id="flying-over-a-country-is-a-place",
        ),
        pytest.param(
            "India urged the OIC to refrain from making such references in the future.",
            {("IND", "oic")},
            id="cue-after-such-is-a-noun",
        ),
        pytest.param(
            "Hanoi dismissed the statement by Australia on Friday that criticised China.",
            {("AUS", "CHN")},
            id="relative-clause-speaker",
        ),
        pytest.param(
            "The E3 governments met in Paris. On Friday France, Britain and Germany in a joint declaration "
            "urged Iran to comply.",
            {("e3", "IRN")},
            id="listed-members-of-a-group-named-before-speak-as-the-group",
        ),
        pytest.param(
            "France, Britain and Germany urged Iran to comply. The three countries form the E3.",
            {("FRA", "IRN"), ("GBR", "IRN"), ("DEU", "IRN")},
            id="listed-members-of-a-group-named-only-later-speak-for-themselves",
        ),
        pytest.param(
            "France, Britain and Germany urged Iran to comply.",
            {("FRA", "IRN"), ("GBR", "IRN"), ("DEU", "IRN")},
            id="listed-states-speak-for-themselves-when-no-group-is-named",
        ),
        pytest.param(
            "Hamas wants to expand its influence and has opened offices abroad, reports said.",
            set(),
            id="unnamed-reports-are-no-speaker",
        ),
        pytest.param(
            "Al-Shabaab wants to build a state across the whole region and Kenya holds Al-Shabaab accountable.",
            {("KEN", "al-shabaab")},
            id="second-coordinated-clause-has-its-own-subject",
        ),
        pytest.param(
            "Russia and China said the sanctions were illegal.",
            {("RUS", None), ("CHN", None)},
            id="a-short-coordination-is-a-joint-subject",
        ),
        pytest.param(
            "Pakistan called on Kabul to rein in the Tehreek-e-Taliban Pakistan.",
            {("PAK", "taliban"), ("PAK", "ttp")},
            id="particle-of-a-phrasal-verb-is-no-place",
        ),
        pytest.param(
            "Thailand lodged a strong protest with Cambodia over the shelling.",
            {("THA", "KHM")},
            id="lodged-a-protest-accuses",
        ),
        pytest.param(
            "The African Union and the Arab League called for restraint.",
            {("au", None), ("arab-league", None)},
            id="joint-subject-with-articles",
        ),
        pytest.param(
            "China urged Russia to condemn the attack.",
            {("CHN", "RUS")},
            id="an-infinitive-is-no-act-of-its-subject",
        ),
        pytest.param(
            "Turkey refused to condemn Hamas.",
            set(),
            id="a-refusal-to-condemn-is-no-accusation",
        ),
        pytest.param(
            "Norway summoned the Russian ambassador over the incident.",
            {("NOR", "RUS")},
            id="summoning-an-ambassador-accuses",
        ),
        pytest.param(
            "France and Germany also summoned Iranian diplomats.",
            {("FRA", "IRN"), ("DEU", "IRN")},
            id="demonym-inside-the-cue-is-its-object",
        ),
        pytest.param(
            "Rwanda's U.N. ambassador criticised Congo on Tuesday.",
            {("RWA", "COD")},
            id="a-states-envoy-to-an-organization-speaks-for-the-state",
        ),
        pytest.param(
            "Armenia held Azerbaijan fully responsible for the shelling of border villages.",
            {("ARM", "AZE")},
            id="a-verb-around-its-object-holds-responsible",
        ),
        pytest.param(
            "Ecuador's president took Colombia to task over the tariffs.",
            {("ECU", "COL")},
            id="a-verb-around-its-object-takes-to-task",
        ),
        pytest.param(
            "Kenya said the agency holds talks with officials responsible for border security.",
            {("KEN", None)},
            id="holding-talks-with-responsible-officials-accuses-nobody",
        ),
        pytest.param(
            "Peru lodged a formal complaint with Chile about the fishing fleet.",
            {("PER", "CHL")},
            id="the-addressee-of-a-protest-note-is-its-target",
        ),
        pytest.param(
            "Greece warned Turkey not to send the survey ship into disputed waters.",
            {("GRC", "TUR")},
            id="warning-not-to-has-its-infinitive-as-content",
        ),
        pytest.param(
            "Afghanistan's interim Taliban government warned Pakistan.",
            {("taliban", "PAK")},
            id="an-actor-inside-the-possessed-phrase-is-its-head",
        ),
        pytest.param(
            "Venezuela's defence ministry accused Guyana of arming militias. The Organization of American States "
            "said the two sides should talk. The ministry spokesman said Guyana was lying.",
            {("VEN", "GUY"), ("oas", "VEN"), ("oas", "GUY")},
            id="a-state-body-after-an-organization-is-the-last-state-s",
        ),
        pytest.param(
            "Cuba condemned the naval exercises by the United States and Colombia near its waters.",
            {("CUB", "USA"), ("CUB", "COL")},
            id="an-action-by-actors-targets-them",
        ),
        pytest.param(
            "Canada said it would sanction several Chinese firms over drone parts.",
            {("CAN", "CHN")},
            id="a-state-s-firms-stand-for-it",
        ),
        pytest.param(
            "Serbia accused Kosovo of provoking unrest. The European Union urged calm. The army said its units "
            "stayed in their barracks.",
            {("SRB", "XKX"), ("eu", None), ("SRB", None)},
            id="the-army-is-a-state-s-not-the-union-s",
        ),
        pytest.param(
            "The Arab League urged Ethiopia to halt the dam. The foreign ministers said the talks had failed.",
            {("arab-league", "ETH")},
            id="plural-ministers-may-be-the-organization-s",
        ),
    ],
)
def test_speaker_and_target_rules(text: str, expected: set[tuple[str, str | None]]) -> None:
    """Each attribution rule, on a sentence written for it."""
    assert _dyads(text) == expected


def test_prepositional_phrase_before_that_is_not_the_claim() -> None:
    """In "said in a separate statement that X" the claim starts after "that"."""
    article = geostance.parse(
        "The G7 condemned the missile launch.\n"
        "North Korea rejected the statement. Its foreign minister said in a separate statement "
        "that the G7 had no right to judge."
    )
    (rebuttal,) = article.rebuttals
    assert "the G7 had no right to judge" in [c.text for c in rebuttal.claims]


def test_document_named_in_a_relative_clause_speaks_later() -> None:
    """After "a joint statement by Canada and Mexico that urged ...", "read the joint statement" is theirs."""
    article = geostance.parse(
        "The talks followed a joint statement by Canada and Mexico that urged Cuba to free prisoners.\n"
        '"We expect all political prisoners to be released without delay," read the joint statement.'
    )
    quoted = [(s.speaker, q.text) for s in article.statements for q in s.quotes]
    assert quoted == [("CAN", "We expect all political prisoners to be released without delay")]


def test_family_name_first_is_remembered() -> None:
    """After "spokesperson Mao Ning", "Mao said" is the same speaker, not the last one."""
    article = geostance.parse(
        "China rejected the report. Foreign ministry spokesperson Mao Ning told reporters it was false.\n"
        "NATO urged China to stop supplying Russia.\n"
        "Mao said the sanctions were illegal."
    )
    assert {r.speaker for r in article.rebuttals} == {"CHN"}
    assert "the sanctions were illegal" in [c.text for r in article.rebuttals for c in r.claims]


def test_quoted_term_does_not_hide_the_reported_clause() -> None:
    """With only a quoted word ('"baseless"'), the claim is the clause after the speech verb."""
    article = geostance.parse(
        "Egypt accused Ethiopia of violating the deal. Ethiopia rejected the accusation.\n"
        'Its foreign ministry said the allegations were "baseless" and that it remained committed to talks.'
    )
    (rebuttal,) = article.rebuttals
    assert any("remained committed to talks" in c.text for c in rebuttal.claims)


def test_pronoun_right_before_the_verb_is_the_subject() -> None:
    """In "... disappearances, issues it said have fuelled unrest" "it" is the sentence's speaker, not Kenya."""
    article = geostance.parse(
        "Al-Shabaab accused the Kenyan government of detentions and disappearances, issues it said have fuelled unrest."
    )
    assert {s.speaker for s in article.statements} == {"al-shabaab"}
    assert {t for s in article.statements for t in s.targets} == {"KEN"}


def test_answer_to_another_actors_statement_is_a_rebuttal() -> None:
    """An answer to X's statement ("In reaction to X's statement ..., Y said") rebuts X; X's clause ends at Y."""
    article = geostance.parse(
        "In reaction to the European Union's statement in which they expressed concerns over the elections, "
        "the Georgian government said there will be no interference in the vote."
    )
    (rebuttal,) = article.rebuttals
    assert rebuttal.speaker == "GEO"
    (statement,) = article.statements
    assert statement.speaker == "eu"
    assert rebuttal.rebuts == (statement.id,)
    assert "GEO" not in statement.targets


def test_answer_to_a_request_is_not_a_rebuttal() -> None:
    """A response to a call is compliance as often as refusal: no rebuttal."""
    article = geostance.parse(
        "In response to the European Union's call for talks, the Georgian government said it would send a delegation."
    )
    assert article.rebuttals == ()


def test_counter_verb_with_a_demand_stays_a_statement() -> None:
    """A targeted actor "insisting that Kabul must ..." while pressing Kabul makes a demand, not a rebuttal."""
    article = geostance.parse(
        "The Taliban accused Pakistan of violating Afghan airspace.\n"
        "Pakistan's prime minister urged Kabul to act, insisting that it must stop the militants."
    )
    assert article.rebuttals == ()
    assert ("PAK", "taliban") in {(s.speaker, t) for s in article.statements for t in s.targets}


# -- gazetteer ---------------------------------------------------------------
def test_user_gazetteer_extends_the_default() -> None:
    """A user's records are recognised alongside the shipped ones."""
    mine = Gazetteer.default().extend(
        [ActorRecord(type="group", id="river-front", name="River Front", aliases=("the Front",), kind="armed group")],
        [PersonRecord(id="ada-rook", name="Ada Rook", actor="river-front", aliases=("Rook",))],
    )
    article = geostance.parse("Ada Rook warned Chad against new strikes on River Front positions.", gazetteer=mine)
    assert article.statements[0].speaker == "river-front"
    assert "TCD" in article.statements[0].targets


def test_gazetteer_from_files_and_errors(tmp_path: Path) -> None:
    """Gazetteer files load in the shipped format; a dangling reference is a GazetteerError."""
    good = tmp_path / "g.json"
    good.write_text(json.dumps({"groups": [{"id": "x-front", "name": "X Front"}]}), encoding="utf-8")
    gazetteer = Gazetteer.from_files(good)
    assert gazetteer.get("x-front") is not None
    assert len(gazetteer) == 1
    bad = tmp_path / "b.json"
    bad.write_text(json.dumps({"organizations": [{"id": "o", "name": "O", "members": ["ZZZ"]}]}), encoding="utf-8")
    with pytest.raises(GazetteerError, match="ZZZ"):
        Gazetteer.from_files(bad)
    with pytest.raises(GazetteerError, match=r"missing\.json"):
        Gazetteer.from_files(tmp_path / "missing.json")


def test_shipped_gazetteer_covers_the_un() -> None:
    """The shipped gazetteer holds every state with ISO codes.

    Every UN member and observer state is in the shipped gazetteer with ISO codes, and so are Taiwan and
    Kosovo (states of limited recognition, ANNOTATION: Taiwan is a state).
    """
    states = [r for r in Gazetteer.default() if r.type == "state"]
    assert len(states) == 197
    assert all(r.alpha2 and r.alpha3 == r.id for r in states)
    assert {"TWN", "XKX"} <= {r.id for r in states}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Chad said it had not moved troops, and Sudan accused it of lying.",
            ["statement SDN -> TCD [accuse]", "statement TCD -> - [assert]"],
            id="and-subject-simple-past",
        ),
        pytest.param(
            "Peru said the mine was legal, but Bolivia urged it to close the site.",
            ["statement BOL -> PER [demand]", "statement PER -> - [assert]"],
            id="but-subject-simple-past",
        ),
        pytest.param(
            "Chad said its troops had stayed home, and that Sudan had lied.",
            ["statement TCD -> SDN [assert]"],
            id="near-miss-and-that",
        ),
        pytest.param(
            "Chad said the talks had failed, and Sudan would pay for it.",
            ["statement TCD -> SDN [assert]"],
            id="near-miss-modal",
        ),
    ],
)
def test_a_narrator_clause_after_a_report_is_its_own(text: str, expected: list[str]) -> None:
    """NARRATOR-CLAUSE: ", and Y accused X" after "X said ..." is the writer's clause: a report would shift it back."""
    assert outline(geostance.parse(text)) == expected


def test_a_body_opening_a_joined_clause_is_the_sentence_s_actor() -> None:
    """ABSOLUTE-OPENING: ", and government spokesman Name told ..." speaks for the actor the sentence opened with."""
    article = geostance.parse(
        "Serbia's government accused Montenegro of a smear campaign. Montenegro said the claims were baseless, and "
        "government spokesman Marko Vukovic told reporters that Serbs in the country were safe."
    )
    assert {s.speaker for s in article.statements} | {r.speaker for r in article.rebuttals} == {"SRB", "MNE"}
    assert [s.speaker for s in article.statements if s.speaker == "SRB"] == ["SRB"]


@pytest.mark.parametrize(
    "text",
    ["Zambia accused Malawi on Monday of supporting the rebels.", "Zambia blamed Malawi for backing the rebels."],
)
def test_a_gerund_after_of_or_for_is_the_charge_not_an_act(text: str) -> None:
    """ACCUSE-X-OF: "accused Y of supporting Z" charges Y; Y makes no statement of support."""
    assert [s.speaker for s in geostance.parse(text).statements] == ["ZMB"]


def test_a_news_agency_relay_after_an_attribution_reports_nothing() -> None:
    """TAIL-RELAY: "..., spokeswoman Name said, a correspondent reports": the spokeswoman said what comes before."""
    article = geostance.parse(
        "Mongolia does not host foreign troops and regards the reports as baseless, Foreign Ministry spokeswoman "
        "Oyun Bat said on Tuesday, a Montsame correspondent reports."
    )
    (statement,) = article.statements
    assert statement.speaker == "MNG"
    assert statement.speaker_text.text == "Foreign Ministry spokeswoman Oyun Bat"


@pytest.mark.parametrize(
    "text",
    [
        "Mongolia does not host foreign troops, Foreign Ministry spokeswoman Oyun Bat said on Tuesday.",
        "Chile rejects the claims, Foreign Ministry spokesman Luis Rojas said.",
    ],
)
def test_a_title_after_an_object_and_a_comma_opens_a_new_subject(text: str) -> None:
    """APPOSITION: "host foreign troops, spokeswoman Name said": an object is never in apposition with the speaker."""
    article = geostance.parse(text)
    assert [s.speaker_text.text for s in article.statements] + [r.speaker_text.text for r in article.rebuttals] == [
        text.split(", ")[1].rsplit(" said", 1)[0]
    ]


def test_a_name_beside_a_role_inside_a_longer_phrase_speaks_for_the_role() -> None:
    """ROLE-STRETCH: "remarks by X's envoy for Y, Name, who told ...": Name is X's envoy, and the quote is X's."""
    article = geostance.parse(
        "Chile dismissed comments by the Peruvian envoy for fisheries policy, Luis Paredes, who told reporters that "
        'Chilean trawlers were "plundering our waters without shame."'
    )
    assert [(s.speaker, [q.text for q in s.quotes]) for s in article.statements] == [
        ("PER", ["plundering our waters without shame."])
    ]


def test_a_rebutter_speaking_jointly_with_another_does_not_make_it_a_rebutter() -> None:
    """LAST-REBUTTER: a rebutter's plain words go on rebutting, but not words it says together with another."""
    article = geostance.parse(
        "Ethiopia accused Egypt of stalling the talks. Egypt rejected the charge. Later, Egypt and Sudan said they "
        "wanted a binding deal on the dam."
    )
    assert [line for line in outline(article) if line.startswith("rebuttal")] == ["rebuttal EGY answers ETH"]
    assert "SDN" in {s.speaker for s in article.statements}


@pytest.mark.parametrize(
    ("reply", "rebuts"),
    [
        ("Mali said its forces act in strict respect of international humanitarian law.", True),
        ("Mali said its troops operate in full compliance with international law.", True),
        ("Mali said its forces would respect the truce.", False),
    ],
)
def test_the_accused_assuring_it_keeps_the_law_rebuts(reply: str, *, rebuts: bool) -> None:
    """ASSURANCE: the accused saying it acts in line with international law answers the accusation."""
    article = geostance.parse(f"The UN accused Mali's army of killing civilians. {reply}")
    assert bool(article.rebuttals) == rebuts


@pytest.mark.parametrize(
    ("reply", "rebuts"),
    [
        ("The SDF claimed in a statement on Monday that its forces had not fired.", True),
        ("The SDF insisted in a televised address that none of its units had been near the city.", True),
        ("The SDF claimed in a statement the right to answer any attack.", False),
    ],
)
def test_a_counter_claim_after_a_channel_still_reports(reply: str, *, rebuts: bool) -> None:
    """COUNTER-CLAIM: "claimed in a statement that ..." reports a claim as "claimed that ..." does."""
    article = geostance.parse(f"Syria accused the SDF of shelling Aleppo. {reply}")
    assert bool(article.rebuttals) == rebuts


@pytest.mark.parametrize(
    ("reply", "answered"),
    [
        ('Libya dismissed as "exaggerated" media accounts of a security vacuum in Tripoli.', "-"),
        ("Libya rejected as unfounded press accounts of a coup in Tripoli.", "-"),
        ("Libya dismissed as baseless the claims by Egypt of a security vacuum.", "EGY"),
    ],
)
def test_a_report_after_as_and_a_judgment_is_the_rejected_object(reply: str, answered: str) -> None:
    """REJECT-CLAIM: "dismissed as 'exaggerated' media accounts of ...": the report is the object, hearsay here."""
    article = geostance.parse(f"Egypt said the talks in Cairo had gone well. {reply}")
    assert [line for line in outline(article) if line.startswith("rebuttal")] == [f"rebuttal LBY answers {answered}"]


def test_a_title_after_a_state_opening_its_sentence_is_that_state_s() -> None:
    """PARAGRAPH-TOPIC: "Chile will not cede ..., Foreign Minister Name said": the minister is Chile's."""
    article = geostance.parse(
        "Chile will not cede any territory, Foreign Minister Ana Lagos said on Friday, days after Bolivia sent a "
        "note accusing Santiago of provocations."
    )
    assert [(s.speaker, s.person.text if s.person else None) for s in article.statements] == [("CHL", "Ana Lagos")]


def test_he_is_the_person_who_is_the_subject_after_an_opening_participle() -> None:
    """PRONOUN: "Asked about remarks by X's president, who said ..., Name did not hesitate. '...,' she said"."""
    article = geostance.parse(
        "Chile will not cede any territory, Foreign Minister Ana Lagos said on Friday.\nAsked about remarks by "
        "Bolivia's president, who said the corridor belonged to Bolivia, Lagos did not hesitate. "
        '"That thesis has no basis at all," she said.'
    )
    assert [(r.speaker, [c.text for c in r.claims]) for r in article.rebuttals] == [
        ("CHL", ["That thesis has no basis at all"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "SEOUL (Yonhap) -- South Korea lodged a protest with China over the flights, the government's spokesman said.",
        "South Korea lodged a protest with China over the flights on Tuesday, the government's spokesman said.",
    ],
)
def test_the_government_before_anyone_spoke_is_the_story_s_state(text: str) -> None:
    """HOME-BODY: "the government's spokesman" before anyone spoke is the story's state.

    The dateline's state, or the one opening the paragraph; not the last state named ("with China").
    """
    assert [s.speaker for s in geostance.parse(text).statements] == ["KOR"]


def test_a_number_with_thousands_separators_is_one_word() -> None:
    """Units: "3,000" is one number, not "3", a comma and "000" (a comma there would end a clause)."""
    sentence = Sentence(_doc("Kenya said between 3,000 and 4,000 troops had crossed."), 0, vocabulary())
    assert [u.low for u in sentence.units if u.tag == "9"] == ["3,000", "4,000"]
    article = geostance.parse(
        "Rwanda's envoy, Ana Uwase, spoke on Monday. Uwase, who was answering a report by UN experts that put the "
        "troops at between 3,000 and 4,000, went on to accuse Kinshasa of arming the rebels."
    )
    assert ("RWA", ("COD",)) in [(s.speaker, s.targets[:1]) for s in article.statements]


@pytest.mark.parametrize(
    ("reply", "answered"),
    [
        ("Bahrain rejected the claim that it had breached the trade treaty.", "QAT"),
        ("Bahrain rejected the accusation.", "gcc"),
    ],
)
def test_a_rebuttal_answers_the_accusation_its_words_take_up(reply: str, answered: str) -> None:
    """ANSWER-BY-ECHO: of two accusers, the one whose words the denial takes up; with no echo, the latest."""
    article = geostance.parse(
        "Qatar accused Bahrain of breaching the trade treaty signed in 2019. The GCC accused Bahrain of stalling "
        f"the border talks. {reply}"
    )
    assert [line for line in outline(article) if line.startswith("rebuttal")] == [f"rebuttal BHR answers {answered}"]


@pytest.mark.parametrize(
    ("opener", "expected"),
    [
        ("The reply from Lomé came within hours.", "rebuttal TGO answers GHA"),
        ("The reply came within hours.", "rebuttal GHA answers -"),
    ],
)
def test_a_government_title_after_a_paragraph_naming_one_state_is_its(opener: str, expected: str) -> None:
    """PARAGRAPH-TOPIC: a government title after a paragraph opener naming one state (a capital here) is its."""
    article = geostance.parse(
        f"Ghana accused Togo of detaining two journalists.\n{opener} Government spokesperson Kofi Amegah said the "
        "claims were fiction."
    )
    assert [line for line in outline(article) if line.startswith("rebuttal")] == [expected]


def test_an_actor_subject_after_an_opening_participle_is_the_voice_next() -> None:
    """PRONOUN: "Asked about the remarks, X's Foreign Ministry was curt. '...,' spokesperson Name said": X's."""
    article = geostance.parse(
        "Fiji accused Indonesia of abuses in Papua.\nAsked about the remarks, Indonesia's Foreign Ministry was curt. "
        '"Papua is part of our republic, full stop," spokesperson Budi Santoso told reporters.'
    )
    assert [(s.speaker, [q.text for q in s.quotes]) for s in article.statements if s.quotes] == [
        ("IDN", ["Papua is part of our republic, full stop"])
    ]


@pytest.mark.parametrize(
    ("text", "rebutter"),
    [
        ("Moldova accused Russia of meddling. Russia rejected the claims, spokeswoman Anna Sorokina said.", "RUS"),
        ("Peru accused Chile of spying. Chile denied the charge on Monday, spokesman Luis Rojas said.", "CHL"),
    ],
)
def test_a_voice_after_a_clause_an_actor_opens_is_that_actor_s(text: str, rebutter: str) -> None:
    """REPORTED-SUBJECT: "Russia rejected the claims, spokeswoman Name said": the spokeswoman is Russia's."""
    assert [r.speaker for r in geostance.parse(text).rebuttals] == [rebutter]


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        ("In a statement,", ["rebuttal PAK answers IND", "statement IND -> - [assert]"]),
        (
            "Later, villagers fled. The next day",
            ["rebuttal PAK answers IND", "statement IND -> - [assert]", "statement IND -> - [assert]"],
        ),
    ],
)
def test_a_state_body_right_after_a_state_spoke_is_its(between: str, expected: list[str]) -> None:
    """JUST-SPOKE-BODY: "X's military rejected it. ... the army said": X's army, not the army named first (Y's).

    With a sentence between that no one speaks in, the army tied earlier is meant again.
    """
    article = geostance.parse(
        "The Indian army said militants had crossed the line. Pakistan's military rejected the account. "
        f"{between} the army said the infiltrators had been turned back."
    )
    assert outline(article) == expected


def test_told_the_hearer_a_clause_without_that() -> None:
    """In "told reporters it was baseless" the clause after the hearer is what was said."""
    article = geostance.parse(
        "Chile accused Bolivia of blocking the corridor.\n"
        "Bolivia's vice minister told reporters the charge was baseless."
    )
    (rebuttal,) = article.rebuttals
    assert rebuttal.speaker == "BOL"
    assert [c.text for c in rebuttal.claims] == ["the charge was baseless"]


def test_warning_to_keep_out_of_own_affairs_carries_its_words() -> None:
    """Warning X not to meddle in one's internal affairs rebuts X, with the warning's words as the claim."""
    article = geostance.parse(
        "Georgia's parliament speaker criticised the conduct of Azerbaijan's local elections.\n"
        "Azerbaijan warned Georgia not to interfere in its internal affairs."
    )
    rebuttals = [r for r in article.rebuttals if r.speaker == "AZE"]
    assert rebuttals, article.rebuttals
    assert any("interfere in its internal affairs" in c.text for c in rebuttals[0].claims)


@pytest.mark.parametrize(
    "text",
    [
        "Canada accused Iran of hostage diplomacy.\nIran's envoy said last week that the charge was baseless.",
        "Canada accused Iran of hostage diplomacy.\nIran said Thursday that the charge was baseless.",
        "Canada accused Iran of hostage diplomacy.\nIran earlier this month said that the charge was baseless.",
    ],
    ids=["last-week", "weekday", "earlier-this-month"],
)
def test_time_adverbial_between_verb_and_clause(text: str) -> None:
    """A time adverbial ("last week", "Thursday") between the verb and "that" leaves the clause reported."""
    (rebuttal,) = parse_rebuttals(text)
    assert rebuttal.speaker == "IRN"
    assert [c.text for c in rebuttal.claims] == ["the charge was baseless"]


def parse_rebuttals(text: str) -> tuple[geostance.Rebuttal, ...]:
    """The rebuttals of a parsed text."""
    return geostance.parse(text).rebuttals


def speakers_of(article: geostance.Article) -> set[str]:
    """Everyone who makes a statement or a rebuttal in a parsed article."""
    return {s.speaker for s in article.statements} | {r.speaker for r in article.rebuttals}


def test_judgment_after_a_prepositional_phrase_of_the_object() -> None:
    """A judgment right after the object's prepositional phrase is the complement.

    In 'called X's stance in the talks "false and irrational."' the claim also keeps the
    closing quotation mark it opened.
    """
    article = geostance.parse(
        'Argentina urged Britain to negotiate.\nBritain called Argentina\'s stance in the talks "false and irrational."'
    )
    (rebuttal,) = article.rebuttals
    assert rebuttal.speaker == "GBR"
    (claim,) = rebuttal.claims
    assert claim.text.count('"') == 2


def test_a_demonym_names_the_author_of_a_report() -> None:
    """Criticising "the Dutch report" answers the Netherlands, cited by the adjective."""
    article = geostance.parse("Turkey's foreign ministry criticised the Dutch report on Sunday.")
    (rebuttal,) = article.rebuttals
    (answered,) = [s for s in article.statements if s.id in rebuttal.rebuts]
    assert (answered.speaker, answered.speaker_text.text) == ("NLD", "Dutch")


def _answered_by(article: geostance.Article) -> set[tuple[str, str]]:
    """The (rebutter, speaker of an answered statement) pairs of a parsed article."""
    by_id = {s.id: s.speaker for s in article.statements}
    return {(r.speaker, by_id[x]) for r in article.rebuttals for x in r.rebuts}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Kyiv rejected the Russian account of the raid.", {("UKR", "RUS")}, id="demonym-before-of-event"),
        pytest.param(
            "Manila dismissed the Chinese version of the collision near the reef.",
            {("PHL", "CHN")},
            id="version-of-an-event",
        ),
        pytest.param(
            "Kyiv rejected the claims of the Russian defence ministry.", {("UKR", "RUS")}, id="of-an-actor-is-author"
        ),
        pytest.param("Egypt rejected the statement from Cairo's rivals in Tripoli.", set(), id="no-actor-no-author"),
    ],
)
def test_an_of_phrase_names_a_report_s_author_only_when_it_names_someone(
    text: str, expected: set[tuple[str, str]]
) -> None:
    """AUTHOR-OF: 'the claims of X' cites X; 'the account of the raid' is about the raid, whose author comes first."""
    assert _answered_by(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        (
            "Jordan said it was ready to host talks. In a joint letter, Egypt and Jordan rejected the Israeli account "
            "of the raid."
        ),
        (
            "Qatar said on Sunday that it would keep mediating. Qatar and Egypt on Monday dismissed the Israeli "
            "allegations as baseless."
        ),
    ],
)
def test_co_rebutters_do_not_answer_one_another(text: str) -> None:
    """JOINT-REBUTTAL: actors denying together answer the same party, not one co-rebutter's earlier words."""
    pairs = _answered_by(geostance.parse(text))
    assert pairs
    assert all(answered == "ISR" for _, answered in pairs)


@pytest.mark.parametrize(
    "text",
    [
        "Cairo denied visas to a delegation of Sudanese officials on Monday.",
        "Baku denied the French observers access to the crossing.",
        "Riga denied the nine crew members shore leave pending an inquiry.",
        "Ankara denied the ship's owners a licence to sail.",
        "Kyrgyzstan's parliament rejected the bill on Tuesday.",
        "Armenian forces rebuffed an Azerbaijani offensive near the border.",
        "Israeli jets hit back at Hamas positions in Rafah.",
        "The Malian junta dismissed the defence minister on Friday.",
        "Mali said JNIM controls or contests large parts of the countryside.",
        "The opposition disputed the seat in the northern district.",
    ],
)
def test_a_rejection_verb_in_another_sense_rebuts_nothing(text: str) -> None:
    """WITHHOLD / OTHER-SENSE: a thing withheld, a motion voted down, an attack repelled, an official sacked."""
    article = geostance.parse(text)
    assert not article.rebuttals


@pytest.mark.parametrize(
    ("text", "rebutter"),
    [
        ("Cairo denied that it had refused visas to Sudanese officials.", "EGY"),
        ("Kenya's parliament rejected the Somali minister's claims about the loan.", "KEN"),
        ("Ankara dismissed the Dutch findings as biased.", "TUR"),
        ("Beijing disputed the Philippine account of the collision near the shoal.", "CHN"),
    ],
)
def test_the_same_verbs_answering_words_still_rebut(text: str, rebutter: str) -> None:
    """Near misses of OTHER-SENSE: a denied clause, a rejected claim, findings dismissed."""
    assert [r.speaker for r in geostance.parse(text).rebuttals] == [rebutter]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Tajikistan said Kyrgyz guards had opened fire on its villages. Bishkek countered that Tajik troops had "
            "fired first.",
            {("KGZ", "TJK")},
            id="countered-after-a-demonym",
        ),
        pytest.param(
            "The WHO said Israeli restrictions had left Gaza's hospitals without fuel. Israel insisted that enough "
            "fuel had entered the territory.",
            {("ISR", "who")},
            id="insisted-after-a-demonym",
        ),
        pytest.param(
            "Seoul said North Korean hackers had stolen the data. Pyongyang's state media said the allegation was a "
            '"fabrication".',
            {("PRK", "KOR")},
            id="said-the-allegation-was-false",
        ),
        pytest.param(
            "Tajikistan said Kyrgyz guards had opened fire on its villages. Bishkek said it would hold talks.",
            set(),
            id="plain-words-after-a-mention",
        ),
        pytest.param(
            "Tajikistan said the talks would resume in May. Kyrgyzstan insisted that its border posts would stay.",
            set(),
            id="insisted-unmentioned",
        ),
    ],
)
def test_a_counter_claim_answers_words_that_named_its_speaker(text: str, expected: set[tuple[str, str]]) -> None:
    """COUNTER-THE-MENTION: after words naming X (even as 'Kyrgyz'), X countering or judging them false rebuts."""
    assert _answered_by(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The OSCE said in a report that the vote had been marred by fraud. Lithuania and Poland said they were "
            "alarmed. Minsk dismissed the report as biased.",
            {("BLR", "osce")},
            id="said-in-a-report",
        ),
        pytest.param(
            "In its report, Amnesty International said Ethiopian troops had killed civilians in Amhara. The United "
            "States called for an inquiry. Addis Ababa rejected the report.",
            {("ETH", "amnesty-international")},
            id="in-its-report",
        ),
        pytest.param(
            "The OSCE said in a report that the vote had been marred by fraud. Lithuania and Poland said they were "
            "alarmed. Minsk dismissed a report in the Polish press as biased.",
            set(),  # not the OSCE's: hearsay judged false answers nobody named
            id="an-indefinite-report-is-another",
        ),
    ],
)
def test_the_report_an_attribution_named_as_its_channel_is_its_author_s(
    text: str, expected: set[tuple[str, str]]
) -> None:
    """SAY's channel ('said in a report') is remembered: 'the report' later is that speaker's; 'a report' is not."""
    assert _answered_by(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Al-Shabaab claimed the attack on Monday. Kenya accused Somalia of harbouring its fighters. Mogadishu "
            "rejected the accusation. Its foreign minister said al-Shabaab had no bases in the border towns.",
            {("SOM", "KEN")},
            id="group-named-in-the-denial",
        ),
        pytest.param(
            "The ELN said on Sunday it had freed two hostages. Colombia accused Venezuela of sheltering the group's "
            "commanders. Caracas rejected the accusation. Its foreign minister said the ELN had no camps on "
            "Venezuelan soil.",
            {("VEN", "COL")},
            id="acronym-named-in-the-denial",
        ),
        pytest.param(
            "The ELN said on Sunday it had freed two hostages. Venezuela said the ELN had no camps on its soil and "
            "called the group's statement false.",
            {("VEN", "eln")},
            id="named-with-nobody-aimed-at-the-rebutter",
        ),
    ],
)
def test_an_actor_a_denial_only_talks_about_is_not_the_one_answered(text: str, expected: set[tuple[str, str]]) -> None:
    """NAMED-IN-PASSING: an earlier accusation aimed at the rebutter outranks an actor its words merely name."""
    assert _answered_by(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("last_sentence", "expected"),
    [
        ("Asmara rejected those findings as exaggerated.", {("ERI", "ETH"), ("ERI", "un")}),
        ("Asmara rejected these conclusions.", {("ERI", "ETH"), ("ERI", "un")}),
        ("Asmara rejected such findings as exaggerated.", {("ERI", "ETH")}),
    ],
)
def test_a_demonstrative_report_noun_is_the_last_document_named(
    last_sentence: str, expected: set[tuple[str, str]]
) -> None:
    """KNOWN-DOCUMENT: 'those findings' after 'a report by X said' are X's, whatever noun the report had."""
    article = geostance.parse(
        "Ethiopia accused Eritrea of looting grain. Asmara rejected the accusation. A report by UN experts said the "
        "famine had deepened in Tigray. " + last_sentence
    )
    assert _answered_by(article) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The vote was neither free nor fair in any respect," EU foreign affairs spokesman Tomas Berg said.', "eu"),
        ("ASEAN foreign affairs spokeswoman Mira Santos said the bloc would send envoys to Yangon.", "asean"),
        ('"We will not recognise the result of this vote," Ukrainian foreign affairs spokesman Oleh Kuts said.', "UKR"),
    ],
)
def test_an_actor_before_modifiers_of_a_role_is_the_role_s(text: str, speaker: str) -> None:
    """STATE-ORGAN: 'EU foreign affairs spokesman Name' is one phrase: the EU's spokesman, not a bare role."""
    assert {s.speaker for s in geostance.parse(text).statements} == {speaker}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Georgia accused the EU of blackmail. EU spokesman Tomas Berg, asked about the blackmail charge at a "
            "later briefing, rejected it.",
            {("eu", "GEO")},
            id="asked-about-at-a-later-briefing",
        ),
        pytest.param(
            "Kenya accused Somalia of harbouring militants. Somalia's foreign minister, speaking at a news "
            "conference in Mogadishu on Monday, denied the accusation.",
            {("SOM", "KEN")},
            id="speaking-at-a-news-conference",
        ),
        pytest.param(
            "Kenya accused Somalia of harbouring militants. Somalia's foreign minister, asked about the accusation "
            "at a briefing, declined to comment.",
            set(),
            id="declined-to-comment",
        ),
    ],
)
def test_a_participle_with_prepositional_phrases_set_off_keeps_the_subject(
    text: str, expected: set[tuple[str, str]]
) -> None:
    """PARTICIPLE-INSERTION: ', asked about X at a briefing,', ', speaking at a news conference,' hide no subject."""
    assert _answered_by(geostance.parse(text)) == expected


@pytest.mark.parametrize("noun", ["counter-accusations", "counter-charges", "counterclaims"])
def test_counter_accusations_are_reports_of_their_author(noun: str) -> None:
    """REJECT-CLAIM: 'counter-accusations from Belgrade' are Serbia's, not the last speaker's words."""
    article = geostance.parse(
        "Serbia accused Kosovo police of raids. The EU urged both sides to show restraint. Kosovo's government "
        f"brushed aside the {noun} from Belgrade."
    )
    assert _answered_by(article) == {("XKX", "SRB")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kosovo accused Serbia of arming the gunmen. Milan Ristic, who heads the Serbian government's office for "
            'Kosovo, called the claims "a crude fabrication".',
            {("SRB", "XKX")},
            id="heads-a-state-s-office",
        ),
        pytest.param(
            "Mali accused JNIM of the attack. Amadou Kone, who leads JNIM's western wing, denied the accusation.",
            {("jnim", "MLI")},
            id="leads-a-group-s-wing",
        ),
        pytest.param(
            "Mali accused JNIM of the attack. Amadou Kone, who met JNIM's leaders last year, denied the accusation.",
            set(),
            id="met-is-no-post",
        ),
    ],
)
def test_a_post_in_a_relative_ties_a_new_name_to_its_actor(text: str, expected: set[tuple[str, str]]) -> None:
    """POST-IN-RELATIVE: 'Name, who heads (leads, chairs) X's body,' speaks for X; 'who met X's leaders' does not."""
    assert _answered_by(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kenya said Ugandan militiamen had raided a border village. Uganda said none of its forces had crossed "
            "the border.",
            {("UGA", "KEN")},
            id="militiamen",
        ),
        pytest.param(
            "Lithuania said Belarusian hackers had attacked its railways. Minsk said it had never carried out any "
            "cyberattack.",
            {("BLR", "LTU")},
            id="hackers",
        ),
        pytest.param(
            "Egypt said the dam's releases had flooded farmland in Sudan. Sudan said it had received no warning.",
            set(),
            id="a-place-is-no-accused",
        ),
    ],
)
def test_the_party_words_were_about_rebuts_them_by_negation(text: str, expected: set[tuple[str, str]]) -> None:
    """DENIAL-BY-NEGATION: the state whose agents another's words named says it did not: a rebuttal."""
    assert _answered_by(geostance.parse(text)) == expected


@pytest.mark.parametrize("later", ["Hadi", "al-Hadi"])
def test_a_surname_after_a_particle_is_known_without_it(later: str) -> None:
    """CONTINUATION: 'Yahya al-Hadi' introduced as Hamas's spokesman is 'Hadi' (or 'al-Hadi') later."""
    article = geostance.parse(
        "Israel said Hamas had fired the rockets. Hamas spokesman Yahya al-Hadi said the group had video of the "
        f"launches. On Tuesday, {later} dismissed the Israeli account as a lie."
    )
    assert ("hamas", "ISR") in _answered_by(article)


_TANKER = "Yemen's government said the Houthis had attacked a tanker. "


@pytest.mark.parametrize(
    "second", ["The ship was continuing its voyage to Jeddah.", "The government continued to deny any role in it."]
)
def test_continue_with_an_object_or_infinitive_is_no_speech(second: str) -> None:
    """CONTINUATION: 'continued its voyage', 'continued to deny' report no words of anyone."""
    article = geostance.parse(_TANKER + second)
    assert not [e for s in article.statements for e in s.evidence if "continu" in e.text]


def test_continue_alone_or_going_on_to_say_is_speech() -> None:
    """CONTINUATION: '"...," the minister continued' and 'went on to say that ...' still report words."""
    quoted = geostance.parse(_TANKER + '"The rebels will answer for this attack," the minister continued.')
    assert [q.text for s in quoted.statements for q in s.quotes] == ["The rebels will answer for this attack"]
    went_on = geostance.parse(_TANKER + "Later the minister went on to say the militia would pay for it.")
    assert any("the militia would pay" in e.text for s in went_on.statements for e in s.evidence)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ethiopia accused Eritrea of arming rebels in Amhara. Eritrea denied it, saying Addis Ababa wanted a "
            "pretext to seize the port of Assab. Ethiopia rejected that charge on Thursday.",
            {("ERI", "ETH"), ("ETH", "ERI")},
            id="the-counter-charge-in-a-denial",
        ),
        pytest.param(
            "Sudan accused Eritrea of arming rebels in Kassala. Eritrea denied it. Ethiopia rejected the charge on "
            "Thursday.",
            {("ERI", "SDN"), ("ETH", "SDN")},
            id="a-denial-aimed-at-someone-else",
        ),
    ],
)
def test_a_rejection_after_a_denial_aimed_at_its_speaker_answers_the_denier(
    text: str, expected: set[tuple[str, str]]
) -> None:
    """COUNTER-CHARGE: the charge in a denial of X's words is what X's next rejection answers."""
    assert _answered_by(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "rebutter", "answered", "claim"),
    [
        (
            "The UN said in a report that Rwandan troops shelled Goma, a charge Kigali has always denied.",
            "RWA",
            "un",
            "a charge Kigali has always denied",
        ),
        (
            'Sudan\'s army accused the UAE of arming the RSF, an accusation Abu Dhabi rejected as "baseless".',
            "ARE",
            "SDN",
            'an accusation Abu Dhabi rejected as "baseless"',
        ),
    ],
)
def test_the_actor_denying_in_a_writer_s_appositive_rebuts_the_speaker(
    text: str, rebutter: str, answered: str, claim: str
) -> None:
    """CHARGE-APPOSITIVE: in '..., a charge Kigali has always denied' Kigali rebuts; the appositive is its claim."""
    article = geostance.parse(text)
    assert _answered_by(article) == {(rebutter, answered)}
    assert [c.text for r in article.rebuttals for c in r.claims] == [claim]


@pytest.mark.parametrize(
    ("text", "rebutter"),
    [
        (
            (
                "Rwanda has long been accused of backing the M23 rebels. On Monday, Kigali's spokeswoman said the "
                "claims were baseless."
            ),
            "RWA",
        ),
        (
            (
                "Media reports this week linked Serbia to the arms shipment. Belgrade's defence minister said the "
                'allegations were "fabricated".'
            ),
            "SRB",
        ),
        (
            "The US approved new arms sales to Taiwan. China's spokesperson said the sales sent a wrong signal.",
            None,
        ),
        ("Rwanda hosted the summit on Monday. Its spokeswoman said the talks were productive.", None),
    ],
)
def test_calling_claims_false_after_the_text_spoke_of_the_speaker_rebuts(text: str, rebutter: str | None) -> None:
    """TALKED-OF: the text named X before, and X calls claims false: a rebuttal, though no statement aimed at X."""
    article = geostance.parse(text)
    assert [r.speaker for r in article.rebuttals] == ([rebutter] if rebutter else [])


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Cambodia welcomes the readiness expressed by the Chair of ASEAN to facilitate dialogue.", "asean"),
        ("Kenya praised the offer made by Qatar to host the talks.", "QAT"),
        ("Kenya praised the offer.", None),
    ],
)
def test_support_for_a_thing_made_by_an_actor_aims_at_it(text: str, target: str | None) -> None:
    """SUPPORT: 'welcomed the readiness expressed by X' supports X, the agent of the thing welcomed."""
    (statement,) = geostance.parse(text).statements
    assert list(statement.targets) == ([target] if target else [])


@pytest.mark.parametrize(
    ("text", "rebuts"),
    [
        pytest.param(
            "Media reports linked Kyrgyzstan to the smuggling ring. Bishkek insisted that its customs service had "
            "acted lawfully.",
            True,
            id="insisted",
        ),
        pytest.param(
            "Reports said Minsk had moved troops to the border. Belarus claimed that the troops were on a routine "
            "exercise.",
            True,
            id="claimed-after-its-capital",
        ),
        pytest.param(
            "Local reports said ISWAP had lost the town. ISWAP claimed that its fighters still held the town.",
            True,
            id="claimed",
        ),
        pytest.param(
            "Local reports said ISWAP had lost the town. ISWAP claimed it killed three soldiers in the raid.",
            False,
            id="a-claimed-attack",
        ),
        pytest.param(
            "Bishkek hosted the summit on Monday. Uzbekistan insisted that the talks would go on.",
            False,
            id="never-named",
        ),
    ],
)
def test_countering_after_the_text_spoke_of_the_speaker_rebuts(text: str, rebuts: bool) -> None:
    """TALKED-OF: X named before (by name, capital or demonym) insists or claims: a rebuttal; not a claimed attack."""
    assert bool(geostance.parse(text).rebuttals) == rebuts


@pytest.mark.parametrize(
    "text",
    [
        "The UN accused Ethiopia of blocking aid. Ethiopia responded to the attacks with air strikes.",
        "Russia said hackers had hit its banks. NATO said it was determined to deter and respond to cyber activity.",
        "Iran accused Israel of the strike. Israel said it would study the remarks and respond in due course.",
        "Serbia accused Kosovo of provocations. Kosovo will examine the charge and reply next week, officials said.",
        'Israel accused Iran of arming militias. Iran would regard any strike as "an act of war" and respond at once.',
    ],
)
def test_responding_to_an_event_or_intending_to_is_no_rebuttal(text: str) -> None:
    """RESPOND: a response to an event, an intended one, or one still to come ('would ... and respond'): no rebuttal."""
    assert not geostance.parse(text).rebuttals


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The GCC condemned what it described as Hezbollah's interference in Gulf affairs.", "hezbollah"),
        ("Egypt condemned what it called the Houthi campaign against shipping.", "houthis"),
    ],
)
def test_condemning_what_one_called_x_aims_at_x(text: str, target: str) -> None:
    """WHAT-IT-CALLED: the object of 'condemned what it called X' is X."""
    assert [t for s in geostance.parse(text).statements for t in s.targets] == [target]


@pytest.mark.parametrize(
    "text",
    [
        "A UN report released on Monday said the group had 2,000 fighters in the north.",
        "An OSCE report delivered to member states last month concluded that the militia had 3,000 members.",
    ],
)
def test_a_report_with_a_participle_and_adverbials_is_the_subject(text: str) -> None:
    """REDUCED-PARTICIPLE: 'a UN report released on Monday said': the report's author speaks."""
    assert len({s.speaker for s in geostance.parse(text).statements} & {"un", "osce"}) == 1


def test_a_verb_before_a_noun_s_own_participle_keeps_its_subject() -> None:
    """REDUCED-PARTICIPLE near miss: 'answered with a communique signed by X': 'answered' is the main verb."""
    article = geostance.parse(
        "Guyana accused Venezuela of threatening its territory. Venezuela's foreign ministry answered with a "
        "communique signed by its minister, which insisted that the region was Venezuelan."
    )
    assert "VEN" in {r.speaker for r in article.rebuttals}


def test_he_between_a_title_and_a_name_is_a_surname() -> None:
    """A capitalised 'He' after a role and before a name is a surname ('spokesperson He Yulin'), not the pronoun."""
    article = geostance.parse(
        "Japan arrested a Chinese captain. Chinese Foreign Ministry spokesperson He Yulin told a briefing that the "
        "islands were Chinese. He said Beijing had lodged protests."
    )
    assert [(s.speaker, s.person.text if s.person else None) for s in article.statements] == [("CHN", "He Yulin")]


@pytest.mark.parametrize(
    ("text", "rebutter"),
    [
        (
            (
                "TOKYO (Reuters) - China demanded that Japan release the captain. Chief Cabinet Secretary Kenji "
                "Morioka rejected the demand."
            ),
            "JPN",
        ),
        (
            (
                "KINSHASA (AFP) - Congo accused Rwanda of sending troops. Kigali dismissed the charge. Government "
                "spokeswoman Claudine Uwase said the charge was false."
            ),
            "RWA",
        ),
    ],
)
def test_a_bare_cabinet_title_is_the_dateline_s_state(text: str, rebutter: str) -> None:
    """TITLE-OF-THE-DATELINE: 'Chief Cabinet Secretary Name' is the home state's; 'government spokeswoman' the last."""
    assert {r.speaker for r in geostance.parse(text).rebuttals} == {rebutter}


def test_a_venue_outranks_the_last_holder_of_a_title() -> None:
    """SPEECH-VENUE: 'spokesman Name told reporters in Paris' is France's, though Niger's spokesman spoke last."""
    article = geostance.parse(
        "Niger's government spokesman said Paris was meddling. \"France does not interfere in the affairs of any "
        'company," spokesman Christophe Laurent told reporters in Paris.'
    )
    assert speakers_of(article) == {"NER", "FRA"}


def test_a_visiting_observer_is_not_the_venue_s() -> None:
    """SPEECH-VENUE near miss: 'chief observer Name told a news conference in Maputo' is no Mozambican voice."""
    article = geostance.parse(
        'The EU observer mission said the vote was calm. "The count must be published by polling station," chief '
        "observer Laura Ferri told a news conference in Maputo."
    )
    assert "MOZ" not in speakers_of(article)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param(
            "Omar Haddad, Hezbollah's deputy chief, travelled to Tehran on Monday for talks. He said the group would "
            "not disarm while Israeli troops remained in the south.",
            ["hezbollah"],
            id="he-after-an-apposition-that-did-not-speak",
        ),
        pytest.param(
            "Houthi drones struck a refinery late on Tuesday. A spokesperson for Aramco said the company would keep "
            "its plants running.",
            [],
            id="a-spokesperson-for-a-company",
        ),
        pytest.param(
            "Houthi drones struck a refinery late on Tuesday. The Saudi defence ministry said air defences had shot "
            "down three drones.",
            ["SAU"],
            id="air-defences-are-no-verb",
        ),
        pytest.param(
            "Fighting spread to Goma this week. The WFP said at least 40,000 families had run out of food.",
            ["wfp"],
            id="said-at-least",
        ),
    ],
)
def test_speakers_of_common_attributions(text: str, speakers: list[str]) -> None:
    """PRONOUN, SAY: an introduced person's 'he'; no voice for a company; 'air defences', 'at least' read as words."""
    assert [s.speaker for s in geostance.parse(text).statements] == speakers


@pytest.mark.parametrize(
    ("text", "second_speaker"),
    [
        (
            (
                "The rebels of M23 were accused by Kinshasa of recruiting child soldiers. They insisted that all their "
                "fighters were adults."
            ),
            "m23",
        ),
        (
            "Hamas was accused by Israel of hiding weapons in a school. It said the building held only classrooms.",
            "hamas",
        ),
        ("Israel accused Hamas of hiding weapons in a school. It said the building was a depot.", "ISR"),
    ],
)
def test_a_pronoun_after_a_passive_accusation_is_the_accused(text: str, second_speaker: str) -> None:
    """PRONOUN: after 'Y was accused by X of ...', 'they' or 'it' is Y; after 'X accused Y', it is still X."""
    article = geostance.parse(text)
    assert speakers_from(article, text.index(". ") + 2) == {second_speaker}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In response to accusations by Lithuania that it was pushing migrants toward the fence, Belarus said it "
            "had no control over people trying to reach Europe.",
            {("BLR", "LTU")},
            id="in-response-to-accusations-that",
        ),
        pytest.param(
            "Asked about an OSCE report that Serb police had beaten detainees, the Serbian interior ministry's "
            "spokesman said those held had resisted arrest.",
            {("SRB", "osce")},
            id="asked-about-a-report-that",
        ),
    ],
)
def test_the_subject_after_an_opener_with_a_that_clause(text: str, expected: set[tuple[str, str]]) -> None:
    """IN-RESPONSE-TO: the opener's 'that' clause ends at its comma; the subject after it speaks."""
    assert _answered_by(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "ECOWAS said on Sunday that member states would close their borders with Sierra Leone if the deadline "
            "was missed.\nThe summit was held in Abuja.\nSierra Leone's junta answered within hours, saying it would "
            "set its own timetable.\nThe African Union on Monday urged Sierra Leone to free the president.",
            ["rebuttal SLE answers ecowas", "statement au -> SLE [demand]", "statement ecowas -> - [assert]"],
            id="past-the-lead-the-words-that-named-it",
        ),
        pytest.param(
            "ECOWAS said on Sunday that member states would close their borders with Sierra Leone if the deadline "
            "was missed. Sierra Leone's junta answered within hours, saying it would set its own timetable.\nThe "
            "African Union on Monday urged Sierra Leone to free the president.",
            ["rebuttal SLE answers au", "statement au -> SLE [demand]", "statement ecowas -> - [assert]"],
            id="in-the-lead-the-charge-told-after-it",
        ),
    ],
)
def test_past_the_lead_a_rebuttal_answers_earlier_words_before_a_later_charge(text: str, expected: list[str]) -> None:
    """LEAD-REBUTTAL: only a lead's rebuttal answers a charge told after it before earlier words naming it."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kabul accused Pakistan of shelling villages. Responding to a question about refugees, Pakistan's "
            "minister said the deportations would continue.",
            ["statement PAK -> - [assert]", "statement taliban -> PAK [accuse]"],
            id="responding-to-a-question",
        ),
        pytest.param(
            "Kabul accused Pakistan of shelling villages. In response to questions from reporters, Pakistan's "
            "minister said the deportations would continue.",
            ["statement PAK -> - [assert]", "statement taliban -> PAK [accuse]"],
            id="in-response-to-questions",
        ),
        pytest.param(
            "Kabul accused Pakistan of shelling villages. Responding to a question about the shelling, Pakistan's "
            "minister said no villages had been hit.",
            ["rebuttal PAK answers taliban", "statement taliban -> PAK [accuse]"],
            id="an-answer-that-counters-still-rebuts",
        ),
        pytest.param(
            "Kabul accused Pakistan of shelling villages. Responding to Kabul's charges, Pakistan's minister said the "
            "deportations would continue.",
            ["rebuttal PAK answers taliban", "statement taliban -> PAK [accuse]"],
            id="near-miss-responding-to-charges",
        ),
    ],
)
def test_responding_to_a_question_is_an_answer_not_a_rebuttal(text: str, expected: list[str]) -> None:
    """QUESTION-ANSWERED: "Responding to a question about X, ..." reads as "Asked about X, ..."."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("first", "answered"),
    [
        ("Egypt said Ethiopian engineers had opened the spillways without warning.", "EGY"),
        ("Egypt said the spillways had been opened without warning.", "KEN"),
    ],
)
def test_a_rejection_answers_the_latest_words_that_named_the_rebutter(first: str, answered: str) -> None:
    """NAMED-BEFORE: with no statement aimed at it, a rebutter answers the latest words that named it."""
    article = geostance.parse(
        first + " Kenya said the regional talks would resume in May. Ethiopia rejected the accusation."
    )
    assert _answered_by(article) == {("ETH", answered)}


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("The United States said Iran-backed militias fired rockets at a base in eastern Syria.", ["IRN"]),
        ("Sudan said UAE-funded paramilitaries had shelled the hospital in El Fasher.", ["ARE"]),
        ("Mali said Kremlin-controlled Africa Corps units had left the base at Tessalit.", ["africa-corps"]),
        ("Kenya said US-led forces had left weapons at the airfield.", []),
    ],
)
def test_the_actor_behind_a_nameless_force_is_the_target(text: str, targets: list[str]) -> None:
    """CONTENT-TARGETS: 'Iran-backed militias' are Iran's doing; a named actor after the compound is meant itself."""
    (statement,) = geostance.parse(text).statements
    assert list(statement.targets) == targets


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("Spain condemned strikes by Israel in southern Lebanon.", ["ISR"]),
        ("Iraq condemned air strikes by Turkey in the Kurdistan region that killed three civilians.", ["TUR"]),
        ("Spain condemned strikes in southern Lebanon.", []),
        ("Kenya condemned repeated attacks by al-Shabaab on civilians.", ["al-shabaab"]),
        ("Kenya condemned deadly raids by al-Shabaab on border towns.", ["al-shabaab"]),
        ("Kenya expressed concern about renewed attacks by al-Shabaab.", ["al-shabaab"]),
        ("Kenya expressed concern about attacks on border towns.", []),
    ],
)
def test_condemning_bare_attacks_by_an_actor_aims_at_the_actor(text: str, targets: list[str]) -> None:
    """ACCUSE-X-OF, CONCERN: '(repeated) strikes by X in Y' aim at X, the attacker; Y is a place."""
    (statement,) = geostance.parse(text).statements
    assert list(statement.targets) == targets


def test_a_quotation_attributed_to_an_analyst_continues_nobody() -> None:
    """CONTINUATION near miss: '"...," said one security analyst' is no more of the last speaker's words."""
    article = geostance.parse(
        'The OSCE said the vote had been orderly. "This is a message aimed as much at Brussels as at Moscow," said '
        "one regional security analyst."
    )
    assert [q.text for s in article.statements for q in s.quotes] == []


def test_them_after_a_joint_subject_is_both() -> None:
    """PRONOUN: 'Armenia and Azerbaijan massed troops. Iran warned them against ...' warns both."""
    article = geostance.parse(
        "Armenia and Azerbaijan massed troops along the border on Friday. Iran warned them against any provocation."
    )
    assert {t for s in article.statements if s.speaker == "IRN" for t in s.targets} == {"ARM", "AZE"}


@pytest.mark.parametrize(
    ("text", "speaker", "targets"),
    [
        (
            (
                "Kenya accused Somalia of shelling a border post. Somalia said Kenyan troops had fired first. "
                "The AU urged them to return to talks."
            ),
            "au",
            {"KEN", "SOM"},
        ),
        (
            (
                "Serbia blamed Kosovo for the clash, and Kosovo blamed Serbia. Later, the EU envoy told them to "
                "restrain their forces."
            ),
            "eu",
            {"SRB", "XKX"},
        ),
        ("Peru said Chile had closed the pass. Bolivia urged it to reopen the road.", "BOL", {"PER"}),
    ],
)
def test_them_after_a_dispute_is_its_two_sides(text: str, speaker: str, targets: set[str]) -> None:
    """PRONOUN: with no joint subject before, an object 'them' is the two sides of the latest dispute; 'it' is not."""
    article = geostance.parse(text)
    assert {t for s in article.statements if s.speaker == speaker for t in s.targets} == targets


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Iran's Supreme National Security Council said the talks would resume in Oman.", "IRN"),
        ("The spokesman of Pakistan's National Security Council said the border would reopen.", "PAK"),
        ("The Security Council said it would meet again on Friday.", "unsc"),
    ],
)
def test_a_shared_body_name_inside_a_longer_name_is_that_body(text: str, speaker: str) -> None:
    """STATE-ORGAN: 'National Security Council' of a state is the state's, not the UN Security Council."""
    assert [s.speaker for s in geostance.parse(text).statements] == [speaker]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Two fishing boats sank off Hodeidah on Monday, according to a statement from the Houthis.", ["houthis"]),
        ("Two fishing boats sank off Hodeidah on Monday, according to a Houthi statement.", ["houthis"]),
        ("Two fishing boats sank off Hodeidah on Monday, according to a report.", []),
        ("Two fishing boats sank off Hodeidah on Monday, according to a report by the state news agency.", []),
    ],
)
def test_according_to_a_report_with_its_author(text: str, speakers: list[str]) -> None:
    """ACCORDING-TO: 'according to a statement from X' is X's word; a report of nobody's or an agency's is none."""
    assert [s.speaker for s in geostance.parse(text).statements] == speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "OSCE reports have repeatedly found that Serbian police beat detainees in Novi Pazar. Serbia has "
                "consistently denied mistreating anyone."
            ),
            {("SRB", "osce")},
        ),
        ("Hamas claims it has killed ten soldiers near Rafah. Israel denied it.", {("ISR", "hamas")}),
    ],
)
def test_an_s_word_before_an_auxiliary_is_a_report_noun(text: str, expected: set[tuple[str, str]]) -> None:
    """Tagging: 'OSCE reports have found' are the OSCE's reports; 'Hamas claims it has ...' is still a verb."""
    assert _answered_by(geostance.parse(text)) == expected


def test_he_after_a_voice_of_nobody_is_nobody() -> None:
    """After "Name, a former envoy, said", the next "he told" is that person again, not the last actor."""
    article = geostance.parse(
        "Hezbollah claimed the drone strike on Sunday.\n"
        "Omar Haddad, a former Lebanese envoy to Paris, said the escalation was predictable.\n"
        '"Nobody in the region wants a wider war," he told reporters.'
    )
    assert [s.speaker for s in article.statements] == ["hezbollah"]
    assert all(not s.quotes for s in article.statements)


def test_a_document_in_which_its_authors_speak() -> None:
    """Responding to "the statement in which X accused Y" rebuts X."""
    article = geostance.parse(
        "Belgrade's foreign ministry responded to the declaration in which Croatia and Slovenia accused Serbia of "
        "stoking tension."
    )
    (rebuttal,) = article.rebuttals
    assert rebuttal.speaker == "SRB"
    assert {s.speaker for s in article.statements if s.id in rebuttal.rebuts} == {"HRV", "SVN"}


def test_a_role_of_a_known_person_is_remembered() -> None:
    """After "Spokeswoman Maria Zakharova" (a gazetteer person), "the spokeswoman" later is Russia again."""
    article = geostance.parse(
        "Foreign Ministry Spokeswoman Maria Zakharova commented on the Finnish report.\n"
        "Finland's president said Russia had violated its airspace.\n"
        "The spokeswoman called the accusation groundless."
    )
    assert [r.speaker for r in article.rebuttals] == ["RUS"]


def test_who_means_the_person_not_the_remarks() -> None:
    """In "remarks by Name, who told reporters ...", "who" is the person.

    Their act is not the sentence's main speaker's, and "she" later is still the main speaker.
    """
    article = geostance.parse(
        "Zakharova took exception to remarks by NATO chief Mark Rutte, who told reporters the alliance was ready.\n"
        'She described his comments as "propaganda written in advance of any incident."'
    )
    (rebuttal,) = article.rebuttals
    assert rebuttal.speaker == "RUS"
    (nato,) = [s for s in article.statements if s.id in rebuttal.rebuts]
    assert (nato.speaker, nato.speaker_text.text) == ("nato", "NATO chief Mark Rutte")
    assert len(rebuttal.claims) == 2


def test_a_rebuttal_resumed_after_others_spoke_answers_whom_it_names() -> None:
    """A denial run that named nobody does not absorb a later answer to another party after others spoke."""
    article = geostance.parse(
        "Somalia accused Ethiopia of violating its sovereignty. Addis Ababa rejected the claims.\n"
        "The African Union urged both sides to show restraint. The United States called on Ethiopia to withdraw.\n"
        "Responding to the US statement on Friday, Ethiopia's foreign ministry said its troops would stay."
    )
    answered = {
        r.id: {s.speaker for s in article.statements if s.id in r.rebuts}
        for r in article.rebuttals
        if r.speaker == "ETH"
    }
    assert sorted(answered.values(), key=sorted) == [{"SOM"}, {"USA"}]
    claims = [c.text for r in article.rebuttals for c in r.claims]
    assert not any(c.startswith("Responding to") for c in claims)


def test_an_unknown_verb_after_a_role_ends_the_subject() -> None:
    """A word the vocabulary lacks after a role and before a determiner is a verb: the role ends the subject.

    In "Japan's defence ministry gave a different account. Its spokesman, Name, said ...",
    the ministry opens the sentence, so "its" is Japan.
    """
    article = geostance.parse(
        "China said Japanese jets had harassed its aircraft.\n"
        "Japan's defence ministry gave a different account. Its spokesman, Kenji Mori, said the jets kept their "
        "distance."
    )
    # DIFFERENT-ACCOUNT makes Japan's words an answer: the spokesman's claim joins Japan's rebuttal
    assert [(r.speaker, [c.text for c in r.claims]) for r in article.rebuttals] == [
        ("JPN", ["gave a different account", "the jets kept their distance"])
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Al-Shabaab said it had killed five soldiers, but Kenya's army has yet to either confirm or deny it.",
            ([("al-shabaab", "assert")], []),
            id="yet-to-deny-is-no-denial",
        ),
        pytest.param(
            "Boko Haram, the jihadist group in the Lake Chad region, claimed Saturday's bombing of a market.",
            ([("boko-haram", "assert")], []),
            id="claiming-an-attack-after-an-apposition",
        ),
        pytest.param(
            "Iran accused Israel of the attack. Israel declined to deny it.",
            ([("IRN", "accuse")], []),
            id="declined-to-deny-is-no-denial",
        ),
    ],
)
def test_unrealised_and_claimed_acts(text: str, expected: tuple[list[tuple[str, str]], list[str]]) -> None:
    """An infinitive after "yet to", "declined to" is not done; "claimed <a day>'s attack" is a claim of it."""
    article = geostance.parse(text)
    statements = [(s.speaker, s.acts[0].value) for s in article.statements]
    assert (statements, [r.speaker for r in article.rebuttals]) == expected


def test_a_rebuttal_answers_speakers_it_names_not_other_actors() -> None:
    """Words of a rebuttal that name an actor who was accused but never spoke ("Chad's ties") answer the accuser."""
    article = geostance.parse(
        "The African Union accused the RSF of attacks on civilians and criticised Chad for arming it.\n"
        'The RSF spokesman said: "These lies are meant to damage our ties with Chad and our reputation."'
    )
    (rebuttal,) = [r for r in article.rebuttals if r.speaker == "rapid-support-forces"]
    assert {s.speaker for s in article.statements if s.id in rebuttal.rebuts} == {"au"}
    assert all(s.speaker != "TCD" for s in article.statements)


def test_an_office_named_in_full_is_one_role() -> None:
    """Comments by "Minister of Foreign Affairs of Peru Name" are Peru's; rejecting them rebuts Peru."""
    article = geostance.parse(
        "Chile's foreign ministry answered comments by Minister of Foreign Affairs of Peru Ana Torres "
        "concerning the maritime border.\n"
        '"Claims by Minister of Foreign Affairs of Peru Ana Torres in her interview are unfounded," the ministry said.'
    )
    (rebuttal,) = article.rebuttals
    assert rebuttal.speaker == "CHL"
    assert {s.speaker for s in article.statements if s.id in rebuttal.rebuts} == {"PER"}


def test_one_clause_read_twice_is_one_claim() -> None:
    """A clause read twice ("Stressing that X, Y went on to say: ...") is one claim of the rebuttal."""
    article = geostance.parse(
        "Serbia accused Kosovo of provoking the clashes. Pristina rejected the accusation.\n"
        "Stressing that the police had acted lawfully, Kosovo's interior minister went on to say: "
        '"These accusations are baseless and everyone knows it."'
    )
    (rebuttal,) = article.rebuttals
    texts = [c.text for c in rebuttal.claims]
    assert sum("the police had acted lawfully" in t for t in texts) == 1


def test_the_agent_of_a_rejected_thing_is_answered() -> None:
    """Rejecting "a plan proposed by X" or "a truce brokered by X" answers X."""
    for text, author in [
        ("Israel rejected a ceasefire plan proposed by Egypt.", "EGY"),
        ("The RSF dismissed a truce brokered by Saudi Arabia on Monday.", "SAU"),
    ]:
        article = geostance.parse(text)
        (rebuttal,) = article.rebuttals
        assert {s.speaker for s in article.statements if s.id in rebuttal.rebuts} == {author}, text


def test_a_person_named_with_an_actor_in_passing_is_remembered() -> None:
    """A person named with their actor as an object ("talks with Kenyan envoy Name") speaks for it later."""
    article = geostance.parse(
        "Sudan's army chief held talks with Kenyan envoy Daniel Mwangi on Monday.\n"
        "Mwangi said the ceasefire had to be extended."
    )
    assert [(s.speaker, s.speaker_text.text) for s in article.statements] == [("KEN", "Mwangi")]


def test_a_role_posted_to_another_actor_with_its_holder() -> None:
    """The remarks of "Indian envoy to Nepal Name" are India's, and "Name said" later is India too."""
    article = geostance.parse(
        "Nepal's foreign minister criticised Indian envoy to Nepal Ravi Menon's remarks on the border.\n"
        "Menon said the map had no legal standing."
    )
    (rebuttal,) = article.rebuttals
    assert {s.speaker for s in article.statements if s.id in rebuttal.rebuts} == {"IND"}
    said = [s.speaker for s in article.statements if any("legal standing" in e.text for e in s.evidence)]
    assert said == ["IND"]


def test_news_that_leads_with_the_denial_answers_the_later_accusation() -> None:
    """A denial of "the claim" with nothing before it answers the first later statement aimed at the denier."""
    article = geostance.parse(
        "Vietnam on Monday rejected the claim of illegal fishing.\n"
        "Indonesia's navy said Vietnamese boats had been fishing illegally in its waters and accused Hanoi of "
        "ignoring its warnings."
    )
    (rebuttal,) = article.rebuttals
    assert {s.speaker for s in article.statements if s.id in rebuttal.rebuts} == {"IDN"}


def test_a_demonym_with_a_body_speaks_for_its_state() -> None:
    """The head of "the Iranian parliamentary committee" speaks for Iran; a "Syrian rebel group" does not."""
    article = geostance.parse(
        "The chairman of the Iranian parliamentary security committee, Reza Karimi, called the report baseless.\n"
        "A spokesman for the Syrian rebel group said the talks had failed."
    )
    assert [r.speaker for r in article.rebuttals] == ["IRN"]
    assert all(s.speaker != "SYR" for s in article.statements)


def test_a_state_body_named_in_full_speaks_and_is_remembered() -> None:
    """A state body named in full speaks for its state, and "the committee" later is that state again."""
    article = geostance.parse(
        "Kazakhstan said Uzbek factories had polluted the river.\n"
        "Uzbekistan's State Committee for Ecology refuted the Kazakh version in a statement carried by the state "
        "news agency UzA.\n"
        "The committee accused Kazakh officials of hiding their own data."
    )
    (rebuttal,) = article.rebuttals
    assert rebuttal.speaker == "UZB"
    assert {s.speaker for s in article.statements if s.id in rebuttal.rebuts} == {"KAZ"}
    assert ("UZB", ("KAZ",)) in [(s.speaker, s.targets) for s in article.statements]


def test_a_bare_title_before_a_name_is_the_title_last_seen() -> None:
    """A bare title before a name ("Spokesman Name told") is the actor whose spokesman the text named last."""
    article = geostance.parse(
        "The Israeli military said it had struck launch sites. Its spokesman, Avi Katz, said more strikes were "
        "planned.\n"
        "Hamas accused Israel of targeting civilians.\n"
        "Spokesman Dan Levi told reporters the accusation was false."
    )
    assert [(r.speaker, r.person.text if r.person else None) for r in article.rebuttals] == [("ISR", "Dan Levi")]


def test_a_judiciary_speaks_for_its_state() -> None:
    """A state's judiciary speaks for its state, as a ministry or a court would."""
    article = geostance.parse("Iraq's judiciary said the verdict against the activists was final.")
    assert [s.speaker for s in article.statements] == ["IRQ"]


def test_a_national_title_with_no_actor_is_the_datelines_state() -> None:
    """In a story datelined in a capital, "Prime Minister Name" with no other tie is that capital's state."""
    article = geostance.parse(
        "YEREVAN (Reuters) - The European Union urged Armenia to reform its courts.\n"
        "Prime Minister Aram Sargsyan hit back at Brussels, calling the statement interference."
    )
    assert [(r.speaker, r.person.text if r.person else None) for r in article.rebuttals] == [("ARM", "Aram Sargsyan")]


def test_a_rebuttal_after_a_new_accusation_answers_it() -> None:
    """A denier answering one party, then accused by another, answers the new accuser with its next denial."""
    article = geostance.parse(
        "Amnesty accused Myanmar's army of burning villages. The army rejected the report.\n"
        "The Arakan Army accused the junta of shelling Sittwe.\n"
        'The army called the claim "pure invention."'
    )
    speakers = {s.id: s.speaker for s in article.statements}
    answered = [sorted(speakers[i] for i in r.rebuts) for r in article.rebuttals]
    assert answered == [["amnesty-international"], ["arakan-army"]]


def test_a_gerund_after_a_subordinator_is_the_main_subjects() -> None:
    """In "X announced ... after rejecting Y's claims", the rejecting is X's."""
    article = geostance.parse(
        "The OSCE accused Belarus of rigging the vote.\n"
        "Belarus announced it would leave the organisation after rejecting the OSCE's accusations."
    )
    assert [(r.speaker, [s.speaker for s in article.statements if s.id in r.rebuts]) for r in article.rebuttals] == [
        ("BLR", ["osce"])
    ]


def test_the_government_of_a_named_leader_is_no_office() -> None:
    """A leader's name after "the government of" is a person; the domain of "the Ministry of Energy" is not."""
    from geostance._cascade.sentence import Sentence  # noqa: PLC0415 - the cascade's own view
    from geostance._cascade.vocab import vocabulary  # noqa: PLC0415

    doc = _doc("The government of Pedro Alvarez said the Ministry of Energy and Water had failed.")
    units = Sentence(doc, 0, vocabulary()).units
    assert [u.low for u in units if u.tag == "P"] == ["pedro alvarez"]


def test_the_party_a_statement_is_about_denies_by_saying_it_did_not() -> None:
    """After "X said Y's troops had entered Z", Y saying it has no troops there is a denial of X's claim."""
    article = geostance.parse(
        "Somalia said Ethiopian troops had entered the Gedo region on Monday.\n"
        "Ethiopia's foreign ministry said it had not sent any soldiers across the border."
    )
    (rebuttal,) = article.rebuttals
    assert rebuttal.speaker == "ETH"
    assert {s.speaker for s in article.statements if s.id in rebuttal.rebuts} == {"SOM"}


@pytest.mark.parametrize(
    ("text", "rebutters"),
    [
        pytest.param(
            "The commission said turnout had reached 64 per cent. The opposition Liberation Party dismissed the "
            'figures as "cooked in offices".',
            ["liberation-party"],
            id="a-count-condemned-in-quotes",
        ),
        pytest.param(
            'Kenya said the raid had killed 40 militants. Al-Shabaab dismissed the toll as "a fantasy for the '
            'cameras".',
            ["al-shabaab"],
            id="a-toll-condemned-in-quotes",
        ),
        pytest.param(
            'Kenya said the raid had killed 40 militants. Al-Shabaab called the raid "a cowardly night attack".',
            [],
            id="near-miss-a-deed-condemned",
        ),
    ],
)
def test_a_count_put_forward_and_condemned_is_rejected(text: str, rebutters: list[str]) -> None:
    """CALL-X-Y: condemning figures or a toll put forward ("dismissed the figures as '...'") rejects them."""
    assert [r.speaker for r in geostance.parse(text).rebuttals] == rebutters


def test_calling_a_report_unbalanced_rejects_it() -> None:
    """Calling a report "unbalanced" rejects it, like calling it "baseless"."""
    article = geostance.parse(
        'The UN mission published a report on the elections.\nKenya\'s government called the UN report "unbalanced".'
    )
    assert [r.speaker for r in article.rebuttals] == ["KEN"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A Kenyan court ordered the seizure of a Ugandan embassy building. Uganda's foreign ministry called the "
            "ruling unacceptable.",
            ["rebuttal UGA answers KEN", "statement KEN -> UGA [demand]"],
            id="called-the-ruling-unacceptable",
        ),
        pytest.param(
            "A Kenyan court ordered the seizure of a Ugandan embassy building. Uganda said the ruling was "
            "unacceptable.",
            ["rebuttal UGA answers KEN", "statement KEN -> UGA [demand]"],
            id="said-the-ruling-was-unacceptable",
        ),
        pytest.param(
            "An Argentine court convicted two British sailors of illegal fishing. Britain said the verdict was "
            "politically motivated.",
            ["rebuttal GBR answers -"],
            id="a-verdict-with-no-speaking-author",
        ),
        pytest.param(
            "A Paris court ordered Algeria to pay damages to the families. Algeria's foreign ministry welcomed the "
            "ruling's call for dialogue.",
            ["statement DZA -> - [support]", "statement FRA -> DZA [demand]"],
            id="near-miss-welcoming-a-ruling",
        ),
        pytest.param(
            "The ruling African National Congress said Zimbabwe had closed the border crossing.",
            ["statement african-national-congress -> ZWE [assert]"],
            id="near-miss-ruling-as-an-adjective",
        ),
    ],
)
def test_a_ruling_judged_unacceptable_or_false_is_rejected(text: str, expected: list[str]) -> None:
    """CALL-X-Y, JUDGE-STATEMENT: a ruling, verdict or judgment is a report noun; judging it so rejects it."""
    assert outline(geostance.parse(text)) == expected


def test_an_opening_gerund_after_a_subordinator_is_set_off() -> None:
    """In "By insisting that X, the group disputes Y's claim", the disputing is the main clause's own act."""
    article = geostance.parse(
        "Niger's army said it had killed the group's commander.\n"
        "By insisting that its commander was alive, the Islamic State Sahel Province disputed the claim from the "
        "army."
    )
    rebutters = {r.speaker for r in article.rebuttals}
    assert rebutters == {"is-sahel"}


def test_lies_in_is_no_falsity() -> None:
    """An answer that lies in dialogue calls nothing a lie: the rebutter's quotation is also its statement."""
    article = geostance.parse(
        "Japan accused China of coercion. China's foreign ministry rejected the accusation.\n"
        '"The only way forward lies in dialogue and respect for each other," ministry spokeswoman Mao Ning said.'
    )
    quoted = [q.text for s in article.statements for q in s.quotes]
    assert quoted == ["The only way forward lies in dialogue and respect for each other"]


def test_a_description_as_object_is_not_the_speaker() -> None:
    """In "Washington accused the country of ...", the country is the state last named other than the speaker."""
    article = geostance.parse(
        "Iraq rejected the American criticism on Monday.\n"
        "The US State Department accused the country of sheltering militias."
    )
    assert ("USA", ("IRQ",)) in [(s.speaker, s.targets) for s in article.statements]


@pytest.mark.parametrize(
    ("text", "answered"),
    [
        pytest.param(
            "Nepal's army said reports of Chinese road building inside its territory were untrue.",
            [],
            id="hearsay-alone-answers-nobody",
        ),
        pytest.param(
            "India accused Nepal of hosting militants. Nepal's army said reports of militant camps were untrue.",
            ["IND"],
            id="hearsay-after-an-accusation-answers-the-accuser",
        ),
    ],
)
def test_words_that_deny_hearsay(text: str, answered: list[str]) -> None:
    """Plain words calling reports false are a rebuttal; it answers the accuser if one spoke, else nobody."""
    article = geostance.parse(text)
    (rebuttal,) = article.rebuttals
    assert [s.speaker for s in article.statements if s.id in rebuttal.rebuts] == answered


def test_an_inversion_that_ends_the_sentence_beats_an_earlier_phrase() -> None:
    """In "X tried ..., but Y failed, stated the army's spokesman, Name." the spokesman speaks, inverted."""
    article = geostance.parse(
        "Colombia's army said rebels fired on a patrol.\n"
        "The rebels tried to overrun the post, but the soldiers held their ground, stated the army's spokesman, "
        "Jorge Rivas."
    )
    assert [s.speaker for s in article.statements] == ["COL"]


def test_a_pronoun_after_that_is_its_clauses_subject() -> None:
    """A pronoun right after "that" is the subject of its clause, not the phrase before "that".

    In "X said in a letter to the council that it 'firmly rejects' Y", "it" rejects, not the
    council; the claim keeps both marks of the quoted verb.
    """
    article = geostance.parse(
        "Ethiopia accused Egypt of arming rebels. Egypt said in a letter to the council that it "
        '"firmly rejects" any allegation that it has armed rebel groups.'
    )
    (rebuttal,) = article.rebuttals
    assert rebuttal.speaker == "EGY"
    (claim,) = rebuttal.claims
    assert '"firmly rejects" any allegation' in claim.text


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (  # before the rebuttal, a plain assertion of the rebutter
            (
                "Norway accused Iceland of overfishing mackerel. Iceland's fisheries minister noted that the "
                "catch stayed within the agreed quota. Reykjavik dismissed the accusation as unfounded."
            ),
            "the catch stayed within the agreed quota",
        ),
        (  # after it, with another verb of assertion
            (
                "Norway accused Iceland of overfishing mackerel. Reykjavik dismissed the accusation as unfounded. "
                "The ministry stressed that its boats had stayed out of Norwegian waters."
            ),
            "its boats had stayed out of Norwegian waters",
        ),
    ],
)
def test_assertions_next_to_a_rebuttal_are_its_claims(text: str, claim: str) -> None:
    """ASSERTION-IN-A-REBUTTAL: the rebutter's plain assertion is a claim of the rebuttal and no statement."""
    article = geostance.parse(text)
    (rebuttal,) = article.rebuttals
    assert rebuttal.speaker == "ISL"
    assert any(c.text.endswith(claim) for c in rebuttal.claims)
    assert [s.speaker for s in article.statements] == ["NOR"]


def test_a_quoted_assertion_next_to_a_rebuttal_stays_a_statement() -> None:
    """The quotation stays the statement's; the rebuttal cites its words as a claim."""
    article = geostance.parse(
        "Norway accused Iceland of overfishing mackerel. Reykjavik dismissed the accusation as unfounded. "
        '"Our boats never left the agreed zone last season," the fisheries minister said.'
    )
    (rebuttal,) = article.rebuttals
    assert "Our boats never left the agreed zone last season" in [c.text for c in rebuttal.claims]
    (own,) = [s for s in article.statements if s.speaker == "ISL"]
    assert [q.text for q in own.quotes] == ["Our boats never left the agreed zone last season"]


def test_an_assertion_with_another_speaker_between_stays_a_statement() -> None:
    """Another speaker's words between an assertion and the rebuttal end the run."""
    article = geostance.parse(
        "Iceland's fisheries minister said the catch stayed within the agreed quota. Norway accused Iceland "
        "of overfishing mackerel. Reykjavik dismissed the accusation as unfounded."
    )
    assert "ISL" in [s.speaker for s in article.statements]
    (rebuttal,) = article.rebuttals
    assert all("agreed quota" not in c.text for c in rebuttal.claims)


@pytest.mark.parametrize(
    ("text", "rebuts"),
    [
        pytest.param(
            "Myanmar accused the Arakan Army of shelling a port. The rebels said the army's claims were not only "
            "false but aimed at hiding its own losses.",
            True,
            id="not-only-false-still-rebuts",
        ),
        pytest.param(
            "Myanmar's junta accused ASEAN of meddling. The bloc said the violence was not just a threat to "
            "Myanmar but to the whole region.",
            False,
            id="not-just-x-but-y-is-no-denial",
        ),
        pytest.param(
            "Myanmar's junta accused ASEAN of meddling. The bloc said it had not interfered in any way.",
            True,
            id="the-accused-saying-it-did-not-denies",
        ),
    ],
)
def test_not_only_adds_it_does_not_negate(text: str, rebuts: bool) -> None:
    """An accused party that says "not only/just X but Y" is not denying; "had not" is."""
    assert bool(geostance.parse(text).rebuttals) is rebuts


@pytest.mark.parametrize(
    ("text", "speaker", "targets"),
    [
        pytest.param(
            "Kenya accused Somalia of arming clan militias, and Somalia accused Kenya of meddling. The African "
            "Union later urged both sides to talk.",
            "au",
            {"KEN", "SOM"},
            id="the-pair-that-aimed-at-each-other",
        ),
        pytest.param(
            "The European Commission accused China of dumping steel. Beijing called the charge baseless. In "
            "Tokyo, Japan's trade ministry urged the two sides to settle the dispute.",
            "JPN",
            {"eu", "CHN"},
            id="an-organization-can-be-a-side",
        ),
        pytest.param(
            "Kenya accused Somalia of arming clan militias. Uganda urged both sides to talk. Rwanda called on "
            "both sides to show restraint.",
            "RWA",
            {"KEN", "SOM"},
            id="a-mediator-is-no-side",
        ),
        pytest.param(
            "Bolivia accused Chile of diverting the Silala waters. Santiago rejected the charge. The OAS asked "
            "both capitals to return to talks.",
            "oas",
            {"BOL", "CHL"},
            id="both-capitals",
        ),
    ],
)
def test_both_sides_are_the_parties_of_the_dispute(text: str, speaker: str, targets: set[str]) -> None:
    """BOTH-SIDES: the two parties of the latest dispute, never the mediator nor the sentence's own subject."""
    (statement,) = [s for s in geostance.parse(text).statements if s.speaker == speaker]
    assert set(statement.targets) == targets


def test_judgment_after_several_prepositional_phrases_of_the_object() -> None:
    """CALL-X-Y: up to three prepositional phrases of the object come before its judgment."""
    article = geostance.parse(
        "Chile published a report on naval patrols near the southern islands. Argentina called the Chilean "
        'report on patrols near the islands in the south "a complete invention."'
    )
    (rebuttal,) = article.rebuttals
    assert rebuttal.speaker == "ARG"
    assert [s.speaker for s in article.statements if s.id in rebuttal.rebuts] == ["CHL"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param("Ghana's ambassador to the African Union said Togo had closed the border.", "GHA", id="possessor"),
        pytest.param("The Ghanaian envoy to the AU said Togo had closed the border.", "GHA", id="demonym"),
        pytest.param(
            "Ghana's representative to the United Nations, Ama Mensah, accused Togo of closing the border.",
            "GHA",
            id="possessor-with-a-name-in-apposition",
        ),
        pytest.param(
            "Kofi Boateng, an adviser to President Mahama of Ghana, said Togo had closed the border.",
            "GHA",
            id="an-adviser-to-someone-is-theirs",
        ),
    ],
)
def test_a_posted_role_speaks_for_its_sender(text: str, speaker: str) -> None:
    """POSTED-ROLE: "X's envoy to Y" speaks for X; "adviser to X" for X."""
    assert [s.speaker for s in geostance.parse(text).statements] == [speaker]


def test_the_host_of_an_envoy_is_not_its_speaker() -> None:
    """The ambassador "to Togo" names where the ambassador is posted: no speaker for Togo."""
    article = geostance.parse("The ambassador to Togo, Ama Mensah, said the border would reopen.")
    assert all(s.speaker != "TGO" for s in article.statements)


@pytest.mark.parametrize(
    ("text", "rebuts"),
    [
        pytest.param(
            "Norway urged Russia to let monitors in. The monitors' chief said they had been denied access to "
            "the port for weeks.",
            False,
            id="were-denied-access-is-a-refusal",
        ),
        pytest.param(
            "Norway accused Russia of blocking monitors. Moscow said the report had been denied by the port "
            "authority itself.",
            True,
            id="a-report-denied-by-someone-is-still-denied",
        ),
    ],
)
def test_access_denied_is_no_denial(text: str, rebuts: bool) -> None:
    """To be "denied access/entry/visas" is a refusal of something; it calls nothing untrue."""
    assert bool(geostance.parse(text).rebuttals) is rebuts


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Britain and the Netherlands urged the Houthis to stop.", "NLD"),
        ("Senegal and the Gambia signed a border pact, the Gambia said.", "GMB"),
    ],
)
def test_a_capitalised_article_of_an_alias_may_be_lower_case(text: str, state: str) -> None:
    """'The Netherlands' is an alias; in running text it is 'the Netherlands'."""
    assert state in [s.id for s in geostance.parse(text).states]


def test_a_name_behind_its_particle_ends_a_person_s_name() -> None:
    """'al-Murtada', 'el-Sisi': a lower-case particle joined by a hyphen to a capitalised name is part of the name."""
    article = geostance.parse(
        "Houthi military spokesman Yahya al-Hakimi warned Britain against any retaliation. "
        "Egypt's president, Ahmed el-Masri, urged restraint."
    )
    assert [(s.speaker, s.person.text if s.person else None) for s in article.statements] == [
        ("houthis", "Yahya al-Hakimi"),
        ("EGY", "Ahmed el-Masri"),
    ]


def test_a_governing_organ_speaks_as_its_parent() -> None:
    """The European Commission speaks as the EU (its name an alias of the EU); a UN organ stays itself."""
    article = geostance.parse(
        "The European Commission accused Beijing of dumping steel. The European Parliament backed the duties. "
        "The UN Security Council urged calm."
    )
    (eu,) = [o for o in article.organizations if o.id == "eu"]
    assert {"European Commission", "European Parliament"} <= set(eu.aliases)
    assert [s.speaker for s in article.statements] == ["eu", "unsc"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The ministry blamed Kabul for cross-border attacks on its posts.", "attacks"),
        ("Peru spoke about fishing claims by Chile.", "claims"),
        ("Seoul was angered by balloon launches from the north.", "launches"),
    ],
)
def test_a_verb_word_after_a_preposition_and_a_noun_is_a_noun(text: str, word: str) -> None:
    """'for cross-border attacks', 'about fishing claims': a noun phrase, no verb of its own."""
    sentence = Sentence(_doc(text), 0, vocabulary())
    (unit,) = [u for u in sentence.units if u.low == word]
    assert not unit.tag.islower()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The monitors drew on two annual reports on the prisons.", "reports"),
        ("The panel cited 12 statements by the inspectors.", "statements"),
        ("The agency relied on three separate claims by officials.", "claims"),
    ],
)
def test_a_numeral_opens_a_noun_phrase(text: str, word: str) -> None:
    """'two annual reports': after a numeral a verb-or-noun word is the noun, not a verb of speech."""
    sentence = Sentence(_doc(text), 0, vocabulary())
    (unit,) = [u for u in sentence.units if u.low == word]
    assert unit.tag == "O"


def test_even_as_ends_what_was_reported() -> None:
    """After "said", a clause opening ", even as" is the narrator's: B's rejection is B's own act."""
    article = geostance.parse(
        "Peru said on Monday that the fishing grounds had long been Peruvian, even as Ecuador dismissed Lima's claim "
        "as unfounded."
    )
    assert [(r.speaker, [s.speaker for s in article.statements if s.id in r.rebuts]) for r in article.rebuttals] == [
        ("ECU", ["PER"])
    ]


@pytest.mark.parametrize(
    ("text", "answered"),
    [
        ('"Caracas keeps repeating baseless claims," the Guyanese minister said.', "VEN"),
        ("Guyana's foreign minister said Venezuela's false allegations would not change the border.", "VEN"),
    ],
)
def test_an_actor_s_claims_judged_false_rebut_it(text: str, answered: str) -> None:
    """JUDGED-CLAIMS: the actor whose claims are called false is the one answered."""
    article = geostance.parse(text)
    (rebuttal,) = article.rebuttals
    assert rebuttal.speaker == "GUY"
    assert [s.speaker for s in article.statements if s.id in rebuttal.rebuts] == [answered]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Al-Shabaab fighters stormed a hotel in Mogadishu. Kenya condemned the attack.", "al-shabaab"),
        ("Gunmen raided a market in Borno. Boko Haram claimed responsibility. Chad condemned the raid.", "boko-haram"),
        ("A bombing by the Islamic State killed 40 people in Kabul. Iran condemned the bombing.", "islamic-state"),
        ("Forty people died in floods near Kabul. Iran condemned the attack.", None),
        ("Turkish jets struck villages near Dohuk overnight. Iraq condemned the strikes.", "TUR"),
        ("Russia carried out two air strikes on Idlib. Qatar condemned the strikes.", "RUS"),
        ("Sudanese army drones hit a market in Nyala. Chad condemned the attack.", "SDN"),
        ("Greek officials struck a deal with Cyprus on Monday. Turkey condemned the attack.", None),
        ("Gunmen raided a post. Mali would act if Algeria carried out strikes. Chad condemned the attack.", None),
    ],
)
def test_a_condemned_attack_targets_its_perpetrator(text: str, target: str | None) -> None:
    """ATTACK-PERPETRATOR: 'condemned the attack' accuses whoever the text last reported attacking."""
    (statement,) = [s for s in geostance.parse(text).statements if s.acts[0].value == "accuse"]
    assert list(statement.targets) == ([target] if target else [])


def test_an_unnamed_witness_is_nobody_s_voice() -> None:
    """'a hospital director said' after an actor named as the doer of the act is not that actor's."""
    article = geostance.parse(
        "Nine people were killed when Boko Haram fighters raided a market, a hospital director said."
    )
    assert article.statements == ()


def test_a_pronoun_in_a_relative_clause_keeps_the_sentence_s_speaker() -> None:
    """'X condemned what he called ... and vowed ...': the vow is X's too."""
    article = geostance.parse(
        "Boko Haram claimed the raid. Nigeria's president, Musa Bello, condemned what he called a cowardly act and "
        "vowed that his forces would hunt the attackers down."
    )
    assert [(s.speaker, [a.value for a in s.acts]) for s in article.statements if s.speaker == "NGA"] == [
        ("NGA", ["accuse", "warn"])
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Thailand urged Myanmar to stop the fighting in Shan state, saying it feared a new exodus.",
            {("THA", "MMR")},
            id="a-place-s-kind-after-its-name-is-no-verb",
        ),
        pytest.param(
            "Only a few countries, including Fiji and the island state of Nauru, have followed that lead.",
            set(),
            id="a-kind-after-a-noun-is-no-verb",
        ),
        pytest.param(
            "Tonga said the small island state of Tuvalu would host the talks.",
            {("TON", "TUV")},
            id="a-kind-after-a-noun-in-a-report",
        ),
        pytest.param(
            "Niger closed the border after Boko Haram attacks on Diffa.",
            set(),
            id="an-actor-s-attacks-after-a-preposition-are-a-noun",
        ),
        pytest.param(
            "Niger said Boko Haram attacks the border posts every week.",
            {("NER", "boko-haram")},
            id="after-a-subject-the-s-form-is-still-a-verb",
        ),
    ],
)
def test_verb_or_noun_after_a_name(text: str, expected: set[tuple[str, str | None]]) -> None:
    """A word that is a verb or a noun, right after a name: a noun inside a phrase, a verb after a subject."""
    assert _dyads(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Ghana Armed Forces (GAF) said its units had left the border. The GAF accused Togo of lying.", "GHA"),
        ("The Tanzania Police Force (TPF) accused Kenya of sheltering the smugglers.", "TZA"),
    ],
)
def test_a_defined_organ_named_after_its_state_speaks_for_it(text: str, speaker: str) -> None:
    """'The Ghana Armed Forces (GAF)': a state's organ defined inline, opening with the state's name, is the state."""
    article = geostance.parse(text)
    assert {s.speaker for s in article.statements} == {speaker}
    assert not article.groups


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Both Chile and Bolivia claim the strip of coast north of Arica.", set(), id="a-territorial-claim"
        ),
        pytest.param("Iran claimed the islands were Iranian.", {("IRN", None)}, id="a-claim-reported-as-a-clause"),
        pytest.param("Boko Haram claimed the bombing in Maiduguri.", {("boko-haram", None)}, id="a-claim-of-an-attack"),
    ],
)
def test_claiming_a_territory_is_no_speech(text: str, expected: set[tuple[str, str | None]]) -> None:
    """'X and Y claim the territory' states ownership, not something said; 'claimed (that) ...' reports speech."""
    assert _dyads(text) == expected


_TRANSCRIPT = (
    "Foreign Ministry spokeswoman Ana Duarte of Portugal gave her weekly briefing on Tuesday.\n"
    "Reporter: Spain's minister said Portuguese trawlers had fished illegally off Galicia. How do you respond?\n"
    "Ana Duarte: These accusations are unfounded. We have checked every logbook. Our fleet respects the quotas.\n"
    "Reuters: Will the minister travel to Brussels this week?\n"
    "Ana Duarte: The trip is being prepared and we will announce the dates soon."
)


def test_a_transcript_answer_is_its_speaker_s_words() -> None:
    """TRANSCRIPT-TURN: the answer's sentences are the spokeswoman's; the outlet asking speaks for nobody."""
    article = geostance.parse(_TRANSCRIPT)
    (rebuttal,) = article.rebuttals
    assert rebuttal.speaker == "PRT"
    assert [s.speaker for s in article.statements if s.id in rebuttal.rebuts] == ["ESP"]
    claims = [c.text for c in rebuttal.claims]
    assert "These accusations are unfounded" in claims
    assert "Our fleet respects the quotas" in claims
    assert {s.speaker for s in article.statements} <= {"ESP", "PRT"}


def test_an_answer_labelled_by_a_qualified_role_is_the_briefing_s_author() -> None:
    """'Official Spokesperson:' is an answer label too; with no person introduced, the briefing's author answers."""
    article = geostance.parse(
        "Record of the weekly press briefing by the spokesperson of the Kenyan foreign ministry in Nairobi.\n"
        "Question: Uganda accused Kenya of blocking fuel trucks at the border. Your comment?\n"
        "Official Spokesperson: We reject this claim. The trucks were cleared within hours.\n"
        "Question: Any news on the regional summit?\n"
        "Official Spokesperson: We expect all members to attend."
    )
    assert [r.speaker for r in article.rebuttals] == ["KEN"]
    assert "The trucks were cleared within hours" in [c.text for c in article.rebuttals[0].claims]


_BRIEFING = (
    "Foreign ministry spokeswoman Lena Moll of Austria held her weekly briefing in Vienna.\n"
    "Q: Hungary's government on Monday closed two crossings, accusing Austria of stalling the transit deal. "
    "What is Austria's response?\n"
    "A: We regret the closure. We urge Budapest to reopen the crossings.\n"
    "Q: Slovenia will host the regional summit next week. Will Austria attend?\n"
    "A: We support Slovenia's chairmanship and will attend."
)


def test_a_question_s_report_is_read_from_after_its_label() -> None:
    """'Q: X on Monday closed ..., accusing Y of ...': the label is no subject; the report is X's."""
    article = geostance.parse(_BRIEFING)
    assert ("HUN", ("AUT",)) in [(s.speaker, s.targets) for s in article.statements]


def test_each_answer_of_a_transcript_is_its_own_statement() -> None:
    """A new answer opens a new occasion: the briefer's answers to two questions are two statements."""
    article = geostance.parse(_BRIEFING)
    mine = [s for s in article.statements if s.speaker == "AUT"]
    assert [s.targets[:1] for s in mine] == [("HUN",), ("SVN",)]


def test_an_answer_labelled_by_role_is_the_briefer_s() -> None:
    """'Spokesperson:' is the person who gives the briefing; a question label speaks for nobody."""
    article = geostance.parse(
        "Kenya's foreign ministry spokesman Peter Otieno held a briefing in Nairobi.\n"
        "Question: Uganda accused Kenya of blocking fuel trucks at the border. Your comment?\n"
        "Spokesperson: That is not true. The trucks were cleared within hours.\n"
        "Question: Any news on the regional summit?\n"
        "Spokesperson: We expect all members to attend."
    )
    assert [r.speaker for r in article.rebuttals] == ["KEN"]
    assert all(s.speaker in {"UGA", "KEN"} for s in article.statements)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Ecuador has rejected claims that its coast guard fired on boats near the border with Colombia, with "
            "government spokesman Luis Mena telling reporters that the claims were false.",
            "ECU",
            id="a-body-role-after-with-is-the-sentence-s-actor-s",
        ),
        pytest.param(
            "Colombia accused Ecuador of firing on boats. In Quito, government spokesman Luis Mena said the claims "
            "were false.",
            "ECU",
            id="a-body-role-in-a-place-frame-is-the-capital-s-state-s",
        ),
        pytest.param(
            "Colombia accused Ecuador of firing on boats. In Quito, Interior Minister and government spokesman "
            "Luis Mena said the claims were false.",
            "ECU",
            id="titles-of-one-person-are-one-speaker",
        ),
    ],
)
def test_whose_body_a_role_names(text: str, speaker: str) -> None:
    """A person named by a state body's role without its state: the absolute clause's or the frame's state."""
    article = geostance.parse(text)
    assert [r.speaker for r in article.rebuttals] == [speaker]
    assert all(c.text[-5:] != ", with" and not c.text.endswith(" with") for r in article.rebuttals for c in r.claims)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "ATHENS - Turkey accused Greece of arming its islands. Defence Ministry sources said the claims were "
            "baseless.",
            "GRC",
            id="bare-ministry-sources-under-a-dateline",
        ),
        pytest.param(
            "Turkey accused Greece of arming its islands. Greece denied it. Foreign Ministry officials said the "
            "claims were baseless.",
            "GRC",
            id="bare-ministry-officials-after-the-state-spoke",
        ),
    ],
)
def test_bare_state_body_sources_speak_for_the_state(text: str, speaker: str) -> None:
    """'Defence Ministry sources said' with no state named: the dateline's state, else the last state that spoke."""
    article = geostance.parse(text)
    assert {r.speaker for r in article.rebuttals} == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Knesset's foreign affairs committee said Hezbollah had fired the rockets.", "ISR"),
        ("Li Wen, a spokesperson for the Taiwan Affairs Office, said the island's leader was a separatist.", "CHN"),
        ("The ISPR said Indian troops had violated the ceasefire along the Line of Control.", "PAK"),
    ],
)
def test_an_institution_names_its_state(text: str, speaker: str) -> None:
    """A state's institution named alone ('the Knesset', 'the Taiwan Affairs Office', 'the ISPR') is the state."""
    assert [s.speaker for s in geostance.parse(text).statements] == [speaker]


def test_joint_rebutters_never_answer_one_another() -> None:
    """A joint speaker's own name is no claimant of the claims it calls false."""
    article = geostance.parse(
        "Chile accused Peru of spying. Peru's defence minister and Bolivia's foreign minister said the claims were "
        "false."
    )
    speaker_of = {s.id: s.speaker for s in article.statements}
    assert sorted((r.speaker, [speaker_of[x] for x in r.rebuts]) for r in article.rebuttals) == [
        ("BOL", ["CHL"]),
        ("PER", ["CHL"]),
    ]


def test_a_described_possessor_of_a_claim_judged_false_is_answered() -> None:
    """JUDGED-CLAIMS: "the ministry's account was incorrect" answers the actor the ministry was tied to."""
    article = geostance.parse(
        "China's commerce ministry said the European firms had dumped steel. The EU delegation later said the "
        'ministry\'s account was "simply incorrect."'
    )
    speaker_of = {s.id: s.speaker for s in article.statements}
    assert [(r.speaker, [speaker_of[x] for x in r.rebuts]) for r in article.rebuttals] == [("eu", ["CHN"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Estonia, citing violations of its airspace by Russia, summoned the chargé d'affaires.",
            {("EST", "RUS")},
            id="citing-a-reason-is-the-subject-s-statement",
        ),
        pytest.param(
            "Moscow, saying the talks had failed, said Kyiv was to blame.",
            {("RUS", "UKR")},
            id="the-verb-after-the-participle-is-the-subject-s-own",
        ),
        pytest.param(
            "Iran, citing violations by France, Germany and Britain, suspended its cooperation.",
            {("IRN", "FRA"), ("IRN", "DEU"), ("IRN", "GBR")},
            id="a-comma-inside-a-list-does-not-close-it",
        ),
        pytest.param(
            "Beijing, denying that its vessels had rammed the boat, accused Manila of provocations.",
            {("CHN", "PHL")},
            id="a-denial-set-off-before-an-accusation",
        ),
        pytest.param(
            "Hungary recalled its ambassador to Ukraine.",
            set(),
            id="recalling-an-envoy-is-no-speech",
        ),
    ],
)
def test_a_set_off_participle_is_the_opening_subject_s(text: str, expected: set[tuple[str, str | None]]) -> None:
    """SET-OFF-PARTICIPLE: 'X, citing ..., verb': the participle and the verb after it are X's."""
    assert _dyads(text) == expected


def test_a_set_off_denial_keeps_its_own_claims() -> None:
    """The denial set off before the main verb ends at its closing comma: the accusation after it is no claim."""
    article = geostance.parse("Beijing, denying that its vessels had rammed the boat, accused Manila of provocations.")
    (rebuttal,) = article.rebuttals
    assert [c.text for c in rebuttal.claims] == ["denying that its vessels had rammed the boat"]


@pytest.mark.parametrize(
    ("text", "speakers", "claims"),
    [
        ("Vietnam's defence ministry denied the report. Spokesman Tran Minh said no ship had left port.", {"VNM"}, 2),
        ("Norway's foreign ministry rejected the claim. A spokeswoman said the radar was for weather.", {"NOR"}, 2),
        ("Egypt rejected the plan. A spokesman for the African Union said talks would go on.", {"EGY", "au"}, 1),
    ],
)
def test_a_spokesperson_without_a_body_is_the_last_speaker_s_voice(text: str, speakers: set[str], claims: int) -> None:
    """SPOKESPERSON-OF-THE-LAST-SPEAKER: a bare spokesperson speaks for whoever just spoke; a named body wins.

    A rebutter's spokesperson adds claims to its rebuttal; another body's spokesperson does not.
    """
    article = geostance.parse(text)
    assert {s.speaker for s in (*article.statements, *article.rebuttals)} == speakers
    assert sum(len(r.claims) for r in article.rebuttals) == claims


def test_a_bracketed_acronym_inside_a_phrase_keeps_the_phrase_whole() -> None:
    """'The Ghana Armed Forces (GAF) spokesman Name': the acronym does not cut the subject in two."""
    article = geostance.parse("The Ghana Armed Forces (GAF) spokesman Kofi Mensah said Togolese troops had crossed.")
    assert [(s.speaker, s.targets) for s in article.statements] == [("GHA", ("TGO",))]


@pytest.mark.parametrize(
    ("text", "rebutter"),
    [
        pytest.param(
            "Mexico accused Sinaloa Cartel, the country's largest trafficking network, of the ambush. "
            "The network denied any role.",
            "sinaloa-cartel",
            id="name-then-description",
        ),
        pytest.param(
            "Peru blamed the criminal alliance, Tren de Aragua, for the extortion wave. "
            "A spokesman for the alliance rejected the accusation.",
            "tren-de-aragua",
            id="description-then-name-and-a-role-of-it",
        ),
    ],
)
def test_a_description_beside_a_name_is_that_actor_later(text: str, rebutter: str) -> None:
    """DESCRIBED-NAME: 'the network', 'the alliance' later mean the actor they were set beside."""
    article = geostance.parse(text)
    assert [r.speaker for r in article.rebuttals] == [rebutter]


def test_a_description_beside_no_name_ties_nothing() -> None:
    """Without a name beside it, 'the alliance' is not a criminal group introduced elsewhere."""
    article = geostance.parse("Peru blamed the criminal alliance for the extortion wave. The alliance denied it.")
    assert article.rebuttals == ()


def test_an_indefinite_role_in_an_absolute_clause_is_the_opening_actor() -> None:
    """WITH-ABSOLUTE: ', with a spokesperson saying ...' after another speaker: the sentence's opening actor."""
    text = (
        "Gunmen attacked a convoy near Gao. The UN mission condemned the attack. The Quai d'Orsay also condemned "
        "the ambush, with a spokesperson saying Paris stood with Mali."
    )
    assert "statement FRA -> MLI [accuse, assert]" in outline(geostance.parse(text))


def test_a_description_in_an_absolute_clause_is_the_opening_actor() -> None:
    """WITH-ABSOLUTE: ', with the government insisting ...' is the sentence's opening actor, not the last named."""
    article = geostance.parse(
        "Fiji has defended a fishing pact with Japan against Chinese criticism, with the government insisting "
        "the deal was lawful."
    )
    assert [r.speaker for r in article.rebuttals] == ["FJI"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Hungary defended its gas deal with Russia against criticism from the European Commission.",
            {("HUN", "eu")},
            id="criticism-from-an-author",
        ),
        pytest.param(
            "Kyrgyzstan defended the border accord against Tajik accusations.",
            {("KGZ", "TJK")},
            id="an-adjective-s-accusations",
        ),
    ],
)
def test_defending_against_criticism_rebuts_its_author(text: str, expected: set[tuple[str, str]]) -> None:
    """DEFEND-AGAINST: defending something against an actor's criticism rebuts that actor."""
    article = geostance.parse(text)
    by_id = {s.id: s.speaker for s in article.statements}
    assert {(r.speaker, by_id[answered]) for r in article.rebuttals for answered in r.rebuts} == expected


def test_defending_against_no_one_s_words_is_support() -> None:
    """A thing defended against something that nobody said is no rebuttal."""
    article = geostance.parse("Kyrgyzstan defended the border accord against rising smuggling.")
    assert article.rebuttals == ()
    assert [s.speaker for s in article.statements] == ["KGZ"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Vietnam's Ministry of Agriculture and Environment said the dams held back water.", "VNM"),
        ("Britain's Minister for Development and the Caribbean, Ann Cole, said the aid would continue.", "GBR"),
    ],
)
def test_a_body_s_name_goes_on_after_and(text: str, speaker: str) -> None:
    """'Ministry of A and B': a capitalised name part after "and" belongs to the body's name, not a new subject."""
    assert [s.speaker for s in geostance.parse(text).statements] == [speaker]


def test_a_list_of_actors_after_of_stays_a_list() -> None:
    """'the foreign ministers of Iran and Russia': actors after "and" are a list, not one name."""
    article = geostance.parse("The foreign ministers of Iran and Russia rejected the plan.")
    assert {r.speaker for r in article.rebuttals} == {"IRN", "RUS"}


def test_a_minister_of_the_dateline_s_state() -> None:
    """TITLE-OF-THE-DATELINE: a bare 'Minister Name' is the dateline's state."""
    article = geostance.parse("SUVA (AP) - Minister Jone Ratu said the navy would patrol the reef.")
    assert [s.speaker for s in article.statements] == ["FJI"]


@pytest.mark.parametrize(
    "text",
    [
        (
            "NAIROBI, Kenya (Reuters) - Ethiopia rejected the report on the dam. Minister Abebe Tadesse said the "
            "filling would go on."
        ),
        (
            "BANGKOK (AP) - Myanmar's military council extended its emergency rule. Minister Kyaw Lin said the vote "
            "would wait."
        ),
    ],
)
def test_a_bureau_s_dateline_is_not_the_story_s_state(text: str) -> None:
    """TITLE-OF-THE-DATELINE: a dateline state the story never names, over a story on another state, is a bureau."""
    speakers = {s.speaker for s in geostance.parse(text).statements}
    assert not speakers & {"KEN", "THA"}


def test_a_dateline_state_the_story_names_is_its_home() -> None:
    """TITLE-OF-THE-DATELINE: a dateline state named in the body again holds the bare title."""
    article = geostance.parse(
        "NAIROBI (Reuters) - Uganda closed a border post with Kenya. Minister Jane Wanjiru said the move was unlawful."
    )
    assert "KEN" in speakers_of(article)


def test_she_is_the_person_of_a_relative_clause_when_no_one_else_spoke() -> None:
    """'Name, who said ..., met him' with no main speaker: 'she' next is that person."""
    article = geostance.parse(
        "Fiji's minister Jone Ratu spoke first. On Monday, in Suva, Australia's envoy, Claire Moss, who said "
        "Canberra was concerned, met him. She urged Fiji to publish the deal."
    )
    assert ("AUS", ("FJI",)) in [(s.speaker, s.targets) for s in article.statements]


def test_a_rebuttal_s_own_statement_named_after_its_verb_speaks_next() -> None:
    """'rejected the allegations in a statement': 'The statement said ...' next is the rebutter's."""
    article = geostance.parse(
        "ECOWAS accused Mali of abuses. Mali rejected the allegations in a statement on Monday. "
        "The statement said the reports were invented."
    )
    (rebuttal,) = article.rebuttals
    assert rebuttal.speaker == "MLI"
    assert [c.text for c in rebuttal.claims][-1] == "the reports were invented"


def test_a_rejected_statement_is_not_the_rejecter_s_document() -> None:
    """'rejected the ECOWAS statement': 'The statement said ...' next is still ECOWAS's."""
    article = geostance.parse(
        "ECOWAS said Mali had committed abuses. Mali rejected the ECOWAS statement on Monday. "
        "The statement said the army had killed civilians."
    )
    assert [len(r.claims) for r in article.rebuttals] == [1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Sudan and South Sudan blamed one another for the clashes in Abyei.",
            {("SDN", "SSD"), ("SSD", "SDN")},
            id="one-another",
        ),
        pytest.param(
            "Peru, Chile and Bolivia urged each other to reopen the border.",
            {("PER", "CHL"), ("PER", "BOL"), ("CHL", "PER"), ("CHL", "BOL"), ("BOL", "PER"), ("BOL", "CHL")},
            id="three-speakers",
        ),
        pytest.param(
            "Sudan and South Sudan blamed Ethiopia for the clashes.",
            {("SDN", "ETH"), ("SSD", "ETH")},
            id="a-third-party-is-no-reciprocal",
        ),
    ],
)
def test_a_reciprocal_act_aims_each_speaker_at_the_others(text: str, expected: set[tuple[str, str]]) -> None:
    """RECIPROCAL: 'each other', 'one another' make a joint act aimed at the co-speakers."""
    assert _dyads(text) == expected


def test_each_rejecting_the_other_s_account_is_mutual_rebuttal() -> None:
    """', each rejecting the other's version': each co-speaker rebuts the others."""
    article = geostance.parse("Sudan and South Sudan traded blame, each rejecting the other's version of events.")
    by_id = {s.id: s.speaker for s in article.statements}
    pairs = {(r.speaker, by_id.get(x)) for r in article.rebuttals for x in r.rebuts}
    assert {speaker for speaker, _ in pairs} == {"SDN", "SSD"}


def test_the_accuser_named_in_the_denial_s_own_sentence_is_answered() -> None:
    """A denial answers the accuser its own sentence names ('..., which X had blamed on the group')."""
    article = geostance.parse(
        "Amnesty International accused the Houthis of abuses. The Houthis denied any role in the blast, "
        "which Saudi Arabia had blamed on the group."
    )
    by_id = {s.id: s.speaker for s in article.statements}
    (rebuttal,) = article.rebuttals
    assert [by_id[x] for x in rebuttal.rebuts] == ["SAU"]
    assert [c.text for c in rebuttal.claims] == ["denied any role in the blast"]


def test_a_spokesman_named_with_a_described_group_speaks_for_it() -> None:
    """'A spokesman for the armed group, Name,': the group described, not the last speaker."""
    article = geostance.parse(
        "Amnesty International accused the Houthis of abuses. The rights group urged an inquiry. "
        "A spokesman for the armed group, Ali Saleh, said the report was false."
    )
    assert [r.speaker for r in article.rebuttals] == ["houthis"]


@pytest.mark.parametrize(
    ("text", "rebutter", "answered"),
    [
        pytest.param(
            "The assertion of the Chilean navy that Peruvian boats entered its waters is pure invention. "
            "So said the foreign ministry of Peru on Tuesday.",
            "PER",
            "CHL",
            id="so-said",
        ),
        pytest.param(
            "Seoul's allegations about the drone flights are groundless. These remarks were made by "
            "a spokesman of the North Korean defence ministry.",
            "PRK",
            "KOR",
            id="remarks-made-by",
        ),
    ],
)
def test_words_judged_false_without_a_verb_are_the_next_sentence_s_speaker_s(
    text: str, rebutter: str, answered: str
) -> None:
    """VERBLESS-JUDGMENT: the judgment is a rebuttal by whoever the next sentence names, of the words' author."""
    article = geostance.parse(text)
    by_id = {s.id: s.speaker for s in article.statements}
    assert [(r.speaker, [by_id[x] for x in r.rebuts]) for r in article.rebuttals] == [(rebutter, [answered])]


def test_a_verbless_judgment_with_no_one_named_next_is_nobody_s() -> None:
    """Without an attribution after it, a judgment with no speaker is no rebuttal."""
    article = geostance.parse("Seoul's allegations about the drone flights are groundless. The talks resume on Monday.")
    assert article.rebuttals == ()


def test_an_adverb_before_the_reported_verb_keeps_the_report() -> None:
    """'said its forces only struck ...': the adverb does not hide the reported clause."""
    article = geostance.parse("Russia's defence ministry said its forces only struck military targets.")
    (statement,) = article.statements
    assert statement.speaker == "RUS"
    assert "only struck military targets" in statement.evidence[0].text


@pytest.mark.parametrize(
    ("text", "rebuts"),
    [
        pytest.param("Bhutan slammed China for publishing a map that shows the valley as Chinese.", True, id="a-map"),
        pytest.param("Greece criticised Turkey for issuing a statement on the islands.", True, id="a-statement"),
        pytest.param("Greece criticised Turkey for sending survey ships to the islands.", False, id="an-act"),
    ],
)
def test_criticising_an_actor_for_what_it_issues_rebuts_it(text: str, rebuts: bool) -> None:
    """CRITICIZE-FOR-CLAIMING: for issuing or publishing a document is for a claim; for an act is an accusation."""
    article = geostance.parse(text)
    assert bool(article.rebuttals) is rebuts


@pytest.mark.parametrize(
    ("text", "rebutter"),
    [
        pytest.param(
            "Baku accused Yerevan of shelling its positions. Armenia's defence ministry said the units on the "
            "ridge were not assault troops but border guards.",
            "ARM",
            id="not-x-but-y",
        ),
        pytest.param(
            "Israel accused Hamas of firing the rocket. Hamas said the blast was caused by an Israeli missile, "
            "not a Palestinian rocket.",
            "hamas",
            id="x-not-y",
        ),
        pytest.param(
            "Lithuania accused Belarus of sending the balloons. Minsk said it was smugglers, not the Belarusian "
            "state, that had launched them.",
            "BLR",
            id="cleft",
        ),
    ],
)
def test_a_correction_by_the_accused_rebuts(text: str, rebutter: str) -> None:
    """CORRECTIVE-CONTRAST: an accused actor setting a correction against the charge rebuts it."""
    assert [r.speaker for r in geostance.parse(text).rebuttals] == [rebutter]


@pytest.mark.parametrize(
    ("said", "corrects"),
    [
        pytest.param("the units on the ridge were not assault troops but border guards", True, id="not-x-but-y"),
        pytest.param("the blast was caused by an Israeli missile, not a Palestinian rocket", True, id="x-not-y"),
        pytest.param("it was smugglers, not the Belarusian state, that had launched them", True, id="cleft"),
        pytest.param("the units on the ridge were not only trained but also well equipped", False, id="additive"),
        pytest.param("it had not decided but would study the proposal", False, id="a-negated-verb"),
        pytest.param("it would join the union with dignity, not on its knees", False, id="a-manner"),
        pytest.param("the closure had made trade harder, not easier", False, id="a-degree"),
        pytest.param("the closure had made trade harder, not more", False, id="a-bare-determiner"),
    ],
)
def test_a_correction_is_told_from_other_contrasts(said: str, corrects: bool) -> None:
    """An additive 'not only ... but', a negated verb, a manner or a degree set against another correct nothing."""
    text = f"The ministry said {said}."
    sentence = Sentence(_doc(text), 0, vocabulary())
    assert wording.corrects(sentence, [(text.index(said), text.index(said) + len(said))]) is corrects


def test_a_reported_clause_whose_subject_has_a_prepositional_complement() -> None:
    """'said the forces in the border region are ...': the complement does not hide the reported clause."""
    article = geostance.parse("Georgia said the Russian troops in the breakaway region were preparing a drill.")
    (statement,) = article.statements
    assert statement.speaker == "GEO"
    assert "were preparing a drill" in statement.evidence[0].text


def test_a_member_of_an_actor_s_body_named_in_apposition_speaks_for_the_actor() -> None:
    """'A member of X's council, Name, dismissed ...': 'member' is a role, so the apposed name is X's voice."""
    article = geostance.parse(
        "Kenya accused the Somali militants of planning attacks. A member of al-Shabaab's shura council, "
        'Ali Dheere, dismissed the report as "fabrications written in Nairobi".'
    )
    assert [(r.speaker, r.claims[0].text[:9]) for r in article.rebuttals] == [("al-shabaab", "dismissed")]


@pytest.mark.parametrize("word", ["fabrications", "distortions", "falsehoods", "fairy tales"])
def test_plural_judgment_nouns_call_words_false(word: str) -> None:
    """Countable judgments are inflected from their lemma: the plural judges as the singular does."""
    assert {e.category for e in vocabulary().lookup(word.split(), 0)[1] if e.kind == "judgment"} == {"falsity"}


@pytest.mark.parametrize(
    ("said", "targets"),
    [
        pytest.param("it had never armed any party in Yemen or Somalia", (), id="or"),
        pytest.param("it had never armed groups in Yemen, Sudan and Somalia", (), id="a-list"),
        pytest.param("Kenya and Somalia had armed the groups", ("KEN", "SOM"), id="a-list-of-actors"),
    ],
)
def test_every_member_of_a_list_of_places_is_a_place(said: str, targets: tuple[str, ...]) -> None:
    """The preposition before a list makes each of its members a place, not the first only."""
    (statement,) = geostance.parse(f"Iran said {said}.").statements
    assert statement.targets == targets


@pytest.mark.parametrize(
    ("text", "state"),
    [
        pytest.param("The Dominican Republic closed its border. The Dominican army said it was ready.", "DOM", id="dr"),
        pytest.param("Dominica hosted the summit. The Dominican foreign ministry said it was ready.", "DMA", id="dm"),
        pytest.param(
            "The Republic of the Congo voted no. The Congolese foreign minister said it was wrong.", "COG", id="cg"
        ),
    ],
)
def test_a_demonym_two_states_share_names_the_one_the_text_names(text: str, state: str) -> None:
    """'Dominican' and 'Congolese' belong to two states each: the one the article names by name wins."""
    doc = _doc(text)
    assert {hit.actor for hit in doc.adjectives} == {state}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "NIAMEY, May 3 (Reuters) - Niger's junta blamed foreign-backed fighters for the raid. Islamic State "
            "Sahel Province said it had killed 20 soldiers. Army spokesman Colonel Amadou Issa said eight soldiers "
            "had died.",
            "NER",
            id="a-militia-then-the-army",
        ),
        pytest.param(
            "Somalia accused the militants of the bombing. Al-Shabaab said its fighters had struck the hotel. "
            "The foreign ministry said the group would be defeated.",
            "SOM",
            id="a-militia-then-the-ministry",
        ),
    ],
)
def test_a_state_body_after_a_militia_spoke_is_the_last_state_s(text: str, speaker: str) -> None:
    """An army or a ministry named without its state is no militia's: the last state to speak, or the dateline's."""
    assert geostance.parse(text).statements[-1].speaker == speaker


def test_a_state_body_after_a_government_in_fact_spoke_is_its() -> None:
    """A de facto authority (the Taliban) has a state's bodies: its foreign ministry is its own."""
    article = geostance.parse(
        "The Taliban said the border was calm. The foreign ministry said Kabul wanted good relations."
    )
    assert [s.speaker for s in article.statements] == ["taliban"]


@pytest.mark.parametrize(
    ("text", "speaker", "targets"),
    [
        pytest.param(
            "Vietnam's white paper, released this week, accuses China of blocking fishing boats.",
            "VNM",
            ("CHN",),
            id="a-document",
        ),
        pytest.param(
            "Chile's foreign ministry, writing on its website on Sunday, urged Bolivia to drop the case.",
            "CHL",
            ("BOL",),
            id="a-body",
        ),
    ],
)
def test_a_participle_set_off_after_the_subject_hides_no_subject(
    text: str, speaker: str, targets: tuple[str, ...]
) -> None:
    """PARTICIPLE-INSERTION: ', released this week,' is about the subject; the verb after it is still the subject's."""
    (statement,) = geostance.parse(text).statements
    assert (statement.speaker, statement.targets) == (speaker, targets)


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        pytest.param("Qatar rejected any disruption of shipping in the Strait of Hormuz.", (), id="any-disruption"),
        pytest.param("Tokyo opposed any attempt by Beijing to seize the disputed reefs.", ("CHN",), id="by"),
        pytest.param("Nigeria rejects all forms of terrorism and extremism.", (), id="all-forms"),
    ],
)
def test_rejecting_a_kind_of_act_is_disapproval_not_a_rebuttal(text: str, targets: tuple[str, ...]) -> None:
    """REJECT-ACT: 'rejected any threat to X' opposes an act; nobody's claim is answered."""
    article = geostance.parse(text)
    assert article.rebuttals == ()
    assert [(s.acts, s.targets) for s in article.statements][-1:] == [((geostance.Act.ACCUSE,), targets)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Japan protested against the joint drills held by China near Hokkaido.",
            ["statement JPN -> CHN [accuse]"],
            id="drills-held-by",
        ),
        pytest.param(
            "Lithuania objected to the missile tests conducted by Russia in Kaliningrad.",
            ["statement LTU -> RUS [accuse]"],
            id="tests-conducted-by",
        ),
        pytest.param(
            "India protested against China's renaming of villages in the border state.",
            ["statement IND -> CHN [accuse]"],
            id="a-possessors-deed",
        ),
        pytest.param(
            "Kenya rejected the plan proposed by Somalia for the border.",
            ["rebuttal KEN answers SOM", "statement SOM -> - [assert]"],
            id="near-miss-a-proposal-is-answered",
        ),
    ],
)
def test_protesting_a_deed_is_an_accusation_not_a_rebuttal(text: str, expected: list[str]) -> None:
    """REJECT-ACT: rejecting or protesting a deed (drills, tests, a renaming) accuses its doer; words are answered."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Beijing accused Tokyo of provocations. Tokyo rejected all the accusations.",
        "Beijing accused Tokyo of provocations. Tokyo rejected any suggestion that it had provoked anyone.",
    ],
)
def test_rejecting_every_claim_is_still_a_rebuttal(text: str) -> None:
    """A quantified report noun ('all the accusations', 'any suggestion that') is still a claim answered."""
    assert [r.speaker for r in geostance.parse(text).rebuttals] == ["JPN"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        pytest.param("The European Union criticised the bill. Georgia accused Brussels of blackmail.", "eu", id="eu"),
        pytest.param("NATO held talks. Russia accused Brussels of provocations.", "nato", id="nato"),
        pytest.param("China accused Brussels of protectionism.", "eu", id="none-named"),
        pytest.param("Belgium closed its airspace. The Netherlands accused Brussels of haste.", "BEL", id="the-state"),
    ],
)
def test_an_organization_s_seat_names_the_organization(text: str, target: str) -> None:
    """'Brussels' stands for the EU or NATO (the one named), not Belgium, unless only Belgium is named."""
    assert geostance.parse(text).statements[-1].targets == (target,)


@pytest.mark.parametrize(
    "reply",
    [
        "Caracas called it a lie.",
        "Caracas described it as pure fabrication.",
        "Caracas rubbished the claims.",
        "Caracas refused to accept the findings.",
        "Caracas shrugged off the accusation.",
        "Caracas mocked the report.",
    ],
)
def test_more_ways_to_reject_an_accusation(reply: str) -> None:
    """A falsity judgment of 'it', 'rubbish', 'refuse to accept', 'shrug off', 'mock' + a report noun all rebut."""
    article = geostance.parse(f"Guyana accused Venezuela of massing troops on the border. {reply}")
    by_id = {s.id: s.speaker for s in article.statements}
    assert [(r.speaker, [by_id[x] for x in r.rebuts]) for r in article.rebuttals] == [("VEN", ["GUY"])]


@pytest.mark.parametrize(
    "reply",
    [
        "Caracas called it a dangerous escalation.",
        "Maduro derided the Organization of American States as a tool of Washington.",
    ],
)
def test_judging_an_act_or_an_actor_is_no_rebuttal(reply: str) -> None:
    """A condemnation of 'it' (the act) or a derided organization is an accusation, not a rebuttal."""
    article = geostance.parse(f"Guyana accused Venezuela of massing troops on the border. {reply}")
    assert article.rebuttals == ()


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        pytest.param("China said it upheld an impartial position on the Ukraine crisis.", (), id="crisis"),
        pytest.param("Brazil said the Syria conflict had no military solution.", (), id="conflict"),
        pytest.param("Japan urged restraint over the Taiwan issue.", (), id="issue"),
        pytest.param(
            "Turkey said the Ukraine war had lasted too long and urged Russia to accept a truce.",
            ("RUS",),
            id="near-miss-another-actor-urged",
        ),
        pytest.param("Brazil said Syria had no military solution in sight.", ("SYR",), id="near-miss-the-state-acts"),
    ],
)
def test_a_state_naming_where_an_affair_is_is_no_target(text: str, targets: tuple[str, ...]) -> None:
    """TOPIC-MODIFIER: "the Ukraine crisis", "the Syria conflict" name where an affair is, not whom it is about."""
    (statement,) = geostance.parse(text).statements
    assert statement.targets == targets


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param(
            "BEIJING (Xinhua) -- China firmly opposes the listing of its firms in the sanctions against Russia, a "
            "spokesperson for the Ministry of Commerce said Tuesday.",
            ["CHN"],
            id="sanctions-against-a-state",
        ),
        pytest.param(
            "Ghana condemned the raid on a convoy bound for Togo, a spokesman for the Foreign Ministry said.",
            ["GHA"],
            id="a-place-named-after-a-destination",
        ),
        pytest.param(
            "At NATO headquarters in Brussels, a spokesperson said the alliance would stand by Estonia.",
            ["nato"],
            id="near-miss-an-opening-place-frame",
        ),
    ],
)
def test_an_actor_after_a_preposition_of_no_place_frames_no_spokesperson(text: str, speakers: list[str]) -> None:
    """PLACE-FRAME for "a spokesperson": only after "at", "in", "from" ...: "sanctions against X" are no frame."""
    assert [s.speaker for s in geostance.parse(text).statements] == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Malawi's opposition Democratic Progressive Party (DPP) rejected the results. The European Union's "
            "observers said the arrest of DPP officials had tilted the field.\nChief government spokesperson Moses "
            "Kunkuyu said the EU mission had overstepped its mandate.",
            "MWI",
            id="government-after-an-organization-named-a-party",
        ),
        pytest.param(
            "The Taliban said the border was calm. UNAMA said it had received reports of shelling by the "
            "Taliban.\nGovernment spokesman Zabihullah Mujahid said no troops had crossed.",
            "taliban",
            id="near-miss-a-governing-group",
        ),
    ],
)
def test_a_government_title_after_an_organization_is_no_partys(text: str, speaker: str) -> None:
    """GOVERNMENT-NOT-PARTY: "government spokesperson" after an organization named a party is a state's voice."""
    assert speakers_from(geostance.parse(text), text.rindex("\n") + 1) == {speaker}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "ASEAN leaders urged Myanmar to end the violence in a joint communique. The communique, released at "
            "the close of the summit in Vientiane, Laos, said the bloc was deeply concerned.",
            ["statement asean -> MMR [demand, assert]"],
            id="place-state-set-off-inside",
        ),
        pytest.param(
            "Group of Seven leaders accused China of unfair trade in a summit communique. The communique, released "
            "at the close of the meeting in Evian, France, said the leaders would act together.",
            ["statement g7 -> CHN [accuse, assert]"],
            id="released-at-a-meeting-in-a-host-state",
        ),
        pytest.param(
            "The African Union urged Sudan to hold talks. Its chairman, speaking in Addis Ababa, Ethiopia, said the "
            "fighting must stop.",
            ["statement au -> SDN [demand]"],
            id="near-miss-an-ing-participle",
        ),
    ],
)
def test_a_past_participle_set_off_after_the_subject_hides_no_subject(text: str, expected: list[str]) -> None:
    """SET-OFF-PARTICIPLE: "The communique, released in Evian, France, said": the communique speaks, not France."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Hamas released two hostages on Friday, the UN said. The group said more would follow.",
            ["statement hamas -> - [assert]", "statement un -> hamas [assert]"],
            id="the-group-after-the-un-spoke",
        ),
        pytest.param(
            "The Houthis freed seven aid workers. Abdulmalik al-Ezzi, who heads the group's prisoner affairs "
            "committee, said others were spies.",
            ["statement houthis -> - [assert]"],
            id="the-groups-committee",
        ),
        pytest.param(
            "ECOWAS suspended Niger after the coup. The UN said it was concerned. The bloc's mediation committee "
            "said talks would resume.",
            ["statement ecowas -> - [assert]", "statement un -> - [assert]"],
            id="the-blocs-committee",
        ),
        pytest.param(
            "Human Rights Watch said Egypt tortured detainees. The group said its researchers had spoken to 40 "
            "former prisoners.",
            ["statement hrw -> EGY [accuse, assert]"],
            id="near-miss-an-ngo-is-a-group",
        ),
    ],
)
def test_the_group_is_no_un_body_and_owns_its_committee(text: str, expected: list[str]) -> None:
    """GROUP-DESCRIPTION and OWNED-BODY: "the group" is never the UN; "the group's committee" is the group's."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "rebutters"),
    [
        pytest.param(
            "Manila accused China of attacking a supply boat. China's coast guard said the measures were "
            "restrained and lawful.",
            ["CHN"],
            id="the-measures-were-lawful",
        ),
        pytest.param(
            "South Korea accused the North of raising tensions. Pyongyang said the drills were purely defensive.",
            ["PRK"],
            id="the-drills-were-defensive",
        ),
        pytest.param(
            "Poland accused Belarus of pushing migrants over the border. Minsk said these patrols were routine.",
            ["BLR"],
            id="these-patrols-were-routine",
        ),
        pytest.param(
            "Manila accused China of attacking a supply boat. Japan said the measures were not lawful.",
            [],
            id="near-miss-a-third-party-condemns",
        ),
        pytest.param(
            "Manila welcomed the talks with China. China said the talks were routine and peaceful.",
            [],
            id="near-miss-nobody-accused",
        ),
    ],
)
def test_the_accused_calling_the_deed_warranted_rebuts(text: str, rebutters: list[str]) -> None:
    """JUSTIFIED-DEED: the accused says "the measures were lawful": a counter to the charge with no denial word."""
    assert [r.speaker for r in geostance.parse(text).rebuttals] == rebutters


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Results put the president ahead of Citizens Coalition for Change (CCC) candidate Nelson Tapiwa.\n"
            "On Monday, Tapiwa said the count had been rigged.",
            ["statement ccc-zimbabwe -> - [assert]"],
            id="a-partys-candidate-named-in-passing",
        ),
        pytest.param(
            "The European Union welcomed Albania as a candidate country on Monday. The bloc said talks would start "
            "in June.",
            ["statement eu -> ALB [assert, support]"],
            id="near-miss-a-candidate-country",
        ),
    ],
)
def test_a_partys_candidate_speaks_for_the_party(text: str, expected: list[str]) -> None:
    """NAMED-ROLE-ANYWHERE with "candidate": "X candidate Name" named in passing makes "Name said" later X's."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "answered"),
    [
        pytest.param(
            "Congo accused Rwandan commanders of directing the fighting. Rwanda rejected the accusations as "
            "baseless, saying its troops were a response to the threat posed by the FDLR.",
            "COD",
            id="a-threat-posed-by",
        ),
        pytest.param(
            "Israel accused Lebanon of sheltering fighters. Lebanon dismissed the charge, saying its army was "
            "responding to the danger presented by Hezbollah.",
            "ISR",
            id="a-danger-presented-by",
        ),
        pytest.param(
            "Congo accused Rwandan commanders of directing the fighting. Rwanda rejected the accusations as "
            "baseless, saying they were claims spread by the FDLR.",
            "fdlr",
            id="near-miss-claims-spread-by",
        ),
    ],
)
def test_a_danger_posed_by_an_actor_cites_no_words_of_its(text: str, answered: str) -> None:
    """CITED-AUTHOR: "the threat posed by X" is a danger, not X's words; "claims spread by X" are X's."""
    article = geostance.parse(text)
    by_id = {s.id: s.speaker for s in article.statements}
    assert [[by_id[x] for x in r.rebuts] for r in article.rebuttals] == [[answered]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Oman mediated the release. The Philippine foreign secretary thanked the Sultanate for its role.",
            ["statement PHL -> OMN [support]"],
            id="the-sultanate",
        ),
        pytest.param(
            "The sailors, nationals of Ghana, Ukraine and India, were flown to Muscat, Oman's Foreign Ministry said.",
            ["statement OMN -> - [assert]"],
            id="nationals-of-are-no-targets",
        ),
        pytest.param(
            "Oman urged India to take back its nationals.",
            ["statement OMN -> IND [demand]"],
            id="near-miss-the-state-urged",
        ),
    ],
)
def test_a_sultanate_is_its_state_and_nationals_name_no_target(text: str, expected: list[str]) -> None:
    """SOVEREIGN-DESCRIPTION ("the Sultanate": Oman) and NATIONALS-OF (where people are from is no target)."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Al-Shabaab claimed the attack in a statement. Somali Information Minister Daud Warsame dismissed the "
            "group's figures as propaganda.\nIn a separate statement, the minister vowed that government forces "
            "would press ahead.",
            "SOM",
            id="a-separate-statement",
        ),
        pytest.param(
            "The Taliban dismissed the report in a statement. Islamabad's foreign minister urged Kabul to act.\nIn "
            "another statement, the minister said the border would stay closed.",
            "PAK",
            id="another-statement",
        ),
        pytest.param(
            "The Egyptian foreign ministry warned Ethiopia in a statement on Monday. Ethiopia rejected the warning."
            "\nIn the statement, the ministry official said talks had failed.",
            "EGY",
            id="near-miss-the-statement-known",
        ),
    ],
)
def test_a_frame_naming_another_document_gives_no_author(text: str, speaker: str) -> None:
    """DOCUMENT-FRAME: "In a separate statement, the minister said" is not the author of the statement known."""
    assert speakers_from(geostance.parse(text), text.rindex("\n") + 1) == {speaker}


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        pytest.param(
            "Japan said its coast guard was studying the radar data jointly with Australia and the Philippines.",
            (),
            id="jointly-with",
        ),
        pytest.param("Japan accused China of acting jointly with Russia.", ("CHN", "RUS"), id="near-miss-accusation"),
    ],
)
def test_actors_one_acts_jointly_with_are_partners(text: str, targets: tuple[str, ...]) -> None:
    """PARTNER-NOT-TARGET: "jointly with X" names a partner, not whom the words are about; accused ones share it."""
    (statement,) = geostance.parse(text).statements
    assert statement.targets == targets


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "NAIROBI - Kenya has lodged a protest with Uganda over the arrest of 23 fishermen.\nForeign Affairs "
            'Principal Secretary Wanjiru Kamau told journalists: "Kenya will not stand by while its citizens are '
            'mistreated."',
            "KEN",
            id="principal-secretary",
        ),
        pytest.param(
            "LONDON - Britain summoned Iran's ambassador on Monday.\nPermanent Secretary Olly Robbins said the "
            "ambassador had been told the arrests were unacceptable.",
            "GBR",
            id="permanent-secretary",
        ),
        pytest.param(
            "TOKYO - China's coast guard entered the waters near the islands.\nChief Cabinet Secretary Kenji Morioka "
            "said Japan had lodged a protest.",
            "JPN",
            id="near-miss-a-cabinet-secretary-is-the-cabinets",
        ),
    ],
)
def test_a_principal_or_permanent_secretary_is_a_national_office(text: str, speaker: str) -> None:
    """National offices: "Principal Secretary Name", "Permanent Secretary Name" speak for the dateline's state."""
    assert speakers_from(geostance.parse(text), text.index("\n") + 1) == {speaker}


def test_an_introduced_spokesperson_is_the_spokesperson_later() -> None:
    """INTRODUCED-ROLE: "a spokesperson for X said ..." then "the spokesperson said" is X's, not the last speaker's."""
    text = (
        "NAIROBI - Kenya rejected the report, a spokesperson for the Ministry of Foreign Affairs said Tuesday.\n"
        "Uganda said on Monday that the report was accurate.\n"
        '"We have never trained any rebel group," the spokesperson said.'
    )
    article = geostance.parse(text)
    assert speakers_from(article, text.rindex("\n") + 1) == {"KEN"}


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        pytest.param(
            "Malaysia said the blockade violated United Nations Security Council resolutions.", (), id="resolutions"
        ),
        pytest.param("Egypt accused Israel of flouting the UN Charter.", ("ISR",), id="charter"),
        pytest.param("Chile said the peacekeepers had overstepped their UN mandate.", (), id="mandate"),
        pytest.param("Malaysia urged the Security Council to adopt a resolution.", ("unsc",), id="urged-the-body"),
        pytest.param("Malaysia said the United Nations had failed the refugees.", ("un",), id="the-body-acts"),
    ],
)
def test_an_actor_naming_its_instrument_is_no_target(text: str, targets: tuple[str, ...]) -> None:
    """INSTRUMENT-MODIFIER: "Security Council resolutions", "the UN Charter" name a rule, not whom it is about."""
    (statement,) = geostance.parse(text).statements
    assert statement.targets == targets


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        pytest.param("Poland said it would coordinate closely with Lithuania and Latvia.", (), id="coordinate"),
        pytest.param('"We will keep working together with Kenya," Ethiopia said.', (), id="working-together"),
        pytest.param("Egypt said it had consulted with Sudan on the dam.", (), id="consulted"),
        pytest.param("Poland said Lithuania had sided with Belarus.", ("LTU", "BLR"), id="not-cooperation"),
        pytest.param(
            "Kenya said its forces were patrolling the border in close coordination with Uganda.",
            (),
            id="in-coordination-with",
        ),
        pytest.param(
            "Chile said the navy had acted in cooperation with Peru and in consultation with Argentina.",
            (),
            id="in-cooperation-with",
        ),
        pytest.param(
            "Ghana said Togo had acted in violation of its agreement with Benin.", ("TGO", "BEN"), id="not-partner-noun"
        ),
        pytest.param(
            "Russia accused Japan of arming its islands in tandem with the United States.",
            ("JPN", "USA"),
            id="partner-in-the-charge-is-accused",
        ),
    ],
)
def test_partners_of_cooperation_are_not_targets(text: str, targets: tuple[str, ...]) -> None:
    """PARTNER-NOT-TARGET: 'work closely with X and Y' names partners; other verbs before 'with' keep targets.

    In an accusation, a partner in the act charged is accused too ('accused X of arming in tandem with Y').
    """
    (statement,) = geostance.parse(text).statements
    assert statement.targets == targets


@pytest.mark.parametrize(
    ("said", "targets"),
    [
        pytest.param("the US was selling weapons to the Taiwan region", ("USA",), id="region"),
        pytest.param("the drones had crossed into the Lithuania border area", (), id="border"),
        pytest.param("Taiwan was provoking a crisis", ("TWN",), id="the-actor"),
    ],
)
def test_a_name_modifying_a_place_noun_is_a_place(said: str, targets: tuple[str, ...]) -> None:
    """'the Taiwan region' is a place: the name modifies a place noun (place_nouns in grammar.json)."""
    (statement,) = geostance.parse(f"China said {said}.").statements
    assert statement.targets == targets


@pytest.mark.parametrize(
    ("text", "statements"),
    [
        pytest.param("Ankara ordered Turkish troops to pull back from the border.", [], id="own-troops"),
        pytest.param("Moscow ordered Russian soldiers to halt the advance.", [], id="demonym-soldiers"),
        pytest.param("Ankara urged Syrian troops to pull back.", [("TUR", ("SYR",))], id="another-s-troops"),
        pytest.param("Ankara urged Damascus to pull back its troops.", [("TUR", ("SYR",))], id="another-state"),
    ],
)
def test_an_order_to_one_s_own_forces_is_no_statement(text: str, statements: list[tuple[str, tuple[str, ...]]]) -> None:
    """REQUEST: asking one's own troops asks nobody else; asking another's troops is a demand on that state."""
    assert [(s.speaker, s.targets) for s in geostance.parse(text).statements] == statements


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        pytest.param("Beijing dismissed the U.S. remarks.", "remarks", "O", id="object"),
        pytest.param("Kabul rejected the Pakistani claims.", "claims", "O", id="object-demonym"),
        pytest.param("The Taliban claims that the border is calm.", "claims", "k", id="subject"),
    ],
)
def test_an_s_word_after_a_name_in_an_object_is_a_noun(text: str, word: str, tag: str) -> None:
    """'dismissed the U.S. remarks': inside a verb's object the -s word is the noun; after a subject, the verb."""
    sentence = Sentence(_doc(text), 0, vocabulary())
    (unit,) = [u for u in sentence.units if u.low == word]
    assert unit.tag == tag


@pytest.mark.parametrize(
    "text",
    [
        (
            "Seoul welcomed the plan. Pyongyang has been urged to use the hotline to "
            '"share any evidence it holds" about the drones, the minister added.'
        ),
        (
            "Seoul welcomed the plan. Pyongyang has been advised to use diplomatic channels to "
            '"raise any concern it has" about the drills, he said.'
        ),
    ],
)
def test_a_passive_without_an_agent_is_no_act_of_its_subject(text: str) -> None:
    """'Y has been urged to ...': Y is the one urged, not the speaker; the tail attribution is the last speaker's."""
    article = geostance.parse(text)
    assert "PRK" not in [s.speaker for s in article.statements]
    assert [s.speaker for s in article.statements][-1:] == ["KOR"]


def test_said_in_a_statement_remembers_the_statement_as_the_speaker_s() -> None:
    """'..., X said in a written statement': 'the statement' later is that speaker's document."""
    article = geostance.parse(
        '"We reject these claims," Nairobi said in a written statement. '
        "Uganda's president said the border would stay open. "
        "The statement also said Nairobi would recall its envoy."
    )
    assert [s.speaker for s in article.statements][-1] == "KEN"


def test_a_role_after_a_document_frame_is_the_document_s_author() -> None:
    """DOCUMENT-FRAME: 'In the statement, the official said' is the statement's author, not the last speaker."""
    article = geostance.parse(
        "Riyadh said in a written statement that the decision was purely economic. "
        "President Biden said the United States would rethink its ties. "
        "In the statement, the ministry's official added that the kingdom valued its partners."
    )
    assert [(s.speaker, s.evidence[0].text[:4]) for s in article.statements if "kingdom" in s.evidence[0].text] == [
        ("SAU", "adde")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Guyana has taken note of the communique issued by Venezuela, which describes the incident as a "
            "spontaneous expression of popular indignation and accuses Guyana of lying.",
            ["statement VEN -> GUY [accuse, assert]"],
            id="a-long-first-verb-in-the-relative",
        ),
        pytest.param(
            "Guyana has taken note of the communiqué issued by Venezuela on 4 March 2026, which accuses Guyana of "
            "allowing the United States to build a base.",
            ["statement VEN -> GUY, USA [accuse, assert]"],
            id="a-dated-document-with-march",
        ),
        pytest.param(
            "Guyana, which hosted the talks in a spirit of good neighbourliness and with great patience, accused "
            "Venezuela of lying.",
            ["statement GUY -> VEN [accuse]"],
            id="near-miss-the-relative-closed-by-a-comma",
        ),
    ],
)
def test_a_verb_joined_in_a_relative_clause_shares_the_relative_s_subject(text: str, expected: list[str]) -> None:
    """MAIN-SUBJECT-PARTICIPLE: "which describes ... and accuses Y": the relative's antecedent accuses, however far."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The US Navy urged Tehran to free the tanker and its crew. Kuwait's foreign ministry said it was in "
            "contact with Iranian authorities. Foreign Ministry spokesman Reza Karimi dismissed the US remarks at a "
            "weekly briefing.",
            ["rebuttal IRN answers USA", "statement KWT -> - [assert]", "statement USA -> IRN [demand, assert]"],
            id="a-bare-title-answers-for-the-one-aimed-at",
        ),
        pytest.param(
            "The US Navy urged Tehran to free the tanker. Kuwait's foreign ministry said it was in contact with "
            "Iranian authorities. Kuwait's foreign ministry spokesman dismissed the US remarks.",
            ["rebuttal KWT answers USA", "statement USA -> IRN [demand, assert]"],
            id="near-miss-a-title-naming-its-state",
        ),
    ],
)
def test_whoever_rejects_remarks_with_no_state_named_is_the_one_they_aimed_at(text: str, expected: list[str]) -> None:
    """ANSWERED-PARTY: "spokesman Name dismissed the US remarks" is for whom the US remarks aimed at."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The US urged Iran to free the ship. Kuwait's foreign ministry said it expected the cargo to be "
            "released, according to the state-run KUNA news agency.",
            ["statement KWT -> - [assert]", "statement USA -> IRN [demand]"],
            id="a-statement-relayed-by-a-news-agency",
        ),
        pytest.param(
            "Moldovan border police have denied entry to 40 Russian citizens, according to a Pridnestrovian news "
            "agency.",
            [],
            id="near-miss-a-deed-the-agency-reports",
        ),
    ],
)
def test_a_news_agency_after_a_statement_relays_it(text: str, expected: list[str]) -> None:
    """MEDIA-RELAY: "X said ..., according to the state news agency": X's words; the agency speaks for no one."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "QUETTA - The military said six soldiers were killed. The BLA said its fighters had killed 27 "
            "soldiers. Security officials rejected the BLA's figures as fabricated.",
            [
                "rebuttal PAK answers baloch-liberation-army",
                "statement PAK -> baloch-liberation-army [assert]",
                "statement baloch-liberation-army -> - [assert]",
            ],
            id="security-officials-under-a-dateline",
        ),
        pytest.param(
            "Kenya said the talks had failed. UN security officials said the camp was safe.",
            ["statement KEN -> - [assert]", "statement un -> - [assert]"],
            id="near-miss-officials-of-a-named-body",
        ),
    ],
)
def test_bare_security_officials_speak_for_the_home_state(text: str, expected: list[str]) -> None:
    """HOME-BODY: bare "security officials", "military officials" are a state's (frames.json state_roles)."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The EU called for new sanctions on Russia. Hungary distanced itself from the EU statement.",
            ["rebuttal HUN answers eu", "statement eu -> RUS [demand, assert]"],
            id="distanced-itself-from",
        ),
        pytest.param(
            "Kenya expressed reservations about the plan proposed by Uganda.",
            ["rebuttal KEN answers UGA", "statement UGA -> - [assert]"],
            id="expressed-reservations-about",
        ),
        pytest.param(
            "The summit adopted a declaration on Gaza. Iran entered a reservation on the paragraphs on borders.",
            ["rebuttal IRN answers -"],
            id="entered-a-reservation-on",
        ),
        pytest.param(
            "Kenya expressed support for the plan proposed by Uganda.",
            ["statement KEN -> UGA [support]"],
            id="near-miss-support-expressed",
        ),
    ],
)
def test_dissociation_and_reservations_reject_a_text(text: str, expected: list[str]) -> None:
    """REJECT-CLAIM: "distanced itself from", "entered a reservation on" reject a text (frames.json reject lemmas)."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "KYIV - Russia's defence ministry said its forces had taken a village in eastern Ukraine. The government "
            "said the claim was false.",
            ["rebuttal UKR answers RUS", "statement RUS -> - [assert]"],
            id="a-government-after-another-s-ministry",
        ),
        pytest.param(
            "KYIV - Russia's government said its forces had taken a village in eastern Ukraine. The government said "
            "the claim was false.",
            ["rebuttal RUS answers -"],
            id="near-miss-the-same-kind-of-body",
        ),
    ],
)
def test_a_bare_body_of_another_kind_than_the_one_just_heard_is_the_home_state_s(
    text: str, expected: list[str]
) -> None:
    """OTHER-BODY: after X's defence ministry spoke, "the government" under a KYIV dateline is Ukraine's."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Kenya's main opposition party rejected the results.", [], id="a-state-s-opposition-party"),
        pytest.param("The Sudanese rebel spokesman said the town had fallen.", [], id="a-demonym-s-rebel-voice"),
        pytest.param(
            "Kenya's ruling party rejected the results.", ["rebuttal KEN answers -"], id="near-miss-the-ruling-party"
        ),
        pytest.param(
            "The opposition Patriotic Front rejected Zambia's results.",
            ["rebuttal patriotic-front answers ZMB", "statement ZMB -> - [assert]"],
            id="near-miss-the-opposition-s-own-name",
        ),
    ],
)
def test_an_opposition_body_does_not_speak_for_its_state(text: str, expected: list[str]) -> None:
    """OPPOSITION-NOT-STATE: "Kenya's main opposition party" is where it stands, not whom it speaks for."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Indonesia protested after a Chinese coast guard vessel entered its waters.",
            ["statement IDN -> CHN [accuse]"],
            id="a-demonym-s-vessel",
        ),
        pytest.param(
            "Japan protested on Tuesday after China sent ships into its waters.",
            ["statement JPN -> CHN [accuse]"],
            id="a-name-after-a-date",
        ),
        pytest.param(
            "Kenya condemned the attack after al-Shabaab claimed it.",
            ["statement KEN -> al-shabaab [accuse]"],
            id="condemned-when-claimed",
        ),
        pytest.param(
            "Japan protested after talks with China collapsed.",
            ["statement JPN -> - [accuse]"],
            id="near-miss-an-actor-named-in-passing",
        ),
    ],
)
def test_a_protest_naming_no_one_aims_at_who_acts_in_its_after_clause(text: str, expected: list[str]) -> None:
    """CAUSE-CLAUSE: "Japan protested after China sent ships": the actor acting in the "after" clause."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        pytest.param("Kenya blamed the raid on al-Shabaab.", ("al-shabaab",), id="blame-on"),
        pytest.param("Kenya attributed the raid to al-Shabaab.", ("al-shabaab",), id="attribute-to"),
        pytest.param("Kenya blamed al-Shabaab for the raid.", ("al-shabaab",), id="blame-for"),
        pytest.param("Kenya blamed the delays on bad weather.", (), id="no-actor"),
        pytest.param(
            "Germany attributed a hacking campaign against its ruling party to Russia.",
            ("RUS",),
            id="attribute-past-the-object-s-complement",
        ),
        pytest.param(
            "Peru blamed the attacks on army bases near the border on the Shining Path.",
            ("shining-path",),
            id="blame-past-two-complements",
        ),
        pytest.param(
            "Kenya blamed the raid on a camp that al-Shabaab had abandoned on the army.",
            (),
            id="near-miss-no-reach-past-a-relative-clause",
        ),
    ],
)
def test_the_one_a_thing_is_blamed_on_is_accused(text: str, targets: tuple[str, ...]) -> None:
    """BLAME-ON: 'blamed the raid on X' and 'attributed the raid to X' accuse X."""
    (statement,) = geostance.parse(text).statements
    assert (statement.acts, statement.targets) == ((geostance.Act.ACCUSE,), targets)


def test_coordinated_demonyms_before_a_report_noun_are_its_authors() -> None:
    """'rejected French and Malian claims': both states made the claims rejected."""
    article = geostance.parse("JNIM rejected French and Malian claims that its leader was dead.")
    by_id = {s.id: s.speaker for s in article.statements}
    assert sorted(by_id[x] for r in article.rebuttals for x in r.rebuts) == ["FRA", "MLI"]


def test_a_role_participle_set_off_after_a_name_hides_no_subject() -> None:
    """PARTICIPLE-INSERTION: ', elected as X's president in June,' is about the person; the verb after it is theirs."""
    text = "Claudia Sheinbaum, elected as Mexico's president in June, said the border would stay open."
    (statement,) = geostance.parse(text).statements
    assert statement.speaker == "MEX"


@pytest.mark.parametrize(("title", "name"), [("Shri", "Anand Vardhan"), ("Datuk", "Amin Yusof")])
def test_south_and_southeast_asian_honorifics_are_titles(title: str, name: str) -> None:
    """'Shri', 'Datuk' and the like are titles before a name: the name after them is a person."""
    sentence = Sentence(_doc(f"The ministry said {title} {name} would attend."), 0, vocabulary())
    assert [u.tag for u in sentence.units if u.low in (title.lower(), name.lower())] == ["U", "P"]


def test_a_document_frame_may_carry_its_time() -> None:
    """DOCUMENT-FRAME: 'In its statement on Monday, the official said' is still the statement's author."""
    article = geostance.parse(
        "Riyadh said in a written statement that the decision was purely economic. "
        "President Biden said the United States would rethink its ties. "
        "In its statement on Monday, the ministry's official added that the kingdom valued its partners."
    )
    assert [s.speaker for s in article.statements if "kingdom" in s.evidence[0].text] == ["SAU"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "YEREVAN (Reuters) - Armenia accused Moscow of backing the plot. A foreign ministry spokeswoman "
                "said at her weekly briefing in Moscow that the charge was absurd."
            ),
            "RUS",
        ),
        (
            (
                "SEOUL (AP) - South Korea blamed the North for the balloons. A defence ministry official told "
                "reporters in Pyongyang that the South had started it."
            ),
            "PRK",
        ),
        (
            (
                "DELHI (Reuters) - India accused Pakistan of shelling border posts. The foreign office told a news "
                "conference in Islamabad on Friday that the claim was baseless."
            ),
            "PAK",
        ),
    ],
)
def test_a_state_body_speaks_for_the_capital_it_speaks_in(text: str, speaker: str) -> None:
    """SPEECH-VENUE: 'said at a briefing in <capital>' gives an untied body or title the capital's state."""
    article = geostance.parse(text)
    assert speaker in speakers_of(article)


@pytest.mark.parametrize(
    "text",
    [
        (
            "TOKYO (Reuters) - Japan accused China of harassing its boats. The foreign ministry said talks in "
            "Beijing had stalled."
        ),
        (
            "TOKYO (Reuters) - Japan accused China of harassing its boats. The foreign ministry said a report in "
            "Beijing had been wrong."
        ),
        (
            "TOKYO (Reuters) - Japan accused China of harassing its boats. The foreign ministry said that officials "
            "in Beijing had lied."
        ),
    ],
)
def test_a_capital_inside_what_is_said_is_no_venue(text: str) -> None:
    """SPEECH-VENUE near misses: a capital in the content, or after a non-audience object, gives no speaker."""
    article = geostance.parse(text)
    assert "CHN" not in speakers_of(article)


@pytest.mark.parametrize(
    "text",
    [
        "Serbia accused Kosovo of staging the raid. Kosovo called the accusation pure military propaganda.",
        "Japan accused China of sending drones. China called the claim typical Japanese fabrication.",
        "Mali accused Algeria of sheltering rebels. Algeria dismissed the charges as crude French lies.",
    ],
)
def test_a_judgment_after_role_or_nationality_modifiers_rebuts(text: str) -> None:
    """CALL-X-Y: modifiers naming a role or a nationality ("military", "Japanese") may stand before the judgment."""
    assert len(parse_rebuttals(text)) == 1


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Houthis' media office said the ship had been warned twice.", "houthis"),
        (
            "Sudan's army accused the RSF of looting. The RSF's information team said the claim was invented.",
            "rapid-support-forces",
        ),
        ("Hamas's negotiating team said the talks in Doha had stalled.", "hamas"),
    ],
)
def test_a_media_office_or_team_speaks_for_its_owner(text: str, speaker: str) -> None:
    """Bodies that speak for an actor include its media office and its information or negotiating team."""
    article = geostance.parse(text)
    assert speaker in speakers_of(article)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Kosovo accused Serbia of arming the gunmen. Serbia's spokesman said in a message to reporters that none "
            "of its units had been deployed there."
        ),
        (
            "Chad accused Sudan of bombing a camp. Sudan's envoy said in a letter to the council on Friday that the "
            "charge was false."
        ),
        (
            "Peru accused Chile of spying. Chile's foreign minister said at the end of the meeting that the claim "
            "was false."
        ),
    ],
)
def test_to_and_of_may_continue_the_adjuncts_before_that(text: str) -> None:
    """SAY: "said in a message to reporters that ...": "to" and "of" continue an adjunct, and the content follows."""
    assert len(parse_rebuttals(text)) == 1


def test_said_to_be_still_reports_nothing() -> None:
    """SAY near miss: "to" right after the verb opens no adjunct ("was said to be")."""
    assert geostance.parse("Serbia's spokesman was said to be angry about the charge.").statements == ()


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("That claim was rejected by Chile.", "DOX"),
        ("That report is false, Peru said.", "DOX"),
        ("That accusation was denied by Peru.", "DOX"),
    ],
)
def test_a_sentence_opening_that_before_a_noun_is_a_determiner(text: str, tags: str) -> None:
    """DEMONSTRATIVE-OPENING: "That claim was ...": "that" + a word that is also a verb makes a noun phrase."""
    assert Sentence(_doc(text), 0, vocabulary()).tags.startswith(tags)


def test_a_rebutted_claim_opening_with_that_is_claimed_whole() -> None:
    """DEMONSTRATIVE-OPENING: the passive rebuttal's claim starts at "That claim", its subject."""
    (rebuttal,) = parse_rebuttals(
        "Chile accused Peru of spying. Peru said Chile had lied. That claim was rejected by Chile."
    )
    assert [c.text for c in rebuttal.claims] == ["That claim was rejected by Chile"]


def test_that_before_a_name_stays_a_complementizer() -> None:
    """DEMONSTRATIVE-OPENING near miss: "That Peru claims ..." is a clause, not a noun phrase."""
    assert Sentence(_doc("That Peru claims the islands is known."), 0, vocabulary()).tags.startswith("TA")


@pytest.mark.parametrize(
    "text",
    [
        (
            "Niger accused the rebels of the ambush. A rebel spokesman, who asked not to be identified, said the "
            "group had no part in it."
        ),
        (
            "Israel accused Hezbollah of firing the rockets. A Hezbollah official, who briefed reporters in "
            "Beirut on Monday, said the group had not fired."
        ),
        (
            "Kenya accused Somalia of arming the militia. Somalia's envoy, who warned of a crisis last week, said "
            "the claim was false."
        ),
    ],
)
def test_a_set_off_relative_with_verbs_of_its_own_keeps_the_subject(text: str) -> None:
    """SET-OFF-RELATIVE: "X, who asked ..., said": the verb after the relative is X's."""
    assert len(parse_rebuttals(text)) == 1


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ghana, which hosted the talks before the ceasefire was signed, urged restraint.", "GHA"),
        ("Norway, which has mediated since the accord was reached in 2019, called for calm on Sunday.", "NOR"),
        ("The AU, which sent envoys after the fighting was reported, demanded a halt to the shelling.", "au"),
    ],
)
def test_a_clause_inside_a_set_off_relative_leaves_the_subject_open(text: str, speaker: str) -> None:
    """SET-OFF-RELATIVE: a clause inside the relative ("after the treaty was signed") leaves the subject open.

    The verb after the closing comma is still the opening subject's.
    """
    assert [s.speaker for s in geostance.parse(text).statements] == [speaker]


@pytest.mark.parametrize(
    ("text", "demands"),
    [
        ("Georgia has sought to avoid any confrontation with Russia.", 0),
        ("Norway proposed to host the next round of talks in Oslo.", 0),
        ("Georgia sought the release of the detained farmers from Russia.", 1),
        ("Norway proposed that Serbia and Kosovo meet in Oslo.", 1),
    ],
)
def test_seeking_to_do_is_an_aim_not_a_request(text: str, demands: int) -> None:
    """ATTEMPT: "sought to avoid", "proposed to host" state the subject's aim; "sought the release" asks for it."""
    article = geostance.parse(text)
    assert sum(geostance.Act.DEMAND in s.acts for s in article.statements) == demands


@pytest.mark.parametrize("verb", ["asked not to be named", "asked to be identified only by his first name"])
def test_asking_for_oneself_is_no_demand(verb: str) -> None:
    """REQUEST: "asked not to be named" asks nothing of anyone: no demand."""
    article = geostance.parse(f"A Chadian officer, who {verb}, described the clashes at length.")
    assert all(geostance.Act.DEMAND not in s.acts for s in article.statements)


@pytest.mark.parametrize(
    "text",
    [
        "Mali accused JNIM of the attack. A JNIM commander reached by telephone said the group had no part in it.",
        "Congo accused Rwanda of backing the rebels. Rwandan officials based in Kigali said the claim was false.",
        (
            "Israel accused Hamas of hiding weapons. A Hamas official contacted by phone, who asked not to be named, "
            "said the charge was false."
        ),
    ],
)
def test_a_reduced_participle_after_the_subject_is_the_subject_s(text: str) -> None:
    """REDUCED-PARTICIPLE: "a commander reached by telephone said": the commander speaks."""
    assert len(parse_rebuttals(text)) == 1


def test_a_reduced_participle_is_not_a_phrase_head() -> None:
    """REDUCED-PARTICIPLE: the phrase ends before the participle, so its head is the role."""
    sentence = Sentence(_doc("A rebel commander reached by telephone said it was false."), 0, vocabulary())
    phrase = sentence.phrase_starting(0)
    assert phrase is not None
    assert sentence.units[phrase.head].low == "commander"


@pytest.mark.parametrize(
    "text",
    [
        "Eritrea's minister replied, saying it was Ethiopia which had threatened to take a port by force.",
        "Moscow said it was Kyiv's drones which had warned the plant's staff to leave.",
        "Pakistan's foreign ministry said the shelling came from positions which India had urged its troops to hold.",
    ],
)
def test_a_restrictive_relative_inside_a_report_is_no_act_of_its_own(text: str) -> None:
    """RELATIVE-IN-REPORT: the verb of a restrictive relative inside what was said makes no statement of its own."""
    assert len(geostance.parse(text).statements) == 1


def test_an_answer_label_speaks_for_the_capital_of_the_introduction() -> None:
    """TRANSCRIPT-TURN: 'A:' with no other tie is the state of the capital the introduction places the briefing in."""
    article = geostance.parse(
        "Remarks of Foreign Ministry Spokesperson Ana Ruiz, Lima, Monday.\n"
        "Q: Chile says Peruvian troops crossed the border. What is your response?\n"
        "A: The claim is false. Our troops stayed on our side."
    )
    (rebuttal,) = article.rebuttals
    assert (rebuttal.speaker, [article.statement(s).speaker for s in rebuttal.rebuts]) == ("PER", ["CHL"])


def test_an_answer_label_speaks_for_the_actor_a_later_question_asks() -> None:
    """TRANSCRIPT-TURN: with no other tie, "What is Peru's comment?" before a later turn names whose words all are."""
    article = geostance.parse(
        "Transcript of the weekly briefing by Foreign Ministry Spokesperson Ana Ruiz.\n"
        "Q: Chile says Peruvian troops crossed the border at Tacna. What is your response?\n"
        "Ana Ruiz: The claim is false. Our troops stayed on our side.\n"
        "Q: Bolivia wants a new port deal. What is Peru's comment?\n"
        "Ana Ruiz: We are studying the proposal."
    )
    (rebuttal,) = article.rebuttals
    assert (rebuttal.speaker, [article.statement(s).speaker for s in rebuttal.rebuts]) == ("PER", ["CHL"])
    unasked = geostance.parse(article.text.rsplit("\nQ:", 1)[0])  # no question names Peru: nobody's words
    assert unasked.rebuttals == ()


def test_an_answer_label_without_any_tie_speaks_for_nobody() -> None:
    """TRANSCRIPT-TURN near miss: with no capital, person or question to tie it, 'A:' speaks for nobody."""
    article = geostance.parse(
        "Remarks of the spokesperson, Monday.\n"
        "Q: Chile says foreign troops crossed the border. What is your response?\n"
        "A: The claim is false. Our troops stayed on our side."
    )
    assert article.rebuttals == ()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "KYIV (Reuters) - Ukraine accused Belarus of massing troops. Prime Minister Olena Marchuk spoke "
                "first. Belarus replied in a note issued by Prime Minister Ivan Sidorov, which denied the charge."
            ),
            "BLR",
        ),
        (
            (
                "MANILA (AP) - The Philippines accused China of ramming a boat. Foreign Minister Ana Cruz spoke to "
                "reporters. China answered with a statement signed by Foreign Minister Li Wen, which rejected "
                "the claim."
            ),
            "CHN",
        ),
        (
            (
                "Bolivia accused Chile of spying on its border posts. Chile's foreign ministry rejected the "
                "accusation in a statement read by Foreign Minister Ana Rojas, who called it absurd."
            ),
            "CHL",
        ),
    ],
)
def test_the_signatory_of_the_subject_s_document_is_the_subject_s(text: str, speaker: str) -> None:
    """DOCUMENT-SIGNATORY: a bare title signing the subject's own note is the subject's, not the dateline's."""
    assert [r.speaker for r in parse_rebuttals(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Amnesty reported abuses in Chad. The government went further, accusing Amnesty of bias.", "TCD"),
        ("Kenya protested to Uganda. The Ugandan army hit back hard, accusing Kenya of lying.", "UGA"),
        ("Reports said Mali's junta had fallen. The junta moved quickly, denying the reports.", "MLI"),
    ],
)
def test_an_unknown_verb_after_the_subject_s_head_is_its_verb(text: str, speaker: str) -> None:
    """MAIN-SUBJECT-PARTICIPLE: "The government went further, accusing X": the government accuses."""
    article = geostance.parse(text)
    assert speaker in speakers_of(article)


def test_a_document_printed_in_full_is_its_issuer_s_words() -> None:
    """PUBLISHED-TEXT: after "X issued the following statement", plain sentences are X's, and "we" is X."""
    article = geostance.parse(
        "Ghana's foreign ministry released the following statement on Friday.\n"
        "Togo has accused Ghana of harbouring armed men near the border.\n"
        "We reject this accusation. No armed group has ever operated from our territory."
    )
    (rebuttal,) = article.rebuttals
    assert rebuttal.speaker == "GHA"
    assert [c.text for c in rebuttal.claims][-1] == "No armed group has ever operated from our territory"


def test_a_document_printed_in_full_is_one_occasion() -> None:
    """PUBLISHED-TEXT: the issuer's assertions in later paragraphs make one statement, not one per paragraph."""
    article = geostance.parse(
        "The Foreign Ministry of Chile issued the following statement.\n"
        "Chile is concerned by the arrests of its citizens in Bolivia.\n"
        "Chile urges Bolivia to release them without delay."
    )
    assert [s.speaker for s in article.statements] == ["CHL"]


def test_a_comitative_insertion_keeps_the_subject() -> None:
    """A comitative insertion (", together with Y,") between a subject and its verb leaves the subject speaking."""
    article = geostance.parse(
        "The Russian defence ministry, together with the plant's managers, alleged that Ukrainian drones had "
        "struck the roof."
    )
    assert [(s.speaker, s.targets) for s in article.statements] == [("RUS", ("UKR",))]


@pytest.mark.parametrize(
    "text",
    [
        "A truce that Colombia and the rebels signed in May was declared void by the army on Friday.",
        "The plan Kenya and Ethiopia agreed in March was announced dead by officials.",
    ],
)
def test_the_subject_of_a_passive_verb_of_speech_does_not_speak(text: str) -> None:
    """SAY: "X was declared void by Y": X is what was said; the actors inside it say nothing."""
    article = geostance.parse(text)
    assert not {s.speaker for s in article.statements} & {"COL", "KEN", "ETH"}


def test_a_description_of_several_kinds_is_the_last_speaker() -> None:
    """DESCRIPTION: "the group" after Hamas spoke (and named the Arab League) is Hamas."""
    (rebuttal,) = parse_rebuttals("Hamas called on the Arab League to act. The group denied taking aid.")
    assert rebuttal.speaker == "hamas"


def test_a_description_of_several_kinds_prefers_an_actor_named_in_its_sentence() -> None:
    """DESCRIPTION near miss: "ARSA denied ..., which police blamed on the group": the group is ARSA, named here."""
    article = geostance.parse(
        "The Arakan Army accused HRW of bias. ARSA denied the attack, which police had blamed on the group."
    )
    assert "arakan-army" not in {t for s in article.statements for t in s.targets if s.speaker != "arakan-army"}
    assert [r.speaker for r in article.rebuttals] == ["arsa"]


@pytest.mark.parametrize("noun", ["rights group", "human rights group", "advocacy group"])
def test_a_rights_group_is_an_organization_not_the_armed_group_speaking(noun: str) -> None:
    """DESCRIPTION: "the rights group" is the organization last named, even after an armed group spoke."""
    article = geostance.parse(
        f"Human Rights Watch accused the Arakan Army of killings. The Arakan Army denied it. The {noun} said it "
        "had documented 70 deaths."
    )
    assert [s.speaker for s in article.statements] == ["hrw", "hrw"]
    assert [len(r.claims) for r in article.rebuttals] == [1]


@pytest.mark.parametrize(
    ("text", "reporter"),
    [
        (
            (
                "Rwanda accused the UN of bias. The UN said in a report that Rwanda backed the rebels, a charge "
                "Kigali has always denied."
            ),
            "un",
        ),
        (
            (
                "Eritrea accused the African Union of lying. The African Union said Eritrean troops shelled the town, "
                "an accusation Asmara rejected on Monday."
            ),
            "au",
        ),
    ],
)
def test_a_charge_appositive_is_not_what_was_said(text: str, reporter: str) -> None:
    """CHARGE-APPOSITIVE: "X said ..., a charge Y denied": the denial in the comment makes X's report no rebuttal."""
    article = geostance.parse(text)
    assert reporter in {s.speaker for s in article.statements}
    assert reporter not in {r.speaker for r in article.rebuttals}


def test_a_document_announced_later_in_the_article_is_its_issuer_s_words() -> None:
    """PUBLISHED-TEXT: an announcing paragraph after the news paragraphs starts the issuer's words."""
    article = geostance.parse(
        "Seoul said on Monday that North Korea had fired a missile into the sea.\n"
        "North Korea's foreign ministry issued the following press statement on Tuesday:\n"
        "The South has made absurd claims about our test.\n"
        "We never fired toward any neighbour, and the accusation is false."
    )
    assert [r.speaker for r in article.rebuttals] == ["PRK"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Russia accused Estonia of piracy. Officials in Tallinn rejected the accusation.", "EST"),
        ("Serbia accused Kosovo of provocations. Officials in Pristina dismissed the charge as false.", "XKX"),
        ("Kenya's envoy in Washington said the talks would resume.", "KEN"),
    ],
)
def test_officials_in_a_capital_are_its_state(text: str, speaker: str) -> None:
    """Officials in a capital are its state ("officials" is also a collective role); an envoy is only posted."""
    article = geostance.parse(text)
    assert speaker in speakers_of(article)


@pytest.mark.parametrize(
    ("text", "answered"),
    [
        ("Responding to those remarks, Islamabad rejected the Taliban's claim of civilian deaths.", "the Taliban"),
        ("In response to these comments, Algeria dismissed Mali's allegations as baseless.", "Mali"),
    ],
)
def test_the_claim_the_verb_names_is_answered_before_an_authorless_opener(text: str, answered: str) -> None:
    """IN-RESPONSE-TO: "Responding to those remarks, X rejected Y's claim": the rebuttal answers Y."""
    from geostance._cascade.memory import Discourse  # noqa: PLC0415 - the reader, tested directly
    from geostance._cascade.reader import read_sentence  # noqa: PLC0415

    doc = _doc(text)
    sentence = Sentence(doc, 0, vocabulary())
    main = read_sentence(sentence, Discourse(doc))[0]
    assert [text[sentence.units[p.first].start : sentence.units[p.last - 1].end] for p in main.answered] == [answered]


def test_a_title_naming_another_office_makes_a_namesake() -> None:
    """NAMESAKE-TITLE: "Defense Minister Pedro Sanchez" in Bogota is Colombia's, and so is "Sanchez" later."""
    article = geostance.parse(
        "BOGOTA (Reuters) - Colombia blamed the EMC for the bombing. Defense Minister Pedro Sanchez said the group "
        "had ordered it. Sanchez told reporters the EMC was losing ground."
    )
    assert {s.speaker for s in article.statements} == {"COL"}


def test_a_role_after_a_known_person_s_possessive_is_not_their_title() -> None:
    """NAMESAKE-TITLE near miss: "Pedro Sanchez's spokeswoman" speaks for Sanchez's Spain."""
    article = geostance.parse(
        "Morocco accused Spain of delays. Pedro Sanchez's spokeswoman said the talks would go on."
    )
    assert "ESP" in {s.speaker for s in article.statements}


@pytest.mark.parametrize(
    "text",
    [
        (
            "Human Rights Watch accused Viv Ansanm of killings. Viv Ansanm leader Jimmy Cherizier, a former police "
            'officer known as "Barbecue", denied that his fighters had killed civilians.'
        ),
        "Colombia accused the EMC of the bombing. EMC commander Ivan Rojas, a former FARC negotiator, denied it.",
    ],
)
def test_a_title_of_their_own_outranks_a_past_role_in_apposition(text: str) -> None:
    """A person with a current title ("X leader Name") and a past one in apposition speaks for X."""
    assert len(parse_rebuttals(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Kenya accused Somalia of meddling. Amina Yusuf, a former Somali ambassador, said the claim was false.",
        "Kenya accused Somalia of meddling. A former Somali ambassador, Amina Yusuf, said the claim was false.",
    ],
)
def test_a_former_official_still_speaks_for_nobody(text: str) -> None:
    """A past role in apposition, with no title of their own, makes the person no one's speaker."""
    assert parse_rebuttals(text) == ()


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            (
                "The Philippines accused China of ramming a boat. A spokesperson for the China Coast Guard said the "
                "boat had intruded. Liu, the spokesperson, dismissed the report as a staged show."
            ),
            "CHN",
            "dismissed the report",
        ),
        (
            (
                "Kenya accused Uganda of moving troops. Uganda's defence ministry said the troops were on exercise. "
                "Okello, the ministry spokesman, said no soldier had crossed the border."
            ),
            "UGA",
            "no soldier had crossed",
        ),
    ],
)
def test_an_unintroduced_name_beside_a_definite_role_is_the_role_s(text: str, speaker: str, words: str) -> None:
    """APPOSITION-ROLE: "Liu, the spokesperson, said": the spokesperson's actor speaks."""
    claims = [c.text for r in parse_rebuttals(text) if r.speaker == speaker for c in r.claims]
    assert any(words in claim for claim in claims)


def test_a_release_in_its_own_voice_claims_its_later_paragraphs() -> None:
    """RELEASE-VOICE: a present-tense release with no "said" makes its later paragraphs the issuer's words."""
    (rebuttal,) = parse_rebuttals(
        "Lima, 3 May. The Foreign Ministry of Peru rejects the claims made by Chile's defence minister about "
        "Peruvian patrols.\nPeruvian vessels have never entered Chilean waters. These claims are false.\n"
        "The Ministry calls on Chile to return to dialogue."
    )
    assert "Peruvian vessels have never entered Chilean waters" in [c.text for c in rebuttal.claims]


def test_a_news_report_that_attributes_words_is_no_release() -> None:
    """RELEASE-VOICE near miss: a report that attributes words with "said" keeps its writer's voice."""
    (rebuttal,) = parse_rebuttals(
        "Peru rejects the claims made by Chile's defence minister about Peruvian patrols.\n"
        "Peruvian vessels have never entered Chilean waters, an official said. These claims are false.\n"
        "The ministry called on Chile to return to dialogue."
    )
    assert "These claims are false" not in [c.text for c in rebuttal.claims]


@pytest.mark.parametrize(
    ("text", "author", "target"),
    [
        (
            (
                "Azerbaijan rejected a European Parliament resolution on the trials. The resolution called on Baku to "
                "release the detainees."
            ),
            "eu",
            "AZE",
        ),
        (
            "Israel dismissed an OHCHR report on the raids. The report urged Israel to end the detentions.",
            "ohchr",
            "ISR",
        ),
    ],
)
def test_a_rejected_document_named_first_is_its_author_s_later(text: str, author: str, target: str) -> None:
    """ISSUED-BY: a document first named while rejected is still its author's when it speaks next."""
    statements = geostance.parse(text).statements
    assert (author, (target,)) in [(s.speaker, s.targets) for s in statements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The European Union criticised Turkey over the arrests of journalists. The United States urged Ankara "
            "to release them. Turkey said the EU had no right to lecture Ankara about press freedom.",
            ("TUR", "eu"),
            id="disqualified-subject",
        ),
        pytest.param(
            "Britain accused Iran of supplying drones to Russia. France urged Tehran to halt the transfers. Iran "
            "said London was spreading lies about its trade with Moscow.",
            ("IRN", "GBR"),
            id="capital-as-subject",
        ),
        pytest.param(
            "Japan protested against Chinese coast guard patrols near the islands. South Korea urged calm. China "
            "said Japan was in no position to comment on Chinese waters.",
            ("CHN", "JPN"),
            id="position-to-comment",
        ),
        pytest.param(
            "Britain accused Iran of supplying drones to Russia. France urged Tehran to halt the transfers. Iran "
            "said the demand was unacceptable and had hurt its ties with Britain.",
            ("IRN", "FRA"),
            id="near-miss-named-not-subject",
        ),
        pytest.param(
            "Greece accused Turkey of pushing migrants toward its border. Germany offered to mediate. Turkey said "
            "the EU had no right to lecture Ankara about migration.",
            ("TUR", "GRC"),
            id="near-miss-subject-never-spoke",
        ),
    ],
)
def test_a_rebuttal_judging_an_earlier_speaker_answers_it(text: str, expected: tuple[str, str]) -> None:
    """JUDGED-SPEAKER: the subject judged false answers, not the latest statement aimed at the rebutter."""
    assert expected in _answered_by(geostance.parse(text))


@pytest.mark.parametrize(
    ("text", "rebuts"),
    [
        (
            "The OSCE published its findings on the vote. Belarus said the OSCE was in no position to judge.",
            True,
        ),
        (
            "The IAEA issued a report on the enrichment site. Iran said the IAEA had no standing to question it.",
            True,
        ),
        ("Hungary said asylum seekers had no right to stay in the country.", False),
        ("Israel said the refugees had no right to return to their former homes.", False),
        ("The court said the ministry had no authority to seize the land.", False),
        pytest.param(
            "The EU observers criticised the vote in Malawi. Malawi's government said the EU mission had exceeded its "
            "mandate.",
            True,
            id="exceeded-its-mandate",
        ),
        pytest.param(
            "The African Union's observers faulted the count in Gabon. Gabon's government said the AU mission had "
            "overstepped its mandate.",
            True,
            id="overstepped-its-mandate",
        ),
        ("Kenya said the regional force had exceeded its mandate in the east.", False),
    ],
)
def test_denying_a_critic_standing_rebuts(text: str, rebuts: bool) -> None:
    """DISQUALIFY-THE-CRITIC: "no right / no position to" before an act of speaking rebuts; before others not."""
    assert bool(geostance.parse(text).rebuttals) is rebuts


@pytest.mark.parametrize(
    ("text", "rebutter"),
    [
        pytest.param(
            "Beijing accused Tokyo of provocations near the islands. Japan's foreign ministry said Tokyo "
            '"firmly opposes any unilateral attempt to alter the situation at sea."',
            None,
            id="quoted-opposition-to-an-attempt",
        ),
        pytest.param(
            "Moscow accused Vilnius of blockading Kaliningrad. Lithuania said it rejected all forms of pressure on "
            "its transit rules.",
            None,
            id="reported-rejection-of-pressure",
        ),
        pytest.param(
            'Sudan accused the UAE of arming the RSF. The UAE said it "categorically rejects any allegation" that it '
            "armed either side.",
            "ARE",
            id="near-miss-any-allegation",
        ),
        pytest.param(
            "Moscow accused Vilnius of blockading Kaliningrad. Lithuania said it rejected all such claims.",
            "LTU",
            id="near-miss-all-claims",
        ),
    ],
)
def test_words_rejecting_a_kind_of_act_rebut_nobody(text: str, rebutter: str | None) -> None:
    """REJECT-ACT in reported words: "opposes any attempt to ..." refuses an act; "rejects any allegation" rebuts."""
    assert [r.speaker for r in geostance.parse(text).rebuttals] == ([rebutter] if rebutter else [])


@pytest.mark.parametrize(
    ("text", "speaker", "person"),
    [
        pytest.param(
            "In Nairobi, the foreign ministry's spokeswoman, Jane Achieng, said Kenya would send more police to Haiti.",
            "KEN",
            "Jane Achieng",
            id="capital-then-role",
        ),
        pytest.param(
            "At the United Nations, China's ambassador, Fu Cong, urged restraint on both sides.",
            "CHN",
            "Fu Cong",
            id="organization-then-role",
        ),
        pytest.param(
            "In a confidential report to member states seen by Reuters, the agency's director general, Rafael "
            "Grossi, said Iran had withdrawn the designations.",
            "iaea",
            "Rafael Grossi",
            id="long-opening-adverbial",
        ),
        pytest.param(
            "Kenya's president, William Ruto, said his country would send more police to Haiti.",
            "KEN",
            "William Ruto",
            id="near-miss-no-opening-place",
        ),
        pytest.param(
            "In Kabul, the Afghan capital, Taliban officials said the border would reopen.",
            "taliban",
            None,
            id="near-miss-place-described",
        ),
    ],
)
def test_a_place_opening_the_sentence_is_not_the_subject(text: str, speaker: str, person: str | None) -> None:
    """OPENING-PLACE: after "In X," the role that follows opens the subject; it is not X's apposition."""
    article = geostance.parse(text)
    assert [(s.speaker, s.person.text if s.person else None) for s in article.statements] == [(speaker, person)]


def test_a_rebuttal_after_an_opening_place_has_its_speaker() -> None:
    """OPENING-PLACE: "In Moscow, the Kremlin's spokesman, Name, said the claims were absurd" rebuts for Russia."""
    text = (
        "Ukraine accused Russia of shelling a hospital. In Moscow, the Kremlin's spokesman, Dmitry Peskov, said the "
        "claims were absurd."
    )
    assert [r.speaker for r in geostance.parse(text).rebuttals] == ["RUS"]


@pytest.mark.parametrize(
    ("text", "rebutter"),
    [
        pytest.param(
            "The Houthis warned that British warships would be targets. Britain said it would not stand by while "
            "shipping was attacked.",
            None,
            id="would-not-stand-by",
        ),
        pytest.param(
            "North Korea warned Seoul against new drills. South Korea said it will not hesitate to respond to any "
            "attack.",
            None,
            id="will-not-hesitate",
        ),
        pytest.param(
            "Iran threatened to close the strait to American tankers. The United States said it would not be "
            "intimidated.",
            None,
            id="would-not-be-intimidated",
        ),
        pytest.param(
            "Turkey condemned the bombing in Pakistan. Pakistan's minister said the bombers would find no place to "
            "hide.",
            None,
            id="would-find-no-place",
        ),
        pytest.param(
            "India accused Pakistan of shelling the border post. Pakistan said its troops had fired no shots.",
            "PAK",
            id="near-miss-past-no",
        ),
        pytest.param(
            "Congo accused Rwanda of sending troops across the border. Rwanda said it had not sent any soldiers into "
            "Congo.",
            "RWA",
            id="near-miss-past-denial",
        ),
        pytest.param(
            "Kenya accused Uganda of hosting rebel camps. Uganda said it does not tolerate armed groups on its "
            "territory.",
            "UGA",
            id="near-miss-present-assurance",
        ),
    ],
)
def test_a_future_negation_of_resolve_is_no_denial(text: str, rebutter: str | None) -> None:
    """DENIAL-BY-NEGATION: "would not stand by" warns; "had not sent", "does not tolerate" deny."""
    assert [r.speaker for r in geostance.parse(text).rebuttals] == ([rebutter] if rebutter else [])


@pytest.mark.parametrize(
    ("text", "rebutter"),
    [
        pytest.param(
            "Kenya asked the African Union to investigate the raid. The AU said it had received the request but had "
            "not named a date for the inquiry.",
            None,
            id="had-not-named",
        ),
        pytest.param(
            "Serbia called on the OSCE to publish its findings. The OSCE said its observers had seen damage to two "
            "houses but did not say which side had fired.",
            None,
            id="did-not-say-which",
        ),
        pytest.param(
            "Serbia accused the OSCE of hiding its findings from Belgrade. The OSCE said it had never said the "
            "findings were secret.",
            "osce",
            id="near-miss-never-said",
        ),
        pytest.param(
            "Serbia accused Kosovo of arming militias in the north. Kosovo said it did not arm anyone.",
            "XKX",
            id="near-miss-did-not-arm",
        ),
    ],
)
def test_a_negated_verb_of_telling_is_no_denial(text: str, rebutter: str | None) -> None:
    """DENIAL-BY-NEGATION: "did not say which side fired" reports silence; "never said", "did not arm" deny."""
    assert [r.speaker for r in geostance.parse(text).rebuttals] == ([rebutter] if rebutter else [])


@pytest.mark.parametrize(
    ("text", "speaker", "sides"),
    [
        pytest.param(
            "Russia accused the EU of stoking tensions. The EU rejected the claim. The OSCE, in which both Armenia "
            "and Azerbaijan take part, urged the two sides to show restraint.",
            "osce",
            ["ARM", "AZE"],
            id="pair-in-a-relative-clause",
        ),
        pytest.param(
            "Russia accused the EU of stoking tensions. The EU rejected the claim. Qatar, which has hosted envoys "
            "from Israel and Hamas, called on both sides to accept the truce.",
            "QAT",
            ["ISR", "hamas"],
            id="pair-in-a-participle-clause",
        ),
        pytest.param(
            "Guyana accused Venezuela of massing troops. Venezuela denied it. Brazil, which borders Venezuela, "
            "called on both sides to talk.",
            "BRA",
            ["GUY", "VEN"],
            id="near-miss-one-actor-between",
        ),
    ],
)
def test_both_sides_after_a_pair_named_in_the_sentence(text: str, speaker: str, sides: list[str]) -> None:
    """BOTH-SIDES: a pair named between the subject and "the two sides" is that pair, not the latest dispute."""
    statements = [s for s in geostance.parse(text).statements if s.speaker == speaker]
    assert [sorted(s.targets) for s in statements] == [sorted(sides)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Few people in Peru's Puno region were surprised by the protests. Interior Minister Carlos Mendoza said "
            "the army would restore order.",
            [("PER", "Carlos Mendoza")],
            id="story-state",
        ),
        pytest.param(
            "LIMA (Reuters) - Protests spread across the south on Monday. Interior Minister Carlos Mendoza said the "
            "army would restore order.",
            [("PER", "Carlos Mendoza")],
            id="dateline-state-cabinet-minister",
        ),
        pytest.param(
            "Talks between Peru and Chile stalled on Monday. Interior Minister Carlos Mendoza said the army would "
            "restore order.",
            [],
            id="near-miss-two-states-in-the-lead",
        ),
        pytest.param(
            "Flooding hit Peru's southern highlands this week. Bolivia said it would send aid. Foreign Minister Ana "
            "Rojas said the first convoy would leave on Monday.",
            [("BOL", "Ana Rojas")],  # not Peru's: Bolivia opened the sentence before (STATE-BEFORE-TITLE)
            id="near-miss-a-state-spoke-since",
        ),
        pytest.param(
            "Ethiopia opened the third turbine of the dam on Monday.\nCairo has so far kept its options open. "
            "Speaking to parliament, Foreign Minister Hany Amin said the filling was illegal.",
            [("EGY", "Hany Amin")],
            id="paragraph-topic",
        ),
        pytest.param(
            "Ethiopia opened the third turbine of the dam on Monday.\nEngineers expect more delays. Speaking to "
            "parliament, Foreign Minister Hany Amin said the filling was on schedule.",
            [("ETH", "Hany Amin")],
            id="near-miss-paragraph-opens-with-no-state",
        ),
    ],
)
def test_a_bare_national_title_is_the_story_state(text: str, expected: list[tuple[str, str | None]]) -> None:
    """STORY-STATE, TITLE-OF-THE-DATELINE, PARAGRAPH-TOPIC: a cabinet title tied to no actor is the story's state.

    With no dateline, a state opening the title's paragraph as its subject comes first.
    """
    article = geostance.parse(text)
    assert [(s.speaker, s.person.text if s.person else None) for s in article.statements] == expected


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        pytest.param("Britain accused Russia of waging an illegal war against Ukraine.", ("RUS",), id="war-against"),
        pytest.param("Turkey accused Israel of carrying out attacks on Lebanon.", ("ISR",), id="attacks-on"),
        pytest.param("France said the occupation of Kuwait by Iraq must end.", ("IRQ",), id="occupation-of"),
        pytest.param("Japan called for new sanctions against North Korea.", ("PRK",), id="near-miss-sanctions"),
        pytest.param(
            "The United States reminded China that the treaty covers attacks on Philippine vessels.",
            ("CHN", "PHL"),
            id="near-miss-demonym-of-the-ally",
        ),
    ],
)
def test_the_victim_of_a_harm_is_no_target(text: str, targets: tuple[str, ...]) -> None:
    """VICTIM-NOT-TARGET: "war against X", "attacks on X", "the occupation of X": X suffers, it is no target."""
    assert [s.targets for s in geostance.parse(text).statements] == [targets]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "The Security Council met on Monday to discuss the launch. Briefing the Council, Assistant "
            "Secretary-General Elena Markovic said the launch was a violation of its resolutions.",
            "un",
            id="organ-to-its-parent",
        ),
        pytest.param(
            "The General Assembly debated the report on Tuesday. Under-Secretary-General Rosa Lind said the funds "
            "would run out in March.",
            "un",
            id="assembly-to-its-parent",
        ),
        pytest.param(
            "ASEAN foreign ministers met in Jakarta on Monday. Secretary-General Kao Kim Hourn said the bloc would "
            "send envoys to Myanmar.",
            "asean",
            id="near-miss-organization-with-its-own-secretariat",
        ),
    ],
)
def test_a_bare_secretariat_title_is_the_organization(text: str, speaker: str) -> None:
    """SECRETARIAT-TITLE: "Secretary-General Name" with no organization is the last one named, an organ's parent."""
    assert {s.speaker for s in geostance.parse(text).statements} == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "UN Secretary-General Antonio Guterres called the launch reckless. The representative of the United "
            'States said the launch violated three resolutions. "It must stop now and for good," she said.',
            "USA",
            id="role-speaker-is-she",
        ),
        pytest.param(
            "An Israeli military spokesperson said the house was a weapons depot. Hezbollah said the claim had no "
            "basis. He added that the group was abiding by the truce.",
            "hezbollah",
            id="an-actor-alone-ends-the-role-speaker",
        ),
        pytest.param(
            "A Russian defence ministry spokesman said the drones were shot down over the sea. Ukraine said it had "
            "hit two airfields. He said the strikes would continue.",
            "UKR",
            id="an-actor-alone-ends-the-spokesman",
        ),
    ],
)
def test_he_or_she_after_an_unnamed_role_speaker(text: str, speaker: str) -> None:
    """PRONOUN: an unnamed person's role is "she" later, until an actor speaks alone after it."""
    assert speakers_from(geostance.parse(text), text.rfind(". ") + 2) == {speaker}


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        pytest.param(
            "Congo accused Rwanda of backing the rebels. The accusation against Rwanda, which Kigali has always "
            "rejected, dominated the summit in Luanda.",
            ["which Kigali has always rejected"],
            id="rejected-in-a-relative",
        ),
        pytest.param(
            "India accused China of building villages on its side of the border. The claim, which Beijing denies, "
            "has strained ties ahead of the summit.",
            ["which Beijing denies"],
            id="denies-in-a-relative",
        ),
        pytest.param(
            "Congo accused Rwanda of backing the rebels. Rwanda denied the accusation, which it called baseless.",
            ["denied the accusation"],
            id="near-miss-main-clause-denial",
        ),
    ],
)
def test_a_denial_in_a_set_off_relative_claims_only_that_clause(text: str, claims: list[str]) -> None:
    """SET-OFF-RELATIVE-DENIAL: ", which X has denied," is the claim; the main clause after it is not."""
    assert [[c.text for c in r.claims] for r in geostance.parse(text).rebuttals] == [claims]


@pytest.mark.parametrize(
    ("text", "rebutter", "claims"),
    [
        pytest.param(
            "The IAEA urged Iran to restore access for its inspectors. The report, the ministry said, was biased and "
            "had ignored Tehran's cooperation.",
            "IRN",
            ["The report", "was biased and had ignored Tehran's cooperation"],
            id="judgment-after-the-attribution",
        ),
        pytest.param(
            "Chile proposed new talks on the maritime border. The talks, Peru said, would resume in May.",
            None,
            [],
            id="near-miss-no-judgment",
        ),
    ],
)
def test_an_attribution_set_off_by_commas_reports_both_halves(
    text: str, rebutter: str | None, claims: list[str]
) -> None:
    """PARENTHETICAL-SAY: "The report, the ministry said, was biased": the words after the attribution count."""
    found = [(r.speaker, [c.text for c in r.claims]) for r in geostance.parse(text).rebuttals]
    assert found == ([(rebutter, claims)] if rebutter else [])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Iran's standoff with the International Atomic Energy Agency deepened as the UN Security Council prepared "
            "to meet. The agency said Iran had withdrawn the designations.",
            "iaea",
            id="the-agency",
        ),
        pytest.param(
            "The International Court of Justice heard the case as the UN Security Council met on Monday. The court "
            "said it would rule in June.",
            "icj",
            id="the-court",
        ),
        pytest.param(
            "The African Union met in Addis Ababa while the UN Security Council debated Sudan. The union urged both "
            "armies to stop fighting.",
            "au",
            id="the-union",
        ),
        pytest.param(
            "The International Atomic Energy Agency issued its report as the UN Security Council met. The council "
            "said it would meet again in June.",
            "unsc",
            id="near-miss-the-later-name",
        ),
    ],
)
def test_a_description_repeating_a_names_head_is_that_actor(text: str, speaker: str) -> None:
    """NAME-HEAD: "the agency" after "the International Atomic Energy Agency" is the IAEA, not the last organization."""
    assert speakers_from(geostance.parse(text), text.rfind(". ") + 2) == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "SEOUL (Yonhap) -- North Korea fired two missiles into the sea on Wednesday, according to the Joint "
            "Chiefs of Staff. South Korean and US officials were studying the launch.",
            "KOR",
            id="according-to-a-bare-body",
        ),
        pytest.param(
            "SEOUL (Yonhap) -- North Korea fired two missiles into the sea on Wednesday, the Joint Chiefs of Staff "
            "said. South Korean and US officials were studying the launch.",
            "KOR",
            id="inverted-bare-body",
        ),
        pytest.param(
            "North Korea fired two missiles into the sea on Wednesday, the Joint Chiefs of Staff said. South Korean "
            "and US officials were studying the launch.",
            None,
            id="near-miss-no-dateline",
        ),
    ],
)
def test_a_bare_state_body_before_any_speaker_is_the_datelines(text: str, speaker: str | None) -> None:
    """HOME-BODY: "SEOUL - ... the Joint Chiefs of Staff said" is Seoul's, not North Korea's."""
    assert [s.speaker for s in geostance.parse(text).statements] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param(
            "SEOUL (Yonhap) -- South Korean officials were alarmed. North Korea fired two missiles, according to the "
            "Joint Chiefs of Staff (JCS). The JCS said the launch was a provocation.",
            {"KOR"},
            id="defined-acronym",
        ),
        pytest.param(
            "India said its Border Security Force had fired in self-defence, and the body was handed over to Border "
            "Guard Bangladesh (BGB). The BGB disputed the account.",
            {"BGD"},
            id="defined-after-a-body-that-did-not-speak",
        ),
        pytest.param(
            "Kenya protested over the shooting of a herder by Ethiopia's Border Security Force (BSF) near Moyale. "
            "The BSF said the herder had crossed illegally.",
            {"ETH"},
            id="defined-inside-a-longer-phrase",
        ),
        pytest.param(
            "SEOUL (Yonhap) -- South Korean officials were alarmed. North Korea fired two missiles, according to the "
            "Joint Chiefs of Staff. The JCS said the launch was a provocation.",
            set(),
            id="near-miss-undefined-acronym",
        ),
    ],
)
def test_an_acronym_set_after_a_speaking_role_names_it_later(text: str, speakers: set[str]) -> None:
    """ROLE-ACRONYM: "the Joint Chiefs of Staff (JCS)", "Border Guard Bangladesh (BGB)": the acronym later is it."""
    assert speakers_from(geostance.parse(text), text.rfind(". ") + 2) == speakers


def test_a_person_a_question_names_does_not_give_the_briefing() -> None:
    """TRANSCRIPT-TURN: "Spokesperson:" is the briefer the introduction places in Beijing, not the question's person."""
    text = (
        "Foreign Ministry Spokesperson Wang Qiuyan hosted the regular press conference in Beijing on Thursday.\n"
        "AFP: The Philippine Coast Guard said two China Coast Guard ships fired water cannon at a Philippine vessel. "
        "A coast guard spokesman, Commodore Jay Santos, called it an unlawful act. What's your comment?\n"
        "Spokesperson: Huangyan Dao has always been China's territory. The so-called ramming is a sheer fabrication."
    )
    assert speakers_from(geostance.parse(text), text.rfind("\n") + 1) == {"CHN"}


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        pytest.param(
            "Tajikistan said Kyrgyz servicemen had brought armoured vehicles to the water intake.",
            ("KGZ",),
            id="servicemen",
        ),
        pytest.param(
            "Lithuania said Belarusian border patrols had escorted the migrants to the fence.",
            ("BLR",),
            id="patrols",
        ),
        pytest.param(
            "JNIM said it had killed dozens of soldiers and their Russian mercenaries.",
            (),
            id="near-miss-hired-fighters",
        ),
        pytest.param(
            'Beijing said it would go on building the port "together with our Pakistani partners."',
            ("PAK",),
            id="partners",
        ),
        pytest.param("Turkey said its Azerbaijani brothers could count on its support.", ("AZE",), id="brothers"),
        pytest.param("Russia said its friends in the region had nothing to fear.", (), id="near-miss-no-demonym"),
    ],
)
def test_a_demonym_before_those_acting_for_its_state_is_a_target(text: str, targets: tuple[str, ...]) -> None:
    """Content targets: a demonym before agents of its state ("Kyrgyz servicemen") names that state acting."""
    assert [s.targets for s in geostance.parse(text).statements] == [targets]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "North Korea fired a missile toward South Korea on Monday. Japan lodged a protest. A spokesman for the "
            "North's defence ministry rejected the protest as absurd.",
            ["rebuttal PRK answers JPN", "statement JPN -> PRK [accuse]"],
            id="the-norths-ministry",
        ),
        pytest.param(
            "South Sudan and Sudan traded blame over the oil pipeline on Monday. The South said the pipeline had "
            "been shut by Sudanese troops.",
            ["statement SSD -> SDN [assert]"],
            id="the-south-speaks",
        ),
        pytest.param(
            "North Macedonia condemned the missile launch by North Korea on Monday. The North said the launch was a "
            "test.",
            ["statement MKD -> PRK [accuse]"],
            id="near-miss-two-norths",
        ),
        pytest.param(
            "North Korea fired a missile on Monday. Japan said it was alarmed. The North Atlantic Council said it "
            "would meet.",
            ["statement JPN -> - [assert]", "statement nato -> - [assert]"],
            id="near-miss-a-longer-name",
        ),
    ],
)
def test_the_north_alone_is_the_one_named_northern_state(text: str, expected: list[str]) -> None:
    """COMPASS-SHORT-FORM: "the North's ministry" is North Korea's when the text names it and no other North."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Uganda disputed the findings of the UN Group of Experts on Congo, which said ADF rebels had bases in "
            'Ituri, calling the report "fiction written far away."\nIn its report, the Group of Experts said the ADF '
            "had killed 300 civilians.",
            "goe-drc",
            id="group-of-experts-after-an-armed-group",
        ),
        pytest.param(
            "Damascus rejected the account of the UN Commission of Inquiry on Syria, which said Hayat Tahrir al-Sham "
            "had executed prisoners in Idlib.\nLater, the Commission of Inquiry said the army had shelled a market.",
            "coi-syria",
            id="commission-of-inquiry",
        ),
        pytest.param(
            "The UN Panel of Experts on Libya said the Wagner Group had flown fighters to Sirte.\nOn Friday, the Panel "
            "of Experts said Turkey had also broken the arms embargo.",
            "poe-libya",
            id="panel-of-experts-after-a-named-group",
        ),
        pytest.param(
            "The UN Group of Experts on Congo said ADF rebels had bases in Ituri.\nOn Friday, the Group of Seven said "
            "it was alarmed by the killings.",
            "g7",
            id="near-miss-a-name-of-its-own",
        ),
    ],
)
def test_a_capitalised_part_of_an_earlier_name_is_that_actor(text: str, speaker: str) -> None:
    """NAME-PART: "the Group of Experts" after "the UN Group of Experts on Congo" is that body, not the last group."""
    assert speakers_from(geostance.parse(text), text.index("\n") + 1) == {speaker}


def test_a_bodys_title_repeating_a_names_head_is_that_actor() -> None:
    """NAME-HEAD: "Commission spokesperson Name" after "the European Commission" speaks for the EU."""
    text = (
        "The European Commission froze the funds on Monday. Hungary called the decision blackmail. Commission "
        "spokesperson Anna Berg said the money would stay frozen."
    )
    assert speakers_from(geostance.parse(text), text.rfind(". ", 0, len(text) - 2) + 2) == {"eu"}


def test_as_x_stated_in_a_speakers_own_words_cites_x() -> None:
    """AS-CITED: in a transcript's answer, "as the Agency stated" cites the IAEA, which does not speak there."""
    text = (
        "Foreign ministry spokesman Oleh Tykhyi held a briefing in Kyiv on Monday.\n"
        "Q: Moscow says the IAEA blamed Ukraine for the strike on the plant. Your comment?\n"
        "Spokesman: These are fabrications. The IAEA has not blamed anyone for the strike, as the Agency stated in its "
        "update on Monday."
    )
    article = geostance.parse(text)
    assert [r.speaker for r in article.rebuttals] == ["UKR"]
    assert "iaea" not in {s.speaker for s in article.statements}


def test_a_label_in_capitals_after_an_honorific_is_the_introduced_person() -> None:
    """TRANSCRIPT-TURN: "MR. CALLAN:" is the Thomas Callan the introduction placed at a briefing in Washington."""
    text = (
        "The following is an excerpt from Tuesday's State Department press briefing in Washington, conducted by "
        "Deputy Spokesperson Thomas Callan.\n"
        "MR. CALLAN: Good afternoon. The regime in Caracas is a criminal enterprise, and we will keep using every "
        "tool we have to stop it.\n"
        "QUESTION: Venezuela says the men on the boat were fishermen. Can you offer any evidence?\n"
        "MR. CALLAN: These were narco-terrorists, not fishermen, and the claim has zero credibility."
    )
    assert speakers_from(geostance.parse(text), text.rfind("\n") + 1) == {"USA"}


@pytest.mark.parametrize(
    ("text", "rebutters"),
    [
        pytest.param(
            "Morocco accused Algeria of arming the Polisario. Algeria responded with a decision to close its airspace "
            "to Moroccan planes.",
            [],
            id="an-act-in-return",
        ),
        pytest.param(
            "Morocco accused Algeria of arming the Polisario. Algeria responded with a statement calling the charge "
            "baseless.",
            ["DZA"],
            id="near-miss-a-statement-in-return",
        ),
    ],
)
def test_a_response_with_an_act_rebuts_nothing(text: str, rebutters: list[str]) -> None:
    """RESPOND: "responded with a decision to close its airspace" answers with an act, not words."""
    assert [r.speaker for r in geostance.parse(text).rebuttals] == rebutters


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Arab League on Sunday voiced deep concern over the fighting near Tripoli, in a statement issued after "
            "an emergency meeting in Cairo. Egypt welcomed the statement.",
            ("EGY", ["arab-league"]),
            id="concern-then-set-off-statement",
        ),
        pytest.param(
            "Kenya and Tanzania on Monday condemned the attack on the aid convoy, in a joint statement released in "
            "Arusha. Uganda endorsed the statement.",
            ("UGA", ["KEN", "TZA"]),
            id="joint-condemnation-then-set-off-statement",
        ),
        pytest.param(
            "G7 leaders accused China of unfair trade, in a summit communique that signaled a harder line. Russia "
            "dismissed the communique as irrelevant. Brazil welcomed the communique.",
            ("BRA", ["g7"]),
            id="a-description-before-the-channel-noun",
        ),
        pytest.param(
            "The Arab League on Sunday voiced deep concern over fighting described in a statement by Libyan "
            "militias. Egypt welcomed the statement.",
            ("EGY", []),
            id="near-miss-not-set-off",
        ),
    ],
)
def test_a_channel_set_off_at_the_clauses_end_is_remembered(text: str, expected: tuple[str, list[str]]) -> None:
    """SET-OFF-CHANNEL: ", in a joint statement issued ..." at a clause's end is the speaker's document."""
    supports = [s for s in geostance.parse(text).statements if s.speaker == expected[0]]
    assert [list(s.targets) for s in supports] == [expected[1]]


def test_a_channel_after_several_modifiers_is_remembered() -> None:
    """KNOWN-DOCUMENT: "In a confidential quarterly report, X said" makes "the report" later X's."""
    text = (
        "In a confidential quarterly report, the IAEA said Iran had withdrawn the designations. The United States "
        "said Iran's conduct was unacceptable. Russia dismissed the report as one-sided."
    )
    article = geostance.parse(text)
    by_id = {s.id: s.speaker for s in article.statements}
    assert [(r.speaker, [by_id[x] for x in r.rebuts]) for r in article.rebuttals] == [("RUS", ["iaea"])]


@pytest.mark.parametrize(
    ("text", "rebutter"),
    [
        pytest.param(
            "Iran accused Israel of sending the drone. Reuters quoted a senior Israeli official as saying the claim "
            "was false.",
            "ISR",
            id="quoted-as-saying",
        ),
        pytest.param(
            "Kenya accused Uganda of shelling a border post. The Daily Monitor cited a Ugandan army spokesman as "
            "saying the report was baseless.",
            "UGA",
            id="cited-as-saying",
        ),
    ],
)
def test_the_person_quoted_as_saying_speaks(text: str, rebutter: str) -> None:
    """QUOTED-AS-SAYING: "Reuters quoted an Israeli official as saying ...": the official rebuts."""
    assert [r.speaker for r in geostance.parse(text).rebuttals] == [rebutter]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Poland accused Belarus of flying balloons over the border. Belarus's BelTA agency quoted Deputy "
            "Foreign Minister Igor Petrov as saying there were no balloons.",
            ["rebuttal BLR answers POL", "statement POL -> BLR [accuse]"],
            id="possessor-agency-quotes-a-titled-name",
        ),
        pytest.param(
            "Chile protested to Argentina about the new fishing quotas. The Argentine daily Clarin cited Cabinet "
            "Chief Marta Ruiz as saying the quotas would stay.",
            ["statement ARG -> - [assert]", "statement CHL -> ARG [accuse]"],
            id="demonym-daily-cites-a-titled-name",
        ),
        pytest.param(
            "Norway said talks with Russia on fishing quotas had stalled. Moscow's Izvestia newspaper quoted a "
            "fisheries ministry official as saying a deal was close.",
            ["statement NOR -> RUS [assert]", "statement RUS -> - [assert]"],
            id="capital-paper-quotes-a-role",
        ),
    ],
)
def test_a_title_quoted_by_an_actors_medium_is_that_actors(text: str, expected: list[str]) -> None:
    """RELAYED-TITLE: a medium an actor owns quotes a title with no owner of its own: the title is that actor's."""
    assert outline(geostance.parse(text)) == expected


def test_a_title_quoted_by_a_medium_keeps_its_own_owner() -> None:
    """Near miss: the title names its own state ("Kenyan Foreign Minister"): not the medium's owner."""
    text = (
        "Somalia accused Kenya of arming a militia. Ethiopia's Fana broadcaster quoted Kenyan Foreign Minister "
        "Paul Mwangi as saying no weapons had crossed the border."
    )
    assert [r.speaker for r in geostance.parse(text).rebuttals] == ["KEN"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Peru accused Bolivia of diverting the river. The claim was rejected on Friday by Bolivia's water "
            "minister, who said the flow was natural.",
            ["rebuttal BOL answers PER", "statement PER -> BOL [accuse]"],
            id="rejected-on-a-day-by",
        ),
        pytest.param(
            "Greece accused Turkey of sending survey ships. The report was firmly denied on 12 June by Ankara.",
            ["rebuttal TUR answers GRC", "statement GRC -> TUR [accuse]"],
            id="denied-on-a-date-by",
        ),
        pytest.param(
            "Armenia was urged on Tuesday by France to reopen the crossing.",
            ["statement FRA -> ARM [demand]"],
            id="urged-on-a-day-by",
        ),
    ],
)
def test_a_dated_phrase_between_a_passive_verb_and_its_agent_is_skipped(text: str, expected: list[str]) -> None:
    """PASSIVE-REBUTTAL / PASSIVE-BY: "was rejected on Friday by X": the agent still acts."""
    assert outline(geostance.parse(text)) == expected


def test_a_dated_phrase_does_not_make_a_later_by_an_agent() -> None:
    """Near miss: "by" after a dated phrase that follows an object is no passive agent."""
    text = "Peru accused Bolivia of diverting the river. Bolivia rejected the claim on Friday by letter."
    assert outline(geostance.parse(text)) == ["rebuttal BOL answers PER", "statement PER -> BOL [accuse]"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ghana dismissed accusations by the leaders of neighbouring Togo that it shelters rebels.",
            ["rebuttal GHA answers TGO", "statement TGO -> GHA [accuse]"],
            id="author-of-neighbouring",
        ),
        pytest.param(
            "Officials in landlocked Laos rejected the report from Thailand.",
            ["rebuttal LAO answers THA", "statement THA -> - [assert]"],
            id="in-landlocked",
        ),
        pytest.param(
            "Kenya urged war-torn Somalia to hold the vote on time.",
            ["statement KEN -> SOM [demand]"],
            id="object",
        ),
    ],
)
def test_an_adjective_before_a_name_stays_in_its_phrase(text: str, expected: list[str]) -> None:
    """ACTOR-MODIFIER: "the leaders of neighbouring Togo": the adjective does not cut the name off its phrase."""
    assert outline(geostance.parse(text)) == expected


def test_an_actor_modifier_is_tagged_as_a_modifier() -> None:
    """frames.json `actor_modifiers` are modifiers (`V`), so a noun phrase may open with one before a name."""
    sentence = Sentence(_doc("Mali accused neighbouring Niger of lying."), 0, vocabulary())
    assert [p.first for p in sentence.phrases if sentence.units[p.head].low == "niger"] == [2]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        pytest.param("Army spokesman Col. Ali Musa said the road was open.", "Army spokesman Col. Ali Musa", id="col"),
        pytest.param("Navy chief Adm. Rui Costa said the ship was safe.", "Navy chief Adm. Rui Costa", id="adm"),
        pytest.param(
            "Defence Minister Lt. Gen. Omar Idris said the border was calm.",
            "Defence Minister Lt. Gen. Omar Idris",
            id="two-titles",
        ),
    ],
)
def test_an_abbreviated_title_keeps_its_period_inside_the_phrase(text: str, phrase: str) -> None:
    """ABBREVIATED-TITLE: "spokesman Col. Name": the title's period does not cut the role from the person."""
    sentence = Sentence(_doc(text), 0, vocabulary())
    first = sentence.phrases[0]
    assert sentence.text[sentence.units[first.first].start : sentence.units[first.end - 1].end] == phrase


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "NAIROBI, Kenya (AP) — Ethiopia's government accused Eritrea of massing troops on the border. "
            "Information Minister Dawit Bekele said the buildup began in May. Kenya urged both sides to talk.",
            ["statement ETH -> ERI [accuse, assert]", "statement KEN -> ETH, ERI [demand]"],
            id="bureau-so-far",
        ),
        pytest.param(
            "TOKYO (Kyodo) — China accused Japan of provoking tensions near the islands. Chief Cabinet Secretary "
            "Ken Ota said Japan would lodge a protest with China.",
            ["statement CHN -> JPN [accuse]", "statement JPN -> CHN [assert]"],
            id="near-miss-home-named-first",
        ),
        pytest.param(
            "TBILISI (Reuters) - Prime Minister Irakli Beridze said on Monday that Russia had moved the fence again.",
            ["statement GEO -> RUS [assert]"],
            id="near-miss-title-before-any-state",
        ),
    ],
)
def test_a_dateline_not_yet_named_after_another_state_spoke_is_a_bureau(text: str, expected: list[str]) -> None:
    """BUREAU-DATELINE: a national title after another state spoke, its dateline's state unnamed so far."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Peru's foreign minister said Chile should return the fishing boats.",
            ["statement PER -> CHL [demand, assert]"],
            id="should",
        ),
        pytest.param(
            "Serbia said Kosovo's police must leave the bridge at once.",
            ["statement SRB -> XKX [demand, assert]"],
            id="possessed-subject",
        ),
        pytest.param(
            "Serbia said it must protect its people in Kosovo.",
            ["statement SRB -> - [assert]"],
            id="near-miss-pronoun",
        ),
        pytest.param(
            "Peru said Chile had returned the fishing boats.",
            ["statement PER -> CHL [assert]"],
            id="near-miss-no-modal",
        ),
    ],
)
def test_plain_words_laying_an_obligation_on_a_party_demand(text: str, expected: list[str]) -> None:
    """SAY-MUST: "said Y must/should ...": a demand of Y besides the assertion."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Speaking on behalf of the Arab League, Jordan's envoy called on Israel to halt the demolitions.",
            ["statement arab-league -> ISR [demand]"],
            id="opening",
        ),
        pytest.param(
            "The delegate of Fiji, speaking on behalf of the Pacific Islands Forum (PIF), urged Japan to stop the "
            "release.",
            ["statement pif -> JPN [demand]"],
            id="set-off-after-the-subject",
        ),
        pytest.param(
            "Chile's ambassador, speaking on behalf of his country and the other members of MERCOSUR, urged "
            "Venezuela to free the detainees.",
            ["statement mercosur -> VEN [demand]"],
            id="country-and-the-other-members",
        ),
        pytest.param(
            "Indonesia, which holds the ASEAN chair, issued a statement on behalf of the bloc urging Cambodia and "
            "Thailand to stop fighting.",
            ["statement asean -> KHM, THA [demand, assert]"],
            id="statement-after-the-verb",
        ),
        pytest.param(
            "Morocco rejected the statement issued on behalf of the African Union.",
            ["rebuttal MAR answers -"],
            id="near-miss-inside-the-object",
        ),
        pytest.param(
            "Speaking on behalf of Egypt and Iraq, Jordan's envoy urged Israel to halt the demolitions.",
            ["statement EGY -> ISR [demand]", "statement IRQ -> ISR [demand]", "statement JOR -> ISR [demand]"],
            id="states-speak-with-the-speaker",
        ),
    ],
)
def test_a_speaker_on_behalf_of_an_organization_gives_its_words(text: str, expected: list[str]) -> None:
    """ON-BEHALF-OF: whoever speaks "on behalf of" an organization, the organization speaks."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'Peru branded as "a pure invention" claims by Chile that it moved the markers.',
            ["rebuttal PER answers CHL", "statement CHL -> - [assert]"],
            id="quoted-judgment-of-several-words",
        ),
        pytest.param(
            'Chad dismissed as "wildly exaggerated" media reports of a buildup.',
            ["rebuttal TCD answers -"],
            id="hearsay-answers-nobody",
        ),
        pytest.param(
            'Peru branded as "a pure invention" the Chilean army\'s parade.',
            [],
            id="near-miss-no-report",
        ),
    ],
)
def test_a_judgment_put_before_the_object_finds_the_report_after_it(text: str, expected: list[str]) -> None:
    """CALL-X-Y: "branded as 'a pure invention' claims by Y": the object is the report after the shifted judgment."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Regarding the communique of the Arab League, Qatar rejects it as a regrettable overreach.",
            ["rebuttal QAT answers arab-league", "statement arab-league -> - [assert]"],
            id="regarding-judged-condemned",
        ),
        pytest.param(
            "As for the report of the IAEA, Iran called it a lie.",
            ["rebuttal IRN answers iaea", "statement iaea -> - [assert]"],
            id="as-for-judged-false",
        ),
        pytest.param(
            "Regarding the visit, Serbia called it a provocation.",
            ["statement SRB -> - [assert]"],
            id="near-miss-frame-without-a-document",
        ),
        pytest.param(
            "Iran submitted its reply to the EU proposal, calling it constructive.",
            [],
            id="near-miss-no-frame",
        ),
    ],
)
def test_it_judged_after_a_topic_frame_is_the_framed_document(text: str, expected: list[str]) -> None:
    """FRAMED-DOCUMENT: "Regarding X's statement, Y rejects it as ...": Y rebuts X."""
    assert outline(geostance.parse(text)) == expected


def test_each_vocabulary_field_has_its_docstring_right_after_it() -> None:
    """vocab.py: a field's docstring follows it (attribute docstrings drift when fields are added in between)."""
    lines = inspect.getsource(Vocabulary).splitlines()
    fields = [n for n, line in enumerate(lines) if re.match(r"    [a-z_]+: ", line)]
    assert fields
    assert [lines[n] for n in fields if not lines[n + 1].strip().startswith('"""')] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "10:00 GMT – Togo accused Ghana of shelling a border post. 10:05 GMT – Ghana's Ministry of National "
            "Defence has given another account. Its spokeswoman, Ama Owusu, said Togolese troops fired first.",
            ["statement GHA -> TGO [assert]", "statement TGO -> GHA [accuse]"],
            id="after-a-timestamp",
        ),
        pytest.param(
            "10:00 GMT – Togo accused Ghana of shelling a border post. 10:05 GMT – Ghana's army fired first, Togo's "
            "government said. Its spokesman, Kossi Agbo, said two soldiers had died.",
            ["statement TGO -> GHA [accuse, assert]"],
            id="near-miss-the-sentence-before-was-speech",
        ),
    ],
)
def test_its_role_after_a_sentence_nobody_spoke_in_is_that_sentences_subject(text: str, expected: list[str]) -> None:
    """PREVIOUS-SUBJECT: "X's ministry gave another account. Its spokeswoman said": X's, not the last speaker's."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Somalia criticised the African Union over its troop plan. The African Union said the dispute between "
            "Somalia and Ethiopia risked security gains.",
            ["statement SOM -> au [accuse]", "statement au -> SOM, ETH [assert]"],
            id="a-dispute-is-a-noun",
        ),
        pytest.param(
            "Peru accused Chile of spying. Chile said a challenge to the treaty would fail.",
            ["statement CHL -> - [assert]", "statement PER -> CHL [accuse]"],
            id="a-challenge-is-a-noun",
        ),
        pytest.param(
            "Somalia criticised the African Union over its troop plan. The African Union said it disputed that "
            "account.",
            ["rebuttal au answers SOM", "statement SOM -> au [accuse]"],
            id="near-miss-the-verb-rejects",
        ),
    ],
)
def test_a_rejection_verb_after_a_determiner_is_a_noun_that_rejects_nothing(text: str, expected: list[str]) -> None:
    """TALKED-OF / DENIAL: "a dispute between", "the challenge": nouns; only the verb ("disputed") rejects."""
    assert sorted(outline(geostance.parse(text))) == sorted(expected)


_SEIZED = "Guyana accused Suriname of seizing a fishing boat. Suriname denied it. "


@pytest.mark.parametrize(
    ("text", "brazil"),
    [
        pytest.param(
            _SEIZED + "Brazil said it hoped the two sides would settle the matter.", "BRA -> GUY, SUR", id="said"
        ),
        pytest.param(_SEIZED + "Brazil urged the two neighbours to settle the matter.", "BRA -> GUY, SUR", id="urged"),
        pytest.param(_SEIZED + "Brazil said both rivals should talk.", "BRA -> GUY, SUR", id="both-rivals"),
        pytest.param(_SEIZED + "Brazil said it hoped the sides would talk.", "BRA -> -", id="near-miss-not-counted"),
        pytest.param(_SEIZED + "Brazil said the two rivers flooded the towns.", "BRA -> -", id="near-miss-no-side"),
    ],
)
def test_the_two_sides_in_a_speakers_words_are_the_disputes_sides(text: str, brazil: str) -> None:
    """SIDES-IN-WORDS: "hoped the two sides would ...", "urged the two neighbours": the latest dispute's two sides."""
    (line,) = [x for x in outline(geostance.parse(text)) if x.startswith("statement BRA")]
    assert line.startswith(f"statement {brazil} [")


def test_a_call_on_both_sides_makes_neither_a_rebutter_of_the_mediator() -> None:
    """MEDIATOR-CALL: after "X urged both sides to talk", a side calling the other a liar does not answer X."""
    text = (
        "Guatemala accused Belize of arming park rangers. Mexico urged both sides to talk. Guatemala's foreign "
        "minister said Belize was lying."
    )
    assert [line for line in outline(geostance.parse(text)) if line.startswith("rebuttal")] == []


@pytest.mark.parametrize(
    ("text", "rebuttals"),
    [
        pytest.param(
            "Qatar and Egypt urged Israel and Hamas to accept the truce. Israel said a ceasefire was not possible "
            "while hostages were held.",
            [],
            id="two-mediators-two-sides",
        ),
        pytest.param(
            "Kenya, Uganda and Tanzania called on Somalia and Ethiopia to settle their dispute. Somalia said "
            "sovereignty was not negotiable.",
            [],
            id="three-mediators",
        ),
        pytest.param(
            "Kenya, Uganda and Tanzania called on Ethiopia to withdraw its troops. Ethiopia said its troops were "
            "not in Somalia.",
            ["rebuttal ETH answers KEN", "rebuttal ETH answers TZA", "rebuttal ETH answers UGA"],
            id="near-miss-a-call-on-one-party",
        ),
    ],
)
def test_a_joint_call_on_both_sides_aims_at_neither(text: str, rebuttals: list[str]) -> None:
    """MEDIATOR-CALL for a joint act: each co-author of a call on several parties aims at none of them either."""
    assert [line for line in outline(geostance.parse(text)) if line.startswith("rebuttal")] == rebuttals


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Peru warned Ecuador over the dam. Ecuador's Foreign Minister Rosa Guaman Pilco said the dam was legal. "
            "Later on Tuesday, Guaman dismissed the warning.",
            ["rebuttal ECU answers PER", "statement PER -> ECU [warn]"],
            id="first-of-two-surnames",
        ),
        pytest.param(
            "Peru warned Ecuador over the dam. Ecuador's Foreign Minister Rosa Guaman Pilco said the dam was legal. "
            "Later on Tuesday, Pilco dismissed the warning.",
            ["rebuttal ECU answers PER", "statement PER -> ECU [warn]"],
            id="last-word",
        ),
    ],
)
def test_a_person_with_two_surnames_is_known_by_either(text: str, expected: list[str]) -> None:
    """PERSON memory: "Rosa Guaman Pilco" is "Guaman" (and "Pilco") later."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Malaysia said the Philippines' claim had lapsed. Manila shot down suggestions by Malaysia that the claim "
            "had lapsed.",
            ["rebuttal PHL answers MYS", "statement MYS -> PHL [assert]"],
            id="shot-down-suggestions",
        ),
        pytest.param(
            "Syria accused Jordan of bombing a village. Jordan shot down two Syrian drones on Friday.",
            ["statement SYR -> JOR [accuse]"],
            id="near-miss-shot-down-drones",
        ),
        pytest.param("A Syrian drone was shot down by Jordan.", [], id="near-miss-passive-drone"),
        pytest.param("The Syrian proposal was rejected.", [], id="near-miss-passive-without-agent"),
        pytest.param(
            "Syria accused Jordan of aggression. The assault was rebuffed by Jordan.",
            ["statement SYR -> JOR [accuse]"],
            id="near-miss-passive-assault",
        ),
    ],
)
def test_shooting_down_answers_words_not_aircraft(text: str, expected: list[str]) -> None:
    """REJECT-CLAIM / OTHER-SENSE: "shot down suggestions" rebuts; a drone shot down, an assault rebuffed do not."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Niger accused Boko Haram of the raid. The Boko Haram terror group denied the claim.",
            ["rebuttal boko-haram answers NER", "statement NER -> boko-haram [accuse]"],
            id="name-word-description",
        ),
        pytest.param(
            "Ethiopia accused Eritrea of shelling. The Eritrea government slapped sanctions on Ethiopia.",
            ["statement ETH -> ERI [accuse]"],
            id="near-miss-an-unknown-verb-before-a-noun-is-no-description",
        ),
    ],
)
def test_an_unknown_word_between_a_name_and_a_description_stays_in_the_phrase(text: str, expected: list[str]) -> None:
    """NOUN PHRASE: "the Boko Haram terror group" is one phrase headed by "group"."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ethiopia accused Eritrea of shelling. Eritrean officials, speaking on condition of anonymity because of "
            "restrictions on talking to the media, said the claim was false.",
            id="because-of",
        ),
        pytest.param(
            "Ethiopia accused Eritrea of shelling. Eritrean officials, speaking on condition of anonymity due to the "
            "sensitivity of the matter, said the claim was false.",
            id="due-to",
        ),
    ],
)
def test_a_long_participle_insertion_with_no_verb_of_its_own_is_skipped(text: str) -> None:
    """SUBJECT: ", speaking on condition of anonymity because of ...," stands between the subject and its verb."""
    assert [r.speaker for r in geostance.parse(text).rebuttals] == ["ERI"]


_COUNCIL = "The UN Security Council met on Libya. "


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            _COUNCIL + "The Special Envoy of the Secretary-General for Libya said talks stalled.", "un", id="of"
        ),
        pytest.param(_COUNCIL + "The Secretary-General's Special Envoy for Libya said talks stalled.", "un", id="'s"),
        pytest.param(_COUNCIL + "Egypt's envoy for Libya said talks stalled.", "EGY", id="near-miss-a-states-envoy"),
        pytest.param(_COUNCIL + "The envoy of Libya said talks stalled.", "LBY", id="near-miss-of-is-the-owner"),
    ],
)
def test_an_envoy_for_a_place_speaks_for_whoever_sent_them(text: str, speaker: str) -> None:
    """POSTED-ROLE and SECRETARIAT-TITLE: "the Secretary-General's envoy for Libya" is the UN's, not Libya's."""
    assert [s.speaker for s in geostance.parse(text).statements] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param("Secretary-General Ana Lopes said the talks on Cyprus had stalled.", "un", id="no-organization"),
        pytest.param(
            "The Special Envoy of the Secretary-General for Yemen told reporters that talks had stalled.",
            "un",
            id="aide",
        ),
        pytest.param(
            "NATO ministers met in Brussels. Secretary-General Ana Lopes said the talks had stalled.",
            "nato",
            id="near-miss-an-organization-named-before",
        ),
    ],
)
def test_a_secretary_general_with_no_organization_named_is_the_uns(text: str, speaker: str) -> None:
    """SECRETARIAT-TITLE: with no organization named before it, "the Secretary-General" is the UN's (frames.json)."""
    assert [s.speaker for s in geostance.parse(text).statements] == [speaker]


def test_a_bare_spokesperson_after_a_sentence_nobody_spoke_in_is_that_sentences_subject() -> None:
    """PREVIOUS-SUBJECT: "The African Union has weighed in. Spokesperson Name told reporters ...": the AU's."""
    text = (
        "13:50 - Niger says it stands with Mali and is ready to help.\n"
        "14:05 - The African Union has weighed in. Spokesperson Amina Bello told reporters that the bloc backs talks "
        "between Mali and Algeria."
    )
    assert [s.speaker for s in geostance.parse(text).statements] == ["NER", "au"]


def test_a_bare_spokesperson_after_a_silent_sentence_is_its_subject_s_even_when_the_title_was_seen() -> None:
    """PREVIOUS-SUBJECT before the role last seen: another actor's spokesman earlier does not claim the title."""
    text = (
        "Beijing's foreign ministry spokesman Tian Wei accused India of hyping threats. India's foreign ministry "
        "struck a more measured tone. Spokesman Arvind Rao told reporters that India had taken note of the assurances."
    )
    assert outline(geostance.parse(text)) == ["statement CHN -> IND [accuse]", "statement IND -> - [assert]"]


def test_a_bare_spokesperson_after_a_speakers_sentence_is_the_speakers() -> None:
    """Near miss: the sentence before reported speech, so the spokesperson continues its speaker."""
    text = (
        "13:50 - Niger says it stands with Mali and is ready to help.\n"
        "14:05 - The African Union said it backed talks. Spokesperson Amina Bello told reporters that the bloc "
        "would send an envoy to Mali and Algeria."
    )
    assert [s.speaker for s in geostance.parse(text).statements] == ["NER", "au"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Poland said the attack had been planned in Minsk. Russia's embassy said there was not a shred of "
            "evidence of Russian involvement.",
            ["rebuttal RUS answers POL", "statement POL -> - [assert]"],
            id="not-a-shred-of-evidence",
        ),
        pytest.param(
            "Poland said the attack had been planned in Minsk. Russia's embassy said there was not a shred of proof "
            "for that.",
            ["rebuttal RUS answers POL", "statement POL -> - [assert]"],
            id="not-a-shred-of-proof",
        ),
        pytest.param(
            "Poland said the attack had been planned in Minsk. Russia's embassy said there was no sign of a Russian "
            "role yet.",
            ["statement POL -> - [assert]", "statement RUS -> - [assert]"],
            id="near-miss-no-denial-expression",
        ),
    ],
)
def test_a_denial_of_any_evidence_rebuts_even_when_not_accused(text: str, expected: list[str]) -> None:
    """DENIAL-BY-NEGATION: frames.json denial_expressions ("not a shred of evidence") rebut whoever spoke before."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Guyana accused Venezuela of massing troops. In Caracas, the Ministry of Foreign Affairs and Worship "
            "said the troops were on exercises.",
            ["rebuttal VEN answers GUY", "statement GUY -> VEN [accuse]"],  # SAME-THING-ACCOUNT: "the troops"
            id="office-and-domain",
        ),
        pytest.param(
            "Guyana accused Venezuela of massing troops. The Ministry of Foreign Affairs and Cooperation said the "
            "troops were on exercises.",
            ["statement GUY -> VEN [accuse, assert]"],  # with no place frame, the last state that spoke
            id="no-place-frame",
        ),
        pytest.param(
            "NAIROBI - Kenya lodged a protest with Uganda over the arrests. The Ministry of Foreign and Diaspora "
            "Affairs said the fishermen had been beaten.",
            ["statement KEN -> UGA [accuse, assert]"],
            id="foreign-and-diaspora-affairs",
        ),
    ],
)
def test_an_offices_name_goes_on_after_and(text: str, expected: list[str]) -> None:
    """NAME-CONTINUATION: "the Ministry of Foreign Affairs and Worship" is one office, headed by "ministry"."""
    assert outline(geostance.parse(text)) == expected


def test_the_ministers_of_two_states_stay_a_list() -> None:
    """Near miss: "the ministers of Iran and Russia" names two actors, not one office."""
    article = geostance.parse("The foreign ministers of Iran and Russia said the deal was dead.")
    assert sorted(s.speaker for s in article.statements) == ["IRN", "RUS"]


def test_a_capital_named_settles_an_ambiguous_demonym() -> None:
    """A demonym two states share ("Dominican") is the one whose name or capital the text also names."""
    article = geostance.parse("The Dominican president accused Haiti of building a canal near Santo Domingo.")
    assert [s.speaker for s in article.statements] == ["DOM"]


@pytest.mark.parametrize(
    "insertion",
    [
        pytest.param("speaking on condition of anonymity because he was not authorised to brief the media", id="not"),
        pytest.param("speaking to Reuters on condition of anonymity as the talks are confidential", id="to-an-outlet"),
        pytest.param("speaking on condition of anonymity", id="short"),
    ],
)
def test_an_anonymity_insertion_hides_no_subject(insertion: str) -> None:
    """ANONYMITY-INSERTION: ", speaking on condition of anonymity because ...,": the official before it speaks."""
    text = (
        "Jordan accused Syria of failing to stop smugglers. A senior Jordanian security official, "
        f"{insertion}, said the networks were run by Hezbollah operatives."
    )
    statements = geostance.parse(text).statements
    assert [(s.speaker, s.targets) for s in statements] == [("JOR", ("SYR", "hezbollah"))]


def test_a_set_off_clause_that_asks_no_anonymity_keeps_its_verbs() -> None:
    """Near miss: ", who was not authorised to brief the media," is a relative clause, read as before."""
    text = (
        "Jordan accused Syria of failing to stop smugglers. A senior Jordanian security official, who was not "
        "authorised to brief the media, said the networks were run by Hezbollah operatives."
    )
    assert [s.speaker for s in geostance.parse(text).statements] == ["JOR"]


_FISHERIES = "Samoa signed a fisheries deal with China on Monday. Officials confirmed the deal was signed in Apia. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            _FISHERIES + "Australia and New Zealand voiced concern about the deal.",
            ["statement AUS -> WSM, CHN [concern]", "statement NZL -> WSM, CHN [concern]"],
            id="concern-about-the-deal",
        ),
        pytest.param(
            _FISHERIES + "Australia voiced concern about a deal of that kind.",
            ["statement AUS -> - [concern]"],
            id="near-miss-indefinite",
        ),
        pytest.param(
            _FISHERIES + "Australia voiced concern about the weather.",
            ["statement AUS -> - [concern]"],
            id="near-miss-no-agreement",
        ),
    ],
)
def test_a_concern_about_the_pact_is_about_its_parties(text: str, expected: list[str]) -> None:
    """AGREEMENT-PARTIES: "concern about the deal": the parties named where the deal was introduced."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Taliban accused Pakistan of backing ISIS-K in an interview with Radio Kabul.",
            ["statement taliban -> PAK, iskp [accuse]"],
            id="radio-capital",
        ),
        pytest.param(
            "Moscow accused Kyiv of shelling a power plant in an interview with Television Minsk.",
            ["statement RUS -> UKR [accuse]"],
            id="television-capital",
        ),
        pytest.param(
            "Pakistan accused Kabul of sheltering the TTP in an interview with a radio station.",
            ["statement PAK -> taliban, ttp [accuse]"],  # Kabul: the government in fact
            id="near-miss-a-capital-as-its-state",
        ),
    ],
)
def test_a_capital_inside_a_broadcasters_name_names_no_state(text: str, expected: list[str]) -> None:
    """CAPITAL: "Radio Kabul", "Television Minsk" (grammar.json outlet_words) are outlets, not states."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The African Union and IGAD issued a joint communique. On civilians, the two bodies said they condemned "
            "the killings by the RSF.",
            [
                "statement au -> rapid-support-forces [accuse, assert]",
                "statement igad -> rapid-support-forces [accuse, assert]",
            ],
            id="the-two-bodies",
        ),
        pytest.param(
            "ASEAN and the EU met in Brussels. Both blocs said the talks on trade had gone well.",
            ["statement asean -> - [assert]", "statement eu -> - [assert]"],
            id="both-blocs",
        ),
    ],
)
def test_a_counted_plural_of_an_organization_description_is_the_last_organizations(
    text: str, expected: list[str]
) -> None:
    """COUNTED description: "the two bodies", "both blocs" (plurals of frames.json organization descriptions)."""
    assert outline(geostance.parse(text)) == expected


def test_an_organization_descriptions_plural_is_a_description() -> None:
    """The plural of an organization description is tagged as one (`Y`); a state description's is not generated."""
    sentence = Sentence(_doc("The two bodies and the two governments met."), 0, vocabulary())
    tags = {u.low: u.tag for u in sentence.units}
    assert tags["bodies"] == "Y"
    assert tags["governments"] != "Y"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Norway has offered to mediate between Colombia and the ELN.",
            ["statement NOR -> COL, eln [support]"],
            id="mediate-between",
        ),
        pytest.param(
            "Qatar offered on Tuesday to facilitate dialogue between Israel and Hamas.",
            ["statement QAT -> ISR, hamas [support]"],
            id="dated-phrase-before-to",
        ),
        pytest.param(
            "Brazil, which borders both countries, offered to host talks between Venezuela and Guyana.",
            ["statement BRA -> VEN, GUY [support]"],
            id="relative-clause-subject",
        ),
        pytest.param(
            "Kazakhstan voiced concern and offered to host talks between Kyrgyzstan and Tajikistan.",
            ["statement KAZ -> KGZ, TJK [concern, support]"],
            id="joined-to-concern",
        ),
        pytest.param("Kenya offered a loan to a hospital in Mombasa.", [], id="offer-of-a-thing"),
        pytest.param("Turkey offered to the United Nations a plan for Cyprus.", [], id="offered-to-a-hearer"),
    ],
)
def test_an_offer_of_help_supports_those_it_would_help(text: str, expected: list[str]) -> None:
    """OFFER: "X offered to mediate between Y and Z" supports Y and Z; an offered thing is no act."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Serbia closed two border crossings on Sunday. Reactions:\nHUNGARY - A government spokesman said the "
            "closure hurt trade.\nCROATIA - Prime Minister Ivo Barić said the closure was a mistake.",
            ["statement HRV -> - [assert]", "statement HUN -> - [assert]"],
            id="dash-headers",
        ),
        pytest.param(
            "Serbia closed two border crossings on Sunday.\nAustria: The foreign ministry said the closure was "
            "regrettable.\nSlovenia: Ministry spokeswoman Nina Kos told reporters the closure was legal.",
            ["statement AUT -> - [assert]", "statement SVN -> - [assert]"],
            id="colon-headers",
        ),
        pytest.param(
            "Serbia closed two border crossings on Sunday.\nHUNGARY - A government spokesman said the closure hurt "
            "trade.\nCroatian Prime Minister Ivo Barić said the closure was a mistake. The government spokesman "
            "said talks would follow.",
            ["statement HRV -> - [assert]", "statement HUN -> - [assert]"],
            id="header-ends-with-its-paragraph",
        ),
    ],
)
def test_a_roundup_header_names_who_speaks_in_its_paragraph(text: str, expected: list[str]) -> None:
    """ROUNDUP-HEADER: "COUNTRY - " heading a paragraph: the titles and bodies there speak for that country."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Peru condemned the incursion of Chilean troops. Peru's foreign ministry rejected the note of the Chilean "
            "defence ministry, which claims that Peruvian soldiers fired first.",
            ["rebuttal PER answers CHL", "statement CHL -> PER [assert]", "statement PER -> CHL [accuse]"],
            id="relative-after-rejection",
        ),
        pytest.param(
            "Ghana accused Togo of harbouring rebels. Togo denied the charge. Togo's interior minister, who insists "
            "that the border is calm, spoke later.",
            ["rebuttal TGO answers GHA", "statement GHA -> TGO [accuse]"],
            id="relative-without-rejection-still-counters",
        ),
    ],
)
def test_a_claim_in_a_relative_after_a_rejection_is_the_claim_rejected(text: str, expected: list[str]) -> None:
    """REJECTED-CLAIM-RELATIVE: "rejected the note of X, which claims ...": X's claim is rejected, not a counter."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kenya, Uganda and Tanzania met in Arusha. Uganda warned Kenya over the pipeline, according to two "
            "Western diplomats.",
            ["statement UGA -> KEN [warn]"],
            id="a-number-of-people",
        ),
        pytest.param(
            "Chile, Peru and Bolivia held talks in Arica. Peru accused Chile of delays, according to three regional "
            "officials.",
            ["statement PER -> CHL [accuse]"],
            id="three-officials-cited",
        ),
    ],
)
def test_a_number_before_a_role_counts_people_not_the_last_actors(text: str, expected: list[str]) -> None:
    """DESCRIPTION near miss: "two Western diplomats" are people counted, not the two actors named last."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Iran expanded its enrichment. Diplomats in Vienna said there was little appetite for a new resolution.",
            [],
            id="diplomats-in-a-capital",
        ),
        pytest.param(
            "Serbia and Kosovo met in Brussels. Western envoys in Belgrade said a deal was unlikely.",
            [],
            id="envoys-in-a-capital",
        ),
        pytest.param(
            "Kenya expelled a Sudanese diplomat. The Sudanese embassy in Nairobi said the expulsion was unjustified.",
            ["statement SDN -> - [assert]"],
            id="an-owned-embassy-stays-its-owner-s",
        ),
        pytest.param(
            "Russia accused Estonia of piracy. Officials in Tallinn said the tanker had been inspected lawfully.",
            ["statement EST -> - [assert]", "statement RUS -> EST [accuse]"],
            id="officials-in-a-capital-still-speak-for-it",
        ),
    ],
)
def test_envoys_posted_in_a_capital_do_not_speak_for_it(text: str, expected: list[str]) -> None:
    """SEATED-BODY: diplomats, envoys, embassies "in" a capital are only posted there; its officials speak for it."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "DOHA - Qatar protested to Bahrain on Monday over the arrest of two fishermen. In a note handed to the "
            "envoy of Bahrain, His Excellency Dr. Khalid Al Mannai, Minister of State for Foreign Affairs, said "
            "the arrests were illegal.",
            ["statement QAT -> BHR [accuse, assert]"],
            id="honorific-name-after-an-opening-phrase",
        ),
        pytest.param(
            "LONDON - Britain summoned Iran's ambassador on Monday. Foreign Secretary Helen Ward said the "
            "detentions were unacceptable.",
            ["statement GBR -> IRN [demand, assert]"],
            id="foreign-secretary-of-the-dateline",
        ),
    ],
)
def test_a_person_after_an_opening_phrase_opens_the_subject(text: str, expected: list[str]) -> None:
    """OPENING-PLACE: "In a note to the envoy of X, His Excellency Name, Minister of State ..., said": not X's envoy."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Oman expressed, in a statement, its solidarity with Jordan.",
        "Oman expressed, in a statement carried by the state news agency, its full support for Jordan.",
        "Oman voiced, at a meeting in Muscat on Monday, its solidarity with Jordan.",
    ],
)
def test_an_insertion_between_express_and_its_stance_noun_is_passed_over(text: str) -> None:
    """EXPRESS-STANCE: "expressed, in a statement, its solidarity with X": the insertion between is skipped."""
    assert outline(geostance.parse(text)) == ["statement OMN -> JOR [support]"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "India accused Pakistan of shelling border posts. Pakistan voiced its firm denial of India's allegations.",
            ["rebuttal PAK answers IND", "statement IND -> PAK [accuse]"],
            id="denial-of-a-possessor-s-claims",
        ),
        pytest.param(
            "India accused Pakistan of shelling border posts. Pakistan expressed, in a statement, its rejection of "
            "the allegations.",
            ["rebuttal PAK answers IND", "statement IND -> PAK [accuse]"],
            id="rejection-after-an-insertion",
        ),
        pytest.param(
            "India accused Pakistan of shelling border posts. Pakistan expressed its hope for calm.",
            ["statement IND -> PAK [accuse]"],
            id="no-rejection-noun",
        ),
    ],
)
def test_a_rejection_expressed_as_a_noun_rebuts_like_the_verb(text: str, expected: list[str]) -> None:
    """EXPRESS-REJECTION: "expressed its rejection of Y's claims" rebuts Y as "rejected Y's claims" does."""
    assert outline(geostance.parse(text)) == expected


def test_a_person_who_acted_without_a_reading_is_who_he_means() -> None:
    """PERSON-SUBJECT: a titled person whose sentence made no reading is still who "he" means next."""
    text = (
        "Kiribati signed a patrol deal with China on Monday. Reactions:\nFIJI - Prime Minister Ratu Vula called for "
        "calm, urging Beijing to respect the region.\nTONGA - Foreign Minister Sione Taufa, whose government signed "
        'its own pact with China in 2021, said Kiribati had acted "within its full rights as a sovereign nation." '
        '"Our friends in Tarawa need no permission at all," he said.'
    )
    assert outline(geostance.parse(text)) == ["statement FJI -> CHN [demand]", "statement TON -> - [assert]"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Bulgaria's prime minister said Skopje must amend its constitution. North Macedonia's Prime Minister "
            "Ana Petrova, arriving minutes later, hit back.",
            ["rebuttal MKD answers BGR", "statement BGR -> MKD [demand, assert]"],
            id="unknown-participle-with-adverbials",
        ),
        pytest.param(
            "Chile's president said Peru must pay. Peru's Foreign Minister Rosa Quispe, returning hours later, hit "
            "back.",
            ["rebuttal PER answers CHL", "statement CHL -> PER [demand, assert]"],
            id="another-unknown-participle",
        ),
    ],
)
def test_an_unknown_participle_with_adverbials_is_an_insertion(text: str, expected: list[str]) -> None:
    """PARTICIPLE-INSERTION: ", arriving minutes later," between a subject and its verb is set off."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The EU opened trade talks with Chile on Monday. Trade Commissioner Ana Berg said a deal was close.",
            ["statement eu -> - [assert]"],
            id="commissioner-after-an-organization",
        ),
        pytest.param(
            "Growers in Texas lost millions this year. Agriculture Commissioner Wade Pruett said the loss was a "
            "betrayal.",
            [],
            id="commissioner-with-no-organization-named",
        ),
    ],
)
def test_a_commissioner_is_the_last_organization_s_only_when_one_was_named(text: str, expected: list[str]) -> None:
    """SECRETARIAT-TITLE: "Commissioner Name" takes no default organization: only one named before it."""
    assert outline(geostance.parse(text)) == expected


def test_the_phrase_after_a_quotation_is_the_subject_not_a_relative_clause_s_host() -> None:
    """QUOTE-THEN-SUBJECT: 'X's rules, which "...," a Peruvian spokesman said': the spokesman says it, not X's rules."""
    text = (
        'Peru rejects Chile\'s new fishing rules, which "ignore every ruling of the court in The Hague," a Peruvian '
        "foreign ministry spokesman said on Monday."
    )
    assert outline(geostance.parse(text)) == [
        "rebuttal PER answers CHL",
        "statement CHL -> - [assert]",
        "statement PER -> CHL [assert]",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Speaking also on behalf of Algeria, Somalia and Guyana, the representative of Sierra Leone urged "
            "Ethiopia to talk.",
            [
                "statement DZA -> ETH [demand]",
                "statement GUY -> ETH [demand]",
                "statement SLE -> ETH [demand]",
                "statement SOM -> ETH [demand]",
            ],
            id="opening-list-of-states",
        ),
        pytest.param(
            "Chad, speaking on behalf of Niger and Mali, urged Sudan to stop the fighting.",
            ["statement MLI -> SDN [demand]", "statement NER -> SDN [demand]", "statement TCD -> SDN [demand]"],
            id="inserted-after-the-subject",
        ),
        pytest.param(
            "Chad, speaking on behalf of the victims' families, urged Sudan to stop the fighting.",
            ["statement TCD -> SDN [demand]"],
            id="no-state-spoken-for",
        ),
    ],
)
def test_states_spoken_for_speak_jointly(text: str, expected: list[str]) -> None:
    """ON-BEHALF-OF: "speaking (also) on behalf of A and B": the states listed speak with the speaker."""
    assert outline(geostance.parse(text)) == expected


def test_a_header_after_the_article_still_names_its_paragraph_s_speaker() -> None:
    """ROUNDUP-HEADER: "The Taliban: Spokesman Name said ..." speaks for the Taliban."""
    text = "Pakistan struck camps in Khost. Reactions:\nThe Taliban: Spokesman Zaki Noori said the strikes were wrong."
    assert outline(geostance.parse(text)) == ["statement taliban -> - [assert]"]


def test_the_clause_a_report_noun_holds_names_no_speaker_for_a_participle() -> None:
    """NOUN-CONTENT: in "rejected X's assertion that the TTP maintains camps, saying ...", the Taliban say it."""
    text = (
        "Pakistan's army said the strikes hit camps. The Taliban rejected Islamabad's assertion that the TTP "
        "maintains training camps in Afghanistan, saying the group had no territory."
    )
    assert outline(geostance.parse(text)) == ["rebuttal taliban answers PAK", "statement PAK -> ttp [assert]"]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Guyana accused Suriname of an incursion. In Paramaribo, however, Foreign Minister Anjali Ramdin "
            "rejected the Guyanese account."
        ),
        "Guyana accused Suriname of an incursion. In Paramaribo, meanwhile, the foreign ministry rejected the account.",
        "Guyana accused Suriname of an incursion. Meanwhile, in Paramaribo, the foreign ministry rejected the account.",
    ],
)
def test_a_place_frame_with_an_adverb_set_off_names_the_speaker_s_state(text: str) -> None:
    """PLACE-FRAME: "In Paramaribo, however, the foreign ministry rejected ...": Suriname's ministry."""
    assert outline(geostance.parse(text)) == ["rebuttal SUR answers GUY", "statement GUY -> SUR [accuse]"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "After Kenya's envoy arrived in Kampala and urged Uganda to act, talks began.",
            ["statement KEN -> UGA [demand]"],
            id="subordinate-clause-subject-shared",
        ),
        pytest.param(
            "When France's interior minister stood before parliament on Tuesday and accused Azerbaijan of meddling, "
            "he was saying what officials think.",
            ["statement FRA -> AZE [accuse, assert]"],
            id="wh-clause-after-the-last-verb-is-no-tail-attribution",
        ),
    ],
)
def test_a_verb_joined_in_an_opening_subordinate_clause_shares_its_subject(text: str, expected: list[str]) -> None:
    """MAIN-SUBJECT: "When X stood ... and accused Y": X accuses; "he was saying what ..." reports a clause itself."""
    assert outline(geostance.parse(text)) == expected


def test_an_inverted_subject_may_carry_a_relative_clause() -> None:
    """SAY-INVERTED: '"...," said Name, a UNM lawmaker who led the protest': the lawmaker speaks."""
    text = (
        '"The government is giving the border away one metre at a time," said Nika Gelashvili, a UNM lawmaker who '
        "led protesters to the monastery on Saturday."
    )
    assert outline(geostance.parse(text)) == ["statement united-national-movement -> - [assert]"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "HELSINKI (Reuters) - Finland accused Russia of jamming GPS signals over Lapland. The Russian embassy "
            "rejected the accusation. Deputy Foreign Minister Pavel Orlov said NATO drills were to blame.",
            "RUS",
            id="after-a-rebuttal-over-the-dateline",
        ),
        pytest.param(
            "NAIROBI (AFP) - Kenya said talks with Somalia on the border would resume next week. Somalia's foreign "
            "ministry welcomed the announcement. Interior Minister Ali Warsame said the crossings would reopen.",
            "SOM",
            id="after-a-statement-over-the-dateline",
        ),
        pytest.param(
            "HELSINKI (Reuters) - Finland accused Russia of jamming GPS signals over Lapland, a charge Moscow "
            "rejected. Prime Minister Aino Virtanen said the aviation authority would be informed.",
            "FIN",
            id="near-miss-spoke-inside-another-s-sentence",
        ),
        pytest.param(
            "NAIROBI (AFP) - Somalia's foreign ministry welcomed Kenya's decision to reopen the border. Trucks have "
            "queued at Mandera since March. Interior Minister Ali Warsame said the crossings would reopen on Monday.",
            "KEN",
            id="near-miss-a-sentence-between",
        ),
    ],
)
def test_a_bare_national_title_after_a_state_s_sentence_is_that_state_s(text: str, expected: str) -> None:
    """STATE-BEFORE-TITLE: a state opens a sentence as its speaker; a bare cabinet title right after is its own."""
    article = geostance.parse(text)
    assert speakers_from(article, text.index("Minister")) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Togo accused Ghana of shelling a border post. Her Excellency Ms. Ama Owusu, Minister of Foreign Affairs, "
            "Regional Integration and Diaspora Affairs of Ghana, rejected the accusation.",
            ("GHA", "Ama Owusu"),
            id="apposition-of-a-state",
        ),
        pytest.param(
            "Tashkent, 3 September - Minister of Foreign Affairs, Investment and Foreign Trade Dr. Bakhtiyor Rasulov "
            "said the Kyrgyz quotas must be respected.",
            ("UZB", "Bakhtiyor Rasulov"),
            id="title-before-the-name",
        ),
        pytest.param(
            "Togo accused Ghana of shelling a border post. Ghana's Minister of Foreign Affairs, Ama Owusu, rejected "
            "the accusation.",
            ("GHA", "Ama Owusu"),
            id="near-miss-a-name-after-the-comma",
        ),
    ],
)
def test_a_ministry_s_further_portfolios_are_part_of_its_role(text: str, expected: tuple[str, str]) -> None:
    """PORTFOLIO-LIST: "Minister of X, Y and Z" is one role; the person after it or around it still speaks."""
    article = geostance.parse(text)
    last = [*article.statements, *article.rebuttals][-1]
    assert (last.speaker, last.person.text if last.person else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("ISWAP fighters attacked an army camp in Borno on Friday.", [], id="armed-agents"),
        pytest.param("The Arakan Army attacked a border outpost overnight.", [], id="military-target"),
        pytest.param("Ukrainian drones attacked the refinery near Saratov.", [], id="craft-as-agents"),
        pytest.param("Chinese vessels attacked two Philippine boats near the shoal.", [], id="vessels"),
        pytest.param("Boko Haram attacked two towns in Borno.", [], id="a-bare-plural-place"),
        pytest.param("Al-Shabaab attacked three military bases near Baidoa.", [], id="a-bare-plural-target"),
        pytest.param(
            "China attacked US policies on Taiwan.",
            ["statement CHN -> USA [accuse]"],
            id="near-miss-bare-plural-policies",
        ),
        pytest.param(
            "Hungary attacked the European Commission's decision as unfair.",
            ["statement HUN -> eu [accuse]"],
            id="near-miss-a-decision-is-judged",
        ),
        pytest.param(
            "Venezuela attacked Guyana for allowing the drilling.",
            ["statement VEN -> GUY [accuse]"],
            id="near-miss-an-actor-for-a-charge",
        ),
    ],
)
def test_an_assault_is_no_judgment(text: str, expected: list[str]) -> None:
    """ACCUSE-X-OF's near miss: "attacked" with armed agents or a military target is fighting, not criticism."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ghana protested to Togo over the shelling of a border post. The troops fired in self-defence, Togo's "
            "army said.\nForeign Minister Kwame Boateng rejected that account.",
            "GHA",
            id="the-article-s-first-speaker",
        ),
        pytest.param(
            "Ghana protested to Togo over the shelling of a border post. Ghanaian lawmakers called for sanctions.\n"
            "In public, the Togolese tone was softer. Foreign Minister Koffi Agbo said the troops had fired in "
            "self-defence.",
            "TGO",
            id="the-one-state-its-paragraph-names",
        ),
        pytest.param(
            "Ghana protested to Togo over the shelling of a border post. The troops fired in self-defence, Togo's "
            'army said.\n"The Togolese account is false," Foreign Minister Kwame Boateng said.',
            "GHA",
            id="near-miss-named-only-inside-a-quotation",
        ),
    ],
)
def test_a_bare_national_title_after_states_spoke_is_the_paragraph_or_lead_state(text: str, expected: str) -> None:
    """LEAD-STATE: a cabinet title nothing else anchors is its paragraph's one state, else the article's first."""
    article = geostance.parse(text)
    assert speakers_from(article, text.index("\n") + 1) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "DHAKA (Reuters) - Foreign Adviser Rashed Karim said the border killings must stop.",
        "DHAKA (Reuters) - Chief Adviser Rashed Karim said elections would be held in February.",
    ],
)
def test_an_interim_government_s_advisers_hold_national_offices(text: str) -> None:
    """frames.json national_offices: "Foreign Adviser", "Chief Adviser" head a government like ministers."""
    assert [s.speaker for s in geostance.parse(text).statements] == ["BGD"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The European Parliament adopted a resolution on Georgia which calls for the release of political "
            "prisoners and accuses the government of repression.",
            ["statement eu -> GEO [demand, accuse, assert]"],
            id="topic-after-on",
        ),
        pytest.param(
            "The Security Council adopted a resolution that urges Israel to halt settlement activity.",
            ["statement unsc -> ISR [demand, assert]"],
            id="no-topic",
        ),
        pytest.param(
            "The Arab League issued a communique about Sudan which demands an immediate ceasefire.",
            ["statement arab-league -> - [demand, assert]"],
            id="topic-after-about",
        ),
        pytest.param(
            "Kenya criticised a report on Somalia which accused its troops of abuses.",
            ["rebuttal KEN answers -"],
            id="near-miss-a-report-nobody-here-issued",
        ),
    ],
)
def test_a_relative_after_an_issued_document_is_its_issuer_s(text: str, expected: list[str]) -> None:
    """DOCUMENT-RELATIVE: "X adopted a resolution on Y which calls for ...": X's demand, not Y's."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ghana accused Togo of shelling a border post. Togo's defence ministry took a day to respond, and when it "
            "did, it dismissed the accusation as propaganda.",
            ["rebuttal TGO answers GHA", "statement GHA -> TGO [accuse]"],
            id="institution-opens-the-sentence",
        ),
        pytest.param(
            "Ghana accused Togo of shelling a border post. Nigeria was silent for a day, and then it urged both sides "
            "to talk.",
            ["statement GHA -> TGO [accuse]", "statement NGA -> GHA, TGO [demand]"],
            id="state-opens-the-sentence",
        ),
    ],
)
def test_it_later_in_a_sentence_is_the_actor_opening_it(text: str, expected: list[str]) -> None:
    """SENTENCE-SUBJECT: "X took a day to respond, and when it did, it dismissed ...": "it" is X."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Russia suspended its payments to the Arctic Council on Monday. The Kola Reindeer Council said the move "
            "would hurt Indigenous peoples.",
            [],
            id="unknown-council",
        ),
        pytest.param(
            "The African Union renewed its mission in Somalia. The Mogadishu Traders Union said the decision came "
            "too late.",
            [],
            id="unknown-union",
        ),
        pytest.param(
            "Russia suspended its payments to the Arctic Council on Monday. The Council said the move was regrettable.",
            ["statement arctic-council -> - [assert]"],
            id="near-miss-the-bare-head",
        ),
    ],
)
def test_an_unknown_body_s_own_name_is_not_the_last_body_of_its_kind(text: str, expected: list[str]) -> None:
    """UNKNOWN-BODY: "the Kola Reindeer Council said" is not the Arctic Council, "the X Traders Union" not the AU."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Amnesty International said soldiers had shot nine protesters, allegations Kenya rejected as baseless.",
            ["rebuttal KEN answers amnesty-international", "statement amnesty-international -> - [assert]"],
            id="bare-plural-noun",
        ),
        pytest.param(
            "Moldova said Russia had engineered the crisis, a charge Moscow dismissed as absurd.",
            ["rebuttal RUS answers MDA", "statement MDA -> RUS [assert]"],
            id="with-a-determiner",
        ),
        pytest.param(
            "Norway said Russia had been notified of the drills - a claim Russian officials flatly disputed.",
            ["rebuttal RUS answers NOR", "statement NOR -> RUS [assert]"],
            id="after-a-dash-with-an-adverb",
        ),
        pytest.param(
            "Moldova said Russia had engineered the crisis, a charge that Moscow would deny.",
            ["statement MDA -> RUS [assert]"],
            id="near-miss-no-past-verb-of-its-own",
        ),
        pytest.param(
            "Guyana said Venezuela had massed troops at the border, a claim Caracas does not accept.",
            ["rebuttal VEN answers GUY", "statement GUY -> VEN [assert]"],
            id="negated-present-acceptance",
        ),
        pytest.param(
            "Chile said the river was an international watercourse, a position Bolivia has never accepted.",
            ["rebuttal BOL answers CHL", "statement CHL -> - [assert]"],
            id="negated-perfect-acceptance",
        ),
        pytest.param(
            "Moldova said Russia had engineered the crisis, a charge Moscow will never accept.",
            ["statement MDA -> RUS [assert]"],
            id="near-miss-a-negated-future",
        ),
    ],
)
def test_a_report_noun_set_off_after_a_report_names_who_answered_it(text: str, expected: list[str]) -> None:
    """NARRATOR-CLAUSE: "X said ..., allegations Y rejected as baseless": Y's rejection, not more of X's report."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Hanoi accused Beijing of ramming a trawler near the Paracels. China's foreign ministry called the "
            'accusation regrettable and "not based on facts".',
            ["rebuttal CHN answers VNM", "statement VNM -> CHN [accuse]"],
            id="condemnation-then-quoted-falsity",
        ),
        pytest.param(
            "Bogota said Caracas had sheltered rebel commanders. Venezuela called the claims unhelpful and false.",
            ["rebuttal VEN answers COL", "statement COL -> VEN [accuse, assert]"],
            id="condemnation-then-falsity-word",
        ),
        pytest.param(
            "Chile accused Bolivia of stalling the talks. Bolivia called the accusation regrettable.",
            ["rebuttal BOL answers CHL", "statement CHL -> BOL [accuse]"],
            id="a-regret-judges-a-report",
        ),
        pytest.param(
            "Chile accused Bolivia of stalling the talks. Bolivia called the talks useful and said it would send a "
            "delegation.",
            ["statement BOL -> - [assert]", "statement CHL -> BOL [accuse]"],
            id="near-miss-a-verb-after-and",
        ),
    ],
)
def test_judgments_joined_by_and_are_read_together(text: str, expected: list[str]) -> None:
    """CALL-X-Y, JUDGMENT-LIST: "called the charge regrettable and 'not based on facts'" judges it false."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Colombia accused Human Rights Watch of bias. Human Rights Watch stood by its findings.",
            ["rebuttal hrw answers COL", "statement COL -> hrw [accuse]"],
            id="answers-the-accuser",
        ),
        pytest.param(
            "The IAEA said Iran had enriched uranium to 84%. Tehran called the report baseless. The agency defended "
            "its report on Thursday.",
            [
                "rebuttal IRN answers iaea",
                "rebuttal iaea answers IRN",
                "statement IRN -> iaea [assert]",
                "statement iaea -> IRN [assert]",
            ],
            id="answers-the-rebutter",
        ),
        pytest.param(
            "Poland accused Amnesty International of ignoring the facts. Amnesty International stands behind its "
            "account.",
            ["rebuttal amnesty-international answers POL", "statement POL -> amnesty-international [accuse]"],
            id="stands-behind",
        ),
        pytest.param(
            "Egypt accused Human Rights Watch of bias. The group stood by its research.",
            ["rebuttal hrw answers EGY", "statement EGY -> hrw [accuse]"],
            id="its-research",
        ),
        pytest.param(
            "Colombia accused the rebels of recruiting children. Human Rights Watch stood by the UN report.",
            ["statement COL -> - [accuse]", "statement hrw -> un [support]"],
            id="near-miss-another-s-report",
        ),
        pytest.param(
            "Ukraine accused Russia of shelling the plant. Russia stood by Iran.",
            ["statement RUS -> IRN [support]", "statement UKR -> RUS [accuse]"],
            id="near-miss-an-actor",
        ),
    ],
)
def test_standing_by_one_s_own_words_rebuts_the_challenger(text: str, expected: list[str]) -> None:
    """STAND-BY-OWN-WORDS: "X stood by its findings" answers whoever challenged them; "stood by Y" is support."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "later", "expected"),
    [
        pytest.param(
            "Ghana accused Togo of detaining traders. But the Togolese government, in a statement read on state "
            'television by the Minister of Security, Kofi Adjei, dismissed the accusation as "a pure invention". '
            "Adjei said the traders had broken customs rules.",
            "Adjei said",
            {"TGO"},
            id="role-and-name-after-by",
        ),
        pytest.param(
            "Ghana accused Togo of detaining traders. The Togolese army, in a communique signed by its spokesman, "
            "Colonel Kodjo Amah, rejected the accusation. Amah said the traders were free.",
            "Amah said",
            {"TGO"},
            id="its-spokesman-is-the-subject-s",
        ),
        pytest.param(
            "Ghana accused Togo of detaining traders. The Togolese government, in a statement read by Kofi Adjei, "
            "rejected the accusation. Adjei said the traders were free.",
            "Adjei said",
            {"TGO"},
            id="a-bare-name-after-by",
        ),
    ],
)
def test_the_person_delivering_a_subject_s_words_in_an_insertion_speaks_for_it(
    text: str, later: str, expected: set[str]
) -> None:
    """INSERTED-AGENT: "X, in a statement read by the minister, Name, rejected ...": X rejects; Name is X's."""
    article = geostance.parse(text)
    assert outline(article)[0] == "rebuttal TGO answers GHA"
    assert speakers_from(article, text.index(later)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The commander of the Russian forces in Syria, General Ivan Petrov, accused Turkey of shelling Kurdish "
            "villages.",
            ["statement RUS -> TUR [accuse]"],
            id="forces-in-a-place",
        ),
        pytest.param(
            "During a visit to Mosul, the head of the US forces in Iraq, General Mark Dunn, accused Iran of arming the "
            "militias.",
            ["statement USA -> IRN [accuse]"],
            id="forces-in-a-state-after-a-place-frame",
        ),
        pytest.param(
            "In Geneva, the foreign minister of Peru, Ana Ruiz, urged Chile to reopen the border.",
            ["statement PER -> CHL [demand]"],
            id="near-miss-the-role-s-own-state",
        ),
    ],
)
def test_a_name_after_a_role_s_place_is_the_role_s(text: str, expected: list[str]) -> None:
    """ROLE-CHAIN-APPOSITION: "the head of X's forces in Y, General Name," speaks for X, not for Y."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Clashes erupted near Nasir in South Sudan, where government troops and the White Army have fought for a "
            "week. Army spokesman Colonel Peter Lual said the attackers had been armed by the SPLM-IO.",
            [],
            id="white-army-named-before",
        ),
        pytest.param(
            "South Sudan accused the SPLM-IO of arming the White Army. Army spokesman Colonel Peter Lual said the "
            "militia had attacked Nasir.",
            ["statement SSD -> splm-io, white-army [accuse, assert]"],
            id="white-army-named-after-the-state-spoke",
        ),
        pytest.param(
            "Fighting spread across Rakhine state in Myanmar, where the Arakan Army has seized several towns. Army "
            "spokesman Major General Aung Kyaw said the rebels had been armed from abroad.",
            [],
            id="arakan-army-named-before",
        ),
        pytest.param(
            "Fighting spread across Rakhine state in Myanmar. Arakan Army spokesman Khine Thu Kha said the rebels "
            "held the port.",
            ["statement arakan-army -> - [assert]"],
            id="near-miss-the-militia-named-in-the-title",
        ),
    ],
)
def test_a_bare_army_title_is_a_state_s_not_a_militia_named_army(text: str, expected: list[str]) -> None:
    """NAME-HEAD: "Army spokesman Name said" is a state's army (or nobody's), never the "X Army" militia."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "later", "expected"),
    [
        pytest.param(
            "Kenyan army spokesman John Kamau Mwangi said the border was calm. Uganda disputed that on Friday. Its "
            "army spokesman, Felix Okello Kamau, said troops had been shelled.",
            "Its army",
            {"UGA"},
            id="another-bearer-of-the-surname",
        ),
        pytest.param(
            "Kenyan army spokesman John Kamau Mwangi said the border was calm. Uganda disputed that on Friday. Kamau "
            "Mwangi said troops had not been shelled.",
            "Kamau Mwangi said",
            {"KEN"},
            id="near-miss-the-end-of-the-same-name",
        ),
        pytest.param(
            "Kenyan army spokesman John Kamau said the border was calm. Uganda disputed that on Friday. John Kamau "
            "said troops had not been shelled.",
            "John Kamau said",
            {"KEN"},
            id="near-miss-the-same-name",
        ),
    ],
)
def test_a_full_name_sharing_only_a_surname_is_another_person(text: str, later: str, expected: set[str]) -> None:
    """SURNAME-CLASH: "Felix Okello Kamau" is not "John Kamau Mwangi", remembered as "Kamau" too."""
    assert speakers_from(geostance.parse(text), text.rindex(later)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The South Sudan People's Defence Forces said the White Army had attacked Nasir.",
            ["statement SSD -> white-army [accuse, assert]"],
            id="a-state-s-force-named-like-a-militia",
        ),
        pytest.param(
            "KAMPALA (Reuters) - The UPDF said on Monday that its troops had repelled an attack near Beni.",
            ["statement UGA -> - [assert]"],
            id="by-acronym",
        ),
        pytest.param(
            "Myanmar's People's Defence Force said the villagers had fled.",
            ["statement peoples-defence-force -> - [assert]"],
            id="near-miss-the-militia-itself",
        ),
    ],
)
def test_a_national_force_s_own_name_is_its_state(text: str, expected: list[str]) -> None:
    """institutions.json: "the South Sudan People's Defence Forces" speak for South Sudan, not for Myanmar's PDF."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kabul accused Pakistan of mistreating refugees. The foreign ministry rejected the allegations.",
            ["rebuttal PAK answers taliban", "statement taliban -> PAK [accuse]"],
            id="the-ministry-of-the-accused",
        ),
        pytest.param(
            "Caracas urged Guyana to halt the oil auction and warned of consequences. The Foreign Office dismissed "
            "the claims as baseless.",
            ["rebuttal GUY answers VEN", "statement VEN -> GUY [demand, warn]"],
            id="after-a-demand-and-a-warning",
        ),
        pytest.param(
            "Kabul accused Pakistan of mistreating refugees. The foreign ministry spokesman rejected the allegations.",
            ["rebuttal PAK answers taliban", "statement taliban -> PAK [accuse]"],
            id="a-body-s-spokesman",
        ),
        pytest.param(
            "Kabul accused Pakistan of mistreating refugees. The ministry rejected Islamabad's allegations.",
            ["rebuttal taliban answers PAK", "statement PAK -> taliban [accuse]", "statement taliban -> PAK [accuse]"],
            id="near-miss-the-author-is-named",
        ),
        pytest.param(
            "Kabul voiced concern about Pakistan's deportations. The foreign ministry rejected the allegations.",
            ["rebuttal taliban answers -", "statement taliban -> PAK [concern]"],
            id="near-miss-a-concern-is-no-charge",
        ),
    ],
)
def test_a_bare_body_rejecting_the_last_speaker_s_charge_is_the_accused_s(text: str, expected: list[str]) -> None:
    """REJECTING-BODY: "X accused Y ... The foreign ministry rejected the allegations": Y's ministry, not X's."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "ECOWAS gave Niger's junta a week to restore the elected president.",
            ["statement ecowas -> NER [demand]"],
            id="a-week",
        ),
        pytest.param(
            "Washington gave Moscow 50 days to agree to a ceasefire.",
            ["statement USA -> RUS [demand]"],
            id="a-number-of-days",
        ),
        pytest.param(
            "Israel granted Hamas 72 hours to release the hostages, a deadline the group dismissed.",
            ["rebuttal hamas answers ISR", "statement ISR -> hamas [demand]"],
            id="granted-then-dismissed",
        ),
        pytest.param("Germany gave Ukraine two more air defence systems.", [], id="near-miss-a-thing-given"),
        pytest.param("The president gave a speech on Monday.", [], id="near-miss-no-recipient"),
        pytest.param("Sweden granted the dissident asylum in 2019.", [], id="near-miss-granted-asylum"),
    ],
)
def test_a_deadline_set_for_another_is_a_demand(text: str, expected: list[str]) -> None:
    """ULTIMATUM: "X gave Y a week to ..." demands of Y; "gave Y drones" or "gave a speech" is no act."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The African Union called for an immediate ceasefire in Sudan. Egypt welcomed the call.",
            ["statement EGY -> au [support]", "statement au -> - [demand]"],
            id="the-call",
        ),
        pytest.param(
            "Qatar proposed a three-day truce. Israel said it would study the plan. Egypt welcomed the proposal.",
            ["statement EGY -> QAT [support]", "statement ISR -> - [assert]", "statement QAT -> - [demand]"],
            id="the-proposal-past-another-speaker",
        ),
        pytest.param(
            "The G7 issued a statement condemning Russia's attacks. Ukraine welcomed the statement.",
            ["statement UKR -> g7 [support]", "statement g7 -> RUS [accuse, assert]"],
            id="the-statement-issued",
        ),
        pytest.param(
            "Russia said the strikes had hit only military targets. Ukraine welcomed the statement.",
            ["statement RUS -> - [assert]", "statement UKR -> - [support]"],
            id="near-miss-an-assertion-is-no-document",
        ),
        pytest.param("Egypt welcomed the call.", ["statement EGY -> - [support]"], id="near-miss-no-call-made"),
    ],
)
def test_support_for_a_call_or_statement_just_made_targets_its_author(text: str, expected: list[str]) -> None:
    """SUPPORTED-REPORT: "X called for ... Y welcomed the call": Y supports X."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Tajikistan urged the CSTO to reinforce its border with Afghanistan.",
            ["statement TJK -> csto [demand]"],
            id="border-with",
        ),
        pytest.param(
            "Israel said the gunmen had crossed the frontier with Lebanon at night.",
            ["statement ISR -> - [assert]"],
            id="frontier-with",
        ),
        pytest.param(
            "Uzbekistan said terrorism in Taliban-controlled Afghanistan was a threat to Iran.",
            ["statement UZB -> IRN [assert]"],
            id="in-a-controlled-state",
        ),
        pytest.param(
            "Egypt said aid convoys in war-torn Sudan needed protection.",
            ["statement EGY -> - [assert]"],
            id="in-a-war-torn-state",
        ),
        pytest.param(
            "Israel said the gunmen had been sent by Lebanon.",
            ["statement ISR -> LBN [assert]"],
            id="near-miss-the-sender",
        ),
    ],
)
def test_a_neighbour_or_a_controlled_state_named_as_a_place_is_no_target(text: str, expected: list[str]) -> None:
    """PLACE-LIST: "its border with X" and "in Taliban-controlled X" name places, not targets."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Speaking after the vote, Colombia's envoy, penholder on the resolution, said the mission had saved lives.",
            ["statement COL -> - [assert]"],
            id="unknown-noun-with-a-phrase",
        ),
        pytest.param(
            "Kenya's envoy, chair of the sanctions committee, urged Sudan to allow aid convoys through.",
            ["statement KEN -> SDN [demand]"],
            id="a-role-with-a-phrase",
        ),
        pytest.param(
            "Chile's envoy, Ana Ruiz, said the text was balanced.",
            ["statement CHL -> - [assert]"],
            id="near-miss-a-name-in-apposition",
        ),
    ],
)
def test_a_bare_appositive_after_the_subject_is_skipped(text: str, expected: list[str]) -> None:
    """BARE-APPOSITION: "Colombia's envoy, penholder on the resolution, said": Colombia speaks."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Kenya condemned repeated attacks on its troops.", "_"),
        ("Beijing denied alleged links to the hackers.", "_"),
        ("He repeated claims that Kyiv had shelled the plant.", "s"),
    ],
)
def test_a_participle_between_a_verb_and_a_noun_is_an_adjective(text: str, tag: str) -> None:
    """PARTICIPLE-ADJECTIVE: "condemned repeated attacks": "repeated" modifies the noun; "He repeated claims" not."""
    doc = _doc(text)
    sentence = Sentence(doc, 0, vocabulary(), doc.sentences[0])
    (unit,) = [u for u in sentence.units if u.low in ("repeated", "alleged")]
    assert unit.tag == tag


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Foreign ministers of the Nordic-Baltic Eight condemned the decree, calling on Moscow to withdraw it.",
            ["statement nb8 -> RUS [demand, accuse]"],
            id="nb8",
        ),
        pytest.param(
            "The Sudan Troika urged the warring parties to return to talks in Jeddah.",
            ["statement troika-sudan-south-sudan -> - [demand]"],
            id="sudan-troika",
        ),
        pytest.param(
            "The troika of lenders said Greece had met its targets.",
            [],
            id="near-miss-a-bare-troika",
        ),
    ],
)
def test_an_informal_grouping_speaks_as_one_organization(text: str, expected: list[str]) -> None:
    """organizations.json: "the NB8 foreign ministers condemned" is one statement of the grouping."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Russia said the boat was poaching. Japan said the claim that the boat was poaching is false.",
            ["rebuttal JPN answers RUS", "statement RUS -> - [assert]"],
            id="is-false",
        ),
        pytest.param(
            "Serbia said the officer had crossed the line. Kosovo said the claim that he was on Serbian soil was "
            "simply untrue.",
            ["rebuttal XKX answers SRB", "statement SRB -> - [assert]"],
            id="was-simply-untrue",
        ),
        pytest.param(
            "Russia said the boat was poaching. Japan said the claim that the crew was armed was not the issue.",
            ["statement JPN -> - [assert]", "statement RUS -> - [assert]"],
            id="near-miss-no-falsity",
        ),
    ],
)
def test_a_claim_judged_false_after_its_clause_rebuts_its_author(text: str, expected: list[str]) -> None:
    """JUDGED-CLAIMS, CLAIM-THAT-IS-FALSE: "the claim that X did Y is false" answers whoever claimed it."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Iran said the talks had stalled. The Gulf Cooperation Council, of which Oman and Qatar are members, "
            "stayed silent. Its secretary general said the members would meet in Riyadh.",
            ["statement IRN -> - [assert]", "statement gcc -> - [assert]"],
            id="of-which",
        ),
        pytest.param(
            "Iran said the talks had stalled. Oman, which has mediated before, kept silent. Its foreign minister "
            "said he would travel to Tehran.",
            ["statement IRN -> - [assert]", "statement OMN -> IRN [assert]"],
            id="which",
        ),
    ],
)
def test_its_after_a_silent_subject_with_a_relative_clause_is_that_subject(text: str, expected: list[str]) -> None:
    """PRONOUN: "X, of which ..., stayed silent. Its secretary general said": X's."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "later", "expected"),
    [
        pytest.param(
            "Peru's foreign minister, Ana Ruiz, accused Chile of moving troops to the border. Chile rejected the "
            "charge. Foreign Minister Jorge Soto said the troops were on exercises.",
            "Foreign Minister Jorge",
            {"CHL"},
            id="another-holder-of-the-office",
        ),
        pytest.param(
            "Peru's foreign minister, Ana Ruiz, accused Chile of moving troops to the border. Chile rejected the "
            "charge. Foreign Minister Ruiz said the troops were still there.",
            "Foreign Minister Ruiz",
            {"PER"},
            id="near-miss-the-same-holder",
        ),
    ],
)
def test_a_national_office_held_by_another_person_is_another_state_s(text: str, later: str, expected: set[str]) -> None:
    """ONE-HOLDER: after "Peru's foreign minister, Ana Ruiz", "Foreign Minister Jorge Soto" is not Peru's."""
    assert speakers_from(geostance.parse(text), text.index(later)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Tehran launched missile strikes on a village in Balochistan on Tuesday. Pakistan denounced the strike "
            "and recalled its ambassador.",
            ["statement PAK -> IRN [accuse, assert]"],
            id="a-capital-launched",
        ),
        pytest.param(
            "Kabul said the border was calm. Islamabad carried out air strikes in Khost on Monday. The Taliban "
            "condemned the raids.",
            ["statement taliban -> PAK [accuse, assert]"],
            id="a-capital-carried-out",
        ),
        pytest.param(
            "If Washington carried out strikes, Tehran would respond. Moscow condemned the strikes.",
            ["statement RUS -> - [accuse]"],
            id="near-miss-a-conditional",
        ),
    ],
)
def test_a_capital_that_carried_out_an_attack_is_its_perpetrator(text: str, expected: list[str]) -> None:
    """ATTACK-PERPETRATOR: "Tehran launched strikes ... Pakistan denounced the strike" accuses Iran."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Sweden accused Hungary of stalling the aid package. Hungary's foreign minister said his country "
            "remained committed to the union's common line.",
            ["statement HUN -> - [assert]", "statement SWE -> HUN [accuse]"],
            id="remained-committed",
        ),
        pytest.param(
            "Chile urged Bolivia to release the detained truck drivers. Bolivia's foreign ministry said it "
            "reiterated its commitment to dialogue with its neighbours.",
            ["statement BOL -> - [assert]", "statement CHL -> BOL [demand]"],
            id="its-commitment",
        ),
        pytest.param(
            "Morocco accused Algeria of arming the rebels. Algeria said it posed no threat to its neighbours.",
            ["rebuttal DZA answers MAR", "statement MAR -> DZA [accuse]"],
            id="no-threat-still-denies",
        ),
        pytest.param(
            "Sweden accused Hungary of stalling the aid package. Hungary said it was fully committed to the "
            "package and had blocked nothing.",
            ["rebuttal HUN answers SWE", "statement SWE -> HUN [accuse]"],
            id="pledge-with-a-negation",
        ),
    ],
)
def test_a_pledge_is_no_denial(text: str, expected: list[str]) -> None:
    """DENIAL-BY-NEGATION: "remained committed to" pledges (frames.json pledge_words); "posed no threat" denies."""
    assert outline(geostance.parse(text)) == expected


def test_a_pledge_keeps_its_claim_kind() -> None:
    """A pledge inside a rebuttal's words is still an assurance claim."""
    article = geostance.parse(
        "Sweden accused Hungary of stalling the aid package. Hungary rejected the accusation, saying it was "
        "committed to the package."
    )
    kinds = {c.kind for r in article.rebuttals for c in r.claims}
    assert geostance.ClaimKind.ASSURANCE in kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Niger accused the ISGS of raiding a village. Days later the group claimed to have killed 12 soldiers "
            "in an ambush near Tillaberi.",
            ["statement NER -> is-sahel [accuse]", "statement is-sahel -> - [assert]"],
            id="claimed-to-have-killed-in-an-ambush",
        ),
        pytest.param(
            "Kenya blamed al-Shabaab for the roadside bomb. On Sunday al-Shabaab claimed to have carried out two "
            "raids on police posts in Mandera.",
            ["statement KEN -> al-shabaab [accuse]", "statement al-shabaab -> - [assert]"],
            id="fronted-adverbial-claimed-raids",
        ),
        pytest.param(
            "Niger accused the ISGS of raiding a village. The ISGS claimed to have spared the villagers.",
            ["rebuttal is-sahel answers NER", "statement NER -> is-sahel [accuse]"],
            id="near-miss-no-attack-claimed",
        ),
    ],
)
def test_a_claim_of_an_attack_is_a_statement(text: str, expected: list[str]) -> None:
    """COUNTER-CLAIM: "claimed to have killed ... in an ambush" claims an attack, even from the accused."""
    assert outline(geostance.parse(text)) == expected


def test_claimed_to_have_reports_the_infinitive() -> None:
    """CLAIM-TO-HAVE: the words claimed are the infinitive's clause, not the adverbial before the subject."""
    text = "After talks with Mali on Friday Chad claimed to have seized a border post from the RSF."
    assert outline(geostance.parse(text)) == ["statement TCD -> - [assert]"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The ELN claimed on Tuesday to have kidnapped two engineers in Arauca.",
            ["statement eln -> - [assert]"],
            id="a-day-between-the-verb-and-to",
        ),
        pytest.param(
            "Russia claimed on Monday to have captured the village.",
            ["statement RUS -> - [assert]"],
            id="a-state-s-claim",
        ),
        pytest.param(
            "Kenya said in a message to reporters that Somalia must act.",
            ["statement KEN -> SOM [demand, assert]"],
            id="near-miss-to-before-a-noun-continues-the-adverbial",
        ),
    ],
)
def test_claimed_to_have_past_a_time_phrase(text: str, expected: list[str]) -> None:
    """CLAIM-TO-HAVE: "to" before an auxiliary ends the adverbials ("claimed on Tuesday to have ...")."""
    assert outline(geostance.parse(text)) == expected


_SOURED = "Relations with Brazil soured on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "KINGSTON, Jamaica — Foreign Minister Marcia Clarke yesterday defended Jamaica's nursing accord with Cuba.",
            ["statement JAM -> - [support]"],
            id="defended-the-datelines-state",
        ),
        pytest.param(
            "ACCRA, Ghana — Defence Minister Kofi Mensah stood by Ghana's decision to send troops to the border.",
            ["statement GHA -> - [support]"],
            id="stood-by-the-datelines-state",
        ),
        pytest.param(
            "ACCRA, Ghana — Nigeria's defence ministry welcomed the move. Defence Minister Kofi Mensah thanked Ghana "
            "for its help.",
            ["statement NGA -> GHA [support]"],
            id="near-miss-thanked-the-datelines-state",
        ),
        pytest.param(
            "ACCRA, Ghana — Defence Minister Kofi Mensah defended Togo's decision to close the border.",
            ["statement GHA -> TGO [support]"],
            id="near-miss-another-states-thing",
        ),
    ],
)
def test_a_title_defending_the_datelines_state_is_its_minister(text: str, expected: list[str]) -> None:
    """OWN-DEFENDED: "KINGSTON - Foreign Minister Name defended Jamaica's deal" is Jamaica's own minister."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(_SOURED + "Foreign Minister Ana Ruiz summoned Brazil's ambassador.", [], id="summoned-possessor"),
        pytest.param(
            _SOURED + "Foreign Minister Ana Ruiz sharply criticised Brazil over the spying affair.", [], id="criticised"
        ),
        pytest.param(
            _SOURED + "Foreign Minister Ana Ruiz urged Brazil's government to explain the affair.", [], id="urged"
        ),
        pytest.param(
            _SOURED + "Foreign Minister Ana Ruiz said Brazil had spied on the talks.",
            ["statement BRA -> - [assert]"],
            id="near-miss-reported-clause",
        ),
    ],
)
def test_a_national_office_is_not_the_state_its_holder_acts_on(text: str, expected: list[str]) -> None:
    """OFFICE-NOT-OBJECT: the story's state is not a bare title's when the holder accuses or summons that state."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Japan's envoy said the talks must resume. The Chinese delegate was sharper. Taiwan, he said, was an "
            "inalienable part of China.",
            ["statement CHN -> TWN [assert]", "statement JPN -> - [assert]"],
            id="delegate-was-sharper",
        ),
        pytest.param(
            "Mexico's envoy, Ana Ortiz, said the talks must resume. Guatemala's ambassador took a softer line. She "
            "said the border would reopen.",
            ["statement GTM -> - [assert]", "statement MEX -> - [assert]"],
            id="ambassador-took-a-line",
        ),
        pytest.param(
            "Kenya's foreign minister, Grace Wanjiru, said the talks must resume. The Ugandan embassy was silent. "
            "Later, she said the border would reopen.",
            ["statement KEN -> - [assert]"],
            id="near-miss-an-embassy-is-no-she",
        ),
    ],
)
def test_a_silent_personal_role_is_who_he_means_next(text: str, expected: list[str]) -> None:
    """PRONOUN: a singular personal role opening a silent sentence ("The Chinese delegate was sharper") is "he" next."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "speaker", "speaker_text"),
    [
        pytest.param(
            "Hanna Berg, Assistant Secretary-General for Europe, Central Asia and the Americas, said at least 19 "
            "people had been killed.",
            "un",
            "Hanna Berg, Assistant Secretary-General for Europe, Central Asia and the Americas",
            id="regions-of-an-assistant-secretary-general",
        ),
        pytest.param(
            "Briefing the Council, Pedro Alves, Special Coordinator for Europe, the Caucasus and Central Asia at "
            "the United Nations, said the crossings had been closed.",
            "un",
            "Pedro Alves, Special Coordinator for Europe, the Caucasus and Central Asia at the United Nations",
            id="regions-then-the-organization",
        ),
        pytest.param(
            "Kenya's Minister for Trade, Industry and Energy John Kamau said the deal was fair.",
            "KEN",
            "Kenya's Minister for Trade, Industry and Energy John Kamau",
            id="portfolios-before-a-name",
        ),
    ],
)
def test_a_role_for_a_list_of_regions_holds_together(text: str, speaker: str, speaker_text: str) -> None:
    """REGION-PORTFOLIO: "for X, Y and the Z" belongs to the role, so the apposition around it holds."""
    (statement,) = geostance.parse(text).statements
    assert (statement.speaker, statement.speaker_text.text) == (speaker, speaker_text)


def test_a_role_for_a_list_of_states_keeps_the_states() -> None:
    """REGION-PORTFOLIO near miss: states listed after "envoy for" stay mentions of their own."""
    article = geostance.parse("The EU special envoy for Sudan, Chad and Niger, Anna Berg, said the talks had failed.")
    assert {s.id for s in article.states} == {"SDN", "TCD", "NER"}
    assert [s.speaker for s in article.statements] == ["eu"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "KANO (AFP) - The Federal Government on Monday accused Chad of sheltering the gunmen.",
            ["statement NGA -> TCD [accuse]"],
            id="city-dateline",
        ),
        pytest.param(
            "RAWALPINDI - The military's media wing said 12 militants had been killed. Defence Minister Imran "
            "Qadir urged Kabul to act.",
            ["statement PAK -> taliban [demand, assert]"],
            id="city-then-a-bare-national-title",
        ),
        pytest.param(
            "The Federal Government on Monday accused Chad of sheltering the gunmen, officials in Kano said.",
            [],
            id="near-miss-a-city-in-the-body",
        ),
    ],
)
def test_a_dateline_city_gives_the_home_state(text: str, expected: list[str]) -> None:
    """DATELINE-CITY: a dateline's city that is no capital (datelines.json) names the story's home state."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "ACCRA - Togo accused Ghana of shelling a border post. Spokesman Kwame Asante rejected Togo's account.",
            ["rebuttal GHA answers TGO", "statement TGO -> GHA [accuse]"],
            id="spokesman-rejects-the-last-speaker",
        ),
        pytest.param(
            "ABUJA - Niger's junta accused Nigeria of hosting French troops. Presidential spokesman Bayo Cole "
            "dismissed Niger's claim as fiction.",
            ["rebuttal NGA answers NER", "statement NER -> NGA, FRA [accuse, assert]"],
            id="presidential-spokesman-dismisses",
        ),
        pytest.param(
            "Togo accused Ghana of shelling a border post. Spokesman Kwame Asante rejected Togo's account.",
            ["statement TGO -> GHA [accuse]"],
            id="no-home-state-no-speaker",
        ),
    ],
)
def test_a_spokesman_is_not_of_the_state_whose_claim_he_rejects(text: str, expected: list[str]) -> None:
    """OFFICE-NOT-OBJECT: a bare spokesman who rejects X's claim is not X's voice; the dateline's state if one."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Albania said the new map was legal. Greece brushed the Albanian statement aside as pure theatre.",
            ["rebuttal GRC answers ALB", "statement ALB -> - [assert]"],
            id="brushed-aside",
        ),
        pytest.param(
            "Russia accused Finland of provocations. Helsinki waved the accusation away on Tuesday.",
            ["rebuttal FIN answers RUS", "statement RUS -> FIN [accuse]"],
            id="waved-away",
        ),
        pytest.param(
            "Serbia accused Kosovo of arresting its citizens. Pristina shrugged the charges off.",
            ["rebuttal XKX answers SRB", "statement SRB -> XKX [accuse]"],
            id="shrugged-off",
        ),
        pytest.param(
            "Russia accused Finland of provocations. Helsinki brushed up its contingency plans.",
            ["statement RUS -> FIN [accuse]"],
            id="near-miss-brushed-up",
        ),
    ],
)
def test_a_rejection_verb_can_take_its_object_inside(text: str, expected: list[str]) -> None:
    """REJECT: "brushed X aside", "waved X away", "shrugged X off" (frames.json reject split_lemmas)."""
    assert outline(geostance.parse(text)) == expected


def test_the_role_after_an_anonymous_one_is_nobody() -> None:
    """ANONYMOUS-ROLE: "the diplomat" after "a European diplomat" (no actor) is that diplomat, nobody's voice."""
    text = (
        "Mali rejected the accusations. A European diplomat in Bamako said the dispute would drag on. "
        '"Both capitals are playing to the gallery at home," the diplomat said.'
    )
    article = geostance.parse(text)
    assert speakers_from(article, text.index("Both capitals")) == set()
    assert outline(article) == ["rebuttal MLI answers -"]


def test_a_role_tied_to_an_actor_after_an_anonymous_one_is_that_actor() -> None:
    """ANONYMOUS-ROLE near miss: once "Egypt's diplomat" is named, "the diplomat" is Egypt's again."""
    text = (
        "A diplomat in Cairo said talks would resume. Egypt's top diplomat, Ali Fahmy, urged Ethiopia to share "
        'data. "We cannot wait for another flood season," the diplomat said.'
    )
    assert speakers_from(geostance.parse(text), text.index("We cannot")) == {"EGY"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Serbia described the arrests as an act of state terrorism.",
            ["statement SRB -> - [accuse]"],
            id="act-of-terrorism",
        ),
        pytest.param(
            "Kosovo accused Serbia of stirring unrest. Belgrade called the charge a campaign of lies.",
            ["rebuttal SRB answers XKX", "statement XKX -> SRB [accuse]"],
            id="campaign-of-lies",
        ),
        pytest.param(
            "Serbia described the visit as part of efforts to build trust.",
            [],
            id="near-miss-part-of-efforts",
        ),
    ],
)
def test_a_judgment_in_an_of_complement(text: str, expected: list[str]) -> None:
    """CALL-X-Y: the judgment may follow "of" in the complement ("an act of terrorism", "a campaign of lies")."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Iraq accused Kataib Hezbollah of firing rockets at the airport. Kataib Hezbollah released a communique "
            "on Friday rejecting Iraqi charges of involvement.",
            ["rebuttal kataib-hezbollah answers IRQ", "statement IRQ -> kataib-hezbollah [accuse]"],
            id="released-a-communique-on-friday-rejecting",
        ),
        pytest.param(
            "Mali accused Algeria of sheltering rebels. Algeria released a communique rejecting the charge.",
            ["rebuttal DZA answers MLI", "statement MLI -> DZA [accuse]"],
            id="released-a-communique-rejecting",
        ),
        pytest.param(
            "Mali accused Algeria of sheltering rebels. Algeria released a communique rejecting the charge and "
            "warning Bamako against any incursion.",
            ["rebuttal DZA answers MLI", "statement DZA -> MLI [warn]", "statement MLI -> DZA [accuse]"],
            id="near-miss-the-document-also-warns",
        ),
    ],
)
def test_a_document_that_only_denies_is_no_statement(text: str, expected: list[str]) -> None:
    """DOCUMENT-OF-DENIAL: "released a communique rejecting ..." is the rebuttal only (ANNOTATION: denial only)."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The SADC summit opened in Gaborone on Friday. The summit urged the authorities of Madagascar to hold "
            "elections.",
            ["statement sadc -> MDG [demand]"],
            id="named-summit",
        ),
        pytest.param(
            "Leaders of the Arab League held a summit in Cairo. The summit condemned Israel's strikes on Gaza.",
            ["statement arab-league -> ISR [accuse]"],
            id="summit-of-an-organization",
        ),
        pytest.param(
            "NATO said its forces were ready. Russia and China held a summit in Beijing. The summit called for a "
            "multipolar world.",
            ["statement nato -> - [assert]"],
            id="near-miss-a-summit-of-two-states",
        ),
    ],
)
def test_the_summit_speaks_for_its_host(text: str, expected: list[str]) -> None:
    """GATHERING-HOST: "the summit" is the one organization named with the summit before, else nobody."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ukraine said drones had crossed the border. NATO's deputy chief told reporters later that the allies "
            "stood with Poland.",
            ["statement UKR -> - [assert]", "statement nato -> POL [assert]"],
            id="told-reporters-later-that",
        ),
        pytest.param(
            "Ukraine said drones had crossed the border. Poland's prime minister told parliament on Monday that the "
            "allies had condemned the incursion.",
            ["statement POL -> - [assert]", "statement UKR -> - [assert]"],
            id="told-parliament-on-monday-that",
        ),
        pytest.param(
            "Kabul accused Tajikistan of harbouring militants. Tajikistan rejected the charge, saying the incident "
            '"has nothing to do with us" and that its border guards had found no trace of any crossing.',
            ["rebuttal TJK answers taliban", "statement taliban -> TJK [accuse]"],
            id="saying-a-quotation-and-that",
        ),
    ],
)
def test_what_is_told_to_an_audience_is_reported(text: str, expected: list[str]) -> None:
    """TELL-THAT: after "told reporters (later/on Monday) that" or "saying X ... and that", it is reported."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The African Union stands in full solidarity with Chad.",
            ["statement au -> TCD [support]"],
            id="full-solidarity",
        ),
        pytest.param(
            "Saudi Arabia and Qatar stood in solidarity with Kuwait on Monday.",
            ["statement QAT -> KWT [support]", "statement SAU -> KWT [support]"],
            id="stood-in-solidarity",
        ),
    ],
)
def test_standing_in_solidarity_supports(text: str, expected: list[str]) -> None:
    """SUPPORT: "stands in (full) solidarity with X" (frames.json support lemmas) supports X."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The UN's nuclear watchdog, the IAEA, urged Iran to allow inspections.",
            ["statement iaea -> IRN [demand]"],
            id="watchdog-the-iaea",
        ),
        pytest.param(
            "The UN's humanitarian office, OCHA, urged Israel to open more crossings.",
            ["statement ocha -> ISR [demand]"],
            id="office-ocha",
        ),
        pytest.param(
            "Iran accused Israel of sabotage. The regional bloc, the GCC, called on both sides to avoid escalation.",
            ["statement IRN -> ISR [accuse]", "statement gcc -> IRN, ISR [demand]"],
            id="regional-bloc-the-gcc",
        ),
        pytest.param(
            "The UN's nuclear watchdog urged Iran to allow inspections.",
            ["statement un -> IRN [demand]"],
            id="near-miss-no-name-given",
        ),
    ],
)
def test_a_described_body_named_in_apposition_is_that_body(text: str, expected: list[str]) -> None:
    """NAMED-AFTER-DESCRIPTION: "the UN's nuclear watchdog, the IAEA," speaks as the IAEA, not its possessor."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Palau accused China of funding the secessionists. China denied the allegations. Palau's president "
            "dismissed Beijing's denial as evasive.",
            [
                "rebuttal CHN answers PLW",
                "rebuttal PLW answers CHN",
                "statement CHN -> PLW [assert]",
                "statement PLW -> CHN [accuse]",
            ],
            id="denial-named-again",
        ),
        pytest.param(
            "Palau accused China of funding the secessionists. Beijing's denial came hours later.",
            ["rebuttal CHN answers -", "statement PLW -> CHN [accuse]"],
            id="near-miss-a-denial-named-first",
        ),
    ],
)
def test_a_denial_named_again_is_no_new_rebuttal(text: str, expected: list[str]) -> None:
    """NOMINAL-REBUTTAL: "Beijing's denial" after Beijing denied is that rebuttal again, not a new one."""
    assert outline(geostance.parse(text)) == expected


_ARMING = "Ethiopia accused Eritrea of arming rebels. Eritrea rejected the charge. "
_RAMMING = "Vietnam accused China of ramming a fishing boat. China rejected the accusation. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            _ARMING + '"These claims are false and are meant to distort the truth about our border," the information '
            "minister said.",
            ["rebuttal ERI answers ETH", "statement ERI -> ETH [assert]", "statement ETH -> ERI [accuse]"],
            id="hostile-act",
        ),
        pytest.param(
            _ARMING + '"These claims are false, and we have never armed any rebel group," the information minister '
            "said.",
            ["rebuttal ERI answers ETH", "statement ETH -> ERI [accuse]"],
            id="near-miss-a-negated-hostile-act",
        ),
        pytest.param(
            _RAMMING + '"These accusations are false, and what is truly unacceptable is Hanoi sending its boats into '
            'our waters," the spokesman said.',
            ["rebuttal CHN answers VNM", "statement CHN -> VNM [assert]", "statement VNM -> CHN [accuse]"],
            id="condemnation-of-an-act",
        ),
        pytest.param(
            _RAMMING + '"This claim is unacceptable and completely baseless," the spokesman said.',
            ["rebuttal CHN answers VNM", "statement VNM -> CHN [accuse]"],
            id="near-miss-condemnation-of-the-claim",
        ),
    ],
)
def test_a_denial_quote_that_also_accuses_is_a_statement_too(text: str, expected: list[str]) -> None:
    """DENIAL-QUOTE: an unnegated hostile act, or "unacceptable" far from any report noun, accuses as well."""
    assert outline(geostance.parse(text)) == expected


def test_pushback_reported_after_a_denial_joins_that_rebuttal() -> None:
    """DENIAL-NAMED-AGAIN: "It prompted a further denial from X's ambassador" after X denied: more of that rebuttal."""
    article = geostance.parse(
        "Palau accused China of funding the secessionists. China denied the allegations on Monday. It prompted a "
        "further denial from China's ambassador in Koror, who called the charge absurd."
    )
    (rebuttal,) = article.rebuttals
    assert rebuttal.speaker == "CHN"
    assert any("further denial" in c.text for c in rebuttal.claims)


def test_a_denial_named_as_anothers_object_adds_no_claim() -> None:
    """DENIAL-NAMED-AGAIN: in "Palau's president dismissed Beijing's denial" the denial is only named."""
    article = geostance.parse(
        "Palau accused China of funding the secessionists. China denied the allegations. Palau's president "
        "dismissed Beijing's denial as evasive."
    )
    (rebuttal,) = [r for r in article.rebuttals if r.speaker == "CHN"]
    assert [c.text for c in rebuttal.claims] == ["denied the allegations"]


def test_a_participle_after_a_silent_main_clause_after_an_opening_clause() -> None:
    """SHARED-SUBJECT: "Asked about X, Name would neither confirm nor deny it, saying only that ...": Name's."""
    text = (
        "Chile's defence minister, Rosa Lagos, visited the border on Monday. Asked whether troops would be sent to "
        'the Atacama, Lagos would neither confirm nor deny it, saying only that Chile "will protect every metre of '
        'its territory."'
    )
    assert speakers_from(geostance.parse(text), text.index("will protect")) == {"CHL"}


def test_according_to_a_pronoun_is_the_person_just_heard() -> None:
    """ACCORDING-TO: "According to her, ..." after a spokeswoman spoke gives her actor the rest of the sentence."""
    text = (
        "Norway's foreign ministry spokeswoman Ingrid Dahl said the patrol was routine. According to her, Oslo "
        '"will not accept any restriction on its fishing fleet".'
    )
    assert speakers_from(geostance.parse(text), text.index("will not accept")) == {"NOR"}


def test_according_to_a_pronoun_with_nobody_heard_is_nobody() -> None:
    """ACCORDING-TO near miss: "According to him, ..." opening a text has no antecedent: no statement."""
    assert geostance.parse("According to him, the talks on the Barents Sea failed.").statements == ()


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        pytest.param(
            'Peru condemned the drone strike on Monday, calling it "an intolerable breach of our airspace and of '
            'every agreement we signed."',
            "an intolerable breach of our airspace and of every agreement we signed.",
            id="calling-it-a-breach",
        ),
        pytest.param(
            "Japan's defence ministry condemned the launch, describing it as \"a grave and imminent threat to the "
            'region".',
            "a grave and imminent threat to the region",
            id="describing-it-as-a-threat",
        ),
    ],
)
def test_a_judged_thing_is_the_speakers_statement(text: str, quote: str) -> None:
    """JUDGED-THING: "calling it 'a breach'" when nobody said "it" rebuts nobody; the quotation is the speaker's."""
    article = geostance.parse(text)
    assert [q.text for s in article.statements for q in s.quotes] == [quote]
    assert article.rebuttals == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "At NATO headquarters in Brussels, deputy spokesman Lars Holm said Minsk must stop the flights.",
            ["statement nato -> BLR [demand, assert]"],
            id="deputy-spokesman-at-headquarters-in-a-city",
        ),
        pytest.param(
            "Chad accused Sudan of arming rebels. At the African Union, spokeswoman Edna Mwale urged both "
            "governments to talk.",
            ["statement TCD -> SDN [accuse]", "statement au -> TCD, SDN [demand]"],
            id="spokeswoman-at-the-union-after-another-speaker",
        ),
        pytest.param(
            "At the United Nations, Ambassador Lars Holm said Minsk must stop the flights.",
            [],
            id="an-ambassador-is-not-the-venues",
        ),
        pytest.param(
            "At the United Nations, Poland's spokesman Lars Holm said Minsk must stop the flights.",
            ["statement POL -> BLR [demand, assert]"],
            id="a-states-own-spokesman-keeps-the-state",
        ),
    ],
)
def test_a_spokesperson_at_an_organization_speaks_for_it(text: str, expected: list[str]) -> None:
    """BODY-FRAME: an opening "At <organization>," gives the organization to the spokesperson right after it."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Morocco accused Algeria of arming the rebels. Algeria bristled at the suggestion that it armed anyone.",
        "Lithuania said Belarus was behind the balloons. Minsk took umbrage at the claim on Tuesday.",
        "Egypt said Ethiopia had filled the dam without notice. Addis Ababa bridled at the charge on Monday.",
    ],
    ids=["bristled-at", "took-umbrage-at", "bridled-at"],
)
def test_bristling_at_a_claim_rebuts_it(text: str) -> None:
    """REJECT-CLAIM: "bristled at", "took umbrage at", "bridled at" a claim (frames.json reject lemmas) rebut it."""
    article = geostance.parse(text)
    first, second = (s.id for s in article.states)
    by_id = {s.id: s.speaker for s in article.statements}
    assert [(r.speaker, [by_id[x] for x in r.rebuts]) for r in article.rebuttals] == [(second, [first])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'Niamey blamed Mali for the attack. Mali said it wanted "a real inquiry, not more speeches".',
            ["statement MLI -> - [assert]", "statement NER -> MLI [accuse]"],
            id="quoted-not-more",
        ),
        pytest.param(
            "Kyiv accused Minsk of massing troops. Belarus said the region needed calm, not more drills.",
            ["statement BLR -> - [assert]", "statement UKR -> BLR [accuse]"],
            id="set-off-not-more",
        ),
        pytest.param(
            "Chad demanded that Niger arrest the gunmen, as Niamey blamed Mali for the attack. Chad's envoy said "
            'N\'Djamena expected "arrests, not fewer patrols".',
            ["statement NER -> MLI [accuse]", "statement TCD -> - [assert]", "statement TCD -> NER [demand]"],
            id="not-fewer-from-a-third-party",
        ),
    ],
)
def test_not_before_an_amount_corrects_nothing(text: str, expected: list[str]) -> None:
    """CORRECTIVE-CONTRAST near miss: ", not more speeches" weighs an amount (grammar.json `degree_after_not`).

    Neither a correction nor a denial, even from the accused: a statement, and nobody rebuts.
    """
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Chinese foreign ministry spokesperson Xu Lan said China was shocked. Kenya accused Somalia of shelling "
            'a border post. Mogadishu\'s foreign ministry dismissed the charge within hours. "This is a lie," '
            "spokesperson Abdi Nur said in a statement.",
            ["rebuttal SOM answers KEN", "statement CHN -> - [assert]", "statement KEN -> SOM [accuse]"],
            id="quotation-first",
        ),
        pytest.param(
            "Japan's spokesman Ken Sato said Tokyo was alarmed. Manila accused Beijing of ramming a supply boat. "
            "China's foreign ministry dismissed the charge. Spokesman Li Wei told reporters the boat had intruded.",
            ["rebuttal CHN answers PHL", "statement JPN -> - [assert]", "statement PHL -> CHN [accuse]"],
            id="title-first",
        ),
        pytest.param(
            "Chinese foreign ministry spokesperson Xu Lan said China was shocked. Kenya accused Somalia of shelling "
            "a border post. Mogadishu's foreign ministry dismissed the charge.\n\"No shell was fired by our "
            'army," spokesperson Abdi Nur said by phone.',
            [
                "rebuttal SOM answers KEN",
                "statement CHN -> - [assert]",
                "statement KEN -> SOM [accuse]",
                "statement SOM -> KEN [assert]",
            ],
            id="quotation-opening-the-next-paragraph",
        ),
    ],
)
def test_a_spokesperson_after_one_speaker_is_its_voice(text: str, expected: list[str]) -> None:
    """VOICE-AFTER-SPEECH: a bare spokesperson right after one actor spoke is that actor's, not an earlier one's."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Russia denied any role. Poland condemned the Russian strike on Lviv.",
            ["rebuttal RUS answers POL", "statement POL -> RUS [accuse]"],
            id="condemned-the-demonym-strike",
        ),
        pytest.param(
            "China sent more ships. Manila protested the Chinese incursions near the shoal.",
            ["statement PHL -> CHN [accuse]"],
            id="protested-demonym-incursions",
        ),
        pytest.param(
            "Israel warned Iran. Iran said any Israeli strike would meet a harsh response.",
            ["statement IRN -> ISR [assert]", "statement ISR -> IRN [warn]"],
            id="demonym-strike-in-the-words",
        ),
        pytest.param(
            "Venezuela held drills. Guyana said Venezuelan troop movements near the border were a threat.",
            ["statement GUY -> VEN [assert]"],
            id="demonym-troop-movements",
        ),
        pytest.param(
            "Poland condemned the Russian strike on Lviv.",
            ["statement POL -> - [accuse]"],
            id="near-miss-a-state-never-named",
        ),
        pytest.param(
            "Russia massed troops. Ukraine said strikes on Ukrainian cities had killed twelve people.",
            ["statement UKR -> - [assert]"],
            id="near-miss-what-a-state-suffers",
        ),
    ],
)
def test_a_demonym_before_hostile_conduct_names_its_doer(text: str, expected: list[str]) -> None:
    """ADJECTIVE-AGENT: "the Russian strike" is Russia's, a target where the text names Russia too."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Chad accused Sudan of arming rebels. Sudan's foreign ministry put out a denial on Monday.",
            ["rebuttal SDN answers TCD", "statement TCD -> SDN [accuse]"],
            id="issued-a-denial",
        ),
        pytest.param(
            "Chad accused Sudan of arming rebels. Sudan released a swift rebuttal, saying it had only hosted talks.",
            ["rebuttal SDN answers TCD", "statement TCD -> SDN [accuse]"],
            id="released-a-rebuttal-saying",
        ),
        pytest.param(
            "Chad accused Sudan of arming rebels. Sudan issued a guarantee that no arms would cross.",
            ["statement TCD -> SDN [accuse]"],
            id="near-miss-a-guarantee",
        ),
    ],
)
def test_issuing_a_denial_rebuts(text: str, expected: list[str]) -> None:
    """ISSUE-DOCUMENT: "issued a denial" is the issuer's rebuttal; a pledge issued (`pledge_nouns`) is none."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Armenia released images it said showed Azerbaijani troops on its soil. Azerbaijan said the photos "
            "had been faked.",
            ["rebuttal AZE answers ARM", "statement ARM -> - [assert]"],
            id="photos-faked",
        ),
        pytest.param(
            "UNICEF said 40 children had died of hunger. Ethiopia said the agency's numbers were exaggerated.",
            ["rebuttal ETH answers unicef", "statement unicef -> - [assert]"],
            id="the-agencys-figures-exaggerated",
        ),
        pytest.param(
            "The WHO said cholera had killed 90 people. Yemen's health ministry said the WHO toll was inflated.",
            ["rebuttal YEM answers who", "statement who -> - [assert]"],
            id="the-toll-inflated",
        ),
        pytest.param(
            "UNICEF said 40 children had died of hunger. Ethiopia said the figures were rising.",
            ["statement ETH -> - [assert]", "statement unicef -> - [assert]"],
            id="near-miss-figures-rising",
        ),
    ],
)
def test_evidence_judged_false_rebuts_who_put_it_forward(text: str, expected: list[str]) -> None:
    """JUDGED-CLAIMS (JUDGED-EVIDENCE): photos, figures or a toll called doctored or inflated are claims answered."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Speaking at NATO headquarters in Brussels, spokesman Lars Holm said Minsk must stop the flights.",
            ["statement nato -> BLR [demand, assert]"],
            id="body-frame-after-a-participle",
        ),
        pytest.param(
            "The Arab League wrapped up a summit in Cairo on Saturday. It said the war in Sudan must end.",
            ["statement arab-league -> - [assert]"],
            id="it-after-a-silent-sentence-opened-by-an-actor",
        ),
        pytest.param(
            "Russia said the drills were a threat. NATO began drills in Norway on Monday. It said the drills were "
            "defensive.",
            ["statement RUS -> - [assert]", "statement nato -> - [assert]"],
            id="it-is-the-silent-opener-not-the-last-speaker",
        ),
        pytest.param(
            "The Houthis said they hit a refinery in Saudi Arabia. Kuwait urged calm. The kingdom denied that any "
            "facility had been hit.",
            ["rebuttal SAU answers houthis", "statement KWT -> - [demand]", "statement houthis -> - [assert]"],
            id="the-kingdom-is-the-state-named-so",
        ),
        pytest.param(
            "Hamas said it fired at Israeli positions. The kingdom denied that any facility had been hit.",
            ["statement hamas -> - [assert]"],
            id="near-miss-the-kingdom-is-never-a-group",
        ),
    ],
)
def test_frames_and_descriptions_name_the_speaker(text: str, expected: list[str]) -> None:
    """BODY-FRAME after "Speaking at", PRONOUN "it" after a silent opener, NAME-HEAD for a sovereign description."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kenya said Somalia had shelled the border, a charge Mogadishu rejects.",
            ["rebuttal SOM answers KEN", "statement KEN -> SOM [accuse, assert]"],
            id="present-tense-after-a-past-perfect-report",
        ),
        pytest.param(
            "Niger said Benin had let French troops in, an accusation Cotonou has long rejected.",
            ["rebuttal BEN answers NER", "statement NER -> BEN, FRA [assert]"],
            id="perfect-with-an-adverb",
        ),
        pytest.param(
            'Kenya said Somalia had shelled the border, an allegation Mogadishu called "irresponsible".',
            ["rebuttal SOM answers KEN", "statement KEN -> SOM [accuse, assert]"],
            id="called-with-the-object-gapped",
        ),
        pytest.param(
            "Kenya said Somalia had shelled the border, a claim Mogadishu described as propaganda.",
            ["rebuttal SOM answers KEN", "statement KEN -> SOM [accuse, assert]"],
            id="described-as-with-the-object-gapped",
        ),
        pytest.param(
            "Kenya said Somalia had signed the pact, a move Mogadishu described as historic.",
            ["statement KEN -> SOM [assert]"],
            id="near-miss-no-report-noun-and-no-falsity",
        ),
    ],
)
def test_a_charge_appositive_in_any_tense_rebuts(text: str, expected: list[str]) -> None:
    """CHARGE-APPOSITIVE: ", a charge X rejects / has long rejected / called 'irresponsible'" is X's rebuttal."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Mali accused Niger of sheltering rebels. That charge brought a swift reply from Niamey.",
            ["rebuttal NER answers MLI", "statement MLI -> NER [accuse]"],
            id="the-charge-drew-a-reply",
        ),
        pytest.param(
            "Mali accused Niger of sheltering rebels. Chad said the talks had failed. The accusation prompted a "
            "sharp rebuttal from Niger's foreign ministry.",
            ["rebuttal NER answers MLI", "statement MLI -> NER [accuse]", "statement TCD -> - [assert]"],
            id="the-accusation-prompted-a-rebuttal",
        ),
        pytest.param(
            "Mali accused Niger of sheltering rebels. Chad urged calm. Niger's reply came within the hour.",
            ["rebuttal NER answers MLI", "statement MLI -> NER [accuse]", "statement TCD -> - [demand]"],
            id="a-reply-reported-as-the-accuseds",
        ),
        pytest.param(
            "Mali accused Niger of sheltering rebels. Despite Niamey's denials, the raids continued.",
            ["rebuttal NER answers -", "statement MLI -> NER [accuse]"],
            id="near-miss-a-past-denial",
        ),
    ],
)
def test_a_denial_drawn_by_a_charge_answers_its_author(text: str, expected: list[str]) -> None:
    """DRAWN-REBUTTAL: "The charge drew a reply from X" answers whoever made the charge."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The UN peace force, known as UNMISS, blamed the rebels for the raid.",
            ["statement unmiss -> - [accuse]"],
            id="mission-known-as",
        ),
        pytest.param(
            "The regional bloc, also known as ECOWAS, urged Guinea's junta to free the president.",
            ["statement ecowas -> GIN [demand]"],
            id="bloc-also-known-as",
        ),
        pytest.param(
            "The UN peace force, known for its patience, blamed the rebels for the raid.",
            ["statement un -> - [accuse]"],
            id="near-miss-known-for",
        ),
    ],
)
def test_a_description_known_as_a_name_is_that_body(text: str, expected: list[str]) -> None:
    """NAMED-AFTER-DESCRIPTION: "the force, known as UNMISS," is UNMISS speaking, not the UN."""
    assert outline(geostance.parse(text)) == expected


def test_a_spokespersons_label_speaks_for_where_the_briefing_is() -> None:
    """TRANSCRIPT-TURN: "Mwangi:" with no actor of her own answers for the state the briefing is held in."""
    text = (
        "The foreign ministry's news conference in Nairobi on Friday was given by Spokesperson Jane Mwangi.\n"
        "Q: Somalia says Kenyan troops crossed the border on Monday. What is your response?\n"
        "Mwangi: That is not true. Our troops stayed on our side, and we urge Mogadishu to stop spreading rumours.\n"
        "Q: Will Kenya attend the IGAD summit?\nMwangi: Yes. We support the bloc's mediation."
    )
    lines = outline(geostance.parse(text))
    assert [line for line in lines if line.startswith("rebuttal")] == ["rebuttal KEN answers SOM"]
    assert any(line.startswith("statement KEN -> SOM") for line in lines)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Qatar urged Kinshasa and Kigali to honour the Luanda peace agreement.",
            ["statement QAT -> COD, RWA [demand]"],
            id="capital-peace-agreement",
        ),
        pytest.param(
            "Russia said Kyiv must honour the Minsk accords.",
            ["statement RUS -> UKR [demand, assert]"],
            id="capital-accords",
        ),
        pytest.param(
            "Qatar urged Rwanda to heed Luanda's warning.",
            ["statement QAT -> RWA, AGO [demand]"],
            id="near-miss-a-capital-speaking",
        ),
    ],
)
def test_a_capital_naming_an_agreement_is_a_place(text: str, expected: list[str]) -> None:
    """PLACE-NAMED-AGREEMENT: "the Luanda peace agreement" makes Angola no target."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    "title", ["Deputy Secretary of State", "Assistant Secretary of State", "Under Secretary of State"]
)
def test_a_secretary_of_states_deputies_are_national_offices(title: str) -> None:
    """TITLE-OF-THE-DATELINE: a secretary of state's deputies hold national offices (frames.json national_offices)."""
    text = f"WASHINGTON (Reuters) - {title} Ana Ruiz said Venezuela must free the prisoners."
    assert outline(geostance.parse(text)) == ["statement USA -> VEN [demand, assert]"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Fiji's prime minister said the accord would be signed in May. In Wellington, Defence Minister Tom Reid "
            "praised the step. China cautioned Fiji over the deal. Foreign Affairs Minister Mere Tui hit back, saying "
            "Suva took no orders from Beijing.",
            [
                "rebuttal FJI answers CHN",
                "statement CHN -> FJI [warn]",
                "statement FJI -> CHN [assert]",
                "statement NZL -> - [support]",
            ],
            id="answering-title-is-not-the-state-just-heard",
        ),
        pytest.param(
            "NAIROBI (AFP) - Kenya said talks with Somalia on the border would resume. Somalia's foreign ministry "
            "welcomed the announcement. Foreign Affairs Minister Ali Warsame said the crossings would reopen.",
            ["statement KEN -> SOM [assert]", "statement SOM -> - [assert, support]"],
            id="foreign-affairs-minister-after-the-state-speaking",
        ),
    ],
)
def test_a_title_that_answers_is_not_the_state_it_answers(text: str, expected: list[str]) -> None:
    """STATE-BEFORE-TITLE: "X warned ... Foreign Affairs Minister Name hit back" is not X's minister."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    "insertion", ["speaking as a donor", "speaking also as the chair of the group", "writing as a mediator"]
)
def test_a_participle_insertion_with_as_keeps_the_subject(insertion: str) -> None:
    """PARTICIPLE-INSERTION: ", speaking as a donor," leaves the subject to the verb after it."""
    text = f"Nepal's delegate, {insertion}, said peacekeepers needed more helicopters."
    assert outline(geostance.parse(text)) == ["statement NPL -> - [assert]"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Vietnam's Ministry of National Defence said Chinese ships had entered its waters.",
            ["statement VNM -> CHN [assert]"],
            id="ministry-of-a-two-word-domain",
        ),
        pytest.param(
            "Mexico's Secretariat of Public Security said the gang's leaders had been arrested.",
            ["statement MEX -> - [assert]"],
            id="secretariat-of-a-domain",
        ),
        pytest.param(
            "Peru's Ministry of Energy and Mines said the concession was legal.",
            ["statement PER -> - [assert]"],
            id="ministry-with-a-coordinated-domain",
        ),
    ],
)
def test_a_ministry_named_by_its_domain_is_one_body(text: str, expected: list[str]) -> None:
    """DOMAIN-MINISTRY: "X's Ministry of National Defence said" is X speaking."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Eritrea said Ethiopian troops had crossed into Badme, a village Ethiopia also claims.",
            ["statement ERI -> ETH [assert]"],
            id="a-village-a-state-claims",
        ),
        pytest.param(
            "Guyana said Venezuelan soldiers had entered the Essequibo, a territory Caracas has long claimed.",
            ["statement GUY -> VEN [assert]"],
            id="a-territory-a-capital-has-long-claimed",
        ),
        pytest.param(
            "Bolivia accused Chile of diverting the Silala, a river La Paz considers its own.",
            ["statement BOL -> CHL [accuse]"],
            id="after-an-accusation",
        ),
        pytest.param(
            "Japan protested to Beijing over the survey near the islands, which China claims.",
            ["statement JPN -> CHN [accuse]"],
            id="a-relative-pronoun-gap",
        ),
        pytest.param(
            "Eritrea said Ethiopian troops had crossed into Badme. Ethiopia claims that the village is Ethiopian.",
            ["rebuttal ETH answers ERI", "statement ERI -> ETH [assert]"],
            id="near-miss-a-claim-with-its-clause",
        ),
        pytest.param(
            "Ethiopian troops had crossed into Badme, a spokesman for Eritrea said.",
            ["statement ERI -> ETH [assert]"],
            id="near-miss-an-attribution-after-a-role",
        ),
        pytest.param(
            "Yemen said Iran and its allied Houthi militia had attacked army posts and called on the UN to act.",
            ["statement YEM -> IRN, houthis, un [demand, accuse, assert]"],
            id="near-miss-an-adjective-before-a-name-not-set-off",
        ),
        pytest.param(
            "Ethiopian troops had crossed into Badme, Eritrea claims.",
            ["statement ERI -> ETH [assert]"],
            id="near-miss-an-attribution-by-a-bare-name",
        ),
    ],
)
def test_a_contact_relative_is_the_writers_comment(text: str, expected: list[str]) -> None:
    """CONTACT-RELATIVE: ", a town X claims." hangs on the noun: X reports nothing, and it ends what was said."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Niger accused Benin of letting French troops use its territory. Benin said its soldiers alone guarded "
            "the northern border.",
            ["rebuttal BEN answers NER", "statement NER -> BEN, FRA [accuse]"],
            id="own-soldiers-after-an-accusation",
        ),
        pytest.param(
            "Armenia accused Azerbaijan of shelling the village of Sotk on Monday. Azerbaijan said its artillery "
            "had fired only at an Armenian army post.",
            ["rebuttal AZE answers ARM", "statement ARM -> AZE [accuse]"],
            id="own-artillery-with-a-perfect",
        ),
        pytest.param(
            "The Philippines accused China of ramming a fishing boat. Beijing said its coast guard "
            "had acted lawfully to expel an intruding vessel.",
            ["rebuttal CHN answers PHL", "statement PHL -> CHN [accuse]"],
            id="the-accused-named-by-its-capital",
        ),
        pytest.param(
            "Armenia said Azerbaijani drones had struck a school in Goris. Azerbaijan said its drones had hit only "
            "army positions.",
            ["rebuttal AZE answers ARM", "statement ARM -> AZE [assert]"],
            id="named-as-the-one-acting-by-a-demonym",
        ),
        pytest.param(
            "Uzbekistan said Kyrgyzstan had diverted water from the shared canal. Kyrgyzstan said its engineers had "
            "only repaired a sluice gate.",
            ["rebuttal KGZ answers UZB", "statement UZB -> KGZ [assert]"],
            id="named-as-the-subject-of-a-past-deed",
        ),
        pytest.param(
            "Vietnam said that Cambodia had moved border markers near the river. Cambodia said its surveyors "
            "followed the 1985 treaty.",
            ["rebuttal KHM answers VNM", "statement VNM -> KHM [assert]"],
            id="named-as-the-subject-after-that",
        ),
        pytest.param(
            "Uzbekistan said Kyrgyzstan would open the canal gates in May. Kyrgyzstan said its engineers had "
            "inspected the gates.",
            ["statement KGZ -> - [assert]", "statement UZB -> KGZ [assert]"],
            id="near-miss-named-as-the-subject-of-a-plan",
        ),
        pytest.param(
            "Georgia praised the European Union for its monitoring work. The EU said its monitors had seen new fences.",
            ["statement GEO -> eu [support]", "statement eu -> - [assert]"],
            id="near-miss-praised-not-accused",
        ),
        pytest.param(
            "Niger accused Benin of letting French troops use its territory. Benin reaffirmed its commitment to "
            "regional security.",
            ["statement BEN -> - [assert]", "statement NER -> BEN, FRA [accuse]"],
            id="near-miss-its-object-is-no-clause",
        ),
        pytest.param(
            "Niger accused Benin of letting French troops use its territory. Mali urged calm. Benin said its "
            "soldiers alone guarded the northern border.",
            ["statement BEN -> - [assert]", "statement MLI -> - [demand]", "statement NER -> BEN, FRA [accuse]"],
            id="near-miss-another-statement-between",
        ),
    ],
)
def test_an_account_of_its_own_conduct_answers_the_accuser(text: str, expected: list[str]) -> None:
    """COUNTER-FACT: right after X accuses Y, "Y said its soldiers ..." with no denial word answers X."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    "source",
    [
        "A Chilean source",
        "A source at Chile's defence ministry",
        "A senior Chilean military source",
        "A Chilean government source",
    ],
)
def test_an_anonymous_source_speaks_for_its_state(source: str) -> None:
    """A single unnamed source of a state (frames.json person roles, like "sources" among the collective ones)."""
    text = f"Peru said Chilean troops had entered the valley. {source} said the claim was false."
    assert outline(geostance.parse(text)) == ["rebuttal CHL answers PER", "statement PER -> CHL [assert]"]


def test_a_source_of_something_is_no_speaker() -> None:
    """Near miss: "a source of tension" is a thing, not a person."""
    text = "Peru said the river was a source of tension with Chile."
    assert outline(geostance.parse(text)) == ["statement PER -> CHL [assert]"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Karen National Union said Myanmar's jets had bombed a clinic. The junta denied that any patients "
            "were inside.",
            ["rebuttal MMR answers knu", "statement knu -> MMR [accuse, assert]"],
            id="the-state-the-militia-accused",
        ),
        pytest.param(
            "Fighting spread across northern Mali. The Front de Liberation de l'Azawad said it had shot down an "
            "army drone. The army denied that any aircraft had been lost.",
            ["rebuttal MLI answers fla", "statement fla -> - [assert]"],
            id="the-last-state-named-as-a-place",
        ),
        pytest.param(
            "The Arab League urged Ethiopia to halt the dam. The foreign ministry said the talks had failed.",
            ["statement ETH -> - [assert]", "statement arab-league -> ETH [demand]"],
            id="an-organization-has-no-foreign-ministry",
        ),
    ],
)
def test_a_state_body_after_a_militia_spoke_is_a_states(text: str, expected: list[str]) -> None:
    """STATE-ROLE-ANTECEDENT: no state spoke yet: the state the last words aimed at, else the last state named."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Iran condemned the raid. The embassy then accused Israel of lying.",
            ["statement IRN -> ISR [accuse]"],
            id="then-after-a-body",
        ),
        pytest.param(
            "Turkey said the talks were useful. Its envoy then urged Greece to withdraw.",
            ["statement TUR -> GRC [demand, assert]"],
            id="then-after-a-role",
        ),
        pytest.param(
            "Ghana then accused Togo of harbouring smugglers.",
            ["statement GHA -> TGO [accuse]"],
            id="then-after-a-name",
        ),
    ],
)
def test_then_after_a_subject_is_an_adverb(text: str, expected: list[str]) -> None:
    """In "X then accused Y" "then" is an adverb; only after a determiner ("the then minister") a past modifier."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kenya accused Uganda of stealing cattle. Tanzania urged calm. Uganda's reply came within the hour. "
            "The ministry said Kenya had no evidence.",
            ["rebuttal UGA answers KEN", "statement KEN -> UGA [accuse]", "statement TZA -> - [demand]"],
            id="possessed-reply-then-the-ministry",
        ),
        pytest.param(
            "Kenya accused Uganda of stealing cattle. Tanzania urged calm. The reaction from Kampala was blunt. "
            "A foreign ministry spokesman said the claim was false.",
            ["rebuttal UGA answers KEN", "statement KEN -> UGA [accuse]", "statement TZA -> - [demand]"],
            id="reaction-from-a-capital-then-a-spokesman",
        ),
        pytest.param(
            "Kenya accused Uganda of stealing cattle. Tanzania urged calm. Uganda's answer came within hours. "
            "Foreign Minister Jeje Odongo said Kenya had no evidence.",
            ["rebuttal UGA answers KEN", "statement KEN -> UGA [accuse]", "statement TZA -> - [demand]"],
            id="answer-then-a-national-title",
        ),
        pytest.param(
            "Kenya accused Uganda of stealing cattle. Tanzania urged calm. The response was muted. The ministry "
            "said talks should resume.",
            ["statement KEN -> UGA [accuse]", "statement TZA -> - [demand, assert]"],
            id="near-miss-nobody-owns-the-response",
        ),
    ],
)
def test_an_announced_answer_gives_the_next_bodies_their_state(text: str, expected: list[str]) -> None:
    """ANNOUNCED-ANSWER: "X's response came within hours." makes "the ministry" next X's, not the last speaker's."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("between", "rebutter"),
    [
        ("Tanzania said its own herders were safe.", "Uganda said the charge was false."),
        ("Rwanda said the border was calm.", "Kampala said the accusation was baseless."),
        ("Rwanda said the border was calm. Burundi said talks would resume.", "Uganda said the claim was untrue."),
    ],
)
def test_the_charge_is_the_accusers_though_another_spoke_since(between: str, rebutter: str) -> None:
    """JUDGED-CLAIMS: "the charge" is the one the last statement aimed at the speaker made, not the last speaker's."""
    article = geostance.parse(f"Kenya accused Uganda of stealing cattle. {between} {rebutter}")
    assert [line for line in outline(article) if line.startswith("rebuttal")] == ["rebuttal UGA answers KEN"]


def test_the_charge_with_no_accuser_is_the_last_speakers() -> None:
    """Near miss: nobody aimed at the speaker: "the claim" is the last other speaker's."""
    article = geostance.parse("Kenya said cattle had been stolen near the border. Uganda said the claim was false.")
    assert [line for line in outline(article) if line.startswith("rebuttal")] == ["rebuttal UGA answers KEN"]


@pytest.mark.parametrize("stamp", ["11:45 WAT - ", "1405 - ", "21:30 GMT - "])
def test_a_live_blog_stamp_leaves_the_opening_subject_to_pronouns(stamp: str) -> None:
    """PRONOUN: "11:45 WAT - X's minister, Name, arrived in Gao. He says ...": he is X's minister."""
    text = f"{stamp}Mali's defence minister, Oumar Keita, arrived in Gao by air. He says the convoy was safe."
    assert outline(geostance.parse(text)) == ["statement MLI -> - [assert]"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Footage shared online appeared to show Ethiopian soldiers looting a clinic in Tigray. Addis Ababa said "
            "its troops were not in the area.",
            ["rebuttal ETH answers -"],
            id="footage-then-a-capital-denies",
        ),
        pytest.param(
            "Rumours spread in Bamako that Algerian officers had met rebel leaders. Algeria said no such meeting had "
            "happened.",
            ["rebuttal DZA answers -"],
            id="rumours-then-no-such",
        ),
        pytest.param(
            "09:15 - Videos posted overnight claimed to show Rwandan trucks near Goma. Rwanda said none of its "
            "vehicles had crossed.",
            ["rebuttal RWA answers -"],
            id="after-a-live-blog-stamp",
        ),
        pytest.param(
            "Ghana accused Togo of harbouring gunmen near the border. Posts on social media claimed that Togolese "
            "soldiers had crossed into Ghana. Togo denied that any of its soldiers had crossed.",
            ["rebuttal TGO answers -", "statement GHA -> TGO [accuse]"],
            id="a-denial-verb-after-the-posts-answers-them-not-the-earlier-accuser",
        ),
        pytest.param(
            "Ghana accused Togo of harbouring gunmen. Videos shared online appeared to show Togolese soldiers in "
            "Ghana. Lome rejected the claims as fabricated.",
            ["rebuttal TGO answers -", "statement GHA -> TGO [accuse]"],
            id="a-rejection-of-the-claims-after-the-videos",
        ),
        pytest.param(
            "Ghana accused Togo of harbouring gunmen. Videos shared online appeared to show Togolese soldiers in "
            "Ghana. Togo rejected Ghana's claims as fabricated.",
            ["rebuttal TGO answers GHA", "statement GHA -> TGO [accuse, assert]"],
            id="near-miss-the-rejection-names-its-author",
        ),
        pytest.param(
            "Kenya accused Somalia of letting militants use camps near the border. The report, published on Monday, "
            "said Somalia had failed to close the camps. Somalia denied that any camps existed.",
            ["rebuttal SOM answers KEN", "statement KEN -> SOM [accuse]"],
            id="near-miss-the-report-is-one-already-made",
        ),
        pytest.param(
            "Posts on social media claimed that Malian troops had killed herders near Nampala. Mali's army said its "
            "patrols had found the bodies.",
            ["statement MLI -> - [assert]"],
            id="near-miss-no-negation",
        ),
        pytest.param(
            "Posts on social media claimed that Malian troops had killed herders near Nampala. Niger said its border "
            "was not affected.",
            ["statement NER -> - [assert]"],
            id="near-miss-an-actor-the-posts-did-not-name",
        ),
    ],
)
def test_a_denial_after_hearsay_answers_nobody(text: str, expected: list[str]) -> None:
    """HEARSAY-THEN-DENIAL: "Posts claimed X's troops ... X said no operation took place": a rebuttal of nobody."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("header", "speaker"),
    [("Turning to the African Union:", "au"), ("Back to the UN mission, UNMISS:", "unmiss"), ("And ECOWAS:", "ecowas")],
)
def test_an_actor_closed_by_a_colon_is_the_spokesmans(header: str, speaker: str) -> None:
    """ROUNDUP-HEADER inside a sentence: "Back to the UN mission, UNMISS: a spokesman tells us ..." is UNMISS."""
    text = f"Kenya accused Uganda of stealing cattle. {header} a spokesman said patrols would resume."
    assert outline(geostance.parse(text)) == ["statement KEN -> UGA [accuse]", f"statement {speaker} -> - [assert]"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Armenia accused Azerbaijan of moving troops. A source in the Azerbaijani defence ministry said the "
            "claim was false.",
            ["rebuttal AZE answers ARM", "statement ARM -> AZE [accuse]"],
            id="a-source-in-a-demonym-ministry",
        ),
        pytest.param(
            "Chad closed the border. An official at Sudan's interior ministry said the crossing would reopen.",
            ["statement SDN -> - [assert]"],
            id="an-official-at-a-possessed-ministry",
        ),
        pytest.param(
            "Armenia accused Azerbaijan of moving troops. An official in Baku said the claim was false.",
            ["rebuttal AZE answers ARM", "statement ARM -> AZE [accuse]"],
            id="an-official-in-a-capital",
        ),
        pytest.param(
            "Kyrgyzstan accused Tajikistan of shelling a village. A Western diplomat in Bishkek said neither side "
            "wanted war.",
            ["statement KGZ -> TJK [accuse]"],
            id="near-miss-a-foreign-diplomat-posted-there",
        ),
        pytest.param(
            "Kyrgyzstan accused Tajikistan of shelling a village. An official in the village said the school was hit.",
            ["statement KGZ -> TJK [accuse]"],
            id="near-miss-a-place-of-no-actor",
        ),
    ],
)
def test_a_person_in_a_body_speaks_for_its_actor(text: str, expected: list[str]) -> None:
    """WORKPLACE: "a source in the Azerbaijani defence ministry", "an official in Baku" speak for that state."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("reply", "rebuts"),
    [
        ("Croatia's government said in reply that its border was open to all hauliers.", True),
        ("Zagreb said in response that the border was open to all hauliers.", True),
        ("In reply, Croatia said the border was open to all hauliers.", True),
        ("Croatia said in response to a question that the border was open to all hauliers.", False),
        ("Croatia said the border was open to all hauliers.", False),
    ],
)
def test_in_reply_after_the_verb_answers(reply: str, *, rebuts: bool) -> None:
    """IN-RESPONSE-TO with nothing named: "X said in reply that ..." answers the accuser; a question is nobody's."""
    article = geostance.parse(f"Serbia accused Croatia of blocking its lorries. {reply}")
    expected = ["rebuttal HRV answers SRB"] if rebuts else []
    assert [line for line in outline(article) if line.startswith("rebuttal")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Morocco accused Algeria of arming rebels in the desert. Algiers offered a very different account. "
            "Algeria's foreign ministry said the weapons had been seized from smugglers.",
            ["rebuttal DZA answers MAR", "statement MAR -> DZA [accuse]"],
            id="an-account-sentence-then-plain-words",
        ),
        pytest.param(
            "Morocco accused Algeria of arming rebels in the desert. Algeria told a conflicting story, saying the "
            "weapons had been seized from smugglers.",
            ["rebuttal DZA answers MAR", "statement MAR -> DZA [accuse]"],
            id="told-a-conflicting-story-saying",
        ),
        pytest.param(
            "Morocco accused Algeria of arming rebels in the desert. Algeria gave a starkly contrasting version of "
            "events.",
            ["rebuttal DZA answers MAR", "statement MAR -> DZA [accuse]"],
            id="a-contrasting-version",
        ),
        pytest.param(
            "Morocco accused Algeria of arming rebels in the desert. Algeria gave a detailed account of its border "
            "patrols.",
            ["statement MAR -> DZA [accuse]"],
            id="near-miss-an-account-set-against-nothing",
        ),
        pytest.param(
            "Morocco accused Algeria of arming rebels in the desert. Tunisia said the two neighbours had different "
            "views.",
            ["statement MAR -> DZA [accuse]", "statement TUN -> MAR, DZA [assert]"],
            id="near-miss-different-views-of-a-third-party",
        ),
    ],
)
def test_a_different_account_counters(text: str, expected: list[str]) -> None:
    """DIFFERENT-ACCOUNT: "X offered a very different account" answers what was said of X."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Niger said no drone had left its territory. Benin was dismissive of Niamey's account.",
            ["rebuttal BEN answers NER", "statement NER -> - [assert]"],
            id="dismissive-of-an-account",
        ),
        pytest.param(
            "Serbia said its troops had stayed in their barracks. Kosovo's government was scornful of the claim.",
            ["rebuttal XKX answers SRB", "statement SRB -> - [assert]"],
            id="scornful-of-the-claim",
        ),
        pytest.param(
            "Armenia has been critical of the CSTO since 2022.",
            ["statement ARM -> csto [accuse]"],
            id="critical-of-an-actor",
        ),
        pytest.param(
            "Armenia said the border was calm. Analysts were sceptical of the claim.",
            ["statement ARM -> - [assert]"],
            id="near-miss-an-analyst-speaks-for-nobody",
        ),
    ],
)
def test_a_stance_adjective_reads_as_its_verb(text: str, expected: list[str]) -> None:
    """STANCE-ADJECTIVE: "was dismissive of X's account" rejects it; "has been critical of X" accuses X."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The UN urged all sides, especially Russia, to let aid through.",
            ["statement un -> RUS [demand]"],
            id="especially-an-actor",
        ),
        pytest.param(
            "Ethiopia's army said it had retaken the pass. IGAD urged every armed faction, notably the army, to "
            "spare civilians.",
            ["statement ETH -> - [assert]", "statement igad -> ETH [demand]"],
            id="in-particular-a-state-body",
        ),
        pytest.param(
            "The EU urged all armed groups, above all the Houthis, to free the detained staff.",
            ["statement eu -> houthis [demand]"],
            id="above-all-a-group",
        ),
        pytest.param(
            "The UN urged all sides, especially in the north, to let aid through.",
            ["statement un -> - [demand]"],
            id="near-miss-a-place-singled-out",
        ),
    ],
)
def test_an_actor_singled_out_of_those_asked_is_a_target(text: str, expected: list[str]) -> None:
    """SINGLED-OUT: "urged all sides, especially X, to ..." asks X too."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    "harm",
    ["cyberattacks against Moldova's tax office", "a drone strike on Moldova", "raids on Moldovan villages"],
)
def test_the_victim_of_a_raid_or_cyberattack_is_no_target(harm: str) -> None:
    """VICTIM-NOT-TARGET: the harm nouns include raids, drone strikes and cyberattacks (frames.json harm_nouns)."""
    article = geostance.parse(f"The European Union accused Russia of {harm}.")
    assert outline(article) == ["statement eu -> RUS [accuse]"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Indian embassy in Juba urged Indian citizens to leave the oil fields.", ["statement IND -> - [demand]"]),
        ("Japan urged its nationals in Haiti to leave on the next flight.", ["statement JPN -> - [demand]"]),
        ("Egypt ordered Egyptian troops to leave the border zone.", []),
    ],
)
def test_urging_ones_own_citizens_is_advice_not_an_order_to_agents(text: str, expected: list[str]) -> None:
    """ORDER-OWN-AGENTS is for forces: urging one's own citizens (frames.json own_people) is a statement."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Serbia said Kosovo police had raided a Serb village. According to Kosovo's interior ministry, the "
            "allegation was a fabrication.",
            ["rebuttal XKX answers SRB", "statement SRB -> XKX [accuse, assert]"],
            id="according-to-a-body-the-allegation-is-false",
        ),
        pytest.param(
            "Serbia said Kosovo police had raided a Serb village. The allegation is baseless, according to Pristina.",
            ["rebuttal XKX answers SRB", "statement SRB -> XKX [accuse, assert]"],
            id="trailing-according-to",
        ),
        pytest.param(
            "Serbia said Kosovo police had raided a Serb village. According to Kosovo, the village was calm on Sunday.",
            ["statement SRB -> XKX [accuse, assert]", "statement XKX -> - [assert]"],
            id="near-miss-plain-words",
        ),
    ],
)
def test_according_to_words_that_call_a_claim_false_rebut(text: str, expected: list[str]) -> None:
    """ACCORDING-TO is plain speech: words calling the accusation false rebut; plain words do not."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize("body", ["Ministry of State Security", "Ministry of Emergency Situations"])
def test_a_ministry_of_a_domain_of_common_words_is_one_body(body: str) -> None:
    """DOMAIN-MINISTRY: capitalised common words ("State Security") name the domain too."""
    assert outline(geostance.parse(f"China's {body} said the agents had been arrested.")) == [
        "statement CHN -> - [assert]"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Fiji dismissed as groundless an Australian media report that it planned a Chinese police post.",
            ["rebuttal FJI answers -"],
            id="a-demonym-media-report",
        ),
        pytest.param(
            "Peru rejected a Chilean newspaper report that its navy had entered Chilean waters.",
            ["rebuttal PER answers -"],
            id="a-demonym-newspaper-report",
        ),
        pytest.param(
            "Peru rejected the Chilean report that its navy had entered Chilean waters.",
            ["rebuttal PER answers CHL", "statement CHL -> - [assert]"],
            id="near-miss-a-state-report",
        ),
    ],
)
def test_a_press_report_with_a_demonym_is_nobodys(text: str, expected: list[str]) -> None:
    """REJECT-CLAIM: "an Australian media report" is the press's (grammar.json media_nouns), not Australia's."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Islamic Revolutionary Guard Corps said its drones had hit militant camps in Iraq. The US condemned "
            "the strikes. Iraq rejected the Guards' claim that it had sheltered the militants.",
            ["rebuttal IRQ answers IRN", "statement IRN -> - [assert]", "statement USA -> - [accuse]"],
            id="a-plural-of-a-name-word",
        ),
        pytest.param(
            "The Rapid Support Forces said they had taken the airport. Chad urged calm. Sudan's army rejected the "
            "Forces' claim.",
            [
                "rebuttal SDN answers rapid-support-forces",
                "statement TCD -> - [demand]",
                "statement rapid-support-forces -> - [assert]",
            ],
            id="the-last-word-of-a-name",
        ),
    ],
)
def test_a_capitalised_role_word_repeats_a_name(text: str, expected: list[str]) -> None:
    """NAME-HEAD: "the Guards' claim" after "the Islamic Revolutionary Guard Corps" is the Corps'."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Britain expelled two Russian diplomats over what Moscow called a provocation.",
            ["statement RUS -> - [accuse]"],
            id="a-condemnation",
        ),
        pytest.param(
            'Two Libyan firms were sanctioned over what Washington called "a fuel lifeline" to the RSF.',
            ["statement USA -> rapid-support-forces [assert]"],
            id="a-quoted-label",
        ),
        pytest.param(
            "The talks collapsed after what Kenya described as an unprovoked attack by Somali troops.",
            ["statement KEN -> SOM [accuse]"],
            id="described-as-an-attack",
        ),
        pytest.param(
            "Troops were deployed after what Peru described as a routine patrol.",
            [],
            id="near-miss-an-unquoted-label",
        ),
        pytest.param(
            "Iran launched missiles at camps in Iraq against what it called terrorist groups.",
            [],
            id="near-miss-the-pronoun-of-the-one-acting",
        ),
    ],
)
def test_what_an_actor_called_in_the_narrative_is_its_statement(text: str, expected: list[str]) -> None:
    """WHAT-X-CALLED: "sanctioned over what Washington called 'a fuel lifeline'" is Washington speaking."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The FSB said it had detained a Ukrainian agent in Kursk.",
            ["statement RUS -> UKR [assert]"],
            id="an-acronym-speaks",
        ),
        pytest.param(
            "Britain's GCHQ said the attack bore the hallmarks of the GRU.",
            ["statement GBR -> RUS [assert]"],
            id="an-acronym-named-in-the-words",
        ),
        pytest.param(
            "The Border Service of the FSB security agency said it had removed the buoys.",
            ["statement RUS -> - [assert]"],
            id="a-service-of-the-agency",
        ),
        pytest.param(
            "Kenya's National Intelligence Service said it had foiled a plot.",
            ["statement KEN -> - [assert]"],
            id="near-miss-a-name-several-states-use",
        ),
    ],
)
def test_an_intelligence_service_speaks_for_its_state(text: str, expected: list[str]) -> None:
    """Institutions: a state's intelligence or security service, by name or acronym, is that state."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The UN refugee agency, UNHCR, said the displacement was the worst since 2025.",
            ["statement unhcr -> - [assert]"],
            id="a-description-then-the-acronym",
        ),
        pytest.param(
            "The World Food Programme, WFP, said Sudan's army had blocked the convoy.",
            ["statement wfp -> SDN [assert]"],
            id="a-name-then-the-acronym",
        ),
        pytest.param(
            "Russia, China, Iran and India said the talks should go on.",
            [
                "statement CHN -> - [assert]",
                "statement IND -> - [assert]",
                "statement IRN -> - [assert]",
                "statement RUS -> - [assert]",
            ],
            id="near-miss-a-list-of-other-actors",
        ),
    ],
)
def test_an_actor_renamed_between_commas_is_one_subject(text: str, expected: list[str]) -> None:
    """RENAMED: "The UN refugee agency, UNHCR, said": the acronym set off by commas names the same subject."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "speakers", "organizations"),
    [
        pytest.param(
            "BOGOTA - The Ombudsman's Office, the state's human rights watchdog, said families had fled.",
            ["COL"],
            [],
            id="the-state-s-watchdog",
        ),
        pytest.param(
            "The Amazon Waters Trust, a Peruvian conservation group, said the dam was illegal.",
            ["amazon-waters-trust"],
            ["amazon-waters-trust"],
            id="near-miss-a-group-of-the-country",
        ),
    ],
)
def test_a_state_run_body_set_off_by_its_description_is_the_state(
    text: str, speakers: list[str], organizations: list[str]
) -> None:
    """STATE-RUN: "X, the state's watchdog" speaks for the dateline's (or the story's) state, no actor of its own."""
    article = geostance.parse(text)
    assert [s.speaker for s in article.statements] == speakers
    assert [o.id for o in article.organizations] == organizations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Sudan accused the UAE of arming the RSF, an allegation the Emirates denies.",
            ["rebuttal ARE answers SDN", "statement SDN -> ARE, rapid-support-forces [accuse]"],
            id="the-emirates",
        ),
        pytest.param("Emirates said flights to Dubai would resume.", [], id="near-miss-the-airline"),
    ],
)
def test_the_emirates_is_the_uae_but_the_airline_is_not(text: str, expected: list[str]) -> None:
    """states.json: "the Emirates" names the UAE; "Emirates" with no article is the airline, no actor."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "SADC observers praised Zambia's election. Its head, former Botswana foreign minister Tebogo Molefhe, "
            "said the vote was orderly. Government spokesperson Chanda Mwape rejected the criticism of the police.",
            ["rebuttal ZMB answers sadc", "statement sadc -> ZMB [accuse, assert, support]"],
            id="a-state-in-a-former-post",
        ),
        pytest.param(
            "SADC observers praised Zambia's election. Its head, Botswana foreign minister Tebogo Molefhe, said the "
            "vote was orderly. Government spokesperson Chanda Mwape rejected the criticism of the police.",
            ["rebuttal BWA answers sadc", "statement BWA -> sadc [accuse]", "statement sadc -> ZMB [support]"],
            id="near-miss-a-state-in-a-present-post",
        ),
    ],
)
def test_a_state_named_in_a_former_post_is_no_antecedent(text: str, expected: list[str]) -> None:
    """STATE-ROLE-ANTECEDENT: "former Botswana foreign minister" names no state of the story for "the government"."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ethiopia expressed gratitude to China for its support.",
            ["statement ETH -> CHN [support]"],
            id="expressed-gratitude-to",
        ),
        pytest.param(
            "Kenya conveyed its thanks to Uganda for hosting the talks.",
            ["statement KEN -> UGA [support]"],
            id="conveyed-its-thanks-to",
        ),
        pytest.param(
            "China conveyed its deepest condolences to Nepal over the earthquake.",
            ["statement CHN -> NPL [support]"],
            id="conveyed-condolences-to",
        ),
        pytest.param(
            "ECOWAS offered its sympathy to Mali after the attack.",
            ["statement ecowas -> MLI [support]"],
            id="offered-sympathy-to",
        ),
        pytest.param(
            "Kenya expressed concern to Uganda over the border.",
            ["statement KEN -> UGA [concern]"],
            id="near-miss-concern-expressed",
        ),
    ],
)
def test_gratitude_expressed_to_an_actor_supports_it(text: str, expected: list[str]) -> None:
    """EXPRESS-STANCE: "expressed gratitude/thanks/condolences to X" supports X (frames.json report_nouns support)."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize("body", ["The Treasury Department", "The US Treasury", "OFAC"])
def test_the_treasury_speaks_for_the_united_states(body: str) -> None:
    """Institutions: the Treasury Department and its sanctions office (OFAC) are US bodies (institutions.json)."""
    text = f"{body} said the network had sold fuel to the militia."
    assert outline(geostance.parse(text)) == ["statement USA -> - [assert]"]


@pytest.mark.parametrize(
    "apposition",
    [
        "Deputy Spokesperson for the Secretary-General",
        "spokesperson for the Secretary-General",
        "an aide to the Secretary-General",
    ],
)
def test_a_named_aide_of_the_secretary_general_speaks_for_the_un(apposition: str) -> None:
    """SECRETARIAT-TITLE in apposition: "Name, Deputy Spokesperson for the Secretary-General, said" is the UN."""
    text = f"Florencia Abate, {apposition}, said convoys had been blocked."
    assert outline(geostance.parse(text)) == ["statement un -> - [assert]"]


@pytest.mark.parametrize(
    "opening",
    ["MONUSCO said 23 civilians were killed.", "UNMISS said its base near Malakal had been shelled."],
)
def test_the_secretary_general_after_a_mission_is_the_uns(opening: str) -> None:
    """SECRETARIAT-TITLE: "the Secretary-General" after a UN mission spoke is its parent's, not the mission's."""
    article = geostance.parse(f"{opening} The Secretary-General condemned the shelling.")
    assert "statement un -> - [accuse]" in outline(article)


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Ana Ruiz of the African Union", "au"),
        ("Vice Admiral Ruth Callaghan of the US Coast Guard", "USA"),
        ("Omar Touray of the ECOWAS Commission", "ecowas"),
        ("Lena Park of Human Rights Watch", "hrw"),
    ],
)
def test_a_person_of_a_body_speaks_for_it(subject: str, speaker: str) -> None:
    """PERSON-OF: "Name of the African Union said" is the AU speaking (a person takes an "of" complement)."""
    assert outline(geostance.parse(f"{subject} said the convoy had been stopped.")) == [
        f"statement {speaker} -> - [assert]"
    ]


def test_a_person_of_a_place_that_is_no_actor_speaks_for_nobody() -> None:
    """Near miss: "Name of Mandera" (a town) gives no actor."""
    assert outline(geostance.parse("Ahmed Noor of Mandera said the convoy had been stopped.")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Oman expressed its strong condemnation of the plot and its full support for Jordan.",
            ["statement OMN -> JOR [accuse, support]"],
            id="a-second-stance-noun-joined-by-and",
        ),
        pytest.param(
            "The Arab League voiced the firm solidarity of its members with Jordan.",
            ["statement arab-league -> JOR [support]"],
            id="the-holder-passed-over",
        ),
        pytest.param(
            "Oman expressed its strong condemnation of the plot and the hope that talks resume.",
            ["statement OMN -> - [accuse]"],
            id="near-miss-a-second-noun-that-is-no-stance",
        ),
    ],
)
def test_stances_expressed_together_are_read_together(text: str, expected: list[str]) -> None:
    """EXPRESS-STANCE: "expressed its condemnation of X and its support for Y" is both acts, Y a target."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A statement issued by Hamas accused Israel of stalling the truce talks.",
            ["statement hamas -> ISR [accuse, assert]"],
            id="a-statement-issued-by-an-actor-as-subject",
        ),
        pytest.param(
            "Niger accused the FLA of sabotaging the pipeline. A communique attributed to the FLA said its fighters "
            "had not been near the pipeline.",
            ["rebuttal fla answers NER", "statement NER -> fla [accuse]"],
            id="a-communique-attributed-to-an-actor",
        ),
        pytest.param(
            "A statement issued on Monday said the border would reopen.",
            [],
            id="near-miss-no-author",
        ),
    ],
)
def test_a_document_issued_by_an_actor_speaks_for_it(text: str, expected: list[str]) -> None:
    """ISSUED-BY: "A statement issued by X said ...", "a communique attributed to X" are X's words."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chile said on Sunday the talks had failed.",
        "Chile's navy said on Tuesday its patrol boats had left the bay.",
        "Chile said in Santiago on Friday its troops had left the border.",
    ],
)
def test_a_dated_phrase_before_content_without_that(text: str) -> None:
    """SAY: "X said on Sunday its troops had left": the date is an adverbial, the content follows it."""
    assert outline(geostance.parse(text)) == ["statement CHL -> - [assert]"]


def test_a_dated_phrase_still_reads_a_that_clause() -> None:
    """SAY near miss: "said in a statement on its website that ..." keeps its prepositional chain."""
    assert outline(geostance.parse("Chile said in a statement on its website that the border was open.")) == [
        "statement CHL -> - [assert]"
    ]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Asked about the sanctions at a briefing in Moscow, Foreign Ministry spokeswoman Olga Petrova", "RUS"),
        ("Speaking to reporters in Ankara, Foreign Ministry spokesman Oncu Keceli", "TUR"),
    ],
)
def test_an_opening_participle_names_where_a_state_office_speaks(opening: str, speaker: str) -> None:
    """SPEECH-VENUE: "Asked about it at a briefing in Moscow, Foreign Ministry spokeswoman Name said" is Russia's."""
    article = geostance.parse(f"The EU said the sanctions were lawful. {opening} said they were regrettable.")
    assert outline(article) == [f"statement {speaker} -> - [assert]", "statement eu -> - [assert]"]


def test_an_opening_venue_is_not_the_voice_of_a_body_of_its_own() -> None:
    """Near miss: "Speaking to reporters in Tripoli, council spokesman Name said" is no office of the host state."""
    article = geostance.parse(
        "The EU said the sanctions were lawful. Speaking to reporters in Tripoli, council spokesman Ali Baraba said "
        "they were regrettable."
    )
    assert "LBY" not in {s.speaker for s in article.statements}


def test_a_dateline_with_country_and_date_gives_the_governments_state() -> None:
    """HOME-BODY: "GAROUA, Cameroon, Mar 3 (AFP) - ..., the government said" is Cameroon's government."""
    article = geostance.parse(
        "GAROUA, Cameroon, Mar 3 (AFP) - Gunmen killed nine Cameroonian soldiers near the border with Nigeria, the "
        "government said on Sunday."
    )
    assert [s.speaker for s in article.statements] == ["CMR"]


@pytest.mark.parametrize(
    "relative",
    ["whose leader was labelled a terrorist by Washington in 2021", "whose founder was accused of smuggling"],
)
def test_a_whose_relative_set_off_keeps_the_subject(relative: str) -> None:
    """SET-OFF-RELATIVE: "X, whose leader was labelled ..., rejected the step": X still rejects."""
    text = f"The US Treasury said the network funded rocket attacks. Kataib Hezbollah, {relative}, rejected the step."
    assert outline(geostance.parse(text)) == ["rebuttal kataib-hezbollah answers USA", "statement USA -> - [assert]"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Norway's foreign ministry held a news conference on Monday, at which spokesman Lars Eide took "
            "questions on the Arctic. Later, asked about Russia's charges, Eide said Oslo rejected them.",
            ["rebuttal NOR answers RUS", "statement RUS -> NOR [accuse]"],
            id="at-which-spokesman",
        ),
        pytest.param(
            "The Kenyan government hosted a briefing on Friday where spokeswoman Amina Wafula spoke about the "
            "floods. Wafula said Kenya had asked Uganda to open the dam gates.",
            ["statement KEN -> UGA [assert]"],
            id="where-spokeswoman",
        ),
        pytest.param(
            "Norway's foreign ministry held a news conference on Monday after Russia's embassy, through spokesman "
            "Ivan Petrov, had protested. Petrov said the talks had failed.",
            ["statement RUS -> - [accuse]"],
            id="near-miss-another-actor-between",
        ),
    ],
)
def test_a_spokesperson_at_a_bodys_briefing_speaks_for_it(text: str, expected: list[str]) -> None:
    """BRIEFING-HOST: a spokesperson introduced at the briefing an actor opening the sentence holds is that actor's."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Chile accused Peru of moving troops to the border. Peru's defence ministry rejected the charge. "
            "Chilean patrols had crossed the line first, spokesman Julio Rojas said.",
            ["rebuttal PER answers CHL", "statement CHL -> PER [accuse]"],
            id="said-at-the-end",
        ),
        pytest.param(
            "Indonesia said Malaysian boats had fished in its waters. Malaysia's maritime agency denied it on "
            "Sunday. Indonesian trawlers were the ones caught inside the zone, spokeswoman Nurul Hassan told "
            "reporters.",
            ["rebuttal MYS answers IDN", "statement IDN -> - [assert]"],
            id="told-reporters",
        ),
        pytest.param(
            "Ethiopia's foreign ministry dismissed the report on Friday. Eritrean units had shelled the town for "
            "two days, spokesperson Meles Gebru said at a briefing in Addis Ababa.",
            ["rebuttal ETH answers -"],
            id="the-actor-spoken-about-says-nothing",
        ),
        pytest.param(
            "Armenia accused Azerbaijan of firing on a village. Azerbaijan's defence ministry rejected the "
            "accusation. At the ministry in Baku, spokesman Vugar Aliyev said Armenian forces had opened fire first.",
            ["rebuttal AZE answers ARM", "statement ARM -> AZE [accuse]"],
            id="near-miss-an-opening-frame",
        ),
        pytest.param(
            "Armenia accused Azerbaijan of firing on a village. Azerbaijan's defence ministry rejected the "
            "accusation. Speaking in Baku, spokesman Vugar Aliyev said Armenian forces had opened fire first.",
            ["rebuttal AZE answers ARM", "statement ARM -> AZE [accuse]"],
            id="near-miss-an-opening-participle",
        ),
    ],
)
def test_a_bare_spokesperson_reporting_a_clause_speaks_for_the_body_just_heard(text: str, expected: list[str]) -> None:
    """INVERTED-VOICE: "Y's troops fired first, spokeswoman Name said" after X's ministry spoke is X's, not Y's."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Chile's foreign ministry spokesman Pablo Reyes briefed reporters on Monday.\nBolivia: Reyes said the "
            "maritime case was closed.",
            ["statement CHL -> - [assert]"],
            id="a-known-surname-under-a-topic",
        ),
        pytest.param(
            "Chile's foreign ministry spokesman Pablo Reyes briefed reporters on Monday.\nBOLIVIA - The foreign "
            "ministry said the maritime case was closed.",
            ["statement BOL -> - [assert]", "statement CHL -> - [assert]"],
            id="near-miss-a-role-under-a-roundup-header",
        ),
        pytest.param(
            "Chile's foreign ministry spokesman Pablo Reyes briefed reporters on Monday.\nPeru: The spokesman said "
            "Chile wanted calm on the border.",
            ["statement CHL -> - [assert]"],
            id="the-spokesman-met-before-under-a-topic",
        ),
        pytest.param(
            "Chile's foreign ministry spokesman Pablo Reyes briefed reporters on Monday.\nBolivia: The spokesman "
            "expressed Chile's concern at reports of troop movements by Peru near the border.",
            ["statement CHL -> PER [concern, assert]"],
            id="hearsay-under-a-topic-is-nobodys",
        ),
        pytest.param(
            "Talks on the border resumed on Monday. Reactions:\nPERU - The spokesman said Lima wanted calm.",
            ["statement PER -> - [assert]"],
            id="near-miss-a-spokesman-not-met-before",
        ),
    ],
)
def test_a_known_surname_outweighs_a_paragraph_header(text: str, expected: list[str]) -> None:
    """ROUNDUP-HEADER: a header names who speaks, not for a person or spokesman already tied, nor for hearsay."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Turkish spokesman Omer Celik spoke on Monday. Asked about remarks by Greek minister Nikos Dimas, who "
            "said that Turkey had sent survey ships, Celik said Ankara rejected these claims.",
            ["rebuttal TUR answers GRC", "statement GRC -> TUR [assert]"],
            id="asked-about-remarks-by-someone-who-said",
        ),
        pytest.param(
            "Ugandan minister Paul Okello briefed reporters. Responding to Kenyan envoy Jane Otieno, who said that "
            "Uganda had closed the border, Okello said Kampala denied it.",
            ["rebuttal UGA answers KEN", "statement KEN -> UGA [assert]", "statement UGA -> KEN [assert]"],
            id="responding-to-someone-who-said",
        ),
    ],
)
def test_a_relative_of_speech_ends_where_the_main_clause_begins(text: str, expected: list[str]) -> None:
    """RELATIVE-BEFORE-MAIN: ", who said ..., Name said ...": the relative's words end before the main subject."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Deputy Minister for Foreign Affairs",
        "The Deputy Minister of Defence",
        "The Assistant Minister for Foreign Affairs",
        "The Vice Minister of Foreign Affairs",
    ],
)
def test_a_deputy_of_a_ministerial_office_is_that_office(title: str) -> None:
    """DEPUTY-OFFICE: a deputy, assistant or vice before a 'minister of/for X' title holds that office."""
    text = f"ACCRA - {title}, Kofi Mensah, told journalists that Ghana had never allowed it."
    assert outline(geostance.parse(text)) == ["statement GHA -> - [assert]"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "ACCRA - Government has rejected claims by Togo that Ghana is harbouring activists.",
            ["rebuttal GHA answers TGO", "statement TGO -> GHA [accuse, assert]"],
            id="government-with-no-article",
        ),
        pytest.param(
            "NEW DELHI - Government on Monday urged Nepal to reopen the border crossings.",
            ["statement IND -> NPL [demand]"],
            id="government-with-a-day",
        ),
        pytest.param(
            "ACCRA - A decision by Government angered Togo.",
            [],
            id="near-miss-not-the-subject",
        ),
    ],
)
def test_a_bare_government_opening_the_sentence_is_the_definite_one(text: str, expected: list[str]) -> None:
    """HOME-BODY: "Government has rejected ..." (no article, as some presses write) is "the government"."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Benin dismissed claims by Niger that it allows exiles to plan protests against the junta.",
            ["rebuttal BEN answers NER", "statement NER -> - [assert]"],
            id="plan-protests-against",
        ),
        pytest.param(
            "Laos rejected claims by Thailand that it lets rebels cross to mount protests against Bangkok.",
            ["rebuttal LAO answers THA", "statement THA -> - [assert]"],
            id="mount-protests-against",
        ),
        pytest.param(
            "Serbia refused to comment. Kosovo protests against the drills.",
            ["statement XKX -> - [accuse]"],
            id="near-miss-a-subject-before-the-verb",
        ),
    ],
)
def test_an_s_form_after_an_infinitive_is_its_object(text: str, expected: list[str]) -> None:
    """After "to" and a verb, an -s form ("to organise protests against") is a noun, not a verb of rejection."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    "means",
    ["by phone", "by telephone", "by video link", "by email", "by text message"],
)
def test_said_by_a_means_of_speech_is_no_passive(means: str) -> None:
    """SAY: "Name said by phone" is Name speaking; "by" names how, not an agent (grammar.json means_of_speech)."""
    text = (
        'Somalia accused Kenya of shelling a border town. "No shell was fired," Kenyan army spokesman Paul Njoroge '
        f"said {means}."
    )
    expected = ["rebuttal KEN answers SOM", "statement KEN -> SOM [assert]", "statement SOM -> KEN [accuse]"]
    assert outline(geostance.parse(text)) == expected


def test_a_statement_said_by_an_agent_is_a_participle() -> None:
    """Near miss: "the words said by X" is a participle after a noun: X's words, not the noun speaking."""
    text = "Somalia rejected the words said by Kenyan officials at the summit."
    assert [r.speaker for r in geostance.parse(text).rebuttals] == ["SOM"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "ASEAN leaders ended their summit in Vientiane with a joint statement. The Vientiane Statement, signed "
            "by the heads of government of the bloc's five founding members - Indonesia, Malaysia, the "
            "Philippines, Singapore and Thailand - urged Myanmar to end the violence.",
            ["statement asean -> MMR [demand]"],
            id="signed-by-the-blocs-members-listed",
        ),
        pytest.param(
            "ASEAN leaders ended their summit in Vientiane. The statement, signed by the leaders of ASEAN's "
            "members, urged Myanmar to end the violence.",
            ["statement asean -> MMR [demand]"],
            id="signed-by-the-leaders-of-its-members",
        ),
        pytest.param(
            "ASEAN leaders ended their summit in Vientiane. A statement signed by Indonesia, Malaysia and Thailand "
            "urged Myanmar to end the violence.",
            [
                "statement IDN -> MMR [demand, assert]",
                "statement MYS -> MMR [demand, assert]",
                "statement THA -> MMR [demand, assert]",
            ],
            id="near-miss-signed-by-some-states",
        ),
    ],
)
def test_a_document_signed_by_a_blocs_members_is_the_blocs(text: str, expected: list[str]) -> None:
    """BLOC-DOCUMENT: a document issued or signed by an organization's members (listed or not) is its statement."""
    assert outline(geostance.parse(text)) == expected


def test_a_long_list_of_states_is_one_joint_subject() -> None:
    """A list of many states ("A, B, C, D, E, F, G and H") is read whole, however long, not from its last few."""
    text = (
        "Brazil, Argentina, Uruguay, Paraguay, Bolivia, Chile, Peru, Ecuador, Colombia and Mexico urged Venezuela "
        "to free the detained observers."
    )
    speakers = [s.speaker for s in geostance.parse(text).statements]
    assert speakers == ["BRA", "ARG", "URY", "PRY", "BOL", "CHL", "PER", "ECU", "COL", "MEX"]


def test_a_list_that_never_reaches_and_is_no_joint_subject() -> None:
    """Near miss: names separated by commas with no "and" before the verb are no list ("Peru, Chile, Brazil: ...")."""
    text = "Meeting in Lima, Peru, Chile, Brazil, Bolivia, Paraguay, Uruguay urged Venezuela to free the observers."
    speakers = [s.speaker for s in geostance.parse(text).statements]
    assert speakers == ["URY"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "SCO leaders met in Astana over United Nations sanctions on Iran. "
            "The bloc urged Washington to lift its own measures.",
            ["statement sco -> USA [demand]"],
            id="the-bloc-after-the-un-named-in-passing",
        ),
        pytest.param(
            "ASEAN foreign ministers met in Manila after a UN Human Rights Council report on Myanmar. The "
            "regional bloc urged the junta to free political prisoners.",
            ["statement asean -> MMR [demand]", "statement unhrc -> MMR [assert]"],
            id="the-regional-bloc-after-a-un-organ",
        ),
        pytest.param(
            "SCO leaders met in Astana. The European Union imposed sanctions on Iran. The bloc urged Tehran to "
            "return to talks.",
            ["statement eu -> IRN [demand]"],
            id="near-miss-the-bloc-named-last",
        ),
    ],
)
def test_a_bloc_is_no_universal_or_un_body(text: str, expected: list[str]) -> None:
    """BLOC-DESCRIPTION: "the bloc" is the last bloc named, not the UN, a UN organ or an NGO named since."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Mongolian minister Bat Erdene spoke in Ulaanbaatar. Erdene was blunt when asked about complaints by "
            "China's ambassador, who said on Friday that Mongolian troops had crossed the border. \"We deny these "
            'claims entirely," he said.',
            ["rebuttal MNG answers CHN", "statement CHN -> MNG [accuse, assert]"],
            id="surname-opening-then-a-relative-of-speech",
        ),
        pytest.param(
            "Mongolian minister Bat Erdene spoke in Ulaanbaatar. Erdene was asked about remarks by China's "
            "ambassador, who said on Friday that Mongolian troops had crossed the border. He said no soldier had.",
            ["rebuttal MNG answers CHN", "statement CHN -> MNG [assert]"],
            id="surname-opening-then-a-who-relative",
        ),
    ],
)
def test_a_known_person_opening_the_sentence_stays_he(text: str, expected: list[str]) -> None:
    """PRONOUN: a person named before who opens a sentence stays "he", whoever speaks in a relative clause there."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    "dated",
    ["in May", "on May 5", "since May", "in late May"],
)
def test_the_month_may_is_no_auxiliary(dated: str) -> None:
    """A capitalised "May" inside a sentence is the month (or a name), not the modal: the clause after it is read."""
    text = f"China's ambassador said {dated} that Mongolian troops had crossed the border."
    assert outline(geostance.parse(text)) == ["statement CHN -> MNG [assert]"]


def test_lower_case_may_is_still_a_modal() -> None:
    """Near miss: "may" in lower case is the modal: what may happen is no deed."""
    text = "China's ambassador said Mongolian troops may cross the border."
    assert outline(geostance.parse(text)) == ["statement CHN -> MNG [assert]"]


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        pytest.param("Meanwhile, ", ["rebuttal GRC answers TUR", "statement TUR -> GRC [accuse]"], id="meanwhile"),
        pytest.param("Earlier, ", ["rebuttal GRC answers TUR", "statement TUR -> GRC [accuse]"], id="earlier"),
        pytest.param("", ["rebuttal GRC answers TUR", "statement TUR -> GRC [accuse]"], id="no-adverb"),
    ],
)
def test_an_adverb_set_off_before_a_responding_subject(opening: str, expected: list[str]) -> None:
    """IN-RESPONSE-TO: "Earlier, X, responding to Y's criticism, said ...": the adverb hides no subject."""
    text = (
        "Turkey accused Greece of sending survey ships. "
        f"{opening}{'the' if opening else 'The'} Greek foreign ministry, responding to Turkish criticism, said the "
        "survey was lawful."
    )
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Japan protested the Russian drills near Hokkaido. Russia described the exercises as routine.",
            ["rebuttal RUS answers JPN", "statement JPN -> RUS [accuse]"],
            id="described-as-routine",
        ),
        pytest.param(
            'Norway warned Russia over its Arctic patrols. Moscow described the patrols as "entirely lawful and '
            'peaceful".',
            ["rebuttal RUS answers NOR", "statement NOR -> RUS [warn]", "statement RUS -> NOR [assert]"],
            id="a-quoted-label",
        ),
        pytest.param(
            'Canada protested the voyage of the US icebreaker. Ottawa described the voyage as "nothing routine at '
            'all".',
            ["statement CAN -> - [accuse]"],
            id="near-miss-a-negated-label-condemns",
        ),
    ],
)
def test_labelling_ones_deed_as_warranted_is_an_account(text: str, expected: list[str]) -> None:
    """JUSTIFY-AS: "described the deployment as purely defensive" counters the accuser; it condemns nobody."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Indonesia protested. The Australian Border Force, in a written reply, said the boats had been "
            "fishing illegally.",
            ["statement AUS -> - [assert]", "statement IDN -> - [accuse]"],
            id="border-force",
        ),
        pytest.param(
            "Ghana protested. The Ivorian Forestry Service said the loggers had crossed the border.",
            ["statement CIV -> - [assert]", "statement GHA -> - [accuse]"],
            id="forestry-service",
        ),
        pytest.param(
            "Ghana protested. The Ivorian Strategic Studies Institute said the loggers had crossed the border.",
            ["statement GHA -> - [accuse]"],
            id="near-miss-an-institute",
        ),
    ],
)
def test_a_demonym_before_a_named_state_agency_is_its_state(text: str, expected: list[str]) -> None:
    """DEMONYM-AGENCY: "the Australian Border Force" is Australia's (frames.json `state_agency_heads`)."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize("body", ["foreign policy service", "diplomatic service", "External Action Service"])
def test_an_organizations_diplomatic_service_speaks_for_it(body: str) -> None:
    """A body role (frames.json roles): "the EU's diplomatic service said" is the EU speaking."""
    text = f"The European Union's {body} said on Friday that the bloc would answer in kind."
    assert outline(geostance.parse(text)) == ["statement eu -> - [assert]"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Poland said the attack on an EU and NATO member would have consequences.",
            ["statement POL -> - [assert]"],
            id="an-eu-and-nato-member",
        ),
        pytest.param(
            "Poland said Russia had attacked a NATO member state.",
            ["statement POL -> RUS [accuse, assert]"],
            id="a-member-state",
        ),
        pytest.param(
            "Poland urged NATO members to respond.",
            ["statement POL -> nato [demand]"],
            id="near-miss-the-members-addressed",
        ),
    ],
)
def test_an_organization_describing_a_member_is_no_target(text: str, expected: list[str]) -> None:
    """MEMBER-DESCRIPTION: "a NATO member state" describes a state; the organization is not what was said about."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The move came hours after Kenya closed the border, accusing Somalia of harbouring militants.",
            ["statement KEN -> SOM [accuse]"],
            id="after-x-did-accusing",
        ),
        pytest.param(
            "Tension rose when Serbia recalled its envoy, warning Kosovo against new arrests.",
            ["statement SRB -> XKX [assert, warn]"],
            id="when-x-did-warning",
        ),
        pytest.param(
            "Kenya closed the border after the attack, accusing Somalia of harbouring militants.",
            ["statement KEN -> SOM [accuse]"],
            id="near-miss-the-main-subject-acts",
        ),
    ],
)
def test_a_participle_after_a_subordinate_clause_is_its_subjects(text: str, expected: list[str]) -> None:
    """SHARES: ", accusing ..." after "after X did ..." in a clause whose own verb is no cue is X's."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Comoros said it would take the question up with the African Union when its ministers meet.",
            ["statement COM -> - [assert]"],
            id="raise-the-issue-with",
        ),
        pytest.param(
            "Guyana said it would refer the quarrel over the river islands to the ICJ in The Hague.",
            ["statement GUY -> - [assert]"],
            id="refer-the-case-to",
        ),
        pytest.param(
            "Belize warned it would take the dispute over the Sapodilla Cayes back to the United Nations.",
            ["statement BLZ -> - [warn]"],
            id="take-a-long-object-back-to",
        ),
        pytest.param(
            "Belize said Guatemala had ignored a ruling of the ICJ on the Sarstoon.",
            ["statement BLZ -> GTM [assert]"],
            id="the-ruling-of-a-court",
        ),
        pytest.param(
            "Guyana said it would raise the fishing dispute with Venezuela at the talks.",
            ["statement GUY -> VEN [assert]"],
            id="near-miss-a-state-raised-with-is-the-counterpart",
        ),
        pytest.param(
            "Guyana urged Venezuela to respect the judgments of the International Court of Justice.",
            ["statement GUY -> VEN [demand]"],
            id="the-judgments-of-a-court",
        ),
    ],
)
def test_an_organization_a_matter_is_taken_to_is_no_target(text: str, expected: list[str]) -> None:
    """REFERRAL-VENUE: "take it up with the AU", "refer the quarrel to the ICJ": a forum, not whom it is about."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kenya accused Tanzania of breaching the East African Community (EAC) protocol on trade.",
            ["statement KEN -> TZA [accuse]"],
            id="an-acronym-between-the-name-and-the-instrument",
        ),
        pytest.param(
            "Turkey said the expulsion was an unfriendly step between two NATO allies.",
            ["statement TUR -> - [assert]"],
            id="two-nato-allies",
        ),
    ],
)
def test_an_organization_naming_an_instrument_or_members_is_no_target(text: str, expected: list[str]) -> None:
    """INSTRUMENT-MODIFIER and MEMBER-DESCRIPTION with an acronym in brackets, or a counted plural."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "KARACHI, Pakistan - Pakistan accused India of backing the attack. India's foreign ministry did not "
            "comment. Sindh government spokesman Ali Memon told reporters that repairs were under way.",
            ["statement PAK -> IND [accuse, assert]"],
            id="a-province-under-the-dateline",
        ),
        pytest.param(
            "India accused Pakistan of shelling. Punjab government spokesman Ali Khan said the shelling had stopped.",
            ["statement IND -> PAK [accuse]"],
            id="a-province-with-no-dateline-is-nobodys",
        ),
    ],
)
def test_a_regional_government_is_not_the_last_state_named(text: str, expected: list[str]) -> None:
    """REGIONAL-GOVERNMENT: "<Province> government spokesman" is the dateline's state, never the last state named."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "MOPTI, Mali, May 3 - JNIM said its fighters had killed 20 soldiers, an assertion the military "
            'dismissed as "pure propaganda".',
            ["rebuttal MLI answers jnim", "statement jnim -> - [assert]"],
            id="the-military-under-the-dateline",
        ),
        pytest.param(
            "Hezbollah said Israel had struck a home in Tyre. Israel's military denied it. Lebanon's president "
            "condemned the raid. Later the military said it had hit a weapons depot.",
            [
                "rebuttal ISR answers LBN",
                "rebuttal ISR answers hezbollah",
                "statement LBN -> ISR [accuse]",
                "statement hezbollah -> ISR [assert]",
            ],
            id="near-miss-the-military-tied-before",
        ),
    ],
)
def test_an_untied_military_is_a_states(text: str, expected: list[str]) -> None:
    """UNTIED-STATE-ROLE: "the military" no actor was tied to is a state's body; once tied, it stays that actor's."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The EU said the Togo vote was flawed. Asked about the EU's findings, a Ghanaian foreign ministry "
            "spokesman said merely that Accra had noted them.",
            ["statement GHA -> - [assert]", "statement eu -> TGO [assert]"],
            id="an-answer-that-counters-nothing",
        ),
        pytest.param(
            "The EU said the Togo vote was flawed. Asked about the EU's findings, Togo's government spokesman said "
            "the vote was not flawed.",
            ["rebuttal TGO answers eu", "statement eu -> TGO [assert]"],
            id="near-miss-an-answer-with-a-negation",
        ),
    ],
)
def test_an_answer_to_a_question_rebuts_only_with_countering_words(text: str, expected: list[str]) -> None:
    """ASKED-ANSWER: "Asked about X's statement, Y said ..." rebuts X only with words that counter something."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Belize accused Guatemala of sending gunboats up the river. The quarrel goes back to a treaty signed "
            "with Britain in 1859. The OAS called on both governments to avoid escalation.",
            ["statement BLZ -> GTM [accuse]", "statement oas -> BLZ, GTM [demand]"],
            id="the-dispute-not-the-last-two-states-named",
        ),
        pytest.param(
            "Japan accused Russia of violating its airspace. Russia denied it. On Monday, Chinese and Russian "
            "bombers flew near Okinawa. Japan conveyed concern to both countries.",
            ["rebuttal RUS answers JPN", "statement JPN -> CHN, RUS [concern]", "statement JPN -> RUS [accuse]"],
            id="two-states-just-named",
        ),
        pytest.param(
            "Norway and Iceland have closed their ports to the trawlers, a step both governments said would protect "
            "the cod stocks.",
            ["statement ISL -> - [assert]", "statement NOR -> - [assert]"],
            id="a-joint-subject-of-two",
        ),
        pytest.param(
            "Kuwait and Saudi Arabia rejected Iran's claim to the gas field. The two countries said the field was "
            "theirs alone.",
            [
                "rebuttal KWT answers IRN",
                "rebuttal SAU answers IRN",
                "statement IRN -> - [assert]",
                "statement KWT -> IRN [assert]",
                "statement SAU -> IRN [assert]",
            ],
            id="near-miss-the-pair-that-just-spoke",
        ),
    ],
)
def test_both_governments_are_the_two_states_meant(text: str, expected: list[str]) -> None:
    """BOTH-GOVERNMENTS: a counted pair of states is the joint subject, two states just named, else the dispute."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'Niger accused "elements" of Benin\'s army of helping the militants.',
            ["statement NER -> BEN [accuse]"],
            id="elements-of-an-army",
        ),
        pytest.param(
            "Sudan said units of Chad's army had crossed the border.",
            ["statement SDN -> TCD [assert]"],
            id="units-of-an-army",
        ),
        pytest.param(
            "Sudan said elements of the proposal were acceptable.",
            ["statement SDN -> - [assert]"],
            id="near-miss-elements-of-a-thing",
        ),
    ],
)
def test_elements_of_a_force_act_for_its_actor(text: str, expected: list[str]) -> None:
    """Agents (frames.json roles): "elements" or "units" of an actor's army act for that actor."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Spain said the aid was meant for families displaced by fighting in the capital, Tripoli.",
            ["statement ESP -> - [assert]"],
            id="in-the-capital-set-off",
        ),
        pytest.param(
            "Egypt said the talks would resume next week in the Qatari capital, Doha.",
            ["statement EGY -> - [assert]"],
            id="in-a-named-states-capital",
        ),
        pytest.param(
            "France accused Mali of expelling its ambassador from the capital, Bamako, and said Bamako must "
            "reconsider.",
            ["statement FRA -> MLI [demand, accuse, assert]"],
            id="near-miss-the-capital-as-a-subject-later",
        ),
    ],
)
def test_a_place_noun_set_off_keeps_the_name_a_place(text: str, expected: list[str]) -> None:
    """PLACE-LIST: "in the capital, X" (grammar.json locatives `place_nouns`) is a place, not a party."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "On Tuesday, Poland went further, accusing Belarus of staging the crossings.",
            ["statement POL -> BLR [accuse]"],
            id="a-day-set-off",
        ),
        pytest.param(
            "Late on Friday, Chile closed its consulate in Tacna, accusing Peru of spying.",
            ["statement CHL -> PER [accuse]"],
            id="a-modified-day-set-off",
        ),
        pytest.param(
            "At a news conference in Lima on Monday, the Peruvian minister closed the border, accusing Chile of "
            "spying.",
            ["statement PER -> CHL [accuse]"],
            id="a-long-venue-set-off",
        ),
        pytest.param(
            "On Tuesday, later reports went further, accusing Belarus of staging the crossings.",
            [],
            id="near-miss-a-subject-that-names-no-speaker",
        ),
    ],
)
def test_an_opening_frame_leaves_the_subject_after_it(text: str, expected: list[str]) -> None:
    """OPENING-FRAME: a participle's main subject is found after "On Tuesday," or "In Lima," set off before it."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Poland sent a letter to NATO asking it to act against Belarus.",
            ["statement POL -> nato, BLR [demand]"],
            id="a-letter-to",
        ),
        pytest.param(
            "Estonia and Latvia sent a joint letter to NATO urging it to protect their airspace.",
            ["statement EST -> nato [demand]", "statement LVA -> nato [demand]"],
            id="a-joint-letter-to",
        ),
        pytest.param(
            "Chile wrote to the OAS asking it to condemn Bolivia.",
            ["statement CHL -> oas, BOL [demand]"],
            id="wrote-to",
        ),
        pytest.param(
            "Russia said it had sent aid to Syrian families fleeing the fighting.",
            ["statement RUS -> - [assert]"],
            id="near-miss-aid-to-people",
        ),
    ],
)
def test_a_participle_after_an_addressee_is_the_writers(text: str, expected: list[str]) -> None:
    """ADDRESSEE-PARTICIPLE: "wrote to X asking it to ...": the writer asks, and "it" is X."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected", "person"),
    [
        pytest.param(
            "Czech Prime Minister Jan Novak said Russia had staged the attack.",
            ["statement CZE -> RUS [assert]"],
            "Jan Novak",
            id="a-month-as-a-given-name",
        ),
        pytest.param(
            "Dutch Foreign Minister May Jansen said Russia had staged the attack.",
            ["statement NLD -> RUS [assert]"],
            "May Jansen",
            id="may-as-a-given-name",
        ),
        pytest.param(
            "Belgian Interior Minister Jan de Wit said Russia had staged the attack.",
            ["statement BEL -> RUS [assert]"],
            "Jan de Wit",
            id="a-month-before-a-particle",
        ),
        pytest.param(
            "Chadian Interior Minister Amina J. Okafor said Russia had staged the attack.",
            ["statement TCD -> RUS [assert]"],
            "Amina J. Okafor",
            id="an-initial-with-its-stop",
        ),
        pytest.param(
            "Bolivian Defence Minister Ana Sofia de la Cruz said Russia had staged the attack.",
            ["statement BOL -> RUS [assert]"],
            "Ana Sofia de la Cruz",
            id="a-capital-and-two-particles-inside",
        ),
        pytest.param(
            "Kenya said on May 3 that Somalia had staged the attack.",
            ["statement KEN -> SOM [assert]"],
            None,
            id="near-miss-a-date",
        ),
    ],
)
def test_a_persons_name_takes_months_initials_and_particles(text: str, expected: list[str], person: str | None) -> None:
    """GIVEN-NAME-MONTH and name runs: "Jan Novak", "Amina J. Okafor", "Ana Sofia de la Cruz" are one person."""
    article = geostance.parse(text)
    assert outline(article) == expected
    found = article.statements[0].person
    assert (found.text if found is not None else None) == person


def test_a_chairman_in_office_speaks_for_the_organization() -> None:
    """Organization roles (frames.json roles): "the OSCE's chairman-in-office" is the OSCE's voice."""
    text = "The OSCE's chairman-in-office urged Russia to withdraw its troops."
    assert outline(geostance.parse(text)) == ["statement osce -> RUS [demand]"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Peru accused Chile of spying. Chile called the accusations slander.",
            ["rebuttal CHL answers PER", "statement PER -> CHL [accuse]"],
            id="a-label-noun-after-the-object",
        ),
        pytest.param(
            "Peru accused Chile of spying. Chile called the claims propaganda.",
            ["rebuttal CHL answers PER", "statement PER -> CHL [accuse]"],
            id="a-label-that-is-no-report-noun",
        ),
        pytest.param(
            "Chile called Peru's naval drills a provocation.",
            ["statement CHL -> PER [accuse]"],
            id="near-miss-a-label-with-its-article",
        ),
    ],
)
def test_a_judgment_noun_after_the_object_is_the_label(text: str, expected: list[str]) -> None:
    """LABEL-AFTER-NOUN: "called the accusations slander": the last noun is the judgment, not the object's head."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Estonia condemned the violation of its airspace by Russia.",
            ["statement EST -> RUS [accuse]"],
            id="by-after-an-of-phrase",
        ),
        pytest.param(
            "Greece condemned the seizure of the ferry by Turkey.",
            ["statement GRC -> TUR [accuse]"],
            id="by-after-a-thing",
        ),
        pytest.param(
            "Latvia condemned the arrest of a Latvian journalist by the Belarusian police.",
            ["statement LVA -> BLR [accuse]"],
            id="the-doer-not-the-victim",
        ),
        pytest.param(
            "Latvia condemned the arrest of a Latvian journalist.",
            ["statement LVA -> - [accuse]"],
            id="near-miss-no-doer-named",
        ),
    ],
)
def test_the_doer_after_by_is_whom_a_condemnation_accuses(text: str, expected: list[str]) -> None:
    """AGENT-BY: "condemned the seizure of X by Y" accuses Y, the doer, not X."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Chilean Foreign Ministry brushed aside the complaints from La Paz. Bolivia's vice president, "
            "Rosa Mamani, told radio the dam would harm Bolivian farmers. She warned Santiago against building it. "
            '"The river runs through our land," ministry spokesman Pablo Reyes said.',
            [
                "rebuttal CHL answers BOL",
                "statement BOL -> CHL [accuse, assert, warn]",
                "statement CHL -> BOL [assert]",
            ],
            id="a-person-spoke-last-the-tie-holds",
        ),
        pytest.param(
            "The Chilean Foreign Ministry brushed aside the complaints from La Paz. Bolivia's foreign ministry "
            'said that the dam would harm Bolivian farmers. It warned Santiago against building it. "The river '
            'runs through our land," ministry spokesman Pablo Reyes said.',
            ["rebuttal CHL answers BOL", "statement BOL -> CHL [accuse, assert, warn]"],
            id="near-miss-a-body-spoke-last",
        ),
    ],
)
def test_a_bare_body_after_a_person_spoke_is_the_one_tied(text: str, expected: list[str]) -> None:
    """JUST-SPOKE-BODY: "ministry spokesman Name" after another state's person spoke is the tied ministry's."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Mexico's security minister, Ana Ruiz, accused the Sinaloa cartel of the ambush. The group was also "
            'charging families heading north as much as 500 dollars each to cross the river, "a toll on every '
            'family", she added.',
            ["statement MEX -> sinaloa-cartel [accuse, assert]"],
            id="a-price-then-she-added",
        ),
        pytest.param(
            "The smugglers were charging migrants up to 300 euros each for the crossing, Italy's interior minister "
            "said.",
            ["statement ITA -> - [assert]"],
            id="a-price-reported",
        ),
        pytest.param(
            "Italy charged Tunisia with failing to stop the boats.",
            ["statement ITA -> TUN [accuse]"],
            id="near-miss-charged-with",
        ),
        pytest.param(
            "Panama charged Colombia with failing to police its border, where 300 migrants died.",
            ["statement PAN -> COL [accuse]"],
            id="near-miss-a-number-after-the-charge",
        ),
    ],
)
def test_charging_a_price_is_no_accusation(text: str, expected: list[str]) -> None:
    """PRICE-SENSE: "charging migrants 500 dollars" names a price (frames.json price_senses), not a charge.

    "she added" after it is the person who spoke, not the group that opened the clause.
    """
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected", "groups", "organizations"),
    [
        pytest.param(
            "Peru blamed the Red Valley Front, a splinter group of a former guerrilla army, for the ambush.",
            ["statement PER -> red-valley-front [accuse]"],
            ["Red Valley Front"],
            [],
            id="a-group-described",
        ),
        pytest.param(
            "The Amazon Waters Trust, a Peruvian conservation group, urged Peru to halt the mining permits.",
            ["statement amazon-waters-trust -> PER [demand]"],
            [],
            ["Amazon Waters Trust"],
            id="an-organization-described",
        ),
        pytest.param(
            "Juan Rojas, a senior commander of the group, said Peru had lied.",
            [],
            [],
            [],
            id="near-miss-a-person-described",
        ),
        pytest.param(
            "Bolivia says the Red Valley Front has blocked roads near Oruro, a charge the militia denies.",
            ["statement BOL -> - [assert]"],
            [],
            [],
            id="near-miss-a-report-noun-set-off",
        ),
        pytest.param(
            "On Monday, a group of farmers blocked the road, Peru said.",
            ["statement PER -> - [assert]"],
            [],
            [],
            id="near-miss-a-day-then-a-group",
        ),
        pytest.param(
            "Fighting spread between the army and the 33rd Front, a dissident faction. The 33rd Front said it had "
            "repelled the attack.",
            ["statement 33rd-front -> - [assert]"],
            ["33rd Front"],
            [],
            id="a-name-opening-with-an-ordinal",
        ),
        pytest.param(
            "The Green Alliance, an opposition party, said the vote had been rigged.",
            ["statement green-alliance -> - [assert]"],
            ["Green Alliance"],
            [],
            id="a-party",
        ),
        pytest.param(
            "The opposition Patriotic Front, whose candidate trails, said the count had been slow.",
            ["statement patriotic-front -> - [assert]"],
            ["Patriotic Front"],
            [],
            id="the-opposition-before-its-name",
        ),
        pytest.param(
            "Maria Sanchez, the opposition leader, said the vote had been rigged.",
            [],
            [],
            [],
            id="near-miss-the-opposition-s-leader",
        ),
    ],
)
def test_a_name_set_off_by_what_it_is_names_an_actor(
    text: str, expected: list[str], groups: list[str], organizations: list[str]
) -> None:
    """DEFINED-BY-DESCRIPTION: "X, a rebel group ..." defines X (grammar.json descriptor_definitions)."""
    article = geostance.parse(text)
    assert outline(article) == expected
    assert [g.name for g in article.groups] == groups
    assert [o.name for o in article.organizations] == organizations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Chad accused Sudan of arming rebels. Responding, Sudan's representative dismissed the allegations.",
            ["rebuttal SDN answers TCD", "statement TCD -> SDN [accuse]"],
            id="responding-set-off",
        ),
        pytest.param(
            "Also briefing, the UN's Africa chief, Mara Lind, called on Chad to resume talks.",
            ["statement un -> TCD [demand, assert]"],
            id="also-briefing-set-off",
        ),
        pytest.param(
            "Chad accused Sudan of arming rebels. Responding to the charge, Sudan said it had armed nobody.",
            ["rebuttal SDN answers TCD", "statement TCD -> SDN [accuse]"],
            id="near-miss-responding-to-a-charge",
        ),
    ],
)
def test_a_bare_opening_participle_reports_nothing(text: str, expected: list[str]) -> None:
    """BARE-OPENING-PARTICIPLE: "Responding," or "Also briefing," set off alone leaves the main clause its own."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Speaking after the vote on the mandate, the representative of Nepal, a major troop contributor to the "
            "force, paid tribute to the peacekeepers and urged Lebanon to protect them.",
            ["statement NPL -> LBN [demand]"],
            id="an-apposition-the-phrase-did-not-take",
        ),
        pytest.param(
            "Speaking after the vote on the mandate, the representative of Nepal, a major troop contributor to the "
            "force, paid tribute to the peacekeepers.",
            [],
            id="near-miss-no-act-of-speech",
        ),
    ],
)
def test_the_main_subject_after_a_participle_clause_keeps_its_apposition(text: str, expected: list[str]) -> None:
    """MAIN-SUBJECT-PARTICIPLE: after "Speaking at ...," the subject's apposition does not hide the verb after it."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ecuador accused Colombia of spying. Addressing the senate, Maria Gomez, Colombia's foreign minister, "
            "rejected the accusation.",
            ["rebuttal COL answers ECU", "statement ECU -> COL [accuse]"],
            id="name-and-title-after-a-participle",
        ),
        pytest.param(
            "Addressing the senate, Maria Gomez, Colombia's foreign minister, paid tribute to the border guards.",
            [],
            id="near-miss-no-act-of-speech",
        ),
    ],
)
def test_the_subject_after_an_opening_participle_may_carry_a_title(text: str, expected: list[str]) -> None:
    """MAIN-SUBJECT-PARTICIPLE: "Addressing X, Name, Y's minister, rejected ...": Name is the subject."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Venezuela had violated the border, said Guyana.",
            ["statement GUY -> VEN [accuse, assert]"],
            id="said-and-a-state",
        ),
        pytest.param(
            "Venezuela had violated the border, said the Guyanese foreign ministry.",
            ["statement GUY -> VEN [accuse, assert]"],
            id="near-miss-said-and-a-body",
        ),
    ],
)
def test_an_inverted_say_reads_its_words_before_it(text: str, expected: list[str]) -> None:
    """SAY-INVERTED: "..., said Guyana." says what stands before it; the name after the verb is no content."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Venezuela must withdraw its troops, Ana Rojas, Guyana's foreign minister, said.",
            ["statement GUY -> VEN [demand, assert]"],
            id="a-name-after-a-plural-role-opens-the-subject",
        ),
        pytest.param(
            "Guyana expelled two envoys of Venezuela, Ana Rojas and Luis Soto, on Monday.",
            [],
            id="near-miss-names-listed-after-a-plural",
        ),
    ],
)
def test_one_persons_name_is_no_apposition_to_a_plural_role(text: str, expected: list[str]) -> None:
    """APPOSITION: "its troops, Name, X's minister, said": Name opens the tail's subject, not a name for the troops."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "French and German officials urged Russia to stop.",
            ["statement DEU -> RUS [demand]", "statement FRA -> RUS [demand]"],
            id="two-demonyms-before-a-role",
        ),
        pytest.param(
            "Chilean, Peruvian and Bolivian officials urged Argentina to act.",
            ["statement BOL -> ARG [demand]", "statement CHL -> ARG [demand]", "statement PER -> ARG [demand]"],
            id="three-demonyms-before-a-role",
        ),
        pytest.param(
            "Chile, joined by Peru and Bolivia, urged Argentina to act.",
            ["statement BOL -> ARG [demand]", "statement CHL -> ARG [demand]", "statement PER -> ARG [demand]"],
            id="joined-by-states",
        ),
        pytest.param(
            "Chile, along with its neighbours, urged Argentina to act.",
            ["statement CHL -> ARG [demand]"],
            id="near-miss-along-with-no-state-named",
        ),
    ],
)
def test_coordinated_demonyms_and_joined_states_speak_together(text: str, expected: list[str]) -> None:
    """JOINT-DEMONYMS and JOINED-BY: "French and German officials", "X, joined by Y and Z,": each speaks."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Amnesty International said Bolivian police had beaten protesters. The Bolivian foreign ministry said "
            'the report was "full of errors".',
            ["rebuttal BOL answers amnesty-international", "statement amnesty-international -> BOL [assert]"],
            id="full-of-errors",
        ),
        pytest.param(
            "Amnesty International said Bolivian police had beaten protesters. The Bolivian foreign ministry said "
            'the report was "full of detail".',
            ["statement BOL -> - [assert]", "statement amnesty-international -> BOL [assert]"],
            id="near-miss-full-of-detail",
        ),
    ],
)
def test_a_report_full_of_errors_is_judged_false(text: str, expected: list[str]) -> None:
    """Judgment words (frames.json judgments): "full of errors", "riddled with inaccuracies" judge a claim false."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Peru accused Chile of spying on its navy.\nThe two countries have long disputed their maritime "
            "boundary.\nChile's foreign ministry denied the accusation.",
            ["rebuttal CHL answers PER", "statement PER -> CHL [accuse]"],
            id="a-boundary-disputed-in-background",
        ),
        pytest.param(
            "Guyana and Venezuela dispute sovereignty over the Essequibo region.",
            [],
            id="sovereignty-disputed",
        ),
        pytest.param(
            "Peru accused Chile of spying. Chile disputed the Peruvian account of the incident.",
            ["rebuttal CHL answers PER", "statement PER -> CHL [accuse]"],
            id="near-miss-an-account-disputed",
        ),
    ],
)
def test_ground_disputed_is_no_rebuttal(text: str, expected: list[str]) -> None:
    """OTHER-SENSE: disputing a boundary or sovereignty (frames.json non_claim_objects) answers nobody."""
    assert outline(geostance.parse(text)) == expected


_JAMMING = "Norway accused Russia of disrupting navigation signals over the Arctic. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            _JAMMING + "Russia said the accusations were unacceptable.",
            ["rebuttal RUS answers NOR", "statement NOR -> RUS [accuse]"],
            id="condemnation",
        ),
        pytest.param(
            _JAMMING + 'The Russian embassy in Oslo said the allegations were simply "a pretext" for new drills.',
            ["rebuttal RUS answers NOR", "statement NOR -> RUS [accuse]"],
            id="hedged-quoted-label",
        ),
        pytest.param(
            _JAMMING + "Moscow said the charges against it were nothing but an insult to its pilots.",
            ["rebuttal RUS answers NOR", "statement NOR -> RUS [accuse]"],
            id="tail-and-hedge",
        ),
        pytest.param(
            _JAMMING + "A Kremlin spokesman said the report was an attempt to distract from Oslo's own drills.",
            ["rebuttal RUS answers NOR", "statement NOR -> RUS [accuse]"],
            id="motive-attempt",
        ),
        pytest.param(
            _JAMMING + "Russia said the claims had been designed to justify new sanctions.",
            ["rebuttal RUS answers NOR", "statement NOR -> RUS [accuse]"],
            id="motive-designed",
        ),
        pytest.param(
            _JAMMING + "Russia said the Norwegian report lacked credibility.",
            ["rebuttal RUS answers NOR", "statement NOR -> RUS [accuse]"],
            id="lacks-credibility",
        ),
        pytest.param(
            _JAMMING + "Russia called the allegations a smokescreen.",
            ["rebuttal RUS answers NOR", "statement NOR -> RUS [accuse]"],
            id="label-of-motive",
        ),
        pytest.param(
            _JAMMING + "Moscow said the charges were a clumsy ploy to isolate it before the summit.",
            ["rebuttal RUS answers NOR", "statement NOR -> RUS [accuse]"],
            id="motive-with-an-adjective",
        ),
        pytest.param(
            _JAMMING + "Moscow said the charges were a serious matter.",
            ["statement NOR -> RUS [accuse]", "statement RUS -> - [assert]"],
            id="near-miss-an-adjective-and-no-motive",
        ),
        pytest.param(
            _JAMMING + "Russia said the allegations would be studied.",
            ["statement NOR -> RUS [accuse]", "statement RUS -> - [assert]"],
            id="near-miss-neutral-predicate",
        ),
        pytest.param(
            _JAMMING + "Russia said the report was designed to inform ministers.",
            ["statement NOR -> RUS [accuse]", "statement RUS -> - [assert]"],
            id="near-miss-motive-that-discredits-nothing",
        ),
        pytest.param(
            _JAMMING + "Finland said the jamming was unacceptable.",
            ["statement FIN -> - [assert]", "statement NOR -> RUS [accuse]"],
            id="near-miss-a-deed-not-a-report",
        ),
    ],
)
def test_a_report_condemned_in_its_predicate_is_rejected(text: str, expected: list[str]) -> None:
    """CONDEMNED-REPORT: "the accusations were unacceptable / a pretext / an attempt to divert" rebuts."""
    assert outline(geostance.parse(text)) == expected


_BACKGROUND_CHARGE = (
    "Hanoi accused Beijing of ramming a fishing boat. Beijing warned Hanoi against new drilling. Hanoi has long "
    "accused Beijing of bullying its neighbours. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            _BACKGROUND_CHARGE + "A foreign ministry official dismissed the Chinese warning as interference.",
            [
                "rebuttal VNM answers CHN",
                "statement CHN -> VNM [warn]",
                "statement VNM -> CHN [accuse]",
                "statement VNM -> CHN [accuse]",
            ],
            id="a-demonym-names-the-warning-s-author",
        ),
        pytest.param(
            _BACKGROUND_CHARGE + "The foreign ministry dismissed the warning as interference.",
            [
                "rebuttal VNM answers CHN",
                "statement CHN -> VNM [warn]",
                "statement VNM -> CHN [accuse]",
                "statement VNM -> CHN [accuse]",
            ],
            id="a-warning-the-last-speaker-did-not-make",
        ),
        pytest.param(
            "Hanoi accused Beijing of ramming a fishing boat. The foreign ministry rejected the allegations.",
            ["rebuttal CHN answers VNM", "statement VNM -> CHN [accuse]"],
            id="near-miss-the-accused-s-body",
        ),
        pytest.param(
            "Hanoi warned Beijing against drilling. The foreign ministry rejected the allegations.",
            ["rebuttal CHN answers VNM", "statement VNM -> CHN [warn]"],
            id="near-miss-allegations-may-answer-a-warning",
        ),
    ],
)
def test_a_bare_body_rejecting_another_s_warning_is_the_last_speaker_s(text: str, expected: list[str]) -> None:
    """REJECTING-BODY: not the accused's body when the rejected warning is named as another's or was not made."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Peru accused the armed faction Sons of the Dawn of the ambush. The Sons of the Dawn denied it.",
            ["rebuttal sons-of-the-dawn answers PER", "statement PER -> sons-of-the-dawn [accuse]"],
            id="armed-faction",
        ),
        pytest.param(
            "The rebel group Red Hand said Bolivian troops had burned two villages.",
            ["statement red-hand -> BOL [assert]"],
            id="rebel-group-speaks",
        ),
        pytest.param(
            "The rights group Open Doors said Bolivian police had beaten students.",
            ["statement open-doors -> BOL [assert]"],
            id="rights-group",
        ),
        pytest.param(
            "The mining group Andes Copper said the strike had ended.",
            [],
            id="near-miss-a-company",
        ),
        pytest.param(
            "The hacker group Zero Night said it had leaked the files.",
            [],
            id="near-miss-a-crew",
        ),
        pytest.param(
            "The group Monday said it would keep fighting.",
            [],
            id="near-miss-a-weekday",
        ),
    ],
)
def test_a_name_after_its_description_is_an_actor(text: str, expected: list[str]) -> None:
    """DESCRIPTION-BEFORE-NAME: "the armed faction X" defines X; a company, a crew or a weekday does not."""
    assert outline(geostance.parse(text)) == expected


def test_a_terrorist_organisation_named_after_its_description_is_a_group() -> None:
    """DESCRIPTION-BEFORE-NAME: "the terrorist organisation X" is a group, "the rights organisation Y" is not."""
    text = "The terrorist organisation Black Dawn attacked a convoy. The rights organisation Clear Sky condemned it."
    kinds = {actor.name: type(actor).__name__ for actor in geostance.parse(text).actors}
    assert kinds == {"Black Dawn": "Group", "Clear Sky": "Organization"}


_ROJAS_BRIEFING = "Briefing by Foreign Ministry Spokesperson Ana Rojas, Santiago.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Tallinn, 3 May. Comment by the foreign ministry spokesperson of Estonia regarding a "
            "statement issued by the Russian foreign ministry.\nQuestion: What is your view of the statement?\n"
            "Answer: The statement is false. Estonia protects the rights of all its residents.",
            ["rebuttal EST answers RUS", "statement RUS -> - [assert]"],
            id="headed-release-names-the-answerer",
        ),
        pytest.param(
            _ROJAS_BRIEFING
            + "Q: Peru issued a statement on Monday saying Chilean drones had crossed the border. How does "
            "Chile respond?\nA: The Peruvian statement is full of lies.\nWe urge Lima to stop spreading such stories.",
            ["rebuttal CHL answers PER", "statement CHL -> PER [demand]", "statement PER -> CHL [assert]"],
            id="a-document-judged-in-an-answer-and-a-paragraph-that-goes-on",
        ),
        pytest.param(
            _ROJAS_BRIEFING + "Q: Peru says Chilean drones crossed the border on Monday. What is your response?\n"
            "A: These claims are false.\nQ: Argentina's foreign minister said Chile had closed a mountain pass "
            "illegally. What is your comment?\nA: This is not true. The pass was closed because of snow.\n"
            "Q: Bolivia says its new road will cut trade costs. Is Chile concerned?\nA: The road is a matter for "
            "Bolivia.",
            [
                "rebuttal CHL answers ARG",
                "rebuttal CHL answers PER",
                "statement ARG -> CHL [assert]",
                "statement BOL -> - [assert]",
                "statement CHL -> BOL, PER, ARG [assert]",
                "statement PER -> CHL [assert]",
            ],
            id="each-answer-answers-its-question-and-a-question-asks",
        ),
    ],
)
def test_a_transcript_s_answers(text: str, expected: list[str]) -> None:
    """HEADED-RELEASE, TURN-CONTINUES, TURN-DOCUMENT and QUESTION-INVERSION in a briefing transcript."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Japan accused China of locking radar on a patrol plane. How does China respond?",
            ["statement JPN -> CHN [accuse]"],
            id="how-does-x-respond",
        ),
        pytest.param(
            "Japan accused China of locking radar on a patrol plane. Is China concerned?",
            ["statement JPN -> CHN [accuse]"],
            id="yes-or-no",
        ),
        pytest.param("Will Russia retaliate against the sanctions?", [], id="will-x"),
        pytest.param(
            "Why did Russia reject the plan? Moscow said the plan was unfair.",
            ["rebuttal RUS answers -"],
            id="near-miss-why-takes-the-act-as-done",
        ),
        pytest.param(
            "Russia rejected the plan. Moscow said the plan was unfair.",
            ["rebuttal RUS answers -"],
            id="near-miss-a-statement",
        ),
    ],
)
def test_an_act_asked_about_is_not_reported(text: str, expected: list[str]) -> None:
    """QUESTION-INVERSION: "How does X respond?", "Is X concerned?" report no act; "Why did X reject ...?" does."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Peru accused Chile of spying. Chile's foreign minister answered questions on the accusation at a "
            "briefing.",
            ["statement PER -> CHL [accuse]"],
            id="answered-questions",
        ),
        pytest.param(
            "Peru accused Chile of spying. Chile replied to reporters' questions.",
            ["statement PER -> CHL [accuse]"],
            id="replied-to-questions",
        ),
        pytest.param(
            "Peru accused Chile of spying. Chile responded to the accusation.",
            ["rebuttal CHL answers PER", "statement PER -> CHL [accuse]"],
            id="near-miss-responded-to-the-accusation",
        ),
    ],
)
def test_answering_questions_answers_nobody(text: str, expected: list[str]) -> None:
    """RESPOND: answering questions (frames.json non_claim_objects asked) is an interview, not a rebuttal."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "JNIM said it had killed 40 Malian soldiers, a toll the Malian army dismissed as propaganda.",
            ["rebuttal MLI answers jnim", "statement jnim -> MLI [accuse, assert]"],
            id="a-toll-dismissed",
        ),
        pytest.param(
            "JNIM said it had killed 40 Malian soldiers, a figure Mali denied.",
            ["rebuttal MLI answers jnim", "statement jnim -> MLI [accuse, assert]"],
            id="a-figure-denied",
        ),
        pytest.param(
            "JNIM said it had killed 40 Malian soldiers, a town Mali recaptured in May.",
            ["statement jnim -> MLI [accuse, assert]"],
            id="near-miss-no-count",
        ),
    ],
)
def test_a_count_set_off_and_denied_answers_who_put_it_forward(text: str, expected: list[str]) -> None:
    """CHARGE-APPOSITIVE with a count (frames.json evidence_nouns): ", a toll X dismissed as propaganda" rebuts."""
    assert outline(geostance.parse(text)) == expected


def test_a_military_communications_directorate_speaks_for_its_state() -> None:
    """Roles: an army's communications directorate (frames.json roles body) speaks for the army's state."""
    text = (
        'JNIM said it had killed 40 Malian soldiers. "The figures are pure fabrication," the Malian army\'s '
        "communications directorate said."
    )
    assert outline(geostance.parse(text)) == ["rebuttal MLI answers jnim", "statement jnim -> MLI [accuse, assert]"]


_ARMING = "Kenya accused Uganda of arming rebels. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            _ARMING + "Uganda said it was Kenya that had armed the rebels.",
            ["rebuttal UGA answers KEN", "statement KEN -> UGA [accuse]"],
            id="named-focus",
        ),
        pytest.param(
            _ARMING + "Uganda's army said it was Kenyan troops who had crossed the border first.",
            ["rebuttal UGA answers KEN", "statement KEN -> UGA [accuse]"],
            id="demonym-focus",
        ),
        pytest.param(
            _ARMING + '"It was Kenya that started this," Uganda\'s foreign minister said.',
            ["rebuttal UGA answers KEN", "statement KEN -> UGA [accuse]", "statement UGA -> KEN [assert]"],
            id="quoted-cleft",
        ),
        pytest.param(
            _ARMING + "Uganda said it was Uganda that had disarmed the rebels.",
            ["statement KEN -> UGA [accuse]", "statement UGA -> - [assert]"],
            id="near-miss-its-own-name",
        ),
        pytest.param(
            "Uganda said it was Kenya that had armed the rebels.",
            ["statement UGA -> KEN [accuse, assert]"],
            id="near-miss-nobody-accused-the-speaker",
        ),
    ],
)
def test_a_cleft_from_the_accused_lays_the_deed_on_another(text: str, expected: list[str]) -> None:
    """CLEFT-COUNTER: "it was Y that ..." from the accused rebuts its accuser."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Mexico blamed Los Zorros, the faction led by a former police chief, for the killing. Los Zorros "
            "denied it.",
            ["rebuttal los-zorros answers MEX", "statement MEX -> los-zorros [accuse]"],
            id="the-faction-led-by",
        ),
        pytest.param(
            "Peru blamed the Red Front, the militia that controls the valley, for the attack.",
            ["statement PER -> red-front [accuse]"],
            id="the-militia-that",
        ),
        pytest.param(
            "Mexico blamed Juan Perez, the group's leader, for the killing.",
            ["statement MEX -> - [accuse]"],
            id="near-miss-the-group-s-leader",
        ),
    ],
)
def test_a_name_defined_by_a_definite_description(text: str, expected: list[str]) -> None:
    """DEFINED-BY-DESCRIPTION with "the": "X, the faction led by ..." defines X; "X, the group's leader" does not."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            _ARMING + "Uganda questioned the credibility of the report.",
            ["rebuttal UGA answers KEN", "statement KEN -> UGA [accuse]"],
            id="credibility-of-the-report",
        ),
        pytest.param(
            _ARMING + "Uganda challenged the accuracy of Kenya's figures.",
            ["rebuttal UGA answers KEN", "statement KEN -> UGA [accuse]"],
            id="accuracy-of-the-figures",
        ),
        pytest.param(
            _ARMING + "Uganda questioned the credibility of Kenya's government.",
            ["statement KEN -> UGA [accuse]", "statement UGA -> KEN [accuse]"],
            id="near-miss-a-government-not-a-report",
        ),
    ],
)
def test_a_report_s_quality_questioned_rebuts_the_report(text: str, expected: list[str]) -> None:
    """QUALITY-OF-REPORT: "questioned the credibility of the report" judges the report (frames.json)."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            _ARMING + "Uganda said Kenya had failed to provide any evidence.",
            ["rebuttal UGA answers KEN", "statement KEN -> UGA [accuse]"],
            id="failed-to-provide-evidence",
        ),
        pytest.param(
            _ARMING + "Uganda said Nairobi had made the charge without any evidence.",
            ["rebuttal UGA answers KEN", "statement KEN -> UGA [accuse]"],
            id="without-any-evidence",
        ),
        pytest.param(
            _ARMING + "Uganda said Kenya should look at its own record before accusing others.",
            ["rebuttal UGA answers KEN", "statement KEN -> UGA [accuse]"],
            id="before-accusing-others",
        ),
        pytest.param(
            "Uganda said the rebels had attacked without any warning.",
            ["statement UGA -> - [assert]"],
            id="near-miss-without-warning",
        ),
        pytest.param(
            "Kenya accused Uganda, without evidence, of arming rebels.",
            ["statement KEN -> UGA [accuse]"],
            id="near-miss-the-writer-s-without-evidence",
        ),
    ],
)
def test_a_charge_said_to_lack_evidence_is_rebutted(text: str, expected: list[str]) -> None:
    """Falsity and disqualification phrases (frames.json): "failed to provide any evidence", "before accusing"."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kenya's foreign ministry said Ugandan officers had armed the rebels last week.",
            ["statement KEN -> UGA [accuse, assert]"],
            id="officers",
        ),
        pytest.param(
            "Kenya said a Ugandan commander had ordered the raid.",
            ["statement KEN -> UGA [assert]"],
            id="commander",
        ),
    ],
)
def test_a_state_s_officers_named_by_demonym_act_for_it(text: str, expected: list[str]) -> None:
    """Demonym agents (frames.json): "Ugandan officers had armed rebels" accuses Uganda."""
    assert outline(geostance.parse(text)) == expected


_CALL_BETWEEN = (
    "NAIROBI (Reuters) - Kenya accused Uganda on Monday of arming rebels along their border.\n"
    "The African Union pressed Nairobi and Kampala to settle the row through talks.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            _CALL_BETWEEN + "In Kampala, a government spokesman said the allegations were false.",
            ["rebuttal UGA answers KEN", "statement KEN -> UGA [accuse]", "statement au -> KEN, UGA [demand]"],
            id="the-allegations-judged-false",
        ),
        pytest.param(
            _CALL_BETWEEN + "Uganda's foreign ministry rejected the allegations as baseless.",
            ["rebuttal UGA answers KEN", "statement KEN -> UGA [accuse]", "statement au -> KEN, UGA [demand]"],
            id="the-allegations-rejected",
        ),
        pytest.param(
            _CALL_BETWEEN + "In Kampala, a government spokesman said the call was false and unnecessary.",
            ["rebuttal UGA answers au", "statement KEN -> UGA [accuse]", "statement au -> KEN, UGA [demand]"],
            id="near-miss-the-call-judged",
        ),
    ],
)
def test_a_judged_charge_answers_who_made_it_not_a_later_call(text: str, expected: list[str]) -> None:
    """JUDGED-NOUN-ACT: "the allegations were false" answers the accuser, not a mediator's later call for calm."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Brazil, which has its own long-standing dispute with Peru, offered to mediate.", "dispute"),
        ("Mali lodged a formal challenge to the ruling on Friday.", "challenge"),
        ("Exports to Chile saw a sharp decline in March, Peru said.", "decline"),
        ("Chile said the border question was settled.", "question"),
        ("Their bitter contest for the port worried Kenya.", "contest"),
        ("Brazil settled its long-running disputes with Paraguay.", "disputes"),
        ("Chile condemned, in the strongest possible terms, the raid.", "terms"),
    ],
)
def test_a_homograph_inside_a_noun_phrase_is_the_noun(text: str, word: str) -> None:
    """NOUN-IN-PHRASE: after a determiner and modifiers, a base form like "dispute" is the noun, not the verb."""
    units = {u.low: u.tag for u in Sentence(_doc(text), 0, vocabulary()).units}
    assert units[word] == "_"


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        pytest.param("The two armies dispute the figures.", "dispute", "r", id="after-a-plural"),
        pytest.param("Brazil and Paraguay dispute the ruling.", "dispute", "r", id="after-two-names"),
        pytest.param("The rebel fighters challenge the account.", "challenge", "r", id="after-a-plural-role"),
        pytest.param("The Ministry takes note that Chile agreed.", "note", "O", id="an-s-verb-is-no-plural"),
        pytest.param("Peru vowed to challenge the ruling.", "challenge", "r", id="an-infinitive"),
        pytest.param("Peru would continue to welcome foreign capital.", "welcome", "p", id="infinitive-of-a-noun"),
    ],
)
def test_a_homograph_after_a_plural_subject_stays_the_verb(text: str, word: str, tag: str) -> None:
    """NOUN-IN-PHRASE near miss: a plural noun before the base form is its subject ("the two armies dispute")."""
    units = {u.low: u.tag for u in Sentence(_doc(text), 0, vocabulary()).units}
    assert units[word] == tag


def test_a_dispute_in_a_relative_clause_rebuts_nothing() -> None:
    """NOUN-IN-PHRASE: "which has its own dispute with X" is no rejection by the mediator of the last charge."""
    text = (
        "Chile accused Peru of moving troops to the border. Brazil, which has its own long-standing dispute "
        "with Peru, offered to mediate."
    )
    assert outline(geostance.parse(text)) == ["statement BRA -> - [support]", "statement CHL -> PER [accuse]"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Chile handed a protest note to Peru's ambassador.", "note"),
        ("Chile rejected the press release text.", "text"),
        ("Peru dismissed the protest note as an overreaction.", "note"),
    ],
)
def test_a_noun_after_a_report_noun_in_a_phrase_is_a_compound(text: str, word: str) -> None:
    """NOUN-IN-PHRASE: "a protest note": a report noun modifies the noun after it, which is no verb of saying."""
    units = {u.low: u.tag for u in Sentence(_doc(text), 0, vocabulary()).units}
    assert not units[word].islower() or units[word] == "_"


def test_a_compound_document_speaks_for_its_issuer_only() -> None:
    """NOUN-IN-PHRASE: "a protest note" is no protest that noted something, and the rejection answers its issuer."""
    text = "Chile issued a protest note over the remarks. Peru dismissed the protest note as an overreaction."
    assert outline(geostance.parse(text)) == ["rebuttal PER answers CHL", "statement CHL -> - [assert]"]


@pytest.mark.parametrize(
    ("phrase", "lemma"),
    [("upheld", "uphold"), ("put out", "put out"), ("cast doubt on", "cast doubt on"), ("stuck by", "stick by")],
)
def test_irregular_past_forms_are_in_the_vocabulary(phrase: str, lemma: str) -> None:
    """The vocabulary generates irregular forms from frames.json irregular_verbs ("upheld", not "upholded")."""
    words = phrase.split()
    n, entries = vocabulary().lookup(words, 0)
    assert n == len(words)
    assert any(e.kind == "verb" and e.lemma == lemma for e in entries)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "India rejected the complaint. Water experts in Dhaka argued that the treaty needed an arbitration clause.",
            ["rebuttal IND answers -"],
            id="experts-in-a-capital",
        ),
        pytest.param(
            "Peru denied the report. Experts in Bolivia said the border needed a survey.",
            ["rebuttal PER answers -"],
            id="experts-in-a-state",
        ),
        pytest.param(
            "Peru denied the report. UN experts in Geneva said the border needed a survey.",
            ["rebuttal PER answers -", "statement un -> - [assert]"],
            id="near-miss-experts-of-a-body",
        ),
        pytest.param(
            "Peru denied the report. Officials in La Paz said the border needed a survey.",
            ["rebuttal PER answers -", "statement BOL -> - [assert]"],
            id="near-miss-officials-in-a-capital",
        ),
    ],
)
def test_experts_in_a_place_speak_for_nobody(text: str, expected: list[str]) -> None:
    """SEATED-BODY: experts 'in' a capital or state work there; only a named body makes them its voice."""
    assert outline(geostance.parse(text)) == expected


_NILE_REPLY = (
    "Egypt accused Ethiopia of cutting the Nile's flow. Ethiopia's foreign ministry rejected the complaint, "
    "spokesman Tesfaye Bekele said. Sudan said it hoped the parties would respect downstream rights. "
)


@pytest.mark.parametrize(
    ("text", "answers_sudan"),
    [
        pytest.param(
            _NILE_REPLY + '"Outsiders have no say in this," Bekele said when asked about the Sudanese remarks.',
            True,
            id="said-when-asked-about",
        ),
        pytest.param(
            _NILE_REPLY + "Bekele said outsiders had no say in the matter, in response to Khartoum's comments.",
            True,
            id="set-off-at-the-end",
        ),
        pytest.param(
            _NILE_REPLY + "Bekele said, referring to the Sudanese army, that no troops had crossed.",
            False,
            id="near-miss-a-topic",
        ),
        pytest.param(
            _NILE_REPLY + "Bekele told a reporter, in response to a journalist's query, that no troops had crossed.",
            False,
            id="near-miss-a-question",
        ),
    ],
)
def test_a_trailing_response_phrase_names_whom_the_words_answer(text: str, answers_sudan: bool) -> None:
    """IN-RESPONSE-TO (TRAILING-RESPONSE): "X said when asked about Y's remarks" answers Y, like the opener."""
    rebuttals = [line for line in outline(geostance.parse(text)) if line.startswith("rebuttal")]
    assert ("rebuttal ETH answers SDN" in rebuttals) is answers_sudan
    assert "rebuttal ETH answers EGY" in rebuttals


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kenya accused Somalia of shelling a border outpost on Monday. Somalia said the outpost had been "
            "abandoned for months.",
            ["rebuttal SOM answers KEN", "statement KEN -> SOM [accuse]"],
            id="the-thing-just-named",
        ),
        pytest.param(
            "Chile accused Peru's navy of ramming two fishing boats. Chile's navy said the crews were safe. Peru "
            "said the boats had entered a closed zone.",
            ["rebuttal PER answers CHL", "statement CHL -> PER [accuse, assert]"],
            id="after-the-accuser-spoke-again",
        ),
        pytest.param(
            "Chile accused Peru's navy of ramming two fishing boats. Peru said the boats will be returned soon.",
            ["statement CHL -> PER [accuse]", "statement PER -> - [assert]"],
            id="near-miss-a-pledge",
        ),
        pytest.param(
            "Chile accused Peru's navy of ramming two fishing boats. Peru said the investigation had begun.",
            ["statement CHL -> PER [accuse]", "statement PER -> - [assert]"],
            id="near-miss-another-noun",
        ),
        pytest.param(
            "Chile accused Peru's navy of ramming two fishing boats. Bolivia said the boats had sunk.",
            ["statement BOL -> - [assert]", "statement CHL -> PER [accuse]"],
            id="near-miss-a-third-party",
        ),
        pytest.param(
            "Malaysia accused Vietnam of sending trawlers into its waters. Hanoi said the vessels had stayed in "
            "international waters.",
            ["rebuttal VNM answers MYS", "statement MYS -> VNM [accuse]"],
            id="another-word-for-the-same-thing",
        ),
        pytest.param(
            "Japan accused China of ramming a coast guard boat near the Senkaku islands. Beijing said the Japanese "
            "ship had entered Chinese territorial waters.",
            ["rebuttal CHN answers JPN", "statement JPN -> CHN [accuse]"],
            id="the-thing-with-a-modifier",
        ),
        pytest.param(
            "Ghana accused Togo of seizing two cargo trucks at the border, and Benin also condemned the seizure. "
            "Togo said the lorries had carried smuggled fuel.",
            ["rebuttal TGO answers GHA", "statement BEN -> - [accuse]", "statement GHA -> TGO [accuse]"],
            id="another-spoke-since-the-charge",
        ),
        pytest.param(
            "Chad accused Sudan of a hostile act after a Chadian army helicopter was shot down near Adre. Sudan said "
            "the aircraft had strayed into Sudanese airspace.",
            ["rebuttal SDN answers TCD", "statement TCD -> SDN [accuse]"],
            id="the-thing-named-beside-the-charge",
        ),
        pytest.param(
            "Japan accused China of ramming a coast guard boat near the Senkaku islands. Beijing said the Japanese "
            "delegation had arrived for talks.",
            ["statement CHN -> JPN [assert]", "statement JPN -> CHN [accuse]"],
            id="near-miss-a-modifier-and-another-noun",
        ),
    ],
)
def test_the_accused_s_account_of_the_thing_named_rebuts(text: str, expected: list[str]) -> None:
    """SAME-THING-ACCOUNT: "Y said the boats had entered a closed zone" answers the charge about the boats."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Chile accused Peru's navy of ramming two fishing boats. Hours earlier, Peru said the boats had "
            "entered a closed zone.",
            ["statement CHL -> PER [accuse]", "statement PER -> - [assert]"],
            id="hours-earlier-opening",
        ),
        pytest.param(
            "Chile accused Peru's navy of ramming two fishing boats. Peru had previously insisted that its navy "
            "patrols only its own waters.",
            ["statement CHL -> PER [accuse]", "statement PER -> - [assert]"],
            id="previously-before-a-claim",
        ),
        pytest.param(
            "Chile accused Peru's navy of ramming two fishing boats. Peru had earlier denied any collision.",
            ["rebuttal PER answers CHL", "statement CHL -> PER [accuse]"],
            id="near-miss-an-explicit-denial",
        ),
        pytest.param(
            "Chile accused Peru's navy of ramming two fishing boats. Peru said the boats had entered a closed zone "
            "after an earlier warning.",
            ["rebuttal PER answers CHL", "statement CHL -> PER [accuse]"],
            id="near-miss-earlier-as-a-modifier",
        ),
    ],
)
def test_words_said_earlier_answer_nothing_reported_before(text: str, expected: list[str]) -> None:
    """EARLIER-WORDS: "Hours earlier, Y said ...": words set before the charge do not answer it."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ghana accused Togo of shooting two herders near the border, and Benin also condemned the incident.",
            ["statement BEN -> TGO [accuse]", "statement GHA -> TGO [accuse]"],
            id="the-incident-in-the-same-sentence",
        ),
        pytest.param(
            "Ghana accused Togo of killing herders in air strikes. Benin condemned the raids.",
            ["statement BEN -> TGO [accuse]", "statement GHA -> TGO [accuse]"],
            id="a-noun-of-the-same-kind",
        ),
        pytest.param(
            "Ghana accused Togo of killing herders in air strikes. Benin condemned the sanctions.",
            ["statement BEN -> - [accuse]", "statement GHA -> TGO [accuse]"],
            id="near-miss-another-noun",
        ),
        pytest.param(
            "Sweden accused Russia of jamming GPS signals. Finland said the interference had stopped. Oslo said "
            "flights were normal. Three days later, Norway condemned the incident.",
            ["statement FIN -> - [assert]", "statement NOR -> - [accuse, assert]", "statement SWE -> RUS [accuse]"],
            id="near-miss-the-charge-too-far-back",
        ),
    ],
)
def test_a_condemned_deed_accuses_the_one_charged_with_it(text: str, expected: list[str]) -> None:
    """CHARGED-DEED: "X accused Y of ... raids. Z condemned the raids": Z accuses Y."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Armenia accused Azerbaijan of violating a ceasefire brokered by Russia and the United States.",
            ["statement ARM -> AZE [accuse]"],
            id="a-truce-brokered-by-a-list",
        ),
        pytest.param(
            "Ethiopia accused Egypt of stalling the talks, which are mediated by the African Union.",
            ["statement ETH -> EGY [accuse]"],
            id="talks-which-are-mediated-by",
        ),
        pytest.param(
            "Kenya urged Somalia to return to a dialogue under the auspices of IGAD.",
            ["statement KEN -> SOM [demand]"],
            id="under-the-auspices-of",
        ),
        pytest.param(
            "Kenya accused Somalia of snubbing a summit convened by Uganda.",
            ["statement KEN -> SOM [accuse]"],
            id="a-summit-convened-by",
        ),
        pytest.param(
            "Uzbekistan accused Tajikistan of breaching the water pact brokered by the World Bank.",
            ["statement UZB -> TJK [accuse]"],
            id="a-pact-brokered-by",
        ),
        pytest.param(
            "Kenya urged Somalia to settle the dispute under African Union auspices.",
            ["statement KEN -> SOM [demand]"],
            id="the-name-before-auspices",
        ),
        pytest.param(
            "Peru said it was pressing Bolivia to free the truckers, with Chile acting as a go-between.",
            ["statement PER -> BOL [assert]"],
            id="acting-as-a-go-between",
        ),
        pytest.param(
            "The African Union said it stood ready to support IGAD's mediation between the parties.",
            ["statement au -> igad [assert]"],
            id="near-miss-a-mediation-supported",
        ),
        pytest.param(
            "Pakistan accused Kabul of shielding fighters hosted by Iran near the border.",
            ["statement PAK -> taliban, IRN [accuse]"],
            id="near-miss-fighters-hosted-by",
        ),
    ],
)
def test_the_host_or_mediator_of_talks_is_no_target(text: str, expected: list[str]) -> None:
    """FACILITATOR-NOT-TARGET: "talks mediated by X": X hosts the dispute's talks; it is not what the act is about."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Chile will not renegotiate the lithium contracts, Chilean Mining Minister Aurora Williams was quoted as "
            "saying.",
            ["statement CHL -> - [assert]"],
            id="tail-was-quoted-as-saying",
        ),
        pytest.param(
            "Chile will not renegotiate the lithium contracts, Chilean Mining Minister Aurora Williams was quoted as "
            "saying by El Mercurio.",
            ["statement CHL -> - [assert]"],
            id="tail-with-the-medium-after",
        ),
        pytest.param(
            "Chilean Mining Minister Aurora Williams was quoted by El Mercurio as saying that Chile would not "
            "renegotiate the contracts.",
            ["statement CHL -> - [assert]"],
            id="medium-between-quoted-and-as",
        ),
        pytest.param(
            "Chile will not renegotiate the lithium contracts, an official was quoted as saying.",
            [],
            id="near-miss-a-nameless-official",
        ),
    ],
)
def test_a_person_quoted_in_the_passive_speaks(text: str, expected: list[str]) -> None:
    """QUOTED-PASSIVE: "..., Name was quoted as saying": Name's words, whoever relayed them."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Rwanda expelled two Belgian diplomats whom it accused of meddling.",
            ["statement RWA -> BEL [accuse]"],
            id="whom-it-accused-of",
        ),
        pytest.param(
            "Canada imposed sanctions on Haitian gang leaders it accused of fuelling violence.",
            ["statement CAN -> HTI [accuse]"],
            id="contact-relative-it-accused-of",
        ),
        pytest.param(
            "The European Union imposed sanctions on Iranian firms that it accused of supplying drones.",
            ["statement eu -> - [accuse]"],
            id="it-is-the-sentence-s-subject",
        ),
        pytest.param(
            "Kenya deported three activists it said had insulted the president.",
            ["statement KEN -> - [assert]"],
            id="near-miss-said-not-accused",
        ),
    ],
)
def test_an_accusation_in_a_relative_clause_aims_at_its_host(text: str, expected: list[str]) -> None:
    """RELATIVE-ACCUSED: "diplomats whom it accused of ...": the diplomats are accused; "it" is the subject."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The African Union criticised Niger. Niger urged the international community to lift the sanctions.",
            ["statement NER -> - [demand]", "statement au -> NER [accuse]"],
            id="the-international-community-is-nobody",
        ),
        pytest.param(
            "The African Union criticised Niger. Niger urged the global community to lift the sanctions.",
            ["statement NER -> - [demand]", "statement au -> NER [accuse]"],
            id="the-global-community",
        ),
        pytest.param(
            "ECOWAS suspended Mali. The regional community urged the junta to hold elections.",
            ["statement ecowas -> MLI [demand]"],
            id="near-miss-a-regional-community",
        ),
    ],
)
def test_a_generic_collective_names_no_actor(text: str, expected: list[str]) -> None:
    """GENERIC-COLLECTIVE: "the international community" stands for no organization named before."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Guyana said on Friday that Venezuelan soldiers were camped inside its territory. Brazil urged Venezuela "
            "to pull its soldiers back. Venezuela's foreign minister rejected the charge.",
            ["rebuttal VEN answers GUY", "statement BRA -> VEN [demand]", "statement GUY -> VEN [assert]"],
            id="the-charge-answers-the-assertion",
        ),
        pytest.param(
            "Guyana said on Friday that Venezuelan soldiers were camped inside its territory. Brazil urged Venezuela "
            "to pull its soldiers back. Venezuela's foreign minister rejected the call.",
            ["rebuttal VEN answers BRA", "statement BRA -> VEN [demand]", "statement GUY -> VEN [assert]"],
            id="near-miss-the-call-answers-the-demand",
        ),
        pytest.param(
            "Serbia accused Kosovo of harassing ethnic Serbs in the north. The United States called on Pristina to "
            "calm tensions. Kosovo's government dismissed the claim, saying its police were enforcing the law.",
            ["rebuttal XKX answers SRB", "statement SRB -> XKX [accuse]", "statement USA -> XKX [demand]"],
            id="the-claim-answers-the-accusation",
        ),
    ],
)
def test_a_rejected_charge_answers_what_was_asserted_not_a_later_call(text: str, expected: list[str]) -> None:
    """CHARGE-NOT-CALL: "rejected the charge" answers the assertion about the rebutter, not a demand made since."""
    assert outline(geostance.parse(text)) == expected


def test_a_hit_back_after_the_accused_rebutted_starts_a_chain_of_answers() -> None:
    """ANSWER-BACK: "X blamed Y ... Y rejected ... X hit back": X is answering, and its next words go on doing so."""
    article = geostance.parse(
        "Ghana blamed Togo for the attack on a border post. Togo rejected the allegations as baseless. Ghana hit "
        "back on Sunday. Its foreign ministry said Lome had a long record of sheltering smugglers."
    )
    (rebuttal,) = article.rebuttals_by("GHA")
    assert any("long record of sheltering smugglers" in claim.text for claim in rebuttal.claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Russia said it would back Serbia. Serbia denied media reports that troops had moved to the border.",
            ["rebuttal SRB answers -", "statement RUS -> SRB [assert]"],
            id="media-reports-answer-nobody",
        ),
        pytest.param(
            "Armenia said it would back Iran. Iran denied Western media reports that drones had been shipped.",
            ["rebuttal IRN answers -", "statement ARM -> IRN [assert]"],
            id="a-demonym-before-the-medium",
        ),
        pytest.param(
            "The newspaper reports that Serbia moved troops to the border.",
            [],
            id="near-miss-the-newspaper-reports",
        ),
        pytest.param(
            "Latvia said the tanker had cut the cable. Several Nordic media outlets reported that the tanker "
            "belonged to a shadow fleet. The Kremlin dismissed the reports.",
            ["rebuttal RUS answers -", "statement LVA -> - [assert]"],
            id="the-reports-of-the-media-just-before",
        ),
        pytest.param(
            "Latvia said the tanker belonged to a shadow fleet. The Kremlin dismissed the reports.",
            ["rebuttal RUS answers LVA", "statement LVA -> - [assert]"],
            id="near-miss-the-reports-of-a-state",
        ),
    ],
)
def test_media_reports_are_hearsay_not_a_verb(text: str, expected: list[str]) -> None:
    """MEDIA-REPORTS: "denied media reports that ...": "reports" is the noun of hearsay, not a medium reporting."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The SDF demanded that Washington clarify its position on the strikes.",
            ["statement sdf -> USA [demand]"],
            id="demanded-that-x-clarify",
        ),
        pytest.param(
            "Kenya asked that Uganda explain the incursion.",
            ["statement KEN -> UGA [demand]"],
            id="asked-that-x-explain",
        ),
        pytest.param(
            "Kenya demanded that Uganda withdraw, saying the incursion violated its sovereignty.",
            ["statement KEN -> UGA [demand, assert]"],
            id="near-miss-the-demander-s-own-words-after",
        ),
    ],
)
def test_what_a_demand_that_asks_for_is_no_act(text: str, expected: list[str]) -> None:
    """DEMAND-THAT: "demanded that Washington clarify ...": Washington is asked to speak; it has not spoken."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "the_un_s"),
    [
        pytest.param(
            "The UN said aid convoys had been blocked near Sittwe. A junta spokesman said the roads were open.",
            False,
            id="a-junta-spokesman-is-no-voice-of-the-un",
        ),
        pytest.param(
            "The UN said aid convoys had been blocked near Sittwe. A spokesman said the roads were open.",
            True,
            id="near-miss-a-spokesman-is-the-un-s",
        ),
    ],
)
def test_a_state_body_s_voice_is_no_organization_s(text: str, the_un_s: bool) -> None:
    """STATE-VOICE: "a junta spokesman" after the UN spoke is not the UN's; a bare "a spokesman" is."""
    article = geostance.parse(text)
    words = [e.text for s in article.statements_by("un") for e in s.evidence]
    assert any("roads were open" in w for w in words) is the_un_s


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Peru said Bolivia had failed to stop smuggling across the lake. La Paz called the remarks a ploy to "
            "deflect blame from Peru's own failures.",
            ["rebuttal BOL answers PER", "statement PER -> BOL [accuse, assert]"],
            id="called-the-remarks-a-ploy-to-deflect",
        ),
        pytest.param(
            "Peru accused Bolivia of harbouring smugglers. La Paz described the charge as a bid to discredit its "
            "police.",
            ["rebuttal BOL answers PER", "statement PER -> BOL [accuse]"],
            id="described-as-a-bid-to-discredit",
        ),
        pytest.param(
            "Peru announced new patrols on the lake. Bolivia called the patrols an attempt to improve security.",
            ["statement PER -> - [assert]"],
            id="near-miss-a-motive-that-discredits-nothing",
        ),
    ],
)
def test_a_label_imputing_a_motive_rebuts(text: str, expected: list[str]) -> None:
    """LABELLED-MOTIVE: "called the remarks an attempt to divert attention" rejects them as false."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Australia voiced concern over reports that China was negotiating a policing pact with Vanuatu. "
            "Vanuatu's prime minister said his government had the sovereign right to choose its own security "
            "partners.",
            ["rebuttal VUT answers AUS", "statement AUS -> CHN, VUT [concern]"],
            id="its-own-sovereign-right",
        ),
        pytest.param(
            "The United States said it backed Vanuatu's sovereign right over its fishing grounds.",
            ["statement USA -> VUT [assert]"],
            id="near-miss-another-s-right-defended",
        ),
    ],
)
def test_claiming_one_s_own_sovereign_right_pushes_back(text: str, expected: list[str]) -> None:
    """SOVEREIGN-RIGHT: "had the sovereign right to choose its own partners" answers the concern aimed at it."""
    assert outline(geostance.parse(text)) == expected


def test_a_question_label_with_its_outlet_speaks_for_nobody() -> None:
    """TRANSCRIPT-TURN: "Q (Reuters):" is a question label; the event it narrates is not the last answerer's."""
    text = (
        "Foreign Ministry spokesperson Laila Haddad held a briefing in Amman on Monday.\n"
        "Haddad: Jordan welcomes the new aid corridor. That is all.\n"
        "Q (Reuters): On Sunday, Israeli troops detained two Jordanian shepherds near the border. What is the "
        "ministry's response?\n"
        "Haddad: We are following the case closely."
    )
    assert not any("ISR" in line for line in outline(geostance.parse(text)))


@pytest.mark.parametrize(
    "denial",
    [
        "its troops never crossed the border",
        "its soldiers never entered Ecuadorean territory",
        "its patrol boats never left Colombian waters",
        "the army never fired on civilians",
    ],
)
def test_a_content_clause_with_never_before_its_verb_is_said(denial: str) -> None:
    """SAY: "said its troops never crossed ..." reports a clause (negation before an unknown verb), not an object."""
    text = f"Ecuador accused Colombia of sending troops across the river. Colombia said {denial}."
    assert outline(geostance.parse(text)) == ["rebuttal COL answers ECU", "statement ECU -> COL [accuse]"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ecuador accused Colombia of sending troops across the river, Defence Minister Luis Mora said.",
            ["statement ECU -> COL [accuse, assert]"],
            id="accused-then-a-titled-name",
        ),
        pytest.param(
            "Peru urged Chile to withdraw its coastguard cutters, Peru's foreign minister told reporters.",
            ["statement PER -> CHL [demand, assert]"],
            id="urged-then-the-state-s-minister",
        ),
        pytest.param(
            "Kenya warned Somalia against moving troops to the border, the Kenyan foreign ministry said.",
            ["statement KEN -> SOM [assert, warn]"],
            id="warned-then-a-demonym-ministry",
        ),
        pytest.param(
            "Russia accused Ukraine of shelling the plant, Ukraine's envoy said.",
            ["statement UKR -> RUS [accuse, assert]"],
            id="near-miss-another-actor-s-charge-reported",
        ),
    ],
)
def test_a_stance_before_a_tail_attribution_keeps_its_act(text: str, expected: list[str]) -> None:
    """ATTRIBUTED-STANCE: "X accused Y of ..., X's minister said": the statement accuses, not only asserts."""
    assert outline(geostance.parse(text)) == expected


_TRENCHES = (
    "Armenia's foreign ministry stated that Azerbaijani troops had dug new trenches near the village of Tegh. "
    "The European Union expressed concern and urged Baku to pull the troops back. "
)


@pytest.mark.parametrize(
    ("reply", "answered"),
    [
        pytest.param("Azerbaijan's defence ministry said the reports were groundless.", "ARM", id="the-reports"),
        pytest.param("Azerbaijan's defence ministry said the claims were groundless.", "ARM", id="the-claims"),
        pytest.param("Azerbaijan's defence ministry said the call was unnecessary.", None, id="near-miss-the-call"),
    ],
)
def test_judged_reports_answer_who_reported_not_a_later_call(reply: str, answered: str | None) -> None:
    """JUDGED-NOUN-ACT: "the reports were groundless" answers the statement that asserted, not a later call."""
    rebuttals = [line for line in outline(geostance.parse(_TRENCHES + reply)) if line.startswith("rebuttal")]
    assert rebuttals == ([f"rebuttal AZE answers {answered}"] if answered else [])


@pytest.mark.parametrize(
    ("text", "supports"),
    [
        pytest.param(_TRENCHES, False, id="particle-at-the-clause-end"),
        pytest.param(
            "Chile said Peruvian boats had entered its waters. Brazil urged Lima to pull the boats back, officials "
            "said.",
            False,
            id="particle-before-comma",
        ),
        pytest.param(
            "Chile said Peruvian boats had entered its waters. Brazil backed Chile.", True, id="near-miss-a-verb"
        ),
    ],
)
def test_back_after_its_verb_s_object_is_a_particle(text: str, supports: bool) -> None:
    """VERB-PARTICLE: "pull the troops back." has no verb "back" (support): the troops' side supports nothing."""
    assert any("support" in line for line in outline(geostance.parse(text))) is supports


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Arakan Army said it had captured a police post near Maungdaw, spokesman Khaing Thu said.",
            ["statement arakan-army -> - [assert]"],
            id="group-said-then-a-nameless-spokesman",
        ),
        pytest.param(
            "Kenya accused Somalia of arming clan militias, government spokesman Isaac Mwaura said.",
            ["statement KEN -> SOM [accuse, assert]"],
            id="near-miss-a-stance-not-a-double-attribution",
        ),
        pytest.param(
            "Kenya accused Somalia of arming clan militias, a senior official said on Monday.",
            ["statement KEN -> SOM [accuse]"],
            id="nameless-tail-after-an-accusation",
        ),
        pytest.param(
            "Peru has asked Chile to extradite a former minister, a foreign ministry official said.",
            ["statement PER -> CHL [demand]"],
            id="nameless-tail-after-a-request",
        ),
        pytest.param(
            "Ghana warned Togo against closing the border, an official told Reuters.",
            ["statement GHA -> TGO [warn]"],
            id="nameless-teller-after-a-warning",
        ),
    ],
)
def test_a_double_attribution_keeps_the_first_speaker(text: str, expected: list[str]) -> None:
    """DOUBLE-ATTRIBUTION: "X said ..., spokesman Name said": a tail naming no actor leaves the words X's."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Chad urged Sudan to negotiate. Egypt called for an immediate truce, its foreign ministry said.",
            ["statement EGY -> - [demand, assert]", "statement TCD -> SDN [demand]"],
            id="its-ministry-after-a-state",
        ),
        pytest.param(
            "The African Union urged Sudan to negotiate. Egypt called for an immediate truce, its spokesman said.",
            ["statement EGY -> - [demand, assert]", "statement au -> SDN [demand]"],
            id="its-spokesman-not-the-last-speaker-s",
        ),
        pytest.param(
            "The EU criticised the vote. UN Secretary-General Antonio Guterres called for calm, his spokesman said.",
            ["statement eu -> - [accuse]", "statement un -> - [demand, assert]"],
            id="his-spokesman-after-a-person",
        ),
        pytest.param(
            "The African Union urged Sudan to negotiate. Egypt called for an immediate truce, his spokesman said.",
            ["statement EGY -> - [demand]", "statement au -> SDN [demand]"],
            id="near-miss-his-after-a-state",
        ),
    ],
)
def test_a_possessive_pronoun_after_the_main_speaker_is_its(text: str, expected: list[str]) -> None:
    """POSSESSIVE-AFTER-MAIN: "X called for ..., its ministry said": the sentence's own speaker owns "its"."""
    assert outline(geostance.parse(text)) == expected


_SHOT_DOWN = "Al-Shabaab said it had shot down a helicopter near Baidoa. "


@pytest.mark.parametrize(
    ("reply", "rebuts"),
    [
        pytest.param("The African Union said the helicopter had not been hit.", True, id="the-thing-not-done"),
        pytest.param("The African Union said the helicopter was never struck.", True, id="never"),
        pytest.param("The African Union said the helicopter would not fly again.", False, id="near-miss-future"),
        pytest.param("The African Union said the rotor had not been damaged.", False, id="near-miss-another-noun"),
    ],
)
def test_negated_words_about_the_thing_just_claimed_rebut(reply: str, rebuts: bool) -> None:
    """NEGATED-THING: "the helicopter had not been hit" answers the claim about the helicopter just made."""
    lines = outline(geostance.parse(_SHOT_DOWN + reply))
    assert ("rebuttal au answers al-shabaab" in lines) is rebuts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "China launched military exercises around Taiwan. Taiwan condemned the exercises.",
            ["statement TWN -> CHN [accuse]"],
            id="the-doer-named-before",
        ),
        pytest.param(
            "Peru said drills by Chile were planned. Bolivia condemned the drills.",
            ["statement BOL -> CHL [accuse]", "statement PER -> CHL [assert]"],
            id="drills-by-the-doer",
        ),
        pytest.param(
            "Bolivia said the border was calm. Chile condemned the detention of two farmers.",
            ["statement BOL -> - [assert]", "statement CHL -> - [accuse]"],
            id="near-miss-no-deed-before",
        ),
        pytest.param(
            "If China held drills near Taiwan, tensions would rise. Vietnam condemned the drills.",
            ["statement VNM -> - [accuse]"],
            id="near-miss-a-conditional",
        ),
    ],
)
def test_a_condemned_deed_aims_at_its_doer(text: str, expected: list[str]) -> None:
    """DEED-DOER: "condemned the exercises" accuses whoever the text last named holding them."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Grace Wanjiru met her Ugandan counterpart, Moses Okello, in Nairobi. Okello accused South Sudan of arming "
            "cattle raiders.",
            ["statement UGA -> SSD [accuse]"],
            id="demonym-counterpart-in-apposition",
        ),
        pytest.param(
            "Kenya's foreign minister met her counterpart from Uganda, Moses Okello, in Nairobi. Okello accused South "
            "Sudan of arming cattle raiders.",
            ["statement UGA -> SSD [accuse]"],
            id="counterpart-from-a-state",
        ),
        pytest.param(
            "Talks between Peru's foreign minister, Ana Flores, and her Bolivian counterpart, Luis Mamani, ended on "
            "Monday. Mamani accused Chile of blocking the port.",
            ["statement BOL -> CHL [accuse]"],
            id="the-last-of-a-list-with-its-apposition",
        ),
        pytest.param(
            "Swedish Foreign Minister Anna Berg met her counterpart in Oslo. Berg's counterpart urged Sweden to share "
            "more radar data.",
            [],
            id="near-miss-the-possessor-is-the-other-side",
        ),
    ],
)
def test_a_counterpart_speaks_for_the_other_side(text: str, expected: list[str]) -> None:
    """COUNTERPART-ROLE: a counterpart's demonym or complement says whose it is; its possessor never does."""
    assert outline(geostance.parse(text)) == expected


def test_a_person_before_an_unknown_verb_is_no_possessor() -> None:
    """A name, an unknown verb, then a possessive opens two phrases: "Name met X's minister" is not X's."""
    article = geostance.parse(
        "Grace Wanjiru met Uganda's foreign minister, Moses Okello, in Nairobi. Wanjiru accused South Sudan of "
        "arming cattle raiders. Okello said the border was calm."
    )
    assert outline(article) == ["statement UGA -> - [assert]"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Peru and Bolivia have both accused Chile of blocking the talks.",
            ["statement BOL -> CHL [accuse]", "statement PER -> CHL [accuse]"],
            id="after-an-auxiliary",
        ),
        pytest.param(
            "Niger and Benin each condemned the closure of the border.",
            ["statement BEN -> - [accuse]", "statement NER -> - [accuse]"],
            id="each",
        ),
        pytest.param(
            "Chile dismissed both accusations as groundless.",
            ["rebuttal CHL answers -"],
            id="near-miss-a-determiner-before-a-noun",
        ),
    ],
)
def test_a_floating_quantifier_leaves_the_verb_a_verb(text: str, expected: list[str]) -> None:
    """FLOATING-QUANTIFIER: "X and Y both accused Z": "both" floats off the subject; "accused" stays the verb."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "An OSCE election observation mission said Georgia's vote had been marred by pressure on voters.",
            ["statement osce -> GEO [assert]"],
            id="two-unknown-words",
        ),
        pytest.param(
            "The African Union monitoring team has warned Sudan's army against shelling the camp.",
            ["statement au -> SDN [warn]"],
            id="after-an-auxiliary",
        ),
        pytest.param(
            "UN sanctions monitors said the TTP ran training camps in Kunar.",
            ["statement un -> ttp [assert]"],
            id="near-miss-a-clause-not-a-name",
        ),
    ],
)
def test_a_body_named_after_its_owner_with_unknown_words_between(text: str, expected: list[str]) -> None:
    """OWNER-NAMED-BODY: "A UN fact-finding mission said": the mission is the UN's."""
    assert outline(geostance.parse(text)) == expected


def test_a_counter_accusation_verb_accuses() -> None:
    """A counter-accusation verb ("counter-accused Y of ...") accuses Y, beside the rebuttal it comes with."""
    article = geostance.parse(
        "Tajikistan accused Kyrgyzstan of moving troops to the border. Bishkek rejected the charge and "
        "counter-accused Dushanbe of building a road on disputed land."
    )
    assert outline(article) == [
        "rebuttal KGZ answers TJK",
        "statement KGZ -> TJK [accuse]",
        "statement TJK -> KGZ [accuse]",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ghana accused Togo of moving troops to the border, calling the move a provocation. Lome said its soldiers "
            "were taking part in a routine exercise.",
            ["rebuttal TGO answers GHA", "statement GHA -> TGO [accuse]"],
            id="a-clause-after-the-charge",
        ),
        pytest.param(
            "Ghana praised Togo for reopening the border, calling the move wise. Lome said its soldiers were taking "
            "part in a routine exercise.",
            ["statement GHA -> TGO [support]", "statement TGO -> - [assert]"],
            id="near-miss-praise",
        ),
    ],
)
def test_an_account_answers_the_charge_before_a_clause_of_its_accuser(text: str, expected: list[str]) -> None:
    """COUNTER-FACT: "X accused Y of ..., calling the move a provocation. Y said its soldiers were ..."."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Egypt accused Ethiopia of seizing trucks bound for Sudan.",
            ["statement EGY -> ETH [accuse]"],
            id="bound-for",
        ),
        pytest.param(
            "Greece accused Turkey of waving through boats headed for Italy and Malta.",
            ["statement GRC -> TUR [accuse]"],
            id="headed-for-a-list",
        ),
        pytest.param(
            "Japan accused North Korea of transferring fuel at sea off the coast of China.",
            ["statement JPN -> PRK [accuse]"],
            id="off-the-coast-of",
        ),
        pytest.param(
            "Vietnam and the Philippines called for restraint in the South China Sea.",
            ["statement PHL -> - [demand]", "statement VNM -> - [demand]"],
            id="a-sea-named-after-a-state",
        ),
        pytest.param(
            "Greece accused Turkey of sending boats with Italy and Malta.",
            ["statement GRC -> TUR, ITA, MLT [accuse]"],
            id="near-miss-no-destination",
        ),
    ],
)
def test_a_destination_is_a_place(text: str, expected: list[str]) -> None:
    """PLACE-LIST: "ships bound for X", "boats headed for X": the destination is no target."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Somalia accused Ethiopia of violating its sovereignty. Ethiopia rejected the charge as false. Addis Ababa "
            "also dismissed reports in the Kenyan press that it planned to build a naval base.",
            ["rebuttal ETH answers -", "rebuttal ETH answers SOM", "statement SOM -> ETH [accuse]"],
            id="a-later-sentence",
        ),
        pytest.param(
            "Somalia accused Ethiopia of violating its sovereignty. Ethiopia rejected the charge, dismissing reports "
            "in the Kenyan press that it planned to build a naval base.",
            ["rebuttal ETH answers SOM", "statement SOM -> ETH [accuse]"],
            id="near-miss-the-same-sentence",
        ),
    ],
)
def test_a_later_denial_of_hearsay_is_a_rebuttal_of_its_own(text: str, expected: list[str]) -> None:
    """HEARSAY-APART: a later sentence's denial of unattributed reports answers nobody, apart from the rebuttal."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Somalia accused Somaliland of selling access to its coastline. Somaliland rejected the accusation.",
            ["rebuttal somaliland answers SOM", "statement SOM -> somaliland [accuse]"],
            id="somaliland",
        ),
        pytest.param(
            "The Jubaland administration accused Mogadishu of arming a rival militia.",
            ["statement jubaland -> SOM [accuse]"],
            id="jubaland",
        ),
    ],
)
def test_breakaway_and_autonomous_authorities_are_groups(text: str, expected: list[str]) -> None:
    """De facto authorities the gazetteer knows (groups.json): they speak and are spoken to as groups."""
    assert outline(geostance.parse(text)) == expected


def test_the_charge_told_inside_the_denial_s_sentence_opens_no_new_rebuttal() -> None:
    """CHARGE-TOLD-INSIDE: "Y denied ..., a day after X said ...; Y's chief said ...": one rebuttal, both claims."""
    article = geostance.parse(
        "Benin on Tuesday denied that its troops had crossed into Niger, a day after Niamey said Beninese soldiers "
        "had fired on a border post. The Beninese army chief said his units had never left their barracks."
    )
    (rebuttal,) = article.rebuttals
    assert any("never left their barracks" in claim.text for claim in rebuttal.claims)
    assert any("crossed into Niger" in claim.text for claim in rebuttal.claims)


def test_a_charge_in_a_later_sentence_opens_a_new_rebuttal() -> None:
    """Near miss of CHARGE-TOLD-INSIDE: a new accusation after the denial is answered by a rebuttal of its own."""
    article = geostance.parse(
        "Benin denied that its troops had crossed into Niger. On Wednesday Niamey said Beninese soldiers had fired on "
        "a border post. Benin's army chief dismissed that claim too."
    )
    assert len(article.rebuttals_by("BEN")) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Turkey accused Greece of pushing back 60 migrants across the Evros river. Greece's migration minister "
            "said Greek border guards had acted lawfully.",
            ["rebuttal GRC answers TUR", "statement TUR -> GRC [accuse]"],
            id="own-demonym",
        ),
        pytest.param(
            "Ecuador accused China of letting its fishing fleet switch off tracking beacons. The Chinese embassy said "
            "the Chinese vessels had followed every rule.",
            ["rebuttal CHN answers ECU", "statement ECU -> CHN [accuse]"],
            id="the-own-demonym",
        ),
        pytest.param(
            "Turkey praised Greece for rescuing 60 migrants. Greece's migration minister said Greek border guards had "
            "acted fast.",
            ["statement GRC -> - [assert]", "statement TUR -> GRC [support]"],
            id="near-miss-after-praise",
        ),
        pytest.param(
            "Turkey accused Greece of pushing back 60 migrants. Greece's migration minister said Turkish border guards "
            "had acted recklessly.",
            ["statement GRC -> TUR [assert]", "statement TUR -> GRC [accuse]"],
            id="near-miss-the-accuser-s-demonym",
        ),
    ],
)
def test_an_account_of_forces_named_by_the_accused_s_own_demonym_rebuts(text: str, expected: list[str]) -> None:
    """COUNTER-FACT: "Y said Y-ish guards had acted lawfully" right after X accused Y answers X."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Guatemala declared a state of emergency on the border. SICA expressed its full solidarity with the "
            "Guatemalan nation.",
            ["statement GTM -> - [assert]", "statement sica -> GTM [support]"],
            id="solidarity-with-a-nation",
        ),
        pytest.param(
            "Chad closed its border. The European Union said it stood with the Chadian people in a difficult hour.",
            ["statement eu -> TCD [assert]"],
            id="stood-with-a-people",
        ),
        pytest.param(
            "The European Union said it stood with the Chadian people in a difficult hour.",
            ["statement eu -> - [assert]"],
            id="near-miss-the-state-never-named",
        ),
    ],
)
def test_a_demonym_before_its_people_names_the_state(text: str, expected: list[str]) -> None:
    """DEMONYM-PEOPLE: "the Somali people" is Somalia in what is said, where the text names Somalia."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "states"),
    [
        pytest.param("Japan said a Chinese survey ship had entered the Sea of Japan.", ["JPN"], id="sea-of"),
        pytest.param("Nigeria said fishermen on Lake Chad had been attacked by ISWAP.", ["NGA"], id="lake"),
        pytest.param(
            "Ghana accused pirates of attacking a tanker in the Gulf of Guinea.", ["GHA"], id="gulf-of-a-state"
        ),
        pytest.param("Ghana said Guinea had closed the border.", ["GHA", "GIN"], id="near-miss-the-state-itself"),
    ],
)
def test_a_state_s_name_inside_a_body_of_water_s_name_names_no_state(text: str, states: list[str]) -> None:
    """WATER-NAME: "the Gulf of Guinea", "Lake Chad", "the Sea of Japan" name water, not the state."""
    assert sorted(state.id for state in geostance.parse(text).states) == states


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In Quito, Peru and Chile urged Bolivia to return to the talks.",
            ["statement CHL -> BOL [demand]", "statement PER -> BOL [demand]"],
            id="a-capital-then-a-list-of-states",
        ),
        pytest.param(
            "At a meeting in Kochi, Australia and New Zealand, in a joint statement, called on Japan to stop whaling.",
            ["statement AUS -> JPN [demand]", "statement NZL -> JPN [demand]"],
            id="a-city-then-a-list-set-off",
        ),
        pytest.param(
            "Officials in Lima, Quito and Bogota urged Bolivia to return to the talks.",
            ["statement COL -> BOL [demand]", "statement ECU -> BOL [demand]", "statement PER -> BOL [demand]"],
            id="near-miss-a-list-of-capitals",
        ),
    ],
)
def test_a_list_of_states_after_an_opening_place_is_the_subject(text: str, expected: list[str]) -> None:
    """OPENING-PLACE: "In Quito, Peru and Chile urged ...": the comma ends the place; the list is the subject."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ethiopia and Eritrea signed a truce in Nairobi, brokered by Kenya and Uganda. The AU urged both sides "
            "to respect it.",
            ["statement au -> ETH, ERI [demand]"],
            id="the-sides-not-the-brokers",
        ),
        pytest.param(
            "Mali welcomed the ceasefire between the army and the rebels, mediated by Algeria and Qatar. Niger urged "
            "both sides to keep it.",
            ["statement MLI -> - [support]", "statement NER -> - [demand]"],
            id="mediators-are-never-the-sides",
        ),
    ],
)
def test_both_sides_are_never_the_mediators(text: str, expected: list[str]) -> None:
    """SIDES-NOT-MEDIATORS: "a truce between A and B, mediated by X and Y. Z urged both sides": not X and Y."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        pytest.param(
            'Amnesty International said the police had tortured detainees. "These abuses must end," said Sara Lind, '
            "the group's regional researcher.",
            "amnesty-international",
            id="the-group-s-researcher",
        ),
        pytest.param(
            'Sudan rejected the report. "The evidence is overwhelming," said Omar Bashir, an analyst at the Crisis '
            "Group.",
            "crisis-group",
            id="an-analyst-at-an-organization",
        ),
        pytest.param(
            'Kenya closed the border. "It will hurt trade," said Clara Mondlane, a researcher at the University of '
            "Nairobi.",
            None,
            id="near-miss-a-university",
        ),
    ],
)
def test_an_analyst_tied_to_an_organization_speaks_for_it(text: str, quoted: str | None) -> None:
    """ANALYST-OF-BODY: "Name, the group's researcher" speaks for the group; a university's professor for nobody."""
    article = geostance.parse(text)
    speakers = [s.speaker for s in article.statements if s.quotes]
    assert speakers == ([quoted] if quoted else [])


def test_an_opening_occasion_in_a_capital_places_the_spokesperson() -> None:
    """SPEECH-VENUE: "At a regular briefing in Beijing, a foreign ministry spokesperson said" is China's.

    So is "the spokesperson" named again, though the other side's spokesperson spoke first.
    """
    article = geostance.parse(
        "The Philippine coast guard said Chinese vessels had fired water cannon at a supply boat. The US ambassador "
        "said Washington stood with its Philippine allies. At a regular briefing in Beijing, a foreign ministry "
        "spokesperson said the Philippine boat had ignored radio warnings. The spokesperson also said Washington "
        "should stop stirring up trouble."
    )
    assert outline(article) == [
        "statement CHN -> USA [demand, assert]",
        "statement PHL -> CHN [assert]",
        "statement USA -> PHL [assert]",
    ]


def test_an_opening_occasion_without_a_capital_places_nobody() -> None:
    """Near miss of SPEECH-VENUE: "At a regular briefing," names no place: the spokesperson is the last voice's."""
    article = geostance.parse(
        "China's coast guard said Vietnamese boats had entered its waters near the Paracels. At a regular briefing, "
        "a foreign ministry spokesperson said the boats had been warned."
    )
    assert {s.speaker for s in article.statements} == {"CHN"}


def test_a_charge_already_answered_in_the_lead_opens_no_new_rebuttal() -> None:
    """ANSWERED-AHEAD: the lead's denial names its accusers; their charges told after it are what it answers."""
    article = geostance.parse(
        "Venezuela on Thursday rejected accusations from Guyana and Brazil that its soldiers had fired on a patrol. "
        "Guyana said on Tuesday that Venezuelan soldiers had wounded two of its men. Brazil on Wednesday urged "
        "Caracas to respect the border. Venezuela's foreign minister said no Venezuelan unit had been deployed in "
        "the area."
    )
    (rebuttal,) = article.rebuttals
    assert any("no Venezuelan unit" in claim.text for claim in rebuttal.claims)
    assert {s.speaker for s in article.statements if s.id in rebuttal.rebuts} == {"GUY", "BRA"}


@pytest.mark.parametrize(
    ("third_party", "expected"),
    [
        pytest.param(
            "Uganda expressed concern about Kenya's troop movements.",
            ["rebuttal KEN answers SOM", "statement SOM -> KEN [accuse]", "statement UGA -> KEN [concern]"],
            id="concern-opens-no-new-answer",
        ),
        pytest.param(
            "Uganda urged Kenya to pull its troops back.",
            [
                "rebuttal KEN answers SOM",
                "rebuttal KEN answers UGA",
                "statement SOM -> KEN [accuse]",
                "statement UGA -> KEN [demand]",
            ],
            id="near-miss-a-call-is-answered-anew",
        ),
    ],
)
def test_only_a_charge_call_or_warning_since_opens_a_new_answer(third_party: str, expected: list[str]) -> None:
    """PRESSED-AGAIN: after a denial, a third party's concern or support is no new thing for the rebutter to answer."""
    article = geostance.parse(
        f"Somalia accused Kenya of sending troops across the border. Kenya denied the charge. {third_party} The "
        "Kenyan defence ministry said its soldiers had stayed on the Kenyan side."
    )
    assert outline(article) == expected


def test_a_title_s_portfolio_does_not_hide_its_venue() -> None:
    """SPEECH-VENUE: "the Principal Secretary for Foreign Affairs told journalists ... in Nairobi": Kenya's."""
    article = geostance.parse(
        'Sudan accused Kenya of hosting the RSF. IGAD has yet to comment. "The claims are false," the Principal '
        "Secretary for Foreign Affairs told journalists at a briefing in Nairobi."
    )
    assert outline(article) == ["rebuttal KEN answers SDN", "statement SDN -> KEN, rapid-support-forces [accuse]"]


def test_a_place_in_what_a_titled_speaker_says_is_no_venue() -> None:
    """Near miss of SPEECH-VENUE: "... for Foreign Affairs said talks in Nairobi had stalled" names no venue."""
    article = geostance.parse(
        "Sudan accused Kenya of hosting the RSF. IGAD has yet to comment. The Principal Secretary for Foreign "
        "Affairs said talks in Nairobi had stalled."
    )
    assert "KEN" not in {s.speaker for s in article.statements}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Chile condemned Bolivia's blockade of the border, urged Peru to reopen the port and backed Argentina's "
            "offer to mediate.",
            ["statement CHL -> BOL, PER, ARG [demand, accuse, support]"],
            id="three-acts-of-one-subject",
        ),
        pytest.param(
            "The fighters, armed by Iran and trained by Russia, attacked the base.",
            [],
            id="near-miss-participles-of-a-noun",
        ),
    ],
)
def test_a_list_of_verbs_shares_its_subject(text: str, expected: list[str]) -> None:
    """VERB-LIST: "X criticised Y, urged Z to ... and backed W": the middle verb is X's too."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Armenia's foreign minister, Ara Hakobyan, meeting his Georgian counterpart in Tbilisi, accused "
            "Azerbaijan of shelling border villages.",
            ["statement ARM -> AZE [accuse]"],
            id="a-person-in-apposition-then-an-unknown-participle",
        ),
        pytest.param(
            "Kenya, hosting the regional summit, urged Somalia to resume talks.",
            ["statement KEN -> SOM [demand]"],
            id="an-unknown-participle-after-a-name",
        ),
    ],
)
def test_an_unknown_participle_set_off_keeps_the_opening_subject(text: str, expected: list[str]) -> None:
    """SET-OFF-PARTICIPLE: "X, meeting her counterparts in Y, accused Z": the verb after it is X's own."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Lithuania accused Belarus on Monday of jamming satellite navigation signals near Vilnius, disrupting "
            "flights. Minsk denied any role.",
            ["rebuttal BLR answers LTU", "statement LTU -> BLR [accuse]"],
            id="the-gerund-s-object-in-s",
        ),
        pytest.param(
            "Qatar, which has mediated earlier prisoner disputes, urged both sides to avoid escalation.",
            ["statement QAT -> - [demand]"],
            id="a-past-form-s-object-in-s",
        ),
        pytest.param(
            "Lithuania accused Belarus of flying balloons. Belarus signals it will respond.",
            ["statement BLR -> - [assert]", "statement LTU -> BLR [accuse]"],
            id="near-miss-a-verb-after-its-subject",
        ),
    ],
)
def test_an_s_form_after_an_unknown_gerund_is_its_object(text: str, expected: list[str]) -> None:
    """GERUND-OBJECT: "of flying weather balloons": "balloons" is no verb with the accused as its subject."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Peru accused Bolivia of tolerating fuel smuggling on the lake. The government rejected Lima's accusation.",
            ["rebuttal BOL answers PER", "statement PER -> BOL [accuse]"],
            id="a-bare-body-and-a-capital-s-accusation",
        ),
        pytest.param(
            "Tunisia accused Libya of failing to police the border. The interior ministry denied Tunis's charge, "
            "saying its patrols had doubled.",
            ["rebuttal LBY answers TUN", "statement TUN -> LBY [accuse]"],
            id="denied-the-capital-s-charge",
        ),
        pytest.param(
            "Armenia said Azerbaijani troops had shelled a village near Jermuk. The defence ministry rejected "
            "Yerevan's account as a provocation.",
            ["rebuttal AZE answers ARM", "statement ARM -> AZE [accuse, assert]"],
            id="a-demonym-s-troops-accused",
        ),
        pytest.param(
            "Niger's junta accused Nigeria of hosting French drones. Presidential spokesman Bayo Adeyemi dismissed "
            "the junta's claim as a fiction. Later, Adeyemi urged Niamey to reopen the border.",
            ["rebuttal NGA answers NER", "statement NER -> NGA, FRA [accuse, assert]", "statement NGA -> NER [demand]"],
            id="a-described-author-and-a-named-person-remembered",
        ),
        pytest.param(
            "Egypt accused Ethiopia of filling the dam without an agreement. The government spokeswoman, Hana "
            "Demissie, rejected Cairo's charge as baseless.",
            ["rebuttal ETH answers EGY", "statement EGY -> ETH [accuse]"],
            id="a-role-with-a-name-in-apposition",
        ),
        pytest.param(
            "Peru accused Bolivia of tolerating fuel smuggling on the lake. Peru's government rejected Bolivia's "
            "accusation.",
            ["rebuttal PER answers BOL", "statement BOL -> PER [accuse]", "statement PER -> BOL [accuse]"],
            id="near-miss-the-subject-names-its-actor",
        ),
        pytest.param(
            "Egypt accused Ethiopia of filling the dam without an agreement. Government spokeswoman Hana Demissie "
            "dismissed the opposition leader's remarks.",
            ["rebuttal EGY answers -", "statement EGY -> ETH [accuse]"],
            id="near-miss-the-author-is-a-person-s-role",
        ),
    ],
)
def test_a_subject_resolved_to_the_author_it_rejects_is_the_other_side(text: str, expected: list[str]) -> None:
    """SELF-ANSWERED: nobody rejects their own charge: the unnamed rejecter is whom the author aimed at."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kenya's foreign minister, Amos Kariuki, met Uganda's foreign minister, Grace Akello, in Kampala. "
            "The ministers urged South Sudan to reopen the border crossing.",
            ["statement KEN -> SSD [demand]", "statement UGA -> SSD [demand]"],
            id="possessor-titles-in-apposition",
        ),
        pytest.param(
            "Minister of Foreign Affairs of Lithuania Vytautas Kairys met Minister of Foreign Affairs of Poland "
            "Marek Zielinski in Vilnius. The Ministers called on Belarus to release the detained trucks.",
            ["statement LTU -> BLR [demand]", "statement POL -> BLR [demand]"],
            id="titles-before-the-names",
        ),
        pytest.param(
            "Amos Kariuki, the foreign minister of Kenya, held talks with Grace Akello, Uganda's foreign minister. "
            "Both ministers condemned the raid on the fishing camp.",
            ["statement KEN -> - [accuse]", "statement UGA -> - [accuse]"],
            id="both-and-roles-after-the-names",
        ),
        pytest.param(
            "Kenya's president, William Otieno, met Uganda's foreign minister, Grace Akello, in Kampala. "
            "The ministers urged South Sudan to reopen the border crossing.",
            ["statement UGA -> SSD [demand]"],
            id="near-miss-one-minister-and-a-president",
        ),
    ],
)
def test_the_plural_of_a_role_is_the_holders_just_met(text: str, expected: list[str]) -> None:
    """MET-HOLDERS: "the ministers" after two ministers were named are those two, speaking jointly."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Egypt urged Ethiopia to resume talks. Late on Monday Ethiopia's water ministry dismissed the claim.",
            ["rebuttal ETH answers EGY", "statement EGY -> ETH [demand]"],
            id="a-possessor-after-the-day",
        ),
        pytest.param(
            "Chile urged Bolivia to free the truckers. On Friday Bolivia rejected the demand.",
            ["rebuttal BOL answers CHL", "statement CHL -> BOL [demand]"],
            id="a-name-after-the-day",
        ),
        pytest.param(
            "On Monday the Kenyan government urged Somalia to reopen the border.",
            ["statement KEN -> SOM [demand]"],
            id="near-miss-a-determiner-after-the-day",
        ),
    ],
)
def test_a_time_opening_without_a_comma_ends_before_the_subject_s_name(text: str, expected: list[str]) -> None:
    """TIME-OPENING: "On Monday Ethiopia's ministry said": the day closes its phrase; the name opens the subject."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Senegal accused Mauritania of seizing three pirogues. Mauritania's navy denied the boats had been in "
            "Senegalese waters, its spokesperson, Sidi Ould Brahim, said.",
            ["rebuttal MRT answers SEN", "statement SEN -> MRT [accuse]"],
            id="its-spokesperson-of-the-possessor",
        ),
        pytest.param(
            "Senegal accused Mauritania of seizing three pirogues. Mauritania's navy denied the boats had been in "
            "Senegalese waters, a spokesperson said.",
            ["rebuttal MRT answers SEN", "statement SEN -> MRT [accuse]"],
            id="a-spokesperson-of-the-possessor",
        ),
        pytest.param(
            "Greece accused Turkey of sending a survey ship into its waters. Turkey's defence ministry rejected the "
            "charge and said the ship had stayed in Turkish waters, its spokesman said.",
            ["rebuttal TUR answers GRC", "statement GRC -> TUR [accuse]"],
            id="a-tail-after-an-inner-report",
        ),
        pytest.param(
            "Greece accused Turkey of sending a survey ship into its waters. Turkey's defence ministry rejected the "
            "charge and said the ship had stayed in Turkish waters, its spokesman, Yusuf Kaya, said.",
            ["rebuttal TUR answers GRC", "statement GRC -> TUR [accuse]"],
            id="a-named-tail-after-an-inner-report",
        ),
        pytest.param(
            "Jordan urged UNRWA to move its schools out of the camps. The agency rejected the request, its spokesman "
            "said.",
            ["rebuttal unrwa answers JOR", "statement JOR -> unrwa [demand]"],
            id="its-spokesman-of-a-described-subject",
        ),
        pytest.param(
            "Jordan urged UNRWA to move its schools out of the camps. The agency rejected the request, its Amman "
            "spokesman said.",
            ["rebuttal unrwa answers JOR", "statement JOR -> unrwa [demand]"],
            id="office-city-between-its-and-the-role",
        ),
        pytest.param(
            "Armenia accused Azerbaijani troops of shelling a village. Azerbaijan had no unit near the village and "
            "fired no shots, the spokesperson for its defence ministry, Leyla Mammadova, said.",
            ["rebuttal AZE answers ARM", "statement ARM -> AZE [accuse]"],
            id="the-spokesperson-for-its-body-named",
        ),
        pytest.param(
            "Armenia accused Azerbaijani troops of shelling a village. Azerbaijan had no unit near the village and "
            "fired no shots, the spokesperson for its defence ministry said.",
            ["rebuttal AZE answers ARM", "statement ARM -> AZE [accuse]"],
            id="the-spokesperson-for-its-body",
        ),
        pytest.param(
            "Greece accused Turkey of sending a survey ship into its waters. Turkey said the ship had stayed in "
            "Turkish waters and that Athens was inventing incidents.",
            ["rebuttal TUR answers GRC", "statement GRC -> TUR [accuse]"],
            id="control-no-tail",
        ),
    ],
)
def test_a_tail_attribution_speaks_for_the_subject_it_follows(text: str, expected: list[str]) -> None:
    """REPORTED-SUBJECT and TAIL-AFTER-REPORT: "X's navy denied ..., its spokesperson said": X's voice."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Polisario Front urged the European Union not to renew its fisheries deal. Morocco replied that the "
            "deal sustained thousands of jobs in Dakhla.",
            ["rebuttal MAR answers polisario-front", "statement polisario-front -> eu [demand]"],
            id="replied-that-after-a-demand-on-another",
        ),
        pytest.param(
            "Hamas urged the Arab League to cut ties with Israel. Egypt replied that its peace treaty was not up for "
            "discussion.",
            ["rebuttal EGY answers hamas", "statement hamas -> arab-league, ISR [demand]"],
            id="a-bystander-of-the-demand-replies",
        ),
        pytest.param(
            "Hamas praised the Arab League for its stance. Egypt replied that its treaty with Israel was not up for "
            "discussion.",
            ["statement EGY -> ISR [assert]", "statement hamas -> arab-league [support]"],
            id="near-miss-no-charge-before",
        ),
        pytest.param(
            "Hamas urged the Arab League to cut ties with Israel. Egypt responded by recalling its envoy.",
            ["statement hamas -> arab-league, ISR [demand]"],
            id="near-miss-a-response-in-deeds",
        ),
    ],
)
def test_a_reply_in_words_answers_the_charge_just_made(text: str, expected: list[str]) -> None:
    """REPLY-TO-CHARGE: "X urged Y to ... Z replied that ...": Z answers X, though X's words did not name Z."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Latvia said the drones had been launched from Belarus.",
            ["statement LVA -> BLR [assert]"],
            id="launched-from",
        ),
        pytest.param(
            "Finland said the jamming was coming from Russia and Belarus, and called on both to stop.",
            ["statement FIN -> RUS, BLR [demand, assert]"],
            id="jamming-coming-from-a-pair",
        ),
        pytest.param(
            "Poland said the balloons came from Belarus.",
            ["statement POL -> BLR [assert]"],
            id="projectiles-came-from",
        ),
        pytest.param(
            "Latvia said the refugees had come from Syria.",
            ["statement LVA -> - [assert]"],
            id="near-miss-people-who-came-from",
        ),
        pytest.param(
            "Latvia said the drones had crashed in Belarus.",
            ["statement LVA -> - [assert]"],
            id="near-miss-where-they-fell",
        ),
    ],
)
def test_where_a_weapon_came_from_names_the_one_held_responsible(text: str, expected: list[str]) -> None:
    """HOSTILE-ORIGIN: "drones launched from Belarus": Belarus is held responsible, not a place."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Denmark's foreign minister said a U.S. envoy's talk of buying mining rights in Greenland was "
            "unacceptable. The envoy, Kyle Brandt, later said he had been misquoted.",
            ["rebuttal USA answers DNK", "statement DNK -> USA [assert]"],
            id="a-role-named-as-a-possessor",
        ),
        pytest.param(
            "Kenya urged South Sudan's government to free the detained vice-president. South Sudan's presidency "
            "said Nairobi had been badly misinformed about his treatment.",
            ["rebuttal SSD answers KEN", "statement KEN -> SSD [demand]"],
            id="misinformed",
        ),
        pytest.param(
            "Lithuania summoned the Belarusian ambassador over the balloons. The ambassador said the protest was "
            "groundless.",
            ["rebuttal BLR answers LTU", "statement LTU -> BLR [demand]"],
            id="a-role-named-as-an-object",
        ),
        pytest.param(
            "Lithuania summoned the former Belarusian ambassador over the balloons. The ambassador said the protest "
            "was groundless.",
            ["rebuttal LTU answers -", "statement LTU -> - [demand]"],
            id="near-miss-a-past-role",
        ),
    ],
)
def test_a_role_named_with_its_actor_anywhere_is_the_one_the_role_means_next(text: str, expected: list[str]) -> None:
    """NAMED-ROLE-ANYWHERE: "summoned the Belarusian ambassador. The ambassador said ...": Belarus's."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Moldova expelled two Russian diplomats, accusing them of funding protest groups.",
            ["statement MDA -> RUS [accuse]"],
            id="expelled-then-accusing-them",
        ),
        pytest.param(
            "Fiji expelled two Chinese diplomats on Tuesday, accusing them of meeting opposition lawmakers.",
            ["statement FJI -> CHN [accuse]"],
            id="a-time-phrase-before-the-comma",
        ),
        pytest.param(
            "Moldova expelled a Russian diplomat, accusing them of funding protest groups.",
            ["statement MDA -> - [accuse]"],
            id="near-miss-number-disagrees",
        ),
        pytest.param(
            "Russia's envoy met Moldovan officials, accusing them of stalling the talks.",
            ["statement RUS -> MDA [accuse]"],
            id="officials-met",
        ),
        pytest.param(
            "Moldova recalled two of its diplomats, accusing them of leaking files.",
            ["statement MDA -> - [accuse, assert]"],
            id="near-miss-its-own-people",
        ),
    ],
)
def test_a_pronoun_after_the_comma_is_the_people_just_acted_on(text: str, expected: list[str]) -> None:
    """PEOPLE-PRONOUN: "expelled two Russian diplomats, accusing them of ...": Russia is accused."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kenya and Uganda, in a joint communique issued on the sidelines of an IGAD summit, urged South Sudan to "
            "free the detained vice-president.",
            ["statement KEN -> SSD [demand]", "statement UGA -> SSD [demand]"],
            id="a-joint-subject-and-an-issued-report",
        ),
        pytest.param(
            "Ghana, in a statement released in Accra on Monday, called on Togo to reopen the border.",
            ["statement GHA -> TGO [demand]"],
            id="released-in-a-place",
        ),
        pytest.param(
            "Ghana issued a statement in Accra calling on Togo to reopen the border.",
            ["statement GHA -> TGO [demand, assert]"],
            id="control-the-verb-of-the-clause",
        ),
    ],
)
def test_a_report_s_participle_inside_an_insertion_hides_no_subject(text: str, expected: list[str]) -> None:
    """INSERTED-REPORT: ", in a communique issued in X," is set off: the subject before it speaks."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The Spratly reefs are also claimed by Malaysia and Brunei.", [], id="territory-claimed-by"),
        pytest.param(
            "The islets, which are claimed by South Korea, lie in rich fishing grounds.", [], id="in-a-relative"
        ),
        pytest.param(
            "The ambush was claimed by al-Shabaab.",
            ["statement al-shabaab -> - [assert]"],
            id="near-miss-an-attack-claimed",
        ),
        pytest.param(
            "Responsibility was claimed by the Islamic State.",
            ["statement islamic-state -> - [assert]"],
            id="near-miss-responsibility-claimed",
        ),
    ],
)
def test_a_territory_claimed_by_an_actor_is_no_statement(text: str, expected: list[str]) -> None:
    """CLAIMED-TERRITORY: "the islands are claimed by X" is a possession, not speech; a claimed attack is speech."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "SUVA, June 2 (AFP) - The president's office accused China of ignoring warnings about its fishing fleet.",
            ["statement FJI -> CHN [accuse]"],
            id="the-president-s-office",
        ),
        pytest.param(
            "HONIARA, Sept 2 (AFP) - The prime minister's spokesman accused Australia of meddling.",
            ["statement SLB -> AUS [accuse]"],
            id="the-prime-minister-s-spokesman",
        ),
        pytest.param(
            "The prime minister's office accused Australia of meddling in local politics.",
            [],
            id="near-miss-no-dateline",
        ),
    ],
)
def test_a_national_office_s_holder_before_anyone_spoke_is_the_dateline_s(text: str, expected: list[str]) -> None:
    """HOME-OFFICE: "SUVA - The president's office accused X": Fiji's president, before any actor spoke."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Iran said its navy had seized a tanker in the Gulf of Oman. The United Arab Emirates condemned the "
            "seizure and told Tehran to free the crew, most of them Indian nationals. Oman asked both governments to "
            "avoid steps that could endanger shipping.",
            [
                "statement ARE -> IRN [demand, accuse]",
                "statement IRN -> - [assert]",
                "statement OMN -> ARE, IRN [demand]",
            ],
            id="bystanders-named-by-a-demonym",
        ),
        pytest.param(
            "Russian and Chinese bombers flew near the islands. Japan conveyed its concern to both governments.",
            ["statement JPN -> RUS, CHN [concern]"],
            id="control-a-demonym-of-those-acting",
        ),
    ],
)
def test_bystanders_named_by_a_demonym_are_no_party_of_both_governments(text: str, expected: list[str]) -> None:
    """BOTH-GOVERNMENTS: "most of them Indian nationals" names no party among the two just named."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Egypt said on Monday that Houthi attacks on shipping must stop, and called on the Houthis to free the "
            "crew.",
            ["statement EGY -> houthis [demand, accuse, assert]"],
            id="a-name-s-attacks-on",
        ),
        pytest.param(
            "Russia attacks Ukraine every night, Kyiv said.",
            ["statement UKR -> RUS [accuse, assert]"],
            id="near-miss-a-verb-with-its-object",
        ),
    ],
)
def test_an_attack_noun_after_a_name_and_before_a_preposition_is_a_noun(text: str, expected: list[str]) -> None:
    """NAMED-ATTACKS: "Houthi attacks on shipping must stop": no verb, so the next verb keeps the main subject."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Peru accused Chile of dumping copper. Chile said it would impose matching duties on Peruvian goods.",
            ["statement CHL -> PER [assert]", "statement PER -> CHL [accuse]"],
            id="duties-on-a-demonym-s-goods",
        ),
        pytest.param(
            "Ghana will impose a 20 percent tariff on Nigerian imports from May, the trade ministry said.",
            ["statement GHA -> NGA [assert]"],
            id="a-tariff-on-imports",
        ),
        pytest.param(
            "Ghana said Nigerian imports had grown by a fifth this year.",
            ["statement GHA -> - [assert]"],
            id="near-miss-no-measure",
        ),
    ],
)
def test_a_measure_on_a_demonym_s_goods_is_about_its_state(text: str, expected: list[str]) -> None:
    """MEASURE-ON: "matching duties on Peruvian goods": Peru is whom the measure is about."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kosovo gave a Serbian liaison officer 48 hours to leave.",
            ["statement XKX -> SRB [demand]"],
            id="an-ultimatum-to-a-demonym-s-officer",
        ),
        pytest.param(
            "Peru accused a Bolivian officer of smuggling fuel across the lake.",
            ["statement PER -> BOL [accuse]"],
            id="an-accused-demonym-s-officer",
        ),
        pytest.param(
            "Peru accused a Bolivian trader of smuggling fuel across the lake.",
            ["statement PER -> - [accuse]"],
            id="near-miss-a-private-person",
        ),
    ],
)
def test_a_demonym_s_agent_as_the_object_names_its_state(text: str, expected: list[str]) -> None:
    """DEMONYM-AGENT-OBJECT: "gave a Serbian liaison officer 48 hours to leave": a demand of Serbia."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Vietnam asked Cambodia at a Mekong River Commission meeting to share its hydrological studies.",
            ["statement VNM -> KHM [demand]"],
            id="at-a-body-s-meeting",
        ),
        pytest.param(
            "Peru warned Chile during an APEC leaders' summit that it would answer any new quota.",
            ["statement PER -> CHL [warn]"],
            id="during-with-words-before-the-noun",
        ),
        pytest.param(
            "At the meeting of the African Union, Chad called on Sudan to open the crossings.",
            ["statement TCD -> SDN [demand]"],
            id="the-meeting-of-the-body",
        ),
        pytest.param(
            "Kenya accused Ethiopia at an IGAD summit of arming the militia.",
            ["statement KEN -> ETH [accuse]"],
            id="between-the-verb-and-its-content",
        ),
        pytest.param(
            "Kenya accused Ethiopia of wrecking the IGAD summit.",
            ["statement KEN -> ETH, igad [accuse]"],
            id="near-miss-the-meeting-is-what-the-charge-is-about",
        ),
        pytest.param(
            "Vietnam urged ASEAN at a press conference to press Cambodia on the canal.",
            ["statement VNM -> asean, KHM [demand]"],
            id="near-miss-the-body-is-urged-and-the-meeting-is-another",
        ),
    ],
)
def test_the_body_whose_meeting_was_the_venue_is_no_target(text: str, expected: list[str]) -> None:
    """VENUE-MEETING: "at a Mekong River Commission meeting" says where; the body is no party."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kenya urged Uganda to return the cattle. Uganda has not accepted the demand.",
            ["rebuttal UGA answers KEN", "statement KEN -> UGA [demand]"],
            id="a-perfect-with-a-demand",
        ),
        pytest.param(
            "The OSCE said the election was well run. Russia does not accept the findings of the OSCE mission.",
            ["rebuttal RUS answers osce", "statement osce -> - [assert]"],
            id="a-refusal-read-as-one-unit",
        ),
        pytest.param(
            "Peru said its navy had seized the trawler inside its waters. Chile did not accept that version.",
            ["rebuttal CHL answers PER", "statement PER -> - [assert]"],
            id="a-demonstrative-version",
        ),
        pytest.param(
            "The OSCE said the election was well run. Russia accepted the OSCE's findings.",
            ["statement osce -> - [assert]"],
            id="near-miss-accepted-without-negation",
        ),
        pytest.param(
            "Peru and Chile signed the accord. Chile has never accepted the maritime line.",
            [],
            id="near-miss-a-line-is-no-claim",
        ),
    ],
)
def test_a_negated_acceptance_of_a_claim_rejects_it(text: str, expected: list[str]) -> None:
    """NEGATED-ACCEPTANCE: "did not accept the findings" rejects them; "accepted" or a non-claim object does not."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The RSF said it had taken the airport. Egypt urged its nationals in Khartoum to stay indoors.",
            ["statement EGY -> - [demand]", "statement rapid-support-forces -> - [assert]"],
            id="nationals-after-another-actor-spoke",
        ),
        pytest.param(
            "Ghana accused Togo of harbouring gunmen. Togo urged its troops to hold their positions.",
            ["statement GHA -> TGO [accuse]"],
            id="the-accused-orders-its-own-troops",
        ),
        pytest.param(
            "Armenia recalled its envoy. Russia called on our Armenian partners to show restraint, Peskov said.",
            ["statement RUS -> ARM [demand, assert]"],
            id="near-miss-a-demonym-names-whose-people",
        ),
    ],
)
def test_an_object_s_possessive_pronoun_is_the_speaker_s(text: str, expected: list[str]) -> None:
    """POSSESSIVE-OF-SUBJECT: "urged its citizens to leave": the speaker's own people, no one else's."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Chad asked Sudan to help send aid convoys into Darfur, warning that famine was near.",
            ["statement TCD -> SDN [demand, warn]"],
            id="a-warning-participle-is-the-asker-s",
        ),
        pytest.param(
            "Kenya asked Uganda to help issue a statement condemning the raid.",
            ["statement KEN -> UGA [demand]"],
            id="an-issue-verb-inside-the-request",
        ),
    ],
)
def test_a_verb_after_to_and_a_bare_verb_is_part_of_the_request(text: str, expected: list[str]) -> None:
    """INFINITIVE-CHAIN: "urged X to help send ...": the second verb has no subject of its own."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Human Rights Watch said Tunisian guards had deported dozens of migrants to Libya.",
            ["statement hrw -> TUN [assert]"],
            id="deported-people-to-a-state",
        ),
        pytest.param(
            "Azerbaijan accused Armenia of obstructing the return of displaced families to Georgia.",
            ["statement AZE -> ARM [accuse]"],
            id="the-noun-return",
        ),
        pytest.param(
            "The UN urged Bangladesh to return the refugees to Myanmar only when it is safe.",
            ["statement un -> BGD [demand]"],
            id="a-destination-after-the-object",
        ),
        pytest.param(
            "Pakistan urged the Taliban to return to talks with Islamabad.",
            ["statement PAK -> taliban [demand]"],
            id="near-miss-the-one-urged-stays",
        ),
    ],
)
def test_where_people_are_moved_to_is_a_place(text: str, expected: list[str]) -> None:
    """DESTINATION: "returned asylum-seekers to Belarus": Belarus is where, not whom the words are about."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The EU said Lithuania, a member of both the European Union and NATO, had its full support.",
            ["statement eu -> LTU [assert]"],
            id="a-member-of-both",
        ),
        pytest.param(
            "Russia warned Finland, a new member of NATO, against hosting foreign bases.",
            ["statement RUS -> FIN [warn]"],
            id="a-new-member-of",
        ),
        pytest.param(
            "Russia warned the members of NATO against hosting foreign bases.",
            ["statement RUS -> nato [warn]"],
            id="near-miss-the-members-addressed",
        ),
    ],
)
def test_an_organization_a_state_is_described_a_member_of_is_no_target(text: str, expected: list[str]) -> None:
    """MEMBER-DESCRIPTION with "of": "Lithuania, a member of both the EU and NATO": neither body is a target."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The UN committee said protesters detained after the vote were beaten and denied food in police cells.",
            ["statement un -> - [assert]"],
            id="passive-conjunct-denied-food",
        ),
        pytest.param(
            "Human Rights Watch said the journalists had been held and denied visits for a month.",
            ["statement hrw -> - [assert]"],
            id="passive-conjunct-after-had-been",
        ),
        pytest.param(
            "Lithuania's security service said Belarus had hired couriers to spread fabricated stories of unrest.",
            ["statement LTU -> BLR [accuse, assert]"],
            id="spread-stories-names-the-spreader",
        ),
        pytest.param(
            "Kenya said reports of troop movements near the lake were baseless.",
            ["rebuttal KEN answers -"],
            id="near-miss-hearsay-judged-with-no-spreader",
        ),
    ],
)
def test_what_is_withheld_or_spread_is_no_denial(text: str, expected: list[str]) -> None:
    """PASSIVE-CONJUNCT and SPREAD-STORIES: "were beaten and denied food"; "paid X to spread invented stories"."""
    assert outline(geostance.parse(text)) == expected


def test_fo_is_the_foreign_office() -> None:
    """FO spokesperson Name (South Asian copy) is the foreign office's, the dateline's state, not the last agency."""
    text = (
        "ISLAMABAD: The Foreign Office rejected criticism by the UNHCR. The UNHCR had voiced alarm at the pace of "
        "returns. At the weekly briefing, FO spokesperson Saima Qureshi described the agency's figures as inflated."
    )
    assert outline(geostance.parse(text)) == ["rebuttal PAK answers unhcr", "statement unhcr -> PAK [concern, accuse]"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kenya accused Somalia of shelling a border post. Somalia rejected the claim in a statement carried by "
            "the Somali National News Agency (SONNA).",
            ["rebuttal SOM answers KEN", "statement KEN -> SOM [accuse]"],
            id="a-news-agency-relays",
        ),
        pytest.param(
            "SEOUL - The National Intelligence Service (NIS) said North Korean hackers had stolen ship designs. "
            "North Korea denied the charge.",
            ["rebuttal PRK answers KOR", "statement KOR -> PRK [assert]"],
            id="a-national-organ-under-a-dateline",
        ),
        pytest.param(
            "The National Intelligence Service (NIS) said North Korean hackers had stolen ship designs.",
            [],
            id="near-miss-no-dateline-no-home",
        ),
        pytest.param(
            "ECOWAS urged Guinea to hold elections by December. Guinea's junta, the National Committee for "
            "Reconciliation and Development (NCRD), said the vote would be delayed. The NCRD also accused Guinea's "
            "former president of corruption.",
            ["statement GIN -> - [accuse, assert]", "statement ecowas -> GIN [demand]"],
            id="a-ruling-council-of-the-story-s-state",
        ),
        pytest.param(
            "Mali and Niger signed a pact on Monday. The National Council for Peace and Security (NCPS), an alliance "
            "of civic groups, said it welcomed the pact.",
            ["statement ncps -> - [assert]"],
            id="near-miss-no-state-leads-the-story",
        ),
    ],
)
def test_relaying_agencies_and_home_organs(text: str, expected: list[str]) -> None:
    """RELAYING-AGENCY and HOME-ORGAN: an inline news agency is no actor; "the National X (NX)" is the dateline's.

    With no dateline, a "National Council for ..." speaks for the state the story names most (STORY-STATE).
    """
    article = geostance.parse(text)
    assert outline(article) == expected
    assert not any("-the-" in group.id for group in article.groups)  # no name across a sentence's end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In a video posted online, a masked man who identified himself as a spokesman for the Viv Ansanm "
            "coalition said the group had kept its word.",
            ["statement viv-ansanm -> - [assert]"],
            id="who-identified-himself-as-a-spokesman-for",
        ),
        pytest.param(
            "A man who identified himself as a commander of al-Shabaab told reporters the group had carried out "
            "the attack.",
            ["statement al-shabaab -> - [assert]"],
            id="a-commander-of-the-group",
        ),
        pytest.param(
            "A man who was wounded in the attack said the gunmen had come from the hills.",
            [],
            id="near-miss-a-relative-that-identifies-no-one",
        ),
    ],
)
def test_a_speaker_who_identified_himself_as_a_role(text: str, expected: list[str]) -> None:
    """SELF-IDENTIFIED: "a man who identified himself as a spokesman for X said": X's words."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "China denied running a spy ring in Taipei. It was answering Taiwan's Mainland Affairs Council, which "
            "said on Monday that Beijing had recruited four aides.",
            ["rebuttal CHN answers TWN", "statement TWN -> CHN [assert]"],
            id="it-was-answering-x-which-said",
        ),
        pytest.param(
            "Kenya said its troops had stayed in their barracks. She was responding to Uganda, which had accused "
            "Kenya of cattle raids.",
            ["rebuttal KEN answers UGA", "statement UGA -> KEN [accuse]"],
            id="she-was-responding-to",
        ),
    ],
)
def test_a_later_sentence_says_whom_the_denial_answered(text: str, expected: list[str]) -> None:
    """ANSWERING-LATER: "The denial answered X, who had accused ...": the denial answers X; X's words are X's."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Seoul said Pyongyang had sold Moscow artillery shells. North Korea called the report a fabrication. "
            "Russia's foreign ministry also rejected it, saying its factories need no foreign shells.",
            ["rebuttal PRK answers KOR", "rebuttal RUS answers KOR", "statement KOR -> PRK, RUS [accuse, assert]"],
            id="also-rejected-it-after-a-judged-report",
        ),
        pytest.param(
            "Ghana said Togo and Benin had sheltered gunmen. Togo denied the charge. Benin dismissed it too.",
            ["rebuttal BEN answers GHA", "rebuttal TGO answers GHA", "statement GHA -> TGO, BEN [accuse, assert]"],
            id="dismissed-it-too",
        ),
    ],
)
def test_also_rejected_it_answers_the_same_party(text: str, expected: list[str]) -> None:
    """ALSO-REJECTED: "Y also rejected it" after X rejected Z's claim: Y answers Z, not X."""
    assert outline(geostance.parse(text)) == expected


def test_a_release_may_open_in_the_present_perfect() -> None:
    """RELEASE-VOICE: "The Ministry ... has taken note of ..." opens a release; its later sentences are its own."""
    text = (
        "Uruguay's Ministry of Foreign Affairs has taken note of a statement by Argentina's foreign ministry on "
        "the dredging of the river.\nThe Government of Uruguay firmly rejects this statement. The "
        "works lie entirely in Uruguayan waters. No treaty obligation has been breached."
    )
    article = geostance.parse(text)
    claims = [claim.text for rebuttal in article.rebuttals for claim in rebuttal.claims]
    assert "The works lie entirely in Uruguayan waters" in claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Poland said a Russian missile was shot down over Ukraine.",
            ["statement POL -> RUS [assert]"],
            id="shot-down",
        ),
        pytest.param(
            "Romania said debris was found after a drone crashed over Moldova.",
            ["statement ROU -> - [assert]"],
            id="crashed",
        ),
        pytest.param(
            "Kenya voiced concern over Somalia's decision.", ["statement KEN -> SOM [concern]"], id="near-miss-concern"
        ),
    ],
)
def test_where_a_craft_came_down_is_a_place(text: str, expected: list[str]) -> None:
    """PLACE-LIST with "over": "shot down over Ukraine", "crashed over Moldova" (grammar.json over_lemmas)."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Chile accused Bolivia of smuggling fuel. La Paz has not yet responded to the charge.",
            ["statement CHL -> BOL [accuse]"],
            id="not-yet",
        ),
        pytest.param(
            "A UN panel accused the Houthis of taxing aid convoys. The Houthis, who rarely respond to UN findings, "
            "did not comment.",
            ["statement un -> houthis [accuse]"],
            id="rarely-in-a-relative-clause",
        ),
        pytest.param(
            "Lithuania accused Belarus of flying balloons over the border. Minsk seldom comments on such charges.",
            ["statement LTU -> BLR [accuse]"],
            id="seldom",
        ),
        pytest.param(
            "Chile accused Bolivia of smuggling fuel. La Paz responded on Friday, calling the charge baseless.",
            ["rebuttal BOL answers CHL", "statement CHL -> BOL [accuse]"],
            id="near-miss-a-response",
        ),
    ],
)
def test_a_negated_cue_reports_silence(text: str, expected: list[str]) -> None:
    """NEGATED-CUE: "has not yet responded", "rarely respond(s)", "seldom comments" make no statement or rebuttal."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ghana rejected the allegations made by the delegation of Togo at the summit.",
            ["rebuttal GHA answers TGO", "statement TGO -> GHA [accuse]"],
            id="made-by-the-delegation-of",
        ),
        pytest.param(
            "Peru dismissed the accusations made by the Chilean delegation.",
            ["rebuttal PER answers CHL", "statement CHL -> PER [accuse]"],
            id="made-by-a-demonym-body",
        ),
        pytest.param(
            "Laos rejected the charges brought by Thailand's foreign minister.",
            ["rebuttal LAO answers THA", "statement THA -> LAO [accuse]"],
            id="brought-by",
        ),
        pytest.param(
            "Laos rejected the charges against it. Rebels overran positions held by the army.",
            ["rebuttal LAO answers -"],
            id="near-miss-held-is-no-author",
        ),
    ],
)
def test_an_irregular_participle_names_a_reports_author(text: str, expected: list[str]) -> None:
    """ISSUED-BY / REJECT-CLAIM: "made by", "brought by" name the author as "issued by" does; "held by" does not."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Moldova's foreign ministry voiced concern over statements by Russia's foreign ministry. The ministry "
            "rejected the allegations as false.",
            "rebuttal MDA",
            id="after-a-document-named-in-passing",
        ),
        pytest.param(
            "Estonia's foreign ministry voiced concern over remarks by the Russian foreign ministry. The ministry "
            "dismissed the claims.",
            "rebuttal EST",
            id="demonym-author",
        ),
    ],
)
def test_a_document_named_in_passing_does_not_take_the_bare_body(text: str, expected: str) -> None:
    """JUST-SPOKE-BODY: "the ministry" after a state spoke is that state's, not the author of a document it named."""
    rebuttals = [line for line in outline(geostance.parse(text)) if line.startswith("rebuttal")]
    assert [line.rsplit(" answers ", 1)[0] for line in rebuttals] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kenya welcomed the release of two teachers. Somalia's claim that Kenyan troops crossed the border is "
            "baseless.",
            "rebuttal KEN answers SOM",
            id="last-sentence",
        ),
        pytest.param(
            "Nigeria thanked Chad for its help. The allegation by Niger that Nigerian jets bombed a village was "
            "false. Nigeria will keep patrolling the lake.",
            "rebuttal NGA answers NER",
            id="judgment-then-more-words",
        ),
    ],
)
def test_a_verbless_judgment_goes_on_in_the_voice_before_it(text: str, expected: str) -> None:
    """JUDGMENT-GOES-ON: a claim called false with no one named is the judgment of the speaker just before."""
    assert expected in outline(geostance.parse(text))


def test_a_verbless_judgment_of_the_speakers_own_claim_is_nobodys() -> None:
    """JUDGMENT-GOES-ON near miss: the speaker right before is the judged claim's author."""
    text = (
        "Somalia said Kenyan troops crossed the border. Somalia's claim that Kenyan troops crossed the border is false."
    )
    assert [line for line in outline(geostance.parse(text)) if line.startswith("rebuttal")] == []


@pytest.mark.parametrize(
    ("opener", "expected"),
    [
        pytest.param("Separately, ", ["rebuttal NIC answers CRI", "rebuttal NIC answers oas"], id="separately"),
        pytest.param("Turning to the border, ", ["rebuttal NIC answers CRI", "rebuttal NIC answers oas"], id="turning"),
        pytest.param("", ["rebuttal NIC answers CRI"], id="near-miss-no-shift"),
    ],
)
def test_a_topic_shift_keeps_an_earlier_rebuttal_its_own(opener: str, expected: list[str]) -> None:
    """TOPIC-SHIFT: a rebuttal that turns to another matter does not lend its party to the one before."""
    text = (
        "The Organization of American States urged Nicaragua to free political prisoners. Nicaragua's foreign "
        f"minister rejected what she called baseless claims. {opener}the minister dismissed the accusations made "
        "by Costa Rica's president."
    )
    assert [line for line in outline(geostance.parse(text)) if line.startswith("rebuttal")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Vietnam accused China of ramming a fishing boat. At the Chinese foreign ministry's daily news "
            "conference, spokeswoman Li Wen said the account was false.",
            "rebuttal CHN answers VNM",
            id="demonym-owner",
        ),
        pytest.param(
            "Ghana accused Togo of sheltering gunmen. During Togo's weekly press briefing, spokesman Kofi Adjei "
            "called the charge baseless.",
            "rebuttal TGO answers GHA",
            id="during-named-owner",
        ),
        pytest.param(
            "Mali's defence ministry denied reports of a drone strike. The rebel Azawad Liberation Front said "
            "Malian drones had killed six herders near Kidal. Speaking at the ministry's weekly briefing, spokesman "
            "Souleymane Dembele said the claims were false.",
            "rebuttal MLI answers fla",
            id="bare-body-owner-after-a-group-spoke",
        ),
    ],
)
def test_a_spokesperson_at_an_actors_briefing_speaks_for_it(text: str, expected: str) -> None:
    """BRIEFING-FRAME: "At X's briefing, spokesman Name said ...": X's voice, not the last speaker's."""
    lines = outline(geostance.parse(text))
    assert expected in lines
    assert not any(line.startswith("rebuttal") and line.endswith(expected.split()[1]) for line in lines)


def test_a_spokesperson_at_a_venue_is_not_the_venues() -> None:
    """BRIEFING-FRAME near miss: a university is no actor's briefing."""
    text = (
        "Ghana accused Togo of sheltering gunmen. Speaking at a university in Accra, spokesman Kofi Adjei called "
        "the charge baseless."
    )
    assert "rebuttal TGO answers GHA" not in outline(geostance.parse(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Hungary rejected criticism from Poland and from the European Union.",
            ["rebuttal HUN answers POL", "rebuttal HUN answers eu"],
            id="from-and-from",
        ),
        pytest.param(
            "Sudan dismissed allegations by Chad and by the Rapid Support Forces concerning the border.",
            ["rebuttal SDN answers TCD", "rebuttal SDN answers rapid-support-forces"],
            id="by-and-by-then-about",
        ),
        pytest.param(
            "Sudan dismissed allegations by Chad and the claims of its own critics.",
            ["rebuttal SDN answers TCD"],
            id="near-miss-no-repeated-preposition",
        ),
    ],
)
def test_a_report_with_repeated_author_prepositions_answers_each_author(text: str, expected: list[str]) -> None:
    """REJECT-CLAIM author list: "criticism from X and from Y" answers both; co-authors are not each other's targets."""
    lines = outline(geostance.parse(text))
    assert [line for line in lines if line.startswith("rebuttal")] == expected
    authors = {line.rsplit(" ", 1)[1] for line in expected}
    for line in lines:  # a co-author of the answered words is no target of the other's implied statement
        if line.startswith("statement") and line.split()[1] in authors:
            assert not (authors - {line.split()[1]}) & set(line.split(" -> ")[1].split(" [")[0].split(", "))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The chief of the AU observer team, former Kenyan vice president Joseph Mwangi, said the vote was "
            "credible.",
            ["statement au -> - [assert]"],
            id="former-vice-president",
        ),
        pytest.param(
            "The leader of the OSCE mission, ex-Polish defence minister Anna Nowak, said the count was slow.",
            ["statement osce -> - [assert]"],
            id="ex-prefix",
        ),
        pytest.param(
            "The head of the OSCE mission, Polish defence minister Anna Nowak, said the count was slow.",
            ["statement POL -> - [assert]"],
            id="near-miss-a-current-title",
        ),
    ],
)
def test_a_past_role_in_apposition_names_no_actor(text: str, expected: list[str]) -> None:
    """PAST-APPOSITION: the speaker's own title outranks a former one set beside it."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Georgia dismissed efforts by Russia to discredit the election.",
            ["rebuttal GEO answers RUS"],
            id="efforts-by",
        ),
        pytest.param(
            "Serbia rejected what it termed a campaign by Croatia and Albania to isolate Belgrade.",
            ["rebuttal SRB answers ALB", "rebuttal SRB answers HRV"],
            id="what-it-termed-two-agents",
        ),
        pytest.param(
            "Serbia rejected attempts to isolate Belgrade.",
            ["rebuttal SRB answers -"],
            id="near-miss-no-agent",
        ),
    ],
)
def test_a_rejected_attempt_answers_its_agents(text: str, expected: list[str]) -> None:
    """ATTEMPT-BY: "rejected attempts by X to ..." answers X."""
    lines = outline(geostance.parse(text))
    assert [line for line in lines if line.startswith("rebuttal")] == expected


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Attaye ag Mohamed", id="ag"),
        pytest.param("Sidi ould Cheikh", id="ould"),
        pytest.param("Karim ben Salah", id="ben"),
    ],
)
def test_a_lower_case_name_particle_keeps_the_name_whole(name: str) -> None:
    """Name particles (grammar.json `name_particles`): "ag", "ould", "ben" stand inside a person's name."""
    text = (
        "Niger accused the FLA of attacking a convoy. Reached by telephone, FLA spokesman "
        f"{name} denied that the group had fighters in Niger."
    )
    assert "rebuttal fla answers NER" in outline(geostance.parse(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kenya said the weapons had been shipped through ports in Eritrea and Djibouti. Djibouti said it had "
            "never allowed arms shipments through its port.",
            "rebuttal DJI answers KEN",
            id="it-had-never",
        ),
        pytest.param(
            "Manila said the hackers used servers in Vietnam and Laos. The Laotian embassy said Laos does not "
            "host any hacking groups.",
            "rebuttal LAO answers PHL",
            id="own-name-does-not",
        ),
    ],
)
def test_an_actor_named_as_a_place_that_says_it_did_not_rebuts(text: str, expected: str) -> None:
    """SELF-NEGATION: named by another's words, even as a place, the actor negates its own conduct."""
    assert expected in outline(geostance.parse(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Kenya said the weapons had been shipped through ports in Eritrea and Djibouti. Djibouti said its port "
            "would stay open.",
            id="no-negation",
        ),
        pytest.param(
            "Kenya said the weapons had been shipped through ports in Eritrea. Djibouti said it had never seen "
            "such a busy season.",
            id="never-named-before",
        ),
    ],
)
def test_self_negation_near_misses(text: str) -> None:
    """SELF-NEGATION near misses: no negation of its own, or never named before."""
    assert not [line for line in outline(geostance.parse(text)) if line.startswith("rebuttal")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Canberra said the spy ship had sailed from a port in Fiji. New Zealand urged Beijing to explain and "
            "said it would consult Canberra. Fiji rejected the claim that it had hosted the ship.",
            "rebuttal FJI answers AUS",
            id="named-as-a-place",
        ),
        pytest.param(
            "Quito said the cocaine had been loaded by Peruvian crews. Chile urged calm and said it would help "
            "Quito. Peru dismissed the assertion as unfounded.",
            "rebuttal PER answers ECU",
            id="named-by-demonym",
        ),
    ],
)
def test_an_unattributed_claim_rejected_answers_the_statement_that_named_the_rebutter(text: str, expected: str) -> None:
    """NAMING-FIRST: of the earlier statements of the claim's kind, the one naming the rebutter is answered."""
    assert expected in outline(geostance.parse(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Chile's foreign ministry said a Bolivian radio station had misquoted the minister as saying the "
            "border was closed.",
            ["rebuttal CHL answers -"],
            id="misquoted",
        ),
        pytest.param(
            "The Ghanaian presidency said foreign media had misrepresented the talks with Togo.",
            ["rebuttal GHA answers -"],
            id="misrepresented",
        ),
        pytest.param(
            "The Ghanaian presidency said foreign media had covered the talks with Togo.",
            ["statement GHA -> TGO [assert]"],
            id="near-miss-no-fault",
        ),
    ],
)
def test_faulting_the_press_is_a_rebuttal_of_nobody(text: str, expected: list[str]) -> None:
    """MISQUOTED: "said a channel had misquoted the minister" rebuts, answering no actor."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    "rejection",
    [
        pytest.param("Peru brushed the denial aside.", id="brushed-aside"),
        pytest.param("Peru dismissed the denials as hollow.", id="dismissed-as"),
        pytest.param("Peru rejected Bolivia's denial.", id="possessed"),
    ],
)
def test_a_rejected_denial_answers_the_denier(rejection: str) -> None:
    """DENIAL-REJECTED: rejecting a denial answers whoever last denied something aimed at the speaker."""
    text = (
        "Chile said Peruvian boats had fished in its waters. Peru rejected Chile's claims. Bolivia denied "
        f"blocking the river and said Peru should clean its own mines. {rejection}"
    )
    assert "rebuttal PER answers BOL" in outline(geostance.parse(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Federal Government has rejected claims by Chad that Nigeria shelters rebels.",
            "rebuttal NGA answers TCD",
            id="nigeria",
        ),
        pytest.param(
            "The Federal Government rejected the allegations by Kenya that Somalia was taxing its traders.",
            "rebuttal SOM answers KEN",
            id="somalia",
        ),
    ],
)
def test_the_federal_government_with_no_dateline_is_the_federation_named(text: str, expected: str) -> None:
    """FEDERAL-GOVERNMENT: with no dateline, "the Federal Government" is the first federation the text names."""
    assert expected in outline(geostance.parse(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Peru said Chile trains foreign mercenaries.", "statement PER -> CHL [assert]", id="trains"),
        pytest.param("Laos said Thailand hosts rebel fighters.", "statement LAO -> THA [assert]", id="hosts"),
        pytest.param("Benin said Niger sends armed soldiers.", "statement BEN -> NER [accuse, assert]", id="sends"),
    ],
)
def test_a_name_and_a_present_verb_after_said_are_a_clause(text: str, expected: str) -> None:
    """NAME-PRESENT-VERB: "said X hosts ...": X and an unknown -s word open the reported clause."""
    assert expected in outline(geostance.parse(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Al-Shabaab said it had carried out the raid on a police post in Mandera. Kenya condemned the attack.",
            "statement KEN -> al-shabaab [accuse]",
            id="said-it-had",
        ),
        pytest.param(
            "The Balochistan Liberation Army (BLA) claimed it attacked a train near Bolan. Pakistan condemned the "
            "assault.",
            "statement PAK -> baloch-liberation-army [accuse]",
            id="acronym-in-parentheses",
        ),
        pytest.param(
            "Al-Shabaab said it would attack police posts in Mandera. Kenya condemned the attack.",
            "statement KEN -> - [accuse]",
            id="near-miss-a-threat",
        ),
    ],
)
def test_an_actor_saying_it_did_the_attack_is_its_perpetrator(text: str, expected: str) -> None:
    """ATTACK-PERPETRATOR / SAID-IT-DID: "X said it had carried out the raid": X did the attack condemned next."""
    assert expected in outline(geostance.parse(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ghana, Togo's western neighbour, said Burkina Faso was sheltering gunmen.",
            "statement GHA -> BFA [accuse, assert]",
            id="neighbour",
        ),
        pytest.param(
            "Belarus, Russia's closest ally, rejected the accusations by Lithuania.",
            "rebuttal BLR answers LTU",
            id="ally",
        ),
    ],
)
def test_an_actor_with_a_possessed_description_set_off_speaks(text: str, expected: str) -> None:
    """POSSESSED-DESCRIPTION: "X, Y's closest ally," is X speaking, the description its apposition."""
    assert expected in outline(geostance.parse(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Japan expressed concern over incursions by China.", ["statement JPN -> CHN [concern]"], id="incursions"
        ),
        pytest.param(
            "Norway voiced concern about manoeuvres by Russia near Svalbard.",
            ["statement NOR -> RUS [concern]"],
            id="manoeuvres",
        ),
        pytest.param(
            "Japan expressed concern over visits by tourists.",
            ["statement JPN -> - [concern]"],
            id="near-miss-no-actor",
        ),
    ],
)
def test_concern_over_a_bare_plural_by_an_actor_is_about_that_actor(text: str, expected: list[str]) -> None:
    """CONCERN: "concern over incursions by X" is about X, whatever the bare plural noun."""
    assert outline(geostance.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The M23 seized a town. Angola urged Kinshasa and the group to hold talks.",
            "statement AGO -> COD, m23 [demand]",
            id="capital-and-group",
        ),
        pytest.param(
            "Al-Shabaab attacked a base near Baidoa. Qatar urged the Somali government and the group to talk.",
            "statement QAT -> SOM, al-shabaab [demand]",
            id="description-and-group",
        ),
    ],
)
def test_a_description_in_a_list_of_actors_is_resolved(text: str, expected: str) -> None:
    """LIST-DESCRIPTION: "urged X and the group to ..." names X and the group last spoken of."""
    assert expected in outline(geostance.parse(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Asked about an EU statement that said Brussels backed Chisinau, Russia's spokeswoman said the bloc had "
            "no right to lecture Moscow.",
            "rebuttal RUS answers eu",
            id="asked-about-a-statement-that-said",
        ),
        pytest.param(
            "Responding to a Kenyan report that said Uganda had moved troops, Ugandan army spokesman Felix Kulayigye "
            "said the report was false.",
            "rebuttal UGA answers KEN",
            id="responding-to-a-report-that-said",
        ),
    ],
)
def test_a_report_inside_an_opening_clause_ends_at_its_comma(text: str, expected: str) -> None:
    """OPENING-REPORT: the main subject's verb after the opening clause is its own act, not the report's."""
    lines = outline(geostance.parse(text))
    assert expected in lines
    assert not any(line.startswith("rebuttal") and line.split()[1] == expected.split()[3] for line in lines)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Brussels rejected the Russian criticism of the mission.", "rebuttal eu answers RUS", id="demonym"
        ),
        pytest.param("Kenya dismissed the Ugandan account of the raid.", "rebuttal KEN answers UGA", id="account-of"),
        pytest.param(
            "Kenya rejected the claims of the Somali ministry.", "rebuttal KEN answers SOM", id="near-miss-of-author"
        ),
    ],
)
def test_an_of_complement_after_an_actors_noun_is_its_topic(text: str, expected: str) -> None:
    """REJECT-CLAIM: "Russian criticism of the mission" is Russia's; "the claims of the ministry" the ministry's."""
    assert expected in outline(geostance.parse(text))


@pytest.mark.parametrize(
    ("rejection", "expected"),
    [
        pytest.param("Al-Shabaab dismissed the figures.", "rebuttal al-shabaab answers KEN", id="figures"),
        pytest.param(
            "Al-Shabaab called the toll a fabrication.", "rebuttal al-shabaab answers KEN", id="toll-call-x-y"
        ),
        pytest.param("Al-Shabaab dismissed the claims.", "rebuttal al-shabaab answers UGA", id="near-miss-claims"),
    ],
)
def test_a_rejected_count_answers_the_statement_that_gave_a_number(rejection: str, expected: str) -> None:
    """COUNT-ANSWERED: "dismissed the figures" answers whoever gave a number, not the latest speaker."""
    text = f"Kenya said 40 soldiers died in the raid. Uganda said the raid was planned by al-Shabaab. {rejection}"
    assert expected in outline(geostance.parse(text))


def test_the_greek_cypriot_administration_is_cyprus() -> None:
    """States data: "Greek Cypriot" is Cyprus's adjective, the longer one winning over Greece's "Greek"."""
    text = "Turkey criticised the arms deal. The Greek Cypriot administration's spokesman dismissed Ankara's criticism."
    assert "rebuttal CYP answers TUR" in outline(geostance.parse(text))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The Ministry of Popular Power for Defence of Venezuela", id="popular-power-for"),
        pytest.param("The Ministry of State Power for Internal Affairs of Venezuela", id="state-power-for"),
    ],
)
def test_a_long_domain_ministry_name_holds_together(body: str) -> None:
    """DOMAIN-MINISTRY: a capitalised description and a second domain after "for" are part of the body's name."""
    text = f"{body} accused Guyana of arresting three fishermen."
    assert outline(geostance.parse(text)) == ["statement VEN -> GUY [accuse]"]
