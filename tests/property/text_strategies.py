"""Adversarial text strategies: news-like prose built from the parser's own vocabulary, plus dirt.

The parser is driven by a gazetteer (actor, capital, adjective and person names)
and a cue lexicon (reporting verbs, role nouns, quote marks, dashes, "(ACR)"
definitions, datelines). Random unicode rarely hits those rules, so these
strategies assemble text from the same pieces the rules look for and mix in what
dirty news archives contain: HTML remnants, control characters, right-to-left
script, emoji, combining marks, odd whitespace and lone surrogates.

- [`tokens`][] draws one piece (a name, a verb, a quote mark, some dirt, ...);
- [`sentences`][] draws a clause shaped like wire copy ("The CSTO urged the Taliban ...");
- [`wire_copy`][] joins clean clauses into paragraphs;
- [`news_texts`][] joins sentences, tokens and datelines into paragraphs;
- [`adversarial_texts`][] is the one to use: news-like text, plain `st.text()`, or both.
"""

from __future__ import annotations

import functools

from hypothesis import strategies as st

from geostance.gazetteer import Gazetteer

__all__ = [
    "DIRT",
    "PUNCTUATION",
    "REPORTING_VERBS",
    "adversarial_texts",
    "names",
    "news_texts",
    "sentences",
    "tokens",
    "wire_copy",
]

REPORTING_VERBS = (
    "said",
    "says",
    "told reporters",
    "added",
    "denied",
    "rejected",
    "dismissed",
    "called on",
    "urged",
    "claims",
    "claimed",
    "insisted",
    "asserts",
    "accused",
    "condemned",
    "warned",
    "expressed concern about",
    "expressed its deep concern over",
    "is concerned about",
    "welcomed",
    "hit back at",
    "denounced the joint statement by",
    "rejected the report by",
    "has once again expressed",
    "read",
)
"""Reporting, stance and rebuttal cues from the lexicon, in the forms wire copy uses."""

_PRONOUNS = ("they", "They", "it", "It", "he", "she", "He", "She", "the ministry", "The spokesman", "officials")
_ROLES = (
    "spokesman",
    "spokesperson",
    "foreign minister",
    "foreign ministry",
    "deputy foreign minister",
    "officials",
    "authorities",
    "President",
    "Secretary-General",
    "ambassador",
)
_OBJECTS = (
    "the claims",
    "the accusations",
    "the report",
    "its demands",
    "the presence of terrorist groups",
    "baseless allegations",
    "interference in internal affairs",
    "terrorism and drug trafficking",
    "the border",
    "a serious threat",
    "that it poses no threat to any neighbour",
)
_ADVERBIALS = (
    "According to the report,",
    "In a joint statement on Thursday,",
    "However,",
    "Meanwhile,",
    "As reported by TASS,",
    "Earlier,",
    "Speaking at the summit in Astana, Kazakhstan,",
    "Formed in 2002,",
    "In response,",
)
_FACTS = (
    "is a military alliance of",
    ", a military alliance of six countries,",
    "members are",
    "comprising",
    "member",
    "founded in 1996",
    "was established in 2001",
)
_DEFINITIONS = (
    "Collective Security Treaty Organization (CSTO)",
    "Shanghai Cooperation Organisation (SCO)",
    "Eastern Liberation Front (ELF)",
    "Council of Free Nations (CFN)",
    "Some Other Thing (X)",
    "The Ministry of Interior (MOI)",
    "Grand Dam Project (GDP)",
    "Zeta Union (ZU)",
    "(ACR)",
    "(",
    ")",
    "()",
    "((",
    "))",
)
_DATELINES = (
    "KABUL, AFGHANISTAN – ",
    "MOSCOW (Reuters) - ",
    "NEW DELHI, Nov. 14 -- ",
    "Moscow, January 11. /TASS/. ",
    "ISLAMABAD: ",
    "BEIJING — ",
    "Kabul – ",
    "A – ",
    "KABUL",
    "KABUL, ",
)

PUNCTUATION = (
    "“",
    "”",
    '"',
    "‘",
    "’",
    "'",
    "«",
    "»",
    "„",
    "–",
    "—",
    "-",
    "--",
    "(",
    ")",
    "[",
    "]",
    ".",
    ". ",
    "...",
    "!",
    "?",
    "?!",
    ",",
    ", ",
    ";",
    ":",
    "/",
    "'s",
    "’s",
    "s’",
    "U.S.",
    "U.N.",
    "Mr.",
    "Gen.",
    "A.",
    "e.g.",
)
"""Quote marks, dashes, brackets, sentence punctuation and the abbreviations the segmenter special-cases."""

DIRT = (
    "<p>",
    "</p>",
    "<br/>",
    "<br>",
    '<a href="x">',
    "</a>",
    "&amp;",
    "&nbsp;",
    "&quot;",
    "&#8220;",
    "<!-- -->",
    "\x00",
    "\x07",
    "\x0b",
    "\x0c",
    "\x1b[0m",
    "\x1c",
    "\x1f",
    "\x7f",
    "\x85",
    "\r",
    "\r\n",
    "\t",
    "\u00a0",
    "\u2009",
    "\u200b",
    "\u200d",
    "\u200e",
    "\u200f",
    "\u202e",
    "\u2028",
    "\u2029",
    "\u3000",
    "\ufeff",
    "\ufffd",
    "Ã©",
    "â€œ",
    "â€™",
    "طالبان",
    "قال المتحدث",
    "שלום",
    "ختم",
    "Кабул",
    "Москва заявила",
    "北京",
    "😀",
    "🇦🇫",
    "👨\u200d👩\u200d👧",
    "e\u0301",
    "\u0301",
    "A\u0308\u0308\u0308",
    "ǅ",
    "ß",
    "İ",
    "ﬁ",
    "Ⅻ",
    "١٢٣",
    "𝐓𝐚𝐥𝐢𝐛𝐚𝐧",
    "\ud800",
    "\udfff",
)
"""What dirty archives hold: HTML remnants, mojibake, control characters, RTL script, emoji, combining marks."""


@functools.cache
def _gazetteer_names() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(actor names with capitals and adjectives, people's names) from the shipped gazetteer, sorted."""
    gazetteer = Gazetteer.default()
    actors: set[str] = set()
    for record in gazetteer:
        actors.update(record.names)
        actors.update(record.capitals)
        actors.update(record.adjectives)
    records = getattr(gazetteer, "_people", {}).values()  # no public iterator over people yet
    people = {p.name for p in records} | {a for p in records for a in p.aliases}
    people |= {"Zabihullah Mujahid", "Vladimir Putin", "Lavrov", "Andrey Rudenko"}
    return tuple(sorted(actors)), tuple(sorted(people))


def _variant(name: str) -> st.SearchStrategy[str]:
    """The name as written, upper-cased, lower-cased, with a possessive, or with its last character cut."""
    return st.sampled_from((name, name, name.upper(), name.lower(), f"{name}'s", f"the {name}", name[:-1] or name))


def names() -> st.SearchStrategy[str]:
    """An actor, capital, adjective or person's name from the shipped gazetteer, sometimes mangled."""
    actors, people = _gazetteer_names()
    common = ("Taliban", "CSTO", "Russia", "Moscow", "Kabul", "Pakistan", "UN Security Council", "Iran", "E3", "US")
    return st.one_of(st.sampled_from(common), st.sampled_from(actors), st.sampled_from(people)).flatmap(_variant)


def _subject() -> st.SearchStrategy[str]:
    role = st.sampled_from(_ROLES)
    return st.one_of(
        names(),
        st.tuples(names(), role).map(" ".join),
        st.tuples(names(), role, names()).map(" ".join),
        st.tuples(names(), role).map(lambda p: f"{p[0]}, {p[1]}"),
        st.sampled_from(_PRONOUNS),
    )


def _quotation() -> st.SearchStrategy[str]:
    marks = st.sampled_from((("“", "”"), ('"', '"'), ("«", "»"), ("„", "“"), ("‘", "’"), ("“", ""), ("", "”")))
    words = st.lists(st.one_of(st.sampled_from(_OBJECTS), names(), st.sampled_from(REPORTING_VERBS)), max_size=4)
    return st.tuples(marks, words, st.sampled_from(("", ".", ",", "?"))).map(
        lambda t: f"{t[0][0]}{' '.join(t[1])}{t[2]}{t[0][1]}"
    )


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """A clause shaped like wire copy: [adverbial] subject verb [object] [quotation] [end mark]."""
    parts: list[str] = []
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(_ADVERBIALS)))
    quote_first = draw(st.booleans())
    if quote_first:
        parts.append(draw(_quotation()) + draw(st.sampled_from((",", "", " –"))))
    parts.append(draw(_subject()))
    for _ in range(draw(st.integers(1, 3))):
        parts.append(draw(st.sampled_from(REPORTING_VERBS)))
        parts.append(draw(st.one_of(st.sampled_from(_OBJECTS), names(), st.sampled_from(_FACTS), st.just(""))))
        if draw(st.booleans()):
            parts.append(draw(st.sampled_from(("and", ",", "and that", "while", "but", ", saying that"))))
    if not quote_first and draw(st.booleans()):
        parts.append(draw(st.sampled_from((":", ",", "that", ""))) + " " + draw(_quotation()))
    end = draw(st.sampled_from((".", ".", ".", "", "!", "?", ".”", '."', " ...", ";")))
    return " ".join(p for p in parts if p) + end


def tokens() -> st.SearchStrategy[str]:
    """One piece of text: a name, a cue, a quote mark or dash, a definition, some dirt, or random characters."""
    return st.one_of(
        names(),
        st.sampled_from(REPORTING_VERBS),
        st.sampled_from(_PRONOUNS + _ROLES),
        st.sampled_from(PUNCTUATION),
        st.sampled_from(_DEFINITIONS),
        st.sampled_from(_FACTS + _OBJECTS + _ADVERBIALS),
        st.sampled_from(DIRT),
        st.text(max_size=4),
    )


def _repeat(piece: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """A piece repeated a few times: long runs of one quote mark, name or parenthesis."""
    return st.tuples(piece, st.integers(2, 40)).map(lambda t: t[0] * t[1])


_SEPARATORS = st.sampled_from((" ", " ", " ", "", "\n", "\n\n", ". ", ", ", " \n ", "\t"))


@st.composite
def news_texts(draw: st.DrawFn, max_pieces: int = 30) -> str:
    """Paragraphs of wire-copy clauses and loose tokens, often opening with a dateline."""
    out: list[str] = []
    if draw(st.booleans()):
        out.append(draw(st.sampled_from(_DATELINES)))
    piece = st.one_of(sentences(), tokens(), tokens(), _repeat(tokens()))
    for item in draw(st.lists(piece, max_size=max_pieces)):
        out.append(item)
        out.append(draw(_SEPARATORS))
    return "".join(out)


def wire_copy(max_sentences: int = 12) -> st.SearchStrategy[str]:
    """Clean-looking wire copy: clauses only, joined by sentence breaks and newlines (no dirt)."""
    return st.lists(st.tuples(sentences(), st.sampled_from((" ", " ", "\n", "\n\n"))), max_size=max_sentences).map(
        lambda items: "".join(a + b for a, b in items)
    )


def adversarial_texts(max_pieces: int = 30) -> st.SearchStrategy[str]:
    """News-like text (mostly: clean wire copy or wire copy with dirt), plain unicode, or unicode with vocabulary."""
    plain = st.one_of(
        st.text(max_size=200), st.text(st.one_of(st.characters(), st.characters(categories=["Cs"])), max_size=50)
    )
    mixed = st.lists(st.one_of(tokens(), st.text(max_size=10)), max_size=max_pieces).map("".join)
    return st.one_of(wire_copy(), news_texts(max_pieces), news_texts(max_pieces), mixed, plain)
