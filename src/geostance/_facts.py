"""Stage 3, facts the text states about organizations: members, founding year, kind.

`Organization.members` holds only what the article itself says; what the
gazetteer knows stays in the gazetteer. Rules:

- membership: a sentence with a membership word ("members", "membership
  comprises", "comprising", "namely", "includes", "brings together") lists two or
  more states after it; so does a list in apposition right after the organization
  ("the E3 countries –– France, Britain, and Germany ––"); the
  organization is the one named in the sentence, else the last one named before
  it in the paragraph. "CSTO member Tajikistan" states one membership;
- founding: "Formed/Founded/Established/Created/Set up in 2002" in a sentence
  naming one organization;
- kind: an apposition or copula after the organization's name ("the CSTO, a
  military alliance of ...", "the CSTO is an intergovernmental military
  alliance"); the longest stated kind wins.
"""

from __future__ import annotations

import re

from geostance._document import LIST_GAP, ActorHit, Document, Fact
from geostance._lexicon import IgnoreCase

__all__ = ["find_facts"]

_MEMBERSHIP = re.compile(
    r"\b(?:members?|membership|comprises|comprising|consists\s+of|consisting\s+of|made\s+up\s+of|namely|member\s+states|"
    r"includes|brings\s+together)\b",
    re.IGNORECASE,
)
_FOUNDED = re.compile(
    r"\b(?:formed|founded|established|created|set\s+up|launched|inaugurated)\s+in\s+(?P<year>1[89]\d\d|20\d\d)\b",
    re.IGNORECASE,
)
_KIND = re.compile(
    r"\s*(?:\([^()]{1,12}\))?\s*(?:,\s*|\s+is\s+|\s+was\s+)(?:a|an)\s+"
    r"(?P<kind>(?:[\w-]+\s+){0,3}?(?:alliance|organi[sz]ation|bloc|union|body|grouping|forum|association|coalition|"
    r"agency|council|group|partnership|pact|community))\b",
    re.IGNORECASE,
)
_MEMBERSHIP_SCAN = IgnoreCase.of(_MEMBERSHIP, prefilter=True)  # every sentence is scanned: the faster twin
_FOUNDED_SCAN = IgnoreCase.of(_FOUNDED, prefilter=True)
_SINGLE_MEMBER = re.compile(r"\s+(?:member|member\s+state|member\s+country|ally)\s+$", re.IGNORECASE)


def _org_hits(doc: Document, hits: list[ActorHit]) -> list[str]:
    return [h.actor for h in hits if (r := doc.record(h.actor)) and r.type == "organization"]


_APPOSED_LIST = re.compile(r"(?:\s+(?:countries|members|states|nations|powers))?\s*(?:[–—]+|--|:|\()\s*")


def _listed_members(doc: Document, hits: list[ActorHit], at: int) -> list[str]:
    """The states listed in apposition right after the organization `hits[at]` (two or more), else none."""
    text = doc.text
    opening = _APPOSED_LIST.match(text, hits[at].end)
    if opening is None:
        return []
    states: list[str] = []
    end = opening.end()
    for hit in hits[at + 1 :]:
        record = doc.record(hit.actor)
        gap_ok = hit.start == end if not states else bool(LIST_GAP.fullmatch(text, end, hit.start))
        if not gap_ok or record is None or record.type != "state" or hit.via != "name":
            break
        states.append(hit.actor)
        end = hit.end
    return list(dict.fromkeys(states)) if len(set(states)) >= 2 else []


def find_facts(doc: Document) -> None:
    """Fill `doc.facts` with the memberships, founding years and kinds the text states."""
    text = doc.text
    last_org: str | None = None
    last_paragraph = -1
    for sentence in doc.sentences:
        if sentence.paragraph != last_paragraph and sentence.paragraph > last_paragraph + 1:
            last_org = None
        last_paragraph = sentence.paragraph
        hits = doc.hits_in(sentence.start, sentence.end)
        orgs = _org_hits(doc, hits)
        target = orgs[0] if orgs else last_org
        span = (sentence.start, sentence.end)
        keyword = _MEMBERSHIP_SCAN.search(text, sentence.start, sentence.end) if target else None  # only used then
        if keyword and target:
            states = [
                h.actor
                for h in hits
                if h.start >= keyword.end() and (r := doc.record(h.actor)) and r.type == "state" and h.via == "name"
            ]
            if len(set(states)) >= 2 and not doc.in_quote(keyword.start()):
                fact = doc.facts.setdefault(target, Fact())
                fact.members += [s for s in dict.fromkeys(states) if s not in fact.members]
                fact.evidence.append(span)
        for i, hit in enumerate(hits):
            record = doc.record(hit.actor)
            if record is None:
                continue
            if record.type == "organization":
                listed = _listed_members(doc, hits, i)
                if listed:  # "the E3 countries –– France, Britain, and Germany ––"
                    fact = doc.facts.setdefault(hit.actor, Fact())
                    fact.members += [s for s in listed if s not in fact.members]
                    fact.evidence.append(span)
                kind = _KIND.match(text, hit.end, sentence.end)
                if kind:
                    fact = doc.facts.setdefault(hit.actor, Fact())
                    stated = " ".join(kind.group("kind").split())
                    if fact.kind is None or len(stated) > len(fact.kind):
                        fact.kind = stated
                        fact.evidence.append(span)
            elif record.type == "state" and i > 0:
                before = hits[i - 1]
                gap = text[before.end : hit.start]
                before_record = doc.record(before.actor)
                if before_record and before_record.type == "organization" and _SINGLE_MEMBER.match(gap + " "):
                    fact = doc.facts.setdefault(before.actor, Fact())
                    if hit.actor not in fact.members:
                        fact.members.append(hit.actor)
                        fact.evidence.append(span)
        founded = _FOUNDED_SCAN.search(text, sentence.start, sentence.end) if len(set(orgs)) == 1 else None
        if founded:
            fact = doc.facts.setdefault(orgs[0], Fact())
            fact.founded = int(founded.group("year"))
            fact.evidence.append(span)
        if orgs:
            last_org = orgs[-1]
