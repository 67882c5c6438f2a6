//! A pasted text brought into the wasm's memory by the engine's `TextEncoder.encodeInto`.
//!
//! wasm-bindgen's glue copies a `String` argument one character at a time in JavaScript until the
//! first one beyond ASCII. For a 1.1 MB paste that loop ran in the engines' first tiers at the
//! first call: 7 to 10 ms in Chromium and 15 to 42 ms in WebKit, against 1 to 3 ms for
//! `encodeInto` (2026-12-07, fresh pages), which every engine implements natively.

use js_sys::{JsString, Uint8Array};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    #[wasm_bindgen(method, js_name = encodeInto)]
    fn encode_into(this: &TextEncoder, source: &JsString, destination: &Uint8Array) -> Encoded;

    /// What `encodeInto` did: UTF-16 units read, bytes written.
    type Encoded;
    #[wasm_bindgen(method, getter)]
    fn read(this: &Encoded) -> u32;
    #[wasm_bindgen(method, getter)]
    fn written(this: &Encoded) -> u32;
}

/// The text as UTF-8 (a lone surrogate becomes U+FFFD, as wasm-bindgen's glue makes it).
pub(crate) fn utf8(text: &JsString) -> String {
    let encoder = TextEncoder::new();
    let units = text.length();
    // One byte per UTF-16 unit holds an ASCII text; any other takes at most three per unit (a
    // character of two units takes four bytes).
    let mut buffer = Uint8Array::new_with_length(units);
    let mut encoded = encoder.encode_into(text, &buffer);
    if encoded.read() < units {
        buffer = Uint8Array::new_with_length(units.saturating_mul(3));
        encoded = encoder.encode_into(text, &buffer);
    }
    // encodeInto writes UTF-8 only: the fallback is never taken.
    String::from_utf8(buffer.subarray(0, encoded.written()).to_vec()).unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned())
}
