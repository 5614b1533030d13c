"""Word lists, kept apart from logic: countries, organisations, roles, interactions, non-persons.

The TSV files live in `data/lexicons/` in the source tree and are packaged as
`graphbuild/lexicons/` in the wheel. See data/lexicons/README.md for their columns.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import GraphbuildError

_PACKAGED = Path(__file__).resolve().parents[1] / "lexicons"
_SOURCE_TREE = Path(__file__).resolve().parents[2] / "data" / "lexicons"


def lexicon_dir() -> Path:
    for candidate in (_PACKAGED, _SOURCE_TREE):
        if (candidate / "countries.tsv").is_file():
            return candidate
    raise GraphbuildError(f"lexicons not found in {_PACKAGED} or {_SOURCE_TREE}")


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            yield {k.strip(): (v or "").strip() for k, v in row.items() if k}


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split("|") if part.strip()]


def fold(text: str) -> str:
    """Lowercase, strip accents and punctuation noise: the key for name comparison."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").lower()
    text = re.sub(r"[^\w\s'-]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


@lru_cache(maxsize=65536)
def title_key(text: str) -> str:
    """Normalise a title as written ("Secretary-General", "Gov.") for lookup in roles.tsv."""
    text = text.replace("’", "'").lower()
    text = re.sub(r"\s*-\s*", "-", text)
    return re.sub(r"\s+", " ", text).strip()


# Courtesy titles written before names, never part of them.
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "sheikh", "sheik", "lord", "lady", "prof", "rev", "hon"})

# Parliaments called by their own name, read by the NER pass and by the rules alike.
PARLIAMENT_NAMES = frozenset({
    "diet", "duma", "bundestag", "bundesrat", "sejm", "knesset", "dail", "dáil", "cortes", "riksdag", "storting",
    "stortinget", "folketing", "eduskunta", "althing", "majlis", "mazhilis", "rada", "verkhovna", "riigikogu",
    "saeima", "seimas", "landtag", "sabor", "sobranie", "oireachtas", "seanad", "senedd", "lok", "sabha", "sangsad",
    "sansad", "jatiya"})

# The United States' states as datelines write them, names and AP abbreviations ("SACRAMENTO, Calif.",
# "NEW YORK"), folded to lower case without dots; not "Georgia", a country too ("TBILISI, Georgia").
US_STATE_WORDS = frozenset({
    "alabama", "ala", "alaska", "arizona", "ariz", "arkansas", "ark", "california", "calif", "colorado", "colo",
    "connecticut", "conn", "delaware", "del", "florida", "fla", "ga", "hawaii", "idaho", "illinois", "ill",
    "indiana", "ind", "iowa", "kansas", "kan", "kentucky", "ky", "louisiana", "la", "maine", "maryland", "md",
    "massachusetts", "mass", "michigan", "mich", "minnesota", "minn", "mississippi", "miss", "missouri", "mo",
    "montana", "mont", "nebraska", "neb", "nevada", "nev", "new hampshire", "nh", "new jersey", "nj", "new mexico",
    "nm", "new york", "ny", "north carolina", "nc", "north dakota", "nd", "ohio", "oklahoma", "okla", "oregon", "ore",
    "pennsylvania", "pa", "rhode island", "ri", "south carolina", "sc", "south dakota", "sd", "tennessee", "tenn",
    "texas", "utah", "vermont", "vt", "virginia", "va", "washington", "wash", "west virginia", "w va", "wisconsin",
    "wis", "wyoming", "wyo"})

# Lower-case words inside personal names ("Ursula von der Leyen", "Mohammed bin Salman").
NAME_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "la", "le", "al", "el",
                            "bin", "ibn", "ben", "dos", "das", "ter", "ten", "st", "mac", "arap"})
# Words that end the names of organisations and places, never of people.
ORG_HEAD_WORDS = {
    "fleet", "navy", "guard", "police", "brigade", "division", "regiment", "battalion", "corps", "command",
    "squadron", "militia", "coalition", "cabinet", "government", "administration", "secretariat", "caucus",
    "party", "union", "league", "front", "council", "committee", "ministry", "department", "agency", "bank",
    "republic", "kingdom", "state", "states", "city", "county", "province", "region", "island", "islands",
    "university", "institute", "college", "school", "court", "army", "force", "forces", "group", "company",
    "corporation", "inc", "corp", "ltd", "news", "post", "times", "service", "office", "house", "assembly",
    "parliament", "congress", "senate", "subcommittee", "movement", "alliance", "association", "federation", "organization",
    "organisation", "foundation", "center", "centre", "fund", "commission", "authority", "airlines", "airport",
    "river", "sea", "ocean", "mountains", "valley", "street", "square", "palace", "hall", "church", "airways",
    # the same words in the party names of other languages ("Milli Nizam Partisi", "Partai Komunis")
    "partisi", "partai", "partido", "partidul", "partei", "partij", "partia", "partito", "parti", "partiet",
    "bund", "movimiento", "movimento", "frente", "fronte", "alianza", "alleanza", "unión", "unione", "liga", "lega",
    # companies and other bodies ("Orban Textiles AG", "Harbor Freedom Society"); not media words such as
    # "Radio" or "Network", which datelines run together with a city ("Havana Radio X Network")
    "ag", "gmbh", "plc", "llc", "holdings", "industries", "brothers", "society", "library", "bureau", "board",
    "tribunal", "international", "wing", "branch", "academy", "academies", "institution",
    "spa", "s.p.a.", "nv", "n.v.", "bv", "oyj", "srl", "sarl", "pty", "kgaa", "ltda",
}
# Head words of ORG_HEAD_WORDS that end the names of places, not of organisations.
PLACE_HEAD_WORDS = frozenset({"republic", "kingdom", "state", "states", "city", "county", "province", "region",
                              "island", "islands", "river", "sea", "ocean", "mountains", "valley", "street",
                              "square", "palace", "hall", "house", "center", "centre", "airport", "church", "post"})
# Adjectives of party names in other languages: never part of a person's name ("Solidaridad Democrática").
FOREIGN_PARTY_ADJECTIVES = {
    "democrática", "democrático", "democratica", "democratico", "démocratique", "demokratische", "socialista",
    "socialiste", "sozialdemokratische", "nacional", "nazionale", "nationale", "populaire", "popolare",
    "republicana", "republicano", "comunista", "communiste", "kommunistische", "solidaridad", "česká", "český",
    "české", "polska", "polskie", "liberale", "radicale", "verde", "verts", "grünen", "unida", "unido",
}


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    name: str
    part_of: str = ""  # the state a constituent country belongs to (Scotland: GBR)


@dataclass(frozen=True, slots=True)
class Org:
    key: str
    name: str
    kind: str
    country: str


@dataclass(frozen=True, slots=True)
class Role:
    role: str
    relation: str


@dataclass(frozen=True, slots=True)
class Trigger:
    relation: str
    cameo: str
    plover: str


@dataclass
class Lexicon:
    countries: dict[str, Country] = field(default_factory=dict)  # iso3 -> Country
    country_names: dict[str, str] = field(default_factory=dict)  # surface -> iso3
    country_adjectives: dict[str, str] = field(default_factory=dict)  # surface -> iso3
    capitals: dict[str, str] = field(default_factory=dict)  # surface -> iso3
    orgs: dict[str, Org] = field(default_factory=dict)  # key -> Org
    org_names: dict[str, str] = field(default_factory=dict)  # surface -> key
    roles: dict[str, Role] = field(default_factory=dict)  # lowercase title -> Role
    max_title_tokens: int = 1
    triggers: dict[tuple[str, str], Trigger] = field(default_factory=dict)  # (lemma, POS)
    nonpersons: set[str] = field(default_factory=set)  # folded names
    nonperson_names: list[str] = field(default_factory=list)  # as written

    _title_words: frozenset[str] | None = None
    _title_last_words: frozenset[str] | None = None

    def title_words(self) -> frozenset[str]:
        """Every word that occurs in a title (computed once)."""
        if self._title_words is None:
            words: set[str] = set()
            for title in self.roles:
                words.update(re.split(r"[\s-]+", title))
            self._title_words = frozenset(words)
        return self._title_words

    def title_last_words(self) -> frozenset[str]:
        """Last words of titles ("minister", "general", "gov."): a cheap test before a full lookup."""
        if self._title_last_words is None:
            self._title_last_words = frozenset(re.split(r"[\s-]+", title)[-1] for title in self.roles)
        return self._title_last_words

    def role_for(self, text: str) -> Role | None:
        """The role of a title as written, singular or plural ("ministers", "spokesmen")."""
        key = title_key(text)
        role = self.roles.get(key)
        if role is None:
            if key.endswith("men"):
                role = self.roles.get(key[:-3] + "man")
            elif key.endswith("ies"):
                role = self.roles.get(key[:-3] + "y")
            elif key.endswith("s") and not key.endswith("ss"):
                role = self.roles.get(key[:-1])
        return role

    def may_end_title(self, token_text: str) -> bool:
        lower = token_text.lower()
        return lower in self.title_last_words() or lower.rstrip("s") in self.title_last_words() or (
            lower.endswith("men") and lower[:-3] + "man" in self.title_last_words()
        ) or (lower.endswith("ies") and lower[:-3] + "y" in self.title_last_words())  # "deputies", "secretaries"


def _load_countries(lex: Lexicon, directory: Path) -> None:
    for row in _rows(directory / "countries.tsv"):
        iso3 = row["iso3"].upper()
        if not re.fullmatch(r"[A-Z]{3}", iso3):
            continue
        lex.countries[iso3] = Country(iso3, row["name"], row.get("part_of", "").upper())
        for surface in [row["name"], *_split(row.get("aliases", ""))]:
            lex.country_names.setdefault(surface, iso3)
        for surface in _split(row.get("adjectives", "")):
            lex.country_adjectives.setdefault(surface, iso3)
        for surface in _split(row.get("capitals", "")):
            lex.capitals.setdefault(surface, iso3)


def _load_orgs(lex: Lexicon, directory: Path) -> None:
    for row in _rows(directory / "organizations.tsv"):
        key = row["key"]
        if not key:
            continue
        country = row.get("country", "").upper()
        lex.orgs[key] = Org(key, row["name"], row.get("kind") or "other", country)
        for surface in [row["name"], *_split(row.get("aliases", ""))]:
            if surface.lower().startswith("the "):
                surface = surface[4:]
            lex.org_names.setdefault(surface, key)


def _load_roles(lex: Lexicon, directory: Path) -> None:
    for row in _rows(directory / "roles.tsv"):
        title = title_key(row["title"])
        if title:
            lex.roles[title] = Role(row["role"].lower(), row.get("relation") or "HOLDS_ROLE")
            lex.max_title_tokens = max(lex.max_title_tokens, len(re.split(r"[\s-]+", title)) * 2)


def _load_triggers(lex: Lexicon, directory: Path) -> None:
    for row in _rows(directory / "interactions.tsv"):
        lex.triggers[(row["lemma"].lower(), row["pos"].upper())] = Trigger(
            row["relation"], row.get("cameo", ""), row.get("plover", "")
        )


def _load_nonpersons(lex: Lexicon, directory: Path) -> None:
    for row in _rows(directory / "nonpersons.tsv"):
        if row["name"]:
            lex.nonpersons.add(fold(row["name"]))
            lex.nonperson_names.append(row["name"])


@lru_cache(maxsize=4)
def load_lexicon(directory: str | None = None) -> Lexicon:
    """Load every lexicon file from `directory` (default: the packaged lexicons)."""
    path = Path(directory) if directory else lexicon_dir()
    lex = Lexicon()
    _load_countries(lex, path)
    _load_orgs(lex, path)
    _load_roles(lex, path)
    _load_triggers(lex, path)
    _load_nonpersons(lex, path)
    return lex
