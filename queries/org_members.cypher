// name: org_members
// answers: Who are the members of an organisation or alliance (countries and people)?
// params: organization (string; name or alias of the organisation, e.g. "NATO")
// embedded: yes
MATCH (m:Entity)-[r:MEMBER_OF]->(o:Organization)
WHERE toLower($organization) IN [x IN coalesce(o.aliases, []) + o.name | toLower(x)]
RETURN o.name AS organization, m.name AS member, m.type AS member_type,
       r.first_seen AS first_seen, r.last_seen AS last_seen, r.weight AS mentions
ORDER BY organization ASC, member_type ASC, member ASC
// embedded-variant:
MATCH (m:Entity)-[r:MEMBER_OF]->(o:Organization)
WHERE o.__names__ CONTAINS toLower($organization)
RETURN o.name AS organization, m.name AS member, m.type AS member_type,
       r.first_seen AS first_seen, r.last_seen AS last_seen, r.weight AS mentions
ORDER BY organization ASC, member_type ASC, member ASC
