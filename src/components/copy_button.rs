use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Element;
use yew::prelude::*;

/// How long "Copied" shows before the label returns.
const CONFIRMATION_MS: u32 = 1_600;

/// A button that copies `text` to the clipboard. The outcome is written straight into the
/// button (a `data-copied` attribute and the text of its live region, neither of which Yew
/// manages), so the button needs no component state: badges and cards render many of them.
pub fn copy_button(text: impl Into<AttrValue>, label: &'static str) -> Html {
    let text: AttrValue = text.into();
    let onclick = Callback::from(move |event: MouseEvent| {
        let Some(button) = event.target().and_then(|target| target.dyn_into::<Element>().ok()).and_then(|target| target.closest("button").ok().flatten()) else {
            return;
        };
        let clipboard = web_sys::window().map(|window| window.navigator().clipboard());
        let text = text.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let copied = match clipboard {
                Some(clipboard) => JsFuture::from(clipboard.write_text(&text)).await.is_ok(),
                None => false,
            };
            let outcome = button.query_selector(".copy-done").ok().flatten();
            let _ = button.set_attribute("data-copied", if copied { "done" } else { "failed" });
            if let Some(outcome) = &outcome {
                outcome.set_text_content(Some(if copied { "Copied" } else { "Copy failed" }));
            }
            Timeout::new(CONFIRMATION_MS, move || {
                let _ = button.remove_attribute("data-copied");
                if let Some(outcome) = outcome {
                    outcome.set_text_content(None);
                }
            })
            .forget();
        });
    });
    html! {
        <button type="button" class="copy" part="copy-button" {onclick}>
            <span class="copy-label">{ label }</span>
            <span class="copy-done" aria-live="polite"></span>
        </button>
    }
}
