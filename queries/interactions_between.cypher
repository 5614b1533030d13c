// name: interactions_between
// answers: Every relation between two named actors, in either direction, with dates and qualifiers.
// params: actor_a (string; name or alias), actor_b (string; name or alias)
// embedded: yes
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.id IS NOT NULL
  AND ((toLower($actor_a) IN [x IN coalesce(a.aliases, []) + a.name | toLower(x)]
        AND toLower($actor_b) IN [x IN coalesce(b.aliases, []) + b.name | toLower(x)])
    OR (toLower($actor_b) IN [x IN coalesce(a.aliases, []) + a.name | toLower(x)]
        AND toLower($actor_a) IN [x IN coalesce(b.aliases, []) + b.name | toLower(x)]))
RETURN a.name AS head, type(r) AS relation, b.name AS tail, coalesce(r.role, r.status, r.kind, "") AS detail,
       coalesce(r.first_seen, "") AS first_seen, coalesce(r.last_seen, "") AS last_seen, r.weight AS mentions
ORDER BY first_seen ASC, relation ASC, head ASC, tail ASC, detail ASC
// embedded-variant:
MATCH (a:Entity)-[r]->(b:Entity)
WHERE (a.__names__ CONTAINS toLower($actor_a) AND b.__names__ CONTAINS toLower($actor_b))
   OR (a.__names__ CONTAINS toLower($actor_b) AND b.__names__ CONTAINS toLower($actor_a))
RETURN a.name AS head, type(r) AS relation, b.name AS tail, coalesce(r.role, r.status, r.kind, "") AS detail,
       coalesce(r.first_seen, "") AS first_seen, coalesce(r.last_seen, "") AS last_seen, r.weight AS mentions
ORDER BY first_seen ASC, relation ASC, head ASC, tail ASC, detail ASC
