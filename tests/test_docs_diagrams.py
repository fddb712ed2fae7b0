"""The docs' diagrams and pictures (issue 12).

The printed diagrams are what the code prints, mermaid is bundled so the site renders
them without a CDN, and the report screenshots are there.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import geostance

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
MERMAID = DOCS / "assets" / "javascripts" / "mermaid.min.js"


def _blocks(page: str, fence: str) -> list[str]:
    return re.findall(rf"```{fence}\n(.*?)```", (DOCS / page).read_text(encoding="utf-8"), flags=re.DOTALL)


def test_tutorial_diagram_is_the_one_the_code_prints() -> None:
    """The tutorial's flowchart is exactly `to_mermaid(graph(article))` of the seed article it parses."""
    pytest.importorskip("networkx")
    seed = ROOT / "seeds" / "csto-afghanistan.txt"
    article = geostance.parse(seed.read_text(encoding="utf-8"), source="seeds/csto-afghanistan.txt")
    [diagram] = [b for b in _blocks("tutorial.md", "mermaid") if b.startswith("flowchart")]
    assert diagram == geostance.to_mermaid(geostance.graph(article)).rstrip("\n") + "\n"


def test_outputs_page_diagram_is_the_one_the_command_prints() -> None:
    """docs/outputs.md shows `geostance graph docs/examples/article.json` as printed, and renders the same."""
    pytest.importorskip("networkx")
    article = geostance.from_json((DOCS / "examples" / "article.json").read_text(encoding="utf-8"))
    printed = geostance.to_mermaid(geostance.graph(article)).rstrip("\n") + "\n"
    assert printed in _blocks("outputs.md", "text")
    assert printed in _blocks("outputs.md", "mermaid")


def test_mermaid_is_bundled_and_loaded_before_material_looks_for_it() -> None:
    """The site loads its own mermaid.min.js in the page head (Material then fetches none), licence beside it."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert re.search(r"^  custom_dir: overrides\b", config, flags=re.MULTILINE)
    template = (ROOT / "overrides" / "main.html").read_text(encoding="utf-8")
    assert "{% block libs %}" in template
    assert "'assets/javascripts/mermaid.min.js' | url" in template
    script = MERMAID.read_text(encoding="utf-8")
    assert script.rstrip().endswith('globalThis["mermaid"] = globalThis.__esbuild_esm_mermaid_nm["mermaid"].default;')
    assert "unpkg.com" not in script
    assert "cdn.jsdelivr" not in script
    licence = MERMAID.with_name("mermaid.min.js.LICENSE.txt").read_text(encoding="utf-8")
    assert "MIT License" in licence
    assert "11.12.2" in licence


def test_every_diagram_page_is_built_with_the_bundled_mermaid() -> None:
    """Each page with a mermaid diagram uses the Material theme's mermaid fence, which the bundle renders."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "name: mermaid" in config
    pages = [p.name for p in DOCS.glob("*.md") if "```mermaid" in p.read_text(encoding="utf-8")]
    assert sorted(pages) == ["model.md", "outputs.md", "pipeline.md", "tutorial.md"]


@pytest.mark.parametrize("count", [1, 6, 30])
def test_report_screenshots_are_in_the_docs(count: int) -> None:
    """Screenshots of reports with 1, 6 and 30 articles are shipped and shown in docs/outputs.md."""
    image = DOCS / "img" / f"report-{count}.png"
    assert image.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert f"](img/report-{count}.png)" in (DOCS / "outputs.md").read_text(encoding="utf-8")
