// name: hostility_by_actor
// answers: Counts by type: how many targets each actor accused, threatened, attacked or rejected, and how often it was reported?
// params: limit (int, default 20)
// embedded: yes
// first_seen is "" when part of it is undated (grand-cypher's MIN cannot skip nulls; both texts agree).
MATCH (a:Entity)-[r:ACCUSED|THREATENED|ATTACKED|REJECTED]->(b:Entity)
RETURN a.name AS actor, type(r) AS relation, COUNT(b) AS targets, SUM(r.weight) AS mentions,
       MIN(coalesce(r.first_seen, "")) AS first_seen, MAX(coalesce(r.last_seen, "")) AS last_seen
ORDER BY mentions DESC, targets DESC, actor ASC, relation ASC
LIMIT $limit
