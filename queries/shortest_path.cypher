// name: shortest_path
// answers: How are two actors connected: the shortest chains of relations between them (either direction, at most 6 steps)?
// params: source (string; name or alias), target (string; name or alias)
// embedded: no
MATCH (a:Entity)
WHERE toLower($source) IN [x IN coalesce(a.aliases, []) + a.name | toLower(x)]
MATCH (b:Entity)
WHERE b <> a AND toLower($target) IN [x IN coalesce(b.aliases, []) + b.name | toLower(x)]
MATCH p = allShortestPaths((a)-[:HOLDS_ROLE|ENVOY_OF|ADVISER_TO|SPOKESPERSON_FOR|RELATIVE_OF|MEMBER_OF|PART_OF|MET_WITH|VISITED|NEGOTIATED_WITH|THREATENED|ACCUSED|PRAISED|SUPPORTED|ATTACKED|REJECTED*..6]-(b))
WITH p, nodes(p) AS ns, relationships(p) AS rs
RETURN length(p) AS hops, [n IN ns | n.name] AS path,
       [i IN range(0, size(rs) - 1) |
          CASE WHEN startNode(rs[i]) = ns[i] THEN type(rs[i]) + " ->" ELSE "<- " + type(rs[i]) END] AS relations
ORDER BY hops ASC, path ASC, relations ASC
LIMIT 25
