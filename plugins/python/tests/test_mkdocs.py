"""The MkDocs plugin, installed from its wheel, building a small site of two folders' depth."""

import logging
import tempfile
import unittest
from pathlib import Path

from http_status_element import published_files, shadow_root
from mkdocs.commands.build import build
from mkdocs.config import load_config

PAGE = """\
# Errors

Too fast? The API answers <http-status code="429" view="badge">429 Too Many Requests</http-status>.

<http-status code="404">404 Not Found</http-status>

<http-status code="abc">abc</http-status>

Written as code, it stays code: `<http-status code="500">`.

<http-status view="browser"></http-status>
"""


def build_site(root: Path, plugin: str) -> list[str]:
    """Builds the site in `root` with `plugin` configured; the plugin's warnings."""
    (root / "mkdocs.yml").write_text(f"site_name: Test\nplugins:\n  - {plugin}\n")
    warnings = _Warnings()
    logger = logging.getLogger("mkdocs.plugins.mkdocs_http_status")
    logger.addHandler(warnings)
    try:
        build(load_config(config_file=str(root / "mkdocs.yml"), site_dir=str(root / "site")))
    finally:
        logger.removeHandler(warnings)
    return warnings.messages


class _Warnings(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())


class MkDocsSite(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = tempfile.TemporaryDirectory()
        root = Path(cls.folder.name)
        (root / "docs/guide").mkdir(parents=True)
        (root / "docs/index.md").write_text('# Home\n\nThe API answers <http-status code="503" view="badge">503</http-status>.\n')
        (root / "docs/guide/errors.md").write_text(PAGE)
        cls.warnings = build_site(root, "http-status")
        cls.site = root / "site"

    @classmethod
    def tearDownClass(cls):
        cls.folder.cleanup()

    def page(self, path):
        return (self.site / path).read_text(encoding="utf-8")

    def test_the_published_files_are_copied_into_the_site_as_they_are(self):
        for source in published_files():
            self.assertEqual((self.site / "http-status" / source.name).read_bytes(), source.read_bytes(), source.name)

    def test_every_page_loads_the_stylesheet_and_the_module_by_its_own_relative_path(self):
        for path, up in (("index.html", ""), ("guide/errors/index.html", "../../")):
            html = self.page(path)
            self.assertIn(f'<link href="{up}http-status/http-status.css" rel="stylesheet">', html)
            self.assertIn(f'<script src="{up}http-status/http-status.js" type="module">', html)

    def test_badges_and_cards_are_prerendered_with_the_pages_way_to_the_files(self):
        html = self.page("guide/errors/index.html")
        badge = shadow_root("429", "badge", "../../http-status/")
        card = shadow_root("404", "card", "../../http-status/")
        self.assertIn(f'<http-status code="429" view="badge">{badge}429 Too Many Requests</http-status>', html)
        self.assertIn(f'<http-status code="404">{card}404 Not Found</http-status>', html)
        self.assertIn(shadow_root("503", "badge", "http-status/"), self.page("index.html"))

    def test_other_views_unknown_codes_and_code_spans_are_left_alone(self):
        html = self.page("guide/errors/index.html")
        self.assertIn('<http-status view="browser"></http-status>', html)
        self.assertIn('<http-status code="abc">abc</http-status>', html)
        self.assertIn('<code>&lt;http-status code="500"&gt;</code>', html)
        self.assertEqual(html.count("<template shadowrootmode"), 2)

    def test_an_unknown_code_is_a_warning_naming_the_page(self):
        self.assertEqual(self.warnings, ['mkdocs_http_status: guide/errors.md: http-status: code "abc" is not one we know; left for the browser to explain'])



class AnotherFolder(unittest.TestCase):
    def test_the_folder_option_names_where_the_files_are_served_from(self):
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            (root / "docs").mkdir()
            (root / "docs/index.md").write_text('<http-status code="404"></http-status>\n')
            build_site(root, "http-status:\n      folder: /assets/status/")
            html = (root / "site/index.html").read_text(encoding="utf-8")
            self.assertTrue((root / "site/assets/status/http-status.js").is_file())
            self.assertIn('<script src="assets/status/http-status.js" type="module">', html)
            self.assertIn(shadow_root("404", "card", "assets/status/"), html)


if __name__ == "__main__":
    unittest.main()
