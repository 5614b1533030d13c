// name: co_mentioned
// answers: Which actors are mentioned in the same articles as a given actor, and how often?
// params: actor (string; name or alias), limit (int, default 20)
// embedded: no
MATCH (a:Entity)
WHERE toLower($actor) IN [x IN coalesce(a.aliases, []) + a.name | toLower(x)]
MATCH (a)<-[:MENTIONS]-(art:Article)-[:MENTIONS]->(b:Entity)
WHERE b <> a
RETURN b.name AS actor, b.key AS key, b.type AS type, count(DISTINCT art) AS articles,
       min(art.published) AS first_seen, max(art.published) AS last_seen
ORDER BY articles DESC, actor ASC, key ASC
LIMIT $limit
