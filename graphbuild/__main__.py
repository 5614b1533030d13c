"""`python -m graphbuild ...` runs the command line (same as the `graphbuild` script)."""

from .cli import app

app(prog_name="graphbuild")
