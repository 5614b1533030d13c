// name: most_connected
// answers: Which actors are the most connected (number of relations, in or out, and the mentions behind them)?
// params: type (string, default ""; Person, Country, Organization or Location, "" for any), limit (int, default 10)
// embedded: yes
// The embedded variant reads degree and mentions that queries.py computes over the GraphML edges
// (grand-cypher cannot match a relationship in either direction).
MATCH (n:Entity)-[r]-(:Entity)
WHERE r.id IS NOT NULL AND ($type = "" OR toLower(n.type) = toLower($type))
RETURN n.key AS key, n.name AS name, n.type AS type, COUNT(r) AS degree, SUM(r.weight) AS mentions
ORDER BY degree DESC, mentions DESC, name ASC, key ASC
LIMIT $limit
// embedded-variant:
MATCH (n:Entity)
WHERE n.__degree__ > 0 AND ($type == "" OR toLower(n.type) == toLower($type))
RETURN n.key AS key, n.name AS name, n.type AS type, n.__degree__ AS degree, n.__mentions__ AS mentions
ORDER BY degree DESC, mentions DESC, name ASC, key ASC
LIMIT $limit
