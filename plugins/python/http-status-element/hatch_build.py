"""Wheel build hook: copies the embed's published files and the pre-rendered table from dist/
into the package, so the wheel carries them and installing it needs neither Node nor Rust.

dist/ is the repository's (three folders up) unless HTTP_STATUS_DIST names another; `make dist`
writes it. Which files a page loads is the build's own list, dist/http-status-files.json.
"""

import json
import os
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

PACKAGE = "http_status_element"
# Beside the files every page loads: the optional head stylesheet and the one pre-rendered
# shadow roots link.
STYLESHEETS = ("http-status.css", "http-status-shadow.css")
TABLE = "http-status-prerendered.json"


class PublishedFiles(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version, build_data):
        dist = Path(os.environ.get("HTTP_STATUS_DIST") or Path(self.root, "../../../dist")).resolve()
        listing = dist / "http-status-files.json"
        if not listing.is_file():
            raise RuntimeError(f"{listing} is missing: run `make dist` before building this wheel")
        parts = json.loads(listing.read_text(encoding="utf-8"))["parts"]
        published = sorted({name for names in parts.values() for name in names} | set(STYLESHEETS))
        wanted = {dist / name: f"{PACKAGE}/published/http-status/{name}" for name in published}
        wanted[dist / TABLE] = f"{PACKAGE}/{TABLE}"
        missing = [str(path) for path in wanted if not path.is_file()]
        if missing:
            raise RuntimeError(f"dist/ lacks {', '.join(missing)}: run `make dist` again")
        build_data["force_include"].update({str(path): target for path, target in wanted.items()})
