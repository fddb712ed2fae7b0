import datetime as dt
from pathlib import Path
from typing import TypeVar

import attrs
import pytest

import geostance
from geostance.corpus import Corpus, all_rebuttal_targets, as_corpus, find_date, rebuttal_targets
from geostance.model import (
    Act,
    Article,
    Claim,
    ClaimKind,
    Evidence,
    Group,
    Mention,
    Occasion,
    Organization,
    Rebuttal,
    Span,
    State,
    Statement,
)

TEXT = (
    "KABUL, AFGHANISTAN - CSTO foreign ministers, in a joint statement on 16 May 2024, "
    "called on the Taliban to fight terrorism. "
    "The Taliban denied the presence of terrorist groups in Afghanistan."
)


E = TypeVar("E", Mention, Evidence)


def _at(cls: type[E], needle: str) -> E:
    return cls(text=needle, span=Span.locate(TEXT, needle))


def make_article(
    *,
    source: str | None = None,
    url: str | None = None,
    when: str | None = "on 16 May 2024",
    taliban_alias: str = "Taliban",
) -> Article:
    """A CSTO demand on the Taliban and the Taliban's denial."""
    return Article(
        text=TEXT,
        source=source,
        url=url,
        organizations=(
            Organization(
                id="csto",
                name="Collective Security Treaty Organization",
                acronym="CSTO",
                members=("RUS",),
                mentions=(_at(Mention, "CSTO"),),
            ),
        ),
        states=(State(id="RUS", name="Russia", alpha3="RUS"),),
        groups=(Group(id="taliban", name="Taliban", aliases=(taliban_alias,), mentions=(_at(Mention, "Taliban"),)),),
        statements=(
            Statement(
                id="s1",
                speaker="csto",
                speaker_text=_at(Mention, "CSTO foreign ministers"),
                targets=("taliban",),
                acts=("demand", "concern"),
                topics=("terrorism",),
                evidence=(_at(Evidence, "called on the Taliban to fight terrorism"),),
                occasion=Occasion(when=_at(Mention, when)) if when else None,
            ),
        ),
        rebuttals=(
            Rebuttal(
                id="r1",
                speaker="taliban",
                speaker_text=_at(Mention, "The Taliban"),
                rebuts=("s1",),
                claims=(
                    Claim(
                        kind="denial",
                        text="denied the presence of terrorist groups in Afghanistan",
                        span=Span.locate(TEXT, "denied the presence of terrorist groups in Afghanistan"),
                    ),
                ),
            ),
        ),
    )


def test_same_actor_in_two_articles_is_one_actor() -> None:
    """Actors that share an id across articles merge into one, with their aliases united."""
    corpus = Corpus.from_articles(
        [make_article(source="a.json"), make_article(source="b.json", taliban_alias="Islamic Emirate")]
    )
    ids = [actor.id for actor in corpus.actors]
    assert ids == ["csto", "RUS", "taliban"]
    taliban = corpus.actor("taliban")
    assert taliban.aliases == ("Taliban", "Islamic Emirate")
    assert taliban.mentions == ()


def test_dyads_count_statements_and_rebuttals_over_articles() -> None:
    """Dyads count statements per target and rebuttals per answered speaker, over all articles."""
    corpus = Corpus.from_articles([make_article(source="a.json"), make_article(source="b.json")])
    dyads = {(d.source, d.target): d for d in corpus.dyads()}
    assert set(dyads) == {("csto", "taliban"), ("taliban", "csto")}
    pressing = dyads["csto", "taliban"]
    assert (pressing.statements, pressing.rebuttals, pressing.total) == (2, 0, 2)
    assert dict(pressing.acts) == {Act.DEMAND: 2, Act.CONCERN: 2}
    assert pressing.articles == ("a.json", "b.json")
    pushing_back = dyads["taliban", "csto"]
    assert (pushing_back.statements, pushing_back.rebuttals) == (0, 2)
    assert pushing_back.claims == ((ClaimKind.DENIAL, 2),)


def test_dyad_of_actors_that_never_met_is_zero() -> None:
    """Asking for an absent dyad gives zero counts rather than an error."""
    corpus = Corpus.from_articles([make_article()])
    assert corpus.dyad("RUS", "taliban").total == 0


def test_keys_come_from_source_url_or_text_hash_and_are_unique() -> None:
    """Keys are the source, else the URL, else a text hash; a repeated key gets a number."""
    corpus = Corpus()
    assert corpus.add(make_article(source="x.json")) == "x.json"
    assert corpus.add(make_article(source="x.json")) == "x.json#2"
    assert corpus.add(make_article(url="https://example.org/a")) == "https://example.org/a"
    hashed = corpus.add(make_article())
    assert hashed.startswith("article-")
    assert len(hashed) == len("article-") + 12
    assert corpus.add(make_article(), key="mine") == "mine"
    assert len(corpus) == 5


def test_dates_from_url_explicit_and_occasion() -> None:
    """Article dates come from the URL or an explicit date; a statement's own occasion date wins."""
    corpus = Corpus()
    corpus.add(make_article(url="https://example.org/2024/05/20/csto", when=None))
    corpus.add(make_article(source="b.json", when="a joint statement"), date=dt.date(2024, 5, 18))
    corpus.add(make_article(source="c.json"))  # occasion "on 16 May 2024", no article date
    assert [e.date for e in corpus.entries] == [dt.date(2024, 5, 20), dt.date(2024, 5, 18), None]
    timeline = corpus.timeline()
    assert [(e.date.isoformat(), e.article, e.kind) for e in timeline] == [
        ("2024-05-16", "c.json", "statement"),
        ("2024-05-18", "b.json", "statement"),
        ("2024-05-18", "b.json", "rebuttal"),
        ("2024-05-20", "https://example.org/2024/05/20/csto", "statement"),
        ("2024-05-20", "https://example.org/2024/05/20/csto", "rebuttal"),
    ]
    assert timeline[2].targets == ("csto",)


def test_from_articles_takes_dates_by_key() -> None:
    """`from_articles` gives each article the date listed under its key."""
    corpus = Corpus.from_articles([make_article(source="a.json")], dates={"a.json": dt.date(2023, 1, 2)})
    assert corpus.entries[0].date == dt.date(2023, 1, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on 16 May 2024", dt.date(2024, 5, 16)),
        ("on May 16, 2024", dt.date(2024, 5, 16)),
        ("Sept. 3rd 2021", dt.date(2021, 9, 3)),
        ("3rd Sept. 2021", dt.date(2021, 9, 3)),
        ("/news/2022/11/05/story", dt.date(2022, 11, 5)),
        ("2024-02-30 then 1 March 2024", dt.date(2024, 3, 1)),
        ("on Thursday", None),
        ("in 2024", None),
    ],
)
def test_find_date(text: str, expected: dt.date | None) -> None:
    """Full dates in ISO, URL and written forms are found; impossible and partial ones are not."""
    assert find_date(text) == expected


def test_rebuttal_of_a_rebuttal_targets_its_speaker() -> None:
    """A rebuttal that answers another rebuttal points at that rebuttal's speaker."""
    base = make_article()
    counter = Rebuttal(id="r2", speaker="csto", speaker_text=_at(Mention, "CSTO"), rebuts=("r1",))
    article = attrs.evolve(base, rebuttals=(*base.rebuttals, counter))
    assert rebuttal_targets(article, counter) == {"taliban": ("r1",)}
    corpus = Corpus.from_articles([article])
    assert corpus.dyad("csto", "taliban").rebuttals == 1


def test_all_rebuttal_targets_are_each_rebuttals_targets() -> None:
    """all_rebuttal_targets gives, in order, what rebuttal_targets gives for each rebuttal, from one index."""
    base = make_article()
    counter = Rebuttal(id="r2", speaker="csto", speaker_text=_at(Mention, "CSTO"), rebuts=("r1", "s1"))
    article = attrs.evolve(base, rebuttals=(*base.rebuttals, counter))
    expected = tuple(rebuttal_targets(article, rebuttal) for rebuttal in article.rebuttals)
    assert all_rebuttal_targets(article) == expected == ({"csto": ("s1",)}, {"taliban": ("r1",), "csto": ("s1",)})


def test_merged_actor_takes_the_first_values_and_fills_the_gaps_in_order() -> None:
    """The first record of an actor wins; later ones fill empty fields (the earliest first) and add aliases."""
    plain = make_article(source="a.json")
    bare = attrs.evolve(plain.organizations[0], acronym=None, kind=None)
    first = attrs.evolve(plain, organizations=(bare,))
    kind = attrs.evolve(plain, source="b.json", organizations=(attrs.evolve(bare, kind="alliance", aliases=("B",)),))
    both = attrs.evolve(
        plain,
        source="c.json",
        organizations=(attrs.evolve(bare, kind="bloc", acronym="CSTO", aliases=("C", "B"), members=("RUS",)),),
    )
    merged = Corpus.from_articles([first, kind, both]).actor("csto")
    assert isinstance(merged, Organization)
    assert (merged.kind, merged.acronym, merged.aliases) == ("alliance", "CSTO", ("B", "C"))
    assert merged.members == ("RUS",)
    assert (merged.mentions, merged.evidence) == ((), ())


def test_unknown_rebutted_ids_are_skipped() -> None:
    """A rebutted id that names nothing in the article gives no target."""
    stray = Rebuttal(id="r9", speaker="csto", speaker_text=_at(Mention, "CSTO"), rebuts=("nowhere",))
    assert rebuttal_targets(make_article(), stray) == {}


def test_as_corpus_accepts_articles_and_rejects_other_things() -> None:
    """One article, a list, a generator or a corpus are accepted; a string is refused."""
    article = make_article()
    corpus = Corpus.from_articles([article])
    assert as_corpus(corpus) is corpus
    assert len(as_corpus(article)) == 1
    assert len(as_corpus(a for a in [article, article])) == 2
    with pytest.raises(TypeError, match="Article"):
        as_corpus("not an article")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Article"):
        Corpus().add("text")  # type: ignore[arg-type]


def test_iterating_a_corpus_gives_its_entries() -> None:
    """Iterating a corpus yields its entries in order, with their articles."""
    corpus = Corpus.from_articles([make_article(source="a"), make_article(source="b")])
    assert [entry.key for entry in corpus] == ["a", "b"]
    assert corpus.articles[0] is corpus.entries[0].article


def test_corpus_of_parsed_seed() -> None:
    """A corpus of a parsed article counts every stance the parser found."""
    text = (Path(__file__).parent.parent / "seeds" / "csto-afghanistan.txt").read_text(encoding="utf-8")
    article = geostance.parse(text)
    corpus = Corpus.from_articles([article])
    counted = sum(d.statements for d in corpus.dyads())
    assert counted == sum(len(s.targets) for s in article.statements)
    assert len(corpus.actors) == len(article.actors)
