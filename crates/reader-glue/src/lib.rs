//! The `<http-status>` element's third wasm: the response reader (`http-status-reader`) alone,
//! loaded only when a page needs it: a response view connects, a response is pasted into the
//! browser, or a script awaits `ready` for the JS API's `explainResponse`. The full wasm's views
//! ask for it through `element.js` and read back its JSON (`explainResponseJson`); `http-status.js`
//! hands `explainResponse` to scripts.
//!
//! Must not depend on Yew, the views, the guide or the markup (`tools/crate-arrows.sh` checks it
//! with cargo tree): a page that pastes a response loads this next to the full wasm, which
//! without the reader is smaller by this much.

#[cfg(target_arch = "wasm32")]
mod api;
#[cfg(target_arch = "wasm32")]
mod pasted_text;
