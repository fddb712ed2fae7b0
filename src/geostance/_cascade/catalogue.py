"""The catalogue: every construction the relation layer reads, in the order it tries them.

Each entry names a construction, says what it reads, gives an example sentence of our
own and the output the parser must give for it (as lines of `statement SPEAKER ->
TARGETS [ACTS]` and `rebuttal SPEAKER answers SPEAKER`), and a near miss where that
applies. `tests/test_constructions.py` parses every example and near miss;
`tools/catalogue_page.py` writes `docs/constructions.md` from this list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from geostance._cascade import directed, nominal, rebut, speech
from geostance._cascade.reading import Construction, Reading

if TYPE_CHECKING:
    from geostance._cascade.sentence import Sentence
    from geostance._cascade.speakers import Discourse

__all__ = ["CATALOGUE", "SENTENCE_CONSTRUCTIONS", "by_class"]


def _c(
    name: str,
    anchors: str,
    find: Callable[..., Reading | None],
    *,
    summary: str,
    reads: str,
    example: str,
    expected: str,
    near_miss: str = "",
) -> Construction:
    return Construction(
        name=name,
        summary=summary,
        reads=reads,
        example=example,
        expected=expected,
        anchors=frozenset(anchors.split()),
        find=find,
        near_miss=near_miss,
    )


CATALOGUE: tuple[Construction, ...] = (
    _c(
        "DENY",
        "deny",
        rebut.deny,
        summary="A denial: the subject denies a report, an accusation or a fact.",
        reads="subject + deny-class verb (deny, disavow) + object or clause",
        example="Hanoi has accused Beijing of ramming a fishing boat. Beijing denied the accusation on Tuesday.",
        expected="statement VNM -> CHN [accuse]\nrebuttal CHN answers VNM",
    ),
    _c(
        "CALL-X-Y",
        "reject judge describe",
        rebut.call_x_y,
        summary="Judging something false or wrong: of a statement it rebuts its author; of an action it accuses.",
        reads="subject + verb + object + (as) judgment word or quotation, or verb + as + judgment + object",
        example=(
            "Serbia accused Kosovo of provoking unrest. "
            "Kosovo's foreign minister called Belgrade's accusations baseless."
        ),
        expected="statement SRB -> XKX [accuse]\nrebuttal XKX answers SRB",
        near_miss="The mayor called the meeting on Monday.",
    ),
    _c(
        "CRITICIZE-FOR-CLAIMING",
        "judge reject",
        rebut.criticize_for_claiming,
        summary="Criticising an actor for what it claims: the critic rebuts that actor.",
        reads="subject + judge verb + object + for/over + claiming/saying + clause",
        example="Armenia criticised Azerbaijan for claiming that its troops had fired first.",
        expected="rebuttal ARM answers AZE",
    ),
    _c(
        "JUDGE-STATEMENT",
        "judge",
        rebut.judge_statement,
        summary="Condemning what another actor said: a rejection of that statement.",
        reads="subject + judge verb + report noun phrase (its possessor or author is answered)",
        example="The European Union urged Georgia to drop the law. Georgia denounced the EU's statement.",
        expected="statement EU -> GEO [demand]\nrebuttal GEO answers EU",
    ),
    _c(
        "REJECT-CLAIM",
        "reject",
        rebut.reject,
        summary="A rejection of a claim, report or demand; its possessor or author is the one answered.",
        reads="subject + reject-class verb (reject, dismiss, refute, rebuff, dispute, hit back at) + object",
        example="Kenya rejected Somalia's claims about the border.",
        expected="rebuttal KEN answers SOM",
    ),
    _c(
        "PASSIVE-BY",
        "judge request warn support say",
        directed.passive_by,
        summary="A passive directed act with its agent: the agent acts, the subject is the target.",
        reads="subject + be + participle of a directed verb + by + agent",
        example="Rwanda was accused by Congo of backing the rebels.",
        expected="statement COD -> RWA [accuse]",
        near_miss="Rwanda was accused of backing the rebels.",
    ),
    _c(
        "ACCUSE-X-OF",
        "judge",
        directed.accuse,
        summary="An accusation, condemnation or criticism of an actor (or of the actor behind a thing).",
        reads="subject + judge verb (accuse, blame, condemn, criticise, slam) + object + of/for + charge",
        example="Japan accused China of sending ships into waters near Taiwan.",
        expected="statement JPN -> CHN [accuse]",
    ),
    _c(
        "REQUEST",
        "request",
        directed.request,
        summary="A demand or appeal: the one asked is the target.",
        reads="subject + request verb (urge, call on, ask, demand, press) + object + to ...",
        example="Egypt urged Ethiopia to halt the filling of the dam.",
        expected="statement EGY -> ETH [demand]",
    ),
    _c(
        "WARN",
        "warn",
        directed.warn,
        summary="A warning or threat: the one warned, or the actor it is about, is the target.",
        reads="subject + warn verb (warn, threaten, caution) + object / of-about-against phrase / clause",
        example="Pakistan warned the TTP that attacks would be met with force.",
        expected="statement PAK -> ttp [warn]",
    ),
    _c(
        "SUPPORT",
        "support",
        directed.support,
        summary="Support, welcome or praise for an actor.",
        reads="subject + support verb (support, welcome, back, praise) + object",
        example="Brazil welcomed Colombia's ceasefire with the ELN.",
        expected="statement BRA -> COL [support]",
    ),
    _c(
        "CONCERN",
        "concern express",
        speech.concern,
        summary="An expression of concern, alarm or worry, and what it is about.",
        reads="subject + express + concern noun + about/over phrase; subject + be + concerned",
        example="Norway expressed concern about Russian submarines near its coast.",
        expected="statement NOR -> - [concern]",
    ),
    _c(
        "RESPOND",
        "respond",
        rebut.respond,
        summary="An answer to another actor: the responder rebuts what it answers.",
        reads="subject + respond-class verb (respond, reply, hit back) + to-phrase + content",
        example="Chile accused Bolivia of blocking the talks. Bolivia responded that it had proposed three meetings.",
        expected="statement CHL -> BOL [accuse]\nrebuttal BOL answers CHL",
    ),
    _c(
        "COUNTER-CLAIM",
        "reason",
        speech.counter_claim,
        summary="A claim of reasoning (claims, insists, argues): a counter-claim when the speaker is answering.",
        reads="subject + reason verb (claim, insist, argue, maintain) + clause",
        example="Moldova accused Russia of meddling. Moscow insists it respects Moldova's sovereignty.",
        expected="statement MDA -> RUS [accuse]\nrebuttal RUS answers MDA",
    ),
    _c(
        "TELL-THAT",
        "say",
        speech.tell_that,
        summary="Telling a hearer something: the hearer is no target, the content follows.",
        reads="subject + tell + hearer + (that) clause",
        example="Turkey's defence minister told reporters that the drills would continue.",
        expected="statement TUR -> - [assert]",
    ),
    _c(
        "SAY-INVERTED",
        "say",
        speech.say_inverted,
        summary="An attribution after the quotation with the verb first: the subject follows the verb.",
        reads="quotation or clause + comma + say verb + subject",
        example='"We will not accept any foreign bases on our soil," said the Malian foreign ministry.',
        expected="statement MLI -> - [assert]",
    ),
    _c(
        "ISSUE-DOCUMENT",
        "issue",
        speech.issue_document,
        summary="Issuing a document: the issuer's statement, remembered as theirs for later references.",
        reads="subject + issue verb (issue, release, publish, adopt) + report noun (statement, communique)",
        example=(
            "Lithuania, Latvia and Estonia issued a joint statement accusing Russia of jamming GPS signals. "
            "The statement said the interference endangered civil aviation."
        ),
        expected="statement LTU -> RUS [accuse, assert]\nstatement LVA -> RUS [accuse, assert]\nstatement EST -> RUS [accuse, assert]",
    ),
    _c(
        "SAY",
        "say",
        speech.say,
        summary="Plain reported speech: a subject, a verb of speech and what was said.",
        reads="subject + say verb (say, state, add, stress, announce) + content after it, or content before it",
        example="Ghana's president said the summit would be held in Accra.",
        expected="statement GHA -> - [assert]",
    ),
)
"""The verb-anchored constructions, in the order they are tried."""

SentenceFinder = Callable[["Sentence", "Discourse"], list[Reading]]

SENTENCE_CONSTRUCTIONS: tuple[SentenceFinder, ...] = (
    nominal.according_to,
    nominal.issued_by,
    nominal.nominal_rebuttal,
)
"""Constructions read from the whole sentence, after the verb-anchored ones."""

_BY_CLASS: dict[str, tuple[Construction, ...]] = {}


def by_class(verb_class: str) -> tuple[Construction, ...]:
    """The constructions anchored on a verb class, in catalogue order."""
    found = _BY_CLASS.get(verb_class)
    if found is None:
        found = _BY_CLASS[verb_class] = tuple(c for c in CATALOGUE if verb_class in c.anchors)
    return found
