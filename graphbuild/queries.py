"""Named, parameterised Cypher queries: listed, loaded, run on Neo4j or on a GraphML file.

Each `queries/NAME.cypher` starts with a header of `// key: value` lines:

    // name: roles_in_country
    // answers: Who holds role R in country C (with first and last seen dates)?
    // params: role (string, default ""; ...), country (string; ISO3 code or name)
    // embedded: yes

A parameter is required unless its description says `default VALUE` (a JSON value: "" or 10);
it is an int when its description starts with `int`. The query text uses parameters only
(`$role`), never text built from values.

`embedded: yes` queries also run without a server on the graph.graphml of a build, through
grand-cypher. When the Neo4j text uses Cypher that grand-cypher lacks, the file holds a second
text after a `// embedded-variant:` line. grand-cypher has no query parameters: after the values
are checked (`check_params`), each `$name` of the embedded text becomes a literal, an int as
digits or a string as an escaped double-quoted literal that must read back as the same string
(`_literal`). A trailing `LIMIT $name` is applied to the rows in Python instead (grand-cypher
applies LIMIT before WHERE and ORDER BY). Binding the values to an extra parameter node instead
was tried: grand-cypher joins disconnected MATCH patterns wrongly when one of them has no match.
The Neo4j texts only ever use `$name` parameters. grand-cypher's automatic WHERE hints are
switched off: they are quadratic in the number of matching nodes.

The GraphML graph is adapted for grand-cypher (`adapt_graph`): nodes get `__labels__`
({"Entity", type}), `name` (the label), `key` (the node id), `__names__` (lower-cased name and
aliases), `__names_text__` (the same, one per line, for substring search), `__degree__` and
`__mentions__` (number of relations in or out and the sum of their weights); edges get
`__labels__` ({type}) and `id` (the edge key).
"""

from __future__ import annotations

import ast
import csv
import io
import json
import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import GraphbuildError, InputError, QueryError

_PACKAGED = Path(__file__).resolve().parent / "queries"
_SOURCE_TREE = Path(__file__).resolve().parents[1] / "queries"

EMBEDDED_MARKER = "// embedded-variant:"
HEADER_KEYS = ("name", "answers", "params", "embedded")
FORMATS = ("table", "json", "csv")

_PARAM_REF = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_LIMIT_PARAM = re.compile(r"\bLIMIT\s+\$([A-Za-z_][A-Za-z0-9_]*)\s*$", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")  # never part of a name; "\n" separates names in __names_text__
_DEFAULT = re.compile(r"\bdefault\s+(\"(?:[^\"\\]|\\.)*\"|-?\d+)")


def queries_dir() -> Path:
    """`graphbuild/queries` in a wheel, else `<repo>/queries` in the source tree."""
    for candidate in (_PACKAGED, _SOURCE_TREE):
        if candidate.is_dir() and any(candidate.glob("*.cypher")):
            return candidate
    raise GraphbuildError(f"named queries not found in {_PACKAGED} or {_SOURCE_TREE}")


# --- the query files ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Param:
    name: str
    doc: str
    type: str = "string"  # "string" or "int"
    required: bool = True
    default: Any = None


@dataclass(frozen=True)
class QueryInfo:
    name: str
    answers: str
    params: tuple[Param, ...]
    embedded: bool
    path: Path
    cypher: str = field(repr=False)  # the Neo4j text (header comments included)
    embedded_cypher: str = field(default="", repr=False)  # the grand-cypher text ("" unless embedded)

    @property
    def param_names(self) -> list[str]:
        return [p.name for p in self.params]

    def usage(self) -> str:
        parts = [p.name if p.required else f"[{p.name}]" for p in self.params]
        return f"{self.name} {' '.join(f'{part}=...' for part in parts)}".rstrip()


def _split_top_level(text: str) -> list[str]:
    """Split on commas outside parentheses and double quotes."""
    parts, depth, quoted, current = [], 0, False, []
    for i, ch in enumerate(text):
        if ch == '"' and (i == 0 or text[i - 1] != "\\"):
            quoted = not quoted
        elif not quoted and ch == "(":
            depth += 1
        elif not quoted and ch == ")":
            depth -= 1
        elif not quoted and depth == 0 and ch == ",":
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


def parse_param_doc(text: str, where: str = "") -> tuple[Param, ...]:
    """`role (string, default ""; e.g. "president"), limit (int, default 10)` -> Params."""
    text = text.strip()
    if text.lower() in ("", "none", "-"):
        return ()
    params = []
    for item in _split_top_level(text):
        match = re.fullmatch(r"([A-Za-z_][A-Za-z0-9_]*)\s*(?:\((.*)\))?", item, re.DOTALL)
        if not match:
            raise QueryError(f"{where}: cannot read parameter {item!r} in the params line")
        name, doc = match.group(1), (match.group(2) or "").strip()
        kind = "int" if re.match(r"int\b", doc) else "string"
        default_match = _DEFAULT.search(doc)
        default: Any = None
        if default_match:
            default = json.loads(default_match.group(1))
            if kind == "int" and not isinstance(default, int):
                raise QueryError(f"{where}: the default of int parameter {name!r} is not an int")
        params.append(Param(name, doc, kind, default_match is None, default))
    return tuple(params)


def parse_query_file(path: Path) -> QueryInfo:
    text = path.read_text(encoding="utf-8")
    header: dict[str, str] = {}
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("//"):
            break
        match = re.match(r"//\s*([a-z_-]+):\s*(.*)$", stripped)
        if match and match.group(1) in HEADER_KEYS:
            header[match.group(1)] = match.group(2).strip()
    missing = [key for key in HEADER_KEYS if key not in header]
    if missing:
        raise QueryError(f"{path}: header lacks {', '.join('// ' + k + ':' for k in missing)}")
    if header["name"] != path.stem:
        raise QueryError(f"{path}: header name {header['name']!r} differs from the file name")
    embedded_flag = header["embedded"].split()[0].lower() if header["embedded"] else ""
    if embedded_flag not in ("yes", "no"):
        raise QueryError(f"{path}: `// embedded:` must be yes or no, not {header['embedded']!r}")
    neo4j_text, marker, variant = text.partition(EMBEDDED_MARKER)
    embedded = embedded_flag == "yes"
    if marker and not embedded:
        raise QueryError(f"{path}: has an embedded variant but says `embedded: no`")
    return QueryInfo(
        name=header["name"],
        answers=header["answers"],
        params=parse_param_doc(header["params"], str(path)),
        embedded=embedded,
        path=path,
        cypher=neo4j_text.strip() + "\n",
        embedded_cypher=(variant.strip() + "\n" if marker else neo4j_text.strip() + "\n") if embedded else "",
    )


@lru_cache(maxsize=4)
def _load_all(folder: Path, stamp: tuple[tuple[str, float], ...]) -> dict[str, QueryInfo]:
    del stamp  # only part of the cache key: an edited file is read again
    infos = {}
    for path in sorted(folder.glob("*.cypher")):
        info = parse_query_file(path)
        infos[info.name] = info
    return infos


def _all_queries(folder: Path | None = None) -> dict[str, QueryInfo]:
    folder = folder or queries_dir()
    stamp = tuple((p.name, p.stat().st_mtime) for p in sorted(folder.glob("*.cypher")))
    return _load_all(folder, stamp)


def list_queries(folder: Path | None = None) -> list[QueryInfo]:
    """Every named query, sorted by name."""
    return list(_all_queries(folder).values())


def load_query(name: str, folder: Path | None = None) -> QueryInfo:
    infos = _all_queries(folder)
    if name not in infos:
        raise QueryError(f"unknown query {name!r}; known queries: {', '.join(infos)}")
    return infos[name]


def parse_params(pairs: Iterable[str], info: QueryInfo) -> dict[str, Any]:
    """`["role=president", "country=POL"]` -> {"role": "president", "country": "POL"}.

    Unknown, repeated or missing (required) parameters and non-integer ints raise QueryError;
    optional parameters not given take their default.
    """
    by_name = {p.name: p for p in info.params}
    values: dict[str, Any] = {}
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        key = key.strip()
        if not sep or not key:
            raise QueryError(f"parameter {pair!r} is not key=value (query {info.name}: {info.usage()})")
        if key not in by_name:
            known = ", ".join(by_name) or "none"
            raise QueryError(f"query {info.name} has no parameter {key!r} (its parameters: {known})")
        if key in values:
            raise QueryError(f"parameter {key!r} given twice")
        values[key] = raw.strip()
    return check_params(values, info)


def check_params(values: Mapping[str, Any], info: QueryInfo) -> dict[str, Any]:
    """Validate a dict of parameters (strings or ints) and fill in defaults."""
    by_name = {p.name: p for p in info.params}
    unknown = sorted(set(values) - set(by_name))
    if unknown:
        known = ", ".join(by_name) or "none"
        names = ", ".join(map(repr, unknown))
        raise QueryError(f"query {info.name} has no parameter {names} (its parameters: {known})")
    out: dict[str, Any] = {}
    missing = []
    for param in info.params:
        if param.name not in values:
            if param.required:
                missing.append(param.name)
            else:
                out[param.name] = param.default
            continue
        value = values[param.name]
        if param.type == "int":
            if isinstance(value, bool) or not isinstance(value, (int, str)):
                raise QueryError(f"parameter {param.name!r} of {info.name} must be an integer, not {value!r}")
            try:
                value = int(value) if isinstance(value, int) else int(value.strip(), 10)
            except ValueError:
                raise QueryError(f"parameter {param.name!r} of {info.name} must be an integer, not {value!r}") from None
            if value < 0:
                raise QueryError(f"parameter {param.name!r} of {info.name} must not be negative")
        else:
            if not isinstance(value, str):
                value = str(value)
            if _CONTROL.search(value):
                raise QueryError(f"parameter {param.name!r} of {info.name} contains control characters")
        out[param.name] = value
    if missing:
        raise QueryError(
            f"query {info.name} needs {', '.join(missing)}: graphbuild query {info.usage()}"
        )
    return out


# --- running on Neo4j ------------------------------------------------------------------------------
class _SkipUnknownNames(logging.Filter):
    """Drop the driver's warnings that a label, type or property is not in the database (yet).

    A query names every relationship type it may need; a database without, say, ATTACKED edges
    answers correctly but the driver logs a warning (GQL status 01N50/01N51/01N52) per query.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        return not any(f"'{code}'" in record.getMessage() for code in ("01N50", "01N51", "01N52"))


@contextmanager
def _quiet_unknown_names():
    logger = logging.getLogger("neo4j.notifications")
    flt = _SkipUnknownNames()
    logger.addFilter(flt)
    try:
        yield
    finally:
        logger.removeFilter(flt)


def run_named(name: str, params: Mapping[str, Any], settings) -> list[dict[str, Any]]:
    """Run a named query on Neo4j (settings: graphbuild.config.Neo4jSettings)."""
    from . import neo4j_store

    info = load_query(name)
    values = check_params(params, info)
    with _quiet_unknown_names():
        return neo4j_store.run_query(settings, info.cypher, values)


# --- running on a GraphML file (grand-cypher) -----------------------------------------------------
def adapt_graph(graph) -> Any:
    """A copy of a graphbuild GraphML graph in the shape the embedded queries expect."""
    import networkx as nx

    adapted = nx.MultiDiGraph()
    degree: dict[str, int] = {}
    mentions: dict[str, int] = {}
    for u, v, data in graph.edges(data=True):
        weight = data.get("weight", 1)
        weight = weight if isinstance(weight, int) else 1
        for node in (u, v):
            degree[node] = degree.get(node, 0) + 1
            mentions[node] = mentions.get(node, 0) + weight
    for node, data in graph.nodes(data=True):
        attrs = dict(data)
        name = str(attrs.get("label") or node)
        aliases = [a for a in str(attrs.get("aliases") or "").split("|") if a]
        names = sorted({n.lower() for n in [name, *aliases]})
        attrs.update(
            name=name,
            key=node,
            __labels__={"Entity", str(attrs.get("type", ""))},
            __names__=frozenset(names),
            __names_text__="\n".join(names),
            __degree__=degree.get(node, 0),
            __mentions__=mentions.get(node, 0),
        )
        adapted.add_node(node, **attrs)
    for u, v, key, data in graph.edges(keys=True, data=True):
        attrs = dict(data)
        attrs.update(__labels__={str(attrs.get("type", ""))}, id=attrs.get("id", key))
        adapted.add_edge(u, v, key=key, **attrs)
    adapted.graph["graphbuild_adapted"] = True
    return adapted


def load_graph(path: Path | str) -> Any:
    """Read a graph.graphml written by `graphbuild build` and adapt it for the embedded queries."""
    import networkx as nx

    path = Path(path)
    if not path.is_file():
        raise InputError(f"no GraphML file at {path} (run `graphbuild build` first, or pass --graph)")
    try:
        graph = nx.read_graphml(path, force_multigraph=True)
    except Exception as exc:  # noqa: BLE001 - not XML, not GraphML...: one clear message
        reason = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else type(exc).__name__
        raise InputError(f"cannot read {path} as GraphML: {reason}") from None
    if not graph.is_directed():
        graph = graph.to_directed()
    return adapt_graph(graph)


def _literal(value: Any, name: str) -> str:
    """A grand-cypher literal for a checked parameter value (grand-cypher has no parameters).

    Ints are written as digits; strings as a double-quoted literal with every quote, backslash
    and control character escaped, checked to read back as exactly the same string.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    text = json.dumps(str(value), ensure_ascii=False)
    try:
        same = ast.literal_eval(text) == value
    except (ValueError, SyntaxError):
        same = False
    if not same or "\n" in text:  # json.dumps escapes newlines; a raw one would end the literal
        raise QueryError(f"parameter {name!r} has characters the GraphML query engine cannot take")
    return text


def grand_cypher_text(info: QueryInfo, values: Mapping[str, Any]) -> tuple[str, str | None]:
    """The embedded text, with parameter values as literals, and the name of a trailing LIMIT param.

    A trailing `LIMIT $x` is cut off (the caller slices the rows): grand-cypher applies a LIMIT
    to the matches before its WHERE and ORDER BY.
    """
    text = "\n".join(line for line in info.embedded_cypher.splitlines() if not line.strip().startswith("//"))
    text = text.strip()
    limit_param = None
    limit = _LIMIT_PARAM.search(text)
    if limit:
        limit_param = limit.group(1)
        text = text[: limit.start()].rstrip()

    def substitute(match: re.Match) -> str:
        name = match.group(1)
        if name not in values:
            raise QueryError(f"query {info.name} uses ${name}, which its params line does not declare")
        return _literal(values[name], name)

    return _PARAM_REF.sub(substitute, text), limit_param


def _return_columns(text: str) -> list[str]:
    """The aliases of the last RETURN clause, in order (embedded texts alias every item)."""
    clause = re.split(r"\bRETURN\b", text, flags=re.IGNORECASE)[-1]
    clause = re.split(r"\b(?:ORDER\s+BY|SKIP|LIMIT)\b", clause, flags=re.IGNORECASE)[0]
    return re.findall(r"\bAS\s+([A-Za-z_][A-Za-z0-9_]*)", clause, flags=re.IGNORECASE)


def _plain(value: Any) -> Any:
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if not str(k).startswith("__")}
    if isinstance(value, float) and value in (float("inf"), float("-inf")):
        return None  # grand-cypher's MIN/MAX of nothing but nulls
    return value


def run_on_graph(name: str, params: Mapping[str, Any], graph) -> list[dict[str, Any]]:
    """Run an `embedded: yes` query on a GraphML file (path) or an adapted graph, without a server."""
    from grandcypher import GrandCypher

    info = load_query(name)
    if not info.embedded:
        embedded = ", ".join(q.name for q in list_queries() if q.embedded)
        raise QueryError(f"query {name!r} needs Neo4j (it is not embedded); queries that run on GraphML: {embedded}")
    values = check_params(params, info)
    if not getattr(graph, "graph", {}).get("graphbuild_adapted"):
        graph = load_graph(graph) if isinstance(graph, (str, Path)) else adapt_graph(graph)
    text, limit_param = grand_cypher_text(info, values)
    try:
        engine = GrandCypher(graph)
        # grand-cypher's automatic hints from WHERE comparisons are quadratic in the matching nodes
        # (most_connected: 50 s on 20k nodes instead of 1 s); plain matching is exact and fast.
        engine.auto_where_hints = False
        engine.auto_node_jsondata_hints = False
        result = engine.run(text)
    except GraphbuildError:
        raise
    except Exception as exc:  # noqa: BLE001 - a grand-cypher limitation or bug: say which query
        raise QueryError(f"query {name!r} failed on the GraphML graph: {type(exc).__name__}: {exc}") from None
    columns = _return_columns(text) or list(result)
    columns = [c for c in columns if c in result] + [c for c in result if c not in columns]
    length = len(next(iter(result.values()))) if result else 0
    rows = [{c: _plain(result[c][i]) for c in columns} for i in range(length)]
    if limit_param is not None:
        rows = rows[: values[limit_param]]
    return rows


# --- output ----------------------------------------------------------------------------------------
def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " | ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _columns(rows: Sequence[Mapping[str, Any]]) -> list[str]:
    columns: list[str] = []
    for row in rows:
        for key in row:
            if key not in columns:
                columns.append(key)
    return columns


def format_rows(rows: Sequence[Mapping[str, Any]], fmt: str = "table", max_width: int = 60) -> str:
    """Rows as an aligned text table, a JSON array or CSV (with a header line)."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}: use {', '.join(FORMATS)}")
    if fmt == "json":
        return json.dumps([dict(r) for r in rows], ensure_ascii=False, indent=2, default=str) + "\n"
    columns = _columns(rows)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
        return buffer.getvalue()
    if not rows:
        return "(no rows)\n"

    def clip(text: str) -> str:
        text = " ".join(text.split())
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    cells = [[clip(_cell(row.get(c))) for c in columns] for row in rows]
    widths = [max(len(c), *(len(line[i]) for line in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend("  ".join(v.ljust(w) for v, w in zip(line, widths)).rstrip() for line in cells)
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def describe(info: QueryInfo) -> str:
    """A few lines for `graphbuild query --list`."""
    where = "Neo4j or --graph" if info.embedded else "Neo4j only"
    lines = [f"{info.name}  ({where})", f"    {info.answers}"]
    for p in info.params:
        need = "required" if p.required else f"default {json.dumps(p.default)}"
        lines.append(f"    --param {p.name}=...  ({need}) {p.doc}")
    return "\n".join(lines)


__all__ = [
    "Param", "QueryInfo", "adapt_graph", "check_params", "describe", "format_rows", "grand_cypher_text",
    "list_queries", "load_graph", "load_query", "parse_params", "queries_dir", "run_named", "run_on_graph",
]
