// name: relatives
// answers: Who are the relatives of a person (either side of RELATIVE_OF), and how are they related?
// params: person (string; name or alias, any case)
// embedded: yes
// A row reads "relative is the <kind> of of_person".
MATCH (a:Person)-[r:RELATIVE_OF]->(b:Person)
WHERE toLower($person) IN [x IN coalesce(a.aliases, []) + a.name | toLower(x)]
   OR toLower($person) IN [x IN coalesce(b.aliases, []) + b.name | toLower(x)]
RETURN a.name AS relative, coalesce(r.kind, "") AS kind, b.name AS of_person,
       r.first_seen AS first_seen, r.last_seen AS last_seen, r.weight AS mentions
ORDER BY of_person ASC, relative ASC, kind ASC
// embedded-variant:
MATCH (a:Person)-[r:RELATIVE_OF]->(b:Person)
WHERE a.__names__ CONTAINS toLower($person) OR b.__names__ CONTAINS toLower($person)
RETURN a.name AS relative, coalesce(r.kind, "") AS kind, b.name AS of_person,
       r.first_seen AS first_seen, r.last_seen AS last_seen, r.weight AS mentions
ORDER BY of_person ASC, relative ASC, kind ASC
