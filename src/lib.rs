//! `<http-status>`: an embeddable HTTP status code reference.
//!
//! The rooms, with arrows pointing one way only:
//! `element` and `api` (custom element glue, JS exports) → `components` and `hooks` (Yew views)
//! → `markup` and `browser_state` (the views' strings and state) → `search` → `db`; from the
//! views also → `guide` (the "which status code should I return?" decision tree) → `db`, and
//! `response` (a pasted response explained) → `db`.
//! `text` holds plain-text helpers for all of them. Everything below the Yew views has no web
//! dependencies and is tested natively.

pub mod browser_state;
pub mod db;
pub mod guide;
pub mod markup;
pub mod response;
pub mod search;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
mod hooks;
// The bundle's glue, compiled only with the `element` feature (Trunk turns it on): the
// component tests mount the views directly and need no `element.js` next to them.
#[cfg(all(target_arch = "wasm32", feature = "element"))]
mod api;
#[cfg(all(target_arch = "wasm32", feature = "element"))]
mod element;

#[cfg(all(target_arch = "wasm32", feature = "element"))]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
fn start() {
    yew::set_custom_panic_hook(Box::new(console_error_panic_hook::hook));
    element::define();
}
