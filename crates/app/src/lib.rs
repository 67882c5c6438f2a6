//! The full wasm of `<http-status>`: the Yew views mounted in the hosts that need more than a
//! badge or a card (`mount`), and the JS API of `http-status.js` (`api`) but `explainResponse`.
//! It also defines the element and draws badges and cards (`http-status-draw`), so a page that
//! needs the views from the start loads this wasm alone; on a page that began with the small
//! wasm (`http-status-element`), the element is defined already and this one adds the views,
//! loaded only when a host, an **Explain** click or the JS API asks for them. The response reader
//! is a third wasm (`http-status-reader-glue`), which the response view asks through
//! `element.js` (`reader`), so that a page without a response never loads it.
//!
//! The top of the arrows: it depends on the views and, through them, on every capability, and
//! nothing depends on it. Everything here runs in a browser or, for the API, in Node; the crates
//! below it are tested natively.

#[cfg(target_arch = "wasm32")]
mod api;
#[cfg(target_arch = "wasm32")]
mod mount;
#[cfg(target_arch = "wasm32")]
mod reader;

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
fn start() {
    yew::set_custom_panic_hook(Box::new(console_error_panic_hook::hook));
    http_status_draw::define();
    mount::provide();
    reader::provide();
}
