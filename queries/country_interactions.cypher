// name: country_interactions
// answers: All interactions between two countries or their officials (people holding roles in them, their envoys and spokespeople, their government bodies), in both directions.
// params: country_a (string; ISO3 code or name of a country), country_b (string; ISO3 code or name of a country)
// embedded: no
MATCH (c1:Country)
WHERE c1.iso3 = toUpper($country_a) OR toLower($country_a) IN [x IN coalesce(c1.aliases, []) + c1.name | toLower(x)]
MATCH (c2:Country)
WHERE c2 <> c1
  AND (c2.iso3 = toUpper($country_b) OR toLower($country_b) IN [x IN coalesce(c2.aliases, []) + c2.name | toLower(x)])
MATCH (a:Entity)
WHERE a = c1 OR (a)-[:HOLDS_ROLE|PART_OF|ENVOY_OF|SPOKESPERSON_FOR]->(c1)
MATCH (b:Entity)
WHERE b = c2 OR (b)-[:HOLDS_ROLE|PART_OF|ENVOY_OF|SPOKESPERSON_FOR]->(c2)
MATCH (a)-[r:MET_WITH|VISITED|NEGOTIATED_WITH|THREATENED|ACCUSED|PRAISED|SUPPORTED|ATTACKED|REJECTED]-(b)
WITH DISTINCT r, startNode(r) AS h, endNode(r) AS t, CASE WHEN startNode(r) = a THEN c1 ELSE c2 END AS hc,
     CASE WHEN startNode(r) = a THEN c2 ELSE c1 END AS tc
RETURN hc.name AS head_country, h.name AS head, type(r) AS relation, t.name AS tail, tc.name AS tail_country,
       coalesce(r.status, "") AS status, r.first_seen AS first_seen, r.last_seen AS last_seen,
       r.weight AS mentions, r.evidence AS evidence
ORDER BY first_seen ASC, head ASC, relation ASC, tail ASC, status ASC
