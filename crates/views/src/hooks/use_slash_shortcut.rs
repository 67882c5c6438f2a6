use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use std::cell::Cell;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

thread_local! {
    /// Browser views on the page that asked for the `/` shortcut; it only acts when there is one.
    static SHORTCUT_BROWSERS: Cell<usize> = const { Cell::new(0) };
}

/// With `enabled` (the `shortcut` attribute), `/` anywhere on the page focuses `search_input`,
/// unless the reader is typing elsewhere or more than one browser view on the page asked for it.
#[hook]
pub fn use_slash_shortcut(enabled: bool, search_input: NodeRef) {
    use_effect_with(enabled, move |enabled| {
        let enabled = *enabled;
        if enabled {
            SHORTCUT_BROWSERS.with(|count| count.set(count.get() + 1));
        }
        let listener = enabled.then(web_sys::window).flatten().map(|window| {
            // On window, capturing, so it acts before the page's own "/" listeners and can keep
            // the key from them; not passive, so the "/" is not typed into the box.
            let options = EventListenerOptions { phase: EventListenerPhase::Capture, passive: false };
            EventListener::new_with_options(&window, "keydown", options, move |event| {
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else { return };
                if event.key() != "/"
                    || event.ctrl_key()
                    || event.meta_key()
                    || event.alt_key()
                    || SHORTCUT_BROWSERS.with(Cell::get) != 1
                    || typing_somewhere(event)
                {
                    return;
                }
                if let Some(input) = search_input.cast::<HtmlInputElement>() {
                    // The page asked for this shortcut: its own `/` handlers do not also act.
                    event.prevent_default();
                    event.stop_propagation();
                    let _ = input.focus();
                    input.select();
                }
            })
        });
        move || {
            drop(listener);
            if enabled {
                SHORTCUT_BROWSERS.with(|count| count.set(count.get().saturating_sub(1)));
            }
        }
    });
}

/// Whether the key went to a text field (looking through shadow roots).
fn typing_somewhere(event: &KeyboardEvent) -> bool {
    let Some(origin) = event.composed_path().get(0).dyn_into::<HtmlElement>().ok() else { return false };
    let tag = origin.tag_name().to_ascii_lowercase();
    matches!(tag.as_str(), "input" | "textarea" | "select") || origin.is_content_editable()
}
