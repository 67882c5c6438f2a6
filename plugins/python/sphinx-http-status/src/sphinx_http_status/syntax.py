"""reST syntax for `<http-status>`: a role for badges and a directive for cards and other views.

Both write the code as given; the element reads it, and pre-rendering (pages.py) looks it up.
"""

from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

from .nodes import HttpStatusBlock, HttpStatusInline


def http_status_role(name, rawtext, text, lineno, inliner, options=None, content=()):
    """`` :http-status:`429` ``: the badge of a code, in running text."""
    node = HttpStatusInline(rawtext, text, attributes=[("code", text), ("view", "badge")])
    return [node], []


class HttpStatusDirective(SphinxDirective):
    """`.. http-status:: 404`: a card. `:view:` picks another view (`explainer`, or `browser`
    without a code), and the element's other attributes are options of the same names."""

    optional_arguments = 1
    option_spec = {
        "view": directives.unchanged_required,
        "query": directives.unchanged,
        "theme": lambda value: directives.choice(value, ("auto", "light", "dark")),
        "link-hash": directives.flag,
        "shortcut": directives.flag,
    }

    def run(self):
        code = self.arguments[0] if self.arguments else None
        if code is None and "view" not in self.options:
            raise self.error("http-status: give a code (`.. http-status:: 404`) or a view (`:view: browser`)")
        attributes = [("code", code)] if code is not None else []
        attributes += [(name, value) for name, value in self.options.items()]
        node = HttpStatusBlock(self.block_text, code or "", attributes=attributes)
        self.set_source_info(node)
        return [node]
