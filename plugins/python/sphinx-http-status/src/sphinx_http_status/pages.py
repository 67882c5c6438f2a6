"""Pre-rendering in Sphinx: each HTML page's body, once written, gets the shadow roots of its
`<http-status>` badges and cards, whichever way they were written (role, directive, raw HTML)."""

from http_status_element import FOLDER_NAME, prerender, unknown_code_message
from sphinx.util import logging

logger = logging.getLogger(__name__)


def prerender_page(app, pagename, templatename, context, doctree):
    if "body" not in context:
        return
    # The page's relative way to _static/http-status/ (so the site works from any folder).
    base = context["pathto"](f"_static/{FOLDER_NAME}/", 1)

    def warn(code):
        logger.warning(unknown_code_message(code), location=pagename, type="http_status", subtype="unknown_code")

    context["body"] = prerender(context["body"], base, on_unknown=warn)
