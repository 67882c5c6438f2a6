//! The `<http-status>` custom element's small wasm: it defines the element and draws badges and
//! cards (`http-status-draw`), and nothing else. Everything else (the explainer, the browser, the
//! guide, a response explained, a card's explanation, and the JS API) is the full wasm's
//! (`http-status-app`), which `http-status.js` loads only when a page asks for it. The element's
//! lifecycle module, `element.js`, lives here too.
//!
//! Must not depend on Yew, the views, search, the guide or the reader: a page of badges and
//! cards loads this alone (`tools/crate-arrows.sh` checks it with cargo tree).

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
fn start() {
    http_status_draw::define();
}
