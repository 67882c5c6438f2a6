//! Glue between the `<http-status>` custom element (`element.js`) and the views.
//!
//! The element's attributes are the source of truth: on mount and on every (batched) change,
//! they are read back from the host element. Badges are plain markup; the other views are Yew
//! apps (see `Rendering`).

use http_status_data::{self as db, Entry};
use http_status_markup::badge::badge_markup;
use http_status_views::components::app::{App, AppProps, View};
use http_status_views::console::warn_bad_code;
use http_status_views::prose::{prose_settled, set_prose_source};
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit, Element, HtmlElement};
use yew::{AppHandle, AttrValue, Callback};

const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/http-status.css"));

// Imported as `./element.js` next to the glue rather than as a wasm-bindgen snippet, so that
// `http-status.js` can fetch it in parallel with the glue instead of after it.
#[wasm_bindgen(raw_module = "./element.js")]
extern "C" {
    #[wasm_bindgen(js_name = defineElement)]
    fn define_element(css: &str, mount: &Closure<dyn Fn(HtmlElement) -> JsValue>, deliver_prose: &Closure<dyn Fn(JsValue)>) -> bool;

    /// Fetches the prose file next to the module, once, and hands it to `deliver_prose`.
    #[wasm_bindgen(js_name = fetchProse)]
    fn fetch_prose();
}

/// What the element's attributes ask for.
enum Request {
    Badge { code: AttrValue },
    App(AppProps),
}

impl Request {
    fn of(host: &HtmlElement) -> Request {
        let attribute = |name: &str| host.get_attribute(name).unwrap_or_default();
        let code: AttrValue = attribute("code").into();
        let view = match attribute("view").trim().to_ascii_lowercase().as_str() {
            "badge" => return Request::Badge { code },
            "card" => View::Card,
            "explainer" => View::Explainer,
            "browser" => View::Browser,
            "response" => View::Response,
            "guide" => View::Guide,
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
        Request::App(AppProps {
            code,
            view,
            query: attribute("query").into(),
            response: response.into(),
            link_hash: host.has_attribute("link-hash"),
            shortcut: host.has_attribute("shortcut"),
            on_open: Callback::from(move |entry: &'static Entry| dispatch_select(&host, entry)),
        })
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

/// How one element is rendered. Badges are plain markup: a page may hold hundreds, and
/// starting a Yew app for each cost several times more than the badge itself.
enum Rendering {
    Badge { root: Element, code: AttrValue },
    App(RenderedApp),
}

impl Rendering {
    fn start(request: Request) -> Rendering {
        match request {
            Request::Badge { code } => Rendering::Badge { root: badge_root(&code), code },
            Request::App(props) => Rendering::App(RenderedApp::start(props)),
        }
    }

    fn root(&self) -> &Element {
        match self {
            Rendering::Badge { root, .. } => root,
            Rendering::App(app) => &app.root,
        }
    }

    fn release(self) {
        if let Rendering::App(app) = self {
            app.park();
        }
    }
}

thread_local! {
    /// The first badge rendered for each entry, cloned for every later badge of that entry:
    /// cloning nodes is cheaper than building and parsing the markup again.
    static BADGE_ROOTS: RefCell<HashMap<&'static str, Element>> = RefCell::new(HashMap::new());
}

fn badge_root(code: &str) -> Element {
    let resolved = db::resolve(code);
    let entry = match &resolved {
        Ok(entry) => entry,
        Err(unresolved) => {
            warn_bad_code(code, unresolved);
            return markup_root(&badge_markup(&resolved));
        }
    };
    let original = BADGE_ROOTS.with(|roots| roots.borrow_mut().entry(entry.id).or_insert_with(|| markup_root(&badge_markup(&resolved))).clone());
    original.clone_node_with_deep(true).expect_throw("an element clones").unchecked_into()
}

fn markup_root(markup: &str) -> Element {
    let root = new_root();
    root.set_inner_html(markup);
    root
}

fn new_root() -> Element {
    let root = gloo::utils::document().create_element("div").expect_throw("a document");
    root.set_class_name("root");
    root
}

/// What renders one connected element, from connect to disconnect.
#[wasm_bindgen]
pub struct MountedElement {
    host: HtmlElement,
    rendering: Rendering,
}

#[wasm_bindgen]
impl MountedElement {
    /// The `<div>` to place in the element's shadow root.
    pub fn root(&self) -> Element {
        self.rendering.root().clone()
    }

    /// Re-reads the host's attributes. An app updates in place, and a badge of the same code
    /// stays; otherwise a new rendering replaces the old one, root and all, in the shadow root.
    pub fn update(&mut self) {
        match (&mut self.rendering, Request::of(&self.host)) {
            (Rendering::Badge { code, .. }, Request::Badge { code: requested }) if *code == requested => {}
            (Rendering::App(app), Request::App(props)) => app.handle.update(props),
            (_, request) => {
                let next = Rendering::start(request);
                let _ = self.rendering.root().replace_with_with_node_1(next.root());
                std::mem::replace(&mut self.rendering, next).release();
            }
        }
    }

    /// Frees the rendering; an app is parked for the next element.
    pub fn release(self) {
        self.rendering.release();
    }
}

fn mount(host: HtmlElement) -> MountedElement {
    let rendering = Rendering::start(Request::of(&host));
    MountedElement { host, rendering }
}

/// Takes what fetching the prose file gave: its text, or an error saying why not.
fn deliver_prose(outcome: JsValue) {
    let loaded = match outcome.as_string() {
        Some(text) => db::load_prose(text).map_err(|error| error.to_string()),
        None => Err(js_sys::Error::from(outcome).message().into()),
    };
    if let Err(reason) = &loaded {
        gloo::console::error!(format!("<http-status>: {reason}"));
    }
    prose_settled(loaded.is_ok());
}

/// Defines the element, unless another copy of the bundle (or another script) already did.
pub fn define() {
    let mount = Closure::<dyn Fn(HtmlElement) -> JsValue>::new(|host: HtmlElement| JsValue::from(mount(host)));
    let deliver = Closure::<dyn Fn(JsValue)>::new(deliver_prose);
    set_prose_source(fetch_prose);
    if define_element(STYLESHEET, &mount, &deliver) {
        // The element class and the prose fetch keep calling them for the life of the page.
        mount.forget();
        deliver.forget();
    }
}
