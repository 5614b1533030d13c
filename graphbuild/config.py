"""Settings, frozen once the CLI has read them. Secrets come from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class BuildSettings:
    model: str | None = None  # spaCy package name or path; None: the bundled small English pipeline
    workers: int = 1
    batch_size: int = 64  # texts per nlp.pipe batch
    chunk_size: int = 16  # articles per task sent to a worker process
    lexicon: str | None = None  # folder of lexicon TSVs; None: the packaged ones
    formats: tuple[str, ...] = ("graphml", "gexf")


@dataclass(frozen=True)
class Neo4jSettings:
    uri: str = "bolt://127.0.0.1:7687"
    user: str = "neo4j"
    password: str = ""
    database: str = "neo4j"
    batch_size: int = 1000
    connect_timeout: float = 5.0

    @classmethod
    def from_env(cls, **overrides: object) -> Neo4jSettings:
        values: dict[str, object] = {
            "uri": os.environ.get("NEO4J_URI", cls.uri),
            "user": os.environ.get("NEO4J_USERNAME", os.environ.get("NEO4J_USER", cls.user)),
            "password": os.environ.get("NEO4J_PASSWORD", cls.password),
            "database": os.environ.get("NEO4J_DATABASE", cls.database),
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]

    def __repr__(self) -> str:  # never print the password
        return f"Neo4jSettings(uri={self.uri!r}, user={self.user!r}, database={self.database!r})"
