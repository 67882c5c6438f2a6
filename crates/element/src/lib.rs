//! The `<http-status>` custom element's wasm: `element.js` defines the element, and this glue
//! mounts a badge (plain markup) or a Yew view in each host, and exports the JS API (`api`).
//!
//! The top of the arrows: it depends on every other crate, and nothing depends on it. Everything
//! here runs only in the browser; the crates below it are tested natively.

#[cfg(target_arch = "wasm32")]
mod api;
#[cfg(target_arch = "wasm32")]
mod element;

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
fn start() {
    yew::set_custom_panic_hook(Box::new(console_error_panic_hook::hook));
    element::define();
}
