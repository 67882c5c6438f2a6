//! The reader warmed once its wasm runs in a page: four pastes explained in idle time
//! (`warm_up_pastes`), so that a person's first large paste does not pay for the engine's first
//! runs of the reader's code.
//!
//! An engine compiles a wasm function at its first call, runs it in a baseline tier, and moves
//! it to its optimising tier after a while, on a background thread, for its next calls; the
//! reader's first call also builds its search index. A 1.1 MB HAR file explained first paid all
//! of this in one call: main-thread time in fresh pages (2026-12-07) of 63 to 75 ms in Chromium,
//! 41 to 49 in Firefox and 106 to 160 in WebKit, against about 31 for the same file later; and in
//! WebKit, large calls stayed that slow when a large one came first. After this warm-up the first
//! took 33 to 41 ms in each engine. The warm-up takes the main thread 15 to 25 ms in Firefox,
//! 55 to 65 in WebKit and about 60 in Chromium, in four tasks; the longest is the first (30 to
//! 40 ms), the first call's cost, which without a warm-up the first paste of any size pays.

use crate::warm_up_pastes::paste;
use http_status_reader::explain;
use js_sys::Function;
use std::cell::Cell;
use std::hint::black_box;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// The page's document: none in Node.
    #[wasm_bindgen(thread_local_v2, js_name = document)]
    static DOCUMENT: Option<JsValue>;
    #[wasm_bindgen(thread_local_v2, js_name = requestIdleCallback)]
    static REQUEST_IDLE_CALLBACK: Option<Function>;
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(task: &JsValue, milliseconds: i32);
}

thread_local! {
    /// The warm-up's next step, and the task that takes it.
    static NEXT: Cell<usize> = const { Cell::new(0) };
    static STEP: JsValue = Closure::<dyn FnMut()>::new(step).into_js_value();
}

/// Runs the warm-up's next step when the page is idle, or after a moment in an engine without
/// `requestIdleCallback` (WebKit).
fn step_when_idle() {
    STEP.with(|step| {
        let idle = REQUEST_IDLE_CALLBACK.with(|idle| idle.as_ref().map(|idle| idle.call1(&JsValue::UNDEFINED, step).is_ok()));
        if idle != Some(true) {
            set_timeout(step, 50);
        }
    });
}

/// Explains one paste, and asks for the next step while there is one.
fn step() {
    let Some(text) = paste(NEXT.with(|next| next.replace(next.get() + 1))) else { return };
    if let Ok(explanation) = explain(&text, None) {
        black_box(explanation.to_json().ok());
    }
    step_when_idle();
}

/// Warms the reader in a browser only: in Node it answers scripts, which explain in batches,
/// and a process that ends after one call should not wait for a warm-up.
#[wasm_bindgen(start)]
fn start() {
    if DOCUMENT.with(Option::is_some) {
        step_when_idle();
    }
}
