"""The build job end to end: files written, round trips, determinism, bad input, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from graphbuild.cli import EXIT_REJECTED, app
from graphbuild.config import BuildSettings
from graphbuild.run import build

pytestmark = pytest.mark.model

ARTICLES = {
    "2024-03-01-summit.txt": (
        "Baltic leaders meet in Riga\n\n"
        "Latvian Prime Minister Ilze Kalnina met Estonian Prime Minister Kaja Tamm in Riga on Friday. "
        "Kalnina praised Tamm for her support. Russia threatened Estonia over the new border fence."
    ),
    "2025-06-12-talks.txt": (
        "Envoys hold talks\n\n"
        "Estonian Prime Minister Kaija Tamm held talks with Finnish President Mikko Lehto in Helsinki. "
        "Tamm said the talks were useful."
    ),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "broken.jsonl").write_text('{"id": "ok", "text": "Polish President Jan Nowak spoke."}\n{bad\n',
                                         encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def built(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    stats = build([corpus], out, BuildSettings())
    return out, stats


def test_outputs_and_counts(built):
    out, stats = built
    for name in ("graph.graphml", "graph.gexf", "relations.jsonl", "entities.jsonl", "articles.jsonl",
                 "rejected.jsonl", "summary.json"):
        assert (out / name).is_file(), name
    assert stats.articles == 3 and stats.rejected == 1
    rejected = [json.loads(line) for line in (out / "rejected.jsonl").read_text().splitlines()]
    assert rejected[0]["origin"].endswith("broken.jsonl:2")


def test_people_merge_across_articles_and_dates_stamp_edges(built):
    out, _ = built
    graph = nx.read_graphml(out / "graph.graphml")
    tamm = [n for n, d in graph.nodes(data=True) if d["type"] == "Person" and "Tamm" in d["label"]]
    assert len(tamm) == 1, tamm  # "Kaja Tamm", "Kaija Tamm", "Tamm": one person
    roles = [d for u, v, d in graph.edges(data=True) if u == tamm[0] and d["type"] == "HOLDS_ROLE"]
    assert len(roles) == 1 and roles[0]["role"] == "prime minister"
    assert (roles[0]["first_seen"], roles[0]["last_seen"], roles[0]["weight"]) == ("2024-03-01", "2025-06-12", 2)
    assert graph.nodes["country:EST"]["iso3"] == "EST"


def test_graphml_round_trip_networkx_and_igraph(built):
    out, _ = built
    graph = nx.read_graphml(out / "graph.graphml")
    assert graph.is_directed() and graph.is_multigraph()
    for _, data in graph.nodes(data=True):
        assert {"label", "type", "aliases"} <= set(data)
    for _, _, data in graph.edges(data=True):
        assert {"type", "weight", "evidence", "cameo" if data["category"] == "interaction" else "type"} <= set(data)
    igraph = pytest.importorskip("igraph")
    g = igraph.Graph.Read_GraphML(str(out / "graph.graphml"))
    assert g.vcount() == graph.number_of_nodes() and g.ecount() == graph.number_of_edges()
    assert "label" in g.vs.attributes() and "type" in g.es.attributes()


def test_gexf_round_trip_with_colours_and_spells(built):
    out, _ = built
    graph = nx.read_gexf(out / "graph.gexf")
    assert graph.number_of_nodes() > 0
    node = next(d for _, d in graph.nodes(data=True) if d.get("type") == "Country")
    assert node["viz"]["color"]["r"] == 219
    text = (out / "graph.gexf").read_text()
    assert 'mode="dynamic"' in text and "<spell " in text


def test_relations_jsonl_has_full_evidence(built):
    out, _ = built
    rows = [json.loads(line) for line in (out / "relations.jsonl").read_text().splitlines()]
    met = [r for r in rows if r["type"] == "MET_WITH"]
    assert met and met[0]["status"] == "held" and met[0]["date"] == "2024-03-01"
    body_keys = {"head", "head_label", "type", "tail", "article_id", "sentence", "start", "end", "rule", "confidence"}
    assert body_keys <= set(met[0])


def test_deterministic_and_workers_give_same_files(corpus, built, tmp_path):
    out, _ = built
    again = tmp_path / "again"
    build([corpus], again, BuildSettings(workers=2, chunk_size=1))
    for name in ("graph.graphml", "graph.gexf", "relations.jsonl", "entities.jsonl", "summary.json"):
        assert (out / name).read_bytes() == (again / name).read_bytes(), name


def test_cli_build_exit_code_and_summary(corpus, tmp_path):
    result = CliRunner().invoke(app, ["build", str(corpus), "--out", str(tmp_path / "o")])
    assert result.exit_code == EXIT_REJECTED, result.output
    assert "articles read: 3, rejected: 1" in result.output
    clean = tmp_path / "clean"
    clean.mkdir()
    (clean / "a.txt").write_text(ARTICLES["2025-06-12-talks.txt"], encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(clean), "--out", str(tmp_path / "o2"), "--quiet"])
    assert result.exit_code == 0, result.output
    assert result.output == ""


def test_cli_info_json():
    result = CliRunner().invoke(app, ["info", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert "parser" in data["pipeline"]["components"] and "graphbuild_lexicon" in data["pipeline"]["components"]
    assert data["lexicons"]["countries"] > 190


def test_every_command_has_help():
    import typer.main

    group = typer.main.get_group(app)
    for name, command in group.commands.items():
        assert command.help, f"{name} has no help text"


def test_an_article_the_pipeline_cannot_take_is_rejected_alone(processor, monkeypatch):
    from graphbuild.models import Article, ArticleResult, Rejected

    monkeypatch.setattr(processor.nlp, "max_length", 200)
    articles = [Article(id="ok", text="Polish President Jan Nowak spoke."), Article(id="long", text="word " * 100)]
    outcomes = list(processor.process(articles))
    assert [type(o) for o in outcomes] == [ArticleResult, Rejected]
    assert "too long" in outcomes[1].reason and outcomes[1].raw.startswith("word")


def test_a_text_that_breaks_the_parser_is_isolated(processor, monkeypatch):
    from graphbuild.models import Article, ArticleResult, Rejected

    real = processor.nlp

    class Fragile:  # a pipeline that fails on one text, as a buggy custom component would
        max_length = real.max_length

        def pipe(self, texts, **kwargs):
            texts = list(texts)
            if any("BOOM" in t for t in texts):
                raise RuntimeError("component crashed")
            return real.pipe(texts, **kwargs)

        def __call__(self, text):
            if "BOOM" in text:
                raise RuntimeError("component crashed")
            return real(text)

    monkeypatch.setattr(processor, "nlp", Fragile())
    articles = [Article(id="a", text="Chile praised Peru."), Article(id="b", text="BOOM"),
                Article(id="c", text="Peru praised Chile.")]
    outcomes = list(processor.process(articles))
    assert [type(o) for o in outcomes] == [ArticleResult, Rejected, ArticleResult]
    assert "parsing failed: RuntimeError: component crashed" in outcomes[1].reason


def test_python_dash_m_graphbuild_runs_the_cli():
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "graphbuild", "--help"], capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0 and "build" in result.stdout and "load" in result.stdout


def test_a_name_the_ner_took_for_an_organisation_joins_the_person_the_run_knows(tmp_path):
    from graphbuild.graph import GraphBuilder
    from graphbuild.models import Article, ArticleResult, Entity, Evidence, Relation

    def result(article_id, entities, relations):
        article = Article(id=article_id, text="x", published="2025-01-01")
        ev = Evidence(article_id, "", "2025-01-01", "x", 0, 1, "hand", 0.9)
        return ArticleResult(article, entities, [Relation(h, t, tl, {}, ev) for h, t, tl in relations])

    builder = GraphBuilder(spool_dir=tmp_path)
    try:
        for i in range(6):  # "Ivo Maric" in full, and "Maric" alone as a person, in several articles
            builder.add(result(f"a{i}", [Entity(0, "Person", "Ivo Maric", {"Ivo Maric", "Maric"}),
                                         Entity(1, "Country", "Norway", {"Norway"}, "country:NOR")],
                               [(0, "PRAISED", 1)]))
        # one article where the NER took "Maric" for an organisation, and a real one-word organisation
        builder.add(result("b", [Entity(0, "Organization", "Maric", {"Maric"}, "org:maric", {"kind": "other"}),
                                 Entity(1, "Organization", "Fidesz", {"Fidesz"}, "org:fidesz", {"kind": "other"}),
                                 Entity(2, "Country", "Norway", {"Norway"}, "country:NOR")],
                          [(0, "ACCUSED", 2), (1, "ACCUSED", 2)]))
        graph = builder.to_networkx()
        rows = [json.loads(line) for line in (tmp_path / "r.jsonl").open()] if builder.write_relations(
            tmp_path / "r.jsonl") else []
    finally:
        builder.close()
    assert "org:maric" not in graph and graph.nodes["person:ivo-maric"]["type"] == "Person"
    assert graph.has_edge("person:ivo-maric", "country:NOR")
    assert {(r["head"], r["type"]) for r in rows} >= {("person:ivo-maric", "ACCUSED"), ("org:fidesz", "ACCUSED")}
    assert "org:fidesz" in graph  # no person is called Fidesz
