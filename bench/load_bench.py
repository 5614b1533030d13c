"""Neo4j load throughput: the batched loader next to a one-MERGE-per-row baseline, in one run.

    eval "$(tests/neo4j/server start)"
    graphbuild build ../shared/eval/political_news/reuters_us_politics_2017_isot_subset.jsonl --out /tmp/reuters
    python bench/load_bench.py /tmp/reuters --yes

Measures, on the server named by NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD (its database is
WIPED, hence --yes):
  0. a short warm-up of both (query planning on a fresh server), then a wipe,
  1. `graphbuild load` into an empty database (relations.jsonl rows per second),
  2. the same load again (every row a no-op),
  3. a baseline that writes the same nodes, articles, evidence and relationships with one
     auto-committed MERGE query per row, on the first --baseline-rows relation rows.
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
    CONSTRAINTS,
    EVIDENCE_QUERY,
    article_rows,
    connect,
    evidence_and_edges,
    load_rows,
    node_query,
    node_rows,
    relationship_query,
)


def wipe(settings: Neo4jSettings) -> None:
    driver = connect(settings)
    with driver.session(database=settings.database) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()
    driver.close()


def baseline(settings: Neo4jSettings, entities: list, articles: list, relations: list) -> float:
    """The same writes as the loader, but one row per query and transaction."""
    evidence, edges = evidence_and_edges(relations)
    started = time.perf_counter()
    driver = connect(settings)
    with driver.session(database=settings.database) as session:
        for statement in CONSTRAINTS:
            session.run(statement).consume()
        for label, rows in node_rows(entities).items():
            for row in rows:
                session.run(node_query(label), rows=[row]).consume()
        for row in article_rows(articles):
            session.run(ARTICLE_QUERY, rows=[row]).consume()
        for row in evidence:
            session.run(EVIDENCE_QUERY, rows=[row]).consume()
        for rel, rows in edges.items():
            for row in rows:
                session.run(relationship_query(rel), rows=[row]).consume()
    driver.close()
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="a graphbuild build output folder")
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--baseline-rows", type=int, default=1000, help="relation rows for the per-row baseline")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measurement (median reported)")
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
    wipe(settings)
    # warm-up: a freshly started server plans and compiles each query once; a real server has
    # done so long before. Both the loader and the baseline below run warm.
    load_rows(entities[:50], articles[:20], relations[:200], settings)
    baseline(settings, entities[:5], articles[:5], relations[:5])
    wipe(settings)
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
    wipe(settings)
    subset = relations[: args.baseline_rows]
    keys = {r["head"] for r in subset} | {r["tail"] for r in subset}
    ids = {r["article_id"] for r in subset}
    sub_entities = [e for e in entities if e["key"] in keys]
    sub_articles = [a for a in articles if a["id"] in ids]
    runs = []
    for _ in range(args.repeat):
        wipe(settings)
        runs.append(baseline(settings, sub_entities, sub_articles, subset))
    seconds = statistics.median(runs)
    base_rate = len(subset) / seconds
    print(f"one MERGE per row      : {seconds:7.2f} s  {base_rate:9,.0f} relation rows/s "
          f"({len(subset)} rows with their {len(sub_entities)} entities and {len(sub_articles)} articles)")
    print(f"batched / per-row      : {rate / base_rate:.1f}x  (medians of {args.repeat} runs)")
    wipe(settings)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
