// name: roles_in_country
// answers: Who holds role R in country C (with first and last seen dates)?
// params: role (string, default ""; e.g. "president", "" for any role), country (string; ISO3 code such as "POL", or the name or an alias of a country or organisation)
// embedded: yes
MATCH (p:Person)-[r:HOLDS_ROLE]->(c:Entity)
WHERE ($role = "" OR toLower(r.role) = toLower($role))
  AND (c.iso3 = toUpper($country) OR toLower($country) IN [x IN coalesce(c.aliases, []) + c.name | toLower(x)])
RETURN p.name AS person, coalesce(r.role, "") AS role, c.name AS country,
       r.first_seen AS first_seen, r.last_seen AS last_seen, r.weight AS mentions
ORDER BY role ASC, person ASC, country ASC
// embedded-variant:
MATCH (p:Person)-[r:HOLDS_ROLE]->(c:Entity)
WHERE ($role == "" OR toLower(r.role) == toLower($role))
  AND (c.iso3 == toUpper($country) OR c.__names__ CONTAINS toLower($country))
RETURN p.name AS person, coalesce(r.role, "") AS role, c.name AS country,
       r.first_seen AS first_seen, r.last_seen AS last_seen, r.weight AS mentions
ORDER BY role ASC, person ASC, country ASC
