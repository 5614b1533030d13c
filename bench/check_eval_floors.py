#!/usr/bin/env python3
"""Check extraction quality on the public DEV splits against the floors in bench/eval_floors.json.

    python bench/check_eval_floors.py [DATA_ROOT] [--update] [--json]

DATA_ROOT defaults to ../shared/eval next to the repository. When it is missing the check prints
"skipped" and exits 0, so nothing in the project's own tests needs that folder.

Exit status: 0 all figures at or above their floors (or skipped), 1 a figure dropped below its floor,
2 a configured file is missing or the floors file is malformed.

--update rewrites the floors as the figures measured now minus the margin (rounded down). Use it only
after an intended change, and only ever with DEV data: the floors file names DEV splits (and PLOVER,
which has no split) and never test splits.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(REPO))

from graphbuild.config import BuildSettings
from graphbuild.evaluate import run_eval

FLOORS = Path(__file__).resolve().with_name("eval_floors.json")
DEFAULT_ROOT = REPO.parent / "shared" / "eval"


def metric(report: dict[str, Any], dotted: str) -> float:
    """A figure from EvalReport.to_dict() by dotted path, e.g. "relations.micro.f1"."""
    value: Any = report
    for part in dotted.split("."):
        value = value[part]
    return float(value)


def measure(root: Path, runs: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Run the evaluator once per configured run, sharing one loaded pipeline."""
    from graphbuild.run import Processor

    processor = Processor(BuildSettings())
    reports = {}
    for name, run in runs.items():
        reports[name] = run_eval(run["dataset"], root / run["path"], BuildSettings(), processor=processor,
                                 split=run.get("split")).to_dict()
    return reports


def compare(runs: dict[str, Any], reports: dict[str, dict[str, Any]]) -> list[str]:
    """Print one line per figure; return the figures below their floors."""
    failures = []
    for name, run in runs.items():
        for dotted, floor in run["floors"].items():
            value = metric(reports[name], dotted)
            ok = value + 1e-9 >= floor
            print(f"{'ok  ' if ok else 'FAIL'} {name:<22} {dotted:<28} {value:.4f}  (floor {floor:.4f})")
            if not ok:
                failures.append(f"{name} {dotted} = {value:.4f} is below its floor {floor:.4f}")
    return failures


def update(config: dict[str, Any], reports: dict[str, dict[str, Any]]) -> None:
    margin = float(config["margin"])
    for name, run in config["runs"].items():
        for dotted in run["floors"]:
            value = metric(reports[name], dotted) - margin
            run["floors"][dotted] = max(0.0, math.floor(value * 1000) / 1000)
    FLOORS.write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {FLOORS}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_root", nargs="?", type=Path, default=DEFAULT_ROOT,
                        help=f"folder with conll04/, political_relations/, petrarch/ (default {DEFAULT_ROOT})")
    parser.add_argument("--update", action="store_true", help="rewrite the floors from the figures measured now")
    parser.add_argument("--json", action="store_true", help="also print the measured reports as JSON")
    args = parser.parse_args(argv)
    if not args.data_root.is_dir():
        print(f"eval floors: skipped: data root {args.data_root} not found")
        return 0
    try:
        config = json.loads(FLOORS.read_text(encoding="utf-8"))
        runs = config["runs"]
    except (OSError, ValueError, KeyError) as exc:
        print(f"eval floors: cannot read {FLOORS}: {exc}", file=sys.stderr)
        return 2
    paths = [args.data_root / run["path"] for run in runs.values()]
    missing = [str(path) for path in paths if not path.is_file()]
    if missing:
        print(f"eval floors: missing gold file(s): {', '.join(missing)}", file=sys.stderr)
        return 2
    reports = measure(args.data_root, runs)
    if args.json:
        print(json.dumps(reports, indent=2))
    if args.update:
        update(config, reports)
        return 0
    failures = compare(runs, reports)
    if failures:
        print("\neval floors: extraction quality dropped below the floor:", file=sys.stderr)
        for failure in failures:
            print(f"  {failure}", file=sys.stderr)
        print("Fix the regression, or, if the drop is intended, run with --update and explain it in the commit.",
              file=sys.stderr)
        return 1
    print("eval floors: all figures at or above their floors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
