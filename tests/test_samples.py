"""The bundled sample articles (data/articles): every format read, every relation type found."""

from __future__ import annotations

import json

import pytest

from graphbuild.schema import RelType

pytestmark = pytest.mark.model


def _rows(out, name):
    return [json.loads(line) for line in (out / name).read_text(encoding="utf-8").splitlines() if line]


def test_all_formats_read_and_nothing_rejected(sample_out):
    summary = json.loads((sample_out / "summary.json").read_text())
    assert summary["articles"] == 16 and summary["rejected"] == 0
    origins = {a["origin"].rsplit(".", 1)[-1].split(":")[0].split("[")[0].split("#")[0]
               for a in _rows(sample_out, "articles.jsonl")}
    assert {"txt", "jsonl", "csv", "html", "xml"} <= origins


def test_every_relation_type_is_exercised(sample_out):
    found = {r["type"] for r in _rows(sample_out, "relations.jsonl")}
    assert found == {rel.value for rel in RelType}


def test_a_few_facts_from_the_samples(sample_out):
    facts = {(r["head_label"], r["type"], r["tail_label"], r.get("role") or r.get("status") or r.get("kind") or "")
             for r in _rows(sample_out, "relations.jsonl")}
    assert ("Kristjan Valk", "HOLDS_ROLE", "Estonia", "foreign minister") in facts
    assert ("Kristjan Valk", "ENVOY_OF", "Estonia", "ambassador") in facts
    assert ("Daniel Kessler", "ENVOY_OF", "Richard Hale", "special envoy") in facts
    assert ("Marek Zielinski", "MET_WITH", "Hanno Lepp", "planned") in facts
    assert ("Tomasz Wierzbicki", "REJECTED", "Kremlin", "") in facts
    assert ("Thomas Brandt", "MEMBER_OF", "Republican Party", "") in facts


def test_role_dates_follow_the_articles(sample_out):
    rows = [r for r in _rows(sample_out, "relations.jsonl")
            if r["head_label"] == "Kristjan Valk" and r["type"] in ("HOLDS_ROLE", "ENVOY_OF")]
    by_role = {}
    for r in rows:
        by_role.setdefault(r["role"], set()).add(r["date"][:4])
    assert "2026" in by_role["ambassador"]
    assert "2026" not in by_role.get("foreign minister", set())  # he left office before that article
