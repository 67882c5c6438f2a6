//! The guide's deep links: with `link-hash`, the answers given live in the page's URL hash
//! (`#guide/request/auth/unknown`), so a team can share why an endpoint answers what it does.

use gloo::events::EventListener;
use http_status_guide as guide;
use yew::prelude::*;

/// With `enabled`, calls `on_path` with the answer ids of the page's guide link now and
/// whenever the hash changes to one (other hashes, such as `#429`, are the browser's).
#[hook]
pub fn use_guide_link(enabled: bool, on_path: Callback<Vec<String>>) {
    use_effect_with(enabled, move |enabled| {
        let listener = enabled.then(|| {
            follow_hash(&on_path);
            web_sys::window().map(|window| EventListener::new(&window, "hashchange", move |_| follow_hash(&on_path)))
        });
        move || drop(listener)
    });
}

fn follow_hash(on_path: &Callback<Vec<String>>) {
    let Some(hash) = web_sys::window().and_then(|window| window.location().hash().ok()) else { return };
    if let Some(path) = guide::parse_hash(&hash) {
        on_path.emit(path.into_iter().map(str::to_string).collect());
    }
}

/// Writes the walk's link into the URL without a new history entry (as the browser view does
/// for an open code).
pub fn write_guide_link(hash: &str) {
    let Some(window) = web_sys::window() else { return };
    let (Ok(history), Ok(current)) = (window.history(), window.location().hash()) else { return };
    if current != hash {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash));
    }
}
