//! Pages rewritten with their badges and cards pre-rendered, and everything else left as written.

use http_status_prerender::{prerender_html, prerender_markdown, record, shadow_root_markup, View};

fn card(code: &str) -> String {
    shadow_root_markup(View::Card, record(code).unwrap(), "/h/")
}

fn badge(code: &str) -> String {
    shadow_root_markup(View::Badge, record(code).unwrap(), "/h/")
}

#[test]
fn a_badge_and_a_card_get_their_shadow_roots_before_the_fallback_text() {
    let page = r#"<p>Slow down: <http-status code="429" view="badge">429</http-status>.</p><http-status code='404'>404 Not Found</http-status>"#;
    let done = prerender_html(page, "/h/");
    assert_eq!(
        done.text,
        format!(
            r#"<p>Slow down: <http-status code="429" view="badge">{}429</http-status>.</p><http-status code='404'>{}404 Not Found</http-status>"#,
            badge("429"),
            card("404")
        )
    );
    assert!(done.unknown_codes.is_empty());
    assert_eq!(done.elements, 2);
}

#[test]
fn running_twice_gives_the_same_page() {
    let page = r#"<http-status code="404"></http-status> and <http-status view=badge code=H12></http-status>"#;
    let once = prerender_html(page, "/h/").text;
    assert_eq!(prerender_html(&once, "/h/").text, once);
    assert!(once.contains(&badge("H12")));
}

#[test]
fn other_views_unknown_codes_and_elements_without_a_code_are_left_as_written() {
    let page = r#"<http-status view="browser"></http-status><http-status code="abc" view="badge"></http-status><http-status></http-status><http-status code="999"></http-status>"#;
    let done = prerender_html(page, "/h/");
    assert_eq!(done.text, page);
    assert_eq!(done.unknown_codes, ["abc", "999"]);
}

#[test]
fn markup_shown_as_text_is_not_touched() {
    let page = "<!-- <http-status code=\"404\"> --><pre><http-status code=\"404\"></pre><code><http-status code=\"404\"></code><script>'<http-status code=\"404\">'</script><http-status-like code=\"404\">";
    assert_eq!(prerender_html(page, "/h/").text, page);
}

#[test]
fn markdown_code_spans_and_fences_are_not_touched() {
    let page = "Use `<http-status code=\"404\">`.\n\n```html\n<http-status code=\"404\"></http-status>\n```\n\n~~~\n<http-status code=\"500\">\n~~~\n\nNow <http-status code=\"404\" view=\"badge\"></http-status>\n";
    let done = prerender_markdown(page, "/h/");
    assert_eq!(done.text.matches("<template shadowrootmode").count(), 1, "{}", done.text);
    assert!(done.text.ends_with(&format!("Now <http-status code=\"404\" view=\"badge\">{}</http-status>\n", badge("404"))));
}

#[test]
fn a_self_closed_element_is_closed_explicitly() {
    let done = prerender_html(r#"<http-status code="404" />after"#, "/h/");
    assert_eq!(done.text, format!(r#"<http-status code="404" >{}</http-status>after"#, card("404")));
}

#[test]
fn a_code_in_an_attribute_with_a_greater_than_sign_does_not_end_the_tag() {
    let done = prerender_html(r#"<http-status title="a > b" code="404">x</http-status>"#, "/h/");
    assert_eq!(done.text, format!(r#"<http-status title="a > b" code="404">{}x</http-status>"#, card("404")));
}

#[test]
fn unterminated_input_is_kept_whole() {
    for page in ["<http-status code=\"404\"", "<pre><http-status code=\"404\">", "```\n<http-status code=\"404\">", "<!-- <http-status"] {
        assert_eq!(prerender_markdown(page, "/h/").text, page);
    }
}
