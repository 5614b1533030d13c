"""Article results -> one resolved, aggregated graph (networkx MultiDiGraph).

`GraphBuilder` folds articles in as they stream by, keeping only aggregates in memory
(one record per node and per edge); the full evidence is spooled to disk and written out
by `write_relations` once person names are settled across the whole run.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import networkx as nx

from .models import ArticleResult, Entity
from .nlp.lexicon import slug
from .resolve import Registry, name_parts, person_key
from .schema import AFFILIATIONS, NodeType, RelType, allowed

# Which property makes two relations of a type different edges.
QUALIFIER = {
    RelType.HOLDS_ROLE.value: "role",
    RelType.ENVOY_OF.value: "role",
    RelType.ADVISER_TO.value: "role",
    RelType.SPOKESPERSON_FOR.value: "role",
    RelType.RELATIVE_OF.value: "kind",
    RelType.MET_WITH.value: "status",
    RelType.VISITED.value: "status",
    RelType.NEGOTIATED_WITH.value: "status",
}
_PERSON_PENDING = "pending:"
# A one-word organisation becomes a person only when that word names the person this many times
# as often (and at least 5 times) in the run.
GUESSED_ORG_RATIO = 3


def edge_id(head: str, rel: str, tail: str, qualifier: str) -> str:
    return f"{head}|{rel}|{tail}" + (f"|{qualifier}" if qualifier else "")


@dataclass
class NodeAgg:
    type: str
    label: str
    aliases: Counter = field(default_factory=Counter)
    props: dict[str, str] = field(default_factory=dict)
    mentions: int = 0
    articles: int = 0
    dates: set[str] = field(default_factory=set)


@dataclass
class EdgeAgg:
    head: str
    type: str
    tail: str
    qualifier: str
    weight: int = 0
    articles: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    props: Counter = field(default_factory=Counter)  # (name, value) -> count
    best: tuple[float, str, str] = (-1.0, "", "")  # (confidence, sentence, article id); see _better
    rules: Counter = field(default_factory=Counter)

    def add(self, other: EdgeAgg) -> None:
        self.weight += other.weight
        self.articles |= other.articles
        self.dates |= other.dates
        self.props.update(other.props)
        self.rules.update(other.rules)
        if _better(other.best, self.best):
            self.best = other.best


def _better(candidate: tuple[float, str, str], best: tuple[float, str, str]) -> bool:
    """The supporting sentence shown on an edge: highest confidence, then shortest, then
    alphabetical (the same choice neo4j_store makes in Cypher)."""
    return (-candidate[0], len(candidate[1]), candidate[1]) < (-best[0], len(best[1]), best[1])


class GraphBuilder:
    """Streaming fold of ArticleResults into node and edge aggregates."""

    def __init__(self, spool_dir: Path | None = None) -> None:
        self.nodes: dict[str, NodeAgg] = {}
        self.edges: dict[str, EdgeAgg] = {}
        self.registry = Registry()
        self.articles: list[dict[str, Any]] = []
        fd, name = tempfile.mkstemp(prefix=".graphbuild-", suffix=".spool", dir=spool_dir)
        self._spool_path = Path(name)
        self._spool: IO[str] = os.fdopen(fd, "w", encoding="utf-8")
        self.relation_count = 0
        self._resolved: dict[str, str] | None = None

    # --- folding --------------------------------------------------------------------------
    def _key(self, entity: Entity) -> str:
        if entity.type == NodeType.PERSON.value:
            return _PERSON_PENDING + entity.name
        return entity.key

    def add(self, result: ArticleResult) -> None:
        article = result.article
        date = article.published
        keys: list[str] = []
        for entity in result.entities:
            key = self._key(entity)
            keys.append(key)
            if entity.props.get("implied"):
                continue
            node = self.nodes.get(key)
            if node is None:
                props = {k: v for k, v in entity.props.items() if k != "implied"}
                node = self.nodes[key] = NodeAgg(entity.type, entity.name, props=props)
            node.aliases.update(entity.aliases)
            forms = entity.forms or Counter(entity.aliases)
            node.mentions += max(1, sum(forms.values()))
            node.articles += 1
            if date:
                node.dates.add(date)
            if entity.type == NodeType.PERSON.value:
                for form, count in forms.items():
                    self.registry.observe_person(form, count)
                self.registry.observe_person(entity.name, 0)
        mentioned = sorted({keys[e.local_id] for e in result.entities if not e.props.get("implied")})
        self.articles.append({**article.meta(), "origin": article.origin, "entities": mentioned})
        for relation in result.relations:
            head, tail = keys[relation.head], keys[relation.tail]
            for key, entity in ((head, result.entities[relation.head]), (tail, result.entities[relation.tail])):
                if key not in self.nodes:  # an implied country that takes part in a relation
                    props = {k: v for k, v in entity.props.items() if k != "implied"}
                    self.nodes[key] = NodeAgg(entity.type, entity.name, props=props)
            qualifier = relation.props.get(QUALIFIER.get(relation.type, ""), "")
            ident = edge_id(head, relation.type, tail, qualifier)
            edge = self.edges.get(ident)
            if edge is None:
                edge = self.edges[ident] = EdgeAgg(head, relation.type, tail, qualifier)
            ev = relation.evidence
            edge.weight += 1
            edge.articles.add(article.id)
            if date:
                edge.dates.add(date)
            edge.props.update((k, v) for k, v in relation.props.items() if k != QUALIFIER.get(relation.type))
            edge.rules[ev.rule] += 1
            candidate = (ev.confidence, ev.sentence, article.id)
            if _better(candidate, edge.best):
                edge.best = candidate
            row = {
                "head": head,
                "type": relation.type,
                "tail": tail,
                **relation.props,
                "article_id": ev.article_id,
                "url": ev.url,
                "date": ev.date,
                "sentence": ev.sentence,
                "start": ev.start,
                "end": ev.end,
                "rule": ev.rule,
                "confidence": ev.confidence,
            }
            self._spool.write(json.dumps(row, ensure_ascii=False) + "\n")
            self.relation_count += 1

    # --- settling names -------------------------------------------------------------------
    def resolve(self) -> None:
        """Merge people across articles; after this, keys are final graph ids."""
        if self._resolved is not None:
            return
        canonical = self.registry.finish()
        names: dict[str, str] = {}  # key -> the person's canonical name, for every key that is a person's
        for key in self.nodes:
            if key.startswith(_PERSON_PENDING):
                names[key] = canonical.get(key[len(_PERSON_PENDING):], key[len(_PERSON_PENDING):])
        guessed = self._people_guessed_as_organisations(canonical)
        names.update(guessed)
        mapping = {key: person_key(name) for key, name in names.items()}
        nodes: dict[str, NodeAgg] = {}
        for key, node in self.nodes.items():
            final = mapping.get(key, key)
            if key in guessed and final not in nodes:  # the organisation node becomes the person's
                node = NodeAgg(NodeType.PERSON.value, node.label, node.aliases, {}, node.mentions, node.articles,
                               node.dates)
            if final in nodes:
                merged = nodes[final]
                merged.aliases.update(node.aliases)
                merged.mentions += node.mentions
                merged.articles += node.articles
                merged.dates |= node.dates
            else:
                nodes[final] = node
            if key in names:
                nodes[final].label = names[key]
        edges: dict[str, EdgeAgg] = {}
        for edge in self.edges.values():
            head, tail = mapping.get(edge.head, edge.head), mapping.get(edge.tail, edge.tail)
            if head == tail:
                continue
            ident = edge_id(head, edge.type, tail, edge.qualifier)
            edge.head, edge.tail = head, tail
            if ident in edges:
                edges[ident].add(edge)
            else:
                edges[ident] = edge
        self.nodes, self.edges = nodes, edges
        self.articles = [
            {**a, "entities": sorted({mapping.get(k, k) for k in a["entities"]})} for a in self.articles
        ]
        self._resolved = mapping

    def _people_guessed_as_organisations(self, canonical: dict[str, str]) -> dict[str, str]:
        """'Trump' tagged ORG in a few articles, where no full name was at hand, is the person the
        run resolves 'Trump' to (a one-word name with a full canonical name), provided each of
        its edges stays valid with a person in its place. Returns {org key: the person's name}."""
        found: dict[str, str] = {}
        for key, node in self.nodes.items():
            name = canonical.get(node.label, "")
            if node.type != NodeType.ORGANIZATION.value or " " in node.label or " " not in name \
                    or key != f"org:{slug(node.label)}" or node.props.get("kind", "other") != "other" \
                    or node.props.get("country"):
                continue
            if name_parts(name)[-1] != name_parts(node.label)[0]:
                continue  # only a surname ("Wendy" is not Wendy Sherman's organisation)
            as_person = self.registry.person_forms[node.label]
            if as_person < max(5, GUESSED_ORG_RATIO * node.mentions):
                continue  # "Goldman" is mostly Goldman Sachs, not Sheldon Goldman
            found[key] = name
        if not found:
            return found
        for edge in self.edges.values():
            for end in (edge.head, edge.tail):
                if end in found:
                    head_type = NodeType.PERSON if edge.head in found else NodeType(self.nodes[edge.head].type)
                    tail_type = NodeType.PERSON if edge.tail in found else NodeType(self.nodes[edge.tail].type)
                    if not allowed(head_type, RelType(edge.type), tail_type):
                        found.pop(end, None)
        return found

    # --- outputs --------------------------------------------------------------------------
    def to_networkx(self) -> nx.MultiDiGraph:
        """The graph with scalar attributes only, nodes and edges in a stable order."""
        self.resolve()
        graph = nx.MultiDiGraph()
        for key in sorted(self.nodes):
            graph.add_node(key, **node_attributes(key, self.nodes[key]))
        for ident in sorted(self.edges):
            edge = self.edges[ident]
            graph.add_edge(edge.head, edge.tail, key=ident, **edge_attributes(edge))
        return graph

    def write_relations(self, path: Path) -> int:
        """Evidence rows with final keys and labels, in input order."""
        self.resolve()
        assert self._resolved is not None
        self._spool.flush()
        count = 0
        with self._spool_path.open(encoding="utf-8") as spool, path.open("w", encoding="utf-8") as out:
            for line in spool:
                row = json.loads(line)
                row["head"] = self._resolved.get(row["head"], row["head"])
                row["tail"] = self._resolved.get(row["tail"], row["tail"])
                if row["head"] == row["tail"]:
                    continue
                head, tail = self.nodes[row["head"]], self.nodes[row["tail"]]
                ordered = {
                    "head": row.pop("head"), "head_label": head.label, "head_type": head.type,
                    "type": row.pop("type"),
                    "tail": row.pop("tail"), "tail_label": tail.label, "tail_type": tail.type,
                }
                ordered.update(row)
                out.write(json.dumps(ordered, ensure_ascii=False, sort_keys=False) + "\n")
                count += 1
        return count

    def entity_rows(self) -> list[dict[str, Any]]:
        self.resolve()
        rows = []
        for key in sorted(self.nodes):
            attrs = node_attributes(key, self.nodes[key])
            attrs["aliases"] = sorted(self.nodes[key].aliases)
            rows.append({"key": key, **attrs})
        return rows

    def close(self) -> None:
        if not self._spool.closed:
            self._spool.close()
        self._spool_path.unlink(missing_ok=True)


def node_attributes(key: str, node: NodeAgg) -> dict[str, Any]:
    attrs: dict[str, Any] = {
        "label": node.label,
        "type": node.type,
        "aliases": "|".join(sorted(a for a in node.aliases if a != node.label)),
        "mentions": node.mentions,
        "articles": node.articles,
    }
    for name in ("iso3", "kind", "country"):
        if node.props.get(name):
            attrs[name] = node.props[name]
    if node.dates:
        attrs["first_seen"] = min(node.dates)
        attrs["last_seen"] = max(node.dates)
    return attrs


def edge_attributes(edge: EdgeAgg) -> dict[str, Any]:
    attrs: dict[str, Any] = {"type": edge.type, "weight": edge.weight, "articles": len(edge.articles)}
    qualifier_name = QUALIFIER.get(edge.type)
    if qualifier_name and edge.qualifier:
        attrs[qualifier_name] = edge.qualifier
    by_name: dict[str, Counter] = {}
    for (name, value), count in edge.props.items():
        by_name.setdefault(name, Counter())[value] += count
    for name in sorted(by_name):
        # the most frequent value; ties broken alphabetically so output is deterministic
        attrs[name] = min(by_name[name].items(), key=lambda item: (-item[1], item[0]))[0]
    if edge.dates:
        attrs["first_seen"] = min(edge.dates)
        attrs["last_seen"] = max(edge.dates)
    attrs["evidence"] = edge.best[1]
    attrs["evidence_article"] = edge.best[2]
    attrs["confidence"] = round(edge.best[0], 3)
    attrs["rule"] = min(edge.rules.items(), key=lambda item: (-item[1], item[0]))[0]
    attrs["category"] = "affiliation" if RelType(edge.type) in AFFILIATIONS else "interaction"
    return attrs


__all__ = ["GraphBuilder", "edge_attributes", "node_attributes"]
