"""The embed's published files (dist/), carried in this package: what a site serves for its
pages to load `<http-status>`. The wheel build copies them in (see hatch_build.py)."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

# The folder the files sit in, named as the README's recipes name it in a site.
FOLDER_NAME = "http-status"
STYLESHEET = "http-status.css"
MODULE = "http-status.js"


def published_folder() -> Path:
    """The folder holding the published files, under the name they take in a site."""
    return Path(str(files(__package__) / "published" / FOLDER_NAME))


def published_files() -> list[Path]:
    """Every published file, for a site to copy as they are into its `http-status/` folder."""
    return sorted(path for path in published_folder().iterdir() if path.is_file())
