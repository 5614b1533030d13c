"""The closed graph schema: node labels, relation types, and which pairs they connect.

Labels and relationship types written to Neo4j come only from these enums, never from
article text.
"""

from __future__ import annotations

from enum import Enum


class NodeType(str, Enum):
    PERSON = "Person"
    COUNTRY = "Country"
    ORGANIZATION = "Organization"
    LOCATION = "Location"


class OrgKind(str, Enum):
    GOVERNMENT = "government"
    ALLIANCE = "alliance"
    PARTY = "party"
    MILITARY = "military"
    MEDIA = "media"
    INTERNATIONAL = "international"
    OTHER = "other"


class RelType(str, Enum):
    # affiliation
    HOLDS_ROLE = "HOLDS_ROLE"
    ENVOY_OF = "ENVOY_OF"
    ADVISER_TO = "ADVISER_TO"
    SPOKESPERSON_FOR = "SPOKESPERSON_FOR"
    RELATIVE_OF = "RELATIVE_OF"
    MEMBER_OF = "MEMBER_OF"
    PART_OF = "PART_OF"  # a government body or military of a country
    # interactions
    MET_WITH = "MET_WITH"
    VISITED = "VISITED"  # a trip to a country (a visit to a person or body is a meeting)
    NEGOTIATED_WITH = "NEGOTIATED_WITH"
    THREATENED = "THREATENED"
    ACCUSED = "ACCUSED"
    PRAISED = "PRAISED"
    SUPPORTED = "SUPPORTED"
    ATTACKED = "ATTACKED"
    REJECTED = "REJECTED"


AFFILIATIONS = frozenset(
    {
        RelType.HOLDS_ROLE,
        RelType.ENVOY_OF,
        RelType.ADVISER_TO,
        RelType.SPOKESPERSON_FOR,
        RelType.RELATIVE_OF,
        RelType.MEMBER_OF,
        RelType.PART_OF,
    }
)
INTERACTIONS = frozenset(set(RelType) - AFFILIATIONS)
# The values as written in files ("Person", "MET_WITH"), for checking input against the schema.
NODE_TYPE_VALUES = frozenset(t.value for t in NodeType)
REL_TYPE_VALUES = frozenset(t.value for t in RelType)

# Default CAMEO / PLOVER codes; the interactions lexicon may give a finer code per word.
DEFAULT_CODES: dict[RelType, tuple[str, str]] = {
    RelType.MET_WITH: ("040", "CONSULT"),
    RelType.VISITED: ("042", "CONSULT"),
    RelType.NEGOTIATED_WITH: ("046", "CONSULT"),
    RelType.THREATENED: ("130", "THREATEN"),
    RelType.ACCUSED: ("112", "ACCUSE"),
    RelType.PRAISED: ("051", "SUPPORT"),
    RelType.SUPPORTED: ("070", "AID"),
    RelType.ATTACKED: ("190", "ASSAULT"),
    RelType.REJECTED: ("120", "REJECT"),
}

MEETING_STATUSES = ("held", "planned", "cancelled")

ACTOR_TYPES = frozenset({NodeType.PERSON, NodeType.COUNTRY, NodeType.ORGANIZATION})

# (head type, relation, tail types) that the graph accepts; anything else is pruned
# with a reason.
_ANY_ACTOR = ACTOR_TYPES
ALLOWED: dict[RelType, tuple[frozenset[NodeType], frozenset[NodeType]]] = {
    RelType.HOLDS_ROLE: (
        frozenset({NodeType.PERSON}),
        frozenset({NodeType.COUNTRY, NodeType.ORGANIZATION, NodeType.LOCATION}),
    ),
    RelType.ENVOY_OF: (frozenset({NodeType.PERSON}), _ANY_ACTOR),
    RelType.ADVISER_TO: (frozenset({NodeType.PERSON}), _ANY_ACTOR),
    RelType.SPOKESPERSON_FOR: (frozenset({NodeType.PERSON}), _ANY_ACTOR),
    RelType.RELATIVE_OF: (frozenset({NodeType.PERSON}), frozenset({NodeType.PERSON})),
    RelType.MEMBER_OF: (
        frozenset({NodeType.PERSON, NodeType.COUNTRY}),
        frozenset({NodeType.ORGANIZATION}),
    ),
    RelType.PART_OF: (frozenset({NodeType.ORGANIZATION}), frozenset({NodeType.COUNTRY})),
    **{rel: (_ANY_ACTOR, _ANY_ACTOR) for rel in INTERACTIONS},
}


def allowed(head: NodeType, rel: RelType, tail: NodeType) -> bool:
    """True when the schema accepts a `rel` edge from a `head` node to a `tail` node."""
    heads, tails = ALLOWED[rel]
    return head in heads and tail in tails


NODE_COLORS: dict[NodeType, tuple[int, int, int]] = {
    NodeType.PERSON: (66, 133, 244),
    NodeType.COUNTRY: (219, 68, 55),
    NodeType.ORGANIZATION: (244, 180, 0),
    NodeType.LOCATION: (15, 157, 88),
}
