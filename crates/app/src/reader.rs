//! The response view's reader: the reader's own wasm, which `element.js` loads the first time a
//! view asks (http-status.js fetches it once, for the views and the JS API alike).

use http_status_views::reader::set_reader_source;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(raw_module = "./element.js")]
extern "C" {
    /// The reader's JSON for `text`, once its wasm runs; rejects when it cannot be loaded.
    #[wasm_bindgen(js_name = explainResponseJson)]
    fn explain_response_json(text: &str) -> js_sys::Promise;
}

/// Points the views at the reader's wasm.
pub fn provide() {
    set_reader_source(|text: String| async move {
        match JsFuture::from(explain_response_json(&text)).await {
            Ok(json) => json.as_string().ok_or_else(|| "it answered no text".to_string()),
            Err(error) => Err(js_sys::Error::from(error).message().into()),
        }
    });
}
