"""The relation layer's vocabulary: lemma lists from `data/frames.json` and `data/grammar.json`, inflected.

Words are kept as lemmas in the data; this module generates their forms (a verb's
-s, -ed and -ing forms, a noun's plural) once, and indexes every phrase by its first
word so that a sentence is looked up token by token in one dictionary probe each.

An entry says what a phrase is: a verb of one class (with its form), a report noun, a
role, a description, a judgment word, or a closed-class word. One phrase can have
several entries ("claims" is a verb and a noun; "calls" too); the tagger chooses by
context.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import Any

import attrs

from geostance._cascade.inflection import inflect_noun, inflect_verb

__all__ = ["Entry", "Vocabulary", "inflect_noun", "inflect_verb", "vocabulary"]


@attrs.frozen
class Entry:
    """What a phrase of the vocabulary is.

    `kind` is one of: `verb`, `noun`, `role`, `description`, `judgment`, `concern_adj`, `denial`,
    `attack` (a noun of an attack), `hostile` (a verb of a hostile act), `obligation` (a verb of keeping one),
    `modifier`, `past_modifier`, or a closed class (`det`, `prep`, `of`, `aux`, `neg`,
    `coord`, `contrast`, `sub`, `rel`, `comp`, `pron`, `adv`, `title`, `number`). `category` is the
    verb class, the noun's act, the role's category, the description's actor type, the
    judgment's kind or the pronoun's kind; `lemma` is the dictionary form; `form` is a
    verb's form (`base`, `s`, `past`, `ing`, `participle`) or a noun's number.
    """

    kind: str
    category: str = ""
    lemma: str = ""
    form: str = ""


@attrs.frozen
class Vocabulary:
    """Every phrase of the vocabulary, indexed by its first word (lower case)."""

    index: dict[str, tuple[tuple[tuple[str, ...], tuple[Entry, ...]], ...]]
    """First word -> (the phrase's words, its entries), longest phrases first."""
    class_act: dict[str, str | None]
    """Verb class -> the act it performs (None: none by itself)."""
    class_rebut: dict[str, str | None]
    """Verb class -> its rebuttal kind (`deny`, `reject`, `counter`, `respond`) or None."""
    not_names: frozenset[str]
    """Capitalised words that never start or make a person's name."""
    comitative_phrases: frozenset[tuple[str, ...]]
    """Phrases set off after a subject that add co-speakers ("along with", "joined by"): JOINED-BY."""
    described_name: re.Pattern[str]
    """An unknown name set off by what it is: "X, a rebel group ..." (DEFINED-BY-DESCRIPTION, grammar.json)."""
    release_heading: re.Pattern[str]
    """A release's heading naming its author: "Comment by the Spokesperson of ..." (HEADED-RELEASE, grammar.json)."""
    name_after_description: re.Pattern[str]
    """An unknown name right after what it is: "the armed faction X" (DESCRIPTION-BEFORE-NAME, grammar.json)."""
    descriptor_organizations: frozenset[str]
    """Description nouns, and modifiers of "group", that make a described name an organization, not a group."""
    descriptor_people: frozenset[str]
    """Words in a description that describe a person, not the name's actor ("a commander of the militia")."""
    descriptor_armed: frozenset[str]
    """Modifiers that make a described organization a group ("a terrorist organisation")."""
    descriptor_business: frozenset[str]
    """Modifiers that make a description a company's or a crew's ("the fuel group X", "a hacker group"): no actor."""
    pronouns: dict[str, str]
    """Personal pronoun -> `person`, `plural`, `thing` or `first`."""
    name_particles: frozenset[str]
    """Lower-case words inside a person's name ("da", "bin", "al-")."""
    name_suffixes: frozenset[str]
    """Words that end a person's name ("Jr.")."""
    not_adverbs: frozenset[str]
    """Words in -ly that are no adverbs ("quarterly", "deadly", "ally")."""
    not_person_heads: frozenset[str]
    """Capitalised last words that make a name a place or an institution, not a person ("Strip", "Council")."""
    time_nouns: frozenset[str]
    """Nouns of a time adverbial after a time modifier ("last year", "this week")."""
    time_modifiers: frozenset[str]
    """Words that make a time noun after them an adverbial ("last", "earlier", "this")."""
    unrealised_before_to: frozenset[str]
    """Words that leave an infinitive after them undone ("has yet to deny", "refused to condemn")."""
    attempt_forms: frozenset[str]
    """Forms of request verbs that before "to" + verb state an aim, not a request ("sought to avoid")."""
    offer_forms: frozenset[str]
    """Forms of the verbs that, before "to" and a verb, offer help ("offered to mediate"): OFFER."""
    maintained_objects: frozenset[str]
    """A body's own output that is no report noun but is maintained like one ("stood by its research")."""
    maintain_forms: frozenset[str]
    """Forms of the support verbs that, with the speaker's own report as object, maintain it: STAND-BY-OWN-WORDS."""
    pledge_words: frozenset[str]
    """Words opening an assurance that pledges ("committed to"): no denial when the talked-of actor says it."""
    pledge_nouns: frozenset[str]
    """Report nouns of the deny class that pledge, not deny ("issued a guarantee"): no rebuttal is issued in them."""
    answer_nouns: frozenset[str]
    """Deny-class nouns for an answer of any kind: issuing one ("submitted its reply") denies nothing."""
    answer_heads: frozenset[str]
    """Heads of a subject announcing who answers next ("X's response came within hours"): ANNOUNCED-ANSWER."""
    different_adjectives: frozenset[str]
    """Adjectives setting an account against another's ("a very different account"): DIFFERENT-ACCOUNT."""
    account_nouns: frozenset[str]
    """Nouns such an adjective qualifies ("account", "version", "story"): DIFFERENT-ACCOUNT."""
    rumour_sources: frozenset[str]
    """Heads (and plurals) of a subject spreading an unattributed claim ("Posts on social media claimed"): HEARSAY."""
    hearsay_nouns: frozenset[str]
    """Report nouns (lemmas) whose claim has no author unless one is named ("reports that", "media accounts")."""
    report_qualities: frozenset[str]
    """Qualities of a report a critic questions ("the credibility of the report"): QUALITY-OF-REPORT."""
    count_nouns: frozenset[str]
    """Nouns for a count put forward ("the figures", "the toll"): frames.json `count_nouns` (COUNT-ANSWERED)."""
    evidence_nouns: frozenset[str]
    """Nouns (all forms) for evidence or counts an actor puts forward ("the photos", "the figures"): claims if false."""
    government_words: frozenset[str]
    """Nouns for a state's government as a whole ("government", "authorities", "regime")."""
    federations: frozenset[str]
    """States that are federations (frames.json `federations`): "the Federal Government" of a story with no dateline."""
    named_days: frozenset[str]
    """Weekdays and month names that stand alone as adverbials ("said Monday"); not "May" nor "March"."""
    given_name_months: frozenset[str]
    """Month names that may open a person's name ("Jan Novak", "May Jansen")."""
    duration_nouns: frozenset[str]
    """Units of time, singular and plural, that measure a deadline ("a week", "72 hours"): ULTIMATUM."""
    split_verbs: dict[str, tuple[tuple[str, Entry], ...]]
    """A verb form that takes its object inside ("holds X responsible") -> (the closing word, its entry)."""
    negated_verbs: dict[str, Entry]
    """A verb form of a class only when negated right before ("did not accept" rejects) -> its entry."""
    not_additive: frozenset[str]
    """Words after "not" that make it additive, not a negation ("not only ... but", "not least")."""
    degree_after_not: frozenset[str]
    """Words after a set-off "not" that weigh an amount, not correct a claim ("answers, not more excuses")."""
    passive_forms: frozenset[str]
    """Forms of "be" (and "get") that make a passive or a copula: a quick test before CONDEMNED-REPORT reads a span."""
    predicate_hedges: tuple[tuple[str, ...], ...]
    """Words that may stand between "was" and a judgment of a report ("nothing but", "merely"): CONDEMNED-REPORT."""
    own_people: frozenset[str]
    """A state's own people, not its forces ("urged its citizens to leave"): advice, not an order to its agents."""
    singling_out: frozenset[str]
    """Words singling one out of a group just named (", in particular X,"): X is aimed at too."""
    workplace_prepositions: frozenset[str]
    """Prepositions after a person's role that name where they work ("a source in X's ministry"): WORKPLACE."""
    collective_possessives: frozenset[str]
    """Possessives of an actor speaking of its own ("its soldiers", "our forces"): COUNTER-FACT."""
    corrective_contrasts: frozenset[str]
    """Words that set a correction after a negated characterisation ("not mercenaries but instructors")."""
    kind_quantifiers: frozenset[str]
    """Determiners that make an object a kind of act, not a claim ("rejects any threat to shipping")."""
    report_topic_prepositions: frozenset[str]
    """Prepositions after a report noun that name its topic ("a resolution on Georgia"), not its author."""
    named_body_heads: frozenset[str]
    """Heads of a body's own name ("the Saami Council"): after an unknown capitalised word, not the last council."""
    naming_phrases: frozenset[tuple[str, ...]]
    """Words between a description and the name it goes by ("the UN peace force, known as UNMISS,")."""
    channel_nouns: frozenset[str]
    """Documents an attribution names as its channel ("said in a statement", "In its report, X said")."""
    definite_determiners: frozenset[str]
    """Determiners that point back to something known ("the report", "these claims")."""
    demonstratives: frozenset[str]
    """The definite determiners that point at the last thing named ("those findings" after "a report")."""
    non_claim_objects: dict[str, frozenset[str]]
    """Sense -> object nouns (all forms) that make a denial or rejection no rebuttal ("denied entry")."""
    personnel_lemmas: frozenset[str]
    """Verbs that, with an official as object, remove them from office ("dismissed the minister")."""
    price_lemmas: frozenset[str]
    """Judgment verbs that also name a price ("charging migrants 400 dollars"): PRICE-SENSE."""
    price_words: frozenset[str]
    """Words that make such a verb a price's: currencies, fees, fares."""
    charge_markers: frozenset[str]
    """Words after such a verb that keep it an accusation ("charged X with ...")."""
    blame_transfers: dict[str, str]
    """Verbs that lay a thing on its culprit, with the preposition naming it ("blamed X on Y", "attributed X to Y")."""
    physical_judgments: frozenset[str]
    """Judgment verbs that also name an assault ("attacked the plan" / "attacked a base"): frames.json."""
    justification_words: frozenset[str]
    """Labels of one's own deed as warranted ("purely defensive", "routine"): after a labelling verb, an account."""
    motive_heads: frozenset[str]
    """Words imputing a purpose to a report ("an attempt", "designed") before "to" / "at": CONDEMNED-REPORT."""
    motive_links: frozenset[str]
    """Words between a motive's head and its verb ("an attempt to", "aimed at"): CONDEMNED-REPORT."""
    motive_verbs: frozenset[str]
    """Verbs (all forms) of the purpose imputed ("divert", "discredit", "justify"): CONDEMNED-REPORT."""
    physical_objects: frozenset[str]
    """Object nouns (all forms) that make such a verb an assault: places and military targets ("a base")."""
    partner_forms: frozenset[str]
    """Every form of the verbs whose "with" names a partner, not a target ("work closely with X")."""
    partner_adverbs: frozenset[str]
    """Adverbs right before "with" that make the mention after it a partner ("examined the data jointly with X")."""
    partner_nouns: frozenset[str]
    """Nouns whose "in ... with" names a partner, not a target ("in close coordination with X")."""
    echo_stopwords: frozenset[str]
    """Common words left out when a rebuttal's words are matched with an accusation's (ANSWER-BY-ECHO)."""
    prepositional_participles: frozenset[str]
    """Participles used as prepositions ("According to her, ..."): they open no participle clause of a subject."""
    topic_openers: tuple[tuple[str, ...], ...]
    """Words opening a sentence's topic frame ("Regarding X, ...", "As for X, ..."): what the main clause is about."""
    locative_before: re.Pattern[str]
    """Ends right before an actor that is a place: "in", "near the northern", "flew over" (`grammar.json` locatives)."""
    destination_to: re.Pattern[str]
    """Ends right before where people are moved to: "returning to", "returned asylum-seekers to (the)"."""
    water_name_before: re.Pattern[str]
    """The head of a body of water's name right before a state's name ("Gulf of ", "Lake "): WATER-NAME."""
    people_from: re.Pattern[str]
    """Ends right before an actor whose people act for it: "delegates from (the)"."""
    origin_from: re.Pattern[str]
    """Ends right before the actor a weapon came from: "drones launched from", "the jamming was coming from"."""
    particle_in: re.Pattern[str]
    """Ends right before the object of a phrasal verb with "in": "rein in (the)"."""
    answer_place_before: re.Pattern[str]
    """Ends right before an actor that a rebuttal's words name only as a place: "in", "to (the)"."""
    facilitator_before: re.Pattern[str]
    """Ends right before the host or mediator of talks: "hosted by (the)", "under the auspices of (the)"."""
    facilitator_after: re.Pattern[str]
    """Matches right after a facilitator's name: "('s) auspices" (group `noun`), ", acting as a go-between"."""
    means_before: re.Pattern[str]
    """Ends right before a facilitator named with its noun after it: "under (the)", "through"."""
    venue_before: re.Pattern[str]
    """Ends right before the body whose meeting is a venue: "at an (emergency)", "at the meeting of (the)"."""
    venue_after: re.Pattern[str]
    """Matches right after that body's name: "('s) (foreign ministers') summit" (group `noun` when the noun is
    there; "at the meeting of X" needs none)."""
    measure_before: re.Pattern[str]
    """Ends right before the demonym of whom a measure hits: "duties on (the)", "sanctions on"."""
    bystander_nouns: frozenset[str]
    """Nouns after a demonym for people caught up in events, not acting for a state ("Indian nationals")."""
    unsaid_forms: frozenset[str]
    """Forms of verbs of telling that, negated, report silence ("did not say which side fired"): no denial."""
    harm_before: re.Pattern[str]
    """Ends right before the victim of a harm noun: "war against", "attacks on (the)", "the invasion of"."""
    agent_words: frozenset[str]
    """Words for those acting for an actor named before them ("al-Shabaab fighters", "Israeli jets")."""
    conditional_before: re.Pattern[str]
    """Ends right after a conditional and before an actor ("if (the)"): what follows has not happened."""
    perpetration_after: re.Pattern[str]
    """Starts right after an actor reported attacking: "(fighters) stormed", "(jets) carried out strikes"."""
    cleft: re.Pattern[str]
    """A cleft and its focus: "it was <focus> that", "it is <focus> who" (CLEFT-COUNTER, grammar.json)."""
    done_question_auxiliaries: frozenset[str]
    """Auxiliaries after a question word that take the act asked about as done ("What did X say?"): read it."""
    prior_time_adverbs: frozenset[str]
    """Adverbs that put what a sentence reports before what was reported ahead of it (EARLIER-WORDS)."""
    floating_quantifiers: frozenset[str]
    """Quantifiers that float after a subject, before its verb ("X and Y both accused Z", "they each said")."""
    past_auxiliaries: frozenset[str]
    """Auxiliaries that make a subject's verb a deed done (past or perfect), not one to come (COUNTER-FACT)."""
    quoting_forms: frozenset[str]
    """Forms of verbs that relay another's words ("quoted X as saying"): X speaks."""
    resolve_forms: frozenset[str]
    """Forms of verbs that, negated, state resolve ("will not hesitate", "would not stand by"): no denial."""
    threat_lemmas: frozenset[str]
    """Verbs a future modal puts before "no" in a threat ("will find no place to hide"): no denial."""
    state_owner_words: frozenset[str]
    """Words of a description making a named body the state's own ("the state's watchdog": STATE-RUN)."""
    court_decisions: frozenset[str]
    """Report nouns of a court's decision ("ruling", "verdict"): no statement of the court when named in passing."""
    disqualified_acts: frozenset[str]
    """Verbs after "no right to", "in no position to" that make the phrase deny a critic's standing ("lecture")."""
    capital_speech_after: re.Pattern[str]
    """Matches right after a capital that speaks as its government ("'s response", " has rejected")."""
    place_nouns: frozenset[str]
    """Nouns that make a name before them a place ("the Taiwan region", "the Lebanon border")."""
    other_document_modifiers: frozenset[str]
    """Words that make a framed document another than the known one ("In a separate statement"): DOCUMENT-FRAME."""
    posed_participles: frozenset[str]
    """Participles that make a noun before "by" a danger ("the threat posed by X"), not X's words: CITED-AUTHOR."""
    topic_nouns: frozenset[str]
    """Nouns of a state of affairs a name before them places ("the Ukraine crisis", "the Syria conflict")."""
    agreement_nouns: frozenset[str]
    """Nouns of an agreement between parties ("the pact", "the deal"): a stance on it is a stance on its parties."""
    media_nouns: frozenset[str]
    """Words for the press between a demonym and a report ("an Australian media report"): the media's, no state's."""
    outlet_words: frozenset[str]
    """Words that make a capital after them part of a broadcaster's name ("Radio Tehran"): no state is named."""
    instrument_nouns: frozenset[str]
    """Nouns of a rule an actor laid down ("Security Council resolutions", "the UN Charter"): the actor is no target."""
    means_of_speech: frozenset[str]
    """How words reach the press ("said by phone", "told Reuters by video link"): after "by", no agent."""
    membership_nouns: frozenset[str]
    """Words for an organization's members ("the bloc's members"): a document they issue is the organization's."""
    member_after: re.Pattern[str]
    """Matches right after an organization that describes one member ("(an EU and NATO) member state")."""
    member_of_before: re.Pattern[str]
    """Ends right before an organization a state is described as a member of ("a member of both the")."""
    time_subordinators: frozenset[str]
    """Words opening a time clause ("after X closed the border"): its subject acts in a participle after it."""
    counted_members: frozenset[str]
    """Words before an organization that make "X allies" / "X members" a description ("two NATO allies")."""
    plural_members: re.Pattern[str]
    """Matches right after a counted organization its plural members ("(two NATO) allies")."""
    response_openers: tuple[tuple[str, ...], ...]
    """Openers of an answer ("in response to", "asked about"), as word tuples in the order they are tried."""
    question_openers: frozenset[tuple[str, ...]]
    """Openers of an answer to a question ("asked about"): it rebuts only with words that counter."""
    referral_before: re.Pattern[str]
    """Ends right before an organization a matter is taken to ("raise the issue with (the)"): a forum."""
    ruling_before: re.Pattern[str]
    """Ends right before an organization whose ruling or vote is cited ("the advisory opinion of (the)")."""
    verb_particles: frozenset[str]
    """Verbs of the vocabulary that are a particle after another verb ("pull back", "roll back"): not "back" X."""
    audiences: frozenset[str]
    """Whom one speaks to, right after a verb of speaking ("told reporters", "told a news conference")."""
    audience_verbs: frozenset[str]
    """Verbs of speaking whose object is the audience ("told", "briefed"), not what is said."""
    attribution_lemmas: frozenset[str]
    """The verbs a reporter attributes words with ("said", "told"): a text without them in the past is no report."""
    own_document_prepositions: frozenset[str]
    """Prepositions that make a document the subject's means of speaking ("answered with a communique")."""
    irregular_participles: frozenset[str]
    """The past participles of the irregular verbs ("read", "written"): "a statement read by Name"."""
    reciprocals: frozenset[tuple[str, str]]
    """Two-word objects that aim a joint act at the co-speakers ("each other", "one another", "the other's")."""
    attribution_participles: frozenset[str]
    """Participles that attribute words just quoted to an agent ("This statement was made by X")."""
    author_to_participles: frozenset[str]
    """Participles whose author follows "to", not "by" ("a communique attributed to X"): X wrote it."""
    irregular_author_participles: frozenset[str]
    """Irregular participles that make a report, its author after "by" ("the claims made by X", "brought by X")."""
    own_deed_report: re.Pattern[str]
    """After an actor, "said it", "claimed they" (grammar.json `own_deed_reports`): SAID-IT-DID."""
    briefing_nouns: frozenset[str]
    """A spokesperson's regular occasions ("press briefing", "news conference"): BRIEFING-FRAME."""
    topic_shift: re.Pattern[str]
    """Matches at a sentence's start that turns to another matter: "Elsewhere", "Separately", "Turning to"."""
    state_roles: frozenset[str]
    """Roles only a state (or a government in fact) holds: "foreign ministry", "army", "prime minister"."""
    posted_roles: frozenset[str]
    """Roles whose "to X" names where they are posted, not whom they speak for ("envoy to the UN")."""
    counterpart_roles: frozenset[str]
    """Roles of the same office on the other side ("his Ugandan counterpart"): the possessor is not their actor."""
    organization_offices: frozenset[str]
    """Titles of an organization's secretariat ("Secretary-General Name"): the last organization named or its parent."""
    office_default: str
    """The organization of a secretariat title when none is named before it (frames.json, the United Nations)."""
    named_offices: frozenset[str]
    """Organization titles that take no default: only an organization named before them ("Commissioner Name")."""
    national_offices: frozenset[str]
    """Titles only a state's government holds: with no actor tied to them, the dateline's state ("Minister Name")."""
    state_agency_heads: frozenset[str]
    """Last words of a state agency's name after a demonym ("the Australian Border Force"): its state's."""
    untied_state_roles: frozenset[str]
    """Roles that are a state's body only when the text tied them to no actor yet ("the military")."""
    body_kinds: dict[str, frozenset[str]]
    """A body's lemma -> the lemmas that name the same body ("junta": "military government", ...; OTHER-BODY)."""
    non_state_modifiers: frozenset[str]
    """Modifiers putting a role outside its possessor's state ("Kenya's opposition party": OPPOSITION-NOT-STATE)."""
    paired_plurals: frozenset[str]
    """Plural nouns that, counted as a pair, mean two states ("both governments", "the two countries")."""
    publishing_lemmas: frozenset[str]
    """Verbs of putting out a document whose content is a claim ("criticised X for publishing a map")."""
    quantity_openers: frozenset[tuple[str, ...]]
    """Prepositions that open a number, not an adverbial ("said at least 1,200 children had been killed")."""
    generic_body_names: frozenset[str]
    """Body names many institutions share ("security council"): after a capitalised word, part of a longer name."""
    bloc_heads: frozenset[str]
    """Descriptions of a bloc of states ("the bloc", "the alliance"): never the UN system, a court or an NGO."""
    self_verbs: frozenset[str]
    """Verbs of a relative that identifies its subject as a role ("identified himself as"): SELF-IDENTIFIED."""
    reflexives: frozenset[str]
    """Reflexive pronouns after those verbs ("himself", "herself", "themselves")."""
    also_words: frozenset[str]
    """Words that make a rejection's "it" the claim another just rejected ("also", "too"): ALSO-REJECTED."""
    answering_verbs: tuple[tuple[str, ...], ...]
    """Verbs of a note on whom the words just reported answered ("answering", "responding to"): ANSWERING-LATER."""
    compliance_lemmas: frozenset[str]
    """Negated verbs that refuse an order with no object of their own ("will not comply"): NEGATED-COMPLIANCE."""
    release_perfects: tuple[list[str], ...]
    """Participles (as word lists) after "has" that open a release ("taken note", "noted"): RELEASE-VOICE."""
    office_kinds: frozenset[str]
    """Kinds of groups that have a government and national offices: authorities over a territory."""
    group_heads: frozenset[str]
    """Descriptions of a group of people ("the group"): never the UN system or a court (GROUP-DESCRIPTION)."""
    not_group_kinds: frozenset[str]
    """Organization kinds (and ids, in `not_group_ids`) a group description never stands for."""
    not_group_ids: frozenset[str]
    """Organization ids a group description never stands for (the UN itself)."""
    not_bloc_kinds: frozenset[str]
    """Organization kinds (and ids, in `not_bloc_ids`) a bloc description never stands for."""
    not_bloc_ids: frozenset[str]
    """Organizations of universal membership a bloc description never stands for (the United Nations)."""
    backing_compounds: frozenset[str]
    """Second parts of "X-backed", "X-funded" compounds: X is the actor behind what the phrase names."""
    governing_bodies: frozenset[str]
    """Bodies whose bare titles are the dateline state's ("Chief Cabinet Secretary Name")."""
    domain_bodies: frozenset[str]
    """Bodies whose capitalised domain after "of" is part of their name ("Ministry of National Defence")."""
    reporting_counter: frozenset[str]
    """Counter verbs that as often only report ("ISWAP claimed the attack"): no TALKED-OF rebuttal."""
    intransitive_speech: frozenset[str]
    """Verbs of speech only without an object ("she continued"; not "the ship continued its voyage")."""
    demonym_agents: frozenset[str]
    """Nouns (all forms) after a demonym that make it its state acting ("Indian agents", "Chinese warships")."""
    private_agents: frozenset[str]
    """Agent nouns for firms, not a state's own people ("Iranian firms"): DEMONYM-AGENT-OBJECT skips them."""
    demonym_peoples: frozenset[str]
    """Nouns (all forms) after a demonym that name its state's people ("the Somali people"): DEMONYM-PEOPLE."""
    demonym_acts: frozenset[str]
    """Nouns (all forms) of hostile conduct after a demonym that make it the state doing it ("the Russian strike")."""
    conduct_nouns: frozenset[str]
    """Nouns (all forms) of deeds: rejected or protested, they accuse the doer and answer no words (REJECT-ACT)."""
    generic_modifiers: frozenset[str]
    """Modifiers that make a description everyone's, no actor's ("the international community"): GENERIC-COLLECTIVE."""
    event_nouns: frozenset[str]
    """Nouns (all forms) standing for whatever deed was just reported ("the incident"): CHARGED-DEED."""
    same_things: dict[str, frozenset[str]]
    """For each form of a noun in a `same_thing_nouns` group, every form of its group ("boats" -> "vessel", ...)."""
    post_forms: frozenset[str]
    """Forms of verbs that give a person's post ("Name, who heads the agency,"): head, lead, run, chair ..."""
    voice_roles: frozenset[str]
    """Roles whose holder only speaks for a body ("spokesperson"): with no body named, the one that just spoke."""
    version: str
    """The data files' version."""
    time_words: frozenset[str] = attrs.field(init=False, eq=False, repr=False)
    """Words that may open a time adverbial: named days and time modifiers."""
    single: dict[str, tuple[Entry, ...]] = attrs.field(factory=dict, eq=False, repr=False)
    """A word that opens no longer phrase -> its entries: the common case, looked up without `lookup`."""
    verb_or_noun: dict[int, bool] = attrs.field(factory=dict, eq=False, repr=False)
    """id() of an entries tuple of the index that is both a verb and a noun ("claims") -> whether a base form."""
    tag_memo: dict[tuple[int, bool, bool, str, bool, str], str] = attrs.field(factory=dict, eq=False, repr=False)
    """The tag `units` chose for an entries tuple of the index in a context (filled as sentences are read)."""

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "time_words", self.named_days | self.time_modifiers)
        for word, candidates in self.index.items():
            if len(candidates) == 1 and len(candidates[0][0]) == 1:
                self.single[word] = candidates[0][1]
        for candidates in self.index.values():
            for _, entries in candidates:
                kinds = {e.kind for e in entries}
                if "verb" in kinds and kinds & {"noun", "attack", "situation"}:  # "the attacks", "a dispute"
                    forms = {e.form for e in entries if e.kind == "verb"}
                    self.verb_or_noun[id(entries)] = "base" in forms

    def word_entries(self, word: str) -> tuple[Entry, ...]:
        """The entries of a one-word phrase of the vocabulary (() if none)."""
        found = self.single.get(word)
        if found is not None:
            return found
        return next((entries for phrase, entries in self.index.get(word, ()) if len(phrase) == 1), ())

    def lookup(self, words: list[str], at: int) -> tuple[int, tuple[Entry, ...]]:
        """The longest phrase starting at `words[at]`: its length in words and its entries (0, () if none)."""
        candidates = self.index.get(words[at])
        if not candidates:
            return 0, ()
        for phrase, entries in candidates:
            n = len(phrase)
            if n == 1:
                return 1, entries
            if tuple(words[at : at + n]) == phrase:
                return n, entries
        return 0, ()


def _read(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((resources.files("geostance") / "data" / name).read_text("utf-8"))
    return data


class _Table:
    """Phrases of the vocabulary with their entries, as they are added (an entry once per phrase)."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, ...], list[Entry]] = {}

    def add(self, phrase: str, entry: Entry) -> None:
        words = tuple(phrase.lower().split())
        if words:
            bucket = self.entries.setdefault(words, [])
            if entry not in bucket:
                bucket.append(entry)

    def index(self) -> dict[str, tuple[tuple[tuple[str, ...], tuple[Entry, ...]], ...]]:
        """First word -> (phrase, entries), longest phrases first."""
        found: dict[str, list[tuple[tuple[str, ...], tuple[Entry, ...]]]] = {}
        for words, entries in self.entries.items():
            found.setdefault(words[0], []).append((words, tuple(entries)))
        return {first: tuple(sorted(items, key=lambda item: -len(item[0]))) for first, items in found.items()}


def _add_verbs(table: _Table, frames: dict[str, Any]) -> dict[str, list[tuple[str, Entry]]]:
    """Every form of every verb lemma by class; returns the split verbs ("hold * responsible") by form."""
    irregular = frames["irregular_verbs"]
    doubled = frozenset(frames["doubled_final_consonant"])
    split: dict[str, list[tuple[str, Entry]]] = {}
    for name, spec in frames["verb_classes"].items():
        for lemma in spec["lemmas"]:
            for form, written in inflect_verb(lemma, irregular, doubled).items():
                table.add(written, Entry("verb", name, lemma, form))
        for lemma in spec.get("split_lemmas", []):  # "hold * responsible": the object stands at the star
            head, _, closing = lemma.partition(" * ")
            for form, written in inflect_verb(head, irregular, doubled).items():
                split.setdefault(written, []).append((closing, Entry("verb", name, lemma, form)))
    for kind, category, key in (("hostile", "hostile", "lemmas"), ("obligation", "unmet", "unmet")):
        for lemma in frames["hostile_acts"][key]:
            for form, written in inflect_verb(lemma, irregular, doubled).items():
                table.add(written, Entry(kind, category, lemma, form))
    return split


def _negated_verbs(frames: dict[str, Any]) -> dict[str, Entry]:
    """Every form of the verbs that belong to a class only when negated (`negated_lemmas`; NEGATED-ACCEPTANCE)."""
    irregular = frames["irregular_verbs"]
    doubled = frozenset(frames["doubled_final_consonant"])
    return {
        written: Entry("verb", name, lemma, form)
        for name, spec in frames["verb_classes"].items()
        for lemma in spec.get("negated_lemmas", [])
        for form, written in inflect_verb(lemma, irregular, doubled).items()
    }


def _with_deputies(offices: list[str], frames: dict[str, Any]) -> list[str]:
    """Offices with their deputies: "minister for foreign affairs" -> "deputy minister for foreign affairs" too.

    Only offices that open with a head of frames.json `office_prefixes` and name a portfolio ("of", "for").
    """
    spec = frames["office_prefixes"]
    heads = tuple(f"{head} " for head in spec["heads"])
    out = dict.fromkeys(offices)
    for office in offices:
        if office.startswith(heads) and (" of " in office or " for " in office):
            out.update(dict.fromkeys(f"{prefix} {office}" for prefix in spec["prefixes"]))
    return list(out)


def _body_kinds(kinds: list[list[str]]) -> dict[str, frozenset[str]]:
    """Each body lemma -> every lemma of the kinds it belongs to (a lemma may be of two: "junta")."""
    out: dict[str, set[str]] = {}
    for kind in kinds:
        for lemma in kind:
            out.setdefault(lemma, set()).update(kind)
    return {lemma: frozenset(same) for lemma, same in out.items()}


def _add_nouns(table: _Table, frames: dict[str, Any]) -> None:
    """Report nouns, roles, descriptions, judgments and the other open-class words of `frames.json`."""
    plurals = frames["irregular_plurals"]
    for act, nouns in frames["report_nouns"].items():
        for noun in nouns:
            for n, written in enumerate(inflect_noun(noun, plurals)):
                table.add(written, Entry("noun", act, noun, "plural" if n else "singular"))
    for category, roles in frames["roles"].items():
        for role in _with_deputies(roles, frames) if category == "person" else roles:
            forms = [role] if category in ("collective", "agent") else inflect_noun(role)
            for n, written in enumerate(forms):
                number = "plural" if n or category in ("collective", "agent") else "singular"
                table.add(written, Entry("role", category, role, number))
    for actor_type, heads in frames["descriptions"].items():
        for head in heads:
            table.add(head, Entry("description", actor_type, head))
            for plural in inflect_noun(head, plurals)[1:] if actor_type == "organization" else []:
                if plural not in heads:  # "the two bodies", "both blocs": organizations counted
                    table.add(plural, Entry("description", actor_type, head, "plural"))
    for category, phrases in frames["stance_adjectives"].items():  # "was dismissive of": a verb of that class
        for phrase in phrases if category != "note" else ():
            table.add(phrase, Entry("verb", category, phrase, "adjective"))
    for kind, words in frames["judgments"].items():
        for word in words:
            table.add(word, Entry("judgment", kind, word))
    for phrase in frames["disqualifications"]["phrases"]:  # "no right to (lecture)": see `disqualified_acts`
        table.add(phrase, Entry("judgment", "disqualification", phrase))
    for kind, nouns in frames["countable_judgments"].items():  # "fabrications", "violations"
        for noun in nouns:
            for written in inflect_noun(noun, plurals)[1:]:
                table.add(written, Entry("judgment", kind, noun))
    simple = (
        ("concern_adjectives", "concern_adj", "concern"),
        ("denial_expressions", "denial", "deny"),
        ("refusal_expressions", "judgment", "falsity"),  # "cannot accept" rebuts what another claimed
        ("attack_nouns", "attack", "attack"),
        ("role_modifiers", "modifier", "role"),
        ("past_role_modifiers", "past_modifier", "role"),
    )
    for key, kind, category in simple:
        for word in frames[key]:
            table.add(word, Entry(kind, category, word))
    for noun in frames["situation_nouns"]["nouns"]:  # NOUN-IN-PHRASE: "a long-running dispute"
        for written in inflect_noun(noun, plurals):
            table.add(written, Entry("situation", "", noun))
    for word in frames["actor_modifiers"]["words"]:  # "neighbouring Sudan": a modifier the name's phrase keeps
        table.add(word, Entry("modifier", "actor", word))


_CLOSED = {
    "determiners": "det",
    "prepositions": "prep",
    "auxiliaries": "aux",
    "negations": "neg",
    "coordinators": "coord",
    "contrast_conjunctions": "contrast",
    "subordinators": "sub",
    "relatives": "rel",
    "complementizers": "comp",
    "adverbs": "adv",
    "titles": "title",
    "numbers": "number",
}
"""Closed-class families of `grammar.json` -> the entry kind of their words."""


def _add_grammar(table: _Table, grammar: dict[str, Any]) -> None:
    """Closed-class words, pronouns, possessives and neutral phrases of `grammar.json`."""
    aux_kind = {
        **dict.fromkeys(grammar["passive_auxiliaries"], "passive"),
        **dict.fromkeys(grammar["obligation_modals"], "obligation"),
        **dict.fromkeys(grammar["future_modals"], "future"),
    }
    for key, kind in _CLOSED.items():
        for word in grammar[key]:
            category = aux_kind.get(word, "perfect") if kind == "aux" else ""
            table.add(word, Entry("of" if kind == "prep" and word == "of" else kind, category, word))
    for phrase in grammar["neutral_phrases"]:  # "lies in": no judgment, though "lies" alone is one
        table.add(phrase, Entry("neutral", "", phrase))
    for word in grammar["possessive_pronouns"]:
        table.add(word, Entry("det", "possessive", word))
    for word, person in grammar["pronouns"].items():
        table.add(word, Entry("pron", person, word))


def _described_name(spec: dict[str, Any]) -> re.Pattern[str]:
    """`Vocabulary.described_name` (DEFINED-BY-DESCRIPTION).

    A capitalised name (an acronym in brackets may follow), a comma, a/an/the, at most four words, then a
    description noun of `spec` (not its possessive: "X, the group's leader" describes a person).
    """
    nouns = _alternation(spec["group_nouns"] + spec["organization_nouns"])
    name = _capitalised_name("de|del|la|al|el|of|for|the|and|in")
    return re.compile(
        rf"(?<![\w'’-]){name}(?:[ \t]*\((?P<acr>[A-Z][\w-]*)\))?,[ \t]+(?:an?|the)[ \t]+"
        rf"(?P<mods>(?:[\w'’-]+[ \t]+){{0,4}}?)(?P<noun>{nouns})(?![\w'’-])(?:[ \t]+(?P<next>[\w'’-]+))?"
    )


def _capitalised_name(particles: str) -> str:
    """The `name` group of a described name: up to seven capitalised words, `particles` (lower case) between them."""
    # a period only inside the first word (initials), never ending it: "Monday. The X Council" is two sentences
    # an ordinal may open it: "the 33rd Front, a dissident faction"
    return (
        rf"(?P<name>(?:\d+(?:st|nd|rd|th)[ \t]+)?[A-Z](?:[\w'’-]|\.(?=\w))*"
        rf"(?:[ \t]+(?:(?:{particles})[ \t]+)*[A-Z][\w'’-]*){{0,6}})"
    )


def _name_after_description(spec: dict[str, Any]) -> re.Pattern[str]:
    """`Vocabulary.name_after_description` (DESCRIPTION-BEFORE-NAME).

    "the", at most three words, a description noun of `spec`, then a capitalised name (lower-case particles
    "of", "the", "al" inside it; not "and", so a list is not one name).
    """
    nouns = _alternation(spec["group_nouns"] + spec["organization_nouns"])
    return re.compile(
        rf"(?<![\w-])[Tt]he[ \t]+(?P<mods>(?:[\w'’-]+[ \t]+){{0,3}}?)(?P<noun>{nouns})[ \t]+"
        rf"{_capitalised_name('de|del|la|al|el|of|for|the')}(?:[ \t]*\((?P<acr>[A-Z][\w-]*)\))?(?![\w'’-])"
    )


def _build(frames: dict[str, Any], grammar: dict[str, Any]) -> Vocabulary:
    table = _Table()
    split = _add_verbs(table, frames)
    _add_nouns(table, frames)
    _add_grammar(table, grammar)
    return Vocabulary(
        index=table.index(),
        class_act={name: spec["act"] for name, spec in frames["verb_classes"].items()},
        class_rebut={name: spec["rebut"] for name, spec in frames["verb_classes"].items()},
        not_names=frozenset(grammar["not_names"]),
        comitative_phrases=frozenset(tuple(p.split()) for p in grammar["comitative_phrases"]["phrases"]),
        described_name=_described_name(grammar["descriptor_definitions"]),
        name_after_description=_name_after_description(grammar["descriptor_definitions"]),
        release_heading=re.compile(
            rf"(?i:(?:{_alternation(grammar['release_headings']['nouns'])}))[ \t]+"
            rf"(?:{_alternation(grammar['release_headings']['prepositions'])})[ \t]+(?=\S)"
        ),
        descriptor_organizations=frozenset(
            grammar["descriptor_definitions"]["organization_nouns"]
            + grammar["descriptor_definitions"]["organization_modifiers"]
        ),
        descriptor_people=frozenset(grammar["descriptor_definitions"]["person_nouns"]),
        descriptor_armed=frozenset(grammar["descriptor_definitions"]["armed_modifiers"]),
        descriptor_business=frozenset(grammar["descriptor_definitions"]["business_modifiers"]),
        pronouns=dict(grammar["pronouns"]),
        name_particles=frozenset(grammar["name_particles"]),
        name_suffixes=frozenset(grammar["name_suffixes"]),
        not_adverbs=frozenset(grammar["not_adverbs"]),
        not_person_heads=frozenset(grammar["not_person_heads"]),
        time_nouns=frozenset(grammar["time_nouns"]),
        time_modifiers=frozenset(grammar["time_modifiers"]),
        named_days=frozenset(grammar["named_days"]),
        given_name_months=frozenset(grammar["given_name_months"]["words"]),
        duration_nouns=frozenset(
            form
            for noun in grammar["duration_nouns"]["nouns"]
            for form in inflect_noun(noun, frames["irregular_plurals"])
        ),
        unrealised_before_to=frozenset(grammar["unrealised_before_to"]),
        attempt_forms=_verb_forms(frames["attempt_lemmas"]["lemmas"], frames),
        offer_forms=_verb_forms(frames["offer_lemmas"]["lemmas"], frames),
        maintain_forms=_verb_forms(frames["maintain_lemmas"]["lemmas"], frames),
        maintained_objects=frozenset(frames["maintain_lemmas"]["objects"]),
        pledge_words=frozenset(frames["pledge_words"]["words"]),
        pledge_nouns=frozenset(frames["pledge_nouns"]["nouns"]),
        answer_nouns=frozenset(frames["answer_nouns"]["nouns"]),
        answer_heads=frozenset(frames["answer_heads"]["words"]),
        different_adjectives=frozenset(frames["different_accounts"]["adjectives"]),
        account_nouns=frozenset(frames["different_accounts"]["nouns"]),
        rumour_sources=frozenset(form for noun in frames["rumour_sources"]["nouns"] for form in (noun, noun + "s")),
        hearsay_nouns=frozenset(frames["hearsay_nouns"]["lemmas"]),
        report_qualities=frozenset(frames["report_qualities"]["nouns"]),
        count_nouns=frozenset(
            form for noun in frames["count_nouns"]["nouns"] for form in inflect_noun(noun, frames["irregular_plurals"])
        ),
        evidence_nouns=frozenset(
            form
            for noun in frames["evidence_nouns"]["nouns"]
            for form in inflect_noun(noun, frames["irregular_plurals"])
        ),
        government_words=frozenset(frames["government_nouns"]["nouns"]),
        federations=frozenset(frames["federations"]["states"]),
        split_verbs={form: tuple(pairs) for form, pairs in split.items()},
        negated_verbs=_negated_verbs(frames),
        state_roles=frozenset(frames["state_roles"]),
        posted_roles=frozenset(frames["posted_roles"]),
        counterpart_roles=frozenset(frames["counterpart_roles"]["roles"]),
        national_offices=frozenset(_with_deputies(frames["national_offices"], frames)),
        state_agency_heads=frozenset(frames["state_agency_heads"]["words"]),
        untied_state_roles=frozenset(frames["untied_state_roles"]["roles"]),
        body_kinds=_body_kinds(frames["body_kinds"]["kinds"]),
        non_state_modifiers=frozenset(frames["non_state_modifiers"]["words"]),
        paired_plurals=frozenset(frames["paired_plurals"]["nouns"]),
        organization_offices=frozenset(frames["organization_offices"]["roles"]),
        office_default=frames["organization_offices"]["default"],
        named_offices=frozenset(frames["organization_offices"]["named_only"]),
        publishing_lemmas=frozenset(frames["publishing_lemmas"]),
        intransitive_speech=frozenset(frames["intransitive_speech_lemmas"]),
        reporting_counter=frozenset(frames["reporting_counter_lemmas"]["lemmas"]),
        governing_bodies=frozenset(frames["governing_bodies"]["bodies"]),
        domain_bodies=frozenset(frames["domain_bodies"]["words"]),
        backing_compounds=frozenset(frames["backing_compounds"]["words"]),
        generic_body_names=frozenset(frames["generic_body_names"]["names"]),
        bloc_heads=frozenset(frames["bloc_descriptions"]["heads"]),
        not_bloc_kinds=frozenset(frames["bloc_descriptions"]["not_kinds"]),
        group_heads=frozenset(frames["group_descriptions"]["heads"]),
        not_group_kinds=frozenset(frames["group_descriptions"]["not_kinds"]),
        not_group_ids=frozenset(frames["group_descriptions"]["not_ids"]),
        release_perfects=tuple(phrase.split() for phrase in grammar["release_perfects"]["phrases"]),
        self_verbs=frozenset(grammar["self_identification"]["verbs"]),
        reflexives=frozenset(grammar["self_identification"]["reflexives"]),
        also_words=frozenset(grammar["also_words"]["words"]),
        answering_verbs=tuple(tuple(phrase.split()) for phrase in grammar["answering_verbs"]["phrases"]),
        compliance_lemmas=frozenset(frames["verb_classes"]["reject"]["compliance_lemmas"]),
        office_kinds=frozenset(frames["government_descriptions"]["office_kinds"]),
        not_bloc_ids=frozenset(frames["bloc_descriptions"]["not_ids"]),
        quantity_openers=frozenset(tuple(phrase.split()) for phrase in grammar["quantity_openers"]),
        demonym_agents=frozenset(
            form
            for noun in frames["demonym_agents"]["nouns"]
            for form in inflect_noun(noun, frames["irregular_plurals"])
        ),
        private_agents=frozenset(frames["private_agents"]["nouns"]),
        demonym_peoples=frozenset(
            form
            for noun in frames["demonym_peoples"]["nouns"]
            for form in inflect_noun(noun, frames["irregular_plurals"])
        ),
        demonym_acts=frozenset(
            form for noun in frames["demonym_acts"]["nouns"] for form in inflect_noun(noun, frames["irregular_plurals"])
        ),
        conduct_nouns=frozenset(
            form
            for noun in (
                *frames["conduct_nouns"]["nouns"],
                *frames["demonym_acts"]["nouns"],
                *frames["harm_nouns"]["nouns"],
                *frames["attack_nouns"],
            )
            for form in inflect_noun(noun, frames["irregular_plurals"])
        ),
        generic_modifiers=frozenset(frames["generic_modifiers"]["words"]),
        event_nouns=frozenset(
            form for noun in frames["event_nouns"]["nouns"] for form in inflect_noun(noun, frames["irregular_plurals"])
        ),
        same_things=_same_things(frames),
        post_forms=_verb_forms(frames["post_lemmas"], frames),
        voice_roles=frozenset(frames["voice_roles"]),
        not_additive=frozenset(grammar["not_additive"]),
        degree_after_not=frozenset(grammar["degree_after_not"]),
        predicate_hedges=tuple(tuple(h.split()) for h in grammar["predicate_hedges"]),
        passive_forms=frozenset(grammar["passive_auxiliaries"]),
        singling_out=frozenset(grammar["singling_out"]),
        workplace_prepositions=frozenset(grammar["workplace_prepositions"]),
        collective_possessives=frozenset(grammar["collective_possessives"]),
        own_people=frozenset(frames["own_people"]["nouns"]),
        corrective_contrasts=frozenset(grammar["corrective_contrasts"]),
        kind_quantifiers=frozenset(grammar["kind_quantifiers"]),
        report_topic_prepositions=frozenset(grammar["report_topic_prepositions"]["words"]),
        named_body_heads=frozenset(grammar["named_body_heads"]["words"]),
        naming_phrases=frozenset(tuple(phrase.split()) for phrase in grammar["naming_phrases"]),
        definite_determiners=frozenset(grammar["definite_determiners"]),
        demonstratives=frozenset(grammar["demonstratives"]),
        channel_nouns=frozenset(frames["channel_nouns"]),
        non_claim_objects={
            sense: frozenset(form for noun in nouns for form in inflect_noun(noun))
            for sense, nouns in frames["non_claim_objects"].items()
            if sense != "note"
        },
        personnel_lemmas=frozenset(frames["personnel_lemmas"]),
        price_lemmas=frozenset(frames["price_senses"]["lemmas"]),
        price_words=frozenset(frames["price_senses"]["words"]),
        charge_markers=frozenset(frames["price_senses"]["charge_markers"]),
        blame_transfers=dict(frames["blame_transfers"]),
        physical_judgments=frozenset(frames["physical_judgments"]["lemmas"]),
        justification_words=frozenset(frames["justification_words"]["words"]),
        motive_heads=frozenset(frames["motive_judgments"]["heads"]),
        motive_links=frozenset(frames["motive_judgments"]["links"]),
        motive_verbs=_verb_forms(frames["motive_judgments"]["verbs"], frames),
        physical_objects=frozenset(
            form
            for noun in [
                *frames["physical_judgments"]["objects"],
                *frames["non_claim_objects"]["military"],
                *frames["non_claim_objects"]["territorial"],
                *grammar["place_nouns"],
            ]
            for form in inflect_noun(noun)
        ),
        place_nouns=frozenset(grammar["place_nouns"]),
        topic_nouns=frozenset(grammar["topic_nouns"]),
        posed_participles=frozenset(grammar["posed_participles"]["words"]),
        other_document_modifiers=frozenset(grammar["other_document_modifiers"]["words"]),
        agreement_nouns=frozenset(grammar["agreement_nouns"]),
        outlet_words=frozenset(grammar["outlet_words"]),
        media_nouns=frozenset(grammar["media_nouns"]),
        instrument_nouns=frozenset(grammar["instrument_nouns"]),
        means_of_speech=frozenset(grammar["means_of_speech"]),
        membership_nouns=frozenset(grammar["membership_nouns"]),
        time_subordinators=frozenset(grammar["time_subordinators"]),
        counted_members=frozenset(grammar["counted_members"]),
        plural_members=re.compile(
            r"\s+(?:" + "|".join(map(re.escape, grammar["counted_member_nouns"])) + r")\b", re.IGNORECASE
        ),
        response_openers=tuple(tuple(o.split()) for o in grammar["response_openers"]["openers"]),
        question_openers=frozenset(tuple(o.split()) for o in grammar["response_openers"]["question_openers"]),
        ruling_before=re.compile(
            r"\b(?:"
            + "|".join(re.escape(w) for w in sorted(grammar["ruling_nouns"], key=len, reverse=True))
            + r")\s+(?:of|by)\s+(?:the\s+)?$",
            re.IGNORECASE,
        ),
        referral_before=re.compile(
            r"\b(?:" + "|".join(map(re.escape, grammar["referral_forms"])) + r")\b(?:\s+[\w'’-]+){0,7}?\s+"
            r"(?:back\s+)?(?:with|to|before)\s+(?:the\s+)?$",
            re.IGNORECASE,
        ),
        member_after=re.compile(
            r"(?:\s+and\s+[A-Z][\w-]*)?\s+(?:"
            + "|".join(re.escape(w) for w in sorted(grammar["member_descriptions"], key=len, reverse=True))
            + r")\b(?!s)",
            re.IGNORECASE,
        ),
        member_of_before=re.compile(
            r"\b(?:a|an)\s+(?:(?:"
            + "|".join(map(re.escape, grammar["member_of_modifiers"]["words"]))
            + r")\s+)?(?:"
            + "|".join(re.escape(w) for w in sorted(grammar["member_descriptions"], key=len, reverse=True))
            + r")\s+of\s+(?:both\s+)?(?:the\s+)?$",
            re.IGNORECASE,
        ),
        audiences=frozenset(grammar["audiences"]),
        audience_verbs=frozenset(grammar["audience_verbs"]),
        own_document_prepositions=frozenset(grammar["own_document_prepositions"]),
        irregular_participles=frozenset(forms[3] for forms in frames["irregular_verbs"].values()),
        attribution_lemmas=frozenset(grammar["attribution_lemmas"]),
        verb_particles=frozenset(grammar["verb_particles"]),
        partner_forms=_verb_forms(grammar["partner_verbs"], frames),
        partner_nouns=frozenset(grammar["partner_nouns"]),
        partner_adverbs=frozenset(grammar["partner_adverbs"]),
        echo_stopwords=frozenset(grammar["echo_stopwords"]),
        prepositional_participles=frozenset(grammar["prepositional_participles"]),
        topic_openers=tuple(tuple(o.split()) for o in grammar["topic_openers"]),
        reciprocals=frozenset((one, other) for one, other in (pair.split() for pair in grammar["reciprocals"])),
        attribution_participles=frozenset(grammar["attribution_participles"]),
        author_to_participles=frozenset(grammar["author_to_participles"]),
        irregular_author_participles=frozenset(grammar["irregular_author_participles"]),
        own_deed_report=re.compile(
            r"\)?\s+(?:"
            + "|".join(map(re.escape, grammar["own_deed_reports"]["verbs"]))
            + r")(?:\s+that)?\s+(?:"
            + "|".join(map(re.escape, grammar["own_deed_reports"]["pronouns"]))
            + r")\b",
            re.IGNORECASE,
        ),
        briefing_nouns=frozenset(grammar["briefing_nouns"]),
        topic_shift=re.compile(
            r"\W*(?:" + "|".join(re.escape(w) for w in grammar["topic_shift_openers"]) + r")\b", re.IGNORECASE
        ),
        version=str(frames["version"]),
        **_locatives(grammar["locatives"], frames),
        water_name_before=re.compile(
            rf"\b(?:(?:{_alternation(grammar['water_names']['of_heads'])})\s+of|"
            rf"{_alternation(grammar['water_names']['before_heads'])})\s+$"
        ),
        capital_speech_after=_capital_speech(frames),
        disqualified_acts=frozenset(frames["disqualifications"]["acts"]),
        measure_before=re.compile(
            rf"\b(?:{_alternation(grammar['measure_nouns']['nouns'])})\s+on\s+(?:all\s+)?(?:the\s+)?$",
            re.IGNORECASE,
        ),
        bystander_nouns=frozenset(grammar["bystander_nouns"]["nouns"]),
        unsaid_forms=_verb_forms(grammar["unsaid_lemmas"]["lemmas"], frames),
        harm_before=_harm_before(frames),
        agent_words=frozenset(frames["perpetration"]["agent_words"]),
        conditional_before=re.compile(
            rf"\b(?:{_alternation(frames['perpetration']['conditionals'])})\s+(?:the\s+)?$", re.IGNORECASE
        ),
        perpetration_after=_perpetration_after(frames),
        past_auxiliaries=frozenset(grammar["past_auxiliaries"]),
        done_question_auxiliaries=frozenset(grammar["done_question_auxiliaries"]),
        prior_time_adverbs=frozenset(grammar["prior_time_adverbs"]["adverbs"]),
        floating_quantifiers=frozenset(grammar["floating_quantifiers"]["words"]),
        cleft=re.compile(
            rf"\b(?i:{_alternation(grammar['cleft_openers']['openers'])})\s+(?P<focus>[^,;:.!?]{{1,60}}?)\s+"
            rf"(?i:{_alternation(grammar['cleft_openers']['relatives'])})\b"
        ),
        quoting_forms=_verb_forms(grammar["quoting_lemmas"]["lemmas"], frames),
        resolve_forms=_verb_forms(grammar["resolve_lemmas"]["lemmas"], frames),
        threat_lemmas=frozenset(grammar["resolve_lemmas"]["threat_lemmas"]),
        state_owner_words=frozenset(grammar["descriptor_definitions"]["state_owner_words"]),
        court_decisions=frozenset(grammar["court_decision_nouns"]["nouns"]),
    )


def _verb_forms(lemmas: list[str], frames: dict[str, Any]) -> frozenset[str]:
    """Every form of the verbs `lemmas` (irregular verbs and doubled final consonants as `frames.json` lists them)."""
    irregular, doubled = frames["irregular_verbs"], frozenset(frames["doubled_final_consonant"])
    return frozenset(form for lemma in lemmas for form in inflect_verb(lemma, irregular, doubled).values())


def _alternation(words: list[str]) -> str:
    """A regex alternation of phrases, longest first, each space matching any run of spaces."""
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


def _same_things(frames: dict[str, Any]) -> dict[str, frozenset[str]]:
    """`Vocabulary.same_things`, from `frames.json`'s same_thing_nouns."""
    out: dict[str, frozenset[str]] = {}
    for group in frames["same_thing_nouns"]["groups"]:
        forms = frozenset(form for noun in group for form in inflect_noun(noun, frames["irregular_plurals"]))
        out.update(dict.fromkeys(forms, forms))
    return out


def _harm_before(frames: dict[str, Any]) -> re.Pattern[str]:
    """`Vocabulary.harm_before`, from `frames.json`'s harm_nouns (singular and plural)."""
    spec = frames["harm_nouns"]
    nouns = [form for noun in spec["nouns"] for form in inflect_noun(noun, frames["irregular_plurals"])]
    return re.compile(
        rf"\b(?:{_alternation(nouns)})\s+(?:{_alternation(spec['prepositions'])})\s+(?:the\s+)?$", re.IGNORECASE
    )


def _perpetration_after(frames: dict[str, Any]) -> re.Pattern[str]:
    """`Vocabulary.perpetration_after`, from `frames.json`'s perpetration, hostile_acts and attack_nouns.

    Group `agent` holds the words for those acting for the actor ("fighters", "Israeli jets").
    """
    spec = frames["perpetration"]
    verbs = sorted(_verb_forms(frames["hostile_acts"]["lemmas"] + spec["attack_verbs"], frames))
    light = sorted(_verb_forms(spec["light_verbs"], frames))
    agents = _alternation(spec["agent_words"])
    return re.compile(
        rf"(?P<agent>(?:\s+(?:{agents})){{0,2}})(?:\s+(?:has|have|had|also|reportedly|allegedly|again|then)){{0,2}}"
        rf"\s+(?:(?:{_alternation(verbs)})|(?:{_alternation(light)})\s+(?:[\w-]+\s+){{0,2}}?"
        rf"(?:{_alternation(frames['attack_nouns'])}))\b",
        re.IGNORECASE,
    )


def _capital_speech(frames: dict[str, Any]) -> re.Pattern[str]:
    """`Vocabulary.capital_speech_after`, from `frames.json`'s capital_speech lemmas."""
    spec, irregular = frames["capital_speech"], frames["irregular_verbs"]
    doubled = frozenset(frames["doubled_final_consonant"])
    wanted = {"any_form": ("s", "past"), "present_only": ("s",), "past_only": ("past",)}
    verbs = sorted(
        {
            inflect_verb(lemma, irregular, doubled)[form]
            for key, forms in wanted.items()
            for lemma in spec[key]
            for form in forms
        }
    )
    return re.compile(
        rf"['’]s\s+(?:{_alternation(spec['possessed'])})|"
        r"\s+(?:(?:has|have|had|is|was|will|would|also|again|on\s+\w+day|\w+ly)\s+){0,3}"
        rf"(?:{_alternation(verbs)})\b"
    )


def _locatives(spec: dict[str, Any], frames: dict[str, Any]) -> dict[str, Any]:
    """The patterns read before an actor's name to tell a place from a party (see `Vocabulary.locative_before`)."""
    over, particles = (
        sorted(_verb_forms(spec["over_lemmas"], frames)),
        sorted(_verb_forms(spec["in_particle_lemmas"], frames)),
    )
    facilitated = sorted(_verb_forms(spec["facilitator_lemmas"], frames))
    set_off = sorted(_verb_forms(spec["set_off_facilitator_lemmas"], frames))
    meetings = [form for noun in spec["facilitated_nouns"] for form in inflect_noun(noun, frames["irregular_plurals"])]
    people = [form for noun in spec["people_nouns"] for form in inflect_noun(noun, frames["irregular_plurals"])]
    origin = sorted(_verb_forms(spec["origin_lemmas"], frames))
    arrivals = sorted(_verb_forms(spec["arrival_lemmas"], frames))
    plurals = frames["irregular_plurals"]
    projectiles = [form for noun in spec["projectile_nouns"] for form in inflect_noun(noun, plurals)]
    venue_at = _alternation(spec["venue_prepositions"])
    movement = sorted(_verb_forms(spec["movement_lemmas"], frames)) + [
        form for noun in spec["movement_nouns"] for form in inflect_noun(noun, plurals)
    ]
    venues = _alternation([form for noun in spec["venue_nouns"] for form in inflect_noun(noun, plurals)])
    place = rf"(?:{_alternation(spec['prepositions'] + spec['phrases'])}|(?:{_alternation(over)})\s+over)"
    return {
        "locative_before": re.compile(
            rf"\b{place}\s+(?:the\s+)?(?:(?:{_alternation(spec['area_modifiers'])})\s+)?"
            rf"(?:[\w.]+-(?:{_alternation(spec['area_compounds'])})\s+)?"
            rf"(?:(?:[\w'’-]+\s+)?(?:{_alternation(spec['set_off_places'])})\s*,\s*)?$",  # "in the Haitian capital, X"
            re.IGNORECASE,
        ),
        "people_from": re.compile(rf"\b(?:{_alternation(people)})\s+from\s+(?:the\s+)?$", re.IGNORECASE),
        "destination_to": re.compile(
            rf"\b(?:{_alternation(movement)})(?:\s+(?!to\b)[\w'’-]+(?:,\d{{3}})*){{0,6}}\s+to\s+(?:the\s+)?$",
            re.IGNORECASE,
        ),
        "origin_from": re.compile(
            rf"(?:\b(?:{_alternation(origin)})|\b(?:{_alternation(projectiles)})\b[^.;,]{{0,40}}?\b"
            rf"(?:{_alternation(arrivals)}))\s+from\s+(?:the\s+)?(?:territory\s+of\s+)?$",
            re.IGNORECASE,
        ),
        "facilitator_before": re.compile(
            rf"(?:(?:\b(?:{_alternation(meetings)}),?\s+(?:[\w-]+\s+){{0,2}}(?:{_alternation(facilitated)})|"
            rf",\s+(?:{_alternation(set_off)}))\s+(?:jointly\s+)?by|"
            rf"\b(?:{_alternation(spec['facilitator_phrases'])}))\s+(?:the\s+)?$",
            re.IGNORECASE,
        ),
        "facilitator_after": re.compile(
            rf"(?P<noun>(?:['’]s)?\s+(?:{_alternation(spec['facilitator_nouns_after'])})\b)|"
            rf",?\s+(?:{_alternation(spec['facilitator_verbs'])})\s+as\s+(?:a|an|the)\s+"
            rf"(?:{_alternation(spec['facilitator_roles'])})\b",
            re.IGNORECASE,
        ),
        "means_before": re.compile(rf"\b(?:{_alternation(spec['means_prepositions'])})\s+(?:the\s+)?$", re.IGNORECASE),
        "venue_before": re.compile(
            rf"\b(?:{venue_at})\s+(?:(?:a|an|the|this|its|last\s+week['’]s)\s+)?(?:[\w-]+\s+)?$|"
            rf"\b(?P<of>(?:{venue_at})\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}(?:{venues})\s+of\s+(?:the\s+)?)$",
            re.IGNORECASE,
        ),
        "venue_after": re.compile(
            rf"(?:['’]s)?(?:\s+\([A-Z][\w.-]*\))?\s+(?:[\w'’-]+\s+){{0,2}}?(?:{venues})\b", re.IGNORECASE
        ),
        "particle_in": re.compile(rf"\b(?:{_alternation(particles)})\s+in\s+(?:the\s+)?$", re.IGNORECASE),
        "answer_place_before": re.compile(
            rf"\b(?:{_alternation(spec['answer_prepositions'])})\s+(?:the\s+)?$", re.IGNORECASE
        ),
    }


@functools.cache
def vocabulary() -> Vocabulary:
    """The shipped vocabulary, built on first use."""
    return _build(_read("frames.json"), _read("grammar.json"))
