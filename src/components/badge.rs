use crate::components::copy_button::CopyButton;
use crate::db::Entry;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BadgeProps {
    pub entry: &'static Entry,
}

/// An inline pill for running text; hovering or focusing it shows the summary.
#[component]
pub fn Badge(BadgeProps { entry }: &BadgeProps) -> Html {
    html! {
        <span class={classes!("badge-wrap", entry.class().label())}>
            <span class="badge" part="badge" tabindex="0" aria-describedby="badge-summary">
                <span class="code">{ entry.code }</span>{ " " }{ entry.phrase }
            </span>
            <span class="popover" part="popover">
                <span id="badge-summary">{ entry.summary }</span>
                <CopyButton text={entry.status_line()} label="Copy status line" />
            </span>
        </span>
    }
}
