//! The full wasm of `<http-status>`: the Yew views mounted in the hosts that need more than a
//! badge or a card (`mount`), and the JS API of `http-status.js` (`api`). The small wasm
//! (`http-status-element`) defines the element and draws badges and cards; `element.js` loads
//! this one only when a host, an **Explain** click or the JS API asks for it.
//!
//! The top of the arrows: it depends on the views and, through them, on every capability, and
//! nothing depends on it. Everything here runs in a browser or, for the API, in Node; the crates
//! below it are tested natively.

#[cfg(target_arch = "wasm32")]
mod api;
#[cfg(target_arch = "wasm32")]
mod mount;

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
fn start() {
    yew::set_custom_panic_hook(Box::new(console_error_panic_hook::hook));
    mount::provide();
}
