"""Mentions -> canonical entities, within an article and across the whole run.

People are matched on their folded name parts: a surname-only mention joins the one full
name that shares its surname; spelling variants ("Zelenksy", "Volodomyr") join when every
name part is within one transposition or substitution (two for long parts). Entities of
different types never merge, and lexicon entities (countries, known organisations) keep
their fixed keys.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import OSA

from .nlp.lexicon import NAME_PARTICLES, fold, slug

_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


# Particles that, capitalised before a single surname, are first names.
_FIRST_NAME_PARTICLES = {"al", "el", "ben", "mac"}


@lru_cache(maxsize=131072)
def _name_parts(name: str) -> tuple[str, ...]:
    parts = fold(name).replace(".", " ").split()  # "Al-Mansouri" stays one part
    suffixes = [p for p in parts if p in _SUFFIXES]
    core = [p for p in parts if p not in _SUFFIXES]
    # "Pieter Van Damme" -> pieter / van damme: a particle belongs to the surname after it
    merged: list[str] = []
    for part in reversed(core):
        if merged and part in NAME_PARTICLES and len(merged) + 1 < len(core) + 1:
            merged[-1] = f"{part} {merged[-1]}"
        else:
            merged.append(part)
    merged.reverse()
    if len(merged) == 1 and len(core) > 1 and core[0] not in NAME_PARTICLES:
        merged = core  # never swallow a first name
    elif len(merged) == 1 and len(core) == 2 and name[:1].isupper() and core[0] in _FIRST_NAME_PARTICLES:
        merged = core  # "Al Franken", "Ben Carson": a first name, not the "al" of "al-Assad"
    return tuple(merged + [f"+{s}" for s in suffixes])


def name_parts(name: str) -> list[str]:
    """Folded name parts; a generational suffix is kept as a final "+jr" part of its own."""
    return list(_name_parts(name))


def _split_suffix(parts: list[str]) -> tuple[list[str], tuple[str, ...]]:
    return [p for p in parts if not p.startswith("+")], tuple(p for p in parts if p.startswith("+"))


def _allowed_edits(a: str, b: str) -> int:
    n = min(len(a), len(b))
    if n < 5:
        return 0
    return 1 if n < 9 else 2


def part_matches(a: str, b: str) -> bool:
    """Two name parts are the same when they differ by at most a typo or transliteration."""
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:  # an initial
        return a[0] == b[0]
    return OSA.distance(a, b) <= _allowed_edits(a, b)


def same_person(a: list[str], b: list[str]) -> bool:
    """Full names match on surname and first name (and on the first middle name or initial when both
    give one); a one-part name matches on the surname.

    "Donald Trump Jr." is never "Donald Trump": generational suffixes must agree.
    """
    a, suffix_a = _split_suffix(a)
    b, suffix_b = _split_suffix(b)
    if not a or not b:
        return False
    if suffix_a != suffix_b and (len(a) > 1 and len(b) > 1 or len(a if not suffix_a else b) > 1):
        return False  # "Trump Jr." is not "Donald Trump" (a bare "Trump" may still be the son)
    if not part_matches(a[-1], b[-1]):
        return False
    if len(a) == 1 or len(b) == 1:
        return True
    middle_a, middle_b = a[1:-1], b[1:-1]
    if middle_a and middle_b and not part_matches(middle_a[0], middle_b[0]):
        return False  # "George H. W. Bush" is not "George W. Bush" (a middle name left out still matches)
    first_a, first_b = a[0], b[0]
    if min(len(first_a), len(first_b)) >= 4 and len(first_a) > 1 and len(first_b) > 1:
        # with the surname settled, a first name may differ by one letter ("Kaja"/"Kaija")
        return OSA.distance(first_a, first_b) <= max(1, _allowed_edits(first_a, first_b))
    return part_matches(first_a, first_b)


@dataclass
class NameCluster:
    parts: list[str]  # the longest form seen
    forms: Counter = field(default_factory=Counter)
    members: list[int] = field(default_factory=list)

    @property
    def canonical(self) -> str:
        return _most_frequent_longest(self.forms)


def _most_frequent_longest(forms: Counter) -> str:
    """The most frequent of the longest forms (ties: alphabetical, for determinism)."""
    longest = max(len(name_parts(f)) for f in forms)
    return min((-n, f) for f, n in forms.items() if len(name_parts(f)) == longest)[1]


# A one-part name ("Trump") shared by several people goes to the one named at least this many
# times as often, in full, as all the others together.
DOMINANT_SHARE = 10


def _variants(surname: str) -> set[str]:
    """The surname and its one-deletion variants: two spellings within one substitution,
    insertion, deletion or transposition share at least one of them (a SymSpell-style key),
    so fuzzy matching only compares names that can match."""
    return {surname} | {surname[:i] + surname[i + 1:] for i in range(len(surname))}


def cluster_names(names: list[str], weights: list[int] | None = None, fuzzy_lone: bool = True) -> list[int]:
    """Group person names that denote one person; returns a cluster index per name.

    Full names are clustered first (in order), then one-part names join the single
    cluster whose surname they match. An ambiguous surname stays on its own, unless
    `weights` (mentions per name) show one person dominating the others
    (DOMINANT_SHARE): "Trump" alone is Donald Trump, not Ivanka Trump. Candidate clusters
    come from a surname-variant index, so the cost grows with the number of names, not
    its square. Without `fuzzy_lone`, a one-part name joins only a cluster with its exact surname
    (across articles "Janner" is no typo of "Tanner": the typo of one writer stays in its article).
    """
    weights = weights or [1] * len(names)
    mass: list[int] = []  # mentions of the full names in each cluster
    clusters: list[NameCluster] = []
    index: dict[str, list[int]] = defaultdict(list)
    first_index: dict[str, list[int]] = defaultdict(list)  # first name part -> multi-part clusters
    assignment = [-1] * len(names)
    parsed = [name_parts(n) for n in names]
    order = sorted(range(len(names)), key=lambda i: (-len(parsed[i]), i))
    for position in order:
        parts = parsed[position]
        core = [p for p in parts if not p.startswith("+")]
        if not core:
            continue
        candidates = sorted({c for v in _variants(core[-1]) for c in index.get(v, ())})
        if len(core) == 1:
            matches = [c for c in candidates if same_person(parts, clusters[c].parts)]
            exact = [c for c in matches if _split_suffix(clusters[c].parts)[0][-1] == core[0]]
            if exact or core[0] in first_index or not fuzzy_lone:
                # a spelling someone has is nobody's typo: "Franken" is Al Franken, not Jayda Fransen;
                # "Sarah" is someone's first name in this run, not a misspelt "Farah"
                matches = exact
            distinct = {clusters[c].canonical for c in matches}
            heaviest = max(matches, key=lambda c: (mass[c], -c)) if matches else -1
            if len(matches) >= 1 and len(distinct) == 1:
                target = matches[0]
            elif matches and mass[heaviest] >= DOMINANT_SHARE * (sum(mass[c] for c in matches) - mass[heaviest]):
                target = heaviest
            else:
                target = next((c for c in candidates if clusters[c].parts == parts), -1)
            if target < 0 and not matches and len(first_index.get(core[0], ())) == 1:
                # "Xi" for "Xi Jinping", "Lin" for "Lin Chih-hao": family name first (and "Ivanka" for
                # "Ivanka Trump": a first name the article uses alone)
                target = first_index[core[0]][0]
        else:
            # "George Bush" fits both "George W. Bush" and "George H.W. Bush": the one mentioned most
            matching = [c for c in candidates if len(clusters[c].parts) > 1 and same_person(parts, clusters[c].parts)]
            target = max(matching, key=lambda c: (mass[c], -c)) if matching else -1
        if target < 0:
            clusters.append(NameCluster(parts))
            mass.append(0)
            target = len(clusters) - 1
            for variant in _variants(core[-1]):
                index[variant].append(target)
            if len(core) > 1:
                first_index[core[0]].append(target)
        clusters[target].forms[names[position]] += 1
        clusters[target].members.append(position)
        if len(core) > 1:
            mass[target] += weights[position]
        assignment[position] = target
    return assignment


class Registry:
    """Cross-article resolution: gives every local entity a stable graph key.

    Fed article by article in input order; `finish()` settles person names after all
    articles are seen, so the result does not depend on arrival order of equal inputs.
    """

    def __init__(self) -> None:
        self.person_forms: Counter = Counter()

    def observe_person(self, name: str, count: int = 1) -> None:
        self.person_forms[name] += count

    def finish(self) -> dict[str, str]:
        """Map every observed person name form to its canonical name."""
        forms = sorted(self.person_forms)
        assignment = cluster_names(forms, [self.person_forms[f] for f in forms], fuzzy_lone=False)
        by_cluster: dict[int, Counter] = defaultdict(Counter)
        for form, cluster in zip(forms, assignment):
            by_cluster[cluster][form] += self.person_forms[form]
        canonical: dict[str, str] = {}
        for counter in by_cluster.values():
            best = canonical_name(counter)
            for form in counter:
                canonical[form] = best
        return canonical


def canonical_name(forms: Counter) -> str:
    """The name of one person from the forms seen (form -> mentions): the most frequent of the
    longest forms, each word spelt as most mentions spell it. "Volodomyr Zelensky" x1,
    "Volodymyr Zelenksy" x2 and "Zelensky" x5 give "Volodymyr Zelensky": a one-word form votes for
    the surname it matches and a full form spells so. Only spellings seen at that place in a full form
    are used."""
    best = _most_frequent_longest(forms)
    longest = len(name_parts(best))
    words = best.split()
    votes: list[Counter] = [Counter() for _ in words]
    for form, n in forms.items():
        if len(name_parts(form)) == longest and len(form.split()) == len(words):
            for vote, word in zip(votes, form.split()):
                vote[word] += n
    surname = name_parts(words[-1])
    if len(words) > 1 and len(surname) == 1 and not _split_suffix(surname)[1]:
        for form, n in forms.items():
            # only a spelling some full form has: "Dreamer" may have been merged into "John Creamer" by a
            # typo match, and must not rename him
            if form in votes[-1] and part_matches(name_parts(form)[0], surname[0]):
                votes[-1][form] += n
    return " ".join(min(vote, key=lambda w, i=i: (-vote[w], w != words[i], w)) for i, vote in enumerate(votes))


def person_key(name: str) -> str:
    return f"person:{slug(name)}"


__all__ = ["Registry", "canonical_name", "cluster_names", "name_parts", "person_key", "same_person"]
