// name: find_actor
// answers: Which actors have a name or alias containing some text (to find the name to use in the other queries)?
// params: text (string; part of a name, any case)
// embedded: yes
MATCH (n:Entity)
WHERE any(x IN coalesce(n.aliases, []) + n.name WHERE toLower(x) CONTAINS toLower($text))
RETURN n.key AS key, n.name AS name, n.type AS type
ORDER BY name ASC, key ASC
// embedded-variant:
MATCH (n:Entity)
WHERE n.__names_text__ CONTAINS toLower($text)
RETURN n.key AS key, n.name AS name, n.type AS type
ORDER BY name ASC, key ASC
