//! Component behaviour the element's contract cannot reach, in a real browser: mount the app
//! into a div and assert on the DOM. Reader flows and the contract are the end-to-end suite's
//! (tests/e2e); logic is the native tests'.
#![cfg(target_arch = "wasm32")]

use http_status_views::components::app::{App, AppProps, View};
use http_status_views::reader::set_reader_source;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::{AttrValue, Callback};

wasm_bindgen_test_configure!(run_in_browser);

struct Mounted {
    root: Element,
    app: yew::AppHandle<App>,
}

fn props(code: &str, view: View, query: &str) -> AppProps {
    AppProps {
        code: code.to_string().into(),
        view,
        query: query.to_string().into(),
        response: AttrValue::default(),
        link_hash: false,
        shortcut: false,
        on_open: Callback::noop(),
    }
}

async fn mount(code: &str, view: View, query: &str) -> Mounted {
    mount_with(props(code, view, query)).await
}

/// The response view, its reader answering as the reader's wasm does: the reader's JSON, read
/// back by the view. Returns once the view shows the reader's answer.
async fn mount_response(text: &str) -> Mounted {
    set_reader_source(|text: String| async move { Ok(serde_json::to_string(&http_status_reader::explain(&text, None)).unwrap()) });
    let mounted = mount_with(AppProps { response: text.to_string().into(), ..props("", View::Response, "") }).await;
    for _ in 0..100 {
        if !mounted.exists(".response-loading") {
            return mounted;
        }
        yew::platform::time::sleep(std::time::Duration::ZERO).await;
        yew::scheduler::flush().await;
    }
    panic!("the reader's answer never showed");
}

async fn mount_with(props: AppProps) -> Mounted {
    // What the element glue fetches on a page: the explainer's prose.
    http_status_data::load_prose(http_status_data::PROSE_TEXT.to_string()).expect("the build's prose file loads");
    let document = gloo::utils::document();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    let root = document.create_element("div").unwrap();
    host.append_child(&root).unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let app = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    Mounted { root, app }
}

impl Mounted {
    fn text(&self, selector: &str) -> String {
        self.root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).text_content().unwrap_or_default()
    }

    fn all_text(&self, selector: &str) -> Vec<String> {
        let nodes = self.root.query_selector_all(selector).unwrap();
        (0..nodes.length()).map(|index| nodes.item(index).unwrap().text_content().unwrap_or_default()).collect()
    }

    fn element(&self, selector: &str) -> HtmlElement {
        self.root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).unchecked_into()
    }

    fn all_attributes(&self, selector: &str, name: &str) -> Vec<String> {
        let nodes = self.root.query_selector_all(selector).unwrap();
        (0..nodes.length()).map(|index| nodes.item(index).unwrap().unchecked_into::<Element>().get_attribute(name).unwrap_or_default()).collect()
    }

    fn exists(&self, selector: &str) -> bool {
        self.root.query_selector(selector).unwrap().is_some()
    }

    async fn click(&self, selector: &str) {
        self.element(selector).click();
        yew::scheduler::flush().await;
    }

    async fn type_query(&self, text: &str) {
        let input: HtmlInputElement = self.element("input[type=search]").unchecked_into();
        input.set_value(text);
        input.dispatch_event(&web_sys::InputEvent::new("input").unwrap()).unwrap();
        yew::scheduler::flush().await;
    }

    fn first_card_code(&self) -> String {
        self.text(".results .card .code")
    }
}

#[wasm_bindgen_test]
async fn result_cards_come_back_as_the_same_nodes_with_the_current_state() {
    let browser = mount("", View::Default, "").await;
    browser.type_query("404").await;
    let card = browser.element(".results .card[data-id='404']");
    assert_eq!(card.get_attribute("tabindex").as_deref(), Some("0"), "the first result is the Tab stop");
    browser.type_query("500").await;
    assert!(!browser.exists(".results .card[data-id='404']"));
    browser.type_query("404").await;
    let again = browser.element(".results .card[data-id='404']");
    assert!(card.is_same_node(Some(&again)), "the card is reused, not rebuilt");
    assert_eq!(again.get_attribute("aria-current"), None);
    browser.click(".results .card[data-id='404']").await;
    assert!(again.class_name().split(' ').any(|class| class == "selected"), "{}", again.class_name());
    assert_eq!(again.get_attribute("aria-current").as_deref(), Some("true"));
    assert!(again.class_name().contains("4xx"));
}

#[wasm_bindgen_test]
async fn browser_filters_as_you_type() {
    let browser = mount("", View::Default, "").await;
    let everything = http_status_data::entries().len();
    assert_eq!(browser.text(".count"), format!("{everything} codes"), "an empty query finds every entry");
    assert_eq!(browser.all_text(".results .card").len(), 12, "the first results render at once");
    browser.click("button.show-all").await;
    assert_eq!(browser.all_text(".results .card").len(), everything, "Show all renders the rest");

    browser.type_query("rate limit").await;
    assert_eq!(browser.first_card_code(), "429");

    browser.type_query("forbiden").await;
    assert_eq!(browser.first_card_code(), "403");

    browser.type_query("zzzzqqq").await;
    assert_eq!(browser.text(".count"), "No matching codes");
}

#[wasm_bindgen_test]
async fn browser_class_and_registry_filters() {
    let browser = mount("", View::Browser, "").await;
    browser.click(".filters .chip.\\35 xx").await;
    let codes = browser.all_text(".results .card .code");
    assert!(!codes.is_empty() && codes.iter().all(|code| code.starts_with('5')), "{codes:?}");
    browser.click(".filters .chip.registry:last-child").await;
    let vendor_tags = browser.all_text(".results .card .vendor-tag");
    assert_eq!(vendor_tags.len(), browser.all_text(".results .card").len(), "only unofficial codes remain");
}

#[wasm_bindgen_test]
async fn a_new_code_replaces_a_followed_one() {
    let mut explainer = mount("401", View::Explainer, "").await;
    explainer.click(".related button[aria-label^='Show 403']").await;
    assert!(explainer.text(".explainer .title").contains("403"));
    for code in ["500", "401"] {
        explainer.app.update(props(code, View::Explainer, ""));
        yew::scheduler::flush().await;
        assert!(explainer.text(".explainer .title").contains(code), "the explainer shows {code}");
    }
}

/// The small wasm draws cards from `card_markup` and the full wasm's Yew card takes them over when
/// a reader clicks Explain: the two must be the same markup, or the card would jump.
#[wasm_bindgen_test]
async fn the_yew_card_renders_the_markup_the_small_wasm_draws() {
    for code in ["429", "499", "500.19", "h12-heroku", "104", "0"] {
        let card = mount(code, View::Card, "").await;
        let entry = http_status_data::resolve(code).expect("a known code");
        assert_eq!(card.root.inner_html(), http_status_markup::card::card_markup(entry), "{code}");
        card.app.destroy();
    }
    for code in ["999", "abc", "<b>"] {
        let problem = mount(code, View::Card, "").await;
        let unresolved = http_status_data::resolve(code).expect_err("not a code");
        assert_eq!(problem.root.inner_html(), http_status_markup::problem::problem_markup(&unresolved), "{code}");
        problem.app.destroy();
    }
}

/// A response that raises a dozen flags (bad framing, cookies, caching and security headers): what
/// a reader sees first stays short, errors then warnings under a heading per field, the advice folded.
#[wasm_bindgen_test]
async fn the_response_view_shows_errors_then_warnings_by_field_and_folds_the_advice() {
    let response = mount_response(concat!(
        "HTTP/1.1 200 OK\n",
        "Date: Tue, 24 Nov 2026 09:30:00 GMT\n",
        "Content-Type: text/html\n",
        "X-Powered-By PHP/8.2\n",
        "Content-Length: 12\n",
        "Content-Length: 14\n",
        "Cache-Control: public, no-store, max-age=abc\n",
        "Set-Cookie: session=abc123; Path=/; SameSite=None\n",
        "Set-Cookie: theme=dark; Max-Age=abc\n",
        "Strict-Transport-Security: max-age=600; includeSubDomains; preload\n",
        "X-Frame-Options: ALLOWALL\n",
        "Access-Control-Allow-Origin: *\n",
        "Access-Control-Allow-Credentials: true\n",
        "Vary: *\n",
        "X-Note: one\n",
        "  two\n",
        "\n",
        "<html></html>",
    ))
    .await;
    assert_eq!(response.text(".chain-verdict"), "8 things to fix", "errors and warnings count, advice does not");
    assert_eq!(response.all_attributes(".flags > .flag-severity", "class"), ["flag-severity error", "flag-severity warning", "flag-severity advice"]);
    assert_eq!(response.all_text(".flag-severity-title"), ["3 errors", "5 warnings", "3 pieces of advice"]);
    let fields = |severity: &str| response.all_text(&format!(".flag-severity.{severity} .flag-field"));
    let flags = |severity: &str| response.all_attributes(&format!(".flag-severity.{severity} .flag"), "data-flag");
    assert_eq!(
        fields("error"),
        ["The response as a whole", "Content-Length", "Set-Cookie"],
        "a heading per field, in the order the response sends them, after the response as a whole"
    );
    assert_eq!(flags("error"), ["malformed-field-line", "content-length-conflict", "set-cookie-samesite-none-insecure"]);
    assert_eq!(fields("warning"), ["Cache-Control", "Set-Cookie", "X-Frame-Options", "Access-Control-Allow-Origin", "X-Note"]);
    assert_eq!(
        flags("warning"),
        ["cache-control-malformed", "set-cookie-attribute-malformed", "x-frame-options-invalid", "cors-wildcard-with-credentials", "obsolete-line-folding"]
    );
    assert_eq!(fields("advice"), ["Cache-Control", "Strict-Transport-Security", "Vary"]);
    assert_eq!(flags("advice"), ["cache-control-conflict", "hsts-preload-unsuitable", "vary-asterisk"]);
    // Each flag keeps its title, why and fix.
    let first = response.element(".flag[data-flag='content-length-conflict']");
    let paragraphs = first.query_selector_all("p").unwrap();
    assert_eq!(paragraphs.length(), 3);
    assert_eq!(response.text(".flag[data-flag='content-length-conflict'] .flag-title"), "Content-Length given twice: 12 and 14");
    assert!(paragraphs.item(2).unwrap().text_content().unwrap().starts_with("Fix: "));
    // The advice is a real fold, closed until the reader opens it.
    let fold = response.element("details.flag-severity.advice");
    assert!(!fold.has_attribute("open"));
    response.click("details.flag-severity.advice > summary").await;
    assert!(fold.has_attribute("open"), "the summary opens it");
}

/// Until the reader's wasm answers, the view keeps the text and says the reader is loading; if it
/// cannot be loaded, the view says so in the same place.
#[wasm_bindgen_test]
async fn the_response_view_says_the_reader_is_loading_then_why_it_could_not_be() {
    set_reader_source(|_text: String| std::future::pending::<Result<String, String>>());
    let waiting = mount_with(AppProps { response: "HTTP/1.1 404 Not Found".into(), ..props("", View::Response, "") }).await;
    assert_eq!(waiting.text(".response-loading"), "Loading the response reader\u{2026}");
    assert_eq!(waiting.element("textarea").unchecked_into::<web_sys::HtmlTextAreaElement>().value(), "HTTP/1.1 404 Not Found");
    waiting.app.destroy();

    set_reader_source(|_text: String| async { Err("the file answered 404".to_string()) });
    let failed = mount_with(AppProps { response: "HTTP/1.1 404 Not Found".into(), ..props("", View::Response, "") }).await;
    yew::platform::time::sleep(std::time::Duration::ZERO).await;
    yew::scheduler::flush().await;
    assert!(!failed.exists(".response-loading"));
    assert_eq!(failed.text(".response-problem"), "The response reader could not be loaded: the file answered 404");
    failed.app.destroy();
}
