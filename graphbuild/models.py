"""Plain data passed between stages (no spaCy or neo4j imports)."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(slots=True)
class Article:
    """One news article. Only `text` is required; `origin` says where it was read."""

    id: str
    text: str
    title: str = ""
    published: str = ""  # ISO date (YYYY-MM-DD) or ""
    url: str = ""
    source: str = ""
    origin: str = ""  # file[:line] it came from

    @property
    def body(self) -> str:
        """The text the pipeline reads: the title, a blank line, then the text."""
        return f"{self.title}\n\n{self.text}" if self.title else self.text

    def meta(self) -> dict[str, str]:
        return {
            "id": self.id,
            "title": self.title,
            "published": self.published,
            "url": self.url,
            "source": self.source,
        }


@dataclass(slots=True)
class Rejected:
    """An item that could not be read, with where it was and why."""

    origin: str
    reason: str
    raw: str = ""  # what was read (truncated), kept so nothing is silently lost

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


@dataclass(slots=True)
class Entity:
    """An actor or place seen in one article (local id) or in the whole graph (key)."""

    local_id: int
    type: str  # NodeType value
    name: str
    aliases: set[str] = field(default_factory=set)
    key: str = ""  # fixed for lexicon entities (country:RUS); set by resolution for others
    props: dict[str, str] = field(default_factory=dict)
    forms: Counter[str] = field(default_factory=Counter)  # mentions per surface form in the article


@dataclass(slots=True)
class Evidence:
    article_id: str
    url: str
    date: str
    sentence: str
    start: int  # character offsets of the sentence in Article.body
    end: int
    rule: str
    confidence: float


@dataclass(slots=True)
class Relation:
    head: int  # Entity.local_id within an ArticleResult
    type: str  # RelType value
    tail: int
    props: dict[str, str]
    evidence: Evidence


@dataclass(slots=True)
class ArticleResult:
    """What extraction found in one article, before cross-article resolution."""

    article: Article
    entities: list[Entity]
    relations: list[Relation]
    seconds: float = 0.0
    words: int = 0


@dataclass
class RunStats:
    articles: int = 0
    rejected: int = 0
    words: int = 0
    entities: int = 0
    relations: int = 0
    edges: int = 0
    relations_by_type: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    outputs: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
