//! The reader's two exports: `explainResponse` for scripts (a plain object, or a thrown `Error`
//! with `reason`), and `explainResponseJson` for the full wasm's views.

use http_status_reader::explain;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// The browser's clock, for the times a response does not anchor with its own `Date`.
fn now_unix_seconds() -> Option<i64> {
    Some((js_sys::Date::now() / 1000.0) as i64)
}

/// A value as one JSON text, parsed by the engine: serde-wasm-bindgen builds each object and
/// string with its own call across the boundary, which for the explanation of a HAR file of 450
/// responses took longer than reading the file (79 of 124 ms in Chromium, 2026-12-07).
fn to_js_as_json<T: Serialize + ?Sized>(value: &T) -> JsValue {
    serde_json::to_string(value).ok().and_then(|text| js_sys::JSON::parse(&text).ok()).unwrap_or(JsValue::NULL)
}

/// Reads pasted text as one or more HTTP responses and explains them (see `http_status_reader`).
/// Throws an `Error` whose `message` says what was expected, and whose `reason` names the
/// problem, when the text is not a response.
#[wasm_bindgen(js_name = explainResponse)]
pub fn explain_response(text: String) -> Result<JsValue, JsValue> {
    match explain(&text, now_unix_seconds()) {
        Ok(explanation) => Ok(to_js_as_json(&explanation)),
        Err(problem) => {
            let error = js_sys::Error::new(&problem.message);
            let _ = js_sys::Reflect::set(&error, &"reason".into(), &to_js_as_json(&problem.reason));
            Err(error.into())
        }
    }
}

/// The same reading as JSON text, `{"Ok": explanation}` or `{"Err": {reason, message}}`, for the
/// full wasm's views, which read it back into the reader's own types.
#[wasm_bindgen(js_name = explainResponseJson)]
pub fn explain_response_json(text: String) -> String {
    serde_json::to_string(&explain(&text, now_unix_seconds())).unwrap_or_default()
}
