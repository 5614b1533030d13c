"""Print the README's quality table: dev and test figures of every public gold set, in one run.

    python bench/eval_table.py ../shared/eval

Reads the data from the given root (nothing is copied into the project). Test splits are
reported, never tuned on.
"""

from __future__ import annotations

import sys
from pathlib import Path

from graphbuild.config import BuildSettings
from graphbuild.evaluate import run_eval
from graphbuild.run import Processor

RUNS = [
    ("CoNLL04 dev", "conll04", "conll04/conll04_dev.json", None),
    ("CoNLL04 **test**", "conll04", "conll04/conll04_test.json", None),
    ("CrossRE politics dev", "crossre", "political_relations/crossre/crossre_data/politics-dev.json", None),
    ("CrossRE politics **test**", "crossre", "political_relations/crossre/crossre_data/politics-test.json", None),
    ("CrossRE news dev", "crossre", "political_relations/crossre/crossre_data/news-dev.json", None),
    ("CrossRE news **test**", "crossre", "political_relations/crossre/crossre_data/news-test.json", None),
    ("Re-DocRED dev", "redocred", "political_relations/re_docred/dev_revised.json", None),
    ("Re-DocRED **test**", "redocred", "political_relations/re_docred/test_revised.json", None),
    ("PLOVER dev half", "plover", "petrarch/plover_gsr/PLOVER_GSR_CAMEO.json", "dev"),
    ("PLOVER **test half**", "plover", "petrarch/plover_gsr/PLOVER_GSR_CAMEO.json", "test"),
    ("PETRARCH-2 GSR (whole file)", "petrarch",
     "petrarch/universalpetrarch_gsr_validation/PETR2_GSR_validation.extracted.jsonl", None),
]


ENTITY_TYPES = ("Person", "Organization", "Place")


def _fmt(score: dict) -> str:
    return f"{score['precision']:.3f} / {score['recall']:.3f} / **{score['f1']:.3f}**"


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else Path("../shared/eval")
    if not root.is_dir():
        print(f"no data at {root}", file=sys.stderr)
        return 2
    processor = Processor(BuildSettings())
    print("| run | label | gold | pred | P / R / F1 | entities P / R / F1 |")
    print("|---|---|---|---|---|---|")
    entity_rows = []
    for title, dataset, path, split in RUNS:
        report = run_eval(dataset, root / path, BuildSettings(), processor=processor, show=0, split=split).to_dict()
        by_type = report.get("entities", {}).get("labels", {})
        if by_type:
            entity_rows.append(f"| {title} | " + " | ".join(
                f"{_fmt(by_type[t])} ({by_type[t]['gold']})" if t in by_type else "" for t in ENTITY_TYPES) + " |")
        relations = report["relations"]
        entities = report.get("entities", {}).get("micro")
        labels = [k for k in relations["labels"]] if "labels" in relations else []
        for label in labels:
            score = relations["labels"][label]
            print(f"| {title} | {label} | {score['gold']} | {score['pred']} | {_fmt(score)} | "
                  f"{_fmt(entities) if entities and label == labels[0] else ''} |")
        if len(labels) > 1:
            score = relations["micro"]
            print(f"| {title} | micro | {score['gold']} | {score['pred']} | {_fmt(score)} | |")
    print()
    print("| run | " + " | ".join(f"{t} P / R / F1 (gold)" for t in ENTITY_TYPES) + " |")
    print("|---|" + "---|" * len(ENTITY_TYPES))
    print("\n".join(entity_rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
