use crate::components::card_face::CardFace;
use crate::components::copy_button::CopyButton;
use crate::components::explainer::Explainer;
use crate::hooks::use_followed_entry::use_followed_entry;
use crate::prose::request_prose;
use http_status_data::Entry;
use http_status_markup::card_face::{name_id, summary_id};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CardProps {
    pub entry: &'static Entry,
    /// Called when the reader opens an entry (expands the explainer or follows a related code).
    pub on_open: Callback<&'static Entry>,
}

/// One code as a card, with its full explainer expandable in place.
#[component]
pub fn Card(props: &CardProps) -> Html {
    let expanded = use_state(|| false);
    // Following a related code inside the explainer switches the card to it.
    let (entry, on_select) = use_followed_entry(props.entry, &props.on_open);
    let toggle = {
        let (expanded, on_open) = (expanded.clone(), props.on_open.clone());
        Callback::from(move |_| {
            if !*expanded {
                on_open.emit(entry);
            }
            expanded.set(!*expanded);
        })
    };
    let details_id = format!("details-{}", entry.id);
    html! {
        // The card's space is as tall as http-status.css reserves it; the card sits at its top.
        <div class="card-space">
        <article part="card" aria-labelledby={name_id(entry)} aria-describedby={summary_id(entry)} class={classes!("card", "standalone", entry.class_label())}>
            <div class="card-face"><CardFace {entry} /></div>
            <div class="actions">
                // The explanation's prose comes on demand: start fetching it when the reader points at Explain.
                <button type="button" class="toggle" aria-expanded={expanded.to_string()} aria-controls={details_id.clone()} onclick={toggle} onmouseenter={|_| request_prose()} onfocus={|_| request_prose()}>
                    { if *expanded { "Hide explanation" } else { "Explain" } }
                </button>
                <CopyButton text={entry.code.to_string()} label="Copy code" />
                <CopyButton text={entry.status_line()} label="Copy status line" />
            </div>
            <div id={details_id} hidden={!*expanded}>
                if *expanded {
                    <Explainer entry={entry} {on_select} embedded=true />
                }
            </div>
        </article>
        </div>
    }
}
