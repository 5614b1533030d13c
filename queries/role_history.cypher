// name: role_history
// answers: Which roles has a person held (or everyone, when no person is given), and when were they first and last seen in them?
// params: person (string, default ""; name or alias, "" for everyone)
// embedded: yes
MATCH (p:Person)-[r:HOLDS_ROLE]->(o:Entity)
WHERE $person = "" OR toLower($person) IN [x IN coalesce(p.aliases, []) + p.name | toLower(x)]
RETURN p.name AS person, coalesce(r.role, "") AS role, o.name AS of_actor,
       coalesce(r.first_seen, "") AS first_seen, coalesce(r.last_seen, "") AS last_seen,
       r.weight AS mentions, r.articles AS articles
ORDER BY person ASC, first_seen ASC, role ASC, of_actor ASC
// embedded-variant:
MATCH (p:Person)-[r:HOLDS_ROLE]->(o:Entity)
WHERE ($person == "" OR p.__names__ CONTAINS toLower($person))
RETURN p.name AS person, coalesce(r.role, "") AS role, o.name AS of_actor,
       coalesce(r.first_seen, "") AS first_seen, coalesce(r.last_seen, "") AS last_seen,
       r.weight AS mentions, r.articles AS articles
ORDER BY person ASC, first_seen ASC, role ASC, of_actor ASC
