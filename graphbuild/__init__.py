"""graphbuild: political news in, an evidence-backed graph of political actors out."""

from __future__ import annotations

__version__ = "0.1.0"
