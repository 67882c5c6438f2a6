"""Sphinx extension for `<http-status>`.

- `` :http-status:`429` `` writes an inline badge, `.. http-status:: 404` a card (or, with
  `:view:`, any other view; no code and `:view: browser` for the browser);
- every `<http-status>` badge and card in a page, also those written with `.. raw:: html` or
  MyST's HTML, arrives pre-rendered: painted before any script runs;
- the embed's files are served from `_static/http-status/` and every page loads them.

Other builders than HTML write the code as plain text.
"""

from importlib.metadata import version

from http_status_element import FOLDER_NAME, MODULE, STYLESHEET, published_folder

from .nodes import HttpStatusBlock, HttpStatusInline, depart_element, visit_element
from .pages import prerender_page
from .syntax import HttpStatusDirective, http_status_role


def setup(app):
    app.add_node(HttpStatusInline, html=(visit_element, depart_element))
    app.add_node(HttpStatusBlock, html=(visit_element, depart_element))
    app.add_role("http-status", http_status_role)
    app.add_directive("http-status", HttpStatusDirective)
    app.connect("config-inited", serve_published_files)
    app.add_css_file(f"{FOLDER_NAME}/{STYLESHEET}")
    app.add_js_file(f"{FOLDER_NAME}/{MODULE}", type="module")
    app.connect("html-page-context", prerender_page)
    return {"version": version("sphinx-http-status"), "parallel_read_safe": True, "parallel_write_safe": True}


def serve_published_files(app, config):
    # The folder holding `http-status/`: Sphinx copies a static path's contents into _static/.
    config.html_static_path.append(str(published_folder().parent))
