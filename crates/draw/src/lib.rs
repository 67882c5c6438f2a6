//! Badges and cards of `<http-status>` drawn as markup, and the element defined (through
//! `element.js`, which owns the DOM lifecycle) with the stylesheet every shadow root adopts. A
//! page may hold hundreds of badges, so each is a clone of the first one drawn for its entry, and
//! no Yew app is started for any of them. A card is the collapsed card the full wasm's Yew card
//! renders too; **Explain** hands the host to it. A root pre-rendered into the page by this build
//! (crates/prerender) is adopted as it is, not drawn again.
//!
//! Both wasm files link it: the small one (`http-status-element`) draws with this alone, and the
//! full one (`http-status-app`) defines the element with it when a page needs the views from the
//! start, so such a page loads one wasm. Must not depend on Yew, the views, search, the guide or
//! the reader (`tools/crate-arrows.sh` checks it).

#![cfg(target_arch = "wasm32")]

use http_status_data::{self as db, Entry, Unresolved};
use http_status_markup::badge::badge_markup;
use http_status_markup::problem::{problem_markup, warning};
use http_status_prerender::{stamp, View, STYLESHEET};
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};

#[wasm_bindgen(raw_module = "./element.js")]
extern "C" {
    /// Defines the element with the stylesheet and what draws badges and cards; false when
    /// another copy of the bundle (or another script) already did.
    #[wasm_bindgen(js_name = defineElement)]
    fn define_element(css: &str, draw: &Closure<dyn Fn(HtmlElement) -> JsValue>) -> bool;
}

/// What a host shows: element.js brings only badges and cards here.
fn view_of(host: &HtmlElement) -> View {
    View::of_attribute(host.get_attribute("view").as_deref()).unwrap_or(View::Card)
}

fn markup(view: View, resolved: &Result<&'static Entry, Unresolved>) -> String {
    match (view, resolved) {
        (View::Badge, _) => badge_markup(resolved),
        (View::Card, Ok(entry)) => view.markup(entry),
        (View::Card, Err(unresolved)) => problem_markup(unresolved),
    }
}

thread_local! {
    /// The first drawing of each entry in each view, cloned for every later one: cloning nodes
    /// is cheaper than building and parsing the markup again.
    static DRAWN: RefCell<HashMap<(View, &'static str), Element>> = RefCell::new(HashMap::new());
}

/// The root of a drawing of `code` in `view`, warning the page's author about a bad code.
fn draw(view: View, code: &str) -> Element {
    let resolved = db::resolve(code);
    let entry = match &resolved {
        Ok(entry) => entry,
        Err(unresolved) => {
            if let Some(warning) = warning(code, unresolved) {
                web_sys::console::warn_1(&warning.into());
            }
            return markup_root(&markup(view, &resolved));
        }
    };
    let original = DRAWN.with(|drawn| drawn.borrow_mut().entry((view, entry.id)).or_insert_with(|| markup_root(&markup(view, &resolved))).clone());
    original.clone_node_with_deep(true).expect_throw("an element clones").unchecked_into()
}

fn markup_root(markup: &str) -> Element {
    let document = web_sys::window().and_then(|window| window.document()).expect_throw("a document");
    let root = document.create_element("div").expect_throw("a div");
    root.set_class_name("root");
    root.set_inner_html(markup);
    root
}

/// One host's badge or card, from connect to disconnect.
#[wasm_bindgen]
pub struct DrawnElement {
    host: HtmlElement,
    view: View,
    code: String,
    root: Element,
}

#[wasm_bindgen]
impl DrawnElement {
    /// The `<div>` to place in the element's shadow root.
    pub fn root(&self) -> Element {
        self.root.clone()
    }

    /// Re-reads the host's attributes: the same view and code stays, anything else is drawn
    /// anew in its place.
    pub fn update(&mut self) {
        let (view, code) = requested(&self.host);
        if view == self.view && code == self.code {
            return;
        }
        let next = drawn(self.host.clone());
        let _ = self.root.replace_with_with_node_1(&next.root);
        *self = next;
    }

    /// Nothing to free: the drawing is plain nodes.
    pub fn release(self) {}
}

/// The view and code the host's attributes ask for.
fn requested(host: &HtmlElement) -> (View, String) {
    (view_of(host), host.get_attribute("code").unwrap_or_default())
}

fn drawn(host: HtmlElement) -> DrawnElement {
    let (view, code) = requested(&host);
    let root = prerendered(&host, view, &code).unwrap_or_else(|| draw(view, &code));
    DrawnElement { host, view, code, root }
}

/// The root pre-rendered in the host's shadow root, if this build wrote it for this view and record.
fn prerendered(host: &HtmlElement, view: View, code: &str) -> Option<Element> {
    let entry = db::resolve(code).ok()?;
    let root = host.shadow_root()?.query_selector(".root[data-prerendered]").ok()??;
    (root.get_attribute("data-prerendered")? == stamp(view, entry)).then_some(root)
}

/// Defines the element, unless another copy of the bundle (or another script) already did.
pub fn define() {
    let draw = Closure::<dyn Fn(HtmlElement) -> JsValue>::new(|host: HtmlElement| JsValue::from(drawn(host)));
    if define_element(STYLESHEET, &draw) {
        // The element class keeps calling it for the life of the page.
        draw.forget();
    }
}
