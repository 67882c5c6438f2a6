use crate::components::comparison::Comparison;
use crate::components::copy_button::CopyButton;
use crate::components::entry_heading::EntryHeading;
use crate::components::rich_text::{Paragraphs, RichText};
use crate::hooks::use_prose::{use_prose, ProseState};
use http_status_data::{self as db, Entry, Kind};
use http_status_markup::card_face::formerly;
use http_status_markup::facts::registry_fact;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExplainerProps {
    pub entry: &'static Entry,
    /// Called with the entry the reader switches to (a related code, a comparison row).
    pub on_select: Callback<&'static Entry>,
    /// Inside a card or the browser's panel: no box of its own, smaller heading.
    #[prop_or_default]
    pub embedded: bool,
}

/// Everything about one code.
#[component]
pub fn Explainer(ExplainerProps { entry, on_select, embedded }: &ExplainerProps) -> Html {
    let entry = *entry;
    let prose = use_prose(entry);
    let select = |other: &'static Entry| on_select.reform(move |_: MouseEvent| other);
    // A list of entries to switch to, each with its label and a line about it.
    let entry_list = |entries: Vec<(&'static Entry, Html)>| {
        html! {
            <ul class="related">
                { for entries.into_iter().map(|(other, line)| html! {
                    <li>
                        <button type="button" class={classes!("related-code", other.class_label())} data-id={other.id} onclick={select(other)} aria-label={format!("Show {}{}", other.title(), other.vendor.map(|vendor| format!(" ({vendor})")).unwrap_or_default())}>
                            { other.label }
                        </button>
                        <span>{ line }</span>
                    </li>
                }) }
            </ul>
        }
    };
    let notes = prose.ready().map(|prose| prose.related_notes.as_slice()).unwrap_or_default();
    let related: Vec<(&'static Entry, Html)> = entry
        .details()
        .related
        .iter()
        .enumerate()
        .filter_map(|(position, &code)| {
            db::lookup(code).map(|other| (other, notes.get(position).map_or_else(Html::default, |&note| html! { <RichText text={note} /> })))
        })
        .collect();
    let namesakes: Vec<(&'static Entry, Html)> =
        entry.namesakes().map(|other| (other, html! { { format!("{} \u{2014} {}", other.vendor.unwrap_or("IANA registry"), other.phrase) } })).collect();
    let refinements: Vec<(&'static Entry, Html)> =
        entry.refinements().map(|other| (other, html! { { format!("{} \u{2014} {}", other.vendor.unwrap_or_default(), other.phrase) } })).collect();
    let example_heading = |example: &str| match () {
        _ if entry.log_only => "Example log line",
        _ if entry.kind == Kind::NotHttp || !example.trim_start().starts_with("HTTP/") => "What you see",
        _ => "Example response",
    };
    let when_heading = match entry.kind {
        Kind::NotHttp => "When you see it",
        _ if entry.is_registered() => "When a server sends it",
        _ => "When it is sent",
    };
    html! {
        <article class={classes!("explainer", entry.class_label(), embedded.then_some("embedded"))} part="explainer" aria-label={entry.title()}>
            <header class="explainer-head">
                <div class="title"><EntryHeading {entry} level=2 /></div>
                if !entry.aliases.is_empty() {
                    <p class="aliases">{ formerly(entry) }</p>
                }
                <p class="lead"><RichText text={entry.summary} /></p>
                <div class="actions">
                    <CopyButton text={entry.label} label="Copy code" />
                    <CopyButton text={entry.status_line()} label="Copy status line" />
                    if let Some(prose) = prose.ready() {
                        <CopyButton text={prose.example} label="Copy example" />
                    }
                </div>
            </header>
            if let Some(parent) = entry.parent() {
                <section>
                    <h3>{ if entry.kind == Kind::Substatus { "Sub-status of" } else { "Arrives as" } }</h3>
                    { entry_list(vec![(parent, html! { { "What the client receives: the status line carries the code, not the sub-status or the vendor's error." } })]) }
                </section>
            }
            { match prose {
                ProseState::Ready(prose) => html! { <>
                    <section>
                        <h3>{ "What it means" }</h3>
                        <Paragraphs text={prose.explanation} />
                    </section>
                    <section>
                        <h3>{ when_heading }</h3>
                        <Paragraphs text={prose.when_to_send} />
                    </section>
                    <section>
                        <h3>{ "What to do" }</h3>
                        <Paragraphs text={prose.client_action} />
                    </section>
                    if !prose.causes.is_empty() {
                        <section>
                            <h3>{ "Common causes" }</h3>
                            <ul class="causes">
                                { for prose.causes.iter().map(|cause| html! { <li><RichText text={*cause} /></li> }) }
                            </ul>
                        </section>
                    }
                    <section>
                        <h3>{ example_heading(prose.example) }</h3>
                        <pre class="example"><code>{ prose.example }</code></pre>
                    </section>
                </> },
                ProseState::Loading => html! { <p class="prose-state prose-loading" role="status">{ "Loading the full explanation\u{2026}" }</p> },
                ProseState::Failed => html! {
                    <p class="prose-state" role="status">{ "The full explanation could not be loaded (the browser console says why). The summary above still holds." }</p>
                },
            } }
            if !entry.details().headers.is_empty() {
                <section>
                    <h3>{ "Related headers" }</h3>
                    <ul class="chips">
                        { for entry.details().headers.iter().map(|header| html! { <li><code>{ *header }</code></li> }) }
                    </ul>
                </section>
            }
            if !related.is_empty() {
                <section>
                    <h3>{ "Related codes" }</h3>
                    { entry_list(related) }
                </section>
            }
            { for entry.families().map(|family| html! {
                <section>
                    <h3>{ "Compared" }</h3>
                    <Comparison {family} current={entry} on_select={on_select.clone()} />
                </section>
            }) }
            if !namesakes.is_empty() {
                <section>
                    <h3>{ format!("Other meanings of {}", entry.code) }</h3>
                    { entry_list(namesakes) }
                </section>
            }
            if !refinements.is_empty() {
                <section>
                    <h3>{ format!("Sub-statuses and vendor errors that arrive as {}", entry.code) }</h3>
                    { entry_list(refinements) }
                </section>
            }
            <dl class="facts">
                <dt>{ "Registry" }</dt>
                <dd>{ registry_fact(entry) }</dd>
                if let Some(sent_as) = entry.sent_as.and_then(db::lookup) {
                    <dt>{ "A client receives" }</dt>
                    <dd>{ format!("{} by default", sent_as.title()) }</dd>
                }
                if entry.log_only {
                    <dt>{ "A client receives" }</dt>
                    <dd>{ "Nothing: it is written to logs only" }</dd>
                }
                if entry.kind != Kind::NotHttp {
                    <dt>{ "Cacheable by default" }</dt>
                    <dd>{ if entry.cacheable { "Yes: caches may store it without explicit freshness headers" } else { "No: only with explicit caching headers" } }</dd>
                }
                <dt>{ "Specification" }</dt>
                <dd>
                    if let Some(spec) = entry.details().spec {
                        <a href={spec.url} target="_blank" rel="noopener noreferrer" part="spec-link">{ spec.title }</a>
                    } else {
                        { "None: a vendor's own, not in the IANA registry" }
                    }
                </dd>
            </dl>
        </article>
    }
}
