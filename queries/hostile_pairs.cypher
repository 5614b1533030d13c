// name: hostile_pairs
// answers: Who accused, threatened or attacked whom most (one row per actor, type and target, by mentions)?
// params: relation (string, default ""; ACCUSED, THREATENED or ATTACKED, "" for all three), limit (int, default 20)
// embedded: yes
MATCH (a:Entity)-[r:ACCUSED|THREATENED|ATTACKED]->(b:Entity)
WHERE $relation = "" OR type(r) = toUpper($relation)
RETURN a.name AS actor, type(r) AS relation, b.name AS target, r.weight AS mentions, r.articles AS articles,
       r.first_seen AS first_seen, r.last_seen AS last_seen
ORDER BY mentions DESC, actor ASC, relation ASC, target ASC
LIMIT $limit
// embedded-variant:
MATCH (a:Entity)-[r:ACCUSED|THREATENED|ATTACKED]->(b:Entity)
WHERE $relation == "" OR type(r) == toUpper($relation)
RETURN a.name AS actor, type(r) AS relation, b.name AS target, r.weight AS mentions, r.articles AS articles,
       r.first_seen AS first_seen, r.last_seen AS last_seen
ORDER BY mentions DESC, actor ASC, relation ASC, target ASC
LIMIT $limit
