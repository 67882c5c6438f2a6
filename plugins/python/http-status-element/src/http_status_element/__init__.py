"""`<http-status>` for Python documentation tools: the embed's published files and its
pre-rendered badges and cards, looked up in the table the Rust build wrote (never rendered here).

The MkDocs plugin (mkdocs-http-status) and the Sphinx extension (sphinx-http-status) build on this.
"""

from .prerender import prerender, requested_view, shadow_root, unknown_code_message
from .published import FOLDER_NAME, MODULE, STYLESHEET, published_files, published_folder
from .table import Table, packaged_table

__all__ = [
    "FOLDER_NAME",
    "MODULE",
    "STYLESHEET",
    "Table",
    "packaged_table",
    "prerender",
    "published_files",
    "published_folder",
    "requested_view",
    "shadow_root",
    "unknown_code_message",
]
