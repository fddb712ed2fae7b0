"""Synthetic news for the benchmarks: the seed article varied, plus articles written from templates.

Everything here is generated: the seed article of the repository with its actors,
days and places swapped, and short wire-style articles assembled from sentence
templates (datelines, quotations with speech verbs, accusations, denials, background
paragraphs). The same `seed` always gives the same text, so runs compare like with
like. No real article is copied in.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED_TEXT = (ROOT / "seeds" / "csto-afghanistan.txt").read_text(encoding="utf-8")

STATES = (
    "Russia",
    "China",
    "Iran",
    "Turkey",
    "India",
    "Pakistan",
    "Ukraine",
    "Belarus",
    "Kazakhstan",
    "Tajikistan",
    "Uzbekistan",
    "Armenia",
    "Azerbaijan",
    "Georgia",
    "Japan",
    "South Korea",
    "North Korea",
    "Israel",
    "Egypt",
    "Saudi Arabia",
    "Qatar",
    "France",
    "Germany",
    "Poland",
    "the United States",
    "the United Kingdom",
)
CAPITALS = ("Moscow", "Beijing", "Tehran", "Ankara", "New Delhi", "Islamabad", "Kyiv", "Minsk", "Astana", "Dushanbe")
ORGANIZATIONS = (
    "the Collective Security Treaty Organization (CSTO)",
    "the Shanghai Cooperation Organisation (SCO)",
    "NATO",
    "the European Union",
    "the United Nations",
    "the African Union",
    "the Organization of Islamic Cooperation",
    "ASEAN",
)
GROUPS = ("the Taliban", "Hamas", "Hezbollah", "the Houthis", "al-Shabaab", "ISKP", "Al-Qaeda", "Boko Haram")
TOPICS = (
    "terrorism and drug trafficking",
    "the security of the border",
    "military exercises near the frontier",
    "the rights of women and girls",
    "sanctions on energy exports",
    "the flow of refugees",
    "cyber attacks on government networks",
    "the detention of journalists",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SPEECH = ("said", "stated", "added", "told reporters", "said in a statement", "wrote on social media")
ROLES = ("foreign ministry spokesperson", "defence minister", "deputy foreign minister", "ambassador to the UN")
NAMES = ("Maria Petrova", "Wang Lei", "Ahmad Karimi", "Elif Demir", "Anil Sharma", "Olena Koval", "John Carter")

TEMPLATES = (
    "{A} has once again expressed its concern about {T}, calling it a “serious threat” to regional stability.",
    "In a joint statement on {D} following a summit in {C}, {O} called on {G} to act against {T}.",
    "“We are seriously concerned about {T}, and we urge {B} to take concrete steps,” the {R} {N} {S}.",
    "“{B} bears full responsibility for the escalation,” {N}, the {R} of {A}, {S} on {D}.",
    "{B} rejected the accusations as “baseless and politically motivated”, saying it poses no threat to anyone.",
    "The government of {B} denied the reports, insisting that {T} is an internal matter.",
    "According to the report, officials from {A} emphasized the importance of dialogue with {B} on {T}.",
    "{A} warned {B} on {D} that it would respond to any violation of its airspace.",
    "{O} accused {B} of failing to honour its commitments on {T}, a charge {B} dismissed.",
    "Analysts in {C} said the dispute over {T} was unlikely to be resolved before the next round of talks.",
    "Formed in 2002, {O} is an intergovernmental alliance whose members meet each year to discuss {T}.",
    "“We will not accept interference in our internal affairs,” a spokesperson for {G} {S}.",
    "{A} and {B} signed an agreement on {T} during a visit to {C} on {D}.",
    "The statement came days after {G} claimed responsibility for an attack near the border with {B}.",
)
BACKGROUND = (
    "Its membership comprises several states of the region, including {A} and {B}.",
    "The talks in {C} were the first at this level since relations cooled last year.",
    "Trade between {A} and {B} has grown steadily over the past decade, despite the dispute over {T}.",
    "Officials have met several times this year to discuss {T}, without reaching an agreement.",
    "The region has seen a rise in incidents linked to {T} since the end of the war.",
    "Observers expect the issue of {T} to feature on the agenda of the next summit in {C}.",
    "Both governments have increased spending on border infrastructure in recent years.",
    "The ministers also discussed cooperation on energy, transport and public health.",
    "Thousands of people cross the frontier between {A} and {B} every day for work and trade.",
    "The organization was founded after the collapse of an earlier framework of regional treaties.",
)


def _sentence(rng: random.Random) -> str:
    """A template sentence: about one in three reports speech, the rest is background, as in the seed."""
    a, b = rng.sample(STATES, 2)
    template = rng.choice(TEMPLATES) if rng.random() < 0.35 else rng.choice(BACKGROUND)
    return template.format(
        A=a,
        B=b,
        C=rng.choice(CAPITALS),
        D=rng.choice(DAYS),
        G=rng.choice(GROUPS),
        N=rng.choice(NAMES),
        O=rng.choice(ORGANIZATIONS),
        R=rng.choice(ROLES),
        S=rng.choice(SPEECH),
        T=rng.choice(TOPICS),
    )


def _capitalised(sentence: str) -> str:
    return sentence[0].upper() + sentence[1:]


def template_article(rng: random.Random, paragraphs: int) -> str:
    """A wire-style article: a dateline, then `paragraphs` paragraphs of two or three template sentences."""
    place = rng.choice(CAPITALS).upper()
    body = [" ".join(_capitalised(_sentence(rng)) for _ in range(rng.randint(2, 3))) for _ in range(paragraphs)]
    return f"{place} – " + "\n".join(body) + "\n"


def seed_variant(rng: random.Random) -> str:
    """The seed article with its day, summit city and some actors swapped."""
    text = SEED_TEXT.replace("Thursday", rng.choice(DAYS)).replace("Astana", rng.choice(CAPITALS))
    return text.replace("Kazakhstan", rng.choice(("Kazakhstan", "Kyrgyzstan", "Uzbekistan")))


def articles(count: int, *, seed: int = 0) -> list[str]:
    """`count` articles of about 1-4 KB: every fourth a variant of the seed, the rest from templates."""
    rng = random.Random(seed)  # noqa: S311 - reproducible text, not cryptography
    return [seed_variant(rng) if n % 4 == 0 else template_article(rng, rng.randint(3, 9)) for n in range(count)]


def long_article(chars: int, *, seed: int = 0) -> str:
    """One article of at least `chars` characters: the seed followed by template paragraphs."""
    rng = random.Random(seed)  # noqa: S311 - reproducible text, not cryptography
    parts = [SEED_TEXT]
    size = len(SEED_TEXT)
    while size < chars:
        paragraph = " ".join(_capitalised(_sentence(rng)) for _ in range(3)) + "\n"
        parts.append(paragraph)
        size += len(paragraph)
    return "".join(parts)


def write_jsonl(path: Path, megabytes: float, *, seed: int = 0) -> tuple[int, int]:
    """Write about `megabytes` MB of articles as JSON Lines (`{"id": ..., "text": ...}`); return (records, bytes)."""
    rng = random.Random(seed)  # noqa: S311 - reproducible text, not cryptography
    target = int(megabytes * 1_000_000)
    written = records = 0
    with path.open("w", encoding="utf-8") as handle:
        while written < target:
            text = seed_variant(rng) if records % 4 == 0 else template_article(rng, rng.randint(3, 9))
            line = json.dumps({"id": f"a{records}", "text": text}, ensure_ascii=False) + "\n"
            handle.write(line)
            written += len(line.encode("utf-8"))
            records += 1
    return records, written
