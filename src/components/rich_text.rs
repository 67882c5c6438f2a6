use yew::prelude::*;

/// Data prose with `backticked` header names and values shown as code. Everything is
/// rendered as text nodes, so nothing in the data can become markup.
pub fn rich_text(text: &'static str) -> Html {
    text.split('`')
        .enumerate()
        .map(|(position, piece)| if position % 2 == 1 { html! { <code>{ piece }</code> } } else { html! { { piece } } })
        .collect()
}
