use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RichTextProps {
    pub text: &'static str,
}

/// Data prose with `backticked` header names and values shown as code. Everything is
/// rendered as text nodes, so nothing in the data can become markup.
#[component]
pub fn RichText(RichTextProps { text }: &RichTextProps) -> Html {
    text.split('`')
        .enumerate()
        .map(|(position, piece)| {
            if position % 2 == 1 {
                html! { <code>{ piece }</code> }
            } else {
                html! { { piece } }
            }
        })
        .collect()
}
