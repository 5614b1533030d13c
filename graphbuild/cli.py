"""Commands only: options -> settings -> library call; errors -> message + exit code."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer

from . import __version__
from .config import BuildSettings, Neo4jSettings
from .errors import GraphbuildError

app = typer.Typer(
    help="Turn political news into a knowledge graph of political actors.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,  # a password in a local must never reach a traceback
    add_completion=False,
)
log = logging.getLogger("graphbuild")

EXIT_REJECTED = 3  # the run finished but some inputs were rejected (see out/rejected.jsonl)


def _setup_logging(verbose: bool, quiet: bool) -> None:
    level = logging.DEBUG if verbose else logging.ERROR if quiet else logging.WARNING
    logging.basicConfig(level=level, format="graphbuild: %(levelname)s: %(message)s", stream=sys.stderr)
    # the driver logs every retry and server notification; our own message says what failed
    logging.getLogger("neo4j").setLevel(logging.DEBUG if verbose else logging.CRITICAL)


def _fail(exc: GraphbuildError) -> typer.Exit:
    message = f"error: {exc}"
    if getattr(exc, "hint", ""):
        message += f"\nhint: {exc.hint}"
    typer.echo(message, err=True)
    return typer.Exit(1)


NeoUri = Annotated[str | None, typer.Option("--uri", envvar="NEO4J_URI", help="Bolt URI of the Neo4j server.")]
NeoUser = Annotated[str | None, typer.Option("--user", envvar="NEO4J_USERNAME", help="Neo4j user.")]
NeoPassword = Annotated[
    str | None,
    typer.Option("--password", envvar="NEO4J_PASSWORD", help="Neo4j password (prefer NEO4J_PASSWORD).", show_default=False),
]
NeoDatabase = Annotated[str | None, typer.Option("--database", envvar="NEO4J_DATABASE", help="Neo4j database.")]


@app.command()
def build(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories (recursive) or - for JSON Lines on stdin.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("out"),
    model: Annotated[str | None, typer.Option(help="Installed spaCy pipeline name or path.")] = None,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
    batch_size: Annotated[int, typer.Option(min=1, help="Texts per nlp.pipe batch.")] = 64,
    lexicon: Annotated[Path | None, typer.Option(help="Folder of lexicon TSV files to use instead.")] = None,
    neo4j: Annotated[bool, typer.Option("--neo4j", help="Load the result into Neo4j afterwards.")] = False,
    uri: NeoUri = None,
    user: NeoUser = None,
    password: NeoPassword = None,
    database: NeoDatabase = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Read articles and write out/graph.graphml, graph.gexf, relations.jsonl, entities.jsonl, articles.jsonl."""
    from .run import build as run_build

    _setup_logging(verbose, quiet)
    settings = BuildSettings(
        model=model, workers=workers, batch_size=batch_size, lexicon=str(lexicon) if lexicon else None
    )
    bar = None
    if not quiet and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True)

    def progress(done: int, words: int) -> None:
        if bar is not None:
            bar.update(done - bar.n)
            bar.set_postfix_str(f"{words:,} words", refresh=False)

    try:
        stats = run_build(inputs, out, settings, progress=progress)
    except GraphbuildError as exc:
        raise _fail(exc) from None
    except (KeyboardInterrupt, typer.Exit):
        raise
    except Exception as exc:  # a bug: one clear line, the traceback only with --verbose
        if verbose:
            raise
        typer.echo(f"error: unexpected {type(exc).__name__}: {exc}\nhint: run again with --verbose for the "
                   "traceback, and report it", err=True)
        raise typer.Exit(1) from None
    finally:
        if bar is not None:
            bar.close()
    if not quiet:
        rate = stats.words / stats.seconds if stats.seconds else 0.0
        typer.echo(
            f"articles read: {stats.articles}, rejected: {stats.rejected}, entities: {stats.entities}, "
            f"relations: {stats.relations} ({stats.edges} edges), {stats.seconds:.1f} s, {rate:,.0f} words/s",
            err=True,
        )
        for rel, count in stats.relations_by_type.items():
            typer.echo(f"  {rel:<17} {count}", err=True)
        typer.echo(f"wrote {', '.join(Path(p).name for p in stats.outputs.values())} to {out}", err=True)
        if stats.rejected:
            typer.echo(f"{stats.rejected} input item(s) rejected: see {out / 'rejected.jsonl'}", err=True)
    if neo4j:
        load(out, uri=uri, user=user, password=password, database=database, batch_size=1000, quiet=quiet)
    if stats.rejected:
        raise typer.Exit(EXIT_REJECTED)


@app.command()
def info(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
         model: Annotated[str | None, typer.Option(help="spaCy pipeline to describe.")] = None) -> None:
    """Versions, the spaCy pipeline in use and its components."""
    import platform

    import networkx
    import spacy

    from .nlp.lexicon import lexicon_dir, load_lexicon
    from .nlp.pipeline import load_pipeline, pipeline_info

    try:
        nlp = load_pipeline(model)
    except GraphbuildError as exc:
        raise _fail(exc) from None
    lex = load_lexicon()
    data = {
        "graphbuild": __version__,
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "networkx": networkx.__version__,
        "pipeline": pipeline_info(nlp),
        "lexicons": {
            "path": str(lexicon_dir()),
            "countries": len(lex.countries),
            "organizations": len(lex.orgs),
            "roles": len(lex.roles),
            "interaction_words": len(lex.triggers),
        },
    }
    try:
        import neo4j as neo4j_driver

        data["neo4j_driver"] = neo4j_driver.__version__
    except ImportError:  # pragma: no cover - a declared dependency
        data["neo4j_driver"] = None
    if as_json:
        typer.echo(json.dumps(data, indent=2))
        return
    pipe = data["pipeline"]
    typer.echo(f"graphbuild {data['graphbuild']} (Python {data['python']}, spaCy {data['spacy']}, "
               f"networkx {data['networkx']}, neo4j driver {data['neo4j_driver']})")
    typer.echo(f"pipeline: {pipe['name']} {pipe['version']} components: {', '.join(pipe['components'])}")
    lexicons = data["lexicons"]
    typer.echo(f"lexicons: {lexicons['path']} ({lexicons['countries']} countries, "
               f"{lexicons['organizations']} organisations, {lexicons['roles']} titles, "
               f"{lexicons['interaction_words']} interaction words)")


@app.command()
def load(
    out: Annotated[Path, typer.Argument(help="A build output folder (with relations.jsonl).")] = Path("out"),
    uri: NeoUri = None,
    user: NeoUser = None,
    password: NeoPassword = None,
    database: NeoDatabase = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Rows per UNWIND batch.")] = 1000,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
) -> None:
    """Load a build output folder into Neo4j (idempotent, batched MERGE)."""
    from .neo4j_store import load_output

    _setup_logging(False, quiet)
    settings = Neo4jSettings.from_env(uri=uri, user=user, password=password, database=database,
                                      batch_size=batch_size)
    try:
        counts = load_output(out, settings)
    except GraphbuildError as exc:
        raise _fail(exc) from None
    if not quiet:
        typer.echo(
            f"loaded into {settings.uri} ({settings.database}): {counts['nodes']} nodes, "
            f"{counts['relationships']} relationships, {counts['articles']} articles, "
            f"{counts['evidence']} evidence rows in {counts['seconds']:.1f} s",
            err=True,
        )


@app.command()
def export(
    out: Annotated[Path, typer.Option("--out", "-o", help="File to write: .graphml or .gexf.")],
    from_neo4j: Annotated[bool, typer.Option("--from-neo4j", help="Read the graph from Neo4j.")] = True,
    uri: NeoUri = None,
    user: NeoUser = None,
    password: NeoPassword = None,
    database: NeoDatabase = None,
) -> None:
    """Export the whole graph held in Neo4j to GraphML or GEXF (for Gephi)."""
    _setup_logging(False, False)
    from .export import write_gexf, write_graphml
    from .neo4j_store import read_graph

    if not from_neo4j:
        raise _fail(GraphbuildError("only --from-neo4j is supported; `graphbuild build` writes files itself"))
    if out.suffix.lower() not in (".graphml", ".gexf"):
        raise _fail(GraphbuildError(f"unknown export format {out.suffix!r}: use .graphml or .gexf"))
    settings = Neo4jSettings.from_env(uri=uri, user=user, password=password, database=database)
    try:
        graph = read_graph(settings)
    except GraphbuildError as exc:
        raise _fail(exc) from None
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix.lower() == ".gexf":
        write_gexf(graph, out)
    else:
        write_graphml(graph, out)
    typer.echo(f"wrote {graph.number_of_nodes()} nodes and {graph.number_of_edges()} edges to {out}", err=True)


@app.command()
def query(
    name: Annotated[str | None, typer.Argument(help="A named query from queries/ (see --list).")] = None,
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="A query parameter as key=value (repeatable).")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="Output: table, json or csv.")] = "table",
    graph: Annotated[
        Path | None,
        typer.Option("--graph", help="Answer from this graph.graphml without a server (embedded queries only)."),
    ] = None,
    list_queries: Annotated[bool, typer.Option("--list", help="List the named queries and their parameters.")] = False,
    uri: NeoUri = None,
    user: NeoUser = None,
    password: NeoPassword = None,
    database: NeoDatabase = None,
) -> None:
    """Run a named, parameterised query on Neo4j (or on a GraphML file with --graph)."""
    _setup_logging(False, False)
    from . import queries

    try:
        if list_queries:
            typer.echo("\n".join(queries.describe(info) for info in queries.list_queries()))
            return
        if not name:
            raise GraphbuildError("give a query name (graphbuild query --list shows them)")
        if fmt not in queries.FORMATS:
            raise GraphbuildError(f"unknown format {fmt!r}: use {', '.join(queries.FORMATS)}")
        info = queries.load_query(name)
        params = queries.parse_params(param or [], info)
        if graph is not None:
            rows = queries.run_on_graph(name, params, graph)
        else:
            settings = Neo4jSettings.from_env(uri=uri, user=user, password=password, database=database)
            rows = queries.run_named(name, params, settings)
    except GraphbuildError as exc:
        raise _fail(exc) from None
    typer.echo(queries.format_rows(rows, fmt), nl=False)


@app.command("eval")
def eval_command(
    dataset: Annotated[str, typer.Argument(
        help="conll04, crossre, redocred, plover, petrarch, or jsonl (your own gold, see docs/EVAL.md).")],
    path: Annotated[Path, typer.Argument(help="The gold file, e.g. ../shared/eval/conll04/conll04_dev.json.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    limit: Annotated[int | None, typer.Option(min=1, help="Score only the first N sentences.")] = None,
    show: Annotated[int, typer.Option(min=0, help="Misses and false positives listed per kind.")] = 10,
    model: Annotated[str | None, typer.Option(help="Installed spaCy pipeline name or path.")] = None,
    split: Annotated[str | None, typer.Option(help="dev or test half of a file without splits (PLOVER).")] = None,
) -> None:
    """Precision, recall and F1 of the extraction on annotated text, per relation type and entity type."""
    from .evaluate import run_eval

    try:  # an unknown dataset is refused by run_eval before anything loads
        report = run_eval(dataset, path, BuildSettings(model=model), limit, show, split=split)
    except GraphbuildError as exc:
        raise _fail(exc) from None
    typer.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False) if as_json else report.format_table())


def main() -> None:  # console script entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
