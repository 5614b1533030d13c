"""Measure extraction quality on gold data: CoNLL04, CrossRE, PLOVER, PETRARCH validation records and
our own JSON Lines format.

Each dataset has a small adapter that reads the public file from the path the user gives (nothing is
copied into the project) and turns it into `GoldSentence`s. Every sentence is sent through
`Processor.process` as one article, in a single streamed pass, and the predictions are scored against
the gold per sentence. The matching rule and the label mapping per dataset are in docs/EVAL.md.

    report = run_eval("conll04", Path("conll04_dev.json"), BuildSettings())
    print(report.format_table())
"""

from __future__ import annotations

import json
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from .config import BuildSettings
from .errors import GraphbuildError, InputError
from .models import Article, ArticleResult, Entity, Rejected, Relation
from .nlp.lexicon import Lexicon
from .schema import NODE_TYPE_VALUES, REL_TYPE_VALUES, NodeType

DATASETS = ("conll04", "crossre", "redocred", "plover", "petrarch", "jsonl")

# Our person -> organisation/country affiliation edges (scored against CoNLL04 Work_For, CrossRE role).
AFFILIATION_TYPES = frozenset({"HOLDS_ROLE", "ENVOY_OF", "ADVISER_TO", "SPOKESPERSON_FOR", "MEMBER_OF"})
# Interaction types that are the same edge read in either direction.
SYMMETRIC_TYPES = frozenset({"MET_WITH", "NEGOTIATED_WITH"})
PLOVER_LABELS = {"MET_WITH": "CONSULT", "NEGOTIATED_WITH": "CONSULT", "VISITED": "CONSULT", "THREATENED": "THREATEN",
                 "ACCUSED": "DISAPPROVE"}
# Codes in the PLOVER gold records that are CAMEO spellings or typos of ISO 3166 alpha-3 codes.
CAMEO_TO_ISO3 = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
PLACE = "Place"  # Country and Location merged: public gold splits countries and other places differently


# --- text --------------------------------------------------------------------------------------------
_GLUE_LEFT = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "n't", "''", "-RRB-"}
_GLUE_RIGHT = {"(", "[", "{", "$", "``", "-LRB-"}
_REWRITE = {"``": '"', "''": '"', "-LRB-": "(", "-RRB-": ")", "_": "--", "`": "'"}


def _token_layout(tokens: Sequence[str]) -> list[tuple[str, bool, bool]]:
    """(surface, no space before, no space after) for each token; quote pairs become one '"'."""
    layout: list[tuple[str, bool, bool]] = []
    double_open = False
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token in ("`", "'") and i + 1 < len(tokens) and tokens[i + 1] == token:
            opening = token == "`"
            layout.append(('"', not opening, opening))
            layout.append(("", True, True))  # the second half of the pair: an empty span
            i += 2
            continue
        if token == '"':
            layout.append(('"', double_open, not double_open))
            double_open = not double_open
        elif token in ("`", "``"):
            layout.append((_REWRITE[token], False, True))
        elif token == "," and 0 < i < len(tokens) - 1 and tokens[i - 1].isdigit() \
                and re.fullmatch(r"\d{3}", tokens[i + 1]):
            layout.append((",", True, True))  # 10 , 000 -> 10,000
        else:
            glue_left = token in _GLUE_LEFT or token == "'" or (token.startswith("'") and token[1:].isalpha()) \
                or (token == "s" and i > 0 and tokens[i - 1] == "'")
            layout.append((_REWRITE.get(token, token), glue_left, token in _GLUE_RIGHT))
        i += 1
    return layout


def detokenize(tokens: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join tokens into readable text (no space before punctuation, quotes attached).

    Returns the text and each token's (start, end) character span in it.
    """
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    position = 0
    glue_next = True
    for surface, glue_left, glue_right in _token_layout(tokens):
        if not (glue_next or glue_left) and surface:
            parts.append(" ")
            position += 1
        spans.append((position, position + len(surface)))
        parts.append(surface)
        position += len(surface)
        if surface:
            glue_next = glue_right
    return "".join(parts), spans


def span_text(text: str, spans: Sequence[tuple[int, int]], start: int, end: int) -> str:
    """The text of tokens start..end (end exclusive)."""
    return text[spans[start][0]:spans[end - 1][1]].strip()


# --- names -------------------------------------------------------------------------------------------
_STOPWORDS = frozenset({"the", "of", "and", "a", "an", "for", "in", "on", "de", "la", "le", "du"})


def fold_name(text: str) -> str:
    """Lowercase, strip accents and punctuation, drop a possessive 's and a leading 'the'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower().replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = text.replace(".", "")  # U.S. -> us
    text = re.sub(r"[^\w\s]|_", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text.removeprefix("the ")


def _contains(short: list[str], long: list[str]) -> bool:
    if not short or len(short) > len(long) or all(t in _STOPWORDS for t in short):
        return False
    return any(long[i:i + len(short)] == short for i in range(len(long) - len(short) + 1))


def names_match(a: str, b: str, person: bool = False) -> bool:
    """The name-matching rule: equal after folding, the same surname (persons), or whole-token containment."""
    ta, tb = fold_name(a).split(), fold_name(b).split()
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    if person and ta[-1] == tb[-1] and len(ta[-1]) > 1 and ta[-1] not in _STOPWORDS:
        return True
    return _contains(ta, tb) or _contains(tb, ta)


class NameIndex:
    """Lexicon names, folded: country names, aliases and adjectives -> ISO3; organisation key -> names."""

    def __init__(self, lex: Lexicon | None = None) -> None:
        self._iso3: dict[str, str] = {}
        self._country_names: dict[str, list[str]] = {}
        self._org_names: dict[str, list[str]] = {}
        if lex is None:
            return
        for surface, iso3 in lex.country_names.items():
            self._iso3.setdefault(fold_name(surface), iso3)
            self._country_names.setdefault(iso3, []).append(surface)
        for surface, iso3 in lex.country_adjectives.items():
            self._iso3.setdefault(fold_name(surface), iso3)
        for surface, key in lex.org_names.items():
            self._org_names.setdefault(f"org:{key}", []).append(surface)

    def iso3(self, name: str) -> str:
        """The ISO3 code of a country name, alias or adjective; "" if it is none."""
        return self._iso3.get(fold_name(name), "")

    def named_in(self, iso3: str, text: str) -> bool:
        """True when a name or alias of the country (not only an adjective) occurs in `text`."""
        return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) for name in self._country_names.get(iso3, []))

    def org_names(self, key: str) -> list[str]:
        """Every name the lexicon knows for an organisation entity key ("org:nato"); [] for others."""
        return self._org_names.get(key, [])


# --- gold and predictions ----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class GoldEntity:
    name: str
    label: str  # the evaluation label (scored) or the dataset's own type (out of scope)
    code: str = ""  # ISO3 when the gold gives one (PLOVER actor codes)


@dataclass(frozen=True, slots=True)
class GoldRelation:
    head: GoldEntity
    label: str
    tail: GoldEntity
    role: str = ""
    status: str = ""
    evidence: str = ""  # the sentence that states it, where the gold item is longer than one sentence


@dataclass(slots=True)
class GoldSentence:
    """One gold sentence: scored entities and relations, and the out-of-scope ones kept for diagnostics."""

    id: str
    text: str
    date: str = ""
    entities: list[GoldEntity] = field(default_factory=list)
    relations: list[GoldRelation] = field(default_factory=list)
    other_entities: list[GoldEntity] = field(default_factory=list)
    other_relations: list[GoldRelation] = field(default_factory=list)
    # true facts the dataset does not score (not stated in one sentence, or not our kind of edge):
    # a prediction that matches one counts neither as right nor as wrong
    neutral_relations: list[GoldRelation] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class PredEntity:
    id: int
    name: str
    type: str
    forms: tuple[str, ...]  # the name and every surface form seen
    iso3: str = ""
    known_names: tuple[str, ...] = ()  # lexicon names of a lexicon organisation: matched by equality only


@dataclass(frozen=True, slots=True)
class PredRelation:
    head: PredEntity
    type: str
    tail: PredEntity
    label: str | None  # the gold label it is scored as; None: not scored on this dataset
    props: tuple[tuple[str, str], ...] = ()
    evidence: str = ""  # the sentence it was read from

    def prop(self, name: str) -> str:
        return dict(self.props).get(name, "")


def entity_matches(pred: PredEntity, gold: GoldEntity, names: NameIndex) -> bool:
    """A predicted entity matches a gold one by ISO3 (countries) or by the name rule on any of its forms."""
    if pred.iso3:
        code = gold.code or names.iso3(gold.name)
        if code:
            return code == pred.iso3
    person = pred.type == NodeType.PERSON.value
    if any(names_match(form, gold.name, person) for form in pred.forms):
        return True
    folded = fold_name(gold.name)
    return any(fold_name(name) == folded for name in pred.known_names)


def relation_matches(pred: PredRelation, gold: GoldRelation, names: NameIndex, symmetric: bool) -> bool:
    """Same label, and head and tail match (either way round for symmetric labels)."""
    if pred.label != gold.label:
        return False
    if entity_matches(pred.head, gold.head, names) and entity_matches(pred.tail, gold.tail, names):
        return True
    return symmetric and entity_matches(pred.head, gold.tail, names) and entity_matches(pred.tail, gold.head, names)


# --- metrics -----------------------------------------------------------------------------------------
@dataclass(slots=True)
class Score:
    """Counts for one label. tp = gold matched, fn = gold missed, fp = predictions matching no gold.

    precision = matched predictions / predictions, recall = matched gold / gold.
    """

    gold: int = 0
    gold_matched: int = 0
    pred: int = 0
    pred_matched: int = 0

    @property
    def tp(self) -> int:
        return self.gold_matched

    @property
    def fn(self) -> int:
        return self.gold - self.gold_matched

    @property
    def fp(self) -> int:
        return self.pred - self.pred_matched

    @property
    def precision(self) -> float:
        return self.pred_matched / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.gold_matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.gold_matched += other.gold_matched
        self.pred += other.pred
        self.pred_matched += other.pred_matched

    def to_dict(self) -> dict[str, float | int]:
        return {
            "gold": self.gold, "pred": self.pred, "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "pred_matched": self.pred_matched, "precision": round(self.precision, 4),
            "recall": round(self.recall, 4), "f1": round(self.f1, 4),
        }


def micro(scores: Iterable[Score]) -> Score:
    total = Score()
    for score in scores:
        total.add(score)
    return total


@dataclass(slots=True)
class Sample:
    """A missed gold fact or a false positive, with what the other side had in that sentence."""

    kind: str  # relation_miss, relation_fp, entity_miss, entity_fp
    id: str
    sentence: str
    expected: list[str]
    got: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "sentence": self.sentence, "expected": self.expected, "got": self.got}


SAMPLE_KINDS = ("relation_miss", "relation_fp", "entity_miss", "entity_fp")


@dataclass
class EvalReport:
    """Scores per label, diagnostics and sample errors for one dataset file."""

    dataset: str
    path: str
    show: int = 10
    sentences: int = 0
    rejected: int = 0
    seconds: float = 0.0
    scores_entities: bool = True
    relations: dict[str, Score] = field(default_factory=dict)
    entities: dict[str, Score] = field(default_factory=dict)
    out_of_scope_gold: Counter = field(default_factory=Counter)  # gold relation labels not scored
    unscored_predictions: Counter = field(default_factory=Counter)  # "TYPE Head->Tail"
    overlap_with_other_gold: Counter = field(default_factory=Counter)  # unmatched prediction ~ out-of-scope gold
    neutral_predictions: Counter = field(default_factory=Counter)  # label -> predictions matching unscored facts
    entity_confusions: Counter = field(default_factory=Counter)  # "gold X / ours Y"
    excluded_entities: Counter = field(default_factory=Counter)  # predictions left out of entity scoring, why
    attributes: dict[str, Score] = field(default_factory=dict)  # role/status on matched relations
    samples: dict[str, list[Sample]] = field(default_factory=lambda: {kind: [] for kind in SAMPLE_KINDS})
    sample_totals: Counter = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)

    @property
    def relation_micro(self) -> Score:
        return micro(self.relations.values())

    @property
    def all_gold_micro(self) -> Score:
        """Micro score with out-of-scope gold relations counted as misses (the figure to set beside
        published all-relation scores)."""
        total = self.relation_micro
        total.gold += sum(self.out_of_scope_gold.values())
        return total

    @property
    def entity_micro(self) -> Score:
        return micro(self.entities.values())

    def add_sample(self, sample: Sample) -> None:
        self.sample_totals[sample.kind] += 1
        if len(self.samples[sample.kind]) < self.show:
            self.samples[sample.kind].append(sample)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "dataset": self.dataset,
            "path": self.path,
            "sentences": self.sentences,
            "rejected": self.rejected,
            "seconds": round(self.seconds, 2),
            "relations": {
                "labels": {label: s.to_dict() for label, s in sorted(self.relations.items())},
                "micro": self.relation_micro.to_dict(),
                "all_gold_micro": self.all_gold_micro.to_dict(),
            },
            "out_of_scope_gold": dict(self.out_of_scope_gold.most_common()),
            "unscored_predictions": dict(self.unscored_predictions.most_common()),
            "overlap_with_other_gold": dict(self.overlap_with_other_gold.most_common()),
            "neutral_predictions": dict(self.neutral_predictions.most_common()),
            "attributes": {name: s.to_dict() for name, s in sorted(self.attributes.items())},
            "samples": {kind: [s.to_dict() for s in items] for kind, items in self.samples.items()},
            "sample_totals": {kind: self.sample_totals[kind] for kind in SAMPLE_KINDS},
            "notes": self.notes,
        }
        if self.scores_entities:
            data["entities"] = {
                "labels": {label: s.to_dict() for label, s in sorted(self.entities.items())},
                "micro": self.entity_micro.to_dict(),
                "confusions": dict(self.entity_confusions.most_common()),
                "excluded": dict(self.excluded_entities.most_common()),
            }
        return data

    def format_table(self) -> str:
        """A plain-text report for people: score tables, diagnostics, then sample errors."""
        rate = self.sentences / self.seconds if self.seconds else 0.0
        lines = [f"{self.dataset}: {self.path}",
                 f"{self.sentences} sentences, {self.rejected} rejected, {self.seconds:.1f} s ({rate:.0f} sentences/s)",
                 "", _score_header("relations")]
        lines += [_score_row(label, s) for label, s in sorted(self.relations.items())]
        lines.append(_score_row("micro", self.relation_micro))
        if self.out_of_scope_gold:
            lines.append(_score_row("all gold (out of scope = missed)", self.all_gold_micro))
        if self.scores_entities:
            lines += ["", _score_header("entities")]
            lines += [_score_row(label, s) for label, s in sorted(self.entities.items())]
            lines.append(_score_row("micro", self.entity_micro))
        for name, score in sorted(self.attributes.items()):
            lines.append(f"{name} correct on matched relations: {score.gold_matched}/{score.gold}")
        for title, counts in (("out-of-scope gold relations", self.out_of_scope_gold),
                              ("unscored predictions", self.unscored_predictions),
                              ("unmatched predictions that match out-of-scope gold", self.overlap_with_other_gold),
                              ("predictions of true but unscored facts (neutral)", self.neutral_predictions),
                              ("entity type confusions", self.entity_confusions),
                              ("predicted entities left out of entity scoring", self.excluded_entities)):
            if counts:
                lines.append(f"{title}: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
        lines += [f"note: {note}" for note in self.notes]
        for kind in SAMPLE_KINDS:
            lines += _format_samples(kind, self.samples[kind], self.sample_totals[kind])
        return "\n".join(lines)


def _score_header(title: str) -> str:
    return f"{title:<34} {'gold':>5} {'pred':>5} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>6} {'R':>6} {'F1':>6}"


def _score_row(label: str, s: Score) -> str:
    return (f"  {label:<32} {s.gold:>5} {s.pred:>5} {s.tp:>5} {s.fp:>5} {s.fn:>5} "
            f"{s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}")


def _format_samples(kind: str, samples: list[Sample], total: int) -> list[str]:
    if not samples:
        return []
    lines = ["", f"{kind.replace('_', ' ')}: first {len(samples)} of {total}"]
    for sample in samples:
        lines.append(f"  [{sample.id}] {sample.sentence}")
        lines.append(f"      expected: {'; '.join(sample.expected) or '-'}")
        lines.append(f"      got:      {'; '.join(sample.got) or '-'}")
    return lines


# --- adapters ----------------------------------------------------------------------------------------
def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: cannot read JSON: {exc}") from None


def _read_json_lines(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except ValueError as exc:
                    raise InputError(f"{path}:{number}: not JSON: {exc}") from None
                if not isinstance(row, dict):
                    raise InputError(f"{path}:{number}: expected a JSON object")
                yield number, row
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc}") from None


CONLL04_ENTITY_LABELS = {"Peop": NodeType.PERSON.value, "Org": NodeType.ORGANIZATION.value, "Loc": PLACE}


def read_conll04(path: Path) -> Iterator[GoldSentence]:
    """SpERT-format CoNLL04: a JSON array of {tokens, entities (end exclusive), relations, orig_id}.

    Scored: Work_For (Peop -> Org); entities Peop, Org, Loc. Live_In, Located_In, OrgBased_In, Kill and
    entities of type Other are kept as out of scope.
    """
    data = _read_json(path)
    if not isinstance(data, list):
        raise InputError(f"{path}: expected a JSON array of sentences (SpERT format)")
    for index, record in enumerate(data):
        text, spans = detokenize(record["tokens"])
        mentions = [GoldEntity(span_text(text, spans, e["start"], e["end"]),
                               CONLL04_ENTITY_LABELS.get(e["type"], e["type"])) for e in record["entities"]]
        sentence = GoldSentence(id=f"conll04-{record.get('orig_id', index)}", text=text)
        for mention, raw in zip(mentions, record["entities"], strict=True):
            (sentence.entities if raw["type"] in CONLL04_ENTITY_LABELS else sentence.other_entities).append(mention)
        for rel in record["relations"]:
            gold = GoldRelation(mentions[rel["head"]], rel["type"], mentions[rel["tail"]])
            (sentence.relations if rel["type"] == "Work_For" else sentence.other_relations).append(gold)
        yield sentence


CROSSRE_ENTITY_LABELS = {
    "politician": NodeType.PERSON.value,
    "person": NodeType.PERSON.value,
    "politicalparty": NodeType.ORGANIZATION.value,
    "organisation": NodeType.ORGANIZATION.value,
    "country": PLACE,
    "location": PLACE,
}
CROSSRE_ROLE_HEADS = frozenset({"politician", "person"})
CROSSRE_ROLE_TAILS = frozenset({"politicalparty", "organisation", "country"})


def _crossre_entity(text: str, spans: list[tuple[int, int]], types: dict[tuple[int, int], str],
                    start: int, end: int) -> GoldEntity:
    kind = types.get((start, end), "")
    return GoldEntity(span_text(text, spans, start, end + 1), CROSSRE_ENTITY_LABELS.get(kind, kind))


def read_crossre(path: Path) -> Iterator[GoldSentence]:
    """CrossRE JSON lines: {doc_key, sentence (tokens), ner [[start, end, type]], relations [[hs, he, ts, te,
    label, ...]]}, spans inclusive.

    Scored: `role` from a person/politician to a party, organisation or country. Every other relation
    (including `role` to elections, locations, events) is out of scope.
    """
    for number, row in _read_json_lines(path):
        text, spans = detokenize(row["sentence"])
        types = {(s, e): t for s, e, t in row.get("ner", [])}
        sentence = GoldSentence(id=str(row.get("doc_key", number)), text=text)
        for start, end, kind in row.get("ner", []):
            mention = _crossre_entity(text, spans, types, start, end)
            (sentence.entities if kind in CROSSRE_ENTITY_LABELS else sentence.other_entities).append(mention)
        for hs, he, ts, te, label, *_ in row.get("relations", []):
            head, tail = _crossre_entity(text, spans, types, hs, he), _crossre_entity(text, spans, types, ts, te)
            if label == "role" and types.get((hs, he)) in CROSSRE_ROLE_HEADS \
                    and types.get((ts, te)) in CROSSRE_ROLE_TAILS:
                sentence.relations.append(GoldRelation(head, label, tail))
            else:
                other = f"role->{types.get((ts, te), '?')}" if label == "role" else label
                sentence.other_relations.append(GoldRelation(head, other, tail))
        yield sentence


REDOCRED_ENTITY_LABELS = {"PER": NodeType.PERSON.value, "ORG": NodeType.ORGANIZATION.value, "LOC": PLACE}
# Wikidata properties read as a person's affiliation, each with the end that is the person
REDOCRED_AFFILIATIONS = {"P102": "h", "P108": "h", "P463": "h", "P488": "t", "P6": "t", "P35": "t"}
# true facts about a person that no edge of ours states: a prediction matching one is not counted wrong
REDOCRED_NEUTRAL = frozenset({"P27", "P39", "P54", "P1001"})


def _redocred_name(mentions: list[dict[str, Any]]) -> str:
    """An entity's name: its longest mention (DocRED lists first mentions, then shortened ones)."""
    return max((m["name"] for m in mentions), key=len)


def read_redocred(path: Path) -> Iterator[GoldSentence]:
    """Re-DocRED / DocRED JSON: an array of documents {title, sents (tokens), vertexSet (entities, each a
    list of mentions {name, pos, sent_id, type}), labels [{h, t, r, evidence}]}. Each document is one
    article, so pronouns and short names are resolved as in a news article.

    Scored: a person's affiliation (P102 party, P108 employer, P463 member of, and P488 chairperson,
    P6 head of government, P35 head of state read from the person's side) with a PER person and an
    ORG or LOC other end, when it is stated in one sentence: an evidence sentence mentions both ends,
    or the evidence is a single sentence (the person named there by a pronoun). Other such facts, and
    citizenship, position held, sports team and jurisdiction, are neutral. Entities: PER, ORG, LOC.
    """
    data = _read_json(path)
    if not isinstance(data, list):
        raise InputError(f"{path}: expected a JSON array of documents (DocRED format)")
    for index, doc in enumerate(data):
        offsets, tokens = [], []
        for sent in doc["sents"]:
            offsets.append(len(tokens))
            tokens.extend(sent)
        text, spans = detokenize(tokens)
        sentence_texts = [span_text(text, spans, start, start + len(sent)) if sent else ""
                          for start, sent in zip(offsets, doc["sents"])]
        vertices = doc["vertexSet"]
        kinds = [v[0]["type"] for v in vertices]
        entities = [GoldEntity(_redocred_name(v), REDOCRED_ENTITY_LABELS.get(k, k)) for v, k in zip(vertices, kinds)]
        sentence = GoldSentence(id=f"redocred-{index}-{doc.get('title', '')}", text=text)
        for entity, kind in zip(entities, kinds):
            (sentence.entities if kind in REDOCRED_ENTITY_LABELS else sentence.other_entities).append(entity)
        for label in doc.get("labels", []):
            prop, h, t = label["r"], label["h"], label["t"]
            person_end = REDOCRED_AFFILIATIONS.get(prop)
            if person_end == "t":
                h, t = t, h
            evidence = label.get("evidence", [])
            stated_in = " / ".join(sentence_texts[i] for i in evidence if 0 <= i < len(sentence_texts))
            gold = GoldRelation(entities[h], "affiliation" if person_end else prop, entities[t], evidence=stated_in)
            if person_end and kinds[h] == "PER" and kinds[t] in ("ORG", "LOC"):
                sentences_of = [{m["sent_id"] for m in vertices[i]} for i in (h, t)]
                stated = len(evidence) == 1 or any(s in sentences_of[0] and s in sentences_of[1] for s in evidence)
                (sentence.relations if stated else sentence.neutral_relations).append(gold)
            elif person_end or prop in REDOCRED_NEUTRAL:
                sentence.neutral_relations.append(gold)
            else:
                sentence.other_relations.append(gold)
        yield sentence


def _plover_actors(value: Any) -> list[GoldEntity]:
    if not isinstance(value, list):
        return []  # "" or a stray string: no actor
    actors = []
    for actor in value:
        code = str(actor.get("code") or "")
        code = CAMEO_TO_ISO3.get(code, code)
        actors.append(GoldEntity(str(actor.get("actorText") or ""), "actor", code if re.fullmatch(r"[A-Z]{3}", code)
                                 and code not in ("IGO", "NGO", "IMG", "ISM") else ""))
    return actors


def plover_pairs(event: str, sources: list[GoldEntity], targets: list[GoldEntity]) -> list[GoldRelation]:
    """Every source x target pair; a CONSULT with no target pairs its sources (a reciprocal meeting)."""
    if targets:
        return [GoldRelation(s, event, t) for s in sources for t in targets]
    if event == "CONSULT":
        return [GoldRelation(a, event, b) for i, a in enumerate(sources) for b in sources[i + 1:]]
    return []


def read_plover(path: Path) -> Iterator[GoldSentence]:
    """PLOVER gold-standard records: a JSON array; the DOCUMENT header is skipped.

    Scored: CONSULT, THREATEN, DISAPPROVE between source and target actors. Other events are out of scope.
    """
    data = _read_json(path)
    if not isinstance(data, list):
        raise InputError(f"{path}: expected a JSON array of PLOVER records")
    for record in data:
        event = record.get("event", "")
        if event == "DOCUMENT" or not record.get("text"):
            continue
        sentence = GoldSentence(id=str(record.get("id", "")), text=record["text"], date=record.get("date", ""))
        pairs = plover_pairs(event, _plover_actors(record.get("source")), _plover_actors(record.get("target")))
        scored = event in ("CONSULT", "THREATEN", "DISAPPROVE")
        (sentence.relations if scored else sentence.other_relations).extend(pairs)
        if scored and not pairs:
            sentence.other_relations.append(GoldRelation(GoldEntity("", "actor"), f"{event} (no target)",
                                                         GoldEntity("", "actor")))
        yield sentence


# CAMEO event codes (PETRARCH records) -> the labels we score, by their first two digits.
CAMEO_LABELS = {"04": "CONSULT", "11": "DISAPPROVE", "12": "REJECT", "13": "THREATEN", "18": "ATTACK", "19": "ATTACK",
                "20": "ATTACK"}
CAMEO_PRAISE = "051"  # "praise or endorse": the one 05x code with an edge of ours (PRAISED)
PETRARCH_LABELS = {**PLOVER_LABELS, "REJECTED": "REJECT", "ATTACKED": "ATTACK", "PRAISED": "PRAISE"}
_NOT_STATES = ("IGO", "NGO", "IMG", "ISM", "MNC", "UIS", "---")


def _cameo_label(code: str) -> str | None:
    code = str(code).strip()
    if code.startswith(CAMEO_PRAISE):
        return "PRAISE"
    return CAMEO_LABELS.get(code[:2])


def _petrarch_actor(code: Any) -> GoldEntity:
    """A PETRARCH actor code ("USAGOV", "CHN", "GUYJUD"): the state is its first three letters."""
    code = str(code or "").strip().upper()
    state = CAMEO_TO_ISO3.get(code[:3], code[:3])
    ok = re.fullmatch(r"[A-Z]{3}", state) is not None and state not in _NOT_STATES
    return GoldEntity(code, "actor", state if ok else "")


def read_petrarch(path: Path) -> Iterator[GoldSentence]:
    """PETRARCH / UD-PETRARCH validation records as extracted JSON Lines (`*.extracted.jsonl`):
    {id, date, text, expected_events: [{source, target, event}], evaluate}. Records marked
    evaluate=false are skipped. Scored: CONSULT (04), PRAISE (051), DISAPPROVE (11), REJECT (12),
    THREATEN (13) and ATTACK (18-20) between two state-coded actors; other codes are out of scope."""
    for number, row in _read_json_lines(path):
        if str(row.get("evaluate", "true")).lower() == "false" or not isinstance(row.get("text"), str):
            continue
        date = str(row.get("date") or "")
        if re.fullmatch(r"\d{8}", date):
            date = f"{date[:4]}-{date[4:6]}-{date[6:]}"
        sentence = GoldSentence(id=str(row.get("id", number)), text=row["text"], date=date)
        for event in row.get("expected_events") or []:
            if not isinstance(event, dict):
                continue
            source, target = _petrarch_actor(event.get("source")), _petrarch_actor(event.get("target"))
            label = _cameo_label(event.get("event", ""))
            gold = GoldRelation(source, label or f"cameo {str(event.get('event', ''))[:2]}", target)
            if label and source.code and target.code and source.code != target.code:
                sentence.relations.append(gold)
            else:
                sentence.other_relations.append(gold)
        yield sentence




def _jsonl_sentence(path: Path, number: int, row: dict[str, Any]) -> GoldSentence:
    where = f"{path}:{number}"
    if not isinstance(row.get("text"), str) or not row["text"].strip():
        raise InputError(f"{where}: 'text' must be a non-empty string")
    by_name: dict[str, GoldEntity] = {}
    for item in row.get("entities", []):
        if item.get("type") not in NODE_TYPE_VALUES or not item.get("name"):
            raise InputError(f"{where}: entity {item!r} needs a name and a type in {sorted(NODE_TYPE_VALUES)}")
        by_name[item["name"]] = GoldEntity(item["name"], item["type"])
    relations = []
    for item in row.get("relations", []):
        if item.get("type") not in REL_TYPE_VALUES or not item.get("head") or not item.get("tail"):
            raise InputError(f"{where}: relation {item!r} needs head, tail and a type in {sorted(REL_TYPE_VALUES)}")
        head = by_name.get(item["head"], GoldEntity(item["head"], ""))
        tail = by_name.get(item["tail"], GoldEntity(item["tail"], ""))
        relations.append(GoldRelation(head, item["type"], tail, item.get("role", ""), item.get("status", "")))
    return GoldSentence(id=str(row.get("id", number)), text=row["text"], date=str(row.get("date") or ""),
                        entities=list(by_name.values()), relations=relations)


def read_jsonl(path: Path) -> Iterator[GoldSentence]:
    """Our gold format (docs/EVAL.md): one {id, text, date?, entities, relations} object per line."""
    for number, row in _read_json_lines(path):
        yield _jsonl_sentence(path, number, row)


# --- label mappings of predictions -------------------------------------------------------------------
def _affiliation_label(label: str, tail_types: frozenset[str]) -> Callable[[Relation, Entity, Entity], str | None]:
    def mapping(rel: Relation, head: Entity, tail: Entity) -> str | None:
        if rel.type in AFFILIATION_TYPES and head.type == NodeType.PERSON.value and tail.type in tail_types:
            return label
        return None

    return mapping


def plover_label(rel: Relation, head: Entity, tail: Entity) -> str | None:
    if rel.props.get("status") == "cancelled":
        return None  # a meeting that did not take place is no consultation (CAMEO codes it elsewhere)
    if rel.props.get("status") == "planned":
        # PLOVER's own CAMEO table (CAMEO2PLOVER-2021.txt) maps 036 "express intent to meet or negotiate"
        # to AGREE, not CONSULT: a meeting still to come is no consultation yet
        return None
    return PLOVER_LABELS.get(rel.type)


def petrarch_label(rel: Relation, head: Entity, tail: Entity) -> str | None:
    if rel.props.get("status") == "cancelled":
        return None
    return PETRARCH_LABELS.get(rel.type)


def _jsonl_label(rel: Relation, head: Entity, tail: Entity) -> str | None:
    return rel.type


def _place_label(node_type: str) -> str | None:
    if node_type in (NodeType.COUNTRY.value, NodeType.LOCATION.value):
        return PLACE
    return node_type


@dataclass(frozen=True)
class DatasetSpec:
    """How one dataset is read and how our predictions map onto its labels."""

    name: str
    read: Callable[[Path], Iterator[GoldSentence]]
    relation_label: Callable[[Relation, Entity, Entity], str | None]
    entity_label: Callable[[str], str | None] | None  # our node type -> label; None: entities are not scored
    symmetric_labels: frozenset[str] = frozenset()
    adjective_countries: bool = True  # count a Country evoked only by an adjective ("Polish") as an entity
    states: bool = False  # a person or organisation also matches the gold by the state it acts for
    documents: bool = False  # a gold item is a document: samples show the sentence, not the whole text
    notes: tuple[str, ...] = ()


_ORG = frozenset({NodeType.ORGANIZATION.value})
_ORG_OR_COUNTRY = frozenset({NodeType.ORGANIZATION.value, NodeType.COUNTRY.value})
_ORG_OR_PLACE = _ORG_OR_COUNTRY | {NodeType.LOCATION.value}

SPECS: dict[str, DatasetSpec] = {
    "conll04": DatasetSpec(
        "conll04", read_conll04, _affiliation_label("Work_For", _ORG), _place_label, adjective_countries=False,
        notes=(("Work_For is scored against person->Organization affiliation edges only; person->Country edges are "
               "unscored because CoNLL04 codes a head of state's country as Live_In."),
               "Entity matching is lenient (name rule), not strict span match: not comparable with strict NER F1."),
    ),
    "crossre": DatasetSpec(
        "crossre", read_crossre, _affiliation_label("role", _ORG_OR_COUNTRY), _place_label,
        adjective_countries=False,
        notes=("CrossRE annotates relations only where annotators judged them salient: precision is a lower bound.",),
    ),
    "redocred": DatasetSpec(
        "redocred", read_redocred, _affiliation_label("affiliation", _ORG_OR_PLACE), _place_label, documents=True,
        notes=(("Each document is one article; only facts stated in one sentence are scored, other true "
                "affiliations and citizenship are neutral (a prediction matching one is not counted)."),
               "Re-DocRED is encyclopedic text of every domain, not news: a check of generality."),
    ),
    "plover": DatasetSpec(
        "plover", read_plover, plover_label, None, symmetric_labels=frozenset({"CONSULT"}),
        notes=("PLOVER has no train/dev/test split: the whole file is used, so it is not held-out data.",
               "Actors match by ISO3 code (our Country entities) or by the name rule against actorText."),
    ),
    "petrarch": DatasetSpec(
        "petrarch", read_petrarch, petrarch_label, None, symmetric_labels=frozenset({"CONSULT"}), states=True,
        notes=("PETRARCH validation records have no split; the UniversalPETRARCH GSR file was used to develop the meeting rules.",
               ("Actors are state codes: a person or organisation matches the state it holds a role for in the "
                "sentence (or a lexicon organisation's country).")),
    ),
    "jsonl": DatasetSpec("jsonl", read_jsonl, _jsonl_label, lambda node_type: node_type,
                         symmetric_labels=SYMMETRIC_TYPES),
}


def dataset_spec(name: str) -> DatasetSpec:
    try:
        return SPECS[name]
    except KeyError:
        raise GraphbuildError(f"unknown dataset {name!r}; choose one of {', '.join(DATASETS)}") from None


# --- scoring -----------------------------------------------------------------------------------------
def predictions(result: ArticleResult, spec: DatasetSpec, names: NameIndex | None = None,
                ) -> tuple[list[PredEntity], list[PredRelation]]:
    """Our entities and relations for one sentence, relations deduplicated on (head, label, tail).

    Countries the extractor only implied (from a capital or an organisation, props["implied"]) are not
    mentions: they are left out of the entities but may still be relation ends. A lexicon organisation
    carries its canonical name, not the surface form, so its lexicon names come along as `known_names`.
    """
    names = names or NameIndex()
    entities = {e.local_id: e for e in result.entities}
    states = _acting_states(result) if spec.states else {}
    preds = {e.local_id: _pred_entity(e, names.org_names(e.key), states.get(e.local_id, ""))
             for e in result.entities}
    relations: list[PredRelation] = []
    seen: set[tuple[int, str, int]] = set()
    for rel in result.relations:
        label = spec.relation_label(rel, entities[rel.head], entities[rel.tail])
        key = (rel.head, label or rel.type, rel.tail)
        if key in seen:
            continue
        seen.add(key)
        props = tuple(sorted((k, str(v)) for k, v in rel.props.items()))
        relations.append(PredRelation(preds[rel.head], rel.type, preds[rel.tail], label, props,
                                      rel.evidence.sentence))
    mentioned = [preds[i] for i, e in entities.items() if not e.props.get("implied")]
    return mentioned, relations


def _pred_entity(entity: Entity, known_names: Iterable[str] = (), state: str = "") -> PredEntity:
    forms = tuple(dict.fromkeys([entity.name, *sorted(entity.aliases)]))
    return PredEntity(entity.local_id, entity.name, entity.type, forms, entity.props.get("iso3", "") or state,
                      tuple(sorted(known_names)))


def _acting_states(result: ArticleResult) -> dict[int, str]:
    """The state each person or organisation acts for in this sentence: the country a person holds a
    role for (HOLDS_ROLE, ENVOY_OF, SPOKESPERSON_FOR, ADVISER_TO a country), or an organisation's country."""
    by_id = {e.local_id: e for e in result.entities}
    states: dict[int, str] = {}
    for rel in result.relations:
        tail = by_id[rel.tail]
        if rel.type in AFFILIATION_TYPES and tail.type == NodeType.COUNTRY.value and tail.props.get("iso3"):
            states.setdefault(rel.head, tail.props["iso3"])
    for entity in result.entities:
        if entity.type == NodeType.ORGANIZATION.value and len(entity.props.get("country", "")) == 3:
            states.setdefault(entity.local_id, entity.props["country"])
    return states


def _show_relation(rel: GoldRelation | PredRelation) -> str:
    if isinstance(rel, GoldRelation):
        return f"{rel.head.name} -{rel.label}-> {rel.tail.name}"
    label = f" as {rel.label}" if rel.label and rel.label != rel.type else ""
    role = f" ({rel.prop('role')})" if rel.prop("role") else ""
    return f"{rel.head.name}/{rel.head.type} -{rel.type}{role}{label}-> {rel.tail.name}/{rel.tail.type}"


def _dedupe_gold(relations: list[GoldRelation]) -> list[GoldRelation]:
    seen: dict[tuple[str, str, str], GoldRelation] = {}
    for rel in relations:
        seen.setdefault((fold_name(rel.head.name), rel.label, fold_name(rel.tail.name)), rel)
    return list(seen.values())


class Scorer:
    """Adds one sentence at a time to an EvalReport."""

    def __init__(self, report: EvalReport, spec: DatasetSpec, names: NameIndex) -> None:
        self.report = report
        self.spec = spec
        self.names = names

    def add(self, gold: GoldSentence, entities: list[PredEntity], relations: list[PredRelation]) -> None:
        self.report.sentences += 1
        self._relations(gold, relations)
        if self.spec.entity_label is not None:
            self._entities(gold, entities)

    # relations
    def _relations(self, gold: GoldSentence, relations: list[PredRelation]) -> None:
        report = self.report
        gold_rels = _dedupe_gold(gold.relations)
        report.unscored_predictions.update(f"{p.type} {p.head.type}->{p.tail.type}" for p in relations
                                           if p.label is None)
        relations = [self._named_ends(p, gold.text) for p in relations]
        scored = [p for p in relations if p.label is not None]
        report.out_of_scope_gold.update(r.label for r in _dedupe_gold(gold.other_relations))
        for label in {g.label for g in gold_rels} | {p.label for p in scored if p.label}:
            report.relations.setdefault(label, Score())
        gold_hits = [[p for p in scored if self._rel_match(p, g)] for g in gold_rels]
        for rel, hits in zip(gold_rels, gold_hits, strict=True):
            score = report.relations[rel.label]
            score.gold += 1
            score.gold_matched += bool(hits)
            if hits:
                self._attributes(rel, hits)
            else:
                report.add_sample(Sample("relation_miss", gold.id, rel.evidence or gold.text, [_show_relation(rel)],
                                         [_show_relation(p) for p in relations]))
        for pred in relations:
            matched = pred.label is not None and any(self._rel_match(pred, g) for g in gold_rels)
            if pred.label is not None and not matched and self._neutral(pred, gold):
                report.neutral_predictions[pred.label] += 1
                continue
            if pred.label is not None and not matched and self._typed_out_of_scope(pred.tail, gold):
                # "Democrat Jimmy Carter": CrossRE types "Democrat" misc, so a role to it is out of scope in
                # the gold; the same edge of ours is not scored either (as for a country named by an adjective)
                report.unscored_predictions[f"{pred.type} {pred.head.type}->{pred.tail.type} "
                                            "(the gold types the tail out of scope)"] += 1
                continue
            if pred.label is not None:
                report.relations[pred.label].pred += 1
                report.relations[pred.label].pred_matched += matched
            if not matched:
                self._unmatched_prediction(gold, pred)

    def _named_ends(self, pred: PredRelation, text: str) -> PredRelation:
        """On a dataset that does not count a country evoked only by an adjective as an entity
        ("Russian Prime Minister X": CrossRE types "Russian" misc, and role->misc is out of scope),
        a relation to such a country is not scored either, as the entity itself is not."""
        if self.spec.adjective_countries or pred.label is None:
            return pred
        for end in (pred.head, pred.tail):
            if end.iso3 and not self.names.named_in(end.iso3, text):
                self.report.unscored_predictions[f"{pred.type} {pred.head.type}->{pred.tail.type} "
                                                 "(country named only by an adjective)"] += 1
                return replace(pred, label=None)
        return pred

    def _typed_out_of_scope(self, entity: PredEntity, gold: GoldSentence) -> bool:
        """True when the gold annotates the entity's words in the sentence, but as a type outside the
        scored ones (a surface form equal to an out-of-scope gold entity, and no scored entity matches)."""
        forms = {fold_name(form) for form in entity.forms} - {""}
        return any(fold_name(g.name) in forms for g in gold.other_entities) and not any(
            entity_matches(entity, g, self.names) for g in gold.entities)

    def _neutral(self, pred: PredRelation, gold: GoldSentence) -> bool:
        """True when the prediction states a fact the gold holds but does not score (either way round)."""
        return any(self._pair_matches(pred, g) for g in gold.neutral_relations)

    def _rel_match(self, pred: PredRelation, gold: GoldRelation) -> bool:
        return relation_matches(pred, gold, self.names, gold.label in self.spec.symmetric_labels)

    def _unmatched_prediction(self, gold: GoldSentence, pred: PredRelation) -> None:
        others = [g for g in gold.other_relations if self._pair_matches(pred, g)]
        for other in {g.label for g in others}:
            self.report.overlap_with_other_gold[f"{pred.type} {pred.head.type}->{pred.tail.type} ~ {other}"] += 1
        if pred.label is not None:
            expected = [_show_relation(g) for g in gold.relations + gold.other_relations]
            text = pred.evidence if pred.evidence and self.spec.documents else gold.text
            self.report.add_sample(Sample("relation_fp", gold.id, text, expected, [_show_relation(pred)]))

    def _pair_matches(self, pred: PredRelation, gold: GoldRelation) -> bool:
        c = self.names
        return (entity_matches(pred.head, gold.head, c) and entity_matches(pred.tail, gold.tail, c)) or \
            (entity_matches(pred.head, gold.tail, c) and entity_matches(pred.tail, gold.head, c))

    def _attributes(self, gold: GoldRelation, hits: list[PredRelation]) -> None:
        for name, expected in (("role", gold.role), ("status", gold.status)):
            if not expected:
                continue
            score = self.report.attributes.setdefault(name, Score())
            score.gold += 1
            score.gold_matched += any(names_match(p.prop(name), expected) for p in hits if p.prop(name))

    # entities
    def _entities(self, gold: GoldSentence, entities: list[PredEntity]) -> None:
        report = self.report
        assert self.spec.entity_label is not None
        golds = list({(g.label, fold_name(g.name)): g for g in gold.entities}.values())
        preds: list[tuple[PredEntity, str]] = []
        for pred in entities:
            label = self._entity_label(pred, gold.text)
            if label:
                preds.append((pred, label))
        for g in golds:
            score = report.entities.setdefault(g.label, Score())
            score.gold += 1
            hit = any(label == g.label and entity_matches(p, g, self.names) for p, label in preds)
            score.gold_matched += hit
            if not hit:
                got = [f"{p.name}/{p.type}" for p, _ in preds]
                report.add_sample(Sample("entity_miss", gold.id, gold.text, [f"{g.name}/{g.label}"], got))
        for p, label in preds:
            score = report.entities.setdefault(label, Score())
            score.pred += 1
            hit = any(label == g.label and entity_matches(p, g, self.names) for g in golds)
            score.pred_matched += hit
            if not hit:
                self._unmatched_entity(gold, p, label)

    def _entity_label(self, pred: PredEntity, text: str) -> str | None:
        if pred.iso3 and not self.spec.adjective_countries and not self.names.named_in(pred.iso3, text):
            self.report.excluded_entities["Country named only by an adjective"] += 1
            return None
        assert self.spec.entity_label is not None
        return self.spec.entity_label(pred.type)

    def _unmatched_entity(self, gold: GoldSentence, pred: PredEntity, label: str) -> None:
        for g in gold.entities + gold.other_entities:
            if g.label != label and entity_matches(pred, g, self.names):
                self.report.entity_confusions[f"gold {g.label} / ours {pred.type}"] += 1
                break
        expected = [f"{g.name}/{g.label}" for g in gold.entities + gold.other_entities]
        self.report.add_sample(Sample("entity_fp", gold.id, gold.text, expected, [f"{pred.name}/{pred.type}"]))


# --- running -----------------------------------------------------------------------------------------
class ProcessorLike(Protocol):
    lex: Lexicon

    def process(self, articles: Iterable[Article]) -> Iterator[ArticleResult | Rejected]: ...


SPLITS = ("dev", "test")


def run_eval(
    dataset: str,
    path: Path,
    settings: BuildSettings,
    limit: int | None = None,
    show: int = 10,
    processor: ProcessorLike | None = None,
    split: str | None = None,
) -> EvalReport:
    """Score the extractor on one gold file. `limit`: the first N sentences; `show`: samples kept per kind.

    `processor` lets a caller reuse a loaded pipeline across datasets (default: a new `Processor(settings)`).
    `split` ("dev" or "test") halves a file that has no official split (PLOVER): the 2nd, 4th, 6th...
    records are dev, the 1st, 3rd, 5th... test, so rules are developed on one half and reported on the other.
    """
    spec = dataset_spec(dataset)
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    gold = list(spec.read(path))
    if split is not None:
        if split not in SPLITS:
            raise InputError(f"unknown split {split!r}: use dev or test")
        gold = [g for i, g in enumerate(gold) if (i % 2 == 1) == (split == "dev")]
    gold = gold[:limit] if limit else gold
    if processor is None:
        from .run import Processor

        processor = Processor(settings)
    report = EvalReport(dataset=dataset, path=str(path), show=show, scores_entities=spec.entity_label is not None,
                        notes=list(spec.notes))
    scorer = Scorer(report, spec, NameIndex(processor.lex))
    started = time.perf_counter()
    articles = (Article(id=g.id, text=g.text, published=g.date, origin=f"{path}#{g.id}") for g in gold)
    for sentence, outcome in zip(gold, processor.process(articles), strict=True):
        if isinstance(outcome, Rejected):
            report.rejected += 1
            scorer.add(sentence, [], [])
            continue
        entities, relations = predictions(outcome, spec, scorer.names)
        scorer.add(sentence, entities, relations)
    report.seconds = time.perf_counter() - started
    return report


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m graphbuild.evaluate DATASET PATH [--json] [--limit N] [--show N] [--model M]`: the same
    options as `graphbuild eval`, usable without the CLI."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m graphbuild.evaluate", description=main.__doc__)
    parser.add_argument("dataset", choices=DATASETS)
    parser.add_argument("path", type=Path)
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N sentences")
    parser.add_argument("--show", type=int, default=10, help="sample errors kept per kind")
    parser.add_argument("--model", default=None, help="spaCy pipeline name or path")
    parser.add_argument("--split", choices=SPLITS, default=None, help="half of a file without splits (PLOVER)")
    args = parser.parse_args(argv)
    try:
        report = run_eval(args.dataset, args.path, BuildSettings(model=args.model), args.limit, args.show,
                          split=args.split)
    except GraphbuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(report.to_dict(), indent=2, ensure_ascii=False) if args.json else report.format_table())
    return 0


if __name__ == "__main__":
    sys.exit(main())
