//! The JS exports of `http-status.js`: plain objects via serde-wasm-bindgen.

use http_status_data as db;
use http_status_views::clock::now_unix_seconds;
use serde::Serialize;
use wasm_bindgen::prelude::*;

fn to_js<T: Serialize + ?Sized>(value: &T) -> JsValue {
    // `null`, not `undefined`, for absent fields such as `vendor` and `spec`.
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    value.serialize(&serializer).unwrap_or(JsValue::NULL)
}

/// The explanation as one JSON text (ASCII only, see `Explanation::to_json`), parsed by the
/// engine: serde-wasm-bindgen builds each object and string with its own call across the
/// boundary, which for the explanation of a HAR file of 450 responses took longer than reading
/// the file (79 of 124 ms in Chromium, 2026-12-07).
fn explanation_to_js(explanation: &http_status_reader::Explanation) -> JsValue {
    explanation.to_json().ok().and_then(|text| js_sys::JSON::parse(&text).ok()).unwrap_or(JsValue::NULL)
}

/// A code or query given as a string or a number: whole numbers only, formatted as integers
/// (float formatting would cost the bundle ~15 KB); anything else reads as empty.
fn text_of(value: &JsValue) -> String {
    match value.as_f64() {
        Some(number) if number.fract() == 0.0 && (0.0..1e9).contains(&number) => (number as u32).to_string(),
        Some(_) => String::new(),
        None => value.as_string().unwrap_or_default(),
    }
}

/// The registered entry for a code (number or string), else its most common vendor meaning;
/// `null` for anything that is not a known status code.
#[wasm_bindgen]
pub fn lookup(code: JsValue) -> JsValue {
    db::resolve(&text_of(&code)).map_or(JsValue::NULL, to_js)
}

/// Takes the text of the prose file (Node reads it from disk; in a browser the element fetches
/// it when a view needs it).
#[wasm_bindgen(js_name = loadProse)]
pub fn load_prose(text: String) -> Result<(), JsError> {
    db::load_prose(text).map_err(|error| JsError::new(&error.to_string()))
}

/// Every entry in code order, the registered entry before vendor entries of the same number.
#[wasm_bindgen]
pub fn codes() -> JsValue {
    to_js(db::entries())
}

/// Entries ranked for a free-text query, best first; at most `limit` of them when given.
#[wasm_bindgen]
pub fn search(query: JsValue, limit: Option<u32>) -> JsValue {
    let query = text_of(&query);
    let limit = limit.map_or(usize::MAX, |limit| limit as usize);
    let hits: Vec<&db::Entry> = http_status_search::search(&query, &Default::default()).into_iter().take(limit).map(|hit| hit.entry).collect();
    to_js(&hits)
}

/// Reads pasted text as one or more HTTP responses and explains them (see `http_status_reader`).
/// Throws an `Error` whose `message` says what was expected, and whose `reason` names the
/// problem, when the text is not a response.
#[wasm_bindgen(js_name = explainResponse)]
pub fn explain_response(text: String) -> Result<JsValue, JsValue> {
    match http_status_reader::explain(&text, Some(now_unix_seconds())) {
        Ok(explanation) => Ok(explanation_to_js(&explanation)),
        Err(problem) => {
            let error = js_sys::Error::new(&problem.message);
            let _ = js_sys::Reflect::set(&error, &"reason".into(), &to_js(&problem.reason));
            Err(error.into())
        }
    }
}
