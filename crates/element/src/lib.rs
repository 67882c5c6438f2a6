//! The `<http-status>` custom element's small wasm: it defines the element (through
//! `element.js`, which owns the DOM lifecycle) with the stylesheet every shadow root adopts, and
//! draws badges and cards as markup (`draw`). Everything else (the explainer, the browser, the
//! guide, a response explained, a card's explanation, and the JS API) is the full wasm's
//! (`http-status-app`), which `element.js` loads only when a page asks for it.
//!
//! Must not depend on Yew, the views, search, the guide or the reader: a page of badges and
//! cards loads this alone (`tools/crate-arrows.sh` checks it with cargo tree).

#[cfg(target_arch = "wasm32")]
mod draw;

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
fn start() {
    draw::define();
}
