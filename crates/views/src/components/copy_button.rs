use http_status_markup::copy_button::copy_button_markup;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    pub text: AttrValue,
    pub label: &'static str,
}

/// A button that copies `text`: plain markup, handled by element.js (see markup::copy_button).
#[component]
pub fn CopyButton(CopyButtonProps { text, label }: &CopyButtonProps) -> Html {
    Html::from_html_unchecked(copy_button_markup(text, label).into())
}
