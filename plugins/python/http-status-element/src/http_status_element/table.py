"""The table of pre-rendered markup (http-status-prerendered.json), as the Rust build wrote it.

Plugins only look records up in it: which record a code names, and the markup of its badge or
card. Nothing here renders anything, so the markup is the element's own, byte for byte.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

TABLE_FILE = "http-status-prerendered.json"


@dataclass(frozen=True)
class Table:
    version: str
    stylesheet: str
    spellings: dict[str, str]
    views: dict[str, dict[str, str]]

    @classmethod
    def from_json(cls, text: str) -> Table:
        data = json.loads(text)
        return cls(data["version"], data["stylesheet"], data["spellings"], data["views"])

    def record(self, code: str) -> str | None:
        """The record a code names ("404", "500.19", "H12"), as the element reads it, or None."""
        code = code.strip()
        found = self.spellings.get(code)
        return found if found is not None else self.spellings.get(code.lower())

    def markup(self, view: str, record: str) -> str | None:
        """The pre-rendered shadow content of a record in a view, or None for a view not in the table."""
        return self.views.get(view, {}).get(record)


@cache
def packaged_table() -> Table:
    """The table this package was built with (copied from dist/ into the wheel)."""
    return Table.from_json((files(__package__) / TABLE_FILE).read_text(encoding="utf-8"))
