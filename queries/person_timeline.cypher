// name: person_timeline
// answers: A person's (or any actor's) timeline: every relation they take part in, with dates, oldest first.
// params: person (string; name or alias, any case)
// embedded: yes
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.id IS NOT NULL
  AND (toLower($person) IN [x IN coalesce(a.aliases, []) + a.name | toLower(x)]
       OR toLower($person) IN [x IN coalesce(b.aliases, []) + b.name | toLower(x)])
RETURN coalesce(r.first_seen, "") AS first_seen, coalesce(r.last_seen, "") AS last_seen,
       a.name AS head, type(r) AS relation, b.name AS tail,
       coalesce(r.role, r.status, r.kind, "") AS detail, r.weight AS mentions
ORDER BY first_seen ASC, last_seen ASC, relation ASC, head ASC, tail ASC, detail ASC
// embedded-variant:
MATCH (a:Entity)-[r]->(b:Entity)
WHERE (a.__names__ CONTAINS toLower($person) OR b.__names__ CONTAINS toLower($person))
RETURN coalesce(r.first_seen, "") AS first_seen, coalesce(r.last_seen, "") AS last_seen,
       a.name AS head, type(r) AS relation, b.name AS tail,
       coalesce(r.role, r.status, r.kind, "") AS detail, r.weight AS mentions
ORDER BY first_seen ASC, last_seen ASC, relation ASC, head ASC, tail ASC, detail ASC
