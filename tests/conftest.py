"""Shared fixtures. The spaCy pipeline loads once per test session."""

from __future__ import annotations

import os
import shlex
import subprocess
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


@pytest.fixture(scope="session")
def sample_out(tmp_path_factory):
    """A build of the bundled sample articles (data/articles)."""
    from graphbuild.config import BuildSettings
    from graphbuild.run import build

    out = tmp_path_factory.mktemp("sample_out")
    build([SAMPLES], out, BuildSettings())
    return out


# --- Neo4j ---------------------------------------------------------------------------------------
SERVER = ROOT / "tests" / "neo4j" / "server"


def _parse_exports(text: str) -> dict[str, str]:
    env = {}
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("export "):
            for part in shlex.split(line[len("export "):]):
                name, _, value = part.partition("=")
                env[name] = value
    return env


@pytest.fixture(scope="session")
def neo4j_settings():
    """A running Neo4j: the user's (NEO4J_URI) or one started by tests/neo4j/server for this run.

    In CI (CI=true) a server that cannot start fails the run; elsewhere the Neo4j tests skip.
    """
    from graphbuild.config import Neo4jSettings

    if os.environ.get("NEO4J_URI"):
        yield Neo4jSettings.from_env()
        return
    already_running = subprocess.run([str(SERVER), "status"], capture_output=True, check=False).returncode == 0
    proc = subprocess.run([str(SERVER), "start"], capture_output=True, text=True, timeout=900, check=False)
    if proc.returncode != 0:
        message = f"tests/neo4j/server start failed:\n{proc.stderr[-3000:]}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    env = _parse_exports(proc.stdout)
    try:
        yield Neo4jSettings(uri=env["NEO4J_URI"], user=env["NEO4J_USERNAME"], password=env["NEO4J_PASSWORD"])
    finally:
        if not already_running:  # a server the user started by hand stays up
            subprocess.run([str(SERVER), "stop"], capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture()
def neo4j_db(neo4j_settings):
    """The settings of an empty database (wiped before the test)."""
    import neo4j

    with neo4j.GraphDatabase.driver(neo4j_settings.uri, auth=(neo4j_settings.user, neo4j_settings.password)) as d:
        d.execute_query("MATCH (n) DETACH DELETE n", database_=neo4j_settings.database)
    return neo4j_settings
