use crate::components::copy_button::copy_button;
use crate::db::Entry;
use yew::prelude::*;

/// An inline pill for running text; hovering or focusing it shows the summary.
pub fn badge(entry: &'static Entry) -> Html {
    html! {
        <span class={classes!("badge-wrap", entry.class().label())}>
            <span class="badge" part="badge" tabindex="0" aria-describedby="badge-summary">
                <span class="code">{ entry.code }</span>{ " " }{ entry.phrase }
            </span>
            <span class="popover" part="popover">
                <span id="badge-summary">{ entry.summary }</span>
                { copy_button(entry.status_line(), "Copy status line") }
            </span>
        </span>
    }
}
