"""Shared fixtures. The spaCy pipeline loads once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "articles"


@pytest.fixture(scope="session")
def processor():
    from graphbuild.config import BuildSettings
    from graphbuild.run import Processor

    return Processor(BuildSettings())


@pytest.fixture(scope="session")
def extract_text(processor):
    """Run the real pipeline on one text; returns a list of (head, TYPE, tail, props) with names."""
    from graphbuild.models import Article

    def run(text: str, title: str = "", published: str = "2025-01-15"):
        article = Article(id="t", text=text, title=title, published=published)
        (result,) = list(processor.process([article]))
        names = {e.local_id: e.name for e in result.entities}
        return [(names[r.head], r.type, names[r.tail], r.props) for r in result.relations], result

    return run
