"""Neo4j: constraints, batched idempotent MERGE of a build output, and reads for queries.

Model in the database:
  (:Entity:Person|Country|Organization|Location {key, name, type, aliases, iso3, kind, country})
  (:Entity)-[:HOLDS_ROLE|MET_WITH|... {id, weight, first_seen, last_seen, role, status, ...}]->(:Entity)
  (:Evidence {id, edge, sentence, start, end, rule, confidence, date})-[:IN]->(:Article {id, title, url, published, source})
  (:Article)-[:MENTIONS]->(:Entity)

A relationship's `id` is the edge id of graph.graphml; its evidence nodes carry the same id
in `edge`, so `MATCH (e:Evidence {edge: r.id})-[:IN]->(a:Article)` reaches the sentences and
URLs behind any relationship. Weight, first_seen and last_seen are recomputed from the
evidence, which makes loading idempotent (same data twice: same database) and incremental
(a new article adds evidence; an old one adds nothing).

Labels and relationship types come from the schema enums; every value is a parameter.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .config import Neo4jSettings
from .errors import GraphbuildError, InputError, Neo4jUnavailable
from .export import read_jsonl
from .graph import QUALIFIER, edge_id
from .schema import NODE_TYPE_VALUES, REL_TYPE_VALUES, NodeType, RelType
from .util import batched

log = logging.getLogger(__name__)

CONSTRAINTS = (
    "CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE",
    "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
    "CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (e:Evidence) REQUIRE e.id IS UNIQUE",
    "CREATE INDEX evidence_edge IF NOT EXISTS FOR (e:Evidence) ON (e.edge)",
    *(f"CREATE INDEX {label.value.lower()}_name IF NOT EXISTS FOR (n:{label.value}) ON (n.name)" for label in NodeType),
)

EDGE_PROPS = ("role", "status", "kind", "place", "cameo", "plover")


# Labels and types are Cypher's dynamic `$(...)` expressions fed only with values of the schema
# enums (checked in node_rows / evidence_and_edges), so one query serves every label and type:
# the server plans two queries instead of one per label and per relationship type (a plan costs
# 30-100 ms, as much as writing a few thousand rows).
NODE_QUERY = (
    "UNWIND $rows AS row "
    "MERGE (n:Entity {key: row.key}) SET n:$(row.label) "
    "SET n.name = row.name, n.type = row.label, n += row.props, "
    "n.aliases = reduce(acc = coalesce(n.aliases, []), a IN row.aliases | "
    "CASE WHEN a IN acc THEN acc ELSE acc + a END)"
)


# A new article's MENTIONS are created outright; only an article already in the database needs
# MERGE, whose existence check walks the mentioned entity's relationships (thousands for a
# country that every article mentions). article_rows makes ids and entity keys unique.
ARTICLE_QUERY = (
    "UNWIND $rows AS row "
    "OPTIONAL MATCH (old:Article {id: row.id}) "
    "WITH row, old IS NULL AS fresh "
    "MERGE (a:Article {id: row.id}) SET a += row.props "
    "WITH a, row, fresh UNWIND row.entities AS key "
    "MATCH (e:Entity {key: key}) "
    "FOREACH (_ IN CASE WHEN fresh THEN [1] ELSE [] END | CREATE (a)-[:MENTIONS]->(e)) "
    "FOREACH (_ IN CASE WHEN fresh THEN [] ELSE [1] END | MERGE (a)-[:MENTIONS]->(e))"
)

# Evidence never changes once written (its id hashes the edge, article and offsets) and is
# created with its IN relationship in one transaction, so only evidence not yet there is written.
EVIDENCE_QUERY = (
    "UNWIND $rows AS row "
    "MATCH (a:Article {id: row.article_id}) "
    "WITH a, row WHERE NOT EXISTS { MATCH (:Evidence {id: row.id}) } "
    "CREATE (e:Evidence {id: row.id}) SET e += row.props CREATE (e)-[:IN]->(a)"
)

# MERGE one relationship by edge id; weight and dates are recomputed from its evidence.
RELATIONSHIP_QUERY = (
    "UNWIND $rows AS row "
    "MATCH (h:Entity {key: row.head}) MATCH (t:Entity {key: row.tail}) "
    "MERGE (h)-[r:$(row.type) {id: row.id}]->(t) "
    "SET r += row.props "
    "WITH r OPTIONAL MATCH (e:Evidence {edge: r.id}) "
    "WITH r, e ORDER BY e.confidence DESC, size(e.sentence), e.sentence "
    "WITH r, count(e) AS weight, min(e.date) AS first_seen, max(e.date) AS last_seen, "
    "count(DISTINCT e.article_id) AS articles, head(collect(e.sentence)) AS evidence "
    "SET r.weight = weight, r.articles = articles, r.evidence = evidence, "
    "r.first_seen = CASE WHEN first_seen = '' THEN null ELSE first_seen END, "
    "r.last_seen = CASE WHEN last_seen = '' THEN null ELSE last_seen END"
)


def evidence_id(row: dict[str, Any]) -> str:
    """Stable id of one piece of evidence: the edge, the article and the sentence offsets."""
    raw = f"{row['edge']}\x1f{row['article_id']}\x1f{row['start']}\x1f{row['end']}"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:20]


_SCHEMA_VALUES = {NodeType: NODE_TYPE_VALUES, RelType: REL_TYPE_VALUES}


# --- reading a build output ----------------------------------------------------------------------
def read_output(out_dir: Path) -> tuple[list[dict], list[dict], list[dict]]:
    """entities.jsonl, articles.jsonl and relations.jsonl of a build folder."""
    paths = {name: out_dir / f"{name}.jsonl" for name in ("entities", "articles", "relations")}
    missing = [str(p) for p in paths.values() if not p.is_file()]
    if missing:
        raise InputError(f"not a graphbuild output folder: missing {', '.join(missing)} (run `graphbuild build` first)")
    required = {
        "entities": ("key", "type", "label"),
        "articles": ("id",),
        "relations": ("head", "type", "tail", "article_id", "start", "end", "sentence", "rule", "confidence"),
    }
    allowed = {"entities": {"type": NODE_TYPE_VALUES}, "relations": {"type": REL_TYPE_VALUES}}
    return tuple(list(read_jsonl(p, required[name], allowed.get(name)))  # type: ignore[return-value]
                 for name, p in paths.items())


def _schema_value(enum, value: str, what: str) -> str:
    """A label or relationship type checked against the closed schema (it becomes Cypher syntax)."""
    if value not in _SCHEMA_VALUES[enum]:
        raise InputError(f"unknown {what} {value!r} (not in graphbuild's schema)")
    return value


def node_rows(entities: list[dict]) -> list[dict]:
    rows = []
    for row in entities:
        label = _schema_value(NodeType, row["type"], "node type")
        props = {k: row[k] for k in ("iso3", "kind", "country") if row.get(k)}
        rows.append({"key": row["key"], "name": row["label"], "label": label, "aliases": row.get("aliases", []),
                     "props": props})
    return rows


def article_rows(articles: list[dict]) -> list[dict]:
    """One row per article id (a repeated id keeps its first fields and the union of its entities)."""
    rows: dict[str, dict] = {}
    for a in articles:
        row = rows.setdefault(a["id"], {
            "id": a["id"],
            "props": {k: a.get(k, "") for k in ("title", "url", "published", "source")},
            "entities": {},
        })
        row["entities"].update(dict.fromkeys(a.get("entities", [])))
    return [{**row, "entities": list(row["entities"])} for row in rows.values()]


def evidence_and_edges(relations: list[dict]) -> tuple[list[dict], list[dict]]:
    """Evidence rows (one per relations.jsonl row, duplicates dropped) and edge rows (one per edge id)."""
    evidence: dict[str, dict] = {}
    edges: dict[str, dict] = {}
    for row in relations:
        rel = _schema_value(RelType, row["type"], "relationship type")
        qualifier = row.get(QUALIFIER[rel], "") if QUALIFIER.get(rel) else ""
        ident = edge_id(row["head"], rel, row["tail"], qualifier)
        ev = {"edge": ident, "article_id": row["article_id"], "start": row["start"], "end": row["end"]}
        key = evidence_id(ev)
        evidence.setdefault(key, {
            "id": key,
            "article_id": row["article_id"],
            "props": {
                "edge": ident, "article_id": row["article_id"], "sentence": row["sentence"],
                "start": row["start"], "end": row["end"], "rule": row["rule"],
                "confidence": row["confidence"], "date": row.get("date", ""),
            },
        })
        edge = edges.setdefault(ident, {"id": ident, "head": row["head"], "tail": row["tail"], "type": rel,
                                        "props": {"type": rel}})
        for name in EDGE_PROPS:
            if row.get(name):
                edge["props"].setdefault(name, row[name])
    return list(evidence.values()), list(edges.values())


# --- the driver ----------------------------------------------------------------------------------------
def connect(settings: Neo4jSettings):
    """A verified driver, or Neo4jUnavailable with one clear sentence (never the password)."""
    import neo4j
    from neo4j.exceptions import AuthError, ClientError, ConfigurationError, ServiceUnavailable

    try:
        driver = neo4j.GraphDatabase.driver(
            settings.uri,
            auth=(settings.user, settings.password),
            connection_timeout=settings.connect_timeout,
            max_transaction_retry_time=15.0,
            connection_acquisition_timeout=settings.connect_timeout * 2,
        )
    except (ValueError, ConfigurationError) as exc:
        raise Neo4jUnavailable(f"bad Neo4j URI {settings.uri!r}: {exc}") from None
    try:
        driver.verify_connectivity()
        with driver.session(database=settings.database) as session:
            session.run("RETURN 1").consume()
    except AuthError:
        driver.close()
        raise Neo4jUnavailable(
            f"Neo4j at {settings.uri} refused user {settings.user!r}: wrong user or password "
            "(set NEO4J_USERNAME / NEO4J_PASSWORD)"
        ) from None
    except ServiceUnavailable as exc:
        driver.close()
        raise Neo4jUnavailable(f"cannot reach Neo4j at {settings.uri}: {_short(exc)}") from None
    except ClientError as exc:
        driver.close()
        if "DatabaseNotFound" in (exc.code or ""):
            raise Neo4jUnavailable(f"Neo4j at {settings.uri} has no database {settings.database!r}") from None
        raise Neo4jUnavailable(f"Neo4j at {settings.uri} refused the connection: {exc.message}") from None
    except Exception as exc:  # noqa: BLE001 - DNS errors, TLS errors...: one clear message
        driver.close()
        raise Neo4jUnavailable(f"cannot reach Neo4j at {settings.uri}: {_short(exc)}") from None
    return driver


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200].rstrip(":")


def _write_grouped(session, work: Iterable[tuple[str, list[dict]]], batch_size: int) -> None:
    """Run (query, rows) pairs, several small ones per transaction, about batch_size rows each.

    Each transaction is retried whole on transient errors; all writes are MERGEs, so a retry
    or a re-run after a crash converges to the same state.
    """
    pending: list[tuple[str, list[dict]]] = []
    size = 0

    def flush() -> None:
        def unit(tx) -> None:
            for query, rows in pending:
                tx.run(query, rows=rows).consume()

        session.execute_write(unit)

    for query, rows in work:
        for batch in batched(rows, batch_size):
            if pending and size + len(batch) > batch_size:
                flush()
                pending, size = [], 0
            pending.append((query, batch))
            size += len(batch)
    if pending:
        flush()


def ensure_schema(session) -> None:
    """Create the constraints and indexes that are missing (one round trip when all exist)."""
    existing = set(session.run("SHOW INDEXES YIELD name RETURN collect(name) AS names").single()["names"])
    for statement in CONSTRAINTS:
        if statement.split()[2] not in existing:  # "CREATE CONSTRAINT <name> ..." / "CREATE INDEX <name> ..."
            session.run(statement).consume()


def load_output(out_dir: Path, settings: Neo4jSettings) -> dict[str, Any]:
    """Load a build folder into Neo4j; returns counts and seconds."""
    entities, articles, relations = read_output(out_dir)
    return load_rows(entities, articles, relations, settings)


def load_rows(entities: list[dict], articles: list[dict], relations: list[dict],
              settings: Neo4jSettings) -> dict[str, Any]:
    started = time.perf_counter()
    evidence, edges = evidence_and_edges(relations)
    driver = connect(settings)
    try:
        with driver.session(database=settings.database) as session:
            ensure_schema(session)
            size = settings.batch_size
            # order matters: relationships and MENTIONS need their nodes, weights need the evidence
            _write_grouped(session, [(NODE_QUERY, node_rows(entities)), (ARTICLE_QUERY, article_rows(articles)),
                                     (EVIDENCE_QUERY, evidence), (RELATIONSHIP_QUERY, edges)], size)
    except GraphbuildError:
        raise
    except Exception as exc:  # noqa: BLE001 - the server went away mid-load, etc.
        raise Neo4jUnavailable(
            f"loading into {settings.uri} failed: {_short(exc)}; run the same load again, it resumes safely"
        ) from None
    finally:
        driver.close()
    return {
        "nodes": len(entities),
        "relationships": len(edges),
        "articles": len(articles),
        "evidence": len(evidence),
        "seconds": time.perf_counter() - started,
    }


def run_query(settings: Neo4jSettings, cypher: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    """Run one read query and return its rows as plain dicts."""
    driver = connect(settings)
    try:
        records, _, _ = driver.execute_query(cypher, params, database_=settings.database, routing_="r")
        return [record.data() for record in records]
    except GraphbuildError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise Neo4jUnavailable(f"query failed on {settings.uri}: {_short(exc)}") from None
    finally:
        driver.close()


READ_NODES = (
    "MATCH (n:Entity) RETURN n.key AS key, n.name AS name, n.type AS type, n.aliases AS aliases, "
    "n.iso3 AS iso3, n.kind AS kind, n.country AS country ORDER BY key"
)
READ_RELATIONSHIPS = (
    "MATCH (a:Entity)-[r]->(b:Entity) WHERE r.id IS NOT NULL "
    "RETURN a.key AS head, b.key AS tail, type(r) AS type, properties(r) AS props ORDER BY r.id"
)


def read_graph(settings: Neo4jSettings):
    """The whole actor graph in the database as a networkx MultiDiGraph (GraphML-ready attributes)."""
    import networkx as nx

    driver = connect(settings)
    try:
        nodes, _, _ = driver.execute_query(READ_NODES, database_=settings.database, routing_="r")
        rels, _, _ = driver.execute_query(READ_RELATIONSHIPS, database_=settings.database, routing_="r")
    except Exception as exc:  # noqa: BLE001
        raise Neo4jUnavailable(f"reading the graph from {settings.uri} failed: {_short(exc)}") from None
    finally:
        driver.close()
    graph = nx.MultiDiGraph()
    for record in nodes:
        attrs: dict[str, Any] = {"label": record["name"] or record["key"], "type": record["type"] or ""}
        aliases = [a for a in (record["aliases"] or []) if a != attrs["label"]]
        attrs["aliases"] = "|".join(sorted(aliases))
        for name in ("iso3", "kind", "country"):
            if record[name]:
                attrs[name] = record[name]
        graph.add_node(record["key"], **attrs)
    for record in rels:
        props = {k: v for k, v in record["props"].items() if v is not None and not isinstance(v, (list, dict))}
        ident = props.pop("id")
        props["type"] = record["type"]
        graph.add_edge(record["head"], record["tail"], key=ident, **props)
    return graph
