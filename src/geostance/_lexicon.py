"""The cue lexicons of `data/lexicon.json`, compiled once into regular expressions.

Each pattern family becomes one alternation with a named group per category,
so a sentence is scanned once per family, whatever the number of cues.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import Any

import attrs

from geostance.model import Act, ClaimKind, Topic

__all__ = ["Lexicon", "lexicon"]


def _alternation(named: dict[str, list[str]]) -> re.Pattern[str]:
    parts = [f"(?P<{name}>{'|'.join(f'(?:{p})' for p in patterns)})" for name, patterns in named.items()]
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w])", re.IGNORECASE)


def _words(items: list[str]) -> re.Pattern[str]:
    ordered = sorted(items, key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w])", re.IGNORECASE)


@attrs.frozen
class Lexicon:
    """Compiled cue patterns; see `data/lexicon.json` for the words themselves."""

    cues: re.Pattern[str]
    """All verb cues in one pass: groups `rebut`, `counter`, then one per [`Act`][geostance.Act] value."""
    acts: re.Pattern[str]
    """Statement cues; the group name is the [`Act`][geostance.Act] value."""
    rebuttal_verbs: re.Pattern[str]
    """Verbs that always rebut (denied, rejected, dismissed, ...)."""
    counter_verbs: re.Pattern[str]
    """Verbs that rebut in a rebuttal context (claims, asserts, insists, argues)."""
    rebuttal_phrases: re.Pattern[str]
    """Words that mark reported speech as a rebuttal (baseless, not true, internal affairs)."""
    claim_kinds: tuple[tuple[ClaimKind, re.Pattern[str]], ...]
    """Claim kind cues, in order of precedence."""
    role_nouns: re.Pattern[str]
    """Nouns naming someone who speaks for an actor (spokesman, foreign ministry, officials)."""
    anaphors: re.Pattern[str]
    """Pronouns and definite descriptions that refer back to the last speaker."""
    object_nouns: re.Pattern[str]
    """Nouns for what a rebuttal answers (report, claims, accusations); group name is the act."""
    topics: re.Pattern[str]
    """Topic cues; the group name is the [`Topic`][geostance.Topic] value."""
    time: re.Pattern[str]
    """Time expressions ("on Thursday", "in recent years")."""
    new_occasion: re.Pattern[str]
    """Openers that start a new occasion for the same speaker."""
    events: re.Pattern[str]
    """Gatherings ("the CSTO summit", "a meeting")."""
    channels: re.Pattern[str]
    """Channels of a statement ("a joint statement", "a press conference", "on X")."""
    media: re.Pattern[str]
    """News agencies and outlets (reported_by; never actors)."""


@functools.cache
def lexicon() -> Lexicon:
    """The shipped lexicon, compiled on first use."""
    data: dict[str, Any] = json.loads((resources.files("geostance") / "data" / "lexicon.json").read_text("utf-8"))
    acts = {act.value: data["acts"][act.value] for act in Act}
    kinds = tuple(
        (ClaimKind(name), re.compile(r"(?<![\w-])(?:" + "|".join(p) + ")", re.IGNORECASE))
        for name, p in data["claim_kinds"].items()
    )
    topics = {topic.value: data["topics"][topic.value] for topic in Topic}
    media_body = "|".join(re.escape(m) for m in sorted(data["media"], key=len, reverse=True))
    return Lexicon(
        cues=_alternation({"rebut": data["rebuttal_verbs"], "counter": data["counter_claim_verbs"], **acts}),
        acts=_alternation(acts),
        rebuttal_verbs=_alternation({"rebut": data["rebuttal_verbs"]}),
        counter_verbs=_alternation({"counter": data["counter_claim_verbs"]}),
        rebuttal_phrases=_alternation({"phrase": data["rebuttal_phrases"]}),
        claim_kinds=kinds,
        role_nouns=_words(data["role_nouns"]),
        anaphors=_words(data["anaphors"]),
        object_nouns=_alternation(data["reported_object_nouns"]),
        topics=_alternation(topics),
        time=re.compile(r"(?<![\w-])(?:" + "|".join(data["time_expressions"]) + r")(?![\w])", re.IGNORECASE),
        new_occasion=re.compile(r"\W*(?:" + "|".join(data["new_occasion_markers"]) + r")(?![\w])", re.IGNORECASE),
        events=re.compile(r"(?<![\w-])(?:" + "|".join(data["events"]) + r")(?![\w])"),
        channels=re.compile(r"(?<![\w-])(?:" + "|".join(data["channels"]) + r")(?![\w])"),
        media=re.compile(rf"(?<![\w-])(?:{media_body})(?![\w])"),
    )
