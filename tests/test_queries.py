"""Named queries (queries/*.cypher, graphbuild.queries): files, parameters, and real answers.

The answers are checked on a small hand-written corpus that goes through graphbuild's own graph
code (GraphBuilder -> graph.graphml, entities/relations/articles.jsonl) without the spaCy model,
so the expected rows do not move when extraction changes:

* on the GraphML file with grand-cypher (no server) for the `embedded: yes` queries;
* on Neo4j (`-m neo4j`) for every query, after `load_output`;
* Neo4j rows == GraphML rows for every embedded query, on this corpus and (`-m "neo4j and model"`)
  on real builds: a few articles written here and the bundled samples.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from graphbuild import queries as q
from graphbuild.errors import QueryError

NEEDED = {
    "roles_in_country", "person_staff", "meetings_between", "country_interactions", "edge_evidence",
    "person_timeline", "most_connected", "shortest_path", "co_mentioned", "role_history", "relatives",
    "org_members", "meetings_by_status", "hostile_pairs", "hostility_by_actor",
}


def _body(text: str) -> str:
    """Query text without // comment lines."""
    return "\n".join(line for line in text.splitlines() if not line.strip().startswith("//"))


# --- unit: the files ------------------------------------------------------------------------------
def test_at_least_fourteen_queries_cover_the_questions():
    names = {info.name for info in q.list_queries()}
    assert len(names) >= 14
    assert NEEDED <= names, NEEDED - names


@pytest.mark.parametrize("path", sorted(q.queries_dir().glob("*.cypher")), ids=lambda p: p.stem)
def test_every_file_starts_with_the_header(path: Path):
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == f"// name: {path.stem}"
    assert re.fullmatch(r"// answers: \S.{10,}", lines[1]), lines[1]
    assert lines[2].startswith("// params: ")
    assert re.fullmatch(r"// embedded: (yes|no)", lines[3]), lines[3]
    info = q.parse_query_file(path)
    assert info.name == path.stem and info.answers and info.params


@pytest.mark.parametrize("info", q.list_queries(), ids=lambda i: i.name)
def test_params_declared_are_exactly_the_params_used(info: q.QueryInfo):
    declared = set(info.param_names)
    assert set(re.findall(r"\$(\w+)", _body(info.cypher))) == declared
    if info.embedded:
        assert set(re.findall(r"\$(\w+)", _body(info.embedded_cypher))) == declared
    for param in info.params:
        if param.type == "int":
            assert param.doc.startswith("int")


@pytest.mark.parametrize("info", q.list_queries(), ids=lambda i: i.name)
def test_no_string_formatting_in_query_texts(info: q.QueryInfo):
    for text in (info.cypher, info.embedded_cypher):
        body = _body(text)
        assert "%s" not in body and "%(" not in body and "%d" not in body
        assert not re.search(r"\{\s*\w*\s*\}", body), "a Python format placeholder"  # Cypher maps have a colon
        assert not re.search(r"\{\{|\}\}|\$\{", body)
        assert "'" not in body, "string literals in double quotes only, values only as $parameters"
    # a query's text goes to the driver exactly as written, with its values as parameters
    assert ".format(" not in Path(q.__file__).read_text(encoding="utf-8")


@pytest.mark.parametrize("info", [i for i in q.list_queries() if i.embedded], ids=lambda i: i.name)
def test_embedded_texts_are_grand_cypher(info: q.QueryInfo):
    from grandcypher import _GrandCypherGrammar

    values = {p.name: (3 if p.type == "int" else 'x"y\\z') for p in info.params}
    text, limit_param = q.grand_cypher_text(info, values)
    _GrandCypherGrammar.parse(text)  # raises on anything grand-cypher cannot read
    assert (limit_param is not None) == bool(re.search(r"LIMIT \$\w+\s*$", info.embedded_cypher.strip()))
    assert not re.search(r"\bLIMIT\b", text, re.IGNORECASE), "grand-cypher limits before WHERE/ORDER BY"
    returned = re.split(r"\bRETURN\b", text)[-1].split("ORDER BY")[0]
    items = q._split_top_level(returned)
    assert len(items) == len(q._return_columns(text)), "every embedded RETURN item needs AS"
    assert "ORDER BY" in text


def test_load_query_unknown_name_lists_the_known_ones():
    with pytest.raises(QueryError) as err:
        q.load_query("who_is_the_boss")
    assert "who_is_the_boss" in str(err.value) and "roles_in_country" in str(err.value)


# --- unit: parameters ------------------------------------------------------------------------------
def test_parse_params_converts_and_fills_defaults():
    info = q.load_query("most_connected")
    assert q.parse_params(["limit=3"], info) == {"type": "", "limit": 3}
    assert q.parse_params([], info) == {"type": "", "limit": 10}
    assert q.parse_params(["type=Person", "limit= 7"], info) == {"type": "Person", "limit": 7}
    roles = q.load_query("roles_in_country")
    assert q.parse_params(["country=POL"], roles) == {"role": "", "country": "POL"}
    assert q.parse_params(["country=a=b"], roles) == {"role": "", "country": "a=b"}  # split on the first =


@pytest.mark.parametrize(
    ("name", "pairs", "message"),
    [
        ("roles_in_country", ["role=president"], "needs country"),
        ("roles_in_country", ["country=POL", "colour=red"], "no parameter 'colour'"),
        ("roles_in_country", ["country"], "not key=value"),
        ("roles_in_country", ["country=POL", "country=DEU"], "given twice"),
        ("most_connected", ["limit=ten"], "must be an integer"),
        ("most_connected", ["limit=-1"], "must not be negative"),
        ("find_actor", ["text=a\nb"], "control characters"),
    ],
)
def test_parse_params_errors(name, pairs, message):
    with pytest.raises(QueryError, match=message):
        q.parse_params(pairs, q.load_query(name))


def test_param_docs_are_parsed():
    params = q.parse_param_doc('role (string, default ""; e.g. "president", "" for any), n (int, default 5), c (x, y)')
    assert [(p.name, p.type, p.required, p.default) for p in params] == [
        ("role", "string", False, ""), ("n", "int", False, 5), ("c", "string", True, None)]


def test_format_rows():
    rows = [{"name": "Ana, \"Rojas\"", "n": 2, "path": ["a", "b"]}, {"name": None, "n": 10, "path": []}]
    table = q.format_rows(rows, "table")
    assert table.splitlines()[0].split() == ["name", "n", "path"] and "a | b" in table and "(2 rows)" in table
    assert json.loads(q.format_rows(rows, "json")) == rows
    assert q.format_rows(rows, "csv").splitlines() == ["name,n,path", '"Ana, ""Rojas""",2,a | b', ",10,"]
    assert q.format_rows([], "table") == "(no rows)\n"
    with pytest.raises(QueryError, match="unknown format"):
        q.format_rows(rows, "xml")


def test_run_named_sends_the_file_text_and_parameters(monkeypatch):
    import graphbuild.neo4j_store as store

    seen = {}

    def fake_run_query(settings, cypher, params):
        seen.update(settings=settings, cypher=cypher, params=params)
        return [{"ok": 1}]

    monkeypatch.setattr(store, "run_query", fake_run_query)
    assert q.run_named("roles_in_country", {"country": "POL"}, "SETTINGS") == [{"ok": 1}]
    assert seen["cypher"] == q.load_query("roles_in_country").cypher
    assert seen["params"] == {"role": "", "country": "POL"} and seen["settings"] == "SETTINGS"


# --- a corpus written by hand, through graphbuild's graph code ------------------------------------------
# key: (type, name, aliases, fixed key or "" for people, props)
ENTITIES = {
    "nowak": ("Person", "Anna Nowak", {"Anna Nowak", "Nowak"}, "", {}),
    "lang": ("Person", "Peter Lang", {"Peter Lang", "Lang"}, "", {}),
    "zielinski": ("Person", "Marek Zielinski", {"Marek Zielinski", "Zielinski"}, "", {}),
    "wrona": ("Person", "Tomasz Wrona", {"Tomasz Wrona"}, "", {}),
    "putin": ("Person", "Vladimir Putin", {"Vladimir Putin", "Putin"}, "", {}),
    "peskov": ("Person", "Dmitry Peskov", {"Dmitry Peskov"}, "", {}),
    "rutte": ("Person", "Mark Rutte", {"Mark Rutte"}, "", {}),
    "trump": ("Person", "Donald Trump", {"Donald Trump"}, "", {}),
    "eric": ("Person", "Eric Trump", {"Eric Trump"}, "", {}),
    "witkoff": ("Person", "Steve Witkoff", {"Steve Witkoff", "Witkoff"}, "", {}),
    "ushakov": ("Person", "Yuri Ushakov", {"Yuri Ushakov"}, "", {}),
    "POL": ("Country", "Poland", {"Poland"}, "country:POL", {"iso3": "POL"}),
    "DEU": ("Country", "Germany", {"Germany"}, "country:DEU", {"iso3": "DEU"}),
    "RUS": ("Country", "Russia", {"Russia"}, "country:RUS", {"iso3": "RUS"}),
    "USA": ("Country", "United States", {"United States", "US"}, "country:USA", {"iso3": "USA"}),
    "nato": ("Organization", "NATO", {"NATO"}, "org:nato", {"kind": "alliance"}),
    "kremlin": ("Organization", "Kremlin", {"Kremlin"}, "org:kremlin", {"kind": "government", "country": "RUS"}),
    "berlin": ("Location", "Berlin", {"Berlin"}, "loc:berlin", {}),
    "warsaw": ("Location", "Warsaw", {"Warsaw"}, "loc:warsaw", {}),
}

# (article id, date, title, url, entities mentioned without a relation, relations)
# relation: (head, TYPE, tail, props, sentence)
CORPUS = [
    ("a1", "2025-03-04", "Warsaw and Berlin talk", "https://news.example/a1", ["berlin"], [
        ("nowak", "HOLDS_ROLE", "POL", {"role": "foreign minister"}, "Polish Foreign Minister Anna Nowak met Lang."),
        ("lang", "HOLDS_ROLE", "DEU", {"role": "chancellor"}, "German Chancellor Peter Lang met Nowak."),
        ("nowak", "MET_WITH", "lang", {"status": "held", "place": "Berlin"},
         "Polish Foreign Minister Anna Nowak met German Chancellor Peter Lang in Berlin on Monday."),
        ("zielinski", "HOLDS_ROLE", "POL", {"role": "president"}, "Polish President Marek Zielinski agreed."),
        ("zielinski", "PRAISED", "lang", {}, "Zielinski praised Lang for his support."),
        ("wrona", "SPOKESPERSON_FOR", "nowak", {"role": "spokesperson"}, "Nowak's spokesman Tomasz Wrona said so."),
    ]),
    ("a2", "2025-04-10", "Moscow threatens", "https://news.example/a2", [], [
        ("putin", "HOLDS_ROLE", "RUS", {"role": "president"}, "Russian President Vladimir Putin spoke."),
        ("putin", "THREATENED", "POL", {}, "Putin threatened Poland on Thursday."),
        ("putin", "ACCUSED", "POL", {}, "Putin accused Poland of provocations."),
        ("RUS", "ACCUSED", "DEU", {}, "Russia accused Germany of sabotage."),
        ("peskov", "SPOKESPERSON_FOR", "kremlin", {"role": "spokesperson"}, "Kremlin spokesman Dmitry Peskov said."),
        ("kremlin", "PART_OF", "RUS", {}, "The Kremlin said Russia would respond."),
    ]),
    ("a3", "2025-05-20", "NATO in Warsaw", "https://news.example/a3", ["warsaw"], [
        ("POL", "MEMBER_OF", "nato", {}, "Poland is a member of NATO."),
        ("DEU", "MEMBER_OF", "nato", {}, "Germany is a member of NATO."),
        ("rutte", "HOLDS_ROLE", "nato", {"role": "secretary-general"}, "NATO Secretary-General Mark Rutte came."),
        ("rutte", "MET_WITH", "zielinski", {"status": "held", "place": "Warsaw"}, "Rutte met Zielinski in Warsaw."),
        ("zielinski", "HOLDS_ROLE", "POL", {"role": "president"}, "Polish President Marek Zielinski said."),
        ("putin", "MET_WITH", "zielinski", {"status": "cancelled"}, "A meeting of Putin and Zielinski was cancelled."),
        ("putin", "ACCUSED", "POL", {}, "Putin again accused Poland."),
    ]),
    ("a4", "2025-06-02", "Envoy in Moscow", "https://news.example/a4", [], [
        ("trump", "HOLDS_ROLE", "USA", {"role": "president"}, "US President Donald Trump spoke."),
        ("witkoff", "ENVOY_OF", "trump", {"role": "special envoy"}, "Trump's special envoy Steve Witkoff flew."),
        ("witkoff", "MET_WITH", "putin", {"status": "held", "place": "Moscow"}, "Witkoff met Putin in Moscow."),
        ("ushakov", "ADVISER_TO", "putin", {"role": "adviser"}, "Putin's adviser Yuri Ushakov said."),
        ("eric", "RELATIVE_OF", "trump", {"kind": "son"}, "Trump's son Eric Trump praised the envoy."),
        ("eric", "PRAISED", "witkoff", {}, "Eric Trump praised Witkoff."),
        ("trump", "THREATENED", "RUS", {}, "Trump threatened Russia with tariffs."),
        ("RUS", "NEGOTIATED_WITH", "USA", {"status": "planned"}, "Russia will hold talks with the US."),
        ("putin", "ACCUSED", "USA", {}, "Putin accused the United States of meddling."),
    ]),
]


# Articles without a date and a role without a name: edges without first_seen/last_seen or role.
UNDATED = [
    ("u1", "", "No date", "", [], [
        ("nowak", "MET_WITH", "lang", {"status": "planned"}, "Nowak will meet Lang."),
        ("wrona", "HOLDS_ROLE", "POL", {}, "Wrona is a Polish official."),
        ("putin", "ACCUSED", "DEU", {}, "Putin accused Germany."),
        ("POL", "MEMBER_OF", "nato", {}, "Poland is in NATO."),
    ]),
    ("u2", "2025-01-01", "Dated", "https://news.example/u2", [], [
        ("lang", "MET_WITH", "zielinski", {"status": "planned"}, "Lang will meet Zielinski."),
        ("putin", "ACCUSED", "POL", {}, "Putin accused Poland."),
        ("eric", "RELATIVE_OF", "trump", {}, "Eric Trump, a relative of Donald Trump, spoke."),
    ]),
]


def write_corpus(out: Path, corpus: list = CORPUS) -> Path:
    """A hand-written corpus as a build output folder (graph.graphml and the three .jsonl files)."""
    from graphbuild.export import write_graphml, write_jsonl
    from graphbuild.graph import GraphBuilder
    from graphbuild.models import Article, ArticleResult, Entity, Evidence, Relation

    out.mkdir(parents=True, exist_ok=True)
    builder = GraphBuilder(spool_dir=out)
    try:
        for article_id, date, title, url, extra, relations in corpus:
            sentences = [r[4] for r in relations]
            article = Article(id=article_id, text=" ".join(sentences), title=title, published=date, url=url,
                              source="news.example")
            local: dict[str, int] = {}
            entities: list[Entity] = []
            for ref in [*extra, *(x for r in relations for x in (r[0], r[2]))]:
                if ref not in local:
                    kind, name, aliases, key, props = ENTITIES[ref]
                    local[ref] = len(entities)
                    entities.append(Entity(len(entities), kind, name, set(aliases), key, dict(props)))
            offset = len(title) + 2
            rels = []
            for head, rel, tail, props, sentence in relations:
                evidence = Evidence(article_id, url, date, sentence, offset, offset + len(sentence), "hand", 0.9)
                rels.append(Relation(local[head], rel, local[tail], dict(props), evidence))
                offset += len(sentence) + 1
            builder.add(ArticleResult(article, entities, rels))
        write_graphml(builder.to_networkx(), out / "graph.graphml")
        builder.write_relations(out / "relations.jsonl")
        write_jsonl(builder.entity_rows(), out / "entities.jsonl")
        write_jsonl(builder.articles, out / "articles.jsonl")
    finally:
        builder.close()
    return out


@pytest.fixture(scope="module")
def corpus_out(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("query_corpus"))


@pytest.fixture(scope="module")
def corpus_graph(corpus_out):
    return q.load_graph(corpus_out / "graph.graphml")


def _rows(*rows: tuple, columns: str) -> list[dict]:
    names = columns.split()
    return [dict(zip(names, row, strict=True)) for row in rows]


# The expected answers on the hand-written corpus: (query, params, expected rows). Every query is here.
EXPECTED: list[tuple[str, dict, list[dict]]] = [
    ('roles_in_country', {'role': 'president', 'country': 'POL'}, _rows(
        ('Marek Zielinski', 'president', 'Poland', '2025-03-04', '2025-05-20', 2),
        columns='person role country first_seen last_seen mentions')),
    ('roles_in_country', {'country': 'poland'}, _rows(
        ('Anna Nowak', 'foreign minister', 'Poland', '2025-03-04', '2025-03-04', 1),
        ('Marek Zielinski', 'president', 'Poland', '2025-03-04', '2025-05-20', 2),
        columns='person role country first_seen last_seen mentions')),
    ('roles_in_country', {'role': 'Secretary-General', 'country': 'nato'}, _rows(
        ('Mark Rutte', 'secretary-general', 'NATO', '2025-05-20', '2025-05-20', 1),
        columns='person role country first_seen last_seen mentions')),
    ('roles_in_country', {'role': 'president', 'country': 'DEU'}, _rows(
        columns='')),
    ('person_staff', {'person': 'putin'}, _rows(
        ('Yuri Ushakov', 'ADVISER_TO', 'adviser', 'Vladimir Putin', '2025-06-02', '2025-06-02', 1),
        columns='staff relation role of_actor first_seen last_seen mentions')),
    ('person_staff', {'person': 'Anna Nowak'}, _rows(
        ('Tomasz Wrona', 'SPOKESPERSON_FOR', 'spokesperson', 'Anna Nowak', '2025-03-04', '2025-03-04', 1),
        columns='staff relation role of_actor first_seen last_seen mentions')),
    ('person_staff', {'person': 'kremlin'}, _rows(
        ('Dmitry Peskov', 'SPOKESPERSON_FOR', 'spokesperson', 'Kremlin', '2025-04-10', '2025-04-10', 1),
        columns='staff relation role of_actor first_seen last_seen mentions')),
    ('meetings_between', {'since': '2025-04-01', 'until': '2025-05-31'}, _rows(
        ('Mark Rutte', 'Marek Zielinski', 'held', 'Warsaw', '2025-05-20', '2025-05-20', 1),
        ('Vladimir Putin', 'Marek Zielinski', 'cancelled', '', '2025-05-20', '2025-05-20', 1),
        columns='head tail status place first_seen last_seen mentions')),
    ('meetings_between', {'status': 'held'}, _rows(
        ('Anna Nowak', 'Peter Lang', 'held', 'Berlin', '2025-03-04', '2025-03-04', 1),
        ('Mark Rutte', 'Marek Zielinski', 'held', 'Warsaw', '2025-05-20', '2025-05-20', 1),
        ('Steve Witkoff', 'Vladimir Putin', 'held', 'Moscow', '2025-06-02', '2025-06-02', 1),
        columns='head tail status place first_seen last_seen mentions')),
    ('country_interactions', {'country_a': 'POL', 'country_b': 'russia'}, _rows(
        ('Russia', 'Vladimir Putin', 'ACCUSED', 'Poland', 'Poland', '', '2025-04-10', '2025-05-20', 2,
         'Putin again accused Poland.'),
        ('Russia', 'Vladimir Putin', 'THREATENED', 'Poland', 'Poland', '', '2025-04-10', '2025-04-10', 1,
         'Putin threatened Poland on Thursday.'),
        ('Russia', 'Vladimir Putin', 'MET_WITH', 'Marek Zielinski', 'Poland', 'cancelled', '2025-05-20', '2025-05-20',
         1, 'A meeting of Putin and Zielinski was cancelled.'),
        columns='head_country head relation tail tail_country status first_seen last_seen mentions evidence')),
    ('country_interactions', {'country_a': 'USA', 'country_b': 'RUS'}, _rows(
        ('United States', 'Donald Trump', 'THREATENED', 'Russia', 'Russia', '', '2025-06-02', '2025-06-02', 1,
         'Trump threatened Russia with tariffs.'),
        ('Russia', 'Russia', 'NEGOTIATED_WITH', 'United States', 'United States', 'planned', '2025-06-02',
         '2025-06-02', 1, 'Russia will hold talks with the US.'),
        ('Russia', 'Vladimir Putin', 'ACCUSED', 'United States', 'United States', '', '2025-06-02', '2025-06-02', 1,
         'Putin accused the United States of meddling.'),
        columns='head_country head relation tail tail_country status first_seen last_seen mentions evidence')),
    ('edge_evidence', {'actor_a': 'putin', 'actor_b': 'Poland'}, _rows(
        ('Vladimir Putin', 'ACCUSED', 'Poland', '', '2025-04-10', 'Putin accused Poland of provocations.',
         'Moscow threatens', 'https://news.example/a2', 'a2', 'hand', 0.9),
        ('Vladimir Putin', 'THREATENED', 'Poland', '', '2025-04-10', 'Putin threatened Poland on Thursday.',
         'Moscow threatens', 'https://news.example/a2', 'a2', 'hand', 0.9),
        ('Vladimir Putin', 'ACCUSED', 'Poland', '', '2025-05-20', 'Putin again accused Poland.', 'NATO in Warsaw',
         'https://news.example/a3', 'a3', 'hand', 0.9),
        columns='head relation tail detail date sentence title url article rule confidence')),
    ('edge_evidence', {'actor_a': 'Nowak', 'actor_b': 'lang', 'relation': 'met_with'}, _rows(
        ('Anna Nowak', 'MET_WITH', 'Peter Lang', 'held', '2025-03-04',
         'Polish Foreign Minister Anna Nowak met German Chancellor Peter Lang in Berlin on Monday.',
         'Warsaw and Berlin talk', 'https://news.example/a1', 'a1', 'hand', 0.9),
        columns='head relation tail detail date sentence title url article rule confidence')),
    ('person_timeline', {'person': 'Marek Zielinski'}, _rows(
        ('2025-03-04', '2025-03-04', 'Marek Zielinski', 'PRAISED', 'Peter Lang', '', 1),
        ('2025-03-04', '2025-05-20', 'Marek Zielinski', 'HOLDS_ROLE', 'Poland', 'president', 2),
        ('2025-05-20', '2025-05-20', 'Mark Rutte', 'MET_WITH', 'Marek Zielinski', 'held', 1),
        ('2025-05-20', '2025-05-20', 'Vladimir Putin', 'MET_WITH', 'Marek Zielinski', 'cancelled', 1),
        columns='first_seen last_seen head relation tail detail mentions')),
    ('most_connected', {'limit': 5}, _rows(
        ('person:vladimir-putin', 'Vladimir Putin', 'Person', 7, 8),
        ('country:POL', 'Poland', 'Country', 5, 7),
        ('country:RUS', 'Russia', 'Country', 5, 5),
        ('person:marek-zielinski', 'Marek Zielinski', 'Person', 4, 5),
        ('person:donald-trump', 'Donald Trump', 'Person', 4, 4),
        columns='key name type degree mentions')),
    ('most_connected', {'type': 'country'}, _rows(
        ('country:POL', 'Poland', 'Country', 5, 7),
        ('country:RUS', 'Russia', 'Country', 5, 5),
        ('country:DEU', 'Germany', 'Country', 3, 3),
        ('country:USA', 'United States', 'Country', 3, 3),
        columns='key name type degree mentions')),
    ('shortest_path', {'source': 'Tomasz Wrona', 'target': 'Mark Rutte'}, _rows(
        (4, ['Tomasz Wrona', 'Anna Nowak', 'Peter Lang', 'Marek Zielinski', 'Mark Rutte'],
         ['SPOKESPERSON_FOR ->', 'MET_WITH ->', '<- PRAISED', '<- MET_WITH']),
        (4, ['Tomasz Wrona', 'Anna Nowak', 'Poland', 'Marek Zielinski', 'Mark Rutte'],
         ['SPOKESPERSON_FOR ->', 'HOLDS_ROLE ->', '<- HOLDS_ROLE', '<- MET_WITH']),
        (4, ['Tomasz Wrona', 'Anna Nowak', 'Poland', 'NATO', 'Mark Rutte'],
         ['SPOKESPERSON_FOR ->', 'HOLDS_ROLE ->', 'MEMBER_OF ->', '<- HOLDS_ROLE']),
        columns='hops path relations')),
    ('shortest_path', {'source': 'Eric Trump', 'target': 'Yuri Ushakov'}, _rows(
        (3, ['Eric Trump', 'Steve Witkoff', 'Vladimir Putin', 'Yuri Ushakov'],
         ['PRAISED ->', 'MET_WITH ->', '<- ADVISER_TO']),
        columns='hops path relations')),
    ('co_mentioned', {'actor': 'Putin'}, _rows(
        ('Germany', 'country:DEU', 'Country', 2, '2025-04-10', '2025-05-20'),
        ('Poland', 'country:POL', 'Country', 2, '2025-04-10', '2025-05-20'),
        ('Russia', 'country:RUS', 'Country', 2, '2025-04-10', '2025-06-02'),
        ('Dmitry Peskov', 'person:dmitry-peskov', 'Person', 1, '2025-04-10', '2025-04-10'),
        ('Donald Trump', 'person:donald-trump', 'Person', 1, '2025-06-02', '2025-06-02'),
        ('Eric Trump', 'person:eric-trump', 'Person', 1, '2025-06-02', '2025-06-02'),
        ('Kremlin', 'org:kremlin', 'Organization', 1, '2025-04-10', '2025-04-10'),
        ('Marek Zielinski', 'person:marek-zielinski', 'Person', 1, '2025-05-20', '2025-05-20'),
        ('Mark Rutte', 'person:mark-rutte', 'Person', 1, '2025-05-20', '2025-05-20'),
        ('NATO', 'org:nato', 'Organization', 1, '2025-05-20', '2025-05-20'),
        ('Steve Witkoff', 'person:steve-witkoff', 'Person', 1, '2025-06-02', '2025-06-02'),
        ('United States', 'country:USA', 'Country', 1, '2025-06-02', '2025-06-02'),
        ('Warsaw', 'loc:warsaw', 'Location', 1, '2025-05-20', '2025-05-20'),
        ('Yuri Ushakov', 'person:yuri-ushakov', 'Person', 1, '2025-06-02', '2025-06-02'),
        columns='actor key type articles first_seen last_seen')),
    ('role_history', {}, _rows(
        ('Anna Nowak', 'foreign minister', 'Poland', '2025-03-04', '2025-03-04', 1, 1),
        ('Donald Trump', 'president', 'United States', '2025-06-02', '2025-06-02', 1, 1),
        ('Marek Zielinski', 'president', 'Poland', '2025-03-04', '2025-05-20', 2, 2),
        ('Mark Rutte', 'secretary-general', 'NATO', '2025-05-20', '2025-05-20', 1, 1),
        ('Peter Lang', 'chancellor', 'Germany', '2025-03-04', '2025-03-04', 1, 1),
        ('Vladimir Putin', 'president', 'Russia', '2025-04-10', '2025-04-10', 1, 1),
        columns='person role of_actor first_seen last_seen mentions articles')),
    ('role_history', {'person': 'zielinski'}, _rows(
        ('Marek Zielinski', 'president', 'Poland', '2025-03-04', '2025-05-20', 2, 2),
        columns='person role of_actor first_seen last_seen mentions articles')),
    ('relatives', {'person': 'donald trump'}, _rows(
        ('Eric Trump', 'son', 'Donald Trump', '2025-06-02', '2025-06-02', 1),
        columns='relative kind of_person first_seen last_seen mentions')),
    ('org_members', {'organization': 'NATO'}, _rows(
        ('NATO', 'Germany', 'Country', '2025-05-20', '2025-05-20', 1),
        ('NATO', 'Poland', 'Country', '2025-05-20', '2025-05-20', 1),
        columns='organization member member_type first_seen last_seen mentions')),
    ('meetings_by_status', {}, _rows(
        ('Vladimir Putin', 'MET_WITH', 'Marek Zielinski', 'cancelled', '', '2025-05-20', '2025-05-20', 1),
        ('Russia', 'NEGOTIATED_WITH', 'United States', 'planned', '', '2025-06-02', '2025-06-02', 1),
        columns='head relation tail status place first_seen last_seen mentions')),
    ('meetings_by_status', {'status': 'held'}, _rows(
        ('Anna Nowak', 'MET_WITH', 'Peter Lang', 'held', 'Berlin', '2025-03-04', '2025-03-04', 1),
        ('Mark Rutte', 'MET_WITH', 'Marek Zielinski', 'held', 'Warsaw', '2025-05-20', '2025-05-20', 1),
        ('Steve Witkoff', 'MET_WITH', 'Vladimir Putin', 'held', 'Moscow', '2025-06-02', '2025-06-02', 1),
        columns='head relation tail status place first_seen last_seen mentions')),
    ('hostile_pairs', {}, _rows(
        ('Vladimir Putin', 'ACCUSED', 'Poland', 2, 2, '2025-04-10', '2025-05-20'),
        ('Donald Trump', 'THREATENED', 'Russia', 1, 1, '2025-06-02', '2025-06-02'),
        ('Russia', 'ACCUSED', 'Germany', 1, 1, '2025-04-10', '2025-04-10'),
        ('Vladimir Putin', 'ACCUSED', 'United States', 1, 1, '2025-06-02', '2025-06-02'),
        ('Vladimir Putin', 'THREATENED', 'Poland', 1, 1, '2025-04-10', '2025-04-10'),
        columns='actor relation target mentions articles first_seen last_seen')),
    ('hostile_pairs', {'relation': 'threatened', 'limit': 1}, _rows(
        ('Donald Trump', 'THREATENED', 'Russia', 1, 1, '2025-06-02', '2025-06-02'),
        columns='actor relation target mentions articles first_seen last_seen')),
    ('hostility_by_actor', {}, _rows(
        ('Vladimir Putin', 'ACCUSED', 2, 3, '2025-04-10', '2025-06-02'),
        ('Donald Trump', 'THREATENED', 1, 1, '2025-06-02', '2025-06-02'),
        ('Russia', 'ACCUSED', 1, 1, '2025-04-10', '2025-04-10'),
        ('Vladimir Putin', 'THREATENED', 1, 1, '2025-04-10', '2025-04-10'),
        columns='actor relation targets mentions first_seen last_seen')),
    ('interactions_between', {'actor_a': 'Russia', 'actor_b': 'united states'}, _rows(
        ('Russia', 'NEGOTIATED_WITH', 'United States', 'planned', '2025-06-02', '2025-06-02', 1),
        columns='head relation tail detail first_seen last_seen mentions')),
    ('interactions_between', {'actor_a': 'putin', 'actor_b': 'zielinski'}, _rows(
        ('Vladimir Putin', 'MET_WITH', 'Marek Zielinski', 'cancelled', '2025-05-20', '2025-05-20', 1),
        columns='head relation tail detail first_seen last_seen mentions')),
    ('find_actor', {'text': 'TRUMP'}, _rows(
        ('person:donald-trump', 'Donald Trump', 'Person'),
        ('person:eric-trump', 'Eric Trump', 'Person'),
        columns='key name type')),
    ('find_actor', {'text': 'nobody at all'}, _rows(
        columns='')),
]


def _case_id(case) -> str:
    name, params, _ = case
    return name + "(" + ",".join(f"{k}={v}" for k, v in params.items()) + ")"


def test_every_query_has_expected_answers():
    answered = {name for name, _, rows in EXPECTED if rows}
    assert answered == {info.name for info in q.list_queries()}


# --- unit: the embedded queries answer on graph.graphml, no server ----------------------------------------
@pytest.mark.parametrize("case", [c for c in EXPECTED if q.load_query(c[0]).embedded], ids=_case_id)
def test_embedded_answers_on_graphml(case, corpus_graph):
    name, params, expected = case
    assert q.run_on_graph(name, params, corpus_graph) == expected


def test_run_on_graph_reads_a_path_and_refuses_server_only_queries(corpus_out):
    rows = q.run_on_graph("roles_in_country", {"role": "president", "country": "RUS"}, corpus_out / "graph.graphml")
    assert [r["person"] for r in rows] == ["Vladimir Putin"]
    with pytest.raises(QueryError, match="needs Neo4j"):
        q.run_on_graph("shortest_path", {"source": "a", "target": "b"}, corpus_out / "graph.graphml")
    with pytest.raises(QueryError, match="needs country"):
        q.run_on_graph("roles_in_country", {"role": "president"}, corpus_out / "graph.graphml")


def test_missing_or_broken_graphml(tmp_path):
    from graphbuild.errors import InputError

    with pytest.raises(InputError, match="no GraphML file"):
        q.run_on_graph("find_actor", {"text": "x"}, tmp_path / "nope.graphml")
    (tmp_path / "bad.graphml").write_text("<graphml><oops", encoding="utf-8")
    with pytest.raises(InputError, match="cannot read"):
        q.run_on_graph("find_actor", {"text": "x"}, tmp_path / "bad.graphml")


@pytest.mark.parametrize(
    "value",
    ['Poland" OR 1=1', "x\\", '\\"', "// comment", ") RETURN n //", "Pol\u00e9ska ' \" \\ {}", "\u2028 \ud7ff"],
)
def test_hostile_values_are_only_ever_values(value, corpus_graph):
    """grand-cypher has no parameters: values become escaped literals and must stay values."""
    assert q.run_on_graph("roles_in_country", {"role": "", "country": value}, corpus_graph) == []
    assert q.run_on_graph("find_actor", {"text": value}, corpus_graph) == []


def test_embedded_limit_applies_after_order(corpus_graph):
    full = q.run_on_graph("most_connected", {"limit": 100}, corpus_graph)
    assert q.run_on_graph("most_connected", {"limit": 2}, corpus_graph) == full[:2]
    assert q.run_on_graph("most_connected", {"limit": 0}, corpus_graph) == []
    assert [r["degree"] for r in full] == sorted((r["degree"] for r in full), reverse=True)


# --- integration: Neo4j -----------------------------------------------------------------------------------
def _wipe(settings) -> None:
    import neo4j

    with neo4j.GraphDatabase.driver(settings.uri, auth=(settings.user, settings.password)) as driver:
        driver.execute_query("MATCH (n) DETACH DELETE n", database_=settings.database)


def _load(settings, out: Path) -> None:
    from graphbuild.neo4j_store import load_output

    _wipe(settings)
    load_output(out, settings)


@pytest.fixture()
def corpus_db(neo4j_settings, corpus_out):
    """Neo4j holding the hand-written corpus (loaded when the database holds anything else)."""
    from graphbuild.neo4j_store import run_query

    cypher = ("MATCH (a:Article) WITH collect(a.id) AS ids "
              "RETURN ids, COUNT { (:Entity) } AS entities, COUNT { (:Evidence) } AS evidence")
    expected = {"ids": sorted(c[0] for c in CORPUS),
                "entities": len((corpus_out / "entities.jsonl").read_text().splitlines()),
                "evidence": len((corpus_out / "relations.jsonl").read_text().splitlines())}
    (row,) = run_query(neo4j_settings, cypher, {})
    if {**row, "ids": sorted(row["ids"])} != expected:
        _load(neo4j_settings, corpus_out)
    return neo4j_settings


@pytest.mark.neo4j
@pytest.mark.parametrize("case", EXPECTED, ids=_case_id)
def test_neo4j_answers(case, corpus_db):
    name, params, expected = case
    assert q.run_named(name, params, corpus_db) == expected


@pytest.mark.neo4j
def test_neo4j_values_are_only_ever_parameters(corpus_db):
    for value in ('Poland" OR 1=1', "' OR 1=1 //", '"}) DETACH DELETE c //', "$country"):
        assert q.run_named("roles_in_country", {"country": value}, corpus_db) == []
        assert q.run_named("find_actor", {"text": value}, corpus_db) == []
    assert q.run_named("roles_in_country", {"country": "POL"}, corpus_db)  # and the database is intact


def _param_sets(info: q.QueryInfo, entities: list[dict], graph) -> list[dict]:
    """Parameters for one query drawn from a build: names, aliases, codes, the ends of its edges, defaults."""
    name_of = {n: d["name"] for n, d in graph.nodes(data=True)}
    edges = sorted((d["type"], name_of[u], name_of[v]) for u, v, d in graph.edges(data=True))
    ends = {t: sorted({x for e in edges if e[0] == t for x in e[1:]}) for t, _, _ in edges}
    people = [e for e in entities if e["type"] == "Person"]
    countries = [e for e in entities if e["type"] == "Country"]
    orgs = [e for e in entities if e["type"] == "Organization"]
    actors = [e for e in entities if e["type"] != "Location"]

    def names(rows, n=12):
        out = []
        for row in rows[:n]:
            out.append(row["label"])
            out.extend(a.lower() for a in row.get("aliases", [])[:1])
        return out

    sets: dict[str, list[dict]] = {
        "roles_in_country": [{"role": "", "country": c["iso3"]} for c in countries[:10]]
        + [{"role": "president", "country": c["label"].upper()} for c in countries[:10]]
        + [{"country": o["label"]} for o in orgs[:5]],
        "person_staff": [{"person": n} for n in names(actors, 10)]
        + [{"person": n} for t in ("ENVOY_OF", "ADVISER_TO", "SPOKESPERSON_FOR") for n in ends.get(t, [])],
        "meetings_between": [{}, {"since": "2025-01-01"}, {"until": "2024-12-31"}, {"status": "held"},
                             {"since": "2024-06-01", "until": "2025-06-30", "status": "planned"}],
        "person_timeline": [{"person": n} for n in names(actors, 20)],
        "most_connected": [{}, {"limit": 3}, {"type": "Person", "limit": 50}, {"type": "country"}],
        "role_history": [{}] + [{"person": n} for n in names(people, 10)],
        "relatives": [{"person": n} for n in names(people, 10) + ends.get("RELATIVE_OF", [])],
        "org_members": [{"organization": n} for n in names(orgs, 10) + ends.get("MEMBER_OF", [])],
        "meetings_by_status": [{}, {"status": "held"}, {"status": "PLANNED"}, {"status": "cancelled"}],
        "hostile_pairs": [{}, {"relation": "accused"}, {"relation": "THREATENED", "limit": 2}],
        "hostility_by_actor": [{}, {"limit": 1}],
        "interactions_between": [{"actor_a": a["label"], "actor_b": b["label"]}
                                 for a in actors[:5] for b in actors[:5] if a is not b]
        + [{"actor_a": head.upper(), "actor_b": tail} for _, head, tail in edges[::3]],
        "find_actor": [{"text": t} for t in ("a", "tr", "ZZZ", "minister", "u")],
    }
    assert info.name in sets, f"add parameters for the embedded query {info.name}"
    return sets[info.name]


def _assert_same_answers(settings, graph, entities) -> int:
    checked = 0
    for info in q.list_queries():
        if not info.embedded:
            continue
        for params in _param_sets(info, entities, graph):
            neo = q.run_named(info.name, params, settings)
            emb = q.run_on_graph(info.name, params, graph)
            assert emb == neo, (info.name, params)
            checked += len(neo)
    return checked


@pytest.mark.neo4j
def test_embedded_equals_neo4j_on_the_corpus(corpus_db, corpus_out, corpus_graph):
    from graphbuild.export import read_jsonl

    entities = list(read_jsonl(corpus_out / "entities.jsonl"))
    assert _assert_same_answers(corpus_db, corpus_graph, entities) > 100
    # and for every case of the expected table
    for name, params, _ in EXPECTED:
        if q.load_query(name).embedded:
            assert q.run_on_graph(name, params, corpus_graph) == q.run_named(name, params, corpus_db)


@pytest.mark.neo4j
def test_embedded_equals_neo4j_without_dates_or_roles(neo4j_db, tmp_path):
    from graphbuild.export import read_jsonl

    out = write_corpus(tmp_path / "undated", UNDATED)
    _load(neo4j_db, out)
    graph = q.load_graph(out / "graph.graphml")
    assert _assert_same_answers(neo4j_db, graph, list(read_jsonl(out / "entities.jsonl"))) > 10
    rows = q.run_named("meetings_by_status", {"status": "planned"}, neo4j_db)
    assert [(r["head"], r["first_seen"]) for r in rows] == [("Anna Nowak", ""), ("Peter Lang", "2025-01-01")]
    assert q.run_on_graph("role_history", {"person": "tomasz wrona"}, graph) == [
        {"person": "Tomasz Wrona", "role": "", "of_actor": "Poland", "first_seen": "", "last_seen": "",
         "mentions": 1, "articles": 1}]


# --- integration with the real pipeline --------------------------------------------------------------------
ARTICLES = {
    "2025-03-04-warsaw-berlin.txt": (
        "Polish Foreign Minister Anna Nowak met German Chancellor Peter Lang in Berlin on Monday. "
        "Polish President Marek Zielinski praised Lang for his support."
    ),
    "2025-04-10-moscow.txt": (
        "Russian President Vladimir Putin threatened Poland on Thursday. Putin accused Poland of provocations."
    ),
    "2025-06-02-envoy.txt": (
        "US President Donald Trump's special envoy Steve Witkoff met Putin in Moscow. "
        "Putin's adviser Yuri Ushakov said the talks were useful."
    ),
}


@pytest.fixture(scope="module")
def built_out(tmp_path_factory) -> Path:
    from graphbuild.config import BuildSettings
    from graphbuild.run import build

    folder = tmp_path_factory.mktemp("query_articles")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("query_built")
    build([folder], out, BuildSettings())
    return out


@pytest.mark.neo4j
@pytest.mark.model
def test_queries_on_a_real_build(neo4j_db, built_out):
    from graphbuild.export import read_jsonl

    _load(neo4j_db, built_out)
    graph = q.load_graph(built_out / "graph.graphml")
    for run in (lambda n, p: q.run_named(n, p, neo4j_db), lambda n, p: q.run_on_graph(n, p, graph)):
        rows = run("roles_in_country", {"role": "president", "country": "POL"})
        assert [(r["person"], r["country"], r["first_seen"]) for r in rows] == [
            ("Marek Zielinski", "Poland", "2025-03-04")]
        rows = run("meetings_between", {"since": "2025-03-01", "until": "2025-03-31"})
        assert [(r["head"], r["tail"], r["status"], r["place"]) for r in rows] == [
            ("Anna Nowak", "Peter Lang", "held", "Berlin")]
        assert ("Yuri Ushakov", "ADVISER_TO") in {(r["staff"], r["relation"]) for r in run("person_staff",
                                                                                             {"person": "putin"})}
        assert {("Vladimir Putin", "THREATENED", "Poland")} <= {
            (r["actor"], r["relation"], r["target"]) for r in run("hostile_pairs", {})}
    rows = q.run_named("edge_evidence", {"actor_a": "Putin", "actor_b": "poland", "relation": "THREATENED"}, neo4j_db)
    assert [(r["sentence"], r["date"], r["article"]) for r in rows] == [
        ("Russian President Vladimir Putin threatened Poland on Thursday.", "2025-04-10", "2025-04-10-moscow.txt")]
    rows = q.run_named("country_interactions", {"country_a": "Russia", "country_b": "POL"}, neo4j_db)
    assert ("Vladimir Putin", "THREATENED", "Poland") in {(r["head"], r["relation"], r["tail"]) for r in rows}
    entities = list(read_jsonl(built_out / "entities.jsonl"))
    assert _assert_same_answers(neo4j_db, graph, entities) > 0


@pytest.mark.neo4j
@pytest.mark.model
def test_embedded_equals_neo4j_on_the_samples(neo4j_db, sample_out):
    from graphbuild.export import read_jsonl

    _load(neo4j_db, sample_out)
    graph = q.load_graph(sample_out / "graph.graphml")
    entities = list(read_jsonl(sample_out / "entities.jsonl"))
    assert _assert_same_answers(neo4j_db, graph, entities) > 0
    for info in q.list_queries():  # the server-only queries run on real data too
        if not info.embedded:
            params = {p.name: (p.default if not p.required else "x") for p in info.params}
            assert isinstance(q.run_named(info.name, params, neo4j_db), list)


# --- the CLI command (once graphbuild.cli has `query`) ------------------------------------------------------
def _cli_app():
    from graphbuild import cli

    if "query" not in {c.name or c.callback.__name__ for c in cli.app.registered_commands}:
        pytest.skip("graphbuild.cli has no `query` command yet")
    return cli.app


def test_cli_query_on_graphml(corpus_out):
    from typer.testing import CliRunner

    app = _cli_app()
    runner = CliRunner()
    graph = str(corpus_out / "graph.graphml")
    result = runner.invoke(app, ["query", "--list"])
    assert result.exit_code == 0 and "roles_in_country" in result.output and "shortest_path" in result.output
    result = runner.invoke(app, ["query", "roles_in_country", "--param", "role=president", "--param", "country=POL",
                                 "--graph", graph, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [r["person"] for r in json.loads(result.stdout)] == ["Marek Zielinski"]
    result = runner.invoke(app, ["query", "most_connected", "--param", "limit=2", "--graph", graph, "--format", "csv"])
    assert result.exit_code == 0 and result.stdout.splitlines()[0] == "key,name,type,degree,mentions"
    assert len(result.stdout.splitlines()) == 3
    for args, message in ((["query", "nope", "--graph", graph], "unknown query"),
                          (["query", "roles_in_country", "--graph", graph], "needs country"),
                          (["query", "roles_in_country", "--param", "x=1", "--graph", graph], "no parameter"),
                          (["query", "shortest_path", "--param", "source=a", "--param", "target=b", "--graph",
                            graph], "needs Neo4j")):
        result = runner.invoke(app, args)
        assert result.exit_code == 1 and "error:" in result.output and message in result.output, result.output
        assert "Traceback" not in result.output


@pytest.mark.neo4j
def test_cli_query_on_neo4j(corpus_db):
    from typer.testing import CliRunner

    app = _cli_app()
    result = CliRunner().invoke(app, ["query", "co_mentioned", "--param", "actor=putin", "--param", "limit=3",
                                      "--uri", corpus_db.uri, "--user", corpus_db.user,
                                      "--password", corpus_db.password])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["actor", "key", "type", "articles", "first_seen", "last_seen"]
    assert [line.split()[0] for line in lines[2:5]] == ["Germany", "Poland", "Russia"]
