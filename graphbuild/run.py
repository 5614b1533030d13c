"""read -> nlp.pipe -> extract -> resolve -> graph -> files. Returns RunStats."""

from __future__ import annotations

import json
import logging
import multiprocessing as mp
import time
import traceback
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .config import BuildSettings
from .export import write_gexf, write_graphml, write_jsonl
from .graph import GraphBuilder
from .models import Article, ArticleResult, Rejected, RunStats
from .readers import iter_articles
from .util import batched

log = logging.getLogger(__name__)

Outcome = ArticleResult | Rejected


def word_count(text: str) -> int:
    return len(text.split())


# --- processing ------------------------------------------------------------------------------
class Processor:
    """Holds the pipeline and lexicon; turns articles into results in one process."""

    def __init__(self, settings: BuildSettings) -> None:
        from .nlp.lexicon import load_lexicon
        from .nlp.pipeline import load_pipeline

        self.settings = settings
        self.nlp = load_pipeline(settings.model, settings.lexicon)
        self.lex = load_lexicon(settings.lexicon)

    def process(self, articles: Iterable[Article]) -> Iterator[Outcome]:
        """Parse and extract, streaming. A text the pipeline cannot parse (too long, or one that
        makes a component fail) is rejected on its own; the rest of its batch goes on."""
        for batch in batched(self._fitting(articles), self.settings.batch_size):
            fit = [item for item in batch if isinstance(item, Article)]
            try:
                docs = iter(list(self.nlp.pipe((a.body for a in fit), batch_size=self.settings.batch_size)))
            except Exception:  # noqa: BLE001 - find the article that broke the batch
                parsed = iter(list(self._one_by_one(fit)))
                yield from (next(parsed) if isinstance(item, Article) else item for item in batch)
                continue
            for item in batch:  # input order, rejected items in their place
                yield self._extract(next(docs), item) if isinstance(item, Article) else item

    def _fitting(self, articles: Iterable[Article]) -> Iterator[Article | Rejected]:
        limit = self.nlp.max_length
        for article in articles:
            if len(article.body) > limit:
                yield Rejected(article.origin or article.id,
                               f"article too long for the pipeline: {len(article.body):,} characters "
                               f"(limit {limit:,}); split it into several articles", article.text[:2000])
            else:
                yield article

    def _one_by_one(self, batch: list[Article]) -> Iterator[Outcome]:
        for article in batch:
            try:
                doc = self.nlp(article.body)
            except Exception as exc:  # noqa: BLE001
                log.debug("parsing failed for %s\n%s", article.origin, traceback.format_exc())
                yield Rejected(article.origin or article.id, f"parsing failed: {type(exc).__name__}: {exc}",
                               article.text[:2000])
                continue
            yield self._extract(doc, article)

    def _extract(self, doc, article: Article) -> Outcome:
        from .extract import extract

        started = time.perf_counter()
        try:
            result = extract(doc, article, self.lex)
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
            log.debug("extraction failed for %s\n%s", article.origin, traceback.format_exc())
            return Rejected(article.origin or article.id, f"extraction failed: {type(exc).__name__}: {exc}",
                            article.text[:2000])
        result.seconds = time.perf_counter() - started
        result.words = word_count(article.body)
        return result


_WORKER: Processor | None = None


def _init_worker(settings: BuildSettings) -> None:
    global _WORKER
    _WORKER = Processor(settings)


def _work(chunk: list[Article]) -> list[Outcome]:
    assert _WORKER is not None
    return list(_WORKER.process(chunk))


def process_parallel(articles: Iterable[Article], settings: BuildSettings) -> Iterator[Outcome]:
    """Results in input order from `settings.workers` processes, with a bounded queue."""
    context = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context("spawn")
    with context.Pool(settings.workers, initializer=_init_worker, initargs=(settings,)) as pool:
        pending: deque = deque()
        window = settings.workers * 3
        for chunk in batched(articles, settings.chunk_size):
            pending.append(pool.apply_async(_work, (chunk,)))
            while len(pending) >= window:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def process(articles: Iterable[Article], settings: BuildSettings) -> Iterator[Outcome]:
    if settings.workers > 1:
        return process_parallel(articles, settings)
    return Processor(settings).process(articles)


# --- the build job -------------------------------------------------------------------------------
class _Split:
    """Passes articles on, writes rejected items as they are met, renames duplicate ids."""

    def __init__(self, items: Iterable[Article | Rejected], on_rejected: Callable[[Rejected], None]):
        self.items = items
        self.on_rejected = on_rejected
        self.ids: Counter = Counter()

    def __iter__(self) -> Iterator[Article]:
        for item in self.items:
            if isinstance(item, Rejected):
                self.on_rejected(item)
                continue
            self.ids[item.id] += 1
            if self.ids[item.id] > 1:
                new_id = f"{item.id}#{self.ids[item.id]}"
                log.warning("%s: duplicate article id %r renamed %r", item.origin, item.id, new_id)
                item.id = new_id
            yield item


def build(
    inputs: Iterable[str | Path],
    out_dir: Path,
    settings: BuildSettings | None = None,
    progress: Callable[[int, int], None] | None = None,
    stdin=None,
) -> RunStats:
    """Read every input, extract, and write graph.graphml, graph.gexf, relations.jsonl and friends.

    `progress(articles_done, words_done)` is called after each article.
    """
    settings = settings or BuildSettings()
    started = time.perf_counter()
    out_dir.mkdir(parents=True, exist_ok=True)
    stats = RunStats()
    by_type: Counter = Counter()
    builder = GraphBuilder(spool_dir=out_dir)
    rejected_path = out_dir / "rejected.jsonl"
    try:
        with rejected_path.open("w", encoding="utf-8") as rejected_file:

            def reject(item: Rejected) -> None:
                stats.rejected += 1
                log.warning("rejected %s: %s", item.origin, item.reason)
                rejected_file.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
                rejected_file.flush()

            articles = _Split(iter_articles(inputs, stdin=stdin), reject)
            for outcome in process(articles, settings):
                if isinstance(outcome, Rejected):
                    reject(outcome)
                    continue
                builder.add(outcome)
                stats.articles += 1
                stats.words += outcome.words
                by_type.update(r.type for r in outcome.relations)
                if progress:
                    progress(stats.articles, stats.words)
        graph = builder.to_networkx()
        outputs: dict[str, str] = {}
        if "graphml" in settings.formats:
            write_graphml(graph, out_dir / "graph.graphml")
            outputs["graphml"] = str(out_dir / "graph.graphml")
        if "gexf" in settings.formats:
            dates = {ident: sorted(edge.dates) for ident, edge in builder.edges.items()}
            write_gexf(graph, out_dir / "graph.gexf", dates)
            outputs["gexf"] = str(out_dir / "graph.gexf")
        stats.relations = builder.write_relations(out_dir / "relations.jsonl")
        write_jsonl(builder.entity_rows(), out_dir / "entities.jsonl")
        write_jsonl(builder.articles, out_dir / "articles.jsonl")
        outputs.update(
            relations=str(out_dir / "relations.jsonl"),
            entities=str(out_dir / "entities.jsonl"),
            articles=str(out_dir / "articles.jsonl"),
            rejected=str(rejected_path),
        )
    finally:
        builder.close()
    stats.entities = graph.number_of_nodes()
    stats.edges = graph.number_of_edges()
    stats.relations_by_type = dict(sorted(by_type.items()))
    stats.seconds = round(time.perf_counter() - started, 3)
    stats.outputs = outputs
    summary = stats.to_dict()
    summary.pop("seconds")  # keep summary.json byte-identical across runs
    summary["outputs"] = {k: Path(v).name for k, v in outputs.items()}
    (out_dir / "summary.json").write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return stats
