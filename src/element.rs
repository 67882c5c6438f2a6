//! Glue between the `<http-status>` custom element (`element.js`) and the Yew app.
//!
//! The element's attributes are the source of truth: on mount and on every (batched) change,
//! the props are read back from the host element.

use crate::components::app::{App, AppProps, View};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};
use yew::AppHandle;

const STYLESHEET: &str = include_str!("../styles/http-status.css");

// Imported as `./element.js` next to the glue rather than as a wasm-bindgen snippet, so that
// `http-status.js` can fetch it in parallel with the glue instead of after it.
#[wasm_bindgen(raw_module = "./element.js")]
extern "C" {
    #[wasm_bindgen(js_name = defineElement)]
    fn define_element(css: &str, mount: &Closure<dyn Fn(HtmlElement) -> JsValue>) -> bool;
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

/// The app rendering one connected element, from connect to disconnect.
#[wasm_bindgen]
pub struct MountedElement {
    host: HtmlElement,
    app: RenderedApp,
}

#[wasm_bindgen]
impl MountedElement {
    /// The `<div>` to place in the element's shadow root.
    pub fn root(&self) -> Element {
        self.app.root.clone()
    }

    /// Re-reads the host's attributes into the app's props.
    pub fn update(&mut self) {
        self.app.handle.update(props_from(Some(&self.host)));
    }

    /// Empties the app (dropping its components, listeners and state) and parks it for reuse.
    pub fn release(mut self) {
        self.app.handle.update(props_from(None));
        PARKED.with(|parked| parked.borrow_mut().push(self.app));
    }
}

/// Props for a host element; `None` renders nothing.
fn props_from(host: Option<&HtmlElement>) -> AppProps {
    let attribute = |name: &str| host.and_then(|host| host.get_attribute(name)).unwrap_or_default();
    AppProps {
        host: host.cloned(),
        code: attribute("code").into(),
        view: View::parse(&attribute("view")),
        query: attribute("query").into(),
        link_hash: host.is_some_and(|host| host.has_attribute("link-hash")),
    }
}

fn mount(host: HtmlElement) -> MountedElement {
    let props = props_from(Some(&host));
    let app = match PARKED.with(|parked| parked.borrow_mut().pop()) {
        Some(mut app) => {
            app.handle.update(props);
            app
        }
        None => {
            let root = gloo::utils::document().create_element("div").expect_throw("a document");
            root.set_class_name("root");
            let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
            RenderedApp { root, handle }
        }
    };
    MountedElement { host, app }
}

/// Defines the element, unless another copy of the bundle already did.
pub fn define() {
    let mount = Closure::<dyn Fn(HtmlElement) -> JsValue>::new(|host: HtmlElement| JsValue::from(mount(host)));
    if define_element(STYLESHEET, &mount) {
        // The element class keeps calling it for the life of the page.
        mount.forget();
    }
}
