//! Glue between the `<http-status>` custom element (`element.js`) and the Yew app.
//!
//! The element's attributes are the source of truth: on mount and on every (batched) change,
//! the props are read back from the host element.

use crate::components::app::{App, AppProps, View};
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};
use yew::AppHandle;

const STYLESHEET: &str = include_str!("../styles/http-status.css");

#[wasm_bindgen(module = "/src/element.js")]
extern "C" {
    #[wasm_bindgen(js_name = defineElement)]
    fn define_element(css: &str, mount: &Closure<dyn Fn(HtmlElement, Element) -> JsValue>) -> bool;
}

/// A mounted Yew app, owned by one element instance from connect to disconnect.
#[wasm_bindgen]
pub struct MountedElement {
    host: HtmlElement,
    app: AppHandle<App>,
}

#[wasm_bindgen]
impl MountedElement {
    /// Re-reads the host's attributes into the app's props.
    pub fn update(&mut self) {
        self.app.update(props_from(&self.host));
    }

    /// Unmounts the app and frees everything it held.
    pub fn destroy(self) {
        self.app.destroy();
    }
}

fn props_from(host: &HtmlElement) -> AppProps {
    let attribute = |name: &str| host.get_attribute(name).unwrap_or_default();
    AppProps {
        host: host.clone(),
        code: attribute("code").into(),
        view: View::parse(&attribute("view")),
        query: attribute("query").into(),
        link_hash: host.has_attribute("link-hash"),
    }
}

/// Defines the element, unless another copy of the bundle already did.
pub fn define() {
    let mount = Closure::<dyn Fn(HtmlElement, Element) -> JsValue>::new(|host: HtmlElement, root: Element| {
        let app = yew::Renderer::<App>::with_root_and_props(root, props_from(&host)).render();
        JsValue::from(MountedElement { host, app })
    });
    if define_element(STYLESHEET, &mount) {
        // The element class keeps calling it for the life of the page.
        mount.forget();
    }
}
