use gloo::timers::callback::Timeout;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    /// What lands on the clipboard.
    pub text: AttrValue,
    /// The button's label, e.g. "Copy status line".
    pub label: AttrValue,
}

#[derive(Clone, Copy, PartialEq)]
enum Outcome {
    Idle,
    Copied,
    Failed,
}

/// Copies its text to the clipboard and says so for a moment.
#[component]
pub fn CopyButton(props: &CopyButtonProps) -> Html {
    let outcome = use_state(|| Outcome::Idle);
    let onclick = {
        let outcome = outcome.clone();
        let text = props.text.clone();
        Callback::from(move |_| {
            let outcome = outcome.clone();
            let clipboard = web_sys::window().map(|window| window.navigator().clipboard());
            let text = text.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let copied = match clipboard {
                    Some(clipboard) => JsFuture::from(clipboard.write_text(&text)).await.is_ok(),
                    None => false,
                };
                outcome.set(if copied { Outcome::Copied } else { Outcome::Failed });
                let reset = outcome.clone();
                Timeout::new(1_600, move || reset.set(Outcome::Idle)).forget();
            });
        })
    };
    let label = match *outcome {
        Outcome::Idle => props.label.to_string(),
        Outcome::Copied => "Copied".into(),
        Outcome::Failed => "Copy failed".into(),
    };
    html! {
        <button type="button" class="copy" part="copy-button" {onclick} title={props.label.clone()}>
            <span aria-live="polite">{ label }</span>
        </button>
    }
}
