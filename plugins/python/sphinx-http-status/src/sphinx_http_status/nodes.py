"""The doctree nodes of the role and the directive: an `<http-status>` element with its
attributes, and the code as its fallback text (the element's light DOM).

They are an inline and a paragraph to every builder but HTML, which writes the element: other
builders (text, LaTeX, man) write the code as text.
"""

from docutils import nodes


class HttpStatusInline(nodes.inline):
    """A badge in running text."""


class HttpStatusBlock(nodes.paragraph):
    """A card or another block view."""


def visit_element(translator, node):
    attributes = "".join(f' {name}="{translator.attval(value)}"' if value is not None else f" {name}" for name, value in node["attributes"])
    translator.body.append(f"<http-status{attributes}>")


def depart_element(translator, node):
    translator.body.append("</http-status>")
