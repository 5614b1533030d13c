// name: meetings_between
// answers: Who met whom between two dates, and was the meeting held, planned or cancelled?
// params: since (string, default ""; ISO date YYYY-MM-DD, "" for no lower bound), until (string, default ""; ISO date, "" for no upper bound), status (string, default ""; held, planned or cancelled, "" for any)
// embedded: yes
// A meeting edge counts when the dates it was reported on (first_seen..last_seen) overlap [since, until].
MATCH (a:Entity)-[r:MET_WITH]->(b:Entity)
WHERE ($since = "" OR r.last_seen >= $since)
  AND ($until = "" OR r.first_seen <= $until)
  AND ($status = "" OR r.status = toLower($status))
RETURN a.name AS head, b.name AS tail, r.status AS status, coalesce(r.place, "") AS place,
       coalesce(r.first_seen, "") AS first_seen, coalesce(r.last_seen, "") AS last_seen, r.weight AS mentions
ORDER BY first_seen ASC, head ASC, tail ASC, status ASC
// embedded-variant:
MATCH (a:Entity)-[r:MET_WITH]->(b:Entity)
WHERE ($since == "" OR r.last_seen >= $since)
  AND ($until == "" OR r.first_seen <= $until)
  AND ($status == "" OR r.status == toLower($status))
RETURN a.name AS head, b.name AS tail, r.status AS status, coalesce(r.place, "") AS place,
       coalesce(r.first_seen, "") AS first_seen, coalesce(r.last_seen, "") AS last_seen, r.weight AS mentions
ORDER BY first_seen ASC, head ASC, tail ASC, status ASC
