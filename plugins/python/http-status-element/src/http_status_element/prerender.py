"""Pre-rendering: each `<http-status>` badge or card in an HTML text gets its shadow root written
in, as a Declarative Shadow DOM template, so it is painted before any script runs (and without
one). The element adopts that root when it upgrades.

The markup comes from the table (table.py); this module only decides which entry an element
asks for and where the template goes: the first child, before whatever fallback text the
author wrote, with the author's attributes left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser

from .table import Table, packaged_table

TAG = "http-status"
PRERENDERED_VIEWS = ("badge", "card")


def unknown_code_message(code: str) -> str:
    """What a build says about a code the table does not know (the element explains it in the page)."""
    return f'http-status: code "{code}" is not one we know; left for the browser to explain'


def requested_view(attributes: dict[str, str | None]) -> str:
    """The view an element with a code asks for, as the element reads its `view` (absent or empty: a card)."""
    return (attributes.get("view") or "").strip().lower() or "card"


def shadow_root(code: str, view: str, base: str, table: Table | None = None) -> str | None:
    """The `<template shadowrootmode>` of a badge or card, or None when there is nothing to
    pre-render (another view, or a code the table does not know). `base` is the URL folder the
    site serves the published files from, ending with "/"."""
    table = table or packaged_table()
    record = table.record(code)
    markup = table.markup(view, record) if view in PRERENDERED_VIEWS and record is not None else None
    if markup is None:
        return None
    return f'<template shadowrootmode="open"><link rel="stylesheet" href="{_escape(base)}{table.stylesheet}">{markup}</template>'


def prerender(
    html: str,
    base: str,
    on_unknown: Callable[[str], None] = lambda code: None,
    table: Table | None = None,
) -> str:
    """`html` with the shadow root of every `<http-status>` badge and card written in as its first
    child (one already there is replaced, so running twice gives the same text). Other views and
    elements without a code are left as they are; an unknown code is left for the browser and
    reported to `on_unknown`, trimmed."""
    table = table or packaged_table()
    pieces, written = [], 0
    for element in _find_elements(html):
        view = requested_view(element.attributes)
        code = (element.attributes.get("code") or "").strip()
        if view not in PRERENDERED_VIEWS or not code:
            continue
        template = shadow_root(code, view, base, table)
        if template is None:
            on_unknown(code)
            continue
        # A self-closing tag does not close an element in HTML: the element is closed after its root.
        start_tag = element.start_tag[:-2] + ">" if element.self_closing else element.start_tag
        closing = "</http-status>" if element.self_closing else ""
        pieces += [html[written : element.start], start_tag, template, closing]
        written = element.end
    return "".join(pieces) + html[written:]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")


class _Element:
    def __init__(self, attributes: dict[str, str | None], start: int, start_tag: str, self_closing: bool):
        self.attributes = attributes
        self.start = start
        self.start_tag = start_tag
        self.self_closing = self_closing
        # Where what is replaced ends: the start tag, or a shadow root written right after it.
        self.end = start + len(start_tag)


def _find_elements(html: str) -> list[_Element]:
    """The `<http-status>` start tags of a page, found by a real HTML tokenizer so that tags in
    comments, scripts and attribute values are not mistaken for elements."""
    finder = _ElementFinder(html)
    finder.feed(html)
    finder.close()
    return finder.elements


class _ElementFinder(HTMLParser):
    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.html = html
        self.elements: list[_Element] = []
        self._line_starts = [0] + [match.end() for match in re.finditer("\n", html)]
        # The element just opened, while nothing but white space has followed it.
        self._just_opened: _Element | None = None
        # Inside the shadow root of that element: how deep in <template> tags.
        self._shadow_root_of: _Element | None = None
        self._template_depth = 0

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def handle_starttag(self, tag, attrs):
        self._start(tag, attrs, self_closing=False)

    def handle_startendtag(self, tag, attrs):
        self._start(tag, attrs, self_closing=True)

    def _start(self, tag, attrs, self_closing):
        opened, self._just_opened = self._just_opened, None
        if self._shadow_root_of is not None:
            self._template_depth += tag == "template"
        elif tag == "template" and opened is not None and any(name == "shadowrootmode" for name, _ in attrs):
            self._shadow_root_of, self._template_depth = opened, 1
        elif tag == TAG:
            element = _Element(dict(attrs), self._offset(), self.get_starttag_text(), self_closing)
            self.elements.append(element)
            self._just_opened = None if self_closing else element

    def handle_endtag(self, tag):
        self._just_opened = None
        if self._shadow_root_of is not None and tag == "template":
            self._template_depth -= 1
            if self._template_depth == 0:
                self._shadow_root_of.end = self.html.index(">", self._offset()) + 1
                self._shadow_root_of = None

    def handle_data(self, data):
        if data.strip():
            self._just_opened = None

    def handle_comment(self, data):
        self._just_opened = None
