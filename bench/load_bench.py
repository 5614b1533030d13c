"""Neo4j load throughput: the batched loader next to a one-MERGE-per-row baseline, in one run.

    eval "$(tests/neo4j/server start)"
    graphbuild build ../shared/eval/political_news/reuters_us_politics_2017_isot_subset.jsonl --out /tmp/reuters
    python bench/load_bench.py /tmp/reuters --yes

Measures, on the server named by NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD (its database is
WIPED, hence --yes):
  0. a warm-up: --warmup whole loads and reloads and a short baseline, then a wipe. A freshly
     started JVM writes about twice as slowly until its JIT has compiled the write paths (about
     five loads of this size), and each query is planned once; a server in use has done both
     long before. Both sides are measured warm.
  1. `graphbuild load` into an empty database (relations.jsonl rows per second),
  2. the same load again (every row a no-op),
  3. two baselines that write the same nodes, articles, MENTIONS, evidence and relationships
     with one auto-committed query per row: "one MERGE per row" (every written row its own
     query, MENTIONS pairs included) and the stricter "loader queries, 1 row" (the loader's own
     queries with one row each, so an article and all its MENTIONS are one query). By default
     they write ALL the data, so both sides do exactly the same work; --baseline-articles N
     limits them to the first N articles with all their entities and relation rows.
Reports medians of --repeat runs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from graphbuild.config import Neo4jSettings
from graphbuild.export import read_jsonl
from graphbuild.neo4j_store import (
    ARTICLE_QUERY,
    EVIDENCE_QUERY,
    NODE_QUERY,
    RELATIONSHIP_QUERY,
    article_rows,
    connect,
    ensure_schema,
    evidence_and_edges,
    load_rows,
    node_rows,
)


def wipe(settings: Neo4jSettings) -> None:
    driver = connect(settings)
    with driver.session(database=settings.database) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()
    driver.close()


# The per-row baseline writes an article and each of its MENTIONS as separate rows.
ARTICLE_ROW = "MERGE (a:Article {id: $id}) SET a += $props"
MENTION_ROW = "MATCH (a:Article {id: $id}) MATCH (e:Entity {key: $key}) MERGE (a)-[:MENTIONS]->(e)"


def baseline(settings: Neo4jSettings, entities: list, articles: list, relations: list,
             split_mentions: bool = True) -> float:
    """The same writes as the loader, one row per auto-committed query.

    With split_mentions (the one-MERGE-per-row baseline), every written row is its own query:
    each entity, article, MENTIONS pair, piece of evidence (with its IN) and relationship (with
    its weight recomputation). Without it, the loader's own queries are run with one row each,
    so an article and all its MENTIONS are one query: a stricter baseline.
    """
    evidence, edges = evidence_and_edges(relations)
    started = time.perf_counter()
    driver = connect(settings)
    with driver.session(database=settings.database) as session:
        ensure_schema(session)
        for row in node_rows(entities):
            session.run(NODE_QUERY, rows=[row]).consume()
        for row in article_rows(articles):
            if split_mentions:
                session.run(ARTICLE_ROW, id=row["id"], props=row["props"]).consume()
                for key in row["entities"]:
                    session.run(MENTION_ROW, id=row["id"], key=key).consume()
            else:
                session.run(ARTICLE_QUERY, rows=[row]).consume()
        for row in evidence:
            session.run(EVIDENCE_QUERY, rows=[row]).consume()
        for row in edges:
            session.run(RELATIONSHIP_QUERY, rows=[row]).consume()
    driver.close()
    return time.perf_counter() - started


def article_subset(entities: list, articles: list, relations: list, count: int) -> tuple[list, list, list]:
    """The first `count` articles with every entity they mention and every relation row they support."""
    chosen = articles[:count]
    ids = {a["id"] for a in chosen}
    rows = [r for r in relations if r["article_id"] in ids]
    keys = {k for a in chosen for k in a.get("entities", [])} | {r["head"] for r in rows} | {r["tail"] for r in rows}
    return [e for e in entities if e["key"] in keys], chosen, rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="a graphbuild build output folder")
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--baseline-articles", type=int, default=0,
                        help="baseline on the first N articles only (default: all the data)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measurement (median reported)")
    parser.add_argument("--warmup", type=int, default=5, help="whole loads run before measuring")
    parser.add_argument("--yes", action="store_true", help="confirm that the database may be wiped")
    args = parser.parse_args(argv)
    if not args.yes:
        print("this benchmark wipes the database at NEO4J_URI; pass --yes to go on", file=sys.stderr)
        return 2
    settings = Neo4jSettings.from_env(batch_size=args.batch_size)
    entities, articles, relations = (list(read_jsonl(args.out / f"{n}.jsonl")) for n in
                                     ("entities", "articles", "relations"))
    print(f"data: {len(entities)} entities, {len(articles)} articles, {len(relations)} relation rows "
          f"({settings.uri}, batch size {args.batch_size})")
    for _ in range(args.warmup):
        wipe(settings)
        load_rows(entities, articles, relations, settings)
        load_rows(entities, articles, relations, settings)
    wipe(settings)
    baseline(settings, *article_subset(entities, articles, relations, 50))
    firsts, seconds_ = [], []
    for _ in range(args.repeat):
        wipe(settings)
        firsts.append(load_rows(entities, articles, relations, settings)["seconds"])
        seconds_.append(load_rows(entities, articles, relations, settings)["seconds"])
    first, second = statistics.median(firsts), statistics.median(seconds_)
    rate = len(relations) / first
    print(f"batched load, empty db : {first:7.2f} s  {rate:9,.0f} relation rows/s")
    print(f"batched load, again    : {second:7.2f} s  {len(relations) / second:9,.0f} relation rows/s "
          f"(all no-ops; {first / second:.2f}x the first)")
    if args.baseline_articles:
        sub = article_subset(entities, articles, relations, args.baseline_articles)
    else:
        sub = (entities, articles, relations)
    for split, label in ((True, "one MERGE per row      "), (False, "loader queries, 1 row  ")):
        runs = []
        for _ in range(args.repeat):
            wipe(settings)
            runs.append(baseline(settings, *sub, split_mentions=split))
        seconds = statistics.median(runs)
        base_rate = len(sub[2]) / seconds
        print(f"{label}: {seconds:7.2f} s  {base_rate:9,.0f} relation rows/s -> batched is {rate / base_rate:.1f}x")
    print(f"(baselines on {len(sub[2])} relation rows with their {len(sub[0])} entities and {len(sub[1])} articles; "
          f"medians of {args.repeat} runs)")
    wipe(settings)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
