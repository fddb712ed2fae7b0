"""The public API: every exported name exists and is documented, and importing geostance stays light."""

from __future__ import annotations

import ast
import datetime as dt
import enum
import inspect
import re
import subprocess
import sys
import textwrap
from typing import TYPE_CHECKING

import attrs
import pytest

import geostance
from geostance import model as model_module

if TYPE_CHECKING:
    from collections.abc import Callable

_MODEL_CLASSES = [
    obj
    for obj in vars(model_module).values()
    if isinstance(obj, type) and obj.__module__ == model_module.__name__ and attrs.has(obj)
]
_ENUMS = [
    obj
    for obj in vars(model_module).values()
    if isinstance(obj, type) and obj.__module__ == model_module.__name__ and issubclass(obj, enum.Enum)
]


def _attribute_docstrings(cls: type) -> dict[str, str]:
    """Map each name assigned in the body of `cls` to the string literal right after it ("" when none)."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    (node,) = tree.body
    assert isinstance(node, ast.ClassDef)
    found: dict[str, str] = {}
    for statement, following in zip(node.body, [*node.body[1:], None], strict=True):
        if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            name = statement.target.id
        elif (
            isinstance(statement, ast.Assign)
            and len(statement.targets) == 1
            and isinstance(statement.targets[0], ast.Name)
        ):
            name = statement.targets[0].id
        else:
            continue
        doc = ""
        if (
            isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            doc = following.value.value.strip()
        found[name] = doc
    return found


@pytest.mark.parametrize("name", geostance.__all__)
def test_every_exported_name_exists(name: str) -> None:
    """Each name in `geostance.__all__` is an attribute of the package."""
    assert hasattr(geostance, name)


@pytest.mark.parametrize(
    "name",
    [
        name
        for name in geostance.__all__
        if inspect.isclass(getattr(geostance, name)) or callable(getattr(geostance, name))
    ],
)
def test_exported_classes_and_functions_have_docstrings(name: str) -> None:
    """Each exported class and function has its own docstring."""
    obj = getattr(geostance, name)
    assert obj.__doc__
    assert obj.__doc__.strip()
    if inspect.isclass(obj) and not issubclass(obj, enum.Enum):
        assert obj.__doc__ is not obj.__mro__[1].__doc__, f"{name} only inherits its docstring"


def test_all_has_no_duplicates_and_covers_the_model() -> None:
    """`__all__` lists each name once and re-exports every public model name."""
    assert len(set(geostance.__all__)) == len(geostance.__all__)
    assert set(model_module.__all__) <= set(geostance.__all__)


def test_model_classes_found() -> None:
    """The API checks below see every model record and enum (guards against an empty parametrization)."""
    names = {cls.__name__ for cls in _MODEL_CLASSES}
    assert {"Span", "Mention", "Claim", "Occasion", "Organization", "State", "Group"} <= names
    assert {"Statement", "Rebuttal", "Article"} <= names
    assert {cls.__name__ for cls in _ENUMS} == {"Act", "Topic", "ClaimKind", "DateBasis"}


@pytest.mark.parametrize("cls", _MODEL_CLASSES, ids=lambda cls: cls.__name__)
def test_every_field_has_an_attribute_docstring(cls: type) -> None:
    """Each attrs field of each model class is followed in its source by a non-empty docstring."""
    missing = []
    for fld in attrs.fields(cls):
        owner = next(klass for klass in cls.__mro__ if attrs.has(klass) and fld.name in inspect.get_annotations(klass))
        if not _attribute_docstrings(owner).get(fld.name):
            missing.append(f"{owner.__name__}.{fld.name}")
    assert missing == []


@pytest.mark.parametrize("cls", _ENUMS, ids=lambda cls: cls.__name__)
def test_every_enum_member_has_a_docstring(cls: type[enum.Enum]) -> None:
    """Each enum member is followed in its source by a non-empty docstring."""
    docs = _attribute_docstrings(cls)
    assert [member.name for member in cls if not docs.get(member.name)] == []


def test_import_geostance_does_not_import_hypothesis() -> None:
    """`import geostance` leaves hypothesis (the optional `strategies` extra) unimported."""
    code = "import geostance, sys; assert 'hypothesis' not in sys.modules, 'hypothesis imported'"
    result = subprocess.run(  # noqa: S603 - runs this interpreter on a fixed snippet
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_strategies_module_is_documented() -> None:
    """`geostance.strategies` has a module docstring and every name in its `__all__` has a docstring."""
    strategies = pytest.importorskip("geostance.strategies")
    assert strategies.__doc__
    assert "pip install" in strategies.__doc__
    undocumented = [name for name in strategies.__all__ if not (getattr(strategies, name).__doc__ or "").strip()]
    assert undocumented == []


def test_version_is_exported() -> None:
    """`geostance.__version__` is a version string."""
    assert isinstance(geostance.__version__, str)
    assert geostance.__version__.count(".") >= 1


def test_actor_alias_is_a_runtime_union() -> None:
    """`geostance.Actor` works at run time: isinstance() accepts it and it resolves outside geostance."""
    state = geostance.State(id="RUS", name="Russia")
    assert isinstance(state, geostance.Actor)  # type: ignore[arg-type]


def _article() -> geostance.Article:
    return geostance.parse("Russia urged Iran to act.")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: geostance.to_html([1]), "a corpus holds Article objects, got int"),
        (lambda: geostance.to_csv([None]), "a corpus holds Article objects, got NoneType"),
        (lambda: geostance.rows("text"), "expected an Article, an iterable of Articles or a Corpus, got str"),
        (lambda: geostance.to_sqlite([1], ":memory:"), "a corpus holds Article objects, got int"),
        (lambda: geostance.to_sqlite(_article(), 5), "to_sqlite takes a file path or a sqlite3.Connection, got int"),
        (lambda: geostance.to_html(_article(), title=None), "to_html option title must be str, got NoneType"),
        (lambda: geostance.to_csv(_article(), escape_formulas="no"), "escape_formulas must be True or False"),
        (lambda: geostance.Corpus.from_articles([_article()], dates=[1]), "dates must map article keys to dates"),
        (lambda: geostance.Corpus.from_articles(5), "takes an iterable of Articles, got int"),
        (lambda: geostance.Corpus().add(_article(), key=5), "key must be str or None, got int"),
        (lambda: geostance.Corpus().add(_article(), date="2024-05-17"), "date must be a datetime.date or None"),
        (lambda: geostance.Corpus().add("text"), "a corpus holds Article objects, got str"),
    ],
    ids=[
        "to_html-int",
        "to_csv-none",
        "rows-str",
        "to_sqlite-int",
        "to_sqlite-target",
        "to_html-title",
        "to_csv-option",
        "dates-list",
        "from_articles-int",
        "add-key",
        "add-date",
        "add-str",
    ],
)
def test_api_misuse_raises_invalid_input(call: Callable[[], object], message: str) -> None:
    """Wrong arguments to the outputs and Corpus raise InvalidInput (also a TypeError), never AttributeError."""
    with pytest.raises(geostance.InvalidInput, match=re.escape(message)) as info:
        call()
    assert isinstance(info.value, TypeError)


def test_api_misuse_of_the_graph_raises_invalid_input() -> None:
    """graph() of something that holds no articles raises InvalidInput."""
    pytest.importorskip("networkx")
    with pytest.raises(geostance.InvalidInput, match="a corpus holds Article objects, got int"):
        geostance.graph([1])
    with pytest.raises(geostance.InvalidInput, match="got int"):
        geostance.to_mermaid(5)


def test_corpus_dates_may_be_datetimes() -> None:
    """A datetime given as a date counts by its day, so the timeline can sort it with plain dates."""
    corpus = geostance.Corpus()
    corpus.add(_article(), key="a", date=dt.datetime(2024, 5, 17, 12, 30, tzinfo=dt.timezone.utc))
    corpus.add(_article(), key="b", date=dt.date(2024, 5, 16))
    assert [entry.date for entry in corpus.entries] == [dt.date(2024, 5, 17), dt.date(2024, 5, 16)]
    assert [event.article for event in corpus.timeline()] == ["b", "a"]
