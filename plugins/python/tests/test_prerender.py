"""The pre-rendering rules of prerender-spec.md, on a small table written here (the real table's
entries are checked by test_table.py and by the sites built with it)."""

import unittest

from http_status_element import Table, prerender, requested_view, shadow_root

TABLE = Table(
    version="abc123",
    stylesheet="http-status-shadow.css",
    spellings={"404": "404", "429": "429", "h12": "h12", "499": "499-nginx", "499-esri": "499-esri"},
    views={
        "badge": {name: f'<div class="root" data-prerendered="abc123 badge {name}">B{name}</div>' for name in ("404", "429", "h12", "499-nginx", "499-esri")},
        "card": {name: f'<div class="root" data-prerendered="abc123 card {name}">C{name}</div>' for name in ("404", "429", "h12", "499-nginx", "499-esri")},
    },
)
BASE = "../http-status/"


def template(view, record, base=BASE):
    return f'<template shadowrootmode="open"><link rel="stylesheet" href="{base}http-status-shadow.css">{TABLE.views[view][record]}</template>'


def run(html, base=BASE):
    unknown = []
    return prerender(html, base, on_unknown=unknown.append, table=TABLE), unknown


class WhichView(unittest.TestCase):
    def test_a_code_without_a_view_is_a_card(self):
        self.assertEqual(requested_view({"code": "404"}), "card")
        self.assertEqual(requested_view({"code": "404", "view": " "}), "card")
        self.assertEqual(requested_view({"view": "browser"}), "browser")

    def test_the_view_is_trimmed_and_lower_cased(self):
        self.assertEqual(requested_view({"code": "404", "view": " Badge "}), "badge")

    def test_an_element_without_a_code_is_left_to_the_browser_without_a_warning(self):
        html = '<http-status></http-status><http-status view="badge" code=" "></http-status>'
        self.assertEqual(run(html), (html, []))


class Prerender(unittest.TestCase):
    def test_the_template_is_the_first_child_and_the_fallback_follows_unchanged(self):
        html = '<p>The API answers <http-status code="429" view="badge">429 Too Many Requests</http-status>.</p>'
        written, unknown = run(html)
        self.assertEqual(written, f'<p>The API answers <http-status code="429" view="badge">{template("badge", "429")}429 Too Many Requests</http-status>.</p>')
        self.assertEqual(unknown, [])

    def test_the_authors_attributes_are_kept_byte_for_byte(self):
        start = "<HTTP-STATUS Code=' 404 ' class=\"wide\" data-x='a>b' link-hash>"
        written, _ = run(f"{start}404</HTTP-STATUS>")
        self.assertEqual(written, f"{start}{template('card', '404')}404</HTTP-STATUS>")

    def test_codes_are_trimmed_and_found_in_any_case(self):
        self.assertEqual(run('<http-status code=" H12 " view=badge></http-status>')[0], f'<http-status code=" H12 " view=badge>{template("badge", "h12")}</http-status>')

    def test_a_vendor_entry_is_found_by_its_number_or_its_id(self):
        self.assertIn("C499-nginx", run('<http-status code="499"></http-status>')[0])
        self.assertIn("C499-esri", run('<http-status code="499-esri"></http-status>')[0])

    def test_an_unknown_code_is_left_unchanged_and_reported(self):
        html = '<http-status code=" abc ">abc</http-status><http-status view="badge" code="H99"></http-status>'
        self.assertEqual(run(html), (html, ["abc", "H99"]))

    def test_views_other_than_badge_and_card_are_left_unchanged(self):
        html = '<http-status code="404" view="explainer"></http-status><http-status view="browser" link-hash></http-status>'
        self.assertEqual(run(html), (html, []))

    def test_a_shadow_root_already_written_is_replaced_so_twice_is_once(self):
        once, _ = run('<http-status code="404">\n 404</http-status>')
        self.assertEqual(run(once), (once, []))
        stale = '<http-status code="404">\n <template shadowrootmode="open"><div><template></template>old</div></template> 404</http-status>'
        self.assertEqual(run(stale), (once.replace("\n 404", " 404"), []))

    def test_a_self_closing_tag_is_closed_after_its_root(self):
        written, _ = run('<http-status code="404" /><p>After</p>')
        self.assertEqual(written, f'<http-status code="404" >{template("card", "404")}</http-status><p>After</p>')

    def test_tags_in_comments_scripts_and_escaped_text_are_not_elements(self):
        html = '<!-- <http-status code="404"> --><script>"<http-status code=404>"</script><code>&lt;http-status code="404"&gt;</code>'
        self.assertEqual(run(html), (html, []))

    def test_every_element_of_a_page_on_any_line(self):
        html = 'é\n<http-status code="404"></http-status>\n\n  <p><http-status code="429" view="badge"></http-status></p>'
        written, _ = run(html)
        self.assertEqual(written, f'é\n<http-status code="404">{template("card", "404")}</http-status>\n\n  <p><http-status code="429" view="badge">{template("badge", "429")}</http-status></p>')

    def test_the_base_is_attribute_escaped(self):
        self.assertIn('href="/a&quot;b&amp;c&lt;&gt;\'/http-status-shadow.css"', shadow_root("404", "card", '/a"b&c<>\'/', TABLE))


if __name__ == "__main__":
    unittest.main()
