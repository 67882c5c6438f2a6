//! The full wasm's side of `<http-status>`: each host that shows more than a badge or a card
//! (and every card whose explanation a reader opens) gets a Yew app. `element.js` decides which
//! wasm draws a host and calls `mount` here with it.
//!
//! The element's attributes are the source of truth: on mount and on every (batched) change,
//! they are read back from the host element.

use http_status_data::{self as db, Entry};
use http_status_views::components::app::{App, AppProps, View};
use http_status_views::prose::{prose_settled, search_words_settled, set_prose_source, set_search_words_source};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit, Element, HtmlElement};
use yew::{AppHandle, AttrValue, Callback};

// Imported as `./element.js` next to the glue rather than as a wasm-bindgen snippet, so that
// `http-status.js` can fetch it in parallel with the glue instead of after it.
#[wasm_bindgen(raw_module = "./element.js")]
extern "C" {
    /// Hands element.js what draws the views; false when another copy of the bundle draws them.
    #[wasm_bindgen(js_name = provideViews)]
    fn provide_views(
        mount: &Closure<dyn Fn(HtmlElement) -> JsValue>,
        deliver_prose: &Closure<dyn Fn(JsValue)>,
        deliver_search_words: &Closure<dyn Fn(JsValue)>,
    ) -> bool;

    /// Fetches the prose file next to the module, once, and hands it to `deliver_prose`.
    #[wasm_bindgen(js_name = fetchProse)]
    fn fetch_prose();

    /// Fetches the search-words file next to the module, once, and hands it to `deliver_search_words`.
    #[wasm_bindgen(js_name = fetchSearchWords)]
    fn fetch_search_words();
}

/// The app's props, read from the host's attributes.
fn props_of(host: &HtmlElement) -> AppProps {
    let attribute = |name: &str| host.get_attribute(name).unwrap_or_default();
    let view = match attribute("view").trim().to_ascii_lowercase().as_str() {
        "card" => View::Card,
        "explainer" => View::Explainer,
        "browser" => View::Browser,
        "response" => View::Response,
        "guide" => View::Guide,
        // Badges are the small wasm's; element.js never brings one here.
        _ => View::Default,
    };
    // A response to explain: the attribute, else the element's own text (the fallback a
    // page shows before the module loads is then the raw response itself).
    let response = match host.get_attribute("response") {
        Some(response) => response,
        None if view == View::Response => host.text_content().unwrap_or_default(),
        None => String::new(),
    };
    let host = host.clone();
    AppProps {
        code: attribute("code").into(),
        view,
        query: attribute("query").into(),
        response: response.into(),
        link_hash: host.has_attribute("link-hash"),
        shortcut: host.has_attribute("shortcut"),
        on_open: Callback::from(move |entry: &'static Entry| dispatch_select(&host, entry)),
    }
}

/// `http-status-select`, bubbling out of the shadow root, with `detail: { code, id }`.
fn dispatch_select(host: &HtmlElement, entry: &Entry) {
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &"code".into(), &entry.code.into());
    let _ = js_sys::Reflect::set(&detail, &"id".into(), &entry.id.into());
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict("http-status-select", &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// A Yew app and the `<div>` it renders into.
struct RenderedApp {
    root: Element,
    handle: AppHandle<App>,
}

thread_local! {
    /// Apps of removed elements, rendering nothing, waiting for the next element to connect.
    /// Yew 0.23 never frees an app root's delegated event listeners (it forgets closures that
    /// own the root), so destroying an app on every removal would leak its root for good.
    /// Reusing parked apps bounds memory by the most elements ever connected at once.
    static PARKED: RefCell<Vec<RenderedApp>> = const { RefCell::new(Vec::new()) };
}

impl RenderedApp {
    /// A parked app if there is one, else a new app.
    fn start(props: AppProps) -> RenderedApp {
        if let Some(mut app) = PARKED.with(|parked| parked.borrow_mut().pop()) {
            app.handle.update(props);
            return app;
        }
        let root = new_root();
        let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
        RenderedApp { root, handle }
    }

    /// Empties the app (dropping its components, listeners and state) and parks it for reuse.
    fn park(mut self) {
        let nothing = AppProps {
            code: AttrValue::default(),
            view: View::Nothing,
            query: AttrValue::default(),
            response: AttrValue::default(),
            link_hash: false,
            shortcut: false,
            on_open: Callback::noop(),
        };
        self.handle.update(nothing);
        PARKED.with(|parked| parked.borrow_mut().push(self));
    }
}

fn new_root() -> Element {
    let root = gloo::utils::document().create_element("div").expect_throw("a document");
    root.set_class_name("root");
    root
}

/// What renders one connected element, from connect to disconnect.
#[wasm_bindgen]
pub struct MountedApp {
    host: HtmlElement,
    app: RenderedApp,
}

#[wasm_bindgen]
impl MountedApp {
    /// The `<div>` to place in the element's shadow root.
    pub fn root(&self) -> Element {
        self.app.root.clone()
    }

    /// Re-reads the host's attributes; the app updates in place.
    pub fn update(&mut self) {
        self.app.handle.update(props_of(&self.host));
    }

    /// Empties the app and parks it for the next element.
    pub fn release(self) {
        self.app.park();
    }
}

fn mount(host: HtmlElement) -> MountedApp {
    let app = RenderedApp::start(props_of(&host));
    MountedApp { host, app }
}

/// Takes what fetching the prose file gave: its text, or an error saying why not.
fn deliver_prose(outcome: JsValue) {
    prose_settled(take_file(outcome, db::load_prose));
}

/// Takes what fetching the search-words file gave, likewise.
fn deliver_search_words(outcome: JsValue) {
    search_words_settled(take_file(outcome, db::load_search_words));
}

/// Loads a fetched file's text, or says in the console why it could not be had; whether it loaded.
fn take_file(outcome: JsValue, load: fn(String) -> Result<(), db::ProseError>) -> bool {
    let loaded = match outcome.as_string() {
        Some(text) => load(text).map_err(|error| error.to_string()),
        None => Err(js_sys::Error::from(outcome).message().into()),
    };
    if let Err(reason) = &loaded {
        gloo::console::error!(format!("<http-status>: {reason}"));
    }
    loaded.is_ok()
}

/// Hands element.js the views, unless another copy of the bundle already did.
pub fn provide() {
    let mount = Closure::<dyn Fn(HtmlElement) -> JsValue>::new(|host: HtmlElement| JsValue::from(mount(host)));
    let deliver = Closure::<dyn Fn(JsValue)>::new(deliver_prose);
    let deliver_words = Closure::<dyn Fn(JsValue)>::new(deliver_search_words);
    set_prose_source(fetch_prose);
    set_search_words_source(fetch_search_words);
    if provide_views(&mount, &deliver, &deliver_words) {
        // The element class and the fetches keep calling them for the life of the page.
        mount.forget();
        deliver.forget();
        deliver_words.forget();
    }
}
