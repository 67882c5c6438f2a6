//! The reader's two exports: `explainResponse` for scripts (a plain object, or a thrown `Error`
//! with `reason`), and `explainResponseJson` for the full wasm's views.

use crate::pasted_text::utf8;
use http_status_reader::{explain, Explanation};
use js_sys::JsString;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// The browser's clock, for the times a response does not anchor with its own `Date`.
fn now_unix_seconds() -> Option<i64> {
    Some((js_sys::Date::now() / 1000.0) as i64)
}

/// The explanation as one JSON text (ASCII only, see `Explanation::to_json`), parsed by the
/// engine: serde-wasm-bindgen builds each object and string with its own call across the
/// boundary, which for the explanation of a HAR file of 450 responses took longer than reading
/// the file (79 of 124 ms in Chromium, 2026-12-07).
fn explanation_to_js(explanation: &Explanation) -> JsValue {
    explanation.to_json().ok().and_then(|text| js_sys::JSON::parse(&text).ok()).unwrap_or(JsValue::NULL)
}

/// A small value (the reason a text is not a response) as a plain object.
fn to_js_as_json<T: Serialize + ?Sized>(value: &T) -> JsValue {
    serde_json::to_string(value).ok().and_then(|text| js_sys::JSON::parse(&text).ok()).unwrap_or(JsValue::NULL)
}

/// Reads pasted text as one or more HTTP responses and explains them (see `http_status_reader`).
/// Throws an `Error` whose `message` says what was expected, and whose `reason` names the
/// problem, when the text is not a response.
#[wasm_bindgen(js_name = explainResponse)]
pub fn explain_response(text: JsString) -> Result<JsValue, JsValue> {
    match explain(&utf8(&text), now_unix_seconds()) {
        Ok(explanation) => Ok(explanation_to_js(&explanation)),
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
pub fn explain_response_json(text: JsString) -> String {
    let answer = match explain(&utf8(&text), now_unix_seconds()) {
        // ASCII only, like explainResponse's: the text crosses into JS and back into the full wasm.
        Ok(explanation) => explanation.to_json().map(|json| format!(r#"{{"Ok":{json}}}"#)),
        Err(problem) => serde_json::to_string(&Err::<(), _>(problem)),
    };
    answer.unwrap_or_default()
}
