use crate::db::{Entry, Status};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CardFaceProps {
    pub entry: &'static Entry,
}

/// The heading line of an entry: code, phrase, class and the tags that qualify it.
#[component]
pub fn EntryHeading(CardFaceProps { entry }: &CardFaceProps) -> Html {
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
#[component]
pub fn CardFace(CardFaceProps { entry }: &CardFaceProps) -> Html {
    html! {
        <>
            <EntryHeading entry={*entry} />
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
