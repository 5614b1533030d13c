// name: person_staff
// answers: Who are the envoys, advisers and spokespeople of a person (or of a government, party or country)?
// params: person (string; name or alias, any case)
// embedded: yes
MATCH (s:Person)-[r:ENVOY_OF|ADVISER_TO|SPOKESPERSON_FOR]->(p:Entity)
WHERE toLower($person) IN [x IN coalesce(p.aliases, []) + p.name | toLower(x)]
RETURN s.name AS staff, type(r) AS relation, coalesce(r.role, "") AS role, p.name AS of_actor,
       r.first_seen AS first_seen, r.last_seen AS last_seen, r.weight AS mentions
ORDER BY relation ASC, staff ASC, role ASC, of_actor ASC
// embedded-variant:
MATCH (s:Person)-[r:ENVOY_OF|ADVISER_TO|SPOKESPERSON_FOR]->(p:Entity)
WHERE p.__names__ CONTAINS toLower($person)
RETURN s.name AS staff, type(r) AS relation, coalesce(r.role, "") AS role, p.name AS of_actor,
       r.first_seen AS first_seen, r.last_seen AS last_seen, r.weight AS mentions
ORDER BY relation ASC, staff ASC, role ASC, of_actor ASC
