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

/// Prose of one or more paragraphs, one per line of the data (steps of advice, for example).
#[component]
pub fn Paragraphs(RichTextProps { text }: &RichTextProps) -> Html {
    text.lines().filter(|line| !line.trim().is_empty()).map(|line| html! { <p><RichText text={line} /></p> }).collect()
}
