// name: meetings_by_status
// answers: Which meetings, visits and negotiations were planned or cancelled (or have a given status)?
// params: status (string, default ""; planned, cancelled or held, "" for planned and cancelled)
// embedded: yes
MATCH (a:Entity)-[r:MET_WITH|VISITED|NEGOTIATED_WITH]->(b:Entity)
WHERE ($status = "" AND r.status IN ["planned", "cancelled"]) OR r.status = toLower($status)
RETURN a.name AS head, type(r) AS relation, b.name AS tail, r.status AS status, coalesce(r.place, "") AS place,
       coalesce(r.first_seen, "") AS first_seen, coalesce(r.last_seen, "") AS last_seen, r.weight AS mentions
ORDER BY status ASC, first_seen ASC, head ASC, relation ASC, tail ASC
// embedded-variant:
MATCH (a:Entity)-[r:MET_WITH|VISITED|NEGOTIATED_WITH]->(b:Entity)
WHERE ($status == "" AND r.status IN ["planned", "cancelled"]) OR r.status == toLower($status)
RETURN a.name AS head, type(r) AS relation, b.name AS tail, r.status AS status, coalesce(r.place, "") AS place,
       coalesce(r.first_seen, "") AS first_seen, coalesce(r.last_seen, "") AS last_seen, r.weight AS mentions
ORDER BY status ASC, first_seen ASC, head ASC, relation ASC, tail ASC
