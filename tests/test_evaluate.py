"""Tests for graphbuild.evaluate: adapters on tiny hand-written records, matching, metrics, and one
end-to-end run with the real pipeline on tests/data/gold_sample.jsonl. Nothing here reads /work/shared."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from graphbuild.config import BuildSettings
from graphbuild.errors import GraphbuildError, InputError
from graphbuild.evaluate import (
    PLACE,
    GoldEntity,
    GoldRelation,
    NameIndex,
    PredEntity,
    Score,
    detokenize,
    entity_matches,
    fold_name,
    micro,
    names_match,
    plover_label,
    plover_pairs,
    read_conll04,
    read_crossre,
    read_jsonl,
    read_petrarch,
    read_plover,
    read_redocred,
    run_eval,
)
from graphbuild.models import Article, ArticleResult, Entity, Evidence, Rejected, Relation
from graphbuild.nlp.lexicon import load_lexicon

GOLD_SAMPLE = Path(__file__).parent / "data" / "gold_sample.jsonl"


# --- a stand-in for Processor: canned predictions per sentence text --------------------------------
Canned = tuple[list[Entity], list[tuple[int, str, int, dict[str, str]]]]


class FakeProcessor:
    """Returns the canned entities and relations for each article text (none for unknown texts)."""

    def __init__(self, canned: dict[str, Canned]) -> None:
        self.lex = load_lexicon()
        self.canned = canned
        self.seen: list[Article] = []

    def process(self, articles: Iterable[Article]) -> Iterator[ArticleResult | Rejected]:
        for article in articles:
            self.seen.append(article)
            if article.text == "REJECT ME":
                yield Rejected(article.origin, "test rejection")
                continue
            entities, triples = self.canned.get(article.text, ([], []))
            evidence = Evidence(article.id, "", article.published, article.text, 0, len(article.text), "test", 1.0)
            relations = [Relation(h, t, tl, props, evidence) for h, t, tl, props in triples]
            yield ArticleResult(article, entities, relations)


def person(i: int, name: str, *aliases: str) -> Entity:
    return Entity(i, "Person", name, {name, *aliases})


def org(i: int, name: str, key: str = "") -> Entity:
    return Entity(i, "Organization", name, {name}, key=key or f"org:{name.lower()}")


def country(i: int, name: str, iso3: str, implied: bool = False) -> Entity:
    props = {"iso3": iso3, **({"implied": "1"} if implied else {})}
    return Entity(i, "Country", name, {name}, key=f"country:{iso3}", props=props)


def write_lines(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


# --- text ----------------------------------------------------------------------------------------------
def test_detokenize_attaches_punctuation_quotes_and_clitics() -> None:
    tokens = ["`", "`", "We", "'re", "ready", ",", "'", "'", "said", "Ola", "Berg", "(", "AB", ")", "."]
    text, spans = detokenize(tokens)
    assert text == '"We\'re ready," said Ola Berg (AB).'
    assert len(spans) == len(tokens)
    assert text[spans[9][0]:spans[10][1]] == "Ola Berg"


def test_detokenize_straight_quotes_numbers_and_dashes() -> None:
    text, _ = detokenize(["He", "said", '"', "no", '"', "to", "12", ",", "500", "people", "_", "twice", "."])
    assert text == 'He said "no" to 12,500 people -- twice.'


def test_detokenize_possessive_split_in_two_tokens() -> None:
    text, spans = detokenize(["Ines", "Varga", "'", "s", "party"])
    assert text == "Ines Varga's party"
    assert text[spans[0][0]:spans[1][1]] == "Ines Varga"


# --- names ---------------------------------------------------------------------------------------------
def test_fold_name() -> None:
    assert fold_name("The Élysée Palace") == "elysee palace"
    assert fold_name("U.S.") == "us"
    assert fold_name("Taiwan's Vice-Minister") == "taiwan vice minister"


@pytest.mark.parametrize(
    ("a", "b", "person", "expected"),
    [
        ("Anna Nowak", "anna nowak", False, True),  # folding
        ("the Green League", "Green League", False, True),  # leading "the"
        ("Anna Nowak", "Nowak", True, True),  # containment
        ("Anna Nowak", "Mrs. A. Nowak", True, True),  # same surname, persons only
        ("Karl Nowak", "Anna Nowak", False, False),  # surname rule is for persons
        ("Karl Nowak", "Anna Nowak", True, True),
        ("Institute of Physics", "Physics Institute", False, False),  # not contiguous tokens
        ("Green League", "Green Leaguers", False, False),  # whole tokens only
        ("the", "the Green League", False, False),  # stopwords alone never match
        ("Foreign Minister Anna Nowak", "Anna Nowak", True, True),
    ],
)
def test_names_match(a: str, b: str, person: bool, expected: bool) -> None:
    assert names_match(a, b, person) is expected


def test_entity_matches_countries_by_iso3_and_org_lexicon_names() -> None:
    names = NameIndex(load_lexicon())
    germany = PredEntity(0, "Germany", "Country", ("Germany",), "DEU")
    assert entity_matches(germany, GoldEntity("German", "actor"), names)  # adjective -> DEU
    assert entity_matches(germany, GoldEntity("Berlin officials", "actor", code="DEU"), names)  # code
    assert not entity_matches(germany, GoldEntity("Austria", PLACE), names)
    assert not entity_matches(germany, GoldEntity("East Germany border", "actor", code="AUT"), names)
    nato = PredEntity(1, "NATO", "Organization", ("NATO",), known_names=("North Atlantic Treaty Organization",))
    assert entity_matches(nato, GoldEntity("North Atlantic Treaty Organization", "Organization"), names)
    assert not entity_matches(nato, GoldEntity("Organization", "Organization"), names)  # known names: equality


# --- metrics -------------------------------------------------------------------------------------------
def test_score_worked_example() -> None:
    # 4 gold facts, 3 of them found; 5 predictions, 3 of them right.
    score = Score(gold=4, gold_matched=3, pred=5, pred_matched=3)
    assert (score.tp, score.fp, score.fn) == (3, 2, 1)
    assert score.precision == pytest.approx(0.6)
    assert score.recall == pytest.approx(0.75)
    assert score.f1 == pytest.approx(2 * 0.6 * 0.75 / 1.35)  # 0.6667
    assert score.to_dict()["f1"] == pytest.approx(0.6667)


def test_score_empty_and_micro() -> None:
    assert (Score().precision, Score().recall, Score().f1) == (0.0, 0.0, 0.0)
    total = micro([Score(2, 1, 1, 1), Score(3, 0, 4, 0)])
    assert (total.gold, total.gold_matched, total.pred, total.pred_matched) == (5, 1, 5, 1)
    assert total.f1 == pytest.approx(0.2)


# --- adapters ------------------------------------------------------------------------------------------
def test_read_conll04(tmp_path: Path) -> None:
    record = {
        "tokens": ["Ola", "Berg", ",", "a", "director", "at", "Nordvik", "Mills", ",", "lives", "in", "Tromso", "."],
        "entities": [{"type": "Peop", "start": 0, "end": 2}, {"type": "Org", "start": 6, "end": 8},
                     {"type": "Loc", "start": 11, "end": 12}, {"type": "Other", "start": 4, "end": 5}],
        "relations": [{"type": "Work_For", "head": 0, "tail": 1}, {"type": "Live_In", "head": 0, "tail": 2}],
        "orig_id": 77,
    }
    path = tmp_path / "c.json"
    path.write_text(json.dumps([record]), encoding="utf-8")
    [sentence] = list(read_conll04(path))
    assert sentence.id == "conll04-77"
    assert sentence.text == "Ola Berg, a director at Nordvik Mills, lives in Tromso."
    assert [(e.name, e.label) for e in sentence.entities] == [
        ("Ola Berg", "Person"), ("Nordvik Mills", "Organization"), ("Tromso", PLACE)]
    assert [e.label for e in sentence.other_entities] == ["Other"]
    assert [(r.head.name, r.label, r.tail.name) for r in sentence.relations] == [
        ("Ola Berg", "Work_For", "Nordvik Mills")]
    assert [r.label for r in sentence.other_relations] == ["Live_In"]


def test_read_crossre_scores_person_role_to_party_only(tmp_path: Path) -> None:
    row = {"doc_key": "politics-x-1",
           "sentence": ["Ines", "Varga", "of", "the", "Green", "League", "won", "the", "2001", "Vale", "election", "."],
           "ner": [[0, 1, "politician"], [4, 5, "politicalparty"], [8, 10, "election"]],
           "relations": [[0, 1, 4, 5, "role", "", False, False], [0, 1, 8, 10, "role", "", False, False],
                         [0, 1, 8, 10, "win-defeat", "", False, False]]}
    [sentence] = list(read_crossre(write_lines(tmp_path / "p.json", [row])))
    assert sentence.id == "politics-x-1"
    assert [(r.head.name, r.label, r.tail.name) for r in sentence.relations] == [
        ("Ines Varga", "role", "Green League")]
    assert sorted(r.label for r in sentence.other_relations) == ["role->election", "win-defeat"]
    assert [e.label for e in sentence.entities] == ["Person", "Organization"]
    assert [e.label for e in sentence.other_entities] == ["election"]


def test_read_plover(tmp_path: Path) -> None:
    records = [
        {"id": "DOC", "event": "DOCUMENT", "eventText": "header"},
        {"id": "R1", "date": "2001-02-03", "event": "CONSULT", "text": "Envoys of Norland and Sudmark met.",
         "source": [{"actorText": "Norland", "code": "JAP"}, {"actorText": "Sudmark", "code": "IGO"}], "target": ""},
        {"id": "R2", "date": "2001-02-03", "event": "THREATEN", "text": "Norland threatened A and B.",
         "source": [{"actorText": "Norland", "code": "NOR"}],
         "target": [{"actorText": "A", "code": "AAA"}, {"actorText": "B", "code": "BBB"}]},
        {"id": "R3", "event": "AGREE", "text": "They agreed.", "source": [{"actorText": "X"}],
         "target": [{"actorText": "Y"}]},
    ]
    path = tmp_path / "plover.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    consult, threaten, agree = list(read_plover(path))
    assert consult.date == "2001-02-03"
    [pair] = consult.relations  # reciprocal: the two sources meet
    assert (pair.head.code, pair.label, pair.tail.code) == ("JPN", "CONSULT", "")  # CAMEO JAP -> JPN; IGO: none
    assert [(r.head.name, r.tail.name) for r in threaten.relations] == [("Norland", "A"), ("Norland", "B")]
    assert agree.relations == [] and [r.label for r in agree.other_relations] == ["AGREE"]


def test_plover_pairs_without_target() -> None:
    a, b = GoldEntity("A", "actor"), GoldEntity("B", "actor")
    assert plover_pairs("THREATEN", [a, b], []) == []
    assert len(plover_pairs("CONSULT", [a, b, GoldEntity("C", "actor")], [])) == 3


def test_read_jsonl_and_its_errors(tmp_path: Path) -> None:
    good = {"id": "a", "text": "Ola Berg met Ines Varga.", "date": "2024-01-02",
            "entities": [{"name": "Ola Berg", "type": "Person"}],
            "relations": [{"head": "Ola Berg", "type": "MET_WITH", "tail": "Ines Varga", "status": "held"}]}
    [sentence] = list(read_jsonl(write_lines(tmp_path / "g.jsonl", [good])))
    assert (sentence.id, sentence.date) == ("a", "2024-01-02")
    assert sentence.relations[0].head.label == "Person" and sentence.relations[0].tail.label == ""
    assert sentence.relations[0].status == "held"
    bad = dict(good, relations=[{"head": "Ola Berg", "type": "LIKES", "tail": "Ines Varga"}])
    with pytest.raises(InputError, match=r"g2.jsonl:1: relation"):
        list(read_jsonl(write_lines(tmp_path / "g2.jsonl", [bad])))
    with pytest.raises(InputError, match="not JSON"):
        list(read_jsonl(_write(tmp_path / "g3.jsonl", "{oops\n")))


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# --- scoring through run_eval with canned predictions --------------------------------------------------
def test_run_eval_jsonl_counts(tmp_path: Path) -> None:
    rows = [
        {"id": "s1", "text": "Polish Foreign Minister Anna Nowak met Peter Lang.",
         "entities": [{"name": "Anna Nowak", "type": "Person"}, {"name": "Peter Lang", "type": "Person"},
                      {"name": "Poland", "type": "Country"}],
         "relations": [{"head": "Anna Nowak", "type": "HOLDS_ROLE", "tail": "Poland", "role": "foreign minister"},
                       {"head": "Anna Nowak", "type": "MET_WITH", "tail": "Peter Lang"},
                       {"head": "Anna Nowak", "type": "MET_WITH", "tail": "Peter Lang"}]},  # duplicate: one fact
        {"id": "s2", "text": "REJECT ME", "relations": [{"head": "X", "type": "ACCUSED", "tail": "Y"}]},
    ]
    path = write_lines(tmp_path / "gold.jsonl", rows)
    canned = {rows[0]["text"]: (
        [person(0, "Anna Nowak", "Nowak"), person(1, "Peter Lang"), country(2, "Poland", "POL"),
         country(3, "Germany", "DEU", implied=True)],
        [(0, "HOLDS_ROLE", 2, {"role": "foreign minister"}),
         (1, "MET_WITH", 0, {"status": "held"}),  # reversed: MET_WITH is symmetric
         (1, "MET_WITH", 0, {"status": "held"}),  # duplicate prediction: counted once
         (0, "THREATENED", 1, {})],  # wrong
    )}
    processor = FakeProcessor(canned)
    report = run_eval("jsonl", path, BuildSettings(), processor=processor)
    assert report.sentences == 2 and report.rejected == 1
    rel = {label: (s.gold, s.pred, s.tp, s.fp, s.fn) for label, s in report.relations.items()}
    assert rel == {"HOLDS_ROLE": (1, 1, 1, 0, 0), "MET_WITH": (1, 1, 1, 0, 0),
                   "THREATENED": (0, 1, 0, 1, 0), "ACCUSED": (1, 0, 0, 0, 1)}
    assert report.relation_micro.f1 == pytest.approx(2 / 3)  # P = 2/3 predictions right, R = 2/3 gold found
    assert report.attributes["role"].gold_matched == 1
    # the implied Germany is not a mention: entities are 3/3
    assert (report.entity_micro.pred, report.entity_micro.pred_matched, report.entity_micro.gold) == (3, 3, 3)
    assert report.sample_totals["relation_fp"] == 1 and report.sample_totals["relation_miss"] == 1


def test_run_eval_conll04_maps_affiliations_to_work_for(tmp_path: Path) -> None:
    record = {"tokens": ["Ola", "Berg", ",", "director", "of", "Nordvik", "Mills", ",", "lives", "in", "Norway", "."],
              "entities": [{"type": "Peop", "start": 0, "end": 2}, {"type": "Org", "start": 5, "end": 7},
                           {"type": "Loc", "start": 10, "end": 11}],
              "relations": [{"type": "Work_For", "head": 0, "tail": 1}, {"type": "Live_In", "head": 0, "tail": 2}],
              "orig_id": 1}
    path = tmp_path / "conll.json"
    path.write_text(json.dumps([record]), encoding="utf-8")
    text = "Ola Berg, director of Nordvik Mills, lives in Norway."
    canned = {text: ([person(0, "Ola Berg"), org(1, "Nordvik Mills"), country(2, "Norway", "NOR")],
                     [(0, "HOLDS_ROLE", 1, {"role": "director"}), (0, "HOLDS_ROLE", 2, {"role": "director"})])}
    report = run_eval("conll04", path, BuildSettings(), processor=FakeProcessor(canned))
    work_for = report.relations["Work_For"]
    assert (work_for.gold, work_for.pred, work_for.tp) == (1, 1, 1)
    assert report.out_of_scope_gold == {"Live_In": 1}
    assert report.unscored_predictions == {"HOLDS_ROLE Person->Country": 1}
    assert report.overlap_with_other_gold == {"HOLDS_ROLE Person->Country ~ Live_In": 1}
    assert report.all_gold_micro.recall == pytest.approx(0.5)
    assert {label: s.tp for label, s in report.entities.items()} == {"Person": 1, "Organization": 1, PLACE: 1}


def test_crossre_does_not_score_relations_to_a_country_named_only_by_an_adjective(tmp_path: Path) -> None:
    """CrossRE types "Finnish" misc (role->misc is out of scope) and the entity scorer already leaves
    such countries out: a role to Finland from "Finnish minister X" is neither right nor wrong there,
    while one to a country the sentence names is scored."""
    rows = [{"doc_key": "politics-x-1", "sentence": ["Finnish", "minister", "Ines", "Varga", "spoke", "."],
             "ner": [[0, 0, "misc"], [2, 3, "politician"]], "relations": []},
            {"doc_key": "politics-x-2", "sentence": ["Ines", "Varga", "is", "a", "minister", "of", "Finland", "."],
             "ner": [[0, 1, "politician"], [6, 6, "country"]], "relations": []}]
    path = write_lines(tmp_path / "p.json", rows)
    canned = {text: ([person(0, "Ines Varga"), country(1, "Finland", "FIN")], [(0, "HOLDS_ROLE", 1, {})])
              for text in ("Finnish minister Ines Varga spoke.", "Ines Varga is a minister of Finland.")}
    report = run_eval("crossre", path, BuildSettings(), processor=FakeProcessor(canned))
    role = report.relations["role"]
    assert (role.gold, role.pred, role.tp) == (0, 1, 0)  # only the second sentence's edge is scored (a FP)
    assert report.unscored_predictions == {
        "HOLDS_ROLE Person->Country (country named only by an adjective)": 1}


def test_crossre_does_not_score_relations_to_a_party_the_gold_types_misc(tmp_path: Path) -> None:
    """CrossRE types the member noun "Democrat" misc (so a role to it is out of scope in the gold): our
    edge to the party it evokes is not scored either, while the same edge to a party the gold types
    politicalparty is (here a false positive, as the gold states no role)."""
    rows = [{"doc_key": "politics-x-1", "sentence": ["Democrat", "Ines", "Varga", "spoke", "."],
             "ner": [[0, 0, "misc"], [1, 2, "politician"]], "relations": []},
            {"doc_key": "politics-x-2", "sentence": ["Ines", "Varga", "of", "the", "Democratic", "Party", "spoke", "."],
             "ner": [[0, 1, "politician"], [4, 5, "politicalparty"]], "relations": []}]
    path = write_lines(tmp_path / "p.json", rows)
    party = {"Democrat Ines Varga spoke.": "Democrat", "Ines Varga of the Democratic Party spoke.": "Democratic Party"}
    canned = {text: ([person(0, "Ines Varga"), Entity(1, "Organization", "Democratic Party", {form}, key="org:dem")],
                     [(0, "MEMBER_OF", 1, {})]) for text, form in party.items()}
    report = run_eval("crossre", path, BuildSettings(), processor=FakeProcessor(canned))
    role = report.relations["role"]
    assert (role.gold, role.pred, role.tp) == (0, 1, 0)  # only the second sentence's edge is scored
    assert report.unscored_predictions == {
        "MEMBER_OF Person->Organization (the gold types the tail out of scope)": 1}


REDOCRED_DOC = {
    "title": "Ines Varga",
    "sents": [["Ines", "Varga", "is", "a", "Finnish", "politician", "of", "the", "Centre", "Party", "."],
              ["She", "chaired", "the", "Nordic", "Council", "."],
              ["Varga", "was", "born", "in", "Oulu", ",", "Finland", "."]],
    "vertexSet": [[{"name": "Ines Varga", "pos": [0, 2], "sent_id": 0, "type": "PER"},
                   {"name": "Varga", "pos": [0, 1], "sent_id": 2, "type": "PER"}],
                  [{"name": "Centre Party", "pos": [8, 10], "sent_id": 0, "type": "ORG"}],
                  [{"name": "Nordic Council", "pos": [3, 5], "sent_id": 1, "type": "ORG"}],
                  [{"name": "Finland", "pos": [6, 7], "sent_id": 2, "type": "LOC"}],
                  [{"name": "Oulu", "pos": [4, 5], "sent_id": 2, "type": "LOC"}]],
    "labels": [{"h": 0, "t": 1, "r": "P102", "evidence": [0]},  # both ends in the evidence sentence
               {"h": 2, "t": 0, "r": "P488", "evidence": [1]},  # one evidence sentence, "She": scored, turned round
               {"h": 0, "t": 3, "r": "P27", "evidence": [0, 2]},  # citizenship: neutral
               {"h": 0, "t": 2, "r": "P463", "evidence": [0, 1]},  # inferred across sentences: neutral
               {"h": 4, "t": 3, "r": "P17", "evidence": [2]}],  # not ours: out of scope
}


def test_read_redocred_scores_affiliations_stated_in_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "redocred.json"
    path.write_text(json.dumps([REDOCRED_DOC]), encoding="utf-8")
    [doc] = list(read_redocred(path))
    assert doc.text.startswith("Ines Varga is a Finnish politician of the Centre Party. She chaired")
    assert [(r.head.name, r.label, r.tail.name) for r in doc.relations] == [
        ("Ines Varga", "affiliation", "Centre Party"), ("Ines Varga", "affiliation", "Nordic Council")]
    assert doc.relations[1].evidence == "She chaired the Nordic Council."
    assert [(r.head.name, r.tail.name) for r in doc.neutral_relations] == [
        ("Ines Varga", "Finland"), ("Ines Varga", "Nordic Council")]
    assert [r.label for r in doc.other_relations] == ["P17"]
    assert {(e.name, e.label) for e in doc.entities} >= {("Ines Varga", "Person"), ("Finland", PLACE)}


def test_redocred_predictions_of_unscored_true_facts_are_neutral(tmp_path: Path) -> None:
    path = tmp_path / "redocred.json"
    path.write_text(json.dumps([REDOCRED_DOC]), encoding="utf-8")
    [doc] = list(read_redocred(path))
    canned = {doc.text: ([person(0, "Ines Varga", "Varga"), org(1, "Centre Party"), country(2, "Finland", "FIN"),
                          org(3, "Oulu University")],
                         [(0, "MEMBER_OF", 1, {}), (0, "HOLDS_ROLE", 2, {}), (0, "HOLDS_ROLE", 3, {})])}
    report = run_eval("redocred", path, BuildSettings(), processor=FakeProcessor(canned))
    score = report.relations["affiliation"]
    # the party is right, Finland is a true but unscored fact (citizenship), Oulu University is wrong,
    # and the Nordic Council chair is missed
    assert (score.gold, score.pred, score.tp, score.fp, score.fn) == (2, 2, 1, 1, 1)
    assert report.neutral_predictions == {"affiliation": 1}


def test_report_outputs(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "g.jsonl", [{"id": "x", "text": "Nothing here.", "entities": [],
                                                "relations": [{"head": "A", "type": "ACCUSED", "tail": "B"}]}])
    report = run_eval("jsonl", path, BuildSettings(), show=1, processor=FakeProcessor({}))
    data = json.loads(json.dumps(report.to_dict()))
    assert data["relations"]["labels"]["ACCUSED"]["fn"] == 1
    assert data["samples"]["relation_miss"][0]["expected"] == ["A -ACCUSED-> B"]
    table = report.format_table()
    assert "ACCUSED" in table and "relation miss: first 1 of 1" in table


def test_limit_and_errors(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "g.jsonl", [{"id": str(i), "text": f"Line {i}."} for i in range(5)])
    processor = FakeProcessor({})
    assert run_eval("jsonl", path, BuildSettings(), limit=2, processor=processor).sentences == 2
    with pytest.raises(GraphbuildError, match="unknown dataset"):
        run_eval("ace05", path, BuildSettings(), processor=processor)
    with pytest.raises(InputError, match="no such file"):
        run_eval("jsonl", tmp_path / "missing.jsonl", BuildSettings(), processor=processor)


# --- end to end with the real pipeline -----------------------------------------------------------------
@pytest.mark.model
def test_gold_sample_end_to_end(processor) -> None:  # the session's real Processor (tests/conftest.py)
    report = run_eval("jsonl", GOLD_SAMPLE, BuildSettings(), show=50, processor=processor)
    data = report.to_dict()
    assert report.sentences == len(GOLD_SAMPLE.read_text(encoding="utf-8").splitlines())
    assert report.rejected == 0
    assert {"relations", "entities", "samples", "notes"} <= data.keys()
    labels = data["relations"]["labels"]
    assert labels["HOLDS_ROLE"]["tp"] >= 2 and labels["MET_WITH"]["tp"] >= 1
    assert labels["THREATENED"]["tp"] == 1 and labels["ACCUSED"]["tp"] == 1
    missed = {(s.id, e) for s in report.samples["relation_miss"] for e in s.expected}
    for fact in ("Anna Nowak -HOLDS_ROLE-> Poland", "Peter Lang -HOLDS_ROLE-> Germany",
                 "Anna Nowak -MET_WITH-> Peter Lang"):
        assert ("gs-01", fact) not in missed
    assert data["entities"]["micro"]["f1"] >= 0.8
    assert data["relations"]["micro"]["f1"] >= 0.5


def test_plover_mapping_scores_held_meetings_not_planned_or_cancelled_ones():
    evidence = Evidence("a", "", "", "s", 0, 1, "test", 1.0)
    a, b = Entity(0, "Country", "A"), Entity(1, "Country", "B")

    def label(rel_type, **props):
        return plover_label(Relation(0, rel_type, 1, props, evidence), a, b)

    assert label("MET_WITH", status="held") == "CONSULT"
    assert label("NEGOTIATED_WITH", status="held") == "CONSULT"
    # PLOVER's CAMEO table maps 036 "express intent to meet or negotiate" to AGREE
    assert label("MET_WITH", status="planned") is None
    assert label("MET_WITH", status="cancelled") is None
    assert label("THREATENED") == "THREATEN" and label("ACCUSED") == "DISAPPROVE"
    assert label("HOLDS_ROLE") is None


def test_read_petrarch(tmp_path: Path) -> None:
    records = [
        {"id": "P1", "date": "20080804", "evaluate": "true", "text": "Norland troops attacked Sudmark.",
         "expected_events": [{"source": "NORMIL", "target": "SUDGOV", "event": "190"},
                             {"source": "NOR", "target": "SUD", "event": "036"}]},
        {"id": "P2", "evaluate": "false", "text": "Skipped.", "expected_events": []},
        {"id": "P3", "text": "The UN praised Norland.",
         "expected_events": [{"source": "IGOUNO", "target": "NOR", "event": "051"}]},
    ]
    path = tmp_path / "records.extracted.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    attack, praise = list(read_petrarch(path))  # P2 is marked evaluate=false
    assert attack.date == "2008-08-04"
    [gold] = attack.relations
    assert (gold.head.code, gold.label, gold.tail.code) == ("NOR", "ATTACK", "SUD")
    assert [r.label for r in attack.other_relations] == ["cameo 03"]  # intent to cooperate: not ours
    assert praise.relations == [] and praise.other_relations[0].label == "PRAISE"  # IGO: no state to match


@pytest.mark.model
def test_petrarch_matches_a_person_by_the_state_they_act_for(processor) -> None:
    from graphbuild.evaluate import dataset_spec, predictions, relation_matches

    [result] = list(processor.process([Article(
        id="t", text="Norwegian Foreign Minister Ola Berg accused Sweden of breaking the treaty.")]))
    _, relations = predictions(result, dataset_spec("petrarch"))
    accused = [r for r in relations if r.label == "DISAPPROVE"]
    gold = GoldRelation(GoldEntity("NORGOV", "actor", "NOR"), "DISAPPROVE", GoldEntity("SWE", "actor", "SWE"))
    assert accused and relation_matches(accused[0], gold, NameIndex(), symmetric=False)
    _, plain = predictions(result, dataset_spec("plover"))  # other datasets do not map people to states
    assert not relation_matches(next(r for r in plain if r.label == "DISAPPROVE"), gold, NameIndex(), False)
