"""English inflection for the vocabulary's lemmas: a verb's -s, past, -ing and participle forms, a noun's plural.

The data files keep lemmas only ("call on", "press conference"); these functions generate
the forms the tagger looks up: the first word of a multiword verb inflects, the last word
of a multiword noun does. Irregular forms come from the data (`irregular_verbs`).
"""

from __future__ import annotations

__all__ = ["inflect_noun", "inflect_verb"]

_VOWELS = frozenset("aeiou")


def _regular_forms(lemma: str, *, double: bool) -> tuple[str, str, str, str]:
    """-s, past, -ing and participle of a regular English verb."""
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = lemma + "es"
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma.endswith("e"):
        past, ing = lemma + "d", lemma[:-1] + "ing"
        if lemma.endswith(("ee", "ye", "oe")):
            ing = lemma + "ing"
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    elif double:
        past, ing = lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"
    else:
        past, ing = lemma + "ed", lemma + "ing"
    return third, past, ing, past


def inflect_verb(
    lemma: str, irregular: dict[str, list[str]] | None = None, doubled: frozenset[str] = frozenset()
) -> dict[str, str]:
    """The forms of a (possibly multiword) verb: the first word inflects ("called on", "hit back at")."""
    head, _, rest = lemma.partition(" ")
    forms = (irregular or {}).get(head)
    third, past, ing, participle = forms or _regular_forms(head, double=head in doubled)
    tail = f" {rest}" if rest else ""
    return {
        "base": head + tail,
        "s": third + tail,
        "past": past + tail,
        "ing": ing + tail,
        "participle": participle + tail,
    }


def inflect_noun(lemma: str, irregular: dict[str, str] | None = None) -> list[str]:
    """The singular and plural of a noun (the last word inflects: "press conference(s)")."""
    if irregular and lemma in irregular:
        return [lemma]
    *first, last = lemma.split(" ")
    if last.endswith(("s", "sh", "ch", "x", "z")):
        plural = last + "es"
    elif last.endswith("y") and len(last) > 1 and last[-2] not in _VOWELS:
        plural = last[:-1] + "ies"
    elif last.endswith("man") and last not in {"german", "ottoman"}:
        plural = last[:-3] + "men"
    else:
        plural = last + "s"
    return [lemma, " ".join([*first, plural])]
