use gloo::events::EventListener;
use http_status_data::{self as db, Entry};
use yew::prelude::*;

/// With `enabled` (the `link-hash` attribute), the selected entry lives in the page's URL hash
/// (`#429`, `#499-nginx`): opening the page at that hash, or changing it, calls `on_open` with
/// its entry, and each `selected` entry is written to the hash.
#[hook]
pub fn use_hash_link(enabled: bool, selected: Option<&'static Entry>, on_open: Callback<&'static Entry>) {
    use_effect_with(enabled, move |enabled| {
        let listener = enabled.then(|| {
            open_from_hash(&on_open);
            web_sys::window().map(|window| EventListener::new(&window, "hashchange", move |_| open_from_hash(&on_open)))
        });
        move || drop(listener)
    });
    // Only a hash this view wrote is cleared when the explainer closes.
    let written = use_mut_ref(|| None::<String>);
    use_effect_with((enabled, selected.map(|entry| entry.id)), move |(enabled, selected)| {
        if !*enabled {
            return;
        }
        let Some(window) = web_sys::window() else { return };
        let (Ok(history), Ok(current)) = (window.history(), window.location().hash()) else { return };
        let url = match selected {
            Some(id) => format!("#{id}"),
            None if written.borrow().as_deref() == Some(current.as_str()) => {
                let location = window.location();
                location.pathname().unwrap_or_default() + &location.search().unwrap_or_default()
            }
            None => return,
        };
        if url != current {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
        *written.borrow_mut() = selected.map(|id| format!("#{id}"));
    });
}

fn open_from_hash(on_open: &Callback<&'static Entry>) {
    let Some(hash) = web_sys::window().and_then(|window| window.location().hash().ok()) else { return };
    // resolve() reads ids ("499-nginx") as well as codes ("429"), and rejects an empty hash.
    if let Ok(entry) = db::resolve(hash.trim_start_matches('#')) {
        on_open.emit(entry);
    }
}
