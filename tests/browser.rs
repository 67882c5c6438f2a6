//! Component behaviour in a real browser: mount the app into a div and assert on the DOM.
#![cfg(target_arch = "wasm32")]

use http_status::components::app::{App, AppProps, View};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

struct Mounted {
    root: Element,
    app: yew::AppHandle<App>,
}

async fn mount(code: &str, view: View, query: &str) -> Mounted {
    let document = gloo::utils::document();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    let root = document.create_element("div").unwrap();
    host.append_child(&root).unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let props = AppProps { host: Some(host), code: code.to_string().into(), view, query: query.to_string().into(), link_hash: false, shortcut: false };
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

    async fn press(&self, target: &HtmlElement, key: &str) {
        let init = KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        init.set_cancelable(true);
        target.dispatch_event(&KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap()).unwrap();
        yew::scheduler::flush().await;
    }

    fn first_card_code(&self) -> String {
        self.text(".results .card .code")
    }
}

fn focused_data_id() -> Option<String> {
    gloo::utils::document().active_element().and_then(|element| element.get_attribute("data-id"))
}

#[wasm_bindgen_test]
async fn card_shows_the_code_phrase_and_summary() {
    let card = mount("404", View::Default, "").await;
    assert_eq!(card.text(".card .code"), "404");
    assert_eq!(card.text(".card .phrase"), "Not Found");
    assert!(!card.text(".card .summary").is_empty());
    assert!(!card.exists(".explainer"));
    card.click("button.toggle").await;
    assert!(card.exists(".explainer"), "Explain expands the explainer in place");
    assert_eq!(card.element("button.toggle").get_attribute("aria-expanded").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn badge_is_an_inline_pill_with_a_summary_popover() {
    let badge = mount("429", View::Badge, "").await;
    assert_eq!(badge.text(".badge"), "429 Too Many Requests");
    assert!(badge.text("#badge-summary").contains("requests"));
    assert_eq!(badge.element(".badge").get_attribute("aria-describedby").as_deref(), Some("badge-summary"));
}

#[wasm_bindgen_test]
async fn bad_codes_render_a_friendly_message_as_text() {
    let invalid = mount("999", View::Card, "").await;
    assert_eq!(invalid.text(".problem p:last-child"), "999 is not an HTTP status code: status codes are three digits from 100 to 599.");
    let hostile = mount("<img src=x onerror=alert(1)>", View::Card, "").await;
    assert!(!hostile.exists("img"), "markup in the attribute stays text");
    assert!(hostile.text(".problem").contains("<img"));
    let unassigned = mount("299", View::Explainer, "").await;
    assert!(unassigned.text(".problem").contains("299: not a registered status code"));
    assert!(unassigned.text(".problem").contains("success"));
}

#[wasm_bindgen_test]
async fn explainer_follows_related_codes() {
    let explainer = mount("401", View::Explainer, "").await;
    assert!(explainer.text(".explainer .title").contains("401"));
    assert!(explainer.exists("table.comparison"), "401 is compared with 403 and 404");
    explainer.click(".related button[aria-label^='Show 403']").await;
    assert!(explainer.text(".explainer .title").contains("403"));
    let link = explainer.element(".facts a");
    assert_eq!(link.get_attribute("target").as_deref(), Some("_blank"));
    assert!(link.get_attribute("rel").unwrap_or_default().contains("noopener"));
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
    let everything = http_status::db::entries().len();
    assert_eq!(browser.text(".count"), format!("{everything} codes"), "an empty query finds every entry");
    assert_eq!(browser.all_text(".results .card").len(), 12, "the first results render at once");
    browser.click("button.show-all").await;
    assert_eq!(browser.all_text(".results .card").len(), everything, "Show all renders the rest");

    browser.type_query("rate limit").await;
    assert_eq!(browser.first_card_code(), "429");

    browser.type_query("forbiden").await;
    assert_eq!(browser.first_card_code(), "403");

    browser.type_query("zzzzqqq").await;
    assert!(browser.exists(".empty"));
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
async fn browser_initial_query_and_keyboard_flow() {
    let browser = mount("", View::Browser, "cloudflare").await;
    assert_eq!(browser.element("input[type=search]").unchecked_into::<HtmlInputElement>().value(), "cloudflare");
    assert!(browser.all_text(".results .card .vendor-tag").iter().all(|vendor| vendor == "Cloudflare"));

    let input = browser.element("input[type=search]");
    browser.press(&input, "ArrowDown").await;
    let first = focused_data_id().expect("ArrowDown from the search box focuses the first card");
    let results = browser.element(".results");
    browser.press(&results, "ArrowRight").await;
    let second = focused_data_id().unwrap();
    assert_ne!(first, second, "ArrowRight moves to the next card");

    browser.click(&format!("[data-id='{second}']")).await;
    assert!(browser.exists(".panel .explainer"), "Enter or click opens the explainer");
    browser.press(&browser.element(".panel"), "Escape").await;
    assert!(!browser.exists(".panel"), "Escape closes it");
    assert_eq!(focused_data_id(), Some(second), "focus returns to the card");
}

#[wasm_bindgen_test]
async fn a_new_code_replaces_a_followed_one() {
    let mut explainer = mount("401", View::Explainer, "").await;
    explainer.click(".related button[aria-label^='Show 403']").await;
    assert!(explainer.text(".explainer .title").contains("403"));
    for code in ["500", "401"] {
        let host = explainer.root.parent_element().unwrap().unchecked_into();
        let props = AppProps { host: Some(host), code: code.to_string().into(), view: View::Explainer, query: "".into(), link_hash: false, shortcut: false };
        explainer.app.update(props);
        yew::scheduler::flush().await;
        assert!(explainer.text(".explainer .title").contains(code), "the explainer shows {code}");
    }
}
