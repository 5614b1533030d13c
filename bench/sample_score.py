"""Score a build of the bundled sample articles against data/articles/EXPECTED.md.

    graphbuild build data/articles --out out && python bench/sample_score.py out

EXPECTED.md lists, per article, facts as `REL(head, tail[, qualifier])` bullets (optional
ones in italics, forbidden ones after `NOT:`). This prints recall of the required facts and
the extracted relations no bullet mentions, article by article: a development aid, since
the samples were written for this project.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from graphbuild.nlp.lexicon import fold

FACT = re.compile(r"^\* (?P<opt>\*\(optional\)\* )?(?P<rel>[A-Z_]+)\((?P<args>[^)]*)\)")
HEADING = re.compile(r"^## (?P<id>\S+)")
SYMMETRIC = {"MET_WITH", "NEGOTIATED_WITH"}


def parse_expected(path: Path) -> dict[str, list[tuple[str, str, str, bool]]]:
    facts: dict[str, list[tuple[str, str, str, bool]]] = defaultdict(list)
    article = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        heading = HEADING.match(line)
        if heading:
            article = heading.group("id")
            continue
        match = FACT.match(line)
        if match and article:
            args = [a.strip() for a in match.group("args").split(",")]
            if len(args) >= 2:
                facts[article].append((match.group("rel"), args[0], args[1], bool(match.group("opt"))))
    return facts


def same(a: str, b: str) -> bool:
    a, b = fold(a), fold(b)
    return a == b or a.split()[-1:] == b.split()[-1:]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", nargs="?", type=Path, default=Path("out"), help="a build of data/articles")
    out = parser.parse_args(argv).out
    if not (out / "relations.jsonl").is_file():
        parser.error(f"{out / 'relations.jsonl'} not found: build the samples first (see above)")
    expected = parse_expected(Path(__file__).resolve().parents[1] / "data" / "articles" / "EXPECTED.md")
    got: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for line in (out / "relations.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["type"] != "PART_OF":
            got[row["article_id"]].add((row["type"], row["head_label"], row["tail_label"]))
    found = required = 0
    for article, facts in sorted(expected.items()):
        key = next((k for k in got if k.startswith(article.split(".")[0]) or article.startswith(k)), article)
        have = got.get(key, set())
        used: set[tuple[str, str, str]] = set()
        misses = []
        for rel, head, tail, optional in facts:
            hit = [g for g in have if g[0] == rel and (
                (same(g[1], head) and same(g[2], tail)) or (rel in SYMMETRIC and same(g[1], tail) and same(g[2], head)))]
            used.update(hit)
            if not optional:
                required += 1
                found += bool(hit)
                if not hit:
                    misses.append(f"{rel}({head}, {tail})")
        extra = sorted(have - used)
        print(f"{article}: {len(misses)} missed, {len(extra)} not in EXPECTED.md")
        for miss in misses:
            print(f"   miss   {miss}")
        for rel, head, tail in extra:
            print(f"   extra  {rel}({head}, {tail})")
    print(f"required facts found: {found}/{required} = {found / max(required, 1):.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
