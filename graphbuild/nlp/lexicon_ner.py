"""A pipeline component that reconciles lexicon names with the statistical NER.

It runs after `ner`. Lexicon matches (countries, demonyms, capitals, known organisations,
non-person names) replace what the NER found, except where the NER found a longer name
that the lexicon only explains in part:

- "Italian Socialist Party", "Ukrainian Popular Rukh", "Liberal Party of Canada" stay one
  organisation (the country word is part of a name, not a mention of the country);
- "U.S. State Department", "the Kremlin", "Vilnius" (tagged PERSON) become lexicon entities;
- "Russian President Vladimir Putin" tagged as one PERSON becomes Russia + the person;
- "NATO Secretary-General Mark Rutte" tagged as one ORG becomes NATO + the rest, so the
  title rule can find the person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .lexicon import NAME_PARTICLES, ORG_HEAD_WORDS, PARLIAMENT_NAMES

COMPONENT = "graphbuild_lexicon"
ORG_LIKE = {"ORG", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT"}
# Words that make a different party out of a known party word ("Social Democrat" is not a US Democrat).
PARTY_QUALIFIERS = {"Social", "Christian", "New", "Free", "Liberal", "National", "Popular", "United", "Progressive",
                    "Radical", "Green", "Left", "Socialist", "Conservative", "Independent", "Civic", "Centre",
                    "Center", "Moderate", "Agrarian", "European", "Sweden", "Finns", "Danish", "Swiss"}
# possessive first words of party names: "People's", "Workers'"
POSSESSIVE_QUALIFIERS = {"People", "Peoples", "Workers", "Farmers", "Citizens", "Nation", "Pensioners", "Women"}
FILLER_POS = {"DET", "PUNCT", "PART", "ADP", "CCONJ"}
# Lexicon aliases that are a common word for a body any state has ("Senate" is the US Senate only unqualified):
# "the Washington Senate", "the Philippine Senate", "the Senate of Peru" name other bodies
GENERIC_BODY_ALIASES = {"Senate", "Congress", "Duma", "House", "Parliament", "Assembly"}
# US party-and-state tags after a legislator's name: "Sen. A (D-Ohio)", "Rep. B, R-Texas,"
PARTY_TAGS = {"D": "org:us-democratic-party", "R": "org:us-republican-party"}
# Lower-case words inside party names ("Fatherland for All", "Partido de la Gente").
PARTY_NAME_LINKS = {"for", "of", "and", "de", "del", "la", "y", "e", "et", "di", "du"}
# words for a party's members that the NER runs into the name after them ("Liberal Sophie Tremblay")
PARTISAN_PREFIXES = {"Liberal", "Conservative", "Democrat", "Republican", "Labour", "Labor", "Tory", "Socialist",
                     "Communist", "Nationalist", "Unionist"}
NAME_GOES_ON_WORDS = {"republic", "federation", "kampuchea"}  # after a party's adjective: a state's name
PARTY_HEADS = {"party", "parti", "partido", "partei", "alliance", "league", "front", "movement", "union"}
LEGISLATURE_HEADS = {"council", "assembly", "parliament", "congress", "senate", "house", "chamber", "diet"}
# what a country adjective says is someone's nationality ("a Norwegian politician")
NATIONALITY_NOUNS = {"politician", "statesman", "stateswoman", "legislator", "lawmaker"}
ELECTION_NOUNS = {"election", "elections", "referendum"}
# legislatures every state may have: a place before one makes it that place's ("the Ohio State Senate"), and
# an election's country makes it that country's
GENERIC_BODY_NAMES = GENERIC_BODY_ALIASES | {"House of Commons", "House of Representatives", "National Assembly",
                                            "Chamber of Deputies", "Legislative Assembly", "House of Delegates",
                                            "General Assembly", "Legislature", "State Senate"}
FOREIGN_PARTY_HEADS = {"partido", "parti", "partito", "partei", "partij", "partia", "partidul", "partiet"}
# Lower-case links inside French, Spanish, Italian, Portuguese names, never English words
FOREIGN_NAME_LINKS = {"pour", "le", "la", "les", "des", "du", "de", "del", "della", "dei", "di", "para", "por", "el", "do",
                      "da", "dos", "das", "y", "et"}
# Lower-case words inside the names of listed bodies ("Veterans of Foreign Wars", "Save the Children").
LIST_NAME_LINKS = {"of", "for", "on", "against", "in", "the", "and", "&", "to", "de", "du", "des", "la", "le"}
LEGISLATURE_NOUNS = {"legislature", "parliament", "assembly", "senate"}
# words a party may be named by alone in many countries ("the Christian Democrats", "the Labour Party")
IDEOLOGY_WORDS = {"christian", "democrats", "democratic", "democrat", "social", "liberal", "liberals", "conservative",
                  "conservatives", "labour", "labor", "green", "greens", "centre", "center", "party", "socialist",
                  "socialists", "progressive", "progressives", "left", "moderate", "moderates", "radical",
                  "radicals", "agrarian", "agrarians", "communist", "communists", "people's", "national", "workers'"}
QUOTES = {'"', "“", "”", "'", "‘", "’"}
COMPANY_SUFFIXES = {"Inc", "Ltd", "LLC", "LLP", "LP", "Co", "Corp", "plc", "PLC", "SA", "AG", "NV", "GmbH"}


# demonyms that are also given names: "Finn Knutsen", "Dane Cook" (but "Finnish Prime Minister X")
GIVEN_NAME_DEMONYMS = {"Finn", "Dane", "Scot"}


LEGISLATURE_NAME_WORDS = LEGISLATURE_HEADS | PARLIAMENT_NAMES


def _unlisted(ent: Span) -> Span:
    """The same name as an organisation the lexicon does not know: another country's party of that name."""
    for token in ent:
        token.ent_id_ = ""  # (a new span over the same tokens would keep their id)
    return Span(ent.doc, ent.start, ent.end, label="ORG")


def _names_a_legislature(ent: Span) -> bool:
    return any(t.lower_ in LEGISLATURE_NAME_WORDS for t in ent)


def _split_at_commas(doc: Doc, ent: Span) -> list[Span]:
    """'National Organization for Women, National Urban League' tagged as one organisation: two, cut
    at the comma, when each part is a capitalised name of two words or more (not 'Acme, Inc.'); but
    'the Committee on Science, Space and Technology' is one name: what follows its comma closes with
    'and' and holds no word that heads a body's name."""
    commas = [t.i for t in ent if t.text == ","]
    if ent.label_ != "ORG" or ent.id_ or not commas:
        return [ent]
    bounds = [ent.start + (ent[0].lower_ == "the"), *(c + 1 for c in commas)]
    parts = list(zip(bounds, [*commas, ent.end]))
    enumerated = any(t.lower_ == "and" for t in doc[parts[-1][0]:parts[-1][1]]) and not any(
        t.lower_ in ORG_HEAD_WORDS for a, b in parts[1:] for t in doc[a:b])
    if enumerated or not all(b - a >= 2 and doc[a].text[:1].isupper()
                             and doc[a].text.rstrip(".") not in COMPANY_SUFFIXES for a, b in parts):
        return [ent]
    return [Span(doc, ent.start if k == 0 else a, b, label="ORG") for k, (a, b) in enumerate(parts)]


def looks_like_acronym(text: str) -> bool:
    """'GSLP', 'SDKPiL', 'MoF': two to ten letters, capitalised, mostly upper case."""
    letters = text.replace("&", "").replace("-", "")
    upper = sum(c.isupper() for c in letters)
    return 2 <= len(text) <= 10 and letters.isalpha() and text[0].isupper() and upper >= 2 \
        and 2 * upper >= len(letters)


def acronym_fits(acronym: str, name: Span) -> bool:
    """An acronym in brackets after a name abbreviates it when one of its capitals is the initial of
    one of the name's capitalised words ('National Alliance (AN)', 'Communist Party of Germany (KPD)',
    a name in its own language)."""
    initials = {t.text[0] for t in name if t.text[:1].isupper() and t.is_alpha}
    return any(c in initials for c in acronym if c.isupper()) and acronym != name.text


def _name_goes_on(doc: Doc, end: int) -> int:
    """Where a name that 'of the' and capitalised words continue past `end` ends; `end` when they
    do not ('the People's Party of Nenad Popovic' is that party's leader; 'of the MASSIVE TAX' is
    shouting)."""
    if not (end + 2 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ == "the"):
        return end
    last = end + 2
    while last < len(doc) and doc[last].is_alpha and doc[last].text[:1].isupper() and not doc[last].text.isupper():
        last += 1
    return last if last > end + 2 else end


def _hyphen_joined(doc: Doc, start: int, end: int) -> bool:
    """Whether the words [start, end) are joined by an unspaced hyphen to a capitalised word before or
    after them, inside one organisation name the NER found ('the Democratic-Republican Party'; but
    'the Labour-Green coalition' and 'the SPD-Green government' name two parties)."""
    before = start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
        and not doc[start - 1].whitespace_ and doc[start - 2].text[:1].isupper()
    after = end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
        and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper()
    first, last = start - 2 * before, end + 2 * after
    return (before or after) and any(e.label_ == "ORG" and e.start <= first and last <= e.end
                                     and e[-1].lower_ in ORG_HEAD_WORDS for e in doc.ents)


DANGLING_WORDS = frozenset({"of", "for", "and", "the"})  # words no organisation's name ends on
MONARCH_TITLES = frozenset({"King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Sultan", "Emir", "Tsar",
                            "Czar", "Shah", "Kaiser", "Duke", "Duchess"})


class LexiconNER:
    """Phrase matches with graph keys (`ent_id`), merged into doc.ents after the NER."""

    def __init__(self, nlp: Language, name: str = COMPONENT):
        self.nlp = nlp
        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.title_words: frozenset[str] = frozenset()
        self.org_country: dict[str, str] = {}  # "org:key" -> ISO3
        self.party_ids: frozenset[str] = frozenset()  # "org:key" of the lexicon's parties
        self.states: dict[str, str] = {}  # a constituent country's ISO3 -> its state's (Scotland -> GBR)

    def add_patterns(self, patterns: Iterable[dict[str, Any]], title_words: Iterable[str] = (),
                     org_country: dict[str, str] | None = None, party_ids: Iterable[str] = (),
                     states: dict[str, str] | None = None) -> None:
        grouped: dict[str, list[str]] = {}
        for pattern in patterns:
            grouped.setdefault(f"{pattern['label']}\t{pattern['id']}", []).append(pattern["pattern"])
        for key, texts in grouped.items():
            self.matcher.add(key, list(self.nlp.tokenizer.pipe(texts)))
        self.title_words = frozenset(title_words)
        self.org_country = dict(org_country or {})
        self.party_ids = frozenset(party_ids)
        self.states = dict(states or {})

    def _spans(self, doc: Doc) -> list[Span]:
        spans = []
        qualified = []
        strings = doc.vocab.strings
        for match_id, start, end in self.matcher(doc):
            label, ident = strings[match_id].split("\t", 1)
            if label == "ORG" and start > 0 and doc[start - 1].text in PARTY_QUALIFIERS:
                # "Social Democrat", "Christian Democrats", "New Democratic Party": another party, named in full
                qualified.append(Span(doc, start - 1, _name_goes_on(doc, end), label="ORG"))
                continue
            if label == "ORG" and start > 1 and doc[start - 1].tag_ == "POS" and doc[start - 2].text in POSSESSIVE_QUALIFIERS:
                # "the People's Democratic Party", "the Workers' Liberal Party": another party, named in full
                qualified.append(Span(doc, start - 2, _name_goes_on(doc, end), label="ORG"))
                continue
            if label == "GPE" and ident.startswith("country:") and start > 0 and doc[start - 1].text == "Northern":
                continue  # "Northern Ireland", "Northern Cyprus": another place than the country
            if label == "ORG" and _hyphen_joined(doc, start, end):
                continue  # "the Democratic-Republican Party": neither the Democrats nor the Republicans
            if label == "MISC" and start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
                    and not doc[start - 1].whitespace_ and doc[start - 2].is_title:
                continue  # "Karl-August Fagerholm": a given name's half, not the month
            if label == "ORG" and end - start == 1 and end < len(doc) and doc[end].is_title \
                    and doc[end].lower_ in NAME_GOES_ON_WORDS:
                continue  # "the Democratic Republic of Vietnam": a word of another name, no party
            if label == "ORG" and end - start == 1 and doc[start].text in GENERIC_BODY_ALIASES \
                    and end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].text[:1].isupper():
                # "the Senate of Peru", "the Congress of Colombia": that state's body, named in full
                last = end + 1
                while last < len(doc) and doc[last].is_alpha and doc[last].text[:1].isupper():
                    last += 1
                spans.append(Span(doc, start, last, label="ORG"))
                continue
            last = _name_goes_on(doc, end) if label == "ORG" else end
            if last > end:  # "the Democrats of the Left", "the Congress of the Philippines": another body
                spans.append(Span(doc, start, last, label="ORG"))
                continue
            spans.append(Span(doc, start, end, label=label, span_id=ident))
        spans += [q for q in qualified if not any(s.start < q.end and q.start < s.end for s in spans)]
        for index, span in enumerate(spans):
            state = self._state_before_body(doc, span, spans)
            if state is not None:
                spans[index] = Span(doc, state, span.end, label="ORG")  # the state's own body
        ending = {s.end: s for s in spans if s.label_ in ("NORP", "GPE")}
        for index, span in enumerate(spans):
            before = ending.get(span.start)
            if self._other_countrys_party(span, before):
                spans[index] = Span(doc, before.start, span.end, label="ORG")  # a party of its own
        return filter_spans(spans)

    def _state_before_body(self, doc: Doc, span: Span, spans: list[Span]) -> int | None:
        """Where a place names the body after it: 'the Washington House of Representatives', 'the Ohio
        State Senate', 'the Georgia General Assembly' are a state's, not the US House or the UN's
        (but 'the US Senate' is the lexicon's)."""
        if span.label_ != "ORG" or span.text not in GENERIC_BODY_NAMES:
            return None
        first = span.start
        state_word = False  # "Ohio State Senate": any proper name before "State"
        while first > span.sent.start and doc[first - 1].is_alpha and doc[first - 1].text[:1].isupper() and (
                doc[first - 1].text == "State" or doc[first - 1].ent_type_ in ("GPE", "LOC")
                or state_word and doc[first - 1].pos_ == "PROPN"
                or any(s.label_ == "GPE" and s.start <= first - 1 < s.end for s in spans)):
            state_word = state_word or doc[first - 1].text == "State"
            first -= 1
        if first == span.start:
            return None
        own = self.org_country.get(span.id_, "")
        if any(s.end <= span.start and s.start >= first and (s.id_.startswith("org:") or s.id_.startswith(
                "country:") and self._country_of(s) == own) for s in spans):
            return None
        return first

    def _other_countrys_party(self, span: Span, before: Span | None) -> bool:
        """'Australian Democrats', 'Canadian Liberals': a country word before another country's
        party alias names a different party."""
        if before is None or span.label_ != "ORG":
            return False
        own = self.org_country.get(span.id_, "")
        other = self._country_of(before)
        return bool(own) and bool(other) and own != other

    def _country_of(self, span: Span) -> str:
        """The state a name belongs to, for telling one country's parties from another's (Scotland's is
        Britain's: 'Scottish Labour' is no other country's Labour)."""
        ident = span.id_
        if ident.startswith(("country:", "capital:")):
            iso3 = ident.split(":", 1)[1]
            return self.states.get(iso3, iso3)
        return self.org_country.get(ident, "")

    def _ner_keeps(self, ent: Span, inner: list[Span]) -> bool:
        """Whether a longer NER name should win over the lexicon matches inside it."""
        if any(s.start < ent.start or s.end > ent.end for s in inner):
            return False
        if ent.label_ == "PERSON":
            # "Chad Wolf": a country *name* fused with other capitalised words is a person's name; "Michael
            # Bloomberg": a one-word company name after given names is a surname
            others = [t for t in ent if not any(s.start <= t.i < s.end for s in inner)]
            surname = len(inner) == 1 and inner[0].label_ == "ORG" and len(inner[0]) == 1 \
                and inner[0].end == ent.end and inner[0].id_ not in PARTY_TAGS.values()
            given = len(inner) == 1 and inner[0].start == ent.start and inner[0].text in GIVEN_NAME_DEMONYMS \
                and (ent.start == 0 or ent.doc[ent.start - 1].pos_ != "DET")
            return (all(s.label_ == "GPE" for s in inner) or surname or given) and bool(others) and all(
                t.text[:1].isupper() and t.is_alpha and t.lower_ not in self.title_words
                and t.lower_ not in ORG_HEAD_WORDS for t in others
            ) and not (surname and any(t.tag_ != "NNP" or t.lower_ in NAME_PARTICLES for t in others))
            # (but "Lima Harbor Society" is a place and an organisation, "Al Fatah" an organisation and
            # "Entering Westminster" no name)
        if ent.label_ not in ORG_LIKE:
            return False
        covered = {i for s in inner for i in range(s.start, s.end)}
        if any(t.text in ("'s", "’s") and t.i not in covered and t.nbor(-1).text not in POSSESSIVE_QUALIFIERS
               for t in ent[1:-1]):
            return False  # "Kyiv's European (allies)": a possessive splits two names (not "People's Party")
        if any(s.label_ == "ORG" and len(s) == 1 and s[0].text in GENERIC_BODY_ALIASES and s.start > ent.start
               and ent.doc[s.start - 1].pos_ in ("PROPN", "ADJ") for s in inner):
            return True  # "the Washington Senate", "the Philippine Senate": a qualified body, not the US Senate
        body = inner[-1]
        if body.end == ent.end and self._state_before_body(ent.doc, body, inner) is not None:
            return True  # "the Georgia General Assembly": the state's, not the UN's
        rest = [t for t in ent if t.i not in covered]
        if any(t.lower_ in self.title_words and t.i > min(covered) for t in rest if t.text[:1].isupper()) \
                and not any(t.lower_ in ORG_HEAD_WORDS and t.i > min(covered) for t in rest):
            return False  # "NATO Secretary-General Mark Rutte": organisation, title, person (but "the US
            # National Academy of Sciences" is one name)
        if inner[0].start == ent.start and self._looks_like_person(ent.doc[max(s.end for s in inner):ent.end]):
            return False  # "Gazprom Alexei Miller": a known organisation, then a person
        if len(inner) == 2 and inner[0].start == ent.start and inner[0].id_.startswith("org:") \
                and inner[1].start == inner[0].end and inner[1].end == ent.end and inner[1].label_ == "GPE" \
                and inner[1].id_.startswith("country:") \
                and self.org_country.get(inner[0].id_, "") == self._country_of(inner[1]):
            return True  # "BBC Scotland": a national organisation's branch in a part of its country (not the
            # "OSCE Kosovo" mission, an international body's)
        if any(t.pos_ not in FILLER_POS and t.text not in ("'s", "’s") for t in rest):
            return True  # the lexicon explains only part of the name
        first = min(s.start for s in inner)
        if first - 1 > ent.start and ent.doc[first - 1].text[:1].isupper() and ent.doc[first - 1].pos_ != "DET":
            return True  # "the Catholic People's Party": a capitalised word makes it another party
        countries = {self._country_of(s) for s in inner} - {""}
        return len(countries) > 1  # "Italian" + a French party's name: a different party

    def _body_after_party(self, ent: Span, inner: list[Span]) -> Span | None:
        """'the Republican Senate Armed Services Committee', 'Democratic House Judiciary Committee': the
        lexicon's party opening a longer name, right before a legislature's word, is its members' party;
        the body's name is the rest."""
        first = ent.start + (ent[0].pos_ == "DET")
        party = inner[0]
        if ent.label_ != "ORG" or party.start != first or party.id_ not in self.party_ids or len(party) != 1 \
                or party.end + 1 >= ent.end:
            return None
        after = ent.doc[party.end]
        if not after.text[:1].isupper() or after.lower_ not in LEGISLATURE_HEADS:
            return None
        return Span(ent.doc, party.end, ent.end, label="ORG")

    @staticmethod
    def _owned_name(ent: Span, inner: list[Span]) -> Span | None:
        """The organisation's name after a possessive inside a longer NER name ("Howard's Liberal
        Party of Australia"), when the lexicon knows only places inside it, after its first word."""
        if ent.label_ not in ORG_LIKE:
            return None
        covered = {i for s in inner for i in range(s.start, s.end)}
        mark = next((t.i for t in ent[:-1] if t.text in ("'s", "’s") and t.i not in covered), None)
        if mark is None:
            return None
        name = ent.doc[mark + 1:ent.end]
        if not any(t.lower_ in ORG_HEAD_WORDS for t in name) or not name[0].text[:1].isupper() \
                or any(s.start <= name.start or not s.label_ in ("GPE", "LOC") for s in inner if s.end > name.start):
            return None
        return Span(ent.doc, name.start, name.end, label=ent.label_)

    def _split_org_title(self, doc: Doc) -> None:
        """'Coast Guard Lt. Ana Ruiz', 'Fire Department Capt. Hugh Lang' with the rank tagged as part
        of the ORG: the organisation ends before the title, and the name after the title is a PERSON."""
        ents = list(doc.ents)
        changed = False
        for index, ent in enumerate(ents):
            inner = self._titled_name_inside(ent)
            if inner is not None:  # "National Security Adviser Brent Scowcroft" tagged as one ORG
                body = Span(doc, ent.start, inner.start - 1, label="ORG")
                ents[index:index + 1] = [inner] + ([body] if any(t.lower_ in ORG_HEAD_WORDS for t in body) else [])
                changed = True
                continue
            if ent.label_ != "ORG" or len(ent) < 2 or ent.end + 1 >= len(doc):
                continue
            last = ent[-1]
            dotted = doc[ent.end].text == "." and f"{last.lower_}." in self.title_words
            if not (dotted or last.lower_ in self.title_words) or not last.is_title or last.lower_ in ORG_HEAD_WORDS \
                    or ent[-2].lower_ in ("of", "the", "for"):
                continue
            after = ent.end + dotted
            stop = after
            while stop < min(len(doc), after + 3) and doc[stop].pos_ == "PROPN" and doc[stop].is_title \
                    and doc[stop].is_alpha and doc[stop].lower_ not in self.title_words:
                stop += 1
            if stop == after:
                continue  # no name after the title: "the Joint Chiefs" is a name of its own
            following = next((e for e in ents if e.start <= after < e.end), None)
            if following is not None and following.label_ != "PERSON":
                continue
            parts = [Span(doc, ent.start, ent.end - 1, label="ORG")]
            if following is None and stop - after >= 2:
                parts.append(Span(doc, after, stop, label="PERSON"))
            ents[index:index + 1] = parts
            changed = True
        if changed:
            doc.ents = sorted(filter_spans(ents), key=lambda s: s.start)

    def _titled_name_inside(self, ent: Span) -> Span | None:
        """The person's name closing an ORG that runs a title into it ('National Security Adviser
        Brent Scowcroft'): two or three capitalised words after the last title word."""
        if ent.label_ != "ORG" or len(ent) < 3:
            return None
        title = max((t.i for t in ent if t.is_title and t.lower_ in self.title_words and t.lower_ not in ORG_HEAD_WORDS
                     and not t.is_stop and t.pos_ in ("NOUN", "PROPN")), default=-1)
        if title < ent.start or not 2 <= ent.end - title - 1 <= 3 or any(
                t.pos_ != "PROPN" or not t.is_title or not t.is_alpha or t.lower_ in self.title_words
                or t.lower_ in ORG_HEAD_WORDS for t in ent.doc[title + 1:ent.end]):
            return None
        return Span(ent.doc, title + 1, ent.end, label="PERSON")

    @staticmethod
    def _dangling_names(doc: Doc) -> None:
        """'the National Council for Peace and' + 'Order', 'the Circuit Court of' + 'Cook County': an
        organisation the tagger ended on 'of', 'for', 'and' or 'the' goes on over the capitalised words
        after it (taking in what the tagger made of them); with none after it, the word is trimmed."""
        ents = list(doc.ents)
        out: list[Span] = []
        for ent in ents:
            if out and ent.start < out[-1].end:
                continue  # taken in by the name before it
            if ent.label_ in ("FAC", "LOC", "GPE", "NORP", "PERSON") and doc[ent.end - 1].lower_ == "of":
                continue  # "the Governor-General of" (tagged a facility): a title, no name
            end = ent.end
            while ent.label_ == "ORG" and end - ent.start >= 2 and doc[end - 1].lower_ in DANGLING_WORDS:
                stop = end
                while stop < len(doc) and stop - end < 4 and doc[stop].is_title and doc[stop].pos_ == "PROPN" \
                        and doc[stop].lower_ not in DANGLING_WORDS:
                    stop += 1
                # (a name the tagger ran past the capitalised words stays whole: only the word goes)
                end = stop if stop > end and not any(e.start < stop < e.end for e in ents) else end - 1
            out.append(ent if end == ent.end else Span(doc, ent.start, end, label="ORG"))
        if len(out) != len(ents) or any(a is not b for a, b in zip(out, ents)):
            doc.ents = sorted(filter_spans(out), key=lambda s: s.start)

    @staticmethod
    def _monarchs(doc: Doc) -> None:
        """'King Constantine I of Greece' tagged as an ORG: a monarch's title, one or two capitalised
        names, then a regnal number or 'of' is a PERSON after the title ('King Abdullah University'
        and 'King Cross station' stay). A monarch tagged a PERSON takes in a regnal 'I' the parser
        read as a pronoun ('Tsar Alexander I of Russia')."""
        ents = list(doc.ents)
        changed = False
        for index, ent in enumerate(ents):
            if ent.label_ == "PERSON" and (ent[0].text in MONARCH_TITLES or ent.start > 0
                                           and doc[ent.start - 1].text in MONARCH_TITLES):
                # "Tsar Alexander" + "I of Russia": a regnal "I" is no pronoun after a monarch's name
                end = ent.end
                if end + 1 < len(doc) and doc[end].text == "I" and doc[end + 1].lower_ in ("of", ",", "and", ")") \
                        and not any(e.start <= end < e.end for e in ents):
                    ents[index] = Span(doc, ent.start + (ent[0].text in MONARCH_TITLES), end + 1, label="PERSON")
                    changed = True
                continue
            if ent.label_ != "ORG" or not 2 <= len(ent) <= 3 or ent[0].text not in MONARCH_TITLES:
                continue
            if not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.lower_ not in ORG_HEAD_WORDS
                       for t in ent[1:]):
                continue
            end = ent.end
            numbered = end < len(doc) and re.fullmatch(r"[IVX]{1,4}", doc[end].text) is not None
            if not numbered and (end >= len(doc) or doc[end].lower_ != "of"):
                continue
            if any(e.start <= end < e.end for e in ents):
                numbered = False
            ents[index] = Span(doc, ent.start + 1, end + numbered, label="PERSON")
            changed = True
        if changed:
            doc.ents = sorted(filter_spans(ents), key=lambda s: s.start)

    def _split_org_person(self, doc: Doc) -> None:
        """'the Baltic Fleet Igor Sergeyev' tagged as one ORG: an organisation word followed by
        two or three capitalised words that are not organisation words is an ORG, then a PERSON."""
        ents = list(doc.ents)
        changed = False
        for index, ent in enumerate(ents):
            rest = ent[1:]
            if ent.label_ == "ORG" and not ent.id_ and ent[0].text in PARTISAN_PREFIXES and 2 <= len(rest) <= 3 \
                    and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.lower_ not in ORG_HEAD_WORDS
                            and t.lower_ not in self.title_words for t in rest):
                # "Liberal Sophie Tremblay", "Democrat Ann Roe" tagged as one body: the party's word, then a person
                ents[index:index + 1] = [Span(doc, ent.start, ent.start + 1, label="ORG"),
                                         Span(doc, ent.start + 1, ent.end, label="PERSON")]
                changed = True
                continue
            if ent.label_ != "ORG" or len(ent) < 4:
                continue
            for cut in range(ent.end - 2, max(ent.start, ent.end - 4) - 1, -1):
                head = doc[cut - 1]
                rest = doc[cut:ent.end]
                if head.lower_ in ORG_HEAD_WORDS and all(
                    t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in ORG_HEAD_WORDS
                    and t.lower_ not in self.title_words for t in rest
                ):
                    ents[index:index + 1] = [Span(doc, ent.start, cut, label="ORG"),
                                             Span(doc, cut, ent.end, label="PERSON")]
                    changed = True
                    break
        if changed:
            doc.ents = ents

    @staticmethod
    def _join_particle_names(doc: Doc) -> None:
        """'Anna Van' + 'den' + 'Berg' -> one PERSON 'Anna Van den Berg': the NER often cuts a name
        at its particles. A PERSON followed by particles (or ending in a capitalised one) and then
        a capitalised name takes that name in."""
        ents = list(doc.ents)
        changed = False
        index = 0
        while index < len(ents):
            ent = ents[index]
            if ent.label_ != "PERSON":
                index += 1
                continue
            trailing = ent[-1].lower_ in NAME_PARTICLES and len(ent) > 1  # "Hans van", "Anna Van"
            end = ent.end
            following = ents[index + 1] if index + 1 < len(ents) else None
            if following is not None and following.start == end and len(following) > 1 and len(ent) > 1 \
                    and following[0].text in NAME_PARTICLES:
                trailing = True  # "José Azcona" + "del Hoyo" (tagged GPE): the particle opens the next name
            else:
                while end < len(doc) and doc[end].text in NAME_PARTICLES:  # lower case only: "de", "van der"
                    end += 1
            if end >= len(doc) or (end == ent.end and not trailing):
                index += 1
                continue
            after = following if following is not None and following.start == end else None
            if after is not None and (after.label_ == "PERSON" or (
                    trailing and after.label_ in ("GPE", "LOC", "NORP", "ORG") and len(after) <= 2
                    and all(t.is_title and t.is_alpha or t.text in NAME_PARTICLES for t in after))):
                stop, drop = after.end, 1  # "... den" + "Berg" (PERSON), "... der" + "Leyen" (tagged LOC)
            elif after is None and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].is_alpha \
                    and doc[end].lower_ not in ORG_HEAD_WORDS and not doc[end].ent_type_:
                stop, drop = end + 1, 0
            else:
                index += 1
                continue
            ents[index:index + 1 + drop] = [Span(doc, ent.start, stop, label="PERSON")]
            changed = True
            index += 1
        if changed:
            doc.ents = ents

    def _looks_like_person(self, span: Span) -> bool:
        return 2 <= len(span) <= 3 and all(
            t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha and t.lower_ not in ORG_HEAD_WORDS
            and t.lower_ not in self.title_words for t in span
        )

    @staticmethod
    def _lowercase_party_names(doc: Doc) -> None:
        """'the LIDER party', 'the Nuevo Rumbo party', 'the Homeland for All parties', 'the Gibraltar
        Socialist Labour Party': capitalised words between 'the' and 'party' name a party that the NER
        often misses."""
        ents = list(doc.ents)
        owner = {i: e for e in ents for i in range(e.start, e.end)}
        changed = False
        for token in doc:
            if token.text not in ("party", "parties", "Party") or token.i < 2:
                continue
            start = token.i
            while start > 0 and token.i - start < 6:
                word = doc[start - 1]
                capitalised = (word.is_title or word.is_upper) and word.is_alpha and word.lower_ != "the"
                capitalised |= word.text in ("-", "–") and start - 2 >= 0 and doc[start - 2].is_title \
                    and not word.whitespace_  # "the Farmer–Labor Party"
                link = word.text in PARTY_NAME_LINKS and start < token.i and start - 2 >= 0 and (
                    doc[start - 2].is_title or doc[start - 2].is_upper)
                if capitalised or link:
                    start -= 1
                else:
                    break
            if start == token.i or doc[start].text in PARTY_NAME_LINKS or doc[start - 1].lower_ != "the":
                continue
            inside = {owner[i] for i in range(start, token.i + 1) if i in owner}
            if any(e.id_ or e.label_ not in ("ORG", "NORP", "PERSON", "GPE", "LOC") or e.start < start
                   or e.end > token.i + 1 for e in inside):
                continue  # a lexicon name ("the Labour party") or a name that goes on
            end = token.i if token.text == "parties" else token.i + 1
            if token.text == "parties" and any(doc[i].lower_ == "and" for i in range(start, end)):
                continue  # "the Liberal and National parties": two names
            ents = [e for e in ents if e not in inside] + [Span(doc, start, end, label="ORG")]
            for i in range(start, end):
                owner[i] = ents[-1]
            changed = True
        if changed:
            doc.ents = sorted(filter_spans(ents), key=lambda s: s.start)

    @staticmethod
    def _regional_legislatures(doc: Doc) -> None:
        """'the Ontario legislature', 'the Bavarian parliament' written lower-case: a province's or a state's
        place name and the word for its legislature are the legislature, an organisation (a country's
        own is the country's, which the lexicon names: 'the Ukraine parliament' is left alone)."""
        ents = list(doc.ents)
        changed = False
        for index, ent in enumerate(ents):
            end = ent.end
            if ent.label_ not in ("GPE", "LOC", "NORP") or ent.id_ or end >= len(doc) \
                    or doc[end].lower_ not in LEGISLATURE_NOUNS or doc[end].text != doc[end].lower_ \
                    or any(e.start <= end < e.end for e in ents):
                continue
            ents[index] = Span(doc, ent.start, end + 1, label="ORG")
            changed = True
        if changed:
            doc.ents = sorted(filter_spans(ents), key=lambda s: s.start)

    @staticmethod
    def _listed_organisations(doc: Doc) -> None:
        """'a member of the Masonic Lodge, the Shriners, American Legion and Veterans of Foreign Wars':
        in a list of names of which at least two are organisations the NER found, a capitalised name it
        missed is an organisation too; and an organisation it ran over a comma ('National Organization
        for Women, National Urban League') is two."""
        ents = [part for ent in doc.ents for part in _split_at_commas(doc, ent)]
        changed = len(ents) != len(doc.ents)

        def opening(ent: Span) -> int:  # where a name starts, past its article
            return ent.start + (len(ent) > 1 and ent[0].lower_ == "the")

        by_span = {(opening(e), e.end): e for e in ents}
        covered = {i: e for e in ents for i in range(opening(e), e.end)}

        def core(start: int, end: int) -> tuple[int, int]:
            while start < end and doc[start].lower_ in ("and", "or", "the"):
                start += 1
            while end > start and doc[end - 1].is_punct:
                end -= 1
            return start, end

        def kind(start: int, end: int, cut: int = -1) -> str:
            ent = by_span.get((start, end))
            if ent is not None:  # ("the Shriners" tagged a nationality)
                return "org" if ent.label_ == "ORG" else "name" if ent.label_ == "NORP" and not ent.id_ \
                    and start > 0 and doc[start - 1].lower_ == "the" else "other"
            words = doc[start:end]
            if not 0 < end - start <= 8 or not all(
                    t.is_alpha and t.text[:1].isupper() or t.lower_ in LIST_NAME_LINKS for t in words) \
                    or not (words[0].text[:1].isupper() and words[-1].text[:1].isupper()):
                return "other"
            # (at a cut between two names, a name the NER ran across the cut does not count)
            inner = list(dict.fromkeys(covered[i] for i in range(start, end) if i in covered
                                       and not covered[i].start < cut < covered[i].end))
            # a name the NER found only in part: "National Committee Against Discrimination" + "in Housing",
            # "Girl Scouts" + "of the USA", "Sons of the" + "American Revolution" (never two bodies joined,
            # "NATO and the EU", nor a known one stretched: "the EU in Brussels")
            for k, part in enumerate(inner):
                if opening(part) < start or part.end > end or part.label_ == "PERSON" \
                        or k == 0 and opening(part) == start and (part.id_ or part.label_ != "ORG") \
                        or k > 0 and (part.label_ == "ORG" or doc[part.start - 1].lower_ == "and"):
                    return "other"
            return "name"

        found: list[Span] = []
        for sent in doc.sents:
            cuts = [t.i for t in sent if t.text in (",", ";", ":")]
            items: list[list[tuple[str, int, int]]] = []  # each item: its names, with their kinds
            for a, b in zip([sent.start, *(c + 1 for c in cuts)], [*cuts, sent.end]):
                a, b = core(a, b)
                if a >= b:
                    items.append([("other", a, b)])
                    continue
                if any(t.text in QUOTES for t in doc[max(sent.start, a - 1):min(sent.end, b + 1)]):
                    items.append([("other", a, b)])  # a quoted headline or title, not a list of bodies
                    continue
                # "Sons of the American Revolution and Benevolent and Protective Order of Elks": two names,
                # cut at the first "and" that leaves a name of two words or more (or a tagged one) each side
                # ("Benevolent and Protective Order of Elks" and "Academy of Arts and Sciences" stay whole)
                pair = None
                for k in (k for k in range(a + 1, b - 1) if doc[k].lower_ == "and"):
                    sides = [(kind(*core(a, k), cut=k), *core(a, k)), (kind(*core(k, b), cut=k), *core(k, b))]
                    if all(x == "org" or x == "name" and y - w > 1 for x, w, y in sides):
                        pair = sides
                        break
                whole = kind(a, b)
                if pair is not None and not (whole == "org" and by_span[(a, b)].id_):  # (a known name stays)
                    items.append(pair)
                    continue
                if whole != "other":
                    items.append([(whole, a, b)])
                    continue
                # "X was a member of the Masonic Lodge": a clause that ends on the list's first name opens one
                last = covered.get(b - 1)
                opens = last is not None and last.label_ == "ORG" and last.end == b
                items.append([("lead" if opens else "other", a, b)])
            run: list[tuple[str, int, int]] = []
            for item in [*items, [("other", 0, 0)]]:
                kinds = {k for k, _, _ in item}
                if "other" in kinds or "lead" in kinds:
                    names = [n for n in run if n[0] == "name"]
                    if sum(n[0] == "org" for n in run) >= 2 and names:
                        found.extend(Span(doc, a, b, label="ORG") for _, a, b in names)
                    run = [("org", 0, 0)] if "lead" in kinds else []
                    continue
                run.extend(item)
        if found:  # the names found replace the pieces of them the NER had
            ents = [e for e in ents if not any(f.start < e.end and e.start < f.end for f in found)] + found
            changed = True
        if changed:
            doc.ents = sorted(filter_spans(ents), key=lambda s: s.start)

    @staticmethod
    def _bracketed_acronyms(doc: Doc) -> None:
        """'the Gibraltar Labour Party (GLP)': an acronym in brackets right after an organisation's
        name is an organisation (extract.py makes it a name of the same one), also where the NER
        missed it or took '(GLP' into the name; the same acronym later in the text is tagged too."""
        ents = list(doc.ents)
        changed = False
        for index, ent in list(enumerate(ents)):
            # "the Harbour Party (Harbourites", "HP (Harbour Party": two names, cut at the bracket
            opening = next((t.i for t in ent[1:] if t.text == "("), None)
            if ent.label_ == "ORG" and not ent.id_ and opening is not None and \
                    not any(t.text == ")" for t in doc[opening:ent.end]) and \
                    not (opening + 1 < len(doc) and looks_like_acronym(doc[opening + 1].text)):
                ents[index] = Span(doc, ent.start, opening, label="ORG")
                if opening + 1 < ent.end and ent.end < len(doc) and doc[ent.end].text == ")" \
                        and doc[opening + 1].text[:1].isupper():
                    ents.append(Span(doc, opening + 1, ent.end, label="ORG"))
                changed = True
        by_end = {e.end: e for e in ents}
        taken = {i for e in ents for i in range(e.start, e.end)}
        found: set[str] = set()
        for token in doc[:-2]:
            i = token.i
            if token.text != "(" or doc[i + 2].text != ")" or not looks_like_acronym(doc[i + 1].text):
                continue
            org = by_end.get(i)
            inside = by_end.get(i + 2)
            if org is None and inside is not None and inside.label_ == "ORG" and inside.start < i and \
                    not inside.id_:  # "The Party for Progress (PfP" tagged as one name
                org = Span(doc, inside.start, i, label="ORG")
                ents[ents.index(inside)] = org
                taken.discard(i)
                taken.discard(i + 1)
                changed = True
            if org is not None and org.label_ in ("GPE", "LOC") and doc[org.start - 1].lower_ == "of":
                first = by_end.get(org.start - 1)  # "the Democratic Party of Iran (DPI)": one name
                if first is not None and first.label_ == "ORG" and acronym_fits(doc[i + 1].text, first):
                    merged = Span(doc, first.start, org.end, label="ORG")
                    ents = [e for e in ents if e is not first and e is not org] + [merged]
                    by_end[merged.end] = merged
                    taken.add(org.start - 1)
                    org = merged
                    changed = True
            if org is None or org.label_ != "ORG" or not acronym_fits(doc[i + 1].text, org):
                continue
            found.add(doc[i + 1].text)
            if i + 1 not in taken:
                ents.append(Span(doc, i + 1, i + 2, label="ORG"))
                taken.add(i + 1)
                changed = True
        if found:
            for token in doc:
                if token.text in found and token.i not in taken:
                    ents.append(Span(doc, token.i, token.i + 1, label="ORG"))
                    changed = True
        if changed:
            doc.ents = sorted(filter_spans(ents), key=lambda s: s.start)

    @staticmethod
    def _trim_space(doc: Doc) -> None:
        """'CFPB' + a paragraph break: the NER sometimes takes a line-break token into a name."""
        if not any(e[0].is_space or e[-1].is_space for e in doc.ents):
            return
        ents = []
        for ent in doc.ents:
            start, end = ent.start, ent.end
            while start < end and doc[start].is_space:
                start += 1
            while end > start and doc[end - 1].is_space:
                end -= 1
            if start < end:
                ents.append(Span(doc, start, end, label=ent.label_, span_id=ent.id_))
        doc.ents = ents

    def __call__(self, doc: Doc) -> Doc:
        self._trim_space(doc)
        self._dangling_names(doc)
        self._split_org_title(doc)
        self._monarchs(doc)
        self._split_org_person(doc)
        self._join_particle_names(doc)
        # "the Labour party": the lexicon's party, written with a small "party" after its name
        matches = [Span(doc, s.start, s.end + 1, label=s.label_, span_id=s.id_)
                   if s.id_ in self.party_ids and s.end < len(doc) and doc[s.end].text == "party" else s
                   for s in self._spans(doc)]
        if not matches:
            return self._mend_names(doc)
        kept: list[Span] = []
        dropped: set[int] = set()
        for ent in doc.ents:
            inner = [i for i, s in enumerate(matches) if s.start < ent.end and ent.start < s.end]
            if not inner:
                kept.append(ent)
                continue
            body = self._body_after_party(ent, [matches[i] for i in inner])
            if body is not None:  # "the Republican Senate Armed Services Committee": a party, then a committee
                kept.append(body)
                dropped.update(i for i in inner if matches[i].start >= body.start)
                continue
            if self._ner_keeps(ent, [matches[i] for i in inner]):
                kept.append(ent)
                dropped.update(inner)
                continue
            owned = self._owned_name(ent, [matches[i] for i in inner])
            if owned is not None:  # "Howard's Liberal Party of Australia": the name after the possessive
                kept.append(owned)
                dropped.update(i for i in inner if matches[i].start >= owned.start)
                continue
            last = max(matches[i].end for i in inner)
            if ent.label_ == "PERSON" and last < ent.end:  # "Russian President Vladimir Putin"
                kept.append(Span(doc, last, ent.end, label="PERSON"))
            elif ent.label_ in ORG_LIKE and self._looks_like_person(doc[last:ent.end]):
                kept.append(Span(doc, last, ent.end, label="PERSON"))  # "Gazprom Alexei Miller"
            # otherwise the rest ("Secretary-General Mark Rutte") is left for the title rules
        kept.extend(s for i, s in enumerate(matches) if i not in dropped)
        doc.ents = sorted(filter_spans(kept), key=lambda s: s.start)
        return self._mend_names(doc)

    def _mend_names(self, doc: Doc) -> Doc:
        """The passes that read the reconciled names, with or without lexicon matches."""
        self._lowercase_party_names(doc)
        self._bracketed_acronyms(doc)
        self._party_state_tags(doc)
        self._listed_organisations(doc)
        self._regional_legislatures(doc)
        self._foreign_linked_names(doc)
        self._owners_and_bodies_run_together(doc)
        self._parties_at_home(doc)
        self._given_names_left_out(doc)
        return doc

    def _given_names_left_out(self, doc: Doc) -> None:
        """'Eivind Bolle was a Norwegian politician': the NER tags only the surname; an untagged proper
        name right before a person's name, opening the sentence or a list item, is the given name."""
        ents = list(doc.ents)
        changed = False
        surnames = {e[-1].text for e in ents if e.label_ == "PERSON"}  # ("Blunkett Sheffield": a surname, no given name)
        for index, ent in enumerate(ents):
            if ent.label_ != "PERSON" or ent.start == 0 or len(ent) > 2:
                continue
            given = doc[ent.start - 1]
            if given.text in surnames:
                continue
            opens = given.i == given.sent.start or doc[given.i - 1].text in (",", ";", "and", "(")
            if opens and given.pos_ == "PROPN" and given.is_title and given.is_alpha and not given.ent_type_ \
                    and given.lower_ not in self.title_words and given.lower_ not in ORG_HEAD_WORDS \
                    and not given.is_stop and len(given) > 1:
                ents[index] = Span(doc, given.i, ent.end, label="PERSON")
                changed = True
        if changed:
            doc.ents = ents

    def _owners_and_bodies_run_together(self, doc: Doc) -> None:
        """'Jörg Haider's Freedom Party' tagged one body: a person's name, the possessive, then a party;
        'the National Council for the Swiss People's Party': a legislature, 'for', then a party. Each
        is cut in two."""
        out: list[Span] = []
        for ent in doc.ents:
            words = {t.lower_ for t in ent}
            if ent.label_ != "ORG" or ent.id_ or len(ent) < 4 or not words & PARTY_HEADS:
                out.append(ent)
                continue
            mark = next((t.i for t in ent[1:-1] if t.text in ("'s", "’s")), None)
            if mark is not None and 2 <= mark - ent.start <= 3 and self._looks_like_person(doc[ent.start:mark]) \
                    and doc[mark - 1].text not in POSSESSIVE_QUALIFIERS:  # (not "the Swiss People's Party")
                out += [Span(doc, ent.start, mark, label="PERSON"), Span(doc, mark + 1, ent.end, label="ORG")]
                continue
            cut = next((t.i for t in ent[1:-2] if t.lower_ == "for" and doc[t.i - 1].lower_ in LEGISLATURE_HEADS), None)
            if cut is None:
                out.append(ent)
                continue
            start = cut + 1 + (doc[cut + 1].lower_ == "the")
            out += [Span(doc, ent.start, cut, label="ORG"), Span(doc, start, ent.end, label="ORG")]
        if len(out) != len(doc.ents):
            doc.ents = sorted(filter_spans(out), key=lambda s: s.start)

    def _parties_at_home(self, doc: Doc) -> None:
        """'X is a Norwegian politician for the Labour Party': a party name the lexicon gives to another
        country (Britain's Labour Party) is, in a sentence that says whose politician the person is,
        that country's party of the name: the lexicon's entry is dropped, the name stays an organisation."""
        ents = list(doc.ents)
        changed = False
        for sent in doc.sents:
            # "a Norwegian politician": the noun and its country
            nouns = {e.root.head.i: self._country_of(e) for e in ents if sent.start <= e.start < sent.end
                     and e.label_ in ("NORP", "GPE") and e.id_.startswith("country:")
                     and e.root.head.lemma_.lower() in NATIONALITY_NOUNS}
            # "In the 1970 Chilean presidential election, ... the Christian Democrats": the whole sentence's
            # (by its adjective only: "the 1994 Georgia gubernatorial election" is an American state's)
            votes = {self._country_of(e) for e in ents if sent.start <= e.start < sent.end
                     and e.label_ == "NORP" and e.id_.startswith("country:")
                     and e.root.head.lemma_.lower() in ELECTION_NOUNS}
            if len(set(nouns.values()) | votes) != 1:
                changed |= self._generic_parties_beside_a_legislature(doc, ents, sent)
                continue
            named = {self._country_of(e) for e in ents if sent.start <= e.start < sent.end
                     and e.id_.startswith("country:")}
            for index, ent in enumerate(ents):
                country = self.org_country.get(ent.id_, "")
                # only the politician's own party ("a Norwegian politician for the Labour Party")
                own = bool(votes) or any(a.i in nouns for a in ent.root.ancestors)
                # (also a legislature named as any country's: "confirmed by Congress" in an election's sentence,
                # "a Canadian politician who was elected to the House of Commons")
                generic = ent.text.removeprefix("the ").removeprefix("The ") in GENERIC_BODY_NAMES
                if sent.start <= ent.start < sent.end and ent.label_ == "ORG" and country and own \
                        and country not in named and (ent.id_ in self.party_ids or generic):
                    ents[index] = _unlisted(ent)
                    changed = True
        if changed:
            doc.ents = ents

    def _generic_parties_beside_a_legislature(self, doc: Doc, ents: list[Span], sent: Span) -> bool:
        """'Before joining the Christian Democrats, X had represented the Moderate Party in the Riksdag':
        a party named only by an ideology ('Christian Democrats', 'Labour Party') that the lexicon gives to
        another country than the one legislature the sentence names is that country's party of the name."""
        inside = [i for i, e in enumerate(ents) if sent.start <= e.start < sent.end]
        homes = {self.org_country.get(ents[i].id_, "") for i in inside if ents[i].id_.startswith("org:")
                 and ents[i].id_ not in self.party_ids and _names_a_legislature(ents[i])} - {""}
        if len(homes) != 1:
            return False
        named = {self._country_of(ents[i]) for i in inside if ents[i].id_.startswith("country:")}
        changed = False
        for i in inside:
            ent = ents[i]
            country = self.org_country.get(ent.id_, "")
            words = [t.lower_ for t in ent if t.lower_ != "the"]
            if ent.id_ in self.party_ids and country and country not in homes | named and words \
                    and all(w in IDEOLOGY_WORDS for w in words):
                ents[i] = _unlisted(ent)
                changed = True
        return changed

    @staticmethod
    def _foreign_linked_names(doc: Doc) -> None:
        """'Mouvement Citoyen' + 'pour le' + 'Renouveau' (tagged a person), 'Partido' + 'de la' +
        'Gente': a name the NER cut at the lower-case links of a French, Spanish or Italian name goes on
        through them to the capitalised words after."""
        ents = list(doc.ents)
        changed = False
        for ent in list(ents):
            if ent.label_ != "ORG" or ent.id_ or ent not in ents:  # (not one a name before took in)
                continue
            link = ent.end
            while link < len(doc) and link - ent.end < 2 and doc[link].text in FOREIGN_NAME_LINKS:
                link += 1
            end = link
            while end < len(doc) and doc[end].is_alpha and doc[end].is_title and end - link < 4:
                end += 1
            if link == ent.end and ent[-1].lower_ not in FOREIGN_PARTY_HEADS or end == link:
                continue  # ("the Partido" + "Liberal Colombiano" with no link between: one name)
            following = [e for e in ents if link <= e.start < end or e.start < link < e.end]
            if any(e.id_ or e.start < link or e.end > end for e in following):
                continue  # ("the Senate of Peru" is the lexicon's; a name that goes on is another)
            ents = [e for e in ents if e not in following and e is not ent] + [Span(doc, ent.start, end, label="ORG")]
            changed = True
        if changed:
            doc.ents = sorted(filter_spans(ents), key=lambda s: s.start)

    @staticmethod
    def _party_state_tags(doc: Doc) -> None:
        """'Sen. A (D-Ohio)', 'Rep. B, R-Texas,', 'C (R)': the letter (before the state) is the person's party."""
        tags = []
        for ent in doc.ents:
            i = ent.end
            if ent.label_ != "PERSON" or i + 2 >= len(doc) or doc[i + 1].text not in PARTY_TAGS:
                continue
            alone = doc[i].text == "(" and doc[i + 2].text == ")"  # "A (D)"
            if not alone and (i + 3 >= len(doc) or doc[i].text not in ("(", ",") or doc[i + 2].text != "-"
                              or doc[i + 1].whitespace_ or doc[i + 2].whitespace_ or not doc[i + 3].text[:1].isupper()):
                continue
            if doc[i].text == "," and not any(t.text == "," for t in doc[i + 3:i + 6]):
                continue  # ", D-Ohio," is set off by commas on both sides
            tags.append(Span(doc, i + 1, i + 2, label="ORG", span_id=PARTY_TAGS[doc[i + 1].text]))
        if tags:
            doc.ents = sorted(filter_spans([e for e in doc.ents if not any(
                e.start < t.end and t.start < e.end for t in tags)] + tags), key=lambda s: s.start)


@Language.factory(COMPONENT)
def make_lexicon_ner(nlp: Language, name: str) -> LexiconNER:
    return LexiconNER(nlp, name)
