"""One root exception and a few specific ones; the CLI turns them into messages."""

from __future__ import annotations


class GraphbuildError(Exception):
    """Root of every error graphbuild raises on purpose."""

    hint: str = ""


class InputError(GraphbuildError):
    """An input path or item cannot be read."""


class ModelError(GraphbuildError):
    """The spaCy pipeline cannot be loaded."""

    hint = "install a pipeline with `pip install .` or pass --model NAME_OR_PATH"


class Neo4jUnavailable(GraphbuildError):
    """The Neo4j server cannot be reached or refused us."""


class QueryError(GraphbuildError):
    """A named query is unknown or its parameters are wrong."""
