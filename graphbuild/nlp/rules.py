"""Extraction rules: one small named function per construction.

Every rule reads a parsed spaCy `Doc` through a `DocContext` (mentions, entity ids, the
roles found so far) and appends `Found` relations naming the rule. The rules are written
for news English as parsed by a small statistical pipeline, so they lean on token order
where the parse is unreliable (titles before names) and on the parse where order is not
enough (appositions, verb arguments).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..schema import NodeType, RelType
from .lexicon import (
    HONORIFICS,
    ORG_HEAD_WORDS,
    PARLIAMENT_NAMES,
    PLACE_HEAD_WORDS,
    US_STATE_WORDS,
    Lexicon,
    Role,
    slug,
    title_key,
)
from .lexicon_ner import looks_like_acronym

# Confidence of each rule: how often it was right on the development articles.
CONFIDENCE = {
    "title_before_name": 0.9,
    "title_name_of": 0.8,
    "possessive_title": 0.85,
    "party_title": 0.85,
    "capacity_as": 0.75,
    "pronoun_party": 0.7,
    "local_title": 0.7,
    "list_inherits_modifier": 0.6,
    "apposition_role": 0.8,
    "presidential_envoy": 0.75,
    "verb_interaction": 0.7,
    "noun_interaction": 0.65,
    "symmetric_subjects": 0.6,
    "mediation": 0.65,
    "lexicon_government_body": 0.95,
    "person_of_organization": 0.6,
    "party_before_name": 0.7,
    "possessive_party": 0.6,
    "possessive_organisation": 0.6,
    "leadership": 0.7,
    "hyphen_led": 0.65,
    "contested_office": 0.7,
    "founding": 0.7,
    "candidacy": 0.7,
    "nomination": 0.7,
    "advises": 0.7,
    "elected_to": 0.7,
    "under_leadership": 0.65,
    "party_ticket": 0.7,
    "party_government": 0.65,
    "parenthetical_affiliation": 0.75,
    "bracketed_name_title": 0.75,
    "members_listed": 0.65,
    "party_people_including": 0.65,
    "body_has_title": 0.7,
    "works_for": 0.6,
    "occupation_at_organisation": 0.6,
    "appointed_title": 0.7,
    "reports_for": 0.6,
    "coercive_threat": 0.55,
    "demanded_sanctions": 0.6,
    "no_tolerance": 0.55,
    "dateline_country": 0.5,
    "party_country": 0.5,
    "story_country": 0.5,
    "defection": 0.75,
    "colleagues_in": 0.7,
    "ran_a_campaign": 0.75,
    "sentence_country": 0.5,
    "won_presidency": 0.7,
    "nationality_office": 0.55,
}

DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                       "today", "yesterday", "tonight"})
PRONOUNS_SINGULAR = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
PRONOUNS_PLURAL = {"they", "them", "their"}
# Words that may sit between a modifier and a title ("Russian presidential envoy").
TITLE_FILLERS = {"presidential", "senior", "top", "chief", "special", "deputy", "acting", "interim",
                 "foreign", "policy", "longtime", "veteran", "then", "new", "newly", "appointed", "peace", "shadow"}
# Common nouns that stand for an actor when a country or organisation modifies them.
PROXY_NOUNS = {"force", "forces", "troop", "troops", "army", "military", "drone", "drones", "missile",
               "missiles", "jet", "jets", "government", "authorities", "official", "officials",
               "diplomat", "diplomats", "navy", "side", "ministry", "regime", "leadership", "administration",
               "warplane", "warplanes", "artillery", "soldier", "soldiers", "delegation", "court", "tribunal",
               "parliament", "cabinet", "council", "committee", "agency", "police", "envoys",
               "negotiators", "leaders", "lawmakers", "legislators", "prosecutors", "investigators", "fighters",
               "militants", "rebels", "insurgents", "gunmen", "guerrillas", "allies", "members", "partners",
               "mediators", "representatives", "ministers"}
# Members of parliaments above or below the nation's, named by their own titles ("MEP", "MSP", "MPP", "MLA")
SEATS_BELOW_OR_ABOVE_THE_STATE = frozenset({
    "member of the european parliament", "member of the scottish parliament", "member of provincial parliament",
    "member of the legislative assembly", "member of the national assembly", "member of the house of assembly"})
# offices of a region or city, named after the holder ("Maine Governor X", "California Attorney General Y")
LOCAL_OFFICES = frozenset({"governor", "mayor", "lieutenant governor", "attorney general", "comptroller", "treasurer"})
SERIES_NOUNS = {"round", "series", "session", "day"}  # "a new round of talks": the talks' own verb is above
# Groups that "of X" names the sender of ("a delegation of the EU"); "from X" names it for any proxy noun.
GROUP_OF_NOUNS = {"delegation", "delegations", "representatives", "officials", "envoys", "negotiators", "members"}
MEETING_NOUNS = {"meeting", "talk", "summit", "visit"}
CANCEL_LEMMAS = {"cancel", "scrap", "postpone", "suspend", "abandon", "axe", "shelve", "delay", "scuttle",
                 "nix", "drop", "halt", "cancellation", "postponement",
                 "skip", "boycott", "snub"}  # "skipped the meeting": it was not held with them
PLAN_LEMMAS = {"plan", "expect", "schedule", "propose", "hope", "intend", "set", "due", "prepare", "seek",
               "want", "offer", "invite", "agree", "will", "would", "shall", "aim", "arrange",
               "consider", "upcoming", "planned", "proposed", "expected", "future", "possible", "potential",
               "likely", "may", "might", "could", "try", "ready", "willing", "push", "call", "urge"}
REFUSE_LEMMAS = {"refuse", "decline", "rule", "deny", "reject", "avoid", "no", "never", "fail"}
HYPOTHETICAL_LEMMAS = {"threaten", "warn", "plan", "could", "might", "may", "would", "will", "vow", "fear",
                       "deny", "if", "risk", "prepare", "want", "consider", "urge", "ask", "call", "expect", "intend",
                       "hope", "hop", "aim", "seek", "schedule"}  # ("hop": the small model's lemma of "hoped")
PLACE_PREPS = {"at", "in"}
# Verbs whose subject handles an accusation or threat made by someone else ("unable to verify the
# allegations against X", "denied the charges", "faces criticism").
NOT_AUTHOR_LEMMAS = {"verify", "confirm", "investigate", "probe", "examine", "review", "deny", "dismiss", "reject",
                     "face", "doubt", "question", "report", "receive", "ignore", "answer", "respond", "rebut",
                     "refute", "contest", "weather", "survive", "shrug", "brush"}
PRIVATE_TITLES = {"attorney", "lawyer", "professor", "researcher", "scientist", "analyst", "economist", "employee",
                  "engineer", "lobbyist", "owner", "publisher", "anchor", "fellow", "physicist", "scholar",
                  "consultant", "strategist", "pollster", "columnist", "correspondent", "reporter", "editor",
                  "editor-in-chief", "managing editor", "senior editor", "contributing editor", "bureau chief",
                  "contributor", "trustee", "presenter", "host",
                  "executive", "manager", "businessman", "businesswoman", "tycoon", "billionaire", "oligarch",
                  "student", "activist", "journalist", "writer", "author", "doctor", "banker", "investor"}
# Private titles that a country modifier does not make an office ("a U.S. attorney" is a federal prosecutor);
# nor does it make the opposition's leader one ("the Ugandan opposition leader X")
PRIVATE_ROLES = PRIVATE_TITLES - {"attorney"} | {"opposition leader", "dissident"}
OBLIGATION_AUX = {"must", "should", "ought"}
DEMAND_LEMMAS = {"urge", "demand", "press", "insist", "exhort"}
# Prepositions before a gerund whose subject is that of the clause ("after meeting with X"; not
# "without meeting X", "instead of meeting X").
TIME_PREPS = {"after", "before", "upon", "while"}  # not "since arriving at the agency" (since starting there)
VISIT_CAMEO = "042"  # CAMEO "make a visit": a trip to a country is no visit to one's own
SYMMETRIC = {RelType.MET_WITH.value, RelType.NEGOTIATED_WITH.value}
MEETING_PREPS = {"with", "alongside"}  # "between A and B" pairs A and B (see interaction)
TARGET_PREPS = {"with", "on", "against", "to", "for", "at", "into", "toward", "towards", "over", "of"}
# Only these words make "A and B <verb>ed" a meeting between A and B ("A and B welcomed the report" is not).
SYMMETRIC_LEMMAS = {"meet", "meeting", "talk", "talks", "negotiate", "negotiation", "confer", "summit"}
# Words that pair coordinated subjects only when they are all people ("A and B discussed X").
DISCUSS_LEMMAS = {"discuss"}
# Offices that belong to the party itself ("Tory leader X"), not to the country ("Republican Senator X").
LOCAL_ROLES = {"mayor", "deputy mayor", "councillor", "city councillor", "alderman"}
SUB_UNIT_NOUNS = {"wing", "branch", "section", "chapter", "faction", "group", "caucus", "delegation", "division",
                  "youth", "organisation", "organization", "office", "bureau", "club", "politburo", "presidium",
                  "secretariat", "executive"}
SPECULATIVE_WORDS = {"possible", "potential", "would-be", "likely", "putative"}
PARTY_OFFICES = {"leader", "deputy leader", "chair", "chairman", "chairwoman", "party chair", "general secretary",
                 "secretary-general", "whip", "chief whip", "treasurer", "spokesperson", "president", "founder",
                 "deputy chair", "co-leader", "co-chair", "deputy president", "deputy general secretary", "coordinator"}
# a party's staff: "Liberal Democrat chief executive X" works for the party, no office of the country
PARTY_STAFF = {"chief executive", "director", "organiser", "organizer", "chief"}
PARTY_POSTS = PARTY_OFFICES | PARTY_STAFF  # the titles a party, not its country, gives
# Standings in an election, not offices: a party's candidate is its member, not an official of its country.
POPULATION_WORDS = {"more", "many", "most", "some", "few", "fewer", "several", "numerous", "ordinary", "young", "older"}
TERM_NOUNS = {"term", "stint", "spell", "tenure", "year"}  # "served two terms as Mayor of Bonn"
PROSPECT_WORDS = {"likely", "unlikely", "poised", "due", "expect", "hope", "seek", "tip", "favourite", "favorite",
                  "contemplate", "propose", "try", "attempt"}
# offices named by what one holds ("the leadership of X", "under the chairmanship of Y"), with the title
CONTESTED_OFFICES = {"leadership": "leader", "chairmanship": "chair", "presidency": "president"}
SPLIT_PREFIXES = {"re", "co"}  # "re-elected", "co-founded": the parser makes the prefix the verb
CHOSEN_NOUNS = {"election", "re-election", "reelection", "appointment", "selection", "elevation", "confirmation"}
SUCCESSION_LEMMAS = {"succeed", "replace"}  # "X succeeded Y as leader": the "as" title is the successor's
# "Minister of Health", "Secretary of Labor"
PORTFOLIO_TITLES = {"minister", "secretary", "commissioner", "deputy minister", "state secretary", "undersecretary",
                    "under secretary"}
# one-word portfolios after a title ("Secretary for Education"), which the NER may tag alone
PORTFOLIO_WORDS = {"education", "health", "finance", "defence", "defense", "agriculture", "justice", "interior",
                   "labour", "labor", "transport", "energy", "environment", "trade", "industry", "culture", "tourism",
                   "housing", "commerce", "economy", "immigration", "fisheries", "employment", "welfare", "science"}
PORTFOLIO_QUALIFIERS = {"homeland", "security", "foreign", "affairs", "internal", "home", "public", "social",
                        "economic", "international", "development", "national", "veterans", "works", "safety",
                        "water", "land", "natural", "resources", "urban", "rural", "family", "youth", "sport",
                        "sports", "arts", "relations", "planning", "communications", "information", "technology",
                        "protection", "consumer", "children", "women", "equality", "equalities", "enterprise",
                        "innovation", "heritage", "media", "digital", "climate", "infrastructure", "pensions", "work",
                        "local", "government", "regional", "constitutional", "reform", "disability", "integration",
                        "migration", "citizenship", "investment", "business", "food", "marine", "forestry", "mines",
                        "mining", "petroleum", "railways", "aviation", "highways", "human", "rights", "gender",
                        "revenue", "research", "higher", "skills", "small", "older", "people", "budget",
                        "management", "intelligence"}
PORTFOLIO_VOCABULARY = PORTFOLIO_WORDS | PORTFOLIO_QUALIFIERS
SOUGHT_WORDS = {"nominee", "candidate", "candidacy", "nomination", "run", "bid", "race", "campaign", "contender",
                "stand", "challenger"}  # "the nominee for Governor of Maine X"
CONGRESS_SEATS = {"senator", "representative"}  # "the senator from Texas" sits in the US Congress
SEAT_TITLES = {"member of parliament", "senator", "representative", "deputy"}  # "MP for X": X is a constituency
PARTISAN_ROLES = {"politician", "activist", "veteran"}  # a member of a party, and of nothing else by this title
CANDIDATE_ROLES = {"candidate", "presidential candidate", "nominee", "incumbent"}
FORMER_WORDS = frozenset({"former", "ex"})  # "former Labour MP X", "an ex-minister" (the parser splits "ex")
STATE_HEAD_ROLES = {"president", "vice president"}
PARTISAN_ADJECTIVE_ENDINGS = ("ic", "ican", "ist", "ive")  # "Democratic", "Republican", "Socialist", "Conservative"
# Relations whose target may be the owner of the object: "rejected X's demands" targets X.
HOSTILE_RELATIONS = {RelType.REJECTED.value, RelType.ACCUSED.value, RelType.THREATENED.value,
                     RelType.ATTACKED.value}  # "attacked Israeli positions" targets Israel
OWNER_RELATIONS = {RelType.REJECTED.value, RelType.ACCUSED.value, RelType.PRAISED.value,
                   RelType.SUPPORTED.value, RelType.THREATENED.value, RelType.ATTACKED.value}
# "attacked" between politicians is criticism; "shot", "killed", "bombed" never are.
PARTY = frozenset({"party"})
# Bodies of states that a president "created" or "established" without belonging to them.
STATE_KINDS = frozenset({"government", "military", "international"})
# bodies of people joined by choice, which anyone may establish, launch, create or form
PEOPLES_BODY_WORDS = {"association", "society", "league", "union", "club", "movement", "foundation", "federation",
                      "front", "alliance", "coalition", "brotherhood", "fellowship", "guild"}
STATE_BODY_WORDS = {"agency", "department", "ministry", "bureau", "commission", "office", "administration",
                    "court", "authority", "command", "directorate", "inspectorate"}
# What a person or party "attacks" with words: people, parties, ministries, the media.
WORDED_TARGET_KINDS = frozenset({"party", "government", "media"})
# what "target X with ..." uses that is no force ("target the army with sanctions")
NONVIOLENT_MEANS = {"sanction", "tariff", "measure", "legislation", "bill", "ad", "advert", "advertisement",
                    "campaign", "tax", "law", "restriction", "penalty", "probe", "investigation", "lawsuit",
                    "subpoena", "fine", "ban", "embargo", "criticism", "message", "letter"}
VERBAL_ATTACKS = {"attack", "assail", "lash", "slam", "savage", "blast"}
# Prepositions that introduce the other side, where a word differs from its relation's default.
LEMMA_PREPS = {
    **{lemma: {"to"} for lemma in ("travel", "fly", "go", "head", "journey")},  # "travelled with X" is company
    "arrive": {"in", "at"},  # "arrived in Amman": a visit to Jordan (capitals stand for countries)
    **{lemma: {"to", "with"} for lemma in ("visit", "trip", "call", "telephone", "phone")},
    ("welcome", "NOUN"): {"to", "with"},  # "gave a warm welcome to X"; but "welcomed X to Paris" is a place
    ("welcome", "VERB"): set(),
    **{lemma: {"about", "over", "against", "of"} for lemma in ("complain", "protest", "complaint")},
}
NATIONAL_ROLES = {"president", "prime minister", "vice president", "chancellor", "foreign minister",
                  "defence minister", "finance minister", "interior minister", "king", "queen", "emir",
                  "emperor", "empress", "tsar", "tsarina", "shah", "monarch", "grand duke", "grand duchess",
                  "secretary of state", "foreign secretary", "defence secretary", "supreme leader", "premier"}
WORK_LEMMAS = {"work", "serve", "teach", "lecture", "volunteer", "sit"}
# "served on the boards of X and Y", "sits on the advisory board of X": X is the organisation.
BOARD_WORDS = {"board", "boards", "council", "committee", "panel", "trustees", "directors", "governors"}
# "was elected to the Assembly", "was appointed to the board": a seat in that body.
SEAT_LEMMAS = {"elect", "appoint", "name"}
TRANSFER_LEMMAS = {"send", "deliver", "provide", "ship", "give", "supply", "donate"}
# Verbs that describe someone as a threat rather than report one ("poses a threat to", "is a threat to").
DESCRIBING_LEMMAS = {"be", "become", "pose", "represent", "constitute", "see", "view", "consider", "regard", "call",
                     "label", "brand", "describe", "perceive", "remain"}
# Verbs whose subject receives a hostile act from someone: "faced criticism from Y", "came under attack from".
RECEIVE_LEMMAS = {"face", "draw", "receive", "attract", "earn", "incur", "come"}
SUPPORT_RECEIVE_LEMMAS = {"enjoy", "win", "gain", "secure", "get", "have"}  # "enjoyed the backing of Y"
# People and private bodies a country's name describes but that do not act for its state
# ("criticised British TV", "the mainstream U.S. media").
PRIVATE_COLLECTIVES = {"media", "press", "tv", "television", "newspaper", "broadcaster", "company", "firm",
                       "business", "bank", "people", "public", "citizen", "voter", "worker", "student", "fan",
                       "consumer", "investor", "industry", "farmer", "athlete", "team", "club", "society"}
# Verbs that hand a warning or a rebuke to someone: "issued an ultimatum to X", "gave X a warning".
DELIVER_LEMMAS = {"issue", "give", "send", "deliver", "direct", "address", "hand", "relay", "convey"}
AID_WORDS = {"weapon", "arm", "missile", "aid", "ammunition", "system", "tank", "jet", "fighter", "equipment",
             "assistance", "support", "money", "fund", "loan", "supply", "vehicle", "drone", "artillery", "shell",
             "defence", "defense", "military", "humanitarian", "munition", "rocket", "howitzer", "package",
             "battery", "interceptor", "radar"}
REFUSED_SLOTS = {"xcomp", "dobj", "pcomp", "ccomp", "pobj"}
COERCIVE_LEMMAS = {"impose", "tighten", "halt", "cut", "expel", "suspend", "sanction", "blockade", "retaliate",
                   "freeze", "ban", "sever", "embargo", "seize", "punish"}
MEDIATION_LEMMAS = {"mediate", "mediation", "broker"}
# Punitive measures whose demand condemns their target ("called for sanctions against X").
PUNITIVE_NOUNS = {"sanction", "embargo"}
# Words that demand a measure: "urged sanctions", "called for sanctions", "a call for sanctions".
DEMANDER_LEMMAS = DEMAND_LEMMAS | {"call", "push", "appeal", "lobby", "ask", "seek"}
# Verbs by which a demanded actor would apply the measure: "urged the EU to impose sanctions on X".
IMPOSE_LEMMAS = {"impose", "tighten", "toughen", "expand", "extend", "adopt"}
# What a warning announces when it is a threat: "warned X that sanctions would follow".
CONSEQUENCE_NOUNS = PUNITIVE_NOUNS | {"consequence", "retaliation", "response", "reprisal", "action", "measure",
                                      "step", "punishment", "force", "attack", "strike", "penalty"}
ARRANGED_NOUNS = {"meeting", "summit", "call", "visit", "encounter", "meet"}
SEVERING_LEMMAS = {"halt", "suspend", "sever", "cut", "freeze"}
# Nouns naming other actors: "Russia's neighbours" are not Russia.
RELATIONAL_NOUNS = {"neighbour", "neighbor", "ally", "partner", "rival", "enemy", "friend", "opponent", "adversary",
                    "foe", "critic", "supporter", "backer", "client", "proxy"}
FUTURE_AUX = {"will", "would", "may", "might", "shall"}
COMMITTED_AUX = {"will", "would", "shall", "'ll"}
INTENT_LEMMAS = {"plan", "prepare", "prepared", "vow", "decide", "intend", "consider", "pledge", "threaten", "ready",
                 "warn", "move", "seek", "aim"}
TOPIC_OBJECT_LEMMAS = {"discuss", "talk", "speak", "confer", "negotiate", "debate"}
ORG_REFERENCE_KINDS = {"alliance": "alliance", "bloc": "alliance", "party": "party"}
ORG_REFERENCE_WORDS = {"agency", "ministry", "department", "committee", "council", "commission", "company",
                       "union", "organisation", "organization", "group", "court", "bank", "fund", "institute"}
LEAD_LEMMAS = {"lead", "head", "chair"}
RULER_LEMMAS = {"rule", "reign"}  # a monarch's or a dictator's country
RULE_LEMMAS = RULER_LEMMAS | {"govern"}  # (and a head of government's)
# Verbs whose object is the actor's own ("threatened to withdraw the United States from NAFTA").
WITHDRAW_LEMMAS = {"withdraw", "pull"}
# Phrases that name a topic, not a target, once the verb has an object ("warned the BBC on Campbell").
TOPIC_PREPS = {"on", "into"}
# Where a threat's target sits inside its infinitive ("threatened to cut off power to X",
# "to resume attacks in X", "to impose restrictions against X").
THREAT_PREPS = {"to", "with", "against", "on", "at", "into", "in", "toward", "towards"}
# Verbs whose "to X" is where something goes: "threatened to move the factory to Hungary" threatens
# the workers left behind, not Hungary.
RELOCATE_LEMMAS = {"take", "move", "relocate", "shift", "transfer"}
# Where the target of a threatened measure sits: "threatened sanctions against X", "strikes on X".
MEASURE_PREPS = {"against", "on", "at", "toward", "towards"}
ORG_PREPS = {"at", "with"}  # "an ecologist at Cornell University", "an official with the party"
RELATIVE_PRONOUNS = {"who", "which", "that"}
# Common nouns for a part of an organisation: "the Harbor Foundation research group", "the FDA's drug
# safety office", "the smaller Valdor company" stand for the organisation named inside them.
ORG_UNIT_NOUNS = {"group", "service", "company", "firm", "office", "department", "division", "unit", "branch",
                  "bureau", "headquarters", "staff", "team", "center", "centre", "institute", "school", "faculty",
                  "program", "programme", "laboratory", "lab", "chapter", "affiliate", "subsidiary", "section",
                  "desk", "wing", "board", "panel", "committee", "subcommittee", "commission", "council",
                  "mission", "station", "plant", "campus", "corporation", "agency", "network", "newspaper",
                  "magazine", "channel", "caucus", "faction", "bank", "fund", "project", "tank", "university",
                  "college", "foundation", "initiative"}
# Apposition nouns that name a relation to a place or body, not a job there: "a patient at X".
NON_MEMBER_NOUNS = {"patient", "visitor", "guest", "prisoner", "inmate", "customer", "client", "speaker",
                    "witness", "critic", "rival", "opponent", "partner", "ally", "friend", "target", "victim",
                    "hostage", "detainee", "defendant", "plaintiff", "caller", "tourist", "donor", "contributor",
                    "shareholder", "investor", "bidder", "supplier", "contractor", "observer", "negotiator",
                    "counterpart", "supporter", "backer", "adversary", "enemy", "neighbor", "neighbour",
                    "stranger", "passenger", "attendee", "participant", "spectator", "fan", "winner", "loser",
                    "recipient", "beneficiary", "nominee", "candidate", "applicant", "meeting", "talk", "deal",
                    "agreement"}
# "Sen. A, D-Ohio, chairman of X": a party-and-state tag between a legislator and the apposition.
PARTY_STATE_TAG = re.compile(r"^[DRI]-[A-Z]")
COPULAS = {"be", "become", "remain"}


@dataclass(slots=True)
class Mention:
    start: int  # token index
    end: int
    type: str  # NodeType value
    text: str
    key: str = ""  # lexicon key: country:RUS, org:nato; "" for people and unknown names
    props: dict[str, str] = field(default_factory=dict)
    entity: int = -1  # local entity id
    capital_of: str = ""  # ISO3 when the mention is a capital city
    lexical: bool = False  # found by the lexicon ruler (never retyped)

    def make_person(self) -> None:
        """Retype a name the NER guessed as an organisation or place: a person has no key or props."""
        self.type, self.key, self.props = NodeType.PERSON.value, "", {}

    def make_place(self) -> None:
        """Retype a name the NER guessed as a person or organisation ('visits Manchester, Leeds and Bath')."""
        self.type, self.key, self.props = NodeType.LOCATION.value, "", {}

    def make_organisation(self) -> None:
        """Retype a name the NER guessed as a person or place ('an analyst at Raymond James')."""
        self.type, self.key, self.props = NodeType.ORGANIZATION.value, f"org:{slug(self.text)}", {"kind": "other"}


@dataclass(slots=True)
class Found:
    head: int
    rel: str
    tail: int
    props: dict[str, str]
    sent: Span
    rule: str
    confidence: float


@dataclass(slots=True)
class RoleFact:
    person: int
    rel: str
    target: int  # entity id, or -1 when the title had no modifier
    role: str
    position: int  # token index of the person mention
    bare: bool = True  # the title stood alone ("President X", "X, the health minister"), with no "of Y"/"at Y"


class DocContext:
    """Indexes over one parsed article that the rules share."""

    def __init__(self, doc: Doc, lex: Lexicon, mentions: list[Mention], entity_types: list[str],
                 country_entity: dict[str, int]):
        self.doc = doc
        self.lex = lex
        self.mentions = mentions
        self.entity_types = entity_types
        self.country_entity = country_entity  # iso3 -> entity id (created on demand)
        self.tok2mention = [-1] * len(doc)
        for index, mention in enumerate(mentions):
            for i in range(mention.start, mention.end):
                self.tok2mention[i] = index
        self.found: list[Found] = []
        self.roles: list[RoleFact] = []
        self.modifier_of: dict[int, tuple[int, str, float]] = {}  # mention idx -> (target, rule, conf)
        self.subjects: list[tuple[int, int]] = []  # (token index, person entity) in text order
        self.titled_subjects: list[int] = []  # "the prime minister said": a subject named by title only
        # while the role rules run, 'he'/'she' is resolved only where the sentence leaves no doubt
        self.roles_pass = False
        self.presidential: list[RoleFact] = []  # "Russian presidential envoy X": envoy of Russia's president

    # --- lookups -----------------------------------------------------------------------
    def mention_at(self, i: int) -> Mention | None:
        index = self.tok2mention[i] if 0 <= i < len(self.tok2mention) else -1
        return self.mentions[index] if index >= 0 else None

    def ending_at(self, i: int) -> Mention | None:
        """The mention whose last token is i."""
        mention = self.mention_at(i)
        return mention if mention is not None and mention.end == i + 1 else None

    def is_actor(self, entity: int) -> bool:
        return self.entity_types[entity] in (NodeType.PERSON.value, NodeType.COUNTRY.value,
                                             NodeType.ORGANIZATION.value)

    def actor_of_mention(self, mention: Mention) -> int:
        """The actor a mention stands for: capitals stand for their country's government."""
        if mention.capital_of:
            return self.country_entity.get(mention.capital_of, -1)
        return mention.entity if self.is_actor(mention.entity) else -1

    def add(self, head: int, rel: RelType, tail: int, props: dict[str, str], sent: Span, rule: str,
            confidence: float | None = None) -> None:
        if head < 0 or tail < 0 or head == tail:
            return
        if rel is RelType.THREATENED and tail in self.own_states(head):
            return  # "Trump threatened to withdraw the United States from NAFTA": no threat to his own state
        self.found.append(Found(head, rel.value, tail, props, sent, rule,
                                CONFIDENCE[rule] if confidence is None else confidence))

    def own_states(self, actor: int) -> set[int]:
        """The countries an actor belongs to: those a person holds a role for, an organisation's country."""
        states = {f.target for f in self.roles if f.person == actor and f.target >= 0
                  and self.entity_types[f.target] == NodeType.COUNTRY.value}
        for mention in self.mentions:
            if mention.entity == actor and mention.props.get("country") in self.country_entity:
                states.add(self.country_entity[mention.props["country"]])
        return states

    def title_ending_at(self, end: int, floor: int) -> tuple[int, Role] | None:
        """The longest title (roles.tsv) made of tokens [k, end), k >= floor."""
        if end <= 0:
            return None
        last = self.doc[end - 1].text
        if last == "." and end - 2 >= floor and self.doc[end - 2].whitespace_ == "":
            last = self.doc[end - 2].text + "."  # "Lt." split into "Lt" and "."
        if not self.lex.may_end_title(last):
            return None
        best = None
        for k in range(end - 1, max(floor, end - self.lex.max_title_tokens) - 1, -1):
            if self.tok2mention[k] >= 0 and self.mentions[self.tok2mention[k]].lexical:
                break
            role = self.lex.role_for(self.doc[k:end].text)
            if role is not None:
                best = (k, role)
        return best


# --- roles ------------------------------------------------------------------------------
def _role_relation(role: Role) -> RelType:
    try:
        return RelType(role.relation)
    except ValueError:
        return RelType.HOLDS_ROLE


def _role_props(role: Role, rel: RelType) -> dict[str, str]:
    if rel is RelType.RELATIVE_OF:
        return {"kind": role.role}
    return {"role": role.role}


def _record_role(ctx: DocContext, person: Mention, role: Role, target: int, sent: Span, rule: str,
                 confidence: float | None = None, former: bool = False, bare: bool = True) -> None:
    if role.role == "counterpart":
        # "Lavrov held talks with his Turkish counterpart Hakan Fidan": Fidan holds Lavrov's office
        own = [f for f in ctx.roles if f.rel == RelType.HOLDS_ROLE.value and sent.start <= f.position < person.start
               and f.role != "counterpart" and not f.role.startswith("former")]
        if not own:
            return
        role = Role(own[-1].role, RelType.HOLDS_ROLE.value)
    rel = _role_relation(role)
    props = _role_props(role, rel)
    if former:  # "a former member of the X", "former White House chief of staff Y"
        if rel is RelType.RELATIVE_OF:
            return
        props["role"] = f"former {role.role}"
    ctx.roles.append(RoleFact(person.entity, rel.value, target, props.get("role", role.role), person.start, bare))
    if target < 0:
        return
    tail_type = ctx.entity_types[target]
    if rel is RelType.HOLDS_ROLE and tail_type == NodeType.PERSON.value:
        return  # "Trump adviser" style modifiers only make sense for non-office roles
    if rel is RelType.RELATIVE_OF and tail_type != NodeType.PERSON.value:
        return
    if role.role in PRIVATE_ROLES and tail_type in (NodeType.COUNTRY.value, NodeType.LOCATION.value):
        return  # "one of the most important journalists of the Weimar Republic": a trade, no post of a state
    if role.role in PARTISAN_ROLES and not _is_party_like_entity(ctx, target) and not (
            role.role == "activist" and tail_type == NodeType.ORGANIZATION.value
            and not _has_kind(ctx, target, STATE_KINDS | {"media"})):
        return  # "Labour politician X" is in the party; a "Kremlin politician" is in no body named
        # ("Greenpeace activist X" is in Greenpeace; a "Kremlin activist" is not in the Kremlin)
    ctx.add(person.entity, rel, target, props, sent, rule, confidence)


# Words before a title that tie it to someone else than the list's shared modifier: in "White House
# counsel A and campaign lawyer B", B is the campaign's ("defence aide C" would still share it).
OWN_AFFILIATION_WORDS = {"campaign", "personal", "private", "family", "company", "corporate", "outside", "party",
                         "union", "opposition"}


def _skip_fillers(doc: Doc, k: int, floor: int) -> tuple[int, bool]:
    """Step left over filler adjectives; returns the new start and whether 'presidential' was seen."""
    presidential = False
    free = 2  # up to two other lowercase words: "defence aide", "foreign policy adviser"
    while k - 1 >= floor:
        token = doc[k - 1]
        if token.lower_ in TITLE_FILLERS:
            if token.tag_ == "VBD":
                break  # "Lee appointed fellow Texan X": a verb, not "newly appointed envoy X"
            presidential |= token.lower_ == "presidential"
        elif free and token.is_lower and token.is_alpha and token.pos_ in ("ADJ", "NOUN") and not token.ent_type_ \
                and token.lower_ not in ("local", "former", "ex", "late"):  # these mean something to the rules
            free -= 1
        elif (token.is_title or token.is_lower) and not token.ent_type_ and token.lower_ in PORTFOLIO_VOCABULARY \
                and (token.lower_ != "local" or doc[k].lower_ == "government"):
            pass  # "U.S. Commerce Secretary X", "Conservative local government spokeswoman Y": the portfolio
        else:
            break
        k -= 1
    return k, presidential


def _bracketed_organisation(ctx: DocContext, close: int, floor: int) -> Mention | None:
    """'the Farmers' Union (FU) chairman X', 'FU (Farmers' Union) candidate Y': the organisation named
    before a short bracket that holds its other name, the bracket closing at token `close`."""
    doc = ctx.doc
    if close - 2 < floor or doc[close].text != ")":
        return None
    opening = next((k for k in range(close - 1, max(floor, close - 8) - 1, -1) if doc[k].text in ("(", ")")), None)
    if opening is None or doc[opening].text != "(" or opening == close - 1:
        return None
    inside = ctx.ending_at(close - 1)
    if inside is not None and inside.start != opening + 1:
        inside = None
    before = ctx.ending_at(opening - 1) if opening - 1 >= floor else None
    ticker = close - opening == 2 and bool(TICKER.fullmatch(doc[opening + 1].text))  # "Goldman Sachs (GS.N)"
    if inside is None and not (close - opening == 2 and doc[opening + 1].is_upper and doc[opening + 1].is_alpha) \
            and not ticker:
        return None  # the bracket holds a name, a bare acronym or a stock ticker
    for mention in (before, inside):
        if mention is not None and mention.type == NodeType.ORGANIZATION.value and not mention.capital_of:
            return mention
    return None


def title_before_name(ctx: DocContext, index: int, sent: Span) -> None:
    """'Estonian Foreign Minister A B', 'NATO Secretary-General C', 'Trump's envoy D', 'local Gov. E'."""
    person = ctx.mentions[index]
    doc = ctx.doc
    end = person.start  # "Malaysian Prime Minister Dr. X", "President Sheikh Y": the honorific is no title
    while end - 1 > sent.start and (doc[end - 1].text == "." and doc[end - 2].lower_ in HONORIFICS
                                    or doc[end - 1].lower_.rstrip(".") in HONORIFICS):
        end -= 2 if doc[end - 1].text == "." else 1
    found = ctx.title_ending_at(end, sent.start) or _title_before_second_description(ctx, person, sent)
    if found is None:
        _title_of_organization_before_name(ctx, person, sent)
        return
    k, role = found
    presidential = "presidential" in doc[k:person.start].text.lower()
    title_start = k
    k, filler_presidential = _skip_fillers(doc, k, sent.start)
    first = None
    if k - 2 > sent.start and doc[k - 1].lower_ == "and" and doc[k - 2].tag_ == "NN":
        first = ctx.title_ending_at(k - 1, sent.start)  # "Pirelli chairman and chief executive X": one modifier
        if first is not None:
            title_start = first[0]
            k, filler_presidential = _skip_fillers(doc, title_start, sent.start)
    if first is not None and first[1].relation == RelType.MEMBER_OF.value and role.role in PRIVATE_ROLES:
        role = first[1]  # "fellow KNP member and journalist X": a member of the KNP, no journalist of it
    own_words = any(t.lower_ in OWN_AFFILIATION_WORDS for t in doc[k:title_start])  # "campaign lawyer X"
    presidential |= filler_presidential
    if _sought(doc, k, sent) and _role_relation(role) is RelType.HOLDS_ROLE:
        return  # "the 1994 nominee for Governor of Maine X": sought, not held (not "a lawyer for President X")
    former = k - 1 >= sent.start and doc[k - 1].lower_ in FORMER_WORDS | {"ex-"}
    split_ex = k - 2 >= sent.start and doc[k - 1].text in ("-", "–") and doc[k - 2].lower_ == "ex"
    if former:
        k -= 1
    elif split_ex:  # "Tory ex-minister X": the tokenizer splits "ex" from its hyphen
        former = True
        k -= 2
    elif k - 2 >= sent.start and (named := ctx.ending_at(k - 1)) is not None and (
            doc[named.start - 1].lower_ in FORMER_WORDS
            or named.start >= 2 and doc[named.start - 1].text == "-" and doc[named.start - 2].lower_ == "ex"):
        former = True  # "former Labour MP X", "former Tory chancellor Y", "Former Forest Party MP Z", "Ex-Welsh
        # Office Minister W"
    target, rule = -1, "title_before_name"
    party_modifier = -1
    if k - 1 >= sent.start:
        before = doc[k - 1]
        modifier = _whole_body_before(ctx, ctx.ending_at(k - 1), sent)
        if before.lower_ == "its" and before.tag_ == "PRP$":  # "the Green Party said its leader X ..."
            target, rule = _its_owner(ctx, k, sent), "possessive_title"
        elif before.lower_ == "whose" and k - 2 >= sent.start:  # "the Y Union, whose general secretary X ..."
            owner = ctx.ending_at(k - 3 if doc[k - 2].text == "," else k - 2)
            if owner is not None and owner.type in (NodeType.ORGANIZATION.value, NodeType.COUNTRY.value):
                target, rule = ctx.actor_of_mention(owner), "possessive_title"
        elif before.tag_ == "POS" or before.lower_ in {"'s", "’s", "'"}:
            owner = ctx.ending_at(k - 2)
            if owner is not None:
                target, rule = ctx.actor_of_mention(owner), "possessive_title"
            elif k - 2 >= sent.start:  # "the minister's adviser X": the minister named earlier
                refs = resolve_role_reference(ctx, doc[k - 2], sent, frozenset({person.entity}))
                if refs:
                    target, rule = refs[0], "possessive_title"
        elif modifier is not None and not _ethnic(ctx, modifier) and modifier.type != NodeType.LOCATION.value or (
            modifier is not None and (modifier.capital_of or role.role in LOCAL_OFFICES)
        ):  # ("Maine Governor X": a state's office)
            # ("the Wellington city councillor X" sits in the city's council, not the state's)
            target = modifier.entity if (modifier.capital_of or modifier.type == NodeType.LOCATION.value) and (
                role.role in LOCAL_ROLES or role.role in LOCAL_OFFICES) else ctx.actor_of_mention(modifier)
            # ("the AFORD candidate X": a candidate's organisation, an acronym, is a party)
            partisan = modifier.props.get("kind") == "party" or role.role in CANDIDATE_ROLES and _party_like(ctx, modifier)
            party = _party_named_before(ctx, modifier.start, sent) if not partisan else None
            if party is not None:
                # "Republican Senate candidate X", "Democratic U.S. Representative Y", "Republican Alabama
                # Governor Z": the party named before the body or the state is the person's
                ctx.add(person.entity, RelType.MEMBER_OF, party.entity,
                        {"role": role.role} if role.role in CANDIDATE_ROLES else {}, sent, "party_title")
            if partisan and _negated_name(ctx, modifier):
                target = -1  # "the only non-Conservative MP from Alberta"
            elif partisan:
                ctx.add(person.entity, RelType.MEMBER_OF, modifier.entity, {}, sent, "party_title")
                # "Maine Senate Democratic leader X": the legislature before the party too
                _legislature_before_party(ctx, person, modifier, sent, "party_title")
                party_modifier = modifier.entity
                party_country = modifier.props.get("country", "")
                if role.role in PARTY_POSTS and not (role.role in STATE_HEAD_ROLES and doc[
                        modifier.start:modifier.end].text.lower().endswith(PARTISAN_ADJECTIVE_ENDINGS)):
                    target = modifier.entity  # "Tory leader X" leads the party (but "Democratic President Y" is
                    # the country's president, of that party: the party named by an adjective)
                elif role.relation == RelType.ENVOY_OF.value:
                    target = modifier.entity  # "the Open Vld negotiator X" negotiates for the party, not the state
                elif role.role in CANDIDATE_ROLES or role.role in LOCAL_OFFICES | LOCAL_ROLES:
                    # "the Liberal candidate X" holds no office of the country; "Republican governor Y" is a
                    # state's (or a province's) governor, not the nation's
                    target = -1
                elif _regional_party(ctx, modifier):
                    target = -1  # "Progressive Conservative Party of Ontario cabinet minister X": a province's office
                else:
                    target = ctx.country_entity.get(party_country, -1) if party_country else -1
                rule = "party_title"
        elif before.text == ")" and _bracketed_organisation(ctx, k - 1, sent.start) is not None:
            bracketed = _bracketed_organisation(ctx, k - 1, sent.start)
            target, rule = bracketed.entity, "bracketed_name_title"
            if _party_like(ctx, bracketed):
                ctx.add(person.entity, RelType.MEMBER_OF, bracketed.entity,
                        {"role": role.role if role.role in CANDIDATE_ROLES else "member"}, sent, rule)
                if role.role not in PARTY_POSTS:
                    target = -1
        elif doc[title_start - 1].lower_ == "party" and doc[title_start - 1].pos_ == "NOUN" and modifier is None \
                and len(parties := _parties_in(ctx, sent)) == 1:
            # "the Y Party chose A, although party chairman B had hoped to run": the one party named
            target, rule = parties[0], "party_title"
            ctx.add(person.entity, RelType.MEMBER_OF, target, {}, sent, rule)
        elif before.lower_ == "local":
            place = _nearest_location(ctx, sent, person.start)
            if place is not None:
                target, rule = place.entity, "local_title"
        elif before.lower_ in {",", "and"} and not own_words:
            inherited = _inherited_modifier(ctx, k - 1, sent, person, role)
            if inherited is not None:
                target, rule = inherited[0], "list_inherits_modifier"
    if target < 0 and _role_relation(role) is RelType.HOLDS_ROLE and not own_words:
        target = _realm_after_name(ctx, person, role, sent)
        rule = "title_name_of" if target >= 0 else rule
    if (role.role in PRIVATE_ROLES or role.role in SEATS_BELOW_OR_ABOVE_THE_STATE) and target >= 0 \
            and ctx.entity_types[target] == NodeType.COUNTRY.value:
        target = -1  # "Russian lawyer X", "American economist Y": a nationality, no office of the state;
        # "Conservative MEP X", "SNP MSP Y": a seat in another parliament than the nation's
    if any(t.lower_ == "shadow" for t in doc[max(sent.start, k - 1):person.start]):
        role = Role(f"shadow {role.role}", role.relation)  # "Conservative shadow foreign secretary X": the
        if target >= 0 and ctx.entity_types[target] == NodeType.COUNTRY.value:  # party's post, no office
            target = party_modifier
    if target >= 0:
        ctx.modifier_of[index] = (target, rule, CONFIDENCE[rule])
    if presidential and target >= 0 and ctx.entity_types[target] == NodeType.COUNTRY.value:
        ctx.presidential.append(RoleFact(person.entity, "PRESIDENTIAL", target, role.role, person.start))
    # ("the group's president X", "senior vice president Y": someone's, or a company's, not a bare office)
    prev = doc[k - 1] if k - 1 >= sent.start else None
    bare = (prev is None or prev.tag_ != "POS" and prev.lower_ not in {"'s", "’s", "'"}) and not any(
        t.lower_ in CORPORATE_FILLERS for t in doc[max(sent.start, k - 1):person.start])
    _record_role(ctx, person, role, target, sent, rule, former=former, bare=bare)
    if doc[person.start - 1].tag_ in ("NNS", "NNPS"):
        # a plural title covers a list: "Plaid Cymru leaders Gwynfor Evans and J. E. Jones"
        # the parser's conjuncts ("Senators A of Texas and B of Ohio"), when they follow a list separator
        # ("the writer C" after the list is not one of them) ...
        listed = [m for conj in _conjuncts(_span_head(ctx, person))[1:] for m in [ctx.mention_at(conj.i)]
                  if m is not None and m.start > sent.start and doc[m.start - 1].lower_ in (",", "and")]
        k = person.end  # ... and the list read in word order (the parser often breaks lists of names)
        last = False
        while not last and k + 1 < sent.end and doc[k].lower_ in (",", "and"):
            last = doc[k].lower_ == "and" or doc[k + 1].lower_ == "and"  # "A, B and C" ends with C
            k += 1 + (doc[k].text == "," and doc[k + 1].lower_ == "and")
            other = ctx.mention_at(k)
            if other is None or other.start != k or other.type != NodeType.PERSON.value:
                break
            listed.append(other)
            k = other.end
        if last:  # "senators A, B and C, D formed ...": the list closed at C
            listed = [m for m in listed if m.start < k]
        done: set[int] = set()
        for other in listed:
            if other is not None and other.type == NodeType.PERSON.value and other.entity not in done \
                    and other.entity != person.entity:
                done.add(other.entity)
                _record_role(ctx, other, role, target, sent, rule, former=former)


def _sought(doc: Doc, title_start: int, sent: Span) -> bool:
    """Whether the title starting at `title_start` is one sought ('the nominee (candidate) for Governor of
    Maine X'), not held."""
    return title_start - 2 >= sent.start and doc[title_start - 1].lower_ == "for" \
        and doc[title_start - 2].lemma_.lower() in SOUGHT_WORDS


def _regional_party(ctx: DocContext, party: Mention) -> bool:
    """A party named after a region, not a country ('the Progressive Conservative Party of Ontario')."""
    words = ctx.doc[party.start:party.end].text.split(" of ")
    return len(words) > 1 and words[-1].removeprefix("the ") not in ctx.lex.country_names


def _title_before_second_description(ctx: DocContext, person: Mention, sent: Span) -> tuple[int, Role] | None:
    """The first of two descriptions before a name: 'Forest Party leader and former magistrate X',
    'Democratic President (and former Governor) Y' (the second is no title the lexicon knows, or an aside)."""
    doc = ctx.doc
    if _span_head(ctx, person).dep_ in ("compound", "poss", "nmod", "amod"):
        return None  # "a former senator and close Trump ally": the name only modifies a noun
    j = person.start - 1
    if j > sent.start and doc[j].text == ")":  # "(and former Governor)"
        opening = next((k for k in range(j - 1, max(sent.start, j - 6) - 1, -1) if doc[k].text == "("), None)
        if opening is None or doc[opening + 1].lower_ != "and":
            return None
        return ctx.title_ending_at(opening, sent.start)
    while j > sent.start and person.start - j <= 4 and doc[j].lower_ != "and":
        token = doc[j]
        if ctx.tok2mention[j] >= 0 or token.pos_ not in ("NOUN", "ADJ", "PROPN") and token.lower_ not in FORMER_WORDS:
            return None
        j -= 1
    if j == person.start - 1 or doc[j].lower_ != "and" or doc[j + 1].pos_ == "PROPN" and doc[j + 1].ent_type_:
        return None
    return ctx.title_ending_at(j, sent.start)


def _parties_in(ctx: DocContext, sent: Span) -> list[int]:
    """The parties named in the sentence, each once."""
    return list(dict.fromkeys(m.entity for m in ctx.mentions if sent.start <= m.start < sent.end and _party_like(ctx, m)))


def _whole_body_before(ctx: DocContext, modifier: Mention | None, sent: Span) -> Mention | None:
    """'Progressive Conservative Party of Manitoba leader X', 'Union of Democrats for Europe leader Y': the
    tagger ended the body's name early, so the place before the title belongs to the body before it."""
    if modifier is None or modifier.type not in (NodeType.LOCATION.value, NodeType.COUNTRY.value):
        return modifier
    i = modifier.start - 1
    if i > sent.start and ctx.doc[i].lower_ == "the":
        i -= 1
    if i <= sent.start or ctx.doc[i].lower_ not in ("of", "for"):
        return modifier
    body = ctx.ending_at(i - 1)
    if body is not None and body.type == NodeType.ORGANIZATION.value and not body.capital_of:
        return body
    return modifier


def _realm_after_name(ctx: DocContext, person: Mention, role: Role, sent: Span) -> int:
    """'King Abdullah II of Jordan', 'President Lula of Brazil', 'Governor Kim Reynolds of Iowa': the country
    right after the titled name, or the place a governor or mayor runs. Not "Senator X of Texas" (a
    member of the US Senate from Texas), a capital ("Senator Y of Washington" is the state), or a
    country owning what follows ("Merkel of Germany's CDU")."""
    i = person.end
    if i + 1 >= sent.end or ctx.doc[i].lower_ != "of" or ctx.lex.role_for(person.text.lower()) is not None \
            or role.role == "incumbent":  # ("defeating the incumbent X of Gabon": whatever X held, of Gabon)
        return -1  # (a title the tagger took for a name: "Lord Chief Justice of England")
    i += 1 + (ctx.doc[i + 1].lower_ == "the")
    realm = ctx.mention_at(i)
    if realm is None or realm.start != i or realm.capital_of:
        return -1
    if realm.end < sent.end and (ctx.doc[realm.end].tag_ == "POS" or ctx.doc[realm.end].lower_ in {"'s", "’s"}):
        return -1
    if realm.type == NodeType.COUNTRY.value or (realm.type == NodeType.LOCATION.value
                                                and role.role.split()[-1] in LOCAL_OFFICES):
        return realm.entity
    return -1


def _two_subjects(ctx: DocContext, org: Mention, name: Token) -> bool:
    """'The chairman of the Bar Council, Guy Mansfield QC warned ...': with no comma after the name,
    the parser makes the title and the name two subjects of one verb."""
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head  # ("Guy Mansfield QC": the letters after the name head it)
    of = _span_head(ctx, org).head
    title = of.head if of.dep_ == "prep" and of.lower_ == "of" else None
    return title is not None and title.dep_ == name.dep_ == "nsubj" and title.head.i == name.head.i


def _title_of_organization_before_name(ctx: DocContext, person: Mention, sent: Span) -> None:
    """'commander of the Soviet Navy Nikolai Kuznetsov', 'chairman of Gazprom Alexei Miller',
    'President of Finland Sauli Niinisto', 'the Governor-General of Australia, Sir John Kerr'."""
    start = person.start
    while start - 1 > sent.start and ctx.doc[start - 1].lower_.rstrip(".") in HONORIFICS:
        start -= 1
    org = ctx.ending_at(start - 1)
    rule = "title_before_name"
    if org is None and start - 2 >= sent.start and ctx.doc[start - 1].text == ",":
        # "the President of Poland, Lech Walesa, and ..." with the name parsed as the country's conjunct
        # (an apposition the apposition rule misses); a list of places ("of Poland, Hungary") has no person
        head = _span_head(ctx, person)
        org = ctx.ending_at(start - 2)
        if org is None or not (head.dep_ == "conj" and org.start <= head.head.i < org.end
                               or head.dep_ == "appos" and head.head.i < org.start
                               or head.dep_ in ("npadvmod", "dep") and head.head.i < org.end
                               or _two_subjects(ctx, org, head)):
            org = None  # (or both hung on a noun before: "for Antena 3, the leader of the SDP, Liviu Dragnea")
    if org is None and start - 1 >= sent.start and ctx.doc[start - 1].text == ")":
        org, rule = _bracketed_organisation(ctx, start - 1, sent.start), "bracketed_name_title"
    if org is None or org.type == NodeType.PERSON.value:
        return  # (an organisation, a country or a place: "President of Finland A", "Governor of Ohio B")
    i = org.start - 1
    if i >= sent.start and ctx.doc[i].lower_ == "the":
        i -= 1
    if i < sent.start or ctx.doc[i].lower_ not in ("of", "to"):
        return
    found = ctx.title_ending_at(i, sent.start)
    if found is None or _sought(ctx.doc, found[0], sent):
        return  # ("the nominee for Governor of Maine X": sought, not held)
    if ctx.doc[i].lower_ == "to" and (org.type != NodeType.ORGANIZATION.value
                                      or found[1].relation == RelType.ENVOY_OF.value):
        return  # "Chief Secretary to the Treasury X" is the Treasury's ("Ambassador to France Y" is posted there)
    title = ctx.doc[i - 1]
    if org.type != NodeType.ORGANIZATION.value and title.dep_ == "appos" and ctx.tok2mention[title.head.i] >= 0:
        return  # "said A, president of Cuba Educational Travel": the title is A's, the 'name' after it no person
    _record_role(ctx, person, found[1], org.entity, sent, rule)
    # "Republican Governor of Oregon X", "Republican candidate and incumbent Governor of Oregon X": a party's man
    k, _ = _skip_fillers(ctx.doc, found[0], sent.start)
    if k - 2 > sent.start and ctx.doc[k - 1].lower_ == "and" and ctx.doc[k - 2].tag_ == "NN":
        first = ctx.title_ending_at(k - 1, sent.start)
        k = _skip_fillers(ctx.doc, first[0], sent.start)[0] if first is not None else k
    party = _party_named_before(ctx, k, sent)
    if party is not None:
        ctx.add(person.entity, RelType.MEMBER_OF, party.entity, {}, sent, "party_title")


def _party_named_before(ctx: DocContext, i: int, sent: Span) -> Mention | None:
    """The party whose name ends right before token `i` in its sentence ('Republican' in 'Republican
    Alabama Governor X'), unless negated ('non-Conservative')."""
    party = ctx.ending_at(i - 1) if i - 1 >= sent.start else None
    return party if party is not None and party.props.get("kind") == "party" and not _negated_name(ctx, party) \
        else None


def _inherited_modifier(ctx: DocContext, comma: int, sent: Span, person: Mention, role: Role
                        ) -> tuple[int, str, float] | None:
    """In a list of titled people, an element without its own modifier shares the previous one's;
    but not across clauses: in "a meeting with Russian President A, Special Counsel B said", B is the
    subject of a clause of its own and A an object. A body other than a country or party is shared
    only by the same title (or kind of aide): in "the Armed Services Committee chairman A, and Senator
    B", B sits in no committee; in "Kremlin adviser A and senior aide B", B advises the Kremlin too."""
    i = comma
    if ctx.doc[i].lower_ == "and" and i - 1 >= sent.start and ctx.doc[i - 1].text == ",":
        i -= 1
    previous = ctx.ending_at(i - 1)
    if previous is None or previous.type != NodeType.PERSON.value:
        return None
    if _span_head(ctx, person).dep_ in ("nsubj", "nsubjpass") and _span_head(ctx, previous).dep_ in ("pobj", "dobj"):
        return None
    inherited = ctx.modifier_of.get(ctx.tok2mention[previous.start])
    if inherited is not None and ctx.entity_types[inherited[0]] == NodeType.ORGANIZATION.value and not any(
            f.position == previous.start and (f.role.endswith(role.role) or role.role.endswith(f.role)  # ("vice chair")
                                              or f.rel == role.relation != RelType.HOLDS_ROLE.value)
            for f in ctx.roles) and not any(
            m.entity == inherited[0] and _party_like(ctx, m) for m in ctx.mentions):
        return None
    return inherited


def _nearest_location(ctx: DocContext, sent: Span, position: int) -> Mention | None:
    """The place a 'local' official governs: the nearest region or city, capitals last."""
    best = None
    for mention in ctx.mentions:
        if mention.type == NodeType.LOCATION.value and sent.start <= mention.start < sent.end:
            rank = (bool(mention.capital_of), abs(mention.start - position))
            if best is None or rank < best[0]:
                best = (rank, mention)
    return best[1] if best else None


def _span_head(ctx: DocContext, mention: Mention) -> Token:
    span = ctx.doc[mention.start:mention.end]
    return span.root


def apposition_role(ctx: DocContext, index: int, sent: Span) -> None:
    """'A, a senior adviser to B', 'C, the country's foreign minister', 'D, son-in-law of E',
    and the copula: 'A is a senior adviser to B', 'Sweden is a member of NATO'."""
    mention = ctx.mentions[index]
    head = _span_head(ctx, mention)
    # a plural noun after one name is the next item of a list ("Mr Finnie, representatives of the Royal
    # Society and ..."), not a description of the name (but "A and B, members of Y" describes both)
    listed = _person_list(ctx, head)
    alone = len(listed) == 1
    nouns = [c for c in head.children if c.dep_ == "appos" and not (alone and c.tag_ == "NNS" and not any(
        d.lower_ in ("other", "fellow") for d in c.children))]  # ("Kushner, other Trump campaign aides": one of them)
    # "A, B and C, all members of Y": a plural description after the last name is said of every name,
    # wherever the parser hung it
    nouns += [c for other in listed if other is not head for c in other.children if c.dep_ == "appos"
              and c.i > listed[-1].i and (c.tag_ in ("NNS", "NNPS") and ctx.tok2mention[c.i] < 0 or any(
                  d.lower_ in ("all", "both") for d in c.children))]  # ("A, B and C (all Green League)")
    picked = _quantified_noun(listed[0].head)  # ("three of its members, A, B and C")
    if listed[0] is not head and listed[0].dep_ == "appos" and listed[0].head.i < listed[0].i \
            and picked.tag_ in ("NNS", "NNPS") and ctx.tok2mention[picked.i] < 0:
        nouns.append(picked)  # "three Liberal presidents: A, B and C", "its leaders, A and B": B too
    plural = listed[0].head
    if listed[0].dep_ == "conj" and plural.i < listed[0].i and plural.tag_ in ("NNS", "NNPS") \
            and ctx.tok2mention[plural.i] < 0 and ctx.doc[plural.i + 1].text in (",", ":") \
            and ctx.mention_at(listed[0].i).start == plural.i + 2:
        nouns.append(plural)  # "both of Ohio's senators, A and B", the names hung on the title as its conjuncts
    for tag in list(nouns):  # "Sen. A, D-Ohio, chairman of X": the parser hangs the title on the tag
        if PARTY_STATE_TAG.match(ctx.doc[tag.left_edge.i:tag.i + 1].text):
            nouns += [c for c in tag.children if c.dep_ == "appos" and c.i > tag.i]
    if head.dep_ == "appos" and head.head.i < mention.start:
        anchor = head.head  # "the head of X, Name"
        if ctx.tok2mention[anchor.i] >= 0 and anchor.dep_ == "pobj" and anchor.head.head.pos_ == "NOUN" \
                and ctx.tok2mention[anchor.head.head.i] < 0 and (anchor.head.lower_ == "for" or anchor.head.lower_ in (
                    "of", "to") and mention.type == NodeType.PERSON.value and ctx.doc[mention.start - 1].text == ","):
            # (not "commander of the Y Command (YCOM)": a name in brackets is the body's)
            # "the Labour member for Barnfield, X", "the prime minister of Ghana, X": the parser hangs X on
            # the seat or the country
            anchor = anchor.head.head
        # the title a relative clause gives its antecedent: "A, who became its first leader, B and C"
        clause = anchor.head if anchor.dep_ == "attr" and anchor.head.dep_ == "relcl" else None
        other = ctx.mention_at(clause.head.i) if clause is not None else None
        if other is None or other.entity == mention.entity or other.type != NodeType.PERSON.value:
            # (not "A, who became its first leader, B and C": the title is A's) "three of its members, A, B and C"
            nouns.append(_quantified_noun(anchor))
    if head.dep_ == "attr" and head.head.lemma_.lower() in COPULAS:
        # "the party's first leader was X", "the Member of Parliament since 2019 is Y": the subject is the title
        nouns += [c for c in head.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")
                  and ctx.tok2mention[c.i] < 0 and c.tag_ not in ("NNS", "NNPS")]
    nouns += _fronted_description(ctx, mention, sent)
    nouns += _companions_title(ctx, head)
    nouns += _others_like_them(ctx, head)
    # "the death of the member X; the Liberal candidate, Y, ...": a semicolon ends what describes X
    nouns = [n for n in nouns if not (n.i > mention.end and any(t.text == ";" for t in ctx.doc[mention.end:n.i]))]
    if mention.end < sent.end and ctx.doc[mention.end].lower_ == "as" \
            and (ctx.doc[mention.end].head.pos_ in ("NOUN", "PROPN", "ADJ") or ctx.doc[mention.end].head.lemma_ == "be") \
            and not any(t.lower_ in ("if", "unless", "whether") for t in ctx.doc[sent.start:mention.start]):
        # "under X as president of Peru", "the last summit for X as the leader of Russia" (a verb's 'as'
        # is read by the verb's rules: "saw X as a threat", "elected X as leader"; "if Trump taps X as
        # Fed chair" is no appointment)
        nouns += [o for o in ctx.doc[mention.end].children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    if head.dep_ == "dobj" and head.head.lemma_.lower() in APPOINT_LEMMAS | PARTY_PICK_LEMMAS \
            and not _has_negation([head.head]) and not _is_hypothetical(head.head):
        # "the Green Union elected X as its president", "Y appointed X as ambassador to Z": the title given
        nouns += [o for p in head.head.children if p.dep_ == "prep" and p.lower_ == "as"
                  for o in p.children if o.dep_ == "pobj"]
    if head.dep_ == "poss" and head.head.lemma_.lower() in CHOSEN_NOUNS:
        # "after X's election as leader of the Y Party": the title the choice gave
        nouns += [o for p in head.head.children if p.dep_ == "prep" and p.lower_ == "as"
                  for o in p.children if o.dep_ == "pobj"]
    # "X succeeded Y as leader of Z", "Y was succeeded by X as leader": the successor takes the title
    # (and Y, who held it, keeps it: "for Blair to be replaced as Labour leader")
    verbs = [head.head] if head.dep_ in ("nsubj", "nsubjpass") else []
    if head.dep_ == "conj" and head.head.dep_ in ("nsubj", "nsubjpass") and ctx.mention_at(head.head.i) is not None:
        verbs = [head.head.head]  # "A and B were among the members of X": B too
    if verbs and verbs[0].dep_ in ("aux", "auxpass"):
        verbs.append(verbs[0].head)  # "X was re-elected as ...": the parser hangs X on "was"
    if head.dep_ == "dobj" and head.head.lemma_.lower() in SUCCESSION_LEMMAS and not _is_hypothetical(head.head) \
            and not any(t.lemma_.lower() in PROSPECT_WORDS for t in _governors(head.head)):
        # "X replaced Y as chair of Z": Y held it before X
        _record_descriptions(ctx, mention, _predicate_nouns([head.head]), sent, former=True)
    if head.dep_ == "pobj" and head.head.lower_ == "by":
        # "Y was succeeded by X as leader", "Y was succeeded as leader of Z by X" (the parser hangs "by X"
        # on the title or on Z)
        governor = head.head.head
        for _ in range(4):
            if governor.lemma_.lower() in SUCCESSION_LEMMAS and governor.pos_ == "VERB":
                verbs.append(governor)
                break
            if governor.dep_ not in ("pobj", "prep") or governor.head.i == governor.i:
                break
            governor = governor.head
    # "Bakke, who was elected as a member of Y": the relative clause says it of the name
    verbs += _relative_clauses(head)
    # "X was not a member of Y"; "if he became king, X would be the supreme governor of Y": not so (but
    # "X would later serve as a delegate of Y" tells what happened)
    verbs = [v for v in verbs if not _has_negation([v]) and not _conditional(v)]
    described = nouns + _predicate_nouns(verbs)
    for noun in list(described):
        if noun.pos_ == "NOUN" and ctx.tok2mention[noun.i] < 0:
            # "X is a Swedish politician who was elected as ...", "X is an Italian politician, member of Y"
            described += _predicate_nouns(_relative_clauses(noun) + _relative_clauses_after_a_place(noun))
            described += [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > noun.i]
    # "A and B, leaders of the X and the Y respectively": each the one in the same place
    respectively = next((t.i for t in sent if t.lower_ == "respectively"), -1) > mention.start and len(listed) > 1
    order = (listed.index(head), len(listed)) if respectively and head in listed else None
    _record_descriptions(ctx, mention, described, sent, order=order)
    _partisans_body(ctx, mention, described, sent)


def _partisans_body(ctx: DocContext, person: Mention, described: list[Token], sent: Span) -> None:
    """'X, the top Democrat on the House Intelligence Committee', 'Y, the Senate's top Democrat', 'Z,
    Tory leader in the Lords': the body a party's member (or officer) is said to sit on (or in) has the
    person as its member."""
    for noun in described:
        party = next((m for t in [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod"))]
                      for m in [ctx.mention_at(t.i)] if m is not None and _party_like(ctx, m)), None)
        if party is None:
            continue
        places = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("on", "in")
                  for o in p.children if o.dep_ == "pobj"] + [c for c in noun.children if c.dep_ == "poss"]
        for place in places:
            body = ctx.mention_at(place.i)
            if body is not None and body.type == NodeType.ORGANIZATION.value and (
                    _legislature(ctx, body, sent) or "committee" in body.text.lower().split()):
                ctx.add(person.entity, RelType.MEMBER_OF, body.entity, {"role": "member"}, sent, "apposition_role")


def _person_list(ctx: DocContext, head: Token) -> list[Token]:
    """The heads of the people listed with the person whose head is `head`, in text order ('A, B and
    C': the parser chains them by conj, or makes B an apposition of A with C its conjunct); [head]
    when the name stands alone."""
    def is_person(token: Token) -> bool:
        named = ctx.mention_at(token.i)
        return named is not None and named.type == NodeType.PERSON.value and _span_head(ctx, named).i == token.i \
            and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)  # ("a QC, X")
    root = head
    while root.dep_ in ("conj", "appos") and is_person(root.head) and root.head.i < root.i:
        root = root.head
    found, stack = [root], [root]
    while stack:
        for child in stack.pop().children:
            if child.dep_ in ("conj", "appos") and is_person(child) and child not in found:
                found.append(child)
                stack.append(child)
    return sorted(found, key=lambda t: t.i)


def list_front(ctx: DocContext, index: int, sent: Span) -> Mention | None:
    """The first person of the list that the mention continues ('A, B and C' for B or C), when only
    commas and 'and' stand between the names and the parser joins them; None for the first or a lone name."""
    person = ctx.mentions[index]
    front, k = None, person.start - 1
    while k >= sent.start:
        if ctx.doc[k].text == "," or ctx.doc[k].lower_ == "and":
            k -= 1
            continue
        before = ctx.ending_at(k)
        if before is None or before.type != NodeType.PERSON.value:
            break
        front, k = before, before.start - 1
    if front is None or _span_head(ctx, front) not in _person_list(ctx, _span_head(ctx, person)):
        return None
    return front


def shared_before_list(ctx: DocContext, index: int, front: Mention, sent: Span) -> None:
    """What stands before the first name of a list of people and names a group is said of every name:
    a plural title ('Labour MPs A and B', 'Forest Party leaders A, B and C') or a party's possessive
    ('the Forest Party's A and B'). A singular title is the first name's alone ('President A and B')."""
    person = ctx.mentions[index]
    doc = ctx.doc
    found = ctx.title_ending_at(front.start, sent.start)
    if found is not None:
        written = doc[found[0]:front.start].text
        if title_key(written) not in ctx.lex.roles and written.lower().endswith("s"):  # plural: "MPs", "leaders"
            ctx.mentions[index] = Mention(front.start, front.end, person.type, person.text, entity=person.entity)
            try:
                title_before_name(ctx, index, sent)
            finally:
                ctx.mentions[index] = person
    if front.start - 2 >= sent.start and doc[front.start - 1].tag_ == "POS":
        party = ctx.ending_at(front.start - 2)
        if party is not None and _party_like(ctx, party):
            ctx.add(person.entity, RelType.MEMBER_OF, party.entity, {"role": "member"}, sent, "possessive_party")


def _relative_clauses(noun: Token) -> list[Token]:
    """The 'who'/'that' clauses said of a noun: 'Bakke, who was elected as a member of Y'."""
    return [c for c in noun.children if c.dep_ == "relcl" and any(
        s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("who", "that") for s in c.children)]


def _relative_clauses_after_a_place(noun: Token) -> list[Token]:
    """'X was a politician in the province of Alberta, who served as mayor of Y': a 'who' clause the parser
    hangs on the place the noun is in (up to two phrases down) is said of the noun."""
    out: list[Token] = []
    places = [o for p in noun.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    places += [o for q in places for p in q.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    for place in places:
        if place.ent_type_ in ("GPE", "LOC") or place.lower_ in PLACE_HEAD_WORDS:
            out += [c for c in place.children if c.dep_ == "relcl" and any(
                s.dep_ in ("nsubj", "nsubjpass") and s.lower_ == "who" for s in c.children)]
    return out


def _pronoun_standing(ctx: DocContext, pronoun: Token, sent: Span) -> Mention | None:
    """A stand-in mention for 'he'/'she' when it can be only one person ('He was elected mayor of X')."""
    if pronoun.lower_ not in PRONOUNS_SINGULAR:
        return None
    people = resolve_argument(ctx, pronoun, sent)
    if len(people) != 1 or ctx.entity_types[people[0]] != NodeType.PERSON.value:
        return None
    return Mention(pronoun.i, pronoun.i + 1, NodeType.PERSON.value, pronoun.text, entity=people[0])


def pronoun_role(ctx: DocContext, sent: Span) -> None:
    """'He is also head of the judiciary', 'while she was a member of the House', 'she served as
    Minister of Health': a copula's (or 'served as') title said of a subject pronoun, for the person it
    stands for (see _unambiguous_antecedent)."""
    for token in sent:
        if token.lower_ not in PRONOUNS_SINGULAR or token.pos_ != "PRON" or token.dep_ != "nsubj" \
                or token.head.lemma_ not in COPULAS | {"serve"} | SUCCESSION_LEMMAS \
                or _is_hypothetical(token.head, allow_future=True):  # ("he succeeded X as leader of Y")
            continue  # but "if he becomes secretary of state" is not (yet) so
        standing = _pronoun_standing(ctx, token, sent)
        if standing is not None:
            _record_descriptions(ctx, standing, _predicate_nouns([token.head]), sent)


def pronoun_party(ctx: DocContext, sent: Span) -> None:
    """'Anna Berg said her Green Party would vote against it', 'a pact between his Ulster Unionist
    Party and ...', 'supported by his party, the Democrats of the Left': the party a his/her names
    is the party of the one person the sentence names before it (none when it names two people)."""
    people = {m.entity for m in ctx.mentions if m.type == NodeType.PERSON.value and sent.start <= m.start < sent.end}
    if len(people) != 1:
        return
    (person,) = people
    for token in sent:
        if token.lower_ not in ("his", "her") or token.dep_ != "poss" or token.pos_ != "PRON":
            continue
        if not any(m.entity == person and m.start < token.i for m in ctx.mentions):
            continue  # "his party ... said X": the person named after it may be someone else's
        noun = token.head
        party = ctx.mention_at(noun.i)
        if party is not None and _party_like(ctx, party) and party.start == token.i + 1 and not _modifies_a_noun(
                ctx, party):
            ctx.add(person, RelType.MEMBER_OF, party.entity, {"role": "member"}, sent, "pronoun_party")
        elif party is None and (group := _group_named_before(ctx, noun)) is not None and group.start == token.i + 1:
            ctx.add(person, RelType.MEMBER_OF, group.entity, {"role": "member"}, sent, "pronoun_party")  # "his X alliance"
        elif party is None:
            for named in _party_named_beside(ctx, noun, sent):  # "his party, the X"
                ctx.add(person, RelType.MEMBER_OF, named.entity, {"role": "member"}, sent, "pronoun_party")


def _predicate_nouns(verbs: list[Token]) -> list[Token]:
    """What the verbs say their subject is: 'X became leader of Y', 'X was re-elected as a member
    of Y', 'served as X ..., and later as Y' (a conjunct without a subject of its own shares it)."""
    verbs = verbs + [c for v in verbs for c in v.children if _split_off(c)]  # "co-founded Y and served as ..."
    shared: list[Token] = []
    frontier = verbs
    while frontier:  # "X was a member of Y and ruled as King of Z": conjuncts of conjuncts too
        frontier = [c for v in frontier for c in v.children if c.dep_ == "conj" and c.pos_ in ("ADV", "VERB", "AUX")
                    and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children) and c not in shared]
        shared += frontier
    # "Having served as leader of Y, X returned", "After serving as mayor of Z, X ran for ...": the subject's
    shared += [c for v in verbs for c in v.children if c.dep_ == "advcl" and c.tag_ in ("VBN", "VBG")
               and any(a.dep_ == "aux" and a.lower_ == "having" for a in c.children)
               and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]
    shared += [c for v in verbs for p in v.children if p.dep_ == "prep" and p.lower_ in ("after", "before")
               for c in p.children if c.dep_ == "pcomp" and c.tag_ == "VBG" and c.lemma_.lower() in ("serve", "be")]
    # "X switched parties in 2001, becoming a Democrat": the participle's title is the subject's
    shared += [c for v in verbs for c in v.children if c.dep_ == "advcl" and c.tag_ == "VBG"
               and c.lemma_.lower() == "become" and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
               and not any(m.dep_ == "mark" for m in c.children)]
    verbs = verbs + shared
    verbs += [c for v in shared for c in v.children if _split_off(c)]  # "was re-elected as leader"
    nouns: list[Token] = []
    for verb in verbs:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        # ("X joined the Y in 1970 and became its leader": the conjunct shares the subject)
        # (but in "A is chairman of X and B is the top Democrat" the parser may hang B on X: a name right
        # before the second verb is its own subject)
        # ("X, elected President of Y in 1991, became ...": the parser reads the participle as X's verb)
        joined = verb in shared and (verb.i == 0 or verb.nbor(-1).dep_ == "cc" or verb.nbor(-1).pos_ == "ADV" or (
            verb.nbor(-1).text == "," and verb.head.lemma_.lower() in APPOINT_LEMMAS and verb.head.tag_ == "VBD")
            or verb.nbor(-1).text == "," and _closes_participle_aside(verb)
            or verb.nbor(-1).text == "," and verb.dep_ == "advcl" and verb.tag_ == "VBG")  # ", becoming a Democrat"
        if (subject is not None and subject.dep_ == "nsubj" or joined) and verb.lemma_ in COPULAS:
            # "X became leader of Y", "X became Vice-Chancellor of Y" (the parser tags a capitalised title PROPN;
            # but "..., believes X, is the Tories' ploy": a person is no plural name)
            attrs = [c for c in verb.children if c.dep_ == "attr" and (c.pos_ == "NOUN" or c.tag_ == "NNP")]
            nouns.extend(attrs)
            # "X is a fellow with A, ... and a member of B": the parser joins the last one to the verb
            # (or, after a comma, leaves it unattached: "X was a fellow of A, a member of B")
            # ("X became Lieutenant-Governor of A in 1798 and Governor of B in 1802": a capitalised title)
            nouns.extend(c for c in verb.children if attrs and c.dep_ in ("conj", "dep") and (c.pos_ == "NOUN" or (
                c.tag_ == "NNP" and not c.ent_type_ and any(q.dep_ == "prep" and q.lower_ == "of" for q in c.children)))
                         and c.i > attrs[0].i and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children))
            # "X was among the founders of the Y Party"
            nouns.extend(o for p in verb.children if p.dep_ == "prep" and p.lower_ == "among"
                         for o in p.children if o.dep_ == "pobj" and o.tag_ == "NNS")
            # "X has been Prime Minister of Y since 2010 and leader of Z since 2003" (the parser joins the
            # second title to the date)
            nouns.extend(c for p in verb.children if p.dep_ == "prep" for o in p.children
                         if o.dep_ == "pobj" and (o.ent_type_ == "DATE" or o.like_num) for c in o.children
                         if c.dep_ == "conj" and c.pos_ == "NOUN" and any(
                             q.dep_ == "prep" and q.lower_ == "of" for q in c.children))
            # "X became the first woman to serve as President of Y": the ordinal says it happened
            nouns.extend(o for a in attrs if any(c.ent_type_ == "ORDINAL" or c.lower_ in ("first", "last", "only")
                                                 for c in a.lefts)
                         for v in a.children if v.dep_ in ("acl", "relcl") and v.lemma_.lower() in SERVE_LEMMAS
                         and any(x.dep_ == "aux" and x.tag_ == "TO" for x in v.children)
                         for p in v.children if p.dep_ == "prep" and p.lower_ == "as"
                         for o in p.children if o.dep_ == "pobj" and (o.pos_ == "NOUN" or o.tag_ == "NNP"))
            # "X was one of the founders of the Y Party": the plural title one is picked from
            nouns.extend(o for c in verb.children if c.dep_ == "attr" and c.lower_ == "one"
                         for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                         for o in p.children if o.dep_ == "pobj" and o.tag_ == "NNS")
        if verb.lemma_.lower() in APPOINT_LEMMAS and verb.tag_ == "VBD" and verb.i >= 2 and verb.nbor(-1).text == "," \
                and subject is not None and subject.i == verb.i - 2:
            # "X, elected President of the Y in 1991, ...": the parser reads the participle as X's own verb,
            # with the title its object
            nouns.extend(c for c in verb.children if c.dep_ == "dobj" and c.tag_ in ("NNP", "NN")
                         and c.doc[c.i - 1].lower_ not in ("a", "an", "the"))
        # "X was re-elected as a member of Y", "X ran as the Y candidate"
        if any(c.dep_ == "dobj" and c.pos_ in ("PRON", "PROPN") for c in verb.children) \
                and verb.lemma_.lower() not in SUCCESSION_LEMMAS:
            continue  # "Moore portrayed him as a Democrat": the "as" phrase describes the object
        # "served two terms as mayor"; "succeeded Ana Ruiz as President of X" (the parser hangs "as" on Ana Ruiz)
        holders = [verb] + [c for c in verb.children if c.dep_ == "dobj" and (
            c.lemma_.lower() in TERM_NOUNS or verb.lemma_.lower() in SUCCESSION_LEMMAS)]
        # ("succeeded Y as chairman of X and as prime minister": the parser joins the second "as" to the verb)
        nouns.extend(obj for h in holders for prep in h.children if (prep.dep_ == "prep" or prep.dep_ == "conj"
                                                                       and h is verb) and prep.lower_ == "as"
                     and not _opens_reported_clause(h, prep)
                     for q in _conjuncts(prep) if q.lower_ == "as"  # "as leader of X, and later as leader of Y"
                     for obj in q.children if obj.dep_ == "pobj" and (obj.pos_ == "NOUN" or obj.tag_ == "NNP"))
        # "served as the United States Secretary of Homeland Security": the parser heads the phrase on the
        # portfolio's last word and hangs the title on it
        nouns.extend(c for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "as"
                     for obj in prep.children if obj.dep_ == "pobj" and obj.tag_ == "NNP"
                     for c in obj.children if c.dep_ in ("nmod", "compound") and c.tag_ == "NNP"
                     and any(q.dep_ == "prep" and q.lower_ == "of" for q in c.children))
        # "held the post of Foreign Minister of X", "was appointed to the office of Y"
        posts = [c for c in verb.children if c.dep_ == "dobj" and verb.lemma_.lower() in POST_LEMMAS]
        posts += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" and verb.lemma_.lower()
                  in APPOINT_LEMMAS | ELECTION_LEMMAS for o in p.children if o.dep_ == "pobj"]
        nouns.extend(o for post in posts if post.lemma_.lower() in POST_NOUNS for p in post.children
                     if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                     if o.dep_ == "pobj" and (o.pos_ == "NOUN" or o.tag_ == "NNP"))
    return nouns


def _aside_opening(verb: Token) -> Token | None:
    """The first of the verbs joined to `verb` when it opens an aside after its subject's name ('X,
    sacked as minister and expelled from Y, became ...': the parser reads the aside's participles as
    X's verbs and joins the rest to them); None when no comma follows the name."""
    first = verb
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    subject = next((c for c in first.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i + 1 >= first.i or subject.doc[subject.i + 1].text != "," \
            or any(c.dep_ in ("aux", "auxpass") for c in first.children):
        return None
    return first


def _aside_participle(verb: Token) -> bool:
    """A past participle in the aside after a name is passive ('X, expelled from Y in 1998, ...'), though
    the parser reads it as the name's verb; the tagger may call either participle a past tense, so a
    past tense counts when the real verb follows the aside's closing comma."""
    first = _aside_opening(verb)
    if first is None or verb.tag_ not in ("VBN", "VBD") or first.tag_ not in ("VBN", "VBD"):
        return False
    closed = any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > verb.i and c.doc[c.i - 1].text == ","
                 for c in first.children)
    return first.tag_ == verb.tag_ == "VBN" or closed


def _closes_participle_aside(verb: Token) -> bool:
    """'X, sacked as minister ..., became leader of Z': the verb after the aside is X's."""
    first = _aside_opening(verb)
    return first is not None and first is not verb and first.tag_ == "VBN"


POST_NOUNS = {"post", "office", "position", "role", "portfolio", "rank", "title", "job"}
POST_LEMMAS = {"hold", "assume", "take", "occupy", "fill", "accept", "retain", "keep"}


COMPANION_WORDS = {"along", "together"}  # "along with A", "together with B"


def _conditional(verb: Token) -> bool:
    """'X could be ...', 'if he became king, X would be ...': a possibility, not a fact."""
    modals = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(modals & {"could", "might"}) or "would" in modals and any(
        m.dep_ == "mark" and m.lower_ in ("if", "unless")
        for c in verb.children if c.dep_ == "advcl" for m in c.children)


def _others_like_them(ctx: DocContext, head: Token) -> list[Token]:
    """'A, B and other members of the Y Party', 'signed by A and other Labour MPs': a list that ends
    in 'other' people of a kind says each name is one too."""
    first = head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    listed, frontier = [], [first]
    while frontier:
        frontier = [c for t in frontier for c in t.children if c.dep_ == "conj"]
        listed += frontier
    return [n for n in listed if n.i > head.i and n.tag_ in ("NNS", "NNPS") and ctx.tok2mention[n.i] < 0
            and any(c.dep_ == "amod" and c.lower_ == "other" for c in n.children)]


def _companions_title(ctx: DocContext, head: Token) -> list[Token]:
    """'X gained fame as a leader of the Y, alongside A, B and C', 'X was a founder of Y, along with
    A': a title in an organisation the clause gives, shared by the people named alongside (an office
    of a state is no one's but the holder's)."""
    first = head
    for _ in range(6):  # "alongside A of India and B of Ghana": the parser may join B to India
        if first.dep_ == "conj":
            first = first.head
        elif first.dep_ == "pobj" and first.head.lower_ == "of" and (m := ctx.mention_at(first.head.head.i)) \
                is not None and m.type == NodeType.PERSON.value:
            first = first.head.head
        else:
            break
    prep = first.head
    if first.dep_ != "pobj":
        return []
    if prep.lower_ == "alongside":
        anchor = prep.head
    elif prep.lower_ == "with" and prep.head.lower_ in COMPANION_WORDS:
        anchor = prep.head.head
    else:
        return []
    titles = [c for c in anchor.children if c.dep_ == "attr" and anchor.lemma_ in ("be", "become", "remain")]
    titles += [o for p in anchor.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
               if o.dep_ == "pobj"]
    return [t for t in titles if t.pos_ == "NOUN" and any(
        m is not None and m.type == NodeType.ORGANIZATION.value for p in t.children
        if p.dep_ == "prep" and p.lower_ in ("of", "in") for o in p.children if o.dep_ == "pobj"
        for m in [ctx.mention_at(o.i)])]


def _record_descriptions(ctx: DocContext, mention: Mention, nouns: list[Token], sent: Span,
                         former: bool = False, order: tuple[int, int] | None = None) -> None:
    """Record what the nouns describing `mention` say: a party ('X, a Social Democrat'), a title with
    its targets ('adviser to B', 'leader of the A and the B') or an occupation at an organisation."""
    nouns = nouns + [a for noun in nouns for a in _descriptions_hung_on_object(ctx, noun)]
    # "X, the PPI and the Federation of the Greens joined": organisations listed after a name are the
    # next items of a list, not its description (but "Ebner, a Social Democrat," is one)
    nouns = [n for n in nouns if not ((ctx.tok2mention[n.i] >= 0 or n.tag_ == "NNP") and n.dep_ == "appos" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in n.children) and any(
        c.dep_ == "conj" and ctx.mention_at(c.i) is not None for c in n.children))]
    nouns = [n for noun in nouns for n in _conjuncts(noun)]  # "director of X and a member of Y"
    nouns += [t for noun in list(nouns) for t in _title_conjoined_to_object(ctx, noun)]
    for noun in nouns:
        if any(c.dep_ == "amod" and c.lower_ in SPECULATIVE_WORDS for c in noun.children):
            continue  # "touted as a possible leader of Y"
        party = ctx.mention_at(noun.i)
        if party is not None and party.props.get("kind") == "party" and mention.type == NodeType.PERSON.value \
                and order is None:  # (not a party of the list "... of the X and the Y respectively")
            if _titles_someone_after(ctx, party) or _negated_name(ctx, party):
                continue  # "A, the Green Party candidate B": the party is B's; "a non-Conservative MP"
            if _in_parentheses_after_organisation(ctx, mention):
                continue  # "the Order Party (Milli Nizam Partisi)": a name of the party, not a member

            # "Ebner, a Social Democrat,": the apposition is the party itself
            ctx.add(mention.entity, RelType.MEMBER_OF, party.entity, {"role": "member"}, sent, "apposition_role")
            continue
        if ctx.tok2mention[noun.i] >= 0:
            continue
        following = ctx.mention_at(noun.i + 1)
        if following is not None and following.type == NodeType.PERSON.value and following.start == noun.i + 1:
            continue  # "A, C's adviser D": the title is D's, though the parser hung it on A
        if noun.tag_ not in ("NNS", "NNPS") and mention.end <= noun.i and any(
               c.dep_ == "conj" and (m := ctx.mention_at(c.i)) is not None and m.entity != mention.entity
               and m.type == NodeType.PERSON.value and ctx.doc[m.start - 1].dep_ == "compound"
               and m.start <= ctx.doc[m.start - 1].head.i < m.end
               for c in noun.children):
            continue  # "A, former Congresswoman and vice presidential candidate B": the parser joins B to the
            # title (but in "A, a Reform Party MEP, and B" B is the next name of a list)
        end = noun.i + 1
        while end + 1 < sent.end and ctx.doc[end].text == "-" and ctx.doc[end + 1].is_alpha:
            end += 2  # "son-in-law": the parser heads it on "son"
        start = noun.left_edge.i
        while start - 2 >= sent.start and ctx.doc[start - 1].text == "-" and not ctx.doc[start - 1].whitespace_ \
                and ctx.doc[start - 2].is_alpha and not ctx.doc[start - 2].whitespace_:
            start -= 2  # "Vice-Chancellor": the parser may hang "Vice" and "-" apart
        found = ctx.title_ending_at(end, max(sent.start, start))
        # "Minister of Finance of Sweden": the title runs on through its first "of"; its holder comes after
        longer = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "for") for o in p.children
                       if o.dep_ == "pobj" and ctx.tok2mention[o.i] < 0 and o.left_edge.i == p.i + 1), None)
        extended = ctx.title_ending_at(longer.i + 1, max(sent.start, start)) \
            if longer is not None and longer.head.lower_ == "of" else None
        if extended is None and found is not None and found[1].role in PORTFOLIO_TITLES and longer is not None \
                and longer.i - noun.i <= 5 and all(t.is_title or t.lower_ == "and" for t in ctx.doc[noun.i + 2:longer.i + 1]) \
                and any(p.dep_ == "prep" and p.lower_ == "of" for p in longer.children):
            # "Minister of Health of Spain", "Minister for Foreign Affairs of Ireland": a portfolio the lexicon
            # does not list, then the country
            extended = (found[0], Role(f"{found[1].role} {ctx.doc[noun.i + 1:longer.i + 1].text.lower()}",
                                       found[1].relation))
        if extended is not None and extended[0] <= noun.i and (found is None or any(
                p.dep_ == "prep" and p.lower_ == "of" for p in longer.children)):
            found, noun = extended, longer  # (but "the CFPB's chief of staff" keeps its owner on "chief")
        if found is None:
            _occupation_at_organisation(ctx, mention, noun, sent)
            continue
        k, role = found
        owner = _sub_unit_owner(ctx, noun) if role.role in PARTY_OFFICES or role.relation == RelType.MEMBER_OF.value \
            else -1  # ("a member of the Y Party's Politburo" is a member of the party)
        if owner >= 0 and mention.type == NodeType.PERSON.value:
            # "leader of the Labour group on Newham Council", "of the Forest Party's youth wing": a member
            ctx.add(mention.entity, RelType.MEMBER_OF, owner, {"role": role.role}, sent, "apposition_role")
            continue
        if role.role == "representative" and any(c.dep_ == "prep" and c.lower_ == "to" for c in noun.children):
            role = Role("representative", RelType.ENVOY_OF.value)  # "U.S. representative to the UN": an envoy
        if mention.type != NodeType.PERSON.value and role.relation != RelType.MEMBER_OF.value:
            continue  # a country can be a member of an alliance, not its president
        was = former or any(t.lower_ in FORMER_WORDS for t in ctx.doc[max(sent.start, noun.left_edge.i):k])
        shadow = any(t.lower_ == "shadow" for t in ctx.doc[max(sent.start, noun.left_edge.i):k])
        if shadow:  # "X, the shadow chancellor": the opposition's spokesperson, no office of the state
            role = Role(f"shadow {role.role}", role.relation)
        negated = any(t.lower_ in ("non", "non-") for t in ctx.doc[max(sent.start, noun.left_edge.i):noun.i])
        targets = _apposition_targets(ctx, noun, k, sent, role)
        if role.role in NATIONALITY_ROLES and mention.type == NodeType.PERSON.value:
            # "a Norwegian politician for the Labour Party": the party is the edge, and the article's
            # nationality_office pass still learns which country the politician serves
            ctx.roles += [RoleFact(mention.entity, RelType.HOLDS_ROLE.value, m.entity, role.role, mention.start)
                          for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i
                          for m in [ctx.mention_at(c.i)] if m is not None and m.type == NodeType.COUNTRY.value
                          and m.entity not in targets]
        if targets == [-1] and any(c.dep_ == "poss" and c.pos_ == "PROPN" and ctx.mention_at(c.i) is None
                                   for c in noun.children):
            continue  # "EXIM's first vice president, X": the office of a body we could not name, no one else's
        if order is not None and len(targets) == order[1]:
            targets = [targets[order[0]]]  # "... of the X and the Y respectively"
        party = ctx.ending_at(k - 1) if k - 1 >= max(sent.start, noun.left_edge.i) else None
        if party is not None and party.type == NodeType.COUNTRY.value \
                and party.start - 1 >= max(sent.start, noun.left_edge.i):
            party = ctx.ending_at(party.start - 1) or party  # "Three Republican U.S. lawmakers, A, B and C"
        named_party = party is not None and (party.props.get("kind") == "party" or not party.lexical and bool(
            {w.lower() for w in party.text.split()} & PARTY_NAME_WORDS))  # (not any acronym: "chief FX strategist")
        if named_party and mention.type == NodeType.PERSON.value and not negated \
                and party.entity not in targets and not _negated_name(ctx, party):
            # "X, a Democratic Party of Japan member of the House of Councillors": of the party too
            ctx.add(mention.entity, RelType.MEMBER_OF, party.entity, {}, sent, "apposition_role")
        for target in targets:
            if negated and _is_party(ctx, target):
                continue  # "the only non-Republican senator"
            if (role.role in PRIVATE_ROLES or role.role in CANDIDATE_ROLES or shadow) and target >= 0 \
                    and ctx.entity_types[target] == NodeType.COUNTRY.value:
                target = -1  # "an American coal executive", "a Washington lawyer": a nationality, no office (nor is
                # a candidacy: "lead candidate of Liveable Netherlands" names a party the NER cut short)
            # ("an adviser to the Green League" advises it: no member for that)
            advises = role.relation == RelType.ADVISER_TO.value and any(
                p.dep_ == "prep" and p.lower_ == "to" for p in noun.children)
            if _is_party(ctx, target) and role.relation != RelType.MEMBER_OF.value and not advises:
                # "X, the Republican chairman of ...": the party is a membership; its own offices are roles
                ctx.add(mention.entity, RelType.MEMBER_OF, target, {}, sent, "apposition_role")
                if role.role not in PARTY_POSTS:
                    target = -1
            # ("president of distribution at Warner Bros", "Kings of Leon": a title with a complement we could
            # not read is no bare national office)
            # (a date is no complement: "as prime minister in 1969")
            bare = not any(c.dep_ == "poss" or c.dep_ == "prep" and not _dates_it(c) for c in noun.children) and not (
                end < sent.end and ctx.doc[end].lower_ in ("of", "for")) and not any(
                t.lower_ in CORPORATE_FILLERS or t.pos_ == "PROPN" and t.dep_ == "compound"
                for t in ctx.doc[max(sent.start, noun.left_edge.i):k])  # ("Kraft senior vice president")
            _record_role(ctx, mention, role, target, sent, "apposition_role", former=was, bare=bare)


PERSON_NOUN_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")


def _descriptions_hung_on_object(ctx: DocContext, noun: Token) -> list[Token]:
    """'a fellow with the X Institution, a visiting scholar at Y and a member of Z': the parser hangs
    the second description on the first one's organisation, which no 'a scholar' can describe."""
    out: list[Token] = []
    objects = [o for p in noun.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    while objects:  # down the chain: "a Fellow with X at Y University, a Fellow with Z ..."
        obj = objects.pop()
        objects += [o for p in obj.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        org = ctx.mention_at(obj.i)
        if org is None or org.type != NodeType.ORGANIZATION.value:
            continue
        for appos in obj.children:
            lemma = appos.lemma_.lower()
            if appos.dep_ == "appos" and appos.pos_ == "NOUN" and ctx.tok2mention[appos.i] < 0 \
                    and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in appos.children) \
                    and lemma not in GROUP_NOUNS | ORG_UNIT_NOUNS | ORG_REFERENCE_WORDS \
                    and (ctx.lex.role_for(lemma) is not None or lemma.endswith(PERSON_NOUN_ENDINGS)
                         or lemma in ("fellow", "scholar", "member")):
                out.append(appos)
                objects += [o for p in appos.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return sorted(out)


def _fronted_description(ctx: DocContext, person: Mention, sent: Span) -> list[Token]:
    """'A University of Texas law professor, Wright said ...': an indefinite description that opens
    the sentence right before the name describes that person."""
    if person.start - 2 < sent.start or ctx.doc[person.start - 1].text != ",":
        return []
    noun = ctx.doc[person.start - 2]
    opened = noun.left_edge.i == sent.start and ctx.doc[sent.start].lower_ in ("a", "an")
    return [noun] if opened and noun.pos_ == "NOUN" and ctx.tok2mention[noun.i] < 0 else []


def _title_conjoined_to_object(ctx: DocContext, noun: Token) -> list[Token]:
    """'a spokesman for reform and president of the X': the parser joins the second title to the
    first one's object; not 'adviser to the president and prime minister' (the object is a title)."""
    out = []
    for obj in (o for p in noun.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"):
        if ctx.tok2mention[obj.i] >= 0 or ctx.lex.role_for(obj.lemma_) is not None:
            continue
        out += [c for c in _conjuncts(obj)[1:] if c.pos_ == "NOUN" and ctx.tok2mention[c.i] < 0
                and not any(d.dep_ == "det" for d in c.children) and ctx.lex.role_for(c.lemma_) is not None
                and any(p.dep_ == "prep" and p.i > c.i for p in [*c.children, *obj.children])]
    return out


def _occupation_at_organisation(ctx: DocContext, person: Mention, noun: Token, sent: Span) -> None:
    """'A, an ecologist at Lakeside University', 'B, a chemist with the USDA's research service': a
    person described by an occupation at or with an organisation works there (no title needed)."""
    if person.type != NodeType.PERSON.value or noun.pos_ != "NOUN" or noun.tag_ != "NN" \
            or noun.lemma_.lower() in NON_MEMBER_NOUNS or noun.lemma_.lower() in PROXY_NOUNS \
            or noun.lemma_.lower() in ORG_UNIT_NOUNS:
        return
    if any(t.lower_ in ("former", "ex", "onetime", "retired") for t in noun.lefts):
        return
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ORG_PREPS | {"in"}:
            continue
        found = False
        # "a leading figure in the X and the Y": every organisation listed
        for obj in (c for o in prep.children if o.dep_ == "pobj" for c in _conjuncts(o, affirmed=True)):
            org = ctx.mention_at(obj.i)
            target = org.entity if org is not None and org.type == NodeType.ORGANIZATION.value \
                and not org.capital_of else -1
            if prep.lower_ == "in" and (org is None or not _party_like(ctx, org)
                                        or ctx.doc[person.start].pos_ == "PRON"):
                continue  # "a leading figure in the Labour Party" (but "a lawyer in the Justice Department" is
                # said with a title, and "a student in Paris" of no organisation; "he was a huge figure in
                # Labour" is praise too loosely tied to a person)
            if org is None:
                target = _organisation_behind(ctx, obj)
            if target >= 0:
                ctx.add(person.entity, RelType.MEMBER_OF, target, {"role": noun.lemma_.lower()}, sent,
                        "occupation_at_organisation")
                found = True
        if found:
            return


def _partner_after_and(ctx: DocContext, person: Mention, head: Token) -> Token | None:
    """'A and B of the X': the head of B, a person named right after 'A and' as A's conjunct."""
    k = person.end
    other = ctx.mention_at(k + 1) if k + 1 < len(ctx.doc) and ctx.doc[k].lower_ == "and" else None
    if other is None or other.start != k + 1 or other.type != NodeType.PERSON.value:
        return None
    other_head = _span_head(ctx, other)
    return other_head if other_head.dep_ == "conj" and other_head.head.i == head.i else None


def _list_ends_before(ctx: DocContext, head: Token, between: list[Mention], i: int) -> bool:
    """'A, B and C of the X': the names between A and token i are the rest of A's list, the last
    ending right before i, so what follows is said of the whole list."""
    listed = _person_list(ctx, head)
    return all(_span_head(ctx, m) in listed for m in between) and max(m.end for m in between) == i


def _in_parentheses_after_organisation(ctx: DocContext, mention: Mention) -> bool:
    """'the Welfare Party (Refah Partisi, ...)': a name in brackets right after an organisation."""
    i = mention.start - 1
    while i >= max(1, mention.start - 6) and ctx.doc[i].text not in ("(", ")"):
        i -= 1  # "the Order Party (Partei der Ordnung, ...)"
    if i < 1 or ctx.doc[i].text != "(":
        return False
    before = ctx.ending_at(i - 1)
    return before is not None and before.type == NodeType.ORGANIZATION.value


def person_of_organization(ctx: DocContext, index: int, sent: Span) -> None:
    """'William Ross of the Ulster Unionist Party', 'Ann Lee of the Forest Service',
    'William Craig for the UUP' (a candidate for a party): affiliation."""
    person = ctx.mentions[index]
    head = _span_head(ctx, person)
    if person.start > sent.start and ctx.doc[person.start - 1].lower_ in PEERAGE_WORDS:
        return  # "Lord Roberts of Conwy": the place his title is of
    found = False
    partner = _partner_after_and(ctx, person, head)  # "A and B of the X": B's "of the X" is A's too
    borrowed = [p for p in partner.children if p.dep_ == "prep" and p.lower_ == "of"] if partner is not None else []
    aside = person.end < sent.end and ctx.doc[person.end].text == ","  # "Carl Emmerson, from the IFS, said"
    # (the parser may hang the aside's "from" on the verb: "John Ison, from the group F4J, said")
    hung = [ctx.doc[person.end + 1]] if aside and person.end + 1 < sent.end and ctx.doc[person.end + 1].dep_ == "prep" \
        and ctx.doc[person.end + 1].lower_ == "from" and ctx.doc[person.end + 1].head.i != head.i else []
    for prep in [*head.children, *borrowed, *hung]:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "for", "at", "with") and not (
                prep.lower_ == "from" and aside and prep.i == person.end + 1):
            continue
        between = [m for m in ctx.mentions if m.type == NodeType.PERSON.value and person.end <= m.start < prep.i
                   and not (prep in borrowed and m.start <= partner.i < m.end)]
        if between and not _list_ends_before(ctx, head, between, prep.i):
            continue  # "A of the X, B for the Y": the parser hung B's party on A
        for obj in prep.children:
            org = ctx.mention_at(obj.i) if obj.dep_ == "pobj" else None
            if org is None and obj.dep_ == "pobj" and prep.lower_ in ("of", "at") \
                    and _organisation_behind(ctx, obj) >= 0:  # "A of the smaller Valdor company"
                org = next(m for m in ctx.mentions if m.entity == _organisation_behind(ctx, obj))
            if org is None and obj.dep_ == "pobj" and obj.lemma_.lower() in GROUP_NOUNS:
                org = next((ctx.mention_at(c.i) for c in obj.children if c.dep_ == "appos"
                            and ctx.mention_at(c.i) is not None), None)  # "from the pressure group F4J"
            if org is None or org.type != NodeType.ORGANIZATION.value or org.props.get("kind") == "media":
                continue
            after = ctx.mention_at(org.end + 1) if org.end < len(ctx.doc) and ctx.doc[org.end].text == "," else None
            if not org.lexical and after is not None and after.type in (NodeType.LOCATION.value,
                                                                        NodeType.COUNTRY.value):
                continue  # "Rene Boucher of Bowling Green, Kentucky": a home town, not an organisation
            between = ctx.doc[person.end:prep.i]
            if not org.lexical and prep.lower_ == "of" and any(t.like_num for t in between) \
                    and all(t.like_num or t.is_punct for t in between) \
                    and not {w.lower() for w in org.text.split()} & ORG_HEAD_WORDS:
                continue  # "Dan Reis, 30, of Millbrook": an age, then a home town (not "of the Space Agency")
            if prep.lower_ in ("for", "with") and org.props.get("kind") != "party":
                continue  # "spoke for the committee", "met with the council" are not membership
            if prep.lower_ == "with" and prep.i > 0 and \
                    ctx.doc[prep.i - 1].lower_ in ("together", "along", "alongside"):
                continue  # "X together with the Conservative Party agreed ...": company, not membership
            if prep.lower_ == "at" and org.props.get("kind") == "government":
                continue  # "welcomed X at the Elysee": a government seat is a place here
            ctx.add(person.entity, RelType.MEMBER_OF, org.entity, {"role": "member"}, sent, "person_of_organization")
            for owner in (ctx.mention_at(c.i) for c in obj.children if c.dep_ == "poss"):
                if owner is not None and owner.type == NodeType.ORGANIZATION.value and not owner.capital_of:
                    # "of Harvard University's Kennedy School": of the university too
                    ctx.add(person.entity, RelType.MEMBER_OF, owner.entity, {"role": "member"}, sent,
                            "person_of_organization")
            found = True
    if not found:
        # the parser often hangs "of the X Party" / "for the UUP" elsewhere: read the words in order
        i = person.end
        owned = person.start > sent.start and ctx.doc[person.start - 1].lower_ in ("of", "in")  # "the seat of X for Y"
        if i + 1 < sent.end and ctx.doc[i].lower_ in ("of", "for") and not owned:
            i += 1 + (ctx.doc[i + 1].lower_ == "the")
            party = ctx.mention_at(i)
            if party is not None and party.start >= person.end + 1 and _party_like(ctx, party):
                ctx.add(person.entity, RelType.MEMBER_OF, party.entity, {"role": "member"}, sent,
                        "person_of_organization")


def parenthetical_affiliation(ctx: DocContext, index: int, sent: Span) -> None:
    """'Nora Lind (Green Party)', 'Nora Lind (Green Party candidate)', 'Nora Lind (former leader of
    the Green Party)': a bracket right after a name that holds only a party, a party with a title,
    or a title of an organisation."""
    person = ctx.mentions[index]
    doc = ctx.doc
    start = person.end
    tag = ctx.mention_at(start + 1) if start + 2 < sent.end and doc[start + 2].text in ("-", ")") else None
    if tag is not None and tag.start == start + 1 and tag.end == start + 2 and tag.props.get("kind") == "party" \
            and doc[start].text in ("(", ","):
        # "Sen. A (D-Ohio)", "Rep. B, R-Texas,", "C (R)": the party(-and-state) tag (the pipeline tags the letter)
        ctx.add(person.entity, RelType.MEMBER_OF, tag.entity, {"role": "member"}, sent, "parenthetical_affiliation")
        return
    if start + 2 >= sent.end or doc[start].text != "(":
        return
    close = next((k for k in range(start + 1, min(sent.end, start + 14)) if doc[k].text == ")"), None)
    if close is None:
        return
    i = start + 1
    former = doc[i].lower_ in ("former", "ex", "previous", "then")
    i += former
    first = ctx.mention_at(i + (doc[i].lower_ == "the"))
    i += doc[i].lower_ == "the" and first is not None and first.start > i
    if first is not None and first.start == i and _party_like(ctx, first):
        title = ctx.title_ending_at(close, first.end) if first.end < close else None
        if first.end != close and (title is None or title[0] != first.end):
            return
        ctx.add(person.entity, RelType.MEMBER_OF, first.entity, {"role": "former member" if former else "member"},
                sent, "parenthetical_affiliation")
        if title is not None and title[1].role in PARTY_OFFICES:
            _record_role(ctx, person, title[1], first.entity, sent, "parenthetical_affiliation", former=former)
        return
    # "(president of the X)": a title, "of", then the organisation (possibly someone's: "Y's X")
    of = next((k for k in range(i, close) if doc[k].lower_ == "of"), None)
    if of is None:
        return
    title = ctx.title_ending_at(of, i)
    if title is None or title[0] != i:
        return
    k = of + 1
    if doc[k].lower_ == "the" and (ctx.mention_at(k) is None or ctx.mention_at(k).start > k):
        k += 1
    owner = ctx.mention_at(k)
    if owner is not None and owner.type == NodeType.PERSON.value and k + 1 < close and doc[owner.end].tag_ == "POS":
        k = owner.end + 1  # "president of Howard's Liberal Party"
    org = ctx.mention_at(k)
    if org is None or org.start != k or org.end != close or org.type != NodeType.ORGANIZATION.value:
        return
    if _party_like(ctx, org):
        ctx.add(person.entity, RelType.MEMBER_OF, org.entity, {}, sent, "parenthetical_affiliation")
    _record_role(ctx, person, title[1], org.entity, sent, "parenthetical_affiliation", former=former)


def party_before_name(ctx: DocContext, index: int, sent: Span) -> None:
    """'Ontario Liberal Party Joe Dickson', 'Liberal Lyle Vanclief': a party name right before a
    person (with no title between) is that person's party."""
    person = ctx.mentions[index]
    party = ctx.ending_at(person.start - 1)
    if party is None or party.props.get("kind") != "party" or ctx.title_ending_at(person.start, sent.start) \
            or _negated_name(ctx, party):
        return
    possessive = person.end < sent.end and ctx.doc[person.end].tag_ == "POS"  # "Republican Trump's aides"
    if _modifies_a_noun(ctx, person) and not possessive:
        return  # "GOP Clinton probe", "Lib Dem Treasury spokesman": the names describe what follows
    ctx.add(person.entity, RelType.MEMBER_OF, party.entity, {"role": "member"}, sent, "party_before_name")
    _legislature_before_party(ctx, person, party, sent, "party_before_name")
    if ctx.doc[party.end - 1].tag_ in ("NNS", "NNPS"):  # "Republicans A, B and C": each of them
        for other in _people_listed_after(ctx, person, sent):
            ctx.add(other, RelType.MEMBER_OF, party.entity, {"role": "member"}, sent, "party_before_name")


def _legislature_before_party(ctx: DocContext, person: Mention, party: Mention, sent: Span, rule: str) -> None:
    """'Senate Republican Mitch McConnell', 'Maine Senate Democratic leader X': the legislature named
    before the party word is the one the person sits in."""
    body = ctx.ending_at(party.start - 1) if party.start - 1 >= sent.start else None
    if body is not None and _legislature(ctx, body, sent):
        ctx.add(person.entity, RelType.MEMBER_OF, body.entity, {"role": "member"}, sent, rule)


FOUNDED_WORDS = {"newly", "recently", "founded", "formed", "created", "new", "own", "short-lived"}


def possessive_party(ctx: DocContext, index: int, sent: Span) -> None:
    """'Shulamit Aloni's Ratz' and 'the Serbian People's Party of Nenad Popovic' (the party she or he
    leads), and 'Civic Passion's Cheng Chung-tai' (its member)."""
    person = ctx.mentions[index]
    doc = ctx.doc
    after = person.end
    if after + 1 < sent.end and doc[after].tag_ == "POS":
        # "Aloni's Ratz": the party someone leads; "Trump's fellow Republicans": his party; "Glistrup's
        # newly founded Progress Party"
        fellow = doc[after + 1].lower_ == "fellow"
        start = after + 2 if fellow else after + 1
        while start < min(sent.end, after + 4) and doc[start].is_lower and doc[start].lower_ in FOUNDED_WORDS:
            start += 1
        party = ctx.mention_at(start)
        if party is not None and party.start == start and _party_like(ctx, party) \
                and (fellow or not _modifies_a_noun(ctx, party)):  # not "Moore's Democratic opponent"
            ctx.add(person.entity, RelType.MEMBER_OF, party.entity, {"role": "member" if fellow else "leader"},
                    sent, "possessive_party")
        elif party is not None and party.start == after + 1:
            group = _group_named_before(ctx, ctx.doc[party.end]) if party.end < sent.end else None
            # "Della Vedova's Forza Europa (FE)": a name introduced with its acronym is an organisation's
            introduced = party.type == NodeType.ORGANIZATION.value and not party.lexical and not party.capital_of \
                and party.end + 2 < sent.end and doc[party.end].text == "(" and doc[party.end + 2].text == ")" \
                and looks_like_acronym(doc[party.end + 1].text)
            if group is party or introduced:  # "Barak's One Israel alliance": the group someone leads
                ctx.add(person.entity, RelType.MEMBER_OF, party.entity, {"role": "leader"}, sent, "possessive_party")
        owner = _span_head(ctx, person)
        for named in _party_named_beside(ctx, owner.head if owner.dep_ == "poss" else doc[after].head, sent):
            ctx.add(person.entity, RelType.MEMBER_OF, named.entity, {"role": "member"}, sent, "possessive_party")
    if after + 2 < sent.end and doc[after].text == "," and doc[after + 1].lower_ == "whose":
        # "Giscard d'Estaing, whose Union for French Democracy had been weakened": his party
        party = ctx.mention_at(after + 2)
        if party is not None and party.start == after + 2 and _party_like(ctx, party) \
                and not _modifies_a_noun(ctx, party):
            ctx.add(person.entity, RelType.MEMBER_OF, party.entity, {"role": "leader"}, sent, "possessive_party")
    if person.start - 2 >= sent.start and doc[person.start - 1].tag_ == "POS":
        party = ctx.ending_at(person.start - 2)
        if party is not None and _party_like(ctx, party):
            ctx.add(person.entity, RelType.MEMBER_OF, party.entity, {"role": "member"}, sent, "possessive_party")
        elif party is not None and party.type == NodeType.ORGANIZATION.value and not party.capital_of \
                and _span_head(ctx, person).dep_ != "compound" and (
                    party.lexical or party.end - party.start == 1
                    or {t.lower_ for t in doc[party.start:party.end]} & ORG_HEAD_WORDS):
            # "the Heritage Foundation's Tom Wade", "the BBC's Ann Lee": one of its people (not "the
            # Kremlin's Putin problem", where the name describes a noun; nor a name of two or three
            # plain words, which the tagger may have typed the wrong way round: "Ana Ruiz's Forza Europa")
            ctx.add(person.entity, RelType.MEMBER_OF, party.entity, {"role": "member"}, sent, "possessive_organisation")
    titled = ctx.title_ending_at(person.start, sent.start)
    start = titled[0] if titled is not None else person.start  # "the People's Party of Chancellor X"
    if start - 2 >= sent.start and doc[start - 1].lower_ == "of" and (
            person.end >= sent.end or doc[person.end].text != "'s"):  # not "the party of Popovic's rival"
        # "the Forest Party of X" (by the parse, and with its article: not "the defection to Labour of X")
        party = ctx.ending_at(start - 2)
        if party is not None and party.start <= doc[start - 1].head.i < party.end \
                and _with_article(doc, party, sent) and _named_party(ctx, party.entity):
            ctx.add(person.entity, RelType.MEMBER_OF, party.entity, {"role": "leader"}, sent, "possessive_party")


def _with_article(doc: Doc, mention: Mention, sent: Span) -> bool:
    """'the X', or 'the post-communist X': the definite article before a name, past its adjectives."""
    k = mention.start
    if doc[k].lower_ == "the":
        return True
    k -= 1
    while k >= sent.start and k >= mention.start - 5 and (doc[k].pos_ == "ADJ" or doc[k].text == "-"):
        k -= 1
    return k >= sent.start and doc[k].lower_ == "the"


def _negated_name(ctx: DocContext, mention: Mention) -> bool:
    """'non-Conservative', 'non- Conservative': the name is negated by a 'non' prefix."""
    doc, k = ctx.doc, mention.start
    return k >= 1 and (doc[k - 1].lower_ in ("non-", "non") or (
        doc[k - 1].text == "-" and k >= 2 and doc[k - 2].lower_ == "non"))


def _titles_someone_after(ctx: DocContext, party: Mention) -> bool:
    """'the Green Party candidate Lloyd Helferty': a title follows the party, then a person's name."""
    k = party.end
    if k + 1 >= len(ctx.doc):
        return False
    word = ctx.doc[k]
    titled = word.lower_ in AS_CANDIDATE_NOUNS | AS_MEMBER_NOUNS or ctx.lex.role_for(word.lemma_) is not None
    if not titled:
        return False
    # "the X leader and former magistrate B": more of the description may come before the name
    for j in range(k + 1, min(len(ctx.doc), k + 6)):
        named = ctx.mention_at(j)
        if named is not None:
            return named.type == NodeType.PERSON.value and named.start == j
        if not ctx.doc[j].is_lower or ctx.doc[j].pos_ not in ("NOUN", "ADJ", "CCONJ"):
            return False
    return False


def _modifies_a_noun(ctx: DocContext, mention: Mention) -> bool:
    """'Democratic' in 'Moore's Democratic opponent': the name describes a common noun after it."""
    last = ctx.doc[mention.end - 1]
    return last.dep_ in ("amod", "compound", "nmod") and last.head.i >= mention.end and ctx.tok2mention[last.head.i] < 0


def _party_named_beside(ctx: DocContext, noun: Token, sent: Span) -> list[Mention]:
    """'Chavez's political party, the United Socialist Party': the party named in apposition to a
    common noun 'party', by the parse or, where the parser made it a subject of its own, right after
    the comma."""
    if noun.lemma_.lower() != "party" or ctx.tok2mention[noun.i] >= 0:
        return []
    named = [ctx.mention_at(c.i) for c in noun.children if c.dep_ == "appos"]
    comma = noun.i + 1
    if comma + 2 < sent.end and ctx.doc[comma].text == ",":
        beside = ctx.mention_at(comma + 1 + (ctx.doc[comma + 1].lower_ == "the"))
        named.append(beside if beside is not None and beside.start > comma else None)
    # but "X's party, the A and the B": a list, not a name of the party
    parties = [m for m in named if m is not None and _party_like(ctx, m) and not _organisations_listed_after(ctx, m, sent)]
    return [m for i, m in enumerate(parties) if all(o.entity != m.entity for o in parties[:i])]


POLITICAL_GROUP_NOUNS = {"party", "alliance", "coalition", "movement", "bloc", "front", "faction", "group"}


def _group_named_before(ctx: DocContext, noun: Token) -> Mention | None:
    """'the One Coast alliance', 'his Renewal movement': the organisation named right before a common
    noun for a political group is that group."""
    if noun.lemma_.lower() not in POLITICAL_GROUP_NOUNS or not noun.is_lower or ctx.tok2mention[noun.i] >= 0:
        return None
    named = ctx.ending_at(noun.i - 1)
    if named is None or named.type != NodeType.ORGANIZATION.value or named.capital_of or _legislature_words(named):
        return None
    return named


def _legislature_words(mention: Mention) -> bool:
    return bool({w.lower() for w in mention.text.split()} & SEAT_WORDS)


CAMPAIGN_RUN_LEMMAS = {"run": "campaign manager", "manage": "campaign manager", "lead": "campaign manager",
                       "head": "campaign manager", "chair": "campaign chairman"}


def ran_a_campaign(ctx: DocContext, sent: Span) -> None:
    """'X, who ran Trump's presidential campaign', 'X chaired Clinton's campaign': the candidate's adviser."""
    for verb in sent:
        role = CAMPAIGN_RUN_LEMMAS.get(verb.lemma_.lower())
        if role is None or verb.pos_ != "VERB" or _has_negation([verb]) or _is_hypothetical(verb):
            continue
        subjects, passive = _subject_tokens(verb)
        # (one antecedent for "who ran ...": not the names listed beside it, "X, who ran it, and Y")
        take = resolve_argument if verb.dep_ == "relcl" else arguments
        people = [a for t in subjects for a in take(ctx, t, sent)
                  if not passive and ctx.entity_types[a] == NodeType.PERSON.value]
        owners = [a for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in ("campaign", "transition")
                  for c in o.children if c.dep_ == "poss" for a in resolve_argument(ctx, c, sent)]
        for person in people:
            for owner in owners:
                if owner != person:
                    ctx.add(person, RelType.ADVISER_TO, owner, {"role": role}, sent, "ran_a_campaign")


def colleagues_in(ctx: DocContext, sent: Span) -> None:
    """'Representative X's colleagues in the Congressional Black Caucus': X is one of its members too."""
    for noun in sent:
        if noun.lemma_.lower() != "colleague" or noun.pos_ != "NOUN":
            continue
        people = [a for c in noun.children if c.dep_ == "poss" for a in arguments(ctx, c, sent)
                  if ctx.entity_types[a] == NodeType.PERSON.value]
        bodies = [m for p in noun.children if p.dep_ == "prep" and p.lower_ in ("in", "on", "at") for o in p.children
                  for m in [ctx.mention_at(o.i)] if o.dep_ == "pobj" and m is not None
                  and m.type == NodeType.ORGANIZATION.value and not m.capital_of]
        for person in people:
            for body in bodies:
                ctx.add(person, RelType.MEMBER_OF, body.entity, {"role": "member"}, sent, "colleagues_in")


TERM_LEMMAS = {"secure", "win", "serve", "begin", "start", "complete", "finish", "earn", "gain"}


def term_in_a_body(ctx: DocContext, sent: Span) -> None:
    """'X secured a fourth term in the Senate', 'X won a second term in the Bundestag': a member of it."""
    for verb in sent:
        if verb.lemma_.lower() not in TERM_LEMMAS or verb.pos_ != "VERB" or _has_negation([verb]) \
                or _is_hypothetical(verb):
            continue
        terms = [t for t in verb.children if t.dep_ == "dobj" and t.lemma_.lower() in TERM_NOUNS]
        # (the parser hangs "in the Senate" on the term or on the verb)
        bodies = [m for h in terms + [verb] * bool(terms) for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
                  for o in p.children for m in [ctx.mention_at(o.i)]
                  if o.dep_ == "pobj" and m is not None and _legislature(ctx, m, sent)]
        if not bodies:
            continue
        subjects, passive = _subject_tokens(verb)
        for person in (a for t in subjects for a in arguments(ctx, t, sent) if not passive
                       and ctx.entity_types[a] == NodeType.PERSON.value):
            for body in bodies:
                ctx.add(person, RelType.MEMBER_OF, body.entity, {"role": "member"}, sent, "candidacy")


def defection(ctx: DocContext, sent: Span) -> None:
    """'the defection to Labour of Robert Jackson', 'Jackson's defection from the Tories to Labour': the
    one who defected joined the party 'to' names and left the one 'from' names."""
    for noun in sent:
        if noun.lemma_.lower() != "defection" or noun.pos_ != "NOUN" or _has_negation([noun]) \
                or _is_hypothetical(noun):
            continue
        people = [a for c in noun.children if c.dep_ == "poss" for a in arguments(ctx, c, sent)]
        # ("the defection to Labour of X": the parser may hang "of X" on the party)
        holders = [noun] + [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children]
        people += [a for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                   if o.dep_ == "pobj" for a in arguments(ctx, o, sent)]
        people = [a for a in dict.fromkeys(people) if ctx.entity_types[a] == NodeType.PERSON.value]
        for prep, role in (("to", "member"), ("from", "former member")):
            parties = [m.entity for p in noun.children if p.dep_ == "prep" and p.lower_ == prep for o in p.children
                       for m in [ctx.mention_at(o.i)] if o.dep_ == "pobj" and m is not None and _party_like(ctx, m)]
            for person in people:
                for party in parties:
                    ctx.add(person, RelType.MEMBER_OF, party, {"role": role}, sent, "defection")


def works_for(ctx: DocContext, sent: Span) -> None:
    """'X works at the Pentagon', 'Y taught at Harvard', 'Z served in Congress': affiliation."""
    for token in sent:
        if token.lemma_.lower() in REPORT_LEMMAS and token.pos_ == "VERB" and not _has_negation([token]):
            _reports_for(ctx, token, sent)
            continue
        if token.lemma_.lower() not in WORK_LEMMAS or token.pos_ != "VERB" or _has_negation([token]):
            continue
        subjects, passive = _subject_tokens(token)  # "Mason, who taught at Harvard": the antecedent
        people = [a for c in subjects for a in arguments(ctx, c, sent)
                  if not passive and ctx.entity_types[a] == NodeType.PERSON.value]
        if not people:
            continue
        sitting = token.lemma_.lower() == "sit"
        first = min((c.i for c in subjects), default=token.i)
        role = _role_served_as(ctx, token) or "member"
        # "served two terms in the House of Delegates": the parser may hang the place on the terms
        terms = [c for c in token.children if c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in TERM_NOUNS]
        for prep in [*token.children, *(p for t in terms for p in t.children if p.lower_ == "in")]:
            allowed = ("on", "in") if sitting else ("at", "for", "in", "with", "on")
            if prep.dep_ != "prep" or prep.lower_ not in allowed or prep.i < first:
                continue  # "Educated at Eton, he served in the Guards": Eton is no employer
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                org = ctx.mention_at(obj.i)
                if org is not None and org.type == NodeType.ORGANIZATION.value and not (
                        prep.lower_ == "with" and org.props.get("kind") in ("government", "party")):
                    # (but "is working with the White House to fix it", "to work with Democrats" is cooperation)
                    # "taught at Harvard University and the National War College": each of a list
                    listed = [org.entity] + [m.entity for c in _conjuncts(obj)[1:] for m in [ctx.mention_at(c.i)]
                                             if m is not None and m.type == NodeType.ORGANIZATION.value]
                    listed += _organisations_listed_after(ctx, org, sent)
                    for entity in dict.fromkeys(listed):
                        for person in people:
                            ctx.add(person, RelType.MEMBER_OF, entity, {"role": role}, sent, "works_for")
                elif org is None and obj.lemma_.lower() in BOARD_WORDS and prep.lower_ == "on":
                    for board in _board_organisations(ctx, obj):  # "served on the boards of X and Y"
                        for person in people:
                            ctx.add(person, RelType.MEMBER_OF, board, {"role": "board member"}, sent, "works_for")


def advises(ctx: DocContext, sent: Span) -> None:
    """'X has advised the World Bank, the Kettering Foundation and ...': an adviser to each body
    (only organisations and states: 'advised Comey to drop it' recommends, and 'advised citizens to
    leave' warns)."""
    for verb in sent:
        if verb.lemma_.lower() != "advise" or verb.pos_ != "VERB" or _is_hypothetical(verb) \
                or any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
            continue
        subjects, passive = _subject_tokens(verb)
        people = [a for c in subjects for a in arguments(ctx, c, sent) if ctx.entity_types[a] == NodeType.PERSON.value]
        if passive or not people:
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not objects:  # "has advised, among others, the X" with the list cut off the verb: after "others"
            objects = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "among"
                       for o in p.children if o.dep_ == "pobj" and o.lower_ == "others"]
        for obj in objects:
            first = ctx.mention_at(obj.i) if obj.dep_ == "dobj" else None
            named = [first] if first is not None else []
            if first is None:  # "advised, among others, the U.S. Departments ...": the list's first name
                k = obj.i + 1
                while k < sent.end and ctx.doc[k].lower_ in (",", "the"):
                    k += 1
                named = [m for m in [ctx.mention_at(k)] if m is not None and (
                    m.start == k or m.start == k - 1 and ctx.doc[m.start].lower_ == "the")]  # (its article in it)
            bodies = [m.entity for m in named if m.type in (NodeType.ORGANIZATION.value, NodeType.COUNTRY.value)]
            for m in named[:1]:
                if m.type == NodeType.ORGANIZATION.value:
                    bodies += _organisations_listed_after(ctx, m, sent)
            for body in dict.fromkeys(bodies):
                for person in people:
                    ctx.add(person, RelType.ADVISER_TO, body, {"role": "adviser"}, sent, "advises")


def _role_served_as(ctx: DocContext, verb: Token) -> str:
    """'served in the Senate as senior counsel to X': the title of the 'as' phrase ('' if none), so
    that a staffer is not recorded as a member of the chamber."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            for noun in (o for o in prep.children if o.dep_ == "pobj"):
                found = ctx.title_ending_at(noun.i + 1, noun.left_edge.i)
                if found is not None:
                    return found[1].role
    return ""


REPORT_LEMMAS = {"cover", "report", "write"}
PRESS_PIECES = {"column", "op-ed", "editorial", "article", "piece", "blog", "commentary", "feature", "review"}


def _reports_for(ctx: DocContext, verb: Token, sent: Span) -> None:
    """'A covers the White House for the Ledger', 'B has reported from Kabul for the AP', 'C writes
    for the Tribune': a journalist of that news organisation."""
    subjects, passive = _subject_tokens(verb)
    people = [a for c in subjects for a in arguments(ctx, c, sent)
              if not passive and ctx.entity_types[a] == NodeType.PERSON.value]
    written = [c for c in verb.children if c.dep_ == "dobj"] if verb.lemma_.lower() == "write" else []
    columns = [c for c in written if c.lemma_.lower() in PRESS_PIECES]
    if not people or len(columns) < len(written) or _is_hypothetical(verb):
        return  # "wrote a letter for the committee" is no job there (but "wrote a column for the Tribune" is)
    preps = list(verb.children)
    if verb.lemma_.lower() == "cover" or columns:  # "covers the White House for the AP", "a column for the Y":
        preps += [c for o in verb.children if o.dep_ == "dobj" for c in o.children]  # "for" hung on the object
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for obj in prep.children:
            org = ctx.mention_at(obj.i) if obj.dep_ == "pobj" else None
            if org is not None and org.type == NodeType.ORGANIZATION.value \
                    and org.props.get("kind", "other") in ("media", "other"):
                for person in people:
                    role = "columnist" if columns else "reporter"
                    ctx.add(person, RelType.MEMBER_OF, org.entity, {"role": role}, sent, "reports_for")


def _organisations_listed_after(ctx: DocContext, first: Mention, sent: Span) -> list[int]:
    """'X, the Y, Z and the W': the organisations listed in a row after `first` (the parser often
    breaks long lists of names), stopping at anything that is not a comma, 'and' or 'the'."""
    out: list[int] = []
    k = first.end
    while k < sent.end:
        if ctx.doc[k].lower_ in (",", "and", "the"):
            k += 1
            continue
        if ctx.doc[k].lower_ in ("in", "from") and k + 1 < sent.end and ctx.doc[k + 1].like_num:
            k += 2  # "the A in 1836, the B in 1870 and in 1873 the C": the years each was founded
            continue
        if ctx.doc[k].lower_ in ("of", "in", "at") and out is not None:
            # "the Girl Scouts of the USA, Independent Sector": a place that qualifies the last name
            j = k + 1 + (k + 1 < sent.end and ctx.doc[k + 1].lower_ == "the")
            place = ctx.mention_at(j) if j < sent.end else None
            if place is None or place.start != j or place.type not in (NodeType.COUNTRY.value,
                                                                       NodeType.LOCATION.value):
                break
            k = place.end
            continue
        if ctx.doc[k].text == "(":  # "the A (its name in another language, 1970-1971), the B"
            close = next((j for j in range(k + 1, min(sent.end, k + 12)) if ctx.doc[j].text == ")"), None)
            if close is None:
                break
            k = close + 1
            continue
        mention = ctx.mention_at(k)
        if mention is None or mention.type != NodeType.ORGANIZATION.value or not any(
                ctx.doc[j].lower_ in (",", "and") for j in range(first.end, k)):
            break
        out.append(mention.entity)
        k = mention.end
        first = mention
    return out


def _board_organisations(ctx: DocContext, board: Token) -> list[int]:
    """The organisations whose board a 'board' noun is: 'the board of directors of X', 'the boards of X, Y'."""
    out: list[int] = []
    stack = [board]
    while stack:
        noun = stack.pop()
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                for conj in _conjuncts(obj):
                    org = ctx.mention_at(conj.i)
                    if org is not None and org.type == NodeType.ORGANIZATION.value:
                        for entity in [org.entity, *_organisations_listed_after(ctx, org, board.sent)]:
                            if entity not in out:
                                out.append(entity)
                    elif org is None and (conj.lemma_.lower() in BOARD_WORDS or conj.lower_ in BOARD_WORDS):
                        stack.append(conj)  # "the board of directors of X"
    return out


def _foreign_body(ctx: DocContext, body: Mention, sent: Span) -> bool:
    """A lexicon body read from a bare name ('the Senate' is the US Senate) in a sentence that names
    other countries but not its own: likely another country's body of the same name."""
    country = body.props.get("country", "")
    if not body.lexical or not country:
        return False
    named = {m.props.get("iso3") or m.capital_of for m in ctx.mentions if sent.start <= m.start < sent.end
             and (m.type == NodeType.COUNTRY.value or m.capital_of)}
    named.discard("")
    return bool(named) and country not in named


def _named_between(ctx: DocContext, entity: int, start: int, end: int) -> bool:
    """Whether the entity is named in tokens start..end-1. A subject borrowed from a relative
    clause's antecedent is the name before the clause, not one listed after it ('Moore, who is
    running for the Senate, and Conyers': Moore)."""
    return any(m.entity == entity and start <= m.start < end for m in ctx.mentions)


def _legislature(ctx: DocContext, body: Mention, sent: Span) -> bool:
    """An elected body named in full ('the Legislative Assembly of Ontario', 'Toronto City Council',
    'the Canadian House of Commons'), not a party and not another country's body of the same name."""
    words = {w.lower() for w in body.text.split()}
    return body.type == NodeType.ORGANIZATION.value and bool(words & LEGISLATURE_WORDS) \
        and not _party_like(ctx, body) and not _foreign_body(ctx, body, sent)


def elected_to(ctx: DocContext, sent: Span) -> None:
    """'X was (re-)elected to the Provincial Assembly', 'Y was appointed to the Senate': a member of it."""
    doc = ctx.doc
    for token in sent:
        if token.lemma_.lower() not in SEAT_LEMMAS or token.pos_ != "VERB" or _has_negation([token]):
            continue
        verb = token
        if token.i - 2 >= sent.start and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "re":
            verb = doc[token.i - 2] if token.head.i == token.i - 2 else token  # "re - elected": the parser splits it
        subjects, passive = _subject_tokens(verb)
        if not passive and not any(c.dep_ == "auxpass" for c in verb.children) and not _fronted_participle(verb):
            # "the Prime Minister appointed Y to the Senate": the object is the member
            subjects = [c for c in token.children if c.dep_ == "dobj"]
        people = [a for c in subjects for a in arguments(ctx, c, sent) if ctx.entity_types[a] == NodeType.PERSON.value]
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ != "to":
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                bodies: list[Mention] = []
                for conj in _conjuncts(obj):
                    body = ctx.mention_at(conj.i)
                    if body is not None and body not in bodies:
                        bodies.append(body)
                        bodies += [m for m in ctx.mentions if m.entity in _organisations_listed_after(ctx, body, sent)
                                   and m.start > body.start and m not in bodies]
                for body in bodies:
                    if body.type != NodeType.ORGANIZATION.value or _foreign_body(ctx, body, sent):
                        continue
                    for person in people:
                        ctx.add(person, RelType.MEMBER_OF, body.entity, {"role": "member"}, sent, "elected_to")
                # "elected to the Storting for the Conservative Party": the parser hangs the party on the body
                parties = [m for f in obj.children if f.dep_ == "prep" and f.lower_ == "for"
                           for o in f.children if o.dep_ == "pobj" for m in [ctx.mention_at(o.i)]
                           if m is not None and _party_like(ctx, m)]
                for party in dict.fromkeys(m.entity for m in parties if bodies):
                    for person in people:
                        ctx.add(person, RelType.MEMBER_OF, party, {"role": "member"}, sent, "elected_to")


APPOINT_LEMMAS = {"name", "appoint", "elect", "make", "choose", "pick", "promote"}


def appointed_title(ctx: DocContext, sent: Span) -> None:
    """'The chain named A publisher of the X', 'B has been appointed chairman of the Y', 'C was
    elected to be president of the Z': the title an appointment gives, with its organisation."""
    for verb in sent:
        if verb.lemma_.lower() not in APPOINT_LEMMAS or verb.pos_ != "VERB" or _is_hypothetical(verb) \
                or any(c.dep_ == "aux" and c.lemma_.lower() in FUTURE_AUX for c in verb.children):
            continue
        pairs: list[tuple[Mention, Token]] = []
        subjects, passive = _subject_tokens(verb)
        passive = passive or any(c.dep_ == "auxpass" for c in verb.children)
        titles = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp")]
        # (a capitalised title the NER tagged a name is still a title when no mention was kept there:
        # "was elected Chairperson of the Y")
        titles = [a for t in titles for a in ([t] if t.pos_ == "NOUN" or t.tag_ == "NNP" and ctx.tok2mention[t.i] < 0 else
                                             [c for c in t.children if c.dep_ == "attr" and c.lemma_ == "be"] +
                                             [c for c in t.children if c.dep_ == "attr" and t.lemma_ == "be"])]
        if passive:
            people = [ctx.mention_at(c.i) if c.pos_ != "PRON" else _pronoun_standing(ctx, c, sent) for c in subjects]
            # "X was appointed Minister of Finance of Belgium": read as a description of X (portfolios, places)
            for person in (p for p in people if p is not None and p.type == NodeType.PERSON.value):
                _record_descriptions(ctx, person, [t for t in titles if t.i > person.end], sent)
        else:
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                named = ctx.ending_at(obj.i - 1)
                if obj.pos_ == "NOUN" and ctx.tok2mention[obj.i] < 0 and named is not None \
                        and named.type == NodeType.PERSON.value:
                    pairs.append((named, obj))  # "named A publisher of X": the parser makes A a compound
                elif ctx.mention_at(obj.i) is not None and ctx.mention_at(obj.i).type == NodeType.PERSON.value:
                    # "named A publisher of X"; "the Y Union elected A as (its) general secretary"
                    pairs += [(ctx.mention_at(obj.i), t) for t in titles + [
                        o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
                        for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]]
        choosers = [m for c in subjects for m in [ctx.mention_at(c.i)] if not passive and m is not None
                    and m.type == NodeType.ORGANIZATION.value and not m.capital_of]
        for person, noun in pairs:
            if noun.i < person.end or ctx.tok2mention[noun.i] >= 0:
                continue
            found = ctx.title_ending_at(noun.i + 1, max(person.end, noun.left_edge.i, sent.start))
            if found is None or found[1].relation == RelType.RELATIVE_OF.value or found[1].role in CANDIDATE_ROLES:
                continue  # (a party's pick as its candidate is read by the nomination rule)
            target = _apposition_target(ctx, noun, found[0], sent, found[1])
            if target < 0 and len(choosers) == 1 and found[1].relation != RelType.MEMBER_OF.value:
                target = choosers[0].entity  # "the Y Union elected A as general secretary": the Y Union's
            # "was appointed Finance Minister of Peru": a country too, when the title says so with "of"
            of_country = target >= 0 and ctx.entity_types[target] == NodeType.COUNTRY.value and any(
                p.dep_ == "prep" and p.lower_ == "of" and any(ctx.mention_at(o.i) is not None and ctx.mention_at(
                    o.i).entity == target for o in p.children) for p in noun.children)
            if target >= 0 and (ctx.entity_types[target] == NodeType.ORGANIZATION.value or of_country):
                _record_role(ctx, person, found[1], target, sent, "appointed_title")


# "ran for the Green Party", "campaigned for Labour", "stood for the NDP": a candidate of that party.
CANDIDACY_LEMMAS = {"run", "campaign", "stand"}
CONTEST_LEMMAS = {"contest"}
SERVE_LEMMAS = {"serve"}  # "served in the Chamber of Deputies for the Y Party"
SAT_LEMMAS = {"sit"}  # "sat in the Senate for the Forest Party": a member of that party
# "joined the Green Party", "defected to the Liberals", "left the party".
JOIN_LEMMAS = {"join", "rejoin"}
ENTER_LEMMAS = {"enter"}  # a legislature only: "X entered the Bundestag in 1994" (not "entered Syria")
BELONG_LEMMAS = {"belong"}
SWITCH_LEMMAS = {"defect", "switch", "cross"}
LEAVE_LEMMAS = {"leave", "quit"}
RETURN_LEMMAS = {"return"}
ALLEGIANCE_NOUNS = {"allegiance", "loyalty", "affiliation", "side"}
PARTY_GROUP_NOUNS = {"group", "caucus", "benches", "faction", "bloc"}  # "the Y Party group in parliament"
RESIGN_LEMMAS = {"resign"}  # "resigned from the Liberal Party" (not "resigned from the cabinet": no party)
# the other end of a move: "defected from the X to the Y" (a former member of X), "left the X for the Y" (of Y)
MOVE_PREPS = {**{lemma: {"from": "former member"} for lemma in SWITCH_LEMMAS},
              **{lemma: {"for": "member"} for lemma in LEAVE_LEMMAS}}
REPRESENT_LEMMAS = {"represent"}
# Verbs with an object whose infinitive is still the subject's ("promised Y to ...", "defeated Y to win the seat")
SUBJECT_CONTROL = {"promise", "defeat", "beat", "oust", "unseat", "edge", "overtake", "outpoll",
                   "cross", "leave", "quit", "split"}  # "crossed the floor (left the Liberals) to join the X"
ELECTION_LEMMAS = {"elect", "reelect", "re-elect"}
PARTY_PICK_LEMMAS = {"nominate", "select", "choose", "pick", "field"}  # "the SPD nominated X for chancellor"
NOMINATION_LEMMAS = {"seek", "secure", "receive", "accept", "clinch", "capture", "earn"} | {"win", "gain"} \
    | {"lose", "contest"}  # "lost the Republican nomination to Ford": a candidate for it all the same
CONTEST_NOUNS = {"nomination", "primary"}  # a party's own contest: its candidates are its members
BEAT_LEMMAS = {"defeat", "beat"}
LEADERSHIP_CONTEST_NOUNS = {"contest", "election", "race", "ballot"}  # a party's own contest, like its primary
FEATURE_LEMMAS = {"feature", "include", "pit"}  # "the Democratic primary featured A, B and C"
PRIMARY_FIELD_NOUNS = {"campaign", "field", "race", "contest", "ballot"}
PRIMARY_LEMMAS = {"defeat", "beat", "run", "compete", "finish", "place", "come"}
SEAT_WIN_LEMMAS = {"win", "hold", "retain", "gain", "capture"}
SEAT_LOSS_LEMMAS = {"resign", "lose", "give", "vacate", "relinquish", "surrender", "forfeit", "leave", "quit"}
SEAT_NOUNS = {"seat", "riding", "constituency", "electorate", "district", "division", "ward"}
# passive verbs whose subject is (or was) a member of the party named after the preposition
PASSIVE_PARTY_LEMMAS = {"expel": ({"from"}, False, "former member"), "elect": ({"for"}, False, "member"),
                        "nominate": ({"by"}, False, "candidate"), "select": ({"by"}, False, "candidate")}
DEPART_LEMMAS = LEAVE_LEMMAS | {"depart", "exit", "flee"}  # "departed the White House for the trip"
# Bodies one runs *for* as a seat, not as a member: "ran for the Senate", "ran for city council".
SEAT_WORDS = {"house", "assembly", "council", "commons", "senate", "parliament", "legislature", "congress",
              "court", "board", "office", "presidency", "mayor", "mayoralty", "seat", "chamber", "diet", "duma",
              "bundestag", "sejm", "knesset", "dail", "dáil", "cortes", "legislative"}
LEGISLATURE_WORDS = {"house", "assembly", "council", "commons", "senate", "parliament", "legislature", "congress",
                     "deputies"} | PARLIAMENT_NAMES
PARTY_NAME_WORDS = {"party", "parti", "partido", "partei", "partij", "partito", "democrats", "socialists",
                    "greens", "labour", "labor", "liberals", "conservatives", "republicans", "unionists",
                    "nationalists", "alliance", "front", "movement", "bloc", "coalition", "league", "union",
                    "federation", "list", "congress"}


PEOPLE_QUANTIFIERS = {"other", "several", "many", "some", "fellow", "various", "few", "numerous"}


def _led_groups(ctx: DocContext, governor: Token, sent: Span) -> list[int]:
    """The party a clause is about: its subject ('the party won under X'), or the owner of a noun
    ('the Democrats' popularity under X')."""
    for _ in range(3):  # "was in government from the 1997 election to the 2011 election under X": up the chain
        if governor.pos_ not in ("NOUN", "PROPN"):
            break
        named = ctx.mention_at(governor.i)
        if named is not None and named.props.get("kind") == "party":
            return [named.entity]  # "the Forest Party, under the leadership of X, won": the party itself
        owners = [a for c in governor.children if c.dep_ == "poss" for a in arguments(ctx, c, sent)]
        if owners or governor.dep_ not in ("attr", "dobj", "pobj"):
            return owners
        governor = governor.head
        while governor.pos_ == "ADP" and governor.head.i != governor.i:  # "from ... to ...": both prepositions
            governor = governor.head
    if governor.pos_ in ("NOUN", "PROPN"):
        return []
    subjects, passive = _subject_tokens(governor)
    if passive and governor.lemma_.lower() not in FOUNDING_LEMMAS:
        return []  # but "the party was founded under X" is about the party
    return [a for t in subjects for a in arguments(ctx, t, sent)]


FOUNDING_LEMMAS = {"found", "form", "establish", "create", "launch", "refound", "reform", "rebuild"}


def _party_of_title(ctx: DocContext, noun: Token) -> int:
    """The party of a party office a noun names ('deputy leader of the Labour Party'); -1 for any other noun."""
    if noun.pos_ != "NOUN" or ctx.tok2mention[noun.i] >= 0:
        return -1
    found = ctx.title_ending_at(noun.i + 1, max(noun.sent.start, noun.left_edge.i))
    if found is None or found[1].role not in PARTY_OFFICES:
        return -1
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                party = ctx.mention_at(obj.i) if obj.dep_ == "pobj" else None
                if party is not None and _party_like(ctx, party):
                    return party.entity
    return -1


RULE_NOUNS = {"rule", "government", "regime", "administration", "leadership", "dominance", "hegemony"}


def under_leadership(ctx: DocContext, sent: Span) -> None:
    """'the Coastal Party was in government under A and B', 'Under A, the party won ten seats',
    'won ten seats under the leadership of A': A led the party (only parties: 'under Obama, the
    economy grew' says nothing of an office)."""
    for prep in sent:
        if prep.lower_ != "under" or prep.dep_ != "prep":
            continue
        before = ctx.doc[prep.i - 1]
        named = [c for c in before.children if c.dep_ in ("compound", "amod", "nmod")]
        if before.lemma_.lower() in RULE_NOUNS and ctx.tok2mention[before.i] < 0 and prep.head.i != before.i \
                and named and not any((m := ctx.mention_at(c.i)) is not None and _party_like(ctx, m) for c in named):
            continue  # "ended 36 years of Social Credit rule under Premier X": X led that rule, whatever the parse
        people: list[int] = []
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.lemma_.lower() in CONTESTED_OFFICES and ctx.tok2mention[obj.i] < 0:
                obj = next((o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                            for o in p.children if o.dep_ == "pobj"), None) or next(
                    (c for c in obj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)  # "under X's leadership"
                if obj is None:
                    continue
            people += [a for a in arguments(ctx, obj, sent) if ctx.entity_types[a] == NodeType.PERSON.value]
            first = ctx.mention_at(obj.i)  # "under the leadership of A, B and C": the list in word order
            if first is not None and first.type == NodeType.PERSON.value:
                people += [p for p in _people_listed_after(ctx, first, sent) if p not in people]
        if not people:
            continue
        groups = _led_groups(ctx, prep.head, sent)
        parties = [g for g in groups if any(m.entity == g and _party_like(ctx, m) for m in ctx.mentions)]
        titled = _party_of_title(ctx, prep.head)
        if titled >= 0:  # "deputy leader of the Labour Party under X": X led that party
            for person in people:
                ctx.add(person, RelType.HOLDS_ROLE, titled, {"role": "leader"}, sent, "under_leadership")
                ctx.add(person, RelType.MEMBER_OF, titled, {"role": "leader"}, sent, "under_leadership")
            continue
        # "the party won under X" (X led it) / "Labour's success under X" (X was of the party, perhaps
        # its minister rather than its leader)
        led = prep.head.pos_ not in ("NOUN", "PROPN")
        if len(parties) > 1 and led:
            continue  # "A and B formed a government under Prime Minister X": X led one of them at most
        own = ctx.mention_at(prep.head.i)
        # ("the Y Party, under the leadership of X, won": the aside's comma between them)
        aside = prep.i - 1 if ctx.doc[prep.i - 1].text == "," else prep.i
        if own is None or own.end not in (prep.i, aside):
            own = ctx.ending_at(prep.i - 1)  # "its defeat by the Y Party under X": the party just before, however parsed
        if own is not None and own.end in (prep.i, aside) and (own.props.get("kind") == "party" or (
                not own.lexical and {w.lower() for w in own.text.split()} & PARTY_NAME_WORDS)):
            parties, led = [own.entity], True  # "the Liberal Party under X won ten seats": X led it
        for person in people:
            for party in parties:
                if led:
                    ctx.add(person, RelType.HOLDS_ROLE, party, {"role": "leader"}, sent, "under_leadership")
                ctx.add(person, RelType.MEMBER_OF, party, {"role": "leader" if led else "member"}, sent,
                        "under_leadership")


# "ran as the Green candidate", "was re-elected as a member of the Labour Party": the capacity a
# person acted in. Candidates stand for parties; members sit in any body.
AS_CANDIDATE_NOUNS = {"candidate", "nominee", "standard-bearer"}
AS_MEMBER_NOUNS = {"member", "mp", "mla", "mpp", "td", "msp", "mep", "mna", "mha", "mk", "dála", "dala", "deputy",
                   "councillor", "councilor", "representative", "legislator", "senator", "delegate"}


GOVERNMENT_NOUNS = {"government", "administration", "cabinet", "ministry"}


def party_government(ctx: DocContext, sent: Span) -> None:
    """'the Progressive Conservative government of John Diefenbaker': the head of a party's government
    is in the party ('the Labour government, led by X' is the leadership rule's)."""
    for noun in sent:
        if noun.lemma_.lower() not in GOVERNMENT_NOUNS or noun.pos_ != "NOUN" or ctx.tok2mention[noun.i] >= 0:
            continue
        parties = [m for c in noun.children if c.dep_ in ("compound", "nmod", "amod", "poss") and c.i < noun.i
                   for m in [ctx.mention_at(c.i)] if m is not None and _party_like(ctx, m)]
        if len({m.entity for m in parties}) != 1:
            continue
        heads = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj"]
        for person in [a for h in heads for a in arguments(ctx, h, sent) if ctx.entity_types[a] == NodeType.PERSON.value]:
            ctx.add(person, RelType.MEMBER_OF, parties[0].entity, {"role": "member"}, sent, "party_government")


def _opens_reported_clause(verb: Token, prep: Token) -> bool:
    """'Ann Lee said as home secretary he gave ...': the 'as' phrase the parser hangs on the verb of
    saying opens the reported clause after it, whose subject holds the title."""
    return prep.i > verb.i and any(c.dep_ == "ccomp" and c.i > prep.i and any(
        s.dep_ in ("nsubj", "nsubjpass") and s.i > prep.i for s in c.children) for c in verb.children)


def capacity_as(ctx: DocContext, sent: Span) -> None:
    """'X campaigned ... as a Progressive Party candidate', 'X ran as the candidate of the Y Party',
    'X was re-elected as a member of the Z Party': the subject of the verb the 'as' phrase hangs on
    is a candidate or member of the party (a member also of a legislature or other body)."""
    for noun in sent:
        lemma = noun.lemma_.lower()
        if lemma not in AS_CANDIDATE_NOUNS | AS_MEMBER_NOUNS:
            continue
        if noun.dep_ == "pobj" and noun.head.lower_ == "as":
            verb = noun.head.head
        elif noun.dep_ in ("attr", "oprd") and noun.head.lemma_.lower() in ("be", "become", "remain"):
            verb = noun.head  # "X was the Green candidate", "becoming an NDP member"
        else:
            continue
        for _ in range(4):  # "ran in the 1981 and 1985 elections as a ... candidate": up to the verb
            if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in ("pobj", "prep", "conj", "dobj", "npadvmod"):
                break
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or _has_negation([verb]) or (verb.lemma_.lower() == "become" and any(
                c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)):
            continue  # "nominated X to become a member of the board": not yet
        candidate = lemma in AS_CANDIDATE_NOUNS
        bodies = [ctx.mention_at(c.i) for c in noun.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
        if not candidate or not any(b is not None for b in bodies):
            # "the candidate of the Y Party", "the candidate in Westford for the Y Party" (on the riding)
            holders = [noun] + [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "in"
                                for o in p.children if o.dep_ == "pobj"]
            bodies += [ctx.mention_at(o.i) for h in holders for p in h.children
                       if p.dep_ == "prep" and (p.lower_ == "for" and candidate or p.lower_ == "of" and h.i == noun.i)
                       for q in _conjuncts(p) for o in q.children if o.dep_ == "pobj"]
        bodies = [b for b in bodies if b is not None and not _negated_name(ctx, b) and (
                  _party_like(ctx, b) or not candidate and b.type == NodeType.ORGANIZATION.value and not b.capital_of)]
        if not bodies:
            continue
        subjects, _ = _subject_tokens(verb)
        people = [a for t in subjects for a in arguments(ctx, t, sent) if ctx.entity_types[a] == NodeType.PERSON.value]
        former = "former " if any(c.dep_ == "amod" and c.lower_ in FORMER_WORDS for c in noun.children) else ""
        for person in people:
            for body in dict.fromkeys(b.entity for b in bodies):
                ctx.add(person, RelType.MEMBER_OF, body, {"role": former + ("candidate" if candidate else "member")},
                        sent, "capacity_as")  # ("X is a former member of Y")


TICKET_NOUNS = {"ticket", "line", "list", "platform", "slate"}


def party_ticket(ctx: DocContext, sent: Span) -> None:
    """'X ran on the Coastal Party ticket', 'X was Y's running mate on the Coastal Party's ticket':
    the candidates on a party's ticket are its members."""
    for ticket in sent:
        headed = ticket.dep_ == "dobj" and ticket.head.lemma_.lower() in ("head", "top", "lead")  # "topped the Y list"
        if ticket.lemma_.lower() not in TICKET_NOUNS or not headed and (
                ticket.dep_ != "pobj" or ticket.head.lower_ != "on"):
            continue  # "on the Y ticket", "on the Y Party line" (New York), "elected on the Y list"
        parties = []
        for child in [c for c in ticket.children] + [d for c in ticket.children if c.dep_ in ("compound", "amod")
                                                     for d in c.children if d.dep_ in ("conj", "compound", "amod")] \
                + [o for p in ticket.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]:
            # ("elected on the platform (list) of the Y Party")
            mention = ctx.mention_at(child.i) if child.dep_ in ("poss", "compound", "amod", "nmod", "conj", "pobj") \
                else None
            if mention is not None and _party_like(ctx, mention) and mention.entity not in parties:
                parties.append(mention.entity)
        if not parties:
            continue
        governor = ticket.head if headed else ticket.head.head
        # "won over challengers A on the Y line and B on the Z line": each line is the name's just before it
        named = [m for t in governor.subtree if t.i < ticket.head.i for m in [ctx.mention_at(t.i)]
                 if m is not None and m.type == NodeType.PERSON.value] if governor.dep_ == "pobj" and not headed else []
        if named:
            for party in parties:
                ctx.add(named[-1].entity, RelType.MEMBER_OF, party, {"role": "candidate"}, sent, "party_ticket")
            continue
        if governor.dep_ == "pobj" and governor.head.dep_ == "prep" and governor.head.head.pos_ == "VERB":
            governor = governor.head.head  # "was elected to the Bundestag on the Y list"
        if governor.dep_ == "oprd" and governor.head.pos_ == "VERB":  # "was elected governor on the ticket"
            governor = governor.head
        people: list[int] = []
        if governor.pos_ in ("VERB", "AUX"):
            subjects, passive = _subject_tokens(governor)
            elected = governor.lemma_.lower() in ELECTION_LEMMAS  # "X was elected on the Y ticket"
            people = [] if passive and not elected else [a for t in subjects for a in arguments(ctx, t, sent)]
        elif governor.pos_ == "NOUN":  # "Y's running mate on the ticket": Y and the mate
            people = [a for c in governor.children if c.dep_ == "poss" for a in arguments(ctx, c, sent)]
            if governor.dep_ == "attr":
                people += [a for t in _subject_tokens(governor.head)[0] for a in arguments(ctx, t, sent)]
            elif governor.dep_ == "appos" and ctx.mention_at(governor.head.i) is not None:
                people += arguments(ctx, governor.head, sent)
        for person in dict.fromkeys(people):
            if ctx.entity_types[person] != NodeType.PERSON.value:
                continue
            for party in parties:
                ctx.add(person, RelType.MEMBER_OF, party, {"role": "candidate"}, sent, "party_ticket")


def _people_listed_before(ctx: DocContext, i: int, sent: Span) -> list[int]:
    """The people of the list that ends just before token i ('A, B and C, all of whom ...')."""
    people: list[int] = []
    k = i - 1
    while k >= sent.start:
        if ctx.doc[k].text in (",", "and"):
            k -= 1
            continue
        mention = ctx.ending_at(k)
        if mention is None or mention.type != NodeType.PERSON.value:
            break
        people.insert(0, mention.entity)
        k = mention.start - 1
    return people


def _modifier_word(ctx: DocContext, mention: Mention) -> bool:
    """'Breton exiles', 'Manx language': a one-word 'name' that modifies a common noun is an adjective."""
    token = ctx.doc[mention.start]
    return mention.end - mention.start == 1 and token.dep_ in ("amod", "compound") and \
        token.head.pos_ == "NOUN" and token.head.is_lower


def members_listed(ctx: DocContext, sent: Span) -> None:
    """'Members of the League have been A, B and C', 'A, B and C, all of whom were members of the
    X Party', 'Among the members of X were A and B', 'the X, whose members included A and B', and
    the same with another plural title ('Leaders of the X have included A and B', 'The X's founders
    were A and B', 'Presidents of Finland have included A'): every listed person holds it."""
    for noun in sent:
        if noun.tag_ not in ("NNS", "NN") and noun.lower_ != "those" or ctx.tok2mention[noun.i] >= 0:
            continue
        _one_of_the_partys(ctx, noun, sent)
        if noun.tag_ != "NNS":
            continue
        member = noun.lemma_.lower() == "member"
        role = None if member else ctx.lex.role_for(noun.lemma_)
        if not member and (role is None or role.relation not in (RelType.HOLDS_ROLE.value, RelType.MEMBER_OF.value)
                           or role.role in PARTISAN_ROLES | CANDIDATE_ROLES):
            continue
        kinds = (NodeType.ORGANIZATION.value,) if member or role.relation == RelType.MEMBER_OF.value else (
            NodeType.ORGANIZATION.value, NodeType.COUNTRY.value)
        owners = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"]
        owners += [c for c in noun.children if c.dep_ == "poss" and c.lower_ not in ("whose", "its", "their")]
        groups = [a for o in owners for a in arguments(ctx, o, sent) if ctx.entity_types[a] in kinds]
        whose = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
        if whose is not None and noun.head.dep_ == "relcl":  # "the X, whose members included A and B"
            owner = ctx.mention_at(noun.head.head.i)
            groups += [owner.entity] if owner is not None and owner.type in kinds else []
        if not groups:
            continue
        verb = noun.head
        people: list[int] = []
        subject = noun.dep_ == "nsubj"
        if noun.dep_ == "pobj" and verb.lower_ == "of" and verb.head.dep_ == "nsubj":
            subject, verb = True, verb.head.head  # "some of the members of X have been ..."
        elif noun.dep_ == "pobj" and verb.lower_ == "among" and verb.i < verb.head.i:
            subject, verb = True, verb.head  # "Among the members of X were A and B"
        if subject and verb.lemma_ in ("be", "include"):
            # everyone named after the verb, up to the end of the clause
            end = next((t.i for t in sent if t.i > verb.i and t.text in (";", ":")), sent.end)
            if whose is not None:  # (the relative clause ends at its comma)
                end = min(end, max(t.i for t in verb.subtree) + 1)
            people = [m.entity for m in ctx.mentions if m.type == NodeType.PERSON.value and verb.i < m.start < end
                      and not (m.end < len(ctx.doc) and ctx.doc[m.end].tag_ == "POS") and not _modifier_word(ctx, m)]
        elif member and noun.dep_ == "attr" and verb.lemma_ == "be":
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ in ("all", "both", "each", "who") and subject.i > sent.start:
                start = subject.i
                while start - 1 >= sent.start and ctx.doc[start - 1].text == ",":
                    start -= 1
                people = _people_listed_before(ctx, start, sent)
        for person in dict.fromkeys(people):
            for group in groups:
                if member:
                    ctx.add(person, RelType.MEMBER_OF, group, {"role": "member"}, sent, "members_listed")
                    continue
                ctx.add(person, _role_relation(role), group, {"role": role.role}, sent, "members_listed")
                if _is_party(ctx, group):
                    ctx.add(person, RelType.MEMBER_OF, group, {"role": role.role}, sent, "members_listed")


OWN_PEOPLE_PLURALS = {"leader", "member", "official", "representative", "officer", "delegate"}
# what the people a party's plural names may be without being of it ("one of Labour's fiercest critics")
OUTSIDER_PLURALS = {"critic", "opponent", "enemy", "rival", "target", "victim", "donor", "supporter", "voter",
                    "backer", "ally", "adversary", "foe", "detractor", "challenger", "sympathiser", "sympathizer"}


def _one_of_the_partys(ctx: DocContext, noun: Token, sent: Span) -> None:
    """'Genscher was one of the FDP's driving forces', 'X remained one of Labour's best-known faces',
    'X was one of those in the Y Party who ...': one of a party's own people is its member, whatever the
    plural."""
    owner = next((ctx.mention_at(c.i) for c in noun.children if c.dep_ == "poss"), None)
    if owner is None and (noun.lemma_.lower() in PARTISAN_PLURALS or noun.lower_.endswith("s") and noun.lower_[:-1]
                          in PARTISAN_PLURALS):  # "one of five Awami League MPs" (tagged a singular noun)
        owner = ctx.ending_at(noun.i - 1)
    if noun.lower_ == "those":  # "X was one of those in the Y Party who opposed it"
        owner = next((ctx.mention_at(o.i) for p in noun.children if p.dep_ == "prep" and p.lower_ in ("in", "within")
                      for o in p.children if o.dep_ == "pobj"), None)
    of = noun.head
    one = of.head if noun.dep_ == "pobj" and of.lower_ == "of" else None
    if owner is None or not _party_like(ctx, owner) or one is None or one.lower_ != "one" \
            or one.dep_ != "attr" or one.head.lemma_ not in COPULAS or noun.lemma_.lower() in OUTSIDER_PLURALS \
            or _has_negation([one.head]):
        return
    for subject in (c for c in one.head.children if c.dep_ in ("nsubj", "nsubjpass")):
        for person in arguments(ctx, subject, sent):
            if ctx.entity_types[person] == NodeType.PERSON.value:
                ctx.add(person, RelType.MEMBER_OF, owner.entity, {"role": "member"}, sent, "members_listed")


PARTISAN_PLURALS = {"lawmaker", "politician", "candidate", "member", "legislator", "activist", "figure", "nominee",
                    "colleague", "leader", "official", "representative", "senator", "mp", "councillor", "councilor"}


def party_people_including(ctx: DocContext, sent: Span) -> None:
    """'several Whig candidates, including Senator A', 'Labour MPs such as A and B', 'Democrats,
    including A': the people a party's plural picks out are members of that party."""
    for noun in sent:
        if noun.tag_ not in ("NNS", "NNPS"):
            continue
        own = ctx.mention_at(noun.i)
        if own is not None:  # "Democrats, including A": the plural is the party's own name
            party = own if own.end == noun.i + 1 and _party_like(ctx, own) else None
        else:
            party = ctx.ending_at(noun.i - 1)
            of = party is None
            if of:  # "candidates of the Sweden Democrats in Skane, including A and B"
                party = next((m for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                              for o in p.children if o.dep_ == "pobj" for m in [ctx.mention_at(o.i)]
                              if m is not None), None)
            lemma = noun.lemma_.lower()
            # ("Leaders of the Congress of South African Trade Unions, including A": any body's own people)
            body = of and party is not None and party.type == NodeType.ORGANIZATION.value and not party.capital_of \
                and lemma in OWN_PEOPLE_PLURALS
            if party is None or not (_party_like(ctx, party) or body) or not (
                    lemma in PARTISAN_PLURALS or ctx.lex.role_for(noun.text) is not None):
                continue
        if party is None or _negated_name(ctx, party):
            continue
        for prep in noun.children:
            such = any(c.lower_ == "such" for c in prep.children) or prep.i > 0 and ctx.doc[prep.i - 1].lower_ == "such"
            # ("SPD politicians, that included A and B": a relative clause of 'include' lists them too)
            listed = prep.dep_ == "relcl" and prep.lemma_.lower() in INCLUDE_LEMMAS and not _has_negation([prep])
            if not listed and (prep.dep_ != "prep" or not (prep.lower_ == "including" or prep.lower_ == "as" and such)):
                continue
            for obj in (o for o in prep.children if o.dep_ == ("dobj" if listed else "pobj")):
                first = ctx.mention_at(obj.i)
                people = [a for a in arguments(ctx, obj, sent) if ctx.entity_types[a] == NodeType.PERSON.value]
                if not people and not listed:
                    # "including Tennessee Senator Hugh White": the parser takes the title's place for the object
                    first = next((m for m in ctx.mentions if m.type == NodeType.PERSON.value
                                  and prep.i < m.start <= prep.i + 4 and all(
                                      t.pos_ == "PROPN" or t.lower_ in ctx.lex.title_words()
                                      for t in ctx.doc[prep.i + 1:m.start])), None)
                    people = [first.entity] if first is not None else []
                if first is not None and first.type == NodeType.PERSON.value:
                    people += [p for p in _people_listed_after(ctx, first, sent) if p not in people]
                for person in people:
                    ctx.add(person, RelType.MEMBER_OF, party.entity, {"role": "member"}, sent, "party_people_including")


def body_has_title(ctx: DocContext, sent: Span) -> None:
    """'The Forest Party has one deputy, A', 'Norland has had three presidents: A, B and C': the
    people named right after a title that a party, organisation or country has hold it there."""
    doc = ctx.doc
    for verb in sent:
        if verb.lemma_ != "have" or verb.pos_ not in ("VERB", "AUX") or _has_negation([verb]) \
                or _is_hypothetical(verb):
            continue
        subjects, passive = _subject_tokens(verb)
        bodies = [a for c in subjects for a in arguments(ctx, c, sent)
                  if ctx.entity_types[a] in (NodeType.ORGANIZATION.value, NodeType.COUNTRY.value)]
        if passive or len(bodies) != 1:
            continue
        body = bodies[0]
        for obj in verb.children:
            if obj.dep_ != "dobj" or obj.pos_ != "NOUN" or ctx.tok2mention[obj.i] >= 0 or any(
                    c.dep_ == "prep" and c.lower_ in ("of", "to", "for", "from") for c in obj.children):
                continue  # "has an envoy to X", "has a minister from Y": someone else's
            found = ctx.title_ending_at(obj.i + 1, max(sent.start, obj.left_edge.i))
            k = obj.i + 1
            if found is None or found[1].relation == RelType.RELATIVE_OF.value or k + 1 >= sent.end \
                    or doc[k].text not in (":", ",", "-", "–", "—"):
                continue  # "has a son, A": family, not a post
            former = any(t.lower_ in FORMER_WORDS for t in obj.lefts)
            people: list[Mention] = []
            k += 1
            while k < sent.end:  # the names in word order: "A, B and C" (the parser breaks long lists)
                mention = ctx.mention_at(k)
                if mention is None or mention.start != k or mention.type != NodeType.PERSON.value:
                    break
                people.append(mention)
                k = mention.end
                if obj.tag_ != "NNS" or k + 1 >= sent.end:
                    break  # one title, one name: "has one deputy, A, and B said ..." names only A
                if doc[k].text == ",":
                    k += 1 + (doc[k + 1].lower_ == "and")
                elif doc[k].lower_ == "and":
                    k += 1
                else:
                    break
            role = found[1]
            for person in people:
                if _is_party_like_entity(ctx, body):
                    ctx.add(person.entity, RelType.MEMBER_OF, body, {"role": "former member" if former else "member"},
                            sent, "body_has_title")
                    if role.role not in PARTY_POSTS:
                        continue
                _record_role(ctx, person, role, body, sent, "body_has_title", former=former)


def _is_party_like_entity(ctx: DocContext, entity: int) -> bool:
    return any(m.entity == entity and _party_like(ctx, m) for m in ctx.mentions)


def _party_like(ctx: DocContext, mention: Mention) -> bool:
    """A party (lexicon kind, or a name that says so), or an unknown short acronym ('the CCF')
    used where only a party fits; never a legislature, government body or known non-party."""
    if mention.type != NodeType.ORGANIZATION.value:
        return False
    if mention.props.get("kind") == "party":
        return True
    if mention.lexical:
        return False
    words = [w.lower() for w in mention.text.split()]
    if set(words) & SEAT_WORDS and words[-1] not in ("party", "parti", "partei", "partido", "partito"):
        return False  # (but "the Congress Socialist Party", "the Assembly Party" are parties)
    text = mention.text
    acronym = 2 <= len(text) <= 6 and text.isalpha() and sum(c.isupper() for c in text) >= 2  # "NDP", "PvdA"
    return acronym or bool(set(words) & PARTY_NAME_WORDS)


def seats_run_in(verb: Token) -> list[Token]:
    """'ran (in the 2000 election) in the riding of X for the Y Party': the seat nouns a candidacy verb
    names, where the parser hangs the party."""
    holders = [verb] + [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
                        if o.dep_ == "pobj" and o.lemma_.lower() == "election"]
    return [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
            if o.dep_ == "pobj" and o.lemma_.lower() in SEAT_NOUNS]


BREAK_AWAY_LEMMAS = {"break", "split", "secede"}
STAY_LEMMAS = {"stay", "remain"}
STATE_OF_AFFAIRS_NOUNS = {"opposition", "power", "office", "government", "charge", "control", "disarray", "limbo",
                         "place", "ruins"}
HEARSAY_NOUNS = {"report", "rumour", "rumor", "speculation", "suggestion", "claim", "allegation", "story"}


PEERAGE_WORDS = {"lord", "lady", "baron", "baroness", "viscount", "earl", "countess", "duke", "duchess", "marquess"}
# verbs that make their subject a meeting's topic: "X will top (dominate) the agenda in talks with Y"
AGENDA_LEMMAS = {"top", "dominate", "feature", "overshadow", "headline", "loom"}
ALLEGATION_NOUNS = HEARSAY_NOUNS - {"report", "story"}  # what is only claimed, where news report what happened


def _alleged(verb: Token) -> bool:
    """'claims (rumours, allegations) that A was blaming B': the clause a claim holds (not 'reports
    that A shelled B', which news use for what happened)."""
    return any(t.dep_ in ("acl", "ccomp") and t.head.pos_ == "NOUN" and t.head.lemma_.lower() in ALLEGATION_NOUNS
               and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)
               for t in [verb, *verb.ancestors][:3])  # (not "..., claimed Mr Brown", "allegations facing X, Y did")


def _reported_only(verb: Token) -> bool:
    """'Reports that X would leave the party ...': what a report, rumour or claim said would happen."""
    chain = [verb, *verb.ancestors][:4]
    return any(t.dep_ in ("acl", "ccomp", "relcl") and t.head.lemma_.lower() in HEARSAY_NOUNS for t in chain) and any(
        c.dep_ == "aux" and c.lower_ in ("would", "will", "could", "might") for c in verb.children)


def candidacy(ctx: DocContext, sent: Span) -> None:
    """'X ran / campaigned / stood for the Y party', 'X joined (defected to, left) the Y party',
    'X joined the Z Institute': X is (or was) a member of Y or Z. Seats are not parties: 'ran for
    the Senate' makes a candidate for it, no member."""
    for token in sent:
        lemma = token.lemma_.lower()
        if token.pos_ != "VERB" or _has_negation(_governors(token, 2)):  # ("refused to join", "did not run")
            continue
        seat_lost = lemma in SEAT_LOSS_LEMMAS and any(c.dep_ == "dobj" and c.lemma_.lower() in SEAT_NOUNS
                                                     and ctx.tok2mention[c.i] < 0 for c in token.children)
        if seat_lost:  # "X resigned (gave up, lost) his seat in Congress": a former member of it
            preps, objects, role = {"for"}, False, "former member"
        elif lemma in CANDIDACY_LEMMAS:
            preps, objects, role = {"for"}, False, "candidate"
        elif lemma in JOIN_LEMMAS | ENTER_LEMMAS:
            preps, objects, role = set(), True, "member"
        elif lemma in BELONG_LEMMAS:  # "X belonged to the Y until 1998"
            preps, objects, role = {"to"}, False, "member"
        elif lemma in SWITCH_LEMMAS | RETURN_LEMMAS:  # (and "returned to the Y Party in 2004")
            preps, objects, role = {"to"}, False, "member"
        elif lemma in LEAVE_LEMMAS:
            preps, objects, role = set(), True, "former member"
        elif lemma in RESIGN_LEMMAS:
            preps, objects, role = {"from"}, False, "former member"
        elif lemma in BREAK_AWAY_LEMMAS:  # "X broke away from (split from, broke with) the Y Party"
            preps, objects, role = {"from", "with"}, False, "former member"
        elif lemma in STAY_LEMMAS:  # "X stayed in Venstre", "X remained with the Liberals" (a party only)
            preps, objects, role = {"in", "with"}, False, "member"
        elif lemma in REPRESENT_LEMMAS:  # "X represented the Liberal Party in the Senate"
            preps, objects, role = set(), True, "member"
        elif lemma in SAT_LEMMAS | SERVE_LEMMAS:  # "served two terms in the Chamber of Deputies for the Y Party"
            preps, objects, role = {"for", "with"}, False, "member"  # ("sat (served) with the Whig Party")
        elif lemma in CONTEST_LEMMAS:  # "X contested the seat (the 1999 election) for the Y Party"
            preps, objects, role = {"for"}, False, "candidate"
        elif lemma in SEAT_WIN_LEMMAS:  # "X won the seat for the Conservatives"
            preps, objects, role = {"for"}, False, "member"
        elif lemma in PASSIVE_PARTY_LEMMAS:
            preps, objects, role = PASSIVE_PARTY_LEMMAS[lemma]
        else:
            continue
        if role == "former member" and lemma in LEAVE_LEMMAS | RESIGN_LEMMAS and (_is_hypothetical(token) or any(
                c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") for c in token.children)):
            role = "member"  # "X should resign from the Senate", "X threatened to quit the party": not yet gone
        subjects, passive = _subject_tokens(token)
        fronted = _opens_the_sentence(token)
        passive = passive or _fronted_participle(token) or _aside_participle(token)
        if passive != (lemma in PASSIVE_PARTY_LEMMAS):
            continue  # "X was expelled from the party", but "the party expelled X" (and no passive elsewhere)
        if lemma in PASSIVE_PARTY_LEMMAS:  # only a name: "the Glasgow MP, who was expelled from Labour" is no one here
            subjects = [c for c in subjects if ctx.tok2mention[c.i] >= 0]
        # "Having resigned from the Y Party, X sat as ...": a fronted participle's subject is the clause's
        people = [a for c in subjects for a in arguments(ctx, c, sent) if ctx.entity_types[a] == NodeType.PERSON.value
                  and (c.head is token or c.pos_ == "PRON" or fronted or _named_between(ctx, a, sent.start, token.i))]
        if not people:
            continue
        if lemma in JOIN_LEMMAS and any(p.dep_ == "prep" and p.lower_ == "in" and any(
                c.tag_ == "VBG" for c in p.children) for p in token.children):
            continue  # "X joined the Tories in voting against it": alongside them, not as a member
        if lemma in LEAVE_LEMMAS and any(p.dep_ == "prep" and p.lower_ == "in" and any(
                o.lemma_.lower() in STATE_OF_AFFAIRS_NOUNS for o in p.children) for p in token.children):
            continue  # "leaving Kiesinger's CDU in opposition": left it in a state, not left it
        if _reported_only(token):
            continue  # "reports that X would leave the CDU were denied"
        slots = [(c, role) for c in token.children if objects and c.dep_ == "dobj"]
        heads = [token] + [c for c in token.children if (lemma in SEAT_WIN_LEMMAS | CONTEST_LEMMAS or seat_lost)
                           and c.dep_ == "dobj"
                           and c.lemma_.lower() in SEAT_NOUNS | {"election", "by-election"}]  # "won the seat for X"
        heads += seats_run_in(token) if lemma in CANDIDACY_LEMMAS else []
        heads += [c for c in token.children if lemma in BREAK_AWAY_LEMMAS and c.lower_ in ("away", "off")]  # "broke away from"
        heads += [c for c in token.children if lemma in SWITCH_LEMMAS and c.dep_ == "dobj"
                  and c.lemma_.lower() in ALLEGIANCE_NOUNS]  # "switched allegiance to the Y Party"
        # "for X and for Y"; "ran for X in 1945 and for Y in 1974" (the parser joins the second "for" to "in")
        slots += [(o, role) for h in heads for p in h.children if p.dep_ in ("prep", "agent")
                  for q in _conjuncts(p) if q.lower_ in preps and (q is p or p.lower_ in preps | {"in"})
                  for o in q.children if o.dep_ == "pobj"]
        # "ran for X in 1945, and for Y in 1974": the parser may join the second "for" to the verb
        slots += [(o, role) for q in token.children if q.dep_ == "conj" and q.pos_ == "ADP" and q.lower_ in preps
                  for o in q.children if o.dep_ == "pobj"]
        moved = MOVE_PREPS.get(lemma, {})
        slots += [(o, moved[p.lower_]) for p in token.children if p.dep_ == "prep" and p.lower_ in moved
                  for o in p.children if o.dep_ == "pobj"]
        if lemma in REPRESENT_LEMMAS | SAT_LEMMAS | SERVE_LEMMAS | SEAT_WIN_LEMMAS or seat_lost:
            # "X represented Hordaland in the Storting", "X sat in the Bundestag for the Y Party": a member of
            # that legislature (and the parser may hang the party on it); the parser may hang the body on
            # the party, the capacity or the seat ("sat for the Y Party in the Riigikogu", "sat as an
            # independent in the Riksdag", "won the Nemom seat in the Kerala Legislative Assembly")
            seats = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in SEAT_NOUNS]
            # ("lost his seat in the Bundestag": the parser may hang the body on the verb)
            hangers = seats + [token] * bool(seats) if lemma in SEAT_WIN_LEMMAS or seat_lost else [token] + [
                o for p in token.children if p.dep_ == "prep" and p.lower_ in ("for", "as")
                for o in p.children if o.dep_ == "pobj"] + seats
            # ("resigned his Senate seat": the body named on the seat itself)
            named_on_seat = [c for s in seats for c in s.children if c.dep_ in ("compound", "nmod") and c.i < s.i] \
                if seat_lost else []
            for obj in [*(o for h in hangers for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
                          for o in p.children if o.dep_ == "pobj"), *named_on_seat]:
                body = ctx.mention_at(obj.i)
                if body is None or not _legislature(ctx, body, sent):
                    continue
                for person in people if lemma not in SERVE_LEMMAS else []:  # (the work rule reads "served in X as Y")
                    ctx.add(person, RelType.MEMBER_OF, body.entity, {"role": role if seat_lost else "member"}, sent,
                            "candidacy")
                slots += [(o, role) for f in obj.children if f.dep_ == "prep" and f.lower_ in ("for", "with")
                          for o in f.children if o.dep_ == "pobj" and (lemma not in REPRESENT_LEMMAS or (
                              (m := ctx.mention_at(o.i)) is not None and _party_like(ctx, m)))]
                # ("represented Hordaland in the Storting for the Labour Party": a party, not whom one represents)
        for slot, slot_role in slots:
            if lemma in CANDIDACY_LEMMAS and slot.lemma_.lower() == "seat" and ctx.tok2mention[slot.i] < 0:
                # "campaigned for a seat in the House of Commons of Canada": a candidate for that body
                slot = next((o for p in slot.children if p.dep_ == "prep" and p.lower_ in ("in", "on")
                             for o in p.children if o.dep_ == "pobj"), slot)
            if slot.lemma_.lower() in ("party", "group", "organisation", "organization", "movement") \
                    and ctx.tok2mention[slot.i] < 0:
                # "joined a new party, the Y Party" ("– the Y Party"): the name in apposition
                slot = next((c for c in slot.children if c.dep_ == "appos" and ctx.tok2mention[c.i] >= 0), slot)
            if slot.lower_ == "ranks" and ctx.tok2mention[slot.i] < 0:
                # "joined (was expelled from) the ranks of the Y Party": the party whose ranks they are
                slot = next((o for p in slot.children if p.dep_ == "prep" and p.lower_ == "of"
                             for o in p.children if o.dep_ == "pobj"), slot)
            for conj in _conjuncts(slot):
                party = ctx.mention_at(conj.i)
                if party is not None and slot.dep_ == "pobj" and party.start <= slot.head.i and not any(
                        t.lower_ in ("party", "parti", "partido") for t in ctx.doc[slot.head.i + 1:party.end]):
                    continue  # "against X of the Rally for the Republic": the "for" is inside a name (but
                    # in a name run on over "Coromandel for the Green Party" the party comes after it)
                if party is None and conj.lemma_.lower() in PARTY_GROUP_NOUNS:  # "sat with the Y Party group"
                    party = next((m for c in conj.children if c.dep_ == "compound" for m in [ctx.mention_at(c.i)]
                                  if m is not None and m.end == conj.i), None)
                if party is None and conj.tag_ == "NNS" and conj.lemma_.lower() == "party":
                    # "ran for the Democratic and Working Families parties": each party named before the plural
                    named = [m for c in conj.children if c.dep_ in ("amod", "compound", "nmod")
                             for d in _conjuncts(c) for m in [ctx.mention_at(d.i)] if m is not None]
                    for person in people:
                        for other in dict.fromkeys(m.entity for m in named if m.type == NodeType.ORGANIZATION.value
                                                   and not m.capital_of):  # (named a party by the plural)
                            ctx.add(person, RelType.MEMBER_OF, other, {"role": slot_role}, sent, "candidacy")
                    continue
                if lemma in CANDIDACY_LEMMAS and party is not None and _legislature(ctx, party, sent) \
                        and not _is_hypothetical(token):
                    for person in people:  # "X ran for the Legislative Assembly of Ontario": a candidate for it
                        ctx.add(person, RelType.HOLDS_ROLE, party.entity, {"role": "candidate"}, sent, "candidacy")
                    continue
                if lemma in ENTER_LEMMAS and (party is None or not _legislature(ctx, party, sent) or not (
                        {w.lower() for w in party.text.split()} & (LEGISLATURE_WORDS - {"house"})
                        or "house of" in party.text.lower())):
                    continue  # ("entered the White House": no legislature)
                if party is None or not (_party_like(ctx, party) or lemma in JOIN_LEMMAS | BELONG_LEMMAS | SWITCH_LEMMAS
                                         | ENTER_LEMMAS
                                         | RESIGN_LEMMAS and (
                        party.type == NodeType.ORGANIZATION.value and not party.capital_of)
                        and not _is_hypothetical(token)):
                    continue  # one joins any organisation ("joined the Belfer Center"; not "will join X in
                    # the finals"), runs only for a party
                if any(c.dep_ == "nummod" or c.lower_ in PEOPLE_QUANTIFIERS for c in conj.children):
                    continue  # "campaigned for several other Republicans": for people, not the party
                for person in people:
                    ctx.add(person, RelType.MEMBER_OF, party.entity, {"role": slot_role}, sent, "candidacy")


def _picked_by_name(ctx: DocContext, obj: Token, complement: bool) -> bool:
    """Whether a party's pick reads as a candidacy: a complement ('as its candidate', 'for
    chancellor'), or a full name picked ('chose Ana Ruiz', not 'Labour chooses Manchester')."""
    named = ctx.mention_at(obj.i)
    return complement or (named is not None and " " in named.text)


def nomination(ctx: DocContext, sent: Span) -> None:
    """'X won the Democratic nomination', 'Y sought the nomination of the Z Party', 'the Z Party
    selected (nominated, chose) X as its candidate': a candidate of the party (a member of it)."""
    for verb in sent:
        lemma = verb.lemma_.lower()
        if lemma not in PARTY_PICK_LEMMAS | {"expel"} or verb.pos_ != "VERB" or _is_hypothetical(verb) \
                or _has_negation([verb]):
            continue
        subjects, passive = _subject_tokens(verb)
        parties = [m for t in subjects for m in [ctx.mention_at(t.i)] if not passive and m is not None
                   and _party_like(ctx, m)]
        if lemma == "expel" and not passive:  # "President X expelled A from the Y Party"
            parties += [m for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children
                        if o.dep_ == "pobj" for m in [ctx.mention_at(o.i)] if m is not None and _party_like(ctx, m)]
        if lemma == "expel" and (passive or any(c.dep_ == "auxpass" for c in verb.children)):
            # "X was expelled by the Y Party", "X sat as an independent after being expelled by the Y Party"
            expelled = [a for t in subjects for a in arguments(ctx, t, sent)
                        if ctx.entity_types[a] == NodeType.PERSON.value]
            for party in dict.fromkeys(m.entity for t in _agent(verb) for m in [ctx.mention_at(t.i)]
                                       if m is not None and _party_like(ctx, m)):
                for person in expelled:
                    ctx.add(person, RelType.MEMBER_OF, party, {"role": "former member"}, sent, "nomination")
        # "selected X as its candidate", "nominated X for chancellor" (a bare "Labour chooses Manchester" is no
        # pick); "the Y Party expelled X" (X was its member)
        complement = lemma == "expel" or any(c.dep_ == "prep" and c.lower_ in ("as", "for") for c in verb.children)
        picked = [a for c in verb.children if c.dep_ == "dobj" for a in arguments(ctx, c, sent)
                  if ctx.entity_types[a] == NodeType.PERSON.value and _picked_by_name(ctx, c, complement)]
        role = "former member" if lemma == "expel" else "candidate"
        for party in dict.fromkeys(m.entity for m in parties):
            for person in picked:
                ctx.add(person, RelType.MEMBER_OF, party, {"role": role}, sent, "nomination")
    for noun in sent:
        leadership = noun.lemma_.lower() in LEADERSHIP_CONTEST_NOUNS and any(
            c.dep_ == "compound" and c.lower_ == "leadership" for c in noun.children)  # "the Y Party leadership contest"
        if noun.lemma_.lower() not in CONTEST_NOUNS and not leadership or ctx.tok2mention[noun.i] >= 0:
            continue
        # "won the Democratic nomination (primary)", "defeated Y in the Forest Party primary"
        within = noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.lemma_.lower() != "nomination"
        sought = _run_for_nomination(noun)
        named = [d for d in noun.children if d.dep_ in ("amod", "compound", "nmod") and d.i < noun.i]
        named += [d for c in named if c.lower_ == "leadership" for d in c.children if d.dep_ in ("compound", "amod")]
        named += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                  if o.dep_ == "pobj"]
        field = noun.head if noun.dep_ in ("compound", "amod") and noun.head.lemma_.lower() in PRIMARY_FIELD_NOUNS \
            else noun  # "the Democratic primary campaign"
        named += [d for d in field.children if field is not noun and d.dep_ in ("amod", "compound") and d.i < noun.i]
        parties = [m for t in named for m in [ctx.mention_at(t.i)] if m is not None and _party_like(ctx, m)]
        if field.dep_ == "nsubj" and field.head.lemma_.lower() in FEATURE_LEMMAS and noun.lemma_.lower() == "primary" \
                and parties and not _has_negation([field.head]):
            # "The Democratic primary (campaign) featured A, B and C": each ran in it
            verb = field.head
            firsts = [ctx.mention_at(o.i) for o in verb.children if o.dep_ == "dobj"]
            people = [a for o in verb.children if o.dep_ == "dobj" for a in arguments(ctx, o, sent)]
            people += [p for f in firsts if f is not None and f.type == NodeType.PERSON.value
                       for p in _people_listed_after(ctx, f, sent)]
            for person in dict.fromkeys(p for p in people if ctx.entity_types[p] == NodeType.PERSON.value):
                for party in dict.fromkeys(m.entity for m in parties):
                    ctx.add(person, RelType.MEMBER_OF, party, {"role": "candidate"}, sent, "nomination")
            continue
        if noun.dep_ != "dobj" and not within and sought is None:
            continue
        verb = sought if sought is not None else noun.head.head if within else noun.head
        # "announced that he would seek the Y nomination": a declared candidate
        if verb.lemma_.lower() not in NOMINATION_LEMMAS | PRIMARY_LEMMAS \
                or _is_hypothetical(verb, allow_future=verb.lemma_.lower() == "seek"):
            continue
        subjects, passive = _subject_tokens(verb)
        if not parties or passive and not (within and verb.lemma_.lower() in BEAT_LEMMAS):
            continue
        rivals = [o for o in verb.children if o.dep_ == "dobj" and within]  # "defeated Y in the X primary"
        # the winner over the subject: "lost in (lost) the X primary to Y", "was defeated in the X primary by Y",
        # "ran in the X primary, but was defeated by Y"
        beaten = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in BEAT_LEMMAS]
        rivals += [o for v in beaten for p in v.children if (p.dep_ == "agent" and v.lemma_.lower() in BEAT_LEMMAS
                   or p.dep_ == "prep" and p.lower_ == "to" and v.lemma_.lower() == "lose")
                   for o in p.children if o.dep_ == "pobj"]
        people = [a for t in subjects + rivals for a in arguments(ctx, t, sent)]
        # "X announced that he would seek the Y Party nomination"
        people += [a for t in subjects if t.lower_ in ("he", "she") for a in _unambiguous_antecedent(ctx, t, sent)]
        for person in [a for a in dict.fromkeys(people) if ctx.entity_types[a] == NodeType.PERSON.value]:
            for party in dict.fromkeys(m.entity for m in parties):
                ctx.add(person, RelType.MEMBER_OF, party, {"role": "candidate"}, sent, "nomination")


def _run_for_nomination(noun: Token) -> Token | None:
    """The verb of 'X ran (campaigned) for the Democratic nomination', 'X ran as a candidate for the
    Republican presidential nomination'; None for any other 'for the nomination'."""
    if noun.lemma_.lower() != "nomination" or noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    governor = noun.head.head
    if governor.lemma_.lower() in AS_CANDIDATE_NOUNS and governor.dep_ == "pobj" and governor.head.lower_ == "as":
        governor = governor.head.head  # "ran as a candidate for ..."
    if governor.pos_ == "VERB" and governor.lemma_.lower() in CANDIDACY_LEMMAS | {"compete", "vie", "contend"}:
        return governor
    return None


def _people_listed_after(ctx: DocContext, first: Mention, sent: Span) -> list[int]:
    """The people listed in word order after `first` ('A, B, C and D'); only a list that closes
    with 'and' counts ('led by A, B said' names no second leader)."""
    doc = ctx.doc
    out: list[int] = []
    k = first.end
    closed = False
    while not closed and k + 1 < sent.end and doc[k].lower_ in (",", "and"):
        closed = doc[k].lower_ == "and" or doc[k + 1].lower_ == "and"
        k += 1 + (doc[k].text == "," and doc[k + 1].lower_ == "and")
        other = ctx.mention_at(k)
        if other is None or other.start != k or other.type != NodeType.PERSON.value:
            return []
        out.append(other.entity)
        k = other.end
    return out if closed else []


def _doers_and_groups(ctx: DocContext, token: Token, sent: Span) -> tuple[list[int], list[int]]:
    """Who did what to which group, active or passive: 'X leads/founded Y', 'Y, led/founded by X',
    'Y was launched by A, B and C' (people, then groups: any entity ids, for the caller to sort)."""
    fronted = token.dep_ == "advcl" and token.tag_ == "VBN" and token.i < token.head.i and any(
        c.dep_ == "agent" for c in token.children) and any(c.dep_ == "nsubj" for c in token.head.children)
    if fronted:  # "Led by X, the Y Party boycotted the vote": the main clause's subject
        token_subject = next(c for c in token.head.children if c.dep_ == "nsubj")
        people = [a for t in _agent(token) for a in arguments(ctx, t, sent)]
        return people, arguments(ctx, token_subject, sent)
    if token.dep_ == "conj" and token.tag_ == "VBN" and token.head.dep_ == "acl" and _agent(token, hung=True):
        token_head = token.head  # "the Y, founded by A in 1912 and led after his death by B"
    else:
        token_head = None
    # "The Y, founded two months earlier by X, won": a participle the parser read as the Y's own verb, with
    # an agent and no object
    misread = token.tag_ in ("VBN", "VBD") and any(c.dep_ == "agent" for c in token.children) \
        and not any(c.dep_ in ("dobj", "nsubjpass") for c in token.children) \
        and next((c for c in token.children if c.dep_ == "nsubj"), None)
    if token.dep_ == "acl" or token_head is not None or misread or any(c.dep_ == "nsubjpass" for c in token.children):
        led = token.head if token.dep_ == "acl" else token_head.head if token_head is not None else misread or next(
            c for c in token.children if c.dep_ == "nsubjpass")
        if token.dep_ == "relcl" and led.lower_ in ("which", "who", "that"):
            led = token.head  # "the X party, which was led by A": the antecedent
        groups = arguments(ctx, led, sent)
        if not groups and (group := _group_named_before(ctx, led)) is not None:
            groups = [group.entity]  # "the Popular Front coalition led by A"
        if not groups and led.dep_ == "appos" and led.lemma_.lower() in GROUP_NOUNS:
            groups = arguments(ctx, led.head, sent)  # "the Italian Radicals, a liberal party led by A"
        people = [a for t in _agent(token, hung=True) for a in arguments(ctx, t, sent)]
        for agent in _agent(token)[:1]:  # "led by A, B, C and D": the parser often breaks the list
            first = ctx.mention_at(agent.i)
            if first is not None and first.type == NodeType.PERSON.value:
                people += [p for p in _people_listed_after(ctx, first, sent) if p not in people]
        return people, groups
    subjects, _ = _subject_tokens(token)  # "Mason, who headed the CDC": the antecedent
    people = [a for c in subjects for a in arguments(ctx, c, sent)]
    groups = [a for c in token.children if c.dep_ == "dobj" and not _indefinite_proxy(ctx, c)
              for a in arguments(ctx, c, sent)]
    if not groups and token.lemma_.lower() in LEAD_LEMMAS and not _is_hypothetical(token):
        # "who heads the OSCE Chechnya mission": the OSCE's (but not "is expected to head a House-Senate panel")
        # (but "heads the Y Party's youth wing" leads no party)
        groups = [g for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() not in SUB_UNIT_NOUNS
                  and not any(d.lower_ in ("a", "an") for d in c.children)  # a unit still to be formed
                  for g in [_organisation_behind(ctx, c)] if g >= 0]
    return people, groups


# "won the leadership of the X", "ran for the chairmanship of the Y", "was elected to the presidency of Z":
# the office of the body named after "of" (held when won, a candidacy when sought)
OFFICE_WON_LEMMAS = {"win", "assume", "take", "gain", "retain", "inherit", "secure", "elect", "reelect", "re-elect",
                     "accept"}
OFFICE_SOUGHT_LEMMAS = {"run", "stand", "campaign", "seek", "contest", "lose", "challenge", "bid"}


def contested_office(ctx: DocContext, sent: Span) -> None:
    """'X won the leadership of the Y Party' (X leads it), 'X ran for the chairmanship of the Z'
    (a candidate: a member of a party; nothing for a country, whose presidency anyone may seek)."""
    for noun in sent:
        office = CONTESTED_OFFICES.get(noun.lower_)
        if office is None or ctx.tok2mention[noun.i] >= 0:
            continue
        verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
        if noun.dep_ == "pobj" and noun.head.lower_ in ("for", "to"):
            verb = noun.head.head  # "ran for the leadership", "was elected to the chairmanship"
        if verb is None or verb.pos_ not in ("VERB", "NOUN") or _has_negation([verb]):
            continue
        lemma = verb.lemma_.lower()
        won = lemma in OFFICE_WON_LEMMAS and not _is_hypothetical(verb)
        if not won and lemma not in OFFICE_SOUGHT_LEMMAS:
            continue
        bodies = [ctx.mention_at(c.i) for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj" for c in _conjuncts(o, affirmed=True)]
        bodies = [b for b in bodies if b is not None and (_party_like(ctx, b) or won and b.type in (
            NodeType.ORGANIZATION.value, NodeType.COUNTRY.value) and not b.capital_of)]
        if not bodies:
            continue
        subjects, passive = _subject_tokens(verb)
        if passive and lemma not in ELECTION_LEMMAS:
            continue  # "the leadership was won by X" is rare; "X was elected to the leadership" is not
        people = [a for c in subjects for a in arguments(ctx, c, sent) if ctx.entity_types[a] == NodeType.PERSON.value]
        for person in people:
            for body in bodies:
                if won:
                    ctx.add(person, RelType.HOLDS_ROLE, body.entity, {"role": office}, sent, "contested_office")
                    if _party_like(ctx, body):
                        ctx.add(person, RelType.MEMBER_OF, body.entity, {"role": office}, sent, "contested_office")
                else:
                    ctx.add(person, RelType.MEMBER_OF, body.entity, {"role": "candidate"}, sent, "contested_office")


def leadership(ctx: DocContext, sent: Span) -> None:
    """'X leads the Y party', 'the Y party, led by X', 'Y, headed by X': X holds the role of leader.
    'X ruled Spain', 'Z reigned over Prussia': X is its ruler (countries only; 'ruled out' is no rule)."""
    for token in sent:
        lemma = token.lemma_.lower()
        rules = lemma in RULE_LEMMAS and not any(c.dep_ == "prt" for c in token.children)
        if not (lemma in LEAD_LEMMAS or rules) or token.pos_ != "VERB" or _has_negation([token]):
            continue
        people, groups = _doers_and_groups(ctx, token, sent)
        if rules:  # "reigned over Prussia": the object of "over"
            groups = [g for g in groups + [a for p in token.children if p.dep_ == "prep" and p.lower_ == "over"
                                           for o in p.children if o.dep_ == "pobj" for a in arguments(ctx, o, sent)]
                      if ctx.entity_types[g] == NodeType.COUNTRY.value]
        people = [p for p in dict.fromkeys(people) if ctx.entity_types[p] == NodeType.PERSON.value]
        groups = list(dict.fromkeys(groups))
        respectively = any(t.lower_ == "respectively" for t in sent if t.i > token.i)
        pairs = list(zip(people, groups)) if respectively and len(people) == len(groups) > 1 else [
            (p, g) for p in people for g in groups]  # "led by A and B, respectively": in order
        for person, group in pairs:
            if ctx.entity_types[group] in (NodeType.ORGANIZATION.value, NodeType.COUNTRY.value):
                _record_leader(ctx, person, group, "ruler" if lemma in RULER_LEMMAS else "leader", sent)
        if not groups and lemma in LEAD_LEMMAS:
            # "X chaired the Left Party's parliamentary group (youth wing)": a member of the party it belongs to
            for unit in (c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in SUB_UNIT_NOUNS):
                for party in (g for g in [_organisation_behind(ctx, unit)] if g >= 0 and _is_party(ctx, g)):
                    for person in people:
                        ctx.add(person, RelType.MEMBER_OF, party, {"role": "member"}, sent, "leadership")
    _at_the_head(ctx, sent)


def _record_leader(ctx: DocContext, person: int, group: int, role: str, sent: Span) -> None:
    """The person leads (rules) the group, and a party's leader is its member."""
    ctx.add(person, RelType.HOLDS_ROLE, group, {"role": role}, sent, "leadership")
    if _is_party(ctx, group):
        ctx.add(person, RelType.MEMBER_OF, group, {"role": "leader"}, sent, "leadership")


def _at_the_head(ctx: DocContext, sent: Span) -> None:
    """'X became prime minister at the head of Likud', 'X stood at the head of the Y Party': the
    subject leads the organisation."""
    for noun in sent:
        if noun.lower_ != "head" or noun.dep_ != "pobj" or noun.head.lower_ != "at":
            continue
        verb = noun.head.head
        while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("attr", "oprd", "pobj", "prep") and verb.head is not verb:
            verb = verb.head  # ("became prime minister at the head of X": the parser may hang it on the title)
        if verb.pos_ not in ("VERB", "AUX") or _has_negation([verb]) or _is_hypothetical(verb):
            continue
        groups = [a for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                  if o.dep_ == "pobj" for a in arguments(ctx, o, sent) if ctx.entity_types[a] == NodeType.ORGANIZATION.value]
        people = [a for t in _subject_tokens(verb)[0] for a in arguments(ctx, t, sent)
                  if ctx.entity_types[a] == NodeType.PERSON.value]
        for person in people:
            for group in groups:
                _record_leader(ctx, person, group, "leader", sent)


HYPHEN_LEAD_WORDS = {"led", "headed", "chaired", "founded"}


def hyphen_led(ctx: DocContext, sent: Span) -> None:
    """'the Johnson-led Conservative Party', 'a Calhoun-led party' (in apposition to a named one):
    the person leads (founded) the party or organisation the compound modifies."""
    for token in sent:
        word = token.lower_
        if word not in HYPHEN_LEAD_WORDS or token.dep_ != "amod" or token.i - 2 < sent.start:
            continue
        dash = ctx.doc[token.i - 1]
        if dash.text != "-" or dash.whitespace_ and ctx.doc[token.i - 2].whitespace_:
            continue  # "a Johnson - led party" is still one word; "Johnson - the party he led -" is not
        person = ctx.ending_at(token.i - 2)
        if person is None or person.type != NodeType.PERSON.value:
            continue
        noun = token.head
        target = ctx.mention_at(noun.i)
        if target is None and noun.dep_ == "appos":  # "the X Party (a Calhoun-led party)"
            target = ctx.mention_at(noun.head.i)
        if target is None or target.type != NodeType.ORGANIZATION.value or target.entity == person.entity:
            continue
        role = "founder" if word == "founded" else "leader"
        ctx.add(person.entity, RelType.HOLDS_ROLE, target.entity, {"role": role}, sent, "hyphen_led")
        if _party_like(ctx, target):
            ctx.add(person.entity, RelType.MEMBER_OF, target.entity, {"role": role}, sent, "hyphen_led")


GROUP_NOUNS = {"party", "group", "movement", "alliance", "coalition", "organisation", "organization", "faction",
               "bloc", "front", "union", "list"}


# "X founded the Y party", "the Y party was launched by X", "Y, established by X in 1990".
FOUND_LEMMAS = {"found", "co-found", "cofound"}
FOUNDER_LEMMAS = FOUND_LEMMAS | {"establish", "launch", "create", "form"}
# "X, who owns the Tampa Bay Buccaneers", "a bank owned by Y": the owner of a company or team.
OWN_LEMMAS = {"own", "co-own"}


def founding(ctx: DocContext, sent: Span) -> None:
    """'X founded the Y Party', 'the Y Party was launched by X', 'the Z Institute, established by X':
    X is Y's founder (and a member of a party); 'X, who owned the Y Bank': its owner. A government
    body one 'created' is no affiliation."""
    for token in sent:
        lemma = token.lemma_.lower()
        if token.lower_ == "found" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            lemma = "found"  # "broke away to found the Y Party" (the tagger may read a past of "find")
        if lemma not in FOUNDER_LEMMAS | OWN_LEMMAS or token.pos_ != "VERB" or _has_negation([token]) \
                or _is_hypothetical(token):
            continue
        role = "owner" if lemma in OWN_LEMMAS else "founder"
        people, groups = _doers_and_groups(ctx, token, sent)
        # "A co-founded the Y with B", "A founded the Y (together) with B": B too (people only: "with the
        # support of the unions" names no founder)
        people += [a for p in token.children if p.dep_ == "prep" and p.lower_ == "with"
                   for o in p.children if o.dep_ == "pobj" for a in arguments(ctx, o, sent)
                   if a not in people and ctx.entity_types[a] == NodeType.PERSON.value]
        people = [p for p in people if ctx.entity_types[p] == NodeType.PERSON.value]
        for group in groups:
            if not _founded_body(ctx, group, lemma):
                continue
            for person in people:
                ctx.add(person, RelType.HOLDS_ROLE, group, {"role": role}, sent, "founding")
                if _named_party(ctx, group):
                    ctx.add(person, RelType.MEMBER_OF, group, {"role": role}, sent, "founding")


def _founded_body(ctx: DocContext, group: int, lemma: str) -> bool:
    """Whether founding (owning) `group` makes one its founder (owner): a party or movement named so,
    or ('founded', 'owns') a company or school; not a state body or programme ('established the
    agency', 'created DACA')."""
    if ctx.entity_types[group] != NodeType.ORGANIZATION.value or _has_kind(ctx, group, STATE_KINDS - {
            "international"} if lemma in FOUND_LEMMAS else STATE_KINDS):  # ("founded the Non-Aligned Movement")
        return False
    words = _named_words(ctx, group)
    return _named_party(ctx, group) or (lemma in FOUND_LEMMAS | OWN_LEMMAS or words & PEOPLES_BODY_WORDS) \
        and not words & STATE_BODY_WORDS  # ("the Y Association was established by X")


def _named_words(ctx: DocContext, entity: int) -> set[str]:
    return {w.lower() for m in ctx.mentions if m.entity == entity for w in m.text.split()}


def _named_party(ctx: DocContext, entity: int) -> bool:
    """A party by the lexicon or by its name ('the Harbour Party', 'the Unity Coalition'); unlike
    _party_like, a bare acronym is not enough."""
    return _is_party(ctx, entity) or bool(_named_words(ctx, entity) & PARTY_NAME_WORDS)


def _indefinite_proxy(ctx: DocContext, token: Token) -> bool:
    """'head a House-Senate committee': some committee of the body, not the body itself."""
    return ctx.tok2mention[token.i] < 0 and token.lemma_.lower() in PROXY_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)


def _has_kind(ctx: DocContext, entity: int, kinds: frozenset[str]) -> bool:
    """True when a mention of `entity` carries an organisation kind in `kinds` ("party", "media", ...)."""
    return any(m.entity == entity and m.props.get("kind") in kinds for m in ctx.mentions)


def _is_party(ctx: DocContext, entity: int) -> bool:
    return entity >= 0 and ctx.entity_types[entity] == NodeType.ORGANIZATION.value and _has_kind(ctx, entity, PARTY)


def _sub_unit_owner(ctx: DocContext, noun: Token) -> int:
    """The party whose wing, group or branch a title is of ('leader of the Forest Party's youth wing',
    'of the Labour group on the council'), or the legislature whose committee it is ('chairman of the
    Commons public accounts committee'), or -1."""
    for obj in (o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                if o.dep_ == "pobj"):
        committee = obj.lemma_.lower() in LEGISLATURE_UNITS
        if ctx.tok2mention[obj.i] >= 0 or obj.lemma_.lower() not in SUB_UNIT_NOUNS and not committee:
            continue
        owners = [t for t in obj.subtree if t.i < obj.i]  # "the Forest Party's youth wing"
        owners += [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.subtree]  # "branch of X"
        for named in (ctx.mention_at(t.i) for t in owners):
            if named is not None and (_party_like(ctx, named) or committee and _legislature(ctx, named, noun.sent)):
                return named.entity
    return -1


LEGISLATURE_UNITS = {"committee", "subcommittee", "panel"}  # "the Commons public accounts committee"


TICKER = re.compile(r"[A-Z]{1,6}\.[A-Z]{1,2}")  # a stock ticker in brackets after a company: "(GS.N)", "(VOD.L)"
CORPORATE_FILLERS = {"senior", "executive"}  # "senior vice president X": a company's officer
CAMP_NOUNS = {"campaign", "camp", "team", "office", "staff", "transition"}  # someone's own people
# what may stand between a plural noun and the names it lists: "several parties, the A", "such as the B"
LIST_OPENERS = {",", ":", "the", "-", "–", "—", "(", "namely", "such", "as", "including", "like", "notably"}


def _apposition_targets(ctx: DocContext, noun: Token, title_start: int, sent: Span, role: Role) -> list[int]:
    """All targets of an apposition title: 'former leader of the PCI and the PDS' has two; 'the
    Republican mayor of Burnsville' has the party and the place."""
    first = _apposition_target(ctx, noun, title_start, sent, role)
    if first < 0 and role.relation == RelType.HOLDS_ROLE.value and noun.dep_ == "dobj" \
            and noun.head.lemma_.lower() == "have" and not _has_negation([noun.head]):
        # "Honduras has had five Liberal presidents: A, B and C": the titles are the subject's
        owners = [a for c in noun.head.children if c.dep_ == "nsubj" for a in arguments(ctx, c, sent)
                  if ctx.entity_types[a] in (NodeType.COUNTRY.value, NodeType.ORGANIZATION.value)]
        first = owners[0] if len(owners) == 1 else first
    targets = [first]
    if first >= 0 and role.relation == RelType.MEMBER_OF.value and ctx.entity_types[first] == \
            NodeType.ORGANIZATION.value and not _is_party(ctx, first):
        # "a member of the National Assembly for the Saenuri Party": the body's, for the party
        targets += [m.entity for h in [noun] + [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                                               for o in p.children if o.dep_ == "pobj"]
                    for p in h.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children
                    if o.dep_ == "pobj" for m in [ctx.mention_at(o.i)] if m is not None and _party_like(ctx, m)
                    and m.entity not in targets]
    if first >= 0 and _is_party(ctx, first):  # "a Knesset member for Yesh Atid": the party's, in the Knesset
        targets += [m.entity for c in noun.children if c.dep_ == "compound" and c.i < noun.i
                    for m in [ctx.mention_at(c.i)] if m is not None and m.entity != first and _legislature(ctx, m, sent)]
    if role.relation == RelType.HOLDS_ROLE.value and (first < 0 or _is_party(ctx, first)):
        for child in noun.children:  # "Mayor of Bonn", "a former governor of Ohio": an office of a place
            for obj in child.children if child.dep_ == "prep" and child.lower_ == "of" else []:
                place = ctx.mention_at(obj.i) if obj.dep_ == "pobj" else None
                if place is not None and place.type == NodeType.LOCATION.value \
                        and obj.left_edge.i >= place.start - 1 and place.entity not in targets:
                    targets.append(place.entity)  # (not "director of Sierra Club Florida")
    # "a Fellow of the A, of the B and of the C": the preposition's conjuncts too
    ofs = [q for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for q in _conjuncts(c) if q.lower_ == "of"]
    if noun.dep_ == "attr" and ofs:  # "a member of the A, and of a number of societies: B, C": the parser
        ofs += [c for c in noun.head.children if c.dep_ in ("prep", "conj") and c.lower_ == "of" and c.i > noun.i
                and c.i >= 1 and c.doc[c.i - 1].lower_ == "and"]  # hangs the second "of" on the verb
    for child in ofs:
        if child.dep_ in ("prep", "conj"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    local = role.role in LOCAL_ROLES and ctx.mention_at(obj.i) is not None \
                        and ctx.mention_at(obj.i).capital_of  # "mayor of Lima" is no office of Peru
                    targets += [a for a in arguments(ctx, obj, sent) if a not in targets and not local]
                    if ctx.tok2mention[obj.i] < 0 and obj.lemma_.lower() in BOARD_WORDS:
                        # "a member of the Board of Directors of X": X's board
                        targets += [a for a in _board_organisations(ctx, obj) if a not in targets]
                    counted, obj = obj, _quantified_noun(obj)  # "leader of several of the parties, the A, ..."
                    if obj.tag_ == "NNS" and ctx.tok2mention[obj.i] < 0:
                        # "leader of several parties, the A (...), the B and the C"
                        named = [ctx.mention_at(c.i) for c in obj.children if c.dep_ == "appos"]
                        # "a number of parties and organisations, including the A, the B and the C"
                        named += [ctx.mention_at(o.i) for n in dict.fromkeys((obj, counted)) for p in n.children
                                  if p.dep_ == "prep" and p.lower_ in ("including", "like")
                                  for o in p.children if o.dep_ == "pobj"]
                        named += [ctx.mention_at(k) for k in range(obj.i + 1, min(sent.end, obj.i + 5))
                                  if ctx.mention_at(k) is not None and all(  # (not "of ports, while the Y ...")
                                      t.lower_ in LIST_OPENERS for t in ctx.doc[obj.i + 1:ctx.mention_at(k).start])][:1]
                        # "a member of several organisations such as X", "of parties and organisations"
                        groups = obj.lemma_.lower() in ASSOCIATION_NOUNS or any(
                            c.lemma_.lower() in ASSOCIATION_NOUNS for c in obj.children if c.dep_ == "conj")
                        for first in named:
                            if first is not None and (_party_like(ctx, first) or groups and (
                                    first.type == NodeType.ORGANIZATION.value and not first.capital_of)):
                                for org in [first.entity, *(o for o in _organisations_listed_after(ctx, first, sent)
                                                            if groups or _is_party_like_entity(ctx, o))]:
                                    if org not in targets:
                                        targets.append(org)
                                break
    # "leader of the A, and the B": the parser often breaks a list of names; read it in word order
    for target in list(targets):  # (parties only: "Secretary for Culture, Media and Sport" is one office)
        first = next((m for m in ctx.mentions if m.entity == target and m.start > noun.i
                      and sent.start <= m.start < sent.end), None)
        if first is not None and _party_like(ctx, first):
            targets += [org for org in _organisations_listed_after(ctx, first, sent)
                        if org not in targets and _is_party_like_entity(ctx, org)]
        elif first is not None and role.relation in (RelType.MEMBER_OF.value, RelType.HOLDS_ROLE.value) \
                and first.type == NodeType.ORGANIZATION.value and _after_of(ctx, first):
            # "a member of the A, the B, C and the D", "an honorary associate of the A and the B": a
            # membership (a post) in each (a list that closes with "and"; for a post, with "and the": not
            # "head of the Center for China and Globalization", a name the NER cut)
            if role.relation == RelType.MEMBER_OF.value or _after_the(ctx, first.start) and any(
                    _after_the(ctx, m.start, "and") for m in ctx.mentions
                    if m.start > first.start and sent.start <= m.start < sent.end):
                targets += [org for org in _closed_organisation_list(ctx, first, sent) if org not in targets]
    return [t for t in dict.fromkeys(targets)]


def _after_the(ctx: DocContext, start: int, word: str = "") -> bool:
    """Whether a name starting at `start` has 'the' before its first word (inside the mention or
    not), and `word` before that."""
    start += ctx.doc[start].lower_ == "the"
    return start >= 2 and ctx.doc[start - 1].lower_ == "the" and (not word or ctx.doc[start - 2].lower_ == word)


def _after_of(ctx: DocContext, mention: Mention) -> bool:
    """Whether 'of' (or 'of the') comes right before the mention."""
    k = mention.start - 1
    k -= k >= 0 and ctx.doc[k].lower_ == "the"
    return k >= 0 and ctx.doc[k].lower_ == "of"


def _closed_organisation_list(ctx: DocContext, first: Mention, sent: Span) -> list[int]:
    """The organisations listed after `first` when the list ends with 'and' and its last name
    ('A, B, C and the D'); nothing for 'a member of the A, the B said' (a new clause, not a list)."""
    listed = _organisations_listed_after(ctx, first, sent)
    if not listed:
        return []
    last = max((m for m in ctx.mentions if m.entity == listed[-1] and m.start > first.start
                and sent.start <= m.start < sent.end), key=lambda m: m.start, default=None)
    if last is None:
        return []
    k = last.start - 1
    k -= ctx.doc[k].lower_ == "the"
    if _span_head(ctx, last).dep_ in ("nsubj", "nsubjpass") or last.end < sent.end and ctx.doc[last.end].tag_ in (
            "VBD", "VBZ", "VBP", "MD"):
        return []  # "chief executive of A and the B said no": a new clause's subject
    return listed if ctx.doc[k].lower_ == "and" else []


ASSOCIATION_NOUNS = {"organisation", "organization", "group", "society", "association", "body", "charity", "board",
                     "committee", "council", "foundation", "institution", "club", "movement", "union"}


def _quantified_noun(token: Token) -> Token:
    """'several of the parties', 'two of the parties': the plural noun a quantifier picks from."""
    if token.lower_ in ("number", "series", "range", "host", "variety") and any(
            c.dep_ == "det" and c.lower_ == "a" for c in token.children):
        pass  # "a number of nationalist parties"
    elif token.pos_ not in ("ADJ", "NUM", "DET", "PRON") or token.lower_ == "all":
        return token
    return next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" and o.tag_ == "NNS"), token)


def _apposition_target(ctx: DocContext, noun: Token, title_start: int, sent: Span, role: Role | None = None) -> int:
    """Whom the title in an apposition is for: 'adviser to B', 'director of/at/with Org',
    'B's adviser', 'the country's minister', 'a Russian diplomat'. An envoy's 'to X' is where
    they are posted, not whom they represent ('the British ambassador to Japan' is Britain's)."""
    envoy = role is not None and role.relation == RelType.ENVOY_OF.value
    preps = {"of", "for"} if envoy else {"to", "of", "for"}
    member = role is not None and role.relation == RelType.MEMBER_OF.value
    org_preps = ORG_PREPS | {"in", "within", "on"} if member else ORG_PREPS  # "a leading figure in (within) the
    # Centre Party", "the ranking member on the Senate Finance Committee"
    if role is not None and role.role in SEAT_TITLES and not any(c.dep_ == "poss" for c in noun.children):
        # "a senator in the Senate of Canada": a seat in it (not "Kelly's deputy in the White House")
        seat = next((m for c in noun.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children
                     for m in [ctx.mention_at(o.i)] if o.dep_ == "pobj" and m is not None
                     and _legislature(ctx, m, sent)), None)
        if seat is not None:
            return seat.entity
    children = list(noun.children)
    if noun.dep_ == "conj" and not any(c.dep_ == "prep" for c in children):
        # "a jeweler and president of X": the parser hangs the last title's "of X" on the first one
        children += [c for c in noun.head.children if c.dep_ == "prep" and c.i > noun.i]
    # someone's aide or spokesperson, who may work "in" (or for) a candidate's campaign
    aide = role is not None and role.relation in (RelType.ADVISER_TO.value, RelType.SPOKESPERSON_FOR.value)
    for child in children:
        if child.dep_ == "prep" and child.lower_ == "from" and role is not None and role.role in CONGRESS_SEATS \
                and "USA" in ctx.country_entity and any(
                    o.dep_ == "pobj" and (m := ctx.mention_at(o.i)) is not None and m.type == NodeType.LOCATION.value
                    and ctx.doc[m.start:m.end].text.lower() in US_STATE_WORDS for o in child.children):
            return ctx.country_entity["USA"]  # "the Republican senator from Texas": a US senator
        camp = child.dep_ == "prep" and child.lower_ == "in" and aide  # "a senior adviser in Trump's campaign"
        # "a colonel in the Argentine Army": the body a rank is held in (not "the EU Commissioner in the
        # incoming European Commission", whose title names its own)
        ranked = child.dep_ == "prep" and child.lower_ == "in" and not any(
            c.dep_ in ("compound", "amod", "nmod") and ctx.tok2mention[c.i] >= 0 for c in noun.children)
        if child.dep_ == "prep" and (child.lower_ in preps | org_preps | {"from"} or camp or ranked):
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                named = ctx.mention_at(obj.i)
                if role is not None and role.role in LOCAL_ROLES and named is not None and named.capital_of:
                    return named.entity  # "mayor of Lima": the city's office, not Peru's
                if role is not None and role.role in PARTY_OFFICES and named is None \
                        and obj.lemma_.lower() in SUB_UNIT_NOUNS:
                    return -1  # "leader of the Forest Party's youth wing" does not lead the party
                actors = resolve_argument(ctx, obj, sent)
                if not actors and _organisation_behind(ctx, obj) >= 0:
                    actors = [_organisation_behind(ctx, obj)]
                if not actors and aide and obj.lemma_.lower() in CAMP_NOUNS and ctx.tok2mention[obj.i] < 0 \
                        and child.lower_ in ("to", "for", "of", "in"):
                    # "an adviser to Donald Trump's presidential campaign": the candidate's adviser
                    actors = [a for c in obj.children if c.dep_ == "poss" for a in resolve_argument(ctx, c, sent)][:1]
                if not actors and obj.lemma_.lower() in ORG_UNIT_NOUNS and ctx.tok2mention[obj.i] < 0:
                    # "a staff member of the development department at NASDA": the unit's organisation
                    actors = [m.entity for p in obj.children if p.dep_ == "prep" and p.lower_ in ("at", "of")
                              for o in p.children for m in [ctx.mention_at(o.i)]
                              if o.dep_ == "pobj" and m is not None and m.type == NodeType.ORGANIZATION.value][:1]
                if envoy and child.lower_ == "for" and actors and ctx.entity_types[actors[0]] == NodeType.COUNTRY.value:
                    continue  # "the UN envoy for Syria" is sent about Syria, not by it ("negotiator for Democrats" is theirs)
                seat = member or role is not None and (role.role.startswith("member of") or role.role in SEAT_TITLES)
                if actors and seat and child.lower_ == "for" and not _is_party_like_entity(ctx, actors[0]):
                    continue  # "the member for Kensington", "Labour MP for Tottenham": a constituency sat for
                if actors and (child.lower_ in preps or camp
                               or ctx.entity_types[actors[0]] == NodeType.ORGANIZATION.value):
                    return actors[0]
        if child.dep_ == "poss":
            if child.lower_ == "its":
                return _its_owner(ctx, noun.i, sent)
            if child.lower_ == "whose" and noun.head.dep_ == "relcl" or child.lower_ == "whose" and noun.dep_ == "appos":
                # "the X Party, whose first leader was Y", "the X Party, whose leader, Y, declined"
                owner = ctx.mention_at(noun.head.head.i if noun.head.dep_ == "relcl" else noun.head.i)
                if owner is not None and owner.type in (NodeType.ORGANIZATION.value, NodeType.COUNTRY.value):
                    return ctx.actor_of_mention(owner)
            if child.lower_ in {"country", "nation"}:
                return _last_country(ctx, noun.i)
            if child.lower_ == "party" and any(d.lower_ == "the" for d in child.children) \
                    and ctx.tok2mention[child.i] < 0:
                # "the Country Party had held the seat, but the party's candidate, X, lost": the party just named
                return _last_party(ctx, noun.i)  # (none where two parties were named just before)
            actors = resolve_argument(ctx, child, sent)
            if actors:
                return actors[0]
    modifier = ctx.ending_at(title_start - 1)
    if modifier is None and title_start - 1 > noun.left_edge.i:  # "the Farmers' Union (FU) chairman"
        modifier = _bracketed_organisation(ctx, title_start - 1, max(sent.start, noun.left_edge.i))
    if modifier is None:  # "Red Cross disaster chairman", "a Delta operations manager"
        floor = max(sent.start, noun.left_edge.i)
        start, _ = _skip_fillers(ctx.doc, title_start, floor)
        while start - 1 >= floor and ctx.doc[start - 1].lower_ in FORMER_WORDS:  # "a top Trump former campaign
            start, _ = _skip_fillers(ctx.doc, start - 1, floor)  # adviser": the description's "former" is read apart
        modifier = ctx.ending_at(start - 1) if start < title_start and start - 1 >= noun.left_edge.i else None
    if modifier is not None and not _ethnic(ctx, modifier):
        return ctx.actor_of_mention(modifier)
    return -1


def _ethnic(ctx: DocContext, mention: Mention) -> bool:
    """'an ethnic Chinese candidate': a people, not the state."""
    return mention.type == NodeType.COUNTRY.value and mention.start > 0 and ctx.doc[mention.start - 1].lower_ == "ethnic"


VOICE_NOUNS = {"statement", "spokesman", "spokeswoman", "spokesperson", "source", "website", "newspaper", "official",
               "communique", "communiqué", "release", "announcement", "report"}


def _its_owner(ctx: DocContext, before: int, sent: Span) -> int:
    """What 'its' (the token at `before` - 1, or in the noun phrase before `before`) stands for: an
    organisation or country named earlier in the sentence that is the subject of a clause the
    pronoun sits in ('the Green Party said its leader, X, ...'), or a noun the pronoun's phrase is
    listed with ('the Banking Committee and its ranking member'); -1 when neither is clear."""
    pronoun = next((t for t in reversed(ctx.doc[sent.start:before]) if t.lower_ == "its"), None)
    if pronoun is None:
        return -1
    noun = pronoun.head
    ancestors = {t.i for t in noun.ancestors} | {noun.i}
    for mention in reversed(ctx.mentions):
        if not (sent.start <= mention.start < pronoun.i) or mention.capital_of \
                or mention.type not in (NodeType.ORGANIZATION.value, NodeType.COUNTRY.value):
            continue
        head = _span_head(ctx, mention)
        subject = head.dep_ in ("nsubj", "nsubjpass") and head.head.i in ancestors
        # "A Hamas statement said its leader X ...": the body whose statement (spokesman) is the subject
        subject = subject or head.dep_ in ("compound", "poss") and head.head.dep_ in ("nsubj", "nsubjpass") \
            and head.head.head.i in ancestors and head.head.lemma_.lower() in VOICE_NOUNS
        # "joined the X in 1970 and became its leader", "a member of the X from 1980 and its leader from 1992"
        subject = subject or head.dep_ == "dobj" and head.head.i in ancestors and head.head.i != noun.i \
            or head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i in ancestors \
            and head.head.head.i != noun.i and head.head.lower_ == "of"
        listed = noun.dep_ in ("conj", "appos") and noun.head.i == head.i or \
            head.dep_ in ("conj", "appos") and head.head.i == noun.i
        if subject or listed:
            return ctx.actor_of_mention(mention)
    return -1


def _last_party(ctx: DocContext, before: int) -> int:
    """The party named last before token `before`, in its sentence or the one before; -1 when another
    party's name would do as well (two parties named since the sentence before)."""
    sent = ctx.doc[before].sent
    floor = ctx.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    named = [m for m in ctx.mentions if floor <= m.start < before and _party_like(ctx, m)]
    return named[-1].entity if named and len({m.entity for m in named}) == 1 else -1


def _last_country(ctx: DocContext, before: int) -> int:
    for mention in reversed(ctx.mentions):
        if mention.start < before and mention.type == NodeType.COUNTRY.value:
            return mention.entity
    return -1


def _untitled_national_offices(ctx: DocContext, besides: int = -1, roles: frozenset[str] | set[str] = NATIONAL_ROLES
                               ) -> list[tuple[RoleFact, Span]]:
    """National offices named without a country ('President X'), with their sentences, of people who
    hold no office of a country (other than `besides`) anywhere in the article."""
    elsewhere = {f.person for f in ctx.roles if f.target >= 0 and f.target != besides
                 and ctx.entity_types[f.target] == NodeType.COUNTRY.value}
    return [(fact, ctx.doc[fact.position].sent) for fact in ctx.roles
            if fact.target < 0 and fact.bare and fact.rel == RelType.HOLDS_ROLE.value and fact.role in roles
            and fact.person not in elsewhere]


# a country's government as a sentence's subject ("the cabinet of Norway", "Norway's regime")
STATE_GOVERNMENT_NOUNS = GOVERNMENT_NOUNS | {"regime", "leadership"}
INCLUDE_LEMMAS = {"include", "comprise"}  # "the cabinet of Norway included Prime Minister X": a member, not a target


def _fronted_election(head: Token, root: Token) -> bool:
    """'During the 2015 Ivorian presidential election, President X ...': the country names the
    election the sentence opens with."""
    vote = head.head if head.dep_ in ("compound", "amod", "nmod") else None
    return vote is not None and vote.lemma_.lower() in ("election", "referendum") and vote.dep_ == "pobj" \
        and vote.head.lower_ in ("in", "during", "at", "before", "after") and vote.head.head.i == root.i \
        and vote.i < root.i


def won_presidency(ctx: DocContext, sent: Span) -> None:
    """'X won the 2000 Mexican presidential election', 'Y won the presidency' in a sentence whose one
    country names the election ('At the 1979 Ghanaian general election, Y ...'): the winner became
    that country's president (not 'hoped to win', 'did not win', a primary or a party's nomination)."""
    countries = {m.entity: m for m in ctx.mentions
                 if m.type == NodeType.COUNTRY.value and sent.start <= m.start < sent.end}
    for verb in sent:
        if verb.lemma_.lower() != "win" or verb.pos_ != "VERB" or _is_hypothetical(verb) or _has_negation([verb]):
            continue
        country = None
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            if obj.lemma_.lower() == "election" and any(c.lower_ == "presidential" for c in obj.children):
                country = next((m for c in obj.children if c.dep_ in ("amod", "compound", "nmod")
                                for m in [ctx.mention_at(c.i)]
                                if m is not None and m.type == NodeType.COUNTRY.value), None)
            elif obj.lower_ == "presidency" and not any(c.dep_ == "prep" for c in obj.children) and len(countries) == 1:
                only = next(iter(countries.values()))
                country = only if _the_election_of(_span_head(ctx, only)) else None
        subjects, passive = _subject_tokens(verb)
        if country is None or passive:
            continue
        for person in (a for s in subjects for a in arguments(ctx, s, sent)
                       if ctx.entity_types[a] == NodeType.PERSON.value):
            ctx.add(person, RelType.HOLDS_ROLE, country.entity, {"role": "president"}, sent, "won_presidency")


def _names_its_country(ctx: DocContext, mention: Mention) -> bool:
    """'the Swedish Social Democratic Party', 'the Social Democratic Party of Germany': the name itself
    says whose party it is (not the lexicon's 'Liberal Democratic Party', nor a region's party)."""
    words = ctx.doc[mention.start:mention.end]
    iso3 = mention.props.get("country", "")
    return any(ctx.lex.country_adjectives.get(t.text) == iso3 or ctx.lex.country_names.get(t.text) == iso3
               for t in words)


def _dates_it(prep: Token) -> bool:
    """'in 1969', 'from 1990 to 1994', 'since March': a preposition that only dates a title."""
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    return bool(objects) and (prep.lower_ in ("from", "until", "till", "since", "between", "during") or all(
        o.ent_type_ in ("DATE", "TIME") or o.like_num for o in objects))


def _own_partys_country(ctx: DocContext, fact: RoleFact, sent: Span) -> None:
    """'X succeeded Y as chairman of the Swedish Social Democratic Party and as prime minister': in a
    sentence that names no country, a national office of someone the sentence makes a member of a
    party whose name gives its country is held in that country."""
    parties = {m.entity: m.props["country"] for m in ctx.mentions if sent.start <= m.start < sent.end
               and m.props.get("country") and _party_like(ctx, m) and _names_its_country(ctx, m)}
    homes = set(parties.values())
    if len(homes) != 1 or not any(f.head == fact.person and f.tail in parties and f.sent.start == sent.start
                                  for f in ctx.found):
        return
    target = ctx.country_entity.get(next(iter(homes)), -1)
    if target >= 0:
        ctx.add(fact.person, RelType.HOLDS_ROLE, target, {"role": fact.role}, sent, "sentence_country")


def _the_election_of(head: Token) -> bool:
    """'after its victory in the 1977 Israeli legislative election, X became prime minister': the
    country names an election (a country's vote elects that country's offices)."""
    vote = head.head if head.dep_ in ("compound", "amod", "nmod") else None
    return vote is not None and vote.lemma_.lower() in ("election", "referendum") and head.i < vote.i


def sentence_country(ctx: DocContext) -> None:
    """'Kenya was governed by a coalition ... signed by then President Mwai Kibaki', 'In Peru,
    President X ...': a national office named without a country, in a sentence about the one country
    it names (its main subject, or a fronted 'In <country>,'), is held in that country; never for
    someone the clause acts on ('China warned President X')."""
    for fact, sent in _untitled_national_offices(ctx):
        countries = [m for m in ctx.mentions if m.type == NodeType.COUNTRY.value and sent.start <= m.start < sent.end]
        if not countries:
            _own_partys_country(ctx, fact, sent)
        if len({m.entity for m in countries}) != 1:
            continue
        root = sent.root
        head = _span_head(ctx, countries[0])
        # "the cabinet of Norway included ...", "Norway's government was led by ...": its government, the subject
        if head.dep_ == "poss" or head.dep_ == "pobj" and head.head.lower_ == "of":
            body = head.head if head.dep_ == "poss" else head.head.head
            head = body if body.lemma_.lower() in STATE_GOVERNMENT_NOUNS else head
        topic = head.dep_ in ("nsubj", "nsubjpass") and head.head.i == root.i or (
            head.dep_ == "pobj" and head.head.lower_ == "in" and head.head.head.i == root.i and head.i < root.i) \
            or _fronted_election(head, root)
        vote = _the_election_of(head)
        person = ctx.mention_at(fact.position)
        if not (topic or vote) or person is None:
            continue
        token = _span_head(ctx, person)
        acted_on = token.dep_ in ("dobj", "dative", "iobj") and root.lemma_.lower() not in INCLUDE_LEMMAS or (
            token.dep_ == "pobj" and token.head.lower_ in ("with", "to", "against", "on"))
        # "Russia has denied it and President X has called it a witch hunt": a clause of its own
        own_clause = any(v.dep_ in ("conj", "ccomp", "advcl", "parataxis") and v.i != root.i and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in v.children) for v in [token, *token.ancestors]
            if v.pos_ in ("VERB", "AUX"))
        if acted_on or own_clause and not vote:  # (a vote's country is every clause's)
            continue
        ctx.add(fact.person, RelType.HOLDS_ROLE, countries[0].entity, {"role": fact.role}, sent, "sentence_country")


NATIONALITY_ROLES = {"politician", "diplomat", "statesman", "stateswoman"}
OFFICES_OF_ONES_COUNTRY = NATIONAL_ROLES | {"minister", "deputy minister", "ambassador", "senator"}


def nationality_office(ctx: DocContext) -> None:
    """'X is a Chilean politician who served as Minister of Health': an office named without a
    country, held by someone the article calls a politician (diplomat, statesman) of one country, is
    held in that country (not when the article gives them an office of another country)."""
    nations: dict[int, set[int]] = {}
    offices: dict[int, set[int]] = {}
    for fact in ctx.roles:
        if fact.target >= 0 and ctx.entity_types[fact.target] == NodeType.COUNTRY.value:
            (nations if fact.role in NATIONALITY_ROLES else offices).setdefault(fact.person, set()).add(fact.target)
    for fact in ctx.roles:
        countries = nations.get(fact.person, set())
        if fact.target >= 0 or len(countries) != 1 or fact.role not in OFFICES_OF_ONES_COUNTRY \
                or not offices.get(fact.person, set()) <= countries:
            continue
        rel = RelType.ENVOY_OF if fact.rel == RelType.ENVOY_OF.value else RelType.HOLDS_ROLE
        ctx.add(fact.person, rel, next(iter(countries)), {"role": fact.role}, ctx.doc[fact.position].sent,
                "nationality_office")


# the offices of a government ("Home Secretary X", "Culture Secretary Y"), which an article about one
# country's parties gives that country (not a head of state's: "President X" may be a guest's)
GOVERNMENT_ROLES = {"prime minister", "premier", "deputy prime minister", "chancellor", "chancellor of the exchequer",
                    "minister", "foreign minister", "defence minister", "finance minister", "interior minister",
                    "secretary", "secretary of state", "foreign secretary", "defence secretary", "home secretary",
                    "attorney general"}


# offices a constituent country (Scotland, Wales) has no own holder of
STATE_ONLY_OFFICES = {"prime minister", "deputy prime minister", "chancellor", "chancellor of the exchequer",
                      "foreign secretary", "defence secretary", "home secretary"}


def dateline_country(ctx: DocContext, iso3: str) -> None:
    """'WASHINGTON (Reuters) - President X said': a national office named without a country,
    in a sentence that names no country (or only others' offices': 'President X met U.S. President
    Y'), is held in the dateline's country."""
    _untitled_offices_held_in(ctx, iso3, "dateline_country", NATIONAL_ROLES, beside_titles=True)


def _untitled_offices_held_in(ctx: DocContext, iso3: str, rule: str, roles: frozenset[str] | set[str],
                              beside_titles: bool) -> None:
    """The article's offices in `roles` named without a country ('President X', bare titles only) are
    held in country `iso3`, in sentences that name no country (with `beside_titles`, none but the
    countries of others' offices)."""
    target = ctx.country_entity.get(iso3, -1)
    if target < 0:
        return
    # "U.S. President Trump" anywhere in a Beijing story: his untargeted "President Trump" is not China's
    for fact, sent in _untitled_national_offices(ctx, besides=target, roles=roles):
        titled = {f.target for f in ctx.roles if sent.start <= f.position < sent.end} if beside_titles else set()
        if any(m.type == NodeType.COUNTRY.value and sent.start <= m.start < sent.end and m.entity not in titled
               for m in ctx.mentions):
            continue  # another country is named: the office may be theirs
        ctx.add(fact.person, RelType.HOLDS_ROLE, target, {"role": fact.role}, sent, rule)


def party_country(ctx: DocContext) -> None:
    """'Home Secretary Charles Clarke said' in an article (with no dateline) whose parties are all one
    country's (Labour, the Conservatives) and which names that country (or, a story that names no country, two
    of its parties): a government office named without
    a country, in a sentence that names no country, is held in that country (not in a Scottish story
    that names only Scotland: its 'deputy health minister' may be Scotland's)."""
    parties = [m for m in ctx.mentions if m.type == NodeType.ORGANIZATION.value and m.props.get("kind") == "party"
               and m.props.get("country")]
    homes = {m.props["country"] for m in parties}
    home = ctx.country_entity.get(next(iter(homes)), -1) if len(homes) == 1 else -1
    named = {m.entity for m in ctx.mentions if m.type == NodeType.COUNTRY.value}
    # (or, in a story of three sentences or more that names no country, two of that country's parties:
    # "Labour ... the Tories")
    story = not named and len({m.entity for m in parties}) >= 2 and _a_story(ctx)
    if home >= 0 and (home in named or story):
        # (not beside another's office: "Merkel, then chancellor, ... the Greek finance minister X")
        _untitled_offices_held_in(ctx, next(iter(homes)), "party_country", GOVERNMENT_ROLES, beside_titles=False)
    elif home >= 0 and named and all(ctx.lex.countries[m.key.split(":", 1)[1]].part_of == next(iter(homes))
                                     for m in ctx.mentions if m.entity in named):
        # a Scottish story with Labour in it: its prime minister and defence secretary are still Britain's
        _untitled_offices_held_in(ctx, next(iter(homes)), "party_country", STATE_ONLY_OFFICES, beside_titles=False)


def _a_story(ctx: DocContext) -> bool:
    """An article of three sentences or more: enough text for its parties or its one country to say
    whose offices its bare titles are (a single sentence, as in the evaluation sets, is not)."""
    return sum(1 for _ in ctx.doc.sents) >= 3


def story_country(ctx: DocContext) -> None:
    """'Manuel Quezon ... President Joseph Estrada signed it' in a story (three sentences or more, no
    dateline) that names one country only, twice or more: a national office named without a country, in
    a sentence that names no country, is held in that country."""
    named = [m.entity for m in ctx.mentions if m.type == NodeType.COUNTRY.value]
    if len(named) < 2 or len(set(named)) != 1 or not _a_story(ctx):
        return
    iso3 = next((k for k, v in ctx.country_entity.items() if v == named[0]), "")
    if iso3 and not ctx.lex.countries[iso3].part_of:  # (a Scottish story's prime minister is no Scot's)
        _untitled_offices_held_in(ctx, iso3, "story_country", NATIONAL_ROLES | GOVERNMENT_ROLES, beside_titles=False)


def presidential_envoy(ctx: DocContext) -> None:
    """'Russian presidential envoy X' is the envoy of Russia's president when the article names one."""
    presidents = {
        (f.target, f.role): f.person for f in ctx.roles if f.rel == RelType.HOLDS_ROLE.value and f.role == "president"
    }
    for fact in ctx.presidential:
        president = presidents.get((fact.target, "president"))
        if president is None:
            continue
        for found in list(ctx.found):
            if found.head == fact.person and found.tail == fact.target and found.rel in (
                RelType.ENVOY_OF.value, RelType.ADVISER_TO.value, RelType.SPOKESPERSON_FOR.value
            ):
                ctx.add(fact.person, RelType(found.rel), president, dict(found.props), found.sent,
                        "presidential_envoy")


# --- arguments ----------------------------------------------------------------------------
def _conjuncts(token: Token, affirmed: bool = False) -> list[Token]:
    """The token and its conjuncts; `affirmed` leaves out those after a 'not' ('Syria but not
    Turkey and Russia', 'Syria, not Turkey')."""
    out = [token]
    stack = [token]
    while stack:
        current = stack.pop()
        for child in current.children:
            if child.dep_ == "conj":
                out.append(child)
                stack.append(child)
    if affirmed:
        nots = [c.i for c in out[1:] if c.lower_ == "not" or _negated(c) or c.nbor(-1).lower_ == "not"]
        out = [c for c in out if not nots or c.i < min(nots) or c is token]
    return out


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _organisation_behind(ctx: DocContext, token: Token, depth: int = 2) -> int:
    """'the Harbor Foundation research group', 'the USDA's research service', 'the Coast Guard's 8th
    District headquarters': an unnamed unit noun stands for the organisation that modifies it."""
    if ctx.tok2mention[token.i] >= 0 or token.lemma_.lower() not in ORG_UNIT_NOUNS or token.pos_ != "NOUN":
        return -1
    for child in sorted(token.children, key=lambda c: c.i):
        if child.dep_ not in ("compound", "poss", "nmod") or child.i > token.i:
            continue
        mention = ctx.mention_at(child.i)
        if mention is not None:
            if mention.type == NodeType.ORGANIZATION.value and not mention.capital_of:
                return mention.entity
            if mention.type not in (NodeType.LOCATION.value, NodeType.COUNTRY.value):
                continue  # (but "the OSCE Chechnya mission" is the OSCE's mission in a place)
        if depth > 1 and child.dep_ in ("compound", "nmod"):  # "the Coast Guard's 8th District (headquarters)"
            for grandchild in child.children:
                owner = ctx.mention_at(grandchild.i) if grandchild.dep_ in ("poss", "compound") else None
                if owner is not None and owner.type == NodeType.ORGANIZATION.value and not owner.capital_of:
                    return owner.entity
    return -1


def resolve_argument(ctx: DocContext, token: Token, sent: Span, exclude: frozenset[int] = frozenset()
                     ) -> list[int]:
    """Actor entity ids a syntactic argument stands for (one token, no conjuncts)."""
    mention = ctx.mention_at(token.i)
    if mention is not None:
        if mention.type == NodeType.COUNTRY.value and token.tag_ in ("NNS", "NNPS") and any(
                c.dep_ in ("amod", "nummod", "det") and c.lower_ in POPULATION_WORDS or c.dep_ == "nummod"
                for c in token.children):
            return []  # "more Americans visited Cuba", "thousands of Germans": people, not their state
        actor = ctx.actor_of_mention(mention)
        return [actor] if actor >= 0 else []
    lower = token.lower_
    if lower in DAY_WORDS:  # "met Bashar Assad Tuesday": the parser hangs the name on the day
        named = ctx.ending_at(token.i - 1)
        if named is not None and ctx.doc[named.end - 1].head.i == token.i:
            actor = ctx.actor_of_mention(named)
            return [actor] if actor >= 0 and actor not in exclude else []
        return []
    if lower in PRONOUNS_SINGULAR and token.pos_ == "PRON":
        # "A and B welcomed his return": 'his' is none of those excluded (the other side)
        return [a for a in _singular_antecedent(ctx, token, sent) if a not in exclude]
    if lower in PRONOUNS_PLURAL and token.pos_ == "PRON":
        return _plural_antecedent(ctx, token, sent)
    if lower in ("it", "its") and token.pos_ == "PRON":  # only inside a report by that country or body
        return _reporting_subject(ctx, token, (NodeType.COUNTRY.value, NodeType.ORGANIZATION.value)) or []
    for child in token.children:  # "the envoy, Lars Berg" / "envoy Lars Berg (and adviser B)"
        if child.dep_ == "appos" and ctx.mention_at(child.i) is not None and not _negated(child) and not any(
                c.dep_ == "neg" and token.i < c.i < child.i for c in token.children):  # "his predecessors, not China"
            return arguments(ctx, child, sent)
    if token.pos_ in ("NOUN", "PROPN"):
        refs = resolve_role_reference(ctx, token, sent, exclude)
        if refs:
            return refs
        org = _organisation_reference(ctx, token)
        if org >= 0 and org not in exclude:
            return [org]
        lemma = token.lemma_.lower()
        after = token.i + 1
        while after < sent.end and ctx.doc[after].lower_.rstrip(".") in HONORIFICS:
            after += 1  # "Prime Minister Sheikh Mohammed ..."
        named = ctx.mention_at(after)
        if named is not None and named.start == after and named.type == NodeType.PERSON.value:
            return [named.entity] if named.entity not in exclude else []  # "leader Chuck Schumer"
        if lower in PROXY_NOUNS or lemma in PROXY_NOUNS or title_key(lemma) in ctx.lex.roles:
            # "Russian forces", "the U.N. war crimes court", "a French minister", "Cairo's security
            # chief": an unnamed official or body acts for the state or organisation named with it
            owners: list[int] = []
            # "a Russian lawyer", "an American economist": a private professional does not act for
            # the state (an organisation's economist may still speak for it)
            # ("British politicians", "Kenyan activists" are no state either; "Labour politicians" act for Labour)
            kinds = (NodeType.ORGANIZATION.value,) if {lemma, lower} & (PRIVATE_TITLES | PARTISAN_ROLES) else (
                NodeType.COUNTRY.value, NodeType.ORGANIZATION.value)
            i = token.i - 1
            while i >= max(sent.start, token.left_edge.i):
                owner = ctx.mention_at(i)
                if owner is not None and _acts_for(owner, kinds):
                    actor = ctx.actor_of_mention(owner)
                    if actor >= 0 and actor not in exclude and actor not in owners:
                        owners.append(actor)
                    i = owner.start - 1
                    continue
                if owner is not None or (owners and ctx.doc[i].lower_ not in ("and", ",", "or")):
                    break  # "Egyptian and Qatari mediators": both; stop at anything else once found
                i -= 1
            if owners:
                return list(reversed(owners))
            return _sender_named_after(ctx, token, kinds, exclude)
    return []


def _acts_for(owner: Mention, kinds: tuple[str, ...]) -> bool:
    """Whether an unnamed official or body can act for `owner`: a mention of one of `kinds`, or a
    capital (its government) when states are among them."""
    return owner.type in kinds or bool(owner.capital_of and len(kinds) == 2)


def _sender_named_after(ctx: DocContext, group: Token, kinds: tuple[str, ...], exclude: frozenset[int]) -> list[int]:
    """'a delegation from Hamas', 'officials of the European Union': the body named after a group
    noun sent them (a name, not 'members of Japanese abducted by ...')."""
    for prep in group.children:
        if prep.dep_ != "prep" or not (prep.lower_ == "from" or prep.lower_ == "of" and group.lower_ in GROUP_OF_NOUNS):
            continue
        for obj in prep.children:
            owner = ctx.mention_at(obj.i)
            if obj.dep_ != "pobj" or owner is None or ctx.doc[owner.start:owner.end].text in ctx.lex.country_adjectives:
                continue
            if _acts_for(owner, kinds):
                actor = ctx.actor_of_mention(owner)
                if actor >= 0 and actor not in exclude:
                    return [actor]
    return []


def _singular_antecedent(ctx: DocContext, token: Token, sent: Span) -> list[int]:
    """The person a 'he'/'she'/'his' stands for."""
    if ctx.roles_pass and _in_quotation(sent, token.i):
        return []  # 'X said: "He will serve ..."': someone X talks about
    reporter = _reporting_subject(ctx, token)
    if reporter is not None:
        return reporter
    if ctx.roles_pass:
        return _unambiguous_antecedent(ctx, token, sent)
    described = _described_subject(ctx, token, sent)
    if described is not None:
        return described
    person = _last_subject(ctx, token.i)
    titled = _titled_since_last_subject(ctx, token.i, sent)
    if titled:  # "The prime minister said ... But he rejected ...": the titled subject, not the last name
        noun = ctx.doc[titled[-1]]
        people = [p for p in resolve_role_reference(ctx, noun, noun.sent)
                  if ctx.entity_types[p] == NodeType.PERSON.value]
        if people:
            return people if len(people) == 1 and not _other_gender(ctx, people[0], token) else []
        # a title no one named holds: the last name said, unless the article gives that person another
        # title ("Home Secretary X ... the prime minister said ... he": not X)
        title = ctx.title_ending_at(noun.i + 1, max(noun.sent.start, noun.left_edge.i))
        held = {f.role for f in ctx.roles if f.person == person}
        if person < 0 or title is None or held and title[1].role not in held:
            return []
    return [person] if person >= 0 else []


def _titled_since_last_subject(ctx: DocContext, position: int, sent: Span) -> list[int]:
    """Subjects named by title only ('the prime minister said') in the sentences before `sent`, after
    the last person subject before `position`."""
    since = max((i for i, _ in ctx.subjects if i < position), default=-1)
    return [i for i in ctx.titled_subjects if since < i < sent.start]


def _described_subject(ctx: DocContext, pronoun: Token, sent: Span) -> list[int] | None:
    """'The Pakistani president met X, on his first visit to London': the pronoun stands for the
    clause's subject, a person named by title, before the last name said as a subject elsewhere."""
    subject = next((c for c in sent.root.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)
    if subject is None or subject.pos_ != "NOUN" or ctx.tok2mention[subject.i] >= 0 \
            or any(m.type == NodeType.PERSON.value and sent.start <= m.start < pronoun.i and m.start < subject.i
                   for m in ctx.mentions):
        return None
    if title_key(subject.lemma_.lower()) not in ctx.lex.roles:
        return None
    # (a title no one named holds is a person still: better no one than the last name said)
    people = [p for p in resolve_role_reference(ctx, subject, sent) if ctx.entity_types[p] == NodeType.PERSON.value]
    return people if len(people) == 1 and not _other_gender(ctx, people[0], pronoun) else []


def _mention_conjuncts(ctx: DocContext, token: Token) -> list[Token]:
    """The token's conjuncts, and those the parser hung on another word of the same name ('Barack
    Obama and Vladimir Putin' parsed with 'Putin' as a conjunct of 'Obama' under subject 'Barack')."""
    out = _conjuncts(token, affirmed=True)
    mention = ctx.mention_at(token.i)
    if mention is None:
        return out
    for listed in _listed_as_apposition(ctx, token, mention):
        out += [c for c in _conjuncts(listed, affirmed=True) if c not in out]
    if mention.type != NodeType.PERSON.value:
        return out
    for inner in ctx.doc[mention.start:mention.end]:
        if inner.i != token.i:
            out += [c for c in _conjuncts(inner, affirmed=True)[1:] if c not in out
                    and not mention.start <= c.i < mention.end]
    return out


def _listed_as_apposition(ctx: DocContext, token: Token, mention: Mention) -> list[Token]:
    """'The US, Russia, and Switzerland met': the parser makes 'Russia' an apposition of 'the US'
    with 'Switzerland' its conjunct. A list when the apposition and its conjuncts all name
    actors of the token's own type."""
    def same_type(t: Token) -> bool:
        other = ctx.mention_at(t.i)
        return other is not None and other.type == mention.type and other.end == t.i + 1
    return [child for child in token.children if child.dep_ == "appos" and same_type(child)
            and (conjuncts := [c for c in child.children if c.dep_ == "conj"])
            and all(same_type(c) for c in conjuncts)]


def arguments(ctx: DocContext, token: Token, sent: Span, exclude: frozenset[int] = frozenset()) -> list[int]:
    out: list[int] = []
    for conj in _mention_conjuncts(ctx, token):
        if conj is not token and conj.dep_ == "poss":
            continue  # "Trump's envoy": the possessor is not the argument
        for actor in resolve_argument(ctx, conj, sent, exclude):
            if actor not in out:
                out.append(actor)
    return out


def _reporting_subject(ctx: DocContext, pronoun: Token, kinds: tuple[str, ...] = (NodeType.PERSON.value,)
                       ) -> list[int] | None:
    """In 'X said he had met Y', 'he' is X ('NATO said it would ...': 'it' is NATO). None when
    there is no reporting clause to look at; [] when its subject is a name we could not resolve
    (better no edge than a wrong one)."""
    clause = pronoun.head
    for _ in range(4):
        if clause.dep_ == "ccomp" and clause.head is not clause:
            governor = clause.head
            for child in governor.children:
                if child.dep_ == "nsubj" and child.i < pronoun.i:
                    mention = ctx.mention_at(child.i)
                    if mention is not None and ctx.entity_types[mention.entity] in kinds:
                        actor = ctx.actor_of_mention(mention)  # (not "Ms Lee said he ...": someone else)
                        return [actor] if actor >= 0 and not _other_gender(ctx, actor, pronoun) else []
                    if child.pos_ == "PROPN":
                        return []
            return None
        if clause.head is clause:
            return None
        clause = clause.head
    return None


def _last_subject(ctx: DocContext, position: int) -> int:
    person = -1
    for i, entity in ctx.subjects:
        if i >= position:
            break
        person = entity
    return person


def _unambiguous_antecedent(ctx: DocContext, pronoun: Token, sent: Span) -> list[int]:
    """A subject 'he'/'she' for the role rules, where a wrong person costs more than none: the one
    person named before it in its sentence, as a subject or agent ('the party was formed by X after
    he quit Y'), or with none named there, the last person subject before ('X was a comedian. He
    was elected to Y'); nothing where two people come before ('X joined the attack on Z, saying he
    ...') or for 'his'."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return []
    before = [m for m in ctx.mentions if m.type == NodeType.PERSON.value and sent.start <= m.start < pronoun.i]
    if not before:  # the last person subject, unless someone else was named since ("X named Y. He ...")
        position, person = next(((i, e) for i, e in reversed(ctx.subjects)  # named, not a pronoun chained on
                                 if i < pronoun.i and ctx.tok2mention[i] >= 0), (-1, -1))
        named = {m.entity for m in ctx.mentions if m.type == NodeType.PERSON.value and position <= m.start < pronoun.i}
        return [person] if person >= 0 and named <= {person} and not _other_gender(ctx, person, pronoun) else []
    head = _span_head(ctx, before[0])  # the one person, as a subject or agent ("Educated at Eton, he ...")
    doer = head.dep_ in ("nsubj", "nsubjpass") or head.dep_ == "pobj" and head.head.dep_ == "agent"
    return [before[0].entity] if doer and all(m.entity == before[0].entity for m in before) \
        and not _other_gender(ctx, before[0].entity, pronoun) else []


FEMALE_HONORIFICS = {"mrs", "ms", "miss", "lady", "dame", "baroness", "queen", "madam", "mme"}
MALE_HONORIFICS = {"mr", "sir", "lord", "king", "baron", "prince"}


def _other_gender(ctx: DocContext, person: int, pronoun: Token) -> bool:
    """'Mrs Thatcher ... he became': an honorific before a mention of the person says the pronoun is
    someone else's."""
    other = FEMALE_HONORIFICS if pronoun.lower_ in ("he", "him", "his", "himself") else MALE_HONORIFICS
    return any(m.entity == person and m.start > 0 and ctx.doc[m.start - 1].lower_.rstrip(".") in other
               for m in ctx.mentions)


def _in_quotation(sent: Span, i: int) -> bool:
    """Whether token i sits inside quotation marks opened earlier in its sentence."""
    opened = False
    for token in sent.doc[sent.start:i]:
        if token.text in ("“", "”", '"', "``", "''"):
            opened = token.text != "”" and (not opened or token.text == "“")
    return opened


def _plural_antecedent(ctx: DocContext, token: Token, sent: Span) -> list[int]:
    """'Canada and Poland said that they will ...': 'they' is the subject of the reporting verb."""
    clause = token.head
    while clause.dep_ in ("xcomp", "advcl", "conj", "aux") and clause.head is not clause:
        clause = clause.head
    if clause.dep_ != "ccomp":
        return []
    governor = clause.head
    for child in governor.children:
        if child.dep_ == "nsubj":
            actors = arguments(ctx, child, sent)
            if len(actors) >= 2:
                return actors
    return []


def resolve_role_reference(ctx: DocContext, token: Token, sent: Span, exclude: frozenset[int] = frozenset()
                           ) -> list[int]:
    """'the Kremlin spokesman', 'the president's envoys': people holding that role in this article.

    A singular reference picks the holder mentioned closest before it (never someone in
    `exclude`, such as the other side of the same interaction); a plural one takes all.
    """
    floor = max(sent.start, token.left_edge.i)
    found = ctx.title_ending_at(token.i + 1, floor)
    if found is None and token.lemma_.lower() != token.lower_:
        role = ctx.lex.roles.get(title_key(token.lemma_))
        found = (token.i, role) if role is not None else None
    if found is None:
        return []
    k, role = found
    determiners = {c.lower_ for c in token.children if c.dep_ == "det"}
    possessors = [c for c in token.children if c.dep_ == "poss"]
    if "the" not in determiners and not possessors:
        return []
    rel = _role_relation(role).value
    targets: list[int] = []
    if possessors:
        owner = possessors[0]
        if owner.pos_ == "PRON":
            return []  # "his son", "her adviser": too easy to get wrong
        targets = resolve_argument(ctx, owner, sent, exclude)
        if not targets:
            return []
    else:
        modifier = ctx.ending_at(k - 1)
        if modifier is not None:
            targets = [ctx.actor_of_mention(modifier)]
    people = sorted({
        f.person for f in ctx.roles
        if f.rel == rel and _same_role(f.role, role.role, rel) and (not targets or f.target in targets)
        and f.person >= 0 and f.person not in exclude
    })
    if not people:
        return []
    if token.tag_ in ("NNS", "NNPS"):
        return people
    return [min(people, key=lambda p: _distance_before(ctx, p, token.i))]


LESSER_OFFICE_WORDS = {"deputy", "vice", "assistant", "under", "junior", "shadow", "former", "associate"}


def _same_role(held: str, referred: str, rel: str) -> bool:
    """'the envoy' refers to a 'special envoy'; 'the minister' to a 'foreign minister'."""
    if rel != RelType.HOLDS_ROLE.value:
        return True
    # (but a 'deputy prime minister' is not 'the prime minister', nor a 'shadow chancellor' 'the chancellor')
    return held == referred or held.endswith(" " + referred) and held.split()[0] not in LESSER_OFFICE_WORDS


def _organisation_reference(ctx: DocContext, token: Token) -> int:
    """'the agency', 'the party', 'the alliance': the last organisation named before that fits."""
    if token.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return -1
    lemma = token.lemma_.lower()
    kind = ORG_REFERENCE_KINDS.get(lemma)
    if kind is None and lemma not in ORG_REFERENCE_WORDS:
        return -1
    # "the House tax committee" is no Senate committee: capitalised modifiers must be in the name
    modifiers = {c.lower_ for c in token.children if c.dep_ in ("compound", "amod") and c.text[:1].isupper()}
    for mention in reversed(ctx.mentions):
        if mention.start >= token.i or mention.type != NodeType.ORGANIZATION.value:
            continue
        words = set(mention.text.lower().split())
        if ((kind and mention.props.get("kind") == kind) or lemma in words) and modifiers <= words:
            return mention.entity
    return -1


def _distance_before(ctx: DocContext, entity: int, position: int) -> tuple[int, int]:
    """Sort key: mentioned before `position` (closest first), then after it."""
    before = [m.start for m in ctx.mentions if m.entity == entity and m.start < position]
    if before:
        return (0, position - max(before))
    after = [m.start for m in ctx.mentions if m.entity == entity]
    return (1, min(after) - position if after else 10**9)


def collect_subjects(ctx: DocContext, sent: Span) -> None:
    """Remember people who are grammatical subjects, for 'he'/'she' later on."""
    for token in sent:
        if token.dep_ in ("nsubj", "nsubjpass"):
            mention = ctx.mention_at(token.i)
            if mention is not None and ctx.entity_types[mention.entity] == NodeType.PERSON.value:
                ctx.subjects.append((token.i, mention.entity))
            elif token.lower_ in PRONOUNS_SINGULAR:
                person = _last_subject(ctx, token.i)
                # (not after "the prime minister said": a pronoun of a subject named by title only)
                if person >= 0 and not _titled_since_last_subject(ctx, token.i, sent):
                    ctx.subjects.append((token.i, person))
            elif token.pos_ == "NOUN" and token.tag_ == "NN" and mention is None \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
                    and title_key(token.lemma_.lower()) in ctx.lex.roles:
                ctx.titled_subjects.append(token.i)


# --- interactions ---------------------------------------------------------------------------
def _governors(token: Token, limit: int = 4) -> list[Token]:
    """The token and the verbs/nouns above it in its clause chain."""
    out = [token]
    current = token
    for _ in range(limit):
        if current.head is current or current.dep_ in ("ROOT", "parataxis", "relcl") or (current.dep_ == "ccomp" and not any(
                c.dep_ == "aux" and c.tag_ == "TO" for c in current.children)):
            break  # "said that X attacked Y" stops here; "wants X to attack Y" goes on to "wants"; "X, who had
            # won Y, called for Z": a relative clause says what happened, whatever the clause around it
        current = current.head
        out.append(current)
    return out


def _has_negation(tokens: list[Token]) -> bool:
    """'did not meet', 'no talks', 'refused to meet' (the first token is the trigger itself)."""
    for index, token in enumerate(tokens):
        for child in token.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
                return True
        if index > 0 and token.lemma_.lower() in REFUSE_LEMMAS and tokens[index - 1].dep_ in REFUSED_SLOTS:
            return True  # "refused to meet", "denied meeting X"; not "rejected X and accused Y"
    return False


def meeting_status(trigger: Token) -> str | None:
    """held / planned / cancelled for a meeting word; None when the meeting is negated."""
    chain = _governors(trigger)
    for token in chain:
        lemma = token.lemma_.lower()
        particles = {c.lower_ for c in token.children if c.dep_ in ("prt", "prep")}
        if lemma in CANCEL_LEMMAS or (lemma == "call" and "off" in particles) or (
            lemma in ("pull", "back") and "out" in particles
        ):
            return "cancelled"  # "cancelled", "called off", "pulled out of"
        if lemma in ("take", "happen", "go") and _has_negation([token, token]) and (
            lemma != "take" or any(c.lower_ == "place" for c in token.children)
        ):
            return "cancelled"  # "the meeting did not take place / did not happen / did not go ahead"
        if any(c.dep_ == "amod" and c.lemma_.lower() in CANCEL_LEMMAS | {"cancelled", "canceled"}
               for c in token.children):
            return "cancelled"
    if _has_negation(chain):
        return None
    if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for token in chain for c in token.children):
        return None  # "did not say whether he had consulted X", "if they meet": not known to happen
    if any(token is not trigger and token.lemma_.lower() in DEMAND_LEMMAS for token in chain) or any(
            c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for token in chain for c in token.children):
        return None  # "the US must be ready to mediate", "urged Kyiv to meet Moscow": a demand, no meeting
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in trigger.children) and (
            trigger.head.lemma_ == "be" or trigger.dep_ == "ROOT" or (
                trigger.dep_ in ("relcl", "acl") and trigger.head.pos_ == "PROPN")):
        return "planned"  # "is to visit", "are to meet", headlines: "Putin, Trump to discuss North Korea"
    if _ahead_of(trigger):
        return "planned"  # "said on Wednesday ahead of Trump's visit to Beijing"
    if trigger.tag_ in ("VBZ", "VBP") and any(c.dep_ == "mark" and c.lower_ in ("before", "until")
                                             for c in trigger.children):
        return "planned"  # "backed the sanctions just before Trump visits Beijing": not yet
    for token in chain:
        lemma = token.lemma_.lower()
        if lemma in PLAN_LEMMAS and token is not trigger:
            return "planned"
        for child in token.children:
            if child.dep_ in ("aux", "amod", "advmod") and child.lemma_.lower() in PLAN_LEMMAS:
                return "planned"
            if child.dep_ == "aux" and child.tag_ == "TO" and token is not trigger and token.dep_ == "xcomp":
                return "planned"
    return "held"


def _ahead_of(trigger: Token) -> bool:
    """'ahead of the talks', 'in advance of his visit': the meeting has not happened yet."""
    prep = trigger.head
    return trigger.dep_ == "pobj" and prep.lower_ == "of" and prep.head is not prep and (
        prep.head.lower_ == "ahead" or (prep.head.lower_ == "advance" and prep.head.head.lower_ == "in"))


def _is_hypothetical(trigger: Token, allow_future: bool = False) -> bool:
    """Negated, threatened, feared or conditional actions did not happen ('will'/'would' are a
    commitment when the action is support: 'Germany will send air defence systems'; an 'if'
    clause still makes it conditional)."""
    chain = _governors(trigger)
    if _has_negation(chain):
        return True
    hypothetical = HYPOTHETICAL_LEMMAS - ({"will", "would"} if allow_future else set())  # "said it would support"
    for token in chain:
        if token is not trigger and token.lemma_.lower() in hypothetical:
            return True
        for child in token.children:
            if child.dep_ in ("aux", "mark") and child.lemma_.lower() in hypothetical:
                return True
    # "If the bill fails, X would seek ...": a condition on a 'will' or 'would'
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in trigger.children) and any(a.lower_ in ("will", "would", "'ll", "'d") for a in trigger.children)


def _welcomes_a_thing(ctx: DocContext, verb: Token, sent: Span) -> bool:
    """'Orban welcomed Trump's approach': welcoming what someone did is praise (CAMEO 051)."""
    for child in verb.children:
        if child.dep_ != "dobj" or arguments(ctx, child, sent):
            continue
        subjects = [a for t in _subject_tokens(verb)[0] for a in arguments(ctx, t, sent)]
        owners = [a for p in child.children if p.dep_ == "poss"
                  for a in resolve_argument(ctx, p, sent, frozenset(subjects))]
        for source in subjects:
            for owner in owners:
                ctx.add(source, RelType.PRAISED, owner, {"cameo": "051", "plover": "SUPPORT"}, sent,
                        "verb_interaction")
        return True
    return False


def _transfers_aid(verb: Token) -> bool:
    for child in verb.children:
        if child.dep_ == "dobj":
            words = {child.lemma_.lower()} | {c.lemma_.lower() for c in child.children if c.dep_ in ("compound", "amod")}
            if words & AID_WORDS:
                return True
    return False


def _antecedent(relative_clause: Token) -> Token:
    """What 'who' stands for: the noun the clause hangs on, or the name that noun is in apposition
    to ('Ed Lane, a former party chairman who was endorsed by X': Ed Lane, not the party)."""
    noun = relative_clause.head
    who = any(c.lower_ == "who" and c.dep_ in ("nsubj", "nsubjpass") for c in relative_clause.children)
    for _ in range(2):  # "X was a politician in the province of Alberta, who served as ...": not the place
        if who and noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN" \
                and (noun.ent_type_ in ("GPE", "LOC") or noun.lower_ in PLACE_HEAD_WORDS):
            noun = noun.head.head
    first = noun
    while first.dep_ == "conj" and first.head.pos_ == "NOUN" and first.pos_ == "NOUN":
        first = first.head  # "X was a historian and an activist who founded Y": the first description's
    if first.dep_ == "attr" and noun.pos_ == "NOUN" and first.head.lemma_.lower() in COPULAS:
        # "X is a Swedish politician who was elected to the Riksdag": the noun describes X
        subjects = [c for c in first.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[0]
    return noun.head if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" else noun


def _split_off(verb: Token) -> bool:
    """Whether the parser split 're-' or 'co-' off this verb and made the prefix its head
    ('re' - 'elected', 'co' - 'founded')."""
    return verb.dep_ in ("advcl", "conj", "dep") and verb.head.lower_ in SPLIT_PREFIXES and verb.i == verb.head.i + 2


def _opens_the_sentence(verb: Token) -> bool:
    """A clause fronted before the main one, from the sentence's first word ('Elected to the Chamber in
    1986, X ...', 'Having resigned from Y, X ...'): its subject is the main clause's."""
    if verb.dep_ == "pcomp" and verb.head.lower_ in TIME_PREPS and verb.head.dep_ == "prep":
        verb = verb.head  # "Before joining the Christian Democrats, X had represented ...": the phrase is fronted
        return verb.i < verb.head.i and verb.i == verb.sent.start
    return verb.dep_ == "advcl" and verb.i < verb.head.i and verb.left_edge.i == verb.sent.start


def _fronted_participle(verb: Token) -> bool:
    """'Elected to the Chamber for the Y Party in 1986, X ...': a bare past participle opening the
    sentence is passive, its subject the main clause's."""
    return _opens_the_sentence(verb) and verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children)


def _subject_tokens(verb: Token) -> tuple[list[Token], bool]:
    """Subjects of a verb, borrowed from the governing verb for xcomp/conj; (tokens, passive)."""
    current = verb
    if _split_off(current):
        current = current.head  # "X was re-elected as ...", "X co-founded Y": the parser splits off the prefix
        named = [c for c in current.children if c.dep_ == "compound" and c.i < current.i and c.pos_ == "PROPN"]
        if named and not any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children):
            return named, False  # ("X co-founded": the parser may even make X a compound of "co")
    for _ in range(4):  # "is due to fly to Ottawa to meet X": meet -> fly -> due -> is
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "csubj")]
        if not subjects and current is verb and current.dep_ == "acl" and current.tag_ == "VBD" \
                and current.head.pos_ == "PROPN" and not any(c.dep_ == "nsubjpass" for c in current.children):
            return [current.head], False  # "X, who had fallen out with Y, defected ...": a finite verb read as X's acl
        if not subjects and current is verb and current.dep_ == "acl" and current.tag_ == "VBN" \
                and current.head.pos_ == "PROPN" and current.i > current.head.i \
                and verb.doc[current.i - 1].text == "," and not any(c.dep_ == "nsubjpass" for c in current.children):
            return [current.head], True  # "X, expelled from the Y Party in 1998, joined Z": the aside is passive
        if not subjects and current is verb and current.dep_ == "acl" and current.tag_ == "VBG" \
                and not any(c.dep_ == "nsubjpass" for c in current.children):
            # "X, running for the Democratic Party, lost", "X, an independent running on the Y line": the
            # aside's participle is the name's own (or the name the noun before it describes)
            if current.head.pos_ == "PROPN" and verb.doc[current.i - 1].text == ",":
                return [current.head], False
            if current.head.dep_ == "appos" and current.head.head.pos_ == "PROPN" and current.head.i < current.i:
                return [current.head.head], False
            if current.head.dep_ == "attr" and current.head.head.lemma_.lower() in COPULAS \
                    and current.head.i < current.i:
                # "X is a Canadian politician, ..., winning the riding of Y for the Z Party": X won it
                said = [c for c in current.head.head.children if c.dep_ == "nsubj"]
                if said:
                    return said, False
        if subjects:
            if current.dep_ == "relcl" and subjects[0].lower_ in RELATIVE_PRONOUNS:
                return [_antecedent(current)], False  # "Kessler, who negotiated with Hamas"
            return subjects, False
        if current.dep_ in ("relcl", "acl") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in current.children) \
                and current.head.dep_ in ("attr", "appos") and current.head.pos_ == "NOUN" \
                and not any(c.dep_ == "nsubjpass" for c in current.children) \
                and any(c.ent_type_ == "ORDINAL" or c.lower_ in ("first", "last", "only") for c in current.head.lefts):
            # "X was the first woman to lead the Y Party": the noun the infinitive hangs on describes X, and
            # the ordinal says it happened ("X is the best person to meet Y" says nothing happened)
            described = _antecedent(current)
            if described is not current.head:
                return [described], False
        passive = [c for c in current.children if c.dep_ == "nsubjpass"]
        if passive and current.dep_ == "relcl" and passive[0].lower_ in RELATIVE_PRONOUNS:
            return [_antecedent(current)], current is verb  # "Bakke, who was elected as ... but switched to X"
        if passive and current is not verb and verb.dep_ == "advcl" and verb.tag_ == "VBG" and current.dep_ == "ccomp":
            # "Trump said X was being treated unfairly, implicitly criticizing Y": a reported passive clause's
            # patient does not do what the participle says (but "X was elected, defeating Y" did)
            return [], False
        if passive:
            # "A was attacked by B" is passive for the trigger; "A is expected to meet B" is not
            return passive, current is verb
        governor_has_object = any(c.dep_ in ("dobj", "dative") for c in current.head.children)
        if current.dep_ == "xcomp" and governor_has_object and current.head.lemma_.lower() not in SUBJECT_CONTROL \
                and not (current is not verb and verb.dep_ == "advcl" and verb.tag_ == "VBG"
                         and any(c.lower_ in ("when", "while") for c in verb.children)):
            # (but "will ask China to cut its links when meeting X": the asker meets X, at the time of asking)
            # "told his diplomat to negotiate with X", "persuaded Collins to support Y": the object acts
            return [c for c in current.head.children if c.dep_ in ("dobj", "dative")][:1], False
        purpose = current.dep_ == "advcl" and (
            # "travel to Moscow to meet X" (but in "accused Europe ..., only to blame Russia" Europe blames)
            (any(c.dep_ == "aux" and c.tag_ == "TO" for c in current.children) and (
                not governor_has_object or current.head.lemma_.lower() in SUBJECT_CONTROL))  # "left X to found Y"
            or (current.tag_ == "VBG" and not any(c.dep_ == "mark" for c in current.children))  # ", rejecting X"
            or (current.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "having" for c in current.children))
            # "Elected to the Chamber in 1986, X ...": a participle opening the sentence
            or (current.tag_ == "VBN" and _opens_the_sentence(current))
        )  # ", having won a seat for X": the perfect participle's subject is the clause's
        if (current.dep_ in ("xcomp", "conj", "acomp") or purpose) and current.head is not current:
            # "is due to meet", "will travel to Moscow to meet X": the subject carries over
            current = current.head
        elif current.dep_ == "pcomp" and current.head.lower_ in TIME_PREPS and current.head.head.pos_ == "VERB":
            current = current.head.head  # "X issued a statement after meeting with Y": X met Y
        else:
            break
    # "X was re-elected": the parser splits "re-elected" and hangs the subject on "was"
    for aux in (c for c in verb.children if c.dep_ in ("aux", "auxpass")):
        subjects = [c for c in aux.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects, aux.dep_ == "auxpass"
    named = _name_before_finite_verb(verb)
    return ([named], False) if named is not None else ([], False)


def _name_before_finite_verb(verb: Token) -> Token | None:
    """'Congressman and former Governor of Maine Joseph Brennan won the primary': the parser hangs the
    name on the title's 'of' and leaves the verb without a subject; the name right before it is one."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0 or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ != "PROPN" or not before.ent_type_ or before.dep_ in ("nsubj", "nsubjpass") \
            or before.sent.start != verb.sent.start or verb not in before.ancestors:
        return None
    return before


def _agent(verb: Token, hung: bool = False) -> list[Token]:
    """The by-phrase's objects of a passive verb: 'led by A', 'led first by A and later by B' (the
    second 'by' joined to the first or to the verb); with `hung`, also 'led after his death by B'
    (the parser hangs it on the noun before: only where no other reading is likely)."""
    for child in verb.children:
        if child.dep_ == "agent":
            return [g for by in _conjuncts(child) + [c for c in verb.children if c.dep_ == "conj" and c.lower_ == "by"]
                    for g in by.children if g.dep_ == "pobj"]
    return [] if not hung else [
            g for p in verb.children if p.dep_ == "prep" and p.i > verb.i for o in p.children if o.dep_ == "pobj"
            for by in o.children if by.dep_ == "prep" and by.lower_ == "by" and verb.tag_ == "VBN"
            for g in by.children if g.dep_ == "pobj"]


def _stray_agent(verb: Token) -> list[Token]:
    """'X has been accused of misusing funds, much of it believed stolen, by Y officials': the parser
    hangs a distant by-phrase on the clause above. It is the agent of a passive verb that has none
    when it comes after all of the verb's own words and the clause above is active (no passive
    subject or agent of its own to take it)."""
    governor = verb.head
    if _agent(verb) or verb.dep_ not in ("ccomp", "conj") or governor.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("nsubjpass", "auxpass", "agent") for c in governor.children):
        return []
    return [g for c in governor.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > verb.right_edge.i
            for g in c.children if g.dep_ == "pobj"]


def _targets(ctx: DocContext, token: Token, sent: Span, preps: set[str], sources: list[int],
             judge: Token | None = None) -> list[int]:
    """Actors in the object and prepositional slots of `token`; `judge` is the trigger whose
    relation decides whether the owner of a thing counts ("threatened to shell Iraqi towns")."""
    out: list[int] = []
    exclude = frozenset(sources)
    judge = judge if judge is not None else token
    topic_object = token.lemma_.lower() in TOPIC_OBJECT_LEMMAS  # "discussed Ukraine": a topic, not a partner
    # inside a threat's clause, "to withdraw the United States from X" names the threatener's own
    own_object = judge is not token and token.lemma_.lower() in WITHDRAW_LEMMAS
    # on the trigger verb itself, "on"/"into" after an object name a topic ("warns the BBC on Campbell")
    has_object = judge is token and token.pos_ == "VERB" and any(c.dep_ == "dobj" for c in token.children)
    # "accused X of plotting cuts equal to sacking every teacher, GP and nurse": the parser may hang a
    # word of the reason on the verb as a second object; objects after the reason's preposition are none
    reason = min((c.i for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i > token.i
                  and any(o.dep_ == "dobj" and o.i < c.i for o in token.children)), default=len(token.doc))
    for child in token.children:
        if child.dep_ in ("dobj", "dative") and token.pos_ == "VERB" and not topic_object and not own_object \
                and child.i < reason:
            found = arguments(ctx, child, sent, exclude) or _owner(ctx, judge, child, sent, exclude)
            out.extend(a for a in found if a not in out)
        elif child.dep_ == "prep" and child.lower_ in TOPIC_PREPS and has_object and child.i > token.i:
            continue
        elif child.dep_ == "dobj" and token.pos_ == "VERB" and "with" in preps:
            out.extend(a for a in _partners_after_topic(ctx, child, sent, exclude) if a not in out)
        elif child.dep_ == "prep" and child.lower_ in preps and not (token.pos_ == "VERB" and child.i < token.i):
            # a phrase before the verb sets the scene: "On CBS, Graham criticized X"
            for obj in child.children:
                if obj.dep_ == "pcomp" and obj.lower_ == "visiting":
                    # "met with visiting Turkish Prime Minister X": the parser makes X the object of "visiting"
                    obj = next((o for o in obj.children if o.dep_ == "dobj"), obj)
                if obj.dep_ in ("pobj", "dobj"):
                    found = arguments(ctx, obj, sent, exclude) or _owner(ctx, judge, obj, sent, exclude)
                    out.extend(a for a in found if a not in out)
        elif child.dep_ == "prep" and child.lower_ == "as" and token.pos_ == "VERB" and not any(
                c.dep_ == "dobj" for c in token.children):
            # "denounced as an ugly crime Serbia's crackdown": the object comes after the "as" phrase
            for obj in (a for o in child.children if o.dep_ == "pobj" for a in o.children if a.dep_ == "appos"):
                found = arguments(ctx, obj, sent, exclude) or _owner(ctx, judge, obj, sent, exclude)
                out.extend(a for a in found if a not in out)
    return out


def _partners_after_topic(ctx: DocContext, topic: Token, sent: Span, exclude: frozenset[int]) -> list[int]:
    """'discussed the ceasefire with Foreign Minister B', 'negotiated a plea deal with B': the parser
    hangs the partner's 'with' on the topic. Only people count ('discussed the deal with Iran' may
    name the topic itself), and only on the topic noun ('discussed the substance of the call with
    the ambassador' with someone else)."""
    return [a for prep in topic.children if prep.dep_ == "prep" and prep.lower_ == "with"
            for obj in prep.children if obj.dep_ == "pobj"
            for a in arguments(ctx, obj, sent, exclude) if ctx.entity_types[a] == NodeType.PERSON.value]


def _targets_on_verb(ctx: DocContext, noun: Token, sent: Span, sources: list[int]) -> list[int]:
    """'filed a lawsuit in May against X', 'issued an ultimatum to X', 'gave X a warning': the parser
    hangs the other side of a hostile noun on the verb that has it as object. 'to X', 'at X' and the
    indirect object count only after verbs of delivery ('took the complaint to the court' is no
    complaint about the court)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return []
    deliver = verb.lemma_.lower() in DELIVER_LEMMAS
    objects: list[Token] = []
    for child in verb.children:
        if child.dep_ == "dative" and deliver:  # "gave Syria a warning", "gave a warning to Syria"
            objects += [g for g in child.children if g.dep_ == "pobj"] if child.pos_ == "ADP" else [child]
        elif child.dep_ == "prep" and (child.lower_ == "against" or (deliver and child.lower_ in ("to", "at"))):
            objects += [g for g in child.children if g.dep_ == "pobj"]
    out: list[int] = []
    for obj in objects:
        out.extend(a for a in arguments(ctx, obj, sent, frozenset(sources)) if a not in out)
    return out


def _targets_below(ctx: DocContext, trigger: Token, sent: Span, sources: list[int]) -> list[int]:
    """The first actors named inside the infinitive clause of a threat (breadth first)."""
    queue = [c for c in trigger.children if c.dep_ == "xcomp"]
    seen = 0
    while queue and seen < 12:
        token = queue.pop(0)
        seen += 1
        preps = THREAT_PREPS - {"to"} if token.lemma_.lower() in RELOCATE_LEMMAS else THREAT_PREPS
        found = _targets(ctx, token, sent, preps, sources, judge=trigger)
        if found:
            return found
        queue.extend(c for c in token.children if c.dep_ in ("dobj", "pobj", "xcomp", "conj")
                     or (c.dep_ == "prep" and c.lower_ in THREAT_PREPS))
    return []


def _advised_against(ctx: DocContext, trigger: Token, sides: list[int]) -> bool:
    """'Obama warned Trump not to hire Flynn', 'Jones warned Brown not to be tempted to spend it':
    between people and parties, a warning not to do something is advice, not a threat (between
    states, 'warned Iran not to attack' stays one)."""
    return _all_political(ctx, sides) and any(
        c.dep_ == "xcomp" and any(n.dep_ == "neg" for n in c.children) for c in trigger.children)


def _warns_of_others(ctx: DocContext, trigger: Token, sent: Span, sides: list[int]) -> bool:
    """'Goldsmith warned Blair that the war could be illegal', 'Yates warned McGahn that Flynn was a
    risk': a warning about what a third party or a thing is or does is advice, not a threat. It
    stays one when the clause names either side or its state ('that Russian troops would respond',
    'that any delivery would make Germany a party to the conflict'), is about punishment ('that
    sanctions would follow'), or its subject is a pronoun ('that its army was no match')."""
    if trigger.lemma_.lower() != "warn":
        return False
    if _advised_against(ctx, trigger, sides):
        return True
    for clause in (c for c in trigger.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and not any(
            m.dep_ == "mark" and m.lower_ != "that" for m in c.children)):
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            continue
        subject = subjects[0]
        if subject.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children) or \
                subject.lemma_.lower() in CONSEQUENCE_NOUNS or clause.lemma_.lower() in COERCIVE_LEMMAS:
            return False
        own = set(sides) | {state for a in sides for state in ctx.own_states(a)}
        named = {ctx.actor_of_mention(m) for m in ctx.mentions
                 if clause.left_edge.i <= m.start and m.end <= clause.right_edge.i + 1}
        return not (set(arguments(ctx, subject, sent)) | named) & own
    return False


def _announced_action(ctx: DocContext, trigger: Token, sent: Span, sources: list[int]) -> tuple[list[int], list[int]]:
    """'Iran warned it would close the strait to US ships', 'Trump warned he would destroy X':
    a warning that announces the warner's own future action is a threat to its target (not one
    about what others could do: 'warned that Europe could no longer rely on the US')."""
    for clause in (c for c in trigger.children if c.dep_ == "ccomp" and c.pos_ == "VERB"):
        if not any(c.dep_ == "aux" and c.lower_ in COMMITTED_AUX for c in clause.children):
            continue
        if _has_negation([clause]):
            continue  # "warned it would not attack X"
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if not subjects:
            continue
        person = all(ctx.entity_types[a] == NodeType.PERSON.value for a in sources)
        own = PRONOUNS_SINGULAR if person else {"it", "we", "they"}
        if subjects[0].lower_ not in own and not set(arguments(ctx, subjects[0], sent)) & set(sources):
            continue
        targets = _targets(ctx, clause, sent, THREAT_PREPS, sources, judge=trigger)
        if targets:
            return sources, targets
    return sources, []


def _owner(ctx: DocContext, trigger: Token, obj: Token, sent: Span, exclude: frozenset[int]) -> list[int]:
    """'rejected the Kremlin's demands', 'denounced Serbia's suppression', 'complained over
    Israeli air raids': when the object is a thing, its owner is the target (for words that
    judge what someone did, never for meetings or attacks)."""
    entry = ctx.lex.triggers.get(trigger_key(ctx, trigger))
    if entry is None or entry.relation not in OWNER_RELATIONS or obj.pos_ != "NOUN":
        return []
    if obj.lemma_.lower() in RELATIONAL_NOUNS:
        return []  # "slammed Moore's opponent": the opponent is not Moore's thing
    owners: list[int] = []
    hostile = entry.relation in HOSTILE_RELATIONS
    private = bool({obj.lemma_.lower(), obj.lower_} & PRIVATE_COLLECTIVES)  # "media" (lemma "medium")
    for child in obj.children:
        if child.dep_ == "poss":
            owners.extend(resolve_argument(ctx, child, sent, exclude))
        elif hostile and child.dep_ in ("amod", "compound", "nmod") and not private:
            # "Israeli air raids" are Israel's; "the Senate bill" endorsed is not praise of the Senate;
            # "British TV", "U.S. media" are not the state's
            mention = ctx.mention_at(child.i)
            if mention is not None and mention.type in (NodeType.COUNTRY.value, NodeType.ORGANIZATION.value):
                actor = ctx.actor_of_mention(mention)
                if actor >= 0 and actor not in exclude:
                    owners.append(actor)
    return owners


def _place(ctx: DocContext, tokens: list[Token]) -> str:
    for token in tokens:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
                for obj in child.children:
                    mention = ctx.mention_at(obj.i)
                    if obj.dep_ == "pobj" and mention is not None and (
                        mention.type == NodeType.LOCATION.value or mention.props.get("kind") == "government"
                    ):
                        return mention.text
    return ""


def _noun_sources(ctx: DocContext, noun: Token, sent: Span, hostile: bool = False) -> list[int]:
    """Who does the noun's action: 'Russia's attack', 'Russian strikes', 'X held talks' (but who
    verifies, denies or faces 'the allegations against X' did not make them)."""
    for child in noun.children:
        if child.dep_ == "poss":
            return arguments(ctx, child, sent)
    partner_named = any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "nmod"):
            mention = ctx.mention_at(child.i)
            if mention is not None and partner_named and mention.props.get("kind") == "government" and \
                    noun.lemma_.lower() in MEETING_NOUNS:
                continue  # "skipped a White House meeting with Trump": the seat of power is the venue
            if mention is not None and mention.type in (NodeType.COUNTRY.value, NodeType.ORGANIZATION.value):
                return [ctx.actor_of_mention(mention)]
    governor = noun.head
    if noun.dep_ in ("dobj", "pobj", "nsubjpass", "attr") and governor is not noun:
        for _ in range(4):  # "attend a meeting with", "pulled out of a meeting": climb over prepositions
            # and over "a round of" ("began a new round of negotiations")
            if (governor.pos_ == "ADP" or governor.lemma_.lower() in SERIES_NOUNS and governor.pos_ == "NOUN"
                    and governor.dep_ in ("dobj", "pobj", "nsubjpass")) and governor.head is not governor:
                governor = governor.head
        if governor.pos_ in ("VERB", "AUX"):
            if hostile and governor.lemma_.lower() in NOT_AUTHOR_LEMMAS:
                return []
            subjects, passive = _subject_tokens(governor)
            if passive:
                subjects = _agent(governor)
            out: list[int] = []
            for subject in subjects:
                out.extend(a for a in arguments(ctx, subject, sent) if a not in out)
            if not passive:
                out.extend(a for a in _listed_subjects(ctx, governor, sent) if a not in out)
            return out
    return []


def _between_parties(ctx: DocContext, obj: Token, sent: Span) -> list[int]:
    """'between Serbian President A and Kosovo Prime Minister B': the people named in the
    phrase (the parser often nests one inside the other), or its countries and organisations."""
    people: list[int] = []
    for mention in ctx.mentions:
        if obj.left_edge.i <= mention.start and mention.end <= obj.i + 1 and mention.type == NodeType.PERSON.value:
            after = ctx.doc[mention.end] if mention.end < len(ctx.doc) else None
            if not (after is not None and after.tag_ == "POS") and mention.entity not in people:
                people.append(mention.entity)
    return people if len(people) >= 2 else arguments(ctx, obj, sent)


def _sides_between(ctx: DocContext, holders: list[Token], sent: Span) -> list[int]:
    """The parties of 'between A and B' / 'among A, B and C' phrases hanging on any of `holders`."""
    return [a for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("between", "among")
            for o in c.children if o.dep_ == "pobj" for a in _between_parties(ctx, o, sent)]


def _add_pairs(ctx: DocContext, actors: list[int], rel: RelType, props: dict[str, str], sent: Span) -> None:
    """A symmetric relation between every two of `actors` ("A, B and C met")."""
    for i, a in enumerate(actors):
        for b in actors[i + 1:]:
            ctx.add(a, rel, b, dict(props), sent, "symmetric_subjects")


def _listed_subjects(ctx: DocContext, verb: Token, sent: Span) -> list[int]:
    """Photo captions: 'envoy A, aide B, C's adviser D and brother E attend a meeting with F'.
    When everything before the verb is one list of (titled) names, every listed person is a
    subject, whatever the parser made of the list. Possessors ('C's adviser') are not."""
    before = sent[: verb.i - sent.start]
    if not before or any(t.pos_ in ("VERB", "AUX") or t.lower_ in ("who", "which", "that") for t in before):
        return []
    people: list[int] = []
    for mention in ctx.mentions:
        if mention.start < sent.start or mention.end > verb.i or mention.type != NodeType.PERSON.value:
            continue
        if _in_phrase_below(_span_head(ctx, mention), verb):
            continue  # "In an interview with Laura Ingraham, Trump attacked ...": no list member
        after = ctx.doc[mention.end] if mention.end < len(ctx.doc) else None
        if after is not None and (after.tag_ == "POS" or after.text in ("'s", "’s", "'")):
            continue
        if _modifies_a_noun(ctx, mention) and ctx.lex.role_for(ctx.doc[mention.end].lemma_) is not None:
            continue  # "Former Trump adviser Page met ...": Trump only says whose adviser
        if mention.entity not in people:
            people.append(mention.entity)
    return people if len(people) >= 2 else []


def _received(ctx: DocContext, noun: Token, sent: Span, friendly: bool = False) -> tuple[list[int], list[int]] | None:
    """'X faced criticism from Y', 'X drew condemnation from Y', 'X came under attack from Y': the
    one who receives a hostile act is its target and the from/by phrase its source. None when
    the noun is not received; no sources when no one is named ('faced accusations from women').
    `friendly`: support received ('X enjoyed the support of Y', 'formed a government with the support
    of Y'), where an of-phrase names the giver too."""
    verb = noun.head
    backed = friendly and noun.dep_ == "pobj" and verb.lower_ == "with" and any(c.lower_ == "the" for c in noun.lefts)
    if noun.dep_ == "pobj" and verb.lower_ == "under" or backed:
        verb = verb.head  # "came under attack from", "formed a government with the support of Y"
    elif noun.dep_ != "dobj" or verb.lemma_.lower() == "come":
        return None
    if verb.pos_ != "VERB" or not backed and verb.lemma_.lower() not in RECEIVE_LEMMAS | (
            SUPPORT_RECEIVE_LEMMAS if friendly else set()):
        return None
    givers = [o for holder in (noun, verb) for c in holder.children
              if c.dep_ in ("prep", "agent") and (c.lower_ in ("from", "by") or friendly and holder is noun
                                                   and c.lower_ == "of") for o in c.children if o.dep_ == "pobj"]
    if friendly and not givers:
        return None
    subjects, passive = _subject_tokens(verb)
    if passive or verb.dep_ == "relcl":
        return [], []  # "pillars of X's policy that came under attack": the clause hangs on the wrong noun
    sources = [a for o in givers for a in arguments(ctx, o, sent)]
    return sources, [a for t in subjects for a in arguments(ctx, t, sent) if a not in sources]


def _described_as(noun: Token) -> bool:
    """'poses a threat', 'is a threat', 'called X a threat', 'sees X as a threat'."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else noun.head
    return (noun.dep_ in ("dobj", "attr", "oprd") or verb is not noun.head) and \
        verb.lemma_.lower() in DESCRIBING_LEMMAS


def _in_phrase_below(token: Token, verb: Token) -> bool:
    """True when `token` sits in a prepositional phrase on the way up to `verb` (or to its root)."""
    for ancestor in [token, *token.ancestors]:
        if ancestor is verb:
            return False
        if ancestor.dep_ in ("prep", "agent"):
            return True
    return False


TOPIC_OF_TALK_PREPS = {"over", "about", "regarding", "concerning", "amid"}
PHONE_WORDS = {"phone", "telephone", "conference", "video", "phone-call", "telephone-call"}


def _a_call_between(call: Token) -> bool:
    """'a phone call with X', 'in a call on Tuesday, A told B': a call between people (not 'a rallying
    call to the party', 'a call for calm')."""
    return any(c.lower_ in PHONE_WORDS for c in call.children if c.dep_ in ("compound", "amod")) or any(
        c.dep_ == "prep" and c.lower_ in ("with", "between") for c in call.children)


def interaction(ctx: DocContext, trigger: Token, sent: Span) -> None:
    """A verb or noun from interactions.tsv with an actor on each side."""
    key = trigger_key(ctx, trigger)
    entry = ctx.lex.triggers.get(key)
    if entry is None:
        return
    rel = RelType(entry.relation)
    props = {"cameo": entry.cameo, "plover": entry.plover}
    if key == ("welcome", "VERB") and any(c.dep_ == "prep" and c.lower_ == "as" for c in trigger.children):
        # "Republicans welcomed Azar as an experienced hand": approval (CAMEO 051), no visit
        rel, props = RelType.PRAISED, {"cameo": "051", "plover": "SUPPORT"}
    if rel.value in SYMMETRIC:
        status = meeting_status(trigger)
        if status is None:
            return
        props["status"] = status
        place = _place(ctx, _governors(trigger, 2))
        if place:
            props["place"] = place
    elif _is_hypothetical(trigger, allow_future=rel is RelType.SUPPORTED):
        return
    if _alleged(trigger):
        return  # "investigated claims that the agency was blaming X": what a claim says, not what happened
    if key[1] == "NOUN" and rel.value in HOSTILE_RELATIONS and trigger.dep_ == "pobj" \
            and trigger.head.lower_ in TOPIC_OF_TALK_PREPS:
        return  # "had spoken with Putin over allegations of Russian meddling": what they spoke about
    if key == ("call", "NOUN") and not _a_call_between(trigger):
        return  # "issued a rallying call to the party", "a call for calm": no telephone call
    if rel is RelType.THREATENED and key[1] == "NOUN" and _described_as(trigger):
        return  # "X poses a threat to Y", "Y sees X as a threat": X is dangerous, it threatens no one
    if key[0] in TRANSFER_LEMMAS and not _transfers_aid(trigger):
        return  # "sent a letter to X" is no support; "sent air defence systems to X" is
    if key == ("welcome", "VERB") and _welcomes_a_thing(ctx, trigger, sent):
        return  # "welcomed Trump's approach" is praise, recorded there
    if rel.value in SYMMETRIC:
        preps = MEETING_PREPS
    elif key[1] == "VERB":
        preps = TARGET_PREPS - {"for", "of", "over"}  # "praised X for Y", "accused X of Y": Y is the reason
    else:
        preps = TARGET_PREPS - {"over"}  # "criticism of X", "support for X"
    preps = LEMMA_PREPS.get(key, LEMMA_PREPS.get(key[0], preps))
    if key[1] == "VERB":
        subject_tokens, passive = _subject_tokens(trigger)
        if passive:
            sources = [a for t in _agent(trigger) or _stray_agent(trigger) for a in arguments(ctx, t, sent)]
            targets = [a for t in subject_tokens for a in arguments(ctx, t, sent)]
        else:
            sources = [a for t in subject_tokens for a in arguments(ctx, t, sent)]
            sources += [a for a in _listed_subjects(ctx, trigger, sent) if a not in sources]
            targets = _targets(ctx, trigger, sent, preps, sources)
            if not targets and rel is RelType.THREATENED:
                # "Iran threatened to attack Israel", "threatened to break off relations with
                # Congo": the target sits in the infinitive clause
                targets = _targets_below(ctx, trigger, sent, sources)
            if not targets and rel is RelType.THREATENED:
                # "threatened retaliation against X", "threatened tariffs on Chinese goods"
                targets = [a for c in trigger.children if c.dep_ == "dobj"
                           for a in _targets(ctx, c, sent, MEASURE_PREPS, sources, judge=trigger)]
            if not targets and rel is RelType.THREATENED:
                sources, targets = _announced_action(ctx, trigger, sent, sources)
            elif rel is RelType.THREATENED and _warns_of_others(ctx, trigger, sent, sources + targets):
                return
            if not targets and rel is RelType.THREATENED:
                # "threatened to strike unless Israel rescinded ...": the one who must comply
                for clause in (c for x in [trigger, *trigger.children] for c in x.children if c.dep_ == "advcl"):
                    if any(m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in clause.children):
                        subjects, passive = _subject_tokens(clause)
                        if passive:
                            continue  # "threatened to destroy X if the US were attacked": the US is no target
                        targets = [a for t in subjects for a in arguments(ctx, t, sent) if a not in sources]
                        if targets:
                            break
        rule = "verb_interaction"
    else:
        sources = _noun_sources(ctx, trigger, sent, hostile=rel.value in HOSTILE_RELATIONS)
        if rel.value in SYMMETRIC and not any(c.dep_ == "prep" and c.lower_ in MEETING_PREPS for c in trigger.children):
            # "APEC meetings", "the NATO summit": an organisation naming a meeting is its forum, not a
            # party (but in "EU talks with Serbia" the EU is one side)
            forums = {ctx.actor_of_mention(m) for c in trigger.children if c.dep_ in ("compound", "amod", "nmod")
                      for m in [ctx.mention_at(c.i)] if m is not None and m.type == NodeType.ORGANIZATION.value}
            sources = [a for a in sources if a not in forums]
        if rel.value in SYMMETRIC and trigger.dep_ == "pobj" and trigger.head.head.lemma_.lower() in AGENDA_LEMMAS:
            # "North Korea is expected to top the agenda in meetings with Abe": a topic, not a side
            topics = {a for c in _subject_tokens(trigger.head.head)[0] for a in arguments(ctx, c, sent)}
            sources = [a for a in sources if a not in topics]
        targets = _targets(ctx, trigger, sent, preps, sources)
        if not targets and rel.value in SYMMETRIC and trigger.dep_ in ("dobj", "nsubjpass"):
            # "cancelled his meeting ... with B": the parser often hangs "with B" on the verb
            targets = _targets(ctx, trigger.head, sent, {"with"} | LEMMA_PREPS.get(key, LEMMA_PREPS.get(key[0], set())),
                               sources)
            targets = [t for t in targets if ctx.entity_types[t] == NodeType.PERSON.value
                       or trigger_key(ctx, trigger.head) not in ctx.lex.triggers]
        if not targets and rel.value in HOSTILE_RELATIONS:
            targets = _targets_on_verb(ctx, trigger, sent, sources)
        if not targets and rel.value in SYMMETRIC and trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" \
                and trigger.head.lower_ in ("for", "to", "into", "in", "at", "during"):
            # "A joined B for talks", "told B in a phone call", "asked B during the meeting" (but not
            # "misled B about the conversations")
            verb = trigger.head.head  # "A joined B for talks", "A invited B for talks"
            if verb.pos_ == "VERB" and verb.lemma_.lower() not in DEPART_LEMMAS:  # "left the White House for"
                targets = [a for c in verb.children if c.dep_ == "dobj" for a in arguments(ctx, c, sent)
                           if a not in sources]
        received = _received(ctx, trigger, sent, friendly=rel is RelType.SUPPORTED) \
            if rel.value in HOSTILE_RELATIONS or rel is RelType.SUPPORTED else None
        if received is not None:
            sources, targets = received  # "X faced criticism from Y": Y criticised X
        rule = "noun_interaction"
    if rel is RelType.ATTACKED and any(o.lemma_.lower() in NONVIOLENT_MEANS for p in trigger.children
                                       if p.dep_ == "prep" and p.lower_ == "with" for o in p.children):
        return  # "lawmakers target the military with new sanctions": coercion, not an attack
    if rel is RelType.ATTACKED and key[0] in VERBAL_ATTACKS and sources and targets and (
            _all_political(ctx, sources) and _all_political(ctx, targets, WORDED_TARGET_KINDS)
            or all(_has_kind(ctx, s, PARTY) for s in sources)):  # (a party wages no war: "UKIP attacked Germany")
        # people and parties "attack" each other with words: that is criticism (CAMEO 111)
        rel, props = RelType.ACCUSED, {"cameo": "111", "plover": "ACCUSE"}
    if key[0] in MEDIATION_LEMMAS and _mediation(ctx, trigger, sent, rel, props):
        return
    between = _sides_between(ctx, [trigger], sent)
    if rel.value in SYMMETRIC and len(between) >= 2:
        # "a meeting between A and B" (whoever arranged it): A and B met
        _add_pairs(ctx, between, rel, props, sent)
        return
    if not targets and rel.value in SYMMETRIC and len(sources) >= 2 and (
            key[0] in SYMMETRIC_LEMMAS or _discussed_together(ctx, trigger, sources)) and not (
            key[1] == "NOUN" and props["status"] == "cancelled"):
        # "A and B met", "A and B held talks", "Flynn and Kislyak discussed sanctions" (but those who
        # "pulled out of the meeting" or "cancelled a meeting" were on one side of it)
        _add_pairs(ctx, sources, rel, props, sent)
        return
    for source in sources:
        for target in targets:
            if props["cameo"] == VISIT_CAMEO and target in ctx.own_states(source):
                continue  # "Senator Jones arrives in Washington", "Xi's visit to Beijing": no visit abroad
            # a trip to a country is a visit, no meeting with anyone ("visited Blair" is one)
            trip = props["cameo"] == VISIT_CAMEO and ctx.entity_types[target] == NodeType.COUNTRY.value
            ctx.add(source, RelType.VISITED if trip else rel, target, dict(props), sent, rule)


def _discussed_together(ctx: DocContext, trigger: Token, sources: list[int]) -> bool:
    """'Flynn and Kislyak discussed sanctions': people who discuss something discuss it with each other
    (but countries that 'have discussed Russian meddling' may each have done so at home, and so may
    people who 'both' or 'separately' discussed it)."""
    if trigger.lemma_.lower() not in DISCUSS_LEMMAS or trigger.pos_ != "VERB":
        return False
    alone = {t.lower_ for t in trigger.subtree} & {"both", "each", "separately", "respectively", "publicly"}
    return not alone and all(ctx.entity_types[a] == NodeType.PERSON.value for a in sources)


def _mediation(ctx: DocContext, trigger: Token, sent: Span, rel: RelType, props: dict[str, str]) -> bool:
    """'Qatar mediated between Israel and Hamas', 'X undertook a mediation mission between A and B',
    'Turkey is mediating talks between A and B': the mediator deals with each side. The sides are
    not paired with each other (a mediator is there because they do not talk directly)."""
    holders = [trigger]
    if trigger.dep_ == "compound":
        holders.append(trigger.head)  # "mediation mission between ..."
    # "mediating talks between ...", "brokered a deal between ..." (but whoever "brokers a meeting
    # between A and B" arranges it: A and B meet, as the meeting noun records)
    holders += [c for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() not in ARRANGED_NOUNS]
    sides = _sides_between(ctx, holders, sent)
    if len(sides) < 2:
        return False
    if trigger.pos_ in ("VERB", "AUX"):
        mediators = [a for t in _subject_tokens(trigger)[0] for a in arguments(ctx, t, sent)]
    else:
        mediators = _noun_sources(ctx, trigger.head if trigger.dep_ == "compound" else trigger, sent)
    mediators = [m for m in mediators if m not in sides]
    if not mediators:
        return False
    for mediator in mediators:
        for side in dict.fromkeys(sides):
            ctx.add(mediator, rel, side, dict(props), sent, "mediation")
    return True


def _all_political(ctx: DocContext, entities: list[int], kinds: frozenset[str] = PARTY) -> bool:
    """True when every entity is a person or an organisation of one of `kinds` (a political party)."""
    return all(ctx.entity_types[e] == NodeType.PERSON.value or _has_kind(ctx, e, kinds) for e in entities)


def _coerced(ctx: DocContext, obj: Token, sent: Span, sources: list[int]) -> list[int]:
    """The actors an object of coercion names: itself, or the owner of a thing ("sanctions on
    Iran's central bank", "mediation among Serbia's republics"), not of actors ("Russia's allies")."""
    found = arguments(ctx, obj, sent, frozenset(sources))
    if obj.dep_ == "pobj" and obj.lemma_.lower() not in RELATIONAL_NOUNS:
        found += [a for g in obj.children if g.dep_ == "poss" for a in arguments(ctx, g, sent, frozenset(sources))]
    return found


def coercive_threat(ctx: DocContext, sent: Span) -> None:
    """'NATO would tighten the blockade of Serbia', 'the EU will impose sanctions on Russia',
    'Iran is prepared to cut off gas to Iraq': an announced coercive step is a threat (CAMEO 13)."""
    for token in sent:
        if token.pos_ != "VERB" or token.lemma_.lower() not in COERCIVE_LEMMAS or _has_negation(_governors(token)):
            continue
        future = any(c.dep_ == "aux" and c.lemma_.lower() in FUTURE_AUX for c in token.children) or (
            token.dep_ == "xcomp" and token.head.lemma_.lower() in INTENT_LEMMAS
        )
        if not future or any(c.dep_ == "mark" and c.lower_ == "if" for c in token.children):
            continue
        subjects, passive = _subject_tokens(token)
        if passive:
            continue
        sources = [a for t in subjects for a in arguments(ctx, t, sent)]
        if not sources:
            continue
        targets: list[int] = []
        for child in token.children:
            if child.dep_ == "dobj":
                targets += arguments(ctx, child, sent, frozenset(sources))
                for grand in child.children:  # "the blockade of Serbia", "Russia's oil exports"
                    if grand.dep_ == "poss" or (grand.dep_ == "prep" and (
                            grand.lower_ in ("of", "on", "against", "among")
                            or (grand.lower_ == "with" and token.lemma_.lower() in SEVERING_LEMMAS))):
                        # "halt talks with X", "suspend cooperation with X": the other side
                        objects = [grand] if grand.dep_ == "poss" else [g for g in grand.children if g.dep_ == "pobj"]
                        for obj in objects:
                            targets += _coerced(ctx, obj, sent, sources)
            elif child.dep_ == "prep" and (child.lower_ in ("on", "against") or (
                    child.lower_ in ("to", "from") and token.lemma_.lower() in ("cut", "halt", "suspend", "freeze"))):
                # "impose sanctions on X"; "cut off gas to X" (but "restrict travel to X" is no threat)
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        targets += _coerced(ctx, obj, sent, sources)
        for source in sources:
            for target in dict.fromkeys(targets):
                if ctx.entity_types[target] != NodeType.LOCATION.value:
                    ctx.add(source, RelType.THREATENED, target, {"cameo": "130", "plover": "THREATEN"}, sent,
                            "coercive_threat")


def _demand_for(measure: Token) -> Token | None:
    """The verb or noun that demands `measure`: 'urged sanctions', 'called for sanctions', 'calls
    for sanctions', 'urged the EU to impose sanctions' (not 'called for lifting sanctions')."""
    governor = measure.head
    if measure.dep_ == "dobj" and governor.lemma_.lower() in IMPOSE_LEMMAS and governor.dep_ == "xcomp":
        governor = governor.head  # "urged X to impose sanctions": the one who urges demands them
    elif measure.dep_ == "pobj" and governor.lower_ == "for":
        governor = governor.head
    elif measure.dep_ != "dobj":
        return None
    if governor is measure or governor.lemma_.lower() not in DEMANDER_LEMMAS:
        return None
    return governor if governor.pos_ in ("VERB", "NOUN") else None


def demanded_sanctions(ctx: DocContext, sent: Span) -> None:
    """'X called for sanctions against Y', 'X urged sanctions on Y', 'X's call for an embargo on Y':
    demanding punishment of Y condemns Y (CAMEO 11, disapprove). It is no threat by X: X announces
    no step of its own, and often cannot take one ('the EU will impose sanctions on Y' is a threat,
    see coercive_threat)."""
    for token in sent:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in PUNITIVE_NOUNS:
            continue
        demand = _demand_for(token)
        if demand is None or _is_hypothetical(demand):
            continue  # "did not call for sanctions", "would urge sanctions"
        if demand.pos_ == "VERB":
            subjects, passive = _subject_tokens(demand)
            sources = [] if passive else [a for t in subjects for a in arguments(ctx, t, sent)]
        else:
            sources = _noun_sources(ctx, demand, sent, hostile=True)
        targets = [a for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                   for o in c.children if o.dep_ == "pobj" for a in _coerced(ctx, o, sent, sources)]
        for source in sources:
            for target in dict.fromkeys(targets):
                if ctx.entity_types[target] != NodeType.LOCATION.value:
                    ctx.add(source, RelType.ACCUSED, target, {"cameo": "111", "plover": "ACCUSE"}, sent,
                            "demanded_sanctions")


def _refuses_to_tolerate(verb: Token) -> bool:
    """'will not tolerate', 'would no longer tolerate', 'will never tolerate', 'won't tolerate',
    'will tolerate no criticism'."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "tolerate" or any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return False
    committed = any(c.dep_ == "aux" and (c.lemma_.lower() in COMMITTED_AUX or c.lower_ == "wo") for c in verb.children)
    negated = False
    for child in verb.children:
        grand = {(g.dep_, g.lower_) for g in child.children}
        negated = negated or child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ == "never") or (
            child.dep_ == "advmod" and child.lower_ == "longer" and any(d == "neg" for d, _ in grand)) or (
            child.dep_ == "dobj" and ("det", "no") in grand)
    return committed and negated


def _doers(ctx: DocContext, noun: Token, sent: Span, exclude: frozenset[int]) -> list[int]:
    """Who does what a noun names: itself ('tolerate Hamas'), its by/from phrase ('rallies by the
    Kefaya group') or its owner ('Hamas's attacks', 'Israeli raids'; see _noun_sources)."""
    found = arguments(ctx, noun, sent, exclude) + [
        a for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
        for o in c.children if o.dep_ == "pobj" for a in arguments(ctx, o, sent, exclude)]
    found += _noun_sources(ctx, noun, sent)
    return [a for a in dict.fromkeys(found) if a >= 0 and a not in exclude]


def _intolerant(ctx: DocContext, verb: Token, sent: Span) -> list[int]:
    """Who will not tolerate: the subject, or for an unnamed body or 'we' ('police will no longer
    tolerate', 'we will not tolerate') the one who says or warns so, who speaks for it."""
    subjects, passive = _subject_tokens(verb)
    if passive:
        return []
    sources = [a for t in subjects for a in arguments(ctx, t, sent)]
    if sources or verb.dep_ != "ccomp" or not all(
            t.lower_ == "we" or t.lemma_.lower() in PROXY_NOUNS for t in subjects):
        return sources
    speakers, passive = _subject_tokens(verb.head)
    return [] if passive else [a for t in speakers for a in arguments(ctx, t, sent)]


def no_tolerance(ctx: DocContext, sent: Span) -> None:
    """'Egypt will not tolerate attacks by Hamas', 'the chief warned that police will no longer
    tolerate rallies by the Kefaya group': announcing that one will no longer put up with what
    an actor does is a threat to that actor (CAMEO 130)."""
    for verb in sent:
        if not _refuses_to_tolerate(verb):
            continue
        sources = _intolerant(ctx, verb, sent)
        targets = [a for c in verb.children if c.dep_ == "dobj" for a in _doers(ctx, c, sent, frozenset(sources))]
        for source in sources:
            for target in targets:
                if ctx.entity_types[target] != NodeType.LOCATION.value:
                    ctx.add(source, RelType.THREATENED, target, {"cameo": "130", "plover": "THREATEN"}, sent,
                            "no_tolerance")


def trigger_key(ctx: DocContext, token: Token) -> tuple[str, str]:
    """The interactions.tsv key of a token: (lemma, VERB or NOUN), or for a phrasal verb listed
    with its particle ('hit out', 'lash out') the lemma and particle ('hit' alone is no trigger)."""
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX"):
        for child in token.children:
            if child.dep_ == "prt" and (f"{lemma} {child.lower_}", "VERB") in ctx.lex.triggers:
                return f"{lemma} {child.lower_}", "VERB"
        return lemma, "VERB"
    return lemma, "NOUN" if token.pos_ in ("NOUN", "PROPN") else ""


def find_triggers(ctx: DocContext, sent: Span) -> list[Token]:
    return [token for token in sent if ctx.tok2mention[token.i] < 0 and trigger_key(ctx, token) in ctx.lex.triggers]

