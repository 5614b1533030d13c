"""Print a random sample of relation rows from a build, for checking precision by hand.

    graphbuild build ../shared/eval/political_news/reuters_us_politics_2017_isot_subset.jsonl --out /tmp/reuters
    python bench/sample_edges.py /tmp/reuters --n 40 --seed 20261124

Each line: number, head -TYPE(role or status)-> tail | rule | the evidence sentence. Mark each
line right or wrong against its sentence; the README quotes one such check.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from graphbuild.export import read_jsonl


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="a graphbuild build output folder")
    parser.add_argument("--n", type=int, default=40, help="rows to draw")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--type", default="", help="only relations of these types, comma-separated "
                                                    "(e.g. THREATENED,ACCUSED)")
    args = parser.parse_args(argv)
    names = {row["key"]: row["label"] for row in read_jsonl(args.out / "entities.jsonl")}
    types = {t.strip() for t in args.type.split(",") if t.strip()}
    rows = [row for row in read_jsonl(args.out / "relations.jsonl") if not types or row["type"] in types]
    sample = random.Random(args.seed).sample(rows, min(args.n, len(rows)))
    for number, row in enumerate(sample):
        qualifier = row.get("role") or row.get("status") or ""
        label = f"{row['type']}({qualifier})" if qualifier else row["type"]
        print(f"{number:3d} {names.get(row['head'], row['head'])} -{label}-> {names.get(row['tail'], row['tail'])}"
              f" | {row['rule']} | {row['sentence']}")
    print(f"({len(sample)} of {len(rows)} rows, seed {args.seed})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
