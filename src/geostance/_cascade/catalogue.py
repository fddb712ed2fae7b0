"""The catalogue: every construction the relation layer reads, in the order it tries them.

Each entry names a construction, says where in the cascade it is read and what it
reads, and gives an example sentence of our own with the output the parser must give
for it (lines of `statement SPEAKER -> TARGETS [ACTS]` and `rebuttal SPEAKER answers
SPEAKER`, actor ids as in the gazetteer), and a near miss where one helps.
`tests/test_constructions.py` parses every example and near miss;
`tools/catalogue_page.py` writes `docs/constructions.md` from this list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from geostance._cascade import directed, nominal, rebut, speech
from geostance._cascade.reading import Construction, Finder, Reading

if TYPE_CHECKING:
    from geostance._cascade.sentence import Sentence
    from geostance._cascade.speakers import Discourse
    from geostance.model import Article

__all__ = ["CATALOGUE", "SENTENCE_CONSTRUCTIONS", "by_class", "outline"]


def _c(name: str, level: str, anchors: str = "", find: Finder | None = None, **text: str) -> Construction:
    return Construction(name=name, level=level, anchors=frozenset(anchors.split()), find=find, **text)


_VERB: tuple[Construction, ...] = (
    _c(
        "ATTEMPT-BY",
        "phrase",
        summary="A rejection of 'attempts by X (and Y) to ...' (frames.json motive_judgments `heads`: attempt, "
        "effort, bid, campaign, ploy), 'what it called' allowed first, answers the agents: what they were trying "
        "is taken as their words. Without an actor after 'by', or without 'to', no one is named.",
        reads="subject + reject verb + (what it called) + attempt noun + by + actor(s) + to + verb",
        example="Honduras rejected what it called attempts by the OAS and Washington to cast doubt on the vote.",
        expected="rebuttal HND answers USA\nrebuttal HND answers oas\nstatement USA -> - [assert]\n"
        "statement oas -> - [assert]",
        near_miss="Honduras rejected attempts by the opposition to cast doubt on the vote.",
        near_expected="rebuttal HND answers -",
    ),
    _c(
        "PASSIVE-REBUTTAL",
        "verb",
        "deny reject",
        rebut.passive_rebuttal,
        summary="A passive denial or rejection with its agent: the agent rebuts the author of the subject "
        "(the claim, the demand); without an agent ('were denied access') nothing is rebutted.",
        reads="subject + be + participle of deny / reject + (adverb or dated phrase: 'on Friday') + by + agent",
        example="Hanoi accused Beijing of ramming a fishing boat. The accusation was rejected by China's foreign "
        "ministry.",
        expected="rebuttal CHN answers VNM\nstatement VNM -> CHN [accuse]",
        near_miss="Hanoi urged Beijing to let inspectors board. Its foreign ministry said Vietnamese inspectors "
        "had been denied access to the port.",
        near_expected="statement VNM -> CHN [demand, assert]",
    ),
    _c(
        "DENY",
        "verb",
        "deny",
        rebut.deny,
        summary="A denial: the subject denies an accusation, a report or a fact.",
        reads="subject + deny verb (deny, disavow) + object or clause; the possessor or author of a denied report "
        "is the one answered",
        example="Hanoi has accused Beijing of ramming a fishing boat. Beijing denied the accusation on Tuesday.",
        expected="statement VNM -> CHN [accuse]\nrebuttal CHN answers VNM",
        near_miss="Hanoi has accused Beijing of ramming a fishing boat. Beijing has not denied the accusation.",
        near_expected="statement VNM -> CHN [accuse]",
    ),
    _c(
        "CALL-X-Y",
        "verb",
        "reject judge describe",
        rebut.call_x_y,
        summary="Judging something false or wrong: of a statement it rebuts its author; of an action it accuses "
        "the actor behind it. 'It' judged false ('called it a lie') is the claim just reported; 'it' judged wrong "
        "when nobody in the sentence said anything ('condemned the strike, calling it \"a flagrant violation\"') "
        "is a thing done: no rebuttal, but its words and quotation are the speaker's statement (JUDGED-THING). "
        "Judgments joined by "
        "'and' / 'or' are read together, a falsity outweighing a condemnation ('called the charge regrettable and "
        '"not based on facts"\'). JUSTIFY-AS: a label calling a deed warranted after a verb of labelling '
        "('described the patrols as \"entirely lawful\"', 'described the exercises as routine': "
        "frames.json `justification_words`, no negation beside them) is an account that counters whoever spoke "
        "of the deed, not a condemnation.",
        reads="subject + verb + object + (as) judgment word or quotation, or verb + as + judgment + object (the "
        "first report phrase within a few words: 'branded as \"a pure invention\" claims by Y'); determiners, "
        "adverbs and modifiers (roles, nationalities: 'pure military propaganda') may precede the judgment, or a "
        "noun and 'of' ('an act of terrorism', 'a campaign of lies'); "
        "hearsay judged so ('as exaggerated media reports') answers nobody named",
        example="Serbia accused Kosovo of provoking unrest. Kosovo's foreign minister called Belgrade's "
        "accusations baseless.",
        expected="statement SRB -> XKX [accuse]\nrebuttal XKX answers SRB",
        near_miss="The mayor called the meeting on Monday.",
        near_expected="",
    ),
    _c(
        "CRITICIZE-FOR-CLAIMING",
        "verb",
        "judge reject",
        rebut.criticize_for_claiming,
        summary="Criticising an actor for what it claims or issues (a statement, a report, a map): the critic "
        "rebuts that actor, never the reverse; the claim becomes the criticised actor's statement.",
        reads="subject + judge verb + object + for/over + claiming/saying/issuing/publishing + clause or object",
        example="Armenia criticised Azerbaijan for claiming that its troops had fired first.",
        expected="statement AZE -> - [assert]\nrebuttal ARM answers AZE",
        near_miss="Armenia criticised Azerbaijan for closing the road to Lachin.",
        near_expected="statement ARM -> AZE [accuse]",
    ),
    _c(
        "JUDGE-STATEMENT",
        "verb",
        "judge",
        rebut.judge_statement,
        summary="Condemning what another actor said: a rejection of that statement.",
        reads="subject + judge verb + report noun phrase (its possessor or author is answered)",
        example="The European Union urged Georgia to drop the law. Georgia denounced the EU's statement.",
        expected="statement eu -> GEO [demand, assert]\nrebuttal GEO answers eu",
    ),
    _c(
        "REJECT-CLAIM",
        "verb",
        "reject",
        rebut.reject,
        summary="A rejection of a claim, report or demand: its possessor or author is the one answered (the "
        "possessor is the rebutted, never the rebutter); coordinated modifiers share the noun ('French and "
        "Malian claims' answers both states), and so do repeated complements ('allegations by X and by Y'); a "
        "'by/from/of' complement is the author only when it names someone ('the claims of the ministry', not 'the "
        "Russian account of the raid'), and an 'of' complement is no author when an actor stands before the noun "
        "('Russian criticism of the mission' is Russia's, about the mission). The object may follow 'as' "
        "and the judgment ('dismissed as \"exaggerated\" media accounts of ...'); hearsay with no author "
        "(frames.json `hearsay_nouns`: reports, rumours, media accounts) answers nobody, and so does a press "
        "report a demonym opens ('an Australian media report': grammar.json `media_nouns`).",
        reads="subject + reject verb (reject, dismiss, refute, rebuff, dispute, hit back at) + (as + judgment) + "
        "object; or a verb with its object inside ('brushed X aside', 'waved X away': frames.json split_lemmas)",
        example="Kenya rejected Somalia's claims about the border.",
        expected="statement SOM -> - [assert]\nrebuttal KEN answers SOM",
        near_miss="Kenya declined to comment on the border.",
        near_expected="",
    ),
    _c(
        "NEGATED-COMPLIANCE",
        "phrase",
        summary="'Will not comply', 'would not abide by the ruling', 'does not obey' (frames.json verb_classes.reject "
        "`negated_lemmas`) refuse the order or demand aimed at the speaker: a rebuttal of whoever made it, with "
        "or without an object. 'said it would comply' refuses nothing.",
        reads="subject + (aux) + not / never + comply / abide / obey",
        example="The African Union ordered Tunisia to free three prisoners. Tunisia will not comply.",
        expected="rebuttal TUN answers au\nstatement au -> TUN [demand]",
        near_miss="Kenya urged Uganda to withdraw. Uganda said it would comply.",
        near_expected="statement KEN -> UGA [demand]\nstatement UGA -> - [assert]",
    ),
    _c(
        "NEGATED-CUE",
        "phrase",
        summary="A cue verb after a negation or a negative adverb ('did not comment', 'has not yet responded', "
        "'rarely responds', 'seldom comments'; grammar.json `negations`) reports silence: no statement and no "
        "rebuttal, however recently the subject was accused.",
        reads="subject + (aux) + not / never / not yet / rarely / seldom / hardly / scarcely + (adverb) + cue verb",
        example="Azerbaijan accused Iran of spying. Tehran has not yet officially responded.",
        expected="statement AZE -> IRN [accuse]",
        near_miss="Azerbaijan accused Iran of spying. Tehran has officially responded.",
        near_expected="rebuttal IRN answers AZE\nstatement AZE -> IRN [accuse]",
    ),
    _c(
        "POSSESSIVE-OF-SUBJECT",
        "phrase",
        summary="'Its' or 'their' opening an object of people ('urged its citizens to leave', 'told their troops to "
        "hold') is the speaker's when no other actor, person or description is named between the verb and the "
        "noun: the speaker's own people, no target (and soldiers ordered by their own side make no statement: "
        "ORDER-OWN-AGENTS), not the people of an actor of an earlier sentence. 'urged Togo to pull back its "
        "troops' names Togo first; 'our Armenian partners' names whose they are.",
        reads="verb + its / their / our + role noun (citizens, nationals, troops, members)",
        example="JNIM said it had seized four workers near Kayes. China's embassy urged its citizens to leave the "
        "area.",
        expected="statement CHN -> - [demand]\nstatement jnim -> - [assert]",
        near_miss="Ghana accused Togo of harbouring gunmen. Ghana urged Togo to pull back its troops.",
        near_expected="statement GHA -> TGO [demand, accuse]",
    ),
    _c(
        "INFINITIVE-CHAIN",
        "sentence",
        summary="A verb after 'to' and a bare verb ('urged Mauritania to help send home the refugees', 'asked "
        "Uganda to help issue a statement') is part of what was asked: it has no subject of its own, and a "
        "participle after it (', saying ...') is the asker's, not the one asked.",
        reads="request verb + object + to + bare verb + verb of the vocabulary",
        example="Mali urged Mauritania to help send home the refugees, saying the north was safe.",
        expected="statement MLI -> MRT [demand, assert]",
        near_miss="Mali urged Mauritania to send home the refugees. Mauritania said the north was not safe.",
        near_expected="rebuttal MRT answers MLI\nstatement MLI -> MRT [demand]",
    ),
    _c(
        "NEGATED-ACCEPTANCE",
        "phrase",
        summary="'Accept' negated right before it ('did not accept the findings', 'does not accept', 'has never "
        "accepted the proposal'; frames.json verb_classes.reject `negated_lemmas`) is a verb of rejection, and "
        "its negation makes the rejection rather than cancelling it. Only with a claim, report, count or demand as "
        "object: 'would not accept a pattern of arrests' refuses a state of affairs and answers no one's words. "
        "'Recognise' is left out: 'does not recognise the results' is as often standing policy as an answer.",
        reads="subject + (aux) + not / never + accept + report noun",
        example="The OSCE said the election was well run. Russia said it did not accept the OSCE's findings.",
        expected="rebuttal RUS answers osce\nstatement osce -> - [assert]",
        near_miss="Zambia said it would not accept a pattern in which its fishermen are arrested.",
        near_expected="statement ZMB -> - [assert]",
    ),
    _c(
        "BLAME-ON",
        "verb",
        "judge",
        directed.accuse,
        summary="Laying a thing on someone ('blamed the bombing on X', 'attributed the attack to X') accuses X; "
        "the thing is the charge, not a target.",
        reads="subject + blame / pin / attribute / ascribe (blame_transfers in frames.json) + thing + on / to + actor",
        example="Nigeria blamed the kidnapping on Boko Haram.",
        expected="statement NGA -> boko-haram [accuse]",
        near_miss="Officials blamed the floods on heavy rain.",
        near_expected="",
    ),
    _c(
        "STANCE-ADJECTIVE",
        "phrase",
        summary="An adjective with its preposition after 'be' takes a stance as a verb of its class would "
        "(frames.json `stance_adjectives`): 'was dismissive of Niamey's account', 'scornful of the claim', "
        "'sceptical of' reject (REJECT-CLAIM); 'has been critical of X' accuses X. Never a passive.",
        reads="subject + be + stance adjective + preposition + object",
        example="Serbia said its troops had stayed in their barracks. Kosovo's government was scornful of the claim.",
        expected="rebuttal XKX answers SRB\nstatement SRB -> - [assert]",
        near_miss="Armenia said the border was calm. Analysts were sceptical of the claim.",
        near_expected="statement ARM -> - [assert]",
    ),
    _c(
        "REJECT-ACT",
        "verb",
        "reject",
        rebut.reject,
        summary="A rejection of a kind of act ('any attempt', 'all forms of') or of a deed ('protested against the "
        "drills held by X', 'objected to X's missile tests': frames.json `conduct_nouns`) opposes the act and "
        "answers nobody's claim: a statement of disapproval aimed at the act's agent or possessor, not a rebuttal. "
        "The same holds inside "
        "reported words ('said it \"opposes any attempt to alter the situation at sea\"'); 'any allegation' still "
        "rebuts, and so does a rejected plan or proposal (words, not a deed).",
        reads="subject + reject verb (reject, oppose, protest against, object to) + any / all / every "
        "(kind_quantifiers in grammar.json) + noun, or a deed noun (not a report noun) + by agent / possessor",
        example="Tokyo opposed any attempt by Beijing to seize the disputed reefs.",
        expected="statement JPN -> CHN [accuse]",
        near_miss="Beijing accused Tokyo of provocations. Tokyo rejected all the accusations.",
        near_expected="statement CHN -> JPN [accuse]\nrebuttal JPN answers CHN",
    ),
    _c(
        "PASSIVE-BY",
        "verb",
        "judge request warn support say reason",
        directed.passive_by,
        summary="A passive act with its agent: the agent acts, the subject is the target (or, for speech, what "
        "was said).",
        reads="subject + be + participle of a directed verb or a verb of speech + by + agent",
        example="Rwanda was accused by Congo of backing the rebels.",
        expected="statement COD -> RWA [accuse]",
    ),
    _c(
        "ACCUSE-X-OF",
        "verb",
        "judge",
        directed.accuse,
        summary="An accusation, condemnation or criticism of an actor (or of the actor behind a thing); what "
        "follows of/for is the charge, not a target, and a gerund there ('of supporting the rebels') is no act of "
        "the accused.",
        reads="subject + judge verb (accuse, blame, condemn, criticise, slam) + object + of/for + charge; a bare "
        "attack noun with its agent ('condemned (repeated) strikes by Israel': up to two modifiers, a participle "
        "there being an adjective) aims at the agent; a verb that also names an "
        "assault ('attack', frames.json `physical_judgments`) judges nothing when armed agents are its subject or a "
        "place or military target its object, bare plurals included ('attacked two towns')",
        example="Japan accused China of sending coast guard ships into its waters.",
        expected="statement JPN -> CHN [accuse]",
        near_miss="Al-Shabaab fighters attacked a police post near Baidoa.",
        near_expected="",
    ),
    _c(
        "REQUEST",
        "verb",
        "request",
        directed.request,
        summary="A demand or appeal: the one asked is the target. An order to the speaker's own forces ('ordered "
        "its troops to withdraw') asks nobody else and is no statement (urging its own citizens or nationals to leave "
        "is advice: a statement with no target; frames.json `own_people`); nor is asking something for oneself "
        "('asked not to be named': a passive infinitive right after the verb), nor an aim stated with 'seek' or "
        "'propose' before 'to' and a verb ('sought to avoid a clash'; frames.json `attempt_lemmas`).",
        reads="subject + request verb (urge, call on, ask, demand, press, order) + object + to ...",
        example="Egypt urged Ethiopia to halt the filling of the dam.",
        expected="statement EGY -> ETH [demand]",
        near_miss="Egypt ordered Egyptian troops to leave the border zone.",
        near_expected="",
    ),
    _c(
        "SINGLED-OUT",
        "phrase",
        summary="An actor set off after those asked with a word that singles it out (grammar.json `singling_out`: "
        "'urged all armed groups, above all the Houthis, to ...', 'urged every armed faction, notably the army') "
        "is asked too: a target of the demand. A place singled out ('especially in the north') adds nobody.",
        reads="request verb + object + , + in particular / especially / above all + phrase + ,",
        example="The EU urged all armed groups, above all the Houthis, to free the detained staff.",
        expected="statement eu -> houthis [demand]",
        near_miss="The UN urged all sides, especially in the north, to let aid through.",
        near_expected="statement un -> - [demand]",
    ),
    _c(
        "ULTIMATUM",
        "verb",
        "ultimatum",
        directed.ultimatum,
        summary="A deadline set for another ('gave the junta a week to restore the president', 'granted Moscow 50 "
        "days to agree') is a demand of the recipient. Without a span of time and 'to' + verb ('gave a speech', "
        "'gave Kyiv drones') it reports no act.",
        reads="subject + give / grant + recipient + number or 'a' + unit of time (grammar.json `duration_nouns`) + "
        "to + verb",
        example="ECOWAS gave Niger's junta a week to restore the elected president.",
        expected="statement ecowas -> NER [demand]",
        near_miss="Germany gave Ukraine two more air defence systems.",
        near_expected="",
    ),
    _c(
        "WARN",
        "verb",
        "warn",
        directed.warn,
        summary="A warning or threat: the one warned, or the actor it is about, is the target.",
        reads="subject + warn verb (warn, threaten, caution, remind) + object / of-about-against phrase / clause",
        example="Pakistan warned the TTP that further attacks would be met with force.",
        expected="statement PAK -> ttp [warn]",
    ),
    _c(
        "DEFEND-AGAINST",
        "verb",
        "support",
        rebut.defend_against,
        summary="Defending something against someone's criticism or accusations rebuts their author; support "
        "against an actor alone is support, not a rebuttal.",
        reads="subject + support verb (defend, back) + object + against / from + report noun with its author",
        example="Hungary defended its gas deal with Russia against criticism from the European Commission.",
        expected="rebuttal HUN answers eu\nstatement eu -> HUN [accuse]",
        near_miss="Hungary defended its gas deal with Russia against rising prices.",
        near_expected="statement HUN -> - [support]",
    ),
    _c(
        "STAND-BY-OWN-WORDS",
        "verb",
        "support",
        rebut.stand_by_own,
        summary="Standing by one's own words ('stood by its findings', 'defended its account') maintains them "
        "against whoever challenged them: a rebuttal of the challenger; so does standing by one's own work ('stood "
        "by its research', 'defended its reporting'; frames.json `maintain_lemmas` objects). Standing by another's "
        "report or by an actor is support.",
        reads="subject + maintain verb (frames.json `maintain_lemmas`: stand by, defend ...) + possessive pronoun + "
        "report noun or own work (research, reporting, methodology ...)",
        example="Colombia accused Human Rights Watch of bias. Human Rights Watch stood by its findings.",
        expected="rebuttal hrw answers COL\nstatement COL -> hrw [accuse]",
        near_miss="Colombia accused the rebels of recruiting children. Human Rights Watch stood by the UN report.",
        near_expected="statement COL -> - [accuse]\nstatement hrw -> un [support]",
    ),
    _c(
        "SUPPORT",
        "verb",
        "support",
        directed.support,
        summary="Support, welcome or praise for an actor, or for what an actor did.",
        reads="subject + support verb (support, welcome, back, praise) + object; its possessor, complement or the "
        "agent of a participle after it ('the offer made by Qatar')",
        example="Brazil welcomed Colombia's ceasefire with the ELN.",
        expected="statement BRA -> COL [support]",
    ),
    _c(
        "SUPPORTED-REPORT",
        "discourse",
        summary="Support for a call, proposal or statement just made ('Egypt welcomed the call', 'backed the "
        "proposal') targets its author: the latest other actor whose act the noun names (a call or proposal is a "
        "demand), or for a statement or report the document remembered under that noun ('issued a statement'). "
        "Only a definite noun with no author of its own; a plain assertion is no document.",
        reads="support verb + the / this + report noun; the events before (their acts) or the documents issued",
        example="The African Union called for an immediate ceasefire in Sudan. Egypt welcomed the call.",
        expected="statement EGY -> au [support]\nstatement au -> - [demand]",
        near_miss="Russia said the strikes had hit only military targets. Ukraine welcomed the statement.",
        near_expected="statement RUS -> - [assert]\nstatement UKR -> - [support]",
    ),
    _c(
        "OFFER",
        "verb",
        "express",
        directed.offer,
        summary="An offer of the speaker's own help ('offered to mediate', 'offered to host talks between X and "
        "Y') supports those it would help: the actors the offered action names. An offer of a thing "
        "('offered condolences') is no such act.",
        reads="subject + offer verb (frames.json `offer_lemmas`) + to + verb + ...",
        example="Kenya offered to host talks between Ethiopia and Eritrea.",
        expected="statement KEN -> ETH, ERI [support]",
        near_miss="Kenya offered a loan to a hospital in Mombasa.",
        near_expected="",
    ),
    _c(
        "EXPRESS-REJECTION",
        "verb",
        "express",
        rebut.express_rejection,
        summary="A rejection expressed as a noun ('expressed its categorical rejection of Y's claims', 'voiced on "
        "Monday its rejection of the threats by Y') reads as the verb 'reject' with the 'of' phrase as object: a "
        "claim answers its author, an act accuses its doer.",
        reads="subject + express/voice (+ insertion or dated phrase) + rejection/denial noun + of + object",
        example="Iraq claimed the whole waterway. Kuwait expressed its categorical rejection of Iraq's claims.",
        expected="rebuttal KWT answers IRQ\nstatement IRQ -> - [assert]",
        near_miss="India accused Pakistan of shelling border posts. Pakistan expressed its hope for calm.",
        near_expected="statement IND -> PAK [accuse]",
    ),
    _c(
        "CONCERN",
        "verb",
        "concern express",
        speech.concern,
        summary="An expression of concern (or of another stance: objection, support, a call), and what it is about; "
        "an insertion set off by commas may stand between the verb and the noun ('expressed, in a statement, its "
        "solidarity with X'); the noun's holder may stand before the preposition ('the solidarity of its "
        "members with X'), and a second stance noun joined by 'and' adds its act and what it is about "
        "('expressed its condemnation of the plot and its full support for X').",
        reads="subject + express/voice/raise + (, prepositional insertion ,) + stance noun + about/over/for phrase "
        "(a bare plural with its agent too: 'concern over incursions by X'); subject + be + concerned",
        example="Norway expressed concern about Russian submarines near its coast.",
        expected="statement NOR -> RUS [concern]",
    ),
    _c(
        "RESPOND",
        "verb",
        "respond",
        rebut.respond,
        summary="An answer to another actor: the responder rebuts what it answers. Not a threatened 'would respond' "
        "(nor 'would regard it as war and respond': the modal of the verb it joins covers it), an intended one "
        "('determined to deter and respond'), a response to an event ('responded to the "
        "attacks with air strikes'), nor an act given in return ('responded with a decision to close its "
        "airspace'; 'responded with a statement' still answers), nor answering questions ('answered questions "
        "at a briefing'; frames.json `non_claim_objects` asked).",
        reads="subject + respond verb (respond, reply, hit back) + to-phrase + content",
        example="Chile accused Bolivia of blocking the talks. Bolivia responded that it had offered three meetings.",
        expected="statement CHL -> BOL [accuse]\nrebuttal BOL answers CHL",
        near_miss="Russia warned that it would respond to any attack.",
        near_expected="statement RUS -> - [warn]",
    ),
    _c(
        "COUNTER-CLAIM",
        "verb",
        "reason",
        speech.counter_claim,
        summary="A claim of reasoning (claims, insists, argues): a counter-claim when the speaker is answering "
        "someone, a plain assertion otherwise; 'claimed the attack' or 'claimed to have killed ... in a raid' is a "
        "claim of responsibility, a statement even from an actor accused before. With 'to' the claim is the "
        "infinitive's clause ('claims to have expelled the rebels'), not words before the subject; a time phrase "
        "may come between ('claimed on Tuesday to have kidnapped ...': 'to' before an auxiliary or a verb ends "
        "the adverbials).",
        reads="subject + reason verb (claim, insist, argue, maintain) + (adverbials: 'in a statement', 'on "
        "Tuesday') + clause or 'to' + infinitive",
        example="Moldova accused Russia of meddling. Moscow insists it respects Moldova's sovereignty.",
        expected="statement MDA -> RUS [accuse]\nrebuttal RUS answers MDA",
        near_miss="Al-Shabaab claimed the bombing of the base.",
        near_expected="statement al-shabaab -> - [assert]",
    ),
    _c(
        "TELL-THAT",
        "verb",
        "say",
        speech.tell_that,
        summary="Telling a hearer something: the hearer is no target; 'told X to' is a demand of X. What is told "
        "is reported even after an adverbial ('told reporters later that the allies stood with Poland'): "
        "a subject inside it is no speaker of its own.",
        reads="subject + tell + hearer + (adverbial) + (that) clause, or tell + hearer + to ...",
        example="Turkey's defence minister told reporters that the drills would continue.",
        expected="statement TUR -> - [assert]",
        near_miss="Turkey's defence minister told Greece to stop the drills.",
        near_expected="statement TUR -> GRC [demand]",
    ),
    _c(
        "ISSUE-DOCUMENT",
        "verb",
        "issue",
        speech.issue_document,
        summary="Issuing a document: the issuer's statement; its participle ('accusing', 'saying') is the "
        "issuer's too, and 'the statement said' later is the issuer speaking. A document whose only words are a "
        "denial ('released a communique on Friday rejecting ...') is that rebuttal, no statement besides "
        "(DOCUMENT-OF-DENIAL); so is issuing a denial itself ('issued a denial', 'released a rebuttal'), but not a "
        "pledge ('issued a guarantee', frames.json `pledge_nouns`).",
        reads="subject + issue verb (issue, release, publish, submit) + report noun (statement, communique)",
        example="Lithuania, Latvia and Estonia issued a joint statement accusing Russia of jamming navigation "
        "signals. The statement said the interference endangered civil aviation.",
        expected="statement LTU -> RUS [accuse, assert]\nstatement LVA -> RUS [accuse, assert]\n"
        "statement EST -> RUS [accuse, assert]",
    ),
    _c(
        "PARENTHETICAL-SAY",
        "verb",
        "say",
        speech.say,
        summary="An attribution set off by commas inside what was said ('The report, the ministry said, was "
        "biased') reports both halves: the words before it and the words after it to the clause's end.",
        reads="words + , + subject + verb of speech + , + words",
        example="The US imposed new tariffs on steel. The tariffs, Canada's trade minister said, would hurt Mexico "
        "most.",
        expected="statement CAN -> MEX [assert]",
        near_miss="Peru and Chile, which signed the accord in May, said the talks would go on.",
        near_expected="statement CHL -> - [assert]\nstatement PER -> - [assert]",
    ),
    _c(
        "SAY-INVERTED",
        "verb",
        "say",
        speech.say_inverted,
        summary="An attribution after the quotation with the verb first: the subject follows the verb, and may "
        "carry a relative clause ('said Name, a lawmaker who led the protest'). What was said is before it, even "
        "when the subject is a bare name ('Venezuela had violated the border, said Guyana.').",
        reads="quotation or clause + comma + say verb + subject (+ who/which ...)",
        example='"The dam will be filled on schedule," said the Ethiopian water ministry.',
        expected="statement ETH -> - [assert]",
    ),
    _c(
        "SAY",
        "verb",
        "say",
        speech.say,
        summary="Plain reported speech: a subject, a verb of speech and what was said (after the verb, or before it). "
        "A passive verb's subject is what was said, not who said it ('the deal was declared void by X'). "
        "'Continue' and 'go on' report speech only without an object ('the ship continued its voyage' does not; "
        "frames.json `intransitive_speech_lemmas`). A number may open what was said ('said at least 1,200 ...', "
        "grammar.json `quantity_openers`); 'air defences' and the like are nouns (`neutral_phrases`). A dated "
        "phrase between the verb and what was said ends at the determiner that opens it ('said on Sunday its "
        "troops had left'). 'By' after the verb names how the words came ('said by phone', 'by video link': "
        "grammar.json `means_of_speech`), not an agent: no participle of a noun there.",
        reads="subject + say verb (say, state, add, stress, announce) + content after it, or content before it",
        example="Ghana's president said the summit would be held in Accra.",
        expected="statement GHA -> - [assert]",
        near_miss="Ghana's president wrote on social media on Monday.",
        near_expected="",
    ),
)
"""The verb-anchored constructions, in the order they are tried."""

_SENTENCE: tuple[Construction, ...] = (
    _c(
        "FLOATING-QUANTIFIER",
        "sentence",
        summary="'both', 'all' or 'each' right after a subject or an auxiliary and before a verb of the "
        "vocabulary floats off the subject (grammar.json floating_quantifiers): it is an adverb there, so the verb "
        "after it stays a verb ('Kenya and Uganda both accused ...', 'have both accused'), not a noun after a "
        "determiner ('both accusations').",
        reads="subject (or auxiliary) + both / all / each + verb",
        example="Kenya and Uganda both accused Somalia of closing the border without notice.",
        expected="statement KEN -> SOM [accuse]\nstatement UGA -> SOM [accuse]",
        near_miss="Somalia rejected both accusations.",
        near_expected="rebuttal SOM answers -",
    ),
    _c(
        "VERB-LIST",
        "sentence",
        summary="A list of one subject's acts ('X criticised Y, urged Z to ... and backed W'): a past verb of "
        "judging, requesting, warning, supporting, rejecting or denying set off by a comma, with its object right "
        "after it, between such a verb and one after 'and', shares the subject; verbs of saying are left out (a "
        "comma sets them after quotations), and so are participles of a noun ('fighters, armed by X and "
        "trained by Y,').",
        reads="subject + verb1 ... , verb2 (past) + object ... and verb3 ...",
        example="Canada criticised Russia's militarisation of the Arctic, urged China to respect the rules and "
        "backed Finland's bid.",
        expected="statement CAN -> RUS, CHN, FIN [demand, accuse, support]",
        near_miss="The fighters, armed by Iran and trained by Russia, attacked the base.",
        near_expected="",
    ),
    _c(
        "GERUND-OBJECT",
        "sentence",
        summary="An -s form after a gerund or a past form the vocabulary lacks and at most two more such words or "
        "modifiers is that verb's object, not a verb ('accused Russia of jamming satellite navigation signals': "
        "'signals' says nothing; 'which has mediated earlier tanker disputes': 'disputes' rejects nothing; 'of "
        "organising protests' likewise after 'to').",
        reads="gerund or past form (unknown) + (up to two unknown words or modifiers) + noun-or-verb in -s",
        example="Norway accused Russia of jamming satellite navigation signals over Finnmark. Moscow denied any "
        "involvement.",
        expected="rebuttal RUS answers NOR\nstatement NOR -> RUS [accuse]",
        near_miss="Norway accused Russia of jamming. Russia signals it will respond.",
        near_expected="statement NOR -> RUS [accuse]\nstatement RUS -> - [assert]",
    ),
    _c(
        "ACCORDING-TO",
        "sentence",
        summary="A statement attributed with 'according to X': X asserts the rest of the sentence (not a news "
        "agency, not a report without author); 'according to a statement from X' or 'a Houthi statement' is "
        "the author's; 'According to her, ...' is the person just heard (nobody's if nobody was). Words that call "
        "a claim false there rebut as a verb of speech's would ('According to X, the allegation was a "
        "fabrication'); plain words do not go on a rebuttal made before.",
        reads="according to + actor phrase, at the start or the end of the sentence",
        example="According to the Kenyan foreign ministry, the talks will resume in Nairobi next week.",
        expected="statement KEN -> - [assert]",
        near_miss="According to Reuters, the talks will resume next week.",
        near_expected="",
    ),
    _c(
        "ISSUED-BY",
        "sentence",
        summary="A document or remark with its author ('a statement issued by X', 'X's remarks', 'criticism "
        "from X'): the author's statement, with the noun's act. The first time a kind of document is named, it "
        "is remembered as its author's even when rejected ('rejected a European Parliament resolution. The "
        "resolution called on ...'); one named again while rejected leaves the memory as it was. A document "
        "opening the sentence with its author after a participle ('A statement issued by X said ...', 'A "
        "communique attributed to X denied ...'; grammar.json `author_to_participles`) speaks as X, the participle "
        "set off by commas too ('The statement, signed by X, urged ...'). BLOC-DOCUMENT: a document signed or "
        "issued by an organization's members ('the leaders of ASEAN's members', 'the bloc's ten members - A, B, "
        "... -': grammar.json `membership_nouns`) is the organization's statement, not one per member.",
        reads="report noun + issued/adopted by X, or by/of/from X, or X's + report noun",
        example="Hungary rejected criticism from the European Commission over its media law.",
        expected="statement eu -> HUN [accuse]\nrebuttal HUN answers eu",
        near_miss="Azerbaijan rejected a European Parliament resolution on the trials. The resolution called on "
        "Baku to release the detainees.",
        near_expected="rebuttal AZE answers eu\nstatement eu -> AZE [demand, assert]",
    ),
    _c(
        "NOMINAL-REBUTTAL",
        "sentence",
        summary="A rebuttal reported as a noun: 'X's denials of ...', 'pushback from X'; a past denial answers "
        "nobody in particular. Once X has rebutted in the text, 'X's denial' names that rebuttal again: no new "
        "one; its words join that rebuttal ('It prompted a further denial from X's ambassador, who called "
        "...'), unless it is only named as another's object ('Vietnam dismissed Beijing's denial').",
        reads="actor's + denial/rejection/pushback noun, or the noun + from/by actor",
        example="Despite Tehran's repeated denials of arming the Houthis, the strikes continued.",
        expected="rebuttal IRN answers -",
    ),
    _c(
        "DRAWN-REBUTTAL",
        "sentence",
        summary="A nominal rebuttal in a sentence opened by a definite report noun ('The charge drew an angry "
        "denial from X', 'The accusation prompted a sharp reply from X's ministry') is X's answer now to whoever "
        "made the charge, linked as a verb's denial is, not a past denial that answers nobody; so is a reply "
        "reported as an actor's ('The reply from Lome came within hours'; frames.json `answer_nouns`), though "
        "issuing one ('submitted its reply to the proposal') denies nothing.",
        reads="the / this + report noun + verb + denial / rebuttal / reply noun + from / by + actor; or the reply "
        "+ from / by + actor",
        example="Mali accused Niger of sheltering rebels. That charge brought a swift reply from Niamey.",
        expected="rebuttal NER answers MLI\nstatement MLI -> NER [accuse]",
        near_miss="Mali accused Niger of sheltering rebels. Despite Niamey's denials, the raids continued.",
        near_expected="rebuttal NER answers -\nstatement MLI -> NER [accuse]",
    ),
    _c(
        "IN-RESPONSE-TO",
        "sentence",
        summary="Words said 'in response to' another actor's remarks answer that actor (not when they answer a "
        "call or an offer). Remarks the opener names no author of ('Responding to those remarks') leave the "
        "answer to the claim the verb names ('rejected the Taliban's claim'). A 'that' clause in the opener "
        "('In response to accusations by X that ...,', 'Asked about a report that ...,') ends at its comma: "
        "the subject after it speaks. With nothing named ('In reply, X said', 'X said in reply that ...', 'said "
        "in response that'), the plain words answer whoever the linker finds (the accuser); 'in response to a "
        "question' answers nobody. Set off after the subject ('X, responding to Y's criticism, said ...') the "
        "participle is the subject's, an adverb set off before the subject included ('Earlier, X, responding "
        "to ..., said'). ASKED-ANSWER: the answer to a question ('Asked about the EU statement, Paris said it "
        "took note') rebuts only with words that counter (a negation, a denial or falsity, an assurance). "
        "TRAILING-RESPONSE: the phrase may follow the verb ('X said when asked about Y's remarks') or close the "
        "sentence after a comma ('..., in response to Y's comments') when it names an actor or a report with its "
        "author; 'referring to' and 'commenting on' there name a topic.",
        reads="sentence opening in response to / responding to / asked about + report noun phrase; or the same "
        "phrase after the verb or a closing comma",
        example="Mali accused Algeria of harbouring rebels. Responding to Bamako's remarks, Algeria said it "
        "protects no armed group.",
        expected="statement MLI -> DZA [accuse, assert]\nrebuttal DZA answers MLI",
    ),
    _c(
        "DIFFERENT-ACCOUNT",
        "sentence",
        summary="An actor opening a sentence that gives 'a (very, starkly) different account' (frames.json "
        "`different_accounts`: contrasting, conflicting version, story, narrative, picture) answers what was said "
        "of it: its own words in that sentence ('told a conflicting story, saying ...') or, with none, the "
        "sentence itself is an answer, and its plain words next go on answering (REBUTTER-SPEAKS-ON). 'A detailed "
        "account' sets nothing against anything.",
        reads="actor + verb + a / an (+ adverb) + different adjective + account noun",
        example="Morocco accused Algeria of arming rebels in the desert. Algiers offered a very different account. "
        "Algeria's foreign ministry said the weapons had been seized from smugglers.",
        expected="rebuttal DZA answers MAR\nstatement MAR -> DZA [accuse]",
        near_miss="Morocco accused Algeria of arming rebels in the desert. Algeria gave a detailed account of its "
        "border patrols.",
        near_expected="statement MAR -> DZA [accuse]",
    ),
    _c(
        "IN-A-REBUTTAL",
        "sentence",
        summary="A sentence opening 'In a rebuttal (denial, riposte) ...' makes the plain words that follow it a "
        "rebuttal.",
        reads="sentence opening in + a/its + denial noun (rebuttal, denial, refutation, riposte) + main reading",
        example="Human Rights Watch accused Egypt of torturing detainees. In a rebuttal posted online, Egypt's "
        "interior ministry said all detainees had access to lawyers.",
        expected="statement hrw -> EGY [accuse]\nrebuttal EGY answers hrw",
        near_miss="Human Rights Watch accused Egypt of torturing detainees. In a statement posted online, Egypt's "
        "interior ministry said new prisons had opened.",
        near_expected="statement EGY -> - [assert]\nstatement hrw -> EGY [accuse]",
    ),
    _c(
        "RESPONSE-AFTER",
        "sentence",
        summary="'X said ..., after Y said ...': X's plain words answer Y (not when X itself demands, accuses or "
        "warns).",
        reads="statement of X + after/following + another actor's act",
        example="Somalia said its troops had not crossed the border, after Kenya said Somali soldiers had entered "
        "Mandera.",
        expected="statement KEN -> SOM [assert]\nrebuttal SOM answers KEN",
    ),
    _c(
        "RESPONSE-NOTE",
        "sentence",
        summary="'This is (came) in response to X's statement': what was said just before answers X.",
        reads="this / it / the remarks + be or come + in response to + report noun phrase",
        example="Sweden's foreign minister said the accusations made no sense. This was in response to Hungary's "
        "statement.",
        expected="statement HUN -> - [assert]\nrebuttal SWE answers HUN",
    ),
)

_PHRASE: tuple[Construction, ...] = (
    _c(
        "APPOSITION-ROLE",
        "phrase",
        summary="A person in apposition with a role names the actor they speak for, and is remembered by "
        "surname (with or without its particle: 'al-Wazir', 'Wazir') and pronoun. A name the text never "
        "introduced, set beside a definite role ('Liu, the spokesperson,'), is whoever that role stands for; "
        "beside an indefinite one ('Liu, a fisherman,') no one. One person's name is no apposition to a plural "
        "role ('withdraw its troops, Name, X's minister, said': Name opens the subject).",
        reads="name, actor's role, ... / actor's role, name, ... / name, role of actor at place, ... / unknown "
        "name, the + role, ...",
        example="Nepal's envoy, Arun Thapa, urged India to reopen the border. Later, Thapa said the talks had stalled.",
        expected="statement NPL -> IND [demand, assert]",
        near_miss="The Philippines accused China of ramming a boat. Liu, a fisherman, said the boat sank.",
        near_expected="statement PHL -> CHN [accuse]",
    ),
    _c(
        "COUNTERPART-ROLE",
        "phrase",
        summary="A counterpart is the holder of the same office on the other side (frames.json counterpart_roles): "
        "its demonym or complement says whose it is ('her Ugandan counterpart, Name', 'her counterpart from "
        "Uganda'), and the person set beside it, also as the last of a list ('talks between A and his Syrian "
        "counterpart, B,'), is remembered as that actor's. Its possessor is the other side, never its actor "
        "('Blinken's counterpart' speaks for nobody named).",
        reads="(possessor) + demonym + counterpart + , name , / counterpart + from / of + actor",
        example="Grace Wanjiru met her Ugandan counterpart, Moses Okello, in Nairobi. Okello accused South Sudan "
        "of arming cattle raiders.",
        expected="statement UGA -> SSD [accuse]",
        near_miss="Anna Berg met her counterpart in Oslo. Berg's counterpart urged Sweden to share more radar data.",
        near_expected="",
    ),
    _c(
        "OWNER-NAMED-BODY",
        "phrase",
        summary="A body named after its owner with words the vocabulary lacks between them ('An OSCE election "
        "observation mission', 'A UN fact-finding mission', 'an African Union monitoring team') is the owner's, "
        "when the phrase is the subject of a verb of the vocabulary; not a clause whose verb the vocabulary lacks "
        "('the TTP ran training camps in ...').",
        reads="a / the + actor + one or two unknown words + body role + (auxiliary) + verb",
        example="A UN fact-finding mission said Myanmar's army had burned villages in Rakhine.",
        expected="statement un -> MMR [assert]",
        near_miss="UN monitors said the TTP ran training camps in Kunar.",
        near_expected="statement un -> ttp [assert]",
    ),
    _c(
        "ANALYST-OF-BODY",
        "phrase",
        summary="An analyst, researcher or other expert role speaks for no actor ('Name, a professor at X "
        "University'), except one the phrase ties to an organization the gazetteer knows: its possessor or its "
        "complement ('Name, the group's Mozambique researcher' after Human Rights Watch; 'an analyst at the Crisis "
        "Group'), who then speaks for it and is remembered as its.",
        reads="name, + (the) organization's / described possessor's + analyst role / analyst role + at / of + "
        "organization",
        example='Human Rights Watch accused Mozambique\'s army of killing civilians. "The abuses must stop," said '
        "Clara Mondlane, the group's senior researcher.",
        expected="statement hrw -> MOZ [accuse, assert]",
        near_miss='Kenya closed the border. "It will hurt trade," said Clara Mondlane, a researcher at the '
        "University of Nairobi.",
        near_expected="",
    ),
    _c(
        "PERSON-OF",
        "phrase",
        summary="A named person followed by 'of' and a body or actor ('Ana Ruiz of the African Union', 'Vice "
        "Admiral Name of the US Coast Guard', 'Name of Human Rights Watch') speaks for it: the person takes an "
        "'of' complement as a role does. A place that names no actor ('Name of Mandera') gives nobody.",
        reads="person name + of + body or actor phrase + verb of speech",
        example="Ana Ruiz of the African Union said the convoy had been stopped.",
        expected="statement au -> - [assert]",
        near_miss="Ahmed Noor of Mandera said the convoy had been stopped.",
        near_expected="",
    ),
    _c(
        "ROLE-STRETCH",
        "phrase",
        summary="A name set off by commas right after a role inside a longer phrase ('comments by the Peruvian "
        "envoy for fisheries policy, Luis Paredes, who told ...') is that role's holder: the relative clause after "
        "the name speaks for the role's actor.",
        reads="... preposition + (the) + actor's role + prepositional phrases + , + name + , who + verb",
        example="Chile dismissed comments by the Peruvian envoy for fisheries policy, Luis Paredes, who told "
        "reporters that Chilean trawlers were plundering its waters.",
        expected="rebuttal CHL answers PER\nstatement PER -> - [assert]",
    ),
    _c(
        "TAIL-RELAY",
        "phrase",
        summary="A news agency's relay after an attribution at the sentence end ('..., spokeswoman Name said on "
        "Tuesday, a Montsame correspondent reports') reports nothing of its own: the attribution before it says "
        "what the sentence opened with.",
        reads="clause + , + speaker + speech verb + ... + , + relay + reports",
        example="Mongolia does not host foreign troops, Foreign Ministry spokeswoman Oyun Bat said on Tuesday, a "
        "Montsame correspondent reports.",
        expected="statement MNG -> - [assert]",
        near_miss="Mongolia does not host foreign troops, a Montsame correspondent reports.",
        near_expected="",
    ),
    _c(
        "QUOTED-AS-SAYING",
        "phrase",
        summary="A medium or writer that quotes or cites someone 'as saying' relays that person's words: the person "
        "quoted speaks ('Reuters quoted a senior Israeli official as saying the claim was false'), not the one "
        "quoting (grammar.json `quoting_lemmas`).",
        reads="X + quote / cite + person phrase + as + saying / telling / stating ...",
        example="Iran accused Israel of sending the drone. Reuters quoted a senior Israeli official as saying the "
        "claim was false.",
        expected="rebuttal ISR answers IRN\nstatement IRN -> ISR [accuse]",
        near_miss="Iran accused Israel of sending the drone. Reuters said an Israeli official was seen at the site.",
        near_expected="statement IRN -> ISR [accuse]",
    ),
    _c(
        "QUOTED-PASSIVE",
        "phrase",
        summary="The passive of QUOTED-AS-SAYING: 'X was quoted (by a medium) as saying' and 'X was cited as "
        "saying' make X the speaker, with what follows or, at a sentence's end after a comma, with everything "
        "before it ('..., Prime Minister Name was quoted as saying by the agency.').",
        reads="person phrase + was / is + quoted / cited + (by medium) + as + saying / telling ...",
        example="Kenya will keep its northern border open to traders, Kenyan Interior Minister Kipchumba Murkomen was "
        "quoted as saying by the Daily Nation.",
        expected="statement KEN -> - [assert]",
        near_miss="Kenya will keep its northern border open to traders, an official was quoted as saying.",
        near_expected="",
    ),
    _c(
        "RELAYED-TITLE",
        "phrase",
        summary="A title or role with no owner of its own, quoted or cited by a medium that names one actor ('X's "
        "news agency', 'the Argentine daily', 'Moscow's newspaper'), is that actor's: 'Deputy Foreign Minister "
        "Name' quoted by Belarus's agency speaks for Belarus. A title that names its own state keeps it.",
        reads="actor's / demonym + medium + quote / cite + title or role (no actor) + as saying ...",
        example="Poland accused Belarus of flying balloons over the border. Belarus's BelTA agency quoted "
        "Deputy Foreign Minister Igor Petrov as saying there were no balloons.",
        expected="rebuttal BLR answers POL\nstatement POL -> BLR [accuse]",
        near_miss="Somalia accused Kenya of arming a militia. Ethiopia's Fana broadcaster quoted Kenyan Foreign "
        "Minister Paul Mwangi as saying no weapons had crossed the border.",
        near_expected="rebuttal KEN answers SOM\nstatement SOM -> KEN [accuse]",
    ),
    _c(
        "OPENING-PLACE",
        "phrase",
        summary="A place or body that a preposition or a participle opening the sentence names, then a comma, is "
        "an adverbial: the role after the comma opens the subject ('In Kabul, the Taliban's spokesman, Name, said'; "
        "'Briefing the Council, Assistant Secretary-General Name said'; 'In a report seen by Reuters, the agency's "
        "director general, Name, said'; 'In a note to the envoy of X, His Excellency Name, Minister of State ..., "
        "said': a person too), it is no apposition describing the place; a list of states after the comma ('In "
        "Quito, Peru and Chile urged ...', 'At a meeting in Kochi, Australia and New Zealand, in a joint "
        "statement, called ...') opens the subject, and is neither the place's apposition nor more of a list of "
        "places. A place described by a place noun ('In Kabul, the Afghan capital,') stays one.",
        reads="sentence-initial preposition or participle (+ preposition) + actor or capital + , + role phrase "
        "(+ , name ,) + verb",
        example="In Nairobi, the foreign ministry's spokeswoman, Jane Achieng, said Kenya would send more police to "
        "Haiti.",
        expected="statement KEN -> HTI [assert]",
        near_miss="In Kabul, the Afghan capital, Taliban officials said the border would reopen.",
        near_expected="statement taliban -> - [assert]",
    ),
    _c(
        "JOINT-SUBJECT",
        "phrase",
        summary="A list of actors as subject (also 'the ministers of A, B and C'): one statement per actor; "
        "exactly the members of a group the article names speak as that group. A list is read whole however "
        "long it runs to its 'and' ('A, B, C, ..., I and J'). A list between dashes that spells out the phrase "
        "before it ('the bloc's members - A, B and C - urged') is no subject: the walk goes on before it "
        "(DASHED-LIST).",
        reads="actor, actor and actor + verb; role + of + list of actors + verb",
        example="Qatar, Egypt and Turkey called on both sides to respect the truce.",
        expected="statement QAT -> - [demand]\nstatement EGY -> - [demand]\nstatement TUR -> - [demand]",
    ),
    _c(
        "ANNOUNCED-ANSWER",
        "discourse",
        summary="A sentence that reports nothing and opens with an answer noun owned by an actor ('X's response "
        "came within hours', 'The reaction from X was blunt'; frames.json `answer_heads`) announces who speaks "
        "next: a state body, a national title or a spokesperson named without a state after it is X's, until "
        "an actor speaks; an answer nobody owns ('The response was muted') announces nobody.",
        reads="X's / the + answer noun (+ from X) + verb that reports nothing; next: body or title with no state",
        example="Kenya accused Uganda of stealing cattle. Tanzania urged calm. Uganda's reply came within the hour. "
        "The ministry said Kenya had no evidence.",
        expected="rebuttal UGA answers KEN\nstatement KEN -> UGA [accuse]\nstatement TZA -> - [demand]",
        near_miss="Kenya accused Uganda of stealing cattle. Tanzania urged calm. The response was muted. The ministry "
        "said talks should resume.",
        near_expected="statement KEN -> UGA [accuse]\nstatement TZA -> - [demand, assert]",
    ),
    _c(
        "DESCRIPTION",
        "phrase",
        summary="A definite description ('the bloc', 'the militants', 'the junta', 'the two countries') is the "
        "last actor (or actors) of its kind named before it. A noun of several kinds ('the group': an armed group "
        "or an organization) is the last speaker when it is of one of them and the sentence names none before it. "
        "The plurals of the organization descriptions count too ('the two bodies', 'both blocs'). A number "
        "before a role counts people, not actors, unless a determiner points back ('two Western officials' is "
        "nobody's; 'the two ministers' is the last two actors'). BLOC-DESCRIPTION: 'the bloc', 'the alliance', "
        "'the regional grouping' (frames.json `bloc_descriptions`) are the last bloc of states named, not the "
        "United Nations, one of its organs or agencies, a court or an NGO named since ('SCO leaders met over "
        "United Nations sanctions. The bloc urged ...': the SCO). GROUP-DESCRIPTION: 'the group' (frames.json "
        "`group_descriptions`) may be an armed group or an NGO, never the United Nations, one of its organs or "
        "agencies, or a court, even when one spoke last ('Hamas freed two hostages, the UN said. The group "
        "said ...': Hamas). OWNED-BODY: a body a description owns ('the group's prisoner committee', 'the bloc's "
        "mediation panel') is that description's actor, not the last body of the head's kind.",
        reads="the + description noun (bloc, alliance, group, militants, junta, country), with a number; "
        "the + description's + body",
        example="ASEAN met in Jakarta. The bloc urged Myanmar to end the violence.",
        expected="statement asean -> MMR [demand]",
        near_miss="Kenya, Uganda and Tanzania met in Arusha. Uganda warned Kenya over the pipeline, according to "
        "two Western diplomats.",
        near_expected="statement UGA -> KEN [warn]",
    ),
    _c(
        "NAME-HEAD",
        "phrase",
        summary="A definite description that repeats the last word of an actor's name as written ('the International "
        "Atomic Energy Agency ... the agency', 'the International Court of Justice ... the court') is that actor, "
        "even when another actor of the same kind was named after it; so is a body's title ('the European "
        "Commission ... Commission spokesperson Name'). A capitalised role word after 'the' inside a sentence "
        "repeats any word of a name, singular or plural ('the Guards' claim' after 'the Islamic Revolutionary "
        "Guard Corps'), before it is read as a role or a count of the last speakers. A state body's title never "
        "repeats an armed group's name: "
        "'Army spokesman Name' after 'the White Army' is a state's army, or nobody's. A description only a "
        "sovereign state fits (frames.json descriptions `sovereign`: 'the kingdom', 'the sultanate') is the last "
        "state whose names hold the word anywhere ('Kingdom of Saudi Arabia'), else the last state, never an armed "
        "group.",
        reads="the + description or body noun; an earlier mention, name or alias ending in (or, for a sovereign "
        "description, holding) that noun",
        example="The International Court of Justice heard the case as the UN Security Council met on Monday. The "
        "court said it would rule in June.",
        expected="statement icj -> - [assert]",
        near_miss="The International Atomic Energy Agency issued its report as the UN Security Council met. The "
        "council said it would meet again in June.",
        near_expected="statement iaea -> - [assert]\nstatement unsc -> - [assert]",
    ),
    _c(
        "NAME-CONTINUATION",
        "phrase",
        summary="An office named with its domain goes on after 'and' while capitalised words follow ('the Ministry "
        "of Foreign Affairs and Worship', 'the Ministry of Foreign and Diaspora Affairs', 'Minister for Development "
        "and the Pacific'): one office, headed by the ministry, not a list ending in a name nobody knows. Names of "
        "actors after 'and' stay a list ('the ministers of Iran and Russia').",
        reads="role or body + of / for + capitalised words + and + capitalised words (a last word such as "
        "'Affairs' too)",
        example="NAIROBI - Kenya lodged a protest with Uganda over the arrests. The Ministry of Foreign and "
        "Diaspora Affairs said the fishermen had been beaten.",
        expected="statement KEN -> UGA [accuse, assert]",
        near_miss="The ministers of Iran and Russia met in Tehran. Iran said the talks were useful.",
        near_expected="statement IRN -> - [assert]",
    ),
    _c(
        "NAME-PART",
        "phrase",
        summary="A definite phrase whose capitalised head runs on through 'of', 'for' or 'on' into more capitalised "
        "words ('the Panel of Experts', 'the Commission of Inquiry') repeats part of a name the text used before: it "
        "is the last actor one of whose names holds those words in a row, not the last actor of the head's kind "
        "('the Group of Experts' is not the last armed group). With no such name before, the phrase is read as any "
        "description.",
        reads="the + capitalised head + of/for/on + capitalised words; earlier mentions, names and aliases",
        example="Uganda on Friday disputed the findings of the UN Group of Experts on Congo, which said ADF rebels "
        'had bases in Ituri, calling the report "a work of fiction written far from the field."\nIn its annual '
        "report, the Group of Experts said the ADF had killed 300 civilians.",
        expected="rebuttal UGA answers goe-drc\nstatement goe-drc -> adf [accuse, assert]\n"
        "statement goe-drc -> adf [assert]",
        near_miss="The UN Group of Experts on Congo said ADF rebels had bases in Ituri.\nThe Group of Seven said it "
        "was alarmed by the killings.",
        near_expected="statement g7 -> - [assert]\nstatement goe-drc -> adf [assert]",
    ),
    _c(
        "DESCRIBED-NAME",
        "phrase",
        summary="A description set beside a name by a comma ('the rebel alliance, Name,', 'Name, a coalition of "
        "militias,') ties its noun to that actor: 'the alliance' later is it, whatever kind of actor the noun "
        "most often describes; a role's complement ('a spokesman for the alliance') is read the same way.",
        reads="description noun phrase + , + name (or name + , + a/the description) + punctuation",
        example="Ecuador blamed the powerful criminal coalition, Tren de Aragua, for the blockade. A spokesman for "
        "the coalition denied the charge.",
        expected="rebuttal tren-de-aragua answers ECU\nstatement ECU -> tren-de-aragua [accuse]",
        near_miss="Ecuador blamed the powerful criminal coalition for the blockade. A spokesman for the coalition "
        "denied the charge.",
        near_expected="statement ECU -> - [accuse]",  # nobody is named as the coalition: no rebuttal
    ),
    _c(
        "RECIPROCAL",
        "phrase",
        summary="A joint speaker's act aimed at 'each other' or 'one another' is each one's act aimed at the "
        "others; ', each rejecting the other's account' makes each rebut the others.",
        reads="A and B + verb + each other / one another / the other's; ', each + verb-ing'",
        example="Armenia and Azerbaijan accused each other of shelling, each rejecting the other's account.",
        expected="rebuttal ARM answers AZE\nrebuttal AZE answers ARM\nstatement ARM -> AZE [accuse]\n"
        "statement AZE -> ARM [accuse]",
        near_miss="Armenia and Azerbaijan accused Russia of shelling.",
        near_expected="statement ARM -> RUS [accuse]\nstatement AZE -> RUS [accuse]",
    ),
    _c(
        "OTHER-SENSE",
        "phrase",
        summary="A denial or rejection verb whose object gives it another sense answers nobody: a thing withheld "
        "('denied visas', 'denied the observers access', 'denied the crew members shore leave'), a procedure "
        "decided ('rejected the bill'), an attack "
        "repelled or positions struck ('rebuffed an offensive', 'hit back at Hamas positions'), ground or office "
        "contested ('contests large parts of the countryside', 'disputed the seat', 'have long disputed their "
        "maritime boundary', 'dispute sovereignty over'), a craft downed ('shot down two drones'), an official "
        "removed ('dismissed the defence minister'); so does such a noun as the subject "
        "of a passive ('the assault was rebuffed by X'), and a passive with no agent rebuts nothing. The nouns "
        "(singular or plural) are frames.json `non_claim_objects`, the verbs of removal `personnel_lemmas`.",
        reads="deny / reject verb + withheld, procedural, military or territorial noun (or that noun + be + "
        "participle); dismiss + the + role",
        example="Armenia said its forces had rebuffed an Azerbaijani offensive near the border.",
        expected="statement ARM -> - [assert]",
        near_miss="Ankara dismissed the Dutch findings as biased.",
        near_expected="rebuttal TUR answers NLD\nstatement NLD -> - [assert]",
    ),
    _c(
        "COUNTER-THE-MENTION",
        "discourse",
        summary="An actor that counters or insists, or says that a claim is false, after another speaker's words "
        "named it (as a target, a demonym or a place) rebuts them, though they were aimed at nobody.",
        reads="another speaker's content naming X; later X + counter / insist / retort, or X said + falsity judgment",
        example="Tajikistan said Kyrgyz guards had opened fire on its villages. Bishkek countered that Tajik "
        "troops had fired first.",
        expected="rebuttal KGZ answers TJK\nstatement TJK -> KGZ [assert]",
        near_miss="Tajikistan said the talks would resume in May. Kyrgyzstan insisted that its border posts would "
        "stay.",
        near_expected="statement KGZ -> - [assert]\nstatement TJK -> - [assert]",
    ),
    _c(
        "REPLY-TO-CHARGE",
        "discourse",
        summary="A verb of answering that reports words ('replied that ...', 'retorted: \"...\"', 'countered "
        "that ...') right after another actor's accusation, demand or warning answers that actor, though its words "
        "did not name the one replying. Not after praise or support, and not an answer in deeds ('responded by "
        "recalling its envoy', 'reacted within hours').",
        reads="the last event (the sentence before): another actor's accuse / demand / warn; then respond verb + "
        "that / : / quotation",
        example="The Polisario Front urged the European Union not to renew its fisheries deal. Morocco replied that "
        "the deal sustained thousands of jobs in Dakhla.",
        expected="rebuttal MAR answers polisario-front\nstatement polisario-front -> eu [demand]",
        near_miss="Hamas urged the Arab League to cut ties with Israel. Egypt responded by recalling its envoy.",
        near_expected="statement hamas -> arab-league, ISR [demand]",
    ),
    _c(
        "DENIAL-BY-NEGATION",
        "discourse",
        summary="An actor another speaker's words were about (aimed at, or named but not as a place: 'Ugandan "
        "militiamen', 'Belarusian hackers', frames.json `demonym_agents`) that then says it did not, or assures "
        "it does not (lexicon.json assurances, among them acting 'in strict respect of international humanitarian "
        "law'), rebuts those words; a pledge ('remains committed to the talks': frames.json `pledge_words`) is "
        "no such assurance; a country named only as a place or a victim ('farmland in Sudan') "
        "does not, nor does a future negation of resolve ('would not stand by', 'will not hesitate', 'will not be "
        "intimidated': grammar.json `resolve_lemmas`; 'will find no place to hide', 'will show no mercy'), which "
        "warns, nor a negated verb of telling ('had not named a "
        "date', 'did not say which side fired': `unsaid_lemmas`), which reports silence; 'never said' still denies.",
        reads="another speaker's content about X; later X said + negated or assuring content",
        example="Kenya said Ugandan militiamen had raided a border village. Uganda said none of its forces had "
        "crossed the border.",
        expected="rebuttal UGA answers KEN\nstatement KEN -> UGA [accuse, assert]",
        near_miss="Egypt said the dam's releases had flooded farmland in Sudan. Sudan said it had received no warning.",
        near_expected="statement EGY -> - [assert]\nstatement SDN -> - [assert]",
    ),
    _c(
        "JUSTIFIED-DEED",
        "discourse",
        summary="An accused actor whose words open with a deed ('the measures', 'its patrols', 'these drills') and "
        "call it warranted with a form of 'be' ('were routine and lawful', 'was purely defensive'; frames.json "
        "`justification_words`) rebuts the charge though it has no denial word. Not with a negation beside the "
        "label ('the strikes were not lawful'), not from an actor nobody accused.",
        reads="X accuses Y; Y said + the / its / these + noun + was / were + justification word",
        example="Manila accused China of attacking a supply boat. China's coast guard said the measures were "
        "restrained and lawful.",
        expected="rebuttal CHN answers PHL\nstatement PHL -> CHN [accuse]",
        near_miss="Manila accused China of attacking a supply boat. Japan said the measures were not lawful.",
        near_expected="statement JPN -> - [assert]\nstatement PHL -> CHN [accuse]",
    ),
    _c(
        "COUNTER-FACT",
        "discourse",
        summary="The actor the statement just before accused (its author had accused it, its words named the "
        "actor by a demonym before its forces or its conduct: 'Azerbaijani drones had struck ...', or they opened "
        "with the actor as the subject of a past deed: 'said Kyrgyzstan had diverted ...') that answers "
        "at once with "
        "an account of its own conduct ('Y said its soldiers ...', 'its coast guard had acted lawfully'), a clause "
        "opened by its, their or our or by its own demonym ('Greek border guards had acted lawfully'), rebuts that "
        "accusation though it has no denial word. Not after praise or a "
        "plain mention, not with another statement between, not an object ('reaffirmed its commitment'), not a "
        "pledge ('its forces would respect the truce'). The accusation is the charge in its sentence, also when "
        "a clause of the accuser follows it ('accused Y of ..., calling the move a provocation'). It does "
        "not check that the account is about the same deed.",
        reads="X accuses Y; (next sentence) Y said + its / their / our + noun + verb",
        example="Armenia accused Azerbaijan of shelling the village of Sotk on Monday. Azerbaijan said its artillery "
        "had fired only at an Armenian army post.",
        expected="rebuttal AZE answers ARM\nstatement ARM -> AZE [accuse]",
        near_miss="Georgia praised the European Union for its monitoring work. The EU said its monitors had seen new "
        "fences.",
        near_expected="statement GEO -> eu [support]\nstatement eu -> - [assert]",
    ),
    _c(
        "DEED-DOER",
        "discourse",
        summary="A condemned deed named with 'the' ('condemned the exercises', 'the detention', frames.json "
        "conduct_nouns) accuses the actor the text last named doing it: the name just before the noun in its "
        "sentence ('X launched military exercises'), or after 'by' ('drills by X'); not an actor that only "
        "reported it ('Peru said drills ...'), nor a place after it ('around Taiwan').",
        reads="condemn + the + conduct noun; earlier: actor + verb + (modifiers) + the same noun, or noun + by + actor",
        example="China launched military exercises around Taiwan. Taiwan condemned the exercises.",
        expected="statement TWN -> CHN [accuse]",
        near_miss="Bolivia said the border was calm. Chile condemned the detention of two farmers.",
        near_expected="statement BOL -> - [assert]\nstatement CHL -> - [accuse]",
    ),
    _c(
        "OFFICE-CITY",
        "phrase",
        summary="A capital between a possessive and a common noun ('its Amman spokesman', 'the agency's Geneva "
        "office') says where the owner's office or staff sits: it names no state, and the owner speaks.",
        reads="its / their / X's + capital + noun",
        example="Jordan urged UNRWA to move its schools out of the camps. The agency rejected the request, its Amman "
        "spokesman said.",
        expected="rebuttal unrwa answers JOR\nstatement JOR -> unrwa [demand]",
        near_miss="Jordan urged UNRWA to move its schools out of the camps. Amman's envoy repeated the call.",
        near_expected="statement JOR -> unrwa [demand, assert]",
    ),
    _c(
        "HOSTILE-ORIGIN",
        "phrase",
        summary="Where a weapon was launched, fired or flown from ('drones launched from Belarus'), or where "
        "projectiles or jamming came from ('the jamming was coming from Russia and Belarus'; grammar.json "
        "locatives `origin_lemmas`, `projectile_nouns`), names the one held responsible: a target, not a place. "
        "People who came from a country, or where a drone fell, name places.",
        reads="launched / fired / flown + from + actor; projectile noun ... come + from + actor",
        example="Latvia said the drones had been launched from Belarus.",
        expected="statement LVA -> BLR [assert]",
        near_miss="Latvia said the refugees had come from Syria.",
        near_expected="statement LVA -> - [assert]",
    ),
    _c(
        "NAMED-ROLE-ANYWHERE",
        "phrase",
        summary="One person's role named with its actor in any position, as an object or a possessor too ('summoned "
        "the Belarusian ambassador', 'a U.S. envoy's talk of ...'), is whom 'the ambassador', 'the envoy' means "
        "next, whoever spoke; a past role ('the former ambassador') ties nothing.",
        reads="demonym / possessor + person role (singular), anywhere in the sentence",
        example="Denmark's foreign minister said a U.S. envoy's talk of buying mining rights in Greenland was "
        "unacceptable. The envoy, Kyle Brandt, later said he had been misquoted.",
        expected="rebuttal USA answers DNK\nstatement DNK -> USA [assert]",
        near_miss="Lithuania summoned the former Belarusian ambassador over the balloons. The ambassador said the "
        "protest was groundless.",
        near_expected="rebuttal LTU answers -\nstatement LTU -> - [demand]",
    ),
    _c(
        "PEOPLE-PRONOUN",
        "phrase",
        summary="A pronoun object after the comma that opens a participle clause ('accusing them of ...', 'accusing "
        "him of ...') means the people the main clause just acted on, when their phrase names its actor by a "
        "demonym or possessor ('expelled two Russian diplomats'): that actor is the target. The number must agree, "
        "and only a time or place phrase may stand between; people of no named actor ('two of its diplomats') "
        "leave the pronoun to the other readings.",
        reads="verb + (number) + demonym / possessor + person role (+ time or place phrase) + , + participle + "
        "them / him / her",
        example="Moldova expelled two Russian diplomats, accusing them of funding protest groups.",
        expected="statement MDA -> RUS [accuse]",
        near_miss="Moldova expelled a Russian diplomat, accusing them of funding protest groups.",
        near_expected="statement MDA -> - [accuse]",
    ),
    _c(
        "INSERTED-REPORT",
        "phrase",
        summary="A report noun's participle with a place or time after it, inside a set-off insertion ('Kenya and "
        "Uganda, in a joint communique issued on the sidelines of a summit, urged ...') is a reduced relative: the "
        "insertion hides no subject, and the subject before it speaks. A report issued as the clause's own verb "
        "('Ghana issued a statement in Accra calling on ...') is read as before.",
        reads=", + preposition + report noun + issue participle + preposition ... + , + verb",
        example="Ghana, in a statement released in Accra on Monday, called on Togo to reopen the border.",
        expected="statement GHA -> TGO [demand]",
        near_miss="Ghana issued a statement in Accra calling on Togo to reopen the border.",
        near_expected="statement GHA -> TGO [demand, assert]",
    ),
    _c(
        "CLAIMED-TERRITORY",
        "phrase",
        summary="A passive 'claimed by X' whose subject is no deed or report ('the islands are claimed by Japan', "
        "'the reef, which is claimed by Malaysia') names a possession: X says nothing there. A claimed attack or "
        "claimed responsibility is X's statement (PASSIVE-BY).",
        reads="territory / place (no attack or report noun) + be + claimed + by + actor",
        example="Japan protested to China over ships near the Senkaku islands, which are also claimed by Taiwan.",
        expected="statement JPN -> CHN [accuse]",
        near_miss="The ambush was claimed by al-Shabaab.",
        near_expected="statement al-shabaab -> - [assert]",
    ),
    _c(
        "HOME-OFFICE",
        "phrase",
        summary="Before any actor spoke, a national office's holder named as a possessor with no state ('the "
        "president's office', 'the prime minister's spokesman') is the dateline's state's (else the paragraph's "
        "topic state), as a bare body is (HOME-BODY). With no dateline and no topic it stays unknown.",
        reads="dateline; the + national office + 's + body or role",
        example="SUVA, June 2 (AFP) - The president's office accused China of ignoring warnings about its fishing "
        "fleet.",
        expected="statement FJI -> CHN [accuse]",
        near_miss="The prime minister's office accused Australia of meddling in local politics.",
        near_expected="",
    ),
    _c(
        "NAMED-ATTACKS",
        "phrase",
        summary="An attack noun that is also a verb's -s form, after a name and before a preposition ('Houthi "
        "attacks on shipping must stop') is the noun: no verb with the name as its subject, so a verb after it "
        "('..., and called on the Houthis to ...') keeps the main clause's subject. With its object right after "
        "('Russia attacks Ukraine') it stays a verb.",
        reads="name or demonym + attacks / raids (+ on / against ...)",
        example="Egypt said on Monday that Houthi attacks on shipping must stop, and called on the Houthis to free the "
        "crew.",
        expected="statement EGY -> houthis [demand, accuse, assert]",
        near_miss="Russia attacks Ukraine every night, Kyiv said.",
        near_expected="statement UKR -> RUS [accuse, assert]",
    ),
    _c(
        "MEASURE-ON",
        "phrase",
        summary="A demonym after a measure's 'on' ('matching duties on Peruvian goods', 'a tariff on Nigerian "
        "imports', 'sanctions on Russian banks'; grammar.json `measure_nouns`) names the state the measure hits: "
        "what the speaker says of the measure is about that state. A demonym of goods with no measure names none.",
        reads="tariff / duties / sanctions / ban ... + on + demonym + noun",
        example="Peru accused Chile of dumping copper. Chile said it would impose matching duties on Peruvian goods.",
        expected="statement CHL -> PER [assert]\nstatement PER -> CHL [accuse]",
        near_miss="Ghana said Nigerian imports had grown by a fifth this year.",
        near_expected="statement GHA -> - [assert]",
    ),
    _c(
        "DEMONYM-AGENT-OBJECT",
        "phrase",
        summary="An object naming no actor of its own whose head acts for a state named by a demonym before it ('a "
        "Serbian liaison officer', 'a Bolivian officer'; frames.json `demonym_agents`) points at that state: "
        "'gave a Serbian liaison officer 48 hours to leave' is a demand of Serbia. A private person ('a Bolivian "
        "trader') names no state.",
        reads="verb + (determiner) + demonym + (word) + agent noun",
        example="Kosovo gave a Serbian liaison officer 48 hours to leave.",
        expected="statement XKX -> SRB [demand]",
        near_miss="Peru accused a Bolivian trader of smuggling fuel across the lake.",
        near_expected="statement PER -> - [accuse]",
    ),
    _c(
        "TIME-OPENING",
        "phrase",
        summary="A weekday that closes an opening prepositional phrase with no comma after it ('On Friday Bolivia "
        "rejected ...', 'Late on Monday Ethiopia's ministry dismissed ...') is an adverb of time: the name after it "
        "opens the subject. A determiner after the day needs no such reading ('On Monday the Kenyan government').",
        reads="on / late on + weekday (grammar.json `named_days`) + a name or a possessor",
        example="Chile urged Bolivia to free the truckers. On Friday Bolivia rejected the demand.",
        expected="rebuttal BOL answers CHL\nstatement CHL -> BOL [demand]",
        near_miss="On Monday the Kenyan government urged Somalia to reopen the border.",
        near_expected="statement KEN -> SOM [demand]",
    ),
    _c(
        "FACILITATOR-NOT-TARGET",
        "phrase",
        summary="The host, mediator or convener of talks or a deal ('a ceasefire brokered by X and Y', 'the talks, "
        "which are mediated by X', 'a summit convened by X', 'under the auspices of X'; grammar.json locatives "
        "`facilitated_nouns`, `facilitator_lemmas`, `facilitator_phrases`) is where a dispute is talked over, not "
        "whom the act is about: no target. Only after a meeting or deal noun: 'fighters hosted by X' accuses X; set "
        "off by a comma, 'mediated', 'brokered', 'facilitated', 'convened', 'chaired' and 'moderated by' need none "
        "('a ceasefire between A and B, mediated by X and Y': said of talks only; locatives "
        "`set_off_facilitator_lemmas`). After the name: a facilitator's noun after a preposition of means ('under "
        "African Union auspices', 'through Qatar's mediation'; `facilitator_nouns_after`; 'support IGAD's "
        "mediation' supports IGAD) or a role it acts in ('with Chile acting as a go-between'; `facilitator_roles`).",
        reads="meeting or deal noun + (which is) + hosted / mediated / brokered / convened ... + by + actor(s)",
        example="Armenia accused Azerbaijan of violating a ceasefire brokered by Russia and the United States.",
        expected="statement ARM -> AZE [accuse]",
        near_miss="Pakistan accused Kabul of shielding fighters hosted by Iran near the border.",
        near_expected="statement PAK -> taliban, IRN [accuse]",
    ),
    _c(
        "ALSO-REJECTED",
        "discourse",
        summary="'Y also rejected it', 'Y dismissed them too' right after another actor's rebuttal: the pronoun is "
        "the claim that rebuttal rejected, so Y answers the same party (the one whose words were just rejected, "
        "else the one that last aimed at the first rebutter), not the first rebutter. Without 'also' or 'too', "
        "'it' may be the denial itself ('Kenya rejected it': the accuser answers the denial).",
        reads="X claims; Y rejects the claim; Z + also / too + reject / deny + it / them",
        example="Kenya said Uganda and Tanzania had stolen cattle. Uganda called the claim a fabrication. Tanzania "
        "also rejected it, saying its herders never crossed.",
        expected="rebuttal TZA answers KEN\nrebuttal UGA answers KEN\nstatement KEN -> UGA, TZA [assert]",
        near_miss="Kenya said Uganda and Tanzania had stolen cattle. Uganda called the claim a fabrication. Kenya "
        "rejected it.",
        near_expected="rebuttal KEN answers UGA\nrebuttal UGA answers KEN\nstatement KEN -> UGA, TZA [assert]\n"
        "statement UGA -> KEN [assert]",
    ),
    _c(
        "ANSWERING-LATER",
        "discourse",
        summary="A sentence that only says whom the words just reported answered ('She was answering X', 'The "
        "denial answered X', 'It was responding to X') makes the denial before it answer X, and is no answer of "
        "its own; a relative set off after X ('X, which said on Monday that ...', 'X, who had accused Y of ...') "
        "is X's own statement, not part of the answer.",
        reads="denial; (pronoun / the denial) + (was) answering / answered / responding to + X (, which / who + verb)",
        example="Tajikistan denied arming the fighters. The denial answered Taliban spokesman Qari Nasiri, who had "
        "accused Tajikistan of arming them.",
        expected="rebuttal TJK answers taliban\nstatement taliban -> TJK [accuse]",
        near_miss="Tajikistan denied arming the fighters. Its envoy was answering questions in parliament.",
        near_expected="rebuttal TJK answers -",
    ),
    _c(
        "DOCUMENT-IN-REPORT",
        "sentence",
        summary="A known document of another actor as the subject of a stance inside what a speaker says or "
        "regrets ('The ministry regrets that the communique describes the cabinet as illegitimate and calls for "
        "fresh elections') speaks for its author, as it would on its own. The document is remembered with its "
        "issuer from 'issued (on a day) by X' even in a sentence that reports nothing, and a gathering as issuer "
        "('by the Extraordinary Summit of Heads of State and Ministers of the EAC') is its organization's "
        "(DOCUMENT-BY). Only stances (accuses, calls for, warns, describes as): 'said the report showed that ...' "
        "is the speaker's own reading.",
        reads="document issued (on ...) by X; later: speaker + verb + that + the document + stance verb",
        example="BUJUMBURA - Burundi's foreign ministry has taken note of the final communique issued on 3 May by "
        "the Extraordinary Summit of Heads of State and Ministers of the East African Community (EAC). The "
        "ministry regrets that the communique describes the new cabinet as illegitimate and calls for fresh "
        "elections. The government firmly rejects this characterisation.",
        expected="rebuttal BDI answers eac\nstatement BDI -> eac [concern]\nstatement eac -> BDI [demand, accuse]",
        near_miss="UNITED NATIONS - A report by UN sanctions monitors said Eritrea had shipped arms to the militia. "
        "Ethiopia's envoy said the report showed that Eritrea was arming the militia.",
        near_expected="statement ETH -> ERI [accuse, assert]\nstatement un -> ERI [accuse, assert]",
    ),
    _c(
        "SELF-IDENTIFIED",
        "sentence",
        summary="A subject that names no one ('a masked man', 'a caller') with '(who) identified / described / "
        "introduced himself as' + a role phrase before the verb speaks as that role: 'a man who identified "
        "himself as a spokesman for X said' is X's.",
        reads="indefinite person noun + (who) identified / described + himself + as + role phrase + verb",
        example="A man who identified himself as a commander of al-Shabaab told reporters the group had carried out "
        "the raid.",
        expected="statement al-shabaab -> - [assert]",
        near_miss="A caller said the fighters had withdrawn.",
        near_expected="",
    ),
    _c(
        "OFFICE-NOT-GROUP",
        "discourse",
        summary="A national office ('the office of Prime Minister Name', 'President Name') held by no state in "
        "the text is no armed group's, party's or movement's, whatever spoke last: it is the dateline's state, "
        "else the last state to speak. Only authorities over a territory (frames.json government_descriptions "
        "`office_kinds`) have such offices too.",
        reads="group speaks; (the office of) + national title + name + verb",
        example="PORT-AU-PRINCE, Haiti - The Viv Ansanm coalition said the state had paid a ransom for the nurses. "
        "The office of Prime Minister Jean Alix denied that any money had been paid.",
        expected="rebuttal HTI answers viv-ansanm\nstatement viv-ansanm -> - [assert]",
        near_miss="The Viv Ansanm coalition said the state had paid a ransom for the nurses. Haiti's foreign "
        "minister said the gang was lying.",
        near_expected="statement HTI -> - [assert]\nstatement viv-ansanm -> - [assert]",
    ),
    _c(
        "ACRONYM-REBOUND",
        "phrase",
        summary="A known name defined with an acronym the gazetteer gives to another actor ('the Inuit Circumpolar "
        "Council (ICC)') makes that acronym name the defined actor throughout the text: 'The ICC said' is the "
        "council, not the International Criminal Court.",
        reads="known name + (ACRONYM of another known actor); later: ACRONYM",
        example="The Inuit Circumpolar Council (ICC), which represents Inuit in Canada and Greenland, met in Nuuk. "
        "The ICC said the deal ignored Inuit rights.",
        expected="statement inuit-circumpolar-council -> - [assert]",
        near_miss="The International Criminal Court (ICC) issued a warrant. The ICC said it had evidence.",
        near_expected="statement icc -> - [assert]",
    ),
    _c(
        "RELAYING-AGENCY",
        "phrase",
        summary="A news agency or broadcaster defined inline ('the Korean Central News Agency (KCNA)', 'the Kenya "
        "News Agency (KNA)', 'X Broadcasting Corporation') is no actor: it only relays (ANNOTATION: news agencies "
        "that relay are no speakers), so a statement it carries stays its author's and answers no agency.",
        reads="Name ending News Agency / Press Agency / News Service / Broadcasting (+ Corporation) + (ACRONYM)",
        example="PYONGYANG - North Korea rejected the charges, according to a statement carried by the Korean "
        "Central News Agency (KCNA).",
        expected="rebuttal PRK answers -",
        near_miss="The Caribbean Disaster Emergency Management Agency (CDEMA) said Haiti needed more aid.",
        near_expected="statement cdema -> HTI [assert]",
    ),
    _c(
        "HOME-ORGAN",
        "phrase",
        summary="A national organ defined inline with no state named in it ('the National Intelligence Service "
        "(NIS)', 'the National Security Council (NSC)') under a dateline is the dateline's state's: it speaks "
        "for that state, as an organ named with its state does ('Chile's National Fisheries Council'). Not a "
        "group's name that opens with 'National' ('Colombia's National Liberation Army'). STORY-STATE: with no "
        "dateline state, such an organ, and a ruling council named for its mission ('the National Committee for "
        "Reconciliation and Development (NCRD)'), is the state the text names most, if one leads. STATE-RUN: a name "
        "set off by a description the state owns ('the Ombudsman's Office, the state's human rights watchdog') is "
        "the dateline's or the story's state, not an organization of its own ('X, Kenya's largest monitoring "
        "group' is a body in Kenya, not Kenya's).",
        reads="dateline; National + organ head (Council, Service, Agency, Command, ...) + (ACRONYM)",
        example="TEHRAN - The National Security Council (NSC) said on Monday that Israel had violated the truce.",
        expected="statement IRN -> ISR [accuse, assert]",
        near_miss="BOGOTA - Colombia's National Liberation Army (ELN) said it would free the hostages.",
        near_expected="statement eln -> - [assert]",
    ),
    _c(
        "GOVERNMENT-NOT-PARTY",
        "discourse",
        summary="'Government spokesperson Name' or 'the government' right after a party, a movement, an armed "
        "group or a group the text introduced spoke is no voice of that group: only an authority over a "
        "territory has a government (frames.json government_descriptions `office_kinds`). It is the last state to "
        "speak, else the last state named. So after an organization spoke: 'government' is not the last party "
        "named in the organization's words ('the arrest of PF officials'), but the last state.",
        reads="party speaks; government (spokesperson) + verb, no state named",
        example="Malawi's main opposition Democratic Progressive Party (DPP) has said it will not recognise the "
        "Supreme Court judgment upholding the re-election of President Lazarus Banda, opening a long dispute in one "
        "of the region's steadier democracies.\nGovernment spokesperson Moses Kunkuyu dismissed the opposition's "
        "claims, insisting the vote had been judged free by all observer missions present.",
        expected="rebuttal MWI answers dpp\nstatement dpp -> - [assert]",
        near_miss="The Taliban said the border was calm. Government spokesman Zabihullah Mujahid said no troops had "
        "crossed.",
        near_expected="statement taliban -> - [assert]",
    ),
    _c(
        "DESTINATION",
        "phrase",
        summary="Where people are moved to is a place, not a party: 'women returning to Afghanistan', 'returned "
        "asylum-seekers to Belarus', 'the return of the displaced to Abkhazia' (grammar.json locatives "
        "`movement_lemmas`, `movement_nouns`, then 'to' within six words). 'urged Somalia to return to the "
        "talks' names no actor after 'to'; 'urged X to' is no movement.",
        reads="return / deport / flee ... (up to six words) + to + actor",
        example="The IOM warned that women returning to Afghanistan faced abuse.",
        expected="statement iom -> - [warn]",
        near_miss="Kenya urged Somalia to return to the talks.",
        near_expected="statement KEN -> SOM [demand]",
    ),
    _c(
        "VENUE-MEETING",
        "phrase",
        summary="The body whose meeting was where the words were said ('urged Cambodia at a Mekong River Commission "
        "meeting', 'during an OSCE ministerial session', 'at the meeting of the African Union'; grammar.json "
        "locatives `venue_prepositions`, `venue_nouns`) is the venue, not a party (ANNOTATION: the venue of a "
        "meeting is no target). Only after 'at', 'during' or 'on the sidelines of': 'told the ASEAN summit' "
        "addresses it and 'accused X of wrecking the IGAD summit' is about it.",
        reads="at / during + (a, an, the) + actor + (words) + meeting noun; at + the + meeting noun + of + actor",
        example="Serbia urged Kosovo at an OSCE session in Vienna to release the detained officers.",
        expected="statement SRB -> XKX [demand]",
        near_miss="Kenya accused Ethiopia of wrecking the IGAD summit.",
        near_expected="statement KEN -> ETH, igad [accuse]",
    ),
    _c(
        "RELATIVE-ACCUSED",
        "phrase",
        summary="An accusation in a relative clause on an object ('expelled two diplomats whom it accused of "
        "spying', 'sanctions on gang leaders it accused of ...') accuses the noun the clause hangs on (its object "
        "is the gap before 'of'). 'it' or 'they' as that clause's subject is the sentence's own subject when "
        "nobody has spoken yet (RELATIVE-PRONOUN-SUBJECT), even behind a verb outside the lexicon ('The EU "
        "imposed ...').",
        reads="actor + verb + noun phrase + (whom / that / which) + it / they / actor + accused + of ...",
        example="Rwanda expelled two Belgian diplomats whom it accused of meddling.",
        expected="statement RWA -> BEL [accuse]",
        near_miss="Kenya deported three activists it said had insulted the president.",
        near_expected="statement KEN -> - [assert]",
    ),
    _c(
        "GENERIC-COLLECTIVE",
        "discourse",
        summary="A description made everyone's by its modifier ('the international community', 'the global "
        "community'; frames.json generic_modifiers) stands for no organization named before: no speaker, no "
        "target. 'the regional community' still does.",
        reads="the + international / global / wider / world + description noun",
        example="The African Union criticised Niger. Niger urged the international community to lift the sanctions.",
        expected="statement NER -> - [demand]\nstatement au -> NER [accuse]",
        near_miss="ECOWAS suspended Mali. The regional community urged the junta to hold elections.",
        near_expected="statement ecowas -> MLI [demand]",
    ),
    _c(
        "SOVEREIGN-RIGHT",
        "discourse",
        summary="The speaker claiming a sovereign right for itself ('his government had the sovereign right to "
        "choose its own security partners', 'we have every sovereign right') tells others to keep out, as "
        "'internal affairs' does: a rebuttal of whoever aimed at it. Another's right defended ('backed "
        "Vanuatu's sovereign right') is not.",
        reads="it / we / government + has / had + (the / every) sovereign right(s) + to ...",
        example="Australia voiced concern over reports that China was negotiating a policing pact with Vanuatu. "
        "Vanuatu's prime minister said his government had the sovereign right to choose its own security partners.",
        expected="rebuttal VUT answers AUS\nstatement AUS -> CHN, VUT [concern]",
        near_miss="The United States said it backed Vanuatu's sovereign right over its fishing grounds.",
        near_expected="statement USA -> VUT [assert]",
    ),
    _c(
        "LABELLED-MOTIVE",
        "phrase",
        summary="In CALL-X-Y, a label that imputes a discrediting motive ('called the remarks an attempt to cover "
        "up its failures', 'described the charge as a bid to discredit ...'; frames.json `motive_judgments`) "
        "rejects the report as false: a rebuttal of its author. A motive that discredits nothing ('an attempt to "
        "improve security') judges nothing.",
        reads="call / describe + report noun + (as) + attempt / bid / ploy + to + divert / discredit / cover ...",
        example="Peru said Bolivia had failed to stop smuggling across the lake. La Paz called the remarks a ploy "
        "to deflect blame from Peru's own failures.",
        expected="rebuttal BOL answers PER\nstatement PER -> BOL [accuse, assert]",
        near_miss="Peru announced new patrols on the lake. Bolivia called the patrols an attempt to improve security.",
        near_expected="statement PER -> - [assert]",
    ),
    _c(
        "STATE-VOICE",
        "discourse",
        summary="'A junta spokesman', 'a government spokeswoman', 'an army spokesman' (a state's body or office) "
        "is no voice of the organization that spoke last: a bare 'a spokesman' is, these are not.",
        reads="a + state body or office + voice role ('a junta spokesman') after an organization spoke",
        example="The UN said aid convoys had been blocked near Sittwe. A junta spokesman said the roads were open.",
        expected="statement un -> - [assert]",
    ),
    _c(
        "DEMAND-THAT",
        "phrase",
        summary="A verb of request with a 'that' clause ('demanded that Washington clarify its position', 'asked "
        "that Uganda explain ...') reports what is asked for: the verbs in it are no acts of their subjects, who "
        "are the demand's targets.",
        reads="X + demand / ask / urge + that + Y + verb ...",
        example="The SDF demanded that Washington clarify its position on the strikes.",
        expected="statement sdf -> USA [demand]",
        near_miss="Kenya demanded that Uganda withdraw, saying the incursion violated its sovereignty.",
        near_expected="statement KEN -> UGA [demand, assert]",
    ),
    _c(
        "MEDIA-REPORTS",
        "phrase",
        summary="A medium with no determiner before an -s word ('media reports', 'newspaper reports'; grammar.json "
        "`media_nouns`) makes one noun phrase: the report of the media, hearsay with no author, not the medium "
        "reporting. 'The newspaper reports that ...' keeps the verb. 'the reports' right after a sentence whose "
        "subject is the media ('Several outlets reported ...') are hearsay too.",
        reads="(demonym) + medium + report noun in -s",
        example="Russia said it would back Serbia. Serbia denied media reports that troops had moved to the border.",
        expected="rebuttal SRB answers -\nstatement RUS -> SRB [assert]",
        near_miss="The newspaper reports that Serbia moved troops to the border.",
        near_expected="",
    ),
    _c(
        "ANSWER-BACK",
        "discourse",
        summary="A response verb ('hit back', 'fired back', 'responded') from an actor whose accusation or warning "
        "the accused has since rebutted answers that rebuttal: it rebuts on full grounds, and the actor's next "
        "words go on answering.",
        reads="X accuses Y; Y rejects / denies; X + hit back / responded",
        example="Ghana blamed Togo for the attack on a border post. Togo rejected the allegations as baseless. Ghana "
        "hit back on Sunday.",
        expected="rebuttal GHA answers TGO\nrebuttal TGO answers GHA\nstatement GHA -> TGO [accuse]\n"
        "statement TGO -> GHA [assert]",
    ),
    _c(
        "CHARGE-TOLD-INSIDE",
        "discourse",
        summary="An accusation told inside the denial's own sentence ('Y denied ..., a day after X said ...') is "
        "what the denial answers, so the rebutter's next words go on with the same rebuttal; only a charge, call, "
        "warning or claim aimed at the rebutter in a later sentence opens a new one: not a third party's concern "
        "or support (PRESSED-AGAIN), not the charge of a party the lead's denial already names (ANSWERED-AHEAD: "
        "'Y rejected accusations from X and Z ... X said on Tuesday ... Y's minister said ...').",
        reads="Y + denies ..., + (a day) after + X + said ...; (next sentence) Y's role + said ...",
        example="Benin on Tuesday denied that its troops had crossed into Niger, a day after Niamey said Beninese "
        "soldiers had fired on a border post. The Beninese army chief said his units had never left their barracks.",
        expected="rebuttal BEN answers NER\nstatement NER -> BEN [assert]",
    ),
    _c(
        "HEARSAY-APART",
        "discourse",
        summary="A rebutter's denial of unattributed reports in a later sentence ('It also dismissed reports in the "
        "Kenyan press that ...') is a rebuttal of its own that answers nobody, not more of its answer to the "
        "accuser; in the same sentence ('rejected the charge, dismissing reports that ...') it stays part of it.",
        reads="Y rebuts X ...; (a later sentence) Y + denies / dismisses + reports (in the ... press) + that ...",
        example="Somalia accused Ethiopia of violating its sovereignty. Ethiopia rejected the charge as false. Addis "
        "Ababa also dismissed reports in the Kenyan press that it planned to build a naval base.",
        expected="rebuttal ETH answers -\nrebuttal ETH answers SOM\nstatement SOM -> ETH [accuse]",
        near_miss="Somalia accused Ethiopia of violating its sovereignty. Ethiopia rejected the charge, dismissing "
        "reports in the Kenyan press that it planned to build a naval base.",
        near_expected="rebuttal ETH answers SOM\nstatement SOM -> ETH [accuse]",
    ),
    _c(
        "CHARGE-NOT-CALL",
        "discourse",
        summary="A rejected accusation noun ('rejected the charge', 'refuted the allegation') answers the "
        "statement that asserted something of the rebutter, when none accused it outright, not a demand or a "
        "warning another actor made since ('Brazil urged Venezuela to ...'); a rejected claim noun ('dismissed the "
        "claim') answers the accusation in the same way; 'rejected the call' still answers the demand.",
        reads="X asserts (or accuses) ... about Y; Z urges Y ...; Y + rejects + the charge / allegation (or the claim)",
        example="Guyana said on Friday that Venezuelan soldiers were camped inside its territory. Brazil urged "
        "Venezuela to pull its soldiers back. Venezuela's foreign minister rejected the charge.",
        expected="rebuttal VEN answers GUY\nstatement BRA -> VEN [demand]\nstatement GUY -> VEN [assert]",
        near_miss="Guyana said on Friday that Venezuelan soldiers were camped inside its territory. Brazil urged "
        "Venezuela to pull its soldiers back. Venezuela's foreign minister rejected the call.",
        near_expected="rebuttal VEN answers BRA\nstatement BRA -> VEN [demand]\nstatement GUY -> VEN [assert]",
    ),
    _c(
        "CHARGED-DEED",
        "discourse",
        summary="A condemned deed named with 'the' that nobody was reported doing ('condemned the strikes', 'the "
        "raids', 'the incident') accuses the one an accusation at most two sentences back charged with it: the "
        "accusation's words name the noun or one of its kind (frames.json same_thing_nouns), or the noun stands "
        "for any deed (frames.json event_nouns: 'the incident', 'the episode'). Not without such an accusation "
        "('X said Y had held elections. Z condemned the incident').",
        reads="X accuses Y of <deed with noun N>; condemn + the + N (or N's kin, or an event noun)",
        example="Ghana accused Togo of burning villages in cross-border raids. Benin condemned the raids.",
        expected="statement BEN -> TGO [accuse]\nstatement GHA -> TGO [accuse]",
        near_miss="Ghana said Togo had held elections. Benin condemned the incident.",
        near_expected="statement BEN -> - [accuse]\nstatement GHA -> TGO [assert]",
    ),
    _c(
        "DOUBLE-ATTRIBUTION",
        "sentence",
        summary="'X said ..., spokesman Name said': when the tail attribution names no actor of its own (a title "
        "and a name, 'a senior official', 'an official told Reuters'), the first verb keeps its speaker and its "
        "words, whether it says, accuses, urges or warns (NAMELESS-TAIL; a denial or rejection stays reported); a "
        "tail that names an actor makes everything before it what was said.",
        reads="actor + said / accused / urged / warned ... + clause + , + (title + name | a + role) + said (end of "
        "sentence)",
        example="The Arakan Army said it had captured a police post near Maungdaw, spokesman Khaing Thu said.",
        expected="statement arakan-army -> - [assert]",
        near_miss="Al-Shabaab fighters seized the town of Buulo Mareer, a senior official said.",
        near_expected="",
    ),
    _c(
        "POSSESSIVE-AFTER-MAIN",
        "sentence",
        summary="A tail speaker owned by a possessive pronoun ('its foreign ministry said', 'his spokesman said') "
        "belongs to the sentence's own speaker, not to the one who spoke last before it; 'his' and 'her' need a "
        "person there.",
        reads="actor + act ... , + its / his / her / their + role + said",
        example="Chad urged Sudan to negotiate. Egypt called for an immediate truce, its foreign ministry said.",
        expected="statement EGY -> - [demand, assert]\nstatement TCD -> SDN [demand]",
        near_miss="The African Union urged Sudan to negotiate. Egypt called for an immediate truce, his spokesman "
        "said.",
        near_expected="statement EGY -> - [demand]\nstatement au -> SDN [demand]",
    ),
    _c(
        "ATTRIBUTED-STANCE",
        "sentence",
        summary="A stance verb before a tail attribution ('Ecuador accused Colombia of ..., Defence Minister Name "
        "said') is part of what was said, and its act is the statement's when its subject is the attribution's "
        "actor: the statement accuses (urges, warns), not only asserts. Another actor's charge reported that way "
        "('Russia accused Ukraine ..., Ukraine's envoy said') adds nothing.",
        reads="actor + stance verb (judge, request, warn, concern, support) ... , + speaker + said / told "
        "reporters (end of sentence)",
        example="Peru urged Chile to withdraw its coastguard cutters, Peru's foreign minister told reporters.",
        expected="statement PER -> CHL [demand, assert]",
        near_miss="Russia accused Ukraine of shelling the plant, Ukraine's envoy said.",
        near_expected="statement UKR -> RUS [accuse, assert]",
    ),
    _c(
        "SAME-THING-ACCOUNT",
        "discourse",
        summary="The actor just accused answers with an account of the very thing the accusation named: its "
        "words open with 'the', at most two modifiers and a noun the accuser's words used ('the boats', 'the "
        "Japanese ship', 'the outpost'), or another noun of the same kind (frames.json `same_thing_nouns`: "
        "'trawlers' then 'the vessels'; anywhere in the charge's sentence: 'accused Y of aggression after a "
        "helicopter crashed'), then a verb of what was done ('had been stopped inside Turkish waters'). "
        "It rebuts the accuser though it has no denial word, also when others spoke since the charge. Not a "
        "pledge ('the boats will be returned'), not when the accusation is more than three sentences back, not "
        "another noun ('the investigation had begun'), not a third party.",
        reads="X accuses Y of <deed> (a noun N); within three sentences Y said + the + (modifiers) + N (or N's kin) "
        "+ auxiliary or past form",
        example="Greece accused Turkey of seizing a fishing trawler off Lesbos. Athens said the crew had been "
        "detained overnight. Turkey said the trawler had been stopped inside Turkish waters.",
        expected="rebuttal TUR answers GRC\nstatement GRC -> TUR [accuse, assert]",
        near_miss="Greece accused Turkey of seizing a fishing trawler off Lesbos. Italy said the trawler had been "
        "towed to Izmir.",
        near_expected="statement GRC -> TUR [accuse]\nstatement ITA -> - [assert]",
    ),
    _c(
        "EARLIER-WORDS",
        "discourse",
        summary="Words the sentence sets before what was reported ahead of it ('Hours earlier, X said ...', 'X had "
        "previously insisted ...', 'X said earlier that ...'; grammar.json `prior_time_adverbs`) answer nothing: "
        "an account or a counter-claim there is an assertion. Words that deny or judge a claim false still rebut, "
        "and so does a speaker already answering ('Earlier, X, responding to Y's criticism, said ...'); 'an "
        "earlier incident' (after a determiner) sets nothing.",
        reads="(Hours) earlier / previously + , + X said ... | X had previously / earlier + claim verb ...",
        example="Chile accused Peru's navy of ramming two fishing boats. Hours earlier, Peru said the boats had "
        "entered a closed zone.",
        expected="statement CHL -> PER [accuse]\nstatement PER -> - [assert]",
        near_miss="Chile accused Peru's navy of ramming two fishing boats. Peru had earlier denied any collision.",
        near_expected="rebuttal PER answers CHL\nstatement CHL -> PER [accuse]",
    ),
    _c(
        "NEGATED-THING",
        "discourse",
        summary="Words opening with 'the' and a thing the statement just before reported ('the helicopter', 'the "
        "ship'), said not to have happened ('had not been hit'), rebut that statement's speaker though nobody "
        "aimed anything at this one (SAME-THING-ACCOUNT without a charge). Not a body or office ('the Council'), "
        "not a future negation, not another noun.",
        reads="X said + clause with noun N; (next sentence) Y said + the + N + auxiliary + negation",
        example="Al-Shabaab said it had shot down a helicopter near Baidoa. The African Union said the helicopter "
        "had not been hit.",
        expected="rebuttal au answers al-shabaab\nstatement al-shabaab -> - [assert]",
        near_miss="Al-Shabaab said it had shot down a helicopter near Baidoa. The African Union said the rotor had "
        "not been damaged.",
        near_expected="statement al-shabaab -> - [assert]\nstatement au -> - [assert]",
    ),
    _c(
        "PASSIVE-CONJUNCT",
        "sentence",
        summary="'Denied' after 'and' whose first conjunct is a passive ('were beaten and denied food', 'were "
        "arrested and denied access to lawyers') is the second participle of that passive: something withheld "
        "from the subject, not a denial by the sentence's speaker. Not before a report noun or a clause ('was "
        "surprised and denied the charge').",
        reads="be + participle + and + denied + object that is no report noun",
        example="Amnesty International said the men were arrested and denied access to lawyers.",
        expected="statement amnesty-international -> - [assert]",
        near_miss="Kenya accused Uganda of raids. Uganda was surprised and denied the charge.",
        near_expected="rebuttal UGA answers KEN\nstatement KEN -> UGA [accuse]",
    ),
    _c(
        "SPREAD-STORIES",
        "phrase",
        summary="Words that call reports with no author false ('said reports of troop movements were false') deny "
        "hearsay and rebut nobody; but a report an actor named before it in the same words spreads ('said Russia "
        "had paid bloggers to spread invented stories of fraud') is that actor's doing: the words accuse it, "
        "they judge no hearsay.",
        reads="say + actor + verb + judgment + report noun (no author)",
        example="Estonia's security service said Russia had paid bloggers to spread invented stories of ballot fraud.",
        expected="statement EST -> RUS [assert]",
        near_miss="Serbia said reports of troop movements near Kosovo were false.",
        near_expected="rebuttal SRB answers -",
    ),
    _c(
        "HEARSAY-THEN-DENIAL",
        "discourse",
        summary="A sentence that opens with a rumour source (frames.json `rumour_sources`: 'Posts on social media "
        "claimed', 'Footage shared online appeared to show', 'Rumours spread'; after a live blog's stamp too) and "
        "reports no speaker, then an actor it named saying it did not ('said no operation took place', 'its "
        "troops were not in the area'; or any denial or rejection that names no author: 'denied that its soldiers "
        "had crossed', 'rejected the claims'): a rebuttal that answers nobody (ANNOTATION: rebuts is null), even "
        "when another actor accused the speaker before the posts. An actor the posts did not name, or words with "
        "no negation, rebut nothing; 'The report, published on Monday, said ...' is a report already made, no "
        "rumour.",
        reads="rumour source + claim naming X; (next sentence) X said + negated content",
        example="Rumours spread in Bamako that Algerian officers had met rebel leaders. Algeria said no such meeting "
        "had happened.",
        expected="rebuttal DZA answers -",
        near_miss="Posts on social media claimed that Malian troops had killed herders near Nampala. Niger said its "
        "border was not affected.",
        near_expected="statement NER -> - [assert]",
    ),
    _c(
        "COUNTER-CHARGE",
        "discourse",
        summary="A rebuttal that finds no statement to answer, right after another speaker's rebuttal of its own "
        "words (and no statement between), answers that rebuttal: what the denier said in it, as the denier's "
        "statement ('Y denied it, saying X wanted a pretext ... X rejected that charge').",
        reads="X's statement; Y's rebuttal answering X; X + rejection with no author named",
        example="Ethiopia accused Eritrea of arming rebels in Amhara. Eritrea denied it, saying Addis Ababa "
        "wanted a pretext to seize the port of Assab. Ethiopia rejected that charge on Thursday.",
        expected="rebuttal ERI answers ETH\nrebuttal ETH answers ERI\nstatement ERI -> ETH [assert]\n"
        "statement ETH -> ERI [accuse]",
        near_miss="Sudan accused Eritrea of arming rebels in Kassala. Eritrea denied it. Ethiopia rejected the "
        "charge on Thursday.",
        near_expected="rebuttal ERI answers SDN\nrebuttal ETH answers SDN\nstatement SDN -> ERI [accuse]",
    ),
    _c(
        "FRAMED-DOCUMENT",
        "discourse",
        summary="A sentence that opens with a topic frame naming another actor's document ('Regarding the "
        "statement of the AU,', 'As for the IAEA's report,': grammar.json `topic_openers`) and then judges 'it' "
        "('rejects it as regrettable', 'called it a lie') rebuts that document's author. Without the frame, a "
        "judged 'it' is what was just reported, or a thing done, whose judgment is the speaker's statement "
        "(JUDGED-THING: 'Regarding the visit, Serbia called it a provocation'); praise ('describing it as "
        "constructive') is nothing.",
        reads="topic opener + report noun of X + comma; main clause: verb + it + (as) judgment",
        example="Regarding the statement of the European Union, Serbia rejects it as an unacceptable interference.",
        expected="rebuttal SRB answers eu\nstatement eu -> - [assert]",
        near_miss="Regarding the visit, Serbia called it a provocation.",
        near_expected="statement SRB -> - [assert]",
    ),
    _c(
        "SIDES-IN-WORDS",
        "discourse",
        summary="A counted side in a speaker's words ('hoped the two sides would settle', 'said both rivals should "
        "talk'; frames.json `descriptions.side`: sides, parties, neighbours, rivals, ...) is the latest dispute's "
        "two sides, and they are targets, as when they are urged directly ('urged the two neighbours').",
        reads="SAY or REQUEST + content with both / two + side noun",
        example="Guyana accused Suriname of seizing a fishing boat. Suriname denied it. Brazil said it hoped the "
        "two sides would settle the matter.",
        expected="rebuttal SUR answers GUY\nstatement BRA -> GUY, SUR [assert]\nstatement GUY -> SUR [accuse]",
        near_miss="Guyana accused Suriname of seizing a fishing boat. Suriname denied it. Brazil said it hoped the "
        "sides would talk.",
        near_expected="rebuttal SUR answers GUY\nstatement BRA -> - [assert]\nstatement GUY -> SUR [accuse]",
    ),
    _c(
        "MEDIATOR-CALL",
        "discourse",
        summary="A demand made of several parties at once ('urged both sides to talk') aims at none of them: a side "
        "that then calls the other a liar answers that side's accusation, if any, never the mediator. A call on one "
        "party, an accusation or a warning does aim at its targets. A joint call ('Qatar and Egypt urged both sides') "
        "aims at neither side for each of its co-authors.",
        reads="REQUEST or SAY-MUST with two or more targets and no accusation or warning",
        example="Guatemala accused Belize of arming park rangers. Mexico urged both sides to talk. Guatemala's "
        "foreign minister said Belize was lying.",
        expected="statement GTM -> BLZ [accuse]\nstatement GTM -> BLZ [assert]\nstatement MEX -> GTM, BLZ [demand]",
        near_miss="Guatemala accused Belize of arming park rangers. Mexico urged Guatemala to withdraw its troops. "
        "Guatemala's foreign minister said the troops were not in Belize.",
        near_expected="rebuttal GTM answers MEX\nstatement GTM -> BLZ, MEX [accuse]\nstatement MEX -> GTM [demand]",
    ),
    _c(
        "SELF-NEGATION",
        "discourse",
        summary="An actor another's words named, even only as a place ('attacks routed through servers in China and "
        "Russia'), that then says it does not or did not do something, naming itself as the subject ('said Russia "
        "does not conduct cyberattacks', 'said it had never ...'), rebuts those words. A speaker never named "
        "before, or words without itself as the negated subject, rebut nothing.",
        reads="Y's words name X; (later) X + say + X / it / we + (aux) + not / never",
        example="Seoul said the attacks were routed through servers in China and Russia. Russia's embassy in Seoul "
        "said Russia does not conduct cyberattacks against other states.",
        expected="rebuttal RUS answers KOR\nstatement KOR -> - [assert]",
        near_miss="Seoul said the attacks were routed through servers in China and Russia. Russia's embassy said it "
        "was ready for talks.",
        near_expected="statement KOR -> - [assert]\nstatement RUS -> - [assert]",
    ),
    _c(
        "NAMING-FIRST",
        "discourse",
        summary="A rejection of a claim whose author the text does not give, and that no statement aimed at the "
        "rebutter, answers the latest earlier statement of the claim's kind whose words named the rebutter (even "
        "as a place), before a later statement of that kind that did not name it.",
        reads="X's words name Y; Z's statement names no Y; Y + reject + claim noun with no author",
        example="Tokyo said the hackers had used servers in Vietnam. Washington urged Pyongyang to stop and said it "
        "would work with Tokyo. Vietnam rejected the suggestion that it bore any responsibility.",
        expected="rebuttal VNM answers JPN\nstatement JPN -> - [assert]\nstatement USA -> PRK [demand, assert]",
        near_miss="Tokyo said the hackers had used servers in Laos. Washington urged Pyongyang to stop and said it "
        "would work with Tokyo. Vietnam rejected the suggestion that it bore any responsibility.",
        near_expected="rebuttal VNM answers USA\nstatement JPN -> - [assert]\nstatement USA -> PRK [demand, assert]",
    ),
    _c(
        "MISQUOTED",
        "discourse",
        summary="Words that fault the press ('said a television channel had misquoted its minister', 'said the "
        "newspaper had misrepresented the talks'; a media noun, grammar.json `media_nouns`, a few words before a "
        "falsity word such as misquoted, misrepresented, taken out of context) are a rebuttal that answers nobody: "
        "the press is no actor.",
        reads="X + say + media noun + (aux) + misquote / misrepresent / distort ...",
        example="Egypt said a newspaper had misquoted its foreign minister.",
        expected="rebuttal EGY answers -",
        near_miss="Egypt said a newspaper had interviewed its foreign minister.",
        near_expected="statement EGY -> - [assert]",
    ),
    _c(
        "DENIAL-REJECTED",
        "discourse",
        summary="A rejection whose object is itself a denial ('brushed the denial aside', 'dismissed the denials as "
        "hollow') answers the last rebuttal aimed at the speaker, even while the speaker's earlier rebuttal of "
        "someone else is still open (ANSWERED-BACK: a rebuttal aimed at an open rebutter is new matter).",
        reads="X rebuts Y; Z rebuts X; X + reject verb + denial noun",
        example="Uganda said Kenyan police had beaten traders at the border. Kenya rejected Uganda's claims. Somalia "
        "denied hosting the smugglers and said Kenya should guard its own border. Kenya brushed the denial aside.",
        expected="rebuttal KEN answers SOM\nrebuttal KEN answers UGA\nrebuttal SOM answers KEN\n"
        "statement KEN -> UGA, SOM [assert]\nstatement SOM -> KEN [assert]\nstatement UGA -> KEN [assert]",
        near_miss="Uganda said Kenyan police had beaten traders at the border. Kenya rejected Uganda's claims. "
        "Somalia denied hosting the smugglers and said Kenya should guard its own border. Kenya dismissed the "
        "claims.",
        near_expected="rebuttal KEN answers UGA\nrebuttal SOM answers KEN\nstatement KEN -> UGA [assert]\n"
        "statement UGA -> KEN [assert]",
    ),
    _c(
        "COUNT-ANSWERED",
        "discourse",
        summary="A rejection of a count with no author ('dismissed the figures', 'described the toll as "
        "propaganda'; frames.json `count_nouns`) answers the latest earlier statement whose words gave a number, "
        "not a later condemnation or call that gave none.",
        reads="X + number in its words; Y + condemn / call; Z + reject / call-as + count noun",
        example="ISWAP said it had killed 40 soldiers in the raid. ECOWAS condemned the attack. Nigeria's army "
        "described the figures as outright propaganda.",
        expected="rebuttal NGA answers iswap\nstatement ecowas -> iswap [accuse]\nstatement iswap -> - [assert]",
        near_miss="Kenya said 40 soldiers died in the raid. Uganda said the raid was planned by al-Shabaab. "
        "Al-Shabaab dismissed the claims.",
        near_expected="rebuttal al-shabaab answers UGA\nstatement KEN -> - [assert]\n"
        "statement UGA -> al-shabaab [assert]",
    ),
    _c(
        "TOPIC-SHIFT",
        "discourse",
        summary="A rebuttal whose sentence turns to another matter ('Elsewhere in his remarks, ...', 'Separately, "
        "...', 'Turning to ...': grammar.json `topic_shift_openers`) answers what it names itself; it does not "
        "lend those parties to the speaker's earlier rebuttal that named no one.",
        reads="rebuttal naming nobody; (later sentence) topic-shift opener + rebuttal naming Y",
        example="The Gulf Cooperation Council urged Iran to end its occupation of the islands. Iran's foreign "
        "ministry spokesman rejected what he called baseless claims. Elsewhere in his remarks, the spokesman "
        "dismissed the accusations made by Britain's foreign secretary.",
        expected="rebuttal IRN answers GBR\nrebuttal IRN answers gcc\nstatement GBR -> IRN [accuse]\n"
        "statement gcc -> IRN [demand]",
        near_miss="The Gulf Cooperation Council urged Iran to end its occupation of the islands. Iran's foreign "
        "ministry spokesman rejected what he called baseless claims. He dismissed the accusations made by "
        "Britain's foreign secretary.",
        near_expected="rebuttal IRN answers GBR\nstatement GBR -> - [assert]\nstatement gcc -> IRN [demand]",
    ),
    _c(
        "AGREEMENT-PARTIES",
        "discourse",
        summary="A concern about a definite agreement ('concerns about the security pact', grammar.json "
        "`agreement_nouns`) is about its parties: the actors named in the nearest earlier sentence that names "
        "that agreement ('Samoa signed a fisheries deal with China').",
        reads="concern verb or noun + about + the / this / that + agreement noun; an earlier sentence with that noun",
        example="Samoa signed a fisheries deal with China on Monday. Officials confirmed the deal was signed in "
        "Apia. Australia and New Zealand voiced concern about the deal.",
        expected="statement AUS -> WSM, CHN [concern]\nstatement NZL -> WSM, CHN [concern]",
        near_miss="Samoa signed a fisheries deal with China on Monday. Officials confirmed the deal was signed in "
        "Apia. Australia voiced concern about the weather.",
        near_expected="statement AUS -> - [concern]",
    ),
    _c(
        "SAY-MUST",
        "discourse",
        summary="Plain words that lay an obligation on a named party ('said Y must withdraw', 'said Y's troops "
        "should leave': grammar.json `obligation_modals` after a name, role or noun) demand of it as well as "
        "assert; an obligation after a pronoun is mostly the speaker's own ('said it must defend itself').",
        reads="SAY + content whose modal of obligation follows a name or noun phrase",
        example="Georgia said Russia must withdraw its troops.",
        expected="statement GEO -> RUS [demand, assert]",
        near_miss="Georgia said it must defend itself against Russia.",
        near_expected="statement GEO -> RUS [assert]",
    ),
    _c(
        "TALKED-OF",
        "discourse",
        summary="An actor the text named before (in anyone's words or the writer's, by name, capital or demonym: "
        "'Rwanda has long been accused of ...') that says claims are false ('the claims were baseless'), or that "
        "insists, counters or responds, rebuts, though no statement was aimed at it; such a rebuttal starts no "
        "chain (the speaker's next plain words stay statements). Falsity said of no claim ('a wrong signal') is "
        "no rebuttal; so is a rejection verb used as a noun after a determiner ('said a dispute between the two "
        "states risked the gains'); 'claimed' (frames.json `reporting_counter_lemmas`) only when what it claims "
        "names no other actor and no attack ('ISWAP claimed it killed three soldiers' is a statement).",
        reads="X named earlier; X said + report noun judged false; X + counter or respond verb",
        example="Rwanda has long been accused of backing the M23 rebels. On Monday, Kigali's spokeswoman said the "
        "claims were baseless.",
        expected="rebuttal RWA answers -",
        near_miss="The US approved new arms sales to Taiwan. China's spokesperson said the sales sent a gravely "
        "wrong signal.",
        near_expected="statement CHN -> - [assert]",
    ),
    _c(
        "NAMED-BEFORE",
        "discourse",
        summary="A rebuttal with no statement aimed at its speaker, none making the act it names and none it cites "
        "answers the latest earlier statement whose words named the rebutter (by name, capital or demonym) "
        "before it falls back to the last other speaker.",
        reads="X's words naming Y; another speaker between; Y + rejection",
        example="Egypt said Ethiopian engineers had opened the spillways without warning. Kenya said the regional "
        "talks would resume in May. Ethiopia rejected the accusation.",
        expected="rebuttal ETH answers EGY\nstatement EGY -> - [assert]\nstatement KEN -> - [assert]",
        near_miss="Egypt said the spillways had been opened without warning. Kenya said the regional talks would "
        "resume in May. Ethiopia rejected the accusation.",
        near_expected="rebuttal ETH answers KEN\nstatement EGY -> - [assert]\nstatement KEN -> - [assert]",
    ),
    _c(
        "LEAD-REBUTTAL",
        "discourse",
        summary="News often leads with a denial and tells the charge after it, so a rebuttal with nothing earlier "
        "aimed at its speaker answers the first later statement aimed at it; but only in the lead (the first "
        "paragraph): further down, an earlier statement whose words named the rebutter (NAMED-BEFORE) comes "
        "first, not a joint act the rebutter itself made with another.",
        reads="X's words naming Y; (new paragraph) Y + answer; Z + act aimed at Y later",
        example="ECOWAS said on Sunday that member states would close their borders with Sierra Leone if the "
        "deadline was missed.\nThe summit was held in Abuja.\nSierra Leone's junta answered within hours, saying it "
        "would set its own timetable.\nThe African Union on Monday urged Sierra Leone to free the president.",
        expected="rebuttal SLE answers ecowas\nstatement au -> SLE [demand]\nstatement ecowas -> - [assert]",
        near_miss="ECOWAS said on Sunday that member states would close their borders with Sierra Leone if the "
        "deadline was missed. Sierra Leone's junta answered within hours, saying it would set its own timetable.\n"
        "The African Union on Monday urged Sierra Leone to free the president.",
        near_expected="rebuttal SLE answers au\nstatement au -> SLE [demand]\nstatement ecowas -> - [assert]",
    ),
    _c(
        "NAMED-IN-PASSING",
        "discourse",
        summary="A rebuttal that names whom it answers only by talking about them ('X had no bases here') answers "
        "an earlier statement aimed at the rebutter instead, when there is one; with none, the actor named is "
        "answered.",
        reads="rebuttal whose answered actors come only from the actors its words name; statements before it "
        "aimed at the rebutter",
        example="Al-Shabaab claimed the attack on Monday. Kenya accused Somalia of harbouring its fighters. "
        "Mogadishu rejected the accusation. Its foreign minister said al-Shabaab had no bases in the border towns.",
        expected="rebuttal SOM answers KEN\nstatement KEN -> SOM [accuse]\nstatement al-shabaab -> - [assert]",
        near_miss="The ELN said on Sunday it had freed two hostages. Venezuela said the ELN had no camps on its "
        "soil and called the group's statement false.",
        near_expected="rebuttal VEN answers eln\nstatement eln -> - [assert]",
    ),
    _c(
        "CITED-AUTHOR",
        "discourse",
        summary="A rebuttal whose words cite a report noun's author ('the claims spread by X', 'X's statement', "
        "'claims from X') answers that author. A danger 'posed' or 'presented' by an actor ('a response to the "
        "threat posed by the FDLR'; grammar.json `posed_participles`) cites nobody's words: the rebuttal answers "
        "whoever accused the rebutter.",
        reads="report noun + (up to two words) + by / from + actor; actor's + report noun",
        example="Congo accused Rwandan commanders of directing the fighting. Rwanda rejected the accusations as "
        "baseless, saying its troops were a response to the threat posed by the FDLR.",
        expected="rebuttal RWA answers COD\nstatement COD -> RWA [accuse]",
        near_miss="Congo accused Rwandan commanders of directing the fighting. Rwanda rejected the accusations as "
        "baseless, saying they were claims spread by the FDLR.",
        near_expected="rebuttal RWA answers fdlr\nstatement COD -> RWA [accuse]\nstatement fdlr -> RWA [accuse]",
    ),
    _c(
        "JUDGED-SPEAKER",
        "discourse",
        summary="A rebuttal whose words judge an earlier speaker, as the subject of the clause ('London was "
        "spreading lies', 'the EU had no right to lecture Ankara'), answers that speaker, though a later "
        "statement was aimed at the rebutter; an actor only named in its words does not (NAMED-IN-PASSING).",
        reads="X said (that) + actor that spoke before, as the subject's head + ... + falsity judgment or "
        "disqualification",
        example="Britain accused Iran of supplying drones to Russia. France urged Tehran to halt the transfers. "
        "Iran said London was spreading lies about its trade with Moscow.",
        expected="rebuttal IRN answers GBR\nstatement FRA -> IRN [demand]\nstatement GBR -> IRN, RUS [accuse]",
        near_miss="Britain accused Iran of supplying drones to Russia. France urged Tehran to halt the transfers. "
        "Iran said the demand was unacceptable and had hurt its ties with Britain.",
        near_expected="rebuttal IRN answers FRA\nstatement FRA -> IRN [demand]\nstatement GBR -> IRN, RUS [accuse]",
    ),
    _c(
        "JOINT-REBUTTAL",
        "discourse",
        summary="Actors who deny or reject together answer the same party: one co-rebutter's earlier words are "
        "never what another one answers (unless they rebut 'each other', see RECIPROCAL).",
        reads="A and B / the ministers of A and B + denial or rejection verb; the statements before it",
        example="Jordan said it was ready to host talks. In a joint letter, Egypt and Jordan rejected the "
        "Israeli account of the raid.",
        expected="rebuttal EGY answers ISR\nrebuttal JOR answers ISR\nstatement ISR -> - [assert]\n"
        "statement JOR -> ISR [assert]",
        near_miss="Jordan said it was ready to host talks. Egypt rejected the idea.",
        near_expected="rebuttal EGY answers JOR\nstatement JOR -> - [assert]",
    ),
    _c(
        "STATE-ORGAN",
        "phrase",
        summary="Ministries, armies, embassies and other organs of a state speak for it, also when the text "
        "defines an acronym for them; a former office-holder does not, unless a title of their own comes before "
        "the past role set beside their name ('X leader Name, a former police officer,').",
        reads="state's / demonym / actor + modifiers + role or organ ('EU foreign affairs spokesman'); 'Name (ACR)' "
        "of a state's organ; a shared body name ending a longer name ('the Philippine National Security Council', "
        "frames.json `generic_body_names`); former + role",
        example="Taiwan's Ocean Affairs Council (OAC) said Chinese ships had entered its waters. The OAC "
        "urged Beijing to withdraw them.",
        expected="statement TWN -> CHN [demand, assert]",
        near_miss="A former Iranian ambassador said the talks would fail.",
        near_expected="",
    ),
    _c(
        "STATE-ROLE-ANTECEDENT",
        "phrase",
        summary='A state\'s office or organ named without its state ("the ministry", "the army", "the '
        'foreign minister") is the last state (or government in fact) that spoke, never an international '
        "organization or a militia that spoke since; when no state has spoken, the one state the last words "
        "were aimed at ('X said Y's army shelled ... The junta denied'), else the last state named; in the plural "
        '("the foreign ministers") it may be the organization\'s.',
        reads="the + state role (state_roles in frames.json), no possessor, after an organization or militia spoke",
        example="Serbia accused Kosovo of provoking unrest. The European Union urged calm. The army said its units "
        "stayed in their barracks.",
        expected="statement SRB -> XKX [accuse]\nstatement SRB -> - [assert]\nstatement eu -> - [demand]",
        near_miss="The Arab League urged Ethiopia to halt the dam. The foreign ministers said the talks had failed.",
        near_expected="statement arab-league -> ETH [demand, assert]",
    ),
    _c(
        "WORKPLACE",
        "phrase",
        summary="A person's role with 'a' followed by where they work ('a source in the Azerbaijani defence "
        "ministry', 'an official at Sudan's interior ministry', 'an official in Baku', 'an official at NATO') "
        "speaks for the one actor that body or capital names. Not a posted role ('a diplomat in Bishkek', 'an "
        "envoy in Kabul': POSTED-ROLE), not a role with its own demonym ('a Western diplomat'), not a place that "
        "names no actor.",
        reads="a / an + person role + in / at / from + body (with demonym or possessor) or capital or actor",
        example="Armenia accused Azerbaijan of moving troops. An official in Baku said the claim was false.",
        expected="rebuttal AZE answers ARM\nstatement ARM -> AZE [accuse]",
        near_miss="Kyrgyzstan accused Tajikistan of shelling a village. A Western diplomat in Bishkek said "
        "neither side wanted war.",
        near_expected="statement KGZ -> TJK [accuse]",
    ),
    _c(
        "POSTED-ROLE",
        "phrase",
        summary="An envoy, ambassador or representative 'to X' speaks for whoever sent them (the possessor or "
        "demonym), never for X; an adviser 'to X' is X's.",
        reads="state's / demonym + posted role (posted_roles in frames.json) + to + actor",
        example="Chile urged Peru to cooperate with the OAS. Peru's envoy to the OAS, Rosa Quispe, accused Chile "
        "of hypocrisy.",
        expected="statement CHL -> PER [demand]\nstatement PER -> CHL [accuse]",
        near_miss="Chile urged Peru to cooperate. The ambassador to Peru, Rosa Quispe, said the talks would go on.",
        near_expected="statement CHL -> PER [demand]",
    ),
    _c(
        "SEATED-BODY",
        "phrase",
        summary="A body or a group of officials 'in' a capital or state ('officials in Tallinn', 'the authorities "
        "in Kabul') speaks for it; envoys, diplomats and embassies 'in' or 'at' a capital are only posted there "
        "('diplomats in Vienna' are nobody's; 'the Pakistani embassy in Kabul' is Pakistan's); so are experts "
        "('water experts in Dhaka' speak for nobody; 'UN experts in Geneva' for the UN).",
        reads="body or collective role (officials, authorities) + in + capital or state; not a posted role "
        "(posted_roles in frames.json)",
        example="Russia accused Estonia of piracy. Officials in Tallinn rejected the accusation.",
        expected="rebuttal EST answers RUS\nstatement RUS -> EST [accuse]",
        near_miss="Kenya's envoy in Washington said the talks would resume.",
        near_expected="statement KEN -> - [assert]",
    ),
    _c(
        "NAMESAKE-TITLE",
        "phrase",
        summary="A title right before a known person's name that names another office ('Defense Minister Pedro "
        "Sanchez' where the gazetteer's Pedro Sanchez is a prime minister) makes them someone else of that name: "
        "the title's state speaks, and the surname later is theirs. A role after the name's possessive ('Name's "
        "spokeswoman') is not the person's title.",
        reads="title (role, modifiers, demonym) + gazetteer person whose office differs",
        example="BOGOTA (Reuters) - Colombia blamed the EMC for the bombing. Defense Minister Pedro Sanchez said "
        "the group had ordered it. Sanchez told reporters the EMC was losing ground.",
        expected="statement COL -> estado-mayor-central [accuse, assert]",
        near_miss="Morocco accused Spain of delays. Pedro Sanchez's spokeswoman said the talks would go on.",
        near_expected="statement ESP -> - [assert]\nstatement MAR -> ESP [accuse]",
    ),
    _c(
        "BOTH-SIDES",
        "phrase",
        summary="'Both sides' or 'the two sides' are the two parties of the latest dispute: the latest pair "
        "that aimed acts at each other, else the speaker and target of the latest aimed act; never the "
        "sentence's own subject (a party urging both sides targets the other). 'Both the army and the RSF' "
        "names its pair instead, and so does a pair the sentence names between its subject and the phrase "
        "('The OSCE, in which both Armenia and Azerbaijan take part, urged the two sides'). With no dispute heard, "
        "the last two actors named, but never the hosts or mediators of talks (SIDES-NOT-MEDIATORS: 'a truce "
        "between A and B, mediated by X and Y. Z urged both sides': A and B).",
        reads="both / the two + sides, as object or subject",
        example="Guyana accused Venezuela of massing troops. Venezuela denied it. Brazil called on both sides "
        "to exercise restraint.",
        expected="rebuttal VEN answers GUY\nstatement BRA -> GUY, VEN [demand]\nstatement GUY -> VEN [accuse]",
        near_miss="Guyana accused Venezuela of massing troops. Venezuela urged both sides to talk.",
        near_expected="statement GUY -> VEN [accuse]\nstatement VEN -> GUY [demand]",
    ),
    _c(
        "BOTH-GOVERNMENTS",
        "phrase",
        summary="A counted pair of states ('both governments', 'the two countries', 'both capitals'; frames.json "
        "`paired_plurals`) is the latest joint speaker when that was two; else a subject of two states in the same "
        "sentence ('A and B closed their ports, a step both governments said ...'); else the two states named since "
        "the previous sentence began, when exactly two were (a demonym of bystanders, 'Indian nationals' on board, "
        "grammar.json `bystander_nouns`, names none); else, as for BOTH-SIDES, the two states of the latest "
        "dispute, never the sentence's own subject.",
        reads="both / the two + countries / governments / nations / capitals / states",
        example="Belize accused Guatemala of sending gunboats. The quarrel goes back to a treaty signed with Britain. "
        "The OAS called on both governments to avoid escalation.",
        expected="statement BLZ -> GTM [accuse]\nstatement oas -> BLZ, GTM [demand]",
        near_miss="Kuwait and Saudi Arabia rejected Iran's claim to the gas field. The two countries said the field "
        "was theirs alone.",
        near_expected="rebuttal KWT answers IRN\nrebuttal SAU answers IRN\nstatement IRN -> - [assert]\n"
        "statement KWT -> IRN [assert]\nstatement SAU -> IRN [assert]",
    ),
    _c(
        "MET-HOLDERS",
        "phrase",
        summary="'The ministers', 'both envoys': a definite plural of a person's role with no actor of its own is "
        "the people holding that role named since the previous sentence began, by title ('Minister of Foreign "
        "Affairs of A Name') or in apposition (', B's foreign minister,'): their actors speak jointly, when two or "
        "more are (and as many as a count says). A person of another role met beside them does not count (one "
        "minister named is then the one the role was last tied to).",
        reads="the / both (+ count) + plural person role; the people named in this and the previous sentence with "
        "that role's word as their title or apposition",
        example="Kenya's foreign minister, Amos Kariuki, met Uganda's foreign minister, Grace Akello, in Kampala. "
        "The ministers urged South Sudan to reopen the border crossing.",
        expected="statement KEN -> SSD [demand]\nstatement UGA -> SSD [demand]",
        near_miss="Kenya's president, William Otieno, met Uganda's foreign minister, Grace Akello, in Kampala. The "
        "ministers urged South Sudan to reopen the border crossing.",
        near_expected="statement UGA -> SSD [demand]",
    ),
    _c(
        "WITH-ABSOLUTE",
        "phrase",
        summary="A person named by a state body's role without its state, in an absolute clause after ', with', "
        "or in a clause joined by ', and', is the sentence's opening actor's ('X rejected ..., with government "
        "spokesman Name telling ...'; 'X said ..., and government spokesman Name told ...'); a role with no "
        "name ('..., with a spokesperson saying ...') too; coordinated titles before one name are one person.",
        reads="actor ... , with / , and + body role + person + verb; , with + a/the role + verb",
        example="Ecuador has rejected claims that its coast guard fired on boats near the border with Colombia, with "
        "government spokesman Luis Mena telling reporters that the claims were false.",
        expected="rebuttal ECU answers -",
    ),
    _c(
        "PARTICIPLE-INSERTION",
        "phrase",
        summary="A participle set off by commas after the subject (', released on Monday,', ', elected as X's "
        "president in June,', ', asked about the charge at a briefing,', ', speaking at a news conference in "
        "Mogadishu,', ', arriving minutes later,', ', speaking as the group's chair,': 'as' in the role of is a "
        "preposition there) is a reduced relative about it: the verb after it still has "
        "that subject, and a "
        "document's author speaks through it. Inside it, a verb word after a determiner or adverb is a noun "
        "('a later briefing'); with no other verb it may run long (', speaking on condition of anonymity because "
        "of restrictions on talking to the media,'). ANONYMITY-INSERTION: a participle asking for anonymity is "
        "set off whatever reason follows, verbs included (', speaking on condition of anonymity because he was "
        "not authorised to brief the media,').",
        reads="subject + , + participle + adverbials or prepositional phrases + , + verb",
        example="Australia's new defence review, published on Tuesday, urges China to explain its naval build-up.",
        expected="statement AUS -> CHN [demand, assert]",
        near_miss="Australia's new defence review was published on Tuesday after months of delay.",
        near_expected="",
    ),
    _c(
        "WHAT-IT-CALLED",
        "phrase",
        summary="The object of 'condemned what it called X' or 'what they described as X' is X; an actor modifying "
        "the head of such a thing ('the Houthi campaign') is the one it aims at.",
        reads="verb + what + pronoun or actor + call / describe (+ as) + phrase",
        example="The GCC condemned what it described as Hezbollah's interference in Gulf affairs.",
        expected="statement gcc -> hezbollah [accuse]",
        near_miss="Turkey condemned what happened in Gaza.",
        near_expected="statement TUR -> - [accuse]",
    ),
    _c(
        "WHAT-X-CALLED",
        "phrase",
        summary="'what X called ...' inside a prepositional phrase of the narrative ('expelled two diplomats over "
        "what Moscow called a provocation', 'sanctioned over what Washington called \"a fuel lifeline\" to the "
        "RSF') is X speaking: a condemnation or falsity accuses the actors its words name, a quoted label is an "
        "assertion. An unquoted label with no judgment ('after what Peru described as a routine patrol') and a "
        "pronoun there ('launched attacks against what it called ...': the one acting) are the narrative's.",
        reads="preposition + what + actor + call / describe (+ as) + judgment or quotation",
        example="Britain expelled two Russian diplomats over what Moscow called a provocation.",
        expected="statement RUS -> - [accuse]",
        near_miss="Troops were deployed after what Peru described as a routine patrol.",
        near_expected="",
    ),
    _c(
        "BACKER-OF",
        "phrase",
        summary="In what was said, the actor of an 'X-backed', 'X-funded' or 'X-armed' compound before a force the "
        "text does not name is whom the words are about ('Iran-backed militias fired rockets': Iran); before an "
        "actor the text names, that actor is meant ('Kremlin-controlled Africa Corps'). 'X-led' only describes "
        "(frames.json `backing_compounds`).",
        reads="verb of speech + ... + actor-backed / -funded / -armed + nameless force",
        example="Sudan said UAE-funded paramilitaries had shelled the hospital in El Fasher.",
        expected="statement SDN -> ARE [accuse, assert]",
        near_miss="Kenya said US-led forces had left weapons at the airfield.",
        near_expected="statement KEN -> - [assert]",
    ),
    _c(
        "PARTNER-NOT-TARGET",
        "phrase",
        summary="Actors named as partners of a cooperation verb ('work closely with X and Y', 'coordinate with "
        "X'), noun ('in close coordination with X', 'in tandem with X') or adverb ('examining the data jointly "
        "with X'; grammar.json `partner_adverbs`) are whom the speaker acts with, not whom "
        "the statement is about; in an accusation they share the act charged and are accused too ('accused Japan "
        "of arming in tandem with the United States').",
        reads="work / cooperate / coordinate / consult / partner (partner_verbs in grammar.json) + adverbs + "
        "with + actor list; in + (adjective) + coordination / cooperation / consultation ... (partner_nouns) + with",
        example="Poland said it would coordinate closely with Lithuania and Latvia on border security.",
        expected="statement POL -> - [assert]",
        near_miss="Poland urged Lithuania to coordinate with Latvia on border security.",
        near_expected="statement POL -> LTU [demand]",
    ),
    _c(
        "INSTRUMENT-MODIFIER",
        "phrase",
        summary="An actor's name right before a noun of a rule it laid down ('Security Council resolutions', "
        "'the UN Charter', 'their UN mandate'; grammar.json `instrument_nouns`) modifies the rule: the words are "
        "about the rule, and the actor is no target, as a name before a place noun ('the Taiwan region') is none; "
        "an acronym in brackets may come between ('the East African Community (EAC) protocol').",
        reads="actor name + resolution(s) / charter / mandate / convention ...",
        example="Malaysia said the blockade violated United Nations Security Council resolutions.",
        expected="statement MYS -> - [assert]",
        near_miss="Malaysia urged the Security Council to adopt a resolution.",
        near_expected="statement MYS -> unsc [demand]",
    ),
    _c(
        "TOPIC-MODIFIER",
        "phrase",
        summary="A state's name right before a noun of a state of affairs ('the Ukraine crisis', 'the Syria "
        "conflict', 'the Korea question'; grammar.json `topic_nouns`) says where the affair is, as a name before "
        "a place noun does: the state is no target of words about it. Named as an actor elsewhere in the words "
        "('accused Ukraine of ...'), it still is.",
        reads="state name + crisis / conflict / war / issue / question / situation / file",
        example="China said it had always upheld an impartial position on the Ukraine crisis.",
        expected="statement CHN -> - [assert]",
        near_miss="China said the Ukraine war was a tragedy and accused Ukraine of attacking civilians.",
        near_expected="statement CHN -> UKR [accuse, assert]",
    ),
    _c(
        "DEMONYM-PEOPLE",
        "phrase",
        summary="A demonym before a word for its whole people ('the Somali people', 'the Lebanese nation'; "
        "frames.json `demonym_peoples`) names its state in what a speaker says, where the text also names that "
        "state: 'stood with the Somali people' supports Somalia. A demonym alone makes no entity, so without the "
        "state named it stays no target.",
        reads="demonym + people / nation (the state named elsewhere in the text)",
        example="Somalia's president appealed for calm. The African Union said it stood firmly with the Somali "
        "people and government.",
        expected="statement SOM -> - [demand]\nstatement au -> SOM [assert]",
        near_miss="The African Union said it stood firmly with the Somali people.",
        near_expected="statement au -> - [assert]",
    ),
    _c(
        "WATER-NAME",
        "phrase",
        summary="A state's name that ends the name of a body of water ('the Gulf of Oman', 'the Gulf of Guinea', "
        "'the Sea of Japan', 'Lake Chad'; grammar.json `water_names`) names no state: it is no mention, no entity "
        "and no target.",
        reads="Gulf / Sea / Bay / Strait(s) + of + state name; Lake + state name",
        example="Britain accused Iran of seizing a tanker in the Gulf of Oman.",
        expected="statement GBR -> IRN [accuse]",
        near_miss="Britain accused Iran of seizing a tanker off Oman and urged Oman to help.",
        near_expected="statement GBR -> IRN, OMN [demand, accuse]",
    ),
    _c(
        "VICTIM-NOT-TARGET",
        "phrase",
        summary="An actor named after a noun of harm and 'against', 'on' or 'of' ('a war against Ukraine', "
        "'attacks on Lebanon', 'the occupation of Kuwait'; frames.json `harm_nouns`) suffers the act the speaker "
        "talks about; it is no target (ANNOTATION: victims are not targets), and neither are later members of its "
        "list. A demonym there ('attacks on Philippine vessels') may be the ally defended, and stays.",
        reads="war / aggression / invasion / attacks / strikes ... + against / on / of + (the) + name",
        example="Britain accused Russia of waging an illegal war against Ukraine.",
        expected="statement GBR -> RUS [accuse]",
        near_miss="Japan called for new sanctions against North Korea.",
        near_expected="statement JPN -> PRK [demand]",
    ),
    _c(
        "PLACE-LIST",
        "phrase",
        summary="Actors named after a place preposition are places, not targets, and so is every later member "
        "of the same list ('in Chad, Niger or Sudan'); so is a name modifying a place noun ('the Taiwan region', "
        "'the South China Sea'), "
        "a neighbour after 'border with' ('reinforce its border with Afghanistan'), a name after a compound "
        "of control ('in Taliban-controlled Afghanistan', 'in war-torn Sudan') and a name after a place noun set "
        "off by a comma ('in the capital, Kyiv', 'in the Qatari capital, Doha'); so is a destination ('ships "
        "bound for Egypt', 'boats headed for its islands', 'en route to Sudan'), a coast ('off the coast of X'), "
        "where people are from ('sailors, nationals of India and Bulgaria') "
        "and where a craft flew or came down ('flew over Japan', 'shot down over Ukraine', 'crashed over Moldova': "
        "grammar.json locatives `over_lemmas`).",
        reads="in / at / near / from / border with / bound for / headed for ... + (a compound: X-controlled, X-held, "
        "war-torn ...) + "
        "(the (adjective) capital / city / port ... ,) + name + (, name)* + and / or + name; name + region / border / "
        "territory ... (grammar.json locatives with set_off_places, place_nouns)",
        example="Egypt said it had never armed militias in Libya, Chad or Sudan.",
        expected="statement EGY -> - [assert]",
        near_miss="Egypt said Libya, Chad and Sudan had armed the militias.",
        near_expected="statement EGY -> LBY, TCD, SDN [accuse, assert]",
    ),
    _c(
        "DOCUMENT-FRAME",
        "phrase",
        summary="A role or description after a sentence-opening document frame ('In the statement, the official "
        "said') is the author of that document, as the text named it before ('X said in a statement'). A "
        "frame that names another document ('In a separate statement, the minister ...'; grammar.json "
        "`other_document_modifiers`) gives no author: the role is read as it would be without the frame.",
        reads="In + the / its + report noun + , + role or description; the document remembered from 'said in a "
        "statement', 'issued a statement', 'In a statement, X said'",
        example="The Egyptian foreign ministry warned Ethiopia in a statement on Monday. Ethiopia rejected the "
        "warning. In the statement, the ministry official said talks had failed.",
        expected="rebuttal ETH answers EGY\nstatement EGY -> - [assert]\nstatement EGY -> ETH [warn]",
        near_miss="The Egyptian foreign ministry warned Ethiopia on Monday. Ethiopia rejected the warning. The "
        "foreign ministry official said talks had failed.",
        near_expected="rebuttal ETH answers EGY\nstatement EGY -> ETH [warn]",
    ),
    _c(
        "KNOWN-DOCUMENT",
        "phrase",
        summary="A definite report noun with no author named ('the report', 'this statement') is the document of "
        "that kind the text named last, and its author's: the channel of an attribution ('X said in a report') is "
        "remembered (frames.json `channel_nouns`; 'In a confidential quarterly report, X said': modifiers may come "
        "between; SET-OFF-CHANNEL: anywhere in the clause when set off by a comma, 'X voiced concern over ..., in "
        "a joint statement issued after talks'; CLOSING-CHANNEL: closing the clause, 'X urged Y to end the "
        "violence in a joint communique.'). After a demonstrative ('those findings'), a noun of another kind "
        "means the last document named. An indefinite one ('a report in the press') is not.",
        reads="the / this / those / its + report noun, after 'said in a + channel noun', 'issued a ...', 'In a ..., "
        "X said', 'a report by X said'",
        example="The OSCE said in a report that the vote had been marred by fraud. Lithuania said it was alarmed. "
        "Minsk dismissed the report as biased.",
        expected="rebuttal BLR answers osce\nstatement LTU -> - [assert]\nstatement osce -> - [assert]",
        near_miss="The OSCE said in a report that the vote had been marred by fraud. Lithuania said it was "
        "alarmed. Minsk dismissed a report in the Polish press as biased.",
        near_expected="rebuttal BLR answers -\nstatement LTU -> - [assert]\nstatement osce -> - [assert]",
    ),
    _c(
        "PLACE-FRAME",
        "phrase",
        summary="A sentence opening in a state's capital gives that state to a body or description that names "
        'none ("In Minsk, the border committee said"), also with an adverb set off before or after it ("In Minsk, '
        'however, the committee said", "Meanwhile, in Minsk, ...").',
        reads="(adverb + ,) In + capital or state + , (+ adverb + ,) + the + role or description",
        example="Poland accused Belarus of pushing migrants across the border. The European Commission urged "
        "restraint. In Minsk, the State Border Committee said its officers had never escorted anyone.",
        expected="rebuttal BLR answers POL\nstatement POL -> BLR [accuse]\nstatement eu -> - [demand]",
        near_miss="The European Commission urged restraint. In Geneva, the council said the talks would resume.",
        near_expected="statement eu -> - [demand, assert]",
    ),
    _c(
        "DEMONSTRATIVE-OPENING",
        "phrase",
        summary="A sentence opening with 'That' before a report noun or role ('That claim was rejected', 'That "
        "accusation is false') opens a noun phrase, not a clause: 'that' is its determiner.",
        reads="sentence start + that + report noun, role or description (also a word that is a verb too: claim, "
        "report)",
        example="Chile accused Peru of spying. Peru said Chile had lied. That claim was rejected by Chile.",
        expected="rebuttal CHL answers PER\nstatement CHL -> PER [accuse]\nstatement PER -> CHL [assert]",
        near_miss="That Peru claims the islands is known.",
        near_expected="statement PER -> - [assert]",
    ),
    _c(
        "DOCUMENT-SIGNATORY",
        "phrase",
        summary="A title that signs the subject's own document ('answered with a communique signed by Foreign "
        "Minister Name') is the subject's, ahead of titles seen before and the dateline; someone else's "
        "document ('rejected a letter signed by ...') is not the subject's.",
        reads="subject + verb + with / in / through + report noun + signed / issued / read ... + by + title + name",
        example="GEORGETOWN (AP) - Guyana accused Venezuela of meddling. Foreign Minister Ana Torres of Guyana "
        "spoke first. Venezuela answered with a communique signed by Foreign Minister Juan Perez, which rejected "
        "the accusation.",
        expected="rebuttal VEN answers GUY\nstatement GUY -> VEN [accuse]",
        near_miss="GEORGETOWN (AP) - Guyana accused Venezuela of meddling. Venezuela rejected a letter signed by "
        "Foreign Minister Ana Torres, which urged Caracas to withdraw.",
        near_expected="rebuttal VEN answers GUY\nstatement GUY -> VEN [accuse]\nstatement GUY -> VEN [demand, assert]",
    ),
    _c(
        "BODY-FRAME",
        "phrase",
        summary="A sentence opening at an organization ('At NATO headquarters in Brussels,', 'Speaking at the "
        "United Nations,') gives that organization to the spokesperson who speaks right after the comma, 'a "
        "spokesperson' or a titled name ('deputy spokesman Name'); a state's own spokesperson keeps the state, "
        "another title (an ambassador) is not the venue's, and a state in the frame is only a venue.",
        reads="At + (the) organization (+ headquarters + in + city) + , + a spokesperson or voice title + name + verb",
        example="At NATO headquarters in Brussels, deputy spokesman Lars Holm said Minsk must stop the flights.",
        expected="statement nato -> BLR [demand, assert]",
        near_miss="At the United Nations, Ambassador Lars Holm said Minsk must stop the flights.",
        near_expected="",
    ),
    _c(
        "VOICE-AFTER-SPEECH",
        "discourse",
        summary="A bare spokesperson's title and name ('spokesman Name said', '\"...,\" spokesperson Name said') "
        "right after a sentence in which one actor alone spoke, in the same paragraph or at the head of the next one "
        "when it opens with the quotation, is that actor's voice, "
        "ahead of the actor another spokesperson was tied to earlier; after a sentence with two speakers it stays "
        "the title's last holder.",
        reads="sentence with one speaker + . + (quotation +) voice title (frames.json voice_roles) + name + verb",
        example="Japan's spokesman Ken Sato said Tokyo was alarmed. Manila accused Beijing of ramming a supply "
        "boat. China's foreign ministry dismissed the charge. Spokesman Li Wei told reporters the boat had "
        "intruded.",
        expected="rebuttal CHN answers PHL\nstatement JPN -> - [assert]\nstatement PHL -> CHN [accuse]",
        near_miss="Japan's spokesman Ken Sato said Tokyo was alarmed. Manila accused Beijing of ramming a supply "
        "boat. China's foreign ministry dismissed the charge and Manila repeated it. Spokesman Li Wei told "
        "reporters the boat had intruded.",
        near_expected="rebuttal CHN answers PHL\nstatement JPN -> - [assert]\nstatement JPN -> - [assert]\n"
        "statement PHL -> - [assert]\nstatement PHL -> CHN [accuse]",
    ),
    _c(
        "ADJECTIVE-AGENT",
        "phrase",
        summary="A demonym right before a noun of hostile conduct (frames.json `demonym_acts`: 'the Russian "
        "strike', 'Chinese incursions', 'any Israeli strike') names the state doing it: condemned, or in a "
        "speaker's words, that state is a target. Only a state the text also names (an adjective alone makes no "
        "actor of the article), and not what a state suffers ('strikes on Ukrainian cities').",
        reads="condemn / protest + the + demonym + conduct noun; or say + ... demonym + conduct noun ...",
        example="Russia denied any role. Poland condemned the Russian strike on Lviv.",
        expected="rebuttal RUS answers POL\nstatement POL -> RUS [accuse]",
        near_miss="Poland condemned the Russian strike on Lviv.",
        near_expected="statement POL -> - [accuse]",
    ),
    _c(
        "PLACE-NAMED-AGREEMENT",
        "phrase",
        summary="A capital naming an agreement signed there ('the Luanda peace agreement', 'the Minsk accords'; "
        "grammar.json `agreement_nouns` within the next two words) is a place in what a speaker says, not the "
        "state as a party the words are about.",
        reads="capital + (one word) + agreement noun, in a speaker's words",
        example="Qatar urged Kinshasa and Kigali to honour the Luanda peace agreement.",
        expected="statement QAT -> COD, RWA [demand]",
        near_miss="Qatar urged Rwanda to heed Luanda's warning.",
        near_expected="statement QAT -> RWA, AGO [demand]",
    ),
    _c(
        "SPEECH-VENUE",
        "phrase",
        summary="Where a body or title that names no state speaks ('said at a briefing in Beijing', 'told "
        "reporters in Moscow') gives it the capital's state, ahead of the dateline, the last state to speak and the "
        "last holder of the title ('spokesman Name told reporters in Paris'); not for roles held abroad "
        "('chief observer Name told a news conference in Maputo', frames.json `posted_roles`). An opening "
        "participle clause names the venue too ('Asked about it at a briefing in Moscow, Foreign Ministry "
        "spokeswoman Name said'), and so does an opening occasion with 'At' or 'During' ('At a regular briefing in "
        "Beijing, a foreign ministry spokesperson said'), for a state's body or office only ('council spokesman "
        "Name' keeps its council). A role so placed is that state's when named again ('The spokesperson, Name, "
        "also dismissed ...'). A title's portfolio between it and its verb is still the title ('the Principal "
        "Secretary for Foreign Affairs told journalists at a briefing in Nairobi').",
        reads="role or title + verb of speaking + preposition, adverb or audience (grammar.json audiences, "
        "audience_verbs) ... + in + capital, before any comma, 'that' or quotation",
        example="TOKYO (Reuters) - Japan accused China of harassing its fishing boats. The foreign ministry told "
        "a news conference in Beijing that the accusation was groundless.",
        expected="rebuttal CHN answers JPN\nstatement JPN -> CHN [accuse]",
        near_miss="TOKYO (Reuters) - Japan accused China of harassing its fishing boats. The foreign ministry "
        "said talks in Beijing had stalled.",
        near_expected="statement JPN -> CHN [accuse, assert]",
    ),
    _c(
        "REDUCED-PARTICIPLE",
        "phrase",
        summary="An '-ed' word after a role or name and before a preposition ('a commander reached by telephone', "
        "'officials based in Kigali') describes the phrase before it: it is neither the phrase's head nor a verb "
        "that hides the subject. So does a verb's participle after a report noun or role when only adverbials "
        "part it from the next verb ('a UN report released on Monday said'); not when that verb is another "
        "noun's participle ('answered with a communique signed by ...').",
        reads="role, name or report noun + -ed word + preposition or adverb ... + verb",
        example="Congo accused Rwanda of backing the rebels. Rwandan officials based in Kigali said the claim was "
        "false.",
        expected="rebuttal RWA answers COD\nstatement COD -> RWA [accuse]",
        near_miss="Congo accused Rwanda of backing the rebels. Rwandan officials said talks based in Kigali had "
        "stalled.",
        near_expected="statement COD -> RWA [accuse]\nstatement RWA -> - [assert]",
    ),
    _c(
        "CHARGE-APPOSITIVE",
        "sentence",
        summary="A report noun set after what was said with its own clause ('..., a charge Kigali has always "
        "denied', '..., a claim Algeria rejects') is the writer's comment: what was said ends before it, so the "
        "denial in it does not make the report a rebuttal; the actor that denies or rejects in it rebuts the "
        "speaker, and the whole appositive is its claim (an actor right after a report noun opens a reduced "
        "relative: 'a charge | Kigali has always denied'). Its verb may be past, present or perfect ('a charge "
        "Moscow denies', 'an accusation Kigali has long rejected'), and may judge the report it leaves unsaid "
        "('an allegation X called \"irresponsible\"', 'a claim X described as propaganda': CALL-X-Y with the "
        "object gapped). A count put forward stands as a report noun does ('..., a toll the army dismissed as "
        "propaganda', '..., a figure Mali denied'; frames.json `evidence_nouns`).",
        reads="verb of speech + content + , + a / the + report or count noun + (actor) + verb",
        example="Rwanda accused the UN of bias. The UN said in a report that Rwandan troops shelled Goma, a charge "
        "Kigali has always denied.",
        expected="rebuttal RWA answers un\nstatement RWA -> un [accuse]\nstatement un -> RWA [accuse, assert]",
        near_miss="Chad said the talks had failed, a setback for the region.",
        near_expected="statement TCD -> - [assert]",
    ),
    _c(
        "CONTACT-RELATIVE",
        "sentence",
        summary="A noun with its determiner set off after what was said, then an actor and a verb with no relative "
        "pronoun ('..., a town Somalia claims', '..., a territory Caracas has long claimed') is the writer's comment "
        "on the noun: the actor opens a clause of its own (a description before a name keeps it: 'the militant "
        "group Hamas said'), what was said ends before the comma, and a claim verb whose object is that noun (or "
        "'which' before its subject) reports nothing. Not without the comma: in 'X and its allied Y militia had "
        "attacked' the adjective and the name are one phrase.",
        reads="verb of speech + content + , + a / the + noun + actor + verb (no object)",
        example="Eritrea said Ethiopian troops had crossed into Badme, a village Ethiopia also claims.",
        expected="statement ERI -> ETH [assert]",
        near_miss="Ethiopian troops had crossed into Badme, Eritrea claims.",
        near_expected="statement ERI -> ETH [assert]",
    ),
    _c(
        "RELATIVE-IN-REPORT",
        "sentence",
        summary="A restrictive relative clause (no comma before it) inside what a verb of speech reports is part of "
        "the report ('saying it was X which had threatened ...'): its verb is no act of its own. A relative set "
        "off by a comma after a name is the writer's, and ends the report.",
        reads="verb of speech + ... + noun phrase + which / who / that (no comma) + verb",
        example="Eritrea's minister replied, saying it was Ethiopia which had threatened to take a port by force.",
        expected="statement ERI -> ETH [assert]",
        near_miss="Eritrea condemned the militia which had threatened to seize the port.",
        near_expected="statement ERI -> - [accuse]",
    ),
    _c(
        "POST-IN-RELATIVE",
        "phrase",
        summary="A name the text has not tied to anyone, followed by a relative clause giving the person's post "
        "('Name, who heads the Serbian government's office for Kosovo,'), speaks for the actor of that body. The "
        "verbs are frames.json `post_lemmas` (head, lead, run, chair, direct, command ...).",
        reads="person + , + who + post verb + body phrase",
        example="Mali accused JNIM of the attack. Amadou Kone, who leads JNIM's western wing, denied the accusation.",
        expected="rebuttal jnim answers MLI\nstatement MLI -> jnim [accuse]",
        near_miss="Mali accused JNIM of the attack. Amadou Kone, who met JNIM's leaders last year, denied the "
        "accusation.",
        near_expected="statement MLI -> jnim [accuse]",
    ),
    _c(
        "SET-OFF-RELATIVE",
        "phrase",
        summary="A relative clause set off by commas between a subject and its verb ('X, who asked not to be "
        "named, said') may hold verbs of its own, even a clause with its own subject ('which hosted the talks "
        "after the truce was signed'), or one opened by 'whose' ('X, whose leader was labelled a terrorist "
        "in 2021, rejected the step'); the verb after it is the subject's.",
        reads="subject + , + who / which / whose ... + , + verb",
        example="Mali accused JNIM of the attack. A JNIM commander, who asked not to be named, said the group "
        "had no part in it.",
        expected="rebuttal jnim answers MLI\nstatement MLI -> jnim [accuse]",
        near_miss="Mali accused JNIM of the attack. Officials who met the envoy said the group denied it.",
        near_expected="statement MLI -> jnim [accuse]",
    ),
    _c(
        "RELATIVE-BEFORE-MAIN",
        "sentence",
        summary="A relative clause of speech set off by a comma before the main clause has come ('Asked about "
        "remarks by X, who said that Y had ..., Name said ...', 'Responding to X, who said ..., Name said') ends "
        "where the main clause's subject follows a comma: what X said stops there, and the main verb is read as "
        "the main speaker's, not as part of X's words.",
        reads="(opening clause +) phrase + , who + verb of speech + content + , + subject + verb",
        example="Turkish spokesman Omer Celik spoke on Monday. Asked about remarks by Greek minister Nikos Dimas, "
        "who said that Turkey had sent survey ships, Celik said Ankara rejected these claims.",
        expected="rebuttal TUR answers GRC\nstatement GRC -> TUR [assert]",
        near_miss="Greek minister Nikos Dimas, who spoke on Monday, said that Turkey had sent survey ships.",
        near_expected="statement GRC -> TUR [assert]",
    ),
    _c(
        "POSSESSED-DESCRIPTION",
        "phrase",
        summary="An actor set off by commas with a description its possessive leads ('Turkey, Azerbaijan's closest "
        "ally,', 'Ghana, Togo's western neighbour,') keeps the description as its apposition: the actor before it "
        "speaks, not the possessor.",
        reads="actor + , + actor's + (modifiers) + description noun (ally, neighbour, ...) + , + verb",
        example="Turkey, Azerbaijan's closest ally, said Armenia was lying.",
        expected="statement TUR -> ARM [assert]",
        near_miss="Turkey, Azerbaijan and Georgia said Armenia was lying.",
        near_expected="statement AZE -> ARM [assert]\nstatement GEO -> ARM [assert]\nstatement TUR -> ARM [assert]",
    ),
    _c(
        "LIST-DESCRIPTION",
        "phrase",
        summary="A description may be a member of a list of actors ('urged Ankara and the group to avoid "
        "escalation', 'the country and the bloc'): each member is resolved alone, the description to the actor "
        "it last stood for.",
        reads="actor / role + and + the + description (group, bloc, country, ...)",
        example="The SDF seized a town. Washington urged Ankara and the group to avoid escalation.",
        expected="statement USA -> TUR, sdf [demand]",
        near_miss="The SDF seized a town. Washington urged Ankara to avoid escalation.",
        near_expected="statement USA -> TUR [demand]",
    ),
    _c(
        "OPENING-REPORT",
        "sentence",
        summary="What a verb of speech inside an opening participle clause reports ends at the comma before the "
        "main subject: 'Asked about a statement that said Washington stands with Manila, Guo said ...' reads "
        "Guo's verb as the main clause's act, not as more of the statement.",
        reads="Asked / Responding + ... + report noun + that + say + ... + , + subject + verb",
        example="Asked about a U.S. statement that said Washington stood with Manila, China's spokesman said the "
        "United States had no right to interfere.",
        expected="rebuttal CHN answers USA\nstatement USA -> PHL, CHN [assert]",
        near_miss="China's spokesman said a U.S. statement said Washington stood with Manila.",
        near_expected="statement CHN -> USA, PHL [assert]",
    ),
    _c(
        "PAST-APPOSITION",
        "phrase",
        summary="An apposition of a past role ('former', 'ex-': grammar.json past modifiers) names no actor for a "
        "speaker whose own title comes first: 'The head of the OAS mission, former Uruguayan foreign minister "
        "Name,' speaks for the OAS, not Uruguay.",
        reads="role (+ of + actor) + , + former + demonym / actor + title + name + ,",
        example="The head of the EU observer mission, former Spanish foreign minister Ana Lopez, said the count was "
        "flawed.",
        expected="statement eu -> - [assert]",
        near_miss="Former Spanish foreign minister Ana Lopez said the count was flawed.",
        near_expected="",
    ),
    _c(
        "FEDERAL-GOVERNMENT",
        "phrase",
        summary="'The Federal Government' with no dateline, before any state spoke, is the first federation the "
        "text names (frames.json `federations`, by constitution): a Lagos daily's 'The Federal Government has "
        "dismissed claims by Niger that Nigeria ...' is Nigeria's.",
        reads="The Federal Government (no dateline, nobody spoke) + verb; the federations the text names",
        example="The Federal Government has dismissed claims by Niger that Nigeria is hosting foreign troops.",
        expected="rebuttal NGA answers NER\nstatement NER -> NGA [assert]",
        near_miss="The government has dismissed claims by Niger that Nigeria is hosting foreign troops.",
        near_expected="statement NER -> NGA [assert]",
    ),
    _c(
        "NAME-PRESENT-VERB",
        "phrase",
        summary="After a verb of speech, an actor's name followed by an unknown word in -s and more words opens a "
        "clause in the present ('said Nigeria hosts foreign troops', 'said Bolivia owes it money'): its content "
        "is reported, not a noun phrase the name modifies.",
        reads="say + actor name + unknown -s word + determiner / modifier / noun",
        example="Niger said Nigeria hosts foreign troops.",
        expected="statement NER -> NGA [assert]",
        near_miss="Kenya told Somalia diplomats it would reopen the border.",
        near_expected="statement KEN -> - [assert]",
    ),
    _c(
        "BRIEFING-FRAME",
        "phrase",
        summary="A sentence opening at an actor's briefing or news conference ('Speaking at the Peruvian foreign "
        "ministry's weekly briefing,', 'At Peru's regular news conference,'; grammar.json `briefing_nouns`) gives "
        "that actor to the spokesperson who speaks right after the comma; a bare body there ('the ministry's "
        "briefing') is read as a bare role would be (JUST-SPOKE-BODY first).",
        reads="(Speaking) at / during + possessor + 's + (up to two words) + briefing noun + , + voice title + name "
        "+ verb",
        example="Bolivia alleged that Peruvian troops had crossed the border. Speaking at the Peruvian foreign "
        "ministry's weekly briefing, spokesman Juan Rojas said the claims were false.",
        expected="rebuttal PER answers BOL\nstatement BOL -> PER [accuse]",
        near_miss="Bolivia alleged that Peruvian troops had crossed the border. Speaking at a university in Lima, "
        "spokesman Juan Rojas said the claims were false.",
        near_expected="rebuttal BOL answers -\nstatement BOL -> PER [accuse]",
    ),
    _c(
        "QUESTION-ANSWERED",
        "phrase",
        summary="An opener that responds to a question ('Responding to a question about X,', 'In response to "
        "questions from reporters,', 'Replying to reporters' questions,'; frames.json non_claim_objects asked, read "
        "as RESPOND reads 'answered questions') is read as 'Asked about X,': an answer, not a rebuttal, unless its "
        "words counter something.",
        reads="responding to / in response to + (determiner) + question noun + ... + , + subject + verb",
        example="Kabul accused Pakistan of shelling villages. Responding to a question about refugees, Pakistan's "
        "minister said the deportations would continue.",
        expected="statement PAK -> - [assert]\nstatement taliban -> PAK [accuse]",
        near_miss="Kabul accused Pakistan of shelling villages. Responding to Kabul's charges, Pakistan's minister "
        "said the deportations would continue.",
        near_expected="rebuttal PAK answers taliban\nstatement taliban -> PAK [accuse]",
    ),
    _c(
        "COMPASS-SHORT-FORM",
        "phrase",
        summary="'The North' and 'the South', capitalised and alone after 'the' ('the North's defence ministry', "
        "'accused the South of ...'), are the one state the text names whose name opens with that word (North "
        "Korea, South Sudan). Not when no such state or more than one is named, not before another capitalised "
        "word ('the North Atlantic'), not lower case ('the north of the country'), not inside a quotation.",
        reads="the + North / South (no capitalised word after); states named in the text",
        example="North Korea fired a missile toward South Korea on Monday. Japan lodged a protest. A spokesman "
        "for the North's defence ministry rejected the protest as absurd.",
        expected="rebuttal PRK answers JPN\nstatement JPN -> PRK [accuse]",
        near_miss="Sudan's army said it had retaken the town. Fighting continued in the north of the country, "
        "and the North Darfur governor said the road was closed.",
        near_expected="statement SDN -> - [assert]",
    ),
    _c(
        "RENAMED",
        "phrase",
        summary="An actor's other name set off by commas right after it ('The UN refugee agency, UNHCR, said', "
        "'The World Food Programme, WFP, said') is in apposition: one subject, not a list that never ends.",
        reads="actor name + , + the same actor's other name (acronym) + , + verb",
        example="The World Food Programme, WFP, said Sudan's army had blocked the convoy.",
        expected="statement wfp -> SDN [assert]",
        near_miss="Russia, China, Iran and India said the talks should go on.",
        near_expected="statement CHN -> - [assert]\nstatement IND -> - [assert]\nstatement IRN -> - [assert]\n"
        "statement RUS -> - [assert]",
    ),
    _c(
        "CAUSE-CLAUSE",
        "phrase",
        summary="A protest or condemnation that names no one is aimed at the actor acting in the 'after' or 'when' "
        "clause right after it ('Japan protested after China sent ships into its waters'): a name opening the "
        "clause, a possessor, or a demonym on its subject; not an actor named inside a noun there ('after talks "
        "with China collapsed').",
        reads="X + protest / condemn verb + (object) + after / when + actor-named subject + verb",
        example="Indonesia protested after a Chinese coast guard vessel entered its waters.",
        expected="statement IDN -> CHN [accuse]",
        near_miss="Japan protested after talks with China collapsed.",
        near_expected="statement JPN -> - [accuse]",
    ),
    _c(
        "OPPOSITION-NOT-STATE",
        "phrase",
        summary="A role or body a modifier puts outside the state its possessor or demonym names ('Kenya's main "
        "opposition party', 'the Sudanese rebel spokesman', frames.json `non_state_modifiers`) does not speak for "
        "that state: the state is where it stands. Its own name still names it ('the opposition Patriotic Front').",
        reads="state's / demonym + opposition / rebel / exiled ... + role or body",
        example="Kenya said turnout was high. Kenya's main opposition party rejected the figure.",
        expected="statement KEN -> - [assert]",
        near_miss="Kenya said turnout was high. Kenya's ruling party welcomed the figure.",
        near_expected="statement KEN -> - [assert, support]",
    ),
    _c(
        "ANSWERED-PARTY",
        "phrase",
        summary="A rebuttal whose subject names no actor and was taken for the last speaker ('Foreign Ministry "
        "spokesman Name dismissed the US remarks' after another state spoke) is made by the one actor of its kind "
        "the rejected words' author last aimed a charge, call or warning at; not a denial rejected ('hit back at "
        "the Taliban denial'), nor a subject naming its state.",
        reads="Y + charge aimed at X; Z speaks; title + name (no state) + reject / dismiss + Y's remarks",
        example="The US Navy urged Tehran to free the tanker and its crew. Kuwait's foreign ministry said it was in "
        "contact with Iranian authorities. Foreign Ministry spokesman Reza Karimi dismissed the US remarks at a "
        "weekly briefing.",
        expected="rebuttal IRN answers USA\nstatement KWT -> - [assert]\nstatement USA -> IRN [demand, assert]",
        near_miss="The US Navy urged Tehran to free the tanker. Kuwait's foreign ministry said it was in contact "
        "with Iranian authorities. Kuwait's foreign ministry spokesman dismissed the US remarks.",
        near_expected="rebuttal KWT answers USA\nstatement USA -> IRN [demand, assert]",
    ),
    _c(
        "MEDIA-RELAY",
        "sentence",
        summary="'According to' a news agency or the state media after a sentence whose subject names an actor and "
        "says something ('X's ministry said ..., according to the state-run news agency') relays X's words: the "
        "source is X, not whichever state spoke last; after a deed ('X's police have denied entry to ..., according "
        "to a news agency') the agency reports, and nobody speaks.",
        reads="actor-named subject + verb of saying + ... + , according to + media noun or role",
        example="The US urged Iran to free the ship. Kuwait's foreign ministry said it expected the cargo to be "
        "released, according to the state-run KUNA news agency.",
        expected="statement KWT -> - [assert]\nstatement USA -> IRN [demand]",
        near_miss="Moldovan border police have denied entry to 40 Russian citizens, according to a Pridnestrovian "
        "news agency.",
        near_expected="",
    ),
    _c(
        "OTHER-BODY",
        "discourse",
        summary="A bare body tied to no actor ('the government', 'the foreign ministry') right after another state "
        "spoke through a body of another kind ('Russia's defence ministry'; frames.json `body_kinds` groups the "
        "names of one body: 'the junta', 'the military government') is the dateline's state's, when that state is "
        "named and not the one that spoke; not when the body's noun was named in the sentence before ('according "
        "to a foreign ministry statement. The ministry ...').",
        reads="DATELINE - X's body of one kind said ...; the + body of another kind + verb",
        example="KYIV - Russia's defence ministry said its forces had taken a village in eastern Ukraine. The "
        "government said the claim was false.",
        expected="rebuttal UKR answers RUS\nstatement RUS -> - [assert]",
        near_miss="KYIV - Russia's government said its forces had taken a village in eastern Ukraine. The government "
        "said the claim was false.",
        near_expected="rebuttal RUS answers -",
    ),
    _c(
        "BRIEFING-HOST",
        "phrase",
        summary="A spokesperson introduced later in a sentence an actor opens ('X's foreign ministry held its "
        "weekly briefing, at which spokesman Name took questions', 'The Kenyan government hosted a briefing where "
        "spokeswoman Name spoke') is that actor's voice, and 'Name said' later is the actor's. Every actor named "
        "before the spokesperson must be that one actor.",
        reads="actor (opening the sentence) + ... + voice title (frames.json voice_roles) + name",
        example="Norway's foreign ministry held a news conference on Monday, at which spokesman Lars Eide took "
        "questions on the Arctic. Later, asked about Russia's charges, Eide said Oslo rejected them.",
        expected="rebuttal NOR answers RUS\nstatement RUS -> NOR [accuse]",
        near_miss="Norway's foreign ministry held a news conference on Monday after Russia's embassy, through "
        "spokesman Ivan Petrov, had protested. Petrov said the talks had failed.",
        near_expected="statement RUS -> - [accuse]",
    ),
    _c(
        "INVERTED-VOICE",
        "phrase",
        summary="A spokesperson with no owner of their own who reports the clause before them ('Y's troops fired "
        "first, spokeswoman Name said') right after a body spoke is that body's voice, not the voice of the actor "
        "the clause is about (which BRIEFING-HOST would take). Not after an opening frame or participle ('At the "
        "ministry, spokesman Name said', 'Speaking in X, ...'), which BODY-FRAME and BRIEFING-FRAME read.",
        reads="(body spoke in the sentence before) + clause + , + voice title (frames.json voice_roles) + name + "
        "verb of speech",
        example="Chile accused Peru of moving troops to the border. Peru's defence ministry rejected the charge. "
        "Chilean patrols had crossed the line first, spokesman Julio Rojas said.",
        expected="rebuttal PER answers CHL\nstatement CHL -> PER [accuse]",
        near_miss="Armenia accused Azerbaijan of firing on a village. Azerbaijan's defence ministry rejected the "
        "accusation. Speaking in Baku, spokesman Vugar Aliyev said Armenian forces had opened fire first.",
        near_expected="rebuttal AZE answers ARM\nstatement ARM -> AZE [accuse]",
    ),
    _c(
        "SET-OFF-RELATIVE-DENIAL",
        "phrase",
        summary="A denial in a relative clause set off by commas ('The accusation against the UAE, which Abu "
        "Dhabi has repeatedly denied, has soured ties') claims the relative clause, which ends at its closing "
        "comma: the main clause going on after it is the writer's, not the denial.",
        reads="noun phrase + , + which + actor + deny / reject verb + , + main verb",
        example="Congo accused Rwanda of backing the rebels. The accusation against Rwanda, which Kigali has always "
        "rejected, dominated the summit in Luanda.",
        expected="rebuttal RWA answers COD\nstatement COD -> RWA [accuse]",
        near_miss="Congo accused Rwanda of backing the rebels. Rwanda denied the accusation, which it called baseless.",
        near_expected="rebuttal RWA answers COD\nstatement COD -> RWA [accuse]",
    ),
    _c(
        "MAIN-SUBJECT-PARTICIPLE",
        "sentence",
        summary="A participle after a clause whose verb is no cue ('X went further, accusing Y') is the opening "
        "subject's act; an unknown word right after the subject's head ('The government went further') is that "
        "verb, not part of the subject. After an opening participle clause the subject is the main clause's "
        "('Asked whether ..., Name refused to confirm it, saying only that ...'). A subject that names no "
        "speaker ('Later reports') gives none. So does a "
        "verb joined in an opening subordinate clause ('After X arrived in Kampala and urged Y to act, ...'); a "
        "verb of speech ending the sentence with a clause after it ('he was saying what officials think') "
        "attributes nothing before it. When the sentence opens with no actor ('The move came hours after X "
        "closed the border, accusing Y ...'), the participle is the subject's of the time clause before it "
        "(grammar.json `time_subordinators`). After an opening participle clause, the subject's apposition "
        "between commas ('Speaking at ..., the representative of X, a major troop contributor, paid tribute ... "
        "and urged Y') does not hide the verb after it, and a name with its title there is the verb's subject "
        "('Addressing the senate, Name, X's foreign minister, rejected ...').",
        reads="subject + verb outside the vocabulary ... + , + verb-ing; subordinator + subject + verb + and + cue",
        example="Soldiers from Burkina Faso killed 74 civilians, Human Rights Watch said. The government went "
        "further, accusing Human Rights Watch of lying.",
        expected="statement BFA -> hrw [accuse]\nstatement hrw -> BFA [accuse, assert]",
        near_miss="Soldiers from Burkina Faso killed 74 civilians, Human Rights Watch said. Later reports went "
        "further, accusing Burkina Faso of lying.",
        near_expected="statement hrw -> BFA [accuse, assert]",
    ),
    _c(
        "GIVEN-NAME-MONTH",
        "phrase",
        summary="A month that is also a given name ('Jan', 'May'; grammar.json `given_name_months`) opens a person's "
        "name before a capitalised word outside the vocabulary, particles between ('Jan de Wit'), unless a "
        "preposition or a number stands before it ('in May', '3 May'). A name runs on over particles ('de la "
        "Cruz'), an initial's full stop ('Amina J. Okafor') and a capital city's name between names ('Ana Sofia "
        "Rojas').",
        reads="(title) + Jan / May / June ... + (particles) + Capitalised; Capitalised + (particles | X. | capital) + "
        "Capitalised",
        example="Czech Prime Minister Jan Novak said Russia had staged the attack.",
        expected="statement CZE -> RUS [assert]",
        near_miss="Kenya said on May 3 that Somalia had staged the attack.",
        near_expected="statement KEN -> SOM [assert]",
    ),
    _c(
        "LABEL-AFTER-NOUN",
        "phrase",
        summary="After a labelling verb ('called', 'described'), a judgment noun heading the object after another "
        "noun is the label, not part of the object ('called the accusations slander'): the object is what comes "
        "before it, judged as CALL-X-Y judges.",
        reads="call / describe + object noun + judgment noun (frames.json judgments)",
        example="Peru accused Chile of spying. Chile called the accusations slander.",
        expected="rebuttal CHL answers PER\nstatement PER -> CHL [accuse]",
        near_miss="Chile called Peru's naval drills a provocation.",
        near_expected="statement CHL -> PER [accuse]",
    ),
    _c(
        "AGENT-BY",
        "phrase",
        summary="In the object of a judgment verb, the actor after 'by' is the doer it accuses ('condemned the "
        "seizure of the ferry by Turkey', 'the violation of its airspace by Russia'), not what follows 'of' (a "
        "victim or a thing: 'the arrest of a Latvian journalist by the police' accuses the police's state). Only "
        "inside the object: no punctuation or verb of the vocabulary before 'by'.",
        reads="condemn / criticise ... + the + noun (+ of + phrase) + by + actor",
        example="Greece condemned the seizure of the ferry by Turkey.",
        expected="statement GRC -> TUR [accuse]",
        near_miss="Latvia condemned the arrest of a Latvian journalist.",
        near_expected="statement LVA -> - [accuse]",
    ),
    _c(
        "PRICE-SENSE",
        "phrase",
        summary="'Charge' with an amount or a fee word soon after it ('charging migrants 500 dollars each', "
        "'charged a fee'; frames.json `price_senses`) names a price, not an accusation; 'charged X with' or "
        "'charged that' keeps the accusation. A clause read as no act leaves 'he' or 'she' after it to the person "
        "who spoke, not to the group that opened the clause.",
        reads="charge + (object) + ... + number / currency / fee word, before with / that / of",
        example="Mexico's security minister, Ana Ruiz, accused the Sinaloa cartel of the ambush. The group was also "
        'charging families heading north as much as 500 dollars each to cross the river, "a toll on every '
        'family", she added.',
        expected="statement MEX -> sinaloa-cartel [accuse, assert]",
        near_miss="Italy charged Tunisia with failing to stop the boats.",
        near_expected="statement ITA -> TUN [accuse]",
    ),
    _c(
        "DEFINED-BY-DESCRIPTION",
        "phrase",
        summary="An unknown capitalised name set off by what it is ('the Red Valley Front, a splinter group of ...', "
        "'X, a US-based group', 'Fano, a loose network of militias' opening a paragraph) names an actor: a group, "
        "or an organization when the description says so ('a conservation group', 'a charity'; grammar.json "
        "`descriptor_definitions`). Not when the description is of a person ('a senior commander of the group'). "
        "A past role in the description counts only before its head ('X, a splinter group of a former militia' "
        "is no former anything). A definite description defines too ('Los Zorros, the faction led by ...'), "
        "but not a possessive one ('X, the group's leader').",
        reads="Capitalised name (+ (ACR)) + , + a / an / the + (up to four words) + group / faction / militia / "
        "organisation ...",
        example="Peru blamed the Red Valley Front, a splinter group of a former guerrilla army, for the ambush.",
        expected="statement PER -> red-valley-front [accuse]",
        near_miss="Juan Rojas, a senior commander of the group, said Peru had lied.",
        near_expected="",
    ),
    _c(
        "DESCRIPTION-BEFORE-NAME",
        "phrase",
        summary="An unknown capitalised name right after 'the' and what it is ('the armed faction Sons of the Dawn', "
        "'the rebel group Red Hand', 'the rights group Open Doors') names an actor as DEFINED-BY-DESCRIPTION does: "
        "a group, or an organization when the description says so, but a group again after 'armed', 'terrorist' "
        "and kin ('the terrorist organisation X'). A company or a crew ('the nuclear fuel group X', 'the hacker "
        "group X'; grammar.json `business_modifiers`) is no actor; a one-word name must be no vocabulary word "
        "('the group Monday').",
        reads="the + (up to three words) + group / faction / militia / organisation ... + capitalised name",
        example="Peru accused the armed faction Sons of the Dawn of the ambush. The Sons of the Dawn denied it.",
        expected="rebuttal sons-of-the-dawn answers PER\nstatement PER -> sons-of-the-dawn [accuse]",
        near_miss="The mining group Andes Copper said the strike had ended.",
        near_expected="",
    ),
    _c(
        "BARE-OPENING-PARTICIPLE",
        "phrase",
        summary="A verb of speech opening the sentence alone and set off by a comma ('Responding,', 'Also "
        "briefing,', 'Speaking later,') reports nothing: the main clause after it is its subject's own act, not "
        "what the participle reports. 'Responding to the charge, X said' is IN-RESPONSE-TO.",
        reads="(adverb) + verb-ing of speech + , + subject + verb",
        example="Chad accused Sudan of arming rebels. Responding, Sudan's representative dismissed the allegations.",
        expected="rebuttal SDN answers TCD\nstatement TCD -> SDN [accuse]",
        near_miss="Chad accused Sudan of arming rebels. Responding to the charge, Sudan said it had armed nobody.",
        near_expected="rebuttal SDN answers TCD\nstatement TCD -> SDN [accuse]",
    ),
    _c(
        "JOINT-DEMONYMS",
        "phrase",
        summary="Demonyms joined before a role ('French and German officials', 'Chilean, Peruvian and Bolivian "
        "ministers') make a joint speaker: each state speaks. A list needs its 'and'.",
        reads="demonym (+ , demonym)* + and + demonym + role",
        example="French and German officials urged Russia to stop.",
        expected="statement DEU -> RUS [demand]\nstatement FRA -> RUS [demand]",
        near_miss="Russia's officials urged France to stop.",
        near_expected="statement RUS -> FRA [demand]",
    ),
    _c(
        "JOINED-BY",
        "phrase",
        summary="States listed after a phrase that adds co-speakers, set off between the subject and its verb "
        "('X, along with Y and Z, urged', 'X, joined by Y,'; grammar.json `comitative_phrases`), speak jointly "
        "with the subject, as states spoken for do (ON-BEHALF-OF).",
        reads="subject + , + along with / together with / joined by ... + state (, state)* (and state) + , + verb",
        example="Chile, joined by Peru and Bolivia, urged Argentina to act.",
        expected="statement BOL -> ARG [demand]\nstatement CHL -> ARG [demand]\nstatement PER -> ARG [demand]",
        near_miss="Chile, along with its neighbours, urged Argentina to act.",
        near_expected="statement CHL -> ARG [demand]",
    ),
    _c(
        "OPENING-FRAME",
        "phrase",
        summary="Frames set off by commas before the subject ('On Tuesday,', 'Late on Friday,', 'Meanwhile, in "
        "Lima,', 'At a news conference in Lima on Monday,': an adverb, or a preposition after at most one adverb or "
        "modifier, with no verb, quotation or 'that' before the comma) leave the subject after them: a participle "
        "after a clause whose verb is no cue is that subject's act (MAIN-SUBJECT-PARTICIPLE).",
        reads="(adverb ,) (adverb / modifier) + preposition + ... + , + subject + verb ... + , + verb-ing",
        example="On Tuesday, Poland went further, accusing Belarus of staging the crossings.",
        expected="statement POL -> BLR [accuse]",
        near_miss="On Tuesday, later reports went further, accusing Belarus of staging the crossings.",
        near_expected="",
    ),
    _c(
        "ADDRESSEE-PARTICIPLE",
        "phrase",
        summary="A participle right after whom words are addressed to ('wrote to X asking', 'a letter to X urging': "
        "'to' after a verb of speech or a document noun) is the writer's act, not X's; a pronoun it takes as object "
        "is X. 'Aid to families fleeing the fighting' is no address.",
        reads="verb of speech / document noun + to + actor + verb-ing (+ it / them)",
        example="Poland sent a letter to NATO asking it to act against Belarus.",
        expected="statement POL -> nato, BLR [demand]",
        near_miss="Russia said it had sent aid to Syrian families fleeing the fighting.",
        near_expected="statement RUS -> - [assert]",
    ),
    _c(
        "SET-OFF-PARTICIPLE",
        "phrase",
        summary="A participle set off between the opening subject and its verb ('X, citing ..., suspended') is "
        "the subject's, and says only what stands before the closing comma; the verb after it is the subject's "
        "own, not an inversion ('..., said X'), also when the participle is a verb the vocabulary lacks ('X's "
        "foreign minister, Name, meeting her counterparts in Y, accused Z'). So is a past participle set off the "
        "same way, whose commas may set off a place's state ('The communique, released at the summit in Evian, "
        "France, said': the communique's words, not France's).",
        reads="subject + , + verb-ing / past participle ... + , + verb (a comma inside a list of names, or "
        "setting off one name after a participle, does not close it)",
        example="Finland, citing attempts by Russia to push migrants across the frontier, closed its eastern border "
        "crossings.",
        expected="statement FIN -> RUS [assert]",
        near_miss="Lithuania, saying that the talks had failed, recalled its envoy from Minsk.",
        near_expected="statement LTU -> - [assert]",
    ),
    _c(
        "SPOKESPERSON-OF-THE-LAST-SPEAKER",
        "phrase",
        summary="A spokesperson (or press secretary) named without the body they speak for is the voice of the "
        "actor that just spoke ('X's ministry rejected it. Spokeswoman Name said ...'); a body named with them "
        "wins, and a name the text does not know ('a spokesperson for Aramco') makes them nobody's voice.",
        reads="(a) spokesman / spokeswoman / spokesperson / press secretary (+ name), no actor in the phrase "
        "(frames.json voice_roles)",
        example="Chile's foreign ministry rejected the complaint from Lima. Spokeswoman Ana Torres said Chilean "
        "boats had stayed in their own waters.",
        expected="rebuttal CHL answers PER\nstatement PER -> CHL [accuse]",
        near_miss="Chile's foreign ministry rejected the complaint from Lima. A spokeswoman for Peru's navy said "
        "the boats had crossed the line.",
        near_expected="rebuttal CHL answers PER\nstatement PER -> CHL [accuse, assert]",
    ),
    _c(
        "SPLIT-VERB",
        "phrase",
        summary="A verb whose object stands inside it ('held X responsible', 'took X to task') accuses X.",
        reads="hold / take + object phrase + responsible, accountable / to task (frames.json split_lemmas)",
        example="Lebanon held Israel responsible for the strike on the bridge.",
        expected="statement LBN -> ISR [accuse]",
        near_miss="Lebanon said the army held talks with officials responsible for the border.",
        near_expected="statement LBN -> - [assert]",
    ),
    _c(
        "TITLE-OF-THE-DATELINE",
        "phrase",
        summary="A national title tied to no actor in the text ('Prime Minister Name') is the dateline's state "
        "(named by its capital, its name, or a city that is no capital: DATELINE-CITY, data/datelines.json), "
        "unless the story names other states and never that one (a bureau's dateline: 'DAKAR, Senegal' over Mali), "
        "or another state has spoken and the dateline's is not named yet (BUREAU-DATELINE: then the title is the "
        "speaking state's). "
        "So is a bare cabinet title ('Chief Cabinet Secretary Name', frames.json `governing_bodies`), even after "
        "another state spoke; a bare 'government spokeswoman' continues the last government that spoke.",
        reads="dateline with a capital, a state or a listed city (datelines.json: 'KANO -', 'PESHAWAR, Pakistan') + "
        "president / prime minister / foreign minister + unknown name; the states the body names",
        example="ACCRA (Reuters) - The World Bank urged Ghana to cut spending. President Kofi Mensah called "
        "the advice unbalanced.",
        expected="rebuttal GHA answers world-bank\nstatement world-bank -> GHA [demand]",
        near_miss="The World Bank urged Ghana and Togo to cut spending. President Kofi Mensah called the advice "
        "unbalanced.",
        near_expected="statement world-bank -> GHA, TGO [demand]",
    ),
    _c(
        "SECRETARIAT-TITLE",
        "phrase",
        summary="A secretariat's title with no organization in its phrase ('Assistant Secretary-General Name', "
        "frames.json `organization_offices`) is the last organization named; an organ has no secretary-general "
        "of its own, so for a council or an assembly it is the organization the organ belongs to. So is an aide "
        "of that title ('the Special Envoy of the Secretary-General for Libya', 'the Secretary-General's envoy', "
        "'Name, Deputy Spokesperson for the Secretary-General,' in apposition), and 'the Secretary-General' with "
        "no name after a UN mission spoke (the mission's parent, not the mission); "
        "'for' after a posted role or a secretariat title names the posting, not whom it speaks for. With no "
        "organization named before it, the title is the United Nations' (frames.json `organization_offices`), "
        "except a title that may also be a state's ('Commissioner Name': `named_only`), which is then nobody's.",
        reads="(assistant / deputy) secretary-general / executive secretary + unknown name; the last organization "
        "named and its parent",
        example="The Security Council met on Monday to discuss the launch. Briefing the Council, Assistant "
        "Secretary-General Elena Markovic said the launch was a violation of its resolutions.",
        expected="statement un -> - [assert]",
        near_miss="ASEAN foreign ministers met in Jakarta on Monday. Secretary-General Kao Kim Hourn said the bloc "
        "would send envoys to Myanmar.",
        near_expected="statement asean -> MMR [assert]",
    ),
    _c(
        "DEPUTY-OFFICE",
        "phrase",
        summary="A deputy, assistant or vice before a ministerial office written in full ('Deputy Minister for "
        "Foreign Affairs', 'Assistant Minister of Defence') holds that kind of office: a national title read like "
        "the office itself (frames.json `office_prefixes`, applied to the person roles and national offices that "
        "name a portfolio with 'of' or 'for').",
        reads="deputy / assistant / vice / junior + minister of / for + portfolio",
        example="ACCRA - Deputy Minister for Foreign Affairs Kofi Mensah told journalists that Ghana had never "
        "allowed it.",
        expected="statement GHA -> - [assert]",
        near_miss="ACCRA - Togo's Deputy Minister for Foreign Affairs Kofi Mensah told journalists that Ghana "
        "had never allowed it.",
        near_expected="statement TGO -> GHA [assert]",
    ),
    _c(
        "DEMONYM-AGENCY",
        "phrase",
        summary="A demonym before a state agency's proper name ('the Australian Border Force', 'the Ivorian "
        "Forestry Service': a capitalised word, then a head of frames.json `state_agency_heads`) is that state's "
        "agency and speaks for the state, as a role after a demonym does. An institute or other body with a "
        "name of its own stays nobody's.",
        reads="the + demonym + capitalised word(s) + force / service / agency / authority / command ...",
        example="Ghana protested. The Ivorian Forestry Service said the loggers had crossed the border.",
        expected="statement CIV -> - [assert]\nstatement GHA -> - [accuse]",
        near_miss="Ghana protested. The Ivorian Strategic Studies Institute said the loggers had crossed the border.",
        near_expected="statement GHA -> - [accuse]",
    ),
    _c(
        "MEMBER-DESCRIPTION",
        "phrase",
        summary="An organization named before 'member', 'member state' or 'ally' in what was said ('an attack on "
        "an EU and NATO member', 'a NATO member state') describes a state: the organization is not what the words "
        "are about, and no target, nor are counted members ('between two NATO allies', 'fellow EU members'), nor the "
        "organization after 'a (founding) member of (both) (the)' ('Lithuania, a member of both the EU and NATO,': "
        "grammar.json `member_of_modifiers`). The "
        "members addressed ('urged NATO members to respond') still are; a state before 'ally' ('our ROK ally') "
        "is the ally itself. REFERRAL-VENUE: an organization a matter is taken to ('take the question up with the "
        "African Union', 'take the dispute over the islands back to the UN', 'return to the General Assembly': "
        "grammar.json `referral_forms`) is a forum, no target, and so is one whose ruling or vote is cited ('defied "
        "the ruling of the ICJ': `ruling_nouns`); a state so named is the counterpart and stays one.",
        reads="organization (+ and organization) + member / member state / member country / ally (grammar.json "
        "`member_descriptions`)",
        example="Poland said Russia had attacked a NATO member state.",
        expected="statement POL -> RUS [accuse, assert]",
        near_miss="Poland urged NATO members to respond.",
        near_expected="statement POL -> nato [demand]",
    ),
    _c(
        "REGIONAL-GOVERNMENT",
        "phrase",
        summary="A government a capitalised place name opens ('Balochistan government spokesman', 'Sindh "
        "government') is a province's: it speaks for the dateline's state when there is one, and never for the "
        "last state the text named.",
        reads="capitalised place (not an actor) + government / authorities ... + role + name",
        example="KARACHI, Pakistan - Pakistan accused India of backing the attack. India's foreign ministry did "
        "not comment. Sindh government spokesman Ali Memon told reporters that repairs were under way.",
        expected="statement PAK -> IND [accuse, assert]",
        near_miss="India accused Pakistan of shelling. Punjab government spokesman Ali Khan said the shelling "
        "had stopped.",
        near_expected="statement IND -> PAK [accuse]",
    ),
    _c(
        "UNTIED-STATE-ROLE",
        "phrase",
        summary="'The military' the text has tied to no actor yet is a state's body, read like 'the army' (the "
        "dateline's state, the last state to speak or named); once the text tied it ('Israel's military ... the "
        "military said') it stays that actor's (frames.json `untied_state_roles`).",
        reads="the + military (no actor tied to it before)",
        example="MOPTI, Mali, May 3 - JNIM said its fighters had killed 20 soldiers, an assertion the military "
        'dismissed as "pure propaganda".',
        expected="rebuttal MLI answers jnim\nstatement jnim -> - [assert]",
        near_miss="Hezbollah said Israel had struck a home in Tyre. Israel's military denied it. Lebanon's "
        "president condemned the raid. Later the military said it had hit a weapons depot.",
        near_expected="rebuttal ISR answers LBN\nrebuttal ISR answers hezbollah\nstatement LBN -> ISR [accuse]\n"
        "statement hezbollah -> ISR [assert]",
    ),
    _c(
        "MONTH-MAY",
        "phrase",
        summary="A capitalised auxiliary inside a sentence is no auxiliary: 'said in May that ...', 'on May 5' "
        "name the month (or a person: 'Theresa May'), and the clause after them is still read; a lower-case "
        "'may' stays the modal.",
        reads="capitalised may / will / can not opening the sentence",
        example="China's ambassador said in May that Mongolian troops had crossed the border.",
        expected="statement CHN -> MNG [assert]",
        near_miss="China's ambassador said Mongolian troops may cross the border.",
        near_expected="statement CHN -> MNG [assert]",
    ),
    _c(
        "INFINITIVE-OBJECT",
        "phrase",
        summary="After 'to' and a verb, an -s form that could be a verb of rejection ('to plan protests against', "
        "'to mount protests against') is the verb's object, a noun: nobody protests or rejects anything there.",
        reads="to + verb + -s form of a verb or noun (+ preposition)",
        example="Benin dismissed claims by Niger that it allows exiles to plan protests against the junta.",
        expected="rebuttal BEN answers NER\nstatement NER -> - [assert]",
        near_miss="Serbia refused to comment. Kosovo protests against the drills.",
        near_expected="statement XKX -> - [accuse]",
    ),
    _c(
        "HOME-BODY",
        "phrase",
        summary="A state body named bare ('the Joint Chiefs of Staff', 'the Foreign Ministry': frames.json "
        "`state_roles`) before anyone has spoken is the dateline's state, not the last state the text named: "
        "'SEOUL - North Korea fired two missiles, the Joint Chiefs of Staff said' is Seoul's; so is an indefinite "
        "one ('BISHKEK. KABAR - ..., a ministry spokesman said'), and 'the government' (frames.json "
        "`government_nouns`), which with no dateline is the state opening the paragraph ('Japan lodged a protest "
        "..., the government's top spokesman said'). A capitalised 'Government' with no article opening the "
        "sentence, as some presses write ('ACCRA - Government has rejected ...'), is 'the government'.",
        reads="dateline + state role with no possessor or complement (or 'a' + body role), before the first speaker",
        example="SEOUL (Yonhap) -- North Korea fired two missiles into the sea on Wednesday, the Joint Chiefs of "
        "Staff said. South Korean and US officials were studying the launch.",
        expected="statement KOR -> PRK [assert]",
        near_miss="North Korea fired two missiles into the sea on Wednesday, the Joint Chiefs of Staff said. South "
        "Korean and US officials were studying the launch.",
        near_expected="",
    ),
    _c(
        "ROLE-ACRONYM",
        "phrase",
        summary="An acronym set after a phrase that names a body of an actor, by a role or by the actor's name ('the "
        "Joint Chiefs of Staff (JCS)', 'Border Guard Bangladesh (BGB)'), names that actor later ('the JCS said', "
        "'The BGB disputed the account'), whether the body spoke there or not; inside a longer phrase, the "
        "acronym names the part it closes ('the shooting of a herder by Ethiopia's Border Security Force (BSF)').",
        reads="role phrase or phrase with an actor's name + ( + acronym + ); later the + acronym",
        example="SEOUL (Yonhap) -- South Korean officials were alarmed. North Korea fired two missiles, according "
        "to the Joint Chiefs of Staff (JCS). The JCS said the launch was a provocation.",
        expected="statement KOR -> PRK [concern, assert]",
        near_miss="SEOUL (Yonhap) -- South Korean officials were alarmed. North Korea fired two missiles, "
        "according to the Joint Chiefs of Staff. The JCS said the launch was a provocation.",
        near_expected="statement KOR -> PRK [concern, assert]",
    ),
    _c(
        "JUST-SPOKE-BODY",
        "phrase",
        summary="A state body named bare ('the army') right after a state spoke (in the sentence or the one "
        "before) is that state's, even when the text tied the same word to another state earlier ('The Indian "
        "army said ... Pakistan's military rejected the account. In a statement, the army said ...': Pakistan's). "
        "After a sentence in which no one spoke, the earlier tie holds, and so it does when the state spoke "
        "through a person ('X's vice president, Name, said ...', 'She warned ...'): the body is the one tied. A "
        "document named in passing since ('concern over statements by Y's ministry') is no one speaking.",
        reads="state X speaks by a body or by name; (next sentence) the + state role (frames.json `state_roles`) + "
        "speech verb",
        example="The Indian army said militants had crossed the line. Pakistan's military rejected the account. In "
        "a statement, the army said the infiltrators had been turned back.",
        expected="rebuttal PAK answers IND\nstatement IND -> - [assert]",
        near_miss="The Chilean Foreign Ministry brushed aside the complaints from La Paz. Bolivia's vice president, "
        "Rosa Mamani, told radio the dam would harm Bolivian farmers. She warned Santiago against building it. "
        '"The river runs through our land," ministry spokesman Pablo Reyes said.',
        near_expected="rebuttal CHL answers BOL\nstatement BOL -> CHL [accuse, assert, warn]\nstatement CHL -> BOL "
        "[assert]",
    ),
    _c(
        "REPORTED-SUBJECT",
        "phrase",
        summary="A voice role tied to no actor ('spokeswoman Name', 'its spokesperson', 'a spokesperson') attributing "
        "a clause that an actor opens as its subject, by name or as a body's possessor ('Russia rejected the claims, "
        "spokeswoman Name said', 'Mauritania's navy denied ..., its spokesperson said', 'The agency rejected it, "
        "its spokesman said', 'X fired no shots, the spokesperson for its border service, Name, said') is that "
        "actor's voice, not "
        "the last speaker's. A report inside the clause ('... and said the ship had stayed in its waters, its "
        "spokesman said') ends at the comma before the tail: the tail's speaker is no part of it "
        "(TAIL-AFTER-REPORT).",
        reads="actor (or actor's + body) + verb ... + , + voice role (+ , name ,) + speech verb + end of sentence",
        example="Moldova accused Russia of meddling. Russia rejected the claims, spokeswoman Anna Sorokina said.",
        expected="rebuttal RUS answers MDA\nstatement MDA -> RUS [accuse]",
    ),
    _c(
        "ROUNDUP-HEADER",
        "phrase",
        summary="In a roundup of reactions, a paragraph headed by an actor's name and a dash or colon ('FRANCE - "
        "...', 'Japan: ...', 'The Taliban: ...') holds that actor's words: a title, body, role or unknown name "
        "there that names no actor of its own speaks for it. Not in the first paragraph (a dash there ends a "
        "dateline), and not under a capital (a place), and not for a surname or 'the spokesman' the text already "
        "tied to an actor (a briefing's topic headers: 'Bolivia: Reyes said ...' is still Reyes's actor), nor for "
        "hearsay with no author ('reports of troop movements'). Inside a sentence too: an "
        "actor a colon closes right before 'a spokesman' ('Back to the UN mission, UNMISS: a spokesman tells us') "
        "is who speaks.",
        reads="paragraph start + actor name + dash/colon; later in the paragraph a subject naming no actor",
        example="Chad closed its border with Sudan on Friday. Reactions:\nEGYPT - The foreign ministry said "
        "the closure was unwise.\nKENYA - Foreign Minister Ruth Wanjiru said the closure was lawful.",
        expected="statement EGY -> - [assert]\nstatement KEN -> - [assert]",
        near_miss="Chad closed its border with Sudan on Friday. Reactions:\nEGYPT - The foreign ministry said the "
        "closure was unwise.\nKenyan Foreign Minister Ruth Wanjiru said the closure was lawful. The foreign "
        "ministry said it was also overdue.",
        near_expected="statement EGY -> - [assert]\nstatement KEN -> - [assert]",
    ),
    _c(
        "QUOTE-THEN-SUBJECT",
        "phrase",
        summary="A phrase opening with a determiner right after a quotation and before the verb ('X's rules, which "
        "\"...,\" a ministry spokesman said') is the verb's subject: the relative clause before the quotation "
        "does not make its host the speaker.",
        reads="host, which / that + quotation + determiner phrase + verb of speech",
        example='Peru rejects Chile\'s new fishing rules, which "ignore every ruling of the court in The Hague," '
        "a Peruvian foreign ministry spokesman said on Monday.",
        expected="rebuttal PER answers CHL\nstatement CHL -> - [assert]\nstatement PER -> CHL [assert]",
    ),
    _c(
        "PARAGRAPH-TOPIC",
        "phrase",
        summary="With no dateline, a national title tied to no actor after a state that opens its paragraph as its "
        "subject ('Cairo has so far kept its options open. ... Foreign Minister Name said'; 'Peru will not "
        "negotiate, Foreign Minister Name said') is that state's: the paragraph is about it; so is the one state "
        "its first sentence names, for a national or government title in a later sentence ('The reply from Lomé "
        "came within hours. Government spokesperson Name said'). A paragraph opening with no state leaves the "
        "title to STORY-STATE.",
        reads="paragraph opening with a state name or capital; later national title + unknown name",
        example="Ethiopia opened the third turbine of the dam on Monday.\nCairo has so far kept its options open. "
        "Speaking to parliament, Foreign Minister Hany Amin said the filling was illegal.",
        expected="statement EGY -> - [assert]",
        near_miss="Ethiopia opened the third turbine of the dam on Monday.\nEngineers expect more delays. Speaking "
        "to parliament, Foreign Minister Hany Amin said the filling was on schedule.",
        near_expected="statement ETH -> - [assert]",
    ),
    _c(
        "ON-BEHALF-OF",
        "phrase",
        summary="A speaker who speaks 'on behalf of' an organization gives that organization's words: the phrase "
        "opens the sentence ('Speaking on behalf of the AU, Kenya's envoy said'), is set off after the subject "
        "('Ghana's delegate, speaking on behalf of her country and the other members of ECOWAS, urged') or follows "
        "the verb and its report noun ('issued a statement on behalf of the bloc', the organization its sentence "
        "named); a participle after that statement is still its. The states of a list spoken for speak with the "
        "speaker, one statement each ('Speaking also on behalf of Algeria and Guyana, Sierra Leone's envoy "
        "urged'); 'on behalf of' inside an object ('criticised the statement issued on behalf of X') changes "
        "no speaker.",
        reads="on behalf of + organization (name or description), before the verb or right after it",
        example="Speaking on behalf of the African Union, Kenya's representative urged Sudan to open the crossings.",
        expected="statement au -> SDN [demand]",
        near_miss="Kenya's representative urged Sudan to open the crossings.",
        near_expected="statement KEN -> SDN [demand]",
    ),
    _c(
        "PREVIOUS-SUBJECT",
        "phrase",
        summary="A role owned by 'its' or 'their' beside a name ('Its spokeswoman, Name, said'), or a bare "
        "spokesperson's title ('Spokesperson Name told reporters'), is the actor opening the sentence before when "
        "nobody spoke there ('Ghana's ministry has given another account.', 'The African Union has weighed in.'; "
        "a timestamp or dateline may come first), even if another actor's spokesperson was named earlier; else the "
        "last actor that spoke.",
        reads="sentence opening with an actor and no speech; next sentence: its/their + role + name",
        example="10:00 GMT – Togo accused Ghana of shelling a border post. 10:05 GMT – Ghana's Ministry of National "
        "Defence has given another account. Its spokeswoman, Ama Owusu, said Togolese troops fired first.",
        expected="statement GHA -> TGO [assert]\nstatement TGO -> GHA [accuse]",
        near_miss="10:00 GMT – Togo accused Ghana of shelling a border post. 10:05 GMT – Ghana's army fired first, "
        "Togo's government said. Its spokesman, Kossi Agbo, said two soldiers had died.",
        near_expected="statement TGO -> GHA [accuse, assert]",
    ),
    _c(
        "STORY-STATE",
        "phrase",
        summary="With no dateline, a national title tied to no actor ('Interior Minister Name', frames.json "
        "`national_offices`) is the one state the first sentence names, while no state has spoken yet: the "
        "story opens in its country. Two states in the first sentence, or a state heard since, leave it to the "
        "other rules.",
        reads="first sentence naming one state (name or adjective); later national title + unknown name, before "
        "any state spoke",
        example="Few people in Peru's Puno region were surprised by the protests. Interior Minister Carlos Mendoza "
        "said the army would restore order.",
        expected="statement PER -> - [assert]",
        near_miss="Talks between Peru and Chile stalled on Monday. Interior Minister Carlos Mendoza said the army "
        "would restore order.",
        near_expected="",
    ),
    _c(
        "OFFICE-NOT-OBJECT",
        "phrase",
        summary="A national title tied to no actor is never the state its holder acts on in the same clause: the "
        "object, or the object's possessor, of an accusing, urging, warning, rejecting, supporting or describing "
        "verb right after it ('Foreign Minister Name summoned Brazil's ambassador'); the state guessed by "
        "STORY-STATE and its kin is dropped then. So for a bare voice ('Spokesman Name rejected Togo's account' "
        "after Togo spoke): not the last speaker's, but the dateline's state if another. A state that starts a "
        "reported clause ('said Brazil had ...') is no object. OWN-DEFENDED: a verb of maintaining acts on "
        "nobody ('KINGSTON, Jamaica - Foreign Minister Name defended Jamaica's deal with Cuba', 'stood by'): one "
        "defends one's own, so the title keeps the state it is taken to be of; 'thanked Jamaica' under that "
        "dateline is another state's minister.",
        reads="national title + unknown name + (adverb) + object verb + (determiner) state or state's noun",
        example="Relations with Brazil soured on Monday. Foreign Minister Ana Ruiz summoned Brazil's ambassador. "
        "Brazil's foreign ministry said the envoy would explain the affair.",
        expected="statement BRA -> - [assert]",
        near_miss="Relations with Brazil soured on Monday. Foreign Minister Ana Ruiz said Brazil had spied on the "
        "talks.",
        near_expected="statement BRA -> - [assert]",
    ),
    _c(
        "STATE-BEFORE-TITLE",
        "phrase",
        summary="A national title tied to no actor ('Interior Minister Name') in the sentence right after one that "
        "a state opened as its speaker is that state's, before the dateline's state: the reporter goes from the "
        "state to its official. Not when the state spoke only inside another's sentence ('..., a charge Moscow "
        "rejected.'), nor when the title answers ('China cautioned Fiji over the deal. Foreign Affairs Minister Name "
        "hit back'): the state just heard is the one answered.",
        reads="sentence opening with a speaking state; next sentence: national title + unknown name",
        example="NAIROBI (AFP) - Kenya said talks with Somalia on the border would resume next week. Somalia's "
        "foreign ministry welcomed the announcement. Interior Minister Ali Warsame said the crossings at Mandera "
        "would reopen.",
        expected="statement KEN -> SOM [assert]\nstatement SOM -> - [assert, support]",
        near_miss="HELSINKI (Reuters) - Finland accused Russia of jamming GPS signals over Lapland, a charge Moscow "
        "rejected. Prime Minister Aino Virtanen said the aviation authority would be informed.",
        near_expected="rebuttal RUS answers FIN\nstatement FIN -> - [assert]\nstatement FIN -> RUS [accuse]",
    ),
    _c(
        "INSERTED-AGENT",
        "phrase",
        summary="A subject, then an insertion naming who delivered its words ('the government, in a statement read "
        "on radio by the Minister of Information, Name, dismissed ...'): the subject speaks, not the person after "
        "'by', and that person speaks for the subject later ('Name said'); 'its spokesman' inside the insertion is "
        "the subject's. An insertion may hold an issue participle on its report noun ('in a communique signed by').",
        reads="subject + , + preposition + report noun (+ issue participle) + ... + by + role (, name) + , + verb",
        example="Ghana accused Togo of detaining traders. The Togolese army, in a communique signed by its spokesman, "
        "Colonel Kodjo Amah, rejected the accusation.",
        expected="rebuttal TGO answers GHA\nstatement GHA -> TGO [accuse]",
    ),
    _c(
        "ROLE-CHAIN-APPOSITION",
        "phrase",
        summary="A name set off after a role and its prepositional phrases ('the commander of the Russian forces "
        "in Syria, General Name, accused ...') is the role's holder: the role's owner speaks, not the place the "
        "last phrase names. Only when the role's complement runs up to that phrase; otherwise the phrase with the "
        "name is read as before ('the foreign minister of Peru, Name': Peru's).",
        reads="role + of + owner + preposition + place + , + name + , + verb",
        example="The commander of the Russian forces in Syria, General Ivan Petrov, accused Turkey of shelling "
        "Kurdish villages.",
        expected="statement RUS -> TUR [accuse]",
        near_miss="In Geneva, the foreign minister of Peru, Ana Ruiz, urged Chile to reopen the border.",
        near_expected="statement PER -> CHL [demand]",
    ),
    _c(
        "SURNAME-CLASH",
        "phrase",
        summary="A person is remembered under their surname and a first surname too ('John Kamau Mwangi' as "
        "'Kamau'); a later full name that shares only that word and not its first name ('Felix Okello Kamau') is "
        "another person, placed by its own title. The end of the same name ('Kamau Mwangi') is still the first.",
        reads="person name of two or more words; the full names remembered that hold its last word",
        example="Kenyan army spokesman John Kamau Mwangi said the border was calm. Uganda disputed that on Friday. "
        "Its army spokesman, Felix Okello Kamau, said troops had been shelled.",
        expected="rebuttal UGA answers KEN\nstatement KEN -> - [assert]",
    ),
    _c(
        "REJECTING-BODY",
        "phrase",
        summary="A body named bare ('the foreign ministry', 'the Foreign Office', 'the ministry spokesman') that "
        "rejects or denies a report with no author of its own, right after one actor's accusations, demands or "
        "warnings, is the accused's body: nobody rejects their own charge. Not when the report's author is named "
        "('rejected Islamabad's allegations'), or a demonym names another actor ('the Israeli warning'), when the "
        "noun names a warning or a demand the last speaker did not make, after a concern, or once another actor "
        "has spoken; a state body answers for a state only; 'the spokesman' alone goes on being the person who "
        "spoke.",
        reads="the + body role (+ person role) + reject / deny verb + report noun; the last events: one speaker's "
        "charges and their targets",
        example="Kabul accused Pakistan of mistreating refugees. The foreign ministry rejected the allegations.",
        expected="rebuttal PAK answers taliban\nstatement taliban -> PAK [accuse]",
        near_miss="Kabul voiced concern about Pakistan's deportations. The foreign ministry rejected the allegations.",
        near_expected="rebuttal taliban answers -\nstatement taliban -> PAK [concern]",
    ),
    _c(
        "SELF-ANSWERED",
        "phrase",
        summary="A subject that names no actor of its own ('the government', 'presidential spokesman Name', 'the "
        "army's press office') and that the discourse resolved to the very actor whose claim it rejects or denies "
        "('rejected Lima's accusation', 'dismissed the junta's claim') is not that actor: nobody rejects their own "
        "charge. It is the one that actor's latest charge (else its latest words) aimed at, else the one that last "
        "aimed at it; a state body answers for a state only, and a person so named is remembered as that actor's. "
        "A subject that names its actor ('Peru's government') is left as written, and so is an author that is a "
        "person's role ('the opposition leader's remarks').",
        reads="a subject naming no actor + reject / deny verb + a report whose author (name, capital, demonym or "
        "description) is the actor the subject was resolved to; the last events",
        example="Peru accused Bolivia of tolerating fuel smuggling on the lake. The government rejected Lima's "
        "accusation.",
        expected="rebuttal BOL answers PER\nstatement PER -> BOL [accuse]",
        near_miss="Peru accused Bolivia of tolerating fuel smuggling on the lake. Peru's government rejected "
        "Bolivia's accusation.",
        near_expected="rebuttal PER answers BOL\nstatement BOL -> PER [accuse]\nstatement PER -> BOL [accuse]",
    ),
    _c(
        "BARE-APPOSITION",
        "phrase",
        summary="A noun phrase with no determiner set off by commas after a subject ('Colombia's envoy, "
        "penholder on the resolution, said', 'Kenya's envoy, chair of the sanctions committee, urged') describes "
        "the subject: it is skipped, not taken for the subject. Only a role or an unknown noun with its "
        "prepositional phrases and no verb.",
        reads="subject phrase + , + role or noun (+ prepositional phrases) + , + verb",
        example="Kenya's envoy, chair of the sanctions committee, urged Sudan to allow aid convoys through.",
        expected="statement KEN -> SDN [demand]",
    ),
    _c(
        "ONE-HOLDER",
        "phrase",
        summary="A state has one holder of a national office: after 'Peru's foreign minister, Ana Ruiz', a bare "
        "'Foreign Minister Jorge Soto' is not Peru's (the role's memory is passed over; the title is read as a "
        "title no state has claimed: the state that spoke just before, the dateline's ...). 'Foreign Minister "
        "Ruiz' is still Peru's.",
        reads="national title + person name; the holder remembered for the actor last tied to that title",
        example="Peru's foreign minister, Ana Ruiz, accused Chile of moving troops to the border. Chile rejected "
        "the charge. Foreign Minister Jorge Soto said the troops were on exercises.",
        expected="rebuttal CHL answers PER\nstatement PER -> CHL [accuse]",
    ),
    _c(
        "UNKNOWN-BODY",
        "phrase",
        summary="A capitalised body name the gazetteer does not know ('the Kola Reindeer Council', 'the Pacific "
        "Fishers Union': unknown capitalised words before a body head of grammar.json `named_body_heads`) names its "
        "own body, not the last council or union named; its words are nobody's. A bare 'the Council' is still the "
        "last council, and a state's office ('the Treasury Department') its state's.",
        reads="the + unknown capitalised word(s) + council / union / commission / association ...",
        example="Norway urged Russia to resume its payments to the Arctic Council. The Kola Reindeer Council said "
        "the freeze would hurt Indigenous peoples.",
        expected="statement NOR -> RUS, arctic-council [demand]",
        near_miss="Russia suspended its payments to the Arctic Council on Monday. The Council said the move was "
        "regrettable.",
        near_expected="statement arctic-council -> - [assert]",
    ),
    _c(
        "SENTENCE-SUBJECT",
        "phrase",
        summary="'It' later in a sentence that an actor (or its institution) opens as subject is that actor, even when "
        "another spoke last: 'Togo's defence ministry took a day to respond, and when it did, it dismissed ...'. "
        "An opening phrase that is no subject ('Togo's claims that ...', 'Togo, which ...') leaves 'it' to the "
        "last speaker.",
        reads="sentence opening with an actor or role phrase + verb; later 'it' as a subject",
        example="Ghana accused Togo of shelling a border post. Nigeria was silent for a day, and then it urged both "
        "sides to talk.",
        expected="statement GHA -> TGO [accuse]\nstatement NGA -> GHA, TGO [demand]",
    ),
    _c(
        "DOCUMENT-RELATIVE",
        "phrase",
        summary="A relative clause after a document an actor adopted or issued speaks for that actor: 'X adopted a "
        "resolution (on Y) which calls for ...' is X's demand. The relative hangs on the report noun, not on its "
        "topic after 'on' or 'about', and the report is its issuer's (or, 'on behalf of' an organization, the "
        "organization's).",
        reads="subject + issue verb (adopt, issue, release) + report noun (+ on/about + topic) + which/that + verb",
        example="The European Parliament adopted a resolution on Georgia which calls for the release of political "
        "prisoners.",
        expected="statement eu -> - [demand, assert]",
        near_miss="Kenya criticised a report on Somalia which accused its troops of abuses.",
        near_expected="rebuttal KEN answers -",
    ),
    _c(
        "LEAD-STATE",
        "phrase",
        summary="A national title tied to no actor, once states have spoken and no dateline, paragraph opening or "
        "sentence before settles it: the one state its paragraph names before it (outside quotations: 'In "
        "public, the Togolese tone was softer. Foreign Minister Name said ...'), else the state whose speech "
        "opened the article, the story's own side.",
        reads="national title + unknown name; the paragraph's states before it; the article's first speaker",
        example="Ghana protested to Togo over the shelling of a border post. The troops fired in self-defence, "
        "Togo's army said.\nForeign Minister Kwame Boateng rejected that account.",
        expected="rebuttal GHA answers TGO\nstatement GHA -> TGO [accuse]\nstatement TGO -> - [assert]",
    ),
    _c(
        "PORTFOLIO-LIST",
        "phrase",
        summary="A ministry's further portfolios after a comma ('Minister of Foreign Affairs, Trade and Diaspora "
        "Affairs') are part of the role, not names: the person after them ('Dr. Name') or the apposition they sit "
        "in ('Name, Minister of ..., of Ghana,') keeps its speaker.",
        reads="multiword role + ',' + capitalised words joined by ',' and 'and' + title, name, 'of' or ','",
        example="Togo accused Ghana of shelling a border post. Her Excellency Ms. Ama Owusu, Minister of Foreign "
        "Affairs, Regional Integration and Diaspora Affairs of Ghana, rejected the accusation.",
        expected="rebuttal GHA answers TGO\nstatement TGO -> GHA [accuse]",
    ),
    _c(
        "NAMED-AFTER-DESCRIPTION",
        "phrase",
        summary="A description of a body followed by its name between commas ('The UN's nuclear watchdog, the "
        "IAEA,', 'the regional bloc, the GCC,', 'The UN's humanitarian office, OCHA,') is an apposition: the body "
        "named speaks, not the possessor of the description; so does a name it is 'known as' ('the UN "
        "peace force, known as UNMISS,'; grammar.json `naming_phrases`), not what it is 'known for'.",
        reads="determiner + (possessor) + description or body role + ',' + (the / known as) + actor name + ','",
        example="The UN's nuclear watchdog, the IAEA, urged Iran to allow inspections.",
        expected="statement iaea -> IRN [demand]",
        near_miss="The UN's nuclear watchdog urged Iran to allow inspections.",
        near_expected="statement un -> IRN [demand]",
    ),
    _c(
        "DOMAIN-MINISTRY",
        "phrase",
        summary="A ministry or secretariat named by 'of' and a capitalised domain the vocabulary does not list "
        "('Ministry of National Defence', 'Ministry of State Security'; frames.json `domain_bodies`) is one "
        "role: its domain is part of its name, so 'X's Ministry of National Defence said' is X speaking; a "
        "capitalised description inside it and a second domain after 'for' belong to it too ('the Ministry of "
        "Popular Power for Foreign Affairs of X').",
        reads="capitalised ministry / secretariat + of + capitalised words naming no actor",
        example="Vietnam's Ministry of National Defence said Chinese ships had entered its waters.",
        expected="statement VNM -> CHN [assert]",
    ),
    _c(
        "REGION-PORTFOLIO",
        "phrase",
        summary="A role 'for' a list of regions or portfolios ('Assistant Secretary-General for Europe, Central "
        "Asia and the Americas', 'Minister for Trade, Industry and Energy') is one role with them: the commas of "
        "the list do not end the apposition the role stands in, and a name after it keeps its title. Items that "
        "name actors ('envoy for Sudan, Chad and Niger') stay mentions of their own.",
        reads="role + 'for' + capitalised items (a determiner allowed) joined by ',' and 'and'",
        example="Pedro Alves, Special Coordinator for Europe, the Caucasus and Central Asia at the United Nations, "
        "urged Serbia to reopen the crossings.",
        expected="statement un -> SRB [demand]",
    ),
)

_DISCOURSE: tuple[Construction, ...] = (
    _c(
        "DENIAL-QUOTE",
        "discourse",
        summary="A rebutter's quotation that only denies stays in the rebuttal's claims (ANNOTATION: denial "
        "quotes); one that also demands, warns, supports or accuses (a condemnation more than three words from "
        "any report noun, so of an act, not of the claim answered: 'what is unacceptable is Hanoi sending boats', "
        "or a hostile act that is not negated: 'meant to distort the truth', not 'never armed') is the "
        "rebutter's statement too.",
        reads="rebutter + quotation of 4+ words: verbs of request, warning, support, obligation modals, "
        "condemnations, hostile acts (frames.json hostile_acts) without a negation just before",
        example='Ethiopia accused Eritrea of arming rebels. Eritrea rejected the charge. "These claims are false '
        'and are meant to distort the truth about our border," the information minister said.',
        expected="rebuttal ERI answers ETH\nstatement ERI -> ETH [assert]\nstatement ETH -> ERI [accuse]",
        near_miss='Ethiopia accused Eritrea of arming rebels. Eritrea rejected the charge. "These claims are '
        'false, and we have never armed any rebel group," the information minister said.',
        near_expected="rebuttal ERI answers ETH\nstatement ETH -> ERI [accuse]",
    ),
    _c(
        "CONTINUATION",
        "discourse",
        summary="A sentence that only quotes continues the last speaker: more of their words (and claims, if "
        'they were rebutting); not when its attribution names a voice of nobody (\'"...," said one security '
        "analyst').",
        reads="a sentence opening with a quotation and no verb of its own, after a statement",
        example="Iceland's prime minister said the whaling ban would stay. \"We will not change course on this "
        'question."',
        expected="statement ISL -> - [assert]",
    ),
    _c(
        "PRONOUN",
        "discourse",
        summary="A pronoun subject is the last speaker (he, she: the last person who spoke, or who opened a "
        "sentence with the role set beside their name: 'Name, Hezbollah's deputy chief, travelled ... He said', or "
        "who is the main subject after an opening participle clause: 'Asked about remarks by X, who said ..., "
        'Name did not hesitate. "...," she said\', or a surname the text named before opening the sentence, '
        "whoever speaks in a relative clause there: 'Sadykov was blunt when asked about complaints by X, which "
        "said ... \"...,\" he said'; an actor there is the voice next: 'Asked about the remarks, "
        "X's Foreign Ministry was curt. \"...,\" spokesperson Name said'; "
        "an unnamed person's role counts ('The representative of the United States said ... she said'), also one "
        "opening a silent sentence ('The Chinese delegate was sharper. Taiwan, he said, ...'; after a live "
        "blog's time stamp too: '11:45 WAT - X's minister, Name, arrived in Gao. He says'), and an "
        "actor speaking alone after that person ends them ('X's spokesman said ... Y said ... He added': Y's; "
        "they: all of a joint speaker); 'its foreign ministry' is the last speaker's, or the actor opening the "
        "silent sentence before, a relative clause after it included ('The Council, of which both are members, "
        "stayed silent. Its secretary general said'). After 'Y was accused by X "
        "of ...', 'they' or 'it' is Y, the one the sentence was about. An object 'them' after a joint subject "
        "is all of it ('Armenia and Azerbaijan massed troops. Iran warned them'); with no joint subject, the two "
        "sides of the latest dispute ('Kenya and Somalia traded blame. The AU urged them to talk'). 'It' after a "
        "sentence an actor opened and nobody spoke in is that actor ('The League wrapped up a summit on Saturday. "
        "It said ...').",
        reads="he / she / it / they / its + role, as subject",
        example="Ireland and Spain condemned the raid. They urged Israel to open an inquiry.",
        expected="statement IRL -> ISR [demand, accuse]\nstatement ESP -> ISR [demand, accuse]",
    ),
    _c(
        "REPORTED-CLAUSE",
        "discourse",
        summary="A verb inside what another verb of speech reports is part of that report, unless its subject "
        "is the speaker again.",
        reads="X said (that) Y + verb ...; X stated that X + rejects ...",
        example="Peru said Chile had rejected the proposal.",
        expected="statement PER -> CHL [assert]",
    ),
    _c(
        "NARRATOR-CLAUSE",
        "discourse",
        summary="After 'X said ...', a clause joined by ', and' or ', but' whose new subject has a verb in the simple "
        "past is the writer's, not more of the report: a reported act would have shifted back ('had accused'). "
        "'..., and that Y had lied' and '..., and Y would pay' stay reported. So is a report noun set off by a "
        "comma or a dash with its own subject and past verb, which says who answered the report ('..., "
        "allegations Y rejected as baseless', '- a claim Y flatly denied'), its negation too ('a claim Y does not "
        "accept', 'a position Y has never accepted'); not a future ('a charge Y will never accept').",
        reads="X said ... , and / , but + subject + past-tense verb; X said ... , (a) report noun + subject + "
        "past verb",
        example="Chad said it had not moved troops, and Sudan accused it of lying.",
        expected="statement SDN -> TCD [accuse]\nstatement TCD -> - [assert]",
        near_miss="Chad said the talks had failed, and Sudan would pay for it.",
        near_expected="statement TCD -> SDN [assert]",
    ),
    _c(
        "VERBLESS-JUDGMENT",
        "discourse",
        summary="A sentence with no verb of speech that calls an actor's words false ('X's claims that ... are a "
        "crude lie') is the rebuttal of whoever the next sentence says made it ('This statement was made by "
        "Y', 'So said Y').",
        reads="report noun with its author + ... + is / are + falsity judgment; next sentence: this + report noun "
        "+ made / voiced + by + speaker, or so said + speaker",
        example="Poland's claims that Belarusian guards escorted migrants to the fence are a crude lie. The "
        "remarks were voiced by the spokesman of the Belarusian foreign ministry, Anatol Hlaz.",
        expected="rebuttal BLR answers POL\nstatement POL -> BLR [assert]",
        near_miss="Poland's claims that Belarusian guards escorted migrants to the fence are a crude lie. The "
        "border stayed closed on Monday.",
        near_expected="statement POL -> BLR [assert]",
    ),
    _c(
        "JUDGMENT-GOES-ON",
        "discourse",
        summary="A VERBLESS-JUDGMENT that the next sentence attributes to no one (or that ends the story) is the "
        "rebuttal of whoever spoke in the sentence right before it, unless that speaker is the author of the "
        "judged words: a release or a speaker going on ('X welcomed the release. The claim by Y that ... is "
        "baseless.'). The judgment may follow a clause of the claim ('that the troops were spies is baseless').",
        reads="speaker's act; (next sentence) report noun with its author + ... + is / are + falsity judgment",
        example="Kenya welcomed the release of two teachers. Somalia's claim that Kenyan troops crossed the border "
        "is baseless.",
        expected="rebuttal KEN answers SOM\nstatement KEN -> SOM [support]\nstatement SOM -> KEN [assert]",
        near_miss="Somalia said Kenyan troops crossed the border. Somalia's claim that Kenyan troops crossed the "
        "border is baseless.",
        near_expected="statement SOM -> KEN [assert]",
    ),
    _c(
        "CORRECTIVE-CONTRAST",
        "discourse",
        summary="Words that set a correction against a characterisation ('are not X but Y', 'hit X, not Y', "
        "'it was X, not Y, that') counter it: said by an actor another has accused, they rebut. 'Not' before an "
        "amount ('answers, not more excuses', grammar.json `degree_after_not`) weighs and neither corrects nor denies.",
        reads="be + not + noun phrase + but / rather + noun phrase; or , + not + determiner or name + phrase + ,",
        example="Manila accused Beijing of ramming a supply boat. Beijing said the Chinese vessels near the shoal "
        "were not warships but coast guard cutters.",
        expected="statement PHL -> CHN [accuse]\nrebuttal CHN answers PHL",
        near_miss="Manila accused Beijing of ramming a supply boat. Beijing said the Chinese vessels near the shoal "
        "were not only fast but also well armed.",
        near_expected="statement PHL -> CHN [accuse]\nstatement CHN -> - [assert]",
    ),
    _c(
        "CLEFT-COUNTER",
        "discourse",
        summary="The accused (or an actor another's words were aimed at) who says 'it was Y that / who ...' lays the "
        "deed on Y: a counter-account that rebuts its accuser, quoted or not ('it was Kenyan troops who crossed "
        "first'). A cleft whose focus names no other actor ('it was clear that', 'it was Uganda that') is no "
        "counter; the same words from an actor nobody accused stay a statement.",
        reads="X said (that) + it was / it is + focus naming Y + that / who / which ...; X accused or targeted before",
        example="Kenya accused Uganda of arming rebels. Uganda said it was Kenya that had armed the rebels.",
        expected="rebuttal UGA answers KEN\nstatement KEN -> UGA [accuse]",
        near_miss="Uganda said it was Kenya that had armed the rebels.",
        near_expected="statement UGA -> KEN [accuse, assert]",
    ),
    _c(
        "QUALITY-OF-REPORT",
        "phrase",
        summary="Questioning or challenging a quality of a report ('the credibility of the report', 'the accuracy "
        "of X's figures'; frames.json `report_qualities`) judges the report after 'of' as JUDGE-STATEMENT does: "
        "it rebuts the report's author. A quality of anything else ('the credibility of X's government') stays an "
        "accusation.",
        reads="question / challenge / criticise + the + quality noun + of + report or count noun",
        example="Kenya accused Uganda of arming rebels. Uganda questioned the credibility of the report.",
        expected="rebuttal UGA answers KEN\nstatement KEN -> UGA [accuse]",
        near_miss="Kenya accused Uganda of arming rebels. Uganda questioned the credibility of Kenya's government.",
        near_expected="statement KEN -> UGA [accuse]\nstatement UGA -> KEN [accuse]",
    ),
    _c(
        "JUDGED-NOUN-ACT",
        "discourse",
        summary="A report noun judged in what was said names the act it answers ('said the allegations were false': "
        "an accusation; 'the call': a demand; 'the reports', 'the claims': an assertion): of the statements aimed "
        "at the speaker, the latest that made that act is answered, not a mediator's later call or concern.",
        reads="X said + the / these + accusation / demand / warning noun + ... + falsity; statements aimed at X",
        example="Kenya accused Uganda of arming rebels.\nThe African Union pressed Nairobi and Kampala to settle the "
        "row through talks.\nIn Kampala, a government spokesman said the allegations were false.",
        expected="rebuttal UGA answers KEN\nstatement KEN -> UGA [accuse]\nstatement au -> KEN, UGA [demand]",
        near_miss="Kenya accused Uganda of arming rebels.\nThe African Union pressed Nairobi and Kampala to settle the "
        "row through talks.\nIn Kampala, a government spokesman said the call was false and unnecessary.",
        near_expected="rebuttal UGA answers au\nstatement KEN -> UGA [accuse]\nstatement au -> KEN, UGA [demand]",
    ),
    _c(
        "CONDEMNED-REPORT",
        "discourse",
        summary="A report noun as the subject of 'be' and a condemnation ('the accusations were unacceptable', "
        "'the charges are an insult', 'nothing but a pretext') or an imputed motive ('an attempt to divert "
        "attention', 'a clumsy ploy to isolate it', an adjective the vocabulary lacks before the motive's head; "
        "'designed to justify sanctions'; frames.json `motive_judgments`) rejects the report as a "
        "falsity judgment does: it rebuts when the speaker was its target or its author is named. A report given "
        "a neutral predicate ('would be studied') or a motive that discredits nothing ('designed to inform') does "
        "not.",
        reads="X said + report noun (+ tail, no verb) + be (+ hedge) + condemnation judgment, or attempt / designed "
        "/ aimed + to / at + divert, discredit, justify ...",
        example="Finland accused Russia of disrupting navigation signals. Russia said the accusations were "
        "unacceptable.",
        expected="rebuttal RUS answers FIN\nstatement FIN -> RUS [accuse]",
        near_miss="Finland accused Russia of disrupting navigation signals. Russia said the allegations would be "
        "studied.",
        near_expected="statement FIN -> RUS [accuse]\nstatement RUS -> - [assert]",
    ),
    _c(
        "DISQUALIFY-THE-CRITIC",
        "discourse",
        summary="Words that deny a critic the standing to speak ('has no right to lecture others', 'is in no "
        "position to judge', 'has no moral authority', 'the mission had overstepped its mandate') rebut like a "
        "falsity judgment: they answer that critic. A "
        "phrase ending in 'to' counts only before an act of speaking or meddling (frames.json `disqualifications`): "
        "'had no right to stay' denies nobody's words.",
        reads="no right / in no position / no standing / not qualified + to + lecture, comment, judge, interfere "
        "...; or no moral authority / standing",
        example="The OSCE published its findings on the vote. Belarus said the OSCE was in no position to judge "
        "its elections.",
        expected="rebuttal BLR answers osce\nstatement osce -> - [assert]",
        near_miss="Hungary said asylum seekers had no right to stay in the country.",
        near_expected="statement HUN -> - [assert]",
    ),
    _c(
        "HEARSAY-DENIAL",
        "discourse",
        summary="Plain words calling reports or rumours false rebut them; with no statement aimed at the "
        "speaker, the rebuttal answers nobody.",
        reads="X said + reports / rumours (no author) + judgment of falsity",
        example="Fiji's police said reports of foreign officers on patrol were untrue.",
        expected="rebuttal FJI answers -",
        near_miss="Fiji's police said the foreign officers on patrol were unarmed.",
        near_expected="statement FJI -> - [assert]",
    ),
    _c(
        "ANSWER-BY-ECHO",
        "discourse",
        summary="A rebuttal with no answered party named, after several statements aimed at its speaker, answers "
        "the one whose words its claims take up (two content words or more, compared by stem, and more than any "
        "other: first its evidence and quotations, then the sentences reporting them), not simply the latest.",
        reads="X accuses Y of A; Z accuses Y of B; Y rejects the claim that it did A",
        example="Qatar accused Bahrain of breaching the trade treaty signed in 2019. The GCC accused Bahrain of "
        "stalling the border talks. Bahrain rejected the claim that it had breached the trade treaty.",
        expected="rebuttal BHR answers QAT\nstatement QAT -> BHR [accuse]\nstatement gcc -> BHR [accuse]",
        near_miss="Qatar accused Bahrain of breaching the trade treaty signed in 2019. The GCC accused Bahrain of "
        "stalling the border talks. Bahrain rejected the accusation.",
        near_expected="rebuttal BHR answers gcc\nstatement QAT -> BHR [accuse]\nstatement gcc -> BHR [accuse]",
    ),
    _c(
        "REBUTTER-SPEAKS-ON",
        "discourse",
        summary="The last actor to rebut goes on rebutting with plain words that answer no one else: they are more "
        "of its answer. Not when it now speaks together with another that never rebutted ('Egypt and Sudan said "
        "...'): the joint words are a new statement.",
        reads="X rebuts; X says (alone) ...",
        example="Ethiopia accused Egypt of stalling the talks. Egypt rejected the charge. Egypt said it wanted a "
        "binding deal on the dam.",
        expected="rebuttal EGY answers ETH\nstatement ETH -> EGY [accuse]",
        near_miss="Ethiopia accused Egypt of stalling the talks. Egypt rejected the charge. Later, Egypt and Sudan "
        "said they wanted a binding deal on the dam.",
        near_expected="rebuttal EGY answers ETH\nstatement ETH -> EGY [accuse]\nstatement SDN -> - [assert]",
    ),
    _c(
        "ASSERTION-IN-A-REBUTTAL",
        "discourse",
        summary="A rebutter's plain assertions next to its rebuttal are more claims of that rebuttal, not "
        "statements; accusations, warnings and demands made alongside stay statements, and quoted assertions "
        "stay statements whose clauses the rebuttal also cites.",
        reads="X asserts (within two sentences of X's rebuttal, nobody else speaking between, about nobody but "
        "the answered party)",
        example="Bolivia accused Chile of spying on its border posts. Chile's foreign ministry said the two "
        "officers had been on a routine visit. Chile rejected the accusation on Friday.",
        expected="rebuttal CHL answers BOL\nstatement BOL -> CHL [accuse]",
        near_miss="Bolivia accused Chile of spying on its border posts. Chile's foreign ministry said the two "
        "officers had been on a routine visit. Argentina called for calm. Chile rejected the accusation on Friday.",
        near_expected="rebuttal CHL answers BOL\nstatement ARG -> - [demand]\nstatement BOL -> CHL [accuse]\n"
        "statement CHL -> BOL [assert]",
    ),
    _c(
        "ATTACK-PERPETRATOR",
        "discourse",
        summary="Condemning an attack that the sentence gives no author ('condemned the attack') accuses whoever "
        "the text last reported as carrying one out: 'an attack by X', 'X claimed responsibility', 'X fighters "
        "stormed ...', 'X-ian jets struck ...', 'X carried out strikes', a capital for its state too ('Tehran "
        "launched missile strikes'), 'X said it had carried out the assault' (SAID-IT-DID); not one after a "
        "conditional ('if X carried out strikes').",
        reads="X condemned + attack noun with no actor; earlier: actor (or demonym + fighters/jets/drones) + "
        "hostile verb / light verb + attack noun / claimed responsibility, or attack noun + by + actor",
        example="A bombing by Boko Haram killed 12 people in Maiduguri. Chad's president condemned the attack.",
        expected="statement TCD -> boko-haram [accuse]",
        near_miss="Twelve people died in a fire in Maiduguri. Chad's president condemned the attack.",
        near_expected="statement TCD -> - [accuse]",
    ),
    _c(
        "GATHERING-HOST",
        "discourse",
        summary="'The summit' (frames.json descriptions, `gathering`) speaks for the one organization named in the "
        "sentence that last mentioned the summit ('The SADC summit opened ...', 'Leaders of the Arab League held a "
        "summit'); a summit no organization hosted ('Russia and China held a summit') speaks for nobody, and never "
        "for the last organization named elsewhere.",
        reads="earlier sentence: organization + summit; later: the summit + verb",
        example="Leaders of the Arab League held a summit in Cairo. The summit condemned Israel's strikes on Gaza.",
        expected="statement arab-league -> ISR [accuse]",
        near_miss="NATO said its forces were ready. Russia and China held a summit in Beijing. The summit called "
        "for a multipolar world.",
        near_expected="statement nato -> - [assert]",
    ),
    _c(
        "ANONYMOUS-ROLE",
        "discourse",
        summary="A person's role introduced with 'a' and tied to no actor ('A European diplomat in Bamako said') "
        "is who 'the diplomat' means next: nobody's voice, not the last speaker's; a quotation it is said to "
        "speak does not continue the last speaker either. Once the role is tied to an actor ('Egypt's top "
        "diplomat, Name,'), 'the diplomat' is that actor's again.",
        reads="a + (modifier) + person role with no actor; later the + same role + said",
        example="Mali rejected the accusations. A European diplomat said the dispute would drag on. "
        '"Both capitals are playing to the gallery at home," the diplomat said.',
        expected="rebuttal MLI answers -",
    ),
    _c(
        "INTRODUCED-ROLE",
        "discourse",
        summary="A person's role introduced with 'a' and tied to an actor there ('..., a spokesperson for the "
        "Ministry of Foreign Affairs said' under a dateline, 'a spokesman for the coalition') is who 'the "
        "spokesperson' means next, whoever spoke in between.",
        reads="a + person role resolved to an actor; later the + same role + said",
        example="NAIROBI - Kenya rejected the report, a spokesperson for the Ministry of Foreign Affairs said "
        'Tuesday.\nUganda said on Monday that the report was accurate.\n"We have never trained any rebel group," '
        "the spokesperson said.",
        expected="statement KEN -> - [assert]\nstatement KEN -> - [assert]\nstatement UGA -> - [assert]",
    ),
    _c(
        "REJECTED-CLAIM-RELATIVE",
        "discourse",
        summary="A claim verb in a relative clause after a rejection or denial in the same sentence ('rejected "
        "the note of X, which claims that ...') reports the claim being rejected: X's plain assertion, not a "
        "counter-claim of X's, even when X was accused before.",
        reads="... reject/deny verb + object ..., which/that + claim verb + clause",
        example="Peru condemned the incursion of Chilean troops. Peru's foreign ministry rejected the note of the "
        "Chilean defence ministry, which claims that Peruvian soldiers fired first.",
        expected="rebuttal PER answers CHL\nstatement CHL -> PER [assert]\nstatement PER -> CHL [accuse]",
        near_miss="Ghana accused Togo of harbouring rebels. Togo denied the charge. Togo's interior minister, who "
        "insists that the border is calm, spoke later.",
        near_expected="rebuttal TGO answers GHA\nstatement GHA -> TGO [accuse]",
    ),
    _c(
        "NOUN-CONTENT",
        "discourse",
        summary="The clause a report noun holds ('rejected X's assertion that the TTP maintains camps') is the "
        "claim rejected: its subject speaks nothing, and a participle later in the sentence (', saying ...') is "
        "still the main speaker's.",
        reads="subject + reject verb + report noun + that + clause (no reading) + , + participle of speech",
        example="Pakistan's army said the strikes hit camps. The Taliban rejected Islamabad's assertion that the "
        "TTP maintains training camps in Afghanistan, saying the group had no territory.",
        expected="rebuttal taliban answers PAK\nstatement PAK -> ttp [assert]",
    ),
    _c(
        "NOUN-IN-PHRASE",
        "phrase",
        summary="A word written like a base-form stance verb inside a noun phrase ('its own long-standing dispute "
        "with X', 'a formal challenge to', 'a sharp decline', 'the border question') is the noun: after a "
        "determiner, possessive or numeral and modifiers, with no plural noun before it that it could agree with "
        "('the two armies dispute the figures' keeps the verb); its plural after a modifier too ('its long-running "
        "disputes'). After 'to' a base form stays the verb ('vowed to challenge', 'continue to welcome'). A "
        "report noun inside the phrase modifies the noun after it: 'a protest note' is no protest that noted "
        "anything.",
        reads="determiner / possessive / numeral + modifiers (no plural) + situation noun of frames.json "
        "situation_nouns",
        example="Chile accused Peru of moving troops to the border. Brazil, which has its own long-standing "
        "dispute with Peru, offered to mediate.",
        expected="statement BRA -> - [support]\nstatement CHL -> PER [accuse]",
        near_miss="Chile accused Peru of moving troops to the border. The two armies dispute the figures.",
        near_expected="rebuttal CHL answers -\nrebuttal PER answers -\nstatement CHL -> PER [accuse]",
    ),
    _c(
        "PERSON-SUBJECT",
        "discourse",
        summary="A titled person of a known actor who is the subject of a sentence that makes no reading ('Name, "
        "whose government signed its own pact, said ...' read as nothing) is still who 'he' or 'she' means next, "
        "not the last person who spoke.",
        reads="sentence with a cue verb and a resolved person subject but no reading; next: he / she + said",
        example="Kiribati signed a patrol deal with China on Monday. Reactions:\nFIJI - Prime Minister Ratu Vula "
        "called for calm, urging Beijing to respect the region.\nTONGA - Foreign Minister Sione Taufa, whose "
        'government signed its own pact with China in 2021, said Kiribati had acted "within its full rights as a '
        'sovereign nation." "Our friends in Tarawa need no permission at all," he said.',
        expected="statement FJI -> CHN [demand]\nstatement TON -> - [assert]",
    ),
    _c(
        "AS-CITED",
        "discourse",
        summary="In a speaker's own words (a transcript's answer, a statement printed in full), 'as X stated' cites X "
        "for what the speaker says; X does not speak there.",
        reads="turn + ... + , as + actor + verb of speech",
        example="Foreign ministry spokesman Oleh Tykhyi held a briefing in Kyiv on Monday.\nQ: Moscow says the IAEA "
        "blamed Ukraine for the strike on the plant. Your comment?\nSpokesman: These are fabrications. The IAEA has "
        "not blamed anyone for the strike, as the Agency stated in its update on Monday.",
        expected="rebuttal UKR answers RUS\nstatement RUS -> iaea, UKR [assert]",
    ),
    _c(
        "PUBLISHED-TEXT",
        "discourse",
        summary="A paragraph that announces a document printed after it ('X issued the following (press) "
        "statement') makes every later paragraph X's words: a sentence there that reports no other act is X's "
        "assertion, and 'we' is X. The whole document is one occasion.",
        reads="a paragraph (not the last): subject + ... the / a following + (modifier) report noun; later paragraphs",
        example="The Foreign Ministry of Peru issued the following statement on Monday.\nChile has accused Peru "
        "of moving troops to the border.\nThese claims are false. Our troops have never left their bases.",
        expected="rebuttal PER answers CHL\nstatement CHL -> PER [accuse]",
        near_miss="The Foreign Ministry of Peru spoke on Monday.\nChile has accused Peru of moving troops to the "
        "border.\nThese claims are false. Our troops have never left their bases.",
        near_expected="statement CHL -> PER [accuse]",
    ),
    _c(
        "RELEASE-VOICE",
        "discourse",
        summary="A text in an institution's own voice, as a press release is written: its first paragraph opens "
        "with a verb of speech in the present ('The Foreign Ministry of X rejects ...') or the present perfect ('has "
        "noted', 'has taken note of the communique ...') and no sentence attributes "
        "words in the past ('said', 'told'). Its later paragraphs are the institution's words, as PUBLISHED-TEXT "
        "reads a printed statement.",
        reads="first paragraph: subject + present verb of speech within its first words; no past 'said' / "
        "'told' (grammar.json attribution_lemmas) anywhere",
        example="Lima, 3 May. The Foreign Ministry of Peru rejects the claims made by Chile's defence minister "
        "about Peruvian patrols.\nPeruvian vessels have never entered Chilean waters. These claims are false.\n"
        "The Ministry calls on Chile to return to dialogue.",
        expected="rebuttal PER answers CHL\nstatement CHL -> PER [assert]\nstatement PER -> CHL [demand]",
        near_miss="Peru rejects the claims made by Chile's defence minister about Peruvian patrols.\nPeruvian "
        "vessels have never entered Chilean waters, an official said. These claims are false.\nThe ministry "
        "called on Chile to return to dialogue.",
        near_expected="rebuttal PER answers CHL\nstatement CHL -> PER [assert]\nstatement PER -> CHL [demand]",
    ),
    _c(
        "HEADED-RELEASE",
        "discourse",
        summary="A transcript that opens (after a dateline, if any) with a heading naming its author ('Comment by "
        "the foreign ministry spokesperson of X, regarding ...', 'Statement by ...', 'Answer of "
        "...'; grammar.json `release_headings`) has that author answer its questions, before any actor the "
        "heading names after it ('a statement issued by Y' is what is answered). A heading that says what "
        "happened ('X answered questions') names no author.",
        reads="first or second sentence, ending its paragraph: comment / statement / answer ... + by / of + actor; "
        "then 'Question:' / 'Answer:' paragraphs",
        example="Tallinn, 3 May. Comment by the foreign ministry spokesperson of Estonia regarding "
        "a statement issued by the Russian foreign ministry.\nQuestion: What is your view of the statement?\n"
        "Answer: The statement is false.",
        expected="rebuttal EST answers RUS\nstatement RUS -> - [assert]",
        near_miss="Tallinn, 3 May. The foreign ministry spokesperson of Estonia answered questions "
        "about a statement issued by the Russian foreign ministry.\nQuestion: What is your view of the statement?\n"
        "Answer: The statement is false.",
        near_expected="rebuttal RUS answers -",
    ),
    _c(
        "TURN-CONTINUES",
        "discourse",
        summary="In a transcript, a paragraph with no label goes on with the turn before it, up to the next label: "
        "an answer's later paragraphs are its speaker's words and the same occasion. In an answer, a sentence "
        "that only names a document ('The Group of Seven's text is riddled with lies') is still the answerer's "
        "words. Each labelled answer is its own occasion: no rebuttal of an earlier answer goes on into it.",
        reads="transcript paragraphs: label, then unlabelled paragraphs until the next label",
        example="Briefing by Spokesperson Ana Rojas, Santiago.\nQ: Peru says Chilean drones crossed the border. "
        "What is your response?\nA: These claims are false.\nWe urge Lima to stop spreading such stories.",
        expected="rebuttal CHL answers PER\nstatement CHL -> PER [demand]\nstatement PER -> CHL [assert]",
    ),
    _c(
        "QUESTION-INVERSION",
        "sentence",
        summary="A sentence ending in a question mark whose subject stands right after an auxiliary asks about an "
        "act ('How does China respond?', 'Is Japan concerned?', 'Will Russia retaliate?'): no act is reported. A "
        "question word with a past or perfect auxiliary takes the act as done ('Why did X reject ...?', 'What "
        "has X said?'; grammar.json `done_question_auxiliaries`) and reads it.",
        reads="(question word) + auxiliary + subject + verb ... ?",
        example="Japan accused China of locking radar on a patrol plane. How does China respond?",
        expected="statement JPN -> CHN [accuse]",
        near_miss="Why did China reject the protest?",
        near_expected="rebuttal CHN answers -",
    ),
    _c(
        "TRANSCRIPT-TURN",
        "discourse",
        summary="In a briefing transcript, an answer's sentences that report no other act are its speaker's "
        "assertions, and 'we' there is the speaker; the speaker is the person the label names, or the actor "
        "the question asked about; question labels ('Q:', 'Reporter:', an outlet) speak for nobody, and what a "
        "question reports is read from after its label. Each answer is its own statement. A person a question "
        "names ('A coast guard spokesman, Name, called it ...') never gives the briefing: 'Spokesperson:' is "
        "only a person the introduction named, else the capital it places the briefing in. A label in capitals "
        "after an honorific ('MR. CALLAN:') is the person the introduction named ('Thomas Callan'). With no "
        "other tie, the actor a later question asks to respond ('What is Peru's comment?') answers them all; "
        "last, a person's label ('Mwangi:') whose actor nothing gave speaks for the state the introduction places "
        "the briefing in ('... held its weekly briefing in Nairobi with Spokesperson Jane Mwangi'), never a "
        "label that names an actor itself ('India:' heading a roundup). A label may carry its outlet or occasion "
        "in brackets ('Q (Reuters):', 'Spokesperson (opening remarks):').",
        reads="paragraphs opening with 'Label:' (two or more); 'Name:' of a person the text introduced, "
        "'Spokesperson:' / 'Official Spokesperson:' / 'A:' of the last answerer, or of the briefing the "
        "introduction names ('the briefing by the spokesperson of X'), or of the capital it is given in "
        "('Spokesperson Name, Lima, Tuesday')",
        example="Foreign ministry spokesman Tomas Ruiz of Chile held a briefing on Monday.\nQ: Bolivia says "
        "Chilean troops crossed the border. What is Chile's response?\nTomas Ruiz: The claim is false. Our troops "
        "stayed on our side.",
        expected="rebuttal CHL answers BOL\nstatement BOL -> CHL [assert]",
        near_miss="Foreign ministry spokesman Tomas Ruiz of Chile held a briefing on Monday.\nQ: Bolivia says "
        "Chilean troops crossed the border. What is Chile's response?\nReuters: Is there any news on the talks?",
        near_expected="statement BOL -> CHL [assert]",
    ),
    _c(
        "JUDGED-CLAIMS",
        "discourse",
        summary="Words that call an actor's claims false ('X keeps repeating baseless claims') rebut that actor, "
        "even before the text reports the claims themselves; 'the claim' or 'these claims' is the author's of the "
        "latest of the last six statements aimed at the speaker (the accuser, though another spoke since), else "
        "the last other speaker's, and the judgment may follow the claim's that-clause ('the claim that the boat "
        "was poaching is false': CLAIM-THAT-IS-FALSE). What an actor puts forward as evidence or a count (frames.json "
        "`evidence_nouns`: 'UNICEF's numbers were inflated', 'the photos had been doctored') is judged the same "
        "way (JUDGED-EVIDENCE); 'the figures were rising' judges nothing.",
        reads="X said + actor (subject or possessor) + ... + falsity judgment next to a claim or evidence noun, or "
        "claim noun + that-clause + be + falsity judgment",
        example='"Caracas keeps repeating baseless claims about the border," Guyana\'s foreign minister said.',
        expected="rebuttal GUY answers VEN\nstatement VEN -> - [assert]",
        near_miss='"Caracas has baseless fears about the border," Guyana\'s foreign minister said.',
        near_expected="statement GUY -> VEN [assert]",
    ),
    _c(
        "RESUMED-REBUTTAL",
        "discourse",
        summary="A rebutter answering one party, then accused by another, answers the new accuser next.",
        reads="rebuttal by X; another actor's statement aimed at X; a later rebuttal by X naming nobody",
        example="Oxfam accused Chad's army of blocking aid. The army rejected the report. The RSF accused the "
        "army of shelling El Geneina. The army called the claim invented.",
        expected="rebuttal TCD answers oxfam\nrebuttal TCD answers rapid-support-forces\n"
        "statement oxfam -> TCD [accuse]\nstatement rapid-support-forces -> TCD [accuse]",
    ),
)

CATALOGUE: tuple[Construction, ...] = (*_VERB, *_SENTENCE, *_PHRASE, *_DISCOURSE)
"""Every construction, verb-anchored ones first in the order they are tried."""

SentenceFinder = Callable[["Sentence", "Discourse"], list[Reading]]

SENTENCE_CONSTRUCTIONS: tuple[SentenceFinder, ...] = (
    nominal.according_to,
    nominal.issued_by,
    nominal.nominal_rebuttal,
)
"""The sentence-level finders, run after the verb-anchored constructions."""

_BY_CLASS: dict[str, tuple[Construction, ...]] = {}


def by_class(verb_class: str) -> tuple[Construction, ...]:
    """The constructions anchored on a verb class, in catalogue order."""
    found = _BY_CLASS.get(verb_class)
    if found is None:
        found = _BY_CLASS[verb_class] = tuple(c for c in _VERB if verb_class in c.anchors)
    return found


def outline(article: Article) -> list[str]:
    """An article's statements and rebuttals as the catalogue writes them, one line each, sorted.

    Statements as `statement SPEAKER -> TARGETS [ACTS]`, rebuttals as `rebuttal SPEAKER answers
    SPEAKER`, with actor ids: what an example's `expected` holds.
    """
    lines = [
        f"statement {s.speaker} -> {', '.join(s.targets) or '-'} [{', '.join(a.value for a in s.acts)}]"
        for s in article.statements
    ]
    speaker_of = {s.id: s.speaker for s in article.statements}
    lines.extend(
        f"rebuttal {rebuttal.speaker} answers {speaker_of.get(answered, '-')}"
        for rebuttal in article.rebuttals
        for answered in rebuttal.rebuts or ("-",)
    )
    return sorted(lines)
