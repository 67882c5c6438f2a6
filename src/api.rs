//! The JS exports of `http-status.js`: plain objects via serde-wasm-bindgen.

use crate::db;
use serde::Serialize;
use wasm_bindgen::prelude::*;

fn to_js<T: Serialize + ?Sized>(value: &T) -> JsValue {
    // `null`, not `undefined`, for absent fields such as `vendor` and `spec`.
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    value.serialize(&serializer).unwrap_or(JsValue::NULL)
}

/// The registered entry for a code (number or string), else its first vendor entry; `null`
/// for anything that is not a known status code.
#[wasm_bindgen]
pub fn lookup(code: JsValue) -> JsValue {
    // Whole numbers only, formatted as integers: float formatting would cost the bundle ~15 KB.
    let text = match code.as_f64() {
        Some(number) if number.fract() == 0.0 && (0.0..1e9).contains(&number) => (number as u32).to_string(),
        Some(_) => String::new(),
        None => code.as_string().unwrap_or_default(),
    };
    db::resolve(&text).map_or(JsValue::NULL, to_js)
}

/// Every entry in code order, the registered entry before vendor entries of the same number.
#[wasm_bindgen]
pub fn codes() -> JsValue {
    to_js(db::entries())
}

/// Entries ranked for a free-text query, best first; at most `limit` of them when given.
#[wasm_bindgen]
pub fn search(query: JsValue, limit: Option<u32>) -> JsValue {
    let query = query.as_string().unwrap_or_default();
    let limit = limit.map_or(usize::MAX, |limit| limit as usize);
    let hits: Vec<&db::Entry> =
        crate::search::search(&query, &Default::default()).into_iter().take(limit).map(|hit| hit.entry).collect();
    to_js(&hits)
}
