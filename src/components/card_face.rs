//! The heading and face of an entry, shared by cards, the browser's results and the explainer.
//! Plain view functions rather than components: the browser renders a hundred of them per
//! keystroke, and a component each would cost a scope, hooks and scheduling.

use crate::db::{Entry, Status};
use yew::prelude::*;

/// Code, phrase, class and the tags that qualify the entry.
pub fn entry_heading(entry: &'static Entry) -> Html {
    html! {
        <>
            <span class="heading">
                <span class="code">{ entry.code }</span>
                <span class="phrase">{ entry.phrase }</span>
            </span>
            <span class="tags">
                <span class="tag class-tag">{ entry.class().label() }</span>
                if let Some(vendor) = entry.vendor {
                    <span class="tag vendor-tag">{ vendor }</span>
                }
                if entry.deprecated {
                    <span class="tag warn-tag">{ "Deprecated" }</span>
                }
                if matches!(entry.status, Status::Unused | Status::Obsoleted | Status::Temporary) {
                    <span class="tag warn-tag">{ status_label(entry.status) }</span>
                }
            </span>
        </>
    }
}

/// What every card shows: heading, former names and the one-sentence summary.
pub fn card_face(entry: &'static Entry) -> Html {
    html! {
        <>
            { entry_heading(entry) }
            if !entry.aliases.is_empty() {
                <span class="aliases">{ formerly(entry) }</span>
            }
            <span class="summary">{ entry.summary }</span>
        </>
    }
}

/// "formerly Payload Too Large, Request Entity Too Large".
pub fn formerly(entry: &Entry) -> String {
    format!("formerly {}", entry.aliases.join(", "))
}

pub fn status_label(status: Status) -> &'static str {
    match status {
        Status::Permanent => "Permanent",
        Status::Temporary => "Temporary",
        Status::Unused => "Unused",
        Status::Obsoleted => "Obsoleted",
        Status::Unofficial => "Unofficial",
    }
}
