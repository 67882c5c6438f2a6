"""Pre-rendering: each `<http-status>` badge or card in an HTML text gets its shadow root written
in, as a Declarative Shadow DOM template, so it is painted before any script runs (and without
one). The element adopts that root when it upgrades.

The markup comes from the table (table.py); this module only decides which entry an element
asks for and where the template goes: the first child, before whatever fallback text the
author wrote, with the author's attributes left as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from html.parser import HTMLParser

from .table import Table, packaged_table

TAG = "http-status"
PRERENDERED_VIEWS = ("badge", "card")


def unknown_code_message(code: str) -> str:
    """What a build says about a code the table does not know (the element explains it in the page)."""
    return f'http-status: code "{code}" is not one we know; left for the browser to explain'


def requested_view(attributes: dict[str, str | None]) -> str:
    """The view an element shows, as the element reads its attributes ("" for the browser)."""
    view = (attributes.get("view") or "").strip().lower()
    if not view and attributes.get("code") is not None:
        return "card"
    return view


def shadow_root(code: str, view: str, base: str, table: Table | None = None) -> str | None:
    """The `<template shadowrootmode>` of a badge or card, or None when there is nothing to
    pre-render (another view, or a code the table does not know). `base` is the URL folder the
    site serves the published files from, ending with "/"."""
    table = table or packaged_table()
    record = table.record(code)
    markup = table.markup(view, record) if view in PRERENDERED_VIEWS and record is not None else None
    if markup is None:
        return None
    stylesheet = escape(base + table.stylesheet, quote=True)
    return f'<template shadowrootmode="open"><link rel="stylesheet" href="{stylesheet}">{markup}</template>'


def prerender(
    html: str,
    base: str,
    on_unknown: Callable[[str], None] = lambda code: None,
    table: Table | None = None,
) -> str:
    """`html` with a shadow root written into every `<http-status>` badge and card that has none
    yet. Other views are left as they are; an unknown code is left for the browser and reported
    to `on_unknown` (with the code as written, trimmed)."""
    table = table or packaged_table()
    insertions = []
    for element in _find_elements(html):
        view = requested_view(element.attributes)
        if element.has_shadow_root or view not in PRERENDERED_VIEWS:
            continue
        code = (element.attributes.get("code") or "").strip()
        template = shadow_root(code, view, base, table)
        if template is None:
            on_unknown(code)
        else:
            insertions.append((element.start_tag_end, template))
    pieces, written = [], 0
    for offset, template in insertions:
        pieces += [html[written:offset], template]
        written = offset
    return "".join(pieces) + html[written:]


class _Element:
    def __init__(self, attributes: dict[str, str | None], start_tag_end: int):
        self.attributes = attributes
        self.start_tag_end = start_tag_end
        self.has_shadow_root = False


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
        self.elements: list[_Element] = []
        self._line_starts = [0]
        self._line_starts += [index + 1 for index, character in enumerate(html) if character == "\n"]
        # The element just opened, while nothing but white space has followed it.
        self._just_opened: _Element | None = None

    def handle_starttag(self, tag, attrs):
        opened, self._just_opened = self._just_opened, None
        if tag == "template" and opened is not None and any(name == "shadowrootmode" for name, _ in attrs):
            opened.has_shadow_root = True
        if tag == TAG:
            line, column = self.getpos()
            start = self._line_starts[line - 1] + column
            element = _Element(dict(attrs), start + len(self.get_starttag_text()))
            self.elements.append(element)
            self._just_opened = element

    def handle_data(self, data):
        if data.strip():
            self._just_opened = None

    def handle_endtag(self, tag):
        self._just_opened = None

    def handle_comment(self, data):
        self._just_opened = None
