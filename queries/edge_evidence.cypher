// name: edge_evidence
// answers: What is the evidence (sentences, dates, article titles and URLs) behind the relations between two named actors?
// params: actor_a (string; name or alias), actor_b (string; name or alias), relation (string, default ""; a relation type such as MET_WITH, "" for any)
// embedded: no
MATCH (a:Entity)-[r]-(b:Entity)
WHERE r.id IS NOT NULL
  AND ($relation = "" OR type(r) = toUpper($relation))
  AND toLower($actor_a) IN [x IN coalesce(a.aliases, []) + a.name | toLower(x)]
  AND toLower($actor_b) IN [x IN coalesce(b.aliases, []) + b.name | toLower(x)]
MATCH (e:Evidence {edge: r.id})-[:IN]->(art:Article)
RETURN startNode(r).name AS head, type(r) AS relation, endNode(r).name AS tail,
       coalesce(r.role, r.status, r.kind, "") AS detail, e.date AS date, e.sentence AS sentence,
       art.title AS title, art.url AS url, art.id AS article, e.rule AS rule, e.confidence AS confidence
ORDER BY date ASC, head ASC, relation ASC, tail ASC, detail ASC, article ASC, e.start ASC
