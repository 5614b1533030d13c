"""The only place spaCy objects become models: a parsed article -> entities and relations."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .models import Article, ArticleResult, Entity, Evidence, Relation
from .nlp import rules
from .nlp.lexicon import (
    FOREIGN_PARTY_ADJECTIVES,
    HONORIFICS,
    NAME_PARTICLES,
    ORG_HEAD_WORDS,
    PARLIAMENT_NAMES,
    PLACE_HEAD_WORDS,
    US_STATE_WORDS,
    Lexicon,
    fold,
    slug,
    title_key,
)
from .nlp.lexicon_ner import acronym_fits, looks_like_acronym
from .nlp.pipeline import dateline_end
from .nlp.rules import DocContext, Mention
from .resolve import canonical_name, cluster_names
from .schema import NodeType, RelType, allowed

_BAD_PERSON = re.compile(r"[\d@#/\\|<>{}\[\]=+*_&]")
MAX_PERSON_TOKENS = 6
_NAME_LINKS = {"Al", "al", "bin", "ibn", "Abu", "El", "el", "ben", "bint"}
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
_POSSESSIVE = {"'s", "’s", "'", "’", "s"}


def _is_title_token(lex: Lexicon, text: str) -> bool:
    key = title_key(text)
    # "Gov" / "Gov." / "Govs": the lexicon may list a title with or without its dot, singular
    return any(lex.role_for(v) is not None for v in (key, f"{key}.", key.rstrip("."))) or \
        key.rstrip(".") in HONORIFICS


# "the Johnson-led party", "a Putin-backed candidate": the word after the hyphen is no part of the name
_COMPOUND_ENDINGS = {"led", "backed", "headed", "chaired", "founded", "run", "owned", "controlled", "funded",
                     "sponsored", "supported", "appointed", "allied", "aligned", "inspired", "style", "era", "like",
                     "friendly", "born", "based"}


def _capitalised_kin_word(lex: Lexicon, token) -> bool:
    """'Son Sen', 'Mother Teresa': a capitalised kinship word the tagger put in a name is part of it
    (the title before a relative's name is written small: 'his son Hunter')."""
    role = lex.role_for(token.text)
    return token.is_title and role is not None and role.relation == RelType.RELATIVE_OF.value


def _clean_person(doc: Doc, start: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """Trim titles and possessives off a PERSON span; None when it is not a plausible name."""
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha and doc[end + 1].lower_ not in _COMPOUND_ENDINGS:
        end += 2  # "Lin Chih-hao", "Kim Dae-jung": the tagger stops at the hyphen (not "Johnson-led")
    while end + 1 < len(doc) and doc[end].text in _NAME_LINKS and doc[end + 1].text[:1].isupper() \
            and doc[end + 1].is_alpha and not doc[end + 1].ent_type_:
        end += 2  # "... bin Abdulrahman Al Thani": the tagger stops before the family name
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct
                           or doc[end - 1].text in _POSSESSIVE):
        end -= 1
    while end - start > 1 and doc[end - 1].text in _POSTNOMINALS:
        end -= 1  # "Brian Monteith MSP": the letters after the name are no part of it
    # strip leading titles the NER swallowed ("President Vladimir Putin")
    moved = True
    while moved and start < end:
        moved = False
        kin_name = _capitalised_kin_word(lex, doc[start])
        for k in range(min(end, start + lex.max_title_tokens), start, -1):
            if k < end and _is_title_token(lex, doc[start:k].text) and not (k == start + 1 and kin_name):
                start, moved = k, True
                break
        if not moved and start < end and (
            doc[start].ent_type_ in ("NORP", "GPE") and doc[start].ent_id_
            or _is_title_token(lex, doc[start].text) and not kin_name or doc[start].is_punct
        ):
            start, moved = start + 1, True
    if start >= end or end - start > MAX_PERSON_TOKENS:
        return None
    span = doc[start:end]
    text = span.text
    if _BAD_PERSON.search(text) or not text[0].isupper():
        return None
    if len(span) == 1 and (text.endswith(".") or len(text) < 3):
        return None  # "Calif.", "Lt": abbreviations, not surnames
    if len(span) == 1 and text.isupper() and text.isalpha() and start > 0 and doc[start - 1].text == "(":
        return None  # "the Office of the Deputy Prime Minister (ODPM)": an acronym in brackets
    honoured = start > 0 and title_key(doc[start - 1].text) in HONORIFICS and text.lower() in _SURNAME_HEADS
    if len(span) == 1 and (_is_title_token(lex, text) or text.lower() in ORG_HEAD_WORDS and not honoured):
        return None  # "Head Coach of the team", "the League": a title or a body, left alone by the tagger's PERSON
    if len(span) == 1 and text in _PEERAGES and end < len(doc) and doc[end].lower_ == "of":
        return None  # "the Duke of Edinburgh": a peerage's title, not a surname
    if len(span) == 1 and _academic_title_at(doc, start):
        return None  # "served as Dean of the College of Fine Arts": a title ("Howard Dean" keeps his name)
    if fold(text) in lex.nonpersons or text in lex.country_names or text in lex.org_names or text in lex.capitals:
        return None
    if text in lex.country_adjectives:
        return None
    for token in span:
        after_hyphen = token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_
        # "Catherine the Great", "Ivan the Terrible": a given name and an epithet
        epithet = token.lower_ == "the" and len(span) == 3 and token.i == span.start + 1 and span[2].is_title
        if token.is_alpha and token.text.islower() and token.lower_ not in NAME_PARTICLES and not after_hyphen \
                and not epithet:
            return None
        if token.lower_ in ORG_HEAD_WORDS and len(span) > 1 and not (
                len(span) == 2 and token.i == end - 1 and token.lower_ in _SURNAME_HEADS
                and token.ent_type_ == span[0].ent_type_ == "PERSON" and span[0].lower_ not in ORG_HEAD_WORDS):
            return None  # "Stanford University", "Kennedy School": institutions, not people (but the
            # tagger's "Tony Hall" and "Frank Church" are people)
        if token.lower_ in FOREIGN_PARTY_ADJECTIVES:
            return None  # "Solidaridad Democrática": a party's name in another language
        if token.ent_id_:  # part of a lexicon entity
            return None
    # a name's last word is a title as written, not an abbreviation's dotless form ("Amartya Sen", not "Sen.")
    last_is_title = lex.role_for(span[-1].text) is not None or title_key(span[-1].text) in HONORIFICS
    all_titles = all(_is_title_token(lex, t.text) and not _capitalised_kin_word(lex, t) for t in span)
    if all_titles or len(span) > 1 and last_is_title and not _surname_like_title(lex, span):
        return None  # "Home Secretary": a title, not a name
    return start, end


_SURNAME_HEADS = {"hall", "church", "house", "court", "bank", "post", "wing", "guard"}  # also people's surnames
_PEERAGES = {"Duke", "Duchess", "Earl", "Countess", "Marquess", "Marquis", "Viscount", "Viscountess", "Baron",
             "Baroness"}
_ACADEMIC_TITLES = {"Dean", "Provost", "Rector"}  # surnames too, so no titles in roles.tsv


def _academic_title_at(doc: Doc, i: int) -> bool:
    """'Dean of the College': the word at `i` is such a title, not the surname."""
    return doc[i].text in _ACADEMIC_TITLES and i + 1 < len(doc) and doc[i + 1].lower_ == "of"
# Titles that are also common surnames: "Rep. Peter King", "John Major", "Erik Prince".
_SURNAME_TITLES = {"king", "major", "prince", "bishop", "dean", "knight", "cousins", "marshall", "shah", "kaiser", "regent"}


def _surname_like_title(lex: Lexicon, span) -> bool:
    """A name ending in a title that is also a surname ('Peter King'), after given names that are no
    titles ('Crown Prince', 'Saudi King' stay titles)."""
    return span[-1].lower_ in _SURNAME_TITLES and not _is_title_token(lex, span.text) and all(
        t.is_title and (t.is_alpha or _INITIAL.fullmatch(t.text)) and not _is_title_token(lex, t.text)
        and not t.ent_id_ for t in span[:-1]) and span[0].is_alpha  # ("William R. King")


_PARTY_WORDS = {"party", "parti", "partido", "partei", "partij", "partia", "partito", "partisi", "partai",
                "democrats", "liberals", "greens", "socialists", "conservatives", "republicans", "unionists"}


# Organisation head words that also end the names of states ("the Soviet Union", "the Russian Federation").
_STATE_HEAD_WORDS = {"union", "federation", "commonwealth", "confederation"}


def _institution_name(span) -> bool:
    """'Harbor Brothers International', 'Vera Lind Library': capitalised words ending in an
    organisation's head word (not a place's) name an organisation."""
    last = span[-1]
    return len(span) >= 2 and last.lower_ in ORG_HEAD_WORDS and last.lower_ not in PLACE_HEAD_WORDS \
        and last.text[:1].isupper() and all(t.text[:1].isupper() or not t.is_alpha or t.lower_ in ("of", "for", "and")
                                            for t in span[1:])


def _guess_org_kind(name: str) -> str:
    """An organisation the lexicon does not know is a party when its name says so ('Social Democrat'
    is a member's name for one)."""
    words = set(name.lower().split())
    # "a Liberal", "New Democrat X", "the Progressive Conservative candidate": a member's word for the party
    partisan = words and len(words) <= 2 and words <= _PARTISAN_WORDS and bool(words - {"new", "progressive"})
    return "party" if _PARTY_WORDS & words or _member_of_democrats(name) or partisan else "other"


_PARTISAN_WORDS = {"liberal", "conservative", "progressive", "democrat", "new", "republican", "socialist",
                   "nationalist", "unionist", "tory", "whig", "federalist", "communist", "radical", "labor", "labour"}
_PARTY_GROUP_WORDS = {"alliance", "league", "front", "movement", "bloc", "coalition", "union"}
# plural names for a party's people, which the NER leaves untagged after a leader's possessive ("Gladstone's Liberals")
_PARTY_PLURALS = {"Liberals", "Conservatives", "Tories", "Democrats", "Republicans", "Socialists", "Communists",
                  "Nationalists", "Unionists", "Whigs", "Radicals", "Greens"}


def _member_of_democrats(name: str) -> bool:
    """'Social Democrat', 'Free Democrat': a member's name for the Social (Free, ...) Democrats."""
    parts = name.split()
    return len(parts) == 2 and parts[1] == "Democrat" and parts[0] in ("Social", "Liberal", "Free", "Christian")


def _country_in_name(text: str, lex: Lexicon) -> str:
    """The country a body's own name gives ('Swedish Social Democratic Party', 'Liberal Party of
    Australia', 'Ukrainian Ground Forces'), or ""."""
    words = text.split()
    if len(words) >= 2 and words[0] in lex.country_adjectives:
        return lex.country_adjectives[words[0]]
    head, of, place = text.rpartition(" of ")
    return lex.country_names.get(place, "") if of and head else ""


def _without_the(text: str) -> str:
    """A name without a leading article ("the Kremlin" -> "Kremlin")."""
    return text[4:] if text.lower().startswith("the ") else text


def _party_by_its_people(token) -> Mention:
    """A party the NER left untagged, named by the plural of its people ('the Liberals')."""
    return Mention(token.i, token.i + 1, NodeType.ORGANIZATION.value, token.text, key=f"org:{slug(token.text)}",
                   props={"kind": "party"})


def _valid_org(span, lex: Lexicon) -> bool:
    text = _without_the(span.text)
    if text != span.text:
        span = span[1:]
    if not text or not text[0].isupper() or len(text) < 2:
        return False
    if fold(text) in lex.nonpersons or lex.role_for(text) is not None or fold(text).rstrip(".") in HONORIFICS:
        return False  # "MPs", "Ministers": titles, not organisations; "the Hon.": an honorific
    doc = span.doc
    if text in ("Independent", "Independents") and span.start > 0 and doc[span.start - 1].lower_ in ("an", "as"):
        return False  # "sat as an Independent": no party (but "The Independent" is a newspaper)
    if text in ("Knight", "Dame"):
        return False  # "appointed a Knight Commander of the Order of ...": an honour's rank
    if text in ("Party", "Parties"):
        return False  # "Party leader X" opening a sentence: which party is not said
    if len(span) >= 3 and span[1].lower_ in ("of", "for") and span[2].lower_ != "the" and len(span) <= 8 \
            and lex.role_for(span[0].text) is not None and not span[-1].is_upper and span[0].tag_ != "NNPS":
        return False  # "Minister of Health", "Secretary for Education": a title, not an organisation
        # (but "Veterans of Foreign Wars" is named after its members)
    if span[0].text == "State" and len(span) >= 3 and span[1].lower_ == "for" and span.start >= 2 \
            and doc[span.start - 1].lower_ == "of" and lex.role_for(doc[span.start - 2].text) is not None:
        return False  # "Assistant Secretary of" + "State for International Organization Affairs": the title
    after_title = len(span) <= 3 and span.start >= 2 and doc[span.start - 1].lower_ in ("of", "for")
    role = lex.role_for(doc[span.start - 2].text) if after_title else None
    if role is not None and (len(span) == 1 and span[0].lower_ in rules.PORTFOLIO_WORDS or (
            role.role in rules.PORTFOLIO_TITLES
            and all(t.lower_ in rules.PORTFOLIO_VOCABULARY or t.lower_ == "and" for t in span))):
        # the title's portfolio: "State Secretary for" + "Education" tagged alone, "Secretary of Homeland
        # Security", "Minister for Foreign Affairs"
        return False
    after = lex.role_for(doc[span.end].text) if span.end < len(doc) else None
    if after is not None and after.role in rules.PORTFOLIO_TITLES and all(
            t.lower_ in rules.PORTFOLIO_VOCABULARY or t.lower_ in ("shadow", "and", "armed", "forces") for t in span):
        return False  # "Health Secretary X", "Shadow Constitutional Affairs Secretary Y": the title's portfolio
    words = lex.title_words()
    return not all(t.lower_ in words or t.lemma_.lower() in words or t.is_punct or (t.is_stop and not t.is_upper)
                   for t in span)  # "AN", "IT" in capitals: acronyms, not stop words


# plural people nouns the tagger runs into an organisation's name ("Awami League MPs")
_MEMBER_PLURALS = {"mps", "meps", "mlas", "mpps", "msps", "tds", "senators", "deputies", "councillors", "members",
                   "lawmakers", "legislators", "politicians", "leaders", "candidates", "activists", "supporters",
                   "officials", "ministers", "delegates", "loyalists", "rebels"}


def detect_mentions(doc: Doc, lex: Lexicon) -> list[Mention]:
    """Entity mentions from the lexicon ruler and the statistical NER, plus names after titles."""
    mentions: list[Mention] = []
    taken = [False] * len(doc)
    acronyms: dict[str, Mention] = {}
    for ent in doc.ents:
        ident = ent.ent_id_
        label = ent.label_
        mention: Mention | None = None
        if not ident and label in ("ORG", "GPE", "LOC", "FAC") and len(ent) > 1 and ent[-1].tag_ == "POS":
            ent = ent[:-1]  # "the Home Office's powers": the name without its possessive
        if not ident and label == "ORG" and len(ent) > 2 and ent[0].lower_ == "ex" and ent[1].text == "-":
            ent = ent[2:]  # "Ex-Welsh Office Minister X": a former minister of the Welsh Office
        while not ident and len(ent) > 1 and ent[-1].text in (",", ";", ":", "\"", "“", "”"):
            ent = ent[:-1]  # "the American Council on Renewable Energy," tagged with its comma
        if not ident and label == "ORG" and len(ent) > 1 and ent[-1].lower_ in _MEMBER_PLURALS \
                and ent[-2].lower_ != "of":  # (but "the Chamber of Deputies" is named after its members)
            ent = ent[:-1]  # "five Awami League MPs": the party, then its people
        if ident.startswith("country:"):
            iso3 = ident.split(":", 1)[1]
            mention = Mention(ent.start, ent.end, NodeType.COUNTRY.value, lex.countries[iso3].name,
                              key=ident, props={"iso3": iso3})
        elif ident.startswith("capital:"):
            iso3 = ident.split(":", 1)[1]
            mention = Mention(ent.start, ent.end, NodeType.LOCATION.value, ent.text,
                              key=f"loc:{slug(ent.text)}", capital_of=iso3)
        elif ident.startswith("org:"):
            org = lex.orgs[ident.split(":", 1)[1]]
            props = {"kind": org.kind}
            if org.country:
                props["country"] = org.country
            mention = Mention(ent.start, ent.end, NodeType.ORGANIZATION.value, org.name, key=ident, props=props)
        elif ident == "nonperson":
            if label == "FAC":
                mention = Mention(ent.start, ent.end, NodeType.LOCATION.value, ent.text, key=f"loc:{slug(ent.text)}")
        elif label == "PERSON":
            cleaned = _clean_person(doc, ent.start, ent.end, lex)
            if cleaned:
                mention = Mention(cleaned[0], cleaned[1], NodeType.PERSON.value, doc[cleaned[0]:cleaned[1]].text)
            elif _institution_name(ent) and _valid_org(ent, lex):  # "the John Birch Society" tagged as a person
                text = _without_the(ent.text)
                mention = Mention(ent.start, ent.end, NodeType.ORGANIZATION.value, text,
                                  key=f"org:{slug(text)}", props={"kind": _guess_org_kind(text)})
        elif label == "ORG":
            if _valid_org(ent, lex):
                text = _without_the(ent.text)
                if _member_of_democrats(text):
                    text += "s"  # "a Social Democrat": the party is the Social Democrats
                mention = Mention(ent.start, ent.end, NodeType.ORGANIZATION.value, text,
                                  key=f"org:{slug(text)}", props={"kind": _guess_org_kind(text)})
                home = _country_in_name(text, lex)
                if home and mention.props["kind"] in ("party", "government", "military"):
                    mention.props["country"] = home
        elif label in ("GPE", "LOC", "FAC"):
            text = _without_the(ent.text)
            # "the Green Party", "the District of Columbia Council" taken for a place (but "the Soviet Union" is one)
            institution = _institution_name(ent) and not (label == "GPE" and ent[-1].lower_ in _STATE_HEAD_WORDS)
            if text and text[0].isupper() and (_guess_org_kind(text) == "party" or institution):
                mention = Mention(ent.start, ent.end, NodeType.ORGANIZATION.value, text, key=f"org:{slug(text)}",
                                  props={"kind": _guess_org_kind(text)})
            elif text and text[0].isupper():
                mention = Mention(ent.start, ent.end, NodeType.LOCATION.value, text, key=f"loc:{slug(text)}")
        alias = mention is not None and _acronym_of(doc, ent, mention, mentions, acronyms)
        if not alias and mention is not None and _is_dateline_credit(doc, ent, mention):
            continue
        if mention is not None:
            mention.lexical = bool(ident) or alias
            mentions.append(mention)
            for i in range(mention.start, mention.end):
                taken[i] = True
    for mention in mentions:  # "... the GLP said": an acronym defined in brackets names the same organisation
        named = acronyms.get(mention.text)
        if named is not None and mention.type == NodeType.ORGANIZATION.value and not mention.lexical:
            mention.key, mention.props, mention.lexical = named.key, dict(named.props), True
        elif named is None and mention.type == NodeType.ORGANIZATION.value and not mention.lexical:
            spelt = _spelt_out_before(doc, mention, mentions)  # (the same organisation; still read as an acronym)
            if spelt is not None:
                mention.key, mention.props = spelt.key, dict(spelt.props)
    _people_named_like_countries(doc, lex, mentions, taken)
    for token in doc:  # "crossed the floor from the Conservatives to the Liberals": a party the NER left untagged
        if token.text in _PARTY_PLURALS and not taken[token.i] and token.i > 0 and doc[token.i - 1].lower_ == "the" \
                and (token.i + 1 >= len(doc) or not doc[token.i + 1].is_title) and token.text not in lex.org_names:
            mentions.append(_party_by_its_people(token))
            taken[token.i] = True
    mentions.extend(_names_after_titles(doc, lex, taken, mentions))
    mentions.extend(_names_before_appositions(doc, lex, taken, mentions))
    mentions.sort(key=lambda m: m.start)
    _join_titled_first_names(doc, lex, mentions)
    _postnominal_titles(doc, mentions, taken)
    _retype_person_like(doc, mentions, lex)
    _retype_listed_among_people(doc, mentions)
    _retype_listed_among_organisations(doc, mentions)
    _retype_listed_among_places(doc, mentions)
    _retype_named_groups(doc, mentions)
    _retype_surnames(mentions)
    _retype_employers(doc, lex, mentions)
    mentions.extend(_bare_surnames(doc, mentions))
    mentions.extend(_untagged_subjects(doc, lex, mentions))
    mentions.extend(_untagged_agents(doc, lex, mentions))
    mentions.sort(key=lambda m: m.start)
    mentions.extend(_untagged_listed_among_people(doc, lex, mentions))
    mentions.extend(_party_owners(doc, lex, mentions))
    mentions.sort(key=lambda m: m.start)
    _whole_person_names(doc, lex, mentions)
    return mentions


_LEADING_PARTICLES = {"de", "van", "von", "der", "den", "du", "da", "di", "del", "della", "dos", "ter"}


def _whole_person_names(doc: Doc, lex: Lexicon, mentions: list[Mention]) -> None:
    """Names the tagger cut short: 'dismissed de Blasio's plan' leaves out the surname's small
    particle; 'leader Aung San Suu Kyi' comes as 'Aung San' and 'Suu Kyi' (or an untagged rest),
    whose first words are compounds of its last. The first mention takes the whole name."""
    starts = {m.start: m for m in mentions}
    taken = {i for m in mentions for i in range(m.start, m.end)}
    dropped: list[Mention] = []
    for mention in mentions:
        if mention.type != NodeType.PERSON.value or mention in dropped:
            continue
        start, end = mention.start, mention.end
        if start > 0 and doc[start - 1].text in _LEADING_PARTICLES and start - 1 not in taken \
                and (start < 2 or not (doc[start - 2].is_title and doc[start - 2].is_alpha)):
            start -= 1
        head = doc[end - 1].head
        rest = starts.get(end)
        if doc[end - 1].dep_ == "compound" and end <= head.i <= end + 1 and end - start >= 2 \
                and (rest is None or rest.type == NodeType.PERSON.value and rest.end == head.i + 1) \
                and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha and (rest is not None or t.i not in taken)
                        and t.lower_ not in ORG_HEAD_WORDS and not _is_title_token(lex, t.text)
                        and t.ent_type_ in ("", "PERSON") and t.lower_ not in rules.DAY_WORDS
                        # (not "met President Omar Haddad Tuesday")
                        for t in doc[end:head.i + 1]) \
                and not any(_is_title_token(lex, t.text) for t in doc[start:end]):
            end = head.i + 1
            if rest is not None:
                dropped.append(rest)
        if (start, end) != (mention.start, mention.end):
            mention.start, mention.end, mention.text = start, end, doc[start:end].text
    for rest in dropped:
        mentions.remove(rest)


# what a lone capitalised name tagged a proper noun does as a person (a common noun opening a sentence,
# "Government advised ...", needs a career verb)
_PERSONAL_VERBS = {"advise", "consult", "co-found", "cofound", "graduate", "study", "chair", "endorse",
                   "divorce", "write", "publish", "argue", "testify"}
_CAREER_VERBS = {"serve", "run", "campaign", "stand", "win", "lose", "resign", "join", "leave", "elect", "appoint",
                 "nominate", "die", "marry", "defeat", "succeed", "retire", "teach", "lecture"}


_MEMBERSHIPS_BODIES_HOLD = {"member", "founding member"}  # ("Estonia is a founding member of ...")


def _person_title_predicate(verb, lex: Lexicon) -> bool:
    """'X was a Liberal candidate', 'X remained a member of the Sejm', 'X campaigned as the party's
    candidate': the subject holds a title only people hold (a 'member' only of a legislature)."""
    nouns = [c for c in verb.children if c.dep_ == "attr" and verb.lemma_ in ("be", "become", "remain")]
    nouns += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
    nouns += [c for c in verb.children if c.dep_ == "oprd"]  # "X was made an honorary fellow of Y"
    for noun in nouns:
        # a capitalised title is often tagged PROPN ("became General Secretary of Y"), but never inside a name
        if noun.pos_ == "NOUN" or (noun.pos_ == "PROPN" and not noun.ent_type_):
            words = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
            role = (words and lex.role_for(" ".join(t.text for t in [*words, noun]))) or lex.role_for(noun.lemma_)
        else:
            role = None
        if role is None:
            continue
        if role.relation != RelType.MEMBER_OF.value or role.role not in _MEMBERSHIPS_BODIES_HOLD:
            return True  # ("a leading figure in Y", "an activist": only people; "a member of Y": a body too)
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    words = {t.lower_ for t in obj.subtree}
                    if obj.dep_ == "pobj" and words & (_LEGISLATURE_WORDS | _PEOPLES_BODIES):
                        return True
    return False


_HE_OR_SHE = {"he", "she"}
_SEAT_VERBS = {"hold", "regain", "win", "lose", "retain", "contest"}


def _says_he(verb, subject, taken) -> bool:
    """'Chisholm announced that he would seek ...', 'Adams held the seat until he lost it', 'Lund
    resigned his seat': the subject's own clause speaks of it as 'he' or 'she' (or 'his', 'her'), as
    of no body, with no other person named in between."""
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp", "advcl") and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _HE_OR_SHE and not any(
                    taken.get(i) is not None and taken[i].type == NodeType.PERSON.value
                    for i in range(subject.i + 1, c.i)) for c in child.children):
            return True
        if child.dep_ == "dobj" and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in child.children):
            return True
    return False


def _enters_a_legislature(verb) -> bool:
    """'Merz entered the Bundestag in 1994': only a person enters a legislature as its member."""
    return verb.lemma_.lower() == "enter" and any(
        c.dep_ == "dobj" and {t.lower_ for t in c.subtree} & (_LEGISLATURE_WORDS | {"house"}) for c in verb.children)


def _runs_against_someone(verb) -> bool:
    """'X ran (stood) against Liberal incumbent Y': X is a candidate, and so a person."""
    return verb.lemma_.lower() in ("run", "stand") and any(
        o.dep_ == "pobj" and o.ent_type_ == "PERSON" for p in verb.children if p.dep_ == "prep" and p.lower_ == "against"
        for o in p.children)


# titles a body may hold too ("Forza Italia, a member of the EPP", "Gazprom, the owner of X")
_TITLES_BODIES_HOLD = {"member", "founder", "co-founder", "owner", "publisher", "leader", "head", "partner",
                       "sponsor", "founding member", "candidate", "winner", "chair", "host"}


def _titled_apposition(root, lex: Lexicon) -> bool:
    """'Thabo Nkosi, the ANC's treasurer-general,', 'the party has one deputy, Ana Diaz': a name in
    apposition with a title only people hold is a person's."""
    doc = root.doc
    if root.dep_ == "pobj" and root.head.lower_ in ("at", "in"):
        return False  # "Professor at Stanford, the director of its lab": the titles are said of someone else
    titles = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos" and root.head.i < root.left_edge.i and doc[root.left_edge.i - 1].text == ",":
        titles.append(root.head)
    for child in titles:
        if child.pos_ not in ("NOUN", "ADJ") or child.ent_type_:
            continue
        # the title's last words ("treasurer - general" as the parser splits "treasurer-general")
        texts = [child.lemma_, child.text] + [doc[k:child.i + 1].text.replace(" - ", "-").replace(" -", "-")
                                               for k in (child.i - 2, child.i - 1) if k > root.i]
        role = next((r for t in texts for r in [lex.role_for(t)] if r is not None), None)
        if role is not None and role.role not in _TITLES_BODIES_HOLD and role.relation != RelType.MEMBER_OF.value:
            return True
    return False


def _titled_subject(verb, lex: Lexicon) -> bool:
    """'The deputy mayor is X', 'its first leader was X': the copula's subject is a title only people hold."""
    return verb.lemma_ == "be" and any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and not c.ent_type_ and (role := lex.role_for(c.lemma_)) is not None
        and role.relation != RelType.MEMBER_OF.value for c in verb.children)


def _party_name(token) -> bool:
    """A token inside a name that says it is a party ('the Green Party', 'the CCF')."""
    if not token.ent_type_ or token.ent_type_ not in ("ORG", "NORP", "GPE", "FAC"):
        return False
    words = {t.lower_ for t in token.subtree} | {token.lower_}
    text = token.text
    return bool(words & _PARTY_WORDS) or (2 <= len(text) <= 6 and text.isalpha() and text.isupper()) \
        or text in ("Labor", "Labour")  # "led Labor to victory"


def _names_a_party(mention: Mention) -> bool:
    """An organisation the lexicon calls a party, or whose name says it is one ('the Unity Party')."""
    return mention.type == NodeType.ORGANIZATION.value and (
        mention.props.get("kind") == "party" or bool({w.lower() for w in mention.text.split()} & _PARTY_WORDS))


def _party_government(noun, mentions: list[Mention]) -> bool:
    """'the Progressive Conservative government (of X)': a government noun with a party before it."""
    return noun.lemma_.lower() in rules.GOVERNMENT_NOUNS and any(
        c.dep_ in ("compound", "nmod", "amod") and any(m.start <= c.i < m.end and _names_a_party(m) for m in mentions)
        for c in noun.children)


def _of_a_party(doc: Doc, mentions: list[Mention], i: int) -> bool:
    """Whether the words from token i are 'of (the) <a party's name>' ('of the National Party')."""
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return False
    starts = (i + 1, i + 2) if doc[i + 1].lower_ == "the" else (i + 1,)
    return any(m.start in starts and _names_a_party(m) for m in mentions)


def _partys_own(doc: Doc, mentions: list[Mention], start: int) -> bool:
    """Whether a party's possessive comes right before token `start` ("the Liberal Party's X")."""
    if start < 2 or doc[start - 1].tag_ != "POS":
        return False
    return any(m.end == start - 1 and _names_a_party(m) for m in mentions)


def _aged(doc: Doc, i: int) -> bool:
    """Whether the words from token i are an age set off by commas (', 47,'), as news writes after a
    person's name."""
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 2].text != ",":
        return False
    age = doc[i + 1].text
    return age.isdigit() and 15 <= int(age) <= 110


def _owns_a_party(doc: Doc, mentions: list[Mention], i: int) -> bool:
    """Whether the words from token i are "'s <a party's name>" ("'s Liberal National Party")."""
    if i + 1 >= len(doc) or doc[i].tag_ != "POS":
        return False
    return any(m.start == i + 1 and _names_a_party(m) for m in mentions)


def _party_predicate(verb, lex: Lexicon | None = None) -> bool:
    """'X ran / campaigned / stood for the Y Party', 'X was a member of the Y Party': X is a person."""
    lemma = verb.lemma_.lower()
    if lemma in ("run", "campaign", "stand"):  # "ran for the Y Party", "ran for the Legislative Assembly of Z"
        # "ran in the riding of Z for the Y Party": the parser hangs the party on the seat
        holders = [verb, *rules.seats_run_in(verb)]
        return any(o.dep_ == "pobj" and (_party_name(o) or o.ent_type_ == "ORG" and {
            t.lower_ for t in o.subtree} & (_LEGISLATURE_WORDS | {"assembly", "council", "house", "commons"})
            or o.pos_ in ("NOUN", "PROPN") and not o.ent_type_ and lex is not None and lex.role_for(o.lemma_)
            is not None and lex.role_for(o.lemma_).relation == RelType.HOLDS_ROLE.value)  # "ran for Mayor of X"
                   for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children)
    if lemma in _PARTY_OBJECT_LEMMAS:  # "Whitlam led Labor to victory", "Ruiz founded the Liberal Party"
        return any(o.dep_ == "dobj" and _party_name(o) for o in verb.children)
    if lemma in ("be", "become", "remain"):
        return any(n.dep_ == "attr" and n.lemma_.lower() == "member" and any(
            o.dep_ == "pobj" and _party_name(o) for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children) for n in verb.children)
    return False


# singular nouns that open a sentence without an article and still name no person
_COLLECTIVE_NOUNS = {"congress", "management", "staff", "security", "leadership", "everybody", "everyone", "nobody",
                     "somebody", "someone", "anyone", "anybody", "labour", "labor", "opposition", "industry", "media",
                     "press", "justice", "defence", "defense", "treasury", "health", "education", "intelligence"}
_PARTY_OBJECT_LEMMAS = {"lead", "head", "found", "co-found", "establish", "form", "join", "rejoin", "quit"}
_LEGISLATURE_WORDS = {"parliament", "senate", "assembly", "legislature", "congress", "commons"} | PARLIAMENT_NAMES
_PEOPLES_BODIES = {"board", "trustees", "directors", "governors", "regents", "cabinet"}  # whose members are people
_ONLY_PEOPLE_VERBS = {"serve", "resign", "die", "marry", "retire", "elect", "appoint", "nominate", "stand", "teach",
                      "lecture"}


def _untagged_subjects(doc: Doc, lex: Lexicon, mentions: list[Mention]) -> list[Mention]:
    """'Molloy ran as a Liberal candidate', 'Hanni served as leader of ...': a lone capitalised word
    the tagger left untagged, subject of a career verb, is a person."""
    taken = {i: m for m in mentions for i in range(m.start, m.end)}
    found = []
    for token in doc:
        # a name opening the sentence is often tagged a common noun ("Dubé was elected to ...")
        opening_noun = token.pos_ == "NOUN" and token.i == token.sent.start and (
            # "Hitchens was made ...": a name ending in s, tagged a body or read as a plural the verb
            # says it is not
            token.tag_ == "NN" or token.tag_ == "NNS" and (token.i in taken or any(
                c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "is", "has") for c in token.head.children))
        ) and fold(token.text) not in lex.nonpersons and not _is_title_token(lex, token.text)
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ not in ("PROPN", "ADJ") and not opening_noun \
                or token.lower_ in ORG_HEAD_WORDS | _LEGISLATURE_WORDS | _COLLECTIVE_NOUNS:
            continue  # ("Parliament was elected", "Congress resigned" name no one)
        verb = token.head
        if token.pos_ == "ADJ" and not _party_predicate(verb, lex):
            continue  # "Hundal ran for the Green Party": only a strong cue makes a person of an adjective
        if verb.pos_ == "AUX" and verb.dep_ in ("aux", "auxpass"):
            verb = verb.head
        if verb.lemma_ == "be":  # "Samis was re-elected" parsed as "was" + "re" + "-" + "elected"
            verb = next((c for c in verb.children if c.lower_ == "re" and c.dep_ in ("acomp", "attr", "advmod")), verb)
        if verb.lower_ == "re" and verb.i + 2 < len(doc) and doc[verb.i + 1].text == "-":
            verb = doc[verb.i + 2]  # "Rask was re-elected": the parser splits off "re"
        if not token.text[:1].isupper() or token.text.isupper() or not token.is_alpha:  # ("McCain", "DeFeria")
            continue
        titled = _person_title_predicate(verb, lex) or _party_predicate(verb, lex) or _runs_against_someone(verb) \
            or _enters_a_legislature(verb)
        personal = token.pos_ == "PROPN" and verb.lemma_.lower() in _PERSONAL_VERBS  # ("Lieberthal has advised X")
        first = _name_start(doc, token)
        # a whole name of two or three words the tagger left untagged ("Ana Ruiz represented ..."), not a
        # place or a body, is a person when it does what people do (_PERSON_VERBS, _WHOLE_NAME_VERBS)
        whole_name = first is not None and first < token.i and token.pos_ == "PROPN" and (
            verb.lemma_.lower() in _PERSON_VERBS | _WHOLE_NAME_VERBS
            or _of_a_party(doc, mentions, token.i + 1)  # "Jan Peter Balkenende of the CDA formed a cabinet"
        ) and _free_name(doc, first, token.i + 1, taken)
        # a lone name spoken of as 'he': tagged a body, or untagged and holding a seat ("Adams held the
        # seat until he lost it"; not "Prudence made an appearance as he ...")
        he = (token.i in taken or token.pos_ == "PROPN" and verb.lemma_.lower() in _SEAT_VERBS) \
            and _says_he(verb, token, taken)
        if verb.lemma_.lower() not in _CAREER_VERBS and not titled and not personal and not whole_name and not he \
                or _acts_like_a_party(doc, token):
            continue  # ("Shinui won 15 seats": a party)
        if first is not None and first < token.i:
            guess = taken.get(token.i)
            if guess is not None and not guess.lexical and guess.start == token.i == guess.end - 1 \
                    and guess.type != NodeType.PERSON.value and not any(i in taken for i in range(first, token.i)) \
                    and verb.lemma_.lower() in _ONLY_PEOPLE_VERBS \
                    and _clean_person(doc, first, token.i + 1, lex) == (first, token.i + 1):
                # "Olumide Bakare was elected ...": the NER took the surname alone for a body
                guess.start = first
                guess.make_person()
                guess.text = doc[first:token.i + 1].text
                continue
            # "Marcel Dube was a Liberal member of ...": a whole name of two or three words, all untagged
            if not any(i in taken for i in range(first, token.i + 1)) and not token.text.isupper() \
                    and _clean_person(doc, first, token.i + 1, lex) == (first, token.i + 1) \
                    and not any(_is_title_token(lex, t.text) for t in doc[first:token.i + 1]):
                found.append(Mention(first, token.i + 1, NodeType.PERSON.value, doc[first:token.i + 1].text))
            continue
        if any(c.dep_ in ("compound", "amod", "det", "poss") for c in token.children):
            continue  # part of a longer noun phrase
        guess = taken.get(token.i)
        if guess is not None:
            # "Kardash was re-elected", "Lund resigned": a lone word the NER took for an organisation,
            # subject of something only people do, is a person
            if guess.lexical or guess.end - guess.start != 1 or guess.type == NodeType.PERSON.value or \
                    (verb.lemma_.lower() not in _ONLY_PEOPLE_VERBS and not titled and not he) \
                    or token.text.isupper():
                continue
            if _clean_person(doc, token.i, token.i + 1, lex) and not _is_title_token(lex, token.text):
                guess.make_person()
            continue
        if _clean_person(doc, token.i, token.i + 1, lex) and not _is_title_token(lex, token.text):
            found.append(Mention(token.i, token.i + 1, NodeType.PERSON.value, token.text))
    return found


# what a whole untagged name does as a person ("Ana Ruiz represented ...", "Ana Ruiz was expelled from ...")
_WHOLE_NAME_VERBS = {"represent", "head", "lead", "found", "co-found", "expel", "hold", "become", "join", "leave",
                     "quit", "defect", "succeed", "replace", "serve", "stand", "run", "campaign", "elect", "re-elect"}
# words that end or open the names of places and events, never a person's ("New Haven", "Hurricane Katrina")
_PLACE_NAME_WORDS = {"new", "north", "south", "east", "west", "san", "santa", "saint", "st", "port", "fort", "mount",
                     "lake", "cape", "beach", "bay", "hurricane", "storm", "operation", "day", "week", "cup", "games",
                     "war", "treaty", "act", "bill", "accord", "agreement", "plan", "summit", "conference", "festival"}


_NO_NAME_PARTS = ORG_HEAD_WORDS | _PLACE_NAME_WORDS


def _free_name(doc: Doc, start: int, end: int, taken) -> bool:
    """Whether tokens [start, end) are no one's mention yet and hold no word of a body's or a place's name."""
    return not any(i in taken or doc[i].lower_ in _NO_NAME_PARTS for i in range(start, end))


_AGENT_VERBS = {"lead", "head", "found", "co-found", "chair", "elect", "appoint", "nominate", "succeed", "replace",
                "defeat", "establish", "form"}  # "led by X", "X was succeeded by Y"
_CHOOSING_VERBS = {"elect", "appoint", "nominate", "name", "choose", "select", "pick"}  # "elected X as its leader"
_CHOSEN_PERSON_VERBS = {"nominate", "expel", "appoint", "elect", "select"}  # "the Y Party expelled X" (X typed a body)


def _untagged_agents(doc: Doc, lex: Lexicon, mentions: list[Mention]) -> list[Mention]:
    """'the party, led by Ana Ruiz', 'the party elected Ana Ruiz as its leader': a whole name of two or
    three words the tagger left untagged, the agent or the chosen one of what only people are, is a person."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    for token in doc:
        if token.pos_ != "PROPN" or token.i in taken or not token.is_alpha or token.text.isupper():
            continue
        agent = token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.head.lemma_.lower() in _AGENT_VERBS
        chosen = token.dep_ == "dobj" and token.head.lemma_.lower() in _CHOOSING_VERBS | {"field", "expel"} and (any(
            c.dep_ == "prep" and c.lower_ == "as" for c in token.head.children) or any(  # "the Y Party fielded X"
            c.dep_ == "nsubj" and any(m.start <= c.i < m.end and _names_a_party(m) for m in mentions)
            for c in token.head.children))
        if not agent and not chosen:
            continue
        first = _name_start(doc, token)
        if first is None or first == token.i or not _free_name(doc, first, token.i + 1, taken) \
                or any(_is_title_token(lex, doc[i].text) for i in range(first, token.i + 1)):
            continue
        if _clean_person(doc, first, token.i + 1, lex) == (first, token.i + 1):
            found.append(Mention(first, token.i + 1, NodeType.PERSON.value, doc[first:token.i + 1].text))
    return found


def _name_start(doc: Doc, token) -> int | None:
    """Where a proper name ending at `token` starts, when the words before it are all its own
    capitalised compounds ('Marcel' in 'Marcel Dube'); None when anything else modifies it."""
    start = token.i
    while start - 1 >= 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == token.i \
            and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and doc[start - 1].is_alpha:
        start -= 1
    if any(c.dep_ in ("compound", "amod", "det", "poss", "nmod") and c.i < start for c in token.children) \
            or token.i - start > 2:
        return None
    return start


def _bare_surnames(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Valk met Hale': a lone capitalised word equal to the surname of a person named in full
    in this article is that person, even where the statistical NER missed it."""
    full = [m.text.split() for m in mentions if m.type == NodeType.PERSON.value and " " in m.text]
    surnames = {parts[-1] for parts in full}
    # a short family name written first ("Xi Jinping" -> "Xi"), when only one person has it
    firsts = [parts[0] for parts in full if len(parts[0]) <= 3 and parts[0][:1].isupper()]
    surnames |= {name for name in firsts if firsts.count(name) == 1 and
                 len({tuple(p) for p in full if p[0] == name}) == 1}
    if not surnames:
        return []
    taken = [False] * len(doc)
    for mention in mentions:
        for i in range(mention.start, mention.end):
            taken[i] = True
    found = []
    for token in doc:
        if taken[token.i] or token.text not in surnames or token.pos_ not in ("PROPN", "NOUN"):
            continue
        neighbours = (doc[token.i - 1] if token.i > 0 else None, doc[token.i + 1] if token.i + 1 < len(doc) else None)
        if any(n is not None and n.pos_ == "PROPN" and n.text[:1].isupper() and not taken[n.i] for n in neighbours):
            continue  # part of a longer name we do not know
        if _academic_title_at(doc, token.i):
            continue  # "Dean of the College" beside a Howard Dean: the title
        found.append(Mention(token.i, token.i + 1, NodeType.PERSON.value, token.text))
    return found


def _people_named_like_countries(doc: Doc, lex: Lexicon, mentions: list[Mention], taken: list[bool]) -> None:
    """'Chad Wolf', 'Senator Sam Georgia': a one-word country name fused with a name is a person."""
    for mention in list(mentions):
        if mention.end - mention.start != 1 or not mention.key.startswith("country:"):
            continue
        if doc[mention.start].ent_type_ != "GPE":
            continue  # adjectives ("French") are never names
        i = mention.start
        after = doc[i + 1] if i + 1 < len(doc) else None
        before = doc[i - 1] if i > 0 else None

        def plain_name(tok) -> bool:
            return (tok is not None and tok.pos_ == "PROPN" and tok.text[:1].isupper() and not taken[tok.i]
                    and not _is_title_token(lex, tok.text) and tok.lower_ not in lex.title_words())

        first = next((m for m in mentions if m.type == NodeType.PERSON.value and m.start == i - 1
                      and m.end == i), None)
        if first is not None:  # "Sam" alone was tagged a person: it is the first name
            taken[i - 1] = False
        start = end = None
        if plain_name(after) and doc[i].dep_ == "compound" and doc[i].head.i == i + 1:
            start, end = i, i + 2
        elif plain_name(before) and before.dep_ == "compound" and before.head.i == i and \
                _title_precedes(doc, lex, i - 1):
            start, end = i - 1, i + 1
        if start is None:
            if first is not None:
                taken[i - 1] = True
            continue
        if first is not None and start == i - 1:
            mentions.remove(first)
        mentions.remove(mention)
        mentions.append(Mention(start, end, NodeType.PERSON.value, doc[start:end].text))
        for k in range(start, end):
            taken[k] = True


def _names_before_appositions(doc: Doc, lex: Lexicon, taken: list[bool], mentions: list[Mention]) -> list[Mention]:
    """'Olaf Gruber, a senior adviser to X': a proper name with a job-title apposition is a person."""
    found = []
    for token in doc:
        if token.dep_ != "appos" or token.pos_ != "NOUN" or title_key(token.lemma_) not in lex.roles:
            continue
        head = token.head
        if head.pos_ != "PROPN" or head.i > token.i:
            continue
        if head.dep_ == "pobj" and head.head.lower_ in ("at", "in"):
            continue  # "Professor at Stanford, the director of its lab": said of someone else
        if taken[head.i]:
            guess = next((m for m in mentions if m.start <= head.i < m.end), None)
            if guess is not None and not guess.lexical and guess.type in (
                NodeType.ORGANIZATION.value, NodeType.LOCATION.value
            ) and _clean_person(doc, guess.start, guess.end, lex):
                guess.make_person()
            continue
        start = head.i
        while start - 1 >= 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].head.i == head.i and not taken[start - 1]:
            start -= 1
        cleaned = _clean_person(doc, start, head.i + 1, lex)
        lone = cleaned is not None and cleaned[1] - cleaned[0] == 1 and head.is_title and head.is_alpha \
            and any(c.dep_ == "det" for c in token.children) \
            and (head.i == head.sent.start or doc[head.i - 1].is_punct or doc[head.i - 1].pos_ in ("VERB", "ADP"))
        if cleaned and (cleaned[1] - cleaned[0] >= 2 or lone):  # "Tal, a senior Defense Ministry official,"
            found.append(Mention(cleaned[0], cleaned[1], NodeType.PERSON.value, doc[cleaned[0]:cleaned[1]].text))
            for k in range(cleaned[0], cleaned[1]):
                taken[k] = True
    return found


_PERSON_VERBS = {"say", "tell", "add", "argue", "claim", "insist", "elect", "appoint", "name", "nominate",
                 "resign", "die", "marry", "serve", "sit", "win", "lose", "announce", "deny", "vow", "chair",
                 "represent"}


_RIVAL_VERBS = {"defeat", "beat", "unseat", "succeed", "replace", "oust"}
_INITIAL = re.compile(r"[A-Z]\.")


# Letters after a name ("Alex Atamanenko MP (born 1945) is ...") that the parser makes the phrase's head
_POSTNOMINALS = {"MP", "MEP", "MSP", "MLA", "MPP", "MNA", "TD", "QC", "KC", "OBE", "CBE", "MBE", "KBE", "FRS"}


def _postnominal_titles(doc: Doc, mentions: list[Mention], taken: list[bool]) -> None:
    """A person's span takes in the letters after the name when the parser made them its head, so the
    rules find the person where the phrase stands (the name itself is unchanged)."""
    for mention in mentions:
        end = mention.end
        if mention.type != NodeType.PERSON.value or end >= len(doc) or doc[end].text not in _POSTNOMINALS \
                or taken[end] or doc[mention.start:end].root.head.i != end:
            continue
        mention.end = end + 1
        taken[end] = True


def _join_titled_first_names(doc: Doc, lex: Lexicon, mentions: list[Mention]) -> None:
    """'Mayor Michael Bloomberg' tagged as the person 'Michael' and the company 'Bloomberg': a one-word
    person right after a title, followed at once by a one-word name of something else, is one person."""
    i = 0
    while i + 1 < len(mentions):
        first, second = mentions[i], mentions[i + 1]
        i += 1
        if first.type != NodeType.PERSON.value or first.end - first.start != 1 or second.start != first.end \
                or second.end - second.start != 1 or second.type == NodeType.PERSON.value:
            continue
        word = doc[second.start]
        if word.pos_ != "PROPN" or not word.is_title or not word.is_alpha or word.lower_ in ORG_HEAD_WORDS \
                or not doc[first.start].is_title or not _title_precedes(doc, lex, first.start):
            continue
        del mentions[i]
        first.end = second.end
        first.text = doc[first.start:first.end].text


# honorifics a lone surname follows ("Lord Tebbit"), and those the NER may take into the name ("Mr Hale")
_SURNAME_HONORIFICS = HONORIFICS | {"baroness", "baron", "viscount"}
_PLAIN_HONORIFICS = {"mr", "mrs", "ms"}


def _retype_person_like(doc: Doc, mentions: list[Mention], lex: Lexicon) -> None:
    """Names the NER typed as an organisation or place, used where only people fit ('Ivo Dank
    was re-elected', 'led by Marta Ruiz', 'Ana Diaz said'), become people."""
    for mention in mentions:
        if mention.lexical or mention.type not in (NodeType.ORGANIZATION.value, NodeType.LOCATION.value):
            continue
        span = doc[mention.start:mention.end]
        if 3 <= len(span) <= 4 and span[-1].text in _POSTNOMINALS and all(
                t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in span[:-1]):
            mention.end -= 1  # "Guy Mansfield QC": a person's name and the letters after it
            mention.make_person()
            mention.text = doc[mention.start:mention.end].text
            continue
        if len(span) == 1 and span.start > 0 and doc[span.start - 1].text[:1].isupper() \
                and fold(doc[span.start - 1].text).rstrip(".") in _SURNAME_HONORIFICS \
                and span[0].is_title and span[0].is_alpha:
            mention.make_person()  # "Lord Tebbit": an honorific's surname
            mention.text = span.text
            continue
        if len(span) == 2 and span[0].text[:1].isupper() and fold(span[0].text).rstrip(".") in _PLAIN_HONORIFICS \
                and span[1].is_title and span[1].is_alpha:
            mention.start += 1  # "Mr Hale" tagged as an organisation: the surname, a person
            mention.make_person()
            mention.text = doc[mention.start:mention.end].text
            continue
        joined = {t.i for t in span if t.text == "-" and not t.whitespace_ and t.i > span.start
                  and not t.nbor(-1).whitespace_}  # "Sun Yat-sen": "-sen" is part of "Yat"
        words = [t for t in span if t.i not in joined and t.i - 1 not in joined
                 and not (span.start < t.i < span.end - 1 and t.lower_ in NAME_PARTICLES)]  # ("Fradique de Menezes")
        if not 2 <= len(words) <= 3 or any(t.pos_ != "PROPN" or not t.text[:1].isupper() or t.lower_ in ORG_HEAD_WORDS
                                          or t.lower_ in _PARTY_WORDS  # "the Social Democrats won 30 seats"
                                          or not (t.is_alpha or _INITIAL.fullmatch(t.text)) for t in words) \
                or _INITIAL.fullmatch(span[-1].text):
            continue  # (a middle initial is part of a name: "Ulf D. Merbold")
        root = span.root
        head = root.head
        person_slot = (
            # "Dwight D. Eisenhower": a given name, a middle initial and a surname name a person anywhere
            (len(span) == 3 and bool(_INITIAL.fullmatch(span[1].text)) and len(span[0]) > 1 and span[0].is_alpha
             and len(span[2]) > 1 and span[2].is_alpha)
            or (root.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in _PERSON_VERBS)
            # "former party chairpersons Fritz Kuhn and Claudia Roth": listed with a person the NER found
            or (root.dep_ == "conj" and head.ent_type_ == "PERSON" and head.i < mention.start
                and not any(t.lower_ in _PLACE_NAME_WORDS for t in span))
            or (root.dep_ in ("nsubj", "nsubjpass") and _person_title_predicate(head, lex))  # "X became General
            # Secretary of Y", "X was dismissed as lead candidate of Y"
            or (root.dep_ == "nsubj" and _party_predicate(head, lex))  # "X ran for the Senate"
            # "Carol Moseley Braun defeated Alan Dixon": a person's rival, in the same race
            or (root.dep_ == "nsubj" and head.lemma_.lower() in _RIVAL_VERBS and any(
                c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in head.children))
            or (root.dep_ == "nsubj" and head.lemma_.lower() in ("join", "rejoin", "found") and any(
                c.dep_ == "dobj" and c.lemma_.lower() == "party" for c in head.children))  # "X joined a new party"
            or (root.dep_ == "attr" and _titled_subject(head, lex))  # "the deputy mayor is X"
            or _titled_apposition(root, lex)  # "Thabo Nkosi, the ANC's treasurer-general," 
            # "Thabo Mbeki, who succeeded ...": 'who' is said of people ('which' of bodies)
            or root.dep_ != "pobj" and not any(t.lower_ in _PLACE_NAME_WORDS for t in span) and any(
                c.dep_ == "relcl" and any(w.dep_ in ("nsubj", "nsubjpass") and w.lower_ == "who" for w in c.children)
                for c in root.children)  # (not "an auditor for Y, who died": the parser hangs it on Y)
            or (root.dep_ in ("pobj", "conj") and _agent_of(root) in {"lead", "head", "chair", "found", "co-found"})
            or (root.dep_ == "pobj" and head.lower_ == "of"
                and head.head.lemma_.lower() in {"leadership", "chairmanship"})
            or _of_a_party(doc, mentions, mention.end)  # "Porfirio Pepe Lobo of the National Party": a party's man
            or (root.dep_ == "pobj" and head.lower_ == "of" and _party_government(head.head, mentions))
            or _owns_a_party(doc, mentions, mention.end)  # "Ana Ruiz's Liberal Party": its leader
            # "the Liberal Party's Trond Eide resigned": its member, doing something (not "the NDP's New
            # Politics Initiative" named as a thing)
            or (_partys_own(doc, mentions, mention.start) and (root.dep_ in ("nsubj", "nsubjpass") or (
                root.dep_ == "conj" and head.dep_ in ("nsubj", "nsubjpass"))))
            or _aged(doc, mention.end)  # "Ulf Merbold, 47, of the European Space Agency"
            or _party_in_brackets(doc, mentions, mention.end)  # "Kaja Tamm (Forest Party) won 31%"
            # "the party nominated Ueli Maurer for the Federal Council", "expelled Ana Ruiz"
            or (root.dep_ == "dobj" and head.lemma_.lower() in _CHOSEN_PERSON_VERBS and any(
                c.dep_ == "nsubj" and any(m.start <= c.i < m.end and _names_a_party(m) for m in mentions)
                for c in head.children))
        )
        if person_slot:
            mention.make_person()
            mention.text = span.text


def _party_in_brackets(doc: Doc, mentions: list[Mention], end: int) -> bool:
    """'Kaja Tamm (Forest Party)': a party alone in brackets after a name, as election results
    write a candidate's party (not 'the Order Party (Milli Nizam Partisi)', a party's other name)."""
    if end + 2 >= len(doc) or doc[end].text != "(":
        return False
    inside = next((m for m in mentions if m.start == end + 1), None)
    return inside is not None and inside.type == NodeType.ORGANIZATION.value and inside.props.get("kind") == "party" \
        and inside.end < len(doc) and doc[inside.end].text == ")"


def _agent_of(token) -> str:
    """The lemma of the passive verb whose 'by' phrase holds the token (or a name it is listed
    with: 'founded by A and B'); '' when there is none."""
    while token.dep_ == "conj":
        token = token.head
    if token.dep_ != "pobj" or token.head.dep_ != "agent":
        return ""
    return token.head.head.lemma_.lower()


def _by_start_and_end(mentions: list[Mention]) -> tuple[dict[int, Mention], dict[int, Mention]]:
    return {m.start: m for m in mentions}, {m.end: m for m in mentions}


def _list_neighbours(doc: Doc, ends: tuple[dict[int, Mention], dict[int, Mention]], mention: Mention,
                     separators: tuple[str, ...] = (",",)) -> list[Mention | None]:
    """The mentions just before and after `mention` in a list ('A, the B, C'; with 'and' among the
    separators, also 'B and C'); None for a side that is no list element. `ends` indexes the
    mentions by start and by end token (_by_start_and_end, built once per document)."""
    by_start, by_end = ends

    def neighbour(i: int, step: int) -> Mention | None:
        if not (0 <= i < len(doc)) or doc[i].lower_ not in separators:
            return None
        i += step
        while 0 <= i < len(doc) and doc[i].lower_ in ("the", "and", ")", "(", ","):
            if step > 0 and i in by_start:
                return by_start[i]  # "the Centre Party": a name whose span starts at its article
            i += step
        return (by_start.get(i) if step > 0 else by_end.get(i + 1)) if 0 <= i < len(doc) else None

    return [neighbour(mention.start - 1, -1), neighbour(mention.end, 1)]


def _opens_list_of_people(doc: Doc, i: int) -> bool:
    """'has had four presidents: A, B', 'leaders including A, B', 'Bolsheviks such as A, B': the
    words before token i open a list of people."""
    if i >= 2 and doc[i - 1].text == ":" and doc[i - 2].tag_ == "NNS":
        return True
    return i >= 2 and (doc[i - 1].lower_ == "including" or doc[i - 2:i].text.lower() == "such as")


def _retype_listed_among_people(doc: Doc, mentions: list[Mention]) -> None:
    """'presidents: Alma Ruiz Quispe (tagged ORG), Jorge Vidal and Marta Soler (tagged a place)': a
    name of two or three capitalised words in a list between people, or opening a list of people
    before another person, is a person too. A one-word name ('Adams') needs more: a list of at
    least three, all the rest of them people."""
    ends = _by_start_and_end(mentions)
    for mention in mentions:
        if mention.lexical or mention.type not in (NodeType.ORGANIZATION.value, NodeType.LOCATION.value):
            continue
        span = doc[mention.start:mention.end]
        if not 1 <= len(span) <= 3 or any(t.pos_ != "PROPN" or not t.is_title or not t.is_alpha
                                          or t.lower_ in ORG_HEAD_WORDS for t in span):
            continue
        before, after = _list_neighbours(doc, ends, mention, (",", "and"))
        people = [m is not None and m.type == NodeType.PERSON.value for m in (before, after)]
        if len(span) == 1:
            listed = _listed_people(doc, ends, mention, -1) + _listed_people(doc, ends, mention, 1)
            if listed < 2 or not any(people) or not all(p or m is None for p, m in zip(people, (before, after))):
                continue
        elif not (all(people) or people[1] and before is None and _opens_list_of_people(doc, mention.start)):
            continue
        mention.make_person()
        mention.text = span.text


def _listed_people(doc: Doc, ends: tuple[dict[int, Mention], dict[int, Mention]], mention: Mention, step: int) -> int:
    """How many people follow (step 1) or precede (step -1) `mention` in its list, up to the first
    list element that is no person."""
    count, current = 0, mention
    while True:
        side = _list_neighbours(doc, ends, current, (",", "and"))[0 if step < 0 else 1]
        if side is None or side.type != NodeType.PERSON.value or count > len(doc):
            return count
        count, current = count + 1, side


def _party_owners(doc: Doc, lex: Lexicon, mentions: list[Mention]) -> list[Mention]:
    """"Howard's Liberal Party", "Aloni's Ratz party": one to three capitalised words the NER left
    untagged (or a one-word guess of an organisation or place), owning a party, are its leader."""
    by_start = {m.start: m for m in mentions}
    taken = {i: m for m in mentions for i in range(m.start, m.end)}
    found = []
    for mark in doc:
        if mark.tag_ != "POS" or mark.i < 1 or mark.i + 1 >= len(doc):
            continue
        party = by_start.get(mark.i + 1)
        if party is None and doc[mark.i + 1].text in _PARTY_PLURALS and mark.i + 1 not in taken:
            party = _party_by_its_people(doc[mark.i + 1])
            found.append(party)  # "Gladstone's Liberals": the party the NER left untagged
            taken[mark.i + 1] = party
        group = party is not None and party.type == NodeType.ORGANIZATION.value and not party.lexical \
            and bool({w.lower() for w in party.text.split()} & _PARTY_GROUP_WORDS) \
            and mark.i >= 2 and doc[mark.i - 2].is_title and doc[mark.i - 2].pos_ == "PROPN"  # a whole name owns it
        if party is None or not (_names_a_party(party) or group):
            continue  # ("Fini's National Alliance", "Bossi's Northern League": a leader's group; not the
            # "Woman's Christian Temperance Union")
        start = mark.i
        while start - 1 >= 0 and mark.i - start < 3 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                and doc[start - 1].is_alpha and doc[start - 1].lower_ not in ORG_HEAD_WORDS:
            start -= 1
        if start == mark.i:
            continue
        guesses = {id(taken[i]): taken[i] for i in range(start, mark.i) if i in taken}
        if len(guesses) == 1:
            guess = next(iter(guesses.values()))
            if guess.end == mark.i and mark.i - guess.start <= 3 and not guess.lexical \
                    and guess.type == NodeType.ORGANIZATION.value and not _is_title_token(lex, guess.text) \
                    and (guess.end - guess.start == 1 or _clean_person(doc, guess.start, guess.end, lex)
                         == (guess.start, guess.end)):
                guess.make_person()  # "Bonino's Radicals", "Gianfranco Fini's National Alliance": a guess of an
                # organisation (but "Quebec's Liberal Party": a place's party)
            continue
        if guesses or _clean_person(doc, start, mark.i, lex) != (start, mark.i) \
                or any(_is_title_token(lex, t.text) for t in doc[start:mark.i]):
            continue
        found.append(Mention(start, mark.i, NodeType.PERSON.value, doc[start:mark.i].text))
    return found


def _untagged_listed_among_people(doc: Doc, lex: Lexicon, mentions: list[Mention]) -> list[Mention]:
    """'led by Ana Ruiz, Tomas Berg, Ole Sen, and Mia Holt', where the NER skipped 'Ole Sen': one to
    three capitalised words the NER left untagged, between two people in a comma list, are a person."""
    ends = _by_start_and_end(mentions)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    i = 1
    while i < len(doc):
        end = i
        while end < len(doc) and end - i < 4 and end not in taken and doc[end].pos_ == "PROPN" \
                and doc[end].is_title and doc[end].is_alpha and doc[end].lower_ not in ORG_HEAD_WORDS:
            end += 1
        if not 1 <= end - i <= 3 or doc[i - 1].text != ",":
            i = max(end, i + 1)
            continue
        guess = Mention(i, end, NodeType.PERSON.value, doc[i:end].text)
        before, after = _list_neighbours(doc, ends, guess, (",", "and"))
        if all(m is not None and m.type == NodeType.PERSON.value for m in (before, after)) \
                and _clean_person(doc, i, end, lex) == (i, end) \
                and not any(_is_title_token(lex, t.text) for t in doc[i:end]):
            found.append(guess)
        i = end
    return found


def _retype_listed_among_organisations(doc: Doc, mentions: list[Mention]) -> None:
    """'the Party of Labour (PL), Masyumi, the Union Party': a one-word 'person' in a comma list
    between two organisations or places, in a sentence that lists organisations, is one too."""
    ends = _by_start_and_end(mentions)
    for mention in mentions:
        if mention.type != NodeType.PERSON.value or mention.end - mention.start > 3:
            continue
        sides = _list_neighbours(doc, ends, mention, (",",) if mention.end - mention.start == 1 else (",", "and"))
        sent = doc[mention.start].sent
        orgs = sum(m.type == NodeType.ORGANIZATION.value and sent.start <= m.start < sent.end for m in mentions)
        if mention.end - mention.start > 1:  # "Shas, Meretz, Yisrael BaAliyah, the Centre Party": organisations both sides
            commas = [doc[mention.start - 1].text == "," if mention.start > 0 else False,
                      doc[mention.end].text == "," if mention.end < len(doc) else False]
            # (a side may be a name the NER missed, "Meretz", but no common noun: "one deputy, A, and the B")
            beside = [doc[mention.start - 2] if mention.start >= 2 else None,
                      doc[mention.end + 1] if mention.end + 1 < len(doc) else None]
            named = [side is not None or (t is not None and t.pos_ == "PROPN" and t.is_title)
                     for side, t in zip(sides, beside)]
            if any(side is not None and side.type == NodeType.ORGANIZATION.value for side in sides) \
                    and not any(side is not None and side.type == NodeType.PERSON.value for side in sides) \
                    and all(commas) and all(named) and orgs >= 3:
                mention.make_organisation()
            continue
        if all(side is not None and side.type != NodeType.PERSON.value for side in sides) and (
                orgs >= 2 or any(side.type == NodeType.ORGANIZATION.value for side in sides)):
            mention.make_organisation()


def _retype_listed_among_places(doc: Doc, mentions: list[Mention]) -> None:
    """'he visits Manchester, Liverpool, Leicester, Dorset and Torbay': one-word names the NER typed as
    people or organisations, in a list ('A, B and C') of three places or more that are most of it, are
    places too."""
    runs: list[list[Mention]] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        last = runs[-1][-1] if runs else None
        gap = doc[last.end:mention.start] if last is not None else []
        # (a name the NER left out may sit in the list: "..., Basingstoke, Shrewsbury, Dorset")
        if last is not None and len(gap) and gap[0].lower_ in (",", "and") and gap[-1].lower_ in (",", "and") and all(
                t.lower_ in (",", "and") or t.pos_ == "PROPN" and t.is_title for t in gap):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    for run in runs:
        places = sum(m.type == NodeType.LOCATION.value for m in run)
        if places < 3 or 2 * places <= len(run):
            continue
        for mention in run:
            if not mention.lexical and mention.end - mention.start == 1 \
                    and mention.type in (NodeType.PERSON.value, NodeType.ORGANIZATION.value):
                mention.make_place()


# Capitalised words in the names of a party's bodies and events ("the Republican National Convention")
_NOT_NAME_WORDS = {"national", "convention", "conference", "caucus", "agenda", "club", "headquarters", "women",
                   "youth", "students", "primary", "primaries", "platform", "leadership"}
# A party's word for one of its members
_PARTY_MEMBER_WORDS = {"Democrat", "Republican", "Tory", "Whig", "Conservative", "Liberal", "Socialist", "Communist",
                       "Labourite", "Unionist", "Nationalist", "Peronist", "Gaullist"}
# Common nouns for a body, whose name may follow in apposition ("the Maoist group Shining Path")
_GROUP_NOUNS = {"group", "organisation", "organization", "movement", "party", "faction", "militia", "guerrilla",
                "front", "alliance", "coalition", "union", "network", "outfit", "bloc", "firm", "company", "bank",
                "agency", "newspaper", "charity", "consultancy"}


def _retype_named_groups(doc: Doc, mentions: list[Mention]) -> None:
    """'the Maoist group Shining Path', 'the terrorist organisation, Sendero Luminoso', 'the political
    party Vlaams Belang': a 'person' named right after a lowercase noun for a body is that body."""
    for mention in mentions:
        if mention.type != NodeType.PERSON.value or mention.lexical or mention.start < 2:
            continue
        root = doc[mention.start:mention.end].root
        comma = doc[mention.start - 1].text == ","
        noun = doc[mention.start - 1 - comma]
        if noun.pos_ not in ("NOUN", "ADJ") or not noun.is_lower or noun.lemma_ not in _GROUP_NOUNS:
            continue  # ("the firm Polsinelli": the parser may read "firm" as an adjective)
        if (root.dep_ == "appos" and root.head == noun) or (
                not comma and noun.dep_ in ("compound", "amod") and mention.start <= noun.head.i < mention.end):
            mention.make_organisation()


# Capitalised words before a title that are no company's name ("Committee chairman X", "Thursday President Y")
_COMMON_CAPITALISED = ORG_HEAD_WORDS | {
    "campaign", "team", "firm", "panel", "club", "network", "hospital", "transition", "today", "yesterday",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december"}
_MEMBERSHIP_NOUNS = {"member", "leader", "chairman", "chairwoman", "founder", "co-founder", "cofounder", "deputy",
                     "candidate", "faction", "wing", "splinter"}  # compared with lemmas: "members" is "member"
# Titles that name a post in a company or club, never one held for a person ("Cofinec CEO X", but
# "Putin spokesman Y" and "Trump adviser Z" are someone's)
_CORPORATE_TITLES = {"ceo", "chairman", "chairwoman", "chief executive", "general manager", "managing director",
                     "coach", "cfo", "coo", "executive", "director", "president", "vice president", "manager",
                     "employee", "engineer", "trader"}


def _retype_employers(doc: Doc, lex: Lexicon, mentions: list[Mention]) -> None:
    """Names the NER took for people where only an employer fits: 'an analyst at Raymond James'
    (a person's job is at an organisation, not at a person), 'Cofinec CEO Ana Ruiz' (a one-word
    name before a company title and a person's name)."""
    people = [m for m in mentions if m.type == NodeType.PERSON.value]
    full_names = {w for m in people if " " in m.text for w in m.text.split()}
    for mention in people:
        if mention.lexical or mention.text in full_names:
            continue  # a part of someone's full name here is that person
        span = doc[mention.start:mention.end]
        root = span.root
        at_work = root.dep_ == "pobj" and root.head.lower_ == "at" and root.head.head.pos_ == "NOUN" \
            and lex.role_for(root.head.head.lemma_) is not None
        # "a member of Yabloko", "the leader of Gesher": no one is a member of a person
        at_work |= _body_of_membership(doc, mention, root) and root.head.i == mention.start - 1 and len(span) <= 2 \
            and not root.text.isupper()
        titled = False
        if len(span) == 1 and mention.end + 2 < len(doc):
            for width in (2, 1):
                title = doc[mention.end:mention.end + width]
                after = next((m for m in people if m.start == mention.end + width), None)
                if title.text.lower() in _CORPORATE_TITLES and after is not None:
                    titled = True
                    break
        if at_work or titled or _acts_like_a_party(doc, root):
            mention.make_organisation()
    for mention in mentions:  # "a member of Yabloko" tagged a place
        if mention.type != NodeType.LOCATION.value or mention.lexical or mention.capital_of:
            continue
        root = doc[mention.start:mention.end].root
        before = doc[max(0, mention.start - 1):mention.start + 1]
        if _body_of_membership(doc, mention, root) and root.i == mention.end - 1 \
                and not any(t.lower_ in ("the", "a") for t in before):
            mention.make_organisation()  # (but not "the San Diego County, California, Board")
    # "Assipen Director Ana Ruiz": a capitalised word the NER skipped, before a company title and a name
    taken = {i for m in mentions for i in range(m.start, m.end)}
    starts = {m.start for m in mentions if m.type == NodeType.PERSON.value}
    for token in doc:
        if token.i in taken or token.pos_ != "PROPN" or not token.is_title or not token.is_alpha \
                or _is_title_token(lex, token.text) or token.lower_ in lex.title_words() \
                or token.lower_ in _COMMON_CAPITALISED or token.ent_type_ in ("DATE", "TIME") \
                or (token.i > 0 and doc[token.i - 1].pos_ == "PROPN"):
            continue
        for width in (2, 1):
            title = doc[token.i + 1:token.i + 1 + width]
            if title.text.lower() in _CORPORATE_TITLES and token.i + 1 + width in starts:
                mentions.append(Mention(token.i, token.i + 1, NodeType.ORGANIZATION.value, token.text,
                                        key=f"org:{slug(token.text)}", props={"kind": "other"}))
                break


def _body_of_membership(doc: Doc, mention: Mention, root) -> bool:
    """Whether the name is what someone is 'a member of', 'the leader of' ('a member of Yabloko'),
    with no further name running on after it ('leader of Sinn Fein Ruairi O Bradaigh')."""
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in _MEMBERSHIP_NOUNS \
        and not (mention.end < len(doc) and doc[mention.end].pos_ == "PROPN")


def _acts_like_a_party(doc: Doc, root) -> bool:
    """'Shinui won 15 seats', 'Shinui merged with Ratz', 'she joined Gesher in 1996': only a party
    (or another body) wins seats by the dozen, merges, or is joined without an 'in doing' phrase."""
    verb = root.head
    lemma = verb.lemma_.lower()
    if root.dep_ == "nsubj" and lemma in ("win", "gain", "lose", "hold", "take") and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "seat" and c.tag_ == "NNS"
            and any(n.dep_ == "nummod" for n in c.children) for c in verb.children):
        return True
    if lemma == "merge" and root.dep_ == "nsubj" and not any(c.dep_ == "dobj" for c in verb.children):
        return True  # (but "X merged it with the Y Party": a leader merges his party)
    if root.dep_ == "pobj" and verb.lower_ == "with" and verb.head.lemma_.lower() == "merge":
        return True
    # one word only, and not "joined Macron at the ceremony" (people are joined, too)
    return root.dep_ == "dobj" and lemma in ("join", "rejoin") and not any(c.dep_ == "compound" for c in root.children) \
        and not any(c.dep_ == "prep" and (c.lower_ in ("at", "on", "for", "to", "with") or c.lower_ == "in" and any(
            o.tag_ == "VBG" for o in c.children)) for c in verb.children)


def _retype_surnames(mentions: list[Mention]) -> None:
    """A one-word ORG/place the NER guessed, equal to a person's surname here, is that person."""
    surnames = {m.text.split()[-1] for m in mentions if m.type == NodeType.PERSON.value and " " in m.text}
    for mention in mentions:
        if not mention.lexical and mention.type != NodeType.PERSON.value and mention.text in surnames:
            mention.make_person()


def _spelt_out_before(doc: Doc, mention: Mention, mentions: list[Mention]) -> Mention | None:
    """'Bakili Muluzi of the United Democratic Front ... the UDF minister X': an acronym of three capitals
    or more that spells, letter by letter, the capitalised words of an organisation named before it is
    that organisation."""
    text = mention.text
    if not (3 <= len(text) <= 6 and text.isalpha() and text.isupper()):
        return None
    for before in mentions:
        if before.start >= mention.start:
            break
        initials = "".join(t.text[0] for t in doc[before.start:before.end] if t.is_alpha and t.text[0].isupper())
        if before.type == NodeType.ORGANIZATION.value and initials == text and before.text != text:
            return before
    return None


def _acronym_of(doc: Doc, ent, mention: Mention, mentions: list[Mention], acronyms: dict[str, Mention]) -> bool:
    """'the Gibraltar Labour Party (GLP)': an acronym in brackets right after an organisation is
    another name of it (same key), not a news agency credit. So is a party's name in brackets after a
    party, with its acronym after a colon: 'the Liberal Party of Honduras (Partido Liberal de Honduras: PLH)'."""
    if mention.type != NodeType.ORGANIZATION.value or ent.ent_id_ or ent.start < 2 or ent.end >= len(doc):
        return False
    before = mentions[-1] if mentions else None
    if before is None or before.end != ent.start - 1 or before.type != NodeType.ORGANIZATION.value:
        return False
    opener, closer = doc[ent.start - 1].text, doc[ent.end].text
    if opener == "(" and closer in (":", ",", ";", ")") and _names_a_party(before) and _names_a_party(mention) \
            and len(ent) > 1:
        mention.key, mention.props = before.key, dict(before.props)
        return True
    if opener in (":", ",", ";") and closer == ")" and len(mentions) >= 2 and mentions[-2].key == before.key \
            and doc[before.start - 1].text == "(" and len(ent) == 1 and looks_like_acronym(ent.text):
        acronyms.setdefault(ent.text, mention)  # "(Partido Liberal de Honduras: PLH)": the acronym of both
        mention.key, mention.props = before.key, dict(before.props)
        return True
    if opener != "(" or closer != ")":
        return False
    if len(ent) == 1 and looks_like_acronym(ent.text) and acronym_fits(ent.text, doc[before.start:before.end]):
        acronyms.setdefault(ent.text, mention)
    elif not (doc[before.end - 1].text == before.text and not before.lexical and looks_like_acronym(before.text)
              and acronym_fits(before.text, ent)):
        return False  # "the HP (Harbour Party)": the name after its acronym
    mention.key, mention.props = before.key, dict(before.props)
    return True


def _is_dateline_credit(doc: Doc, ent, mention: Mention) -> bool:
    """'WASHINGTON (Reuters) -': a news agency credit in parentheses is not an actor."""
    if mention.type != NodeType.ORGANIZATION.value or mention.props.get("kind") == "party":
        return False  # "Nora Lind (Green Party)": a party in brackets is an affiliation
    before = doc[ent.start - 1].text if ent.start > 0 else ""
    after = doc[ent.end].text if ent.end < len(doc) else ""
    return before == "(" and after == ")"


def _names_after_titles(doc: Doc, lex: Lexicon, taken: list[bool], mentions: list[Mention]) -> list[Mention]:
    """'Kremlin spokesman Dmitry Peskov' is a person even when the NER missed or mistyped him."""
    by_start = {m.start: m for m in mentions}
    found: list[Mention] = []
    i = 0
    n = len(doc)
    while i < n:
        token = doc[i]
        starts_name = token.pos_ == "PROPN" and token.text[:1].isupper() and not _is_title_token(lex, token.text)
        existing = by_start.get(i)
        replaceable = not taken[i] or (
            existing is not None and not existing.lexical and existing.type != NodeType.PERSON.value
            and not _institution_name(doc[existing.start:existing.end])  # "manager Harbor Brothers International"
        )
        # "fellow Democrat Sidney Yates": only an untagged first and last name, no organisation word
        partisan = starts_name and i > 0 and not taken[i] and (_party_member_precedes(doc, mentions, i)
                                                               or _party_possessive_precedes(doc, mentions, i))
        if starts_name and replaceable and i > 0 and (partisan or _title_precedes(doc, lex, i)):
            j = i
            while j < n and j - i < 4 and (doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() or (
                j > i and doc[j].lower_ in NAME_PARTICLES and j + 1 < n and doc[j + 1].text[:1].isupper())) and (
                not taken[j] or (existing is not None and j < existing.end)
            ) and doc[j].tag_ != "POS":
                j += 1  # ("Joop den Uyl": a particle inside the name)
            if partisan and (j - i < 2 or (j < n and doc[j].tag_ == "POS") or any(
                    t.lower_ in ORG_HEAD_WORDS or t.lower_ in _NOT_NAME_WORDS or _is_title_token(lex, t.text)
                    for t in doc[i:j])):
                i += 1
                continue
            if j - i >= 2 or (existing is None and j - i == 1):
                cleaned = _clean_person(doc, i, j, lex) if existing is None else (i, j)
                if existing is not None and _is_title_token(lex, doc[j - 1].text) \
                        and not _surname_like_title(lex, doc[i:j]):
                    cleaned = None  # "NATO's Deputy Supreme Allied Commander": a title, no name
                if cleaned:
                    if existing is not None:
                        mentions.remove(existing)
                        for k in range(existing.start, existing.end):
                            taken[k] = False
                    mention = Mention(cleaned[0], cleaned[1], NodeType.PERSON.value, doc[cleaned[0]:cleaned[1]].text)
                    found.append(mention)
                    for k in range(mention.start, mention.end):
                        taken[k] = True
                    i = j
                    continue
        i += 1
    return found


def _party_member_precedes(doc: Doc, mentions: list[Mention], i: int) -> bool:
    """'fellow Democrat Sidney Yates', 'veteran Tory Ken Clarke': one party word naming a member, before a name."""
    word = doc[i - 1]
    return word.text in _PARTY_MEMBER_WORDS and any(
        m.start == i - 1 and m.end == i and m.props.get("kind") == "party" for m in mentions)


def _party_possessive_precedes(doc: Doc, mentions: list[Mention], i: int) -> bool:
    """'the PvdA's Joop den Uyl': a party's possessive before a name."""
    return i >= 2 and doc[i - 1].tag_ == "POS" and any(
        m.end == i - 1 and m.type == NodeType.ORGANIZATION.value and m.props.get("kind") == "party" for m in mentions)


def _title_precedes(doc: Doc, lex: Lexicon, i: int) -> bool:
    if i <= 0 or not lex.may_end_title(doc[i - 1].text):
        return False
    for k in range(i - 1, max(-1, i - 1 - lex.max_title_tokens), -1):
        if lex.role_for(doc[k:i].text) is not None:
            return True
    return False


def _dateline_country(doc: Doc, lex: Lexicon) -> str:
    """The country of a dateline city ('KYIV, June 3 (Reuters) -') in the first lines, or ""."""
    starts = [0] + [t.i + 1 for t in doc[:200] if t.is_space and "\n" in t.text]
    for start in starts[:3]:
        if dateline_end(doc, start) is None:
            continue
        words = []
        for token in doc[start:start + 4]:
            if token.text in (",", "(") or not token.is_alpha:
                break
            words.append(token.text)
        city = " ".join(words).title()
        # "SACRAMENTO, Calif.", "NEW YORK": a US state after (or as) the city (not "DANANG, Vietnam": a trip's
        # stop, where the visitors' offices are no more Vietnam's than a capital's visitors are)
        after = start + len(words)
        region = []
        if after < len(doc) and doc[after].text == ",":
            for token in doc[after + 1:after + 4]:
                if token.text == "(" or not token.text.replace(".", "").isalpha():
                    break
                region.append(token.text)
        state = " ".join(region).replace(".", " ").split()  # "Calif.", "W. Va." -> "calif", "w va"
        return lex.capitals.get(city) or lex.country_names.get(city) or (
            "USA" if fold(city) in US_STATE_WORDS or " ".join(state).lower() in US_STATE_WORDS else "")
    return ""


def _entities(mentions: list[Mention], lex: Lexicon, also_implied: set[str] = frozenset(), doc: Doc | None = None
              ) -> tuple[list[Entity], dict[str, int]]:
    """Group mentions into article-level entities (people by name clustering, others by key). A
    lexicon organisation keeps the words the article used as an alias ("German Foreign Ministry" for
    the German Foreign Office), so that users and the evaluator can find it by them."""
    entities: list[Entity] = []
    by_key: dict[str, int] = {}
    people = [m for m in mentions if m.type == NodeType.PERSON.value]
    assignment = cluster_names([m.text for m in people])
    cluster_entity: dict[int, int] = {}
    for mention, cluster in zip(people, assignment):
        if cluster < 0:
            continue
        if cluster not in cluster_entity:
            cluster_entity[cluster] = len(entities)
            entities.append(Entity(len(entities), NodeType.PERSON.value, mention.text))
        entity = entities[cluster_entity[cluster]]
        entity.aliases.add(mention.text)
        entity.forms[mention.text] += 1
        mention.entity = entity.local_id
    for mention in mentions:
        if mention.type == NodeType.PERSON.value:
            continue
        key = mention.key or f"{mention.type.lower()}:{slug(mention.text)}"
        if key not in by_key:
            by_key[key] = len(entities)
            entities.append(Entity(len(entities), mention.type, mention.text, key=key, props=dict(mention.props)))
        entity = entities[by_key[key]]
        entity.aliases.add(mention.text)
        entity.forms[mention.text] += 1
        if doc is not None and mention.lexical and mention.type == NodeType.ORGANIZATION.value:
            written = _without_the(doc[mention.start:mention.end].text)
            if written and written != mention.text:
                entity.aliases.add(written)
        mention.entity = entity.local_id
    # people: the longest form, each word spelt as most mentions spell it, is the article's name for them
    for entity in entities:
        if entity.type == NodeType.PERSON.value:
            entity.name = canonical_name(entity.forms)
    country_entity: dict[str, int] = {}
    for key, index in by_key.items():
        if key.startswith("country:"):
            country_entity[key.split(":", 1)[1]] = index
    # capitals and organisations imply their country: create it so rules can point at it
    implied = {m.capital_of for m in mentions if m.capital_of}
    implied |= {m.props["country"] for m in mentions if m.props.get("country")} | set(also_implied)
    for iso3 in sorted(implied):
        if iso3 not in country_entity and iso3 in lex.countries:
            country_entity[iso3] = len(entities)
            entities.append(Entity(len(entities), NodeType.COUNTRY.value, lex.countries[iso3].name,
                                   key=f"country:{iso3}", props={"iso3": iso3, "implied": "1"}))
    return entities, country_entity


def extract(doc: Doc, article: Article, lex: Lexicon) -> ArticleResult:
    """Run every rule over one parsed article."""
    mentions = detect_mentions(doc, lex)
    dateline = _dateline_country(doc, lex)
    entities, country_entity = _entities(mentions, lex, {dateline} if dateline else set(), doc)
    ctx = DocContext(doc, lex, mentions, [e.type for e in entities], country_entity)
    sentences = list(doc.sents)
    person_indexes = [i for i, m in enumerate(mentions) if m.type == NodeType.PERSON.value]
    for sent in sentences:  # people who are subjects, for 'he'/'she' in both passes
        rules.collect_subjects(ctx, sent)
    # pass 1: roles (they feed role references and pronouns in pass 2)
    ctx.roles_pass = True
    for index in person_indexes:
        mention = mentions[index]
        sent = doc[mention.start].sent
        rules.title_before_name(ctx, index, sent)
        rules.apposition_role(ctx, index, sent)
        rules.person_of_organization(ctx, index, sent)
        rules.party_before_name(ctx, index, sent)
        rules.possessive_party(ctx, index, sent)
        rules.parenthetical_affiliation(ctx, index, sent)
        front = rules.list_front(ctx, index, sent)
        if front is not None:
            rules.shared_before_list(ctx, index, front, sent)
    for sent in sentences:
        rules.leadership(ctx, sent)
        rules.hyphen_led(ctx, sent)
        rules.contested_office(ctx, sent)
        rules.founding(ctx, sent)
        rules.candidacy(ctx, sent)
        rules.nomination(ctx, sent)
        rules.won_presidency(ctx, sent)
        rules.advises(ctx, sent)
        rules.elected_to(ctx, sent)
        rules.appointed_title(ctx, sent)
        rules.under_leadership(ctx, sent)
        rules.party_ticket(ctx, sent)
        rules.capacity_as(ctx, sent)
        rules.party_government(ctx, sent)
        rules.members_listed(ctx, sent)
        rules.party_people_including(ctx, sent)
        rules.body_has_title(ctx, sent)
        rules.works_for(ctx, sent)
        rules.pronoun_role(ctx, sent)
        rules.pronoun_party(ctx, sent)
        rules.defection(ctx, sent)
        rules.term_in_a_body(ctx, sent)
        rules.colleagues_in(ctx, sent)
        rules.ran_a_campaign(ctx, sent)
    for index, mention in enumerate(mentions):
        if mention.type == NodeType.COUNTRY.value and mention.key:  # "Sweden is a member of NATO"
            rules.apposition_role(ctx, index, doc[mention.start].sent)
    ctx.roles_pass = False
    rules.sentence_country(ctx)
    rules.nationality_office(ctx)
    if dateline:
        rules.dateline_country(ctx, dateline)
    else:
        rules.party_country(ctx)
        rules.story_country(ctx)
    rules.presidential_envoy(ctx)
    _government_bodies(ctx, mentions, entities, doc)
    # pass 2: interactions, sentence by sentence
    for sent in sentences:
        if not any(ctx.tok2mention[i] >= 0 for i in range(sent.start, sent.end)):
            continue
        for trigger in rules.find_triggers(ctx, sent):
            rules.interaction(ctx, trigger, sent)
        rules.coercive_threat(ctx, sent)
        rules.demanded_sanctions(ctx, sent)
        rules.no_tolerance(ctx, sent)
    relations = _to_relations(ctx, entities, article)
    return ArticleResult(article=article, entities=entities, relations=relations, words=len(doc))


def _government_bodies(ctx: DocContext, mentions: list[Mention], entities: list[Entity], doc: Doc) -> None:
    """A known government body or military is PART_OF its country (lexicon fact, stamped by mention)."""
    seen: set[int] = set()
    for mention in mentions:
        country = mention.props.get("country")
        if mention.type != NodeType.ORGANIZATION.value or not country or mention.entity in seen:
            continue
        if mention.props.get("kind") not in ("government", "military"):
            continue
        seen.add(mention.entity)
        target = ctx.country_entity.get(country, -1)
        ctx.add(mention.entity, RelType.PART_OF, target, {}, doc[mention.start].sent, "lexicon_government_body")


def _to_relations(ctx: DocContext, entities: list[Entity], article: Article) -> list[Relation]:
    out: list[Relation] = []
    seen: set[tuple] = set()
    body = article.body
    for found in ctx.found:
        head_type = NodeType(entities[found.head].type)
        tail_type = NodeType(entities[found.tail].type)
        rel = RelType(found.rel)
        if not allowed(head_type, rel, tail_type):
            continue
        sentence = body[found.sent.start_char:found.sent.end_char].strip()
        same_text = " ".join(sentence.translate(_QUOTES).split())
        dedupe = (found.head, found.rel, found.tail, tuple(sorted(found.props.items())), same_text)
        if dedupe in seen:
            continue  # repeated captions and double rules add no evidence
        seen.add(dedupe)
        out.append(Relation(
            head=found.head,
            type=found.rel,
            tail=found.tail,
            props=found.props,
            evidence=Evidence(
                article_id=article.id,
                url=article.url,
                date=article.published,
                sentence=sentence,
                start=found.sent.start_char,
                end=found.sent.end_char,
                rule=found.rule,
                confidence=found.confidence,
            ),
        ))
    return out
