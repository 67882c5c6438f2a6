"""The Sphinx extension, installed from its wheel: its role and directive, raw HTML, pages in a
sub-folder, warnings, and a builder other than HTML."""

import io
import tempfile
import unittest
from pathlib import Path

from http_status_element import published_files, shadow_root
from sphinx.application import Sphinx

ERRORS = """\
Errors
======

Too fast? The API answers :http-status:`429`.

.. http-status:: 404

.. http-status:: abc

.. raw:: html

   <p>As HTML: <http-status code="500" view="badge">500 Internal Server Error</http-status></p>

.. http-status::
   :view: browser
   :link-hash:
   :query: 5xx
"""


def build(source: Path, builder: str) -> tuple[Path, str]:
    output, warnings = source / "_build" / builder, io.StringIO()
    app = Sphinx(source, source, output, source / "_build/doctrees", builder, status=None, warning=warnings, freshenv=True)
    app.build()
    return output, warnings.getvalue()


class SphinxSite(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = tempfile.TemporaryDirectory()
        source = Path(cls.folder.name)
        (source / "guide").mkdir()
        (source / "conf.py").write_text('extensions = ["sphinx_http_status"]\n')
        (source / "index.rst").write_text("Home\n====\n\nSlow down: :http-status:`429`.\n\n.. toctree::\n\n   guide/errors\n")
        (source / "guide/errors.rst").write_text(ERRORS)
        cls.html, cls.html_warnings = build(source, "html")
        cls.text, _ = build(source, "text")

    @classmethod
    def tearDownClass(cls):
        cls.folder.cleanup()

    def page(self, path):
        return (self.html / path).read_text(encoding="utf-8")

    def test_the_published_files_are_static_files(self):
        for source in published_files():
            self.assertEqual((self.html / "_static/http-status" / source.name).read_bytes(), source.read_bytes(), source.name)

    def test_every_page_loads_the_stylesheet_and_the_module_by_its_own_relative_path(self):
        for path, up in (("index.html", ""), ("guide/errors.html", "../")):
            html = self.page(path)
            self.assertRegex(html, f'<link rel="stylesheet" type="text/css" href="{up}_static/http-status/http-status.css(\\?v=[0-9a-f]+)?" />')
            self.assertRegex(html, f'<script type="module" src="{up}_static/http-status/http-status.js(\\?v=[0-9a-f]+)?"></script>')

    def test_the_role_writes_a_prerendered_badge_and_the_directive_a_card(self):
        base = "../_static/http-status/"
        html = self.page("guide/errors.html")
        self.assertIn(f'<http-status code="429" view="badge">{shadow_root("429", "badge", base)}429</http-status>', html)
        self.assertIn(f'<http-status code="404">{shadow_root("404", "card", base)}404</http-status>', html)
        self.assertIn(shadow_root("429", "badge", "_static/http-status/"), self.page("index.html"))

    def test_elements_written_as_raw_html_are_prerendered_too(self):
        badge = shadow_root("500", "badge", "../_static/http-status/")
        self.assertIn(f'<http-status code="500" view="badge">{badge}500 Internal Server Error</http-status>', self.page("guide/errors.html"))

    def test_other_views_and_unknown_codes_are_written_for_the_browser(self):
        html = self.page("guide/errors.html")
        self.assertIn('<http-status code="abc">abc</http-status>', html)
        self.assertIn('<http-status view="browser" link-hash query="5xx"></http-status>', html)

    def test_an_unknown_code_is_a_warning_naming_the_page(self):
        self.assertRegex(self.html_warnings, r'guide/errors\.rst: WARNING: http-status: code "abc" is not one we know; left for the browser to explain')
        self.assertEqual(self.html_warnings.count("WARNING"), 1, self.html_warnings)

    def test_other_builders_write_the_code_as_text(self):
        text = (self.text / "guide/errors.txt").read_text(encoding="utf-8")
        self.assertIn("Too fast? The API answers 429.", text)
        self.assertRegex(text, r"\n404\n")
        self.assertNotIn("http-status", text)


if __name__ == "__main__":
    unittest.main()
