"""GraphML, GEXF and JSON Lines writers. Same graph in, byte-identical files out."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

import networkx as nx

from .schema import NODE_COLORS, NodeType

GEXF_NS = "http://www.gexf.net/1.2draft"  # 1.2: read by Gephi, networkx and most tools
VIZ_NS = "http://www.gexf.net/1.2draft/viz"


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> None:
    """GraphML with typed keys (label, type, iso3, aliases...; type, role, status, weight...)."""
    nx.write_graphml_xml(graph, path, encoding="utf-8", prettyprint=True, named_key_ids=True,
                         edge_id_from_attribute=None)


def _gexf_type(values: Iterable[Any]) -> str:
    values = list(values)
    if all(isinstance(v, bool) for v in values):
        return "boolean"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "long"
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        return "double"
    return "string"


def _attribute_table(items: Iterable[dict[str, Any]], reserved: set[str]) -> list[tuple[str, str]]:
    seen: dict[str, list[Any]] = {}
    for data in items:
        for name, value in data.items():
            if name not in reserved:
                seen.setdefault(name, []).append(value)
    return [(name, _gexf_type(values)) for name, values in sorted(seen.items())]


def _fmt(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _spells(dates: list[str]) -> str:
    return "".join(f'<spell start="{d}" end="{d}"/>' for d in dates)


def write_gexf(graph: nx.MultiDiGraph, path: Path, edge_dates: dict[str, list[str]] | None = None) -> None:
    """GEXF 1.2 for Gephi: coloured by node type, with time spells from article dates.

    A node exists from its first_seen date on; an interaction edge lives on the dates of
    its evidence; an affiliation edge from first_seen to last_seen.
    """
    edge_dates = edge_dates or {}
    node_reserved = {"label"}
    edge_reserved = {"weight"}
    node_attrs = _attribute_table((d for _, d in graph.nodes(data=True)), node_reserved)
    edge_attrs = _attribute_table((d for _, _, d in graph.edges(data=True)), edge_reserved)
    node_ids = {name: i for i, (name, _) in enumerate(node_attrs)}
    edge_ids = {name: i for i, (name, _) in enumerate(edge_attrs)}
    has_dates = any("first_seen" in d for _, d in graph.nodes(data=True))
    out: list[str] = ['<?xml version="1.0" encoding="UTF-8"?>\n']
    out.append(f'<gexf xmlns="{GEXF_NS}" xmlns:viz="{VIZ_NS}" version="1.2">\n')
    out.append('  <meta><creator>graphbuild</creator><description>political actor graph</description></meta>\n')
    mode = ' mode="dynamic" timeformat="date"' if has_dates else ' mode="static"'
    out.append(f'  <graph defaultedgetype="directed"{mode}>\n')
    for klass, table in (("node", node_attrs), ("edge", edge_attrs)):
        out.append(f'    <attributes class="{klass}">\n')
        for i, (name, kind) in enumerate(table):
            out.append(f'      <attribute id="{i}" title={quoteattr(name)} type="{kind}"/>\n')
        out.append("    </attributes>\n")
    out.append("    <nodes>\n")
    for node, data in graph.nodes(data=True):
        start = f' start="{data["first_seen"]}"' if data.get("first_seen") else ""
        out.append(f'      <node id={quoteattr(node)} label={quoteattr(str(data.get("label", node)))}{start}>\n')
        out.append("        <attvalues>")
        for name, value in sorted(data.items()):
            if name in node_ids:
                out.append(f'<attvalue for="{node_ids[name]}" value={quoteattr(_fmt(value))}/>')
        out.append("</attvalues>\n")
        r, g, b = NODE_COLORS.get(NodeType(data["type"]), (128, 128, 128))
        out.append(f'        <viz:color r="{r}" g="{g}" b="{b}" a="1.0"/>\n')
        out.append(f'        <viz:size value="{5 + min(int(data.get("mentions", 1)), 45)}"/>\n')
        out.append("      </node>\n")
    out.append("    </nodes>\n    <edges>\n")
    for u, v, key, data in graph.edges(keys=True, data=True):
        out.append(
            f'      <edge id={quoteattr(key)} source={quoteattr(u)} target={quoteattr(v)} '
            f'label={quoteattr(data["type"])} weight="{data.get("weight", 1)}">\n'
        )
        out.append("        <attvalues>")
        for name, value in sorted(data.items()):
            if name in edge_ids:
                out.append(f'<attvalue for="{edge_ids[name]}" value={quoteattr(_fmt(value))}/>')
        out.append("</attvalues>\n")
        dates = edge_dates.get(key)
        if data.get("category") == "interaction" and dates:
            out.append(f"        <spells>{_spells(sorted(dates))}</spells>\n")
        elif data.get("first_seen"):
            out.append(f'        <spells><spell start="{data["first_seen"]}" end="{data["last_seen"]}"/></spells>\n')
        out.append("      </edge>\n")
    out.append("    </edges>\n  </graph>\n</gexf>\n")
    path.write_text("".join(out), encoding="utf-8")


def write_jsonl(rows: Iterable[dict[str, Any]], path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count


def read_jsonl(path: Path, required: tuple[str, ...] = (),
               allowed: dict[str, frozenset[str]] | None = None) -> Iterable[dict[str, Any]]:
    """Rows of a JSON Lines output file; a broken line is an InputError naming file and line.

    `allowed` maps a field to its permitted values (e.g. "type" to the schema's node types)."""
    from .errors import InputError

    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{number}: malformed JSON ({exc.msg}); rebuild the folder with "
                                 "`graphbuild build`") from None
            missing = [key for key in required if key not in row]
            if missing:
                raise InputError(f"{path}:{number}: missing field(s) {', '.join(missing)}")
            for key, values in (allowed or {}).items():
                if row[key] not in values:
                    raise InputError(f"{path}:{number}: {key} {row[key]!r} is not in graphbuild's schema "
                                     f"(one of {', '.join(sorted(values))})")
            yield row


__all__ = ["read_jsonl", "write_gexf", "write_graphml", "write_jsonl"]
