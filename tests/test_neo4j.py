"""Neo4j loading: query building (unit) and the real round trip against a server (integration)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphbuild.cli import app
from graphbuild.config import BuildSettings, Neo4jSettings
from graphbuild.errors import InputError, Neo4jUnavailable
from graphbuild.neo4j_store import (
    NODE_QUERY,
    RELATIONSHIP_QUERY,
    evidence_and_edges,
    load_output,
    node_rows,
)


# --- unit: query building ---------------------------------------------------------------------------
def test_labels_and_types_are_checked_against_the_schema_before_they_reach_cypher():
    # one query per kind of write; the label or type is a parameter used as `$(...)`
    assert "SET n:$(row.label)" in NODE_QUERY and "UNWIND $rows AS row" in NODE_QUERY
    assert "[r:$(row.type) {id: row.id}]" in RELATIONSHIP_QUERY
    assert "(e:Evidence {edge: r.id})" in RELATIONSHIP_QUERY  # weight recomputed from evidence: idempotent
    rows = node_rows([{"key": "country:FRA", "type": "Country", "label": "France", "iso3": "FRA"}])
    assert rows == [{"key": "country:FRA", "name": "France", "label": "Country", "aliases": [],
                     "props": {"iso3": "FRA"}}]
    with pytest.raises(InputError, match="unknown node type 'Person\\) DETACH DELETE'"):
        node_rows([{"key": "x", "type": "Person) DETACH DELETE", "label": "x"}])
    row = {"head": "person:a", "type": "MET_WITH`]->() DELETE r //", "tail": "person:b", "article_id": "x",
           "start": 0, "end": 1, "sentence": "s", "rule": "r", "confidence": 0.5}
    with pytest.raises(InputError, match="unknown relationship type"):
        evidence_and_edges([row])
    edges = evidence_and_edges([{**row, "type": "ACCUSED"}])[1]
    assert [e["type"] for e in edges] == ["ACCUSED"]


def test_evidence_rows_group_into_one_edge_per_qualifier():
    rows = [
        {"head": "person:a", "type": "MET_WITH", "tail": "person:b", "status": "held", "article_id": "x",
         "start": 0, "end": 10, "sentence": "A met B.", "rule": "r", "confidence": 0.7, "date": "2025-01-01"},
        {"head": "person:a", "type": "MET_WITH", "tail": "person:b", "status": "held", "article_id": "y",
         "start": 5, "end": 15, "sentence": "A met B again.", "rule": "r", "confidence": 0.7, "date": "2025-02-01"},
        {"head": "person:a", "type": "MET_WITH", "tail": "person:b", "status": "cancelled", "article_id": "y",
         "start": 20, "end": 40, "sentence": "A cancelled.", "rule": "r", "confidence": 0.7, "date": "2025-02-01"},
    ]
    evidence, edges = evidence_and_edges(rows)
    assert len(evidence) == 3 and len({e["id"] for e in evidence}) == 3
    assert sorted(e["props"]["status"] for e in edges if e["type"] == "MET_WITH") == ["cancelled", "held"]
    # the same row twice (a relations.jsonl concatenated with itself) is one piece of evidence
    assert len(evidence_and_edges(rows + rows)[0]) == 3


def test_settings_repr_hides_password():
    settings = Neo4jSettings(password="s3cret-pw")
    assert "s3cret-pw" not in repr(settings)


def test_down_server_fails_fast_with_clear_message(tmp_path):
    settings = Neo4jSettings(uri="bolt://127.0.0.1:1", password="s3cret-pw", connect_timeout=2)
    (tmp_path / "entities.jsonl").write_text("")
    (tmp_path / "articles.jsonl").write_text("")
    (tmp_path / "relations.jsonl").write_text("")
    started = time.perf_counter()
    with pytest.raises(Neo4jUnavailable, match="cannot reach Neo4j at bolt://127.0.0.1:1"):
        load_output(tmp_path, settings)
    assert time.perf_counter() - started < 15
    result = CliRunner().invoke(app, ["load", str(tmp_path), "--uri", "bolt://127.0.0.1:1", "--password",
                                      "s3cret-pw"])
    assert result.exit_code == 1
    assert "cannot reach Neo4j" in result.output and "Traceback" not in result.output
    assert "s3cret-pw" not in result.output


def test_load_of_a_folder_that_is_not_an_output(tmp_path):
    result = CliRunner().invoke(app, ["load", str(tmp_path)])
    assert result.exit_code == 1 and "not a graphbuild output folder" in result.output


def test_a_relation_type_outside_the_schema_is_named_by_file_and_line_before_connecting(tmp_path):
    (tmp_path / "entities.jsonl").write_text('{"key": "country:FRA", "type": "Country", "label": "France"}\n')
    (tmp_path / "articles.jsonl").write_text('{"id": "a"}\n')
    good = {"head": "country:FRA", "type": "ACCUSED", "tail": "country:FRA", "article_id": "a", "start": 0,
            "end": 1, "sentence": "s", "rule": "r", "confidence": 0.5}
    bad = {**good, "type": "ACCUSED]->() DETACH DELETE"}
    (tmp_path / "relations.jsonl").write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n")
    # a closed port: the error must come from the file check, before any connection is tried
    result = CliRunner().invoke(app, ["load", str(tmp_path), "--uri", "bolt://127.0.0.1:1"])
    assert result.exit_code == 1
    assert "relations.jsonl:2: type 'ACCUSED]->() DETACH DELETE' is not in graphbuild's schema" in result.output
    assert "cannot reach" not in result.output


# --- integration: a real server -----------------------------------------------------------------------
ARTICLES = {
    "2025-01-10-a.txt": "Chilean President Ana Rojas met Argentine President Tomas Ruiz in Santiago on Friday. "
                        "Rojas praised Ruiz for his support.",
    "2025-02-11-b.txt": "Argentine President Tomas Ruiz met Chilean President Ana Rojas in Buenos Aires. "
                        "Uruguay accused Argentina of blocking the deal.",
}


def _build(folder: Path, out: Path, names: list[str]) -> Path:
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / name).write_text(ARTICLES[name], encoding="utf-8")
    from graphbuild.run import build

    build([folder], out, BuildSettings())
    return out


def _snapshot(settings: Neo4jSettings) -> dict:
    import neo4j

    with neo4j.GraphDatabase.driver(settings.uri, auth=(settings.user, settings.password)) as driver:
        nodes, _, _ = driver.execute_query(
            "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props", database_=settings.database)
        rels, _, _ = driver.execute_query(
            "MATCH (a)-[r]->(b) RETURN coalesce(a.key, a.id) AS a, type(r) AS t, coalesce(b.key, b.id) AS b, "
            "properties(r) AS props", database_=settings.database)
    norm = lambda rows: sorted(json.dumps(r.data(), sort_keys=True, default=str) for r in rows)
    return {"nodes": norm(nodes), "rels": norm(rels)}


def _q(settings: Neo4jSettings, cypher: str, **params):
    from graphbuild.neo4j_store import run_query

    return run_query(settings, cypher, params)


@pytest.mark.neo4j
@pytest.mark.model
def test_load_is_idempotent_and_evidence_reachable(neo4j_db, tmp_path):
    out = _build(tmp_path / "in", tmp_path / "out", ["2025-01-10-a.txt"])
    counts = load_output(out, neo4j_db)
    first = _snapshot(neo4j_db)
    load_output(out, neo4j_db)
    assert _snapshot(neo4j_db) == first  # same data twice: same database
    entities = sum(1 for _ in (out / "entities.jsonl").open())
    assert _q(neo4j_db, "MATCH (n:Entity) RETURN count(n) AS n")[0]["n"] == entities == counts["nodes"]
    rows = _q(neo4j_db,
              "MATCH (a:Person {name: $a})-[r:MET_WITH]->(b:Person {name: $b}) "
              "MATCH (e:Evidence {edge: r.id})-[:IN]->(art:Article) "
              "RETURN r.status AS status, r.weight AS weight, e.sentence AS sentence, art.id AS article",
              a="Ana Rojas", b="Tomas Ruiz")
    assert rows == [{"status": "held", "weight": 1, "article": "2025-01-10-a.txt",
                     "sentence": "Chilean President Ana Rojas met Argentine President Tomas Ruiz in Santiago on Friday."}]
    roles = _q(neo4j_db, "MATCH (p:Person)-[r:HOLDS_ROLE]->(c:Country {iso3: 'CHL'}) RETURN p.name AS name, r.role AS role")
    assert roles == [{"name": "Ana Rojas", "role": "president"}]
    mentions = _q(neo4j_db, "MATCH (:Article {id: '2025-01-10-a.txt'})-[:MENTIONS]->(e) RETURN count(e) AS n")
    assert mentions[0]["n"] >= 4


@pytest.mark.neo4j
@pytest.mark.model
def test_incremental_load_adds_evidence_and_old_articles_add_nothing(neo4j_db, tmp_path):
    first_out = _build(tmp_path / "in", tmp_path / "out1", ["2025-01-10-a.txt"])
    both_out = _build(tmp_path / "in", tmp_path / "out2", ["2025-01-10-a.txt", "2025-02-11-b.txt"])
    load_output(first_out, neo4j_db)
    load_output(both_out, neo4j_db)
    query = ("MATCH (:Person {name: 'Ana Rojas'})-[r:HOLDS_ROLE]->(:Country {iso3: 'CHL'}) "
             "RETURN r.weight AS weight, r.first_seen AS first, r.last_seen AS last")
    assert _q(neo4j_db, query) == [{"weight": 2, "first": "2025-01-10", "last": "2025-02-11"}]
    people = _q(neo4j_db, "MATCH (p:Person) WHERE p.name CONTAINS 'Rojas' RETURN count(p) AS n")
    assert people[0]["n"] == 1  # merged into the existing person
    after_both = _snapshot(neo4j_db)
    load_output(first_out, neo4j_db)  # re-loading an old article adds nothing
    assert _snapshot(neo4j_db) == after_both


@pytest.mark.neo4j
@pytest.mark.model
def test_interrupted_load_converges_to_the_same_state(neo4j_db, tmp_path):
    from graphbuild.export import read_jsonl
    from graphbuild.neo4j_store import load_rows

    out = _build(tmp_path / "in", tmp_path / "out", ["2025-01-10-a.txt", "2025-02-11-b.txt"])
    entities, articles, relations = (list(read_jsonl(out / f"{n}.jsonl")) for n in ("entities", "articles", "relations"))
    load_output(out, neo4j_db)
    full = _snapshot(neo4j_db)
    import neo4j

    with neo4j.GraphDatabase.driver(neo4j_db.uri, auth=(neo4j_db.user, neo4j_db.password)) as driver:
        driver.execute_query("MATCH (n) DETACH DELETE n", database_=neo4j_db.database)
    # a load killed half-way: only part of the nodes, articles and evidence got in
    load_rows(entities[: len(entities) // 2], articles[:1], relations[: len(relations) // 2], neo4j_db)
    load_output(out, neo4j_db)
    assert _snapshot(neo4j_db) == full


@pytest.mark.neo4j
def test_wrong_password_and_unknown_database(neo4j_settings, tmp_path):
    for name in ("entities", "articles", "relations"):
        (tmp_path / f"{name}.jsonl").write_text("")
    bad = Neo4jSettings(uri=neo4j_settings.uri, user=neo4j_settings.user, password="wrong-pw-123")
    with pytest.raises(Neo4jUnavailable, match="wrong user or password"):
        load_output(tmp_path, bad)
    missing = Neo4jSettings(uri=neo4j_settings.uri, user=neo4j_settings.user, password=neo4j_settings.password,
                            database="nosuchdb")
    with pytest.raises(Neo4jUnavailable, match="no database 'nosuchdb'"):
        load_output(tmp_path, missing)
    result = CliRunner().invoke(app, ["load", str(tmp_path), "--uri", neo4j_settings.uri, "--password", "wrong-pw-123"])
    assert result.exit_code == 1 and "wrong-pw-123" not in result.output and "Traceback" not in result.output


@pytest.mark.neo4j
@pytest.mark.model
def test_cli_build_with_neo4j_flag(neo4j_db, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "2025-01-10-a.txt").write_text(ARTICLES["2025-01-10-a.txt"], encoding="utf-8")
    result = CliRunner().invoke(app, [
        "build", str(folder), "--out", str(tmp_path / "out"), "--neo4j", "--uri", neo4j_db.uri,
        "--user", neo4j_db.user, "--password", neo4j_db.password,
    ])
    assert result.exit_code == 0, result.output
    assert "loaded into" in result.output
    assert _q(neo4j_db, "MATCH (p:Person) RETURN count(p) AS n")[0]["n"] == 2


@pytest.mark.neo4j
@pytest.mark.model
def test_export_from_neo4j_round_trips_the_build(neo4j_db, tmp_path):
    import networkx as nx

    out = _build(tmp_path / "in", tmp_path / "out", ["2025-01-10-a.txt", "2025-02-11-b.txt"])
    load_output(out, neo4j_db)
    target = tmp_path / "whole.graphml"
    result = CliRunner().invoke(app, ["export", "--from-neo4j", "--out", str(target), "--uri", neo4j_db.uri,
                                      "--user", neo4j_db.user, "--password", neo4j_db.password])
    assert result.exit_code == 0, result.output
    exported = nx.read_graphml(target)
    built = nx.read_graphml(out / "graph.graphml")
    assert set(exported.nodes) == set(built.nodes)
    edges = lambda g: sorted((u, v, d["type"], d["weight"]) for u, v, d in g.edges(data=True))
    assert edges(exported) == edges(built)


def test_a_broken_output_file_is_named_before_connecting(tmp_path):
    (tmp_path / "entities.jsonl").write_text('{"key": "country:EST", "type": "Country", "label": "Estonia"}\n')
    (tmp_path / "articles.jsonl").write_text('{"id": "a"}\n')
    (tmp_path / "relations.jsonl").write_text('{"head": "x"}\n{oops\n')
    result = CliRunner().invoke(app, ["load", str(tmp_path), "--uri", "bolt://127.0.0.1:1"])
    assert result.exit_code == 1
    assert "relations.jsonl:1: missing field(s)" in result.output and "Traceback" not in result.output
