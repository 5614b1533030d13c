"""Build throughput next to raw spaCy on the same texts, in one run.

    python bench/throughput.py ../shared/eval/political_news/reuters_us_politics_2017_isot_subset.jsonl
    python bench/throughput.py news.jsonl --limit 300 --workers 1 2

Prints words per second for (a) `nlp.pipe` with the very pipeline graphbuild uses (the
trained model plus graphbuild's lexicon ruler and line-break component), over the same
texts (title + body), and (b) the whole `graphbuild build` job: reading, parsing, rules,
resolution and writing GraphML/GEXF/JSONL. Model loading is timed apart and not counted
in either rate.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from graphbuild.config import BuildSettings
from graphbuild.models import Article
from graphbuild.nlp.pipeline import load_pipeline
from graphbuild.readers import iter_articles
from graphbuild.run import Processor, build, word_count


def _articles(path: Path, limit: int | None) -> list[Article]:
    out = [a for a in iter_articles([path]) if isinstance(a, Article)]
    return out[:limit] if limit else out


def time_raw(texts: list[str], batch_size: int) -> float:
    nlp = load_pipeline()
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - started


def time_build(path: Path, limit: int | None, workers: int, batch_size: int) -> tuple[float, int]:
    """Seconds of the build job minus pipeline loading (measured once per worker setup)."""
    source = path
    with tempfile.TemporaryDirectory() as tmp:
        if limit:
            source = Path(tmp) / "input.jsonl"
            lines = path.read_text(encoding="utf-8").splitlines()[:limit]
            source.write_text("\n".join(lines) + "\n", encoding="utf-8")
        started = time.perf_counter()
        Processor(BuildSettings())  # what the job pays before the first article
        load = time.perf_counter() - started
        stats = build([source], Path(tmp) / "out", BuildSettings(workers=workers, batch_size=batch_size))
        return stats.seconds - load, stats.words


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", type=Path, help="a JSON Lines file of articles")
    parser.add_argument("--limit", type=int, default=None, help="use the first N articles")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--repeat", type=int, default=1, help="runs of each measurement (median reported)")
    args = parser.parse_args(argv)
    if not args.path.is_file():
        print(f"no such file: {args.path}", file=sys.stderr)
        return 2
    articles = _articles(args.path, args.limit)
    texts = [a.body for a in articles]
    words = sum(word_count(t) for t in texts)
    print(f"corpus: {args.path.name}: {len(texts)} articles, {words:,} words (python {sys.version.split()[0]})")
    raw = statistics.median(time_raw(texts, args.batch_size) for _ in range(args.repeat))
    raw_rate = words / raw
    print(f"raw nlp.pipe          : {raw:7.2f} s  {raw_rate:9,.0f} words/s  (1 process)")
    for workers in args.workers:
        runs = [time_build(args.path, args.limit, workers, args.batch_size) for _ in range(args.repeat)]
        seconds = statistics.median(r[0] for r in runs)
        rate = runs[0][1] / seconds
        print(f"build --workers {workers:<5} : {seconds:7.2f} s  {rate:9,.0f} words/s  "
              f"= {rate / raw_rate:5.1%} of raw nlp.pipe")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
